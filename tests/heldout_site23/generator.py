"""The twenty-third held-out site: 60 articles over five English-language news sites (The
Guardian, Reuters, Al Jazeera, a Substack newsletter, The Courier-Mail), every page rendered in
memory.

``Site23(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

# ruff: noqa: E501  (long word-pool and markup lines)

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, names, paragraphs, person

LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")
DOHA = ZoneInfo("Asia/Qatar")
NEW_YORK = ZoneInfo("America/New_York")
BRISBANE = ZoneInfo("Australia/Brisbane")


def slug(title: str, n: int = 9) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower().replace("’", "").replace("'", ""))
    return "-".join(words[:n])


class Site23(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 2323) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._guardian()
        self._reuters()
        self._aljazeera()
        self._substack()
        self._couriermail()

    # --- shared -------------------------------------------------------------------------
    def _story(self, tpl: str, size: str, images: int) -> tuple[str, dict[str, str], list[Block]]:
        rng = self.rng
        title, ctx = headline(rng, tpl, self.used)
        n = {"brief": 2, "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(14, 20)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, n, ctx)]
        if size == "long":
            for k, h in enumerate(rng.sample(SUBHEADS, 2)):
                blocks.insert(3 + k * 6, Block("h", h))
        for _ in range(images if size != "brief" else 0):
            at = rng.randint(1, len(blocks))
            blocks.insert(at, Block("img", caption(rng, ctx), f"{rng.getrandbits(48):012x}"))
        return title, ctx, blocks

    def _day(
        self, i: int, tz: ZoneInfo, year: int = 2024, hours: tuple[int, int] = (6, 21)
    ) -> datetime:
        return self._when(1 + i * 2 + self.rng.randint(0, 1), False, hours, year, tz)

    # --- The Guardian -----------------------------------------------------------------------
    def _guardian(self) -> None:
        rng = self.rng
        styles = ["one", "two", "in_city", "role", "agency", "three"] * 2
        sizes = self._sizes()
        sections = [("world", "World news"), ("uk-news", "UK news"), ("society", "Society")]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 10)
            when = self._day(i, LONDON, 2019 if old else 2024)
            title, ctx, blocks = self._story("guardian", sizes[i], rng.choice([0, 1, 1, 2]))
            nm = names(rng, 4)
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"Photograph: {person(rng)}/{rng.choice(['Reuters', 'PA', 'Getty Images', 'The Guardian'])}"
            authors = {"two": nm[:2], "three": nm[:3], "agency": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            path = f"/{sec[0]}/{when:%Y}/{when:%b}/{when:%d}/{slug(title)}".lower()
            arts.append(
                Art(
                    "guardian",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "sec": sec,
                        "standfirst": paragraphs(rng, 1, ctx)[0],
                        "modified": rng.randint(20, 600),
                        "role": rng.choice(
                            [
                                "Health policy editor",
                                "Social affairs correspondent",
                                "North of England editor",
                            ]
                        ),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(3, 4), who=[0, 1, 2, 4, 5, 7, 8, 11])
        self.arts += arts

    # --- Reuters ----------------------------------------------------------------------------
    def _reuters(self) -> None:
        rng = self.rng
        styles = ["one", "two", "signoff", "one_add", "two", "writing"] * 2
        sizes = self._sizes()
        sections = [
            ("world/europe", "Europe"),
            ("business/finance", "Finance"),
            ("markets/europe", "Markets"),
        ]
        arts = []
        for i, style in enumerate(styles):
            utc = i % 4 == 2
            when = self._day(i, UTC if utc else LONDON)
            title, ctx, blocks = self._story("reuters", sizes[i], rng.choice([0, 1, 1]))
            nm = names(rng, 6)
            cities = [
                c.title()
                for c in rng.sample(
                    ["LONDON", "PARIS", "BERLIN", "BRUSSELS", "FRANKFURT", "MADRID"], 3
                )
            ]
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"REUTERS/{person(rng)}/File Photo"
            # the byline, the sign-off and who wrote / edited the story
            byline, signoff, authors, editors = {
                "one": ([nm[0]], f"Reporting by {nm[0]}; Editing by {nm[4]}", nm[:1], nm[4:5]),
                "two": (
                    nm[:2],
                    f"Reporting by {nm[0]} in {cities[0]} and {nm[1]} in {cities[1]}; Editing by {nm[4]} and {nm[5]}",
                    nm[:2],
                    nm[4:6],
                ),
                "signoff": (
                    [],
                    f"Reporting by {nm[0]}; Additional reporting by {nm[1]} in {cities[2]}; Editing by {nm[4]}",
                    nm[:2],
                    nm[4:5],
                ),
                "one_add": (
                    [nm[0]],
                    f"Additional reporting by {nm[2]} in {cities[1]}; Editing by {nm[4]}",
                    [nm[0], nm[2]],
                    nm[4:5],
                ),
                "writing": (
                    [nm[3]],
                    f"Reporting by {nm[0]} and {nm[1]}; Writing by {nm[3]}; Editing by {nm[4]}",
                    [nm[0], nm[1], nm[3]],
                    nm[4:5],
                ),
            }[style]
            city = ctx["city"].upper()
            first = next(b for b in blocks if b.kind == "p")
            first.text = f"{city}, {when:%B} {when.day} (Reuters) - {first.text}"
            sec = rng.choice(sections)
            path = f"/{sec[0]}/{slug(title, 10)}-{when:%Y-%m-%d}/"
            arts.append(
                Art(
                    "reuters",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "utc": utc,
                        "ctx": ctx,
                        "nm": nm,
                        "sec": sec,
                        "byline": byline,
                        "signoff": signoff,
                        "updated": rng.randint(5, 300),
                        "id": f"{rng.getrandbits(100):026X}",
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 6, 7, 9, 10])
        self.arts += arts

    # --- Al Jazeera -------------------------------------------------------------------------
    def _aljazeera(self) -> None:
        rng = self.rng
        styles = ["one", "agencies", "two", "staff", "one", "agencies"] * 2
        sizes = self._sizes()
        sections = [("news", "News"), ("features", "Features"), ("economy", "Economy")]
        arts = []
        for i, style in enumerate(styles):
            when = self._day(i, DOHA, hours=(6, 23))
            title, ctx, blocks = self._story("aljazeera", sizes[i], rng.choice([1, 1, 2]))
            nm = names(rng, 3)
            for b in blocks:
                if b.kind == "img":
                    b.credit = (
                        f"{person(rng)}/{rng.choice(['Reuters', 'AFP', 'AP Photo', 'Al Jazeera'])}"
                    )
            authors = {"two": nm[:2], "agencies": [], "staff": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            path = f"/{sec[0]}/{when.year}/{when.month}/{when.day}/{slug(title)}"
            arts.append(
                Art(
                    "aljazeera",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    x={
                        "style": style,
                        "ctx": ctx,
                        "nm": nm,
                        "sec": sec,
                        "standfirst": paragraphs(rng, 1, ctx)[0],
                        "id": rng.randint(2_800_000, 2_999_999),
                    },
                )
            )
        self._related(arts, lambda: 4, who=[0, 1, 2, 4, 5, 6, 8, 9, 10])
        self.arts += arts

    # --- Substack ---------------------------------------------------------------------------
    def _substack(self) -> None:
        rng = self.rng
        styles = ["one", "one", "two", "edited", "one", "two_edited"] * 2
        sizes = self._sizes()
        host = names(rng, 2)
        arts = []
        for i, style in enumerate(styles):
            when = self._day(i, NEW_YORK, hours=(6, 20))
            title, ctx, blocks = self._story("substack", sizes[i], rng.choice([0, 1, 1, 2]))
            guest = person(rng)
            while guest.split()[0] in {h.split()[0] for h in host} or guest.split()[1] in {
                h.split()[1] for h in host
            }:
                guest = person(rng)
            editor = person(rng)
            while editor.split()[1] in {h.split()[1] for h in [*host, guest]}:
                editor = person(rng)
            authors = {"two": [host[0], guest], "two_edited": [host[0], host[1]]}.get(
                style, host[:1]
            )
            editors = [editor] if "edited" in style else []
            arts.append(
                Art(
                    "substack",
                    i,
                    f"/p/{slug(title, 8)}",
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    editors=editors,
                    x={
                        "style": style,
                        "ctx": ctx,
                        "subtitle": paragraphs(rng, 1, ctx)[0],
                        "likes": rng.randint(4, 480),
                        "comments": rng.randint(0, 95),
                        "restacks": rng.randint(0, 40),
                        "id": rng.randint(143_000_000, 145_000_000),
                        "host": host,
                    },
                )
            )
        self.arts += arts

    # --- The Courier-Mail -------------------------------------------------------------------
    def _couriermail(self) -> None:
        rng = self.rng
        styles = ["one", "two", "aap", "with_aap", "newswire", "one"] * 2
        sizes = self._sizes()
        sections = [
            ("news/queensland", "Queensland"),
            ("news/queensland/brisbane", "Brisbane"),
            ("news/queensland/qld-politics", "QLD Politics"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 9)
            when = self._day(i, BRISBANE, 2016 if old else 2024)
            title, ctx, blocks = self._story("couriermail", sizes[i], rng.choice([0, 1, 1, 2]))
            nm = names(rng, 3)
            for b in blocks:
                if b.kind == "img":
                    b.credit = f"Picture: {rng.choice([person(rng), 'Liam Kidston', 'NCA NewsWire', 'Supplied'])}"
            authors = {"two": nm[:2], "aap": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            path = f"/{sec[0]}/{slug(title, 10)}/news-story/{rng.getrandbits(128):032x}"
            arts.append(
                Art(
                    "couriermail",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    x={
                        "style": style,
                        "old": old,
                        "ctx": ctx,
                        "nm": nm,
                        "sec": sec,
                        "standfirst": paragraphs(rng, 1, ctx)[0],
                        "tag": rng.choice(
                            ["Queensland", "State Political Editor", "Crime Reporter", "Queensland"]
                        ),
                        "updated": rng.randint(0, 1) * rng.randint(15, 400),
                    },
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 4, 6, 7, 8, 10])
        self.arts += arts
