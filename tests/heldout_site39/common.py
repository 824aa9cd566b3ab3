"""Site 39's page helpers: site 27's (``heldout_site27.common``), plus the serving of a page in a
charset (named in the HTTP header or not) and the metadata block every Chinese government site
carries (SiteName, ColumnName, ArticleTitle, PubDate, ContentSource, Author…)."""

from __future__ import annotations

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


def served(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    """The page's bytes in ``charset``; the Content-Type names it only when ``header``."""
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


def gov_meta(
    site_name: str,
    domain: str,
    code: str,
    column: str,
    title: str,
    pub: str,
    source: str,
    author: str,
    keywords: str,
    description: str,
    url: str,
) -> str:
    """The 政府网站 metadata block (the national guideline's meta names, in its order)."""
    rows = [
        ("SiteName", site_name),
        ("SiteDomain", domain),
        ("SiteIDCode", code),
        ("ColumnName", column),
        ("ColumnType", "工作动态"),
        ("ArticleTitle", title),
        ("PubDate", pub),
        ("ContentSource", source),
        ("Keywords", keywords),
        ("Author", author),
        ("Description", description),
        ("Url", url),
    ]
    return "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in rows)


__all__ = [
    "PROPS",
    "WORDS",
    "css",
    "encode",
    "esc",
    "filler_js",
    "gov_meta",
    "page_rng",
    "served",
    "stats_js",
    "trunc",
]
