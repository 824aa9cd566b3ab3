"""The forty-sixth held-out site: 60 articles over five Chinese city/county news and government
sites on Java and .NET CMSes (SiteServer CMS, JEECMS, Jspxcms, a 大汉 网站群 in GBK and a
新华网-built 县级融媒体 platform), all Beijing time, every page rendered in memory.

``Site46(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names


class Site46(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 4646) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._ss()
        self._jc()
        self._jx()
        self._hw()
        self._xh()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, old: bool, seconds: bool = True
    ) -> dict[str, Any]:
        rng = self.rng
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (7, 21), year, BEIJING)
        while True:
            ctx = context(rng, tpl, year)
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

    # --- 1. SiteServer CMS: 云州新闻网 (/contents/12/3456.html) ------------------------------
    def _ss(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["rc", "person", "two", "rc", "corr", "wentu"]
        styles += ["person", "rc2", "corr", "wentu", "rc", "two"]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 9)
            d = self._story("ss", i, sizes[i], old, seconds=not old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{nm[5]} 摄", f"记者 {nm[0]} 摄"])
            authors, corrs = {
                "rc": (nm[:1], nm[2:3]),
                "rc2": (nm[:2], nm[2:3]),
                "person": (nm[:1], []),
                "two": (nm[:2], []),
                "corr": ([], nm[2:4]),
                "wentu": (nm[:1], []),
            }[style]
            editors = [nm[4]] if i % 4 != 3 else []
            ch = rng.choice([12, 12, 13, 15])
            cid = (1800 if old else 5600) + i * 97 + rng.randint(0, 90)
            arts.append(
                Art(
                    "ss",
                    i,
                    f"/contents/{ch}/{cid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute" if old else "second",
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": cid, "ch": ch},
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 7, 8, 10], (2, 4))
        self.arts += arts

    # --- 2. JEECMS: 云州县新闻网 (/xwzx/123.jhtml) -------------------------------------------
    def _jc(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["lead_rc", "lead_r2", "field", "lead_c", "lead_rc", "bare"]
        styles += ["lead_r", "field", "lead_rc", "lead_c", "lead_r2", "field"]
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 8)
            d = self._story("jc", i, sizes[i], old, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"])
            lead = {
                "lead_rc": f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）",
                "lead_r2": f"本报讯（记者 {nm[0]} {nm[1]}）",
                "lead_c": f"本报讯（通讯员 {nm[2]} {nm[3]}）",
                "lead_r": f"本报讯 记者{nm[0]}报道：",
                "bare": "本报讯 ",
                "field": "",
            }[style]
            if lead:
                self._lead(blocks, lead)
            authors, corrs = {
                "lead_rc": (nm[:1], nm[2:3]),
                "lead_r2": (nm[:2], []),
                "lead_c": ([], nm[2:4]),
                "lead_r": (nm[:1], []),
                "bare": ([], []),
                "field": (nm[:1], []),
            }[style]
            cid = (3100 if old else 12400) + i * 37 + rng.randint(0, 30)
            arts.append(
                Art(
                    "jc",
                    i,
                    f"/xwzx/{cid}.jhtml",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corrs,
                    editors=[nm[4]] if i % 3 != 2 else [],
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": cid},
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 7, 9, 11], (2, 3))
        self.arts += arts

    # --- 3. Jspxcms: 云州学院新闻网 (/info/123.html) -----------------------------------------
    def _jx(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["wentu", "field", "wen2", "unit", "corr", "wentu"]
        styles += ["field", "unit", "wen2", "wentu", "corr", "field"]
        arts = []
        for i, style in enumerate(styles):
            old = i in (1, 7)
            d = self._story("jx", i, sizes[i], old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            authors, corrs = {
                "wentu": (nm[:1], []),
                "wen2": (nm[:2], []),
                "field": (nm[:1], []),
                "unit": ([], []),
                "corr": ([], nm[2:3]),
            }[style]
            cid = (820 if old else 6300) + i * 41 + rng.randint(0, 40)
            arts.append(
                Art(
                    "jx",
                    i,
                    f"/info/{cid}.html",
                    d["title"],
                    authors,
                    when,
                    "day" if old else "second",
                    blocks,
                    correspondents=corrs,
                    editors=[nm[4]] if i % 2 == 0 else [],
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": cid},
                )
            )
        self._relate(arts, [0, 2, 3, 5, 6, 8, 10], (2, 4))
        self.arts += arts

    # --- 4. 大汉 网站群: 云州县人民政府 (/art/2024/5/8/art_123_456.html), GBK -------------------
    def _hw(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["unit", "person", "rc", "unit_a", "corr", "unit"]
        styles += ["person", "rc", "unit", "corr", "unit_a", "person"]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            d = self._story("hw", i, sizes[i], old, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"])
            authors, corrs = {
                "unit": ([], []),
                "unit_a": ([], []),
                "person": (nm[:1], []),
                "rc": (nm[:1], nm[2:3]),
                "corr": ([], nm[2:3]),
            }[style]
            col = rng.choice([1229, 1229, 1230, 1456])
            aid = (310000 if old else 5780000) + i * 1311 + rng.randint(0, 1300)
            day_only = old or i % 3 == 1
            arts.append(
                Art(
                    "hw",
                    i,
                    f"/art/{when.year}/{when.month}/{when.day}/art_{col}_{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "day" if day_only else "minute",
                    blocks,
                    correspondents=corrs,
                    editors=[nm[4]] if i % 3 == 0 else [],
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": aid,
                        "col": col,
                        "day_only": day_only,
                    },
                )
            )
        self._relate(arts, [0, 2, 3, 5, 7, 8, 11], (2, 3))
        self.arts += arts

    # --- 5. 新华网-built 县级融媒体: 云州融媒 (/2024-05/08/c_1130123456.htm) ---------------
    def _xh(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["lead", "close", "wentu", "close_rc", "lead_r", "none"]
        styles += ["lead", "close_rc", "close", "wentu", "lead", "lead_r"]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            d = self._story("xh", i, sizes[i], old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"融媒体记者 {nm[5]} 摄"])
            if style == "lead":
                self._lead(blocks, f"云州融媒讯（记者 {nm[0]} 通讯员 {nm[2]}）")
            elif style == "lead_r":
                self._lead(blocks, f"云州融媒讯（融媒体记者 {nm[0]} {nm[1]}）")
            authors, corrs = {
                "lead": (nm[:1], nm[2:3]),
                "lead_r": (nm[:2], []),
                "close": (nm[:2], []),
                "close_rc": (nm[:1], nm[2:3]),
                "wentu": (nm[:1], []),
                "none": ([], []),
            }[style]
            cid = 1130000000 + i * 7919 + rng.randint(0, 7000)
            if old:
                cid -= 700000000
            arts.append(
                Art(
                    "xh",
                    i,
                    f"/{when:%Y-%m}/{when:%d}/c_{cid}.htm",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corrs,
                    editors=[nm[4]],
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": cid},
                )
            )
        self._relate(arts, [0, 1, 2, 5, 6, 8, 9, 11], (2, 4))
        self.arts += arts


__all__ = ["BEIJING", "Site46"]
