"""The forty-fourth held-out site: 60 articles over five Chinese science, education and health
news sites (科学网's news and 博文, 中国科技网 / 科技日报, 中国教育新闻网 on TRS, a provincial
卫生健康委员会 in GBK and 健康界), all Beijing time, every page rendered in memory.

``Site44(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import (
    BLOG_HEAD,
    BLOG_SENT,
    NOTICE_HEAD,
    NOTICE_SENT,
    POOLS,
    SUBHEADS,
    TOPICS,
    context,
    fill,
    names,
)


class Site44(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 22)

    def __init__(self, seed: int = 4444) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._kx()
        self._st()
        self._jy()
        self._wj()
        self._jk()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, i: int, size: str, img: str, hours: tuple[int, int] = (7, 21)
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), True, hours)
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        images = rng.choice([0, 1, 1, 2])
        if size == "long":
            images = max(images, 1)
        if size == "brief":
            images = 0
        blocks = self._blocks(tpl, size, ctx, images, when, img)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 8)}

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        """A 2019 page's list names 2019 pages of its template, a current page current ones."""
        for i in who:
            a = arts[i]
            others = [
                b
                for b in arts
                if b is not a and b.x["old"] == a.x["old"] and b.x.get("kind") == a.x.get("kind")
            ]
            n = min(len(others), self.rng.randint(*k))
            a.related = [b.path for b in self.rng.sample(others, n)]

    @staticmethod
    def _old(when: datetime) -> datetime:
        return when.replace(year=2019)

    def _rename(self, d: dict[str, Any], heads: list[str], suffix: str = "") -> None:
        """Give the story a headline of its own kind (a 博文's, a notice's), redrawn until new."""
        rng = self.rng
        self.used.discard(d["title"])
        ctx = d["ctx"]
        while (title := rng.choice(heads).format(**ctx) + suffix) in self.used:
            ctx = {**ctx, "topic": rng.choice(TOPICS[ctx["tpl"]])}
        d["title"] = title
        self.used.add(title)

    # --- 1. 科学网: news (``/htmlnews/2024/5/523456.shtm``) and 博文 (``/blog-<uid>-<id>.html``)
    def _kx(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "bbx",
            "blog",
            "box",
            "bbx_tx",
            "two",
            "old_bbx",
            "blog",
            "xhs",
            "intern",
            "src",
            "old_blog",
            "old_two",
        ]
        arts = []
        for i, style in enumerate(styles):
            blog = "blog" in style
            d = self._story("kx", i, sizes[i], "/upload/news/images/{d:%Y/%m}/{d:%Y%m%d}{n}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when)
            md = self._md(when.replace(day=max(1, when.day - 1)))
            if blog:  # a blogger's own voice: first-person sentences, no captions
                self._rename(d, BLOG_HEAD, "" if i != 10 else "（续）")
                n = rng.randint(4, 9)
                sents = rng.sample(BLOG_SENT, 6)
                body = [fill(rng, s, ctx) for s in sents[:3]]
                body += POOLS.paragraphs(rng, "kx", n, ctx)
                body += [fill(rng, s, ctx) for s in sents[3:5]]
                blocks = [Block("p", t) for t in body]
                when = when.replace(second=0)
            lead = {
                "bbx": f"本报讯（记者{nm[0]}）",
                "old_bbx": f"本报讯（记者{nm[0]}）",
                "bbx_tx": f"本报讯（记者{nm[0]} 通讯员{nm[2]}）",
                "xhs": f"新华社北京{md}电（记者{nm[0]}、{nm[1]}）",
            }.get(style, "")
            if lead:
                self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{nm[0]}摄", "受访者供图", "图片来源：课题组"])
            authors = {
                "bbx": nm[:1],
                "old_bbx": nm[:1],
                "bbx_tx": nm[:1],
                "box": nm[:1],
                "two": nm[:2],
                "old_two": nm[:2],
                "xhs": nm[:2],
                "intern": nm[:1],
                "blog": nm[6:7],
                "old_blog": nm[6:7],
            }.get(style, [])
            corr = nm[2:3] if style == "bbx_tx" else []
            source = {"xhs": "新华社", "src": ctx["unit"]}.get(style, "中国科学报")
            if blog:
                uid = 3_300_000 + rng.randint(0, 99_999)
                bid = (1_181_000 if old else 1_432_000) + i * 311 + rng.randint(0, 300)
                path = f"/blog-{uid}-{bid}.html"
            else:
                uid = 0
                bid = (482_000 if old else 523_000) + i * 97 + rng.randint(0, 90)
                path = f"/htmlnews/{when.year}/{when.month}/{bid}.shtm"
            arts.append(
                Art(
                    "kx",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute" if blog else "second",
                    blocks,
                    correspondents=corr,
                    x={
                        "style": style,
                        "kind": "blog" if blog else "news",
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "id": bid,
                        "uid": uid,
                        "edition": rng.choice([(1, "要闻"), (3, "综合"), (4, "国际")]),
                        "reads": rng.randint(900, 26000),
                        "recommend": nm[3 : 3 + rng.randint(1, 3)] if blog else [],
                        "cls": rng.choice(["科研笔记", "观点评述", "教学心得"]),
                    },
                )
            )
        self._relate(arts, [0, 2, 3, 4, 7, 8, 11, 5], (2, 4))
        self.arts += arts

    # --- 2. 中国科技网 / 科技日报 ------------------------------------------------------------
    def _st(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "lead_dt",
            "byline",
            "box_tx",
            "bbx",
            "old_lead",
            "two",
            "intern",
            "xhs",
            "src",
            "byline",
            "old_para",
            "lead_dt",
        ]
        cols = [("kejixinwen", "科技新闻"), ("guonei", "国内"), ("difang", "地方")]
        arts = []
        for i, style in enumerate(styles):
            size = "long" if style == "box_tx" else sizes[i]
            d = self._story("st", i, size, "/img/{d:%Y%m}/{d:%d}/{h}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when).replace(second=0)
            md = self._md(when.replace(day=max(1, when.day - 1)))
            city = rng.choice(["北京", "合肥", "深圳", "西安"])
            lead = {
                "lead_dt": f"科技日报{city}{md}电 （记者{nm[0]}）",
                "old_lead": f"科技日报{city}{md}电 （记者{nm[0]}）",
                "bbx": f"科技日报讯 （记者{nm[0]} 通讯员{nm[2]} {nm[3]}）",
                "xhs": f"新华社北京{md}电（记者{nm[0]}）",
            }.get(style, "")
            if lead:
                self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [f"科技日报记者 {nm[0]}摄", "视觉中国供图", "受访者供图", ""]
                    )
            authors = {
                "lead_dt": nm[:1],
                "old_lead": nm[:1],
                "byline": nm[:1],
                "old_para": nm[:1],
                "box_tx": nm[:1],
                "bbx": nm[:1],
                "two": nm[:2],
                "intern": [nm[1], nm[0]],
                "xhs": nm[:1],
            }.get(style, [])
            corr = {"box_tx": nm[2:3], "bbx": nm[2:4]}.get(style, [])
            source = {"xhs": "新华社", "src": ctx["unit"]}.get(style, "科技日报")
            col = rng.choice(cols)
            if old:
                cid = 760_000 + i * 113 + rng.randint(0, 100)
                path = f"/index/{col[0]}/{when:%Y-%m}/{when:%d}/content_{cid}.shtml"
                aid = str(cid)
            else:
                aid = f"{rng.getrandbits(128):032x}"
                path = f"/index/{col[0]}/{when:%Y%m}/{aid}.shtml"
            arts.append(
                Art(
                    "st",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute" if old else "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "col": col,
                        "id": aid,
                        "byfield": style in ("lead_dt", "two", "bbx", "xhs"),
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 5, 6, 9, 11, 4], (2, 4))
        self.arts += arts

    # --- 3. 中国教育新闻网 (TRS: ``/rmtzgjyb/202405/t20240508_2111187654.html``) -------------
    def _jy(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "jz_tx",
            "jz",
            "tx",
            "bbr",
            "two",
            "opinion",
            "old_jz",
            "blank",
            "xhs",
            "jz_tx",
            "old_tx",
            "bbr",
        ]
        cols = [("rmtzgjyb", "中国教育报"), ("zgjyxw", "教育新闻"), ("difang", "地方教育")]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("jy", i, sizes[i], "./W0{d:%Y%m%d}{n}.jpg")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when)
            md = self._md(when.replace(day=max(1, when.day - 1)))
            lead = {
                "jz_tx": f"中国教育报-中国教育新闻网讯（记者 {nm[0]} 通讯员 {nm[2]}）",
                "jz": f"中国教育报-中国教育新闻网讯（记者 {nm[0]}）",
                "old_jz": f"中国教育报-中国教育新闻网讯（记者 {nm[0]}）",
                "tx": f"中国教育新闻网讯（通讯员 {nm[2]} {nm[3]}）",
                "old_tx": f"中国教育新闻网讯（通讯员 {nm[2]}）",
                "two": f"中国教育报-中国教育新闻网讯（记者 {nm[0]} {nm[1]}）",
                "xhs": f"新华社北京{md}电（记者{nm[0]}）",
            }.get(style, "")
            if lead:
                self._lead(blocks, lead)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"{ctx['unit']}供图", f"{nm[4]} 摄"])
            authors = {
                "jz_tx": nm[:1],
                "jz": nm[:1],
                "old_jz": nm[:1],
                "bbr": nm[:1],
                "two": nm[:2],
                "opinion": nm[:1],
                "xhs": nm[:1],
            }.get(style, [])
            corr = {"jz_tx": nm[2:3], "tx": nm[2:4], "old_tx": nm[2:3]}.get(style, [])
            source = {
                "blank": "教育部网站",
                "xhs": "新华社",
                "opinion": "中国教育报",
                "bbr": "中国教育报",
            }.get(style, rng.choice(["中国教育新闻网", "中国教育报"]))
            col = rng.choice(cols)
            if style == "opinion":
                col = ("zgjyxw", "教育新闻")
            aid = (231_000 if old else 2_111_180_000) + i * 173 + rng.randint(0, 170)
            path = f"/{col[0]}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
            for b in blocks:
                if b.kind == "img":
                    b.src = b.src  # TRS keeps the picture beside the page: ./W0…jpg
            arts.append(
                Art(
                    "jy",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day",
                    blocks,
                    correspondents=corr,
                    editors=[nm[5]],
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "col": col,
                        "id": aid,
                        "affil": f"{ctx['unit']}{rng.choice(['教授', '副教授', '教师'])}",
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 5, 8, 9, 6], (2, 3))
        self.arts += arts

    # --- 4. 青澜省卫生健康委员会 (GBK; 工作动态 and 政务公开 notices) ---------------------------
    def _wj(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "none",
            "wen_tu",
            "notice",
            "unit",
            "zg_sh",
            "old",
            "tx",
            "notice",
            "none",
            "wen_tu",
            "old_unit",
            "notice",
        ]
        arts = []
        for i, style in enumerate(styles):
            notice = style == "notice"
            size = "small" if notice else sizes[i]
            d = self._story("wj", i, size, "/picture/{d:%Y%m}/{h}.jpg", hours=(8, 18))
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when)
            office = rng.choice(["医政处", "基层卫生健康处", "疾病预防控制处", "老龄健康处"])
            if notice:
                self._rename(d, NOTICE_HEAD)
                nctx = {**ctx, "office": office}
                sents = rng.sample(NOTICE_SENT, rng.randint(4, 6))
                blocks = [Block("p", "各市州卫生健康委，委直属各单位：")]
                blocks += [Block("p", fill(rng, s, nctx)) for s in sents]
                signed = when.replace(day=when.day - 1)
                blocks += [
                    Block("p", "青澜省卫生健康委员会"),
                    Block("p", f"{signed.year}年{signed.month}月{signed.day}日"),
                ]
            for b in blocks:
                if b.kind == "img":
                    b.credit = ""
            authors = {"wen_tu": nm[:1], "zg_sh": nm[:1]}.get(style, [])
            corr = nm[2:4] if style == "tx" else []
            editors = [nm[5]] if style in ("none", "wen_tu", "tx") else []
            source = {
                "unit": ctx["unit"],
                "old_unit": ctx["unit"],
                "tx": ctx["unit"],
            }.get(style, f"省卫生健康委{office}")
            aid = (231_000 if old else 412_000) + i * 137 + rng.randint(0, 130)
            if notice:
                col = ("tzgg", "通知公告")
                path = f"/zwgk/{col[0]}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
            else:
                col = rng.choice([("gzdt", "工作动态"), ("szdt", "市州动态")])
                if style in ("unit", "old_unit", "tx"):
                    col = ("szdt", "市州动态")
                path = f"/html/{col[0]}/{when:%Y%m%d}/{aid}.html"
            arts.append(
                Art(
                    "wj",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day" if notice or old else "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "kind": "notice" if notice else "news",
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "col": col,
                        "id": aid,
                        "office": office,
                        "index": f"43000000-6{rng.randint(10, 99)}/{when:%Y}-"
                        f"{rng.randint(100, 999):05d}",
                        "wenhao": f"青卫{rng.choice(['医政', '基层', '疾控', '老龄'])}"
                        f"函〔{when.year}〕{rng.randint(3, 60)}号",
                        "hits": rng.randint(120, 9800),
                    },
                )
            )
        self._relate(arts, [0, 1, 3, 4, 6, 8], (2, 3))
        self.arts += arts

    # --- 5. 健康界 (``/articlewm/20240508/content-1612345.html``) -----------------------------
    def _jk(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "wen",
            "pipe",
            "repost",
            "pipe2",
            "inst",
            "old",
            "wen_two",
            "pipe",
            "repost",
            "wen",
            "old_two",
            "pipe2",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._story("jk", i, sizes[i], "/uploads/{d:%Y%m%d}/{h}.png")
            nm, when, blocks, ctx = d["nm"], d["when"], d["blocks"], d["ctx"]
            old = style.startswith("old")
            if old:
                when = self._old(when)
            when = when.replace(second=0)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", "图片来源：视觉中国", "图源：健康界"])
            authors = {
                "wen": nm[:1],
                "pipe": nm[:1],
                "repost": nm[:1],
                "pipe2": nm[:2],
                "old": nm[:1],
                "wen_two": nm[:2],
                "old_two": nm[:2],
            }.get(style, [])
            editors = [nm[5]] if style in ("wen", "pipe", "pipe2", "wen_two") else []
            source = {
                "repost": rng.choice(["医学界", "健康报", "八点健闻"]),
            }.get(style, "健康界")
            aid = (516_000 if old else 1_612_000) + i * 1013 + rng.randint(0, 1000)
            stem = "article" if old else "articlewm"
            path = f"/{stem}/{when:%Y%m%d}/content-{aid}.html"
            tags = rng.sample(
                ["医保支付", "公立医院", "DRG", "医院管理", "创新药", "数字医疗", "医改", "集采"],
                rng.randint(2, 4),
            )
            arts.append(
                Art(
                    "jk",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "source": source,
                        "id": aid,
                        "tags": tags,
                        "reads": rng.randint(1200, 60000),
                        "summary": self.pools.sentence(rng, "jk", ctx),
                    },
                )
            )
        self._relate(arts, [0, 1, 2, 3, 4, 6, 7, 9, 11, 10], (3, 5))
        self.arts += arts


__all__ = ["BEIJING", "Site44"]
