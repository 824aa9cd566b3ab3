"""The fifty-eighth held-out site: 60 articles of one district (滨海市清河区) — the 区政府网's
新闻中心 (UTF-8), a 街道 channel on an older CMS in GBK, the 区融媒体中心's news site, the
conversion service's 繁體 mirror in Big5 and the English mirror — all Beijing time, plus the
district portal's pages that are no news (lists, 往期 calendar, 专题, tag, search, 领导, 信息公开,
视频), every page rendered in memory.

``Site58(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

OLD = {"zf": (3, 9), "jd": (2, 8), "rm": (5, 11), "tw": (4, 10), "en": (3, 8)}
STYLES = {
    "zf": [
        "person",
        "lead",
        "office",
        "two",
        "person",
        "office",
        "lead",
        "person",
        "office",
        "two",
        "lead",
        "person",
    ],
    "jd": [
        "office",
        "person",
        "lead_t",
        "person",
        "office",
        "lead_t",
        "two",
        "office",
        "person",
        "lead_t",
        "office",
        "person",
    ],
    "rm": [
        "lead_jt",
        "byline_two",
        "lead_two",
        "byline_jt",
        "lead_j",
        "byline",
        "lead_jt",
        "byline_two",
        "lead_two",
        "byline_jt",
        "lead_jt",
        "byline",
    ],
    "tw": [
        "person",
        "lead",
        "office",
        "lead2",
        "person",
        "lead",
        "office",
        "person",
        "lead",
        "lead2",
        "person",
        "office",
    ],
    "en": ["one", "two", "none", "one", "two", "one", "none", "one", "two", "one", "one", "none"],
}
RELATED = {
    "zf": [0, 1, 4, 6, 7, 10],
    "jd": [1, 3, 5, 8, 11],
    "rm": [0, 2, 3, 6, 7, 9, 10],
    "tw": [0, 1, 5, 8, 11],
    "en": [0, 2, 4, 7, 9],
}
PRECISION = {"zf": "minute", "jd": "second", "rm": "second", "tw": "minute", "en": "minute"}


class Site58(GenSite):
    modules = (templates, pages)
    pools = POOLS["zf"]
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5858) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("zf", "jd", "rm", "tw", "en"):
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
            self.pools = POOLS[tpl]
            year = 2019 if old else 2024
            seconds = PRECISION[tpl] == "second"
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6, tpl)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm)
                    if tpl == "jd" and old:
                        b.text = ""  # the old editor's pictures carry no caption
            aid = rng.randint(1_000_000, 9_999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, ctx),
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
    def _path(tpl: str, when: Any, aid: int, ctx: dict[str, str]) -> str:
        if tpl == "zf":
            return f"/xwzx/qxyw/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "jd":
            return f"/jdpd/{ctx['street_py']}/{when:%Y}/{when:%m%d}/{aid % 100000}.html"
        if tpl == "rm":
            return f"/rmtzx/{when:%Y-%m}/{when:%d}/content_{aid}.html"
        if tpl == "tw":
            return f"/gate/big5/www.qinghe.gov.cn/xwzx/bmdt/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        return f"/en/news/{when:%Y%m}/{when:%d}/WS{aid:x}.html"

    def _photo_credit(self, tpl: str, nm: list[str]) -> str:
        rng = self.rng
        p = nm[5]
        return rng.choice(
            {
                "zf": ["", f"（{p} 摄）"],
                "jd": ["", f"（{p} 摄）"],
                "rm": [f"摄影：{p}", f"（记者 {p} 摄）", ""],
                "tw": ["", f"（{p} 攝）"],
                "en": ["[Photo/Qinghe District Media Center]", f"[Photo by {p}]"],
            }[tpl]
        )

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e, e2 = nm[0], nm[1], nm[2], nm[3], nm[4]
        if tpl in ("zf", "tw"):
            if style == "lead":
                lead = (
                    "清河訊（記者 {} 通訊員 {}）" if tpl == "tw" else "清河讯（记者 {} 通讯员 {}）"
                )
                self._lead(blocks, lead.format(x, y))
                return [x], [y], [e]
            if style == "lead2":
                self._lead(blocks, f"清河訊（記者 {x} {z}）")
                return [x, z], [], [e]
            return {"person": [x], "two": [x, z]}.get(style, []), [], [e]
        if tpl == "jd":
            editors = [e] if i % 3 != 2 else []
            if style == "lead_t":
                self._lead(blocks, f"本网讯（通讯员 {y}）")
                return [], [y], editors
            return {"person": [x], "two": [x, z]}.get(style, []), [], editors
        if tpl == "rm":
            editors = [e] + ([e2] if i % 2 == 0 else [])
            if style == "lead_jt":
                self._lead(blocks, f"清河融媒讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            if style == "lead_two":
                self._lead(blocks, f"清河融媒讯（记者 {x} {z}）")
                return [x, z], [], editors
            if style == "lead_j":
                self._lead(blocks, f"清河融媒讯（记者 {x}）")
                return [x], [], editors
            if style == "byline_two":
                return [x, z], [], editors
            if style == "byline_jt":
                return [x], [y], editors
            return [x], [], editors  # byline: 记者 X
        authors = {"one": [x], "two": [x, z], "none": []}[style]
        return authors, [], ([e] if i % 4 != 3 else [])


__all__ = ["BEIJING", "Site58"]
