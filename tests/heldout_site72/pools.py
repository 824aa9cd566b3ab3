"""Word pools for the seventy-second held-out site: Chinese science and technology press. The
prose carries units, formulas and English terms (μm, ℃, 10⁻⁶, CRISPR, Nature) as real science
stories do; names stay inside GB2312 (several pages are served in GBK or GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import names

INSTITUTES = [
    "中国科学院物理研究所",
    "中国科学院上海光学精密机械研究所",
    "中国科学院深海科学与工程研究所",
    "清华大学材料学院",
    "浙江大学化学工程与生物工程学院",
    "中国科学技术大学",
    "中国农业科学院作物科学研究所",
]
FIELDS = {
    "kj": [
        "量子通信",
        "大科学装置",
        "新型储能",
        "人工智能大模型",
        "深海探测",
        "种业创新",
        "商业航天",
    ],
    "kb": [
        "钙钛矿电池",
        "基因编辑",
        "拓扑材料",
        "单细胞测序",
        "冻土碳循环",
        "脑机接口",
        "高温超导",
    ],
    "kx": ["二维半导体", "古DNA", "暗物质探测", "合成生物学", "极端气候", "固态电池", "光量子芯片"],
    "kp": ["青少年科普", "流星雨观测", "防灾减灾", "科学辟谣", "食品安全", "航天科普", "健康科普"],
    "cb": ["液氦低温", "引力波", "青藏高原", "纳米药物", "星际分子", "珊瑚白化", "激光聚变"],
}
TERMS = [
    "CRISPR-Cas9",
    "AI for Science",
    "Nature",
    "Science",
    "Cell",
    "FAST",
    "ChatGPT",
    "Transformer",
]
DEVICES = [
    "冷冻电镜",
    "自由电子激光装置",
    "同步辐射光源",
    "超导磁体",
    "深海着陆器",
    "量子计算原型机",
]
HEAD = {
    "kj": [
        "我国科学家在{field}领域取得重要突破",
        "{field}关键技术实现自主可控",
        "{inst}研制出新一代{device}",
        "{field}产业驶入发展快车道",
        "为{field}装上“中国芯”",
        "{field}：从实验室走向生产线",
    ],
    "kb": [
        "{field}研究获新进展",
        "科学家揭示{field}新机制",
        "{inst}团队在{field}方向取得系列成果",
        "{field}：一场静悄悄的变革",
        "专家呼吁加强{field}基础研究",
        "{field}新成果登上《Nature》",
    ],
    "kx": [
        "{field}研究登上《{term}》",
        "{inst}发现{field}新现象",
        "{field}领域迎来“中国方案”",
        "研究人员借助{device}破解{field}难题",
        "{field}新成果有望改写教科书",
        "{field}：理论预言终获实验证实",
    ],
    "kp": [
        "{field}走进校园",
        "带你读懂{field}",
        "{field}知识你了解多少",
        "科学家讲述{field}背后的故事",
        "{field}主题活动精彩纷呈",
        "关于{field}的这些误区要警惕",
    ],
    "cb": [
        "{field}：探索未知的前沿",
        "一文看懂{field}",
        "走近{device}：{field}研究的利器",
        "{field}里的科学奥秘",
        "当{field}遇上{term}",
        "{field}研究为何如此重要",
    ],
}
FRAMES = {
    "kj": [
        "该团队将器件的特征尺寸缩小至{n}μm，整体能耗降低约{p}%。",
        "测试显示，设备可在-{n}℃至{m}℃的环境中稳定运行。",
        "项目负责人表示，这标志着我国在{field}领域迈出了关键一步。",
        "据介绍，系统的误码率低于10⁻⁶，达到国际先进水平。",
    ],
    "kb": [
        "研究团队利用{term}技术，在{n}μm尺度上观测到了这一过程。",
        "实验表明，在{m}℃条件下材料的转换效率提升至{p}%。",
        "相关成果于近日在线发表于《{term}》。",
        "论文通讯作者表示，这一发现为{field}研究提供了新思路。",
    ],
    "kx": [
        "研究人员借助{device}，将测量精度提高到10⁻⁶量级。",
        "样品在{m}℃下保持了{n}小时的稳定性，厚度仅约{n}μm。",
        "审稿人认为，该工作是{field}领域“a significant step forward”。",
        "研究得到国家自然科学基金等项目的资助。",
    ],
    "kp": [
        "活动现场，科普志愿者用通俗易懂的语言讲解{field}知识。",
        "专家提醒，水在标准大气压下的沸点是100℃，高原地区则会更低。",
        "一根头发丝的直径大约是{m}μm，而病毒则要小得多。",
        "同学们纷纷表示，这样的科普课既有趣又长知识。",
    ],
    "cb": [
        "液氦的沸点约为-269℃，是实现极低温环境的关键材料。",
        "科研人员利用{device}开展实验，空间分辨率可达{n}μm。",
        "简单来说，这相当于在10⁻⁶的误差范围内完成测量。",
        "在英文文献中，这一现象常被称为“{term}效应”。",
    ],
}
_OPEN = [
    "",
    "",
    "据了解，",
    "研究发现，",
    "近年来，",
    "与此同时，",
    "此外，",
    "目前，",
    "专家指出，",
]
_SUBJ = ["研究团队", "科研人员", "该实验室", "项目组", "国内外同行", "相关企业", "青年科学家"]
_PRED = [
    "攻克多项关键核心技术",
    "开展大量对比实验",
    "建立了新的理论模型",
    "优化了样品制备工艺",
    "推动成果转化应用",
    "加强国际合作交流",
    "完善了数据处理流程",
    "提升了测量精度",
    "积累了宝贵的实验数据",
    "搭建起开放共享平台",
]
_TAIL = ["。", "，取得了一系列原创成果。", "，为后续研究奠定基础。", "，得到同行高度评价。"]
CAPTIONS = [
    "科研人员在实验室开展{field}相关实验",
    "{device}内部结构",
    "{month}月{day}日，参观者在展台前了解{field}成果",
    "研究团队成员合影",
    "样品的电子显微镜图像（标尺为{n}μm）",
]
SUBHEADS = {
    "kj": ["瞄准“卡脖子”难题", "从跟跑到并跑"],
    "kb": ["十年磨一剑", "下一步的挑战"],
    "kx": ["意外的发现", "仍有待验证"],
    "kp": ["让科学流行起来", "科普需要更多人参与"],
    "cb": ["什么是{field}", "未来可期"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "field": rng.choice(FIELDS[tpl]),
        "inst": rng.choice(INSTITUTES),
        "device": rng.choice(DEVICES),
        "term": rng.choice(TERMS),
        "n": str(rng.randint(2, 90)),
        "m": str(rng.randint(20, 400)),
        "p": str(rng.randint(12, 68)),
    }


class _Pools(Pools):
    def headline(self, rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
        for _ in range(self.tries):
            t = self.fill(rng, rng.choice(self.head[tpl]), ctx)
            if t not in used:
                used.add(t)
                return t
            ctx.update(context(rng, tpl))
        raise RuntimeError("headline pool exhausted")


POOLS = _Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.4)

__all__ = ["INSTITUTES", "POOLS", "SUBHEADS", "context", "names"]
