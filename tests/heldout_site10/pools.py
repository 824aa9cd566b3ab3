"""Word pools for the tenth held-out site: topics, organisations, headline and sentence frames and
subheads for the five templates (a portal's own and reposted news, a portal's wire reposts, a
Shanghai business site, a paid financial weekly, a provincial portal). Names, places and the
generic sentence parts are site 7's."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import (  # the name, place and sentence pools site 10 shares
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
    "qq": [
        "暴雨预警",
        "高考志愿填报",
        "五一假期出游",
        "反诈宣传",
        "外卖骑手权益",
        "城中村改造",
        "二手房挂牌",
        "儿童医保",
        "短剧出海",
        "县域商业",
        "银发旅游",
        "公积金新政",
    ],
    "sina": [
        "汛期安全",
        "医保异地结算",
        "非法集资",
        "校园食品安全",
        "电动自行车新国标",
        "高速公路免费通行",
        "个税汇算",
        "景区预约",
        "燃气安全整治",
        "网络谣言",
        "新能源汽车下乡",
        "养老服务",
    ],
    "jiemian": [
        "新能源车降价",
        "光伏产能",
        "白酒渠道",
        "咖啡价格战",
        "锂电池出口",
        "游戏版号",
        "商业航天",
        "创新药出海",
        "会员制超市",
        "券商并购",
        "AI手机",
        "茶饮上市",
    ],
    "caixin": [
        "地方债务化解",
        "银行净息差",
        "房企债务重组",
        "城投转型",
        "中小银行改革",
        "保险资金运用",
        "资本市场新国九条",
        "医保集采",
        "地方财政收入",
        "外资配置人民币资产",
        "理财产品净值",
        "信托风险处置",
    ],
    "rednet": [
        "湘江保护",
        "乡村振兴",
        "优化营商环境",
        "早稻育秧",
        "文旅融合",
        "长株潭一体化",
        "农村人居环境整治",
        "防汛抗旱",
        "湘菜产业",
        "产业园区建设",
        "基层减负",
        "油茶产业",
    ],
}
ORGS = {
    "qq": ["当地气象部门", "多位网友", "平台方", "属地派出所", "业内人士", "当地文旅局"],
    "sina": ["国家医保局", "公安部", "市场监管总局", "应急管理部", "交通运输部", "国家税务总局"],
    "jiemian": ["乘联会", "一位行业分析师", "中国汽车工业协会", "公司方面", "多家券商", "业内人士"],
    "caixin": ["财政部", "金融监管总局", "中国人民银行", "一位城投人士", "多位银行人士", "证监会"],
    "rednet": [
        "湖南省农业农村厅",
        "长沙市委",
        "省发展改革委",
        "湘潭市政府",
        "株洲市",
        "县委县政府",
    ],
}
HEAD = {
    "qq": [
        "{topic}！{place}发布最新通知",
        "{place}{topic}，网友：终于等到了",
        "{org}回应{topic}：已介入调查",
        "{topic}有变，这{n}类人注意",
        "潜望｜{topic}背后的生意经",
        "棱镜｜{topic}：一场没有退路的竞赛",
        "{topic}持续升温，{place}多地出手",
        "实探{place}：{topic}之后",
    ],
    "sina": [
        "{org}：{topic}将有新规",
        "{topic}专项行动启动 为期{n}个月",
        "{org}部署{topic}工作",
        "{place}通报{n}起{topic}典型案例",
        "{topic}：这些变化{month}月起施行",
        "{org}发布{topic}提示",
        "{province}推进{topic} 已覆盖{n2}个乡镇",
        "{topic}纳入考核 {place}出台细则",
    ],
    "jiemian": [
        "{topic}再起波澜，{org}怎么看",
        "{topic}：{n}家公司的年报透露了什么",
        "{place}押注{topic}",
        "{topic}退潮，谁在裸泳",
        "界面独家｜{topic}新动向",
        "{topic}一季度成绩单出炉",
        "{topic}赛道迎来新玩家",
        "{org}：{topic}仍有增长空间",
    ],
    "caixin": [
        "{topic}进入深水区",
        "封面报道｜{topic}",
        "{topic}路线图渐明",
        "{org}再提{topic}",
        "{topic}之困",
        "{topic}：{place}试点一年",
        "观点｜{topic}需要制度耐心",
        "{topic}迎新一轮调整",
    ],
    "rednet": [
        "{place}：{topic}跑出“加速度”",
        "{topic}见行动丨{place}答好“必答题”",
        "{province}代表团审议{topic}工作",
        "{org}调研{topic}工作",
        "{topic}绘就{place}新画卷",
        "聚焦{topic}丨{place}的“实”与“新”",
        "{place}召开{topic}推进会",
        "{topic}“湘”当给力",
    ],
}
FRAMES = {
    "qq": [
        "{month}月{day}日，有网友在社交平台发布视频称，{place}出现了相关情况。",
        "“这事真的不能拖了。”{person}告诉记者。",
        "{org}工作人员在电话中表示，已经关注到相关情况。",
        "截至发稿，该话题在社交平台的阅读量已超过{n}亿次。",
        "记者注意到，{place}此前已有类似做法。",
    ],
    "sina": [
        "{org}有关负责人介绍，此次行动聚焦{topic}领域突出问题。",
        "通知要求，各地要压实属地责任，确保各项措施落地见效。",
        "据统计，今年以来全国共查处相关案件{n2}起。",
        "{org}提醒，广大群众如发现相关线索，可拨打热线举报。",
        "{place}相关负责人表示，将继续加大工作力度。",
    ],
    "jiemian": [
        "界面新闻注意到，{org}近期多次提及{topic}。",
        "财报显示，公司一季度营收同比增长{pct}%，净利润同比下降{pct}%。",
        "“价格战还会持续一段时间。”{person}对界面新闻表示。",
        "截至{month}月{day}日收盘，公司股价报{n}.{n}元，总市值约{n2}亿元。",
        "{org}认为，{topic}短期内仍面临较大压力。",
    ],
    "caixin": [
        "财新记者获悉，{org}近期召开专题会议研究{topic}。",
        "一位接近监管的人士对财新表示，相关方案仍在讨论中。",
        "Wind数据显示，截至{month}月末，相关余额约{n2}亿元，同比下降{pct}%。",
        "{person}认为，{topic}的关键在于明确各方责任边界。",
        "多位受访者指出，{topic}需要在稳增长与防风险之间取得平衡。",
    ],
    "rednet": [
        "{month}月{day}日，记者走进{place}，处处可见忙碌的身影。",
        "“日子越过越有奔头了。”村民{person}笑着说。",
        "{org}主要负责人表示，将持续推动{topic}落地见效。",
        "近年来，{place}坚持把{topic}作为重要抓手，取得明显成效。",
        "据了解，今年{place}已累计投入资金{n}亿元，实施项目{n2}个。",
    ],
}
SUBHEADS = {
    "qq": ["01 事发", "02 回应", "03 追问"],
    "sina": ["聚焦突出问题", "强化部门协同", "加大宣传力度"],
    "jiemian": ["价格战蔓延", "利润承压", "出海成新解"],
    "caixin": ["债务压力", "化解路径", "长期难题"],
    "rednet": ["强基础", "补短板", "促发展"],
}


HUNAN = [
    "长沙",
    "株洲",
    "湘潭",
    "衡阳",
    "岳阳",
    "常德",
    "益阳",
    "郴州",
    "永州",
    "怀化",
    "娄底",
    "浏阳",
]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(HUNAN if tpl == "rednet" else PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": "湖南" if tpl == "rednet" else rng.choice(PROVINCES),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL))
headline, sentence, paragraphs = POOLS.headline, POOLS.sentence, POOLS.paragraphs


__all__ = ["HUNAN", "SUBHEADS", "caption", "context", "headline", "names", "paragraphs"]
