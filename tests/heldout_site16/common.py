"""What site 16's five templates share: site 7's escaping, page RNG, stylesheet and feed helpers
(imported rather than copied) and the date forms these newsrooms print."""

from __future__ import annotations

from datetime import UTC, datetime

from heldout_site7.common import css, encode, esc, feed_js, others, page_rng, stats_js, trunc


def ymd(when: datetime) -> str:
    """2024年5月8日 (no leading zeros)."""
    return f"{when.year}年{when.month}月{when.day}日"


def utc_z(when: datetime, ms: bool = True) -> str:
    """The UTC instant as BBC / DW / 早报 stamp it: 2024-05-08T13:02:11.000Z."""
    u = when.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def utc_offset(when: datetime) -> str:
    """The UTC instant with a +00:00 offset, as 法广 stamps it."""
    return when.astimezone(UTC).isoformat()


def ampm(when: datetime) -> str:
    """早报's 12-hour clock: 下午6:02, 上午9:15, 下午12:30, 上午12:40."""
    part = "上午" if when.hour < 12 else "下午"
    return f"{part}{(when.hour - 1) % 12 + 1}:{when:%M}"


__all__ = [
    "ampm",
    "css",
    "encode",
    "esc",
    "feed_js",
    "others",
    "page_rng",
    "stats_js",
    "trunc",
    "utc_offset",
    "utc_z",
    "ymd",
]
