"""Word pools for the seventieth held-out site: Chinese-language papers of Malaysia, Indonesia and
Thailand. Every pool stays inside GB2312 (国际日报's 2019 pages are served in GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import GIVEN, SURNAMES

CITIES = {
    "sc": ["吉隆坡", "新山", "怡保", "古晋", "亚庇", "马六甲"],
    "ny": ["吉隆坡", "八打灵再也", "芙蓉", "关丹", "新山"],
    "kw": ["槟城", "大山脚", "北海", "亚罗士打", "太平"],
    "id": ["雅加达", "泗水", "棉兰", "万隆", "三宝垄"],
    "th": ["曼谷", "清迈", "合艾", "芭提雅", "普吉"],
}
TOPICS = {
    "sc": ["水灾", "交通", "华小", "治安", "物价", "旅游业", "垃圾处理"],
    "ny": ["令吉汇率", "股市", "房地产", "电子签证", "中小企业", "棕油价格", "数字经济"],
    "kw": ["槟城轻快铁", "乔治市古迹", "华社文化", "小贩中心", "渡轮服务", "社区医疗", "节庆活动"],
    "id": ["印尼华社", "中印尼经贸", "雅万高铁", "大选", "华文教育", "镍矿投资", "旅游签证"],
    "th": ["泰铢", "旅游签证", "大麻政策", "泰中合作", "曼谷空气污染", "泼水节", "榴莲出口"],
}
HEAD = {
    "sc": [
        "{city}{topic}问题引关注 居民促当局尽快解决",
        "{topic}新措施下月起实施",
        "{city}州政府拨款改善{topic}",
        "{topic}：{city}商家叫苦连天",
        "国会议员：{topic}须全面检讨",
        "{city}发生{topic}风波 警方介入调查",
    ],
    "ny": [
        "{topic}走势受关注 分析员看好下半年",
        "{topic}回稳 投资者信心回升",
        "政府推{topic}配套 业者表示欢迎",
        "{topic}：专家促加强监管",
        "首季{topic}表现胜预期",
        "{city}{topic}商机浮现",
    ],
    "kw": [
        "{city}{topic}获拨款提升",
        "州行政议员巡视{topic}进展",
        "{topic}吸引大批民众",
        "{city}居民关注{topic}",
        "槟州政府研究{topic}新方案",
        "{topic}将于年底完成",
    ],
    "id": [
        "{city}华社热议{topic}",
        "{topic}取得新进展",
        "印尼政府推进{topic}",
        "{city}举办{topic}交流会",
        "{topic}为两国合作注入新动力",
        "专家解读{topic}前景",
    ],
    "th": [
        "泰国政府宣布{topic}新规",
        "{city}{topic}引发热议",
        "{topic}带动经济回暖",
        "泰总理谈{topic}",
        "{city}各界关注{topic}",
        "{topic}迎来新机遇",
    ],
}
FRAMES = {
    "sc": [
        "{city}居民投诉说，{topic}问题已持续多时，当局却迟迟没有行动。",
        "他接受本报访问时说，有关单位已拨出{n}万令吉处理{topic}问题。",
        "州行政议员表示，州政府将在本月内召开会议，讨论{topic}的解决方案。",
    ],
    "ny": [
        "分析员指出，{topic}在今年首季增长约{n}%，表现优于预期。",
        "业者认为，政府应推出更多配套，协助中小企业应对成本上涨。",
        "市场人士预料，{topic}在下半年仍有上升空间。",
    ],
    "kw": [
        "他说，州政府已拨出{n}万令吉，用以提升{topic}相关设施。",
        "不少民众一早便前来{city}参与活动，现场气氛热闹。",
        "该州行政议员在巡视后表示，工程进度良好。",
    ],
    "id": [
        "与会者认为，{topic}对印尼经济发展具有重要意义。",
        "据印尼有关部门统计，今年以来{topic}相关投资增长{n}%。",
        "{city}华社领袖在会上表示，华人社会将继续为国家发展贡献力量。",
    ],
    "th": [
        "泰国政府发言人表示，{topic}相关措施将于下月正式实施。",
        "据泰国商会统计，今年首季{topic}带来约{n}亿泰铢收入。",
        "{city}商家对{topic}表示欢迎，认为有助于带动人气。",
    ],
}
_OPEN = ["", "", "此外，", "他说，", "与此同时，", "据了解，", "另一方面，", "目前，"]
_SUBJ = ["当局", "州政府", "有关部门", "业者", "华社团体", "居民", "商家", "议员"]
_PRED = [
    "已展开调查",
    "呼吁民众保持冷静",
    "将加强执法行动",
    "希望政府正视问题",
    "已召开紧急会议",
    "会继续跟进事件",
    "积极配合当局",
    "提出多项建议",
    "对此表示关注",
    "将拨款提升设施",
]
_TAIL = ["。", "，以免问题恶化。", "，让民众受惠。", "，并希望尽快落实。", "，受到各界好评。"]
CAPTIONS = [
    "民众在{city}参与活动",
    "{month}月{day}日，有关单位在{city}巡视",
    "{city}市区一景",
    "受访民众向记者反映{topic}问题",
]
SUBHEADS = {
    "sc": ["居民：问题已持续多时", "当局：将尽快处理"],
    "ny": ["分析员：下半年仍看好", "业者盼更多配套"],
    "kw": ["州政府拨款提升", "民众反应热烈"],
    "id": ["华社积极参与", "合作前景广阔"],
    "th": ["各界反应不一", "政府将加强宣传"],
}


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "city": rng.choice(CITIES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "n": str(rng.randint(3, 48)),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), topics=TOPICS)
