"""The fifty-second held-out site: 60 articles over five templates of Chinese provincial 集约化
government platforms (a 广东 department, a 浙江 county bureau, a 四川 county department, a 江苏
department and the 广东 department's 2019 legacy site in GB2312), all Beijing time, every page
rendered in memory.

``Site52(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from heldout import Art
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import HEAD, OFFICES, POOLS, SUBHEADS, context, fill, names

# one credit style per article, per template (see the package docstring)
STYLES: dict[str, list[str]] = {
    "gd": [
        "unit",
        "person",
        "office",
        "unit",
        "supply",
        "person",
        "unit",
        "office",
        "tx",
        "person",
        "supply",
        "unit",
    ],
    "zj": [
        "unit",
        "person",
        "tx",
        "unit",
        "person_ed",
        "tx",
        "unit",
        "person",
        "tx_ed",
        "unit",
        "person",
        "unit",
    ],
    "sc": [
        "person",
        "office",
        "two",
        "person",
        "tx",
        "office",
        "person",
        "two",
        "office",
        "tx",
        "person",
        "office",
    ],
    "js": [
        "person",
        "unit",
        "tx",
        "person",
        "unit",
        "two",
        "tx",
        "unit",
        "person",
        "unit",
        "tx",
        "person",
    ],
    "old": [
        "person",
        "blank",
        "office",
        "person",
        "blank",
        "person",
        "office",
        "blank",
        "person",
        "two",
        "blank",
        "person",
    ],
}


class Site52(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5252) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in ("gd", "zj", "sc", "js", "old"):
            self._tpl(tpl)

    def _tpl(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        year = 2019 if tpl == "old" else 2024
        for i, style in enumerate(STYLES[tpl]):
            when = self._when(1 + i * 2 + rng.randint(0, 1), True, (8, 20), year, BEIJING)
            while True:
                ctx = context(rng, tpl, year)
                title = fill(rng, rng.choice(HEAD[tpl]), ctx)
                if title not in self.used:
                    self.used.add(title)
                    break
            nm = names(rng, 8)
            images = 0 if sizes[i] == "brief" else rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, None)
            for b in blocks:
                if b.kind == "img" and rng.random() < 0.4:
                    b.credit = f"（{nm[7]} 摄）"
            authors: list[str] = []
            corr: list[str] = []
            editors: list[str] = []
            if style in ("person", "person_ed"):
                authors = nm[:1]
            elif style == "two":
                authors = nm[:2]
            if style.startswith("tx"):
                k = rng.choice([1, 2])
                corr = nm[2 : 2 + k]
                first = next(b for b in blocks if b.kind == "p")
                who = " ".join(corr)
                first.text = (
                    f"{self._md(when)}，" + first.text if rng.random() < 0.5 else first.text
                )
                first.text = f"本网讯（通讯员 {who}）" + first.text
            office = rng.choice(OFFICES[tpl])
            # the closing lines: who signs off and who edits
            end = ""
            if tpl == "zj":
                end = rng.choice(["ed", "ed_sh", "none"]) if not style.endswith("_ed") else "ed_sh"
            elif tpl == "sc":
                end = ["sh_qf", "ed_sh", "zrbj", "sh_qf"][i % 4]
            elif tpl == "js":
                end = "zrbj" if i % 4 != 3 else "none"
            elif tpl == "old":
                end = "zrbj" if i % 3 != 1 else "none"
            if end in ("ed", "ed_sh", "zrbj"):
                editors = [nm[4]]
            if tpl == "gd":
                precision = "minute" if i in (2, 7, 10) else "second"
            elif tpl == "zj":
                precision = "day" if i % 3 == 0 or i in (5, 10) else "minute"
            elif tpl == "sc":
                precision = "second"
            elif tpl == "js":
                precision = "day" if i in (4, 9) else "minute"
            else:
                precision = "day" if i % 3 != 0 else "second"
            n = {
                "gd": 4_400_000,
                "zj": 23_500_000,
                "sc": 1_250_000,
                "js": 10_980_000,
                "old": 2_380_000,
            }[tpl]
            n += i * 1_733 + rng.randint(0, 1_500)
            path = {
                "gd": f"/zwgk/gzdt/bmdt/content/post_{n}.html",
                "zj": f"/art/{when.year}/{when.month}/{when.day}/art_1229523461_{n}.html",
                "sc": f"/gongkai/show/{when:%Y%m%d%H%M%S}-{n}-00-000.html",
                "js": f"/art/{when.year}/{when.month}/{when.day}/art_46143_{n}.html",
                "old": f"/zwgk/gzdt/{when:%Y%m}/t{when:%Y%m%d}_{n}.htm",
            }[tpl]
            arts.append(
                Art(
                    tpl,
                    i,
                    path,
                    title,
                    authors,
                    when,
                    precision,
                    blocks,
                    correspondents=corr,
                    editors=editors,
                    x={"style": style, "ctx": ctx, "nm": nm, "id": n, "office": office, "end": end},
                )
            )
        if tpl == "js":  # the 相关链接 box: on most pages, other 政务动态 stories
            for i in (0, 1, 2, 4, 5, 7, 8, 10, 11):
                a = arts[i]
                others = [b for b in arts if b is not a]
                a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts


__all__ = ["BEIJING", "Site52"]
