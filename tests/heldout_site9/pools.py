"""Word pools for the ninth held-out site: a prefecture-level city's own news (临江市), in
simplified Chinese for the GBK portal and the WeChat-style share page and in traditional Chinese
for the Big5 mirror. Every body is drawn from a seeded RNG (``heldout_site7.pools.fill``)."""

from __future__ import annotations

import random

from heldout_site7.pools import fill

PLACES = ["江北区", "江南区", "临江经开区", "青山县", "白沙镇", "东湖街道", "高铁新城", "望江路"]
ORGS = [
    "市住建局",
    "市交通运输局",
    "市教育局",
    "市文广旅局",
    "市卫健委",
    "市城管局",
    "市生态环境局",
]
DEPTS = ["市委宣传部", "市委网信办", "市政府办公室", "市融媒体中心", "市文明办", "市发改委"]
TOPICS = [
    "老旧小区改造",
    "城市书房",
    "夜市经济",
    "乡村振兴示范带",
    "背街小巷整治",
    "公交线网优化",
    "义务教育招生",
    "全民健身",
    "河道清淤",
    "菜市场提升改造",
    "文明城市创建",
    "养老服务驿站",
    "消费券发放",
    "城市口袋公园",
    "农产品直播带货",
]
HEAD = [
    "{place}{topic}项目加快推进",
    "我市{topic}工作推进会召开",
    "{topic}：让群众生活更美好",
    "{org}扎实推进{topic}",
    "{place}：{topic}跑出“加速度”",
    "市领导督导检查{topic}工作",
    "{topic}惠及{n2}户居民",
    "我市启动{topic}专项行动",
    "{place}{topic}迎来新变化",
    "聚焦{topic} 提升群众幸福感",
]
FRAMES = [
    "{month}月{day}日上午，记者来到{place}，只见施工人员正在紧张作业。",
    "“以前一下雨就积水，现在好多了。”家住{place}的市民{person}告诉记者。",
    "据{org}相关负责人介绍，该项目总投资约{n}亿元，预计年底前完工。",
    "会议强调，要坚持以人民为中心，把{topic}这件好事办实办好。",
    "截至目前，全市已累计完成{topic}项目{n}个，惠及群众{n2}户。",
    "下一步，{org}将持续跟踪问效，确保各项措施落地见效。",
    "活动现场人头攒动，不少市民专程赶来参加。",
    "{place}有关负责人表示，将以此次活动为契机，进一步提升服务水平。",
]
OPEN = ["今年以来，", "近年来，", "据了解，", "目前，", "与此同时，", "此外，", "", ""]
SUBJ = ["{org}", "{place}", "各县（市、区）", "相关部门", "全市各级", "街道社区"]
PRED = [
    "累计投入资金{n}亿元",
    "新建改造{n2}处",
    "服务群众{n2}人次",
    "同比增长{pct}%",
    "排查问题{n2}个",
    "整改到位{n}项",
    "覆盖{n}个社区",
    "新增岗位{n2}个",
    "开展活动{n}场次",
]
TAIL = ["。", "，取得明显成效。", "，群众满意度持续提升。", "，为下一步工作打下坚实基础。"]
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}检查施工进度。",
    "图为{place}{topic}项目现场。",
    "市民在{place}新建成的城市书房内阅读。",
    "{month}月{day}日，志愿者在{place}为居民提供服务。",
]
SUBHEADS = ["精准施策 补齐短板", "多方联动 形成合力", "久久为功 常态长效"]

# --- 繁體 (the Big5 mirror) -------------------------------------------------------------------
T_SURNAMES = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣"
T_GIVEN = ["曉穎", "子軒", "雨桐", "海峰", "俊傑", "佳琪", "建軍", "麗娟", "志遠", "夢瑤", "天宇",
           "欣然", "國平", "紅梅", "少華", "雪松", "文博", "靜怡", "立偉", "晨曦", "宏亮", "婉清",
           "卓", "越", "楠", "帆", "穎", "濤"]  # fmt: skip
T_PLACES = ["江北區", "江南區", "臨江經開區", "青山縣", "白沙鎮", "東湖街道", "高鐵新城", "望江路"]
T_ORGS = ["市住建局", "市交通運輸局", "市教育局", "市文廣旅局", "市衛健委", "市城管局"]
T_TOPICS = [
    "老舊小區改造",
    "城市書房",
    "夜市經濟",
    "鄉村振興示範帶",
    "背街小巷整治",
    "公交線網優化",
    "全民健身",
    "河道清淤",
    "菜市場提升改造",
    "養老服務驛站",
    "消費券發放",
    "城市口袋公園",
]
T_HEAD = [
    "{place}{topic}項目加快推進",
    "我市{topic}工作推進會召開",
    "{topic}：讓群眾生活更美好",
    "{org}紮實推進{topic}",
    "{place}：{topic}跑出「加速度」",
    "市領導督導檢查{topic}工作",
    "{topic}惠及{n2}戶居民",
    "我市啟動{topic}專項行動",
]
T_FRAMES = [
    "{month}月{day}日上午，記者來到{place}，只見施工人員正在緊張作業。",
    "「以前一下雨就積水，現在好多了。」家住{place}的市民{person}告訴記者。",
    "據{org}相關負責人介紹，該項目總投資約{n}億元，預計年底前完工。",
    "截至目前，全市已累計完成{topic}項目{n}個，惠及群眾{n2}戶。",
    "下一步，{org}將持續跟蹤問效，確保各項措施落地見效。",
    "活動現場人頭攢動，不少市民專程趕來參加。",
]
T_OPEN = ["今年以來，", "近年來，", "據了解，", "目前，", "與此同時，", "此外，", "", ""]
T_SUBJ = ["{org}", "{place}", "各縣（市、區）", "相關部門", "全市各級", "街道社區"]
T_PRED = [
    "累計投入資金{n}億元",
    "新建改造{n2}處",
    "服務群眾{n2}人次",
    "同比增長{pct}%",
    "排查問題{n2}個",
    "整改到位{n}項",
    "覆蓋{n}個社區",
    "新增崗位{n2}個",
]
T_TAIL = ["。", "，取得明顯成效。", "，群眾滿意度持續提升。", "，為下一步工作打下堅實基礎。"]
T_CAPTIONS = ["{month}月{day}日，工作人員在{place}檢查施工進度。", "圖為{place}{topic}項目現場。"]
T_SUBHEADS = ["精準施策 補齊短板", "多方聯動 形成合力", "久久為功 常態長效"]

SIMP = {
    "head": HEAD,
    "frames": FRAMES,
    "open": OPEN,
    "subj": SUBJ,
    "pred": PRED,
    "tail": TAIL,
    "captions": CAPTIONS,
    "subheads": SUBHEADS,
}
TRAD = {
    "head": T_HEAD,
    "frames": T_FRAMES,
    "open": T_OPEN,
    "subj": T_SUBJ,
    "pred": T_PRED,
    "tail": T_TAIL,
    "captions": T_CAPTIONS,
    "subheads": T_SUBHEADS,
}


def t_names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(T_SURNAMES) + rng.choice(T_GIVEN)
        if n not in out:
            out.append(n)
    return out


def context(rng: random.Random, trad: bool) -> dict[str, str]:
    places = T_PLACES if trad else PLACES
    place, place2 = rng.sample(places, 2)
    return {
        "topic": rng.choice(T_TOPICS if trad else TOPICS),
        "org": rng.choice(T_ORGS if trad else ORGS),
        "place": place,
        "place2": place2,
        "province": "",
        **({"person": t_names(rng, 1)[0]} if trad else {}),
    }


def headline(
    rng: random.Random, pool: dict[str, list[str]], ctx: dict[str, str], used: set[str]
) -> str:
    for _ in range(300):
        t = fill(rng, rng.choice(pool["head"]), ctx)
        if t not in used:
            used.add(t)
            return t
    raise RuntimeError("headline pool exhausted")


def sentence(rng: random.Random, pool: dict[str, list[str]], ctx: dict[str, str]) -> str:
    if rng.random() < 0.3:
        return fill(rng, rng.choice(pool["frames"]), ctx)
    p1, p2 = rng.sample(pool["pred"], 2)
    frame = rng.choice(pool["open"]) + rng.choice(pool["subj"]) + p1 + "，" + p2
    return fill(rng, frame + rng.choice(pool["tail"]), ctx)


def paragraphs(
    rng: random.Random, pool: dict[str, list[str]], n: int, ctx: dict[str, str]
) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n):
        k = rng.randint(1, 2) if n <= 2 else rng.randint(1, 4)
        para: list[str] = []
        while len(para) < k:
            s = sentence(rng, pool, ctx)
            if s not in seen:
                seen.add(s)
                para.append(s)
        out.append("".join(para))
    return out
