"""The sixty-sixth held-out site: 60 articles of one county (安平县)'s small, broken sites — the
county news site in GBK (a charset conflict, anti-copy spans), a wire-mesh maker's 企业新闻
(UTF-8 with a BOM, Word-pasted ``<font>``/``<span>`` runs, a 100 KB JSON blob, a ``<noscript>``
copy), a DIY PHP town site (unclosed tags, ``<br><br>`` paragraphs, two ``<html>`` roots, an
empty ``<title>``), a Discuz!-style 论坛门户 in GBK (jammer spans, an old story in a comment) and
an old ASP site in GB2312 (nested ``<font>`` tables, a huge inline script) — all Beijing time,
plus the pages that are no news, every page rendered in memory.

``Site66(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

TPLS = ("xw", "qy", "diy", "lt", "asp")
OLD = {"xw": (3, 9), "qy": (4, 10), "diy": (2, 8), "lt": (5, 11), "asp": (3, 7)}
STYLES = {
    "xw": [
        "person",
        "lead",
        "two",
        "office",
        "person",
        "lead",
        "person",
        "two",
        "office",
        "lead",
        "person",
        "two",
    ],
    "qy": [
        "wen",
        "office",
        "zg",
        "two",
        "wen",
        "zg",
        "office",
        "wen",
        "two",
        "zg",
        "wen",
        "office",
    ],
    "diy": [
        "person",
        "admin",
        "none",
        "two",
        "person",
        "admin",
        "person",
        "none",
        "two",
        "person",
        "admin",
        "person",
    ],
    "lt": [
        "orig",
        "lead",
        "none",
        "orig",
        "lead2",
        "orig",
        "lead",
        "none",
        "orig",
        "lead2",
        "orig",
        "lead",
    ],
    "asp": [
        "jt",
        "lead",
        "anon",
        "person",
        "jt",
        "lead",
        "person",
        "anon",
        "jt",
        "lead",
        "person",
        "jt",
    ],
}
RELATED = {
    "xw": [0, 2, 4, 7, 10],
    "qy": [1, 3, 6, 9],
    "diy": [],
    "lt": [0, 3, 5, 8, 11],
    "asp": [1, 2, 6, 9, 10],
}
PRECISION = {"xw": "second", "qy": "minute", "diy": "day", "lt": "minute", "asp": "second"}
OFFICES = ["县融媒体中心", "县委宣传部", "县农业农村局", "县文明办"]


class Site66(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6666) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
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
            seconds = PRECISION[tpl] == "second"
            when = self._when(
                1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), 2019 if old else 2024
            )
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"]) if tpl != "diy" else ""
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
        if tpl == "xw":
            return f"/news/{when:%Y-%m}/{when:%d}/content_{aid}.htm"
        if tpl == "qy":
            return f"/qiye/news/{aid}.html"
        if tpl == "diy":
            return f"/show.php?id={aid}"
        if tpl == "lt":
            return f"/portal.php?mod=view&aid={aid}"
        return f"/Article/ShowArticle.asp?ArticleID={aid}"

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        if tpl == "xw":
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], [e]
            return {"person": [x], "two": [x, z]}.get(style, []), [], [e]
        if tpl == "qy":
            if style == "zg":
                return [x], [], [e]
            return {"wen": [x], "two": [x, z]}.get(style, []), [], []
        if tpl == "diy":
            return {"person": [x], "two": [x, z]}.get(style, []), [], []
        if tpl == "lt":
            editors = [e] if i % 3 != 1 else []
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x}）")
                return [x], [], editors
            if style == "lead2":
                self._lead(blocks, f"本报讯（记者 {x} {z} 通讯员 {y}）")
                return [x, z], [y], editors
            return ([x] if style == "orig" else []), [], editors
        editors = [e] if i % 4 != 2 else []
        if style == "lead":
            self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
            return [x], [y], editors
        if style == "jt":
            return [x], [y], editors
        return ([x] if style == "person" else []), [], editors


__all__ = ["BEIJING", "OFFICES", "Site66"]
