"""Row-level isolation on every backend: values fitted to what the database stores, rows it
still refuses quarantined with its error, and an outage told apart from bad data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from newscrawl import batchstore
from newscrawl.batchstore import BatchWriter, is_outage
from newscrawl.db.models import Article, QuarantinedRow
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.db.rowfit import Unstorable, fit_record
from newscrawl.db.session import make_engine, upgrade
from newscrawl.dedupe import content_hash

T = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def rec(path: str, **kw: Any) -> ArticleRecord:
    url = f"http://s.example/{path}"
    fields: dict[str, Any] = {
        "canonical_url": url,
        "site": "s",
        "title": f"Title of {path}",
        "body": f"The body of {path}, long enough to be an article. " * 3,
        "fetched_at": T,
        "urls": [url],
    }
    fields.update(kw)
    fields["content_hash"] = content_hash(str(fields["title"]), str(fields["body"]))
    return ArticleRecord(**fields)


def nasty_batch() -> list[ArticleRecord]:
    return [
        rec("good1"),
        rec("nul", title="NUL\x00 in the title", body="A NUL\x00 byte in the body. " * 5),
        rec("author", author="x" * 10_000),
        rec("emoji", title="Emoji 🎉 and 𠀀 in the title"),
        rec("date", published_at=datetime(1, 1, 1, tzinfo=UTC), published_raw="0001-01-01"),
        rec("bad", title="\x00\ud800"),  # nothing left of the title: no backend can store it
        rec("good2"),
    ]


@pytest.fixture
def writer(db_url: str, tmp_path: Path) -> Any:
    engine = make_engine(db_url)
    upgrade(engine)
    yield BatchWriter(Repository(engine), tmp_path / "spool", lambda: 7, retry_wait=0)
    engine.dispose()


def stored(w: BatchWriter) -> dict[str, Any]:
    with w.repo.engine.connect() as conn:
        rows = conn.execute(select(Article.__table__)).all()
    return {r.canonical_url.rsplit("/", 1)[1]: r for r in rows}


def quarantined(w: BatchWriter) -> dict[str, Any]:
    with w.repo.engine.connect() as conn:
        rows = conn.execute(select(QuarantinedRow.__table__)).all()
    return {r.url.rsplit("/", 1)[1]: r for r in rows}


def test_a_poisoned_batch_stores_the_good_rows_and_quarantines_the_bad(writer: Any) -> None:
    out = writer.write(nasty_batch(), [])
    assert (out.quarantined, out.spooled, out.result.new) == (1, 0, 6)
    rows = stored(writer)
    assert set(rows) == {"good1", "nul", "author", "emoji", "date", "good2"}
    assert rows["nul"].title == "NUL in the title"
    assert "\x00" not in rows["nul"].body and rows["nul"].body.startswith("A NUL byte")
    assert rows["author"].author == "x" * 500  # VARCHAR(500)
    assert rows["emoji"].title == "Emoji 🎉 and 𠀀 in the title"  # 4-byte UTF-8 on MariaDB too
    assert rows["date"].published_at is None and rows["date"].published_raw == "0001-01-01"
    assert out.fixed == {"title": 2, "body": 1, "author": 1, "published_at": 1}
    q = quarantined(writer)
    assert list(q) == ["bad"]
    assert q["bad"].run_id == 7 and q["bad"].site == "s"
    assert q["bad"].error == "validation: title is empty after normalisation"
    assert '"canonical_url": "http://s.example/bad"' in q["bad"].row
    assert not list((writer.spool_dir).glob("**/spool-*"))  # never spooled
    # Later runs are not blocked.
    again = writer.write([rec("next"), rec("good1")], [])
    assert (again.result.new, again.result.unchanged, again.quarantined) == (1, 1, 0)


def test_rows_the_database_refuses_are_quarantined_one_by_one(
    writer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without fitting, the database itself refuses rows: the batch falls back to row by row
    and each refused row is quarantined with the database's own error."""
    monkeypatch.setattr(batchstore, "fit_record", lambda r, fixed=None: r)
    naive = rec("naive", published_at=datetime(2024, 5, 1, 8, 0))  # offset unknown
    out = writer.write([*nasty_batch()[:4], naive, rec("good2")], [])
    backend = writer.repo.engine.dialect.name
    refused = {
        "sqlite": {"naive"},  # SQLite stores any text of any length
        "postgresql": {"nul", "author", "naive"},  # NUL, VARCHAR(500)
        # The repository's INSERT IGNORE turns MySQL's data errors into warnings (the author
        # is cut to 500 silently): fitting first is what makes that cut visible.
        "mysql": {"naive"},
    }[backend]
    q = quarantined(writer)
    assert set(q) == refused
    assert set(stored(writer)) == {"good1", "nul", "author", "emoji", "good2"} - refused
    assert out.quarantined == len(refused) and out.spooled == 0
    assert "naive datetime" in q["naive"].error
    if backend == "postgresql":
        assert "NUL" in q["nul"].error
    if backend == "postgresql":
        assert "too long" in q["author"].error


def test_fit_record_reports_what_it_changed() -> None:
    changed: list[str] = []
    out = fit_record(rec("x", tags=["a\x00", "", "b"], author="é" * 600), changed.append)
    assert out.tags == ["a", "b"] and out.author == "é" * 500
    assert sorted(changed) == ["author", "tags"]
    with pytest.raises(Unstorable, match="body is empty"):
        fit_record(rec("y", body="\x00"))


def test_an_outage_is_not_bad_data() -> None:
    class Orig(Exception):
        pass

    assert is_outage(OperationalError("SELECT 1", {}, Orig("server closed the connection")))
    assert is_outage(OperationalError("SELECT 1", {}, Orig(2013, "Lost connection")))
    assert not is_outage(OperationalError("INSERT", {}, Orig(1292, "Incorrect datetime")))
    assert not is_outage(DataError("INSERT", {}, Orig("value too long")))
    assert not is_outage(IntegrityError("INSERT", {}, Orig("NOT NULL")))
    assert is_outage(ConnectionRefusedError())
    assert not is_outage(ValueError("naive datetime"))


def test_mysql_tables_of_a_latin1_database_become_utf8mb4() -> None:
    """A MariaDB database created with a 3-byte or latin1 default still stores emoji: the
    connection and every table use utf8mb4 (migration 0007 converts older tables)."""
    from conftest import MYSQL_URL, _server_db
    from sqlalchemy import create_engine, text

    gen = _server_db(MYSQL_URL, "MariaDB")
    url = next(gen)
    try:
        name = make_engine(url).url.database
        admin = create_engine(MYSQL_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {name} CHARACTER SET latin1"))
        admin.dispose()
        plain = make_engine(url.split("?")[0])  # no charset in the URL
        upgrade(plain, "0006")  # tables created latin1, as an older newscrawl left them
        with plain.connect() as conn:
            assert (
                conn.execute(
                    text(
                        "SELECT table_collation FROM information_schema.tables "
                        "WHERE table_schema = DATABASE() AND table_name = 'articles'"
                    )
                )
                .scalar_one()
                .startswith("latin1")
            )
        upgrade(plain)
        w = BatchWriter(Repository(plain), Path("/nonexistent"), lambda: None, retry_wait=0)
        out = w.write([rec("emoji", title="Emoji 🎉 and 𠀀 in the title")], [])
        assert out.result.new == 1 and out.quarantined == 0
        assert stored(w)["emoji"].title == "Emoji 🎉 and 𠀀 in the title"
        plain.dispose()
    finally:
        next(gen, None)
