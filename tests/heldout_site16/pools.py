"""Word pools for the sixteenth held-out site: overseas Chinese-language newsrooms (a London
public broadcaster's Chinese service, a Paris international radio's 华语 service, a German
broadcaster's Chinese desk, a Singapore daily, a New York paper's Chinese edition). Names,
places, bodies and frames are this site's own, written in simplified characters; the 繁體 pages
are the same stories converted with OpenCC (``trad``), as those newsrooms publish them."""

from __future__ import annotations

import random
import re

from heldout_gen import Pools
from opencc import OpenCC

_S2T = OpenCC("s2tw")


def trad(s: str) -> str:
    """A simplified string in traditional characters (the 繁體 edition of the same text): Taiwan's
    standard forms (為, 眾, 著), with 台 as these newsrooms write it."""
    return str(_S2T.convert(s)).replace("臺", "台")


SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = [
    "思源",
    "若曦",
    "伟明",
    "晓岚",
    "志远",
    "嘉怡",
    "浩宇",
    "静雯",
    "子涵",
    "俊杰",
    "雨桐",
    "文博",
    "欣然",
    "一鸣",
    "佳琪",
    "宏伟",
    "诗琪",
    "天宇",
    "梦婷",
    "立新",
    "明轩",
    "慧琳",
    "家乐",
    "秀梅",
    "国栋",
    "雪莹",
    "振华",
    "丽君",
    "少华",
    "海燕",
    "健",
    "楠",
    "峰",
    "敏",
    "洁",
    "磊",
]
# Names a foreign desk signs with: two-character pen names (法广, 德国之声 write under them).
PEN = [
    "尚栩",
    "安然",
    "麦杰",
    "艾米",
    "林泉",
    "子夜",
    "苗子",
    "洪沙",
    "文木",
    "雨芹",
    "乐然",
    "叶青",
    "石雨",
    "韦涛",
    "白湖",
    "凌风",
    "梦溪",
    "冬阳",
    "秋实",
    "若水",
]
# English names as a Chinese edition transliterates them: 名·姓.
EN_FIRST = [
    "艾米",
    "大卫",
    "克里斯",
    "莎拉",
    "迈克尔",
    "詹妮弗",
    "丹尼尔",
    "凯瑟琳",
    "马修",
    "劳拉",
    "本杰明",
    "伊丽莎白",
    "托马斯",
    "汉娜",
    "亚历山大",
    "萨曼莎",
    "乔纳森",
    "瑞贝卡",
    "彼得",
    "维多利亚",
]
EN_LAST = [
    "秦",
    "霍华德",
    "卡特",
    "米勒",
    "班纳特",
    "格林伯格",
    "罗森",
    "泰勒",
    "沃克",
    "哈里斯",
    "柯林斯",
    "摩尔",
    "斯通",
    "费希尔",
    "雷诺兹",
    "帕克",
    "埃利斯",
    "金斯利",
    "普雷斯顿",
    "莫里森",
]
# Reporters of a London broadcaster's English newsroom whose pieces its Chinese service carries
# under their own (Latin) names.
LATIN = [
    "Tessa Whitford",
    "Rupert Wingfield",
    "Laura Becket",
    "Stephen McAllister",
    "Fiona Halloran",
    "Jonathan Pryce",
    "Kelly Ng",
    "Frances Mao-Ling",
    "Nick Marsden",
    "Celia Hatton-Wu",
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def en_name(rng: random.Random) -> str:
    return rng.choice(EN_FIRST) + "·" + rng.choice(EN_LAST)


def distinct(rng: random.Random, make: object, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = make(rng)  # type: ignore[operator]
        if n not in out:
            out.append(n)
    return out


TOPICS = {
    "bbc": [
        "英国移民新政",
        "中英关系",
        "香港国安法",
        "台海局势",
        "英国大选",
        "中国房地产危机",
        "中国电动车出口",
        "英国留学签证",
        "加沙冲突",
        "人工智能监管",
        "英国生活成本危机",
        "俄乌战争",
        "中国青年失业",
        "英国国民保健服务",
    ],
    "rfi": [
        "法国养老金改革",
        "巴黎奥运会安保",
        "中法建交六十周年",
        "欧盟对华电动车调查",
        "新喀里多尼亚骚乱",
        "法国农民抗议",
        "欧洲议会选举",
        "法国移民法案",
        "萨赫勒地区局势",
        "法国核电复兴",
        "欧盟碳边境税",
        "巴黎塞纳河水质",
    ],
    "dw": [
        "德国经济衰退",
        "德国对华战略",
        "德国移民政策",
        "欧盟去风险",
        "德国能源转型",
        "大众汽车在华业务",
        "德国选择党",
        "德国联邦国防军改革",
        "对乌克兰军援",
        "德国铁路罢工",
        "欧盟供应链法",
        "德国大麻合法化",
    ],
    "zaobao": [
        "组屋转售价格",
        "新加坡内阁改组",
        "消费税上调",
        "中美关系",
        "东盟峰会",
        "马来西亚政局",
        "公积金改革",
        "南中国海争端",
        "中国楼市",
        "拥车证价格",
        "外籍劳工政策",
        "樟宜机场第五搭客大厦",
    ],
    "nyt": [
        "中美贸易战",
        "芯片出口管制",
        "TikTok禁令",
        "中国经济放缓",
        "中国青年失业",
        "美国大选",
        "台湾问题",
        "中国留学生",
        "芬太尼危机",
        "中国房地产",
        "人工智能竞赛",
        "全球气候谈判",
    ],
}
ORGS = {
    "bbc": [
        "英国政府",
        "英国外交部",
        "唐宁街",
        "英国内政部",
        "中国外交部",
        "港府",
        "英国议会",
        "北京当局",
    ],
    "rfi": [
        "法国政府",
        "爱丽舍宫",
        "欧盟委员会",
        "法国国民议会",
        "中国驻法使馆",
        "巴黎市政府",
        "法国外交部",
        "马蒂尼翁府",
    ],
    "dw": [
        "德国联邦政府",
        "德国总理府",
        "欧盟委员会",
        "德国联邦议院",
        "德国经济部",
        "德国外交部",
        "德国工商大会",
        "中国驻德使馆",
    ],
    "zaobao": [
        "新加坡政府",
        "建屋发展局",
        "陆路交通管理局",
        "人力部",
        "中国外交部",
        "东盟秘书处",
        "马来西亚政府",
        "金融管理局",
    ],
    "nyt": [
        "拜登政府",
        "美国商务部",
        "美国国会",
        "北京",
        "中国商务部",
        "白宫",
        "美国财政部",
        "中国国家主席",
    ],
}
PLACES = {
    "bbc": ["伦敦", "曼彻斯特", "香港", "北京", "上海", "台北", "伯明翰", "深圳", "爱丁堡", "广州"],
    "rfi": [
        "巴黎",
        "马赛",
        "里昂",
        "布鲁塞尔",
        "北京",
        "斯特拉斯堡",
        "努美阿",
        "波尔多",
        "上海",
        "尼斯",
    ],
    "dw": [
        "柏林",
        "慕尼黑",
        "汉堡",
        "法兰克福",
        "北京",
        "沃尔夫斯堡",
        "科隆",
        "布鲁塞尔",
        "德累斯顿",
        "上海",
    ],
    "zaobao": [
        "新加坡",
        "兀兰",
        "榜鹅",
        "淡滨尼",
        "吉隆坡",
        "北京",
        "裕廊东",
        "马尼拉",
        "雅加达",
        "盛港",
    ],
    "nyt": ["北京", "华盛顿", "纽约", "上海", "台北", "深圳", "旧金山", "香港", "武汉", "成都"],
}
HEAD = {
    "bbc": [
        "{topic}：{org}面临的三大难题",
        "{topic}：你需要知道的几件事",
        "{place}观察：{topic}背后的民意变化",
        "{org}回应{topic}争议 外界关注后续发展",
        "{topic}持续发酵 {place}民众怎么看",
        "BBC调查：{topic}中鲜为人知的细节",
        "{topic}如何改变了{place}华人的生活",
        "分析：{org}为何在{topic}上改变立场",
    ],
    "rfi": [
        "{topic}：{org}承诺加快推进",
        "{place}数千人上街 抗议{topic}",
        "{org}就{topic}作出回应",
        "专访：{topic}对旅法华人意味着什么",
        "{topic}进入关键阶段 {org}面临压力",
        "{place}：{topic}引发激烈辩论",
        "{org}公布{topic}最新方案",
        "{topic}：欧洲各国立场分歧",
    ],
    "dw": [
        "{topic}：{org}拿出新对策",
        "评论：{topic}暴露了什么问题",
        "{place}企业界担忧{topic}",
        "{org}就{topic}召开特别会议",
        "{topic}：德国民众态度出现转变",
        "专家解读{topic}的深远影响",
        "{place}举行集会 反对{topic}",
        "{topic}前景难料 {org}陷入两难",
    ],
    "zaobao": [
        "{topic}：{org}宣布多项新措施",
        "{place}居民关注{topic}",
        "{org}：{topic}将分阶段推行",
        "{topic}牵动{place}房市走向",
        "早报观点：{topic}需要更多透明度",
        "{org}回应{topic}相关疑问",
        "{topic}升温 {place}商家忧成本上涨",
        "{topic}最新进展：{org}召开记者会",
    ],
    "nyt": [
        "{topic}：{org}的下一步棋",
        "{topic}如何改变了中美关系",
        "在{place}，{topic}的影响无处不在",
        "{org}加码{topic} 北京誓言反制",
        "为何{topic}让{place}的年轻人忧心忡忡",
        "{topic}：一场没有赢家的较量",
        "{org}在{topic}上的新算计",
        "{topic}之下，{place}企业寻找出路",
    ],
}
FRAMES = {
    "bbc": [
        "{org}发言人对BBC中文表示，有关安排将在{month}月底前公布。",
        "一名不愿具名的官员告诉BBC，{topic}的讨论已持续数月。",
        "在{place}生活了{n}年的{person}对BBC说，她对{topic}的走向感到担忧。",
        "英国智库的研究人员认为，{topic}的影响将远超外界预期。",
        "BBC中文查阅的文件显示，相关支出在过去一年增加了{pct}%。",
        "批评者指出，{org}在{topic}问题上缺乏清晰的长期规划。",
    ],
    "rfi": [
        "{org}发言人在记者会上表示，政府不会在{topic}问题上让步。",
        "据法新社报道，{place}当天约有{n2}人参加了相关活动。",
        "旅法华人{person}接受法广采访时说，{topic}直接影响到华人商家的经营。",
        "法国《世界报》援引消息人士的话说，{org}内部对此意见不一。",
        "分析人士认为，{topic}将成为今年欧洲政治的一大焦点。",
        "民调显示，约{pct}%的法国人支持就{topic}举行全民讨论。",
    ],
    "dw": [
        "{org}发言人周三在{place}表示，德国将继续与欧洲伙伴密切协调。",
        "德国之声获悉，{org}内部已就{topic}起草了一份内部文件。",
        "德国经济研究所的专家{person}指出，{topic}对中小企业冲击最大。",
        "据德新社报道，相关法案预计将在{month}月提交联邦议院表决。",
        "批评人士认为，柏林在{topic}问题上反应过于迟缓。",
        "最新民调显示，{pct}%的受访德国民众对{topic}表示担忧。",
    ],
    "zaobao": [
        "{org}发言人昨天在回复《联合早报》询问时说，相关细节将在{month}月公布。",
        "受访的{place}居民{person}说，{topic}对他一家人的生活有直接影响。",
        "{org}的数据显示，今年首季相关申请达{n2}宗，按年增加{pct}%。",
        "业界人士指出，{topic}的走向仍有待观察。",
        "国会议员{person}在国会提问时要求当局进一步说明{topic}的安排。",
        "经济师认为，{topic}短期内不会对本地经济造成太大冲击。",
    ],
    "nyt": [
        "{org}的一名高级官员在接受采访时说，华盛顿不会在{topic}上退缩。",
        "在{place}，一位名叫{person}的企业主说，{topic}让她的生意举步维艰。",
        "根据《纽约时报》获得的内部文件，相关讨论早在去年{month}月就已开始。",
        "分析人士说，{topic}反映出两国之间日益加深的不信任。",
        "中国官方媒体将{topic}描述为美国遏制中国崛起的又一例证。",
        "数据显示，过去一年相关贸易额下降了{pct}%。",
    ],
}
OPEN = [
    "此外，",
    "与此同时，",
    "据报道，",
    "去年，",
    "目前，",
    "在{place}，",
    "截至{month}月底，",
    "分析人士指出，",
    "",
    "",
    "",
]
SUBJ = ["{org}", "当局", "{place}的企业", "多个民间团体", "业界", "不少民众", "反对派", "国际社会"]
PRED = [
    "累计投入资金约{n}亿",
    "受影响人数达{n2}万人",
    "相关支出按年增长{pct}%",
    "提出了{n}项具体建议",
    "收到投诉{n2}宗",
    "较去年同期减少{pct}%",
    "举行了{n}轮谈判",
    "新增就业岗位{n2}个",
    "出口额下降{pct}%",
    "已在{n}个城市展开试点",
    "承诺在{yrs}年内完成改革",
    "召开了{n}次听证会",
    "吸引了{n2}家企业参与",
    "价格上涨约{pct}%",
]
TAIL = ["。", "，引起广泛关注。", "，但争议仍未平息。", "，各方反应不一。", "，显示形势仍不明朗。"]
CAPTIONS = [
    "{org}官员{month}月{day}日在{place}出席记者会。",
    "{place}街头的行人。",
    "民众在{place}参加集会。",
    "图为{place}一处工地。",
    "{month}月{day}日，{place}的示威者举着标语。",
    "与会代表在会议开始前合影。",
]
SUBHEADS = {
    "bbc": ["“我们别无选择”", "北京的反应", "下一步会怎样"],
    "rfi": ["华人社区的担忧", "政府的算盘", "欧洲的分歧"],
    "dw": ["企业界的忧虑", "柏林的两难", "欧盟层面的博弈"],
    "zaobao": ["居民：希望当局多听意见", "专家：需关注长期影响", "当局：会持续检讨"],
    "nyt": ["北京的算计", "“一场漫长的博弈”", "企业的困境"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    """A frame with its slots filled: every number drawn afresh, the story's context kept."""
    draw = {
        "n": lambda: str(rng.randint(3, 98)),
        "n2": lambda: str(rng.randint(12, 960)),
        "yrs": lambda: str(rng.randint(2, 10)),
        "pct": lambda: f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
        "month": lambda: str(rng.randint(6, 11)),
        "day": lambda: str(rng.randint(1, 28)),
    }
    person = zh_name(rng)

    def one(m: re.Match[str]) -> str:
        k = m.group(1)
        if k in ctx:
            return ctx[k]
        if k == "person":
            return person
        return draw[k]()

    return re.sub(r"\{(\w+)\}", one, frame)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES[tpl], 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
    }


POOLS = Pools(
    HEAD,
    FRAMES,
    CAPTIONS,
    fill,
    (OPEN, SUBJ, PRED, TAIL),
    frame_share=0.35,
    mixed_sep=False,
    topics=TOPICS,
)
