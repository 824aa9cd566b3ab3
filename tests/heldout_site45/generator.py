"""The forty-fifth held-out site: 60 articles over five Chinese corporate-news sources (a
press-release wire, a GBK enterprise channel, a portal's enterprise channel, a listed maker's
investor-relations news and a securities daily's company pages), all Beijing time, every page
rendered in memory.

``Site45(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names


class Site45(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (13, 20)

    def __init__(self, seed: int = 4545) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._pr()
        self._fb()
        self._zh()
        self._ir()
        self._zq()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, old: bool, seconds: bool = True
    ) -> dict[str, Any]:
        rng = self.rng
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
        while True:
            ctx = context(rng, tpl, year)
            title = fill(rng, rng.choice(HEAD[tpl]), ctx)
            if title not in self.used:
                self.used.add(title)
                break
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
        blocks = self._blocks(tpl, size, ctx, images, when, None)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 6)}

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        for i in who:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in self.rng.sample(others, self.rng.randint(*k))]

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    # --- 1. 美通社 (prnasia.com/story/445123-1.shtml) -------------------------------------------
    def _pr(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            old = i in (3, 9)
            d = self._story("pr", i, sizes[i], old, seconds=False)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"图片来源：{ctx['short']}"])
            city = ctx["city"]
            day = when.replace(day=max(1, when.day - rng.choice([0, 0, 1])))
            dl = f"{city}{day.year}年{day.month}月{day.day}日{'电' if old else ''} /美通社/ -- "
            self._lead(blocks, dl)
            if i % 3 != 2 and sizes[i] != "brief":  # the release's own 关于 paragraph
                blocks += [
                    Block("h", f"关于{ctx['short']}"),
                    Block(
                        "p",
                        f"{ctx['co']}成立于{rng.randint(1998, 2015)}年，总部位于{city}，"
                        f"专注于{ctx['prod']}的研发、生产与销售，业务覆盖全球多个国家和地区。",
                    ),
                ]
            sid = (240_000 if old else 445_000) + i * 311 + rng.randint(0, 300)
            arts.append(
                Art(
                    "pr",
                    i,
                    f"/story/{sid}-{rng.choice([1, 1, 2])}.shtml",
                    d["title"],
                    [],
                    when,
                    "minute",
                    blocks,
                    x={"old": old, "ctx": ctx, "nm": nm, "id": sid, "contact": i % 4 != 1},
                )
            )
        self._relate(arts, [0, 1, 2, 4, 6, 7, 10], (2, 3))
        self.arts += arts

    # --- 2. 中国新闻发布网-style 企业频道 in GBK (/qiye/2024/0508/12345.html) -------------------
    def _fb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "yiming",
            "blank",
            "person",
            "yiming",
            "two",
            "person",
            "blank",
            "outlet",
            "yiming",
            "person",
            "blank",
            "two",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 7)
            d = self._story("fb", i, sizes[i], old)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:  # supplied pictures: most carry no caption at all
                if b.kind == "img" and rng.random() < 0.6:
                    b.text = ""
            authors = {"person": nm[:1], "two": nm[:2], "outlet": nm[:1]}.get(style, [])
            editors = [nm[4]] if i % 3 != 1 else []
            aid = 30_000 + i * 713 + rng.randint(0, 700)
            arts.append(
                Art(
                    "fb",
                    i,
                    f"/qiye/{when:%Y}/{when:%m%d}/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 1, 3, 4, 5, 8, 9, 11], (3, 5))
        self.arts += arts

    # --- 3. 中华网 企业 (tech.china.com/article/20240508/052024_1512345.html) ------------------
    def _zh(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            old = i in (5, 10)
            d = self._story("zh", i, sizes[i], old)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（图片由企业提供）"])
            author = i % 4 == 2  # 作者 printed on a few
            aid = 1_510_000 + i * 977 + rng.randint(0, 900)
            arts.append(
                Art(
                    "zh",
                    i,
                    f"/article/{when:%Y%m%d}/{when:%m%Y}_{aid}.html",
                    d["title"],
                    nm[:1] if author else [],
                    when,
                    "second",
                    blocks,
                    editors=[nm[3]],
                    x={
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "id": aid,
                        "author": author,
                        "qc": i % 3 == 0,
                    },
                )
            )
        self._relate(arts, [0, 2, 3, 6, 7, 8, 11], (2, 4))
        self.arts += arts

    # --- 4. 云岭精工 投资者关系 / 公司新闻 (/news/show.aspx?id=1789) ------------------------------
    def _ir(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "brand",
            "person",
            "brand",
            "unit_person",
            "board",
            "brand",
            "person",
            "sec",
            "brand",
            "unit_person",
            "board",
            "person",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (1, 8)
            d = self._story("ir", i, sizes[i], old, seconds=False)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.text = "图为" + b.text if rng.random() < 0.5 else b.text
                    b.credit = rng.choice(["", f"（摄影：{nm[5]}）"])
            authors = {"person": nm[:1], "unit_person": nm[:1]}.get(style, [])
            nid = 1200 + i * 53 + rng.randint(0, 50)
            pdf = i % 3 != 1
            arts.append(
                Art(
                    "ir",
                    i,
                    f"/news/show.aspx?id={nid}",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": nid, "pdf": pdf},
                )
            )
        self._relate(arts, [0, 2, 3, 4, 6, 9, 10], (2, 4))
        self.arts += arts

    # --- 5. 证券日报网 公司 (/gscy/gongsi/2024-05-08/A1715131234567.html) ----------------------
    def _zq(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "bj_jx",
            "bj",
            "bj_two",
            "bj_jx",
            "jx",
            "bj",
            "bj_jx",
            "bj_two",
            "bj",
            "bj_jx",
            "bj",
            "none",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            d = self._story("zq", i, sizes[i], old, seconds=False)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            authors = {"bj_jx": nm[:2], "bj": nm[:1], "bj_two": nm[:2], "jx": nm[1:2]}.get(
                style, []
            )
            if style == "none":
                self._lead(blocks, f"{ctx['month']}月{when.day - 1 or 1}日晚间，")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{nm[0]}/摄"])
            editors = [nm[4]] + ([nm[5]] if i % 3 != 0 else [])
            aid = f"A{int(when.timestamp())}{rng.randint(100, 999)}"
            arts.append(
                Art(
                    "zq",
                    i,
                    f"/gscy/gongsi/{when:%Y-%m-%d}/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 1, 2, 3, 5, 6, 7, 9], (2, 4))
        self.arts += arts


__all__ = ["BEIJING", "Site45"]
