"""Site 29's page helpers: site 27's (``heldout_site27.common``) and the e-paper's date."""

from __future__ import annotations

from typing import Any

from heldout_site27.common import (
    PROPS,
    WORDS,
    css,
    encode,
    esc,
    filler_js,
    page_rng,
    stats_js,
    trunc,
)

__all__ = [
    "PROPS",
    "WEEK",
    "WORDS",
    "css",
    "encode",
    "esc",
    "filler_js",
    "page_rng",
    "stats_js",
    "trunc",
    "zh_day",
]

WEEK = "一二三四五六日"


def zh_day(d: Any, pad: bool = True) -> str:
    """The e-paper header's date: ``2024年05月08日 星期三`` (``2024年5月8日`` unpadded)."""
    if pad:
        return f"{d:%Y年%m月%d日} 星期{WEEK[d.weekday()]}"
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}"
