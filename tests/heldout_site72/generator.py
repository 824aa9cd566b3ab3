"""The seventy-second held-out site: 60 articles of the Chinese science and technology press —
科技日报's news site (2019 pages in GBK), 中国科学报's paper pages (2019 pages in GB2312 named in
the meta only), 科学网's news pages, 中国科普网 (科普时报 stories) and a 中科院-style 科学传播
channel — all Beijing time, plus the pages that are no article (home, lists with pagination, the
电子版 calendar, a 专题, a tag, search, video, about/contact), every page rendered in memory.

``Site72(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import INSTITUTES, POOLS, SUBHEADS, context, names

TPLS = ("kj", "kb", "kx", "kp", "cb")
OLD = {"kj": (3, 9), "kb": (2, 8), "kx": (5, 10), "kp": (4, 11), "cb": (1, 7)}
STYLES = {
    # 科技日报: a 本报记者 byline line (one, two, or with a 通讯员), a dateline lead
    # (科技日报北京5月8日电 （记者X）, two reporters) or 科技日报讯 （记者X 通讯员Y）
    "kj": [
        "byline",
        "dateline",
        "xun_t",
        "byline_two",
        "dateline_two",
        "byline_t",
        "byline",
        "xun_t",
        "dateline",
        "byline_two",
        "byline_t",
        "dateline",
    ],
    # 中国科学报: 作者 X / X Y / 作者 X with 本报讯（记者 X 通讯员 Y）lead / 作者 an institute
    "kb": [
        "one",
        "lead_t",
        "two",
        "office",
        "one",
        "lead_t",
        "two",
        "one",
        "lead_t",
        "office",
        "one",
        "two",
    ],
    # 科学网: 作者 X, X Y, an institute, or none (a wire story)
    "kx": [
        "one",
        "two",
        "office",
        "none",
        "one",
        "two",
        "one",
        "none",
        "office",
        "one",
        "two",
        "one",
    ],
    # 中国科普网: 科普时报记者 X byline, 作者 X, 文/X, or 作者 X with 通讯员 Y
    "kp": [
        "kpsb",
        "author",
        "wen",
        "author_t",
        "kpsb",
        "author",
        "wen",
        "kpsb",
        "author_t",
        "author",
        "wen",
        "kpsb",
    ],
    # 中科院科学传播: 文/X, 文/X Y, 作者：X（institute）
    "cb": [
        "wen",
        "wen_two",
        "affil",
        "wen",
        "affil",
        "wen_two",
        "wen",
        "affil",
        "wen",
        "wen_two",
        "affil",
        "wen",
    ],
}
RELATED = {
    "kj": [0, 1, 3, 5, 7, 10],
    "kb": [1, 4, 6, 9, 11],
    "kx": [0, 1, 2, 4, 5, 7, 8, 11],
    "kp": [0, 3, 6, 9],
    "cb": [],
}


class Site72(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 7272) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
            self._channel(tpl)

    def _precision(self, tpl: str, old: bool) -> str:
        if tpl in ("kb", "kx"):
            return "second"
        if tpl == "cb" or (tpl == "kp" and old):
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
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            nm = names(rng, 6)
            inst = rng.choice(INSTITUTES)
            authors, corrs, editors = self._credits(tpl, style, nm, blocks, i, when, old)
            for b in blocks:
                if b.kind == "img":
                    b.credit = self._photo_credit(tpl, nm)
            aid = rng.randint(100_000, 999_999)
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
                    x={"old": old, "style": style, "ctx": ctx, "nm": nm, "id": aid, "inst": inst},
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 5))]
        self.arts += arts

    @staticmethod
    def _path(tpl: str, when: Any, aid: int) -> str:
        if tpl == "kj":
            return f"/index/kejixinwen/{when:%Y%m}/{when:%d}/content_{aid}.shtml"
        if tpl == "kb":
            return f"/htmlpaper/{when.year}/{when.month}/{when:%Y%m%d%H}{aid}.shtm"
        if tpl == "kx":
            return f"/htmlnews/{when.year}/{when.month}/{aid}.shtm"
        if tpl == "kp":
            return f"/kpzx/kpsb/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"
        return f"/kxcb/kpwz/{when:%Y%m}/t{when:%Y%m%d}_{aid}.html"

    def _photo_credit(self, tpl: str, nm: list[str]) -> str:
        p = nm[5]
        return self.rng.choice(
            {
                "kj": [f"本报记者 {p}摄", "受访者供图", ""],
                "kb": ["受访者供图", "研究团队供图", ""],
                "kx": ["图片来源：受访者", "图片来源：视觉中国", ""],
                "kp": [f"{p}/摄", ""],
                "cb": [f"图/{p}", ""],
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
        if tpl == "kj":
            editors = [e]
            city = ["北京", "上海", "合肥", "武汉", "深圳"][i % 5]
            if style == "dateline":
                self._lead(blocks, f"科技日报{city}{self._md(when)}电 （记者{x}）")
                return [x], [], editors
            if style == "dateline_two":
                self._lead(blocks, f"科技日报{city}{self._md(when)}电 （记者{x} {z}）")
                return [x, z], [], editors
            if style == "xun_t":
                self._lead(blocks, f"科技日报讯 （记者{x} 通讯员{y}）")
                return [x], [y], editors
            if style == "byline_two":
                return [x, z], [], editors
            if style == "byline_t":
                return [x], [y], editors
            return [x], [], editors
        if tpl == "kb":
            editors = [e] if i % 3 else []
            if style == "lead_t":
                self._lead(blocks, f"本报讯（记者{x} 通讯员{y}）")
                return [x], [y], editors
            return {"one": [x], "two": [x, z]}.get(style, []), [], editors
        if tpl == "kx":
            return {"one": [x], "two": [x, z]}.get(style, []), [], []
        if tpl == "kp":
            editors = [e]
            if style == "author_t":
                return [x], [y], editors
            return [x], [], editors
        editors = [e] if i % 4 != 3 else []
        if style == "wen_two":
            return [x, z], [], editors
        return [x], [], editors


__all__ = ["BEIJING", "Site72"]
