"""The fifth held-out site: 60 articles over five big-portal article templates, every page
rendered in memory.

``Site5(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite

from . import caixin, ltn, pages, people, sohu, xinhua
from .pools import caption, context, headline, names, paragraphs, zh_name

SHANGHAI = ZoneInfo("Asia/Shanghai")
TAIPEI = ZoneInfo("Asia/Taipei")

SUBHEADS = {
    "people": ["一、抓住关键环节", "二、破解难点堵点", "三、凝聚各方合力"],
    "xinhua": ["【现场】", "【数据】", "【观察】"],
    "sohu": ["01 先说结论", "02 钱从哪里来", "03 未来会怎样"],
    "caixin": ["存量如何处置", "增量从何而来", "监管的两难"],
    "ltn": ["業者：成本壓力大", "官方：持續滾動檢討", "學者：應有配套"],
}
SOHU_ACCOUNTS = [
    ("城市数据派", "120953812"),
    ("财经早知道", "121078943"),
    ("老张聊楼市", "120387641"),
    ("科技新知社", "121455021"),
    ("吃货研究所", "120771236"),
    ("青年观察家", "121203377"),
]


class Site5(RoutedSite):
    def __init__(self, seed: int = 5005) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"  # the server sets the real one before serving
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used_titles: set[str] = set()
        self._build_people()
        self._build_xinhua()
        self._build_sohu()
        self._build_ltn()
        self._build_caixin()
        self.by_path = {a.path: a for a in self.arts}
        self.register((people, xinhua, sohu, ltn, caixin, pages))

    def key(self, path: str) -> str:
        """The routing key: the query's parameters decoded and sorted (``?keyword=%E4…``)."""
        parts = urlsplit(path)
        q = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))
        return parts.path + (f"?{q}" if q else "")

    # --- bodies ---------------------------------------------------------------------------
    @staticmethod
    def _sizes(rng: random.Random) -> list[str]:
        sizes = ["brief", "long", "long"] + [rng.choice(["small", "mid", "mid"]) for _ in range(9)]
        rng.shuffle(sizes)
        return sizes

    def _blocks(
        self,
        tpl: str,
        size: str,
        ctx: dict[str, str],
        images: int,
        when: datetime,
        credit: str = "",
    ) -> list[Block]:
        rng = self.rng
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 11)}.get(
            size, rng.randint(20, 26)
        )
        if tpl == "ltn":  # 今（15）日: the Taiwanese papers name the day of the report
            ctx = {**ctx, "day": str(when.day)}
        blocks = [Block("p", p) for p in paragraphs(rng, tpl, n, ctx)]
        if size == "long":
            for k, h in enumerate(SUBHEADS[tpl]):
                blocks.insert(2 + k * 7, Block("h", h))
        for k in range(images):
            at = rng.randint(0 if k == 0 else 1, len(blocks))
            shot = when.day - rng.choice([0, 0, 1])  # a picture taken that day or the day before
            cap = caption(rng, tpl, {**ctx, "month": str(when.month), "day": str(shot)})
            blocks.insert(at, Block("img", cap, self._img(tpl), credit))
        return blocks

    def _img(self, tpl: str) -> str:
        r = self.rng.randint(10**7, 10**8)
        return {
            "people": f"/NMediaFile/2024/0315/MAIN20240315{r}.jpg",
            "xinhua": f"/politics/20240315/{r:x}/20240315{r}_1.jpg",
            "sohu": f"/images01/20240315/{r:x}{r:x}.jpeg",
            "ltn": f"/photo/2024/03/15/{r}.jpg",
            "caixin": f"/upload/2024/03/15/{r}.jpg",
        }[tpl]

    def _when(self, tz: ZoneInfo, day: int) -> datetime:
        rng = self.rng
        return datetime(
            2024, 3, day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz
        )

    # --- 人民网 -------------------------------------------------------------------------------
    def _build_people(self) -> None:
        rng = self.rng
        styles = [
            "lead2",
            "rmw",
            "authordiv",
            "lead1",
            "none",
            "lead2",
            "corr",
            "rmw",
            "authordiv2",
            "lead1",
            "lead2",
            "none",
        ]
        sizes = self._sizes(rng)
        arts = []
        for i, style in enumerate(styles):
            when = self._when(SHANGHAI, 2 + i * 2)
            ctx = context(rng, "people")
            title = headline(rng, "people", ctx, self.used_titles)
            blocks = self._blocks("people", sizes[i], ctx, rng.choice([0, 0, 1, 2]), when)
            nm = names(rng, 4)
            if style == "authordiv2":  # two-character names, padded to three the way 人民网 does
                nm = [rng.choice("王李张刘陈杨") + g for g in rng.sample("敏磊婷洋琳鹏慧博", 2)]
            authors = {
                "lead2": nm[:2],
                "lead1": nm[:1],
                "rmw": nm[:1],
                "authordiv": nm[:2],
                "authordiv2": nm[:2],
                "corr": nm[:1],
            }.get(style, [])
            corr = nm[2:3] if style == "corr" else []
            place = ctx["place"] if style == "lead1" else "北京"
            dateline = when if style == "rmw" else when.replace(day=when.day - 1)
            lead = ""
            if style in ("lead2", "lead1"):
                lead = (
                    f"本报{place}{dateline.month}月{dateline.day}日电（记者{'、'.join(authors)}）"
                )
            elif style == "corr":
                day = f"{dateline.month}月{dateline.day}日"
                lead = f"本报{place}{day}电（记者{authors[0]}、通讯员{corr[0]}）"
            elif style == "rmw":
                lead = f"人民网北京{when.month}月{when.day}日电 （记者{authors[0]}）"
            if lead:
                first = next(b for b in blocks if b.kind == "p")
                first.text = lead + first.text
            editors = names(rng, 2 if i % 3 else 1, avoid=set(nm))
            col = 1004 if i % 2 == 0 else 1008
            cid = 40180000 + i * 3917 + rng.randint(0, 999)
            arts.append(
                Art(
                    "people",
                    i,
                    f"/n1/{when:%Y}/{when:%m%d}/c{col}-{cid}.html",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={
                        "style": style,
                        "col": col,
                        "pre": headline(rng, "people", ctx, {title}) if i % 3 != 1 else "",
                        "sub": f"——{ctx['place']}{ctx['topic']}调查" if i % 4 == 0 else "",
                        "source": "人民网" if style == "rmw" else "人民网－人民日报",
                        "paper": style not in ("rmw", "none"),
                        "page": rng.randint(1, 20),
                        "ctx": ctx,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 5), who=[0, 1, 2, 4, 5, 7, 8, 10, 11])
        self.arts += arts

    # --- 新华网 -------------------------------------------------------------------------------
    def _build_xinhua(self) -> None:
        rng = self.rng
        styles = [
            "lead2",
            "photo",
            "lead1",
            "none",
            "comma",
            "lead2",
            "lead1",
            "photo",
            "lead2",
            "none",
            "comma",
            "lead1",
        ]
        sizes = self._sizes(rng)
        arts = []
        for i, style in enumerate(styles):
            when = self._when(SHANGHAI, 3 + i * 2)
            ctx = context(rng, "xinhua")
            title = headline(rng, "xinhua", ctx, self.used_titles)
            nm = names(rng, 4)
            photographer = nm[3]
            size = "small" if style == "photo" else sizes[i]
            images = rng.randint(3, 5) if style == "photo" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(
                "xinhua", size, ctx, images, when, f"新华社记者 {photographer} 摄"
            )
            authors = {"lead2": nm[:2], "lead1": nm[:1], "comma": nm[:2]}.get(style, [])
            place = ctx["place"] if style in ("lead1", "photo") else "北京"
            who = {
                "lead2": f"（记者 {' '.join(authors)}）",
                "lead1": f"（记者{''.join(authors)}）",
                "comma": f"（记者{'、'.join(authors)}）",
            }.get(style, "")
            first = next(b for b in blocks if b.kind == "p")
            first.text = f"新华社{place}{when.month}月{when.day}日电{who or '　'}" + first.text
            hexid = f"{rng.getrandbits(128):032x}"
            chan = "politics" if i % 2 == 0 else "fortune"
            arts.append(
                Art(
                    "xinhua",
                    i,
                    f"/{chan}/{when:%Y%m%d}/{hexid}/c.html",
                    title,
                    authors,
                    when,
                    "second",
                    blocks,
                    editors=[zh_name(rng)],
                    x={"style": style, "chan": chan, "hexid": hexid, "ctx": ctx},
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 5, 6, 8, 9, 11])
        self.arts += arts

    # --- 搜狐号 -------------------------------------------------------------------------------
    def _build_sohu(self) -> None:
        rng = self.rng
        sizes = self._sizes(rng)
        arts = []
        for i in range(12):
            when = self._when(SHANGHAI, 2 + i * 2)
            ctx = context(rng, "sohu")
            title = headline(rng, "sohu", ctx, self.used_titles)
            blocks = self._blocks("sohu", sizes[i], ctx, rng.choice([0, 1, 2, 3]), when)
            for b in blocks:
                if b.kind == "img":  # 搜狐号 pictures: a grey credit, rarely a caption
                    b.credit = "图片来源：网络" if rng.random() < 0.6 else ""
                    b.text = b.text if rng.random() < 0.4 else ""
            account, mid = SOHU_ACCOUNTS[i % len(SOHU_ACCOUNTS)]
            editors = (
                [] if i in (2, 7, 10) else [rng.choice(["小何", "小林", "王晨", "张琪", "刘洋"])]
            )
            aid = 764300000 + i * 83117 + rng.randint(0, 9999)
            arts.append(
                Art(
                    "sohu",
                    i,
                    f"/a/{aid}_{mid}",
                    title,
                    [account],
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "account": account,
                        "mid": mid,
                        "aid": aid,
                        "area": rng.choice(["北京市", "上海市", "广东省", "浙江省", "四川省"]),
                        "inline_back": i % 3 == 1,  # 返回搜狐 glued to the last paragraph
                        "pv": rng.randint(800, 99000),
                        "ctx": ctx,
                        "fans": rng.randint(1000, 500000),
                        "posts": rng.randint(120, 5000),
                    },
                )
            )
        self.arts += arts

    # --- 自由時報 -----------------------------------------------------------------------------
    def _build_ltn(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "one",
            "none",
            "one",
            "cna",
            "two",
            "one",
            "one",
            "none",
            "two",
            "one",
        ]
        sizes = self._sizes(rng)
        arts = []
        for i, style in enumerate(styles):
            when = self._when(TAIPEI, 2 + i * 2).replace(second=0)
            ctx = context(rng, "ltn")
            title = headline(rng, "ltn", ctx, self.used_titles)
            blocks = self._blocks("ltn", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 3, tw=True)
            authors = {"one": nm[:1], "two": nm[:2]}.get(style, [])
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"（記者{nm[2]}攝）" if rng.random() < 0.6 else "（資料照）"
            where = f"{ctx['place']}報導" if style == "one" else "綜合報導"
            lead = {
                "one": f"〔記者{authors[0] if authors else ''}／{where}〕",
                "two": f"〔記者{'、'.join(authors)}／{where}〕",
                "none": "〔即時新聞／綜合報導〕",
                "cna": "〔中央社〕",
            }[style]
            first = next(b for b in blocks if b.kind == "p")
            first.text = lead + first.text
            finance = i % 2 == 1
            nid = 4590000 + i * 7311 + rng.randint(0, 999)
            path = (
                f"/article/breakingnews/{nid}"
                if finance
                else f"/news/{rng.choice(['politics', 'life', 'society'])}/breakingnews/{nid}"
            )
            arts.append(
                Art(
                    "ltn",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={"style": style, "finance": finance, "big5": i % 2 == 0, "ctx": ctx},
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 3, 4, 6, 7, 8, 10])
        self.arts += arts

    # --- 财新 ---------------------------------------------------------------------------------
    def _build_caixin(self) -> None:
        rng = self.rng
        # (artInfo style, paywalled, magazine)
        plan = [
            ("two", True, False),
            ("one", True, False),
            ("two", False, False),
            ("mag", True, True),
            ("one", False, False),
            ("none", False, False),
            ("two", True, False),
            ("mag", True, True),
            ("one", True, False),
            ("three", False, False),
            ("one", True, False),
            ("mag1", False, True),
        ]
        sizes = self._sizes(rng)
        self.caixin_star = zh_name(rng)  # the reporter with an author page
        arts = []
        for i, (style, paid, mag) in enumerate(plan):
            when = self._when(SHANGHAI, 2 + i * 2)
            ctx = context(rng, "caixin")
            title = headline(rng, "caixin", ctx, self.used_titles)
            size = sizes[i] if not paid else rng.choice(["mid", "long"])
            blocks = self._blocks("caixin", size, ctx, rng.choice([0, 1, 1]), when)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["图：视觉中国", "图：IC photo", "财新记者 摄"])
            if paid:  # the page carries only what precedes the paywall
                visible, seen = [], 0
                for b in blocks:
                    if seen == 3:
                        break
                    visible.append(b)
                    seen += b.kind == "p"
                blocks = visible
            nm = names(rng, 5, avoid={self.caixin_star})
            if i in (0, 1, 3, 6, 8, 9, 10):
                nm[0] = self.caixin_star
            authors = {
                "two": nm[:2],
                "one": nm[:1],
                "mag": nm[:2],
                "three": nm[:3],
                "mag1": nm[:1],
            }.get(style, [])
            editors = [nm[3], nm[4]] if i % 3 != 2 else [nm[3]]
            aid = 102170000 + i * 5273 + rng.randint(0, 999)
            arts.append(
                Art(
                    "caixin",
                    i,
                    f"/{when:%Y-%m-%d}/{aid}.html",
                    title,
                    authors,
                    when,
                    "day" if mag else "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "paid": paid,
                        "mag": mag,
                        "issue": 8 + i // 2,
                        "comments": rng.randint(0, 6) if i % 4 != 3 else 0,
                        "ctx": ctx,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 9, 10])
        self.arts += arts
