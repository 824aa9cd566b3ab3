"""The twenty-fourth held-out site: 60 articles over five overseas Chinese-language newspapers,
every page rendered in memory, each paper in its own time zone.

``Site24(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

SLUGS = [
    "hdb-flats-residents-concern",
    "new-measures-announced",
    "community-support-scheme",
    "mrt-line-update",
    "cpf-changes-explained",
    "hawker-centre-rental",
    "dengue-cases-rise",
    "changi-airport-passengers",
]
KL = ZoneInfo("Asia/Kuala_Lumpur")
SG = ZoneInfo("Asia/Singapore")
PARIS = ZoneInfo("Europe/Paris")
NY = ZoneInfo("America/New_York")


class Site24(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 2424) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._sinchew()
        self._oriental()
        self._8world()
        self._oushi()
        self._wj()

    def _art(
        self, key: str, i: int, size: str, img: str, tz: ZoneInfo, year: int = 2024
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False, year=year, tz=tz)
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        blocks = self._blocks(key, size, ctx, rng.choice([0, 1, 1, 2]), when, img)
        nm = names(rng, 6, ctx["script"] == "t")
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": nm}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    # --- 1. 星洲日报 (Kuala Lumpur) -------------------------------------------------------
    def _sinchew(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["one", "photo", "two", "wire", "intern", "one"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("sinchew", i, sizes[i], "/wp-content/uploads/{d:%Y/%m}/{h}.jpg", KL)
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            city = ctx["place"]
            if style == "wire":
                lead = f"（华盛顿{when.day}日综合电）"
            else:
                lead = f"（{city}{when.day}日讯）"
            self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = "（图：路透社）" if style == "wire" else f"（摄影：{nm[4]}）"
            authors = {"two": nm[:2], "intern": nm[:2], "wire": []}.get(style, nm[:1])
            byline = {
                "one": f"报道：{nm[0]}",
                "photo": f"报道：{nm[0]}　摄影：{nm[4]}",
                "two": f"报道：{nm[0]}、{nm[1]}",
                "wire": "",
                "intern": f"报道：{nm[0]}、实习记者{nm[1]}",
            }[style]
            editors = [] if i % 4 == 3 else [nm[5]]
            pid = 5600000 + i * 13171 + rng.randint(0, 9999)
            sec = rng.choice([("nation", "全国"), ("metro", "大都会"), ("international", "国际")])
            if style == "wire":
                sec = ("international", "国际")
            arts.append(
                Art(
                    "sinchew",
                    i,
                    f"/news/{when:%Y%m%d}/{sec[0]}/{pid}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "id": pid,
                        "ctx": ctx,
                        "nm": nm,
                        "byline": byline,
                        "sec": sec,
                        "source": "星洲日报" if style != "wire" else "综合外电",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 2, 3, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- 2. 東方日報 (Kuala Lumpur; 繁體 UI, some stories in 简体, older 2019 layout) -------
    def _oriental(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["jz", "bd", "two", "bdsy", "none", "jz"] * 2
        arts = []
        for i, style in enumerate(styles):
            simp = i % 3 == 1
            old = i % 6 == 5
            key = "oriental_s" if simp else "oriental"
            d = self._art(
                key,
                i,
                sizes[i],
                "/uploads/{d:%Y/%m/%d}/{h}.jpg",
                KL,
                2019 if old else 2024,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if simp:  # the names are printed in the story's own script
                nm = names(rng, 6)
            xun = "讯" if simp else "訊"
            self._lead(blocks, f"（{ctx['place']}{when.day}日{xun}）")
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.7:
                    b.credit = "（图：东方日报）" if simp else "（圖：東方日報）"
            authors = {"two": nm[:2], "none": []}.get(style, nm[:1])
            if simp:
                byline = {
                    "jz": f"记者：{nm[0]}",
                    "bd": f"报道：{nm[0]}",
                    "two": f"报道：{nm[0]}、{nm[1]}",
                    "bdsy": f"报道/摄影：{nm[0]}",
                    "none": "",
                }[style]
            else:
                byline = {
                    "jz": f"記者：{nm[0]}",
                    "bd": f"報道：{nm[0]}",
                    "two": f"報道：{nm[0]}、{nm[1]}",
                    "bdsy": f"報道/攝影：{nm[0]}",
                    "none": "",
                }[style]
            editors = [nm[5]] if i % 2 == 0 else []
            nid = 650000 + i * 7919 + rng.randint(0, 999)
            if old:
                nid -= 360000
            sec = rng.choice([("nation", "國內"), ("local", "地方"), ("nation", "國內")])
            arts.append(
                Art(
                    "oriental",
                    i,
                    f"/news/{sec[0]}/{when:%Y/%m/%d}/{nid}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "simp": simp,
                        "old": old,
                        "id": nid,
                        "ctx": ctx,
                        "nm": nm,
                        "byline": byline,
                        "sec": sec,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 3. 8视界 (Singapore; Next.js with __NEXT_DATA__) -------------------------------
    def _8world(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["one", "two", "intern", "photo", "wire", "one"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("8world", i, sizes[i], "/sites/default/files/{d:%Y-%m}/{h}.jpg", SG)
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        "（路透社）"
                        if style == "wire"
                        else rng.choice(["（海峡时报）", f"（{nm[4]}摄）"])
                    )
            if style == "wire":
                self._lead(blocks, "（路透社）")
            authors = {"two": nm[:2], "intern": nm[:2], "wire": []}.get(style, nm[:1])
            byline = {
                "one": f"文 / {nm[0]}",
                "two": f"文 / {nm[0]}、{nm[1]}",
                "intern": f"文 / {nm[0]}、实习记者 {nm[1]}",
                "photo": f"文 / {nm[0]}　摄影 / {nm[4]}",
                "wire": "",
            }[style]
            editors = [] if i % 5 == 4 else [nm[5]]
            nid = 2300000 + i * 3331 + rng.randint(0, 999)
            sec = rng.choice([("singapore", "新加坡"), ("singapore", "新加坡"), ("asia", "东南亚")])
            if style == "wire":
                sec = ("world", "国际")
            upd = when.replace(day=when.day + 1, hour=9) if i % 4 == 1 else None
            arts.append(
                Art(
                    "8world",
                    i,
                    f"/{sec[0]}/{rng.choice(SLUGS)}-{nid}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "id": nid,
                        "ctx": ctx,
                        "nm": nm,
                        "byline": byline,
                        "sec": sec,
                        "updated": upd,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 7, 8, 10])
        self.arts += arts

    # --- 4. 欧洲时报 (Paris; 2019 pages in the old GBK layout, winter time) ---------------
    def _oushi(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["jz", "by", "two", "zh", "intern", "cns"] * 2
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 7, 10)
            d = self._art(
                "oushi",
                i,
                sizes[i],
                "/upload/{d:%Y%m%d}/{h}.jpg" if old else "/static/image/{d:%Y/%m/%d}/{h}.jpg",
                PARIS,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if old:  # November 2019: winter time, +01:00
                when = datetime(2019, 11, when.day, when.hour, when.minute, tzinfo=PARIS)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["（图片来源：视觉中国）", f"（欧洲时报记者{nm[0]}摄）"])
            lead = {
                "jz": f"【欧洲时报记者{nm[0]}报道】",
                "by": f"【欧洲时报{nm[0]}编译】",
                "two": f"【欧洲时报记者{nm[0]}、{nm[1]}报道】",
                "zh": "【欧洲时报综合报道】",
                "intern": f"【欧洲时报实习记者{nm[0]}报道】",
                "cns": f"中新网{when.month}月{when.day}日电 ",
            }[style]
            self._lead(blocks, lead)
            authors = {"two": nm[:2], "zh": [], "cns": []}.get(style, nm[:1])
            editors = [nm[5]] if i % 4 != 2 else []
            nid = 1788000000000000000 + rng.getrandbits(44)
            sec = rng.choice([("europe/france", "法国"), ("europe/eu", "欧洲"), ("huaren", "华人")])
            arts.append(
                Art(
                    "oushi",
                    i,
                    (
                        f"/ouzhong/{sec[0].split('/')[-1]}/{when:%Y%m%d}/{nid % 1000000}.html"
                        if old
                        else f"/static/content/{sec[0]}/{when:%Y-%m-%d}/{nid}.html"
                    ),
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": nid,
                        "ctx": ctx,
                        "nm": nm,
                        "sec": sec,
                        "source": "中国新闻网" if style == "cns" else "欧洲时报",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 4, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- 5. 世界日報 (New York; udn) --------------------------------------------------------
    def _wj(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["jz", "two", "by", "zh", "jz_sx", "jz"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("wj", i, sizes[i], "https://pgw.worldjournal.com/gw/photo.php?u={h}", NY)
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            where = rng.choice(["紐約", "紐約", "新澤西", "長島"])
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice([f"記者{nm[0]}／攝影", "美聯社", "路透", "讀者提供"])
            authors = {"two": nm[:2], "jz_sx": nm[:2], "zh": []}.get(style, nm[:1])
            byline = {
                "jz": f"記者{nm[0]}／{where}報導",
                "two": f"記者{nm[0]}、{nm[1]}／{where}報導",
                "by": f"編譯{nm[0]}／綜合報導",
                "zh": "世界日報／綜合報導",
                "jz_sx": f"記者{nm[0]}、實習記者{nm[1]}／{where}報導",
            }[style]
            editors = [nm[5]] if i % 3 != 2 else []
            sid = 7950000 + i * 4111 + rng.randint(0, 999)
            cat = rng.choice([("121469", "紐約"), ("121470", "紐澤西"), ("121468", "美國")])
            arts.append(
                Art(
                    "wj",
                    i,
                    f"/wj/story/{cat[0]}/{sid}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "id": sid,
                        "ctx": ctx,
                        "nm": nm,
                        "byline": byline,
                        "cat": cat,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 3, 5, 6, 7, 8, 10, 11])
        self.arts += arts
