"""Site 74's page helpers: site 39's (``heldout_site39.common``: site 27's escaping, per-page RNG,
filler CSS and scripts, the serving of a page in a charset, the 政府网站 metadata block)."""

from __future__ import annotations

from heldout_site39.common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc

__all__ = ["css", "esc", "filler_js", "gov_meta", "page_rng", "served", "stats_js", "trunc"]
