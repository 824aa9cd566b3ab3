"""Fuzz extraction and the spider callbacks with hostile pages; report crashes, hangs and times.

    .venv/bin/python benchmarks/fuzz_extract.py [--pages 1000] [--seed 0] [--budget 5]

Pages are mutations of real saved pages (``tests/fixtures/pages`` and, when present,
``../shared/benchmarks/extraction/*``, read at run time, never copied): truncated bytes,
invalid and mixed encodings, 10,000-deep nesting, a 5 MB single line, 100,000 links, huge
attributes, malformed JSON-LD, bad hrefs and ports, pathological byline/date/title lines.
Each page goes through ``newscrawl extract``'s code path and through the spider's
``parse_article``, ``parse`` (listing) and ``parse_sitemap``/``parse_feed`` callbacks, with
responses built in memory (no network). Every call runs in a worker process under the
extraction budget (``NEWSCRAWL_EXTRACT_TIMEOUT``): an exception is a crash, an overrun a hang.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fuzz_pages import ROOT, corpus, sitemap_variants

URL = "http://news.example.com/2024/05/06/story.html"


# -- targets (run in the worker process) ----------------------------------------------------

_SPIDERS: dict[str, Any] = {}


def _spider(kind: str) -> Any:
    """A spider built from a crawler (no engine, no network); ``kind``: profile or ad-hoc."""
    if kind not in _SPIDERS:
        from scrapy.utils.test import get_crawler

        from newscrawl.spiders.news import NewsSpider

        settings = {
            "NEWSCRAWL_INCREMENTAL": False,
            "LOG_ENABLED": False,
            "NEWSCRAWL_EXTRACT_WORKERS": 0,
            "NEWSCRAWL_EXTRACT_TIMEOUT": 0,  # the harness's worker keeps the budget
        }
        crawler = get_crawler(NewsSpider, settings)
        kwargs = (
            {"site": "demo", "base_url": "http://news.example.com"}
            if kind == "profile"
            else {"start_urls": "http://news.example.com/"}
        )
        spider = NewsSpider(**kwargs)  # from_crawler would set limits on frozen settings
        spider._set_crawler(crawler)
        if "pages" in NewsSpider.__annotations__:  # the extraction pool: inline here
            from newscrawl.pages import PageProcessor  # (this process is the budgeted worker)

            spider.pages = PageProcessor(crawler)
        crawler.spider = spider
        _SPIDERS[kind] = spider
    return _SPIDERS[kind]


def run_target(target: str, body: bytes) -> float:
    """Run one target on one page; return its duration in seconds (exceptions propagate)."""
    start = time.perf_counter()
    if target == "extract":
        sys.path.insert(0, str(ROOT))
        from newscrawl.cli_extract import _extract_one

        record = _extract_one(body, "fuzz.html", URL)
        json.dumps(record, ensure_ascii=False, default=str)
    else:
        from scrapy.http import HtmlResponse, Request, XmlResponse

        kind = "adhoc" if target == "parse_adhoc" else "profile"
        spider = _spider(kind)
        callback = {
            "parse_article": spider.parse_article,
            "parse": spider.parse,
            "parse_adhoc": spider.parse,
            "parse_sitemap": spider.parse_sitemap,
            "parse_feed": spider.parse_feed,
        }[target]
        xml = target in ("parse_sitemap", "parse_feed")
        cls = XmlResponse if xml else HtmlResponse
        url = "http://news.example.com/sitemap.xml.gz" if xml else URL
        headers = {"Content-Type": "application/xml" if xml else "text/html; charset=utf-8"}
        request = Request(url, callback=callback)
        response = cls(url, body=body, headers=headers, request=request)
        out = callback(response)
        if hasattr(out, "__anext__"):  # async callbacks (extraction in a pool)

            async def drain() -> None:
                async for _ in out:
                    pass

            asyncio.run(drain())
        else:
            for _ in out:
                pass
    return time.perf_counter() - start


HTML_TARGETS = ("extract", "parse_article", "parse", "parse_adhoc")
XML_TARGETS = ("parse_sitemap", "parse_feed")


def fuzz(
    pages: int, seed: int, budget: float, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Run the corpus; return the report (pages, calls, crashes, hangs, times)."""
    from newscrawl.pool import PagePool, apply

    rng = random.Random(seed)
    times: list[float] = []
    by_mutation: Counter[str] = Counter()
    crashes: list[str] = []
    hangs: list[str] = []
    slowest: list[tuple[float, str]] = []
    calls = 0
    jobs: list[tuple[str, bytes, tuple[str, ...]]] = [
        (name, body, HTML_TARGETS) for name, body in corpus(pages, seed)
    ]
    jobs += [("sitemap", body, XML_TARGETS) for body in sitemap_variants(rng)]
    with PagePool(1, budget, grace=2.0, fn=apply) as worker:
        for target in HTML_TARGETS + XML_TARGETS:  # imports and spider set-up: not timed
            worker.call((run_target, (target, b"<html><body><p>warm up</p></body></html>")))
        for i, (name, body, targets) in enumerate(jobs):
            by_mutation[name] += 1
            for target in targets:
                calls += 1
                status, value = worker.call((run_target, (target, body)))
                where = f"page {i} ({name}, {len(body)} bytes) {target}"
                if status == "ok" and value > budget > 0:  # finished, but late: a hang too
                    status, value = "timeout", f"took {value:.2f} s"
                if status == "ok":
                    times.append(value)
                    slowest.append((value, where))
                elif status == "timeout":
                    hangs.append(f"{where}: {value}")
                    log(f"HANG {hangs[-1]}")
                else:
                    crashes.append(f"{where}: {value.strip().splitlines()[-1]}")
                    log(f"CRASH {crashes[-1]}\n{value}")
            if (i + 1) % 100 == 0:
                log(f"{i + 1}/{len(jobs)} pages, {len(crashes)} crashes, {len(hangs)} hangs")
    times.sort()
    slowest.sort(reverse=True)
    return {
        "pages": len(jobs),
        "calls": calls,
        "by_mutation": dict(by_mutation),
        "crashes": crashes,
        "hangs": hangs,
        "budget_s": budget,
        "p50_s": statistics.median(times) if times else None,
        "p99_s": times[int(0.99 * (len(times) - 1))] if times else None,
        "max_s": times[-1] if times else None,
        "slowest": [f"{t:.2f}s {w}" for t, w in slowest[:5]],
    }


def main(argv: list[str] | None = None) -> int:
    from newscrawl.extract.budget import extract_timeout

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--budget", type=float, default=None, help="seconds per call")
    parser.add_argument("--json", help="also write the report here")
    args = parser.parse_args(argv)
    budget = extract_timeout(args.budget)
    report = fuzz(args.pages, args.seed, budget, log=lambda m: print(m, file=sys.stderr))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    print(
        f"pages tried {report['pages']} ({report['calls']} calls), "
        f"crashes {len(report['crashes'])}, hangs (over {budget:g} s) {len(report['hangs'])}, "
        f"time per call p50 {report['p50_s']:.3f} s, p99 {report['p99_s']:.3f} s, "
        f"max {report['max_s']:.3f} s"
    )
    for line in report["slowest"]:
        print("  slowest:", line)
    for line in report["crashes"] + report["hangs"]:
        print("  ", line)
    return 1 if report["crashes"] or report["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
