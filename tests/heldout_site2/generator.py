"""The second held-out site: ~60 articles over five CMS templates, all pages rendered in memory.

``Site2(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from heldout import RoutedSite

from . import amp, gov, paper, portal, tw, wp
from .common import Art, slugify
from .pools import (
    TW_CITIES,
    ZH_GIVEN,
    ZH_ORGS,
    ZH_SURNAMES,
    en_headline,
    en_name,
    en_paragraphs,
    paper_headline,
    paper_paragraphs,
    tw_headline,
    tw_name,
    tw_paragraphs,
    zh_headline,
    zh_name,
    zh_paragraphs,
)

NY = ZoneInfo("America/New_York")
CST = ZoneInfo("Asia/Shanghai")
TPE = ZoneInfo("Asia/Taipei")
CET = ZoneInfo("Europe/Paris")


class Site2(RoutedSite):
    def __init__(self, seed: int = 2024) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self._build_wp()
        self._build_gov()
        self._build_paper()
        self._build_tw()
        self._build_amp()
        self.by_path = {a.path: a for a in self.arts}
        self.register((wp, gov, paper, tw, amp, portal))

    def handler(self, path: str) -> Callable[[], tuple[bytes, str]] | None:
        fn = super().handler(path)
        if fn is None and path.startswith("/search?"):  # any query: a results page
            fn = partial(portal.search, self, path)
        return fn

    # --- the five templates' articles -------------------------------------------------------
    def _build_wp(self) -> None:
        rng = self.rng
        used: set[str] = set()
        staff = [en_name(rng) for _ in range(6)]
        staff[0] = "Jane Doe"
        cats = [("local", "Local"), ("business", "Business"), ("environment", "Environment")]
        tags = [
            "harbor",
            "city-council",
            "schools",
            "transportation",
            "housing",
            "weather",
            "budget",
            "fishing",
        ]
        late = {1, 4, 8, 11}  # evening posts: the UTC day is the next day
        arts = []
        for i in range(13):
            day = datetime(2024, 2, 1, tzinfo=NY) + timedelta(days=i * 36 // 13)
            hour = rng.randint(19, 23) if i in late else rng.randint(6, 18)
            when = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
            if i in (3, 9):
                authors: list[str] = []
            elif i in (2, 6, 10):
                authors = rng.sample(staff, 2)
            else:
                authors = [staff[i % len(staff)]]
            title = en_headline(rng, used)
            cat = cats[i % 3]
            path = f"/{when:%Y/%m/%d}/{slugify(title)}/"
            a = Art(
                "wp",
                i,
                path,
                title,
                authors,
                when,
                "day" if i % 2 == 0 else "minute",
                en_paragraphs(rng, rng.randint(6, 18)),
                x={
                    "cat": cat,
                    "tags": rng.sample(tags, rng.randint(1, 3)),
                    "image": rng.random() < 0.6,
                    "updated": rng.random() < 0.4,
                    "post_id": 4100 + i * 37,
                    "caption_by": en_name(rng),
                },
            )
            arts.append(a)
        self._related(arts, lambda: 3)
        self.wp_staff = staff
        self.wp_cats = cats
        self.wp_trending = [a.path for a in rng.sample(arts, 5)]
        self.arts += arts

    def _build_gov(self) -> None:
        rng = self.rng
        used: set[str] = set()
        arts = []
        for i in range(12):
            col = "zwdt" if i < 8 else "tzgg"
            day = 1 + i * 27 // 12 + rng.randint(0, 1)
            hour = 7 if i in (1, 6) else rng.randint(8, 17)
            when = datetime(2024, 3, day, hour, rng.randint(0, 59), tzinfo=CST)
            tid = 2_150_000 + rng.randint(1000, 9999) * 10 + i
            path = f"/xxgk/{col}/{when:%Y%m}/t{when:%Y%m%d}_{tid}.html"
            credit = zh_name(rng) if i in (2, 7, 10) else None
            a = Art(
                "gov",
                i,
                path,
                zh_headline(rng, used),
                [credit] if credit else [],
                when,
                "day" if i in (4, 9) else "minute",
                zh_paragraphs(rng, rng.randint(5, 12), 3),
                editors=[zh_name(rng)],
                x={
                    "col": col,
                    "source": rng.choice(ZH_ORGS),
                    "meta_author": rng.random() < 0.35,
                    "written": when - timedelta(days=rng.randint(1, 5)),
                    "index_no": f"11331023002{rng.randint(10000, 99999)}/2024-"
                    f"{rng.randint(10, 999):05d}",
                    "image": rng.random() < 0.4,
                    "credit_at_end": rng.random() < 0.5,
                },
            )
            arts.append(a)
        self.arts += arts

    def _build_paper(self) -> None:
        rng = self.rng
        used: set[str] = set()
        arts = []
        sections = [(1, "要闻"), (2, "城事"), (3, "文体")]
        for i in range(12):
            day = 1 + i * 27 // 12 + rng.randint(0, 1)
            when = datetime(2024, 3, day, rng.randint(5, 7), rng.randint(0, 59), tzinfo=CST)
            cid = 300_000 + rng.randint(100, 999) * 100 + i
            path = f"/html/{when:%Y-%m}/{when:%d}/content_{cid}.htm"
            style = ("two", "corr", "pad", "none", "lead", "two", "corr", "lead", "pad", "two",
                     "corr", "none")[i]  # fmt: skip
            names = [zh_name(rng) for _ in range(3)]
            if style == "pad":  # a two-character name, printed 王　五 to align with 王小五
                names[0] = rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)
            authors, corr = {
                "two": (names[:2], []),
                "corr": (names[:1], names[1:2]),
                "pad": (names[:1], []),
                "none": ([], []),
                "lead": (names[:1], names[1:3]),
            }[style]
            editors = [zh_name(rng)] if i % 3 else [zh_name(rng), zh_name(rng)]
            a = Art(
                "paper",
                i,
                path,
                paper_headline(rng, used),
                authors,
                when,
                "day" if i in (3, 8) else "minute",
                paper_paragraphs(rng, rng.randint(5, 14), 3),
                correspondents=corr,
                editors=editors,
                x={
                    "section": sections[i % 3],
                    "style": style,
                    "cid": cid,
                    "page_no": (i % 3) + 1,
                    "kicker": rng.choice(("", "", "聚焦民生实事", "一线见闻", "奋进新征程")),
                    "subtitle": rng.choice(("", "", "多部门联动推进 年内全面完工")),
                    "photo_by": zh_name(rng) if rng.random() < 0.4 else None,
                },
            )
            arts.append(a)
        self._related(arts, lambda: rng.randint(2, 4))
        self.paper_hot = [a.path for a in rng.sample(arts, 10)]
        self.arts += arts

    def _build_tw(self) -> None:
        rng = self.rng
        used: set[str] = set()
        arts = []
        for i in range(12):
            day = 2 + i * 26 // 12
            when = datetime(
                2024, 3, day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                tzinfo=TPE,
            )  # fmt: skip
            cat = 6638 if i < 6 else 6639
            sid = 7_800_000 + rng.randint(1000, 9999) * 10 + i
            path = f"/news/story/{cat}/{sid}"
            if i in (4, 10):
                authors: list[str] = []
            elif i in (1, 7):
                authors = [tw_name(rng), tw_name(rng)]
            else:
                authors = [tw_name(rng)]
            a = Art(
                "tw",
                i,
                path,
                tw_headline(rng, used),
                authors,
                when,
                "second" if i in (2, 5, 9) else "minute",
                tw_paragraphs(rng, rng.randint(5, 13), 3),
                editors=[] if i == 6 else [tw_name(rng)],
                x={
                    "cat": cat,
                    "big5": i % 2 == 1,
                    "city": rng.choice(TW_CITIES),
                    "meta_utc": i in (3, 7, 11),
                    "image": rng.random() < 0.5,
                },
            )
            arts.append(a)
        self._related(arts, lambda: 3)
        self.tw_hot = [a.path for a in rng.sample(arts, 6)]
        self.arts += arts

    def _build_amp(self) -> None:
        rng = self.rng
        used: set[str] = set()
        writers = [en_name(rng) for _ in range(5)]
        arts = []
        for i in range(12):
            day = 1 + i * 28 // 12
            hour = 0 if i in (2, 8) else rng.randint(7, 22)
            when = datetime(2024, 3, day, hour, rng.randint(0, 59), rng.randint(1, 59), tzinfo=CET)
            sec = "world" if i % 2 else "business"
            title = en_headline(rng, used)
            path = f"/meridian/{sec}/{when:%Y/%b/%d}/{slugify(title, 7)}".lower()
            if i in (5, 11):
                authors: list[str] = []
            elif i in (3, 9):
                authors = rng.sample(writers, 2)
            else:
                authors = [writers[i % 5]]
            arts.append(
                Art(
                    "amp",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    en_paragraphs(rng, rng.randint(7, 16)),
                    x={"sec": sec, "image": rng.random() < 0.7, "standfirst": rng.random() < 0.7},
                )
            )
        self._related(arts, lambda: 2)
        self.amp_writers = writers
        self.amp_most_read = [a.path for a in rng.sample(arts, 5)]
        self.arts += arts
