"""The twenty-second held-out site: 60 articles over two broadcasters' and three city papers'
news sites, every page rendered in memory.

``Site22(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

VIDEO_TEXT = {
    "gdtv": (
        "{md}，{place}{topic}吸引了不少市民前来，现场气氛热烈。"
        "一起来看荔枝新闻记者从现场发回的报道。"
    ),
    "knews": "{md}，{place}{topic}迎来新变化。看看新闻Knews记者带你到现场看一看。",
    "xxcb": "{md}，长沙{place}{topic}引发关注，晨视频记者第一时间赶到现场探访。",
}


class Site22(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 2222) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._gdtv()
        self._knews()
        self._cjrb()
        self._xxcb()
        self._bjd()

    def _sizes_of(self, tpl: str) -> list[str]:
        if not hasattr(self, "_sz"):
            self._sz: dict[str, list[str]] = {}
        if tpl not in self._sz:
            self._sz[tpl] = self._sizes()
        return self._sz[tpl]

    def _art(
        self, tpl: str, i: int, img: str, seconds: bool, year: int = 2024, video: bool = False
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=seconds, year=year)
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        if video:  # a video story: one or two short lines under the player
            lead = VIDEO_TEXT[tpl].format(md=self._md(when), **ctx)
            blocks = [Block("p", lead)]
            if rng.random() < 0.5:
                blocks.append(Block("p", self.pools.sentence(rng, tpl, ctx)))
        else:
            size = self._sizes_of(tpl)[i]
            blocks = self._blocks(tpl, size, ctx, rng.choice([0, 1, 1, 2]), when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 7)}

    def _hex(self, n: int) -> str:
        return f"{self.rng.getrandbits(n * 4):0{n}x}"

    def _short(self, n: int) -> str:
        abc = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        return "".join(self.rng.choice(abc) for _ in range(n))

    # --- 荔枝网 news.gdtv.cn (Nuxt, __NUXT__) ------------------------------------------------
    def _gdtv(self) -> None:
        rng = self.rng
        styles = ["jz", "video", "two", "lead_corr", "xh", "video"] * 2
        arts = []
        for i, style in enumerate(styles):
            video = style == "video"
            d = self._art("gdtv", i, "/upload/{d:%Y%m%d}/{h}.jpg", False, video=video)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = f"记者 {nm[4]} 摄"
            authors = {"two": nm[:2]}.get(style, nm[:1])
            corr = nm[2:3] if style == "lead_corr" else []
            first = self._first(blocks)
            if style == "lead_corr":
                first.text = f"荔枝新闻讯（记者 {nm[0]} 通讯员 {nm[2]}）" + first.text
            elif style == "xh":
                first.text = f"新华社广州{self._md(when)}电（记者{nm[0]}）" + first.text
            editors = [] if i in (4, 9) else [nm[3]]
            arts.append(
                Art(
                    "gdtv",
                    i,
                    f"/article/{self._hex(32)}",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "id": rng.randint(1000000, 9999999),
                        "source": "新华社" if style == "xh" else "荔枝新闻",
                        "col": rng.choice([("gd", "广东"), ("sh", "社会")]),
                        "video": video,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- 看看新闻 Knews kankanews.com (video first, Nuxt 3 payload) -------------------------
    def _knews(self) -> None:
        rng = self.rng
        styles = ["jz", "video", "two", "wire", "intern", "video"] * 2
        arts = []
        for i, style in enumerate(styles):
            video = style == "video"
            d = self._art("knews", i, "/kknews/{d:%Y%m%d}/{h}.jpg", True, video=video)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            authors = {"two": nm[:2], "intern": nm[:2], "wire": []}.get(style, nm[:1])
            credit = {
                "jz": f"看看新闻Knews记者：{nm[0]}",
                "video": f"看看新闻Knews记者：{nm[0]}",
                "two": f"看看新闻Knews记者：{nm[0]} {nm[1]}",
                "intern": f"看看新闻Knews记者：{nm[0]} 实习生：{nm[1]}",
                "wire": "",
            }[style]
            editors = [nm[3]] if style == "video" else [nm[3], nm[5]]
            arts.append(
                Art(
                    "knews",
                    i,
                    f"/detail/{self._short(11)}",
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
                        "id": rng.randint(3000000, 3999999),
                        "credit": credit,
                        "source": "央视新闻" if style == "wire" else "看看新闻Knews",
                        "col": rng.choice([("shanghai", "上海"), ("minsheng", "民生")]),
                        "video": video,
                        "dur": f"{rng.randint(0, 4):02d}:{rng.randint(5, 59):02d}",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 长江网 / 长江日报 (TRS; 2019 Founder pages in GBK) -----------------------------------
    def _cjrb(self) -> None:
        rng = self.rng
        styles = ["jz_corr", "jz", "two", "intern", "corr_only", "xh"] * 2
        arts = []
        for i, style in enumerate(styles):
            old = i % 4 == 1
            d = self._art(
                "cjrb", i, "/images/{d:%Y%m}/{d:%d}/{n}.jpg", False, 2019 if old else 2024
            )
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"长江日报记者{nm[4]} 摄" if rng.random() < 0.7 else ""
            authors = {"two": nm[:2], "intern": nm[:2], "corr_only": []}.get(style, nm[:1])
            corr = {"jz_corr": nm[2:3], "corr_only": nm[2:4]}.get(style, [])
            lead = {
                "jz_corr": f"长江日报讯（记者{nm[0]} 通讯员{nm[2]}）",
                "jz": f"长江日报讯（记者{nm[0]}）",
                "two": f"长江日报讯（记者{nm[0]} {nm[1]}）",
                "intern": f"长江日报讯（记者{nm[0]} 实习生{nm[1]}）",
                "corr_only": f"长江日报讯（通讯员{nm[2]} {nm[3]}）",
                "xh": f"新华社武汉{self._md(when)}电（记者{nm[0]}）",
            }[style]
            first = self._first(blocks)
            first.text = lead + first.text
            tid = (3400000 if old else 4500000) + i * 17011 + rng.randint(0, 9999)
            if old:
                path = f"/html/{when:%Y-%m}/{when:%d}/content_{tid}.htm"
            else:
                path = f"/news/{when:%Y%m}/t{when:%Y%m%d}_{tid}.shtml"
            arts.append(
                Art(
                    "cjrb",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day" if old else "minute",  # the e-paper page prints the day
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "id": tid,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "source": "新华社" if style == "xh" else "长江日报",
                        "col": rng.choice([("wh", "武汉"), ("ms", "民生")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 潇湘晨报 xxcb.cn (byline line first, 编辑/二审/三审 last) ----------------------------
    def _xxcb(self) -> None:
        rng = self.rng
        styles = ["jz", "two", "video", "corr", "xh", "jz"] * 2
        arts = []
        for i, style in enumerate(styles):
            video = style == "video"
            d = self._art("xxcb", i, "/static/{d:%Y%m%d}/{h}.jpeg", True, video=video)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.credit = f"潇湘晨报记者 {nm[0]} 摄"
            authors = {"two": nm[:2], "xh": []}.get(style, nm[:1])
            corr = nm[2:3] if style == "corr" else []
            place = d["ctx"]["place"] if d["ctx"]["place"] in ("长沙", "浏阳", "宁乡") else "长沙"
            byline = {
                "jz": f"潇湘晨报记者 {nm[0]} {place}报道",
                "two": f"潇湘晨报记者 {nm[0]} {nm[1]} {place}报道",
                "video": f"潇湘晨报晨视频记者 {nm[0]} {place}报道",
                "corr": f"潇湘晨报记者 {nm[0]} 通讯员 {nm[2]} {place}报道",
                "xh": "",
            }[style]
            if style == "xh":
                self._first(blocks).text = "据新华社消息，" + self._first(blocks).text
            full = i % 5 != 4
            editors = [nm[3], nm[5], nm[6]] if full else [nm[3]]
            arts.append(
                Art(
                    "xxcb",
                    i,
                    f"/details/{self._short(10)}.html",
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
                        "id": rng.randint(100000, 999999),
                        "byline": byline,
                        "source": "新华社" if style == "xh" else "潇湘晨报",
                        "col": rng.choice([("changsha", "长沙"), ("hunan", "湖南")]),
                        "video": video,
                        "full": full,
                    },
                )
            )
        # 相关报道 closes the story on the pages that follow a running story
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 3, 5, 6, 8, 11])
        self.arts += arts

    # --- 北京日报客户端 / 北京号 share pages (bjd.com.cn, __INITIAL_STATE__) -------------------
    def _bjd(self) -> None:
        rng = self.rng
        styles = ["bjrb", "zz", "intern", "bjh", "corr", "xh"] * 2
        accounts = ["朝阳发布", "海淀文旅", "北京西城", "通州发布", "平安北京", "北京大兴"]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("bjd", i, "/bjdres/{d:%Y%m%d}/{h}.png", False)
            nm, when, blocks = d["nm"], d["when"], d["blocks"]
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.credit = f"北京日报记者 {nm[4]} 摄"
            two = i >= 6 and style == "bjrb"
            authors = {"intern": nm[:2], "bjh": []}.get(style, nm[:2] if two else nm[:1])
            corr = nm[2:3] if style == "corr" else []
            line = {
                "bjrb": f"北京日报客户端 | 记者 {nm[0]} {nm[1]}"
                if two
                else f"北京日报客户端 | 记者 {nm[0]}",
                "zz": f"作者：{nm[0]}",
                "intern": f"北京日报客户端 | 记者 {nm[0]} 实习记者 {nm[1]}",
                "bjh": "",
                "corr": f"北京日报客户端 | 记者 {nm[0]} 通讯员 {nm[2]}",
                "xh": "",
            }[style]
            if style == "xh":
                self._first(blocks).text = (
                    f"新华社北京{self._md(when)}电（记者{nm[0]}）" + self._first(blocks).text
                )
            account = rng.choice(accounts)
            arts.append(
                Art(
                    "bjd",
                    i,
                    f"/a/{when:%Y%m}/{when:%d}/AP{self._hex(24)}.html",
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[] if style == "bjh" else [nm[5]],
                    x={
                        "style": style,
                        "ctx": d["ctx"],
                        "nm": nm,
                        "line": line,
                        "account": account,
                        "source": {"bjh": account, "xh": "新华社"}.get(style, "北京日报客户端"),
                        "col": rng.choice([("bj", "北京"), ("zw", "政务")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 7, 8, 10])
        self.arts += arts
