"""English word pools: headlines, body paragraphs and names, combined by a seeded RNG so every
article reads differently."""

from __future__ import annotations

import random

FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Daniel",
    "Priya",
    "Kevin",
    "Laura",
    "Marcus",
    "Elena",
    "Thomas",
    "Rachel",
    "Omar",
    "Hannah",
    "Victor",
    "Grace",
    "Samuel",
    "Natalie",
    "Jorge",
    "Claire",
    "Dev",
]
LAST = [
    "Alvarez",
    "Bennett",
    "Okafor",
    "Whitaker",
    "Nguyen",
    "Castillo",
    "Hughes",
    "Morrison",
    "Delgado",
    "Fitzgerald",
    "Kowalski",
    "Brennan",
    "Sullivan",
    "Park",
    "Reyes",
    "Holloway",
    "Jensen",
    "Abernathy",
    "Lindqvist",
    "Mercado",
]
IN_FIRST = ["Rahul", "Sneha", "Arjun", "Kavya", "Vikram", "Ananya", "Rohit", "Meera", "Siddharth"]
IN_LAST = ["Sharma", "Iyer", "Deshpande", "Reddy", "Banerjee", "Kulkarni", "Menon", "Chauhan"]
ZH_SUR = ["ZHANG", "LI", "WANG", "LIU", "CHEN", "ZHAO", "HUANG", "ZHOU", "WU", "XU", "SUN", "MA"]
ZH_GIVEN = ["WEI", "NA", "YUNBI", "XIAOMIN", "JING", "HAORAN", "YUE", "ZHIHAO", "LIN", "QIAN"]

PLACES = [
    "Riverside County",
    "the city council",
    "Lakewood",
    "the state capitol",
    "Millbrook",
    "the school district",
    "Harbor Point",
    "the county commission",
    "Oak Valley",
    "Eastgate",
]
TOPICS = {
    "arc": [
        "budget talks",
        "the Senate vote",
        "federal grants",
        "the border plan",
        "tax credits",
        "the Pentagon review",
        "drug prices",
        "the election audit",
        "a trade deal",
        "student loans",
        "the FAA inquiry",
        "the climate rule",
    ],
    "blox": [
        "the bond issue",
        "road repairs",
        "the water rate hike",
        "a new library branch",
        "the high school gym",
        "zoning changes",
        "the county fair",
        "a downtown hotel",
        "snow removal costs",
        "the animal shelter",
        "a bridge closure",
        "sheriff staffing",
    ],
    "newspack": [
        "groundwater permits",
        "eviction filings",
        "prison heat",
        "rural hospitals",
        "lead pipes",
        "charter school audits",
        "wildfire insurance",
        "tenant rights",
        "flood buyouts",
        "pesticide drift",
        "the Medicaid unwinding",
        "coal ash ponds",
    ],
    "cnd": [
        "high-speed rail",
        "new energy vehicles",
        "the Belt and Road",
        "rural revitalization",
        "green hydrogen",
        "the silver economy",
        "panda diplomacy",
        "the Yangtze River",
        "consumer spending",
        "AI chips",
        "cross-border e-commerce",
        "the Spring Festival rush",
    ],
    "desk": [
        "the monsoon forecast",
        "metro Line 3",
        "the board exams",
        "UPI payments",
        "the IPL auction",
        "onion prices",
        "the coastal road",
        "a heatwave alert",
        "property tax",
        "the Lok Sabha polls",
        "a startup funding round",
        "airport expansion",
    ],
}
HEAD = [
    "{Who} weighs new limits on {topic} as deadline nears",
    "What {topic} means for {place}, explained",
    "{Who} approves {topic} after heated debate",
    "Residents push back on {topic} plan",
    "Inside the fight over {topic}",
    "{Topic}: officials promise answers by {month}",
    "{Who} delays decision on {topic} again",
    "New data shows {topic} costs rising faster than expected",
    "Why {topic} could reshape {place}",
    "{Topic} stalls as {who} splits",
    "Critics say {topic} leaves families behind",
    "{Who} unveils {topic} overhaul",
    "A year later, {topic} still divides {place}",
    "Five questions about {topic}",
    "{Topic} gets a second look from {who}",
]
WHO = [
    "the legislature",
    "the governor",
    "the regulator",
    "the mayor",
    "the board",
    "the state",
    "the ministry",
    "the court",
    "city leaders",
    "the agency",
]
SENT = [
    "Officials said {topic} would be discussed again at a meeting on {weekday}.",
    "The proposal drew more than {n} public comments, most of them opposed.",
    "\u201cWe have been waiting for this for years,\u201d said {person}, who lives near {place}.",
    "{Person}, a spokesperson for {who}, declined to give a timeline.",
    "The cost estimate has grown to ${n} million since the plan was first floated.",
    "Supporters argue {topic} will pay for itself within a decade.",
    "A report released last month found gaps in how {place} tracks the spending.",
    "Opponents packed the hearing room, and some waited outside for hours.",
    "{Who} voted {a}-{b} to move the measure forward.",
    "Several members said they wanted more detail before a final vote.",
    "\u201cThis is not the end of the conversation,\u201d {person} said.",
    "The figures were compiled from records obtained through a public records request.",
    "Nearby towns have taken different approaches to {topic}.",
    "An independent review is expected to be finished by the end of {month}.",
    "Advocates said the change would affect roughly {n} households.",
    "The agency did not respond to several requests for comment.",
    "Previous attempts to address {topic} collapsed over funding.",
    "Local business owners said the uncertainty has made planning difficult.",
    "Under the plan, the first phase would begin in {month}.",
    "Data from the past five years shows a steady increase in complaints.",
    "{Person} said the community deserved a clearer explanation.",
    "The measure now heads to {who} for a second reading.",
    "Some residents said they learned of the proposal only last week.",
    "Experts cautioned that the numbers could shift as more information comes in.",
    "Attendance at the listening sessions has roughly doubled since January.",
    "The last comparable project took nearly {a} years to complete.",
    "Staff members presented three options, each with a different price tag.",
    "{Person} called the timeline ambitious but achievable.",
]
SUBHEADS = ["What happens next", "The cost question", "A long history", "Who is affected"]
MONTHS = ["April", "May", "June", "July", "September", "October"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def people(rng: random.Random, k: int, avoid: set[str] | None = None) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        p = person(rng)
        if p not in out and p not in (avoid or set()):
            out.append(p)
    return out


def in_person(rng: random.Random) -> str:
    return f"{rng.choice(IN_FIRST)} {rng.choice(IN_LAST)}"


def zh_person(rng: random.Random) -> tuple[str, str]:
    """(as China Daily prints it, as a reader writes it): ("ZHANG WEI", "Zhang Wei")."""
    s, g = rng.choice(ZH_SUR), rng.choice(ZH_GIVEN)
    return f"{s} {g}", f"{s.title()} {g.title()}"


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "who": rng.choice(WHO),
        "month": rng.choice(MONTHS),
    }


def headline(rng: random.Random, ctx: dict[str, str], used: set[str]) -> str:
    while True:
        h = rng.choice(HEAD).format(
            who=ctx["who"],
            Who=ctx["who"][0].upper() + ctx["who"][1:],
            topic=ctx["topic"],
            Topic=ctx["topic"][0].upper() + ctx["topic"][1:],
            place=ctx["place"],
            month=ctx["month"],
        )
        if h not in used:
            used.add(h)
            return h
        ctx = {**ctx, "who": rng.choice(WHO), "month": rng.choice(MONTHS)}


def sentence(rng: random.Random, ctx: dict[str, str]) -> str:
    p = person(rng)
    a = rng.randint(3, 9)
    s = rng.choice(SENT).format(
        topic=ctx["topic"],
        place=ctx["place"],
        who=ctx["who"],
        Who=ctx["who"].capitalize(),
        month=ctx["month"],
        weekday=rng.choice(WEEKDAYS),
        n=rng.randint(12, 980),
        person=p,
        Person=p,
        a=a,
        b=rng.randint(0, a - 1),
    )
    return s


def paragraphs(rng: random.Random, ctx: dict[str, str], n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n):
        para = " ".join(sentence(rng, ctx) for _ in range(rng.randint(2, 4)))
        if para not in out:
            out.append(para)
    return out
