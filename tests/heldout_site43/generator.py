"""The forty-third held-out site: 60 articles over five continental European news sites (Der
Spiegel, Le Monde, El País, the Corriere della Sera, NOS), each in its own language and zone,
every page rendered in memory.

``Site43(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from heldout import Art, Block
from heldout_gen import GenSite

from . import pages, templates
from .common import month, slug
from .pools import SUBHEADS, caption, headline, kicker, names, paragraphs, photog, teaser

BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
MADRID = ZoneInfo("Europe/Madrid")
ROME = ZoneInfo("Europe/Rome")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class Site43(GenSite):
    modules = (templates, pages)
    pools: Any = None
    subheads: ClassVar[dict[str, list[str]]] = {}

    def __init__(self, seed: int = 4343) -> None:
        super().__init__(seed)

    def build(self) -> None:
        self._spiegel()
        self._lemonde()
        self._elpais()
        self._corriere()
        self._nos()

    # --- shared -------------------------------------------------------------------------
    def _story(
        self, tpl: str, size: str, images: int, credit: Callable[[Any], str], lead: bool = True
    ) -> tuple[str, dict[str, str], list[Block]]:
        """A headline and its story: paragraphs, two subheads in a long one, a lead picture
        (above the first paragraph) and ``images`` more inside the story."""
        rng = self.rng
        title, ctx = headline(rng, tpl, self.used)
        n = {"brief": rng.randint(2, 3), "small": rng.randint(3, 5), "mid": rng.randint(6, 10)}.get(
            size, rng.randint(14, 20)
        )
        blocks = [Block("p", p) for p in paragraphs(rng, tpl, n, ctx)]
        if size == "long":
            for k, h in enumerate(rng.sample(SUBHEADS[tpl], 2)):
                blocks.insert(3 + k * 6, Block("h", h))
        for _ in range(images if size not in ("brief", "small") else 0):
            at = rng.randint(2, len(blocks))
            blocks.insert(
                at, Block("img", caption(rng, tpl, ctx), f"{rng.getrandbits(48):012x}", credit(rng))
            )
        if lead:
            blocks.insert(
                0, Block("img", caption(rng, tpl, ctx), f"{rng.getrandbits(48):012x}", credit(rng))
            )
        return title, ctx, blocks

    def _date(self, i: int, tz: ZoneInfo, kind: str, hours: tuple[int, int]) -> datetime:
        """A publication time: ``may24`` (1-24 May 2024, one every other day), ``may19``,
        ``winter19`` (winter time) or ``winter24`` (January or February 2024)."""
        rng = self.rng
        year, mon, day = {
            "may24": (2024, 5, 1 + i * 2 + rng.randint(0, 1)),
            "may19": (2019, 5, rng.randint(3, 28)),
            "winter19": (2019, rng.choice([1, 2, 11, 12]), rng.randint(3, 27)),
            "winter24": (2024, rng.choice([1, 2]), rng.randint(3, 27)),
        }[kind]
        return datetime(
            year,
            mon,
            day,
            rng.randint(*hours),
            rng.randint(0, 59),
            rng.randint(0, 59),
            tzinfo=tz,
        )

    def _plan(
        self,
        old: dict[int, str],
        winter: int,
        paid: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> tuple[list[str], list[str]]:
        """Story sizes (a paywalled story is never a brief) and date kinds of one paper."""
        sizes = self._sizes()
        for i in sorted(paid):
            if sizes[i] in ("brief", "small"):
                j = next(k for k, s in enumerate(sizes) if s in ("mid", "long") and k not in paid)
                sizes[i], sizes[j] = sizes[j], sizes[i]
        kinds = [old.get(i, "winter24" if i == winter else "may24") for i in range(12)]
        return sizes, kinds

    def _earlier(self, arts: list[Art], k: Callable[[], int], who: list[int]) -> None:
        """Related links for the stories at ``who``: ``k()`` stories of the same paper published
        before each (a 2019 story links only to older ones, the first links to none)."""
        for a in (arts[i] for i in who):
            pool = [b for b in arts if b.when < a.when]
            a.related = [b.path for b in self.rng.sample(pool, min(k(), len(pool)))]

    def _uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"

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

    # --- Der Spiegel ----------------------------------------------------------------------
    def _spiegel(self) -> None:
        rng = self.rng
        styles = [
            "two",
            "one",
            "agency",
            "place",
            "three",
            "comment",
            "one",
            "agency",
            "two",
            "interview",
            "one",
            "agency",
        ]
        plus = {1, 4, 9}
        sizes, kinds = self._plan({5: "may19", 10: "winter19"}, 7, plus)
        sections = [
            ("politik/deutschland", "Deutschland", "Politik"),
            ("wirtschaft/soziales", "Soziales", "Wirtschaft"),
            ("wirtschaft/service", "Verbraucher & Service", "Wirtschaft"),
            ("panorama/gesellschaft", "Gesellschaft", "Panorama"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._date(i, BERLIN, kinds[i], (6, 22))
            title, ctx, blocks = self._story(
                "spiegel",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"Foto: {photog(r, 'spiegel')} / dpa",
                        f"Foto: IMAGO / {photog(r, 'spiegel')}",
                        "Foto: Tobias Schwarz / AFP",
                        f"Foto: {photog(r, 'spiegel')} / DER SPIEGEL",
                        "Foto: Getty Images",
                        "Foto: Liesa Johannssen / REUTERS",
                    ]
                ),
                lead=style != "agency" or rng.random() < 0.5,
            )
            if i in plus:  # SPIEGEL+: the lead picture and two paragraphs, then the paywall
                cut = [k for k, b in enumerate(blocks) if b.kind == "p"][1]
                blocks = blocks[: cut + 1]
            nm = names(rng, "spiegel", 3)
            authors = [
                n
                for n, _ in {
                    "two": nm[:2],
                    "three": nm[:3],
                    "agency": [],
                }.get(style, nm[:1])
            ]
            sec = rng.choice(sections)
            old = when.year == 2019
            path = (
                f"/{sec[0]}/{slug(title, 8)}-a-{rng.randint(1_240_000, 1_299_999)}.html"
                if old
                else f"/{sec[0]}/{slug(title, 8)}-a-{self._uuid()}"
            )
            letters = "abcdefghiklmnoprstuvwz"
            arts.append(
                self._art(
                    "spiegel",
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
                    plus=i in plus,
                    print_issue=i in (4, 9),
                    kicker=kicker(rng, ctx),
                    teaser=teaser(rng, "spiegel", ctx),
                    kuerzel="".join(rng.choice(letters) for _ in range(3))
                    + "/"
                    + rng.choice(["dpa", "AFP", "dpa/AFP", "AFP/Reuters", "dpa/Reuters"]),
                    place=rng.choice(["Brüssel", "Straßburg", "Washington"]),
                    minutes=rng.randint(3, 14),
                    updated=rng.choice([0, rng.randint(20, 400)]),
                )
            )
        self._earlier(arts, lambda: rng.randint(2, 4), who=[0, 2, 3, 5, 6, 8, 10])
        self.arts += arts

    # --- Le Monde -------------------------------------------------------------------------
    def _lemonde(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "afp",
            "corr",
            "one",
            "interview",
            "three",
            "afp",
            "one",
            "corr",
            "two",
            "one",
        ]
        premium = {1, 5, 9}
        sizes, kinds = self._plan({3: "may19", 8: "winter19"}, 10, premium)
        sections = [
            ("politique", "Politique", 823448),
            ("societe", "Société", 3224),
            ("economie", "Economie", 3234),
            ("planete", "Planète", 3244),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._date(i, PARIS, kinds[i], (5, 22))
            title, ctx, blocks = self._story(
                "lemonde",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        f"{photog(r, 'lemonde').upper()} / AFP",
                        f"{photog(r, 'lemonde').upper()} POUR «\u00a0LE MONDE\u00a0»",
                        "MAXPPP",
                        f"{photog(r, 'lemonde').upper()} / REUTERS",
                        f"{photog(r, 'lemonde').upper()} / HANS LUCAS",
                    ]
                ),
            )
            # captions print the day the picture was taken
            for b in blocks:
                if b.kind == "img":
                    shot = when.day - rng.randint(0, 1) or 1
                    b.text = b.text.replace(
                        "{capdate}",
                        f"le {'1er' if shot == 1 else shot} {month('fr', when.month)} {when.year}",
                    )
            hidden = 0.0
            if i in premium:  # the story up to about two fifths, then "Il vous reste …"
                paras = [k for k, b in enumerate(blocks) if b.kind == "p"]
                cut = paras[max(2, int(len(paras) * 0.4)) - 1]
                total = sum(len(b.text) for b in blocks if b.kind != "img")
                shown = sum(len(b.text) for b in blocks[: cut + 1] if b.kind != "img")
                hidden = 100 * (total - shown) / total
                blocks = blocks[: cut + 1]
            nm = names(rng, "lemonde", 3)
            authors = [n for n, _ in {"two": nm[:2], "three": nm[:3], "afp": []}.get(style, nm[:1])]
            sec = rng.choice(sections)
            old = when.year == 2019
            aid = rng.randint(5_400_000, 5_499_999) if old else rng.randint(6_220_000, 6_239_999)
            path = f"/{sec[0]}/article/{when:%Y/%m/%d}/{slug(title, 10, '-')}_{aid}_{sec[2]}.html"
            city = rng.choice(["Marseille", "Lyon", "Bordeaux", "Strasbourg", "Lille"])
            corr = {
                3: ("Bruxelles", "bureau européen"),
                9: (city, "correspondante" if nm[0][1] == "f" else "correspondant"),
            }.get(i, (city, "correspondance"))
            arts.append(
                self._art(
                    "lemonde",
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
                    premium=i in premium,
                    hidden=hidden,
                    corr=corr,
                    chapo=teaser(rng, "lemonde", ctx),
                    minutes=rng.randint(2, 9),
                    updated=rng.choice([0, rng.randint(30, 300), rng.randint(600, 1500)]),
                    genres=[
                        rng.choice(
                            ["", "", "l’analyse", "le récit", "l’entretien", "le décryptage"]
                        )
                        for _ in range(4)
                    ],
                )
            )
        self._earlier(arts, lambda: rng.randint(1, 3), who=[0, 2, 3, 4, 6, 7, 10, 11])
        self.arts += arts

    # --- El País --------------------------------------------------------------------------
    def _elpais(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "desk",
            "one",
            "agency",
            "one",
            "two",
            "one",
            "desk",
            "one",
            "three",
            "one",
        ]
        sizes, kinds = self._plan({4: "may19", 9: "winter19"}, 6)
        sections = [
            ("espana", "España", "politica/{d}/actualidad"),
            ("economia", "Economía", "economia/{d}/actualidad"),
            ("sociedad", "Sociedad", "sociedad/{d}/actualidad"),
            ("espana/madrid", "Madrid", "ccaa/{d}/madrid"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._date(i, MADRID, kinds[i], (6, 23))
            title, ctx, blocks = self._story(
                "elpais",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        photog(r, "elpais"),
                        f"{photog(r, 'elpais')} (EFE)",
                        f"{photog(r, 'elpais')} (Europa Press)",
                        "EFE",
                        "Europa Press",
                        f"{photog(r, 'elpais')} (REUTERS)",
                    ]
                ),
            )
            nm = names(rng, "elpais", 3)
            authors = [
                n
                for n, _ in {"two": nm[:2], "three": nm[:3], "desk": [], "agency": []}.get(
                    style, nm[:1]
                )
            ]
            sec = rng.choice(sections)
            old = when.year == 2019
            if old:
                epoch = int(when.timestamp())
                d = sec[2].format(d=f"{when:%Y/%m/%d}")
                path = f"/{d}/{epoch}_{rng.randint(100000, 999999)}.html"
            else:
                path = f"/{sec[0]}/{when:%Y-%m-%d}/{slug(title, 11)}.html"
            arts.append(
                self._art(
                    "elpais",
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
                    place="Madrid"
                    if sec[0] == "espana/madrid" or rng.random() < 0.6
                    else rng.choice(["Barcelona", "Sevilla", "Bruselas", "Valencia", "Bilbao"]),
                    agency=rng.choice(["EFE", "Europa Press", "Agencias"]),
                    subtitle=teaser(rng, "elpais", ctx),
                    updated=rng.choice([0, rng.randint(15, 240), rng.randint(15, 600)]),
                    promo=sec[0] in ("economia", "espana/madrid"),
                )
            )
        self._earlier(arts, lambda: rng.randint(1, 3), who=[0, 1, 2, 3, 5, 7, 9, 10])
        self.arts += arts

    # --- Corriere della Sera --------------------------------------------------------------
    def _corriere(self) -> None:
        rng = self.rng
        styles = [
            "one",
            "two",
            "redazione",
            "corr",
            "one",
            "one",
            "redazione",
            "two",
            "inviato",
            "one",
            "one",
            "redazione",
        ]
        sizes, kinds = self._plan({2: "may19", 7: "winter19"}, 11)
        sections = [
            ("politica", "Politica"),
            ("cronache", "Cronache"),
            ("economia", "Economia"),
            ("economia/lavoro", "Lavoro"),
        ]
        arts = []
        for i, style in enumerate(styles):
            when = self._date(i, ROME, kinds[i], (6, 22))
            title, ctx, blocks = self._story(
                "corriere",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    ["(Ansa)", "(foto LaPresse)", "(Imagoeconomica)", "(Afp)", "(foto Fotogramma)"]
                ),
                lead=rng.random() < 0.8,
            )
            nm = names(rng, "corriere", 3)
            authors = [n for n, _ in {"two": nm[:2], "redazione": []}.get(style, nm[:1])]
            sec = rng.choice(sections)
            old = when.year == 2019
            mese = month("it", when.month)
            path = (
                f"/{sec[0]}/{when:%y}_{mese}_{when:%d}/{slug(title, 9, '-')}-{self._uuid()}.shtml"
            )
            arts.append(
                self._art(
                    "corriere",
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
                    summary=teaser(rng, "corriere", ctx),
                    modified=rng.choice(
                        [0, rng.randint(20, 400), rng.randint(20, 400), rng.randint(900, 1500)]
                    ),
                    where=rng.choice(["Bruxelles", "Berlino", "Strasburgo"])
                    if style == "corr"
                    else rng.choice(["Napoli", "Genova", "Bari", "Venezia"]),
                    minutes=rng.randint(2, 8),
                )
            )
        self._earlier(arts, lambda: rng.randint(1, 3), who=[0, 1, 3, 4, 5, 7, 8, 10])
        self.arts += arts

    # --- NOS ------------------------------------------------------------------------------
    def _nos(self) -> None:
        rng = self.rng
        styles = [
            "none",
            "none",
            "door",
            "none",
            "none",
            "two",
            "none",
            "none",
            "door",
            "none",
            "door",
            "none",
        ]
        sizes, kinds = self._plan({4: "may19", 9: "winter19"}, 7)
        sections = [
            ("binnenland", "Binnenland"),
            ("politiek", "Politiek"),
            ("economie", "Economie"),
        ]
        arts = []
        for i, style in enumerate(styles):
            # one story filed just after midnight: its UTC stamp falls on the day before
            when = self._date(i, AMSTERDAM, kinds[i], (0, 0) if i == 1 else (6, 23))
            title, ctx, blocks = self._story(
                "nos",
                sizes[i],
                rng.choice([0, 1, 1, 2]),
                lambda r: r.choice(
                    [
                        "ANP",
                        f"ANP / {photog(r, 'nos')}",
                        "NOS",
                        "Reuters",
                        "EPA",
                        "ANP / Hollandse Hoogte",
                    ]
                ),
                lead=rng.random() < 0.85,
            )
            nm = names(rng, "nos", 3)
            authors = [n for n, _ in {"none": [], "two": nm[:2]}.get(style, nm[:1])]
            sec = rng.choice(sections)
            old = when.year == 2019
            path = (
                f"/artikel/{rng.randint(2_280_000, 2_319_999)}-{slug(title, 8)}.html"
                if old
                else f"/artikel/{rng.randint(2_500_000, 2_519_999)}-{slug(title, 8)}"
            )
            # the day the page was saved: "vandaag", "gisteren" or later (the full date)
            seen = 5 if kinds[i] == "winter24" else rng.choice([0, 0, 0, 1])
            arts.append(
                self._art(
                    "nos",
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
                    seen=seen,
                    updated=rng.choice([0, rng.randint(10, 200), rng.randint(10, 200)]),
                    inline=rng.random() < 0.5,
                )
            )
        self._earlier(arts, lambda: rng.randint(1, 3), who=[0, 2, 3, 5, 6, 8, 9, 11])
        self.arts += arts
