"""Word pools for the fifty-third held-out site: reprinted local and social news on portals,
local channels, an SEO news site and a 头条 account. Every body is drawn from a seeded RNG; the
pools are this site's own. Names and words stay inside GB2312 (some pages are served in GBK)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡贾丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("思源", "雨桐", "俊杰", "梓涵", "建国", "海燕", "明轩", "晓峰", "佩琪", "立新", "春燕"),
    *("卫东", "一鸣", "可欣", "家豪", "淑芬", "子轩", "静怡", "国栋", "美玲", "振宇", "诗雨"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静", "磊", "蕾"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


OUTLETS = {
    "df": [
        "新京报",
        "澎湃新闻",
        "中国新闻网",
        "北京日报",
        "扬子晚报",
        "潇湘晨报",
        "央视新闻客户端",
    ],
    "sh": ["大河报", "河南商报", "郑州晚报", "东方今报", "河南日报", "顶端新闻"],
    "seo": ["澎湃新闻", "中国新闻网", "新京报", "钱江晚报", "现代快报", "齐鲁晚报"],
    "tt": ["大河报", "郑州日报", "潇湘晨报", "楚天都市报", "半岛都市报", "华商报"],
    "old": ["新京报", "解放日报", "新民晚报", "文汇报", "劳动报", "青年报"],
}
#: outlets whose stories open "X讯（记者 …）"
LEAD_OK = {"新京报", "扬子晚报", "北京日报", "大河报", "河南商报", "郑州晚报", "新民晚报", "劳动报"}
CITIES = {
    "df": ["北京", "南京", "长沙", "杭州", "成都", "武汉", "西安", "广州"],
    "sh": ["郑州", "洛阳", "开封", "新乡", "许昌", "南阳"],
    "seo": ["杭州", "济南", "青岛", "苏州", "宁波", "合肥", "福州"],
    "tt": ["郑州", "长沙", "武汉", "青岛", "西安", "襄阳"],
    "old": ["上海", "嘉定", "松江", "浦东", "闵行", "宝山"],
}
PLACES = [
    "地铁站",
    "老旧小区",
    "城中村",
    "农贸市场",
    "学校门口",
    "高速服务区",
    "城市公园",
    "社区医院",
]
WHO = ["外卖小哥", "退休教师", "环卫工人", "社区志愿者", "出租车司机", "快递员", "大学生", "老党员"]
ORGS = ["市场监管局", "交警支队", "住建局", "消防救援支队", "城管局", "卫健委", "教育局", "派出所"]
TOPICS = {
    "df": ["食品安全", "电信诈骗", "交通安全", "校园安全", "消费维权", "租房纠纷"],
    "sh": ["老旧小区改造", "便民服务", "文明交通", "夜市经济", "城市更新", "防汛备汛"],
    "seo": ["电动车新规", "养老金调整", "医保报销", "公积金政策", "落户新政", "高考报名"],
    "tt": ["见义勇为", "寻亲救助", "暴雨救援", "邻里互助", "失物招领", "拾金不昧"],
    "old": ["垃圾分类", "旧区改造", "社区养老", "文明养犬", "地铁延伸", "菜场改造"],
}
#: the SEO site's tag words (linked where a paragraph names them)
TAGS = ["交警", "消防", "小区", "医院", "地铁", "外卖", "学校", "社区", "民警", "志愿者"]

HEAD = {
    "df": [
        "{city}一{who}遭遇{topic}陷阱，{org}提醒市民提高警惕",
        "{city}{org}通报{topic}典型案例，涉案金额{n}万元",
        "{topic}专项整治启动，{city}{n}家商户被约谈",
        "{city}：{who}在{place}遇险 路人合力相救",
        "多地{org}发布{topic}预警，{city}已有{n}人中招",
        "{city}{place}{topic}问题调查：谁来守住底线",
        "{who}讲述{topic}经历：“差点就被骗了”",
    ],
    "sh": [
        "{city}{n}个{place}周边完成{topic}，居民点赞",
        "{city}：{topic}进社区，{who}家门口享服务",
        "{city}今年将推进{topic}项目{n}个",
        "{place}变了样！{city}{topic}让市民有获得感",
        "{city}{org}出台{topic}新举措 涉及{n}个片区",
        "{topic}提速 {city}{place}迎来新变化",
    ],
    "seo": [
        "{topic}最新消息：{city}下月起执行新标准",
        "{city}{topic}怎么办理？最新流程看这里",
        "{year}年{city}{topic}有哪些变化？官方回应来了",
        "重磅！{city}{topic}迎来调整，{who}最关心的问题有答案了",
        "{city}{org}：{topic}相关问题解答（附办理指南）",
        "{topic}新规来了，{city}市民注意这{n}点",
    ],
    "tt": [
        "暖心！{city}{who}{topic}，获赠锦旗",
        "{city}{place}突发险情，{who}挺身而出",
        "{city}一{who}{topic}的故事刷屏了",
        "“谢谢你！”{city}{who}{topic}温暖一座城",
        "{city}{org}民警{topic}，{n}分钟帮老人找到家",
        "{topic}背后：{city}{who}坚守{n}年",
    ],
    "old": [
        "{city}{n}个街镇全面推行{topic}",
        "{city}{place}{topic}有了新办法",
        "申城{topic}再提速 {city}试点经验推广",
        "{city}{who}参与{topic}成为社区新风尚",
        "{topic}新政满月 {city}{org}详解执行情况",
        "{city}首批{topic}示范点揭牌 共{n}处",
    ],
}
ORIG = [
    "{who}的一天：{topic}背后的{city}故事",
    "关注{topic}丨{city}{place}见闻",
    "{city}{topic}调查：{n}个问题待解",
    "记者探访{city}{place}：{topic}进展如何",
    "{topic}，{city}这样做",
]
FRAMES = {
    "df": [
        "据{org}相关负责人介绍，今年以来，{city}共受理{topic}类举报{n}起，已全部处理完毕。",
        "{who}告诉记者，事发时自己正在{place}附近，对方自称是工作人员。",
        "警方提醒，遇到类似情况应第一时间拨打110报警，切勿轻信陌生来电。",
        "记者注意到，{topic}问题在{place}周边较为集中，部分商户存在侥幸心理。",
    ],
    "sh": [
        "走进{city}{place}，道路平整、绿树成荫，不少{who}在此休闲散步。",
        "“以前这里一下雨就积水，现在好多了。”家住附近的{who}说。",
        "据{org}介绍，今年{city}计划投入资金{n}亿元，用于{topic}及配套设施建设。",
        "下一步，{city}将继续聚焦群众关切，推动{topic}工作落地见效。",
    ],
    "seo": [
        "根据{org}发布的通知，{topic}相关事项自下月1日起执行。",
        "需要注意的是，{who}在办理{topic}相关业务时，需携带本人身份证件原件。",
        "{city}{org}工作人员表示，市民也可通过政务服务网在线办理，无需跑腿。",
        "对于网传{topic}将全面取消的说法，{org}明确回应称系谣言。",
    ],
    "tt": [
        "接到求助后，{org}民警迅速赶到{place}，在{who}的配合下将人安全救出。",
        "事后，当事人专程送来锦旗，感谢{who}的无私帮助。",
        "“换作任何人都会这么做的。”{who}不好意思地说。",
        "据了解，这已经是{who}今年第{n}次参与类似救助。",
    ],
    "old": [
        "记者从{city}{org}获悉，截至目前，全区已有{n}个居住区完成{topic}试点。",
        "居委会干部介绍，{place}曾是居民反映最集中的地方，如今面貌焕然一新。",
        "不少{who}主动报名，利用业余时间参与{topic}宣传引导。",
    ],
}
_OPEN = ["", "", "据悉，", "与此同时，", "近年来，", "今年以来，", "此外，", "据了解，", "目前，"]
_SUBJ = ["当地", "相关部门", "街道", "社区", "该区", "工作人员", "居民代表", "执法人员"]
_PRED = [
    "加大巡查检查力度",
    "完善长效管理机制",
    "畅通群众反映渠道",
    "开展集中宣传活动",
    "推动问题整改到位",
    "强化部门协同联动",
    "主动上门走访群众",
    "细化工作任务清单",
    "落实网格化管理",
    "组织志愿服务队伍",
    "建立问题台账",
    "开展专项排查行动",
]
_TAIL = [
    "。",
    "，取得了积极成效。",
    "，群众满意度不断提升。",
    "，相关工作正在有序推进。",
    "，受到居民的广泛好评。",
]
CAPTIONS = [
    "{month}月{day}日，{city}{place}一景",
    "{org}工作人员在{place}开展检查",
    "{who}在{place}接受采访",
    "{month}月{day}日，志愿者在{city}街头开展{topic}宣传",
    "改造后的{place}",
]
SUBHEADS = {
    "df": ["事件回顾", "专家提醒"],
    "sh": ["小切口解决大民生", "下一步怎么干"],
    "seo": ["办理条件", "常见问题"],
    "tt": ["危急时刻", "平凡善举"],
    "old": ["试点先行", "居民自治"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    return {
        "city": rng.choice(CITIES[tpl]),
        "place": rng.choice(PLACES),
        "who": rng.choice(WHO),
        "org": rng.choice(ORGS),
        "topic": rng.choice(TOPICS[tpl]),
        "n": str(rng.randint(3, 60)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
