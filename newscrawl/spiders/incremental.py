"""The spider's side of incremental runs: what the database knows of the site, and which
page validators may be saved.

A page that is not an article (seed, listing, feed, sitemap; in ad-hoc runs any page) is
recorded — with its ETag/Last-Modified when the server sends them — only once every new page it
led to has been stored (or dropped as not an article): a listing whose articles failed to be
stored is read again by the next run, never answered by a 304 that hides them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from newscrawl.bounded import RecentSet
from newscrawl.crawldb import CrawlDatabase
from newscrawl.db.crawlstate import SiteState, Validators
from newscrawl.db.repository import url_key
from newscrawl.items import ArticleItem
from newscrawl.profiles import Profile

if TYPE_CHECKING:
    from scrapy.utils.log import SpiderLoggerAdapter

#: Request meta: the form a page linked a URL in, when it differs from the canonical requested.
LINKED_AS = "newscrawl_linked_as"
#: Request meta: the canonical URL a request for the linked form stands for.
CANONICAL = "newscrawl_canonical"


def page_key(message: Request | Response) -> str:
    """The URL the crawl state knows a page by: the canonical one, also when it was fetched
    as linked (:meth:`IncrementalSpider._as_linked`). A response without its request (built
    by hand) is known by its own URL."""
    request = message if isinstance(message, Request) else message.request
    canonical = request.meta.get(CANONICAL) if request is not None else None
    return str(canonical or message.url)


class PageLedger:
    """Pages waiting for the pages they led to; those no longer waiting are ``ready``."""

    def __init__(self) -> None:
        self._waiting: dict[str, set[str]] = {}  # page → URLs it waits for
        self._waiters: dict[str, set[str]] = {}  # URL → pages waiting for it
        self._validators: dict[str, Validators] = {}  # of the pages still waiting only
        self.ready: dict[str, Validators] = {}

    def page(self, url: str, validators: Validators, waits_for: Iterable[str]) -> None:
        pending = set(waits_for)
        if not pending:
            self.ready[url] = validators
            return
        self._validators[url] = validators
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
                    self.ready[page] = self._validators.pop(page)

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
            return self.state.pages.get(page_key(response), (None, None))
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        return (
            etag.decode("latin-1") if etag else None,
            modified.decode("latin-1") if modified else None,
        )


class IncrementalSpider:
    """The news spider's incremental callbacks and signal handlers (mixed into NewsSpider)."""

    crawler: Crawler
    profile: Profile
    inc: Incremental
    _requested: set[str] | RecentSet

    if TYPE_CHECKING:  # provided by NewsSpider / scrapy.Spider

        @property
        def logger(self) -> SpiderLoggerAdapter: ...

        def parse_article(self, response: Response) -> Any: ...

        def _inc(self, key: str) -> None: ...

    def _stored(self, urls: list[str]) -> None:
        self.inc.ledger.resolve(urls)

    def _failed(self, failure: Any) -> Any:
        """Errback: a definite "no" (4xx, robots.txt, off-site) leaves nothing to wait for;
        a network error or 5xx keeps the pages that led here unrecorded (read again). The
        failure goes on, so Scrapy logs and counts it as without an errback.

        Except once: a canonical URL that is gone (404/410) while the page linked another form
        of it (``/big5/index.html`` canonicalised to ``/big5/``, which a server without a
        directory index answers 404) is fetched again as linked (:meth:`_as_linked`), and the
        pages that led here wait for that answer instead."""
        request = getattr(failure, "request", None)
        response = getattr(failure.value, "response", None)
        if response is not None and response.status in (404, 410) and request is not None:
            retry = self._as_linked(request)
            if retry is not None:
                return [retry]
        key = self._page_key(request) if request is not None else None
        definite = bool(failure.check(IgnoreRequest)) and not failure.check(HttpError)
        if response is not None and 400 <= response.status < 500:
            definite = True
        if key is not None and definite:
            self.inc.ledger.resolve([key])
        refused = bool(failure.check(IgnoreRequest)) and not failure.check(HttpError)
        gone = refused or (response is not None and response.status in (404, 410))
        if key is not None and gone and not self.profile.article_patterns:
            # Ad hoc, a dead or forbidden (robots.txt) link is a known page: a page whose other
            # links are all known does not lead on because of it (it is read again when a page
            # shows a new link). A page gone in both forms is known by its canonical URL.
            self.inc.ledger.page(key, (None, None), ())
        return failure

    def _as_linked(self, request: Request) -> Request | None:
        """The request again in the form the page linked (``None``: it was linked as it is,
        or this is that second request already). Its answer is known by the canonical URL
        (:meth:`_page_key`): the ledger records the canonical, which a re-run then knows and
        does not ask for again; a second 404 is the canonical's definite "no"."""
        linked = request.meta.get(LINKED_AS)
        if not linked or linked == request.url or CANONICAL in request.meta:
            return None
        self._inc("newscrawl/fetch/as_linked")
        self.logger.info("%s is gone; fetching it as linked: %s", request.url, linked)
        meta: dict[str, Any] = {CANONICAL: request.url}
        headers: dict[str, str] = {}
        if "handle_httpstatus_list" in request.meta:  # conditional, as the canonical was
            meta["handle_httpstatus_list"] = request.meta["handle_httpstatus_list"]
            headers = self.inc.headers(request.url)
        return Request(
            linked,
            callback=request.callback,
            errback=self._failed,
            priority=request.priority,
            headers=headers,
            meta=meta,
            # A fleet's dupefilter fingerprints the canonical URL, just asked for: asked once
            # (the CANONICAL mark stops a second), it must not be taken for that request again.
            dont_filter=True,
        )

    def _itself_as_linked(
        self, response: Response, resolved: list[tuple[str, str, str]], found: list[Any]
    ) -> list[Request]:
        """A page with no way on but a link to itself in another form (a shell at ``/`` whose
        script sends the reader to ``index.html``, which the crawl knows as ``/``): that form,
        fetched once, known by this page's canonical URL (:meth:`_page_key`)."""
        request = response.request
        key = self._page_key(response)
        if request is None or CANONICAL in request.meta:
            return []
        if any(isinstance(r, Request) and r.url != key for r in found):
            return []  # it leads on
        forms = [raw for raw, url, _ in resolved if url == key and raw != response.url]
        if not forms:
            return []
        self._inc("newscrawl/fetch/as_linked")
        self.logger.info("%s leads only to itself as %s: fetching that", response.url, forms[0])
        self._requested.add(forms[0])  # this page is done: it waits for no other form of itself
        return [
            Request(
                forms[0],
                callback=request.callback,
                errback=self._failed,
                priority=request.priority,
                dont_filter=True,  # the crawl knows it by the URL just fetched
                meta={CANONICAL: key},
            )
        ]

    @staticmethod
    def _page_key(message: Request | Response) -> str:
        return page_key(message)

    def _dropped(self, item: Any, response: Any, exception: Any, spider: Spider) -> None:
        if isinstance(item, ArticleItem):
            # Not an article (no title, too short): known as such, not fetched again.
            self.inc.ledger.page(item.url, (None, None), ())
            self.inc.ledger.resolve([item.url, *item.urls])

    async def _save_pages(self, spider: Spider, reason: str) -> None:
        """Pages whose new links were all stored are recorded, whatever ended the run; the
        others are read again next time."""
        ready = self.inc.ledger.take_ready()
        waiting = self.inc.ledger.still_waiting()
        if waiting:
            sample = "; ".join(
                f"{p} waits for {sorted(u)[:3]}" for p, u in list(waiting.items())[:5]
            )
            self.logger.info("%d pages not recorded, read again next run: %s", len(waiting), sample)
        self.crawler.stats.inc_value("newscrawl/incremental/pages_saved", len(ready))
        await CrawlDatabase.of(self.crawler).save_pages(self.profile.name, ready)

    def _conditional(
        self, url: str, callback: Any, priority: int = 0, linked_as: str | None = None
    ) -> Request:
        """A request that the server may answer with 304 if the page has not changed
        (``linked_as``: the form the page linked, if not ``url``)."""
        self._requested.add(url)
        meta: dict[str, Any] = {"handle_httpstatus_list": [304]}
        if linked_as and linked_as != url:
            meta[LINKED_AS] = linked_as
        return Request(
            url,
            callback=callback,
            errback=self._failed,
            priority=priority,
            headers=self.inc.headers(url),
            meta=meta,
        )

    def _not_modified(self, response: Response) -> bool:
        """True for a 304 (nothing new there: the page stays recorded as it was)."""
        if response.status == 304:
            self._inc("newscrawl/incremental/not_modified")
            self.inc.ledger.page(self._page_key(response), self.inc.validators(response), ())
            return True
        return False

    def _page_done(self, response: Response, found: list[Any], *own: str) -> None:
        """Record a non-article page once the requests it made (and its own item) are done."""
        requests = [r for r in found if isinstance(r, Request)]
        if self.profile.article_patterns:
            requests = [r for r in requests if r.callback == self.parse_article]
        # Only the first page to ask for a URL waits for it (later asks are duplicates that
        # Scrapy drops, and waiting on them would tie pages in cycles).
        waits = [r.url for r in requests if r.url not in self._requested]
        self._requested.update(r.url for r in found if isinstance(r, Request))
        self.inc.ledger.page(
            self._page_key(response), self.inc.validators(response), [*waits, *own]
        )
