"""The export's queries: articles in id order from a server-side cursor, each batch's URLs, and
each article's story-cluster size (file formats are written by :mod:`newscrawl.export`)."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Select, case, func, select

from newscrawl.db.tables import ARTICLES, URLS


def iter_article_rows(
    engine: Engine,
    columns: Sequence[str],
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    fetch_size: int = 1_000,
    language: str | None = None,
) -> Generator[dict[str, Any]]:
    """Stream one dict per article: ``columns`` of the articles table (aware UTC datetimes),
    ``cluster_size`` (articles in its story cluster, 1 when it has none) and ``urls`` (every URL
    that reached it, first seen first), in id order.

    ``site`` keeps that site's articles; ``since``/``until`` keep articles published on those
    UTC dates or between them (inclusive; no publication date: left out when either is given);
    ``language`` keeps articles whose body is in that language.
    Articles come from a server-side cursor ``fetch_size`` rows at a time; each batch's URLs
    are looked up on a second connection (a streaming cursor keeps its own connection busy
    on MySQL/MariaDB). Close the iterator when stopping early, to release both connections.
    """
    stmt = _articles_query(columns, site, since, until)
    if language is not None:  # the body's language (``articles.language``, indexed)
        stmt = stmt.where(ARTICLES.c.language == language)
    with engine.connect() as conn, engine.connect() as lookup:
        result = conn.execution_options(stream_results=True, yield_per=fetch_size).execute(stmt)
        for batch in result.mappings().partitions():
            urls = _urls_of(lookup, [int(r["id"]) for r in batch])
            for r in batch:
                row = {name: r[name] for name in columns}
                row["cluster_size"] = int(r["cluster_size"])
                row["urls"] = urls[int(r["id"])]
                yield row


def _articles_query(
    columns: Sequence[str], site: str | None, since: date | None, until: date | None
) -> Select[Any]:
    a = ARTICLES
    same = ARTICLES.alias("same_cluster")
    members = (
        select(func.count())
        .select_from(same)
        .where(same.c.cluster_id == a.c.cluster_id)
        .scalar_subquery()
    )
    cluster_size = case((a.c.cluster_id.is_(None), 1), else_=members).label("cluster_size")
    selected = [a.c[name] for name in dict.fromkeys(["id", *columns])]
    stmt = select(*selected, cluster_size).order_by(a.c.id)
    if site is not None:
        stmt = stmt.where(a.c.site == site)
    if since is not None:
        stmt = stmt.where(a.c.published_at >= datetime.combine(since, time(), UTC))
    if until is not None and until < date.max:
        end = datetime.combine(until, time(), UTC) + timedelta(days=1)
        stmt = stmt.where(a.c.published_at < end)
    return stmt


def _urls_of(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    """article id → its URLs, first seen first, for one batch of articles."""
    found: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        rows = conn.execute(
            select(URLS.c.article_id, URLS.c.url)
            .where(URLS.c.article_id.in_(ids))
            .order_by(URLS.c.article_id, URLS.c.id)
        )
        for article_id, url in rows:
            found[int(article_id)].append(url)
    conn.rollback()  # read-only: hold no snapshot between batches
    return found
