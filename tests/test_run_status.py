"""Honest run records: a page that raised makes the run partial (exit status 4), malformed
links and JSON-LD do not lose a page, and database passwords never reach output or records."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import ROOT
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, CrawlRun
from newscrawl.db.session import make_engine, mask_secrets, safe_url
from newscrawl.extract.article import extract_article
from newscrawl.spiders.news import NewsSpider
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

BODY = "<p>" + "A paragraph of the article, long enough to count as its body. " * 8 + "</p>"


def _crawl(spider: str, db: str, base: str, tmp_path: Path, *sets: str) -> Any:
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
        "NEWSCRAWL_DATABASE_URL": db,
        "PYTHONPATH": str(ROOT / "tests"),
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", "site=demo"]
    cmd += ["-a", f"base_url={base}", "-s", "SPIDER_MODULES=newscrawl.spiders,raising_spider"]
    cmd += ["-s", f"NEWSCRAWL_LOCK_DIR={tmp_path}", *sets]
    return subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_a_page_that_raises_makes_the_run_partial(tmp_path: Path) -> None:
    """…and its listing is not recorded: the next run, with validators (304s) everywhere
    else, fetches the article again and stores it."""
    db = f"sqlite:///{tmp_path / 'partial.db'}"
    site = Site(n_articles=20)
    victim = str(site.truth()[0]["canonical_url"])
    with SiteServer(site) as server:
        proc = _crawl("news_raising", db, server.url, tmp_path, "-s", f"RAISE_ON_SUFFIX={victim}")
        before = len(server.request_log)
        again = _crawl("news", db, server.url, tmp_path)
        second = server.request_log[before:]
    assert proc.returncode == 4, proc.stderr[-3000:]  # README: partial run
    assert f"Spider error processing <GET {server.url}{victim}>" in proc.stderr
    assert "run partial: 1 pages raised while parsed" in proc.stderr
    engine = make_engine(db)
    with Session(engine) as s:
        run = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).first()
    engine.dispose()
    assert run is not None
    stats = json.loads(run.stats or "{}")
    assert stats["spider_exceptions/RuntimeError"] == 1
    assert (run.status, run.page_errors, run.quarantined) == ("partial", 1, 0)
    assert run.failure and run.failure.startswith("1 pages raised while parsed")
    assert again.returncode == 0, again.stderr[-3000:]
    assert victim in second  # fetched again: the pages that led to it were not recorded
    engine = make_engine(db)
    with engine.connect() as conn:
        urls = {u.split("/", 3)[3] for (u,) in conn.execute(select(Article.canonical_url))}
    engine.dispose()
    assert urls == {str(t["canonical_url"]).lstrip("/") for t in site.truth()}


def _spider(**kw: Any) -> NewsSpider:
    crawler = Crawler(NewsSpider, {"NEWSCRAWL_INCREMENTAL": False, "NEWSCRAWL_EXTRACT_WORKERS": 0})
    spider: NewsSpider = crawler._create_spider(**kw)  # as Crawler.crawl does
    crawler.spider = spider
    crawler.stats = MemoryStatsCollector(crawler)
    return spider


def test_malformed_links_and_json_ld_do_not_lose_the_page() -> None:
    html = (
        '<html><head><title>Kept</title><script type="application/ld+json">'
        '[{"@type": 5}, {"@type": {"x": 1}}, {"@type": ["Thing", "NewsArticle"],'
        ' "headline": "Kept headline", "datePublished": "2024-05-08T10:00:00Z"}]</script>'
        "</head><body><h1>Kept headline</h1>"
        f"{BODY}"
        '<a href="http://[::1/broken">bad IPv6</a> <a href="http://a.example:99999/x">port</a>'
        ' <a href="http://a.example:-1/y">negative</a> <a href="/fine">fine</a></body></html>'
    )
    extracted = extract_article(html, "http://a.example/story", page_links=True)
    assert extracted.title == "Kept headline"
    assert extracted.page_links == ["http://a.example/fine"]
    spider = _spider(start_urls="http://a.example/")
    response = HtmlResponse(
        "http://a.example/story",
        body=html.encode(),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )

    async def collect() -> list[Any]:
        return [x async for x in spider.parse(response)]

    out = asyncio.run(collect())  # callbacks are async: pages are extracted in the pool
    assert [type(x).__name__ for x in out] == ["ArticleItem", "Request"]
    assert out[1].url == "http://a.example/fine"
    # URLs from sitemaps and feeds are not filtered by extraction: the spider ignores them.
    assert spider._resolve("http://a.example:99999/x") == ("http://a.example:99999/x", "ignore")
    assert spider.crawler.stats.get_value("newscrawl/skip/bad_url") == 1


def test_database_passwords_are_masked() -> None:
    url = "postgresql+psycopg://crawler:s3cr3t-pw@db.example:5432/news"
    assert safe_url(url) == "postgresql+psycopg://crawler:***@db.example:5432/news"
    text = f'{{"error": "could not connect to {url}", "pw": "s3cr3t-pw"}}'
    assert "s3cr3t-pw" not in mask_secrets(text, url)


def test_demo_prints_no_password(tmp_path: Path) -> None:
    """`newscrawl demo` against a database URL with a password (the local server trusts
    every client, so the password is only there to be leaked)."""
    from conftest import POSTGRES_URL, _server_db

    gen = _server_db(POSTGRES_URL, "PostgreSQL")
    url = next(gen)
    try:
        with_pw = make_engine(url).url.set(password="s3cr3t-pw").render_as_string(False)
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "newscrawl.cli",
                "--database",
                with_pw,
                "demo",
                "--articles",
                "5",
                "--port",
                "0",
            ],
            cwd=tmp_path,
            env={**os.environ, "NEWSCRAWL_LOG_LEVEL": "INFO"},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "s3cr3t-pw" not in proc.stdout + proc.stderr
        assert ":***@" in proc.stdout
        engine = make_engine(url)
        with Session(engine) as s:
            run = s.scalars(select(CrawlRun)).one()
        engine.dispose()
        assert "s3cr3t-pw" not in (run.stats or "") + (run.failure or "")
    finally:
        next(gen, None)
