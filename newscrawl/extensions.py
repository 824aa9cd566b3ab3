"""Crawl-run recorder: one ``crawl_runs`` row per run, opened at start, closed with the stats."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread

from newscrawl.db.repository import Repository
from newscrawl.db.session import database_url, ensure_schema, make_engine

logger = logging.getLogger(__name__)


class CrawlRunRecorder:
    """Writes the crawl-run record and logs a one-paragraph summary at the end.

    Settings: ``NEWSCRAWL_RECORD_RUNS`` (default True), ``NEWSCRAWL_DATABASE_URL``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.engine = make_engine(database_url(crawler.settings.get("NEWSCRAWL_DATABASE_URL")))
        ensure_schema(self.engine)
        self.repo = Repository(self.engine)
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunRecorder:
        if not crawler.settings.getbool("NEWSCRAWL_RECORD_RUNS", True):
            raise NotConfigured("NEWSCRAWL_RECORD_RUNS is off")
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    async def spider_opened(self, spider: Spider) -> None:
        site = getattr(getattr(spider, "profile", None), "name", None)
        self.run_id = await run_in_thread(self.repo.start_run, spider.name, site, datetime.now(UTC))

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats: dict[str, Any] = dict(self.crawler.stats.get_stats())
        if self.run_id is not None:
            await run_in_thread(self.repo.finish_run, self.run_id, reason, stats)
        drops = {
            k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/drop/")
        }
        logger.info(
            "run %s finished (%s): %d pages, %d new articles, %d seen again, %d duplicates, "
            "dropped %s",
            self.run_id,
            reason,
            stats.get("response_received_count", 0),
            stats.get("newscrawl/store/new", 0),
            stats.get("newscrawl/store/updated", 0) + stats.get("newscrawl/store/unchanged", 0),
            stats.get("newscrawl/dedupe/duplicate_url", 0),
            drops or "nothing",
        )
        self.engine.dispose()
