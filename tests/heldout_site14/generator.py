"""The fourteenth held-out site: 60 articles over five templates of where Chinese local news
now lives (a 公众号, 头条号, 网易号, the 人民日报客户端 share page, a city app's share page),
every page rendered in memory. ``Site14(seed)`` is deterministic."""

# ruff: noqa: E501

from __future__ import annotations

import random
import string
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite

from . import cityapp, pages, peopleapp, toutiao, wangyihao, wechat
from .pools import SUBHEADS, caption, context, headline, names, paragraphs

BEIJING = ZoneInfo("Asia/Shanghai")
ALNUM = string.ascii_letters + string.digits + "-_"
WX_ACCOUNTS = [
    ("江城发布", "gh_3a1f0c2b9d10"),
    ("南湖融媒", "gh_7c2e81aa0b35"),
    ("青川教育", "gh_5d90e4f1c2a7"),
]
TT_ACCOUNTS = [
    ("老李说三农", "self", "MS4wLjABAAAA3kTqk1"),
    ("县城小马哥", "self", "MS4wLjABAAAAx9PZq2"),
    ("潇湘晨报", "media", "MS4wLjABAAAAfw0qL3"),
    ("极目新闻", "media", "MS4wLjABAAAAa1b2c4"),
]
DY_ACCOUNTS = [
    ("财经十一人", "T1618123456789"),
    ("科技新知社", "T1589987654321"),
    ("产业观察家", "T1601234567890"),
]
RMH_ACCOUNTS = ["江城县融媒体中心", "青川发布"]


class Site14(RoutedSite):
    def __init__(self, seed: int = 14014) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        self._wx()
        self._tt()
        self._dy()
        self._rmh()
        self._city()
        self.by_path = {a.path: a for a in self.arts}
        self.register((wechat, toutiao, wangyihao, peopleapp, cityapp, pages))

    def key(self, path: str) -> str:
        parts = urlsplit(path)
        q = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
        return parts.path + (f"?{q}" if q else "")

    # --- shared ---------------------------------------------------------------------------
    def _sizes(self) -> list[str]:
        s = ["brief", "long", "long"] + [self.rng.choice(["small", "mid", "mid"]) for _ in range(9)]
        self.rng.shuffle(s)
        return s

    def _blocks(
        self, tpl: str, size: str, ctx: dict[str, str], images: int, when: datetime
    ) -> list[Block]:
        rng = self.rng
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 11)}.get(
            size, rng.randint(14, 22)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, tpl, n, ctx)]
        if size == "long":
            for k, h in enumerate(SUBHEADS[tpl]):
                blocks.insert(2 + k * 5, Block("h", h))
        for _ in range(images):
            at = rng.randint(1, len(blocks))
            shot = {
                **ctx,
                "month": str(when.month),
                "day": str(max(1, when.day - rng.choice([0, 1]))),
            }
            src = f"/{tpl}/{when:%Y%m%d}/{rng.getrandbits(48):012x}.jpg"
            blocks.insert(at, Block("img", caption(rng, shot), src))
        return blocks

    def _when(self, day: int, hours: tuple[int, int] = (7, 22)) -> datetime:
        rng = self.rng
        return datetime(
            2024,
            5,
            day,
            rng.randint(*hours),
            rng.randint(0, 59),
            rng.randint(0, 59),
            tzinfo=BEIJING,
        )

    def _first(self, blocks: list[Block]) -> Block:
        return next(b for b in blocks if b.kind == "p")

    def _rand(self, n: int) -> str:
        return "".join(self.rng.choice(ALNUM) for _ in range(n))

    # --- 微信公众号 -----------------------------------------------------------------------
    def _wx(self) -> None:
        rng = self.rng
        styles = ["repost", "orig", "reporter", "corr", "repost", "wen"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            acct = WX_ACCOUNTS[i % 3]
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "wx")
            title = headline(rng, "wx", ctx, self.used)
            blocks = self._blocks("wx", sizes[i], ctx, rng.choice([0, 1, 1, 2, 3]), when)
            nm = names(rng, 7)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = rng.choice(
                        ["图片来源：网络", f"（摄影：{nm[6]}）", "图源：视觉中国"]
                    )
            authors = {
                "orig": nm[:1],
                "reporter": nm[: 1 + i % 2],
                "corr": nm[:1],
                "wen": nm[:1],
            }.get(style, [])
            corr = nm[1:2] if style == "corr" else []
            if i in (3, 8, 10):  # the old long link form
                path = f"/s?__biz=MzA{self._rand(9)}==&mid=26{rng.randint(10**7, 10**8 - 1)}&idx=1&sn={rng.getrandbits(128):032x}"
            else:
                path = "/s/" + self._rand(22)
            arts.append(
                Art(
                    "wx",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "acct": acct,
                        "check": nm[3],
                        "proof": nm[4],
                        "chief": nm[5],
                        "source": rng.choice(["江城日报", "南湖晚报", "市教育局", "新华社"])
                        if style == "repost"
                        else "",
                        "reads": rng.choice(["10万+", str(rng.randint(800, 90000))]),
                        "yuanchuang": style in ("orig", "reporter", "corr", "wen"),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[1, 2, 4, 6, 9, 11])  # 延伸阅读
        self.arts += arts

    # --- 今日头条 -------------------------------------------------------------------------
    def _tt(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            acct = TT_ACCOUNTS[i % 4]
            when = self._when(2 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "tt")
            title = headline(rng, "tt", ctx, self.used)
            blocks = self._blocks("tt", sizes[i], ctx, rng.choice([0, 1, 2, 2, 3]), when)
            nm = names(rng, 4)
            editors: list[str] = []
            if acct[1] == "self":
                authors = [acct[0]]
                for b in blocks:
                    if b.kind == "img" and rng.random() < 0.5:
                        b.text = ""
            else:
                authors = nm[: 1 + i % 2]
                editors = [nm[2]]
                if acct[0] == "潇湘晨报":  # the dateline opens the first paragraph
                    first = self._first(blocks)
                    first.text = (
                        f"潇湘晨报记者 {'、'.join(authors)} {ctx['place']}报道　" + first.text
                    )
            arts.append(
                Art(
                    "tt",
                    i,
                    f"/article/73{rng.randint(10**16, 10**17 - 1)}/",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "acct": acct,
                        "ip": rng.choice(["湖南", "湖北", "河南", "四川", "广东"]),
                        "original": acct[1] == "self",
                        "gid": None,
                        "reads": rng.randint(1000, 900000),
                        "comments": rng.randint(0, 3000),
                        "byline": f"极目新闻记者 {'、'.join(authors)}"
                        if acct[0] == "极目新闻"
                        else "",
                    },
                )
            )
        for a in arts:
            a.x["gid"] = a.path.split("/")[2]
        self.arts += arts  # 头条: a recommendation feed and 头条热榜, nothing related

    # --- 网易号 ---------------------------------------------------------------------------
    def _dy(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            acct = DY_ACCOUNTS[i % 3]
            style = "wen" if i % 3 != 1 else "acct"
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "dy")
            title = headline(rng, "dy", ctx, self.used)
            blocks = self._blocks("dy", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 3)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.credit = rng.choice(
                        ["（图源：网络）", "图源：视觉中国", "（图片来源：企业官网）"]
                    )
            authors = nm[:1] if style == "wen" else [acct[0]]
            editors = [nm[1]] if style == "wen" else []
            docid = f"J{rng.choice('0123456789ABCDEF')}{self._rand(6).upper().replace('-', 'K').replace('_', 'Q')}0519{self._rand(4).upper().replace('-', 'V').replace('_', 'D')}"
            arts.append(
                Art(
                    "dy",
                    i,
                    f"/dy/article/{docid}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "acct": acct,
                        "style": style,
                        "docid": docid,
                        "ip": rng.choice(["广东", "北京", "上海", "浙江"]),
                        "tie": rng.randint(0, 2000),
                    },
                )
            )
        self.arts += arts  # 网易号: 相关推荐 is the platform's feed, nothing related

    # --- 人民日报客户端 -------------------------------------------------------------------
    def _rmh(self) -> None:
        rng = self.rng
        styles = ["app", "app2", "rmh", "app_corr", "app", "rmh_author"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(2 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "rmh")
            title = headline(rng, "rmh", ctx, self.used)
            blocks = self._blocks("rmh", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 6)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.7:
                    b.credit = rng.choice([f"人民日报记者 {nm[5]}摄", "新华社发", "（受访者供图）"])
            authors = {
                "app": nm[:1],
                "app2": nm[:2],
                "app_corr": nm[:1],
                "rmh": [],
                "rmh_author": nm[:1],
            }[style]
            corr = nm[1:2] if style == "app_corr" else []
            editors = [nm[2], nm[3]] if style.startswith("app") else [nm[2]]
            aid, cid = rng.randint(7400000, 7499999), rng.randint(7200000, 7299999)
            path = (
                f"/article/{aid}/{cid}"
                if style.startswith("app")
                else f"/rmh/article/{rng.randint(10**7, 10**8 - 1)}"
            )
            arts.append(
                Art(
                    "rmh",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "acct": RMH_ACCOUNTS[i % 2]
                        if style.startswith("rmh")
                        else "人民日报客户端",
                        "paper": i % 4 == 0,
                        "likes": rng.randint(0, 5000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 6, 7, 9, 10])  # 相关新闻
        self.arts += arts

    # --- 上游新闻 / 封面新闻 app share page ----------------------------------------------
    def _city(self) -> None:
        rng = self.rng
        styles = ["sy", "sy_corr", "fm", "sy_intern", "fm2", "sy"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "city")
            title = headline(rng, "city", ctx, self.used)
            blocks = self._blocks("city", sizes[i], ctx, rng.choice([0, 1, 2, 3]), when)
            nm = names(rng, 6)
            brand = "封面新闻" if style.startswith("fm") else "上游新闻"
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.7:
                    b.credit = rng.choice(
                        [f"{brand}记者 {nm[5]} 摄", "（受访者供图）", "图据视觉中国"]
                    )
            authors = {
                "sy": nm[: 1 + i % 2],
                "sy_corr": nm[:1],
                "fm": nm[:1],
                "sy_intern": nm[:2],
                "fm2": nm[:2],
            }[style]
            corr = nm[1:2] if style == "sy_corr" else []
            arts.append(
                Art(
                    "city",
                    i,
                    f"/h5/detail.html?id={rng.randint(10**6, 10**7 - 1)}&from=share",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "brand": brand,
                        "check": nm[4],
                        "hits": rng.randint(1000, 300000),
                    },
                )
            )
        self._related(
            arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 7, 8, 10, 11]
        )  # 相关阅读
        self.arts += arts
