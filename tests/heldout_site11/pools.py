"""Word pools for the eleventh held-out site, in traditional characters: names, places, headline
and sentence frames for the five templates (Taiwan's national news agency, a Taipei portal, a
Hong Kong digital outlet, a Hong Kong broadsheet, Macau's daily). Every body is drawn from a
seeded RNG. The frame filler is site 7's; the words are this site's own (traditional characters,
Taiwan, Hong Kong and Macau places and bodies)."""

from __future__ import annotations

import random

from heldout_gen import Pools
from heldout_site7.pools import fill as _fill

SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈"
    "余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬董溫唐藍蔣石古紀姚連馮歐程湯黎"
)
GIVEN = [
    "承中",
    "家豪",
    "怡君",
    "雅婷",
    "志明",
    "淑芬",
    "冠宇",
    "詩涵",
    "俊傑",
    "佩珊",
    "建宏",
    "美玲",
    "宗翰",
    "欣怡",
    "嘉文",
    "慧敏",
    "子軒",
    "婉婷",
    "國榮",
    "詠欣",
    "偉倫",
    "綺雯",
    "浩然",
    "曉彤",
    "振邦",
    "凱琳",
    "世傑",
    "芷晴",
    "興盟",
    "思嘉",
    "承功",
    "靜儀",
    "德華",
    "秀英",
    "柏翰",
    "韻詩",
    "文",
    "斌",
    "蕾",
    "昀",
]
TW_PLACES = [
    "台北",
    "新北",
    "桃園",
    "台中",
    "台南",
    "高雄",
    "基隆",
    "新竹",
    "嘉義",
    "花蓮",
    "宜蘭",
    "屏東",
]
ABROAD = ["東京", "華盛頓", "紐約", "巴黎", "柏林", "首爾", "新加坡", "布魯塞爾", "倫敦"]
HK_PLACES = [
    "觀塘",
    "沙田",
    "屯門",
    "元朗",
    "將軍澳",
    "深水埗",
    "旺角",
    "中環",
    "荃灣",
    "大埔",
    "灣仔",
    "北角",
]
MO_PLACES = [
    "氹仔",
    "路環",
    "新口岸",
    "下環",
    "沙梨頭",
    "黑沙環",
    "筷子基",
    "南灣",
    "石排灣",
    "望廈",
]

TOPICS = {
    "cna": [
        "國防預算",
        "電價調整",
        "少子化對策",
        "國會改革",
        "綠能政策",
        "半導體供應鏈",
        "健保改革",
        "長照2.0",
        "台美關係",
        "囤房稅",
        "基本工資",
        "兩岸交流",
        "觀光客倍增",
        "社會住宅",
    ],
    "udn": [
        "打詐新制",
        "房貸限縮",
        "台股萬點",
        "捷運延伸線",
        "電動機車補助",
        "颱風假",
        "國旅補助",
        "雞蛋價格",
        "AI伺服器",
        "行人地獄",
        "補教業",
        "缺工潮",
        "超商咖啡漲價",
        "食安風暴",
    ],
    "hk01": [
        "劏房租務管制",
        "明日大嶼",
        "北部都會區",
        "公屋輪候",
        "垃圾徵費",
        "醫療券",
        "港車北上",
        "人才引進",
        "的士服務",
        "啟德體育園",
        "小販政策",
        "安老院舍",
        "過境巴士",
        "夜繽紛",
    ],
    "mingpao": [
        "施政報告",
        "財政赤字",
        "樓市撤辣",
        "教育改革",
        "基層醫療",
        "公務員薪酬",
        "文化藝術發展",
        "房屋供應",
        "青年宿舍",
        "港股成交",
        "長者醫療",
        "旅遊業復甦",
        "法律援助",
        "中學文憑試",
    ],
    "macao": [
        "經濟適度多元",
        "橫琴深合區",
        "博企衛星場",
        "輕軌東線",
        "公共房屋",
        "旅遊客源",
        "長者福利",
        "中葡平台",
        "社區經濟",
        "青年創業",
        "交通優化",
        "居民健康",
        "非高等教育",
        "填海新城",
    ],
}
ORGS = {
    "cna": ["行政院", "經濟部", "衛福部", "國防部", "立法院", "陸委會", "交通部", "勞動部"],
    "udn": ["北市府", "金管會", "消保處", "交通局", "業者", "台電", "環境部", "警方"],
    "hk01": ["房屋署", "運輸署", "食環署", "勞福局", "發展局", "區議員", "關注組", "社福機構"],
    "mingpao": ["政府", "教育局", "醫管局", "財政司", "立法會議員", "學者", "業界人士", "房委會"],
    "macao": [
        "特區政府",
        "經濟及科技發展局",
        "社會工作局",
        "旅遊局",
        "房屋局",
        "交通事務局",
        "衛生局",
        "教育及青年發展局",
    ],
}
HEAD = {
    "cna": [
        "{org}拍板{topic}方案 {month}月上路",
        "{topic}爭議 {org}：將審慎評估",
        "{topic}新制 {place}率先試辦",
        "{org}公布{topic}統計 成長{pct}%",
        "{topic}修法三讀 {n}大重點一次看",
        "立委質詢{topic} {org}允{n}天內提報告",
        "{topic}上路滿週年 {org}檢討成效",
        "{place}推{topic} 首波{n2}戶受惠",
    ],
    "udn": [
        "{topic}來了！{place}民眾這樣說",
        "{topic}延燒 {org}出手了",
        "{topic}懶人包：{n}個你要知道的事",
        "{place}{topic}亂象 網友怒轟",
        "{org}回應{topic}：下月起加強稽查",
        "{topic}衝擊 {place}業者苦喊撐不住",
        "不只{topic}！{place}這{n}項也要變",
        "{topic}有解？專家曝關鍵",
    ],
    "hk01": [
        "{topic}｜{org}回應質疑 稱會檢討",
        "{topic}｜{place}居民憂影響生計",
        "{place}{topic}試行 {n}日後全面推行",
        "{topic}｜{org}擬增撥{n}億元 業界：杯水車薪",
        "{topic}｜實測{place}：{n}分鐘都未見人",
        "{org}公布{topic}新措施 明年{month}月生效",
        "{topic}｜{place}街坊：等咗{n}年",
        "{topic}爭議｜{org}：會聆聽各方意見",
    ],
    "mingpao": [
        "{topic}料{month}月公布 {org}研多項措施",
        "{org}倡{topic}改革 學者：須配套",
        "{topic}收緊 {place}首當其衝",
        "{topic}調查：{pct}%受訪者不滿",
        "{org}交代{topic} 議員質疑透明度",
        "{topic}新安排 {place}先行",
        "{topic}諮詢期完結 {org}：年底前交代",
        "{topic}撥款{n}億 {org}稱分階段推行",
    ],
    "macao": [
        "{org}推進{topic}工作",
        "{topic}工作會議昨舉行",
        "{place}{topic}項目年內動工",
        "{org}：{topic}成效顯著",
        "{topic}座談會昨舉行 各界獻策",
        "首季{topic}數據公布 增{pct}%",
        "{org}聽取{place}居民意見 完善{topic}",
        "{topic}推廣活動在{place}舉行",
    ],
}
FRAMES = {
    "cna": [
        "{org}今天表示，相關方案已送交立法院審議，預計{month}月實施。",
        "{person}受訪時指出，政府應兼顧產業發展與民眾負擔。",
        "根據{org}統計，去年相關案件共{n2}件，較前年增加{pct}%。",
        "立委{person}質詢時表示，{topic}攸關民生，行政部門不能再拖。",
        "{org}發言人說，將持續與各界溝通，務求政策周延。",
        "學者{person}認為，{topic}的關鍵在於財源與執行細節。",
    ],
    "udn": [
        "不少網友在社群平台留言，直呼「真的太誇張」。",
        "{person}告訴記者，過去一年{topic}讓生活開銷多出不少。",
        "{org}表示，已接獲{n}件陳情，將盡速釐清責任歸屬。",
        "記者實地走訪{place}，發現許多店家已貼出公告。",
        "專家{person}提醒，民眾若有疑慮，可撥打1950消費者專線。",
        "據了解，{place}今年以來類似案件已達{n2}起。",
    ],
    "hk01": [
        "{org}回覆《香港01》查詢時表示，一直密切留意有關情況。",
        "居於{place}的{person}說，「我哋都唔知可以點算」。",
        "{org}發言人指，會按既定程序處理，暫時未有時間表。",
        "《香港01》記者到{place}視察，見有居民排隊輪候。",
        "區議員{person}認為，當局應盡快交代細節，釋除公眾疑慮。",
        "據悉，受影響人數約有{n2}人，部分屬長者。",
    ],
    "mingpao": [
        "{org}昨日回覆本報查詢稱，正研究不同方案。",
        "{person}接受本報訪問時指出，政策方向正確，但執行需時。",
        "消息稱，{org}內部已成立專責小組，跟進{topic}事宜。",
        "有議員在立法會會議上質疑，當局未有充分諮詢持份者。",
        "據統計處數字，去年相關開支達{n2}億元，按年增加{pct}%。",
        "學者{person}認為，{topic}涉及長遠規劃，不宜操之過急。",
    ],
    "macao": [
        "{org}表示，將繼續聽取社會各界意見，完善相關工作。",
        "{person}指出，{topic}有助推動本澳經濟持續發展。",
        "會上，與會者就{topic}踴躍發言，提出多項建議。",
        "據統計，首季{place}相關服務使用人次達{n2}，按年上升{pct}%。",
        "居民{person}表示，希望當局加快進度，改善區內環境。",
        "{org}代表介紹了今年的工作計劃及重點項目。",
    ],
}
OPEN = [
    "此外，",
    "另外，",
    "據了解，",
    "與此同時，",
    "今年以來，",
    "去年，",
    "目前，",
    "在{place}，",
    "截至{month}月底，",
    "",
    "",
    "",
]
SUBJ = [
    "{org}",
    "當局",
    "{place}",
    "相關單位",
    "業者",
    "不少民眾",
    "{person}所屬團體",
    "多個團體",
    "地方政府",
]
PRED = [
    "累計投入經費{n}億元",
    "新增案件{n}宗",
    "受惠人數達{n2}人",
    "按年增長{pct}%",
    "完成工程{n}項",
    "覆蓋{n2}個社區",
    "營收突破{n}億元",
    "成本上升約{pct}%",
    "接待旅客{n2}萬人次",
    "申請宗數達{n2}宗",
    "處理投訴{n}件",
    "較去年同期減少{pct}%",
    "增設服務點{n}個",
    "舉辦活動{n2}場",
    "培訓人員{n2}人次",
    "人流回升{pct}%",
    "檢查處所{n2}間",
    "發出罰單{n}張",
]
TAIL = [
    "。",
    "，成效逐漸浮現。",
    "，明顯高於去年同期。",
    "，但仍有改善空間。",
    "，各界反應不一。",
    "，市民感受明顯。",
]
CAPTIONS = [
    "{org}人員在{place}說明相關措施。",
    "民眾在{place}排隊辦理手續。",
    "{month}月{day}日，{place}一帶人潮眾多。",
    "圖為{place}街景。",
    "{topic}相關工程在{place}進行。",
    "與會人士在會後合照。",
]
SUBHEADS = {
    "cna": ["爭議焦點", "各方反應", "下一步"],
    "udn": ["網友熱議", "業者怎麼說", "專家建議"],
    "hk01": ["居民：無人通知", "當局：會檢討", "議員促交代"],
    "mingpao": ["業界憂成本上升", "學者：應設時間表", "當局：分階段推行"],
    "macao": ["完善配套設施", "加強宣傳推廣", "深化區域合作"],
}
PLACE_SET = {
    "cna": TW_PLACES,
    "udn": TW_PLACES,
    "hk01": HK_PLACES,
    "mingpao": HK_PLACES,
    "macao": MO_PLACES,
}


def tw_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = tw_name(rng)
        if n not in out:
            out.append(n)
    return out


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    """Site 7's filler with a traditional-character person."""
    return _fill(rng, frame, {**ctx, "person": tw_name(rng)})


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACE_SET[tpl], 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "place": place,
        "place2": place2,
        "province": place2,
    }


POOLS = Pools(
    HEAD, FRAMES, CAPTIONS, fill, (OPEN, SUBJ, PRED, TAIL), frame_share=0.35, mixed_sep=False
)
headline, sentence, paragraphs, caption = (
    POOLS.headline,
    POOLS.sentence,
    POOLS.paragraphs,
    POOLS.caption,
)
