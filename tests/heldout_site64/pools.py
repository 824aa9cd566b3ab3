"""Word pools for the sixty-fourth held-out site: Chinese financial news (listed companies,
markets, funds, policy). The pools stay inside GB2312 (中证网's 2019 pages are served in GBK)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import names

COMPANIES = [
    ("宁德时代", "300750"),
    ("贵州茅台", "600519"),
    ("比亚迪", "002594"),
    ("中国平安", "601318"),
    ("隆基绿能", "601012"),
    ("招商银行", "600036"),
    ("迈瑞医疗", "300760"),
    ("海康威视", "002415"),
    ("紫金矿业", "601899"),
    ("中芯国际", "688981"),
    ("东方财富", "300059"),
    ("美的集团", "000333"),
]
SECTORS = [
    "半导体",
    "新能源汽车",
    "光伏",
    "创新药",
    "白酒",
    "券商",
    "银行",
    "算力",
    "储能",
    "消费电子",
]
TOPICS = [
    "一季报",
    "回购",
    "分红",
    "定增",
    "并购重组",
    "业绩预告",
    "股权激励",
    "减持",
    "新品发布",
    "扩产",
]
POLICY = ["证监会", "沪深交易所", "央行", "国家金融监督管理总局", "国务院常务会议", "财政部"]
HEAD = {
    "stcn": [
        "{co}：{topic}方案出炉 拟投入不超过{n}亿元",
        "{co}{topic}落地 {sector}龙头加速布局",
        "{sector}板块走强 {co}获机构密集调研",
        "{co}披露{topic}公告 股价盘中涨超{n}%",
        "{co}董事长：{sector}行业仍处景气周期",
    ],
    "em": [
        "{sector}概念股集体走高 {co}涨停",
        "北向资金净买入{n}亿元 加仓{co}",
        "{co}发布{topic}公告 近{n}个交易日股价震荡",
        "{sector}赛道迎来催化 机构看好{co}",
        "主力资金抢筹{sector} {co}获净流入{n}亿元",
    ],
    "cs": [
        "{policy}：进一步推动{sector}高质量发展",
        "{co}：{topic}稳步推进 {sector}业务增长{n}%",
        "{sector}企业一季度业绩亮眼 {co}领跑",
        "{policy}部署{topic}相关工作 {sector}有望受益",
        "券商密集调研{sector} {co}受关注",
    ],
    "cls": [
        "{co}：拟以{n}亿元至{m}亿元回购公司股份",
        "{policy}：将加大对{sector}领域支持力度",
        "{co}：{topic}事项获股东大会审议通过",
        "{sector}板块午后异动拉升 {co}涨超{n}%",
        "{co}：公司{sector}相关订单饱满",
    ],
    "sina": [
        "{sector}行情能否延续？多家机构给出判断",
        "{co}{topic}引关注 {sector}估值修复在即",
        "{n}只{sector}股获融资客加仓 {co}居前",
        "公募一季度调仓曝光：{sector}成加仓重点 {co}受宠",
        "{policy}出手 {sector}板块迎重磅利好",
    ],
}
FRAMES = {
    "stcn": [
        "公告显示，{co}（{code}）拟使用自有资金不超过{n}亿元开展{topic}相关事项。",
        "证券时报·e公司记者注意到，{co}今年以来在{sector}领域动作频频。",
        "公司相关负责人在接受记者采访时表示，{sector}行业需求依然旺盛，公司订单排产饱满。",
    ],
    "em": [
        "截至收盘，{co}报{price}元，涨{pct}%，成交额{n}亿元。",
        "数据显示，近5个交易日{sector}板块主力资金累计净流入{n}亿元。",
        "东方财富Choice数据显示，{co}一季度实现营业收入{n}亿元，同比增长{pct}%。",
    ],
    "cs": [
        "中国证券报记者获悉，{co}{topic}事项正有序推进。",
        "分析人士认为，{sector}行业景气度有望持续回升，相关公司业绩弹性较大。",
        "{policy}有关负责人表示，将坚持稳中求进，持续提升资本市场服务实体经济质效。",
    ],
    "cls": [
        "{co}公告，公司{topic}事项进展顺利，预计对本年度业绩产生积极影响。",
        "{sector}板块午后走强，{co}涨超{pct}%，此前多只个股已连续上涨。",
    ],
    "sina": [
        "Wind数据显示，{sector}指数年内累计上涨{pct}%，跑赢同期沪深300指数。",
        "某公募基金经理对记者表示，{sector}板块估值已回到历史低位，具备较高配置价值。",
        "从持仓看，{co}获{n}家基金重仓，持股市值环比增加。",
    ],
}
_OPEN = [
    "",
    "",
    "此外，",
    "与此同时，",
    "业内人士认为，",
    "从行业层面看，",
    "值得注意的是，",
    "据悉，",
]
_SUBJ = [
    "公司",
    "上市公司",
    "机构投资者",
    "行业龙头",
    "监管部门",
    "市场资金",
    "多家券商",
    "头部企业",
]
_PRED = [
    "持续加大研发投入",
    "优化产品结构",
    "提升经营质量",
    "加快海外市场布局",
    "强化信息披露",
    "重视投资者回报",
    "推进产能建设",
    "控制经营成本",
    "积极调整持仓",
    "看好中长期表现",
]
_TAIL = [
    "。",
    "，盈利能力稳步提升。",
    "，市场关注度明显提高。",
    "，相关工作正有序推进。",
    "，后续表现值得期待。",
]
CAPTIONS = ["{co}生产车间", "{co}展厅一角", "{month}月{day}日，{co}股东大会现场"]
SUBHEADS = {
    "stcn": ["业绩持续向好", "加码布局新赛道"],
    "em": ["资金持续流入", "机构观点分化"],
    "cs": ["政策红利释放", "龙头企业领跑"],
    "cls": ["", ""],
    "sina": ["估值处于低位", "关注结构性机会"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random) -> dict[str, str]:
    co, code = rng.choice(COMPANIES)
    n = rng.randint(2, 40)
    return {
        "co": co,
        "code": code,
        "sector": rng.choice(SECTORS),
        "topic": rng.choice(TOPICS),
        "policy": rng.choice(POLICY),
        "n": str(n),
        "m": str(n * 2),
        "price": f"{rng.uniform(8, 300):.2f}",
        "pct": f"{rng.uniform(0.5, 10):.2f}",
    }


POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, tries=10
)

__all__ = ["COMPANIES", "POOLS", "SECTORS", "SUBHEADS", "context", "names"]
