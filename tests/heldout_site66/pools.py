"""Word pools for the sixty-sixth held-out site: one county (安平县) and its small sites. Every pool
stays inside GB2312 (three of the five sites are served in GBK or GB2312)."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢唐许邓冯曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕"
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


TOWNS = ["城关镇", "河口镇", "南岗乡", "柳树镇", "石桥乡", "大王庄镇", "杨柳湾村", "东关村"]
PRODUCTS = ["丝网", "钢丝网片", "护栏网", "过滤网", "石笼网", "电焊网"]
TOPICS = {
    "xw": ["乡村振兴", "人居环境整治", "秋粮收购", "防汛备汛", "文明创建", "招商引资", "民生实事"],
    "qy": ["智能化改造", "海外市场", "安全生产", "质量管理", "新品研发", "员工培训", "党建工作"],
    "diy": ["庙会", "老街改造", "夜市", "广场舞大赛", "农家乐", "菜价", "停水通知"],
    "lt": [
        "交通整治",
        "学区划分",
        "物业纠纷",
        "公交线路调整",
        "暖气费",
        "老旧小区加装电梯",
        "菜市场搬迁",
    ],
    "asp": ["春耕生产", "法治宣传", "森林防火", "义务植树", "党史学习", "征兵工作", "农民培训"],
}
HEAD = {
    "xw": [
        "{town}扎实推进{topic}工作",
        "我县召开{topic}工作调度会",
        "{town}：{topic}跑出加速度",
        "县领导到{town}调研{topic}工作",
        "{topic}｜{town}村民的日子越过越红火",
        "我县{topic}取得阶段性成效",
    ],
    "qy": [
        "公司召开{topic}专题会议",
        "我公司{product}生产线{topic}项目顺利投产",
        "集团{topic}工作再获殊荣",
        "公司开展{topic}主题活动",
        "{product}事业部{topic}迈上新台阶",
    ],
    "diy": [
        "{town}{topic}又来了，这些事要知道",
        "关于{town}{topic}的最新消息",
        "{town}的{topic}，你去过了吗",
        "实拍{town}{topic}现场",
        "{town}{topic}有变化",
    ],
    "lt": [
        "{town}{topic}方案出炉，网友热议",
        "县里回应{town}{topic}问题",
        "{topic}新进展！{town}居民拍手叫好",
        "{town}{topic}，相关部门这样说",
        "热议：{town}{topic}到底怎么了",
    ],
    "asp": [
        "{town}多措并举抓好{topic}",
        "县司法局深入{town}开展{topic}",
        "{town}全力做好{topic}工作",
        "我县{topic}工作会议召开",
        "{town}{topic}工作有声有色",
    ],
}
FRAMES = {
    "xw": [
        "{town}把{topic}作为重点任务，成立工作专班，实行周调度、月通报。",
        "截至目前，全县已完成{topic}年度任务的六成以上。",
        "“这几年{topic}给村里带来了实实在在的变化。”{town}一位村民说。",
    ],
    "qy": [
        "公司{product}产品远销欧美、东南亚等三十多个国家和地区。",
        "围绕{topic}，公司制定了详细的实施方案和考核办法。",
        "本次会议由公司总经理主持，各部门负责人参加。",
    ],
    "diy": [
        "据{town}的朋友说，今年的{topic}比往年热闹多了。",
        "大家有什么看法，欢迎在下面留言。",
        "小编下午去{town}转了一圈，现场人不少。",
    ],
    "lt": [
        "不少网友在论坛发帖反映{town}的{topic}问题。",
        "县有关部门表示，将认真研究群众意见，尽快拿出解决办法。",
        "记者随后来到{town}实地走访。",
    ],
    "asp": [
        "{town}党委高度重视{topic}工作，召开专题会议进行安排部署。",
        "活动中，工作人员向群众发放宣传资料两千余份。",
        "下一步，{town}将继续把{topic}工作抓紧抓实。",
    ],
}
CAPTIONS = [
    "{town}{topic}现场",
    "工作人员正在{town}开展{topic}工作",
    "{month}月{day}日，群众在{town}参加{topic}活动",
    "{town}{topic}一角",
]
SUBHEADS = {
    "xw": ["高位推动 压实责任", "聚焦重点 精准发力", "久久为功 常抓不懈"],
    "qy": ["一、提高认识", "二、狠抓落实", "三、持续改进"],
    "diy": ["时间地点", "注意事项", "交通提示"],
    "lt": ["居民：盼望早日解决", "部门：正在加紧推进", "专家：需要多方协同"],
    "asp": ["一、加强领导", "二、广泛宣传", "三、强化督导"],
}
OPEN = ["今年以来，", "近日，", "连日来，", "据了解，", "与此同时，", "", "", "目前，"]
SUBJ = ["{town}", "县直各部门", "相关单位", "当地干部群众", "工作人员", "各村（社区）"]
PRED = [
    "坚持问题导向",
    "细化工作措施",
    "加强部门联动",
    "深入一线走访",
    "广泛听取意见",
    "及时解决实际困难",
    "扎实推进{topic}",
    "建立长效机制",
    "强化督导检查",
    "创新工作方法",
]
TAIL = [
    "，取得了明显成效。",
    "，群众满意度不断提升。",
    "，确保各项任务落到实处。",
    "。",
    "，受到群众好评。",
]


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    return frame.format(
        town=ctx["town"],
        topic=ctx["topic"],
        product=ctx["product"],
        month=ctx.get("month", "5"),
        day=ctx.get("day", "8"),
    )


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "town": rng.choice(TOWNS),
        "topic": rng.choice(TOPICS[tpl]),
        "product": rng.choice(PRODUCTS),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), topics=TOPICS)

#: the anti-copy noise: characters a browser never shows (hidden spans), from GB2312
NOISE = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经"
)
