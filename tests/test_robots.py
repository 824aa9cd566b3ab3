"""robots.txt per RFC 9309 in real crawls of a local server: 4xx allow, 5xx disallow,
redirects followed up to 5 hops, Crawl-delay capped."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from routeserver import Route, RouteServer, html, redirect

PAGES = {
    "/": html('<a href="/a.html">a</a> <a href="/private/b.html">b</a>'),
    "/a.html": html("<h1>A page</h1><p>text</p>"),
    "/private/b.html": html("<h1>B page</h1><p>text</p>"),
}
RULES = b"User-agent: *\nDisallow: /private/\n"


def _crawl(
    tmp_path: Path, run_crawl: Any, robots: dict[str, Route], **settings: str
) -> tuple[list[str], str, float]:
    with RouteServer({**PAGES, **robots}) as server:
        started = time.monotonic()
        proc = run_crawl(
            f"sqlite:///{tmp_path / 'c.db'}",
            f"start_urls={server.url}/",
            settings={"RETRY_TIMES": "0", **settings},
            timeout=120,
        )
        elapsed = time.monotonic() - started
        log = list(server.log)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    return log, proc.stderr, elapsed


def test_robots_5xx_disallows_everything(tmp_path: Path, run_crawl: Any) -> None:
    log, err, _ = _crawl(tmp_path, run_crawl, {"/robots.txt": (503, {}, b"down")})
    assert log == ["/robots.txt"]  # not one page while the server errs
    assert "'newscrawl/robots/unreachable': 1" in err
    assert "nothing may be fetched" in err


def test_robots_4xx_allows_everything(tmp_path: Path, run_crawl: Any) -> None:
    # A 404 with a body that reads like rules: RFC 9309 says "unavailable", i.e. no rules.
    log, err, _ = _crawl(tmp_path, run_crawl, {"/robots.txt": (404, {}, b"Disallow: /")})
    assert sorted(log) == ["/", "/a.html", "/private/b.html", "/robots.txt"]
    assert "'newscrawl/robots/unavailable': 1" in err


def test_robots_redirects_followed(tmp_path: Path, run_crawl: Any) -> None:
    hops = {f"/r{i}": redirect(f"/r{i + 1}") for i in range(1, 4)}
    hops["/r4"] = redirect("/real-robots.txt")
    robots = {"/robots.txt": redirect("/r1"), **hops, "/real-robots.txt": (200, {}, RULES)}
    log, err, _ = _crawl(tmp_path, run_crawl, robots)  # 5 hops: /robots.txt → … → real
    assert "/real-robots.txt" in log
    assert "/a.html" in log and "/private/b.html" not in log  # its rules apply
    assert "newscrawl/robots/unavailable" not in err and "unreachable" not in err


def test_robots_more_than_5_redirects_is_unavailable(tmp_path: Path, run_crawl: Any) -> None:
    hops = {f"/r{i}": redirect(f"/r{i + 1}") for i in range(1, 10)}
    robots = {"/robots.txt": redirect("/r1"), **hops, "/r10": (200, {}, RULES)}
    log, err, _ = _crawl(tmp_path, run_crawl, robots)
    assert [p for p in log if re.fullmatch(r"/r\d+", p)] == ["/r1", "/r2", "/r3", "/r4", "/r5"]
    assert "/private/b.html" in log  # no rules were read: everything allowed
    assert "'newscrawl/robots/unavailable': 1" in err


def test_crawl_delay_is_capped(tmp_path: Path, run_crawl: Any) -> None:
    robots = {"/robots.txt": (200, {}, RULES + b"Crawl-delay: 86400\n")}
    log, err, elapsed = _crawl(
        tmp_path, run_crawl, robots, NEWSCRAWL_MAX_CRAWL_DELAY="1", AUTOTHROTTLE_ENABLED="False"
    )
    assert sorted(log) == ["/", "/a.html", "/robots.txt"]
    assert re.search(r"Crawl-delay 86400 s: capped at 1 s", err)
    assert "'newscrawl/robots/crawl_delay_capped': 1" in err
    assert "'newscrawl/robots/crawl_delay': 1" in err  # the delay actually used
    assert elapsed < 60  # two pages 1 s apart, not a day
