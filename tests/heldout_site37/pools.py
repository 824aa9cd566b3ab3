"""Word pools for the thirty-seventh held-out site: Taiwanese city and county government news
(臺北市, 新北市, 高雄市, 嘉義縣, 魚池鄉公所), in Traditional Chinese, plus the English mirror
pages of some 高雄市 releases. Every body is drawn from a seeded RNG; the pools are this site's own.
The 嘉義縣 pools use only characters Big5 can encode."""

from __future__ import annotations

import random

from heldout_gen import Pools

SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾施游詹沈彭胡余盧潘顏梁趙柯翁魏孫戴"
)
GIVEN = [
    *("志明", "淑芬", "雅婷", "家豪", "怡君", "冠宇", "美玲", "建宏", "佩珊", "俊傑"),
    *("宗翰", "怡婷", "承恩", "詩涵", "柏翰", "欣怡", "信宏", "淑惠", "文雄", "秀琴"),
    *("振興", "玉珍", "明哲", "惠如", "國華", "麗華", "世豪", "靜宜", "育誠", "家瑜"),
]
TITLES = ["科長", "股長", "專員", "科員", "課長", "技士", "秘書", "組長", "主任"]


def zh_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = zh_name(rng)
        if n not in out:
            out.append(n)
    return out


TOPICS = {
    "taipei": [
        "老舊公寓更新",
        "社會住宅",
        "共融式公園",
        "公車路網優化",
        "青年創業貸款",
        "長照服務",
        "傳統市場改建",
        "河濱自行車道",
        "防災演練",
        "孕婦產檢補助",
    ],
    "ntpc": [
        "捷運三鶯線",
        "幸福保衛站",
        "公共托育",
        "淡水河岸景觀",
        "板橋車站周邊",
        "長照2.0",
        "道路平整",
        "觀光工廠",
        "溪流整治",
        "電動機車補助",
    ],
    "kcg": [
        "亞洲新灣區",
        "環狀輕軌",
        "橋頭科學園區",
        "愛河灣",
        "觀光夜市",
        "淨零轉型",
        "登革熱防治",
        "半導體人才培育",
        "港灣觀光",
        "棒球文化",
    ],
    "county": [
        "稻米收購",
        "高鐵特定區",
        "阿里山觀光",
        "農產品行銷",
        "布袋漁港",
        "老人健保補助",
        "校園營養午餐",
        "偏鄉交通",
        "防汛整備",
        "有機農業",
    ],
    "district": [
        "日月潭紅茶",
        "托嬰中心",
        "社區關懷據點",
        "道路修繕",
        "登革熱清潔日",
        "老人健檢",
        "環境清潔",
        "鄉民運動會",
        "清寒獎學金",
        "防災演練",
    ],
}
PLACES = {
    "taipei": ["信義區", "大安區", "中山區", "萬華區", "士林區", "北投區", "內湖區", "文山區"],
    "ntpc": ["板橋區", "三重區", "新莊區", "中和區", "淡水區", "三峽區", "汐止區", "新店區"],
    "kcg": ["前鎮區", "鳳山區", "左營區", "苓雅區", "楠梓區", "旗津區", "岡山區", "美濃區"],
    "county": ["太保市", "朴子市", "民雄鄉", "大林鎮", "布袋鎮", "阿里山鄉", "竹崎鄉", "水上鄉"],
    "district": ["魚池村", "頭社村", "東光村", "大林村", "日月村", "五城村", "中明村", "共和村"],
}
ORGS = {
    "taipei": [
        "臺北市政府產業發展局",
        "臺北市政府都市發展局",
        "臺北市政府交通局",
        "臺北市政府社會局",
        "臺北市政府衛生局",
        "臺北市政府工務局公園路燈工程管理處",
        "臺北市政府教育局",
    ],
    "ntpc": [
        "新北市政府經濟發展局",
        "新北市政府交通局",
        "新北市政府社會局",
        "新北市政府觀光旅遊局",
        "新北市政府水利局",
        "新北市政府捷運工程局",
    ],
    "kcg": [
        "經濟發展局",
        "觀光局",
        "衛生局",
        "捷運工程局",
        "海洋局",
        "教育局",
    ],
    "county": [
        "嘉義縣政府農業處",
        "嘉義縣政府建設處",
        "嘉義縣政府文化觀光局",
        "嘉義縣政府衛生局",
        "嘉義縣政府教育處",
        "嘉義縣政府社會局",
    ],
    "district": ["民政課", "農業課", "建設課", "社會課", "行政課", "清潔隊"],
}
SHORT = {
    "taipei": ["北市", "北市府", "臺北市"],
    "ntpc": ["新北", "新北市府", "侯友宜"],
    "kcg": ["高市府", "高雄", "陳其邁"],
    "county": ["嘉義縣", "嘉縣府", "翁章梁"],
    "district": ["魚池鄉", "本所", "鄉公所"],
}
HEAD = {
    "taipei": [
        "{short}{topic}再升級　{place}{n}處完工啟用",
        "{place}{topic}說明會　市府邀市民踴躍參與",
        "{short}推{topic}　即日起受理申請",
        "{topic}成果豐碩　{short}：將持續擴大辦理",
        "{short}{topic}新制上路　{place}率先試辦",
        "提升{topic}品質　{short}啟動{place}示範計畫",
    ],
    "ntpc": [
        "{short}{topic}再進化　{place}新據點揭牌",
        "{place}{topic}完工　{short}：讓市民生活更便利",
        "{topic}申請開跑　{short}祭出{n}項優惠",
        "{short}視察{place}{topic}　要求年底前完成",
        "新北{topic}成效佳　{place}獲全國肯定",
        "走訪{place}　看見{topic}的新面貌",
    ],
    "kcg": [
        "{short}推動{topic}　{place}再添新亮點",
        "{topic}再創佳績　{short}：打造宜居城市",
        "{place}{topic}啟動　市府投入{n}億元",
        "{short}攜手企業推{topic}　{place}成示範區",
        "{topic}論壇登場　{short}分享{place}經驗",
        "{place}{topic}成果發表　市民熱情參與",
    ],
    "county": [
        "{short}{topic}成效亮眼　{place}受惠最多",
        "{short}推動{topic}　{place}率先啟動",
        "{topic}座談會　{short}傾聽{place}鄉親心聲",
        "{place}{topic}工程開工　預計明年完工",
        "落實{topic}　{short}編列{n}00萬元經費",
        "{topic}再加碼　{short}照顧{place}鄉親",
    ],
    "district": [
        "{place}{topic}活動圓滿落幕",
        "{topic}開始受理　歡迎鄉親踴躍申請",
        "本鄉{topic}宣導　{place}熱烈響應",
        "{place}{topic}完成　鄉長親自視察",
        "{topic}說明會訂於本月舉行",
        "鄉長率隊參與{place}{topic}",
    ],
}
FRAMES = {
    "taipei": [
        "{org}表示，{topic}自推動以來，已累計服務市民超過{n2}人次。",
        "市長蔣萬安今（{day}）日出席{place}{topic}活動時表示，市府將持續精進各項措施。",
        "{org}指出，本年度{topic}預算為{n}億元，較去年成長{n}%。",
        "有關{topic}詳細資訊，民眾可撥打1999臺北市民當家熱線（外縣市請撥02-27208889）洽詢。",
    ],
    "ntpc": [
        "市長侯友宜今（{day}）日到{place}視察{topic}辦理情形，感謝第一線同仁的辛勞。",
        "{org}表示，{topic}已在全市{n}個行政區推動，累計受益民眾達{n2}人。",
        "{org}提醒，相關申請文件可至新北市政府網站下載，或洽各區公所索取。",
        "新北市將持續推動{topic}，讓{place}居民享有更友善的生活環境。",
    ],
    "kcg": [
        "市長陳其邁表示，{topic}是高雄轉型的重要基礎，市府將全力推動。",
        "{org}指出，{place}{topic}計畫已完成{n}%，預計年底前全面完工。",
        "高雄市政府{org}統計，今年以來{topic}相關服務已超過{n2}人次使用。",
        "{org}呼籲市民朋友多加利用，共同打造更宜居的高雄。",
    ],
    "county": [
        "縣長翁章梁表示，{topic}攸關鄉親權益，縣府一定全力以赴。",
        "{org}說明，{place}{topic}今年共編列經費{n2}萬元，已執行{n}%。",
        "縣府提醒鄉親，如有{topic}相關問題，可洽詢{org}或各鄉鎮市公所。",
        "嘉義縣{topic}近年成效顯著，獲得中央肯定。",
    ],
    "district": [
        "鄉長表示，{topic}是本所今年重點工作，感謝各村長及志工協助。",
        "本次{topic}共有{n2}位鄉親參與，現場氣氛熱絡。",
        "{org}提醒鄉親，相關申請表格可至本所{org}索取或於網站下載。",
        "{place}村長表示，{topic}讓村民生活更加便利。",
    ],
}
_OPEN = ["", "", "此外，", "同時，", "另外，", "據統計，", "目前，", "近年來，", "未來，"]
_SUBJ = ["市府", "各區公所", "相關局處", "本府團隊", "第一線人員", "各單位", "合作廠商", "志工團隊"]
_PRED = [
    "持續精進服務措施",
    "積極協調相關單位",
    "強化跨局處合作",
    "加速推動各項工程",
    "廣納民眾意見",
    "擴大宣導範圍",
    "落實執行各項計畫",
    "完善配套措施",
    "提升行政效率",
    "加強安全維護",
]
_TAIL = [
    "，讓民眾有感。",
    "，提升市民生活品質。",
    "，確保各項工作如期完成。",
    "，獲得民眾高度肯定。",
    "。",
]
CAPTIONS = [
    "{month}月{day}日{place}{topic}活動現場",
    "{short}人員於{place}說明{topic}相關措施",
    "{topic}啟用典禮大合照",
    "民眾參與{place}{topic}活動情形",
    "{place}{topic}施工現場",
]
SUBHEADS = {
    "taipei": ["一、計畫緣起", "二、辦理方式", "三、注意事項"],
    "ntpc": ["擴大服務範圍", "多元管道申請", "未來持續推動"],
    "kcg": ["產業轉型展現成果", "跨局處合作推動", "打造宜居城市"],
    "county": ["一、辦理情形", "二、經費來源", "三、後續推動"],
    "district": ["活動內容", "申請方式", "洽詢資訊"],
}

EN_TOPICS = [
    ("亞洲新灣區", "Asia New Bay Area"),
    ("環狀輕軌", "Circular Light Rail"),
    ("橋頭科學園區", "Qiaotou Science Park"),
    ("愛河灣", "Love River Bay"),
    ("淨零轉型", "Net-Zero Transition"),
    ("登革熱防治", "Dengue Fever Prevention"),
    ("半導體人才培育", "Semiconductor Talent Cultivation"),
    ("港灣觀光", "Harbor Tourism"),
    ("棒球文化", "Baseball Culture"),
    ("觀光夜市", "Night Market Tourism"),
]
EN_ORGS = {
    "經濟發展局": "Economic Development Bureau",
    "觀光局": "Tourism Bureau",
    "衛生局": "Department of Health",
    "捷運工程局": "Mass Rapid Transit Bureau",
    "海洋局": "Marine Bureau",
    "教育局": "Education Bureau",
}
EN_HEAD = [
    "Kaohsiung Advances {topic} Plans",
    "City Government Unveils New Phase of {topic}",
    "{topic} Forum Draws Experts to Kaohsiung",
    "Mayor Chen Chi-mai Highlights Progress on {topic}",
]
EN_SENT = [
    "The Kaohsiung City Government announced new measures for {topic} on Tuesday.",
    "Mayor Chen Chi-mai said {topic} is a cornerstone of the city's transformation.",
    "According to the {org}, more than {n2} residents have benefited so far.",
    "The city has budgeted NT${n} billion for the next stage of the program.",
    "Officials said the project is expected to be completed by the end of the year.",
    "The {org} encouraged residents to take part and share their opinions.",
    "Local businesses have welcomed the initiative, citing new opportunities.",
    "The city will continue to work with the central government on {topic}.",
    "Visitors can find more information on the city government's website.",
]


def fill(rng: random.Random, frame: str, ctx: dict[str, str]) -> str:
    vals = {"month": "5", "day": "7", **ctx}
    vals.update(n=rng.randint(3, 95), n2=rng.randint(120, 9800), d=rng.randint(1, 9))
    return frame.format(**vals)


def context(rng: random.Random, tpl: str) -> dict[str, str]:
    return {
        "topic": rng.choice(TOPICS[tpl]),
        "place": rng.choice(PLACES[tpl]),
        "org": rng.choice(ORGS[tpl]),
        "short": rng.choice(SHORT[tpl]),
        "person": zh_name(rng),
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), topics=TOPICS)
