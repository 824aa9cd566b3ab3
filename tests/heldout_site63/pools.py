"""Word pools for the sixty-third held-out site: the courts, procuratorate, police and justice
bureau of one city (江州市) and its 法治报. Every pool stays inside GB2312 (the 法治报 is served in
GBK, its 2019 pages and some police pages in GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import names

DISTRICTS = ["江城区", "东港区", "西山区", "南湖区", "临江县"]
BRANCHES = ["江城分局", "东港分局", "西山分局", "南湖分局", "临江县公安局"]
PLACES = ["滨江路", "人民广场", "火车站附近", "南湖公园", "新华路与建设路交叉口", "江州大桥"]
EVENTS = ["交通事故", "持刀伤人案件", "盗窃案件", "火灾", "故意伤害案件", "落水事件", "纠纷警情"]
CASES = [
    "民间借贷纠纷",
    "劳动争议",
    "房屋买卖合同纠纷",
    "网络诈骗",
    "物业服务合同纠纷",
    "非法集资",
    "买卖合同纠纷",
    "离婚纠纷",
    "电信网络诈骗",
    "知识产权侵权",
]
TOPICS = {
    "fy": ["执行攻坚", "诉源治理", "司法公开", "审判质效", "多元解纷", "少年审判", "法官培训"],
    "jc": ["公益诉讼", "未成年人检察", "控告申诉", "检察听证", "行政检察", "民事检察", "司法救助"],
    "ga": ["反诈宣传", "夏季治安打击整治", "交通安全", "防溺水", "电动车管理", "护校安园"],
    "sf": ["民法典", "法律援助", "人民调解", "社区矫正", "公共法律服务", "宪法宣传"],
    "fz": ["基层治理", "法治政府建设", "平安江州", "营商环境", "扫黑除恶", "普法宣传"],
}
HEAD = {
    "fy": [
        "江州中院召开{topic}推进会",
        "江州中院开展{topic}专项行动",
        "{district}法院{topic}工作成效明显",
        "江州中院发布{topic}典型案例",
        "江州中院与{district}签署{topic}合作协议",
        "聚焦{topic} 江州中院出实招",
    ],
    "fy_case": [
        "一起{case}案的审理与思考",
        "{case}案：法院判了",
        "借名买房引发{case}",
        "老人遭遇{case} 法院依法维权",
        "以案说法：{case}中的责任认定",
    ],
    "jc": [
        "江州市检察院召开{topic}工作会议",
        "{district}检察院：{topic}守护民生",
        "江州检察机关扎实推进{topic}工作",
        "检察官走进校园开展{topic}宣讲",
        "江州：{topic}办案质效持续提升",
        "以{topic}为抓手 江州检察出实招",
    ],
    "ga_tb": [
        "{branch}关于{place}一起{event}的警情通报",
        "{branch}警情通报（{month}月{day}日）",
        "关于{place}发生{event}的情况通报",
    ],
    "ga_tx": [
        "警方提醒：{topic}牢记这几点",
        "{topic}，江州警方这样提醒",
        "江州公安开展{topic}集中行动",
        "紧急提醒！{topic}必看",
    ],
    "ga_h5": [
        "暖心！{branch}民警{place}救助走失老人",
        "{branch}破获一起{case}案",
        "江州公安：{topic}成效明显",
    ],
    "sf": [
        "以案释法｜{case}怎么办？",
        "普法课堂：{topic}知识问答",
        "江州市司法局开展{topic}主题活动",
        "{district}司法局：{topic}进社区",
        "民法典小课堂：{case}的那些事",
        "{topic}｜律师为您解答",
    ],
    "fz": [
        "{district}推进{topic}取得新成效",
        "江州：{topic}护航高质量发展",
        "{district}深化{topic}工作纪实",
        "让{topic}成为城市名片",
        "{topic}的{district}实践",
        "织密{topic}防护网",
    ],
}
FRAMES = {
    "fy": [
        "据介绍，今年以来，全市法院共受理各类案件{n}万余件，审结率同比提高{n}个百分点。",
        "会议强调，要坚持公正与效率主题，持续推进{topic}工作走深走实。",
        "江州中院有关负责人表示，将进一步加强与{district}的协作，推动矛盾纠纷源头化解。",
    ],
    "case": [
        "经审理查明，原告与被告系朋友关系，双方因{case}产生争议，协商未果后诉至法院。",
        "法院审理认为，当事人应当按照约定全面履行自己的义务，被告的抗辩理由不能成立。",
        "承办法官提醒，市民在日常生活中应当增强法律意识，遇到{case}时及时保留证据。",
    ],
    "jc": [
        "据了解，今年以来，全市检察机关共办理{topic}案件{n}件，同比增长{n}%。",
        "检察官在听证会上详细阐明了案件事实和法律适用，听证员一致同意检察机关意见。",
        "该院有关负责人表示，将持续做优{topic}工作，以高质效检察履职服务大局。",
    ],
    "ga_tx": [
        "警方提醒，广大市民在{topic}中要提高警惕，切勿轻信陌生来电。",
        "如遇可疑情况，请第一时间拨打110报警。",
        "今年以来，江州警方共开展{topic}宣传活动{n}场，发放宣传资料{n}万余份。",
    ],
    "ga_h5": [
        "民警在{place}巡逻时发现情况，立即上前询问。",
        "在民警的帮助下，当事人很快与家人取得联系。",
        "{branch}有关负责人表示，将持续加大巡逻防控力度，守护群众平安。",
    ],
    "sf": [
        "根据《中华人民共和国民法典》相关规定，当事人应当遵循诚信原则。",
        "律师提醒，遇到{case}时，应当及时固定证据，必要时可申请法律援助。",
        "江州市公共法律服务热线12348全天候为群众提供法律咨询服务。",
    ],
    "fz": [
        "近年来，{district}坚持把{topic}作为重要抓手，推动各项工作落地见效。",
        "据统计，今年以来，{district}共化解各类矛盾纠纷{n}起，调解成功率达{n}%。",
        "“现在有事找调解员，方便多了。”{district}居民说。",
    ],
}
for _k in ("fy_case", "ga_tb"):
    FRAMES[_k] = FRAMES["case"] if _k == "fy_case" else FRAMES["ga_tx"]
_OPEN = ["", "", "据了解，", "与此同时，", "近年来，", "今年以来，", "此外，", "下一步，", "目前，"]
_SUBJ = [
    "全市法院",
    "该院",
    "检察机关",
    "公安机关",
    "司法行政部门",
    "相关部门",
    "各级干警",
    "承办人",
]
_PRED = [
    "坚持问题导向",
    "强化协作配合",
    "压紧压实工作责任",
    "创新工作方式方法",
    "完善长效工作机制",
    "倾听群众意见建议",
    "推动政策落地见效",
    "优化诉讼服务流程",
    "加大宣传力度",
    "深化改革创新",
    "提升办案质效",
    "营造良好法治氛围",
]
_TAIL = [
    "。",
    "，取得明显成效。",
    "，各项工作有序推进。",
    "，赢得群众广泛好评。",
    "，为平安江州建设贡献力量。",
]
CAPTIONS = [
    "{month}月{day}日，{topic}活动现场",
    "工作人员向群众发放{topic}宣传资料",
    "{month}月{day}日，干警在{district}开展{topic}宣传",
    "会议现场",
]
SUBHEADS = {
    "fy": ["强化责任担当", "提升司法质效"],
    "fy_case": ["【基本案情】", "【裁判结果】", "【法官说法】"],
    "jc": ["一、坚持高位推动", "二、坚持能动履职"],
    "ga_tx": ["一、不轻信", "二、不透露"],
    "ga_h5": ["", ""],
    "ga_tb": ["", ""],
    "sf": ["【案例】", "【律师说法】"],
    "fz": ["机制创新破难题", "群众满意是标尺"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random) -> dict[str, str]:
    k = rng.randrange(len(DISTRICTS))
    return {
        "topic": "",
        "district": DISTRICTS[k],
        "branch": BRANCHES[k],
        "place": rng.choice(PLACES),
        "event": rng.choice(EVENTS),
        "case": rng.choice(CASES),
        "n": str(rng.randint(3, 48)),
        "month": "5",
        "day": str(rng.randint(1, 28)),
    }


POOLS = Pools(
    HEAD,
    FRAMES,
    CAPTIONS,
    fill,
    (_OPEN, _SUBJ, _PRED, _TAIL),
    frame_share=0.35,
    topics={k: TOPICS[k.split("_")[0]] for k in HEAD},
)

__all__ = ["BRANCHES", "CASES", "DISTRICTS", "POOLS", "SUBHEADS", "TOPICS", "context", "names"]
