"""Fleet crawling on scrapy-redis: real Redis and PostgreSQL (CI=true fails without them).

Two workers on one Redis frontier and one PostgreSQL database leave the database a single
worker leaves; a worker killed with SIGKILL mid-crawl loses nothing and duplicates nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CI, POSTGRES_URL, ROOT, _server_db
from routeserver import RouteServer, html
from snapshot import snapshot
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_split_stories import PARTS, story_page

from newscrawl.db.models import Article, CrawlRun
from newscrawl.db.session import make_engine
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

REDIS_URL = os.environ.get("NEWSCRAWL_TEST_REDIS", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A unique key prefix on the real Redis; every key under it is deleted afterwards."""
    from redis import Redis

    server = Redis.from_url(REDIS_URL)
    try:
        server.ping()
    except Exception as exc:
        if CI:
            pytest.fail(f"Redis is required under CI=true but unreachable: {exc}")
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    prefix = f"nc_test_{uuid.uuid4().hex[:10]}"
    try:
        yield prefix
    finally:
        keys = list(server.scan_iter(f"{prefix}:*"))
        if keys:
            server.delete(*keys)
        server.close()


@pytest.fixture
def pg() -> Iterator[Any]:
    """Fresh PostgreSQL databases on demand."""
    made: list[Iterator[str]] = []

    def new() -> str:
        gen = _server_db(POSTGRES_URL, "PostgreSQL")
        made.append(gen)
        return next(gen)

    yield new
    for gen in made:
        for _ in gen:  # runs the generator's cleanup (DROP DATABASE)
            pass


def worker(
    db: str, base: str, prefix: str, tmp: Path, name: str, site: str = "demo", **settings: str
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": "newscrawl.settings",
        "NEWSCRAWL_DATABASE_URL": db,
        "NEWSCRAWL_REDIS_URL": REDIS_URL,
    }
    sets = {
        "NEWSCRAWL_SCHEDULER": "redis",
        "NEWSCRAWL_REDIS_PREFIX": prefix,
        "NEWSCRAWL_IDLE_EXIT": "3",
        "NEWSCRAWL_SPOOL_DIR": str(tmp / f"spool-{name}"),
        "LOG_FILE": str(tmp / f"{name}.log"),
        **settings,
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={site}"]
    cmd += ["-a", f"base_url={base}"]
    cmd += [x for k, v in sets.items() for x in ("-s", f"{k}={v}")]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, text=True, stderr=subprocess.PIPE)


def enqueue(base: str, prefix: str, site: str = "demo") -> str:
    cmd = [sys.executable, "-m", "newscrawl.cli", "enqueue", site, "--base-url", base]
    proc = subprocess.run(
        [*cmd, "--redis", REDIS_URL, "--prefix", prefix],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def runs(db: str) -> list[CrawlRun]:
    engine = make_engine(db)
    try:
        with Session(engine) as s:
            return list(s.scalars(select(CrawlRun)))
    finally:
        engine.dispose()


def article_fetches(log: list[str], base: str) -> Counter[str]:
    """Requests per article URL (as the demo profile classifies them)."""
    from newscrawl.profiles import load_profile

    profile = load_profile("demo", base)
    urls = (profile.canonicalize(base + path) for path in log)
    return Counter(u for u in urls if profile.classify(u) == "article")


def single(run_crawl: Any, db: str, base: str, tmp: Path) -> None:
    proc = run_crawl(
        db, "site=demo", f"base_url={base}", settings={"NEWSCRAWL_LOCK_DIR": str(tmp / "l")}
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_two_workers_leave_the_database_one_worker_leaves(
    tmp_path: Path, run_crawl: Any, redis_prefix: str, pg: Any
) -> None:
    site = Site(n_articles=80, seed=5)
    one, fleet = pg(), pg()
    with SiteServer(site) as server:
        single(run_crawl, one, server.url, tmp_path)
        mark = len(server.request_log)
        out = enqueue(server.url, redis_prefix)
        assert "new job" in out
        # Paced (>= 0.1 s between requests, about 10 s for the site alone): a worker slow to
        # start on a loaded machine still finds the queue full, so "both did work" can hold.
        workers = [
            worker(fleet, server.url, redis_prefix, tmp_path, f"w{i}", DOWNLOAD_DELAY="0.1")
            for i in (1, 2)
        ]
        for i, w in enumerate(workers, 1):
            _, err = w.communicate(timeout=300)
            log = (tmp_path / f"w{i}.log").read_text(errors="replace")  # LOG_FILE: not stderr
            assert w.returncode == 0, (err + log)[-3000:]
        fleet_log = server.request_log[mark:]
    expected, got = snapshot(one), snapshot(fleet)
    assert expected.articles >= 80
    assert got.duplicate_urls == expected.duplicate_urls == 0
    assert got.articles == expected.articles
    assert got.groups == expected.groups
    assert got.clusters == expected.clusters
    assert got.texts == expected.texts
    assert got.links == expected.links
    # The Redis seen-set is shared: no article page was fetched twice across the workers.
    fetched = article_fetches(fleet_log, server.url)
    assert len(fetched) >= 80 and max(fetched.values()) == 1
    # One run record per worker, both on the same job, and both did work.
    records = runs(fleet)
    assert len(records) == 2 and len({r.job_id for r in records}) == 1
    assert records[0].job_id and len({r.worker for r in records}) == 2
    assert all(r.pages > 5 and r.status == "ok" for r in records), [
        (r.pages, r.status, r.failure) for r in records
    ]


def test_killed_worker_loses_nothing(
    tmp_path: Path, run_crawl: Any, redis_prefix: str, pg: Any
) -> None:
    site = Site(n_articles=150, seed=6)
    one, fleet = pg(), pg()
    with SiteServer(site) as server:
        single(run_crawl, one, server.url, tmp_path)
        mark = len(server.request_log)
        enqueue(server.url, redis_prefix)
        # Small batches: when the kill comes some articles are committed, some are buffered.
        opts = {"NEWSCRAWL_DB_BATCH_SIZE": "10", "NEWSCRAWL_WORKER_TTL": "3"}
        victim = worker(fleet, server.url, redis_prefix, tmp_path, "victim", **opts)
        deadline = time.monotonic() + 120
        while len(server.request_log) - mark < 60 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert victim.poll() is None, "the crawl ended before the kill"
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        stored_at_kill = snapshot(fleet).articles
        survivor = worker(fleet, server.url, redis_prefix, tmp_path, "survivor", **opts)
        _, err = survivor.communicate(timeout=300)
        assert survivor.returncode == 0, err[-3000:]
    expected, got = snapshot(one), snapshot(fleet)
    assert stored_at_kill < expected.articles  # the kill did come mid-crawl
    assert got.duplicate_urls == 0
    assert got.articles == expected.articles  # 0 lost, 0 duplicated
    assert got.groups == expected.groups
    assert got.clusters == expected.clusters
    records = {r.worker: r for r in runs(fleet)}
    assert len(records) == 2
    survivor_run = next(r for r in records.values() if r.finished_at is not None)
    stats = json.loads(survivor_run.stats or "{}")
    assert stats.get("newscrawl/fleet/requeued", 0) > 0  # the victim's in-flight requests


def test_a_fleet_worker_asks_again_where_a_single_crawl_does(
    tmp_path: Path, redis_prefix: str, pg: Any
) -> None:
    """The fleet's dupefilter (Redis) fingerprints a request by its canonical URL, so the two
    requests the spider makes for a URL it has already asked for must pass it: a split
    story's later pages (``t1_1.html`` under the story's canonical) and a gone canonical URL's
    retry as linked (``/dir/`` 404, then ``/dir/index.html``). A worker of a site profile
    with no patterns (pages classified by content, as ad hoc) stores the whole story and the
    story only the retried list leads to."""
    story = "<h1>临江市推进老旧小区改造惠及三万余户</h1><div class='info'>2024-05-02 09:30</div>"
    story += "".join(f"<p>{PARTS[n % 3]}（{n}）</p>" for n in range(4))
    routes = {
        "/": html(
            '<a href="/a/t1.html">城市更新</a><a href="/dir/index.html">繁體版</a>'
            '<a href="/x">x</a>'
        ),
        "/dir/index.html": html(
            '<ul><li><a href="/dir/2024/story1.html">临江市推进老旧小区改造</a></li></ul>'
        ),
        "/dir/2024/story1.html": html(story),
        **{f"/a/{n}": story_page(i) for i, n in enumerate(["t1.html", "t1_1.html", "t1_2.html"])},
    }
    db = pg()
    with RouteServer(routes) as server:
        profile = tmp_path / "paths.toml"
        profile.write_text(f'name = "paths"\nbase_url = "{server.url}"\nseeds = ["/"]\n')
        enqueue(server.url, redis_prefix, str(profile))
        w = worker(db, server.url, redis_prefix, tmp_path, "w", site=str(profile))
        _, err = w.communicate(timeout=300)
        log = (tmp_path / "w.log").read_text(errors="replace")
        assert w.returncode == 0, (err + log)[-3000:]
        asked = list(server.log)
    for path in ("/a/t1_1.html", "/a/t1_2.html", "/dir/", "/dir/index.html"):
        assert asked.count(path) == 1, (path, asked)
    engine = make_engine(db)
    with Session(engine) as s:
        rows = {
            a.canonical_url.removeprefix(server.url): a.body for a in s.scalars(select(Article))
        }
    engine.dispose()
    assert sorted(rows) == ["/a/t1.html", "/dir/2024/story1.html"], (sorted(rows), log[-3000:])
    assert all(part[:20] in rows["/a/t1.html"] for part in PARTS)
