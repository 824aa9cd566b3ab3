# ruff: noqa: E501  (sentence frames as written)
"""Word pools for the seventy-first held-out site: US local TV station news (city names of
each station's market; every name fits ISO-8859-1, the charset of Gray's 2019 pages)."""

from __future__ import annotations

import random
from typing import Any

from .common import EnPools

FIRST = [
    "Kayla",
    "Marcus",
    "Brianna",
    "Tyler",
    "Alexis",
    "DeShawn",
    "Megan",
    "Jorge",
    "Ashley",
    "Brandon",
    "Rosa",
    "Cody",
    "Jasmine",
    "Trevor",
    "Lupita",
    "Caleb",
]
LAST = [
    "Hernandez",
    "Whitfield",
    "Nguyen",
    "O'Connor",
    "Washington",
    "Kowalski",
    "Ramírez",
    "Patel",
    "McAllister",
    "Brooks",
    "Jiménez",
    "Sullivan",
    "Okafor",
    "Lindqvist",
    "Tran",
    "Delgado",
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in out:
            out.append(n)
    return out


TOPICS = [
    "a water main break",
    "a string of car break-ins",
    "the school board's budget vote",
    "a proposed property tax hike",
    "a deadly crash on the interstate",
    "road construction delays",
    "a shortage of school bus drivers",
    "a new downtown stadium plan",
    "rising rents",
    "a boil-water advisory",
    "a fire at an apartment complex",
    "a missing-person search",
]
PLACES = [
    "the north side",
    "downtown",
    "the west side",
    "a suburban neighborhood",
    "the east side",
    "the county line",
]
BODIES = [
    "city council",
    "police",
    "the school district",
    "county commissioners",
    "the fire department",
    "the mayor's office",
]
HEAD = [
    "{City} neighbors frustrated over {topic}",
    "{Body} responds to {topic} in {city}",
    "What we know about {topic} in {city}",
    "{City} families react to {topic}",
    "{Body} in {city} under pressure after {topic}",
    "Crews respond to {topic} near {city}",
    "{City} leaders split over {topic}",
    "Residents pack meeting over {topic} in {city}",
    "Timeline: How {topic} unfolded in {city}",
    "'We're fed up': {city} residents speak out on {topic}",
    "{Body} warns {city} drivers about {topic}",
    "New details emerge in {topic} near {city}",
]
FRAMES = [
    "Officials in {city} said the situation near {place} was under control by Wednesday evening.",
    "\u201cWe've never seen anything like this in our neighborhood,\u201d one {city} resident told our crew.",
    "A spokesperson for {body} said more information would be released as it becomes available.",
    "Neighbors said {topic} had been a concern for at least {n} months.",
    "No injuries were reported, according to {body}.",
    "Anyone with information is asked to call the non-emergency line.",
]
OPEN = ["", "", "", "Meanwhile, ", "According to officials, ", "On Tuesday, "]
SUBJ = ["neighbors ", "city leaders ", "police ", "parents ", "business owners ", "crews "]
PRED = [
    "said they want answers",
    "spent hours at the scene",
    "asked drivers to avoid the area",
    "said the repairs could take weeks",
    "called for a public meeting",
    "said they were caught off guard",
    "pointed to years of delays",
    "promised an update later this week",
]
TAIL = [".", ", officials said.", " on Wednesday.", ", according to a news release."]
CAPTIONS = [
    "Crews work at the scene in {place}.",
    "Neighbors gather outside a home in {city}.",
    "A view of the area affected by {topic}.",
    "Police tape blocks a street in {city}.",
]
SUBHEADS = {
    "nexstar": ["What happens next", "'We just want answers'"],
    "sinclair": ["City responds", "What neighbors are saying"],
    "gray": ["What's next", "Community reaction"],
    "hearst": ["'It's scary'", "What officials say"],
    "scripps": ["Timeline", "What you can do"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, city: str) -> dict[str, str]:
    body = rng.choice(BODIES)
    return {
        "city": city,
        "City": city,
        "place": rng.choice(PLACES),
        "topic": rng.choice(TOPICS),
        "body": body,
        "Body": body[0].upper() + body[1:],
        "n": str(rng.randint(2, 18)),
    }


TPLS = ("nexstar", "sinclair", "gray", "hearst", "scripps")
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
