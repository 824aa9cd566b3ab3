"""Site 71's page helpers: site 28's furniture (``heldout_site28.common``: escaping, stylesheets,
tag-manager and consent scripts, JSON-LD) with its own page RNG, site 39's charset serving and
site 58's English word pools (``EnPools``)."""

from __future__ import annotations

import random

from heldout_site28.common import consent, css, esc, gtm, ld
from heldout_site28.common import page_rng as _page_rng
from heldout_site39.common import served, trunc
from heldout_site58.pools import EnPools

__all__ = ["EnPools", "consent", "css", "esc", "gtm", "ld", "page_rng", "served", "trunc"]


def page_rng(seed: int, key: str) -> random.Random:
    return _page_rng(seed, key, 71)
