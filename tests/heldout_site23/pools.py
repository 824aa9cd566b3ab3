"""Site 23's English word pools: names, places, headline frames per template, sentence parts,
subheads and picture captions (the shared pools in heldout_gen are Chinese)."""

from __future__ import annotations

import random

FIRST = [
    "Helen",
    "Marcus",
    "Priya",
    "Tom",
    "Aisha",
    "Daniel",
    "Sofia",
    "Liam",
    "Grace",
    "Omar",
    "Rachel",
    "Ben",
    "Fatima",
    "Hugo",
    "Nadia",
    "Patrick",
    "Chloe",
    "Samir",
    "Eleanor",
    "Kwame",
    "Imogen",
    "Rafael",
    "Ingrid",
    "Tariq",
    "Bronwyn",
    "Declan",
    "Mei",
    "Callum",
    "Yasmin",
    "Felix",
    "Harriet",
    "Joel",
    "Leila",
    "Stuart",
    "Anika",
    "Brendan",
    "Maeve",
    "Dominic",
    "Zara",
    "Gareth",
]
LAST = [
    "Whitfield",
    "Okafor",
    "Raman",
    "Castellano",
    "Brennan",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Fitzgerald",
    "Nakamura",
    "Osei",
    "Kowalski",
    "Pereira",
    "Ashworth",
    "McAllister",
    "Devlin",
    "Sandoval",
    "Thornton",
    "Albrecht",
    "Mensah",
    "Gallagher",
    "Farouk",
    "Quigley",
    "Rasmussen",
    "Delacroix",
    "Hollis",
    "Varga",
    "Trevelyan",
    "Abiodun",
    "Sorensen",
    "Kilbride",
    "Marchetti",
    "Penhaligon",
    "Iqbal",
    "Wojcik",
    "Beaumont",
    "Carrington",
    "Nyberg",
    "Oduya",
    "Lockhart",
]

CITIES = {
    "guardian": ["London", "Manchester", "Glasgow", "Cardiff", "Belfast", "Leeds", "Bristol"],
    "reuters": ["LONDON", "PARIS", "BERLIN", "BRUSSELS", "FRANKFURT", "MADRID", "ROME", "WARSAW"],
    "aljazeera": ["Doha", "Beirut", "Nairobi", "Khartoum", "Istanbul", "Islamabad", "Amman"],
    "substack": ["Boston", "Chicago", "Philadelphia", "Baltimore", "Pittsburgh", "Hartford"],
    "couriermail": ["Brisbane", "Townsville", "Cairns", "Toowoomba", "Ipswich", "Mackay"],
}
ORGS = {
    "guardian": ["the NHS", "Ofsted", "the Treasury", "the Home Office", "Network Rail", "Ofwat"],
    "reuters": ["the ECB", "the European Commission", "Eurostat", "the Bundesbank", "OPEC"],
    "aljazeera": ["the UN", "the African Union", "the World Food Programme", "UNHCR", "the WHO"],
    "substack": ["the city council", "the transit authority", "the school board", "the utility"],
    "couriermail": ["Queensland Health", "the LNP", "Brisbane City Council", "Queensland Police"],
}
TOPICS = {
    "guardian": [
        "housing",
        "rail strikes",
        "water bills",
        "GP waiting lists",
        "tuition fees",
        "energy prices",
        "knife crime",
        "school budgets",
        "river pollution",
        "rents",
    ],
    "reuters": [
        "bond yields",
        "inflation",
        "gas prices",
        "car exports",
        "bank lending",
        "wage growth",
        "chip subsidies",
        "carbon permits",
        "wheat futures",
        "tariffs",
    ],
    "aljazeera": [
        "ceasefire talks",
        "aid convoys",
        "floods",
        "drought",
        "elections",
        "refugee returns",
        "fuel shortages",
        "border crossings",
        "protests",
        "cholera",
    ],
    "substack": [
        "zoning",
        "bus routes",
        "property taxes",
        "bike lanes",
        "library hours",
        "school funding",
        "public housing",
        "parking",
        "stormwater",
        "broadband",
    ],
    "couriermail": [
        "youth crime",
        "the Olympics",
        "hospital ramping",
        "toll roads",
        "cyclones",
        "housing approvals",
        "koala habitat",
        "the Gabba",
        "train services",
        "schools",
    ],
}

HEAD = {
    "guardian": [
        "Ministers accused of ignoring warnings over {topic} in {city}",
        "{org} faces legal challenge over {topic} as costs soar",
        "Revealed: {num} families hit by {topic} crisis in {city}",
        "‘We were never told’: residents in {city} speak out on {topic}",
        "Labour pledges overhaul of {topic} rules after {org} report",
        "{topic_cap} in England worst for a decade, figures show",
        "Campaigners in {city} win fight over {topic} after three years",
    ],
    "reuters": [
        "Euro zone {topic} rise more than expected in April",
        "{org} signals caution on {topic} as growth stalls",
        "Exclusive: {org} weighs new curbs on {topic}, sources say",
        "German {topic} slump deepens, adding to recession fears",
        "{topic_cap} hit {num}-month high as traders eye {org}",
        "Analysis: Why {topic} could test {org} this summer",
        "{org} to review {topic} after {city} talks stall",
    ],
    "aljazeera": [
        "{topic_cap} in {city}: What we know so far",
        "{org} warns of worsening {topic} as thousands flee",
        "Photos: {topic} leave families stranded near {city}",
        "‘No one is coming’: {topic} deepen hardship around {city}",
        "{org} calls for urgent action on {topic} after {num} deaths",
        "Explainer: How {topic} reshaped politics in the region",
        "{num} killed as {topic} spread beyond {city}",
    ],
    "substack": [
        "What the {topic} vote actually means for {city}",
        "The quiet fight over {topic} nobody is covering",
        "Notes from the {topic} hearing, and what comes next",
        "Five charts that explain {topic} in {city}",
        "Why I changed my mind about {topic}",
        "A reader asked about {topic}. Here is the long answer",
        "{topic_cap}: the {num}-page report, read so you don't have to",
    ],
    "couriermail": [
        "Qld Election 2024: LNP promises crackdown on {topic} in {city}",
        "Revealed: {num} suburbs hit hardest by {topic}",
        "{org} under fire as {topic} blowout hits {city}",
        "‘It’s a disgrace’: {city} locals fume over {topic}",
        "Huge shake-up to {topic} as {org} bows to pressure",
        "{topic_cap}: the {num} numbers every Queenslander needs to know",
        "Fury in {city} after {topic} plan quietly shelved",
    ],
}

OPEN = [
    "On Wednesday,",
    "According to figures seen by reporters,",
    "Earlier this week,",
    "In a statement,",
    "Speaking after the meeting,",
    "By late afternoon,",
    "For many residents,",
    "Behind closed doors,",
    "Over the past year,",
    "In the weeks before the announcement,",
    "At a briefing,",
    "Despite repeated assurances,",
    "Privately,",
    "Since January,",
]
SUBJ = [
    "officials",
    "local leaders",
    "the committee",
    "economists",
    "campaigners",
    "the minister",
    "a senior source",
    "opposition figures",
    "analysts",
    "union representatives",
    "doctors",
    "parents",
    "business owners",
    "the regulator",
    "aid workers",
    "councillors",
]
PRED = [
    "said the figures were worse than forecast",
    "warned that costs would keep rising",
    "called for an independent review",
    "described the situation as unsustainable",
    "urged {org} to publish its data",
    "said {num} people had been affected",
    "admitted the timetable had slipped",
    "pointed to delays stretching back years",
    "said they expected further talks next month",
    "questioned whether the money would arrive",
    "said {topic} had become the main concern",
    "argued that the plan ignored smaller towns",
    "accused {org} of moving too slowly",
    "said the decision was taken without consultation",
    "noted that similar schemes had failed elsewhere",
    "said the numbers around {city} were the highest on record",
]
TAIL = [
    "",
    ", a claim that was disputed",
    ", according to people familiar with the matter",
    " before the vote",
    ", though details remain unclear",
    " in the days that followed",
    ", a spokesperson confirmed",
    " as pressure mounted",
    " after weeks of uncertainty",
]
QUOTES = [
    "“We have been raising this for years and nobody listened,” {person} said.",
    "“This is not the end of the matter,” said {person}, who has followed the case closely.",
    "“People deserve a straight answer,” {person} told reporters.",
    "“The numbers simply do not add up,” {person} said in an interview.",
    "“We will keep pushing until something changes,” said {person}.",
]
SUBHEADS = [
    "How it began",
    "What happens next",
    "The cost",
    "A pattern of delays",
    "Reaction",
    "The wider picture",
    "Inside the numbers",
    "Warnings ignored",
]
CAPTIONS = [
    "Residents gather outside the town hall in {city} on {weekday}.",
    "{person} speaks to reporters in {city}.",
    "Traffic backs up on the main road into {city} during the morning peak.",
    "Protesters hold placards calling for action on {topic}.",
    "Workers inspect the site on the outskirts of {city}.",
    "A view of the harbour in {city}, where the plan would take effect.",
    "Volunteers unload supplies at a community centre in {city}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def names(rng: random.Random, k: int) -> list[str]:
    """``k`` different people (no first or last name shared, so no name hides in another)."""
    firsts = rng.sample(FIRST, k)
    lasts = rng.sample(LAST, k)
    return [f"{f} {s}" for f, s in zip(firsts, lasts, strict=True)]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    topic = rng.choice(TOPICS[tpl])
    return {
        "topic": topic,
        "topic_cap": topic[:1].upper() + topic[1:],
        "city": rng.choice(CITIES[tpl]).title() if tpl == "reuters" else rng.choice(CITIES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "num": str(rng.randint(3, 90)),
        "weekday": rng.choice(WEEKDAYS),
    }


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    out = frame.format(person=person(rng), **ctx)
    return out[:1].upper() + out[1:]


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    for _ in range(500):
        ctx = context(rng, tpl)
        t = fill(rng, rng.choice(HEAD[tpl]), ctx)
        if t not in used:
            used.add(t)
            return t, ctx
    raise RuntimeError("headline pool exhausted")


def sentence(rng: random.Random, ctx: dict[str, str]) -> str:
    if rng.random() < 0.15:
        return fill(rng, rng.choice(QUOTES), ctx)
    frame = f"{rng.choice(OPEN)} {rng.choice(SUBJ)} {rng.choice(PRED)}{rng.choice(TAIL)}."
    return fill(rng, frame, ctx)


def paragraphs(rng: random.Random, n: int, ctx: dict[str, str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        k = rng.randint(1, 2) if n <= 2 else rng.randint(1, 3)
        para: list[str] = []
        while len(para) < k:
            s = sentence(rng, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append(" ".join(para))
    return out


def caption(rng: random.Random, ctx: dict[str, str]) -> str:
    return fill(rng, rng.choice(CAPTIONS), ctx)
