"""Word pools for the fiftieth held-out site: city and county broadcasters' TV and radio news
(a city 广播电视台, a provincial 网络台, a 县电视台, a radio station and a 短视频 page). Every body
is drawn from a seeded RNG; the pools are this site's own. Names and words stay inside GB2312
(one template is served in GBK)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡贾丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("晓东", "雨萱", "志强", "婉婷", "红梅", "浩然", "欣怡", "建华", "丽娟", "鹏飞", "文静"),
    *("海涛", "梦瑶", "永刚", "佳琪", "德明", "思彤", "宇航", "秀英", "振华", "晨曦", "俊峰"),
    *("磊", "娜", "超", "艳", "鑫", "琳", "波", "燕", "鹏", "洁", "凯", "丹"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "sb": ["滨江区", "高新区", "东城街道", "南湖新区", "经开区", "北塘区", "临港片区", "老城区"],
    "wl": ["省会城市", "沿江各市", "豫北地区", "山区县市", "省内各地", "黄河沿线", "东部平原"],
    "xd": ["城关镇", "石桥镇", "柳河乡", "大营镇", "青山乡", "双井村", "李家庄村", "县经济开发区"],
    "gb": ["主城区", "绕城高速", "地铁三号线", "火车站片区", "城东", "城西", "机场快线"],
    "ws": ["古城墙下", "湿地公园", "老街巷", "夜市", "体育中心", "江边步道", "城市书房"],
}
TOPICS = {
    "sb": [
        "老旧小区改造",
        "城市更新",
        "垃圾分类",
        "文明城市创建",
        "重点项目建设",
        "社区养老",
        "公交线路优化",
        "夜间经济",
    ],
    "wl": [
        "春播春种",
        "稳就业",
        "营商环境",
        "防汛备汛",
        "乡村振兴",
        "文旅融合",
        "科技创新",
        "安全生产",
    ],
    "xd": [
        "小麦田间管理",
        "人居环境整治",
        "农村公路建设",
        "特色种植",
        "返乡创业",
        "义诊进村",
        "防溺水宣传",
        "消防演练",
    ],
    "gb": [
        "早高峰出行",
        "五一假期返程",
        "道路施工",
        "交通违法整治",
        "网约车规范",
        "充电桩建设",
        "校园周边交通",
    ],
    "ws": [
        "槐花飘香",
        "非遗展演",
        "city walk",
        "露营热",
        "志愿服务",
        "广场舞大赛",
        "夜跑",
        "街头音乐会",
    ],
}
HEAD = {
    "sb": [
        "{place}{topic}加速推进",
        "{place}：{topic}让居民生活更舒心",
        "【聚焦{topic}】{place}交出新答卷",
        "{topic}见成效 {place}群众点赞",
        "我市召开{topic}工作推进会",
        "{place}{topic}项目集中开工",
        "记者探访：{place}的{topic}新变化",
        "{topic}提速 {place}按下快进键",
    ],
    "wl": [
        "{place}扎实推进{topic}",
        "【新闻联播】{place}：{topic}跑出加速度",
        "全省{topic}工作会议召开",
        "{topic}开新局 {place}见行动",
        "聚焦{topic}：{place}多措并举",
        "{place}{topic}取得阶段性成果",
        "【奋进新征程】{place}{topic}亮点纷呈",
    ],
    "xd": [
        "{place}开展{topic}活动",
        "我县{topic}工作有序推进",
        "{place}：{topic}惠民生",
        "县领导督导{topic}工作",
        "{place}{topic}成效明显",
        "{topic}进行时：{place}在行动",
        "{place}全力抓好{topic}",
    ],
    "gb": [
        "{place}{topic}情况播报",
        "【早新闻】{topic}：{place}有新变化",
        "{topic}来了 {place}市民怎么看",
        "{place}{topic}提醒",
        "交警发布{topic}出行提示",
        "新闻热线：{place}{topic}问题解决了",
        "{topic}｜{place}听众反映的问题有了回音",
    ],
    "ws": [
        "微视频｜{place}的{topic}",
        "短视频：{place}{topic}",
        "【微视频】{topic}，{place}正当时",
        "{place}邂逅{topic}",
        "镜头里的{topic}：{place}",
        "{topic}！{place}好热闹",
        "带你看{place}的{topic}",
    ],
}
FRAMES = {
    "sb": [
        "在{place}，{topic}工作正在有序推进，施工现场一派繁忙景象。",
        "{place}相关负责人介绍，今年将把{topic}作为重点民生实事来抓。",
        "居民们纷纷表示，{topic}实施以来，身边的变化看得见、摸得着。",
        "截至目前，{place}{topic}已完成年度计划的{pct}%。",
    ],
    "wl": [
        "{place}围绕{topic}，出台了一系列务实管用的举措。",
        "据省有关部门统计，今年以来全省{topic}相关指标同比增长{pct}%。",
        "在{place}，记者看到，{topic}正在成为推动高质量发展的新引擎。",
        "下一步，{place}将持续发力，推动{topic}取得更大成效。",
    ],
    "xd": [
        "{place}干部群众积极投身{topic}，田间地头处处是忙碌的身影。",
        "活动现场，工作人员向群众发放宣传资料{pct}0余份。",
        "{place}党委书记表示，将以{topic}为抓手，切实为群众办实事。",
        "据了解，{place}今年已累计投入资金{pct}万元用于{topic}。",
    ],
    "gb": [
        "听众朋友反映，{place}一带{topic}问题比较突出。",
        "记者从市交警支队了解到，{place}的{topic}工作已经全面展开。",
        "{place}早高峰车流量比平时增加了{pct}%，请大家合理安排出行时间。",
        "对此，相关部门回应称，将尽快对{place}的{topic}问题进行整改。",
    ],
    "ws": [
        "{place}，{topic}吸引了不少市民驻足观看。",
        "五月的{place}，{topic}正当时。",
        "一起跟随镜头，感受{place}的{topic}。",
    ],
}
_OPEN = [
    "",
    "",
    "据介绍，",
    "与此同时，",
    "近年来，",
    "今年以来，",
    "此外，",
    "记者了解到，",
    "下一步，",
]
_SUBJ = ["相关部门", "当地", "街道社区", "工作人员", "有关负责人", "各级干部", "志愿者", "群众"]
_PRED = [
    "持续加大工作力度",
    "不断完善服务举措",
    "扎实推进各项任务落实",
    "主动深入一线排查",
    "切实解决群众急难愁盼问题",
    "进一步压实工作责任",
    "加强部门联动协作",
    "创新工作方式方法",
    "积极回应群众关切",
    "广泛开展宣传引导",
    "强化日常巡查监管",
    "统筹推进重点工作",
]
_TAIL = [
    "。",
    "，取得了明显成效。",
    "，确保各项工作落到实处。",
    "，群众的获得感不断增强。",
    "，相关工作正在加紧推进。",
]
CAPTIONS = [
    "{month}月{day}日，{place}{topic}现场",
    "工作人员在{place}开展{topic}",
    "{place}一角",
    "图为{place}{topic}活动现场",
]
SUBHEADS = {
    "sb": ["现场直击", "记者手记"],
    "wl": ["多措并举", "成效初显"],
    "xd": ["精心组织", "务求实效"],
    "gb": ["听众来电", "部门回应"],
    "ws": ["", ""],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "pct": str(rng.randint(12, 96)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
