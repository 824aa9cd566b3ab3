"""The crawl's WARC archive: every fetched response (and its request) as it came off the wire,
so that a better extractor can be run again on what was crawled (``newscrawl reextract``).

Two small Scrapy components over :mod:`newscrawl.warc`: a downloader middleware that writes
(off the reactor thread) and a spider middleware that puts the record's place on the items
made from that response, so that each stored article points to its record.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.asyncio import run_in_thread
from scrapy.utils.httpobj import urlparse_cached

from newscrawl.items import ArticleItem
from newscrawl.warc import Exchange, Pointer, WarcWriter

logger = logging.getLogger(__name__)

#: ``request.meta`` key holding the :class:`~newscrawl.warc.Pointer` of the response's record.
META_KEY = "newscrawl_warc"


class WarcArchiveMiddleware:
    """Writes each response the downloader returns (before decompression, redirects or
    retries touch it: what the server sent) as a WARC ``response`` record plus its ``request``
    record; a 304 is written as a ``revisit`` record.

    Settings: ``NEWSCRAWL_WARC`` (default True; False turns the archive off),
    ``NEWSCRAWL_WARC_DIR`` (default ``output/warc``), ``NEWSCRAWL_WARC_MAX_BYTES`` (a new file
    once one reaches this size; default 1 GiB; every run starts a new file too),
    ``NEWSCRAWL_WARC_GZIP_LEVEL`` (default 1: 4x faster to write than 9, files ~18 % larger;
    benchmarks/warc_bench.py).
    Stats: ``newscrawl/warc/records``, ``newscrawl/warc/bytes``, ``newscrawl/warc/files``,
    ``newscrawl/warc/errors`` (a write failed: the crawl goes on, the page is not archived).
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        assert crawler.stats is not None
        self.stats = crawler.stats
        self.writer = WarcWriter(
            Path(settings.get("NEWSCRAWL_WARC_DIR") or "output/warc"),
            max_bytes=settings.getint("NEWSCRAWL_WARC_MAX_BYTES", 1 << 30),
            level=settings.getint("NEWSCRAWL_WARC_GZIP_LEVEL", 1),
            software=f"newscrawl ({settings.get('USER_AGENT')})",
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveMiddleware:
        if not crawler.settings.getbool("NEWSCRAWL_WARC", True):
            raise NotConfigured("NEWSCRAWL_WARC is off")
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if "download_stopped" in response.flags:  # cut at its headers (not HTML): not kept
            return response
        ip = getattr(response, "ip_address", None)
        sent = [(k, v) for k, vs in request.headers.items() for v in vs]
        if not request.headers.get(b"Host"):  # the client adds it on the wire
            sent.insert(0, (b"Host", urlparse_cached(request).netloc.encode("idna")))
        exchange = Exchange(
            url=response.url,
            method=request.method.encode("ascii"),
            request_headers=sent,
            status=response.status,
            response_headers=[(k, v) for k, vs in response.headers.items() for v in vs],
            body=response.body,
            date=datetime.now(UTC),
            protocol=response.protocol or "HTTP/1.1",
            ip_address=str(ip) if ip else None,
        )
        try:
            pointer: Pointer = await run_in_thread(self.writer.write, exchange)
        except OSError as exc:
            self.stats.inc_value("newscrawl/warc/errors")
            logger.error("could not archive %s: %s", response.url, exc)
            return response
        self.stats.inc_value("newscrawl/warc/records", 2)
        request.meta[META_KEY] = pointer
        return response

    def spider_closed(self, spider: Spider) -> None:
        self.writer.close()
        self.stats.set_value("newscrawl/warc/bytes", self.writer.bytes)
        self.stats.set_value("newscrawl/warc/files", len(self.writer.files))
        if self.writer.files:
            logger.info(
                "archived %d records (%.1f MB) in %s",
                self.writer.records,
                self.writer.bytes / 1e6,
                ", ".join(str(p) for p in self.writer.files),
            )


class WarcPointerMiddleware:
    """Spider middleware: an article made from an archived response gets the record's place
    (``warc_file``, ``warc_offset``, ``warc_record_id``), which storage keeps on its row."""

    def _point(self, response: Response, item: Any) -> Any:
        pointer = response.meta.get(META_KEY) if response.request is not None else None
        if pointer is not None and isinstance(item, ArticleItem):
            item.warc_file = pointer.file
            item.warc_offset = pointer.offset
            item.warc_record_id = pointer.record_id
        return item

    # Both forms (a "universal" middleware): Scrapy then never converts the spider's output
    # between sync and async iterables on its way through.
    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterator[Any]:
        for item in result:
            yield self._point(response, item)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        async for item in result:
            yield self._point(response, item)
