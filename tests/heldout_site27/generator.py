"""The twenty-seventh held-out site: 60 articles over five Chinese central-level specialised and
national news sites (all Beijing time), every page rendered in memory.

``Site27(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import string
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

B62 = string.digits + string.ascii_letters


class Site27(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (15, 22)

    def __init__(self, seed: int = 2727) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._ce()
        self._cyol()
        self._legal()
        self._cd()
        self._china()

    def _art(
        self, key: str, i: int, size: str, img: str, images: int | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(6, 22))
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        if images is None:
            images = rng.choice([0, 1, 1, 2])
        blocks = self._blocks(key, size, ctx, images, when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 6)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _wire(self, when: Any) -> str:
        city = self.rng.choice(["北京", "北京", "上海", "广州", "成都", "杭州"])
        return f"新华社{city}{when.month}月{when.day - 1 if when.day > 1 else 1}日电"

    # --- 1. 中国经济网 ce.cn (TRS WCM, ``t20240508_38998877.shtml``; old pages GB2312) --------
    def _ce(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "zz2",
            "xhs",
            "old",
            "empty",
            "jzline",
            "zz",
            "zz2",
            "old",
            "zz",
            "empty",
            "old",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("ce", i, sizes[i], "/xwzx/gnsz/gdxw/{d:%Y%m}/{d:%d}/W0{d:%Y%m%d}{n}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            old = style == "old"
            if old:
                when = when.replace(year=rng.choice([2019, 2021]), month=11)
            if style == "xhs":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}、{nm[1]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"经济日报记者 {nm[3]}摄", "（资料图片）"])
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "xhs": nm[:2],
                "old": nm[:1],
                "jzline": nm[:1],
            }.get(style, [])
            corr = nm[2:3] if style == "jzline" else []
            editors = [nm[5]] if i % 5 != 4 else []
            sec = rng.choice(
                [
                    ("xwzx/gnsz/gdxw", "滚动新闻"),
                    ("xwzx/gnsz/szyw", "时政要闻"),
                    ("xwzx/gnsz/gdxw", "滚动新闻"),
                ]
            )
            tid = 38990000 + i * 4177 + rng.randint(0, 999)
            if old:
                tid -= 5_200_000 if when.year == 2021 else 14_600_000
            source = {"xhs": "新华社", "empty": rng.choice(["中国经济网", "经济参考报"])}.get(
                style, "经济日报" if i % 3 else "中国经济网"
            )
            arts.append(
                Art(
                    "ce",
                    i,
                    f"/{sec[0]}/{when:%Y%m}/{when:%d}/t{when:%Y%m%d}_{tid}.shtml",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": tid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "sec": sec,
                        "source": source,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 9, 10])
        for a in arts:  # the old GB2312 pages link old pages only
            if a.x["old"]:
                a.related = [p for p in a.related if self._is_old(arts, p)]
        self.arts += arts

    @staticmethod
    def _is_old(arts: list[Art], path: str) -> bool:
        return next(a for a in arts if a.path == path).x.get("old", False)

    # --- 2. 中青在线 cyol.com / 中国青年网 youth.cn ---------------------------------------------
    def _cyol(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz_tx",
            "jz",
            "jz2",
            "sxs",
            "cyol_zz",
            "youthcn",
            "jz_tx",
            "none",
            "jxjz",
            "youthcn",
            "jz",
            "wire",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("cyol", i, sizes[i], "/gb/articles/{d:%Y-%m}/{d:%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "youthcn":
                self._lead(blocks, f"中国青年网北京{when.month}月{when.day}日电（记者 {nm[0]}）")
            elif style == "wire":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"中青报·中青网记者 {nm[3]}/摄", "受访者供图"])
            authors = {
                "jz_tx": nm[:1],
                "jz": nm[:1],
                "jz2": nm[:2],
                "sxs": [nm[1], nm[0]],
                "cyol_zz": nm[:1],
                "youthcn": nm[:1],
                "jxjz": nm[:1],
                "wire": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3] if i < 6 else nm[2:4]}.get(style, [])
            editors = [nm[5]] if style != "wire" else []
            if style == "youthcn":
                yid = 15240000 + i * 2311 + rng.randint(0, 999)
                path = f"/xw/sz/{when:%Y%m}/t{when:%Y%m%d}_{yid}.htm"
                source = "中国青年网"
            else:
                code = "".join(rng.choice(B62) for _ in range(8))
                path = f"/gb/articles/{when:%Y-%m}/{when:%d}/content_{code}.html"
                source = {"cyol_zz": "中青在线", "wire": "新华社"}.get(style, "中国青年报")
            arts.append(
                Art(
                    "cyol",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "ctx": d["ctx"], "nm": nm, "source": source},
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 5, 8, 9, 10])
        self.arts += arts

    # --- 3. 法治网 legaldaily.com.cn (法治日报) -------------------------------------------------
    def _legal(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "qmt_tx",
            "qmt",
            "box",
            "bbx",
            "fzw",
            "qmt2",
            "wire",
            "box_tx",
            "qmt_tx",
            "pl",
            "bbx",
            "qmt",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "mid" if style == "pl" else sizes[i]
            d = self._art(
                "legal", i, size, "/images/{d:%Y-%m}/{d:%d}/{h}.jpg", 0 if style == "pl" else None
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "bbx":
                self._lead(blocks, f"本报北京{when.month}月{max(1, when.day - 1)}日讯 记者{nm[0]} ")
            elif style == "wire":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]} {nm[1]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        ["", f"法治日报全媒体记者 {nm[3]} 摄", "图片来源：视觉中国"]
                    )
            authors = {
                "qmt_tx": nm[:1],
                "qmt": nm[:1],
                "qmt2": nm[:2],
                "box": nm[:1],
                "box_tx": nm[:1],
                "bbx": nm[:1],
                "fzw": nm[:1],
                "wire": nm[:2],
            }.get(style, [])
            corr = {"qmt_tx": nm[2:3], "box_tx": nm[2:4]}.get(style, [])
            editors = [nm[5]] if i % 4 != 2 else []
            col = rng.choice(
                [("index_article", "要闻"), ("legal_case", "案件"), ("Lawyer", "律师")]
            )
            cid = 8990000 + i * 3571 + rng.randint(0, 999)
            source = {"fzw": "法治网", "wire": "新华社"}.get(style, "法治日报")
            arts.append(
                Art(
                    "legal",
                    i,
                    f"/{col[0]}/content/{when:%Y-%m}/{when:%d}/content_{cid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "col": col,
                        "source": source,
                        "id": cid,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 2, 3, 5, 6, 8, 10, 11])
        self.arts += arts

    # --- 4. 中国日报中文网 cn.chinadaily.com.cn (``/a/202405/08/WS<objectid>.html``) -----------
    def _cd(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "zz2",
            "jz",
            "zz",
            "wire",
            "none",
            "zz",
            "bianyi",
            "zz",
            "wire",
            "jz",
            "zz2",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("cd", i, sizes[i], "/image_c/{d:%Y%m}/{d:%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "wire":
                self._lead(blocks, f"{self._wire(when)} （记者{nm[0]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [
                            "（图片来源：视觉中国）",
                            f"（中国日报记者 {nm[3]} 摄）",
                            "（图片来源：IC photo）",
                            "",
                        ]
                    )
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "jz": nm[:1],
                "wire": nm[:1],
                "bianyi": nm[:1],
            }.get(style, [])
            editors = [nm[5]] if i != 5 else []
            oid = f"{int(when.timestamp()):08x}a310{rng.getrandbits(48):012x}"
            source = {"jz": "中国日报", "wire": "新华网", "bianyi": "中国日报网"}.get(
                style, rng.choice(["中国日报网", "中国日报网", "中国日报"])
            )
            arts.append(
                Art(
                    "cd",
                    i,
                    f"/a/{when:%Y%m}/{when:%d}/WS{oid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={"style": style, "ctx": d["ctx"], "nm": nm, "source": source, "oid": oid},
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[1, 2, 3, 6, 7, 8, 11])
        self.arts += arts

    # --- 5. 中国网 china.com.cn (``/txt/…`` and news.china.com.cn pages) ----------------------
    def _china(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "unit",
            "zz2",
            "news",
            "zz",
            "unit",
            "wire",
            "news_jz",
            "zz",
            "none",
            "news",
            "zz",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("china", i, sizes[i], "/images/{d:%Y-%m}/{d:%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            if style == "news_jz":
                self._lead(blocks, f"中国网{when.month}月{when.day}日讯（记者 {nm[0]}）")
            elif style == "wire":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]} {nm[1]}）")
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [f"中国网记者 {nm[3]} 摄", "（新华社记者 " + nm[4] + " 摄）", ""]
                    )
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "news": nm[:1],
                "news_jz": nm[:1],
                "wire": nm[:2],
            }.get(style, [])
            editors = [nm[5]]
            unit = rng.choice(["中国网财经", "国家文物局", "中国网"]) if style == "unit" else ""
            cid = 117100000 + i * 2919 + rng.randint(0, 999)
            news = style.startswith("news")
            path = (
                f"/{when:%Y-%m}/{when:%d}/content_{cid}.htm"
                if news
                else f"/txt/{when:%Y-%m}/{when:%d}/content_{cid}.htm"
            )
            source = {"wire": "新华社", "unit": rng.choice(["中国网", "中国网财经"])}.get(
                style, rng.choice(["中国网", "中国网", "人民日报"])
            )
            arts.append(
                Art(
                    "china",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "unit": unit,
                        "news": news,
                        "id": cid,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 6, 7, 10, 11])
        self.arts += arts


__all__ = ["BEIJING", "Site27"]
