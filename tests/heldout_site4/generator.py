"""The fourth held-out site: 60 articles over five Chinese small-site CMS templates, every page
rendered in memory.

``Site4(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
Paths may carry a query string; ``render`` accepts the query's parameters in any order and
``…/index.html`` as ``…/`` (what a crawler's URL canonicalisation sends).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite

from . import discuz, mobile, pages, rongmei, webplus, wpzh
from .pools import (
    CAPTIONS,
    SCHOOLS,
    context,
    headline,
    names,
    paragraphs,
    short_headline,
    zh_name,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
SUBHEADS = [
    "一、提高站位，强化组织领导",
    "二、聚焦重点，狠抓工作落实",
    "三、完善机制，形成长效管理",
    "四、加强宣传，营造良好氛围",
    "一是压实责任",
    "二是优化服务",
    "三是强化督导",
]


def norm_path(path: str) -> str:
    """``/a/index.html`` → ``/a/``; query parameters sorted (the routing key)."""
    parts = urlsplit(path)
    p = parts.path
    if p.endswith(("/index.html", "/index.htm")):
        p = p[: p.rindex("/") + 1]
    q = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return p + (f"?{q}" if q else "")


class Site4(RoutedSite):
    def __init__(self, seed: int = 4004) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used_titles: set[str] = set()
        self._build_rongmei()
        self._build_webplus()
        self._build_discuz()
        self._build_wpzh()
        self._build_mobile()
        self.by_path = {a.path: a for a in self.arts}
        self.register((rongmei, webplus, discuz, wpzh, mobile, pages))

    def key(self, path: str) -> str:
        return norm_path(path)

    # --- bodies ---------------------------------------------------------------------------
    def _blocks(self, domain: str, size: str, ctx: dict[str, str], images: int) -> list[Block]:
        rng = self.rng
        n = {"tiny": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 11)}.get(
            size, rng.randint(20, 26)
        )
        paras = paragraphs(rng, domain, n, ctx, short=size == "tiny")
        blocks = [Block("p", p) for p in paras]
        if size == "long":
            heads = rng.sample(SUBHEADS[:4], 3) if rng.random() < 0.5 else SUBHEADS[4:]
            for k, h in enumerate(heads):
                blocks.insert(2 + k * 7, Block("h", h))
        for k in range(images):
            at = rng.randint(0 if k == 0 else 1, len(blocks))
            cap = rng.choice(CAPTIONS) if rng.random() < 0.7 else ""
            img = f"/uploads/2024/03/{rng.randint(10**9, 10**10)}.jpg"
            blocks.insert(at, Block("img", cap, img))
        return blocks

    @staticmethod
    def _sizes(rng: random.Random) -> list[str]:
        sizes = ["tiny", "long"] + [rng.choice(["small", "mid", "mid", "long"]) for _ in range(10)]
        rng.shuffle(sizes)
        return sizes

    # --- the five templates' articles -------------------------------------------------------
    def _build_rongmei(self) -> None:
        rng = self.rng
        # (byline style, …): info = 作者 in the info line; lead = 桐岭融媒讯（…） opening
        styles = [
            "info",
            "lead+info",
            "lead",
            "none",
            "info2",
            "lead2",
            "leadcorr",
            "info",
            "inforole",
            "info",
            "none",
            "lead+info",
        ]
        sizes = self._sizes(rng)
        arts = []
        for i, style in enumerate(styles):
            when = datetime(
                2024,
                3,
                1 + i * 5 // 2,
                rng.randint(7, 21),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=SHANGHAI,
            )
            ctx = context(rng, "county")
            if i in (4, 9):
                title = short_headline(rng, self.used_titles)
            else:
                title = headline(rng, "county", self.used_titles, ctx)
            blocks = self._blocks("county", sizes[i], ctx, rng.choice([0, 1, 1, 2]))
            a_names = names(rng, 3)
            authors: list[str] = []
            corr: list[str] = []
            lead = ""
            if style in ("info", "inforole"):
                authors = a_names[:1]
            elif style == "info2":
                authors = a_names[:2]
            elif style in ("lead", "lead+info"):
                authors, corr = a_names[:1], a_names[1:2]
                lead = f"（记者 {authors[0]} 通讯员 {corr[0]}）"
            elif style == "lead2":
                authors = a_names[:2]
                lead = f"（记者 {authors[0]} {authors[1]}）"
            elif style == "leadcorr":
                corr = a_names[1:3]
                lead = f"（通讯员 {corr[0]} {corr[1]}）"
            if lead:
                first = next(b for b in blocks if b.kind == "p")
                first.text = "桐岭融媒讯" + lead + first.text
            editors = [] if i == 5 else [zh_name(rng)]
            sec = "bdxw" if i % 3 else "xzdt"
            docid = 3120457 + i * 389 + rng.randint(0, 300)
            arts.append(
                Art(
                    "rongmei",
                    i,
                    f"/xwzx/{sec}/{when:%Y%m}/t{when:%Y%m%d}_{docid}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "sec": sec,
                        "source": rng.choice(["桐岭县融媒体中心"] * 3 + ["县农业农村局"])
                        if i != 9
                        else "县农业农村局",
                        "reviewers": names(rng, 3 if i % 4 == 0 else 1),
                        "meta_author": i % 4 == 3,  # gov meta Author = the site's name
                        "h1": i % 3 != 2,
                        "photo": zh_name(rng) if i == 11 else "",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 2, 3, 6, 8, 11])
        self.arts += arts

    def _build_webplus(self) -> None:
        rng = self.rng
        styles = [
            "wentu",
            "wen+tu",
            "gonggao",
            "wentu",
            "zhuangao",
            "corr",
            "wentu",
            "gonggao",
            "wen+tu",
            "wentu",
            "zhuangao",
            "wentu",
        ]
        sizes = self._sizes(rng)
        arts = []
        for i, style in enumerate(styles):
            when = datetime(
                2024, 3, 4 + i * 2, rng.randint(8, 18), rng.randint(0, 59), tzinfo=SHANGHAI
            )
            ctx = context(rng, "campus")
            if i == 6:
                title = short_headline(rng, self.used_titles)
            else:
                title = headline(rng, "campus", self.used_titles, ctx)
            blocks = self._blocks("campus", sizes[i], ctx, rng.choice([0, 1, 2]))
            nm = names(rng, 4)
            authors = [] if style == "gonggao" else nm[:1]
            corr = nm[3:4] if style == "corr" else []
            col = 1461 if i % 2 == 0 else 1462
            aid = 56789 + i * 731 + rng.randint(0, 500)
            arts.append(
                Art(
                    "webplus",
                    i,
                    f"/{when:%Y}/{when:%m%d}/c{col}a{aid}/page.htm",
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "col": col,
                        "aid": aid,
                        "reviewer": nm[1],
                        "photographer": zh_name(rng),
                        "school": rng.choice(SCHOOLS),
                        "views": rng.randint(80, 3000),
                        "publisher": i % 3 == 0,
                    },
                )
            )
        self.arts += arts

    def _build_discuz(self) -> None:
        rng = self.rng
        sizes = self._sizes(rng)
        arts = []
        for i in range(12):
            when = datetime(
                2024, 3, 2 + i * 2, rng.randint(6, 23), rng.randint(0, 59), tzinfo=SHANGHAI
            )
            ctx = context(rng, "city")
            title = (
                headline(rng, "city", self.used_titles, ctx)
                if i != 3
                else short_headline(rng, self.used_titles)
            )
            blocks = self._blocks("city", sizes[i], ctx, rng.choice([0, 1, 1]))
            orig = i not in (2, 5, 8, 10, 11)
            authors = [zh_name(rng)] if orig else []
            aid = 412 + i * 23 + rng.randint(0, 15)
            arts.append(
                Art(
                    "discuz",
                    i,
                    f"/portal.php?mod=view&aid={aid}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "aid": aid,
                        "catid": 2 if i % 2 == 0 else 3,
                        "poster": rng.choice(["admin", "admin", "临江小编", "江城网管"]),
                        "source": rng.choice(["临江日报", "临江晚报", "", "临江发布"]),
                        "views": rng.randint(200, 9000),
                        "summary": i % 3 != 1,
                        "comments": rng.randint(0, 5) if i % 4 else 0,
                        "brs": i % 3 == 2,  # old-style <br /> paragraphs
                    },
                )
            )
        self._related(
            arts, lambda: rng.randint(3, 5), who=[k for k in range(12) if k not in (4, 9)]
        )
        self.arts += arts

    def _build_wpzh(self) -> None:
        rng = self.rng
        writers = [
            ("lilei", "李雷"),
            ("hanmeimei", "韩梅梅"),
            ("lintao", "林涛"),
            ("zhouqing", "周晴"),
            ("chenmo", "陈默"),
        ]
        self.wp_writers = writers
        early = {0, 3, 5, 8, 10}  # posted before 08:00 in +08:00: the UTC day is the day before
        sizes = self._sizes(rng)
        arts = []
        for i in range(12):
            hour = rng.randint(0, 7) if i in early else rng.randint(9, 23)
            when = datetime(
                2024, 3, 1 + i * 2, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=SHANGHAI
            )
            ctx = context(rng, "blog")
            title = headline(rng, "blog", self.used_titles, ctx)
            blocks = self._blocks("blog", sizes[i], ctx, rng.choice([0, 1, 1, 2]))
            who = [writers[i % 5]] if i not in (4, 9) else rng.sample(writers, 2)
            arts.append(
                Art(
                    "wpzh",
                    i,
                    f"/blog/archives/{1530 + i * 17 + rng.randint(0, 9)}",
                    title,
                    [n for _, n in who],
                    when,
                    "day",
                    blocks,
                    x={
                        "who": who,
                        "topic": ctx["topic"],
                        "tags": rng.sample(["城市", "观察", "创业", "消费", "生活", "随笔"], 2),
                        "cat": rng.choice([("guancha", "观察"), ("suibi", "随笔")]),
                        "yoast": i % 3 == 0,
                        "modified": when
                        + timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 9)),
                        "comments": rng.randint(0, 4),
                    },
                )
            )
        self._related(arts, lambda: 3)
        self.arts += arts

    def _build_mobile(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "one",
            "two",
            "one",
            "none",
            "corr",
            "one",
            "two",
            "one+corr",
            "none",
            "one",
            "one",
        ]
        sizes = self._sizes(rng)
        arts = []
        for i, style in enumerate(styles):
            when = datetime(
                2024,
                3,
                3 + i * 2,
                rng.randint(6, 23),
                rng.randint(0, 59),
                rng.randint(1, 59),
                tzinfo=SHANGHAI,
            )
            ctx = context(rng, "mobile")
            title = (
                headline(rng, "mobile", self.used_titles, ctx)
                if i != 7
                else short_headline(rng, self.used_titles)
            )
            blocks = self._blocks("mobile", sizes[i], ctx, rng.choice([0, 1, 2]))
            for b in blocks:
                if b.kind == "img":  # WeChat-style pictures: a credit, rarely a caption
                    b.credit = "图片来源：网络"
                    b.text = "" if rng.random() < 0.7 else b.text
            nm = names(rng, 3)
            authors = {"one": nm[:1], "two": nm[:2], "one+corr": nm[:1]}.get(style, [])
            corr = nm[2:3] if style in ("corr", "one+corr") else []
            arts.append(
                Art(
                    "mobile",
                    i,
                    f"/m/content/{when:%Y%m%d}/a{rng.randint(10**6, 10**7)}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[zh_name(rng)] if i % 4 != 2 else [],
                    x={
                        "style": style,
                        "source": "新华社" if style == "none" else "云城晚报",
                        "chan": "bendi" if i % 2 == 0 else "shehui",
                        "sections": i % 2 == 0,  # 135editor <section> paragraphs
                    },
                )
            )
        self.arts += arts
