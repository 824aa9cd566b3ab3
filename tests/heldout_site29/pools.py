"""Word pools for the twenty-ninth held-out site: five newspapers' e-paper editions (a provincial
daily, the national party daily, a city evening paper, a county daily, a wire service's daily).
Every body is drawn from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = [
    *("文婷", "海峰", "晓红", "建平", "丽君", "俊杰", "春燕", "国栋", "雅琴", "志刚", "慧敏"),
    *("子涵", "家豪", "淑芬", "德明", "欣怡", "一鸣", "雪梅", "宏伟", "晓军", "明辉", "佩佩"),
    *("玉兰", "振宇", "思齐", "晓峰", "秋实", "卫国", "丹丹", "铭", "洁", "涛", "静"),
    *("鹏", "丽", "健", "娜", "强", "萍", "勇", "婷"),
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
    "fz": [
        "共同富裕示范区建设",
        "数字经济“一号工程”",
        "山区海岛县发展",
        "“千万工程”",
        "民营经济高质量发展",
        "营商环境优化",
        "未来乡村建设",
        "科技创新策源",
        "县域医共体",
        "文化礼堂",
    ],
    "rmrb": [
        "高标准农田建设",
        "新质生产力",
        "大规模设备更新",
        "基层治理现代化",
        "生态环境保护",
        "义务教育均衡发展",
        "养老服务体系",
        "粮食安全",
        "对外开放",
        "文化遗产保护",
    ],
    "wb": [
        "“一江一河”滨水空间",
        "老旧小区加装电梯",
        "社区食堂",
        "轨交新线",
        "五五购物节",
        "口袋公园",
        "菜篮子供应",
        "夜间经济",
        "“15分钟社区生活圈”",
        "城市更新",
    ],
    "xian": [
        "杨梅产业",
        "家电制造",
        "美丽庭院",
        "农村文化礼堂",
        "小微企业园",
        "围垦湿地保护",
        "垃圾分类",
        "村级集体经济",
        "“最多跑一次”改革",
        "青瓷文化",
    ],
    "mrdx": [
        "春耕备耕",
        "中欧班列",
        "科技自立自强",
        "黄河流域生态保护",
        "乡村振兴",
        "跨境电商",
        "大国重器",
        "非遗保护",
        "西部陆海新通道",
        "青年就业",
    ],
}
PLACES = {
    "fz": ["杭州", "宁波", "温州", "湖州", "嘉兴", "绍兴", "金华", "衢州", "丽水", "台州", "舟山"],
    "rmrb": ["河南周口", "江苏苏州", "四川成都", "黑龙江绥化", "广东深圳", "陕西延安", "云南大理"],
    "wb": ["浦东新区", "徐汇区", "黄浦区", "静安区", "杨浦区", "闵行区", "长宁区", "虹口区"],
    "xian": ["浒山街道", "观海卫镇", "周巷镇", "龙山镇", "掌起镇", "匡堰镇", "横河镇", "坎墩街道"],
    "mrdx": [
        "新疆阿克苏",
        "重庆",
        "内蒙古鄂尔多斯",
        "甘肃张掖",
        "广西北海",
        "湖北宜昌",
        "西藏林芝",
    ],
}
ORGS = {
    "fz": ["省发展改革委", "省经信厅", "省商务厅", "省农业农村厅", "省科技厅", "省统计局"],
    "rmrb": ["国家发展改革委", "农业农村部", "生态环境部", "教育部", "商务部", "民政部"],
    "wb": ["市住建委", "市商务委", "市绿化市容局", "申通地铁集团", "市民政局", "街道办事处"],
    "xian": ["市农业农村局", "市经信局", "市住建局", "市综合执法局", "团市委", "市文广旅体局"],
    "mrdx": [
        "国务院新闻办公室",
        "国家铁路集团",
        "工业和信息化部",
        "水利部",
        "国家文物局",
        "人社部",
    ],
}
HEAD = {
    "fz": [
        "{place}：{topic}走出新路子",
        "{topic}跑出“加速度”",
        "{org}部署推进{topic}",
        "{place}{topic}交出亮眼成绩单",
        "以{topic}赋能高质量发展",
        "{topic}的{place}探索",
        "{place}打好{topic}组合拳",
    ],
    "rmrb": [
        "{topic}稳步推进",
        "{place}扎实推进{topic}",
        "{org}：{topic}取得新进展",
        "让{topic}惠及更多群众",
        "{topic}激发发展新动能",
        "{place}念好{topic}“新经”",
        "加快推进{topic}",
    ],
    "wb": [
        "{place}{topic}上新了",
        "{topic}，市民点赞",
        "{place}这个{topic}火了",
        "{topic}怎么做？{place}有妙招",
        "家门口的{topic}又添新去处",
        "{org}：{topic}下月起有新变化",
    ],
    "xian": [
        "{place}{topic}提质增效",
        "{topic}擦亮{place}新名片",
        "{org}推进{topic}工作",
        "{place}：{topic}跑出加速度",
        "我市{topic}取得阶段性成效",
        "{topic}让{place}村民腰包鼓起来",
    ],
    "mrdx": [
        "{place}：{topic}迎来新机遇",
        "{topic}一线观察",
        "{org}发布{topic}新举措",
        "{place}{topic}见闻",
        "{topic}背后的“新”与“进”",
        "在{place}看{topic}",
    ],
}
INTROS = {
    "fz": ["奋力推进中国式现代化新浙江建设", "一季度经济观察", "县域新观察", "记者蹲点"],
    "rmrb": [
        "新时代新征程新伟业",
        "经济新方位·走进一线",
        "推动高质量发展·一线见闻",
        "两会精神在基层",
    ],
    "wb": ["新民眼", "民生关注", "申城新气象", "记者手记"],
    "xian": ["奋战二季度　确保双过半", "乡村振兴在慈溪", "镇街动态"],
    "mrdx": ["新华视点", "中国式现代化·一线实践", "走基层", "长江新语"],
}
SUBS = [
    "——{place}推进{topic}见闻",
    "——来自{place}的一线报道",
    "{org}出台多项举措",
    "一季度相关指标同比增长{n}%",
    "——{topic}的{place}样本",
]
FRAMES = {
    "fz": [
        "{org}数据显示，今年一季度，全省{topic}相关投资同比增长{n}.{d}%。",
        "在{place}，{topic}正成为当地干部群众的共同话题。",
        "“{topic}让我们看到了新机会。”当地企业负责人{person}说。",
        "下一步，{place}将持续深化{topic}，加快打造标志性成果。",
    ],
    "rmrb": [
        "{org}有关负责人介绍，今年以来，各地扎实推进{topic}，取得积极成效。",
        "走进{place}，{topic}带来的变化随处可见。",
        "“{topic}实实在在，老百姓看得见摸得着。”{person}说。",
        "截至目前，{place}累计完成{topic}相关投资{n2}亿元。",
    ],
    "wb": [
        "记者昨天在{place}看到，{topic}吸引了不少市民前来。",
        "“家门口就有{topic}，太方便了！”家住附近的{person}阿姨说。",
        "据{org}介绍，今年全市将新增{topic}项目{n}个。",
        "{place}相关负责人表示，{topic}将在下月底前全部完工。",
    ],
    "xian": [
        "今年以来，{place}把{topic}作为重点工作，累计投入资金{n2}万元。",
        "{org}相关负责人介绍，全市{topic}工作已完成年度目标的{n}%。",
        "在{place}，村民{person}告诉记者，{topic}让村里的面貌焕然一新。",
        "下阶段，{place}将继续做好{topic}文章，推动各项工作落地见效。",
    ],
    "mrdx": [
        "{org}最新数据显示，{topic}相关指标同比增长{n}.{d}%。",
        "在{place}，{topic}正在改变人们的生产生活。",
        "“{topic}让我们有了更多盼头。”{person}说。",
        "专家认为，推进{topic}需要久久为功，持续用力。",
    ],
}
_OPEN = [
    "",
    "",
    "据了解，",
    "与此同时，",
    "数据显示，",
    "近年来，",
    "目前，",
    "记者了解到，",
    "此外，",
]
_SUBJ = ["相关部门", "当地政府", "基层干部", "企业", "有关方面", "村社", "科研院所", "各地"]
_PRED = [
    "持续加大投入力度",
    "不断完善工作机制",
    "积极回应群众关切",
    "着力破解难点堵点",
    "推动资源要素集聚",
    "强化部门协同",
    "加快补齐短板",
    "深化改革创新",
    "提升服务质效",
    "压实工作责任",
]
_TAIL = [
    "，取得明显成效。",
    "，为高质量发展注入动力。",
    "，推动工作落地见效。",
    "，群众满意度持续提升。",
    "。",
]
CAPTIONS = [
    "{month}月{day}日，{place}的工作人员在{topic}现场忙碌。",
    "图为{place}{topic}项目现场。",
    "{month}月{day}日，市民在{place}体验{topic}。",
    "{place}一景（{month}月{day}日摄）。",
    "图为{month}月{day}日，{place}干部群众参与{topic}活动。",
]
SUBHEADS = {
    "fz": ["找准突破口", "打通堵点难点", "激活一池春水"],
    "rmrb": ["因地制宜谋发展", "改革创新添动力", "群众受益有实感"],
    "wb": ["市民有了新去处", "细节见温度", "后续还有新动作"],
    "xian": ["抓统筹　强推进", "抓特色　促提升", "抓长效　见实效"],
    "mrdx": ["新变化", "新探索", "新期待"],
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
