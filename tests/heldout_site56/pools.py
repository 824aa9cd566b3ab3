"""Site 56's English word pools for Chinese state and city media: writers and editors per
newsroom (kept apart from the people a story quotes), places, organisations, topics, headline
frames, sentence parts, subheads and captions. All of it invented for this site."""

from __future__ import annotations

import random

WRITERS = {
    "gt": [
        "Chen Qingqing",
        "Liu Caiyu",
        "Zhao Juecheng",
        "Fan Anqi",
        "Wang Qi",
        "Lin Xiaoyi",
        "Xu Keyue",
        "Bai Yunyi",
        "Leng Shumei",
        "Yin Yeping",
        "Ma Jingjing",
        "Tao Mingyang",
    ],
    "cgtn": [
        "Zhang Mengxu",
        "Liu Jianxi",
        "Gao Yun",
        "Wei Yuning",
        "Lu Yunxiao",
        "Sun Ye",
        "Chen Hui",
        "Hu Yiwen",
        "Guo Meiping",
        "Xie Xinyi",
    ],
    "shine": [
        "Wang Xiaoming",
        "Yang Jian",
        "Li Qian",
        "Hu Min",
        "Zhu Yuting",
        "Cai Wenjun",
        "Ke Jiayun",
        "Tian Shengjie",
        "Ding Yining",
        "Xu Wei",
        "Zhou Huiying",
    ],
    "ecns": [],
    "pd": [
        "Wu Chaolan",
        "Zhang Wenjie",
        "Kou Jie",
        "Li Xiang",
        "Hongyu",
        "Du Mingming",
        "Yan Dongjie",
        "Huang Jingjing",
        "Sun Xiaozheng",
        "Liang Jun",
    ],
}
EDITORS = {
    "shine": ["Li Hua", "Zhang Long", "Sun Chaoqun", "Fang Yunyu", "Wang Yanlin", "Shen Ke"],
    "ecns": ["Zhang Dongfang", "Liu Yang", "Wang Fan", "Gu Liping", "Zhang Shuo", "Xu Shuang"],
    "pd": [
        "Peng Yukai",
        "Zhong Wenxing",
        "Liang Jun",
        "Tian Yi",
        "Hongyu",
        "Wu Chengliang",
        "Xian Jiangnan",
        "Bianji",
    ],
}
QUOTED = [
    "Wang Wenbin",
    "Mao Ning",
    "Lin Jian",
    "Li Haidong",
    "Cui Hongjian",
    "Zhou Zhong",
    "Gong Zheng",
    "Song Zhongping",
    "Lü Xiang",
    "Tian Feilong",
]
ROLES = ["expert", "spokesperson", "professor", "analyst", "deputy director", "researcher"]
PLACES = [
    "Beijing",
    "Shanghai",
    "Guangzhou",
    "Shenzhen",
    "Hangzhou",
    "Chengdu",
    "Wuhan",
    "Xi'an",
    "Hainan",
    "Xinjiang",
    "Yunnan",
    "Chongqing",
    "Pudong",
    "Minhang",
    "Xuhui",
]
ORGS = [
    "the Ministry of Commerce",
    "the National Development and Reform Commission",
    "the Ministry of Foreign Affairs",
    "the State Council Information Office",
    "the Shanghai municipal government",
    "the National Bureau of Statistics",
    "the Ministry of Culture and Tourism",
    "the China Meteorological Administration",
    "the Ministry of Ecology and Environment",
    "the People's Bank of China",
]
TOPICS = [
    "the May Day holiday travel boom",
    "new energy vehicle exports",
    "visa-free entry for foreign tourists",
    "the Belt and Road cooperation",
    "the low-altitude economy",
    "cross-border e-commerce",
    "the spring sowing season",
    "the new quality productive forces",
    "the Shanghai Expo anniversary",
    "panda conservation",
    "the high-speed rail network",
    "the China-Europe freight trains",
    "the inbound consumption",
    "the green hydrogen projects",
    "the silver economy",
]
HEAD = [
    "{org} unveils measures to boost {topic}",
    "Experts hail {topic} as a sign of economic resilience",
    "{place} sees record numbers amid {topic}",
    "GT Voice: Western hype cannot derail {topic}",
    "Spotlight on {topic} as {place} hosts forum",
    "{place} rolls out new policies on {topic}",
    "Foreign firms upbeat on {topic} in {place}",
    "China's {topic} keeps up momentum in first quarter",
    "{official} says {topic} opens new opportunities",
    "Explainer: What {topic} means for ordinary families",
    "{place} residents welcome {topic}",
    "Data shows steady growth in {topic}",
]
OPEN = [
    "",
    "",
    "",
    "On Wednesday, ",
    "Earlier this month, ",
    "According to official data, ",
    "In the first four months of the year, ",
    "Meanwhile, ",
]
SUBJ = [
    "{org}",
    "local officials in {place}",
    "{official}",
    "industry insiders",
    "analysts",
    "companies based in {place}",
    "foreign diplomats",
    "residents in {place}",
    "a spokesperson for {org}",
]
PRED = [
    "said {topic} had exceeded expectations",
    "noted that more than {n} million people had taken part",
    "called for closer cooperation on {topic}",
    "said new pilot zones would be set up in {place} later this year",
    "stressed that the policy would be implemented steadily",
    "pointed to a year-on-year rise of {n} percent",
    "described {topic} as a win-win for all parties",
    "added that smaller cities had also benefited from the trend",
    "said the figures showed the strong vitality of the Chinese economy",
    "urged foreign media to view China's development objectively",
    "said support measures worth {n} billion yuan had been announced",
    "expected the momentum to continue in the second half of the year",
]
TAIL = [
    ".",
    ".",
    ".",
    ", officials said.",
    " on Tuesday.",
    ", according to a statement released on Wednesday.",
    ", citing the latest figures.",
]
QUOTES = [
    '"This reflects confidence in China\'s long-term prospects," {official} said.',
    '"We will continue to open our doors wider," {official} told reporters.',
    '"The momentum in {place} is very encouraging," {official} said.',
]
SUBHEADS = ["Steady growth", "Opening-up", "Broader prospects", "Challenges ahead"]
CAPTIONS = [
    "Tourists visit a scenic spot in {place} on May {day}, 2024",
    "Workers on a production line in {place}",
    "An aerial view of {place}",
    "Visitors at an exhibition in {place} on May {day}",
    "Residents take part in an event in {place}",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(frame: str, ctx: dict[str, str]) -> str:
    out = frame
    for k, v in ctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def context(rng: random.Random) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES),
        "org": rng.choice(ORGS),
        "topic": rng.choice(TOPICS),
        "official": f"{rng.choice(QUOTED)}, a {rng.choice(ROLES)}",
        "n": str(rng.choice([3, 5, 8, 12, 16, 20, 35, 60, 150])),
    }


def headline(rng: random.Random, tpl: str, used: set[str]) -> tuple[str, dict[str, str]]:
    frames = [h for h in HEAD if tpl == "gt" or not h.startswith("GT ")]
    for _ in range(800):
        ctx = context(rng)
        bare = {k: v.removeprefix("the ") for k, v in ctx.items()}
        bare["official"] = bare["official"].split(",")[0]
        t = fill(rng.choice(frames), bare)
        head, found, rest = t.partition(": ")
        t = head + ": " + _cap(rest) if found else _cap(t)
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


def slug(title: str, cap: bool = False) -> str:
    out = "".join(c if c.isalnum() else "-" for c in title)
    words = [p for p in out.split("-") if p]
    s = "-".join(words)[:70].strip("-")
    return s if cap else s.lower()
