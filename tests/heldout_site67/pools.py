# ruff: noqa: E501  (sentence frames as written)
"""Word pools for the sixty-seventh held-out site: English-language news of Australia, New
Zealand, Canada, the UK and Ireland (names with macrons, accents and fadas where the country has
them; windows-1252 holds every one of the Irish names)."""

from __future__ import annotations

import random
from typing import Any

from .common import EnPools

FIRST = {
    "abc": ["Jessica", "Liam", "Bridget", "Mitchell", "Chloe", "Declan", "Tahlia", "Lachlan"],
    "stuff": ["Tūī", "Hamish", "Aroha", "Ngaio", "Finn", "Mereana", "Jack", "Kirsty"],
    "cbc": ["Émilie", "Darren", "Priya", "Jean-François", "Kathleen", "Raj", "Shannon", "Marc"],
    "guardian": ["Eleanor", "Rajeev", "Harriet", "Tom", "Aamna", "Oliver", "Frances", "Kiran"],
    "irish": ["Seán", "Aoife", "Ciarán", "Niamh", "Pádraig", "Orla", "Éanna", "Siobhán"],
}
LAST = {
    "abc": ["McGregor", "Nguyen", "O'Brien", "Papadopoulos", "Wilson", "Tran", "Kelly", "Hart"],
    "stuff": ["Kereama", "Rutherford", "Te Huia", "Whaanga", "McKenzie", "Ngata", "Hope", "Ward"],
    "cbc": ["Tremblay", "Gagnon", "Sandhu", "Bouchard", "MacDonald", "Chen", "Wong", "Fournier"],
    "guardian": [
        "Hughes",
        "Syal",
        "Stewart",
        "Ambrose",
        "Walker",
        "Malik",
        "Perkins",
        "Allegretti",
    ],
    "irish": [
        "Ó Riordáin",
        "Ní Bhriain",
        "Mac Cárthaigh",
        "Kenny",
        "O'Halloran",
        "Fitzgerald",
        "Ó Cionnaith",
        "Brennan",
    ],
}


def names(rng: random.Random, tpl: str, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = f"{rng.choice(FIRST[tpl])} {rng.choice(LAST[tpl])}"
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "abc": [
        "western Sydney",
        "the Gold Coast",
        "regional Victoria",
        "Adelaide's north",
        "Hobart",
        "the Pilbara",
    ],
    "stuff": [
        "Auckland's North Shore",
        "Christchurch",
        "the Waikato",
        "Wellington's CBD",
        "Tauranga",
        "Dunedin",
    ],
    "cbc": ["Surrey", "downtown Toronto", "Halifax", "Calgary's northeast", "Winnipeg", "Gatineau"],
    "guardian": [
        "Greater Manchester",
        "south London",
        "Cardiff",
        "Glasgow",
        "the West Midlands",
        "Kent",
    ],
    "irish": ["north Dublin", "Cork city", "Galway", "Limerick", "Co Kerry", "Drogheda"],
}
TOPICS = {
    "abc": [
        "housing affordability",
        "the cost of living",
        "bushfire recovery",
        "school funding",
        "the NDIS",
        "water security",
    ],
    "stuff": [
        "the cost of living",
        "Three Waters",
        "rental prices",
        "hospital waiting lists",
        "road cones",
        "kiwifruit exports",
    ],
    "cbc": [
        "transit funding",
        "the housing crunch",
        "wildfire season",
        "carbon pricing",
        "nurse staffing",
        "rent control",
    ],
    "guardian": [
        "NHS waiting lists",
        "the housing crisis",
        "sewage discharges",
        "council funding",
        "rail strikes",
        "energy bills",
    ],
    "irish": [
        "the housing shortage",
        "hospital trolley numbers",
        "childcare costs",
        "the planning system",
        "energy prices",
        "school places",
    ],
}
BODIES = {
    "abc": [
        "the state government",
        "the federal opposition",
        "the local council",
        "community groups",
    ],
    "stuff": ["the Government", "Auckland Council", "Te Whatu Ora", "the Green Party"],
    "cbc": ["the provincial government", "city council", "the federal government", "the union"],
    "guardian": ["the government", "Labour", "local councils", "the regulator"],
    "irish": ["the Government", "Sinn Féin", "the HSE", "the local authority"],
}
HEAD = [
    "Families in {place} say {topic} is pushing them to breaking point",
    "Pressure mounts on {body} over {topic}",
    "What the latest figures on {topic} mean for {place}",
    "{Body} promises action on {topic} after months of criticism",
    "Residents of {place} demand answers on {topic}",
    "Experts warn {topic} will get worse before it gets better",
    "Inside the fight over {topic} in {place}",
    "New plan for {topic} met with scepticism in {place}",
    "Why {topic} has become the issue nobody in {place} can ignore",
    "{Body} under fire as {topic} dominates debate",
]
FRAMES = [
    "Figures released on Tuesday show {topic} has worsened in {place} for the {n}th consecutive month.",
    "\u201cWe have been asking for help for years and nothing has changed,\u201d one resident of {place} said.",
    "A spokesperson for {body} said the matter was being taken seriously and more detail would follow.",
    "Advocates say about {n} per cent of households in {place} are affected by {topic}.",
    "The announcement follows months of pressure on {body} over {topic}.",
]
OPEN = ["", "", "", "However, ", "Meanwhile, ", "Critics say ", "In a statement, "]
SUBJ = [
    "the council ",
    "local residents ",
    "community leaders ",
    "economists ",
    "the minister ",
    "health workers ",
]
PRED = [
    "have called for urgent reform",
    "said the funding fell well short",
    "warned the situation was deteriorating",
    "welcomed the announcement",
    "questioned how the plan would be paid for",
    "pointed to similar schemes overseas",
    "argued the problem had been years in the making",
    "said they would keep up the pressure",
]
TAIL = [".", ", according to the report.", ", it is understood.", " on Wednesday."]
CAPTIONS = [
    "Residents gathered in {place} to voice their concerns.",
    "A rally over {topic} drew hundreds of people.",
    "The issue of {topic} has dominated local debate.",
    "A street in {place}, where many households are affected.",
]
SUBHEADS = {
    "abc": ["'Nowhere else to go'", "What happens next?"],
    "stuff": ["'It's just not fair'", "Government responds"],
    "cbc": ["Province responds", "'We need action now'"],
    "guardian": ["Pressure on ministers", "A long-running problem"],
    "irish": ["Opposition criticism", "Long-term plan"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    body = rng.choice(BODIES[tpl])
    return {
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "body": body,
        "Body": body[0].upper() + body[1:],
        "n": str(rng.randint(3, 48)),
    }


TPLS = ("abc", "stuff", "cbc", "guardian", "irish")
POOLS = EnPools(
    dict.fromkeys(TPLS, HEAD),
    dict.fromkeys(TPLS, FRAMES),
    CAPTIONS,
    fill,
    (OPEN, SUBJ, PRED, TAIL),
    frame_share=0.35,
    mixed_sep=False,
    tries=400,
)
