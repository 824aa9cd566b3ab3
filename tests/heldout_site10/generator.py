"""The tenth held-out site: 60 articles over five Chinese news templates, every page rendered
in memory.

``Site10(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import string
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from heldout import Art
from heldout_gen import GenSite

from . import caixin, jiemian, pages, qq, rednet, sina
from .pools import POOLS, SUBHEADS, context, headline, names, paragraphs

BEIJING = ZoneInfo("Asia/Shanghai")
UPPER = string.ascii_uppercase + string.digits
LOWER = string.ascii_lowercase + string.digits


def _sentence(para: str) -> str:
    """An editor's one-sentence summary (a whole sentence, not a cut paragraph)."""
    return para.split("。")[0] + "。"


class Site10(GenSite):
    modules = (qq, sina, jiemian, caixin, rednet, pages)
    pools = POOLS
    subheads = SUBHEADS
    img_root = ""

    def __init__(self, seed: int = 1010) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._qq()
        self._sina()
        self._jiemian()
        self._caixin()
        self._rednet()

    def handler(self, path: str):  # type: ignore[no-untyped-def]
        """Any ``/search?q=`` answers (pages link searches for their keywords)."""
        fn = super().handler(path)
        parts = urlsplit(path)
        if fn is None and parts.path == "/search":
            kw = dict(parse_qsl(parts.query)).get("q", "")
            return lambda: pages.search(self, kw, self.key(path))
        return fn

    # --- 腾讯新闻 ------------------------------------------------------------------------
    def _qq(self) -> None:
        rng = self.rng
        styles = ["own", "chinanews", "cctv", "jimu", "own2", "bjnews"] * 2
        styles[9] = "chinanews"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "qq")
            title = headline(rng, "qq", ctx, self.used)
            blocks = self._blocks("qq", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.credit = rng.choice(["（图源：视觉中国）", "（网络视频截图）", "图/IC photo"])
            authors = {
                "own": nm[:1],
                "own2": nm[:2],
                "chinanews": nm[:1],
                "jimu": nm[:1],
                "bjnews": nm[: 1 + i % 2],
                "cctv": ["央视新闻"],  # no person named: the account is the writer the page names
            }.get(style, [])
            corr = nm[1:2] if style == "jimu" else []
            editors = [] if style in ("cctv", "jimu") else [nm[2]]
            first = self._first(blocks)
            md = self._md(when)
            if style == "chinanews":
                first.text = f"中新网{ctx['place']}{md}电 (记者 {nm[0]})" + first.text
            elif style == "cctv":
                first.text = "据央视新闻客户端消息，" + first.text
            elif style == "bjnews":
                first.text = f"新京报讯（记者{'、'.join(authors)}）" + first.text
            media = {
                "own": "腾讯新闻",
                "own2": "腾讯新闻",
                "chinanews": "中国新闻网",
                "cctv": "央视新闻",
                "jimu": "极目新闻",
                "bjnews": "新京报",
            }[style]
            aid = f"{when:%Y%m%d}A0" + "".join(rng.choice(UPPER) for _ in range(4)) + "00"
            arts.append(
                Art(
                    "qq",
                    i,
                    f"/rain/a/{aid}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "aid": aid,
                        "media": media,
                        "column": title.split("｜")[0] if "｜" in title else "",
                        "proof": nm[3],
                        "ip": rng.choice(["北京", "湖北", "广东", "上海", "四川"]),
                        "comments": rng.randint(0, 9000),
                        "tag": ctx["topic"],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 6, 7, 10])
        self.arts += arts

    # --- 新浪新闻 ------------------------------------------------------------------------
    def _sina(self) -> None:
        rng = self.rng
        styles = ["xjb", "xinhua", "noauthor", "thepaper", "corr", "xjb"] * 2
        old = {2, 5, 8, 11}  # 2016 pages: the old GB2312 template
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            year = 2016 if i in old else 2024
            when = self._when(1 + i * 2 + rng.randint(0, 1), year=year)
            ctx = context(rng, "sina")
            title = headline(rng, "sina", ctx, self.used)
            blocks = self._blocks("sina", sizes[i], ctx, rng.choice([0, 0, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["（资料图）", "图片来源：视觉中国", ""])
            authors = {
                "xjb": nm[:1],
                "xinhua": nm[:2],
                "thepaper": nm[:2],
                "corr": nm[:1],
            }.get(style, [])
            corr = nm[1:2] if style == "corr" else []
            first = self._first(blocks)
            md = self._md(when)
            if style == "xjb":
                first.text = f"新京报讯（记者{nm[0]}）" + first.text
            elif style == "xinhua":
                first.text = f"新华社北京{md}电（记者{nm[0]}、{nm[1]}）" + first.text
            elif style == "corr":
                first.text = f"楚天都市报极目新闻讯（记者{nm[0]} 通讯员{nm[1]}）" + first.text
            elif style == "noauthor":
                first.text = f"中新网{md}电 据{ctx['org']}网站消息，" + first.text
            source = {
                "xjb": "新京报",
                "xinhua": "新华社",
                "noauthor": "中国新闻网",
                "thepaper": "澎湃新闻",
                "corr": "楚天都市报",
            }[style]
            doc = ("ifx" if year == 2016 else "inax") + "".join(
                rng.choice(LOWER) for _ in range(11 if year == 2016 else 10)
            )
            path = (
                f"/c/nd/{when:%Y-%m-%d}/doc-{doc}.shtml"
                if year == 2016
                else f"/c/{when:%Y-%m-%d}/doc-{doc}.shtml"
            )
            arts.append(
                Art(
                    "sina",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "old": year == 2016,
                        "doc": doc,
                        "source": source,
                        "comments": rng.randint(0, 3000),
                        "lead": paragraphs(rng, "sina", 1, ctx)[0][:60],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 7, 8, 9, 11])
        self.arts += arts

    # --- 界面新闻 ------------------------------------------------------------------------
    def _jiemian(self) -> None:
        rng = self.rng
        styles = ["one", "two", "intern", "editoronly", "oneline", "one"] * 2
        styles[10] = "intern"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False)
            ctx = context(rng, "jiemian")
            title = headline(rng, "jiemian", ctx, self.used)
            blocks = self._blocks("jiemian", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["图片来源：界面新闻 匡达", "图片来源：视觉中国", ""])
            authors = {"one": nm[:1], "oneline": nm[:1], "two": nm[:2], "intern": nm[:2]}.get(
                style, []
            )
            if style == "editoronly":
                self._first(blocks).text = "据新华社消息，" + self._first(blocks).text
            aid = 11_200_000 + i * 3917 + rng.randint(0, 3000)
            arts.append(
                Art(
                    "jiemian",
                    i,
                    f"/article/{aid}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "aid": aid,
                        "uid": [rng.randint(100_000, 999_999) for _ in range(2)],
                        "col": rng.choice(["汽车", "科技", "消费", "金融", "工业"]),
                        "lead": _sentence(paragraphs(rng, "jiemian", 1, ctx)[0]),
                        "tag": ctx["topic"],
                        "reads": rng.randint(2000, 200000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- 财新 -----------------------------------------------------------------------------
    def _caixin(self) -> None:
        rng = self.rng
        styles = ["one", "two", "intern", "op", "wire", "one"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            weekly = style in ("one", "two", "intern") and i % 3 != 2
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=False)
            ctx = context(rng, "caixin")
            title = headline(rng, "caixin", ctx, self.used)
            size = "long" if weekly and sizes[i] in ("brief", "small") else sizes[i]
            blocks = self._blocks("caixin", size, ctx, rng.choice([0, 0, 1]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["图：财新 丁刚", "图：视觉中国", "图：IC photo"])
            authors = {"one": nm[:1], "two": nm[:2], "intern": nm[:2], "op": nm[:1]}.get(style, [])
            if style == "wire":
                first = self._first(blocks)
                first.text = f"【财新网】{self._md(when)}，" + first.text
            editors = [nm[2], nm[3]] if weekly else [nm[2]]
            cid = 102_160_000 + i * 613 + rng.randint(0, 500)
            issue = 17 + (when.day + 3) // 7
            arts.append(
                Art(
                    "caixin",
                    i,
                    f"/{when:%Y-%m-%d}/{cid}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "weekly": weekly,
                        "cid": cid,
                        "issue": issue,
                        "printed": min(when.day + rng.randint(2, 5), 31),
                        "lead": _sentence(paragraphs(rng, "caixin", 1, ctx)[0]),
                        "affil": rng.choice(
                            ["中国人民大学财政金融学院教授", "中国金融四十人论坛研究员"]
                        ),
                        "tag": ctx["topic"],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 5, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 红网 -----------------------------------------------------------------------------
    def _rednet(self) -> None:
        rng = self.rng
        styles = ["own", "corr", "county", "paper", "xinhua", "own"] * 2
        styles[11] = "corr"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(2 + i * 2)
            ctx = context(rng, "rednet")
            title = headline(rng, "rednet", ctx, self.used)
            blocks = self._blocks("rednet", sizes[i], ctx, rng.choice([0, 1, 1, 2, 3]), when)
            nm = names(rng, 7)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = f"（{nm[5]} 摄）"
            authors = {
                "own": nm[:1],
                "corr": nm[:1],
                "paper": nm[:2],
                "xinhua": nm[:1],
            }.get(style, [])
            corr = {"corr": nm[1:2], "county": [nm[1], nm[6]]}.get(style, [])
            if style == "xinhua":
                first = self._first(blocks)
                first.text = f"新华社长沙{self._md(when)}电（记者{nm[0]}）" + first.text
            col = rng.choice([58, 52, 61])
            cid = 13_600_000 + i * 5713 + rng.randint(0, 4000)
            arts.append(
                Art(
                    "rednet",
                    i,
                    f"/content/646744/{col}/{cid}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "cid": cid,
                        "source": {
                            "paper": "湖南日报",
                            "xinhua": "新华社",
                            "county": "红网时刻",
                        }.get(style, "红网"),
                        "place": ctx["place"],
                        "audit": nm[3:5] if i % 2 == 0 else [],
                        "clicks": rng.randint(100, 20000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 8, 9, 10])
        self.arts += arts
