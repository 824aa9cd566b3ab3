"""Word pools for the forty-first held-out site: news portals of China's minority regions (天山网 and
its Uyghur mirror, 中国西藏网, a 内蒙古 旗 government portal, 广西新闻网, a 延边 news site and its
Korean mirror). Every body is drawn from a seeded RNG; the pools are this site's own. The 旗
portal's and 广西新闻网's words stay inside GB2312 (their pages are served in GBK/GB2312); the
Uyghur and Korean pools are written in their own scripts (Uyghur Arabic script, Korean as the
Korean press of 延边 spells it: 리, 로동, 되였다)."""

# ruff: noqa: E501  (word pools)

from __future__ import annotations

import random

from heldout_gen import Pools

# --- people -----------------------------------------------------------------------------------
HAN_SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈彭吕苏蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
HAN_GIVEN = [
    *("海波", "晓燕", "春生", "建国", "丽萍", "志强", "秋菊", "德明", "小军", "玉兰", "红梅"),
    *("国华", "俊杰", "雅琴", "家豪", "桂芳", "明辉", "淑珍", "勇", "静", "涛", "芳", "新"),
    *("晓峰", "永红", "文娟", "世杰", "新民", "海燕", "立新", "春燕", "伟", "敏", "军", "鹏"),
    *("一鸣", "思源", "嘉怡", "子豪", "雨欣", "浩宇", "梓涵", "晨阳", "晓庆", "卫平", "光荣"),
]
# 新疆: Uyghur and Kazakh names in Chinese transliteration (given name · father's name)
XJ_NAMES = [
    "阿依努尔·买买提",
    "艾克拜尔·吐尔逊",
    "古丽米拉·阿不都",
    "麦尔丹·艾力",
    "努尔兰·叶尔肯",
    "迪丽娜尔·吾斯曼",
    "阿卜杜热西提·阿布力孜",
    "热依拉·亚森",
    "帕提古丽·买合木提",
    "叶尔江·努尔别克",
    "木合塔尔·阿不力米提",
    "祖丽菲娅·塔依尔",
]
TIBET_NAMES = [
    "次仁罗布",
    "扎西顿珠",
    "格桑卓嘎",
    "拉巴次仁",
    "普布扎西",
    "德吉卓玛",
    "索朗多吉",
    "白玛央金",
    "尼玛次仁",
    "旦增曲扎",
    "达瓦卓玛",
    "边巴",
    "央金",
    "土登",
]
MONGOL_NAMES = [
    "巴特尔",
    "其其格",
    "乌云毕力格",
    "苏日娜",
    "额尔敦仓",
    "那仁满都拉",
    "孟和",
    "斯琴高娃",
    "阿拉坦仓",
    "包金山",
    "宝音图",
    "萨仁高娃",
    "朝鲁门",
    "乌日汗",
]
ZHUANG_SURNAMES = list("韦覃蓝农莫陆黄梁卢蒙")
CHOSON_SURNAMES = list("金朴崔李郑全韩尹许玄南安姜池")
CHOSON_GIVEN = [
    *("哲", "明花", "美兰", "英洙", "成勋", "春植", "永哲", "锦花", "成民", "镇国", "明吉"),
    *("东春", "龙海", "英爱", "惠淑", "正男", "光日", "顺姬", "松林", "银实", "红莲"),
]
# the Korean mirror's reporters (as 延边's Korean press spells them: 리, 로, 림, 류)
KO_NAMES = [
    "김철호",
    "리영수",
    "박명화",
    "최미란",
    "정성훈",
    "전춘식",
    "한영철",
    "윤금화",
    "안성민",
    "현진국",
    "허명길",
    "강동춘",
    "남룡해",
    "림영애",
    "로혜숙",
    "류정남",
]
# the Uyghur mirror's reporters and editors
UY_NAMES = [
    "ئابلىمىت تۇرسۇن",
    "گۈلنار ئابدۇللا",
    "مەمەتجان ئىمىن",
    "رىزۋانگۈل ئەھمەت",
    "پاتىگۈل مەمەت",
    "نۇرمەمەت قادىر",
    "دىلنۇر ياسىن",
    "ئەركىن ھوشۇر",
    "ئابدۇرېشىت ئابلىز",
    "مۇقەددەس ئوسمان",
]


def han(rng: random.Random) -> str:
    return rng.choice(HAN_SURNAMES) + rng.choice(HAN_GIVEN)


def person_of(rng: random.Random, tpl: str) -> str:
    """A name a story quotes (never a byline's)."""
    if tpl == "ts" and rng.random() < 0.5:
        return rng.choice(XJ_NAMES[::-1])
    if tpl == "tibet" and rng.random() < 0.6:
        return rng.choice(TIBET_NAMES[::-1])
    if tpl == "qx" and rng.random() < 0.5:
        return rng.choice(MONGOL_NAMES[::-1])
    if tpl == "gx" and rng.random() < 0.5:
        return rng.choice(ZHUANG_SURNAMES) + rng.choice(HAN_GIVEN)
    if tpl == "yb" and rng.random() < 0.6:
        return rng.choice(CHOSON_SURNAMES) + rng.choice(CHOSON_GIVEN)
    return han(rng)


def byline_name(rng: random.Random, tpl: str) -> str:
    """A reporter's, correspondent's or editor's name as the template's bylines print it."""
    r = rng.random()
    if tpl == "ts" and r < 0.45:
        return rng.choice(XJ_NAMES)
    if tpl == "tibet" and r < 0.55:
        return rng.choice(TIBET_NAMES)
    if tpl == "qx" and r < 0.45:
        return rng.choice(MONGOL_NAMES)
    if tpl == "gx" and r < 0.4:
        return rng.choice(ZHUANG_SURNAMES) + rng.choice(HAN_GIVEN)
    if tpl == "yb" and r < 0.6:
        return rng.choice(CHOSON_SURNAMES) + rng.choice(CHOSON_GIVEN)
    return han(rng)


def names(rng: random.Random, tpl: str, k: int) -> list[str]:
    pool = {"uy": UY_NAMES, "ko": KO_NAMES}.get(tpl)
    if pool is not None:
        return rng.sample(pool, k)
    out: list[str] = []
    while len(out) < k:
        n = byline_name(rng, tpl)
        if n not in out:
            out.append(n)
    return out


# --- Chinese pools ------------------------------------------------------------------------------
TOPICS = {
    "ts": [
        "棉花春播",
        "冬小麦田管",
        "乡村旅游",
        "特色林果",
        "劳动力转移就业",
        "边境贸易",
        "国家通用语言文字教育",
        "新能源项目",
        "丝路文化",
        "冰雪旅游",
        "沙漠治理",
        "口岸通关",
    ],
    "tibet": [
        "青稞种植",
        "边境小康村建设",
        "藏医药传承",
        "雪顿节",
        "唐卡艺术",
        "生态保护",
        "高原农牧业",
        "桃花旅游",
        "非遗保护",
        "双语教育",
        "易地搬迁",
        "林下经济",
    ],
    "qx": [
        "草原生态保护",
        "禁牧休牧",
        "肉牛产业",
        "嘎查党建",
        "牧区防火",
        "那达慕大会",
        "乌兰牧骑演出",
        "人居环境整治",
        "春季接羔保育",
        "长调传承",
        "奶食品加工",
        "防沙治沙",
    ],
    "gx": [
        "糖料蔗生产",
        "壮族三月三",
        "北部湾港建设",
        "螺蛳粉产业",
        "陆海新通道",
        "漓江保护",
        "边境贸易",
        "芒果种植",
        "桑蚕产业",
        "民族团结进步创建",
        "乡村振兴",
        "长寿食品",
    ],
    "yb": [
        "水稻插秧",
        "苹果梨产业",
        "边境旅游",
        "朝鲜族民俗",
        "人参产业",
        "图们江保护",
        "双语教育",
        "冰雪经济",
        "养老服务",
        "非遗传承",
        "口岸经济",
        "民族团结进步创建",
    ],
}
PLACES = {
    "ts": [
        "喀什地区",
        "和田地区",
        "阿克苏地区",
        "伊犁州",
        "吐鲁番市",
        "乌鲁木齐市",
        "哈密市",
        "阿勒泰地区",
        "昌吉州",
        "霍尔果斯口岸",
        "莎车县",
        "库车市",
    ],
    "tibet": [
        "拉萨市",
        "日喀则市",
        "林芝市",
        "山南市",
        "昌都市",
        "那曲市",
        "阿里地区",
        "堆龙德庆区",
        "当雄县",
        "墨脱县",
        "八廓街",
        "羊八井镇",
    ],
    "qx": [
        "宝力根苏木",
        "查干诺尔镇",
        "乌兰敖包嘎查",
        "巴彦宝力格苏木",
        "额尔敦嘎查",
        "哈日淖尔镇",
        "赛罕塔拉镇",
        "阿拉坦合力苏木",
    ],
    "gx": [
        "南宁市",
        "柳州市",
        "桂林市",
        "百色市",
        "崇左市",
        "河池市",
        "钦州港",
        "凭祥市",
        "东兴市",
        "巴马瑶族自治县",
        "三江侗族自治县",
        "龙胜各族自治县",
    ],
    "yb": [
        "延吉市",
        "龙井市",
        "图们市",
        "珲春市",
        "和龙市",
        "安图县",
        "汪清县",
        "敦化市",
        "延吉西站",
        "帽儿山",
    ],
}
ORGS = {
    "ts": [
        "自治区农业农村厅",
        "自治区文化和旅游厅",
        "自治区人社厅",
        "自治区商务厅",
        "自治区林草局",
        "乌鲁木齐海关",
    ],
    "tibet": [
        "自治区农业农村厅",
        "自治区文旅厅",
        "自治区藏医院",
        "自治区生态环境厅",
        "自治区教育厅",
        "拉萨市委宣传部",
    ],
    "qx": ["旗农牧局", "旗林草局", "旗文体旅游广电局", "旗委组织部", "旗应急管理局", "旗乌兰牧骑"],
    "gx": [
        "自治区农业农村厅",
        "自治区商务厅",
        "自治区文化和旅游厅",
        "自治区民宗委",
        "南宁海关",
        "自治区发展改革委",
    ],
    "yb": ["州农业农村局", "州文广旅局", "州民政局", "州教育局", "州商务局", "州民委"],
}
HEAD = {
    "ts": [
        "{place}{topic}跑出“加速度”",
        "{org}部署推进{topic}工作",
        "新疆{topic}取得阶段性成效",
        "{place}：{topic}绘就增收新图景",
        "聚焦{topic}　{place}打出“组合拳”",
        "{place}{topic}项目集中开工",
        "天山南北{topic}正当时",
        "{place}多措并举推动{topic}提质增效",
        "{topic}为{place}群众增收添动力",
        "{org}：今年{topic}将有这些新举措",
        "走进{place}看{topic}新气象",
    ],
    "tibet": [
        "{place}：{topic}焕发新活力",
        "{org}扎实推进{topic}工作",
        "高原上的{topic}：{place}的新变化",
        "【雪域新貌】{place}{topic}见实效",
        "{place}{topic}迎来新机遇",
        "西藏{topic}工作推进会在{place}召开",
        "{place}{topic}带动群众增收",
        "{org}部署{topic}重点任务",
        "走进{place}：感受{topic}的温度",
        "{topic}让{place}群众笑开颜",
    ],
    "qx": [
        "{place}扎实开展{topic}工作",
        "{org}召开{topic}工作推进会",
        "{topic}　{place}在行动",
        "我旗{topic}取得新成效",
        "{place}{topic}绘就草原新画卷",
        "{org}深入{place}调研{topic}工作",
        "{place}召开{topic}动员部署会",
        "{org}多举措推进{topic}",
        "{place}：{topic}助力牧民增收",
    ],
    "gx": [
        "{place}{topic}跑出加速度",
        "{org}：{topic}实现“开门红”",
        "八桂大地{topic}正当时",
        "{place}以{topic}助力高质量发展",
        "{topic}｜{place}：小切口撬动大民生",
        "{place}{topic}有了新进展",
        "{org}出台{topic}支持措施",
        "{place}：{topic}激活发展新动能",
        "{topic}让{place}群众腰包鼓起来",
        "{place}{topic}交出亮眼成绩单",
    ],
    "yb": [
        "{place}{topic}步入快车道",
        "{org}推进{topic}工作",
        "{place}：{topic}为乡村振兴注入活力",
        "延边{topic}呈现良好态势",
        "{place}{topic}迎来新发展",
        "{topic}　{place}这样做",
        "{place}多举措推进{topic}",
        "{org}召开{topic}工作会议",
        "{place}{topic}亮点纷呈",
        "聚焦{topic}　{place}持续发力",
    ],
}
FRAMES = {
    "ts": [
        "{org}相关负责人介绍，今年以来全区{topic}累计完成投资{n2}万元。",
        "在{place}，记者看到，{topic}各项工作正有序推进。",
        "“{topic}让我们实实在在得了实惠。”{place}村民{person}说。",
        "据统计，{place}今年已有{n2}人通过{topic}实现增收。",
    ],
    "tibet": [
        "{org}相关负责人介绍，今年全区{topic}覆盖农牧民{n2}户。",
        "在{place}，{topic}各项工作正有条不紊地推进。",
        "“{topic}让我们的日子越过越红火。”{place}群众{person}说。",
        "据了解，{place}已将{topic}列入年度重点工作。",
    ],
    "qx": [
        "{place}党委书记{person}介绍，今年全苏木{topic}覆盖牧户{n2}户。",
        "连日来，{place}干部群众抢抓时节，推进{topic}。",
        "{org}负责人表示，将持续推动{topic}走深走实。",
        "“{topic}办到了我们心坎上。”牧民{person}笑着说。",
    ],
    "gx": [
        "{org}有关负责人介绍，今年以来全区{topic}累计完成投资{n2}万元。",
        "记者在{place}看到，{topic}相关工作正在火热进行。",
        "“{topic}让我们看到了致富的希望。”{place}群众{person}说。",
        "下一步，{org}将建立{topic}长效机制。",
    ],
    "yb": [
        "{org}有关负责人介绍，今年全州{topic}累计投入资金{n2}万元。",
        "记者在{place}看到，{topic}工作人员正在现场忙碌。",
        "“{topic}让我们的生活越来越好。”{place}居民{person}说。",
        "截至目前，全州{topic}累计服务群众{n2}人次。",
    ],
}
_OPEN = ["", "", "据介绍，", "同时，", "目前，", "近年来，", "记者了解到，", "此外，", "下一步，"]
_SUBJ = ["各地", "相关部门", "当地", "各乡镇", "工作人员", "党员干部", "企业", "志愿者"]
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
    "，为高质量发展贡献力量。",
    "。",
]
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}开展{topic}相关工作。",
    "{place}{topic}现场。",
    "{month}月{day}日，群众在{place}参与{topic}活动。",
    "图为{place}{topic}一角。",
    "{month}月{day}日，{org}工作人员在{place}了解{topic}情况。",
]
SUBHEADS = {
    "ts": ["谋定而动　挂图作战", "精准发力　破解难题", "久久为功　惠及民生"],
    "tibet": ["党建引领聚合力", "产业发展有奔头", "民生福祉节节高"],
    "qx": ["压实责任抓落实", "多措并举见实效", "久久为功护草原"],
    "gx": ["摸清底数找问题", "多管齐下抓落实", "长效管理不松劲"],
    "yb": ["特色产业促增收", "民生实事暖人心", "边疆发展添活力"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {"month": "5", "day": "7", **ctx}
    vals.update(n=rng.randint(3, 95), n2=rng.randint(120, 9800), d=rng.randint(1, 9))
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    if tpl in LANG_CTX:
        return LANG_CTX[tpl](rng)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "person": person_of(rng, tpl),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), topics=TOPICS)


# --- the Uyghur mirror (تەڭرىتاغ تورى) ----------------------------------------------------------
# places as (name, locative)
UY_PLACES = [
    ("قەشقەر", "قەشقەردە"),
    ("خوتەن", "خوتەندە"),
    ("ئاقسۇ", "ئاقسۇدا"),
    ("ئىلى", "ئىلىدا"),
    ("تۇرپان", "تۇرپاندا"),
    ("ئۈرۈمچى", "ئۈرۈمچىدە"),
    ("قۇمۇل", "قۇمۇلدا"),
    ("ئالتاي", "ئالتايدا"),
]
UY_TOPICS = [
    "يېزا ئىگىلىكى",
    "پاختا تېرىش",
    "ساياھەتچىلىك",
    "مائارىپ",
    "ساغلاملىق",
    "ئىشقا ئورۇنلىشىش",
    "ئېكولوگىيە",
    "مەدەنىيەت",
]
UY_PEOPLE = ["ئەخمەت ساۋۇت", "ئايىشەم تۇردى", "قاسىم ئىسمايىل", "مەرىيەم ھېيت", "تۇرغۇن ئابدۇ"]
UY_HEAD = [
    "{loc} {topic} خىزمىتى ئىلگىرى سۈرۈلدى",
    "{loc} {topic} يېڭى نەتىجىلەرنى قولغا كەلتۈردى",
    "{place} ۋىلايىتى {topic} ساھەسىدە يۈكسىلىش بولدى",
    "{loc} باھارلىق تېرىلغۇ قىزغىن ئېلىپ بېرىلماقتا",
    "{topic} ئارقىلىق {place} خەلقىنىڭ كىرىمى ئاشتى",
]
UY_FRAMES = [
    "يېقىندا، {loc} {topic} خىزمىتى ئەستايىدىل ئورۇنلاشتۇرۇلدى.",
    "مۇخبىرنىڭ ئىگىلىشىچە، بۇ يىل {topic} ساھەسىگە {n2} مىليون يۈەن مەبلەغ سېلىنغان.",
    "«{topic} بىزنىڭ تۇرمۇشىمىزنى تېخىمۇ ياخشىلىدى،» دېدى يېزىلىق {person}.",
    "ھازىر، {loc} {n} دىن ئارتۇق كوپىراتىپ قۇرۇلدى.",
    "بۇ پائالىيەتكە {n2} دىن ئارتۇق ئادەم قاتناشتى.",
    "{place} شەھەرلىك ھۆكۈمەت بۇ ھەقتە مەخسۇس يىغىن ئاچتى.",
    "ئېتىز-ئېرىقلاردا ماشىنىلار گۈلدۈرلەپ ئىشلىمەكتە.",
    "ساياھەتچىلەر بۇ يەرنىڭ گۈزەل مەنزىرىسىدىن ھۇزۇرلاندى.",
]
UY_OPEN = ["", "", "يېقىندىن بۇيان، ", "ھازىر، ", "بۇنىڭدىن باشقا، ", "شۇنىڭ بىلەن بىرگە، "]
UY_SUBJ = [
    "مۇناسىۋەتلىك تارماقلار ",
    "ھەر قايسى يېزا-بازارلار ",
    "كادىرلار ",
    "پىدائىيلار ",
    "يەرلىك ھۆكۈمەت ",
]
UY_PRED = [
    "مەسئۇلىيەتنى ئەمەلىيلەشتۈرۈپ",
    "تەشۋىقاتنى كۈچەيتىپ",
    "مۇلازىمەت سۈپىتىنى ئۆستۈرۈپ",
    "مەبلەغ سېلىشنى ئاشۇرۇپ",
    "خىزمەت تەرتىپىنى ئەلالاشتۇرۇپ",
    "ئاممىنىڭ پىكرىنى ئاڭلاپ",
]
UY_TAIL = [
    "خىزمەتلەرنى پۇختا ئىلگىرى سۈردى.",
    "كۆرۈنەرلىك ئۈنۈمگە ئېرىشتى.",
    "ئاممىنىڭ ياخشى باھاسىغا ئېرىشتى.",
    "ۋەزىپىلەرنى ۋاقتىدا ئورۇندىدى.",
    "ئاممىنىڭ رازىلىق دەرىجىسىنى ئۈزلۈكسىز ئۆستۈردى.",
]
UY_CAPTIONS = [
    "{month}-ئاينىڭ {day}-كۈنى، {loc} ئېلىنغان كۆرۈنۈش.",
    "{month}-ئاينىڭ {day}-كۈنى، دېھقانلار ئېتىزدا ئىشلىمەكتە.",
    "{loc} {topic} پائالىيىتىدىن بىر كۆرۈنۈش.",
]


# --- the Korean mirror (연변일보 조선문) ------------------------------------------------------------
KO_PLACES = ["연길시", "룡정시", "도문시", "훈춘시", "화룡시", "안도현", "왕청현", "돈화시"]
KO_TOPICS = [
    "벼모내기",
    "사과배산업",
    "변경관광",
    "민속문화",
    "인삼산업",
    "두만강보호",
    "취업지원",
    "량로봉사",
]
KO_PEOPLE = ["김광수", "리순희", "박창호", "최옥란", "정만길", "한명숙"]
KO_HEAD = [
    "{place} {topic} 사업 활기차게 추진",
    "{place} {topic} 새 성과 거둬",
    "{place}서 {topic} 현장회의 소집",
    "{place} {topic} 사업 순조롭게 진행",
    "{place} {topic} 발전에 박차",
]
KO_FRAMES = [
    "최근 {place}에서는 {topic} 사업을 깊이있게 추진하고 있다.",
    "기자가 료해한 데 의하면 올해 {place}에서는 {topic} 분야에 {n2}만원을 투입했다.",
    "“{topic} 덕분에 생활이 한결 나아졌습니다.” 촌민 {person}씨는 이렇게 말했다.",
    "현재 {place}에는 {n}개의 전문합작사가 설립되였다.",
    "이번 활동에는 {n2}여명이 참가했다.",
    "다음 단계로 {place}에서는 {topic} 사업을 한층 더 심화시킬 계획이다.",
    "들판에서는 농기계들이 분주히 움직이고 있었다.",
    "관광객들은 아름다운 풍경에 감탄을 금치 못했다.",
]
KO_OPEN = ["", "", "최근 ", "한편 ", "현재 ", "이와 함께 "]
KO_SUBJ = ["각 향진에서는 ", "관련 부문에서는 ", "당지에서는 ", "사업일군들은 ", "자원봉사자들은 "]
KO_PRED = [
    "현장에 깊이 들어가",
    "정책선전을 강화하고",
    "봉사수준을 높이고",
    "자금투입을 늘리고",
    "사업절차를 간소화하고",
    "책임을 명확히 하고",
]
KO_TAIL = [
    "사업을 착실히 추진하고 있다.",
    "뚜렷한 성과를 거두었다.",
    "군중들의 호평을 받고 있다.",
    "각종 과업을 제때에 완수하고 있다.",
    "민생개선에 힘을 기울이고 있다.",
]
KO_CAPTIONS = [
    "{month}월 {day}일, {place}에서 촬영한 {topic} 현장.",
    "{month}월 {day}일, 촌민들이 {place}에서 일손을 다그치고 있다.",
    "{place} {topic} 활동의 한 장면.",
]


class LangPools(Pools):
    """A mirror's pools: its headline, sentence and caption frames, and a generic sentence of an
    opening, a subject, a converb and a tail joined the language's way; a paragraph's sentences
    joined by a space."""

    joiner = " "

    def __init__(
        self,
        head: list[str],
        frames: list[str],
        captions: list[str],
        words: tuple[list[str], list[str], list[str], list[str]],
        sep: str,
    ) -> None:
        super().__init__({"x": head}, {"x": frames}, captions, fill, words, frame_share=0.35)
        self.sep = sep

    def headline(self, rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
        return super().headline(rng, "x", ctx, used)

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        if rng.random() < self.frame_share:
            return self.fill(rng, rng.choice(self.frames["x"]), ctx)
        return (
            rng.choice(self.open)
            + rng.choice(self.subj)
            + rng.choice(self.pred)
            + self.sep
            + rng.choice(self.tail)
        )


UY_POOLS = LangPools(UY_HEAD, UY_FRAMES, UY_CAPTIONS, (UY_OPEN, UY_SUBJ, UY_PRED, UY_TAIL), "، ")
KO_POOLS = LangPools(KO_HEAD, KO_FRAMES, KO_CAPTIONS, (KO_OPEN, KO_SUBJ, KO_PRED, KO_TAIL), " ")


def _uy_ctx(rng: random.Random) -> dict[str, str]:
    place, loc = rng.choice(UY_PLACES)
    return {
        "topic": rng.choice(UY_TOPICS),
        "place": place,
        "loc": loc,
        "org": "",
        "person": rng.choice(UY_PEOPLE),
    }


def _ko_ctx(rng: random.Random) -> dict[str, str]:
    return {
        "topic": rng.choice(KO_TOPICS),
        "place": rng.choice(KO_PLACES),
        "org": "",
        "person": rng.choice(KO_PEOPLE),
    }


LANG_CTX = {"uy": _uy_ctx, "ko": _ko_ctx}

# the Mongolian-script words of the 旗 portal's 蒙古文版 front (traditional script)
MGL = {
    "title": "ᠬᠠᠷ᠎ᠠ ᠨᠠᠭᠤᠷ ᠬᠣᠰᠢᠭᠤ",
    "news": "ᠰᠣᠨᠢᠨ ᠮᠡᠳᠡᠭᠡ",
    "gov": "ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠯᠠᠨ ᠳᠤ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ",
    "home": "ᠨᠢᠭᠤᠷ",
    "items": [
        "ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠨᠠᠭᠠᠳᠤᠮ ᠤᠨ ᠪᠡᠯᠡᠳᠬᠡᠯ ᠡᠬᠢᠯᠡᠪᠡ",
        "ᠬᠠᠪᠤᠷ ᠤᠨ ᠲᠠᠷᠢᠶᠠᠯᠠᠩ ᠤᠨ ᠠᠵᠢᠯ",
        "ᠮᠠᠯᠴᠢᠨ ᠤ ᠠᠮᠢᠳᠤᠷᠠᠯ ᠳᠡᠭᠡᠰᠢᠯᠡᠪᠡ",
        "ᠤᠯᠠᠭᠠᠨᠮᠦᠴᠢᠳ ᠦᠨ ᠲᠣᠭᠯᠠᠯᠲᠠ",
        "ᠨᠤᠲᠤᠭ ᠤᠨ ᠡᠺᠣᠯᠣᠭᠢ ᠶᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ",
        "ᠰᠤᠷᠭᠠᠭᠤᠯᠢ ᠶᠢᠨ ᠬᠥᠮᠦᠵᠢᠯ",
    ],
}
