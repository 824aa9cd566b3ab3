"""Cron-ready runs, end to end against the local site: incremental re-crawls, kill -9,
overlapping runs, a database that goes away mid-run, and the site's fault routes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import POSTGRES_URL, ROOT, _server_db
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from tcpproxy import TcpProxy

from newscrawl.db.models import Article, CrawlRun
from newscrawl.db.session import make_engine, upgrade
from newscrawl.profiles import SITES_DIR
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

N = 300  # articles: enough that a re-run's few validator requests are a small share


def env(db: str) -> dict[str, str]:
    return {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
        "NEWSCRAWL_DATABASE_URL": db,
    }


def crawl_cmd(base: str, *extra: str, lock_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "news",
        "-a",
        "site=demo",
        "-a",
        f"base_url={base}",
        "-s",
        f"NEWSCRAWL_LOCK_DIR={lock_dir}",
        *extra,
    ]


def stored(db: str) -> dict[str, int]:
    """canonical path → number of article rows (must be 1 each)."""
    engine = make_engine(db)
    with Session(engine) as s:
        rows = s.execute(
            select(Article.canonical_url, func.count()).group_by(Article.canonical_url)
        ).all()
    engine.dispose()
    return {url.split("/", 3)[3]: n for url, n in rows}


def last_run(db: str) -> CrawlRun:
    engine = make_engine(db)
    with Session(engine) as s:
        run = s.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(1)).one()
        s.expunge(run)
    engine.dispose()
    return run


def truth_paths(site: Site) -> set[str]:
    return {str(t["canonical_url"]).lstrip("/") for t in site.truth()}


def test_second_run_is_cheap_and_new_articles_are_exact(tmp_path: Path, run_crawl: Any) -> None:
    db = f"sqlite:///{tmp_path / 'cron.db'}"
    port = 0
    counts = []
    for n in (N, N, N + 10):
        with SiteServer(Site(n_articles=n), port=port) as server:
            port = int(server.url.rsplit(":", 1)[1])
            proc = run_crawl(
                db,
                "site=demo",
                f"base_url={server.url}",
                settings={"NEWSCRAWL_LOCK_DIR": str(tmp_path)},
            )
            assert proc.returncode == 0, proc.stderr[-2000:]
            counts.append((len(server.request_log), last_run(db), stored(db)))
    (first_requests, _first, after_first), (second_requests, second, _), (_, third, after) = counts
    assert set(after_first) == truth_paths(Site(n_articles=N))
    assert second_requests <= 0.05 * first_requests, (second_requests, first_requests)
    assert second.articles_new == 0 and second.status == "ok"
    assert third.articles_new == 10
    assert set(after) == truth_paths(Site(n_articles=N + 10))
    assert set(after.values()) == {1}


def test_kill_9_at_random_moments_then_one_full_run(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kill.db'}"
    rng = random.Random(7)
    site = Site(n_articles=N)
    with SiteServer(site) as server:
        for _ in range(5):
            before = len(server.request_log)
            proc = subprocess.Popen(
                crawl_cmd(server.url, lock_dir=tmp_path),
                cwd=ROOT,
                env=env(db),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            # A random moment of the run itself (start-up time varies with the machine's load).
            deadline = time.monotonic() + 60
            while len(server.request_log) == before and proc.poll() is None:
                assert time.monotonic() < deadline, "the run never started"
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 3.0))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        done = subprocess.run(
            crawl_cmd(server.url, lock_dir=tmp_path),
            cwd=ROOT,
            env=env(db),
            capture_output=True,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = stored(db)
    assert set(rows) == truth_paths(site)
    assert set(rows.values()) == {1}
    # Every killed run that got as far as recording itself is marked aborted, not left blank.
    engine = make_engine(db)
    with Session(engine) as s:
        statuses = [r.status for r in s.scalars(select(CrawlRun).order_by(CrawlRun.id))]
    engine.dispose()
    assert statuses == ["aborted"] * 5 + ["ok"], statuses


def test_an_overlapping_run_gives_way_at_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'lock.db'}"
    with SiteServer(Site(n_articles=N)) as server:
        slow = crawl_cmd(
            server.url,
            "-s",
            "DOWNLOAD_DELAY=0.2",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "CONCURRENT_REQUESTS=1",
            lock_dir=tmp_path,
        )
        first = subprocess.Popen(
            slow, cwd=ROOT, env=env(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            lock = tmp_path / "demo.lock"
            deadline = time.monotonic() + 30
            while not (lock.exists() and lock.read_text().strip()):
                assert time.monotonic() < deadline, "the first run never took its lock"
                time.sleep(0.05)
            time.sleep(0.5)
            t0 = time.perf_counter()
            second = subprocess.run(
                crawl_cmd(server.url, lock_dir=tmp_path),
                cwd=ROOT,
                env=env(db),
                capture_output=True,
                text=True,
                check=False,
            )
            elapsed = time.perf_counter() - t0
            first_still_running = first.poll() is None
        finally:
            first.kill()
            first.wait()
    assert second.returncode == 75
    assert "another crawl of 'demo' is running" in second.stderr
    # It gave way without waiting for the first run: that one was still crawling when the
    # second had already exited. (How fast it gives way is process start-up, a benchmark
    # figure, not a unit-test threshold that a loaded machine can break.)
    assert first_still_running
    assert elapsed < 15, elapsed


def test_database_lost_mid_run_is_spooled_and_stored_next_run(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """PostgreSQL behind a proxy whose plug is pulled in the middle of a crawl."""
    gen = _server_db(POSTGRES_URL, "PostgreSQL")
    direct = next(gen)
    request.addfinalizer(lambda: next(gen, None))
    upgrade(make_engine(direct))
    target = make_engine(direct).url
    proxy = TcpProxy((target.host or "127.0.0.1", target.port or 5432)).start()
    via_proxy = target.set(port=proxy.port).render_as_string(hide_password=False)
    site = Site(n_articles=N)
    with SiteServer(site) as server:
        slow = crawl_cmd(
            server.url,
            "-s",
            "NEWSCRAWL_DB_BATCH_SIZE=10",
            "-s",
            "CONCURRENT_REQUESTS=2",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "DOWNLOAD_DELAY=0.03",
            "-s",
            f"NEWSCRAWL_SPOOL_DIR={tmp_path / 'spool'}",
            lock_dir=tmp_path,
        )
        run = subprocess.Popen(
            slow,
            cwd=ROOT,
            env=env(via_proxy),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Pull the plug once the run has stored its first batch (not after a fixed time: on a
        # loaded machine the run may not even have started).
        watch = make_engine(direct)
        deadline = time.monotonic() + 120
        while True:
            with watch.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM articles")).scalar_one():
                    break
            assert time.monotonic() < deadline and run.poll() is None, "nothing stored"
            time.sleep(0.1)
        watch.dispose()
        proxy.stop()  # the database server "went away"
        _, err = run.communicate(timeout=300)
        assert run.returncode == 3, err[-2000:]  # a failed run, said so by the exit status
        spooled = list((tmp_path / "spool" / "demo").glob("spool-*.jsonl"))
        assert spooled, "nothing was spooled"
        in_spool = sum(
            1 for f in spooled for line in f.read_text().splitlines() if '"record"' in line
        )
        assert "database unreachable" in err
        proxy = TcpProxy(proxy.target, port=proxy.port).start()  # it is back
        again = subprocess.run(
            slow, cwd=ROOT, env=env(via_proxy), capture_output=True, text=True, check=False
        )
    proxy.stop()
    assert again.returncode == 0, again.stderr[-2000:]
    assert not list((tmp_path / "spool").glob("**/spool-*.jsonl"))
    replayed = json.loads(last_run(direct).stats or "{}")["newscrawl/store/replayed"]
    assert replayed == in_spool  # replayed once, all of it
    engine = make_engine(direct)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT canonical_url, count(*) FROM articles GROUP BY 1")).all()
    engine.dispose()
    got = {url.split("/", 3)[3]: n for url, n in rows}
    assert set(got) == truth_paths(site) and set(got.values()) == {1}


def test_fault_routes(tmp_path: Path, run_crawl: Any) -> None:
    profile = (SITES_DIR / "demo.toml").read_text(encoding="utf-8")
    profile = profile.replace("listing_patterns = [", "listing_patterns = ['^/faults/', ")
    profile = profile.replace("listing_budget = 500", "listing_budget = 20")
    (tmp_path / "faulty.toml").write_text(profile, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'faults.db'}"
    site = Site(n_articles=60, faults=True, slow_seconds=3.0)
    with SiteServer(site) as server:
        proc = run_crawl(
            db,
            f"site={tmp_path / 'faulty.toml'}",
            f"base_url={server.url}",
            settings={
                "NEWSCRAWL_LOCK_DIR": str(tmp_path),
                "DOWNLOAD_TIMEOUT": "1",
                "RETRY_TIMES": "2",
                "NEWSCRAWL_RETRY_BACKOFF": "0.2",
                "DOWNLOAD_MAXSIZE": str(1024 * 1024),
            },
        )
        counts = server.request_counts(with_query=False)
        log = list(server.request_log)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert counts["/faults/flaky.htm"] == 2  # 503 once, retried after a back-off, then 200
    assert counts["/faults/slow.htm"] == 3  # timed out, retried twice, given up
    assert counts["/faults/loop-a.htm"] + counts["/faults/loop-b.htm"] <= 12  # loop cut short
    calendar = [p for p in log if p.startswith("/faults/calendar/")]
    assert 0 < len(calendar) <= 20  # the configured budget
    assert counts["/faults/session.htm"] <= 2  # session IDs canonicalised away
    assert len([p for p in log if p.startswith("/faults/deep/")]) <= 12  # path depth bound
    assert counts["/faults/big.htm"] >= 1 and counts["/faults/truncated.htm"] == 3
    assert not [p for p in log if p.startswith("/private/")]
    assert set(stored(db)) == truth_paths(site)  # the faults cost nothing real
    stats = json.loads(last_run(db).stats or "{}")
    assert stats.get("newscrawl/trap/listing_budget", 0) > 0


def test_robots_crawl_delay_is_honoured(tmp_path: Path, run_crawl: Any) -> None:
    db = f"sqlite:///{tmp_path / 'delay.db'}"
    with SiteServer(Site(n_articles=6, crawl_delay=0.4)) as server:
        t0 = time.perf_counter()
        proc = run_crawl(
            db,
            "site=demo",
            f"base_url={server.url}",
            settings={
                "NEWSCRAWL_LOCK_DIR": str(tmp_path),
                "NEWSCRAWL_LOG_FILE": str(tmp_path / "logs" / "crawl.log"),
            },
        )
        elapsed = time.perf_counter() - t0
        requests = len(server.request_log)
    assert proc.returncode == 0, proc.stderr[-2000:]
    stats = json.loads(last_run(db).stats or "{}")
    assert stats["newscrawl/robots/crawl_delay"] == 0.4
    # robots.txt comes first; every later request to the host waits the delay
    assert elapsed >= 0.4 * (requests - 2), (elapsed, requests)
    # NEWSCRAWL_LOG_FILE: the run's log, summary included, also went to the file
    assert "ok (finished)" in (tmp_path / "logs" / "crawl.log").read_text(encoding="utf-8")
