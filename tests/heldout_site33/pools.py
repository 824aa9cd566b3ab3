"""Site 33's word pools: frames and slot values in every language a zone publishes in (Hong
Kong: English and Traditional Chinese; Macau: Traditional Chinese, Portuguese and English;
Singapore and Shenzhen: English), so that a release and its translation are drawn from one plan
and say the same thing. Reporters', editors' and media contacts' names are kept apart from the
officials a story quotes."""

# ruff: noqa: E501  (word-pool lines)

from __future__ import annotations

import random
from typing import Any

CN_NUM = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    """1-31 in Chinese numerals (八, 十二, 二十一)."""
    if n < 10:
        return CN_NUM[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_NUM[t]) + "十" + (CN_NUM[u] if u else "")


WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEK_ZH = "一二三四五六日"
MONTHS_EN = ["June", "July", "August", "September", "October", "December"]
MONTHS_ZH = ["六月", "七月", "八月", "九月", "十月", "十二月"]
MONTHS_PT = ["Junho", "Julho", "Agosto", "Setembro", "Outubro", "Dezembro"]

# --- Hong Kong (en, zh) ---------------------------------------------------------------------
HK_DEPT = [
    ("the Transport Department", "運輸署"),
    ("the Environmental Protection Department", "環境保護署"),
    ("the Food and Environmental Hygiene Department", "食物環境衞生署"),
    ("the Social Welfare Department", "社會福利署"),
    ("the Home Affairs Department", "民政事務總署"),
    ("the Fire Services Department", "消防處"),
    ("the Centre for Health Protection", "衞生防護中心"),
    ("the Leisure and Cultural Services Department", "康樂及文化事務署"),
    ("the Housing Department", "房屋署"),
    ("the Labour Department", "勞工處"),
]
HK_OFF = [
    ("the Secretary for Transport and Logistics, Mr Lau Chun-kit", "運輸及物流局局長劉俊傑"),
    ("the Secretary for Environment and Ecology, Mr Tse Wing-hong", "環境及生態局局長謝永康"),
    ("the Secretary for Home and Youth Affairs, Miss Yeung Pui-shan", "民政及青年事務局局長楊佩珊"),
    ("the Secretary for Health, Professor Ko Man-lok", "醫務衞生局局長高文樂"),
    ("the Secretary for Labour and Welfare, Mr Chow Kin-fai", "勞工及福利局局長周健輝"),
    ("the Under Secretary for Development, Mr Fung Siu-lun", "發展局副局長馮兆倫"),
    ("the Director of Home Affairs, Mrs Cheung Lai-ying", "民政事務總署署長張麗瑩"),
]
HK_PLACE = [
    ("Kwun Tong", "觀塘"),
    ("Sha Tin", "沙田"),
    ("Tsuen Wan", "荃灣"),
    ("Yuen Long", "元朗"),
    ("Tung Chung", "東涌"),
    ("Wan Chai", "灣仔"),
    ("Sham Shui Po", "深水埗"),
    ("Tai Po", "大埔"),
    ("Tseung Kwan O", "將軍澳"),
    ("Tuen Mun", "屯門"),
]
HK_TOPIC = [
    ("road safety", "道路安全"),
    ("heat stroke prevention", "預防中暑"),
    ("dengue fever prevention", "預防登革熱"),
    ("waste reduction", "減廢"),
    ("elderly services", "安老服務"),
    ("youth development", "青年發展"),
    ("smart city initiatives", "智慧城市措施"),
    ("fire safety in old buildings", "舊樓消防安全"),
    ("rodent control", "防治鼠患"),
    ("district cleanliness", "地區清潔"),
    ("occupational safety", "職業安全"),
    ("community care", "社區關懷"),
]
HK_MEMBER = [
    ("Hon Wong Ka-lok", "黃家樂議員"),
    ("Hon Lee Mei-wah", "李美華議員"),
    ("Hon Chan Tsz-kin", "陳子健議員"),
    ("Dr Hon Ng Hoi-yan", "吳凱欣議員"),
]

HK_HEAD = [
    ("{Dept} announces {topic} measures in {place}", "{dept}公布{place}{topic}措施"),
    ("{Dept} launches {topic} campaign", "{dept}推出{topic}宣傳活動"),
    ("Public consultation on {topic} begins", "{topic}公眾諮詢展開"),
    ("Temporary traffic arrangements in {place}", "{place}臨時交通安排"),
    ("{Dept} issues reminder on {topic}", "{dept}提醒市民注意{topic}"),
    ("Update on {topic} in {place}", "{place}{topic}最新情況"),
    ("Government welcomes report on {topic}", "政府歡迎{topic}報告"),
    ("New {topic} scheme for {place} residents", "{place}居民{topic}新計劃"),
    ("{Dept} steps up {topic} work in {place}", "{dept}加強{place}{topic}工作"),
    ("Special arrangements for {topic} in {place}", "{place}{topic}特別安排"),
]
HK_LCQ = ("LCQ{n}: {Topic}", "立法會{cn}題：{topic}")
HK_SENT = [
    (
        "{Dept} said {today} that it would step up {topic} work in {place} over the coming months.",
        "{dept}{today}表示，會在未來數月加強{place}的{topic}工作。",
    ),
    (
        "A spokesman for {dept} said that {num} inspections had been conducted since the start of the year.",
        "{dept}發言人說，今年初至今已進行{num}次巡查。",
    ),
    (
        "Members of the public may call the hotline 1823 for enquiries.",
        "市民如有查詢，可致電1823熱線。",
    ),
    (
        "{Off} {today} visited {place} to learn more about {topic}.",
        "{off}{today}到訪{place}，了解{topic}的情況。",
    ),
    (
        "The Government will continue to review the arrangements and make adjustments where necessary.",
        "政府會繼續檢討有關安排，並在有需要時作出調整。",
    ),
    (
        "In the first quarter of this year, {num} cases relating to {topic} were recorded in {place}.",
        "今年首季，{place}共錄得{num}宗與{topic}有關的個案。",
    ),
    (
        "{Off} said the Government attached great importance to {topic} and would work closely with the District Council.",
        "{off}表示，政府十分重視{topic}，並會與區議會緊密合作。",
    ),
    (
        "The programme will run until the end of {month}, with details available on the department's website.",
        "計劃將推行至{month}底，詳情可瀏覽部門網頁。",
    ),
    (
        "Since the scheme was launched, more than {num} residents in {place} have taken part.",
        "計劃推出至今，{place}已有超過{num}名居民參與。",
    ),
    (
        "The spokesman reminded members of the public to stay alert and follow the advice of {dept}.",
        "發言人提醒市民保持警覺，並遵從{dept}的建議。",
    ),
    (
        "{Dept} has also set up a dedicated webpage on {topic} for the public.",
        "{dept}亦已就{topic}設立專題網頁，供市民參閱。",
    ),
    (
        "A total of {num} staff members will be deployed to {place} during the period.",
        "期間將有合共{num}名人員調派至{place}。",
    ),
    (
        "The new measures are expected to benefit about {num} households.",
        "新措施預計可惠及約{num}個住戶。",
    ),
    (
        "Representatives of {dept} will attend a meeting of the {place} District Council next week to brief members on {topic}.",
        "{dept}代表將於下周出席{place}區議會會議，向議員簡介{topic}。",
    ),
    (
        "{Off} thanked frontline staff for their efforts in promoting {topic}.",
        "{off}感謝前線人員在推廣{topic}方面的努力。",
    ),
    (
        "The Government has earmarked ${num} million for the initiative in the current financial year.",
        "政府已在本財政年度為有關措施預留{num}百萬元。",
    ),
    (
        "Roadside publicity booths will be set up at {num} locations in {place}.",
        "當局會在{place}{num}個地點設置街站進行宣傳。",
    ),
    (
        "The department has issued {num} warning letters in the past three months.",
        "部門過去三個月共發出{num}封警告信。",
    ),
    (
        "Owners and residents are urged to co-operate with staff carrying out the inspections.",
        "當局呼籲業主及住戶與進行巡查的人員合作。",
    ),
    (
        "Details of the scheme have been uploaded to the GovHK website.",
        "計劃詳情已上載至香港政府一站通網站。",
    ),
]
HK_CAP = [
    (
        "{Off} (second left) is briefed on {topic} during a visit to {place} {today}.",
        "{off}（左二）{today}到訪{place}，了解{topic}工作。",
    ),
    (
        "{Off} (centre) speaks with residents in {place} {today}.",
        "{off}（中）{today}在{place}與居民交談。",
    ),
    (
        "Staff of {dept} carry out an inspection in {place} {today}.",
        "{dept}人員{today}在{place}進行巡查。",
    ),
    (
        "{Off} officiates at the launch ceremony of the {topic} campaign {today}.",
        "{off}{today}主持{topic}宣傳活動啟動儀式。",
    ),
]
HK_SUBHEAD = [
    ("Enhancing services", "提升服務"),
    ("Community support", "社區支援"),
    ("Next steps", "下一步工作"),
    ("Wider coverage", "擴大覆蓋"),
]
NEWS_REPORTER = [
    ("Mandy Ho", "何敏儀"),
    ("Kelvin Leung", "梁家豪"),
    ("Crystal Tsang", "曾曉晴"),
    ("Raymond Yip", "葉偉文"),
    ("Joanne Kwok", "郭卓琳"),
]
NEWS_PHOTOG = [("Wong Siu-ming", "王兆明"), ("Lai Chun-hei", "黎俊希")]

# --- Macau (zh, pt, en) ---------------------------------------------------------------------
MO_DEPT = [
    ("衞生局", "os Serviços de Saúde", "the Health Bureau"),
    ("交通事務局", "a Direcção dos Serviços para os Assuntos de Tráfego", "the Transport Bureau"),
    ("旅遊局", "a Direcção dos Serviços de Turismo", "the Macao Government Tourism Office"),
    (
        "教育及青年發展局",
        "a Direcção dos Serviços de Educação e de Desenvolvimento da Juventude",
        "the Education and Youth Development Bureau",
    ),
    (
        "經濟及科技發展局",
        "a Direcção dos Serviços de Economia e Desenvolvimento Tecnológico",
        "the Economic and Technological Development Bureau",
    ),
    ("市政署", "o Instituto para os Assuntos Municipais", "the Municipal Affairs Bureau"),
    ("社會工作局", "o Instituto de Acção Social", "the Social Welfare Bureau"),
]
MO_PLACE = [
    ("氹仔", "Taipa", "Taipa"),
    ("路環", "Coloane", "Coloane"),
    ("新口岸", "NAPE", "the NAPE area"),
    ("黑沙環", "Areia Preta", "Areia Preta"),
    ("筷子基", "Fai Chi Kei", "Fai Chi Kei"),
    ("下環", "Praia do Manduco", "Praia do Manduco"),
    (
        "橫琴粵澳深度合作區",
        "Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin",
        "the Guangdong-Macao In-Depth Cooperation Zone in Hengqin",
    ),
]
MO_TOPIC = [
    ("預防登革熱", "prevenção da dengue", "dengue prevention"),
    ("交通安全", "segurança rodoviária", "road safety"),
    ("旅遊推廣", "promoção turística", "tourism promotion"),
    ("中小企業支援", "apoio às PME", "support for SMEs"),
    ("長者服務", "serviços para idosos", "elderly services"),
    ("青年創業", "empreendedorismo jovem", "youth entrepreneurship"),
    ("社區經濟", "economia comunitária", "the community economy"),
    ("智慧城市", "cidade inteligente", "smart city development"),
]
MO_HEAD = [
    (
        "{dept}加強{place}{topic}工作",
        "Reforçados trabalhos de {topic} em {place}",
        "{Dept} steps up {topic} work in {place}",
    ),
    (
        "{topic}計劃下月起接受申請",
        "Plano de {topic} aceita candidaturas a partir do próximo mês",
        "Applications for {topic} scheme open next month",
    ),
    (
        "{dept}公布首季{topic}數據",
        "Divulgados dados do primeiro trimestre sobre {topic}",
        "{Dept} releases first-quarter figures on {topic}",
    ),
    (
        "{place}舉辦{topic}推廣活動",
        "Acção de divulgação sobre {topic} realiza-se em {place}",
        "{Topic} promotion event held in {place}",
    ),
    (
        "政府推出{topic}新措施",
        "Governo lança novas medidas de {topic}",
        "Government launches new {topic} measures",
    ),
    (
        "{place}{topic}設施啟用",
        "Entram em funcionamento instalações de {topic} em {place}",
        "New {topic} facilities open in {place}",
    ),
    (
        "{dept}就{topic}與業界交流",
        "Encontro com o sector sobre {topic}",
        "{Dept} meets industry on {topic}",
    ),
]
MO_SENT = [
    (
        "{dept}表示，將在{place}加強{topic}工作。",
        "Segundo {dept}, os trabalhos de {topic} em {place} vão ser reforçados.",
        "{Dept} said it would step up {topic} work in {place}.",
    ),
    (
        "今年首季共有{num}人次參與相關活動。",
        "No primeiro trimestre deste ano, registaram-se {num} participações nas actividades.",
        "A total of {num} attendances were recorded at related activities in the first quarter.",
    ),
    (
        "市民如有查詢，可致電熱線28{num}。",
        "Para mais informações, o público pode ligar para a linha aberta 28{num}.",
        "Members of the public may call the hotline 28{num} for enquiries.",
    ),
    (
        "特區政府會持續優化{topic}的相關安排。",
        "O Governo da RAEM vai continuar a optimizar as medidas de {topic}.",
        "The Macao SAR Government will continue to refine its {topic} arrangements.",
    ),
    (
        "活動將於{place}舉行，預計吸引約{num}名市民參加。",
        "A iniciativa decorre em {place} e deverá atrair cerca de {num} residentes.",
        "The event will be held in {place} and is expected to draw about {num} residents.",
    ),
    (
        "有關計劃將推行至{month}底。",
        "O plano vai decorrer até ao final de {month}.",
        "The scheme will run until the end of {month}.",
    ),
    (
        "負責人指出，{topic}是本年度施政重點之一。",
        "O responsável sublinhou que {topic} é uma das prioridades da governação deste ano.",
        "The official noted that {topic} is one of the policy priorities for the year.",
    ),
    (
        "{dept}已與{num}間機構簽訂合作協議。",
        "Foram assinados acordos de cooperação com {num} entidades, segundo {dept}.",
        "{Dept} has signed co-operation agreements with {num} organisations.",
    ),
    (
        "當局呼籲市民留意官方發布的最新資訊。",
        "As autoridades apelam ao público para que acompanhe as informações oficiais mais recentes.",
        "The authorities urged the public to follow the latest official information.",
    ),
    (
        "相關資料已上載至{dept}網頁，供公眾查閱。",
        "As informações estão disponíveis na página electrónica do respectivo serviço.",
        "The details have been uploaded to the website of {dept}.",
    ),
    (
        "過去一年，{place}共有{num}宗相關個案。",
        "No último ano, foram registados {num} casos em {place}.",
        "In the past year, {num} related cases were recorded in {place}.",
    ),
    (
        "出席活動的還有相關部門代表及社團負責人。",
        "Estiveram também presentes representantes de serviços públicos e de associações.",
        "Representatives of government departments and community associations also attended.",
    ),
    (
        "{dept}將於下月在{place}增設{num}個服務點。",
        "Serão criados {num} novos postos de atendimento em {place} no próximo mês.",
        "{Dept} will add {num} service points in {place} next month.",
    ),
]
MO_CAP = [
    (
        "{dept}人員在{place}進行{topic}宣傳",
        "Acção de divulgação sobre {topic} em {place}",
        "Staff of {dept} promote {topic} in {place}",
    ),
    ("{topic}活動現場", "Aspecto da actividade sobre {topic}", "A scene from the {topic} event"),
    ("{dept}負責人致辭", "Intervenção do responsável", "An official of {dept} delivers a speech"),
]
MO_SUBHEAD = [
    ("加強宣傳", "Reforço da divulgação", "Stepping up publicity"),
    ("持續優化", "Optimização contínua", "Continuous improvement"),
]

# --- Singapore (en) -------------------------------------------------------------------------
SG_AGENCY = [
    ("the Infocomm Media Development Authority (IMDA)", "IMDA"),
    ("the Cyber Security Agency of Singapore (CSA)", "CSA"),
    ("the National Library Board (NLB)", "NLB"),
    ("the Smart Nation and Digital Government Office (SNDGO)", "SNDGO"),
    ("the Government Technology Agency (GovTech)", "GovTech"),
    ("the Personal Data Protection Commission (PDPC)", "PDPC"),
]
SG_JOINT = {
    "IMDA": "the Ministry of Communications and Information (MCI) and the Infocomm Media Development Authority (IMDA)",
    "CSA": "the Ministry of Communications and Information (MCI) and the Cyber Security Agency of Singapore (CSA)",
    "NLB": "the Ministry of Communications and Information and the National Library Board",
    "SNDGO": "the Smart Nation and Digital Government Office and the Ministry of Communications and Information",
    "GovTech": "GovTech and the Ministry of Communications and Information",
    "PDPC": "the Ministry of Communications and Information and the Personal Data Protection Commission",
}
SG_TOPIC = [
    "digital inclusion",
    "online safety",
    "cybersecurity",
    "media literacy",
    "scam prevention",
    "5G adoption",
    "data protection",
    "digital skills for seniors",
    "the digital economy",
    "trusted AI",
]
SG_PLACE = [
    "Punggol",
    "Jurong East",
    "Tampines",
    "one-north",
    "Woodlands",
    "Toa Payoh",
    "Bedok",
    "Queenstown",
]
SG_OFF = [
    "Minister of State for Communications and Information Mr Darren Koh",
    "Senior Parliamentary Secretary Ms Farah Ismail",
    "Minister for Communications and Information Mrs Grace Lim",
    "Chief Executive of IMDA Mr Lionel Ho",
]
SG_COUNTRY = [
    "Japan",
    "Australia",
    "the United Kingdom",
    "Vietnam",
    "the Republic of Korea",
    "Germany",
]
SG_HEAD = [
    "{Ag} launches programme to boost {topic}",
    "New measures to strengthen {topic}",
    "Singapore and {country} sign MOU on {topic}",
    "Public consultation on proposed {topic} guidelines",
    "Over {numc} residents benefit from {topic} programme",
    "{Ag} and industry partners step up {topic} efforts",
    "Updates on {topic} initiatives in {place}",
    "Annual report on {topic} released",
]
SG_SENT = [
    "{Ag} announced today that it will launch a new programme to support {topic}.",
    "The programme will be rolled out progressively from {month}, starting with {place}.",
    "More than {numc} residents have benefited from the initiative since it started.",
    "{Off} said that {topic} remains a key priority for the Government.",
    "Businesses can apply for funding support of up to ${num},000 under the scheme.",
    "The Government will work closely with industry partners and community groups to reach more Singaporeans.",
    "{Ag} will also set up {num} new community touchpoints island-wide.",
    "Members of the public can find out more at the agency's website.",
    "The public consultation will close on 30 {month} 2024.",
    "Feedback received will be used to refine the proposed guidelines.",
    "A total of {n2} organisations have pledged their support for the initiative.",
    "{Off} noted that the partnership with {country} would deepen co-operation on {topic}.",
    "Residents in {place} will be among the first to access the new services.",
    "The Memorandum of Understanding was signed on the sidelines of the Asia Tech x Singapore conference.",
    "Both sides agreed to share best practices and explore joint projects over the next {n3} years.",
    "The findings of the survey will guide future efforts on {topic}.",
    "Volunteers will be trained to help seniors use digital services safely.",
]
SG_CAP = [
    "{Off} speaking at the launch event in {place}",
    "Participants at the {topic} workshop in {place}",
    "Representatives of {Ag2} and industry partners at the signing ceremony",
]
SG_SUBHEAD = [
    "Supporting businesses and workers",
    "Strengthening our digital defences",
    "Next steps",
    "Building a trusted digital environment",
]
SG_CONTACT = [
    "Nur Aisyah Binte Rahmat",
    "Tan Wei Ling",
    "Marcus Lim Jun Hao",
    "Priya Ramasamy",
    "Chua Hui Min",
]
SG_DESIG = [
    "Senior Manager, Corporate Communications",
    "Assistant Director, Communications and Marketing",
    "Manager, Media Relations",
]

# --- Shenzhen (en) --------------------------------------------------------------------------
SZ_PLACE = [
    "Futian District",
    "Nanshan District",
    "Longgang District",
    "Bao'an District",
    "Qianhai",
    "Pingshan District",
    "Guangming District",
    "Luohu District",
    "Longhua District",
    "Yantian District",
]
SZ_ORG = [
    "the Shenzhen Municipal Bureau of Commerce",
    "the Shenzhen Transport Bureau",
    "the Shenzhen Municipal Education Bureau",
    "Shenzhen Customs",
    "the Shenzhen Meteorological Bureau",
    "the Shenzhen Municipal Health Commission",
    "the Shenzhen Municipal Bureau of Culture, Radio, Television, Tourism and Sports",
]
SZ_TOPIC = [
    "new energy vehicles",
    "the low-altitude economy",
    "cross-border trade",
    "artificial intelligence",
    "urban parks",
    "the metro network",
    "cultural tourism",
    "drone deliveries",
    "green buildings",
    "biomedicine",
]
SZ_HEAD = [
    "{place} unveils plan to boost {topic}",
    "Shenzhen sees {pct}% growth in {topic}",
    "{Org} says {topic} projects on track",
    "New measures to support {topic} in {place}",
    "{place} opens service center for {topic}",
    "Shenzhen tops national ranking for {topic}",
    "Expo on {topic} draws crowds in {place}",
    "{place} to add {num} facilities for {topic}",
]
SZ_SENT = [
    "{place} released a plan on Tuesday to boost {topic}, according to {org}.",
    "Output related to {topic} reached {num} billion yuan in the first quarter, up {pct} percent year on year.",
    "More than {num} enterprises have settled in {place} since the policy was introduced.",
    "According to {org}, the measures will take effect on June 1.",
    "Shenzhen aims to build itself into a global hub for {topic} by 2025.",
    "The project is expected to be completed by the end of this year.",
    'Residents can make appointments through the "i Shenzhen" app.',
    "{num} companies took part in the event, which ran for three days.",
    "An official with {org} said the city would offer subsidies of up to {num},000 yuan for eligible projects.",
    "The district has also set up a special fund to attract talent in {topic}.",
    "Foreign visitors can now pay with international bank cards at most venues in {place}.",
    "Experts said the move would further consolidate Shenzhen's leading position in {topic}.",
    "The new line will cut travel time between {place} and Qianhai to about {n2} minutes.",
    "A total of {num} new parks will open across the city this year.",
    "Organizers said the exhibition attracted more than {numc} visitors.",
    "Shenzhen's GDP grew {pct} percent year on year in the first quarter.",
    "The city will continue to optimize its business environment, the official said.",
]
SZ_CAP = [
    "Visitors learn about {topic} at an exhibition in {place}.",
    "A view of {place}.",
    "Staff members introduce products related to {topic} to visitors.",
    "Residents enjoy a sunny day at a park in {place}.",
]
SZ_SUBHEAD = ["Industrial clusters", "Talent and funding", "Global connections", "Next steps"]
SZ_AUTHOR = [
    "Chen Siyu",
    "Liu Mingjie",
    "Zhang Qian",
    "Wang Yuyao",
    "Cao Zhen",
    "Yang Mengyu",
    "Lin Jianping",
    "Zhou Shuyi",
    "Huang Xiaowen",
]
SZ_EMAIL = {
    "Chen Siyu": "sophiechen",
    "Liu Mingjie": "liumj",
    "Zhang Qian": "qianz",
    "Wang Yuyao": "wangyy",
    "Cao Zhen": "caozhen",
    "Yang Mengyu": "yangmy",
    "Lin Jianping": "linjp",
    "Zhou Shuyi": "zhousy",
    "Huang Xiaowen": "hxw",
}
SZ_EDITOR = ["Wang Jing", "Li Xiaoyu", "Xu Ting", "Zheng Hui", "Su Yan"]
SZ_PHOTOG = ["Liu Xudong", "Sun Yuchen", "Chen Jie"]


# --- plans: one draw, rendered in every language -------------------------------------------
def cap1(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def ctx_values(ctx: dict[str, Any], lang: int) -> dict[str, str]:
    """A story's context (tuples per language) as the slot values of language ``lang``."""
    out: dict[str, str] = {}
    for k, v in ctx.items():
        val = v[lang] if isinstance(v, tuple) else str(v)
        out[k] = val
        out[k[:1].upper() + k[1:]] = cap1(val)
    return out


def fill(frame: str, ctx: dict[str, Any], lang: int, vals: dict[str, Any]) -> str:
    d = ctx_values(ctx, lang)
    for k, v in vals.items():
        if not isinstance(v, tuple):
            d[k] = str(v)
        elif lang < len(v):
            d[k] = v[lang]
    out = frame.format(**d)
    return cap1(out)


def draw_vals(rng: random.Random) -> dict[str, Any]:
    m = rng.randrange(len(MONTHS_EN))
    return {
        "num": (num := rng.randint(12, 4800)),
        "numc": f"{num:,}",
        "pct": round(rng.uniform(3, 38), 1),
        "n2": rng.randint(12, 45),
        "n3": rng.randint(2, 5),
        "month": (MONTHS_EN[m], MONTHS_ZH[m]),
        "month_mo": (MONTHS_ZH[m], MONTHS_PT[m], MONTHS_EN[m]),
    }


def plan_paras(
    rng: random.Random, nframes: int, n: int, brief: bool = False, varying: list[int] | None = None
) -> list[list[tuple[int, dict[str, Any]]]]:
    """``n`` paragraphs of 1-3 sentences: (frame index, slot values), no frame twice until
    every frame has been used; after that only the ``varying`` frames (those with numbers)."""
    order: list[int] = []
    out = []
    used_once = False
    for _ in range(n):
        k = rng.randint(1, 2) if brief else rng.randint(1, 3)
        para = []
        for _ in range(k):
            if not order:
                order = (
                    list(range(nframes))
                    if not used_once
                    else [i for i in range(nframes) if i in (varying or range(nframes))]
                )
                used_once = True
                rng.shuffle(order)
            para.append((order.pop(), draw_vals(rng)))
        out.append(para)
    return out


def render_paras(
    frames: list[Any],
    plan: list[list[tuple[int, dict[str, Any]]]],
    ctx: dict[str, Any],
    lang: int,
    sep: str = " ",
) -> list[str]:
    out = []
    for para in plan:
        sents = []
        for fi, vals in para:
            f = frames[fi] if isinstance(frames[fi], str) else frames[fi][lang]
            if "month_mo" in vals and len(frames[fi]) == 3 and not isinstance(frames[fi], str):
                vals = {**vals, "month": vals["month_mo"]}
            sents.append(fill(f, ctx, lang, vals))
        out.append(sep.join(sents))
    return out


__all__ = ["cn_num", "fill", "plan_paras", "render_paras"]
