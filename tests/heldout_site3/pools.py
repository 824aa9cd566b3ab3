"""Word pools and text makers for the third held-out site (written for it; shared with no other).

Every maker takes the site's seeded ``random.Random``: the same seed gives the same site. Bodies
are sentence frames filled per article (its own place, subject, numbers, people), so no two
articles' bodies are near-duplicates.
"""

from __future__ import annotations

import random
import re

# --- UK English (the Drupal regional paper) --------------------------------------------------
UK_FIRST = [
    "Harriet",
    "Rhys",
    "Imogen",
    "Callum",
    "Priya",
    "Niamh",
    "Gareth",
    "Fiona",
    "Declan",
    "Sian",
    "Hamish",
    "Yasmin",
    "Toby",
    "Eleanor",
    "Kwame",
    "Bethan",
    "Rory",
    "Aisha",
    "Felix",
    "Martha",
    "Owen",
    "Lucy",
    "Ewan",
    "Saoirse",
]
UK_LAST = [
    "Whitfield",
    "Okafor",
    "Pritchard",
    "McAllister",
    "Hargreaves",
    "Sandhu",
    "Kavanagh",
    "Llewellyn",
    "Ashworth",
    "Fairbairn",
    "Doyle",
    "Ramsay",
    "Thornton",
    "Begum",
    "Holloway",
    "Crichton",
    "Nwosu",
    "Pemberton",
    "Quinn",
    "Stratton",
    "Eastwood",
    "Mahmood",
    "O'Donnell",
    "Venables",
]
UK_ROLES = [
    "Political Correspondent",
    "Health Reporter",
    "Local Democracy Reporter",
    "Transport Correspondent",
    "Chief Reporter",
    "Education Correspondent",
    "Business Reporter",
    "Environment Reporter",
]
UK_PLACES = [
    "Newbury",
    "Thatcham",
    "Hungerford",
    "Wokingham",
    "Bracknell",
    "Didcot",
    "Abingdon",
    "Henley",
    "Wallingford",
    "Marlow",
    "Pangbourne",
    "Theale",
    "Tilehurst",
    "Burghfield",
    "Lambourn",
    "Crowthorne",
    "Sandhurst",
    "Twyford",
]
UK_SUBJECTS = [
    ("bus", "bus route 42", "the number 42 bus route", "bus passengers"),
    ("bins", "bin collections", "fortnightly bin collections", "households"),
    ("school", "school expansion", "the primary school expansion", "parents"),
    ("hospital", "minor injuries unit", "the minor injuries unit", "patients"),
    ("housing", "400-home estate", "the 400-home estate", "neighbours"),
    ("flood", "flood defences", "the river defence scheme", "riverside residents"),
    ("library", "library closures", "the branch library closures", "library users"),
    ("parking", "parking charges", "town centre parking charges", "traders"),
    ("rail", "station footbridge", "the station footbridge works", "commuters"),
    ("pool", "leisure centre pool", "the leisure centre pool", "swimming clubs"),
    ("potholes", "pothole backlog", "the pothole repair backlog", "motorists"),
    ("energy", "solar farm", "the solar farm application", "farmers"),
    ("care", "care home", "the care home inspection", "families"),
    ("park", "country park", "the country park car park", "dog walkers"),
]
UK_ORGS = [
    "West Berkshire Council",
    "Wokingham Borough Council",
    "the Environment Agency",
    "Thames Valley Police",
    "the Royal Berkshire NHS Foundation Trust",
    "Network Rail",
    "the parish council",
    "Reading Buses",
    "Ofsted",
    "the Care Quality Commission",
    "the chamber of commerce",
    "the Canal and River Trust",
]
UK_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
UK_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
UK_STREETS = [
    "Northbrook Street",
    "London Road",
    "Bath Road",
    "Oxford Road",
    "Market Place",
    "Station Road",
    "Church Lane",
    "Broad Street",
    "Mill Lane",
    "Kings Road",
]

UK_HEADLINES = [
    "{Place} council backs £{m}m plan for {hsubj}",
    "Residents in {Place} told to expect disruption over {hsubj} until {month}",
    "MP for {Place} calls for inquiry into {hsubj}",
    "{Org} warns {who} in {Place} over {hsubj}",
    "Why {Place}'s {hsubj} could change for good",
    "‘We were never asked’: {who} in {Place} speak out on {hsubj}",
    "Decision on {hsubj} in {Place} delayed for a third time",
    "Police appeal after night of vandalism on {Street}, {Place}",
    "Budget 2024: what the spending plan means for {hsubj} in {Place}",
    "{n} jobs at risk as {Place} depot faces review",
    "Councillors split over {hsubj} as {Place} consultation closes",
    "{Place} campaigners hand in {n0}-name petition on {hsubj}",
    "Inspectors criticise ‘slow progress’ on {hsubj} in {Place}",
    "Town hall U-turn on {hsubj} welcomed by {who}",
    "{Place} by-election: candidates clash over {hsubj}",
    "Cost of {hsubj} in {Place} rises to £{m}m, report finds",
    "New timetable for {hsubj} ‘a step backwards’, say {who}",
]

UK_SENTENCES = [
    "The proposals, which were published on {day}, would see {subj} in {Place} overhauled by "
    "the end of {month}.",
    "Councillors on the executive committee voted {v1} to {v2} in favour of the scheme.",
    "{Org} said it had received {n0} responses to its consultation, more than for any scheme "
    "since {year}.",
    "“It has taken far too long to get here,” said {person}, who has lived on {Street} for "
    "{k} years.",
    "A spokesperson for {Org} said the authority was “listening carefully” to {who}.",
    "The cost of the work is estimated at £{m}m, of which about {pct}% will come from central "
    "government.",
    "Opposition members argued that {subj} had been neglected for the best part of a decade.",
    "At a packed meeting in the {Place} corn exchange, {who} queued to ask questions.",
    "{person}, who chairs the local residents' association, said the plans were “a start, "
    "but only a start”.",
    "Figures seen by this newspaper suggest that complaints about {subj} rose by {pct}% last year.",
    "The scheme is due to go before the full council on {day} {date} {month}.",
    "Officers have recommended that a decision be deferred until a traffic survey is complete.",
    "{Org} has been approached for further comment.",
    "In a written statement, the cabinet member for place said the authority had “no choice” "
    "but to act.",
    "Some {who} said they had not been told about the changes until a leaflet arrived last week.",
    "The last major review of {subj} took place in {year}, when {n0} people signed a petition.",
    "“We are not against change, we just want to be consulted properly,” {person} added.",
    "Local businesses on {Street} said footfall had fallen by almost a {frac} since the autumn.",
    "A report to councillors warns that delaying the work could add £{k}00,000 to the bill.",
    "The Liberal Democrat group leader described the timetable as “wildly optimistic”.",
    "Conservative councillors said the money would be better spent on roads and drainage.",
    "Work on the first phase is expected to begin in {month} and last around {k} weeks.",
    "{Org} confirmed that {k} members of staff had been redeployed to deal with the backlog.",
    "An online drop-in session will be held on {day} evening for anyone unable to attend.",
    "A freedom of information request showed that {n0} complaints were logged in {year}.",
    "{person} said: “My mother is {age} and relies on it. What is she supposed to do now?”",
    "The town's MP has written to the minister asking for the funding to be ring-fenced.",
    "Independent councillors abstained, saying they had not seen the full business case.",
    "A similar scheme in {Place2} was scrapped two years ago after a legal challenge.",
    "The council's own equality impact assessment rated the risk to older {who} as “medium”.",
    "Traffic counts on {Street} recorded more than {n0} vehicles on a typical weekday.",
    "The plans can be viewed at {Place} library or on the council's website until {month}.",
    "Ward councillor {person} said she would be calling the decision in for scrutiny.",
    "Under the proposals, the contract would be retendered for a period of {k} years.",
    "Residents in neighbouring {Place2} have been told they will not be affected.",
    "The trust said a further update would be given at its board meeting in {month}.",
]


def _uk_ctx(rng: random.Random, place: str, subj: tuple[str, str, str, str]) -> dict[str, str]:
    return {
        "Place": place,
        "Place2": rng.choice([p for p in UK_PLACES if p != place]),
        "hsubj": subj[1],
        "subj": subj[2],
        "who": subj[3],
        "Org": rng.choice(UK_ORGS),
        "Street": rng.choice(UK_STREETS),
        "month": rng.choice(UK_MONTHS),
        "day": rng.choice(UK_DAYS),
        "person": f"{rng.choice(UK_FIRST)} {rng.choice(UK_LAST)}",
    }


def _fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in ctx:
            return ctx[key]
        return {
            "m": lambda: f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
            "n": lambda: str(rng.randint(12, 340)),
            "n0": lambda: f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
            "k": lambda: str(rng.randint(3, 29)),
            "pct": lambda: str(rng.randint(6, 71)),
            "v1": lambda: str(rng.randint(6, 9)),
            "v2": lambda: str(rng.randint(1, 5)),
            "year": lambda: str(rng.randint(2009, 2021)),
            "date": lambda: str(rng.randint(2, 28)),
            "age": lambda: str(rng.randint(71, 94)),
            "frac": lambda: rng.choice(["third", "quarter", "fifth"]),
        }[key]()

    return re.sub(r"\{(\w+)\}", one, frame)


def uk_name(rng: random.Random) -> str:
    return f"{rng.choice(UK_FIRST)} {rng.choice(UK_LAST)}"


def uk_story(rng: random.Random, used: set[str], n: int) -> tuple[str, list[str]]:
    """A headline and ``n`` paragraphs on one place and one subject."""
    while True:
        place = rng.choice(UK_PLACES)
        subj = rng.choice(UK_SUBJECTS)
        ctx = _uk_ctx(rng, place, subj)
        title = _fill(rng, rng.choice(UK_HEADLINES), ctx)
        title = title[0].upper() + title[1:]
        if title not in used:
            used.add(title)
            break
    paras = []
    frames = rng.sample(UK_SENTENCES, len(UK_SENTENCES))
    for _ in range(n):
        k = rng.randint(1, 3)
        ctx["person"] = uk_name(rng)
        sent = [_fill(rng, frames.pop() if frames else rng.choice(UK_SENTENCES), ctx)]
        for _ in range(k - 1):
            sent.append(_fill(rng, frames.pop() if frames else rng.choice(UK_SENTENCES), ctx))
        paras.append(" ".join(sent))
    return title, paras


# --- American English (the Ghost blog) -------------------------------------------------------
BLOG_WRITERS = [
    "Maya Lindqvist",
    "Daniel Okonkwo",
    "Priscilla Huang",
    "Marcus Delgado",
    "Jonah Feld",
    "Ruth Abernathy",
    "Theo Marchetti",
    "Nadia Karimi",
]
BLOG_TOPICS = [
    ("type", "variable fonts", "typography"),
    ("maps", "offline maps", "cartography"),
    ("sound", "field recordings", "audio"),
    ("bikes", "cargo bikes", "cycling"),
    ("film", "film cameras", "photography"),
    ("kitchens", "shared kitchens", "food"),
    ("garden", "balcony gardens", "gardening"),
    ("zines", "self-published zines", "publishing"),
    ("radio", "community radio stations", "radio"),
    ("trains", "night trains", "travel"),
    ("repair", "repair cafés", "repair"),
    ("archives", "small archives", "history"),
]
BLOG_HEADLINES = [
    "What I learned from {k} years of {topic}",
    "The quiet case for {topic}",
    "Notes on {topic}: a field guide for beginners",
    "Why {topic} keep pulling me back",
    "{Topic}, and the art of doing less",
    "I tried {topic} for a month. Here's what happened",
    "A short history of {topic} in Los Angeles",
    "Against perfection: {topic} as a practice",
    "Everything I got wrong about {topic}",
    "How {topic} changed the way I plan a week",
    "The {topic} reading list, revised",
    "Small tools, big habits: {topic} in {year}",
    "On {topic} and the people who keep them going",
    "Ten questions to ask before you start with {topic}",
]
BLOG_SENTENCES = [
    "I started paying attention to {topic} almost by accident, on a rainy {day} in {year}.",
    "Most of what you read about {topic} online is written by people selling something.",
    "The first thing you notice is how much patience it asks of you.",
    "A friend who runs a small studio in Echo Park told me to stop reading and start doing.",
    "There is a particular kind of satisfaction in getting something right on the {ord} try.",
    "I kept a notebook for {k} weeks, writing down every mistake I made.",
    "By the end of the month I had filled {k} pages, and most of them were questions.",
    "It turns out that the community around {topic} is small, generous and slightly obsessive.",
    "One evening I counted {n} separate forum threads arguing about the same detail.",
    "The cheapest setup cost me about ${n}; the one I actually use cost three times that.",
    "What surprised me most was how little the equipment mattered.",
    "If you only take one thing from this post, let it be this: start smaller than you think.",
    "My neighbor, who is {age}, has been doing this since before I was born.",
    "She laughed when I showed her my first attempt, then spent an hour helping me fix it.",
    "There are, broadly, two schools of thought, and both of them are partly right.",
    "The people who last are the ones who treat it as a habit rather than a project.",
    "I now set aside {k} minutes every morning, before the email starts.",
    "Some weeks that time goes nowhere, and I have learned not to mind.",
    "Around week {k} something clicked, and the whole thing stopped feeling like homework.",
    "I asked {k} people why they got into {field}, and none of them gave the same answer.",
    "The library downtown has a surprisingly good shelf on {field}, if you know where to look.",
    "Looking back, I would have skipped most of the gear and bought one good book instead.",
    "It is easy to mistake collecting information for making progress.",
    "A few readers wrote in after my last post to say they had the same experience.",
    "One of them, a retired teacher in Pasadena, sent me a {k}-page letter by mail.",
    "I am still not sure whether I am good at this, and I have stopped caring.",
    "Next month I want to try the same approach with something completely different.",
    "The learning curve is real, but it is not as steep as the forums make it sound.",
    "Roughly {pct} percent of my early attempts went straight into the recycling bin.",
    "What keeps me going is the small, stubborn pleasure of making something by hand.",
    "When I mentioned {topic} at a dinner party, three people admitted they had tried it too.",
    "The best advice I got came from a {age}-year-old in a hardware store in Glendale.",
    "There is no shortcut, but there are a great many detours worth taking.",
    "I have put my notes, mistakes included, in a shared folder for anyone who wants them.",
    "The shop on Sunset that sold me my first kit closed in {year}, which still makes me sad.",
    "A reader named {first} asked how I find the time; the honest answer is that I don't.",
    "Half of the {field} books I own contradict the other half, often on the same page.",
    "I booked a weekend workshop in Ojai for ${n} and came home with more questions than answers.",
    "My partner calls it my {field} phase and is waiting, patiently, for it to end.",
    "Every expert I spoke to had a story about a spectacular early failure.",
    "The spreadsheet I built to track progress had {k} columns, which was about {k} too many.",
    "We met on the first Thursday of the month, in the back room "
    "of a coffee shop in Highland Park.",
    "I wrote to the author of an out-of-print manual and, to my surprise, she wrote back.",
    "It rained for {k} days straight, so I stayed in and read about {topic} instead.",
    "There is a folder on my laptop called 'later' and it is now {n} files deep.",
    "The local meetup has grown from {k} people to nearly {n} since the pandemic.",
    "When things go wrong, and they will, write down what happened before you fix it.",
    "I suspect the forums overstate the difficulty because the "
    "loudest voices enjoy the gatekeeping.",
    "On a bad day I do ten minutes; on a good day I lose the whole afternoon.",
    "My first serious attempt took {k} hours and looked, charitably, like a school project.",
    "The second attempt was worse, which nobody warns you about.",
    "A volunteer at the community center in Silver Lake showed me the trick that finally worked.",
    "I have come to think of {topic} less as a skill and more as a way of paying attention.",
    "There was a long stretch in {month} when I did nothing at all, and that was fine too.",
    "A newsletter reader in Portland sent a photo of her setup, and it was better than mine.",
    "The vocabulary alone took me weeks; every second word "
    "seemed to be borrowed from another trade.",
    "I budgeted ${n} for the year and, predictably, spent it by {month}.",
    "If I started again tomorrow, I would find one patient person and ask to watch them work.",
    "Nobody I met was in it for the money, which might explain the generosity.",
    "The hardest part was not the technique but the boredom of repetition.",
    "I used to apologize for my slow progress; now I just report it.",
    "One of the people I interviewed has kept a daily log since {year}.",
    "That log, she told me, is the only thing she would save from a fire.",
    "My inbox after the last post suggests that a surprising "
    "number of you are quietly doing this too.",
    "I still keep the first thing I ever made, on a shelf where I can see it from my desk.",
]


def blog_story(rng: random.Random, used: set[str], n: int) -> tuple[str, list[str], str]:
    """A headline, ``n`` paragraphs and the topic's tag slug."""
    while True:
        slug, topic, field_ = rng.choice(BLOG_TOPICS)
        ctx = {
            "topic": topic,
            "Topic": topic[0].upper() + topic[1:],
            "field": field_,
            "first": rng.choice(UK_FIRST),
            "month": rng.choice(UK_MONTHS),
            "day": rng.choice(UK_DAYS),
            "ord": rng.choice(["third", "fifth", "eleventh", "twentieth"]),
        }
        title = _fill(rng, rng.choice(BLOG_HEADLINES), ctx)
        title = title[0].upper() + title[1:]
        if title not in used:
            used.add(title)
            break
    frames = rng.sample(BLOG_SENTENCES, len(BLOG_SENTENCES))
    paras = []
    for _ in range(n):
        k = rng.randint(1, 3)
        paras.append(
            " ".join(
                _fill(rng, frames.pop() if frames else rng.choice(BLOG_SENTENCES), ctx)
                for _ in range(k)
            )
        )
    return title, paras, slug


# --- Simplified Chinese (the DedeCMS city portal and the big portal) ------------------------
ZH_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
ZH_GIVEN = [
    "晓明",
    "志强",
    "秀英",
    "海燕",
    "建国",
    "丽娟",
    "文博",
    "思远",
    "雨桐",
    "子涵",
    "浩然",
    "婧",
    "磊",
    "伟",
    "芳",
    "静",
    "敏",
    "俊峰",
    "佳琪",
    "一鸣",
    "立新",
    "春华",
    "亚楠",
    "欣怡",
    "振宇",
    "梦洁",
]
ZH_DISTRICTS = [
    "江北区",
    "东湖区",
    "西陵区",
    "南岸区",
    "高新区",
    "临江县",
    "青山镇",
    "白沙镇",
    "五里街道",
    "新华街道",
    "滨江新区",
    "城南片区",
]
ZH_LOCAL_SUBJECTS = [
    ("老旧小区改造", "居民"),
    ("公交线路调整", "乘客"),
    ("菜市场提档升级", "摊主"),
    ("中小学学位", "家长"),
    ("社区养老食堂", "老人"),
    ("河道综合治理", "沿河居民"),
    ("夜市规范管理", "商户"),
    ("停车位改造", "车主"),
    ("雨污分流工程", "沿线商户"),
    ("口袋公园建设", "周边居民"),
    ("电动自行车充电", "住户"),
    ("农贸市场搬迁", "经营户"),
    ("背街小巷整治", "街坊"),
    ("社区医院扩建", "患者"),
]
ZH_NATIONAL_SUBJECTS = [
    ("新能源汽车下乡", "消费者"),
    ("高校毕业生就业", "毕业生"),
    ("春耕备耕", "种粮户"),
    ("城市更新", "城市居民"),
    ("医保跨省结算", "参保人"),
    ("文旅消费", "游客"),
    ("跨境电商", "外贸企业"),
    ("低空经济", "从业者"),
    ("数字人民币试点", "商户"),
    ("县域医共体", "基层患者"),
    ("职业技能培训", "务工人员"),
    ("铁路春运", "旅客"),
    ("住房公积金新政", "缴存职工"),
    ("冰雪旅游", "游客"),
]
ZH_ORGS = [
    "市住建局",
    "市交通运输局",
    "市教育局",
    "市卫健委",
    "区城管局",
    "市商务局",
    "市生态环境局",
    "市市场监管局",
    "区民政局",
    "市水务局",
]
ZH_NAT_ORGS = [
    "国家发展改革委",
    "工业和信息化部",
    "农业农村部",
    "国家医保局",
    "文化和旅游部",
    "商务部",
    "人力资源社会保障部",
    "国家铁路局",
    "住房和城乡建设部",
    "中国人民银行",
]
ZH_PROVINCES = ["湖北", "四川", "浙江", "山东", "河南", "广东", "江西", "黑龙江", "云南", "安徽"]
ZH_HEADLINES = [
    "{place}{subj}全面启动 预计{month}月底前完工",
    "{subj}有新进展！{place}{n}个项目集中开工",
    "记者探访{place}：{subj}让{who}有了“新盼头”",
    "{org}回应{subj}热点问题",
    "{place}{subj}工程提速 {who}点赞",
    "破解{subj}难题，{place}这样做",
    "今年{place}将投入{m}亿元推进{subj}",
    "{subj}“最后一公里”如何打通？{place}给出答案",
    "{place}：{subj}惠及{n}余户{who}",
    "关注{subj}｜{who}最关心的{k}个问题权威解答",
    "{place}召开{subj}推进会",
    "一图读懂{place}{subj}实施方案",
]
ZH_NAT_HEADLINES = [
    "{org}：{subj}相关政策将进一步优化",
    "{prov}多地推进{subj} {who}获得感增强",
    "{subj}驶入快车道 今年前两月同比增长{pct}%",
    "聚焦{subj}：{k}组数据看新变化",
    "{org}发布{subj}新举措 涉及{k}方面",
    "{subj}如何更好惠及{who}？专家解读",
    "{prov}：{subj}试点扩围 覆盖{n}个县市",
    "“{subj}”热度攀升 {who}有了更多选择",
    "{org}部署{subj}重点工作",
    "从{prov}看{subj}的新探索",
    "{subj}迎来新政 {who}关心的问题有了答案",
    "多部门联合推进{subj} 明确{k}项任务",
]
ZH_SENTENCES = [
    "{date}上午，记者在{place}看到，施工人员正在抓紧作业，现场机器轰鸣。",
    "据{org}相关负责人介绍，此次{subj}共涉及{n}个点位，总投资约{m}亿元。",
    "“以前一到下雨天就发愁，现在好多了。”家住附近的{who}{person}告诉记者。",
    "今年以来，{place}把{subj}列入为民办实事项目清单，实行挂图作战、销号管理。",
    "截至目前，已完成工程量的{pct}%，剩余部分预计{month}月底前完成。",
    "为减少对{who}的影响，施工方采取分段围挡、错峰施工等措施。",
    "{org}表示，将进一步加强监管，确保工程质量和施工安全。",
    "记者了解到，此前不少{who}通过12345热线反映相关问题，累计达{n}件。",
    "在{place}某小区，{k}名志愿者正在向{who}发放宣传资料，解答疑问。",
    "专家认为，{subj}既要算经济账，也要算民生账，关键在于久久为功。",
    "下一步，{place}将总结经验做法，在全市范围内推广。",
    "据统计，去年全市共完成相关项目{n}个，受益群众超过{k}万人。",
    "{person}是一名有{k}年经验的老师傅，他说这次的标准比以往高了不少。",
    "对于{who}关心的费用问题，{org}明确表示不向个人收取任何费用。",
    "{date}下午，{place}召开专题会议，研究部署{subj}下一阶段工作。",
    "会议要求，各相关单位要压实责任，倒排工期，确保按时保质完成任务。",
    "不少{who}表示，希望有关部门能够进一步公开项目进展，接受群众监督。",
    "记者注意到，现场公示牌上详细列出了工程内容、工期和监督电话。",
    "“我们每天早上七点开工，争取把耽误的工期抢回来。”项目负责人{person}说。",
    "目前，{place}已建立问题台账，实行周调度、月通报制度。",
    "此外，{org}还开通了线上反馈渠道，{who}可通过微信公众号提出意见建议。",
    "数据显示，{subj}实施后，相关投诉量下降了{pct}%。",
    "在走访中，记者发现部分路段仍存在标识不清等问题，有待进一步完善。",
    "{prov}的做法值得借鉴：当地通过“政府引导、市场运作”的方式，吸引社会资本参与。",
    "据悉，该项目是今年全市{k}项重点民生工程之一。",
    "“说到底，就是要让{who}少跑腿、多办事。”{person}说。",
    "业内人士分析，{subj}涉及面广、情况复杂，需要多部门协同发力。",
    "一位不愿具名的{who}表示，整体效果不错，但宣传还可以再加强。",
    "根据规划，到{year}年，{place}{subj}覆盖率将达到{pct}%以上。",
    "记者随后联系了{org}，工作人员表示相关情况正在核实。",
    "同时，{place}还将组织第三方机构对项目进行评估，评估结果向社会公开。",
    "{date}，{org}联合多部门开展专项检查，发现并整改问题{k}处。",
    "从{month}月份开始，相关服务将实现“一网通办”，{who}在手机上即可办理。",
    "{person}算了一笔账：按照新标准，每户每年可节省开支{n}元左右。",
]


ZH_NAT_SENTENCES = [
    "{org}有关负责人在{date}举行的新闻发布会上表示，{subj}工作总体进展顺利。",
    "从全国范围看，已有{k}个省份出台了配套细则，覆盖人群超过{n}万。",
    "{prov}省相关部门负责人介绍，当地今年安排专项资金{m}亿元，重点支持{subj}。",
    "中国宏观经济研究院研究员{person}认为，{subj}的关键在于打通政策落地的堵点。",
    "统计数据显示，今年前两个月，相关指标同比增长{pct}%，增速比去年同期加快{k}个百分点。",
    "“政策好不好，{who}说了算。”一位基层干部这样对记者说。",
    "在{prov}某县，记者见到了正在办理业务的{who}{person}，他说手续比以前简便多了。",
    "业内人士指出，{subj}仍面临区域发展不平衡、配套服务不完善等问题。",
    "{org}明确，下一步将重点在{k}个方面持续发力，推动相关工作提质增效。",
    "有专家建议，应加快建立全国统一的标准体系，避免各地各自为政。",
    "据介绍，试点工作将在总结评估的基础上，于{year}年前后在全国推开。",
    "针对群众反映集中的问题，{org}已会同有关部门开展专项整治，累计督办问题{n}个。",
    "来自{prov}的全国人大代表{person}在今年全国两会上提交了相关建议。",
    "{person}坦言，刚开始对新政策并不了解，后来社区工作人员上门讲解才明白。",
    "国家统计局数据显示，{subj}相关领域从业人员已超过{n}万人。",
    "记者梳理发现，今年以来已有多个部委围绕{subj}密集发声。",
    "中国人民大学教授{person}分析说，这释放出稳预期、强信心的积极信号。",
    "与此同时，部分地区还存在政策宣传不到位、办理流程不清晰的情况。",
    "“过去要跑好几个部门，现在一个窗口就能办完。”{who}{person}说。",
    "{org}相关司局负责人表示，将加强对地方的指导，及时总结推广典型经验。",
    "据不完全统计，{prov}全省已建成相关服务网点{n}个，基本实现县域全覆盖。",
    "多位受访{who}表示，希望相关政策能够保持连续性和稳定性。",
    "记者从{org}获悉，相关管理办法已完成公开征求意见，近期将正式印发。",
    "有分析人士认为，{subj}有望成为拉动内需的新增长点。",
    "在东部沿海某市，类似做法已经推行{k}年，积累了不少可复制的经验。",
    "{person}所在的企业去年享受相关优惠{m}万元，今年计划新增{k}条生产线。",
    "对于外界关注的资金来源问题，{org}表示将采取中央和地方共同分担的方式。",
    "一些地方探索“线上+线下”相结合的模式，让{who}办事更加便利。",
    "截至{month}月底，全国累计完成投资{m}千亿元，占全年计划的{pct}%。",
    "受访专家普遍认为，{subj}需要久久为功，不可能一蹴而就。",
    "{prov}一位基层负责人告诉记者，今年的任务清单比往年细化了很多。",
    "据了解，相关部门还将开展“回头看”，确保各项措施落到实处。",
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)


def _zh_ctx(rng: random.Random, national: bool) -> dict[str, str]:
    subj, who = rng.choice(ZH_NATIONAL_SUBJECTS if national else ZH_LOCAL_SUBJECTS)
    return {
        "subj": subj,
        "who": who,
        "place": rng.choice(ZH_DISTRICTS),
        "org": rng.choice(ZH_NAT_ORGS if national else ZH_ORGS),
        "prov": rng.choice(ZH_PROVINCES),
        "month": str(rng.randint(4, 11)),
    }


def zh_fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    ctx = {
        **ctx,
        "person": zh_name(rng),
        "date": f"{rng.randint(1, 3)}月{rng.randint(1, 28)}日",
        "year": str(rng.randint(2025, 2027)),
        "k": str(rng.randint(3, 28)),
        "pct": str(rng.randint(11, 96)),
        "n": str(rng.randint(12, 860)),
        "m": f"{rng.randint(1, 30)}.{rng.randint(1, 9)}",
    }
    return re.sub(r"\{(\w+)\}", lambda m: ctx[m.group(1)], frame)


def zh_story(
    rng: random.Random, used: set[str], n: int, national: bool
) -> tuple[str, list[str], dict[str, str]]:
    """A headline, ``n`` paragraphs (two or three sentences each) and the story's context."""
    while True:
        ctx = _zh_ctx(rng, national)
        title = zh_fill(rng, rng.choice(ZH_NAT_HEADLINES if national else ZH_HEADLINES), ctx)
        if title not in used:
            used.add(title)
            break
    pool = ZH_NAT_SENTENCES if national else ZH_SENTENCES
    frames = rng.sample(pool, len(pool))
    paras = []
    for _ in range(n):
        k = rng.randint(1, 3)
        paras.append(
            "".join(
                zh_fill(rng, frames.pop() if frames else rng.choice(pool), ctx) for _ in range(k)
            )
        )
    return title, paras, ctx


# --- Traditional Chinese, Hong Kong ----------------------------------------------------------
HK_SURNAMES = "陳李張黃何梁林周吳鄭劉馮羅葉譚蔡麥區余郭"
HK_GIVEN = [
    "大文",
    "嘉欣",
    "志偉",
    "家豪",
    "詠詩",
    "俊傑",
    "曉彤",
    "偉強",
    "美玲",
    "子健",
    "凱琳",
    "浩賢",
    "穎琳",
    "卓謙",
    "芷晴",
    "樂兒",
    "德明",
    "綺雯",
    "國良",
    "慧珊",
]
HK_DISTRICTS = [
    "屯門",
    "沙田",
    "觀塘",
    "元朗",
    "將軍澳",
    "深水埗",
    "荃灣",
    "大埔",
    "黃大仙",
    "東涌",
    "北角",
    "香港仔",
    "天水圍",
    "馬鞍山",
]
HK_SUBJECTS = [
    ("公共屋邨翻新", "居民"),
    ("巴士路線重組", "乘客"),
    ("街市活化", "檔販"),
    ("長者醫療券", "長者"),
    ("海濱長廊工程", "街坊"),
    ("垃圾徵費", "市民"),
    ("兒童遊樂場改建", "家長"),
    ("單車徑延長", "單車愛好者"),
    ("劏房租務管制", "租戶"),
    ("小販熟食中心", "食客"),
    ("渡輪服務", "離島居民"),
    ("行人天橋加建升降機", "行動不便人士"),
    ("社區會堂重建", "團體"),
    ("山坡防護工程", "住戶"),
]
HK_DEPTS = [
    "運輸署",
    "房屋署",
    "食物環境衞生署",
    "路政署",
    "康樂及文化事務署",
    "社會福利署",
    "環境保護署",
    "土木工程拓展署",
    "地政總署",
    "民政事務總署",
]
HK_HEADLINES = [
    "{place}{subj}下月展開 {who}憂影響生計",
    "{subj}｜{dept}：{place}項目年底前完成",
    "{place}{subj}延誤 區議員促當局交代",
    "{who}不滿{subj}安排 {k}人聯署要求諮詢",
    "{dept}公布{subj}細節 涉{n}個地點",
    "直擊{place}{subj}　{who}：等咗{k}年",
    "{subj}惹爭議 {dept}稱會聆聽意見",
    "{place}{subj}開支增至{m}億元",
    "專家拆解{subj}：{who}需留意{k}大要點",
    "{place}{subj}首階段竣工 {who}試用後反應兩極",
    "立法會議員追問{subj}進度 {dept}交代時間表",
    "{subj}新安排今起生效 {place}{who}大排長龍",
]
HK_SENTENCES = [
    "{dept}發言人表示，{place}的{subj}已進入最後階段，預計{month}月完成。",
    "居於{place}逾{k}年的{who}{person}說：「以前成日要等好耐，依家好咗少少。」",
    "據了解，整項工程涉及開支約{m}億元，由政府全數承擔。",
    "區議員{person}指，當局事前諮詢不足，不少{who}對安排感到突然。",
    "記者昨日到{place}視察，見現場已圍起圍板，工人正進行地基工程。",
    "{dept}在回覆本報查詢時表示，會密切留意情況，有需要時作出調整。",
    "有{who}擔心，工程期間噪音及塵埃問題會影響日常生活。",
    "根據文件，當局共收到{n}份意見書，當中約{pct}%表示支持。",
    "立法會有關事務委員會將於下月討論{subj}的撥款申請。",
    "一名姓{surname}的{who}表示，希望當局盡快公布詳細時間表。",
    "關注團體召集人{person}批評，政府「只聽自己想聽的聲音」。",
    "消息指，當局最快於本年第{q}季就{subj}進行招標。",
    "{place}區內現時約有{n}個相關設施，部分已使用超過{k}年。",
    "社福界人士認為，{subj}對基層{who}影響最大，當局應提供過渡安排。",
    "{dept}表示，已預留人手處理查詢，市民可致電1823熱線。",
    "有學者分析，{subj}反映本港規劃制度的深層問題，不能單靠一次性措施解決。",
    "本報記者翻查資料，發現類似計劃曾於{year}年在{place2}推行，但最終擱置。",
    "現場所見，不少{who}駐足觀看告示，亦有人拍照傳給家人。",
    "「我哋唔係反對，只係想知道點樣安排。」{who}{person}向本報表示。",
    "當局強調，會按照既定程序進行環境評估，確保符合法例要求。",
    "據悉，{subj}完成後，{place}一帶的{who}每日可節省約{k}分鐘。",
    "另外，{dept}計劃在{place2}設立臨時設施，以紓緩工程期間的需求。",
    "有地區人士透露，部分{who}已自行組織起來，計劃向區議會提交請願信。",
    "發言人又指，過去一年共處理{n}宗相關投訴，較前年上升{pct}%。",
    "工程顧問報告建議分{q}期進行，以減低對交通的影響。",
    "多名受訪{who}均表示，最關心的是費用會否轉嫁到他們身上。",
    "翻查紀錄，{place}上一次大型翻新已是{year}年的事。",
    "{person}補充，會繼續跟進事件，並要求當局定期匯報進度。",
    "有議員建議，當局應參考新加坡的做法，引入更多智能管理系統。",
    "截至昨日，網上請願已收集逾{n}個簽名。",
    "前日傍晚，十多名{who}自發在{place}平台集會，手持標語表達訴求。",
    "{dept}承認，早前的估算未有充分考慮人手短缺的情況。",
    "據知情人士透露，有關文件已於上月提交行政會議討論。",
    "區內一間茶餐廳的東主{person}指，生意較去年同期下跌約{pct}%。",
    "城市規劃委員會將於{month}月再次審議有關申請。",
    "有學校校長表示，會安排老師在早上繁忙時段協助學生過馬路。",
    "審計署早年的報告曾批評有關部門監管不力，其後當局承諾改善。",
    "{person}在社交平台發文，直言「唔知仲要等幾耐」，帖文獲逾千人讚好。",
    "警方表示，工程期間會加派人手在{place}一帶維持交通秩序。",
    "其中一名受影響的長者表示，每日要多行二十分鐘路，十分吃力。",
    "議員{person}去信{dept}，要求於兩星期內公開詳細數據。",
    "{dept}指，過去三年已投放約{m}億元改善相關設施。",
    "另一邊廂，商界團體則普遍歡迎措施，認為可帶動區內消費。",
    "有關方面預計，整項計劃最快要到{year}年後才能全面落實。",
    "記者今早再到現場視察，發現問題仍未解決。",
    "不少網民在討論區留言，分享自己在{place}的類似遭遇。",
]


def hk_name(rng: random.Random) -> str:
    return rng.choice(HK_SURNAMES) + rng.choice(HK_GIVEN)


def hk_story(rng: random.Random, used: set[str], n: int) -> tuple[str, list[str]]:
    while True:
        subj, who = rng.choice(HK_SUBJECTS)
        place = rng.choice(HK_DISTRICTS)
        ctx = {
            "subj": subj,
            "who": who,
            "place": place,
            "place2": rng.choice([d for d in HK_DISTRICTS if d != place]),
            "dept": rng.choice(HK_DEPTS),
        }

        def fill(frame: str, ctx: dict[str, str] = ctx) -> str:
            c = {
                **ctx,
                "person": hk_name(rng),
                "surname": rng.choice(HK_SURNAMES),
                "k": str(rng.randint(3, 40)),
                "n": str(rng.randint(20, 4800)),
                "m": f"{rng.randint(1, 90)}.{rng.randint(1, 9)}",
                "pct": str(rng.randint(8, 93)),
                "month": str(rng.randint(4, 12)),
                "q": str(rng.randint(2, 4)),
                "year": str(rng.randint(2008, 2019))
                if "{year}年在" in frame
                else str(rng.randint(2025, 2028)),
            }
            return re.sub(r"\{(\w+)\}", lambda m: c[m.group(1)], frame)

        title = fill(rng.choice(HK_HEADLINES))
        if title not in used:
            used.add(title)
            break
    frames = rng.sample(HK_SENTENCES, len(HK_SENTENCES))
    paras = []
    for _ in range(n):
        k = rng.randint(1, 3)
        paras.append(
            "".join(fill(frames.pop() if frames else rng.choice(HK_SENTENCES)) for _ in range(k))
        )
    return title, paras


def comment_text_en(rng: random.Random) -> str:
    return rng.choice(
        [
            "Absolutely shocking that it has taken this long.",
            "Does anyone know if the consultation is still open?",
            "Same old story, money wasted on consultants again.",
            "Good news for once. Well done to the campaigners.",
            "I drove past there this morning and nothing has started.",
            "Lovely piece, thank you for writing it.",
            "This is exactly what I needed to read this week.",
            "Have you tried the approach in the second paragraph with kids?",
        ]
    )


def comment_text_zh(rng: random.Random, trad: bool = False) -> str:
    if trad:
        return rng.choice(
            [
                "終於有人關注呢個問題",
                "講咗咁多年，希望今次真係做到",
                "支持！",
                "政府應該早啲諮詢居民",
                "呢度每日都塞車",
            ]
        )
    return rng.choice(
        [
            "支持！早就该改了",
            "我们小区什么时候能轮到？",
            "点赞，效率很高",
            "希望不要搞形式主义",
            "记者辛苦了",
            "楼上说得对",
        ]
    )
