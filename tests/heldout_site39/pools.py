"""Word pools for the thirty-ninth held-out site: legal-affairs and public-security news (a
national court portal, the procuratorate's news site and paper, a provincial public-security
department, the central political-legal commission's portal and a city justice bureau). Every body
is drawn from a seeded RNG; the pools are this site's own. Names and words stay inside GB2312 (two
templates are served in GBK / GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈彭吕苏蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚柴牛尚岳"
)
GIVEN = [
    *("振华", "晓丽", "立军", "雪梅", "宏伟", "文静", "国庆", "春华", "永刚", "翠萍", "德胜"),
    *("思远", "佳琪", "亚楠", "志刚", "丽娟", "建平", "晓东", "慧敏", "海涛", "玉洁", "凯"),
    *("鹏", "琳", "磊", "婷", "超", "洁", "昊", "蕾", "毅", "娜", "晨", "博"),
    *("少华", "明远", "继红", "书航", "若溪", "子墨", "天宇", "欣然", "向东", "秀英", "宇航"),
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


def party(rng: random.Random) -> str:
    """A party to a case as the courts name them: 王某, 李某某."""
    return rng.choice(SURNAMES) + rng.choice(["某", "某", "某某"])


# --- per template: topics, units, places, cases -----------------------------------------------
TOPICS = {
    "fy": [
        "诉源治理",
        "执行攻坚",
        "少年审判",
        "知识产权司法保护",
        "环境资源审判",
        "劳动争议化解",
        "一站式多元解纷",
        "涉企纠纷化解",
        "在线诉讼",
        "家事审判改革",
        "繁简分流",
        "司法救助",
    ],
    "jc": [
        "公益诉讼",
        "未成年人检察",
        "认罪认罚从宽",
        "检察听证",
        "民事检察监督",
        "司法救助",
        "控告申诉",
        "知识产权检察",
        "刑事执行检察",
        "行政违法行为监督",
        "数字检察",
        "轻罪治理",
    ],
    "ga": [
        "打击治理电信网络诈骗",
        "夏季治安打击整治",
        "道路交通安全整治",
        "“百日行动”",
        "户籍便民服务",
        "出入境服务",
        "“110宣传日”",
        "警营开放日",
        "缉捕在逃人员",
        "电动自行车安全",
        "校园周边安全",
        "食药环领域犯罪打击",
    ],
    "ca": [
        "平安建设",
        "基层社会治理",
        "“枫桥经验”",
        "矛盾纠纷排查化解",
        "综治中心规范化建设",
        "网格化服务管理",
        "政法队伍建设",
        "扫黑除恶常态化",
        "法治宣传教育",
        "见义勇为",
        "涉外法治建设",
        "市域社会治理",
    ],
    "sf": [
        "民法典宣传",
        "人民调解",
        "法律援助",
        "社区矫正",
        "公证服务",
        "律师行业党建",
        "行政复议",
        "法治政府建设",
        "安置帮教",
        "司法所规范化建设",
        "“八五”普法",
        "公共法律服务",
    ],
}
UNITS = {
    "fy": [
        "澜阳市中级人民法院",
        "澜阳市青川区人民法院",
        "白崖县人民法院",
        "东篱市人民法院",
        "云州市中级人民法院",
        "云州市江滨区人民法院",
        "青崖县人民法院",
        "临澜铁路运输法院",
    ],
    "jc": [
        "澜阳市人民检察院",
        "澜阳市青川区人民检察院",
        "白崖县人民检察院",
        "东篱市人民检察院",
        "云州市人民检察院",
        "云州市江滨区人民检察院",
        "青崖县人民检察院",
        "澜江省人民检察院",
    ],
    "ga": [
        "澜州市公安局滨江分局",
        "澜州市公安局高新分局",
        "青峰市公安局",
        "白石县公安局",
        "澜江省公安厅交通警察总队",
        "澜州市公安局出入境管理支队",
        "青峰市公安局东城分局",
        "澜州市公安局刑事侦查支队",
    ],
    "ca": [
        "澜江省委政法委",
        "澜阳市委政法委",
        "云州市委政法委",
        "白崖县委政法委",
        "东篱市委政法委",
        "青川区委政法委",
        "澜州市社会治安综合治理中心",
        "云州市平安办",
    ],
    "sf": [
        "江滨区司法局",
        "城西区司法局",
        "青溪县司法局",
        "云州市人民调解委员会",
        "江滨区南湖街道司法所",
        "云州市法律援助中心",
        "云州市公证处",
        "城西区望江司法所",
    ],
}
PLACES = {
    "fy": ["青川区", "江滨区", "白崖县城", "东篱工业园", "城北社区", "渔港镇", "湖心村", "高新区"],
    "jc": [
        "青川河",
        "白崖水库",
        "东篱湿地",
        "城南社区",
        "云州古城",
        "江滨中学",
        "澜阳港",
        "北山林场",
    ],
    "ga": [
        "滨江路",
        "高新区",
        "澜州东站",
        "青峰大道",
        "白石镇",
        "城东派出所",
        "澜州机场",
        "西湖路",
    ],
    "ca": ["澜阳市", "云州市", "白崖县", "东篱市", "青川区", "江滨区", "城关镇", "湖滨社区"],
    "sf": [
        "南湖街道",
        "望江社区",
        "青溪县",
        "江滨区",
        "城西区",
        "云州广场",
        "滨河公园",
        "新港工业园",
    ],
}
CASES = {
    "fy": [
        "民间借贷纠纷",
        "买卖合同纠纷",
        "机动车交通事故责任纠纷",
        "劳动争议",
        "物业服务合同纠纷",
        "侵害商标权纠纷",
        "房屋租赁合同纠纷",
        "离婚纠纷",
        "建设工程施工合同纠纷",
        "追索劳动报酬纠纷",
        "网络购物合同纠纷",
        "相邻关系纠纷",
    ],
    "jc": [
        "非法占用农用地",
        "假冒注册商标",
        "帮助信息网络犯罪活动",
        "污染环境",
        "掩饰、隐瞒犯罪所得",
        "生产、销售伪劣产品",
        "非法采矿",
        "盗窃",
    ],
    "ga": [
        "电信网络诈骗",
        "盗窃电动车",
        "非法集资",
        "网络赌博",
        "贩卖假药",
        "入室盗窃",
        "非法经营",
        "非法捕捞",
    ],
    "ca": [
        "邻里纠纷",
        "土地承包纠纷",
        "欠薪纠纷",
        "物业纠纷",
        "婚姻家庭纠纷",
        "消费纠纷",
        "工程款纠纷",
        "宅基地纠纷",
    ],
    "sf": [
        "邻里纠纷",
        "劳务纠纷",
        "婚姻家庭纠纷",
        "交通事故赔偿纠纷",
        "房屋租赁纠纷",
        "相邻通行纠纷",
        "欠薪纠纷",
        "医疗纠纷",
    ],
}

HEAD = {
    "fy": [
        "{unit}审结一起{case}案",
        "{unit}：{topic}跑出“加速度”",
        "以案说法｜{case}引发诉讼，法院这样判",
        "{unit}召开{topic}新闻发布会",
        "{unit}多措并举推进{topic}",
        "{place}：一起{case}案件当庭调解",
        "{unit}发布{topic}十大典型案例",
        "法官提醒：{case}中这些风险要注意",
        "{unit}：以{topic}助推基层善治",
        "“法官进网格”让{topic}更有温度",
    ],
    "jc": [
        "{unit}：{topic}守护{place}",
        "{unit}办理一起{case}案",
        "{topic}｜一起{case}案背后的检察担当",
        "{unit}召开{topic}工作推进会",
        "{unit}用好{topic}化解矛盾",
        "检察官说案：{case}，莫伸手",
        "{place}{topic}见实效",
        "{unit}举行{topic}公开听证会",
        "聚焦{topic}　{unit}持续发力",
    ],
    "ga": [
        "{unit}破获一起{case}案",
        "{unit}扎实开展{topic}",
        "警方提示｜谨防{case}，这些套路要当心",
        "{place}：{topic}取得阶段性成效",
        "{unit}多警种联动推进{topic}",
        "{unit}成功打掉一个{case}团伙",
        "{topic}｜{unit}在行动",
        "民警“跑腿”，{topic}暖民心",
        "{unit}召开{topic}推进会",
    ],
    "ca": [
        "{unit}：以{topic}护航高质量发展",
        "{place}深化{topic}　织密平安防护网",
        "{place}：小网格撬动{topic}大变化",
        "{place}一起{case}在家门口化解",
        "{topic}的{place}实践",
        "{unit}部署推进{topic}",
        "政法干警下沉一线　{place}{topic}有力有效",
        "从“一件事”到“一类事”：{place}{topic}观察",
    ],
    "sf": [
        "{unit}开展{topic}进社区活动",
        "{unit}成功调解一起{case}",
        "{topic}｜{place}打通法律服务“最后一米”",
        "{unit}召开{topic}工作会议",
        "{place}：{topic}走深走实",
        "市司法局部署{topic}重点工作",
        "{unit}扎实推进{topic}",
        "一起{case}的调解之路",
    ],
}
FRAMES = {
    "fy": [
        "经审理查明，{party}于2023年{m}月向{party2}借款{n2}元，约定同年{m2}月归还，到期后经多次催要未果。",
        "法院审理认为，被告人{party}的行为已构成{crime}，依法应予惩处。",
        "承办法官{person}介绍，{topic}关系群众切身利益，法院将持续发力。",
        "今年以来，{unit}共受理相关案件{n}件，审结{n3}件，调解撤诉率明显提升。",
        "最终，法院依法判决{party}返还{party2}本金及利息共计{n2}元。",
        "庭审中，双方当事人围绕争议焦点充分发表意见，法官当庭组织调解。",
        "另一起案件中，被告人{party}因{crime}被判处有期徒刑{d}个月，并处罚金{n2}元。",
        "宣判后，双方当事人均表示服判，不上诉。",
        "“没想到这么快就拿到了钱。”{party2}说。",
    ],
    "jc": [
        "经查，2023年{m}月至{m2}月，{party}在{place}实施{case}行为，造成经济损失{n2}元。",
        "检察机关审查认为，{party}的行为涉嫌{case}罪，依法提起公诉。",
        "承办检察官{person}表示，{topic}要做到办案、监督、治理一体推进。",
        "今年以来，{unit}共办理相关案件{n}件，制发检察建议{n3}件。",
        "听证会上，听证员一致同意检察机关的处理意见。",
        "在检察机关的督促下，相关行政机关已全部完成整改。",
        "“检察官帮我们解决了大问题。”{party2}说。",
    ],
    "ga": [
        "接报后，{unit}迅速成立专案组，经过连续{n}天的缜密侦查，锁定了犯罪嫌疑人{party}。",
        "{month}月{day}日，专案民警在{place}将{party}抓获归案。",
        "经审讯，{party}对其{case}的违法犯罪事实供认不讳。",
        "目前，犯罪嫌疑人{party}已被依法采取刑事强制措施，案件正在进一步侦办中。",
        "今年以来，{unit}共破获各类{case}案件{n}起，抓获犯罪嫌疑人{n3}名。",
        "民警{person}提醒，广大群众要提高防范意识，遇到可疑情况及时拨打110报警。",
        "活动现场，民警向群众发放宣传资料{n2}余份，解答群众咨询{n}人次。",
    ],
    "ca": [
        "{unit}有关负责人介绍，今年以来，全市共排查化解各类矛盾纠纷{n2}件。",
        "在{place}综治中心，调解员正在为群众调解一起{case}。",
        "{place}网格员{person}说，网格里的事大多在第一时间就能发现和解决。",
        "据统计，{place}群众安全感满意度连续{n}年保持在98%以上。",
        "“有事找网格员，已经成了我们的习惯。”居民{party2}说。",
        "{unit}将{topic}纳入平安建设考评，压实各级责任。",
    ],
    "sf": [
        "活动现场，工作人员向群众发放宣传资料{n2}余份，解答法律咨询{n}人次。",
        "调解员{person}多次上门，耐心释法说理，最终促成双方达成调解协议。",
        "今年以来，{unit}共调解各类矛盾纠纷{n2}件，调解成功率达{n4}%。",
        "法律援助律师{person}介绍，受援人{party2}的诉求已经全部得到支持。",
        "“有了法律顾问，我们遇事心里有底了。”{place}居民{party2}说。",
        "{unit}相关负责人表示，将持续深化{topic}，提升群众法治获得感。",
    ],
}
_OPEN = ["", "", "据介绍，", "同时，", "近年来，", "今年以来，", "此外，", "下一步，", "据了解，"]
_SUBJ = {
    "fy": ["该院", "承办法官", "审判团队", "执行干警", "院党组", "调解员", "人民法庭"],
    "jc": ["该院", "承办检察官", "办案组", "检察机关", "院党组", "检察干警"],
    "ga": ["该局", "民警", "辅警", "各派出所", "各警种", "专案组"],
    "ca": ["各级政法机关", "当地", "政法干警", "各级综治中心", "网格员", "基层组织"],
    "sf": ["该局", "司法所", "人民调解员", "法律援助律师", "普法志愿者", "工作人员"],
}
_PRED = {
    "fy": [
        "坚持能动司法",
        "强化诉前调解",
        "优化立案服务",
        "加大执行力度",
        "深化繁简分流",
        "推行巡回审判",
        "加强审判管理",
        "落实司法公开",
    ],
    "jc": [
        "坚持在办案中监督",
        "强化诉源治理",
        "深化检察听证",
        "加强法律监督",
        "推进检务公开",
        "落实认罪认罚从宽制度",
        "强化跟进监督",
        "加强释法说理",
    ],
    "ga": [
        "强化巡逻防控",
        "加强线索摸排",
        "深化警民联动",
        "严格落实责任",
        "开展集中宣传",
        "加大打击力度",
        "优化便民服务",
        "加强源头治理",
    ],
    "ca": [
        "坚持和发展新时代“枫桥经验”",
        "健全矛盾纠纷多元化解机制",
        "推动资源力量下沉",
        "压实平安建设责任",
        "强化源头预防",
        "完善网格化管理",
        "加强部门协同",
        "推进信息共享",
    ],
    "sf": [
        "深化法治宣传",
        "加强人民调解",
        "优化法律援助服务",
        "规范社区矫正工作",
        "推进公共法律服务平台建设",
        "强化行政执法监督",
        "加强队伍建设",
        "创新普法形式",
    ],
}
_TAIL = [
    "，取得了良好的法律效果和社会效果。",
    "，群众满意度持续提升。",
    "，各项工作有序推进。",
    "，切实维护人民群众合法权益。",
    "，为经济社会发展提供有力法治保障。",
    "。",
]
CAPTIONS = {
    "fy": [
        "{month}月{day}日，{unit}法官在{place}开展巡回审判。",
        "图为庭审现场。",
        "{month}月{day}日，法官向当事人释法明理。",
        "图为{unit}诉讼服务中心。",
    ],
    "jc": [
        "{month}月{day}日，{unit}检察官在{place}开展实地调查。",
        "图为公开听证会现场。",
        "{month}月{day}日，检察干警向群众宣讲{topic}相关知识。",
        "检察官在{place}回访整改情况。",
    ],
    "ga": [
        "{month}月{day}日，民警在{place}向群众宣传防范知识。",
        "图为抓获现场。",
        "{month}月{day}日，{unit}民警开展集中清查行动。",
        "民警为群众办理业务。",
    ],
    "ca": [
        "{month}月{day}日，{place}网格员入户走访。",
        "图为{place}综治中心调解室。",
        "{month}月{day}日，政法干警在{place}开展法治宣传。",
        "{place}平安志愿者开展巡逻。",
    ],
    "sf": [
        "{month}月{day}日，{unit}工作人员在{place}开展{topic}宣传。",
        "图为调解现场。",
        "律师志愿者为群众提供法律咨询。",
        "{month}月{day}日，{place}居民在活动现场领取宣传资料。",
    ],
}
SUBHEADS = {
    "fy": ["前端化解　纠纷止于诉前", "高效审判　案结事了人和", "延伸职能　服务基层治理"],
    "jc": ["精准监督　一案一策", "公开听证　以听促办", "诉源治理　标本兼治"],
    "ga": ["重拳出击　打出声威", "源头防范　筑牢屏障", "便民利民　服务提速"],
    "ca": [
        "抓早抓小　把问题解决在萌芽状态",
        "多元共治　打造共建共治共享格局",
        "科技赋能　提升治理效能",
    ],
    "sf": ["普法宣传入人心", "调解服务解民忧", "法律援助暖民心"],
}


class _Dispatch(Pools):
    """Per-template sentence pools behind the one ``Pools`` interface (the generic sentence's
    subjects and predicates are the template's own; captions by ``ctx["tpl"]``)."""

    def __init__(self) -> None:
        self.by = {
            t: Pools(HEAD, FRAMES, CAPTIONS[t], fill, (_OPEN, _SUBJ[t], _PRED[t], _TAIL))
            for t in HEAD
        }
        super().__init__(HEAD, FRAMES, [], fill, (_OPEN, [], [], _TAIL))

    def headline(self, rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
        return self.by[tpl].headline(rng, tpl, ctx, used)

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        return self.by[tpl].sentence(rng, tpl, ctx)

    def caption(self, rng: random.Random, ctx: dict[str, str]) -> str:
        return self.by[ctx["tpl"]].caption(rng, ctx)


CRIMES = [
    "危险驾驶罪",
    "帮助信息网络犯罪活动罪",
    "拒不执行判决、裁定罪",
    "非法捕捞水产品罪",
    "诈骗罪",
    "盗窃罪",
]
THEORY = [
    "{topic}的实践路径与完善建议",
    "论{topic}中的检察监督",
    "{topic}视野下的类案监督",
    "以{topic}推动诉源治理的思考",
]


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    vals = {"month": "5", "day": "7", "crime": rng.choice(CRIMES), **ctx}
    m = rng.randint(1, 9)
    vals.update(
        n=rng.randint(3, 96),
        n2=rng.randint(1200, 98000),
        n3=rng.randint(2, 60),
        n4=rng.randint(90, 99),
        m=m,
        m2=m + rng.randint(1, 3),
        d=rng.randint(6, 30),
    )
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    p1 = party(rng)
    p2 = party(rng)
    while p2[0] == p1[0]:
        p2 = party(rng)
    return {
        "tpl": tpl,
        "topic": rng.choice(TOPICS[tpl]),
        "unit": rng.choice(UNITS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "case": rng.choice(CASES[tpl]),
        "person": zh_name(rng),
        "party": p1,
        "party2": p2,
    }


POOLS = _Dispatch()
