"""Item pipelines: thin adapters over ``clean``, the canonical-URL dedupe and the repository.

Order (see settings.ITEM_PIPELINES): Clean → Language → Validate → CanonicalUrl → Store.

Every stage reads and writes items through ``itemadapter.ItemAdapter``: an article item may be
``items.ArticleItem`` or any item type with the same field names (a dict, a Scrapy ``Item``, an
attrs class); only ``items.UrlAliases`` is told apart, as the aliases message it is.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import run_in_thread

from newscrawl import dedupe, schema, spool
from newscrawl.batchstore import BatchWriter, Outage, Outcome
from newscrawl.bounded import RecentSet
from newscrawl.crawldb import CrawlDatabase, articles_stored
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.extract.titles import SiteTitles
from newscrawl.items import UrlAliases, clean_item
from newscrawl.spool import SpoolError

Item = Any  #: an article item (``ArticleItem`` or any item type ItemAdapter knows) or UrlAliases

logger = logging.getLogger(__name__)
#: Record fields an item carries (the schema's item ∩ record fields).
_FROM_ITEM = tuple(n for n in schema.names(item=True, record=True) if n != "tags")


def is_article(item: Item) -> bool:
    """An article item, as opposed to the spider's aliases message."""
    return not isinstance(item, UrlAliases) and ItemAdapter.is_item(item)


def article_record(item: Item) -> ArticleRecord:
    """The repository's record of a cleaned, validated item (fields shared by name)."""
    adapter = ItemAdapter(item)
    title, body = adapter["title"], adapter["body"]
    assert title and body and adapter["fetched_at"]
    shared: dict[str, Any] = {name: adapter.get(name) for name in _FROM_ITEM if name in adapter}
    links = [ItemAdapter(link) for link in adapter.get("links") or ()]
    return ArticleRecord(
        **shared,
        content_hash=dedupe.content_hash(title, body),
        tags=list(adapter.get("tags") or ()) or None,
        urls=list(adapter.get("urls") or ()),
        links=[(link["url"], link["anchor"], link["kind"]) for link in links],
    )


class _Stage:
    """Shared ``from_crawler`` shape: every stage has the crawler's stats and settings."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        assert crawler.stats is not None
        self.stats: StatsCollector = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def drop(self, item: Item, reason: str, detail: str = "") -> DropItem:
        self.stats.inc_value(f"newscrawl/drop/{reason}")
        return DropItem(f"{reason}: {detail or ItemAdapter(item).get('url')}")


class CleanPipeline(_Stage):
    """Normalises text fields (whitespace, invisible characters, ruby pinyin, boilerplate lines)
    and cuts a site name that repeats across the site's titles (``…措施-呼和浩特市人民政府``).

    Stats: ``newscrawl/clean/items``, ``newscrawl/clean/title_affix_cut``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.titles = SiteTitles()

    def process_item(self, item: Item) -> Item:
        if not is_article(item):
            return item
        self.stats.inc_value("newscrawl/clean/items")
        adapter = ItemAdapter(clean_item(item))
        title = adapter.get("title")
        if title and (cut := self.titles.strip(adapter["site"], title)) != title:
            self.stats.inc_value("newscrawl/clean/title_affix_cut")
            adapter["title"] = cut
        return item


class ValidatePipeline(_Stage):
    """Drops items that are not usable articles.

    Settings: ``NEWSCRAWL_MIN_BODY_CHARS`` (default 20).
    Stats: ``newscrawl/drop/missing_title``, ``…/missing_body``, ``…/body_too_short``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.min_body = crawler.settings.getint("NEWSCRAWL_MIN_BODY_CHARS", 20)

    def process_item(self, item: Item) -> Item:
        if not is_article(item):
            return item
        adapter = ItemAdapter(item)
        body = adapter.get("body")
        if not adapter.get("title"):
            raise self.drop(item, "missing_title")
        if not body:
            raise self.drop(item, "missing_body")
        if len(body) < self.min_body:
            raise self.drop(item, "body_too_short", f"{len(body)} chars at {adapter.get('url')}")
        return item


class CanonicalUrlPipeline(_Stage):
    """One article per canonical URL within a run (the database enforces it across runs); the
    content dedupe (same or near-same text under other URLs) is the repository's.

    A second page for the same canonical URL (a print version without a rewrite rule, say)
    is not stored again; its URLs go on as aliases of the article, so none is lost.
    Stats: ``newscrawl/dedupe/duplicate_url``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.seen = RecentSet(crawler.settings.getint("NEWSCRAWL_MEMORY_URLS", 100_000))

    def process_item(self, item: Item) -> Item:
        if not is_article(item):
            return item
        adapter = ItemAdapter(item)
        canonical = adapter["canonical_url"]
        if canonical in self.seen:
            self.stats.inc_value("newscrawl/dedupe/duplicate_url")
            logger.info("duplicate of %s: %s (kept as its URL)", canonical, adapter.get("url"))
            return UrlAliases(canonical, list(adapter.get("urls") or ()))
        self.seen.add(canonical)
        return item


class StoragePipeline(_Stage):
    """Batched, transactional upserts through the repository, off the reactor thread.

    Settings: ``NEWSCRAWL_DATABASE_URL`` (else the env var of that name, else
    ``sqlite:///output/newscrawl.db``), ``NEWSCRAWL_DB_BATCH_SIZE`` (default 100),
    ``NEWSCRAWL_SPOOL_DIR`` (default ``output/spool``): batches the database could not take
    (unreachable twice) are written there per site and stored by the next run; rows it refuses
    (bad data) are quarantined instead (:mod:`newscrawl.batchstore`). A batch that cannot even
    be spooled stops the run (``spool_failed``, exit status 3).
    ``NEWSCRAWL_NEAR_DUP_THRESHOLD`` (MinHash similarity above which a new article joins a
    story cluster; default ``newscrawl.dedupe.THRESHOLD``, chosen on the labelled benchmark).
    Stats: ``newscrawl/store/new``, ``…/updated``, ``…/unchanged``, ``…/urls``, ``…/links``,
    ``…/batches``, ``…/failed_batches``, ``…/spooled``, ``…/spool_failed``, ``…/replayed``,
    ``…/quarantined``, ``…/fixed/<field>``, ``…/aliases_unresolved``,
    ``newscrawl/dedupe/exact_duplicates``, ``newscrawl/dedupe/near_duplicates``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.batch_size = settings.getint("NEWSCRAWL_DB_BATCH_SIZE", 100)
        self.spool_dir = Path(settings.get("NEWSCRAWL_SPOOL_DIR", "output/spool"))
        self.db = CrawlDatabase.of(crawler)  # the crawl's one engine (schema checked there)
        self.engine = self.db.engine
        self.repo = Repository(
            self.engine,
            threshold=settings.getfloat("NEWSCRAWL_NEAR_DUP_THRESHOLD", dedupe.THRESHOLD),
        )
        self.writer = BatchWriter(
            self.repo, self.spool_dir, lambda: self.db.run_id, site=self._site
        )
        self.buffer: list[ArticleRecord] = []
        self.aliases: list[tuple[str, str]] = []  # (canonical, variant) waiting for a flush
        self.lock = asyncio.Lock()
        self.spool_failed = False
        self._flushing: asyncio.Future[None] | None = None
        # An idle engine (a fleet worker waiting for others) must not sit on a part batch.
        crawler.signals.connect(self._idle_flush, signal=signals.spider_idle)

    def _idle_flush(self) -> None:
        if (self.buffer or self.aliases) and not self.lock.locked():
            self._flushing = asyncio.ensure_future(self.flush())

    async def process_item(self, item: Item) -> Item:
        if isinstance(item, UrlAliases):
            self.aliases.extend((item.canonical_url, url) for url in item.urls)
            return item
        self.buffer.append(article_record(item))
        if len(self.buffer) >= self.batch_size:
            await self.flush()
        return item

    async def flush(self, final: bool = False) -> None:
        async with self.lock:
            batch, self.buffer = self.buffer, []
            aliases, self.aliases = self.aliases, []
            if (not batch and not aliases) or self.spool_failed:
                if self.spool_failed and batch:
                    self.stats.inc_value("newscrawl/store/spool_failed", len(batch))
                    logger.error("not stored (the spool failed earlier): %d articles", len(batch))
                return
            try:
                out: Outcome = await run_in_thread(self.writer.write, batch, aliases)
            except SpoolError as exc:
                self.spool_failed = True
                self.stats.inc_value("newscrawl/store/spool_failed", len(batch))
                logger.critical(
                    "STORAGE FAILED: the database is unreachable and %s; %d articles are lost "
                    "for this run; stopping the crawl",
                    exc,
                    len(batch),
                )
                self._stop_crawl("spool_failed")
                return
            self._count(out, final)

    def _stop_crawl(self, reason: str) -> None:
        """Close the spider from inside an item (not awaited: closing waits for this item)."""
        try:
            engine = self.crawler.engine
        except RuntimeError:  # no crawl running (a pipeline built on its own)
            return
        if self.crawler.crawling and engine.spider is not None:
            self._closing = asyncio.get_running_loop().create_task(
                engine.close_spider_async(reason=reason)
            )

    def _count(self, out: Outcome, final: bool) -> None:
        result = out.result
        if out.spooled:
            self.stats.inc_value("newscrawl/store/failed_batches")
            self.stats.inc_value("newscrawl/store/spooled", out.spooled)
        if out.quarantined:
            self.stats.inc_value("newscrawl/store/quarantined", out.quarantined)
        for name, n in out.fixed.items():
            self.stats.inc_value(f"newscrawl/store/fixed/{name}", n)
        if out.stored_urls:
            self.stats.inc_value("newscrawl/store/batches")
            self.crawler.signals.send_catch_log(articles_stored, urls=out.stored_urls)
        if out.stored_urls or result.urls:
            for key in ("new", "updated", "unchanged", "urls", "links"):
                self.stats.inc_value(f"newscrawl/store/{key}", getattr(result, key))
            for key in ("exact_duplicates", "near_duplicates"):
                self.stats.inc_value(f"newscrawl/dedupe/{key}", getattr(result, key))
        # Variants of articles not stored yet wait for a later batch; at the end they are
        # counted (their article was dropped or never fetched).
        if final:
            self.stats.inc_value(
                "newscrawl/store/aliases_unresolved", len(result.aliases_unresolved)
            )
        else:
            self.aliases.extend(result.aliases_unresolved)

    def _replay_spool(self, site: str) -> tuple[int, list[Outcome]]:
        """Store what earlier runs of ``site`` spooled (oldest first, under the site's spool
        lock); each file is deleted once its rows are stored or quarantined. Storing is
        idempotent, so a file replayed twice after a crash between commit and delete writes
        nothing twice. The database still unreachable: the files wait for the next run."""
        outcomes: list[Outcome] = []

        def store(batch: list[ArticleRecord], pairs: list[tuple[str, str]]) -> None:
            outcomes.append(self.writer.write(batch, pairs, spool_on_outage=False))

        records = 0
        try:
            for path, n, pairs in spool.replay(self.spool_dir, site, store):
                records += n
                logger.info("stored %d spooled articles, %d aliases from %s", n, pairs, path)
        except Outage as exc:
            logger.error("spool of %s not replayed, the database is unreachable: %s", site, exc)
        return records, outcomes

    def _site(self) -> str | None:
        return getattr(getattr(self.crawler.spider, "profile", None), "name", None)

    async def open_spider(self) -> None:
        site = self._site()
        if not site:
            return
        records, outcomes = await run_in_thread(self._replay_spool, site)
        if records:
            self.stats.inc_value("newscrawl/store/replayed", records)
        for out in outcomes:
            self._count(out, final=False)

    async def close_spider(self) -> None:
        await self.flush()
        await self.flush(final=True)  # aliases whose article arrived in the last batch


#: The former name (settings written for it keep working); the content dedupe is not here.
DedupePipeline = CanonicalUrlPipeline
