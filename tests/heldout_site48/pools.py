"""Word pools for the forty-eighth held-out site: Traditional-Chinese local news of Taiwan and
Hong Kong (a county government's 新聞稿, a local daily, a Hong Kong district portal, a township
office and an overseas portal). Every body is drawn from a seeded RNG; the pools are this
site's own. Names and words stay inside Big5 (several pages are served in Big5)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏"
)
GIVEN = [
    *("志明", "淑芬", "美玲", "建宏", "怡君", "俊傑", "雅婷", "家豪", "宗翰", "佩珊", "冠宇"),
    *("惠如", "文雄", "秀英", "承恩", "詩涵", "國華", "明德", "嘉玲", "正雄", "婉婷", "信宏"),
    *("偉", "芳", "豪", "婷", "傑", "玲", "強", "慧"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "gov": [
        "斗六市",
        "虎尾鎮",
        "西螺鎮",
        "北港鎮",
        "麥寮鄉",
        "古坑鄉",
        "土庫鎮",
        "斗南鎮",
        "口湖鄉",
    ],
    "km": ["金城鎮", "金湖鎮", "金沙鎮", "金寧鄉", "烈嶼鄉", "後浦", "山外", "沙美"],
    "hk": ["大埔", "沙田", "觀塘", "深水埗", "元朗", "屯門", "東區", "葵青", "西貢", "北區"],
    "town": ["和平村", "福興村", "中山路", "光復路", "瑞源村", "永安社區", "大同村", "新興村"],
    "ep": ["台北", "台中", "高雄", "新竹", "台南", "桃園", "基隆", "花蓮"],
}
UNITS = {
    "gov": ["交通處", "農業處", "社會處", "教育處", "文化觀光處", "衛生局", "環境保護局", "工務處"],
    "town": ["民政課", "社會課", "農業課", "建設課", "行政室", "清潔隊", "主計室"],
}
TOPICS = {
    "gov": [
        "長照服務",
        "農產行銷",
        "交通安全",
        "防汛整備",
        "校園午餐",
        "觀光活動",
        "空氣品質",
        "道路改善",
    ],
    "km": [
        "戰地文化",
        "離島醫療",
        "小三通",
        "高粱產業",
        "古厝修復",
        "海漂垃圾",
        "鸕鶿季",
        "僑鄉文化",
    ],
    "hk": [
        "社區重建",
        "長者服務",
        "滅蚊行動",
        "單車徑",
        "街市改善",
        "青年就業",
        "地區康樂",
        "垃圾分類",
    ],
    "town": [
        "環境清潔",
        "敬老活動",
        "登革熱防治",
        "農民補助",
        "兵役",
        "路燈維修",
        "村里活動",
        "防災演練",
    ],
    "ep": ["地方選舉", "食安", "社區藝術", "在地農業", "交通建設", "觀光", "文化資產", "城市更新"],
}
EVENTS = {
    "gov": ["記者會", "說明會", "成果展", "啟用典禮", "聯合稽查", "觀摩會"],
    "km": ["座談會", "開幕式", "研習營", "文化節", "清潔活動", "義診"],
    "hk": ["居民大會", "嘉年華", "工作坊", "諮詢會", "開放日", "巡查"],
    "town": ["宣導活動", "聯歡會", "講習", "表揚大會", "說明會", "演練"],
    "ep": ["音樂會", "市集", "展覽", "論壇", "遊行", "研討會"],
}
HEAD = {
    "gov": [
        "縣府{unit}推動{topic} {place}{event}登場",
        "{topic}再升級 縣府{unit}宣布新措施",
        "{place}{topic}成果亮眼 縣長親自出席{event}",
        "縣府舉辦{topic}{event} 邀民眾踴躍參與",
        "守護鄉親 縣府{unit}啟動{topic}專案",
        "{place}{topic}工程完工 縣府{event}感謝地方",
    ],
    "km": [
        "{place}{topic}{event} 鄉親熱烈參與",
        "推廣{topic} {place}舉辦{event}",
        "{topic}議題受關注 縣府召開{event}",
        "{place}{event}登場 展現{topic}特色",
        "縣議員關切{topic} 盼中央重視",
        "{topic}成效顯著 {place}獲表揚",
    ],
    "hk": [
        "{place}區{topic}計劃展開 居民反應熱烈",
        "{place}舉行{topic}{event} 區議員到場支持",
        "{topic}問題困擾 {place}居民促當局跟進",
        "{place}{event}吸引逾千人 推廣{topic}",
        "民政處聯同團體推{topic} {place}率先試行",
        "{place}區議會討論{topic} 議員提多項建議",
    ],
    "town": [
        "本所辦理{topic}{event}，歡迎鄉親參加",
        "{place}{topic}{event}圓滿落幕",
        "公告本鄉{topic}相關事宜",
        "本所{unit}提醒民眾注意{topic}",
        "鄉長出席{place}{event} 關心{topic}",
        "{topic}{event}訂於近日舉行",
    ],
    "ep": [
        "{place}{event}聚焦{topic} 民眾踴躍參與",
        "關注{topic} {place}學者舉辦{event}",
        "{place}{topic}引熱議 專家籲正視",
        "{topic}新里程 {place}{event}登場",
        "{place}市民走上街頭 聲援{topic}",
        "推動{topic} {place}民間團體辦{event}",
    ],
}
FRAMES = {
    "gov": [
        "縣長表示，縣府將持續推動{topic}，讓鄉親感受到施政的溫度。",
        "{unit}指出，今年度{topic}經費較去年增加{pct}%，受惠民眾可望超過萬人。",
        "縣府呼籲民眾多加利用相關資源，詳情可洽{unit}或上縣府網站查詢。",
        "此次{event}共有{pct}個單位共同參與，現場並設置諮詢攤位。",
    ],
    "km": [
        "縣長在致詞時表示，{topic}是金門的重要資產，縣府將全力支持。",
        "主辦單位指出，本次{event}共吸引{pct}個團體報名，場面熱絡。",
        "地方人士認為，{topic}需要長期投入，才能讓下一代看見成果。",
        "{place}鄉親表示，希望類似活動能夠持續舉辦，凝聚社區情感。",
    ],
    "hk": [
        "區議員表示，{topic}一直是{place}居民最關心的議題之一，會繼續向政府反映。",
        "民政事務專員在致辭時指出，當局將與地區團體合作，推動{topic}。",
        "有居民向記者表示，希望{event}可以定期舉行，讓更多街坊參與。",
        "據統計，活動當日共有逾{pct}百名市民參加。",
    ],
    "town": [
        "鄉長表示，本所將持續推動{topic}，打造宜居的家園。",
        "{unit}提醒，有意參加者請於期限內至本所{unit}辦理報名。",
        "本次{event}共有{pct}位鄉親參與，現場氣氛熱絡。",
    ],
    "ep": [
        "主辦單位負責人表示，{topic}關係到每一位市民的生活，需要社會共同關心。",
        "現場民眾告訴記者，參加{event}讓他對{topic}有了更深入的認識。",
        "學者指出，{topic}若缺乏長期規劃，恐難以發揮應有的效益。",
        "據了解，今年{event}共吸引約{pct}百人參加，比去年明顯增加。",
    ],
}
_OPEN = ["", "", "此外，", "另外，", "據了解，", "近年來，", "今年以來，", "未來，", "同時，"]
_SUBJ = ["主辦單位", "相關單位", "地方團體", "社區志工", "與會人士", "地方人士", "專家學者"]
_PRED = [
    "持續加強宣導工作",
    "積極爭取更多資源",
    "結合在地資源推動",
    "提升民眾參與意願",
    "改善基礎設施",
    "落實各項防疫措施",
    "擴大服務範圍",
    "強化橫向聯繫",
    "推動數位化服務",
    "照顧弱勢族群",
    "培育在地人才",
    "維護環境整潔",
]
_TAIL = ["。", "，成效良好。", "，獲得地方肯定。", "，各項工作穩定推進。", "，盼能造福更多民眾。"]
CAPTIONS = [
    "{month}月{day}日舉行的{event}現場",
    "與會貴賓一同為{event}揭幕",
    "{place}{topic}相關設施",
    "民眾參與{event}情形",
    "{month}月{day}日，{place}的{topic}活動吸引大批民眾",
]
SUBHEADS = {
    "gov": ["擴大服務對象", "簡化申辦流程"],
    "km": ["傳承在地文化", "盼中央支持"],
    "hk": ["居民意見分歧", "當局回應"],
    "town": ["報名方式", "注意事項"],
    "ep": ["民眾心聲", "專家觀點"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "event": rng.choice(EVENTS[tpl]),
        "unit": rng.choice(UNITS.get(tpl, UNITS["gov"])),
        "pct": str(rng.randint(5, 60)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
