"""The fifty-third held-out site: 60 reprinted stories over five Chinese reprint and aggregator
templates (a 东方网-style portal channel, a 搜狐城市-style local channel, a small SEO news site on
a PHP CMS, a 今日头条-style account's reprints and the portal's 2019 pages in GBK), all Beijing
time, every page rendered in memory.

``Site53(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, LEAD_OK, ORIG, OUTLETS, POOLS, SUBHEADS, context, fill, names


class Site53(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5353) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._df()
        self._sh()
        self._seo()
        self._tt()
        self._old()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, year: int, seconds: bool = True
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds, (6, 22), year, BEIJING)
        while True:
            ctx = context(rng, tpl, year)
            title = fill(rng, rng.choice(HEAD[tpl]), ctx)
            if title not in self.used:
                self.used.add(title)
                break
        orig = fill(rng, rng.choice(ORIG), ctx)
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
        blocks = self._blocks(tpl, size, ctx, images, when, None)
        outlet = rng.choice(OUTLETS[tpl])
        return {
            "when": when,
            "ctx": ctx,
            "title": title,
            "orig": orig,
            "blocks": blocks,
            "nm": names(rng, 6),
            "outlet": outlet,
        }

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        for i in who:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in self.rng.sample(others, self.rng.randint(*k))]

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _lead_credit(self, d: dict[str, Any], with_cor: bool) -> tuple[list[str], list[str]]:
        """A "新京报讯（记者 X 通讯员 Y）" opening kept in the first paragraph."""
        nm = d["nm"]
        cor = f" 通讯员 {nm[2]}" if with_cor else ""
        self._lead(d["blocks"], f"{d['outlet']}讯（记者 {nm[0]}{cor}）")
        return [nm[0]], ([nm[2]] if with_cor else [])

    # --- 1. 东方网/中华网-style portal channel (/c/20240508/u1a12345678.html) ----------------
    def _df(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "name",
            "reporter",
            "outlet",
            "none",
            "lead",
            "two",
            "name",
            "lead_cor",
            "none",
            "reporter",
            "outlet",
            "name",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("df", i, sizes[i], 2024)
            if style.startswith("lead") and d["outlet"] not in LEAD_OK:
                d["outlet"] = "新京报"
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["", f"{d['outlet']}记者 {nm[5]} 摄", "图片来源：视觉中国"]
                    )
            authors: list[str] = {"name": nm[:1], "reporter": nm[:1], "two": nm[:2]}.get(style, [])
            cors: list[str] = []
            if style.startswith("lead"):
                authors, cors = self._lead_credit(d, style == "lead_cor")
            orig = {0: d["title"], 1: d["orig"], 2: ""}[i % 3]
            aid = 1_700_000 + i * 4_311 + rng.randint(0, 4_000)
            arts.append(
                Art(
                    "df",
                    i,
                    f"/c/{when:%Y%m%d}/u1a{aid:08d}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=cors,
                    editors=[nm[4]],
                    x={**d, "style": style, "orig": orig, "id": aid},
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 8, 10], (2, 4))
        self.arts += arts

    # --- 2. 搜狐城市/凤凰网地方站-style local channel (/a/781234567_121106842) -------------------
    def _sh(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "tail_author",
            "src_only",
            "byline",
            "inline",
            "tail_author",
            "byline_cor",
            "src_only",
            "tail_two",
            "inline",
            "byline",
            "tail_author",
            "src_only",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 9)
            d = self._story("sh", i, sizes[i], 2019 if old else 2024, seconds=False)
            if style == "inline" and d["outlet"] not in LEAD_OK:
                d["outlet"] = "大河报"
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "图片来源：网络", f"{d['outlet']}记者 {nm[5]}/摄"])
            authors: list[str] = {
                "tail_author": nm[:1],
                "tail_two": nm[:2],
                "byline": nm[:1],
                "byline_cor": nm[:1],
            }.get(style, [])
            cors = [nm[2]] if style == "byline_cor" else []
            if style == "inline":
                self._lead(blocks, f"{d['outlet']}讯（记者 {nm[0]} {nm[1]}）")
                authors = nm[:2]
            editors = [nm[3]] + ([nm[4]] if i % 2 == 0 else [])
            sid = 781_000_000 + i * 91_357 + rng.randint(0, 90_000)
            acct = rng.choice([121_106_842, 120_952_561, 121_123_911])
            orig = d["orig"] if i % 4 != 1 else d["title"]
            arts.append(
                Art(
                    "sh",
                    i,
                    f"/a/{sid}_{acct}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=cors,
                    editors=editors,
                    x={**d, "style": style, "orig": orig, "id": sid, "acct": acct, "old": old},
                )
            )
        self.arts += arts

    # --- 3. a small SEO news site on a PHP CMS (/news/12345.html) -------------------------
    def _seo(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "admin",
            "outlet_reporter",
            "name",
            "xiaobian",
            "admin",
            "name",
            "outlet_reporter",
            "two",
            "admin",
            "name",
            "xiaobian",
            "outlet_reporter",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (5, 10)
            d = self._story("seo", i, sizes[i], 2019 if old else 2024, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:  # pictures pulled from the source, no caption
                if b.kind == "img" and rng.random() < 0.7:
                    b.text = ""
            authors: list[str] = {
                "outlet_reporter": nm[:1],
                "name": nm[:1],
                "two": nm[:2],
            }.get(style, [])
            aid = 12_000 + i * 517 + rng.randint(0, 500)
            arts.append(
                Art(
                    "seo",
                    i,
                    f"/news/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={**d, "style": style, "id": aid, "old": old},
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 7, 8, 11], (3, 5))
        self.arts += arts

    # --- 4. 今日头条-style reprint (/article/7366012345678901234/) ----------------------------
    def _tt(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "rep_cor",
            "rep",
            "src_only",
            "lines",
            "two",
            "none",
            "rep_cor",
            "rep",
            "lines",
            "src_only",
            "two_cor",
            "rep",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("tt", i, sizes[i], 2024, seconds=False)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{d['outlet']}记者 {nm[5]} 摄"])
            authors: list[str] = {
                "rep_cor": nm[:1],
                "rep": nm[:1],
                "lines": nm[:1],
                "two": nm[:2],
                "two_cor": nm[:2],
            }.get(style, [])
            cors = [nm[2]] if style in ("rep_cor", "two_cor") else []
            editors = [nm[3]] if style in ("lines", "rep") else []
            gid = 7_366_000_000_000_000_000 + i * 7_919_000_000_000 + rng.getrandbits(40)
            arts.append(
                Art(
                    "tt",
                    i,
                    f"/article/{gid}/",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=cors,
                    editors=editors,
                    x={**d, "style": style, "id": gid, "note": i % 3 == 1},
                )
            )
        self.arts += arts

    # --- 5. the portal's 2019 pages in GBK (/eastday/13news/auto/news/china/…/u7ai1234567.html)
    def _old(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "name",
            "none",
            "lead",
            "name",
            "reporter",
            "outlet",
            "two",
            "name",
            "none",
            "lead",
            "reporter",
            "name",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("old", i, sizes[i], 2019)
            if style == "lead" and d["outlet"] not in LEAD_OK:
                d["outlet"] = "新民晚报"
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{nm[5]} 摄"])
            authors: list[str] = {"name": nm[:1], "reporter": nm[:1], "two": nm[:2]}.get(style, [])
            cors: list[str] = []
            if style == "lead":
                authors, cors = self._lead_credit(d, i % 2 == 1)
            orig = d["orig"] if i % 3 == 0 else ""
            aid = 8_500_000 + i * 3_313 + rng.randint(0, 3_000)
            arts.append(
                Art(
                    "old",
                    i,
                    f"/eastday/13news/auto/news/china/{when:%Y%m%d}/u7ai{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=cors,
                    editors=[nm[4]],
                    x={**d, "style": style, "orig": orig, "id": aid},
                )
            )
        self._relate(arts, [0, 2, 3, 5, 7, 10], (2, 3))
        self.arts += arts


__all__ = ["BEIJING", "Site53"]
