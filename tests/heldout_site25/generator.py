"""The twenty-fifth held-out site: 60 articles over five Chinese county- and city-level
government portals and 融媒体 sites (all Beijing time), every page rendered in memory.

``Site25(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SHORT_CAPTIONS, SUBHEADS, context, names, trad


class Site25(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 2525) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._kpy()
        self._xhy()
        self._trs()
        self._founder()
        self._hanweb()

    def _art(
        self, key: str, i: int, size: str, img: str, images: int | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(8, 21))
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

    # --- 1. 桐州市人民政府 on 开普云 (policy pages; 2019 pages in GBK) -----------------------
    def _kpy(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["none", "jz", "doc", "cg", "old", "wt", "none", "doc", "jz2", "none", "old", "jz"]
        arts = []
        for i, style in enumerate(styles):
            key = "kpy_doc" if style == "doc" else "kpy"
            size = "long" if style == "doc" and i == 2 else sizes[i]
            d = self._art(
                key,
                i,
                size,
                "/zwgk/zwdt/{d:%Y%m}/W0{d:%Y%m%d}{n}.jpg",
                0 if style == "doc" else None,
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style == "old"
            if old:
                when = when.replace(year=2019, month=11)
            chengwen = when - timedelta(days=2)
            if style == "doc":
                blocks.insert(0, Block("p", "各县（区）人民政府，市政府各部门，各直属单位："))
                blocks += [
                    Block("p", "桐州市人民政府办公室"),
                    Block("p", f"{chengwen:%Y年%-m月%-d日}"),
                ]
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"（{nm[3]} 摄）" if style in ("jz", "jz2") else ""
            authors = {"jz": nm[:1], "jz2": nm[:2], "wt": nm[:1]}.get(style, [])
            corr = [nm[2]] if style == "jz" and i % 2 == 1 else []
            editors = [nm[5]] if style not in ("doc",) and i % 3 != 2 else []
            source = {
                "jz": "桐州日报",
                "jz2": "桐州日报",
                "cg": ctx["org"],
                "doc": "市政府办公室",
                "wt": "桐州市人民政府网",
            }.get(style, rng.choice(["市政府办公室", "桐州市人民政府网", ctx["org"]]))
            col = (
                ("zcwj/szfbwj", "市政府办文件")
                if style == "doc"
                else rng.choice(
                    [
                        ("zwdt", "政务动态"),
                        ("zwdt", "政务动态"),
                        ("bmdt", "部门动态"),
                        ("xqdt", "县区动态"),
                    ]
                )
            )
            aid = 1230000 + i * 7411 + rng.randint(0, 999)
            if old:
                aid -= 600000
            arts.append(
                Art(
                    "kpy",
                    i,
                    f"/zwgk/{col[0]}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "day" if style == "doc" else "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "id": aid,
                        "ctx": ctx,
                        "nm": nm,
                        "col": col,
                        "source": source,
                        "chengwen": chengwen,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 2, 3, 5, 7, 9])
        self.arts += arts

    # --- 2. 云溪县融媒体中心 on the 中国搜索/新华云 county platform -----------------------------
    def _xhy(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["jz_tx", "video", "jz", "two", "tx", "repost"] * 2
        arts = []
        for i, style in enumerate(styles):
            size = sizes[i]
            if style == "video":
                size = "brief" if i < 6 else "small"
            d = self._art(
                "xhy", i, size, "/uploadfile/{d:%Y%m%d}/{h}.jpg", 0 if style == "video" else None
            )
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"（{nm[0]} 摄）", "（图片由受访者提供）"])
            authors = {"jz_tx": nm[:1], "video": nm[:1], "jz": nm[:1], "two": nm[:2]}.get(style, [])
            corr = {"jz_tx": nm[2:3], "tx": nm[2:4]}.get(style, [])
            if style == "jz_tx" and i > 6:
                corr = nm[2:4]
            editors = [] if style == "repost" and i < 6 else [nm[4]]
            folder = rng.choice([(88, 91, "云溪要闻"), (88, 92, "乡镇动态"), (88, 93, "部门动态")])
            hexid = f"{rng.getrandbits(44):011x}"
            arts.append(
                Art(
                    "xhy",
                    i,
                    f"/folder{folder[0]}/folder{folder[1]}/{when:%Y-%m-%d}/{hexid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "folder": folder,
                        "source": "桐州日报" if style == "repost" else "云溪县融媒体中心",
                        "zeren": i % 4 == 3,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 3, 4, 6, 8, 9, 11])
        self.arts += arts

    # --- 3. 东湖区人民政府 on TRS 海云 (``content/post_N.html``) ------------------------------
    def _trs(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "none",
            "none",
            "zz",
            "none",
            "org",
            "zz2",
            "none",
            "zz",
            "none",
            "none",
            "zz",
            "none",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("trs", i, sizes[i], "/dhqzf/attachment/0/{n}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "（图片来源：东湖区融媒体中心）"])
            authors = {"zz": nm[:1], "zz2": nm[:2]}.get(style, [])
            editors = [nm[5]] if i in (2, 5, 9) else []
            col = rng.choice(
                [("xwzx/zwdt", "政务动态"), ("xwzx/jdxx", "街道信息"), ("xwzx/bmdt", "部门动态")]
            )
            pid = 9600000 + i * 5231 + rng.randint(0, 999)
            arts.append(
                Art(
                    "trs",
                    i,
                    f"/dhqzf/{col[0]}/content/post_{pid}.html",
                    d["title"],
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "id": pid,
                        "ctx": ctx,
                        "nm": nm,
                        "col": col,
                        "source": rng.choice(
                            ["东湖区融媒体中心", ctx["org"], "东湖区人民政府办公室"]
                        ),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[1, 4, 7, 10])
        self.arts += arts

    # --- 4. 桐州新闻网 (桐州日报社) on 方正翔宇; three pages only on the Big5 mirror -----
    def _founder(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "bbx",
            "bbx_tx",
            "bbx2",
            "big5",
            "tx",
            "line",
            "xhs",
            "bbx_tx",
            "big5",
            "bbx",
            "line",
            "big5",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("founder", i, sizes[i], "/images/{d:%Y-%m}/{d:%d}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            b5 = style == "big5"
            if b5:
                style = "bbx_tx" if i == 3 else "bbx"
            authors = {
                "bbx": nm[:1],
                "bbx_tx": nm[:1],
                "bbx2": nm[:2],
                "line": nm[:1],
                "xhs": nm[:1],
            }.get(style, [])
            corr = {"bbx_tx": nm[2:3], "tx": nm[2:4]}.get(style, [])
            lead = {
                "bbx": f"本报讯（记者 {nm[0]}）",
                "bbx_tx": f"本报讯（记者 {nm[0]} 通讯员 {nm[2]}）",
                "bbx2": f"本报讯（记者 {nm[0]} {nm[1]}）",
                "tx": f"本报讯（通讯员 {nm[2]} {nm[3]}）",
                "line": "",
                "xhs": f"新华社北京{when.month}月{when.day - 1}日电（记者{nm[0]}）",
            }[style]
            if lead:
                self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [f"本报记者 {nm[3]} 摄", "资料图片", f"通讯员 {nm[2]} 摄"]
                    )
            editors = [nm[5]] if i % 5 != 4 else []
            title = d["title"]
            if b5:
                title = trad(title)
                authors, corr, editors = ([trad(n) for n in x] for x in (authors, corr, editors))
                for b in blocks:
                    b.text, b.credit = trad(b.text), trad(b.credit)
            cid = 123000 + i * 1733 + rng.randint(0, 999)
            path = f"/content/{when:%Y-%m}/{when:%d}/content_{cid}.htm"
            arts.append(
                Art(
                    "founder",
                    i,
                    ("/big5" + path) if b5 else path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "big5": b5,
                        "id": cid,
                        "ctx": ctx,
                        "nm": nm,
                        "source": "新华社" if style == "xhs" else "桐州日报",
                        "zeren": i % 3 == 0,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 5, 6, 7, 9, 10])
        # the mirror's pages link only to mirror pages, the simplified ones to simplified ones
        for a in arts:
            a.related = [p for p in a.related if p.startswith("/big5") == a.x["big5"]]
        self.arts += arts

    # --- 5. 桐州文明网 on 大汉 JCMS (``/art/2024/5/8/art_1234_N.html``) ------------------------
    def _hanweb(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "zz",
            "tuwen",
            "zz2",
            "blank",
            "tuwen",
            "org",
            "wt",
            "tuwen",
            "zz",
            "tx",
            "tuwen",
            "zz",
        ]
        arts = []
        for i, style in enumerate(styles):
            tuwen = style == "tuwen"
            size = "small" if tuwen else sizes[i]
            d = self._art("hanweb", i, size, "/picture/0/{h}.jpg", 0 if tuwen else None)
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            if tuwen:  # many pictures with short captions between short paragraphs
                caps = rng.sample(SHORT_CAPTIONS, rng.randint(5, 7))
                at = 1
                for c in caps:
                    src = f"/picture/0/{rng.getrandbits(40):010x}.jpg"
                    blocks.insert(min(at, len(blocks)), Block("img", c, src))
                    at += rng.choice([1, 2, 2])
            for b in blocks:
                if b.kind == "img" and not tuwen:
                    b.credit = rng.choice(["", f"（摄影：{nm[3]}）"])
            authors = {
                "zz": nm[:1],
                "zz2": nm[:2],
                "wt": nm[:1],
                "tuwen": nm[:1] if i % 2 else [],
            }.get(style, [])
            corr = nm[2:3] if style == "tx" else []
            editors = [nm[5]] if i % 4 in (1, 2) else []
            col = 1200 + rng.choice([31, 32, 35])
            aid = 560000 + i * 3119 + rng.randint(0, 999)
            arts.append(
                Art(
                    "hanweb",
                    i,
                    f"/art/{when.year}/{when.month}/{when.day}/art_{col}_{aid}.html",
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "id": aid,
                        "ctx": ctx,
                        "nm": nm,
                        "col": col,
                        "source": rng.choice(
                            ["桐州文明网", "云溪县文明办", "市文广旅局", "桐州日报"]
                        ),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[2, 5, 8, 11])
        self.arts += arts


__all__ = ["BEIJING", "Site25", "datetime"]
