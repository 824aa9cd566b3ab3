"""The forty-second held-out site: 60 articles over five English-language papers of South Asia,
the Gulf and East Africa (The Hindu, Dawn, Gulf News, the Daily Nation, The Times of India), every
page rendered in memory.

``Site42(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, keypoints, names, paragraphs, person, sentence

KOLKATA = ZoneInfo("Asia/Kolkata")
KARACHI = ZoneInfo("Asia/Karachi")
DUBAI = ZoneInfo("Asia/Dubai")
NAIROBI = ZoneInfo("Africa/Nairobi")


def slug(title: str, n: int = 9) -> str:
    t = unicodedata.normalize("NFKD", title.lower().replace("’", "").replace("'", ""))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", t)[:n])


class Site42(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 4242) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._hindu()
        self._dawn()
        self._gn()
        self._nation()
        self._toi()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, size: str, images: int, credit: Callable[[Any], str]
    ) -> tuple[str, dict[str, str], list[Block]]:
        rng = self.rng
        title, ctx = headline(rng, tpl, self.used)
        n = {"brief": rng.randint(2, 3), "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(14, 20)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, n, ctx)]
        if size == "long":
            for k, h in enumerate(rng.sample(SUBHEADS, 2)):
                blocks.insert(3 + k * 6, Block("h", h))
        for _ in range(images if size != "brief" else 0):
            at = rng.randint(1, len(blocks))
            blocks.insert(
                at, Block("img", caption(rng, ctx), f"{rng.getrandbits(48):012x}", credit(rng))
            )
        return title, ctx, blocks

    def _day(
        self, i: int, tz: ZoneInfo, year: int = 2024, hours: tuple[int, int] = (6, 22)
    ) -> datetime:
        return self._when(1 + i * 2 + self.rng.randint(0, 1), False, hours, year, tz)

    def _art(
        self,
        tpl: str,
        i: int,
        path: str,
        title: str,
        authors: list[str],
        when: datetime,
        precision: str,
        blocks: list[Block],
        **x: Any,
    ) -> Art:
        return Art(tpl, i, path, title, authors, when, precision, blocks, x=x)

    # --- The Hindu ------------------------------------------------------------------------
    def _hindu(self) -> None:
        rng = self.rng
        styles = [
            "person",
            "bureau",
            "pti",
            "two",
            "place",
            "special",
            "person",
            "ani",
            "pti",
            "place",
            "bureau",
            "person",
        ]
        sizes = self._sizes()
        sections = [
            ("news/national", "India", "News"),
            ("news/national/tamil-nadu", "Tamil Nadu", "India"),
            ("news/cities/chennai", "Chennai", "Cities"),
            ("news/international", "World", "News"),
            ("business/Economy", "Economy", "Business"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 9)
            when = self._day(i, KOLKATA, 2019 if old else 2024, (7, 23))
            title, ctx, blocks = self._story(
                "hindu",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        "The Hindu",
                        "PTI",
                        "Special Arrangement",
                        f"{r.choice(['R.', 'M.', 'S.', 'B.'])} {person(r, 'hindu').split()[0]}",
                        "ANI",
                    ]
                ),
            )
            nm = names(rng, "hindu", 3)
            authors = {"two": nm[:2], "person": nm[:1], "place": nm[:1]}.get(style, [])
            sec = rng.choice(sections)
            if style == "ani":
                sec = sections[0]
            aid = (
                rng.randint(27_050_000, 27_099_999) if old else rng.randint(68_140_000, 68_169_999)
            )
            path = f"/{sec[0]}/{slug(title, 11)}/article{aid}.ece"
            arts.append(
                self._art(
                    "hindu",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    aid=aid,
                    place=rng.choice(
                        ["CHENNAI", "MADURAI", "NEW DELHI", "COIMBATORE", "TIRUCHI", "PUDUCHERRY"]
                    ),
                    updated=rng.choice([0, rng.randint(20, 600), rng.randint(20, 600)]),
                    deck=sentence(rng, ctx),
                    printed=rng.randint(60, 900),
                )
            )
        self._related(arts, lambda: rng.choice([1, 1, 2]), who=[0, 1, 3, 4, 5, 7, 10, 11])
        self.arts += arts

    # --- Dawn -----------------------------------------------------------------------------
    def _dawn(self) -> None:
        rng = self.rng
        styles = [
            "staff",
            "person",
            "app",
            "two",
            "dotcom",
            "wire",
            "person_web",
            "correspondent",
            "person_dotcom",
            "staff",
            "person_web",
            "two",
        ]
        web = {"dotcom", "wire", "person_web", "person_dotcom"}
        sizes = self._sizes()
        sections = {
            "Karachi": ("pakistan", "Pakistan"),
            "Lahore": ("pakistan", "Pakistan"),
            "Islamabad": ("pakistan", "Pakistan"),
            "Business": ("business", "Business"),
            "World": ("world", "World"),
        }
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8)
            printed = style not in web
            when = self._day(i, KARACHI, 2019 if old else 2024, (5, 8) if printed else (9, 23))
            title, ctx, blocks = self._story(
                "dawn",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        "Photo by author",
                        "DawnNewsTV",
                        "Reuters/File",
                        "APP",
                        "White Star",
                        "Screengrab via X",
                        "AFP",
                    ]
                ),
            )
            nm = names(rng, "dawn", 3)
            authors = {
                "person": nm[:1],
                "person_web": nm[:1],
                "person_dotcom": nm[:1],
                "two": nm[:2],
            }.get(style, [])
            desk = rng.choice(["Karachi", "Lahore", "Islamabad", "Business", "World"])
            if style in ("correspondent", "staff", "app"):
                desk = rng.choice(["Karachi", "Lahore", "Islamabad"])
            sec = sections[desk]
            city = {
                "Karachi": "KARACHI",
                "Lahore": "LAHORE",
                "Islamabad": "ISLAMABAD",
                "Business": rng.choice(["KARACHI", "ISLAMABAD"]),
                "World": rng.choice(["WASHINGTON", "KABUL", "NEW DELHI", "BEIJING"]),
            }[desk]
            if style == "correspondent":
                city = rng.choice(["HYDERABAD", "SUKKUR", "MIRPURKHAS", "LARKANA"])
            if printed or style == "wire":
                lead = self._first(blocks)
                lead.text = f"{city}: {lead.text}"
            nid = rng.randint(1_480_000, 1_481_999) if old else rng.randint(1_831_000, 1_833_999)
            path = f"/news/{nid}/{slug(title, 10)}"
            arts.append(
                self._art(
                    "dawn",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day" if printed else "minute",
                    blocks,
                    style=style,
                    old=old,
                    printed=printed,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    nid=nid,
                    aids=[rng.randint(1000, 9999) for _ in range(3)],
                    wire=rng.choice(["Reuters", "AFP"]),
                    desk="Our Staff Reporter" if style == "staff" else "Our Correspondent",
                    updated=rng.choice([0, rng.randint(30, 900), rng.randint(30, 900)]),
                    ago=rng.choice(
                        ["about 5 hours ago", "about 2 hours ago", "1 day ago", "about 9 hours ago"]
                    ),
                    excerpt=paragraphs(rng, 1, ctx)[0],
                    comments=rng.choice([0, rng.randint(1, 60)]),
                )
            )
        self._related(arts, lambda: rng.choice([1, 2]), who=[0, 1, 3, 4, 6, 7, 9, 11])
        self.arts += arts

    # --- Gulf News ------------------------------------------------------------------------
    def _gn(self) -> None:
        rng = self.rng
        styles = [
            "role",
            "wam",
            "two",
            "report",
            "role",
            "reuters",
            "inputs",
            "wam",
            "role",
            "two",
            "report",
            "inputs",
        ]
        sizes = self._sizes()
        sections = [
            ("uae/government", "Government", "UAE"),
            ("uae/transport", "Transport", "UAE"),
            ("uae/society", "Society", "UAE"),
            ("business/banking", "Banking", "Business"),
            ("world/gulf", "Gulf", "World"),
        ]
        roles = [
            "Senior Reporter",
            "Chief Reporter",
            "Assistant Editor",
            "Staff Reporter",
            "Senior Assistant Editor",
            "Associate Editor",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (5, 10)
            when = self._day(i, DUBAI, 2019 if old else 2024, (6, 23))
            title, ctx, blocks = self._story(
                "gn",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        "Supplied",
                        "Gulf News Archives",
                        "WAM",
                        "Reuters",
                        f"{person(r, 'gn')}/Gulf News",
                        "Shutterstock",
                        "Dubai Media Office",
                    ]
                ),
            )
            nm = names(rng, "gn", 3)
            authors = {"role": nm[:1], "inputs": nm[:1], "two": nm[:2]}.get(style, [])
            sec = rng.choice(sections)
            if style == "reuters":
                sec = sections[4]
            place = rng.choice(["Dubai", "Dubai", "Abu Dhabi", "Sharjah"])
            if style == "wam":
                place = "Abu Dhabi"
            if sec[0] == "world/gulf":
                place = rng.choice(["Riyadh", "Doha", "Muscat", "Manama"])
            lead = self._first(blocks)
            lead.text = f"{place}: {lead.text}"
            ms = int(when.timestamp() * 1000) + rng.randint(1000, 99999)
            path = f"/{sec[0]}/{slug(title, 10)}-1.{ms}"
            arts.append(
                self._art(
                    "gn",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    ms=ms,
                    roles=rng.sample(roles, 2),
                    updated=rng.choice([0, rng.randint(15, 400), rng.randint(15, 400)]),
                    sub=sentence(rng, ctx),
                    qid=f"{rng.getrandbits(128):032x}",
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 6, 8, 9, 11])
        arts[5].related = [arts[10].path]  # the 2019 pair
        self.arts += arts

    # --- Daily Nation (nation.africa) -----------------------------------------------------
    def _nation(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "desk",
            "one",
            "wire",
            "one",
            "two",
            "one",
            "desk",
            "one",
            "wire",
            "one",
        ]
        sizes = self._sizes()
        sections = [
            ("kenya/news", "News", "Kenya"),
            ("kenya/news/politics", "Politics", "News"),
            ("kenya/counties/nairobi", "Nairobi", "Counties"),
            ("kenya/business", "Business", "Kenya"),
            ("africa", "Africa", "Africa"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 7)
            early = rng.random() < 0.5  # the print edition goes up after midnight
            hours = (0, 2) if early else (7, 21)
            when = self._day(i, NAIROBI, 2019 if old else 2024, hours)
            title, ctx, blocks = self._story(
                "nation",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"{person(r, 'nation')} | Nation Media Group",
                        "File | Nation Media Group",
                        "Pool",
                        "AFP",
                        f"{person(r, 'nation')} | Nation Media Group",
                        "Courtesy",
                    ]
                ),
            )
            nm = names(rng, "nation", 3)
            authors = {"one": nm[:1], "two": nm[:2]}.get(style, [])
            sec = rng.choice(sections[:4])
            if style == "wire":
                sec = sections[4]
            nid = rng.randint(1_400_000, 1_499_999) if old else rng.randint(4_610_000, 4_629_999)
            path = f"/{sec[0]}/{slug(title, 9)}-{nid}"
            arts.append(
                self._art(
                    "nation",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    nid=nid,
                    desk=rng.choice(["Nation Reporter", "Nation Correspondent", "Nation Team"]),
                    wire=rng.choice(["AFP", "Reuters"]),
                    points=keypoints(rng, ctx, rng.choice([2, 3])) if i % 3 != 1 else [],
                    minutes=rng.randint(2, 9),
                    summary=paragraphs(rng, 1, ctx)[0],
                    premium=i in (3, 9),
                )
            )
        self._related(arts, lambda: rng.choice([1, 1, 2]), who=[0, 2, 3, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- The Times of India ---------------------------------------------------------------
    def _toi(self) -> None:
        rng = self.rng
        styles = [
            "named",
            "tnn",
            "pti",
            "two",
            "named",
            "dotcom",
            "named",
            "tnn",
            "ani",
            "two",
            "named",
            "tnn",
        ]
        sizes = self._sizes()
        sections = [
            ("city/mumbai", "Mumbai News", "MUMBAI", "City"),
            ("city/thane", "Thane News", "THANE", "City"),
            ("city/navi-mumbai", "Navi Mumbai News", "NAVI MUMBAI", "City"),
            ("india", "India News", "NEW DELHI", "India"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (1, 6)
            when = self._day(i, KOLKATA, 2019 if old else 2024, (5, 23))
            title, ctx, blocks = self._story(
                "toi",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    ["TOI", "File photo", "PTI", "ANI", f"TOI photo by {person(r, 'toi')}", "X"]
                ),
            )
            nm = names(rng, "toi", 3)
            authors = {"named": nm[:1], "two": nm[:2]}.get(style, [])
            sec = rng.choice(sections[:3])
            if style in ("pti", "ani"):
                sec = sections[3]
            if style != "dotcom":
                lead = self._first(blocks)
                lead.text = f"{sec[2]}: {lead.text}"
            aid = (
                rng.randint(69_200_000, 69_299_999)
                if old
                else rng.randint(109_900_000, 109_999_999)
            )
            path = f"/{sec[0]}/{slug(title, 12)}/articleshow/{aid}.cms"
            arts.append(
                self._art(
                    "toi",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    aid=aid,
                    rids=[rng.randint(479_000_000, 479_999_999) for _ in range(2)],
                    inputs=style in ("named", "tnn") and rng.random() < 0.4,
                )
            )
        self._related(arts, lambda: rng.choice([1, 2]), who=[0, 2, 3, 4, 6, 7, 9, 10])
        self.arts += arts
