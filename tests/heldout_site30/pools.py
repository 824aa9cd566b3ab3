"""Word pools for the thirtieth held-out site: mainland finance and securities news (a portal's
finance channel, a securities daily, a finance portal, a GBK-era finance site, a securities
paper's site). Every body is drawn from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈彭吕苏蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = [
    *("振华", "晓东", "雨桐", "建军", "丽娜", "浩然", "晨曦", "志远", "海燕", "文静", "国庆"),
    *("梦琪", "天宇", "秀英", "鹏飞", "佳琪", "子轩", "美玲", "宏图", "亚楠", "卫东", "若曦"),
    *("继红", "永刚", "思远", "晓光", "雪莹", "金龙", "艳萍", "博文", "立群", "新宇", "蕾"),
    *("敏", "磊", "婧", "颖", "超", "璐", "鑫", "斌", "琳", "强", "静"),
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out and all(n[0] != m[0] or n[1:] != m[1:] for m in out):
            out.append(n)
    return out


STOCKS = [
    ("贵州茅台", "SH600519"),
    ("宁德时代", "SZ300750"),
    ("比亚迪", "SZ002594"),
    ("招商银行", "SH600036"),
    ("中国平安", "SH601318"),
    ("隆基绿能", "SH601012"),
    ("东方财富", "SZ300059"),
    ("中信证券", "SH600030"),
    ("五粮液", "SZ000858"),
    ("美的集团", "SZ000333"),
    ("长江电力", "SH600900"),
    ("迈瑞医疗", "SZ300760"),
    ("海康威视", "SZ002415"),
    ("中芯国际", "SH688981"),
]
BROKERS = ["中信证券", "华泰证券", "国泰君安", "中金公司", "招商证券", "广发证券", "海通证券"]
TOPICS = {
    "em": [
        "白酒板块",
        "锂电池产业链",
        "券商板块",
        "高股息资产",
        "半导体设备",
        "北向资金",
        "光伏组件",
        "消费电子",
        "银行股",
        "创新药",
    ],
    "stcn": [
        "年报披露",
        "并购重组",
        "股份回购",
        "现金分红",
        "可转债发行",
        "IPO审核",
        "业绩预告",
        "减持新规",
        "科创板",
        "退市新规",
    ],
    "sina": [
        "A股三大指数",
        "港股通",
        "人民币汇率",
        "黄金价格",
        "公募基金",
        "美联储降息预期",
        "国债收益率",
        "ETF资金流向",
        "两融余额",
        "恒生科技指数",
    ],
    "hexun": [
        "银行理财",
        "保险资管",
        "期货市场",
        "信托产品",
        "私募基金",
        "房地产板块",
        "原油价格",
        "大宗商品",
        "外汇市场",
        "养老金融",
    ],
    "cs": [
        "资本市场改革",
        "上市公司质量",
        "中长期资金入市",
        "注册制",
        "信息披露",
        "投资者保护",
        "债券市场",
        "REITs",
        "新质生产力",
        "央企市值管理",
    ],
}
ORGS = {
    "em": ["东方财富Choice数据", "沪深交易所", "中国证券业协会", "上市公司公告", "Wind数据"],
    "stcn": ["证监会", "上交所", "深交所", "北交所", "中国上市公司协会"],
    "sina": ["中国人民银行", "国家外汇管理局", "国家统计局", "中国基金业协会", "港交所"],
    "hexun": [
        "国家金融监督管理总局",
        "中国保险行业协会",
        "中国期货业协会",
        "中国信托业协会",
        "上海期货交易所",
    ],
    "cs": ["中国证监会", "国务院国资委", "财政部", "中国结算", "全国社保基金理事会"],
}
PLACES = ["上海", "深圳", "北京", "杭州", "苏州", "成都", "合肥", "广州", "南京", "武汉"]
HEAD = {
    "em": [
        "{topic}午后拉升 {stock}涨超{n}%",
        "{broker}：{topic}配置价值凸显",
        "{stock}发布一季报 {topic}迎来拐点？",
        "主力资金加仓{topic} {stock}获净买入",
        "{topic}集体走强 机构看好后市",
        "{n}只个股获机构调研 {topic}最受关注",
    ],
    "stcn": [
        "{org}：{topic}工作平稳有序推进",
        "{stock}披露{topic}方案 拟投入{n2}万元",
        "{topic}提速 {place}上市公司积极响应",
        "聚焦{topic}｜{stock}董事长详解发展战略",
        "{n}家公司发布{topic}公告",
        "{topic}新规落地满月 市场生态持续优化",
    ],
    "sina": [
        "{topic}震荡走高 {stock}领涨",
        "{org}最新数据：{topic}出现新变化",
        "{topic}再度升温 机构：关注结构性机会",
        "收评：{topic}分化 {stock}尾盘拉升",
        "{broker}首席：{topic}有望持续改善",
        "{topic}创近{n}个月新高",
    ],
    "hexun": [
        "{topic}规模突破{n2}亿元",
        "{org}发文规范{topic}业务",
        "{topic}迎来新机遇 多家机构加速布局",
        "{place}{topic}发展提速",
        "{topic}收益率走低 投资者如何应对",
        "{topic}市场一季度运行平稳",
    ],
    "cs": [
        "{org}：推动{topic}走深走实",
        "{topic}持续深化 资本市场生态向好",
        "多方发力{topic} {place}形成示范效应",
        "{topic}观察：{n}家公司交出亮眼答卷",
        "专家：{topic}有助于提升市场内在稳定性",
        "{topic}迈出新步伐",
    ],
}
FRAMES = {
    "em": [
        "截至收盘，{stockq}上涨{n}.{d}%，成交额{n2}万元。",
        "{broker}研报指出，{topic}当前估值处于历史低位，具备较高安全边际。",
        "{org}显示，近5个交易日{topic}累计获得主力资金净流入{n2}万元。",
        "盘面上，{topic}表现活跃，{stockq}盘中一度触及涨停。",
    ],
    "stcn": [
        "{org}相关负责人表示，将持续推进{topic}，提升市场运行效率。",
        "公告显示，{stock}本次{topic}涉及金额约{n2}万元，占公司最近一期净资产的{n}.{d}%。",
        "据证券时报·数据宝统计，今年以来已有{n}家上市公司披露{topic}相关事项。",
        "{stock}董秘在接受记者采访时表示，公司对{topic}保持审慎乐观。",
    ],
    "sina": [
        "Wind数据显示，{topic}今日净流入{n2}万元。",
        "{broker}分析师认为，{topic}短期仍有反复，但中长期趋势向好。",
        "{org}公布的数据显示，{topic}相关指标环比上升{n}.{d}个百分点。",
        "个股方面，{stock}涨{n}.{d}%，成交额放大。",
    ],
    "hexun": [
        "{org}数据显示，截至4月末，{topic}规模同比增长{n}.{d}%。",
        "业内人士指出，{topic}正处于转型关键期，产品结构有待优化。",
        "{place}一家机构负责人告诉记者，{topic}的客户需求明显回升。",
        "分析人士认为，{topic}后续走势仍需关注政策和海外市场变化。",
    ],
    "cs": [
        "{org}有关负责人表示，将坚持稳中求进，扎实推进{topic}。",
        "中国证券报记者梳理发现，今年以来{n}家上市公司围绕{topic}作出安排。",
        "受访专家认为，{topic}有利于引导长期资金入市，增强市场韧性。",
        "{place}辖区上市公司积极响应，{topic}相关工作取得阶段性成效。",
    ],
}
_OPEN = [
    "",
    "",
    "数据显示，",
    "与此同时，",
    "记者注意到，",
    "整体来看，",
    "此外，",
    "业内人士表示，",
]
_SUBJ = [
    "上市公司",
    "机构投资者",
    "监管部门",
    "公募基金",
    "券商研究机构",
    "市场各方",
    "头部企业",
    "险资",
]
_PRED = [
    "持续优化资产配置结构",
    "加大研发投入力度",
    "提升信息披露质量",
    "强化风险防控能力",
    "积极回报投资者",
    "稳步推进业务转型",
    "提升经营质效",
    "加快布局新赛道",
    "完善公司治理",
    "增强核心竞争力",
]
_TAIL = [
    "，市场信心逐步修复。",
    "，为行业高质量发展提供支撑。",
    "，相关效果正逐步显现。",
    "。",
    "，值得投资者持续关注。",
]
CAPTIONS = [
    "{month}月{day}日，投资者在{place}一家证券营业部关注行情。",
    "{stock}位于{place}的生产基地（{month}月{day}日摄）。",
    "{month}月{day}日，{place}举行{topic}主题交流会。",
    "{place}金融街一景（{month}月{day}日摄）。",
]
SUBHEADS = {
    "em": ["资金持续流入", "业绩确定性增强", "机构观点分化"],
    "stcn": ["多重利好叠加", "公司积极应对", "监管持续加码"],
    "sina": ["盘面回顾", "资金动向", "后市展望"],
    "hexun": ["规模稳步增长", "产品结构调整", "挑战依然存在"],
    "cs": ["政策协同发力", "市场生态改善", "持续深化改革"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {"month": "5", "day": "7", **ctx}
    vals.update(n=rng.randint(2, 30), n2=rng.randint(1200, 98000), d=rng.randint(1, 9))
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    name, code = rng.choice(STOCKS)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "org": rng.choice(ORGS[tpl]),
        "broker": rng.choice(BROKERS),
        "stock": name,
        "code": code,
        "stockq": f"${name}({code})$" if tpl == "em" else name,
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), topics=TOPICS)
