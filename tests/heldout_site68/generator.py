"""The sixty-eighth held-out site: 60 articles of Chinese university and research-institute news —
a university 新闻网 on Drupal, a 职业技术学院 on 帝国CMS in GBK, a 中科院 institute on the ARP
portal, a 中学 on a school CMS and the university's English news site — all Beijing time, plus
the pages that are no news (lists, 专题, tag, search, about, leaders, video), rendered in memory.

``Site68(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

OLD = {"dx": (3, 9), "zy": (2, 8), "ky": (4, 10), "zx": (5, 11), "en": (3, 8)}
STYLES = {
    "dx": [
        "full",
        "lead",
        "unit",
        "two",
        "full",
        "wen",
        "lead",
        "full",
        "unit",
        "two",
        "wen",
        "full",
    ],
    "zy": [
        "person",
        "office",
        "lead",
        "two",
        "person",
        "office",
        "person",
        "lead",
        "office",
        "two",
        "person",
        "office",
    ],
    "ky": [
        "none",
        "author",
        "none",
        "two",
        "none",
        "author",
        "none",
        "none",
        "author",
        "two",
        "none",
        "author",
    ],
    "zx": [
        "office",
        "teacher",
        "office_person",
        "office",
        "two",
        "teacher",
        "office",
        "office_person",
        "teacher",
        "office",
        "two",
        "teacher",
    ],
    "en": ["top", "end", "two", "none", "top", "end", "top", "two", "none", "end", "top", "two"],
}
RELATED = {
    "dx": [0, 1, 4, 6, 7, 10],
    "zy": [1, 3, 5, 8, 11],
    "ky": [],
    "zx": [0, 2, 6, 9],
    "en": [0, 2, 4, 7, 9],
}
PRECISION = {"dx": "minute", "zy": "second", "ky": "day", "zx": "second", "en": "day"}


class Site68(GenSite):
    modules = (templates, pages)
    pools = POOLS["dx"]
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6868) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("dx", "zy", "ky", "zx", "en"):
            self._channel(tpl)

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        self.pools = POOLS[tpl]
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            year = 2019 if old else 2024
            seconds = PRECISION[tpl] == "second"
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (8, 21), year, BEIJING)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6, "en" if tpl == "en" else "zh")
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm)
            aid = rng.randint(10_000, 99_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid),
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
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int) -> str:
        if tpl == "dx":
            return f"/node/{aid}"
        if tpl == "zy":
            return f"/news/xyxw/{when:%Y-%m-%d}/{aid}.html"
        if tpl == "ky":
            return f"/xwdt/kyjz/{when:%Y%m}/t{when:%Y%m%d}_{aid * 100 + 17}.html"
        if tpl == "zx":
            return f"/Article/ShowArticle.asp?ArticleID={aid}"
        return f"/en/info/1245/{aid}.htm"

    def _photo_credit(self, tpl: str, nm: list[str]) -> str:
        """A picture's own credit, beside its caption (the 摄影 of a 供稿 line is no picture's)."""
        p = nm[5]
        return self.rng.choice(
            {
                "dx": ["", ""],
                "zy": ["", f"（{p} 摄）"],
                "ky": ["", "（图片来源：研究组）"],
                "zx": ["", f"（{p} 摄）"],
                "en": ["", f"[Photo by {p}]"],
            }[tpl]
        )

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        if tpl == "dx":
            editors = [e] if i % 4 != 3 else []
            if style == "lead":
                self._lead(blocks, f"本网讯（通讯员 {y} 记者 {x}）")
                return [x], [y], editors
            return {"full": [x], "two": [x, z], "wen": [x], "unit": []}[style], [], editors
        if tpl == "zy":
            editors = [e] if i % 3 != 2 else []
            if style == "lead":
                self._lead(blocks, f"本网讯（通讯员 {y}）")
                return [], [y], editors
            return {"person": [x], "two": [x, z], "office": []}[style], [], editors
        if tpl == "ky":
            return {"none": [], "author": [x], "two": [x, z]}[style], [], []
        if tpl == "zx":
            authors = {"office": [], "teacher": [x], "office_person": [x], "two": [x, z]}[style]
            return authors, [], ([e] if i % 3 == 1 else [])
        authors = {"top": [x], "end": [x], "two": [x, z], "none": []}[style]
        return authors, [], ([e] if i % 4 != 3 else [])


__all__ = ["BEIJING", "Site68"]
