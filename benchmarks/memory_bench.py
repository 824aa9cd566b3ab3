#!/usr/bin/env python3
"""Does a fleet worker's memory stay flat with the number of articles? A replayed frontier.

    python benchmarks/memory_bench.py [--articles 100000] [--report 10000,100000]

Replays, in one process and without network, what a fleet worker does per article URL: a
listing link to it and a tracking-parameter variant are followed (``NewsSpider._follow``:
canonicalisation, classification, variant counting, the Request made; in a fleet the
request goes to Redis, so it is dropped here), the article is marked extracted, and an item
with a 3 KB body and 8 links passes the Clean, Validate and Dedupe pipelines. Prints the
process RSS and the sizes of the spider's per-URL structures at each report point, for
``NEWSCRAWL_MEMORY_URLS`` (default 100,000) and for an unbounded run (a cap above N) to show
what the bound saves. Not replayed: Scrapy's own scheduler and seen-set (in Redis for a
fleet) and the storage pipeline (a buffer of one batch).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import UTC, datetime

CHILD = r"""
import json, os, sys
from datetime import UTC, datetime
from scrapy.crawler import Crawler
from scrapy.utils.project import get_project_settings
from newscrawl.items import ArticleItem
from newscrawl.pipelines import CleanPipeline, DedupePipeline, ValidatePipeline
from newscrawl.spiders.news import NewsSpider

n, cap, report = int(sys.argv[1]), int(sys.argv[2]), {int(x) for x in sys.argv[3].split(",")}
settings = {"NEWSCRAWL_SCHEDULER": "redis", "NEWSCRAWL_MEMORY_URLS": cap, "ADDONS": {}}
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
project = get_project_settings()
project.update(settings)
crawler = Crawler(NewsSpider, project)
spider = NewsSpider.from_crawler(crawler, site="demo", base_url="http://127.0.0.1:8000")
crawler.spider = spider
crawler._apply_settings()  # stats
stages = [CleanPipeline(crawler), ValidatePipeline(crawler), DedupePipeline(crawler)]

def rss() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

body = "\n\n".join(["A paragraph of an article about the city council and its budget. " * 5] * 10)
for i in range(1, n + 1):
    url = f"http://127.0.0.1:8000/en/world/2024/01/{1 + i % 28:02d}/story-number-{i}/"
    for raw in (url, url + "?utm_source=feed"):
        for out in spider._follow(raw, url, "article"):
            pass  # a Request goes to Redis in a fleet; UrlAliases to the storage buffer
    spider._extracted.update({url})
    spider._requested.update([url])  # the listing's bookkeeping (_page_done): first asker waits
    item = ArticleItem(url=url, canonical_url=url, site="demo", title=f"Story {i}", body=body,
                       fetched_at=datetime.now(UTC), urls=[url])
    for stage in stages:
        item = stage.process_item(item)
    if i in report:
        print(json.dumps({"articles": i, "rss_mib": rss(), "extracted": len(spider._extracted),
                          "variants": len(spider._variants), "requested": len(spider._requested),
                          "dedupe_seen": len(stages[2].seen),
                          "pending_aliases": len(spider._pending_aliases)}), flush=True)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--report", default="10000,50000,100000")
    ap.add_argument("--cap", type=int, default=100_000, help="NEWSCRAWL_MEMORY_URLS")
    args = ap.parse_args()
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
    print(f"replayed frontier, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    for label, cap in (("bounded", args.cap), ("unbounded", 10 * args.articles)):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.articles), str(cap), args.report],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            return 1
        print(f"-- {label} (NEWSCRAWL_MEMORY_URLS={cap})")
        for line in out.stdout.splitlines():
            print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
