"""Word pools for the twenty-seventh held-out site: central-level specialised and national news
sites (economy, youth, law, an English-language daily's Chinese site, a state portal). Every body
is drawn from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = [
    *("振华", "晓东", "雨桐", "建军", "丽娜", "浩然", "晨曦", "志远", "海燕", "文静", "国庆"),
    *("梦琪", "天宇", "秀英", "鹏飞", "佳琪", "子轩", "美玲", "宏图", "亚楠", "卫东", "若曦"),
    *("继红", "永刚", "思远", "晓光", "雪莹", "金龙", "艳萍", "博文", "立群", "新宇", "蕾"),
    *("敏", "磊", "婧", "颖", "超", "璐", "鑫", "斌", "琳", "昊"),
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out:
            out.append(n)
    return out


TOPICS = {
    "ce": [
        "制造业转型升级",
        "外贸稳规模优结构",
        "新能源汽车消费",
        "农村电商",
        "民营经济发展",
        "数字经济",
        "服务消费",
        "设备更新",
        "现代物流",
        "跨境电商",
    ],
    "cyol": [
        "大学生就业",
        "青年志愿服务",
        "职业教育",
        "乡村支教",
        "青年创业",
        "高校思政课",
        "青少年心理健康",
        "研学旅行",
        "体育进校园",
        "青年科技人才",
    ],
    "legal": [
        "电信网络诈骗",
        "知识产权保护",
        "未成年人保护",
        "行政执法监督",
        "生态环境司法",
        "劳动争议调解",
        "公益诉讼",
        "食品药品安全",
        "涉企执法",
        "基层法治建设",
    ],
    "cd": [
        "入境游",
        "人工智能治理",
        "中欧班列",
        "银发经济",
        "绿色低碳",
        "文化遗产保护",
        "国际人文交流",
        "航空出行",
        "免签政策",
        "海洋生态",
    ],
    "china": [
        "非遗传承",
        "数字文化",
        "高标准农田",
        "城市更新",
        "社会保障",
        "文旅融合",
        "科技成果转化",
        "粮食安全",
        "湿地保护",
        "智慧医疗",
    ],
}
PLACES = {
    "ce": [
        "长三角",
        "粤港澳大湾区",
        "京津冀",
        "成渝地区",
        "浙江义乌",
        "广东东莞",
        "江苏苏州",
        "山东青岛",
    ],
    "cyol": [
        "清华大学",
        "北京师范大学",
        "四川大学",
        "贵州毕节",
        "甘肃定西",
        "上海交通大学",
        "湖南长沙",
        "新疆喀什",
    ],
    "legal": [
        "北京市朝阳区",
        "上海市浦东新区",
        "浙江省杭州市",
        "江西省赣州市",
        "四川省成都市",
        "河南省郑州市",
        "广东省深圳市",
        "湖北省武汉市",
    ],
    "cd": ["北京", "上海", "海南", "云南", "西安", "重庆", "广州", "厦门"],
    "china": [
        "安徽黄山",
        "河北雄安",
        "黑龙江佳木斯",
        "福建泉州",
        "陕西延安",
        "内蒙古呼伦贝尔",
        "江西景德镇",
        "山西大同",
    ],
}
ORGS = {
    "ce": [
        "商务部",
        "国家统计局",
        "国家发展改革委",
        "工业和信息化部",
        "中国物流与采购联合会",
        "海关总署",
    ],
    "cyol": [
        "教育部",
        "共青团中央",
        "人力资源社会保障部",
        "全国学联",
        "中国青年报社会调查中心",
        "团省委",
    ],
    "legal": [
        "最高人民法院",
        "最高人民检察院",
        "公安部",
        "司法部",
        "市中级人民法院",
        "区人民检察院",
    ],
    "cd": ["文化和旅游部", "国家移民管理局", "中国民航局", "外交部", "中国日报社", "国家林草局"],
    "china": ["国家文物局", "农业农村部", "国家卫生健康委", "科技部", "国家林业和草原局", "民政部"],
}
HEAD = {
    "ce": [
        "{topic}跑出加速度",
        "{org}：一季度{topic}稳中向好",
        "{place}{topic}释放新活力",
        "经济日报调研行｜{place}{topic}观察",
        "多地出台新举措推动{topic}",
        "{topic}成为经济增长新引擎",
        "前4个月{topic}数据亮眼",
    ],
    "cyol": [
        "{place}：{topic}让青春更出彩",
        "{topic}调查：{n}%受访青年表示有收获",
        "{org}部署{topic}工作",
        "在{place}，他们为{topic}交出青春答卷",
        "{topic}，青年人怎么看",
        "{place}探索{topic}新路径",
    ],
    "legal": [
        "{place}严打{topic}违法犯罪",
        "{org}发布{topic}典型案例",
        "{topic}：以法治之力护航高质量发展",
        "{place}探索{topic}新模式",
        "聚焦{topic}　{org}出台指导意见",
        "{place}检察机关办理一批{topic}案件",
    ],
    "cd": [
        "{topic}持续升温　{place}迎来新机遇",
        "{org}：{topic}取得积极进展",
        "外国友人在{place}感受{topic}",
        "{place}{topic}按下“快进键”",
        "从{topic}看中国发展新动能",
        "{topic}“热”背后的新变化",
    ],
    "china": [
        "{place}：{topic}绘就新图景",
        "{org}解读{topic}最新政策",
        "{topic}为{place}注入新动能",
        "走进{place}｜看{topic}如何落地",
        "{topic}成果丰硕　{place}经验可复制",
        "{place}{topic}工作纪实",
    ],
}
FRAMES = {
    "ce": [
        "{org}数据显示，今年前4个月，{topic}相关指标同比增长{n}.{d}%。",
        "业内人士表示，{topic}正从规模扩张转向质量提升。",
        "在{place}，不少企业负责人表示，{topic}带来了实实在在的订单。",
        "专家认为，应进一步完善{topic}的政策体系，稳定市场预期。",
    ],
    "cyol": [
        "“{topic}让我找到了努力的方向。”{place}的学生{person}说。",
        "中国青年报社会调查中心联合问卷网对{n2}名青年进行的一项调查显示，{n}%的受访者关注{topic}。",
        "{org}有关负责人介绍，今年将继续加大{topic}支持力度。",
        "在{place}，一批青年人投身{topic}，用行动诠释青春担当。",
    ],
    "legal": [
        "{org}相关负责人介绍，今年以来共办理{topic}相关案件{n2}件。",
        "法院经审理认为，被告人的行为已构成犯罪，依法判处有期徒刑{n}年。",
        "{place}坚持以案释法，推动{topic}工作走深走实。",
        "受访专家指出，{topic}需要多部门协同发力，形成治理合力。",
    ],
    "cd": [
        "来自{place}的游客{person}告诉记者，这是她第一次体验{topic}。",
        "{org}最新发布的数据显示，{topic}相关指标同比增长{n}%。",
        "业内专家表示，{topic}既是机遇也是挑战。",
        "在{place}，{topic}正在改变人们的日常生活。",
    ],
    "china": [
        "近年来，{place}把{topic}作为重点工作来抓，取得明显成效。",
        "{org}有关负责人表示，将持续推进{topic}，让更多群众受益。",
        "当地群众{person}说：“{topic}让我们的日子越过越红火。”",
        "截至目前，{place}累计投入{topic}资金{n2}万元。",
    ],
}
_OPEN = [
    "",
    "",
    "据介绍，",
    "与此同时，",
    "数据显示，",
    "近年来，",
    "目前，",
    "记者了解到，",
    "此外，",
]
_SUBJ = ["相关部门", "地方政府", "行业企业", "有关方面", "基层干部", "科研机构", "市场主体", "各地"]
_PRED = [
    "持续加大政策支持力度",
    "不断完善体制机制",
    "积极回应群众关切",
    "着力破解发展难题",
    "推动资源要素集聚",
    "强化协同联动",
    "加快补齐短板弱项",
    "深化改革创新",
    "提升服务质量和效率",
    "压紧压实工作责任",
]
_TAIL = [
    "，取得积极成效。",
    "，为高质量发展提供有力支撑。",
    "，推动各项工作落地见效。",
    "，群众获得感不断增强。",
    "。",
]
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}介绍{topic}相关情况。",
    "这是{month}月{day}日在{place}拍摄的{topic}现场。",
    "{month}月{day}日，参观者在{place}了解{topic}成果。",
    "{place}一处{topic}项目现场（{month}月{day}日摄）。",
    "{month}月{day}日，{place}的{topic}活动吸引众多群众参与。",
]
SUBHEADS = {
    "ce": ["政策红利持续释放", "新业态新模式涌现", "下一步发力方向"],
    "cyol": ["青春在基层绽放", "破解成长中的烦恼", "让更多青年受益"],
    "legal": ["织密法治保障网", "以案说法促治理", "推动诉源治理"],
    "cd": ["“老外”眼中的新变化", "服务体验不断升级", "开放之门越开越大"],
    "china": ["因地制宜探新路", "群众得到真实惠", "久久为功谋长远"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {"month": "5", "day": "7", **ctx}
    vals.update(n=rng.randint(3, 95), n2=rng.randint(120, 9800), d=rng.randint(1, 9))
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "person": zh_name(rng),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), topics=TOPICS)
