"""The fifty-seventh held-out site: 60 articles of one county (云溪县) — the 县政府 portal's 要闻
and 政策解读 pages, the 融媒体中心's news pages, 乡镇动态 in GBK, 部门动态 and the 2019 portal's
GB2312 pages — all Beijing time, plus the many prose pages of a county portal that are no news
(领导简介, 机构职能, 县情概况, 专题, 视频, 图片, 县长信箱…), every page rendered in memory.

``Site57(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import COUNTY, HEAD, POOLS, SUBHEADS, ZCJD_HEAD, ZCJD_TOPICS, context, fill, names


class Site57(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5757) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._zf()
        self._rm()
        self._xz()
        self._bm()
        self._old()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, year: int = 2024, head: list[str] | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), True, (7, 21), year, BEIJING)
        while True:
            ctx = context(rng, tpl, year)
            if head is not None:
                ctx["topic"] = rng.choice(ZCJD_TOPICS)
            title = fill(rng, rng.choice(head or HEAD[tpl]), ctx)
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

    # --- 1. 县政府 要闻 and 政策解读 (/xwzx/zwyw/202405/t20240508_1234567.html) ----------------
    def _zf(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["office", "person", "zcjd", "two", "office", "person", "zcjd", "blank"]
        styles += ["person", "office", "zcjd", "person"]
        arts = []
        for i, style in enumerate(styles):
            zcjd = style == "zcjd"
            d = self._story("zf", i, sizes[i], head=ZCJD_HEAD if zcjd else None)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]} 摄）"])
            authors = {"person": nm[:1], "two": nm[:2], "zcjd": nm[:1]}.get(style, [])
            aid = 2_310_000 + i * 4_111 + rng.randint(0, 4000)
            sec = "zwgk/zcjd" if zcjd else "xwzx/zwyw"
            arts.append(
                Art(
                    "zf",
                    i,
                    f"/{sec}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[3]],
                    x={"style": style, "ctx": ctx, "nm": nm, "id": aid, "zcjd": zcjd},
                )
            )
        self._relate(arts, [0, 1, 2, 4, 6, 9, 10], (2, 4))
        self.arts += arts

    # --- 2. 融媒体中心 (/rmtzx/news/2024-05/08/content_12345.htm) ---------------------------------
    def _rm(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["lead_jt", "byline", "lead_bb", "lead_j", "byline2", "lead_jt"]
        styles += ["lead_none", "byline", "lead_jt", "lead_t", "lead_j", "byline2"]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("rm", i, sizes[i])
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{nm[5]} 摄", f"（融媒体记者 {nm[5]} 摄）"])
            authors: list[str] = []
            corr: list[str] = []
            if style == "lead_jt":
                self._lead(blocks, f"云溪融媒讯（记者 {nm[0]} 通讯员 {nm[1]}）")
                authors, corr = nm[:1], nm[1:2]
            elif style == "lead_bb":
                self._lead(blocks, f"本报讯（记者 {nm[0]} {nm[2]} 通讯员 {nm[1]}）")
                authors, corr = [nm[0], nm[2]], nm[1:2]
            elif style == "lead_j":
                self._lead(blocks, f"云溪融媒讯（记者 {nm[0]}）")
                authors = nm[:1]
            elif style == "lead_t":
                self._lead(blocks, f"云溪融媒讯（通讯员 {nm[1]} {nm[2]}）")
                corr = [nm[1], nm[2]]
            elif style == "lead_none":
                self._lead(blocks, "本报讯 ")
            elif style == "byline":
                authors = nm[:1]
            elif style == "byline2":
                authors, corr = nm[:1], nm[1:2]
            editors = [nm[3]] + ([nm[4]] if i % 2 == 0 else [])
            aid = 58_000 + i * 377 + rng.randint(0, 370)
            arts.append(
                Art(
                    "rm",
                    i,
                    f"/rmtzx/news/{when:%Y-%m}/{when:%d}/content_{aid}.htm",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 2, 3, 5, 7, 8, 11], (3, 5))
        self.arts += arts

    # --- 3. 乡镇动态 in GBK (/xzdt/lqz/2024/0508/1234.html) -------------------------------------
    def _xz(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["office", "person", "office_t", "two", "office", "person_t"]
        styles += ["office", "person", "office_t", "office", "two", "person"]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("xz", i, sizes[i])
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            corr: list[str] = []
            if style.endswith("_t"):
                self._lead(blocks, f"本网讯（通讯员 {nm[1]}）")
                corr = nm[1:2]
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.4:
                    b.text = ""
            authors = {"person": nm[:1], "person_t": nm[:1], "two": nm[:2]}.get(style, [])
            editors = [nm[3]] if i % 3 != 2 else []
            aid = 3_100 + i * 97 + rng.randint(0, 90)
            arts.append(
                Art(
                    "xz",
                    i,
                    f"/xzdt/{ctx['town_py']}/{when:%Y}/{when:%m%d}/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [1, 2, 4, 5, 8, 10], (2, 4))
        self.arts += arts

    # --- 4. 部门动态 (/bmdt/nyncj/202405/t20240508_1234567.html) ---------------------------------
    def _bm(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["office", "zhuangao", "paper", "person", "office", "paper"]
        styles += ["zhuangao", "office", "person", "paper", "zhuangao", "office"]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("bm", i, sizes[i])
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[5]}/摄）"])
            authors: list[str] = []
            corr: list[str] = []
            if style == "paper":
                self._lead(blocks, f"本报讯（记者 {nm[0]} 通讯员 {nm[1]}）")
                authors, corr = nm[:1], nm[1:2]
            elif style in ("person", "zhuangao"):
                authors = nm[:1]
            editors = [nm[3]] if style != "zhuangao" and i % 2 == 0 else []
            aid = 2_320_000 + i * 3_917 + rng.randint(0, 3900)
            arts.append(
                Art(
                    "bm",
                    i,
                    f"/bmdt/{ctx['dept_py']}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 3, 5, 6, 9], (2, 3))
        self.arts += arts

    # --- 5. 2019 portal in GB2312 (/Item/Show.asp?m=1&d=1234) ------------------------------------
    def _old(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["person", "center", "jt", "person", "site", "jt"]
        styles += ["center", "person", "jt", "site", "person", "center"]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("old", i, sizes[i], year=2019)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.text = ""  # the old editor's pictures carry no caption
            authors = {"person": nm[:1], "jt": nm[:1]}.get(style, [])
            corr = nm[1:2] if style == "jt" else []
            editors = [nm[3]] if i % 3 != 1 else []
            aid = 1_400 + i * 61 + rng.randint(0, 60)
            arts.append(
                Art(
                    "old",
                    i,
                    f"/Item/Show.asp?m=1&d={aid}",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "ctx": ctx, "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 2, 5, 7, 10], (3, 4))
        self.arts += arts


__all__ = ["BEIJING", "COUNTY", "Site57"]
