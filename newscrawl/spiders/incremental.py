"""The spider's side of incremental runs: what the database knows of the site, and which
page validators may be saved.

A page that is not an article (seed, listing, feed, sitemap; in ad-hoc runs any page) is
recorded — with its ETag/Last-Modified when the server sends them — only once every new page it
led to has been stored (or dropped as not an article): a listing whose articles failed to be
stored is read again by the next run, never answered by a 304 that hides them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from newscrawl.db.crawlstate import SiteState, Validators
from newscrawl.db.repository import url_key


class PageLedger:
    """Pages waiting for the pages they led to; those no longer waiting are ``ready``."""

    def __init__(self) -> None:
        self._waiting: dict[str, set[str]] = {}  # page → URLs it waits for
        self._waiters: dict[str, set[str]] = {}  # URL → pages waiting for it
        self._validators: dict[str, Validators] = {}
        self.ready: dict[str, Validators] = {}

    def page(self, url: str, validators: Validators, waits_for: Iterable[str]) -> None:
        pending = set(waits_for)
        self._validators[url] = validators
        if not pending:
            self.ready[url] = validators
            return
        self._waiting[url] = pending
        for u in pending:
            self._waiters.setdefault(u, set()).add(url)

    def resolve(self, urls: Iterable[str]) -> None:
        """These URLs are done with (stored, known unchanged, or not an article)."""
        for u in urls:
            for page in self._waiters.pop(u, ()):
                pending = self._waiting.get(page)
                if pending is None:
                    continue
                pending.discard(u)
                if not pending:
                    del self._waiting[page]
                    self.ready[page] = self._validators[page]

    def take_ready(self) -> dict[str, Validators]:
        ready, self.ready = self.ready, {}
        return ready

    def still_waiting(self) -> dict[str, set[str]]:
        """Pages not recorded, with what they wait for (fetch failed, callback raised, article
        spooled or quarantined): the next run reads them again."""
        return {page: set(urls) for page, urls in self._waiting.items()}


class Incremental:
    """The database's knowledge of the site for one run (empty for a non-incremental run)."""

    def __init__(self, state: SiteState | None = None) -> None:
        self.state = state or SiteState()
        self.ledger = PageLedger()

    def known_article(self, url: str) -> bool:
        return url_key(url) in self.state.known

    def known_page(self, url: str) -> bool:
        return url in self.state.pages

    def headers(self, url: str) -> dict[str, str]:
        """Conditional-request headers from the page's validators, if it has any."""
        etag, modified = self.state.pages.get(url, (None, None))
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return headers

    def validators(self, response: Response) -> Validators:
        """The validators a response carries (a 304: the ones we asked with)."""
        if response.status == 304:
            return self.state.pages.get(response.url, (None, None))
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        return (
            etag.decode("latin-1") if etag else None,
            modified.decode("latin-1") if modified else None,
        )

    def requested(self, found: Iterable[Any]) -> list[str]:
        """URLs of the page requests among ``found`` (what a page now waits for)."""
        return [r.url for r in found if hasattr(r, "callback") and hasattr(r, "url")]
