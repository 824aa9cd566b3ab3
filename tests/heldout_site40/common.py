"""Site 40's page helpers: site 27's (``heldout_site27.common``), and the charset a page is
served in (declared in the header, in a meta tag, or in both)."""

from heldout_site27.common import css, encode, esc, filler_js, page_rng, stats_js, trunc


def served(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    """The page in ``charset``; the Content-Type names the charset only when ``header``."""
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


__all__ = ["css", "encode", "esc", "filler_js", "page_rng", "served", "stats_js", "trunc"]
