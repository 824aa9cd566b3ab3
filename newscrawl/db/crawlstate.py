"""Crawl-state SQL: what the database knows of a site's crawling (stored article URLs, known
listing pages and their validators, articles due for a revisit) and the quarantine of rows
the database refused. One transaction per public function. (Crawl-run records: `db.runs`,
re-exported here.)"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, delete, func, select

from newscrawl.db.models import Article, ArticleUrl, FetchState, QuarantinedRow
from newscrawl.db.runs import finish_run, mark_aborted, page_errors, start_run
from newscrawl.db.tables import url_key

ARTICLES: Table = Article.__table__  # type: ignore[assignment]
URLS: Table = ArticleUrl.__table__  # type: ignore[assignment]
STATE: Table = FetchState.__table__  # type: ignore[assignment]
QUARANTINE: Table = QuarantinedRow.__table__  # type: ignore[assignment]

Validators = tuple[str | None, str | None]  #: (ETag, Last-Modified)

__all__ = [
    "SiteState",
    "Validators",
    "finish_run",
    "has_articles",
    "load_site_state",
    "mark_aborted",
    "page_errors",
    "quarantine",
    "quarantine_count",
    "revisit_due",
    "save_pages",
    "start_run",
]


@dataclass
class SiteState:
    """What a run starts from: the database's knowledge of one site."""

    known: dict[str, datetime] = field(default_factory=dict)  #: article URL key → last seen
    pages: dict[str, Validators] = field(default_factory=dict)  #: non-article page → validators
    revisits: list[str] = field(default_factory=list)  #: articles due for a revisit


def revisit_due(
    published: datetime | None,
    last_seen: datetime | None,
    now: datetime,
    max_age: timedelta,
    min_interval: timedelta,
) -> bool:
    """The decaying revisit schedule: an article younger than ``max_age`` is fetched again
    once the time since the last visit reaches half its age at that visit (at least
    ``min_interval``): after 1 h, then ~12 h later for a day-old article, never once older."""
    if published is None or last_seen is None or now - published > max_age:
        return False
    age_at_visit = max(last_seen - published, timedelta(0))
    return now - last_seen >= max(min_interval, age_at_visit / 2)


def load_site_state(
    engine: Engine,
    site: str,
    now: datetime,
    max_age: timedelta,
    min_interval: timedelta,
    revisit_max: int,
    stored_before: datetime | None = None,
) -> SiteState:
    """Everything a re-run needs, read in one transaction (raises on any database error).
    ``stored_before``: articles first stored later are not "known" (a fleet job's start: what
    the job itself stored must not stop the listings a joining worker walks again)."""
    state = SiteState()
    mine = ARTICLES.c.site == site
    if stored_before is not None:
        mine = mine & (ARTICLES.c.first_seen_at < stored_before)
    with engine.connect() as conn:
        rows = conn.execute(
            select(URLS.c.url_key, ARTICLES.c.last_seen_at)
            .join(ARTICLES, ARTICLES.c.id == URLS.c.article_id)
            .where(mine)
        )
        state.known = {r.url_key: r.last_seen_at for r in rows}
        # Articles stored before their URLs were: known by their own key too.
        for r in conn.execute(select(ARTICLES.c.url_key, ARTICLES.c.last_seen_at).where(mine)):
            state.known.setdefault(r.url_key, r.last_seen_at)
        rows = conn.execute(
            select(STATE.c.url, STATE.c.etag, STATE.c.last_modified).where(STATE.c.site == site)
        )
        state.pages = {r.url: (r.etag, r.last_modified) for r in rows}
        recent = conn.execute(
            select(ARTICLES.c.canonical_url, ARTICLES.c.published_at, ARTICLES.c.last_seen_at)
            .where(ARTICLES.c.site == site, ARTICLES.c.published_at >= now - max_age)
            .order_by(ARTICLES.c.published_at.desc())
        )
        due = [
            r
            for r in recent
            if revisit_due(r.published_at, r.last_seen_at, now, max_age, min_interval)
        ]
        due.sort(key=lambda r: r.last_seen_at)  # the longest unvisited first
        state.revisits = [r.canonical_url for r in due[:revisit_max]]
    return state


def save_pages(engine: Engine, site: str, pages: Mapping[str, Validators]) -> None:
    """Record non-article pages (seeds, listings, feeds, sitemaps) and their validators
    (both may be None: the page is still known as a listing)."""
    if not pages:
        return
    now = datetime.now(UTC)
    with engine.begin() as conn:
        keys = [url_key(u) for u in pages]
        for i in range(0, len(keys), 5000):
            conn.execute(delete(STATE).where(STATE.c.url_key.in_(keys[i : i + 5000])))
        conn.execute(
            STATE.insert(),
            [
                {
                    "url_key": url_key(u),
                    "url": u,
                    "site": site,
                    "etag": (etag or None) and etag[:300],
                    "last_modified": (modified or None) and modified[:100],
                    "checked_at": now,
                }
                for u, (etag, modified) in pages.items()
            ],
        )


def has_articles(engine: Engine, site: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(select(ARTICLES.c.id).where(ARTICLES.c.site == site).limit(1))
        return row.first() is not None


# -- quarantine ------------------------------------------------------------------------------
def quarantine(
    engine: Engine,
    rows: Iterable[tuple[str | None, str | None, dict[str, Any], str]],
    run_id: int | None,
) -> int:
    """Keep ``(site, url, row, error)`` rows the database refused; returns how many."""
    now = datetime.now(UTC)
    values = [
        {
            "run_id": run_id,
            "site": (site or "")[:100] or None,
            "url": _ascii(url) if url else None,
            # ASCII JSON: NUL and lone surrogates are escaped, so this row itself always fits
            "row": json.dumps(row, default=str, ensure_ascii=True, sort_keys=True),
            "error": _ascii(error)[:4000],
            "created_at": now,
        }
        for site, url, row, error in rows
    ]
    if not values:
        return 0
    with engine.begin() as conn:
        conn.execute(QUARANTINE.insert(), values)
    return len(values)


def quarantine_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(QUARANTINE)).scalar_one())


def _ascii(text: str) -> str:
    return text.encode("ascii", "backslashreplace").decode("ascii")
