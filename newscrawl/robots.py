"""robots.txt as RFC 9309 reads it, with ``Crawl-delay`` honoured but bounded.

- 2xx: the rules (the first 500 KiB, the least the RFC asks a crawler to parse);
- 4xx ("unavailable"; also a redirect chain longer than 5 hops): no rules, everything allowed;
- 5xx, 429 or no answer at all ("unreachable"): everything disallowed for the rest of the run;
- redirects are followed up to 5 hops;
- ``Crawl-delay`` is capped at ``NEWSCRAWL_MAX_CRAWL_DELAY`` seconds (default 30; logged when a
  site asks for more): ``Crawl-delay: 86400`` must not stall a cron run for a day.

Stats: ``newscrawl/robots/unavailable``, ``newscrawl/robots/unreachable``,
``newscrawl/robots/crawl_delay_capped`` (plus ``newscrawl/robots/crawl_delay`` and Scrapy's
``robotstxt/*``).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from newscrawl.middlewares import RobotsCrawlDelayMiddleware

logger = logging.getLogger(__name__)

MAX_ROBOTS_BYTES = 500 * 1024
MAX_REDIRECTS = 5
DEFAULT_MAX_CRAWL_DELAY = 30.0


class _Fixed(RobotParser):
    """Allow-all or disallow-all, without a file."""

    def __init__(self, allow: bool) -> None:
        self.allow = allow

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> _Fixed:
        return cls(True)

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return self.allow

    def crawl_delay(self, user_agent: str | bytes) -> float | None:
        return None


class _Capped(RobotParser):
    """A parser whose ``crawl_delay`` never exceeds ``cap`` (logged once per host)."""

    def __init__(self, inner: RobotParser, cap: float, host: str, crawler: Crawler) -> None:
        self.inner, self.cap, self.host, self.crawler = inner, cap, host, crawler
        self._warned = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> _Capped:
        raise NotImplementedError

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return bool(self.inner.allowed(url, user_agent))

    def crawl_delay(self, user_agent: str | bytes) -> float | None:
        delay = self.inner.crawl_delay(user_agent)
        if delay is None or delay <= self.cap:
            return delay
        if not self._warned:
            self._warned = True
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("newscrawl/robots/crawl_delay_capped")
            logger.warning(
                "robots.txt of %s asks for Crawl-delay %g s: capped at %g s "
                "(NEWSCRAWL_MAX_CRAWL_DELAY)",
                self.host,
                delay,
                self.cap,
            )
        return self.cap


class RobotsPolicyMiddleware(RobotsCrawlDelayMiddleware):
    """The robots.txt middleware of this project (see the module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.max_delay = crawler.settings.getfloat(
            "NEWSCRAWL_MAX_CRAWL_DELAY", DEFAULT_MAX_CRAWL_DELAY
        )

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            robots = Request(
                f"{url.scheme}://{netloc}/robots.txt",
                priority=self.DOWNLOAD_PRIORITY,
                meta={"dont_obey_robotstxt": True, "redirect_ttl": MAX_REDIRECTS},
                callback=NO_CALLBACK,
            )
            try:
                response = await self.crawler.engine.download_async(robots)
            except IgnoreRequest as exc:  # too many redirects, or refused by the net policy
                self._settle(netloc, _Fixed(True), "unavailable", f"{robots.url}: {exc}")
            except Exception as exc:
                self._settle(netloc, _Fixed(False), "unreachable", f"{robots.url}: {exc!r}")
            else:
                await self._parse_robots(response, netloc, request)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(parser)
        return parser

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        status = response.status
        if status >= 500 or status == 429:
            self._settle(netloc, _Fixed(False), "unreachable", f"HTTP {status} at {response.url}")
            return
        if status >= 300:  # 4xx, or a redirect left unfollowed
            self._settle(netloc, _Fixed(True), "unavailable", f"HTTP {status} at {response.url}")
            return
        parser = build_from_crawler(
            self._parserimpl, self.crawler, response.body[:MAX_ROBOTS_BYTES]
        )
        await self.crawler.signals.send_catch_log_async(
            signal=signals.robots_parsed, robotparser=parser, request=request
        )
        self._settle(netloc, _Capped(parser, self.max_delay, netloc, self.crawler), None, "")

    def _settle(self, netloc: str, parser: RobotParser, event: str | None, why: str) -> None:
        if event:
            self._stats.inc_value(f"newscrawl/robots/{event}")
            rule = "nothing may be fetched" if event == "unreachable" else "no rules apply"
            logger.log(
                logging.WARNING if event == "unreachable" else logging.INFO,
                "robots.txt of %s %s (%s): %s this run",
                netloc,
                event,
                why,
                rule,
            )
        pending: Any = self._parsers.get(netloc)
        self._parsers[netloc] = parser
        if isinstance(pending, Deferred):
            pending.callback(parser)
