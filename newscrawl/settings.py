"""Scrapy settings: only overrides, each with the reason. URLs and secrets come from env vars."""

from __future__ import annotations

import logging
import os

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# Identify ourselves; NEWSCRAWL_CONTACT should name a URL or mailbox site owners can reach.
USER_AGENT = (
    f"newscrawl/0.1 (+{os.environ.get('NEWSCRAWL_CONTACT', 'https://example.invalid/newscrawl')})"
)
ROBOTSTXT_OBEY = True  # default False in the template: a news crawler must obey robots.txt
# The Protego parser (Scrapy's default) understands wildcards and Crawl-delay.

# Politeness: per-domain concurrency with AutoThrottle adapting to each server's latency.
CONCURRENT_REQUESTS = 32  # default 16: many sites per run, each limited by the line below
CONCURRENT_REQUESTS_PER_DOMAIN = 8  # default 8, stated because AutoThrottle targets it
# Scrapy (2.13+) starts this many asyncio tasks for every response's output (default 100);
# a news page yields one item and a few requests: 100 tasks per page were a tenth of the
# crawl process's CPU (benchmarks/scale_bench.py --cprofile).
CONCURRENT_ITEMS = 8
AUTOTHROTTLE_ENABLED = True  # default False
AUTOTHROTTLE_START_DELAY = 0.5  # default 5.0: the first requests need not be that slow
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0  # default 1.0: news servers handle a few in parallel
DOWNLOAD_TIMEOUT = 30  # default 180: a page that takes longer is better retried later
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # default 1 GiB: no article page is bigger than 10 MiB
RETRY_TIMES = 3  # default 2
REDIRECT_MAX_TIMES = 10  # default 20: a chain longer than this is a loop or a trap
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024  # default 32 MiB: log pages over 2 MiB
# Decompressed sizes (gzip/br/deflate bombs) are bound by the same two settings: Scrapy's
# HttpCompressionMiddleware stops at DOWNLOAD_MAXSIZE while it decompresses.
# The resolver refuses, at connection time, names the network policy does not allow.
TWISTED_DNS_RESOLVER = "newscrawl.netpolicy.PolicyResolver"
DOWNLOADER_MIDDLEWARES = {
    # Retries wait (exponential back-off, Retry-After honoured) instead of hammering a server
    # that is already failing.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    # SSRF guard: before robots.txt, so a refused host is not even asked for its robots.txt.
    "newscrawl.netpolicy.NetPolicyMiddleware": 50,
    "newscrawl.robots.RobotsPolicyMiddleware": 100,  # RFC 9309 + bounded Crawl-delay
    "newscrawl.middlewares.BackoffRetryMiddleware": 550,
    "newscrawl.middlewares.BackoffDelayMiddleware": 560,
    # Before decompression, redirects and retries: the archive keeps what the server sent.
    "newscrawl.archive.WarcArchiveMiddleware": 950,
}
SPIDER_MIDDLEWARES = {"newscrawl.archive.WarcPointerMiddleware": 550}  # article → its record
COMMANDS_MODULE = "newscrawl.commands"  # `scrapy crawl` with a per-site lock and exit statuses

# Breadth-first: listings and sitemaps are consumed before deep related-link chains.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

ITEM_PIPELINES = {
    "newscrawl.pipelines.CleanPipeline": 100,
    "newscrawl.enrich.LanguagePipeline": 150,
    "newscrawl.pipelines.ValidatePipeline": 200,
    "newscrawl.pipelines.CanonicalUrlPipeline": 300,
    "newscrawl.pipelines.StoragePipeline": 900,
}
EXTENSIONS = {"newscrawl.extensions.CrawlRunRecorder": 500}
# NEWSCRAWL_SCHEDULER=redis makes this process one worker of a fleet (newscrawl.fleet).
ADDONS = {"newscrawl.fleet.scheduler.FleetAddon": 0}

# Dropped items are an expected outcome, counted in stats: log them at INFO, not WARNING.
LOG_FORMATTER = "newscrawl.logformatter.QuietDropFormatter"
LOG_LEVEL = os.environ.get("NEWSCRAWL_LOG_LEVEL", "INFO")
# trafilatura warns about every page it finds nothing in; newscrawl counts those as drops.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

NEWSCRAWL_DATABASE_URL = os.environ.get("NEWSCRAWL_DATABASE_URL")  # None → output/newscrawl.db
NEWSCRAWL_SCHEDULER = os.environ.get("NEWSCRAWL_SCHEDULER", "memory")  # or redis: a fleet worker
NEWSCRAWL_REDIS_URL = os.environ.get("NEWSCRAWL_REDIS_URL")  # None → redis://127.0.0.1:6379/0
NEWSCRAWL_IDLE_EXIT = 10  # fleet: exit when the whole job was idle this many seconds
NEWSCRAWL_MEMORY_URLS = 100_000  # URLs the spider/dedupe remember per run (flat memory)
NEWSCRAWL_DB_BATCH_SIZE = 100
NEWSCRAWL_MIN_BODY_CHARS = 20
NEWSCRAWL_INCREMENTAL = True  # re-runs skip stored articles and ask listings conditionally
NEWSCRAWL_RECHECK_DAYS = 2  # revisit articles published this recently (edits) …
NEWSCRAWL_RECHECK_MAX = 20  # … at most this many per run …
NEWSCRAWL_RECHECK_MIN_HOURS = 1  # … once half their age at the last visit has passed, ≥ 1 h
NEWSCRAWL_MAX_ERROR_RATE = 0.5  # a run with more network errors/5xx than this share fails
NEWSCRAWL_LOCK_DIR = "output/locks"
# Archive every response (newscrawl reextract re-runs extraction on it); env NEWSCRAWL_WARC=False
# or -s NEWSCRAWL_WARC=False turns it off.
NEWSCRAWL_WARC = os.environ.get("NEWSCRAWL_WARC", "True").lower() not in ("0", "false", "no", "off")
NEWSCRAWL_WARC_DIR = os.environ.get("NEWSCRAWL_WARC_DIR", "output/warc")
NEWSCRAWL_LOG_FILE = os.environ.get("NEWSCRAWL_LOG_FILE")  # rotating log file, if set

# Hostile pages and networks (README "Limits and network policy").
# Seconds one page's extraction may take (0: no limit); read with
# newscrawl.extract.budget.extract_timeout(settings.get(...)), which validates it.
NEWSCRAWL_EXTRACT_TIMEOUT = os.environ.get("NEWSCRAWL_EXTRACT_TIMEOUT", "5")
NEWSCRAWL_MAX_LINKS_PER_PAGE = 2000  # links read from one page; the rest are ignored
NEWSCRAWL_SITEMAP_MAX_URLS = 50_000  # entries read from one sitemap (the protocol's limit)
NEWSCRAWL_SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # a sitemap's size after gunzip (same)
NEWSCRAWL_MAX_CRAWL_DELAY = 30  # seconds: a longer robots.txt Crawl-delay is capped
NEWSCRAWL_NETPOLICY = True  # refuse private/loopback/link-local/… hosts (SSRF guard)
NEWSCRAWL_ALLOW_HOSTS: list[str] = []  # host or host:port reachable although private
NEWSCRAWL_ALLOW_NETWORKS: list[str] = []  # CIDR networks reachable although private
NEWSCRAWL_ALLOW_PORTS: list[int] = []  # ports besides 80, 443, 8080, 8443 and the start URLs'

FEED_EXPORT_ENCODING = "utf-8"  # default is ASCII-escaped JSON, unreadable for Chinese
