"""The item a spider yields for one article page, every field documented."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Literal

from itemadapter import ItemAdapter

from newscrawl import schema
from newscrawl.clean import clean_body, clean_line, clean_title
from newscrawl.extract.article import Extracted

LinkKind = Literal["related", "recommended", "most_read"]


@dataclass
class RelatedLink:
    """A link from an article to another article named in a related/recommended block."""

    url: str  #: absolute, canonicalised URL of the linked article
    anchor: str  #: link text as shown (cleaned like the body)
    #: "related" (相关新闻, Related stories: tied to this article), "recommended" (推荐阅读,
    #: You may also like) or "most_read" (热门, 排行, Most read: the site's, not the article's)
    kind: LinkKind


@dataclass
class ArticleItem:
    """One article as extracted from one response.

    Text fields are raw extraction output until ``CleanPipeline`` normalises them.
    """

    url: str  #: the URL that was fetched (after redirects)
    canonical_url: str  #: the URL this article is stored under (canonicalised)
    site: str  #: site profile name, or the host for ad-hoc runs
    title: str | None = None
    body: str | None = None  #: paragraphs only, separated by a blank line ("\n\n")
    author: str | None = None  #: reporter(s)/writer(s), comma-separated when several
    source: str | None = None  #: the credited source (来源), e.g. a news agency
    editor: str | None = None  #: 责任编辑/编辑/审核…, comma-separated
    correspondent: str | None = None  #: 通讯员 (credited, not authors), comma-separated
    photographer: str | None = None  #: 摄影, 图/, ``… 摄``, comma-separated
    translator: str | None = None  #: 翻译/编译, comma-separated
    #: timezone-aware, in the offset the page states (its zone when it states none): the
    #: page's own calendar day, never converted to UTC
    published_at: datetime | None = None
    published_raw: str | None = None  #: the date string as found on the page
    date_source: str | None = None  #: which candidate gave the date: meta:<name>, json-ld,
    #: time, headline (the line under it), label, element, script, url, text, selector
    modified_at: datetime | None = None  #: timezone-aware UTC
    modified_raw: str | None = None
    language: str | None = None  #: of the body, identified (newscrawl.language), e.g. "zh"
    page_language: str | None = None  #: the page's own lang attribute (primary tag), if any
    description: str | None = None  #: the page's own summary (meta/JSON-LD description)
    image_url: str | None = None  #: lead image, absolute URL
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    publisher: str | None = None  #: publisher or site name as the page states it
    encoding: str | None = None  #: the charset the page was decoded with
    fetched_at: datetime | None = None  #: timezone-aware UTC
    urls: list[str] = field(default_factory=list)  #: every URL seen for this article
    links: list[RelatedLink] = field(default_factory=list)
    warc_file: str | None = None  #: WARC file holding the response (newscrawl.archive)
    warc_offset: int | None = None  #: byte offset of the response record in that file
    warc_record_id: str | None = None  #: its WARC-Record-ID, "<urn:uuid:…>"


@dataclass
class UrlAliases:
    """URL variants of an article that were canonicalised instead of fetched.

    Yielded by the spider when it meets a variant of an article URL (tracking parameters, print
    pages…); the storage pipeline records each variant as a URL of that article.
    """

    canonical_url: str
    urls: list[str]


def item_from_extracted(
    extracted: Extracted,
    *,
    canonical_url: str,
    site: str,
    encoding: str | None,
    fetched_at: datetime,
    urls: list[str],
    links: list[RelatedLink],
) -> ArticleItem:
    """The item for one extracted page (URL decisions are the caller's: spider or CLI).

    Every field the extractor and the item share is copied by name, so a field added to both
    needs no change here."""
    shared = {
        f.name: getattr(extracted, f.name)
        for f in fields(ArticleItem)
        if f.name not in _DECIDED_BY_CALLER and hasattr(extracted, f.name)
    }
    shared["tags"] = list(extracted.tags)
    # The page's attribute is kept as such; LanguagePipeline identifies the body's language.
    shared["page_language"] = shared.pop("language", None)
    return ArticleItem(
        **shared,
        canonical_url=canonical_url,
        site=site,
        encoding=encoding,
        fetched_at=fetched_at,
        urls=urls,
        links=links,
    )


#: Credits a later page of a split story may print when the first does not (the editor line
#: closes the story, on its last page).
_PAGE_CREDITS = ("author", "source", "editor", "correspondent", "photographer", "translator")


def join_page(item: ArticleItem, extracted: Extracted) -> bool:
    """Add a later page of a story split over pages (``extract.pager``) to its item: the
    paragraphs the item does not hold yet, and the credits it lacks. ``False``, and nothing
    added, for a page that mostly repeats the item's text: the same page again (its comments'
    next page), not the story's next one."""
    held = item.body.split("\n\n") if item.body else []
    have = set(held)
    new = [p for p in extracted.paragraphs if p not in have]
    if not new or len(new) * 2 < len(extracted.paragraphs):
        return False
    item.body = "\n\n".join([*held, *new])
    for name in _PAGE_CREDITS:
        if getattr(item, name) is None:
            setattr(item, name, getattr(extracted, name))
    return True


#: Item fields the caller decides (URLs, site, decoding, time), not the extractor.
_DECIDED_BY_CALLER = frozenset({"canonical_url", "site", "encoding", "fetched_at", "urls", "links"})


_TEXT_FIELDS = schema.names(text=True)


def clean_item(item: Any) -> Any:
    """Every text field of an item as it will be stored (used by CleanPipeline and the CLI):
    the schema's text fields as one line each, the body as paragraphs, tags and link anchors.
    Any item type ``itemadapter`` knows; fields it does not have are left alone."""
    adapter = ItemAdapter(item)
    for name in _TEXT_FIELDS:  # title, credits, description…: one line of text each
        if name in adapter:
            value = adapter.get(name)
            clean = clean_title if name == "title" else clean_line
            adapter[name] = clean(value) if value else None
    if "body" in adapter:
        body = adapter.get("body")
        adapter["body"] = clean_body(body) if body else None
    if "tags" in adapter:
        adapter["tags"] = [t for t in (clean_line(t) for t in adapter.get("tags") or ()) if t]
    for link in adapter.get("links") or ():
        link_adapter = ItemAdapter(link)
        link_adapter["anchor"] = clean_line(link_adapter["anchor"])
    return item
