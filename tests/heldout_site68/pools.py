"""Word pools for the sixty-eighth held-out site: a university (滨江大学), a 职业技术学院 (its pools
stay inside GB2312: the college serves GBK), a 中科院 institute (生态环境研究所), a 中学 and the
university's English news site. Names come from site 58's pools."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import EnPools, names

COLLEGES = [
    "化学化工学院",
    "机械工程学院",
    "外国语学院",
    "信息科学与工程学院",
    "生命科学学院",
    "经济管理学院",
]
ZY_DEPTS = ["智能制造学院", "汽车工程系", "信息工程系", "护理学院", "商贸学院", "建筑工程系"]
LABS = [
    "土壤生态研究组",
    "大气环境研究室",
    "水环境化学研究组",
    "生物多样性研究中心",
    "城市生态研究组",
]
GRADES = ["高一年级", "高二年级", "初一年级", "初二年级", "高三年级"]
TOPICS = {
    "dx": ["人才培养", "科技创新", "学科建设", "国际交流", "思政教育", "校地合作", "实践育人"],
    "zy": [
        "产教融合",
        "技能大赛",
        "校企合作",
        "实训基地建设",
        "毕业生就业",
        "现代学徒制",
        "双师型教师",
    ],
    "ky": [
        "土壤微生物",
        "大气颗粒物",
        "湿地碳汇",
        "重金属污染修复",
        "微塑料",
        "城市热岛",
        "植物多样性",
    ],
    "zx": ["读书节", "研学旅行", "安全教育", "心理健康", "科技节", "家长会", "劳动教育"],
}
HEAD = {
    "dx": [
        "{college}举办{topic}工作推进会",
        "我校{topic}工作取得新进展",
        "{college}师生在全国大赛中获佳绩",
        "学校召开{topic}专题研讨会",
        "{college}与地方政府签署{topic}合作协议",
        "校领导调研{college}{topic}工作",
        "我校举行{topic}主题报告会",
    ],
    "zy": [
        "我院{dept}在省级{topic}中获一等奖",
        "{dept}举办{topic}推进会",
        "我院召开{topic}工作会议",
        "{dept}开展{topic}专项活动",
        "我院与多家企业签订{topic}协议",
        "{dept}{topic}成果展示活动举行",
    ],
    "ky": [
        "{lab}在{topic}研究方面取得进展",
        "研究所揭示{topic}的形成机制",
        "{lab}发现{topic}影响生态系统的新证据",
        "{topic}研究获新突破",
        "研究所举办{topic}学术研讨会",
        "{lab}构建{topic}评估新方法",
    ],
    "zx": [
        "我校举行{topic}启动仪式",
        "{grade}开展{topic}主题活动",
        "我校召开{topic}工作会议",
        "{grade}{topic}活动圆满结束",
        "我校{topic}系列活动精彩纷呈",
        "{grade}举行{topic}主题班会",
    ],
}
FRAMES = {
    "dx": [
        "活动由{college}主办，来自校内外的{n}位专家学者参加。",
        "校党委副书记在讲话中指出，要把{topic}摆在更加突出的位置，推动学校事业高质量发展。",
        "据悉，{college}近年来围绕{topic}累计投入经费{n}00余万元。",
        "与会代表围绕{topic}的新形势、新任务进行了深入交流。",
    ],
    "zy": [
        "本次活动共有{n}家合作企业参与，为学生提供实习岗位三百余个。",
        "{dept}负责人表示，将以此为契机，进一步深化{topic}，提升人才培养质量。",
        "近年来，学院坚持以赛促教、以赛促学，{topic}工作成效明显。",
    ],
    "ky": [
        "该研究得到国家自然科学基金和中国科学院战略性先导科技专项的资助。",
        "研究人员在全国{n}个样点开展了连续三年的野外观测。",
        "研究结果表明，{topic}对区域生态系统功能具有显著影响。",
        "相关成果以研究论文形式发表在国际学术期刊上。",
    ],
    "zx": [
        "活动中，同学们积极参与，展现了良好的精神风貌。",
        "学校高度重视{topic}工作，成立了专门的工作领导小组。",
        "本次活动共有{n}个班级参加，参与学生近千人。",
    ],
}
_OPEN = ["", "", "据了解，", "同时，", "近年来，", "此外，", "下一步，", "目前，"]
_SUBJ = ["学校", "学院", "研究团队", "全体师生", "相关部门", "指导教师", "课题组", "与会人员"]
_PRED = [
    "坚持立德树人根本任务",
    "强化顶层设计",
    "加强协同配合",
    "完善工作机制",
    "注重实践创新",
    "深化合作交流",
    "突出问题导向",
    "加大支持力度",
    "整合优势资源",
    "夯实工作基础",
]
_TAIL = ["。", "，取得积极成效。", "，各项工作有序推进。", "，受到广泛好评。", "，成效显著。"]
CAPTIONS = [
    "{month}月{day}日，活动现场",
    "与会人员合影留念",
    "{college}师生参加活动",
    "{month}月{day}日，学生在实训室操作设备",
    "研究区域示意图",
]
SUBHEADS = {
    "dx": ["聚焦内涵建设", "服务地方发展"],
    "zy": ["以赛促教", "校企协同育人"],
    "ky": ["研究背景", "主要发现"],
    "zx": ["精心组织", "成效初显"],
    "en": ["A growing partnership", "Looking ahead"],
}

EN_TOPICS = [
    "carbon neutrality",
    "artificial intelligence",
    "marine science",
    "rural revitalization",
    "quantum materials",
    "public health",
    "international education",
]
EN_HEAD = [
    "BJU researchers make progress in {topic}",
    "University hosts international forum on {topic}",
    "Students shine at national contest on {topic}",
    "BJU signs agreement with partners on {topic}",
    "New center for {topic} opens on campus",
    "Alumni return to share insights on {topic}",
]
EN_FRAMES = [
    "More than {n} scholars from home and abroad attended the event.",
    "The university has invested heavily in {topic} over the past five years.",
    "Organizers said the program would welcome more international students next year.",
]
EN_OPEN = ["", "", "Meanwhile, ", "In addition, ", "According to the organizers, ", "This year, "]
EN_SUBJ = ["the university ", "faculty members ", "the research team ", "students ", "partners "]
EN_PRED = [
    "have strengthened cooperation",
    "are exploring new approaches",
    "have shared their experience",
    "plan to expand the program",
    "are building new platforms",
    "have published a series of papers",
]
EN_TAIL = [
    ".",
    ", with fruitful results.",
    ", the organizers said.",
    ", according to the university.",
]
EN_CAPTIONS = [
    "Participants pose for a group photo",
    "A view of the forum",
    "Students at the event",
]


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(EN_TOPICS if tpl == "en" else TOPICS[tpl]),
        "college": rng.choice(COLLEGES),
        "dept": rng.choice(ZY_DEPTS),
        "lab": rng.choice(LABS),
        "grade": rng.choice(GRADES),
        "n": str(rng.randint(3, 60)),
    }


ZH_POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
EN_POOLS = EnPools(
    {"en": EN_HEAD},
    {"en": EN_FRAMES},
    EN_CAPTIONS,
    fill,
    (EN_OPEN, EN_SUBJ, EN_PRED, EN_TAIL),
    frame_share=0.35,
    mixed_sep=False,
    topics={"en": EN_TOPICS},
)
POOLS = {"dx": ZH_POOLS, "zy": ZH_POOLS, "ky": ZH_POOLS, "zx": ZH_POOLS, "en": EN_POOLS}

__all__ = ["COLLEGES", "GRADES", "LABS", "POOLS", "SUBHEADS", "ZY_DEPTS", "context", "names"]
