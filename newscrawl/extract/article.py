"""Article extraction cascade: profile selectors → JSON-LD/meta → generic body heuristics.

``extract_article(html, url)`` is pure: text in, typed values out, ``None`` for what is missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any, cast
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.etree import XPath, strip_elements
from lxml.html import HtmlElement

from newscrawl.clean import clean_line
from newscrawl.extract import dates, metadata
from newscrawl.extract.body import extract_body
from newscrawl.extract.comments import drop_comments
from newscrawl.extract.links import document_base, link_urls, pop_related_blocks, script_urls
from newscrawl.extract.page import Page, meta_value
from newscrawl.extract.pager import article_pages
from newscrawl.extract.tree import parse_html
from newscrawl.urls import is_followable

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg")
# Bounds on the work one page can cause (hostile pages; see README "Hostile pages"):
# A start tag longer than this is dropped before parsing: libxml2 checks attributes for
# duplicates pairwise, so one tag with 20,000 attributes costs seconds. (Linear: the runs
# between angle brackets do not overlap.) Big data: URIs in <img src> are the usual victims.
_HUGE_TAG_CHARS = 20_000
_HUGE_TAG = re.compile(rf"<[^<>]{{{_HUGE_TAG_CHARS},}}>")
# The body engines make a dozen Python passes over the tree: on a page with more elements
# than this (the benchmark's largest of 406 pages has 5,966; a hostile one 100,000 links) or
# more text, the body comes from the one-pass container heuristic instead.
_MAX_ENGINE_ELEMENTS = 30_000
_MAX_ENGINE_CHARS = 1_000_000  # a long article has 50,000
_MAX_TEXT_NODE = 100_000  # characters kept of one text node: no paragraph is longer
_LONG_TEXT = XPath(f"//text()[string-length(.) > {_MAX_TEXT_NODE}]")  # found in C
# All the page's text together: when it is no longer than one text node may be, no node is
# (0.2 ms against the node search's 0.7 on a 150 KB page; two pages in three stop here).
_TEXT_CHARS = XPath("string-length(/)")
_COUNT_ELEMENTS = XPath("count(//*)")
# A <textarea> holding the article's own markup, which the page's script renders (环球网's
# ``textarea.article-content``): more than this many characters of it, with paragraphs.
_STORED_HTML_CHARS = 200
_STORED_HTML = XPath(
    f"//textarea[string-length(.) > {_STORED_HTML_CHARS} and "
    "(contains(., '<p') or contains(., '<P') or contains(., '<br'))]"
)
_VISIBLE_TEXT = XPath("//body//text()[not(ancestor::textarea)]")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A rule of the page's own <style> hiding one class, and nothing else: ``.jammer{display:none}``,
# Discuz!'s anti-copy noise (random characters in ``<font class="jammer">`` after some of a
# paragraph's characters, hidden so that only a copy shows them). Simple class selectors only
# (after a ``}`` or at the start): a descendant or compound selector hides elements this rule
# cannot tell. Found from each ``none`` of the style text (``str.find``, in C) backwards: a
# regex scanning a page's 100 KB of CSS cost a millisecond.
_HIDING_SELECTOR = re.compile(r"\.([A-Za-z_][\w-]{0,40})\s*\{\s*display\s*:\s*$", re.IGNORECASE)
_HIDING_END = re.compile(r"\s*(?:!\s*important\s*)?;?\s*\}")
_MAX_HIDING_CLASSES = 8  # classes the page's rules hide that are looked for
_HIDDEN_NOISE_CHARS = 50  # a hidden element with more text may be shown by a script: kept


def _hiding_classes(css: str) -> list[str]:
    """The classes ``css`` hides with a rule of their own (:data:`_HIDING_SELECTOR`)."""
    found = []
    i = css.find("none")
    while i >= 0:
        if "isplay" in css[max(0, i - 24) : i]:
            rule = _HIDING_SELECTOR.search(css, max(0, i - 80), i)
            if rule and _HIDING_END.match(css, i + 4):
                j = rule.start() - 1
                while j >= 0 and css[j].isspace():
                    j -= 1
                if j < 0 or css[j] == "}":
                    found.append(rule.group(1))
        i = css.find("none", i + 4)
    return found


def _drop_class_hidden(root: HtmlElement) -> None:
    """Drop the short leaf elements a class of the page's <style> hides (:func:`_hiding_classes`):
    characters no reader sees (the inline ``display:none`` ones go with trafilatura's cleaning).
    A page without such a rule costs one walk over its few <style> elements."""
    classes: list[str] = []
    for style in root.iter("style"):
        classes += _hiding_classes(style.text or "")
    if not classes:
        return
    names = set(classes[:_MAX_HIDING_CLASSES])
    # Leaves whose class attribute holds a name (a cheap substring test in C), then the
    # class's own tokens checked here: half the cost of tokenising every element in XPath.
    test = " or ".join(f"contains(@class, '{c}')" for c in names)
    for el in cast(list[HtmlElement], root.xpath(f"//body//*[not(*)][{test}]")):
        if names.intersection((el.get("class") or "").split()) and (
            len(el.text or "") <= _HIDDEN_NOISE_CHARS
        ):
            el.drop_tree()  # its tail stays in place


def _cap_text_nodes(root: HtmlElement) -> None:
    """Cut text nodes past ``_MAX_TEXT_NODE``: a 5 MB single-line "paragraph" costs every
    later pass (and each regex in them) as much as a normal page."""
    if cast(float, _TEXT_CHARS(root)) <= _MAX_TEXT_NODE:
        return
    for text in cast(list[Any], _LONG_TEXT(root)):
        el = text.getparent()
        if el is None:
            continue
        if text.is_tail:
            el.tail = str(text)[:_MAX_TEXT_NODE]
        else:
            el.text = str(text)[:_MAX_TEXT_NODE]


def _lift_stored_html(root: HtmlElement) -> None:
    """Put an article kept as markup in a ``<textarea>`` (rendered by the page's script into an
    empty container) into the page, after the hidden block that holds it, unless the page shows
    that text already (a hidden copy of a server-rendered story)."""
    stored = cast(list[HtmlElement], _STORED_HTML(root))
    if not stored:
        return  # the usual case: one XPath in C
    visible = "".join(cast(list[str], _VISIBLE_TEXT(root)))
    for area in stored:
        try:
            parts = lxml.html.fragments_fromstring(area.text or "")
        except (etree.LxmlError, ValueError):
            continue
        blocks = [p for p in parts if isinstance(p, HtmlElement)]
        text = "".join(b.text_content() for b in blocks).strip()
        if len(text) < _STORED_HTML_CHARS // 2 or text[:40].strip() in visible:
            continue
        holder = area.makeelement("div", {})
        holder.extend(blocks)
        anchor = area  # after the outermost hidden ancestor, where the text is seen
        for ancestor in area.iterancestors():
            if _HIDDEN.search(ancestor.get("style", "")):
                anchor = ancestor
        anchor.addnext(holder)
        holder.tail, anchor.tail = anchor.tail, None
        area.drop_tree()


# A credit or date label opening an info line (发布时间：, 来源：, 作者：, 点击：).
_INFO_LABEL = re.compile(
    r"(?:发布时间|發佈時間|发布日期|發布日期|时间|時間|日期|来源|來源|作者|编辑|編輯|责任编辑|"
    r"責任編輯|点击|點擊|浏览|瀏覽|阅读|閱讀)\s{0,3}[:：]"
)
_INFO_LINE_CHARS = 300  # a longer tail under a line break is prose, not an info line


def _split_headline_info(root: HtmlElement) -> None:
    """Move the info line out of a headline that holds it after a line break (PHPCMS v9's
    default ``<h1>title<br/><span>发布时间：… 来源：… 作者：…</span></h1>``) into a block of
    its own after the headline: the headline is the part before the break, and the line
    under it is read for the date and credits as any info line is."""
    for h in list(root.iter("h1", "h2")):
        br = next((c for c in h if c.tag == "br"), None)
        if br is None:
            continue
        head = h.text or ""
        for c in h:
            if c is br:
                break
            head += etree.tostring(c, method="text", encoding="unicode", with_tail=True)
        rest = [br.tail or ""] + [
            etree.tostring(c, method="text", encoding="unicode", with_tail=True)
            for c in br.itersiblings()
        ]
        after = " ".join("".join(rest).split())
        if not head.strip() or not after or len(after) > _INFO_LINE_CHARS:
            continue
        if not _INFO_LABEL.search(after) and dates.find_text_date(after) is None:
            continue
        line = h.makeelement("div", {})
        line.text = br.tail
        line.extend(list(br.itersiblings()))
        h.remove(br)
        line.tail, h.tail = h.tail, None
        h.addnext(line)


def _drop_huge_tags(html: str) -> str:
    """``html`` without its start tags longer than ``_HUGE_TAG_CHARS`` (what ``_HUGE_TAG.sub``
    removes). Such a tag's run between angle brackets covers a whole aligned stretch of half
    that length, so only the runs around bracket-free stretches are measured, with ``find`` in
    C: a tenth of the regex scan's cost (0.08 against 0.78 ms a page on the 406 pages)."""
    half = _HUGE_TAG_CHARS // 2
    size = len(html)
    kept: list[str] = []
    done = 0  # html[:done] is decided
    start = 0
    while start + half <= size:
        end = start + half
        if html.find("<", start, end) >= 0 or html.find(">", start, end) >= 0:
            start = end
            continue
        # The run of text between brackets holding this stretch: html[left + 1 : right].
        left = max(html.rfind("<", 0, start), html.rfind(">", 0, start))
        right = min((i for i in (html.find("<", end), html.find(">", end)) if i >= 0), default=size)
        tag = left >= 0 and html[left] == "<" and right < size and html[right] == ">"
        if tag and right - left - 1 >= _HUGE_TAG_CHARS:
            kept.append(html[done:left])
            done = right + 1
        start = (right // half + 1) * half  # the next stretch past this run
    return "".join(kept) + html[done:] if kept else html


# A zero-width non-joiner between two Arabic-script letters splits a word into parts drawn
# side by side (Persian ``هاشمی‌نسب``, two words). trafilatura drops it as unprintable, which
# joins the parts into one word; a space, the usual substitute, keeps them apart.
_ARABIC_ZWNJ = re.compile("(?<=[\u0600-\u06ff])\u200c(?=[\u0600-\u06ff])")


def _space_arabic_joiners(html: str) -> str:
    return _ARABIC_ZWNJ.sub(" ", html) if "\u200c" in html else html


def _absolute(base: str, ref: str) -> str | None:
    """``ref`` resolved against ``base`` when the result is a URL a crawler could request."""
    try:
        url = urljoin(base, ref)
    except ValueError:
        return None
    return url if is_followable(url) else None


@dataclass
class Selectors:
    """Optional CSS selectors from a site profile; any field left empty falls back to generic."""

    title: str = ""
    body: str = ""
    author: str = ""
    published: str = ""
    related: str = ""
    recommended: str = ""


@dataclass
class Extracted:
    """What one page yields; every field is ``None``/empty when the page does not state it."""

    url: str
    canonical_url: str | None = None  #: ``<link rel=canonical>`` or ``og:url``, absolute
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    author: str | None = None
    source: str | None = None  #: 来源 credit, when the page names one
    editor: str | None = None  #: 责任编辑/编辑/审核…, comma-separated
    correspondent: str | None = None  #: 通讯员, comma-separated (not authors)
    photographer: str | None = None  #: 摄影, 图/, ``… 摄``, comma-separated
    translator: str | None = None  #: 翻译, 编译, comma-separated
    published_at: datetime | None = None
    published_raw: str | None = None
    date_source: str | None = None  #: which candidate gave the date (meta:…, headline, url…)
    #: the date is the page's update time, the one date it prints (更新时间：…)
    date_updated: bool = False
    modified_at: datetime | None = None
    modified_raw: str | None = None
    language: str | None = None
    description: str | None = None
    image_url: str | None = None  #: lead image, absolute
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    publisher: str | None = None  #: site or publisher name
    links: list[tuple[str, str, str]] = field(default_factory=list)  #: (url, anchor, kind)
    page_links: list[str] = field(default_factory=list)  #: every http(s) link on the page
    #: a story split over pages: every page its pager links, this one among them, first page
    #: first (``extract.pager``); with ``page_links`` only
    article_pages: list[str] = field(default_factory=list)

    @property
    def body(self) -> str | None:
        return "\n\n".join(self.paragraphs) or None


def extract_article(
    html: str,
    url: str,
    selectors: Selectors | None = None,
    default_tz: tzinfo | None = None,
    page_links: bool = False,
    now: datetime | None = None,
    max_links: int | None = None,
    on_tree: Callable[[HtmlElement], object] | None = None,
    site_tz: tzinfo | None = None,
) -> Extracted:
    """Extract one article page. Never raises on missing data; missing values are ``None``.

    ``page_links=True`` also lists every link on the page (what a crawler follows), the first
    ``max_links`` of them when given. ``now`` (the fetch time, aware) rules out publication
    dates after it. ``on_tree`` is called with the parsed tree (never-visible elements gone)
    before extraction changes it: the page type reads the page's links there, sparing a
    second parse. ``default_tz`` (a profile's zone) is the zone of every unzoned time on the
    page; ``site_tz`` (the zone the site's other pages showed) only of a page that names none
    and whose language and host say none either (a Chinese city portal's English mirror).
    """
    out = Extracted(url=url)
    if not html.strip():
        return out
    selectors = selectors or Selectors()
    # One parse (extract.tree: trafilatura's loader, C-level class lookup) serves metadata,
    # links and the body.
    root = parse_html(_drop_huge_tags(_space_arabic_joiners(html)))
    if not isinstance(root, HtmlElement):
        return out
    if len(html) > _MAX_TEXT_NODE:  # else no text node can be that long: skip the XPath
        _cap_text_nodes(root)
    _split_headline_info(root)
    page = Page.read(url, root, now)
    sel = page.sel
    base = document_base(root, url)
    scripted = script_urls(root, base) if page_links else []  # before scripts go
    _drop_class_hidden(root)
    # JSON-LD is read; never-visible elements go now, in C, so that no Python pass below (nor
    # trafilatura's) walks them.
    strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
    _lift_stored_html(root)
    canonical = sel.css('link[rel="canonical"]::attr(href)').get() or meta_value(
        page.meta, "og:url"
    )
    out.canonical_url = _absolute(base, canonical.strip()) if canonical else None
    if page_links:
        out.page_links = link_urls(root, base, max_links) + scripted
        out.article_pages = article_pages(root, base, url)
    if on_tree is not None:
        on_tree(root)
    for el in list(root.iter("rt", "rp")):  # ruby pinyin: keep base characters only
        el.drop_tree()
    # Readers' comments go before anything is read: a comment's time is not the story's, a
    # commenter's name no credit (the body step used to drop them only for the body).
    drop_comments(root)
    page.page_text = str(root.xpath("string(//body)"))
    metadata.read_head(out, page, selectors, default_tz, site_tz)
    related_css = {
        k: v
        for k, v in (("related", selectors.related), ("recommended", selectors.recommended))
        if v
    }
    out.links = pop_related_blocks(root, base, related_css, page.page_text)
    metadata.read_byline(out, page, selectors)
    huge = (
        len(page.page_text) > _MAX_ENGINE_CHARS
        or cast(float, _COUNT_ELEMENTS(root)) > _MAX_ENGINE_ELEMENTS
    )
    paragraphs = extract_body(root, url, selectors.body, engines=not huge)
    if out.title and paragraphs:
        paragraphs = _below_headline(paragraphs, clean_line(out.title))
    out.paragraphs = metadata.read_credits(out, page, paragraphs)
    return out


# The headline's block when the body opens with it: a section label above the headline (Local
# News), the headline, then its repeats under a player's label (WATCH: headline). At most this
# many lines above the headline, each a short label ending no sentence.
_KICKER_LINES = 2
_KICKER_CHARS = 30
_SENTENCE_END = re.compile(r"[.!?。！？]$")
_REPEAT_LABEL = re.compile(r"[A-Z]{2,12}\s?[:：|｜]\s?|[\u4e00-\u9fff]{2,4}\s?[:：|｜]\s?")


def _below_headline(paragraphs: list[str], title: str) -> list[str]:
    """``paragraphs`` without the headline's block they open with: the title as their first
    line (the title keeps the ideographic space its headline shows), or after a section label
    or two (:data:`_KICKER_LINES`), and any line after it that repeats the title under a short
    label (a video player's "WATCH: …" caption)."""
    lines = [clean_line(p) for p in paragraphs[: _KICKER_LINES + 1]]
    if title not in lines:
        return paragraphs
    at = lines.index(title)
    if any(len(k) > _KICKER_CHARS or _SENTENCE_END.search(k) for k in lines[:at]):
        return paragraphs
    rest = paragraphs[at + 1 :]
    while rest and (repeat := clean_line(rest[0])).endswith(title):
        if not _REPEAT_LABEL.fullmatch(repeat[: -len(title)]):
            break
        rest = rest[1:]
    return rest
