# ruff: noqa: E501  (one style list per line, as the other sites keep them)
"""The sixty-second held-out site: 60 articles of one city's (滨海市) discipline-inspection,
people's congress, CPPCC and party-building sites — the 纪委监委网站, the 市人大常委会's 人大网,
the 市政协's site, the 组织部's 党建网 and the 市直机关工委's old ASP site in GB2312 — all Beijing
time, plus the pages that are no news (lists, 审查调查, 法规 texts, 提案, 委员风采, 专题, search,
organisation and 举报 pages, video), every page rendered in memory.

``Site62(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

OLD = {"jw": (3, 9), "rd": (2, 8), "zx": (4, 10), "dj": (3, 8), "gw": (5, 11)}
STYLES = {
    # 纪委监委: lead 网站讯 记者 X 通讯员 Y Z; closing (通讯员 Y Z) / (本网记者 X 通讯员 Y); 通报 (no one)
    "jw": [
        "lead",
        "tail_t",
        "notice",
        "tail_jt",
        "lead",
        "tail_t",
        "lead",
        "notice",
        "tail_jt",
        "tail_t",
        "lead",
        "notice",
    ],
    # 人大: 作者 person / two / office, or a 本网讯（记者 X 通讯员 Y） lead
    "rd": [
        "person",
        "lead",
        "office",
        "two",
        "person",
        "lead",
        "office",
        "person",
        "two",
        "lead",
        "person",
        "office",
    ],
    # 政协: 文/X 图/P line, 文/X Y, 作者 an office, 作者 通讯员 Y
    "zx": [
        "wen",
        "office",
        "wen2",
        "corr",
        "wen",
        "office",
        "wen2",
        "wen",
        "corr",
        "office",
        "wen",
        "wen2",
    ],
    # 党建网: 作者 X, 作者 本报记者 X Y, no 作者
    "dj": ["one", "two", "none", "one", "one", "two", "none", "one", "two", "one", "none", "one"],
    # 机关工委 (动易-style): 作者 X, X Y, an office, 佚名, 通讯员 Y
    "gw": [
        "one",
        "office",
        "anon",
        "two",
        "corr",
        "one",
        "office",
        "anon",
        "one",
        "two",
        "corr",
        "one",
    ],
}
RELATED = {
    "jw": [0, 1, 3, 4, 6, 10],
    "rd": [0, 2, 3, 5, 8, 11],
    "zx": [1, 2, 5, 7, 9],
    "dj": [0, 1, 3, 4, 6, 9, 11],
    "gw": [0, 2, 5, 6, 8, 10],
}
PRECISION = {"jw": "minute", "rd": "second", "zx": "minute", "dj": "minute", "gw": "day"}
NOTICE = [
    "据滨海市纪委监委消息：{unit}原党组成员、副局长{who}涉嫌严重违纪违法，目前正接受滨海市纪委监委纪律审查和监察调查。",
]


class Site62(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6262) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("jw", "rd", "zx", "dj", "gw"):
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
            prec = PRECISION[tpl]
            if tpl == "rd" and old:
                prec = "day"  # the 2019 人大 pages print the day only
            when = self._when(1 + i * 2 + rng.randint(0, 1), prec == "second", (7, 21), year)
            ctx = context(rng, tpl)
            nm = names(rng, 6)
            if style == "notice":
                title = f"{ctx['unit']}原党组成员、副局长{nm[5]}接受纪律审查和监察调查"
                self.used.add(title)
                blocks = [Block("p", NOTICE[0].format(unit=ctx["unit"], who=nm[5]))]
            else:
                title = self.pools.headline(rng, tpl, ctx, self.used)
                images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
                blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, old)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"]) if tpl != "zx" else ""
            aid = rng.randint(100_000, 999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, style),
                    title,
                    authors,
                    when,
                    prec,
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int, style: str) -> str:
        if tpl == "jw":
            folder = "scdc/zjsc" if style == "notice" else "yw"
            return f"/{folder}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "rd":
            return f"/rdxw/{when:%Y-%m}/{when:%d}/content_{aid}.htm"
        if tpl == "zx":
            return f"/zxyw/{when:%Y%m}/{aid * 7919:x}.shtml"
        if tpl == "dj":
            return f"/djw/{when:%Y/%m/%d}/ARTI{int(when.timestamp())}{aid}.shtml"
        return f"/Article/ShowArticle.asp?ArticleID={aid % 9000 + 1000}"

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int, old: bool
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        if tpl == "jw":
            editors = [] if old else [e]
            if style == "lead":
                self._lead(blocks, f"滨海市纪委监委网站讯 记者 {x} 通讯员 {y} {z} ")
                return [x], [y, z], editors
            if style == "tail_t":
                return [], [y, z], editors
            if style == "tail_jt":
                return [x], [y], editors
            return [], [], editors  # a 通报: the commission speaks
        if tpl == "rd":
            if style == "lead":
                self._lead(blocks, f"本网讯（记者 {x} 通讯员 {y}）")
                return [x], [y], [e]
            return {"person": [x], "two": [x, z]}.get(style, []), [], [e]
        if tpl == "zx":
            editors = [e]
            if style == "corr":
                return [], [y], editors
            return {"wen": [x], "wen2": [x, z]}.get(style, []), [], editors
        if tpl == "dj":
            return {"one": [x], "two": [x, z]}.get(style, []), [], [e]
        editors = [e] if i % 4 != 3 else []
        if style == "corr":
            return [], [y], editors
        return {"one": [x], "two": [x, z]}.get(style, []), [], editors


__all__ = ["BEIJING", "Site62"]
