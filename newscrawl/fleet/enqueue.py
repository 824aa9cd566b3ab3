"""``newscrawl enqueue SITE [URL…]``: start (or add to) a site's fleet job in Redis.

With only a site: its sitemaps, feeds and seeds are queued, exactly the requests a worker's
``start()`` makes. With URLs: those URLs too, each as an article or a listing as the profile
classifies it. When the site's frontier is idle (nothing queued, no live worker) a new job
starts: the previous job's seen-set is cleared, so a daily cron run crawls again.
"""

from __future__ import annotations

import argparse
import os
import sys

from redis import Redis
from scrapy import Request
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from newscrawl.fleet.frontier import Frontier
from newscrawl.fleet.scheduler import fingerprint, redis_url
from newscrawl.profiles import ProfileError


def start_requests(spider: object, urls: list[str]) -> list[Request]:
    """The requests a worker's ``start()`` makes (unconditional), plus ``urls``."""
    from newscrawl.spiders.news import NewsSpider

    assert isinstance(spider, NewsSpider)
    profile = spider.profile
    requests = [Request(u, callback=spider.parse_sitemap, priority=10) for u in profile.sitemaps]
    requests += [Request(u, callback=spider.parse_feed, priority=10) for u in profile.feeds]
    requests += [
        Request(profile.canonicalize(u), callback=spider.parse, priority=5) for u in profile.seeds
    ]
    for raw in urls:
        url = profile.canonicalize(raw)
        kind = profile.classify(url)
        callback = spider.parse_article if kind == "article" else spider.parse
        requests.append(Request(url, callback=callback, priority=5))
    for request in requests:
        request.meta["is_start_request"] = True
    return requests


def enqueue(
    site: str,
    urls: list[str],
    settings: Settings,
    base_url: str | None = None,
    server: Redis | None = None,
) -> tuple[str, bool, int]:
    """``(job id, new job?, requests queued)``."""
    from scrapy_redis.queue import PriorityQueue

    from newscrawl.spiders.news import NewsSpider

    spider = NewsSpider(site=site, base_url=base_url)
    server = server or Redis.from_url(redis_url(settings))
    frontier = Frontier(
        server,
        settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl"),
        spider.profile.name,
        ttl=settings.getfloat("NEWSCRAWL_WORKER_TTL", 15),
    )
    job, _, started = frontier.begin_job()
    queue = PriorityQueue(server, spider, frontier.queue_key)
    queued = 0
    for request in start_requests(spider, urls):
        data = queue._encode_request(request)
        queued += frontier.push_new(fingerprint(spider, request), data, request.priority)
    return job, started, queued


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    settings = get_project_settings()
    if args.redis:
        settings.set("NEWSCRAWL_REDIS_URL", args.redis)
    if args.prefix:
        settings.set("NEWSCRAWL_REDIS_PREFIX", args.prefix)
    try:
        job, started, queued = enqueue(args.site, args.urls, settings, args.base_url)
    except ProfileError as exc:
        print(f"newscrawl enqueue: {exc}", file=sys.stderr)
        return 1
    state = "new job" if started else "added to the running job"
    print(f"{args.site}: {state} {job}, {queued} requests queued")
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "enqueue", help="start or extend a site's crawl job in Redis for fleet workers"
    )
    p.add_argument("site", help="site profile (name or path to a TOML file)")
    p.add_argument("urls", nargs="*", help="extra URLs to crawl (articles or listings)")
    p.add_argument("--base-url", help="override the profile's base URL")
    p.add_argument("--redis", help="Redis URL (default $NEWSCRAWL_REDIS_URL or localhost)")
    p.add_argument("--prefix", help="Redis key prefix (default newscrawl)")
    p.set_defaults(func=run)
