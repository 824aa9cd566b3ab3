"""The forty-first held-out site: 60 articles over five news portals of China's minority regions
(天山网 with its Uyghur mirror, 中国西藏网, a 内蒙古 旗 government portal, 广西新闻网, a 延边 news
site with its Korean mirror), all Beijing time, every page rendered in memory.

``Site41(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import KO_POOLS, POOLS, SUBHEADS, UY_POOLS, context, names


class Site41(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 4141) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._ts()
        self._tibet()
        self._qx()
        self._gx()
        self._yb()

    # --- shared -------------------------------------------------------------------------------
    def _story(
        self, key: str, size: str, images: int, when: datetime, img: str
    ) -> tuple[str, dict[str, str], list[Block]]:
        """A headline, its context and its blocks; ``key`` is a template's Chinese pools, or
        "uy" / "ko" for a mirror's."""
        rng = self.rng
        ctx = context(rng, key)
        pools = {"uy": UY_POOLS, "ko": KO_POOLS}.get(key, POOLS)
        title = pools.headline(rng, key, ctx, self.used)
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(*self.long_paras)
        )
        blocks = [Block("p", p) for p in pools.paragraphs(rng, key, n, ctx)]
        if size == "long" and key in SUBHEADS:
            for k, h in enumerate(SUBHEADS[key]):
                blocks.insert(2 + k * 6, Block("h", h))
        for _ in range(images if size != "brief" else 0):
            at = rng.randint(1, len(blocks))
            shot = {
                **ctx,
                "month": str(when.month),
                "day": str(max(1, when.day - rng.randint(0, 1))),
            }
            cap = pools.caption(rng, shot) if rng.random() < 0.85 else ""
            blocks.insert(at, Block("img", cap, self._img_src(key, when, img)))
        return title, ctx, blocks

    def _day(self, i: int, year: int = 2024, seconds: bool = True) -> datetime:
        return self._when(1 + i * 2 + self.rng.randint(0, 1), seconds, (7, 22), year, BEIJING)

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _credit(self, blocks: list[Block], pick: Any) -> None:
        for b in blocks:
            if b.kind == "img":
                b.credit = pick()

    def _relate(self, arts: list[Art], who: list[int], pool: list[int], k: tuple[int, int]) -> None:
        """Related links for ``arts[i]`` (``i`` in ``who``), to others among ``arts[j]`` (``j``
        in ``pool``)."""
        for i in who:
            others = [arts[j] for j in pool if j != i]
            n = min(len(others), self.rng.randint(*k))
            arts[i].related = [b.path for b in self.rng.sample(others, n)]

    # --- 1. 天山网 (ts.cn, TRS; the 2019 ``/system/`` pages; the Uyghur mirror) ----------------
    def _ts(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "bd",
            "xun",
            "old",
            "two",
            "uy1",
            "xhs",
            "sls",
            "old2",
            "wentu",
            "uy2",
            "tx",
            "bd2",
        ]
        secs = [("szxw", "时政新闻"), ("jjxw", "经济新闻"), ("dzxw", "地州新闻")]
        arts = []
        for i, style in enumerate(styles):
            uy = style.startswith("uy")
            old = style.startswith("old")
            size = "mid" if uy and sizes[i] == "long" else sizes[i]
            when = self._day(i, 2019 if old else 2024, seconds=old)
            key = "uy" if uy else "ts"
            img = "/uy/pic/{d:%Y%m}/{h}.jpg" if uy else "/xwzx/pic/{d:%Y%m}/W0{d:%Y%m%d}{n}.jpg"
            title, ctx, blocks = self._story(key, size, rng.choice([0, 1, 1, 2]), when, img)
            nm = names(rng, "ts", 7)
            un = names(rng, "uy", 4)
            if style == "xun":
                self._lead(blocks, f"天山网讯（记者{nm[0]} 通讯员{nm[3]}报道）")
            elif style == "xhs":
                self._lead(
                    blocks,
                    f"新华社乌鲁木齐{when.month}月{when.day - 1}日电（记者{nm[0]}、{nm[1]}）",
                )
            if uy:
                self._credit(blocks, lambda u=un: f"سۈرەتنى {u[3]} تارتقان")
            elif style == "wentu":
                self._credit(blocks, lambda n=nm: f"天山网-新疆日报记者 {n[0]} 摄")
            else:
                self._credit(
                    blocks,
                    lambda n=nm: rng.choice([f"天山网-新疆日报记者 {n[6]} 摄", "", "资料图"]),
                )
            authors = {
                "bd": nm[:1],
                "xun": nm[:1],
                "old": nm[:1],
                "two": nm[:2],
                "uy1": un[:1],
                "xhs": nm[:2],
                "sls": [nm[0], nm[2]],
                "old2": nm[:1],
                "wentu": nm[:1],
                "uy2": un[:2],
                "bd2": nm[:1],
            }.get(style, [])
            corr = {
                "bd": nm[3:4],
                "xun": nm[3:4],
                "old2": nm[3:4],
                "tx": nm[3:5],
                "bd2": nm[3:5],
            }.get(style, [])
            source = {
                "xun": "天山网",
                "tx": "天山网",
                "old": "天山网",
                "old2": "天山网",
                "xhs": "新华社",
                "sls": "石榴云/新疆日报",
                "uy1": "تەڭرىتاغ تورى",
                "uy2": "تەڭرىتاغ تورى",
            }.get(style, "天山网-新疆日报")
            sec = secs[0] if old else rng.choice(secs)
            tid = 21_000_000 + i * 3217 + rng.randint(0, 999)
            if uy:
                path = f"/uy/xinjiang/{when:%Y%m}/t{when:%Y%m%d}_{tid - 3_400_000}.shtml"
            elif old:
                path = f"/system/{when:%Y/%m/%d}/0356{rng.randint(10000, 99999)}.shtml"
            else:
                path = f"/xwzx/{sec[0]}/{when:%Y%m}/t{when:%Y%m%d}_{tid}.shtml"
            arts.append(
                Art(
                    "ts",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "second" if old else "minute",
                    blocks,
                    correspondents=corr,
                    editors=[un[2]] if uy else [nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "uy": uy,
                        "ctx": ctx,
                        "nm": nm,
                        "un": un,
                        "source": source,
                        "sec": sec,
                        "id": tid,
                        "views": rng.randint(300, 9000),
                    },
                )
            )
        zh = [j for j, s in enumerate(styles) if not s.startswith(("uy", "old"))]
        self._relate(arts, [0, 1, 3, 5, 8, 11], zh, (2, 4))
        arts[7].related = [arts[2].path]  # the 2019 pair
        arts[4].related = [arts[9].path]  # the Uyghur pair
        self.arts += arts

    # --- 2. 中国西藏网 (tibet.cn, TRS) ---------------------------------------------------------
    def _tibet(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["yc", "jz", "two", "old", "wt", "xz", "xhs", "none", "out", "tx", "yc", "wt2"]
        secs = [("news/yc", "原创"), ("news/zx", "资讯"), ("culture/wx", "文化")]
        arts = []
        for i, style in enumerate(styles):
            old = style in ("old", "out")
            when = self._day(i, 2019 if old else 2024)
            title, ctx, blocks = self._story(
                "tibet",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                when,
                "/cn/pic/{d:%Y%m}/W0{d:%Y%m%d}{n}.jpg",
            )
            nm = names(rng, "tibet", 7)
            if style == "xhs":
                self._lead(blocks, f"新华社拉萨{when.month}月{when.day - 1}日电（记者{nm[0]}）")
            if style == "wt":
                self._credit(blocks, lambda n=nm: "")
            elif style == "wt2":
                self._credit(blocks, lambda n=nm: f"{n[0]} 摄")
            else:
                self._credit(
                    blocks,
                    lambda n=nm: rng.choice([f"中国西藏网 记者 {n[6]} 摄", f"{n[6]} 摄", ""]),
                )
            authors = {
                "yc": nm[:1],
                "jz": nm[:1],
                "two": nm[:2],
                "old": nm[:1],
                "wt": nm[:1],
                "xz": nm[:2],
                "xhs": nm[:1],
                "wt2": nm[:1],
            }.get(style, [])
            source = {"xz": "西藏日报", "xhs": "新华网", "out": "人民网-西藏频道"}.get(
                style, "中国西藏网"
            )
            sec = (
                secs[1]
                if style in ("xz", "xhs", "out")
                else rng.choice([secs[0], secs[0], secs[2]])
            )
            tid = 7_610_000 + i * 977 + rng.randint(0, 700)
            if old:
                tid -= 1_400_000
            arts.append(
                Art(
                    "tibet",
                    i,
                    f"/cn/{sec[0]}/{when:%Y%m}/t{when:%Y%m%d}_{tid}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=nm[3:4] if style == "tx" else [],
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "sec": sec,
                        "id": tid,
                    },
                )
            )
        cur = [j for j, s in enumerate(styles) if s not in ("old", "out")]
        self._relate(arts, [0, 1, 2, 5, 6, 9, 10, 11], cur, (3, 5))
        arts[3].related = [arts[8].path]
        self.arts += arts

    # --- 3. 哈日淖尔旗之窗 (a 旗 government portal, ASP, GBK) -----------------------------------
    def _qx(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "jz_tx",
            "old",
            "unit",
            "tx",
            "wt",
            "old_two",
            "sumu",
            "rm2",
            "tx2",
            "old_unit",
            "zz",
        ]
        classes = [(3, "旗县动态"), (5, "苏木镇动态"), (7, "部门动态")]
        arts = []
        for i, style in enumerate(styles):
            old = style.startswith("old")
            when = self._day(i, 2019 if old else 2024)
            size = "small" if old and sizes[i] == "long" else sizes[i]
            title, ctx, blocks = self._story(
                "qx",
                size,
                rng.choice([0, 1, 1, 2]),
                when,
                "/UploadFiles/{d:%Y%m}/{d:%Y%m%d}{n}.jpg",
            )
            nm = names(rng, "qx", 8)
            if i == 11:
                nm[0] = "王喆"  # a GBK name on a page declared GB2312
            if style == "wt":
                self._credit(blocks, lambda: "")
            else:
                self._credit(
                    blocks, lambda n=nm: rng.choice([f"（{n[7]} 摄）", "", "（资料图片）"])
                )
            authors = {
                "zz": nm[:1],
                "jz_tx": nm[:1],
                "old": nm[:1],
                "wt": nm[:1],
                "old_two": nm[:2],
                "sumu": nm[:1],
                "rm2": nm[:2],
            }.get(style, [])
            corr = {"jz_tx": nm[3:4], "tx": nm[3:4], "tx2": nm[3:5]}.get(style, [])
            editors = [nm[5]] if style in ("zz", "tx", "wt", "old_two", "rm2", "tx2") else []
            unit = {"unit": "旗教育局", "old_unit": "旗林草局"}.get(style, "")
            source = unit or {"sumu": ctx["place"] if "苏木" in ctx["place"] else "宝力根苏木"}.get(
                style, "哈日淖尔旗融媒体中心"
            )
            cls = classes[1] if style == "sumu" else classes[2] if unit else rng.choice(classes[:2])
            nid = 15_200 + i * 211 + rng.randint(0, 150)
            if old:
                nid -= 9_000
            arts.append(
                Art(
                    "qx",
                    i,
                    f"/news/show.asp?classid={cls[0]}&id={nid}",
                    title,
                    authors,
                    when,
                    "day" if old else "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "unit": unit,
                        "cls": cls,
                        "id": nid,
                        "hits": rng.randint(40, 2600),
                    },
                )
            )
        cur = [j for j, s in enumerate(styles) if not s.startswith("old")]
        self._relate(arts, [0, 1, 4, 5, 8, 9, 11], cur, (2, 5))
        self.arts += arts

    # --- 4. 广西新闻网 (gxnews.com.cn; the 2019 pages in GB2312) --------------------------------
    def _gx(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["bd", "xun", "gxrb", "old", "two", "wen", "src", "xhs", "tx", "old2", "bd", "sxs"]
        secs = [("szxw", "时政"), ("shxw", "社会"), ("jjxw", "经济")]
        arts = []
        for i, style in enumerate(styles):
            old = style.startswith("old")
            when = self._day(i, 2019 if old else 2024)
            title, ctx, blocks = self._story(
                "gx", sizes[i], rng.choice([0, 1, 1, 2]), when, "/gxrbimg/{d:%Y%m%d}/{h}.jpg"
            )
            nm = names(rng, "gx", 8)
            city = rng.choice(["南宁", "柳州", "桂林", "百色"])
            if style == "xun":
                self._lead(blocks, f"广西新闻网{city}{when.month}月{when.day}日讯（记者 {nm[0]}）")
            elif style == "xhs":
                self._lead(
                    blocks, f"新华社南宁{when.month}月{when.day - 1}日电（记者{nm[0]}、{nm[1]}）"
                )
            if style == "wen":
                self._credit(blocks, lambda: "")
            else:
                self._credit(blocks, lambda n=nm: rng.choice([f"记者 {n[6]} 摄", "", "（资料图）"]))
            authors = {
                "bd": nm[:1],
                "xun": nm[:1],
                "gxrb": nm[:1],
                "old": nm[:1],
                "two": nm[:2],
                "wen": nm[:1],
                "src": nm[:1],
                "xhs": nm[:2],
                "old2": nm[:1],
                "sxs": [nm[0], nm[2]],
            }.get(style, [])
            corr = {"bd": nm[3:4], "gxrb": nm[3:5], "tx": nm[3:4], "old2": nm[3:4]}.get(style, [])
            source = {
                "gxrb": "广西日报",
                "wen": "广西日报",
                "old": "广西日报",
                "src": "南国早报",
                "xhs": "新华网",
            }.get(style, "广西新闻网")
            sec = rng.choice(secs)
            nid = (18_212_000 if old else 21_512_000) + i * 1493 + rng.randint(0, 999)
            path = f"/staticpages/{when:%Y%m%d}/newgx{int(when.timestamp()):x}-{nid}.shtml"
            arts.append(
                Art(
                    "gx",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "sec": sec,
                        "id": nid,
                    },
                )
            )
        cur = [j for j, s in enumerate(styles) if not s.startswith("old")]
        self._relate(arts, [0, 1, 2, 4, 6, 7, 8, 10, 11], cur, (2, 4))
        arts[9].related = [arts[3].path]
        self.arts += arts

    # --- 5. 延边新闻网 and its Korean mirror 연변뉴스 ---------------------------------------
    def _yb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["jz", "jz_tx", "k1", "two", "src", "k2", "old", "none", "kgl", "zz", "tx", "ktx"]
        secs = [("ybxw", "延边要闻"), ("zn", "州内新闻")]
        arts = []
        for i, style in enumerate(styles):
            ko = style.startswith("k")
            old = style == "old"
            size = "mid" if ko and sizes[i] == "long" else sizes[i]
            when = self._day(i, 2019 if old else 2024, seconds=old)
            key = "ko" if ko else "yb"
            img = "/kr/pic/{d:%Y%m}/{h}.jpg" if ko else "/pic/{d:%Y%m}/{d:%d}/{h}.jpg"
            title, ctx, blocks = self._story(key, size, rng.choice([0, 1, 1, 2]), when, img)
            nm = names(rng, "yb", 8)
            kn = names(rng, "ko", 5)
            if style == "kgl":
                self._credit(blocks, lambda: "")
            elif ko:
                self._credit(blocks, lambda k=kn: rng.choice([f"사진 {k[4]} 기자", ""]))
            else:
                self._credit(
                    blocks, lambda n=nm: rng.choice([f"（延边日报全媒体记者 {n[6]} 摄）", ""])
                )
            authors = {
                "jz": nm[:1],
                "jz_tx": nm[:1],
                "k1": kn[:1],
                "two": nm[:2],
                "src": nm[:1],
                "k2": kn[:2],
                "old": nm[:1],
                "kgl": kn[:1],
                "zz": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[3:4], "tx": nm[3:4], "ktx": kn[3:4]}.get(style, [])
            source = {"src": "吉林日报", "none": "延边州人民政府网"}.get(
                style, "연변일보" if ko else "延边日报"
            )
            sec = secs[0] if ko else rng.choice(secs)
            cid = 512_000 + i * 389 + rng.randint(0, 300)
            if old:
                cid -= 160_000
            root = "/kr" if ko else ""
            arts.append(
                Art(
                    "yb",
                    i,
                    f"{root}/content/{when:%Y-%m}/{when:%d}/content_{cid}.html",
                    title,
                    authors,
                    when,
                    "second" if old else "minute",
                    blocks,
                    correspondents=corr,
                    editors=[kn[2]] if ko else [nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "ko": ko,
                        "ctx": ctx,
                        "nm": nm,
                        "kn": kn,
                        "source": source,
                        "sec": sec,
                        "id": cid,
                        "views": rng.randint(120, 5000),
                    },
                )
            )
        zh = [j for j, s in enumerate(styles) if not s.startswith("k") and s != "old"]
        kr = [j for j, s in enumerate(styles) if s.startswith("k")]
        self._relate(arts, [0, 3, 4, 7, 9], zh, (2, 4))
        self._relate(arts, [2, 5, 11], kr, (1, 3))
        self.arts += arts


__all__ = ["BEIJING", "Site41"]
