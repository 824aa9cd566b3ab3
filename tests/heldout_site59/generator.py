"""The fifty-ninth held-out site: 60 articles over one prefecture-level city's newspaper group
(澜州日报社): the daily's news site on a media-cloud CMS, the daily's Founder e-paper, the evening
paper's site in GBK, the group app's H5 share pages and the news site's 2019 pages in GB2312, all
Beijing time, every page rendered in memory.

``Site59(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import INTITLES, POOLS, STAR_NAME, SUBHEADS, SUBTITLES, context, fill, names

TPLS = ("yun", "ep", "wb", "app", "old")
PRECISION = {"yun": "minute", "ep": "day", "wb": "minute", "app": "second", "old": "second"}
STYLES = {
    "yun": ["jt", "two", "sx", "lead", "plain", "jt", "two", "jt", "lead", "sx", "plain", "jt"],
    "ep": ["bb", "bbt", "two", "lead", "bb", "bbt", "lead", "two", "bb", "bbt", "bb", "lead"],
    "wb": ["sx", "jt", "x", "two", "sx", "x", "jt", "sx", "two", "x", "sx", "jt"],
    "app": ["x", "two", "jt", "x", "two", "x", "jt", "x", "two", "jt", "x", "x"],
    "old": ["jz", "plain", "jt", "jz", "plain", "jz", "jt", "plain", "jz", "jt", "jz", "plain"],
}
STAR = {("yun", 0), ("yun", 5), ("ep", 1), ("ep", 8), ("app", 3)}


class Site59(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5959) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
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
            year = 2019 if tpl == "old" else 2024
            day = 1 + (i // 2) * 2 if tpl == "ep" else 1 + i * 2 + rng.randint(0, 1)
            when = self._when(day, PRECISION[tpl] == "second", (6, 22), year, BEIJING)
            ctx = context(rng, tpl)
            title = self.pools.headline(rng, tpl, ctx, self.used)
            size = sizes[i]
            images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, size, ctx, images, when, None)
            nm = names(rng, 5)
            if (tpl, i) in STAR:
                nm = [STAR_NAME, *[n for n in nm if n != STAR_NAME][:4]]
            if tpl == "ep":  # a Founder page sets its pictures above the text
                blocks = [b for b in blocks if b.kind == "img"] + [
                    b for b in blocks if b.kind != "img"
                ]
            authors, corrs = self._credits(tpl, style, nm, blocks)
            for b in blocks:
                if b.kind == "img":
                    b.credit = rng.choice(["", f"记者 {nm[3]} 摄", f"{nm[3]} 摄"])
            editors = [] if tpl == "ep" else [nm[4]]
            x: dict[str, Any] = {"style": style, "ctx": ctx, "nm": nm, "size": size}
            x["id"] = rng.randint(100_000, 999_999)
            x["hex"] = f"{rng.getrandbits(96):024x}"
            x["proof"] = names(rng, 1)[0]
            if tpl == "ep":
                x["intitle"] = rng.choice(INTITLES) if i % 3 != 2 else ""
                x["subtitle"] = fill(rng, rng.choice(SUBTITLES), ctx) if i % 2 == 0 else ""
                x["node"] = 1 + i % 4
            arts.append(
                Art(
                    tpl,
                    i,
                    self._path(tpl, when, x),
                    title,
                    authors,
                    when,
                    PRECISION[tpl],
                    blocks,
                    correspondents=corrs,
                    editors=editors,
                    x=x,
                )
            )
        if tpl != "ep":  # an e-paper page carries no related list
            for a in arts:
                others = [b for b in arts if b is not a]
                a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts

    def _path(self, tpl: str, when: Any, x: dict[str, Any]) -> str:
        if tpl == "yun":
            return f"/a/{when:%Y%m/%d}/AP{x['hex']}.html"
        if tpl == "ep":
            return f"/lzrb/html/{when:%Y-%m/%d}/content_{x['id']}.htm"
        if tpl == "wb":
            return f"/lzwb/{when:%Y/%m%d}/{x['id']}.shtml"
        if tpl == "app":
            return f"/h5/news/detail?id={x['id']}"
        return f"/news/{when:%Y-%m/%d}/content_{x['id']}.htm"

    def _credits(
        self, tpl: str, style: str, nm: list[str], blocks: list[Block]
    ) -> tuple[list[str], list[str]]:
        """(authors, correspondents); leads are written into the text."""
        x, y = nm[0], nm[1]
        if tpl == "yun":
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y]
            return {
                "jt": ([x], [y]),
                "two": ([x, y], []),
                "sx": ([x, y], []),
                "plain": ([x], []),
            }[style]
        if tpl == "ep":
            if style == "lead":
                self._lead(blocks, f"本报讯（记者 {x} 通讯员 {y}）")
                return [x], [y]
            return {"bb": ([x], []), "bbt": ([x], [y]), "two": ([x, y], [])}[style]
        if tpl == "wb":
            lead = {
                "sx": f"本报讯（记者 {x} 实习生 {y}）",
                "jt": f"本报讯（记者 {x} 通讯员 {y}）",
                "x": f"本报讯（记者 {x}）",
                "two": f"本报讯（记者 {x} {y}）",
            }[style]
            self._lead(blocks, lead)
            return {
                "sx": ([x, y], []),
                "jt": ([x], [y]),
                "x": ([x], []),
                "two": ([x, y], []),
            }[style]
        if tpl == "app":
            return {"x": ([x], []), "two": ([x, y], []), "jt": ([x], [y])}[style]
        return {"jz": ([x], []), "plain": ([x], []), "jt": ([x], [y])}[style]


__all__ = ["BEIJING", "Site59"]
