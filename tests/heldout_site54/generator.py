"""The fifty-fourth held-out site: 60 articles over five hosted site builders and light blog
engines (a town on 凡科建站, a school on 阿里云·云速成美站, an association's 易企秀 H5 pages, a town
blog on Typecho and a machinery maker's 2019 WordPress site in GBK), all Beijing time, every
page rendered in memory.

``Site54(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from typing import Any

from heldout import Art, Block
from heldout_gen import BEIJING, GenSite

from . import pages, templates
from .pools import POOLS, SUBHEADS, context, names


class Site54(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 5454) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._fk()
        self._al()
        self._h5()
        self._tc()
        self._wp()

    # --- shared -------------------------------------------------------------------------
    def _story(self, tpl: str, i: int, size: str, year: int) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), True, (7, 21), year, BEIJING)
        ctx = context(rng, tpl)
        title = self.pools.headline(rng, tpl, ctx, self.used)
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2, 3])
        blocks = self._blocks(tpl, size, ctx, images, when, None)
        return {"when": when, "ctx": ctx, "title": title, "blocks": blocks, "nm": names(rng, 8)}

    def _relate(self, arts: list[Art], who: list[int], k: tuple[int, int] = (2, 4)) -> None:
        for i in who:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in self.rng.sample(others, self.rng.randint(*k))]

    def _make(
        self,
        tpl: str,
        styles: list[str],
        old: tuple[int, ...],
        path: Any,
        precision: str,
        credits: Any,
    ) -> list[Art]:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i, style in enumerate(styles):
            year = 2019 if i in old or tpl == "wp" else 2024
            d = self._story(tpl, i, sizes[i], year)
            nm = d["nm"]
            authors, corr, editors = credits(i, style, nm)
            aid = rng.randint(100, 999) + i * 1000
            a = Art(
                tpl,
                i,
                path(i, d["when"], aid, rng),
                d["title"],
                authors,
                d["when"],
                precision,
                d["blocks"],
                correspondents=corr,
                editors=editors,
                x={"old": i in old, "style": style, "ctx": d["ctx"], "nm": nm, "id": aid},
            )
            arts.append(a)
        return arts

    # --- 1. 凡科建站: a town government's site (/nd.jsp?id=12&groupId=3) -------------------
    def _fk(self) -> None:
        styles = ["person", "admin", "office", "wentu", "person", "admin"]
        styles += ["person", "office", "wentu", "admin", "person", "blank"]

        def credits(i: int, st: str, nm: list[str]) -> tuple[list[str], list[str], list[str]]:
            authors = nm[:1] if st in ("person", "wentu") else []
            corr = [nm[2]] if st == "office" else []
            editors = nm[4:6] if i % 3 != 2 else []
            return authors, corr, editors

        arts = self._make(
            "fk",
            styles,
            (4, 9),
            lambda i, w, aid, rng: f"/nd.jsp?id={aid // 10 + 20}&groupId={1 + i % 3}",
            "minute",
            credits,
        )
        for a in arts:
            for b in a.blocks:
                if b.kind == "img" and self.rng.random() < 0.4:
                    b.credit = f"（摄影：{a.x['nm'][1]}）"
        self._relate(arts, [0, 2, 3, 5, 7, 8, 10], (2, 4))
        self.arts += arts

    # --- 2. 阿里云·云速成美站: a school (/newsinfo/4571234.html) -------------------------------
    def _al(self) -> None:
        styles = ["person", "admin", "corr", "rep_corr", "wentu", "office"]
        styles += ["person", "admin", "wentu", "rep_corr", "corr", "person"]

        def credits(i: int, st: str, nm: list[str]) -> tuple[list[str], list[str], list[str]]:
            authors = nm[:1] if st in ("person", "rep_corr", "wentu") else []
            corr = [nm[2]] if st in ("corr", "rep_corr") else []
            editors = [nm[4], nm[5]] if i % 2 == 0 else [nm[5]]
            return authors, corr, editors

        arts = self._make(
            "al",
            styles,
            (3, 8),
            lambda i, w, aid, rng: f"/newsinfo/{4_571_000 + aid}.html",
            "second",
            credits,
        )
        self._relate(arts, [0, 1, 3, 4, 6, 7, 9, 11], (3, 5))
        self.arts += arts

    # --- 3. 易企秀 H5, server-rendered for SEO (/s/Ab3dEf9k) ----------------------------------
    def _h5(self) -> None:
        styles = ["wenzi", "wenan", "source", "corr", "wenzi", "wenan"]
        styles += ["wenzi", "source", "corr", "wenan", "wenzi", "source"]

        def credits(i: int, st: str, nm: list[str]) -> tuple[list[str], list[str], list[str]]:
            authors = nm[:1] if st in ("wenzi", "wenan") else []
            corr = [nm[2]] if st == "corr" else []
            editors = {"wenzi": nm[4:6], "wenan": nm[4:5], "source": nm[4:5]}.get(st, nm[4:6])
            return authors, corr, editors

        abc = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        arts = self._make(
            "h5",
            styles,
            (2, 7),
            lambda i, w, aid, rng: "/s/" + "".join(rng.choice(abc) for _ in range(8)),
            "day",
            credits,
        )
        self.arts += arts

    # --- 4. Typecho: a town blog (/archives/123/) -----------------------------------------
    def _tc(self) -> None:
        styles = ["blogger", "admin", "guest", "blogger", "blogger", "admin"]
        styles += ["guest", "blogger", "admin", "blogger", "guest", "blogger"]

        def credits(i: int, st: str, nm: list[str]) -> tuple[list[str], list[str], list[str]]:
            authors = {"blogger": ["柳河老周"], "guest": nm[:1]}.get(st, [])
            return authors, [], []

        arts = self._make(
            "tc",
            styles,
            (5, 10),
            lambda i, w, aid, rng: (
                f"/archives/{(i + 3) if w.year == 2019 else 40 + i * 9 + aid % 7}/"
            ),
            "day",
            credits,
        )
        for a in arts:
            for b in a.blocks:  # a blogger's photos: captions in his own words or none
                if b.kind == "img" and self.rng.random() < 0.3:
                    b.text = ""
        self._relate(arts, [0, 1, 3, 6, 7, 9, 11], (2, 3))
        self.arts += arts

    # --- 5. WordPress 2019, a Chinese theme, GBK (/1234.html) ------------------------------
    def _wp(self) -> None:
        styles = ["xiaobian", "person", "admin", "corr_lead", "wentu_end", "xiaobian"]
        styles += ["person", "corr_lead", "admin", "wentu_end", "person", "xiaobian"]

        def credits(i: int, st: str, nm: list[str]) -> tuple[list[str], list[str], list[str]]:
            authors = nm[:1] if st in ("person", "wentu_end") else []
            corr = [nm[2]] if st == "corr_lead" else []
            editors = [nm[4]] if i % 3 != 1 else []
            return authors, corr, editors

        arts = self._make(
            "wp",
            styles,
            (),
            lambda i, w, aid, rng: f"/{1000 + aid // 4}.html",
            "minute",
            credits,
        )
        for a in arts:
            if a.x["style"] == "corr_lead":
                first = next(b for b in a.blocks if b.kind == "p")
                first.text = f"本网讯（通讯员 {a.x['nm'][2]}）" + first.text
        self._relate(arts, [0, 1, 2, 4, 5, 6, 8, 9, 10], (3, 5))
        self.arts += arts


__all__ = ["BEIJING", "Block", "Site54"]
