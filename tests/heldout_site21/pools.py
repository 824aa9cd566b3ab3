"""Word pools for the twenty-first held-out site: headline and sentence frames for five provincial
party-newspaper groups' portals (大河网 河南, 荆楚网 湖北, 东北网 黑龙江, 四川在线 四川, 华声在线
湖南). Names and the generic sentence parts are site 7's; every body is drawn from a seeded RNG."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import OPEN, PRED, SUBJ, TAIL, fill, names

PLACES = {
    "dahe": [
        "郑州",
        "洛阳",
        "开封",
        "新乡",
        "许昌",
        "南阳",
        "信阳",
        "商丘",
        "周口",
        "安阳",
        "焦作",
    ],
    "hubei": ["武汉", "宜昌", "襄阳", "荆州", "黄冈", "孝感", "十堰", "恩施", "咸宁", "荆门"],
    "dbw": [
        "哈尔滨",
        "齐齐哈尔",
        "牡丹江",
        "佳木斯",
        "大庆",
        "鸡西",
        "黑河",
        "伊春",
        "绥化",
        "漠河",
    ],
    "scol": ["成都", "绵阳", "自贡", "攀枝花", "泸州", "广元", "遂宁", "内江", "乐山", "阿坝州"],
    "voc": ["长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "张家界", "郴州", "怀化", "湘西州"],
}
PROVINCE = {"dahe": "河南", "hubei": "湖北", "dbw": "黑龙江", "scol": "四川", "voc": "湖南"}
TOPICS = {
    "dahe": [
        "三夏麦收",
        "黄河流域生态保护",
        "郑州航空港建设",
        "豫剧进校园",
        "万岁山武侠城",
        "高标准农田",
        "老旧小区改造",
        "中原科技城",
        "洛阳牡丹文化节",
        "高速公路“13445工程”",
        "红旗渠精神传承",
        "县域经济“成高原”",
    ],
    "hubei": [
        "光谷科技创新",
        "长江大保护",
        "汉马赛事",
        "武汉樱花季",
        "宜昌磷化工转型",
        "襄阳汽车产业",
        "荆州古城保护",
        "鄂州花湖机场",
        "“515”行动",
        "江汉平原春耕",
        "恩施硒产业",
        "武汉新城建设",
    ],
    "dbw": [
        "冰雪旅游",
        "黑土地保护",
        "中俄边境贸易",
        "大豆振兴计划",
        "哈尔滨冰雪大世界",
        "大庆油田稳产",
        "林区转型发展",
        "亚冬会筹备",
        "寒地黑土农业",
        "五大连池旅游",
        "哈尔滨中央大街",
        "避暑旅游季",
    ],
    "scol": [
        "大熊猫国家公园",
        "成渝地区双城经济圈",
        "三星堆考古",
        "川酒振兴",
        "天府粮仓建设",
        "攀西战略资源开发",
        "川西环线旅游",
        "水电外送通道",
        "世园会筹备",
        "川南城市群",
        "都江堰灌区",
        "天府新区建设",
    ],
    "voc": [
        "湘江新区建设",
        "张家界旅游提质",
        "“三高四新”",
        "湘绣传承",
        "洞庭湖生态治理",
        "株洲轨道交通装备",
        "湘西乡村振兴",
        "长沙夜经济",
        "岳阳港扩能",
        "湖南烟花",
        "衡阳对接粤港澳",
        "马栏山视频文创园",
    ],
}
ORGS = {
    "dahe": [
        "省农业农村厅",
        "省发展改革委",
        "郑州市政府",
        "省文化和旅游厅",
        "省住建厅",
        "省交通运输厅",
    ],
    "hubei": ["省经信厅", "武汉市政府", "省生态环境厅", "东湖高新区管委会", "省商务厅", "省文旅厅"],
    "dbw": ["省农业农村厅", "哈尔滨市政府", "省商务厅", "省文旅厅", "省林草局", "省体育局"],
    "scol": ["省发展改革委", "省文旅厅", "省林草局", "成都市政府", "省经济和信息化厅", "省水利厅"],
    "voc": ["省发展改革委", "长沙市政府", "省文旅厅", "省商务厅", "省生态环境厅", "湘江新区管委会"],
}
HEAD = {
    "dahe": [
        "{place}：{topic}跑出“加速度”",
        "河南{topic}再迎新进展",
        "{topic}，{place}这样干",
        "{org}部署推进{topic}",
        "聚焦{topic}｜{place}交出亮眼答卷",
        "{place}{topic}提质增效",
    ],
    "hubei": [
        "{place}加快推进{topic}",
        "湖北{topic}按下“快进键”",
        "{topic}有了新打法",
        "{org}：全力以赴抓好{topic}",
        "{place}{topic}观察",
        "荆楚大地{topic}热潮涌动",
    ],
    "dbw": [
        "{place}{topic}开新局",
        "龙江{topic}持续升温",
        "{org}推动{topic}提档升级",
        "{topic}：{place}在行动",
        "黑龙江{topic}迈出新步伐",
        "走进{place}看{topic}",
    ],
    "scol": [
        "{place}{topic}再提速",
        "四川{topic}取得阶段性成效",
        "{topic}背后的“{place}答卷”",
        "{org}发布{topic}新举措",
        "{place}：{topic}有看头",
        "奋力推进{topic}",
    ],
    "voc": [
        "{place}{topic}跑出新速度",
        "湖南{topic}亮点纷呈",
        "{topic}，{place}有新招",
        "{org}推进{topic}落地见效",
        "{place}{topic}按下快进键",
        "三湘四水看{topic}",
    ],
}
FRAMES = {
    "dahe": [
        "记者从{org}获悉，{place}{topic}相关工作正有序推进。",
        "“这两年变化太大了！”{place}居民{person}感慨。",
        "据统计，{place}今年以来累计完成投资{n}亿元。",
    ],
    "hubei": [
        "记者从{org}了解到，{topic}已纳入年度重点任务清单。",
        "“日子越过越有奔头。”{place}群众{person}笑着说。",
        "截至目前，{place}已建成相关项目{n}个。",
    ],
    "dbw": [
        "{org}有关负责人介绍，{topic}将持续发力。",
        "“来了就不想走。”来自外省的游客{person}说。",
        "数据显示，{place}今年前{month2}个月相关指标增长{pct}%。",
    ],
    "scol": [
        "{org}相关负责人表示，下一步将聚焦{topic}精准施策。",
        "“现在办事方便多了。”{place}市民{person}说。",
        "据悉，{place}计划年内再推出{n}项配套举措。",
    ],
    "voc": [
        "{org}负责人介绍，{place}将把{topic}作为重点来抓。",
        "“我们对未来充满信心。”{place}企业负责人{person}说。",
        "记者了解到，{place}已累计落地项目{n}个。",
    ],
}
SUBHEADS = {
    "dahe": ["【抓项目】多点发力", "【强保障】服务到位", "【惠民生】群众受益"],
    "hubei": ["坚持项目为王", "突出创新驱动", "强化要素保障"],
    "dbw": ["优化服务 激发活力", "补齐短板 夯实基础", "创新模式 提质增效"],
    "scol": ["变化：从“有没有”到“好不好”", "难点：如何持续发力", "展望：未来可期"],
    "voc": ["一线观察", "数据说话", "各方声音"],
}
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}一处项目现场作业。",
    "这是{month}月{day}日拍摄的{place}城区一角（无人机照片）。",
    "{month}月{day}日，市民在{place}参观体验。",
    "图为{place}{topic}现场。",
    "游客在{place}打卡拍照。",
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
