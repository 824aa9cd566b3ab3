"""Site 42's page furniture: site 28's (``heldout_site28.common``), with its own page RNG, and the
little formatters the five papers share (UTC stamps, 12-hour clocks, ordinals)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from heldout_site28.common import PROPS, consent, css, encode, esc, gtm, hashes, ld, script_json, ul
from heldout_site28.common import page_rng as _page_rng

__all__ = [
    "PROPS",
    "ampm",
    "consent",
    "css",
    "encode",
    "esc",
    "gtm",
    "hashes",
    "ld",
    "ordinal",
    "page_rng",
    "script_json",
    "ul",
    "zstamp",
]


def page_rng(seed: int, key: str) -> random.Random:
    return _page_rng(seed, key, 42)


def zstamp(w: datetime, ms: bool = False) -> str:
    """``w`` in UTC, ``…Z``."""
    u = w.astimezone(UTC)
    return f"{u:%Y-%m-%dT%H:%M:%S}{'.000' if ms else ''}Z"


def ampm(w: datetime, upper: bool = False, pad: bool = True, space: bool = True) -> str:
    """``09:12 pm`` (The Hindu), ``09:12pm`` (Dawn), ``9:12 PM``…"""
    h = w.hour % 12 or 12
    s = "am" if w.hour < 12 else "pm"
    clock = f"{h:02d}:{w:%M}" if pad else f"{h}:{w:%M}"
    return f"{clock}{' ' if space else ''}{s.upper() if upper else s}"


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"
