"""``newscrawl import-warc``: WARC files (a crawl's archive, Common Crawl's CC-NEWS…) through the
crawl's own item pipelines into the same database.

A Scrapy spider that fetches nothing: its ``start()`` streams the files' response records in
bounded chunks, has :func:`newscrawl.ingest.process_record` extract them in a process pool (all
cores), and yields the items, so cleaning, language, validation, dedupe, storage and the
crawl-run record are exactly the crawl's. Memory is bounded by the chunk size and by waiting
for the pipelines to catch up before reading more.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Iterator
from itertools import islice
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.utils.asyncio import run_in_thread

from newscrawl.ingest import RecordJob, RecordResult, process_record
from newscrawl.pages import PageProcessor, default_workers
from newscrawl.warc import ArchivedResponse, iter_responses

logger = logging.getLogger(__name__)

#: Records read, extracted and handed to the pipelines at a time (per worker).
CHUNK_PER_WORKER = 32
#: Items the pipelines may have in hand before reading more records.
MAX_IN_PIPELINES = 200


def _jobs(files: list[str], site: str | None, errors: list[str]) -> Iterator[RecordJob]:
    """Every response record of the files, in order; a file that breaks off (truncated,
    corrupt) is logged and counted, and the next file is read."""
    for path in files:
        try:
            for rec in iter_responses(path):
                yield _job(rec, site)
        except Exception as exc:  # FastWARC raises several types on a damaged file
            errors.append(path)
            logger.error("stopped reading %s: %s: %s", path, type(exc).__name__, exc)


def _job(rec: ArchivedResponse, site: str | None, require_article: bool = True) -> RecordJob:
    return RecordJob(
        body=rec.body,
        url=rec.url,
        content_type=rec.content_type,
        fetched_at=rec.date,
        status=rec.status,
        site=site,
        warc_file=rec.file,
        warc_offset=rec.offset,
        warc_record_id=rec.record_id,
        require_article=require_article,
    )


class WarcImportSpider(Spider):
    """Arguments (``-a``): ``files`` (comma-separated WARC paths), ``site`` (a profile name for
    every record; default: each URL's host, no profile), ``workers`` (processes; default all
    cores, 0 = inline).

    Stats: ``newscrawl/import/records``, ``…/articles``, ``…/skipped/<reason>`` (status,
    non_html, not_article, no_text, extract_failed: over the time budget or an error, see
    ``newscrawl/extract/*``), ``…/errors`` (files that broke off), ``…/pages_per_s``.
    """

    name = "warc-import"
    # Nothing is fetched: no archive of it, no robots.txt.
    custom_settings = {  # noqa: RUF012
        "NEWSCRAWL_WARC": False,
        "DOWNLOADER_MIDDLEWARES": {"newscrawl.archive.WarcArchiveMiddleware": None},
        "ROBOTSTXT_OBEY": False,
    }

    def __init__(
        self,
        files: str = "",
        site: str | None = None,
        workers: str | None = None,
        progress: str = "1",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.files = [f for f in files.split(",") if f]
        if not self.files:
            raise UsageError("give -a files=<warc,warc…>")
        missing = [f for f in self.files if not os.path.isfile(f)]
        if missing:
            raise UsageError(f"no such WARC file: {', '.join(missing)}")
        self.site = site or None
        self.workers = default_workers() if workers in (None, "") else int(workers)
        self.progress = progress not in ("0", "false", "False")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WarcImportSpider:
        spider: WarcImportSpider = super().from_crawler(crawler, *args, **kwargs)
        return spider

    def _inc(self, key: str, n: int = 1) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(key, n)

    async def _wait_for_pipelines(self) -> None:
        slot = self.crawler.engine.scraper.slot if self.crawler.engine else None
        while slot is not None and slot.itemproc_size > MAX_IN_PIPELINES:
            await asyncio.sleep(0.02)

    async def start(self) -> AsyncIterator[Any]:
        broken: list[str] = []
        jobs = _jobs(self.files, self.site, broken)
        chunk = CHUNK_PER_WORKER * max(1, self.workers)
        # The crawl's own pool: a time budget per page (NEWSCRAWL_EXTRACT_TIMEOUT), a hung or
        # crashed worker replaced, the failure counted (newscrawl/extract/*) and logged.
        pages = PageProcessor(self.crawler, fn=process_record, workers=self.workers)
        bar = _progress(self.progress)
        began, records, articles = time.perf_counter(), 0, 0

        async def next_results() -> list[RecordResult]:
            batch = await run_in_thread(lambda: list(islice(jobs, chunk)))
            done = await asyncio.gather(*(pages.run(job) for job in batch))
            return [r if r is not None else RecordResult(None, "extract_failed") for r in done]

        try:
            pending = asyncio.ensure_future(next_results())
            while True:
                results = await pending
                if not results:
                    break
                pending = asyncio.ensure_future(next_results())  # overlaps the pipelines
                for result in results:
                    records += 1
                    if result.item is None:
                        self._inc(f"newscrawl/import/skipped/{result.skipped}")
                        continue
                    articles += 1
                    yield result.item
                self._inc("newscrawl/import/records", len(results))
                bar.update(records, articles, time.perf_counter() - began)
                await self._wait_for_pipelines()
        finally:
            pages.close()
            elapsed = time.perf_counter() - began
            bar.close(records, articles, elapsed)
            self._inc("newscrawl/import/articles", articles)
            if broken:
                self._inc("newscrawl/import/errors", len(broken))
            assert self.crawler.stats is not None
            self.crawler.stats.set_value(
                "newscrawl/import/pages_per_s", round(records / elapsed, 1) if elapsed else 0.0
            )


class _progress:
    """A one-line progress report on stderr: records, articles, pages/s (tqdm's bar on a
    terminal, a line every few seconds otherwise)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.bar: Any = None
        if enabled and self.tty:
            from tqdm import tqdm

            self.bar = tqdm(unit=" pages", desc="import-warc", dynamic_ncols=True)

    def update(self, records: int, articles: int, elapsed: float) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(records - self.bar.n)
            self.bar.set_postfix(articles=articles, refresh=False)
        elif elapsed - self.last >= 5:
            self.last = elapsed
            self._line(records, articles, elapsed)

    def _line(self, records: int, articles: int, elapsed: float) -> None:
        rate = records / elapsed if elapsed else 0.0
        print(
            f"import-warc: {records} pages, {articles} articles, {rate:.1f} pages/s",
            file=sys.stderr,
            flush=True,
        )

    def close(self, records: int, articles: int, elapsed: float) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.enabled:
            self._line(records, articles, elapsed)
