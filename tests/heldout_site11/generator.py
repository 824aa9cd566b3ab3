"""The eleventh held-out site: 60 articles over five Traditional-Chinese news templates (Taiwan,
Hong Kong, Macau), every page rendered in memory.

``Site11(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
Paths with Chinese in them (香港01, 明報) are stored percent-encoded, as a browser sends them;
the server hands ``render`` the decoded path, and routes are keyed on the decoded form.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from heldout import Art
from heldout_gen import GenSite, sorted_query

from . import cna, hk01, macaodaily, mingpao, pages, udn
from .pools import POOLS, SUBHEADS, context, headline, names, paragraphs

TAIPEI = ZoneInfo("Asia/Taipei")
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
MACAU = ZoneInfo("Asia/Macau")


def slug(title: str) -> str:
    """香港01 / 明報 slugs: the headline with its punctuation and spaces turned into dashes."""
    s = re.sub(r"[\s｜：:！？，、「」《》（）()%.]+", "-", title).strip("-")
    return s


class Site11(GenSite):
    modules = (cna, udn, hk01, mingpao, macaodaily, pages)
    pools = POOLS
    subheads = SUBHEADS
    lead_image = True

    def __init__(self, seed: int = 11011) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._cna()
        self._udn()
        self._hk01()
        self._mingpao()
        self._macao()

    def key(self, path: str) -> str:
        """The routing key: the path decoded, the query's parameters decoded and sorted."""
        bare, q = sorted_query(path)
        return unquote(bare) + q

    def register(self, modules: Any) -> None:
        self._art_keys = {self.key(p) for p in self.by_path}
        super().register(modules)

    def handler(self, path: str) -> Any:
        """An article answers whatever query rides on its URL (?from=…, ?utm_source=…), as the
        real servers do; other pages only at their own query."""
        fn = super().handler(path)
        if fn is None and "?" in path:
            bare = path.split("?", 1)[0]
            if self.key(bare) in self._art_keys:
                return super().handler(bare)
        return fn

    # --- 中央社 ---------------------------------------------------------------------------
    def _cna(self) -> None:
        rng = self.rng
        styles = ["own", "two", "wire", "abroad", "photo", "stringer"] * 2
        styles[8] = "own"
        cats = ["aipl", "afe", "ahel", "asoc", "acn", "aopl"]
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), False, tz=TAIPEI)
            ctx = context(rng, "cna")
            title = headline(rng, "cna", ctx, self.used)
            images = rng.randint(2, 3) if style == "photo" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks("cna", sizes[i], ctx, images, when)
            nm = names(rng, 6)
            roc = f"{when.year - 1911}年{when.month}月{when.day}日"
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [
                            f"（中央社記者{nm[5]}攝 {roc}）",
                            "（中央社檔案照片）",
                            "（圖取自維基共享資源）",
                        ]
                    )
            authors = {
                "own": nm[:1],
                "two": nm[:2],
                "abroad": nm[:1],
                "photo": nm[:1],
                "stringer": nm[:1],
            }.get(style, [])
            cat = "aopl" if style in ("abroad", "stringer", "wire") else cats[i % 5]
            place = ctx["place"]
            d = when.day
            if style == "wire":
                line = f"（中央社{place}{d}日綜合外電報導）"
            elif style == "abroad":
                line = f"（中央社記者{nm[0]}{rng.choice(['東京', '華盛頓', '首爾'])}{d}日專電）"
            elif style == "stringer":
                line = (
                    f"（中央社特約記者{nm[0]}{rng.choice(['巴黎', '柏林', '倫敦'])}{d - 1}日專電）"
                )
            else:
                line = f"（中央社記者{'、'.join(authors)}{place}{d}日電）"
            self._first(blocks).text = line + self._first(blocks).text
            editors = nm[3:5] if i % 4 == 1 else nm[3:4]
            seq = 10 + i * 37 + rng.randint(0, 30)
            arts.append(
                Art(
                    "cna",
                    i,
                    f"/news/{cat}/{when:%Y%m%d}{seq:04d}.aspx",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "cat": cat,
                        "updated": i % 3 == 0,
                        "upd_min": rng.randint(5, 200),
                        "views": rng.randint(100, 9000),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 9, 10, 11])
        self.arts += arts

    # --- 聯合新聞網 -----------------------------------------------------------------------
    def _udn(self) -> None:
        rng = self.rng
        styles = ["rt", "paper", "edn", "cna", "zonghe", "rt"] * 2
        styles[7] = "paper2"
        legacy = {3, 8, 10}
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(2 + i * 2, False, tz=TAIPEI)
            ctx = context(rng, "udn")
            title = headline(rng, "udn", ctx, self.used)
            blocks = self._blocks("udn", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [
                            f"記者{nm[4]}／攝影",
                            "圖／聯合報系資料照片",
                            "圖／取自臉書",
                            "圖／讀者提供",
                        ]
                    )
            authors = {
                "rt": nm[:1],
                "paper": nm[:2],
                "paper2": nm[:1],
                "edn": nm[:1],
                "zonghe": nm[:1],
            }.get(style, [])
            cat, cid = rng.choice([(7238, "要聞"), (7266, "社會"), (7239, "財經"), (7269, "地方")])
            arts.append(
                Art(
                    "udn",
                    i,
                    f"/news/story/{cat}/{7940000 + i * 4111 + rng.randint(0, 999)}",
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "style": style,
                        "legacy": i in legacy,
                        "cat": cat,
                        "catname": cid,
                        "place": rng.choice(["台北", "新北", "台中", "高雄"]),
                        "cover": i % 2 == 0,
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 5), who=[0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11])
        self.arts += arts

    # --- 香港01 ---------------------------------------------------------------------------
    def _hk01(self) -> None:
        rng = self.rng
        styles = ["one", "two", "one", "photo", "one", "noed"] * 2
        zones = [("港聞", 2), ("社會新聞", 6), ("政情", 310), ("經濟", 396)]
        sizes = self._sizes()
        sizes = [s if s != "brief" else "small" for s in sizes]  # 延伸閱讀 sits between paragraphs
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), False, tz=HONG_KONG)
            ctx = context(rng, "hk01")
            title = headline(rng, "hk01", ctx, self.used)
            images = rng.randint(2, 4) if style == "photo" else rng.choice([1, 1, 2])
            blocks = self._blocks("hk01", sizes[i], ctx, images, when)
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(
                        [f"（{nm[4]}攝）", "（資料圖片）", "（Facebook圖片）", ""]
                    )
            authors = nm[:2] if style == "two" else nm[:1]
            editors = [] if style == "noed" else nm[2:3]
            zone, zid = zones[i % 4]
            aid = 1010000 + i * 2713 + rng.randint(0, 999)
            raw = f"/{zone}/{aid}/{slug(title)}"
            arts.append(
                Art(
                    "hk01",
                    i,
                    quote(raw),
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "zone": zone,
                        "zid": zid,
                        "aid": aid,
                        "raw": raw,
                        "upd": rng.randint(10, 600),
                        "teaser": paragraphs(rng, "hk01", 1, ctx)[0][:60],
                    },
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 2, 4, 5, 6, 7, 8, 10, 11])
        self.arts += arts

    # --- 明報 -----------------------------------------------------------------------------
    def _mingpao(self) -> None:
        rng = self.rng
        styles = ["pns", "ins", "pns", "column", "ins", "supp"] * 2
        styles[6] = "editorial"
        big5 = {2, 3, 8}
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            ins = style == "ins"
            when = self._when(2 + i * 2, False, tz=HONG_KONG, hours=(6, 23) if ins else (4, 5))
            ctx = context(rng, "mingpao")
            if style == "editorial":
                tail = rng.choice(["須以民為本", "不能一拖再拖", "應有長遠規劃"])
                title = f"社評：{ctx['topic']}{tail}"
                self.used.add(title)
            else:
                title = headline(rng, "mingpao", ctx, self.used)
            blocks = self._blocks("mingpao", sizes[i], ctx, rng.choice([0, 1, 1, 2]), when)
            blocks = [b for b in blocks if b.kind == "img"] + [b for b in blocks if b.kind != "img"]
            nm = names(rng, 5)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice([f"（{nm[4]}攝）", "（資料圖片）", "（明報記者攝）"])
            authors = nm[:1] if style in ("column", "supp") else []
            editors = nm[1:2] if style == "supp" else []
            if style == "pns":
                self._first(blocks).text = "【明報專訊】" + self._first(blocks).text
            sec = {
                "pns": ("港聞", "s00002"),
                "ins": ("港聞", "s00001"),
                "column": ("觀點", "s00012"),
                "supp": ("副刊", "s00005"),
                "editorial": ("社評", "s00003"),
            }[style]
            kind = "ins" if ins else "pns"
            stamp = int(when.timestamp() * 1000) + rng.randint(0, 999)
            raw = f"/{kind}/{sec[0]}/article/{when:%Y%m%d}/{sec[1]}/{stamp}/{slug(title)}"
            arts.append(
                Art(
                    "mingpao",
                    i,
                    quote(raw),
                    title,
                    authors,
                    when,
                    "minute" if ins else "day",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "kind": kind,
                        "sec": sec,
                        "raw": raw,
                        "big5": i in big5,
                        "photo": nm[2],
                        "affil": rng.choice(
                            ["香港中文大學教授", "時事評論員", "執業律師", "前立法會議員"]
                        ),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 5, 7, 8, 10, 11])
        self.arts += arts

    # --- 澳門日報 -------------------------------------------------------------------------
    def _macao(self) -> None:
        rng = self.rng
        styles = ["plain", "benbao", "reporter", "plain", "benbao", "subtitle"] * 2
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            when = self._when(1 + i * 2 + rng.randint(0, 1), False, tz=MACAU, hours=(0, 0))
            when = when.replace(minute=0)
            ctx = context(rng, "macao")
            title = headline(rng, "macao", ctx, self.used)
            blocks = self._blocks("macao", sizes[i], ctx, rng.choice([0, 0, 1]), when)
            blocks = [b for b in blocks if b.kind == "img"] + [b for b in blocks if b.kind != "img"]
            nm = names(rng, 3)
            for b in blocks:
                if b.kind == "img":
                    b.credit = "（記者攝）"
            if style == "benbao":
                self._first(blocks).text = "【本報消息】" + self._first(blocks).text
            authors = nm[:1] if style == "reporter" else []
            cid = 1745000 + i * 97 + rng.randint(0, 90)
            verb, act = (
                rng.choice(["冀", "促", "倡"]),
                rng.choice(["加快落實", "完善配套", "多聽民意"]),
            )
            page_no = rng.choice(["A02", "A03", "A04", "A05", "B01"])
            arts.append(
                Art(
                    "macao",
                    i,
                    f"/html/{when:%Y-%m}/{when:%d}/content_{cid}.htm",
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    x={
                        "style": style,
                        "page": page_no,
                        "node": 2 + [c for c, _ in macaodaily.PAGES].index(page_no),
                        "intro": f"{ctx['org']}{rng.choice(['表示', '指出', '強調'])}"
                        if i % 2 == 0
                        else "",
                        "sub": f"{verb}{ctx['place']}{act}"
                        if style in ("subtitle", "reporter")
                        else "",
                    },
                )
            )
        self.arts += arts  # 澳門日報 pages carry the 版面 navigation, nothing related
