"""The forty-ninth held-out site: 60 articles over five Chinese industry and sector papers' news
sites (农民日报·中国农网, 中国水利网, 中国交通新闻网, 中国电力新闻网 and 中国化工报·化工网), all
Beijing time, every page rendered in memory.

``Site49(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names


class Site49(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 21)

    def __init__(self, seed: int = 4949) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._nm()
        self._sl()
        self._jt()
        self._ny()
        self._hg()

    # --- shared -------------------------------------------------------------------------
    def _story(self, tpl: str, i: int, size: str, old: bool, seconds: bool) -> dict[str, Any]:
        rng = self.rng
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (6, 21), year, BEIJING)
        while True:
            ctx = context(rng, tpl)
            title = fill(rng, rng.choice(HEAD[tpl]), ctx)
            if title not in self.used:
                self.used.add(title)
                break
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
        blocks = self._blocks(tpl, size, ctx, images, when, None)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 7)}

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        """Related stories of the same template and era (2019 pages name 2019 pages)."""
        for i in who:
            a = arts[i]
            pool = [b for b in arts if b is not a and b.x["old"] == a.x["old"]]
            a.related = [
                b.path for b in self.rng.sample(pool, min(len(pool), self.rng.randint(*k)))
            ]

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _credits(self, blocks: list[Block], who: str) -> None:
        for b in blocks:
            if b.kind == "img":
                b.credit = self.rng.choice(["", f"{who} 摄"])

    # --- 1. 农民日报·中国农网 (farmer.com.cn/2024/05/08/99951234.html) ------------------------
    def _nm(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["field", "para", "lead", "field_tx", "source", "field2",
                  "para", "field", "lead", "source", "field_tx", "para"]  # fmt: skip
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 9)
            d = self._story("nm", i, sizes[i], old, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            self._credits(blocks, nm[5])
            authors, corr = {
                "field": ([nm[0]], []),
                "field2": (nm[:2], []),
                "field_tx": ([nm[0]], [nm[2]]),
                "para": ([nm[0]], nm[2:4]),
                "lead": ([nm[0]], [nm[2]]),
                "source": ([], []),
            }[style]
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）")
            editors = [nm[4]] if i % 4 != 3 else []
            aid = 99_950_000 + i * 1733 + rng.randint(0, 1700)
            if old:
                aid -= 60_000_000
            arts.append(
                Art("nm", i, f"/{when:%Y/%m/%d}/{aid}.html", d["title"], authors, when,
                    "minute", blocks, correspondents=corr, editors=editors,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid})
            )  # fmt: skip
        self._relate(arts, [0, 1, 2, 3, 5, 7, 8, 10])
        self.arts += arts

    # --- 2. 中国水利网 (chinawater.com.cn/newscenter/slyw/202405/t20240508_812345.html) -------
    def _sl(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["person", "two", "para", "none", "person", "para",
                  "two", "person", "none", "para", "person", "two"]  # fmt: skip
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 7, 10)
            d = self._story("sl", i, sizes[i], old, seconds=True)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"])
            authors, corr = {
                "person": ([nm[0]], []),
                "two": (nm[:2], []),
                "para": ([nm[0]], [nm[2]]),
                "none": ([], []),
            }[style]
            aid = 810_000 + i * 977 + rng.randint(0, 900)
            if old:
                aid -= 90_000
            col = rng.choice(["slyw", "ttxw"])
            arts.append(
                Art("sl", i, f"/newscenter/{col}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html",
                    d["title"], authors, when, "second", blocks, correspondents=corr,
                    editors=[nm[4]],
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid,
                       "col": col})
            )  # fmt: skip
        self._relate(arts, [0, 1, 3, 4, 5, 8, 11, 2, 7])
        self.arts += arts

    # --- 3. 中国交通新闻网 (zgjtb.com/2024-05/08/content_412345.html, TRS) ---------------------
    def _jt(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["person", "intern", "lead", "source", "two", "person",
                  "lead", "intern", "person", "source", "lead", "two"]  # fmt: skip
        arts = []
        for i, style in enumerate(styles):
            old = i in (5, 11)
            d = self._story("jt", i, sizes[i], old, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            self._credits(blocks, nm[5])
            authors, corr = {
                "person": ([nm[0]], []),
                "two": (nm[:2], []),
                "intern": ([nm[0], nm[1]], []),
                "lead": ([nm[0]], [nm[2], nm[3]] if i % 2 else [nm[2]]),
                "source": ([], []),
            }[style]
            if style == "lead":
                lead = f"本报讯 记者 {nm[0]} 通讯员 {'、'.join(corr)} 报道　"
                if old:
                    lead = f"本报讯（记者 {nm[0]} 通讯员 {'、'.join(corr)}）"
                self._lead(blocks, lead)
            editors = [] if i == 9 else [nm[4]]
            aid = 410_000 + i * 613 + rng.randint(0, 600)
            if old:
                aid -= 160_000
            arts.append(
                Art("jt", i, f"/{when:%Y-%m}/{when:%d}/content_{aid}.html", d["title"], authors,
                    when, "minute", blocks, correspondents=corr, editors=editors,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid})
            )  # fmt: skip
        self._relate(arts, [0, 1, 2, 4, 6, 7, 8, 10], (2, 3))
        self.arts += arts

    # --- 4. 中国电力新闻网·中国能源网 (cpnn.com.cn/news/xwtt/202405/t20240508_1671234.html) ----
    def _ny(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["wen_top", "reporter", "field", "wen_end", "none", "reporter",
                  "wen_top", "field", "reporter", "wen_end", "none", "wen_top"]  # fmt: skip
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8)
            d = self._story("ny", i, sizes[i], old, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img" and b.text and rng.random() < 0.5:
                    b.text = "图为" + b.text.removeprefix("图为")
            authors, corr = {
                "wen_top": ([nm[0]], []),
                "wen_end": ([nm[0]], []),
                "field": ([nm[0]], []),
                "reporter": ([nm[0]], [nm[2]]),
                "none": ([], []),
            }[style]
            aid = 1_670_000 + i * 1511 + rng.randint(0, 1500)
            if old:
                aid -= 540_000
            col = rng.choice(["xwtt", "nyzx", "dlyw"])
            arts.append(
                Art("ny", i, f"/news/{col}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html", d["title"],
                    authors, when, "day", blocks, correspondents=corr, editors=[nm[4]],
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid,
                       "col": col, "photo": nm[5]})
            )  # fmt: skip
        self._relate(arts, [0, 2, 4, 5, 6, 9, 11, 3])
        self.arts += arts

    # --- 5. 中国化工报·化工网 (ccin.com.cn/detail/<hex>; 2019 GBK /html/2019/05/08/…shtml) ----
    def _hg(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["para", "lead", "field", "only_tx", "source", "para",
                  "lead", "field", "para", "source", "only_tx", "lead"]  # fmt: skip
        arts = []
        for i, style in enumerate(styles):
            old = i in (1, 4, 8, 10)
            d = self._story("hg", i, sizes[i], old, seconds=not old)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            self._credits(blocks, nm[5])
            authors, corr = {
                "para": ([nm[0]], nm[2:4] if i % 2 else nm[2:3]),
                "lead": ([nm[0]], [nm[2]]),
                "field": ([nm[0]], []),
                "only_tx": ([], nm[2:4]),
                "source": ([], []),
            }[style]
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）")
            elif style == "only_tx":
                self._lead(blocks, f"本报讯（通讯员 {nm[2]} {nm[3]}）")
            editors = [nm[4]] if i % 3 != 2 else []
            if old:
                aid = 2_860_000 + i * 311 + rng.randint(0, 300)
                path = f"/html/{when:%Y/%m/%d}/{aid}.shtml"
            else:
                aid = rng.getrandbits(128)
                path = f"/detail/{aid:032x}"
            arts.append(
                Art("hg", i, path, d["title"], authors, when, "minute" if old else "second",
                    blocks, correspondents=corr, editors=editors,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid})
            )  # fmt: skip
        self._relate(arts, [0, 2, 3, 5, 6, 7, 11, 1, 8])
        self.arts += arts


__all__ = ["BEIJING", "Site49"]
