"""All SQL lives here: batched, transactional upserts of articles, their URLs and links,
and crawl-run records. Works on SQLite, PostgreSQL and MySQL/MariaDB."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Insert, Table, func, select, update

from newscrawl.db.models import Article, ArticleLink, ArticleUrl, CrawlRun

# Core table handles (the ORM classes' __table__ is typed as FromClause).
ARTICLES: Table = Article.__table__  # type: ignore[assignment]
URLS: Table = ArticleUrl.__table__  # type: ignore[assignment]
LINKS: Table = ArticleLink.__table__  # type: ignore[assignment]
RUNS: Table = CrawlRun.__table__  # type: ignore[assignment]


def url_key(url: str) -> str:
    """The indexed key of a URL (URLs can be longer than an index allows)."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


@dataclass
class ArticleRecord:
    """What the storage pipeline hands over: one cleaned, deduplicated article."""

    canonical_url: str
    site: str
    title: str
    body: str
    content_hash: str
    fetched_at: datetime
    author: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    published_raw: str | None = None
    modified_at: datetime | None = None
    modified_raw: str | None = None
    language: str | None = None
    description: str | None = None
    image_url: str | None = None
    section: str | None = None
    tags: list[str] | None = None
    publisher: str | None = None
    encoding: str | None = None
    urls: Sequence[str] = ()
    links: Sequence[tuple[str, str, str]] = ()  #: (canonical target url, anchor, kind)


#: Article columns that come straight from a record (the rest are computed here).
_RECORD_COLUMNS = tuple(f.name for f in fields(ArticleRecord) if f.name in Article.__table__.c)


@dataclass
class StoreResult:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    urls: int = 0
    links: int = 0
    ids: dict[str, int] = field(default_factory=dict)  #: canonical URL → article id


def _insert(conn: Connection, table: Table) -> Insert:
    """The dialect's own INSERT construct (each has its ON CONFLICT / ON DUPLICATE variant)."""
    from sqlalchemy.dialects import mysql, postgresql, sqlite

    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name in ("mysql", "mariadb"):
        return mysql.insert(table)
    return sqlite.insert(table)


def _insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT DO NOTHING, portable; returns rows actually inserted."""
    if not rows:
        return 0
    stmt: Any = _insert(conn, table).values(rows)
    if conn.dialect.name in ("mysql", "mariadb"):
        return int(conn.execute(stmt.prefix_with("IGNORE")).rowcount)
    # rowcount of a multi-row insert is unreliable on psycopg; count what RETURNING returns.
    stmt = stmt.on_conflict_do_nothing().returning(table.c.id)
    return len(conn.execute(stmt).all())


class Repository:
    """The only place that talks SQL. Every public method is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def store_articles(self, records: Iterable[ArticleRecord]) -> StoreResult:
        """Insert new articles, refresh seen ones, attach URLs and links — all or nothing."""
        records = list({r.canonical_url: r for r in records}.values())
        result = StoreResult()
        if not records:
            return result
        keys = {url_key(r.canonical_url): r for r in records}
        with self.engine.begin() as conn:
            existing = {
                row.url_key: row
                for row in conn.execute(
                    select(ARTICLES.c.id, ARTICLES.c.url_key, ARTICLES.c.content_hash).where(
                        ARTICLES.c.url_key.in_(keys)
                    )
                )
            }
            new_rows = [self._article_row(r, key) for key, r in keys.items() if key not in existing]
            result.new = _insert_ignore(conn, ARTICLES, new_rows)
            for key, r in keys.items():
                row = existing.get(key)
                if row is None:
                    continue
                values: dict[str, Any] = {"last_seen_at": r.fetched_at}
                if row.content_hash != r.content_hash:
                    values.update(self._article_row(r, key, first_seen=False))
                    result.updated += 1
                else:
                    result.unchanged += 1
                conn.execute(update(ARTICLES).where(ARTICLES.c.id == row.id).values(values))
            ids = {
                row.url_key: row.id
                for row in conn.execute(
                    select(ARTICLES.c.id, ARTICLES.c.url_key).where(ARTICLES.c.url_key.in_(keys))
                )
            }
            result.ids = {keys[k].canonical_url: i for k, i in ids.items()}
            url_rows = [
                {
                    "url_key": url_key(u),
                    "url": u,
                    "article_id": ids[k],
                    "first_seen_at": r.fetched_at,
                }
                for k, r in keys.items()
                for u in dict.fromkeys([r.canonical_url, *r.urls])
            ]
            result.urls = _insert_ignore(
                conn,
                URLS,
                list({u["url_key"]: u for u in url_rows}.values()),
            )
            link_rows = list(
                {
                    (ids[k], url_key(u), kind): {
                        "article_id": ids[k],
                        "target_key": url_key(u),
                        "target_url": u,
                        "kind": kind,
                        "anchor": anchor,
                    }
                    for k, r in keys.items()
                    for u, anchor, kind in r.links
                }.values()
            )
            result.links = _insert_ignore(conn, LINKS, link_rows)
            self._resolve_links(conn)
        return result

    @staticmethod
    def _article_row(r: ArticleRecord, key: str, first_seen: bool = True) -> dict[str, Any]:
        row: dict[str, Any] = {name: getattr(r, name) for name in _RECORD_COLUMNS}
        row.update(url_key=key, last_seen_at=r.fetched_at)
        if first_seen:
            row["first_seen_at"] = r.fetched_at
        return row

    @staticmethod
    def _resolve_links(conn: Connection) -> None:
        """Point unresolved links at articles that are now stored under the target URL."""
        target = (
            select(URLS.c.article_id).where(URLS.c.url_key == LINKS.c.target_key).scalar_subquery()
        )
        conn.execute(
            update(LINKS)
            .where(LINKS.c.target_article_id.is_(None))
            .where(LINKS.c.target_key.in_(select(URLS.c.url_key)))
            .values(target_article_id=target)
        )

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of ``urls`` already stored as some article's URL."""
        by_key = {url_key(u): u for u in urls}
        table = URLS
        with self.engine.connect() as conn:
            rows = conn.execute(select(table.c.url_key).where(table.c.url_key.in_(by_key)))
            return {by_key[r.url_key] for r in rows}

    def start_run(self, spider: str, site: str | None, started_at: datetime) -> int:
        table = RUNS
        with self.engine.begin() as conn:
            res = conn.execute(
                table.insert().values(
                    spider=spider,
                    site=site,
                    started_at=started_at,
                    pages=0,
                    articles_new=0,
                    articles_seen=0,
                    duplicates=0,
                    dropped=0,
                )
            )
            return int(res.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, reason: str, stats: dict[str, Any]) -> None:
        table = RUNS

        def count(prefix: str) -> int:
            return sum(int(v) for k, v in stats.items() if k.startswith(prefix))

        with self.engine.begin() as conn:
            conn.execute(
                update(table)
                .where(table.c.id == run_id)
                .values(
                    finished_at=datetime.now(UTC),
                    finish_reason=reason,
                    pages=int(stats.get("response_received_count", 0)),
                    articles_new=int(stats.get("newscrawl/store/new", 0)),
                    articles_seen=count("newscrawl/store/updated")
                    + count("newscrawl/store/unchanged"),
                    duplicates=int(stats.get("newscrawl/dedupe/duplicate_url", 0)),
                    dropped=count("newscrawl/drop/"),
                    stats=json.dumps(stats, default=str, sort_keys=True),
                )
            )

    def counts(self) -> dict[str, int]:
        """Row counts for the end-of-run summary."""
        with self.engine.connect() as conn:
            return {
                name: int(
                    conn.execute(select(func.count()).select_from(model.__table__)).scalar_one()
                )
                for name, model in (
                    ("articles", Article),
                    ("urls", ArticleUrl),
                    ("links", ArticleLink),
                    ("runs", CrawlRun),
                )
            }
