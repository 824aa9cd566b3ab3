"""Article body of a page nobody configured: the generic cascade (focus, engine, arbiter) and the
container heuristic used for profile selectors and as a last resort.

Pure: takes the page's ``lxml`` tree (already stripped of invisible elements) and returns the
body as a list of paragraphs.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from contextvars import ContextVar
from copy import deepcopy
from typing import Any, cast

import lxml.html
import trafilatura
from lxml.etree import Element, XPath, strip_elements
from lxml.html import HtmlElement
from trafilatura.readability_lxml import Document

from newscrawl.clean import clean_line, is_boilerplate, t2s_table
from newscrawl.extract.chooser import (
    DEFAULT,
    READABILITY_MIN_TEXT,
    Opinions,
    Params,
    agreement,
    choose,
    label_shaped,
    tokens,
    trim_ends,
    weight,
)

_BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "td", "dd"}
_JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "form",
    "nav",
    "footer",
    "aside",
    "button",
    "select",
    "svg",
    "object",
    "embed",
    "rt",
    "rp",
)
_JUNK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|share|sharing|social|comment\w*|footer|nav\w*|menu|"
    r"breadcrumbs?|copyright|cookie\w*|newsletter|sidebar|related|recommend\w*|popup|modal|"
    r"subscribe|print|toolbar|tags?)(?:$|[\s_-])",
    re.IGNORECASE,
)


_MIN_HEADLINE = 8  # shorter <h1> texts are site names and section labels
_FEED_HEADLINES = 10  # this many headlines make a page a feed of stories
_FOCUS_MIN_CHARS = 300  # weighted paragraph characters: less is a teaser card, not the story
_SHORT_BODY = 800  # weighted characters: below this, precision mode may have lost the body
_SHORT_RATIO = 5  # … and the default mode's answer must be this many times longer to win
_CONFIDENT = 1000  # weighted characters: a fast-mode answer this long skips the fallback chain


# Elements no reader sees as the story's text, known by a class name: the headline block's
# 引题 (kicker) and 副题 (subtitle) around the <h1> of Chinese newspapers, and text only a screen
# reader reads (the ``visually-hidden`` / ``sr-only`` / ``screen-reader-text`` helpers of
# Bootstrap, WordPress and most design systems: "Image caption, ", "Author, ", "Skip … and
# continue reading"). A 副题 is also set as the heading right after the <h1>, opening with a
# dash (——…侧记).
_UNREAD_CLASSES = (
    *("yinti", "futi", "fubiaoti"),
    *("visually-hidden", "sr-only", "screen-reader-text", "visuallyhidden"),
)
# Any of them as a substring: one regex call per class instead of a generator over the seven
# ``in`` tests (the same verdict: an alternation of escaped literals matches where one of them
# occurs; ~0.15 ms a page on aeb).
_UNREAD = re.compile("|".join(map(re.escape, _UNREAD_CLASSES)))


def _drop_unread(root: HtmlElement) -> None:
    """Drop the elements :data:`_UNREAD_CLASSES` names, the access-key anchors, a dashed
    subtitle after an ``<h1>`` and an empty inline element in a run of text
    (:func:`_empty_in_text`). One Python pass over the elements: an XPath testing every
    element's class costs twice as much."""
    found, empty = [], []
    for el in cast(Iterator[HtmlElement], root.iter(Element)):
        if (cls := el.get("class")) and _UNREAD.search(cls):
            found.append(el)
        elif el.tag == "a" and el.get("accesskey") is not None:
            found.append(el)  # a keyboard shortcut's anchor (a Taiwanese page's ::: marks)
        elif el.tail and el.tag in _EMPTY_INLINE and not len(el) and not el.text:
            empty.append(el)
    for h1 in root.iter("h1"):
        sub = h1.getnext()
        if sub is not None and sub.tag in ("h2", "h3", "h4") and _text(sub).startswith("——"):
            found.append(sub)
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()
    for el in empty:
        if _empty_in_text(el):
            el.drop_tree()  # its tail stays in place


# An empty inline element in a run of text (a stock quote's placeholder ``<span
# id="quote_…"></span>`` after the linked ``$name(code)$``, WordPress's ``<p><span
# id="more-5129"></span>…``): trafilatura drops its tail, the rest of the paragraph. Out of
# the tree, the text runs on. (An icon opening a control, ``<span><em></em>评论</span>``, and
# one in a link are left as they are: their tail is a label, which is what gets dropped.)
_EMPTY_INLINE = frozenset({"span", "i", "b", "em", "strong", "font", "a", "u", "small", "sup"})
_TEXT_PARENTS = frozenset({"p", "div", "td", "section", "article", "blockquote"})
_SENTENCE = 30  # weighted characters


def _empty_in_text(el: HtmlElement) -> bool:
    if not (el.tail or "").strip():
        return False
    before, parent = el.getprevious(), el.getparent()
    if before is not None:  # the text right before it: the sibling's tail, else the sibling
        in_text = bool((before.tail or before.text_content()).strip())
    else:  # … or the parent's
        in_text = bool((parent.text or "").strip())
    # … or a sentence after it in a paragraph (a widget's label, "<comments-count/> comments",
    # is no sentence)
    in_text = in_text or (parent.tag in _TEXT_PARENTS and weight([el.tail]) >= _SENTENCE)
    return in_text and next(el.iterancestors("a"), None) is None


# A form holding this share of the page's text is the page's layout, not a control: ASP.NET
# WebForms (and the CMSes built on it) wrap the whole page in one server ``<form>``.
_PAGE_FORM_SHARE = 0.5


def _prune(root: HtmlElement) -> None:
    page_chars = -1
    for el in list(root.iter(*_JUNK_TAGS)):
        if el.getparent() is None:
            continue
        if el.tag == "form":
            if page_chars < 0:
                page_chars = len(root.text_content())
            if len(el.text_content()) >= _PAGE_FORM_SHARE * page_chars:
                continue
        el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el, HtmlElement) or el.tag in ("html", "body", "article", "main"):
            continue
        cls = f"{el.get('class', '')} {el.get('id', '')}"[:300]  # bounded regex input
        if _JUNK_CLASS.search(cls) and el.getparent() is not None:
            el.drop_tree()


# Custom elements (``<founder-content>``, ``<story-body>``: a name with a hyphen): no engine
# knows them, and trafilatura reads one holding paragraphs as a single run of text, or drops it.
# … and an inline element holding paragraphs: ASP.NET's Label (``<span id="lblContent"><div
# class="WordSection1"><p>…``) and other templates that print the stored body into a <span>.
# One XPath for both: one walk over the page's elements.
_CUSTOM = XPath("//body//*[contains(local-name(), '-') or self::span[p or div or table]]")


def _custom_elements_as_html(root: HtmlElement) -> None:
    """A custom element becomes the HTML element it stands for: a ``<div>`` when it holds
    blocks (a Founder e-paper's ``<founder-content><P>…</P><P>…</P></founder-content>``), else
    a ``<span>`` (an icon, an inline widget). Its text and children stay as they are. So does a
    ``<span>`` holding paragraphs (see ``_CUSTOM``): a container, not a run of text, which
    the engines read as one inline run inside a table cell (the rest of the story spilling out
    after the table)."""
    for el in cast(list[HtmlElement], _CUSTOM(root)):
        if el.tag == "span":  # a span holding blocks (the XPath's second test)
            el.tag = "div"
            continue
        holds_block = any(isinstance(c.tag, str) and c.tag in _FLOW_BLOCKS for c in el.iter())
        el.tag = "div" if holds_block else "span"


def _link_chars(el: HtmlElement) -> int:
    return sum(len(a.text_content().strip()) for a in el.iter("a"))


# Runs of text formatting a paragraph pasted from Word is made of (an old CMS's
# ``　　<font><font face=仿宋>目前，各村</font></font><span>（社区）…</span><br />``): their
# text is their parent's, as a <p>'s is, when the parent ends paragraphs with <br>: the runs
# between its line breaks. A run holding line breaks itself is read at its own level (not
# again at each level of runs around it: linear however deep they nest). Not in a block
# holding a headline link of its own (a search result's cell: the link, then its excerpt and
# date in <font> runs): that is a teaser, not a pasted story.
_RUN_TAGS = frozenset({"font", "span"})
_HEADLINE_LINK = 8  # characters of a child link's text that make it a headline


def _score(el: HtmlElement) -> float:
    score = 0.0
    runs = el.find("br") is not None and not any(
        len(a.text_content().strip()) >= _HEADLINE_LINK for a in el.iterchildren("a")
    )
    for child in el:
        if child.tag == "p" or (runs and child.tag in _RUN_TAGS and child.find("br") is None):
            text_len = len(child.text_content().strip())
            score += max(0, text_len - 2 * _link_chars(child))
        elif child.tag == "br" and child.tail:
            score += len(child.tail.strip())
    if el.text:
        score += len(el.text.strip())
    return score * (1.2 if el.tag in ("article", "main") else 1.0)


def _ranked(root: HtmlElement, k: int) -> list[HtmlElement]:
    """The ``k`` densest text blocks, densest first (a block scoring nothing is none). A
    ``<span>`` is a block only when it ends paragraphs with ``<br>`` (a Word-pasted story's
    wrapper), not a teaser's byline or a label."""
    scored = []
    for i, el in enumerate(
        root.iter("div", "article", "section", "td", "main", "body", "font", "span")
    ):
        if el.tag == "span" and el.find("br") is None:
            continue
        score = _score(el)
        if score > 0:
            scored.append((-score, i, el))  # ties: the first in the page
    return [el for _, _, el in heapq.nsmallest(k, scored)]


def _container(root: HtmlElement, css: str) -> HtmlElement | None:
    if css:
        found = root.cssselect(css)
        if found:
            return found[0]
    best = _ranked(root, 1)
    return best[0] if best else None


def _paragraphs(container: HtmlElement) -> list[str]:
    """Leaf text blocks in document order; text separated by ``<br>`` counts as paragraphs."""
    paras: list[str] = []

    def walk(el: HtmlElement) -> None:
        has_block_child = any(isinstance(c, HtmlElement) and c.tag in _BLOCK_TAGS for c in el)
        if el is not container and el.tag in _BLOCK_TAGS and not has_block_child:
            text = _text(el)
            if text and _link_chars(el) < 0.6 * len(text):
                paras.append(text)
            return
        if el.text and el.text.strip() and has_block_child:
            paras.append(clean_line(el.text))
        for child in el:
            if isinstance(child, HtmlElement):
                if child.tag in _BLOCK_TAGS:
                    walk(child)
                elif child.tag == "br":
                    pass
                elif has_block_child or el is container:
                    text = _text(child)
                    if text and child.tag not in ("a", "time"):
                        paras.append(text)
            if child.tail and child.tail.strip() and (has_block_child or el is container):
                paras.append(clean_line(child.tail))

    if not any(c.tag in _BLOCK_TAGS for c in container.iter() if c is not container):
        chunks = [container.text or ""]
        for c in container:
            chunks.append("\n" if c.tag == "br" else "".join(c.itertext()))
            chunks.append(c.tail or "")
        return [line for line in map(clean_line, "".join(chunks).split("\n")) if line]
    walk(container)
    return paras


# A paywall's box: its class or id names it, and it asks the reader to subscribe or log in
# (财新's ``cons_paywall``: 订阅财新通，畅读全文… 限时优惠 ¥498/年 已是订阅用户？登录). Some sites
# mark the story itself ``paywall`` (``ArticlePage-content paywall``): a box is dropped only
# when short and asking.
_PAYWALL_ATTR = re.compile(r"pay-?wall|reg-?wall|charge-?wall", re.IGNORECASE)
_PAYWALL_ASK = re.compile(
    r"订阅|訂閱|付费|付費|登录|登錄|subscri|sign in|log in|already a member|"
    # German, French, Spanish, Italian, Dutch: subscription (Abo, abonné, suscríbete,
    # abbonati, abonnement), logging in, reading on
    r"\babo\b|anmelden|weiterlesen|abonn|se connecter|suscr[ií]b|abbona|accedi|inloggen",
    re.IGNORECASE,
)
_PAYWALL_MAX = 300  # characters: a longer box holds text (the story behind the wall) …
# … unless its weighted characters are few (a Latin-script box's list of an offer's perks)
_PAYWALL_MAX_WEIGHT = 450
# the data attributes that name a page region (``data-area="paywall"``, ``data-paywall``)
_REGION_DATA = ("data-area", "data-component", "data-testid")


def _paywall_data(el: HtmlElement) -> bool:
    """Whether a data attribute names the element a paywall (``data-paywall``, ``data-area=
    "paywall"``)."""
    if el.get("data-paywall") is not None:
        return True
    for name in _REGION_DATA:
        value = el.get(name)
        if value and "wall" in value.lower() and _PAYWALL_ATTR.search(value):
            return True
    return False


def _drop_paywall(root: HtmlElement) -> None:
    """Remove paywall prompts (see ``_PAYWALL_ATTR``): not the story's text."""
    boxes = [
        el
        for el in root.iter("div", "section", "aside", "form")
        if _PAYWALL_ATTR.search(f"{el.get('class', '')} {el.get('id', '')}")
        or (el.attrib and _paywall_data(el))
    ]
    for el in boxes:
        shown = el.text_content()
        if (
            (len(shown.strip()) <= _PAYWALL_MAX or weight([shown]) <= _PAYWALL_MAX_WEIGHT)
            and _PAYWALL_ASK.search(shown)
            and el.getparent() is not None
            and next(el.iter("h1"), None) is None
        ):
            el.drop_tree()


def _focus(root: HtmlElement) -> None:
    """Narrow the page to its one ``<article>`` element when it clearly holds the story.

    Pages with a single top-level ``<article>`` (or several, exactly one holding the ``<h1>``)
    carry feeds, "more stories" and comment widgets outside it. Measured on the extraction
    benchmark this raised F1 (0.965 → 0.973 on aeb) and halved the work left for the engine.
    """
    articles = [a for a in root.iter("article") if next(a.iterancestors("article"), None) is None]
    if len(articles) > 1:
        articles = [a for a in articles if next(a.iter("h1"), None) is not None]
    if len(articles) != 1:
        return
    article = articles[0]
    body = root.find("body")
    if body is None:
        return
    if weight([p.text_content().strip() for p in article.iter("p")]) < _FOCUS_MIN_CHARS:
        return
    # The article is moved out first: lxml (6.0) never frees a removed subtree that a node
    # is moved out of afterwards (~60 KiB a page, for the life of the process).
    if article.getparent() is not body:
        body.append(article)
    for child in list(body):
        if child is not article:
            body.remove(child)


# Elements that end a paragraph: loose text between two of them is a paragraph of its own.
_FLOW_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "center", "details", "dd", "div", "dl"),
        *("dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul"),
    }
)
_LOOSE_PARENTS = ("div", "section", "article", "main", "td", "center", "font")
_LOOSE_PROSE = 150  # weighted characters: a lone loose run this long is prose, not a label


def _wrap_loose_text(root: HtmlElement) -> None:
    """Text that sits loose in a container beside block children (``<div>text<div><img>
    </div>more text<br>text</div>``, the output of many CMS editors) goes into ``<p>``
    elements, one per run between blocks, inline children and ``<br>`` included. A container
    with a single short run (a dateline beside its share buttons) is left as it is.

    trafilatura's precision mode reads such a run as the tail of the block before it and drops
    it with that block (an image's wrapper, say): the story loses every paragraph that follows
    a picture. In a ``<p>`` it is a paragraph like any other.
    """
    for el in list(root.iter(*_LOOSE_PARENTS)):
        children = list(el)
        if not any(c.tag in _FLOW_BLOCKS for c in children if isinstance(c.tag, str)):
            continue
        runs = [el.text or ""] + [c.tail or "" for c in children if c.tag in _FLOW_BLOCKS]
        runs = [run for run in runs if run.strip()]
        if not runs or (len(runs) == 1 and weight(runs) < _LOOSE_PROSE):
            continue  # one short line beside a block (a dateline above share buttons): as is
        para: HtmlElement | None = None
        if (el.text or "").strip():
            para = el.makeelement("p", {})
            para.text, el.text = el.text, None
            el.insert(0, para)
        for child in children:
            if child.tag in _FLOW_BLOCKS or not isinstance(child.tag, str):
                para = None
                if (child.tail or "").strip() and child.tag in _FLOW_BLOCKS:
                    para = el.makeelement("p", {})
                    para.text, child.tail = child.tail, None
                    child.addnext(para)
            elif para is not None:
                if child.tag == "br" and _ends_in_br(para):
                    # <br><br>: a blank line ends the paragraph; the text after it starts one
                    para = None
                    if (child.tail or "").strip():
                        para = el.makeelement("p", {})
                        para.text, child.tail = child.tail, None
                        child.addnext(para)
                    continue
                para.append(child)  # moves the child with its tail
            elif (child.tail or "").strip() or child.tag != "br":
                para = el.makeelement("p", {})
                child.addprevious(para)
                para.append(child)


_HAN = re.compile(r"[\u3400-\u9fff]")
# A caption's closing picture credit: （中央社記者X攝 113年5月7日）, （資料圖片）, （圖取自…）,
# 圖／讀者提供, 記者X／攝影. Matched on the simplified folding (one character for one).
_PHOTO_CREDIT = re.compile(
    r"(?:[（(][^（()）]{0,40}(?:摄|照片|图片|图取自|供图|提供)[^（()）]{0,20}[)）]"
    r"|[（(]\s*图\s*[:：／/][^（()）]{1,30}[)）]"  # （圖：X）, （图/X）: the picture is X's
    # a file photo (（档案照）, （資料圖）) or the paper's own (（星暹日报图）, （中央社图）)
    r"|[（(](?:档案|资料)(?:照|图)[)）]"
    r"|[（(][^（()）\s]{0,12}(?:报|社|网|台)图[)）]"
    r"|\s*图\s*[／/][^／/]{1,30}|\s*(?:记者\s?)?[^\s／/]{0,12}[／/]\s*摄影"
    # © 路透社, © Reuters/Jane Doe: a closing copyright mark names the picture's owner;
    # 图片来源：新华社, 图像来源: AP Photo: the picture's source
    r"|\s*©\s*[^©。！？]{1,40}|\s*(?:图片|图像|图)来源\s*[:：，,][^。！？]{1,80})\s*$"
)


# A caption's part that a class names the picture's credit (``<span class="credit">``,
# ``caption-copyright``, ``credits``): its owner or photographer, not a sentence of the story.
_CREDIT_CLASS = re.compile(r"credit|copyright", re.IGNORECASE)


def _caption_text(caption: HtmlElement) -> str:
    if any(_CREDIT_CLASS.search(el.get("class") or "") for el in caption.iterdescendants()):
        caption = deepcopy(caption)  # the page's own caption stays whole
        for el in list(caption.iterdescendants()):
            if _CREDIT_CLASS.search(el.get("class") or "") and el.getparent() is not None:
                el.drop_tree()
    text = clean_line(caption.text_content())
    found = _PHOTO_CREDIT.search(text.translate(t2s_table()))
    return text[: found.start()].rstrip() if found else text


# A wrapper that names itself a picture's (img_wrapper, pic-box, photo, figure): not a logo
# with its label, a signature or a print header.
_PICTURE_BOX = re.compile(
    r"(?:^|[\s_-])(?:img|image|images|pic|pics|picture|photo|figure|foto)(?:$|[\s_-]|\w{0,8}\b)",
    re.IGNORECASE,
)


# An element classed a caption, or a picture's description or note (img_descr, img-desc,
# pic-desc, img-note: the portals' names for the line under a picture).
_CAPTION_CLASS = re.compile(
    r"caption|(?:img|image|pic|picture|photo)[_-]?(?:desc|descr|description|note)\b",
    re.IGNORECASE,
)


def _caption_of(box: HtmlElement) -> HtmlElement | None:
    """A picture box's caption: a ``<figure>``'s ``<figcaption>``, or the element classed a
    caption in a ``<div>`` named a picture's that holds one (今日头条's ``<div class="pgc-img">
    <img><p class="pgc-img-caption">…</p></div>``); or a paragraph classed a picture's caption
    right after the paragraph that holds the picture alone (腾讯's ``<p><img></p><p
    class="img-desc">…</p>``)."""
    if box.tag == "figure":
        return next(box.iter("figcaption"), None)
    if not box.get("class") and not box.get("id"):
        return None
    if box.tag == "p" and _CAPTION_CLASS.search(box.get("class") or ""):
        before = box.getprevious()
        alone = before is not None and before.find(".//img") is not None
        return box if alone and not before.text_content().strip() else None
    if not _PICTURE_BOX.search(f"{box.get('class', '')} {box.get('id', '')}"):
        return None
    caption = next(
        (c for c in box if isinstance(c.tag, str) and _CAPTION_CLASS.search(c.get("class") or "")),
        None,
    )
    if caption is None or next(box.iter("img"), None) is None:
        return None
    # the box shows the caption and nothing else (not a gallery of pictures and captions)
    return caption if box.text_content().strip() == caption.text_content().strip() else None


_TABLE_CAPTION = 120  # characters: a longer cell beside a picture is a story's text


def _picture_table_caption(table: HtmlElement) -> HtmlElement | None:
    """A picture table's caption cell: one picture in one cell, one short line of text in
    another and nothing else (an e-paper's or an old CMS's ``<table><tr><td><img></td></tr>
    <tr><td>caption（記者X攝）</td></tr></table>``): the table is a figure."""
    if len(list(table.iter("img"))) != 1 or table.find(".//table") is not None:
        return None
    cells = [c for c in table.iter("td", "th") if c.text_content().strip()]
    if len(cells) != 1 or cells[0].find(".//img") is not None:
        return None
    return cells[0] if len(cells[0].text_content().strip()) <= _TABLE_CAPTION else None


def _chinese_captions_as_paragraphs(root: HtmlElement) -> None:
    """A picture's caption in Chinese becomes a paragraph where the picture was, its closing
    photo credit left out. The engines drop a ``<figure>`` whole, and an element classed a
    caption anywhere; a Chinese story's caption is a sentence of the story (图为…,
    5月7日，…一带人潮众多): 8 of 9 such captions on the magichtml pages are in the truth's
    body, and every held-out site's reader keeps them. Not other languages': on aeb 12 of 121
    captions are body text, on magichtml 73 of 178."""
    for figure in list(root.iter("figure", "div", "table", "p")):
        if figure.tag == "table":
            caption = _picture_table_caption(figure)
        else:  # a box with a caption, and no table (one search of its subtree, only then)
            caption = _caption_of(figure)
            if caption is not None and figure.find(".//table") is not None:
                continue
        if caption is None:
            continue
        text = _caption_text(caption)
        if not text or 2 * len(_HAN.findall(text)) < len("".join(text.split())):
            continue
        para = figure.makeelement("p", {})
        para.text, para.tail = text, figure.tail
        figure.getparent().replace(figure, para)


_BOX_TAGS = ("div", "section")
_BOX_CHILDREN = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "br"))


def _paragraph_box(el: HtmlElement) -> bool:
    """A container holding only paragraphs (and subheads): a run of a story's text."""
    if el.tag not in _BOX_TAGS or (el.text or "").strip():
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    return any(c.tag == "p" for c in children) and all(
        c.tag in _BOX_CHILDREN and not (c.tail or "").strip() for c in children
    )


def _join_split_story(root: HtmlElement) -> None:
    """A story the page splits around an ad slot (``<div id="upper"><p>…</p></div><div
    class="ad"></div><div id="lower"><p>…</p></div>``) is read as one run: the second box's
    paragraphs move into the first. Readability and the densest block pick one container, and
    the chooser cut the first half's short paragraphs as a dek readability lacked. Only boxes
    of paragraphs, siblings with nothing but empty elements (the ad slots) between them."""
    for el in list(root.iter(*_BOX_TAGS)):
        if el.getparent() is None or not _paragraph_box(el):
            continue
        nxt = el.getnext()
        between: list[HtmlElement] = []
        while nxt is not None:
            if (el.tail or "").strip() or (nxt.tail or "").strip():
                break
            if not isinstance(nxt.tag, str) or nxt.text_content().strip():
                break
            if next(nxt.iter("img", "video", "figure"), None) is not None:
                break
            between.append(nxt)
            nxt = nxt.getnext()
        if not between or nxt is None or not isinstance(nxt.tag, str) or not _paragraph_box(nxt):
            continue
        for child in list(nxt):
            el.append(child)
        nxt.getparent().remove(nxt)


_CAPTION_MIN = 6  # characters of text beside a picture that make it a caption, not a label


def _captioned_pictures_to_paragraphs(root: HtmlElement) -> None:
    """A ``<div>`` named a picture's wrapper, holding a picture and its caption in inline
    elements and no block (``<div class="img_wrapper"><img><span class="img_descr">caption
    </span></div>``, 新浪's and many CMSes' picture markup) becomes a ``<p>``: precision mode
    drops such a div whole, caption and all, while it keeps the same picture and caption in a
    ``<p>``. Not a card whose text is a link (a teaser of another page)."""
    for el in list(root.iter("div")):
        if not _PICTURE_BOX.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue
        if next(el.iter("img"), None) is None:
            continue
        if any(isinstance(c.tag, str) and c.tag in _FLOW_BLOCKS for c in el.iterdescendants()):
            continue
        shown = el.text_content().strip()
        linked = sum(len(a.text_content().strip()) for a in el.iter("a"))
        if len(shown) >= _CAPTION_MIN and 2 * linked < len(shown):
            el.tag = "p"


def _ends_in_br(para: HtmlElement) -> bool:
    """Whether ``para`` ends in a ``<br>`` with nothing after it."""
    return len(para) > 0 and para[-1].tag == "br" and not (para[-1].tail or "").strip()


def _leaf_sections_to_paragraphs(root: HtmlElement) -> None:
    """A ``<section>`` holding text but no block (``<section><span>text</span></section>``, the
    paragraphs of WeChat-style editors) becomes a ``<p>``: precision mode drops such a section
    whole. One pass, descendants before ancestors (linear however deep sections nest)."""
    if next(root.iter("section"), None) is None:
        return
    holds_block: set[HtmlElement] = set()
    for el in reversed(list(cast(Iterator[HtmlElement], root.iter(Element)))):
        parent = el.getparent()
        if parent is not None and (el.tag in _FLOW_BLOCKS or el in holds_block):
            holds_block.add(parent)
        if el.tag == "section" and el not in holds_block and el.text_content().strip():
            el.tag = "p"  # leaf sections are disjoint: their texts are read once in all


# A label cell of a key-value table: a short name and its colon (索  引  号：, 发文机关：).
_LABEL_CELL = re.compile(r"^[^\s:：]{1,10}[:：]$")
# … or a header cell (<th>) naming a date (發稿日期, 发布时间): a release's info table
# (發稿日期 | 113/05/01 | 發稿單位 | 觀光局), where a table of figures heads its rows otherwise
_DATE_HEADER = re.compile(r"^[^\s:：]{0,8}(?:日期|时间|時間)$")
# A table of press contacts (a release's 新聞聯絡人 | 聯絡人 | 聯絡電話 under its text), by its
# caption or its first row's cell
_CONTACT_HEADER = re.compile(r"^(?:新闻|新聞)?(?:联系人|聯絡人|联络人|聯繫人)$")
_KEY_VALUE_MIN = 3  # label cells: fewer make a table of figures with a caption row
# A table of metadata above the text it describes is followed by prose: a paragraph this long.
_FOLLOWING_PROSE = XPath("following::p[string-length(normalize-space(.)) > 40][1]")


_LINK_TABLE_ROWS = 3  # rows of links: fewer make a table with a link or two in it
_LINK_TABLE_SHARE = 0.7  # of the table's text in links: a column of links, with its heading


def _link_table(table: HtmlElement, rows: list[HtmlElement]) -> bool:
    """A table of links, one to a row (a side column's 栏目导航, 友情链接, a notice list in a
    table-layout page): navigation, which precision mode keeps as table rows."""
    linked = [row for row in rows if next(row.iter("a"), None) is not None]
    if len(linked) < _LINK_TABLE_ROWS:
        return False
    shown = len("".join(table.text_content().split()))
    return _link_chars(table) >= _LINK_TABLE_SHARE * shown


def _drop_key_value_tables(root: HtmlElement) -> None:
    """A table of links (``_link_table``) goes, and one of press contacts (``_contact_table``);
    so does a table of label/value pairs above
    the text (a government page's 信息公开 table:
    索引号： | 000014349/2024-00253 | 主题分类： | …, 发文机关：, 成文日期：, 发文字号：) describes
    the document; it is not the document's text. Dropped when it has no table inside, at least
    three label cells (a name and a colon, or any header cell when one names a date: 發稿日期 |
    113/05/01 | 發稿單位 | 觀光局), a label in every row, no cell of prose, and a paragraph of
    prose after it."""
    for table in list(root.iter("table")):
        if any(inner is not table for inner in table.iter("table")):
            continue  # a layout table around others
        rows = list(table.iter("tr"))
        if _link_table(table, rows):
            table.drop_tree()
            continue
        if _contact_table(table, rows):
            table.drop_tree()
            continue
        labels = 0
        headers = [c for c in table.iter("th") if len(c) == 0]
        dated = any(_DATE_HEADER.match("".join(c.text_content().split())) for c in headers)
        for row in rows:
            found = [(c.tag, "".join(c.text_content().split())) for c in row.iter("td", "th")]
            if any(len(c) > 60 for _, c in found):
                break  # a cell of prose: the table holds text of its own
            in_row = sum(bool(_LABEL_CELL.match(c) or (dated and tag == "th")) for tag, c in found)
            if not in_row and any(c for _, c in found):
                break
            labels += in_row
        else:
            if labels >= _KEY_VALUE_MIN and cast(list[Any], _FOLLOWING_PROSE(table)):
                table.drop_tree()


def _contact_table(table: HtmlElement, rows: list[HtmlElement]) -> bool:
    """A table of press contacts: captioned or headed 新聞聯絡人 / 聯絡人, short cells only."""
    caption = table.find("caption")
    heads = [caption] if caption is not None else []
    heads += list(rows[0].iter("td", "th")) if rows else []
    if not any(_CONTACT_HEADER.match("".join(h.text_content().split())) for h in heads):
        return False
    return all(len(c.text_content()) <= _CONTACT_CELL for c in table.iter("td", "th"))


_CONTACT_CELL = 60  # characters: a longer cell is text


# A layout table: one holding another table, or a cell holding a paragraph of prose (a
# data table's cells hold figures and short labels; Word-pasted ones short <p> runs), or the
# page's headline (an old portal's headline and info line set in a table of their own: a
# header, no data).
_LAYOUT_TABLE = XPath(
    "//table[.//table or .//h1 or .//td//p[string-length(normalize-space(.)) > 80]]"
)


def _layout_tables_as_divs(root: HtmlElement) -> None:
    """A layout table's rows and cells become ``<div>`` elements (its nested tables are
    judged on their own). The engines read a table as data: a table-layout page (an old
    portal's, an ASP.NET site's) came back as its rows, the navigation, the headline and the
    info line among them, or, with the story in a cell's nested blocks, as nothing."""
    for table in cast(list[HtmlElement], _LAYOUT_TABLE(root)):
        table.tag = "div"
        for row in table.iterchildren("tr", "tbody", "thead", "tfoot"):
            rows = row.iterchildren("tr") if row.tag != "tr" else iter((row,))
            row.tag = "div"
            for tr in rows:
                tr.tag = "div"
                for cell in tr.iterchildren("td", "th"):
                    cell.tag = "div"


def _engine(root: HtmlElement, url: str, precision: bool, fast: bool = False) -> list[str]:
    text = trafilatura.extract(
        root,
        url=url,
        include_comments=False,
        favor_precision=precision,
        deduplicate=False,
        fast=fast,
    )
    return [line for line in (text or "").split("\n") if line.strip()]


def _precise(root: HtmlElement, url: str) -> list[str]:
    """Precision mode, its fallback chain (readability and jusText comparisons) skipped when
    the main extractor alone returns a long answer: the chain only overrides short answers.
    On aeb and magichtml this gave the same F1 as the full chain at 3/4 of its cost."""
    lines = _engine(root, url, precision=True, fast=True)
    if weight(lines) >= _CONFIDENT:
        return lines
    return _engine(root, url, precision=True)


def _readability(tree: HtmlElement) -> list[str]:
    """Readability's main-content algorithm (the port trafilatura ships) as paragraphs."""
    try:
        summary = Document(tree, min_text_length=READABILITY_MIN_TEXT).summary()
    except Exception:  # the port raises on degenerate trees; no opinion then
        return []
    root = lxml.html.fromstring(summary) if summary.strip() else None
    return _paragraphs(root) if isinstance(root, HtmlElement) else []


# Blocks tried after the densest one when it holds furniture only.
_DENSE_TRIES = 3


def _furniture(line: str) -> bool:
    """A footer's line (:func:`is_boilerplate`) or a short line of labelled fields ending no
    sentence (an info line: 作者：X 文章来源：Y 点击数： 更新时间：2019-5-22 11:59:53)."""
    return is_boilerplate(line) or (
        ("：" in line or ":" in line) and label_shaped(line, DEFAULT, lists=True)
    )


def _dense_block(tree: HtmlElement) -> list[str]:
    """The densest text block's paragraphs. A block of furniture lines only (a table-layout
    site's footer: its address, ICP, browser and 设为首页 | 加入收藏 lines; the info line
    under the headline) is passed over: on a brief of two short paragraphs it holds more
    text than the story's block."""
    _prune(tree)
    first: list[str] = []
    for block in _ranked(tree, _DENSE_TRIES):
        paras = _paragraphs(block)
        if paras and not all(map(_furniture, paras)):
            return paras
        first = first or paras
    return first


def _opinions(tree: HtmlElement, url: str) -> Opinions:
    """Second opinions on the focused tree, each computed when first asked; the ones that
    rewrite a tree get a copy (trafilatura copies the tree it is given itself)."""
    return Opinions(
        dense=lambda: _dense_block(deepcopy(tree)),
        readability=lambda: _readability(deepcopy(tree)),
        default=lambda: _engine(tree, url, precision=False),
    )


#: Set by the benchmark to see every candidate of each page: all opinions are then computed
#: (the choice itself is the same) and recorded here.
TRACE: ContextVar[dict[str, Any] | None] = ContextVar("newscrawl_body_trace", default=None)


# Not <nav>: readability keeps a menu, and on a listing page whose body falls back to it the
# menu's links are what tells the page type it is no article (site2's calendar pages).
_ENGINE_DISCARDED = (
    *("footer", "aside", "iframe", "menu", "embed", "object", "video", "audio"),
    *("canvas", "map", "button", "input", "select", "option", "progress", "output"),
)


def _may_hold(root: HtmlElement, chars: int) -> bool:
    """Whether an engine's answer on ``root`` could weigh more than ``chars``: its text does,
    or it has a table (an engine's table rows add `` | `` between the cells)."""
    return root.find(".//table") is not None or weight([root.text_content()]) > chars


def _generic_body(root: HtmlElement, url: str, params: Params = DEFAULT) -> list[str]:
    """Main text of a page nobody configured: trafilatura in precision mode, comments excluded
    (the best of the configurations measured on the extraction benchmark), checked by second
    opinions when it looks unsure (``chooser``)."""
    _drop_paywall(root)  # readers' comments went before metadata was read (extract_article)
    _focus(root)
    _drop_key_value_tables(root)
    _layout_tables_as_divs(root)
    _drop_unread(root)
    _chinese_captions_as_paragraphs(root)
    _wrap_loose_text(root)
    _captioned_pictures_to_paragraphs(root)
    _leaf_sections_to_paragraphs(root)
    _join_split_story(root)
    # An endless-scroll page strings whole stories together, each under its own <h1>: with
    # that many headlines on a page, the body stops at the next one.
    headlines = [t for t in (_text(h) for h in root.iter("h1")) if len(t) >= _MIN_HEADLINE]
    stops = set(headlines[1:]) if len(headlines) >= _FEED_HEADLINES else set()
    strip_elements(root, *_ENGINE_DISCARDED, with_tail=False)
    # No engine reads the <head> (trafilatura deletes it before extracting, after copying it
    # thrice): out of the tree while they run, a sixth of a focused page's elements. Back for
    # the credits read after the body (the <title>'s site-name parts).
    head = root.find("head")
    if head is not None:
        root.remove(head)
    try:
        return _answer(root, url, params, stops)
    finally:
        if head is not None:
            root.insert(0, head)


def _answer(root: HtmlElement, url: str, params: Params, stops: set[str]) -> list[str]:
    """The engine's answer on the prepared tree, checked by the second opinions."""
    opinions = _opinions(root, url)  # trafilatura works on its own copy: root stays intact
    lines = _precise(root, url)
    own_weight = weight(lines)  # weighed once, not up to three times (the same lines)
    if own_weight < _SHORT_BODY and _may_hold(root, _SHORT_RATIO * own_weight):
        # Precision mode sometimes drops a whole body that is not in <p> tags. When it returns
        # little, the default mode gets a second look; a much longer answer wins if it agrees
        # better with the densest text block (a short story keeps its short, right answer).
        recall = opinions.get("default")[0]
        if weight(recall) > _SHORT_RATIO * own_weight:
            dense = opinions.get("dense")[1]
            if agreement(tokens(recall), dense) > agreement(tokens(lines), dense):
                lines = recall
    for i, line in enumerate(lines[1:] if stops else (), start=1):
        if clean_line(line) in stops:
            lines = lines[:i]
            break
    table_chars = sum(len(line) for line in lines if line.startswith("|"))
    fallback = not lines or table_chars > 0.5 * sum(map(len, lines))
    if fallback:
        # Nothing, or a table-layout page rendered as one big table: the container heuristic.
        lines = opinions.get("dense")[0]
    trace = TRACE.get()
    if trace is not None:
        for name in ("dense", "readability", "default"):
            trace[name] = opinions.get(name)[0]
        trace.update(own=lines, fallback=fallback)
    lines, which = choose(lines, fallback, opinions, params)
    if which == "own" and not fallback:
        lines = trim_ends(lines, opinions, params)
    if trace is not None:
        trace["chosen"] = which
    return lines


def _text(el: HtmlElement) -> str:
    return clean_line("".join(el.itertext()))


def extract_body(root: HtmlElement, url: str, css: str = "", engines: bool = True) -> list[str]:
    """The body's paragraphs: the generic cascade, or the container a profile's ``css`` names
    (or the densest one, with ``engines=False``: a page too big for the engines' many passes).
    Consumes ``root``."""
    _custom_elements_as_html(root)
    if not css and engines:
        return _generic_body(root, url)
    _prune(root)
    container = _container(root, css)
    return _paragraphs(container) if container is not None else []
