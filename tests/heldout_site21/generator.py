"""The twenty-first held-out site: 60 articles over five provincial party-newspaper groups'
portals, every page rendered in memory.

``Site21(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from heldout import Art
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names


class Site21(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 2121) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._dahe()
        self._hubei()
        self._dbw()
        self._scol()
        self._voc()

    def _art(self, tpl: str, i: int, img: str, seconds: bool, year: int = 2024) -> dict:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=seconds, year=year)
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        blocks = self._blocks(tpl, self._sizes_of(tpl)[i], ctx, rng.choice([0, 1, 1, 2]), when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 6)}

    def _sizes_of(self, tpl: str) -> list[str]:
        if not hasattr(self, "_sz"):
            self._sz: dict[str, list[str]] = {}
        if tpl not in self._sz:
            self._sz[tpl] = self._sizes()
        return self._sz[tpl]

    # --- 大河网 (Henan; the older pages in GBK) ---------------------------------------------
    def _dahe(self) -> None:
        rng = self.rng
        styles = ["dhw", "jz_corr", "two", "wire", "jz", "jz_corr"] * 2
        arts = []
        for i, style in enumerate(styles):
            old = i % 4 == 1
            d = self._art(
                "dahe", i, "/upload/{d:%Y%m}/{d:%d}/{h}.jpg", False, 2019 if old else 2024
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = f"记者 {nm[4]} 摄"
            first = self._first(blocks)
            md = self._md(when)
            authors = {"two": nm[:2]}.get(style, nm[:1])
            corr = nm[2:3] if style == "jz_corr" else []
            lead, source, zz = {
                "dhw": ("【大河网讯】", "大河网", nm[0]),
                "jz": ("【大河网讯】", "大河网", f"记者 {nm[0]}"),
                "jz_corr": (
                    f"【大河网讯】（记者 {nm[0]} 通讯员 {nm[2]}）",
                    "大河网",
                    f"记者 {nm[0]} 通讯员 {nm[2]}",
                ),
                "two": ("", "河南日报", f"{nm[0]} {nm[1]}"),
                "wire": (f"新华社郑州{md}电（记者{nm[0]}）", "新华社", f"新华社记者 {nm[0]}"),
            }[style]
            first.text = lead + first.text
            aid = 4300000 + i * 23117 + rng.randint(0, 9999)
            arts.append(
                Art(
                    "dahe",
                    i,
                    f"/news/{when:%Y%m%d}/{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "old": old,
                        "id": aid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": source,
                        "zz": zz,
                        "ed_label": "责任编辑" if i % 2 else "编辑",
                        "col": rng.choice([("henan", "河南新闻"), ("yc", "原创")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 荆楚网 (Hubei; the byline only in the opening dateline) -----------------------------
    def _hubei(self) -> None:
        rng = self.rng
        styles = ["jz_corr", "jz", "two", "corr_only", "hbrb", "intern"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("hubei", i, "/images/{d:%Y-%m}/{d:%d}/{n}.jpg", True)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            authors = {"two": nm[:2], "intern": nm[:2], "corr_only": []}.get(style, nm[:1])
            corr = {"jz_corr": nm[2:3], "hbrb": nm[2:3], "corr_only": nm[2:4]}.get(style, [])
            head = "湖北日报讯" if style == "hbrb" else "荆楚网（湖北日报网）讯"
            paren = {
                "jz_corr": f"（记者 {nm[0]} 通讯员 {nm[2]}）",
                "jz": f"（记者 {nm[0]}）",
                "two": f"（记者 {nm[0]}、{nm[1]}）",
                "corr_only": f"（通讯员 {nm[2]} {nm[3]}）",
                "hbrb": f"（记者 {nm[0]} 通讯员 {nm[2]}）",
                "intern": f"（记者 {nm[0]} 实习生 {nm[1]}）",
            }[style]
            first = self._first(blocks)
            first.text = head + paren + first.text
            cid = 17800000 + i * 40123 + rng.randint(0, 9999)
            arts.append(
                Art(
                    "hubei",
                    i,
                    f"/content/{when:%Y-%m}/{when:%d}/content_{cid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "id": cid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": "湖北日报" if style == "hbrb" else "荆楚网",
                        "col": rng.choice([("hbxw", "湖北新闻"), ("szxw", "时政新闻")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 东北网 (Heilongjiang; Founder pages declared GB2312) --------------------------------
    def _dbw(self) -> None:
        rng = self.rng
        styles = ["jz", "jz_corr", "two", "xh", "hljrb", "photo"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("dbw", i, "/pic/{d:%Y}/{d:%m}/{d:%d}/{h}.jpg", False)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"东北网记者 {nm[0]} 摄" if style == "photo" else "图片由受访者提供"
            authors = {"two": nm[:2]}.get(style, nm[:1])
            corr = nm[2:3] if style == "jz_corr" else []
            md = self._md(when)
            lead = {
                "jz": f"东北网{md}讯（记者 {nm[0]}）",
                "jz_corr": f"东北网{md}讯（记者 {nm[0]} 通讯员 {nm[2]}）",
                "two": f"东北网{md}讯（记者 {nm[0]} {nm[1]}）",
                "xh": f"新华社哈尔滨{md}电（记者{nm[0]}）",
                "hljrb": f"黑龙江日报{md}讯（记者 {nm[0]}）",
                "photo": f"东北网{md}讯（记者 {nm[0]}）",
            }[style]
            first = self._first(blocks)
            first.text = lead + first.text
            sid = 59000000 + i * 31337 + rng.randint(0, 9999)
            arts.append(
                Art(
                    "dbw",
                    i,
                    f"/system/{when:%Y/%m/%d}/{sid:09d}.shtml",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "id": sid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": {"xh": "新华网", "hljrb": "黑龙江日报"}.get(style, "东北网"),
                        "col": rng.choice([("hlj", "黑龙江新闻"), ("shxw", "社会新闻")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 5, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 四川在线 (Sichuan; the byline as the story's first line) ----------------------------
    def _scol(self) -> None:
        rng = self.rng
        styles = ["qmt", "two", "intern", "cg", "qmt", "corr"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("scol", i, "/upload/{d:%Y%m%d}/{h}.jpeg", True)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            authors = {"two": nm[:2], "intern": nm[:2]}.get(style, nm[:1])
            corr = nm[2:3] if style == "corr" else []
            byline = {
                "qmt": f"四川日报全媒体记者 {nm[0]}",
                "two": f"四川日报全媒体记者 {nm[0]} {nm[1]}",
                "intern": f"四川日报全媒体记者 {nm[0]} 实习生 {nm[1]}",
                "cg": f"川观新闻记者 {nm[0]}",
                "corr": f"四川日报全媒体记者 {nm[0]} 通讯员 {nm[2]}",
            }[style]
            nid = 1900000 + i * 51234 + rng.randint(0, 9999)
            arts.append(
                Art(
                    "scol",
                    i,
                    f"/c/{when:%Y-%m-%d}/{nid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "id": nid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "byline": byline,
                        "source": "川观新闻" if style == "cg" else "四川日报",
                        "col": rng.choice([("szxw", "时政"), ("sczx", "四川资讯")]),
                    },
                )
            )
        # 相关推荐 is this template's related list, on the pages that have one
        self._related(arts, lambda: rng.randint(2, 4), who=[k for k in range(12) if k % 3 != 2])
        self.arts += arts

    # --- 华声在线 (Hunan; 来源 | 时间 | 作者 line and a byline paragraph) ---------------------
    def _voc(self) -> None:
        rng = self.rng
        styles = ["jz_corr", "jz", "two", "hnrb", "xhn", "jz"] * 2
        arts = []
        for i, style in enumerate(styles):
            d = self._art("voc", i, "/uploadfile/{d:%Y}/{d:%m%d}/{d:%Y%m%d}{n}.jpg", True)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.credit = f"华声在线全媒体记者 {nm[0]} 摄"
            authors = {"two": nm[:2]}.get(style, nm[:1])
            corr = {"jz_corr": nm[2:3], "xhn": nm[2:4]}.get(style, [])
            byline = {
                "jz_corr": f"华声在线全媒体记者 {nm[0]} 通讯员 {nm[2]}",
                "jz": f"华声在线全媒体记者 {nm[0]}",
                "two": f"华声在线全媒体记者 {nm[0]} {nm[1]}",
                "hnrb": f"湖南日报全媒体记者 {nm[0]}",
                "xhn": f"新湖南客户端记者 {nm[0]} 通讯员 {nm[2]} {nm[3]}",
            }[style]
            num = f"{when:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"
            arts.append(
                Art(
                    "voc",
                    i,
                    f"/article/{when:%Y%m}/{num}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "id": num,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "byline": byline,
                        "source": {"hnrb": "湖南日报", "xhn": "新湖南"}.get(style, "华声在线"),
                        "col": rng.choice([("hunan", "湖南新闻"), ("szxw", "时政要闻")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 7, 8, 9, 11])
        self.arts += arts
