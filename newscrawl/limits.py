"""Bounds a hostile site cannot talk its way past: links per page and listing pagination.

Pure (no Scrapy): the spider owns the counters and reports them in its stats.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

DEFAULT_MAX_LINKS = 2000  #: ``NEWSCRAWL_MAX_LINKS_PER_PAGE``: a homepage has a few hundred
_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"[0-9a-f]{8,}|[A-Za-z0-9_-]{24,}", re.IGNORECASE)  # ids, hashes, sessions


def listing_template(url: str) -> str:
    """The shape of a listing URL: host + path with numbers, ids and hashes folded, and the
    query reduced to its parameter names (digits folded). ``/list/2024-01.htm``,
    ``/list/1999-12.htm?page=7`` and ``/list/0.htm?page=abc`` share one template."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[": not a URL a request was made for; its own bucket
        return url
    path = _DIGITS.sub("0", _TOKEN.sub("*", parts.path))
    keys = sorted({_DIGITS.sub("0", k) for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{(parts.hostname or '').lower()}{path}?{'&'.join(keys)}"


def listing_section(url: str) -> str:
    """The coarse bucket of a listing URL: host + first path segment. A trap that invents new
    URL shapes (``/list/aaa.htm``, ``/list/aab.htm``…) still lands in one section."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    first = parts.path.lstrip("/").split("/", 1)[0]
    return f"{(parts.hostname or '').lower()}/{first}"


class ListingBudget:
    """At most ``per_template`` listing URLs per :func:`listing_template` and
    ``per_template * section_factor`` per :func:`listing_section`; a URL seen before is free
    (conditional re-requests of known listings are not new work)."""

    def __init__(self, per_template: int, section_factor: int = 4) -> None:
        self.per_template = per_template
        self.per_section = per_template * section_factor
        self._seen: set[str] = set()
        self._templates: Counter[str] = Counter()
        self._sections: Counter[str] = Counter()

    def allow(self, url: str) -> bool:
        if url in self._seen:
            return True
        template, section = listing_template(url), listing_section(url)
        if self._templates[template] >= self.per_template:
            return False
        if self._sections[section] >= self.per_section:
            return False
        self._seen.add(url)
        self._templates[template] += 1
        self._sections[section] += 1
        return True


def cap_links(links: list[str], limit: int) -> tuple[list[str], bool]:
    """The first ``limit`` links, and whether any were cut."""
    return (links[:limit], True) if len(links) > limit else (links, False)
