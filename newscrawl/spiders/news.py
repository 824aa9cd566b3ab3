"""The generic news spider, driven by a site profile: ``scrapy crawl news -a site=demo``.

Discovers articles from seed pages, section lists (pagination), sitemaps and feeds, follows
related/recommended links, and canonicalises every URL *before* requesting it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from parsel import Selector
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload, UsageError
from scrapy.http import Response
from scrapy.utils.asyncio import run_in_thread
from scrapy.utils.sitemap import Sitemap
from sqlalchemy.exc import OperationalError, ProgrammingError

from newscrawl.db.repository import Repository, url_key
from newscrawl.db.session import database_url, make_engine
from newscrawl.extract import dates, pagetype
from newscrawl.extract.article import Extracted, extract_article
from newscrawl.extract.encoding import decode_html
from newscrawl.extract.links import absolute_links
from newscrawl.items import ArticleItem, RelatedLink, UrlAliases, item_from_extracted
from newscrawl.profiles import Profile, ProfileError, adhoc_profile, load_profile

_HTML_TYPES = (b"text/html", b"application/xhtml", b"text/plain", b"")
_TEXT_TYPES = (
    b"text/",
    b"application/xhtml",
    b"application/xml",
    b"application/rss",
    b"application/atom",
)
_DIGITS = re.compile(r"\d+")
_ADHOC_MIN_BODY = 200  # characters of body before an unconfigured page counts as an article


class NewsSpider(Spider):
    """Arguments (``-a``): ``site`` (profile name or path), ``base_url`` (overrides the
    profile's), ``start_urls`` (comma-separated; ad-hoc run without a profile), ``max_pages``.

    Incremental re-crawls (``NEWSCRAWL_INCREMENTAL``, default on): article URLs the database
    already holds for the site are not fetched again; seeds, listings, feeds and sitemaps are
    asked for conditionally (ETag / Last-Modified remembered from the last finished run); a
    listing whose article links are all known does not lead on to further listings
    (pagination); up to ``NEWSCRAWL_RECHECK_MAX`` (default 20) articles published within
    ``NEWSCRAWL_RECHECK_DAYS`` (default 2) are fetched again to catch edits.

    Stats: ``newscrawl/spider/article_pages``, ``…/listing_pages``, ``…/sitemap_urls``,
    ``…/non_article_pages`` (fetched as an article, classified as a listing: not stored, its
    links followed), ``…/feed_urls``, ``newscrawl/skip/non_html``, ``newscrawl/skip/known_article``,
    ``newscrawl/incremental/{known_in_db,not_modified,listing_stop,rechecks}``,
    ``newscrawl/dedupe/url_variants`` (distinct URL variants canonicalised before requesting),
    ``newscrawl/extract/charset_repaired``.
    """

    name = "news"

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
            self.profile.max_pages = int(max_pages)
        self.allowed_domains = self.profile.allowed_domains
        self._extracted: set[str] = set()  # canonical URLs extracted this run
        self._variants: set[str] = set()  # non-canonical URLs seen (and never requested)
        self._pending_aliases: dict[str, set[str]] = {}  # canonical → variants, until extracted
        self._known: dict[str, datetime] = {}  # stored article URL keys → last seen
        self._template_urls: dict[str, set[str]] = {}  # listing URL template → its URLs
        self._validators: dict[str, tuple[str | None, str | None]] = {}  # from the last run
        self._seen_validators: dict[str, tuple[str | None, str | None]] = {}  # this run

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
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
        rechecks: list[str] = []
        if settings.getbool("NEWSCRAWL_INCREMENTAL", True):
            rechecks = await run_in_thread(self._load_state, settings)
            self.crawler.signals.connect(self._save_state, signal=signals.spider_closed)
        self.crawler.signals.connect(self._headers_received, signal=signals.headers_received)
        for url in self.profile.sitemaps:
            yield self._conditional(url, self.parse_sitemap, priority=10)
        for url in self.profile.feeds:
            yield self._conditional(url, self.parse_feed, priority=10)
        for url in self.profile.seeds:
            yield self._conditional(self.profile.canonicalize(url), self.parse, priority=5)
        for url in rechecks:
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

    # -- incremental state -----------------------------------------------------------------
    def _load_state(self, settings: Any) -> list[str]:
        """Runs in a thread: what the database knows of this site (read only)."""
        engine = make_engine(database_url(settings.get("NEWSCRAWL_DATABASE_URL")))
        try:
            repo = Repository(engine)
            self._known = repo.known_url_keys(self.profile.name)
            self._validators = repo.fetch_states(self.profile.name)
            since = datetime.now(UTC) - timedelta(
                days=settings.getfloat("NEWSCRAWL_RECHECK_DAYS", 2)
            )
            return repo.recent_article_urls(
                self.profile.name, since, settings.getint("NEWSCRAWL_RECHECK_MAX", 20)
            )
        except (OperationalError, ProgrammingError):  # no schema yet: a first run
            return []
        finally:
            engine.dispose()

    async def _save_state(self, spider: Spider, reason: str) -> None:
        """Validators are kept only from a run that finished: after an interrupted run the
        next one must walk the listings again to find what this one did not store."""
        if reason != "finished" or not self._seen_validators:
            return
        url = database_url(self.crawler.settings.get("NEWSCRAWL_DATABASE_URL"))

        def save() -> None:
            engine = make_engine(url)
            try:
                Repository(engine).save_fetch_states(self.profile.name, self._seen_validators)
            finally:
                engine.dispose()

        await run_in_thread(save)

    def _conditional(self, url: str, callback: Any, priority: int = 0) -> Request:
        """A request that the server may answer with 304 if the page has not changed."""
        headers = {}
        etag, modified = self._validators.get(url, (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return Request(
            url,
            callback=callback,
            priority=priority,
            headers=headers,
            meta={"handle_httpstatus_list": [304]},
        )

    def _not_modified(self, response: Response) -> bool:
        """Record the response's validators; True for a 304 (nothing new there)."""
        if response.status == 304:
            self._inc("newscrawl/incremental/not_modified")
            self._seen_validators[response.url] = self._validators.get(response.url, (None, None))
            return True
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        if etag or modified:
            self._seen_validators[response.url] = (
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )
        return False

    # -- following -------------------------------------------------------------------------
    def _resolve(self, raw: str) -> tuple[str, str]:
        """``(canonical URL, kind)`` of a link as found on a page."""
        url = self.profile.canonicalize(raw)
        return url, self.profile.classify(url)

    def follow_url(self, url: str, priority: int = 0) -> Iterator[Request | UrlAliases]:
        """A request for ``url`` in canonical form (unless the profile ignores it or the article
        is already extracted); a URL variant of an article is recorded as its alias."""
        yield from self._follow(url, *self._resolve(url), priority=priority)

    def _follow(
        self, raw: str, url: str, kind: str, priority: int = 0
    ) -> Iterator[Request | UrlAliases]:
        if raw != url and raw not in self._variants:
            self._variants.add(raw)
            self._inc("newscrawl/dedupe/url_variants")
            if kind == "article":
                if url in self._extracted:
                    yield UrlAliases(url, [raw])
                else:
                    self._pending_aliases.setdefault(url, set()).add(raw)
        if kind == "article":
            if url in self._extracted:
                self._inc("newscrawl/skip/known_article")
            elif url_key(url) in self._known:
                self._inc("newscrawl/incremental/known_in_db")
            else:
                yield Request(url, callback=self.parse_article, priority=priority + 1)
        elif kind == "listing":
            seen = self._template_urls.setdefault(_DIGITS.sub("0", url), set())
            if url not in seen:
                if len(seen) >= self.profile.listing_budget:
                    self._inc("newscrawl/trap/listing_budget")
                    return
                seen.add(url)
            yield self._conditional(url, self.parse, priority=priority)

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

    def _decode(self, response: Response) -> tuple[str, str]:
        ctype = response.headers.get(b"Content-Type")
        text, encoding, repaired = decode_html(
            response.body, ctype.decode("latin-1") if ctype else None
        )
        if repaired:
            self._inc("newscrawl/extract/charset_repaired")
            self.logger.info(
                "declared charset was wrong, decoded as %s: %s", encoding, response.url
            )
        return text, encoding

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """A listing page (homepage, section list): mine its links.

        Without article patterns (ad-hoc runs) every page is also tried as an article.
        """
        if self._not_modified(response) or not self._is_html(response):
            return
        self._inc("newscrawl/spider/listing_pages")
        html, encoding = self._decode(response)
        if not self.profile.article_patterns:
            extracted = self._extract(response, html)
            long_enough = extracted.title and len(extracted.body or "") >= _ADHOC_MIN_BODY
            if long_enough and self._is_article(response, html, extracted):
                yield self._item(response, extracted, encoding)
            yield from self._follow_all(extracted.page_links)
            return
        sel = Selector(text=html, base_url=response.url)
        links = [u for u, _ in absolute_links(sel.root, response.url)]
        resolved = [(u, *self._resolve(u)) for u in links]
        found = [x for raw, url, kind in resolved for x in self._follow(raw, url, kind)]
        articles = [r for r in found if isinstance(r, Request) and r.callback == self.parse_article]
        links_articles = any(kind == "article" for _, _, kind in resolved)
        if self._known and links_articles and not articles:
            # Every article here is stored already: the pages behind this one (older
            # pagination) hold nothing new either.
            self._inc("newscrawl/incremental/listing_stop")
            found = [r for r in found if not isinstance(r, Request)]
        yield from found

    def parse_sitemap(self, response: Response) -> Iterator[Request | UrlAliases]:
        if self._not_modified(response):
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # lxml raises several types on broken XML
            self._inc("newscrawl/skip/bad_sitemap")
            self.logger.warning("unparseable sitemap at %s", response.url)
            return
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc in locs:
                yield Request(loc, callback=self.parse_sitemap, priority=10)
            return
        self.crawler.stats.inc_value("newscrawl/spider/sitemap_urls", len(locs))
        yield from self._follow_all(locs)
        # A stored article whose <lastmod> is newer than our last visit changed: fetch it again.
        for entry in sitemap:
            url, lastmod = entry.get("loc"), entry.get("lastmod")
            if not (url and lastmod):
                continue
            seen = self._known.get(url_key(self.profile.canonicalize(url)))
            changed = dates.parse_iso(lastmod)
            if seen and changed and changed > seen:
                self._inc("newscrawl/incremental/lastmod_recheck")
                yield Request(self.profile.canonicalize(url), callback=self.parse_article)

    def parse_feed(self, response: Response) -> Iterator[Request | UrlAliases]:
        if self._not_modified(response):
            return
        sel = Selector(body=response.body, type="xml")
        sel.remove_namespaces()
        links = sel.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href")
        urls = [response.urljoin(u.strip()) for u in links.getall() if u.strip()]
        self.crawler.stats.inc_value("newscrawl/spider/feed_urls", len(urls))
        yield from self._follow_all(urls)

    def parse_article(self, response: Response) -> Iterator[Any]:
        if not self._is_html(response):
            return
        self._inc("newscrawl/spider/article_pages")
        html, encoding = self._decode(response)
        extracted = self._extract(response, html)
        if self._is_article(response, html, extracted):
            yield self._item(response, extracted, encoding)
        yield from self._follow_all([link[0] for link in extracted.links], priority=1)
        yield from self._follow_all(extracted.page_links)

    def _is_article(self, response: Response, html: str, extracted: Extracted) -> bool:
        """A listing, tag, search or pagination page is followed, never stored (pagetype).
        A page without title or body is left to the pipeline, which drops it with its reason."""
        if not extracted.title or not extracted.paragraphs:
            return True
        found = pagetype.classify(
            html,
            response.url,
            extracted.paragraphs,
            extracted.published_at is not None,
            bool(extracted.author),
        )
        if pagetype.is_article(found):
            return True
        self._inc("newscrawl/spider/non_article_pages")
        self.logger.info("not an article (score %.1f): %s", pagetype.score(found), response.url)
        return False

    # -- items -----------------------------------------------------------------------------
    def _extract(self, response: Response, html: str) -> Extracted:
        return extract_article(
            html,
            response.url,
            self.profile.selectors_for(response.url),
            self.profile.timezone,
            page_links=True,
            now=datetime.now(UTC),  # the fetch: no publication date after it
        )

    def _item(self, response: Response, extracted: Extracted, encoding: str) -> ArticleItem:
        own = self.profile.canonicalize(response.url)
        declared = extracted.canonical_url
        # A page's own canonical link wins only when it stays on the site.
        canonical = (
            self.profile.canonicalize(declared)
            if declared and self.profile.in_domain(declared)
            else own
        )
        redirects = response.meta.get("redirect_urls", []) if response.request else []
        urls = [*redirects, response.url, own, canonical]
        for key in (own, canonical):
            urls.extend(sorted(self._pending_aliases.pop(key, ())))
        self._extracted.update({own, canonical})
        return item_from_extracted(
            extracted,
            canonical_url=canonical,
            site=self.profile.name,
            encoding=encoding,
            fetched_at=datetime.now(UTC),
            urls=list(dict.fromkeys(urls)),
            links=[
                RelatedLink(self.profile.canonicalize(u), anchor, kind)  # type: ignore[arg-type]
                for u, anchor, kind in extracted.links
            ],
        )
