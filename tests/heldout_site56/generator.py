# ruff: noqa: E501  (the URL shapes read best on one line)
"""The fifty-sixth held-out site: 60 articles over five English-language newsrooms of Chinese
state and city media (Global Times, CGTN, SHINE / Shanghai Daily, ecns.cn and People's Daily
Online), all on Beijing time, every page rendered in memory.

``Site56(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite

from . import pages, templates
from .pools import EDITORS, SUBHEADS, WRITERS, caption, headline, paragraphs, slug

BEIJING = ZoneInfo("Asia/Shanghai")
TEMPLATES = ("gt", "cgtn", "shine", "ecns", "pd")
# byline styles per template, one per article (see the package docstring)
STYLES = {
    "gt": [
        "one",
        "desk",
        "two",
        "staff",
        "one",
        "xinhua",
        "one",
        "desk",
        "two",
        "one",
        "staff",
        "one",
    ],
    "cgtn": [
        "one",
        "cgtn",
        "two",
        "xinhua",
        "one",
        "cgtn",
        "one",
        "cgtn",
        "one",
        "two",
        "xinhua",
        "cgtn",
    ],
    "shine": [
        "one",
        "two",
        "xinhua",
        "one",
        "one",
        "two",
        "xinhua",
        "one",
        "one",
        "two",
        "one",
        "one",
    ],
    "ecns": [
        "ecns",
        "xinhua",
        "ecns",
        "cns",
        "ecns",
        "xinhua",
        "ecns",
        "cns",
        "ecns",
        "ecns",
        "xinhua",
        "ecns",
    ],
    "pd": ["one", "pdo", "xinhua", "two", "one", "pd", "pdo", "one", "xinhua", "two", "one", "pd"],
}
OLD = {"gt": (2, 8), "cgtn": (4, 10), "shine": (1, 7), "ecns": (3, 9), "pd": (5, 11)}
RELATED = {
    "gt": [0, 1, 3, 4, 6, 9, 10],
    "cgtn": [0, 2, 3, 5, 6, 8, 11],
    "shine": [0, 1, 2, 4, 6, 8, 10],
    "ecns": [1, 2, 3, 5, 7, 9, 11],
    "pd": [0, 1, 3, 4, 6, 8, 10],
}
SECTIONS = {
    "gt": ["china/politics", "china/society", "source/economy", "opinion/editorial"],
    "cgtn": ["china", "business", "world", "travel"],
    "shine": ["metro", "nation", "biz/economy", "metro/society"],
    "ecns": ["news", "business", "travel"],
    "pd": ["90000", "90778", "90882", "98649"],
}


class Site56(RoutedSite):
    modules = (templates, pages)

    def __init__(self, seed: int = 5656) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        for tpl in TEMPLATES:
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
            at = rng.randint(0 if tpl in ("gt", "ecns") else 1, len(blocks))
            day = max(1, when.day - rng.randint(0, 1))
            text = caption(rng, ctx, day).replace(", 2024", f", {when.year}")
            blocks.insert(at, Block("img", text))
        return blocks

    def _make(self, tpl: str) -> None:
        rng = self.rng
        sizes = ["brief", "long", "long"] + [rng.choice(["small", "mid", "mid"]) for _ in range(9)]
        rng.shuffle(sizes)
        arts = []
        for i, style in enumerate(STYLES[tpl]):
            old = i in OLD[tpl]
            year = 2019 if old else 2024
            sec = rng.randint(0, 59)
            when = datetime(
                year,
                5,
                1 + i * 2 + rng.randint(0, 1),
                rng.randint(6, 23),
                rng.randint(0, 59),
                sec,
                tzinfo=BEIJING,
            )
            # second precision: Global Times' 2019 pages ("2019/5/8 22:32:41") and ecns' 2019 pages
            precision = "second" if old and tpl in ("gt", "ecns") else "minute"
            if precision == "minute":
                when = when.replace(second=0)
            title, ctx = headline(rng, tpl, self.used)
            blocks = self._blocks(tpl, sizes[i], ctx, when)
            nm = rng.sample(WRITERS[tpl], 3) if WRITERS[tpl] else []
            k = 2 if style == "two" else 1
            authors = nm[:k] if style in ("one", "two") else []
            if tpl == "pd" and style == "pd":  # "By A, B (People's Daily)": the paper's own writers
                authors = nm[:2]
            editors: list[str] = []
            if tpl in EDITORS:
                editors = rng.sample(EDITORS[tpl], 2 if tpl == "pd" else 1)
                editors = [e for e in editors if e not in authors] or editors[:1]
            first = next(b for b in blocks if b.kind == "p")
            md = f"{when:%B} {when.day}"
            if style == "xinhua" and tpl in ("gt", "cgtn", "ecns", "pd", "shine"):
                first.text = f"{ctx['place'].upper()}, {md} (Xinhua) -- {first.text}"
            elif tpl == "ecns" and style == "ecns":
                first.text = f"(ECNS) -- {first.text}"
            elif tpl == "ecns" and style == "cns":
                first.text = f"{ctx['place']}, {md} (ECNS) -- {first.text}"
            for b in blocks:
                if b.kind == "img":
                    b.src = f"/img/{tpl}/{when:%Y%m%d}/{rng.getrandbits(40):010x}.jpg"
            num = rng.randint(1000, 9999)
            sec_ = rng.choice(SECTIONS[tpl])
            path = {
                "gt": f"/content/{1_148_000 + i * 137 + num % 100}.shtml"
                if old
                else f"/page/{when:%Y%m}/{1_311_000 + i * 211 + num % 200}.shtml",
                "cgtn": f"/news/{rng.getrandbits(64):016x}{rng.getrandbits(64):016x}/index.html"
                if old
                else f"/news/{when:%Y-%m-%d}/{slug(title, cap=True)}-{rng.getrandbits(40):010x}/p.html",
                "shine": f"/news/{sec_}/{when:%y%m%d}{num}/",
                "ecns": f"/{sec_}/{when:%Y-%m-%d}/detail-i{'hx' if old else 'hs'}{rng.getrandbits(40):010x}.shtml",
                "pd": f"/n3/{when:%Y}/{when:%m%d}/c{sec_}-{(9_570_000 if old else 20_160_000) + i * 733 + num % 700}.html",
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
                    editors=editors,
                    x={
                        "old": old,
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "size": sizes[i],
                        "num": num,
                        "section": sec_,
                        "updated": when + timedelta(minutes=rng.randint(15, 400)),
                        "photog": rng.choice(
                            ["Wang Rongjiang", "Yang Hui", "Li Hao", "Cui Meng", "Dong Jun"]
                        ),
                    },
                )
            )
        for i in RELATED[tpl]:
            a = arts[i]
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(others, rng.randint(2, 4))]
        self.arts += arts


__all__ = ["Site56"]
