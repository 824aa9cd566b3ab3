"""Article extraction cascade: profile selectors → JSON-LD/meta → generic body heuristics.

``extract_article(html, url)`` is pure: text in, typed values out, ``None`` for what is missing.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import cast
from urllib.parse import urljoin

import trafilatura
from lxml.etree import XPath, strip_elements
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newscrawl.clean import clean_line
from newscrawl.extract import metadata
from newscrawl.extract.links import absolute_links, pop_related_blocks
from newscrawl.extract.page import Page, meta_value

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
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg")
_BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "td", "dd"}
_CJK = re.compile(r"[\u3400-\u9fff]")
# Chinese newspapers' headline block around the <h1>: 引题 (kicker) and 副题 (subtitle).
_HEADLINE_BLOCK = XPath(
    "//*[contains(@class, 'yinti') or contains(@class, 'futi') or contains(@class, 'fubiaoti')]"
)


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

    @property
    def body(self) -> str | None:
        return "\n\n".join(self.paragraphs) or None


def _text(el: HtmlElement) -> str:
    return clean_line("".join(el.itertext()))


def _prune(root: HtmlElement) -> None:
    for el in list(root.iter(*_JUNK_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el, HtmlElement) or el.tag in ("html", "body", "article", "main"):
            continue
        cls = f"{el.get('class', '')} {el.get('id', '')}"
        if _JUNK_CLASS.search(cls) and el.getparent() is not None:
            el.drop_tree()


def _link_chars(el: HtmlElement) -> int:
    return sum(len(a.text_content().strip()) for a in el.iter("a"))


def _score(el: HtmlElement) -> float:
    score = 0.0
    for child in el:
        if child.tag == "p":
            text_len = len(child.text_content().strip())
            score += max(0, text_len - 2 * _link_chars(child))
        elif child.tag == "br" and child.tail:
            score += len(child.tail.strip())
    if el.text:
        score += len(el.text.strip())
    return score * (1.2 if el.tag in ("article", "main") else 1.0)


def _container(root: HtmlElement, css: str) -> HtmlElement | None:
    if css:
        found = root.cssselect(css)
        if found:
            return found[0]
    best, best_score = None, 0.0
    for el in root.iter("div", "article", "section", "td", "main", "body"):
        score = _score(el)
        if score > best_score:
            best, best_score = el, score
    return best


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
    if _weight("".join(p.text_content().strip() for p in article.iter("p"))) < _FOCUS_MIN_CHARS:
        return
    for child in list(body):
        if child is not article:
            body.remove(child)
    if article.getparent() is not body:
        body.append(article)


_TOKEN = re.compile(r"[\u3400-\u9fff]|\w+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _agreement(lines: list[str], block: set[str]) -> float:
    """F1 of a text's token set against a reference token set."""
    mine = set(_tokens("".join(lines)))
    if not mine or not block:
        return 0.0
    common = len(mine & block)
    return 2 * common / (len(mine) + len(block))


def _weight(text: str) -> int:
    """Length in characters, a CJK character counting as three (about one short word)."""
    return len(text) + 2 * len(_CJK.findall(text))


def _engine(root: HtmlElement, url: str, precision: bool) -> list[str]:
    text = trafilatura.extract(
        root, url=url, include_comments=False, favor_precision=precision, deduplicate=False
    )
    return [line for line in (text or "").split("\n") if line.strip()]


def _generic_body(root: HtmlElement, url: str) -> list[str]:
    """Main text of a page nobody configured: trafilatura in precision mode, comments excluded
    (the best of the configurations measured on the extraction benchmark)."""
    _focus(root)
    # An endless-scroll page strings whole stories together, each under its own <h1>: with
    # that many headlines on a page, the body stops at the next one.
    headlines = [t for t in (_text(h) for h in root.iter("h1")) if len(t) >= _MIN_HEADLINE]
    stops = set(headlines[1:]) if len(headlines) >= _FEED_HEADLINES else set()
    for el in cast(list[HtmlElement], _HEADLINE_BLOCK(root)):
        el.drop_tree()
    spare = deepcopy(root)  # the engine rewrites the tree it is given
    lines = _engine(root, url, precision=True)
    if _weight("".join(lines)) < _SHORT_BODY:
        # Precision mode sometimes drops a whole body that is not in <p> tags. When it returns
        # little, the default mode gets a second look; a much longer answer wins.
        judge = deepcopy(spare)
        recall = _engine(spare, url, precision=False)
        if _weight("".join(recall)) > _SHORT_RATIO * _weight("".join(lines)):
            # Arbiter: the densest text block of the page. The longer answer wins only if it
            # agrees with that block better (a short story keeps its short, right answer).
            _prune(judge)
            block = _container(judge, "")
            dense = set(_tokens("".join(_paragraphs(block)))) if block is not None else set()
            if _agreement(recall, dense) > _agreement(lines, dense):
                lines = recall
    for i, line in enumerate(lines[1:], start=1):
        if clean_line(line) in stops:
            lines = lines[:i]
            break
    table_chars = sum(len(line) for line in lines if line.startswith("|"))
    if table_chars > 0.5 * sum(map(len, lines)):
        return []  # a table-layout page rendered as one big table: the container heuristic wins
    return lines


def extract_article(
    html: str,
    url: str,
    selectors: Selectors | None = None,
    default_tz: tzinfo | None = None,
    page_links: bool = False,
    now: datetime | None = None,
) -> Extracted:
    """Extract one article page. Never raises on missing data; missing values are ``None``.

    ``page_links=True`` also lists every link on the page (what a crawler follows). ``now``
    (the fetch time, aware) rules out publication dates after it.
    """
    out = Extracted(url=url)
    if not html.strip():
        return out
    selectors = selectors or Selectors()
    # trafilatura's loader (lxml with its repairs for broken markup) measured better than a plain
    # lxml parse on the benchmark pages; the one tree serves metadata, links and the body.
    root = load_html(html)
    if not isinstance(root, HtmlElement):
        return out
    page = Page.read(url, root, now)
    sel = page.sel
    # JSON-LD is read; never-visible elements go now, in C, so that no Python pass below (nor
    # trafilatura's) walks them.
    strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)
    canonical = sel.css('link[rel="canonical"]::attr(href)').get() or meta_value(
        page.meta, "og:url"
    )
    out.canonical_url = urljoin(url, canonical.strip()) if canonical else None
    if page_links:
        out.page_links = [u for u, _ in absolute_links(root, url)]
    for el in list(root.iter("rt", "rp")):  # ruby pinyin: keep base characters only
        el.drop_tree()
    page.page_text = str(root.xpath("string(//body)"))
    metadata.read_head(out, page, selectors, default_tz)
    related_css = {
        k: v
        for k, v in (("related", selectors.related), ("recommended", selectors.recommended))
        if v
    }
    out.links = pop_related_blocks(root, url, related_css, page.page_text)
    metadata.read_byline(out, page, selectors)
    paragraphs = [] if selectors.body else _generic_body(root, url)
    if not paragraphs:  # a profile selector, or the generic engine found nothing
        _prune(root)
        container = _container(root, selectors.body)
        paragraphs = _paragraphs(container) if container is not None else []
    if out.title and paragraphs and paragraphs[0] == out.title:
        paragraphs = paragraphs[1:]
    out.paragraphs = metadata.read_credits(out, page, paragraphs)
    return out
