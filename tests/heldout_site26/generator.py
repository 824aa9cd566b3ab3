"""The twenty-sixth held-out site: 60 articles over five Taiwanese news portals, every page
rendered in memory, all in Taipei time (+08:00).

``Site26(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

TAIPEI = ZoneInfo("Asia/Taipei")


class Site26(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 2626) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._chinatimes()
        self._ettoday()
        self._setn()
        self._tvbs()
        self._pts()

    def _art(
        self, key: str, i: int, size: str, img: str | None, year: int = 2024
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=True, year=year, tz=TAIPEI)
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        blocks = self._blocks(key, size, ctx, rng.choice([0, 1, 1, 2]), when, img)
        nm = names(rng, 6)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": nm}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    # --- 1. 中時新聞網 ----------------------------------------------------------------------
    def _chinatimes(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["one", "two", "cna", "line", "one", "photo"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("chinatimes", i, sizes[i], "/newsphoto/{d:%Y-%m-%d}/656/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            when = when.replace(second=0)
            if style == "cna":
                self._lead(blocks, f"（中央社{ctx['place']}{when.day}日電）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = {
                        "cna": "（中央社）",
                        "photo": f"（{nm[3]}攝）",
                    }.get(
                        style,
                        rng.choice([f"（{nm[0]}攝）", "（圖／翻攝自臉書）", "（本報資料照）"]),
                    )
            authors = {"two": nm[:2], "cna": []}.get(style, nm[:1])
            cat = rng.choice([("260407", "政治"), ("260402", "生活"), ("260410", "財經")])
            nid = f"{when:%Y%m%d}{rng.randint(1000, 6999):06d}"
            arts.append(
                Art(
                    "chinatimes",
                    i,
                    f"/realtimenews/{nid}-{cat[0]}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "cat": cat,
                        "source": "中央社" if style == "cna" else "中時新聞網",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 2, 3, 5, 6, 7, 9, 10])
        self.arts += arts

    # --- 2. ETtoday 新聞雲 ------------------------------------------------------------------
    def _ettoday(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["one", "zh", "two", "photo", "one", "intl"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("ettoday", i, sizes[i], "/images/{d:%Y/%m/%d}/{n}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            when = when.replace(second=0)
            for b in blocks:
                if b.kind == "img":
                    b.credit = {
                        "photo": f"（圖／記者{nm[3]}攝）",
                        "intl": "（圖／路透）",
                    }.get(
                        style,
                        rng.choice(
                            [f"（圖／記者{nm[0]}攝）", "（圖／翻攝自臉書）", "（示意圖／CFP）"]
                        ),
                    )
            authors = {"two": nm[:2], "intl": []}.get(style, nm[:1])
            where = ctx["place"]
            byline = {
                "one": f"記者{nm[0]}／{where}報導",
                "zh": f"記者{nm[0]}／綜合報導",
                "two": f"記者{nm[0]}、{nm[1]}／{where}報導",
                "photo": f"記者{nm[0]}／{where}報導",
                "intl": "國際中心／綜合報導",
            }[style]
            nid = 2700000 + i * 1733 + rng.randint(0, 999)
            arts.append(
                Art(
                    "ettoday",
                    i,
                    f"/news/{when:%Y%m%d}/{nid}.htm",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={"style": style, "ctx": ctx, "nm": nm, "byline": byline, "id": nid},
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 3, 4, 6, 7, 8, 9, 11])
        self.arts += arts

    # --- 3. 三立新聞網 (older pages in Big5) -------------------------------------------------
    def _setn(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["two", "center", "one", "cna", "zh", "one"] * 2
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 9, 11)
            d = self._art(
                "setn", i, sizes[i], "/NewsImages/{d:%Y/%m/%d}/{n}-XXL.jpg", 2019 if old else 2024
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if style == "cna":
                self._lead(blocks, f"（中央社{ctx['place']}{when.day}日電）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [f"（圖／記者{nm[0]}攝影）", "（圖／三立新聞網）", "（圖／翻攝畫面）"]
                    )
            authors = {"two": nm[:2], "cna": [], "zh": []}.get(style, nm[:1])
            center = rng.choice(["政治中心", "社會中心", "生活中心", "娛樂中心"])
            byline = {
                "two": f"記者{nm[0]}、{nm[1]}／{ctx['place']}報導",
                "center": f"{center}／{nm[0]}報導",
                "one": f"記者{nm[0]}／{ctx['place']}報導",
                "cna": "",
                "zh": f"{center}／綜合報導",
            }[style]
            editors = [] if i % 3 == 2 else [nm[5]]
            nid = (580000 if old else 1460000) + i * 997 + rng.randint(0, 899)
            arts.append(
                Art(
                    "setn",
                    i,
                    f"/News.aspx?NewsID={nid}",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "byline": byline,
                        "id": nid,
                        "source": "中央社" if style == "cna" else "三立新聞網",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 3, 5, 6, 7, 8, 10])
        self.arts += arts

    # --- 4. TVBS 新聞網 ---------------------------------------------------------------------
    def _tvbs(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["photo", "one", "two", "zh", "photo", "by"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("tvbs", i, sizes[i], "/news_pics/{d:%Y%m%d}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            when = when.replace(second=0)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["（圖／TVBS）", "（圖／達志影像美聯社）", "（圖／TVBS資料畫面）"]
                    )
            authors = {"two": nm[:2], "zh": []}.get(style, nm[:1])
            byline = {
                "photo": [("記者", nm[0]), ("攝影", nm[4])],
                "one": [("記者", nm[0])],
                "two": [("記者", nm[0]), ("記者", nm[1]), ("攝影", nm[4])],
                "zh": [],
                "by": [("編譯", nm[0])],
            }[style]
            upd = when + timedelta(hours=rng.randint(1, 5), minutes=rng.randint(1, 59))
            sec = rng.choice([("politics", "政治"), ("life", "生活"), ("local", "地方")])
            if style == "by":
                sec = ("world", "全球")
            nid = 2400000 + i * 2111 + rng.randint(0, 999)
            arts.append(
                Art(
                    "tvbs",
                    i,
                    f"/{sec[0]}/{nid}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "byline": byline,
                        "sec": sec,
                        "updated": upd if i % 3 != 1 else None,
                        "id": nid,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 3, 4, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 5. 公視新聞網 ----------------------------------------------------------------------
    def _pts(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["one", "two", "one", "zh", "one", "two"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("pts", i, sizes[i], "https://news-data.pts.org.tw/media/{n}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            when = when.replace(second=0)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["（圖／公視新聞網）", f"（攝影／{nm[3]}）", "（圖／資料照）"]
                    )
            authors = {"two": nm[:2], "zh": []}.get(style, nm[:1])
            crew = [] if style == "zh" else [("攝影", nm[3]), ("剪輯", nm[4])]
            arts.append(
                Art(
                    "pts",
                    i,
                    f"/article/{690000 + i * 811 + rng.randint(0, 700)}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={"style": style, "ctx": ctx, "nm": nm, "crew": crew},
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 2, 4, 5, 7, 8, 10])
        self.arts += arts


__all__ = ["TAIPEI", "Site26"]
