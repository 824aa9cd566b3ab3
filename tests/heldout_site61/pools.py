"""Word pools for the sixty-first held-out site: one league (锡林郭勒盟) of Inner Mongolia, its
banners (旗) and the region's 农牧厅. Chinese pools stay inside GB2312 (the 旗 融媒体中心 serves
GBK), and a pool of traditional Mongolian script (U+1800–U+18AF) serves the 蒙古文 edition."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list("王李张刘陈杨赵高郭马包白韩何孙吴")
GIVEN = [
    *("志强", "丽萍", "海涛", "建军", "晓燕", "振华", "春梅", "文博", "俊峰", "雅琴"),
    *("敏", "军", "静", "磊", "娜", "杰", "颖", "勇"),
]
MONGOL_ZH = [
    *("巴特尔", "乌兰", "其其格", "斯琴", "额尔敦", "那仁", "阿拉坦", "苏日娜", "宝音", "格日勒"),
    *("孟和", "朝鲁", "萨仁", "图雅", "哈斯", "毕力格", "乌日娜", "阿古拉", "达来", "塔娜"),
]
# traditional Mongolian personal names, as the 蒙古文 edition prints them
MONGOL_MN = [
    *("ᠪᠠᠲᠤ", "ᠰᠠᠷᠠᠨᠭᠤᠸ᠎ᠠ", "ᠮᠥᠩᠬᠡ", "ᠴᠢᠮᠡᠳ", "ᠭᠠᠨᠪᠠᠲᠤ", "ᠨᠠᠷᠠᠨ", "ᠰᠤᠷᠠᠨ᠎ᠠ"),
    *("ᠪᠠᠶᠠᠷ", "ᠲᠥᠮᠦᠷ", "ᠣᠶᠤᠨ᠎ᠠ", "ᠬᠠᠰ", "ᠴᠣᠯᠮᠣᠨ", "ᠳᠠᠯᠠᠢ", "ᠲᠠᠨ᠎ᠠ", "ᠪᠢᠯᠢᠭ"),
]


def names(rng: random.Random, k: int, tpl: str = "mg") -> list[str]:
    out: list[str] = []
    while len(out) < k:
        if tpl == "mw":
            n = rng.choice(MONGOL_MN)
        elif rng.random() < 0.5:
            n = rng.choice(MONGOL_ZH)
        else:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


LEAGUE = "锡林郭勒盟"
BANNERS = {
    "zxbq": "正镶白旗",
    "xwq": "西乌珠穆沁旗",
    "dwq": "东乌珠穆沁旗",
    "absq": "阿巴嘎旗",
    "tpsq": "太仆寺旗",
}
PLACES = ["锡林浩特市", "白音锡勒牧场", "查干淖尔", "乌拉盖", "贝力克牧场", "额吉淖尔"]
PROJECTS = [
    "锡林郭勒至张家口特高压工程",
    "肉牛产业园",
    "风光储一体化项目",
    "草原生态修复工程",
    "智慧牧场示范点",
    "奶业振兴示范园",
]
TOPICS = {
    "mg": ["营商环境", "草原生态保护", "民族团结进步", "新能源建设", "乡村振兴", "安全生产"],
    "qx": ["草畜平衡", "抗灾保畜", "嘎查党建", "牧区养老", "文明实践", "防火宣传"],
    "cy": ["冰雪旅游", "那达慕", "非遗传承", "草原文旅", "乌兰牧骑", "马产业"],
    "nm": ["春耕备耕", "奶业振兴", "高标准农田", "动物防疫", "种业振兴", "肉羊产业"],
}
HEAD = {
    "mg": [
        "{league}召开{topic}工作推进会",
        "盟领导调研{place}{topic}工作",
        "{project}建设取得新进展",
        "{league}{topic}工作获自治区通报表扬",
        "{league}出台{topic}新举措",
        "盟行政公署常务会议研究部署{topic}工作",
    ],
    "qx": [
        "{banner}扎实推进{topic}工作",
        "{banner}召开{topic}专题会议",
        "{banner}：{topic}让牧民更安心",
        "{banner}开展{topic}主题活动",
        "{banner}{topic}见实效",
        "{banner}多措并举抓好{topic}",
    ],
    "cy": [
        "{place}：{topic}激发草原新活力",
        "{topic}点亮{league}新生活",
        "走进{place} 感受{topic}新气象",
        "聚焦{topic} {league}持续发力",
        "{topic}火出圈 {place}迎来八方客",
        "草原上的{topic}故事",
    ],
    "nm": [
        "自治区农牧厅部署{topic}工作",
        "全区{topic}工作现场会在{league}召开",
        "自治区农牧厅调研{league}{topic}工作",
        "全区{topic}工作取得阶段性成效",
        "自治区农牧厅召开{topic}视频调度会",
        "{league}{topic}经验在全区推广",
    ],
}
FRAMES = {
    "mg": [
        "会议强调，要铸牢中华民族共同体意识，把{topic}各项任务落到实处。",
        "据介绍，{project}总投资约{n}亿元，建成后将有力带动{place}经济发展。",
        "今年以来，{league}围绕{topic}出台{n}项具体措施，惠及广大农牧民。",
    ],
    "qx": [
        "近日，{banner}组织工作人员深入嘎查，面对面听取牧民对{topic}的意见建议。",
        "截至目前，{banner}已累计开展{topic}活动{n}场，覆盖农牧民群众两千余人次。",
        "嘎查党支部书记介绍，将持续巩固{topic}成果，让牧民有更多获得感。",
    ],
    "cy": [
        "记者在{place}看到，前来游玩的游客络绎不绝，现场人气十足。",
        "据统计，今年以来{league}{topic}相关收入同比增长{n}%。",
        "“变化太大了！”当地牧民说，{place}已经成为远近闻名的打卡地。",
    ],
    "nm": [
        "会议要求，各盟市农牧部门要压实责任，确保{topic}各项任务按时完成。",
        "截至目前，全区已落实{topic}资金{n}亿元，项目开工率稳步提升。",
        "自治区农牧厅有关负责同志表示，将加强技术指导服务，推动{topic}提质增效。",
    ],
}
_OPEN = ["", "", "据了解，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，"]
_SUBJ = ["全盟", "该旗", "相关部门", "各苏木镇", "农牧民群众", "党员干部", "嘎查两委", "驻村工作队"]
_PRED = [
    "坚持问题导向",
    "强化统筹协调",
    "压紧压实工作责任",
    "加大资金投入力度",
    "完善长效管理机制",
    "倾听农牧民意见建议",
    "推动政策落地见效",
    "优化服务流程",
    "加强部门联动",
    "守好草原生态安全屏障",
    "补齐基础设施短板",
    "营造良好社会氛围",
]
_TAIL = ["。", "，取得明显成效。", "，各项工作有序推进。", "，赢得群众广泛好评。"]
CAPTIONS = [
    "{month}月{day}日，{place}的牧民在转场",
    "{project}建设现场",
    "{month}月{day}日，工作人员在{place}开展{topic}宣传",
    "{place}草原风光",
]
SUBHEADS = {
    "mg": ["聚焦重点抓落实", "以民为本办实事"],
    "qx": ["党建引领聚合力", "久久为功见长效"],
    "cy": ["人气旺起来", "服务跟上去"],
    "nm": ["压实责任抓落实", "强化服务保供给"],
    "mw": ["ᠠᠵᠢᠯ ᠢ ᠪᠡᠬᠡᠵᠢᠭᠦᠯᠬᠦ", "ᠠᠷᠠᠳ ᠲᠤ ᠬᠦᠷᠲᠡᠭᠡᠬᠦ"],
}

# --- the 蒙古文 edition: traditional Mongolian script -------------------------------------------
MN_LEAGUE = "ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ"
MN_PLACES = ["ᠰᠢᠯᠢ ᠶᠢᠨ ᠬᠣᠲᠠ", "ᠴᠠᠭᠠᠨ ᠨᠠᠭᠤᠷ", "ᠤᠯᠠᠭᠠᠢ", "ᠪᠠᠶᠠᠨ ᠰᠢᠯᠡ", "ᠡᠵᠢ ᠨᠠᠭᠤᠷ", "ᠠᠪᠠᠭ᠎ᠠ ᠬᠣᠰᠢᠭᠤ"]
MN_TOPICS = [
    "ᠮᠠᠯ ᠠᠵᠤ ᠠᠬᠤᠢ",
    "ᠪᠠᠶᠢᠭᠠᠯ ᠤᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯᠲᠠ",
    "ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ",
    "ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ",
    "ᠠᠶᠠᠯᠠᠯ ᠵᠢᠭᠤᠯᠴᠢᠯᠠᠯ",
    "ᠰᠣᠶᠣᠯ ᠤᠨ ᠥᠪ",
    "ᠰᠢᠨ᠎ᠡ ᠡᠨᠧᠷᠭᠢ",
]
MN_HEAD = [
    "{place} ᠳᠤ {topic} ᠤᠨ ᠠᠵᠢᠯ ᠢ ᠡᠷᠴᠢᠮᠲᠡᠢ ᠶᠠᠪᠤᠭᠤᠯᠪᠠ",
    "{league} {topic} ᠤᠨ ᠬᠤᠷᠠᠯ ᠢ ᠬᠡᠭᠰᠡᠨ ᠪᠠᠶᠢᠨ᠎ᠠ",
    "{place} ᠤᠨ {topic} ᠰᠢᠨ᠎ᠡ ᠠᠮᠵᠢᠯᠲᠠ ᠣᠯᠪᠠ",
    "{topic} ᠢ ᠬᠥᠭᠵᠢᠭᠦᠯᠬᠦ ᠰᠢᠨ᠎ᠡ ᠠᠷᠭ᠎ᠠ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠭᠠᠷᠭᠠᠪᠠ",
    "{league} ᠤᠨ ᠳᠠᠷᠤᠭ᠎ᠠ {place} ᠳᠤ {topic} ᠢ ᠰᠢᠯᠭᠠᠨ ᠰᠤᠳᠤᠯᠪᠠ",
]
MN_FRAMES = [
    "{league} ᠡᠨᠡ ᠵᠢᠯ {topic} ᠤᠨ ᠠᠵᠢᠯ ᠳᠤ {n} ᠵᠦᠢᠯ ᠦᠨ ᠠᠷᠭ᠎ᠠ ᠬᠡᠮᠵᠢᠶ᠎ᠡ ᠠᠪᠤᠭᠰᠠᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃",
    "{place} ᠤᠨ ᠮᠠᠯᠴᠢᠳ {topic} ᠡᠴᠡ ᠪᠣᠳᠠᠲᠤ ᠠᠰᠢᠭ ᠲᠤᠰᠠ ᠣᠯᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃",
    "ᠬᠤᠷᠠᠯ ᠳᠤ {topic} ᠤᠨ ᠠᠵᠢᠯ ᠢ ᠰᠠᠶᠢᠨ ᠬᠢᠬᠦ ᠲᠠᠯ᠎ᠠ ᠪᠠᠷ ᠲᠣᠳᠤᠷᠬᠠᠶ ᠱᠠᠭᠠᠷᠳᠠᠯᠭ᠎ᠠ ᠲᠠᠯᠪᠢᠪᠠ᠃",
]
MN_OPEN = ["", "", "ᠡᠨᠡ ᠵᠢᠯ ", "ᠮᠥᠨ ", "ᠣᠳᠣ ᠪᠡᠷ ", "ᠴᠠᠭᠠᠰᠢ ", "ᠰᠡᠭᠦᠯ ᠦᠨ ᠬᠡᠳᠦᠨ ᠵᠢᠯ ᠳᠦ "]
MN_SUBJ = [
    "ᠠᠶᠢᠮᠠᠭ ",
    "ᠬᠣᠰᠢᠭᠤ ",
    "ᠰᠤᠮᠤ ",
    "ᠭᠠᠴᠠᠭ᠎ᠠ ",
    "ᠬᠠᠮᠢᠶᠠᠷᠤᠯᠲᠠᠢ ᠭᠠᠵᠠᠷ ",
    "ᠮᠠᠯᠴᠢᠨ ᠠᠷᠠᠳ ",
    "ᠨᠠᠮ ᠤᠨ ᠭᠡᠰᠢᠭᠦᠳ ",
]
MN_PRED = [
    "ᠠᠵᠢᠯ ᠤᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ ᠶᠢ ᠴᠢᠩᠭᠠᠳᠬᠠᠵᠤ",
    "ᠬᠥᠷᠥᠩᠭᠡ ᠣᠷᠤᠤᠯᠭ᠎ᠠ ᠶᠢ ᠨᠡᠮᠡᠭᠳᠡᠭᠦᠯᠵᠦ",
    "ᠠᠷᠠᠳ ᠤᠨ ᠰᠠᠨᠠᠯ ᠢ ᠰᠣᠨᠣᠰᠴᠤ",
    "ᠪᠣᠳᠯᠣᠭᠣ ᠶᠢ ᠪᠡᠶᠡᠯᠡᠭᠦᠯᠵᠦ",
    "ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠰᠠᠶᠵᠢᠷᠠᠭᠤᠯᠵᠤ",
    "ᠬᠠᠮᠲᠤᠷᠠᠨ ᠠᠵᠢᠯᠯᠠᠵᠤ",
    "ᠡᠪ ᠨᠠᠶᠢᠷᠠᠮᠳᠠᠯ ᠢ ᠪᠡᠬᠡᠵᠢᠭᠦᠯᠵᠦ",
    "ᠰᠤᠷᠭᠠᠨ ᠰᠤᠷᠤᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠡᠷᠴᠢᠮᠵᠢᠭᠦᠯᠵᠦ",
]
MN_TAIL = [
    " ᠪᠠᠶᠢᠨ᠎ᠠ᠃",
    " ᠢᠯᠡᠷᠬᠡᠢ ᠦᠷ᠎ᠡ ᠳᠦᠩ ᠣᠯᠪᠠ᠃",
    " ᠠᠵᠢᠯ ᠢ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠲᠠᠢ ᠶᠠᠪᠤᠭᠤᠯᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃",
    " ᠠᠷᠠᠳ ᠤᠨ ᠥᠨᠳᠥᠷ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠶᠢ ᠣᠯᠪᠠ᠃",
]
MN_CAPTIONS = ["{place} ᠤᠨ ᠦᠵᠡᠮᠵᠢ", "{place} ᠳᠤ {topic} ᠤᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ"]


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    n = str(rng.randint(3, 48))
    if tpl == "mw":
        return {
            "topic": rng.choice(MN_TOPICS),
            "place": rng.choice(MN_PLACES),
            "league": MN_LEAGUE,
            "n": n,
        }
    banner = rng.choice(sorted(BANNERS))
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "project": rng.choice(PROJECTS),
        "league": LEAGUE,
        "banner": BANNERS[banner],
        "banner_py": banner,
        "n": n,
    }


class MnPools(Pools):
    joiner = " "

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        if rng.random() < self.frame_share:
            return self.fill(rng, rng.choice(self.frames[tpl]), ctx)
        p1, p2 = rng.sample(self.pred, 2)
        frame = (
            rng.choice(self.open) + rng.choice(self.subj) + p1 + " " + p2 + rng.choice(self.tail)
        )
        return self.fill(rng, frame, ctx)


ZH_POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
MN_POOLS = MnPools(
    {"mw": MN_HEAD},
    {"mw": MN_FRAMES},
    MN_CAPTIONS,
    fill,
    (MN_OPEN, MN_SUBJ, MN_PRED, MN_TAIL),
    frame_share=0.35,
    topics={"mw": MN_TOPICS},
)
POOLS = {"mg": ZH_POOLS, "qx": ZH_POOLS, "cy": ZH_POOLS, "mw": MN_POOLS, "nm": ZH_POOLS}
