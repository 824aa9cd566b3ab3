"""The ninth held-out site: 45 articles over three templates of one city's news portal (a GBK
新闻中心 page, its Big5 繁體 mirror, a UTF-8 WeChat-style share page), every page in memory.

``Site9(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite
from heldout_site7.pools import fill, names

from . import big5, gbk, pages, wx
from .pools import DEPTS, SIMP, TRAD, context, headline, paragraphs, t_names

BEIJING = ZoneInfo("Asia/Shanghai")


class Site9(RoutedSite):
    def __init__(self, seed: int = 9009) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        self._gbk()
        self._big5()
        self._wx()
        self.by_path = {a.path: a for a in self.arts}
        self.register((gbk, big5, wx, pages))

    def key(self, path: str) -> str:
        """The routing key: the query's parameters decoded and sorted (``?q=临江``)."""
        parts = urlsplit(path)
        q = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
        return parts.path + (f"?{q}" if q else "")

    # --- shared ---------------------------------------------------------------------------
    def _sizes(self) -> list[str]:
        s = ["brief", "long", "long"] + [
            self.rng.choice(["small", "mid", "mid"]) for _ in range(12)
        ]
        self.rng.shuffle(s)
        return s

    def _blocks(
        self,
        pool: dict[str, list[str]],
        size: str,
        ctx: dict[str, str],
        images: int,
        when: datetime,
    ) -> list[Block]:
        rng = self.rng
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 11)}.get(
            size, rng.randint(14, 20)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, pool, n, ctx)]
        if size == "long":
            for k, h in enumerate(pool["subheads"]):
                blocks.insert(2 + k * 5, Block("h", h))
        for k in range(images):
            at = rng.randint(0 if k == 0 else 1, len(blocks))
            shot = {**ctx, "month": str(when.month), "day": str(when.day)}
            src = f"/upload/{when:%Y%m}/{when:%d}/{rng.getrandbits(40):010x}.jpg"
            blocks.insert(at, Block("img", fill(rng, rng.choice(pool["captions"]), shot), src))
        return blocks

    def _when(self, day: int, seconds: bool = True) -> datetime:
        rng = self.rng
        return datetime(
            2024,
            5,
            day,
            rng.randint(7, 21),
            rng.randint(0, 59),
            rng.randint(0, 59) if seconds else 0,
            tzinfo=BEIJING,
        )

    @staticmethod
    def _first(blocks: list[Block]) -> Block:
        return next(b for b in blocks if b.kind == "p")

    # --- GBK 新闻中心 ------------------------------------------------------------------------
    def _gbk(self) -> None:
        rng = self.rng
        styles = ["lead", "meta", "dept", "intern", "lead_corr", "meta2"] * 2 + [
            "dept",
            "lead",
            "photo",
        ]
        precs = ["second"] * 15
        for k in (2, 7, 12):
            precs[k] = "day"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            prec = precs[i]
            when = self._when(1 + i * 2, seconds=prec == "second")
            ctx = context(rng, False)
            title = headline(rng, SIMP, ctx, self.used)
            images = rng.choice([0, 1, 1, 2]) if style != "photo" else 3
            blocks = self._blocks(SIMP, sizes[i], ctx, images, when)
            nm = names(rng, 7)
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"（记者 {nm[6]} 摄）" if rng.random() < 0.6 else ""
            authors: list[str] = []
            corr: list[str] = []
            first = self._first(blocks)
            if style == "lead":
                authors = nm[:1]
                first.text = f"本报讯（记者 {nm[0]}）" + first.text
            elif style == "lead_corr":
                authors, corr = nm[:1], nm[1:3]
                first.text = f"本报讯（记者 {nm[0]} 通讯员 {nm[1]} {nm[2]}）" + first.text
            elif style == "intern":
                authors = nm[:2]
                first.text = f"本报讯（记者 {nm[0]} 实习生 {nm[1]}）" + first.text
            elif style in ("meta", "meta2", "photo"):
                authors = nm[:1] if style != "meta2" else nm[:2]
            elif style == "dept":
                corr = nm[1:2]  # （通讯员 X） as the body's last line
            ed = i % 3
            editors = [nm[3]]
            if ed == 2 and i % 2:
                editors = [nm[3], nm[4]]  # 编辑 and 责任编辑
            col = ["bdxw", "szyw"][i % 2]
            nid = 1180000 + i * 733 + rng.randint(0, 99)
            arts.append(
                Art(
                    "gbk",
                    i,
                    f"/xwzx/{col}/{when:%Y%m}/t{when:%Y%m%d}_{nid}.html",
                    title,
                    authors,
                    when,
                    prec,
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "col": col,
                        "nid": nid,
                        "ed": ed,
                        "source": rng.choice(DEPTS) if style == "dept" else "临江日报",
                        "reviewer": nm[5],
                        "sub": fill(rng, "——{place}{topic}工作纪实", ctx) if i % 5 == 3 else "",
                        "clicks": rng.randint(100, 9000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 5, 6, 8, 9, 11, 12, 14])
        self.arts += arts

    # --- Big5 繁體 mirror ---------------------------------------------------------------------
    def _big5(self) -> None:
        rng = self.rng
        styles = ["one", "two", "corr", "none", "photo", "one"] * 2 + ["intern", "corr", "one"]
        precs = ["minute"] * 15
        for k in (3, 9, 13):
            precs[k] = "day"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            prec = precs[i]
            when = self._when(2 + i * 2, seconds=False)
            ctx = context(rng, True)
            title = headline(rng, TRAD, ctx, self.used)
            blocks = self._blocks(TRAD, sizes[i], ctx, rng.choice([0, 1, 2]), when)
            nm = t_names(rng, 6)
            authors = {"one": nm[:1], "two": nm[:2], "corr": nm[:1], "photo": nm[:1]}.get(style, [])
            if style == "intern":
                authors = nm[:2]
            corr = nm[2:3] if style == "corr" else []
            nid = 880000 + i * 517 + rng.randint(0, 99)
            arts.append(
                Art(
                    "big5",
                    i,
                    f"/big5/news/{when:%Y%m%d}/{nid}.htm",
                    title,
                    authors,
                    when,
                    prec,
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]] if style != "none" else [],
                    x={"style": style, "nid": nid, "photog": nm[4], "reviewer": nm[5]},
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 2, 4, 5, 7, 8, 10, 13])
        self.arts += arts

    # --- WeChat-style 客户端 share page --------------------------------------------------------
    def _wx(self) -> None:
        rng = self.rng
        styles = ["credits", "lead", "meta", "photo", "repost"] * 3
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2, seconds=False)
            ctx = context(rng, False)
            title = headline(rng, SIMP, ctx, self.used)
            blocks = self._blocks(SIMP, sizes[i], ctx, rng.choice([1, 1, 2, 3]), when)
            nm = names(rng, 7)
            authors: list[str] = []
            corr: list[str] = []
            if style == "credits":
                authors = nm[:2] if i % 2 else nm[:1]
                corr = nm[2:3]
            elif style == "lead":
                authors = nm[:1]
                self._first(blocks).text = (
                    f"临江融媒讯（记者 {nm[0]} 通讯员 {nm[2]}）" + self._first(blocks).text
                )
                corr = nm[2:3]
            elif style == "meta":
                authors = nm[:2]  # 记者 A 实习生 B in the meta line
            elif style == "photo":
                authors = nm[:1]  # 文字 A, 摄影 F
            editors = [nm[3]] if style == "repost" or i % 2 else [nm[3], nm[4]]
            aid = f"{rng.getrandbits(64):016x}"
            arts.append(
                Art(
                    "wx",
                    i,
                    f"/h5/detail/{aid}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "aid": aid,
                        "photog": nm[5],
                        "reviewer": nm[6],
                        "source": "新华社" if style == "repost" else "临江日报",
                        "ip": rng.choice(["浙江", "江西", "湖南", "安徽"]),
                        "reads": rng.randint(500, 100000),
                    },
                )
            )
        self.arts += arts
