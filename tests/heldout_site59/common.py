"""Site 59's page helpers: site 39's (``heldout_site39.common``: site 27's helpers plus the
serving of a page in a charset, named in the HTTP header or not)."""

from __future__ import annotations

from heldout_site39.common import css, esc, filler_js, page_rng, served, stats_js, trunc

__all__ = ["css", "esc", "filler_js", "page_rng", "served", "stats_js", "trunc"]
