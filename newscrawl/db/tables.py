"""Core table handles and the portable bulk-SQL helpers the db modules share (no business rules)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Insert, Table, select

from newscrawl.db.models import (
    Article,
    ArticleLink,
    ArticleSignature,
    ArticleUrl,
    ArticleVersion,
    CrawlRun,
    FetchState,
    Fingerprint,
    LshBand,
)

# Core table handles (the ORM classes' __table__ is typed as FromClause).
ARTICLES: Table = Article.__table__  # type: ignore[assignment]
URLS: Table = ArticleUrl.__table__  # type: ignore[assignment]
LINKS: Table = ArticleLink.__table__  # type: ignore[assignment]
RUNS: Table = CrawlRun.__table__  # type: ignore[assignment]
VERSIONS: Table = ArticleVersion.__table__  # type: ignore[assignment]
FINGERPRINTS: Table = Fingerprint.__table__  # type: ignore[assignment]
SIGNATURES: Table = ArticleSignature.__table__  # type: ignore[assignment]
LSH: Table = LshBand.__table__  # type: ignore[assignment]
STATE: Table = FetchState.__table__  # type: ignore[assignment]

#: Keys per ``IN (…)`` list: under every backend's bound-parameter limit.
CHUNK = 5000


def url_key(url: str) -> str:
    """The indexed key of a URL (URLs can be longer than an index allows)."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def dialect_insert(conn: Connection, table: Table) -> Insert:
    """The dialect's own INSERT construct (each has its ON CONFLICT / ON DUPLICATE variant)."""
    from sqlalchemy.dialects import mysql, postgresql, sqlite

    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name in ("mysql", "mariadb"):
        return mysql.insert(table)
    return sqlite.insert(table)


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT DO NOTHING, portable; returns rows actually inserted."""
    if not rows:
        return 0
    # One compiled statement, many parameter sets: SQLAlchemy batches them ("insertmanyvalues")
    # instead of compiling a statement with a bound parameter per value.
    stmt: Any = dialect_insert(conn, table)
    if conn.dialect.name in ("mysql", "mariadb"):
        return int(conn.execute(stmt.prefix_with("IGNORE"), rows).rowcount)
    # rowcount of a batched insert is unreliable on psycopg: count the RETURNING rows.
    pk = next(iter(table.primary_key.columns))
    return len(conn.execute(stmt.on_conflict_do_nothing().returning(pk), rows).all())


def bulk_ignore(
    conn: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[tuple[Any, ...]]
) -> None:
    """INSERT-or-ignore of plain tuples straight through the driver's executemany.

    For the index tables (fingerprints, signatures, LSH bands: ~20 rows per article), where
    SQLAlchemy's per-row parameter processing cost more than the database did."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cols, marks = ", ".join(columns), ", ".join([mark] * len(columns))
    name = conn.dialect.name
    verb = {"sqlite": "INSERT OR IGNORE", "mysql": "INSERT IGNORE", "mariadb": "INSERT IGNORE"}
    sql = f"{verb.get(name, 'INSERT')} INTO {table.name} ({cols}) VALUES ({marks})"
    if name == "postgresql":
        sql += " ON CONFLICT DO NOTHING"
    conn.exec_driver_sql(sql, list(rows))


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in consecutive slices of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def lookup(conn: Connection, column: Any, keys: Iterable[Any], *cols: Any) -> list[Any]:
    """``SELECT cols WHERE column IN keys``, chunked under the bound-parameter limit, with the
    columns' types applied (datetimes come back aware)."""
    rows: list[Any] = []
    for chunk in chunks(list(dict.fromkeys(keys))):
        rows.extend(conn.execute(select(*cols).where(column.in_(chunk))))
    return rows


def raw_lookup(conn: Connection, column: Any, keys: Iterable[Any], *cols: Any) -> list[Any]:
    """Like :func:`lookup` for plain int/str/bytes columns, through the driver: the dedupe
    look-ups send thousands of keys per batch, and compiling them cost more than the query."""
    rows: list[Any] = []
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(c.name for c in cols)
    for chunk in chunks(list(dict.fromkeys(keys))):
        sql = (
            f"SELECT {names} FROM {column.table.name} "
            f"WHERE {column.name} IN ({', '.join([mark] * len(chunk))})"
        )
        rows.extend(tuple(r) for r in conn.exec_driver_sql(sql, tuple(chunk)))
    return rows
