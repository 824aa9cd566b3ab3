"""Publication dates: ISO/structured values and Chinese textual dates, returned as aware UTC.

Textual times without an offset are read in the page's time zone (China Standard Time for
Chinese pages unless stated); a date without a year takes it from metadata or the URL.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

CST = timezone(timedelta(hours=8), "CST")

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
# 2022年03月19日 12:05 | 2022-03-19 12:05:30 | 2022/3/19 | 2022.03.19
_TEXT_FULL = re.compile(
    r"(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?"
    r"(?:\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?"
    r"(?:\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
# 3月19日 12:05 (no year)
_TEXT_NOYEAR = re.compile(
    r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2}))?"
)
_LABELLED = re.compile(
    r"(?:发布时间|發佈時間|发布日期|發布時間|时间|時間|日期)\s*[:：]\s*(.{6,40})"
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?=[/_.\-]|$)"
)


def _build(
    y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, tz: tzinfo = UTC
) -> datetime | None:
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=tz).astimezone(UTC)
    except ValueError:
        return None


def _offset(value: str | None, default: tzinfo) -> tzinfo:
    if not value:
        return default
    if value.upper() == "Z":
        return UTC
    sign = -1 if value[0] == "-" else 1
    digits = value[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def parse_iso(value: str, default_tz: tzinfo = UTC) -> datetime | None:
    """ISO 8601 / W3C datetime (as in JSON-LD, ``<time datetime>``, meta tags, sitemaps)."""
    m = _ISO.search(value)
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups()[:6])
    return _build(y, mo, d, h, mi, s, _offset(m.group(7), default_tz))


def parse_rfc822(value: str) -> datetime | None:
    """RSS ``pubDate`` and HTTP dates."""
    try:
        dt = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)


def year_from_url(url: str) -> int | None:
    """``/2022-03/19/c_1.htm`` → 2022; ``/20220319/`` → 2022."""
    m = _URL_DATE.search(url)
    return int(m.group(1)) if m else None


def find_text_date(
    text: str, default_tz: tzinfo = CST, year_hint: int | None = None
) -> tuple[datetime, str] | None:
    """The first date in free text and the string it was read from: full dates first, then
    ``M月D日`` completed by ``year_hint``."""
    m = _TEXT_FULL.search(text)
    if m:
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        value = _build(y, mo, d, h, mi, s, default_tz)
        return (value, m.group(0).strip()) if value else None
    m = _TEXT_NOYEAR.search(text)
    if m and year_hint:
        mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
        value = _build(year_hint, mo, d, h, mi, 0, default_tz)
        return (value, m.group(0).strip()) if value else None
    return None


def parse_text_date(
    text: str, default_tz: tzinfo = CST, year_hint: int | None = None
) -> datetime | None:
    """Like :func:`find_text_date`, the datetime only."""
    found = find_text_date(text, default_tz, year_hint)
    return found[0] if found else None


def find_labelled_date(text: str) -> str | None:
    """The raw value after a ``发布时间：`` style label, if the text has one."""
    m = _LABELLED.search(text)
    return m.group(1).strip() if m else None
