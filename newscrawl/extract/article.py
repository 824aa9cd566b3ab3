"""Article extraction cascade: profile selectors → JSON-LD/meta → generic body heuristics.

``extract_article(html, url)`` is pure: text in, typed values out, ``None`` for what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from urllib.parse import urljoin

from lxml.etree import strip_elements
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newscrawl.extract import metadata
from newscrawl.extract.body import extract_body
from newscrawl.extract.links import link_urls, pop_related_blocks
from newscrawl.extract.page import Page, meta_value

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg")


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
        out.page_links = link_urls(root, url)
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
    paragraphs = extract_body(root, url, selectors.body)
    if out.title and paragraphs and paragraphs[0] == out.title:
        paragraphs = paragraphs[1:]
    out.paragraphs = metadata.read_credits(out, page, paragraphs)
    return out
