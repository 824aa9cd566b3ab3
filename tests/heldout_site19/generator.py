"""The nineteenth held-out site: 60 articles over five regional newspaper groups' templates,
every page rendered in memory.

``Site19(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from heldout import Art
from heldout_gen import GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names


class Site19(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 1919) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._zjol()
        self._yz()
        self._xm()
        self._ql()
        self._hx()

    # --- 浙江在线 (Founder enpproperty pages; the older ones in GBK) -------------------------
    def _zjol(self) -> None:
        rng = self.rng
        styles = ["jz_corr", "jz", "two", "wire", "zjol", "jz_corr"] * 2
        styles[10] = "corr_only"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            old = i % 4 == 0
            when = self._when(1 + i * 2 + rng.randint(0, 1), year=2022 if old else 2024)
            ctx = context(rng, "zjol")
            title = self.pools.headline(rng, "zjol", ctx, self.used)
            img = "/pic/{d:%Y}/{d:%m}/{d:%d}/{h}.jpg"
            blocks = self._blocks("zjol", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when, img)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = f"记者 {nm[4]} 摄"
            authors = {
                "jz_corr": nm[:1],
                "jz": nm[:1],
                "two": nm[:2],
                "wire": nm[:1],
                "zjol": nm[:1],
                "corr_only": [],
            }[style]
            corr = nm[1:2] if style == "jz_corr" else nm[2:3] if style == "corr_only" else []
            aid = 34500000 + i * 12377 + rng.randint(0, 9999)
            arts.append(
                Art(
                    "zjol",
                    i,
                    f"/system/{when:%Y/%m/%d}/{aid:09d}.shtml",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "old": old,
                        "id": aid,
                        "ctx": ctx,
                        "nm": nm,
                        "source": {"wire": "新华社", "zjol": "浙江在线"}.get(
                            style, rng.choice(["浙江日报", "浙江日报", "钱江晚报"])
                        ),
                        "intro": f"{ctx['place']}聚焦{ctx['topic']}" if i in (2, 7) else "",
                        "subtitle": f"——{ctx['place']}{ctx['topic']}调查" if i in (5, 9) else "",
                        "node": rng.choice([("zjxw", "浙江新闻"), ("szxw", "时政新闻")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 扬子晚报网 / 紫牛新闻 -------------------------------------------------------------
    def _yz(self) -> None:
        rng = self.rng
        styles = ["lead_corr", "lead", "two", "zn", "intern", "lead"] * 2
        styles[9] = "lead_corr"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False)
            ctx = context(rng, "yz")
            title = self.pools.headline(rng, "yz", ctx, self.used)
            img = "/uploads/{d:%Y%m%d}/{h}.jpg"
            blocks = self._blocks("yz", sizes[i], ctx, rng.choice([0, 1, 2, 2]), when, img)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"{nm[0]} 摄" if rng.random() < 0.5 else "受访者供图"
            authors = {
                "lead_corr": nm[:1],
                "lead": nm[:1],
                "two": nm[:2],
                "zn": nm[:1],
                "intern": nm[:2],
            }[style]
            corr = nm[2:3] if style == "lead_corr" else []
            first = self._first(blocks)
            md = self._md(when)
            lead = {
                "lead_corr": f"（记者 {nm[0]} 通讯员 {nm[2]}）",
                "lead": f"（记者 {nm[0]}）",
                "two": f"（记者 {nm[0]} {nm[1]}）",
                "intern": f"（记者 {nm[0]} 实习生 {nm[1]}）",
            }.get(style)
            if lead:
                first.text = f"扬子晚报网{md}讯{lead}" + first.text
            slug = f"{rng.getrandbits(32):08x}"
            arts.append(
                Art(
                    "yz",
                    i,
                    f"/news/{when:%Y-%m-%d}/{slug}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]] if i % 3 != 1 else [],
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "slug": slug,
                        "proof": nm[4],
                        "views": rng.randint(2000, 90000),
                        "channel": rng.choice([("nj", "南京"), ("js", "江苏"), ("sh", "社会")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 新民晚报 / 新民网 ------------------------------------------------------------------
    def _xm(self) -> None:
        rng = self.rng
        styles = ["lead", "two", "corr", "chief", "wire", "lead"] * 2
        styles[11] = "xmw"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "xm")
            title = self.pools.headline(rng, "xm", ctx, self.used)
            img = "/images/{d:%Y-%m}/{d:%d}/{n}.jpg"
            blocks = self._blocks("xm", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when, img)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.7:
                    b.credit = f"新民晚报记者 {nm[4]} 摄"
            authors = {"two": nm[:2]}.get(style, nm[:1])
            corr = nm[2:3] if style == "corr" else []
            first = self._first(blocks)
            lead = {
                "lead": f"新民晚报讯（记者 {nm[0]}）",
                "two": f"新民晚报讯（记者 {nm[0]} {nm[1]}）",
                "corr": f"新民晚报讯（记者 {nm[0]} 通讯员 {nm[2]}）",
                "chief": f"新民晚报讯（首席记者 {nm[0]}）",
                "wire": f"新华社上海{self._md(when)}电（记者{nm[0]}）",
                "xmw": f"新民网讯（新民网记者 {nm[0]}）",
            }[style]
            first.text = lead + first.text
            cid = 123000 + i * 311 + rng.randint(0, 300)
            arts.append(
                Art(
                    "xm",
                    i,
                    f"/content/{when:%Y-%m-%d}/content_{cid}.htm",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "id": cid,
                        "source": {"wire": "新华社", "xmw": "新民网"}.get(style, "新民晚报"),
                        "info_author": "新华社" if style == "wire" else " ".join(authors),
                        "channel": rng.choice([("shanghai", "上海"), ("shehui", "社会")]),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 7, 8, 9, 11])
        self.arts += arts

    # --- 齐鲁晚报 / 齐鲁壹点 ----------------------------------------------------------------
    def _ql(self) -> None:
        rng = self.rng
        styles = ["jz", "two", "corr", "intern", "jx", "city"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "ql")
            title = self.pools.headline(rng, "ql", ctx, self.used)
            img = "/a/{d:%Y%m%d}/{h}.jpg"
            blocks = self._blocks("ql", sizes[i], ctx, rng.choice([0, 1, 2, 3]), when, img)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.3:
                    b.text = ""  # a picture posted without a caption
            authors = {"two": nm[:2], "intern": nm[:2]}.get(style, nm[:1])
            corr = nm[2:3] if style == "corr" else []
            byline = {
                "jz": f"齐鲁晚报·齐鲁壹点 记者 {nm[0]}",
                "two": f"齐鲁晚报·齐鲁壹点 记者 {nm[0]} {nm[1]}",
                "corr": f"齐鲁晚报·齐鲁壹点 记者 {nm[0]} 通讯员 {nm[2]}",
                "intern": f"齐鲁晚报·齐鲁壹点 记者 {nm[0]} 实习生 {nm[1]}",
                "jx": f"齐鲁晚报·齐鲁壹点 见习记者 {nm[0]}",
                "city": f"齐鲁晚报·齐鲁壹点记者 {nm[0]} {ctx['place']}报道",
            }[style]
            slug = f"{rng.getrandbits(40):010x}"
            arts.append(
                Art(
                    "ql",
                    i,
                    f"/article/{when:%Y%m%d}/{slug}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]] if i % 2 == 0 else [],
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "slug": slug,
                        "byline": byline,
                        "has_related": i % 3 != 2,
                        "reads": rng.randint(3000, 300000),
                        "comments": [
                            (
                                f"壹点网友{rng.randint(1000, 9999)}",
                                rng.choice(
                                    [
                                        "支持！希望越办越好",
                                        "我们小区也是这样，盼着早点解决",
                                        "点赞齐鲁晚报记者",
                                        "去过一次，确实不错",
                                        "什么时候能轮到我们县？",
                                    ]
                                ),
                            )
                            for _ in range(rng.randint(0, 4))
                        ],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[k for k in range(12) if k % 3 != 2])
        self.arts += arts

    # --- 成都商报 / 红星新闻 ----------------------------------------------------------------
    def _hx(self) -> None:
        rng = self.rng
        styles = ["one", "intern", "two", "photo", "gongtu", "teyue"] * 2
        styles[7] = "intern"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False)
            ctx = context(rng, "hx")
            title = self.pools.headline(rng, "hx", ctx, self.used)
            img = "/uploads/image/{d:%Y%m}/{h}.jpeg"
            blocks = self._blocks("hx", sizes[i], ctx, rng.choice([0, 1, 2, 2]), when, img)
            nm = names(rng, 5)
            authors = {"intern": nm[:2], "two": nm[:2]}.get(style, nm[:1])
            byline = {
                "one": f"红星新闻记者 {nm[0]}",
                "intern": f"红星新闻记者 {nm[0]} 实习记者 {nm[1]}",
                "two": f"红星新闻记者 {nm[0]} {nm[1]}",
                "photo": f"红星新闻记者 {nm[0]} 摄影报道",
                "gongtu": f"红星新闻记者 {nm[0]} 受访者供图",
                "teyue": f"红星新闻特约记者 {nm[0]}",
            }[style]
            for b in blocks:
                if b.kind == "img" and style == "photo":
                    b.credit = f"红星新闻记者 {nm[0]} 摄"
            nid = 3100000 + i * 5113 + rng.randint(0, 5000)
            arts.append(
                Art(
                    "hx",
                    i,
                    f"/news/{when:%Y/%m/%d}/{nid}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "id": nid,
                        "byline": byline,
                        "secs": rng.randint(0, 59),
                        "reads": rng.randint(1, 99) / 10,
                        "likes": rng.randint(3, 900),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 8, 9, 10, 11])
        self.arts += arts
