"""Site 35's page furniture: site 28's (``heldout_site28.common``), with its own page RNG."""

from __future__ import annotations

import random

from heldout_site28.common import PROPS, consent, css, encode, esc, gtm, hashes, ld, script_json, ul
from heldout_site28.common import page_rng as _page_rng

__all__ = [
    "PROPS",
    "consent",
    "css",
    "encode",
    "esc",
    "gtm",
    "hashes",
    "ld",
    "page_rng",
    "script_json",
    "ul",
]


def page_rng(seed: int, key: str) -> random.Random:
    return _page_rng(seed, key, 35)
