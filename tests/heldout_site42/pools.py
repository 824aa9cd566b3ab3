"""Site 42's English word pools for South Asia, the Gulf and East Africa: reporters' names per
paper (kept apart from the people a story quotes), places, organisations, topics, headline frames,
sentence parts, subheads, captions and key points. All of it invented for this site."""

from __future__ import annotations

import random

# reporters: given names and surnames per paper; The Hindu also prints initials ("K. Lakshmi",
# "Meenakshi R.")
BY = {
    "hindu": (
        [
            "Lakshmi",
            "Aravind",
            "Ramya",
            "Sudhir",
            "Janani",
            "Karthik",
            "Meenakshi",
            "Naveen",
            "Priyadarshini",
            "Harish",
            "Deepa",
            "Srinath",
        ],
        [
            "Iyer",
            "Menon",
            "Rao",
            "Nair",
            "Reddy",
            "Pillai",
            "Krishnan",
            "Hegde",
            "Subramanian",
            "Varadarajan",
            "Chandran",
            "Raghavan",
        ],
    ),
    "dawn": (
        [
            "Imran",
            "Faiza",
            "Tariq",
            "Sana",
            "Kashif",
            "Ayesha",
            "Waqar",
            "Nadia",
            "Hasan",
            "Mehreen",
            "Shakeel",
            "Rabia",
        ],
        [
            "Qureshi",
            "Siddiqui",
            "Abbasi",
            "Chaudhry",
            "Gilani",
            "Hashmi",
            "Baloch",
            "Khattak",
            "Memon",
            "Soomro",
            "Awan",
            "Jatoi",
        ],
    ),
    "gn": (
        [
            "Anjali",
            "Ferdinand",
            "Layla",
            "Gautam",
            "Marisol",
            "Omar",
            "Shireen",
            "Kevin",
            "Noor",
            "Rohan",
            "Janice",
            "Tarek",
        ],
        [
            "Menon",
            "Reyes",
            "Haddad",
            "Bhattacharya",
            "Dela Cruz",
            "Farouk",
            "Pinto",
            "Mathew",
            "Saleh",
            "Kapoor",
            "Villanueva",
            "Nasser",
        ],
    ),
    "nation": (
        [
            "Mary",
            "Brian",
            "Collins",
            "Faith",
            "Dennis",
            "Esther",
            "Kevin",
            "Winnie",
            "Geoffrey",
            "Lilian",
            "Samwel",
            "Purity",
        ],
        [
            "Wanjiru",
            "Otieno",
            "Kiprono",
            "Mwangi",
            "Nyambura",
            "Barasa",
            "Chebet",
            "Kamau",
            "Achieng",
            "Mutua",
            "Wafula",
            "Njoroge",
        ],
    ),
    "toi": (
        [
            "Rohit",
            "Swati",
            "Vijay",
            "Neha",
            "Ashish",
            "Pooja",
            "Sandeep",
            "Kavita",
            "Manoj",
            "Ritu",
            "Aditya",
            "Shreya",
        ],
        [
            "Deshmukh",
            "Kulkarni",
            "Sharma",
            "Chauhan",
            "Verma",
            "Patil",
            "Joshi",
            "Bhatt",
            "Tiwari",
            "Saxena",
            "Ghosh",
            "Mishra",
        ],
    ),
}
INITIALS = ["K.", "R.", "S.", "M.", "T.", "P.", "V.", "G.", "B.", "N."]

# the people stories quote: never a reporter
QUOTED = {
    "hindu": [
        "S. Ponnurangam",
        "Kavitha Ramesh",
        "M. Thiruvasagam",
        "R. Elangovan",
        "Geetha Sundaram",
        "V. Palanivel",
    ],
    "dawn": [
        "Syed Kamal Rizvi",
        "Farah Naz Ansari",
        "Zubair Ahmed Memon",
        "Shazia Latif",
        "Rana Iftikhar",
        "Aslam Khoso",
    ],
    "gn": [
        "Khalid Al Suwaidi",
        "Mariam Al Ketbi",
        "Ahmed Bin Thani",
        "Fatima Al Nuaimi",
        "Rashid Al Falasi",
        "Huda Al Mansoori",
    ],
    "nation": [
        "Amos Kiptoo",
        "Grace Wambui Ndung'u",
        "Hassan Abdirahman",
        "Joyce Akinyi",
        "Peter Mureithi",
        "Lucy Chepkoech",
    ],
    "toi": [
        "Suresh Kakade",
        "Anita Pawar",
        "Milind Gawde",
        "Rekha Shetty",
        "Prakash Jadhav",
        "Nilesh More",
    ],
}
ROLES = {
    "hindu": [
        "School Education Minister",
        "Chief Secretary",
        "DMK MP",
        "AIADMK organising secretary",
        "District Collector",
        "Corporation Commissioner",
    ],
    "dawn": [
        "Sindh information minister",
        "provincial finance secretary",
        "PPP MPA",
        "PTI leader",
        "KMC administrator",
        "SBP spokesperson",
    ],
    "gn": [
        "director-general",
        "RTA executive director",
        "Brigadier",
        "spokesperson",
        "economist",
        "school principal",
    ],
    "nation": [
        "Cabinet Secretary",
        "MP",
        "Governor",
        "Principal Secretary",
        "economist",
        "union secretary-general",
    ],
    "toi": [
        "additional municipal commissioner",
        "senior police inspector",
        "activist",
        "former corporator",
        "civic official",
        "Shiv Sena (UBT) leader",
    ],
}

PLACES = {
    "hindu": [
        "Chennai",
        "Madurai",
        "Coimbatore",
        "Tiruchi",
        "Puducherry",
        "Salem",
        "Thoothukudi",
        "Vellore",
        "Tirunelveli",
        "Erode",
    ],
    "dawn": [
        "Karachi",
        "Lahore",
        "Islamabad",
        "Hyderabad",
        "Peshawar",
        "Quetta",
        "Multan",
        "Sukkur",
        "Rawalpindi",
        "Faisalabad",
    ],
    "gn": [
        "Dubai",
        "Abu Dhabi",
        "Sharjah",
        "Ajman",
        "Ras Al Khaimah",
        "Fujairah",
        "Al Ain",
        "Umm Al Quwain",
        "Jebel Ali",
        "Deira",
    ],
    "nation": [
        "Nairobi",
        "Mombasa",
        "Kisumu",
        "Nakuru",
        "Eldoret",
        "Machakos",
        "Garissa",
        "Kakamega",
        "Nyeri",
        "Kiambu",
    ],
    "toi": [
        "Mumbai",
        "Thane",
        "Navi Mumbai",
        "Andheri",
        "Bandra",
        "Dadar",
        "Borivali",
        "Kurla",
        "Ghatkopar",
        "Colaba",
    ],
}
ORGS = {
    "hindu": [
        "the Greater Chennai Corporation",
        "the Madras High Court",
        "the State Election Commission",
        "the School Education Department",
        "the Tamil Nadu Electricity Board",
        "the Union Home Ministry",
    ],
    "dawn": [
        "the Sindh Assembly",
        "the State Bank of Pakistan",
        "the Karachi Metropolitan Corporation",
        "Nepra",
        "the Lahore High Court",
        "the Federal Board of Revenue",
    ],
    "gn": [
        "the Roads and Transport Authority",
        "the Ministry of Human Resources and Emiratisation",
        "the National Centre of Meteorology",
        "the Knowledge and Human Development Authority",
        "Dubai Police",
        "Dubai Municipality",
    ],
    "nation": [
        "the National Treasury",
        "the Budget and Appropriations Committee",
        "the Teachers Service Commission",
        "the Kenya Meteorological Department",
        "the Nairobi County Assembly",
        "the Controller of Budget",
    ],
    "toi": [
        "the BMC",
        "the Bombay high court",
        "the MMRDA",
        "the state urban development department",
        "Central Railway",
        "Mumbai police",
    ],
}
TOPICS = {
    "hindu": [
        "the breakfast scheme",
        "the Cauvery water release",
        "the NEET exemption Bill",
        "the Metro Rail phase II work",
        "monsoon preparedness",
        "the delimitation exercise",
        "the arrest of fishermen",
        "crop insurance claims",
    ],
    "dawn": [
        "the IMF programme",
        "load-shedding",
        "the wheat procurement drive",
        "the Karachi Circular Railway",
        "the polio vaccination drive",
        "the property tax revision",
        "street crime",
        "the solar net-metering policy",
    ],
    "gn": [
        "the Dubai Metro Blue Line",
        "Salik toll charges",
        "the Golden Visa scheme",
        "Emiratisation targets",
        "school fee increases",
        "the midday work break",
        "the unstable weather",
        "Etihad Rail passenger services",
    ],
    "nation": [
        "the Housing Levy",
        "the Finance Bill",
        "the Social Health Authority rollout",
        "the fertiliser subsidy programme",
        "the Tana River floods",
        "the lecturers' strike",
        "the Nairobi Expressway tolls",
        "the new university funding model",
    ],
    "toi": [
        "the coastal road",
        "nullah desilting",
        "pothole repairs",
        "the Metro 3 launch",
        "the 10% water cut",
        "the hoarding collapse probe",
        "the MTHL toll",
        "cluster redevelopment",
    ],
}

HEAD = {
    "hindu": [
        "{org} to review {topic}",
        "Residents of {place} protest delay in {topic}",
        "Minister assures swift action on {topic}",
        "{n} held in {place} over {topic}",
        "Opposition slams State government over {topic}",
        "High Court seeks report on {topic}",
        "Why {topic} matters | Explained",
        "Centre, State spar over {topic}",
        "{place} gears up for {topic}",
        "Panel flags lapses in {topic}",
    ],
    "dawn": [
        "Sindh govt announces review of {topic}",
        "Traders in {place} protest against {topic}",
        "{org} told to submit report on {topic}",
        "Senate body grills officials over {topic}",
        "{n} arrested in {place} during crackdown linked to {topic}",
        "PM orders inquiry into {topic}",
        "Experts question viability of {topic}",
        "{place} residents fume over {topic}",
        "Govt, opposition trade barbs over {topic}",
        "Court seeks reply from {org} on {topic}",
    ],
    "gn": [
        "UAE: {org} announces changes to {topic}",
        "{place} residents react to {topic}",
        "{topic}: What UAE residents need to know",
        "{n} things to know about {topic}",
        "{org} clarifies rules on {topic}",
        "Watch: {place} commuters share views on {topic}",
        "Explained: How {topic} will affect expats",
        "{place} launches new phase of {topic}",
        "UAE residents welcome {topic}, survey finds",
        "{org} issues advisory on {topic}",
    ],
    "nation": [
        "MPs push back on {topic}",
        "Ruto defends {topic} amid public outcry",
        "{place} residents count losses over {topic}",
        "Treasury seeks Sh{n} billion for {topic}",
        "{org} faults government over {topic}",
        "Why {topic} has left {place} traders worried",
        "Court halts {topic} pending hearing",
        "Counties lag behind on {topic}, report shows",
        "Explainer: What {topic} means for you",
        "Governors, Treasury clash over {topic}",
    ],
    "toi": [
        "{place}: Civic body to speed up {topic}",
        "HC pulls up civic body over {topic}",
        "{n} booked in {place} after row over {topic}",
        "Residents of {place} fume as {topic} drags on",
        "{topic}: Civic body misses deadline again",
        "{org} promises to finish {topic} before monsoon",
        "Activists seek audit of {topic}",
        "Cops step up vigil in {place} amid {topic}",
        "{place} traders hit by {topic}",
        "Minister orders probe into {topic}",
    ],
}

OPEN = [
    "",
    "",
    "",
    "On Tuesday, ",
    "Earlier this week, ",
    "In a statement, ",
    "According to official data, ",
    "Since January, ",
    "At a meeting on Monday, ",
    "For the time being, ",
    "Despite repeated reminders, ",
    "In a written reply, ",
    "Over the past five years, ",
    "By the end of the month, ",
]
SUBJ = [
    "{org}",
    "residents of {place}",
    "{official}",
    "opposition members",
    "traders' associations",
    "a spokesperson for {org}",
    "experts",
    "several families in {place}",
    "a three-member committee",
    "officials in {place}",
    "two senior officers",
    "the workers' union",
    "a group of parents",
    "the standing committee",
]
PRED = [
    "said the cost of {topic} had gone up by nearly {n} per cent",
    "warned that {topic} could take years to resolve",
    "called for an urgent review of {topic}",
    "described the decision as a missed opportunity",
    "had been told to expect a decision within weeks",
    "argued that the figures did not add up",
    "pointed to a shortfall of {n} million",
    "said more consultation was needed before a final call",
    "welcomed the additional funds but said they came too late",
    "raised concerns about the impact on senior citizens",
    "confirmed that {n} staff had been redeployed",
    "questioned why the plans had been changed at short notice",
    "said work would begin after the rains",
    "admitted that there had been lapses",
    "promised a detailed update at the next meeting",
    "said complaints about {topic} had doubled",
    "urged the public not to believe rumours",
    "insisted that public safety remained the priority",
    "said they had been kept out of the discussions",
    "estimated that {n},000 households would be affected",
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
    "“We have heard the public and we will continue to listen,” {official} said.",
    "“Nobody wanted matters to reach this stage,” said {official}.",
    "“It is a difficult balance, but we believe we have got it right,” {official} told reporters.",
    "“People are tired of hearing promises,” a resident said.",
    "“This is about the next 20 years, not the next 20 days,” said {official}.",
    "“We will not allow anyone to take the public for a ride,” {official} said.",
]
SUBHEADS = [
    "What happens next",
    "A long-running dispute",
    "‘We feel ignored’",
    "How much will it cost?",
    "Voices from the ground",
    "Questions remain",
    "Who is affected",
    "A familiar pattern",
    "The way forward",
]
CAPTIONS = [
    "Residents gather outside the office in {place} ahead of the meeting",
    "Work at the site in {place} has been halted since March",
    "{official} speaks to reporters in {place}",
    "Protesters hold placards during a demonstration over {topic}",
    "A view of the waterfront in {place}",
    "Commuters wait during the morning rush hour in {place}",
    "An aerial view of the area affected by {topic}",
    "Volunteers distribute relief material at a community hall in {place}",
]
KEYPOINTS = [
    "{org} says changes to {topic} will be announced within weeks.",
    "Critics warn that residents of {place} will bear the brunt of the new measures.",
    "Officials say about {n},000 people could be affected.",
    "Opposition to {topic} has grown since the start of the year.",
    "Lawmakers want a timetable and a full breakdown of the costs.",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def names(rng: random.Random, tpl: str, k: int) -> list[str]:
    """``k`` distinct reporters of ``tpl``; The Hindu's in three shapes ("K. Lakshmi", "Lakshmi
    Iyer", "Meenakshi R.")."""
    a, b = BY[tpl]
    firsts = rng.sample(a, k)
    seconds = rng.sample(b, k)
    inits = rng.sample(INITIALS, k)
    out = []
    for f, s, ini in zip(firsts, seconds, inits, strict=True):
        shape = rng.random() if tpl == "hindu" else 0.9
        if shape < 0.3:
            out.append(f"{ini} {f}")
        elif shape < 0.45:
            out.append(f"{f} {ini[0]}.")
        else:
            out.append(f"{f} {s}")
    return out


def person(rng: random.Random, tpl: str) -> str:
    a, b = BY[tpl]
    return f"{rng.choice(a)} {rng.choice(b)}"


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "official": f"{rng.choice(ROLES[tpl])} {rng.choice(QUOTED[tpl])}",
        "n": str(rng.choice([3, 4, 6, 12, 15, 20, 40, 85, 120, 250])),
    }


def fill(frame: str, ctx: dict[str, str]) -> str:
    out = frame
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def _headcase(t: str) -> str:
    """A headline's first word and the word after a ``Label: `` prefix capitalised."""
    t = _cap(t)
    head, found, rest = t.partition(": ")
    if found and len(head) < 30:
        t = head + ": " + _cap(rest)
    return t


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    """A headline over the story's context; headlines drop the article of ``the BMC``."""
    for _ in range(400):
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


def keypoints(rng: random.Random, ctx: dict[str, str], k: int = 3) -> list[str]:
    return [_cap(fill(p, ctx)) for p in rng.sample(KEYPOINTS, k)]


__all__ = [
    "SUBHEADS",
    "caption",
    "headline",
    "keypoints",
    "names",
    "paragraphs",
    "person",
    "sentence",
]
