"""Word pools for the forty-fifth held-out site: corporate news and press releases (a release wire,
enterprise channels of two portals, a listed maker's investor-relations news and a securities
daily's company pages). Every body is drawn from a seeded RNG; the pools are this site's own.
Names and words stay inside GB2312 (one template is served in GBK)."""

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
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


COMPANIES = [
    ("澜舟智能科技股份有限公司", "澜舟智能"),
    ("星垣新能源集团", "星垣新能源"),
    ("海川医疗器械有限公司", "海川医疗"),
    ("北辰云计算有限公司", "北辰云"),
    ("青禾食品股份有限公司", "青禾食品"),
    ("远航物流集团", "远航物流"),
    ("瑞丰半导体有限公司", "瑞丰半导体"),
    ("嘉木家居股份有限公司", "嘉木家居"),
    ("弘信汽车电子有限公司", "弘信汽车电子"),
    ("千帆教育科技集团", "千帆教育"),
    ("蓝湾生物制药股份有限公司", "蓝湾生物"),
    ("锦程文旅集团", "锦程文旅"),
    ("中岳储能科技有限公司", "中岳储能"),
    ("恒越材料股份有限公司", "恒越材料"),
]
PARTNERS = [
    "华东理工大学",
    "某国有银行分行",
    "多家头部车企",
    "东南亚经销商",
    "省级产业基金",
    "德国工业伙伴",
    "三甲医院",
    "高校联合实验室",
]
CITIES = [
    "上海",
    "北京",
    "深圳",
    "杭州",
    "苏州",
    "广州",
    "成都",
    "武汉",
    "香港",
    "新加坡",
    "南京",
    "合肥",
]
PRODUCTS = {
    "pr": [
        "新一代储能系统",
        "智能座舱平台",
        "高通量测序仪",
        "企业级AI助手",
        "碳中和白皮书",
        "跨境支付解决方案",
        "低代码平台",
        "第二代固态电池",
    ],
    "fb": [
        "高端定制家具系列",
        "有机杂粮礼盒",
        "智慧社区服务平台",
        "新风净化系统",
        "一站式装修服务",
        "健康饮品新品",
        "智能门锁",
    ],
    "zh": [
        "AI大模型一体机",
        "折叠屏手机",
        "智能家居中控屏",
        "云原生数据库",
        "工业视觉检测系统",
        "新能源充电桩",
        "无线耳机",
    ],
    "ir": ["精密减速器", "伺服电机", "工业机器人关节模组", "数控系统", "谐波减速器", "智能产线"],
    "zq": [
        "光伏组件",
        "动力电池",
        "创新药",
        "算力服务器",
        "汽车零部件",
        "半导体设备",
        "储能变流器",
    ],
}
TOPICS = {
    "pr": ["绿色低碳转型", "全球化布局", "数字化升级", "可持续发展", "医疗创新", "智能制造"],
    "fb": ["品质消费", "品牌升级", "乡村振兴", "社区服务", "健康生活", "渠道下沉"],
    "zh": ["人工智能应用", "智能终端", "数字经济", "算力基础设施", "消费电子", "智慧出行"],
    "ir": ["产能扩建", "研发投入", "投资者回报", "国产替代", "海外市场", "质量管理"],
    "zq": ["业绩说明会", "并购重组", "分红回购", "产能出海", "研发投入", "股权激励"],
}
EXPOS = [
    "中国国际进口博览会",
    "上海车展",
    "世界人工智能大会",
    "广交会",
    "中国国际工业博览会",
    "数博会",
]

HEAD = {
    "pr": [
        "{short}发布{prod}，助力{topic}",
        "{short}与{partner}达成战略合作，共推{topic}",
        "{short}亮相{expo}，{prod}全球首发",
        "{short}公布{year}年第一季度业绩，营收同比增长{pct}%",
        "{short}发布{year}年度ESG报告，{topic}取得新进展",
        "{short}在{city}设立区域总部，加快{topic}",
        "{short}{prod}获国际认证，{topic}再进一步",
    ],
    "fb": [
        "{short}{prod}上市 以{topic}回应消费者期待",
        "{short}：深耕{topic}，{prod}受市场青睐",
        "{short}举办{year}年度经销商大会 共谋{topic}新篇章",
        "聚焦{topic} {short}{prod}亮相{city}",
        "{short}荣获“{year}年度{topic}示范企业”称号",
        "{short}推出{prod}，开启{topic}新模式",
    ],
    "zh": [
        "{short}发布{prod}：{topic}迎来新选择",
        "{short}{prod}正式开售，首销{pct}万台",
        "{topic}提速 {short}携{prod}亮相{expo}",
        "{short}联合{partner}发布{topic}白皮书",
        "{short}{prod}通过权威测评，{topic}能力获认可",
        "{short}在{city}举办{topic}生态大会",
    ],
    "ir": [
        "公司召开{year}年度股东大会",
        "公司{prod}项目在{city}开工",
        "公司与{partner}签署{topic}合作协议",
        "公司举办{year}年度业绩说明会",
        "公司{prod}荣获省级首台（套）认定",
        "公司{topic}专题会议召开",
        "公司董事长带队赴{city}调研{topic}工作",
    ],
    "zq": [
        "{short}一季度净利润同比增长{pct}% {prod}业务成增长引擎",
        "{short}拟收购{partner}旗下资产 加码{prod}",
        "{short}披露回购方案 {topic}提振市场信心",
        "{prod}行业景气回升 {short}订单排至三季度",
        "{short}董事长：{topic}是公司下一阶段的关键",
        "多家上市公司密集发布{topic}公告 {short}拟投入{pct}亿元",
        "{short}推出股权激励计划 覆盖核心技术人员{pct}人",
    ],
}
FRAMES = {
    "pr": [
        "{co}首席执行官表示：“{topic}是我们长期坚持的方向，{prod}的推出将帮助客户进一步提升效率。”",
        "{prod}采用模块化设计，可根据客户需求灵活配置，预计将于今年下半年在{city}等地陆续交付。",
        "截至目前，{short}已在全球{pct}个国家和地区设立分支机构，服务客户超过万家。",
        "此次合作中，双方将围绕{topic}开展联合研发、市场拓展和人才培养等方面的深度合作。",
    ],
    "fb": [
        "据{short}相关负责人介绍，{prod}从原料选择到生产工艺均经过严格把关。",
        "近年来，{short}持续推进{topic}，门店已覆盖{city}及周边{pct}个城市。",
        "活动现场，不少消费者对{prod}表现出浓厚兴趣，纷纷咨询购买方式。",
    ],
    "zh": [
        "{short}相关负责人介绍，{prod}在性能和能耗方面均有明显提升，整体功耗下降约{pct}%。",
        "业内人士认为，随着{topic}的深入推进，{prod}市场有望迎来新一轮增长。",
        "发布会上，{short}还公布了未来三年在{topic}领域的投入计划。",
    ],
    "ir": [
        "公司董事长在会上指出，要坚持以客户为中心，持续做强{prod}主业，扎实推进{topic}。",
        "项目建成达产后，预计新增{prod}年产能{pct}万台（套），进一步巩固公司行业地位。",
        "会议审议通过了公司年度报告、利润分配方案等多项议案。",
    ],
    "zq": [
        "公告显示，{short}报告期内实现营业收入同比增长{pct}%，归属于上市公司股东的净利润同步提升。",
        "{short}相关负责人在接受《证券日报》记者采访时表示，公司将继续围绕{prod}进行产能布局。",
        "某券商分析师对记者表示，{topic}有助于提升上市公司的估值水平，但仍需关注执行进度。",
        "从二级市场表现看，{short}股价年内累计上涨{pct}%，跑赢同期行业指数。",
    ],
}
_OPEN = ["", "", "据悉，", "与此同时，", "近年来，", "今年以来，", "此外，", "未来，", "据了解，"]
_SUBJ = ["公司", "双方", "该项目", "业内专家", "相关负责人", "管理层", "研发团队", "多家机构"]
_PRED = [
    "持续加大研发投入",
    "不断完善产品矩阵",
    "积极拓展海外市场",
    "深化产业链上下游协同",
    "推动产品迭代升级",
    "优化运营管理效率",
    "加快数字化转型步伐",
    "稳步提升市场占有率",
    "强化质量管理体系建设",
    "提升客户服务水平",
    "推进绿色工厂建设",
    "完善人才培养机制",
]
_TAIL = [
    "。",
    "，取得积极成效。",
    "，为高质量发展注入新动能。",
    "，相关工作稳步推进。",
    "，得到合作伙伴的广泛认可。",
]
CAPTIONS = [
    "{short}{prod}发布会现场",
    "{month}月{day}日，{short}与合作方举行签约仪式",
    "{short}位于{city}的生产基地",
    "{prod}产品图",
    "{month}月{day}日，参观者在展会上了解{prod}",
]
SUBHEADS = {
    "pr": ["产品亮点", "合作愿景"],
    "fb": ["匠心品质", "服务升级"],
    "zh": ["技术突破", "生态共建"],
    "ir": ["夯实主业", "开拓创新"],
    "zq": ["业绩稳步增长", "机构观点"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    co, short = rng.choice(COMPANIES)
    return {
        "co": co,
        "short": short,
        "partner": rng.choice(PARTNERS),
        "city": rng.choice(CITIES),
        "prod": rng.choice(PRODUCTS[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "expo": rng.choice(EXPOS),
        "pct": str(rng.randint(8, 68)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
