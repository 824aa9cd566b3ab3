"""The twenty-eighth held-out site: 60 articles over five English-language regional and
public-service news sites (BBC News, NPR, The Kansas City Star, the Ottawa Citizen, Stuff), every
page rendered in memory.

``Site28(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

# ruff: noqa: E501  (long word-pool and markup lines)

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, names, paragraphs, person

LONDON = ZoneInfo("Europe/London")
EASTERN = ZoneInfo("America/New_York")
CENTRAL = ZoneInfo("America/Chicago")
TORONTO = ZoneInfo("America/Toronto")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def slug(title: str, n: int = 9) -> str:
    t = unicodedata.normalize("NFKD", title.lower().replace("’", "").replace("'", ""))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", t)[:n])


class Site28(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 2828) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._bbc()
        self._npr()
        self._kcstar()
        self._citizen()
        self._stuff()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, size: str, images: int, credit: Any
    ) -> tuple[str, dict[str, str], list[Block]]:
        rng = self.rng
        title, ctx = headline(rng, tpl, self.used)
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(14, 20)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, n, ctx)]
        if size == "long":
            for k, h in enumerate(rng.sample(SUBHEADS, 2)):
                blocks.insert(3 + k * 6, Block("h", h))
        for _ in range(images if size != "brief" else 0):
            at = rng.randint(1, len(blocks))
            blocks.insert(
                at,
                Block("img", caption(rng, ctx), f"{rng.getrandbits(48):012x}", credit(rng)),
            )
        return title, ctx, blocks

    def _day(
        self, i: int, tz: ZoneInfo, year: int = 2024, hours: tuple[int, int] = (6, 21)
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
        editors = x.pop("editors", [])
        return Art(tpl, i, path, title, authors, when, precision, blocks, editors=editors, x=x)

    # --- BBC News -----------------------------------------------------------------------
    def _bbc(self) -> None:
        rng = self.rng
        styles = ["place", "two", "role", "none", "place", "addl"] * 2
        sizes = self._sizes()
        regions = [
            ("manchester", "Manchester"),
            ("leeds", "Leeds"),
            ("lancashire", "Lancashire"),
            ("york-north-yorkshire", "York & North Yorkshire"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 9)
            when = self._day(i, LONDON, 2019 if old else 2024)
            title, ctx, blocks = self._story(
                "bbc",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    ["Getty Images", "PA Media", "BBC", "Reuters", "Family handout"]
                ),
            )
            nm = names(rng, 3)
            authors = {"two": nm[:2], "none": [], "addl": nm[:2]}.get(style, nm[:1])
            region = rng.choice(regions)
            if old:
                path = f"/news/uk-england-{region[0]}-{rng.randint(47_000_000, 48_999_999)}"
            else:
                alphabet = "0123456789bcdfghjklmnpqrstvwxyz"
                path = "/news/articles/c" + "".join(rng.choice(alphabet) for _ in range(10)) + "o"
            arts.append(
                self._art(
                    "bbc",
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
                    region=region,
                    relative=i in (0, 7, 11),
                    role=rng.choice(
                        [
                            "Health correspondent",
                            "Political reporter, BBC North West",
                            "Transport correspondent",
                            "BBC Verify",
                        ]
                    ),
                    summary=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 6, 8, 9, 11])
        arts[4].related, arts[9].related = [arts[9].path], [arts[4].path]  # the 2019 pair
        self.arts += arts

    # --- NPR ----------------------------------------------------------------------------
    def _npr(self) -> None:
        rng = self.rng
        styles = ["one", "two_roles", "audio", "station", "edited", "ap"] * 2
        sizes = self._sizes()
        sections = [
            ("national", "National"),
            ("politics", "Politics"),
            ("health", "Health"),
            ("climate", "Climate"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._day(i, EASTERN, hours=(5, 20))
            size = "brief" if style == "audio" else sizes[i]
            title, ctx, blocks = self._story(
                "npr",
                size,
                rng.choice([1, 1, 2]),
                lambda r: f"{person(r)}/{r.choice(['NPR', 'Getty Images', 'AP', 'for NPR'])}",
            )
            nm = names(rng, 4)
            authors = {
                "two_roles": nm[:2],
                "audio": nm[:1],
                "ap": [],
                "edited": nm[:2] if i > 6 else nm[:1],
            }.get(style, nm[:1])
            editors = [nm[3]] if style == "edited" else []
            sec = rng.choice(sections)
            sid = rng.randint(1_248_000_000, 1_250_999_999)
            path = f"/{when:%Y/%m/%d}/{sid}/{slug(title, 8)}"
            arts.append(
                self._art(
                    "npr",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    sid=sid,
                    program=rng.choice(["Morning Edition", "All Things Considered"]),
                    station=rng.choice(["WBUR", "KCUR", "WAMU", "Colorado Public Radio"]),
                    roles=rng.sample(
                        [
                            "NPR",
                            "Correspondent, National Desk",
                            "Host, Morning Edition",
                            "NPR Politics",
                        ],
                        2,
                    ),
                    listen=f"{rng.randint(2, 7)}:{rng.randint(0, 59):02d}",
                    teaser=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 3, 4, 7, 9, 10])
        self.arts += arts

    # --- The Kansas City Star (McClatchy) -----------------------------------------------
    def _kcstar(self) -> None:
        rng = self.rng
        styles = ["one_title", "two", "ap", "one_title", "staff", "ap_name"] * 2
        sizes = self._sizes()
        sections = [
            ("news/local", "Local"),
            ("news/politics-government", "Politics & Government"),
            ("news/business", "Business"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._day(i, CENTRAL, hours=(5, 20))
            title, ctx, blocks = self._story(
                "kcstar",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: (
                    (lambda n: f"{n} {n.split()[0][0].lower()}{n.split()[1].lower()}@kcstar.com")(
                        person(r)
                    )
                    if r.random() < 0.6
                    else "Associated Press file photo"
                ),
            )
            nm = names(rng, 3)
            authors = {"two": nm[:2], "ap": [], "staff": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            aid = rng.randint(288_000_000, 288_999_999)
            path = f"/{sec[0]}/article{aid}.html"
            updated = rng.choice([0, 0, rng.randint(20, 500)])
            arts.append(
                self._art(
                    "kcstar",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    aid=aid,
                    updated=updated,
                    titles=[
                        rng.choice(
                            [
                                "Metro Reporter",
                                "Investigative Reporter",
                                "Johnson County Reporter",
                                "Transportation Reporter",
                            ]
                        )
                        for _ in range(2)
                    ],
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 7, 8, 10])
        self.arts += arts

    # --- Ottawa Citizen (Postmedia) -----------------------------------------------------
    def _citizen(self) -> None:
        rng = self.rng
        styles = ["one", "two", "cp", "columnist", "one", "postmedia"] * 2
        sizes = self._sizes()
        sections = [
            ("news/local-news", "Local News"),
            ("news/city-hall", "City Hall"),
            ("news/transit", "Transit"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._day(i, TORONTO, hours=(6, 21))
            title, ctx, blocks = self._story(
                "citizen",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: (
                    f"Photo by {person(r)} /{r.choice(['Postmedia', 'THE CANADIAN PRESS', 'Ottawa Citizen'])}"
                ),
            )
            nm = names(rng, 3)
            authors = {"two": nm[:2], "cp": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            path = f"/{sec[0]}/{slug(title, 10)}"
            arts.append(
                self._art(
                    "citizen",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    deck=paragraphs(rng, 1, ctx)[0],
                    updated=rng.choice(["2 hours ago", "1 day ago", None, "3 days ago"]),
                    read=max(1, sum(len(b.text) for b in blocks) // 1100),
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 2, 3, 5, 6, 8, 10, 11])
        self.arts += arts

    # --- Stuff --------------------------------------------------------------------------
    def _stuff(self) -> None:
        rng = self.rng
        styles = ["one", "two", "role", "rnz", "one", "stuff"] * 2
        sizes = self._sizes()
        sections = [("nz-news", "NZ News"), ("politics", "Politics"), ("business", "Business")]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8, 10)
            when = self._day(i, AUCKLAND, 2019 if old else 2024, hours=(6, 21))
            title, ctx, blocks = self._story(
                "stuff",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice([f"{person(r)}/Stuff", "Supplied", "RNZ", f"{person(r)}/Stuff"]),
            )
            nm = names(rng, 3)
            authors = {"two": nm[:2], "rnz": [], "stuff": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            sid = (
                rng.randint(112_000_000, 113_999_999)
                if old
                else rng.randint(350_000_000, 350_999_999)
            )
            osec = {"nz-news": "national", "politics": "national/politics", "business": "business"}
            path = f"/{osec[sec[0]] if old else sec[0]}/{sid}/{slug(title, 10)}"
            arts.append(
                self._art(
                    "stuff",
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
                    sid=sid,
                    roles=[
                        rng.choice(
                            [
                                "Senior Reporter",
                                "Political Editor",
                                "Wellington Reporter",
                                "Business Journalist",
                            ]
                        )
                        for _ in range(2)
                    ],
                    deck=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 7, 9, 11])
        self.arts += arts
