"""Word pools for the fifty-second held-out site: provincial 集约化 government platforms (a
广东 department, a 浙江 county bureau, a 四川 county department, a 江苏 department and the
广东 department's 2019 legacy site). Names and words stay inside GB2312."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("志强", "雨桐", "俊杰", "晓丽", "建国", "海燕", "明辉", "晓峰", "丽娟", "立新", "春燕"),
    *("卫东", "一鸣", "文静", "家豪", "淑芬", "子涵", "静怡", "国栋", "美玲", "振宇", "思雨"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


UNITS = {
    "gd": [
        "广东省农业农村厅",
        "省农业农村厅种植业管理处",
        "省农业农村厅办公室",
        "广东省农业农村厅",
    ],
    "zj": [
        "安吉县农业农村局",
        "安吉县市场监督管理局",
        "安吉县住房和城乡建设局",
        "安吉县人力社保局",
    ],
    "sc": ["蒲江县教育局", "蒲江县卫生健康局", "蒲江县交通运输局", "蒲江县应急管理局"],
    "js": ["江苏省生态环境厅", "省生态环境厅宣教中心", "南京市生态环境局", "苏州市生态环境局"],
    "old": ["广东省农业厅", "省农业厅办公室", "省农业厅信息中心"],
}
OFFICES = {
    "gd": ["办公室", "种植业管理处", "乡村产业发展处", "市场与信息化处"],
    "zj": ["局办公室", "综合科", "产业发展科"],
    "sc": ["县政府办", "局办公室", "党政办", "综合股"],
    "js": ["办公室", "宣教处", "大气处"],
    "old": ["办公室", "信息中心"],
}
PLACES = {
    "gd": ["湛江", "茂名", "梅州", "清远", "韶关", "肇庆", "河源", "阳江"],
    "zj": ["递铺街道", "孝丰镇", "天荒坪镇", "鄣吴镇", "梅溪镇", "溪龙乡"],
    "sc": ["鹤山街道", "大塘镇", "寿安街道", "甘溪镇", "西来镇", "朝阳湖镇"],
    "js": ["南京", "无锡", "徐州", "常州", "苏州", "南通", "盐城", "扬州"],
    "old": ["湛江", "茂名", "梅州", "清远", "韶关", "肇庆"],
}
TOPICS = {
    "gd": [
        "高标准农田建设",
        "荔枝产销",
        "农村人居环境整治",
        "“百千万工程”",
        "春耕备耕",
        "农产品质量安全",
    ],
    "zj": ["农村集体经济", "食品安全", "美丽乡村建设", "就业创业服务", "老旧小区改造", "安全生产"],
    "sc": ["学校安全", "家庭医生签约", "农村公路养护", "防汛备汛", "校园食品安全", "基层医疗服务"],
    "js": ["大气污染防治", "长江大保护", "排污许可", "生态环境执法", "太湖治理", "“无废城市”建设"],
    "old": ["荔枝生产", "农业保险", "冬种马铃薯", "现代农业产业园", "农产品品牌"],
}
EVENTS = ["现场推进会", "专题培训班", "工作部署会", "调研座谈会", "督导检查", "专项行动"]

HEAD = {
    "gd": [
        "省农业农村厅召开{topic}{event}",
        "{place}市扎实推进{topic}工作",
        "厅领导赴{place}调研{topic}工作",
        "我厅举办{year}年{topic}{event}",
        "{topic}{event}在{place}召开",
    ],
    "zj": [
        "{place}多措并举推进{topic}",
        "县{short}开展{topic}{event}",
        "{place}：{topic}跑出“加速度”",
        "我县召开{topic}{event}",
        "县{short}部署{topic}重点工作",
    ],
    "sc": [
        "县{short}开展{topic}{event}",
        "{place}扎实做好{topic}工作",
        "县{short}召开{topic}{event}",
        "蒲江县{topic}工作取得阶段性成效",
        "{place}：聚焦{topic} 办好民生实事",
    ],
    "js": [
        "省生态环境厅召开{topic}{event}",
        "{place}市全力推进{topic}",
        "全省{topic}{event}在{place}召开",
        "{place}：以{topic}助推高质量发展",
        "省生态环境厅赴{place}开展{topic}{event}",
    ],
    "old": [
        "省农业厅召开{topic}{event}",
        "{place}市{topic}工作成效明显",
        "厅领导到{place}检查{topic}工作",
        "我厅举办{year}年{topic}{event}",
    ],
}
FRAMES = {
    k: [
        "会议指出，要深入学习贯彻习近平总书记重要指示精神，把{topic}作为当前的重要任务抓紧抓实。",
        "会议要求，各级各部门要压实工作责任，细化工作措施，确保{topic}各项任务落地见效。",
        "据统计，今年以来{place}累计投入资金{pct}亿元，完成年度任务的{pct2}%。",
        "与会人员实地察看了{place}{topic}示范点，听取了相关情况汇报。",
        "下一步，将继续围绕{topic}，强化统筹协调，加强督促指导，推动工作取得新成效。",
    ]
    for k in ("gd", "zj", "sc", "js", "old")
}
_OPEN = ["", "", "", "会上，", "近年来，", "今年以来，", "同时，", "此外，", "据了解，"]
_SUBJ = ["各地", "相关部门", "各镇（街道）", "工作组", "各有关单位", "基层站所", "专家组", "全系统"]
_PRED = [
    "认真落实上级部署要求",
    "加强部门协同联动",
    "建立健全长效机制",
    "强化督导检查",
    "持续优化服务流程",
    "扎实开展宣传引导",
    "加大资金保障力度",
    "推动政策措施落地",
    "压紧压实主体责任",
    "完善应急处置预案",
    "深入开展隐患排查",
    "提升基层治理能力",
]
_TAIL = [
    "。",
    "，取得积极成效。",
    "，确保各项工作有序推进。",
    "，群众满意度不断提升。",
    "，形成了一批可复制可推广的经验。",
]
CAPTIONS = [
    "{topic}{event}现场",
    "{month}月{day}日，工作人员在{place}开展{topic}工作",
    "与会人员实地察看{topic}示范点",
    "{place}{topic}工作现场",
]
SUBHEADS = {
    "gd": ["一、高位推动抓部署", "二、精准施策抓落实"],
    "zj": ["强化组织保障", "创新工作举措"],
    "sc": ["压实责任链条", "提升服务质效"],
    "js": ["聚焦重点任务", "强化执法监管"],
    "old": ["一、主要做法", "二、下一步工作"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int) -> dict[str, str]:
    unit = rng.choice(UNITS[tpl])
    return {
        "unit": unit,
        "short": unit.removeprefix("安吉县").removeprefix("蒲江县"),
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "event": rng.choice(EVENTS),
        "pct": str(rng.randint(2, 30)),
        "pct2": str(rng.randint(40, 99)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
