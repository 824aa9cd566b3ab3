"""The generic news spider, driven by a site profile: ``scrapy crawl news -a site=demo``.

Discovers articles from seed pages, section lists (pagination), sitemaps and feeds, follows
related/recommended links, and canonicalises every URL *before* requesting it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, StopDownload, UsageError
from scrapy.http import Response

from newscrawl.bounded import RecentSet
from newscrawl.crawldb import CrawlDatabase, CrawlStateError, articles_stored
from newscrawl.extract import pagetype
from newscrawl.extract.article import Extracted
from newscrawl.items import ArticleItem, RelatedLink, UrlAliases, item_from_extracted, join_page
from newscrawl.limits import DEFAULT_MAX_LINKS, ListingBudget, cap_links
from newscrawl.pages import PageProcessor
from newscrawl.pool import PageJob, PageResult, SiteZones
from newscrawl.profiles import Profile, ProfileError, adhoc_profile, load_profile
from newscrawl.spiders.discovery import DiscoverySpider
from newscrawl.spiders.incremental import LINKED_AS, Incremental
from newscrawl.urls import is_followable

_HTML_TYPES = (b"text/html", b"application/xhtml", b"text/plain", b"")
_TEXT_TYPES = (
    b"text/",
    b"application/xhtml",
    b"application/xml",
    b"application/rss",
    b"application/atom",
)
# A story's later page goes before other work: the story's item waits for it in memory.
_STORY_PAGE_PRIORITY = 10
_STORY, _STORY_PAGES = "newscrawl_story", "newscrawl_story_pages"
_RESOLVE_CACHE = 20_000  # links whose canonical form and kind are remembered (a few MB)


class NewsSpider(DiscoverySpider, Spider):
    """Arguments (``-a``): ``site`` (profile name or path), ``base_url`` (overrides the
    profile's), ``start_urls`` (comma-separated; ad-hoc run without a profile), ``max_pages``.

    Incremental re-crawls (``NEWSCRAWL_INCREMENTAL``, default on), with a profile or ad hoc:
    article URLs the database already holds for the site are not fetched again; seeds,
    listings, feeds and sitemaps are asked for conditionally (ETag / Last-Modified, recorded
    per page once the articles it led to were stored: :mod:`newscrawl.spiders.incremental`);
    a listing whose links are all known does not lead on to further listings (pagination);
    articles are revisited on a decaying schedule (:func:`newscrawl.db.crawlstate.revisit_due`,
    ``NEWSCRAWL_RECHECK_*``) and when a sitemap's ``lastmod`` is newer than the last visit.
    A crawl state that cannot be read stops the run (``newscrawl/incremental/state_unreadable``,
    exit status 3): it is never taken for a first run.

    Stats: ``newscrawl/spider/article_pages``, ``…/listing_pages``, ``…/sitemap_urls``,
    ``…/non_article_pages`` (fetched as an article, classified as a listing: not stored, its
    links followed), ``…/feed_urls``, ``newscrawl/skip/non_html``, ``newscrawl/skip/known_article``,
    ``newscrawl/incremental/{known_in_db,not_modified,listing_stop,rechecks,lastmod_recheck,
    known_not_article,state_unreadable,pages_saved}``, ``newscrawl/skip/bad_url``,
    ``newscrawl/dedupe/url_variants`` (distinct URL variants canonicalised before requesting),
    ``newscrawl/fetch/as_linked`` (canonical URLs gone, 404/410, fetched again as linked),
    ``newscrawl/extract/charset_repaired``, ``newscrawl/article/{later_pages,pages_fetched,
    pages_not_joined,pages_failed}`` (a story split over pages, ``extract.pager``).
    """

    name = "news"
    pages: PageProcessor  #: set by from_crawler

    def __init__(
        self,
        site: str | None = None,
        start_urls: str | None = None,
        base_url: str | None = None,
        max_pages: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        try:
            if site:
                self.profile: Profile = load_profile(site, base_url)
            elif start_urls:
                self.profile = adhoc_profile([u.strip() for u in start_urls.split(",") if u])
            else:
                raise UsageError("give -a site=<profile> or -a start_urls=<url,url…>")
        except ProfileError as exc:
            raise UsageError(str(exc)) from exc
        if max_pages is not None:
            if not max_pages.isdigit():
                raise UsageError(f"-a max_pages must be a non-negative integer, not {max_pages!r}")
            self.profile.max_pages = int(max_pages)
        self.allowed_domains = self.profile.allowed_domains
        self._fleet = False  # one of several workers on a Redis frontier (newscrawl.fleet)
        self._extracted: set[str] | RecentSet = set()  # canonical URLs extracted this run
        self._variants: set[str] | RecentSet = set()  # non-canonical URLs seen, not requested
        self._pending_aliases: dict[str, set[str]] = {}  # canonical → variants, until extracted
        self._listings = ListingBudget(self.profile.listing_budget)
        self.inc = Incremental()  # what the database knows of the site (filled by start())
        self._requested: set[str] | RecentSet = set()  # URLs requested (first asker waits)
        self._resolved = lru_cache(maxsize=_RESOLVE_CACHE)(self._resolve_new)
        self._followable = lru_cache(maxsize=_RESOLVE_CACHE)(is_followable)
        self._zones = SiteZones()  # the zone each site's pages showed, for those showing none

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.pages = PageProcessor.from_crawler(crawler)  # decoding + extraction, off-thread
        spider._fleet = crawler.settings.get("NEWSCRAWL_SCHEDULER") == "redis"
        # Per-URL memory stays flat however long the crawl (newscrawl.bounded).
        cap = crawler.settings.getint("NEWSCRAWL_MEMORY_URLS", 100_000)
        spider._extracted = RecentSet(cap)
        spider._variants = RecentSet(cap)
        # Forgotten, a URL makes a later page wait for it in vain: that page is read again by
        # the next run (the safe side), never recorded as done too early.
        spider._requested = RecentSet(cap)
        # The profile's budgets become Scrapy's own limits (settings are not frozen yet).
        crawler.settings.set("DEPTH_LIMIT", spider.profile.max_depth, priority="spider")
        if spider.profile.max_pages:
            crawler.settings.set(
                "CLOSESPIDER_PAGECOUNT", spider.profile.max_pages, priority="spider"
            )
        return spider

    def _inc(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key)

    async def start(self) -> AsyncIterator[Request]:
        settings = self.crawler.settings
        if settings.getbool("NEWSCRAWL_INCREMENTAL", True):
            try:
                # A fleet worker joining a running job: what the job stored is not "known".
                fleet = getattr(self.crawler, "newscrawl_fleet", None)
                state = await CrawlDatabase.of(self.crawler).load_state(
                    self.profile.name, stored_before=getattr(fleet, "job_started", None)
                )
            except CrawlStateError as exc:
                self._inc("newscrawl/incremental/state_unreadable")
                self.logger.error("%s; not crawling (this run must not pass for a first run)", exc)
                raise CloseSpider("crawl_state_unreadable") from exc
            self.inc = Incremental(state)
            signals_ = self.crawler.signals
            signals_.connect(self._stored, signal=articles_stored)
            signals_.connect(self._dropped, signal=signals.item_dropped)
            signals_.connect(self._save_pages, signal=signals.spider_closed)
        self.crawler.signals.connect(self._headers_received, signal=signals.headers_received)
        for url in self.profile.sitemaps:
            yield self._conditional(url, self.parse_sitemap, priority=10)
        for url in self.profile.feeds:
            yield self._conditional(url, self.parse_feed, priority=10)
        for url in self.profile.seeds:
            yield self._conditional(
                self.profile.canonicalize(url), self.parse, priority=5, linked_as=url
            )
        for url in self.inc.state.revisits:
            self._inc("newscrawl/incremental/rechecks")
            yield Request(url, callback=self.parse_article, dont_filter=True)

    def _headers_received(
        self, headers: Any, body_length: int, request: Request, spider: Spider
    ) -> None:
        """Stop downloading a page as soon as its headers say it is not HTML or XML: a PDF or a
        video on an article URL costs its headers, not its body."""
        if request.callback not in (self.parse_article, self.parse):
            return
        ctype = (headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
        if ctype and not ctype.startswith(_TEXT_TYPES):
            self._inc("newscrawl/skip/non_html")
            self.logger.info("skipped non-HTML response (%s) at %s", ctype.decode(), request.url)
            raise StopDownload(fail=False)

    # -- following -------------------------------------------------------------------------
    def _resolve(self, raw: str) -> tuple[str, str]:
        """``(canonical URL, kind)`` of a link as found on a page (``ignore`` if malformed).

        Memoised (the last ``_RESOLVE_CACHE`` links): a site's menus and side columns repeat
        on every page, and resolving them again was the crawl's largest cost per page after
        extraction (canonical form + profile patterns, ~150 links a page)."""
        try:
            return self._resolved(raw)
        except ValueError:  # a port out of range, a broken IPv6 host…
            self._inc("newscrawl/skip/bad_url")
            self.logger.info("ignored malformed URL %r", raw)
            return raw, "ignore"

    def _resolve_new(self, raw: str) -> tuple[str, str]:
        url = self.profile.canonicalize(raw)
        return url, self.profile.classify(url)

    def follow_url(self, url: str, priority: int = 0) -> Iterator[Request | UrlAliases]:
        """A request for ``url`` in canonical form (unless the profile ignores it or the article
        is already extracted); a URL variant of an article is recorded as its alias."""
        if not self._followable(url):  # from a feed or sitemap: "http://[::1", ":99999"
            self._inc("newscrawl/skip/bad_url")
            return
        yield from self._follow(url, *self._resolve(url), priority=priority)

    def _follow(
        self, raw: str, url: str, kind: str, priority: int = 0
    ) -> Iterator[Request | UrlAliases]:
        if raw != url and raw not in self._variants:
            self._variants.add(raw)
            self._inc("newscrawl/dedupe/url_variants")
            if kind == "article":
                if url in self._extracted or self._fleet:
                    # (A fleet worker may never extract that article itself: another does.)
                    yield UrlAliases(url, [raw])
                else:
                    self._pending_aliases.setdefault(url, set()).add(raw)
        if kind == "listing" and not self.profile.article_patterns and self.inc.known_article(url):
            kind = "known"  # ad hoc: a page stored as an article earlier is not read again
            self._inc("newscrawl/incremental/known_in_db")
        if kind == "article":
            if url in self._extracted:
                self._inc("newscrawl/skip/known_article")
            elif self.inc.known_article(url):
                self._inc("newscrawl/incremental/known_in_db")
            elif self.inc.known_page(url):
                self._inc("newscrawl/incremental/known_not_article")
            else:
                yield Request(
                    url,
                    callback=self.parse_article,
                    errback=self._failed,
                    priority=priority + 1,
                    meta={LINKED_AS: raw} if raw != url else {},
                )
        elif kind == "listing":
            if not self._listings.allow(url):
                self._inc("newscrawl/trap/listing_budget")
                return
            yield self._conditional(url, self.parse, priority=priority, linked_as=raw)

    def _follow_all(
        self, urls: Iterator[str] | list[str], priority: int = 0
    ) -> Iterator[Request | UrlAliases]:
        for url in urls:
            yield from self.follow_url(url, priority)

    # -- callbacks -------------------------------------------------------------------------
    def _is_html(self, response: Response) -> bool:
        if "download_stopped" in response.flags:
            return False  # cut short at its headers, already counted
        ctype = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
        if ctype.startswith(_HTML_TYPES) and not response.body.startswith(b"%PDF"):
            return True
        self._inc("newscrawl/skip/non_html")
        self.logger.info("skipped non-HTML response (%s) at %s", ctype.decode(), response.url)
        return False

    async def _process(self, response: Response, mode: str = "article") -> PageResult | None:
        """Decode and extract the page in the process pool (``None``: skipped, counted)."""
        ctype = response.headers.get(b"Content-Type")
        page = await self.pages.process(
            PageJob(
                response.body,
                response.url,
                ctype.decode("latin-1") if ctype else None,
                mode="links" if mode == "links" else "article",
                selectors=self.profile.selectors_for(response.url),
                timezone=self.profile.timezone,
                site_tz=self._zones.zone(response.url),
                now=datetime.now(UTC),  # the fetch: no publication date after it
                max_links=self._max_links + 1,  # one over the cap, so the cap sees the cut
            )
        )
        if page is not None and page.charset_repaired:
            self._inc("newscrawl/extract/charset_repaired")
            self.logger.info(
                "declared charset was wrong, decoded as %s: %s", page.encoding, response.url
            )
        if page is not None:  # NEWSCRAWL_MAX_LINKS_PER_PAGE
            page.links = self._cap_links(page.links, response.url)
            if page.extracted is not None:
                extracted = page.extracted
                extracted.page_links = self._cap_links(extracted.page_links, response.url)
                self._zones.record(response.url, extracted.published_at)
        return page

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        """A listing page (homepage, section list): mine its links.

        Without article patterns (ad-hoc runs) every page is also tried as an article.
        """
        if self._not_modified(response):
            return
        if not self._is_html(response):
            self.inc.ledger.page(self._page_key(response), (None, None), ())  # a PDF stays a PDF
            self.inc.ledger.resolve([self._page_key(response)])
            return
        self._inc("newscrawl/spider/listing_pages")
        if not self.profile.article_patterns:
            page = await self._process(response)
            if page is None or page.extracted is None:
                return
            for out in self._parse_adhoc(response, page):
                yield out
            return
        page = await self._process(response, "links")
        if page is None:
            return
        resolved = [(u, *self._resolve(u)) for u in page.links]
        found = [x for raw, url, kind in resolved for x in self._follow(raw, url, kind)]
        itself = self._itself_as_linked(response, resolved, found)
        articles = [r for r in found if isinstance(r, Request) and r.callback == self.parse_article]
        links_articles = any(kind == "article" for _, _, kind in resolved)
        if self.inc.state.known and links_articles and not articles:
            # Every article here is stored already: the pages behind this one (older
            # pagination) hold nothing new either.
            self._inc("newscrawl/incremental/listing_stop")
            found = [r for r in found if not isinstance(r, Request)]
        found += itself  # a shell's own page is read again however known: it is the page
        self._page_done(response, found)
        self.inc.ledger.resolve([self._page_key(response)])
        for out in found:
            yield out

    def _parse_adhoc(self, response: Response, page: PageResult) -> Iterator[Any]:
        """Ad hoc (no URL patterns): every page is tried as an article and mined for links.
        A page whose links are all known (stored articles, pages read before) does not lead
        on: the pages behind it were read and hold nothing new."""
        extracted = page.extracted
        assert extracted is not None
        stored = False
        # The page type decides (a two-paragraph brief of 80 Chinese characters is a story);
        # a page without title or body is left to the pipeline, which counts it.
        is_article = bool(extracted.title and extracted.body) and self._is_article(response, page)
        if is_article:
            outs, stored = self._article(response, page)
            yield from outs
        links = self._beyond_article(extracted, is_article)
        resolved = [(raw, *self._resolve(raw)) for raw in links]
        inside = [(url, kind) for _, url, kind in resolved if kind != "ignore"]
        known = [self.inc.known_article(u) or self.inc.known_page(u) for u, _ in inside]
        found = [x for raw, url, kind in resolved for x in self._follow(raw, url, kind)]
        itself = [] if stored else self._itself_as_linked(response, resolved, found)
        if self.inc.state.known and inside and all(known):
            self._inc("newscrawl/incremental/listing_stop")
            found = [r for r in found if not isinstance(r, Request)]
        found += itself  # a shell's own page is read again however known: it is the page
        key = self._page_key(response)
        self._page_done(response, found, *([key] if stored else []))
        if not stored:
            self.inc.ledger.resolve([key])
        yield from found

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        if not self._is_html(response):
            self.inc.ledger.page(self._page_key(response), (None, None), ())  # a PDF stays a PDF
            self.inc.ledger.resolve([self._page_key(response)])
            return
        self._inc("newscrawl/spider/article_pages")
        page = await self._process(response)
        if page is None or page.extracted is None:
            return
        is_article = self._is_article(response, page)
        outs, stored = self._article(response, page) if is_article else ([], False)
        for out in outs:
            yield out
        if not stored:  # a listing on an article URL, or a story's later page: nothing to wait for
            self.inc.ledger.resolve([self._page_key(response)])
        for out in self._follow_all([link[0] for link in page.extracted.links], priority=1):
            yield out
        for out in self._follow_all(self._beyond_article(page.extracted, is_article)):
            yield out

    # -- a story split over pages (extract.pager) -------------------------------------------
    def _article(self, response: Response, page: PageResult) -> tuple[list[Any], bool]:
        """``(what to yield, stored?)`` for an article page: its item; for the first page of a
        story split over pages, the request for its next page instead (the item goes along
        and is complete at the last); for a later page, nothing stored: the story is stored
        from its first page, which is followed."""
        extracted = page.extracted
        assert extracted is not None
        pages = extracted.article_pages
        if pages and self._resolve(pages[0])[0] != self._resolve(response.url)[0]:
            self._inc("newscrawl/article/later_pages")
            return list(self.follow_url(pages[0], priority=1)), False
        item = self._item(response, extracted, page.encoding, page.language)
        return [self._next_page(item, pages[1:]) if len(pages) > 1 else item], True

    def _beyond_article(self, extracted: Extracted, is_article: bool) -> list[str]:
        """The page's links but its story's other pages (fetched with the story). A page that
        is no article has no story: its pager is a list's pagination, followed like any link."""
        own = set(extracted.article_pages) if is_article else set()
        return [u for u in extracted.page_links if u not in own] if own else extracted.page_links

    def _next_page(self, item: ArticleItem, pages: list[str]) -> Request:
        self._inc("newscrawl/article/pages_fetched")
        return Request(
            pages[0],
            callback=self.parse_page,
            errback=self._page_failed,
            dont_filter=True,  # a page of this story, asked for by it alone
            priority=_STORY_PAGE_PRIORITY,
            meta={_STORY: item, _STORY_PAGES: pages[1:]},
        )

    async def parse_page(self, response: Response) -> AsyncIterator[Any]:
        """A later page of a story split over pages: its text is joined to the story's."""
        item: ArticleItem = response.meta[_STORY]
        pages: list[str] = response.meta[_STORY_PAGES]
        page = await self._process(response) if self._is_html(response) else None
        if page is not None and page.extracted is not None and join_page(item, page.extracted):
            item.urls.append(response.url)
            item.links.extend(self._related(page.extracted))
        else:  # not this story's next page after all: the story ends here
            self._inc("newscrawl/article/pages_not_joined")
            self.logger.info("not a next page of %s: %s", item.canonical_url, response.url)
            pages = []
        yield self._next_page(item, pages) if pages else item

    def _page_failed(self, failure: Any) -> Any:
        """A later page that cannot be fetched: the story is stored with the pages it has."""
        item: ArticleItem = failure.request.meta[_STORY]
        self._inc("newscrawl/article/pages_failed")
        self.logger.warning(
            "page %s of %s not fetched (%s): stored without it and the pages after it",
            failure.request.url,
            item.canonical_url,
            failure.getErrorMessage(),
        )
        yield item

    def _is_article(self, response: Response, page: PageResult) -> bool:
        """A listing, tag, search or pagination page is followed, never stored (pagetype; its
        signals are computed in the pool with the extraction). A page without title or body
        is left to the pipeline, which drops it with its reason."""
        found = page.signals
        if found is None or pagetype.is_article(found):
            return True
        self._inc("newscrawl/spider/non_article_pages")
        self.logger.info("not an article (score %.1f): %s", pagetype.score(found), response.url)
        return False

    # -- items -----------------------------------------------------------------------------
    @property
    def _max_links(self) -> int:
        return self.crawler.settings.getint("NEWSCRAWL_MAX_LINKS_PER_PAGE", DEFAULT_MAX_LINKS)

    def _cap_links(self, links: list[str], url: str) -> list[str]:
        links, cut = cap_links(links, self._max_links)
        if cut:
            self._inc("newscrawl/limit/page_links")
            self.logger.info("only the first %d links followed on %s", len(links), url)
        return links

    def _item(
        self, response: Response, extracted: Extracted, encoding: str, language: str | None
    ) -> ArticleItem:
        own = self.profile.canonicalize(response.url)
        # A page's own canonical link wins only when it stays on the site.
        canonical = own
        if extracted.canonical_url:
            declared, kind = self._resolve(extracted.canonical_url)
            if kind != "ignore" or self.profile.in_domain(declared):
                canonical = declared
        redirects = response.meta.get("redirect_urls", []) if response.request else []
        urls = [*redirects, response.url, own, canonical]
        for key in (own, canonical):
            urls.extend(sorted(self._pending_aliases.pop(key, ())))
        self._extracted.update({own, canonical})
        item = item_from_extracted(
            extracted,
            canonical_url=canonical,
            site=self.profile.name,
            encoding=encoding,
            fetched_at=datetime.now(UTC),
            urls=list(dict.fromkeys(urls)),
            links=self._related(extracted),
        )
        item.language = language  # identified in the page pool (LanguagePipeline keeps it)
        return item

    def _related(self, extracted: Extracted) -> list[RelatedLink]:
        return [
            RelatedLink(self._resolve(u)[0], anchor, kind)  # type: ignore[arg-type]
            for u, anchor, kind in extracted.links
        ]
