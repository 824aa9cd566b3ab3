"""Word pools for the forty-sixth held-out site: city and county news and government portals on
Java/.NET CMSes (SiteServer, JEECMS, Jspxcms, a 大汉 网站群 and a 新华网-built 融媒体 platform).
Every body is drawn from a seeded RNG; the pools are this site's own. Names and words stay inside
GB2312 (one template is served in GBK, its 2019 pages in GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡贾丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("文博", "欣然", "志强", "丽娟", "红梅", "浩然", "雅琴", "晓东", "玉兰", "德明", "秀英"),
    *("建华", "思琪", "宏伟", "晨阳", "慧敏", "少华", "佳怡", "永刚", "婉婷", "鹏飞", "若曦"),
    *("伟", "芳", "洋", "娜", "磊", "琳", "超", "萍", "鑫", "婷", "凯", "雪"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


TOWNS = [
    "城关镇",
    "青石镇",
    "柳河乡",
    "白塔街道",
    "南岭镇",
    "东湖街道",
    "石门乡",
    "桃源镇",
    "金沙镇",
]
UNITS = [
    "县农业农村局",
    "县教育局",
    "县卫生健康局",
    "县文化和旅游局",
    "县市场监督管理局",
    "县生态环境分局",
    "县住房和城乡建设局",
    "县应急管理局",
    "县人力资源和社会保障局",
]
TOPICS = {
    "ss": [
        "城市更新",
        "文明城市创建",
        "营商环境",
        "夜间经济",
        "老旧小区改造",
        "交通治堵",
        "一老一小",
    ],
    "jc": [
        "乡村振兴",
        "基层治理",
        "高标准农田",
        "人居环境整治",
        "特色产业",
        "民生实事",
        "平安建设",
    ],
    "jx": ["立德树人", "产教融合", "科研攻关", "思政课建设", "就业创业", "校地合作", "劳动教育"],
    "hw": ["安全生产", "春耕备耕", "政务服务", "防汛备汛", "食品安全", "义务教育", "医保惠民"],
    "xh": ["文旅融合", "乡村旅游", "非遗传承", "全民健身", "志愿服务", "移风易俗", "电商助农"],
}
THINGS = {
    "ss": ["口袋公园", "智慧停车平台", "社区食堂", "便民服务圈", "城市书房", "背街小巷"],
    "jc": ["茶叶基地", "蔬菜大棚", "村级光伏电站", "冷链仓储中心", "农产品展销馆", "村史馆"],
    "jx": ["重点实验室", "创新创业学院", "实训基地", "校史馆", "图书馆新馆", "产业学院"],
    "hw": [
        "政务服务大厅",
        "应急物资储备库",
        "农机合作社",
        "村卫生室",
        "防汛物资仓库",
        "义务教育学校",
    ],
    "xh": ["非遗工坊", "乡村民宿", "露营基地", "古村落", "文化礼堂", "农文旅综合体"],
}
EVENTS = ["现场推进会", "工作调度会", "观摩活动", "专题培训班", "动员大会", "座谈会", "启动仪式"]
SCHOOLS = [
    "机械工程学院",
    "信息学院",
    "经济管理学院",
    "马克思主义学院",
    "化学化工学院",
    "外国语学院",
]

HEAD = {
    "ss": [
        "{town}{thing}建成投用 {topic}再添新成果",
        "我市召开{topic}{event}",
        "{topic}跑出加速度 全市{pct}个{thing}项目集中开工",
        "市领导调研{topic}工作",
        "{town}：小{thing}撬动{topic}大变化",
        "聚焦{topic} 我市出台{pct}条硬措施",
        "{thing}升级改造 {town}居民家门口享便利",
    ],
    "jc": [
        "{town}：{thing}带富一方百姓",
        "我县{topic}{event}召开",
        "{town}以{topic}为抓手 绘就和美乡村新画卷",
        "{thing}“上新” {town}群众增收有门路",
        "县委主要领导到{town}督导{topic}工作",
        "{topic}见实效 {town}{pct}个村集体经济收入超十万元",
    ],
    "jx": [
        "学校召开{topic}{event}",
        "{school}{thing}揭牌成立",
        "我校在{topic}工作中取得新突破",
        "{school}举办{topic}主题活动",
        "学校领导带队走访企业 推进{topic}",
        "我校{pct}项成果获省级{topic}表彰",
    ],
    "hw": [
        "{unit}召开{topic}{event}",
        "{unit}扎实推进{topic}工作",
        "我县全面启动{topic}专项行动",
        "{town}{thing}正式启用",
        "{unit}开展{topic}宣传活动",
        "我县{topic}工作经验在全市推广",
    ],
    "xh": [
        "{town}：{thing}成为{topic}新名片",
        "五一假期我县接待游客{pct}万人次",
        "{topic}添活力 {town}{thing}火出圈",
        "我县举办{topic}系列活动",
        "{town}探索{topic}新路径",
        "{thing}里的{topic}故事",
    ],
}
FRAMES = {
    "ss": [
        "据市城管局相关负责人介绍，今年全市计划新建改造{thing}{pct}处，目前已完成过半。",
        "“以前出门办事要跑好远，现在{thing}就在家门口，方便多了。”{town}居民{name}说。",
        "下一步，我市将持续深化{topic}，让群众的获得感成色更足。",
    ],
    "jc": [
        "走进{town}的{thing}，只见工人们正忙着分拣、打包，一派繁忙景象。",
        "“有了{thing}，我们在家门口就能打工挣钱。”村民{name}笑着说。",
        "近年来，{town}坚持把{topic}作为重要抓手，因地制宜发展特色产业。",
    ],
    "jx": [
        "会上，校党委书记强调，要深入推进{topic}，为学校高质量发展提供坚强保障。",
        "{school}负责人介绍，{thing}将面向全校师生开放，服务人才培养和科学研究。",
        "据悉，近三年学校在{topic}方面累计投入经费{pct}00余万元。",
    ],
    "hw": [
        "会议要求，各乡镇、各部门要切实提高思想认识，压紧压实责任，确保{topic}各项任务落到实处。",
        "活动现场，工作人员通过发放宣传资料、现场讲解等方式，向群众普及{topic}相关知识。",
        "截至目前，共排查整改各类问题{pct}个，发放宣传资料{pct}00余份。",
    ],
    "xh": [
        "“周末带孩子来{thing}体验，既好玩又长见识。”游客{name}说。",
        "近年来，{town}深挖本地资源，推动{topic}，让“流量”变成“留量”。",
        "据统计，今年以来{thing}已累计接待游客{pct}万人次，带动周边农户增收。",
    ],
}
_OPEN = ["", "", "据了解，", "近年来，", "今年以来，", "与此同时，", "下一步，", "据悉，", "目前，"]
_SUBJ = ["当地", "相关部门", "各乡镇", "该项目", "工作人员", "干部群众", "我县", "各单位"]
_PRED = [
    "坚持问题导向",
    "强化部门协同",
    "聚焦群众急难愁盼",
    "完善长效机制",
    "加大资金投入力度",
    "细化工作方案",
    "开展常态化巡查",
    "持续优化服务流程",
    "压实工作责任",
    "创新工作方式方法",
    "加强宣传引导",
    "推动资源下沉",
]
_TAIL = [
    "。",
    "，取得了阶段性成效。",
    "，切实把好事办实、实事办好。",
    "，群众满意度不断提升。",
    "，各项工作有序推进。",
]
CAPTIONS = [
    "{month}月{day}日，{town}{thing}一角",
    "{topic}{event}现场",
    "{month}月{day}日，工作人员在{thing}内忙碌",
    "群众在{thing}参观体验",
    "{town}{thing}全景",
]
SUBHEADS = {
    "ss": ["精准施策补短板", "久久为功见长效"],
    "jc": ["产业兴旺有底气", "共建共享促振兴"],
    "jx": ["凝心聚力谋发展", "守正创新育新人"],
    "hw": ["压实责任抓落实", "多措并举保成效"],
    "xh": ["挖掘资源促融合", "擦亮品牌聚人气"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    return {
        "town": rng.choice(TOWNS),
        "unit": rng.choice(UNITS),
        "topic": rng.choice(TOPICS[tpl]),
        "thing": rng.choice(THINGS[tpl]),
        "event": rng.choice(EVENTS),
        "school": rng.choice(SCHOOLS),
        "pct": str(rng.randint(6, 48)),
        "name": names(rng, 1)[0],
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
