"""Word pools for the fifth held-out site: names, places, headline and sentence frames for the
four Simplified-Chinese portals and the Traditional-Chinese Taiwanese daily. Every body is drawn
from a seeded RNG, so each article's text is its own."""

from __future__ import annotations

import random
import re

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁"
    "蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦"
    "邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = [
    "建国",
    "海燕",
    "晓明",
    "丽华",
    "志刚",
    "文静",
    "子涵",
    "浩然",
    "雨萱",
    "立新",
    "春梅",
    "国强",
    "思远",
    "嘉怡",
    "明轩",
    "秀英",
    "卫东",
    "一鸣",
    "若曦",
    "振华",
    "凯",
    "敏",
    "磊",
    "婷",
    "洋",
    "琳",
    "鹏",
    "慧",
    "博",
    "昕",
]

TW_SURNAMES = (
    "王李陳林黃張吳劉蔡楊許鄭謝郭洪邱曾廖賴周徐蘇葉莊呂江"
    "何蕭羅高潘簡朱鍾彭游詹胡施沈余趙盧梁顏柯翁魏孫戴范方宋鄧杜"
)
TW_GIVEN = [
    "小明",
    "大華",
    "志強",
    "淑芬",
    "雅婷",
    "家豪",
    "俊傑",
    "怡君",
    "建宏",
    "美玲",
    "宗翰",
    "欣怡",
    "冠宇",
    "佩珊",
    "承恩",
    "詩涵",
    "文彬",
    "惠如",
    "國榮",
    "彥廷",
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
    "贵阳",
    "南宁",
    "济南",
    "沈阳",
    "哈尔滨",
    "兰州",
    "乌鲁木齐",
    "拉萨",
    "呼和浩特",
]
PROVINCES = ["河南", "浙江", "四川", "广东", "湖北", "江苏", "山东", "福建", "云南", "陕西"]
TW_PLACES = [
    "台北",
    "新北",
    "桃園",
    "台中",
    "台南",
    "高雄",
    "新竹",
    "基隆",
    "嘉義",
    "屏東",
    "宜蘭",
    "花蓮",
    "彰化",
    "雲林",
]

# per portal: topics (a noun phrase the whole article is about) and organisations
TOPICS = {
    "people": [
        "春耕备耕",
        "城市更新",
        "乡村振兴",
        "县域经济",
        "生态保护修复",
        "基层治理",
        "职业教育",
        "养老服务",
        "文旅消费",
        "科技创新",
        "制造业转型",
        "黄河流域保护",
    ],
    "xinhua": [
        "新能源汽车出口",
        "冰雪旅游",
        "粮食生产",
        "跨境电商",
        "高标准农田建设",
        "低空经济",
        "算力网络",
        "海洋牧场",
        "非遗保护",
        "防汛抗旱",
        "中欧班列",
        "数字乡村",
    ],
    "sohu": [
        "年轻人存钱",
        "县城咖啡店",
        "二手房挂牌",
        "露营经济",
        "预制菜",
        "智能手机以旧换新",
        "城市骑行",
        "宠物医疗",
        "演唱会门票",
        "健身房倒闭",
        "国货美妆",
        "新茶饮",
    ],
    "caixin": [
        "地方债务化解",
        "城投平台转型",
        "银行净息差",
        "房企债务重组",
        "光伏产能过剩",
        "保险资金配置",
        "公募基金降费",
        "锂价下跌",
        "跨境资本流动",
        "中小银行改革",
        "医保支付改革",
        "芯片出口管制",
    ],
}
ORGS = {
    "people": ["省发展改革委", "市农业农村局", "省生态环境厅", "市人社局", "县委", "省教育厅"],
    "xinhua": ["国家统计局", "商务部", "海关总署", "农业农村部", "交通运输部", "国家能源局"],
    "sohu": ["某连锁品牌", "一家头部平台", "行业协会", "多家门店", "业内人士", "某券商研究所"],
    "caixin": [
        "财政部",
        "国家金融监督管理总局",
        "中国人民银行",
        "证监会",
        "某国有大行",
        "评级机构",
    ],
}
TW_TOPICS = [
    "台積電擴產",
    "房市信用管制",
    "基本工資調漲",
    "電價審議",
    "立法院預算審查",
    "颱風災後復原",
    "國旅補助",
    "少子化對策",
    "半導體人才",
    "外送平台",
    "健保改革",
    "捷運延伸線",
]
TW_ORGS = ["行政院", "經濟部", "金管會", "交通部", "衛福部", "市政府", "立法院", "主計總處"]

HEAD = {
    "people": [
        "{place}：{topic}按下“快进键”",
        "让{topic}成果更多惠及群众",
        "{province}多措并举推进{topic}",
        "{topic}跑出加速度",
        "下足绣花功夫 推动{topic}见实效",
        "{place}探索{topic}新路径",
        "奋力谱写{topic}新篇章",
        "{topic}，这些变化看得见",
    ],
    "xinhua": [
        "{place}{topic}呈现新亮点",
        "今年前两个月我国{topic}稳中有进",
        "{topic}激发发展新动能",
        "记者观察：{topic}如何破题",
        "聚焦{topic}｜{place}的新探索",
        "新华全媒+丨{topic}见闻",
        "{province}{topic}提质增效",
        "数说{topic}：{n}组数据看变化",
    ],
    "sohu": [
        "{topic}，正在悄悄改变{place}人的生活",
        "我们调查了{n}家店，发现{topic}没那么简单",
        "{topic}降温？真相可能和你想的不一样",
        "{place}的{topic}，卷到了什么程度",
        "关于{topic}，这{n}个细节很少有人说",
        "为什么{topic}突然火了？",
        "一文看懂{topic}",
        "{topic}背后的生意经",
    ],
    "caixin": [
        "{topic}进入深水区",
        "{org}拟出台新规 {topic}迎变局",
        "{topic}路线图渐明",
        "独家｜{topic}细则浮出水面",
        "{topic}：谁在买单",
        "{province}{topic}样本调查",
        "{topic}压力测试",
        "{org}召开座谈会 研究{topic}",
    ],
}
TW_HEAD = [
    "{topic}拍板 {org}：最快下半年上路",
    "{place}{topic}爭議 {org}回應了",
    "{topic}延燒 業者憂衝擊",
    "{org}公布{topic}方案 {n}大重點一次看",
    "{topic}卡關 {place}民眾急了",
    "{topic}新制 {month2}月起實施",
    "獨家》{topic}內幕曝光",
    "{place}{topic}進度落後 議員砲轟",
]

FRAMES = {
    "people": [
        "近年来，{place}把{topic}作为重点任务，累计投入资金{n}亿元，带动就业{n2}万人。",
        "“过去{topic}靠经验，现在靠数据。”{person}告诉记者，今年以来合作社新增订单{n}份。",
        "据{org}介绍，{place}已建成示范点{n}个，覆盖{n2}个乡镇，群众满意度达到{pct}%。",
        "在{place}一处现场，工人们正在紧张施工，预计{month}月底完成主体工程。",
        "{org}相关负责人表示，下一步将完善配套政策，推动{topic}由点到面全面铺开。",
        "数据显示，去年{province}{topic}相关产业产值同比增长{pct}%，高于全省平均水平。",
        "走进{place}的一个社区，{person}正在给居民讲解新政策，不时有人拿出手机记录。",
        "专家认为，{topic}既要立足当前，也要着眼长远，关键在于用好改革这个关键一招。",
        "今年，{place}将再安排专项资金{n}亿元，重点支持{topic}中的薄弱环节。",
        "“现在办事不用来回跑了。”居民{person}说，很多事项在家门口就能办好。",
    ],
    "xinhua": [
        "{org}{month}月{day}日发布的数据显示，{topic}同比增长{pct}%，增速比上月加快{pct2}个百分点。",
        "在{place}，{n}余家企业参与{topic}，一批新项目集中签约，总投资{n2}亿元。",
        "{person}是当地一家企业的负责人，他说，今年订单已经排到了{month2}月份。",
        "业内人士分析，{topic}的持续向好，得益于政策支持和市场需求的共同发力。",
        "记者在{place}看到，一排排设备有序运转，工作人员正在检查数据。",
        "据了解，{place}计划到{year}年建成{n}个重点项目，形成较为完整的产业链。",
        "{org}有关负责人介绍，将进一步加大对{topic}的支持力度，稳定市场预期。",
        "截至{month}月{day}日，{province}累计完成{topic}相关投资{n}亿元，完成年度计划的{pct}%。",
        "“我们有信心完成全年目标。”{person}说，关键是把每个环节都做扎实。",
        "分析人士指出，{topic}面临的外部环境依然复杂，但长期向好的基本面没有改变。",
    ],
    "sohu": [
        "说实话，第一次听说{topic}的时候，我也觉得有点夸张。",
        "我在{place}找了{n}位从业者聊了聊，他们给出的答案出奇一致：利润越来越薄了。",
        "以一家面积{n2}平方米的门店为例，每月房租加人工就要{n}万元左右。",
        "朋友{person}去年入局，现在算下来，回本周期至少要{n}个月。",
        "有数据显示，今年一季度相关消费同比增长{pct}%，但增速明显放缓。",
        "很多人只看到了热闹，却忽略了背后的成本和风险。",
        "{org}的观点是，{topic}会从野蛮生长走向精细化运营，淘汰赛才刚开始。",
        "如果你也在考虑入局，我的建议是先想清楚自己的优势到底在哪里。",
        "评论区有网友说，{place}的情况和一线城市完全不同，这一点我非常认同。",
        "归根结底，{topic}拼的不是营销，而是长期把一件小事做好的耐心。",
    ],
    "caixin": [
        "财新从多位知情人士处获悉，{org}近期召集相关机构，就{topic}征求意见。",
        "一位接近监管的人士透露，新规拟设置{n}年过渡期，存量业务逐步压降。",
        "截至去年末，相关余额约{n}亿元，较年初增长{pct}%，其中{province}占比最高。",
        "某券商首席经济学家对财新表示，{topic}的难点不在于方向，而在于节奏。",
        "据财新了解，已有{n2}家机构提交了整改方案，但进展参差不齐。",
        "“市场的担忧在于，一旦退出，谁来承接？”一位业内人士说。",
        "公开资料显示，{place}相关平台的债务规模在{year}年达到峰值。",
        "评级机构在最新报告中指出，{topic}将在未来{n}个季度内持续影响行业利润。",
        "多位受访者认为，政策工具箱仍有空间，但需要更精准地匹配地方实际。",
        "{org}在回复财新询问时表示，将坚持市场化、法治化原则稳妥推进。",
    ],
}
TW_FRAMES = [
    "{org}今（{day}）日表示，{topic}相關配套已完成初步規劃，預計{month}月送審。",
    "根據{org}統計，{place}去年相關案件達{n}件，較前年增加{pct}%。",
    "{person}受訪時指出，{topic}牽涉層面廣泛，必須與業者充分溝通。",
    "業者坦言，近期原物料與人力成本上漲，每月支出增加約{n}萬元。",
    "{place}一名民眾說，政策立意良好，但實際執行上仍有許多細節待釐清。",
    "學者分析，{topic}若能落實，預估可帶動{n2}億元產值，並創造數千個就業機會。",
    "對此，{org}回應，將持續蒐集各界意見，滾動檢討相關措施。",
    "立委質詢時批評，{topic}進度落後，要求主管機關在{n}週內提出改善報告。",
    "據了解，{place}已有{n}處試辦據點，反應大致正面，但仍有民眾反映申請流程繁瑣。",
    "{person}強調，政府會全力協助受影響的民眾與企業，不會讓任何人被遺漏。",
]

CAPTIONS = {
    "people": [
        "图为{place}一处{topic}示范点。",
        "{month}月{day}日，工作人员在{place}检查设备运行情况。",
        "村民在田间查看作物长势。",
        "{place}新建成的便民服务中心。",
    ],
    "xinhua": [
        "{month}月{day}日，工人在{place}一处生产线上作业。",
        "这是{month}月{day}日拍摄的{place}城区（无人机照片）。",
        "游客在{place}参观体验。",
        "{month}月{day}日，货车在{place}一处物流园区装卸货物。",
    ],
    "sohu": ["{place}街头的一家门店。", "高峰时段排队的顾客。", "", ""],
    "caixin": ["{place}一处在建项目。", "资料图。", "{place}街景。"],
}
TW_CAPTIONS = [
    "{org}今日召開記者會說明{topic}。",
    "{place}街頭民眾。",
    "立法院今天審查相關法案。",
    "業者表示成本壓力沉重。",
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def tw_name(rng: random.Random) -> str:
    return rng.choice(TW_SURNAMES) + rng.choice(TW_GIVEN)


def names(rng: random.Random, k: int, tw: bool = False, avoid: set[str] | None = None) -> list[str]:
    out: list[str] = []
    avoid = set(avoid or ())
    while len(out) < k:
        n = tw_name(rng) if tw else zh_name(rng)
        if n not in out and n not in avoid:
            out.append(n)
    return out


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    if tpl == "ltn":
        return {
            "topic": rng.choice(TW_TOPICS),
            "org": rng.choice(TW_ORGS),
            "place": rng.choice(TW_PLACES),
            "province": "",
        }
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": rng.choice(PLACES),
        "province": rng.choice(PROVINCES),
    }


def fill(rng: random.Random, frame: str, ctx: dict[str, str], tw: bool = False) -> str:
    vals = {
        "n": str(rng.randint(3, 98)),
        "n2": str(rng.randint(12, 960)),
        "pct": f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
        "pct2": f"{rng.randint(0, 3)}.{rng.randint(1, 9)}",
        "month": str(rng.randint(1, 3)),
        "month2": str(rng.randint(7, 12)),
        "day": str(rng.randint(1, 28)),
        "year": str(rng.choice([2019, 2020, 2021, 2025, 2026, 2027])),
        "person": tw_name(rng) if tw else zh_name(rng),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


def headline(rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
    heads = TW_HEAD if tpl == "ltn" else HEAD[tpl]
    for _ in range(200):
        t = fill(rng, rng.choice(heads), ctx, tw=tpl == "ltn")
        if t not in used:
            used.add(t)
            return t
    raise RuntimeError("headline pool exhausted")


# clause parts: a sentence is an opener, a subject and two predicates (the frames above are
# mixed in for quotes and colour), so that no sentence repeats within a page
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
    "一季度，",
    "",
    "",
]
SUBJ = {
    "people": [
        "{org}",
        "当地",
        "{place}",
        "不少乡镇",
        "相关部门",
        "{person}所在的合作社",
        "{province}各地",
        "一批龙头企业",
        "{place}某街道",
        "基层干部",
    ],
    "xinhua": [
        "{org}",
        "{place}",
        "{province}",
        "重点企业",
        "相关园区",
        "{person}所在的公司",
        "沿线城市",
        "各地",
        "{place}海关",
        "一线工人",
    ],
    "sohu": [
        "不少商家",
        "{place}的门店",
        "我身边的朋友",
        "头部品牌",
        "一些平台",
        "{person}",
        "年轻消费者",
        "行业里",
        "小老板们",
        "新入局者",
    ],
    "caixin": [
        "{org}",
        "部分机构",
        "{province}",
        "多家上市公司",
        "一些地方政府",
        "{person}所在的银行",
        "头部券商",
        "城投平台",
        "外资机构",
        "监管层",
    ],
    "ltn": [
        "{org}",
        "{place}市府",
        "業者",
        "部分民眾",
        "多家企業",
        "{person}",
        "地方政府",
        "學界",
        "在野黨團",
        "相關公會",
    ],
}
PRED = {
    "zh": [
        "累计投入资金{n}亿元",
        "新增项目{n}个",
        "带动就业{n2}万人",
        "同比增长{pct}%",
        "完成投资{n2}亿元",
        "覆盖{n2}个村（社区）",
        "营收突破{n}亿元",
        "压降成本约{pct}%",
        "吸引游客{n2}万人次",
        "签约金额达{n}亿元",
        "处置存量{n}亿元",
        "新增用户{n2}万",
        "环比下降{pct}%",
        "新签订单{n2}份",
        "出台配套措施{n}项",
        "培训人员{n2}人次",
        "客流回升{pct}%",
        "覆盖门店{n2}家",
        "平均价格下调{pct}%",
        "建成站点{n}处",
    ],
    "ltn": [
        "投入經費{n}億元",
        "新增案件{n2}件",
        "年增{pct}%",
        "帶動就業{n2}人",
        "補助金額達{n}億元",
        "設置{n}處據點",
        "申請件數突破{n2}件",
        "成本增加約{pct}%",
        "受惠人數達{n2}萬人",
        "完成率僅{pct}%",
        "預算刪減{n}億元",
        "人潮回流{pct}%",
    ],
}
TAIL = {
    "zh": [
        "。",
        "，成效逐步显现。",
        "，明显高于去年同期。",
        "，但仍有不少短板。",
        "，为下一步打下基础。",
        "，市场反应积极。",
        "，压力依然不小。",
    ],
    "ltn": [
        "。",
        "，成效逐漸浮現。",
        "，明顯高於去年同期。",
        "，但仍有改善空間。",
        "，引發外界關注。",
    ],
}


def sentence(rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
    tw = tpl == "ltn"
    if rng.random() < 0.3:
        return fill(rng, rng.choice(TW_FRAMES if tw else FRAMES[tpl]), ctx, tw)
    lang = "ltn" if tw else "zh"
    opener = (
        rng.choice(OPEN)
        if not tw
        else rng.choice(["", "", "此外，", "另外，", "據了解，", "去年，"])
    )
    p1, p2 = rng.sample(PRED[lang], 2)
    sep = "、" if rng.random() < 0.3 else "，"
    frame = opener + rng.choice(SUBJ[tpl]) + p1 + sep + p2 + rng.choice(TAIL[lang])
    return fill(rng, frame, ctx, tw)


def paragraphs(rng: random.Random, tpl: str, n: int, ctx: dict[str, str]) -> list[str]:
    """``n`` paragraphs of 1-4 sentences, no sentence twice; a brief's two are short."""
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        k = rng.randint(1, 2) if n <= 2 else rng.randint(1, 4)
        para: list[str] = []
        while len(para) < k:
            s = sentence(rng, tpl, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append("".join(para))
    return out


def caption(rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
    pool = TW_CAPTIONS if tpl == "ltn" else CAPTIONS[tpl]
    return fill(rng, rng.choice(pool), ctx, tw=tpl == "ltn")
