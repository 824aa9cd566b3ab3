"""The forty-eighth held-out site: 60 articles over five Traditional-Chinese local-news sources (a
county government's 新聞稿, a 金門日報-style local daily, a Hong Kong district portal, a township
office on a government CMS and the 大紀元 overseas portal), every page rendered in memory.

``Site48(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import HEAD, POOLS, SUBHEADS, context, fill, names

TAIPEI = ZoneInfo("Asia/Taipei")
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
NEW_YORK = ZoneInfo("America/New_York")


class Site48(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 4848) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._gov()
        self._km()
        self._hk()
        self._town()
        self._ep()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self,
        tpl: str,
        i: int,
        size: str,
        old: bool,
        tz: ZoneInfo,
        hours: tuple[int, int] = (8, 21),
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

    # --- 1. 縣市政府 新聞稿 (/News/NewsDetail.aspx?ID=54321&CategoryID=3) ----------------------
    def _gov(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            old = i in (4, 9)
            d = self._story("gov", i, sizes[i], old, TAIPEI, images=0)
            when, ctx, nm = d["when"], d["ctx"], d["nm"]
            photos = (
                []
                if sizes[i] == "brief"
                else [
                    POOLS.caption(rng, {**ctx, "month": str(when.month), "day": str(when.day)})
                    for _ in range(rng.choice([0, 2, 3]))
                ]
            )
            nid = (31_000 if old else 58_000) + i * 97 + rng.randint(0, 90)
            arts.append(
                Art(
                    "gov",
                    i,
                    f"/News/NewsDetail.aspx?ID={nid}&CategoryID=3",
                    d["title"],
                    [],
                    when,
                    "day",
                    d["blocks"],
                    x={
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "id": nid,
                        "photos": photos,
                        "roc_style": i % 5 == 2,  # 113年05月08日 instead of 113-05-08
                        "contact": i % 3 != 1,
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 5, 6, 8, 10], (2, 4))
        self.arts += arts

    # --- 2. 金門日報-style local daily (/1117/1271/1272/412345/) -----------------------------
    def _km(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "inline",
            "line",
            "two",
            "wentu",
            "benbao",
            "inline",
            "tegao",
            "line",
            "inline_two",
            "wentu",
            "line",
            "benbao",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8)
            d = self._story("km", i, sizes[i], old, TAIPEI)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            place = ctx["place"] if rng.random() < 0.4 else "金門"
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（記者{nm[0]}攝）", f"（{nm[5]}提供）"])
            authors = {
                "inline": nm[:1],
                "line": nm[:1],
                "two": nm[:2],
                "wentu": nm[:1],
                "tegao": nm[:1],
                "inline_two": nm[:2],
            }.get(style, [])
            if style == "inline":
                self._lead(blocks, f"【記者{nm[0]}／{place}報導】")
            elif style == "inline_two":
                self._lead(blocks, f"【記者{nm[0]}、{nm[1]}／{place}報導】")
            elif style == "benbao":
                self._lead(blocks, "【本報訊】")
            nid = (300_000 if old else 412_000) + i * 331 + rng.randint(0, 300)
            arts.append(
                Art(
                    "km",
                    i,
                    f"/1117/1271/1272/{nid}/",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": nid, "place": place},
                )
            )
        self._relate(arts, [0, 2, 3, 5, 6, 9, 10, 11], (2, 4))
        self.arts += arts

    # --- 3. Hong Kong district portal (/district/2024/05/08/taipo-123456.html) ---------------
    def _hk(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "reporter",
            "wen",
            "wen_photo",
            "two",
            "desk",
            "reporter",
            "wen_photo",
            "benbao",
            "reporter",
            "two",
            "wen",
            "desk",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (2, 7)
            d = self._story("hk", i, sizes[i], old, HONG_KONG, hours=(7, 22))
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（資料圖片）", f"（{nm[4]}攝）"])
            authors = {
                "reporter": nm[:1],
                "wen": nm[:1],
                "wen_photo": nm[:1],
                "two": nm[:2],
                "benbao": nm[:1],
            }.get(style, [])
            if style == "benbao":
                self._lead(blocks, f"【本報記者{nm[0]}報道】")
            editors = [nm[3]] if i % 3 != 2 else []
            nid = 120_000 + i * 877 + rng.randint(0, 800)
            slug = {
                "大埔": "taipo",
                "沙田": "shatin",
                "觀塘": "kwuntong",
                "深水埗": "sspo",
                "元朗": "yuenlong",
                "屯門": "tuenmun",
                "東區": "eastern",
                "葵青": "kwaitsing",
                "西貢": "saikung",
                "北區": "north",
            }[ctx["place"]]
            arts.append(
                Art(
                    "hk",
                    i,
                    f"/district/{when:%Y/%m/%d}/{slug}-{nid}.html",
                    d["title"],
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
                        "id": nid,
                        "inline_rel": i % 2 == 0,
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 4, 5, 6, 8, 10, 11], (2, 3))
        self.arts += arts

    # --- 4. 鄉公所 on the home.jsp government CMS -------------------------------------------
    def _town(self) -> None:
        sizes = self._sizes()
        arts = []
        for i in range(12):
            old = i in (1, 6)
            d = self._story("town", i, sizes[i], old, TAIPEI)
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:  # pictures pasted into the editor: no caption
                if b.kind == "img":
                    b.text = ""
            writer = i % 3 == 0  # a 撰稿人 row naming a person
            serno = f"{when:%Y%m%d}{i + 1:04d}"
            path = (
                "/ch/home.jsp?id=45&parentpath=0,2&mcustomize=news_view.jsp"
                f"&dataserno={serno}&t=News&mserno=201901080001"
            )
            arts.append(
                Art(
                    "town",
                    i,
                    path,
                    d["title"],
                    nm[:1] if writer else [],
                    when,
                    "day",
                    blocks,
                    x={
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "serno": serno,
                        "writer": writer,
                        "files": i % 4 == 1,
                    },
                )
            )
        self.arts += arts

    # --- 5. 大紀元 (/b5/24/5/8/n14241234.htm), New York time --------------------------------
    def _ep(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "city",
            "two",
            "zonghe",
            "city",
            "special",
            "city",
            "two",
            "city",
            "zonghe",
            "city",
            "special",
            "city",
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (5, 10)
            # New York morning: the Taipei day of the lead is the same calendar day
            d = self._story("ep", i, sizes[i], old, NEW_YORK, hours=(0, 10))
            when, blocks, ctx, nm = d["when"], d["blocks"], d["ctx"], d["nm"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"（{rng.choice([nm[5], nm[0]])}／大紀元）"
            city = ctx["place"]
            credit = {
                "city": f"（大紀元記者{nm[0]}{city}報導）",
                "two": f"（大紀元記者{nm[0]}、{nm[1]}{city}報導）",
                "zonghe": f"（大紀元記者{nm[0]}綜合報導）",
                "special": f"（大紀元特約記者{nm[0]}{city}報導）",
            }[style]
            self._lead(blocks, f"【大紀元{when:%Y年%m月%d日}訊】{credit}")
            authors = nm[:2] if style == "two" else nm[:1]
            editors = [nm[4]] if i % 4 != 3 else []
            nid = (11_240_000 if old else 14_240_000) + i * 1013 + rng.randint(0, 999)
            arts.append(
                Art(
                    "ep",
                    i,
                    f"/b5/{when:%y}/{when.month}/{when.day}/n{nid}.htm",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": nid},
                )
            )
        self._relate(arts, [0, 1, 2, 3, 4, 6, 7, 8, 9, 11], (3, 5))
        self.arts += arts


__all__ = ["HONG_KONG", "NEW_YORK", "TAIPEI", "Site48"]
