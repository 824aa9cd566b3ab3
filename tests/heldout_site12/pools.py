"""Word pools for the twelfth held-out site: topics, organisations, headline and sentence frames
for the five templates (the central government's portal, the national radio's web site, a
Shandong provincial portal, a Chongqing news portal, a provincial environment department). The
name, place and sentence pools and the fill/caption helpers are site 7's."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import (  # the name, place and sentence pools site 12 shares
    CAPTIONS,
    OPEN,
    PLACES,
    PRED,
    SUBJ,
    TAIL,
    caption,
    fill,
    names,
)

TOPICS = {
    "govcn": [
        "设备更新",
        "消费品以旧换新",
        "城市更新",
        "养老服务",
        "数字政府建设",
        "安全生产治本攻坚",
        "农村公路",
        "高标准农田",
        "职业教育",
        "营商环境",
        "托育服务",
        "政务服务效能提升",
    ],
    "cnr": [
        "夏粮收购",
        "文旅消费",
        "汛期安全",
        "新能源汽车下乡",
        "银发经济",
        "县域商业",
        "铁路暑运",
        "高校毕业生就业",
        "适老化改造",
        "低空经济",
        "智慧农业",
        "跨境电商",
    ],
    "dzwww": [
        "黄河流域生态保护",
        "海洋强省建设",
        "乡村振兴齐鲁样板",
        "海洋牧场",
        "新旧动能转换",
        "淄博烧烤",
        "港口一体化",
        "预制菜产业",
        "泰山文旅",
        "海水淡化",
        "寿光蔬菜",
        "济南起步区",
    ],
    "cqnews": [
        "成渝地区双城经济圈",
        "西部陆海新通道",
        "两江四岸治理提升",
        "山城步道",
        "轨道交通",
        "数字重庆建设",
        "智能网联新能源汽车",
        "巴渝和美乡村",
        "城市更新",
        "长江十年禁渔",
        "夜间经济",
        "老旧小区改造",
    ],
    "sthj": [
        "大气污染防治",
        "长江保护修复",
        "入河排污口整治",
        "土壤污染防治",
        "生态环境执法",
        "环评审批改革",
        "固体废物治理",
        "美丽河湖建设",
        "碳排放权交易",
        "农村生活污水治理",
        "噪声污染防治",
        "生态环境监测",
    ],
}
ORGS = {
    "govcn": ["国务院", "国家发展改革委", "财政部", "商务部", "住房城乡建设部", "国家统计局"],
    "cnr": ["农业农村部", "国铁集团", "文化和旅游部", "交通运输部", "人社部", "商务部"],
    "dzwww": [
        "山东省发展改革委",
        "山东省海洋局",
        "山东省农业农村厅",
        "济南市政府",
        "青岛市商务局",
        "省港口集团",
    ],
    "cqnews": [
        "重庆市发展改革委",
        "市住房城乡建委",
        "两江新区",
        "市交通局",
        "渝中区",
        "市商务委",
    ],
    "sthj": [
        "省生态环境厅",
        "省生态环境保护综合行政执法总队",
        "省环境监测总站",
        "成都市生态环境局",
        "绵阳市生态环境局",
        "宜宾市生态环境局",
    ],
}
HEAD = {
    "govcn": [
        "国务院常务会议部署推进{topic}工作",
        "{org}：{topic}取得积极进展",
        "多部门联合推动{topic}落地见效",
        "{province}加快推进{topic}",
        "国新办举行发布会介绍{topic}有关情况",
        "今年以来{topic}稳步推进 {n}项举措落地",
        "{org}部署做好{topic}有关工作",
        "权威发布｜{topic}有了新安排",
    ],
    "cnr": [
        "{province}：{topic}按下“快进键”",
        "{topic}持续升温 {place}多措并举",
        "{org}：{topic}进展顺利",
        "【新闻和报纸摘要】{topic}有序推进",
        "走基层｜{place}：{topic}带来新变化",
        "{topic}观察：{place}的新探索",
        "{org}发布{topic}最新数据",
        "{place}{topic}交出亮眼成绩单",
    ],
    "dzwww": [
        "山东{topic}再添新动能",
        "{place}：{topic}跑出“加速度”",
        "{org}出台{n}条措施推进{topic}",
        "{topic}的山东答卷",
        "打造{topic}新高地 {place}这样干",
        "{topic}按下快进键 {org}发布新政",
        "海报直击｜{topic}现场见闻",
        "{topic}提质增效 {n}个项目集中开工",
    ],
    "cqnews": [
        "重庆{topic}再传新进展",
        "{org}：{topic}取得新突破",
        "{topic}“上新” 市民点赞",
        "新重庆·新发展｜{topic}跑出加速度",
        "{topic}提速 {n}个重点项目集中签约",
        "记者探访｜{topic}的重庆实践",
        "{org}发布{topic}实施方案",
        "{topic}有了时间表 {n}月底前完成",
    ],
    "sthj": [
        "省生态环境厅召开{topic}工作推进会",
        "{org}扎实推进{topic}",
        "省生态环境厅开展{topic}专项督导",
        "{org}：{topic}取得阶段性成效",
        "全省{topic}现场会在{place}召开",
        "{org}多措并举推进{topic}",
        "省生态环境厅赴{place}调研{topic}工作",
        "{topic}培训班在{place}举办",
    ],
}
FRAMES = {
    "govcn": [
        "会议指出，要坚持稳中求进工作总基调，推动{topic}取得新成效。",
        "{org}有关负责人表示，将会同有关方面抓好政策落实。",
        "各地区各部门要结合实际，认真贯彻落实。",
        "要加强组织领导，压实工作责任，确保各项任务落到实处。",
        "据统计，{month}月份全国相关投资同比增长{pct}%。",
        "会议强调，要统筹发展和安全，守住不发生系统性风险底线。",
    ],
    "cnr": [
        "“今年的形势比去年好。”{person}告诉记者。",
        "{org}相关负责人在接受央广网记者采访时表示，下一步将持续加大支持力度。",
        "在{place}，记者看到现场一派繁忙景象。",
        "据了解，{place}已累计建成相关设施{n}处。",
        "专家认为，{topic}正在成为拉动内需的重要力量。",
        "{month}月以来，{place}相关订单量同比增长{pct}%。",
    ],
    "dzwww": [
        "“以前想都不敢想，现在日子越过越有奔头。”{person}说。",
        "记者从{org}获悉，今年全省计划实施相关项目{n2}个。",
        "在{place}，一派繁忙的景象映入眼帘。",
        "{org}相关负责人介绍，下一步将进一步优化服务保障。",
        "今年以来，山东持续推进{topic}，取得明显成效。",
        "据介绍，项目建成后预计年产值可达{n}亿元。",
    ],
    "cqnews": [
        "“变化太大了，现在出门就是公园。”市民{person}说。",
        "记者从{org}获悉，目前相关工程已完成总量的{pct}%。",
        "{org}相关负责人表示，将加快推进项目建设。",
        "走进{place}，处处可见{topic}带来的新变化。",
        "据了解，重庆今年将新建相关项目{n}个。",
        "下一步，{org}将继续深化改革，推动{topic}提质增效。",
    ],
    "sthj": [
        "会议要求，各地要提高政治站位，切实扛起生态环境保护政治责任。",
        "{org}相关负责人通报了近期工作进展情况。",
        "今年以来，全省{topic}工作总体进展顺利。",
        "督导组深入现场，查阅相关资料，听取工作汇报。",
        "下一步，{org}将持续加强监督帮扶，推动问题整改到位。",
        "据监测，{month}月全省优良天数率同比上升{pct}个百分点。",
    ],
}
SUBHEADS = {
    "govcn": ["一、总体要求", "二、重点任务", "三、保障措施"],
    "cnr": ["政策加力", "市场回暖", "未来可期"],
    "dzwww": ["项目建设提速", "产业链条延伸", "服务保障到位"],
    "cqnews": ["一张蓝图绘到底", "项目建设跑出加速度", "群众获得感持续增强"],
    "sthj": ["一、提高思想认识", "二、聚焦重点任务", "三、强化督查问效"],
}
PROVINCES = ["河北", "山西", "江苏", "浙江", "安徽", "福建", "江西", "河南", "湖南", "广西"]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES, 2)
    if tpl == "dzwww":
        place, place2 = rng.sample(["济南", "青岛", "烟台", "潍坊", "淄博", "临沂", "威海"], 2)
    elif tpl == "cqnews":
        place, place2 = rng.sample(["渝中区", "江北区", "南岸区", "万州区", "涪陵区", "永川区"], 2)
    elif tpl == "sthj":
        place, place2 = rng.sample(["成都", "绵阳", "宜宾", "泸州", "南充", "乐山", "达州"], 2)
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
