"""Word pools for the forty-seventh held-out site: the old ASP/PHP/.NET news systems of Chinese
counties, towns and schools (a 风讯 county news site, a 科汛 city portal, a 动力文章 bureau site, a
PageAdmin town government site and a hand-built primary school site). Every body is drawn from
a seeded RNG; the pools are this site's own. Words stay inside GB2312 (most pages are GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡贾丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("志强", "秀英", "建华", "丽娟", "卫国", "春梅", "文斌", "红霞", "永红", "小燕", "德明"),
    *("桂兰", "海波", "晓东", "玉珍", "国华", "新民", "雪梅", "光辉", "凤英", "学军", "慧敏"),
    *("勇", "芳", "伟", "静", "刚", "燕", "辉", "婷", "平", "鹏", "华", "琳"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "fs": ["城关镇", "白沙乡", "河口镇", "石门乡", "青山镇", "柳林乡", "龙泉镇", "东坪乡"],
    "ks": ["高新区", "开发区", "老城区", "滨江新区", "东湖街道", "西关街道", "北园街道"],
    "na": ["县城", "白沙片区", "河口片区", "南部山区", "城北工业园", "东部库区"],
    "pa": ["龙泉村", "杏花村", "新桥村", "石塘村", "双河村", "桃园社区", "镇区"],
    "sc": ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "全校"],
}
TOPICS = {
    "fs": ["乡村振兴", "安全生产", "森林防火", "防汛备汛", "春耕生产", "人居环境整治", "招商引资"],
    "ks": ["文明城市创建", "老旧小区改造", "营商环境", "社区治理", "交通整治", "便民服务"],
    "na": ["农田水利", "安全度汛", "河长制", "饮水安全", "水土保持", "小型水库除险加固"],
    "pa": ["产业发展", "环境整治", "矛盾纠纷排查", "移风易俗", "乡风文明"],
    "sc": ["读书节", "安全教育", "劳动实践", "书法比赛", "校本教研", "家长开放日", "体育节"],
}
THINGS = {
    "fs": ["茶叶基地", "光伏电站", "农产品加工园", "通村公路", "集镇污水管网", "烟叶产业"],
    "ks": ["便民服务中心", "口袋公园", "智慧停车场", "社区食堂", "背街小巷", "农贸市场"],
    "na": ["灌区渠道", "病险水库", "山塘", "防洪堤", "供水工程", "抗旱机井"],
    "pa": ["蔬菜大棚", "油茶基地", "村级活动中心", "文化广场", "村道", "电商服务站"],
    "sc": ["图书角", "劳动基地", "科技社团", "书法教室", "阅览室", "心理辅导室"],
}

HEAD = {
    "fs": [
        "{place}扎实推进{topic}工作",
        "县领导到{place}督导{topic}",
        "{place}{thing}项目建设进展顺利",
        "我县召开{topic}工作推进会",
        "{place}多措并举抓好{topic}",
        "{place}：{thing}助农增收",
        "全县{topic}现场会在{place}召开",
    ],
    "ks": [
        "{place}全力推进{topic}",
        "{place}{thing}正式投入使用",
        "市{topic}工作领导小组到{place}检查指导",
        "{place}开展{topic}集中行动",
        "{thing}建起来 居民笑开颜——{place}{topic}见闻",
        "{place}召开{topic}专题会议",
    ],
    "na": [
        "我局召开{topic}工作会议",
        "局领导深入{place}检查{topic}工作",
        "{place}{thing}工程顺利通过验收",
        "我局开展{topic}专项检查",
        "县水利局部署{topic}工作",
        "{place}{thing}建设全面启动",
    ],
    "pa": [
        "{place}：{thing}鼓起村民钱袋子",
        "我镇召开{topic}工作推进会",
        "{place}开展{topic}主题活动",
        "镇党委书记到{place}调研{topic}",
        "{place}{thing}建成投用",
        "我镇扎实开展{topic}",
    ],
    "sc": [
        "我校举行{topic}启动仪式",
        "{place}开展{topic}活动",
        "我校召开{topic}专题会议",
        "精彩{topic} 快乐成长——我校{topic}活动纪实",
        "我校{thing}正式启用",
        "{place}学生参加{topic}展示活动",
    ],
}
FRAMES = {
    "fs": [
        "今年以来，{place}坚持把{topic}作为重点工作来抓，成立专门工作专班，明确责任分工。",
        "据了解，{place}{thing}总投资{num}万元，建成后可带动周边群众就近就业。",
        "会议要求，各乡镇、各部门要进一步提高思想认识，压实工作责任，确保{topic}各项任务落到实处。",
        "在{thing}现场，施工人员正在抓紧作业，机器轰鸣，一派繁忙景象。",
    ],
    "ks": [
        "{place}相关负责人介绍，{thing}建成后将惠及周边{num}余户居民。",
        "“以前出门办事要跑好几趟，现在家门口就能办好。”居民{who}高兴地说。",
        "下一步，{place}将持续巩固{topic}成果，推动各项工作常态长效。",
        "活动中，工作人员深入小区楼栋，逐户发放宣传资料，耐心解答群众疑问。",
    ],
    "na": [
        "检查组一行先后深入{place}的{thing}现场，详细查看工程建设和安全管理情况。",
        "会议强调，要牢固树立底线思维，全面落实{topic}责任制，确保人民群众生命财产安全。",
        "该工程总投资{num}万元，主要建设内容包括渠道衬砌、闸门更换和管理房改造等。",
    ],
    "pa": [
        "近年来，{place}因地制宜发展{thing}，走出了一条产业兴村的新路子。",
        "“现在家门口就能务工，一个月能挣两千多元。”村民{who}说。",
        "活动现场，志愿者们分工协作，清理房前屋后垃圾，整治乱堆乱放。",
    ],
    "sc": [
        "活动中，同学们积极参与，认真准备，充分展示了我校学生良好的精神风貌。",
        "校长在讲话中指出，{topic}是学校落实立德树人根本任务的重要举措。",
        "本次活动共有{num}名学生参加，各班级均选派了优秀代表。",
        "老师们表示，将以此次活动为契机，不断提升自身业务水平。",
    ],
}
_OPEN = ["", "", "据悉，", "同时，", "近年来，", "今年以来，", "此外，", "下一步，", "据了解，"]
_SUBJ = ["我县", "该镇", "各村", "相关部门", "工作人员", "党员干部", "驻村工作队", "各单位"]
_PRED = [
    "认真落实上级部署",
    "坚持问题导向",
    "加大宣传力度",
    "健全长效机制",
    "强化督促检查",
    "压实工作责任",
    "深入开展排查整治",
    "广泛发动群众参与",
    "细化工作措施",
    "加强部门协作",
    "及时总结经验做法",
    "积极争取项目资金",
]
_TAIL = [
    "。",
    "，取得了明显成效。",
    "，各项工作有序推进。",
    "，得到群众的一致好评。",
    "，为下一步工作打下坚实基础。",
]
CAPTIONS = [
    "{place}{thing}建设现场",
    "{month}月{day}日，工作人员在{place}开展{topic}工作",
    "{topic}活动现场",
    "{place}{thing}一角",
    "与会人员在{place}实地观摩",
]
SUBHEADS = {
    "fs": ["一、提高站位，强化组织领导", "二、突出重点，狠抓工作落实"],
    "ks": ["聚焦民生办实事", "共建共治促长效"],
    "na": ["强化责任落实", "加强督查整改"],
    "pa": ["党建引领聚合力", "产业发展促增收"],
    "sc": ["精心组织", "丰富多彩"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "thing": rng.choice(THINGS[tpl]),
        "num": str(rng.randint(3, 980)),
        "who": rng.choice(SURNAMES) + rng.choice(["大爷", "阿姨", "师傅", "大姐"]),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
