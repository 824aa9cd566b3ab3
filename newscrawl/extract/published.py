"""The publication date of a page: candidates in order of trust, and which one won.

Order: a profile selector; a structured value with a time (JSON-LD ``datePublished``, meta tags,
``<time datetime>``); the date printed under the headline; a labelled date (``发布时间：``);
date-looking elements; a structured date without a time; a publication time in the page's
scripts (``publish_time: 1581418070``, ``var ct = "…"``: the value a script renders as ``昨天``);
the URL; the first other date in the page. Rejected everywhere: dates after the fetch
(``Page.now``) or before 1990, dates labelled as an update (``最后更新``), as another story's
(``最新推荐文章于``) and dates right after a copyright/licence mark (footers). Values keep the
offset the page states, and a value without one is read in ``Page.tz``; a machine-written UTC
value is shown in the offset the page prints it in (:func:`_local_day`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from itertools import islice
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newscrawl.extract import dates
from newscrawl.extract.comments import in_comment_section
from newscrawl.extract.page import Page, in_teaser, text

#: Meta tags naming the publication time, most specific first.
META_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "datePublished",
    "publishdate",
    "publish_date",
    "PubDate",
    "pubdate",
    "publish-date",
    "ptime",
    "publishtime",
    "date",
    "dc.date",
    "dc.date.issued",
    "DC.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "weibo:article:create_at",
)
_DATE_WORDS = ("date", "time", "info", "pub", "meta", "source", "laiyuan", "riqi", "shijian")
# Elements whose class/id suggests a date line: one of these tags whose class or id contains one
# of the words, lower case or capitalised (class names are lower case on all but a few sites).
# A Python pass over ``iter(tags)`` with one regex per attribute costs a tenth of the XPath
# ``contains()`` disjunction (5 ms on a median benchmark page) and stops at the first timed date.
_DATE_TAGS = ("span", "div", "p", "td", "time", "em", "font")
_DATE_ATTR = re.compile("|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _DATE_WORDS))
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PROSE_CHARS = 150  # a text node longer than this is running prose, not a date line
# A weekday beside a date: how a masthead shows today's date ("Tuesday, April 2, 2024",
# "2024年4月2日 星期二") above the headline of every page of a site.
_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|星期|礼拜|禮拜|周[一二三四五六日]",
    re.IGNORECASE,
)
_FALLBACK_CHARS = 8000  # characters of the page's non-link text searched last
# A script variable or JSON key naming the publication (or creation) time, and its value: epoch
# seconds or milliseconds, or an ISO date-time. Page templates fill a relative "昨天" or a
# localised date from such a value; on the labelled pages that have one, it was the page's
# publication day every time. ``ct`` is the short name WeChat's article template uses.
# (The lookahead names the possible first characters, a quote or a keyword's initial, which
# fold to no other character: sre rejects most positions on it, at half the scan's cost.)
_SCRIPT_DATE = re.compile(
    r"""(?=["'pdc])(?<![\w.$])["']?(?:publish_?time|publish_?date|pub_?time|pub_?date|"""
    r"""date_?published|published_?at|create_?time|created_?at|ctime|ptime|ct)["']?\s{0,3}"""
    r"""[:=]\s{0,3}["']?"""
    r"""(\d{10}(?:\d{3})?(?!\d)|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?"""
    r"""(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)""",
    re.IGNORECASE,
)
_RELATIVE_SLACK = timedelta(days=3)  # a relative date this far from the URL's day is stale
_EARLIEST_YEAR = 1990  # no page was published before the web (an epoch value then is a counter)


def _date_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """The elements whose tag and class/id suggest a date line, in document order (not in a
    comment section: a reader's comment is dated too)."""
    search = _DATE_ATTR.search
    for el in root.iter(*_DATE_TAGS):
        attrs = el.attrib
        dated = attrs and (search(attrs.get("class", "")) or search(attrs.get("id", "")))
        if dated and not in_comment_section(el):
            yield el


def _text_outside_links(page: Page) -> str:
    """The page's first :data:`_FALLBACK_CHARS` characters of text outside links (without a
    masthead's "today" above the headline: a weekday and a date, no time; without a teaser's
    date beside another story's headline link)."""
    parts: list[str] = []
    size = 0
    headline = page.headline
    above = headline is not None
    block = _headline_block(page)
    own_path = urlsplit(page.url).path
    for node in page.root.xpath("//body//text()[not(ancestor::a)]"):
        parent = node.getparent()
        if above:
            above = parent is not headline and headline not in parent.iterancestors()
        if (part := str(node).strip()) and _DIGIT.search(part) is not None:
            if above and _WEEKDAY.search(part) and not dates.has_time(part):
                continue
            if len(part) > _PROSE_CHARS:
                continue  # a date in running prose is an event's ("by 01.01.2019 all doctors")
            if in_teaser(parent, block, own_path, item=True):
                continue  # <li><a>another story</a><span>2024-05-11</span>: its date
            parts.append(part)
        size += len(node)
        if size >= _FALLBACK_CHARS:
            break
    return "\n".join(parts)


@dataclass
class DateFound:
    """A publication date, the string it was read from and the candidate that won."""

    value: datetime
    raw: str
    source: str  #: selector, meta:<name>, json-ld, time, headline, label, element, script, url,
    #: text
    #: the one date the page gives is labelled an update (更新时间：…): a date the page keeps
    #: current, which a profile page (县情概况, 医院简介) prints as much as a story
    updated: bool = False


def _fresh(page: Page, value: datetime | None) -> bool:
    """Whether a date can be the page's publication: not after the fetch, not before the web
    (``0001-01-01T00:00:00Z`` is an empty CMS field; a 1961 date in the text is history)."""
    return (
        value is not None
        and value.year >= _EARLIEST_YEAR
        and (page.now is None or value <= page.now)
    )


def _rejected(context: str, updates: bool = True) -> bool:
    """Whether the text just before a date marks it as an update (unless ``updates`` is
    False), a footer date, another article's date or a reader's comment's."""
    marks = (dates.FOOTER, dates.OTHER, dates.COMMENTED, *((dates.UPDATED,) if updates else ()))
    return any(p.search(context) is not None for p in marks)


def _first_in(
    page: Page, body: str, year_hint: int | None, source: str, updates: bool = True
) -> DateFound | None:
    """The first acceptable date in a text (found as ``source``): not an update (unless
    ``updates`` is False), not a footer, not in the future."""
    labelled = dates.find_labelled(body)
    short = dates.parse_labelled(labelled[0], page.tz, year_hint) if labelled else None
    if short is None and source == "element":
        short = dates.parse_roc(body, page.tz)  # a date element's own text: 110年11月8日
    if short and not _fresh(page, short[0]):
        short = None
    for value, raw, pos in dates.find_text_dates(
        body, page.tz, year_hint, day_first=page.day_first
    ):
        if _rejected(body[max(0, pos - 12) : pos], updates) or not _fresh(page, value):
            continue
        if short and labelled and labelled[1] < pos:
            # 发布时间：05-24 14:34 (no year: 百家号, 今日头条 print this year's dates so) before a
            # full date further down (another story's, in an "author's latest posts" box that
            # prints an older post's year): the labelled one is the page's, the first in order.
            break
        return DateFound(value, raw, source)
    if short:
        return DateFound(*short, source)
    if page.now is not None and (relative := dates.parse_relative(body, page.now, page.tz)):
        # 昨天 10:23, 3小时前: only against a known fetch time, and an exact time the page's
        # script renders it from is better (right even on a page read long after its fetch)
        scripted = _script_date(page)
        if scripted:
            return DateFound(*scripted, "script")
        # A page read long after its fetch (a saved copy) says "昨天" of another year: the day
        # its URL states wins over a relative date that far from it.
        from_url = dates.date_from_url(page.url, page.tz)
        if from_url is not None and abs(relative[0] - from_url) > _RELATIVE_SLACK:
            return DateFound(from_url, page.url, "url")
        return DateFound(*relative, source)
    if year_hint:
        found = dates.find_text_date(body, page.tz, year_hint, page.day_first)
        if found and _fresh(page, found[0]) and not re.search(r"\d{4}", found[1]):
            return DateFound(*found, source)
    return None


def _script_date(page: Page) -> tuple[datetime, str] | None:
    """The first publication time named in the page's inline scripts (see ``_SCRIPT_DATE``)."""
    for m in page.script_matches(_SCRIPT_DATE):
        raw = m.group(1)
        if raw.isdigit():
            value: datetime | None = datetime.fromtimestamp(int(raw[:10]), page.tz)
        else:
            value = dates.parse_iso(raw, page.tz)
        if value is not None and _fresh(page, value):
            return value, raw
    return None


def _any_meta_year(page: Page) -> int | None:
    """The year of any date-like meta value (an update time, say): completes ``10-08 12:00``."""
    for name, value in page.meta.items():
        if "date" in name or "time" in name:
            found = dates.parse_iso(value, page.tz)
            if found and _fresh(page, found):
                return found.year
    return None


def _script_year(page: Page) -> int | None:
    scripted = _script_date(page)
    return scripted[0].year if scripted else None


def _structured(page: Page) -> Iterator[tuple[str, str]]:
    """``(source, raw)`` of the structured publication values, in order of trust (lazily: the
    ``<time>`` search runs only when JSON-LD and the meta tags give no time)."""
    ld_value = page.ld.get("datePublished")
    if isinstance(ld_value, str) and ld_value.strip():
        yield "json-ld", ld_value.strip()
    for n in META_NAMES:
        if n.lower() in page.meta:
            yield f"meta:{n.lower()}", page.meta[n.lower()]
    time_value = _own_time(page)
    if time_value:
        yield "time", time_value


def _headline_block(page: Page) -> set[HtmlElement]:
    """The headline's ancestors: a date among them is in the page's own block, no teaser's."""
    return set(page.headline.iterancestors()) if page.headline is not None else set()


def _own_time(page: Page) -> str | None:
    """The first ``<time datetime>`` that is not a teaser's: on a listing, an author's page or
    beside a "more stories" card, the ``<time>`` sits with another story's headline link."""
    above = _headline_block(page)
    for el in islice(page.root.iter("time"), _MAX_TIMES):
        value = el.get("datetime")
        if value and not in_teaser(el, above) and not in_comment_section(el):
            return str(value)
    return None


def find_published(page: Page, css: str = "") -> DateFound | None:
    """The page's publication date (see the module docstring for the order), on the calendar
    day the page shows (:func:`_local_day`). A page whose language does not say how it orders
    a numeric date is read in the order its other dates, or the day its URL names, show
    (:func:`dates.numeric_order`)."""
    if page.day_first is None:
        from_url = dates.date_from_url(page.url, page.tz)
        page.day_first = dates.numeric_order(page.page_text, from_url and from_url.date())
    found = _find(page, css)
    if found is None:
        return None
    return _scripted_zone(page, found) or _local_day(page, found)


def _visible(page: Page, year_hint: int | None, update_ok: bool = False) -> DateFound | None:
    """The date the page prints: the line under the headline, a labelled date (``发布时间：``),
    (with ``update_ok``, no structured date being known: an update time under the headline,)
    else the first date-looking element (the first with a time beating an earlier date-only
    one: a paper's issue date in the page header, say)."""
    under = _short_lines_under(page)
    found_under = _first_in(page, under, year_hint, "headline") if under else None
    if found_under and (_YEAR.search(found_under.raw) or "月" not in found_under.raw):
        return (update_ok and _update_that_day(page, under, found_under, year_hint)) or found_under
    # Under the headline only a day without its year (3月5日, the event's in a first short
    # paragraph, say): a full date printed elsewhere (above the headline) wins over it.
    labelled = dates.find_labelled_date(page.page_text)
    if labelled and (found_label := _first_in(page, labelled, year_hint, "label")):
        return found_label
    if update_ok and found_under is None and under:
        # No structured date, and the info line under the headline prints only an update
        # time (动易 PowerEasy's 更新时间：2024/5/8 9:05:03, the one date its article page
        # shows): that is the page's date, before any other story's date further down.
        printed = _first_in(page, under, year_hint, "headline", updates=False)
        if printed is not None:
            printed.updated = True
            return printed
    first: DateFound | None = found_under
    above: set[HtmlElement] | None = None
    for el in _date_elements(page.root):
        shown = text(el)
        if 0 < len(shown) <= 120 and (found_el := _first_in(page, shown, year_hint, "element")):
            if above is None:
                above = _headline_block(page)
            if in_teaser(el, above, urlsplit(page.url).path, item=True):
                continue  # <li><a>another story</a><span class="time">…</span>: its date
            if dates.has_time(found_el.raw):
                return found_el
            if first is None and not _masthead_date(page, el, shown):
                first = found_el
    return first


def _update_that_day(
    page: Page, under: str, bare: DateFound, year_hint: int | None
) -> DateFound | None:
    """The update time printed under the headline before a bare day of the same date, where
    no structured date is known: the one time the page prints (CGTN's "Updated 11:29,
    06-May-2024" over a caption's "on May 6, 2024" below it) dates it to the minute."""
    if dates.has_time(bare.raw):
        return None
    printed = _first_in(page, under, year_hint, "headline", updates=False)
    if (
        printed is not None
        and dates.has_time(printed.raw)
        and printed.value.date() == bare.value.date()
    ):
        return printed
    return None


def _short_lines_under(page: Page) -> str:
    """The short lines under the headline (a date in the first paragraph's prose is the
    event's, not the publication's)."""
    return "\n".join(line for line in page.under_headline().split("\n") if len(line) <= 100)


def _masthead_date(page: Page, el: HtmlElement, shown: str) -> bool:
    """A weekday and a date without a time, above the headline: the site's "today" in its
    masthead, on every page whatever its date (a listing's, an about page's)."""
    if page.headline is None or not _WEEKDAY.search(shown):
        return False
    for node in page.root.iter():
        if node is page.headline:
            return False
        if node is el:
            return True
    return False


_SECONDS = re.compile(r"\d:\d{2}:\d{2}")


def _with_seconds(page: Page, found: DateFound) -> DateFound:
    """A structured time to the minute (``PubDate: 2024-03-01 10:54``) yields to the same
    minute printed with its seconds (``发布时间：2024-03-01 10:54:33``)."""
    if _SECONDS.search(found.raw):
        return found
    shown = _visible(page, found.value.year)
    if (
        shown is not None
        and shown.value.second
        and shown.value.replace(second=0) == found.value.replace(second=0, microsecond=0)
    ):
        return shown
    return found


_STATED_OFFSET = re.compile(r"(?:[zZ]|[+-]\d{2}:?\d{2})$")  # an ISO value that states its offset


def _labelled_under(page: Page, structured: DateFound) -> DateFound | None:
    """The publication time the page prints under its headline with its label (``发布时间：
    2024-05-05 14:34``) when a structured time disagrees with it (a TRS ``PubDate`` a day
    earlier: the document's first save, not its publication). What the reader is told wins; a
    structured value with seconds the line shows to the minute agrees with it."""
    under = _short_lines_under(page)
    labelled = dates.find_labelled(under) if under else None
    if labelled is None:
        return None
    raw, at = labelled
    if _rejected(under[max(0, at - 16) : at]):
        return None  # 更新时间：…
    shown = _first_in(page, raw, structured.value.year, "headline")
    if shown is None or not dates.has_time(shown.raw) or not _fresh(page, shown.value):
        return None
    if abs(shown.value - structured.value) < timedelta(minutes=1):
        return None
    if shown.value.replace(second=0) == structured.value.replace(second=0, microsecond=0):
        return None
    if (
        structured.value.utcoffset() == timedelta(0)
        and _STATED_OFFSET.search(structured.raw)
        and _wall_gap(shown.value, structured.value) is not None
    ):
        # the same instant on the newsroom's own clock (发表时间：16/04/2024 - 21:57 over
        # 19:57 UTC): the printed zone is not the one guessed (:func:`_local_day`)
        return None
    return shown


def _printed_time(page: Page, day: DateFound) -> DateFound:
    """A structured day without a time (``publishdate: 2024-03-02``) with the time printed
    under the headline on that same day, even one labelled an update (``Updated: 2024-03-02
    14:38``: the one time such sites print). Another day's update is no publication time."""
    under = _short_lines_under(page)
    for value, raw, pos in dates.find_text_dates(
        under, page.tz, day.value.year, day_first=page.day_first
    ):
        if _rejected(under[max(0, pos - 12) : pos], updates=False):
            continue
        if dates.has_time(raw) and value.date() == day.value.date() and _fresh(page, value):
            return DateFound(value, raw, "headline")
    return day


def _find(page: Page, css: str) -> DateFound | None:
    root = page.root
    year_hint = dates.year_from_url(page.url)
    if css:
        found = root.cssselect(css)
        if found:
            raw = found[0].get("datetime") or text(found[0])
            value = dates.parse_iso(raw, page.tz) if found[0].get("datetime") else None
            value = value or dates.parse_text_date(raw, page.tz, year_hint, page.day_first)
            if value is not None:
                return DateFound(value, raw, "selector")
    date_only: DateFound | None = None
    for source, raw in _structured(page):
        value = dates.parse_iso(raw, page.tz)
        if not _fresh(page, value):
            continue
        assert value is not None
        if dates.has_time(raw):
            found = _with_seconds(page, DateFound(value, raw, source))
            return _labelled_under(page, found) or found
        date_only = date_only or DateFound(value, raw, source)
    if date_only:
        year_hint = date_only.value.year
    # Last, the year of a publication time in the page's scripts (Baidu's cambrian JSON-LD
    # ``pubDate``, ``publish_time``): it completes a printed 发布时间：05-24 14:34.
    year_hint = year_hint or _any_meta_year(page) or _script_year(page)
    if shown := _visible(page, year_hint, update_ok=date_only is None):
        return _over_bare_day(page, shown) or shown
    if date_only:
        return _printed_time(page, date_only)
    from_url = dates.date_from_url(page.url, page.tz)
    if not _fresh(page, from_url):
        from_url = None
    # A script's value adds the time to the URL's day; on another day it may be a recommended
    # story's (a JSON list of teasers), and the URL wins.
    scripted = _script_date(page)
    if scripted and (
        from_url is None
        or from_url.date() in (scripted[0].date(), scripted[0].astimezone(page.tz).date())
    ):
        return DateFound(*scripted, "script")
    if from_url is not None:
        return _timed_on(page, from_url) or DateFound(from_url, page.url, "url")
    outside = _text_outside_links(page)
    # No date but an update's (MetInfo 5's 更新时间：2019-05-18 08:30:59 under the story): the
    # one date the page gives is its date; an update is passed over only for another date.
    found = _first_in(page, outside, year_hint, "text")
    if found is None and (found := _first_in(page, outside, year_hint, "text", updates=False)):
        found.updated = True
    return found


_HOUR = timedelta(hours=1)


def _scripted_zone(page: Page, found: DateFound) -> DateFound | None:
    """A printed time with no zone (``Updated 22:32, 08-May-2024``, read in the zone guessed
    for the page) in the offset that makes it the instant the page's script states (CGTN's
    ``publishTime: 1715178720000``, 14:32 UTC): a whole number of hours between the two
    clocks is the zone the page prints in (the same reading as a UTC ``<time datetime>``
    printing its wall time, :func:`_local_day`). A script value without an offset is no
    instant, and one a broken number of hours away is another time (an update's)."""
    if found.source.startswith(_MACHINE) or found.value.tzinfo is not page.tz:
        return None
    if not dates.has_time(found.raw):
        return None
    scripted = _script_date(page)
    if scripted is None:
        return None
    instant, raw = scripted
    if not (raw.isdigit() or _STATED_OFFSET.search(raw)):
        return None
    gap = _wall_gap(found.value, instant)
    if gap is None or gap % _HOUR or gap == page.tz.utcoffset(found.value):
        return None
    return DateFound(instant.astimezone(timezone(gap)), found.raw, found.source)


def _timed_on(page: Page, day: datetime) -> DateFound | None:
    """The first time the page prints on the day its URL names, where nothing under the
    headline dates it: a press release's closing "Ends/Thursday, May 2, 2024 / Issued at HKT
    17:34" below its text."""
    shown = _text_outside_links(page)
    for value, raw, pos in dates.find_text_dates(
        shown, page.tz, day.year, day_first=page.day_first
    ):
        if (
            dates.has_time(raw)
            and value.date() == day.date()
            and not _rejected(shown[max(0, pos - 12) : pos])
            and _fresh(page, value)
        ):
            return DateFound(value, raw, "text")
    return None


def _over_bare_day(page: Page, shown: DateFound) -> DateFound | None:
    """A publication time in the page's scripts, or the day the page's URL names, over a bare
    day printed near the headline (``5月1日``: no year, no time, the event's in a short first
    paragraph or a caption, say) that it is a few days after: WeChat's 公众号 page fills its
    empty ``#publish_time`` from ``var ct = "…"`` and shows only its content's dates before the
    script runs; an e-paper story's URL names its edition (``/html/2024-05/08/content_3_1.htm``)
    while its caption prints the day before (``5月7日，市民在…``)."""
    if shown.source not in ("headline", "element") or _YEAR.search(shown.raw):
        return None
    if dates.has_time(shown.raw):
        return None
    if (scripted := _script_date(page)) is not None:
        if timedelta(0) <= scripted[0] - shown.value <= _RELATIVE_SLACK:
            return DateFound(*scripted, "script")
        return None
    from_url = dates.date_from_url(page.url, page.tz)
    if from_url is not None and timedelta(0) < from_url - shown.value <= _RELATIVE_SLACK:
        return DateFound(from_url, page.url, "url") if _fresh(page, from_url) else None
    return None


_MACHINE = ("json-ld", "meta:", "time", "script")  # sources whose value a program wrote
_MAX_OFFSET = timedelta(hours=14)  # the widest UTC offset in use (Kiribati)
_QUARTER = timedelta(minutes=15)  # UTC offsets are whole quarter hours
_MAX_TIMES = 20  # <time> elements read (for the page's own, for the offset of a UTC value)


def _local_day(page: Page, found: DateFound) -> DateFound:
    """A machine-written UTC time (``…Z``, ``+00:00``) in the offset the page shows it in.

    Sites write UTC into their meta tags and JSON-LD and print the local time: 04:50 UTC on
    the 19th is "November 18, 2019" on a US page and 12:50 on the 19th on a Chinese one. The
    site's zone (``tz``: China Standard Time on Chinese pages) is only a guess, and what the
    page prints overrules it: the instant is kept; its offset is, in order: a ``<time
    datetime>`` of the same instant that states one; the printed time's distance from the UTC
    time (:func:`_printed_zone`: an overseas newsroom's Chinese page prints Paris time); for a
    printed day without a time, the nearest whole-hour offset that gives that day, or UTC when
    the printed day is the UTC day and ``tz`` would move it (a London newsroom's page printing
    only the day); else ``tz``, else UTC. A printed day is never moved."""
    value = found.value
    if value.utcoffset() != timedelta(0) or not found.source.startswith(_MACHINE):
        return found
    offset: timedelta | None = None
    for el in islice(page.root.iter("time"), _MAX_TIMES):
        raw = el.get("datetime") or ""
        stated = dates.parse_iso(raw, UTC)
        if stated and stated == value and dates.has_time(raw):
            if stated.utcoffset():
                return DateFound(stated, found.raw, found.source)
            # the UTC stamp's own element prints the wall time ("vandaag, 18:42", "21 februari
            # 2024, 21:01", "May 5, 2024 9:14 PM"): its clock's distance from the UTC clock
            offset = offset or _clock_gap(text(el), value)
    if offset is not None:
        return DateFound(value.astimezone(timezone(offset)), found.raw, found.source)
    shown = _visible(page, dates.year_from_url(page.url) or value.year)
    if shown is not None and shown.source != "script" and dates.has_time(shown.raw):
        offset = _wall_gap(shown.value, value)
    if offset is None:
        offset = _printed_zone(page, value)
    if (
        offset is None
        and shown is not None
        and shown.source != "script"
        and not dates.has_time(shown.raw)
    ):
        printed = shown.value.replace(tzinfo=None).date()
        utc = value.replace(tzinfo=None, second=0, microsecond=0)
        days = (printed - utc.date()).days
        minutes = utc.hour * 60 + utc.minute
        if days == -1:  # the local day is behind: a western offset
            offset = -timedelta(hours=minutes // 60 + 1)
        elif days == 1:  # ahead: an eastern offset
            offset = timedelta(hours=(24 * 60 - minutes + 59) // 60)
        elif days == 0 and value.astimezone(page.tz).date() != printed:
            offset = timedelta(0)  # the page's day is the UTC day: the zone guessed is wrong
        if offset is not None and abs(offset) > _MAX_OFFSET:
            offset = None
    if offset is not None:
        return DateFound(value.astimezone(timezone(offset)), found.raw, found.source)
    if page.tz.utcoffset(value) != timedelta(0):
        return DateFound(value.astimezone(page.tz), found.raw, found.source)
    return found


# A clock time as printed: 18:42, 14.06 Uhr, 20h39, 9:14 PM (a day before it may be relative)
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[:.h]([0-5]\d)\b(?:\s?([AaPp])\.?[Mm]\b)?")
_DAY = timedelta(days=1)
_EAST_MOST = timedelta(hours=13)  # a clock gap beyond this is a western offset a day back


def _clock_gap(shown: str, instant: datetime) -> timedelta | None:
    """The UTC offset at which the one clock time ``shown`` prints (``vandaag, 18:42``: the day
    may be relative or absent) shows ``instant``: the clocks' distance, a whole number of
    quarter hours, taken within a day (18:42 over 16:42 UTC is +02:00, 21:14 over 01:14 UTC is
    -04:00)."""
    if len(shown) > 60 or (":" not in shown and "." not in shown and "h" not in shown):
        return None
    clocks = _CLOCK.findall(shown)
    if len(clocks) != 1:
        return None
    hour, minute, half = int(clocks[0][0]), int(clocks[0][1]), clocks[0][2].lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    utc = instant.astimezone(UTC)
    gap = timedelta(hours=hour - utc.hour, minutes=minute - utc.minute) % _DAY
    if gap > _EAST_MOST:
        gap -= _DAY
    quarters = round(gap / _QUARTER)
    return quarters * _QUARTER if gap == quarters * _QUARTER else None


def _wall_gap(printed: datetime, instant: datetime) -> timedelta | None:
    """The UTC offset at which the wall time ``printed`` (its own offset ignored) shows
    ``instant``, to the minute: a whole number of quarter hours within :data:`_MAX_OFFSET`."""
    gap = printed.replace(tzinfo=None, second=0, microsecond=0) - instant.astimezone(UTC).replace(
        tzinfo=None, second=0, microsecond=0
    )
    quarters = round(gap / _QUARTER)
    if abs(gap) <= _MAX_OFFSET and abs(gap - quarters * _QUARTER) <= timedelta(minutes=1):
        return quarters * _QUARTER
    return None


def _printed_zone(page: Page, value: datetime) -> timedelta | None:
    """The offset the times printed under the headline give the instant ``value``: a zone
    printed with a time (``Updated 9:57 PM EDT, May 9, 2024``: AP prints only its update
    time, in the zone its desk reads) within a day of it, else a publication wall time that is
    a whole offset away from it (``发表时间：08/05/2024 - 14:32`` over 12:32 UTC: Paris time),
    either reading of a day/month order the page does not state."""
    under = _short_lines_under(page)
    for shown, raw, _ in dates.find_text_dates(under, UTC, value.year, day_first=page.day_first):
        offset = shown.utcoffset()
        if dates.has_time(raw) and offset and abs(shown - value) <= timedelta(days=1):
            return offset
    orders = (page.day_first,) if page.day_first is not None else (True, False)
    for order in orders:
        for shown, raw, pos in dates.find_text_dates(under, UTC, value.year, day_first=order):
            if (
                dates.has_time(raw)
                and not _rejected(under[max(0, pos - 12) : pos])
                and (offset := _wall_gap(shown, value)) is not None
            ):
                return offset
    return None
