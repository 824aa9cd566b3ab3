"""The sixtieth held-out site: 60 articles over five Hong Kong and Macau local-news sources (a
Macau daily, a Macau online outlet, a Hong Kong free paper on Next.js, a Hong Kong broadcaster's
news pages and a Hong Kong daily), every page rendered in memory.

``Site60(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite, sorted_query

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names

HONG_KONG = ZoneInfo("Asia/Hong_Kong")
MACAU = ZoneInfo("Asia/Macau")


class Site60(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6060) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._md()
        self._lp()
        self._am()
        self._tv()
        self._st()

    def key(self, path: str) -> str:
        """The routing key: the path decoded, the query's parameters decoded and sorted."""
        bare, q = sorted_query(path)
        return unquote(bare) + q

    # --- shared -------------------------------------------------------------------------
    def _story(
        self,
        tpl: str,
        i: int,
        size: str,
        old: bool,
        tz: ZoneInfo,
        hours: tuple[int, int] = (7, 22),
        images: int | None = None,
    ) -> dict[str, Any]:
        rng = self.rng
        year = 2019 if old else 2024
        when = self._when(1 + i * 2 + rng.randint(0, 1), True, hours, year, tz)
        while True:
            ctx = context(rng, tpl, year)
            title = fill(rng, rng.choice(HEAD[tpl]), ctx)
            if title not in self.used:
                self.used.add(title)
                break
        if images is None:
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

    # --- 1. 澳門日報-style Macau daily (/html/2024-05/08/content_1734512.htm), the day only --
    def _md(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "msg",
            "msg",
            "rep",
            "msg",
            "msg",
            "rep",
            "msg",
            "msg",
            "rep",
            "msg",
            "rep",
            "msg",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8)
            d = self._story("md", i, sizes[i], old, MACAU)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（資料圖片）", f"（記者{nm[4]}攝）"])
            if style == "msg":
                self._lead(blocks, "【本報消息】")
                authors: list[str] = []
            else:
                self._lead(blocks, f"【本報記者{nm[0]}報道】")
                authors = nm[:1]
            cid = (1_210_000 if old else 1_734_000) + i * 211 + rng.randint(0, 200)
            path = f"/html/{when:%Y-%m}/{when:%d}/content_{cid}.htm"
            arts.append(
                Art(
                    "md",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": cid,
                        "page": f"B{rng.randint(1, 12):02d}",
                    },
                )
            )
        self._relate(arts, [0, 2, 4, 5, 7, 9, 11], (2, 3))
        self.arts += arts

    # --- 2. 力報-style Macau online outlet (/article/212345.html) ---------------------------
    def _lp(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "one",
            "one",
            "two",
            "desk",
            "one",
            "two",
            "one",
            "one",
            "desk",
            "one",
            "two",
            "one",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("lp", i, sizes[i], False, MACAU)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（圖：{nm[4]}）", "（圖：受訪者提供）"])
            authors = {"one": nm[:1], "two": nm[:2]}.get(style, [])
            aid = 212_000 + i * 397 + rng.randint(0, 390)
            arts.append(
                Art(
                    "lp",
                    i,
                    f"/article/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[3]],
                    x={"style": style, "ctx": d["ctx"], "nm": nm, "id": aid},
                )
            )
        self._relate(arts, [0, 1, 2, 4, 6, 7, 9, 10], (2, 4))
        self.arts += arts

    # --- 3. am730-style free paper on Next.js (/本地/<headline>/453123) ----------------------
    def _am(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            d = self._story("am", i, sizes[i], False, HONG_KONG)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（資料圖片）", f"（攝：{nm[5]}）"])
            writer = i % 3 != 1
            aid = 453_000 + i * 577 + rng.randint(0, 570)
            slug = d["title"].replace(" ", "-").replace("：", "-")
            arts.append(
                Art(
                    "am",
                    i,
                    quote(f"/本地/{slug}/{aid}"),
                    d["title"],
                    nm[:1] if writer else [],
                    when,
                    "minute",
                    blocks,
                    x={"ctx": d["ctx"], "nm": nm, "id": aid, "writer": writer, "slug": slug},
                )
            )
        self._relate(arts, [0, 2, 3, 5, 8, 10], (2, 3))
        self.arts += arts

    # --- 4. now新聞/有線-style broadcaster (/home/local/player?newsId=551234), no author -----
    def _tv(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            size = "small" if sizes[i] == "long" else sizes[i]  # a script, not a feature
            d = self._story("tv", i, size, False, HONG_KONG, hours=(6, 23), images=0)
            nid = 551_000 + i * 613 + rng.randint(0, 600)
            arts.append(
                Art(
                    "tv",
                    i,
                    f"/home/local/player?newsId={nid}",
                    d["title"],
                    [],
                    d["when"],
                    "minute",
                    d["blocks"],
                    x={"ctx": d["ctx"], "nm": d["nm"], "id": nid, "secs": rng.randint(40, 240)},
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 7, 9, 11], (3, 4))
        self.arts += arts

    # --- 5. 星島日報-style daily (/daily/article/2612345/), 2019 Big5 news-content.php -------
    def _st(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "lead",
            "rep",
            "two",
            "rep",
            "lead",
            "rep",
            "lead",
            "two",
            "rep",
            "lead",
            "rep",
            "rep",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 8)
            d = self._story("st", i, sizes[i], old, HONG_KONG)
            when, blocks, nm = d["when"], d["blocks"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{nm[4]}攝", "資料圖片"])
            if style == "lead":
                self._lead(blocks, "星島日報報道　")
            authors = {"rep": nm[:1], "two": nm[:2]}.get(style, [])
            if old:
                sid = 2_010_000 + i * 331 + rng.randint(0, 300)
                path = f"/daily/news-content.php?id={sid}&target=2"
            else:
                sid = 2_612_000 + i * 331 + rng.randint(0, 300)
                path = f"/daily/article/{sid}/"
            arts.append(
                Art(
                    "st",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day" if old else "minute",
                    blocks,
                    x={"old": old, "style": style, "ctx": d["ctx"], "nm": nm, "id": sid},
                )
            )
        self._relate(arts, [0, 1, 3, 4, 5, 7, 9, 10], (2, 3))
        self.arts += arts


__all__ = ["HONG_KONG", "MACAU", "Site60"]
