# ruff: noqa: E501  (the URL shapes read best on one line)
"""The fifty-first held-out site: 60 articles over five English-language Southeast Asian papers
(The Straits Times, The Star Malaysia, the Philippine Daily Inquirer, Rappler and VnExpress
International), each on its own clock, every page rendered in memory.

``Site51(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, names, paragraphs, slug

ZONES = {
    "st": ZoneInfo("Asia/Singapore"),
    "star": ZoneInfo("Asia/Kuala_Lumpur"),
    "inq": ZoneInfo("Asia/Manila"),
    "rap": ZoneInfo("Asia/Manila"),
    "vne": ZoneInfo("Asia/Ho_Chi_Minh"),
}
# byline styles per template, one per article (see the package docstring)
STYLES = {
    "st": [
        "one",
        "two",
        "one_role",
        "wire",
        "one",
        "two",
        "one_role",
        "one",
        "desk",
        "one",
        "two",
        "wire",
    ],
    "star": [
        "one",
        "two",
        "bernama",
        "three",
        "desk",
        "one",
        "bernama",
        "two",
        "one",
        "desk",
        "bernama",
        "one",
    ],
    "inq": [
        "one",
        "two",
        "wire",
        "one",
        "reports",
        "one",
        "two",
        "one",
        "reports",
        "wire",
        "one",
        "two",
    ],
    "rap": [
        "one",
        "two",
        "wire",
        "one",
        "reports",
        "one",
        "one",
        "two",
        "wire",
        "one",
        "reports",
        "one",
    ],
    "vne": ["one", "two", "wire", "one", "one", "two", "one", "wire", "one", "one", "two", "one"],
}
OLD = {"st": (3, 9), "star": (5, 10), "inq": (2, 7), "rap": (4, 11), "vne": (1, 8)}
RELATED = {
    "st": [0, 1, 2, 4, 6, 7, 10],
    "star": [0, 1, 3, 5, 7, 8, 11],
    "inq": [0, 1, 3, 5, 6, 9, 10],
    "rap": [0, 2, 3, 5, 7, 8, 10],
    "vne": [0, 1, 2, 4, 6, 9, 11],
}
WIRES = ["Reuters", "AFP", "Bloomberg"]


class Site51(RoutedSite):
    modules = (templates, pages)

    def __init__(self, seed: int = 5151) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        for tpl in ("st", "star", "inq", "rap", "vne"):
            self._make(tpl)
        self.by_path = {a.path: a for a in self.arts}
        self.register(self.modules)

    def _blocks(self, tpl: str, size: str, ctx: dict[str, str], when: datetime) -> list[Block]:
        rng = self.rng
        n = {"brief": 3, "small": rng.randint(4, 6), "mid": rng.randint(7, 11)}.get(
            size, rng.randint(14, 20)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, n, ctx)]
        if size == "long":
            for k, h in enumerate(rng.sample(SUBHEADS, 2)):
                blocks.insert(3 + k * 6, Block("h", h))
        images = 0 if size == "brief" else rng.choice([0, 1, 1, 2])
        for _ in range(images):
            at = rng.randint(1, len(blocks))
            blocks.insert(at, Block("img", caption(rng, ctx, max(1, when.day - rng.randint(0, 1)))))
        return blocks

    def _make(self, tpl: str) -> None:
        rng = self.rng
        sizes = ["brief", "long", "long"] + [rng.choice(["small", "mid", "mid"]) for _ in range(9)]
        rng.shuffle(sizes)
        arts = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            year = 2019 if old else 2024
            when = datetime(
                year,
                5,
                1 + i * 2 + rng.randint(0, 1),
                rng.randint(6, 22),
                rng.randint(0, 59),
                tzinfo=ZONES[tpl],
            )
            title, ctx = headline(rng, tpl, self.used)
            blocks = self._blocks(tpl, sizes[i], ctx, when)
            nm = names(rng, tpl, 4)
            k = {"two": 2, "three": 3}.get(style, 1)
            authors = [] if style in ("wire", "bernama") else nm[:k]
            if tpl == "star" and style == "desk":
                authors = nm[:1]
            if tpl == "st" and style == "desk":
                authors = []
            updated = None
            if rng.random() < 0.6:
                updated = when + timedelta(minutes=rng.randint(20, 600))
            first = next(b for b in blocks if b.kind == "p")
            if tpl == "star" and style == "bernama":  # the wire copy's dateline
                first.text = f"{ctx['place'].upper()}: {first.text}"
            if tpl == "inq":
                dl = "MANILA, Philippines" if i % 3 else ctx["place"].upper()
                first.text = f"{dl} — {first.text}"
            for b in blocks:
                if b.kind == "img":
                    b.src = f"/img/{tpl}/{when:%Y%m}/{rng.getrandbits(40):010x}.jpg"
            num = rng.randint(100_000, 999_999)
            s = slug(title)
            path = {
                "st": f"/{rng.choice(['singapore', 'singapore/politics', 'asia/se-asia'])}/{s}",
                "star": f"/news/{rng.choice(['nation', 'nation', 'metro/metro-news'])}/{when:%Y/%m/%d}/{s}",
                "inq": f"/newsinfo/{(1_100_000 if old else 1_930_000) + i * 413 + num % 400}/{s}",
                "rap": f"/{'nation' if old else rng.choice(['philippines', 'philippines/mindanao'])}/{s}/",
                "vne": f"/news/{rng.choice(['news', 'business/economy', 'news/traffic'])}/{s}-{(3_900_000 if old else 4_740_000) + i * 977 + num % 900}.html",
            }[tpl]
            arts.append(
                Art(
                    tpl,
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "updated": updated,
                        "wire": rng.choice(
                            WIRES
                            if tpl != "inq"
                            else ["Agence France-Presse", "Associated Press", "Reuters"]
                        ),
                        "size": sizes[i],
                        "num": num,
                    },
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts


__all__ = ["Site51"]
