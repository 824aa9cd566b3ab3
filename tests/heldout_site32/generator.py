"""The thirty-second held-out site: 60 articles over five US local news sites (Naperville Patch,
a Nexstar Fox station, a Sinclair station, a Newspack nonprofit newsroom, the San Francisco
Chronicle), every page rendered in memory.

``Site32(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, paragraphs, person, roster

CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
DENVER = ZoneInfo("America/Denver")


def slug(title: str, n: int = 9) -> str:
    t = unicodedata.normalize("NFKD", title.lower().replace("’", "").replace("'", ""))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", t)[:n])


class Site32(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 3232) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self.taken: set[str] = set()
        self.staff: dict[str, list[str]] = {}
        self._patch()
        self._fox()
        self._sinclair()
        self._newspack()
        self._hearst()

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
                at, Block("img", caption(rng, ctx), f"{rng.getrandbits(48):012x}", credit(rng))
            )
        return title, ctx, blocks

    def _time(
        self, i: int, tz: ZoneInfo, year: int = 2024, hours: tuple[int, int] = (6, 21)
    ) -> datetime:
        return self._when(1 + i * 2 + self.rng.randint(0, 1), True, hours, year, tz)

    def _team(self, tpl: str, k: int = 7) -> list[str]:
        self.staff[tpl] = roster(self.rng, k, self.taken)
        return self.staff[tpl]

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

    # --- Patch --------------------------------------------------------------------------
    def _patch(self) -> None:
        rng = self.rng
        team = self._team("patch")
        styles = ["staff", "two", "desk", "staff", "natl", "staff"] * 2
        sizes = self._sizes()
        towns = [("naperville", "Naperville"), ("aurora", "Aurora"), ("wheaton", "Wheaton")]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 10)
            when = self._time(i, CHICAGO, 2019 if old else 2024)
            title, ctx, blocks = self._story(
                "patch",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"{r.choice(team)}/Patch",
                        "Shutterstock",
                        "Courtesy of the City of Naperville",
                        f"{r.choice(team)}/Patch",
                    ]
                ),
            )
            nm = rng.sample(team, 2)
            natl = person(rng)
            authors = {"two": nm[:2], "desk": [], "natl": [natl]}.get(style, nm[:1])
            town = rng.choice(towns) if not old else towns[0]
            path = f"/illinois/{town[0]}/{slug(title, 9)}"
            upd = rng.choice([0, 0, rng.randint(15, 400)])
            arts.append(
                self._art(
                    "patch",
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
                    natl=natl,
                    town=town,
                    upd=upd,
                    replies=rng.choice([0, 0, 1, 3, 7, 12, 26]),
                    thanks=rng.randint(0, 40),
                    deck=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(1, 2), who=[0, 1, 3, 5, 6, 8, 10, 11])
        arts[3].related, arts[10].related = [arts[10].path], [arts[3].path]  # the 2019 pair
        self.arts += arts

    # --- Nexstar: FOX 8 Cleveland ---------------------------------------------------------
    def _fox(self) -> None:
        rng = self.rng
        team = self._team("fox")
        styles = [
            "one",
            "two",
            "nmw",
            "desk",
            "one",
            "wire",
            "nmw_only",
            "one",
            "two",
            "cnn",
            "one",
            "ap",
        ]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._time(i, NEW_YORK, hours=(5, 22))
            title, ctx, blocks = self._story(
                "fox",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    ["Getty Images", "WJW Photo", f"Courtesy: {person(r)}", "AP Photo"]
                ),
            )
            nm = rng.sample(team, 2)
            wire = person(rng)
            authors = {
                "two": nm[:2],
                "nmw": [wire],
                "wire": [wire],
                "desk": [],
                "nmw_only": [],
                "cnn": [],
                "ap": [],
            }.get(style, nm[:1])
            cat = (
                ("national", "National")
                if style in ("nmw", "nmw_only", "cnn", "ap", "wire")
                else rng.choice(
                    [("local-news", "Local News"), ("ohio-news", "Ohio News"), ("crime", "Crime")]
                )
            )
            path = f"/news/{cat[0]}/{slug(title, 10)}/"
            upd = rng.choice([0, rng.randint(20, 300), rng.randint(20, 600)])
            arts.append(
                self._art(
                    "fox",
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
                    wire=wire,
                    cat=cat,
                    upd=upd,
                    video=rng.random() < 0.6,
                    pid=rng.randint(1_800_000, 1_999_999),
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 7, 8, 10])
        self.arts += arts

    # --- Sinclair: KOMO News ------------------------------------------------------------
    def _sinclair(self) -> None:
        rng = self.rng
        team = self._team("sinclair")
        styles = [
            "rep",
            "two",
            "staff",
            "rep",
            "ap_caps",
            "rep",
            "producer",
            "two",
            "rep",
            "staff",
            "ap_caps",
            "rep",
        ]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._time(i, LOS_ANGELES, hours=(5, 22))
            title, ctx, blocks = self._story(
                "sinclair",
                sizes[i],
                rng.choice([0, 1, 1]),
                lambda r: r.choice(
                    [
                        "Photo: KOMO News",
                        f"AP Photo/{person(r)}",
                        f"Photo: {r.choice(team)}/KOMO News",
                    ]
                ),
            )
            nm = rng.sample(team, 2)
            ap = [person(rng) for _ in range(2 if rng.random() < 0.5 else 1)]
            authors = {"two": nm[:2], "staff": [], "ap_caps": ap}.get(style, nm[:1])
            cat = (
                ("nation-world", "Nation & World")
                if style == "ap_caps"
                else rng.choice([("local", "Local"), ("local", "Local"), ("local/crime", "Crime")])
            )
            path = f"/news/{cat[0]}/{slug(title, 10)}"
            arts.append(
                self._art(
                    "sinclair",
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
                    ap=ap,
                    cat=cat,
                    upd=rng.choice([0, rng.randint(30, 500)]),
                    video=rng.random() < 0.7,
                    sid=f"{rng.getrandbits(64):016x}",
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 2, 4, 5, 7, 9, 11])
        self.arts += arts

    # --- Newspack: The Colorado Sun -----------------------------------------------------
    def _newspack(self) -> None:
        rng = self.rng
        team = self._team("newspack")
        styles = ["one", "two", "three", "partner", "one", "staff"] * 2
        sizes = self._sizes()
        cats = [
            ("politics", "Politics"),
            ("environment", "Environment"),
            ("health", "Health"),
            ("rural-colorado", "Rural Colorado"),
        ]
        partners = [
            "KFF Health News",
            "Chalkbeat Colorado",
            "High Country News",
            "Rocky Mountain PBS",
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._time(i, DENVER, hours=(4, 20))
            title, ctx, blocks = self._story(
                "newspack",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"{r.choice(team)}, The Colorado Sun",
                        f"{person(r)}, Special to The Colorado Sun",
                        f"{r.choice(team)}, The Colorado Sun",
                    ]
                ),
            )
            nm = rng.sample(team, 3)
            guest = person(rng)
            partner = rng.choice(partners)
            authors = {
                "two": nm[:2],
                "three": nm[:3],
                "partner": [guest],
                "staff": [],
            }.get(style, nm[:1])
            editors = [rng.choice([t for t in team if t not in nm])] if i in (1, 6, 10) else []
            cat = rng.choice(cats)
            path = f"/{when:%Y/%m/%d}/{slug(title, 9)}/"
            arts.append(
                self._art(
                    "newspack",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    editors=editors,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    guest=guest,
                    partner=partner,
                    partnered=style == "partner" or i in (4, 11),
                    cat=cat,
                    pid=rng.randint(280_000, 299_999),
                    deck=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: 3, who=[0, 1, 2, 3, 5, 7, 8, 9])
        self.arts += arts

    # --- Hearst: San Francisco Chronicle ------------------------------------------------
    def _hearst(self) -> None:
        rng = self.rng
        team = self._team("hearst")
        styles = [
            "staff",
            "two",
            "contrib",
            "ap",
            "staff",
            "three",
            "staff",
            "ap_only",
            "two",
            "contrib_ap",
            "staff",
            "staff",
        ]
        sizes = self._sizes()
        secs = [
            ("bayarea", "Bay Area"),
            ("politics", "Politics"),
            ("crime", "Crime"),
            ("sf", "S.F."),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            when = self._time(i, LOS_ANGELES, 2019 if old else 2024, hours=(5, 21))
            title, ctx, blocks = self._story(
                "hearst",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"{r.choice(team)}/The Chronicle",
                        f"{person(r)}/The Chronicle",
                        f"{person(r)}/Special to The Chronicle",
                        f"{person(r)}/Associated Press",
                    ]
                ),
            )
            nm = rng.sample(team, 4)
            ap = person(rng)
            authors = {
                "two": nm[:2],
                "three": nm[:3],
                "contrib": [nm[0], nm[3]],
                "ap": [ap],
                "ap_only": [],
                "contrib_ap": nm[:1],
            }.get(style, nm[:1])
            sec = ("nation", "Nation") if style in ("ap", "ap_only") else rng.choice(secs)
            aid = (
                rng.randint(19_400_000, 19_499_999)
                if not old
                else rng.randint(13_800_000, 13_899_999)
            )
            path = f"/{sec[0]}/article/{slug(title, 8)}-{aid}.php"
            arts.append(
                self._art(
                    "hearst",
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
                    ap=ap,
                    sec=sec,
                    aid=aid,
                    upd=rng.choice([0, rng.randint(30, 480), rng.randint(60, 900)]),
                    deck=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 5, 6, 8, 9, 11])
        self.arts += arts
