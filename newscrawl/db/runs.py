"""Crawl-run records (``crawl_runs``): opened, closed with the run's counts, aborted runs
marked, the newest read back for the summary. One transaction per function."""

from __future__ import annotations

import socket
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, update

from newscrawl.db.tables import RUNS


def last_run(engine: Engine) -> Any | None:
    """The newest ``crawl_runs`` row (attribute access by column name), or None."""
    with engine.connect() as conn:
        return conn.execute(select(RUNS).order_by(RUNS.c.id.desc()).limit(1)).first()


def start_run(
    engine: Engine,
    spider: str,
    site: str | None,
    started_at: datetime,
    job_id: str | None = None,
    worker: str | None = None,
) -> int:
    """A new run row; ``job_id``/``worker``: a fleet worker's job and name (newscrawl.fleet)."""
    with engine.begin() as conn:
        res = conn.execute(
            RUNS.insert().values(
                spider=spider,
                site=site,
                host=socket.gethostname()[:255],
                started_at=started_at,
                job_id=job_id,
                worker=worker,
                pages=0,
                articles_new=0,
                articles_seen=0,
                duplicates=0,
                dropped=0,
            )
        )
        return int(res.inserted_primary_key[0])  # type: ignore[index]


def mark_aborted(engine: Engine, site: str, before_id: int) -> int:
    """Runs of ``site`` on this machine that never recorded a finish (killed, crashed):
    ``aborted``. Only called by a run holding the site's lock (a lock of this machine: runs
    elsewhere, e.g. other workers of a fleet, are left alone), so none of them is alive."""
    with engine.begin() as conn:
        res = conn.execute(
            update(RUNS)
            .where(
                RUNS.c.site == site,
                RUNS.c.host == socket.gethostname()[:255],
                RUNS.c.id < before_id,
                RUNS.c.finished_at.is_(None),
                RUNS.c.status.is_(None),
            )
            .values(
                status="aborted",
                failure="the run died without recording its end (killed or crashed)",
            )
        )
        return int(res.rowcount or 0)


def finish_run(
    engine: Engine,
    run_id: int,
    reason: str,
    stats: Mapping[str, Any],
    status: str,
    failure: str | None,
    stats_json: str,
) -> None:
    """Close a crawl-run record: counts from the stats, ``status`` and why."""
    started = stats.get("start_time")
    now = datetime.now(UTC)
    duration = (now - started).total_seconds() if isinstance(started, datetime) else None

    def count(prefix: str) -> int:
        return sum(int(v) for k, v in stats.items() if k.startswith(prefix))

    with engine.begin() as conn:
        conn.execute(
            update(RUNS)
            .where(RUNS.c.id == run_id)
            .values(
                finished_at=now,
                finish_reason=reason,
                pages=int(stats.get("response_received_count", 0)),
                articles_new=int(stats.get("newscrawl/store/new", 0)),
                articles_seen=count("newscrawl/store/updated") + count("newscrawl/store/unchanged"),
                # pages that turned out to be an article already stored: same canonical URL
                # in this run, or the same text under another URL
                duplicates=int(stats.get("newscrawl/dedupe/duplicate_url", 0))
                + int(stats.get("newscrawl/dedupe/exact_duplicates", 0)),
                dropped=count("newscrawl/drop/"),
                articles_updated=int(stats.get("newscrawl/store/updated", 0)),
                http_errors=count("downloader/response_status_count/4")
                + count("downloader/response_status_count/5")
                + int(stats.get("downloader/exception_count", 0)),
                duration_s=duration,
                status=status,
                failure=failure,
                page_errors=page_errors(stats),
                quarantined=int(stats.get("newscrawl/store/quarantined", 0)),
                stats=stats_json,
            )
        )


def page_errors(stats: Mapping[str, Any]) -> int:
    """Pages whose callback raised (Scrapy counts them per exception class)."""
    return int(stats.get("spider_exceptions/count", 0))
