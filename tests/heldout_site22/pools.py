"""Word pools for the twenty-second held-out site: headline and sentence frames for two
broadcasters' news sites (荔枝网 广东, 看看新闻 上海) and three city papers' (长江日报 武汉,
潇湘晨报 长沙, 北京日报客户端). Names and the generic sentence parts are site 7's; every body is
drawn from a seeded RNG."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import OPEN, PRED, SUBJ, TAIL, fill, names

PLACES = {
    "gdtv": ["广州", "深圳", "佛山", "东莞", "珠海", "汕头", "湛江", "江门", "肇庆", "梅州"],
    "knews": ["浦东", "徐汇", "静安", "黄浦", "闵行", "嘉定", "松江", "青浦", "杨浦", "临港"],
    "cjrb": ["江岸", "江汉", "硚口", "汉阳", "武昌", "洪山", "青山", "东西湖", "蔡甸", "江夏"],
    "xxcb": ["长沙", "岳麓区", "开福区", "雨花区", "芙蓉区", "天心区", "望城区", "浏阳", "宁乡"],
    "bjd": ["朝阳", "海淀", "东城", "西城", "丰台", "通州", "大兴", "顺义", "昌平", "怀柔"],
}
PROVINCE = {"gdtv": "广东", "knews": "上海", "cjrb": "湖北", "xxcb": "湖南", "bjd": "北京"}
TOPICS = {
    "gdtv": [
        "“百千万工程”",
        "粤港澳大湾区建设",
        "龙舟赛",
        "回南天防潮",
        "荔枝上市",
        "深中通道通车",
        "广交会",
        "台风防御",
        "英歌舞",
        "制造业当家",
        "早茶文化",
        "跨境通关便利化",
    ],
    "knews": [
        "一网通办",
        "上海国际电影节",
        "外滩“夜上海”",
        "苏州河滨水空间",
        "临港新片区建设",
        "梅雨季防汛",
        "进博会筹备",
        "地铁新线开通",
        "社区嵌入式服务",
        "城市更新",
        "垃圾分类",
        "咖啡文化周",
    ],
    "cjrb": [
        "长江大保护",
        "光谷科创",
        "东湖绿道",
        "汉口历史风貌区",
        "热干面产业",
        "武汉马拉松",
        "轨道交通12号线",
        "江汉朝宗灯光秀",
        "高校毕业生留汉",
        "武汉新城",
        "菜篮子保供",
        "长江游轮",
    ],
    "xxcb": [
        "五一商圈",
        "橘子洲烟花",
        "湘江夜游",
        "长沙地铁",
        "网红茶饮",
        "岳麓山大学科技城",
        "梅溪湖片区",
        "夜经济",
        "湘菜出海",
        "小龙虾季",
        "城市防汛",
        "马栏山视频文创园",
    ],
    "bjd": [
        "中轴线申遗",
        "接诉即办",
        "京津冀协同发展",
        "城市副中心建设",
        "回天地区改造",
        "胡同微更新",
        "全民健身",
        "北京马拉松",
        "老字号焕新",
        "首都文明建设",
        "背街小巷整治",
        "国际消费中心城市",
    ],
}
ORGS = {
    "gdtv": ["省文化和旅游厅", "广州市政府", "省气象局", "省交通运输厅", "省商务厅", "深圳海关"],
    "knews": ["市政府新闻办", "市交通委", "市文旅局", "市气象台", "市商务委", "浦东新区政府"],
    "cjrb": ["市园林和林业局", "市交通运输局", "东湖高新区管委会", "市文旅局", "市城管执法委"],
    "xxcb": ["长沙市文旅广电局", "长沙市商务局", "长沙市城管局", "长沙地铁集团", "市场监管部门"],
    "bjd": ["市规划自然资源委", "市文物局", "市交通委", "市体育局", "市商务局", "市城市管理委"],
}
HEAD = {
    "gdtv": [
        "{place}{topic}火热开启",
        "广东{topic}有新进展",
        "直击｜{place}{topic}现场",
        "{org}发布{topic}最新安排",
        "{topic}来了！{place}市民这样过",
        "荔枝直播间｜{topic}看{place}",
    ],
    "knews": [
        "{place}：{topic}迎来新变化",
        "上海{topic}再升级",
        "视频｜{place}{topic}一线直击",
        "{org}：{topic}有了新举措",
        "记者探访｜{place}{topic}",
        "{topic}，申城准备好了",
    ],
    "cjrb": [
        "{place}{topic}跑出加速度",
        "武汉{topic}迎来新突破",
        "{topic}，{place}这样干",
        "{org}部署{topic}工作",
        "大江大湖大武汉｜{topic}",
        "{place}{topic}提档升级",
    ],
    "xxcb": [
        "{place}{topic}火出圈",
        "长沙{topic}又上新了",
        "晨视频｜{place}{topic}",
        "{org}回应{topic}热点",
        "{topic}：{place}街坊有话说",
        "直击{place}{topic}",
    ],
    "bjd": [
        "{place}{topic}有新进展",
        "北京{topic}按下快进键",
        "{topic}，{place}这样推进",
        "{org}：{topic}今年这样干",
        "新闻观察｜{place}{topic}",
        "京城{topic}又有新亮点",
    ],
}
FRAMES = {
    "gdtv": [
        "记者从{org}获悉，{place}{topic}相关工作正有序推进。",
        "“今年的气氛比往年还要热闹！”{place}街坊{person}说。",
        "据统计，{place}今年以来累计接待市民游客{n}万人次。",
    ],
    "knews": [
        "记者从{org}了解到，{topic}将在{place}率先试点。",
        "“家门口就能办，太方便了。”{place}居民{person}告诉记者。",
        "截至目前，{place}已建成相关点位{n}个。",
    ],
    "cjrb": [
        "记者从{org}获悉，{place}{topic}已进入攻坚阶段。",
        "“变化看得见，心里暖洋洋。”{place}市民{person}说。",
        "数据显示，今年前{month2}个月，{place}相关指标增长{pct}%。",
    ],
    "xxcb": [
        "记者从{org}了解到，{topic}相关措施将陆续落地。",
        "“周末带娃来打卡，人真的好多！”市民{person}笑着说。",
        "据介绍，{place}今年计划新增相关项目{n}个。",
    ],
    "bjd": [
        "{org}有关负责人介绍，{place}{topic}今年将完成{n}项任务。",
        "“现在出门就是公园，幸福感满满。”{place}居民{person}说。",
        "据了解，{place}已累计完成投资{n2}亿元。",
    ],
}
SUBHEADS = {
    "gdtv": ["现场：人气爆棚", "亮点：新玩法不断", "提醒：出行注意安全"],
    "knews": ["一线直击", "市民体验", "下一步安排"],
    "cjrb": ["【现场】热火朝天", "【数据】稳中有进", "【展望】未来可期"],
    "xxcb": ["现场", "探访", "回应"],
    "bjd": ["亮点一：规划先行", "亮点二：民生优先", "亮点三：长效机制"],
}
CAPTIONS = [
    "{month}月{day}日，市民在{place}参与{topic}活动。",
    "这是{month}月{day}日拍摄的{place}一景（无人机照片）。",
    "{month}月{day}日，工作人员在{place}现场忙碌。",
    "图为{place}{topic}现场。",
    "游客在{place}拍照留念。",
]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES[tpl], 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": PROVINCE[tpl],
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), tries=400, topics=TOPICS)

__all__ = ["POOLS", "SUBHEADS", "context", "names"]
