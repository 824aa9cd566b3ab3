"""Word pools for the thirty-sixth held-out site: prefecture-city and county news portals (a city
newspaper group's 新闻网, a county 融媒体中心, a city portal, a local WordPress site and the
newspaper's mobile H5 pages). Every body is drawn from a seeded RNG; the pools are this site's
own. All names and words stay inside GB2312 (two of the templates are served in it)."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = [
    *("海波", "晓燕", "春生", "建国", "丽萍", "志强", "秋菊", "德明", "小军", "玉兰", "红梅"),
    *("国华", "俊杰", "雅琴", "家豪", "桂芳", "明辉", "淑珍", "勇", "静", "涛", "芳"),
    *("晓峰", "永红", "文娟", "世杰", "新民", "海燕", "立新", "春燕", "伟", "敏", "军"),
    *("一鸣", "思源", "嘉怡", "子豪", "雨欣", "浩宇", "梓涵", "晨阳", "晓庆", "卫平"),
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out:
            out.append(n)
    return out


TOPICS = {
    "fz": [
        "老旧小区改造",
        "文明城市创建",
        "招商引资",
        "重点项目建设",
        "营商环境",
        "城市更新",
        "民生实事",
        "防汛备汛",
        "数字经济",
        "生态修复",
    ],
    "rm": [
        "春耕备耕",
        "乡村振兴",
        "农村人居环境整治",
        "茶产业",
        "移风易俗",
        "基层治理",
        "义诊进村",
        "森林防火",
        "就业帮扶",
        "新时代文明实践",
    ],
    "ec": [
        "交通安全整治",
        "电信诈骗防范",
        "夜间经济",
        "农贸市场改造",
        "校园安全",
        "燃气安全",
        "公交线路优化",
        "河长制",
        "停车难治理",
        "物业管理",
    ],
    "wp": [
        "美食街",
        "油菜花节",
        "古镇旅游",
        "社区团购",
        "杨梅采摘",
        "民宿经济",
        "露营基地",
        "非遗手艺",
        "老街改造",
        "夜市",
    ],
    "h5": [
        "中考招生",
        "医保缴费",
        "高铁站建设",
        "暴雨预警",
        "房地产市场",
        "人才政策",
        "消费券发放",
        "全民健身",
        "社保服务",
        "垃圾分类",
    ],
}
PLACES = {
    "fz": [
        "宁川经开区",
        "江北新区",
        "东湖街道",
        "城南片区",
        "高新区",
        "滨江新城",
        "西塘镇",
        "凤山街道",
    ],
    "rm": [
        "城关镇",
        "东坪镇",
        "石门乡",
        "双河口村",
        "龙潭镇",
        "柳林村",
        "白水乡",
        "清河县工业园区",
    ],
    "ec": [
        "澄州市区",
        "南门街道",
        "城东社区",
        "澄江路",
        "北关镇",
        "解放路",
        "新华街道",
        "江滨公园",
    ],
    "wp": ["梅溪老街", "梅溪镇", "桃源村", "溪口村", "青石板街", "梅溪湿地", "竹林湾", "上河村"],
    "h5": [
        "宁川城区",
        "宁川东站",
        "江北新区",
        "宁川市第一中学",
        "市民中心",
        "滨江公园",
        "城西片区",
        "宁川南站",
    ],
}
ORGS = {
    "fz": [
        "市发展改革委",
        "市住建局",
        "市商务局",
        "市委宣传部",
        "市自然资源和规划局",
        "市生态环境局",
    ],
    "rm": ["县农业农村局", "县委组织部", "县卫健局", "县林业局", "县人社局", "县文明办"],
    "ec": [
        "市公安局交警支队",
        "市市场监管局",
        "市城管局",
        "市交通运输局",
        "市水利局",
        "市应急管理局",
    ],
    "wp": ["镇文旅办", "镇政府", "村委会", "县文旅局", "镇农业服务中心", "镇商会"],
    "h5": ["市教育局", "市医保局", "市气象台", "市住建局", "市人社局", "市体育局"],
}
HEAD = {
    "fz": [
        "{place}{topic}跑出加速度",
        "{org}部署推进{topic}工作",
        "我市{topic}取得阶段性成效",
        "{topic}｜{place}：小切口撬动大民生",
        "聚焦{topic}　{place}打出“组合拳”",
        "{place}{topic}项目集中开工",
        "以{topic}为抓手推动高质量发展",
    ],
    "rm": [
        "{place}：{topic}忙不停",
        "{org}扎实推进{topic}",
        "{topic}　{place}在行动",
        "【乡村振兴】{place}{topic}见实效",
        "{place}{topic}绘就新画卷",
        "清河县召开{topic}工作推进会",
    ],
    "ec": [
        "{org}开展{topic}专项行动",
        "{place}{topic}有了新进展",
        "澄州：{topic}让市民更安心",
        "{topic}，{place}这样做",
        "市民关注｜{place}{topic}进展如何？",
        "{org}通报{topic}最新情况",
    ],
    "wp": [
        "{place}{topic}火了！周末人气爆棚",
        "{topic}来了，{place}等你来打卡",
        "梅溪人注意！{place}{topic}有新变化",
        "{place}的{topic}，藏着满满的烟火气",
        "{topic}季｜{place}迎来客流高峰",
        "实拍{place}{topic}，太美了",
    ],
    "h5": [
        "权威发布｜{org}公布{topic}最新安排",
        "{topic}有新消息！{place}市民速看",
        "{org}：{topic}工作全面启动",
        "关于{topic}，{org}最新回应",
        "{place}{topic}迎来新进展",
        "事关{topic}，宁川最新通知",
    ],
}
FRAMES = {
    "fz": [
        "{org}相关负责人介绍，今年以来全市{topic}累计完成投资{n2}万元。",
        "在{place}，记者看到，{topic}各项工作正有序推进。",
        "据了解，我市将{topic}列入年度民生实事项目。",
        "“{topic}让我们实实在在得了实惠。”{place}居民{person}说。",
    ],
    "rm": [
        "{place}党委书记{person}介绍，今年全镇{topic}覆盖农户{n2}户。",
        "连日来，{place}干部群众抢抓农时，推进{topic}。",
        "{org}负责人表示，将持续推动{topic}走深走实。",
        "“{topic}办到了我们心坎上。”村民{person}笑着说。",
    ],
    "ec": [
        "{org}有关负责人介绍，此次行动共检查点位{n2}处，整改问题{n}个。",
        "记者在{place}看到，{topic}工作人员正在现场忙碌。",
        "市民{person}告诉记者，{topic}之后出行方便多了。",
        "下一步，{org}将建立{topic}长效机制。",
    ],
    "wp": [
        "周末一大早，{place}就迎来了不少游客，{topic}成了大家的热门选择。",
        "从城里赶来的{person}说：“第一次来{place}，{topic}真的很惊喜。”",
        "据{org}工作人员介绍，今年{topic}预计接待游客{n2}人次。",
        "走进{place}，{topic}的热闹气氛扑面而来。",
    ],
    "h5": [
        "记者从{org}获悉，{topic}相关工作将于近期启动。",
        "{org}提醒广大市民，{topic}请以官方发布的信息为准。",
        "截至目前，全市{topic}累计服务群众{n2}人次。",
        "家住{place}的{person}说，{topic}的消息让大家很关心。",
    ],
}
_OPEN = ["", "", "据介绍，", "同时，", "目前，", "近年来，", "记者了解到，", "此外，", "下一步，"]
_SUBJ = ["各镇街", "相关部门", "当地", "各村（社区）", "工作人员", "党员干部", "企业", "志愿者"]
_PRED = [
    "坚持问题导向",
    "加强统筹调度",
    "主动上门服务",
    "细化工作举措",
    "压实工作责任",
    "强化督查检查",
    "广泛宣传发动",
    "优化办事流程",
    "加大资金投入",
    "推动政策落地",
]
_TAIL = [
    "，确保各项任务按时完成。",
    "，群众满意度持续提升。",
    "，取得了明显成效。",
    "，为全市发展大局贡献力量。",
    "。",
]
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}开展{topic}相关工作。",
    "{place}{topic}现场。",
    "{month}月{day}日，市民在{place}参与{topic}活动。",
    "图为{place}{topic}一角。",
    "{month}月{day}日，{org}工作人员在{place}检查{topic}情况。",
]
SUBHEADS = {
    "fz": ["谋定而动　挂图作战", "精准发力　破解难题", "久久为功　惠及民生"],
    "rm": ["党建引领聚合力", "产业发展有奔头", "乡风文明润人心"],
    "ec": ["摸清底数找问题", "多管齐下抓整治", "长效管理不松劲"],
    "wp": ["老手艺焕发新活力", "游客口碑好", "周边配套越来越全"],
    "h5": ["时间安排", "办理流程", "注意事项"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {"month": "5", "day": "7", **ctx}
    vals.update(n=rng.randint(3, 95), n2=rng.randint(120, 9800), d=rng.randint(1, 9))
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "person": zh_name(rng),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), topics=TOPICS)
