"""The seventieth held-out site: 60 articles of five Chinese-language papers of Southeast Asia —
星洲日报 and 南洋商报 (Malaysia, +08:00), 光华日报 (Penang, +08:00), 国际日报 (Jakarta, WIB +07:00,
its 2019 pages in GB2312) and 星暹日报 (Bangkok, +07:00) — plus the pages that are no news (home,
section lists, tag, search, 专题, video, about, contact), every page rendered in memory.

``Site70(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

ZONES = {
    "sc": ZoneInfo("Asia/Kuala_Lumpur"),
    "ny": ZoneInfo("Asia/Kuala_Lumpur"),
    "kw": ZoneInfo("Asia/Kuala_Lumpur"),
    "id": ZoneInfo("Asia/Jakarta"),
    "th": ZoneInfo("Asia/Bangkok"),
}
OLD = {"sc": (4, 9), "ny": (2, 10), "kw": (3, 8), "id": (5, 11), "th": (1, 7)}
STYLES = {
    "sc": ["by", "by_ph", "two", "by", "none", "by_ph", "by", "two", "none", "by", "by_ph", "by"],
    "ny": ["by", "wen", "two", "office", "by", "by", "wen", "office", "two", "by", "by", "wen"],
    "kw": [
        "by_ph",
        "by",
        "office",
        "by_ph",
        "two",
        "by",
        "office",
        "by_ph",
        "by",
        "two",
        "by",
        "by_ph",
    ],
    "id": [
        "lead",
        "lead_t",
        "office",
        "two",
        "lead",
        "lead_t",
        "lead",
        "office",
        "two",
        "lead_t",
        "lead",
        "office",
    ],
    "th": [
        "byline",
        "lead",
        "two",
        "byline",
        "lead",
        "byline",
        "two",
        "byline",
        "lead",
        "byline",
        "two",
        "lead",
    ],
}
RELATED = {
    "sc": [0, 1, 3, 5, 7, 10],
    "ny": [0, 2, 4, 6, 9, 11],
    "kw": [1, 2, 4, 7, 10],
    "id": [0, 3, 5, 6, 9],
    "th": [0, 2, 3, 8, 10, 11],
}


class Site70(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 7070) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("sc", "ny", "kw", "id", "th"):
            self._paper(tpl)

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _paper(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            year = 2019 if old else 2024
            seconds = tpl == "id"
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, ZONES[tpl])
            precision = "second" if seconds else "minute"
            if tpl == "th" and old:
                precision = "day"
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, ctx, when)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(CREDITS[tpl]).format(p=nm[5])
            aid = rng.randint(1_000_000, 9_999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid),
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
    def _path(tpl: str, when: Any, aid: int) -> str:
        if tpl == "sc":
            return f"/news/{when:%Y%m%d}/nation/{aid}"
        if tpl == "ny":
            return f"/latest/{when:%Y/%m/%d}/{aid}"
        if tpl == "kw":
            return f"/{when:%Y%m%d}/{aid % 1_000_000}/"
        if tpl == "id":
            return f"/shtml/gjrb/{when:%Y%m%d}/{aid}.shtml"
        return f"/archives/{aid % 1_000_000}"

    def _credits(
        self,
        tpl: str,
        style: str,
        nm: list[str],
        blocks: list[Block],
        i: int,
        ctx: dict[str, str],
        when: Any,
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors); datelines and leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        city, day = ctx["city"], when.day
        if tpl == "sc":
            self._lead(blocks, f"（{city}{day}日讯）")
            return {"by": [x], "by_ph": [x], "two": [x, z]}.get(style, []), [], []
        if tpl == "ny":
            if i % 2 == 0:
                self._lead(blocks, f"（{city}{day}日讯）")
            editors = [e] if i % 4 != 3 else []
            return {"by": [x], "wen": [x], "two": [x, z]}.get(style, []), [], editors
        if tpl == "kw":
            self._lead(blocks, f"（{city}{day}日讯）")
            return {"by": [x], "by_ph": [x], "two": [x, z]}.get(style, []), [], []
        if tpl == "id":
            if style == "lead":
                self._lead(blocks, f"本报{city}讯（记者 {x}）")
                return [x], [], [e]
            if style == "lead_t":
                self._lead(blocks, f"本报{city}讯（记者 {x} 通讯员 {y}）")
                return [x], [y], [e]
            if style == "two":
                self._lead(blocks, f"本报{city}讯（记者 {x}、{z}）")
                return [x, z], [], [e]
            self._lead(blocks, "【本报讯】")
            return [], [], [e]
        # th
        if style == "lead":
            self._lead(blocks, f"【{city}讯】")
            return [], [], [e]
        self._lead(blocks, f"（{city}讯）")
        return {"byline": [x], "two": [x, z]}[style], [], [e]


CREDITS = {
    "sc": ["（摄影：{p}）", "（图：星洲日报）", "（档案照）"],
    "ny": ["（图：南洋商报）", "（摄影：{p}）"],
    "kw": ["（图：{p}摄）", "（图：光华日报）"],
    "id": ["（{p} 摄）", "（图片来源：网络）"],
    "th": ["（图：{p}）", "（星暹日报图）"],
}

__all__ = ["Site70"]
