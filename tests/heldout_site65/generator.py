"""The sixty-fifth held-out site: 60 articles of a Chinese sports and entertainment portal — a
新浪体育-style page (2019 pages in GB2312), a 腾讯体育-style SPA share page (the story in a
``window.DATA`` script and a server-rendered copy), a 虎扑-style news page, a 直播吧-style news page
and an 娱乐 channel (2019 pages in GBK) — all Beijing time, plus the pages that are no news
(文字直播, 比分/赛程, 图集, team pages, lists, tag, search, 专题, video, about), every page
rendered in memory.

``Site65(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .common import names
from .pools import POOLS, SUBHEADS, context

OLD = {"xl": (3, 9), "qq": (2, 8), "hp": (5, 10), "zb": (4, 11), "yl": (1, 7)}
STYLES = {
    # 新浪: 新浪体育讯 lead alone, a 记者 lead, a "文/X" line, two 记者 in the lead
    "xl": ["xunl", "jz", "wen", "xunl", "jz2", "wen", "xunl", "jz", "wen", "jz2", "xunl", "jz"],
    # 腾讯: 作者 named in the data and the copy, none (腾讯体育), two authors, 特约记者 lead
    "qq": ["one", "none", "two", "tyjz", "one", "none", "one", "two", "tyjz", "none", "one", "one"],
    # 虎扑: 作者 + 编辑, 编辑 only, 作者 only
    "hp": ["both", "ed", "both", "au", "ed", "both", "ed", "au", "both", "ed", "both", "au"],
    # 直播吧: 直播吧讯 lead + 来源, 记者 lead, 文/X line
    "zb": ["src", "src", "wen", "src", "jz", "src", "wen", "src", "src", "jz", "src", "wen"],
    # 娱乐: 文/X 图/Y line, 作者：X, 记者 X 通讯员 Y lead, office 作者 (娱乐频道), none
    "yl": ["wentu", "au", "lead", "office", "wentu", "au",
           "none", "lead", "wentu", "au", "office", "wentu"],
}  # fmt: skip
RELATED = {
    "xl": [0, 1, 3, 5, 6, 8, 10],
    "qq": [0, 2, 4, 6, 9, 11],
    "hp": [1, 2, 5, 7, 10],
    "zb": [0, 1, 3, 6, 8, 11],
    "yl": [0, 2, 4, 5, 9, 10],
}
PRECISION = {"xl": "minute", "qq": "second", "hp": "second", "zb": "second", "yl": "minute"}


class Site65(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6565) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("xl", "qq", "hp", "zb", "yl"):
            self._channel(tpl)

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            year = 2019 if old else 2024
            seconds = PRECISION[tpl] == "second"
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 23), year, BEIJING)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            if tpl == "yl" and images == 0:
                images = 1  # the 娱乐 channel always runs a picture
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, when)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm, i)
            aid = rng.randint(1_000_000, 9_999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, i),
                    title,
                    authors,
                    when,
                    PRECISION[tpl],
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 5))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int, i: int) -> str:
        if tpl == "xl":
            sec = ["nba", "cba", "basketball"][i % 3]
            return f"/{sec}/{when:%Y-%m-%d}/doc-inax{aid:x}{i:02d}.shtml"
        if tpl == "qq":
            if when.year == 2019:
                return f"/omn/{when:%Y%m%d}/{when:%Y%m%d}A0{aid:X}00.html"
            return f"/rain/a/{when:%Y%m%d}A0{aid:X}00"
        if tpl == "hp":
            return f"/voice/{['nba', 'cba'][i % 2]}/{aid}.html"
        if tpl == "zb":
            return f"/news/{['zuqiu', 'lanqiu'][i % 4 == 3]}/{when:%Y-%m-%d}/{aid}.htm"
        return f"/ent/{when:%Y}/{when:%m%d}/{aid % 100000}.html"

    def _photo_credit(self, tpl: str, nm: list[str], i: int) -> str:
        p = nm[5]
        return {
            "xl": ["（图片来源：视觉中国）", "", f"（图/{p}）"],
            "qq": ["", "（图片来源：Getty Images）"],
            "hp": ["", ""],
            "zb": ["", "（图片来源：网络）"],
            "yl": [f"（图/{p}）", "（图片来源：片方供图）", f"（{p} 摄）"],
        }[tpl][i % {"xl": 3, "qq": 2, "hp": 2, "zb": 2, "yl": 3}[tpl]]

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int, when: Any
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        md = self._md(when)
        if tpl == "xl":
            editors = [e] if i % 4 != 2 else []
            if style == "xunl":
                self._lead(blocks, f"新浪体育讯　北京时间{md}，")
                return [], [], editors
            if style == "jz":
                self._lead(blocks, f"新浪体育讯（记者 {x}）")
                return [x], [], editors
            if style == "jz2":
                self._lead(blocks, f"新浪体育讯（记者 {x} {z}）北京时间{md}，")
                return [x, z], [], editors
            return [x], [], editors  # 文/X line above the text
        if tpl == "qq":
            if style == "tyjz":
                self._lead(blocks, f"腾讯体育{md}讯（特约记者 {x}）")
                return [x], [], []
            return {"one": [x], "two": [x, z]}.get(style, []), [], []
        if tpl == "hp":
            self._lead(blocks, f"虎扑{md}讯 ")
            return {"both": [x], "au": [x]}.get(style, []), [], ([e] if style != "au" else [])
        if tpl == "zb":
            editors = [e] if i % 3 != 1 else []
            if style == "jz":
                self._lead(blocks, f"直播吧{md}讯（记者 {x}）")
                return [x], [], editors
            self._lead(blocks, f"直播吧{md}讯 ")
            return ([x] if style == "wen" else []), [], editors
        editors = [e]
        if style == "lead":
            self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
            return [x], [y], editors
        return {"wentu": [x], "au": [x]}.get(style, []), [], editors


__all__ = ["BEIJING", "Site65"]
