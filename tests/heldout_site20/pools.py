"""Word pools for the twentieth held-out site: headline and sentence frames for five Chinese
tech and business new-media sites (36氪, 虎嗅, 钛媒体, IT之家, 中关村在线). Personal names are
site 7's generator; every body is drawn from a seeded RNG."""

from __future__ import annotations

import random
import re

from heldout_gen import Pools
from heldout_site7.pools import names, zh_name

TPLS = ("kr", "hx", "tmt", "ith", "zol")

TOPICS = {
    "kr": [
        "具身智能",
        "大模型应用层",
        "新能源重卡",
        "出海电商",
        "AI眼镜",
        "储能电池",
        "低空经济",
        "预制菜",
        "宠物经济",
        "固态电池",
        "人形机器人",
        "跨境支付",
        "AI陪伴",
        "咖啡连锁",
    ],
    "hx": [
        "新茶饮",
        "造车新势力",
        "县城消费",
        "直播电商",
        "折扣零售",
        "短剧",
        "中概股",
        "奢侈品",
        "国产大模型",
        "露营经济",
        "社区团购",
        "黄金消费",
        "酒旅平台",
    ],
    "tmt": [
        "AI算力",
        "光模块",
        "半导体设备",
        "云计算",
        "数据要素",
        "智能驾驶",
        "卫星互联网",
        "工业软件",
        "国产数据库",
        "AI芯片",
        "信创",
        "边缘计算",
        "SaaS",
    ],
    "ith": [
        "小米14 Ultra",
        "鸿蒙NEXT",
        "iPad Pro",
        "骁龙8 Gen 3",
        "Windows 11 24H2",
        "RTX 4070 SUPER",
        "华为Pura 70",
        "一加Ace 3V",
        "Vision Pro",
        "小米SU7",
        "ColorOS 14",
        "Chrome 125",
        "三星Galaxy S24",
        "iOS 17.5",
    ],
    "zol": [
        "拯救者Y9000P",
        "ROG魔霸8",
        "RTX 4060笔记本",
        "MacBook Air M3",
        "华硕天选5",
        "戴尔灵越14",
        "机械革命极光",
        "雷神猎刃",
        "联想小新Pro16",
        "荣耀MagicBook",
        "惠普星Book",
        "微星泰坦",
        "红米Book 16",
    ],
}
COMPANIES = {
    "kr": ["智元机器人", "宇树科技", "月之暗面", "蔚来能源", "极智嘉", "霸王茶姬", "希音"],
    "hx": ["蜜雪冰城", "理想汽车", "拼多多", "泡泡玛特", "名创优品", "携程", "东方甄选"],
    "tmt": ["中际旭创", "寒武纪", "北方华创", "阿里云", "百度智能云", "浪潮信息", "金山办公"],
    "ith": ["小米", "华为", "苹果", "微软", "英伟达", "高通", "三星"],
    "zol": ["联想", "华硕", "戴尔", "惠普", "宏碁", "微星", "荣耀"],
}
HEAD = {
    "kr": [
        "36氪独家｜{org}完成新一轮数亿元融资，加码{topic}",
        "{topic}赛道，正在迎来第二波洗牌",
        "36氪首发｜{topic}公司「{org}」获新融资",
        "对话{org}创始人：{topic}的终局是什么",
        "{topic}卷到第三年，谁还在赚钱",
        "一场关于{topic}的豪赌",
        "{org}押注{topic}，能否复制上一次成功",
        "8点1氪｜{org}回应{topic}传闻",
    ],
    "hx": [
        "{topic}，开始“降价求生”",
        "{org}的{topic}故事，讲不下去了？",
        "谁在为{topic}买单",
        "{topic}退潮，{org}上岸",
        "被{topic}改变的年轻人",
        "{org}困在{topic}里",
        "{topic}的尽头，是县城",
        "{org}，还能靠{topic}翻身吗",
    ],
    "tmt": [
        "{org}一季度营收增长{n}%，{topic}业务成新引擎",
        "{topic}迎来政策窗口期，{org}加速布局",
        "钛媒体独家｜{org}{topic}团队调整",
        "{topic}产业链调研：订单排到年底",
        "{org}发布{topic}新品，对标国际大厂",
        "深度｜{topic}国产替代走到哪一步",
        "{org}股价大涨，{topic}概念持续升温",
        "{topic}“寒冬”未过，{org}如何突围",
    ],
    "ith": [
        "{topic}曝光：新品最快下月发布",
        "官宣{topic}更新，新增{n}项功能",
        "{topic}首发评测出炉，售价{n}99元起",
        "消息称{topic}出货量超预期",
        "{topic}推送新版本：修复多项问题",
        "{topic}京东开售，到手价{n2}9元",
        "{topic}跑分曝光，性能提升{n}%",
        "{topic}发热问题获官方回应",
    ],
    "zol": [
        "{topic}首发评测：这次诚意满满",
        "{topic}上手体验 性能释放达1{n}W",
        "{topic}开启预售 首发价{n2}99元",
        "618游戏本怎么选？{topic}值得关注",
        "{topic}拆解：散热模组全面升级",
        "新款{topic}参数曝光",
        "{topic}对比评测：谁才是性价比之王",
        "{topic}屏幕实测 色域覆盖{n}%",
    ],
}
FRAMES = {
    "kr": [
        "{org}创始人{person}向36氪表示，{topic}的商业化节奏比预想中更快。",
        "据36氪了解，本轮融资将主要用于{topic}的研发投入和团队扩张。",
        "在{topic}领域，头部玩家的市场份额已超过{n}%。",
        "投资人{person}认为，{topic}正处在从技术验证走向规模化落地的关键节点。",
        "{org}成立于20{n}年前后，团队核心成员来自头部互联网公司。",
    ],
    "hx": [
        "在{topic}最火热的时候，{org}一度被视为行业的标杆。",
        "一位接近{org}的人士告诉笔者，公司内部对{topic}的判断已经发生了变化。",
        "这背后，是{topic}行业增长见顶后的无奈选择。",
        "消费者用脚投票，{topic}的热度明显退去。",
        "{org}的财报显示，相关业务收入同比下滑{pct}%。",
    ],
    "tmt": [
        "财报显示，{org}一季度实现营收{n2}亿元，同比增长{pct}%。",
        "{org}相关负责人对钛媒体App表示，{topic}相关订单饱满。",
        "业内人士指出，{topic}的国产化率仍有较大提升空间。",
        "二级市场上，{topic}板块近期多次异动。",
        "分析师{person}认为，{topic}需求将在下半年进一步释放。",
    ],
    "ith": [
        "据介绍，{topic}采用全新设计，厚度仅为{n}mm。",
        "IT之家查询获悉，{org}此前已在官网上架相关页面。",
        "从曝光的图片来看，{topic}延续了上代的外观设计。",
        "此外，新版本还优化了系统流畅度，改善了续航表现。",
        "{topic}支持{n}W有线快充，内置{n2}0mAh电池。",
    ],
    "zol": [
        "{topic}搭载了英特尔酷睿i9-14900HX处理器，配备RTX 4070显卡。",
        "在实际测试中，{topic}的CPU满载功耗稳定在{n2}W左右。",
        "屏幕方面，{topic}采用16英寸2.5K分辨率屏幕，刷新率为240Hz。",
        "散热方面，{org}为这款产品设计了全新的双风扇四出风口结构。",
        "综合来看，{topic}在同价位产品中具备较强的竞争力。",
    ],
}
OPEN = ["", "", "", "此外，", "值得注意的是，", "从数据来看，", "目前，", "与此同时，", "事实上，"]
SUBJ = ["{org}", "行业", "头部厂商", "不少用户", "二级市场", "新玩家", "供应链", "资本"]
PRED = [
    "营收同比增长{pct}%",
    "毛利率提升至{pct}%",
    "月活用户突破{n2}万",
    "门店数量超过{n2}家",
    "研发投入达{n}亿元",
    "出货量环比增长{pct}%",
    "估值接近{n}亿美元",
    "市场份额提升约{pct}个百分点",
    "订单量翻了{n}倍",
    "净亏损收窄至{n}亿元",
    "复购率达到{pct}%",
    "成本下降约{pct}%",
    "交付周期缩短至{n}天",
    "海外收入占比超过{pct}%",
]
TAIL = [
    "。",
    "，超出市场预期。",
    "，但压力依然不小。",
    "，增速有所放缓。",
    "，行业竞争进一步加剧。",
]
CAPTIONS = [
    "{org}位于深圳的研发中心。",
    "{month}月{day}日，观众在展会现场体验{topic}相关产品。",
    "{topic}产品外观图。",
    "{org}发布会现场。",
    "{topic}的内部结构示意图。",
]
SUBHEADS = {
    "kr": ["01 从技术到产品", "02 商业化的难题", "03 下一站"],
    "hx": ["一、高光不再", "二、增长的代价", "三、还有机会吗"],
    "tmt": ["订单饱满", "国产替代加速", "挑战仍在"],
    "ith": ["外观设计", "性能配置", "价格与上市时间"],
    "zol": ["外观设计", "性能测试", "散热与续航"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {
        "n": str(rng.randint(3, 98)),
        "n2": str(rng.randint(12, 960)),
        "pct": f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
        "month": str(rng.randint(1, 4)),
        "day": str(rng.randint(1, 28)),
        "person": zh_name(rng),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


BRAND = {
    "小米": "小米",
    "红米": "小米",
    "鸿蒙": "华为",
    "华为": "华为",
    "iPad": "苹果",
    "Vision": "苹果",
    "iOS": "苹果",
    "Mac": "苹果",
    "骁龙": "高通",
    "Windows": "微软",
    "Chrome": "谷歌",
    "RTX": "英伟达",
    "一加": "一加",
    "ColorOS": "OPPO",
    "三星": "三星",
    "拯救者": "联想",
    "联想": "联想",
    "ROG": "华硕",
    "华硕": "华硕",
    "戴尔": "戴尔",
    "机械革命": "机械革命",
    "雷神": "雷神",
    "荣耀": "荣耀",
    "惠普": "惠普",
    "微星": "微星",
}


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    topic = rng.choice(TOPICS[tpl])
    org = rng.choice(COMPANIES[tpl])
    for k, v in BRAND.items():
        if tpl in ("ith", "zol") and topic.startswith(k):
            org = v
    return {"topic": topic, "org": org}


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), tries=400, topics=TOPICS)

__all__ = ["POOLS", "SUBHEADS", "TPLS", "context", "names"]
