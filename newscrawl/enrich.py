"""Item enrichment after cleaning: the language of the body (``newscrawl.language``)."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import run_in_thread

from newscrawl.items import UrlAliases
from newscrawl.language import detect, load_model, needs_model, primary_tag


class LanguagePipeline:
    """Sets ``language`` to the identified language of the cleaned body; when the body is too
    short to tell, the page's own ``lang`` attribute (``page_language``) stands in. The
    identifier's model is loaded when a body first needs it (a crawl of Chinese pages never
    does: their script decides, :func:`newscrawl.language.detect`). A crawl's items arrive
    with ``language`` set by the page pool (``pool.process_page``, the same function on the
    same cleaned body), which keeps the model out of the crawl process; it is kept.

    Stats: ``newscrawl/language/identified``, ``…/from_page``, ``…/unknown``,
    ``…/differs_from_page`` (the page's attribute named another language).
    """

    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.stats: StatsCollector = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LanguagePipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, UrlAliases) or not ItemAdapter.is_item(item):
            return item
        adapter = ItemAdapter(item)
        body = adapter.get("body")
        found = adapter.get("language")  # identified in the crawl's page pool already
        if not found:
            if needs_model(body):  # the first body Chinese script does not decide: load it
                await run_in_thread(load_model)  # (about a second, 64-75 MiB) off the reactor
            found = detect(body)
        page = primary_tag(adapter.get("page_language"))
        if found:
            self.stats.inc_value("newscrawl/language/identified")
            if page and page != found:
                self.stats.inc_value("newscrawl/language/differs_from_page")
        adapter["language"] = found or page
        if not found:
            self.stats.inc_value(f"newscrawl/language/{'from_page' if page else 'unknown'}")
        return item
