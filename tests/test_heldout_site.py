"""Held-out e2e check: crawl an independent local site ad hoc (``-a start_urls=``) and score it.

The site (tests/heldout_site) shares nothing with ``newscrawl.testsite``; its ground truth is what
a reader of each page would say. Thresholds are issue 10's "unseen templated site" criterion.
Run with ``-s`` to see the figures: ``pytest -q -s tests/test_heldout_site.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from heldout_site.generator import HeldoutSite
from heldout_site.server import HeldoutServer
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink
from newscrawl.db.session import make_engine


def _names(value: str | None) -> list[str]:
    return sorted(x.strip() for x in (value or "").split(",") if x.strip())


def _local_ok(got: str | None, want: str) -> bool:
    """Same wall time and the page's +08:00 offset (not only the same instant)."""
    if not got:
        return False
    try:
        g = datetime.fromisoformat(got)
    except ValueError:
        return False
    w = datetime.fromisoformat(want)
    return g.utcoffset() == timedelta(hours=8) and g.replace(tzinfo=None) == w.replace(tzinfo=None)


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory, run_crawl: Any) -> Iterator[dict[str, Any]]:
    site = HeldoutSite()
    db = f"sqlite:///{tmp_path_factory.mktemp('heldout') / 'crawl.db'}"
    with HeldoutServer(site) as server:
        proc = run_crawl(db, f"start_urls={server.url}/")
        fetched = set(server.requests)
    assert proc.returncode == 0, proc.stderr[-3000:]
    base = server.url
    truth = {base + t["path"]: t for t in site.truth()}  # type: ignore[operator]
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
            "date": _local_ok(a.published_local, t["published_local"]),
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
                    "date": t["published_local"],
                }[k]
                rows["misses"].append(f"{k}: {t['path']} got={got!r} want={want!r}")
    rows["missing"] = sorted(u for u in truth if u not in arts)
    non_articles = sorted(u for u in arts if u not in truth)
    want_edges = {(base + t["path"], base + r) for t in truth.values() for r in t["related"]}
    want_edges = {e for e in want_edges if e[0] in arts}
    got_edges = {(src, dst) for src, dst, kind in links if kind == "related" and src in truth}
    hit = len(got_edges & want_edges)
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
        kinds=sorted({k for _, _, k in links}),
        by_template={k: v for k, v in sorted(per_tpl.items())},
        fetched=len(fetched),
        base=base,
        site=site,
    )
    report = {k: v for k, v in rows.items() if k not in ("site", "misses")}
    print("\nHELDOUT", json.dumps(report, ensure_ascii=False, indent=1, default=str))
    print("MISSES\n" + "\n".join(rows["misses"][:80]))
    yield rows


def test_every_article_found(scored: dict[str, Any]) -> None:
    assert scored["found"] == scored["n"]


def test_titles_exact(scored: dict[str, Any]) -> None:
    assert scored["title"] >= 0.98, scored["misses"]


def test_authors_exact(scored: dict[str, Any]) -> None:
    assert scored["author"] >= 0.95, scored["misses"]


def test_no_non_article_rows(scored: dict[str, Any]) -> None:
    assert scored["non_article_rows"] == []


def test_related_edges(scored: dict[str, Any]) -> None:
    assert scored["related_precision"] >= 0.97, scored["wrong_edges"]
    assert scored["related_recall"] >= 0.97


def test_published_local_keeps_page_offset(scored: dict[str, Any]) -> None:
    assert scored["date_local"] >= 0.98, scored["misses"]


def test_extract_prints_page_offset(scored: dict[str, Any], tmp_path: Any) -> None:
    """``newscrawl extract`` on a saved page prints the local time with +08:00."""
    site: HeldoutSite = scored["site"]
    art = next(a for a in site.arts if a.tpl == "qx" and a.when.hour < 8)  # UTC day differs
    body, _ = site.render(art.path) or (b"", "")
    page = tmp_path / "page.htm"
    page.write_bytes(body)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "newscrawl.cli",
            "extract",
            str(page),
            "--url",
            scored["base"] + art.path,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert art.when.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00" in out.stdout, out.stdout[:2000]
