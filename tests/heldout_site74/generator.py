"""The seventy-fourth held-out site: 60 articles of one city's (江州市) mass organisations and
emergency services — the 共青团江州市委 site (2019 pages in GBK), the 江州女性网 of the 妇联 (2019
pages in GB2312 named in the meta only), the 江州市总工会's 动易-style ASP site (GBK tables
throughout), the 应急管理局's news channel (2019 pages in GB2312) and the 气象局's news page
(2019 pages in GBK) — all Beijing time, plus the pages that are no article: the 应急管理局's 预警
notices and the 气象局's forecast bulletins among them (home, lists with pagination, a 专题, a tag,
search, video, about/contact), every page rendered in memory.

``Site74(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import notices, pages, templates
from .pools import DISTRICTS, POOLS, SUBHEADS, context, names

TPLS = ("tw", "fl", "gh", "yj", "qx")
OLD = {"tw": (2, 9), "fl": (4, 10), "gh": (1, 7), "yj": (3, 8), "qx": (5, 11)}
STYLES = {
    # 团市委: 文/X (and 图/P) above the text, a closing 文字/图片/编辑/审核 block, 作者 in the
    # info line (one or two), or a 供稿 unit only
    "tw": [
        "wen",
        "closing",
        "info",
        "wentu",
        "gonggao",
        "closing",
        "wen",
        "info_two",
        "closing",
        "gonggao",
        "wentu",
        "info",
    ],
    # 妇联: 作者 a person, two people, a unit, 通讯员 Y, 江州女性网记者 X, or a 本网讯 lead
    "fl": [
        "author",
        "lead_t",
        "unit",
        "author_two",
        "tongxun",
        "author",
        "lead_t",
        "unit",
        "reporter",
        "author",
        "author_two",
        "lead_t",
    ],
    # 总工会 (动易): 作者 X, X、Z, 佚名, 通讯员 Y, a 本报讯 lead, a 新华社 dateline
    "gh": [
        "one",
        "yiming",
        "two",
        "tongxun",
        "lead",
        "one",
        "yiming",
        "dateline",
        "one",
        "two",
        "lead",
        "tongxun",
    ],
    # 应急管理局: no author, a 供稿 unit, 文/图 X, 撰稿 X, a 江州日报 lead, a 新华社 dateline
    "yj": [
        "none",
        "gonggao",
        "wentu",
        "ribao",
        "zhuangao",
        "xinhua",
        "gonggao",
        "wentu",
        "none",
        "ribao",
        "zhuangao",
        "none",
    ],
    # 气象局: 作者 X / X Z / a unit, 中国气象报讯 leads (with 通讯员), 文/X 图/P
    "qx": [
        "author",
        "reporter",
        "wen",
        "unit",
        "author",
        "reporter_t",
        "wen",
        "author_two",
        "unit",
        "reporter",
        "author",
        "wen",
    ],
}
#: (template, index) of the stories with a table
TABLES = [("gh", 8), ("yj", 10), ("qx", 7)]
RELATED = {
    "tw": [],
    "fl": [0, 2, 5, 7, 9, 11],
    "gh": [0, 1, 3, 4, 6, 8, 9, 11],
    "yj": [],
    "qx": [1, 3, 4, 7, 10],
}


class Site74(GenSite):
    modules = (templates, notices, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)
    #: the 预警 notices and forecast bulletins (no articles), set by ``notices.register``
    notices: list[dict[str, Any]]
    bulletins: list[dict[str, Any]]

    def __init__(self, seed: int = 7474) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
            self._channel(tpl)
        for tpl, i in TABLES:
            self._table(self.of(tpl)[i])

    def _table(self, a: Art) -> None:
        """A table of figures by district after the second paragraph (its rows are body text)."""
        rng = self.rng
        head = {
            "gh": "单位 帮扶职工（人） 发放资金（万元）",
            "yj": "区县 检查企业（家） 发现隐患（处） 已整改（处）",
            "qx": "区县 降水量（毫米） 较常年同期",
        }[a.tpl]
        rows = [Block("tr", head)]
        for d in rng.sample(DISTRICTS, 4):
            if a.tpl == "gh":
                cells = [
                    f"{d}总工会",
                    str(rng.randint(40, 400)),
                    f"{rng.randint(5, 90)}.{rng.randint(0, 9)}",
                ]
            elif a.tpl == "yj":
                n = rng.randint(5, 40)
                cells = [d, str(rng.randint(10, 60)), str(n), str(rng.randint(n // 2, n))]
            else:
                cells = [
                    d,
                    f"{rng.randint(20, 160)}.{rng.randint(0, 9)}",
                    f"偏多{rng.randint(5, 60)}%",
                ]
            rows.append(Block("tr", " ".join(cells)))
        paras = [k for k, b in enumerate(a.blocks) if b.kind == "p"]
        at = paras[1] + 1
        a.blocks[at:at] = rows

    @staticmethod
    def _precision(tpl: str, old: bool) -> str:
        if tpl == "fl" or (tpl in ("gh", "qx") and old):
            return "day"
        if tpl in ("gh", "tw") and not old:
            return "second"
        if tpl == "yj" and old:
            return "second"
        return "minute"

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            precision = self._precision(tpl, old)
            when = self._when(
                1 + i * 2 + rng.randint(0, 1),
                precision == "second",
                (8, 20),
                2019 if old else 2024,
                BEIJING,
            )
            ctx = context(rng, tpl, when.year)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            self.subheads = {tpl: list(SUBHEADS[tpl])}
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 7)
            district = rng.choice(DISTRICTS)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, when, old)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm)
            aid = rng.randint(10_000, 99_999) if tpl == "gh" else rng.randint(100_000, 999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid),
                    title,
                    authors,
                    when,
                    precision,
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "id": aid,
                        "district": district,
                        "views": rng.randint(80, 6000),
                    },
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 5))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int) -> str:
        if tpl == "tw":
            return f"/tswdt/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "fl":
            return f"/fldt/{when:%Y-%m/%d}/content_{aid}.html"
        if tpl == "gh":
            return f"/Article/ShowArticle.asp?ArticleID={aid}"
        if tpl == "yj":
            return f"/xwzx/gzdt/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        return f"/qxxw/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"

    def _photo_credit(self, tpl: str, nm: list[str]) -> str:
        p = nm[5]
        return self.rng.choice(
            {
                "tw": [f"{p} 摄", "团市委供图", ""],
                "fl": [f"（{p} 摄）", "市妇联供图", ""],
                "gh": [f"{p} 摄", ""],
                "yj": [f"{p} 摄", "图片由市应急管理局提供", ""],
                "qx": [f"{p} 摄", "图/江州市气象局", ""],
            }[tpl]
        )

    def _lead(self, blocks: list[Block], lead: str) -> None:
        first = self._first(blocks)
        first.text = lead + first.text

    def _credits(
        self,
        tpl: str,
        style: str,
        nm: list[str],
        blocks: list[Block],
        i: int,
        when: Any,
        old: bool,
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        md = self._md(when)
        if tpl == "tw":
            editors = [e]
            if style == "gonggao":
                return [], [], editors
            if style == "info_two":
                return [x, z], [], editors
            return [x], [], editors
        if tpl == "fl":
            editors = [e] if i % 4 != 1 else []
            if style == "lead_t":
                self._lead(blocks, f"本网讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            if style == "unit":
                return [], [], editors
            if style == "tongxun":
                return [], [y], editors
            if style == "author_two":
                return [x, z], [], editors
            return [x], [], editors
        if tpl == "gh":
            editors = [e] if i % 4 != 2 else []
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            if style == "dateline":
                self._lead(blocks, f"新华社江州{md}电（记者{x}、{z}）")
                return [x, z], [], editors
            if style == "tongxun":
                return [], [y], editors
            if style == "yiming":
                return [], [], editors
            if style == "two":
                return [x, z], [], editors
            return [x], [], editors
        if tpl == "yj":
            editors = [e] if i % 3 != 0 else []
            if style == "ribao":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            if style == "xinhua":
                self._lead(blocks, f"新华社江州{md}电（记者 {x}）")
                return [x], [], editors
            if style in ("wentu", "zhuangao"):
                return [x], [], editors
            return [], [], editors
        editors = [e]
        if style == "reporter":
            self._lead(blocks, f"中国气象报讯（记者 {x}）")
            return [x], [], editors
        if style == "reporter_t":
            self._lead(blocks, f"中国气象报讯（记者 {x} 通讯员 {y}）")
            return [x], [y], editors
        if style == "unit":
            return [], [], editors
        if style == "author_two":
            return [x, z], [], editors
        return [x], [], editors


__all__ = ["BEIJING", "Site74"]
