"""The thirtieth held-out site: 60 articles over five mainland finance and securities news sites
(all Beijing time), every page rendered in memory.

``Site30(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import string
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import BROKERS, POOLS, SUBHEADS, context, names

LOW = string.ascii_lowercase


class Site30(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 3030) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._em()
        self._stcn()
        self._sina()
        self._hexun()
        self._cs()

    def _art(
        self, key: str, i: int, size: str, img: str, images: int | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(6, 22))
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        if images is None:
            images = rng.choice([0, 0, 1, 2])
        blocks = self._blocks(key, size, ctx, images, when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 6)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _wire(self, when: Any) -> str:
        city = self.rng.choice(["北京", "北京", "上海", "深圳"])
        return f"新华社{city}{when.month}月{max(1, when.day - 1)}日电"

    def _credits(self, blocks: list[Block], forms: list[str]) -> None:
        for b in blocks:
            if b.kind == "img":
                b.credit = self.rng.choice(forms)

    def _mk(
        self,
        tpl: str,
        i: int,
        path: str,
        d: dict[str, Any],
        authors: list[str],
        prec: str,
        **kw: Any,
    ) -> Art:
        corr = kw.pop("corr", [])
        editors = kw.pop("editors", [])
        when = kw.pop("when", d["when"])
        x = {"ctx": d["ctx"], "nm": d["nm"], **kw}
        return Art(
            tpl,
            i,
            path,
            d["title"],
            authors,
            when,
            prec,
            d["blocks"],
            correspondents=corr,
            editors=editors,
            x=x,
        )

    # --- 1. 东方财富网 finance.eastmoney.com (``/a/202405083067891234.html``) ------------------
    def _em(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "zz2",
            "unit",
            "yanbao",
            "ytb",
            "zz",
            "none",
            "jz",
            "zz",
            "ytb",
            "unit",
            "wire",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "mid" if style == "yanbao" else sizes[i]
            d = self._art("em", i, size, "https://np-newspic.dfcfw.com/download/D{h}{n}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            broker = rng.choice(BROKERS)
            if style == "yanbao":
                ctx = d["ctx"]
                d["title"] = f"{broker}：维持{ctx['stock']}“买入”评级 {ctx['topic']}景气有望延续"
                self.used.add(d["title"])
            self._credits(blocks, ["", "（图片来源：视觉中国）", "图片来源：东方IC"])
            if style == "wire":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}）")
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "yanbao": nm[:2],
                "ytb": nm[:1],
                "jz": nm[:1],
                "wire": nm[:1],
            }.get(style, [])
            source = {
                "unit": rng.choice(["东方财富研究中心", "财联社"]),
                "yanbao": broker,
                "wire": "新华社",
                "jz": "上海证券报",
            }.get(
                style,
                rng.choice(
                    ["证券时报网", "中国基金报", "每日经济新闻", "上海证券报", "东方财富网"]
                ),
            )
            unit = source if style == "unit" else ""
            aid = f"{when:%Y%m%d}{3000000000 + i * 7919391 + rng.randint(0, 99999):010d}"
            editors = [nm[5]] if i != 6 else []
            orig = ""
            if style == "ytb":
                orig = (
                    d["ctx"]["topic"]
                    + "，"
                    + rng.choice(["这一信号值得重视", "机构最新研判来了", "资金抢筹逻辑曝光"])
                )
            arts.append(
                self._mk(
                    "em",
                    i,
                    f"/a/{aid}.html",
                    d,
                    authors,
                    "minute",
                    editors=editors,
                    style=style,
                    source=source,
                    unit=unit,
                    orig=orig,
                    aid=aid,
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 7, 9, 11])
        self.arts += arts

    # --- 2. 证券时报网 stcn.com (``/article/detail/1234567.html``; 2021 TRS pages) --------------
    def _stcn(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jzline",
            "zz",
            "ekgs",
            "jzline2",
            "kx",
            "old",
            "zz",
            "rmcx",
            "old",
            "jzline",
            "unit",
            "egs_jz",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "brief" if style in ("kx", "rmcx") else sizes[i]
            d = self._art(
                "stcn",
                i,
                size,
                "https://static.stcn.com/upload/{d:%Y%m%d}/{h}.png",
                0 if size == "brief" else None,
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(blocks, ["", f"证券时报记者 {nm[3]}/摄", "图虫创意/供图"])
            old = style == "old"
            if old:
                when = when.replace(year=2021, day=max(1, when.day - 1))
            if style in ("ekgs", "kx"):
                self._lead(blocks, "证券时报e公司讯，")
            elif style == "rmcx":
                self._lead(blocks, f"人民财讯{when.month}月{when.day}日电，")
            authors = {
                "jzline": nm[:1],
                "zz": nm[:1],
                "ekgs": nm[:1],
                "jzline2": nm[:2],
                "old": nm[:1],
                "egs_jz": nm[:1],
            }.get(style, [])
            source = {"ekgs": "e公司", "kx": "e公司", "rmcx": "人民财讯", "egs_jz": "e公司"}.get(
                style, "证券时报网"
            )
            unit = {"rmcx": "人民财讯", "unit": "证券时报·数据宝"}.get(style, "")
            editors = [nm[5]] if style != "kx" else []
            if old:
                tid = 3200000 + i * 2311 + rng.randint(0, 999)
                path = f"/gsxw/{when:%Y%m}/t{when:%Y%m%d}_{tid}.html"
            else:
                path = f"/article/detail/{1180000 + i * 3571 + rng.randint(0, 999)}.html"
            arts.append(
                self._mk(
                    "stcn",
                    i,
                    path,
                    d,
                    authors,
                    "second" if old else "minute",
                    when=when,
                    editors=editors,
                    style=style,
                    source=source,
                    unit=unit,
                    old=old,
                    proof=nm[4] if i % 3 != 1 else "",
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 6, 9, 10, 11])
        for a in arts:
            a.related = [p for p in a.related if not p.startswith("/gsxw/")]
        self.arts += arts

    # --- 3. 新浪财经 finance.sina.com.cn (``/stock/.../doc-inaxxxxx1234567.shtml``) -------------
    def _sina(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "reprint_jz",
            "xlcj",
            "zz",
            "wen",
            "reprint_none",
            "yb",
            "xlcj",
            "reprint_sx",
            "wire",
            "zz",
            "wen",
            "reprint_jz",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "brief" if i == 1 else sizes[i]
            d = self._art("sina", i, size, "https://n.sinaimg.cn/finance/crawl/{d:%Y%m%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(blocks, ["", "（图片来源：视觉中国）", "来源：图虫创意"])
            if style == "xlcj":
                self._lead(blocks, f"新浪财经讯 {when.month}月{when.day}日消息，")
            elif style == "wire":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}、{nm[1]}）")
            authors = {
                "reprint_jz": nm[:1],
                "zz": nm[:1],
                "wen": nm[:1],
                "yb": nm[:2],
                "reprint_sx": nm[:2],
                "wire": nm[:2],
            }.get(style, [])
            source = {
                "reprint_jz": rng.choice(["中国证券报", "上海证券报", "证券日报"]),
                "reprint_sx": "上海证券报",
                "xlcj": "新浪财经",
                "zz": "新浪财经",
                "wen": "新浪财经-自媒体综合",
                "reprint_none": rng.choice(["澎湃新闻", "界面新闻", "智通财经"]),
                "yb": "市场资讯",
                "wire": "新华社",
            }[style]
            broker = rng.choice(BROKERS)
            ch = rng.choice(
                [
                    ("stock/marketresearch", "市场研究"),
                    ("stock/roll", "股市滚动"),
                    ("money/fund", "基金"),
                ]
            )
            code = (
                "ina"
                + "".join(rng.choice(LOW) for _ in range(5))
                + f"{rng.randint(0, 9999999):07d}"
            )
            arts.append(
                self._mk(
                    "sina",
                    i,
                    f"/{ch[0]}/{when:%Y-%m-%d}/doc-{code}.shtml",
                    d,
                    authors,
                    "minute",
                    editors=[nm[5]],
                    style=style,
                    source=source,
                    broker=broker,
                    ch=ch,
                    tag=i % 4,
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 2, 3, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- 4. 和讯网 stock.hexun.com (GB2312, ``/2024-05-08/212345678.html``) ---------------------
    def _hexun(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["zz", "hx", "src", "wire", "old", "zz2", "hx", "old", "zz", "src", "none", "bbjz"]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("hexun", i, sizes[i], "http://i{n}.hexun.com/{d:%Y-%m-%d}/{h}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(blocks, ["", "（图片来源：和讯网）", "资料图"])
            old = style == "old"
            if old:
                when = when.replace(year=2019)
            if style == "hx":
                self._lead(blocks, f"和讯网消息 {when.month}月{when.day}日，")
            elif style == "src":
                self._lead(blocks, f"上证报中国证券网讯（记者 {nm[0]}）")
            elif style == "wire":
                self._lead(blocks, f"{self._wire(when)}（记者{nm[0]}）")
            authors = {
                "zz": nm[:1],
                "src": nm[:1],
                "wire": nm[:1],
                "old": nm[:1],
                "zz2": nm[:2],
                "bbjz": nm[:1],
            }.get(style, [])
            source = {
                "hx": "和讯网",
                "src": "上海证券报",
                "wire": "新华社",
                "none": "和讯网",
                "bbjz": "证券日报",
            }.get(style, rng.choice(["证券日报", "经济参考报", "和讯网", "金融时报"]))
            hid = 212300000 + i * 37117 + rng.randint(0, 9999)
            if old:
                hid -= 14_000_000
            sub = rng.choice(["stock", "stock", "bank", "futures", "insurance"])
            arts.append(
                self._mk(
                    "hexun",
                    i,
                    f"/{when:%Y-%m-%d}/{hid}.html",
                    d,
                    authors,
                    "second",
                    when=when,
                    corr=[nm[2]] if style == "bbjz" and i % 2 else [],
                    editors=[nm[5]],
                    style=style,
                    source=source,
                    old=old,
                    hn=f"HN{rng.randint(1, 199):03d}",
                    sub=sub,
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 8, 9])
        for a in arts:
            a.related = [p for p in a.related if not p.startswith("/2019-")]
        self.arts += arts

    # --- 5. 中国证券报·中证网 cs.com.cn (``/ssgs/gsxw/202405/t20240508_6412345.html``) -------
    def _cs(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz",
            "bbjz",
            "zzw",
            "jz2",
            "old",
            "zzw",
            "paper",
            "bbjz_sx",
            "old",
            "jz",
            "none",
            "tj",
        ]
        arts = []
        for i, style in enumerate(styles):
            size = "brief" if style == "none" else sizes[i]
            d = self._art("cs", i, size, "/{d:%Y%m}/W0{d:%Y%m%d}{n}.jpg")
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            self._credits(blocks, ["", f"中国证券报记者 {nm[3]} 摄", "新华社图片"])
            old = style == "old"
            if old:
                when = when.replace(year=2019, day=max(1, when.day - 2))
            if style == "zzw":
                self._lead(blocks, f"中证网讯（记者 {nm[0]}）")
            authors = {
                "jz": nm[:1],
                "bbjz": nm[:1],
                "zzw": nm[:1],
                "jz2": nm[:2],
                "old": nm[:1],
                "paper": nm[:1],
                "bbjz_sx": nm[:2],
                "tj": nm[:1],
            }.get(style, [])
            col = rng.choice(
                [("ssgs/gsxw", "公司新闻"), ("xwzx/hg", "宏观"), ("gppd/gsyj", "公司研究")]
            )
            tid = 6410000 + i * 1777 + rng.randint(0, 999)
            if old:
                tid -= 700000
            editors = {"paper": [nm[5]], "none": []}.get(style, [nm[5]])
            arts.append(
                self._mk(
                    "cs",
                    i,
                    f"/{col[0]}/{when:%Y%m}/t{when:%Y%m%d}_{tid}.html",
                    d,
                    authors,
                    "day" if style in ("old", "paper") else "minute",
                    when=when,
                    editors=editors,
                    style=style,
                    old=old,
                    col=col,
                    source="中国证券报"
                    if style in ("paper", "bbjz", "bbjz_sx")
                    else "中国证券报·中证网",
                    proof=nm[4],
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 5, 7, 9, 11])
        for a in arts:
            a.related = [p for p in a.related if "/2019" not in p]
        self.arts += arts


__all__ = ["BEIJING", "Site30"]
