"""The sixty-ninth held-out site: 60 articles of provincial media groups' new-media apps on the
web — 封面新闻 (``/detail/N``, a ``window.__INITIAL_STATE__`` copy), 川观新闻 (2019 pages from
四川在线 in GB2312), 极目新闻 (2019 pages from 楚天都市报 in GB2312), 潮新闻 share pages (a JSON
state copy; 2019 pages from 浙江新闻客户端) and 九派新闻 — all Beijing time, plus the portal's
pages that are no news (home, channel lists, 专题, tag, search, archive, video, about, contact).

``Site69(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

TPLS = ("fm", "cg", "jm", "cc", "jp")
OLD = {"fm": (4, 10), "cg": (2, 9), "jm": (3, 8), "cc": (5, 11), "jp": (1, 7)}
# byline styles per page (see the package docstring)
STYLES = {
    "fm": [
        "one",
        "two",
        "intern",
        "one",
        "one",
        "two",
        "one",
        "intern",
        "two",
        "one",
        "one",
        "two",
    ],
    "cg": [
        "line",
        "lead",
        "line2",
        "line",
        "lead",
        "line2",
        "lead",
        "line",
        "lead",
        "line2",
        "line",
        "lead",
    ],
    "jm": ["jt", "one", "jtt", "jt", "two", "one", "jt", "jtt", "jt", "two", "one", "jt"],
    "cc": ["jt", "one", "two", "jt", "office", "one", "jt", "two", "one", "office", "jt", "one"],
    "jp": [
        "one",
        "trainee",
        "two",
        "comp",
        "one",
        "one",
        "trainee",
        "comp",
        "two",
        "one",
        "one",
        "two",
    ],
}
RELATED = {
    "fm": [0, 2, 5, 7, 9, 11],
    "cg": [1, 3, 4, 8, 10],
    "jm": [0, 1, 4, 6, 9, 11],
    "cc": [],
    "jp": [0, 2, 3, 6, 8, 10],
}
PRECISION = {"fm": "minute", "cg": "second", "jm": "minute", "cc": "minute", "jp": "second"}


class Site69(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6969) -> None:
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
            year = 2019 if old else 2024
            precision = PRECISION[tpl]
            if old and tpl == "jm":
                precision = "second"  # 楚天都市报 printed seconds
            if old and tpl == "cc":
                precision = "day" if i == OLD["cc"][1] else "minute"
            when = self._when(1 + i * 2 + rng.randint(0, 1), True, (7, 22), year, BEIJING)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 7)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, old)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", self._photo_credit(tpl, nm, old)])
            aid = rng.randint(1_000_000, 9_999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, old),
                    title,
                    authors,
                    when,
                    precision,
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
    def _path(tpl: str, when: Any, aid: int, old: bool) -> str:
        if tpl == "fm":
            return f"/detail/{aid}"
        if tpl == "cg":
            return f"/sczx/system/{when:%Y/%m/%d}/0{aid}.shtml" if old else f"/cg/news/{aid}"
        if tpl == "jm":
            return f"/c1716_{when:%Y%m}/{aid}.html"
        if tpl == "cc":
            return f"/share/news.html?id={aid}"
        return f"/jp/{when:%Y%m%d}/{aid}.html"

    @staticmethod
    def _photo_credit(tpl: str, nm: list[str], old: bool) -> str:
        p = nm[6]
        return {
            "fm": f"（封面新闻记者 {p} 摄）",
            "cg": f"（四川在线记者 {p} 摄）" if old else f"川观新闻记者 {p} 摄",
            "jm": f"（楚天都市报记者 {p} 摄）" if old else f"（极目新闻记者 {p} 摄）",
            "cc": f"（图片由{p}提供）" if old else f"潮新闻客户端 记者 {p} 摄",
            "jp": "（图/视觉中国）" if old else f"（九派新闻记者 {p} 摄）",
        }[tpl]

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int, old: bool
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors); leads are written into the text."""
        x, y, z, e, e2 = nm[0], nm[1], nm[2], nm[3], nm[4]
        if tpl == "fm":
            authors = {"one": [x], "two": [x, z], "intern": [x, z]}[style]
            return authors, [], [e]
        if tpl == "cg":
            editors = [e] + ([e2] if i % 3 == 0 else [])
            if style == "lead":
                paper = "四川在线" if old else "川观新闻"
                self._lead(blocks, f"{paper}讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            return ([x, z] if style == "line2" else [x]), [], editors
        if tpl == "jm":
            editors = [e]
            if style == "jt":
                return [x], [y], editors
            if style == "jtt":
                return [x], [y, z], editors
            return ([x, z] if style == "two" else [x]), [], editors
        if tpl == "cc":
            editors = [e] if i % 4 != 3 else []
            if style == "jt":
                return [x], [y], editors
            if style == "office":
                return [], [], editors
            return ([x, z] if style == "two" else [x]), [], editors
        editors = [e] if i % 5 != 4 else []
        if style == "comp":
            return [], [], editors
        return ([x, z] if style == "two" else [x]), [], editors


__all__ = ["BEIJING", "Site69"]
