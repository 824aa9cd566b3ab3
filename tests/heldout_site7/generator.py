"""The seventh held-out site: 60 articles over five Chinese news templates, every page rendered
in memory.

``Site7(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import string
from zoneinfo import ZoneInfo

from heldout import Art
from heldout_gen import GenSite

from . import cctv, chinanews, hanweb, netease, pages, thepaper
from .pools import DEPTS, POOLS, SUBHEADS, context, headline, names, paragraphs

BEIJING = ZoneInfo("Asia/Shanghai")
ALNUM = string.ascii_uppercase + string.digits


class Site7(GenSite):
    modules = (netease, chinanews, cctv, hanweb, thepaper, pages)
    pools = POOLS
    subheads = SUBHEADS
    lead_image = True

    def __init__(self, seed: int = 7007) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._netease()
        self._chinanews()
        self._cctv()
        self._hanweb()
        self._thepaper()

    # --- 网易新闻 ---------------------------------------------------------------------------
    def _netease(self) -> None:
        rng = self.rng
        styles = ["xjb", "xjb2", "line", "none", "xjb_corr", "line_corr"] * 2
        styles[6], styles[9] = "otitle", "none"
        sources = {
            "xjb": "新京报",
            "xjb2": "新京报",
            "xjb_corr": "新京报",
            "line": "潇湘晨报",
            "line_corr": "极目新闻",
        }
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "netease")
            title = headline(rng, "netease", ctx, self.used)
            blocks = self._blocks("netease", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.credit = rng.choice(["（图/视觉中国）", "图片来源：受访者供图", "（网络图）"])
            nm = names(rng, 4)
            authors = {"xjb": nm[:1], "xjb2": nm[:2], "xjb_corr": nm[:1], "line": nm[:1]}.get(
                style, []
            )
            if style == "line_corr":
                authors = nm[:1]
            corr = nm[2:3] if style.endswith("_corr") else []
            first = self._first(blocks)
            if style.startswith("xjb"):
                who = "记者" + " ".join(authors) + (f" 通讯员{corr[0]}" if corr else "")
                first.text = f"新京报讯（{who}）" + first.text
            editor = names(rng, 1, avoid=set(nm))[0]
            code = rng.choice(["NN1176", "NBJ11279", "NN1159", "NQ5032", "NF8734"])
            docid = "".join(rng.choice(ALNUM) for _ in range(8)) + rng.choice(
                ["0001899O", "000189FH", "00019B3E"]
            )
            chan = "news" if i % 3 else "money"
            arts.append(
                Art(
                    "netease",
                    i,
                    f"/{chan}/article/{docid}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[editor],
                    x={
                        "style": style,
                        "source": sources.get(
                            style, rng.choice(["央视新闻客户端", "中国新闻网", "红星新闻"])
                        ),
                        "code": code,
                        "docid": docid,
                        "chan": chan,
                        "place": ctx["place"],
                        "otitle": headline(rng, "netease", ctx, set(self.used))
                        if style == "otitle" or i % 5 == 1
                        else "",
                        "ip": rng.choice(["北京", "湖南", "湖北", "广东", "上海"]),
                        "tie": rng.randint(0, 3200),
                        "join": rng.randint(3000, 900000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 9, 10])
        self.arts += arts

    # --- 中国新闻网 -------------------------------------------------------------------------
    def _chinanews(self) -> None:
        rng = self.rng
        styles = ["one", "two_place", "corr", "none", "zxs", "intern"] * 2
        styles[9], styles[10] = "one", "corr"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(2 + i * 2, seconds=False)
            ctx = context(rng, "chinanews")
            title = headline(rng, "chinanews", ctx, self.used)
            blocks = self._blocks("chinanews", sizes[i], ctx, rng.choice([0, 1, 1, 2, 3]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"中新社记者 {nm[4]} 摄" if rng.random() < 0.7 else "中新网 发"
            authors = {
                "one": nm[:1],
                "two_place": nm[:2],
                "corr": nm[:1],
                "zxs": nm[:1],
                "intern": nm[:2],
            }.get(style, [])
            corr = nm[2:3] if style == "corr" else []
            place = ctx["place"]
            md = f"{when.month}月{when.day}日"
            lead = {
                "one": f"中新网{md}电 (记者 {nm[0]})",
                "two_place": f"中新网{place}{md}电 (记者 {nm[0]} {nm[1]})",
                "corr": f"中新网{place}{md}电 (记者 {nm[0]} 通讯员 {nm[2]})",
                "none": f"中新网{md}电 据{ctx['org']}网站消息，",
                "zxs": f"中新社{place}{md}电 (记者 {nm[0]})",
                "intern": f"中新网{place}{md}电(记者 {nm[0]} 实习生 {nm[1]})",
            }[style]
            first = self._first(blocks)
            first.text = lead + first.text
            sec = ["gn", "cj", "sh"][i % 3]
            nid = 10210000 + i * 4637 + rng.randint(0, 999)
            arts.append(
                Art(
                    "chinanews",
                    i,
                    f"/{sec}/{when:%Y}/{when:%m-%d}/{nid}.shtml",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "sec": sec,
                        "source": "中新社" if style == "zxs" else "中国新闻网",
                        "end": style in ("zxs", "corr", "two_place"),
                        "ctx": ctx,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 4, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 央视网 ------------------------------------------------------------------------------
    def _cctv(self) -> None:
        rng = self.rng
        styles = ["xwlb", "lead", "xwlb", "plain", "lead2", "xwlb"] * 2
        styles[7], styles[11] = "lead", "plain"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            xwlb = style == "xwlb"
            when = self._when(
                1 + i * 2 + (i > 6), seconds=not xwlb, hours=(19, 20) if xwlb else (6, 22)
            )
            ctx = context(rng, "cctv")
            title = headline(rng, "cctv", ctx, self.used)
            images = 0 if xwlb else rng.choice([0, 1, 2, 3])
            blocks = self._blocks("cctv", "small" if xwlb else sizes[i], ctx, images, when)
            nm = names(rng, 4)
            authors = {"lead": nm[:1], "lead2": nm[:2]}.get(style, [])
            lead = {
                "xwlb": "央视网消息（新闻联播）：",
                "lead": f"央视网消息（总台央视记者 {nm[0]}）：",
                "lead2": f"央视网消息（总台记者 {nm[0]} {nm[1]}）：",
                "plain": f"央视网消息：据{ctx['org']}消息，",
            }[style]
            first = self._first(blocks)
            first.text = lead + first.text
            editors = [nm[2], nm[3]] if i % 3 else [nm[3]]
            aid = "ARTI" + "".join(
                rng.choice(string.ascii_letters + string.digits) for _ in range(20)
            )
            arts.append(
                Art(
                    "cctv",
                    i,
                    f"/{when:%Y/%m/%d}/{aid}{when:%y%m%d}.shtml",
                    title,
                    authors,
                    when,
                    "minute" if xwlb else "second",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "aid": aid,
                        "video": xwlb or i % 4 == 1,
                        "guid": f"{rng.getrandbits(128):032x}",
                        "source": "央视网" if xwlb or i % 2 else "央视新闻客户端",
                        "two_eds": i % 3 != 0,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- 大汉 Hanweb 政府网站 ---------------------------------------------------------------
    def _hanweb(self) -> None:
        rng = self.rng
        styles = ["dept", "author", "corr", "wentu", "dept", "author"] * 2
        styles[8], styles[10] = "wentu", "corr"
        precisions = ["day", "minute", "minute", "day", "second", "minute"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            prec = precisions[i]
            when = self._when(3 + i * 2, seconds=prec == "second", hours=(8, 18))
            ctx = context(rng, "hanweb")
            title = headline(rng, "hanweb", ctx, self.used)
            images = rng.randint(1, 3) if style == "wentu" else rng.choice([0, 0, 1])
            blocks = self._blocks("hanweb", sizes[i], ctx, images, when)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.text = ""  # a government page's picture often has no caption
            nm = names(rng, 5)
            authors = nm[:1] if style in ("author", "wentu") else []
            corr = nm[1 : 1 + (1 + i % 2)] if style == "corr" else []
            dept = ctx["org"] if i % 3 else rng.choice(DEPTS)
            col = 1229 if i % 2 == 0 else 1230
            aid = 5710000 + i * 311 + rng.randint(0, 99)
            arts.append(
                Art(
                    "hanweb",
                    i,
                    f"/art/{when.year}/{when.month}/{when.day}/art_{col}_{aid}.html",
                    title,
                    authors,
                    when,
                    prec,
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]] if i % 3 else [],
                    x={
                        "style": style,
                        "col": col,
                        "aid": aid,
                        "dept": dept,
                        "reviewer": nm[4] if i % 2 else "",
                        "prefix_title": i % 4 == 1,
                        "clicks": rng.randint(30, 3000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[1, 2, 4, 5, 7, 9, 11])
        self.arts += arts

    # --- 澎湃 (Next.js) --------------------------------------------------------------------
    def _thepaper(self) -> None:
        rng = self.rng
        styles = ["one", "two", "intern", "jx", "xinhua", "one"]
        styles += ["cb", "two", "special", "one", "intern", "xinhua"]
        nodes = [
            "中国政库",
            "直击现场",
            "一号专案",
            "10%公司",
            "财经上下游",
            "城市漫步",
            "澎湃研究所",
        ]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False)
            ctx = context(rng, "paper")
            title = headline(rng, "paper", ctx, self.used)
            blocks = self._blocks("paper", sizes[i], ctx, rng.choice([0, 1, 2, 2]), when)
            nm = names(rng, 6)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice([f"澎湃新闻记者 {nm[5]} 图", "视觉中国 资料图", ""])
            authors = {
                "one": nm[:1],
                "two": nm[:2],
                "intern": nm[:2],
                "jx": nm[:1],
                "cb": nm[:1],
                "special": nm[:1],
                "xinhua": nm[:2],
            }[style]
            credit = {
                "one": f"澎湃新闻记者 {nm[0]}",
                "two": f"澎湃新闻记者 {nm[0]} {nm[1]}",
                "intern": f"澎湃新闻记者 {nm[0]} 实习生 {nm[1]}",
                "jx": f"澎湃新闻见习记者 {nm[0]}",
                "cb": f"澎湃新闻首席记者 {nm[0]}",
                "special": f"澎湃新闻特约撰稿 {nm[0]}",
                "xinhua": "",
            }[style]
            if style == "xinhua":
                first = self._first(blocks)
                md = f"{when.month}月{when.day}日"
                first.text = f"新华社{ctx['place']}{md}电（记者{nm[0]}、{nm[1]}）" + first.text
            cid = 27400000 + i * 6151 + rng.randint(0, 999)
            arts.append(
                Art(
                    "paper",
                    i,
                    f"/newsDetail_forward_{cid}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "cid": cid,
                        "credit": credit,
                        "node": rng.choice(nodes),
                        "pic_editor": nm[3] if i % 2 else "",
                        "proof": nm[4],
                        "source": "新华社" if style == "xinhua" else "澎湃新闻",
                        "summary": paragraphs(rng, "paper", 1, ctx)[0][:60],
                        "ip": rng.choice(["上海", "北京", "浙江", "广东"]),
                        "praise": rng.randint(0, 900),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 8, 10, 11])
        self.arts += arts
