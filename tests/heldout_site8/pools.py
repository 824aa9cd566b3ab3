"""Word pools for the eighth held-out site: names, places, headline and sentence frames for the
five templates (a portal's finance and news desk, a national daily's web edition, a Beijing
metro daily, an international-news portal, self-media accounts). Every body is drawn from a
seeded RNG."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import (  # the name, place and sentence pools site 8 shares
    CAPTIONS,
    OPEN,
    PLACES,
    PRED,
    PROVINCES,
    SUBJ,
    TAIL,
    caption,
    fill,
    names,
)

TOPICS = {
    "ifeng": [
        "楼市新政",
        "低空经济",
        "中东局势",
        "车企价格战",
        "县城消费",
        "养老金调整",
        "新能源出海",
        "大学生就业",
        "AI大模型",
        "演唱会经济",
        "芯片产业链",
        "跨境游",
    ],
    "gmw": [
        "新时代文明实践",
        "科技创新",
        "文化遗产保护",
        "基础研究",
        "乡村教育",
        "古籍整理",
        "全民阅读",
        "高校思政课",
        "生态文明建设",
        "非物质文化遗产",
        "青年科学家",
        "博物馆热",
    ],
    "bjnews": [
        "北京中轴线申遗",
        "京津冀协同",
        "学区划片",
        "胡同更新",
        "社区食堂",
        "北京楼市",
        "地铁新线",
        "平台经济",
        "医保报销",
        "回天地区",
        "网约车司机",
        "预付式消费",
    ],
    "huanqiu": [
        "中美经贸",
        "俄乌冲突",
        "红海航运",
        "欧盟对华电动车调查",
        "日本核污染水",
        "中东停火谈判",
        "金砖合作",
        "菲律宾南海挑衅",
        "美国大选",
        "中欧班列",
        "朝鲜半岛局势",
        "G7峰会",
    ],
    "bjh": [
        "副业收入",
        "考公热",
        "车贷陷阱",
        "彩礼风俗",
        "县城房价",
        "年轻人存钱",
        "宠物经济",
        "露营热",
        "中年失业",
        "小县城创业",
        "二胎政策",
        "退休返聘",
    ],
}
ORGS = {
    "ifeng": ["业内人士", "中指研究院", "乘联会", "多位受访者", "一位券商分析师", "相关部门"],
    "gmw": ["中国社会科学院", "国家文物局", "教育部", "中国科学院", "国家图书馆", "中宣部"],
    "bjnews": [
        "北京市住建委",
        "北京市交通委",
        "北京市卫健委",
        "北京市教委",
        "市场监管部门",
        "属地街道",
    ],
    "huanqiu": [
        "外交部发言人",
        "美国国务院",
        "俄罗斯国防部",
        "欧盟委员会",
        "中国驻外使馆",
        "多家外媒",
    ],
    "bjh": ["网友", "一位老乡", "我的同事", "业内朋友", "当地人", "不少年轻人"],
}
HEAD = {
    "ifeng": [
        "{topic}再迎重磅利好，{place}率先落地",
        "独家｜{topic}背后：{n}家企业的生死时速",
        "{org}：{topic}或迎拐点",
        "{topic}降温？{place}一线调查",
        "风暴眼｜{topic}的{n}个疑问",
        "{place}{topic}升温，谁在买单",
        "凤凰网财经｜{topic}新变量",
        "{topic}：{place}的突围样本",
    ],
    "gmw": [
        "让{topic}焕发新的生机",
        "{topic}：在守正创新中开拓前行",
        "以{topic}助力中国式现代化",
        "光明日报记者走基层｜{place}的{topic}故事",
        "{org}推进{topic}取得新进展",
        "{topic}，如何走深走实",
        "{province}：{topic}蔚然成风",
        "【光明论坛】推动{topic}高质量发展",
    ],
    "bjnews": [
        "{topic}新进展：{place}方向{n}个项目开工",
        "{org}回应{topic}热点问题",
        "{topic}调查｜记者实探{n}个点位",
        "北京{topic}再提速，这些区域受益",
        "{topic}有新变化，{n}月起实施",
        "“{topic}”背后，一群人的坚守",
        "{topic}何时落地？{org}最新答复",
        "新京报调查｜{topic}乱象",
    ],
    "huanqiu": [
        "{org}就{topic}表态",
        "{topic}最新！{place}方面回应",
        "外媒关注{topic}：{n}大看点",
        "{topic}持续发酵，{org}发声",
        "环球时报社评：{topic}不应被政治化",
        "{topic}，{place}又有新动作",
        "{org}：{topic}损人不利己",
        "独家｜{topic}，专家这样解读",
    ],
    "bjh": [
        "{topic}真相：说出来你可能不信",
        "在{place}{topic}，我算了一笔账",
        "{topic}越来越普遍，背后原因太现实",
        "35岁后才明白，{topic}有多重要",
        "{topic}到底值不值？看完就懂了",
        "老家{place}的{topic}，变了",
        "关于{topic}，普通人要注意这{n}点",
        "{topic}这件事，很多人都想错了",
    ],
}
FRAMES = {
    "ifeng": [
        "{org}数据显示，{month}月{place}相关成交同比增长{pct}%。",
        "“现在的市场，比的是谁更能熬。”{person}对凤凰网说。",
        "凤凰网注意到，{org}近期已多次释放相关信号。",
        "一位接近监管的人士透露，相关细则有望在年内出台。",
        "在{place}，{person}经营的门店客流较去年明显回升。",
        "截至发稿，涉事企业尚未对此作出公开回应。",
    ],
    "gmw": [
        "{org}有关负责人介绍，目前全国已建成相关平台{n}个。",
        "“只有扎根大地，研究才有生命力。”{person}说。",
        "近年来，{province}把{topic}作为一项基础性工作来抓。",
        "专家认为，{topic}既要保护好，也要利用好。",
        "走进{place}，{topic}的成果随处可见。",
        "据统计，{place}已累计开展各类活动{n2}场，惠及群众{n}万人次。",
    ],
    "bjnews": [
        "新京报记者注意到，{place}周边已有多处施工围挡。",
        "“以前办事要跑好几趟，现在一次就能办完。”居民{person}说。",
        "{org}相关负责人表示，将持续跟踪问题整改情况。",
        "记者从{org}获悉，今年北京计划完成相关任务{n}项。",
        "{month}月{day}日，新京报记者来到{place}附近，现场人流不断。",
        "对此，{org}回复称，相关工作正在有序推进。",
    ],
    "huanqiu": [
        "{org}当地时间{month}月{day}日表示，将密切关注事态发展。",
        "《环球时报》记者注意到，多家外媒对此进行了报道。",
        "中国人民大学教授{person}对《环球时报》记者表示，此举暴露出其真实意图。",
        "据路透社报道，{place}方面已就此召开紧急会议。",
        "分析人士认为，{topic}短期内难以出现根本性转变。",
        "{org}称，相关措施将于下月生效。",
    ],
    "bjh": [
        "说实话，我身边就有{n}个朋友遇到过这种事。",
        "我在{place}待了{n}年，这几年变化真的太大了。",
        "很多人觉得{topic}离自己很远，其实不然。",
        "算下来，一年要多花{n2}块钱，这还不算人情往来。",
        "你们那边是什么情况？欢迎在评论区聊聊。",
        "{org}说，现在年轻人压力大，能理解。",
    ],
}
SUBHEADS = {
    "ifeng": ["一、价格松动", "二、资金去向", "三、下一步怎么走"],
    "gmw": ["守护文脉", "科技赋能", "久久为功"],
    "bjnews": ["现场：施工有序推进", "进展：年内完成主体工程", "回应：将加强沟通"],
    "huanqiu": ["“这是一种政治操弄”", "外界反应不一", "专家：影响有限"],
    "bjh": ["01 先说结论", "02 为什么这么说", "03 普通人怎么办"],
}


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": rng.choice(PROVINCES),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL))
headline, sentence, paragraphs = POOLS.headline, POOLS.sentence, POOLS.paragraphs


__all__ = ["SUBHEADS", "caption", "context", "headline", "names", "paragraphs"]
