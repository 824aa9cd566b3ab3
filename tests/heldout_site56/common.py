"""Site 56's page helpers: site 28's furniture (``heldout_site28.common``) with its own page RNG,
and the ways the five newsrooms print Beijing time."""

from __future__ import annotations

import random
from datetime import datetime

from heldout_site28.common import consent, css, encode, esc, gtm, ld, script_json
from heldout_site28.common import page_rng as _page_rng

__all__ = ["ampm", "consent", "css", "encode", "esc", "gtm", "ld", "page_rng", "script_json"]


def page_rng(seed: int, key: str) -> random.Random:
    return _page_rng(seed, key, 56)


def ampm(w: datetime) -> str:
    """``10:32 PM`` (Global Times pads the hour)."""
    h = w.hour % 12 or 12
    return f"{h:02d}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"
