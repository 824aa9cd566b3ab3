"""Site 38's English word pools for East and Southeast Asia: reporters' names per publisher (kept
apart from the people a story quotes), places, organisations, topics, headline frames, sentence
parts, subheads and captions."""

# ruff: noqa: E501  (word pools)

from __future__ import annotations

import random

# reporters: the names bylines print, per publisher (built from a given-name and a surname pool,
# or whole names where the name does not split that way)
BY = {
    "scmp": (
        [
            "Kathleen",
            "Oscar",
            "Edith",
            "Jeffie",
            "Lilian",
            "Brendan",
            "Willa",
            "Fiona",
            "Ambrose",
            "Sammy",
            "Denise",
            "Cannix",
            "Priscilla",
            "Dickson",
        ],
        [
            "Mak",
            "Yiu",
            "Kwok",
            "Sum",
            "Fong",
            "Siu",
            "Yau",
            "Tam",
            "Wai",
            "Chiu",
            "Lai",
            "Hui",
            "Tong",
            "Pang",
        ],
    ),
    "st": (
        ["Ang", "Chua", "Goh", "Koh", "Ong", "Teo", "Yeo", "Toh", "Seah", "Quek", "Low", "Neo"],
        [
            "Wei Kai",
            "Hong Yi",
            "Yan Han",
            "Qing Ru",
            "Jia Min",
            "Shu Hui",
            "Zhi Hao",
            "Kai Xiang",
            "Xin Yi",
            "Li Ting",
            "Jun Wei",
            "Mei Ling",
        ],
    ),
    "taipei": (
        [
            "Chen",
            "Lin",
            "Huang",
            "Chang",
            "Tsai",
            "Hsu",
            "Kuo",
            "Lai",
            "Yang",
            "Wu",
            "Hsieh",
            "Tseng",
        ],
        [
            "Yu-fu",
            "Ching-chuan",
            "Shu-hui",
            "Wei-han",
            "Chia-nan",
            "Hsin-yi",
            "Tzu-ti",
            "Pei-de",
            "Yi-chun",
            "Ming-hsuan",
            "Kuan-lin",
            "Hui-ju",
        ],
    ),
    "kh": (
        ["Ko", "Shin", "Kim", "Park", "Lee", "Choi", "Yoon", "Jo", "Son", "Kwak", "Bae", "Hwang"],
        [
            "Jun-tae",
            "Ji-hye",
            "Ha-yeon",
            "Min-sik",
            "Da-sol",
            "Seo-hyun",
            "Byung-wook",
            "Hyo-jin",
            "Jae-hee",
            "Yoo-jin",
            "Sang-woo",
            "Eun-ji",
        ],
    ),
    "jt": (
        [
            "Kanako",
            "Ryusei",
            "Tomohiro",
            "Mai",
            "Daisuke",
            "Sayuri",
            "Kenji",
            "Haruka",
            "Shohei",
            "Yuki",
            "Natsuki",
            "Takuya",
        ],
        [
            "Osaki",
            "Takahashi",
            "Nakano",
            "Morimoto",
            "Hayashi",
            "Ishii",
            "Kuroda",
            "Fujita",
            "Sakamoto",
            "Inoue",
            "Matsuda",
            "Okabe",
        ],
    ),
}
# whole names that do not split into the pools above (Malay and Indian Singaporean names, the
# Western staff of the Taipei Times and The Japan Times)
WHOLE = {
    "st": [
        "Nurul Hidayah Rahmat",
        "Kavitha Subramaniam",
        "Aidil Farhan Osman",
        "Priya Ramasamy",
        "Siti Rahmah Yusof",
        "Darren Pereira",
    ],
    "taipei": ["Dane Whitlock", "Cole Harrington", "Sean Lydon", "Tobias Quill"],
    "jt": ["Gareth Lindholm", "Thea Mercer", "Casper Wynn", "Rowan Ashby"],
    "scmp": ["Marcus Elling", "Sophie Brandt"],
    "kh": ["Anna Verhoeven"],
}

# the people stories quote: never a reporter
QUOTED = {
    "scmp": [
        "Regina Ho Wing-sze",
        "Alvin Cheuk",
        "Vincent Lo Man-hon",
        "Gladys Ngai",
        "Terence Shum",
        "Winnie Poon",
    ],
    "st": [
        "Desmond Lum",
        "Grace Fu Wan Ling",
        "Mohamad Ridzuan",
        "Janet Ang",
        "Indranee Chelvam",
        "Benedict Sim",
    ],
    "taipei": [
        "Cho Jung-tai",
        "Lo Wen-hsuan",
        "Su Chiao-hui",
        "Wang Ting-yu",
        "Hsiao Bi-hwa",
        "Kao Chia-yu",
    ],
    "kh": [
        "Han Duck-soo",
        "Choo Kyung-ho",
        "Yang Hyun-mo",
        "Baek Seung-ah",
        "Moon Tae-seok",
        "Nam Gi-ryong",
    ],
    "jt": [
        "Yoshimasa Tanigawa",
        "Hirokazu Mitsui",
        "Emiko Shirane",
        "Shunichi Okubo",
        "Aiko Terauchi",
        "Masaru Iwane",
    ],
}
ROLES = {
    "scmp": [
        "lawmaker",
        "Secretary for Housing",
        "district councillor",
        "Executive Council member",
        "think tank director",
        "union chairwoman",
    ],
    "st": [
        "Minister of State",
        "MP for Marine Parade",
        "LTA chief executive",
        "economist",
        "NTUC assistant secretary-general",
        "HDB spokesman",
    ],
    "taipei": [
        "Premier",
        "Legislator",
        "Mainland Affairs Council Deputy Minister",
        "Taipei City Councilor",
        "Cabinet spokeswoman",
        "KMT caucus whip",
    ],
    "kh": [
        "Prime Minister",
        "Finance Minister",
        "Democratic Party floor leader",
        "ministry official",
        "professor",
        "presidential office spokesperson",
    ],
    "jt": [
        "Chief Cabinet Secretary",
        "economy minister",
        "ruling party lawmaker",
        "Tokyo Gov.",
        "analyst",
        "ministry official",
    ],
}

PLACES = {
    "scmp": [
        "Hong Kong",
        "Kowloon",
        "Sha Tin",
        "Tuen Mun",
        "Sai Kung",
        "Wan Chai",
        "Beijing",
        "Shenzhen",
        "Macau",
        "the Northern Metropolis",
    ],
    "st": [
        "Singapore",
        "Tampines",
        "Jurong East",
        "Punggol",
        "Woodlands",
        "Bukit Merah",
        "Johor Bahru",
        "Kuala Lumpur",
        "Jakarta",
        "Bangkok",
    ],
    "taipei": [
        "Taipei",
        "Kaohsiung",
        "Taichung",
        "Tainan",
        "Hsinchu",
        "Hualien",
        "Kinmen",
        "Keelung",
        "Taoyuan",
        "Penghu",
    ],
    "kh": [
        "Seoul",
        "Busan",
        "Incheon",
        "Daegu",
        "Sejong",
        "Gwangju",
        "Jeju",
        "Suwon",
        "Pyongyang",
        "Ulsan",
    ],
    "jt": [
        "Tokyo",
        "Osaka",
        "Fukuoka",
        "Sapporo",
        "Nagoya",
        "Hiroshima",
        "Okinawa",
        "Kobe",
        "Sendai",
        "Niigata",
    ],
}
ORGS = {
    "scmp": [
        "the Legislative Council",
        "the Housing Authority",
        "the Hospital Authority",
        "the Transport Department",
        "the Hong Kong Monetary Authority",
        "the Liaison Office",
    ],
    "st": [
        "the Land Transport Authority",
        "the Housing Board",
        "the Ministry of Manpower",
        "the National Environment Agency",
        "Asean",
        "the Monetary Authority of Singapore",
    ],
    "taipei": [
        "the Executive Yuan",
        "the Legislative Yuan",
        "the Mainland Affairs Council",
        "the Ministry of Economic Affairs",
        "the Central Weather Administration",
        "the Kuomintang",
    ],
    "kh": [
        "the National Assembly",
        "the Bank of Korea",
        "the Ministry of Unification",
        "the Fair Trade Commission",
        "the Seoul Metropolitan Government",
        "the presidential office",
    ],
    "jt": [
        "the Liberal Democratic Party",
        "the Bank of Japan",
        "the health ministry",
        "the Tokyo Metropolitan Government",
        "the Defense Ministry",
        "the Japan Meteorological Agency",
    ],
}
TOPICS = {
    "scmp": [
        "the Article 23 law",
        "public housing waiting times",
        "the cross-harbour tunnel tolls",
        "the waste-charging scheme",
        "mainland tourist spending",
        "elderly care vouchers",
        "the Kai Tak sports park",
        "talent admission schemes",
    ],
    "st": [
        "HDB resale prices",
        "the Thomson-East Coast Line",
        "foreign worker levies",
        "CPF payouts",
        "dengue cases",
        "the haze season",
        "ERP 2.0 gantries",
        "the GST voucher scheme",
    ],
    "taipei": [
        "the recall campaign",
        "Chinese military drills",
        "egg import contracts",
        "the minimum wage review",
        "the Kinmen coast guard dispute",
        "nuclear energy policy",
        "semiconductor export rules",
        "typhoon preparations",
    ],
    "kh": [
        "the medical school quota",
        "jeonse fraud",
        "the low birth rate",
        "North Korean balloon launches",
        "semiconductor subsidies",
        "the four-day workweek",
        "household debt",
        "the Yellow Envelope Bill",
    ],
    "jt": [
        "the slush fund scandal",
        "the weak yen",
        "the Noto Peninsula recovery",
        "rice prices",
        "the Osaka Expo",
        "inbound tourism",
        "the defense budget",
        "the My Number card",
    ],
}

HEAD = {
    "scmp": [
        "Hong Kong lawmakers press {org} over {topic}",
        "What {topic} means for residents of {place}",
        "{place} residents fear {topic} will push up costs, survey finds",
        "{org} vows review of {topic} after {n} complaints",
        "Hong Kong leader defends {topic} as critics cry foul",
        "{org} set to unveil changes to {topic}",
        "{n} arrested in {place} as police widen probe linked to {topic}",
        "Beijing backs Hong Kong push on {topic}, official says",
        "Why {topic} has {place} shop owners worried",
        "Hong Kong cannot afford to fail the test of {topic}, adviser warns",
    ],
    "st": [
        "{org} to review {topic} after public feedback",
        "{n} things to know about {topic}",
        "Residents in {place} worried about {topic}",
        "Parliament debates {topic} as MPs seek clarity",
        "More help for families hit by {topic}, says minister",
        "{place} stallholders feel the pinch from {topic}",
        "Singapore, Malaysia discuss {topic} at leaders' retreat",
        "AskST: How will {topic} affect me?",
        "{org} flags {n} cases linked to {topic} in first quarter",
        "Budget debate: Spotlight on {topic}",
    ],
    "taipei": [
        "Lawmakers spar over {topic}",
        "{org} to propose changes to {topic}",
        "{place} residents protest against {topic}",
        "Cabinet approves NT${n} billion for {topic}",
        "Survey finds {n} percent back {topic}",
        "China condemns Taiwan stance on {topic}",
        "{place} officials seek central funds for {topic}",
        "KMT, DPP trade barbs over {topic}",
        "Premier vows transparency on {topic}",
        "EDITORIAL: The real stakes of {topic}",
    ],
    "kh": [
        "Government to push ahead with {topic} despite backlash",
        "[Herald Interview] What {topic} says about Korea's future",
        "{org} to review {topic} as complaints mount",
        "Rival parties clash over {topic}",
        "Majority of Koreans oppose {topic}: poll",
        "[News Focus] Why {topic} is so hard to fix",
        "{place} residents call for action on {topic}",
        "Yoon orders all-out response to {topic}",
        "[Graphic News] {topic} in numbers",
        "Seoul, Tokyo to discuss {topic} at vice-ministerial talks",
    ],
    "jt": [
        "Kishida under pressure over {topic} as support slips",
        "{org} eyes review of {topic}",
        "{place} businesses brace for {topic}",
        "Japan to tighten rules on {topic}",
        "What {topic} means for Japan's households",
        "{n}% of voters disapprove of handling of {topic}, poll shows",
        "Opposition grills {org} over {topic}",
        "{place} struggles with {topic} as summer nears",
        "Tokyo and Seoul agree to cooperate on {topic}",
        "Japan's {topic} problem is not going away",
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
    "At a meeting on Thursday, ",
    "For now, ",
    "Despite the objections, ",
    "In a written reply, ",
    "Over the past decade, ",
    "By the end of the year, ",
]
SUBJ = [
    "{org}",
    "residents in {place}",
    "{official}",
    "opposition lawmakers",
    "business groups",
    "a spokesman for {org}",
    "analysts",
    "several families in {place}",
    "an independent panel",
    "officials in {place}",
    "two senior officials",
    "the union representing workers",
    "a group of parents",
    "the finance committee",
]
PRED = [
    "said the cost of {topic} had risen by about {n} per cent",
    "warned that {topic} could take years to resolve",
    "called for an urgent review of {topic}",
    "described the decision as a missed opportunity",
    "had been told to expect a decision within weeks",
    "argued that the figures did not add up",
    "pointed to a shortfall of {n} million",
    "said more consultation was needed before any vote",
    "welcomed the extra funding but said it came late",
    "raised concerns about the impact on older residents",
    "confirmed that {n} staff had been moved to other roles",
    "questioned why the plans had been changed at short notice",
    "said work would begin in the second half of the year",
    "admitted that mistakes had been made",
    "promised a full update at the next briefing",
    "said complaints about {topic} had doubled",
    "urged the public to check the latest advisories",
    "insisted that public safety remained the top priority",
    "said they had been left out of the discussions",
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
    "“We have listened to the public and we will keep listening,” {official} said.",
    "“Nobody wanted it to come to this,” said {official}.",
    "“It is a difficult balance, but we believe we have got it right,” {official} told reporters.",
    "“People are tired of hearing promises,” one resident said.",
    "“This is about the next 20 years, not the next 20 days,” said {official}.",
    "“We will not be the last city to face this,” {official} said.",
]
SUBHEADS = [
    "What happens next",
    "A long-running dispute",
    "‘We feel ignored’",
    "How much will it cost?",
    "Views on the ground",
    "Questions remain",
    "Who is affected",
    "A familiar pattern",
    "Regional implications",
]
CAPTIONS = [
    "Residents gather outside a government building in {place} ahead of the vote",
    "Work at the site in {place} has been halted since March",
    "{official} speaks to reporters in {place}",
    "Protesters hold placards during a rally over {topic}",
    "A view of the harbourfront in {place}",
    "Commuters queue during the morning rush hour in {place}",
    "An aerial view of the area affected by {topic}",
    "Volunteers sort donations at a community centre in {place}",
]
KEYPOINTS = [
    "{org} says changes to {topic} will be announced within weeks",
    "Critics warn {place} residents will bear the brunt of the new measures",
    "Officials say about {n},000 people could be affected",
    "Opposition to {topic} has grown since the start of the year",
    "Lawmakers demand a timetable and a full breakdown of costs",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def names(rng: random.Random, tpl: str, k: int) -> list[str]:
    """``k`` distinct reporters of ``tpl``; now and then a whole name (Malay, Western staff)."""
    a, b = BY[tpl]
    out: list[str] = []
    firsts = rng.sample(a, k)
    seconds = rng.sample(b, k)
    for f, s in zip(firsts, seconds, strict=True):
        if rng.random() < 0.2:
            whole = rng.choice(WHOLE[tpl])
            if whole not in out:
                out.append(whole)
                continue
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
    """A headline's first word and the word after a ``[Label] `` or ``LABEL: `` prefix capitalised."""
    t = _cap(t)
    for sep in ("] ", ": "):
        head, found, rest = t.partition(sep)
        if found and len(head) < 20:
            t = head + sep + _cap(rest)
    return t


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    """A headline over the story's context; headlines drop the article of ``the Housing
    Authority`` and ``the weak yen``."""
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


def keypoints(rng: random.Random, ctx: dict[str, str]) -> list[str]:
    return [_cap(fill(k, ctx)) for k in rng.sample(KEYPOINTS, 2)]


__all__ = ["SUBHEADS", "caption", "headline", "keypoints", "names", "paragraphs", "person"]
