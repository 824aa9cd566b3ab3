"""An article split over several pages: which pages, in order.

Chinese sites cut long stories into pages (``t20240508_123.html``, ``…_1.html``, ``…_2.html``;
``c1001-32000000.html``, ``…-2.html``; ``?page=2``; WordPress's ``…/slug/2/``) under a pager
of numbered links and a 下一页 / Next link. Each page repeats the headline and carries a part
of the text; stored one by one they are several half-articles under one title.
``article_pages`` reads the pager: links whose anchor is a page number or a "next"/"previous"
word and whose URL is the page's own with another page number. The spider fetches the other
pages and joins their text to the first.

A site's list pagination has the same shape, but a list is no article: the spider asks only
for an article's pages.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement

from newscrawl.urls import is_followable

MAX_PAGES = 20  #: an article's pages read at most (a pager's trap bound)
# A pager link's anchor: a page number, or a word for the next/previous/first/last page.
_PAGER_WORD = re.compile(
    r"^(?:\[?\d{1,2}\]?|下一?页|上一?页|下一頁|上一頁|首页|首頁|尾页|末页|尾頁|next( page)?|"
    r"previous( page)?|prev|older|newer|[<>«»‹›]{1,2})$",
    re.IGNORECASE,
)
# The page number in a path's last segment: name_2.html, name-2.html (no digits glued on: an
# id "t20240508_123" is no page 123 of "t20240508": only 1-2 digit numbers count).
_PATH_PAGE = re.compile(r"^(?P<stem>.+?)[_-](?P<n>\d{1,2})(?P<ext>\.[a-z]{2,5})?$", re.IGNORECASE)
_PAGE_PARAMS = ("page", "p", "pn", "pg", "pageno", "page_no", "pagenum", "curpage")


def _readings(url: str) -> list[tuple[str, int]]:
    """The ways to read ``url`` as ``(the URL without a page number, the number)``: with its
    page number when it has one (a query's ``page=2``, a last segment's ``_2``/``-2``, a last
    segment that is a number), and as a first page (number 0). ``[]`` for no http(s) URL."""
    try:
        sp = urlsplit(url)
    except ValueError:
        return []
    host = sp.netloc.lower()
    path = sp.path.rstrip("/")
    out: list[tuple[str, int]] = []
    query = parse_qsl(sp.query, keep_blank_values=True)
    for i, (key, value) in enumerate(query):
        if key.lower() in _PAGE_PARAMS and value.isdigit() and len(value) <= 2:
            rest = urlencode(query[:i] + query[i + 1 :])
            out.append((urlunsplit((sp.scheme, host, path, rest, "")), int(value)))
    head, _, last = path.rpartition("/")
    m = _PATH_PAGE.match(last)
    if m:
        stem = f"{head}/{m['stem']}{m['ext'] or ''}"
        out.append((urlunsplit((sp.scheme, host, stem, sp.query, "")), int(m["n"])))
    elif last.isdigit() and len(last) <= 2 and head:  # WordPress: /2024/05/08/slug/2/
        out.append((urlunsplit((sp.scheme, host, head, sp.query, "")), int(last)))
    return [*out, (urlunsplit((sp.scheme, host, path, sp.query, "")), 0)]


def _name(url: str) -> str:
    """The page's own name, as its story's other pages' hrefs repeat it: the last path
    segment without extension or page number (``t20240508_123`` of ``…/t20240508_123_1.html``;
    ``budget-vote`` of ``…/budget-vote/2/``)."""
    segments = [seg for seg in urlsplit(url).path.split("/") if seg]
    if len(segments) > 1 and segments[-1].isdigit() and len(segments[-1]) <= 2:
        segments.pop()
    name = segments[-1].rsplit(".", 1)[0] if segments else ""
    m = _PATH_PAGE.match(name)
    return m["stem"] if m else name


def article_pages(root: HtmlElement, base_url: str, url: str) -> list[str]:
    """Every page of the article ``url`` is a page of that its pager links, ``url`` among
    them, in page order (the first page has no number, or the lowest); ``[]`` when the page
    has no pager of its own. At most ``MAX_PAGES``."""
    own = dict(_readings(url))  # stem → this page's number under that reading
    needle = _name(url)
    found: dict[str, dict[int, str]] = {}  # stem → its pages the pager links
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if needle not in href and len(href) > 8 and not href.startswith("?"):
            continue  # cheap first: a page of this story names this page's file, or is short
            # ("2/", "?page=2")
        text = " ".join(a.text_content().split())
        if len(text) > 9 or not _PAGER_WORD.match(text) or href.startswith("javascript:"):
            continue
        try:
            link = urljoin(base_url, href).split("#", 1)[0]
        except ValueError:
            continue
        if not is_followable(link):
            continue
        for stem, n in _readings(link):
            if stem in own and n != own[stem]:
                found.setdefault(stem, {}).setdefault(n, link)
    if not found:
        return []
    stem = max(found, key=lambda k: len(found[k]))  # the reading most pager links share
    pages, own_n = found[stem], own[stem]
    pages.setdefault(own_n, url)
    return [pages[n] for n in sorted(pages)][:MAX_PAGES]
