"""Word pools for the thirteenth held-out site: headline and sentence frames for five small
Chinese news sites (a city daily's web site, an industry news site, an association's blog-like
news site, a county education site, a county 融媒体中心). Names, places and the generic
sentence parts are site 7's; every body is drawn from a seeded RNG."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import OPEN, PRED, SUBJ, TAIL, fill, names

TOWNS = ["城关镇", "青石镇", "柳河乡", "白沙镇", "龙泉街道", "桃源乡", "新桥镇", "石门镇"]
PLACES = ["临江", "江北新区", "滨湖区", "高新区", "云溪县", "东岗区", "南湖片区", "经开区"]

TOPICS = {
    "phpcms": [
        "老旧小区改造",
        "城市更新",
        "背街小巷整治",
        "全国文明城市创建",
        "夜间经济",
        "口袋公园建设",
        "公交线网优化",
        "中考招生",
        "医保便民服务",
        "防汛备汛",
        "营商环境",
        "一刻钟便民生活圈",
    ],
    "empire": [
        "冷链物流",
        "农机购置补贴",
        "快递进村",
        "智慧仓储",
        "新能源重卡",
        "多式联运",
        "茶叶出口",
        "绿色包装",
        "供应链金融",
        "县域商业体系",
        "跨境电商",
        "粮食烘干",
    ],
    "zblog": [
        "会员单位走访",
        "行业标准宣贯",
        "年度理事会",
        "电商直播培训",
        "诚信经营倡议",
        "产学研对接",
        "会员服务月",
        "政策解读会",
        "技能大赛",
        "党建联建",
        "助农直播",
        "数字化转型沙龙",
    ],
    "powereasy": [
        "课后服务",
        "教师培训",
        "校园安全",
        "劳动教育",
        "食堂管理",
        "家校共育",
        "读书月活动",
        "防溺水教育",
        "体质健康测试",
        "集团化办学",
        "心理健康教育",
        "课堂教学改革",
    ],
    "rmt": [
        "高标准农田建设",
        "乡村振兴",
        "人居环境整治",
        "春耕生产",
        "招商引资",
        "文明实践",
        "森林防火",
        "特色产业",
        "平安建设",
        "民生实事",
        "非遗传承",
        "乡村旅游",
    ],
}
ORGS = {
    "phpcms": ["市住建局", "市城管局", "市交通运输局", "市教育局", "市医保局", "市应急管理局"],
    "empire": [
        "中国物流与采购联合会",
        "省商务厅",
        "农业农村部门",
        "行业协会",
        "多家企业",
        "业内人士",
    ],
    "zblog": ["协会秘书处", "市商务局", "会员企业", "市场监管部门", "协会党支部", "专家组"],
    "powereasy": ["县教育局", "学校", "教研室", "县教体局", "校团委", "德育处"],
    "rmt": ["县农业农村局", "县委宣传部", "县文旅局", "县应急管理局", "镇党委", "县融媒体中心"],
}
HEAD = {
    "phpcms": [
        "{place}{topic}全面提速",
        "{org}：今年{topic}惠及{n}万群众",
        "{topic}有了新进展",
        "{place}{n}个{topic}项目集中开工",
        "聚焦{topic} 我市出台{n}条措施",
        "{topic}“提质扩面”，市民点赞",
        "记者调查｜{place}{topic}进行时",
        "{org}发布{topic}新规",
    ],
    "empire": [
        "{topic}迎来新机遇",
        "{org}：{topic}市场规模突破{n}亿元",
        "{province}{topic}发展按下“快进键”",
        "{topic}：{n}家企业入选试点名单",
        "{topic}行业一季度运行平稳",
        "破解{topic}难题，{place}有新招",
        "{topic}发展报告发布",
        "聚焦{topic}：行业如何破局",
    ],
    "zblog": [
        "协会开展{topic}活动",
        "{topic}在{place}顺利举办",
        "协会召开{topic}工作会议",
        "{topic}｜我会组织{n}家会员单位参加",
        "我会举办{topic}",
        "{topic}圆满落幕",
        "协会领导带队开展{topic}",
        "{place}{topic}现场会召开",
    ],
    "powereasy": [
        "我县扎实推进{topic}工作",
        "{school}开展{topic}主题活动",
        "{topic}经验交流会在{school}召开",
        "县教育局部署{topic}工作",
        "{school}：{topic}见实效",
        "{topic}专项督导检查工作启动",
        "我县{n}所学校{topic}获表彰",
        "{school}举行{topic}启动仪式",
    ],
    "rmt": [
        "{town}：{topic}跑出“加速度”",
        "我县{topic}工作有序推进",
        "{town}{topic}绘就美丽新画卷",
        "县领导调研{topic}工作",
        "{topic}｜{town}的新变化",
        "我县召开{topic}推进会",
        "{town}：小{topic}做出大文章",
        "{topic}让群众幸福感“升级”",
    ],
}
FRAMES = {
    "phpcms": [
        "{org}相关负责人介绍，今年计划完成相关任务{n}项。",
        "“现在出门方便多了。”家住{place}的市民{person}说。",
        "记者在{place}看到，施工人员正在抓紧作业。",
        "据悉，该项目总投资约{n}亿元，预计年底前完工。",
        "下一步，{org}将持续跟踪，确保各项措施落地见效。",
    ],
    "empire": [
        "据{org}统计，{month}月份行业相关指数为{pct}%。",
        "“订单比去年同期多了不少。”{place}一家企业负责人{person}说。",
        "业内人士认为，{topic}仍有较大发展空间。",
        "{org}数据显示，今年前{month}个月相关业务量同比增长{pct}%。",
        "专家建议，企业应加快数字化转型步伐。",
    ],
    "zblog": [
        "协会会长{person}在讲话中对各会员单位的支持表示感谢。",
        "活动吸引了{n2}余名会员代表参加。",
        "与会人员围绕{topic}展开了热烈讨论。",
        "{org}有关负责人出席活动并讲话。",
        "大家纷纷表示，此次活动内容丰富，收获满满。",
    ],
    "powereasy": [
        "{org}负责人{person}要求，各校要高度重视，确保工作落到实处。",
        "活动中，同学们积极参与，现场气氛热烈。",
        "据了解，全县共有{n}所学校参加此次活动。",
        "“孩子们的变化，家长看在眼里。”一位家长说。",
        "此次活动进一步增强了师生的安全意识。",
    ],
    "rmt": [
        "在{town}，{person}正忙着查看作物长势。",
        "“日子越过越有奔头了。”村民{person}笑着说。",
        "近年来，{town}立足资源禀赋，大力发展{topic}。",
        "{org}负责人表示，将进一步加大工作力度。",
        "据了解，今年我县计划实施相关项目{n}个，总投资{n2}万元。",
    ],
}
SCHOOLS = ["县实验小学", "县第一中学", "城关中学", "县职业中专", "青石镇中心小学", "县第二幼儿园"]
SUBHEADS = {
    "phpcms": ["【改造】", "【提升】", "【长效】"],
    "empire": ["一、市场规模持续扩大", "二、结构不断优化", "三、存在的问题与建议"],
    "zblog": ["精心筹备", "成果丰硕", "下一步计划"],
    "powereasy": ["一、提高认识，加强领导", "二、精心组织，扎实推进", "三、总结经验，形成长效"],
    "rmt": ["抓项目 强产业", "优环境 惠民生", "强保障 促发展"],
}
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}查看项目进展。",
    "图为活动现场。",
    "{month}月{day}日，{place}一处施工现场。",
    "与会人员合影。",
    "图为{place}一角。",
    "{month}月{day}日，志愿者在{place}开展服务。",
]


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "town": rng.choice(TOWNS),
        "school": rng.choice(SCHOOLS),
        "province": rng.choice(["湖南", "江西", "安徽", "湖北", "四川", "河南"]),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), tries=300, topics=TOPICS)
headline, sentence, paragraphs, caption = (
    POOLS.headline,
    POOLS.sentence,
    POOLS.paragraphs,
    POOLS.caption,
)


__all__ = ["SUBHEADS", "caption", "context", "headline", "names", "paragraphs"]
