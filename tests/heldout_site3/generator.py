"""The third held-out site: 60 articles over five CMS templates, every page rendered in memory.

``Site3(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from heldout import RoutedSite

from . import dede, drupal, ghost, hk, portal, sina
from .common import Art, slugify
from .pools import (
    BLOG_TOPICS,
    BLOG_WRITERS,
    UK_ROLES,
    ZH_NAT_HEADLINES,
    blog_story,
    hk_name,
    hk_story,
    uk_name,
    uk_story,
    zh_fill,
    zh_name,
    zh_story,
)

LONDON = ZoneInfo("Europe/London")
SHANGHAI = ZoneInfo("Asia/Shanghai")
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


class Site3(RoutedSite):
    def __init__(self, seed: int = 3003) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used_titles: set[str] = set()
        self._build_drupal()
        self._build_dede()
        self._build_sina()
        self._build_hk()
        self._build_ghost()
        self.by_path = {a.path: a for a in self.arts}
        self.videos = [
            (
                "/video/2024/0308/v51873.html",
                "视频｜直击春运返程高峰：火车站连夜加开临客",
                "3月8日晚，江城火车站旅客有序进站。",
            ),
            ("/video/2024/0316/v51902.html", "视频｜航拍江北区老旧小区改造现场", "航拍画面。"),
            (
                "/video/2024/0322/v51947.html",
                "视频｜維港海濱長廊新段開放 市民晨運",
                "新段全長約1.2公里。",
            ),
        ]
        self.register((drupal, dede, sina, hk, ghost, portal))

    # --- the five templates' articles -------------------------------------------------------
    def _build_drupal(self) -> None:
        rng = self.rng
        staff = [uk_name(rng) for _ in range(7)]
        staff[0] = "Siobhan O'Donnell"
        # (month, day): most days are <= 12, so only day/month order tells them apart
        days = [
            (1, 9),
            (1, 23),
            (2, 6),
            (3, 4),
            (3, 11),
            (4, 3),
            (5, 8),
            (6, 2),
            (6, 21),
            (7, 10),
            (8, 5),
            (8, 12),
        ]
        bylines = [
            "role",
            "plain",
            "two",
            "role",
            "none",
            "role",
            "two",
            "plain",
            "role",
            "none",
            "role",
            "plain",
        ]
        tags = ["housing", "transport", "council-tax", "schools", "nhs", "flooding", "planning"]
        arts = []
        for i, (m, d) in enumerate(days):
            when = datetime(2024, m, d, rng.randint(6, 21), rng.randint(0, 59), tzinfo=LONDON)
            title, paras = uk_story(rng, self.used_titles, rng.randint(7, 16))
            standfirst = paras.pop(0).split(". ")[0].rstrip(".") + "."
            style = bylines[i]
            if style == "none":
                authors: list[str] = []
            elif style == "two":
                authors = rng.sample(staff, 2)
            else:
                authors = [staff[i % len(staff)]]
            precision = "day" if i in (4, 9) else "minute"
            sec = "local" if i % 2 == 0 else "politics"
            arts.append(
                Art(
                    "drupal",
                    i,
                    f"/news/{sec}/{slugify(title, 14)}",
                    title,
                    authors,
                    when,
                    precision,
                    paras,
                    x={
                        "section": sec,
                        "nid": 20417 + i * 61,
                        "standfirst": standfirst,
                        "byline": style,
                        "role": rng.choice(UK_ROLES),
                        "tags": rng.sample(tags, rng.randint(1, 3)),
                        "image": rng.random() < 0.7,
                        "caption": rng.choice(
                            [
                                "The site as it looks today.",
                                "Campaigners gathered outside the council offices.",
                                "Councillors debated the plans for more than three hours.",
                                "Work is expected to start later this year.",
                            ]
                        ),
                        "photo_by": uk_name(rng),
                        "time_el": i % 2 == 0,
                        "metatag": i % 3 == 0 and precision != "day",
                        "jsonld": i in (1, 5, 10),
                        "updated": (when + timedelta(hours=rng.randint(5, 30)))
                        if i in (2, 5, 7, 10)
                        else None,
                        "comments": i % 2 == 1,
                        "roll_label": "Kennet Valley",
                    },
                )
            )
        self._related(arts, lambda: 3)
        self.drupal_popular = [a.path for a in rng.sample(arts, 6)]
        self.arts += arts

    def _build_dede(self) -> None:
        rng = self.rng
        arts = []
        for i in range(12):
            col = "bendi" if i % 2 == 0 else "guonei"
            when = datetime(2024, 3, 1, tzinfo=SHANGHAI) + timedelta(days=i * 40 // 12)
            when = when.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
            aid = 1203 + i * 17 + rng.randint(0, 9)
            title, paras, _ = zh_story(rng, self.used_titles, rng.randint(5, 11), col == "guonei")
            authors: list[str] = []
            if i in (0, 4, 8):
                writer = "admin"  # the CMS account that posted it
            elif i == 6:
                writer = "佚名"  # "anonymous"
            else:
                name = zh_name(rng)
                writer, authors = name, [name]
            arts.append(
                Art(
                    "dede",
                    i,
                    f"/a/{when:%Y}/{when:%m%d}/{aid}.html",
                    title,
                    authors,
                    when,
                    "day" if i in (3, 9) else "minute",
                    paras,
                    editors=[] if i == 10 else [zh_name(rng)],
                    x={
                        "col": col,
                        "aid": aid,
                        "writer": writer,
                        "source": rng.choice(["本站", "本站", "江城日报", "新华网", "人民网"]),
                        "image": rng.random() < 0.5,
                        "caption": "图为施工现场。（资料图）",
                        "comments": i % 2 == 1,
                        "roll_label": "江城",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(4, 5))
        self.dede_hot = [a.path for a in rng.sample(arts, 11)]
        self.dede_commend = [a.path for a in rng.sample(arts, 5)]
        self.arts += arts

    def _build_sina(self) -> None:
        rng = self.rng
        styles = ["two", "xinhua", "corr", "none"]
        sources = {
            "two": ("新京报", "https://www.bjnews.example/"),
            "xinhua": ("新华社", "http://www.news.example/"),
            "corr": ("极目新闻", "https://www.ctdsb.example/"),
            "none": ("央视新闻客户端", "https://news.cctv.example/"),
        }
        arts = []
        for i in range(12):
            style = styles[i % 4]
            when = datetime(
                2024, 3, 2 + i * 2, rng.randint(6, 23), rng.randint(0, 59), tzinfo=SHANGHAI
            )
            title, paras, ctx = zh_story(rng, self.used_titles, rng.randint(5, 9), True)
            orig = title
            while orig == title:
                orig = zh_fill(rng, rng.choice(ZH_NAT_HEADLINES), ctx)
            corr: list[str] = []
            if style == "two":
                authors = [zh_name(rng), zh_name(rng)]
            elif style == "xinhua":
                authors = [zh_name(rng) for _ in range(1 + i % 2)]
            elif style == "corr":
                authors = [zh_name(rng)]
                corr = [zh_name(rng) for _ in range(1 + (i // 4) % 2)]
            else:
                authors = []
            chan = "gn" if i % 2 == 0 else "sh"
            docid = "doc-i" + "".join(rng.choice(string.ascii_lowercase) for _ in range(15))
            arts.append(
                Art(
                    "sina",
                    i,
                    f"/news/{chan}/{when:%Y-%m-%d}/{docid}.shtml",
                    title,
                    authors,
                    when,
                    "minute",
                    paras,
                    correspondents=corr,
                    editors=[zh_name(rng)],
                    x={
                        "style": style,
                        "source": sources[style][0],
                        "source_url": sources[style][1],
                        "chan": chan,
                        "docid": docid,
                        "sec": rng.randint(0, 59),
                        "orig_title": orig,
                        "keyword": ctx["subj"],
                        "meta_author": i % 3 == 0,
                        "meta_time": i % 2 == 0,
                        "sn": rng.choice(["", f"SN{rng.randint(100, 260)}"]),
                        "image": rng.random() < 0.6,
                        "caption": "资料图。图片来源：视觉中国",
                        "roll_label": "华讯",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 4))
        self.arts += arts

    def _build_hk(self) -> None:
        rng = self.rng
        arts = []
        tags = ["民生", "交通", "房屋", "規劃", "社福", "環保"]
        for i in range(12):
            hour = 12 if i == 3 else (rng.randint(6, 11) if i % 2 else rng.randint(13, 23))
            when = datetime(2024, 3, 1 + i * 2, hour, rng.randint(0, 59), tzinfo=HONG_KONG)
            title, paras = hk_story(rng, self.used_titles, rng.randint(5, 11))
            authors: list[str]
            if i % 3 == 0:
                authors = []
            elif i in (1, 7):
                authors = [hk_name(rng), hk_name(rng)]
            else:
                authors = [hk_name(rng)]
            precision = "day" if i in (6, 10) else "minute"
            sec = "local" if i % 3 != 2 else "economy"
            code = hk.SECTIONS[sec][0]
            ms = int(when.timestamp()) * 1000 + rng.randint(0, 999)
            arts.append(
                Art(
                    "hk",
                    i,
                    f"/article/{when:%Y%m%d}/{code}/{ms}/",
                    title,
                    authors,
                    when,
                    precision,
                    paras,
                    editors=[hk_name(rng)] if i % 2 == 0 else [],
                    x={
                        "sec": sec,
                        "ms": ms,
                        "tag": rng.choice(tags),
                        "meta_time": i % 3 == 1 and precision != "day",
                        "jsonld": i in (1, 5, 9),
                        "image": rng.random() < 0.6,
                        "caption": "有關工程預計分階段進行",
                        "comments": i % 2 == 0,
                        "roll_label": "維港",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3))
        self.hk_hot = [a.path for a in rng.sample(arts, 9)]
        self.arts += arts

    def _build_ghost(self) -> None:
        rng = self.rng
        late = {1, 4, 8, 11}  # evening posts: the UTC day is the next day
        names = {slug: field_.capitalize() for slug, _, field_ in BLOG_TOPICS}
        arts = []
        for i in range(12):
            day = datetime(2024, 2, 5, tzinfo=LOS_ANGELES) + timedelta(days=i * 6)
            hour = rng.randint(17, 23) if i in late else rng.randint(7, 15)
            when = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
            title, paras, tag = blog_story(rng, self.used_titles, rng.randint(6, 14))
            two = i in (2, 7, 10)
            authors = rng.sample(BLOG_WRITERS, 2) if two else [BLOG_WRITERS[i % 5]]
            arts.append(
                Art(
                    "ghost",
                    i,
                    f"/blog/{slugify(title, 14)}/",
                    title,
                    authors,
                    when,
                    "day",
                    paras,
                    x={
                        "tag": tag,
                        "tagname": names[tag],
                        "img": f"photo-{rng.randint(10**12, 10**13)}",
                        "photo_by": uk_name(rng),
                        "cover": rng.random() < 0.75,
                        "excerpt": paras[0].split(". ")[0].rstrip(".") + ".",
                        "subhead": rng.choice(
                            [
                                "",
                                "Where to start",
                                "What I would do differently",
                                "The part nobody mentions",
                            ]
                        ),
                        "quote": rng.random() < 0.5,
                        "mod_h": rng.randint(1, 72),
                        "comments": i % 3 != 0,
                        "roll_label": "Slow Signal",
                    },
                )
            )
        for a in arts:
            same = [b for b in arts if b is not a and b.x["tag"] == a.x["tag"]]
            rest = [b for b in arts if b is not a and b not in same]
            picks = (same + rng.sample(rest, len(rest)))[:2]
            a.related = [b.path for b in picks]
            others = [b for b in arts if b is not a and b.path not in a.related]
            a.x["recommended"] = [b.path for b in rng.sample(others, 3)]
        self.arts += arts
