"""The seventy-third held-out site: 60 articles of culture and tourism (文旅) news — a
city 文化和旅游局 portal on a TRS-style government CMS (工作动态, 景区动态, 通知公告; 2019
pages in GBK), a provincial museum's 新闻动态 on PHPCMS (2019 pages in GBK named in the meta
only), a 5A scenic area's WordPress site (景区新闻), a 文旅 media group app's H5 share pages
(2019 stories from its 旅游报 e-paper in GB2312) and a county 旅游网 on an old ASP CMS (GB2312)
— all Beijing time, plus the pages that are no article (home, lists with pagination, tags, the
e-paper calendar, a 专题, search, video, about/contact), every page rendered in memory.

``Site73(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import CITY, COUNTY, POOLS, SUBHEADS, UNITS, context, names

TPLS = ("wl", "bwg", "jq", "app", "xian")
OLD = {"wl": (3, 9), "bwg": (2, 8), "jq": (1, 7), "app": (3, 6), "xian": (1, 8)}
STYLES = {
    # 市文化和旅游局: 来源 only (the bureau, a county bureau), 作者 X / X Y in the info line,
    # 撰稿：X 摄影：P lines under the text, 本网讯（通讯员 X）, 通知公告 signed by the bureau
    "wl": [
        "src",
        "zuozhe",
        "qx",
        "zhuangao",
        "notice",
        "tx",
        "zuozhe2",
        "src",
        "notice",
        "zhuangao",
        "qx",
        "zuozhe",
    ],
    # 省博物馆: 文/X 图/P above or below the text, 文/X Y, a department as 来源 only, 撰稿：X
    "bwg": [
        "wentu_top",
        "dept",
        "zg",
        "wentu_end",
        "wen_two",
        "dept",
        "zg",
        "wentu_top",
        "wentu_end",
        "dept",
        "wen_two",
        "zg",
    ],
    # 景区官网 (WordPress): the post's author a department or a person, （文/X 图/P） closing,
    # （通讯员 X）, 文/X Y
    "jq": [
        "admin",
        "person",
        "wentu",
        "tx",
        "two",
        "admin",
        "wentu",
        "person",
        "tx",
        "admin",
        "two",
        "wentu",
    ],
    # 文旅 app H5: 记者：X, 记者：X Y, a 客户端讯（记者 X 通讯员 Y） lead, a bureau as 来源, 文/X;
    # 2019 e-paper stories: 本报记者 X Y above the text, 本报讯（记者 X 通讯员 Y）
    "app": [
        "jz",
        "lead_t",
        "source",
        "jz2",
        "wen",
        "jz",
        "lead_t",
        "jz2",
        "source",
        "wen",
        "jz",
        "lead_t",
    ],
    # 县旅游网 (动易-style ASP): 作者 X, X、Y, 佚名, a unit, 通讯员 X, X 通讯员 Y
    "xian": [
        "one",
        "anon",
        "mixed",
        "unit",
        "two",
        "tx",
        "one",
        "anon",
        "mixed",
        "two",
        "unit",
        "one",
    ],
}
RELATED = {
    "wl": [],
    "bwg": [],
    "jq": [0, 2, 4, 5, 8, 10],
    "app": [0, 1, 4, 7, 10],
    "xian": [0, 2, 3, 6, 9, 11],
}
COLUMN = {"src": "gzdt", "zuozhe": "gzdt", "zuozhe2": "gzdt", "notice": "tzgg"}
TABLE_HEAD = ["序号", "景区名称", "所在地", "开放时间"]
TABLE_ROWS = [
    ["1", "云澜山风景名胜区", "云澜市", "8:00-17:30"],
    ["2", "白鹭湖国家湿地公园", "云澜市", "8:30-18:00"],
    ["3", "青溪古镇", "青溪县", "全天开放"],
    ["4", "凤鸣峡景区", "青溪县", "8:00-17:00"],
]


class Site73(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 7373) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self.ids: set[int] = set()
        for tpl in TPLS:
            self._channel(tpl)
        assert len({a.path for a in self.arts}) == len(self.arts)

    @staticmethod
    def _precision(tpl: str, old: bool) -> str:
        if tpl == "bwg":
            return "day"
        if tpl == "wl":
            return "second" if old else "minute"
        if tpl == "xian":
            return "day" if old else "second"
        return "day" if old else "minute"

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            precision = self._precision(tpl, old)
            year = 2019 if old else 2024
            when = self._when(1 + i * 2 + rng.randint(0, 1), True, (8, 21), year, BEIJING)
            ctx = context(rng, tpl, year)
            head = "wl_tz" if style == "notice" else tpl
            title = self.pools.headline(rng, head, ctx, self.used)
            self.subheads = {tpl: list(SUBHEADS[tpl])}
            size = sizes[i]
            many = tpl in ("jq", "app")
            images = 0 if size == "brief" else rng.choice([1, 2, 3] if many else [0, 1, 1, 2])
            nm = names(rng, 7)
            if tpl == "wl" and style == "notice":
                blocks = self._notice(title, ctx, when, nm, table=i == 4)
            else:
                blocks = self._blocks(tpl, size, ctx, images, when, None)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm, old)
            x: dict[str, Any] = {"old": old, "style": style, "ctx": ctx, "nm": nm}
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, when, old)
            digits = {"bwg": 4, "xian": 4, "jq": 5}.get(tpl, 6)
            aid = rng.randint(10 ** (digits - 1), 10**digits - 1)
            while aid in self.ids:
                aid = rng.randint(10 ** (digits - 1), 10**digits - 1)
            self.ids.add(aid)
            x["id"] = aid
            x["unit"] = rng.choice(UNITS)
            x["sub"] = ""
            x["yin"] = ""
            if tpl == "app" and (old or i % 4 == 1):
                x["yin"] = rng.choice(["文旅融合看发展", "假日文旅观察", "奋进新征程"])
            if tpl == "app" and i % 3 == 0:
                x["sub"] = rng.choice(
                    [
                        f"——{CITY}推动文旅消费提质升级",
                        "——来自一线的文旅观察",
                        f"——{COUNTY}探索乡村旅游发展新路径",
                    ]
                )
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, style, when, aid, old),
                    title,
                    authors,
                    when,
                    precision,
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x=x,
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a and not (tpl == "app" and b.x["old"])]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 5))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, style: str, when: Any, aid: int, old: bool) -> str:
        if tpl == "wl":
            col = COLUMN.get(style, "jqdt")
            return f"/wlj/{col}/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "bwg":
            return f"/index.php?m=content&c=index&a=show&catid={12 if aid % 2 else 15}&id={aid}"
        if tpl == "jq":
            return f"/archives/{aid}"
        if tpl == "app":
            if old:
                return f"/epaper/html/{when:%Y-%m}/{when:%d}/content_{aid}.htm"
            return f"/h5/detail.html?newsId={aid}"
        return f"/Article/ShowArticle.asp?ArticleID={aid}"

    def _photo_credit(self, tpl: str, nm: list[str], old: bool) -> str:
        p = nm[5]
        if tpl == "app" and old:
            return self.rng.choice([f"本报记者 {p} 摄", f"{p} 摄", ""])
        return self.rng.choice(
            {
                "wl": [f"摄影：{p}", ""],
                "bwg": [f"图/{p}", "本馆供图", ""],
                "jq": [f"摄影：{p}", "景区供图", ""],
                "app": [f"文旅云江记者 {p} 摄", "受访者供图", ""],
                "xian": [f"{p} 摄", ""],
            }[tpl]
        )

    def _notice(
        self, title: str, ctx: dict[str, str], when: Any, nm: list[str], table: bool
    ) -> list[Block]:
        """A 通知/公告: the addressees, the purpose, numbered sections (maybe a table of 景区), a
        contact, then the bureau's signature and date (all body)."""
        rng = self.rng
        what = title.removeprefix("关于").removesuffix("的通知").removesuffix("的公告")
        start = when.day + rng.randint(2, 6)
        paras = self.pools.paragraphs(rng, "wl", 3, ctx)
        blocks = [
            Block("p", "各县（市、区）文化和旅游局，各A级旅游景区，各有关单位："),
            Block(
                "p",
                f"为深入贯彻落实全省文化和旅游工作会议精神，进一步激发文旅消费活力，经研究，"
                f"决定{what}。现将有关事项通知如下：",
            ),
            Block("h", "一、时间安排"),
            Block(
                "p", f"{when.year}年{when.month + 1}月{start % 28 + 1}日至{when.month + 2}月30日。"
            ),
            Block("h", "二、主要内容"),
            Block("p", paras[0]),
        ]
        if table:
            blocks.append(Block("p", "首批参与活动的景区名单如下："))
            for cells in [TABLE_HEAD, *TABLE_ROWS]:
                blocks.append(Block("tr", " ".join(cells), "|".join(cells)))
        blocks += [
            Block("p", paras[1]),
            Block("h", "三、工作要求"),
            Block("p", f"（一）加强组织领导。{paras[2]}"),
            Block(
                "p",
                f"（二）做好信息报送。请各单位于{when.month + 1}月{start % 20 + 5}日前"
                "将活动开展情况报送至市文化和旅游局资源开发科。",
            ),
            Block("p", f"联系人：{nm[2]}，联系电话：0871-6{rng.randint(1000000, 9999999)}。"),
            Block("p", f"{CITY}文化和旅游局"),
            Block("p", f"{when.year}年{when.month}月{when.day}日"),
        ]
        return blocks

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
        x, y, e, f = nm[0], nm[1], nm[3], nm[6]
        if tpl == "wl":
            editors = [] if style == "notice" else [e]
            if style == "tx":
                self._lead(blocks, f"本网讯（通讯员 {x}）")
                return [], [x], editors
            if style == "zuozhe2":
                return [x, y], [], editors
            if style in ("zuozhe", "zhuangao"):
                return [x], [], editors
            return [], [], editors
        if tpl == "bwg":
            editors = [e] if style == "zg" or i % 3 == 1 else []
            if style == "wen_two":
                return [x, y], [], editors
            if style == "dept":
                return [], [], editors
            return [x], [], editors
        if tpl == "jq":
            editors = [e] if i % 4 == 1 else []
            if style == "tx":
                return [], [x], editors
            if style == "two":
                return [x, y], [], editors
            if style == "admin":
                return [], [], editors
            return [x], [], editors
        if tpl == "app":
            if old:
                editors = [e]
                if style == "lead_t":
                    self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                    return [x], [y], editors
                return [x, y], [], editors
            editors = [e, f] if i % 3 != 2 else [f]
            if style == "lead_t":
                self._lead(blocks, f"文旅云江客户端{self._md(when)}讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            if style == "jz2":
                return [x, y], [], editors
            if style == "source":
                return [], [], editors
            return [x], [], editors
        editors = [e] if i % 2 == 0 else []
        if style == "two":
            return [x, y], [], editors
        if style == "tx":
            return [], [x], editors
        if style == "mixed":
            return [x], [y], editors
        if style in ("anon", "unit"):
            return [], [], editors
        return [x], [], editors


__all__ = ["BEIJING", "COUNTY", "Site73"]
