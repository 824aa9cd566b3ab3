"""Site 43's page furniture: site 28's (``heldout_site28.common``), with its own page RNG, plus
the month and weekday names the five papers print."""

from __future__ import annotations

import random
import re
import unicodedata

from heldout_site28.common import PROPS, consent, css, encode, esc, gtm, hashes, ld, script_json, ul
from heldout_site28.common import page_rng as _page_rng

__all__ = [
    "MONTHS",
    "PROPS",
    "WEEKDAYS",
    "consent",
    "css",
    "encode",
    "esc",
    "gtm",
    "hashes",
    "ld",
    "month",
    "page_rng",
    "script_json",
    "slug",
    "ul",
]


def page_rng(seed: int, key: str) -> random.Random:
    return _page_rng(seed, key, 43)


def slug(text: str, words: int = 9, apos: str = "") -> str:
    """A URL slug: accents dropped, apostrophes dropped (or ``apos``: French and Italian slugs
    split "l’autonomia" in two), lower case, ``words`` words at most."""
    t = text.lower().replace("’", apos).replace("'", apos).replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", t)[:words])


MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
}


def month(lang: str, m: int) -> str:
    return MONTHS[lang][m - 1]
