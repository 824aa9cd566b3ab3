"""Word pools for the fifty-ninth held-out site: the 澜州日报 group of one prefecture-level city
(澜州市). Every pool stays inside GB2312: the evening paper is served in GBK and the 2019 pages
in GB2312."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢唐许邓冯曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹熊孟秦白江"
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


STAR_NAME = "许晓燕"  # the 澜州日报 reporter with a page of her own
DISTRICTS = ["澜江区", "东城区", "南山县", "白沙县", "澜州高新区"]
PLACES = [
    "滨江公园",
    "高铁新城",
    "老城片区",
    "澜江产业园",
    "城南新区",
    "湖滨街道",
    "南山镇",
    "白沙古镇",
]
PROJECTS = [
    "轨道交通1号线",
    "滨江绿道",
    "城南污水处理厂",
    "市民服务中心",
    "澜江二桥",
    "智慧停车平台",
    "老旧小区改造",
    "新能源产业园",
]
TOPICS = {
    "yun": ["城市更新", "营商环境", "文明城市创建", "民生实事", "产业升级", "交通建设", "乡村振兴"],
    "ep": ["项目建设", "科技创新", "教育发展", "医疗改革", "生态保护", "消费提振", "人才引进"],
    "wb": ["菜篮子", "停车难", "夜市经济", "小区加装电梯", "学区划片", "公交线路调整", "社区食堂"],
    "app": ["五一假期", "城市夜游", "网红打卡", "非遗市集", "文旅消费", "周末出行", "亲子研学"],
    "old": ["城市建设", "招商引资", "脱贫攻坚", "环境整治", "文明创建", "乡村旅游", "民营经济"],
}
HEAD = {
    "yun": [
        "{place}{topic}项目加快推进",
        "澜州市召开{topic}工作推进会",
        "{project}建设迎来新进展",
        "我市{topic}工作获省级通报表扬",
        "{place}：{topic}让群众幸福感更足",
        "市领导调研{place}{topic}工作",
    ],
    "ep": [
        "{project}主体工程完工",
        "我市{topic}交出亮眼成绩单",
        "{place}：以{topic}赋能高质量发展",
        "{topic}的澜州答卷",
        "聚焦{topic} 全市上下齐发力",
        "{project}为城市发展注入新动能",
    ],
    "wb": [
        "{place}{topic}有了新变化",
        "市民关心的{topic}问题有答复了",
        "{dist}{topic}试点启动",
        "记者探访{place}{topic}现状",
        "{topic}咋解决？{dist}出实招",
        "家门口的{topic}，方便了",
    ],
    "app": [
        "{place}{topic}火了！",
        "这个{topic}去处，澜州人都在打卡",
        "{dist}{topic}人气爆棚",
        "跟着客户端记者去{place}感受{topic}",
        "{topic}：{place}迎来客流高峰",
        "澜州{topic}攻略来了",
    ],
    "old": [
        "{dist}{topic}工作取得新成效",
        "我市召开{topic}工作会议",
        "{place}{topic}项目签约",
        "{dist}全力推进{topic}",
        "{project}开工建设",
        "市委常委会研究部署{topic}工作",
    ],
}
FRAMES = {
    "yun": [
        "据介绍，{project}总投资约{n}亿元，建成后将进一步完善{place}的功能配套。",
        "市{topic}工作专班负责人表示，下一步将倒排工期、挂图作战，确保各项任务按期完成。",
        "记者在{place}看到，工人们正在紧张施工，各类机械设备往来穿梭。",
    ],
    "ep": [
        "{project}是我市今年的重点工程之一，计划总投资{n}亿元。",
        "在{place}，一批{topic}项目正加速落地，为全市经济发展提供有力支撑。",
        "市发改委有关负责人介绍，全市{topic}工作整体呈现稳中有进、进中向好的态势。",
    ],
    "wb": [
        "家住{place}的市民张阿姨告诉记者，以前{topic}是大家最头疼的事。",
        "记者从{dist}相关部门了解到，目前已有{n}个小区纳入试点范围。",
        "不少市民拨打本报热线反映{topic}问题，希望相关部门尽快解决。",
    ],
    "app": [
        "客户端记者在{place}看到，前来游玩的市民游客络绎不绝。",
        "据统计，假期前三天{place}累计接待游客{n}万人次。",
        "来自外地的游客小李说，这次专门冲着{topic}来到澜州，玩得很开心。",
    ],
    "old": [
        "会议指出，要深入学习贯彻党的十九大精神，扎实推进{topic}各项工作。",
        "截至目前，{dist}已累计完成投资{n}亿元，占年度计划的一半以上。",
        "{dist}主要负责同志表示，将以更大力度推进{topic}，确保完成全年目标任务。",
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
    "yun": ["抢抓工期促进度", "以民为本办实事"],
    "ep": ["项目为王", "服务为先"],
    "wb": ["市民：盼了好久", "部门：马上就办"],
    "app": ["人从众", "玩法多"],
    "old": ["高位推动", "狠抓落实"],
}
INTITLES = ["奋力打造区域中心城市", "一季度经济运行观察", "聚焦高质量发展", "牢记嘱托 感恩奋进"]
SUBTITLES = ["全年计划完成投资{n}亿元", "{dist}{n}个项目集中开工", "惠及群众{n}万余人"]


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES),
        "project": rng.choice(PROJECTS),
        "dist": rng.choice(DISTRICTS),
        "n": str(rng.randint(3, 48)),
    }


POOLS = Pools(
    HEAD,
    FRAMES,
    CAPTIONS,
    fill,
    (_OPEN, _SUBJ, _PRED, _TAIL),
    frame_share=0.35,
    topics=TOPICS,
)
