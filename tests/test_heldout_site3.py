"""Third held-out e2e check: crawl tests/heldout_site3 ad hoc (``-a start_urls=``) and score it.

The site imitates five real CMSes (a UK Drupal 10 paper printing day/month/year in GMT/BST, a
DedeCMS city portal in GBK, a big Chinese portal's article page, a Hong Kong daily on a 12-hour
clock, a Ghost blog whose metadata is in UTC) and was written without looking at the extractor or
the other held-out sites' templates; its truth is what a reader of each page would say. Scored as
tests/test_heldout_site2.py: a page's own offset (+00:00/+01:00, +08:00), and a page that prints
only a day (date-only pages, and the Ghost posts, whose day is printed in the site's zone while
their metadata is UTC) is right when the stored date is on that calendar day.
Run with ``-s`` to see the figures: ``pytest -q -s tests/test_heldout_site3.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from heldout_site3.generator import Site3
from heldout_site3.server import Site3Server
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink
from newscrawl.db.session import make_engine


def _names(value: str | None) -> list[str]:
    return sorted(x.strip() for x in (value or "").split(",") if x.strip())


def _local_ok(got: str | None, want: str, precision: str) -> bool:
    """The page's own wall time and offset, to the precision the page prints; a date-only page
    needs only the right calendar day."""
    if not got:
        return False
    try:
        g = datetime.fromisoformat(got)
    except ValueError:
        return False
    w = datetime.fromisoformat(want)
    if precision == "day":
        return g.date() == w.date()
    if g.utcoffset() != w.utcoffset():
        return False
    g, w = g.replace(tzinfo=None), w.replace(tzinfo=None)
    if precision == "minute":
        g = g.replace(second=0, microsecond=0)
    return g == w


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory, run_crawl: Any) -> Iterator[dict[str, Any]]:
    site = Site3()
    db = f"sqlite:///{tmp_path_factory.mktemp('heldout3') / 'crawl.db'}"
    with Site3Server(site) as server:
        t0 = time.monotonic()
        proc = run_crawl(db, f"start_urls={server.url}/")
        seconds = time.monotonic() - t0
        fetched = set(server.requests)
    assert proc.returncode == 0, proc.stderr[-3000:]
    base = server.url
    truth = {base + t["path"]: t for t in site.truth()}
    engine = make_engine(db)
    with Session(engine) as s:
        arts = {a.canonical_url: a for a in s.scalars(select(Article))}
        ids = {a.id: a.canonical_url for a in arts.values()}
        links = [(ids[k.article_id], k.target_url, k.kind) for k in s.scalars(select(ArticleLink))]
        s.expunge_all()
    engine.dispose()

    rows: dict[str, Any] = {"by_template": {}, "misses": []}
    n = len(truth)
    found = [u for u in truth if u in arts]
    title_ok = author_ok = corr_ok = editor_ok = date_ok = 0
    per_tpl: dict[str, list[int]] = {}
    for url in found:
        t, a = truth[url], arts[url]
        checks = {
            "title": a.title == t["title"],
            "author": _names(a.author) == t["authors"],
            "correspondent": _names(a.correspondent) == t["correspondents"],
            "editor": _names(a.editor) == t["editors"],
            "date": _local_ok(a.published_local, t["published_local"], t["date_precision"]),
        }
        title_ok += checks["title"]
        author_ok += checks["author"]
        corr_ok += checks["correspondent"]
        editor_ok += checks["editor"]
        date_ok += checks["date"]
        tally = per_tpl.setdefault(t["template"], [0] * 6)
        tally[0] += 1
        for i, k in enumerate(("title", "author", "correspondent", "editor", "date"), 1):
            tally[i] += checks[k]
        for k, ok in checks.items():
            if not ok:
                got = {
                    "title": a.title,
                    "author": a.author,
                    "correspondent": a.correspondent,
                    "editor": a.editor,
                    "date": a.published_local,
                }[k]
                want = {
                    "title": t["title"],
                    "author": t["authors"],
                    "correspondent": t["correspondents"],
                    "editor": t["editors"],
                    "date": t["published_local"]
                    + ("" if t["date_precision"] != "day" else " (day)"),
                }[k]
                rows["misses"].append(f"{k}: {t['path']} got={got!r} want={want!r}")
    rows["missing"] = sorted(u for u in truth if u not in arts)
    non_articles = sorted(u for u in arts if u not in truth)
    want_edges = {(base + t["path"], base + r) for t in truth.values() for r in t["related"]}
    want_edges = {e for e in want_edges if e[0] in arts}
    got_edges = {(src, dst) for src, dst, kind in links if kind == "related" and src in truth}
    hit = len(got_edges & want_edges)
    related_by_tpl: dict[str, dict[str, int]] = {}
    for src, dst in got_edges | want_edges:
        r = related_by_tpl.setdefault(truth[src]["template"], {"want": 0, "got": 0, "hit": 0})
        r["want"] += (src, dst) in want_edges
        r["got"] += (src, dst) in got_edges
        r["hit"] += (src, dst) in want_edges and (src, dst) in got_edges
    rows.update(
        n=n,
        found=len(found),
        title=title_ok / n,
        author=author_ok / n,
        correspondent=corr_ok / n,
        editor=editor_ok / n,
        date_local=date_ok / n,
        non_article_rows=non_articles,
        related_precision=hit / len(got_edges) if got_edges else 0.0,
        related_recall=hit / len(want_edges) if want_edges else 0.0,
        wrong_edges=sorted(got_edges - want_edges)[:10],
        missed_edges=sorted(want_edges - got_edges)[:10],
        kinds=sorted({k for _, _, k in links}),
        by_template={k: v for k, v in sorted(per_tpl.items())},
        by_template_columns=["n", "title", "author", "correspondent", "editor", "date"],
        related_by_template=dict(sorted(related_by_tpl.items())),
        fetched=len(fetched),
        crawl_seconds=round(seconds, 1),
        base=base,
        site=site,
    )
    report = {k: v for k, v in rows.items() if k not in ("site", "misses")}
    print("\nHELDOUT3", json.dumps(report, ensure_ascii=False, indent=1, default=str))
    print("MISSES\n" + "\n".join(rows["misses"][:120]))
    yield rows


def test_every_article_found(scored: dict[str, Any]) -> None:
    assert scored["found"] == scored["n"], scored["missing"]


def test_titles_exact(scored: dict[str, Any]) -> None:
    assert scored["title"] >= 0.98, scored["misses"]


def test_authors_exact(scored: dict[str, Any]) -> None:
    assert scored["author"] >= 0.95, scored["misses"]


def test_no_non_article_rows(scored: dict[str, Any]) -> None:
    assert scored["non_article_rows"] == []


def test_related_edges(scored: dict[str, Any]) -> None:
    assert scored["related_precision"] >= 0.97, scored["wrong_edges"]
    assert scored["related_recall"] >= 0.97, scored["missed_edges"]


def test_published_local_keeps_page_offset(scored: dict[str, Any]) -> None:
    assert scored["date_local"] >= 0.98, scored["misses"]


def test_site_shape() -> None:
    """The site itself, without a crawl: big real-looking article pages, distinct bodies."""
    site = Site3()
    sizes = [len((site.render(t["path"]) or (b"", ""))[0]) for t in site.truth()]
    assert len(sizes) == 60 and min(sizes) >= 20_000, min(sizes)
    assert len({t["title"] for t in site.truth()}) == 60
    assert {"/", "/roll/", "/zt/chunyun2024/", "/contact/", "/privacy/"} <= set(site.non_articles())
