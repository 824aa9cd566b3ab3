"""Article metadata: title, dates, description, JSON-LD, meta tags, language and credits.

The readers share one :class:`Page` (the parsed tree and what was read from its head) and fill
an :class:`~newscrawl.extract.article.Extracted`; the body is :mod:`newscrawl.extract.article`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, tzinfo
from itertools import islice
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urljoin, urlsplit

from lxml.etree import XPath
from lxml.html import HtmlElement

from newscrawl.clean import clean_line, clean_title
from newscrawl.extract import credits, dates, titles
from newscrawl.extract.page import HOME_PATHS, Page, find_headline, meta_value
from newscrawl.extract.page import text as _text
from newscrawl.extract.published import find_published

if TYPE_CHECKING:
    from newscrawl.extract.article import Extracted, Selectors

_CJK = re.compile(r"[\u3400-\u9fff]")
_TITLE_SEP = re.compile(r"\s+[-|–—_·]\s+|_|\s*\|\s*")
# Small blocks whose class/id says "title" (a headline in a <div class="title">).
_TITLE_BLOCKS = XPath(
    "//*[self::div or self::p or self::span or self::td]"
    "[contains(@class, 'title') or contains(@class, 'Title') or contains(@id, 'title')]"
    "[count(*) <= 3]"
)
_BODY_TEXT = XPath("//body//text()")
# The cell after one labelled 標題 (题名, 主旨): the headline in a record-style table
# (標題 | X, 日期 | 110.11.05, 單位 | 教育處, 內容 | …), an old government CMS's article page
_LABELLED_TITLE = XPath(
    "//body//tr/*[self::td or self::th][translate(normalize-space(.), '：: ', '') = '標題' "
    "or translate(normalize-space(.), '：: ', '') = '标题' "
    "or translate(normalize-space(.), '：: ', '') = '題名' "
    "or translate(normalize-space(.), '：: ', '') = '题名' "
    "or translate(normalize-space(.), '：: ', '') = '主旨']/following-sibling::td[1]"
)


_MAX_TAGS = 100


def _absolute(base: str, ref: str) -> str | None:
    """``ref`` resolved against ``base``; None when it does not parse ("http://[")."""
    try:
        return urljoin(base, ref)
    except ValueError:
        return None


def site_names(page: Page) -> list[str]:
    """The names the page gives its site or publisher (cut from titles)."""
    names = [meta_value(page.meta, n) for n in ("og:site_name", "application-name", "publisher")]
    return [n for n in [*names, _ld_str(page.ld, "publisher")] if n]


# A heading that is one link to the site's home page: the site's name in the masthead (a blog
# theme's ``<h1 id="BlogTitle"><a href="/">协会名</a></h1>``), not the story's headline.


def _home_link_names(page: Page) -> list[str]:
    """The texts of the headings that are one link to the site's home page."""
    out: list[str] = []
    body = page.root.find("body")
    # ``h1``/``h2`` elements whose one child element is a link (an iteration in C: an XPath
    # of the same test builds a node set of every element first)
    heads = () if body is None else body.iter("h1", "h2")
    links = (h[0] for h in heads if len(h) == 1 and h[0].tag == "a" and h[0].get("href"))
    for a in islice(links, 10):
        href = (a.get("href") or "").strip()
        url = _absolute(page.url, href)
        if url is None or urlsplit(url).query or urlsplit(url).path not in HOME_PATHS:
            continue
        heading = a.getparent()
        if heading is not None and _text(a) and _text(a) == _text(heading):
            out.append(_text(a))
    return out


def _key(text: str) -> str:
    return " ".join(text.split())


def _headings(root: HtmlElement, wanted: dict[str, str]) -> dict[str, HtmlElement]:
    """The headings and title-like blocks whose text is one of ``wanted`` (normalised text →
    title part), by that part. Texts are compared, never cleaned: most are not titles."""
    shown: dict[str, HtmlElement] = {}
    searches = (lambda: root.iter("h1", "h2", "h3", "h4", "h5"), lambda: _TITLE_BLOCKS(root))
    for search in searches:  # title-like blocks only when no heading shows the title
        for el in islice(cast(Iterable[HtmlElement], search()), 300):
            raw = el.text_content()  # in C
            if (
                len(raw) <= 3 * titles.MAX_TITLE
                and el.get("hidden") is None  # <h1 hidden>: for machines, no reader sees it
                and (part := wanted.get(_key(raw)))
                and titles.long_enough(part)
            ):
                shown.setdefault(part, el)
        if shown:
            break
    return shown


def _shown(root: HtmlElement, wanted: dict[str, str]) -> dict[str, HtmlElement]:
    """The text nodes whose text is one of ``wanted``, by that title part → their element."""
    shown: dict[str, HtmlElement] = {}
    if not wanted:
        return shown  # nothing to look for: the page's text nodes are not gathered
    # ``_key(node)`` is never longer than ``node`` (a run of spaces becomes one): a node
    # shorter than every wanted text is none of them, and is not split and joined (the
    # same matches; 0.17 against 0.22 ms a page on aeb, microbenchmark of the loop).
    shortest = min(map(len, wanted))
    for node in cast(list[Any], _BODY_TEXT(root))[:20_000]:
        if len(node) < shortest:
            continue
        whole = wanted.get(_key(node)) if len(node) <= 3 * titles.MAX_TITLE else None
        head = None if whole else _bracketed_head(node)
        part = whole or (wanted.get(_key(head)) if head else None)
        if part and titles.long_enough(part):
            parent = node.getparent()
            if parent is not None:
                shown.setdefault(part, parent)
    return shown


def _bracketed_head(text: str) -> str | None:
    """The words in the 【】 a text opens with: a brief (快讯, 电报) prints its headline so,
    ``【公司：订单饱满】财联社5月8日电，…``, and has no heading of its own."""
    start = text[:4].find("【")
    if start < 0 or text[:start].strip():
        return None
    end = text.find("】", start, start + titles.MAX_TITLE)
    return text[start + 1 : end] if end > 0 else None


def _names_site(title: str, names: list[str]) -> bool:
    """Whether a ``<title>`` names only the site (``澳門日報電子版``, the ``og:site_name``)."""
    key = title.casefold().replace(" ", "")
    return titles.site_only(title) or any(key == n.casefold().replace(" ", "") for n in names)


# An element whose tag, class or id names it the title or headline (founder-title,
# article-title, news_headline); not a subtitle, a kicker, the site's or a list's title.
_TITLE_NAMED = XPath(
    "//body//*[contains(local-name(), 'title') or contains(@class, 'title') "
    "or contains(@class, 'Title') or contains(@id, 'title') or contains(@class, 'headline')]"
    "[count(*) <= 3]"
)
_TITLE_PART = re.compile(r"([a-z]{0,12}?)(?:title|headline)")
# Words before "title" that make it another title: founder-introtitle (or founder-intitle, the
# 引题's other spelling), sub-title, site_title.
_OTHER_TITLE = frozenset(
    ("sub", "intro", "in", "pre", "sup", "site", "list", "nav", "menu", "section", "box", "side")
)


def _names_title(names: str) -> bool:
    """Whether class/id/tag ``names`` name the headline: ``founder-title``, ``newstitle``,
    ``article_title``; not ``founder-introtitle``, ``sub-title`` or ``site_title``."""
    for token in names.lower().split():
        parts = re.split(r"[-_]", token)
        for i, part in enumerate(parts):
            m = _TITLE_PART.fullmatch(part)
            if m is None:
                continue
            before = m.group(1) or (parts[i - 1] if i else "")
            if before not in _OTHER_TITLE:
                return True
    return False


_MAX_NAMED = 120  #: characters: a longer "title" element holds more than a headline


def _title_named(root: HtmlElement) -> HtmlElement | None:
    """The first shown element named a title whose text reads as a headline."""
    for el in islice(cast(Iterable[HtmlElement], _TITLE_NAMED(root)), 200):
        names = f"{el.tag} {el.get('class') or ''} {el.get('id') or ''}"
        if not isinstance(el.tag, str) or not _names_title(names):
            continue
        if _reads_as_headline(el, _text(el)):
            return el
    return None


def _reads_as_headline(el: HtmlElement, shown: str) -> bool:
    """A headline's length, in no link, no site name alone, no label, no sentence's end."""
    return (
        titles.long_enough(shown)
        and len(shown) <= _MAX_NAMED
        and _not_in_link(el)
        and not titles.site_only(shown)
        and not titles.not_a_title(shown)
        and not shown.endswith(("。", "."))
    )


# A headline set in big bold type, the way a table-layout site with no headings sets it
# (FrontPage, hand-written pages): <td align="center"><font size="4" color="#CC0000"><b>…</b>
# </font></td>. (A size of "+1" or more is relative to the default 3: big too.)
_BIG_BOLD = XPath(
    "//body//font[number(@size) >= 4 or starts-with(normalize-space(@size), '+')]"
    "[.//b or .//strong or ancestor::b or ancestor::strong][count(.//*) <= 3]"
)
_LINE_BLOCKS = frozenset(("td", "th", "div", "p", "center"))


def _big_bold_line(root: HtmlElement) -> HtmlElement | None:
    """The first big bold text that is a line of its own (all of its block's text) and reads
    as a headline."""
    for el in islice(cast(Iterable[HtmlElement], _BIG_BOLD(root)), 50):
        shown = _text(el)
        block = next((a for a in el.iterancestors() if a.tag in _LINE_BLOCKS), None)
        if block is not None and _text(block) == shown and _reads_as_headline(el, shown):
            return el
    return None


def _not_in_link(el: HtmlElement) -> bool:
    return el.tag != "a" and next(el.iterancestors("a"), None) is None


def _links_away(heading: HtmlElement, url: str) -> bool:
    """Whether a heading is one link to another page (``<h3><a href="/other">…</a></h3>``): a
    list's teaser headline names that page's story, not this page's (a blog's permalink
    heading, linking the page itself, names it)."""
    links = heading.findall(".//a")
    if len(links) != 1 or _text(links[0]) != _text(heading):
        return False
    try:
        target = urljoin(url, (links[0].get("href") or "").strip())
    except ValueError:
        return False
    here, there = urlsplit(url), urlsplit(target)
    return (there.netloc, there.path.rstrip("/")) != (here.netloc, here.path.rstrip("/"))


def _without_kicker(shown: str, refs: list[str]) -> str:
    """A headline element holding a kicker (a topline) and then the headline, where the
    ``og:title``/``<title>`` reads "Kicker: Headline" (Spiegel's Dachzeile, a French or German
    paper's surtitre): the headline, the part after the colon that the element ends with."""
    for ref in refs:
        kicker, colon, rest = ref.partition(": ")
        if not colon or not titles.long_enough(rest.strip()):
            continue
        headline = rest.strip()
        if shown.endswith(headline) and _squeezed(shown) == _squeezed(kicker + headline):
            return headline
    return shown


def _squeezed(text: str) -> str:
    return "".join(text.split())


def title(page: Page, css: str) -> str | None:
    """The headline: the part of ``og:title``/``<title>`` the page shows, else its first
    ``h1`` (or longest lower heading), else ``og:title``/``<title>`` without the site name."""
    sel, root, ld, meta = page.sel, page.root, page.ld, page.meta
    if css:
        found = root.cssselect(css)
        if found:
            page.headline = found[0]
            return _text(found[0]) or None
    headline = ld.get("headline")
    meta_title = headline if isinstance(headline, str) else None
    meta_title = meta_title or meta_value(meta, "og:title", "twitter:title", "dc.title")
    page_title = clean_line(sel.xpath("//title/text()").get() or "")
    names = [*site_names(page), *_home_link_names(page)]
    refs = [t for t in (meta_title, page_title) if t]
    wanted = {_key(c): c for ref in refs for c in titles.cores(ref)}
    headings = _headings(root, wanted)
    core = titles.shown_core(refs, headings, names)
    # (an <h1 hidden> naming the company in a MetInfo header is shown to no reader)
    h1s = [
        h
        for h in root.iter("h1")
        if _not_in_link(h) and len(_text(h)) >= 4 and h.get("hidden") is None
    ]
    h1s = [
        h
        for h in h1s
        if not titles.site_only(_text(h))
        and not titles.not_a_title(_text(h))
        and _text(h) not in names
    ]
    # A short part (要闻速递) may be a section label shown as a heading: an <h1> that is a
    # headline of its own (not short itself, not that part with an edit link: 雄安新区[编辑]) is
    # the title then.
    if core and titles.short(core):
        h1s = [h for h in h1s if core not in _text(h) and not titles.short(_text(h))]
        core = None if h1s else core
    if core:  # a heading that is (part of) the page's title
        page.headline = headings[core]
        return core
    if h1s:
        page.headline = h1s[0]
        return _without_kicker(_text(h1s[0]), refs)
    shown = _shown(root, wanted)
    core = titles.shown_core(refs, shown, names)
    if core:  # a text block of its own that is (part of) the page's title
        page.headline = shown[core]
        if (head := _bracketed_head(page.headline.text or "")) and _key(head) == _key(core):
            # the headline opens its paragraph in 【】: the rest is the text's first line
            page.headline_rest = clean_line(page.headline.text_content().split("】", 1)[1])
        return core
    # the cell a record-style table labels 標題 names the headline; a lower heading beside it
    # may be a box's label (附件下載 over the attachments)
    for cell in cast(list[HtmlElement], _LABELLED_TITLE(root))[:1]:
        if titles.long_enough(_text(cell)) and len(_text(cell)) <= _MAX_NAMED:
            page.headline = cell
            return _text(cell)
    lower = [
        h
        for h in root.iter("h2", "h3", "h4", "h5")
        if _not_in_link(h) and titles.long_enough(_text(h)) and not _links_away(h, page.url)
    ]
    if lower:
        page.headline = max(lower, key=lambda h: len(_text(h)))
        return _without_kicker(_text(page.headline), refs)
    if all(_names_site(t, names) for t in refs) and (named := _title_named(root)) is not None:
        # <title>澳門日報電子版</title> on every page: the headline is the element named a
        # title (<founder-title>, <td class="article-title">) that the page shows
        page.headline = named
        return _text(named)
    if (big := _big_bold_line(root)) is not None:
        # nothing on the page shows the <title> (a school's name on every page): the
        # headline is the line set in big bold type
        page.headline = big
        return _text(big)
    for candidate in (meta_title, page_title):
        if candidate and candidate.strip():
            stripped = titles.strip_site(candidate, names)
            if not names:  # no site name known: the longest part
                parts = [p for p in _TITLE_SEP.split(stripped) if p.strip()]
                stripped = max(parts, key=len).strip() if parts else stripped
            return stripped or None
    return None


def _ld_str(ld: dict[str, Any], key: str, sub: str = "name") -> str | None:
    """A JSON-LD value that may be a string, an object with ``sub``, or a list of either."""
    value = ld.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get(sub)
    return value.strip() if isinstance(value, str) and value.strip() else None


def describe(out: Extracted, page: Page) -> None:
    """The secondary fields: modified date, description, lead image, section, tags, publisher."""
    ld, meta, tz = page.ld, page.meta, page.tz
    raw = _ld_str(ld, "dateModified") or meta_value(
        meta, "article:modified_time", "og:updated_time", "dateModified", "last-modified"
    )
    out.modified_at = dates.parse_iso(raw, tz) if raw else None
    out.modified_raw = raw if out.modified_at else None
    description = _ld_str(ld, "description") or meta_value(
        meta, "og:description", "description", "twitter:description"
    )
    out.description = clean_line(description) if description else None
    image = _ld_str(ld, "image", "url") or meta_value(meta, "og:image", "twitter:image", "image")
    out.image_url = _absolute(out.url, image) if image else None
    out.section = _ld_str(ld, "articleSection") or meta_value(meta, "article:section", "section")
    keywords = ld.get("keywords")
    tags = list(page.article_tags)
    if isinstance(keywords, list):
        tags += [str(k) for k in keywords]
    elif isinstance(keywords, str):
        tags += re.split(r"[,，;；、]", keywords)
    elif not tags and (kw := meta_value(meta, "keywords", "news_keywords")):
        tags = re.split(r"[,，;；、]", kw)
    tags = [t.strip() for t in tags[: _MAX_TAGS * 2] if t.strip()]
    out.tags = list(dict.fromkeys(tags))[:_MAX_TAGS]
    out.publisher = _ld_str(ld, "publisher") or meta_value(
        meta, "og:site_name", "application-name", "publisher"
    )


def _locale(page: Page) -> str | None:
    """The language tag the page declares (``en-NZ``, ``zh_CN``), if any."""
    return page.sel.xpath("/html/@lang").get() or meta_value(
        page.meta, "og:locale", "language", "content-language"
    )


def language(page: Page) -> str | None:
    lang = _locale(page)
    if lang:
        return lang.replace("_", "-").split("-")[0].lower() or None
    sample = re.sub(r"\s+", "", page.page_text[:8000])
    if not sample:
        return None
    return "zh" if len(_CJK.findall(sample)) > 0.3 * len(sample) else None


def _chinese(lang: str | None, title: str, text: str) -> bool:
    """A Chinese page: declared so, or mostly Han characters whatever its ``lang`` says (a
    Chinese page declared ``en`` by its template). Its dates without an offset are read as
    China Standard Time (+08:00), the documented default."""
    if lang == "zh":
        return True
    if lang in ("ja", "ko") or not _CJK.search(title):
        return False
    sample = re.sub(r"\s+", "", text[:3000])
    return bool(sample) and len(_CJK.findall(sample)) > 0.3 * len(sample)


def _ends(text: str) -> str:
    """The head and the tail of a page's text (where a masthead or a footer states things)."""
    if len(text) <= 2 * dates.MAX_TEXT:
        return text
    return f"{text[: dates.MAX_TEXT]}\n{text[-dates.MAX_TEXT :]}"


def _as_printed(title: str, shown: str) -> str:
    """``title`` with the ideographic spaces its headline prints between two phrases
    (:func:`clean_title`), when the headline shows that title; else ``title``."""
    printed = clean_title(shown)
    return printed if printed != title and clean_line(printed) == title else title


def read_head(
    out: Extracted,
    page: Page,
    selectors: Selectors,
    default_tz: tzinfo | None,
    site_tz: tzinfo | None = None,
) -> None:
    """Title, language, publication date and the secondary fields (before the body is cut).
    ``site_tz``: the zone the site's other pages showed, for a page nothing else places."""
    out.title = title(page, selectors.title)
    out.language = language(page)
    chinese = _chinese(out.language, out.title or "", page.page_text)
    # the country of the host, else of the declared locale (``lang="en-NZ"``)
    host = dates.zone_of_host(page.url) or dates.zone_of_locale(_locale(page))
    # "All times AEST" in a footer, 所有时间均为北京时间: the zone of the page's unzoned times
    stated = dates.stated_zone(_ends(page.page_text), host)
    page.tz = default_tz or stated or (dates.CST if chinese else host or site_tz or UTC)
    if page.headline is None:
        page.headline = find_headline(page.root, out.title)
    if out.title and page.headline is not None:
        out.title = _as_printed(out.title, page.headline.text_content())
    page.credit_window()  # read now: the body extraction below rewrites the tree
    page.info_lines()
    page.editor_windows()
    found = find_published(page, selectors.published)
    if found:
        out.published_at, out.published_raw, out.date_source = found.value, found.raw, found.source
        out.date_updated = found.updated
    describe(out, page)


def read_byline(out: Extracted, page: Page, selectors: Selectors) -> None:
    """The author structured data gives (a profile selector, JSON-LD, meta, a byline element);
    :func:`read_credits` decides whether the page's own text overrules it."""
    out.author = credits.structured_author(page, selectors.author)
    credits.issuers(page)  # read now: the body step drops a table of them


def read_credits(out: Extracted, page: Page, paragraphs: list[str]) -> list[str]:
    """Credits by role from the line under the headline, the body and the page; returns the
    body without its credit lines."""
    names = [*site_names(page), *titles.affixes_of(page.sel.xpath("//title/text()").get() or "")]
    date_raw = out.published_raw if out.date_source == "headline" else None
    kept, found = credits.assemble(page, paragraphs, out.author, names, date_raw)
    out.author = found.joined("authors")
    out.editor = found.joined("editors")
    out.correspondent = found.joined("correspondents")
    out.photographer = found.joined("photographers")
    out.translator = found.joined("translators")
    out.source = found.sources[0] if found.sources else None
    return kept
