"""The sixty-fourth held-out site: 60 articles of Chinese financial news — 证券时报·e公司,
东方财富网 财经, 中国证券报·中证网 (2019 pages in GBK), 财联社 电报 and 新浪财经 — all Beijing
time, plus the pages that are no news (home, lists, 7x24 电报 feed, 股吧, 专题, search, data
center, about), every page rendered in memory.

``Site64(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import COMPANIES, POOLS, SUBHEADS, context, names

TPLS = ("stcn", "em", "cs", "cls", "sina")
OLD = {"stcn": (4, 10), "em": (3, 9), "cs": (2, 7), "cls": (5, 11), "sina": (3, 8)}
STYLES = {
    # stcn: byline paragraph "证券时报记者 X" / "证券时报·e公司记者 X Y" / none (e公司讯 lead only)
    "stcn": ["one", "two", "none", "one", "one", "two", "none", "one", "two", "one", "none", "one"],
    # em: 作者 in the info line, or only 文章来源 (a reprint), or a reporter lead in the text
    "em": [
        "src",
        "author",
        "src",
        "lead",
        "author",
        "src",
        "lead",
        "author",
        "src",
        "two",
        "src",
        "author",
    ],
    # cs: 中证网讯（记者 X） / （记者 X Y） leads, 作者 line only, or a desk as 作者
    "cs": [
        "lead",
        "lead2",
        "author",
        "lead",
        "desk",
        "lead",
        "author",
        "lead2",
        "lead",
        "desk",
        "author",
        "lead",
    ],
    # cls: 财联社5月8日电, with （记者 X） on some
    "cls": [
        "plain",
        "rep",
        "plain",
        "plain",
        "rep",
        "plain",
        "rep",
        "plain",
        "plain",
        "rep",
        "plain",
        "plain",
    ],
    # sina: a reprint (来源 only), or 作者 / 记者 X named in the text's first line
    "sina": [
        "src",
        "author",
        "byline",
        "src",
        "author",
        "src",
        "byline",
        "author",
        "src",
        "byline",
        "author",
        "src",
    ],
}
RELATED = {
    "stcn": [0, 2, 5, 7, 9],
    "em": [1, 3, 4, 8, 10],
    "cs": [0, 3, 6, 8, 11],
    "cls": [],
    "sina": [0, 1, 4, 6, 9, 10],
}
PRECISION = {"stcn": "minute", "em": "second", "cs": "minute", "cls": "second", "sina": "minute"}
TABLES = {"stcn": (1, 8), "em": (2, 6, 11), "cs": (4,), "sina": (5, 10)}


class Site64(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6464) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
            self._channel(tpl)

    def _headline(self, tpl: str) -> tuple[str, dict[str, str]]:
        while True:
            ctx = context(self.rng)
            try:
                return self.pools.headline(self.rng, tpl, ctx, self.used), ctx
            except RuntimeError:
                continue

    def _table(self, ctx: dict[str, str]) -> list[Block]:
        """A table of numbers inside the story (body: one block per row, cells space-joined)."""
        rng = self.rng
        rows = [Block("tr", "证券代码 证券简称 收盘价（元） 涨跌幅（%） 成交额（亿元）")]
        for co, code in rng.sample(COMPANIES, rng.randint(3, 5)):
            rows.append(
                Block(
                    "tr",
                    f"{code} {co} {rng.uniform(8, 300):.2f} {rng.uniform(-5, 10):.2f} "
                    f"{rng.uniform(1, 60):.2f}",
                )
            )
        return rows

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes() if tpl != "cls" else ["brief"] * 12
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            year = 2019 if old else 2024
            seconds = PRECISION[tpl] == "second"
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
            title, ctx = self._headline(tpl)
            if tpl == "cls":
                n = rng.choice([1, 1, 2])
                blocks = [Block("p", p) for p in self.pools.paragraphs(rng, tpl, n, ctx)]
            else:
                images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
                blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            if i in TABLES.get(tpl, ()) and len(blocks) >= 2:
                at = len(blocks) // 2
                blocks[at:at] = [Block("p", "相关个股表现如下："), *self._table(ctx)]
            nm = names(rng, 6)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, when, title, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（图片来源：公司官网）", "（资料图）"])
            aid = rng.randint(1_000_000, 9_999_999)
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
            a.related = [b.path for b in rng.sample(others, rng.randint(3, 5))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int) -> str:
        if tpl == "stcn":
            return f"/article/detail/{aid}.html"
        if tpl == "em":
            return f"/a/{when:%Y%m%d}{aid}{aid % 997:03d}.html"
        if tpl == "cs":
            return f"/ssgs/gsxw/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "cls":
            return f"/detail/{aid}"
        return f"/roll/{when:%Y-%m-%d}/doc-ina{aid:x}x{aid % 89:02d}.shtml"

    def _credits(
        self,
        tpl: str,
        style: str,
        nm: list[str],
        blocks: list[Block],
        when: Any,
        title: str,
        i: int,
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors); leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        first = self._first(blocks)
        md = self._md(when)
        if tpl == "stcn":
            if style == "none" or i % 4 == 3:
                first.text = f"证券时报·e公司讯，{first.text}"
            return {"one": [x], "two": [x, z]}.get(style, []), [], [e]
        if tpl == "em":
            editors = [e] if i % 3 != 2 else []
            if style == "lead":
                first.text = f"本报讯（记者 {x} 通讯员 {y}）{first.text}"
                return [x], [y], editors
            return {"author": [x], "two": [x, z]}.get(style, []), [], editors
        if tpl == "cs":
            if style == "lead":
                first.text = f"中证网讯（记者 {x}）{first.text}"
                return [x], [], [e]
            if style == "lead2":
                first.text = f"中证网讯（记者 {x} {z}）{first.text}"
                return [x, z], [], [e]
            return ([x] if style == "author" else []), [], [e]
        if tpl == "cls":
            head = f"【{title}】"
            if style == "rep":
                first.text = f"{head}财联社{md}电（记者 {x}），{first.text}"
                return [x], [], []
            first.text = f"{head}财联社{md}电，{first.text}"
            return [], [], []
        # sina
        if style == "byline":  # a "中国经营报记者 X 北京报道" line above the text
            return [x], [], [e]
        return ([x] if style == "author" else []), [], [e]


__all__ = ["BEIJING", "Site64"]
