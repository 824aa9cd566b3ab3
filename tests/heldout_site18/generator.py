"""The eighteenth held-out site: 60 articles over five mainland Chinese business-news templates,
every page rendered in memory.

``Site18(seed)`` is deterministic. ``render(path)`` → ``(body, content_type)`` or ``None``;
``truth()`` → one dict per article as a reader states it; ``non_articles()`` → every other page.
"""

from __future__ import annotations

import random

from heldout import Art
from heldout_gen import GenSite, Pools
from heldout_site7.pools import OPEN, PLACES, PROVINCES, SUBJ, TAIL, fill, names

from . import templates

TPLS = ("yicai", "guancha", "sfc", "nbd", "nfplus")
GD = [
    "广州",
    "深圳",
    "佛山",
    "东莞",
    "珠海",
    "中山",
    "江门",
    "惠州",
    "湛江",
    "汕头",
    "肇庆",
    "韶关",
]

TOPICS = {
    "yicai": [
        "楼市新政",
        "A股回购潮",
        "新能源汽车出海",
        "人民币汇率",
        "算力基础设施",
        "创新药出海",
        "以旧换新",
        "美联储降息预期",
        "光伏产能出清",
        "低空经济",
        "央企市值管理",
        "消费贷利率",
    ],
    "guancha": [
        "中美关税",
        "芯片出口管制",
        "欧盟电动车反补贴调查",
        "美国大选",
        "日元贬值",
        "中欧班列",
        "稀土出口",
        "美债收益率",
        "德国经济衰退",
        "俄罗斯能源出口",
        "印度制造业",
        "中东航运危机",
    ],
    "sfc": [
        "地方债务化解",
        "银行理财净值化",
        "保险资管",
        "跨境理财通",
        "城投转型",
        "公募费率改革",
        "科创板做市",
        "绿色金融",
        "中小银行改革",
        "区域经济一季报",
        "险资长期投资",
        "医保支付改革",
    ],
    "nbd": [
        "上市公司年报",
        "白酒渠道库存",
        "券商并购重组",
        "锂电池价格",
        "房企债务重组",
        "IPO审核",
        "北向资金",
        "金价高位震荡",
        "预制菜赛道",
        "车企价格战",
        "ETF规模",
        "量化私募",
    ],
    "nfplus": [
        "制造业当家",
        "百千万工程",
        "外贸稳增长",
        "新质生产力",
        "大湾区人才引进",
        "湾区轨道交通",
        "文旅消费",
        "民营经济发展",
        "海洋经济",
        "数字政府建设",
        "低空经济试点",
        "营商环境改革",
    ],
}
ORGS = {
    "yicai": ["国家统计局", "央行", "国家发改委", "中汽协", "第一财经研究院", "多家券商"],
    "guancha": ["美国商务部", "欧盟委员会", "日本央行", "外交部发言人", "德国联邦统计局", "彭博社"],
    "sfc": ["金融监管总局", "中国证监会", "财政部", "中国人民银行", "多家城商行", "中国银保信"],
    "nbd": ["Wind数据", "上交所", "深交所", "中国证券业协会", "公司公告", "同花顺iFinD"],
    "nfplus": ["省商务厅", "省工信厅", "省发展改革委", "广州海关", "省统计局", "省人社厅"],
}
HEAD = {
    "yicai": [
        "{topic}加速落地，{place}率先试水",
        "一财观察｜{topic}背后的三重逻辑",
        "{org}：{topic}将迎来新一轮政策支持",
        "{place}{topic}“加码”，市场如何解读",
        "{topic}进入深水区，谁在受益",
        "数据｜{topic}前4月同比增长{pct}%",
        "{topic}再提速，{n}家企业抢滩",
        "专访｜{person}：{topic}不能一哄而上",
    ],
    "guancha": [
        "{topic}再起波澜，{org}急了",
        "{org}放话：{topic}“没有退路”",
        "{topic}，美媒：这一次不一样",
        "{topic}升级？外媒关注中方回应",
        "{org}又出手，{topic}局势生变",
        "围绕{topic}，西方内部吵起来了",
        "{topic}搅动市场，{org}紧急表态",
        "“{topic}”背后，是谁在算账",
    ],
    "sfc": [
        "{topic}新观察：{place}样本调查",
        "{topic}提速，{org}明确时间表",
        "21深度｜{topic}的“破局”与“立新”",
        "{province}{topic}路线图出炉",
        "{topic}一季度成绩单：{n}家机构分化加剧",
        "独家｜{topic}试点扩围至{n}个城市",
        "{topic}进入2.0阶段，{place}如何发力",
        "对话{person}：{topic}要算长远账",
    ],
    "nbd": [
        "{topic}生变！{n}家公司最新披露",
        "{topic}“降温”？记者实地探访{place}",
        "重磅！{org}发布{topic}新规",
        "{topic}大洗牌：头部企业营收下滑{pct}%",
        "{topic}迎来拐点？机构这样看",
        "每经调查｜{place}{topic}背后的生意经",
        "{topic}再度升温，单日成交超{n}亿元",
        "突发！{topic}传来新消息",
    ],
    "nfplus": [
        "{city}：{topic}跑出“加速度”",
        "{topic}｜{city}这家企业凭什么",
        "{org}：一季度全省{topic}成效明显",
        "{city}出台{n}条措施推动{topic}",
        "奋力推进{topic}，{city}交出新答卷",
        "南方+探访｜{city}{topic}一线见闻",
        "{topic}“广东样本”的{city}实践",
        "{city}{topic}再落一子",
    ],
}
FRAMES = {
    "yicai": [
        "{org}数据显示，今年前{month}个月相关投资同比增长{pct}%。",
        "一位不愿具名的业内人士对第一财经记者表示，{topic}的节奏可能比市场预期更快。",
        "“这是近三年来最密集的一轮政策。”{person}说。",
        "第一财经记者梳理发现，已有{n}个城市出台了类似措施。",
        "从二级市场看，相关板块年内累计涨幅达{pct}%。",
    ],
    "guancha": [
        "据{org}当地时间{month}月{day}日报道，相关谈判仍未取得进展。",
        "对此，{org}在一份声明中称，将“采取一切必要措施”。",
        "分析人士指出，{topic}的影响可能远超预期。",
        "路透社援引知情人士的话称，相关方案最快下月公布。",
        "{person}在接受采访时直言：“这对所有人都没有好处。”",
    ],
    "sfc": [
        "21世纪经济报道记者注意到，{org}近期密集发声。",
        "据21世纪经济报道记者不完全统计，截至{month}月末，已有{n}家机构调整相关业务。",
        "“我们一直在做准备。”{place}一家机构负责人{person}表示。",
        "{org}相关负责人介绍，下一步将稳妥有序推进{topic}。",
        "业内普遍认为，{topic}将是一个长期过程。",
    ],
    "nbd": [
        "《每日经济新闻》记者注意到，{org}显示相关公司一季度营收同比下滑{pct}%。",
        "{month}月{day}日，每经记者以投资者身份致电公司证券部，工作人员表示“一切以公告为准”。",
        "截至发稿，相关股价报收{n}.{n}元/股，总市值约{n2}亿元。",
        "一位券商分析师对每经记者表示，{topic}短期内仍有不确定性。",
        "{person}认为，行业出清尚需时日。",
    ],
    "nfplus": [
        "在{city}，{person}正带领团队加紧调试新产线。",
        "{org}数据显示，一季度全省相关指标同比增长{pct}%。",
        "“订单排到了下半年。”{city}一家企业负责人{person}说。",
        "近年来，{city}坚持把{topic}作为重要抓手，推动产业向高端攀升。",
        "下一步，{city}将持续优化服务，为企业发展创造更好环境。",
    ],
}
PRED = [
    "营收突破{n}亿元",
    "同比增长{pct}%",
    "新增项目{n}个",
    "签约金额达{n2}亿元",
    "融资规模超{n}亿元",
    "净利润下滑{pct}%",
    "成交额环比增长{pct}%",
    "新增授信{n2}亿元",
    "出口额增长{pct}%",
    "产能利用率回升至{n}%",
    "带动就业{n2}人",
    "市场份额提升{pct}个百分点",
    "发行规模达{n2}亿元",
    "资产规模突破{n2}亿元",
    "订单量增长{pct}%",
    "库存周期缩短{n}天",
]
CAPTIONS = [
    "{month}月{day}日，工人在{place}一家工厂的生产线上作业。",
    "{month}月{day}日，投资者在{place}一家证券营业部关注行情。",
    "这是{month}月{day}日拍摄的{place}港集装箱码头。",
    "{month}月{day}日，观众在{place}一场展会上参观新能源汽车。",
    "图为{place}一处在建项目现场。",
    "市民在{place}一家商场选购家电。",
]
SUBHEADS = {
    "yicai": ["政策密集出台", "市场如何反应", "隐忧仍存"],
    "guancha": ["“这是一场豪赌”", "盟友也不买账", "市场用脚投票"],
    "sfc": ["一、规模与结构", "二、分化加剧", "三、下一步怎么走"],
    "nbd": ["业绩承压", "记者探访", "机构观点"],
    "nfplus": ["抢抓机遇 敢闯敢试", "创新驱动 提质增效", "优化服务 久久为功"],
}


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), tries=300, topics=TOPICS)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(GD if tpl == "nfplus" else PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "city": place,
        "province": rng.choice(PROVINCES),
        "person": names(rng, 1)[0],
    }


# the bylines each template prints, in article order (see the package docstring)
STYLES = {
    "yicai": ["one", "two", "one", "wire", "one", "two", "one", "wire", "two", "one", "one", "two"],
    "guancha": ["one", "edit", "zonghe", "column", "one", "edit"] * 2,
    "sfc": ["one", "two", "nfcj", "mixed", "one", "two"] * 2,
    "nbd": ["one", "two", "intern", "ai", "one", "two"] * 2,
    "nfplus": ["corr", "jz", "paper", "wen", "two", "corr"] * 2,
}
GUANCHA_SECS = ["internation", "economy", "ChanJing", "internation"]
SFC_CHANNELS = ["herald", "finance", "market", "herald"]


class Site18(GenSite):
    modules = (templates,)
    pools = POOLS
    subheads = SUBHEADS
    long_paras = (14, 20)

    def __init__(self, seed: int = 1818) -> None:
        super().__init__(seed)

    def build(self) -> None:
        for tpl in TPLS:
            self._make(tpl)

    def _make(self, tpl: str) -> None:
        rng = self.rng
        sizes = self._sizes()
        arts: list[Art] = []
        for i, style in enumerate(STYLES[tpl]):
            seconds = tpl in ("yicai", "guancha", "nbd")
            when = self._when(1 + i * 2 + rng.randint(0, 1), seconds=seconds, hours=(6, 22))
            ctx = context(rng, tpl)
            title = POOLS.headline(rng, tpl, ctx, self.used)
            img = {
                "yicai": "/image/{d:%Y%m%d}/{h}.jpg",
                "guancha": "/upload/{d:%Y-%m-%d}/{h}.jpeg",
                "sfc": "/upload/{d:%Y%m}/{h}.png",
                "nbd": "/upload/{d:%Y%m%d}/{n}{h}.jpg",
                "nfplus": "/pic/{d:%Y-%m}/{d:%d}/{n}_{h}.jpg",
            }[tpl]
            images = rng.choice([0, 1, 1, 2])
            blocks = self._blocks(tpl, sizes[i], ctx, images, when, img)
            nm = names(rng, 6)
            a = Art(tpl, i, "", title, [], when, "second" if seconds else "minute", blocks)
            a.x = {"style": style, "nm": nm, "ctx": ctx, "id": rng.getrandbits(30)}
            getattr(self, "_" + tpl)(a, rng)
            arts.append(a)
        skip = rng.sample(range(12), 3)
        self._related(arts, lambda: rng.randint(2, 4), who=[k for k in range(12) if k not in skip])
        self.arts += arts

    # --- 第一财经 -----------------------------------------------------------------------
    def _yicai(self, a: Art, rng: random.Random) -> None:
        nm, st = a.x["nm"], a.x["style"]
        a.authors = {"one": nm[:1], "two": nm[:2], "wire": []}[st]
        a.editors = [nm[3]]
        a.x["source"] = "新华社" if st == "wire" else "第一财经"
        a.x["summary"] = self.pools.sentence(rng, "yicai", a.x["ctx"])
        for b in a.blocks:
            if b.kind == "img":
                b.credit = rng.choice(["图片来源：视觉中国", "图片来源：第一财经", "图/视觉中国"])
                if rng.random() < 0.4:
                    b.text = ""  # a picture with only its credit under it
        a.path = f"/news/{102000000 + a.x['id'] % 900000}.html"

    # --- 观察者网 -----------------------------------------------------------------------
    def _guancha(self, a: Art, rng: random.Random) -> None:
        nm, st = a.x["nm"], a.x["style"]
        a.authors = [] if st == "zonghe" else nm[:1]
        a.editors = [nm[3]]
        for b in a.blocks:
            if b.kind == "img":
                b.credit = rng.choice(["资料图", "视觉中国", "图源：社交媒体"])
        sec = GUANCHA_SECS[a.i % 4]
        a.x["sec"] = sec
        a.path = f"/{sec}/{a.when:%Y_%m_%d}_{730000 + a.x['id'] % 9999}.shtml"

    # --- 21世纪经济报道 -------------------------------------------------------------------
    def _sfc(self, a: Art, rng: random.Random) -> None:
        nm, st = a.x["nm"], a.x["style"]
        a.authors = {"one": nm[:1], "nfcj": nm[:1]}.get(st, nm[:2])
        a.editors = [nm[3]]
        a.x["city"] = rng.choice(["上海", "北京", "广州", "深圳"])
        ch = SFC_CHANNELS[a.i % 4]
        a.x["ch"] = ch
        a.path = f"/article/{a.when:%Y%m%d}/{ch}/{a.x['id']:08x}{a.i:x}.html"

    # --- 每日经济新闻 ---------------------------------------------------------------------
    def _nbd(self, a: Art, rng: random.Random) -> None:
        nm, st = a.x["nm"], a.x["style"]
        a.authors = {"one": nm[:1], "ai": []}.get(st, nm[:2])
        a.editors = [nm[3]]
        if st == "ai":
            first = self._first(a.blocks)
            first.text = "每经AI快讯，" + first.text
        for b in a.blocks:
            if b.kind == "img":
                b.credit = rng.choice(
                    [f"每经记者 {nm[0]} 摄", "图片来源：视觉中国", "图片来源：企业供图"]
                )
        a.path = f"/articles/{a.when:%Y-%m-%d}/{3300000 + a.x['id'] % 99999}.html"

    # --- 南方+ / 南方网 -------------------------------------------------------------------
    def _nfplus(self, a: Art, rng: random.Random) -> None:
        nm, st = a.x["nm"], a.x["style"]
        a.authors = nm[:2] if st == "two" else nm[:1]
        if st in ("corr", "paper"):
            a.correspondents = nm[1:3] if a.i % 2 else nm[1:2]
        a.editors = [nm[3]]
        a.x["ed_style"] = ["编辑", "责编"][a.i % 2]
        for b in a.blocks:
            if b.kind == "img" and rng.random() < 0.7:
                b.credit = f"南方+记者 {nm[4]} 摄"
        a.path = f"/content/{a.when:%Y-%m}/{a.when:%d}/content_{12000000 + a.x['id'] % 999999}.htm"
