"""The thirty-seventh held-out site: 60 articles over five Taiwanese local government news CMSes
(all Taipei time, +08:00), every page rendered in memory.

``Site37(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import EN_HEAD, EN_ORGS, EN_SENT, EN_TOPICS, POOLS, SUBHEADS, TITLES, context, names

TAIPEI = ZoneInfo("Asia/Taipei")


def roc(year: int) -> int:
    """The 民國 year of a Gregorian year (2024 → 113)."""
    return year - 1911


class Site37(GenSite):
    modules = (templates, pages)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (12, 18)

    def __init__(self, seed: int = 3737) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._taipei()
        self._ntpc()
        self._kcg()
        self._county()
        self._district()

    def _art(
        self,
        key: str,
        i: int,
        size: str,
        img: str,
        images: int | None = None,
        gallery: bool = False,
    ) -> dict[str, Any]:
        rng = self.rng
        when = self._when(1 + i * 2 + rng.randint(0, 1), hours=(8, 19), tz=TAIPEI)
        ctx = context(rng, key)
        title = self.pools.headline(rng, key, ctx, self.used)
        if images is None:
            images = rng.choice([0, 1, 1, 2, 3])
        blocks = self._blocks(key, size, ctx, images, when, img)
        if gallery:  # the CMS shows the pictures under the text, in their order
            blocks = [b for b in blocks if b.kind != "img"] + [b for b in blocks if b.kind == "img"]
        nm = names(rng, 5)
        contact = f"{nm[4]} {rng.choice(TITLES)}"
        return {
            "when": when,
            "ctx": ctx,
            "title": title,
            "blocks": blocks,
            "nm": nm,
            "contact": contact,
            "views": rng.randint(80, 6800),
            "upd": rng.randint(0, 6),
        }

    def _old(self, when: Any, year: int) -> Any:
        return when.replace(year=year, month=11, day=min(when.day, 28))

    # --- 1. 臺北市政府 gov.taipei (``/News_Content.aspx?n=…&sms=…&s=…``) ------------------------
    def _taipei(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["new"] * 12
        for k in (4, 9):
            styles[k] = "old"
        arts = []
        for i, style in enumerate(styles):
            d = self._art("taipei", i, sizes[i], "/001/Upload/{d:%Y%m}/{h}.jpg", gallery=i % 3 == 0)
            when = d["when"]
            if style == "old":
                when = self._old(when, 2019)
            s = f"{rng.getrandbits(64):016X}"
            arts.append(
                Art(
                    "taipei",
                    i,
                    f"/News_Content.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&s={s}",
                    d["title"],
                    [],
                    when,
                    "day",
                    d["blocks"],
                    x={**d, "style": style, "old": style == "old", "s": s, "gallery": i % 3 == 0},
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 5, 6, 8, 10, 11])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts

    @staticmethod
    def _is_old(arts: list[Art], path: str) -> bool:
        return next(a for a in arts if a.path == path).x.get("old", False)

    # --- 2. 新北市政府 ntpc.gov.tw (``/ch/home.jsp?id=…&dataserno=…``) ---------------------------
    def _ntpc(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "rel",
            "feature",
            "rel",
            "old",
            "rel",
            "feature2",
            "rel",
            "rel",
            "old",
            "feature",
            "rel",
            "old",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art("ntpc", i, sizes[i], "/dl-{n}-{h}.html")
            nm, when = d["nm"], d["when"]
            old = style == "old"
            if old:
                when = self._old(when, 2021)
            for b in d["blocks"]:
                if b.kind == "img" and style.startswith("feature"):
                    b.credit = f"攝影／{nm[2]}"
            authors = {"feature": nm[:1], "feature2": nm[:2]}.get(style, [])
            if old:
                serno = f"{when:%Y%m%d}{rng.randint(1, 9999):04d}"
                jsp = "/ch/home.jsp?id=28&parentpath=0,6&mcustomize=news_view.jsp"
                path = f"{jsp}&dataserno={serno}"
            else:
                path = f"/ch/home.jsp?id=e8ca970cde5c00e1&dataserno={rng.getrandbits(128):032x}"
            arts.append(
                Art(
                    "ntpc",
                    i,
                    path,
                    d["title"],
                    authors,
                    when,
                    "day" if old else "minute",
                    d["blocks"],
                    x={**d, "style": style, "old": old},
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 5, 6, 9, 10])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts

    # --- 3. 高雄市政府 kcg.gov.tw 新聞稿 and its English mirror (``/en/…``) ----------------------
    def _kcg(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts = []
        for i in range(9):
            d = self._art("kcg", i, sizes[i], "/Upload/News/{d:%Y%m%d}/{n}.jpg")
            units = [d["ctx"]["org"]]
            if i % 4 == 1:
                units.append(rng.choice([u for u in EN_ORGS if u not in units]))
            rid = 820000 + i * 137 + rng.randint(0, 99)
            arts.append(
                Art(
                    "kcg",
                    i,
                    f"/News_Release/Detail.aspx?ReleaseID={rid}",
                    d["title"],
                    [],
                    d["when"],
                    "day",
                    d["blocks"],
                    x={**d, "units": units, "id": rid, "mirror": None},
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 2, 3, 5, 6, 8])
        used_topics: set[str] = set()
        heads = rng.sample(EN_HEAD, 3)
        for k, src in enumerate([arts[1], arts[4], arts[7]]):
            t = src.x["ctx"]["topic"]
            zh, en = next(
                ((z, e) for z, e in EN_TOPICS if z == t and z not in used_topics), None
            ) or rng.choice([p for p in EN_TOPICS if p[0] not in used_topics])
            used_topics.add(zh)
            org = EN_ORGS[src.x["units"][0]]
            title = heads[k].format(topic=en)
            self.used.add(title)
            sents = rng.sample(EN_SENT, rng.randint(5, 8))
            n = rng.randint(2, 4)
            ctx = {
                "topic": en,
                "org": org,
                "n": str(rng.randint(2, 30)),
                "n2": f"{rng.randint(2, 90)},{rng.randint(100, 999)}",
            }
            paras = [" ".join(s.format(**ctx) for s in sents[j::n]) for j in range(n)]
            blocks = [Block("p", p) for p in paras]
            if k != 1:
                blocks.insert(1, Block("img", "", f"/en/Upload/{src.x['id']}_1.jpg"))
            when = src.when + timedelta(days=rng.randint(1, 2))
            eid = 5100 + k * 41 + rng.randint(0, 30)
            en_art = Art(
                "kcg",
                9 + k,
                f"/en/News_Detail.aspx?ID={eid}",
                title,
                [],
                when,
                "day",
                blocks,
                x={
                    "en": True,
                    "org": org,
                    "zh": src.path,
                    "id": eid,
                    "views": rng.randint(40, 900),
                },
            )
            src.x["mirror"] = en_art.path
            arts.append(en_art)
        self.arts += arts

    # --- 4. 嘉義縣政府 (Big5, classic ASP: ``/news/news_detail.asp?id=…``) ----------------------
    def _county(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = ["new"] * 12
        for k in (2, 7, 11):
            styles[k] = "old"
        arts = []
        for i, style in enumerate(styles):
            d = self._art("county", i, sizes[i], "/upload/news/{d:%Y%m%d}{n}.jpg")
            when = d["when"]
            old = style == "old"
            if old:
                when = self._old(when, 2021)
            nid = (24500 if not old else 18800) + i * 53 + rng.randint(0, 40)
            path = f"/news/news_detail.asp?id={nid}" + ("" if old else "&type=1")
            arts.append(
                Art(
                    "county",
                    i,
                    path,
                    d["title"],
                    [],
                    when,
                    "day",
                    d["blocks"],
                    x={**d, "old": old, "id": nid, "tel": rng.randint(8100, 8399)},
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 6, 8, 9])
        for a in arts:
            a.related = [p for p in a.related if not self._is_old(arts, p)]
        self.arts += arts

    # --- 5. 南投縣魚池鄉公所 (a tiny CMS: ``/index.php?option=module&…&task=pageinfo&id=…``) -----
    def _district(self) -> None:
        rng = self.rng
        sizes = self._sizes()
        styles = [
            "none",
            "zg",
            "wen",
            "none",
            "unit",
            "zg2",
            "none",
            "zg",
            "none",
            "wen",
            "unit",
            "none",
        ]
        arts = []
        for i, style in enumerate(styles):
            d = self._art(
                "district",
                i,
                sizes[i],
                "/upload/pictures/{d:%Y%m}/{h}.jpg",
                images=rng.randint(2, 6),
                gallery=True,
            )
            nm = d["nm"]
            for b in d["blocks"]:
                if b.kind == "img":
                    if rng.random() < 0.3:
                        b.text = ""
                    if style in ("zg", "zg2"):
                        b.credit = f"攝影：{nm[2]}"
                    elif style == "wen":
                        b.credit = f"圖/{nm[2]}"
            authors = {"zg": nm[:1], "zg2": nm[:2], "wen": nm[:1]}.get(style, [])
            pid = 3100 + i * 29 + rng.randint(0, 20)
            arts.append(
                Art(
                    "district",
                    i,
                    f"/index.php?option=module&lang=cht&task=pageinfo&id={pid}&index=1",
                    d["title"],
                    authors,
                    d["when"],
                    "day",
                    d["blocks"],
                    x={**d, "style": style, "id": pid},
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[1, 2, 4, 5, 7, 9, 11])
        self.arts += arts


__all__ = ["TAIPEI", "Site37", "roc"]
