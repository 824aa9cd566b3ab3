"""What site 10's five templates share: escaping, a page's own RNG, the filler every portal ships
(stylesheets, statistics scripts, JSON feeds) and the charset encoder — site 7's helpers,
imported rather than copied — plus a relative-link helper (红网 links its stories relatively)."""

from __future__ import annotations

import posixpath

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


def rel(src: str, dst: str) -> str:
    """``dst`` as a link relative to the page at ``src`` (``../09/13612346.html``)."""
    return posixpath.relpath(dst, posixpath.dirname(src) or "/")


__all__ = [
    "css",
    "encode",
    "esc",
    "feed_js",
    "feed_rows",
    "others",
    "page_rng",
    "rel",
    "stats_js",
    "trunc",
]
