"""Word pools for the twenty-sixth held-out site: five Taiwanese news portals, all in 繁體中文
(Taiwanese usage). Every story is drawn from a seeded RNG; the pools are this site's own."""

from __future__ import annotations

import random
import re

from heldout_gen import Pools

SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡游")
GIVEN = [
    "家豪",
    "志明",
    "俊宏",
    "怡君",
    "雅婷",
    "淑芬",
    "冠廷",
    "宗翰",
    "佳穎",
    "郁婷",
    "承翰",
    "彥廷",
    "詩涵",
    "柏翰",
    "宜蓁",
    "品妤",
    "建宏",
    "美惠",
    "信宏",
    "育誠",
    "昱廷",
    "欣怡",
    "子晴",
    "政勳",
    "韻如",
    "哲瑋",
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out and all(n[0] != m[0] or n[1:] != m[1:] for m in out):
            out.append(n)
    return out


PLACES = [
    "台北",
    "新北",
    "桃園",
    "台中",
    "台南",
    "高雄",
    "基隆",
    "新竹",
    "苗栗",
    "彰化",
    "南投",
    "雲林",
    "嘉義",
    "屏東",
    "宜蘭",
    "花蓮",
    "台東",
]

TOPICS = {
    "chinatimes": [
        "國會改革",
        "總預算",
        "兩岸交流",
        "電價調整",
        "房市信用管制",
        "基本工資",
        "半導體擴廠",
        "軍購案",
        "年金改革",
    ],
    "ettoday": [
        "酒駕事故",
        "詐騙集團",
        "颱風假",
        "夜市美食",
        "寵物走失",
        "機車違停",
        "梅雨鋒面",
        "捷運延誤",
        "網購糾紛",
    ],
    "setn": [
        "內閣改組",
        "綠能政策",
        "缺蛋問題",
        "長照補助",
        "選舉布局",
        "演唱會搶票",
        "黨主席改選",
        "食安風暴",
        "立委質詢",
    ],
    "tvbs": [
        "高溫炎熱",
        "健保調整",
        "油價",
        "登革熱",
        "國旅補助",
        "交通違規",
        "房租上漲",
        "外送平台",
        "母親節檔期",
    ],
    "pts": [
        "空氣污染",
        "缺水危機",
        "原住民族權益",
        "偏鄉醫療",
        "少子化",
        "轉型正義",
        "海洋廢棄物",
        "能源轉型",
        "移工權益",
    ],
}

ORGS = [
    "行政院",
    "立法院",
    "內政部",
    "經濟部",
    "交通部",
    "衛福部",
    "環境部",
    "勞動部",
    "台北市政府",
    "新北市政府",
    "中央氣象署",
    "警政署",
    "教育部",
]

HEAD = {
    "chinatimes": [
        "{topic}攻防 {org}：將尊重各方意見",
        "{topic}新制上路 {place}民眾最快下月適用",
        "藍綠激辯{topic} {person}：不該再拖",
        "{topic}爭議延燒 {org}急澄清",
        "{org}拍板{topic}方案 {n}萬人受惠",
        "{topic}牽動選情 學者：{place}成關鍵",
        "獨家／{topic}內幕 {org}高層這樣說",
    ],
    "ettoday": [
        "{place}{topic}驚悚畫面曝！ 目擊者嚇傻",
        "快訊／{place}爆{topic} {n}人受影響",
        "{topic}又來了！ {org}提醒民眾注意",
        "影／{place}{topic}引熱議 網友吵翻",
        "{topic}害慘{n}家庭 {place}警方揪幕後",
        "{place}{topic}最新 {org}：持續追蹤",
        "獨／{topic}後續 {person}首度發聲",
    ],
    "setn": [
        "{topic}延燒！{org}回應了 {person}：會負責",
        "快訊／{topic}最新進度 {org}宣布{n}項措施",
        "{place}{topic}掀波 議員批{org}慢半拍",
        "{topic}怎麼解？{org}端出新方案",
        "獨家／{topic}關鍵會議 {person}親上火線",
        "{topic}衝擊{place} 在地業者叫苦",
        "{org}證實{topic} 最快{n}日拍板",
    ],
    "tvbs": [
        "{topic}來了！{place}民眾怎麼因應",
        "{topic}新制懶人包 {n}重點一次看",
        "{place}{topic}延燒 {org}出手",
        "{topic}衝擊荷包 {place}店家：撐不住",
        "{org}宣布{topic}調整 {n}萬人受影響",
        "{topic}話題發燒 專家教你這樣做",
        "{place}{topic}現場直擊 排隊人潮{n}公尺",
    ],
    "pts": [
        "{topic}困境待解 {place}居民盼{org}正視",
        "{place}{topic}調查 {org}承諾檢討",
        "面對{topic} {place}社區自救",
        "{topic}議題升溫 民團籲{org}修法",
        "{org}公布{topic}報告 {n}項指標惡化",
        "{topic}政策上路 {place}第一線怎麼看",
        "{topic}長期觀察 {place}案例給的啟示",
    ],
}

FRAMES = {
    "chinatimes": [
        "{org}發言人{person}表示，{topic}相關規劃已送交立法院審議。",
        "國民黨團與民進黨團對{topic}各有主張，朝野協商預計下周再度召開。",
        "根據{org}資料，{topic}涉及預算約{n2}億元，相關單位將分年編列。",
        "學者{person}分析，{topic}若未妥善處理，恐在{place}引發連鎖效應。",
    ],
    "ettoday": [
        "{place}分局獲報後立即派員到場處理，{topic}相關細節仍待釐清。",
        "警方調閱監視器畫面，發現{topic}發生前曾有{n}名民眾在附近逗留。",
        "網友在臉書社團分享{topic}經過，貼文短時間內湧入上千則留言。",
        "{org}提醒，民眾遇到{topic}相關狀況可撥打165或110報案。",
    ],
    "setn": [
        "{org}官員{person}受訪時坦言，{topic}確實造成不少民怨。",
        "立委{person}在臉書發文指出，{topic}問題已經拖了{n}個月。",
        "據了解，{org}內部對{topic}仍有不同聲音，最快本周做出決定。",
        "{place}在地業者表示，{topic}讓生意掉了將近{pct}%。",
    ],
    "tvbs": [
        "記者直擊{place}，{topic}影響下不少民眾提前準備。",
        "{org}統計，受{topic}影響的民眾已超過{n2}人。",
        "專家{person}建議，面對{topic}應提早規劃，避免臨時手忙腳亂。",
        "TVBS民調中心調查顯示，有{pct}%民眾關心{topic}後續發展。",
    ],
    "pts": [
        "長期關注{topic}的民間團體指出，{place}的情況並非個案。",
        "{org}回應公視記者詢問時表示，{topic}已列入施政重點。",
        "學者{person}認為，{topic}需要跨部會整合，而非單一機關處理。",
        "根據調查，{place}受{topic}影響的家戶約有{n2}戶。",
    ],
}

_OPEN = [
    "",
    "",
    "對此，",
    "據了解，",
    "另外，",
    "不過，",
    "記者實地走訪發現，",
    "根據統計，",
    "事實上，",
    "{org}指出，",
]
_SUBJ = [
    "民眾",
    "業者",
    "專家學者",
    "地方議員",
    "相關單位",
    "里長",
    "消費者",
    "家長團體",
    "{org}官員",
    "網友",
    "在地居民",
]
_PRED = [
    "希望政府盡快提出具體對策",
    "認為現行做法有檢討空間",
    "擔心問題會持續擴大",
    "呼籲各界理性討論",
    "表示會持續關注後續發展",
    "建議簡化申請流程",
    "透露近期將召開說明會",
    "坦言目前仍面臨許多挑戰",
    "強調應以民眾權益為優先",
    "指出相關成本已明顯上升",
    "期待中央與地方加強合作",
    "直言過去的經驗值得借鏡",
    "質疑配套措施不夠完整",
]
_TAIL = [
    "。",
    "，相關進度將定期對外說明。",
    "，以免影響日常生活。",
    "，相信情況會逐步改善。",
    "，此事也引發社會廣泛討論。",
    "，後續仍有待觀察。",
]
CAPTIONS = [
    "{place}街頭民眾撐傘出門。",
    "{org}官員{month}月{day}日出席記者會說明{topic}。",
    "{person}在現場接受媒體訪問。",
    "圖為{place}一處與{topic}相關的現場。",
    "民眾關注{topic}後續發展。",
    "{month}月{day}日，{place}民眾在現場排隊。",
    "{org}人員在{place}勘查。",
]
SUBHEADS = {
    "chinatimes": ["朝野攻防白熱化", "學者：須有配套", "下一步怎麼走"],
    "ettoday": ["目擊者：嚇死人了", "警方揪出關鍵", "網友怎麼看"],
    "setn": ["地方反彈聲浪大", "官員親上火線", "在野黨批評"],
    "tvbs": ["民眾心聲", "專家這樣建議", "官方說法"],
    "pts": ["第一線的聲音", "制度的缺口", "未來的挑戰"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {
        "n": str(rng.randint(3, 98)),
        "n2": str(rng.randint(12, 960)),
        "pct": f"{rng.randint(2, 48)}.{rng.randint(1, 9)}",
        "person": zh_name(rng),
        **ctx,
    }
    return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], frame)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    place, place2 = rng.sample(PLACES, 2)
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "org": rng.choice(ORGS),
        "place": place,
        "place2": place2,
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), tries=400, topics=TOPICS)

__all__ = ["POOLS", "SUBHEADS", "context", "names"]
