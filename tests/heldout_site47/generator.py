"""The forty-seventh held-out site: 60 articles over five old Chinese ASP/PHP/.NET news systems
still online (a 风讯 Foosun county news site, a 科汛 KesionCMS city portal, a 动力文章/新云
bureau site in GB2312, a PageAdmin town government site and a hand-built primary-school site in
frames-era tables), all Beijing time, every page rendered in memory.

``Site47(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names


class Site47(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 4747) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._fs()
        self._ks()
        self._na()
        self._pa()
        self._sc()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, old: bool, seconds: bool = True
    ) -> dict[str, Any]:
        rng = self.rng
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
        while True:
            ctx = context(rng, tpl)
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

    # --- 1. 风讯 Foosun county news (/html/news/2024/0508/20240508093215.html) ----------------
    def _fs(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "yiming",
            "bzx",
            "field",
            "wentu",
            "bzx_tx",
            "yiming",
            "field",
            "bzx",
            "two",
            "wentu",
            "bzx_tx",
            "field",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 5, 9)
            d = self._story("fs", i, sizes[i], old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            authors: list[str] = []
            corr: list[str] = []
            if style == "bzx":
                self._lead(blocks, f"本报讯（记者 {nm[0]}）")
                authors = nm[:1]
            elif style == "bzx_tx":
                self._lead(blocks, f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）")
                authors, corr = nm[:1], nm[2:3]
            elif style in ("field", "wentu"):
                authors = nm[:1]
            elif style == "two":
                authors = nm[:2]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"])
            editors = [nm[4]] if i % 3 != 2 else []
            sid = f"{when:%Y%m%d%H%M%S}{rng.randint(100, 999)}"
            arts.append(
                Art(
                    "fs",
                    i,
                    f"/html/news/{when:%Y}/{when:%m%d}/{sid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": sid,
                        "src": rng.choice(["本站原创", "青阳县融媒体中心", "县委宣传部"]),
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 7, 8, 10], (3, 5))
        self.arts += arts

    # --- 2. 科汛 KesionCMS city portal (/Item/1234.aspx) --------------------------------------
    def _ks(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz",
            "jz_tx",
            "yiming",
            "two",
            "tx",
            "jz",
            "jz_tx",
            "admin",
            "jz",
            "two",
            "jz_tx",
            "tx",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8)
            d = self._story("ks", i, sizes[i], old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            authors = {"jz": nm[:1], "jz_tx": nm[:1], "two": nm[:2]}.get(style, [])
            corr = nm[2:3] if style in ("jz_tx", "tx") else []
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"记者 {nm[5]} 摄"])
            editors = [nm[4]] if i % 2 == 0 else []
            aid = 3100 + i * 47 + rng.randint(0, 40)
            arts.append(
                Art(
                    "ks",
                    i,
                    f"/Item/{aid}.aspx",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 2, 3, 5, 6, 9, 11], (2, 4))
        self.arts += arts

    # --- 3. 动力文章系统 / 新云 in GB2312 (ShowArticle.asp?ArticleID=567) ---------
    def _na(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "yiming",
            "person",
            "yiming",
            "office",
            "person",
            "two",
            "yiming",
            "person",
            "office",
            "yiming",
            "person",
            "two",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i % 2 == 0  # half the archive is from 2019; all pages GB2312
            d = self._story("na", i, sizes[i], old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            authors = {"person": nm[:1], "two": nm[:2]}.get(style, [])
            for b in blocks:
                if b.kind == "img":
                    b.credit = ""
            editors = [nm[4]] if i % 4 != 3 else []
            aid = 400 + i * 29 + rng.randint(0, 25)
            arts.append(
                Art(
                    "na",
                    i,
                    f"/ShowArticle.asp?ArticleID={aid}",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": aid,
                        "brs": i % 3 == 0,
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 7, 8, 10, 11], (3, 5))
        self.arts += arts

    # --- 4. PageAdmin town government (/news/show-123.html) -----------------------------------
    def _pa(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "field",
            "site",
            "wentu",
            "zg",
            "field",
            "site",
            "zg",
            "wentu",
            "field",
            "zg",
            "site",
            "wentu",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            d = self._story("pa", i, sizes[i], old, seconds=not old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            authors = [] if style == "site" else nm[:1]
            for b in blocks:
                if b.kind == "img":
                    b.credit = ""
            editors = [nm[4]] if style != "zg" and i % 2 == 0 else []
            nid = 210 + i * 13 + rng.randint(0, 10)
            arts.append(
                Art(
                    "pa",
                    i,
                    f"/news/show-{nid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute" if old else "second",
                    blocks,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": nid},
                )
            )
        self._relate(arts, [0, 1, 3, 5, 6, 8, 11], (2, 3))
        self.arts += arts

    # --- 5. hand-built primary school site (/xwzx/2024/0508_2.htm), GB2312 tables -------------
    def _sc(self) -> None:
        sizes = self._sizes()
        styles = [
            "zg",
            "office",
            "wentu",
            "gaoyuan",
            "zg",
            "office",
            "wentu",
            "zg",
            "gaoyuan",
            "office",
            "zg",
            "wentu",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i % 3 == 1
            d = self._story("sc", i, sizes[i], old, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            authors = [] if style == "office" else nm[:1]
            for b in blocks:
                if b.kind == "img":
                    b.credit = ""
            arts.append(
                Art(
                    "sc",
                    i,
                    f"/xwzx/{when:%Y}/{when:%m%d}_{i % 4 + 1}.htm",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm},
                )
            )
        self._relate(arts, [1, 4, 7, 10], (2, 3))
        self.arts += arts


__all__ = ["BEIJING", "Site47"]
