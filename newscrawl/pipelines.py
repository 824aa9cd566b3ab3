"""Item pipelines: thin adapters over ``clean``, the canonical-URL dedupe and the repository.

Order (see settings.ITEM_PIPELINES): Clean → Language → Validate → Dedupe → Store.

Every stage reads and writes items through ``itemadapter.ItemAdapter``: an article item may be
``items.ArticleItem`` or any item type with the same field names (a dict, a Scrapy ``Item``, an
attrs class); only ``items.UrlAliases`` is told apart, as the aliases message it is.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import run_in_thread

from newscrawl import dedupe, schema
from newscrawl.db.repository import ArticleRecord, Repository, StoreResult
from newscrawl.db.session import database_url, ensure_schema, make_engine
from newscrawl.extract.titles import SiteTitles
from newscrawl.items import UrlAliases, clean_item

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


class DedupePipeline(_Stage):
    """One article per canonical URL within a run (the database enforces it across runs).

    A second page for the same canonical URL (a print version without a rewrite rule, say)
    is not stored again; its URLs go on as aliases of the article, so none is lost.
    Stats: ``newscrawl/dedupe/duplicate_url``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.seen: set[str] = set()

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
    ``NEWSCRAWL_SPOOL_DIR`` (default ``output/spool``): batches that fail twice are written
    there as JSON lines, never reported as stored.
    ``NEWSCRAWL_NEAR_DUP_THRESHOLD`` (MinHash similarity above which a new article joins a
    story cluster; default ``newscrawl.dedupe.THRESHOLD``, chosen on the labelled benchmark).
    Stats: ``newscrawl/store/new``, ``…/updated``, ``…/unchanged``, ``…/urls``, ``…/links``,
    ``…/batches``, ``…/failed_batches``, ``…/spooled``, ``…/replayed``, ``…/aliases_unresolved``,
    ``newscrawl/dedupe/exact_duplicates``, ``newscrawl/dedupe/near_duplicates``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.url = database_url(settings.get("NEWSCRAWL_DATABASE_URL"))
        self.batch_size = settings.getint("NEWSCRAWL_DB_BATCH_SIZE", 100)
        self.spool_dir = Path(settings.get("NEWSCRAWL_SPOOL_DIR", "output/spool"))
        self.engine = make_engine(self.url)
        # Fail loudly at start-up: a database at the wrong schema must not take a crawl.
        ensure_schema(self.engine)
        self.repo = Repository(
            self.engine,
            threshold=settings.getfloat("NEWSCRAWL_NEAR_DUP_THRESHOLD", dedupe.THRESHOLD),
        )
        self.buffer: list[ArticleRecord] = []
        self.aliases: list[tuple[str, str]] = []  # (canonical, variant) waiting for a flush
        self.lock = asyncio.Lock()

    async def process_item(self, item: Item) -> Item:
        if isinstance(item, UrlAliases):
            self.aliases.extend((item.canonical_url, url) for url in item.urls)
            return item
        self.buffer.append(article_record(item))
        if len(self.buffer) >= self.batch_size:
            await self.flush()
        return item

    def _store(self, batch: list[ArticleRecord], aliases: list[tuple[str, str]]) -> StoreResult:
        """Runs in a thread: dedupe features (CPU) and the transaction (I/O)."""
        for record in batch:
            record.fingerprint, record.signature, record.band_keys = dedupe.digest(record.body)
        return self.repo.store_articles(batch, aliases)

    async def flush(self, final: bool = False) -> None:
        async with self.lock:
            batch, self.buffer = self.buffer, []
            aliases, self.aliases = self.aliases, []
            if not batch and not aliases:
                return
            for attempt in (1, 2):
                try:
                    result: StoreResult = await run_in_thread(self._store, batch, aliases)
                    break
                except Exception as exc:  # the whole batch rolled back; nothing was stored
                    self.stats.inc_value("newscrawl/store/failed_batches")
                    logger.error(
                        "storing %d articles failed (attempt %d): %s", len(batch), attempt, exc
                    )
                    if attempt == 2:
                        await run_in_thread(self._spool, batch, aliases)
                        return
                    await asyncio.sleep(1)
            self.stats.inc_value("newscrawl/store/batches")
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

    def _spool(self, batch: list[ArticleRecord], aliases: list[tuple[str, str]]) -> None:
        """Write a batch the database refused to a local file; the next run stores it."""
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        path = self.spool_dir / f"spool-{datetime.now(UTC):%Y%m%dT%H%M%S%f}.jsonl"
        tmp = path.with_suffix(".part")
        with tmp.open("w", encoding="utf-8") as fh:
            for record in batch:
                data = asdict(record)
                for computed in ("fingerprint", "signature", "band_keys"):
                    data.pop(computed)  # recomputed when the batch is stored
                fh.write(json.dumps({"record": data}, default=str, ensure_ascii=False) + "\n")
            for canonical, variant in aliases:
                fh.write(json.dumps({"alias": [canonical, variant]}, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        tmp.rename(path)  # a file is either whole or absent: a kill mid-write leaves .part only
        self.stats.inc_value("newscrawl/store/spooled", len(batch))
        logger.error("spooled %d articles to %s; they are NOT in the database", len(batch), path)

    def _replay_spool(self) -> tuple[int, int]:
        """Store what earlier runs spooled (oldest first); delete each file once stored.
        Storing is idempotent (articles are found again by URL), so a file replayed twice after
        a crash between commit and delete writes nothing twice."""
        files = sorted(self.spool_dir.glob("spool-*.jsonl")) if self.spool_dir.is_dir() else []
        records = aliases = 0
        for path in files:
            batch, pairs = [], []
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                if "alias" in entry:
                    pairs.append((entry["alias"][0], entry["alias"][1]))
                    continue
                data = entry["record"]
                for name in ("fetched_at", "published_at", "modified_at"):
                    if data.get(name):
                        data[name] = datetime.fromisoformat(data[name])
                data["links"] = [tuple(link) for link in data.get("links") or ()]
                batch.append(ArticleRecord(**data))
            self._store(batch, pairs)
            path.unlink()
            records += len(batch)
            aliases += len(pairs)
            logger.info("stored %d spooled articles from %s", len(batch), path)
        return records, aliases

    async def open_spider(self) -> None:
        records, _ = await run_in_thread(self._replay_spool)
        if records:
            self.stats.inc_value("newscrawl/store/replayed", records)

    async def close_spider(self) -> None:
        await self.flush()
        await self.flush(final=True)  # aliases whose article arrived in the last batch
        self.engine.dispose()
