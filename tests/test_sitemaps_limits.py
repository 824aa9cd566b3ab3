"""Sitemaps (.xml.gz files, gzip-encoded responses, indexes, news sitemaps, size and entry
limits), the per-page link cap and listing budgets, through the spider."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path
from typing import Any

import pytest
from routeserver import RouteServer, html
from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.utils.test import get_crawler

from newscrawl.limits import ListingBudget, listing_template
from newscrawl.sitemaps import SitemapError, read_sitemap
from newscrawl.spiders.news import NewsSpider

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def urlset(paths: list[str], base: str = "{base}") -> bytes:
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset {NS}>{urls}</urlset>'.encode()


def test_gzip_sitemap_index_and_news_sitemap_crawl(tmp_path: Path, run_crawl: Any) -> None:
    news = (
        f'<?xml version="1.0"?><urlset {NS} {NEWS_NS}><url><loc>{{base}}/a/3.html</loc>'
        "<news:news><news:publication><news:name>X</news:name><news:language>en"
        "</news:language></news:publication><news:publication_date>2024-05-06"
        "</news:publication_date><news:title>T</news:title></news:news></url></urlset>"
    ).encode()
    index = (
        f'<?xml version="1.0"?><sitemapindex {NS}>'
        + "".join(
            f"<sitemap><loc>{{base}}{p}</loc></sitemap>"
            for p in ("/s1.xml.gz", "/s2.xml", "/news.xml", "/bomb.xml.gz")
        )
        + "</sitemapindex>"
    ).encode()
    routes = {
        "/robots.txt": (404, {}, b""),
        "/": html("home"),
        "/sitemap_index.xml": (200, {"Content-Type": "application/xml"}, index),
        "/s1.xml.gz": (200, {"Content-Type": "application/x-gzip"}, b""),
        "/s2.xml": (200, {"Content-Type": "application/xml", "Content-Encoding": "gzip"}, b""),
        "/news.xml": (200, {"Content-Type": "application/xml"}, news),
        "/bomb.xml.gz": (
            200,
            {"Content-Type": "application/x-gzip"},
            gzip.compress(b"\0" * 3_000_000),
        ),
        **{
            f"/a/{i}.html": html(f"<h1>Article number {i}</h1><p>{'text ' * 60}</p>")
            for i in range(1, 5)
        },
    }
    with RouteServer(routes) as server:
        # the .gz bodies name the server's own URL, known only now
        server.routes["/s1.xml.gz"] = (
            200,
            {"Content-Type": "application/x-gzip"},
            gzip.compress(urlset(["/a/1.html"], server.url)),
        )
        server.routes["/s2.xml"] = (
            200,
            {"Content-Type": "application/xml", "Content-Encoding": "gzip"},
            gzip.compress(urlset(["/a/2.html"], server.url)),
        )
        for key in ("/sitemap_index.xml", "/news.xml"):
            status, headers, body = server.routes[key]
            server.routes[key] = (status, headers, body.replace(b"{base}", server.url.encode()))
        profile = tmp_path / "sm.toml"
        profile.write_text(
            f'base_url = "{server.url}"\nsitemaps = ["/sitemap_index.xml"]\n'
            "article_patterns = ['^/a/\\d+\\.html$']\nlisting_patterns = ['^/$']\n"
        )
        proc = run_crawl(
            f"sqlite:///{tmp_path / 'c.db'}",
            f"site={profile}",
            settings={"RETRY_TIMES": "0", "NEWSCRAWL_SITEMAP_MAX_BYTES": "1000000"},
            timeout=120,
        )
        log = list(server.log)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    assert {"/a/1.html", "/a/2.html", "/a/3.html"} <= set(log), log  # gz file, gz encoding, news
    assert "/a/4.html" not in log  # listed nowhere
    assert (
        "unusable sitemap at" in proc.stderr and "decompresses to more than 1000000" in proc.stderr
    )
    assert "'newscrawl/skip/bad_sitemap': 1" in proc.stderr


def _response(body: bytes, url: str = "http://news.example/sitemap.xml.gz") -> XmlResponse:
    return XmlResponse(url, body=body)


def test_read_sitemap_limits() -> None:
    body = urlset([f"/a/{i}.html" for i in range(10)], "http://news.example")
    kind, entries, cut = read_sitemap(_response(gzip.compress(body)), max_urls=4)
    assert (kind, len(entries), cut) == ("urlset", 4, True)
    assert entries[0]["loc"] == "http://news.example/a/0.html"
    with pytest.raises(SitemapError, match="decompresses to more than 1000"):
        read_sitemap(_response(gzip.compress(b"\0" * 5000)), max_bytes=1000)
    with pytest.raises(SitemapError, match="larger than 100"):
        read_sitemap(_response(body), max_bytes=100)
    with pytest.raises(SitemapError, match="broken gzip"):
        read_sitemap(_response(b"\x1f\x8b\x08garbage"))
    with pytest.raises(SitemapError, match="not a sitemap"):
        read_sitemap(_response(b"<html><body>hi</body></html>"))


def _spider(**settings: Any) -> NewsSpider:
    from newscrawl.pages import PageProcessor

    crawler = get_crawler(
        NewsSpider, {"NEWSCRAWL_INCREMENTAL": False, "NEWSCRAWL_EXTRACT_WORKERS": 0, **settings}
    )
    spider = NewsSpider(start_urls="http://news.example/")
    spider._set_crawler(crawler)
    spider.pages = PageProcessor(crawler)  # pages extracted inline (no pool processes)
    return spider


def test_link_cap_per_page() -> None:
    spider = _spider(NEWSCRAWL_MAX_LINKS_PER_PAGE=100)
    links = "".join(f'<a href="/p/{i}.html">page {i}</a>' for i in range(5000))
    body = f"<html><body><h1>Many links</h1>{links}</body></html>".encode()
    response = HtmlResponse(
        "http://news.example/",
        body=body,
        headers={"Content-Type": "text/html; charset=utf-8"},
        request=Request("http://news.example/"),
    )

    async def collect() -> list[Any]:
        return [x async for x in spider.parse(response)]

    requests = [r for r in asyncio.run(collect()) if isinstance(r, Request)]
    assert len(requests) == 100
    assert requests[-1].url == "http://news.example/p/99.html"
    assert spider.crawler.stats.get_value("newscrawl/limit/page_links") == 1


def test_listing_budget_cannot_be_bypassed_by_url_shapes() -> None:
    assert listing_template("http://x/list/2024-01.htm") == listing_template(
        "http://x/list/1999-12.htm"
    )
    assert listing_template("http://x/l?page=1") == listing_template("http://x/l?page=abc")
    budget = ListingBudget(per_template=3, section_factor=2)
    shapes = [f"http://x/list/{word}.htm" for word in ("aa", "ab", "ac", "ad", "ae", "af", "ag")]
    assert [budget.allow(u) for u in shapes] == [True] * 6 + [False]  # section budget: 3 × 2
    assert budget.allow(shapes[0])  # a URL already allowed stays allowed (re-requests)
    pages = [f"http://x/cal/?day={i}&junk={i * 7}" for i in range(10)]
    assert sum(budget.allow(u) for u in pages) == 3
    tokens = [f"http://x/s/{i:032x}/" for i in range(10)]  # hex ids fold to one template
    assert sum(budget.allow(u) for u in tokens) == 3


def test_gzip_bomb_response_is_abandoned(tmp_path: Path, run_crawl: Any) -> None:
    """A Content-Encoding: gzip page that inflates past DOWNLOAD_MAXSIZE is dropped while it
    is being decompressed; the crawl goes on."""
    routes = {
        "/robots.txt": (404, {}, b""),
        "/": html('<a href="/bomb.html">bomb</a> <a href="/a.html">a</a>'),
        "/bomb.html": (200, {"Content-Encoding": "gzip"}, gzip.compress(b" " * 20_000_000)),
        "/a.html": html("<h1>An ordinary page here</h1>" + "<p>text of the page</p>" * 20),
    }
    with RouteServer(routes) as server:
        proc = run_crawl(
            f"sqlite:///{tmp_path / 'c.db'}",
            f"start_urls={server.url}/",
            settings={"RETRY_TIMES": "0", "DOWNLOAD_MAXSIZE": "1000000"},
            timeout=120,
        )
        log = list(server.log)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    assert "/bomb.html" in log and "/a.html" in log
    assert "decompressed" in proc.stderr and "DOWNLOAD_MAXSIZE (1000000 B)" in proc.stderr
