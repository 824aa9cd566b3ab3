"""Word pools for the seventy-third held-out site: culture and tourism (文旅) news of one city
(云澜市, 云江省) — its 文化和旅游局, the provincial museum, a 5A scenic area, the province's 文旅
media group and a county (青溪县). Names and prose stay inside GB2312 (several pages are served in
GBK or GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import names

CITY, PROVINCE, COUNTY = "云澜市", "云江省", "青溪县"
SPOTS = [
    "云澜山风景名胜区",
    "白鹭湖国家湿地公园",
    "古渡老街",
    "青溪古镇",
    "凤鸣峡景区",
    "千岛湾旅游度假区",
    "龙泉寺历史文化街区",
]
JQ_SPOTS = ["云澜山", "云澜山景区", "云澜山风景名胜区", "云澜山杜鹃谷", "云澜山索道"]
XIAN_SPOTS = ["青溪古镇", "凤鸣峡景区", "花溪村", "翠屏山森林公园", "青溪温泉度假村"]
EXHIBITS = [
    "“江山如画——馆藏历代山水画精品展”",
    "“青铜之光——云江商周青铜器特展”",
    "“丝路遗珍——海上丝绸之路文物展”",
    "“瓷韵千年——馆藏陶瓷精品展”",
    "“古滇印记——边疆民族文物展”",
    "“锦绣华章——明清织绣艺术展”",
]
HERITAGE = ["竹编技艺", "花灯戏", "蓝印花布", "木版年画", "采茶舞", "龙舟制作技艺", "古琴艺术"]
EVENTS = [
    "文化和旅游消费季",
    "乡村旅游节",
    "非遗购物节",
    "研学旅行季",
    "夜游文化节",
    "杜鹃花节",
    "民宿发展大会",
]
UNITS = [
    "市文化广电和旅游执法支队",
    "市文化馆",
    "市图书馆",
    "市非物质文化遗产保护中心",
    "市旅游发展服务中心",
]
HEAD = {
    "wl": [
        "{city}召开{event}工作推进会",
        "{spot}开展节前安全生产大检查",
        "我市举办“{event}”启动仪式",
        "{city}{heritage}项目入选省级非遗名录",
        "市文化和旅游局部署假日文化和旅游市场工作",
        "{spot}创新推出夜游新业态",
        "{unit}开展文化惠民演出活动",
    ],
    "wl_tz": [
        "关于开展{year}年{event}活动的通知",
        "关于做好{year}年“五一”假期文化和旅游工作的通知",
        "关于公布{year}年度{city}A级旅游景区复核结果的公告",
        "关于举办{city}第{n}届{heritage}技艺大赛的通知",
        "关于开展{year}年旅游景区安全隐患排查整治的通知",
    ],
    "bwg": [
        "{exhibit}在我馆开幕",
        "我馆举办“国际博物馆日”{heritage}体验活动",
        "{exhibit}社教活动精彩纷呈",
        "我馆与{city}文化馆签署合作协议",
        "“博物馆奇妙夜”研学活动走进{spot}",
        "我馆专家赴{county}开展文物普查指导",
        "我馆志愿者服务队获评优秀志愿服务组织",
    ],
    "jq": [
        "{spot}迎来赏花季",
        "{spot}“{event}”火热进行中",
        "景区开展应急救援演练",
        "{spot}推出研学旅行精品线路",
        "游客点赞：景区服务再升级",
        "{spot}获评省级文明旅游示范单位",
        "景区举办{heritage}非遗展演",
    ],
    "app": [
        "{spot}“五一”假期接待游客同比增长{p}%",
        "{city}{event}带火夜间经济",
        "“跟着演出去旅行”成{city}文旅新风尚",
        "{heritage}传承人：让老手艺走进新生活",
        "{county}：乡村民宿点亮共富路",
        "{exhibit}吸引市民“打卡”",
        "文旅融合看{city}｜{spot}焕新出发",
    ],
    "xian": [
        "{county}{spot}开园迎客",
        "我县{heritage}亮相省非遗博览会",
        "{county}举办第{n}届{event}",
        "县文旅局开展旅游市场专项整治",
        "{county}乡村旅游精品线路发布",
        "我县{n}家民宿获评星级民宿",
        "{spot}游客服务中心投入使用",
        "{county}开展“文旅赋能乡村振兴”主题活动",
        "{spot}端午龙舟赛鸣锣开赛",
        "县文旅局召开A级景区创建工作推进会",
    ],
}
FRAMES = {
    "wl": [
        "会议强调，要进一步提升{spot}的服务质量和管理水平。",
        "据统计，活动期间全市共接待游客{m}万人次，实现旅游收入{n}亿元。",
        "检查组先后来到{spot}等地，详细察看了消防设施和应急预案落实情况。",
        "下一步，市文化和旅游局将持续推动{event}提质扩容。",
    ],
    "bwg": [
        "本次展览共展出文物{m}件（套），其中一级文物{n}件。",
        "讲解员结合{exhibit}中的展品，为观众讲述了文物背后的故事。",
        "活动现场，{heritage}传承人手把手教小朋友们体验传统技艺。",
        "展览将持续至{year}年{endm}月，欢迎广大观众前来参观。",
    ],
    "jq": [
        "眼下，{spot}内漫山花开，吸引了大批游客前来观赏。",
        "景区相关负责人介绍，今年以来景区累计接待游客{m}万人次。",
        "为保障游客安全，景区在主要游览线路增设了{n}处服务点。",
        "游客可通过景区官方微信公众号提前预约购票。",
    ],
    "app": [
        "“没想到这里的夜景这么美！”来自外地的游客说。",
        "记者在{spot}看到，游客摩肩接踵，各类文创产品销售火爆。",
        "数据显示，假期全市重点景区共接待游客{m}万人次，同比增长{p}%。",
        "业内人士认为，{event}为文旅消费注入了新的活力。",
    ],
    "xian": [
        "近年来，{county}依托丰富的山水资源，大力发展乡村旅游。",
        "活动吸引了周边县市游客{m}余人前来参与。",
        "据了解，{spot}总投资{n}千万元，项目已完成主体建设。",
        "县文旅局相关负责人表示，将进一步擦亮“山水青溪”旅游品牌。",
    ],
}
_OPEN = ["", "", "据了解，", "近年来，", "与此同时，", "此外，", "目前，", "据介绍，", "活动中，"]
_SUBJ = ["各景区", "文旅部门", "相关单位", "工作人员", "广大游客", "非遗传承人", "志愿者"]
_PRED = [
    "积极丰富文旅产品供给",
    "持续优化旅游服务环境",
    "推动文化和旅游深度融合",
    "开展形式多样的惠民活动",
    "加强旅游市场监管",
    "完善景区配套设施",
    "挖掘本地特色文化资源",
    "创新文旅消费场景",
    "提升游客满意度",
    "强化安全隐患排查",
]
_TAIL = ["。", "，取得了良好成效。", "，受到游客广泛好评。", "，营造了浓厚的节日氛围。"]
CAPTIONS = [
    "游客在{spot}游览",
    "{month}月{day}日，市民在展厅内参观",
    "{heritage}传承人现场展示技艺",
    "活动现场",
    "{spot}一角",
    "小朋友们体验{heritage}",
]
SUBHEADS = {
    "wl": ["一、提高思想认识", "二、压实工作责任"],
    "bwg": ["展览亮点", "延伸活动"],
    "jq": ["花开正当时", "服务再升级"],
    "app": ["“流量”变“留量”", "文旅融合添活力"],
    "xian": ["山水资源变“金山银山”", "下一步打算"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    return {
        "city": CITY,
        "county": COUNTY,
        "spot": rng.choice({"jq": JQ_SPOTS, "xian": XIAN_SPOTS}.get(tpl, SPOTS)),
        "exhibit": rng.choice(EXHIBITS),
        "heritage": rng.choice(HERITAGE),
        "event": rng.choice(EVENTS),
        "unit": rng.choice(UNITS),
        "year": str(year),
        "n": str(rng.randint(2, 12)),
        "endm": str(rng.randint(8, 12)),
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
            ctx.update(context(rng, tpl, int(ctx["year"])))
        raise RuntimeError("headline pool exhausted")


POOLS = _Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.4)

__all__ = ["CITY", "COUNTY", "POOLS", "PROVINCE", "SUBHEADS", "UNITS", "context", "names"]
