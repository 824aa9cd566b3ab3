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
from typing import Any, cast

from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

from newscrawl.clean import is_boilerplate
from newscrawl.extract import bylines
from newscrawl.extract.bylines import Credits
from newscrawl.extract.page import Page, meta_value
from newscrawl.extract.page import text as _text

_BYLINE = CSSSelector('[rel="author"], .byline, .author, [itemprop="author"]')
_BARE_LABEL = re.compile(
    rf"^[（(【\[]?\s{{0,3}}(?:{bylines.LABEL.pattern})\s{{0,3}}[:：/|｜]?\s{{0,3}}$"
)
_EDITOR_LABEL = re.compile(r"责任编辑|責任編輯|责编|責編")
_NOT_A_NAME = re.compile(r"^(?:https?:|www\.)|@|^\d+$|来源|來源|发布|發布|转载|轉載|版权|版權")
_SHORT_LINE = 80  # a line under the headline longer than this is prose: only its lead is read
_PAGE_CHARS = 100_000  # characters of page text searched for an editor credit


def ld_author(ld: dict[str, Any]) -> str | None:
    author = ld.get("author")
    items = author if isinstance(author, list) else [author]
    raw = [a.get("name") if isinstance(a, dict) else a for a in items]
    names = [n.strip() for n in raw if isinstance(n, str) and n.strip()]
    return ", ".join(names) or None


def structured_author(page: Page, css: str) -> str | None:
    """The author a profile selector, JSON-LD, meta tags or a byline element gives."""
    if css:
        found = page.root.cssselect(css)
        if found and (shown := _text(found[0])):
            return bylines.parse_credits(shown).joined("authors") or shown
    author = ld_author(page.ld) or meta_value(page.meta, "author", "article:author", "byl")
    if author:
        return author
    byline_el = cast(list[HtmlElement], _BYLINE(page.root))
    if byline_el and (shown := _text(byline_el[0])):
        return bylines.parse_credits(shown).joined("authors") or shown
    return None


def _under_headline(page: Page) -> Credits:
    credits = Credits()
    lines: list[str] = []
    for line in page.credit_window().split("\n"):
        if lines and _BARE_LABEL.match(lines[-1]):
            lines[-1] += " " + line  # 作者： / 宪瑞 in two text nodes
        else:
            lines.append(line)
    for line in lines:
        if len(line) <= _SHORT_LINE:
            credits.update(bylines.parse_credits(line))
        else:
            credits.update(bylines.split_leading_credit(line)[1])
    return credits


def body_credits(paragraphs: list[str], credits: Credits) -> list[str]:
    """Drop boilerplate and credit lines from the body, adding what they credit to
    ``credits``; bracketed credits at the start of the body or the end of a paragraph are
    cut out of it. A photo credit alone (``记者 张蕊 摄``) stays: it is a caption."""
    kept: list[str] = []
    for para in paragraphs:
        if bylines.is_credit_line(para):
            found = bylines.parse_credits(para)
            credits.update(found)
            if found.authors or found.editors or found.sources or found.correspondents:
                continue
        elif is_boilerplate(para):
            credits.update(bylines.parse_credits(para))
            continue
        kept.append(para)
    if kept:
        kept[0], lead = bylines.split_leading_credit(kept[0])
        credits.update(lead)
    for i in range(max(0, len(kept) - 3), len(kept)):
        kept[i], trail = bylines.split_trailing_credit(kept[i])
        credits.update(trail)
    return [p for p in kept if p]


def _editors_on_page(page_text: str) -> list[str]:
    for m in _EDITOR_LABEL.finditer(page_text[:_PAGE_CHARS]):
        found = bylines.parse_credits(page_text[m.start() : m.start() + 60]).editors
        if found:
            return found
    return []


def _plausible(author: str, credits: Credits, site_names: list[str]) -> bool:
    """Whether a structured author is a person/account, not the site or the source."""
    author = author.strip()
    if not author or len(author) > 60 or _NOT_A_NAME.search(author):
        return False
    if author in bylines.NOT_NAMES or author.casefold() in ("name", "admin", "unknown"):
        return False
    others = [*credits.sources, *site_names]
    return not any(author in o or (len(o) >= 2 and o in author) for o in others)


def assemble(
    page: Page, paragraphs: list[str], structured: str | None, site_names: list[str]
) -> tuple[list[str], Credits]:
    """The body without its credit lines, and every credit by role."""
    credits = _under_headline(page)
    kept = body_credits(paragraphs, credits)
    if not credits.editors:
        credits.add("editors", _editors_on_page(page.page_text))
    if not credits.authors and structured and _plausible(structured, credits, site_names):
        found = bylines.parse_credits(structured)
        credits.add("authors", found.authors or bylines.join_names(structured).split(", "))
    if not credits.sources:
        credits.update(Credits(sources=bylines.parse_credits(page.page_text[:3000]).sources[:1]))
    return kept, credits
