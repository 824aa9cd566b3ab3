# ruff: noqa: E501  (style tables kept one line per template)
"""The seventy-first held-out site: 60 articles of US local TV station news on the five
station-group CMSes — Nexstar, Sinclair, Gray (Arc XP), Hearst Television and Scripps — each
station on its own wall time (Eastern, Central, Mountain, Arizona, Pacific, Alaska, Hawaii;
standard and daylight time on either side of 10 March 2024), plus the pages that are no article
(home, section lists with pages, a tag page, a search, a weather page, video lists, the
station's team and a reporter's page, about, contact), rendered in memory.

``Site71(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
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

# (call sign, city, state, zone, <title> suffix)
STATIONS = {
    "nexstar": [
        ("WGN-TV", "Chicago", "Ill.", "America/Chicago", " | WGN-TV"),
        ("KXAN", "Austin", "Texas", "America/Chicago", " - KXAN Austin"),
        ("KTLA", "Los Angeles", "Calif.", "America/Los_Angeles", " | KTLA"),
        ("PIX11", "New York", "N.Y.", "America/New_York", " | PIX11"),
        ("KRQE", "Albuquerque", "N.M.", "America/Denver", " | KRQE News 13"),
        ("KFOR", "Oklahoma City", "Okla.", "America/Chicago", " | KFOR.com Oklahoma City"),
    ],
    "sinclair": [
        ("KOMO", "Seattle", "Wash.", "America/Los_Angeles", " | KOMO"),
        ("WJLA", "Washington", "D.C.", "America/New_York", " | WJLA"),
        ("KSNV", "Las Vegas", "Nev.", "America/Los_Angeles", " | KSNV"),
        ("WKRC", "Cincinnati", "Ohio", "America/New_York", " | WKRC"),
        ("KUTV", "Salt Lake City", "Utah", "America/Denver", " | KUTV"),
        ("WOAI", "San Antonio", "Texas", "America/Chicago", " | WOAI"),
    ],
    "gray": [
        ("WXIX", "Cincinnati", "Ohio", "America/New_York", ""),
        ("KOLD", "Tucson", "Ariz.", "America/Phoenix", ""),
        ("KWTX", "Waco", "Texas", "America/Chicago", ""),
        ("KOLO", "Reno", "Nev.", "America/Los_Angeles", ""),
        ("KTUU", "Anchorage", "Alaska", "America/Anchorage", ""),
        ("KHNL", "Honolulu", "Hawaii", "Pacific/Honolulu", ""),
    ],
    "hearst": [
        ("WCVB", "Boston", "Mass.", "America/New_York", ""),
        ("KCRA", "Sacramento", "Calif.", "America/Los_Angeles", ""),
        ("KOAT", "Albuquerque", "N.M.", "America/Denver", ""),
        ("WDSU", "New Orleans", "La.", "America/Chicago", ""),
        ("WESH", "Orlando", "Fla.", "America/New_York", ""),
        ("KOCO", "Oklahoma City", "Okla.", "America/Chicago", ""),
    ],
    "scripps": [
        ("WXYZ", "Detroit", "Mich.", "America/New_York", " - WXYZ Detroit"),
        ("KSHB", "Kansas City", "Mo.", "America/Chicago", " - KSHB 41 Kansas City News"),
        ("KNXV", "Phoenix", "Ariz.", "America/Phoenix", " - ABC15 Arizona in Phoenix"),
        ("KGTV", "San Diego", "Calif.", "America/Los_Angeles", " - ABC 10News San Diego KGTV"),
        ("KMGH", "Denver", "Colo.", "America/Denver", " - Denver7"),
        ("WFTS", "Tampa", "Fla.", "America/New_York", " - ABC Action News Tampa Bay"),
    ],
}
OLD = {"nexstar": (3, 9), "sinclair": (2, 8), "gray": (4, 10), "hearst": (1, 7), "scripps": (5, 11)}
STYLES = {
    "nexstar": ["one", "two", "ap_named", "one", "ap", "one", "nmw", "two", "one", "ap_named", "one", "one"],
    "sinclair": ["one", "two", "role", "one", "ap", "desk", "one", "two", "one", "ap", "role", "one"],
    "gray": ["one", "two", "staff", "one", "ap", "with_staff", "one", "two", "one", "staff", "one", "two"],
    "hearst": ["role", "two", "staff", "role", "ap", "role", "role", "two", "role", "staff", "role", "three"],
    "scripps": ["one", "two", "ap", "one", "one", "two", "staff", "one", "ap", "one", "two", "one"],
}  # fmt: skip
RELATED = {
    "nexstar": [0, 1, 3, 5, 7, 8, 10],
    "sinclair": [0, 1, 3, 6, 7, 10],
    "gray": [],
    "hearst": [],
    "scripps": [0, 2, 3, 5, 7, 9, 11],
}
WIRE = {"ap", "ap_named", "nmw"}


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")


class Site71(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 7171) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("nexstar", "sinclair", "gray", "hearst", "scripps"):
            self._channel(tpl)

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            call, city, state, zname, suffix = STATIONS[tpl][i % 6]
            zone = ZoneInfo(zname)
            day = datetime(2019 if old else 2024, 2, 27) + timedelta(days=i * 6 + rng.randint(0, 2))
            when = day.replace(hour=rng.randint(6, 22), minute=rng.randint(0, 59), tzinfo=zone)
            ctx = context(rng, city)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = nm[4]
            if style in WIRE:
                first = self._first(blocks)
                tag = "(NEXSTAR)" if style == "nmw" else "(AP)"
                first.text = f"{city.upper()}, {state} {tag} \u2014 {first.text}"
            authors = {
                "one": [nm[0]],
                "role": [nm[0]],
                "desk": [nm[0]],
                "ap_named": [nm[0]],
                "with_staff": [nm[0]],
                "two": [nm[0], nm[1]],
                "three": [nm[0], nm[1], nm[2]],
            }.get(style, [])
            aid = rng.randint(100_000, 999_999)
            path = self._path(tpl, when, aid, slug(title), i)
            updated = when + timedelta(minutes=rng.randint(20, 400)) if rng.random() < 0.7 else None
            precision = "day" if tpl == "sinclair" and old else "minute"
            arts.append(
                Art(
                    tpl,
                    i,
                    path,
                    title,
                    authors,
                    when,
                    precision,
                    blocks,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "id": aid,
                        "updated": updated,
                        "call": call,
                        "city": city,
                        "suffix": suffix,
                        "wire": style in WIRE,
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
        if tpl == "nexstar":
            sec = ["chicago-news", "local", "california", "local-news", "new-mexico", "oklahoma"]
            return f"/news/{sec[i % 6]}/{s}/"
        if tpl == "sinclair":
            return f"/news/local/{s}"
        if tpl == "gray":
            return f"/{when:%Y/%m/%d}/{s}/"
        if tpl == "hearst":
            return f"/article/{s}/{60_000_000 + aid}"
        return f"/news/local-news/{s}"


__all__ = ["Block", "Site71"]
