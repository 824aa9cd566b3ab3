"""Engine creation (never at import time) and schema-version checks via Alembic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url

if TYPE_CHECKING:
    from alembic.config import Config

#: Used when neither ``NEWSCRAWL_DATABASE_URL`` (setting or environment variable) is given.
DEFAULT_URL = "sqlite:///output/newscrawl.db"
_MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest migration's revision. A crawl checks its database against this constant instead of
#: reading the migration scripts, so Alembic (12 MiB of RSS) is imported only to create or
#: upgrade a schema; ``tests/test_storage.py`` checks it is Alembic's head.
HEAD_REVISION = "0009"


class SchemaError(RuntimeError):
    """The database schema is not the one this code needs."""


def database_url(setting: str | None = None) -> str:
    return setting or os.environ.get("NEWSCRAWL_DATABASE_URL") or DEFAULT_URL


def safe_url(url: str | URL) -> str:
    """The URL as it may be printed or logged: the password masked (``***``)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy understands: show nothing that could be a secret
        return "<unparseable database URL>"


def mask_secrets(text: str, url: str | URL) -> str:
    """``text`` with the URL's password (and the URL itself) masked, for logs and run records."""
    try:
        parsed = make_url(url)
    except Exception:
        return text
    if parsed.password:
        text = text.replace(parsed.render_as_string(hide_password=False), safe_url(parsed))
        text = text.replace(str(parsed.password), "***")
    return text


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() in ("mysql", "mariadb") and "charset" not in parsed.query:
        # 4-byte UTF-8 on the connection (the driver's default may be 3-byte `utf8`).
        parsed = parsed.update_query_dict({"charset": "utf8mb4"})
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers (analysts) never block the crawl
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            # 16 MiB page cache (default 2 MiB): the dedupe index is written at random places.
            # More buys nothing (pages past the cache come from the OS's file cache) and costs
            # RSS: 40,000 articles with the search index took 48 s at 16 MiB and at 128 MiB,
            # 51 s at 2 MiB, with peak RSS 154 / 270 / 138 MiB (benchmarks/dedupe_bench.py
            # --db sqlite:///… --scale 10000,40000 --batch 100 --search-index).
            cur.execute("PRAGMA cache_size=-16384")
            cur.close()

    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str | None:
    """The head of the migration scripts, as Alembic reads them (``HEAD_REVISION`` is its copy)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (Alembic's ``alembic_version`` table); None when
    unstamped. Read with plain SQL: checking a schema must not import Alembic."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise SchemaError(f"database has {len(rows)} schema revisions stamped: {sorted(rows)}")
    return rows[0] if rows else None


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Objects that migrations manage outside the models: search tables and indexes."""
    return not (name or "").startswith(
        ("articles_fts", "ix_articles_title_trgm", "ix_articles_body_trgm")
    )


def schema_diff(engine: Engine) -> list[Any]:
    """Differences between the database and the models (empty when migrations match them)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newscrawl.db.models import Base

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _ours})
        return list(compare_metadata(ctx, Base.metadata))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema (``newscrawl db upgrade``)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


@contextmanager
def schema_lock(engine: Engine) -> Iterator[None]:
    """Held while creating the schema: a server-side lock on PostgreSQL/MySQL (released by the
    server if the process dies), nothing on SQLite (its file lock serialises the DDL)."""
    name = engine.dialect.name
    if name not in ("postgresql", "mysql", "mariadb"):
        yield
        return
    with engine.connect() as conn:
        if name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": SCHEMA_LOCK_KEY})
        else:
            conn.execute(text("SELECT GET_LOCK('newscrawl_schema', 300)"))
        conn.commit()
        try:
            yield
        finally:
            if name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SCHEMA_LOCK_KEY})
            else:
                conn.execute(text("SELECT RELEASE_LOCK('newscrawl_schema')"))
            conn.commit()


SCHEMA_LOCK_KEY = 0x6E6373636865  # any fixed 64-bit number


def ensure_schema(engine: Engine, create_if_empty: bool = True) -> None:
    """Fail loudly unless the schema is at head. An empty database is created when allowed.

    Decided under the schema lock when the schema is not at head: another process may be
    creating it at this moment (fleet workers starting at once), its tables already there and
    its revision not yet stamped; under the lock its work is either done or not begun."""
    if current_revision(engine) == HEAD_REVISION:
        return
    with schema_lock(engine):
        current = current_revision(engine)
        if current == HEAD_REVISION:
            return
        if current is None and create_if_empty and not inspect(engine).get_table_names():
            upgrade(engine)
            return
    raise SchemaError(
        f"database {engine.url.render_as_string(hide_password=True)} is at schema revision "
        f"{current or 'none'}, this newscrawl needs {HEAD_REVISION}: run `newscrawl db upgrade`"
    )


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for another backend or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)
