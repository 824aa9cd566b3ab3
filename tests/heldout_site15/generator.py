"""The fifteenth held-out site: 60 articles over five English-language news templates, every
page rendered in memory.

``Site15(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from heldout import Art, Block, RoutedSite
from heldout_site6.pools import paragraphs, people

from . import templates

ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UK = ZoneInfo("Europe/London")

TOPICS = {
    "globe": [
        "the Red Line slow zones",
        "the Mass. and Cass encampment",
        "shelter capacity limits",
        "the MBTA fare-free pilot",
        "Logan Airport noise",
        "the Seaport housing plan",
        "the Boston Public Schools budget",
        "the Cape Cod bridge funding",
        "the Dorchester bike lanes",
        "the Somerville rent proposal",
        "the South Shore commuter rail",
        "the Chelsea heat study",
    ],
    "radio": [
        "the Sound Transit light rail delay",
        "the Puget Sound orca count",
        "the King County youth jail",
        "the Seattle minimum wage",
        "the ferry staffing shortage",
        "the Tacoma tideflats plan",
        "the wildfire smoke season",
        "the Duwamish River cleanup",
        "the state's capital gains tax",
        "the Snohomish County housing levy",
        "the Yakima water rights case",
        "the UW graduate workers' contract",
    ],
    "gannett": [
        "the Intel plant in Licking County",
        "the Columbus zoning code rewrite",
        "the COTA LinkUS levy",
        "the Franklin County jail population",
        "the Ohio State tuition freeze",
        "the Short North parking plan",
        "the Scioto Mile flood work",
        "the Hilliard data center",
        "the Westerville school levy",
        "the Ohio marijuana rules",
        "the Crew stadium traffic",
        "the Dublin water rates",
    ],
    "reach": [
        "the Bee Network bus franchising",
        "the Piccadilly Gardens revamp",
        "the Mayfield Park flats",
        "the Stockport interchange",
        "the Trafford clean air zone",
        "the Oldham town centre plan",
        "the Metrolink fare cap",
        "the Salford Red City Road",
        "the Wythenshawe Hospital rebuild",
        "the Bolton council tax rise",
        "the Ancoats parking fines",
        "the Rochdale canal towpath",
    ],
    "ap": [
        "the border security bill",
        "the Ukraine aid package",
        "the Federal Reserve rate decision",
        "the TikTok divestiture law",
        "the student loan forgiveness plan",
        "the Supreme Court immunity case",
        "the farm bill talks",
        "the FAA reauthorization",
        "the Medicare drug price talks",
        "the Gaza cease-fire proposal",
        "the debt ceiling deadline",
        "the wildfire aid request",
    ],
}
PLACES = {
    "globe": ["Dorchester", "Quincy", "East Boston", "Cambridge", "Worcester", "Lynn"],
    "radio": ["Tacoma", "Everett", "Olympia", "Bellevue", "Renton", "West Seattle"],
    "gannett": ["Clintonville", "Hilliard", "Grandview", "Reynoldsburg", "Dublin", "Whitehall"],
    "reach": ["Salford", "Stockport", "Oldham", "Wigan", "Bury", "Ancoats"],
    "ap": ["Washington", "the Capitol", "the White House", "Ohio", "Arizona", "Georgia"],
}
WHO = {
    "globe": ["the City Council", "Mayor Wu", "the MBTA board", "Beacon Hill", "the state"],
    "radio": ["the Seattle City Council", "Gov. Inslee", "the county council", "the port"],
    "gannett": ["Columbus City Council", "the county commissioners", "the school board"],
    "reach": ["the council", "Andy Burnham", "the combined authority", "Transport for GM"],
    "ap": ["House Republicans", "the White House", "Senate Democrats", "the Pentagon"],
}
HEADS = {
    "globe": [
        "{Topic} leaves commuters wondering what comes next",
        "As {topic} drags on, {who} faces mounting pressure",
        "{Who} signals new approach to {topic}",
        "In {place}, {topic} hits close to home",
        "What we know about {topic}",
        "{Topic} could cost far more than promised, records show",
    ],
    "radio": [
        "{Topic}: what it means for {place}",
        "{Who} pushes back on {topic}",
        "Why {topic} keeps getting harder to fix",
        "Residents in {place} brace for {topic}",
        "{Topic} heads for a showdown in Olympia",
        "A closer look at {topic}",
    ],
    "gannett": [
        "{Topic}: 5 things to know",
        "{Who} OKs {topic} after long debate",
        "{Place} neighbors fight {topic}",
        "What's next for {topic}? Here's what we know",
        "{Topic} draws crowd to packed meeting",
        "Is {topic} working? Data offers mixed picture",
    ],
    "reach": [
        "Fury in {place} as {topic} goes ahead",
        "{Who} U-turn on {topic} after backlash",
        "Everything you need to know about {topic}",
        "{Topic} 'a disaster waiting to happen', say {place} locals",
        "Major update on {topic} as date confirmed",
        "'We were never told': {place} anger over {topic}",
    ],
    "ap": [
        "{Who} unveil plan on {topic} ahead of key vote",
        "What to know about {topic}",
        "{Topic} stalls as lawmakers leave for recess",
        "{Who} and the GOP trade blame over {topic}",
        "Biden pushes {topic} in swing-state visit",
        "{Topic} faces new legal challenge",
    ],
}
SUBHEADS = {
    "globe": ["A long road", "What residents say", "The money question"],
    "radio": ["A decade in the making", "What comes next"],
    "gannett": ["What happens next?", "How we got here", "What residents said"],
    "reach": ["What the council says", "What happens next"],
    "ap": ["Opposition from both sides", "What comes next"],
}
CAPTIONS = [
    "Commuters wait on a crowded platform during the morning rush in {place}.",
    "Residents listen during a public meeting on {topic} in {place}.",
    "Crews work at the site in {place} on {weekday}.",
    "A sign posted outside the building in {place} announces the changes.",
    "Officials speak to reporters after the vote on {topic}.",
]
CITIES = ["Washington", "New York", "Chicago", "Phoenix", "Atlanta", "Los Angeles", "Detroit"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


class Site15(RoutedSite):
    def __init__(self, seed: int = 15015) -> None:
        self.seed = seed
        self.base = "http://127.0.0.1"
        self.rng = random.Random(seed)
        self.arts: list[Art] = []
        self.used: set[str] = set()
        self._make("globe", ET, self._globe)
        self._make("radio", PT, self._radio)
        self._make("gannett", ET, self._gannett)
        self._make("reach", UK, self._reach)
        self._make("ap", ET, self._ap)
        self.by_path = {a.path: a for a in self.arts}
        self.register((templates,))

    def key(self, path: str) -> str:
        """An article's path with a tracking query (``?utm_source=``) serves the article."""
        bare = path.split("?", 1)[0]
        return bare if bare in getattr(self, "by_path", {}) else path

    # --- shared ---------------------------------------------------------------------------
    def _ctx(self, tpl: str) -> dict[str, str]:
        rng = self.rng
        return {
            "topic": rng.choice(TOPICS[tpl]),
            "place": rng.choice(PLACES[tpl]),
            "who": rng.choice(WHO[tpl]),
            "month": rng.choice(["June", "July", "September", "October"]),
        }

    def _headline(self, tpl: str, ctx: dict[str, str]) -> str:
        rng = self.rng
        while True:
            t = rng.choice(HEADS[tpl]).format(
                topic=ctx["topic"],
                Topic=_cap(ctx["topic"]),
                who=ctx["who"],
                Who=_cap(ctx["who"]),
                place=ctx["place"],
                Place=ctx["place"],
            )
            if t not in self.used:
                self.used.add(t)
                return t
            ctx["topic"] = rng.choice(TOPICS[tpl])
            ctx["place"] = rng.choice(PLACES[tpl])

    def _blocks(self, tpl: str, i: int, ctx: dict[str, str], images: int) -> list[Block]:
        rng = self.rng
        n = [3, 6, 9, 14][i % 4] + rng.randint(0, 3)
        blocks = [Block("p", p) for p in paragraphs(rng, ctx, n)]
        if n >= 12:
            for k, h in enumerate(SUBHEADS[tpl]):
                blocks.insert(3 + k * 5, Block("h", h))
        for _ in range(images):
            at = rng.randint(1, len(blocks))
            cap = rng.choice(CAPTIONS).format(
                place=ctx["place"], topic=ctx["topic"], weekday=rng.choice(["Monday", "Tuesday"])
            )
            src = f"/wp-content/uploads/2024/05/{rng.getrandbits(40):010x}.jpg"
            blocks.insert(at, Block("img", cap, src))
        return blocks

    def _make(self, tpl: str, tz: ZoneInfo, fill: object) -> None:
        rng = self.rng
        arts = []
        for i in range(12):
            day = 1 + i * 2 + rng.randint(0, 1)
            when = datetime(2024, 5, day, rng.randint(5, 22), rng.randint(0, 59), 0, tzinfo=tz)
            ctx = self._ctx(tpl)
            title = self._headline(tpl, ctx)
            blocks = self._blocks(tpl, i, ctx, rng.choice([0, 1, 1, 2]))
            nm = people(rng, 5)
            a = Art(tpl, i, "", title, [], when, "minute", blocks)
            a.x = {
                "ctx": ctx,
                "nm": nm,
                "secs": rng.randint(1, 59),
                "upd": when + timedelta(minutes=rng.randint(20, 600)) if i % 3 != 1 else None,
                "id": rng.getrandbits(32),
            }
            fill(a)  # type: ignore[operator]
            arts.append(a)
        for k, a in enumerate(arts):
            if k % 4 == 3:
                continue  # some stories link nothing related
            pool = [b for b in arts if b is not a]
            a.related = [b.path for b in rng.sample(pool, rng.randint(1, 3))]
        self.arts += arts

    def _slug(self, title: str) -> str:
        s = "".join(c.lower() if c.isalnum() else "-" for c in title)
        while "--" in s:
            s = s.replace("--", "-")
        return s.strip("-")[:80].strip("-")

    # --- WordPress VIP metro daily --------------------------------------------------------
    def _globe(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["staff", "two", "corr", "staff", "wire", "contrib"][i % 6]
        a.x["style"] = style
        a.authors = {"two": nm[:2], "wire": nm[:1]}.get(style, nm[:1])
        if style == "contrib":
            a.correspondents = nm[2:3]
        sec = ["metro", "business", "politics"][i % 3]
        a.x["sec"] = sec
        a.path = f"/{a.when:%Y/%m/%d}/{sec}/{self._slug(a.title)}/"

    # --- Brightspot public radio ----------------------------------------------------------
    def _radio(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["staff", "npr", "two", "staff", "edited", "npr_desk"][i % 6]
        a.x["style"] = style
        a.authors = {"two": nm[:2], "npr_desk": []}.get(style, nm[:1])
        if style == "edited":
            a.editors = nm[3:4]
        if style == "npr":
            a.correspondents = nm[2:3]
        a.path = f"/stories/{self._slug(a.title)}"

    # --- Gannett local paper ----------------------------------------------------------------
    def _gannett(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["staff", "two", "usat", "staff", "contrib", "staff"][i % 6]
        a.x["style"] = style
        a.authors = nm[:2] if style == "two" else nm[:1]
        if style == "contrib":
            a.correspondents = nm[2:3]
        sec = ["local", "politics", "education"][i % 3]
        a.x["sec"] = sec
        a.path = (
            f"/story/news/{sec}/{a.when:%Y/%m/%d}/{self._slug(a.title)}/{73000000007 + a.x['id']}/"
        )

    # --- Reach plc regional ---------------------------------------------------------------
    def _reach(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["staff", "staff", "two", "desk", "staff", "contrib"][i % 6]
        a.x["style"] = style
        a.authors = {"two": nm[:2], "desk": []}.get(style, nm[:1])
        if style == "contrib":
            a.correspondents = nm[2:3]
        sec = ["greater-manchester-news", "manchester-news", "uk-news"][i % 3]
        a.x["sec"] = sec
        a.path = f"/news/{sec}/{self._slug(a.title)}-{29000000 + a.x['id'] % 999999}"

    # --- AP News --------------------------------------------------------------------------
    def _ap(self, a: Art) -> None:
        nm, i = a.x["nm"], a.i
        style = ["one", "two", "contrib", "one", "contrib2", "ap"][i % 6]
        a.x["style"] = style
        a.authors = {"two": nm[:2], "ap": []}.get(style, nm[:1])
        if style == "contrib":
            a.correspondents = nm[2:3]
        elif style == "contrib2":
            a.correspondents = nm[2:4]
        city = CITIES[i % len(CITIES)]
        a.x["city"] = city
        first = next(b for b in a.blocks if b.kind == "p")
        first.text = f"{city.upper()} (AP) — " + first.text
        a.x["upd"] = None  # AP prints one "Updated" stamp: the only time on the page
        a.path = f"/article/{self._slug(a.title)}-{a.x['id']:08x}{a.x['id'] * 7 % 2**32:08x}"
