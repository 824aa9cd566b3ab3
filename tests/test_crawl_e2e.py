"""End-to-end: crawl the local test site with ``scrapy crawl`` and compare with ground truth."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink, ArticleUrl, CrawlRun
from newscrawl.db.session import make_engine
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer
from newscrawl.urls import canonicalize

N_ARTICLES = 60
FIELDS = ("title", "body", "author", "published", "language")


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory, run_crawl: Any) -> Iterator[dict[str, Any]]:
    """One crawl of the whole site, shared by the assertions below."""
    site = Site(n_articles=N_ARTICLES, seed=0)
    db = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'crawl.db'}"
    with SiteServer(site) as server:
        proc = run_crawl(db, "site=demo", f"base_url={server.url}")
        log = list(server.request_log)
    assert proc.returncode == 0, proc.stderr[-3000:]
    engine = make_engine(db)
    with Session(engine) as s:
        data = {
            "base": server.url,
            "truth": site.truth(),
            "log": log,
            "stderr": proc.stderr,
            "articles": {a.canonical_url: a for a in s.scalars(select(Article))},
            "urls": {u.url: u.article_id for u in s.scalars(select(ArticleUrl))},
            "links": {
                (k.article_id, k.target_url, k.kind): k for k in s.scalars(select(ArticleLink))
            },
            "run": s.scalars(select(CrawlRun)).one(),
        }
        s.expunge_all()
    engine.dispose()
    yield data


def test_every_article_stored_exactly_once(crawled: dict[str, Any]) -> None:
    expected = {crawled["base"] + t["canonical_url"] for t in crawled["truth"]}
    assert set(crawled["articles"]) == expected


def test_fields_match_ground_truth(crawled: dict[str, Any]) -> None:
    wrong = []
    for t in crawled["truth"]:
        a = crawled["articles"][crawled["base"] + t["canonical_url"]]
        got = (
            a.title,
            ws(a.body),
            a.author,
            a.published_at.isoformat() if a.published_at else None,
            a.language,
        )
        want = (t["title"], ws(t["body"]), t["author"], t["published"], t["language"])
        for name, g, w in zip(FIELDS, got, want, strict=True):
            if g != w:
                wrong.append((t["canonical_url"], name, g, w))
    assert not wrong, wrong[:5]


def test_related_link_edges_complete(crawled: dict[str, Any]) -> None:
    base, articles, links = crawled["base"], crawled["articles"], crawled["links"]
    missing = []
    for t in crawled["truth"]:
        source = articles[base + t["canonical_url"]]
        for rel in t["related"]:
            link = links.get((source.id, base + rel["url"], rel["kind"]))
            target = articles[base + rel["url"]]
            if link is None or link.target_article_id != target.id or link.anchor != rel["anchor"]:
                missing.append((t["canonical_url"], rel))
    assert not missing, missing[:5]
    n_truth = sum(len(t["related"]) for t in crawled["truth"])
    assert len(links) == n_truth  # nothing extra either


def test_robots_obeyed_and_no_url_fetched_twice(crawled: dict[str, Any]) -> None:
    log = crawled["log"]
    assert log and not [p for p in log if p.startswith("/private/")]
    assert len(log) == len(set(log))
    # URL variants are canonicalised before they are requested.
    assert not [p for p in log if "utm_" in p or "from=" in p or p.endswith("index.html")]


def test_malformed_pages_are_counted_not_fatal(crawled: dict[str, Any]) -> None:
    stats = json.loads(crawled["run"].stats)
    assert crawled["run"].finish_reason == "finished"
    assert stats.get("newscrawl/skip/non_html") == 1  # application/pdf on an article URL
    drops = {k: v for k, v in stats.items() if k.startswith("newscrawl/drop/")}
    assert sum(drops.values()) == 2, drops  # the empty and the truncated page
    assert stats.get("newscrawl/extract/charset_repaired") == 1  # GBK declared as UTF-8
    assert "Traceback" not in crawled["stderr"]


def test_alias_urls_canonicalise_to_stored_article(crawled: dict[str, Any]) -> None:
    base, articles = crawled["base"], crawled["articles"]
    for t in crawled["truth"]:
        for url in t["urls"]:
            canon = canonicalize(base + url).replace("_print.htm", ".htm")
            assert canon in articles, url
