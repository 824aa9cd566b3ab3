"""Word pools for the fifty-eighth held-out site: one district (清河区) of a big city (滨海市).
Simplified pools stay inside GB2312 (the 街道 channel is served in GBK), the 繁體 pools inside
Big5 (the conversion service's mirror), and an English pool for the English mirror."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢唐许邓冯曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢"
)
GIVEN = [
    *("思远", "雨婷", "俊峰", "晓燕", "建华", "海涛", "明辉", "志强", "丽萍", "立军", "春梅"),
    *("卫平", "一凡", "可心", "文博", "秀英", "子涵", "静雯", "国庆", "美华", "振华", "诗琪"),
    *("涛", "敏", "军", "颖", "峰", "倩", "勇", "霞", "斌", "璐", "杰", "静", "磊", "娜"),
]
TW_SURNAMES = list("王李張劉陳楊趙黃周吳徐孫胡朱高林何郭馬羅梁宋鄭謝唐許鄧馮曹彭曾田董潘")
TW_GIVEN = [
    *("思遠", "雨婷", "俊峰", "曉燕", "建華", "海濤", "明輝", "志強", "麗萍", "立軍", "春梅"),
    *("文博", "秀英", "子涵", "靜雯", "國慶", "美華", "振華", "詩琪", "濤", "敏", "軍", "穎"),
]
EN_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"]
EN_GIVEN = [
    *("Xiaoming", "Yuting", "Junfeng", "Xiaoyan", "Jianhua", "Haitao", "Minghui", "Zhiqiang"),
    *("Liping", "Lijun", "Chunmei", "Wenbo", "Xiuying", "Zihan", "Jingwen", "Meihua", "Zhenhua"),
]


def names(rng: random.Random, k: int, tpl: str = "zf") -> list[str]:
    out: list[str] = []
    while len(out) < k:
        if tpl == "tw":
            n = rng.choice(TW_SURNAMES) + rng.choice(TW_GIVEN)
        elif tpl == "en":
            n = f"{rng.choice(EN_SUR)} {rng.choice(EN_GIVEN)}"
        else:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


CITY, DISTRICT = "滨海市", "清河区"
STREETS = {
    "hxjd": "华兴街道",
    "dhjd": "东湖街道",
    "xgjd": "新港街道",
    "cajd": "长安街道",
    "lljd": "柳林街道",
}
PLACES = ["清河湾", "科创走廊", "老城片区", "滨河绿道", "智造产业园", "中央商务区", "东湖公园"]
PROJECTS = [
    "地铁6号线清河段",
    "清河湾综合体",
    "区人民医院新院区",
    "滨河绿道二期",
    "城市更新示范片区",
    "科创中心",
    "智慧社区平台",
]
COMMUNITIES = ["幸福里社区", "丽水苑社区", "新华社区", "锦绣社区", "金港社区", "柳岸社区"]
TOPICS = {
    "zf": ["营商环境", "城市更新", "民生实事", "安全生产", "科技创新", "生态环境", "招商引资"],
    "jd": [
        "垃圾分类",
        "老旧小区改造",
        "网格化治理",
        "志愿服务",
        "养老服务",
        "平安建设",
        "文明创建",
    ],
    "rm": ["夜间经济", "消费提振", "青年创业", "文化惠民", "全民健身", "人才引进", "数字经济"],
}
HEAD = {
    "zf": [
        "清河区召开{topic}工作推进会",
        "区领导调研{place}{topic}工作",
        "{project}建设取得新进展",
        "清河区{topic}工作获市级通报表扬",
        "清河区出台{topic}新举措",
        "区政府常务会议研究部署{topic}工作",
    ],
    "jd": [
        "{street}扎实推进{topic}",
        "{street}{community}{topic}见实效",
        "{street}召开{topic}专题会议",
        "{street}：{topic}让居民更舒心",
        "{street}开展{topic}主题活动",
        "{community}：{topic}温暖邻里",
    ],
    "rm": [
        "{place}：{topic}激发城区新活力",
        "{topic}点亮清河新生活",
        "{project}跑出建设“加速度”",
        "清河{topic}交出亮眼成绩单",
        "走进{place} 感受{topic}新气象",
        "聚焦{topic} 清河持续发力",
    ],
}
FRAMES = {
    "zf": [
        "会议指出，要坚持以人民为中心，把{topic}各项任务落到实处。",
        "据介绍，{project}总投资约{n}亿元，建成后将进一步完善{place}功能配套。",
        "区政府有关负责人表示，下一步将倒排工期、挂图作战，确保各项任务按期完成。",
        "今年以来，清河区围绕{topic}出台{n}项具体措施，惠及企业和群众。",
    ],
    "jd": [
        "近日，{street}组织网格员走进{community}，面对面听取居民对{topic}的意见建议。",
        "截至目前，{street}已累计开展{topic}活动{n}场，参与居民超过千人次。",
        "{community}党委书记介绍，社区将持续巩固{topic}成果，让居民有更多获得感。",
    ],
    "rm": [
        "记者在{place}看到，前来打卡的市民络绎不绝，现场人气十足。",
        "据统计，今年一季度清河区{topic}相关指标同比增长{n}%。",
        "“变化太大了！”家住附近的市民说，{place}已经成为周末休闲的好去处。",
    ],
}
_OPEN = ["", "", "据了解，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，", "目前，"]
_SUBJ = [
    "清河区",
    "该街道",
    "相关部门",
    "区级各部门",
    "社区工作者",
    "施工单位",
    "辖区居民",
    "党员干部",
]
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
    "，为全区发展贡献力量。",
]
CAPTIONS = [
    "{month}月{day}日，{place}施工现场",
    "市民在{place}休闲游玩",
    "{project}建设现场",
    "{month}月{day}日，工作人员在{place}开展{topic}宣传",
]
SUBHEADS = {
    "zf": ["聚焦重点抓落实", "以民为本办实事"],
    "jd": ["党建引领聚合力", "久久为功见长效"],
    "rm": ["人气旺起来", "服务跟上去"],
    "tw": ["加快腳步", "民眾有感"],
    "en": ["Faster progress", "Residents see the change"],
}

TW_TOPICS = ["營商環境", "城市更新", "民生實事", "科技創新", "生態環境", "社區治理", "文化惠民"]
TW_PLACES = ["清河灣", "科創走廊", "老城片區", "濱河綠道", "智造產業園", "東湖公園"]
TW_PROJECTS = ["地鐵6號線清河段", "清河灣綜合體", "區人民醫院新院區", "濱河綠道二期", "科創中心"]
TW_HEAD = [
    "清河區召開{topic}工作推進會",
    "區領導調研{place}{topic}工作",
    "{project}建設取得新進展",
    "清河區{topic}工作獲市級通報表揚",
    "清河區出台{topic}新舉措",
    "{place}：{topic}讓群眾幸福感更足",
]
TW_FRAMES = [
    "據介紹，{project}總投資約{n}億元，建成後將進一步完善{place}功能配套。",
    "今年以來，清河區圍繞{topic}出台{n}項具體措施，惠及企業和群眾。",
    "區政府有關負責人表示，下一步將倒排工期、掛圖作戰，確保各項任務按期完成。",
]
TW_OPEN = ["", "", "據了解，", "此外，", "近年來，", "今年以來，", "下一步，"]
TW_SUBJ = ["清河區", "相關部門", "區級各部門", "社區工作者", "施工單位", "轄區居民"]
TW_PRED = [
    "堅持問題導向",
    "強化統籌協調",
    "壓緊壓實工作責任",
    "加大資金投入力度",
    "完善長效管理機制",
    "傾聽群眾意見建議",
    "推動政策落地見效",
    "優化服務流程",
]
TW_TAIL = ["。", "，取得明顯成效。", "，各項工作有序推進。", "，贏得群眾廣泛好評。"]
TW_CAPTIONS = ["市民在{place}休閒遊玩", "{project}建設現場", "{place}活動現場"]

EN_TOPICS = [
    "urban renewal",
    "the business environment",
    "the night-time economy",
    "elderly care",
    "green development",
    "tech innovation",
    "community services",
]
EN_PLACES = [
    "Qinghe Bay",
    "the science and innovation corridor",
    "the old town",
    "the riverside greenway",
    "Donghu Park",
    "the smart manufacturing park",
]
EN_PROJECTS = [
    "the Metro Line 6 Qinghe section",
    "the Qinghe Bay complex",
    "the new district hospital campus",
    "the innovation center",
    "the smart community platform",
]
EN_HEAD = [
    "Qinghe speeds up work on {project}",
    "Visitors flock to {place} as {topic} pays off",
    "Qinghe District unveils new measures on {topic}",
    "How {topic} is changing life in {place}",
    "Qinghe wins city praise for its work on {topic}",
    "Foreign firms eye Qinghe's push for {topic}",
]
EN_FRAMES = [
    "Officials said {project} would cost about {n} billion yuan and bring big changes to {place}.",
    "Since the beginning of the year, Qinghe has rolled out {n} measures related to {topic}.",
    "Residents near {place} said the changes over the past few years had been remarkable.",
]
EN_OPEN = ["", "", "Meanwhile, ", "In addition, ", "According to officials, ", "This year, "]
EN_SUBJ = ["the district ", "local authorities ", "street offices ", "developers ", "volunteers "]
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
    n = str(rng.randint(3, 48))
    if tpl == "tw":
        return {
            "topic": rng.choice(TW_TOPICS),
            "place": rng.choice(TW_PLACES),
            "project": rng.choice(TW_PROJECTS),
            "n": n,
        }
    if tpl == "en":
        return {
            "topic": rng.choice(EN_TOPICS),
            "place": rng.choice(EN_PLACES),
            "project": rng.choice(EN_PROJECTS),
            "n": n,
        }
    street = rng.choice(sorted(STREETS))
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "project": rng.choice(PROJECTS),
        "street": STREETS[street],
        "street_py": street,
        "community": rng.choice(COMMUNITIES),
        "n": n,
    }


class EnPools(Pools):
    joiner = " "

    def sentence(self, rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
        s = super().sentence(rng, tpl, ctx).replace("，", ", ").replace("、", ", ")
        return s[0].upper() + s[1:]


ZH_POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
TW_POOLS = Pools(
    {"tw": TW_HEAD},
    {"tw": TW_FRAMES},
    TW_CAPTIONS,
    fill,
    (TW_OPEN, TW_SUBJ, TW_PRED, TW_TAIL),
    frame_share=0.35,
    topics={"tw": TW_TOPICS},
)
EN_POOLS = EnPools(
    {"en": EN_HEAD},
    {"en": EN_FRAMES},
    EN_CAPTIONS,
    fill,
    (EN_OPEN, EN_SUBJ, EN_PRED, EN_TAIL),
    frame_share=0.35,
    mixed_sep=False,
    topics={"en": EN_TOPICS},
)
POOLS = {"zf": ZH_POOLS, "jd": ZH_POOLS, "rm": ZH_POOLS, "tw": TW_POOLS, "en": EN_POOLS}
