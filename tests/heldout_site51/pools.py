"""Site 51's English word pools for Southeast Asia: reporters' names per paper (kept apart from
the people a story quotes), places, organisations, topics, headline frames, sentence parts,
subheads and captions. All of it invented for this site."""

from __future__ import annotations

import random

BY = {
    "st": (
        ["Ng Wei Kai", "Tay Hong Yi", "Goh Yan Han", "Lim Min Zhang", "Ang Qing", "Chin Soo Fang"],
        ["Kok Yufeng", "Ting Wei Xuan", "Sue-Ann Tan", "Isabelle Liew", "Shabana Begum"],
        ["Judith Tan", "Gena Soh", "Osmond Chia", "Wong Shiying", "Michelle Ng", "Ankita Varma"],
    ),
    "star": (
        ["Fatimah Zainal", "Rahimy Rahim", "Martin Carvalho", "Hana Naz Harun", "Tarrence Tan"],
        ["Sharmila Nair", "Allison Lai", "Jaswinder Kaur", "Ong Han Sean", "Qishin Tariq"],
        ["Yuen Meikeng", "Farik Zolkepli", "Dinesh Kumar Maganathan", "Kang Siew Li"],
    ),
    "inq": (
        [
            "Jane Bautista",
            "Nestor Corrales",
            "Dexter Cabalza",
            "Krixia Subingsubing",
            "Jeannette Andrade",
        ],
        [
            "Marlon Ramos",
            "Luisa Cabato",
            "Zacarian Sarao",
            "Gabriel Pabico Lalu",
            "Kathleen de Villa",
        ],
        [
            "Tina Mendoza",
            "Julie Aurelio",
            "Frances Mangosing",
            "Ryan Rosauro",
            "Delfin Mallari Jr.",
        ],
    ),
    "rap": (
        ["Jairo Bolledo", "Dwight de Leon", "Bonz Magsambol", "Lian Buan", "Mara Cepeda"],
        ["Iya Gozum", "Jodesz Gavilan", "Ralf Rivas", "Joann Manabat", "Sofia Tomacruz"],
        ["Herbie Gomez", "Rommel Rebollido", "John Sitchon", "Kaycee Valmonte"],
    ),
    "vne": (
        ["Hoang Phong", "Minh Nga", "Quynh Nguyen", "Viet Anh", "Thanh Nga", "Dat Nguyen"],
        ["Phan Anh", "Gia Chinh", "Son Ha", "Hai Hien", "Tat Dinh", "Linh Do", "Vu Le"],
        ["Nguyen Quy", "Dang Khoa", "Minh Hoa", "Bao Ngoc", "Long Nguyen", "Pham Nga"],
    ),
}

HANDLES = {  # Inquirer bylines print the reporter's Twitter handle
    "Jane Bautista": "@JBautistaINQ",
    "Nestor Corrales": "@NCorralesINQ",
    "Dexter Cabalza": "@dexcabalza",
    "Krixia Subingsubing": "@krixiasINQ",
    "Jeannette Andrade": "@jeannetteiINQ",
    "Marlon Ramos": "@MRamosINQ",
    "Luisa Cabato": "@inquirerdotnet",
    "Zacarian Sarao": "@zacsaraoINQ",
    "Gabriel Pabico Lalu": "@GabrielLaluINQ",
    "Kathleen de Villa": "@inquirerdotnet",
    "Tina Mendoza": "@inquirerdotnet",
    "Julie Aurelio": "@JMAurelioINQ",
    "Frances Mangosing": "@FMangosingINQ",
    "Ryan Rosauro": "@inquirerdotnet",
    "Delfin Mallari Jr.": "@inquirerdotnet",
}

QUOTED = {
    "st": ["Ong Ye Kung", "Chee Hong Tat", "Grace Fu", "Desmond Lee", "Josephine Teo"],
    "star": ["Fahmi Fadzil", "Anwar Ibrahim", "Anthony Loke", "Nga Kor Ming", "Saifuddin Nasution"],
    "inq": ["Benhur Abalos", "Teodoro Herbosa", "Jonvic Remulla", "Ralph Recto", "Erwin Tulfo"],
    "rap": ["Francis Escudero", "Martin Romualdez", "Risa Hontiveros", "Sara Duterte"],
    "vne": ["Pham Minh Chinh", "Tran Hong Ha", "Le Minh Khai", "Nguyen Chi Dung"],
}
ROLES = {
    "st": [
        "Senior Minister of State",
        "Minister",
        "Acting Minister",
        "Senior Parliamentary Secretary",
    ],
    "star": ["Minister", "Deputy Minister", "Datuk Seri", "state executive councillor"],
    "inq": ["Secretary", "Undersecretary", "Mayor", "Governor"],
    "rap": ["Senator", "Speaker", "Representative", "Vice President"],
    "vne": ["Prime Minister", "Deputy Prime Minister", "Minister", "chairman"],
}
PLACES = {
    "st": [
        "Tampines",
        "Jurong East",
        "Woodlands",
        "Punggol",
        "Bukit Merah",
        "Pasir Ris",
        "Yishun",
        "Toa Payoh",
        "Changi",
    ],
    "star": [
        "Petaling Jaya",
        "Johor Baru",
        "Penang",
        "Ipoh",
        "Kota Kinabalu",
        "Kuching",
        "Shah Alam",
        "Melaka",
        "Seremban",
    ],
    "inq": [
        "Quezon City",
        "Manila",
        "Cebu",
        "Davao City",
        "Pasig",
        "Iloilo",
        "Caloocan",
        "Baguio",
        "Zamboanga",
    ],
    "rap": [
        "Bacolod",
        "Cagayan de Oro",
        "Tacloban",
        "Negros Occidental",
        "Marawi",
        "Legazpi",
        "General Santos",
        "Palawan",
    ],
    "vne": [
        "Hanoi",
        "Ho Chi Minh City",
        "Da Nang",
        "Hai Phong",
        "Can Tho",
        "Quang Ninh",
        "Khanh Hoa",
        "Binh Duong",
        "Lam Dong",
    ],
}
ORGS = {
    "st": [
        "the Land Transport Authority",
        "the Housing Board",
        "the Ministry of Health",
        "PUB",
        "the National Environment Agency",
        "the Monetary Authority of Singapore",
    ],
    "star": [
        "the Health Ministry",
        "Bank Negara",
        "the MACC",
        "Tenaga Nasional",
        "the Education Ministry",
        "the Road Transport Department",
    ],
    "inq": [
        "the DPWH",
        "the MMDA",
        "the Department of Health",
        "the DepEd",
        "the PNP",
        "the Bangko Sentral",
    ],
    "rap": [
        "the Commission on Elections",
        "the Senate",
        "the House of Representatives",
        "the Department of Agriculture",
        "the Ombudsman",
        "the DSWD",
    ],
    "vne": [
        "the Ministry of Transport",
        "the State Bank of Vietnam",
        "EVN",
        "the Ministry of Health",
        "the city People's Committee",
        "the General Statistics Office",
    ],
}
TOPICS = {
    "st": [
        "COE prices",
        "the new MRT line",
        "dengue cases",
        "HDB resale flats",
        "the heatwave",
        "ride-hailing fares",
        "the Budget",
        "CPF payouts",
    ],
    "star": [
        "the fuel subsidy",
        "flash floods",
        "the cooking gas shortage",
        "the minimum wage",
        "dengue cases",
        "the toll rates",
        "the SST",
        "school bullying",
    ],
    "inq": [
        "the jeepney modernization",
        "rice prices",
        "the heat index",
        "the flood control projects",
        "the dengue outbreak",
        "the power outage",
        "the Edsa busway",
        "POGO operations",
    ],
    "rap": [
        "the confidential funds",
        "the rice tariff",
        "the Charter change push",
        "the drug war probe",
        "the teachers' pay",
        "the West Philippine Sea",
        "the budget insertions",
        "the fishermen's ban",
    ],
    "vne": [
        "the power shortage",
        "gold prices",
        "the Long Thanh airport",
        "saltwater intrusion",
        "the North-South expressway",
        "durian exports",
        "the heatwave",
        "property bonds",
    ],
}

HEAD = {
    "st": [
        "{org} to review {topic} after surge in complaints",
        "{place} residents hit by {topic}: What you need to know",
        "Askst: How will {topic} affect me?",
        "More help for households as {topic} bite in {place}",
        "Parliament: {org} defends handling of {topic}",
        "{topic} ease for the first time in {n} months",
        "Man arrested in {place} over incident linked to {topic}",
    ],
    "star": [
        "{org} steps in as {topic} worsens in {place}",
        "{official} vows action over {topic}",
        "{place} traders feel the pinch from {topic}",
        "Govt mulls changes to {topic}, says {official}",
        "{n} families in {place} affected by {topic}",
        "Cops probe {topic} claims in {place}",
        "Rakyat urged to stay calm over {topic}",
    ],
    "inq": [
        "{org} eyes stricter rules on {topic}",
        "{place} folk brace for {topic}",
        "{official} orders probe into {topic}",
        "{n} hurt in {place} as {topic} turns chaotic",
        "Senators seek answers on {topic}",
        "{org} sounds alarm over {topic} in {place}",
        "Palace: No let-up on {topic}",
    ],
    "rap": [
        "{official} grilled over {topic}",
        "What we know so far about {topic}",
        "In {place}, {topic} leaves farmers in limbo",
        "{org} under fire for {topic}",
        "FAST FACTS: {topic} explained",
        "Lawmakers split on {topic} as hearings resume",
        "{place} groups file petition against {topic}",
    ],
    "vne": [
        "{place} tightens control over {topic}",
        "{org} proposes overhaul of {topic}",
        "Vietnam's {topic} hit {n}-year high",
        "{place} residents struggle amid {topic}",
        "Foreign investors eye {place} despite {topic}",
        "{official} calls for faster action on {topic}",
        "Why {topic} worry businesses in {place}",
    ],
}

OPEN = [
    "",
    "",
    "",
    "On Tuesday, ",
    "Earlier this week, ",
    "According to officials, ",
    "In a statement, ",
    "Last year, ",
    "Since January, ",
]
SUBJ = [
    "{org}",
    "residents of {place}",
    "{official}",
    "business owners in {place}",
    "analysts",
    "the authorities",
    "commuters",
    "opposition lawmakers",
    "community leaders in {place}",
    "a spokesman for {org}",
]
PRED = [
    "said the measures on {topic} would be reviewed by the end of the month",
    "warned that {topic} could drag on for several more weeks",
    "noted that about {n},000 people had been affected so far",
    "called for clearer guidelines on {topic}",
    "said more manpower would be deployed in {place}",
    "pointed to a sharp rise in complaints about {topic}",
    "urged the public not to spread unverified claims online",
    "added that a task force had been set up to study the problem",
    "said funding of {n} million had been set aside for the effort",
    "described the situation in {place} as manageable",
    "expected the figures to improve in the second half of the year",
    "raised concerns over how the rules would be enforced",
    "said checks had been stepped up at several sites",
    "welcomed the move but said it had come too late",
]
TAIL = [
    ".",
    ".",
    ".",
    ", citing preliminary figures.",
    ", in a briefing to reporters.",
    ", adding that talks were ongoing.",
    " on Wednesday.",
]
QUOTES = [
    '"We are monitoring the situation closely and will act quickly if needed," said {official}.',
    '"This is not something that can be solved overnight," {official} told reporters.',
    '"Our priority is the safety of residents in {place}," a spokesman for {org} said.',
    '"We hope the public will bear with us," {official} added.',
]
SUBHEADS = ["What happens next", "Concerns from residents", "Costs and funding", "Background"]
CAPTIONS = [
    "Commuters during the morning rush hour in {place}",
    "Workers at a site in {place} on May {day}",
    "{official} speaking to the media on May {day}",
    "Residents queue at a community centre in {place}",
    "An aerial view of {place}",
    "Officers inspect the area in {place}",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def names(rng: random.Random, tpl: str, k: int) -> list[str]:
    pool = [n for group in BY[tpl] for n in group]
    return rng.sample(pool, k)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "official": f"{rng.choice(ROLES[tpl])} {rng.choice(QUOTED[tpl])}",
        "n": str(rng.choice([3, 4, 6, 12, 15, 20, 40, 85, 120])),
    }


def fill(frame: str, ctx: dict[str, str]) -> str:
    out = frame
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def _headcase(t: str) -> str:
    t = _cap(t)
    head, found, rest = t.partition(": ")
    if found and len(head) < 30:
        t = head + ": " + _cap(rest)
    return t


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    for _ in range(500):
        ctx = context(rng, tpl)
        bare = {k: v.removeprefix("the ") for k, v in ctx.items()}
        t = _headcase(fill(rng.choice(HEAD[tpl]), bare))
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


def caption(rng: random.Random, ctx: dict[str, str], day: int) -> str:
    return _cap(fill(rng.choice(CAPTIONS), {**ctx, "day": str(day)}))


def slug(title: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in title)
    return "-".join(p for p in out.split("-") if p)[:80].strip("-")
