"""Links on a page: every followable href, and the labelled link blocks of an article.

Blocks are found by their label or by a profile selector and classified by it:

- ``related``: tied to this article (相关新闻, 相关阅读, 延伸阅读, 相关信息, 相关稿件, 相关内容,
  阅读更多, Related posts, Related on X, Recommended reading, Read next over a list (over one
  card it is the site's next story: ``recommended``), More coverage, "Read: <a>" as a
  paragraph), and not in a sidebar (a "related" box in
  the page's side column is the site's, so ``recommended``); a related label inside a link
  that also names a story (``<a><div>阅读更多</div><div>headline</div></a>``, an
  interstitial card set between the story's paragraphs) makes that link the block;
- ``recommended``: the site's picks (推荐阅读, 猜你喜欢, You may also like, More stories), and
  相关推荐 ("related picks") over a platform's recommendation feed (百家号, 网易号, 观察者网,
  今日头条: dozens of cards, or cards of other kinds of pages). Over a handful of bare headline
  links, or of cards linking pages of this page's own kind (its URL shape), 相关推荐 is the
  story's own list: ``related``; so are picks set between the story's paragraphs (chosen for
  this story: a feed follows the story or runs in the rail); so is one story's "More from X"
  card set there (over a list "More from X" is a feed or the footer's sister sites: left alone);
- ``most_read``: popularity lists (热门, 排行, 最多阅读, 24小时热文, Most read, Trending);
- navigation (栏目导航, Sections): recognised and left alone, never returned.

Returned blocks are removed from the tree so that they never leak into the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import cast
from urllib.parse import urljoin, urlsplit

from lxml.etree import Element, XPath
from lxml.html import HtmlElement

from newscrawl.clean import clean_line
from newscrawl.urls import is_followable

RELATED_LABEL = re.compile(
    r"^[【\[]?\s*(?:相关新闻稿|相關新聞稿|相关新闻|相关阅读|相关报道|相关文章|相关链接|相關連結|延伸阅读|相關新聞|相關閱讀|"
    r"相關報道|相關報導|相關文章|延伸閱讀|相关信息|相關信息|相关资讯|相關資訊|相关稿件|相關稿件|相关内容|相關內容|"
    r"阅读更多|閱讀更多|"
    r"related(?: stories| articles| news| coverage| content| reading| posts| links| items"
    r"| press releases| releases)?"
    # "Related stories from Kansas City Star" (McClatchy), "Related on Forbes"
    r"(?: (?:from|on) [\w.'’& -]{2,30})?|"
    r"(?:read )?more (?:on|about) this(?: story| topic| subject)?|see also|read more(?: here)?|"
    r"read next|"
    r"related to this (?:story|article)|more coverage|"
    r"further reading|recommended reading|read also|"
    r"also read|"
    # Portuguese, Spanish, Italian, French, German
    r"not[íi]cias relacionadas|artigos relacionados|mat[ée]rias relacionadas|leia tamb[ée]m|"
    r"art[íi]culos relacionados|notas relacionadas|lea tambi[ée]n|"
    r"notizie correlate|articoli correlati|leggi anche|articles li[ée]s|"
    # Le Monde's catchers name the piece's genre: "Lire aussi l'entretien | <a>…</a>"
    r"(?:[àa] )?lire aussi(?: (?:(?:le|la|les) |l['’] ?)[\w-]{3,20})?|"
    # Spanish "more information" (El País' cards in the story), Dutch "read/watch also"
    r"m[áa]s informaci[óo]n|lees ook|bekijk ook|lesen sie auch|"
    # a bar as the colon: "RELATED | <a>…</a>" (Sinclair)
    r"sur le m[êe]me sujet|mehr zum thema|verwandte artikel|"
    # Korean (관련기사, 관련 뉴스: related articles, news) and Uyghur in Arabic script
    # (مۇناسىۋەتلىك خەۋەرلەر: related news; … ماقالىلەر articles, … مەزمۇنلار contents), and
    # Mongolian in the traditional script (ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠡ: related news; … ᠵᠣᠬᠢᠶᠠᠯ articles)
    r"관련\s?(?:기사|뉴스)|مۇناسىۋەتلىك (?:خەۋەرلەر|ماقالىلەر|مەزمۇنلار)"
    r"|ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ (?:ᠮᠡᠳᠡᠭᠡ|ᠵᠣᠬᠢᠶᠠᠯ))\s*[】\]]?\s*[:：|｜]?$",
    re.IGNORECASE,
)
# 相关推荐 heads a story's related list or a platform's feed: told apart by the block (_headlines)
_AMBIGUOUS_LABEL = re.compile(r"^[【\[]?\s*(?:相关推荐|相關推薦)")
_MAX_HEADLINES = 10  # links: a related list is a handful, a feed runs on
_HEADLINE_SHARE = 0.8  # of a block's characters in its links: bare headlines, not cards
# "Read next" over one story card is the site's next story in its queue (the same card on every
# page of a section); over a list, the story's picks
_NEXT_LABEL = re.compile(r"^read next\b", re.IGNORECASE)
_IN_TEXT_MORE = re.compile(r"^(?:more|read)\s*[:：]$", re.IGNORECASE)
RECOMMENDED_LABEL = re.compile(
    r"^[【\[]?\s*(?:推荐阅读|推薦閱讀|相关推荐|相關推薦|推荐新闻|推薦新聞|新闻推荐|新聞推薦|为你推荐|為你推薦|精彩推荐|"
    r"精彩推薦|猜你喜欢|猜你喜歡|编辑推荐|編輯推薦|"
    r"recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|"
    r"you (?:may|might) (?:also )?be interested in|more stories|editor'?s picks)"
    r"\s*[】\]]?\s*[:：]?$",
    re.IGNORECASE,
)
# "More from <the site, a section, a writer>": over one story's card set among the story's
# paragraphs the editor's pick for this story (Forbes' "MORE FROM FORBES"); over a list, even
# there, the section's latest (Sky's "More from UK"), or the footer's list of the company's
# other sites: left alone
_MORE_FROM_LABEL = re.compile(r"^more from [\w.'’& -]{2,30}$", re.IGNORECASE)
MOST_READ_LABEL = re.compile(
    r"^[【\[]?\s*(?:(?:24|48)\s*小时|本周|本週|今日|一周|一週|近期)?\s*(?:热门|熱門|热点|熱點|热读|熱讀|"
    r"热文|熱文|最热|最熱|排行|点击排行|點擊排行|阅读排行|閱讀排行|最多阅读|最多閱讀|最受欢迎|最受歡迎|"
    r"大家都在看|热榜|熱榜)\s*(?:新闻|新聞|文章|推荐|推薦|排行|排行榜|榜|阅读|閱讀|资讯|資訊|话题|話題)?"
    r"\s*[】\]]?\s*[:：]?$"
    r"|^[【\[]?\s*(?:most (?:read|popular|viewed|shared)|popular(?: now| stories| news)?|trending"
    r"(?: now| stories)?)\s*[】\]]?\s*[:：]?$",
    re.IGNORECASE,
)
NAVIGATION_LABEL = re.compile(
    r"^[【\[]?\s*(?:栏目导航|欄目導航|网站导航|網站導航|频道导航|頻道導航|导航|導航|更多栏目|"
    r"sections|navigation|menu|site map|sitemap)\s*[】\]]?\s*[:：]?$",
    re.IGNORECASE,
)
# Every label contains one of these: a page whose text has none needs no element scan.
# Matched against the lower-cased page text: an IGNORECASE search of ~40,000 characters took
# 4.7 ms per page (sre folds the case of every character it tries), lower() + search 1.3 ms.
_LABEL_WORD = re.compile(
    r"相关|相關|延伸|阅读更多|閱讀更多|推荐|推薦|猜你|热门|熱門|热点|熱點|热读|熱讀|热文|熱文|最热|最熱|排行|最多|最受|"
    r"大家都在看|热榜|熱榜|编辑推|編輯推|related|recommended|see also|read more|more on|you may|"
    r"you might|read next|further reading|also read|read also|more stories|more about|more from|"
    r"more coverage|editor'?s pick|most (?:read|viewed|shared)|trending|popular|"
    r"more\s?[:：]|read\s?[:：]"
)
# The labels of other languages, apart: their first letters (a, c, l, v, z) start a word at
# most positions of a page's text, and in the one pattern they cost every page's whole-text
# check a tenth of its extraction time. Searched only where the words above are not found.
_OTHER_LABEL_WORD = re.compile(
    r"relacionad|correlat|lire aussi|m[êe]me sujet|zum thema|verwandte|leia tamb|lea tamb|"
    r"articles li[ée]s|leggi anche|s informaci|lees ook|bekijk ook|lesen sie auch|관련|مۇناسىۋەتلىك"
    r"|ᠬᠣᠯᠪᠣᠭᠳᠠᠯ"
)
# The same words in the own text of every label (case-blind, as the label patterns are): the
# elements' texts without one skip the four patterns. An ASCII text is lower-cased first: the
# case-blind search costs twice as much.
_ANY_LABEL_WORD = re.compile(_LABEL_WORD.pattern, re.IGNORECASE)
_ANY_OTHER_LABEL_WORD = re.compile(_OTHER_LABEL_WORD.pattern, re.IGNORECASE)
# A part of each of them, for the whole page's text: a substring test each is twice as fast as
# the pattern over a page (which on most pages finds none of them and reads it all).
_OTHER_LABEL_ANCHORS = (
    "relacionad", "correlat", "lire aussi", "sujet", "zum thema", "verwandte", "tamb",
    "articles li", "leggi anche", "s informaci", "lees ook", "bekijk ook", "sie auch", "관련",
    "مۇناسىۋەتلىك", "ᠬᠣᠯᠪᠣᠭᠳᠠᠯ",
)  # fmt: skip


def _has_label_word(own: str) -> bool:
    if own.isascii():  # no character that folds to another (ſ, K): lower() is the same test
        low = own.lower()
        return _LABEL_WORD.search(low) is not None or _OTHER_LABEL_WORD.search(low) is not None
    return _ANY_LABEL_WORD.search(own) is not None or _ANY_OTHER_LABEL_WORD.search(own) is not None


# A container in the page's side column: what it lists is the site's, not the article's.
_SIDEBAR = re.compile(
    r"(?:^|[\s_-])(?:side\w*|aside|rail|right\w*|col-?r|r-?col)(?:$|[\s_-])", re.I
)
_SIDEBAR_DEPTH = 8
_MAX_BLOCK_CHARS = 3000  # a "block" bigger than this is the page layout, not a link list
_MIN_LINK_SHARE = 0.2  # of a block's characters in links: less is prose, not a link list


def absolute_links(
    root: HtmlElement, base_url: str, limit: int | None = None
) -> list[tuple[str, str]]:
    """``(absolute_url, anchor_text)`` for every http(s) link under ``root`` (the first
    ``limit`` of them: a page with 100,000 links costs no more than one with ``limit``)."""
    out: list[tuple[str, str]] = []
    for a in root.iter("a"):
        if limit is not None and len(out) >= limit:
            break
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        try:
            url = urljoin(base_url, href).split("#", 1)[0]
        except ValueError:  # urljoin parses both: "http://[::1" raises
            continue
        if is_followable(url):
            out.append((url, clean_line(a.text_content())))
    return out


_HREFS = XPath("//a/@href | //area/@href")  # image-map areas link like anchors
# Links a reader's browser follows that the markup holds only in scripts (read before the
# page's scripts are dropped; ``script_urls``):
# - a shell page (a frameset, an iframe around the real home page, a script that sends the
#   reader on: ``window.location.href = "/portal/"``, common at a small site's root) has
#   (almost) no links of its own; its way on is its frames' sources and its script's target.
#   Read only there: on a page with links, iframes are widgets and comment boxes, and scripts'
#   URLs conditional;
# - a list's records kept as markup in a data script (type xml or html: 大汉 Hanweb's
#   ``<script type="text/xml">
#   <datastore>…<record><![CDATA[<li><a href="/art/…">…]]>``), shown by a script;
# - pagination written by a script: TRS WCM's ``createPageHTML(pages, current, "index",
#   "html")`` writes links to index.html, index_1.html … index_{pages-1}.html.
_SHELL_LINKS = 3
_SHELL_SOURCES = XPath("//frame/@src | //iframe/@src")
_SCRIPT_TARGET = re.compile(
    r"""\blocation(?:\.href)?\s*=\s*(["'])([^"'\s<>]{1,2000})\1"""
    r"""|\blocation\.(?:replace|assign)\(\s*(["'])([^"'\s<>]{1,2000})\3"""
)
_SHELL_SCRIPT_CHARS = 20_000  # a shell's script is short: read no more of a page's scripts
# an href in stored markup; a template's placeholder ({{url}}, ${url}, " + url + ") is no URL
_STORED_HREF = re.compile(r"""\bhref\s*=\s*(["'])([^"'\s<>{}$+]{1,2000})\1""")
_SCRIPTED_PAGES = re.compile(
    r"""\bcreatePageHTML\(\s*(\d{1,6})\s*,\s*\d{1,6}\s*,\s*["'](\w{1,40})["']\s*,"""
    r"""\s*["'](\w{1,10})["']"""
)
_SCRIPTED_PAGES_MAX = 200  # a list's pages linked at once (the listing budget bounds them too)


def document_base(root: HtmlElement, url: str) -> str:
    """What the page's relative links resolve against: its ``<base href>`` (old CMSes print
    ``<base href="http://www.example.gov.cn/">`` and then ``col/col45/index.html``), else its
    URL. A base on another host is ignored: the crawl stays on the host it fetched (a mirror
    or a moved site keeps its old domain there)."""
    # The document's first <base> with an href: what ``(//base[@href])[1]/@href`` finds, by a
    # tag-filtered walk in C from the document's root element (``root`` may be an element
    # inside it: lxml's ``fromstring`` of a fragment): 0.17 against 0.25 ms a page on aeb.
    top = root.getroottree().getroot()
    href = next((h for el in top.iter("base") if (h := el.get("href")) is not None), None)
    base = _resolve(url, href) if href is not None else None
    if base is None or urlsplit(base).netloc.lower() != urlsplit(url).netloc.lower():
        return url
    return base


def link_urls(root: HtmlElement, base_url: str, limit: int | None = None) -> list[str]:
    """Every http(s) link under ``root``, absolute, fragment dropped, in document order.

    What a crawler follows: no anchor texts, and the hrefs are gathered by one XPath in C
    (half the cost of ``absolute_links`` on 100 KB news pages, benchmarks/page_cost.py).
    """
    out: list[str] = []
    resolved: dict[str, str | None] = {}  # a page repeats its menu links: resolve each once
    for raw in cast(list[str], _HREFS(root)):
        if limit is not None and len(out) >= limit:
            break  # the first ``limit``: 100,000 links cost no more than ``limit``
        if raw in resolved:
            url: str | None = resolved[raw]
        else:
            url = resolved[raw] = _resolve(base_url, raw)
        if url is not None:
            out.append(url)
    return out


def script_urls(root: HtmlElement, base_url: str) -> list[str]:
    """The links only scripts show (see ``_SHELL_LINKS``), absolute, once each. Call it
    before the page's scripts are dropped. One pass over the page's scripts."""
    raws: list[str] = []
    code: list[str] = []  # inline JavaScript, for a shell's target
    for el in root.iter("script"):
        text = el.text
        if not text or el.get("src"):
            continue
        kind = (el.get("type") or "").lower()
        if "xml" in kind or "html" in kind:  # stored markup (Hanweb's datastore)
            raws += [m[2] for m in _STORED_HREF.finditer(text)]
            continue
        if "createPageHTML" in text:
            for m in _SCRIPTED_PAGES.finditer(text):
                name, ext = m[2], m[3]
                pages = min(int(m[1]), _SCRIPTED_PAGES_MAX)
                raws += [f"{name}.{ext}"] + [f"{name}_{i}.{ext}" for i in range(1, pages)]
        if sum(map(len, code)) < _SHELL_SCRIPT_CHARS:
            code.append(text)
    links = (el for el in root.iter("a", "area") if el.get("href"))
    if len(list(islice(links, _SHELL_LINKS))) < _SHELL_LINKS:  # stops at the third
        raws += cast(list[str], _SHELL_SOURCES(root))
        head = "\n".join(code)[:_SHELL_SCRIPT_CHARS]
        raws += [m[2] or m[4] for m in _SCRIPT_TARGET.finditer(head)]
    return [url for url in dict.fromkeys(_resolve(base_url, raw) for raw in raws) if url]


def _resolve(base_url: str, raw: str) -> str | None:
    """``raw`` (an href) as an absolute followable URL without fragment, else ``None``."""
    href = raw.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    try:
        url = href if href.startswith(("http://", "https://")) else urljoin(base_url, href)
    except ValueError:  # a malformed href is no link
        return None
    url = url.split("#", 1)[0]
    # http(s), a host, a valid port, no NUL, at most 2,083 characters
    return url if is_followable(url) else None


def _has_links(el: HtmlElement) -> bool:
    return next(el.iter("a"), None) is not None


def _own_text(el: HtmlElement) -> str:
    """The element's own leading text, or the text after an empty first child (an icon:
    ``<h5><span></span>相关新闻</h5>``)."""
    text = el.text  # each read converts the text again: once per element of the page
    if text and not text.isspace():
        return str(text)
    if len(el):
        first = el[0]
        if len(first) == 0 and not (first.text or "").strip():
            return str(first.tail or "")
    return ""


def _label_kind(el: HtmlElement) -> str | None:
    """The label an element's own text states (``<h3>相关新闻</h3>``, ``<div>推荐阅读：<a>…``).

    Only the element's own leading text is read (:func:`_own_text`): a label wrapped in
    ``<span>`` is found on the span, and the page stays linear to scan.
    """
    own = _own_text(el).strip()
    if not own or len(own) > 40:
        return None
    if _IN_TEXT_MORE.match(own):
        # "More: <a>…</a>" (Gannett), "Read: <a>…</a>" (the Atlantic) as a paragraph of the
        # story: that one link is related. A
        # "More:" heading over lists inside the story (Al Jazeera) is not read as a block.
        para = el if el.tag == "p" else el.getparent()
        one_link = para is not None and para.tag == "p" and len(para.findall(".//a")) == 1
        return "related" if one_link else None
    if RELATED_LABEL.match(own):
        return "recommended" if _in_sidebar(el) else "related"
    if RECOMMENDED_LABEL.match(own):
        return "recommended"
    if _MORE_FROM_LABEL.match(own):
        return "more_from"
    if MOST_READ_LABEL.match(own) and len(own) <= 20:
        return "most_read"
    if NAVIGATION_LABEL.match(own):
        return "navigation"
    return None


def _in_sidebar(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a side-column container (by class/id: an HTML5 ``<aside>`` is
    as often the related box under the article as a side column, so the tag says nothing).
    A "right" container that also holds the page's headline is the main column (36氪 names its
    article column ``main-right``); so is one that holds the story's text, its paragraphs (a
    company site's ``rightcon`` beside its left menu, the headline an ``h2``, the ``h1`` its
    logo): a side column lists, it runs no story."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _SIDEBAR_DEPTH:
            break
        if _SIDEBAR.search(f"{anc.get('class', '')} {anc.get('id', '')}"):
            return next(anc.iter("h1"), None) is None and not _holds_story(anc)
    return False


_STORY_PARAS = 3  # paragraphs of prose side by side: a story's text (a rail's cards each
# hold their blurb in a card of its own)


def _holds_story(el: HtmlElement) -> bool:
    """Whether ``el`` holds a story's text: a few paragraphs of prose (:func:`_prose`) in one
    container."""
    runs: dict[HtmlElement, int] = {}
    for p in el.iter("p"):
        parent = p.getparent()
        if parent is not None and _prose(p):
            runs[parent] = runs.get(parent, 0) + 1
            if runs[parent] >= _STORY_PARAS:
                return True
    return False


def _block_for(label: HtmlElement) -> list[HtmlElement]:
    """The smallest element (or run of siblings) after ``label`` that holds its links. A list
    right after the label with no link in it is the label's own, loaded later by a script (the
    Guardian's ``<h2>Related content</h2><ul data-loaded="false"></ul>``): the label heads
    nothing on the page, and the next container's links are another block's."""
    node = label
    for _ in range(4):
        if _has_links(node):
            return [node]
        sibling = node.getnext()
        if (
            node is label
            and sibling is not None
            and sibling.tag in ("ul", "ol")
            and not _has_links(sibling)
        ):
            return []
        if sibling is not None and _has_links(sibling):
            run = [node, sibling]
            while (
                (nxt := run[-1].getnext()) is not None
                and _label_kind(nxt) is None
                and (nxt.tag not in ("h1", "h2", "h3", "h4"))
                and (
                    nxt.tag in ("ul", "ol", "li", "p", "div", "a", "dl", "span", "table", "tr")
                    # a WeChat post's blocks are all <section>s: one a link, or the next label
                    or (nxt.tag == "section" and _has_links(nxt))
                )
            ):
                if len(nxt.text_content()) > _MAX_BLOCK_CHARS:
                    break
                if label.tag == "p" and _prose(nxt) and not _has_links(nxt):
                    # a label set as a paragraph of the story's text ("<p>Leggi anche</p>",
                    # its link below): the story's next paragraph ends its block
                    break
                run.append(nxt)
            return run
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return []


def _names_more_than(anchor: HtmlElement, label: str) -> bool:
    """Whether a link's text holds a headline besides its ``label`` (a card, not a button)."""
    return len(anchor.text_content().strip()) >= len(label) + 4


def _is_link_list(block: list[HtmlElement]) -> bool:
    """A block of links, not the layout nor prose: a "Read more" label over the rest of the
    story (text with a link or two) is part of the article and stays."""
    text = sum(len(b.text_content().strip()) for b in block)
    links = sum(len(a.text_content().strip()) for b in block for a in b.iter("a"))
    return text <= _MAX_BLOCK_CHARS and links >= _MIN_LINK_SHARE * text


_MIN_PROSE = 20  # characters of a story block (a paragraph, a captioned picture) beside a list


def _prose(el: HtmlElement | None) -> bool:
    """Whether ``el`` is a block of the story's text: a paragraph or a captioned picture, its
    text not in links."""
    if el is None or el.tag not in ("p", "figure"):
        return False
    text = len(el.text_content().strip())
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return text >= _MIN_PROSE and links < text / 2


_NEAR = 4  # siblings looked past (an ad slot, a picture, the next card) for the story's text


def _prose_near(el: HtmlElement, forward: bool) -> bool | None:
    """Whether a paragraph of the story's text is among the few siblings before (after) ``el``;
    None when ``el`` is the first (last) of its container."""
    for _ in range(_NEAR):
        nxt = el.getnext() if forward else el.getprevious()
        if nxt is None:
            return None
        if _prose(nxt):
            return True
        el = nxt
    return False


def _inside_story(block: list[HtmlElement], base_url: str) -> bool:
    """Whether a block is set among the story's paragraphs: a list the editor put in the
    story's text was picked for this story (Al Jazeera's "Recommended Stories" after the
    second paragraph, Forbes' "MORE FROM FORBES" cards), where a site's feed follows the story
    or runs in its rail. A box that is all its container's content stands for the container. A
    list stands right between two paragraphs; one story's card may stand past an ad slot or a
    picture, or close the story's text."""
    first, last = block[0], block[-1]
    for _ in range(3):
        parent = first.getparent()
        if first.getprevious() is not None or last.getnext() is not None or parent is None:
            break
        if parent is not last.getparent() or parent.tag in ("body", "html"):
            break
        first = last = parent
    if _prose(first.getprevious()) and _prose(last.getnext()):
        return True
    if not _one_story(block, base_url) or not _prose_near(first, forward=False):
        return False
    return _prose_near(last, forward=True) is not False


def _url_shape(url: str) -> tuple[str, int, str]:
    """A URL's shape: host, path depth and last segment with every id (a run of letters and
    digits holding a digit) and slug (words joined by hyphens) replaced: the story pages of one
    CMS share it (``/p/2760123520756347``, ``/internation/2024_05_15_738356.shtml``)."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = _ID_RUN.sub("0", _SLUG.sub("s", segments[-1])) if segments else ""
    return parts.netloc.lower(), len(segments), last


_SLUG = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")
_ID_RUN = re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*")
_SAME_SHAPE_SHARE = 0.75  # of a card list's links: pages like this one, not a feed's mix


def _story_cards(block: list[HtmlElement], base_url: str) -> bool:
    """Whether a block of cards (pictures, dates, authors beside each headline) is a story's
    own related list: a handful of stories (≤ ``_MAX_HEADLINES`` links, however many anchors
    each card has), nearly all pages of this page's own kind (its URL shape). A feed runs long,
    or mixes other kinds of pages (other sections' templates, video pages, user pages, other
    hosts)."""
    urls = {url for b in block for url, _ in absolute_links(b, base_url)}
    if not 0 < len(urls) <= _MAX_HEADLINES:
        return False
    own = _url_shape(base_url)
    same = sum(1 for url in urls if _url_shape(url) == own)
    return same >= _SAME_SHAPE_SHARE * len(urls)


def _one_story(block: list[HtmlElement], base_url: str) -> bool:
    """Whether a block links one page only (a card's picture, headline and kicker may each
    link it)."""
    return len({url for b in block for url, _ in absolute_links(b, base_url)}) == 1


# A platform feed's card prints the post's engagement beside its headline (今日头条's "836评论",
# 百家号's "1.2万阅读", "35 comments"): counts a story's own related list never shows (its items
# carry a date, an author, a source at most).
_ENGAGEMENT = re.compile(
    r"(?<![\d.])\d{1,9}(?:\.\d{1,2})?\s?[万萬wW亿億]?\+?\s?(?:条|條|次|人)?"
    r"(?:评论|評論|跟帖|阅读|閱讀|浏览|瀏覽|播放|点赞|點讚|赞|讚|comments?|views|likes)",
    re.IGNORECASE,
)
_TEXT_NODES = XPath(".//text()")  # each apart: a card's count is no part of the next headline
_ENGAGED_SHARE = 0.5  # of a block's links: cards with their counts, a feed


def _engagement_cards(block: list[HtmlElement]) -> bool:
    """Whether the block's cards print engagement counts (comments, reads, plays) beside their
    headlines, on half its stories or more: a platform's recommendation feed, not the story's
    own list."""
    stories = {a.get("href") for b in block for a in b.iter("a")} - {None}
    text = " ".join(t for b in block for t in cast(list[str], _TEXT_NODES(b)))  # bounded
    count = sum(1 for _ in islice(_ENGAGEMENT.finditer(text), len(stories)))
    return count >= 2 and count >= _ENGAGED_SHARE * len(stories)


def _headlines(block: list[HtmlElement]) -> bool:
    """Whether a block is a handful of bare headline links (no pictures, its text nearly all
    in its links, each item's date and time aside): a story's own related list. A platform's
    feed under the same label (百家号, 网易, 今日头条, 观察者网, 澎湃) shows cards, each with
    its picture, and runs long."""
    anchors = [a for b in block for a in b.iter("a")]
    if not 0 < len(anchors) <= _MAX_HEADLINES or any(True for b in block for _ in b.iter("img")):
        return False
    text = sum(_shown(b) for b in block)
    return sum(_shown(a) for a in anchors) >= _HEADLINE_SHARE * text


# What a list item prints beside its headline that makes no card: its date and time (a
# related list's ``<span>2024-05-15 16:48</span>``), and the spaces between.
_DATE_LIKE = re.compile(
    r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?|\d{1,2}\s?[-/月]\s?\d{1,2}\s?日?"
    r"|\d{1,2}:\d{2}(?::\d{2})?|\s+"
)


def _shown(el: HtmlElement) -> int:
    """Characters of ``el``'s text, dates, times and spaces left out."""
    return len(_DATE_LIKE.sub("", el.text_content()))


def _section_of(url: str, links: list[tuple[str, str]]) -> bool:
    """Whether ``url`` is the folder of another link of the block (``/news/business/`` beside
    ``/news/business/article288802100.html``): a section front, no story."""
    folder = url.rstrip("/") + "/"
    return any(
        other.startswith(folder) and other[len(folder) : len(folder) + 1] not in ("", "#", "?")
        for other, _ in links
    )


_SEARCH_QUERY = re.compile(r"(?:^|&)(?:words?|keywords?|kw|q|wd|query|search)=", re.I)


def _searches(url: str) -> bool:
    """Whether ``url`` is a search for words (``/article.aspx?words=粥``, ``/search?q=…``)."""
    return _SEARCH_QUERY.search(urlsplit(url).query) is not None


def _home_page(url: str) -> bool:
    """Whether ``url`` is a site's home page (no path, no query): a 相关链接 line's link to
    the issuing company's own website (a press release's), never a related story."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def pop_related_blocks(
    root: HtmlElement,
    base_url: str,
    selectors: dict[str, str] | None = None,
    page_text: str | None = None,
) -> list[tuple[str, str, str]]:
    """Find related/recommended blocks, remove them from ``root``, return ``(url, anchor, kind)``.

    ``selectors`` may map ``"related"``/``"recommended"`` to CSS selectors (site profile).
    """
    blocks: list[tuple[str, list[HtmlElement]]] = []
    for kind, css in (selectors or {}).items():
        blocks.extend((kind, [el]) for el in root.cssselect(css))
    low = page_text.lower() if page_text is not None else None
    if not blocks and (
        low is None or _LABEL_WORD.search(low) or any(w in low for w in _OTHER_LABEL_ANCHORS)
    ):
        for el in cast(Iterator[HtmlElement], root.iter(Element)):
            own = _own_text(el)
            if not own or len(own) > 60 or el.tag in ("a", "script", "style"):
                continue  # cheap checks first: most elements have no short own text
            own = own.strip()
            if len(own) > 40 or not _has_label_word(own):
                continue  # no label (or a navigation one, skipped below): no regex for it
            label = _label_kind(el)
            if label is None:
                continue
            anchor = next(el.iterancestors("a"), None)
            if anchor is not None:
                # the label is a link itself (a menu item "Trending"), unless a related label
                # heads a card that also names the story it links (an interstitial)
                if label == "related" and _names_more_than(anchor, own):
                    blocks.append((label, [anchor]))
                continue
            if label == "navigation":
                continue  # the site's menu: its links are followed as page links, not stored
            block = _block_for(el)
            if block and _is_link_list(block):
                if label == "more_from":
                    if not (_one_story(block, base_url) and _inside_story(block, base_url)):
                        continue
                    label = "related"
                elif label == "related" and _NEXT_LABEL.match(own) and _one_story(block, base_url):
                    label = "recommended"  # the site's next story in its queue, not a list
                elif label == "recommended" and (
                    _inside_story(block, base_url)
                    or (
                        _AMBIGUOUS_LABEL.match(own)
                        and not _in_sidebar(el)  # the side column's list is the site's
                        and (_headlines(block) or _story_cards(block, base_url))
                        and not _engagement_cards(block)  # a feed's cards, counts beside them
                    )
                ):
                    label = "related"  # picks set in the story; 相关推荐 over its few stories
                blocks.append((label, block))
    links: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for kind, block in blocks:
        found = [link for el in block for link in absolute_links(el, base_url)]
        for url, anchor in found:
            if kind == "related" and (_section_of(url, found) or _home_page(url) or _searches(url)):
                # a card's kicker (BUSINESS) links its story's section front; a keyword beside
                # the label (相关资讯 营养成分 粥) the site's search for it: no story
                continue
            if anchor and (url, kind) not in seen:
                seen.add((url, kind))
                links.append((url, anchor, kind))
    for _, block in blocks:
        for el in block:
            if el.getparent() is not None:
                el.drop_tree()
    return links
