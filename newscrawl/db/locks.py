"""One writer at a time in the dedupe-and-store transaction, across processes and machines.

Several workers store into one database. Two of them storing near-copies of a story at the
same moment would each look for earlier copies (the LSH index), find none committed, and each
start a cluster of its own; two exact copies would both become articles. Storing a batch is
therefore serialised by a database lock held for its transaction: every batch sees every batch
committed before it, as in a single process.

* PostgreSQL: ``pg_advisory_xact_lock`` (released at commit or rollback, even if the worker
  is killed: the server ends the session).
* MySQL/MariaDB: ``GET_LOCK`` taken before the transaction begins (so its snapshot is taken
  after the lock), released after it ends; the server releases it if the session dies.
* SQLite: the database file is the lock (one writer at a time); several worker processes on
  one SQLite file are not supported (use PostgreSQL for a fleet).

A batch stores in milliseconds, so one lock for all sites costs a fleet little and also keeps
syndicated copies across sites consistent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

#: advisory lock key of the store transaction (any fixed 64-bit number; "newscrawl" in ASCII)
STORE_LOCK_KEY = 0x6E657773637261
_MYSQL_LOCK = "newscrawl_store"
_MYSQL_WAIT = 300  # seconds; a batch never holds the lock nearly that long


@contextmanager
def exclusive_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction (committed on success, rolled back on error) holding the store lock."""
    with engine.connect() as conn:
        dialect = conn.dialect.name
        if dialect in ("mysql", "mariadb"):
            got = conn.execute(
                text("SELECT GET_LOCK(:n, :t)"), {"n": _MYSQL_LOCK, "t": _MYSQL_WAIT}
            )
            if got.scalar() != 1:
                raise TimeoutError(f"store lock {_MYSQL_LOCK!r} not granted in {_MYSQL_WAIT} s")
            conn.commit()  # end the implicit transaction: the snapshot starts after the lock
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.execute(text("SELECT RELEASE_LOCK(:n)"), {"n": _MYSQL_LOCK})
                conn.commit()
            return
        with conn.begin():
            if dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": STORE_LOCK_KEY})
            yield conn
