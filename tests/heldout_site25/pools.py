"""Word pools for the twenty-fifth held-out site: the portals and 融媒体 sites of one imagined
prefecture-level city (桐州市), its county 云溪县 and its district 东湖区. Every body is drawn from
a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random
import re

from heldout_gen import Pools

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕")
GIVEN = (
    "建国 晓燕 志强 丽华 海涛 雅琴 文博 春梅 国栋 秀兰 永辉 佳怡 德胜 红霞 俊峰 思琪 "
    "明亮 玉兰 少华 静怡 立新 慧芳 子涵 宏伟 雪梅 振东 婷婷 家乐 凤英 一鸣 欣然 世杰"
).split()

# Traditional forms of the pools' characters for the 繁體 mirror (a small, closed mapping).
T2 = str.maketrans(
    "刘陈杨赵黄吴孙罗梁郑谢韩冯董萧程邓许沈曾吕华涛琴梅栋兰辉怡胜霞峰琪亮静慧涵伟东乐凤鸣杰"
    "国区县市镇乡党务开发展经济产业项目建设设计规划会议动员部署推进实现强调组织农业业务关键为这"
    "进门长与时从对里个实际质优环节讯记员编辑图摄报网闻发布来源稿关闭页风调护坚决队伍检车场农户"
    "营环境统筹资金业标准线们头说书让将点样专题线双过还变达运续绩约让园讲灯灵层广厂头证书岁钱术"
    "团体应现观总结问题汇报扩队设备创导师湾确认亿万条联网级卫护厅阳楼单间级并们据阶段听众边迈",
    "劉陳楊趙黃吳孫羅梁鄭謝韓馮董蕭程鄧許沈曾呂華濤琴梅棟蘭輝怡勝霞峰琪亮靜慧涵偉東樂鳳鳴傑"
    "國區縣市鎮鄉黨務開發展經濟產業項目建設設計規劃會議動員部署推進實現強調組織農業業務關鍵為這"
    "進門長與時從對裡個實際質優環節訊記員編輯圖攝報網聞發佈來源稿關閉頁風調護堅決隊伍檢車場農戶"
    "營環境統籌資金業標準線們頭說書讓將點樣專題線雙過還變達運續績約讓園講燈靈層廣廠頭證書歲錢術"
    "團體應現觀總結問題彙報擴隊設備創導師灣確認億萬條聯網級衛護廳陽樓單間級並們據階段聽眾邊邁",
)


def trad(s: str) -> str:
    return s.translate(T2)


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out and trad(n) not in [trad(x) for x in out]:
            out.append(n)
    return out


TOPICS = {
    "kpy": [
        "营商环境优化",
        "重点项目建设",
        "城市更新",
        "安全生产",
        "民生实事",
        "招商引资",
        "防汛备汛",
        "乡村振兴",
    ],
    "kpy_doc": [
        "农村人居环境整治",
        "中小企业纾困",
        "养老服务体系建设",
        "老旧小区改造",
        "数字政府建设",
        "就业创业扶持",
    ],
    "xhy": [
        "春耕生产",
        "文明城市创建",
        "人居环境整治",
        "茶产业发展",
        "河长制落实",
        "农村电商",
        "乡村旅游",
        "防溺水宣传",
    ],
    "trs": [
        "社区网格化治理",
        "政务服务改革",
        "河涌整治",
        "垃圾分类",
        "消防安全检查",
        "企业服务专员",
        "义务教育招生",
        "城中村改造",
    ],
    "founder": [
        "城市交通",
        "夏粮收购",
        "文旅消费",
        "高新区招商",
        "背街小巷改造",
        "医保惠民",
        "职业教育",
        "生态修复",
    ],
    "hanweb": [
        "志愿服务",
        "非遗展演",
        "乡村文化振兴",
        "移风易俗",
        "全民阅读",
        "文明实践",
        "红色旅游",
        "群众文艺汇演",
    ],
}
PLACES = {
    "kpy": ["东湖区", "西津区", "云溪县", "桐山县", "青石镇", "高新区", "经开区", "临港新区"],
    "xhy": [
        "城关镇",
        "青石镇",
        "白沙乡",
        "龙潭镇",
        "溪口乡",
        "马坪镇",
        "双河村",
        "茶园村",
        "新联社区",
    ],
    "trs": [
        "东湖街道",
        "滨江街道",
        "湖心街道",
        "新塘街道",
        "龙井社区",
        "湖滨社区",
        "望江社区",
        "东郊工业园",
    ],
    "founder": [
        "东湖区",
        "西津区",
        "高新区",
        "云溪县",
        "桐山县",
        "滨江新城",
        "火车站片区",
        "老城区",
    ],
    "hanweb": [
        "桐州古城",
        "云溪县",
        "桐山县",
        "东湖区",
        "西津区",
        "白鹭洲公园",
        "文化馆",
        "新时代文明实践中心",
    ],
}
ORGS = {
    "kpy": [
        "市发展改革委",
        "市住建局",
        "市商务局",
        "市应急管理局",
        "市农业农村局",
        "市政务服务中心",
    ],
    "xhy": ["县农业农村局", "县文明办", "县生态环境分局", "县水利局", "县教育局", "县商务局"],
    "trs": [
        "区政务服务数据管理局",
        "区城管局",
        "区教育局",
        "区应急管理局",
        "区住建局",
        "区卫生健康局",
    ],
    "founder": [
        "市交通运输局",
        "市文广旅局",
        "市医保局",
        "市自然资源局",
        "高新区管委会",
        "市人社局",
    ],
    "hanweb": ["市文明办", "市文广旅局", "市文化馆", "市图书馆", "团市委", "市妇联"],
}
HEAD = {
    "kpy": [
        "{org}召开{topic}专题会议",
        "市政府常务会议研究部署{topic}工作",
        "{place}{topic}工作取得阶段性成效",
        "市领导调研{place}{topic}工作",
        "我市{topic}推进会召开",
        "{org}部署{topic}重点任务",
    ],
    "kpy_doc": [
        "桐州市人民政府办公室关于进一步推进{topic}的实施意见",
        "桐州市人民政府关于印发《桐州市{topic}三年行动方案》的通知",
        "桐州市人民政府办公室关于做好{topic}工作的通知",
        "关于《桐州市{topic}若干措施》的政策解读",
    ],
    "xhy": [
        "{place}：{topic}跑出“加速度”",
        "{place}扎实推进{topic}",
        "云溪县召开{topic}工作推进会",
        "{org}开展{topic}专项行动",
        "【奋进新征程】{place}{topic}见实效",
        "视频丨{place}：{topic}忙",
    ],
    "trs": [
        "{place}多举措推进{topic}",
        "东湖区召开{topic}工作部署会",
        "{org}深入{place}检查{topic}工作",
        "东湖区{topic}工作获省通报表扬",
        "{place}：{topic}让居民更有获得感",
        "区领导带队督导{place}{topic}",
    ],
    "founder": [
        "{place}{topic}有了新进展",
        "{topic}：{n}个项目集中签约",
        "我市{topic}再出新招",
        "{place}：{topic}让市民得实惠",
        "{org}发布{topic}新政",
        "{topic}一季度成绩单出炉",
    ],
    "hanweb": [
        "{place}举办{topic}活动",
        "【文明实践】{place}开展{topic}主题活动",
        "图文：{place}{topic}精彩纷呈",
        "{org}组织开展{topic}进社区活动",
        "{place}{topic}活动掠影",
        "“{topic}”走进{place}",
    ],
}
FRAMES = {
    "kpy": [
        "会议强调，要坚持问题导向，聚焦{topic}中的堵点难点，拿出务实管用的举措。",
        "{org}主要负责同志汇报了{topic}工作进展情况。",
        "今年以来，全市共实施{topic}项目{n}个，完成投资{n2}亿元。",
        "下一步，{place}将持续优化{topic}工作机制，确保各项任务按期完成。",
    ],
    "kpy_doc": [
        "各县（区）人民政府要把{topic}摆上重要议事日程，明确责任分工。",
        "市直有关部门要按照职责分工，密切配合，形成工作合力。",
        "到2026年，全市{topic}工作体系基本健全，群众满意度达到{n}%以上。",
        "对工作成效明显的县（区），市政府在资金安排上给予倾斜。",
    ],
    "xhy": [
        "在{place}，村民们正忙着{topic}，田间地头一派繁忙景象。",
        "“现在政策好了，我们干劲更足了。”{place}村民{person}笑着说。",
        "截至目前，{place}已完成{topic}任务的{n}%。",
        "{org}负责人介绍，今年将投入资金{n2}万元用于{topic}。",
    ],
    "trs": [
        "{place}组织工作人员对辖区{n}个点位开展{topic}排查。",
        "据悉，今年东湖区已累计办理{topic}相关事项{n2}件。",
        "{org}相关负责人表示，将进一步压实属地责任，推动{topic}常态长效。",
        "居民{person}说：“{topic}做好了，小区环境一天比一天好。”",
    ],
    "founder": [
        "记者从{org}获悉，{topic}今年已完成投资{n2}亿元。",
        "市民{person}告诉记者，{topic}给生活带来了实实在在的便利。",
        "据介绍，{place}今年将新增{topic}项目{n}个。",
        "{org}相关负责人表示，下一步将加快推进{topic}，力争年底前全面完成。",
    ],
    "hanweb": [
        "活动现场，志愿者们为{place}群众带来了{topic}相关的精彩节目。",
        "此次活动吸引了{n2}余名群众参与，现场气氛热烈。",
        "{org}相关负责人表示，将持续开展{topic}活动，让文明新风吹进千家万户。",
        "参加活动的市民{person}说：“这样的活动很有意义，希望以后多举办。”",
    ],
}
_OPEN = ["", "", "据了解，", "近年来，", "同时，", "此外，", "目前，", "活动中，", "近日，"]
_SUBJ = [
    "各级各部门",
    "相关单位",
    "工作人员",
    "党员干部",
    "志愿者",
    "基层群众",
    "企业负责人",
    "社区网格员",
    "驻村工作队",
]
_PRED = [
    "主动担当作为",
    "认真落实各项部署要求",
    "深入一线开展走访",
    "及时解决群众急难愁盼问题",
    "加强部门协调联动",
    "细化工作方案",
    "压紧压实工作责任",
    "广泛开展宣传引导",
    "建立常态化工作机制",
    "强化督导检查",
    "倾听群众意见建议",
    "积极营造良好氛围",
]
_TAIL = [
    "。",
    "，确保工作取得实效。",
    "，推动各项工作落地见效。",
    "，受到群众好评。",
    "，为高质量发展提供有力保障。",
]
WORDS = (_OPEN, _SUBJ, _PRED, _TAIL)
CAPTIONS = [
    "{month}月{day}日，工作人员在{place}开展{topic}工作。",
    "{place}{topic}现场。",
    "图为{org}工作人员在现场调研。",
    "群众在{place}参加活动。",
    "志愿者为群众讲解相关政策。",
    "{place}一角。",
]
SHORT_CAPTIONS = [
    "活动现场",
    "文艺演出",
    "志愿者合影",
    "群众参与互动",
    "非遗展示",
    "现场一角",
    "精彩瞬间",
    "小朋友体验",
]
SUBHEADS = {
    "kpy": ["聚焦重点抓落实", "创新机制提效能", "压实责任促提升"],
    "kpy_doc": ["一、总体要求", "二、重点任务", "三、保障措施"],
    "xhy": ["党建引领聚合力", "产业发展添活力", "群众受益有动力"],
    "trs": ["网格联动精准发力", "部门协同形成合力", "长效管理久久为功"],
    "founder": ["项目建设提速", "民生服务升级", "发展后劲增强"],
    "hanweb": ["文明新风浸润人心", "志愿服务温暖城乡", "文化惠民丰富生活"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {
        "n": str(rng.randint(3, 98)),
        "n2": str(rng.randint(12, 960)),
        "person": zh_name(rng),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    key = "kpy" if tpl == "kpy_doc" else tpl
    place, place2 = rng.sample(PLACES[key], 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[key]),
        "place": place,
        "place2": place2,
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, WORDS, tries=400, topics=TOPICS)

__all__ = ["POOLS", "SHORT_CAPTIONS", "SUBHEADS", "context", "names", "trad"]
