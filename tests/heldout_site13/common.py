"""What site 13's five templates share: escaping, a page's own RNG, the filler every CMS page
ships (stylesheets, statistics scripts) and the charset encoder — site 7's helpers, imported
rather than copied."""

from __future__ import annotations

from heldout_site7.common import css, encode, esc, others, page_rng, stats_js, trunc

__all__ = ["css", "encode", "esc", "others", "page_rng", "stats_js", "trunc"]
