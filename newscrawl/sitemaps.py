"""Sitemap bodies: gzip files (``sitemap.xml.gz``) and gzip-encoded responses, with size and
entry limits, for the spider's sitemap callback.

A ``Content-Encoding: gzip`` response is decompressed by Scrapy's HttpCompressionMiddleware
(bounded by ``DOWNLOAD_MAXSIZE``); a ``.gz`` *file* arrives still compressed and is gunzipped
here, never past ``NEWSCRAWL_SITEMAP_MAX_BYTES`` (default 50 MiB, the sitemaps.org limit).
Entries past ``NEWSCRAWL_SITEMAP_MAX_URLS`` (default 50,000, the same protocol's limit) are
ignored. Sitemap indexes and news sitemaps (``<news:news>``) are ordinary ``<sitemapindex>``
and ``<urlset>`` documents to the parser.
"""

from __future__ import annotations

import itertools
from typing import Any

from scrapy.http import Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_URLS = 50_000


class SitemapError(ValueError):
    """A sitemap that cannot be read (broken gzip, over the size limit, not XML)."""


def sitemap_body(response: Response, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The XML of a sitemap response, gunzipped when it is a gzip file."""
    body = response.body
    if gzip_magic_number(response):
        try:
            body = gunzip(body, max_size=max_bytes)
        except (OSError, EOFError) as exc:
            raise SitemapError(f"broken gzip: {exc}") from None
        except ValueError:  # scrapy's _DecompressionMaxSizeExceeded
            raise SitemapError(f"decompresses to more than {max_bytes} bytes") from None
    if len(body) > max_bytes:
        raise SitemapError(f"larger than {max_bytes} bytes")
    return body


def read_sitemap(
    response: Response, max_bytes: int = DEFAULT_MAX_BYTES, max_urls: int = DEFAULT_MAX_URLS
) -> tuple[str, list[dict[str, Any]], bool]:
    """``(type, entries, truncated)``: type is ``"sitemapindex"`` or ``"urlset"``; at most
    ``max_urls`` entries that have a ``loc``; ``truncated`` when there were more."""
    body = sitemap_body(response, max_bytes)
    try:
        sitemap = Sitemap(body)
    except Exception as exc:  # lxml raises several types on broken XML
        raise SitemapError(f"not a sitemap: {type(exc).__name__}") from None
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise SitemapError(f"not a sitemap: root element {sitemap.type!r}")
    entries = itertools.islice((e for e in sitemap if e.get("loc")), max_urls + 1)
    kept = list(entries)
    return str(sitemap.type), kept[:max_urls], len(kept) > max_urls
