"""The sixth held-out site: 60 articles over five English-language CMS templates, every page
rendered in memory.

``Site6(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

from heldout import Block, RoutedSite

from . import arc, blox, cnd, desk, newspack, pages
from .common import Art, slug
from .pools import SUBHEADS, context, headline, in_person, paragraphs, people, zh_person

NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
BEIJING = ZoneInfo("Asia/Shanghai")
KOLKATA = ZoneInfo("Asia/Kolkata")


class Site6(RoutedSite):
    def __init__(self, seed: int = 6006) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        self._arc()
        self._blox()
        self._newspack()
        self._cnd()
        self._desk()
        self.by_path = {a.path: a for a in self.arts}
        self.register((arc, blox, newspack, cnd, desk, pages))

    # --- shared ---------------------------------------------------------------------------
    def _sizes(self) -> list[str]:
        s = ["brief", "brief", "long", "long"] + [
            self.rng.choice(["small", "mid"]) for _ in range(8)
        ]
        self.rng.shuffle(s)
        return s

    def _paras(self, ctx: dict[str, str], size: str) -> list[str]:
        rng = self.rng
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(14, 20)
        )
        paras = paragraphs(rng, ctx, n)
        if size == "long":
            for k, h in enumerate(rng.sample(SUBHEADS, 3)):
                paras.insert(3 + k * 5, h)
        return paras

    def _when(self, tz: ZoneInfo, day: int, hours: tuple[int, int] = (6, 22)) -> datetime:
        rng = self.rng
        return datetime(2024, 3, day, rng.randint(*hours), rng.randint(0, 59), tzinfo=tz)

    def _one(self, tpl: str, i: int, size: str) -> tuple[dict[str, str], str, list[str]]:
        ctx = context(self.rng, tpl)
        return ctx, headline(self.rng, ctx, self.used), self._paras(ctx, size)

    # --- Arc XP national daily ------------------------------------------------------------
    def _arc(self) -> None:
        rng = self.rng
        counts = [2, 3, 1, 2, 0, 1, 2, 3, 1, 2, 1, 2]  # 0: By Associated Press
        sizes = self._sizes()
        arts = []
        for i, k in enumerate(counts):
            when = self._when(NEW_YORK, 1 + i * 2 + (i > 3))  # a few before the switch to EDT
            ctx, title, paras = self._one("arc", i, sizes[i])
            sec = rng.choice(["politics", "national", "business"])
            path = f"/{sec}/{when:%Y/%m/%d}/{slug(title)[:60].rstrip('-')}/"
            arts.append(
                Art(
                    "arc",
                    i,
                    path,
                    title,
                    people(rng, k),
                    when,
                    "minute",
                    [Block("p", text) for text in paras],
                    x={"sec": sec, "ctx": ctx},
                )
            )
        self._related(arts, lambda: 2, who=[0, 1, 2, 3, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- TownNews BLOX local paper --------------------------------------------------------
    def _blox(self) -> None:
        rng = self.rng
        styles = [
            "staff",
            "email",
            "two",
            "staff",
            "reports",
            "email",
            "staff",
            "ap",
            "two",
            "staff",
            "email",
            "staff",
        ]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(CHICAGO, 2 + i * 2)
            ctx, title, paras = self._one("blox", i, sizes[i])
            nm = people(rng, 2)
            authors = {"staff": nm[:1], "email": nm[:1], "two": nm}.get(style, [])
            uid = f"{rng.getrandbits(128):032x}"
            uid = f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"
            sec = "local" if i % 3 else "education"
            path = f"/news/{sec}/{slug(title)[:70].rstrip('-')}/article_{uid}.html"
            arts.append(
                Art(
                    "blox",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    [Block("p", text) for text in paras],
                    x={
                        "style": style,
                        "sec": sec,
                        "uid": uid,
                        "ctx": ctx,
                        "ap_credit": i % 4 == 1,
                        "updated": i % 3 == 0,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- Newspack non-profit newsroom -----------------------------------------------------
    def _newspack(self) -> None:
        rng = self.rng
        counts = [1, 2, 3, 1, 2, 1, 3, 1, 2, 1, 2, 1]
        sizes = self._sizes()
        self.np_staff = people(rng, 5)  # the newsroom's reporters (author pages)
        arts = []
        for i, k in enumerate(counts):
            # evenings in Chicago: the UTC day is the next one
            when = self._when(CHICAGO, 2 + i * 2, (19, 23) if i % 2 == 0 else (7, 17))
            ctx, title, paras = self._one("newspack", i, sizes[i])
            authors = rng.sample(self.np_staff, k)
            path = f"/{when:%Y/%m/%d}/{slug(title)[:70].rstrip('-')}/"
            cat = rng.choice(["environment", "housing", "health"])
            arts.append(
                Art(
                    "newspack",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    [Block("p", text) for text in paras],
                    x={
                        "cat": cat,
                        "ctx": ctx,
                        "updated": i % 3 != 2,
                        "tags": rng.sample(
                            ["investigations", "data", "rural", "courts", "legislature"], 2
                        ),
                    },
                )
            )
        self._related(arts, lambda: 3, who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- China Daily English --------------------------------------------------------------
    def _cnd(self) -> None:
        rng = self.rng
        styles = [
            "in",
            "two",
            "xinhua",
            "in",
            "plain",
            "two",
            "in",
            "xinhua",
            "in",
            "twoin",
            "plain",
            "in",
        ]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(BEIJING, 2 + i * 2)
            ctx, title, paras = self._one("cnd", i, sizes[i])
            a, b = zh_person(rng), zh_person(rng)
            while b[1] == a[1]:
                b = zh_person(rng)
            printed = {"in": [a], "plain": [a], "two": [a, b], "twoin": [a, b]}.get(style, [])
            if style == "xinhua":
                paras[0] = f"BEIJING, {when:%B} {when.day} (Xinhua) -- " + paras[0]
            hexid = f"{rng.getrandbits(96):024x}"
            path = f"/a/{when:%Y%m}/{when:%d}/WS{hexid}.html"
            arts.append(
                Art(
                    "cnd",
                    i,
                    path,
                    title,
                    [p[1] for p in printed],
                    when,
                    "minute",
                    [Block("p", text) for text in paras],
                    x={
                        "style": style,
                        "printed": [p[0] for p in printed],
                        "ctx": ctx,
                        "city": rng.choice(["Beijing", "Shanghai", "Chengdu", "Hangzhou"]),
                        "city2": rng.choice(["Guangzhou", "Wuhan", "Xi'an"]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 9, 10])
        self.arts += arts

    # --- Indian portal (desk) -------------------------------------------------------------
    def _desk(self) -> None:
        rng = self.rng
        styles = [
            "desk",
            "by",
            "by_ed",
            "desk",
            "agency",
            "by",
            "desk_ed",
            "by",
            "desk",
            "by_ed",
            "desk",
            "by",
        ]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(KOLKATA, 2 + i * 2, (0, 23))
            ctx, title, paras = self._one("desk", i, sizes[i])
            authors = [in_person(rng)] if style.startswith("by") else []
            editors = [in_person(rng)] if style.endswith("_ed") else []
            while editors and editors == authors:
                editors = [in_person(rng)]
            aid = 108400000 + i * 7919 + rng.randint(0, 999)
            city = rng.choice(["mumbai", "delhi", "bengaluru"])
            path = f"/city/{city}/{slug(title)[:60].rstrip('-')}/articleshow/{aid}.cms"
            arts.append(
                Art(
                    "desk",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    [Block("p", text) for text in paras],
                    editors=editors,
                    x={"style": style, "aid": aid, "city": city, "ctx": ctx},
                )
            )
        self._related(arts, lambda: rng.randint(1, 2), who=[0, 1, 2, 3, 5, 6, 7, 9, 10, 11])
        self.arts += arts
