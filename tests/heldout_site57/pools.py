"""Word pools for the fifty-seventh held-out site: one county's portal (云溪县人民政府) and its
融媒体中心. Every body is drawn from a seeded RNG; the pools are this site's own. Names and words
stay inside GB2312 (two templates are served in GBK / GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

COUNTY = "云溪县"
SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡贾丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("文博", "雨欣", "志强", "晓燕", "建华", "海波", "明杰", "丽娟", "立军", "春梅", "国庆"),
    *("红英", "子涵", "德明", "秀兰", "俊峰", "玉华", "伟东", "佳琪", "永红", "振华", "思雨"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静"),
]
TOWNS = [
    ("城关镇", "cgz"),
    ("龙泉镇", "lqz"),
    ("白石乡", "bsx"),
    ("桃源镇", "tyz"),
    ("清河乡", "qhx"),
    ("石门镇", "smz"),
    ("凤鸣乡", "fmx"),
]
DEPTS = [
    ("县农业农村局", "nyncj"),
    ("县教育和体育局", "jytyj"),
    ("县卫生健康局", "wsjkj"),
    ("县交通运输局", "jtysj"),
    ("县市场监督管理局", "scjgj"),
    ("县应急管理局", "yjglj"),
    ("县自然资源局", "zrzyj"),
    ("县人力资源和社会保障局", "rsj"),
]
PLACES = ["县城北新区", "工业园区", "高铁站片区", "云溪河沿岸", "县人民医院新院区", "农产品物流园"]
PRODUCE = ["茶叶", "柑橘", "高山蔬菜", "中药材", "生猪", "油茶", "食用菌", "烟叶"]

TOPICS = {
    "zf": ["乡村振兴", "项目建设", "招商引资", "安全生产", "营商环境", "生态环境保护", "民生实事"],
    "rm": ["文明城市创建", "基层治理", "乡村旅游", "全民健身", "防汛备汛", "春耕生产"],
    "xz": ["人居环境整治", "产业发展", "矛盾纠纷化解", "党建引领", "防溺水宣传", "森林防火"],
    "bm": ["业务培训", "专项检查", "政策宣讲", "作风建设", "便民服务", "技能提升"],
    "old": ["脱贫攻坚", "项目建设", "扫黑除恶专项斗争", "农村人居环境整治", "招商引资"],
}
HEAD = {
    "zf": [
        "县委常委会召开{year}年第{n}次会议 研究部署{topic}工作",
        "县政府常务会议研究{topic}等工作",
        "县长{xz}调研{place}{topic}工作",
        "县委书记{sj}在{town}督导{topic}",
        "全县{topic}推进会召开",
        "{county}召开{topic}工作专题调度会",
        "县领导{leader}带队检查{place}{topic}",
    ],
    "rm": [
        "{county}：{topic}跑出“加速度”",
        "{town}：{produce}喜获丰收 群众增收有奔头",
        "{county}举办{year}年{topic}主题活动",
        "聚焦{topic} 我县{town}有新招",
        "{place}建设现场一派繁忙",
        "{town}{produce}产业园迎来采摘季",
        "我县开展{topic}集中行动",
    ],
    "xz": [
        "{town}：扎实推进{topic}工作",
        "{town}召开{topic}专题会议",
        "{town}多措并举抓好{topic}",
        "{town}开展{topic}宣传活动",
        "{town}{produce}基地建设稳步推进",
        "{town}组织干部群众开展{topic}",
    ],
    "bm": [
        "{dept}开展{topic}活动",
        "{dept}召开{year}年{topic}工作会议",
        "{dept}深入{town}开展{topic}",
        "{dept}扎实推进{topic}",
        "{dept}组织开展{topic}专项行动",
        "{dept}：{topic}见实效",
    ],
    "old": [
        "{county}召开{topic}推进大会",
        "{town}：{topic}取得阶段性成效",
        "县领导{leader}到{town}调研{topic}",
        "我县{topic}工作获省市肯定",
        "{dept}全力推进{topic}",
        "{county}{produce}产业助力{topic}",
    ],
}
ZCJD_HEAD = [
    "《{county}{topic}若干措施》政策解读",
    "一图读懂《{county}{topic}实施方案》",
    "《关于进一步加强{topic}的实施意见》解读",
]
ZCJD_TOPICS = ["促进民营经济发展", "城乡居民医疗救助", "农村集体经营性建设用地入市", "支持返乡创业"]
FRAMES = {
    "zf": [
        "会议强调，要坚持以人民为中心的发展思想，把{topic}摆在更加突出的位置，确保各项任务落地见效。",
        "{leader}指出，各级各部门要强化责任担当，压紧压实责任，全力以赴推动{topic}取得新突破。",
        "在{place}，{leader}详细了解项目进度、要素保障等情况，要求倒排工期、挂图作战。",
        "会议听取了{topic}有关情况汇报，研究了下一步工作措施。",
    ],
    "rm": [
        "走进{town}，田间地头处处可见忙碌的身影，村民们正抢抓农时采收{produce}。",
        "今年以来，我县围绕{topic}目标，累计实施项目{n}个，完成投资{pct}亿元。",
        "“现在日子越过越好了！”{town}村民高兴地说。",
        "活动吸引了{pct}0余名群众参与，现场气氛热烈。",
    ],
    "xz": [
        "{town}党委书记要求，各村（社区）要把{topic}作为当前重点工作，细化措施、落实责任。",
        "截至目前，{town}已发放宣传资料{pct}00余份，入户走访群众{n}00余户。",
        "下一步，{town}将持续巩固{topic}成果，推动各项工作提质增效。",
    ],
    "bm": [
        "{dept}主要负责人强调，全体干部职工要提高思想认识，以更加务实的作风推进{topic}。",
        "此次活动共出动工作人员{n}0余人次，排查问题{pct}处，现场整改{n}处。",
        "据了解，{dept}今年以来已在全县{n}个乡镇开展{topic}，受益群众{pct}00余人。",
    ],
    "old": [
        "会议要求，全县上下要进一步统一思想、提高认识，坚决打赢{topic}这场硬仗。",
        "据统计，{town}今年已累计投入资金{pct}0万元，惠及群众{n}00余户。",
        "县领导{leader}一行深入农户家中，详细询问家庭收入、产业发展等情况。",
    ],
}
_OPEN = ["", "", "据悉，", "同时，", "今年以来，", "近年来，", "此外，", "下一步，", "据了解，"]
_SUBJ = [
    "各乡镇",
    "各部门",
    "相关单位",
    "全县上下",
    "驻村工作队",
    "村“两委”干部",
    "工作人员",
    "广大党员",
]
_PRED = [
    "进一步压实工作责任",
    "持续加强督促检查",
    "深入开展走访排查",
    "不断完善工作机制",
    "认真梳理问题清单",
    "主动对接上级部门",
    "广泛开展宣传动员",
    "切实抓好整改落实",
    "积极争取项目资金",
    "扎实做好服务保障",
    "细化分解目标任务",
    "强化部门协调联动",
]
_TAIL = [
    "。",
    "，取得明显成效。",
    "，确保各项工作有序推进。",
    "，群众满意度不断提升。",
    "，为全县发展提供有力保障。",
]
CAPTIONS = [
    "{month}月{day}日，{leader}在{place}调研",
    "{town}干部走访群众",
    "会议现场",
    "{month}月{day}日，{town}村民采收{produce}",
    "工作人员现场检查",
    "活动现场",
]
SUBHEADS = {
    "zf": ["聚焦重点抓落实", "压实责任促发展"],
    "rm": ["产业兴旺添活力", "群众笑脸多起来"],
    "xz": ["强化组织领导", "注重实效长效"],
    "bm": ["精心组织部署", "持续巩固成效"],
    "old": ["强化措施抓落实", "凝聚合力促发展"],
}
LEADERS = [
    ("陈志远", "县委书记"),
    ("刘建平", "县长"),
    ("周国华", "常务副县长"),
    ("吴晓梅", "副县长"),
    ("孙德海", "副县长"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out and n not in [x for x, _ in LEADERS]:
            out.append(n)
    return out


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    town = rng.choice(TOWNS)
    dept = rng.choice(DEPTS)
    return {
        "county": COUNTY,
        "town": town[0],
        "town_py": town[1],
        "dept": dept[0],
        "dept_py": dept[1],
        "place": rng.choice(PLACES),
        "produce": rng.choice(PRODUCE),
        "topic": rng.choice(TOPICS[tpl]),
        "leader": rng.choice(LEADERS)[0],
        "sj": LEADERS[0][0],
        "xz": LEADERS[1][0],
        "n": str(rng.randint(3, 19)),
        "pct": str(rng.randint(2, 48)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
