"""The sixty-seventh held-out site: 60 articles of English-language news from five countries —
ABC News (Australia), Stuff (New Zealand), CBC News (Canada), The Guardian (UK) and The Irish
Times — each on its own wall time (AEST/AEDT and AWST, NZST/NZDT, the Canadian zones, BST/GMT,
IST), plus the pages that are no article (section lists, topic and tag pages, a search, a day
archive, a contributor's profile, newsletters, video, about, contact), rendered in memory.

``Site67(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

OLD = {"abc": (3, 9), "stuff": (2, 8), "cbc": (4, 10), "guardian": (1, 7), "irish": (5, 11)}
STYLES = {
    "abc": [
        "one",
        "two",
        "wires",
        "one",
        "three",
        "none",
        "one",
        "two",
        "one",
        "wires",
        "one",
        "two",
    ],
    "stuff": [
        "one",
        "role",
        "two",
        "one",
        "rnz",
        "role",
        "one",
        "two",
        "one",
        "rnz",
        "role",
        "one",
    ],
    "cbc": ["one", "two", "cp", "one", "one", "two", "one", "cp", "one", "two", "one", "one"],
    "guardian": [
        "one",
        "in",
        "two",
        "role",
        "three",
        "agency",
        "one",
        "in",
        "role",
        "two",
        "one",
        "agency",
    ],
    "irish": [
        "one",
        "role",
        "two",
        "none",
        "one",
        "role",
        "one",
        "two",
        "role",
        "one",
        "none",
        "one",
    ],
}
ZONES = {
    "abc": ["Australia/Sydney"] * 5
    + ["Australia/Perth"]
    + ["Australia/Sydney"] * 4
    + ["Australia/Brisbane"] * 2,
    "stuff": ["Pacific/Auckland"] * 12,
    "cbc": [
        "America/Toronto",
        "America/Vancouver",
        "America/Toronto",
        "America/Toronto",
        "America/Edmonton",
        "America/Halifax",
    ]
    + ["America/Toronto", "America/Vancouver"]
    + ["America/Toronto"] * 4,
    "guardian": ["Europe/London"] * 12,
    "irish": ["Europe/Dublin"] * 12,
}
RELATED = {
    "abc": [0, 1, 2, 4, 6, 7, 9, 10],
    "stuff": [0, 2, 3, 5, 7, 10],
    "cbc": [0, 1, 3, 5, 6, 8, 11],
    "guardian": [0, 2, 3, 4, 6, 8, 9, 11],
    "irish": [1, 2, 4, 6, 7, 10],
}
PAYWALL = {1, 4, 6, 8}  # Irish Times pages that show subscribers' teaser only


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")


class Site67(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6767) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("abc", "stuff", "cbc", "guardian", "irish"):
            self._channel(tpl)

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            zone = ZoneInfo(ZONES[tpl][i])
            day = datetime(2019 if old else 2024, 3, 18) + timedelta(days=i * 5 + rng.randint(0, 2))
            when = day.replace(hour=rng.randint(6, 21), minute=rng.randint(0, 59), tzinfo=zone)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, tpl, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = nm[4]
            if tpl == "irish" and i in PAYWALL:
                blocks = [b for b in blocks if b.kind != "h"][:3]
            authors = {
                "one": [nm[0]],
                "role": [nm[0]],
                "in": [nm[0]],
                "wires": [nm[0]],
                "two": [nm[0], nm[1]],
                "three": [nm[0], nm[1], nm[2]],
            }.get(style, [])
            aid = rng.randint(100_000, 999_999)
            path = self._path(tpl, when, aid, slug(title), i)
            updated = when + timedelta(minutes=rng.randint(20, 400)) if rng.random() < 0.6 else None
            arts.append(
                Art(
                    tpl,
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "id": aid,
                        "updated": updated,
                        "pay": tpl == "irish" and i in PAYWALL,
                    },
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: datetime, aid: int, s: str, i: int) -> str:
        if tpl == "abc":
            return f"/news/{when:%Y-%m-%d}/{s}/{103_000_000 + aid}"
        if tpl == "stuff":
            return f"/nz-news/{350_000_000 + aid}/{s}"
        if tpl == "cbc":
            region = {
                "America/Vancouver": "british-columbia",
                "America/Edmonton": "calgary",
                "America/Halifax": "nova-scotia",
            }.get(str(when.tzinfo), "toronto")
            return f"/news/canada/{region}/{s}-1.{7_000_000 + aid}"
        if tpl == "guardian":
            section = ["uk-news", "politics", "society", "environment"][i % 4]
            return f"/{section}/{when:%Y}/{when:%b}/{when:%d}/{s}".lower()
        section = ["ireland/irish-news", "ireland/social-affairs", "politics", "business/economy"][
            i % 4
        ]
        return f"/{section}/{when:%Y/%m/%d}/{s}/"


__all__ = ["Block", "Site67"]
