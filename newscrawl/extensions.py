"""Crawl-run recorder and health: one ``crawl_runs`` row per run, a verdict on whether the run
worked (for the exit status), an end-of-run summary, and an optional rotating log file."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread
from twisted.internet import task

from newscrawl import heap
from newscrawl.crawldb import CrawlDatabase
from newscrawl.db import crawlstate
from newscrawl.db.crawlstate import page_errors
from newscrawl.db.session import mask_secrets

logger = logging.getLogger(__name__)


def run_failure(stats: dict[str, Any], max_error_rate: float, had_articles: bool) -> str | None:
    """Why a finished run counts as failed, or None when it is healthy."""
    if stats.get("newscrawl/incremental/state_unreadable"):
        return "the crawl state could not be read (see the log): nothing crawled"
    lost = int(stats.get("newscrawl/store/spool_failed", 0))
    if lost:
        return f"database unreachable and the spool could not be written: {lost} articles lost"
    spooled = int(stats.get("newscrawl/store/spooled", 0))
    if spooled:
        return f"database unreachable: {spooled} articles spooled for the next run"
    requests = int(stats.get("downloader/request_count", 0))
    errors = int(stats.get("downloader/exception_count", 0)) + sum(
        int(v) for k, v in stats.items() if k.startswith("downloader/response_status_count/5")
    )
    if requests >= 10 and errors / requests > max_error_rate:
        return f"error rate {errors}/{requests} over NEWSCRAWL_MAX_ERROR_RATE={max_error_rate}"
    useful = sum(
        int(stats.get(k, 0))
        for k in (
            "newscrawl/spider/listing_pages",
            "newscrawl/spider/article_pages",
            "newscrawl/incremental/not_modified",
            "newscrawl/spider/sitemap_urls",  # a sitemap- or feed-only site answered too
            "newscrawl/spider/feed_urls",
        )
    )
    if had_articles and not useful:
        return "the site returned nothing this run, though earlier runs stored its articles"
    return None


def run_partial(stats: dict[str, Any]) -> str | None:
    """Why a healthy run is only ``partial``: pages that raised, rows quarantined."""
    parts = []
    raised = page_errors(stats)
    if raised:
        parts.append(f"{raised} pages raised while parsed (spider_exceptions; URLs in the log)")
    quarantined = int(stats.get("newscrawl/store/quarantined", 0))
    if quarantined:
        parts.append(f"{quarantined} rows quarantined (table quarantine)")
    return "; ".join(parts) or None


class CrawlRunRecorder:
    """Writes the crawl-run record, judges the run, logs a one-paragraph summary.

    Settings: ``NEWSCRAWL_RECORD_RUNS`` (default True), ``NEWSCRAWL_DATABASE_URL``,
    ``NEWSCRAWL_MAX_ERROR_RATE`` (default 0.5: share of requests ending in a network error or
    5xx above which the run fails), ``NEWSCRAWL_LOG_FILE`` (also log to this file, rotated at
    ``NEWSCRAWL_LOG_MAX_BYTES``, default 10 MiB, keeping ``NEWSCRAWL_LOG_BACKUPS``, default 5).
    A failed run sets ``crawler.newscrawl_failure``, which the crawl command turns into exit 3;
    a partial one (pages that raised, rows quarantined) ``crawler.newscrawl_partial``: exit 4.
    Under the site's lock (``NEWSCRAWL_SITE_LOCK``, set by the crawl command) runs of the site
    that never recorded their end are marked ``aborted``. Database URLs are masked in the
    record and the log.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.db = CrawlDatabase.of(crawler)  # the crawl's one engine
        self.locked_site = settings.get("NEWSCRAWL_SITE_LOCK")
        self.max_error_rate = settings.getfloat("NEWSCRAWL_MAX_ERROR_RATE", 0.5)
        self.run_id: int | None = None
        self.had_articles = False
        log_file = settings.get("NEWSCRAWL_LOG_FILE")
        if log_file:
            Path(log_file).parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                log_file,
                maxBytes=settings.getint("NEWSCRAWL_LOG_MAX_BYTES", 10 * 1024 * 1024),
                backupCount=settings.getint("NEWSCRAWL_LOG_BACKUPS", 5),
                encoding="utf-8",
            )
            handler.setFormatter(
                logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
            )
            handler.setLevel(settings.get("LOG_LEVEL", "INFO"))
            logging.getLogger().addHandler(handler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunRecorder:
        if not crawler.settings.getbool("NEWSCRAWL_RECORD_RUNS", True):
            raise NotConfigured("NEWSCRAWL_RECORD_RUNS is off")
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _site(self, spider: Spider) -> str | None:
        return getattr(getattr(spider, "profile", None), "name", None)

    async def spider_opened(self, spider: Spider) -> None:
        site = self._site(spider)
        engine = self.db.engine
        fleet = getattr(self.crawler, "newscrawl_fleet", None)  # a Redis fleet worker
        self.run_id = await run_in_thread(
            crawlstate.start_run,
            engine,
            spider.name,
            site,
            datetime.now(UTC),
            getattr(fleet, "job_id", None),
            fleet.frontier.worker if fleet is not None else None,
        )
        self.db.run_id = self.run_id
        if site:
            self.had_articles = await run_in_thread(crawlstate.has_articles, engine, site)
        if site and site == self.locked_site:
            aborted = await run_in_thread(crawlstate.mark_aborted, engine, site, self.run_id)
            if aborted:
                logger.warning(
                    "%d earlier runs of %s died unrecorded: marked aborted", aborted, site
                )

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats: dict[str, Any] = dict(self.crawler.stats.get_stats())
        # A fleet worker that found its job already done by others fetched nothing: normal.
        fleet = getattr(self.crawler, "newscrawl_fleet", None)
        failure = run_failure(stats, self.max_error_rate, self.had_articles and fleet is None)
        if reason not in ("finished", "closespider_pagecount"):
            failure = failure or f"the run ended early: {reason}"
        partial = None if failure else run_partial(stats)
        if failure:
            self.crawler.newscrawl_failure = failure  # type: ignore[attr-defined]
        elif partial:
            self.crawler.newscrawl_partial = partial  # type: ignore[attr-defined]
        status = "failed" if failure else "partial" if partial else "ok"
        text = mask_secrets(json.dumps(stats, default=str, sort_keys=True), self.db.url)
        try:
            if self.run_id is not None:
                await run_in_thread(
                    crawlstate.finish_run,
                    self.db.engine,
                    self.run_id,
                    reason,
                    stats,
                    status,
                    mask_secrets(failure or partial or "", self.db.url) or None,
                    text,
                )
        except Exception as exc:  # the database went away: the run has failed
            failure = failure or mask_secrets(
                f"database unreachable at the end of the run: {exc}", self.db.url
            )
            self.crawler.newscrawl_failure = failure  # type: ignore[attr-defined]
            logger.error("could not record the crawl run: %s", failure)
        drops = {
            k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newscrawl/drop/")
        }
        errors = {
            k.rsplit("/", 1)[1]: v
            for k, v in stats.items()
            if k.startswith("downloader/response_status_count/") and not k.endswith(("/200",))
        }
        logger.info(
            "run %s %s (%s): %d pages, %d new articles, %d updated, %d unchanged, "
            "%d duplicates, dropped %s, HTTP statuses %s%s",
            self.run_id,
            {"failed": "FAILED", "partial": "PARTIAL"}.get(status, status),
            reason,
            stats.get("response_received_count", 0),
            stats.get("newscrawl/store/new", 0),
            stats.get("newscrawl/store/updated", 0),
            stats.get("newscrawl/store/unchanged", 0),
            stats.get("newscrawl/dedupe/duplicate_url", 0)
            + stats.get("newscrawl/dedupe/exact_duplicates", 0),
            drops or "nothing",
            errors or "none but 200",
            f"; {status}: {failure or partial}" if failure or partial else "",
        )


class HeapTrim:
    """Every ``NEWSCRAWL_HEAP_TRIM_INTERVAL`` seconds (default 1; 0 turns it off) the heaps'
    free memory goes back to the system (:func:`newscrawl.heap.trim`): a crawl frees a page's
    body, text and tree as fast as it makes them, and without this its RSS sits tens of MB
    above what it holds. Stats: ``newscrawl/memory/rss_max_mib`` (the largest RSS seen at a
    trim, before trimming).
    """

    def __init__(self, crawler: Crawler, interval: float) -> None:
        assert crawler.stats is not None
        self.stats = crawler.stats
        self.interval = interval
        self.loop = task.LoopingCall(self.trim)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HeapTrim:
        interval = crawler.settings.getfloat("NEWSCRAWL_HEAP_TRIM_INTERVAL", 1.0)
        if interval <= 0 or not heap.trim():
            raise NotConfigured("NEWSCRAWL_HEAP_TRIM_INTERVAL is 0, or no glibc")
        return cls(crawler, interval)

    def opened(self, spider: Spider) -> None:
        self.loop.start(self.interval, now=False)

    def closed(self, spider: Spider) -> None:
        if self.loop.running:
            self.loop.stop()

    def trim(self) -> None:
        rss = heap.rss_mib()
        if rss is not None:
            self.stats.max_value("newscrawl/memory/rss_max_mib", round(rss))
        heap.trim()
