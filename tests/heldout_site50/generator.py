"""The fiftieth held-out site: 60 articles over five Chinese broadcasters' news templates (a city
广播电视台 on a 索贝-style media CMS, a provincial 网络台, a 县电视台's old ASP site in GBK, a radio
station's 音频 pages and a 微视频 page), all Beijing time, every page rendered in memory.

``Site50(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names


class Site50(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5050) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._sb()
        self._wl()
        self._xd()
        self._gb()
        self._ws()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self,
        tpl: str,
        i: int,
        size: str,
        old: bool,
        hours: tuple[int, int],
        images: int = 0,
        seconds: bool = False,
    ) -> dict[str, Any]:
        rng = self.rng
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, hours, year, BEIJING)
        while True:
            ctx = context(rng, tpl, year)
            title = fill(rng, rng.choice(HEAD[tpl]), ctx)
            if title not in self.used:
                self.used.add(title)
                break
        blocks = self._blocks(tpl, size, ctx, images, when, None)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 7)}

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        for i in who:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in self.rng.sample(others, self.rng.randint(*k))]

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    # --- 1. city 广播电视台, 索贝-style media CMS (/xwzx/bdxw/2024-05-08/<hex>.html) ------------
    def _sb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["a", "b", "c", "d", "e", "a", "d", "c", "b", "e", "a", "d"]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 9)
            d = self._story("sb", i, sizes[i], old, (18, 22))
            when, nm = d["when"], d["nm"]
            authors = nm[:2] if style == "b" else nm[:1]
            corr = [nm[2]] if style == "c" else []
            editors = [nm[5]] if style in ("a", "d", "e") else []
            if i in (1, 7):  # a 责任编辑 line under the player as well
                editors = [nm[5]]
            if old:
                nid = 700_000 + i * 97 + rng.randint(0, 90)
                path = f"/news/{when:%Y%m}/t{when:%Y%m%d}_{nid}.shtml"
            else:
                path = f"/xwzx/bdxw/{when:%Y-%m-%d}/{rng.getrandbits(64):016x}.html"
            arts.append(
                Art(
                    "sb",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute",
                    d["blocks"],
                    correspondents=corr,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "dur": rng.randint(70, 260),
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 4, 6, 8, 10], (2, 4))
        self.arts += arts

    # --- 2. provincial TV 网络台 (/xinwen/shengnei/20240508/123456.html) ------------------------
    def _wl(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "lead2",
            "leadc",
            "tail",
            "author",
            "lead0",
            "tail",
            "lead2",
            "author",
            "leadc",
            "tail",
            "lead0",
            "author",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 8)
            d = self._story("wl", i, sizes[i], old, (18, 22), seconds=not old)
            when, nm, blocks = d["when"], d["nm"], d["blocks"]
            authors: list[str] = []
            corr: list[str] = []
            if style == "lead2":
                self._lead(blocks, f"本台消息（记者 {nm[0]} {nm[1]}）")
                authors = nm[:2]
            elif style == "leadc":
                self._lead(blocks, f"本台消息（记者 {nm[0]} 通讯员 {nm[2]}）")
                authors, corr = nm[:1], [nm[2]]
            elif style == "lead0":
                self._lead(blocks, "本台消息：")
            elif style == "tail":
                authors = nm[:2] if i % 2 else nm[:1]
            else:
                authors = nm[:1]
            nid = 1_200_000 + i * 1311 + rng.randint(0, 1300)
            if old:
                path = f"/news/{when:%Y-%m}/{when:%d}/content_{nid}.htm"
            else:
                path = f"/xinwen/shengnei/{when:%Y%m%d}/{nid}.html"
            arts.append(
                Art(
                    "wl",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute" if old else "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": nid,
                        "review": i % 3 != 0,
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 5, 7, 9, 11], (2, 3))
        self.arts += arts

    # --- 3. 县电视台, old ASP (动易-style) in GBK (/Article/ShowArticle.asp?ArticleID=1234) -------
    def _xd(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "field",
            "reporter",
            "lead",
            "field2",
            "none",
            "reporter",
            "lead",
            "field",
            "leadc",
            "field2",
            "none",
            "reporter",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            d = self._story("xd", i, sizes[i], old, (8, 20), images)
            when, nm, blocks = d["when"], d["nm"], d["blocks"]
            authors: list[str] = []
            corr: list[str] = []
            if style == "field":
                authors = nm[:1]
            elif style == "field2":
                authors = nm[:2]
            elif style == "reporter":
                authors, corr = nm[:1], [nm[2]]
            elif style == "lead":
                self._lead(blocks, f"本台讯（记者 {nm[0]}）")
                authors = nm[:1]
            elif style == "leadc":
                self._lead(blocks, f"本台讯（记者 {nm[0]} 通讯员 {nm[2]}）")
                authors, corr = nm[:1], [nm[2]]
            else:
                self._lead(blocks, "本台讯 ")
            editors = [nm[5]] if i % 3 != 2 else []
            aid = 3000 + i * 117 + rng.randint(0, 110) + (0 if old else 9000)
            arts.append(
                Art(
                    "xd",
                    i,
                    f"/Article/ShowArticle.asp?ArticleID={aid}",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": aid,
                        "hits": rng.randint(40, 3000),
                    },
                )
            )
        self._relate(arts, [0, 2, 3, 5, 6, 8, 9, 11], (3, 5))
        self.arts += arts

    # --- 4. 广播 radio station, 音频 pages (/gbxw/xwzgf/202405/t20240508_5123.html) -------------
    def _gb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "top",
            "tail",
            "wen",
            "host",
            "top2",
            "tail",
            "wen",
            "top",
            "host",
            "tail",
            "top2",
            "wen",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 10)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 0, 1, 1, 2])
            d = self._story("gb", i, sizes[i], old, (6, 9), images)
            when, nm, blocks = d["when"], d["nm"], d["blocks"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[4]} 摄）", "（资料图）"])
            authors = {"top": nm[:1], "top2": nm[:2], "tail": nm[:1], "wen": nm[:1]}.get(style, [])
            corr = [nm[2]] if style == "tail" else []
            editors = [nm[5]] if style == "host" or i % 2 == 0 else []
            nid = 5000 + i * 211 + rng.randint(0, 200)
            arts.append(
                Art(
                    "gb",
                    i,
                    f"/gbxw/xwzgf/{when:%Y%m}/t{when:%Y%m%d}_{nid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": nid,
                        "dur": rng.randint(60, 300),
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 5, 6, 8, 11], (2, 3))
        self.arts += arts

    # --- 5. 微视频 / 短视频 (/wsp/detail.html?id=12345) ----------------------------------------
    def _ws(self) -> None:
        rng = self.rng
        styles = [
            "rep",
            "team",
            "rep2",
            "rep",
            "team",
            "wen",
            "rep",
            "rep2",
            "team",
            "rep",
            "wen",
            "rep",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (1, 7)
            year = 2019 if old else 2024
            when = self._when(1 + i * 2 + rng.randint(0, 1), False, (9, 21), year, BEIJING)
            while True:
                ctx = context(rng, "ws", year)
                title = fill(rng, rng.choice(HEAD["ws"]), ctx)
                if title not in self.used:
                    self.used.add(title)
                    break
            n = rng.choice([1, 1, 2])
            blocks = [Block("p", p) for p in self.pools.paragraphs(rng, "ws", n, ctx)]
            nm = names(rng, 7)
            authors = {"rep": nm[:1], "rep2": nm[:2], "wen": nm[:1]}.get(style, [])
            editors = [nm[5]] if style != "team" else []
            vid = 40_000 + i * 733 + rng.randint(0, 700)
            arts.append(
                Art(
                    "ws",
                    i,
                    f"/wsp/detail.html?id={vid}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "id": vid,
                        "dur": rng.randint(30, 150),
                        "likes": rng.randint(10, 9000),
                    },
                )
            )
        self.arts += arts


__all__ = ["BEIJING", "Site50"]
