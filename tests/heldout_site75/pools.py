"""Word pools for the seventy-fifth held-out site: state-owned enterprises and utilities (a
provincial grid company, an oil company, a city water group, a railway bureau and a 国企's 党建
channel). Names and prose stay inside GB2312 (the water group's pages and the 2019 pages of the
others are served in GBK or GB2312)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools
from heldout_site58.pools import names

UNITS = {
    "sg": [
        "国网湖州供电公司",
        "国网绍兴供电公司",
        "国网嘉兴供电公司",
        "国网台州供电公司",
        "国网金华供电公司",
        "国网衢州供电公司",
        "国网丽水供电公司",
    ],
    "sh": [
        "镇海炼化",
        "胜利油田",
        "江汉油田",
        "浙江石油",
        "燕山石化",
        "茂名石化",
        "西北油田",
    ],
    "sw": ["供水分公司", "排水分公司", "水质检测中心", "客户服务中心", "管网管理所", "东区水厂"],
    "tl": ["南昌车务段", "南昌客运段", "鹰潭工务段", "九江车站", "南昌供电段", "赣州车务段"],
    "dj": [
        "第一工程公司",
        "物资供应分公司",
        "设计研究院",
        "运营管理中心",
        "海外事业部",
        "第三建设公司",
    ],
}
DEPTS = {
    "sw": ["综合办公室", "党群工作部", "生产技术部", "客户服务中心"],
    "dj": ["党委党建工作部", "党委宣传部", "党委组织部", "机关党委"],
}
TOPICS = {
    "sg": [
        "迎峰度夏",
        "配网改造",
        "特高压工程",
        "新型电力系统",
        "分布式光伏并网",
        "充电桩建设",
        "带电作业",
        "数字化转型",
        "“获得电力”服务",
    ],
    "sh": [
        "油气勘探",
        "炼化一体化",
        "氢能产业",
        "乙烯项目",
        "安全生产",
        "绿色低碳",
        "页岩气开发",
        "成品油保供",
        "易捷便利店",
    ],
    "sw": [
        "供水管网改造",
        "二次供水设施",
        "水质检测",
        "污水处理提标",
        "节水宣传",
        "营业厅服务",
        "智能水表",
        "防汛排涝",
    ],
    "tl": [
        "暑运",
        "复兴号",
        "货运增量",
        "线路大修",
        "新线联调联试",
        "客运服务",
        "防洪安全",
        "站车服务",
        "铁路物流",
    ],
    "dj": [
        "主题党日",
        "党纪学习教育",
        "支部标准化建设",
        "党建引领",
        "青年理论学习",
        "劳模创新工作室",
        "红色教育",
        "廉洁文化",
        "党员先锋岗",
    ],
}
PLACES = ["城东片区", "经济开发区", "滨江新城", "老城区", "高新园区", "北部山区", "临港产业园"]
PROJECTS = {
    "sg": ["500千伏滨江输变电工程", "110千伏城北变电站", "10千伏配网线路", "220千伏港湾变电站"],
    "sh": ["120万吨/年乙烯项目", "千万吨级炼油基地", "加氢站网络", "CCUS示范工程"],
    "sw": ["城东水厂三期工程", "DN1200主供水管道", "第二污水处理厂", "老旧小区管网"],
    "tl": ["昌九高铁", "赣深高铁", "向莆铁路", "南昌南编组站"],
    "dj": ["城市轨道交通项目", "跨江大桥工程", "保障性住房项目", "国际港口工程"],
}
HEAD = {
    "sg": [
        "{unit}全力做好{topic}工作",
        "{project}顺利投运",
        "{unit}扎实推进{topic}",
        "{unit}：{topic}跑出“加速度”",
        "{topic}为{place}发展注入“绿色动能”",
        "{unit}开展{topic}专项行动",
    ],
    "sh": [
        "{unit}{topic}取得新突破",
        "{project}建设进入冲刺阶段",
        "{unit}多措并举推进{topic}",
        "{unit}：{topic}按下“快进键”",
        "{topic}工作会在{unit}召开",
        "{unit}打好{topic}攻坚战",
    ],
    "sw": [
        "集团{unit}扎实开展{topic}工作",
        "{project}通水运行",
        "{topic}惠及{place}居民",
        "集团召开{topic}专题会议",
        "{unit}开展{topic}“进社区”活动",
        "集团领导检查{topic}工作",
    ],
    "tl": [
        "{unit}全力保障{topic}安全畅通",
        "{project}{topic}有序推进",
        "{topic}首日集团公司发送旅客创新高",
        "{unit}多措并举做好{topic}",
        "{topic}：{unit}在行动",
        "{unit}开展{topic}专项整治",
    ],
    "dj": [
        "{unit}党委开展{topic}活动",
        "{topic}让党旗在{project}一线高高飘扬",
        "{unit}党支部以{topic}促生产经营",
        "{unit}扎实推进{topic}",
        "“{topic}”走深走实",
        "{unit}召开{topic}推进会",
    ],
}
FRAMES = {
    "sg": [
        "截至5月底，该公司累计完成{project}投资{n}亿元，供电可靠率达99.{m}%。",
        "今年以来，{unit}累计新增分布式光伏并网容量{n}万千瓦。",
        "针对{place}用电负荷增长较快的情况，运维人员提前开展设备隐患排查。",
        "“有了新线路，我们厂再也不用担心拉闸限电了。”企业负责人说。",
    ],
    "sh": [
        "今年1至4月，该企业累计加工原油{n}万吨，同比增长{p}%。",
        "{project}投用后，每年可减少二氧化碳排放约{n}万吨。",
        "“安全是最大的效益。”{unit}相关负责人表示。",
        "目前，{topic}各项指标均优于计划目标。",
    ],
    "sw": [
        "改造完成后，{place}约{n}00户居民的用水水压明显提升。",
        "水质检测中心每月对出厂水、管网水开展{m}项指标检测。",
        "“以前一到用水高峰水就上不去，现在好多了。”居民李阿姨说。",
        "集团提醒广大市民，如遇停水等问题可拨打服务热线咨询。",
    ],
    "tl": [
        "暑运期间，集团公司预计发送旅客{n}00万人次，同比增长{p}%。",
        "{unit}在{place}增开临时旅客列车{m}列，方便旅客出行。",
        "“车站的志愿者帮我提行李、找座位，服务很贴心。”旅客王女士说。",
        "工务部门利用天窗时间对{project}沿线设备进行全面检查。",
    ],
    "dj": [
        "活动中，全体党员重温入党誓词，接受了一次深刻的党性教育。",
        "今年以来，{unit}党委累计开展专题学习{m}次，覆盖党员{n}0余人次。",
        "支部书记带头讲党课，结合{project}建设实际谈体会、话担当。",
        "大家纷纷表示，要以实际行动把学习成果转化为推动高质量发展的强大动力。",
    ],
}
_OPEN = [
    "",
    "",
    "据了解，",
    "今年以来，",
    "近期，",
    "与此同时，",
    "此外，",
    "下一步，",
    "活动中，",
]
_SUBJ = ["该公司", "各基层单位", "党员突击队", "技术人员", "一线职工", "相关部门", "青年员工"]
_PRED = [
    "压紧压实安全生产责任",
    "深入开展隐患排查治理",
    "持续优化客户服务流程",
    "加强与地方政府沟通对接",
    "全力推进重点工程建设",
    "提前制定应急保障预案",
    "强化现场安全管控",
    "扎实开展技能培训",
    "积极推广新技术新工艺",
    "认真落实各项工作部署",
]
_TAIL = [
    "。",
    "，确保各项工作有序推进。",
    "，为地方经济社会发展提供坚强保障。",
    "，取得了良好成效。",
]
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}开展{topic}工作",
    "{project}施工现场",
    "党员服务队上门为群众提供服务",
    "技术人员检查设备运行情况",
    "{month}月{day}日，{unit}职工在现场作业",
]
SUBHEADS = {
    "sg": ["织密保供“一张网”", "服务前移解难题"],
    "sh": ["向“新”而行", "安全是最大的效益"],
    "sw": ["加强管网巡查", "提升服务水平"],
    "tl": ["精准施策保畅通", "服务提质暖人心"],
    "dj": ["强化政治引领", "推动党建与业务深度融合"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "unit": rng.choice(UNITS[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "project": rng.choice(PROJECTS[tpl]),
        "n": str(rng.randint(2, 90)),
        "m": str(rng.randint(10, 98)),
        "p": str(rng.randint(3, 36)),
    }


class _Pools(Pools):
    def headline(self, rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
        for _ in range(self.tries):
            t = self.fill(rng, rng.choice(self.head[tpl]), ctx)
            if t not in used:
                used.add(t)
                return t
            ctx.update(context(rng, tpl))
        raise RuntimeError("headline pool exhausted")


POOLS = _Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)

__all__ = ["DEPTS", "POOLS", "SUBHEADS", "UNITS", "context", "names"]
