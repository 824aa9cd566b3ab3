"""The eighth held-out site: 60 articles over five Chinese news templates, every page rendered
in memory.

``Site8(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import string
from datetime import datetime
from zoneinfo import ZoneInfo

from heldout import Art
from heldout_gen import GenSite

from . import baijiahao, bjnews, gmw, huanqiu, ifeng, pages
from .pools import POOLS, SUBHEADS, context, headline, names, paragraphs

BEIJING = ZoneInfo("Asia/Shanghai")
ALNUM = string.ascii_letters + string.digits
ACCOUNTS = [
    ("财经老王说", "1612345678901234", "财经领域创作者"),
    ("县城观察员", "1698765432109876", "社会领域创作者"),
    ("极目新闻", "1597654321098765", "湖北长江云新媒体集团旗下账号"),
    ("小李聊生活", "1723456789012345", "生活领域优质创作者"),
]


class Site8(GenSite):
    modules = (ifeng, gmw, bjnews, huanqiu, baijiahao, pages)
    pools = POOLS
    subheads = SUBHEADS

    def __init__(self, seed: int = 8008) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._ifeng()
        self._gmw()
        self._bjnews()
        self._huanqiu()
        self._baijiahao()

    # --- 凤凰网 ---------------------------------------------------------------------------
    def _ifeng(self) -> None:
        rng = self.rng
        styles = ["own", "xjb", "xinhua", "cctv", "kejixun", "own2"] * 2
        styles[8] = "own"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "ifeng")
            title = headline(rng, "ifeng", ctx, self.used)
            blocks = self._blocks("ifeng", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.6:
                    b.credit = rng.choice(
                        ["（图片来源：视觉中国）", "图源：网络", f"（摄影/{nm[4]}）"]
                    )
            authors = {"own": nm[:1], "own2": nm[:2], "xjb": nm[:1], "xinhua": nm[:2]}.get(
                style, nm[:1] if style == "kejixun" else []
            )
            first = self._first(blocks)
            md = self._md(when)
            if style == "xjb":
                first.text = f"新京报讯（记者{nm[0]}）" + first.text
            elif style == "xinhua":
                first.text = f"新华社{ctx['place']}{md}电（记者{nm[0]}、{nm[1]}）" + first.text
            elif style == "cctv":
                first.text = "据央视新闻消息，" + first.text
            elif style == "kejixun":
                first.text = f"凤凰网科技讯（作者/{nm[0]}）{md}消息，" + first.text
            source = {
                "xjb": "新京报",
                "xinhua": "新华社",
                "cctv": "央视新闻客户端",
            }.get(style, "凤凰网财经" if i % 2 else "凤凰网")
            cid = "8" + "".join(rng.choice(ALNUM) for _ in range(10))
            arts.append(
                Art(
                    "ifeng",
                    i,
                    f"/c/{cid}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "cid": cid,
                        "source": source,
                        "column": rng.choice(["风暴眼", "公司研究院", "财经连线", "政能量"]),
                        "chan": "财经" if i % 2 else "资讯",
                        "otitle": headline(rng, "ifeng", ctx, set(self.used)) if i % 5 == 2 else "",
                        "base62": f"{rng.getrandbits(40):x}",
                        "comments": rng.randint(0, 5000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- 光明网 ---------------------------------------------------------------------------
    def _gmw(self) -> None:
        rng = self.rng
        styles = ["paper", "paper_corr", "own", "commentary", "xinhua", "paper"] * 2
        styles[9] = "paper_corr"
        precisions = ["minute"] * 12
        precisions[0], precisions[7] = "day", "day"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            paper = style.startswith("paper") or style == "commentary"
            when = self._when(2 + i * 2, seconds=False, hours=(4, 5) if paper else (8, 21))
            ctx = context(rng, "gmw")
            title = headline(rng, "gmw", ctx, self.used)
            blocks = self._blocks("gmw", sizes[i], ctx, rng.choice([0, 0, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice([f"光明日报记者 {nm[4]}摄", "新华社发", ""])
            authors = {
                "paper": nm[: 1 + i % 2],
                "paper_corr": nm[:1],
                "own": nm[:2],
                "commentary": nm[:1],
                "xinhua": nm[:1],
            }[style]
            corr = nm[1:2] if style == "paper_corr" else []
            first = self._first(blocks)
            md = self._md(when)
            if style == "paper" and i % 2 == 0:
                first.text = (
                    f"光明日报{ctx['place']}{when.month}月{when.day - 1}日电（记者{nm[0]}）"
                    + first.text
                )
            elif style == "own":
                first.text = f"光明网讯（记者{nm[0]} 实习生{nm[1]}）" + first.text
            elif style == "xinhua":
                first.text = f"新华社北京{md}电（记者{nm[0]}）" + first.text
            sec = ["politics", "culture", "edu"][i % 3]
            cid = 37300000 + i * 1913 + rng.randint(0, 999)
            arts.append(
                Art(
                    "gmw",
                    i,
                    f"/{sec}/{when:%Y-%m}/{when:%d}/content_{cid}.htm",
                    title,
                    authors,
                    when,
                    precisions[i],
                    blocks,
                    correspondents=corr,
                    editors=[nm[3]],
                    x={
                        "style": style,
                        "sec": sec,
                        "cid": cid,
                        "source": {"own": "光明网", "xinhua": "新华社"}.get(style, "光明日报"),
                        "page": rng.choice(["01", "02", "04", "07", "09", "11", "13"]),
                        "affil": rng.choice(
                            ["中国人民大学教授", "北京师范大学副教授", "中国社会科学院研究员"]
                        ),
                        "paper": paper,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- 新京报 ---------------------------------------------------------------------------
    def _bjnews(self) -> None:
        rng = self.rng
        styles = ["xjb", "corr", "intern", "photo", "xjb", "xinhua"] * 2
        styles[7], styles[10] = "zebian", "zebian"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + (i > 5))
            ctx = context(rng, "bjnews")
            title = headline(rng, "bjnews", ctx, self.used)
            images = rng.randint(2, 4) if style == "photo" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks("bjnews", sizes[i], ctx, images, when)
            nm = names(rng, 7)
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"新京报记者 {nm[6]} 摄" if rng.random() < 0.7 else "新京报资料图"
            two = i % 3 == 1
            authors = {
                "xjb": nm[: 1 + two],
                "corr": nm[:2],
                "intern": nm[:2],
                "photo": nm[:1],
                "zebian": nm[: 1 + two],
                "xinhua": nm[:1],
            }[style]
            corr = nm[2:3] if style == "corr" else []
            editors = [nm[3], nm[5]] if style == "zebian" else [nm[3]]
            first = self._first(blocks)
            if style in ("xjb", "corr", "zebian", "photo"):
                who = "记者" + " ".join(authors) + (f" 通讯员{corr[0]}" if corr else "")
                first.text = f"新京报讯（{who}）" + first.text
            elif style == "xinhua":
                first.text = f"新华社北京{self._md(when)}电（记者{nm[0]}）" + first.text
            made = int(when.timestamp() * 1000) - rng.randint(60_000, 3_000_000)
            arts.append(
                Art(
                    "bjnews",
                    i,
                    f"/detail/{made}{rng.randint(10, 99)}.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "proof": nm[4],
                        "source": "新华社" if style == "xinhua" else "新京报",
                        "one_line": i % 2 == 0,
                        "col": rng.choice(["北京", "时事", "社会", "财经"]),
                        "lead": paragraphs(rng, "bjnews", 1, ctx)[0][:56],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 环球网 ---------------------------------------------------------------------------
    def _huanqiu(self) -> None:
        rng = self.rng
        styles = ["hqw", "hqsb_te", "zonghe", "hqw2", "shepin", "hqw"] * 2
        styles[10] = "hqsb_te"
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1))
            ctx = context(rng, "huanqiu")
            if style == "shepin":
                tail = rng.choice(["不应被政治化", "需要理性看待", "考验的是诚意", "没有赢家"])
                title = f"社评：{ctx['topic']}{tail}"
                while title in self.used:
                    title += "？"
                self.used.add(title)
            else:
                title = headline(rng, "huanqiu", ctx, self.used)
            blocks = self._blocks("huanqiu", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.7:
                    b.credit = rng.choice(["（图源：视觉中国）", "资料图", "图源：社交媒体"])
            authors = {"hqw": nm[:1], "hqw2": nm[:2], "hqsb_te": nm[:2]}.get(style, [])
            first = self._first(blocks)
            country = rng.choice(["德国", "日本", "俄罗斯", "美国", "英国"])
            lead = {
                "hqw": f"【环球网报道 记者 {nm[0]}】",
                "hqw2": f"【环球网报道 记者 {nm[0]} {nm[1]}】",
                "hqsb_te": f"【环球时报驻{country}特约记者 {nm[0]} 环球时报记者 {nm[1]}】",
                "zonghe": "【环球时报综合报道】",
                "shepin": "",
            }[style]
            first.text = lead + first.text
            aid = "4H" + "".join(rng.choice(ALNUM) for _ in range(9))
            arts.append(
                Art(
                    "huanqiu",
                    i,
                    f"/article/{aid}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=[nm[2]],
                    x={
                        "style": style,
                        "aid": aid,
                        "source": "环球网" if style.startswith("hqw") else "环球时报",
                        "chan": rng.choice(["国际", "台海", "军事", "国内"]),
                        "summary": paragraphs(rng, "huanqiu", 1, ctx)[0][:80],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 3, 5, 7, 8, 9, 11])
        self.arts += arts

    # --- 百家号 ---------------------------------------------------------------------------
    def _baijiahao(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(12):
            acct = ACCOUNTS[i % 4]
            if i in (3, 9):  # an older post: the page prints its year
                when = datetime(
                    2023, 12, 10 + i, rng.randint(7, 22), rng.randint(0, 59), 0, tzinfo=BEIJING
                )
            else:
                when = self._when(2 + i * 2, seconds=False)
            ctx = context(rng, "bjh")
            title = headline(rng, "bjh", ctx, self.used)
            blocks = self._blocks("bjh", sizes[i], ctx, rng.choice([0, 1, 2, 3]), when)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.5:
                    b.text = ""  # a self-media picture often has no caption
            if acct[0] == "极目新闻":
                for b in blocks:
                    if b.kind == "img":
                        b.credit = "（图源：极目新闻）"
            bid = str(1790000000000000000 + i * 7919113 * 10**6 + rng.getrandbits(40))
            arts.append(
                Art(
                    "bjh",
                    i,
                    f"/s?id={bid}",
                    title,
                    [acct[0]],
                    when,
                    "minute",
                    blocks,
                    x={
                        "bid": bid,
                        "acct": acct,
                        "ip": rng.choice(["湖北", "河南", "广东", "山东", "四川"]),
                        "meta": i % 4 != 2,
                        "reads": rng.randint(300, 90000),
                        "likes": rng.randint(0, 900),
                    },
                )
            )
        self.arts += arts  # 百家号 shows the account's latest posts and a feed, nothing related
