"""Site 32's word pools: reporters' names (kept apart from the people a story quotes), places,
agencies and topics of each newsroom, headline frames, sentence parts, subheads and captions."""

from __future__ import annotations

import random

# reporters, editors, photographers: the names bylines and credits print
BY_FIRST = [
    "Alyssa",
    "Brandon",
    "Carmen",
    "Dashiell",
    "Elena",
    "Forrest",
    "Gabriela",
    "Hunter",
    "Isabel",
    "Jaylen",
    "Kristin",
    "Landon",
    "Madison",
    "Nolan",
    "Olivia",
    "Preston",
    "Quinn",
    "Raquel",
    "Spencer",
    "Tatum",
    "Ulysses",
    "Valerie",
    "Whitney",
    "Xavier",
    "Yesenia",
    "Zachary",
    "Brooke",
    "Colton",
    "Danielle",
    "Everett",
    "Fiona",
    "Garrett",
    "Holly",
    "Ignacio",
    "Jenna",
    "Kyle",
    "Lorena",
    "Marcus",
    "Nadia",
    "Owen",
    "Priya",
    "Reid",
    "Sabrina",
    "Trent",
    "Vanessa",
    "Wesley",
]
BY_LAST = [
    "Abbott",
    "Beaumont",
    "Castellanos",
    "Dunleavy",
    "Eckhart",
    "Fairchild",
    "Gutierrez",
    "Halvorsen",
    "Iverson",
    "Jankowski",
    "Kowalski",
    "Lundgren",
    "Mercado",
    "Nakamura",
    "Oberlin",
    "Pacheco",
    "Quintero",
    "Rasmussen",
    "Sorensen",
    "Thibodeaux",
    "Urquhart",
    "Valdez",
    "Whitaker",
    "Yamamoto",
    "Zielinski",
    "Albright",
    "Blackwood",
    "Cortland",
    "Delgado",
    "Esposito",
    "Fitzgerald",
    "Gallagher",
    "Hennessy",
    "Imhoff",
    "Jorgensen",
    "Kincaid",
    "Lockwood",
    "Montoya",
    "Nordstrom",
    "Ostrowski",
    "Prescott",
    "Ramirez",
    "Sandoval",
    "Trujillo",
    "Vasquez",
    "Wendt",
]

# the people stories quote: never a reporter
Q_FIRST = [
    "Deborah",
    "Randall",
    "Sheila",
    "Curtis",
    "Tamara",
    "Dwayne",
    "Loretta",
    "Vernon",
    "Pamela",
    "Gilbert",
    "Rosalyn",
    "Terrence",
    "Jolene",
    "Clifford",
    "Marlene",
    "Reginald",
    "Darlene",
    "Leland",
    "Bonnie",
    "Harold",
]
Q_LAST = [
    "Pruitt",
    "Okafor",
    "Baptiste",
    "Hendricks",
    "Szymanski",
    "Whitfield",
    "Castaneda",
    "Dubois",
    "Holcomb",
    "Lindgren",
    "Marsh",
    "Ferreira",
    "Tolliver",
    "Ashby",
    "Goodwin",
    "Ybarra",
    "Kessler",
    "Mayfield",
]

PLACES = {
    "patch": [
        "Naperville",
        "Aurora",
        "Wheaton",
        "Lisle",
        "Warrenville",
        "Plainfield",
        "Downers Grove",
        "Bolingbrook",
    ],
    "fox": [
        "Cleveland",
        "Parma",
        "Lakewood",
        "Akron",
        "Euclid",
        "Strongsville",
        "Mentor",
        "Lorain",
    ],
    "sinclair": [
        "Seattle",
        "Tacoma",
        "Bellevue",
        "Everett",
        "Renton",
        "Kent",
        "Federal Way",
        "Redmond",
    ],
    "newspack": [
        "Denver",
        "Pueblo",
        "Grand Junction",
        "Fort Collins",
        "Durango",
        "Greeley",
        "Aurora",
        "Colorado Springs",
    ],
    "hearst": [
        "San Francisco",
        "Oakland",
        "San Jose",
        "Berkeley",
        "Daly City",
        "Fremont",
        "Walnut Creek",
        "Richmond",
    ],
}

ORGS = {
    "patch": [
        "the Naperville City Council",
        "Naperville School District 203",
        "the DuPage County Board",
        "the Naperville Park District",
        "the Illinois Department of Transportation",
        "Naperville police",
    ],
    "fox": [
        "Cleveland City Council",
        "the Cuyahoga County Board of Health",
        "RTA",
        "the Ohio Department of Transportation",
        "Cleveland police",
        "the Cleveland Metropolitan School District",
    ],
    "sinclair": [
        "the Seattle City Council",
        "King County Metro",
        "Sound Transit",
        "the Washington State Patrol",
        "Seattle Public Schools",
        "the King County Sheriff's Office",
    ],
    "newspack": [
        "the state legislature",
        "the Colorado Department of Public Health and Environment",
        "the Public Utilities Commission",
        "Denver Public Schools",
        "the governor's office",
        "the Colorado Parks and Wildlife commission",
    ],
    "hearst": [
        "the Board of Supervisors",
        "BART",
        "the city's planning department",
        "the California Public Utilities Commission",
        "San Francisco police",
        "the school board",
    ],
}

TOPICS = {
    "patch": [
        "a new downtown parking deck",
        "the Riverwalk expansion",
        "property tax bills",
        "a proposed warehouse",
        "school start times",
        "a road resurfacing project",
        "the Fourth of July fireworks",
        "a new splash pad",
    ],
    "fox": [
        "a string of car break-ins",
        "the lakefront plan",
        "lead pipe replacement",
        "a bus route cut",
        "the Browns stadium lease",
        "a water rate increase",
        "demolition of vacant homes",
        "a school levy",
    ],
    "sinclair": [
        "light rail delays",
        "a homeless encampment sweep",
        "the ferry schedule",
        "a tolling plan",
        "wildfire smoke",
        "a park shooting",
        "rent increases",
        "the 911 dispatch backlog",
    ],
    "newspack": [
        "groundwater rules",
        "a wolf reintroduction plan",
        "rural hospital closures",
        "oil and gas setbacks",
        "a rent stabilization bill",
        "mountain housing costs",
        "a ballot measure on property taxes",
        "school funding",
    ],
    "hearst": [
        "the Muni budget gap",
        "a Tenderloin drug market crackdown",
        "a tech office conversion",
        "the housing element",
        "a ballot measure on police staffing",
        "a high-speed rail delay",
        "a Bay Bridge toll hike",
        "a downtown recovery plan",
    ],
}

HEAD = {
    "patch": [
        "{place} Neighbors Push Back On {topic}",
        "What To Know About {topic} In {place}",
        "{org} Delays Vote On {topic}",
        "{n} Things To Know About {topic}",
        "{place} Residents Weigh In On {topic}",
        "Plan For {topic} Moves Forward In {place}",
        "{place} Officials Warn Of Delays Over {topic}",
        "Cost Of {topic} Climbs In {place}: Report",
    ],
    "fox": [
        "{place} leaders react after vote on {topic}",
        "What we know about {topic} in {place}",
        "{org} responds to concerns over {topic}",
        "{n} people affected by {topic}, officials say",
        "Residents in {place} want answers on {topic}",
        "New details emerge about {topic} in {place}",
        "{place} family speaks out about {topic}",
        "Timeline released for {topic}",
    ],
    "sinclair": [
        "{place} residents frustrated by {topic}",
        "{org} faces questions over {topic}",
        "'We need help': {place} neighbors call for action on {topic}",
        "{n} days later, {place} still waiting on {topic}",
        "New report sheds light on {topic} in {place}",
        "{org} proposes fix for {topic}",
        "{place} business owners sound alarm over {topic}",
        "Crews respond as {topic} hits {place}",
    ],
    "newspack": [
        "How {topic} could reshape {place}",
        "{org} moves ahead on {topic} despite pushback",
        "In {place}, {topic} tests a small town's patience",
        "What {topic} means for {n} Colorado communities",
        "The fight over {topic} lands in {place}",
        "Why {org} is rethinking {topic}",
        "{place} families brace for {topic}",
        "Lawmakers spar over {topic} as session nears end",
    ],
    "hearst": [
        "S.F. supervisors clash over {topic}",
        "{place} bets big on {topic}. Will it pay off?",
        "Inside the fight over {topic} in {place}",
        "{org} unveils plan for {topic}",
        "{n} years later, {topic} still divides {place}",
        "Why {topic} has {place} residents fuming",
        "{place} leaders split on {topic}",
        "Here's what {topic} will cost {place} taxpayers",
    ],
}

OPEN = [
    "",
    "",
    "",
    "On Tuesday, ",
    "Earlier this week, ",
    "In a statement, ",
    "According to figures released last month, ",
    "Since the start of the year, ",
    "At a meeting Thursday night, ",
    "For now, ",
    "Despite the objections, ",
    "In a report obtained by reporters, ",
    "Over the past decade, ",
    "By the end of the summer, ",
]
SUBJ = [
    "{org}",
    "residents in {place}",
    "{official}",
    "the neighborhood association",
    "local business owners",
    "a spokesperson for {org}",
    "advocates",
    "several families in {place}",
    "the independent audit",
    "officials in {place}",
    "two senior managers",
    "the union representing workers",
    "a group of parents",
    "the finance committee",
]
PRED = [
    "said the cost of {topic} had risen by about {n} percent",
    "warned that {topic} could take years to resolve",
    "called for an emergency meeting about {topic}",
    "described the decision as a missed opportunity",
    "had been told to expect a decision within weeks",
    "argued that the numbers did not add up",
    "pointed to a shortfall of {n} million dollars",
    "said more public input was needed before any vote",
    "welcomed the extra money but said it came late",
    "raised concerns about the impact on seniors",
    "confirmed that {n} employees had been reassigned",
    "questioned why the plans had been changed at the last minute",
    "said the work would begin in the fall",
    "acknowledged that mistakes had been made",
    "promised a full update at the next public meeting",
    "said complaints about {topic} had doubled",
    "urged people to check the latest guidance online",
    "insisted that safety remained the top priority",
    "said they had been left out of the discussions",
    "estimated that {n} households would be affected",
]
TAIL = [
    ".",
    ".",
    ".",
    " this year.",
    " on Wednesday.",
    " last month.",
    " in {place}.",
    " as a result.",
]
QUOTES = [
    "\u201cWe have listened to people and we will keep listening,\u201d {official} said.",
    "\u201cNobody wanted it to come to this,\u201d said {official}.",
    "\u201cIt is a tough balance, but we think we got it right,\u201d {official} told reporters.",
    "\u201cPeople are tired of hearing promises,\u201d one resident said.",
    "\u201cThis is about the next 20 years, not the next 20 days,\u201d said {official}.",
    "\u201cWe won\u2019t be the last town to deal with this,\u201d {official} said.",
]
SUBHEADS = [
    "What happens next",
    "A long-running dispute",
    "\u2018We feel ignored\u2019",
    "How much will it cost?",
    "The view from the neighborhood",
    "Questions remain",
    "Who is affected",
    "A familiar pattern",
]
CAPTIONS = [
    "Residents gathered outside city hall in {place} ahead of the vote",
    "Work on the site in {place} has been on hold since spring",
    "{official} said the decision was not made lightly",
    "Protesters held signs during a rally about {topic}",
    "The building in {place} has sat empty for several years",
    "Traffic backs up on the main road into {place} during the morning commute",
    "An aerial view of the area affected by {topic}",
    "Volunteers sort donations at a community center in {place}",
]
ROLES = [
    "Mayor",
    "council member",
    "city manager",
    "board president",
    "ward alderman",
    "spokesperson",
    "operations director",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def quoted(rng: random.Random) -> str:
    return f"{rng.choice(Q_FIRST)} {rng.choice(Q_LAST)}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(BY_FIRST)} {rng.choice(BY_LAST)}"


def roster(rng: random.Random, k: int, taken: set[str]) -> list[str]:
    """``k`` reporters of one newsroom, no first or last name shared with another newsroom's."""
    firsts = rng.sample([f for f in BY_FIRST if f not in taken], k)
    taken.update(firsts)
    lasts = rng.sample([la for la in BY_LAST if la not in taken], k)
    taken.update(lasts)
    return [f"{f} {la}" for f, la in zip(firsts, lasts, strict=True)]


def _title_case(s: str) -> str:
    small = {"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "by"}
    words = s.split(" ")
    out = []
    for k, w in enumerate(words):
        if w and w[0].islower() and (k == 0 or w not in small):
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    who = quoted(rng)
    return {
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "official": f"{rng.choice(ROLES)} {who}",
        "n": str(rng.choice([3, 4, 6, 12, 15, 20, 40, 85, 120, 250])),
    }


def fill(frame: str, ctx: dict[str, str]) -> str:
    out = frame
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    for _ in range(400):
        ctx = context(rng, tpl)
        t = _cap(fill(rng.choice(HEAD[tpl]), ctx))
        if tpl == "patch":
            t = _title_case(t)
        if t not in used:
            used.add(t)
            return t, ctx
    raise RuntimeError("headline pool exhausted")


def sentence(rng: random.Random, ctx: dict[str, str]) -> str:
    if rng.random() < 0.15:
        return fill(rng.choice(QUOTES), ctx)
    s = rng.choice(OPEN) + rng.choice(SUBJ) + " " + rng.choice(PRED) + rng.choice(TAIL)
    return _cap(fill(s, ctx))


def paragraphs(rng: random.Random, n: int, ctx: dict[str, str]) -> list[str]:
    """``n`` paragraphs of 1-3 sentences, no sentence twice in a story."""
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        k = rng.randint(1, 3)
        para: list[str] = []
        while len(para) < k:
            s = sentence(rng, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append(" ".join(para))
    return out


def caption(rng: random.Random, ctx: dict[str, str]) -> str:
    return _cap(fill(rng.choice(CAPTIONS), ctx))
