"""Word pools for the fourteenth held-out site: headline and sentence frames for a city
government's 公众号, 头条号 and 网易号 self-media accounts, the 人民日报客户端 and a city app.
Names, places and the sentence grammar are site 7's; every body is drawn from a seeded RNG."""

from __future__ import annotations

import random

from heldout_site7.pools import OPEN, PLACES, PRED, PROVINCES, SUBJ, TAIL, caption, fill, names

TOPICS = {
    "wx": [
        "城市更新",
        "夜间经济",
        "垃圾分类",
        "老旧小区改造",
        "地铁新线",
        "社区食堂",
        "文旅消费",
        "人才新政",
        "公积金新政",
        "中小学招生",
        "无障碍环境建设",
        "夏季防汛",
    ],
    "tt": [
        "县城房价",
        "农村养老",
        "二手车市场",
        "外卖骑手",
        "彩礼",
        "乡村振兴",
        "返乡创业",
        "考公热",
        "新能源车",
        "烧烤经济",
        "预制菜",
        "短剧",
    ],
    "dy": [
        "电池回收",
        "低空经济",
        "跨境电商",
        "县域商业",
        "银发经济",
        "数字人民币",
        "专精特新",
        "算力中心",
        "氢能产业",
        "宠物经济",
        "露营经济",
        "非遗文创",
    ],
    "rmh": [
        "高标准农田",
        "基层减负",
        "生态修复",
        "科技特派员",
        "乡村医生",
        "河长制",
        "营商环境",
        "就业帮扶",
        "文物保护",
        "儿童友好城市",
        "新型工业化",
        "粮食安全",
    ],
    "city": [
        "轨道交通",
        "山城步道",
        "火锅产业",
        "两江四岸",
        "背街小巷整治",
        "城市防涝",
        "网红景点",
        "小区停车难",
        "校外培训",
        "物业纠纷",
        "菜市场改造",
        "夜市",
    ],
}
ORGS = {
    "wx": ["市住建局", "市城管委", "市人社局", "市教育局", "市文旅局", "市发展改革委"],
    "tt": ["村委会", "县人社局", "当地派出所", "一家中介", "县教育局", "镇政府"],
    "dy": ["工信部", "中国汽车工业协会", "一家券商", "行业协会", "某头部企业", "市商务局"],
    "rmh": ["农业农村部", "省委组织部", "国家林草局", "省科技厅", "省卫生健康委", "省水利厅"],
    "city": ["市交通局", "区城管局", "街道办", "市消费者协会", "市场监管部门", "社区居委会"],
}
HEAD = {
    "wx": [
        "重磅！{topic}新政来了",
        "关于{topic}，最新通知！",
        "扩散！{place}{topic}有新变化",
        "{n}月起，{topic}这样办",
        "官方发布！{topic}{n}条措施",
        "@所有人，{topic}必看",
        "定了！{place}{topic}时间表公布",
        "{topic}，{place}又上新了",
    ],
    "tt": [
        "{place}{topic}现状：说出来你可能不信",
        "{topic}这件事，我劝大家想清楚",
        "回老家{place}才发现，{topic}变了",
        "{topic}背后，是一群普通人的选择",
        "聊聊{topic}：{n}个真实的细节",
        "{place}的{topic}，为何突然火了",
        "{topic}越来越难？过来人说了实话",
        "我在{place}看{topic}：{n}年变化",
    ],
    "dy": [
        "{topic}爆发前夜：{n}家公司抢跑",
        "深度｜{topic}的下半场",
        "{topic}，谁在赚钱？",
        "{org}：{topic}迎来新拐点",
        "{topic}狂飙，{place}押中了吗",
        "{n}张图看懂{topic}",
        "{topic}出海记：{place}样本",
        "{topic}降温了吗？一线调研",
    ],
    "rmh": [
        "{province}：{topic}走出新路子",
        "{topic}，这里有新答卷",
        "一线调研｜{place}{topic}见闻",
        "{topic}如何落地见效",
        "{org}部署推进{topic}工作",
        "绘就{topic}新图景",
        "{place}：{topic}让群众得实惠",
        "以{topic}为抓手推动高质量发展",
    ],
    "city": [
        "{place}这条{topic}项目有新进展",
        "{topic}难题如何破？记者实探{n}个点位",
        "市民反映{topic}问题，{org}回应了",
        "{topic}来了！{place}市民有福了",
        "{n}个月后，{place}{topic}将完工",
        "{topic}“变形记”：{place}一线见闻",
        "上游调查｜{topic}乱象背后",
        "封面直击｜{place}{topic}现场",
    ],
}
FRAMES = {
    "wx": [
        "{org}相关负责人介绍，今年全市计划完成相关任务{n}项。",
        "具体办理方式如下，请市民朋友们相互转告。",
        "市民如有疑问，可拨打12345政务服务便民热线咨询。",
        "截至{month}月底，全市已累计惠及群众{n2}万人次。",
        "“以前办事要跑好几趟，现在手机上就能办。”市民{person}说。",
        "下一步，{org}将持续优化服务流程。",
    ],
    "tt": [
        "说实话，我身边就有{n}个亲戚遇到过这种事。",
        "在{place}，{person}每天早上五点就要出门。",
        "算下来，一年要多花{n2}块钱，这还不算人情往来。",
        "很多人觉得{topic}离自己很远，其实不然。",
        "你们老家是什么情况？欢迎在评论区说说。",
        "{person}叹了口气：“没办法，日子还得过。”",
    ],
    "dy": [
        "{org}数据显示，{month}月相关市场规模同比增长{pct}%。",
        "一位业内人士对笔者表示，行业洗牌才刚刚开始。",
        "从二级市场看，相关板块年内累计上涨{pct}%。",
        "不过，{topic}仍面临成本高、标准缺失等问题。",
        "{person}认为，未来三年是{topic}的关键窗口期。",
        "在{place}，已有{n}家企业布局相关赛道。",
    ],
    "rmh": [
        "{org}有关负责人表示，将进一步加大政策支持力度。",
        "走进{place}，{topic}的成效随处可见。",
        "“政策好了，我们干劲更足了。”{person}说。",
        "近年来，{province}把{topic}摆在突出位置。",
        "据统计，{place}已累计投入资金{n}亿元，惠及群众{n2}万人。",
        "专家认为，{topic}需要久久为功。",
    ],
    "city": [
        "记者在现场看到，{place}周边已有多处施工围挡。",
        "“每天下班回来找车位要转好几圈。”市民{person}说。",
        "{org}工作人员表示，相关问题已纳入整改清单。",
        "{month}月{day}日，记者来到{place}，现场人流不断。",
        "对此，{org}回复称，将在{n}个工作日内处理。",
        "据了解，该项目总投资约{n}亿元。",
    ],
}
SUBHEADS = {
    "wx": ["一、适用对象", "二、办理流程", "三、注意事项"],
    "tt": ["01", "02", "03"],
    "dy": ["一、需求爆发", "二、成本难题", "三、谁能突围"],
    "rmh": ["念好“山水经”", "打好“特色牌”", "走好“共富路”"],
    "city": ["现场：施工有序推进", "回应：年内完工", "市民：盼早日通车"],
}


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": rng.choice(PROVINCES),
    }


def headline(rng: random.Random, tpl: str, ctx: dict[str, str], used: set[str]) -> str:
    for _ in range(200):
        t = fill(rng, rng.choice(HEAD[tpl]), ctx)
        if t not in used:
            used.add(t)
            return t
    raise RuntimeError("headline pool exhausted")


def sentence(rng: random.Random, tpl: str, ctx: dict[str, str]) -> str:
    if rng.random() < 0.3:
        return fill(rng, rng.choice(FRAMES[tpl]), ctx)
    p1, p2 = rng.sample(PRED, 2)
    frame = rng.choice(OPEN) + rng.choice(SUBJ) + p1 + "，" + p2 + rng.choice(TAIL)
    return fill(rng, frame, ctx)


def paragraphs(rng: random.Random, tpl: str, n: int, ctx: dict[str, str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        k = rng.randint(1, 2) if n <= 2 else rng.randint(1, 4)
        para: list[str] = []
        while len(para) < k:
            s = sentence(rng, tpl, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append("".join(para))
    return out


__all__ = ["SUBHEADS", "caption", "context", "headline", "names", "paragraphs"]
