"""Word pools for the twenty-fourth held-out site: five overseas Chinese-language newspapers
(星洲日报 and 東方日報 in Malaysia, 8视界 in Singapore, 欧洲时报 in Paris, 世界日報 in New York).
東方日報 prints some stories in 繁體 and some in 简体; 世界日報 prints 繁體 only. Every body is
drawn from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random
import re

from heldout_gen import Pools

SURNAMES = list("陈林黄张李王吴刘蔡杨郑谢郭许曾赖邱罗叶苏周庄卢江梁")
GIVEN = [
    "凯晴",
    "俊杰",
    "慧敏",
    "嘉欣",
    "伟强",
    "佩玲",
    "志豪",
    "美玲",
    "家豪",
    "丽萍",
    "文彬",
    "晓雯",
    "国良",
    "思颖",
    "振华",
    "雪莹",
    "伟杰",
    "婉婷",
    "明辉",
    "紫薇",
    "德明",
    "秀梅",
    "子轩",
    "雅琪",
]
T_SURNAMES = list("陳林黃張李王吳劉蔡楊鄭謝郭許曾賴邱羅葉蘇周莊盧江梁")
T_GIVEN = [
    "凱晴",
    "俊傑",
    "慧敏",
    "嘉欣",
    "偉強",
    "佩玲",
    "志豪",
    "美玲",
    "家豪",
    "麗萍",
    "文彬",
    "曉雯",
    "國良",
    "思穎",
    "振華",
    "雪瑩",
    "偉傑",
    "婉婷",
    "明輝",
    "紫薇",
    "德明",
    "秀梅",
    "子軒",
    "雅琪",
]

TRAD = {"oriental", "wj"}


def zh_name(rng: random.Random, trad: bool = False) -> str:
    if trad:
        return rng.choice(T_SURNAMES) + rng.choice(T_GIVEN)
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int, trad: bool = False) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng, trad)
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "sinchew": [
        "吉隆坡",
        "八打灵再也",
        "新山",
        "槟城",
        "怡保",
        "芙蓉",
        "马六甲",
        "古晋",
        "亚庇",
        "关丹",
        "巴生",
        "诗巫",
    ],
    "oriental": [
        "吉隆坡",
        "八打靈再也",
        "蒲種",
        "新山",
        "檳城",
        "怡保",
        "芙蓉",
        "加影",
        "沙登",
        "巴生",
    ],
    "oriental_s": [
        "吉隆坡",
        "八打灵再也",
        "蒲种",
        "新山",
        "槟城",
        "怡保",
        "芙蓉",
        "加影",
        "沙登",
        "巴生",
    ],
    "8world": [
        "淡滨尼",
        "兀兰",
        "裕廊东",
        "榜鹅",
        "义顺",
        "宏茂桥",
        "后港",
        "盛港",
        "武吉班让",
        "大巴窑",
    ],
    "oushi": [
        "巴黎",
        "里昂",
        "马赛",
        "米兰",
        "马德里",
        "柏林",
        "布鲁塞尔",
        "维也纳",
        "阿姆斯特丹",
        "里斯本",
    ],
    "wj": [
        "紐約",
        "法拉盛",
        "布碌崙",
        "曼哈頓",
        "皇后區",
        "長島",
        "新澤西",
        "艾爾姆赫斯特",
        "日落公園",
        "華埠",
    ],
}
TOPICS = {
    "sinchew": [
        "组屋维修",
        "水供中断",
        "华小拨款",
        "骨痛热症",
        "大道收费",
        "电子钱包补贴",
        "非法垃圾场",
        "独中统考",
        "柴油补贴合理化",
        "闪电水灾",
        "榴梿出口",
        "新村发展",
    ],
    "oriental": [
        "補選",
        "油價調整",
        "大馬旅遊年",
        "房屋貸款",
        "食品漲價",
        "網購詐騙",
        "捷運三號線",
        "醫療保險",
        "公務員加薪",
        "外勞招聘",
        "道路坑洞",
        "中學統考",
    ],
    "oriental_s": [
        "补选",
        "油价调整",
        "大马旅游年",
        "房屋贷款",
        "食品涨价",
        "网购诈骗",
        "捷运三号线",
        "医疗保险",
        "公务员加薪",
        "外劳招聘",
        "道路坑洞",
        "中学统考",
    ],
    "8world": [
        "组屋转售",
        "消费税",
        "地铁跨岛线",
        "公积金",
        "乐龄活动中心",
        "骨痛热症病例",
        "樟宜机场客流",
        "社区关怀计划",
        "电动车充电桩",
        "小贩中心",
        "职场再培训",
        "儿童保健",
    ],
    "oushi": [
        "巴黎奥运会",
        "法国养老金改革",
        "欧盟电动车关税",
        "申根签证",
        "华人商铺安全",
        "中法文化旅游年",
        "欧洲议会选举",
        "能源价格",
        "巴黎地铁票价",
        "中文教育",
        "留学生租房",
        "欧洲通胀",
    ],
    "wj": [
        "擁堵費",
        "法拉盛治安",
        "反亞裔仇恨",
        "房租上漲",
        "大麻店",
        "地鐵安全",
        "移民庇護",
        "中文學校",
        "公立學校招生",
        "房產稅",
        "華人選民登記",
        "餐館最低工資",
    ],
}
ORGS = {
    "sinchew": [
        "卫生部",
        "雪州政府",
        "吉隆坡市政局",
        "国家水务委员会",
        "马华公会",
        "董总",
        "交通部",
        "国家银行",
    ],
    "oriental": [
        "衛生部",
        "雪州政府",
        "隆市政局",
        "交通部",
        "國家銀行",
        "國會",
        "大馬警方",
        "人力資源部",
    ],
    "oriental_s": [
        "卫生部",
        "雪州政府",
        "隆市政局",
        "交通部",
        "国家银行",
        "国会",
        "大马警方",
        "人力资源部",
    ],
    "8world": [
        "建屋发展局",
        "陆路交通管理局",
        "卫生部",
        "人力部",
        "国家环境局",
        "公积金局",
        "财政部",
        "教育部",
    ],
    "oushi": [
        "法国政府",
        "巴黎市政府",
        "欧盟委员会",
        "法国内政部",
        "中国驻法国大使馆",
        "法国华侨华人会",
        "欧洲议会",
        "法国国家统计局",
    ],
    "wj": [
        "紐約市長辦公室",
        "紐約市警局",
        "市議會",
        "州議會",
        "大都會運輸署",
        "移民局",
        "市教育局",
        "華人社區聯合會",
    ],
}
HEAD = {
    "sinchew": [
        "{place}{topic}问题持续 居民促当局尽快解决",
        "{org}：{topic}下月起落实",
        "{place}{topic}引关注 {org}介入",
        "{topic}新措施 {place}民众看法两极",
        "{place}逾{n}户受{topic}影响",
        "{org}宣布{topic}新方案",
    ],
    "oriental": [
        "{place}{topic}惹民怨 {org}承諾跟進",
        "{org}：{topic}將分階段推行",
        "{topic}｜{place}商家叫苦",
        "{place}{n}人受{topic}影響",
        "{org}研究{topic}新措施",
        "{topic}引熱議 民眾看法分歧",
    ],
    "oriental_s": [
        "{place}{topic}惹民怨 {org}承诺跟进",
        "{org}：{topic}将分阶段推行",
        "{topic}｜{place}商家叫苦",
        "{place}{n}人受{topic}影响",
        "{org}研究{topic}新措施",
        "{topic}引热议 民众看法分歧",
    ],
    "8world": [
        "{topic}：{place}居民有话说",
        "{org}：{topic}新措施明年起实施",
        "{place}{topic}情况引关注",
        "{org}公布{topic}最新数据",
        "{topic}｜{place}{n}户受惠",
        "{topic}调整 {org}详细解说",
    ],
    "oushi": [
        "{topic}：{place}华人如何应对？",
        "{org}就{topic}出台新规",
        "{place}{topic}引发热议",
        "{topic}最新进展：{org}表态",
        "旅欧华人关注{topic}",
        "{place}华人社团聚焦{topic}",
    ],
    "wj": [
        "{place}{topic}爭議 華人居民憂心",
        "{org}推{topic}新政 {place}華商觀望",
        "{topic}｜{place}{n}人受影響",
        "{org}：{topic}將於下月生效",
        "{place}華人社區關注{topic}",
        "{topic}升溫 {org}回應",
    ],
}
FRAMES = {
    "sinchew": [
        "{org}发言人受询时说，当局已注意到{topic}问题，并会尽快展开调查。",
        "“我们已经等了很久，希望这次真的有结果。”居民{person}说。",
        "据了解，{place}一带目前约有{n}户人家受影响。",
        "他说，当局将在未来{n}个月内拨款{n2}万令吉处理相关问题。",
    ],
    "oriental": [
        "{org}發言人受詢時指出，當局已注意到{topic}問題，並將盡快採取行動。",
        "「我們已經等了很久，希望這次有結果。」居民{person}說。",
        "據了解，{place}一帶目前約有{n}戶人家受影響。",
        "他說，當局將撥款{n2}萬令吉處理相關問題。",
    ],
    "oriental_s": [
        "{org}发言人受询时指出，当局已注意到{topic}问题，并将尽快采取行动。",
        "“我们已经等了很久，希望这次有结果。”居民{person}说。",
        "据了解，{place}一带目前约有{n}户人家受影响。",
        "他说，当局将拨款{n2}万令吉处理相关问题。",
    ],
    "8world": [
        "{org}发言人回复8视界新闻询问时说，当局正密切关注{topic}的情况。",
        "住在{place}的{person}说：“希望措施能真正照顾到我们。”",
        "根据最新数据，相关人数比去年同期增加{pct}%。",
        "{org}表示，今年将拨出{n}亿新元推动{topic}。",
    ],
    "oushi": [
        "{org}发言人表示，{topic}相关措施将于近期公布细节。",
        "在{place}经营餐馆的华人{person}对记者说：“我们最关心的是实际影响。”",
        "据法国媒体报道，约有{n}万人受到{topic}影响。",
        "数据显示，相关费用同比上涨{pct}%。",
    ],
    "wj": [
        "{org}發言人表示，{topic}相關措施將於近期公布細節。",
        "在{place}經營餐館的{person}告訴記者：「我們最擔心的是實際影響。」",
        "根據市府數據，約有{n}萬人受{topic}影響。",
        "數據顯示，相關費用較去年同期上漲{pct}%。",
    ],
}
_S_OPEN = [
    "此外，",
    "另一方面，",
    "他指出，",
    "她说，",
    "对此，",
    "与此同时，",
    "据悉，",
    "不过，",
    "",
]
_S_SUBJ = ["当局", "州政府", "居民", "商家", "受访民众", "业者", "社团代表", "议员", "专家", "家长"]
_S_PRED = [
    "希望相关单位尽快落实承诺",
    "认为措施有助于改善现状",
    "担心问题会持续恶化",
    "呼吁各方保持冷静",
    "表示将持续跟进事件发展",
    "建议简化申请程序",
    "透露将召开说明会",
    "坦言目前仍面对不少困难",
    "强调须以民生为重",
    "指出成本已大幅上升",
    "期待政府提供更多援助",
    "表明会配合执法行动",
]
_S_TAIL = [
    "。",
    "，并会定期公布进展。",
    "，以免影响日常生活。",
    "，相信情况会逐步改善。",
    "，事件引起社会关注。",
]
_T_OPEN = [
    "此外，",
    "另一方面，",
    "他指出，",
    "她說，",
    "對此，",
    "與此同時，",
    "據悉，",
    "不過，",
    "",
]
_T_SUBJ = ["當局", "州政府", "居民", "商家", "受訪民眾", "業者", "社團代表", "議員", "專家", "家長"]
_T_PRED = [
    "希望相關單位盡快落實承諾",
    "認為措施有助改善現狀",
    "擔心問題會持續惡化",
    "呼籲各方保持冷靜",
    "表示將持續跟進事件發展",
    "建議簡化申請程序",
    "透露將召開說明會",
    "坦言目前仍面對不少困難",
    "強調須以民生為重",
    "指出成本已大幅上升",
    "期待政府提供更多援助",
    "表明會配合執法行動",
]
_T_TAIL = [
    "。",
    "，並會定期公布進展。",
    "，以免影響日常生活。",
    "，相信情況會逐步改善。",
    "，事件引起社會關注。",
]
WORDS = {
    "s": (_S_OPEN, _S_SUBJ, _S_PRED, _S_TAIL),
    "t": (_T_OPEN, _T_SUBJ, _T_PRED, _T_TAIL),
}
CAPTIONS = {
    "s": [
        "{month}月{day}日，{place}民众在现场排队等候。",
        "{org}官员（左二）在{place}巡视{topic}情况。",
        "{place}一带的{topic}情况。",
        "图为{place}街景。",
        "居民向记者讲述{topic}带来的影响。",
    ],
    "t": [
        "{month}月{day}日，{place}民眾在現場排隊等候。",
        "{org}官員（左二）在{place}巡視{topic}情況。",
        "{place}一帶的{topic}情況。",
        "圖為{place}街景。",
        "居民向記者講述{topic}帶來的影響。",
    ],
}
SUBHEADS = {
    "sinchew": ["居民：问题拖延多年", "议员：已向当局反映", "当局：下月展开工程"],
    "oriental": ["居民：問題拖延多年", "議員：已向當局反映", "當局：下月展開工程"],
    "oriental_s": ["居民：问题拖延多年", "议员：已向当局反映", "当局：下月展开工程"],
    "8world": ["受影响人数增加", "当局加强支援", "专家：需长远规划"],
    "oushi": ["华人商户受影响", "政府回应质疑", "专家解读"],
    "wj": ["華人居民擔憂", "市府回應", "專家：須長遠規劃"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {
        "n": str(rng.randint(3, 98)),
        "n2": str(rng.randint(12, 960)),
        "pct": f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
        "person": zh_name(rng, ctx.get("script") == "t"),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


class SitePools(Pools):
    """The generic sentence and the captions in the template's own script (简体 or 繁體):
    ``ctx["script"]`` is "s" or "t"."""

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        self.open, self.subj, self.pred, self.tail = WORDS[ctx["script"]]
        return super().sentence(rng, tpl, ctx)

    def caption(self, rng: random.Random, ctx: dict[str, str]) -> str:
        return self.fill(rng, rng.choice(CAPTIONS[ctx["script"]]), ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES[tpl], 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "script": "t" if tpl in ("oriental", "wj") else "s",
    }


POOLS = SitePools(HEAD, FRAMES, [], fill, WORDS["s"], tries=400, topics=TOPICS)

__all__ = ["POOLS", "SUBHEADS", "context", "names"]
