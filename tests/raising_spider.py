"""A news spider whose article callback raises on one chosen URL: a page that breaks parsing,
for the run-status tests (loaded with ``-s SPIDER_MODULES=newscrawl.spiders,raising_spider``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from scrapy.http import Response

from newscrawl.spiders.news import NewsSpider


class RaisingSpider(NewsSpider):
    name = "news_raising"

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        if response.url.endswith(self.crawler.settings.get("RAISE_ON_SUFFIX", "\x00")):
            raise RuntimeError(f"parsing blew up on {response.url}")
        async for out in super().parse_article(response):
            yield out
