"""scrapy-redis scheduler and dupefilter adapted to newscrawl, and the add-on that turns them on.

``scrapy crawl news -a site=demo -s NEWSCRAWL_SCHEDULER=redis`` makes the process one worker
of a fleet: requests come from and go to the site's Redis frontier (newscrawl.fleet.frontier),
so any number of workers on any number of machines share one crawl.

What is adapted from scrapy-redis 0.9 and why (it predates Scrapy's async ``start()`` and
its own per-spider keys do not fit a profile-driven spider that crawls many sites):

* keys are per site profile, not per spider name (all sites run the ``news`` spider);
* the dupefilter fingerprints newscrawl's canonical URL (profile rules: tracking parameters,
  print/mobile variants…), so URL variants collapse across workers;
* start requests (``is_start_request``) are filtered even when ``dont_filter`` is set: every
  worker runs ``start()``, the first one seeds the job and the others add nothing twice;
* "seen?" and "queue it" are one Lua script (one round trip, and no kill can come between);
* a popped request is tracked in flight until done and re-queued if its worker dies;
* the spider closes when the whole job is idle (nothing queued, nothing in flight anywhere)
  for ``NEWSCRAWL_IDLE_EXIT`` seconds (default 10), not when this worker's share runs dry.

Settings: ``NEWSCRAWL_SCHEDULER`` (``redis`` to enable), ``NEWSCRAWL_REDIS_URL`` (else the
environment variable of that name, else ``redis://127.0.0.1:6379/0``), ``NEWSCRAWL_REDIS_PREFIX``
(default ``newscrawl``), ``NEWSCRAWL_IDLE_EXIT``, ``NEWSCRAWL_WORKER_TTL`` (seconds of silence
after which a worker counts as dead; default 15).
Stats: ``newscrawl/fleet/requeued`` (requests of dead workers put back), ``…/job_started``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from datetime import UTC, datetime
from typing import Any

from redis import Redis
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.settings import BaseSettings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from newscrawl.crawldb import articles_stored
from newscrawl.fleet.frontier import Frontier, worker_name
from newscrawl.items import ArticleItem, UrlAliases

logger = logging.getLogger(__name__)
INFLIGHT = "newscrawl_inflight"  #: request meta: this request's in-flight field


def redis_url(settings: BaseSettings) -> str:
    return str(
        settings.get("NEWSCRAWL_REDIS_URL")
        or os.environ.get("NEWSCRAWL_REDIS_URL")
        or "redis://127.0.0.1:6379/0"
    )


class FleetAddon:
    """``ADDONS`` entry: with ``NEWSCRAWL_SCHEDULER=redis`` installs the Redis scheduler."""

    def update_settings(self, settings: BaseSettings) -> None:
        mode = settings.get("NEWSCRAWL_SCHEDULER") or os.environ.get("NEWSCRAWL_SCHEDULER")
        if (mode or "memory") == "memory":
            return
        if mode != "redis":
            from scrapy.exceptions import UsageError

            raise UsageError(f"NEWSCRAWL_SCHEDULER must be memory or redis, not {mode!r}")
        settings.set("SCHEDULER", "newscrawl.fleet.scheduler.RedisScheduler", "addon")
        middlewares = settings.getdict("SPIDER_MIDDLEWARES")
        middlewares["newscrawl.fleet.scheduler.InflightMiddleware"] = 950
        settings.set("SPIDER_MIDDLEWARES", middlewares, "addon")


def fingerprint(spider: Spider, request: Request) -> str:
    """Method, canonical URL (the profile's rules) and body."""
    profile = getattr(spider, "profile", None)
    url = profile.canonicalize(request.url) if profile is not None else request.url
    data = f"{request.method} {url} ".encode() + (request.body or b"")
    return hashlib.sha1(data).hexdigest()


class CanonicalDupeFilter(RFPDupeFilter):  # type: ignore[misc]
    """scrapy-redis's Redis seen-set, keyed by newscrawl's canonical URL."""

    def __init__(self, server: Redis, key: str, spider: Spider) -> None:
        super().__init__(server, key=key)
        self.spider = spider

    def request_fingerprint(self, request: Request) -> str:
        return fingerprint(self.spider, request)

    def close(self, reason: str = "") -> None:
        pass  # the seen-set is the job's, not this worker's: never deleted on close


class RedisScheduler(Scheduler):  # type: ignore[misc]
    """One worker's view of the site's Redis frontier (see the module docstring)."""

    crawler: Crawler
    frontier: Frontier

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        settings = crawler.settings
        server = Redis.from_url(redis_url(settings), socket_timeout=30)
        server.ping()  # fail at start-up, not at the first request
        scheduler = cls(server=server, persist=True)
        scheduler.crawler = crawler
        scheduler.stats = crawler.stats
        scheduler.prefix = settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl")
        scheduler.idle_exit = settings.getfloat("NEWSCRAWL_IDLE_EXIT", 10)
        scheduler.ttl = settings.getfloat("NEWSCRAWL_WORKER_TTL", 15)
        scheduler.pending = {}  # in-flight field → URLs of its items not committed yet
        scheduler.waiting = {}  # URL → in-flight fields waiting for it
        scheduler.idle_since = None
        crawler.newscrawl_fleet = scheduler  # type: ignore[attr-defined]
        return scheduler

    def open(self, spider: Spider) -> None:
        self.spider = spider
        site = getattr(getattr(spider, "profile", None), "name", spider.name)
        self.frontier = Frontier(self.server, self.prefix, site, worker_name(), self.ttl)
        self.queue = PriorityQueue(self.server, spider, self.frontier.queue_key)
        self.df = CanonicalDupeFilter(self.server, self.frontier.dupefilter_key, spider)
        self.job_id, since, started = self.frontier.begin_job()
        #: when the job began: articles stored since then are this job's work, not "known"
        self.job_started = datetime.fromtimestamp(since, UTC)
        self.frontier.beat()
        if started:
            self.stats.inc_value("newscrawl/fleet/job_started")
        if self.frontier.requeued:
            self.stats.inc_value("newscrawl/fleet/requeued", self.frontier.requeued)
            logger.warning("re-queued %d requests of workers that stopped", self.frontier.requeued)
        logger.info(
            "worker %s on job %s of %s (%s; %d requests queued)",
            self.frontier.worker,
            self.job_id,
            site,
            "new job" if started else "joined",
            self.frontier.queued(),
        )
        signals_ = self.crawler.signals
        signals_.connect(self._idle, signal=signals.spider_idle)
        signals_.connect(self._dropped, signal=signals.item_dropped)
        signals_.connect(self._stored, signal=articles_stored)
        self.loop = task.LoopingCall(self._tick)
        self.loop.start(0.5, now=False)

    def close(self, reason: str) -> None:
        if self.loop.running:
            self.loop.stop()
        # Finished: all our work is done (stored, or spooled for the next run). Stopped early
        # (Ctrl-C, a page budget): what we took and did not finish goes back to the queue at
        # once. Killed: the same, once our heartbeat is NEWSCRAWL_WORKER_TTL seconds old.
        self.frontier.leave(requeue=reason != "finished")

    # -- requests --------------------------------------------------------------------------
    def enqueue_request(self, request: Request) -> bool:
        previous = request.meta.pop(INFLIGHT, None)  # a retry or redirect of a taken request
        start = request.meta.get("is_start_request", False)
        try:
            if request.dont_filter and not start:
                self.queue.push(request)
            elif not self.frontier.push_new(
                fingerprint(self.spider, request),
                self.queue._encode_request(request),
                request.priority,
            ):  # scrapy-redis's SADD then ZADD, as one atomic script
                self.df.log(request, self.spider)
                return False
            self.stats.inc_value("scheduler/enqueued/redis")
            return True
        finally:
            if previous:
                self.frontier.ack(previous)  # its successor is queued (or already seen)

    def next_request(self) -> Request | None:
        got = self.frontier.pop()
        if got is None:
            return None
        field, data = got
        request: Request = self.queue._decode_request(data)
        request.meta[INFLIGHT] = field
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        return self.frontier.queued() > 0

    # -- done ------------------------------------------------------------------------------
    def done(self, request: Request | None) -> None:
        field = request.meta.get(INFLIGHT) if request is not None else None
        if field:
            self.frontier.ack(field)

    def await_store(self, urls: list[str], request: Request) -> None:
        """The page yielded items under ``urls``: it stays in flight until they are committed."""
        field = request.meta.get(INFLIGHT)
        if not field or not urls:
            return
        self.pending.setdefault(field, set()).update(urls)
        for url in urls:
            self.waiting.setdefault(url, set()).add(field)

    def _release(self, urls: list[str]) -> None:
        finished = []
        for url in urls:
            for field in self.waiting.pop(url, ()):
                left = self.pending.get(field)
                if left is not None:
                    left.discard(url)
                    if not left:
                        del self.pending[field]
                        finished.append(field)
        self.frontier.ack(*finished)

    def _stored(self, urls: list[str]) -> None:
        self._release(urls)

    def _dropped(self, item: Any, response: Any, exception: Any, spider: Spider) -> None:
        if isinstance(item, ArticleItem):
            self._release([item.url])

    # -- liveness and the end of the job ---------------------------------------------------
    def _tick(self) -> None:
        """Twice a second: heartbeat, re-queue dead workers' requests, wake an idle engine."""
        try:
            self.frontier.beat()
            moved = self.frontier.reclaim_dead()
            if moved:
                self.stats.inc_value("newscrawl/fleet/requeued", moved)
                logger.warning("re-queued %d requests of a worker that stopped", moved)
            engine = self.crawler.engine
            slot = getattr(engine, "_slot", None)
            if slot is not None and not engine.needs_backout() and self.frontier.queued():
                # Requests another worker queued: an engine with nothing in flight would
                # otherwise look only at its 5 s heartbeat.
                slot.nextcall.schedule()
        except Exception:  # Redis away for a moment: the next tick tries again
            logger.exception("fleet heartbeat failed")

    def _idle(self, spider: Spider) -> None:
        """Local engine idle: everything we took is done but articles waiting for a commit.
        Close only when the whole job has been idle for NEWSCRAWL_IDLE_EXIT seconds."""
        self.frontier.ack_all_except(set(self.pending))
        if self.frontier.busy():
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        self.idle_since = self.idle_since or now
        if now - self.idle_since < self.idle_exit:
            raise DontCloseSpider


class InflightMiddleware:
    """Marks a page done once its callback's output is handled (its links are queued); a page
    that yielded items (an article, URL aliases) stays in flight until they are committed
    (or the article is dropped): a worker killed with them in its buffer loses nothing."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> InflightMiddleware:
        return cls(crawler)

    def _fleet(self) -> RedisScheduler | None:
        return getattr(self.crawler, "newscrawl_fleet", None)

    async def process_spider_output_async(self, response: Any, result: Any) -> Any:
        fleet = self._fleet()
        items = False
        async for out in result:
            items = self._track(fleet, response, out) or items
            yield out
        if fleet is not None and not items:
            fleet.done(response.request)

    def process_spider_output(self, response: Any, result: Any) -> Any:
        fleet = self._fleet()
        items = False
        for out in result:
            items = self._track(fleet, response, out) or items
            yield out
        if fleet is not None and not items:
            fleet.done(response.request)

    @staticmethod
    def _track(fleet: RedisScheduler | None, response: Any, out: Any) -> bool:
        if fleet is None:
            return False
        if isinstance(out, ArticleItem):
            fleet.await_store([out.url], response.request)
        elif isinstance(out, UrlAliases) and out.urls:
            fleet.await_store(list(out.urls), response.request)
        else:
            return False
        return True

    def process_spider_exception(self, response: Any, exception: Exception) -> None:
        fleet = self._fleet()
        if fleet is not None:
            fleet.done(response.request)
