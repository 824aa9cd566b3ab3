"""Re-runs right after a full run, in every mode: ad hoc (`-a start_urls=`) and with a
profile, on a site that sends validators (ETag/Last-Modified) and on one that does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newscrawl.commands.crawl import lock_name
from newscrawl.db.models import Article, CrawlRun
from newscrawl.db.session import make_engine
from newscrawl.profiles import SITES_DIR, adhoc_profile, load_profile
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

N = 120


def runs(db: str) -> list[CrawlRun]:
    engine = make_engine(db)
    with Session(engine) as s:
        rows = list(s.scalars(select(CrawlRun).order_by(CrawlRun.id)))
        s.expunge_all()
    engine.dispose()
    return rows


def articles(db: str) -> int:
    engine = make_engine(db)
    with engine.connect() as conn:
        n = int(conn.execute(select(func.count()).select_from(Article)).scalar_one())
    engine.dispose()
    return n


@pytest.mark.parametrize(
    ("mode", "validators", "limit"),
    [
        ("adhoc", False, 0.05),
        ("adhoc", True, 0.02),
        ("profile", False, 0.05),
        ("sitemap-only", False, 0.05),
    ],
)
def test_a_rerun_at_once_costs_almost_nothing(
    tmp_path: Path, run_crawl: Any, mode: str, validators: bool, limit: float
) -> None:
    db = f"sqlite:///{tmp_path / 'rerun.db'}"
    requests = []
    with SiteServer(Site(n_articles=N), validators=validators) as server:
        profile = "demo"
        if mode == "sitemap-only":
            text = (SITES_DIR / "demo.toml").read_text(encoding="utf-8")
            text = text.replace('seeds = ["/"]', "seeds = []").replace('feeds = ["/rss.xml"]', "")
            (tmp_path / "sitemaps.toml").write_text(text, encoding="utf-8")
            profile = str(tmp_path / "sitemaps.toml")
        args = (
            [f"start_urls={server.url}/"]
            if mode == "adhoc"
            else [f"site={profile}", f"base_url={server.url}"]
        )
        for _ in range(2):
            before = len(server.request_log)
            proc = run_crawl(db, *args, settings={"NEWSCRAWL_LOCK_DIR": str(tmp_path)})
            assert proc.returncode == 0, proc.stderr[-3000:]
            requests.append(len(server.request_log) - before)
            if len(requests) == 1:
                stored = articles(db)
    _first, second = runs(db)
    assert stored >= N  # the first run found every article
    assert second.articles_new == 0 and articles(db) == stored
    assert second.status == "ok"
    assert requests[1] <= limit * requests[0], requests
    stats = json.loads(second.stats or "{}")
    assert any(k.startswith("newscrawl/incremental/") for k in stats), stats


def test_the_lock_is_named_like_the_site_its_runs_are_recorded_under(tmp_path: Path) -> None:
    (tmp_path / "other.toml").write_text('name = "renamed"\nbase_url = "http://h/"\n')
    assert lock_name({"site": "demo"}) == load_profile("demo").name == "demo"
    assert lock_name({"site": str(tmp_path / "other.toml")}) == "renamed"
    urls = "http://b.example:81/x,http://a.example/"
    assert lock_name({"start_urls": urls}) == adhoc_profile(urls.split(",")).name == "a.example"


def test_an_unreadable_crawl_state_stops_the_run_instead_of_a_full_recrawl(
    tmp_path: Path, run_crawl: Any
) -> None:
    """What made re-runs crawl everything again: a state read that failed was taken for "no
    state" (a first run). Here the state table is gone: the run must say so and stop."""
    from sqlalchemy import text

    from newscrawl.db.session import upgrade

    db = f"sqlite:///{tmp_path / 'broken.db'}"
    engine = make_engine(db)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE fetch_state"))
    engine.dispose()
    with SiteServer(Site(n_articles=20)) as server:
        proc = run_crawl(
            db,
            "site=demo",
            f"base_url={server.url}",
            settings={"NEWSCRAWL_LOCK_DIR": str(tmp_path)},
        )
        fetched = len(server.request_log)
    assert proc.returncode == 3, proc.stderr[-3000:]
    assert "cannot read the crawl state of 'demo'" in proc.stderr
    assert "no such table: fetch_state" in proc.stderr
    assert fetched == 0  # not a single page: no silent full re-crawl
    (run,) = runs(db)
    assert run.status == "failed" and run.finish_reason == "crawl_state_unreadable"
    assert json.loads(run.stats or "{}")["newscrawl/incremental/state_unreadable"] == 1


def test_revisits_follow_a_decaying_schedule() -> None:
    from datetime import UTC, datetime, timedelta

    from newscrawl.db.crawlstate import revisit_due

    pub = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    h = timedelta(hours=1)
    max_age, floor = timedelta(days=2), h

    def due(seen_after: timedelta, now_after: timedelta) -> bool:
        return revisit_due(pub, pub + seen_after, pub + now_after, max_age, floor)

    assert not due(0.2 * h, 1.1 * h)  # seen 12 min after publication: not before 1 h later
    assert due(0.2 * h, 1.3 * h)
    assert not due(20 * h, 29 * h)  # seen at 20 h of age: again 10 h later, not 9
    assert due(20 * h, 30.5 * h)
    assert not due(40 * h, 49 * h)  # older than two days: never again
    assert not revisit_due(None, pub, pub + 10 * h, max_age, floor)


def test_a_page_is_recorded_once_the_pages_it_led_to_are_done() -> None:
    from newscrawl.spiders.incremental import PageLedger

    ledger = PageLedger()
    ledger.page("L", ('"e1"', None), ["a1", "a2"])
    ledger.page("M", (None, None), [])
    assert ledger.take_ready() == {"M": (None, None)}
    ledger.resolve(["a1"])
    assert ledger.take_ready() == {}
    assert ledger.still_waiting() == {"L": {"a2"}}
    ledger.resolve(["a2", "unrelated"])
    assert ledger.take_ready() == {"L": ('"e1"', None)}
    # Nothing is kept once a page is handed over: the ledger stays flat over a long crawl.
    assert ledger.still_waiting() == {}
    assert (ledger._validators, ledger._waiters, ledger.ready) == ({}, {}, {})
