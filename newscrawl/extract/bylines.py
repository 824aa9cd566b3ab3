"""Bylines and credits by role: who wrote, edited, photographed, translated, and the source.

``（记者 张三 李四 通讯员 王五）`` credits two authors and a correspondent; ``责任编辑：孙七`` an
editor; ``来源：新华社`` a source; ``（记者 张蕊 摄）`` a photographer; ``文/图 王五`` an author who
also took the pictures; ``By A, B and C`` three authors. Traditional forms (記者, 責任編輯,
通訊員, 來源) are read like the simplified ones.

Every pattern here is linear-time: labels are a plain alternation, names are matched one token
at a time by a pattern whose repeated part cannot also match its separator, and every line is
cut to :data:`MAX_LINE` characters before it is matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

MAX_LINE = 300  #: characters of a line read for credits
# Colon lookalikes credits are written with: Hong Kong sites set ``文︰張三`` with U+FE30 (the
# vertical form of a two-dot leader), some pages ``﹕`` (small colon) or ``∶`` (ratio). One
# character each for another, so positions in the folded text hold in the original.
_COLON_FORMS = str.maketrans({"\ufe30": "：", "\ufe55": "：", "\u2236": "："})


def fold_colons(text: str) -> str:
    """``text`` with colon lookalikes (``︰``, ``﹕``, ``∶``) written as ``：``, length kept."""
    if "\ufe30" in text or "\ufe55" in text or "\u2236" in text:  # rare: skip the copy
        return text.translate(_COLON_FORMS)
    return text


# A square or a bullet opening a byline line (■本报记者 黄春燕, □本报记者 余立群, ◎本报记者 X):
# print's mark setting the credit apart, no part of it.
_LEAD_MARK = re.compile(r"^\s{0,3}[■□◆◇●▲★☆◎○]\s{0,3}")


def unmarked(line: str) -> str:
    """``line`` without the square or bullet that opens a byline (``■本报记者　X``)."""
    return _LEAD_MARK.sub("", line, count=1)


#: ``reviewers`` (审核, 校对, 初审/复审/终审, 监制) are read so that their names are known as
#: credits (and the line as a credit line), and stored nowhere: they sign off, they do not edit.
ROLES = (
    "authors",
    "editors",
    "correspondents",
    "photographers",
    "translators",
    "sources",
    "reviewers",
)
# 文章来源：大河报 / 本文来源：X closing a reprint: "this article's source", the outlet the story
# is reprinted from (a source label)
REPRINT_SOURCE = ("文章来源", "文章來源", "本文来源", "本文來源", "稿件来源", "稿件來源")
_LABELS: dict[str, str] = {}
for _role, _words in (
    # 摄像 films the video report: a picture credit, as 摄影 is
    ("photographers", "摄影记者 攝影記者 摄影 攝影 摄像 攝像 图片 圖片 供图 供圖"),
    ("correspondents", "通讯员 通訊員 特约通讯员 特約通訊員"),
    (
        "authors",
        "本报记者 本報記者 融媒体记者 融媒體記者 特约记者 特約記者 见习记者 見習記者 实习记者 "
        # 文案 (the copy of a WeChat post or an H5 page: 文案｜X 图片｜Y 编辑｜Z) as 文字
        "實習記者 首席记者 首席記者 记者 記者 作者 撰文 撰稿人 撰稿 执笔 執筆 采写 採寫 文字 文案 "
        "文/图 文/圖 文、图 文、圖 文 实习生 實習生 特约评论员 特約評論員 评论员 評論員 专栏作家 "
        "專欄作家 专栏作者 專欄作者",
    ),
    (
        "editors",
        # 选稿 (chose the story for the site: 东方网's web-editor credit) edits like 编辑
        # 本版编辑 (a print page's editor, every story on the page is theirs)
        "责任编辑 責任編輯 值班编辑 值班編輯 本版编辑 本版編輯 编辑 編輯 责编 責編 选稿 選稿",
    ),
    (
        # 图片编辑/美术编辑 choose the pictures and lay out the page (责任编辑：孙卓
        # 图片编辑：郭志远 on 澎湃): they do not edit the text, so no editors; read here, as the
        # longer label, so that 图片 (a photo credit) and 编辑 are not read apart in them;
        # 美编 and 视觉设计 (本版编辑/X　视觉设计/Y) design the page alike
        "reviewers",
        "审核 審核 校对 校對 审校 審校 终审 終審 初审 初審 复审 復審 二审 二審 三审 三審 监制 監製 "
        "图片编辑 圖片編輯 美术编辑 美術編輯 美编 美編 视觉设计 視覺設計",
    ),
    ("translators", "翻译 翻譯 译者 譯者 编译 編譯"),
    ("sources", "信息来源 信息來源 来源 來源 出处 出處 稿源 供稿 " + " ".join(REPRINT_SOURCE)),
    # 攝︰施柏翰 (Hong Kong papers' photo credit): like 图, a label only before a colon or slash
    ("photographers", "图 圖 摄 攝"),
):
    for _w in _words.split():
        _LABELS.setdefault(_w, _role)
# 文/图 X, 文、图/X: X wrote the text and took the pictures, an author and a photographer
_TEXT_AND_PICTURES = frozenset(("文/图", "文/圖", "文、图", "文、圖"))
# Longest label first so that 摄影记者 wins over 记者 and 文/图 over 文.
LABEL = re.compile("|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True)))
# 文 and a space opening a line of credits (文 林秀英　摄像 高丹　编辑 康宇航, a broadcaster's
# credit line set without colons): the writer's label, as 文/ is, when a name and another
# credit label follow it; alone, 文 and a space open prose as often.
_BARE_TEXT_CREDIT = re.compile(
    r"^\s{0,3}(文)[ \u3000]{1,3}[\u4e00-\u9fff·]{2,5}[ \u3000]{1,3}(?:" + LABEL.pattern + ")"
)


def bare_text_credit(line: str) -> bool:
    """Whether ``line`` opens with 文 and a space crediting its writer (see above)."""
    return _BARE_TEXT_CREDIT.match(line) is not None


# Labels that may end a glued media name (南都记者, 观察者网专栏作者): two characters or more.
_INNER_LABEL = re.compile(
    "|".join(sorted((re.escape(w) for w in _LABELS if len(w) >= 2), key=len, reverse=True))
)
_SEP = re.compile(r"\s{0,3}[:：/／|｜丨]\s{0,3}|\s{1,3}")
_REPORTER_WORDS = frozenset(
    w for w, r in _LABELS.items() if r in ("authors", "correspondents") and len(w) >= 2
) | frozenset(("摄影记者", "攝影記者"))
# One name: a run of CJK (and ·), or capitalised Latin words joined by single spaces.
HAN = re.compile(r"[\u4e00-\u9fff]")  #: a Chinese character (credits.py uses it too)
_CJK_NAME = re.compile(  # not 丨 (U+4E28), a separator
    r"[·•‧]?[\u4e00-\u4e27\u4e29-\u9fff]{1,12}(?:[·•‧]{1,2}[\u4e00-\u4e27\u4e29-\u9fff]{1,10}){0,3}"
    r"[·•‧]?"
)
# A name transliterated into Chinese, its parts joined by a middle dot (阿依努尔·买买提,
# 阿卜杜热西提·阿布力孜, a Uyghur or Kazakh name: the given name, the father's; 弗拉基米尔·普京):
# one name, longer than a Chinese name; each part is a word of one to eight characters.
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•‧][\u4e00-\u9fff]{1,8}){1,3}")
_LATIN_NAME = re.compile(  # letters of Latin scripts only: \w would run on into Chinese text
    r"[A-Za-z][A-Za-z\u00c0-\u024f0-9.'\-]{0,30}(?: [A-Z][A-Za-z\u00c0-\u024f0-9.'\-]{0,30}){0,3}"
)
_COLONS = (":", "：")  # after a label: a labelled credit (邵梅振审核：严艳 holds two)
# A reporter label right after a name (and a space): that name was the outlet's.
_REPORTER_NEXT = re.compile(
    r"[ \u3000]{0,3}(?:本报|本報|特约|特約|见习|見習|实习|實習)?(?:记者|記者)(?!\s{0,2}[:：])"
)
_STAFF_CODE = re.compile(r"[A-Za-z]{1,4}\d{2,}")
# 记者 + one of these is another word (记者会 a press conference, 记者站, 记者节, 记者证, 记者问).
_REPORTER_COMPOUND = frozenset("会會站节節证證招问問团團")
# A two-character name padded to the width of three with a space (本报记者　孙　梅): papers set
# credits in a fixed width. The two characters, then a space, a bracket or the line's end.
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[\s）)】\]、]|$)")
# A name run's last token that is a place and a report word (昆明报道: filed from 昆明) or
# 发自 and a place (发自北京): where the reporters write from, no name.
_PLACE_REPORT = re.compile(
    r"[\u4e00-\u9fff]{2,5}(?:报道|報道|報導|报导)|(?:发自|發自)[\u4e00-\u9fff]{2,5}"
)
# … or several places, the reporters' cities (北京、广州报道: two outlets' reporters, each in one)
_PLACES_REPORT = re.compile(
    r"[\u4e00-\u9fff]{2,5}(?:[、和与與][\u4e00-\u9fff]{2,5}){1,3}(?:报道|報道|報導|报导)"
    r"(?![\u4e00-\u9fff])"
)
# 图 alone after a name (澎湃新闻记者 白梦瑶 图, 张三/图): a photo credit, like 张三 摄; not 图片,
# 图表 or another word that starts with 图.
_PHOTO_BY = re.compile(r"[/／]?(?:供图|供圖|[图圖摄攝])(?=$|[\s）)】\]，,。；;|｜])")  # X 图, X/摄
_NAME_SEP = re.compile(r"[\s、，,&]{1,3}|\s{0,2}(?:和|及|与|與)\s{0,2}|\s{1,2}and\s{1,2}")
_SLASH_SEP = re.compile(r"\s{0,2}[/／]\s{0,2}")
# Author labels naming a person's post (文/实习生 X 记者 Y: the intern, not an outlet, before
# the reporter).
_POSTS = ("实习生", "實習生", "评论员", "評論員", "专栏作家", "專欄作家", "专栏作者", "專欄作者")
# Author labels naming the field, not a post (作者, 撰文): glued both ways they are prose.
_FIELD_WORDS = frozenset(("作者", "撰文", "撰稿人", "撰稿", "执笔", "執筆", "采写", "採寫"))
_LIST_MARKS = ("、", "，", ",")  # between the names of a list (an outlet is set apart by a space)
# Words that end a name run: 报道 (reports), 摄 (photo by), 整合, 发自…
_TRAILERS = re.compile(r"(?:报道|報道|報導|报导|整合|综合|綜合|摄|攝|供图|供圖|发自|發自)$")
# What a reporter did, after 记者 in a subhead (记者探访, 记者手记, 记者实地直击): no name.
_REPORTER_DID = (
    *("探访", "探訪", "手记", "手記", "调查", "調查", "观察", "觀察", "走访", "走訪"),
    *("直击", "直擊", "实探", "實探", "暗访", "暗訪", "追踪", "追蹤", "体验", "體驗"),
)
NOT_NAMES = frozenset(
    [
        "未知",
        "佚名",
        "本报",
        "本報",
        "本網",
        "本网",
        "本站",  # 作者：本站: "this site", the publisher itself
        "本台",
        "本刊",
        "网络",
        "網絡",
        "综合",
        "綜合",
        "原创",
        "原創",
        "本人",
        "报道",
        "報導",
        "报导",
        "報道",
        "整合",
        "表示",
        "介绍",
        "说",
        "称",
        "获悉",
        "了解",
        "采访",
        "name",
        "转载请注明",
        "admin",
        "编辑",
        "記者",
        "记者",
        "来源",
        "來源",
        "摄",
        "攝",
        "举报",
        "舉報",
        # 受访者供图 (a picture the interviewee supplied): 受访者 is a role, never a name
        "受访者",
        "受訪者",
        # 记者 + what the reporter did: a subhead (记者探访, 记者手记, 记者调查), no name
        *_REPORTER_DID,
    ]
)
# Not people, whatever the case: site roles, the default nickname of a comment form, and the
# recommendation and comment widgets that sign their boxes ("by Taboola").
_NOT_PERSON = frozenset(
    {
        *("admin", "administrator", "webmaster", "guest", "гость", "anonymous", "匿名"),
        *("游客", "遊客", "unknown", "name", "taboola", "outbrain", "revcontent", "mgid"),
        *("系统管理员", "系統管理員", "管理员", "管理員"),  # a CMS's default account
        *("zergnet", "disqus"),
    }
)
# A slogan, an admin account, a desk ("Science X staff", "Editorial Staff", "No Author", "Web
# Desk", "Express News Service", "ET Bureau", 编辑部, an association's 秘书处: the office that
# posts, no writer), a role for a name: one word before "Reporter" or "Correspondent" names a
# desk or a paper, never a person ("MEN Reporter", "Staff Reporter", "Our Correspondent").
# A unit's name: a school, a hospital, an office, a department, a desk (生活中心／綜合報導).
# The characters that end an office's name (局, 厅, 处, 所, 站, 办, 委, 室, 股, 厂, 部): what a
# bureau, a section, a station, a committee's office, a workshop is called.
_OFFICE = "[局厅廳处處所站办辦委室股厂廠部]"
_UNIT = (
    r"(?:中学|小学|学校|學校|幼儿园|幼兒園|大学|大學|学院|學院|医院|醫院|卫生院|衛生院|中心|"
    r"委员会|委員會|办公室|辦公室|公司|支部|街道|社区|社區|研究所|教育局|"
    r"宣传部|宣傳部|组织部|組織部|统战部|統戰部|文明办|文明辦|"
    # a party committee, a research or writing group (国资委党委, 市委党校课题组, 某旅政治工作部)
    r"党委|黨委|党组|黨組|工委|[课課][题題][组組]|调研组|調研組|写作组|寫作組|研究院|研究室|"
    # a newsroom's desk (地區新聞組, 港聞採訪組)
    r"新闻组|新聞組|采访组|採訪組|"
    # a police or fire brigade's detachment (市公安局交警支队, 消防救援大队, 特警中队)
    r"支队|支隊|大队|大隊|中队|中隊|总队|總隊|"
    # a court or a procuratorate (临澜铁路运输法院, 县人民检察院), a government (乡人民政府)
    r"法院|检察院|檢察院|政府|"
    # an association, a society, a chamber, a foundation (市青年企业家协会, 县作家协会, 省科普
    # 学会, 市工商联合会, 慈善基金会): members' body, no person
    r"协会|協會|学会|學會|商会|商會|联合会|聯合會|促进会|促進會|研究会|研究會|基金会|基金會|"
    # … and the mass organisations by their short names (东港区妇联, 市总工会, 县科协), a
    # weather or broadcasting station (江州市气象台, 县电视台): no given name ends so
    r"妇联|婦聯|侨联|僑聯|文联|文聯|科协|科協|残联|殘聯|工会|工會|管委会|管委會|气象台|氣象台|氣象臺|"
    r"电视台|電視台|电台|電台|"
    # an office ending in the one character that names it, after two more (普法与依法治理处,
    # 县林业局, 南湖街道司法所, 澜江省委政法委, 云州市平安办, 综合室, 县供电所): no given name
    # ends in one of these, and a name has one or two characters after its surname
    rf"\w{{2}}{_OFFICE})"
)
_NOT_PERSON_MARK = re.compile(
    r"[!?！？。]|admin|\b(?:staff|team|desk|newsroom|editors|contributors|news service|bureau)$|"
    # an outlet's name printed after the writer's ("Jane Doe, KOMO News", "KFF Health News"), a
    # wire ("Nexstar Media Wire", "PR Newswire")
    r"\s(?:news|media|radio|television|broadcasting|wire|newswire)$|"
    r"^[^\s,]+ (?:reporter|correspondent)s?$|^no author|"
    # the newsroom in other languages ("di Redazione Online", "Redaktion Politik")
    r"^(?:la |el )?(?:redazione|redaktion|r[ée]daction|redacci[óo]n|redactie)\b|"
    r"\w\.(?:com|net|org|co|gov|edu|info|news|tv|cn|uk|au|in|io)\b|"  # a web address
    r"(?:贡献者|貢獻者|编辑部|編輯部|团队|團隊|秘书处|秘書處)$|"  # a desk, a secretariat
    r"(?:小编|小編)$|"  # a site's editor account (梅溪小编, 本地小编), no writer
    # a CMS's account (超级管理员, PbootCMS's default user; 网站管理员, 系统管理员): no writer
    r"(?:管理员|管理員)$|"
    r"(?:评论员|評論員)$|"  # 新华社评论员, 本报评论员: a paper's editorial voice, no one named
    # how and where the reporter did it (记者实地直击, 记者现场探访, 记者深入调查): a column's
    # or a subhead's label, four characters no name ends in
    rf"^[\u4e00-\u9fff]{{2}}(?:{'|'.join(_REPORTER_DID)})$|"
    # a compiled report (综合报道, 綜合報導): the desk's, no writer
    r"^(?:综合|綜合)(?:报道|報道|報導|报导)$",
    re.IGNORECASE,
)
# News agencies credited as the author: the source of the text, not a person.
AGENCY = re.compile(
    r"(?:the )?(?:associated press|ap|reuters|thomson reuters|afp|agence france-presse|upi|"
    r"bloomberg(?: news)?|dpa|ani|pti|ians|press association|pa(?: media)?|kyodo(?: news)?|yonhap|"
    r"aap|australian associated press|nca newswire|canadian press|cp|press trust of india|anp|"
    r"bernama|antara|"
    r"efe|ansa|tass|xinhua|wire services|[\w ]{0,30} wire services|[\w ]{0,40} agency)",
    re.IGNORECASE,
)
# Letters after a name, or a job title in its place: "Ilana Muhlstein, MS, RDN",
# "TOM KRISHER, AP Auto Writer".
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # RNZ, WBUR: initials (case matters)
_DEGREE = re.compile(r"[A-Z]{2,4}|Ph\.?\s?D\.?|M\.D\.|Jr\.?|Sr\.?|I{2,3}")  # case matters
JOB_TITLE = re.compile(
    r"[\w .'-]{0,30}\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer|"
    r"journalist|"
    r"director|analyst|critic)s?\b[\w .'-]{0,20}",  # "Staff Writers" after two names too
    re.IGNORECASE,
)


# A station's or network's call letters closing capitalised words ("Rocky Mountain PBS", "Arizona
# PBS"): an outlet, not a person. Case matters; a credential or a numeral is a person's (MPH, III).
_OUTLET_INITIALS = re.compile(r"[A-Z][a-z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,3} ([A-Z]{3,5})")
_CREDENTIALS = frozenset(("III", "VII", "VIII", "MPH", "RDN", "CPA", "CFP", "PHD", "DDS", "DVM"))
_CREDENTIALS |= frozenset(("MBA", "MSW", "LCSW", "ESQ", "APRN", "FACP", "DNP", "MSN"))


def not_a_person(name: str) -> bool:
    """Whether a credited name is a role, a placeholder, a widget or a slogan, not a person."""
    name = name.strip()
    initials = _OUTLET_INITIALS.fullmatch(name)
    return (
        name.casefold() in _NOT_PERSON
        or bool(_NOT_PERSON_MARK.search(name))
        or (initials is not None and initials.group(1) not in _CREDENTIALS)
    )


def latin_people(names: list[str]) -> tuple[list[str], list[str]]:
    """``(people, agencies)`` of a list of Latin-script author names: agencies and outlets'
    initials (``RNZ``, ``TODAY``) set apart, credentials and job titles dropped (``MS``,
    ``RDN``, ``AP Auto Writer``), an affiliation after a full stop cut (``Finian Cunningham.
    Sputnik International``), names in capitals written as names (``MARY CLARE JALONICK`` →
    ``Mary Clare Jalonick``). Other names pass."""
    people: list[str] = []
    agencies: list[str] = []
    for raw in names:
        name = raw.strip()
        if HAN.search(name):
            people.append(name)
            continue
        if AGENCY.fullmatch(name):
            agencies.append(name)
            continue
        if (_DEGREE.fullmatch(name) or JOB_TITLE.fullmatch(name)) and (people or len(names) > 1):
            continue
        if _ACRONYM.fullmatch(name):
            agencies.append(name)  # "RNZ", "NPR" as the byline: the outlet's initials
            continue
        head, dot, _ = name.partition(". ")
        if dot and len(head.split()) >= 2 and len(head.split()[-1]) > 1:  # not "Sarah E."
            name = head
        if name.isupper() and len(name) > 4 and name.isascii():
            name = " ".join(w.capitalize() for w in name.split())
        if name not in people:
            people.append(name)
    return people, agencies


_NOT_NAME_PART = re.compile(
    r"分享|收藏|打印|字号|字號|关注|關注|订阅|訂閱|文章|评论|評論|阅读|閱讀|点击|點擊|整理|贡献|貢獻|"
    r"专栏|專欄|讨论|討論|"  # 编辑 讨论 收藏: a wiki's buttons
    # the next field of an info line when a credit is left empty (作者：发布时间：…)
    r"时间|時間|日期|发布|發布|发表|發表|浏览|瀏覽|次数|次數|字体|字體"
)
_SOURCE_VALUE = re.compile(r"[^\s|｜()（）【】\[\]:：,，]{2,30}")
# A media name glued to 记者: letters, maybe a number first (21世纪经济报道记者: not a date's
# 3日记者) or a plus last (南方+记者, an app's name), or a portal's name and its paper's joined
# by a dash (天山网-新疆日报记者, 广西云-广西日报记者: one outlet's two names).
_PROSE_BEFORE = re.compile(
    r"(?:\d{1,4}(?![\d年月日号號时時点點]))?(?:[\u4e00-\u9fff]{2,8}[-－])?"
    r"[\u4e00-\u9fffA-Za-z]{0,12}[+＋]?$"
)
_BOUNDARY = frozenset(" \t（(【[，,、|｜/：:；;》>·•\u3000")
# An English editor's credit: "Editor: A", "Edited by A", Reuters' "Editing by A and B".
EN_EDITOR = re.compile(
    r"^\s{0,5}(?:(?:edited|editing) by\s{0,2}[:：]?|editor\s{0,2}[:：])\s{0,3}", re.I
)
# "By: NAME" (Nexstar's "by: A, B", Scripps' "By: A"): the colon after "By" labels the same byline
_BY = re.compile(
    r"^\s{0,5}(?:by|written by|words by|text by)(?:\s{0,2}:\s{0,3}|\s{1,3})", re.IGNORECASE
)
# The byline's "By" and "and" in other languages: "Von A und B" (German), "Par A et B"
# (French), "Por A y B" (Spanish), "di A e B" (Italian), "Door A en B" (Dutch). Capitalised or
# not, never in capitals (DI, VON open other words' lines). Each name is a first and last
# name at least: a lone word after a comma is the place filed from ("Von A, Brüssel").
_BY_WORDS = {"von": "und", "par": "et", "por": "y", "di": "e", "door": "en"}
_BY_OTHER = re.compile(
    r"^\s{0,5}(" + "|".join(f"{w}|{w.capitalize()}" for w in _BY_WORDS) + r")\s{1,3}(?=[A-Z])"
)
_SPLIT_OTHER = {
    w: re.compile(rf"\s{{0,3}}(?:[,;]|\b{j}\b|&)\s{{0,3}}") for w, j in _BY_WORDS.items()
}
# Where such a byline's names end: a bracketed place or role ("Par A (Bruxelles, bureau
# européen)"), a bar or dash
_BY_OTHER_TAIL = re.compile(r"\s{0,3}[(|｜–—]|\s[-/]\s")
# An info line of labelled fields in an alphabetic script, opening with a label: "Author: A,
# B", "Source: Shenzhen Daily", "Date: 2019-05-20 08:55:08  Source: Shenzhen Daily  Author: X"
# (each value runs to the next label); capitalised, as a label is printed (in prose "source:"
# is a word). Korean pages label fields alike (기자: 강동춘 허명길 reporters, 편집: E the
# editor, 통신원: Y a correspondent, 글: text by, 사진: photo by, 출처: the source, 날짜 and
# 입력 the date, 조회수 the views), and Uyghur ones in Arabic script (مۇخبىر: X، Y reporters,
# ئاپتور the author, مەسئۇل مۇھەررىر: E the responsible editor, مۇھەررىر an editor, مەنبە the
# source, ۋاقتى the time), and Mongolian ones in the traditional script (ᠵᠣᠬᠢᠶᠠᠭᠴᠢ the author,
# ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ a reporter, ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ the responsible editor, ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ an editor,
# ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ / ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠴᠢ translated by / the translator, ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ the source,
# ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ the publication time).
# A field may stand in brackets, as People's Daily Online closes its stories: "(Web editor: X,
# Y)".
_EN_FIELD = re.compile(
    r"(?:^|(?<=[\s(（]))(Authors?|Writers?|Reporters?|Web editors?|Editors?|Source|Date|Time"
    r"|Updated|Published"
    r"|Posted|기자|글|편집|편집자|통신원|사진|출처|날짜|입력|조회수"
    r"|مۇخبىرلار|مۇخبىر|ئاپتور|مەسئۇل مۇھەررىر|مۇھەررىر|مەنبە|ۋاقتى"
    r"|ᠵᠣᠬᠢᠶᠠᠭᠴᠢ|ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ|ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ|ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ|ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ|ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠴᠢ"
    r"|ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ|ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ)\s{0,2}[:：]\s{0,3}"
)
# A line opening with one (matched first: most lines do not, and finditer reads them whole)
_EN_FIELD_OPENS = re.compile(r"\s*[(（]?" + _EN_FIELD.pattern.removeprefix(r"(?:^|(?<=[\s(（]))"))
_EN_FIELD_ROLES = {"author": "authors", "writer": "authors", "reporter": "authors"}
_EN_FIELD_ROLES |= {"editor": "editors", "web editor": "editors", "source": "sources"}
_EN_FIELD_ROLES |= {"기자": "authors", "글": "authors", "편집": "editors", "편집자": "editors"}
_EN_FIELD_ROLES |= {"통신원": "correspondents", "사진": "photographers", "출처": "sources"}
_EN_FIELD_ROLES |= {"مۇخبىرلار": "authors", "مۇخبىر": "authors", "ئاپتور": "authors"}
_EN_FIELD_ROLES |= {"مەسئۇل مۇھەررىر": "editors", "مۇھەررىر": "editors", "مەنبە": "sources"}
_EN_FIELD_ROLES |= {"ᠵᠣᠬᠢᠶᠠᠭᠴᠢ": "authors", "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ": "authors", "ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ": "sources"}
_EN_FIELD_ROLES |= {"ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ": "editors", "ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ": "editors"}
_EN_FIELD_ROLES |= {"ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ": "translators", "ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠴᠢ": "translators"}
# Names in Hangul: a Korean name is one word of two to four syllables (강동춘, 남궁민수), names
# set apart by spaces or commas. In Arabic script (Uyghur): one to four words, the given name
# and the father's (رىزۋانگۈل ئەھمەت), names set apart by a comma (، or ,) or ۋە (and).
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")
_HANGUL_SPLIT = re.compile(r"[\s,，、·]{1,3}")
_ARABIC = re.compile(r"[\u0620-\u064a]")
_ARABIC_WORD = r"[\u0620-\u065f\u066e-\u06d3\u06d5]{2,20}"
_ARABIC_NAME = re.compile(rf"{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}}")
_ARABIC_SPLIT = re.compile(r"\s{0,2}[،,，、؛;]\s{0,2}|\s{1,2}ۋە\s{1,2}")
# In the traditional Mongolian script: one to three words, each of letters (U+1820–U+18AA)
# and the vowel separator U+180E kept inside (ᠲᠠᠨ᠎ᠠ), names set apart by the Mongolian comma
# (᠂ U+1802), a Chinese or Latin comma, or ᠪᠠ (and).
_MONGOL = re.compile(r"[\u1820-\u18aa]")
_MONGOL_WORD = r"[\u1820-\u18aa][\u1820-\u18aa\u180b-\u180f]{1,24}"
_MONGOL_NAME = re.compile(rf"{_MONGOL_WORD}(?: {_MONGOL_WORD}){{0,2}}")
_MONGOL_SPLIT = re.compile(r"\s{0,2}[\u1802\u1808,，、;]\s{0,2}|\s{1,2}ᠪᠠ\s{1,2}")
# A Korean byline closing its line with 기자 (reporter) after the names (현진국 기자), maybe
# after what the reporter did: 글·사진 현진국 기자 (text and pictures), 사진 P 기자 (the
# picture only: a photographer); the reporter's grade before 기자 is no name (김수아 인턴
# 기자, 수습/객원/선임/수석/전문 기자; 사진기자 and 영상기자 take pictures); 특파원 (a
# correspondent abroad) writes as a reporter does.
_KO_NAMES_REPORTER = re.compile(
    r"^\s{0,3}(?:(글|사진|글\s?[·ㆍ•/]\s?사진)\s{1,3})?"
    r"((?:[\uac00-\ud7a3]{2,4}[\s,、]{1,3}){0,3}[\uac00-\ud7a3]{2,4})\s{1,3}"
    r"(?:(인턴|수습|객원|선임|수석|전문|취재|사진|영상)\s?)?(?:기자|특파원)\s{0,3}$"
)
_KO_GRADES = frozenset(("인턴", "수습", "객원", "선임", "수석", "전문", "취재", "사진", "영상"))
# A Uyghur byline: the outlet, then its reporter (مۇخبىرى) or reporters (مۇخبىرلىرى) and the
# names (تەڭرىتاغ تورى مۇخبىرى رىزۋانگۈل ئەھمەت: Tengritagh Net's reporter X).
_UG_OUTLET_REPORTER = re.compile(
    rf"^\s{{0,3}}(?:{_ARABIC_WORD} ){{1,4}}(?:مۇخبىرى|مۇخبىرلىرى)\s{{1,3}}(\S.{{1,120}})$"
)
_MAX_FIELDS = 8
# A capital with a diacritic opens a name or a particle too (Émilie, Siobhán Ó Cionnaith).
_BY_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'\-]{0,30}(?: [A-ZÀ-ÖØ-Þ][\w.'\-]{0,30}){0,4}")
_SPLIT_LATIN = re.compile(r"\s{0,3}(?:[,;；、]|\band\b|&)\s{0,3}")
# Where the names of an English byline end: ``in Hohhot``, ``for Reuters``, ``| China Daily``.
# ``(People's Daily Online)``: the outlet in brackets after the names.
# ``A, B · CBC News`` and ``A • 2:32pm, 8 May 2024``: a spaced middle dot or bullet sets the
# outlet or the date apart; ``A and B10:24, Mar 29 2019``: a clock glued to the last name (the
# name's and the date's elements printed without a space) starts the date.
_BY_TAIL = re.compile(
    r"\s{1,3}(?:in|for|at|from)\s{1,3}(?=[A-Z])|\s{0,3}[|｜–—]\s{0,3}|\s[-/]\s|\s{1,3}[(（]"
    r"|\s{1,3}[·•]\s{0,3}|\s{0,3}(?=\d{1,2}:\d{2})"
)
_SPLIT_CJK = re.compile(r"[\s、，,;；]{1,5}")
# 报道：X (reported by), a credit line closing the story (Malaysian papers' 报道：X、Y above
# 摄影：Z and 编辑：W): the writers, as 作者：X; 报道/摄影：X wrote it and took its pictures, as
# 文/图 X. A label only so, heading its line before a colon: 报道 is a common word (据法新社报道，
# 相关报道：…), and after a name it ends a reporter credit (记者 张三 北京报道). A slash is that
# colon too (南洋商报's 报道／X、Y above the story), where no role word follows it.
_REPORTED_BY = re.compile(
    r"^([\s（(【\[]{0,3})(?:报道|報道|報導|报导)(?:(\s{0,2}[/／]\s{0,2}(?:摄影|攝影))?(?=\s{0,3}[:：])"
    r"|(\s{0,2}[/／]\s{0,2})(?![^\s、，,]{0,3}[:：])(?=[\u4e00-\u9fff]))"
)


@dataclass
class Credits:
    """Names by role, in the order found, each once."""

    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)

    def add(self, role: str, names: list[str]) -> None:
        have: list[str] = getattr(self, role)
        have.extend(n for n in names if n not in have)

    def update(self, other: Credits) -> None:
        for role in ROLES:
            if names := getattr(other, role):
                self.add(role, names)

    def __bool__(self) -> bool:
        return any(getattr(self, role) for role in ROLES)

    def joined(self, role: str) -> str | None:
        """A role's names as stored: comma-separated, or None."""
        return ", ".join(getattr(self, role)) or None


# update() and __bool__ read the roles by name (dataclasses.fields costs a call each time).
assert tuple(f.name for f in fields(Credits)) == ROLES


# A unit's name set before its member's (县第一中学 张三, 市人民医院 李四): the affiliation, not
# a second person. A unit credited alone (作者：医技药剂党支部) stays: the account is that unit.
UNIT = re.compile(_UNIT + "$")
# … or a township office's section (農業課, 民政課: no given name ends in 課)
# … or an office of three or four characters in all: a county's bureau (县林业局, 市住建局,
# 旗教育局), a unit's short name (宣传部, 县法院); a court's name as short as 县法院
# … or, of any length, an Inner Mongolian banner's or league's office named by its level's one
# character (旗教育局, 旗林草局: the banner's bureaus, as a county's are 县…局)
# … or a school's or a party's office by its two-character short name (校办 for 学校办公室, 院办,
# 党办, 团委 for 共青团委员会): 办 and 委 end no given name
_SHORT_OFFICE = r"(?:[校院党黨][办辦]|[校院团團]委)"
_UNIT_NAME = re.compile(
    rf"\w{{2,20}}{_UNIT}|\w{{2,12}}[課课]|\w{{2,3}}{_OFFICE}|\w{{1,3}}(?:法院|检察院|檢察院)"
    rf"|[旗盟]{_UNIT}|{_SHORT_OFFICE}"
)


def is_unit(name: str) -> bool:
    """Whether a credited name is a unit's (区委宣传部, 国家统计局, a desk's 生活中心), not a
    person's: at least two characters before the unit's word (张中心 stays a name)."""
    return _UNIT_NAME.fullmatch(name) is not None


def _without_unit(names: list[str]) -> list[str]:
    """The names after a leading unit name (``县第一中学 张三`` → ``张三``)."""
    return names[1:] if len(names) > 1 and (UNIT.search(names[0]) or is_unit(names[0])) else names


_REPORTED = re.compile(r"(?:报道|報道|報導|报导)$")


def _clean_name(token: str) -> str:
    token = token.strip(" ·•.-")
    for _ in range(2):
        if len(token) > 2 and re.search(r"[\u4e00-\u9fff]", token):
            reported = _REPORTED.search(token)
            token = _TRAILERS.sub("", token)
            if reported:  # 顏志明高雄報導: the name glued to the place it reports from
                token = name_before_place(token) or token
    return token


def _label_here(line: str, label: re.Match[str]) -> bool:
    """Whether a label found after a name opens the next credit: a one-character label (文, 图,
    摄) only before a colon or slash, as in ``_parse_line``; else it starts a name (记者：斯琴
    图雅, a Mongolian name beginning with 图)."""
    if len(label.group(0)) > 1:
        return True
    sep = _SEP.match(line, label.end())
    return sep is not None and bool(sep.group(0).strip())


def _names_at(
    line: str, pos: int, role: str, glued: bool, colon: bool = False
) -> tuple[list[str], int, bool, str]:
    """The names after a label at ``pos``: ``(names, end, photo, role)``; ``photo`` is set
    when the names are followed by 摄 (photographed by). ``glued``: the label had no
    separator, so a name must end at a space, a bracket or the end of the line (not prose).
    ``role`` is the label's, or that of a label glued to a media name in the label's slot
    (作者：红网时刻新闻通讯员 李佳琪: the role word names the role, not the field)."""
    names: list[str] = []
    photo = False
    # An account or unit name (作者：医技药剂党支部) only after a colon or slash.
    first_max = 12 if role in ("authors", "editors") and colon else 4
    while len(names) < 8 and pos < len(line):
        if names and (label := LABEL.match(line, pos)) and _label_here(line, label):
            break
        padded = _PADDED_NAME.match(line, pos)
        if padded and (joined := padded.group(1) + padded.group(2)) not in _LABELS:
            if joined in NOT_NAMES or not_a_person(joined):
                break
            names.append(joined)
            pos = padded.end()
            sep = _NAME_SEP.match(line, pos)
            if not sep:
                break
            pos = sep.end()
            continue
        m = _CJK_NAME.match(line, pos) or _LATIN_NAME.match(line, pos)
        if not m:
            break
        raw = m.group(0)
        if line.startswith(("+", "＋"), m.end()) and (app := _INNER_LABEL.match(line, m.end() + 1)):
            # 南方+记者 张三: an app's name (with its plus) glued to a label, not a name; the
            # names follow the label, or a credit ends here (张三 南方+记者 李四)
            if names:
                break
            role = _LABELS[app.group(0)]
            sep = _SEP.match(line, app.end())
            pos = sep.end() if sep else app.end()
            continue
        if (
            line.startswith(("-", "－"), m.end())
            and (paper := _CJK_NAME.match(line, m.end() + 1))
            and (inner := _INNER_LABEL.search(paper.group(0)))
            and inner.start() > 0
        ):
            # 文/图 天山网-新疆日报记者 易丽萍: a portal's and its paper's names joined by a dash,
            # glued to a label (as 南都记者): the names follow the label
            if names:
                break
            role = _LABELS[inner.group(0)]
            pos = paper.start() + inner.end()
            sep = _SEP.match(line, pos)
            pos = sep.end() if sep else pos
            continue
        if (
            names
            and line[m.start() - 1] in " \t\u3000"
            and (_PLACE_REPORT.fullmatch(raw) or _PLACES_REPORT.match(line, m.start()))
        ):
            # 记者 谢晓颖 昆明报道, 记者 张三 发自北京: after a name and a space, the place the
            # story is filed from. Papers glue the place to 报道 and set 报道 apart from a last
            # name (记者 张三 李四 报道); 记者 张三 李四报道 loses 李四, the rarer shape.
            break
        inner = _INNER_LABEL.search(raw)
        if inner and inner.end() == len(raw) and inner.group(0) in ("供图", "供圖"):
            inner = None  # 邵子涵供图: supplied the picture (a trailer, as 摄), no glued label
        # 邵梅振审核：严艳: the next credit's label glued to this name (a colon follows it)
        next_credit = inner is not None and line.startswith(_COLONS, m.start() + inner.end())
        if inner and inner.start() > 0 and not names and not next_credit:
            # 南都记者 余毅菁: a media name glued to a label; the names follow the label.
            role = _LABELS[inner.group(0)]
            pos = m.start() + inner.end()
            sep = _SEP.match(line, pos)
            pos = sep.end() if sep else pos
            continue
        if (
            inner
            and inner.start() > 0
            and names
            and not next_credit
            and line[m.start() - 1] in " \t\u3000"
            and _LABELS[inner.group(0)] in ("authors", "correspondents", "editors")
        ):
            break  # 每经记者 张岩　每经编辑 陆佳琪: the next credit's media name and label
        cut = None
        if inner and inner.start() > 0:
            raw, cut = raw[: inner.start()], m.start() + inner.start()
        after = m.end() + (line[m.end() : m.end() + 1] in (" ", "\u3000"))
        # 张三 摄 (photographed by), not the label 摄影： of the next credit; 张三 图 too
        pictured = (
            raw.endswith(("摄", "攝", "供图", "供圖"))
            or (
                line.startswith(("摄", "攝"), after)
                and not line.startswith(("摄影", "攝影", "摄像", "攝像"), after)
            )
            or _PHOTO_BY.match(line, after) is not None
        )
        name = _clean_name(raw)
        cjk = _CJK_NAME.fullmatch(name) is not None
        if (
            cjk
            and not 2 <= len(name) <= (first_max if not names else 5)
            and not (len(name) <= 20 and _DOTTED_NAME.fullmatch(name))
        ):
            break
        if _NOT_NAME_PART.search(name):
            break
        if name in NOT_NAMES or name in _LABELS or not_a_person(name):
            break
        if names and _STAFF_CODE.fullmatch(name):
            break  # 黄忆南 PN269: a staff code after the name, not a second editor
        if cut is None and line.startswith(_COLONS, m.end()):
            break  # 责任编辑：平台声明：…: an empty credit, then the next field's label
        end = m.end() if cut is None else cut
        if (
            glued
            and cut is None
            and end < len(line)
            and line[end] not in " \t）)】]、\u3000摄攝／/"
        ):
            break
        names.append(name)
        photo = photo or pictured
        pos = end
        if cut is not None:
            break  # the next label starts here
        sep = _NAME_SEP.match(line, pos) or (
            # （編輯：卓偉倫/柯蕾）: editors joined by a slash (a reporter's slash is followed
            # by the place filed from: 記者王小明／台北報導)
            _SLASH_SEP.match(line, pos) if role == "editors" else None
        )
        if not sep:
            break
        pos = sep.end()
    return _without_unit(names), pos, photo, role


def parse_credits(text: str) -> Credits:
    """Every credit in ``text`` (a line, or lines joined by newlines)."""
    credits = Credits()
    for line in fold_colons(text).split("\n"):
        _parse_line(line[:MAX_LINE], credits)
    return credits


def _media_before(line: str, end: int) -> bool:
    """Whether ``line[:end]`` ends in a media name glued to a reporter label (澎湃新闻记者):
    up to 12 letters back to the line start or a bracket/space, no date or sentence marks."""
    return _media_start(line, end) is not None


def _media_start(line: str, end: int) -> int | None:
    """Where the media name glued to a label at ``end`` starts (see :func:`_media_before`)."""
    start = max(0, end - 17)
    m = _PROSE_BEFORE.search(line, start, end)
    if m is None or not (m.start() == 0 or line[m.start() - 1] in _BOUNDARY):
        return None
    return m.start()


def _barred(sep: re.Match[str] | None) -> bool:
    """Whether a label's separator is a bar (界面新闻编辑 | 袁建军): a field's label, as a colon
    is, where a space alone after 编辑 may be prose (杂志编辑 王五 说)."""
    return sep is not None and any(c in sep.group(0) for c in "|｜丨")


def _parse_line(line: str, credits: Credits) -> None:
    line = unmarked(line)
    if (signed := sign_off(line)) is not None:
        credits.update(signed)
        return
    if reported := _REPORTED_BY.match(line):
        label = "文/图" if reported.group(2) else "作者：" if reported.group(3) else "作者"
        line = reported.group(1) + label + line[reported.end() :]
    if _BY.match(line):
        credits.add("authors", english_byline(line))
        return
    if (other := _BY_OTHER.match(line)) and (names := _other_byline(line, other)):
        credits.add("authors", names)
        return
    if _english_fields(line, credits):
        return
    if (scripted := script_byline(line)) is not None:
        credits.update(scripted)  # 현진국 기자, تەڭرىتاغ تورى مۇخبىرى X
        return
    if m := EN_EDITOR.match(line):
        credits.add("editors", english_byline("By " + line[m.end() :]))  # Editing by A and B
        return
    pos = 0
    credited = -1  # where the last credit's names ended
    while (m := LABEL.search(line, pos)) is not None:
        label, pos = m.group(0), m.end()
        role = _LABELS[label]
        before = line[m.start() - 1] if m.start() else " "
        sep = _SEP.match(line, pos)
        glued = sep is None or sep.end() == pos
        if len(label) == 1 and (sep is None or not sep.group(0).strip()):
            bare = _BARE_TEXT_CREDIT.match(line) if sep is not None else None
            if bare is None or bare.start(1) != m.start():
                continue  # 文, 图 are labels only before a colon or slash: 文/张三
        if sep is None and label not in _REPORTER_WORDS:
            continue  # 编辑部, 来源于: a label glued to a word is prose
        if sep is None and label in _FIELD_WORDS and before not in _BOUNDARY:
            # 论文作者优化算法, 合作者提升…: a field label glued to a word before it and to the
            # text after it is a noun in prose; papers glue 记者 both ways (新华社记者X), and
            # set 作者 apart (作者：X, 作者 X, （作者X）)
            continue
        labelled = (  # 邵梅振审核：严艳 (not 图片来源：, a source label of its own)
            len(label) >= 2
            and role != "sources"
            and sep is not None
            and sep.group(0).strip().startswith(_COLONS)
        )
        if (
            before not in _BOUNDARY
            and not labelled  # a label with its colon starts a credit
            and not (
                (label in _REPORTER_WORDS or (role == "editors" and _barred(sep)))
                and _media_before(line, m.start())
            )
        ):
            # 每经编辑 陆佳琪: a media name glued to 编辑 and a space is a credit in a run of
            # credits (right after the last one's names: 每经记者 张岩　每经编辑 陆佳琪); else
            # prose (杂志编辑 王五说)
            media = _media_start(line, m.start()) if role == "editors" and sep else None
            if media is None or credited < 0 or line[credited:media].strip():
                continue  # inside prose: 对记者表示, 编辑部
        if label.endswith(("记者", "記者")) and line[pos : pos + 1] in _REPORTER_COMPOUND:
            continue  # a word, not a credit: 记者会 (a press conference), 记者站, 答记者问
        start = sep.end() if sep else pos
        if role == "sources":
            value = _SOURCE_VALUE.match(line, start)
            if value is None:
                continue
            name, pos = value.group(0), value.end()
            for inner in _INNER_LABEL.finditer(name):
                if inner.start() > 0 and line.startswith(_COLONS, value.start() + inner.end()):
                    # 马克思主义学院编辑：…: the next credit's label glued to the source
                    name, pos = name[: inner.start()], value.start() + inner.start()
                    break
            if len(name) >= 2 and name not in NOT_NAMES and not LABEL.fullmatch(name):
                credits.add("sources", [name])
            continue
        colon = sep is not None and bool(sep.group(0).strip())
        names, end, photo, role = _names_at(
            line, start, role, glued and label in _REPORTER_WORDS, colon
        )
        if (
            role == "authors"
            and len(names) == 1
            and not label.endswith(("记者", "記者", *_POSTS))
            and _REPORTER_NEXT.match(line, end)
            and not line[:end].rstrip().endswith(_LIST_MARKS)
        ):
            # 文｜财新 记者 贾敏: the outlet, then its reporters; a name after a reporter label
            # or a writer's post (记者 余建军 实习记者 贾俊杰, 文/实习生 谢继伟 记者 白蕊: two
            # writers) is a person's. A name listed before
            # the reporter (文 / 林晓雯、实习记者 黄秀梅: an intern co-signing) is a co-author's.
            credits.add("sources", names)
            pos = end
            continue
        if names:
            # 记者 张三 摄, 通讯员 李四 供图: the picture's credit, a photographer's
            photo_role = photo and role in ("authors", "correspondents")
            credits.add("photographers" if photo_role else role, names)
            if label in _TEXT_AND_PICTURES:
                credits.add("photographers", names)
            pos = credited = end


def _english_fields(line: str, credits: Credits) -> bool:
    """Read a line of English labelled fields (see ``_EN_FIELD``) into ``credits``; False when
    the line does not open with such a label."""
    if not _EN_FIELD_OPENS.match(line):
        return False
    fields = [m for _, m in zip(range(_MAX_FIELDS), _EN_FIELD.finditer(line), strict=False)]
    if not fields or line[: fields[0].start()].strip(" (（"):
        return False
    for m, after in zip(fields, [*fields[1:], None], strict=True):
        value = line[m.end() : after.start() if after else len(line)].strip().strip("|｜;,()（）")
        label = m.group(1)
        role = _EN_FIELD_ROLES.get(label) or _EN_FIELD_ROLES.get(label.lower().rstrip("s"))
        if role == "sources":
            if 2 <= len(value.strip()) <= 40 and not any(c.isdigit() for c in value):
                credits.add("sources", [value.strip()])
        elif role and value.strip():
            credits.add(role, _field_names(" ".join(value.split())))  # (Du\xa0Mingming)
    return True


def _field_names(value: str) -> list[str]:
    """The names a field's value lists: Hangul names, Arabic-script or Mongolian-script names
    (see ``_HANGUL_NAME``, ``_ARABIC_NAME``, ``_MONGOL_NAME``), else an English byline's."""
    if _HANGUL.search(value):
        return _names_of(_HANGUL_SPLIT.split(value), _HANGUL_NAME, _HANGUL)
    if _ARABIC.search(value):
        return _names_of(_ARABIC_SPLIT.split(value), _ARABIC_NAME, _ARABIC)
    if _MONGOL.search(value):
        return _names_of(_MONGOL_SPLIT.split(value), _MONGOL_NAME, _MONGOL)
    return english_byline("By " + value)


def _names_of(
    parts: list[str], name: re.Pattern[str], letter: re.Pattern[str] | None = None
) -> list[str]:
    """The leading ``parts`` that are names, up to the first that is none; none at all when a
    part after them holds a ``letter`` of the names' script (기자: 올해 목표는? — an
    interviewer's question, no name), only an address or a date may follow them."""
    names: list[str] = []
    for at, part in enumerate(parts):
        if not name.fullmatch(part.strip()):
            if letter is not None and any(letter.search(p) for p in parts[at:]):
                return []
            break
        names.append(part.strip())
    return names


def script_byline(line: str) -> Credits | None:
    """The credits of a whole line that is a byline in Korean (the names, then 기자) or
    Uyghur (the outlet, its reporter, the names), else None."""
    # (cheap gates first: a Korean byline ends in its label, a Uyghur one opens in Arabic
    # script; most lines are neither)
    if line.rstrip().endswith(("기자", "특파원")) and (ko := _KO_NAMES_REPORTER.match(line)):
        names = _names_of(_HANGUL_SPLIT.split(ko.group(2)), _HANGUL_NAME)
        did, grade = ko.group(1) or "", ko.group(3) or ""
        if len(names) > 1 and names[-1] in _KO_GRADES:
            grade = names.pop()  # 김수아 인턴 기자: the grade, set apart from 기자
        found = Credits()
        if grade not in ("사진", "영상") and (not did or "글" in did):
            found.add("authors", names)
        if "사진" in did or grade in ("사진", "영상"):
            found.add("photographers", names)
        return found
    first = line.lstrip()[:1] if line[:1].isspace() else line[:1]
    if "\u0620" <= first <= "\u06ff" and (ug := _UG_OUTLET_REPORTER.match(line)):
        parts = _ARABIC_SPLIT.split(ug.group(1).strip())
        names = _names_of(parts, _ARABIC_NAME)
        if names and len(names) == len(parts):
            return Credits(authors=names)
    return None


def _without_agency(part: str) -> str:
    """``JANE DOE Associated Press`` → ``JANE DOE``: the agency after a name printed in
    capitals, as AP copy is signed (a name in capitals ends where the capitals do)."""
    words = part.split()
    if len(words) > 8:
        return part
    for k in range(1, len(words)):
        head = " ".join(words[:k])
        if head.isupper() and not words[k].isupper() and AGENCY.fullmatch(" ".join(words[k:])):
            return head
    return part


def english_byline(line: str) -> list[str]:
    """``By A, B and C`` → ``[A, B, C]`` (each name capitalised words; linear-time)."""
    m = _BY.match(line[:MAX_LINE])
    if not m:
        return []
    names: list[str] = []
    rest = line[m.end() : MAX_LINE].strip()
    # By A in Beijing and B in Guangzhou | China Daily: each name's place dropped
    rest = _IN_PLACE.sub(r"\1", rest)
    rest = _SENTENCE_END.sub("", _BY_TAIL.split(rest, maxsplit=1)[0])
    for part in _SPLIT_LATIN.split(rest):
        part = _without_agency(part.strip())
        if names and len(part.split()) <= 3 and JOB_TITLE.fullmatch(part):
            continue  # A, Social Affairs Correspondent: the role of the name before it
        name = _TITLE_AFTER.sub("", part)  # Aisha Fitzgerald Staff Writer
        part = name if " " in name else part  # "Business Correspondent" stays a title
        if _BY_NAME.fullmatch(part) and not not_a_person(part):
            names.append(part)
    return names


def _other_byline(line: str, m: re.Match[str]) -> list[str]:
    """``Von A und B``, ``Par A, B et C``, ``di A e B``, ``Door A en B`` → the names (each a
    first and last name, capitalised words; the place after a comma and a bracket dropped)."""
    rest = _BY_OTHER_TAIL.split(line[m.end() : MAX_LINE], maxsplit=1)[0]
    rest = _SENTENCE_END.sub("", rest.strip())
    names = []
    for part in _SPLIT_OTHER[m.group(1).lower()].split(rest):
        part = part.strip()
        if " " not in part:
            continue  # a place, or nothing
        if not _BY_NAME.fullmatch(part) or not_a_person(part):
            return []  # a sentence ("Von Montag an gilt …"), no byline
        names.append(part)
    return names


# A wire story's closing sign-off, clauses of a role and its names: "Reporting by X in Paris;
# Additional reporting by Y; Writing by Z; Editing by E and F" (Reuters), "Compiled by X",
# Substack's "Edited by Z." under a post. Who reported, wrote or compiled it are its authors
# ("Additional reporting by Y" too, alone on its line: a writer its readers are told of), who
# edited it its editors.
# A closing "Contributing: Y" or "Additional reporting by Y" names one more writer
# ("Contributing: The Associated Press", "Additional reporting by Reuters": an agency, nobody).
# "Photos by X" closing a story credits its photographer.
_SIGN_OFF = re.compile(
    r"^\s{0,3}(?:(additional\s{1,3})?(?:(reporting|writing|written|compiled)|editing|edited"
    r"|(photos?|photographs?|pictures?))\s{1,3}by\s{1,3}|(contributing)\s{0,2}:\s{0,3})",
    re.IGNORECASE,
)


def sign_off(line: str) -> Credits | None:
    """The credits of a line that is a sign-off and nothing else (see ``_SIGN_OFF``), else
    None (a clause naming no one is prose: "Reporting by the council found…")."""
    if len(line) > MAX_LINE or _SIGN_OFF.match(line) is None:
        return None
    found = Credits()
    clauses = [c for c in line.split(";") if c.strip()]
    for clause in clauses:
        m = _SIGN_OFF.match(clause)
        if m is None:
            return None
        names = english_byline("By " + clause[m.end() :].strip())
        if (m.group(4) or m.group(1) or m.group(3)) and names:
            names, _ = latin_people(names)  # an agency contributing (photos by) adds nobody
        elif not names:
            return None
        if m.group(3):
            found.add("photographers", names)
            continue
        found.add("authors" if m.group(2) or m.group(1) or m.group(4) else "editors", names)
    return found


# A full stop closing the line after a name ("Edited by Leila Gallagher.", "by Jo Li."), not an
# initial's or a suffix's ("Sarah E.", "Jr.", "Sr.").
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<= [A-Z][aeiouy]))\.\s{0,3}$")
# " in Beijing" after a name, when another name follows (" and ", ","): the place goes.
_IN_PLACE = re.compile(
    r"\s{1,3}in\s{1,3}[A-Z][\w.'-]{1,30}(?: [A-Z][\w.'-]{1,30})?(\s{0,3}(?:,|\band\b))"
)
# A job title written after the name without a comma (Jane Doe Staff Writer).
# Or in sentence case, as the Guardian prints a role after the name (Jane Doe Health policy
# editor, Jane Doe Social affairs correspondent): a capital only on its first word.
_TITLE_AFTER = re.compile(
    r"\s{1,3}(?:(?:Senior Staff|Staff|Contributing|Guest)\s"
    r"(?:Writers?|Reporters?|Correspondents?|Editors?)|Correspondent|Columnist|Reporter"
    r"|[A-Z][A-Za-z]{1,20}(?:\s[a-z]{2,20}){0,3}\s(?:editor|correspondent|reporter|writer|"
    r"columnist|commentator|critic))$"
)


def is_credit_line(line: str) -> bool:
    """Whether a whole line is credits (labels and names only), so not body text."""
    line = fold_colons(line.strip())
    if not line or len(line) > 80:
        return False
    credits = parse_credits(line)
    if not credits:
        return False
    if script_byline(line) is not None:
        return True  # 현진국 기자, تەڭرىتاغ تورى مۇخبىرى X: names and the reporter's label
    rest = _PLACES_REPORT.sub("", line)
    for label in reversed(list(_INNER_LABEL.finditer(rest))):
        # 南方财经全媒体记者 X 21世纪经济报道记者 Y 北京、广州报道: a second outlet's name
        # glued to its label, and the reporters' cities, are part of the credits (the first
        # outlet's name counts as text, as it always did: 中央社記者甲、乙東京3日專電 is none)
        media = _media_start(rest, label.start())
        if media and _LABELS[label.group(0)] != "sources":
            rest = rest[:media] + rest[label.start() :]
    for role in ROLES:
        for name in getattr(credits, role):
            rest = rest.replace(name, "")
    rest = LABEL.sub("", rest)
    if not rest.isascii():
        # 기자:, مەسئۇل مۇھەررىر: are labels (an English line's, as measured, count as text)
        rest = _EN_FIELD.sub("", rest)
    rest = re.sub(
        r"[\s:：/|｜()（）【】\[\]、，,.·•]|by|and|摄|攝|报道|報道|報導|报导|整合",
        "",
        rest,
        flags=re.I,
    )
    return len(rest) <= 10 and not re.search(r"[。！？!?；;]", rest)


# Credits in parentheses at the start of the body (本报讯（记者 王五）, 长江网10月4日讯（记者陈智
# 整合）) or at the end of a paragraph (…会议。（记者 黄海 通讯员 林涛）).
# A line opening with a dateline lead, the outlet's 讯/电 and the reporters in brackets
# (新民晚报讯（记者 方宏亮）…, 新华社上海5月22日电（记者谢颖）…).
# (An outlet's bracketed alias before its 讯 is part of the lead: 荆楚网（湖北日报网）讯（记者 X）.)
# A brief's 【headline】 may open the line (【公司：订单饱满】财联社5月8日电（记者 X），…), and a
# dated lead may credit nobody (财联社5月8日电，…): either opens the story's text.
DATELINE_LED = re.compile(
    r"^\s{0,3}(?:【[^【】]{1,60}】)?[^（(\s。，]{2,24}?"
    r"(?:(?:[（(][^（）()\s。，]{1,16}[)）][^（(\s。，]{0,12}?)?(?:讯|訊|电|電)\s{0,2}[（(]"
    r"|\d{1,2}月\d{1,2}日(?:讯|訊|电|電)[，,])"
)
# 〔…〕 is the bracket Taiwanese papers credit in (〔記者王小明／台北報導〕); 【…】 the one 环球网
# and other portals open a story with (【环球网报道 记者 张三】, 【环球时报驻德国特约记者 甲
# 环球时报记者 乙】): read there like （…）, whatever the paragraph's length.
# The outlet's dateline may stand in 【】 before the bracket (【大紀元2024年05月08日訊】（大紀元記者
# X台北報導）): the credits are the bracket after it.
_LEADING = re.compile(
    r"^\s{0,3}(?:【[^【】（）()]{1,30}?(?:讯|訊|电|電)】)?"
    r"[^（(〔【\s。！？，,]{0,24}?\s?[（(〔【]([^（）()〔〕【】]{2,60})[)）〕】]\s{0,3}"
)
# The same dateline lead from an outlet whose name carries a bracketed alias before its 讯/电
# (荆楚网（湖北日报网）讯（记者 甲 通讯员 乙）, 某某网（某某日报）10月4日讯（记者 丙）): the
# credits are the bracket after 讯/电, not the alias.
_LEADING_ALIASED = re.compile(
    r"^\s{0,3}[^（(〔【\s。！？，,]{1,24}?[（(][^（）()\s。！？，,]{1,16}[)）]"
    r"[^（(〔【\s。！？，,]{0,12}?(?:讯|訊|电|電)\s{0,2}[（(]([^（）()〔〕【】]{2,60})[)）]\s{0,3}"
)
_TRAILING = re.compile(r"[（(〔]([^（）()〔〕]{2,60})[)）〕]\s{0,3}$")
# An unbracketed byline opening the first paragraph, ended by the place it is filed from and a
# space (大众网·海报新闻记者 孟越 通讯员 苏颖 青岛报道　截至3月底…).
_LEADING_FILED = re.compile(
    r"^\s{0,3}([^。！？，,；;：:（(）)\s][^。！？，,；;：:（(）)]{3,60}?"
    r"[\u4e00-\u9fff]{2,5}(?:报道|報道|報導|报导))\s+(?=\S)"
)


# … or after the outlet's 讯/电 with no brackets (法治日报's 本报讯 记者X 通讯员Y Z　…,
# 本报北京5月7日讯 记者X　…): reporter and correspondent labels, each with its names (two to
# four characters, a space after each), up to the text, whose first word runs on to its first
# comma. A name never opens with a label (通讯员汤博: a label and a name, not the name 通讯员汤).
_SPACED_NAME = r"(?!通讯员|通訊員|记者|記者|本报|本報)[\u4e00-\u9fff·]{2,4}"
_SPACED_CREDIT = (
    r"(?:本报|本報|特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)[ \u3000]?"
    rf"{_SPACED_NAME}(?:[ \u3000]{_SPACED_NAME})*"
)
_LEADING_SPACED = re.compile(
    r"^\s{0,3}[^\s（(。！？，,]{1,24}?(?:讯|訊|电|電)[ \u3000]{1,2}"
    rf"({_SPACED_CREDIT}(?:[ \u3000]{_SPACED_CREDIT})*)[ \u3000]{{1,2}}(?=[^\s，,。])"
)
_UNBRACKETED = (_LEADING_FILED, _LEADING_SPACED)


def split_leading_credit(paragraph: str) -> tuple[str, Credits]:
    """``本报讯（记者 王五）今天…`` → (``今天…``, authors=[王五]); also an unbracketed
    ``记者 王五 济南报道　今天…`` or ``本报讯 记者王五　今天…``, and the agency dateline
    ``（中央社記者王五台北8日電）今天…``."""
    for pattern in (_LEADING, _LEADING_ALIASED, *_UNBRACKETED):
        m = pattern.match(fold_colons(paragraph[:MAX_LINE]))
        if m:
            # a dateline whose names run on into the place (記者甲、乙高雄報導) is read as one
            # first: the credit parser would take the place for part of the last name
            if pattern not in _UNBRACKETED and (names := dateline_reporters(m.group(1))):
                return paragraph[m.end() :].lstrip(), Credits(authors=names)
            credits = parse_credits(m.group(1))
            if credits and is_credit_line(m.group(1)):
                return paragraph[m.end() :].lstrip(), credits
    return paragraph, Credits()


# An agency's dateline naming its reporters before the place (中央社記者王五台北8日電,
# 中央社記者甲、乙東京3日專電, 中央社特約記者丙巴黎11日專電), or a paper's before the place it
# reports from (大紀元記者王五台北報導, 記者甲、乙高雄報導) or 綜合報導 (compiled: no place): the
# names and the place are written together, so the place is told by the names' usual length or
# a known place name.
_REPORTER_DATELINE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:特约记者|特約記者|驻外记者|駐外記者|记者|記者)"
    r"([\u4e00-\u9fff、]{3,40}?)(?:(?:\d{1,2}月)?\d{1,2}日(?:专电|專電|电|電)|报道|報道|報導|报导)$"
)
_COMPILED = ("综合", "綜合")  # 記者X綜合報導: compiled from reports, no place
# Datelines' places of three or four characters (so 梁昀華盛頓 is 梁昀 in 華盛頓) and the two-
# character ones written after a four-character name (歐陽靜儀台北); any other place is taken to
# be two characters long after a three-character name, the usual case.
DATELINE_PLACES = frozenset(
    {
        *("台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆"),
        *("新竹", "苗栗", "彰化", "南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東"),
        *("臺東", "澎湖", "金門", "馬祖", "香港", "澳門", "北京", "上海", "广州", "廣州"),
        *("深圳", "东京", "東京", "首尔", "首爾", "曼谷", "河內", "河内", "伦敦", "倫敦"),
        *("巴黎", "柏林", "罗马", "羅馬", "纽约", "紐約", "雪梨", "悉尼", "大阪"),
        *("莫斯科", "基輔", "基辅", "华盛顿", "華盛頓", "洛杉矶", "洛杉磯", "旧金山"),
        *("舊金山", "芝加哥", "休士頓", "休斯敦", "西雅圖", "西雅图", "波士頓", "波士顿"),
        *("多倫多", "多伦多", "溫哥華", "温哥华", "新加坡", "吉隆坡", "雅加達", "雅加达"),
        *("馬尼拉", "马尼拉", "新德里", "墨爾本", "墨尔本", "布魯塞爾", "布鲁塞尔"),
        *("日內瓦", "日内瓦", "維也納", "维也纳", "馬德里", "马德里", "華沙", "华沙"),
        *("布拉格", "海牙", "阿姆斯特丹", "斯德哥爾摩", "斯德哥尔摩", "耶路撒冷", "杜拜"),
        *("迪拜", "開羅", "开罗", "伊斯坦堡", "伊斯坦布尔", "約翰尼斯堡", "约翰内斯堡"),
        *("聖保羅", "圣保罗", "墨西哥城", "布宜諾斯艾利斯", "布宜诺斯艾利斯", "胡志明市"),
        *("仰光", "金邊", "金边", "德黑蘭", "德黑兰", "聯合國", "联合国", "烏蘭巴托", "乌兰巴托"),
    }
)


_PLACE_ENDS = frozenset(p[-2:] for p in DATELINE_PLACES)  # a quick test before the scan


def name_before_place(glued: str) -> str | None:
    """The name of two to four characters before a known dateline place (or 綜合) it is
    written together with: ``歐陽靜儀台北`` → ``歐陽靜儀``; ``None`` when none ends it."""
    if not glued.endswith(_COMPILED) and glued[-2:] not in _PLACE_ENDS:
        return None
    places = sorted((p for p in DATELINE_PLACES if glued.endswith(p)), key=len, reverse=True)
    for place in [c for c in _COMPILED if glued.endswith(c)] + places:
        if 2 <= len(glued) - len(place) <= 4:
            return glued[: -len(place)]
    return None


def dateline_reporters(dateline: str) -> list[str]:
    """The reporters a bracketed agency dateline names before its place:
    ``中央社記者王靜儀台北1日電`` → ``[王靜儀]``; ``中央社記者蕭曉彤、連子軒東京3日專電`` → both."""
    m = _REPORTER_DATELINE.match(dateline.strip())
    if m is None:
        return []
    *names, last = m.group(1).split("、")
    if name := name_before_place(last):
        names.append(name)
    elif 4 <= len(last) <= 7:
        names.append(last[: 2 if len(last) == 4 else 3])
    else:
        return []
    if any(not 2 <= len(n) <= 4 or n in NOT_NAMES or n in _LABELS for n in names):
        return []
    return names


def split_trailing_credit(paragraph: str) -> tuple[str, Credits]:
    """``…会议。（记者 黄海 通讯员 林涛）`` → (``…会议。``, authors 黄海, correspondents 林涛)."""
    tail = paragraph[-MAX_LINE:]
    m = _TRAILING.search(fold_colons(tail))
    if m:
        credits = parse_credits(m.group(1))
        if credits and is_credit_line(m.group(1)):
            cut = len(paragraph) - len(tail) + m.start()
            return paragraph[:cut].rstrip(), credits
    return paragraph, Credits()


# -- the one-value helpers the older callers use ------------------------------------------------
def join_names(names: str) -> str:
    """``张三 李四`` / ``张三、李四`` → ``张三, 李四``."""
    split = _SPLIT_CJK if HAN.search(names) else _SPLIT_LATIN
    return ", ".join(n for n in split.split(names.strip()[:MAX_LINE]) if n)


def split_trailing_byline(paragraph: str) -> tuple[str, str | None]:
    """Remove a credit in parentheses from the end of a paragraph; return its authors."""
    rest, credits = split_trailing_credit(paragraph)
    return rest, credits.joined("authors")


def split_leading_byline(paragraph: str) -> tuple[str, str | None]:
    """Remove ``本报讯（记者 张三）`` from the start of the first paragraph; return its authors."""
    rest, credits = split_leading_credit(paragraph)
    return rest, credits.joined("authors")


def parse_credit(line: str) -> tuple[str, str] | None:
    """A whole line that is a credit: ``("author"|"source"|"editor"|…, names)``, else None."""
    if not is_credit_line(line):
        return None
    credits = parse_credits(line)
    for role in ROLES:
        if getattr(credits, role):
            return role.rstrip("s"), credits.joined(role) or ""
    return None


def author_from_credit_text(text: str) -> str | None:
    """``作者：张三  来源：本站`` inside a meta line → ``张三``."""
    return parse_credits(text).joined("authors")


def source_from_text(text: str) -> str | None:
    """``… 来源：内蒙古日报 …`` in an info line (or a page's text) → ``内蒙古日报``: the first
    source :func:`parse_credits` reads in ``text``. Line by line, up to the first line that
    names one; a line that has no credit label (``LABEL``), no 报道/ opening and no English
    field opening is skipped unparsed: only those paths credit a source (a page's text is
    mostly prose and menus, where the whole parse cost 7 µs a line)."""
    for line in fold_colons(text).split("\n"):
        line = line[:MAX_LINE]
        bare = unmarked(line)
        if LABEL.search(bare) or _REPORTED_BY.match(bare) or _EN_FIELD_OPENS.match(bare):
            _parse_line(line, found := Credits())
            if found.sources:
                return found.sources[0]
    return None
