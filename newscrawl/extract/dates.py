"""Publication dates: ISO/structured values and Chinese textual dates, as aware datetimes that
keep the offset the page states.

A value with an offset keeps it (``2019-09-07T13:43:45+08:00`` stays at +08:00, never turned
into UTC: the calendar day an analyst groups by is the page's own). A value without one is read
in the page's zone (China Standard Time for Chinese pages unless stated). A date without a year
takes it from metadata or the URL. Every pattern here is linear-time: no nested quantifiers, and
callers cap the text they pass (:data:`MAX_TEXT`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

CST = timezone(timedelta(hours=8), "CST")
MAX_TEXT = 20_000  #: characters of free text searched for a date at most
_MAX_DATES = 50  # full dates read from one text at most, per pattern

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]{1,3}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?"
    r" ?(Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
# 2022年03月19日 12:05 | 2022-03-19 12:05:30 | 2022/3/19 | 2022.03.19
_TEXT_FULL = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})(?:\s{0,3}[年\-/.]\s{0,3}|\s{1,3})(\d{1,2})\s{0,3}[月\-/.]\s{0,3}"
    r"(\d{1,2})"
    r"(?!\d)\s{0,3}日?"
    r"(?:\s{0,3}(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?"
    r"(?:\s{0,3}(上午|下午|中午|晚上|晚間|晚间|凌晨|早上|傍晚|[AaPp]\.?[Mm]\b\.?))?"
    r"(?:\s{0,3}(\d{1,2})\s{0,3}[:：时時]\s{0,3}(\d{1,2})(?:\s{0,3}[:：分]\s{0,3}(\d{1,2}))?"
    r"(?:\s{0,2}([AaPp])\.?[Mm]\b\.?)?)?"
)
# 06/02/2024 14:05 (day/month or month/day, year last): read when only one order makes a date
# or the page's language says which (``day_first``).
# _NUMERIC_YEAR_LAST's date alone, for scanning a page: a pattern opening with a look-behind is
# tried at every position; one opening with a digit skips to the digits.
_NUMERIC_SCAN = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.])")
_NUMERIC_BEFORE = frozenset("0123456789/.")
_NUMERIC_YEAR_LAST = re.compile(
    r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.])"
    r"(?:\s{0,3}(?:at|,|-|–|•|\|)?\s{0,3}(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s{0,2}([ap])\.?m\b\.?)?)?",
    re.IGNORECASE,
)
# A 12-hour clock's afternoon/evening marks (下午3:23, 3:23 PM), and its morning ones.
_AFTERNOON = frozenset(("下午", "晚上", "晚間", "晚间", "傍晚", "p"))
# English: November 18, 2019 | Nov. 18, 2019 at 9:24 pm | 18 November 2019 14:05 | 13th Aug 2019
_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
)  # fmt: skip
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_ORD = r"(?:st|nd|rd|th)?"
_CLOCK = r"(?:\s{0,3}(?:at|,|-|–|•|\|)?\s{0,3}(\d{1,2})[:.](\d{2})(?:\s{0,2}([ap])\.?m\b\.?)?)?"
_EN_MDY = re.compile(
    rf"\b{_MONTH}\s{{1,3}}(\d{{1,2}}){_ORD},?\s{{1,3}}((?:19|20)\d{{2}})\b{_CLOCK}", re.I
)
# (and CGTN's 08-May-2024: the day, the month's name and the year joined by hyphens)
_EN_DMY = re.compile(
    rf"\b(\d{{1,2}}){_ORD}(?:\s{{1,3}}(?:of\s{{1,3}})?|-){_MONTH}(?:,?\s{{1,3}}|-)"
    rf"((?:19|20)\d{{2}})\b{_CLOCK}",
    re.I,
)
# 3月19日 12:05 (no year)
_TEXT_NOYEAR = re.compile(
    r"(?<!\d)(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}日(?:\s{0,3}(\d{1,2})\s{0,3}[:：时時]\s{0,3}(\d{1,2}))?"
)
# After a 发布时间 label only: 18-03-08 23:16 (two-digit year), 10-08 12:00 (no year).
_SHORT_YEAR = re.compile(r"^\s{0,3}(\d{2})-(\d{1,2})-(\d{1,2})(?:\s{1,3}(\d{1,2}):(\d{2}))?(?!\d)")
_NO_YEAR = re.compile(r"^\s{0,3}(\d{1,2})-(\d{1,2})\s{1,3}(\d{1,2}):(\d{2})(?![\d-])")
# 民國 (ROC) years, year + 1911 (Taiwan's official calendar): named, 中華民國113年5月8日 is read
# anywhere; a bare three-digit year (113-05-08, 113/05/08, 110.11.06, 113年5月8日) only as a
# labelled value (发布日期：) or a date element's whole text, where no other number stands.
_ROC_ERA = r"(?:中華民國|中华民国|民國|民国)"
_ROC_NAMED = re.compile(
    _ROC_ERA + r"\s{0,2}(\d{1,3})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日"
)
_ROC_SHORT = re.compile(
    r"^\s{0,3}(?:" + _ROC_ERA + r"\s{0,2})?(\d{3})\s{0,2}"
    r"(?:([-/.])\s{0,2}(\d{1,2})\s{0,2}\2|年\s{0,2}(\d{1,2})\s{0,2}月)\s{0,2}(\d{1,2})(?!\d)\s{0,2}日?"
    r"(?:\s{1,3}(\d{1,2})[:：](\d{2}))?"
)
_ROC_OFFSET = 1911
_ROC_MAX = 150  # ROC 150 is 2061
# The words that label the publication date (发布时间：, 发布于 <time>)
_PUBLISH_LABEL = (
    r"(?:发布时间|發佈時間|发布日期|發布日期|發布時間|发表时间|發表時間|发表于|發表於|发布于|"
    r"發布於)\s{0,3}[:：]?"
)
# A reader's comment's time (网友：X　评论时间：2024-5-7 9:00:00, 留言时间, 回复时间): never
# the story's.
_COMMENT_WORDS = "评论|評論|回复|回覆|留言"
COMMENTED = re.compile(rf"(?:{_COMMENT_WORDS})(?:时间|時間)|[网網]友\s{{0,2}}[:：]")
_LABELLED = re.compile(
    r"(?:"
    + _PUBLISH_LABEL
    # the bare words only as a label (时间：, 日期 2024…), not in prose (通勤时间。1月16日), nor
    # a reader's comment's (网友：X　评论时间：2024-5-7 9:00:00) or an update's
    # (the word first, then what stands before it: every branch opens with a literal, so sre
    # skips the positions that hold none of their first characters)
    + rf"|(?:时间|時間|日期)(?<!(?:更新|修改|{_COMMENT_WORDS})..)(?:\s{{0,3}}[:：]|\s))"
    + r"\s{0,3}(.{6,40})",
    re.DOTALL,
)
# Labels of a date that is *not* the publication: an update or the capture of the page.
UPDATED = re.compile(
    r"(?:最后更新|最後更新|更新时间|更新時間|更新于|修改时间|updated|last modified)", re.I
)
# Text right before a footer date: the copyright line, the ICP licence.
FOOTER = re.compile(r"(?:©|copyright|版权|版權|icp|备案|備案|all rights)", re.I)
# Text right before another article's date: a recommended or neighbouring story.
OTHER = re.compile(r"(?:推荐|推薦|相关|相關|上一篇|下一篇|previous|next)", re.I)
# /2022-04/17/, /20220417/, /2022/0417/, t20220417_123.html, /2022/04/17/
# 12:05, 12时05, and the British 13.47 (not a numeric date's 2022.03.19 nor 19.03.2022)
_TIME = re.compile(r"\d\s{0,3}[:：时時]\s{0,3}\d|(?<![\d.])\d{1,2}\.\d{2}(?![\d.])")
_URL_DATE = re.compile(
    r"(?:/|\bt)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?=[/_.\-]|$)"
)


def _build(
    y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, tz: tzinfo = UTC
) -> datetime | None:
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError:
        return None


def _offset(value: str | None, default: tzinfo) -> tzinfo:
    if not value:
        return default
    if value.upper() == "Z":
        return UTC
    sign = -1 if value[0] == "-" else 1
    digits = value[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4])
    if minutes >= 24 * 60:
        return default
    return timezone(sign * timedelta(minutes=minutes))


# Countries with one time zone, by the host's top-level domain: a page's time printed without a
# zone is its country's (DST included); a host elsewhere (.com, .org, several zones) says nothing.
_TLD_ZONES = {
    "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "mo": "Asia/Macau", "tw": "Asia/Taipei",
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila", "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul", "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka",
    "vn": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok", "ir": "Asia/Tehran", "il": "Asia/Jerusalem",
    "tr": "Europe/Istanbul", "uk": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin",
    "fr": "Europe/Paris", "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "gr": "Europe/Athens", "eg": "Africa/Cairo",
    "za": "Africa/Johannesburg", "ng": "Africa/Lagos", "ke": "Africa/Nairobi",
    "nz": "Pacific/Auckland",
}  # fmt: skip


def zone_of_host(url: str) -> tzinfo | None:
    """The time zone of a URL's country (``news.example.com.cn`` → Asia/Shanghai), if it has
    exactly one; None for generic domains, IP addresses and countries with several zones."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    name = _TLD_ZONES.get(tld)
    return ZoneInfo(name) if name else None


def zone_of_locale(tag: str | None) -> tzinfo | None:
    """The time zone of the country a page's language tag names (``lang="en-NZ"``, og:locale
    ``en_GB``), if it has exactly one (:func:`zone_of_host`'s countries); None for a tag
    without a region or a country with several zones (``en-US``). ``en-GB`` names no place:
    British English is the written standard of much of the Commonwealth (Hong Kong, Singapore,
    Malaysia, India…), so its region says how a site spells, not where it is."""
    parts = (tag or "").replace("_", "-").lower().split("-")
    region = parts[-1] if len(parts) > 1 and len(parts[-1]) == 2 else ""
    name = _TLD_ZONES.get(region) if region != "uk" else None
    return ZoneInfo(name) if name else None


def parse_iso(value: str, default_tz: tzinfo = UTC) -> datetime | None:
    """ISO 8601 / W3C datetime (as in JSON-LD, ``<time datetime>``, meta tags, sitemaps), in
    the offset it states, else in ``default_tz``."""
    m = _ISO.search(value[:200])
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups()[:6])
    return _build(y, mo, d, h, mi, s, _offset(m.group(7), default_tz))


def has_time(value: str) -> bool:
    """Whether a date string states a time of day (``12:05``, ``12时05``, ``T12:05``)."""
    return _TIME.search(value[:200]) is not None


def parse_rfc822(value: str) -> datetime | None:
    """RSS ``pubDate`` and HTTP dates, as UTC."""
    try:
        dt = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)


def year_from_url(url: str) -> int | None:
    """``/2022-03/19/c_1.htm`` → 2022; ``/20220319/`` → 2022."""
    m = _URL_DATE.search(url[:2000])
    return int(m.group(1)) if m else None


def date_from_url(url: str, default_tz: tzinfo = CST) -> datetime | None:
    """The day a URL states (``/2022-04/17/``, ``t20220417_1.html``, ``/2022/0417/``), or None
    when it states only a month."""
    m = _URL_DATE.search(url[:2000])
    if not m or not m.group(3):
        return None
    return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)), tz=default_tz)


def _english(m: re.Match[str], day_first: bool, tz: tzinfo) -> datetime | None:
    a, b, year, hour, minute, half = m.groups()
    month_name, day = (b, a) if day_first else (a, b)
    h, mi = (_hour(int(hour), half), int(minute)) if hour else (0, 0)
    return _build(int(year), _MONTHS.index(month_name[:3].lower()) + 1, int(day), h, mi, 0, tz)


# Zone abbreviations printed after a time that name one offset (CST of two countries is left to
# the site's zone), and those that name a zone with its daylight saving (``10:21 AM ET``) or the
# zone most pages mean (IST: India's, unless the site's is Ireland's or Israel's).
_ZONE_MINUTES = {
    "gmt": 0, "utc": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60, "wat": 60, "cest": 120,
    "eet": 120, "cat": 120, "sast": 120, "eest": 180, "msk": 180, "eat": 180, "pkt": 300,
    "ist": 330, "ict": 420, "wib": 420, "wita": 480, "hkt": 480, "sgt": 480, "pht": 480,
    "awst": 480, "wit": 540, "jst": 540, "kst": 540, "acst": 570, "aest": 600, "acdt": 630,
    "aedt": 660, "nzst": 720, "nzdt": 780, "brt": -180, "edt": -240, "est": -300, "cdt": -300,
    "mdt": -360, "mst": -420, "pdt": -420, "pst": -480, "akdt": -480, "akst": -540,
    "hst": -600,
}  # fmt: skip
_ZONE_NAMES = {
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}  # fmt: skip
_IST_ELSEWHERE = frozenset(("Europe/Dublin", "Asia/Jerusalem"))
_ZONE_WORDS = "|".join((*_ZONE_MINUTES, *_ZONE_NAMES))
_ZONE_AFTER = re.compile(
    r"\s{0,2}\(?(" + _ZONE_WORDS + r")\b(?:\s{0,1}([+-])(\d{1,2})(?::?(\d{2}))?)?",
    re.IGNORECASE,
)


# A time printed before its date (AP's ``Updated 9:57 PM EDT, May 9, 2024``): a 12-hour clock
# or a zone abbreviation (a bare ``12:30`` before a date may be anything's), right before it; or
# a 24-hour clock opening its line, a comma between it and the date (Stuff's ``08:00, May 09
# 2024``, the line a ``<time>`` prints).
_CLOCK_BEFORE = re.compile(
    r"(?<![\d:.])(\d{1,2})[:.](\d{2})(?:\s{0,2}([ap])\.?m\b\.?)?"
    r"(?:\s{0,2}\(?(" + _ZONE_WORDS + r")\b\)?)?"
    r"\s{0,3}(,|on|-|–|•|\|)?\s{0,3}$",
    re.IGNORECASE,
)


# A clock its zone opens, after a date printed without one: the closing lines of a press
# release ("Ends/Thursday, May 2, 2024 / Issued at HKT 17:34", "2024年5月2日（星期四）／香港時
# 間17時34分"). Only a named zone (an abbreviation in capitals, a city's 時間) makes the number
# after a date a time of that date.
_CITY_TIME_CST = r"(?:香港|北京|澳[門门]|[台臺]北|新加坡)[時时][間间]"  # all at UTC+8
_ZONED_CLOCK = re.compile(
    r"\s{0,3}(?:[（(]\s{0,2}(?:星期|禮拜|礼拜)[一二三四五六日天]\s{0,2}[)）])?[\s/／|,，]{0,4}"
    r"(?:(?:issued|released|posted|published)\s{1,3})?(?:at\s{1,3})?"
    r"(?:(?-i:(" + _ZONE_WORDS.upper() + r"))\b|(" + _CITY_TIME_CST + r"))\s{0,2}"
    r"(\d{1,2})\s{0,2}[:：時时]\s{0,2}(\d{2})(?!\d)",
    re.IGNORECASE,
)


def _zoned_clock_after(text: str, end: int, site: tzinfo) -> tuple[int, int, tzinfo, int] | None:
    """``(hour, minute, zone, end)`` of a clock its zone opens right after ``end`` (see
    ``_ZONED_CLOCK``)."""
    m = _ZONED_CLOCK.match(text, end)
    if m is None:
        return None
    hour, minute = int(m.group(3)), int(m.group(4))
    if hour > 23 or minute > 59:
        return None
    zone = _zone_after(m.group(1), 0, site) if m.group(1) else CST
    return (hour, minute, zone, m.end()) if zone is not None else None


_LEAD = 16  # characters read before a clock for what opens its line
#: A date line's label before its clock or on a line of its own: Updated, Posted on, Published:
TIME_LABEL = re.compile(r"(?:last\s)?(?:updated|published|posted)(?:\son)?\s?:?", re.I)


def _clock_before(
    text: str, start: int, site: tzinfo
) -> tuple[int, int, int, tzinfo | None] | None:
    """``(hour, minute, where it starts, zone)`` of a time printed right before ``start``."""
    m = _CLOCK_BEFORE.search(text[max(0, start - 24) : start])
    if m is None:
        return None
    at = max(0, start - 24) + m.start()
    lead = text[max(0, at - _LEAD) : at]  # what precedes the clock on its line
    before = lead.rsplit("\n", 1)[-1].strip()
    # the clock opens its line, or only a date label does (CGTN's "Updated 22:32, 08-May-2024")
    opens_line = (not before or TIME_LABEL.fullmatch(before) is not None) and (
        "\n" in lead or at <= _LEAD
    )
    if not (m.group(3) or m.group(4) or (m.group(5) == "," and opens_line)):
        return None
    hour, minute = _hour(int(m.group(1)), m.group(3)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    zone = _zone_after(m.group(0), m.start(4) - m.start(), site) if m.group(4) else None
    return hour, minute, at, zone


def _zone_after(text: str, end: int, site: tzinfo | None = None) -> tzinfo | None:
    """The zone a time's abbreviation names right after it (``BST``, ``GMT+8``, ``ET``), if
    any (``site``: the site's zone, which says whose IST is meant)."""
    m = _ZONE_AFTER.match(text, end)
    return _named_zone(m, site) if m is not None else None


def _named_zone(m: re.Match[str], site: tzinfo | None) -> tzinfo | None:
    """The zone a match's groups name: an abbreviation, maybe an offset after GMT/UTC."""
    name, sign, hours, minutes = m.group(1, 2, 3, 4)
    name = name.lower()
    if name in _ZONE_NAMES:
        return ZoneInfo(_ZONE_NAMES[name])
    if name == "ist" and isinstance(site, ZoneInfo) and site.key in _IST_ELSEWHERE:
        return site
    offset = _ZONE_MINUTES[name]
    if sign and hours and name in ("gmt", "utc"):
        offset = (1 if sign == "+" else -1) * (int(hours) * 60 + int(minutes or 0))
    if abs(offset) > 14 * 60:
        return None
    return timezone(timedelta(minutes=offset))


# A page's statement of the zone its times are in: "All times AEST (GMT +10)", "Times are ET",
# "All times shown in UTC", 所有时间均为北京时间 (the abbreviation in capitals: "times in cat…" is
# prose).
_STATED_ZONE = re.compile(
    r"times\s{1,3}(?:are\s{1,3}|shown\s{1,3}|given\s{1,3}|listed\s{1,3})?"
    r"(?:in\s{1,3})?(?-i:("
    + _ZONE_WORDS.upper()
    + r"))\b(?:\s{0,1}([+-])(\d{1,2})(?::?(\d{2}))?)?",
    re.IGNORECASE,
)
_STATED_BEIJING = re.compile(r"时间(?:均|皆|都)?(?:为|是|以)北京时间")


def stated_zone(text: str, site: tzinfo | None = None) -> tzinfo | None:
    """The zone a page states its times are in (see ``_STATED_ZONE``), if it states one.

    The pattern is tried only where its word stands ("times" found by ``str.find`` on the
    lower-cased text, 北京时间 on the text): a search of the whole pattern at every position of
    40,000 characters cost a tenth of a page's extraction."""
    low = text.lower()
    if len(low) == len(text):  # lower() kept every offset (no İ → i̇)
        at = low.find("times")
        while at != -1:
            if (at == 0 or not low[at - 1].isalnum()) and (m := _STATED_ZONE.match(text, at)):
                return _named_zone(m, site)
            at = low.find("times", at + 5)
    elif m := re.search(r"\b" + _STATED_ZONE.pattern, text, re.IGNORECASE):
        return _named_zone(m, site)
    at = text.find("北京时间")
    while at != -1:
        if _STATED_BEIJING.search(text, max(0, at - 4), at + 4):
            return CST
        at = text.find("北京时间", at + 4)
    return None


def _hour(h: int, mark: str | None) -> int:
    """``h`` on a 24-hour clock, given a 12-hour clock's mark (上午, 下午, 中午, AM, PM)."""
    if not mark or h > 12:
        return h
    mark = mark.rstrip(".").lower()[:1] if mark.isascii() else mark
    if mark in _AFTERNOON or (mark == "中午" and h < 11):
        return h % 12 + 12
    return 0 if h == 12 and mark in ("a", "上午", "凌晨", "早上") else h


def _numeric_year_last(m: re.Match[str], day_first: bool | None, tz: tzinfo) -> datetime | None:
    a, _, b, year, hour, minute, sec, half = m.groups()
    first, second = int(a), int(b)
    if first > 12 or (day_first and second <= 12) or first == second:
        day, month = first, second
    elif second > 12 or day_first is False:
        day, month = second, first
    else:
        return None  # 06/02/2024 on a page that does not say its order: no guess
    h = _hour(int(hour), half) if hour else 0
    return _build(int(year), month, day, h, int(minute or 0), int(sec or 0), tz)


def numeric_order(text: str, day: date | None = None) -> bool | None:
    """How a text orders its numeric dates when one of them tells: ``24/05/2024`` says day
    first, ``05/24/2024`` month first (what then reads its ``03/05/2024``); so does one that is
    ``day`` (the day the page's URL names) in one reading only: ``04/05/2024`` under a
    ``/2024/05/04/`` URL. None when none tells or they disagree."""
    told: set[bool] = set()
    named = (day.year, day.day, day.month) if day is not None else None
    if "/" in text or "." in text:
        head = text[:MAX_TEXT]
        n = 0
        for m in _NUMERIC_SCAN.finditer(head):
            if m.start() and head[m.start() - 1] in _NUMERIC_BEFORE:
                continue  # what _NUMERIC_YEAR_LAST's look-behind rejects
            first, second = int(m.group(1)), int(m.group(3))
            if (first > 12) != (second > 12) and max(first, second) <= 31:
                told.add(first > 12)
            elif (
                named
                and first != second
                and named[0] == int(m.group(4))
                and named[1:] in ((first, second), (second, first))
            ):
                told.add(named[1:] == (first, second))
            if n >= _MAX_DATES:
                break
            n += 1
    return told.pop() if len(told) == 1 else None


def _full_dates(
    text: str, tz: tzinfo, day_first: bool | None = None
) -> Iterator[tuple[datetime | None, str, int]]:
    """Every full date in ``text`` (numeric/Chinese, English month names, and day/month/year
    numbers), in order. ``day_first``: how the page orders 06/02/2024 (None: unknown)."""
    found: list[tuple[int, datetime | None, str]] = []

    def add(m: re.Match[str], value: datetime | None, clock: bool) -> None:
        if value is not None and clock and (zone := _zone_after(text, m.end(), tz)) is not None:
            value = value.replace(tzinfo=zone)  # 12:05 BST, 14:04 WIB, 08:00 GMT+8
        elif value is not None and not clock and (zoned := _zoned_clock_after(text, m.end(), tz)):
            hour, minute, zone, end = zoned
            value = value.replace(hour=hour, minute=minute, tzinfo=zone)
            found.append((m.start(), value, " ".join(text[m.start() : end].split())))
            return
        found.append((m.start(), value, m.group(0).strip()))

    for m in _TEXT_FULL.finditer(text):
        y, mo, d, mark, hour, minute, sec, half = m.groups()
        h = _hour(int(hour), mark or half) if hour else 0
        add(m, _build(int(y), int(mo), int(d), h, int(minute or 0), int(sec or 0), tz), bool(hour))
        if len(found) >= _MAX_DATES:
            break
    if "民" in text:
        for n, m in enumerate(_ROC_NAMED.finditer(text)):
            y, mo, d = (int(g) for g in m.groups())
            add(m, _build(y + _ROC_OFFSET, mo, d, tz=tz) if 0 < y <= _ROC_MAX else None, False)
            if n >= _MAX_DATES:
                break
    if "/" in text or "." in text:
        for n, m in enumerate(_NUMERIC_YEAR_LAST.finditer(text)):
            value = _numeric_year_last(m, day_first, tz)
            if value is not None:
                add(m, value, m.group(5) is not None)
            if n >= _MAX_DATES:
                break
    if _MONTH_WORD.search(text):
        for dmy, pattern in ((False, _EN_MDY), (True, _EN_DMY)):
            for n, m in enumerate(pattern.finditer(text)):
                value = _english(m, dmy, tz)
                before = _clock_before(text, m.start(), tz) if m.group(4) is None else None
                if value is not None and before is not None:
                    hour, minute, at, zone = before
                    value = value.replace(hour=hour, minute=minute, tzinfo=zone or value.tzinfo)
                    found.append((at, value, text[at : m.end()].strip()))
                else:
                    add(m, value, m.group(4) is not None)
                if n >= _MAX_DATES:
                    break
    for pos, value, raw in sorted(found, key=lambda f: f[0]):
        yield value, raw, pos


def find_text_date(
    text: str, default_tz: tzinfo = CST, year_hint: int | None = None, day_first: bool | None = None
) -> tuple[datetime, str] | None:
    """The first date in free text and the string it was read from: full dates first, then
    ``M月D日`` completed by ``year_hint``."""
    text = text[:MAX_TEXT]
    for value, raw, _ in _full_dates(text, default_tz, day_first):
        return (value, raw) if value else None
    m = _TEXT_NOYEAR.search(text)
    if m and year_hint:
        mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
        value = _build(year_hint, mo, d, h, mi, 0, default_tz)
        return (value, m.group(0).strip()) if value else None
    return None


def find_text_dates(
    text: str,
    default_tz: tzinfo = CST,
    year_hint: int | None = None,
    limit: int = 20,
    day_first: bool | None = None,
) -> list[tuple[datetime, str, int]]:
    """Every full date in the text (up to ``limit``): ``(value, as written, position)``."""
    out: list[tuple[datetime, str, int]] = []
    for value, raw, pos in _full_dates(text[:MAX_TEXT], default_tz, day_first):
        if value:
            out.append((value, raw, pos))
        if len(out) >= limit:
            break
    return out


def parse_text_date(
    text: str, default_tz: tzinfo = CST, year_hint: int | None = None, day_first: bool | None = None
) -> datetime | None:
    """Like :func:`find_text_date`, the datetime only."""
    found = find_text_date(text, default_tz, year_hint, day_first)
    return found[0] if found else None


_PUBLISH_LABEL_ONLY = re.compile(_PUBLISH_LABEL)


def is_date_label(line: str) -> bool:
    """Whether a line is a date's label and nothing else (``发布于`` before its ``<time>``,
    "Updated" above the clock): a label, never a name."""
    line = line.strip()
    return _PUBLISH_LABEL_ONLY.fullmatch(line) is not None or TIME_LABEL.fullmatch(line) is not None


def find_labelled_date(text: str) -> str | None:
    """The raw value after a ``发布时间：`` style label, if the text has one."""
    found = find_labelled(text)
    return found[0] if found else None


def find_labelled(text: str) -> tuple[str, int] | None:
    """Like :func:`find_labelled_date`, with the value's position in ``text``."""
    m = _LABELLED.search(text[:MAX_TEXT])
    return (m.group(1).strip(), m.start(1)) if m else None


# Not inside prose: "…，今天想把…" is no date line, "昨天 10:23" and "3小时前" are.
_RELATIVE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:(今天|今日|昨天|昨日|前天)(?:\s{0,3}(\d{1,2})[:：](\d{2})|(?![\u4e00-\u9fff]))"
    r"|(?<!\d)(\d{1,3})\s{0,2}(分钟|分鐘|小时|小時|天)前(?![\u4e00-\u9fff]))"
)
_DAYS_BACK = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}


def parse_relative(text: str, now: datetime, tz: tzinfo = CST) -> tuple[datetime, str] | None:
    """``昨天 10:23``, ``3小时前``, ``2天前`` against the fetch time ``now``, in ``tz``."""
    m = _RELATIVE.search(text[:MAX_TEXT])
    if not m:
        return None
    local = now.astimezone(tz)
    if m.group(1):
        day = local - timedelta(days=_DAYS_BACK[m.group(1)])
        h, mi = (int(m.group(2)), int(m.group(3))) if m.group(2) else (0, 0)
        value = _build(day.year, day.month, day.day, h, mi, 0, tz)
    else:
        n, unit = int(m.group(4)), m.group(5)
        delta = {"天": timedelta(days=n)}.get(unit) or (
            timedelta(minutes=n) if unit in ("分钟", "分鐘") else timedelta(hours=n)
        )
        value = (local - delta).replace(second=0, microsecond=0)
    return (value, m.group(0)) if value else None


def parse_labelled(
    value: str, default_tz: tzinfo = CST, year_hint: int | None = None
) -> tuple[datetime, str] | None:
    """A labelled value in a short form: ``18-03-08 23:16`` (two-digit year) → 2018-03-08
    23:16; ``10-08 12:00`` → ``year_hint``-10-08 12:00; a 民國 date (:func:`parse_roc`)."""
    if found_roc := parse_roc(value, default_tz):
        return found_roc
    m = _SHORT_YEAR.match(value[:60])
    if m:
        y, mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
        found = _build(2000 + y, mo, d, h, mi, 0, default_tz)
        return (found, m.group(0).strip()) if found else None
    m = _NO_YEAR.match(value[:60])
    if m and year_hint:
        mo, d, h, mi = (int(g) for g in m.groups())
        found = _build(year_hint, mo, d, h, mi, 0, default_tz)
        return (found, m.group(0).strip()) if found else None
    return None


def parse_roc(value: str, default_tz: tzinfo = CST) -> tuple[datetime, str] | None:
    """A 民國 (ROC) date opening ``value``: ``113-05-08``, ``113/05/08 14:32``, ``110.11.06``,
    ``113年5月8日``, ``中華民國113年5月8日`` → 2024-05-08 (year + 1911). Read only where the
    page labels the value a date: a bare three-digit number is no year elsewhere."""
    m = _ROC_SHORT.match(value[:60])
    if not m or not 0 < int(m.group(1)) <= _ROC_MAX:
        return None
    y, _, mo, mo_cjk, d, h, mi = m.groups()
    found = _build(
        int(y) + _ROC_OFFSET, int(mo or mo_cjk), int(d), int(h or 0), int(mi or 0), 0, default_tz
    )
    return (found, m.group(0).strip()) if found else None
