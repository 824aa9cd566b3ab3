"""Word pools for the seventy-fourth held-out site: one city's (江州市) mass organisations and
emergency services — 团市委, 妇联, 总工会, 应急管理局, 气象局. Every pool stays inside GB2312
(several pages are served in GBK or GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import names

CITY = "江州市"
DISTRICTS = ["江北区", "江南区", "临湖区", "青山区", "东港区", "云溪县"]
PLACES = [
    "滨江公园",
    "市民中心",
    "高新区创业园",
    "江州大学",
    "东港物流园",
    "临湖街道新村社区",
    "青山工业园",
    "市第一中学",
]
SLOGANS = {
    "tw": ["青春心向党", "青春建功新时代", "学雷锋 做先锋", "强国有我"],
    "fl": ["巾帼心向党", "奋斗新征程", "家和万事兴", "巾帼建新功"],
    "gh": ["劳动创造幸福", "工会送温暖"],
    "yj": ["安全你我他", "平安江州"],
    "qx": ["气象防灾", "智慧气象"],
}
TOPICS = {
    "tw": [
        "青年志愿服务",
        "青少年心理健康",
        "青年就业创业",
        "少先队工作",
        "团干部培训",
        "青年文明号创建",
        "希望工程",
        "青少年权益保护",
        "“青年大学习”",
        "青年人才驿站",
    ],
    "fl": [
        "家庭教育",
        "巾帼建功",
        "妇女儿童维权",
        "“两癌”筛查",
        "“最美家庭”创建",
        "巾帼创业",
        "儿童友好城市建设",
        "家风家教",
        "妇女议事会",
        "婚姻家庭纠纷调解",
    ],
    "gh": [
        "职工技能大赛",
        "劳模工匠选树",
        "困难职工帮扶",
        "职工书屋建设",
        "户外劳动者驿站",
        "新就业形态劳动者入会",
        "工资集体协商",
        "金秋助学",
        "职工疗休养",
        "“安康杯”竞赛",
    ],
    "yj": [
        "安全生产",
        "防汛备汛",
        "森林防火",
        "危险化学品安全",
        "消防安全",
        "工贸行业安全",
        "城镇燃气安全",
        "有限空间作业安全",
        "地质灾害防治",
        "应急物资储备",
    ],
    "qx": [
        "强对流天气监测预警",
        "汛期气象服务",
        "人工增雨作业",
        "春播气象服务",
        "气象科普",
        "雷电灾害防御",
        "智慧气象建设",
        "高温天气应对",
        "自动气象站建设",
        "农业气象服务",
    ],
}
HEAD = {
    "tw": [
        "团市委召开{topic}工作推进会",
        "{district}团委开展“{slogan}”主题团日活动",
        "江州{topic}再添新举措",
        "“{slogan}”{topic}活动走进{place}",
        "团市委赴{district}调研{topic}工作",
        "江州青年{topic}交出亮眼答卷",
        "{district}团委召开{topic}交流会",
    ],
    "fl": [
        "市妇联召开{topic}工作会议",
        "{district}妇联举办{topic}专题讲座",
        "{district}妇联扎实推进{topic}工作",
        "{topic}服务进社区 温暖送到妇女身边",
        "市妇联赴{district}调研{topic}工作",
        "“{slogan}”{topic}活动在{place}举行",
        "{district}{topic}工作获全省表扬",
    ],
    "gh": [
        "市总工会召开{topic}工作部署会",
        "{district}总工会开展{topic}活动",
        "江州{topic}取得新成效",
        "市总工会领导到{place}调研{topic}",
        "{topic}暖人心 职工得实惠",
        "{year}年江州市{topic}正式启动",
        "{district}总工会多措并举推进{topic}",
    ],
    "yj": [
        "市应急管理局召开{topic}专题会议",
        "江州开展{topic}专项检查",
        "{district}组织开展{topic}综合演练",
        "全市{topic}工作会议召开",
        "市应急管理局督导检查{district}{topic}工作",
        "筑牢{topic}防线 守护群众平安",
        "{district}扎实做好{topic}工作",
    ],
    "qx": [
        "江州市气象局全力做好{topic}",
        "{district}气象局扎实开展{topic}",
        "{topic}筑牢防灾减灾第一道防线",
        "市气象局召开{topic}专题会商会",
        "江州{topic}能力再上新台阶",
        "{topic}走进{place}",
        "市气象局部署{year}年{topic}工作",
    ],
}
FRAMES = {
    "tw": [
        "活动中，团员青年们围绕{topic}进行了深入交流，现场气氛热烈。",
        "团市委主要负责同志指出，要把{topic}作为联系服务青年的重要抓手。",
        "据统计，今年以来全市各级团组织累计开展{topic}活动{n}场，服务青少年{m}人次。",
        "{district}团委相关负责人表示，将持续做好{topic}工作，让青年在实践中成长成才。",
        "活动现场，青年志愿者们身着红马甲，为过往群众提供咨询服务。",
    ],
    "fl": [
        "市妇联主席在讲话中强调，要团结引领广大妇女在{topic}中展现巾帼风采。",
        "讲座结束后，不少家长表示，收获满满，回家后要好好和孩子沟通。",
        "今年以来，全市各级妇联组织共开展{topic}活动{n}场次，惠及妇女儿童{m}余人。",
        "{district}妇联负责人介绍，将把{topic}与基层妇联组织建设紧密结合起来。",
        "“妇联就是我们的娘家人。”一位参加活动的居民说。",
    ],
    "gh": [
        "市总工会负责同志强调，要把{topic}作为竭诚服务职工群众的重要抓手。",
        "据介绍，今年市总工会安排专项资金{n}万元，用于支持{topic}工作。",
        "截至目前，全市已有{m}名职工从{topic}中受益。",
        "{district}总工会相关负责人表示，将进一步健全服务职工工作体系，让职工得到更多实惠。",
        "一位一线职工告诉记者：“工会想在我们前头，我们干劲更足了！”",
    ],
    "yj": [
        "会议强调，各地各部门要时刻绷紧{topic}这根弦，坚决守住不发生重大事故的底线。",
        "检查组先后深入{n}家企业，现场检查安全管理制度落实和隐患排查治理情况。",
        "本次演练共出动救援人员{m}余人、各类车辆{n}台，检验了应急预案的可操作性。",
        "对检查中发现的问题隐患，检查组当场反馈，要求企业立即整改、闭环管理。",
        "市应急管理局负责同志要求，要压紧压实各方责任，确保{topic}各项措施落到实处。",
    ],
    "qx": [
        "据气象监测，{month}月以来全市平均降水量{n}毫米，较常年同期偏多{p}%。",
        "市气象台首席预报员提醒，近期强对流天气多发，公众要注意防范雷电、短时强降水等灾害。",
        "今年以来，市气象局累计发布各类预警信号{n}次，服务群众{m}万人次。",
        "会商认为，{month}月中下旬我市降水偏多，气温接近常年同期，最高气温{t}℃左右。",
        "{district}气象局负责人表示，将继续做好{topic}，为地方经济社会发展提供有力保障。",
    ],
}
_OPEN = ["", "", "据了解，", "近年来，", "与此同时，", "今年以来，", "此外，", "下一步，", "目前，"]
_SUBJ = [
    "各级组织",
    "相关部门",
    "基层单位",
    "工作人员",
    "志愿者队伍",
    "各区县",
    "党员干部",
    "广大群众",
]
_PRED = [
    "坚持问题导向",
    "强化统筹协调",
    "压紧压实工作责任",
    "创新工作方式方法",
    "完善长效工作机制",
    "倾听群众意见建议",
    "推动政策落地见效",
    "加强宣传引导",
    "加强部门联动",
    "深入基层一线",
    "聚焦重点难点",
    "营造良好社会氛围",
]
_TAIL = [
    "。",
    "，取得明显成效。",
    "，各项工作有序推进。",
    "，受到群众广泛好评。",
    "，为全市发展贡献力量。",
]
CAPTIONS = [
    "{month}月{day}日，{place}活动现场",
    "工作人员为群众讲解{topic}相关知识",
    "与会人员认真听取工作汇报",
    "{month}月{day}日，{district}{topic}活动现场",
    "参加活动的人员合影留念",
]
SUBHEADS = {
    "tw": ["聚焦青年所需", "让青春绽放光彩"],
    "fl": ["把服务送到家门口", "凝聚巾帼力量"],
    "gh": ["精准帮扶暖人心", "建功立业新时代"],
    "yj": ["压实责任抓整改", "常态长效保平安"],
    "qx": ["监测预警精准发力", "气象服务贴心到位"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "district": rng.choice(DISTRICTS),
        "place": rng.choice(PLACES),
        "slogan": rng.choice(SLOGANS[tpl]),
        "year": str(year),
        "month": "5",
        "n": str(rng.randint(12, 180)),
        "m": str(rng.randint(300, 9000)),
        "p": str(rng.randint(8, 45)),
        "t": str(rng.randint(26, 34)),
    }


class _Pools(Pools):
    def headline(self, rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
        for _ in range(self.tries):
            t = self.fill(rng, rng.choice(self.head[tpl]), ctx)
            if t not in used:
                used.add(t)
                return t
            ctx.update(context(rng, tpl, int(ctx["year"])))
        raise RuntimeError("headline pool exhausted")


POOLS = _Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.4)

__all__ = ["CITY", "DISTRICTS", "PLACES", "POOLS", "SUBHEADS", "TOPICS", "context", "names"]
