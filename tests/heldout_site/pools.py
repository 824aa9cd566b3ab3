# ruff: noqa: E501  (word pools read best one entry per line)
"""Word pools, names and the article record of the held-out site (see generator.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

TEMPLATES = ("gov", "qx", "paper", "big5", "en")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文玉兰红梅志海波宁晨冬喆堃昇玥浩宇欣怡子涵雨萱"
PINYIN = [
    "Li Wei",
    "Zhang Min",
    "Wang Fang",
    "Liu Yang",
    "Chen Dong",
    "Zhao Lei",
    "Sun Jing",
    "Ma Xiaolong",
    "Hu Yue",
    "Guo Ning",
    "Gao Jianhua",
    "He Lina",
]
PLACES = [
    "呼和浩特市",
    "包头市",
    "土默特左旗",
    "托克托县",
    "和林格尔县",
    "武川县",
    "清水河县",
    "赛罕区",
    "新城区",
    "回民区",
]
ACTIONS = [
    "出台",
    "印发",
    "启动",
    "部署",
    "召开会议研究",
    "推进",
    "全面落实",
    "加快建设",
    "发布",
    "开展",
]
TOPICS = [
    "稳就业二十条措施",
    "春耕备耕工作",
    "城市更新行动方案",
    "冬季供暖保障工作",
    "营商环境优化举措",
    "乡村振兴重点任务",
    "黄河流域生态保护项目",
    "中小学课后服务",
    "老旧小区改造计划",
    "数字政府建设",
    "农牧民增收专项行动",
    "文旅消费季活动",
    "安全生产大检查",
    "医保便民服务",
    "高标准农田建设",
]
EN_TOPICS = [
    "Hohhot unveils measures to stabilise jobs",
    "Spring ploughing gets under way in Tumed Left Banner",
    "City renewal plan targets old neighbourhoods",
    "Yellow River ecology projects speed up",
    "Dairy farmers see incomes rise: officials",
    "New rail link to cut commute times",
    "Winter heating supply secured for residents",
    "Grassland restoration enters second phase",
    "Schools extend after-class services",
    "Tourism festival draws record crowds",
    "Digital government platform goes live",
    "Farmland upgrade covers 2 million mu",
]
SENTENCES = [
    "记者从有关部门获悉，{p}将围绕{t}，细化任务分工，明确完成时限，确保各项工作落到实处。",
    "据介绍，今年以来，{p}坚持问题导向，聚焦群众急难愁盼，累计投入资金{n}亿元，惠及群众{m}万人。",
    "会议强调，要进一步压实责任，加强统筹协调，推动{t}取得更大成效。",
    "{p}相关负责人表示，下一步将持续完善配套政策，加大宣传力度，让更多企业和群众享受政策红利。",
    "在现场，工作人员正有序开展各项准备工作，机械轰鸣，一派繁忙景象。",
    "截至目前，全市已完成年度计划的{k}%，较去年同期提高{j}个百分点。",
    "“我们将把这件实事办好办实，”一位基层干部告诉记者，“让老百姓真正得到实惠。”",
    "此外，{p}还将建立健全长效机制，定期开展督导检查，对工作不力的单位进行通报。",
    "专家认为，这一举措有利于激发市场活力，增强发展后劲，为高质量发展提供有力支撑。",
    "据统计，一季度全市新增市场主体{n}千户，同比增长{j}.{k}%，发展势头良好。",
    "走进{p}某社区服务中心，办事群众排起了队，窗口工作人员耐心解答每一个问题。",
    "今年，{p}计划新建和改造各类设施{m}处，目前已有{j}处开工建设。",
    "针对群众反映强烈的问题，{p}建立了问题清单、责任清单和整改清单，逐项销号管理。",
    "与此同时，{p}积极引导社会资本参与，形成了政府主导、多方参与的工作格局。",
    "在{p}的一家企业车间里，生产线正满负荷运转，订单已经排到了{j}个月以后。",
    "下一步，{p}将以{t}为抓手，统筹推进各项重点工作，努力交出一份满意答卷。",
    "有关负责人介绍，{t}共涉及{k}项具体任务，明确了牵头单位和完成时限。",
    "不少市民表示，近年来身边的变化实实在在，生活越来越便利。",
    "据悉，{p}已连续{j}年将相关工作纳入民生实事，累计完成投资{m}.{j}亿元。",
    "为确保工作顺利推进，{p}成立了由主要负责同志任组长的工作专班。",
]
EN_SENTENCES = [
    "Officials in {p} said on Tuesday that the measures would take effect immediately and run until the end of the year.",
    "The city has earmarked {n} billion yuan for the programme, which is expected to benefit about {m}0,000 residents.",
    '"We want people to feel the difference in their daily lives," said a local official who asked not to be named.',
    "Analysts said the plan reflects a broader push to boost domestic demand and support small businesses.",
    "By the end of last month, {k} percent of the annual target had been met, up {j} percentage points year-on-year.",
    "Local farmers welcomed the move, saying it would help them plan ahead for the coming season.",
    "The authorities also pledged to step up inspections and publish progress reports every quarter.",
    "Residents interviewed by reporters said services had improved noticeably over the past year.",
]
SECTION = {
    "gov": ("/zwgk/", "政务公开"),
    "qx": ("/qxzc/", "旗县之窗"),
    "paper": ("/bjcb/", "北疆晨报"),
    "big5": ("/big5/news/", "新聞"),
    "en": ("/en/", "News"),
}
SITE_SUFFIX = {
    "gov": "-呼和浩特市人民政府",
    "qx": "--旗县之窗",
    "paper": "_北疆晨报",
    "big5": " | 草原新聞網",
    "en": " - Grassland Daily",
}


@dataclass
class Art:
    tpl: str
    n: int
    path: str
    title: str
    when: datetime  # local wall time, +08:00
    authors: list[str]
    correspondents: list[str]
    editors: list[str]
    paragraphs: list[str]
    related: list[str] = field(default_factory=list)  # paths
    tag: str = ""


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


TW_SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高"
TW_GIVEN = "美玲志強建宏淑芬俊傑怡君家豪雅婷冠宇佳穎承恩宗翰"
TW_PLACES = ["呼和浩特市", "包頭市", "土默特左旗", "托克托縣", "和林格爾縣", "武川縣"]
TW_ACTIONS = ["推出", "啟動", "部署", "加快推動", "公布"]
TW_TOPICS = [
    "穩就業措施",
    "春耕備耕工作",
    "城市更新計畫",
    "冬季供暖保障",
    "鄉村振興任務",
    "文化旅遊活動",
    "醫保便民服務",
]
TW_SENTENCES = [
    "記者從有關部門獲悉，{p}將圍繞{t}，細化任務分工，明確完成時限，確保各項工作落實。",
    "據介紹，今年以來，{p}累計投入資金{n}億元，惠及民眾{m}萬人。",
    "{p}相關負責人表示，下一步將持續完善配套政策，讓更多企業和民眾享受政策紅利。",
    "截至目前，全市已完成年度計畫的{k}%，較去年同期提高{j}個百分點。",
    "「我們會把這件事辦好，」一位基層幹部告訴記者，「讓老百姓真正得到實惠。」",
    "專家認為，這一舉措有利於激發市場活力，為高品質發展提供有力支撐。",
    "此外，{p}還將建立長效機制，定期開展督導檢查，對工作不力的單位進行通報。",
]


def _tw_name(rng: random.Random) -> str:
    return rng.choice(TW_SURNAMES) + "".join(rng.choice(TW_GIVEN) for _ in range(2))


def _fill(s: str, rng: random.Random, p: str, t: str) -> str:
    return s.format(
        p=p,
        t=t,
        n=rng.randint(2, 90),
        m=rng.randint(3, 60),
        k=rng.randint(11, 98),
        j=rng.randint(1, 9),
    )


TAGS = {"gov": "就业", "qx": "乡村振兴", "paper": "民生", "big5": "民生", "en": "economy"}
