"""Word pools for the sixtieth held-out site: Hong Kong and Macau local news in Traditional
Chinese (a Macau daily, a Macau online outlet, a Hong Kong free paper, a Hong Kong broadcaster
and a Hong Kong daily). Every body is drawn from a seeded RNG; the pools are this site's own.
Names and words stay inside Big5 (several pages are served in Big5)."""

from __future__ import annotations

import random
from typing import Any

from heldout_gen import Pools

SURNAMES = list("陳李黃張梁林何吳劉郭馮鄭麥譚蔡袁曾葉蕭區羅關鍾歐盧彭容崔伍龐")
GIVEN = [
    *("家豪", "嘉欣", "子健", "詠詩", "志強", "曉彤", "俊傑", "慧敏", "浩然", "凱琳", "永康"),
    *("美儀", "振華", "綺雯", "偉倫", "穎欣", "國榮", "麗珊", "卓謙", "佩儀", "建邦", "樂怡"),
    *("濤", "敏", "翔", "琪", "峰", "晴"),
]


def names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in out:
            out.append(n)
    return out


PLACES = {
    "md": ["氹仔", "路環", "北區", "下環", "新口岸", "黑沙環", "台山", "筷子基", "祐漢"],
    "lp": ["氹仔", "路氹", "北區", "新馬路", "高士德", "望德堂", "青洲", "石排灣"],
    "am": ["觀塘", "沙田", "元朗", "屯門", "將軍澳", "深水埗", "荃灣", "大埔", "東涌"],
    "tv": ["旺角", "銅鑼灣", "葵涌", "天水圍", "黃大仙", "西環", "九龍城", "粉嶺"],
    "st": ["油麻地", "柴灣", "上水", "馬鞍山", "長沙灣", "紅磡", "土瓜灣", "香港仔"],
}
UNITS = {
    "md": ["社工局", "衛生局", "交通事務局", "市政署", "教育及青年發展局", "治安警察局", "旅遊局"],
    "lp": ["司警局", "治安警察局", "市政署", "房屋局", "勞工局", "經科局", "消防局"],
    "am": ["運輸署", "食環署", "房屋署", "康文署", "社署", "教育局", "民政處"],
    "tv": ["警方", "消防處", "運輸署", "衞生署", "環保署", "屋宇署", "海事處"],
    "st": ["警方", "食環署", "地政總署", "房委會", "勞工處", "醫管局", "運輸署"],
}
TOPICS = {
    "md": ["長者服務", "輕軌延伸", "社區衛生", "舊區重整", "青年創業", "防災設施", "垃圾分類"],
    "lp": ["巴士服務", "公屋輪候", "非法旅館", "電單車違泊", "職業培訓", "消費券", "樓宇維修"],
    "am": ["屋苑管理", "小巴路線", "街市翻新", "學童健康", "垃圾徵費", "單車徑", "長者醫療券"],
    "tv": ["交通意外", "工業意外", "山火", "非法賭檔", "樓宇失修", "海上救援", "電騙案"],
    "st": ["劏房租務", "食物安全", "行人路擠塞", "露宿者", "違建", "院舍管理", "行山安全"],
}
EVENTS = {
    "md": ["座談會", "開幕禮", "諮詢會", "啟動禮", "嘉年華", "交流會"],
    "lp": ["巡查", "記者會", "聯合行動", "說明會", "簽約儀式", "講座"],
    "am": ["居民大會", "開放日", "工作坊", "展覽", "簡介會", "義工日"],
    "tv": ["突擊行動", "搜救行動", "聯合調查", "記者會", "巡查", "演習"],
    "st": ["突擊巡查", "業主大會", "區議會會議", "諮詢會", "示範日", "簡介會"],
}
HEAD = {
    "md": [
        "{unit}推{topic}新措施 {place}率先試行",
        "{place}{topic}{event}舉行 居民踴躍參與",
        "議員促{unit}加快{topic}",
        "{topic}成效理想 {unit}擬擴至全澳",
        "{place}{event}登場 宣傳{topic}",
        "{unit}：{topic}年內完成檢討",
    ],
    "lp": [
        "{unit}{event} 揭{place}{topic}問題",
        "{place}{topic}惹民怨 {unit}回應",
        "{topic}新規下月實施 {unit}籲市民留意",
        "{unit}{place}{event} 涉{topic}",
        "居民關注{place}{topic} 議員去信{unit}",
        "{topic}申請反應熱烈 {unit}加派人手",
    ],
    "am": [
        "{place}{topic}爭議 {unit}承諾跟進",
        "{place}舉行{topic}{event} 街坊反應熱烈",
        "{unit}公布{topic}新安排 {place}首階段推行",
        "{topic}問題困擾{place}居民 區議員促改善",
        "{place}{event}推廣{topic} 吸引逾千人",
        "{unit}檢討{topic} {place}居民提多項建議",
    ],
    "tv": [
        "{place}{topic} {unit}到場調查",
        "{place}發生{topic} {unit}展開{event}",
        "{unit}{place}{event} 打擊{topic}",
        "{topic}個案上升 {unit}呼籲市民提高警覺",
        "{place}{topic}後續 {unit}交代調查進展",
        "{unit}就{place}{topic}召開{event}",
    ],
    "st": [
        "{place}{topic}嚴重 {unit}{event}",
        "{topic}問題未解決 {place}居民怨聲載道",
        "{unit}擬收緊{topic}規管 {place}首當其衝",
        "{place}{event} 揭{topic}隱憂",
        "{topic}個案增 {unit}加強{place}巡查",
        "{place}{topic}再惹關注 {unit}稱會研究",
    ],
}
FRAMES = {
    "md": [
        "{unit}負責人表示，當局將持續推動{topic}工作，回應居民訴求。",
        "有{place}居民表示，希望{topic}盡快落實，改善區內生活質素。",
        "據了解，今年參與{event}的團體超過{pct}個，較去年有所增加。",
        "議員認為，{topic}涉及多個部門，需要加強跨部門協調。",
    ],
    "lp": [
        "{unit}發言人稱，今年首季共處理{pct}宗相關個案。",
        "有{place}街坊向本報反映，{topic}問題已持續多時。",
        "{unit}呼籲市民如發現可疑情況，應立即向當局舉報。",
        "議員指出，{topic}問題反映現行制度存在漏洞，當局應盡快修訂。",
    ],
    "am": [
        "區議員表示，{topic}一直是{place}居民最關心的議題之一。",
        "{unit}發言人回覆查詢時表示，會密切留意{place}的情況。",
        "有街坊指，{event}讓大家更了解{topic}，希望可以定期舉行。",
        "據統計，活動當日共有逾{pct}百名市民參與。",
    ],
    "tv": [
        "{unit}表示，事件中暫時未有人被捕，案件交由{place}警區跟進。",
        "現場消息指，事發時{place}一帶交通一度受阻。",
        "{unit}發言人稱，今年至今已處理{pct}宗同類個案。",
        "有目擊者表示，當時聽到巨響，隨即看見大批人員趕至。",
    ],
    "st": [
        "本報記者走訪{place}，發現{topic}情況相當普遍。",
        "{unit}回覆查詢時表示，過去一年共接獲{pct}宗相關投訴。",
        "有關注團體批評，當局對{topic}的執法力度不足。",
        "{place}區議員指，已多次向{unit}反映{topic}問題。",
    ],
}
_OPEN = ["", "", "此外，", "另外，", "據悉，", "近年，", "今年以來，", "與此同時，", "事實上，"]
_SUBJ = ["當局", "有關部門", "地區團體", "社區組織", "與會人士", "多名居民", "業界人士"]
_PRED = [
    "持續加強宣傳教育",
    "積極研究改善方案",
    "加派人手巡查",
    "收集居民意見",
    "改善區內設施",
    "加強跨部門合作",
    "擴大服務範圍",
    "增加資源投入",
    "推動電子化服務",
    "照顧弱勢社群",
    "檢討現行政策",
    "保持社區清潔",
]
_TAIL = ["。", "，情況已見改善。", "，獲得街坊支持。", "，工作正按計劃推進。", "，期望盡快見效。"]
CAPTIONS = [
    "{month}月{day}日舉行的{event}現場",
    "嘉賓主持{event}儀式",
    "{place}一帶的{topic}情況",
    "市民參與{event}",
    "{month}月{day}日，{place}{topic}引起關注",
]
SUBHEADS = {
    "md": ["居民反映意見", "當局回應"],
    "lp": ["街坊不滿", "議員追問"],
    "am": ["街坊意見分歧", "當局回應"],
    "tv": ["現場情況", "調查進展"],
    "st": ["記者實地直擊", "業界意見"],
}


def fill(rng: random.Random, frame: str, ctx: dict[str, Any]) -> str:
    return frame.format(**ctx)


def context(rng: random.Random, tpl: str, year: int = 2024) -> dict[str, str]:
    return {
        "place": rng.choice(PLACES[tpl]),
        "topic": rng.choice(TOPICS[tpl]),
        "event": rng.choice(EVENTS[tpl]),
        "unit": rng.choice(UNITS[tpl]),
        "pct": str(rng.randint(5, 60)),
        "year": str(year),
        "month": "5",
        "day": "8",
    }


POOLS = Pools(HEAD, FRAMES, CAPTIONS, fill, (_OPEN, _SUBJ, _PRED, _TAIL), frame_share=0.35)
