"""Site 35's English word pools: writers' names (kept apart from the people a story quotes),
topics, places and organisations per magazine, headline frames, sentence parts, subheads and
captions."""

from __future__ import annotations

import random

# writers, editors, photographers: the names bylines and credits print
BY_FIRST = [
    "Adrienne",
    "Bartholomew",
    "Cassius",
    "Daphne",
    "Ezra",
    "Florence",
    "Gwendolyn",
    "Hugo",
    "Isadora",
    "Jonah",
    "Katya",
    "Leopold",
    "Maren",
    "Nikolai",
    "Ophelia",
    "Percival",
    "Quincy",
    "Rosalind",
    "Sebastian",
    "Thaddeus",
    "Ursula",
    "Valentina",
    "Wilhelmina",
    "Xavier",
    "Yusuf",
    "Zinnia",
    "Anselm",
    "Beatrix",
    "Cornelius",
    "Dorothea",
    "Evander",
    "Fabienne",
    "Giles",
    "Henrietta",
    "Ignatius",
    "Juniper",
    "Lysander",
    "Minerva",
]
BY_LAST = [
    "Ashcombe",
    "Blackwood",
    "Castellano",
    "Devereux",
    "Eastwick",
    "Fairchild",
    "Gallagher",
    "Hawthorne",
    "Ishikawa",
    "Jablonski",
    "Kingsley",
    "Lowenthal",
    "Montague",
    "Nakamura",
    "Okafor",
    "Pemberton",
    "Quintero",
    "Radcliffe",
    "Sorensen",
    "Templeton",
    "Umberto",
    "Vandermeer",
    "Whitlock",
    "Yarborough",
    "Zielinski",
    "Abernathy",
    "Beauchamp",
    "Crenshaw",
    "Dalrymple",
    "Ellsworth",
    "Fontaine",
    "Greenhalgh",
    "Halvorsen",
    "Iverson",
    "Jankowski",
    "Kowalski",
    "Lindgren",
]

# the people stories quote: never a writer
Q_FIRST = [
    "Marcus",
    "Priya",
    "Derek",
    "Tamsin",
    "Luis",
    "Greta",
    "Omar",
    "Shauna",
    "Raymond",
    "Ingrid",
    "Curtis",
    "Noelle",
    "Desmond",
    "Farah",
    "Victor",
    "Lucille",
    "Harold",
    "Mina",
]
Q_LAST = [
    "Brandt",
    "Okonjo",
    "Whitaker",
    "Salazar",
    "Heywood",
    "Lindqvist",
    "Ferreira",
    "Chowdhury",
    "Maddox",
    "Petrakis",
    "Rinaldi",
    "Stroud",
    "Tanaka",
    "Ulrich",
    "Voss",
    "Ybarra",
]

ROLES = [
    "the economist",
    "the historian",
    "the policy analyst",
    "the venture capitalist",
    "the psychologist",
    "the former official",
    "the researcher",
    "the labor organizer",
]

TOPICS = {
    "atlantic": [
        "American loneliness",
        "the college-admissions arms race",
        "the end of the office",
        "political nostalgia",
        "the new Gilded Age",
        "parenting anxiety",
        "the suburban dream",
        "institutional trust",
        "the attention economy",
        "civic religion",
    ],
    "vox": [
        "the housing shortage",
        "student debt",
        "heat pumps",
        "ranked-choice voting",
        "the minimum wage",
        "AI chatbots",
        "streaming prices",
        "the bird flu",
        "congestion pricing",
        "child care costs",
    ],
    "forbes": [
        "generative AI",
        "remote work",
        "founder burnout",
        "private credit",
        "electric trucks",
        "cybersecurity budgets",
        "retail media",
        "quantum computing",
        "employee retention",
        "the creator economy",
    ],
    "bi": [
        "layoffs at big tech",
        "mortgage rates",
        "Gen Z spending",
        "the return-to-office push",
        "Nvidia's rally",
        "dollar stores",
        "the housing market",
        "airline fees",
        "fast-food prices",
        "the job market",
    ],
    "medium": [
        "deep work",
        "journaling",
        "Python type hints",
        "burnout",
        "learning in public",
        "minimalism",
        "writing every day",
        "side projects",
        "sleep",
        "the Pomodoro technique",
    ],
}
PLACES = [
    "Ohio",
    "Phoenix",
    "Atlanta",
    "the Bay Area",
    "Texas",
    "Minneapolis",
    "Florida",
    "Pittsburgh",
    "Denver",
    "New Jersey",
    "Seattle",
    "Nashville",
]
ORGS = {
    "atlantic": [
        "the Supreme Court",
        "Congress",
        "the Ivy League",
        "the Republican Party",
        "Silicon Valley",
        "the Federal Reserve",
    ],
    "vox": [
        "the Biden administration",
        "the Federal Trade Commission",
        "the CDC",
        "the House",
        "the Senate",
        "the city council",
    ],
    "forbes": [
        "Microsoft",
        "Salesforce",
        "the SEC",
        "Blackstone",
        "the Fortune 500",
        "Sequoia",
    ],
    "bi": ["Amazon", "Google", "Tesla", "Walmart", "the Federal Reserve", "JPMorgan"],
    "medium": [
        "my old manager",
        "my first manager",
        "my favorite productivity app",
        "the startup I joined",
        "my writing group",
        "a failed side project",
    ],
}

HEAD = {
    "atlantic": [
        "The Real Reason Americans Can't Stop Talking About {topic_t}",
        "What {org_t} Gets Wrong About {topic_t}",
        "The Quiet Collapse of {topic_t}",
        "How {topic_t} Became a Culture War",
        "The Case Against {topic_t}",
        "{place} Is a Warning About {topic_t}",
        "Nobody Is Ready for {topic_t}",
        "The Strange Politics of {topic_t}",
        "Why {topic_t} Feels Different This Time",
        "America's {n}-Year Experiment With {topic_t}",
    ],
    "vox": [
        "The surprisingly simple fix for {topic}",
        "Why {topic} is suddenly everywhere",
        "{topic_c}, explained",
        "What {org} is getting wrong about {topic}",
        "{n} charts that explain {topic}",
        "How {place} became ground zero for {topic}",
        "The fight over {topic} is just getting started",
        "Are the new rules on {topic} working? Here's what the data says",
        "The hidden costs of {topic}",
        "Why {org} can't agree on {topic}",
    ],
    "forbes": [
        "{n} Ways {topic_t} Will Reshape Business In 2024",
        "Why {org_t} Is Betting Big On {topic_t}",
        "The Uncomfortable Truth About {topic_t}",
        "What Every CEO Should Know About {topic_t}",
        "How {topic_t} Is Changing The Rules For Leaders",
        "{topic_t} Is Having A Moment. Here's Why",
        "{n} Lessons From {org_t} On {topic_t}",
        "Is {topic_t} Overhyped? The Data Says No",
        "The Next Frontier For {topic_t}",
        "Inside {org_t}'s Plan For {topic_t}",
    ],
    "bi": [
        "{org} is quietly changing how it handles {topic}",
        "I looked into {topic} in {place}. Here's what surprised me.",
        "{n} signs {topic} is about to change",
        "Wall Street is worried about {topic}",
        "Insiders say {org} is rethinking {topic}",
        "Here's why {topic} matters more than you think",
        "Millennials and Gen Z are split over {topic}",
        "{org} just made a big bet on {topic}",
        "The winners and losers of {topic}",
        "Economists warn {topic} could get worse",
    ],
    "medium": [
        "I Tried {topic_t} for {n} Days. Here's What Happened",
        "The Underrated Power of {topic_t}",
        "Stop Overthinking {topic_t}",
        "What {org_t} Taught Me About {topic_t}",
        "{n} Hard Truths About {topic_t}",
        "Why I Quit {topic_t} (and Came Back)",
        "A Beginner's Guide to {topic_t}",
        "{topic_t} Changed How I Work",
        "The Only Rule of {topic_t} You Need",
        "Everything I Wish I Knew About {topic_t}",
    ],
}

OPEN = [
    "",
    "",
    "",
    "For years, ",
    "In {place}, ",
    "By most measures, ",
    "Last spring, ",
    "Still, ",
    "In practice, ",
    "Since the pandemic, ",
    "On paper, ",
    "For now, ",
]
SUBJ = [
    "the debate over {topic}",
    "{org}",
    "everyone close to {topic}",
    "a new kind of critic",
    "the research on {topic}",
    "the evidence on {topic}",
    "much of the country",
    "a growing share of workers",
    "the loudest camp in the fight over {topic}",
    "{official}",
]
PRED = [
    "has shifted in ways few predicted",
    "keeps running into the same problem",
    "looks very different up close",
    "tells a more complicated story than the headlines suggest",
    "has quietly become a test of who we are",
    "rarely gets the attention it deserves",
    "is changing faster than the rules that govern it",
    "reflects a deeper unease about the future",
    "has left {n} percent of respondents unsure what comes next",
    "depends on choices that were made decades ago",
    "is easier to describe than to fix",
    "was never as simple as it seemed",
]
TAIL = [
    ".",
    ".",
    ".",
    ", and that matters.",
    ", at least for now.",
    ", according to a recent survey.",
    " in {place} and beyond.",
    ", which is the point.",
]
QUOTES = [
    "\u201cWe underestimated how quickly {topic} would move,\u201d said {official}.",
    "\u201cNobody wants to admit it, but {topic} is a choice,\u201d {official} told me.",
    "\u201cThe data on {topic} is clearer than people think,\u201d said {official}.",
    "\u201cI kept waiting for someone to fix it,\u201d {official} said of {topic}.",
]
SUBHEADS = [
    "How we got here",
    "What the numbers show",
    "The case for optimism",
    "What comes next",
    "A brief history",
    "Why it matters",
    "The counterargument",
    "The bottom line",
]
CAPTIONS = [
    "A crowd gathers in {place} to protest {topic}.",
    "Demonstrators outside a hearing on {topic} in {place}.",
    "An empty office floor in {place}, one of many affected by {topic}.",
    "{official_c} speaks at a panel on {topic}.",
    "Commuters in {place} on a weekday morning.",
    "A screen showing data on {topic} during a briefing.",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _title(s: str) -> str:
    small = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "with"}
    words = s.split()
    return " ".join(
        w if (k and w in small) or w[:1].isupper() else _cap(w) for k, w in enumerate(words)
    )


def quoted(rng: random.Random) -> str:
    return f"{rng.choice(Q_FIRST)} {rng.choice(Q_LAST)}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(BY_FIRST)} {rng.choice(BY_LAST)}"


def names(rng: random.Random, k: int) -> list[str]:
    """``k`` writers with distinct first and last names."""
    firsts = rng.sample(BY_FIRST, k)
    lasts = rng.sample(BY_LAST, k)
    return [f"{f} {last}" for f, last in zip(firsts, lasts, strict=True)]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    topic = rng.choice(TOPICS[tpl])
    org = rng.choice(ORGS[tpl])
    official = f"{rng.choice(ROLES)} {quoted(rng)}"
    return {
        "topic_t": _title(topic.removeprefix("the "))
        if tpl != "atlantic"
        else ("the " + _title(topic[4:]) if topic.startswith("the ") else _title(topic)),
        "topic_c": _cap(topic),
        "topic": topic,
        "org_t": _title(org)
        if tpl == "forbes" or not org.startswith("the ")
        else "the " + _title(org[4:]),
        "org": org,
        "official_c": _cap(official),
        "official": official,
        "place": rng.choice(PLACES),
        "n": str(rng.choice([3, 4, 5, 7, 10, 12, 30, 40, 50, 100])),
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
        tries = 0
        while len(para) < k and tries < 200:
            tries += 1
            s = sentence(rng, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append(" ".join(para))
    return out


def caption(rng: random.Random, ctx: dict[str, str]) -> str:
    return _cap(fill(rng.choice(CAPTIONS), ctx))
