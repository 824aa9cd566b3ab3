"""Who an article credits, by role, from everywhere a page states it.

Text credits win over metadata: the line under the headline (``2019-09-07 来源：新京报``,
``作者：魏星``), credit lines and bracketed credits in the body (``新京报讯（记者 裴剑飞）``,
``（责任编辑：霍琦）``), an editor credit anywhere on the page. The structured author
(JSON-LD, ``<meta name=author>``, a byline element) is used when the text names no author,
unless it is really the site or the source (``网易`` on every 网易 page, ``新京报`` on a page
whose source is 新京报) or not a name at all (a URL, an e-mail, a number, ``未知``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC
from itertools import islice
from typing import Any, cast
from urllib.parse import urljoin, urlsplit

from lxml.etree import Element
from lxml.html import HtmlElement

from newscrawl.clean import is_boilerplate, signature_date
from newscrawl.extract import bylines, dates
from newscrawl.extract.bylines import Credits
from newscrawl.extract.page import (
    AFTER_HEADLINE_CHARS,
    HOME_PATHS,
    Page,
    following_texts,
    in_teaser,
    meta_value,
)
from newscrawl.extract.page import text as _text

# The first of ``[rel="author"], .byline, .author, [itemprop="author"]`` in document order: one
# Python pass that stops at it (a third cheaper than the XPath union, which reads every element),
# the class token split on XML whitespace as the CSS class test does.
# BEM names count when they end in the word (``article-author``, ``sdc-article-author__name``,
# ``author-name``), not for the author's picture or biography (``author__image``, ``author-bio``).
# Hashed class names (CSS-in-JS: ``sc-1c009be8-6``) leave the role to a test id: BBC's
# ``data-testid="byline-new-contributors"`` holds the names alone, the role line beside it.
# camelCase names too (CBC's ``authorText`` inside its ``bylineDetails``, ``authorName``).
_BYLINE_CLASS = re.compile(
    r"(?:^|[ \t\n\r_-])(?:byline|author)(?:[_-]{1,2}(?:name|link)|Name|Text|Link)?(?=[ \t\n\r]|$)"
)
_BYLINE_TESTID = re.compile(
    r"(?:^|[_-])(?:byline|author)s?(?:[_-]{1,2}(?:[a-z]+[_-])?(?:names?|contributors))?$"
)


def _byline_element(page: Page) -> HtmlElement | None:
    """The first byline-like element that shows some text (and not too much), not another
    story's teaser's (a recommendation card's title link, then its author)."""
    search = _BYLINE_CLASS.search
    above: set[HtmlElement] | None = None
    for el in cast(Iterator[HtmlElement], page.root.iter(Element)):
        get = el.get
        if (
            # the substrings first: a third of the regex's cost, and most classes fail them
            ((cls := get("class")) and ("author" in cls or "byline" in cls) and search(cls))
            or "author" in (get("rel"), get("itemprop"))
            or ((tid := get("data-testid")) and _BYLINE_TESTID.search(tid))
        ) and 0 < len(el.text_content().strip()) <= _MAX_BYLINE:
            if above is None:
                above = set(page.headline.iterancestors()) if page.headline is not None else set()
            if not in_teaser(el, above, urlsplit(page.url).path):
                return el
    return None


# A line that ends in a label (``出处：快科技 作者：``): its names are on the next line.
_ENDS_IN_LABEL = re.compile(
    rf"(?:^|[\s（(【|｜])(?:{bylines.LABEL.pattern})\s{{0,3}}[:：/|｜]?\s{{0,3}}$"
)
# A label alone in its element with a comma after it (``<span>作者，</span><span>NAME</span>``:
# the screen-reader text a byline region spells out before each field): a label and a colon.
_LABEL_COMMA = re.compile(rf"^\s{{0,3}}((?:{bylines.LABEL.pattern}))\s{{0,3}}[，,]\s{{0,3}}$")
# An organisation, not a person: a paper, site, agency or channel name (新京报, 参考消息, 环球网),
# or a Chinese name joined by a dash or bar (新浪财经-自媒体综合); a Latin name with a hyphen is a
# person's (Jean-Pierre Dupont).
_MEDIA_SUFFIX = re.compile(
    r"(?:报|報|网|網|^\w{1,3}社|(?:报|報|杂志|雜誌|出版|新闻|新聞|通讯|通訊|通信)社|新闻|新聞|科技|消息|"
    # a portal's channel (新浪体育, 搜狐娱乐), like its 科技 and 财经
    r"体育|體育|娱乐|娛樂|"
    r"财经|財經|财讯|財訊|资讯|資訊|周刊|週刊|电视台|電視台|广播|廣播|杂志|雜誌|"
    # … and an outlet's app (央视新闻客户端, 人民日报客户端: 来源 and 作者 alike name it)
    r"时报|時報|日报|日報|晚报|晚報|频道|頻道|综合|綜合|客户端|客戶端|\.com|\.cn|\.net)$",
    re.IGNORECASE,
)


def _media_name(name: str) -> bool:
    return bool(_MEDIA_SUFFIX.search(name)) or (
        bool(bylines.HAN.search(name)) and any(c in name for c in "-_|")
    )


# 新华社北京5月19日电（刘艺、杨吉）opening the story: the dateline's bare reporter credit.
_DATELINE_NAMES = re.compile(
    r"^\s{0,3}[^\s（(]{2,16}[电電]\s{0,3}[（(]"
    r"([\u4e00-\u9fff]{2,3}(?:[ 、，,][\u4e00-\u9fff]{2,3}){0,3})[)）]"
)
# （张巨峰） closing the last paragraph: a bare reporter credit, no label.
_BARE_NAMES = re.compile(r"[（(]([\u4e00-\u9fff]{2,3}(?:[ 、][\u4e00-\u9fff]{2,3}){0,2})[)）]$")
_NOT_BARE = re.compile(r"化名|完|待续|待續|资料|資料|图|圖|摄|攝|注|编|編|译|譯|记者|記者|供稿")
# Lines that start with a credit label: cut from the body (a bracketed credit line stays); a
# full-width slash is a slash (文／X　圖／Y, a Taiwanese paper's byline line). A bar
# after a label (文丨韩涵, 来源 | 南方都市报) is not taken as a colon: the benchmarks' truth keeps
# those lines (凤凰网's, 腾讯's pages).
_LABEL_FIRST = re.compile(
    # (a reprint's 文章来源：X line; bracketed, "（本文来源：经济日报 作者：X）" stays: the
    # benchmarks' truth keeps it)
    r"^\s{0,3}(?:(?:文章|本文|稿件)(?:来源|來源)\s{0,3}[:：]|"
    r"[（(【\[]?\s{0,3}(?:作者|撰文|撰稿|执笔|執筆|文|报道|報道|報導|报导|来源|來源|供稿|"
    r"稿源|责任编辑|責任編輯|本版编辑|本版編輯|编辑|編輯|责编|責編|审核|審核)"
    r"\s{0,3}[:：/／]|(?:融媒体|融媒體|见习|見習|实习|實習|特约|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生))"
)
# An editor's or proofreader's label before its name with a space alone (编辑 冯佳琪 校对 金文博,
# as 新京报 ends its stories and its reposts on 网易 show). Without the colon 编辑 may be a word,
# so the line is cut only when it holds nothing but labels and the names they credit (not
# 编辑 周褶褶 ｜ 排版 魏蔚, whose 排版 is no label: the benchmark's truth keeps that line).
_BARE_EDITOR_FIRST = re.compile(r"^\s{0,3}(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對)\s")
# A credit line that starts with a paper's name glued to its reporter label (新京报记者 宋书涵
# 编辑 姜海峰 校对 汪静怡, 新京报记者 宋书涵 closing the story). The benchmarks' truth keeps such a
# byline when it heads the story (新华社记者邹多为、唐诗凝、丁乐 under a wire's dateline), so it is
# cut only when it names an editor or a proofreader too (the story's credits block, never its
# text) or when it is the body's last line (the story's trailing credit, like a reporter bracket
# ending the last paragraph).
# A media name: letters, maybe a number first (21世纪经济报道), an app's plus last (南方+), or
# its Latin brand after its Chinese name (看看新闻Knews).
# Two outlets' names may be joined by a dash or a slash (天山网-新疆日报, 石榴云/新疆日报: a
# portal or an app and its paper).
_MEDIA = r"(?:\d{1,4})?[\u4e00-\u9fff][\u4e00-\u9fff·•/-]{1,15}?(?:[+＋]|[A-Za-z]{1,12})?"
_MEDIA_REPORTER_FIRST = re.compile(rf"^\s{{0,3}}{_MEDIA}(?:记者|記者)")
# The story's byline heading the body, before any of its text: a media name glued to a reporter
# or correspondent label (澎湃新闻记者 林丽娟 实习生 陈海峰, 红网时刻新闻通讯员 李佳琪 赵帆 报道).
# Printed where the line under the headline would be, it credits the story and is no part of it
# (held-out sites 7, 8 and 10's truths); the same line after a dateline (新华社北京5月9日电 题：…
# / 新华社记者邹多为、唐诗凝、丁乐) is the wire's credit, kept with it by the benchmark's truth.
# A story with no reporter is headed by its editor's line alike (每经编辑 姜楠 over a brief).
_MEDIA_BYLINE_FIRST = re.compile(
    rf"^\s{{0,3}}{_MEDIA}(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|责编|責編)"
)
_BRACKET_FIRST = re.compile(r"^\s{0,3}[（(【\[〔]")
# A picture's credit on a line of its own: a picture label, then a short name with no sentence
# in it (图片来源：视觉中国, 图/IC photo, 图：新华社, 图片来源：界面新闻 匡达, （图/视觉中国）,
# （摄影/贾立伟）, 图源：网络): who supplied the picture, not what it shows (图为…, a caption).
_PICTURE_LABEL = (
    r"[（(]?(?:图片来源|圖片來源|图源|圖源|图片|圖片|图|圖|摄影|攝影)\s{0,3}[:：/／|｜丨]"
    r"\s{0,3}[^，。,；;！？!?:：（）()]{1,24}[）)]?$"
)
_PICTURE_CREDIT = re.compile(r"^\s{0,3}[◎]?\s{0,3}" + _PICTURE_LABEL)
# … or the photographer's names before 摄/供图, maybe after a media name and a reporter label
# (央视网记者叶晨阳摄, 本报记者 许鹏 摄, 通讯员潘国栋供图, 证券时报记者 侯斌/摄, 韦一鸣 廖维 摄),
# a wire's 发 in brackets (（央广网发罗峰供图）: a magichtml truth keeps 新华社发（刘满仓摄） as
# a line of its own, so that shape stays) or an agency in brackets after it
# (毛思齐摄（人民视觉）); a picture agency's bare credit (图IC, 图虫创意/供图, 新华社图片). A table
# layout's cell bars around it (本报记者许鹏摄|) are no part of it. Not 拍摄/航拍 (a verb).
_SHORT_CREDIT = 40  # characters: a longer line is a caption or text
_NAMES = r"[\u4e00-\u9fff·]{2,5}(?:[\s、，,]{0,2}[\u4e00-\u9fff·]{2,5}){0,3}"
_PHOTO_CREDIT_TEXT = (
    r"[（(]?\s{0,2}"
    r"(?:(?:[\u4e00-\u9fff·-]{0,12}?(?:记者|記者|通讯员|通訊員)\s{0,2})?"
    rf"{_NAMES}\s{{0,2}}/?\s{{0,2}}(?:(?<![拍航])摄|攝|供图|供圖)(?:[（(][^（）()]{{1,10}}[)）])?"
    r"|(?<=[（(])[\u4e00-\u9fff]{2,8}(?:发|發)\s{0,2}(?:[\u4e00-\u9fff·]{0,12}?(?:记者|記者))?"
    rf"\s{{0,2}}{_NAMES}\s{{0,2}}(?:摄|攝|供图|供圖)\s{{0,2}}[）)]?"
    r"|(?:图|圖)\s{0,2}[A-Za-z]{2,12}|[\u4e00-\u9fff]{2,6}(?:图片|圖片))"
    r"\s{0,2}[）)]?[\s|｜]{0,4}$"
)
_PHOTO_CREDIT = re.compile(r"^[\s|｜]{0,4}" + _PHOTO_CREDIT_TEXT)
# … and closing a caption, after its sentence (游客在永州参观游览。（夏子轩 摄）) or after a
# space (a caption without a period: 城关镇村民采收高山蔬菜 （融媒体记者 侯秀兰 摄）): the caption
# stays, the photographer is read. Not a line that is only the credit (新华社发（刘满仓摄）).
# Glued to the caption's last word (研究区域示意图（黄娜 摄）, 群众参加植树活动（曹丽萍 摄）: a
# county site's captions) only a bracket of names alone: 发 or 者 before it is the wire's
# line or a reporter's, a credit only.
_PHOTO_TAIL = re.compile(
    r"(?:(?<=[。！？!?])\s{0,3}|(?<=[^\s（(])\s{1,3}|(?<=[\u4e00-\u9fff])(?<![发發者])"
    r"(?=[（(][\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2}\s{0,2}(?:摄|攝)[）)]$))"
    r"[（(]([^（）()。，,]{2,30}?)\s{0,2}(?<![拍航])(?:摄|攝)[）)]$"
)
_PICTURE_TAIL = re.compile(r"(?<=[。！？!?])\s{0,3}" + _PICTURE_LABEL)  # …装卸货物。 图/IC photo
# … an English caption's bracketed credit (A view of the forum [Photo by Li Yuting], China Daily's
# [Photo/Xinhua]): the caption stays, the photographer (not an agency) is read.
_PHOTO_TAIL_EN = re.compile(
    r"\s{0,3}\[(?:photos?|photographs?|pictures?)\s{0,3}(?:by\s{1,3}|/\s{0,3})([^\[\]/]{2,40})"
    r"(?:/[^\[\]]{1,30})?\]$",
    re.IGNORECASE,
)
# … unbracketed, with the reporter's label (图为活动现场。　记者 田超 摄)
_REPORTER_PHOTO_TAIL = re.compile(
    r"(?<=[。！？!?])\s{0,3}((?:记者|記者)\s{0,2}[\u4e00-\u9fff]{2,4}"
    r"(?:[\s、][\u4e00-\u9fff]{2,4}){0,2})\s{0,2}(?:摄|攝)$"
)
# A note about the writer, in brackets on a line of its own (（作者为中国人民大学财政金融学院教授）,
# （本文作者系…）): who wrote it, not what it says.
_AUTHOR_NOTE = re.compile(
    r"^\s{0,3}[（(](?:本文)?作者(?:們|们)?(?:为|為|系|是)[^（）()]{1,80}[)）]\s{0,3}$"
)
# A notice under a label of its own (免责声明：, 特别声明：, 版权声明：, 声明：): the site's words
# on the text ("…文字的真实性、完整性…" holds 文字, a writer's label, as a word), no credit.
_NOTICE = re.compile(r"^\s{0,3}[\u4e00-\u9fff]{0,4}(?:声明|聲明)\s{0,2}[:：]")
# A label, maybe glued to a media name, then a bar (作者｜宋佳琪, 界面新闻编辑 | 袁建军): a field.
# Or a photographer's label and a colon (摄影：张倩　编辑：郑丽萍, on a line naming an editor).
_BARRED_LABEL_FIRST = re.compile(
    rf"^\s{{0,3}}(?:[\u4e00-\u9fff]{{0,12}}?(?:{bylines.LABEL.pattern})\s{{0,3}}[|｜丨]"
    r"|(?:摄影|攝影)\s{0,3}[:：])"
)
# An info line the body took in: a credit label first, then more labelled fields (作者：校办
# 来源：本站原创 发布时间：2024/5/13 18:57:47 阅读：1906次), short, no sentence in it. The page's
# furniture, whose credits are read, not the story's text.
_INFO_LABEL = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{1,5}\s{0,2}[:：]")
_INFO_FIELDS = 3  # labelled fields at least
_INFO_LINE = 100  # characters: a longer line is prose
_SENTENCE_MARK = re.compile(r"[。！？；]")
# A short ``label：value`` field line (美術︰明報美術組) in a credits block ending the story.
_FIELD = re.compile(
    r"^\s{0,3}[\u4e00-\u9fff]{1,4}\s{0,2}[:：]\s{0,2}[^\s:：。，！？]{1,15}\s{0,3}$"
)
_BLOCK_LINES = 8  # lines of a credits block at most
# Between an account's name and the date: a badge, a separator, the follow button.
_FILLER = frozenset(
    (
        *("原创", "原創", "·", "|", "｜", "-", "关注", "關注", "+关注", "订阅"),
        # a post's badge before its info line (精选 已有 3845 次阅读 2024-5-3 10:40)
        *("精选", "精選", "置顶", "置頂", "热门", "熱門", "推荐", "推薦", "加精"),
    )
)
# … and the platform's badge under the account's name, which describes the account without
# naming it (百家号/头条 print ``财经领域创作者``, ``优质科技领域创作者``, ``某某集团旗下账号``,
# ``某某官方帐号``): passed over like filler, so that the name above it is read.
_ACCOUNT_BADGE = re.compile(r"^\S{2,20}(?:创作者|創作者|作者|账号|帐号|帳號|賬號)$")
# Province-level regions: a self-media page prints the poster's IP location after the date
# (百家号's ``发布时间：05-02 13:00`` / ``湖北``, since 2022 on every Chinese platform, often
# without its 属地 label). A region's name alone says where, not who.
_REGIONS = frozenset(
    {
        *("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏"),
        *("浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南"),
        *("四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏"),
        *("宁夏", "新疆", "香港", "澳门", "臺灣", "廣東", "廣西", "貴州", "陝西", "遼寧"),
        *("黑龍江", "雲南", "寧夏", "澳門", "重慶", "海外"),
    }
)
# A script variable or JSON key naming the author, and its quoted value.
# (The lookahead names the possible first characters, a quote or a keyword's initial, which
# fold to no other character: sre rejects most positions on it, at half the scan's cost.)
_SCRIPT_AUTHOR = re.compile(
    r"""(?=["'anmw])(?<![\w.$])["']?(?:author(?:_?name)?|nick_?name|media_?name|writer)"""
    r"""["']?\s{0,3}[:=]"""
    r"""\s{0,3}["']([^"'\n\\<>{}@/]{2,40})["']""",
    re.IGNORECASE,
)
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+|[a-z0-9]+")  # alexandra-bacon, tm-ci023…
_INNER_BY = re.compile(r"\bby\s", re.IGNORECASE)
# An English byline split over text nodes (each name a link): its start, a line that waits for
# a name, and the joiner between names.
_NAME_JOINERS = ("、", "，", ",", "/")
_LINKED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s{1,3}[\u4e00-\u9fff]{2,4}){0,3}")
# A credit line that ends in a reporter label and its names so far: more names may follow.
_REPORTER_THEN_NAMES = re.compile(
    r"(?:记者|記者|文\s{0,2}[|｜/／])\s{0,3}[\u4e00-\u9fff]{2,4}"
    r"(?:\s{1,3}[\u4e00-\u9fff]{2,4})*$"
)
# … or in a joiner and the label of the next name (記者 林雅琪、實習記者): its name follows.
_JOINED_LABEL = re.compile(rf"[、，,]\s{{0,2}}(?:{bylines.LABEL.pattern})\s{{0,2}}$")
_BY_OPEN = re.compile(r"\s*by\b", re.IGNORECASE)
_BY_PENDING = re.compile(r"(?:^\s*by|\band|&|,)\s*$", re.IGNORECASE)
_BY_JOINER = re.compile(r"\s*(?:and|&|,)\s*", re.IGNORECASE)
_LONE_BY = re.compile(r"^(\s*by)\s*\n", re.IGNORECASE)  # "By" alone on the byline's first line
_MAX_BYLINE = 120  # characters: a longer "byline" element holds the lead or a biography
_BARE_CJK_NAME = re.compile(r"[\u4e00-\u9fff·•]{2,12}")
_NOT_ACCOUNT = re.compile(
    r"^[—–\-－]|[\d:：，。！？!?@#]|分享|字号|字號|评论|評論|阅读|閱讀|首页|首頁|>|来自|來自|属地|屬地|"
    r"手机版|手機版|字体|字體|放大|缩小|縮小|打印|收藏|"
    # an info table's labels, their values in the next cell (發稿日期 113/05/01 發稿單位 觀光局)
    r"日期|时间|時間|单位|單位|机关|機關"
)
_LABEL_ENDS = ("/", "／", ":", "：")  # a line ending so labels what follows it
_DATE_LINE = 25  # characters: a line that holds a date and little else
_CLOCK = re.compile(r"\d{1,2}:\d{2}|\d{1,2}[-/月]\d{1,2}")  # a time or a day, year or not
_BOX_LINES = 4  # lines of an account box passed over between the name and its follow button
_FOLLOW = re.compile(r"[+＋]?\s?(?:关注|關注|订阅|訂閱)(?:TA|他|她)?")  # a follow button
_FOLLOW_LINES = 12  # lines under the headline looked at for an account's follow button
_SOURCE_SCAN = 3000  # elements looked at for a source element or a section link
# A class naming the element as the story's source (source, ent-source, article-source).
_SOURCE_CLASS = re.compile(r"(?:^|[\s_-])source(?:$|[\s_-]|-?name)", re.IGNORECASE)
_SOURCE_NAME = re.compile(r"[^\s\d|｜:：,，。]{2,30}")
# Classes of a site's place labels: section, channel, category, column, tag, menu, breadcrumb.
_SECTION_CLASS = re.compile(
    r"section|categor|channel|column|crumb|\btags?\b|menu|\bnav", re.IGNORECASE
)
_EDITOR_LABELS = ("责任编辑", "責任編輯", "责编", "責編", "本版编辑", "本版編輯")
# 编辑 alone is a common word (编辑部, 编辑推荐): a credit only as a label, with its colon and
# at a line's start or after a bracket, a space or a sentence's end (【编辑:金子轩】, 编辑：崔卓;
# the page's text joins blocks, so a credit may follow the story's last 。 directly)
# … or with a space, on a line that holds nothing else but one name (编辑 姚志远 under the
# story): a credit line of its own, where 编辑 as a word would be followed by more text.
# An English page's "Editor: Y" (or "Editors: Y, Z") opening its line after the story, or in
# brackets as its web editor's ("(Web editor: X, Y)", People's Daily Online's).
_EDITOR_COLONS = (
    *("编辑：", "编辑:", "編輯：", "編輯:"),
    *("编辑 ", "編輯 ", "编辑\u3000", "編輯\u3000"),
    *("Editor:", "Editors:", "Web editor:"),
    # … and a Korean or Uyghur page's (편집: E, مەسئۇل مۇھەررىر: E: the responsible editor),
    # or a Mongolian one's (ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ：E, the responsible editor)
    *("편집:", "편집 :", "مۇھەررىر:", "ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ：", "ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ:"),
)
_EDITOR_LABEL = re.compile(
    "|".join(_EDITOR_LABELS) + r"|(?:^|(?<=[\s【\[（(|｜。！？]))(?:编辑|編輯)(?=[:：])"
    r"|^[ \t\u3000]{0,3}(?:编辑|編輯)(?=[ \u3000]{1,3}[\u4e00-\u9fff]{2,4}[ \t\u3000]*$)"
    r"|^[ \t]{0,3}(?:Editors?|\(Web editor|편집|مەسئۇل مۇھەررىر|مۇھەررىر"
    r"|ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ|ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ)(?=\s?[:：])",
    re.MULTILINE,
)
_WEB_EDITOR_LABEL = re.compile("|".join(_EDITOR_LABELS))
_NOT_A_NAME = re.compile(r"^(?:https?:|www\.)|@|^\d+$|来源|來源|发布|發布|转载|轉載|版权|版權")
_SHORT_LINE = 80  # a line under the headline longer than this is prose: only its lead is read
# The organ that issues a document, labelled in a government page's 信息公开 table (发文机关：
# 国务院办公厅) or its header (发布机构：…): an organisation, no writer, even when the page's
# ``<meta name="author">`` names it.
_ISSUER_LABELS = (
    "发文机关",
    "發文機關",
    "发布机构",
    "發布機構",
    "发文单位",
    "發文單位",
    "制发机关",
)
_ISSUER = re.compile(
    r"^\s{0,3}(?:发文机关|發文機關|发布机构|發布機構|发文单位|發文單位|制发机关)\s{0,3}[:：]\s{0,3}"
    r"([^\s:：|｜]{2,30})?\s{0,3}$"
)
_PAGE_CHARS = 100_000  # characters of page text searched for an editor credit


def _stem_groups(labels: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``labels`` grouped under a stem each label of its group contains (编辑 for 责任编辑 and
    编辑：): a text without the stem holds none of the group, whose tests are skipped."""
    stems = ("编辑", "編輯", "责编", "責編", "Editor", "editor", "편집", "مۇھەررىر", "ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ")
    groups = tuple((stem, tuple(lb for lb in labels if stem in lb)) for stem in stems)
    assert all(any(lb in group for _, group in groups) for lb in labels)  # each one grouped
    return tuple((stem, group) for stem, group in groups if group)


# The substring tests of _editors_on_page, by stem: 7 scans of the page's text instead of 19
# on a page without an editor's label (4 instead of 6 with known editors); the same verdict.
_KNOWN_GROUPS = _stem_groups(_EDITOR_LABELS)
_ALL_GROUPS = _stem_groups((*_EDITOR_LABELS, *_EDITOR_COLONS))


def _ld_authors(ld: dict[str, Any]) -> list[Any]:
    """JSON-LD's ``author``: one value or a list of them (names or nodes)."""
    author = ld.get("author")
    return author if isinstance(author, list) else [author]


def ld_author(ld: dict[str, Any]) -> str | None:
    raw = [a.get("name") if isinstance(a, dict) else a for a in _ld_authors(ld)]
    # one node may list several names (NPR: {"@type": "Person", "name": ["A", "B"]})
    raw = [n for r in raw for n in (r if isinstance(r, list) else [r])]
    names = [n.strip() for n in raw if isinstance(n, str) and n.strip()]
    return ", ".join(names) or None


def ld_organisations(ld: dict[str, Any]) -> set[str]:
    """The names of the organisations JSON-LD gives as the author (``{"@type":
    "Organization", "name": "Ledger-Courier"}`` on a "From staff reports" story)."""
    return {
        a["name"].strip()
        for a in _ld_authors(ld)
        if isinstance(a, dict) and isinstance(a.get("name"), str) and _organisation(a)
    }


def _organisation(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.endswith("Organization") for k in kinds)


def structured_author(page: Page, css: str) -> str | None:
    """The author a profile selector, JSON-LD, meta tags or a byline element gives."""
    if css:
        found = page.root.cssselect(css)
        if found and (shown := _text(found[0])):
            return bylines.parse_credits(shown).joined("authors") or shown
    author = ld_author(page.ld) or meta_value(page.meta, "author", "article:author", "byl")
    return author or byline_author(page)


def byline_author(page: Page) -> str | None:
    """The author names a byline element shows (see :func:`_byline_element`)."""
    byline_el = _byline_element(page)
    if byline_el is not None and (stacked := _stacked_names(byline_el)) is not None:
        return ", ".join(stacked) or None
    if byline_el is not None and (shown := _text(byline_el)):
        # a bare name in the element, else the names its credit line gives (none for "By
        # JERUSALEM POST STAFF / NOVEMBER 20, 2019": not a person)
        # "By" alone on its line (the names in their own element): read with the next line
        shown = _LONE_BY.sub(r"\1 ", shown, count=1)
        found = bylines.parse_credits(shown)
        if found:  # labelled credits: only an author credit names the author
            return found.joined("authors")
        if "\n" in shown or len(shown) > 60:
            return None
        if bylines.HAN.search(shown):  # a bare name or account, nothing else
            return shown if _BARE_CJK_NAME.fullmatch(shown) else None
        by = _INNER_BY.search(shown)  # "Opinion by Moriba Jah"
        return (
            ", ".join(bylines.english_byline(shown[by.start() :] if by else f"By {shown}")) or None
        )
    return None


_STACK = 6  # byline boxes stacked one under another, at most


# Beside a box's name: one more name, an outlet or a "By" line ("Posted by"), read as a line
_ROLE_REST = re.compile(r"[,&;|]|\b(?:and|by)\b", re.IGNORECASE)


def _stacked_names(byline_el: HtmlElement) -> list[str] | None:
    """The names of stacked byline boxes, each one name element and its role beside it
    (``<div class="byline"><a class="byline-name">A</a><span class="byline-title">Reporter
    </span></div>``, then B's box): the name element of each box of the same class, one author
    each (a desk's, "WCVB Staff", names nobody). None when the byline is no such box (no name
    element, two, or more names or a "by" in its text: read as one line); a wrapper around the
    boxes (with the date beside them) is read through its first box."""
    inner = _name_child(byline_el)
    if inner is None:
        return None
    if _name_child(inner) is not None:
        return _stacked_names(inner)  # the wrapper's first box
    cls = byline_el.get("class")
    boxes = [byline_el]
    boxes += [s for s in islice(byline_el.itersiblings(), _STACK) if s.get("class") == cls]
    names: list[str] = []
    for box in boxes:
        inner = _name_child(box)
        shown = _text(inner) if inner is not None else ""
        rest = _text(box).replace(shown, "", 1) if shown else ""
        if not shown or len(rest) > 40 or _ROLE_REST.search(rest) or _name_child(box, 1):
            return None
        if not bylines.not_a_person(shown):
            read = bylines.english_byline(shown if _BY_OPEN.match(shown) else f"By {shown}")
            if not read:
                return None  # no English byline (a Chinese blog's 作者： box): read as a line
            names += read
    return names


def _name_child(box: HtmlElement, skip: int = 0) -> HtmlElement | None:
    """The first (after ``skip``) of a box's first few descendants classed as a byline or a
    name."""
    for c in islice(box.iterdescendants(Element), 8):
        if (c_cls := c.get("class")) and _BYLINE_CLASS.search(c_cls):
            if not skip:
                return cast(HtmlElement, c)
            skip -= 1
    return None


def _under_headline(page: Page) -> Credits:
    credits = Credits()
    lines: list[str] = []
    window = page.credit_window().split("\n")
    if len(window) > 1 and sum(map(len, window)) + len(window) - 1 >= AFTER_HEADLINE_CHARS:
        # the window ends where its size does, maybe inside a name (责任编辑：吕晨|曦): its last
        # line is cut, so not read (a story long enough to fill it has its credits in the body)
        window.pop()
    starts = page.block_starts()
    for i, line in enumerate(window):
        if lines and i not in starts and _open_lead(lines[-1], line):
            lines[-1] += line  # 本报|讯（|记者 X 通讯|员 Y）…: a lead in Word's runs, one text
        elif lines and (comma := _LABEL_COMMA.match(lines[-1])):
            lines[-1] = f"{comma.group(1)}：{line.strip()}"
        elif (
            lines
            and _ENDS_IN_LABEL.search(bylines.fold_colons(lines[-1][-30:]))
            # 作者： / 宪瑞 in two text nodes, in one block, or the label's block alone (<dt>作者：
            # </dt><dd>宪瑞</dd>); not an empty field of a credit line (<span>作者: </span>) and
            # the next block's text (the share buttons' 微信)
            and (i not in starts or i - 1 in starts)
        ):
            lines[-1] += " " + line
        elif lines and i not in starts and _continues_names(lines[-1], line):
            # 作者：<a>林涛</a>、<a>李雷</a>, 记者 <a>贾敏</a> <a>郝凯</a>: one credit
            joined = lines[-1].endswith(_NAME_JOINERS) or line.strip().startswith(_NAME_JOINERS)
            lines[-1] += ("" if joined else " ") + line.strip()
        elif lines and bylines.EN_EDITOR.fullmatch(lines[-1]):
            lines[-1] += " " + line.strip()  # Edited By: / <span>Name</span>
        elif lines and _open_byline(lines[-1], line):
            lines[-1] += " " + line.strip()  # By / <a>A</a> / and / <a>B</a>: one byline
        elif lines and i in starts and _next_name_block(lines[-1], line):
            lines[-1] += ", " + line.strip()  # By / <div>A</div> / <div>B</div>: Brightspot's
        else:
            lines.append(line)
    dated = False  # a dateline lead (新民晚报讯（记者 X）…) read
    for line in lines:
        if bylines.DATELINE_LED.match(line):
            # A story has one dateline, opening its text: the window's next dateline lead opens
            # another story's teaser (a sidebar's summary under its headline link), whose
            # reporters are not this story's
            if dated:
                continue
            dated = True
        # "By A in Chengdu and B in Xi'an | China Daily | Updated: …": fields of one line
        for part in line.split(" | ") if len(line) > _SHORT_LINE else [line]:
            if len(part) <= _SHORT_LINE:
                credits.update(bylines.parse_credits(part))
            else:
                credits.update(bylines.split_leading_credit(part)[1])
    return credits


def _open_lead(last: str, line: str) -> bool:
    """Whether ``line`` continues a dateline lead ``last`` opens and does not close (本报讯（记者
    周文博 通讯 / 员 张晓燕）…: a paragraph pasted from Word, split into runs anywhere, even
    inside a label): read as one text, no run of it is a credit line of its own."""
    lead = bylines.DATELINE_LED.match(last + line)
    return lead is not None and not any(b in last[lead.end() :] for b in "）)")


def _continues_names(last: str, line: str) -> bool:
    """Whether ``line`` continues the Chinese credit ``last``: names in links, joined by 、 or
    standing one per link after a reporter label (``记者 <a>贾敏</a> <a>郝凯</a>``), or each
    after a label of its own (``記者<a>林雅琪</a>、實習記者<a>黃偉強</a>``)."""
    if len(last) + len(line) > _SHORT_LINE or bylines.LABEL.search(last) is None:
        return False
    if last.endswith(_NAME_JOINERS) or line.strip() in _NAME_JOINERS:
        return True
    if _JOINED_LABEL.fullmatch(line.strip()):
        return True  # 記者<a>林雅琪</a>、實習記者<a>黃偉強</a>: the next name's own label
    return bool(
        _LINKED_NAME.fullmatch(line.strip())
        and (_REPORTER_THEN_NAMES.search(last) or _JOINED_LABEL.search(last))
    )


_PERSON_BLOCK = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z.'’-]*){1,2}")
# Capitalised words of an outlet's or a station's name, not a person's: the affiliation line
# under a name ("Colorado Public Radio", "Texas Tribune"), not one more author.
_OUTLET_WORD = re.compile(
    r"\b(?:Radio|News|Press|Media|Television|Network|Broadcasting|Times|Post|Herald|Tribune|"
    r"Journal|Gazette|Chronicle|Daily|Magazine)\b"
)


def _next_name_block(last: str, line: str) -> bool:
    """Whether ``line``, a block of its own, is one more author of the English byline
    ``last`` (``By A``, names alone so far): a person's name alone, nothing else (Brightspot
    prints each author in a block of their own after one "By")."""
    names = _BY_OPEN.sub("", last, count=1).strip().split(", ")
    return (
        _BY_OPEN.match(last) is not None
        and len(last) + len(line) <= _SHORT_LINE
        and all(_PERSON_BLOCK.fullmatch(n) for n in names)  # "By A" so far, nothing else
        and _PERSON_BLOCK.fullmatch(line.strip()) is not None
        # the role line under a name ("Johnson County Reporter", "Colorado Public Radio")
        and not bylines.JOB_TITLE.fullmatch(line.strip())
        and not _OUTLET_WORD.search(line)
    )


def _open_byline(last: str, line: str) -> bool:
    """Whether ``line`` continues the English byline ``last``: after "By", "and" or a comma,
    or as the "and" between two linked names."""
    return (
        _BY_OPEN.match(last) is not None
        and len(last) + len(line) <= _SHORT_LINE
        and (_BY_PENDING.search(last) is not None or _BY_JOINER.fullmatch(line) is not None)
    )


def _read_photo_credit(text: str, credits: Credits) -> None:
    """The photographers a picture's credit names, and nobody else (通讯员刘娟 摄 names a
    photographer, not a correspondent of the story)."""
    credits.add("photographers", bylines.parse_credits(text.strip("|｜ ")).photographers)


def body_credits(paragraphs: list[str], credits: Credits) -> list[str]:
    """Read the credits in the body's lines into ``credits``; return the body without the
    lines and brackets that are only credits.

    Every credit is read; what is *cut* stays as it was measured on the body benchmarks
    (whose truth keeps, e.g., a ``（总台央视记者 奚丹霓 张赛）`` line): lines that start with a
    label (``作者：``, ``来源：``, ``记者 张三``), boilerplate and a reporter bracket ending the
    last paragraph. A dateline's credit (``本报讯（记者 王五）``) is read and stays.
    A photo credit alone (``记者 张蕊 摄``) is a caption and stays."""
    kept: list[str] = []
    while paragraphs and _AUTHOR_NOTE.match(paragraphs[-1]):
        paragraphs = paragraphs[:-1]  # （作者是時事評論員）: who the writer is, not the story
    paragraphs = _without_credits_block(paragraphs, credits)
    for para in paragraphs:
        if is_boilerplate(para) and not (kept and signature_date(kept[-1], para)):
            if "明" not in para[:12] or not _NOTICE.match(para):
                credits.update(bylines.parse_credits(para))
            continue
        if _AUTHOR_NOTE.match(para):
            continue
        if not kept and (writers := _marked_writers(para)):
            credits.add("authors", writers)  # □白玉洁 over an essay: its byline, no text
            continue
        if _PICTURE_CREDIT.match(para) or (
            len(para) <= _SHORT_CREDIT and _PHOTO_CREDIT.match(para)
        ):
            _read_photo_credit(para, credits)  # 图片来源：每经记者 张蕊 摄
            continue
        if para.endswith("]") and (tail := _PHOTO_TAIL_EN.search(para[-80:])):
            if signed := bylines.sign_off("Photo by " + tail.group(1)):
                credits.update(signed)
            para = para[: len(para) - len(tail.group(0))].rstrip()
            if not para:
                continue
        if tail := _PICTURE_TAIL.search(para[-40:]):
            credits.update(bylines.parse_credits(tail.group(0)))
            para = para[: len(para) - len(tail.group(0))].rstrip()
        if tail := _REPORTER_PHOTO_TAIL.search(para[-40:]):
            credits.update(bylines.parse_credits(tail.group(1) + " 摄"))
            para = para[: len(para) - len(tail.group(0))].rstrip()
        if tail := _PHOTO_TAIL.search(para[-40:]):
            names = bylines.join_names(tail.group(1)).split(", ")
            if all(2 <= len(n) <= 4 and bylines.HAN.search(n) for n in names):
                credits.add("photographers", names)
            else:
                credits.update(bylines.parse_credits(tail.group(1) + " 摄"))
            para = para[: len(para) - len(tail.group(0))].rstrip()
        if (signed := bylines.sign_off(para)) is not None:
            # "Reporting by X; Editing by Y", "Edited by Z." closing the story: its credits,
            # none of its text
            credits.update(signed)
            continue
        if bylines.is_credit_line(para):
            found = bylines.parse_credits(para)
            credits.update(found)
            line = bylines.unmarked(para)  # ■本报记者　X: the credit after the mark
            if _photo_only(found):
                pass  # a caption (记者 张蕊 摄) stays
            elif (
                _LABEL_FIRST.match(bylines.fold_colons(line))
                or (
                    (_BARE_EDITOR_FIRST.match(line) or bylines.bare_text_credit(line))
                    and _only_credits(line, found)
                )
                or (not kept and _MEDIA_BYLINE_FIRST.match(line))
                # a Korean or Uyghur byline (글·사진 현진국 기자, تەڭرىتاغ تورى مۇخبىرى X): the
                # story's credit wherever it stands, as a labelled line is
                or bylines.script_byline(line) is not None
            ):
                continue
            elif (found.editors or found.reviewers) and (
                _MEDIA_REPORTER_FIRST.match(para) or _BARRED_LABEL_FIRST.match(para)
            ):
                # a line that names an editor too is the story's credits block, never its
                # text (新京报记者 宋书涵 编辑 姜海峰, 界面新闻编辑 | 袁建军); at the body's
                # head, with the credit lines above it (作者｜宋佳琪 / 编辑｜张卓)
                if all(map(_head_credit, kept)):
                    kept.clear()
                continue
        if _info_line(para):
            credits.update(bylines.parse_credits(para))
            continue
        kept.append(para)
    if (
        len(kept) > 1
        and _MEDIA_REPORTER_FIRST.match(kept[0])
        and bylines.is_credit_line(kept[0])
        and (first := bylines.parse_credits(kept[0])).authors
        and not _photo_only(first)
    ):
        # 本报记者 邹宏亮, 重庆日报全媒体记者 邹楠, 大众网·海报新闻记者 X 通讯员 Y 济南报道 on
        # the body's first line, alone: the byline set above the text (read above)
        kept.pop(0)
    if (
        len(kept) > 1
        and _MEDIA_REPORTER_FIRST.match(kept[-1])
        and bylines.is_credit_line(kept[-1])
        and not _photo_only(bylines.parse_credits(kept[-1]))
    ):
        kept.pop()  # 新京报记者 宋书涵 on the body's last line (read above): its trailing credit
    if kept:
        # 本报讯（记者 王五）, 新华社北京3月19日电（记者 …）: read, and left in the story. Every
        # truth measured keeps the dateline (magichtml's wire stories, held-out sites 5 and 7).
        credits.update(bylines.split_leading_credit(kept[0])[1])
    for i in reversed(range(max(0, len(kept) - 4), len(kept))):
        if i and (helped := contributors(kept[i])):
            credits.add("correspondents", helped)
            del kept[i]
    for i in range(max(0, len(kept) - 3), len(kept)):
        rest, trail = bylines.split_trailing_credit(kept[i])
        credits.update(trail)
        if trail and i == len(kept) - 1 and (trail.authors or trail.correspondents):
            kept[i] = rest
    # 新华社北京5月19日电（刘艺、杨吉）opening one of the first paragraphs (after share prompts,
    # say): the wire's reporters, named without 记者
    opening = (m for p in kept[:4] if not credits.authors and (m := _DATELINE_NAMES.match(p[:60])))
    if bare := next(opening, None):
        names = bylines.join_names(bare.group(1)).split(", ")
        if not _NOT_BARE.search(bare.group(1)) and not any(n in bylines.NOT_NAMES for n in names):
            credits.add("authors", names)
    if kept and not credits.authors:
        bare = _BARE_NAMES.search(kept[-1][-40:])
        if bare and not _NOT_BARE.search(bare.group(1)):
            names = bylines.join_names(bare.group(1)).split(", ")
            if any(map(_media_name, names)):
                # （德新社、法新社）closing a story: the wires it is written from, its sources
                if not credits.sources:
                    credits.add("sources", names[:1])
            elif not any(n in bylines.NOT_NAMES for n in names):
                credits.add("authors", names)
    return [p for p in kept if p]


# Print's byline paragraph opening a story: a square, then the writers' names alone (□白玉洁
# over a 理论 essay, ■张三　李四); with a label (□本报记者　X) it is a credit line read as such.
_MARKED_NAME = r"[\u4e00-\u9fff·]{2,4}"
_MARKED_NAMES = re.compile(
    rf"^\s{{0,3}}[■□]\s{{0,3}}({_MARKED_NAME}(?:[ 、\u3000]{{1,3}}{_MARKED_NAME}){{0,2}})\s{{0,3}}$"
)


def _marked_writers(line: str) -> list[str]:
    """The writers a marked byline paragraph names (``□白玉洁`` → ``[白玉洁]``), else []."""
    if not line.lstrip().startswith(("□", "■")) or not (m := _MARKED_NAMES.match(line)):
        return []
    names = bylines.join_names(m.group(1)).split(", ")
    if any(
        n in bylines.NOT_NAMES or bylines.LABEL.search(n) or bylines.is_unit(n) or _media_name(n)
        for n in names
    ):
        return []
    return names


# An English story's closing line crediting those who helped with it (correspondents, not its
# authors): "Associated Press writer X in Atlanta contributed to this report.", "Globe
# correspondent X contributed to this story." ("Additional reporting by X": a sign-off, see
# bylines.sign_off).
_CONTRIBUTED = re.compile(
    r"^\s*(?P<who>.{3,160}?)\s+contributed(?:\s+reporting)?"
    r"(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?\s*\.?\s*$",
    re.IGNORECASE,
)
_CONTRIBUTOR_ROLE = re.compile(
    r"^.*?\b(?:writers?|correspondents?|reporters?|journalists?|staff|producers?|photographers?)\s+"
)
_CONTRIBUTOR_PLACE = re.compile(r"\s+in\s+[A-Z][\w'.-]*(?:[ ,]+[A-Z][\w'.-]*){0,3}$")
_CONTRIBUTOR = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")
_CONTRIBUTOR_SPLIT = re.compile(r"\s*(?:,\s*and|,|\band\b|&)\s*")


# The Chinese form: "白立新对本文有报道贡献。", "（BBC中文记者黄健对本文亦有贡献）"; the people
# named after the role that introduces them (…记者), joined by 、, 和 or 与.
_CONTRIBUTED_ZH = re.compile(
    r"^\s*[（(]?\s*(?P<who>[^（()）。]{2,80}?)\s*(?:对|對)(?:本文|此文|本报道|本報道|本报导|本報導)"
    r"(?:亦|也)?有(?:报道|報道|報導|采访|採訪)?(?:贡献|貢獻)\s*[。.]?\s*[)）]?\s*[。.]?\s*$"
)
_CONTRIBUTOR_ROLE_ZH = re.compile(r"^.*(?:记者|記者|通讯员|通訊員|撰稿人|研究员|研究員)\s*")
_CONTRIBUTOR_SPLIT_ZH = re.compile(r"\s*(?:、|，|,|和|与|與|及)\s*")
# A name as a Chinese page prints it: Chinese characters (a transliteration joined by ·), or
# Latin words.
_CONTRIBUTOR_ZH = re.compile(
    r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8}){1,3}"
)


def contributors(line: str) -> list[str]:
    """The people a closing "X contributed to this report." line credits, else []."""
    if len(line) <= 120 and (zh := _CONTRIBUTED_ZH.match(line)):
        who = _CONTRIBUTOR_ROLE_ZH.sub("", zh.group("who"), count=1)
        names = [n for n in _CONTRIBUTOR_SPLIT_ZH.split(who) if n]
        if names and all(_CONTRIBUTOR_ZH.fullmatch(n) or _CONTRIBUTOR.fullmatch(n) for n in names):
            return names
        return []
    m = _CONTRIBUTED.match(line) if len(line) <= 200 else None
    if m is None:
        return []
    who = _CONTRIBUTOR_ROLE.sub("", m.group("who"), count=1)
    who = _CONTRIBUTOR_PLACE.sub("", who.strip())
    names = [n for n in _CONTRIBUTOR_SPLIT.split(who) if n]
    if not names or not all(_CONTRIBUTOR.fullmatch(n) and not n.startswith("The ") for n in names):
        return []
    people, _ = bylines.latin_people(names)
    return people


def _contributing(lines: list[str]) -> list[str]:
    """The writers closing "Contributing: Y" lines name."""
    signed = (
        bylines.sign_off(line) for line in lines if line.lstrip()[:12].casefold() == "contributing"
    )
    return [name for found in signed if found is not None for name in found.authors]


def _head_credit(line: str) -> bool:
    """Whether a line above the body's first editor credit is part of that credits block."""
    return not _BRACKET_FIRST.match(line) and bylines.is_credit_line(line)


def _without_credits_block(paragraphs: list[str], credits: Credits) -> list[str]:
    """``paragraphs`` without the block of credit lines that ends them (文︰楊斌 / 攝︰施柏翰 /
    編輯︰鄭承功 / 美術︰明報美術組, a 副刊 page's credits), read into ``credits``: two lines or
    more, each a credit or a short ``label：name`` field, one of them naming a writer or an
    editor. A photo credit or a field alone stays (a caption, an event's 地點：…)."""
    start = len(paragraphs)
    while start > 0 and len(paragraphs) - start < _BLOCK_LINES:
        line = paragraphs[start - 1]
        if not (bylines.is_credit_line(line) or _FIELD.match(bylines.fold_colons(line))):
            break
        start -= 1
    block = paragraphs[start:]
    if len(block) < 2 or start == 0:
        return paragraphs
    found = bylines.parse_credits("\n".join(block))
    if not (found.authors or found.editors):
        return paragraphs
    credits.update(found)
    return paragraphs[:start]


def _credits_box(page: Page) -> Credits:
    """The credits a box around the page's first editor credit prints one to a line, outside
    the text the body holds (a county 融媒体中心's ``记者：X　摄影：P / 编辑：E / 审核：R``
    under the story): the run of credit lines around the first line naming an editor, two
    lines at least, up to :data:`_BLOCK_LINES`."""
    for lines in page.editor_blocks():
        at = next((i for i, line in enumerate(lines) if bylines.parse_credits(line).editors), None)
        if at is None:
            continue
        start = end = at
        while start > 0 and at - start < _BLOCK_LINES and bylines.is_credit_line(lines[start - 1]):
            start -= 1
        while end + 1 < len(lines) and end - start < _BLOCK_LINES:
            if not bylines.is_credit_line(lines[end + 1]):
                break
            end += 1
        if end > start:
            return bylines.parse_credits("\n".join(lines[start : end + 1]))
        return Credits()
    return Credits()


def _only_credits(line: str, found: Credits) -> bool:
    """Whether ``line`` holds nothing but credit labels and the names ``found`` in it."""
    for role in bylines.ROLES:
        for name in getattr(found, role):
            line = line.replace(name, "")
    return not bylines.LABEL.sub("", line).split()


def _info_line(line: str) -> bool:
    """Whether ``line`` is an info line (:data:`_INFO_LABEL`): a credit label first, then
    more labelled fields, :data:`_INFO_FIELDS` at least, and no sentence."""
    return (
        len(line) <= _INFO_LINE
        and _SENTENCE_MARK.search(line) is None
        and _LABEL_FIRST.match(bylines.fold_colons(line)) is not None
        and len(_INFO_LABEL.findall(line)) >= _INFO_FIELDS
    )


def _photo_only(found: Credits) -> bool:
    """Whether credits name a photographer and no author: a picture's caption (记者 张蕊 摄).
    Not with an editor or a reviewer (摄影：胡杰　编辑：彭璐　审核：郑海涛): the story's credits."""
    return bool(found.photographers) and not (found.authors or found.editors or found.reviewers)


def _editors_on_page(page: Page, known: list[str]) -> list[str]:
    """The editors the first editor credit on the page names (with the credits on the lines
    right after it: 编辑：倪仕轩 / 责任编辑：杨格). When the text's credits ``known`` name
    editors already, only a 责任编辑/责编 credit that names none of them (the page's web editor,
    not the text's credit line read again). Read from the text of the label's node on, a line
    break at each block's end (Page.editor_windows): whatever block the credit sits in, its
    name ends with it (编辑：肖静怡 in a cell, not 肖静怡大河排行 with the next box's heading)."""
    text = bylines.fold_colons(page.page_text[:_PAGE_CHARS])  # 編輯︰ is 編輯：
    groups = _KNOWN_GROUPS if known else _ALL_GROUPS
    if not any(stem in text and any(lb in text for lb in group) for stem, group in groups):
        return []  # the usual case: eight substring tests cost a tenth of the regex scan
    pattern = _WEB_EDITOR_LABEL if known else _EDITOR_LABEL
    windows = [w for w in map(bylines.fold_colons, page.editor_windows()) if pattern.search(w)]
    # (a label split over two nodes, 责任<b>编辑</b>, is in no node's window: the page's text)
    for m, window in ((m, w) for w in windows or [text] for m in pattern.finditer(w)):
        shown = window[m.start() : m.start() + 60]
        if any(name in shown for name in known):
            return []  # 编辑|禤志杰 责编|陈梦莹: the credit line the text's credits were read from
        lines = [line for line in shown.split("\n") if line.strip()]
        # 责任编辑： / 廖晨曦_NN1176 in two text nodes: the name is on the next line
        for i in range(len(lines) - 1):
            if _ENDS_IN_LABEL.search(lines[i][-30:]):
                lines[i : i + 2] = [f"{lines[i].rstrip()} {lines[i + 1].strip()}", ""]
        found = bylines.parse_credits("\n".join(lines)).editors
        if found:
            return found
    return []


def _author_candidates(page: Page, structured: str | None) -> Iterator[str | None]:
    """The structured author, then (read only if that one is not usable) a byline element's."""
    if structured:
        yield structured
        yield byline_author(page)


def _script_author(page: Page) -> str | None:
    """The first author a page's inline script names (``"author": "David Jeans"``,
    ``authorName``, WeChat's ``var nickname = "…"``): the last resort, when nothing the page
    shows or structured data names an author. A URL slug (``alexandra-bacon``) is no name;
    JSON-LD was read as structured data already."""
    for m in page.script_matches(_SCRIPT_AUTHOR, json_blocks=False):
        name = m.group(1).strip()
        if _in_a_list(m):
            continue  # var relatedNewsData = [{…, "author": "…"}]: another story's author
        if name and not _SLUG.fullmatch(name) and not bylines.not_a_person(name):
            return name
    return None


def _in_a_list(m: re.Match[str]) -> bool:
    """Whether a script match sits in a list of objects (teasers of other stories): a ``[`` or
    ``},`` since the last assignment, within the 400 characters before it."""
    before = m.string[max(0, m.start() - 400) : m.start()]
    listed = max(before.rfind("["), before.rfind("},"), before.rfind("}, "))
    return listed > before.rfind("=")


def _without_outlets(author: str, outlets: list[str]) -> str:
    """``Troy L. Smith, Cleveland.com`` → ``Troy L. Smith``: list parts naming the site or the
    source, or starting with its name, dropped (all kept when nothing else is left)."""
    author = author.strip()
    if " | " in author and not bylines.HAN.search(author):
        # "Amy Kuperinsky | NJ Advance Media for NJ.com": the name, then the outlet
        head = author.split(" | ", 1)[0].strip()
        author = head if bylines.english_byline(f"By {head}") == [head] else author
    parts = [p.strip() for p in author.split(",")]
    if len(parts) < 2:
        return author
    # a part that is, or starts with, the outlet's name ("CNN Editor-at-large")
    kept = [
        p
        for p in parts
        if not any(
            p.casefold() == o.casefold() or (len(o) >= 3 and p.casefold().startswith(o.casefold()))
            for o in outlets
            if o
        )
    ]
    return ", ".join(kept) if kept else author


def _own_outlet(name: str, site_names: list[str]) -> bool:
    """Whether a credit names the site itself: one of its names (Global Times' "By Global
    Times": its desk, no writer), or a Chinese name's abbreviation (法广 for 法国国际广播电台:
    its characters in order from the name's first, the name at least twice as long)."""
    if any(name.casefold() == site.casefold() for site in site_names):
        return True
    if not _BARE_CJK_NAME.fullmatch(name):
        return False
    for site in site_names:
        if name == site:
            return True
        if len(site) >= 3 and name.startswith(site) and len(name) - len(site) <= 4:
            return True  # one of its channels (中国网财经 on 中国网)
        if len(site) >= 2 * len(name) and site.startswith(name[0]):
            rest = iter(site[1:])
            if all(c in rest for c in name[1:]):
                return True
    return False


def _plausible(author: str, credits: Credits, site_names: list[str]) -> bool:
    """Whether a structured author is a person/account, not the site or the source."""
    author = author.strip()
    if not author or len(author) > 60 or _NOT_A_NAME.search(author):
        return False
    if author in bylines.NOT_NAMES or bylines.not_a_person(author):
        return False
    if _SLUG.fullmatch(author) and any(c in author for c in "-_"):
        return False  # a system handle (sina_mobile, tm-ci023…), not a byline
    others = [*credits.sources, *site_names]
    return not any(author in o or (len(o) >= 2 and o in author) for o in others)


# The end of a place's name: its administrative division (桃坪乡, 石鼓镇, 城关街道, 东城区).
_DIVISION = (*"乡鄉镇鎮村县縣市区區旗", "街道", "社区", "社區")


def _short_for_source(name: str, sources: list[str]) -> bool:
    """Whether a credited name is a place whose unit the page names as its source (作者：桃坪乡
    beside 来源：桃坪乡人民政府): the unit, named again by its place, no writer."""
    return name.endswith(_DIVISION) and any(
        len(source) > len(name) and source.startswith(name) and bylines.is_unit(source)
        for source in sources
    )


def issuers(page: Page) -> set[str]:
    """The issuing organs a page labels near its top (``<td><b>发文机关：</b></td><td>国务院办公厅
    </td>``, ``发布机构：…`` in one element). Read once, before the body step drops the table."""
    if page.issuers is None:
        page.issuers = _issuers(page)
    return page.issuers


def _issuers(page: Page) -> set[str]:
    head = page.page_text[:_SOURCE_SCAN]
    if not any(label in head for label in _ISSUER_LABELS):
        return set()  # the usual case: a few substring tests
    found: set[str] = set()
    for el in islice(page.root.iter(Element), _SOURCE_SCAN):
        shown = el.text or ""
        if not any(label in shown for label in _ISSUER_LABELS) or not (m := _ISSUER.match(shown)):
            continue
        value = m.group(1) or next((t.strip() for t in _texts_after(el) if t.strip()), "")
        if 2 <= len(value) <= 30:
            found.add(value)
    return found


def _texts_after(el: HtmlElement) -> Iterator[str]:
    """The text nodes after ``el``'s own text: its children's, then the following ones."""
    for child in el:
        yield from child.itertext()
        if child.tail:
            yield child.tail
    yield from islice(following_texts(el), 8)


def _date_led(line: str) -> bool:
    """Whether a line prints a full date within its first 12 characters."""
    found = dates.find_text_dates(line[:60], UTC, limit=1)
    return bool(found) and found[0][2] <= 12


# A blog's post titled "<headline> - X的博文" (X的博客, X的个人博客, X的日志): the blogger, whom
# the post itself names nowhere else but in the blog's header.
_BLOG_OWNER = re.compile(
    r"(?:^|\s[-_|｜—]\s?|[_|｜—])\s{0,2}([^\s\-_|｜—]{2,12}?)的(?:个人|個人)?(?:博文|博客|日志|日誌)"
    r"\s{0,2}(?:$|[-_|｜—])"
)


def _blogger(page: Page) -> str | None:
    """The blogger the ``<title>`` names as the owner of the blog the post is on."""
    title = page.sel.xpath("//title/text()").get() or ""
    if "的" not in title or not (m := _BLOG_OWNER.search(title.strip())):
        return None
    name = m.group(1)
    if bylines.not_a_person(name) or name in bylines.NOT_NAMES or _media_name(name):
        return None
    return name


def _account_before_date(page: Page, date_raw: str | None) -> str | None:
    """An unlabelled name right before the date under the headline: the account that posted
    the article on a self-media platform (``加拿大必读 / 发布时间：10-08 12:00``,
    ``原创 GameForce 2019-09-04``, ``石佳/中国青年报 2019-09-24``). When the date was read
    from the page's data, the first line under the headline that prints a date stands for it,
    and only a Chinese name is taken (an English "Published" or section name sits there)."""
    lines = page.credit_window().split("\n")[:12]
    first = (date_raw or "").split("\n")[0].strip()
    if first:
        at = next((i for i, line in enumerate(lines) if first in line), None)
        if at is None or lines[at].find(first) > 12:
            return None
    else:
        at = next((i for i, line in enumerate(lines) if _date_led(line)), None)
        if at is None:
            return None
    headline = _text(page.headline) if page.headline is not None else ""
    for line in reversed(lines[max(0, at - 2) : at]):
        line = line.strip(" ·|｜")
        if not line or line in _FILLER or _ACCOUNT_BADGE.match(line):
            continue
        if line.endswith(_LABEL_ENDS) or dates.is_date_label(line):
            # 发布 / or 发布于, Updated (the date on the next line, a blog's "发布于 <time>"):
            # the date's label, no account
            break
        name = line.split("/")[0].strip()
        if (
            2 <= len(name) <= 20
            and (first or bylines.HAN.search(name))
            and not bylines.parse_credits(name)  # 通讯员 向杰立: a credit, read as one
            and not bylines.LABEL.fullmatch(name)
            and _account_like(name, headline)
        ):
            return name
        break
    # … or right after a date line of its own (``2019-05-17 · 苏皖城市报道``): a bare Chinese name
    if len(lines[at]) <= _DATE_LINE:
        after = [line.strip(" ·|｜") for line in lines[at + 1 : at + 4]]
        # (past the IP location a self-media page prints there: ``2024-05-03 10:04 · 广东``)
        name = next(
            (line for line in after if line and line not in _FILLER and line not in _REGIONS), ""
        )
        if (
            _BARE_CJK_NAME.fullmatch(name)
            and not _media_name(name)  # 北京日报 there is the source
            and not bylines.LABEL.search(name)
            and _account_like(name, headline)
        ):
            return name
    return None


def _account_with_follow_button(page: Page) -> str | None:
    """A bare name before a follow button (``中国广州发布`` / ``关注``) in the short lines under
    the headline, before the story: the self-media account that posted it. The account box may
    hold, between the name and its button, the platform's badge, the post's time and the IP
    location (``小李聊生活 / 生活领域优质创作者 / 发布时间：05-24 14:34 / 广东 / 关注``): those
    are passed over, back to the name."""
    lines = [line.strip() for line in page.credit_window().split("\n")[:_FOLLOW_LINES]]
    headline = _text(page.headline) if page.headline is not None else ""
    for at, button in enumerate(lines):
        if at and len(lines[at - 1]) > _SHORT_LINE // 2:
            break  # the story has begun: a follow button below it is a section's
        if not _FOLLOW.fullmatch(button):
            continue
        k = at - 1
        while k > at - 1 - _BOX_LINES and k >= 0 and _account_box_furniture(lines[k]):
            k -= 1
        name = lines[k] if k >= 0 else ""
        if (
            _BARE_CJK_NAME.fullmatch(name)
            and _account_like(name, headline)
            and not bylines.LABEL.search(name)
        ):
            return name
    return None


def _account_box_furniture(line: str) -> bool:
    """Whether a line of an account box is no name: filler, a badge, a region (the IP
    location) or a short line that prints a time or a day (``发布时间：05-24 14:34``)."""
    return (
        not line
        or line in _FILLER
        or line in _REGIONS
        or bool(_ACCOUNT_BADGE.match(line))
        or (len(line) <= _DATE_LINE and _CLOCK.search(line) is not None)
    )


def _account_like(name: str, headline: str) -> bool:
    """Not the repeated headline, a page button or location, a placeholder word, nor a desk
    ("By Gray News staff" before the date: the byline of a newsroom, naming nobody)."""
    return (
        name != headline
        and not _NOT_ACCOUNT.search(name)
        and not bylines.not_a_person(name)
        and name not in bylines.NOT_NAMES
        and name not in _REGIONS
    )


def _source_element(page: Page) -> str | None:
    """The name an element classed as the source shows (``<a class="source">新京报</a>``,
    ``<span class="article-source">来源：新华社</span>``), near the top of the page."""
    for el in islice(page.root.iter("a", "span", "div", "p", "em"), _SOURCE_SCAN):
        cls = el.get("class")
        # "ource" in any case first (its letters fold to ASCII letters only): most classes
        # fail this substring test, at a fifth of the case-blind regex's cost
        if not cls or "ource" not in cls.lower() or not _SOURCE_CLASS.search(cls):
            continue
        shown = _text(el)
        if not 2 <= len(shown) <= 40:
            continue
        found = bylines.parse_credits(shown).sources
        if found:
            return found[0]
        if _SOURCE_NAME.fullmatch(shown) and not bylines.not_a_person(shown):
            return shown
    return None


def _section_label(page: Page, name: str) -> bool:
    """Whether ``name`` is shown as a section, channel or tag link (``<span
    class="article-section"><a>港聞</a></span>``, a menu entry) or as a list item's link (a
    teaser's headline): the page's place on the site or another page, not an account. A link
    to the site's home page (``<a href="/">新浪体育</a>``) names the site itself."""
    for el in islice(page.root.iter("a"), _SOURCE_SCAN):
        if _text(el) != name:
            continue
        if _links_home(page.url, el.get("href") or ""):
            return True
        for depth, anc in enumerate(el.iterancestors()):
            if depth > 3:
                break
            if anc.tag in ("nav", "li") or _SECTION_CLASS.search(
                f"{anc.get('class', '')} {el.get('class', '')}"
            ):
                return True
    return False


def _links_home(page_url: str, href: str) -> bool:
    """Whether ``href`` is this host's home page (another host's is another site's)."""
    try:
        url, own = urlsplit(urljoin(page_url, href.strip())), urlsplit(page_url)
    except ValueError:
        return False
    return not url.query and url.path in HOME_PATHS and url.netloc.lower() == own.netloc.lower()


def assemble(
    page: Page,
    paragraphs: list[str],
    structured: str | None,
    site_names: list[str],
    date_raw: str | None = None,
) -> tuple[list[str], Credits]:
    """The body without its credit lines, and every credit by role."""
    credits = _under_headline(page)
    kept = body_credits(paragraphs, credits)
    # the outlet a reprint's closing line names (文章来源：大河报 记者：X)
    reprinted_from = [
        s
        for s in credits.sources
        if any(p.lstrip().startswith(bylines.REPRINT_SOURCE) and s in p for p in paragraphs[-3:])
    ]
    # "Contributing: Y" closing the story names one more writer: the byline's, wherever it is
    # read below, come first
    helped = [a for a in credits.authors if a in _contributing(paragraphs[-4:])]
    credits.authors = [a for a in credits.authors if a not in helped]
    # 作者：李佳琪 赵帆 above 红网时刻新闻通讯员 李佳琪 赵帆 报道: the role word says what they
    # did, the 作者 slot only where the template prints any credit: correspondents, no author
    credits.authors = [a for a in credits.authors if a not in credits.correspondents]
    posted_by = meta_value(page.meta, "article:author")
    if not credits.authors and posted_by in credits.sources and not _media_name(posted_by or ""):
        # 来源: 科技新知社 under a 网易号 post, the account article:author names too (its
        # <meta name="author"> names the platform): the account that posted it, its author
        credits.add("authors", [posted_by or ""])
    # The page's 责任编辑 (its web editor, printed after the story) beside an 编辑 the text's
    # own credit line names (新京报记者 陆一夫 编辑 刘晓阳 … 责任编辑：姚立伟_NT6056): both edit
    credits.add("editors", _editors_on_page(page, credits.editors))
    if not credits.authors:
        # 记者：金涛　摄影：王志强 / 编辑：傅晨阳 / 审核：郝德明 in a box under the story, outside
        # the body: its writers, correspondents and photographers (its editors are read above)
        boxed = _credits_box(page)
        for role in ("authors", "correspondents", "photographers"):
            credits.add(role, getattr(boxed, role))
    if not credits.sources and (shown := _source_element(page)):
        credits.add("sources", [shown])  # <a class="source">央视新闻客户端</a> beside the date
    structured = _without_outlets(structured or "", site_names) or None
    if structured in issuers(page):
        # a policy page's <meta name="author"> naming the issuing organ: the document's source
        if not credits.sources:
            credits.add("sources", [structured])
        structured = None
    if structured and not credits.sources and _media_name(structured):
        credits.add("sources", [structured])  # 新京报 as the author: the source
    if structured and structured in ld_organisations(page.ld):
        # An organisation as JSON-LD's author is no writer: the paper itself, or an agency
        # (the source). The byline shown, if any, names the writers.
        if not credits.sources and bylines.AGENCY.fullmatch(structured):
            credits.add("sources", [structured])
        structured = byline_author(page)
    if credits.authors and structured and not bylines.HAN.search(structured):
        # Each author in a block of their own, a role line between ("By A / Host, Morning
        # Edition / B / NPR"): the line under the headline gives the first; the structured
        # list naming that author and more names them all
        listed = bylines.join_names(structured).split(", ")
        if set(credits.authors) < set(listed):
            credits.add("authors", [n for n in listed if not bylines.not_a_person(n)])
    # The structured author, else (when that is the site, the source or the page's editor) the
    # names a byline element shows.
    for found_author in _author_candidates(page, structured) if not credits.authors else ():
        candidate = _without_outlets(found_author or "", [*credits.sources, *site_names])
        if not bylines.HAN.search(candidate) and (by := _INNER_BY.search(candidate)):
            candidate = candidate[by.start() :]  # "Analysis by Chris Cillizza, CNN …"
        if (
            candidate
            and _plausible(candidate, credits, site_names)
            # <meta name="author"> naming the web editor the page credits as 编辑, or the
            # correspondents the text credits as 通讯员
            and candidate not in credits.editors
            and not set(bylines.join_names(candidate).split(", ")) <= set(credits.correspondents)
        ):
            if _media_name(candidate):
                credits.add("sources", [candidate])  # 新京报 as the author: the source
            else:
                found = bylines.parse_credits(candidate)
                if found.authors or not found:
                    credits.add(
                        "authors", found.authors or bylines.join_names(candidate).split(", ")
                    )
                else:
                    credits.update(found)  # "通讯员 向杰立": a correspondent, no author
            break
    if not credits.authors:
        # 作者:魏玉兰 | 分类:协会动态 | 浏览:1274 closing a blog post: its info line
        for line in page.info_lines():
            if found_authors := bylines.parse_credits(line).authors:
                credits.add("authors", found_authors)
                break
    blogger = None if credits.authors else _blogger(page)
    if blogger:
        credits.add("authors", [blogger])  # "… - 高国栋的博文": the blog's owner wrote the post
    account = None if credits.authors else _account_before_date(page, date_raw)
    account = account or (None if credits.authors else _account_with_follow_button(page))
    if account and _section_label(page, account):
        account = None  # 港聞: the section link printed beside the date
    bracketed = account.strip("()（） ") if account else ""
    if account and account.endswith(("社", "通讯社", "通訊社")):
        credits.add("sources", [account])  # 新华社 before the date: an agency, the source
    elif account and bracketed != account and bylines.AGENCY.fullmatch(bracketed):
        credits.add("sources", [bracketed])  # "(Xinhua)" before the date: the agency's copy
    elif account and any(account not in n and n not in account for n in reprinted_from):
        # 文章来源：大河报 closing a 今日头条 account's post: the account reprinted another
        # outlet's story and wrote none of it (a bare 来源：无锡交警 closing a 网易号 post names
        # where the account had it from: the benchmarks' truth keeps the account there)
        pass
    elif account and not any(account in n or n in account for n in [*site_names, *credits.sources]):
        credits.add("authors", [account])
    if len(credits.authors) > 1:  # 作者：新京报 beside its reporters: the paper is the source
        own = [
            a for a in credits.authors if any(len(a) >= 2 and n.startswith(a) for n in site_names)
        ]
        media = [a for a in credits.authors if bylines.HAN.search(a) and _media_name(a)]
        if (own or media) and len(set(own + media)) < len(credits.authors):
            # (文｜财新 贾敏 on 财新网: the site's own name, no source either)
            credits.authors = [a for a in credits.authors if a not in own and a not in media]
            if not credits.sources and (other := [m for m in media if m not in own]):
                credits.add("sources", other[:1])
    # Sina's and Sohu's <meta name="mediaid">: the account that posted the story (NBA广角), or
    # the outlet it is reposted from (新京报: the source). Read when nothing shown credits one.
    media_id = None if credits.authors else meta_value(page.meta, "mediaid")
    if media_id and _plausible(media_id, credits, site_names) and media_id not in credits.editors:
        if not _media_name(media_id):
            credits.add("authors", [media_id])
        elif not credits.sources:
            credits.add("sources", [media_id])
    scripted = None if credits.authors else _script_author(page)
    if (
        scripted
        and _plausible(scripted, credits, site_names)
        and scripted not in credits.editors
        and scripted != media_id  # the mediaid's outlet (搜狐娱乐), judged above
    ):
        credits.add("authors", [scripted])  # var nickname = "爱否科技", "author": "…"
    credits.add("authors", helped)
    if credits.correspondents:
        # 作者: 曹玉兰 陆红梅 under the headline, or a script's "author": "曾建军", beside the
        # labelled byline 记者 曹玉兰 通讯员 陆红梅: the label names the role, and a name the page
        # credits as a correspondent is none of the authors
        credits.authors = [a for a in credits.authors if a not in credits.correspondents]
    # 作者：法广 on 法国国际广播电台's page, wherever it was read: the outlet itself, no writer
    # (not the blogger "高国栋的博文" names: the title's affix is the blog's, not the site's)
    credits.authors = [a for a in credits.authors if a == blogger or not _own_outlet(a, site_names)]
    # A unit credited as the writer (作者：区委宣传部, 作者：化学化工学院 … 来源：化学化工学院, a
    # desk's 生活中心／綜合報導, 国家统计局 before the date): the office or desk that supplied the
    # text, no person; the source when the page names none. A platform account's name from its
    # metadata (吃货研究所, a 搜狐号) is the account's, kept.
    # An outlet or its desk credited as the writer (作者：财联社 beside 来源：财联社,
    # 作者：证券时报·数据宝, a wire's 人民财讯) is no writer either: the source. An outlet's
    # account on a platform (中国网 before the date on 今日头条) is the account that posted it.
    units = [
        a
        for a in credits.authors
        if a not in (media_id, scripted)
        and (
            bylines.is_unit(a)
            or (a != account and _media_name(a.partition("·")[0]))
            or _short_for_source(a, credits.sources)
        )
        and bylines.HAN.search(a)
    ]
    if units:
        credits.authors = [a for a in credits.authors if a not in units]
        if not credits.sources:
            credits.add("sources", units[:1])
    if not credits.authors and credits.translators:
        # 编译：孔鑫 (編譯 X 報導) as the story's only credit of a writer, after every other
        # place one may stand (a byline element, structured data, a script): the compiler
        # wrote this text from foreign reports, its author as well as its translator
        credits.add("authors", credits.translators)
    credits.authors, agencies = bylines.latin_people(credits.authors)
    if agencies and not credits.sources:
        credits.add("sources", agencies[:1])  # "By Reuters": the agency is the source
    if not credits.sources and (first := bylines.source_from_text(page.page_text[:3000])):
        credits.add("sources", [first])
    return kept, credits
