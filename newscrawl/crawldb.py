"""The crawl's database: one engine per crawl, created by whichever component asks first
(storage pipeline, run recorder, spider) and disposed when the engine stops. Crawl state
(what a site's earlier runs stored, its known pages and validators) is read and written here;
the spider asks this component and never opens the database itself."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.asyncio import run_in_thread

from newscrawl.db import Engine, crawlstate
from newscrawl.db.crawlstate import SiteState, Validators
from newscrawl.db.session import database_url, ensure_schema, make_engine, safe_url

logger = logging.getLogger(__name__)

#: Sent by the storage pipeline after a batch is committed: ``urls`` (every URL of the
#: articles stored, new or unchanged); the spider then saves the validators that waited on them.
articles_stored = object()


class CrawlStateError(RuntimeError):
    """The crawl state could not be read: the run must not pass for a first run."""


class CrawlDatabase:
    """Owner of the crawl's single engine.

    Settings: ``NEWSCRAWL_DATABASE_URL``, ``NEWSCRAWL_RECHECK_DAYS`` (2: articles younger than
    this are revisited on the decaying schedule), ``NEWSCRAWL_RECHECK_MIN_HOURS`` (1: never
    sooner than this after the last visit), ``NEWSCRAWL_RECHECK_MAX`` (20 per run).
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.url = database_url(settings.get("NEWSCRAWL_DATABASE_URL"))
        self.safe_url = safe_url(self.url)
        self.engine: Engine = make_engine(self.url)
        # Fail loudly at start-up: a database at the wrong schema must not take a crawl.
        ensure_schema(self.engine)
        self.max_age = timedelta(days=settings.getfloat("NEWSCRAWL_RECHECK_DAYS", 2))
        self.min_interval = timedelta(hours=settings.getfloat("NEWSCRAWL_RECHECK_MIN_HOURS", 1))
        self.revisit_max = settings.getint("NEWSCRAWL_RECHECK_MAX", 20)
        self.run_id: int | None = None  #: this run's crawl_runs.id, once recorded
        crawler.signals.connect(self._dispose, signal=signals.engine_stopped)

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlDatabase:
        """The crawl's instance, created on first use."""
        db: CrawlDatabase | None = getattr(crawler, "_newscrawl_db", None)
        if db is None:
            db = cls(crawler)
            crawler._newscrawl_db = db  # type: ignore[attr-defined]
        return db

    def _dispose(self) -> None:
        self.engine.dispose()

    async def load_state(
        self, site: str, now: datetime | None = None, stored_before: datetime | None = None
    ) -> SiteState:
        """What the database knows of ``site``; :class:`CrawlStateError` if it cannot say."""
        when = now or datetime.now(UTC)
        try:
            return await run_in_thread(
                crawlstate.load_site_state,
                self.engine,
                site,
                when,
                self.max_age,
                self.min_interval,
                self.revisit_max,
                stored_before,
            )
        except Exception as exc:
            raise CrawlStateError(
                f"cannot read the crawl state of {site!r} from {self.safe_url}: "
                f"{type(exc).__name__}: {exc}"
            ) from exc

    async def save_pages(self, site: str, pages: Mapping[str, Validators]) -> None:
        if pages:
            await run_in_thread(crawlstate.save_pages, self.engine, site, dict(pages))

    def call(self, func: Any, *args: Any) -> Any:
        """``func(engine, *args)`` (for code already off the reactor thread)."""
        return func(self.engine, *args)
