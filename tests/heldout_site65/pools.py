"""Word pools for the sixty-fifth held-out site: Chinese sports and entertainment news. The pools
stay inside GB2312 (the 2019 新浪 pages are served in GB2312, the old 娱乐 pages in GBK)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

TEAMS = ["湖人", "勇士", "凯尔特人", "掘金", "尼克斯", "森林狼", "独行侠", "雷霆"]
CLUBS = ["广东宏远", "辽宁本钢", "浙江广厦", "北京首钢", "上海久事", "新疆广汇"]
FOOT = ["上海海港", "山东泰山", "成都蓉城", "北京国安", "浙江队", "上海申花"]
EURO = ["皇马", "巴萨", "曼城", "阿森纳", "拜仁", "国米", "利物浦", "多特蒙德"]
PLAYERS = ["詹姆斯", "库里", "约基奇", "塔图姆", "东契奇", "爱德华兹", "布伦森", "亚历山大"]
STARS = ["姆巴佩", "哈兰德", "贝林厄姆", "萨卡", "凯恩", "维尼修斯", "武磊", "奥斯卡"]
CELEBS = ["周雨彤", "张新成", "赵今麦", "王鹤棣", "白鹿", "成毅", "杨紫", "李现"]
SHOWS = [
    "《繁花》",
    "《与凤行》",
    "《庆余年第二季》",
    "《我的阿勒泰》",
    "《玫瑰的故事》",
    "《墨雨云间》",
]
FILMS = ["《热辣滚烫》", "《第二十条》", "《飞驰人生2》", "《末路狂花钱》", "《九龙城寨之围城》"]
TOPICS = {
    "xl": ["季后赛", "抢七大战", "西部半决赛", "东部半决赛", "常规赛MVP", "最佳新秀"],
    "qq": ["季后赛", "总决赛", "亚冠", "中超", "欧冠半决赛", "英超争冠"],
    "hp": ["交易流言", "自由球员", "选秀", "伤病", "季后赛", "合同续约"],
    "zb": ["中超", "欧冠", "英超", "西甲", "转会", "国足"],
    "yl": ["定档", "路演", "开机", "杀青", "票房", "收视"],
}
HEAD = {
    "xl": [
        "{player}{n}分 {team}{topic}力克对手",
        "{team}{topic}逆转取胜 {player}砍下{n}分",
        "{player}：{topic}我们必须打得更强硬",
        "{topic}前瞻：{team}能否延续主场优势",
        "{team}官方：{player}伤情好转 {topic}有望复出",
        "{player}{n}分{m}篮板 {team}{topic}大比分领先",
    ],
    "qq": [
        "{club}{n}分大胜 {topic}迎来开门红",
        "{topic}：{club}主场告负 外援{n}分难救主",
        "深度｜{club}的{topic}之路为何越走越宽",
        "{player}赛后：{topic}每一场都是决战",
        "{topic}综述：{team}险胜 {player}末节发力",
        "{club}宣布主帅续约 剑指{topic}",
    ],
    "hp": [
        "{player}谈{topic}：我只想赢球",
        "名记：{team}有意在{topic}中追求{player}",
        "{team}{topic}最新进展：双方仍在谈判",
        "{player}本场{n}投{m}中 {team}遭遇{topic}两连败",
        "{topic}｜{team}管理层将在休赛期做出调整",
        "{player}晒训练视频 备战{topic}",
    ],
    "zb": [
        "{star}梅开二度 {euro}{g}比{h}取胜",
        "{topic}第{n}轮：{foot}主场战平对手",
        "官方：{foot}宣布{star}加盟 签约至2026年",
        "记者：{euro}已就{star}的{topic}展开谈判",
        "{euro}主帅：{topic}我们需要保持专注",
        "{foot}{g}比{h}客胜 {topic}积分榜升至第二",
    ],
    "yl": [
        "{celeb}新剧{show}{topic} 角色造型曝光",
        "电影{film}{topic} 主演{celeb}现身",
        "{show}{topic}破{n}亿 {celeb}演技获赞",
        "{celeb}谈{show}：这个角色让我成长了很多",
        "{film}{topic}发布会 {celeb}分享拍摄趣事",
        "{celeb}出席品牌活动 {topic}近况引关注",
    ],
}
FRAMES = {
    "xl": [
        "{player}全场比赛得到{n}分，帮助{team}在{topic}中取得领先。",
        "第三节{team}打出一波{m}比0的攻击波，将分差拉开。",
        "赛后{player}在接受采访时表示，球队的防守是取胜的关键。",
    ],
    "qq": [
        "本场比赛{club}在主场迎战对手，双方在{topic}中都派出了最强阵容。",
        "首节比赛{club}开局不顺，一度落后{m}分。",
        "{player}在比赛最后时刻命中关键球，帮助球队锁定胜局。",
    ],
    "hp": [
        "据名记报道，{team}在{topic}问题上已经有了初步方案。",
        "{player}本赛季场均得到{n}分，是球队的核心球员。",
        "消息人士透露，{team}管理层对{player}的表现非常满意。",
    ],
    "zb": [
        "第{n}分钟，{star}接队友传球破门，帮助{euro}取得领先。",
        "{foot}在{topic}中表现出色，已经连续{m}轮保持不败。",
        "赛后{star}表示，球队在下半场的表现非常出色。",
    ],
    "yl": [
        "{celeb}在{show}中饰演一位性格坚韧的女性，剧情温暖动人。",
        "据片方透露，{film}{topic}以来获得了观众的广泛关注。",
        "{celeb}表示，拍摄期间与剧组的合作非常愉快。",
    ],
}
_OPEN = ["", "", "此外，", "与此同时，", "据了解，", "值得一提的是，", "比赛中，", "目前，"]
_SUBJ = ["球队", "主教练", "全队上下", "替补球员", "防守端", "进攻端", "剧组", "主创团队", "球迷"]
_PRED = [
    "展现出了很强的韧性",
    "在关键时刻顶住了压力",
    "把握住了对手的失误",
    "做好了充分的准备",
    "执行了赛前的部署",
    "收获了大量好评",
    "逐渐找回了状态",
    "打出了极高的效率",
    "在细节上做得更好",
    "保持了稳定的发挥",
]
_TAIL = ["。", "，赢得了现场观众的掌声。", "，接下来的比赛值得期待。", "，这也是本赛季的一个缩影。"]
CAPTIONS = [
    "{player}在比赛中突破上篮",
    "{team}球员庆祝胜利",
    "{star}进球后庆祝",
    "{celeb}亮相{month}月{day}日的活动现场",
    "{show}剧照",
    "比赛现场的球迷",
]
SUBHEADS = {
    "xl": ["关键节点", "赛后声音"],
    "qq": ["比赛回顾", "数据统计"],
    "hp": ["交易前景", "球员态度"],
    "zb": ["上半场", "下半场"],
    "yl": ["角色塑造", "幕后故事"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "team": rng.choice(TEAMS),
        "club": rng.choice(CLUBS),
        "foot": rng.choice(FOOT),
        "euro": rng.choice(EURO),
        "player": rng.choice(PLAYERS),
        "star": rng.choice(STARS),
        "celeb": rng.choice(CELEBS),
        "show": rng.choice(SHOWS),
        "film": rng.choice(FILMS),
        "n": str(rng.randint(3, 41)),
        "m": str(rng.randint(1, 12)),
        "g": str(rng.randint(2, 5)),
        "h": str(rng.randint(0, 1)),
    }


POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35, topics=TOPICS
)
