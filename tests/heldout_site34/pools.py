"""Word pools for the thirty-fourth held-out site: Chinese sports portals (football, basketball) and
an entertainment channel. Every body is drawn from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = [
    *("振宇", "晓峰", "一鸣", "建国", "丽君", "浩宇", "晨阳", "志强", "海涛", "文博", "国栋"),
    *("梦瑶", "天翔", "秀梅", "鹏程", "佳怡", "子豪", "美琪", "宏伟", "亚男", "卫国", "若楠"),
    *("继伟", "永辉", "思琪", "晓明", "雪梅", "金宝", "艳红", "博涛", "立新", "新民", "蕊"),
    *("勇", "磊", "婷", "健", "超", "璐", "鑫", "斌", "琳", "昊", "晶", "翔"),
]
HANDLES = [
    "球叔说球",
    "Tonylala",
    "绿茵老炮",
    "蓝色风暴11",
    "米兰之心",
    "足坛扫地僧",
    "红魔阿June",
    "北看台老张",
    "Ronaldinho10",
    "豆豆说足球",
    "边路飞翼",
    "中场大脑",
    "安菲尔德的风",
    "伯纳乌夜话",
    "阿尔茨",
    "铁血蓝狐",
    "桑巴小马",
    "老K看球",
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out:
            out.append(n)
    return out


CSL = [
    "上海海港",
    "上海申花",
    "山东泰山",
    "北京国安",
    "成都蓉城",
    "浙江队",
    "天津津门虎",
    "武汉三镇",
    "长春亚泰",
    "河南队",
    "青岛海牛",
    "沧州雄狮",
]
EURO = [
    "皇马",
    "巴萨",
    "曼城",
    "阿森纳",
    "利物浦",
    "拜仁",
    "国际米兰",
    "AC米兰",
    "尤文图斯",
    "巴黎圣日耳曼",
    "多特蒙德",
    "勒沃库森",
]
CBA = ["辽宁本钢", "广东宏远", "浙江稠州金租", "新疆伊力特", "上海久事", "北京首钢", "深圳马可波罗"]
CITIES = ["上海", "北京", "成都", "广州", "济南", "天津", "武汉", "杭州", "沈阳", "青岛"]
ABROAD = ["马德里", "巴塞罗那", "曼彻斯特", "伦敦", "慕尼黑", "米兰", "巴黎", "都灵"]
SHOWS = [
    "《乘风2024》",
    "《歌手2024》",
    "《奔跑吧》",
    "《向往的生活》",
    "《披荆斩棘》",
    "《声生不息》",
]
DRAMAS = ["《繁花》", "《庆余年2》", "《与凤行》", "《墨雨云间》", "《玫瑰的故事》", "《承欢记》"]
EVENTS = ["电影节红毯", "品牌活动", "新剧发布会", "机场", "演唱会后台", "时尚晚宴", "综艺录制现场"]

HEAD = {
    "sina": [
        "中超-{hero}梅开二度 {home}{s1}-{s2}{away}",
        "中超-{home}{s1}-{s2}{away} {hero}破门难救主",
        "{home}官方宣布{person}加盟 签约{n}年",
        "{coach}：{home}必须拿下下一场",
        "国足集训名单出炉 {person}首次入选",
        "{home}主帅{coach}：球队状态正在回升",
        "足协杯-{home}点球大战淘汰{away}",
        "{home}伤病潮持续 {person}将缺席{n}周",
    ],
    "wy": [
        "{home}{s1}-{s2}{away}，{hero}建功",
        "中超第{rnd}轮：{home}{s1}比{s2}{away}",
        "{home}主场{s1}-{s2}{away}，{hero}送出助攻",
        "{rnd}轮不败！{home}{s1}-{s2}{away}",
        "{away}客场惜败，{coach}赛后致歉",
        "{home}{s1}-{s2}力克{away}，{hero}传射建功",
    ],
    "dqd": [
        "{euro}官方：{person}续约至{year}年",
        "{euro}{s1}-{s2}{euro2}，{hero}独造两球",
        "曝{euro}有意引进{person}，报价{n}00万欧",
        "{euro}主帅：{hero}是世界最好的中场之一",
        "数据流：{hero}本场{n}次关键传球",
        "{euro}更衣室矛盾升级？{person}回应",
        "{euro}将与{euro2}争夺{person}",
    ],
    "sohu": [
        "{star}亮相{event} 一身白裙气质出众",
        "{star}新剧{drama}定档 与{star2}二搭",
        "{star}{show}舞台惊艳 网友直呼太飒",
        "组图：{star}现身{event} 造型吸睛",
        "{drama}收视破{n} {star}演技获赞",
        "{star}回应{drama}争议：会继续努力",
        "组图：{star}{star2}同框 {event}合影超有爱",
    ],
    "cctv": [
        "{cba}{b1}-{b2}击败{cba2} 总比分{n}-1领先",
        "{home}{s1}-{s2}{away} 中超积分榜排名刷新",
        "国乒{person}晋级女单八强",
        "体坛周报：{euro}夏窗目标锁定{person}",
        "{cba}{person}当选本轮最佳球员",
        "中国女排3比{s2}战胜对手 {hero}拿下全场最高分",
        "{euro}主帅{coach}：我们配得上这场胜利",
    ],
}
FRAMES = {
    "sina": [
        "本场比赛，{home}主帅{coach}排出了{n}名外援同时首发的阵容。",
        "第{n}分钟，{hero}禁区前沿起脚远射，皮球直挂死角。",
        "赛后{coach}表示：“球员们执行了赛前的布置，这场胜利属于所有人。”",
        "目前{home}积{n2}分，暂列积分榜第{n}位。",
    ],
    "wy": [
        "第{n}分钟，{hero}接队友传中头球破门，{home}取得领先。",
        "下半场易边再战，{away}加强了边路进攻。",
        "补时阶段，{away}获得角球机会，但未能扳平比分。",
        "此役过后，{home}近{n}轮联赛保持不败。",
    ],
    "dqd": [
        "据{outlet}报道，{euro}已经与{person}的经纪人进行了接触。",
        "本赛季至今，{hero}各项赛事出场{n2}次，贡献{n}球。",
        "{coach}在赛前发布会上表示：“我们必须保持专注。”",
        "懂球帝数据显示，{hero}本场传球成功率高达{n}%。",
    ],
    "sohu": [
        "当天，{star}身穿一袭长裙亮相，妆容精致，状态极佳。",
        "据悉，{drama}由{star}和{star2}共同主演，讲述了一段都市情感故事。",
        "不少网友在评论区留言：“{star}真的越来越好看了。”",
        "{star}在采访中透露，拍摄{drama}期间收获良多。",
    ],
    "cctv": [
        "本场比赛，{hero}全场砍下{n2}分，帮助球队锁定胜局。",
        "{coach}赛后表示，球队在防守端的表现让他满意。",
        "据体坛周报记者了解，{euro}高层已经与{person}方面进行了初步沟通。",
        "下一轮比赛，{home}将坐镇主场迎战{away}。",
    ],
}
SPORT_OPEN = ["", "", "此外，", "与此同时，", "据了解，", "值得一提的是，", "目前，", "赛后，"]
SPORT_SUBJ = ["主队", "客队", "双方", "球队", "教练组", "俱乐部", "年轻球员", "替补席上的球员"]
SPORT_PRED = [
    "加强了中场逼抢",
    "积极寻找反击机会",
    "牢牢控制住场上节奏",
    "在定位球上做足了准备",
    "频繁通过边路发起冲击",
    "顶住了对手的连续进攻",
    "打出了很高的斗志",
    "在防守端保持了专注",
    "调整了阵型站位",
    "展现出不俗的配合",
]
SPORT_TAIL = [
    "，场面十分激烈。",
    "，比赛节奏明显加快。",
    "，赢得了现场球迷的掌声。",
    "。",
    "，为胜利奠定了基础。",
]
ENT_OPEN = ["", "", "据悉，", "随后，", "此前，", "对此，", "活动现场，"]
ENT_SUBJ = ["剧组", "主创团队", "节目组", "粉丝们", "现场观众", "工作人员", "众多网友"]
ENT_PRED = [
    "纷纷拿出手机记录",
    "与主持人频频互动",
    "分享了幕后花絮",
    "表达了期待之情",
    "送上了真挚祝福",
    "回忆起拍摄时的趣事",
    "引发了热烈讨论",
    "献上了精彩表演",
]
ENT_TAIL = ["，现场气氛热烈。", "，话题迅速登上热搜。", "。", "，引来一片欢呼。"]

SPORT_CAPTIONS = [
    "{month}月{day}日，{home}球员{hero}（中）在比赛中庆祝进球。",
    "{month}月{day}日，{home}队主教练{coach}在场边指挥。",
    "比赛中，{away}球员{person}（右）与对手拼抢。",
    "{month}月{day}日，球迷在看台上为{home}加油助威。",
    "{hero}在比赛中带球突破。",
]
ENT_CAPTIONS = [
    "{star}亮相{event}，笑容甜美。",
    "{star}身着白色长裙，气质出众。",
    "{star}与{star2}同框合影。",
    "{star}向现场粉丝挥手致意。",
    "{star}侧颜精致，状态在线。",
    "{star}在{event}接受媒体采访。",
]
SUBHEADS = {
    "sina": ["上半场：双方互有攻守", "下半场：主队锁定胜局", "赛后：主帅谈比赛"],
    "wy": ["比赛回顾", "技术统计", "赛后发布会"],
    "dqd": ["转会背景", "球员数据", "未来走向"],
    "sohu": ["红毯造型", "新剧动态", "网友热议"],
    "cctv": ["攻防转换决定胜负", "年轻球员挑大梁", "下一阶段的挑战"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {"month": "5", "day": "7", **ctx}
    vals.update(n=rng.randint(2, 9), n2=rng.randint(11, 38))
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    home, away = rng.sample(CSL, 2)
    euro, euro2 = rng.sample(EURO, 2)
    cba, cba2 = rng.sample(CBA, 2)
    if tpl == "dqd":  # 懂球帝 and 虎扑 voice write about European football
        home, away = euro, euro2
    star, star2, person, hero, coach = names(rng, 5)
    s1 = rng.randint(1, 4)
    s2 = rng.randint(0, s1 - 1)
    return {
        "home": home,
        "away": away,
        "euro": euro,
        "euro2": euro2,
        "cba": cba,
        "cba2": cba2,
        "star": star,
        "star2": star2,
        "person": person,
        "hero": hero,
        "coach": coach,
        "s1": str(s1),
        "s2": str(s2),
        "b1": str(rng.randint(95, 118)),
        "b2": str(rng.randint(80, 94)),
        "rnd": str(rng.randint(8, 14)),
        "year": str(rng.randint(2026, 2029)),
        "outlet": rng.choice(
            ["《马卡报》", "《米兰体育报》", "《队报》", "天空体育", "《图片报》"]
        ),
        "show": rng.choice(SHOWS),
        "drama": rng.choice(DRAMAS),
        "event": rng.choice(EVENTS),
        "city": rng.choice(CITIES),
    }


POOLS = Pools(HEAD, FRAMES, SPORT_CAPTIONS, fill, (SPORT_OPEN, SPORT_SUBJ, SPORT_PRED, SPORT_TAIL))
ENT_POOLS = Pools(HEAD, FRAMES, ENT_CAPTIONS, fill, (ENT_OPEN, ENT_SUBJ, ENT_PRED, ENT_TAIL))
