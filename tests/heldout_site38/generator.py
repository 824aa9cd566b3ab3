"""The thirty-eighth held-out site: 60 articles over five English-language news sites of East and
Southeast Asia (the South China Morning Post, The Straits Times, the Taipei Times, The Korea
Herald, The Japan Times), every page rendered in memory.

``Site38(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .pools import SUBHEADS, caption, headline, keypoints, names, paragraphs, person

HONG_KONG = ZoneInfo("Asia/Hong_Kong")
SINGAPORE = ZoneInfo("Asia/Singapore")
TAIPEI = ZoneInfo("Asia/Taipei")
SEOUL = ZoneInfo("Asia/Seoul")
TOKYO = ZoneInfo("Asia/Tokyo")


def slug(title: str, n: int = 9) -> str:
    t = unicodedata.normalize("NFKD", title.lower().replace("’", "").replace("'", ""))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", t)[:n])


class Site38(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 3838) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._scmp()
        self._st()
        self._taipei()
        self._kh()
        self._jt()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, size: str, images: int, credit: Callable[[Any], str]
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
            blocks.insert(
                at, Block("img", caption(rng, ctx), f"{rng.getrandbits(48):012x}", credit(rng))
            )
        return title, ctx, blocks

    def _day(
        self, i: int, tz: ZoneInfo, year: int = 2024, hours: tuple[int, int] = (6, 22)
    ) -> datetime:
        return self._when(1 + i * 2 + self.rng.randint(0, 1), False, hours, year, tz)

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
        return Art(tpl, i, path, title, authors, when, precision, blocks, x=x)

    # --- South China Morning Post ---------------------------------------------------------
    def _scmp(self) -> None:
        rng = self.rng
        styles = ["one", "two", "wire", "addl", "place", "desk"] * 2
        sizes = self._sizes()
        sections = [
            ("news/hong-kong/politics", "Hong Kong politics", "Politics"),
            ("news/hong-kong/society", "Hong Kong society", "Society"),
            ("news/china/diplomacy", "China diplomacy", "Diplomacy"),
            ("economy/china-economy", "China economy", "China Economy"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 10)
            when = self._day(i, HONG_KONG, 2019 if old else 2024, (7, 23))
            title, ctx, blocks = self._story(
                "scmp",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: (
                    "Photo: "
                    + r.choice(
                        [person(r, "scmp"), "Reuters", "AFP", "Handout", "Xinhua", "Dickson Lee"]
                    )
                ),
            )
            nm = names(rng, "scmp", 3)
            authors = {
                "two": nm[:2],
                "wire": [],
                "addl": nm[:2],
                "place": nm[:2],
                "desk": [],
            }.get(style, nm[:1])
            sec = rng.choice(sections)
            aid = rng.randint(3_000_000, 3_099_999) if old else rng.randint(3_255_000, 3_262_999)
            path = f"/{sec[0]}/article/{aid}/{slug(title, 10)}"
            arts.append(
                self._art(
                    "scmp",
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
                    aid=aid,
                    wire=rng.choice(["Reuters", "Agence France-Presse", "Bloomberg"]),
                    places=rng.choice(
                        [
                            ("Hong Kong", "Beijing"),
                            ("Hong Kong", "Shenzhen"),
                            ("Beijing", "Hong Kong"),
                        ]
                    ),
                    roles=[
                        rng.choice(
                            [
                                "Senior Reporter, Hong Kong",
                                "Reporter, Hong Kong",
                                "China Correspondent",
                                "Political Editor",
                                "Senior China Correspondent",
                            ]
                        )
                        for _ in range(2)
                    ],
                    kicker=rng.choice(["", "", "Exclusive", "Explainer", "Breaking"]),
                    points=keypoints(rng, ctx) if sizes[i] != "brief" and not old else [],
                    updated=rng.choice([0, rng.randint(15, 300), rng.randint(15, 300)]),
                    summary=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 4, 5, 7, 8, 10])
        arts[3].related = [arts[10].path]  # the 2019 pair
        self.arts += arts

    # --- The Straits Times ----------------------------------------------------------------
    def _st(self) -> None:
        rng = self.rng
        styles = ["role", "two", "wire", "addl", "role", "addl_wire"] * 2
        sizes = self._sizes()
        sections = [
            ("singapore", "Singapore"),
            ("asia/east-asia", "East Asia"),
            ("asia/se-asia", "South-east Asia"),
            ("world", "World"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._day(i, SINGAPORE, hours=(5, 23))
            title, ctx, blocks = self._story(
                "st",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"ST PHOTO: {person(r, 'st').upper()}",
                        "PHOTO: REUTERS",
                        "PHOTO: ST FILE",
                        "PHOTO: AFP",
                        f"PHOTO: {person(r, 'st').upper()}",
                    ]
                ),
            )
            nm = names(rng, "st", 3)
            authors = {"two": nm[:2], "wire": [], "addl": nm[:2]}.get(style, nm[:1])
            sec = rng.choice(sections) if style not in ("role", "addl") else sections[0]
            dateline = {
                "singapore": "SINGAPORE",
                "asia/east-asia": rng.choice(["BEIJING", "TOKYO", "SEOUL"]),
                "asia/se-asia": rng.choice(["JAKARTA", "KUALA LUMPUR", "BANGKOK"]),
                "world": rng.choice(["WASHINGTON", "LONDON", "BRUSSELS"]),
            }[sec[0]]
            lead = self._first(blocks)
            lead.text = f"{dateline} – {lead.text}"
            path = f"/{sec[0]}/{slug(title, 10)}"
            arts.append(
                self._art(
                    "st",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "minute",
                    blocks,
                    style=style,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    nid=rng.randint(2_200_000, 2_299_999),
                    wire=rng.choice(["Reuters", "AFP", "Bloomberg"]),
                    roles=[
                        rng.choice(
                            [
                                "Senior Correspondent",
                                "Transport Correspondent",
                                "Assistant Foreign Editor",
                                "Indonesia Correspondent",
                                "Senior Political Correspondent",
                                "Journalist",
                            ]
                        )
                        for _ in range(2)
                    ],
                    updated=0 if i % 3 == 0 else rng.randint(20, 400),
                    standfirst=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(1, 3), who=[0, 1, 3, 4, 6, 7, 9, 11])
        self.arts += arts

    # --- Taipei Times ---------------------------------------------------------------------
    def _taipei(self) -> None:
        rng = self.rng
        styles = ["staff", "cna", "agency", "two", "staff_cna", "wire_named"] * 2
        sizes = self._sizes()
        sections = {
            "staff": ("taiwan", "Taiwan News"),
            "cna": ("taiwan", "Taiwan News"),
            "agency": ("world", "World News"),
            "two": ("front", "Front Page"),
            "staff_cna": ("biz", "Business"),
            "wire_named": ("world", "World News"),
        }
        pages_of = {"taiwan": (2, 4), "front": (1, 1), "biz": (10, 12), "world": (6, 7)}
        arts = []
        for i, style in enumerate(styles):
            old = i in (4, 9)
            when = self._day(i, TAIPEI, 2019 if old else 2024, (0, 0))
            title, ctx, blocks = self._story(
                "taipei",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"Photo: {person(r, 'taipei')}, Taipei Times",
                        "Photo: CNA",
                        "Photo: AFP",
                        "Photo courtesy of the Ministry of Foreign Affairs",
                        f"Photo: {person(r, 'taipei')}, Taipei Times",
                    ]
                ),
            )
            nm = names(rng, "taipei", 3)
            authors = {"cna": [], "agency": [], "two": nm[:2]}.get(style, nm[:1])
            sec = sections[style]
            if style == "staff" and i > 6:
                sec = ("front", "Front Page")
            pid = (2_003_700_000 if old else 2_003_810_000) + rng.randint(0, 9999)
            path = f"/News/{sec[0]}/archives/{when:%Y/%m/%d}/{pid}"
            arts.append(
                self._art(
                    "taipei",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=sec,
                    pid=pid,
                    page=rng.randint(*pages_of[sec[0]]),
                    agency=rng.choice(
                        [
                            ("AFP", "BEIJING"),
                            ("AP", "SEOUL"),
                            ("AFP", "TOKYO"),
                            ("Reuters", "MANILA"),
                        ]
                    ),
                    wire_place=rng.choice(["WASHINGTON", "TOKYO", "SEOUL", "HONG KONG"]),
                    roles=rng.choice(
                        [
                            "Staff reporter",
                            "Staff reporter",
                            "Staff writer",
                            "Staff reporter and Staff writer",
                        ]
                    ),
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 1, 3, 4, 6, 8, 9, 10])
        arts[4].related, arts[9].related = [arts[9].path], [arts[4].path]  # the 2019 pair
        self.arts += arts

    # --- The Korea Herald -----------------------------------------------------------------
    def _kh(self) -> None:
        rng = self.rng
        styles = ["one", "two", "yonhap", "one", "herald", "two_comma"] * 2
        sizes = self._sizes()
        sections = [
            ("020101000000", "Politics", "National"),
            ("020102000000", "Social affairs", "National"),
            ("020103000000", "Foreign affairs", "National"),
            ("020201000000", "Industry", "Business"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (5, 10)
            when = self._day(i, SEOUL, 2019 if old else 2024, (6, 22))
            title, ctx, blocks = self._story(
                "kh",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        "(Yonhap)",
                        f"({person(r, 'kh')}/The Korea Herald)",
                        "(Newsis)",
                        "(123rf)",
                        "(Yonhap)",
                        "(Joint Press Corps)",
                    ]
                ),
            )
            nm = names(rng, "kh", 3)
            authors = {"two": nm[:2], "yonhap": [], "herald": [], "two_comma": nm[:2]}.get(
                style, nm[:1]
            )
            sec = rng.choice(sections)
            ud = f"{when:%Y%m%d}000{rng.randint(100, 999)}"
            path = f"/view.php?ud={ud}"
            arts.append(
                self._art(
                    "kh",
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
                    ud=ud,
                    updated=rng.choice([0, rng.randint(10, 240), rng.randint(10, 240)]),
                    summary=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(2, 4), who=[0, 1, 2, 3, 6, 7, 9, 10])
        self.arts += arts

    # --- The Japan Times ------------------------------------------------------------------
    def _jt(self) -> None:
        rng = self.rng
        styles = [
            "staff",
            "kyodo",
            "two",
            "jiji",
            "bloomberg",
            "reuters",
            "staff",
            "kyodo",
            "contrib",
            "jiji",
            "staff",
            "two",
        ]
        sizes = self._sizes()
        cats = [
            ("japan/politics", "Politics", "Japan"),
            ("japan/society", "Society", "Japan"),
            ("business/economy", "Economy", "Business"),
            ("asia-pacific/politics-asia-pacific", "Politics", "Asia-Pacific"),
        ]
        arts = []
        for i, style in enumerate(styles):
            old = i in (3, 8)
            when = self._day(i, TOKYO, 2019 if old else 2024, (5, 21))
            title, ctx, blocks = self._story(
                "jt",
                sizes[i],
                rng.choice([1, 1, 2]),
                lambda r: r.choice(
                    ["Kyodo", "Reuters", "Bloomberg", "Jiji", person(r, "jt"), "AFP-Jiji"]
                ),
            )
            nm = names(rng, "jt", 3)
            authors = {
                "two": nm[:2],
                "bloomberg": nm[:2],
                "kyodo": [],
                "jiji": [],
                "reuters": [],
            }.get(style, nm[:1])
            cat = rng.choice(cats[2:] if style in ("bloomberg", "reuters") else cats)
            path = f"/news/{when:%Y/%m/%d}/{cat[0]}/{slug(title, 8)}/"
            arts.append(
                self._art(
                    "jt",
                    i,
                    path,
                    title,
                    authors,
                    when,
                    "day",
                    blocks,
                    style=style,
                    old=old,
                    ctx=ctx,
                    nm=nm,
                    sec=cat,
                    pid=rng.randint(190_000 if old else 340_000, 199_999 if old else 349_999),
                    deck=paragraphs(rng, 1, ctx)[0],
                )
            )
        self._related(arts, lambda: rng.randint(2, 3), who=[0, 2, 3, 5, 6, 8, 9, 11])
        self.arts += arts
