"""What site 11's five templates share: escaping, a page's own RNG, the filler every portal ships
(stylesheets, statistics scripts, JSON feeds) and the charset encoder — site 7's helpers,
imported rather than copied — plus the 民國 date CNA prints and the weekday names."""

from __future__ import annotations

from datetime import datetime

from heldout_site7.common import (
    css,
    encode,
    esc,
    feed_js,
    feed_rows,
    others,
    page_rng,
    stats_js,
    trunc,
)

WEEKDAY = "一二三四五六日"


def roc(when: datetime) -> str:
    """CNA's closing stamp: 1130508 (民國 year, month, day)."""
    return f"{when.year - 1911}{when:%m%d}"


def week(when: datetime) -> str:
    return "星期" + WEEKDAY[when.weekday()]


def ampm(when: datetime) -> str:
    """明報's 12-hour clock: 下午3:42, 上午11:05, 中午12:10."""
    h = when.hour
    part = "上午" if h < 12 else ("中午" if h == 12 else "下午")
    return f"{part}{(h - 1) % 12 + 1}:{when:%M}"


__all__ = [
    "ampm",
    "css",
    "encode",
    "esc",
    "feed_js",
    "feed_rows",
    "others",
    "page_rng",
    "roc",
    "stats_js",
    "trunc",
    "week",
]
