"""What site 12's five templates share: escaping, a page's own RNG, the filler every portal ships
(stylesheets, statistics scripts, JSON feeds) and the charset encoder — site 7's helpers,
imported rather than copied."""

from __future__ import annotations

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

__all__ = [
    "css",
    "encode",
    "esc",
    "feed_js",
    "feed_rows",
    "others",
    "page_rng",
    "stats_js",
    "trunc",
]
