"""Word pools for the thirty-first held-out site: national broadcasters (television, radio, the
international service), the armed forces' site and a theory journal's site. Every body is drawn
from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱严洪"
)
GIVEN = [
    *("海涛", "建平", "玉洁", "晓峰", "红梅", "志强", "丹丹", "卫国", "春燕", "一鸣", "嘉欣"),
    *("俊杰", "淑芬", "明轩", "国栋", "静怡", "浩宇", "秋实", "向东", "晓雯", "振宇", "书瑶"),
    *("铁军", "兰芳", "子涵", "守诚", "丽君", "家豪", "晨阳", "雅琴", "胜利", "梓萱", "维"),
    *("洁", "涛", "勇", "倩", "军", "燕", "峰", "娜", "杰", "悦", "刚"),
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out and all(n[0] != o[0] or n[1:] != o[1:] for o in out):
            out.append(n)
    return out


TOPICS = {
    "cctv": [
        "“五一”假期消费",
        "防汛备汛",
        "春耕春播",
        "入境旅游",
        "以旧换新",
        "文物保护",
        "铁路运输",
        "科技创新",
        "生态环境治理",
        "基层医疗服务",
    ],
    "cnr": [
        "乡村振兴",
        "老旧小区改造",
        "夏粮生产",
        "就业服务",
        "城市交通",
        "养老服务",
        "文旅消费",
        "食品安全",
        "新能源汽车下乡",
        "高校毕业生就业",
    ],
    "cri": [
        "中法建交60周年",
        "中欧经贸合作",
        "共建“一带一路”",
        "全球南方合作",
        "中非合作",
        "国际人文交流",
        "亚太经济合作",
        "气候变化应对",
        "国际减贫合作",
        "中国—东盟自贸区",
    ],
    "mil": [
        "实战化训练",
        "新兵下连",
        "远海训练",
        "战备值班",
        "装备保障",
        "党史学习教育",
        "联合演练",
        "军营文化",
        "抢险救灾",
        "强军思想学习",
    ],
    "theory": [
        "新质生产力",
        "中国式现代化",
        "全过程人民民主",
        "文化自信",
        "全面从严治党",
        "高质量发展",
        "生态文明建设",
        "法治中国建设",
        "共同富裕",
        "党的自我革命",
    ],
}
PLACES = {
    "cctv": ["北京", "湖南长沙", "浙江宁波", "黑龙江哈尔滨", "广西南宁", "云南昆明", "甘肃兰州"],
    "cnr": ["北京", "江苏南京", "河北石家庄", "山东济南", "四川成都", "福建厦门", "辽宁沈阳"],
    "cri": ["巴黎", "布鲁塞尔", "东京", "曼谷", "内罗毕", "圣保罗", "莫斯科", "日内瓦"],
    "mil": ["西部战区某旅", "东海某海域", "高原某训练场", "南海某海域", "北部战区某基地"],
    "theory": ["新时代", "新征程", "各地", "基层", "全党", "全社会"],
}
ORGS = {
    "cctv": ["国家发展改革委", "交通运输部", "商务部", "水利部", "文化和旅游部", "国家统计局"],
    "cnr": ["民政部", "住房城乡建设部", "农业农村部", "人力资源社会保障部", "市场监管总局"],
    "cri": ["外交部", "联合国", "欧盟委员会", "东盟秘书处", "世界贸易组织", "中国驻外使馆"],
    "mil": ["国防部", "某集团军", "海军某支队", "空军某部", "火箭军某旅", "武警某总队"],
    "theory": ["党中央", "中央党校", "中国社会科学院", "各级党组织", "理论界"],
}
HEAD = {
    "cctv": [
        "{org}：{topic}工作有序推进",
        "{place}：{topic}按下“加速键”",
        "多地多举措做好{topic}",
        "{topic}持续升温　{place}迎来客流高峰",
        "新闻联播｜{topic}展现新气象",
        "央视快评：以{topic}助推高质量发展",
        "{place}{topic}跑出新速度",
    ],
    "cnr": [
        "{place}：{topic}提质增效",
        "{org}部署{topic}工作",
        "{topic}有了新变化　{place}群众点赞",
        "中国之声关注｜{topic}怎么样了",
        "{place}多措并举推进{topic}",
        "{topic}跑出“加速度”",
    ],
    "cri": [
        "{topic}焕发新活力",
        "{place}各界积极评价{topic}",
        "{org}：{topic}迎来新机遇",
        "外国专家：{topic}为世界注入稳定性",
        "综述｜{topic}行稳致远",
        "{place}举办{topic}主题活动",
    ],
    "mil": [
        "{place}开展{topic}",
        "{org}：{topic}锤炼打赢本领",
        "聚焦{topic}　{org}紧贴实战练兵",
        "{topic}中的“硬核”瞬间",
        "从{topic}看强军新气象",
        "{org}扎实推进{topic}",
    ],
    "theory": [
        "深刻把握{topic}的科学内涵",
        "以{topic}开辟发展新境界",
        "在{topic}中彰显理论伟力",
        "{topic}的实践逻辑与时代价值",
        "牢牢把握{topic}的重大原则",
        "推进{topic}的着力点",
    ],
}
FRAMES = {
    "cctv": [
        "记者从{org}了解到，{topic}各项工作正在有序推进。",
        "在{place}，{topic}相关项目现场一派繁忙景象。",
        "据统计，{topic}相关指标同比增长{n}.{d}%。",
        "{org}有关负责人表示，将持续加大{topic}工作力度。",
    ],
    "cnr": [
        "“{topic}让我们得到了实惠。”{place}市民{person}告诉记者。",
        "{org}相关负责人表示，下一步将推动{topic}落地见效。",
        "在{place}，{topic}已经覆盖{n2}个社区。",
        "记者在{place}采访时看到，{topic}正在改变群众的生活。",
    ],
    "cri": [
        "{place}当地媒体对{topic}进行了广泛报道。",
        "{org}发言人表示，{topic}符合各方共同利益。",
        "{person}在接受国际在线记者采访时表示，{topic}前景广阔。",
        "分析人士认为，{topic}为地区发展注入了新动力。",
    ],
    "mil": [
        "训练场上，官兵围绕{topic}展开多课目训练。",
        "该部领导介绍，他们把{topic}作为提升战斗力的重要抓手。",
        "{org}官兵{person}说：“{topic}让我们找准了努力方向。”",
        "此次{topic}共设置{n}个课目，全程实兵实装。",
    ],
    "theory": [
        "推进{topic}，必须坚持以人民为中心的发展思想。",
        "{topic}是一个系统工程，需要统筹兼顾、协同推进。",
        "实践充分证明，{topic}具有强大的生命力和说服力。",
        "深入理解{topic}，要把握好历史逻辑、理论逻辑和实践逻辑的统一。",
    ],
}
_OPEN = ["", "", "同时，", "据了解，", "近年来，", "当前，", "实践中，", "另外，"]
_SUBJ = ["有关部门", "各地", "相关单位", "广大干部群众", "基层组织", "各级党委政府", "各方"]
_PRED = [
    "坚持问题导向",
    "强化统筹协调",
    "创新工作方式",
    "狠抓责任落实",
    "加强组织保障",
    "推动工作落地",
    "优化服务供给",
    "凝聚各方合力",
    "完善长效机制",
    "夯实基层基础",
]
_TAIL = [
    "，各项工作取得新进展。",
    "，为全局工作提供有力支撑。",
    "，确保取得实效。",
    "，赢得群众广泛好评。",
    "。",
]
CAPTIONS = [
    "{month}月{day}日，{place}相关负责人介绍{topic}情况。",
    "这是{month}月{day}日在{place}拍摄的{topic}现场。",
    "{month}月{day}日，市民在{place}参与{topic}相关活动。",
    "{place}{topic}现场一角（{month}月{day}日摄）。",
    "图为{place}{topic}现场。",
]
SUBHEADS = {
    "cctv": ["多措并举保障有力", "新业态新场景不断涌现", "下一步工作部署"],
    "cnr": ["群众家门口的变化", "破解难题有新招", "让好政策落地生根"],
    "cri": ["合作成果丰硕", "各界高度评价", "携手开创美好未来"],
    "mil": ["紧贴实战搞训练", "问题短板逐个破", "强军实践再出发"],
    "theory": [
        "一、深刻认识其重大意义",
        "二、准确把握其核心要义",
        "三、切实推动落地见效",
    ],
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
