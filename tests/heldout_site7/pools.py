"""Word pools for the seventh held-out site: names, places, headline and sentence frames for the
five templates (a portal's reposts, a wire service, the state broadcaster, a city government's
work news, a Shanghai digital daily). Every body is drawn from a seeded RNG."""

from __future__ import annotations

import random
import re

from heldout_gen import Pools

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁"
    "蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦"
)
GIVEN = [
    "晓颖",
    "子轩",
    "雨桐",
    "海峰",
    "俊杰",
    "佳琪",
    "建军",
    "丽娟",
    "志远",
    "梦瑶",
    "天宇",
    "欣然",
    "国平",
    "红梅",
    "少华",
    "雪松",
    "文博",
    "静怡",
    "立伟",
    "晨曦",
    "宏亮",
    "婉清",
    "家乐",
    "书涵",
    "永刚",
    "玉兰",
    "明杰",
    "思琪",
    "卓",
    "越",
    "楠",
    "帆",
    "颖",
    "涛",
    "萌",
    "超",
    "琦",
    "岩",
]
PLACES = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "西安",
    "南京",
    "重庆",
    "长沙",
    "郑州",
    "合肥",
    "福州",
    "昆明",
    "南昌",
    "太原",
    "石家庄",
    "青岛",
    "厦门",
    "宁波",
    "苏州",
    "无锡",
    "大连",
]
PROVINCES = ["河南", "浙江", "四川", "广东", "湖北", "江苏", "山东", "福建", "安徽", "江西"]

TOPICS = {
    "netease": [
        "暑期研学游",
        "电动自行车新国标",
        "网约车合规",
        "外卖骑手社保",
        "高铁静音车厢",
        "景区预约",
        "二手车跨省迁移",
        "医美贷",
        "校园周边食品安全",
        "老旧小区加装电梯",
        "共享充电宝涨价",
        "短视频防沉迷",
        "长租公寓",
        "城市夜经济",
    ],
    "chinanews": [
        "入境游",
        "中欧班列",
        "跨境电商",
        "海外华文教育",
        "侨乡文旅",
        "进出口贸易",
        "粤港澳大湾区建设",
        "两岸青年交流",
        "春耕生产",
        "非遗传承",
        "对外开放平台",
        "民营经济发展",
        "新能源汽车出口",
        "港珠澳大桥通行",
    ],
    "cctv": [
        "夏粮收购",
        "大规模设备更新",
        "高标准农田",
        "科技成果转化",
        "防汛备汛",
        "乡村全面振兴",
        "生态环境保护",
        "消费品以旧换新",
        "新型工业化",
        "稳岗扩就业",
        "长江经济带发展",
        "城市更新行动",
        "文化遗产保护",
        "北斗规模应用",
    ],
    "hanweb": [
        "优化营商环境",
        "项目建设“百日攻坚”",
        "安全生产大检查",
        "人才引进",
        "招商引资",
        "数字政府建设",
        "河长制",
        "森林防火",
        "政务服务“一网通办”",
        "民营企业座谈",
        "文明城市创建",
        "农村人居环境整治",
        "消防安全宣传",
        "残疾人就业帮扶",
    ],
    "paper": [
        "上海城市更新",
        "长三角一体化",
        "银发经济",
        "外资企业在华投资",
        "大模型备案",
        "房地产“以旧换新”",
        "青年就业",
        "县域商业体系",
        "低空经济",
        "自贸区制度创新",
        "新能源汽车价格战",
        "医保药品集采",
        "跨境数据流动",
        "博物馆预约",
    ],
}
ORGS = {
    "netease": ["市场监管部门", "当地交警", "涉事企业", "市消协", "业内人士", "律师"],
    "chinanews": ["海关总署", "商务部", "国务院侨办", "文化和旅游部", "国家移民管理局", "当地政府"],
    "cctv": ["国家发展改革委", "农业农村部", "工业和信息化部", "水利部", "国家统计局", "财政部"],
    "hanweb": [
        "市发改委",
        "市应急管理局",
        "市商务局",
        "市人社局",
        "市政务服务中心",
        "市农业农村局",
    ],
    "paper": ["上海市商务委", "国家网信办", "上海市住建委", "市医保局", "一家头部券商", "业内人士"],
}
DEPTS = [
    "市发改委",
    "市应急管理局",
    "市商务局",
    "市人社局",
    "市政务服务管理办公室",
    "市农业农村局",
    "市住建局",
    "市林业局",
]

HEAD = {
    "netease": [
        "{topic}新规来了！{place}{n}月起施行",
        "{place}一男子{topic}遭遇纠纷 {org}回应",
        "{topic}乱象调查：{n}元背后的生意",
        "{topic}，{place}这样破解",
        "{place}多部门联合整治{topic}",
        "关于{topic}，这些变化与你有关",
        "{topic}“卡脖子”？记者实探{place}",
        "{org}：{topic}问题将限期整改",
    ],
    "chinanews": [
        "{place}{topic}持续升温",
        "（经济观察）{topic}缘何受青睐？",
        "{topic}“成绩单”出炉 {place}表现亮眼",
        "{province}{topic}按下“加速键”",
        "前{n}月{topic}同比增长{pct}%",
        "（侨乡行）{place}：{topic}焕发新活力",
        "{org}：{topic}迎来新机遇",
        "{place}举办{topic}推介会",
    ],
    "cctv": [
        "{topic}扎实推进",
        "各地加快推进{topic}",
        "{org}：{topic}取得积极进展",
        "{topic}为高质量发展注入新动能",
        "{province}{topic}按下快进键",
        "多地{topic}跑出加速度",
        "{topic}呈现新气象",
        "聚焦{topic} {place}出新招",
    ],
    "hanweb": [
        "我市召开{topic}工作推进会",
        "{org}部署开展{topic}专项行动",
        "市领导调研{topic}工作",
        "{org}组织召开{topic}专题会议",
        "我市{topic}工作取得阶段性成效",
        "{org}开展{topic}集中宣传活动",
        "全市{topic}工作会议召开",
        "{org}赴{place}考察学习{topic}经验",
    ],
    "paper": [
        "{topic}观察｜{place}的新解法",
        "{topic}升温：谁在入场，谁在观望",
        "直击｜{place}{topic}现场",
        "{org}回应{topic}热点：将持续跟进",
        "{topic}进入新阶段，{n}个问题待解",
        "澎湃调查｜{topic}的{n}个样本",
        "{place}{topic}试点满一年，效果如何",
        "一线｜{topic}背后的{n}张面孔",
    ],
}
FRAMES = {
    "netease": [
        "{person}告诉记者，事情发生在{month}月{day}日晚上，当时现场有{n}人。",
        "记者随后联系{org}，对方表示已经关注到此事，正在调查核实。",
        "“我们也是第一次遇到这种情况。”一位工作人员说。",
        "律师{person}认为，相关行为涉嫌违反规定，当事人可以依法维权。",
        "据了解，{place}今年以来共受理相关投诉{n2}件，同比上升{pct}%。",
        "有网友在社交平台发帖称，自己在{place}也遇到过类似情况。",
    ],
    "chinanews": [
        "据{org}统计，今年前{month2}个月，相关进出口额达{n2}亿元，同比增长{pct}%。",
        "“这次来{place}收获很大。”来自{place2}的{person}对记者说。",
        "{org}有关负责人表示，将进一步优化服务，为企业提供更多便利。",
        "活动现场，{n}个项目集中签约，总金额超过{n2}亿元。",
        "业内人士分析，{topic}的持续向好离不开政策红利的释放。",
        "据介绍，{place}已累计开行相关线路{n}条，通达{n2}个城市。",
    ],
    "cctv": [
        "{org}数据显示，截至{month}月底，全国{topic}完成投资{n2}亿元。",
        "在{place}，工人们正抢抓工期，确保项目按时完工。",
        "{org}有关负责人表示，下一步将加大政策支持力度，推动各项任务落地见效。",
        "今年以来，{province}统筹推进{topic}，新开工项目{n}个。",
        "目前，全国已有20多个省份出台实施方案，细化政策举措。",
        "记者在{place}看到，一排排设备有序运转，现场一派繁忙景象。",
    ],
    "hanweb": [
        "会议指出，要切实提高政治站位，充分认识做好{topic}工作的重要意义。",
        "会议要求，各地各部门要压实工作责任，确保各项任务落到实处。",
        "{org}主要负责同志出席会议并讲话，各县（市、区）分管负责同志参加会议。",
        "据悉，今年以来我市累计开展{topic}相关检查{n}次，整改问题{n2}个。",
        "下一步，{org}将持续加大工作力度，推动{topic}工作再上新台阶。",
        "调研组一行先后来到{place}多个点位，实地察看工作开展情况。",
    ],
    "paper": [
        "澎湃新闻注意到，{org}近期密集出台多项举措，涉及{topic}的多个环节。",
        "“我们最关心的是落地细则。”{person}对澎湃新闻说。",
        "一位不愿具名的业内人士表示，{topic}的难点在于各方利益的平衡。",
        "公开数据显示，{place}去年相关市场规模约为{n2}亿元，同比增长{pct}%。",
        "{month}月{day}日，澎湃新闻记者在{place}走访发现，现场人流明显增加。",
        "复旦大学一位学者认为，{topic}需要更长的时间窗口来观察成效。",
    ],
}
OPEN = [
    "今年以来，",
    "近年来，",
    "记者了解到，",
    "据介绍，",
    "与此同时，",
    "此外，",
    "从数据看，",
    "在{place}，",
    "截至{month}月底，",
    "去年，",
    "目前，",
    "",
    "",
    "",
]
SUBJ = [
    "{org}",
    "当地",
    "{place}",
    "相关部门",
    "{person}所在的企业",
    "{province}各地",
    "一批重点企业",
    "{place}某街道",
    "不少市民",
    "基层单位",
]
PRED = [
    "累计投入资金{n}亿元",
    "新增项目{n}个",
    "带动就业{n2}人",
    "同比增长{pct}%",
    "完成投资{n2}亿元",
    "覆盖{n2}个社区",
    "营收突破{n}亿元",
    "压降成本约{pct}%",
    "接待游客{n2}万人次",
    "签约金额达{n}亿元",
    "新增用户{n2}万",
    "环比下降{pct}%",
    "新签订单{n2}份",
    "出台配套措施{n}项",
    "培训人员{n2}人次",
    "客流回升{pct}%",
    "建成站点{n}处",
    "排查隐患{n2}处",
    "办结事项{n2}件",
    "受理投诉{n}件",
]
TAIL = [
    "。",
    "，成效逐步显现。",
    "，明显高于去年同期。",
    "，但仍存在一些短板。",
    "，为下一步工作打下基础。",
    "，市场反应积极。",
    "，群众获得感不断增强。",
]
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}检查设备运行情况。",
    "这是{month}月{day}日拍摄的{place}城区（无人机照片）。",
    "{month}月{day}日，市民在{place}一处服务点咨询办理业务。",
    "图为{place}一处{topic}项目现场。",
    "游客在{place}参观游览。",
    "{month}月{day}日，货车在{place}一处物流园区装卸货物。",
]
SUBHEADS = {
    "netease": ["事件：一场意外的纠纷", "调查：问题出在哪里", "律师：消费者如何维权"],
    "chinanews": ["【数据亮眼】", "【多方发力】", "【未来可期】"],
    "cctv": ["政策持续加力", "项目加快落地", "民生保障有力"],
    "hanweb": ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"],
    "paper": ["“先把账算清楚”", "试点中的难题", "下一步怎么走"],
}


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int, avoid: set[str] | None = None) -> list[str]:
    out: list[str] = []
    avoid = set(avoid or ())
    while len(out) < k:
        n = zh_name(rng)
        if n not in out and n not in avoid:
            out.append(n)
    return out


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": rng.choice(PROVINCES),
    }


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {
        "n": str(rng.randint(3, 98)),
        "n2": str(rng.randint(12, 960)),
        "pct": f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
        "month": str(rng.randint(1, 4)),
        "month2": str(rng.randint(2, 4)),
        "day": str(rng.randint(1, 28)),
        "person": zh_name(rng),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL))
headline, sentence, paragraphs, caption = (
    POOLS.headline,
    POOLS.sentence,
    POOLS.paragraphs,
    POOLS.caption,
)
