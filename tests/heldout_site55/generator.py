"""The fifty-fifth held-out site: 60 articles over one prefecture-level city's news portal group
(临江新闻网): the UTF-8 新闻中心, the GBK 区县频道, the 临江日报 e-paper, the Big5 繁體 channel and
the English channel, all Beijing time, every page rendered in memory.

``Site55(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, STAR_NAME, SUBHEADS, context, fill, names

OLD = {"xw": (4, 10), "qx": (2, 8), "ep": (5, 11), "tw": (3, 9), "en": (1, 7)}


class Site55(GenSite):
    modules = (templates, pages)
    pools = POOLS["xw"]
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5555) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("xw", "qx", "ep", "tw", "en"):
            self._channel(tpl)

    # --- shared -------------------------------------------------------------------------
    def _story(self, tpl: str, i: int, size: str, old: bool, seconds: bool) -> dict[str, Any]:
        rng = self.rng
        self.pools = POOLS[tpl]
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
        blocks = self._blocks(tpl, size, ctx, images, when, None)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = STYLES[tpl]
        arts: list[Art] = []
        for i, style in enumerate(styles):
            old = i in OLD[tpl]
            seconds = tpl == "xw"
            d = self._story(tpl, i, sizes[i], old, seconds)
            when, blocks, ctx = d["when"], d["blocks"], d["ctx"]
            nm = names(rng, 5, tpl)
            if (tpl, i) in STAR:  # the reporter with a page of her own
                nm = [STAR_NAME, *[n for n in nm if n != STAR_NAME][:4]]
            if tpl == "ep":  # a Founder e-paper page sets its pictures above the text
                blocks = [b for b in blocks if b.kind == "img"] + [
                    b for b in blocks if b.kind != "img"
                ]
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm, style)
            aid = rng.randint(100_000, 999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, old),
                    d["title"],
                    authors,
                    when,
                    {"xw": "second", "ep": "day"}.get(tpl, "minute"),
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        for a in arts:
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    def _path(self, tpl: str, when: Any, aid: int, old: bool) -> str:
        if tpl == "xw":
            return f"/news/system/{when:%Y/%m/%d}/0{aid}{when:%d}.shtml"
        if tpl == "qx":
            return f"/qxpd/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "ep":
            return f"/epaper/html/{when:%Y-%m/%d}/content_{aid}.htm"
        if tpl == "tw":
            return f"/big5/xw/{when:%Y/%m%d}/a{aid}.html"
        return f"/en/news/{when:%Y-%m/%d}/c_{aid}.htm"

    def _photo_credit(self, tpl: str, nm: list[str], style: str) -> str:
        rng = self.rng
        if tpl == "xw":
            return rng.choice(["", f"记者 {nm[3]} 摄"])
        if tpl == "qx":
            return rng.choice(["", f"（{nm[3]} 摄）"])
        if tpl == "ep":
            return f"本报记者 {nm[1]} 摄" if style == "wentu" else rng.choice(["", f"{nm[3]} 摄"])
        if tpl == "tw":
            return rng.choice(["", f"（記者{nm[0]}攝）"])
        return rng.choice(["Photo/Linjiang News", f"{nm[3]}/Linjiang News"])

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, e = nm[0], nm[1], nm[4]
        if tpl == "xw":
            editors = [e]
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x}）")
            if style == "lead_jt":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            return (
                {"two": [x, y], "wentu": [x]}.get(style, [x]),
                [y] if style == "jt" else [],
                editors,
            )
        if tpl == "qx":
            editors = [e] if i % 3 != 1 else []
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            if style == "tx":
                return [], [y, nm[2]], editors
            if style == "jt":
                return [x], [y], editors
            return [x], [], editors
        if tpl == "ep":
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x}）")
                return [x], [], []
            if style == "lead_jt":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], []
            if style == "two":
                return [x, y], [], []
            if style == "jt":
                return [x], [y], []
            return [x], [], []  # wentu: 文/X 图/Y
        if tpl == "tw":
            if style == "lead":
                self._lead(blocks, f"（記者{x}／臨江報導）")
            return ([x, y] if style == "two" else [x]), [], [e]
        # en
        authors = {"one": [x], "two": [x, y], "paper": [x], "staff": []}[style]
        return authors, [], [e] if i % 4 != 3 else []


STAR = {("xw", 0), ("xw", 3), ("xw", 6), ("xw", 11), ("ep", 1), ("ep", 4), ("qx", 0)}
STYLES = {
    "xw": [
        "jt",
        "two",
        "lead",
        "wentu",
        "plain",
        "jt",
        "lead_jt",
        "two",
        "wentu",
        "plain",
        "jt",
        "lead",
    ],
    "qx": ["jt", "tx", "lead", "plain", "jt", "lead", "tx", "plain", "jt", "lead", "plain", "jt"],
    "ep": [
        "lead",
        "jt",
        "wentu",
        "two",
        "lead_jt",
        "jt",
        "lead",
        "wentu",
        "two",
        "jt",
        "lead",
        "lead_jt",
    ],
    "tw": [
        "line",
        "lead",
        "two",
        "line",
        "lead",
        "line",
        "two",
        "lead",
        "line",
        "two",
        "lead",
        "line",
    ],
    "en": [
        "one",
        "two",
        "paper",
        "one",
        "staff",
        "one",
        "two",
        "paper",
        "one",
        "staff",
        "one",
        "two",
    ],
}

__all__ = ["BEIJING", "Site55", "fill"]
