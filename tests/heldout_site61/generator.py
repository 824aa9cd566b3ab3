"""The sixty-first held-out site: 60 articles of one Inner Mongolian league (锡林郭勒盟) — the
盟行政公署 portal's 要闻 (UTF-8), a 旗 融媒体中心 on an older CMS in GBK, 草原云 app share
pages, the portal's 蒙古文 (traditional Mongolian script) edition and the 自治区农牧厅's site
with its 信息公开 tables — all Beijing time, plus the pages that are no news (lists, 专题, search,
领导, 信息公开 directory, video list, about), every page rendered in memory.

``Site61(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names

TEMPLATES = ("mg", "qx", "cy", "mw", "nm")
OLD = {"mg": (3, 9), "qx": (2, 8), "cy": (5, 11), "mw": (4, 10), "nm": (1, 7)}
STYLES = {
    # 盟 portal: 作者 a person / an office / absent with a （内蒙古日报记者 X 通讯员 Y） credit
    "mg": [
        "person",
        "nmrb_jt",
        "office",
        "nmrb_two",
        "person",
        "line_jt",
        "nmrb_j",
        "two",
        "office",
        "nmrb_jt",
        "line_jt",
        "person",
    ],
    # 旗 融媒体中心: 作者 field, 本网讯 leads
    "qx": [
        "person",
        "lead_j",
        "office",
        "lead_t",
        "two",
        "lead_jt",
        "person",
        "office",
        "lead_j",
        "two",
        "lead_t",
        "person",
    ],
    # 草原云 share: 记者 line, 文/图 line, 草原云讯 lead
    "cy": [
        "reporter",
        "wentu",
        "lead",
        "reporters",
        "reporter_t",
        "wentu",
        "lead",
        "reporter",
        "reporters",
        "reporter_t",
        "wentu",
        "lead",
    ],
    # 蒙古文 edition: ᠵᠣᠬᠢᠶᠠᠭᠴᠢ (author) one, two or none; ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ (translator) on some
    "mw": [
        "one",
        "two",
        "none",
        "one_tr",
        "one",
        "two",
        "one_tr",
        "none",
        "one",
        "two",
        "one_tr",
        "one",
    ],
    # 农牧厅: 作者 an office, a person, 撰稿 X, or none
    "nm": [
        "office",
        "person",
        "zhuangao",
        "office",
        "none",
        "person",
        "office",
        "zhuangao",
        "person",
        "none",
        "office",
        "person",
    ],
}
RELATED = {
    "mg": [0, 1, 4, 6, 7, 10],
    "qx": [1, 3, 5, 8, 11],
    "cy": [0, 2, 3, 6, 7, 9, 10],
    "mw": [0, 2, 5, 8, 11],
    "nm": [0, 3, 5, 9],
}
# the 农牧厅's 2019 pages print only the day (the 信息公开 table's 生成日期)
PRECISION = {"mg": "minute", "qx": "second", "cy": "minute", "mw": "minute", "nm": "second"}
OFFICES = {
    "mg": ["盟发展改革委", "盟行政公署办公室", "盟农牧局", "盟生态环境局"],
    "qx": ["旗农牧和科技局", "旗委宣传部", "旗应急管理局", "旗文旅局"],
    "nm": ["农牧厅办公室", "种植业管理处", "畜牧局", "兽医局"],
}


class Site61(GenSite):
    modules = (templates, pages)
    pools = POOLS["mg"]
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 6161) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TEMPLATES:
            self._channel(tpl)

    @staticmethod
    def _lead(blocks: list[Block], lead: str) -> None:
        first = next(b for b in blocks if b.kind == "p")
        first.text = lead + first.text

    def _channel(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            self.pools = POOLS[tpl]
            year = 2019 if old else 2024
            precision = "day" if tpl == "nm" and old else PRECISION[tpl]
            when = self._when(1 + i * 2 + rng.randint(0, 1), precision == "second", (7, 21), year)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            zh_title = ""
            if tpl == "mw":  # the 蒙古文 edition prints the 汉文 headline under its own
                zctx = context(rng, "mg")
                zh_title = POOLS["mg"].headline(rng, "mg", zctx, self.used)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6, tpl)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm)
            aid = rng.randint(1_000_000, 9_999_999)
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, aid, ctx),
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
                        "zh": zh_title,
                        "office": OFFICES.get(tpl, [""])[i % 4] if tpl in OFFICES else "",
                    },
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int, ctx: dict[str, str]) -> str:
        if tpl == "mg":
            return f"/xwzx/myw/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        if tpl == "qx":
            return f"/qxzc/{ctx['banner_py']}/{when:%Y}/{when:%m%d}/{aid % 100000}.html"
        if tpl == "cy":
            return f"/cyy/share/news/{when:%Y%m%d}/{aid:x}.html"
        if tpl == "mw":
            return f"/mgl/xwzx/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        return f"/nmt/xxgk/zfxxgk/fdzdgknr/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"

    def _photo_credit(self, tpl: str, nm: list[str]) -> str:
        p = nm[5]
        return self.rng.choice(
            {
                "mg": ["", f"（{p} 摄）"],
                "qx": ["", f"（{p} 摄）"],
                "cy": [f"摄影：{p}", f"（记者 {p} 摄）", ""],
                "mw": ["", f"ᠵᠢᠷᠤᠭ ᠢ {p} ᠠᠪᠤᠪᠠ"],
                "nm": ["", "（图片由锡林郭勒盟农牧局提供）"],
            }[tpl]
        )

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block], i: int
    ) -> tuple[list[str], list[str], list[str]]:
        """(authors, correspondents, editors) of a page; leads are written into the text."""
        x, y, z, e, e2 = nm[0], nm[1], nm[2], nm[3], nm[4]
        if tpl == "mg":
            if style == "nmrb_jt":
                self._lead(blocks, f"（内蒙古日报记者 {x} 通讯员 {y}）")
                return [x], [y], [e]
            if style == "nmrb_two":
                self._lead(blocks, f"（内蒙古日报记者 {x} {z}）")
                return [x, z], [], [e]
            if style == "nmrb_j":
                self._lead(blocks, f"（锡林郭勒日报记者 {x}）")
                return [x], [], [e]
            if style == "line_jt":  # a credit paragraph of its own above the text
                return [x], [y], [e]
            return {"person": [x], "two": [x, z]}.get(style, []), [], [e]
        if tpl == "qx":
            editors = [e] if i % 3 != 2 else [e, e2]
            if style == "lead_j":
                self._lead(blocks, f"本网讯（记者 {x}）")
                return [x], [], editors
            if style == "lead_t":
                self._lead(blocks, f"本网讯（通讯员 {y}）")
                return [], [y], editors
            if style == "lead_jt":
                self._lead(blocks, f"本网讯（记者 {x} 通讯员 {y}）")
                return [x], [y], editors
            return {"person": [x], "two": [x, z]}.get(style, []), [], editors
        if tpl == "cy":
            editors = [e] + ([e2] if i % 2 == 0 else [])
            if style == "lead":
                self._lead(blocks, f"草原云讯（记者 {x}）")
                return [x], [], editors
            if style == "reporters":
                return [x, z], [], editors
            if style == "reporter_t":
                return [x], [y], editors
            return [x], [], editors  # reporter / wentu (文/X 图/P: X writes)
        if tpl == "mw":
            authors = {"two": [x, z], "none": []}.get(style, [x])
            return authors, [], [e] if i % 4 != 3 else []
        authors = {"person": [x], "zhuangao": [x]}.get(style, [])
        return authors, [], [e]


__all__ = ["BEIJING", "Site61"]
