"""Word pools for the fifty-fifth held-out site: one prefecture-level city's news portal group
(临江市). Simplified pools stay inside GB2312 (the 区县频道 and the 2019 e-paper are served in
GBK/GB2312), the 繁體 pools inside Big5, and an English pool for the English channel."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢唐许邓冯曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江阎薛"
)
GIVEN = [
    *("思远", "雨婷", "俊峰", "晓燕", "建华", "海涛", "明辉", "志强", "丽萍", "立军", "春梅"),
    *("卫平", "一凡", "可心", "文博", "秀英", "子涵", "静雯", "国庆", "美华", "振华", "诗琪"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静", "磊", "娜"),
]
# Traditional names: surnames and given names written alike or in their Big5 forms
TW_SURNAMES = list("王李張劉陳楊趙黃周吳徐孫胡朱高林何郭馬羅梁宋鄭謝唐許鄧馮曹彭曾蕭田董潘")
TW_GIVEN = [
    *("思遠", "雨婷", "俊峰", "曉燕", "建華", "海濤", "明輝", "志強", "麗萍", "立軍", "春梅"),
    *("文博", "秀英", "子涵", "靜雯", "國慶", "美華", "振華", "詩琪", "家豪", "怡君", "冠宇"),
]
EN_FIRST = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu"]
EN_GIVEN = [
    *("Xiaoming", "Yuting", "Junfeng", "Xiaoyan", "Jianhua", "Haitao", "Minghui", "Zhiqiang"),
    *("Liping", "Lijun", "Chunmei", "Wenbo", "Xiuying", "Zihan", "Jingwen", "Meihua", "Zhenhua"),
]


def names(rng: random.Random, k: int, tpl: str = "xw") -> list[str]:
    out: list[str] = []
    while len(out) < k:
        if tpl == "tw":
            n = rng.choice(TW_SURNAMES) + rng.choice(TW_GIVEN)
        elif tpl == "en":
            n = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_FIRST)}"
        else:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


STAR_NAME = "周文博"  # the reporter with a page of her own
DISTRICTS = ["江北区", "东湖区", "青山县", "云溪县", "临江经开区"]
TW_DISTRICTS = ["江北區", "東湖區", "青山縣", "雲溪縣"]
PLACES = [
    "滨江公园",
    "高铁新城",
    "老城片区",
    "江北产业园",
    "城东新区",
    "湖滨街道",
    "青山镇",
    "云溪古镇",
]
TOPICS = {
    "xw": ["城市更新", "营商环境", "文明城市创建", "民生实事", "产业升级", "交通建设", "乡村振兴"],
    "qx": ["人居环境整治", "农业生产", "基层治理", "招商引资", "文旅融合", "安全生产", "社区服务"],
    "ep": ["项目建设", "科技创新", "教育发展", "医疗改革", "生态保护", "消费提振", "人才引进"],
}
PROJECTS = [
    "地铁2号线",
    "滨江绿道",
    "城东污水处理厂",
    "市民中心",
    "江北大桥",
    "智慧停车平台",
    "老旧小区改造",
    "新能源产业园",
]

HEAD = {
    "xw": [
        "{place}{topic}项目加快推进",
        "临江市召开{topic}工作推进会",
        "{project}建设迎来新进展",
        "我市{topic}工作获省级通报表扬",
        "{place}：{topic}让群众幸福感更足",
        "临江{project}预计年内完工",
        "市领导调研{place}{topic}工作",
    ],
    "qx": [
        "{dist}扎实推进{topic}",
        "{dist}{place}{topic}见实效",
        "{dist}召开{topic}专题会议",
        "{dist}：{topic}跑出“加速度”",
        "{dist}举办{topic}培训班",
        "{dist}多措并举抓好{topic}",
    ],
    "ep": [
        "{project}主体工程完工",
        "我市{topic}交出亮眼成绩单",
        "{place}：以{topic}赋能高质量发展",
        "{topic}的临江答卷",
        "聚焦{topic} 全市上下齐发力",
        "{project}为城市发展注入新动能",
    ],
}
FRAMES = {
    "xw": [
        "据介绍，{project}总投资约{n}亿元，建成后将进一步完善{place}的功能配套。",
        "市{topic}工作专班负责人表示，下一步将倒排工期、挂图作战，确保各项任务按期完成。",
        "记者在{place}看到，工人们正在紧张施工，各类机械设备往来穿梭。",
        "今年以来，我市围绕{topic}出台了{n}项具体举措，惠及群众超过十万人次。",
    ],
    "qx": [
        "近日，{dist}组织相关部门深入{place}，实地查看{topic}推进情况。",
        "截至目前，{dist}已累计投入资金{n}千万元，完成整治点位数百处。",
        "{dist}相关负责人表示，将持续巩固{topic}成果，让群众有更多获得感。",
    ],
    "ep": [
        "{project}是我市今年的重点工程之一，计划总投资{n}亿元。",
        "在{place}，一批{topic}项目正加速落地，为全市经济发展提供有力支撑。",
        "市发改委有关负责人介绍，全市{topic}工作整体呈现稳中有进、进中向好的态势。",
    ],
}
_OPEN = ["", "", "据了解，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，", "目前，"]
_SUBJ = ["我市", "该区", "相关部门", "项目方", "街道社区", "施工单位", "市民群众", "各级干部"]
_PRED = [
    "坚持问题导向",
    "强化统筹协调",
    "压紧压实工作责任",
    "加大资金投入力度",
    "完善长效管理机制",
    "倾听群众意见建议",
    "推动政策落地见效",
    "优化服务流程",
    "加强部门联动",
    "深化改革创新",
    "补齐基础设施短板",
    "营造良好社会氛围",
]
_TAIL = [
    "。",
    "，取得明显成效。",
    "，各项工作有序推进。",
    "，赢得群众广泛好评。",
    "，为全市发展贡献力量。",
]
CAPTIONS = [
    "{month}月{day}日，{place}施工现场",
    "市民在{place}休闲游玩",
    "{project}建设现场（效果图）",
    "{month}月{day}日，工作人员在{place}开展{topic}宣传",
]
SUBHEADS = {
    "xw": ["抢抓工期促进度", "以民为本办实事"],
    "qx": ["聚焦重点抓落实", "久久为功见长效"],
    "ep": ["项目为王", "服务为先"],
    "tw": ["加快腳步", "民眾有感"],
    "en": ["Faster progress", "Residents see the change"],
}

TW_TOPICS = ["城市更新", "觀光旅遊", "交通建設", "社區營造", "文化活動", "鄉村振興", "青年創業"]
TW_HEAD = [
    "臨江市{topic}再升級 {place}成新亮點",
    "{dist}推動{topic} 民眾有感",
    "臨江{project}年底完工 {topic}加速",
    "{place}舉辦{topic}活動 吸引大批遊客",
    "臨江市政府宣布{topic}新措施",
    "兩岸青年齊聚{place} 共話{topic}",
]
TW_PLACES = ["濱江公園", "高鐵新城", "老城片區", "江北產業園", "城東新區", "雲溪古鎮"]
TW_PROJECTS = ["地鐵2號線", "濱江綠道", "市民中心", "江北大橋", "智慧停車平台"]
TW_FRAMES = [
    "市府相關負責人表示，{project}總投資約{n}億元，完工後將大幅改善{place}交通。",
    "據了解，今年以來臨江市已推出{n}項{topic}相關措施，受到各界好評。",
    "現場民眾表示，{place}近年變化很大，生活越來越方便。",
]
TW_OPEN = ["", "", "據了解，", "此外，", "近年來，", "今年以來，", "未來，"]
TW_SUBJ = ["市府", "相關部門", "主辦單位", "業者", "當地居民", "專家學者"]
TW_PRED = [
    "持續推動相關工作",
    "加強跨部門合作",
    "擴大民眾參與",
    "提升服務品質",
    "完善配套設施",
    "投入更多資源",
    "落實各項政策",
    "強化宣傳推廣",
]
TW_TAIL = ["。", "，成效逐步顯現。", "，獲得民眾肯定。", "，各項工作順利推進。"]
TW_CAPTIONS = ["民眾在{place}參觀", "{place}活動現場", "{project}施工現場"]

EN_TOPICS = [
    "urban renewal",
    "tourism",
    "green transport",
    "the digital economy",
    "rural revitalization",
    "elderly care",
]
EN_PLACES = [
    "the Binjiang riverside",
    "the high-speed rail new town",
    "the old city",
    "the Jiangbei industrial park",
    "Yunxi ancient town",
]
EN_PROJECTS = [
    "Metro Line 2",
    "the Binjiang greenway",
    "the Jiangbei Bridge",
    "the new civic center",
    "the smart parking platform",
]
EN_HEAD = [
    "Linjiang speeds up work on {project}",
    "Visitors flock to {place} as {topic} pays off",
    "Linjiang unveils new measures on {topic}",
    "How {topic} is changing life in {place}",
    "{project} set to open by year-end",
    "Foreign investors eye Linjiang's push for {topic}",
    "Linjiang's {topic} drive wins provincial praise",
]
EN_FRAMES = [
    "Officials said {project} would cost about {n} billion yuan and bring big changes to {place}.",
    "Since the beginning of the year, Linjiang has rolled out {n} measures related to {topic}.",
    "Residents near {place} said the changes over the past few years had been remarkable.",
]
EN_OPEN = ["", "", "Meanwhile, ", "In addition, ", "According to officials, ", "This year, "]
EN_SUBJ = ["the city ", "local authorities ", "the district ", "developers ", "community workers "]
EN_PRED = [
    "have stepped up coordination",
    "are investing more in public services",
    "have listened closely to residents",
    "plan to expand the program",
    "are improving supporting facilities",
    "have simplified approval procedures",
    "are working with private companies",
]
EN_TAIL = [".", ", with visible results.", ", officials said.", ", according to a statement."]
EN_CAPTIONS = ["Visitors at {place}", "A view of {place}", "Workers at the site of {project}"]


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    if tpl == "tw":
        return {
            "topic": rng.choice(TW_TOPICS),
            "place": rng.choice(TW_PLACES),
            "project": rng.choice(TW_PROJECTS),
            "dist": rng.choice(TW_DISTRICTS),
            "n": str(rng.randint(3, 48)),
        }
    if tpl == "en":
        return {
            "topic": rng.choice(EN_TOPICS),
            "place": rng.choice(EN_PLACES),
            "project": rng.choice(EN_PROJECTS),
            "n": str(rng.randint(3, 48)),
        }
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "project": rng.choice(PROJECTS),
        "dist": rng.choice(DISTRICTS),
        "n": str(rng.randint(3, 48)),
    }


class EnPools(Pools):
    joiner = " "

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        s = super().sentence(rng, tpl, ctx).replace("，", ", ").replace("、", ", ")
        return s[0].upper() + s[1:]


ZH_POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
TW_POOLS = Pools(
    {"tw": TW_HEAD},
    {"tw": TW_FRAMES},
    TW_CAPTIONS,
    fill,
    (TW_OPEN, TW_SUBJ, TW_PRED, TW_TAIL),
    frame_share=0.35,
)
EN_POOLS = EnPools(
    {"en": EN_HEAD},
    {"en": EN_FRAMES},
    EN_CAPTIONS,
    fill,
    (EN_OPEN, EN_SUBJ, EN_PRED, EN_TAIL),
    frame_share=0.35,
    mixed_sep=False,
)
POOLS = {"xw": ZH_POOLS, "qx": ZH_POOLS, "ep": ZH_POOLS, "tw": TW_POOLS, "en": EN_POOLS}
