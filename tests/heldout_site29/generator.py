"""The twenty-ninth held-out site: 60 articles over five Chinese newspapers' e-paper (数字报)
editions, all Beijing time, every page rendered in memory.

``Site29(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from heldout import Art
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import INTROS, POOLS, SUBHEADS, SUBS, context, fill, names

Credit = dict[str, Any]

# 版面 numbers and names of each paper's pages
PAGES = {
    "fz": {1: "要闻", 2: "要闻", 3: "经济新闻", 4: "区域新闻", 5: "观察"},
    "rmrb": {1: "要闻", 2: "要闻", 4: "要闻", 5: "评论", 9: "理论", 13: "社会"},
    "wb": {1: "要闻", 2: "要闻", 3: "社会新闻", 5: "上海新闻", 9: "区情"},
    "xian": {1: "要闻", 2: "综合", 3: "镇街", 4: "民生"},
    "mrdx": {1: "一版", 2: "要闻", 5: "新华视点", 6: "综合", 12: "草地周刊"},
}


def _c(
    byline: str = "",
    authors: list[str] | None = None,
    corr: list[str] | None = None,
    lead: str = "",
    inbody: bool = False,
    tail: str = "",
) -> Credit:
    """A story's credit as printed: ``byline`` (its own line; ``inbody``: the first line of the
    content), ``lead`` (opening the first paragraph), ``tail`` (the closing paragraph)."""
    return {
        "byline": byline,
        "authors": authors or [],
        "corr": corr or [],
        "lead": lead,
        "inbody": inbody,
        "tail": tail,
    }


def _fz(style: str, nm: list[str], ed: date) -> Credit:
    a, b, c, d, e = nm[:5]
    return {
        "jz_tx": lambda: _c(f"本报记者　{a}　通讯员　{c}", [a], [c]),
        "jz2": lambda: _c(f"本报记者　{a}　{b}", [a, b]),
        "jz_tx2": lambda: _c(f"本报记者　{a}　通讯员　{c}　{d}", [a], [c, d]),
        "sq": lambda: _c(f"■本报记者　{a}", [a], inbody=True),
        "bbx": lambda: _c("", [a], [c], lead=f"本报讯（记者　{a}　通讯员　{c}）"),
        "pl": lambda: _c("本报评论员"),
        "xhs": lambda: _c(
            "", [a, b], lead=f"新华社北京{ed.month}月{ed.day - 1}日电（记者　{a}　{b}）"
        ),
        "sxs": lambda: _c(f"本报记者　{a}　实习生　{e}", [a, e]),
        "none": lambda: _c(),
    }[style]()


UNIS = [
    "中国人民大学马克思主义学院",
    "北京大学经济学院",
    "复旦大学国际关系与公共事务学院",
    "中央党校（国家行政学院）马克思主义学院",
    "南京大学商学院",
]


def _rmrb(style: str, nm: list[str], ed: date) -> Credit:
    a, b, c = nm[:3]
    return {
        "jz": lambda: _c(f"本报记者　{a}", [a]),
        "jz2": lambda: _c(f"本报记者　{a}　{b}", [a, b]),
        "jz_tx": lambda: _c(f"本报记者　{a}　通讯员　{c}", [a], [c]),
        "pl": lambda: _c("本报评论员"),
        "xhs": lambda: _c("", [a], lead=f"新华社北京{ed.month}月{ed.day - 1}日电　（记者{a}）"),
        "theory": lambda: _c(a, [a], tail=f"（作者为{UNIS[ord(nm[7][0]) % len(UNIS)]}教授）"),
        "bbd": lambda: _c("", [a], lead=f"本报北京{ed.month}月{ed.day - 1}日电　（记者{a}）"),
    }[style]()


def _wb(style: str, nm: list[str], ed: date) -> Credit:
    a, b, c, _, e, _, p = nm[:7]
    return {
        "sq": lambda: _c(f"■本报记者　{a}", [a], inbody=True),
        "wentu": lambda: _c(f"文/{a}　图/{p}", [a], inbody=True),
        "jz_sxs": lambda: _c(f"本报记者　{a}　实习生　{e}", [a, e]),
        "sx": lambda: _c(f"■首席记者　{a}", [a], inbody=True),
        "tytx": lambda: _c(f"特约通讯员　{c}", [], [c]),
        "jz2": lambda: _c(f"本报记者　{a}　{b}", [a, b]),
        "wire": lambda: _c("", [], lead="据新华社电　"),
        "bbx": lambda: _c("", [a], lead=f"本报讯（记者　{a}）"),
        "jz_tx": lambda: _c(f"本报记者　{a}　通讯员　{c}", [a], [c]),
        "none": lambda: _c(),
    }[style]()


def _xian(style: str, nm: list[str], ed: date) -> Credit:
    a, b, c, d = nm[:4]
    return {
        "jz_tx": lambda: _c(f"记者　{a}　通讯员　{c}", [a], [c]),
        "jz": lambda: _c(f"记者　{a}", [a]),
        "tx": lambda: _c(f"通讯员　{c}　{d}", [], [c, d]),
        "ym": lambda: _c("佚名"),
        "name": lambda: _c(a, [a]),
        "bbx": lambda: _c(a, [a], [c], lead=f"本报讯（记者　{a}　通讯员　{c}）"),
        "jz2": lambda: _c(f"记者　{a}　{b}", [a, b]),
    }[style]()


def _mrdx(style: str, nm: list[str], ed: date) -> Credit:
    a, b, _, _, e = nm[:5]
    return {
        "xhs2": lambda: _c(f"新华社记者　{a}　{b}", [a, b]),
        "xhs": lambda: _c(f"新华社记者　{a}", [a]),
        "bbjz": lambda: _c(f"本报记者　{a}", [a]),
        "wire": lambda: _c("", [a], lead=f"新华社北京{ed.month}月{ed.day - 1}日电（记者{a}）"),
        "pl": lambda: _c("新华社评论员"),
        "zz": lambda: _c(f"作者：{a}", [a]),
        "jz_sx": lambda: _c(f"新华每日电讯记者　{a}　实习记者　{e}", [a, e]),
        "none": lambda: _c(),
    }[style]()


STYLES: dict[str, tuple[Callable[[str, list[str], date], Credit], list[str]]] = {
    "fz": (
        _fz,
        ["jz_tx", "jz2", "sq", "bbx", "pl", "xhs", "jz_tx2", "none", "sxs", "jz_tx", "sq", "bbx"],
    ),
    "rmrb": (
        _rmrb,
        ["jz", "jz2", "pl", "xhs", "theory", "bbd", "jz_tx", "jz", "jz2", "jz", "xhs", "jz_tx"],
    ),
    "wb": (
        _wb,
        ["sq", "wentu", "jz_sxs", "sx", "tytx", "jz2", "wire", "bbx", "jz_tx", "none", "sq", "jz2"],
    ),
    "xian": (
        _xian,
        ["jz_tx", "jz", "tx", "ym", "name", "bbx", "jz2", "jz_tx", "jz", "name", "ym", "jz_tx"],
    ),
    "mrdx": (
        _mrdx,
        ["xhs2", "xhs", "bbjz", "wire", "pl", "zz", "jz_sx", "none", "xhs2", "wire", "xhs", "zz"],
    ),
}
OLD = {"rmrb": (9, 10, 11), "xian": (9, 10, 11)}  # 2019 pages on the system's old layout
PHOTO = {
    "fz": ["本报记者　{p}　摄", "通讯员　{p}　供图", ""],
    "rmrb": ["本报记者　{p}摄", "新华社记者　{p}摄", "{p}摄（人民视觉）"],
    "wb": ["本报记者　{p}　摄", "图　IC", ""],
    "xian": ["记者　{p}　摄", "通讯员　{p}　摄", ""],
    "mrdx": ["新华社记者　{p}　摄", "新华社发（{p}摄）", ""],
}
IMG = {
    "fz": "/html/{d:%Y-%m}/{d:%d}/res/1_{h}.jpg",
    "rmrb": "/rmrb/pic/{d:%Y%m}/{d:%d}/{h}.jpg",
    "wb": "/xmwb/images/{d:%Y-%m-%d}/{n}.jpg",
    "xian": "/epaper/UploadFiles/{d:%Y%m}/{d:%Y%m%d}{n}.jpg",
    "mrdx": "/images/{d:%Y%m%d}/{h}.jpg",
}
RELATED = {  # which stories carry a related block (by index)
    "fz": [0, 1, 3, 5, 6, 8, 10, 11],
    "rmrb": [0, 1, 3, 5, 6, 7, 9, 11],
    "wb": [0, 2, 3, 5, 6, 8, 9, 11],
    "xian": [0, 1, 2, 4, 5, 7, 9, 10],
    "mrdx": [0, 1, 2, 3, 6, 8, 10, 11],
}


class Site29(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 2929) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in STYLES:
            self._paper(tpl)

    def _edition(self, tpl: str, i: int, old: bool) -> date:
        if old:
            return date(2019, 11, 6 + i % 3)
        return date(2024, 5, 8 - i // 4)

    def _paper(self, tpl: str) -> None:
        rng = self.rng
        credit_of, styles = STYLES[tpl]
        sizes = self._sizes()
        pagenums = list(PAGES[tpl])
        arts: list[Art] = []
        for i, style in enumerate(styles):
            old = i in OLD.get(tpl, ())
            ed = self._edition(tpl, i, old)
            pg = {"pl": 5 if tpl == "rmrb" else 0, "theory": 9}.get(style, 0)
            if tpl == "mrdx" and style == "zz":
                pg = 12
            if not pg:
                pg = rng.choice([p for p in pagenums if p not in (5, 9, 12)] or pagenums)
            nm = names(rng, 8)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            size = "mid" if style in ("pl", "theory") else sizes[i]
            images = 0 if style in ("pl", "theory") else rng.choice([0, 1, 1, 2])
            if style == "wentu":
                images = max(images, 1)
            when0 = datetime(ed.year, ed.month, ed.day, 6, 0, tzinfo=BEIJING)
            blocks = self._blocks(tpl, size, ctx, images, when0, IMG[tpl])
            cr = credit_of(style, nm, ed)
            if cr["lead"]:
                first = self._first(blocks)
                first.text = cr["lead"] + first.text
            if cr["tail"]:
                blocks.append(type(blocks[0])("p", cr["tail"]))
            for b in blocks:
                if b.kind == "img" and style != "wentu":
                    b.credit = rng.choice(PHOTO[tpl]).format(p=nm[6])
            intro = rng.choice(INTROS[tpl]) if rng.random() < 0.5 else ""
            sub = fill(rng, rng.choice(SUBS), ctx) if rng.random() < 0.4 else ""
            precision, when = "day", when0.replace(hour=0)
            if tpl == "xian":
                precision = "second"
                when = when0.replace(hour=rng.randint(7, 10), minute=rng.randint(0, 59))
                when = when.replace(second=rng.randint(0, 59))
            elif tpl == "wb" and i % 3 == 1:
                precision = "minute"
                when = when0.replace(hour=rng.randint(14, 17), minute=rng.randint(0, 59))
            editors: list[str] = []
            if tpl == "wb" and i % 3 != 2:
                editors = [nm[5]]
            if tpl == "xian" and i % 4 != 3:
                editors = [nm[5]]
            arts.append(
                Art(
                    tpl,
                    i,
                    "",
                    title,
                    list(cr["authors"]),
                    when,
                    precision,
                    blocks,
                    correspondents=list(cr["corr"]),
                    editors=editors,
                    x={
                        "style": style,
                        "old": old,
                        "ed": ed,
                        "pg": pg,
                        "pname": PAGES[tpl][pg],
                        "nm": nm,
                        "ctx": ctx,
                        "cr": cr,
                        "intro": intro,
                        "sub": sub,
                        "id": 0,
                        "k": 0,
                    },
                )
            )
        # order on each 版面, ids and paths
        page_ed: dict[tuple[date, int], str] = {}
        for a in arts:
            same = [b for b in arts if b.x["ed"] == a.x["ed"] and b.x["pg"] == a.x["pg"]]
            a.x["k"] = same.index(a) + 1
            a.x["id"] = self._id(tpl, a)
            a.path = self._path(tpl, a)
            key = (a.x["ed"], a.x["pg"])
            if key not in page_ed:  # the 版面's editor (方正: 本版编辑 on every story of the page)
                page_ed[key] = a.x["nm"][5] if rng.random() < 0.7 else ""
            a.x["page_editor"] = page_ed[key]
            a.x["page_artist"] = a.x["nm"][7]
            if tpl == "fz" and page_ed[key]:
                a.editors = [page_ed[key]]
        for a in (arts[k] for k in RELATED[tpl]):  # an old page links old pages only
            pool = [b for b in arts if b is not a and b.x["old"] == a.x["old"]]
            a.related = [b.path for b in rng.sample(pool, min(len(pool), rng.randint(2, 3)))]
        self.arts += arts

    def _id(self, tpl: str, a: Art) -> int:
        rng = self.rng
        base = {"fz": 3741000, "rmrb": 0, "wb": 221000, "xian": 168000, "mrdx": 0}[tpl]
        if a.x["old"]:
            base //= 3
        return base + a.i * 211 + rng.randint(0, 199)

    @staticmethod
    def _path(tpl: str, a: Art) -> str:
        ed, pg, k, aid = a.x["ed"], a.x["pg"], a.x["k"], a.x["id"]
        if tpl == "fz":
            return f"/html/{ed:%Y-%m}/{ed:%d}/content_{pg + 1}_{aid}.htm"
        if tpl == "rmrb":
            return f"/rmrb/html/{ed:%Y-%m}/{ed:%d}/nw.D110000renmrb_{ed:%Y%m%d}_{k}-{pg:02d}.htm"
        if tpl == "wb":
            return f"/xmwb/html/{ed:%Y-%m-%d}/{pg}/{aid}.html"
        if tpl == "xian":
            return f"/epaper/ShowArticle.asp?ArticleID={aid}"
        return f"/content/{ed:%Y%m%d}/Articel{pg:02d}{k:03d}BB.htm"


def node_path(tpl: str, ed: date, pg: int) -> str:
    """The 版面 page of ``pg`` in the edition of ``ed``."""
    if tpl == "fz":
        return f"/html/{ed:%Y-%m}/{ed:%d}/node_{pg + 1}.htm"
    if tpl == "rmrb":
        return f"/rmrb/html/{ed:%Y-%m}/{ed:%d}/nbs.D110000renmrb_{pg:02d}.htm"
    if tpl == "wb":
        return f"/xmwb/html/{ed:%Y-%m-%d}/{pg}.html"
    if tpl == "xian":
        return f"/epaper/ShowPage.asp?PageID={(ed.toordinal() % 1000) * 10 + pg}"
    return f"/content/{ed:%Y%m%d}/Page{pg:02d}BB.htm"


__all__ = ["BEIJING", "PAGES", "Site29", "node_path"]
