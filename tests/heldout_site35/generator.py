"""The thirty-fifth held-out site: 60 articles over five English digital magazines and
contributor platforms (The Atlantic, Vox, Forbes contributors, Business Insider, a Medium
publication), every page rendered in memory.

``Site35(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

# ruff: noqa: E501  (long word-pool and markup lines)

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, names, paragraphs, person

EASTERN = ZoneInfo("America/New_York")
UTC_ZONE = ZoneInfo("Etc/UTC")


def slug(title: str, n: int = 9) -> str:
    t = unicodedata.normalize("NFKD", title.lower().replace("’", "").replace("'", ""))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", t)[:n])


def ampm(when: datetime, style: str) -> str:
    """A time of day as each CMS prints it: ``7 AM`` / ``7:30 AM`` (Atlantic), ``11:04am``
    (Chorus), ``09:12am`` (Forbes), ``11:04 AM`` (Insider), ``3:15 p.m.`` (Atlantic notes)."""
    h = when.hour % 12 or 12
    ap = "AM" if when.hour < 12 else "PM"
    if style == "atl":
        return f"{h} {ap}" if when.minute == 0 else f"{h}:{when.minute:02d} {ap}"
    if style == "chorus":
        return f"{h}:{when.minute:02d}{ap.lower()}"
    if style == "forbes":
        return f"{h:02d}:{when.minute:02d}{ap.lower()}"
    if style == "note":
        return f"{h}:{when.minute:02d} {'a.m.' if ap == 'AM' else 'p.m.'}"
    return f"{h}:{when.minute:02d} {ap}"


def md(when: datetime, short: bool = False) -> str:
    return f"{when:%b}" if short else f"{when:%B}"


class Site35(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 3535) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._atlantic()
        self._vox()
        self._forbes()
        self._bi()
        self._medium()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self,
        tpl: str,
        size: str,
        images: int,
        credit: Callable[[Any], str],
        lead: tuple[str, str] | None = None,
        cap: Callable[[Any, dict[str, str]], str] | None = None,
    ) -> tuple[str, dict[str, str], list[Block]]:
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
            text = cap(rng, ctx) if cap else caption(rng, ctx)
            blocks.insert(at, Block("img", text, f"{rng.getrandbits(48):012x}", credit(rng)))
        if lead is not None:
            text = lead[0] if lead[0] != "*" else caption(rng, ctx)
            blocks.insert(0, Block("img", text, f"{rng.getrandbits(48):012x}", lead[1]))
        return title, ctx, blocks

    def _at(
        self, i: int, tz: ZoneInfo, year: int = 2024, minutes: list[int] | None = None
    ) -> datetime:
        rng = self.rng
        day = 1 + i * 2 + rng.randint(0, 1)
        minute = rng.choice(minutes) if minutes else rng.randint(0, 59)
        return datetime(year, 5, day, rng.randint(6, 20), minute, 0, tzinfo=tz)

    def _art(
        self,
        tpl: str,
        i: int,
        path: str,
        title: str,
        authors: list[str],
        when: datetime,
        precision: str,
        blocks: list[Block],
        **x: Any,
    ) -> Art:
        editors = x.pop("editors", [])
        return Art(tpl, i, path, title, authors, when, precision, blocks, editors=editors, x=x)

    # --- The Atlantic -------------------------------------------------------------------
    def _atlantic(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "one",
            "editors",
            "photos",
            "one",
            "old",
            "two",
            "one",
            "old",
            "one",
            "photos",
        ]
        sizes = self._sizes()
        sections = [("politics", "Politics"), ("technology", "Technology"), ("ideas", "Ideas")]
        arts = []
        for i, style in enumerate(styles):
            old = style == "old"
            when = self._at(i, EASTERN, 2016 if old else 2024, [0, 0, 0, 30, 15, 45, 5])
            illus = person(rng)
            lead = (
                ("", f"Photo illustration by {illus}; Getty")
                if not old
                else ("*", f"{person(rng)} / Reuters")
            )
            title, ctx, blocks = self._story(
                "atlantic",
                sizes[i],
                rng.choice([0, 1, 1]),
                lambda r: (
                    f"{person(r)} / {r.choice(['Getty', 'Redux', 'AP', 'The New York Times / Redux'])}"
                ),
                lead=lead,
            )
            nm = names(rng, 3)
            authors = {"two": nm[:2], "editors": []}.get(style, nm[:1])
            sec = rng.choice(sections)
            aid = rng.randint(478_000, 484_999) if old else rng.randint(678_000, 678_999)
            path = f"/{sec[0]}/archive/{when:%Y/%m}/{slug(title, 8)}/{aid}/"
            updated = None
            if not old and rng.random() < 0.4:
                updated = when + timedelta(hours=rng.randint(2, 30), minutes=rng.randint(1, 50))
            printed = (
                f"{md(when)} {when.day}, {when.year}"
                if old
                else f"{md(when)} {when.day}, {when.year}, {ampm(when, 'atl')} ET"
            )
            arts.append(
                self._art(
                    "atlantic",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day" if old else "minute",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    aid=aid,
                    updated=updated,
                    printed=printed,
                    dek=paragraphs(rng, 1, ctx)[0],
                    bios=[
                        rng.choice(
                            [
                                "a staff writer",
                                "a contributing writer",
                                "a senior editor",
                                "a staff writer",
                            ]
                        )
                        + " at The Atlantic"
                        for _ in range(2)
                    ],
                    photog=person(rng),
                )
            )
        self._related(arts, lambda: rng.randint(1, 2), who=[0, 1, 2, 4, 5, 7, 8, 10])
        arts[6].related, arts[9].related = [arts[9].path], [arts[6].path]  # the 2016 pair
        self.arts += arts

    # --- Vox (Chorus) -------------------------------------------------------------------
    def _vox(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "staff",
            "reporting",
            "one",
            "two",
            "one",
            "edited",
            "one",
            "reporting",
            "two",
            "edited",
        ]
        sizes = self._sizes()
        sections = [("policy", "Policy"), ("technology", "Technology"), ("culture", "Culture")]
        arts = []
        for i, style in enumerate(styles):
            when = self._at(i, EASTERN)
            illus = person(rng)
            title, ctx, blocks = self._story(
                "vox",
                sizes[i],
                rng.choice([0, 1, 2]),
                lambda r: r.choice(
                    [
                        f"{person(r)}/Getty Images",
                        f"{person(r)} for Vox",
                        "AP Photo",
                        f"{person(r)}/Bloomberg via Getty Images",
                    ]
                ),
                lead=("*", f"Photo illustration by {illus}/Vox; Getty Images"),
            )
            nm = names(rng, 4)
            authors = {"two": nm[:2], "staff": [], "reporting": nm[:2]}.get(style, nm[:1])
            editors = [nm[3]] if style == "edited" else []
            sec = rng.choice(sections)
            sid = rng.randint(24_150_000, 24_159_999)
            path = f"/{sec[0]}/{when.year}/{when.month}/{when.day}/{sid}/{slug(title, 9)}"
            updated = None
            if i in (1, 6, 10):
                nxt = when + timedelta(days=1)
                updated = nxt.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
            precision = "day" if updated else "minute"
            if updated:
                printed = (
                    f"{md(updated)} {updated.day}, {updated.year}, {ampm(updated, 'chorus')} EDT"
                )
                orig = f"{md(when)} {when.day}"
            else:
                printed = f"{md(when)} {when.day}, {when.year}, {ampm(when, 'chorus')} EDT"
                orig = ""
            arts.append(
                self._art(
                    "vox",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    precision,
                    blocks,
                    editors=editors,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    sid=sid,
                    updated=updated,
                    printed=printed,
                    orig=orig,
                    dek=paragraphs(rng, 1, ctx)[0],
                    tweet=(paragraphs(rng, 1, ctx)[0], person(rng)) if rng.random() < 0.5 else None,
                    photog=person(rng),
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 3, 4, 5, 7, 9, 11])
        self.arts += arts

    # --- Forbes -------------------------------------------------------------------------
    def _forbes(self) -> None:
        rng = self.rng
        styles = [
            "senior",
            "contrib",
            "staff",
            "two_staff",
            "senior",
            "old",
            "contrib",
            "staff",
            "old",
            "senior",
            "two_staff",
            "contrib",
        ]
        sizes = self._sizes()
        sections = [("innovation", "Innovation"), ("leadership", "Leadership"), ("money", "Money")]
        arts = []
        for i, style in enumerate(styles):
            old = style == "old"
            when = self._at(i, EASTERN, 2016 if old else 2024)
            title, ctx, blocks = self._story(
                "forbes",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        "getty",
                        "Getty Images",
                        "AFP via Getty Images",
                        "Bloomberg via Getty Images",
                        "NurPhoto via Getty Images",
                    ]
                ),
            )
            nm = names(rng, 2)
            authors = nm[:2] if style == "two_staff" else nm[:1]
            sec = rng.choice(sections)
            user = nm[0].lower().replace(" ", "")
            path = f"/sites/{user}/{when:%Y/%m/%d}/{slug(title, 10)}/"
            if old:
                printed = f"{md(when)} {when.day}, {when.year} @ {ampm(when, 'bi')}"
            else:
                printed = f"{md(when, True)} {when.day}, {when.year},{ampm(when, 'forbes')} EDT"
            updated = None
            if not old and rng.random() < 0.35:
                updated = when + timedelta(hours=rng.randint(2, 40), minutes=rng.randint(1, 50))
            arts.append(
                self._art(
                    "forbes",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    user=user,
                    printed=printed,
                    updated=updated,
                    beat=rng.choice(
                        [
                            "the business of artificial intelligence",
                            "leadership and the future of work",
                            "venture capital and startups",
                            "cybersecurity and privacy",
                            "retail and consumer trends",
                        ]
                    ),
                    hexid=f"{rng.getrandbits(48):012x}",
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 3, 4, 6, 8, 9, 11])
        self.arts += arts

    # --- Business Insider ---------------------------------------------------------------
    def _bi(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "three",
            "reuters",
            "one",
            "old",
            "two",
            "desk",
            "one",
            "old",
            "reporting",
            "one",
        ]
        sizes = self._sizes()
        sections = [("tech", "Tech"), ("economy", "Economy"), ("strategy", "Strategy")]
        arts = []
        for i, style in enumerate(styles):
            old = style == "old"
            when = self._at(i, EASTERN, 2019 if old else 2024)
            illus = person(rng)
            title, ctx, blocks = self._story(
                "bi",
                sizes[i],
                rng.choice([0, 1, 1]),
                lambda r: r.choice(
                    [
                        f"{person(r)}/Business Insider",
                        "Getty Images",
                        f"{person(r)}/Getty Images",
                        "Reuters",
                    ]
                ),
                lead=(
                    ("" if rng.random() < 0.5 else "*"),
                    f"Photo illustration by {illus}/BI; Getty Images",
                )
                if not old
                else ("*", "Reuters"),
            )
            nm = names(rng, 3)
            authors = {
                "two": nm[:2],
                "three": nm[:3],
                "reuters": nm[2:3],
                "desk": [],
                "reporting": nm[:2],
            }.get(style, nm[:1])
            editors = nm[1:2] if style == "reuters" else []
            if style == "reuters":
                first = blocks[next(k for k, b in enumerate(blocks) if b.kind == "p")]
                first.text = f"{rng.choice(['WASHINGTON', 'NEW YORK', 'SAN FRANCISCO'])} (Reuters) - {first.text}"
            sec = rng.choice(sections)
            path = f"/{slug(title, 9)}-{when.year}-{when.month}"
            printed = (
                f"{md(when)} {when.day}, {when.year}, {ampm(when, 'bi')}"
                if old
                else f"{md(when)} {when.day}, {when.year}, {ampm(when, 'bi')} ET"
            )
            arts.append(
                self._art(
                    "bi",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    editors=editors,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    printed=printed,
                    keys=paragraphs(rng, 3, ctx) if not old else [],
                    read=max(1, sum(len(b.text) for b in blocks) // 1200),
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 2, 4, 6, 7, 8, 11])
        self.arts += arts

    # --- Medium -------------------------------------------------------------------------
    def _medium(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "one",
            "edited",
            "one",
            "pubacct",
            "one",
            "one",
            "edited",
            "one",
            "one",
            "pubacct",
            "one",
        ]
        sizes = self._sizes()
        pubs = [
            ("better-humans", "Better Humans"),
            ("the-writing-cooperative", "The Writing Cooperative"),
            ("level-up-coding", "Level Up Coding"),
        ]

        def mcap(r: Any, ctx: dict[str, str]) -> str:
            return r.choice(
                [
                    "",
                    "",
                    f"My notes on {ctx['topic']} after the first week",
                    f"A rough sketch of how {ctx['topic']} fits into my day",
                ]
            )

        arts = []
        for i, style in enumerate(styles):
            when = self._at(i, UTC_ZONE)
            title, ctx, blocks = self._story(
                "medium",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"Photo by {person(r)} on Unsplash",
                        "Image by the author",
                        f"Photo by {person(r)} on Unsplash",
                    ]
                ),
                cap=mcap,
            )
            for b in blocks:  # a caption of the author's own picture names no photographer
                if b.kind == "img" and b.text and "Unsplash" in b.credit:
                    b.credit = "Image by the author"
            nm = names(rng, 2)
            pub = rng.choice(pubs)
            authors = [] if style == "pubacct" else nm[:1]
            editors = [nm[1]] if style == "edited" else []
            user = nm[0].split()[0].lower() + nm[0].split()[1][:3].lower()
            path = f"/{pub[0]}/{slug(title, 9)}-{rng.getrandbits(48):012x}"
            arts.append(
                self._art(
                    "medium",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    editors=editors,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    pub=pub,
                    user=user,
                    printed=f"{md(when, True)} {when.day}, {when.year}",
                    subtitle=paragraphs(rng, 1, ctx)[0],
                    read=max(2, sum(len(b.text.split()) for b in blocks) // 230),
                    claps=rng.choice(["87", "412", "1.2K", "2.9K", "156", "5.4K"]),
                    responses=rng.randint(0, 40),
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 2, 3, 5, 6, 8, 9, 11])
        self.arts += arts
