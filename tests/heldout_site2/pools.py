"""Word pools and sentence makers for the bodies: English, simplified and traditional Chinese.

Every sentence draws several slots from large pools plus fresh numbers, so that two articles share
template words but few five-word runs (the bodies are not near-duplicates of each other).
"""

from __future__ import annotations

import random

EN_FIRST = [
    "Jane",
    "Maria",
    "Daniel",
    "Priya",
    "Marcus",
    "Elena",
    "Tomás",
    "Grace",
    "Owen",
    "Nadia",
    "Samuel",
    "Olivia",
    "Victor",
    "Hannah",
    "Rafael",
    "Chloe",
    "Isaac",
    "Leah",
    "Gabriel",
    "Fiona",
    "Andre",
    "Monique",
    "Patrick",
    "Ruth",
    "Desmond",
    "Alma",
    "Kenji",
    "Lucia",
    "Harold",
    "Imani",
    "Theo",
    "Beatrice",
    "Wesley",
    "Farah",
    "Colin",
    "Dana",
]
EN_LAST = [
    "Doe",
    "Alvarez",
    "Whitfield",
    "Okafor",
    "Brennan",
    "Castillo",
    "Lindqvist",
    "Harper",
    "Nakamura",
    "Sullivan",
    "Moreau",
    "Petrov",
    "Delgado",
    "Fitzgerald",
    "Kowalski",
    "Abernathy",
    "Osei",
    "Marchetti",
    "Holloway",
    "Reyes",
    "Gallagher",
    "Thornton",
    "Vasquez",
    "Mbeki",
    "Caldwell",
    "Iverson",
    "Pryce",
    "Quintero",
    "Ashford",
    "Lombardi",
    "Navarro",
    "Whitaker",
]
EN_ROLES = (
    "the harbor master",
    "a city council member",
    "the county treasurer",
    "a spokeswoman for the port authority",
    "the school superintendent",
    "a spokesman for the fire department",
    "the chair of the planning board",
    "an economist at the state university",
    "the owner of a family bakery on Front Street",
    "a retired ferry captain",
    "the director of the regional food bank",
    "a union organizer at the shipyard",
    "the head of the chamber of commerce",
    "a marine biologist with the coastal institute",
    "the town's emergency manager",
    "a nurse at Bayview General Hospital",
)
EN_PLACES = (
    "Front Street",
    "the north pier",
    "Elm Street bridge",
    "the old cannery",
    "Lighthouse Point",
    "the Millbrook neighborhood",
    "Route 9",
    "the community college campus",
    "the east breakwater",
    "Saltmarsh Park",
    "the fish market",
    "Cedar Hill",
    "the railway depot",
    "the public library annex",
    "Gull Island",
    "the Westfield industrial park",
    "Harbor Avenue",
    "the county fairgrounds",
)
EN_ORGS = (
    "the port authority",
    "the city council",
    "the county commission",
    "the state transportation department",
    "the school board",
    "the regional water district",
    "the harbor conservancy",
    "the housing trust",
    "the fishermen's cooperative",
    "the downtown business association",
    "the state environmental agency",
    "the transit board",
    "the hospital foundation",
    "the parks commission",
)
EN_THINGS = (
    "dredging project",
    "seawall repair",
    "bus route overhaul",
    "affordable housing plan",
    "property tax increase",
    "new ferry terminal",
    "stormwater upgrade",
    "school lunch program",
    "bike lane extension",
    "shellfish bed closure",
    "wind farm lease",
    "library renovation",
    "parking meter rollout",
    "wastewater treatment contract",
    "summer festival budget",
    "broadband expansion",
    "shipyard contract",
    "flood insurance map",
    "downtown rezoning",
    "youth sports complex",
)
EN_VERBS = (
    "approved",
    "delayed",
    "questioned",
    "rejected",
    "endorsed",
    "reviewed",
    "postponed",
    "expanded",
    "scaled back",
    "reopened",
    "challenged",
    "funded",
)
EN_MONTHS = ("April", "May", "June", "July", "August", "September", "October", "November")
EN_ADJ = (
    "cautious",
    "heated",
    "lengthy",
    "unusually brief",
    "packed",
    "tense",
    "good-natured",
    "contentious",
    "quiet",
    "emotional",
)
EN_CONCERNS = (
    "traffic on weekends",
    "the cost to taxpayers",
    "noise from construction crews",
    "the loss of parking spaces",
    "rising rents",
    "runoff into the bay",
    "the pace of repairs",
    "access for wheelchair users",
    "the safety of children walking to school",
    "competition from out-of-state firms",
    "the effect on migrating birds",
    "the timeline for permits",
)


def _add(sents: list[str], seen: set[str], sentence: str) -> None:
    """Keep a sentence unless the article already has it (a story does not repeat itself)."""
    if sentence not in seen:
        seen.add(sentence)
        sents.append(sentence)


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def _money(rng: random.Random) -> str:
    return f"${rng.randint(2, 98)}.{rng.randint(1, 9)} million"


_EN_SENTENCES = (
    "{org_c} {verb} the {thing} on {weekday} after a {adj} meeting that ran past {hour} p.m.",
    '"We have waited {n} years for this," said {person}, {role}.',
    "The {thing} is expected to cost about {money}, according to figures released by {org}.",
    "Residents near {place} said they were worried about {concern}.",
    "{person2}, {role2}, said the {thing2} would not be finished before {month}.",
    "Of the {n2} people who spoke during public comment, {n3} opposed the proposal.",
    "Work near {place2} is scheduled to begin in {month} and last roughly {n} months.",
    "{org2_c} has asked for a second study of {concern2} before any money is spent.",
    '"Nobody here is against progress, but {concern} is a real problem," {person} said.',
    "A similar {thing2} stalled in {year} when bids came in {n}% over budget.",
    "The vote was {n3} to {n4}, with one member absent.",
    "Documents obtained by the Ledger show that {org} received {n2} letters about the plan.",
    "{person2} noted that {place} has flooded {n} times since {year}.",
    "The state has promised to cover {pct}% of the cost, or roughly {money}.",
    "Several business owners along {place2} said sales fell {pct}% during earlier work.",
    "A public hearing on the {thing} is set for {month} {day} at {place2}.",
    "{org2_c} said it would publish a revised schedule within {n} weeks.",
    "Critics pointed to {concern2} and to the {adj} pace of earlier projects.",
    "Supporters argued that the {thing} would bring {n2} jobs to the area.",
    "{person}, who has lived near {place} for {n4} years, called the decision {adj}.",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def en_paragraphs(rng: random.Random, n: int) -> list[str]:
    """``n`` paragraphs of 2-4 sentences about one story's cast of people, places and things."""
    cast: dict[str, object] = {
        "person": en_name(rng),
        "person2": en_name(rng),
        "role": rng.choice(EN_ROLES),
        "role2": rng.choice(EN_ROLES),
        "org": rng.choice(EN_ORGS),
        "org2": rng.choice(EN_ORGS),
        "thing": rng.choice(EN_THINGS),
        "thing2": rng.choice(EN_THINGS),
        "place": rng.choice(EN_PLACES),
        "place2": rng.choice(EN_PLACES),
    }
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        sents: list[str] = []
        for _ in range(rng.randint(2, 4)):
            tpl = rng.choice(_EN_SENTENCES)
            fill = dict(cast)
            fill.update(
                org_c=str(cast["org"]).capitalize(),
                org2_c=str(cast["org2"]).capitalize(),
                verb=rng.choice(EN_VERBS),
                weekday=rng.choice(_WEEKDAYS),
                adj=rng.choice(EN_ADJ),
                hour=rng.randint(8, 11),
                n=rng.randint(2, 40),
                n2=rng.randint(12, 400),
                n3=rng.randint(5, 9),
                n4=rng.randint(1, 4),
                pct=rng.randint(5, 80),
                money=_money(rng),
                concern=rng.choice(EN_CONCERNS),
                concern2=rng.choice(EN_CONCERNS),
                month=rng.choice(EN_MONTHS),
                day=rng.randint(1, 28),
                year=rng.randint(1998, 2021),
            )
            _add(sents, seen, tpl.format(**fill))
        if sents:
            out.append(" ".join(sents))
    return out


EN_HEAD_PARTS = (
    ("{Org} {verb} {money} {thing} for {place}", 0),
    ("After {n} years of delays, {thing} at {place} moves ahead", 0),
    ("{Person} named new head of {org}", 0),
    ("Residents pack hearing on {thing}", 0),
    ("What the {thing} means for {place}", 0),
    ("{Org} {verb} {thing}; critics cite {concern}", 0),
    ("Storm damage at {place} tops {money}, officials say", 0),
    ("Harbor towns brace for {thing} as {org} weighs options", 0),
    ("{Place}'s {thing} faces {n}-month delay", 1),
    ("Why {place} keeps flooding — and what {org} plans to do about it", 0),
    ("{Org} to vote on {thing}", 0),
    ("Q&A: {Person} on the {thing} and {concern}", 0),
)


def _caps(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


def en_headline(rng: random.Random, used: set[str]) -> str:
    while True:
        tpl, _ = rng.choice(EN_HEAD_PARTS)
        org = rng.choice(EN_ORGS)
        place = rng.choice(EN_PLACES)
        h = tpl.format(
            Org=_caps(org[4:] if org.startswith("the ") else org),
            org=org,
            verb=rng.choice(("approves", "delays", "rejects", "backs", "funds", "pauses")),
            money=_money(rng),
            thing=rng.choice(EN_THINGS),
            place=place,
            Place=_caps(place[4:]) if place.startswith("the ") else place,
            Person=en_name(rng),
            concern=rng.choice(EN_CONCERNS),
            n=rng.randint(2, 18),
        )
        h = h[0].upper() + h[1:]
        if h not in used:
            used.add(h)
            return h.replace("'", "\u2019")


# --- simplified Chinese ---------------------------------------------------------------------

ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"  # noqa: E501
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文斌飞鹏宇浩凯健俊帆帅旭宁晨雪琳晓春海波东梅丹"  # noqa: E501
ZH_TOWNS = (
    "城关镇",
    "溪口镇",
    "石门乡",
    "白沙镇",
    "青石街道",
    "龙潭乡",
    "桃源镇",
    "马岭乡",
    "清溪街道",
    "柳塘镇",
    "双河乡",
    "黄土岭镇",
)
ZH_ORGS = (
    "县农业农村局",
    "县发展和改革局",
    "县教育局",
    "县卫生健康局",
    "县住房和城乡建设局",
    "县交通运输局",
    "县市场监督管理局",
    "县生态环境分局",
    "县应急管理局",
    "县文化和广电旅游体育局",
    "县人力资源和社会保障局",
    "县水利局",
    "县林业局",
    "县商务局",
)
ZH_TOPICS = (
    "春耕备耕",
    "高标准农田建设",
    "农村人居环境整治",
    "安全生产大检查",
    "义务教育优质均衡发展",
    "城乡居民医保参保",
    "森林防火",
    "老旧小区改造",
    "乡村振兴示范带建设",
    "食品安全专项整治",
    "河湖长制",
    "重点项目建设",
    "营商环境优化",
    "农村饮水安全",
    "稳就业促增收",
    "文明城市创建",
    "防汛备汛",
    "茶产业提质增效",
    "电商进农村",
    "全域旅游",
)
ZH_ACTIONS = (
    "召开推进会",
    "开展专项督查",
    "部署相关工作",
    "组织现场观摩",
    "举办培训班",
    "启动集中行动",
    "开展调研",
    "召开座谈会",
)
ZH_THINGS = (
    "水稻育秧大棚",
    "村级道路",
    "污水管网",
    "标准化厂房",
    "便民服务中心",
    "中小学校舍",
    "养老服务站",
    "农贸市场",
    "山塘水库",
    "公共厕所",
    "充电桩",
    "文化礼堂",
    "冷链仓储中心",
    "茶叶加工厂",
)
ZH_GOALS = (
    "确保各项任务按时保质完成",
    "切实把好事办好、实事办实",
    "坚决守牢安全底线",
    "让群众有更多获得感",
    "为全年经济发展开好局",
    "形成一批可复制可推广的经验",
    "推动工作提档升级",
    "全力以赴抓好落实",
)


def zh_name(rng: random.Random, given: str = ZH_GIVEN, surnames: str = ZH_SURNAMES) -> str:
    n = rng.choice((1, 2, 2))
    return rng.choice(surnames) + "".join(rng.choice(given) for _ in range(n))


_ZH_SENTENCES = (
    "{m}月{d}日，{org}在{town}{action}，就{topic}工作进行再部署、再落实。",
    "会上，{person}通报了今年以来全县{topic}的推进情况，截至目前已完成{thing}{n}处。",
    "{person2}强调，各乡镇（街道）要进一步压实责任，{goal}。",
    "据了解，{town}今年计划投入资金{money}万元，用于{thing}的新建和改造。",
    "在{town}{village}，工作人员正在对{thing}进行检修，现场一片忙碌景象。",
    "“今年我们村新增了{n}个{thing}，大家干劲更足了。”{village}党支部书记{person3}说。",
    "下一步，{org}将围绕{topic}，建立问题清单、责任清单和整改清单，{goal}。",
    "截至{m}月底，全县累计排查各类隐患{n2}条，已整改{n3}条，整改率达{pct}%。",
    "{person}一行先后来到{village}、{town}等地，实地察看{thing}运行情况。",
    "此次活动共发放宣传资料{n2}余份，接受群众咨询{n}人次。",
    "据统计，{year}年全县{topic}共落实项目{n}个，带动{n2}余户农户增收。",
    "与会人员还就{topic}中存在的{problem}等问题进行了深入交流。",
    "{org}相关负责人表示，将持续跟踪{thing}建设进度，{goal}。",
    "当天，{person3}还主持召开了{topic}工作专题会议，听取了各部门的意见建议。",
)
ZH_VILLAGES = (
    "新联村",
    "上坪村",
    "下洋村",
    "枫树湾村",
    "大坑村",
    "金竹村",
    "岭头村",
    "河西村",
    "板桥村",
    "杨家坞村",
    "三联村",
    "庙前村",
)
ZH_PROBLEMS = (
    "资金缺口较大",
    "项目审批周期长",
    "群众参与度不高",
    "专业人才短缺",
    "后期管护不到位",
    "基础数据不完整",
    "部门协同不够",
    "季节性用工紧张",
)


def zh_paragraphs(rng: random.Random, n: int, month: int) -> list[str]:
    cast: dict[str, object] = {
        "org": rng.choice(ZH_ORGS),
        "town": rng.choice(ZH_TOWNS),
        "topic": rng.choice(ZH_TOPICS),
        "action": rng.choice(ZH_ACTIONS),
        "thing": rng.choice(ZH_THINGS),
        "person": "县委常委、副县长" + zh_name(rng),
        "person2": "县政府党组成员" + zh_name(rng),
        "person3": zh_name(rng),
        "village": rng.choice(ZH_VILLAGES),
    }
    out = []
    seen: set[str] = set()
    for _ in range(n):
        sents: list[str] = []
        for _ in range(rng.randint(2, 4)):
            fill = dict(cast)
            fill.update(
                m=month,
                d=rng.randint(1, 28),
                n=rng.randint(3, 90),
                n2=rng.randint(120, 9000),
                n3=rng.randint(100, 118),
                pct=rng.randint(86, 99),
                money=rng.randint(120, 4800),
                goal=rng.choice(ZH_GOALS),
                problem=rng.choice(ZH_PROBLEMS),
                year=rng.choice((2022, 2023)),
            )
            _add(sents, seen, rng.choice(_ZH_SENTENCES).format(**fill))
        if sents:
            out.append("".join(sents))
    return out


_ZH_HEADS = (
    "{org}{action}部署{topic}工作",
    "我县{topic}取得阶段性成效",
    "{town}：{thing}建设跑出“加速度”",
    "县领导赴{town}调研{topic}工作",
    "{town}{village}{thing}正式投入使用",
    "全县{topic}现场推进会在{town}召开",
    "关于开展{year}年度{topic}工作的通知",
    "{org}召开{topic}专题会议",
    "聚焦{topic} 推动高质量发展——{town}打造{thing}样板",
    "{town}多措并举抓好{topic}",
)


def zh_headline(rng: random.Random, used: set[str]) -> str:
    while True:
        h = rng.choice(_ZH_HEADS).format(
            org=rng.choice(ZH_ORGS),
            action=rng.choice(ZH_ACTIONS)[:2],
            topic=rng.choice(ZH_TOPICS),
            town=rng.choice(ZH_TOWNS),
            village=rng.choice(ZH_VILLAGES),
            thing=rng.choice(ZH_THINGS),
            year=2024,
        )
        if h not in used:
            used.add(h)
            return h


# newspaper: city news in a provincial daily
PAPER_TOPICS = (
    "轨道交通",
    "城市更新",
    "数字经济",
    "夜间经济",
    "长江大保护",
    "人才公寓",
    "跨境电商",
    "社区食堂",
    "马拉松赛事",
    "非遗传承",
    "新能源汽车",
    "老年大学",
    "口袋公园",
    "义务植树",
    "一刻钟便民生活圈",
    "科创走廊",
)
PAPER_PLACES = (
    "江岸区",
    "汉阳湾",
    "东湖新区",
    "南湖街道",
    "临江大道",
    "青山片区",
    "光谷东",
    "沙湖公园",
    "古田路",
    "汉正街",
    "后湖",
    "白沙洲",
)
_PAPER_SENTENCES = (
    "{m}月{d}日，记者从{place}获悉，{topic}项目已完成总工程量的{pct}%。",
    "走进{place}，{scene}，市民{citizen}正带着孩子散步。",
    "“过去{thing_before}，现在{thing_after}。”{citizen}笑着说。",
    "据介绍，今年{place}将新建{topic}相关设施{n}处，总投资约{money}亿元。",
    "{official}表示，将坚持问题导向，把{topic}作为今年的重点民生工程来抓。",
    "数据显示，{year}年全市{topic}相关企业达{n2}家，同比增长{pct}%。",
    "在{place}的施工现场，{n}台机械同时作业，工人们正抓紧浇筑混凝土。",
    "{citizen}告诉记者，{topic}让周边居民的生活方便了许多。",
    "下一步，{place}还将引入社会资本，探索{topic}的长效运营机制。",
    "专家认为，{topic}既要算经济账，也要算民生账和生态账。",
    "今年一季度，{place}已累计接待游客{n2}万人次，带动消费{money}亿元。",
    "为破解{problem}难题，{place}推出了{n}项创新举措。",
)
PAPER_SCENES = (
    "绿树掩映、步道蜿蜒",
    "新建的广场上人头攒动",
    "一排排崭新的厂房拔地而起",
    "街边的小店陆续亮起了灯",
    "江风拂面、樱花盛开",
    "塔吊林立、车辆穿梭",
)
PAPER_BEFORE_AFTER = (
    ("买菜要走两公里", "下楼就能买到新鲜蔬菜"),
    ("一下雨就积水", "雨停路就干了"),
    ("晚上黑灯瞎火", "路灯亮堂堂的"),
    ("孩子没地方玩", "家门口就有口袋公园"),
    ("办事要跑好几趟", "手机上就能办"),
    ("停车难得很", "新建的停车场解决了大问题"),
)
PAPER_PROBLEMS = ("停车难", "融资难", "用工难", "审批慢", "配套弱", "管护难")


def paper_paragraphs(rng: random.Random, n: int, month: int) -> list[str]:
    topic = rng.choice(PAPER_TOPICS)
    place = rng.choice(PAPER_PLACES)
    citizen = zh_name(rng)
    official = rng.choice(
        ("市发改委相关负责人", "区住建局局长", "市文旅局副局长", "街道党工委书记")
    )
    official += zh_name(rng)
    out = []
    seen: set[str] = set()
    for _ in range(n):
        sents: list[str] = []
        for _ in range(rng.randint(2, 4)):
            before, after = rng.choice(PAPER_BEFORE_AFTER)
            _add(
                sents,
                seen,
                rng.choice(_PAPER_SENTENCES).format(
                    m=month,
                    d=rng.randint(1, 28),
                    place=rng.choice((place, place, rng.choice(PAPER_PLACES))),
                    topic=topic,
                    pct=rng.randint(10, 95),
                    scene=rng.choice(PAPER_SCENES),
                    citizen=citizen,
                    thing_before=before,
                    thing_after=after,
                    n=rng.randint(3, 60),
                    n2=rng.randint(150, 9800),
                    money=round(rng.uniform(0.5, 60), 1),
                    official=official,
                    year=rng.choice((2022, 2023)),
                    problem=rng.choice(PAPER_PROBLEMS),
                ),
            )
        if sents:
            out.append("".join(sents))
    return out


_PAPER_HEADS = (
    "{place}{topic}按下“快进键”",
    "{topic}：让城市更有温度",
    "一季度全市{topic}实现开门红",
    "家门口的{topic}，越来越有滋味",
    "{place}探索{topic}新路径",
    "从“有没有”到“好不好”——{place}{topic}见闻",
    "{topic}项目{place}段全面开工",
    "{n}项举措力促{topic}提质",
)


def paper_headline(rng: random.Random, used: set[str]) -> str:
    while True:
        h = rng.choice(_PAPER_HEADS).format(
            place=rng.choice(PAPER_PLACES), topic=rng.choice(PAPER_TOPICS), n=rng.randint(6, 30)
        )
        if h not in used:
            used.add(h)
            return h


# --- traditional Chinese (every character must exist in Big5) --------------------------------

TW_SURNAMES = "林陳黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
TW_GIVEN = "小明美華怡君志豪雅婷家豪淑芬建宏宗翰佩珊俊傑欣怡承恩詩涵冠宇柏翰玉珍文雄秀英國榮"
TW_CITIES = ("台北", "新北", "桃園", "台中", "台南", "高雄", "基隆", "新竹", "嘉義", "宜蘭", "花蓮")
TW_TOPICS = (
    "少子化",
    "長照2.0",
    "社會住宅",
    "捷運延伸線",
    "缺電危機",
    "食安稽查",
    "最低工資調漲",
    "觀光振興",
    "半導體人才",
    "空汙管制",
    "颱風防災",
    "醫護人力",
    "房價管制",
    "托育補助",
    "交通違規記點",
    "農產品外銷",
)
TW_ORGS = (
    "行政院",
    "交通部",
    "衛福部",
    "經濟部",
    "勞動部",
    "教育部",
    "環境部",
    "內政部",
    "市議會",
    "市府",
    "立法院",
)
_TW_SENTENCES = (
    "{org}今天表示，{topic}相關措施預計在{m}月上路，首波將投入新台幣{money}億元。",
    "根據統計，{year}年{city}地區{topic}相關案件共有{n2}件，較前一年增加{pct}%。",
    "{official}接受媒體聯訪時指出，{topic}需要中央與地方共同努力。",
    "有民眾向記者反映，{complaint}，希望政府能盡快改善。",
    "{expert}分析，{topic}牽涉層面廣泛，短期內恐難看到明顯成效。",
    "對此，{org2}回應，已成立專案小組，將在{n}週內提出具體改善方案。",
    "{city}一名{n3}歲的上班族說：「{quote}」",
    "據了解，{org2}已邀集{n}個相關單位開會，研議{topic}的配套措施。",
    "{official}強調，政府會持續滾動檢討，不會讓民眾權益受損。",
    "不過，也有在野黨議員質疑，{topic}政策規劃倉促，{complaint}。",
    "今年以來，{city}已辦理{n2}場說明會，參與民眾超過{n4}萬人次。",
)
TW_COMPLAINTS = (
    "申請流程太過繁瑣",
    "補助金額根本不夠用",
    "等候時間長達數個月",
    "資訊公開不夠透明",
    "偏鄉資源明顯不足",
    "執行細節至今仍不清楚",
)
TW_QUOTES = (
    "每個月薪水扣掉房租，幾乎存不了錢。",
    "希望政策不要只是喊口號。",
    "家裡長輩需要照顧，真的很辛苦。",
    "通勤時間太長，孩子都睡了才到家。",
    "物價一直漲，薪水卻沒跟上。",
    "我們只是想要一個安心的環境。",
)
TW_EXPERTS = ("台大教授", "政大學者", "中研院研究員", "民間團體代表", "清大副教授")


def tw_name(rng: random.Random) -> str:
    return rng.choice(TW_SURNAMES) + "".join(rng.choice(TW_GIVEN) for _ in range(2))


def tw_paragraphs(rng: random.Random, n: int, month: int) -> list[str]:
    topic = rng.choice(TW_TOPICS)
    city = rng.choice(TW_CITIES)
    official = rng.choice(("部長", "市長", "次長", "局長", "發言人")) + tw_name(rng)
    expert = rng.choice(TW_EXPERTS) + tw_name(rng)
    out = []
    seen: set[str] = set()
    for _ in range(n):
        sents: list[str] = []
        for _ in range(rng.randint(2, 4)):
            _add(
                sents,
                seen,
                rng.choice(_TW_SENTENCES).format(
                    org=rng.choice(TW_ORGS),
                    org2=rng.choice(TW_ORGS),
                    topic=topic,
                    m=month + rng.randint(1, 3),
                    money=rng.randint(2, 300),
                    year=rng.choice((2022, 2023)),
                    city=city,
                    n=rng.randint(2, 12),
                    n2=rng.randint(100, 8000),
                    n3=rng.randint(24, 68),
                    n4=rng.randint(1, 30),
                    pct=rng.randint(3, 40),
                    official=official,
                    expert=expert,
                    complaint=rng.choice(TW_COMPLAINTS),
                    quote=rng.choice(TW_QUOTES),
                ),
            )
        if sents:
            out.append("".join(sents))
    return out


_TW_HEADS = (
    "{topic}政策將上路 {org}：{m}月起實施",
    "{city}{topic}問題惡化 民眾怨聲載道",
    "影／{city}{topic}說明會 現場爆滿",
    "{org}拍板{topic}新制 每年砸{money}億",
    "{topic}怎麼解？學者：{org}應先做這件事",
    "快訊／{city}{topic}最新數據出爐",
    "{topic}爭議延燒 {org}今召開記者會說明",
)


def tw_headline(rng: random.Random, used: set[str]) -> str:
    while True:
        h = rng.choice(_TW_HEADS).format(
            topic=rng.choice(TW_TOPICS),
            org=rng.choice(TW_ORGS),
            city=rng.choice(TW_CITIES),
            m=rng.randint(4, 9),
            money=rng.randint(2, 300),
        )
        if h not in used:
            used.add(h)
            return h
