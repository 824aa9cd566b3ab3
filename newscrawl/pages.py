"""The crawl's page processor: hands fetched pages to the process pool and awaits the result.

The reactor thread only does I/O and scheduling; decoding, parsing and extraction run in
:class:`newscrawl.pool.PagePool`. Back-pressure: at most ``NEWSCRAWL_EXTRACT_MAX_PENDING``
pages are in the pool at once; further callbacks wait, and while they wait their responses
count against Scrapy's scraper slot (``SCRAPER_SLOT_MAX_ACTIVE_SIZE``), which stops the engine
from downloading more. Memory therefore stays bounded however fast pages arrive.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from newscrawl.pool import (
    DEFAULT_TIMEOUT,
    PageError,
    PageJob,
    PagePool,
    PageResult,
    PageTimeout,
    process_page,
)
from newscrawl.pool import default_workers as default_workers

logger = logging.getLogger(__name__)


class PageProcessor:
    """One per crawler (``PageProcessor.from_crawler``); the pool lives while the spider runs.

    Settings: ``NEWSCRAWL_EXTRACT_WORKERS`` (processes; default: the cores this process may
    use; 0 = inline on the reactor thread), ``NEWSCRAWL_EXTRACT_TIMEOUT`` (setting, else the
    environment variable; CPU seconds per page, default 5, 0 = none),
    ``NEWSCRAWL_EXTRACT_MAX_PENDING`` (pages in the pool at once, default 2 per worker).
    Stats: ``newscrawl/extract/timeout`` (page skipped), ``newscrawl/extract/worker_replaced``,
    ``newscrawl/extract/error`` (page skipped; logged with the traceback).
    """

    def __init__(
        self,
        crawler: Crawler,
        fn: Callable[[Any], Any] = process_page,
        workers: int | None = None,
    ) -> None:
        settings = crawler.settings
        raw = settings.get("NEWSCRAWL_EXTRACT_WORKERS") if workers is None else workers
        self.workers = default_workers() if raw in (None, "") else int(raw)
        self.fn = fn  #: the pure page function the pool runs (import-warc: process_record)
        timeout = settings.get("NEWSCRAWL_EXTRACT_TIMEOUT") or os.environ.get(
            "NEWSCRAWL_EXTRACT_TIMEOUT"
        )
        self.timeout = DEFAULT_TIMEOUT if timeout in (None, "") else float(timeout)
        if self.workers < 0 or self.timeout < 0:
            raise NotConfigured("NEWSCRAWL_EXTRACT_WORKERS and _TIMEOUT must be >= 0")
        self.max_pending = settings.getint("NEWSCRAWL_EXTRACT_MAX_PENDING", 2 * self.workers or 1)
        self.crawler = crawler
        self.pool: PagePool | None = None
        self._pending: asyncio.Semaphore | None = None
        self._killed = 0
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None  # set when the crawl starts
        return self.crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageProcessor:
        return cls(crawler)

    async def process(self, job: PageJob) -> PageResult | None:
        """The page's result, or ``None`` (counted and logged) if it timed out or failed."""
        result: PageResult | None = await self.run(job)
        return result

    async def run(self, job: Any) -> Any:
        """``fn(job)`` in the pool, or ``None`` (counted and logged) if it timed out or
        failed (``job.url`` names the page in the log)."""
        if self.pool is None:
            self.pool = PagePool(self.workers, self.timeout, fn=self.fn)
            self._pending = asyncio.Semaphore(self.max_pending)
        assert self._pending is not None
        async with self._pending:
            try:
                return await asyncio.wrap_future(self.pool.submit(job))
            except PageTimeout as exc:
                self.stats.inc_value("newscrawl/extract/timeout")
                logger.warning("page skipped, %s: %s", exc, job.url)
            except PageError as exc:
                self.stats.inc_value("newscrawl/extract/error")
                logger.error("page skipped, extraction failed at %s:\n%s", job.url, exc)
            finally:
                if self.pool.killed > self._killed:
                    self.stats.inc_value(
                        "newscrawl/extract/worker_replaced", self.pool.killed - self._killed
                    )
                    self._killed = self.pool.killed
        return None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None
