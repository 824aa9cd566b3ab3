"""Word pools for the fifty-fourth held-out site: a town on 凡科建站, a school on 阿里云·速成美站,
an association's 易企秀 H5 pages, a town blog on Typecho and a machinery maker's 2019 WordPress
site. Every body is drawn from a seeded RNG; the pools are this site's own. Names and words stay
inside GB2312 (the WordPress pages are served in GBK)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("思远", "雨欣", "俊峰", "梓萱", "建华", "海霞", "明辉", "晓东", "佳琪", "立军", "春梅"),
    *("卫国", "一凡", "可馨", "家乐", "秀英", "子豪", "静雯", "国强", "玉兰", "振华", "诗琪"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "娟", "杰", "莉"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


# who runs each site
ORG = {
    "fk": "青石镇人民政府",
    "al": "云溪实验学校",
    "h5": "临川市青年企业家协会",
    "tc": "柳河镇那些事儿",
    "wp": "恒达机械制造有限公司",
}
PLACES = {
    "fk": ["上坪村", "下湾村", "石桥村", "青石社区", "龙潭村", "新民村"],
    "al": ["初一年级", "初二年级", "小学部", "高一年级", "艺术楼", "田径场"],
    "h5": ["临川", "高新区", "会展中心", "东湖宾馆", "协会会议室", "滨江公园"],
    "tc": ["老街", "柳河大桥", "镇中心小学", "河滩", "菜市场", "文化站"],
    "wp": ["一车间", "装配车间", "铸造分厂", "质检部", "展厅", "培训中心"],
}
TOPICS = {
    "fk": ["人居环境整治", "防汛备汛", "乡村振兴", "农技培训", "森林防火", "安全生产", "移风易俗"],
    "al": ["研学实践", "春季运动会", "家长开放日", "教研活动", "读书节", "防溺水教育", "科技节"],
    "h5": ["会员大会", "公益助学", "企业考察", "青年创业沙龙", "交流座谈", "年度盛典"],
    "tc": ["端午龙舟", "赶集", "老街改造", "油菜花", "插秧", "露天电影", "庙会"],
    "wp": ["安全生产月", "技能比武", "展会参展", "新品发布", "质量月", "客户来访", "消防演练"],
}
ITEMS = {
    "fk": ["垃圾分类", "河道清淤", "茶叶种植", "光伏发电", "道路硬化", "农房改造"],
    "al": ["劳动教育", "书法课", "足球社团", "心理健康", "科学实验", "合唱比赛"],
    "h5": ["数字经济", "乡村产业", "跨境电商", "文旅融合", "智能制造", "新消费"],
    "tc": ["粽子", "米粉", "竹编", "腊肉", "豆腐", "龙舟鼓"],
    "wp": ["液压挖掘机", "装载机", "齿轮箱", "数控机床", "起重设备", "叉车"],
}

HEAD = {
    "fk": [
        "{org}召开{topic}工作推进会",
        "{place}扎实开展{topic}专项行动",
        "{org}部署{topic}工作",
        "{place}：{item}让村民尝到甜头",
        "我镇举办{topic}培训班",
        "{topic}进{place} 群众点赞",
        "我镇开展{item}宣传活动",
    ],
    "al": [
        "我校举行{topic}活动",
        "{place}开展“{item}”主题{topic}",
        "{topic}｜{place}的孩子们收获满满",
        "我校{item}课程获市级表彰",
        "{place}家长走进课堂共话{item}",
        "我校成功举办第{n}届{topic}",
        "以{item}促成长 我校{topic}圆满落幕",
    ],
    "h5": [
        "{org}{topic}在{place}举行",
        "聚力{item} 共谋发展——{org}{topic}侧记",
        "青春同行｜{org}开展{topic}",
        "{org}赴{place}开展{item}主题{topic}",
        "{item}赋能 {org}第{n}期{topic}举办",
        "回顾｜{org}{topic}精彩瞬间",
    ],
    "tc": [
        "今年的{topic}，{place}又热闹起来了",
        "记{place}的一次{topic}",
        "{place}边上的{item}铺子",
        "{topic}那天，我在{place}遇见的人",
        "说说{place}的{item}",
        "{topic}随手拍：{place}一角",
        "又到{topic}时节",
    ],
    "wp": [
        "公司开展{topic}系列活动",
        "{place}举行{topic}",
        "我公司{item}亮相{expo}",
        "{place}顺利通过{topic}检查",
        "公司召开{topic}动员大会",
        "新一代{item}在{place}下线",
        "{topic}：{place}员工比技能展风采",
    ],
}
FRAMES = {
    "fk": [
        "{org}主要负责同志强调，要把{topic}作为当前一项重点任务，压实责任，确保取得实效。",
        "活动中，工作人员走进{place}农户家中，发放宣传资料{n}余份，面对面讲解{item}相关知识。",
        "下一步，我镇将继续聚焦{topic}，因地制宜推动{item}，让群众有实实在在的获得感。",
        "截至目前，{place}已累计完成{item}{n}余处，群众满意度明显提升。",
    ],
    "al": [
        "活动中，{place}的同学们积极参与，在{item}中体验成长的快乐。",
        "校长在讲话中指出，{topic}是落实立德树人根本任务的重要载体。",
        "本次{topic}共有{n}余名师生参加，各班级精心准备，展现了良好的精神风貌。",
        "老师们表示，将以此次活动为契机，把{item}融入日常教学。",
    ],
    "h5": [
        "会上，与会企业家围绕{item}展开深入交流，分享了各自企业的发展经验。",
        "{org}会长在致辞中表示，协会将继续发挥桥梁纽带作用，为青年企业家搭建{topic}平台。",
        "此次{topic}吸引了{n}余名会员企业代表参加，现场气氛热烈。",
        "大家纷纷表示，通过本次活动开阔了视野，对{item}有了更加清晰的认识。",
    ],
    "tc": [
        "一大早，{place}那边就围满了人，卖{item}的摊子排出去老远。",
        "我小时候最盼的就是{topic}，那时候大人们会提前好几天准备{item}。",
        "这几年镇上变化挺大，{place}修得越来越整齐，但那股烟火气还在。",
        "拍了几张照片，手机不太好，凑合看吧，大概有{n}多张，挑了几张放上来。",
    ],
    "wp": [
        "公司总经理在讲话中要求，各部门要高度重视{topic}，把各项措施落到实处。",
        "活动期间，{place}共组织培训{n}场次，参训员工覆盖各个岗位。",
        "此次推出的{item}在节能、可靠性方面均有较大提升，受到客户的广泛关注。",
        "通过此次活动，进一步增强了全体员工的安全意识和质量意识。",
    ],
}
SUBHEADS = {
    "fk": ["一、提高站位，压实责任", "二、突出重点，精准施策", "三、强化督导，确保实效"],
    "al": ["精彩瞬间", "活动感悟", "结语"],
    "h5": ["聚焦主题 共话发展", "深入交流 凝聚共识", "携手同行 共创未来"],
    "tc": ["早上", "中午", "傍晚"],
    "wp": ["高度重视 周密部署", "形式多样 内容丰富", "总结经验 持续改进"],
}
EXPOS = ["上海宝马展", "长沙国际工程机械展", "广交会", "中国国际工业博览会"]
CAPTIONS = [
    "{place}{topic}现场",
    "{month}月{day}日，工作人员在{place}开展{item}相关工作",
    "参加{topic}的人员合影",
    "{place}一角",
    "{month}月{day}日拍摄的{place}",
]
OPEN = ["近日，", "日前，", "", "", "与此同时，", "此外，", "据了解，", "在此期间，"]
SUBJ = ["相关人员", "大家", "参与者", "现场群众", "各方面", "工作人员"]
PRED = [
    "认真听取了情况介绍",
    "积极参与其中",
    "进行了深入交流",
    "提出了意见建议",
    "分享了经验做法",
    "表达了美好期待",
    "查看了现场情况",
    "一起总结了不足",
]
TAIL = ["。", "，收获颇丰。", "，气氛热烈。", "，取得了良好效果。", "，效果明显。"]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "org": ORG[tpl],
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "item": rng.choice(ITEMS[tpl]),
        "expo": rng.choice(EXPOS),
    }


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**{**ctx, "n": str(rng.randint(2, 60))})


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), topics=TOPICS)

__all__ = ["HEAD", "ORG", "POOLS", "SUBHEADS", "context", "fill", "names"]
