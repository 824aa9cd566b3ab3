"""Word pools for the nineteenth held-out site: headline and sentence frames for five regional
newspaper groups' news sites (浙江在线, 扬子晚报/紫牛新闻, 新民晚报/新民网, 齐鲁晚报/齐鲁壹点,
成都商报/红星新闻). Names and the generic sentence parts are site 7's; every body is drawn from a
seeded RNG."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import OPEN, PRED, SUBJ, TAIL, fill, names

PLACES = {
    "zjol": [
        "杭州",
        "宁波",
        "温州",
        "嘉兴",
        "湖州",
        "绍兴",
        "金华",
        "衢州",
        "舟山",
        "台州",
        "丽水",
    ],
    "yz": ["南京", "苏州", "无锡", "常州", "扬州", "镇江", "南通", "泰州", "盐城", "淮安"],
    "xm": ["浦东新区", "徐汇区", "静安区", "黄浦区", "杨浦区", "闵行区", "长宁区", "虹口区"],
    "ql": ["济南", "青岛", "淄博", "烟台", "潍坊", "济宁", "泰安", "临沂", "威海", "聊城"],
    "hx": ["成都", "绵阳", "德阳", "宜宾", "乐山", "南充", "眉山", "泸州", "雅安", "达州"],
}
PROVINCE = {"zjol": "浙江", "yz": "江苏", "xm": "上海", "ql": "山东", "hx": "四川"}

TOPICS = {
    "zjol": [
        "共同富裕示范区建设",
        "山区海岛县高质量发展",
        "“千万工程”",
        "数字化改革",
        "未来社区",
        "民营经济",
        "亚运场馆赛后利用",
        "县域医共体",
        "海岛公园",
        "“地瓜经济”",
        "浙BA",
        "老年助餐服务",
        "乡村运营",
    ],
    "yz": [
        "地铁新线开通",
        "老城南更新",
        "苏超联赛",
        "夜经济",
        "高考志愿填报",
        "江豚保护",
        "秦淮灯会",
        "电动自行车新国标",
        "梅雨季防汛",
        "小龙虾上市",
        "学区划片",
        "医保异地结算",
        "网约车整治",
    ],
    "xm": [
        "一江一河公共空间",
        "“15分钟社区生活圈”",
        "旧区改造",
        "外滩灯光秀",
        "浦东引领区建设",
        "垃圾分类",
        "上海书展",
        "城中村改造",
        "老字号焕新",
        "进博会筹备",
        "黄浦江游船",
        "社区食堂",
        "加装电梯",
    ],
    "ql": [
        "泉水节",
        "淄博烧烤",
        "黄河生态保护",
        "济南地铁",
        "中高考",
        "小麦夏收",
        "泰山景区",
        "海洋牧场",
        "新旧动能转换",
        "老旧小区改造",
        "青岛啤酒节",
        "农村供水",
        "孔子文化节",
    ],
    "hx": [
        "大熊猫基地",
        "成都地铁",
        "天府国际机场",
        "川西旅游",
        "高温限电",
        "三星堆考古",
        "成渝双城经济圈",
        "公园城市",
        "大运会场馆",
        "川菜产业",
        "九寨沟景区",
        "锦江夜游",
        "蓉城校园",
    ],
}
ORGS = {
    "zjol": ["省发展改革委", "省农业农村厅", "省文旅厅", "杭州市政府", "省卫健委", "省商务厅"],
    "yz": ["南京市交通局", "省教育考试院", "市场监管部门", "南京地铁", "省水利厅", "市城管局"],
    "xm": ["市住建委", "市文旅局", "市绿化市容局", "浦东新区政府", "市商务委", "街道办"],
    "ql": ["济南市住建局", "省农业农村厅", "省文旅厅", "济南轨道交通集团", "市城管局", "省教育厅"],
    "hx": [
        "成都市交通运输局",
        "省文旅厅",
        "大熊猫繁育研究基地",
        "市气象台",
        "省考古院",
        "成都地铁",
    ],
}
HEAD = {
    "zjol": [
        "{province}{topic}再出新招",
        "{place}：{topic}跑出加速度",
        "{topic}的{place}探索",
        "{org}发布{topic}新举措",
        "从{topic}看{place}发展新动能",
        "{place}{topic}交出高分答卷",
        "{topic}如何走深走实？{place}这样做",
        "{org}：今年{topic}投入{n}亿元",
    ],
    "yz": [
        "{place}{topic}有新消息",
        "{topic}来了！{place}市民这样说",
        "{topic}，扬子晚报记者实地探访",
        "{org}回应{topic}热点",
        "{place}{topic}，你关心的都在这里",
        "{topic}背后的{place}故事",
        "紫牛调查｜{place}{topic}乱象",
        "{topic}时间定了",
    ],
    "xm": [
        "{place}{topic}有了新变化",
        "{topic}，申城又有新看点",
        "新民眼｜{topic}的“最后一公里”",
        "{org}：{topic}年内完成{n}项",
        "{place}：{topic}让居民笑开颜",
        "{topic}，上海这样破题",
        "记者探访{place}{topic}现场",
        "{topic}再提速",
    ],
    "ql": [
        "{place}{topic}火了",
        "{topic}，{place}市民有话说",
        "壹点调查｜{place}{topic}进展如何",
        "{org}发布{topic}最新消息",
        "{topic}进行时：{place}见闻",
        "{place}{topic}迎来新节点",
        "关于{topic}，{org}回应了",
        "{topic}，{place}有了新打算",
    ],
    "hx": [
        "{place}{topic}最新进展",
        "红星调查｜{topic}背后",
        "{topic}，{place}迎来新变化",
        "{org}回应{topic}",
        "直击{place}{topic}现场",
        "{topic}热度持续，{place}接待量创新高",
        "{topic}：{org}公布{n}项举措",
        "红星新闻记者探访{place}{topic}",
    ],
}
FRAMES = {
    "zjol": [
        "“这几年变化太大了。”{place}村民{person}说。",
        "记者在{place}采访时看到，不少项目正在加紧推进。",
        "{org}相关负责人介绍，今年将重点推进{n}项任务。",
        "据统计，{place}今年一季度相关投资同比增长{pct}%。",
        "下一步，{place}将持续深化{topic}，打造更多标志性成果。",
    ],
    "yz": [
        "“我们一家都很期待。”市民{person}告诉扬子晚报记者。",
        "记者从{org}获悉，相关工作已进入收尾阶段。",
        "在{place}现场，记者看到前来咨询的市民络绎不绝。",
        "据了解，目前{place}已累计受理相关申请{n2}件。",
        "{org}提醒，市民如有疑问可拨打12345热线咨询。",
    ],
    "xm": [
        "“家门口就能办，方便多了。”居民{person}阿姨说。",
        "记者从{org}获悉，今年全市计划推进相关项目{n}个。",
        "在{place}，记者看到施工人员正在紧张作业。",
        "据介绍，项目建成后将惠及周边居民约{n2}户。",
        "{org}相关负责人表示，将继续听取市民意见，不断优化方案。",
    ],
    "ql": [
        "“来一趟真值了。”外地游客{person}说。",
        "记者从{org}了解到，相关工作正按计划推进。",
        "在{place}，记者看到现场秩序井然。",
        "据统计，{place}今年以来累计接待相关咨询{n2}人次。",
        "{org}工作人员提醒，市民可通过官方渠道查询最新信息。",
    ],
    "hx": [
        "“没想到变化这么快。”市民{person}对红星新闻记者说。",
        "红星新闻记者从{org}获悉，相关方案已经报批。",
        "在{place}现场，红星新闻记者看到不少市民排队等候。",
        "据了解，{place}今年已投入相关资金{n}亿元。",
        "{org}相关负责人表示，后续还将推出{n}项配套措施。",
    ],
}
SUBHEADS = {
    "zjol": ["从“盆景”到“风景”", "让群众有更多获得感", "久久为功"],
    "yz": ["现场：市民排起长队", "探访：变化看得见", "回应：正在加紧推进"],
    "xm": ["居民：盼了好多年", "难点：资金从哪里来", "破题：多方合力"],
    "ql": ["一大早就有人排队", "背后有哪些考量", "接下来怎么办"],
    "hx": ["现场：人气火爆", "回应：正在研究", "专家：需要长效机制"],
}
CAPTIONS = [
    "{month}月{day}日，市民在{place}参观体验。",
    "{place}街头一景。",
    "{month}月{day}日，工作人员在{place}现场作业。",
    "图为{place}{topic}现场。",
    "游客在{place}拍照留念。",
    "{month}月{day}日拍摄的{place}（无人机照片）。",
]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES[tpl], 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": PROVINCE[tpl],
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), tries=400, topics=TOPICS)

__all__ = ["POOLS", "SUBHEADS", "context", "names"]
