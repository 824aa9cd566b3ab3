"""SQL of the archive commands: which articles have an archived response, and in-place updates
of fields that changed without the text changing (a text change goes through
``Repository.store_articles``, which keeps the old text as a version)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, Table, select, update

from newscrawl.db.models import Article
from newscrawl.db.repository import ArticleRecord

ARTICLES: Table = Article.__table__  # type: ignore[assignment]

#: Fields re-extraction may change without changing the text (compared one by one): the
#: record's columns but the text, its keys and where it came from.
FIELDS = tuple(
    f.name
    for f in fields(ArticleRecord)
    if f.name in ARTICLES.c
    and f.name
    not in {
        "canonical_url",
        "site",
        "title",
        "body",
        "content_hash",
        "fingerprint",
        "fetched_at",
        "warc_file",
        "warc_offset",
        "warc_record_id",
    }
)


def archived_articles(
    engine: Engine,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    batch: int = 500,
) -> Iterator[Any]:
    """Articles with a WARC pointer (id order), filtered by site and fetch date (UTC days,
    inclusive), read in batches by id so that memory stays flat."""
    cols = [
        ARTICLES.c.id,
        ARTICLES.c.canonical_url,
        ARTICLES.c.site,
        ARTICLES.c.title,
        ARTICLES.c.content_hash,
        ARTICLES.c.fetched_at,
        ARTICLES.c.warc_file,
        ARTICLES.c.warc_offset,
        ARTICLES.c.warc_record_id,
        *(ARTICLES.c[name] for name in FIELDS),
    ]
    stmt = select(*cols).where(ARTICLES.c.warc_file.is_not(None))
    if site:
        stmt = stmt.where(ARTICLES.c.site == site)
    if since:
        stmt = stmt.where(ARTICLES.c.fetched_at >= datetime.combine(since, time(), UTC))
    if until:
        end = datetime.combine(until + timedelta(days=1), time(), UTC)
        stmt = stmt.where(ARTICLES.c.fetched_at < end)
    last = 0
    while True:
        with engine.connect() as conn:
            rows = list(
                conn.execute(stmt.where(ARTICLES.c.id > last).order_by(ARTICLES.c.id).limit(batch))
            )
        if not rows:
            return
        yield from rows
        last = rows[-1].id


def update_fields(engine: Engine, changes: list[tuple[int, dict[str, Any]]]) -> None:
    """Set the given columns of each article (one transaction)."""
    if not changes:
        return
    with engine.begin() as conn:
        for article_id, values in changes:
            conn.execute(update(ARTICLES).where(ARTICLES.c.id == article_id).values(values))
