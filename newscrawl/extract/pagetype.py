"""Is a page an article, or a listing (section, tag, search, calendar, pagination, forum index)?

Pure: measured signals of the page (its extracted body, its links, its URL) add up to a score;
``score >= THRESHOLD`` means not an article. No signal names a site: they are shapes every news
site shares (prose paragraphs in an article, many headline links and little prose in a listing,
pagination and tag URLs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newscrawl.clean import is_boilerplate
from newscrawl.extract.article import Extracted, extract_article
from newscrawl.extract.bylines import DATELINE_LED
from newscrawl.extract.chooser import weight
from newscrawl.extract.comments import in_comment_section, is_comment_box
from newscrawl.extract.page import HEADLINE_LINK_MIN

THRESHOLD = 3.0
# Paths and queries of listings: /page/4/, index_3.html, ?page=2, /tag/x, /search, /category/x.
_LISTING_URL = re.compile(
    r"(?:/page/\d+/?$|/page[_-]\d+\.s?html?$|/podcasts?/[\w-]+/?$|/index_\d+\.s?html?$|/list(?:_\d+)?\.s?html?$|/(?:tags?|category|"
    r"categories|search|archives?|authors?|sections?|comments?|"
    # search and archive in German, French, Spanish, Italian, Dutch
    r"suche|recherche|buscar|b[uú]squeda|ricerca|cerca|zoeken|archiv|archief|archivio|archivo|"
    r"hemeroteca)(?:/|\.\w{2,5}$|$)|"
    r"/topics?/[\w-]+/?$|"
    r"/\d{4}/\d{1,2}/?$|"
    r"/\d{4}/?$)",
    re.IGNORECASE,
)
# The site's own pages (about us, contact, legal notices) by their URL's last segment: no news.
_SITE_PAGE = re.compile(
    r"/(?:about|about-?us|who-we-are|contact|contact-?us|privacy|privacy-?policy|cookies?|"
    r"cookie-?policy|terms|terms-of-(?:use|service)|tos|legal|imprint|impressum|disclaimer|"
    r"copyright|advertise|advertising|careers|jobs|faq|help|sitemap|subscribe|newsletters?|"
    r"corrections?|classifieds?|"
    r"gywm|lxwm|mzsm|bqsm|flsm|wzsm|ysbh|ystk|"
    # a Chinese government portal's 领导信息 / 机构职能 / 机构设置: the office, not its news
    r"ldxx|jgzn|jgsz)(?:\.s?html?|\.php|\.aspx?|/index\.\w{2,5})?/?$",
    re.IGNORECASE,
)
# The same pages by their title: an office's page introducing its heads (首長介紹, 领导简介,
# 市長介紹), the URL's ldxx of a portal that names it otherwise
_SITE_TITLE = re.compile(
    r"^(?:首長|首长|市長|市长|縣長|县长|區長|区长|鄉長|乡长|領導|领导|局長|局长|院長|院长|校長|校长)"
    r"(?:介紹|介绍|簡介|简介|信息|資訊|资讯|之窗|專區|专区)$"
)
_LISTING_QUERY = re.compile(
    r"(?:^|&)(?:(?:page(?:[_-]?(?:num(?:ber)?|no))?|p|pg|paged|start|offset|q|s|query|tag)="
    r"|mod=(?:list|comment)\b)",
    re.I,
)
_HEADLINE_MAX = 240
_PROSE = 120  # weighted characters: a paragraph this long is prose, not a teaser
# A line a template cut short to fit a card: one ellipsis at its end (not Chinese prose's ……).
# A title naming an archive, not a story: a tag's, a category's, an author's or a month's
# page (标签：数字化转型沙龙, "Tag: Elections", "Archives: May 2024"), however long the name.
_ARCHIVE_TITLE = re.compile(
    r"^\s*(?:标签|標籤|分类|分類|栏目|欄目|归档|歸檔|存档|存檔|搜索结果|搜尋結果|"
    r"tag|tags|category|categories|archives?|author)\s*[:：]",
    re.IGNORECASE,
)
_CUT_SHORT = re.compile(r"(?<![…．.])(?:…|\.{3})$")
# A person's profile page (an author's, a member's, an account's): its title names the person's
# page (张三的个人主页, "张三-某某作者"), or its body prints the profile's counters (粉丝 59.6万,
# 文章数 143, "Followers 1.2K") — lines no story prints alone.
_PROFILE_TITLE = re.compile(
    r"(?:的(?:个人)?主页|的專頁|个人空间|個人空間|[-_|｜—]\s*\S{0,12}作者(?:主页)?)\s*(?:$|[-_|｜—])"
)
_PROFILE_COUNTER = re.compile(
    r"^(?:粉丝|粉絲|关注|關注|文章数?|文章數|作品数?|获赞|獲讚|followers|following|articles|posts)"
    r"\s*[:：]?\s*[\d.,]+\s*[万萬千kKmM]?$",
    re.IGNORECASE,
)
# A mark that ends or divides a sentence (a period before a space or the end, not 2.5 or a.b.cn;
# not a comma, which "Wednesday, May 8, 2024" prints): no paragraph with one, no sentence. The
# full stops of scripts without a period (Urdu ۔, Devanagari ।, Armenian ։, Ethiopic ።, Burmese
# ။, Khmer ។) and Arabic's question mark and semicolon, not its comma (الأربعاء، 8 مايو).
_SENTENCE = re.compile(r"[。！？；，!?؛؟۔।॥։።။។]|\.(?:\s|$)")
_COUNTER_MAX = 24  # characters: a longer line is not a profile's counter
_CUT_SHORT_MIN = 3  # such lines, and no prose at all: a grid of other pages' cards
_FURNITURE_MAX = 200  # characters: a paragraph longer than this is not tested as furniture
_SECTION_LINKS = 8  # headline links outweighing the body under a section's name
_TINY = 120  # weighted characters (40 Chinese, ~20 English words): a caption, not a story


@dataclass(frozen=True)
class Signals:
    url_listing: bool  #: the URL has a pagination/tag/search/section shape
    body_weight: int  #: weighted characters of the extracted body
    longest_paragraph: int  #: weighted characters of its longest paragraph
    prose_paragraphs: int  #: paragraphs of at least ``_PROSE`` weighted characters
    headline_links: int  #: anchors whose text is headline-sized
    headline_weight: int  #: their weighted characters together
    dated: bool  #: a publication date was found
    bylined: bool  #: an author was found
    teaser_paragraphs: int = 0  #: body paragraphs that are teasers of headline links
    teaser_weight: int = 0  #: their weighted characters together
    teaser_prose: int = 0  #: teaser paragraphs long enough to count as prose (summaries)
    link_weight: int = 0  #: weighted characters of body paragraphs that are a link's text
    site_page: bool = False  #: the URL names one of the site's own pages (about, contact…)
    headline_title: bool = True  #: the title is headline-sized (not "National", "Bengaluru")
    edited: bool = False  #: an editor is credited (责任编辑, 编辑：)
    #: short paragraphs cut off by an ellipsis (``山城步道有了时间表 96月…``): other pages' titles
    truncated: int = 0
    sourced: bool = False  #: a source or a correspondent is credited (来源：省生态环境厅)
    #: the title names a person's page, or the body prints a profile's counters (粉丝 59.6万)
    profile: bool = False
    #: a paragraph holds a sentence mark (。，！？; a period before a space): prose, not labels
    sentences: bool = True
    #: every paragraph opens with a slide show's counter (``1/8``, ``2/8``…): captions of a
    #: gallery's slides, no story
    slides: bool = False
    #: paragraphs long enough to be tested as teasers, the title's line aside (0: not measured)
    paragraphs: int = 0
    #: the title is (or opens with, or opens) the text of a headline link with a teaser item (a
    #: summary page linking its full story under the same headline, a brief teased under a
    #: short form of its headline): its teaser may be the page's own story
    title_linked: bool = False
    #: the page's one date is its update time (更新时间：…), no publication date
    date_updated: bool = False
    #: the page holds a form for the reader to write in (a textarea and fields for their name
    #: and contact): a mailbox's or a message board's page
    letter_form: bool = False
    #: headline links whose teaser item holds a summary (a sentence beside the headline)
    summaries: int = 0
    #: prose paragraphs without a sentence mark (a table's cells run together: 序号类别栏目
    #: 信息数1机构职能…10条2政策文件…): prose-long, yet labels, no sentence
    unsentenced: int = 0
    #: the body is a statute's numbered articles (第一条…, 第二条…, 第三条…): a law's,
    #: a regulation's or a rule's text, no story
    statute: bool = False


@dataclass(frozen=True)
class Anchors:
    """What a page's links look like, read from its tree before extraction consumes it."""

    headline_links: int  #: anchors whose text is headline-sized
    headline_weight: int  #: their weighted characters together
    #: headline-link texts (whitespace removed) → the rest of the small item around each
    teaser_items: dict[str, str]
    #: texts (whitespace removed) of the page's links: menu entries, headlines, tags
    link_texts: frozenset[str] = frozenset()
    #: the page holds a form for the reader to write in (see :attr:`Signals.letter_form`)
    letter_form: bool = False


def read_anchors(root: HtmlElement) -> Anchors:
    """The page's headline links and the teaser items around them (each anchor's text read
    once: a first pass over the anchors, then the teaser items of the headline ones)."""
    count = total = 0
    texts: set[str] = set()
    headlines: dict[HtmlElement, str] = {}  # headline-sized anchors → their text
    for n, a in enumerate(root.iter("a")):
        # The first 2,000 anchors decide the count (NEWSCRAWL_MAX_LINKS_PER_PAGE's default):
        # a hostile page with 100,000 links costs no more than a portal's homepage.
        counting = n < _MAX_COUNTED
        if not counting and len(headlines) >= _MAX_ANCHORS:
            break
        heading, parts = _card_link(a)
        if heading is not None:
            # A link wrapping a whole teaser card (``<a><h3>headline</h3><p>summary…</p>
            # <span>time</span></a>``, an account's or a channel's post list): its headline is
            # the heading; the summary and time beside it are the card's side texts, and each
            # is the text of a link (the body step reads them as paragraphs of their own).
            texts.update(t for t in parts if 0 < weight([t]) <= _HEADLINE_MAX)
            words = heading.text_content().split()
        else:
            words = a.text_content().split()
        text = "".join(words)  # whitespace removed
        w = weight([text])
        spaced = w + max(0, len(words) - 1)  # the words joined by single spaces
        if counting:
            # a story linked from several boxes (熱門 and 即時 sharing their stories, a related
            # list repeating the sidebar's) is one headline: counted once
            if HEADLINE_LINK_MIN <= spaced <= _HEADLINE_MAX and text not in texts:
                count += 1
                total += spaced
            if 0 < w <= _HEADLINE_MAX:
                texts.add(text)
        # A card's heading is a headline by its place: measured as the count measures it (with
        # its spaces: "A Beginner's Guide to Sleep"); a bare link's text without them (a menu's
        # "Press Releases of the Day" is no teaser's headline).
        if len(headlines) < _MAX_ANCHORS and (
            (w if heading is None else spaced) >= HEADLINE_LINK_MIN and w <= _HEADLINE_MAX
        ):
            headlines[a] = text
    items: dict[str, str] = {}
    if count:
        for a, text in headlines.items():
            if text not in items:
                items[text] = _teaser_rest(a, text, headlines)
    return Anchors(count, total, items, frozenset(texts), _letter_form(root))


_FORM_FIELDS = 2  # text fields beside the textarea: a name and a contact (a search form: one)
_TEXT_INPUTS = frozenset(("", "text", "tel", "email"))


def _letter_form(root: HtmlElement) -> bool:
    """A form asking the reader for a letter: a ``<textarea>`` and at least ``_FORM_FIELDS``
    text fields (姓名, 联系电话, 信件标题: a mailbox's, a message board's, a complaint desk's).
    Not a form for readers' comments under a story (a blog's ``#comment-form`` asks for a
    name, a mail and a text too): the comment sections' own signals (``comments``) tell it."""
    for area in root.iter("textarea"):
        form = next(area.iterancestors("form"), None)
        if form is None or is_comment_box(form) or in_comment_section(form):
            continue
        if (
            sum(
                (i.get("type") or "").lower() in _TEXT_INPUTS and i.get("name") is not None
                for i in form.iter("input")
            )
            >= _FORM_FIELDS
        ):
            return True
    return False


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset(("p", "div", "span", "em", "time", "ul", "li", *_HEADINGS))


def _card_link(a: HtmlElement) -> tuple[HtmlElement | None, list[str]]:
    """``(heading, block texts)`` of a link that wraps a teaser card: a heading with other
    blocks beside it (summary, time). ``(None, [])`` for an ordinary link (text, or a heading
    alone: that heading's text is the whole link's)."""
    children = [c for c in a if isinstance(c.tag, str)]
    for _ in range(_CARD_WRAPPERS):
        # ``<a><div class="thumb"><img></div><div class="info"><h2>headline</h2><div
        # class="date">…</div></div></a>``: the one wrapper holding the heading stands for its
        # blocks (the headline, the time beside it).
        if any(c.tag in _HEADINGS for c in children):
            break
        holders = [c for c in children if c.tag in ("div", "span") and _holds_heading(c)]
        if not holders:  # a card titled by its first paragraph: the wrapper holding them
            holders = [
                c for c in children if c.tag in ("div", "span") and _holds_heading(c, ("p",))
            ]
        if len(holders) != 1:
            break
        at = children.index(holders[0])
        children[at : at + 1] = [c for c in holders[0] if isinstance(c.tag, str)]
    if len(children) < 2:
        return None, []
    # No heading element: the card's first paragraph is its title (``<a><div class="list_txt">
    # <p class="list_title">headline</p><p>summary</p><p>date</p></div></a>``), or the bold
    # line opening it above a paragraph (``<a><strong>headline</strong><p>summary</p></a>``).
    heading = next((c for c in children if c.tag in _HEADINGS), None)
    if heading is None and children[0].tag in _BOLD and children[1].tag == "p":
        heading = children[0]
    if heading is None:
        heading = next((c for c in children if c.tag == "p"), None)
    if heading is None or any(
        c.tag not in _BLOCKS and c.tag != "img" and c is not heading for c in children
    ):
        return None, []
    return heading, [_compact(c.text_content()) for c in children if c is not heading]


_BOLD = ("strong", "b")
_CARD_WRAPPERS = 2  # levels of wrappers around a card link's blocks
_MAX_COUNTED = 2000  # anchors counted as headline links
_MAX_ANCHORS = 400  # headline anchors examined for teasers (bounds the work on huge listings)
_ITEM_MAX = 400  # characters: an element longer than this is a page region, not a teaser item
_CARD_LEVELS = 3  # a teaser item is at most this many levels above the headline's own item
_CARD_ELEMENTS = 60  # elements: a teaser card is small
_LABEL = 24  # characters: a shorter paragraph of a card is a label (its section, its date)


def _holds_heading(el: HtmlElement, tags: tuple[str, ...] = _HEADINGS) -> bool:
    return next(el.iter(*tags), None) is not None


def _compact(text: str) -> str:
    return "".join(text.split())


def _teaser_rest(a: HtmlElement, text: str, headlines: dict[HtmlElement, str]) -> str:
    """The text (whitespace removed) of the small item around a headline link (``<li>``,
    ``<div>``…) with the link's ``text`` as a NUL character: a listing's summary and date sit beside
    its link. Empty when the link is in prose or in a page region."""
    item = a.getparent()
    # Up from a heading or span around the link to the teaser item holding it; a paragraph
    # holding the link and nothing else is the card's title line (``<p class="title"><a>``).
    for _ in range(2):
        if item is None or not (
            item.tag in ("h2", "h3", "h4", "h5", "strong", "b", "span", "em")
            or (item.tag == "p" and _compact(item.text_content()) == text)
        ):
            break
        item = item.getparent()
    # A link inside a paragraph is a link in prose, and a region holding several
    # paragraphs is a page's column: neither is a teaser item. A table cell is one when it
    # holds this story alone (a table-layout result list: headline<br>excerpt<br>date).
    if item is None or item.tag in ("p", "body", "html"):
        return ""
    if not _one_story(item, a, headlines):
        return ""
    # Up to the card that holds this story alone (a blog's <article class="post"> teaser: the
    # headline in its <header>, byline and date beside it, the excerpt in a <div> below).
    for _ in range(_CARD_LEVELS):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if not _one_story(parent, a, headlines):
            break
        item = parent
    return _compact(item.text_content()).replace(text, "\x00", 1)


def _one_story(el: HtmlElement, a: HtmlElement, headlines: dict[HtmlElement, str]) -> bool:
    """``el`` is a teaser item of ``a``'s story: short, at most one paragraph besides the
    headline's own (a link holding ``<p class="title">``), and no link with another headline
    (a thumbnail or "read more" link to the same page is the same story). Short: its text
    outside its paragraphs; a summary paragraph may run to three sentences (a Hearst or
    Newspack card's dek) and add up to as much again. Bounded: a subtree of more than
    ``_CARD_ELEMENTS`` elements is a page region."""
    href = a.get("href")
    paragraphs = 0
    summary = 0  # characters of its paragraphs
    allowed: int | None = None  # paragraphs: one, plus the headline link's own
    own = a.getparent()  # a title paragraph holding the link alone: the headline's own
    for n, other in enumerate(el.iter()):
        if n > _CARD_ELEMENTS:
            return False
        if other.tag == "p" and other is not own and len(_compact(other.text_content())) > _LABEL:
            paragraphs += 1
            if allowed is None:
                allowed = 1 + sum(1 for _ in a.iter("p"))
            if paragraphs > allowed:
                return False
            summary += len(_compact(other.text_content()))
        elif other in headlines and other is not a and other.get("href") != href:
            return False
    return len(_compact(el.text_content())) <= _ITEM_MAX + min(summary, _ITEM_MAX)


def teasers(
    items: dict[str, str], paragraphs: list[str], links: frozenset[str] = frozenset()
) -> tuple[int, int, int]:
    """``(count, weighted characters, prose-long ones)`` of body paragraphs that are teasers
    of other pages: a headline link's text with at most what sits beside it in its item
    (``headline summary date``), or a summary found beside a headline link (not containing the
    link), or whole items (with their links' texts) run together as one paragraph (a
    ``<ul>`` of inline teaser cards read as one block). ``items``: :attr:`Anchors.teaser_items`;
    ``links``: :attr:`Anchors.link_texts`."""
    if not items and not links:
        return 0, 0, 0
    rests = "\x01".join(items.values())
    sides = _sides(items.values())
    wholes = _sides([*(rest.replace("\x00", anchor, 1) for anchor, rest in items.items()), *links])
    count = total = prose = 0
    label = 0  # weighted characters of the previous paragraph when it is a link's text
    for p in paragraphs[:200]:
        text = _compact(p.removeprefix("- "))
        w = weight([text])
        if w == 0:
            continue
        after_label, label = label, (w if text in links else 0)
        if after_label and _CUT_SHORT.search(text):
            # A link's text, then a summary cut short by an ellipsis: a teaser card whose
            # headline is too short to count as a headline link (谁在为短剧买单, then its
            # summary's first 60 characters and "…"): both lines are the card's.
            count += 1 + (after_label != -1)
            total += w + max(after_label, 0)
            prose += weight([p]) >= _PROSE
            label = 0
            continue
        teaser = int(len(text) >= _TEASER_MIN and text in rests)
        if not teaser:
            for anchor, rest in items.items():
                if anchor in text:
                    left = text.replace(anchor, "", 1)
                    teaser = 2 * weight([left]) <= w or all(x in rest for x in left.split("\x00"))
                    if teaser:
                        break
        if not teaser:
            teaser = _joined_sides(text, sides) or _joined_sides(text, wholes)
        if teaser:
            count += teaser
            total += w
            prose += weight([p]) >= _PROSE  # as signals() weighs prose
            label = -1 if label else 0  # counted already
    return count, total, prose


_TEASER_MIN = 8  # characters: a shorter paragraph (a result count, "1") is no teaser


_SIDE_MIN = 4  # characters: a shorter side text (a count, "0") could cover anything


def _sides(items: Iterable[str]) -> dict[str, list[str]]:
    """The side texts of the teaser items (what sits beside each headline link: source, time,
    comment count, summary), by first character, longest first."""
    by_first: dict[str, set[str]] = {}
    for rest in items:
        for side in rest.split("\x00"):
            if len(side) >= _SIDE_MIN:
                by_first.setdefault(side[0], set()).add(side)
    return {c: sorted(found, key=len, reverse=True) for c, found in by_first.items()}


def _joined_sides(text: str, sides: dict[str, list[str]]) -> int:
    """How many teaser items' side texts make up ``text`` end to end (0 unless at least two
    and nothing else). A listing whose headline links the body step dropped (link text) can
    leave their source/time/count lines run together as one long "paragraph"
    (``极目新闻05/23/2024 19:16:24 2088 新京报05/21/2024 12:09:30 803 …``): prose-long, yet no
    character of it is the page's own. Greedy, longest side first (linear in ``text``)."""
    at = joined = 0
    while at < len(text):
        side = next((s for s in sides.get(text[at], ()) if text.startswith(s, at)), None)
        if side is None:
            return 0
        at += len(side)
        joined += 1
    return joined if joined >= 2 else 0


def signals(
    url: str,
    paragraphs: list[str],
    anchors: Anchors | None,
    dated: bool,
    bylined: bool,
    title: str | None = None,
    edited: bool = False,
    sourced: bool = False,
    date_updated: bool = False,
) -> Signals:
    """The page's signals from what extraction found and its :func:`read_anchors` (``None``:
    a page without a tree, so without links)."""
    parts = urlsplit(url)
    # Furniture (a footer's licence lines, share prompts) is no text of the page's own; prose
    # paragraphs are not tested (the furniture patterns are lines, and cost most on long text).
    paragraphs = [p for p in paragraphs if len(p) > _FURNITURE_MAX or not is_boilerplate(p)]
    weights = [weight([p]) for p in paragraphs]
    count, total = (anchors.headline_links, anchors.headline_weight) if anchors else (0, 0)
    t_count, t_weight, t_prose = (
        teasers(anchors.teaser_items, paragraphs, anchors.link_texts) if anchors else (0, 0, 0)
    )
    return Signals(
        url_listing=bool(_LISTING_URL.search(parts.path) or _LISTING_QUERY.search(parts.query)),
        body_weight=sum(weights),
        longest_paragraph=max(weights, default=0),
        prose_paragraphs=sum(w >= _PROSE for w in weights),
        headline_links=count,
        headline_weight=total,
        dated=dated,
        bylined=bylined,
        sourced=sourced,
        teaser_paragraphs=t_count,
        teaser_weight=t_weight,
        teaser_prose=t_prose,
        link_weight=_link_weight(anchors.link_texts, paragraphs, weights) if anchors else 0,
        site_page=bool(_SITE_PAGE.search(parts.path) or (title and _SITE_TITLE.match(title))),
        headline_title=title is None
        or (weight([title]) >= HEADLINE_LINK_MIN and not _ARCHIVE_TITLE.match(title)),
        truncated=sum(
            w < _PROSE and _CUT_SHORT.search(p) is not None
            for p, w in zip(paragraphs, weights, strict=True)
        ),
        edited=edited,
        profile=bool(title and _PROFILE_TITLE.search(title))
        or any(len(p) <= _COUNTER_MAX and _PROFILE_COUNTER.match(p.strip()) for p in paragraphs),
        sentences=any(_SENTENCE.search(p) for p in paragraphs),
        slides=_slides(paragraphs),
        # the page's own headline repeated in its body is no text of its own
        paragraphs=sum(
            len(c := _compact(p)) >= _TEASER_MIN and c != _compact(title or "") for p in paragraphs
        ),
        title_linked=bool(title and anchors and _teases_itself(_compact(title), anchors)),
        date_updated=dated and date_updated,
        letter_form=bool(anchors and anchors.letter_form),
        summaries=_summaries(anchors.teaser_items) if anchors else 0,
        unsentenced=sum(
            w >= _PROSE and not _SENTENCE.search(p)
            for p, w in zip(paragraphs, weights, strict=True)
        ),
        statute=_statute(paragraphs, weights),
    )


_SUMMARY_MIN = 20  # characters: a shorter side text is a label (a date, a source), no summary


def _summaries(items: dict[str, str]) -> int:
    """Teaser items with a summary beside their headline: a side text of a sentence (the
    story's first line, often cut short by an ellipsis)."""
    return sum(
        any(len(side) >= _SUMMARY_MIN and _SENTENCE.search(side) for side in rest.split("\x00"))
        for rest in items.values()
    )


def _teases_itself(title: str, anchors: Anchors) -> bool:
    """Whether a teaser's headline link is the page's own headline or a short form of it (the
    one opening the other, whitespace removed)."""
    if title in anchors.teaser_items:
        return True
    return any(
        min(len(anchor), len(title)) >= _TEASER_MIN
        and (title.startswith(anchor) or anchor.startswith(title))
        for anchor in anchors.teaser_items
    )


def _link_weight(texts: frozenset[str], paragraphs: list[str], weights: list[int]) -> int:
    """Weighted characters of the paragraphs that are the text of one of the page's links, or
    a menu of them (``关于我们 | About us | 联系我们 | …``, a footer's links in one block)."""
    if not texts:
        return 0
    return sum(
        w
        for p, w in zip(paragraphs, weights, strict=True)
        if _compact(p.removeprefix("- ")) in texts or _is_menu(p, texts)
    )


_SLIDES_MIN = 3
_SUMMARY_CARDS = 3  # teaser items with a summary: a grid of stories, not a related box


def _slides(paragraphs: list[str]) -> bool:
    """Each paragraph opens with the counter of its slide, 1/N to N/N in order (a 图集's
    captions: ``1/8邱继伟亮相电影节红毯``, ``1/85月1日，…`` for slide 1 of 8 on May 1); a date
    (``5/8``) is one counter, not a run."""
    n = len(paragraphs)
    return n >= _SLIDES_MIN and all(
        p.lstrip().startswith(f"{k}/{n}") for k, p in enumerate(paragraphs, 1)
    )


# A statute's article opening its paragraph: 第一条, 第十二條, 第一百零三条.
_STATUTE_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]{1,6}[条條]")
_STATUTE_OPENERS = ("第一条", "第二条", "第三条")


def _statute(paragraphs: list[str], weights: list[int]) -> bool:
    """The body is a statute's text: its paragraphs open with its numbered articles, 第一条,
    第二条 and 第三条 among them (a 条例's, 办法's or 规定's text as a 法规库 prints it), they
    are most of it, and they open it: before 第一条 no sentence, only the 通过 note, a 目录 or a
    chapter's head. A story quoting or appending a rule's articles keeps its own text, and a
    post introducing a law in sentences of its own above its text is the site's item on it."""
    openers = [p.lstrip()[:3].replace("條", "条") for p in paragraphs]
    if not all(o in openers for o in _STATUTE_OPENERS):
        return False
    first = openers.index(_STATUTE_OPENERS[0])
    if any(_SENTENCE.search(p) for p in paragraphs[:first]):
        return False
    numbered = sum(
        w for p, w in zip(paragraphs, weights, strict=True) if _STATUTE_ARTICLE.match(p.lstrip())
    )
    return 2 * numbered >= sum(weights)


_MENU_SEPARATOR = re.compile(r"[|｜│]")
_MENU_MIN = 3  # entries: two links with a bar between them may be a sentence's aside


def _is_menu(paragraph: str, texts: frozenset[str]) -> bool:
    """Link texts separated by bars, nothing else."""
    if not _MENU_SEPARATOR.search(paragraph):
        return False
    entries = [e for e in (_compact(x) for x in _MENU_SEPARATOR.split(paragraph)) if e]
    return len(entries) >= _MENU_MIN and all(e in texts for e in entries)


def score(s: Signals) -> float:
    """Evidence that the page is *not* an article (higher: more listing-like)."""
    if s.site_page:
        return THRESHOLD  # about us, contact, legal notices: the site's pages, not its news
    uncredited = not (s.bylined or s.edited or s.sourced)
    named = not s.headline_title or (uncredited and not s.prose_paragraphs)
    kept = uncredited and (not s.dated or s.date_updated or s.letter_form)
    if (named and not s.sentences) or (
        kept and (not s.headline_title or s.prose_paragraphs <= s.unsentenced)
    ):
        # No date, no credit of any kind, under a name rather than a headline (医院简介, 就医
        # 指南, 投稿须知, 专家介绍, "Our history"): a profile or guide among the site's own
        # pages, however much prose it holds. A story's page names a date or someone. Under a
        # name, not one sentence in its text, dated and credited or not (an e-paper's 版面
        # page under 版面导航: its date bar "2024年05月08日 星期三 第02版：要闻 本版编辑：X
        # 上一版 下一版 往期回顾", the print page's editor; a portal's boxes of dates and
        # links): labels, no story. Its one date an update time (县情概况's 更新时间：2024-01-15),
        # or its page a letter form (县长信箱: 写信须知, then 姓名/电话/内容 fields and the
        # answered letters' dates): a page the site keeps, not a story it published. On such
        # a page, prose-long paragraphs without a sentence mark are no prose (a 信息公开目录's
        # table of 类别, 栏目 and counts run together under one line of 根据《条例》，编制本
        # 目录。); a dated page keeps them (a race calendar's rows under its date).
        return THRESHOLD
    if s.slides:
        return THRESHOLD  # a slide show's captions, however dated and credited the page
    if s.statute:
        # a law's or a regulation's text, article by article (第一条 为了规范…): a document the
        # site keeps (法规库), however dated (通过 on a day) and long its articles
        return THRESHOLD
    if s.profile and s.teaser_paragraphs and s.prose_paragraphs <= s.teaser_prose:
        # A person's page (an author's card, their counters) whose only prose is the teasers of
        # their stories: the author's list, however dated and credited its cards are.
        return THRESHOLD
    points = 0.0
    if s.url_listing:
        points += 2.0
    # Headline links outweigh the body several times: a list of other pages' titles.
    # Under a section's name for a title (a 專題's or a channel's front), a handful of them do;
    # ten beside an uncredited body of one short paragraph (a topic page's introduction above
    # its lists; a brief whose page names its author, source or editor is a news flash; a
    # dated brief of two paragraphs under its headline, a TV or free paper's short item whose
    # sidebar lists the latest headlines, is one too: an introduction is one paragraph, undated).
    many = s.headline_links >= (20 if s.headline_title else _SECTION_LINKS) or (
        s.headline_links >= 10
        and s.prose_paragraphs <= 1
        and s.body_weight < 300
        and uncredited
        and (s.paragraphs <= 1 or not s.dated)
    )
    if many and s.headline_weight > 3 * max(s.body_weight, 1):
        points += 2.0
    if s.longest_paragraph < 100:
        points += 1.0  # not one sentence of prose
    if s.body_weight < 300:
        points += 1.0
    if s.body_weight < _TINY:
        points += 1.0  # a caption or a line under a video player: no story
    if not s.dated:
        points += 1.0
    if not (s.bylined or s.edited):
        points += 0.5  # no writer credited (an editor credited: a desk ran wire copy)
    if s.url_listing and not s.dated and not s.bylined:
        points += 1.5  # undated, uncredited text on a list's URL: an introduction page
    if s.summaries >= _SUMMARY_CARDS and s.prose_paragraphs <= 1 and not s.dated and uncredited:
        # no date, no credit, a paragraph of prose above cards of other stories each with
        # its summary (a 专题's introduction over its stories): a topic's page, not a story
        points += 1.5
    if s.prose_paragraphs == 0 and s.truncated >= _CUT_SHORT_MIN:
        # titles cut short to fit their cards (a video or picture grid whose cards link only
        # their thumbnails), and no sentence of prose: other pages' teasers, not a story
        points += 1.0
    # The body is teasers of other pages (headline lines, summaries beside headline links)
    # with next to no text of its own: a listing, however long its summaries. An article whose
    # body caught a teaser list keeps its own paragraphs beside it.
    own = s.body_weight - s.teaser_weight
    enough = (
        s.teaser_paragraphs >= 3
        or (s.teaser_paragraphs >= 1 and s.url_listing)
        # every paragraph is a teaser of another page (a tag, search or archive page listing
        # one or two stories: their headlines and summaries), nothing of the page's own; not
        # under a headline that is such a link too (the page's own summary, linking the story)
        or (0 < s.paragraphs <= s.teaser_paragraphs and not s.title_linked)
        # two teasers and (nearly) nothing else: a section front (with prose beside them, a
        # brief whose two "also read" lines are teasers: nothing else at all). Under a
        # section's name for a title, a teaser's summary is no prose of the page's own (under
        # a headline, a brief's paragraphs may be the summaries its own teasers show).
        or (s.teaser_paragraphs == 2 and (10 if _own_prose(s) else 5) * own <= s.body_weight)
        # under a section's or the site's name, a body that is one teaser's summary and
        # nothing of its own (a channel page whose extracted body is its lead story's summary, a
        # video list's one teaser, 界面's /lists/4.html, a reporter's page): no headline of its
        # own, no text of its own (a tenth of the body, or a caption's worth: an expert's page
        # whose name and "求是网作者" stand above the one essay it lists)
        or (
            s.teaser_paragraphs >= 1
            and not s.headline_title
            and not _own_prose(s)
            and (10 * own <= s.body_weight or own < _TINY)
        )
    )
    # Its own text: little, or no prose (a town front's neighbours' one-line posts and "Reply
    # (3)" labels between its cards: every paragraph of prose is a teaser's summary).
    if (
        enough
        and 2 * s.teaser_weight >= s.body_weight
        and (own < max(250, s.body_weight * 0.2) or s.prose_paragraphs <= s.teaser_prose)
    ):
        points += 3.0
    elif s.prose_paragraphs == 0 and 2 * s.link_weight >= s.body_weight:
        points += 3.0  # no prose, and half the body is link labels: the page's menus and lists
    elif s.prose_paragraphs >= 2:
        points -= 2.0  # paragraphs of prose: a story
    elif s.prose_paragraphs == 1 and s.dated and s.bylined:
        points -= 1.0  # a dated, credited paragraph of prose: a short story (a news flash)
    elif (
        s.dated
        and (s.bylined or s.edited or s.sourced or (s.prose_paragraphs and s.paragraphs >= 2))
        and s.headline_title
        and _all_own(s)
        and s.body_weight >= _TINY
    ):
        # A dated, credited brief under a headline, its short paragraphs none of them a link's
        # text or a teaser: a short story whose page links outweigh it (a portal's menus and
        # feeds around a three-line 快讯), not a list of other pages. Uncredited, a paragraph of
        # prose and another of its own (an app's share page of a desk's brief, the outlet's
        # name for a byline): a story still; a listing's introduction is one paragraph. An
        # editor credited too (时间/来源/作者/编辑 under the headline): a desk's credit line,
        # which no listing prints.
        points -= 1.5 if s.edited else 1.0
    return points


def _all_own(s: Signals) -> bool:
    """No body paragraph is a teaser or a link's text."""
    return s.teaser_paragraphs == 0 and s.link_weight == 0


def _own_prose(s: Signals) -> bool:
    return s.prose_paragraphs > (0 if s.headline_title else s.teaser_prose)


def is_article(s: Signals) -> bool:
    return score(s) < THRESHOLD


def extract_and_classify(html: str, url: str, **kwargs: Any) -> tuple[Extracted, Signals | None]:
    """``extract_article(html, url, **kwargs)`` and, for a page with a title and a body (one
    without is dropped for that reason, whatever its type), its signals: what the crawl decides
    with. The links are read from extraction's own tree before the body step consumes it."""
    anchors: list[Anchors] = []
    got = extract_article(
        html, url, on_tree=lambda root: anchors.append(read_anchors(root)), **kwargs
    )
    if not (got.title and got.paragraphs):
        return got, None
    found = signals(
        url,
        got.paragraphs,
        anchors[0] if anchors else None,
        got.published_at is not None,
        bool(got.author),
        got.title,
        bool(got.editor),
        # a dateline lead opening the text (财联社5月8日电，…, 新华社北京5月8日电（记者 X）)
        # credits the outlet that filed it: no introduction or list opens so
        bool(got.source or got.correspondent or DATELINE_LED.match(got.paragraphs[0])),
        got.date_updated,
    )
    return got, found
