"""The news spider's sitemap and feed callbacks: URLs to follow from ``<urlset>``,
``<sitemapindex>`` (bounded by ``NEWSCRAWL_SITEMAP_MAX_BYTES`` / ``…_MAX_URLS``), RSS and Atom."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from parsel import Selector
from scrapy import Request
from scrapy.http import Response

from newscrawl.db.repository import url_key
from newscrawl.extract import dates
from newscrawl.items import UrlAliases
from newscrawl.sitemaps import DEFAULT_MAX_BYTES, DEFAULT_MAX_URLS, SitemapError, read_sitemap
from newscrawl.spiders.incremental import IncrementalSpider
from newscrawl.urls import is_followable


class DiscoverySpider(IncrementalSpider):
    """Sitemaps and feeds (mixed into NewsSpider, which provides following)."""

    if TYPE_CHECKING:  # provided by NewsSpider

        def _resolve(self, raw: str) -> tuple[str, str]: ...

        def _follow_all(
            self, urls: Iterator[str] | list[str], priority: int = 0
        ) -> Iterator[Request | UrlAliases]: ...

    def parse_sitemap(self, response: Response) -> Iterator[Request | UrlAliases]:
        if self._not_modified(response):
            return
        found = list(self._sitemap(response))
        self._page_done(response, found)
        yield from found

    def _sitemap(self, response: Response) -> Iterator[Request | UrlAliases]:
        settings = self.crawler.settings
        try:
            kind, entries, truncated = read_sitemap(
                response,
                settings.getint("NEWSCRAWL_SITEMAP_MAX_BYTES", DEFAULT_MAX_BYTES),
                settings.getint("NEWSCRAWL_SITEMAP_MAX_URLS", DEFAULT_MAX_URLS),
            )
        except SitemapError as exc:
            self._inc("newscrawl/skip/bad_sitemap")
            self.logger.warning("unusable sitemap at %s: %s", response.url, exc)
            return
        if truncated:
            self._inc("newscrawl/limit/sitemap_urls")
            self.logger.warning(
                "sitemap %s: entries past the first %d ignored", response.url, len(entries)
            )
        locs = [entry["loc"] for entry in entries]
        if kind == "sitemapindex":
            for loc in filter(is_followable, locs):
                yield Request(loc, callback=self.parse_sitemap, priority=10)
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/spider/sitemap_urls", len(locs))
        yield from self._follow_all(locs)
        # A stored article whose <lastmod> is newer than our last visit changed: fetch it again.
        for entry in entries:
            url, lastmod = entry.get("loc"), entry.get("lastmod")
            if not (url and lastmod and is_followable(url)):
                continue
            canonical, kind = self._resolve(url)
            seen = self.inc.state.known.get(url_key(canonical)) if kind != "ignore" else None
            changed = dates.parse_iso(lastmod)
            if seen and changed and changed > seen:
                self._inc("newscrawl/incremental/lastmod_recheck")
                yield Request(canonical, callback=self.parse_article)

    def parse_feed(self, response: Response) -> Iterator[Request | UrlAliases]:
        if self._not_modified(response):
            return
        sel = Selector(body=response.body, type="xml")
        sel.remove_namespaces()
        links = sel.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href")
        urls = []
        for u in links.getall():
            try:
                urls.append(response.urljoin(u.strip()))
            except ValueError:
                self._inc("newscrawl/skip/bad_url")
        urls = [u for u in urls if u]
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/spider/feed_urls", len(urls))
        found = list(self._follow_all(urls))
        self._page_done(response, found)
        yield from found
