"""Site 36's page helpers: site 27's (``heldout_site27.common``)."""

from heldout_site27.common import (
    PROPS,
    WORDS,
    css,
    encode,
    esc,
    filler_js,
    page_rng,
    stats_js,
    trunc,
)

__all__ = ["PROPS", "WORDS", "css", "encode", "esc", "filler_js", "page_rng", "stats_js", "trunc"]
