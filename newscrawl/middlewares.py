"""Downloader middlewares: politeness (robots.txt Crawl-delay) and retries that back off
instead of hammering a struggling server."""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry policy (``RETRY_TIMES``, ``RETRY_HTTP_CODES``, network errors) with a
    wait before each retry: ``NEWSCRAWL_RETRY_BACKOFF`` × 2^(attempt-1) seconds (default 1),
    at most ``NEWSCRAWL_RETRY_BACKOFF_MAX`` (default 60), or the server's ``Retry-After``
    seconds when it sends them (capped the same way). Only the retried request waits.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF", 1.0)
        self.cap = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        mw = cls(crawler.settings)
        mw.crawler = crawler
        return mw

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            after = response.headers.get(b"Retry-After")
            hint = float(after) if after and after.strip().isdigit() else None
            self._delay(result, hint)
        return result

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            self._delay(result, None)
        return result

    def _delay(self, request: Request, hint: float | None) -> None:
        attempt = int(request.meta.get("retry_times", 1))
        delay = hint if hint is not None else self.base * 2 ** (attempt - 1)
        request.meta["newscrawl_backoff"] = min(self.cap, delay)


class BackoffDelayMiddleware:
    """Waits the back-off a retried request carries before it is downloaded."""

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        delay = request.meta.pop("newscrawl_backoff", 0)
        if delay:
            await asyncio.sleep(delay)


class RobotsCrawlDelayMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware that also honours ``Crawl-delay``: requests to a host
    whose robots.txt asks for one start at least that many seconds apart, whatever
    AutoThrottle or delay randomisation would do. Stats: ``newscrawl/robots/crawl_delay``."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._next_start: dict[str, float] = {}  # host → earliest start of its next request

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        await super().process_request(request)
        if request.meta.get("dont_obey_robotstxt") or not request.url.startswith("http"):
            return
        rp = await self.robot_parser(request)
        if rp is None:
            return
        agent = self._robotstxt_useragent or request.headers.get(
            b"User-Agent", self._default_useragent
        )
        delay = rp.crawl_delay(agent or "")
        if not delay:
            return
        self._stats.max_value("newscrawl/robots/crawl_delay", delay)
        host = urlparse_cached(request).netloc
        loop = asyncio.get_running_loop()
        start = max(loop.time(), self._next_start.get(host, 0.0))
        self._next_start[host] = start + delay  # reserved before sleeping: no two share it
        if start > loop.time():
            await asyncio.sleep(start - loop.time())
