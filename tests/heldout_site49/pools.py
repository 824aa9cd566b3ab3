"""Word pools for the forty-ninth held-out site: China's industry and sector press (agriculture,
water resources, transport, energy and power, chemicals). Every body is drawn from a seeded RNG;
the pools are this site's own. Names and words stay inside GB2312 (some pages are served in GBK
or GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡贾丁魏叶潘杜夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江顾侯邵孟龙段钱汤尹易常武乔贺"
)
GIVEN = [
    *("文博", "雅琴", "志强", "晓东", "丽娟", "春生", "玉兰", "建华", "海波", "秀英", "振华"),
    *("永刚", "红梅", "德明", "新民", "慧敏", "长青", "金凤", "少华", "宏伟", "雪梅", "朝阳"),
    *("磊", "娜", "鹏", "燕", "超", "芳", "强", "婷", "伟", "莉", "浩", "丹"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "nm": [
        "河南滑县",
        "黑龙江富锦",
        "山东寿光",
        "四川眉山",
        "江西万年",
        "安徽凤台",
        "甘肃定西",
        "湖南汉寿",
        "吉林梨树",
        "云南元谋",
    ],
    "sl": ["黄河", "长江", "淮河", "海河", "珠江", "松辽", "太湖", "汉江", "永定河", "洞庭湖"],
    "jt": ["京津冀", "长三角", "成渝", "粤港澳大湾区", "西部陆海新通道", "沿江", "黔东南", "川藏"],
    "ny": ["内蒙古", "新疆", "青海", "宁夏", "甘肃", "山西", "福建", "广东", "江苏", "四川"],
    "hg": ["宁波", "惠州", "连云港", "南京", "淄博", "榆林", "宁东", "古雷", "泉州", "上海"],
}
UNITS = {
    "nm": ["县农业农村局", "种粮大户", "农民专业合作社", "家庭农场", "农技推广站", "村集体"],
    "sl": ["流域管理机构", "省水利厅", "水文部门", "灌区管理局", "水库管理处", "河长办"],
    "jt": ["省交通运输厅", "公路管理局", "港口集团", "海事局", "交通投资集团", "物流企业"],
    "ny": ["国家电网", "南方电网", "发电集团", "新能源企业", "电力调度中心", "供电公司"],
    "hg": ["石化企业", "化工园区", "新材料企业", "化肥企业", "行业协会", "农药企业"],
}
THINGS = {
    "nm": [
        "小麦",
        "夏粮",
        "高标准农田",
        "春播",
        "玉米",
        "大豆",
        "农机",
        "果蔬",
        "乡村产业",
        "种业",
    ],
    "sl": [
        "防汛",
        "水资源",
        "数字孪生流域",
        "河湖长制",
        "灌区",
        "水土保持",
        "水利工程",
        "农村供水",
    ],
    "jt": ["高速公路", "农村公路", "内河航运", "港口", "道路运输", "交通强国", "客运", "冷链物流"],
    "ny": ["新型储能", "特高压", "风电", "光伏", "迎峰度夏", "电力保供", "抽水蓄能", "绿电交易"],
    "hg": ["乙烯", "化肥保供", "安全生产", "新材料", "绿色化工", "氢能", "精细化工", "化工园区"],
}
HEAD = {
    "nm": [
        "{place}：{thing}长势喜人 丰收在望",
        "{place}推进{thing}提质增效",
        "{thing}生产进度过半 {place}农民抢抓农时",
        "{place}{unit}：让{thing}成为增收“金钥匙”",
        "科技赋能{thing} {place}走出新路子",
        "{place}以{thing}为抓手推动乡村全面振兴",
        "记者蹲点{place}：{thing}一线见闻",
    ],
    "sl": [
        "{place}流域全面进入{thing}关键期",
        "水利部部署{place}流域{thing}工作",
        "{place}{thing}取得阶段性成效",
        "强化{thing}管理 {place}流域守护安澜",
        "{place}流域{unit}扎实推进{thing}",
        "聚焦{thing} {place}流域出台{num}项举措",
    ],
    "jt": [
        "{place}{thing}建设跑出“加速度”",
        "{place}：{thing}提质升级惠民生",
        "交通运输部部署{thing}工作",
        "{place}{unit}推动{thing}高质量发展",
        "前4个月{place}{thing}投资同比增长",
        "{thing}服务保障有力有序 {place}出行平稳",
    ],
    "ny": [
        "{place}{thing}装机突破{num}万千瓦",
        "{unit}全力做好{thing}各项工作",
        "{place}首个{thing}项目并网投运",
        "{thing}按下“快进键” {place}能源转型提速",
        "{place}{unit}：以{thing}支撑新型电力系统建设",
        "聚焦{thing} {place}打造能源发展新高地",
    ],
    "hg": [
        "{place}{thing}项目开工建设",
        "{place}{unit}推进{thing}迈上新台阶",
        "{thing}市场回暖 {place}企业开工率回升",
        "{place}：{thing}产业链加速集聚",
        "行业聚焦{thing}高质量发展",
        "{place}化工园区{thing}工作获评优秀",
    ],
}
FRAMES = {
    "nm": [
        "走进{place}的田间地头，{thing}长势良好，处处是一派繁忙景象。",
        "“今年{thing}的行情不错，我们心里更有底了。”{place}一位种植户告诉记者。",
        "据{unit}负责人介绍，今年全县{thing}面积稳定在{num}万亩以上。",
        "近年来，{place}坚持把{thing}作为重点工作，持续完善社会化服务体系。",
    ],
    "sl": [
        "据了解，{place}流域今年以来降水偏多{num}%，部分支流出现超警洪水。",
        "{unit}有关负责人表示，将持续强化{thing}监测预报预警，确保人民群众生命财产安全。",
        "截至目前，{place}流域已累计完成{thing}相关投资{num}亿元。",
    ],
    "jt": [
        "记者从{unit}获悉，今年以来{place}累计完成{thing}投资{num}亿元。",
        "{unit}相关负责人介绍，{thing}项目建成后将进一步完善区域综合交通网络。",
        "据统计，{place}今年新改建{thing}{num}公里，群众出行条件明显改善。",
    ],
    "ny": [
        "据{unit}统计，{place}今年以来新增{thing}装机{num}万千瓦，同比增长明显。",
        "{unit}相关负责人表示，将持续提升{thing}调节能力，保障电力安全稳定供应。",
        "项目投运后，每年可节约标准煤约{num}万吨，减排二氧化碳效果显著。",
    ],
    "hg": [
        "据{unit}介绍，{thing}项目总投资约{num}亿元，建成后将填补区域产业链空白。",
        "业内人士分析，{thing}市场需求稳步回升，行业效益有望持续改善。",
        "{place}坚持把安全生产放在首位，推动{thing}与园区建设协同发展。",
    ],
}
_OPEN = ["", "", "据悉，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，", "据了解，"]
_SUBJ = ["当地", "各级部门", "该项目", "有关专家", "相关负责人", "基层干部", "技术人员", "企业"]
_PRED = [
    "加强统筹协调",
    "压紧压实工作责任",
    "强化科技支撑",
    "完善体制机制",
    "加大资金投入力度",
    "推动政策措施落地见效",
    "加快补齐短板弱项",
    "深化改革创新",
    "提升服务保障能力",
    "强化安全风险防控",
    "推进标准化建设",
    "健全长效管理机制",
]
_TAIL = [
    "。",
    "，取得明显成效。",
    "，为高质量发展提供有力支撑。",
    "，各项工作有序推进。",
    "，受到群众普遍好评。",
]
CAPTIONS = [
    "{month}月{day}日，{place}{unit}工作人员在现场查看{thing}情况",
    "{place}{thing}一景",
    "{month}月{day}日，技术人员在{place}开展{thing}巡查",
    "图为{place}{thing}现场",
]
SUBHEADS = {
    "nm": ["抓好关键环节", "多措并举促增收"],
    "sl": ["压紧压实责任", "强化科技支撑"],
    "jt": ["建好路", "管好路 护好路"],
    "ny": ["保供稳价", "绿色转型"],
    "hg": ["延链补链", "安全发展"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "unit": rng.choice(UNITS[tpl]),
        "thing": rng.choice(THINGS[tpl]),
        "num": str(rng.randint(3, 90)),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
