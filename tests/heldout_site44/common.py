"""Site 44's page helpers: site 39's (escaping, per-page RNG, filler CSS and scripts, serving in a
charset named by the header or not, the 政府网站 metadata block) and site 41's list builders."""

from __future__ import annotations

from heldout_site39.common import (
    css,
    esc,
    filler_js,
    gov_meta,
    page_rng,
    served,
    stats_js,
    trunc,
)
from heldout_site41.common import lis, rank

__all__ = [
    "css",
    "esc",
    "filler_js",
    "gov_meta",
    "lis",
    "page_rng",
    "rank",
    "served",
    "stats_js",
    "trunc",
]
