"""The seventy-fifth held-out site: 60 articles of state-owned enterprises and utilities — a
国家电网 provincial company's 公司新闻 (2019 pages in GBK), a 中石化-style 企业新闻 page
(2019 pages in GB2312 named in the meta only), a city 水务集团 on an old ASP 动易 site (GBK;
2019 pages older still, GB2312 in the meta only), a 铁路局 新闻中心 (2019 pages in GB2312) and
a 国企's 党建动态 channel (2019 pages in GBK, meta only) — all Beijing time, plus the pages
that are no article (home, lists with pagination, the 中国石化报 calendar, two 专题, a tag,
search, video, about and contact), every page rendered in memory.

``Site75(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import DEPTS, POOLS, SUBHEADS, context, names

TPLS = ("sg", "sh", "sw", "tl", "dj")
OLD = {"sg": (3, 9), "sh": (2, 8), "sw": (4, 10), "tl": (1, 7), "dj": (5, 11)}
STYLES = {
    # 国网 provincial company: 作者 X / X Y / a 供电公司 as 作者 / a closing （unit X Y） / a
    # 本网讯（通讯员 X Y） lead
    "sg": [
        "au1",
        "au2",
        "au_unit",
        "tail",
        "lead_t",
        "au1",
        "tail",
        "au2",
        "lead_t",
        "au_unit",
        "au1",
        "au2",
    ],
    # 中国石化新闻网: 中国石化新闻网讯（记者X 通讯员Y）, 中国石化新闻网讯 通讯员X、Y报道：,
    # a 本报记者 byline line (中国石化报 reprints, 引题), 作者 X Y, 文/X 图/P
    "sh": [
        "lead_jt",
        "lead_t2",
        "bz",
        "au",
        "wen_tu",
        "lead_jt",
        "au",
        "bz",
        "lead_t2",
        "wen_tu",
        "lead_jt",
        "au",
    ],
    # 水务集团 (动易): 作者 X / X、Y / a department / 佚名 / 佚名 with a 本站讯（通讯员 X） lead
    "sw": [
        "one",
        "two",
        "dept",
        "anon",
        "one",
        "two",
        "dept",
        "one",
        "tg",
        "two",
        "one",
        "dept",
    ],
    # 铁路局: 人民铁道网5月8日讯 （记者X 通讯员Y Z）, 本报南昌5月8日讯 记者X 通讯员Y报道：, 作者 X,
    # 作者 X　Y, a 站段 as 来源 with no writer
    "tl": [
        "rmtd",
        "jt",
        "au",
        "dept",
        "rmtd",
        "au2",
        "jt",
        "rmtd",
        "dept",
        "au",
        "jt",
        "au2",
    ],
    # 党建动态: 撰稿/摄影 + 编辑/审核, 文/X 图/P, 供稿 a 党委, one line
    # 文字/图片/编辑/初审/复审/终审, （通讯员：X Y）
    "dj": [
        "zg",
        "wen",
        "gg",
        "sanshen",
        "tg",
        "zg",
        "wen",
        "sanshen",
        "gg",
        "zg",
        "tg",
        "wen",
    ],
}
RELATED = {
    "sg": [],
    "sh": [0, 2, 4, 7, 10],
    "sw": [1, 3, 5, 6, 9, 11],
    "tl": [0, 3, 4, 8, 10],
    "dj": [],
}
TABLES = {"tl": (2, 5, 9), "sg": (6,)}


class Site75(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 7575) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
            self._channel(tpl)

    def _precision(self, tpl: str, old: bool) -> str:
        if tpl == "sg" or (tpl == "sw" and not old):
            return "second"
        if tpl == "dj" or tpl == "sw":
            return "day"
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
                (7, 21),
                2019 if old else 2024,
                BEIJING,
            )
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            self.subheads = {tpl: [h.format(**ctx) for h in SUBHEADS[tpl]]}
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            if tpl == "sw" and old:
                images = 0
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            if i in TABLES.get(tpl, ()) and sizes[i] != "brief":
                self._table(tpl, blocks, ctx)
            nm = names(rng, 8)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, when, old, ctx)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm)
            aid = rng.randint(100_000, 999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, i),
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
                        "dept": rng.choice(DEPTS.get(tpl, ["办公室"])),
                        "unit": ctx["unit"],
                        "hits": rng.randint(120, 4800),
                        "yt": self._yt(tpl, style, i, ctx),
                        "ft": self._ft(tpl, style, i, ctx),
                    },
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 5))]
        self.arts += arts

    @staticmethod
    def _yt(tpl: str, style: str, i: int, ctx: dict[str, str]) -> str:
        """An 引题 above the headline (中国石化报 reprints, some 铁路局 pages)."""
        if tpl == "sh" and style == "bz":
            return f"坚持稳中求进　{ctx['unit']}奋力冲刺“双过半”"
        if tpl == "tl" and i in (4, 10):
            return "奋战暑运　服务旅客"
        return ""

    @staticmethod
    def _ft(tpl: str, style: str, i: int, ctx: dict[str, str]) -> str:
        """A ——副题 below the headline."""
        if tpl == "sh" and style == "wen_tu" and i == 4:
            return f"——{ctx['unit']}推进{ctx['topic']}工作纪实"
        if tpl == "dj" and i in (0, 9):
            return f"——{ctx['unit']}党建工作侧记"
        return ""

    def _table(self, tpl: str, blocks: list[Block], ctx: dict[str, str]) -> None:
        rng = self.rng
        if tpl == "tl":
            head = ("车次", "运行区间", "开行日期")
            stations = ["南昌西", "上海虹桥", "深圳北", "北京西", "厦门北", "赣州西", "九江"]
            rows = [head]
            for _ in range(rng.randint(3, 5)):
                a, b = rng.sample(stations, 2)
                rows.append(
                    (
                        f"G{rng.randint(1000, 9999)}",
                        f"{a}—{b}",
                        f"7月{rng.randint(1, 15)}日至8月{rng.randint(16, 31)}日",
                    )
                )
            intro = "暑运期间增开的部分旅客列车如下："
        else:
            head = ("项目", "计划（万千瓦）", "完成（万千瓦）")
            rows = [head]
            for name in ("新增装机", "分布式光伏", "储能", "充电设施"):
                rows.append((name, str(rng.randint(20, 90)), str(rng.randint(10, 95))))
            intro = "今年以来该公司主要工作指标完成情况见下表："
        text = "\n".join(" ".join(r) for r in rows)
        at = min(len(blocks), 3 + rng.randint(0, 2))
        blocks.insert(at, Block("p", intro))
        blocks.insert(at + 1, Block("table", text, src="table"))

    @staticmethod
    def _path(tpl: str, when: Any, aid: int, i: int) -> str:
        if tpl == "sg":
            return f"/html/main/col8/{when:%Y-%m}/{when:%d}/{when:%Y%m%d%H%M%S}{aid}_1.html"
        if tpl == "sh":
            return f"/xwzx/qyxw/{when:%Y%m%d}/news_{when:%Y%m%d}_{aid}{i:02d}8871.shtml"
        if tpl == "sw":
            base = 1800 if when.year == 2019 else 5200
            return f"/Article/ShowArticle.asp?ArticleID={base + i * 37 + aid % 30}"
        if tpl == "tl":
            return f"/xwzx/lkyw/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        return f"/djgz/djdt/{when:%Y%m%d}/{aid}.html"

    def _photo_credit(self, tpl: str, nm: list[str]) -> str:
        p = nm[5]
        return self.rng.choice(
            {
                "sg": [f"{p} 摄", f"（{p} 摄）", ""],
                "sh": [f"{p} 摄", ""],
                "sw": [""],
                "tl": [f"{p} 摄", f"本报记者 {p} 摄", ""],
                "dj": [""],
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
        ctx: dict[str, str],
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e = nm[0], nm[1], nm[2], nm[3]
        if tpl == "sg":
            editors = [e]
            if style == "lead_t":
                self._lead(blocks, f"本网讯（通讯员 {x} {y}）")
                return [], [x, y], editors
            if style in ("au2", "tail"):
                return [x, y], [], editors
            if style == "au_unit":
                return [], [], editors
            return [x], [], editors
        if tpl == "sh":
            editors = [e] if i % 5 != 3 else []
            if style == "lead_jt":
                self._lead(blocks, f"中国石化新闻网讯（记者{x} 通讯员{y}）")
                return [x], [y], editors
            if style == "lead_t2":
                self._lead(blocks, f"中国石化新闻网讯 通讯员{x}、{y}报道：")
                return [], [x, y], editors
            if style == "bz":
                return [x], [y, z], editors
            if style == "au":
                return [x, y], [], editors
            return [x], [], editors
        if tpl == "sw":
            editors = [e] if i % 3 else []
            if style == "tg":
                self._lead(blocks, f"本站讯（通讯员 {x}）")
                return [], [x], editors
            return {"one": [x], "two": [x, y]}.get(style, []), [], editors
        if tpl == "tl":
            editors = [e]
            if style == "rmtd":
                self._lead(blocks, f"人民铁道网{self._md(when)}讯 （记者{x} 通讯员{y} {z}）")
                return [x], [y, z], editors
            if style == "jt":
                self._lead(blocks, f"本报南昌{self._md(when)}讯　记者{x}　通讯员{y}报道：")
                return [x], [y], editors
            if style == "au":
                return [x], [], editors
            if style == "au2":
                return [x, y], [], editors
            return [], [], editors
        # 党建动态
        if style == "tg":
            return [], [x, y], ([e] if i % 2 else [])
        if style == "gg":
            return [], [], [e]
        if style == "wen":
            return [x], [], ([e] if i % 3 != 0 else [])
        return [x], [], [e]


__all__ = ["BEIJING", "Site75"]
