#!/usr/bin/env python3
"""Crawl throughput: newscrawl vs a bare Scrapy spider on the same generated site, in one run.

    python benchmarks/crawl_bench.py --articles 5000

The site is served by a separate process (so it does not share the crawler's GIL). Each crawl
runs in its own process that reports pages, seconds and peak RSS. Both crawls use the same
politeness settings (robots.txt obeyed, AutoThrottle off so the server's speed, not the delay
policy, is what is measured). The bare spider follows the same links (same canonicalisation
and URL rules) and extracts nothing. Prints pages/s of both, their ratio, peak memory, and
newscrawl's requests per stored article.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = {  # identical for both spiders
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False,
}

RUNNER = r'''
import json, resource, sys, time
from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
from newscrawl.profiles import load_profile
from newscrawl.spiders.news import NewsSpider

kind, base, db, shared = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])

class BareSpider(Spider):
    """Follows the links newscrawl would follow; extracts nothing."""
    name = "bare"
    def __init__(self, **kw):
        super().__init__(**kw)
        self.profile = load_profile("demo", base)
        self.allowed_domains = self.profile.allowed_domains
    async def start(self):
        for u in self.profile.sitemaps:
            yield Request(u, callback=self.parse_xml)
        for u in self.profile.feeds:
            yield Request(u, callback=self.parse_xml)
        for u in self.profile.seeds:
            yield Request(u)
    def _follow(self, urls):
        for u in urls:
            u = self.profile.canonicalize(u)
            if self.profile.classify(u) != "ignore":
                yield Request(u)
    def parse_xml(self, response):
        response.selector.remove_namespaces()
        yield from self._follow(response.xpath("//loc/text() | //item/link/text()").getall())
    def parse(self, response):
        if b"html" in (response.headers.get(b"Content-Type") or b""):
            hrefs = response.css("a::attr(href)").getall()
            yield from self._follow(response.urljoin(h) for h in hrefs)

settings = get_project_settings()
settings.update(shared)
settings.set("NEWSCRAWL_DATABASE_URL", db)
if kind == "bare":
    settings.set("ITEM_PIPELINES", {})
    settings.set("EXTENSIONS", {})
process = CrawlerProcess(settings)
crawler = process.create_crawler(BareSpider if kind == "bare" else NewsSpider)
t0 = time.perf_counter()
if kind == "bare":
    process.crawl(crawler)
else:
    process.crawl(crawler, site="demo", base_url=base)
process.start()
elapsed = time.perf_counter() - t0
stats = crawler.stats.get_stats()
print(json.dumps({
    "pages": stats.get("response_received_count", 0),
    "requests": stats.get("downloader/request_count", 0),
    "stored": stats.get("newscrawl/store/new", 0),
    "seconds": elapsed,
    "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
'''


def crawl(kind: str, base: str, db: str) -> dict[str, float]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "newscrawl.settings"}
    out = subprocess.run(
        [sys.executable, "-c", RUNNER, kind, base, db, json.dumps(SHARED)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newscrawl.testsite",
            "serve",
            "--port",
            "0",
            "--articles",
            str(args.articles),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            bare = crawl("bare", base, f"sqlite:///{tmp}/bare.db")
            ours = crawl("newscrawl", base, f"sqlite:///{tmp}/bench.db")
    finally:
        server.terminate()
        server.wait()
    rows = [("bare Scrapy", bare), ("newscrawl", ours)]
    print(f"site: {args.articles} generated articles at {base}")
    print(f"{'spider':<12} {'pages':>7} {'seconds':>8} {'pages/s':>8} {'peak RSS MiB':>13}")
    for name, r in rows:
        print(
            f"{name:<12} {r['pages']:>7.0f} {r['seconds']:>8.1f} "
            f"{r['pages'] / r['seconds']:>8.1f} {r['peak_rss_mib']:>13.0f}"
        )
    ratio = (ours["pages"] / ours["seconds"]) / (bare["pages"] / bare["seconds"])
    print(f"newscrawl / bare pages/s ratio: {ratio:.2f}")
    per_article = ours["requests"] / max(ours["stored"], 1)
    print(
        f"newscrawl requests per stored article: {per_article:.3f} "
        f"({ours['requests']:.0f} requests, {ours['stored']:.0f} articles stored)"
    )
    return 0 if per_article <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
