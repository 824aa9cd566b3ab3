"""Word pools for the sixty-ninth held-out site: provincial media groups' new-media apps (四川,
湖北, 浙江). Every pool stays inside GB2312 (the 2019 四川在线 and 楚天都市报 pages are served in
it)."""

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


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


PROV = {"fm": "四川", "cg": "四川", "jm": "湖北", "cc": "浙江", "jp": "湖北"}
CITIES = {
    "fm": ["成都", "绵阳", "宜宾", "乐山", "南充", "德阳"],
    "cg": ["成都", "泸州", "达州", "眉山", "雅安", "自贡"],
    "jm": ["武汉", "宜昌", "襄阳", "荆州", "黄石", "十堰"],
    "cc": ["杭州", "宁波", "温州", "绍兴", "湖州", "金华"],
    "jp": ["武汉", "孝感", "黄冈", "咸宁", "随州", "鄂州"],
}
TOPICS = {
    "fm": ["夜间消费", "大熊猫保护", "川菜出海", "文旅融合", "低空经济", "社区食堂", "非遗传承"],
    "cg": [
        "乡村振兴",
        "成渝双城经济圈",
        "制造强省",
        "营商环境",
        "县域经济",
        "绿色低碳",
        "科技创新",
    ],
    "jm": ["光谷科创", "长江大保护", "汽车产业", "城市更新", "民生实事", "楚文化", "就业帮扶"],
    "cc": [
        "共同富裕",
        "数字经济",
        "山区海岛县",
        "亚运场馆利用",
        "未来社区",
        "民营经济",
        "千万工程",
    ],
    "jp": ["食品安全", "消费维权", "校园安全", "交通出行", "社会救助", "医疗服务", "租房纠纷"],
}
PLACES = {
    "fm": ["春熙路", "宽窄巷子", "天府新区", "东郊记忆", "熊猫基地"],
    "cg": ["天府新区", "东部新区", "攀西经济区", "川南片区", "川东北经济区"],
    "jm": ["光谷", "汉口江滩", "东湖绿道", "武汉经开区", "长江新区"],
    "cc": ["钱塘江畔", "良渚古城", "西湖景区", "之江实验室", "义乌国际商贸城"],
    "jp": ["汉正街", "武昌火车站", "光谷广场", "江汉路步行街", "汉阳造文创园"],
}
HEAD = {
    "fm": [
        "{city}{topic}火了 年轻人组团打卡",
        "探访{place}：{topic}带来新变化",
        "{topic}观察｜{city}如何走出新路子",
        "封面调查｜{city}{topic}背后的故事",
        "{place}{topic}升级 市民点赞",
        "一线直击｜{city}{topic}现场",
    ],
    "cg": [
        "四川出台{topic}新举措",
        "{city}：{topic}跑出“加速度”",
        "聚焦{topic}｜{city}交出亮眼答卷",
        "川观快评｜{topic}要久久为功",
        "{place}发力{topic} 项目建设全面提速",
        "{city}召开{topic}推进会",
    ],
    "jm": [
        "{city}{topic}再添新动能",
        "极目直击｜{place}{topic}见闻",
        "{topic}提速 {city}按下“快进键”",
        "{place}：{topic}让市民获得感满满",
        "湖北{topic}跑出新速度",
        "{city}{topic}项目集中开工",
    ],
    "cc": [
        "{city}探索{topic}新路径",
        "潮声｜{topic}的浙江答卷",
        "{place}：{topic}活力涌动",
        "浙江{topic}再出实招",
        "{city}{topic}经验全省推广",
        "走进{place} 看{topic}新图景",
    ],
    "jp": [
        "{city}市民遭遇{topic}难题 相关部门回应",
        "九派调查｜{topic}乱象调查",
        "{place}{topic}引热议 记者实地探访",
        "{city}多部门联合整治{topic}",
        "九派追踪｜{city}{topic}事件最新进展",
        "{topic}问题频发 律师提醒",
    ],
}
FRAMES = {
    "fm": [
        "记者在{place}看到，前来打卡的市民和游客络绎不绝。",
        "据统计，今年一季度{city}{topic}相关消费同比增长{n}%。",
        "“变化太大了！”市民告诉封面新闻记者，{place}已经成为周末休闲的好去处。",
    ],
    "cg": [
        "据了解，{city}今年已谋划{topic}重点项目{n}个，总投资超过百亿元。",
        "省直有关部门负责人表示，将持续在{topic}上精准发力。",
        "在{place}，一批{topic}项目正加快建设。",
    ],
    "jm": [
        "极目新闻记者在{place}看到，施工现场一派繁忙景象。",
        "据介绍，{city}围绕{topic}出台了{n}条具体措施。",
        "市民表示，{topic}带来的变化实实在在。",
    ],
    "cc": [
        "今年以来，{city}围绕{topic}推出{n}项改革举措。",
        "在{place}，{topic}的成效随处可见。",
        "专家认为，{topic}是浙江高质量发展的重要抓手。",
    ],
    "jp": [
        "九派新闻记者联系到{city}相关部门，工作人员表示已介入调查。",
        "律师表示，遇到{topic}问题，当事人可以依法维权。",
        "据当事人介绍，事情发生在{place}附近，至今已有{n}天。",
    ],
}
_OPEN = ["", "", "据了解，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，", "目前，"]
_SUBJ = ["当地", "相关部门", "有关负责人", "不少市民", "业内人士", "社区工作人员", "企业负责人"]
_PRED = [
    "持续加大投入力度",
    "积极回应群众关切",
    "不断完善配套设施",
    "推动工作落地见效",
    "加快补齐短板弱项",
    "主动对接市场需求",
    "强化部门协同联动",
    "认真听取各方意见",
]
_TAIL = ["。", "，取得明显成效。", "，受到广泛好评。", "，各项工作有序推进。"]
CAPTIONS = [
    "{month}月{day}日，市民在{place}游览。",
    "{place}一景。",
    "{month}月{day}日，{city}{topic}活动现场。",
    "工作人员在{place}忙碌。",
]
SUBHEADS = {
    "fm": ["现场：人气旺起来", "变化：服务跟上来", "未来：热度留下来"],
    "cg": ["谋划在前", "项目为王", "久久为功"],
    "jm": ["一线探访", "多方发力", "持续推进"],
    "cc": ["破题", "蝶变", "展望"],
    "jp": ["当事人：维权太难", "部门回应", "律师说法"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "city": rng.choice(CITIES[tpl]),
        "n": str(rng.randint(3, 48)),
    }


POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
