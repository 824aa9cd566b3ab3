"""What site 14's templates share: site 7's escaping, page RNG, filler and encoder helpers."""

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
