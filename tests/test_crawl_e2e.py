"""End-to-end: crawl the local test site with ``scrapy crawl`` and compare with ground truth."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink, ArticleUrl, ArticleVersion, CrawlRun
from newscrawl.db.session import make_engine
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

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
    linked = set()  # every href on the pages the crawl fetched, as path?query
    for path in log:
        page = site.render(path)
        if page is not None and page.content_type.startswith("text/html"):
            text = page.body.decode("gb18030", errors="replace")
            for href in re.findall(r'href="([^"]+)"', text):
                parts = urlsplit(urljoin(server.url + path, href.replace("&amp;", "&")))
                linked.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    engine = make_engine(db)
    with Session(engine) as s:
        data = {
            "base": server.url,
            "linked": linked,
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


# Read off the rendered pages by hand (not from Site.truth()): a traditional-script zh page with
# ruby pinyin and the byline in the last paragraph ("04月11日 14:51", +08:00), an en page
# ("2023-04-30T19:40:00-07:00" in <time>), the GBK page that declares UTF-8.
HAND_CHECKED = {
    "/zh/2023-04/11/c_1128400018.htm": (
        "丁洋洋：凝心聚力 擔當作爲 奮力書寫中國式現代化內蒙古新篇章",
        "史強",
        datetime(2023, 4, 11, 6, 51, tzinfo=UTC),
    ),
    "/en/technology/2023/04/30/busan-port-authority-rejects-rezoning-of-old-docklands/": (
        "Busan port authority rejects rezoning of old docklands",
        "Tomas Fitzgerald",
        datetime(2023, 5, 1, 2, 40, tzinfo=UTC),
    ),
    "/zh/2022-03/19/c_wrongcharset.htm": (
        "满洲里市着力提升冬季供暖开创新局面",
        "薛斌",
        datetime(2022, 3, 19, 4, 5, tzinfo=UTC),
    ),
}


def test_hand_checked_articles(crawled: dict[str, Any]) -> None:
    """The generator's truth is checked against itself elsewhere; these values are not."""
    assert len(crawled["articles"]) == N_ARTICLES == 60
    for path, (title, author, published) in HAND_CHECKED.items():
        a = crawled["articles"][crawled["base"] + path]
        assert (a.title, a.author, a.published_at) == (title, author, published), path
        assert "(nèi)" not in a.body and "nèi" not in a.title  # ruby pinyin gone


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


def test_every_alias_url_resolves_to_its_article(crawled: dict[str, Any]) -> None:
    """Print pages, index.html forms and tracking-parameter links are stored as URLs of the
    article they show, although none of them was fetched."""
    base, articles, urls = crawled["base"], crawled["articles"], crawled["urls"]
    linked = crawled["linked"]
    checked = wrong = 0
    for t in crawled["truth"]:
        for url in t["urls"]:
            if url != t["canonical_url"] and url not in linked:
                continue  # served, but no page links it: nothing to see
            checked += 1
            wrong += urls.get(base + url) != articles[base + t["canonical_url"]].id
    assert wrong == 0 and checked > 2 * len(crawled["truth"])


def test_recrawl_after_edits_stores_exactly_the_new_versions(
    tmp_path: Path, run_crawl: Any
) -> None:
    """Same site crawled twice; the second time 5 articles were edited."""
    db = f"sqlite:///{tmp_path / 'versions.db'}"
    snapshots, port = [], 0
    for edited in (0, 5):
        # The same port both times: the URLs, and so the articles, must be the same.
        with SiteServer(Site(n_articles=N_ARTICLES, seed=0, edited=edited), port=port) as server:
            port = int(server.url.rsplit(":", 1)[1])
            # A full re-crawl: incremental runs skip stored articles and would not see edits.
            proc = run_crawl(
                db,
                "site=demo",
                f"base_url={server.url}",
                settings={"NEWSCRAWL_INCREMENTAL": "False"},
            )
        assert proc.returncode == 0, proc.stderr[-2000:]
        engine = make_engine(db)
        with Session(engine) as s:
            snapshots.append(
                (
                    {
                        a.url_key: (a.title, a.body, a.cluster_id, a.version)
                        for a in s.scalars(select(Article))
                    },
                    s.scalars(select(ArticleVersion)).all(),
                )
            )
        engine.dispose()
    (before, _), (after, versions) = snapshots
    changed = [k for k in before if before[k] != after.get(k)]
    assert len(versions) == 5 and len(changed) == 5
    assert set(after) == set(before)  # no new articles, none lost
    assert all(after[k][3] == 2 for k in changed)


def test_crawl_refuses_a_database_that_needs_upgrading(tmp_path: Path, run_crawl: Any) -> None:
    from newscrawl.db.session import upgrade

    db = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(make_engine(db), "0001")
    proc = run_crawl(db, "start_urls=http://127.0.0.1:9/")
    assert proc.returncode != 0
    assert "run `newscrawl db upgrade`" in proc.stderr
