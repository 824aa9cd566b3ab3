"""Site 51's page helpers: site 28's furniture (``heldout_site28.common``) with its own page RNG,
and the clocks the five papers print."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from heldout_site28.common import consent, css, encode, esc, gtm, ld, script_json
from heldout_site28.common import page_rng as _page_rng

__all__ = [
    "ampm",
    "consent",
    "css",
    "encode",
    "esc",
    "gtm",
    "ld",
    "page_rng",
    "script_json",
    "zstamp",
]


def page_rng(seed: int, key: str) -> random.Random:
    return _page_rng(seed, key, 51)


def zstamp(w: datetime) -> str:
    return f"{w.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"


def ampm(w: datetime, pad: bool = True, upper: bool = True, space: bool = True) -> str:
    """``04:32 PM`` / ``4:32 pm``."""
    h = w.hour % 12 or 12
    s = "AM" if w.hour < 12 else "PM"
    clock = f"{h:02d}:{w:%M}" if pad else f"{h}:{w:%M}"
    return f"{clock}{' ' if space else ''}{s if upper else s.lower()}"
