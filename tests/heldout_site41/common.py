"""Site 41's page helpers: site 27's (``heldout_site27.common``) and the few list builders the
five portals share."""

from __future__ import annotations

import zlib

from heldout import Art
from heldout_site27.common import css, encode, esc, filler_js, page_rng, stats_js, trunc


def html_page(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    """The page's bytes in ``charset``; the header names the charset only when ``header``."""
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


def lis(arts: list[Art], fmt: str = "", n: int = 30, target: bool = True) -> str:
    """Linked headlines, each in an ``<li>``, with the time in ``fmt`` when given."""
    tgt = ' target="_blank"' if target else ""
    return "".join(
        f'<li><a href="{b.path}"{tgt} title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art], n: int = 22) -> str:
    return "".join(
        f'<li><em class="n{k}">{k}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, n))}</a></li>'  # noqa: E501
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art], root: str, n: int = 14) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="{root}/{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt=""></a>'  # noqa: E501
        f'<p><a href="{b.path}" target="_blank">{esc(trunc(b.title, n))}</a></p></li>'
        for b in arts
    )


__all__ = [
    "css",
    "encode",
    "esc",
    "filler_js",
    "html_page",
    "lis",
    "page_rng",
    "pics",
    "rank",
    "stats_js",
    "trunc",
]
