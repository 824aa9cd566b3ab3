"""Word pools for the sixty-second held-out site: one city's (滨海市) 纪委监委, 人大常委会, 政协,
组织部 党建网 and 市直机关工委 sites. Every pool stays inside GB2312 (the 机关工委 site is
served in it)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢唐许邓冯曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢"
)
GIVEN = [
    *("思远", "雨婷", "俊峰", "晓燕", "建华", "海涛", "明辉", "志强", "丽萍", "立军", "春梅"),
    *("卫平", "一凡", "可心", "文博", "秀英", "子涵", "静雯", "国庆", "美华", "振华", "诗琪"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静", "磊", "娜"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


CITY = "滨海市"
DISTRICTS = ["清河区", "东湖区", "新港区", "长安县", "柳林县", "白沙区"]
UNITS = ["市住建局", "市教育局", "市交通运输局", "市卫健委", "市市场监管局", "市国资委", "市税务局"]
TOPICS = {
    "jw": [
        "整治群众身边不正之风",
        "纠治“四风”",
        "政治监督",
        "以案促改",
        "党纪学习教育",
        "巡察整改",
    ],
    "rd": [
        "优化营商环境条例",
        "生态环境保护",
        "物业管理条例",
        "养老服务",
        "预算审查监督",
        "城市更新",
    ],
    "zx": ["乡村振兴", "民营经济发展", "基层医疗", "托育服务", "文化遗产保护", "职业教育"],
    "dj": [
        "党纪学习教育",
        "基层党组织建设",
        "党员教育管理",
        "年轻干部培养",
        "主题党日",
        "两新组织党建",
    ],
    "gw": ["模范机关创建", "机关党建", "作风建设", "党支部标准化", "青年理论学习", "志愿服务"],
}
HEAD = {
    "jw": [
        "{district}：{topic}见行见效",
        "滨海市纪委监委深化{topic}",
        "{district}纪委监委聚焦{topic}精准发力",
        "以{topic}护航高质量发展",
        "{district}推动{topic}向纵深发展",
    ],
    "rd": [
        "市人大常委会开展{topic}执法检查",
        "市人大常委会召开{topic}立法座谈会",
        "人大代表走进{district}调研{topic}",
        "{district}人大代表履职聚焦{topic}",
        "市人大常委会听取{topic}专项工作报告",
        "代表风采：扎根基层为{topic}鼓与呼",
    ],
    "zx": [
        "市政协围绕{topic}开展专题协商",
        "市政协委员赴{district}视察{topic}工作",
        "委员风采：情系{topic}的履职人",
        "市政协召开{topic}提案办理协商会",
        "凝聚委员智慧 助推{topic}",
        "{district}政协聚焦{topic}建言献策",
    ],
    "dj": [
        "{district}扎实开展{topic}",
        "以高质量党建引领{topic}",
        "{unit}：{topic}走深走实",
        "滨海市推进{topic}工作综述",
        "让{topic}成为基层治理的“红色引擎”",
        "{district}创新{topic}工作机制",
    ],
    "gw": [
        "{unit}机关党委推进{topic}",
        "市直机关工委召开{topic}推进会",
        "{unit}开展{topic}主题活动",
        "市直机关{topic}工作观摩会举行",
        "{unit}党支部：{topic}见实效",
        "市直机关工委部署{topic}工作",
    ],
}
FRAMES = {
    "jw": [
        "{district}纪委监委坚持严的基调，围绕{topic}开展专项监督，发现并督促整改问题{n}个。",
        "今年以来，全市各级纪检监察机关紧盯{topic}，查处相关问题{n}起，处理{n}人。",
        "该区纪委监委有关负责人表示，将持续深化{topic}，推动监督触角向基层延伸。",
        "经查，当事人违反中央八项规定精神，违规收受礼品礼金，严重违反党的纪律。",
    ],
    "rd": [
        "检查组听取了{district}政府及有关部门关于{topic}工作情况的汇报。",
        "与会代表围绕{topic}提出意见建议{n}条，为修改完善法规草案提供了重要参考。",
        "市人大常委会副主任指出，要依法履行监督职责，推动{topic}各项工作落到实处。",
    ],
    "zx": [
        "委员们深入{district}企业、社区，实地了解{topic}工作推进情况。",
        "市政协主席在讲话中指出，要聚焦{topic}深入调研、精准建言，提出务实管用的意见建议。",
        "今年以来，市政协委员围绕{topic}提交提案{n}件，多件提案被列为重点提案。",
    ],
    "dj": [
        "{district}委组织部把{topic}作为重要抓手，推动党建工作与中心工作深度融合。",
        "全市共有{n}个基层党组织围绕{topic}开展专题学习，党员参学率达百分之九十以上。",
        "一名老党员说，通过{topic}，大家学有所获、学有所悟。",
    ],
    "gw": [
        "{unit}机关党委坚持把{topic}摆在突出位置，制定工作方案，明确任务清单。",
        "活动中，{n}名党员干部走进社区，开展政策宣讲和志愿服务。",
        "市直机关工委有关负责同志表示，将以{topic}为抓手，推动机关党建提质增效。",
    ],
}
_OPEN = ["", "", "据了解，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，", "目前，"]
_SUBJ = [
    "各级纪检监察机关",
    "市人大常委会",
    "政协委员",
    "基层党组织",
    "机关党员干部",
    "各单位",
    "相关部门",
]
_PRED = [
    "坚持问题导向",
    "强化政治担当",
    "压紧压实主体责任",
    "健全长效机制",
    "深入调查研究",
    "倾听群众呼声",
    "推动工作落地见效",
    "加强统筹协调",
    "注重成果转化",
    "深化以案促改",
    "严格执纪执法",
    "发挥示范带动作用",
]
_TAIL = [
    "。",
    "，取得明显成效。",
    "，各项工作有序推进。",
    "，赢得群众广泛好评。",
    "，为全市发展提供坚强保障。",
]
CAPTIONS = [
    "{month}月{day}日，{district}纪检监察干部走访了解{topic}情况",
    "调研组在{district}实地察看",
    "会议现场",
    "{month}月{day}日，党员干部在{district}开展{topic}志愿服务",
]
SUBHEADS = {
    "jw": ["紧盯关键环节精准监督", "以案为鉴推动标本兼治"],
    "rd": ["坚持问题导向", "推动法规落地"],
    "zx": ["深入调研摸实情", "精准建言出实招"],
    "dj": ["抓实组织建设", "激发党员活力"],
    "gw": ["强化理论武装", "锤炼过硬作风"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "district": rng.choice(DISTRICTS),
        "unit": rng.choice(UNITS),
        "n": str(rng.randint(3, 48)),
    }


POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
