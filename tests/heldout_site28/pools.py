"""Site 28's English word pools: reporters' names (kept apart from the people a story quotes),
places and organisations per publisher, headline frames, sentence parts, subheads and captions."""

from __future__ import annotations

import random

# reporters, editors, hosts: the names bylines print
BY_FIRST = [
    "Alison",
    "Bethan",
    "Caroline",
    "Darren",
    "Eilidh",
    "Fergus",
    "Gemma",
    "Harriet",
    "Imran",
    "Joanna",
    "Kieran",
    "Lowri",
    "Morag",
    "Niall",
    "Orla",
    "Phoebe",
    "Rhys",
    "Saoirse",
    "Tobias",
    "Verity",
    "Wendell",
    "Yvonne",
    "Ashok",
    "Brianna",
    "Cedric",
    "Delphine",
    "Emeka",
    "Francine",
    "Gideon",
    "Hollis",
    "Ines",
    "Jasper",
    "Kendra",
    "Lucian",
    "Marisol",
    "Nathaniel",
    "Odette",
    "Perrin",
]
BY_LAST = [
    "Abernethy",
    "Bellamy",
    "Carrick",
    "Dunmore",
    "Ellwood",
    "Fairbairn",
    "Greaves",
    "Hollingsworth",
    "Iredale",
    "Jessop",
    "Kilbride",
    "Lockhart",
    "Marchetti",
    "Northcott",
    "Ormerod",
    "Pennington",
    "Quayle",
    "Rushworth",
    "Stainton",
    "Thackeray",
    "Underhill",
    "Vance",
    "Wetherby",
    "Yardley",
    "Ashdown",
    "Brannigan",
    "Calloway",
    "Delacroix",
    "Everly",
    "Featherstone",
    "Galbraith",
    "Holloway",
    "Ingersoll",
    "Jaramillo",
    "Kettering",
    "Lindqvist",
    "Mulcahy",
    "Nairn",
    "Oyelaran",
    "Prendergast",
]

# the people stories quote: never a reporter
Q_FIRST = [
    "Margaret",
    "Trevor",
    "Sandra",
    "Graham",
    "Lorraine",
    "Neville",
    "Pauline",
    "Clive",
    "Denise",
    "Malcolm",
    "Yolanda",
    "Rodney",
    "Bernadette",
    "Wayne",
    "Colleen",
    "Desmond",
    "Hinemoa",
    "Tane",
    "Aroha",
    "Wiremu",
    "Rosalind",
    "Lamar",
    "Tamika",
    "Everett",
]
Q_LAST = [
    "Pickering",
    "Oduya",
    "Whitcombe",
    "Barraclough",
    "Fenwick",
    "Mbeki",
    "Sutcliffe",
    "Tremblay",
    "Gagnon",
    "Lachance",
    "Ngata",
    "Parata",
    "Tuhoe",
    "Kowalczyk",
    "Delgado",
    "Washburn",
    "Hargreaves",
    "Okonkwo",
    "Villeneuve",
    "Cartwright",
    "Fairweather",
    "Ramsbottom",
    "Tipene",
    "Beaulieu",
]

PLACES = {
    "bbc": [
        "Manchester",
        "Stockport",
        "Salford",
        "Bolton",
        "Oldham",
        "Wigan",
        "Rochdale",
        "Leeds",
        "Bradford",
        "Sheffield",
    ],
    "npr": [
        "Phoenix",
        "Atlanta",
        "Milwaukee",
        "Pittsburgh",
        "Albuquerque",
        "Des Moines",
        "Charlotte",
        "Sacramento",
        "Tulsa",
        "Boise",
    ],
    "kcstar": [
        "Kansas City",
        "Overland Park",
        "Olathe",
        "Independence",
        "Lee's Summit",
        "Lenexa",
        "Shawnee",
        "Liberty",
        "Raytown",
        "Blue Springs",
    ],
    "citizen": [
        "Ottawa",
        "Kanata",
        "Orléans",
        "Barrhaven",
        "Gatineau",
        "Nepean",
        "Stittsville",
        "Manotick",
        "Vanier",
        "Gloucester",
    ],
    "stuff": [
        "Wellington",
        "Christchurch",
        "Tauranga",
        "Hamilton",
        "Dunedin",
        "Whanganui",
        "Ōtaki",
        "Nelson",
        "Palmerston North",
        "Napier",
    ],
}

ORGS = {
    "bbc": [
        "the city council",
        "Greater Manchester Combined Authority",
        "the local NHS trust",
        "Transport for Greater Manchester",
        "the Environment Agency",
        "the county's police force",
    ],
    "npr": [
        "the state legislature",
        "the Department of Education",
        "the Federal Emergency Management Agency",
        "the county health department",
        "the Environmental Protection Agency",
        "the city's school board",
    ],
    "kcstar": [
        "the Kansas City Council",
        "the Jackson County Legislature",
        "the Johnson County Commission",
        "KCATA",
        "the Missouri Department of Transportation",
        "the Unified Government",
    ],
    "citizen": [
        "Ottawa city council",
        "OC Transpo",
        "the Ottawa Police Service",
        "the National Capital Commission",
        "the Ottawa-Carleton District School Board",
        "Ottawa Public Health",
    ],
    "stuff": [
        "the regional council",
        "Waka Kotahi",
        "Te Whatu Ora",
        "the district council",
        "Kāinga Ora",
        "the Ministry of Education",
    ],
}

TOPICS = {
    "bbc": [
        "bus franchising",
        "pothole repairs",
        "a new tram line",
        "hospital waiting lists",
        "flood defences",
        "library closures",
        "school places",
        "a town centre revamp",
    ],
    "npr": [
        "student loan relief",
        "wildfire smoke",
        "rural hospitals",
        "a heat wave",
        "voter rolls",
        "broadband subsidies",
        "drinking water",
        "child care costs",
    ],
    "kcstar": [
        "a new downtown stadium",
        "property tax bills",
        "the streetcar extension",
        "a water main break",
        "the airport terminal",
        "school bus routes",
        "homeless shelters",
        "a light rail study",
    ],
    "citizen": [
        "LRT delays",
        "the Lansdowne plan",
        "a snow-clearing budget",
        "ByWard Market safety",
        "Greenbelt housing",
        "paramedic response times",
        "a new hospital campus",
        "Sens arena talks",
    ],
    "stuff": [
        "a rates rise",
        "the water reforms",
        "a cyclone clean-up",
        "school lunches",
        "a housing consent backlog",
        "the ferry replacement",
        "a measles outbreak",
        "speed limit changes",
    ],
}

HEAD = {
    "bbc": [
        "{place} residents react as {org} backs plan for {topic}",
        "Concerns raised over {topic} in {place}",
        "{place} family says {topic} has left them 'in limbo'",
        "Campaigners in {place} win fight over {topic}",
        "Council in {place} defends spending on {topic}",
        "{n} jobs at risk as {place} firm enters administration",
        "Plans for {topic} in {place} approved despite objections",
        "Why {topic} is dividing opinion in {place}",
        "Inquiry ordered into {topic} after {place} complaints",
        "{place} man jailed after {n}-mile police chase",
    ],
    "npr": [
        "How {topic} is reshaping life in {place}",
        "In {place}, a fight over {topic} heads to court",
        "{n} states are rethinking {topic}. Here's why",
        "What to know about {topic} as deadlines loom",
        "Families in {place} say {topic} has upended their plans",
        "A new study links {topic} to {n} extra hospital visits",
        "Why {place} officials are betting on {topic}",
        "The quiet fight over {topic} in {place}",
        "Lawmakers push back as {org} moves on {topic}",
        "For workers in {place}, {topic} is a daily worry",
    ],
    "kcstar": [
        "{place} leaders delay vote on {topic} after packed hearing",
        "What we know about {topic} in {place}",
        "{place} residents could pay more for {topic}, officials say",
        "Why {org} wants {n} million dollars for {topic}",
        "{place} neighbors fear {topic} will bring more traffic",
        "Audit questions how {org} handled {topic}",
        "Timeline slips again for {topic} in {place}",
        "{n} things to know before the vote on {topic}",
        "‘We were never told’: {place} families push back on {topic}",
        "{org} approves plan for {topic} in {place}",
    ],
    "citizen": [
        "{place} councillor calls for audit of {topic}",
        "Opinion: What {topic} says about {place}",
        "{org} warns of {n}-month wait over {topic}",
        "{place} residents divided on {topic}",
        "City staff recommend changes to {topic} after review",
        "Transit users in {place} fed up with {topic}",
        "{n} per cent of {place} homes affected by {topic}, report finds",
        "What's next for {topic} after committee vote",
        "{org} apologizes over {topic}",
        "Council approves {topic} for {place} in split vote",
    ],
    "stuff": [
        "{place} ratepayers face bill for {topic}",
        "{org} under fire over {topic} in {place}",
        "‘It’s not good enough’: {place} locals slam {topic}",
        "{n} homes in {place} caught up in {topic}",
        "Government confirms changes to {topic}",
        "{place} mayor wants answers on {topic}",
        "Delays to {topic} leave {place} in the lurch",
        "The real cost of {topic} for {place}",
        "{org} pauses {topic} after {place} backlash",
        "Live: {place} braces for {topic} decision",
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
    "At a meeting on Thursday evening, ",
    "For now, ",
    "Despite the objections, ",
    "In a report seen by reporters, ",
    "Over the past decade, ",
    "By the end of the summer, ",
]
SUBJ = [
    "{org}",
    "residents in {place}",
    "{official}",
    "the opposition group",
    "local business owners",
    "a spokesperson for {org}",
    "campaigners",
    "several families in {place}",
    "the independent review",
    "officials in {place}",
    "two senior managers",
    "the union representing staff",
    "a group of parents",
    "the finance committee",
]
PRED = [
    "said the cost of {topic} had risen by about {n} per cent",
    "warned that {topic} could take years to resolve",
    "called for an urgent meeting about {topic}",
    "described the decision as a missed opportunity",
    "had been told to expect a decision within weeks",
    "argued that the figures did not add up",
    "pointed to a shortfall of {n} million",
    "said more consultation was needed before any vote",
    "welcomed the extra money but said it came late",
    "raised concerns about the impact on older people",
    "confirmed that {n} staff had been moved to other roles",
    "questioned why the plans had been changed at short notice",
    "said the work would begin in the autumn",
    "admitted that mistakes had been made",
    "promised a full update at the next public meeting",
    "said complaints about {topic} had doubled",
    "urged people to check the latest advice online",
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
    "“We have listened to people and we will keep listening,” {official} said.",
    "“Nobody wanted it to come to this,” said {official}.",
    "“It is a difficult balance, but we think we have got it right,” {official} told reporters.",
    "“People are tired of hearing promises,” one resident said.",
    "“This is about the next twenty years, not the next twenty days,” said {official}.",
    "“We will not be the last town to face this,” {official} said.",
]
SUBHEADS = [
    "What happens next?",
    "A long-running dispute",
    "‘We feel ignored’",
    "How much will it cost?",
    "The view from the street",
    "Questions remain",
    "Who is affected",
    "A familiar pattern",
]
CAPTIONS = [
    "Residents gathered outside the town hall in {place} ahead of the vote",
    "Work on the site in {place} has been halted since the spring",
    "{official} said the decision had not been taken lightly",
    "Campaigners held placards at a protest about {topic}",
    "The building in {place} has stood empty for several years",
    "Traffic queues on the main road into {place} during the morning rush",
    "An aerial view of the area affected by {topic}",
    "Volunteers sorting donations at a community centre in {place}",
]
ROLES = [
    "council leader",
    "deputy mayor",
    "chief executive",
    "committee chair",
    "ward councillor",
    "spokesperson",
    "operations director",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def quoted(rng: random.Random) -> str:
    return f"{rng.choice(Q_FIRST)} {rng.choice(Q_LAST)}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(BY_FIRST)} {rng.choice(BY_LAST)}"


def names(rng: random.Random, k: int) -> list[str]:
    """``k`` reporters with distinct first and last names."""
    firsts = rng.sample(BY_FIRST, k)
    lasts = rng.sample(BY_LAST, k)
    return [f"{f} {last}" for f, last in zip(firsts, lasts, strict=True)]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    who = quoted(rng)
    return {
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "official": f"{rng.choice(ROLES)} {who}",
        "n": str(rng.choice([3, 4, 6, 12, 15, 20, 40, 85, 120, 250])),
    }


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    out = frame
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    for _ in range(400):
        ctx = context(rng, tpl)
        t = _cap(fill(rng, rng.choice(HEAD[tpl]), ctx))
        if t not in used:
            used.add(t)
            return t, ctx
    raise RuntimeError("headline pool exhausted")


def sentence(rng: random.Random, ctx: dict[str, str]) -> str:
    if rng.random() < 0.15:
        return fill(rng, rng.choice(QUOTES), ctx)
    s = rng.choice(OPEN) + rng.choice(SUBJ) + " " + rng.choice(PRED) + rng.choice(TAIL)
    return _cap(fill(rng, s, ctx))


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
    return _cap(fill(rng, rng.choice(CAPTIONS), ctx))
