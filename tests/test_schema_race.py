"""Several processes starting on one empty server database at once: one creates the schema, the
others wait for it (``ensure_schema`` decides under the schema lock)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from newscrawl.db.session import (
    current_revision,
    ensure_schema,
    head_revision,
    make_engine,
    schema_lock,
    upgrade,
)


def test_a_schema_being_created_is_waited_for_not_refused(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite serialises DDL with its file lock; the race is a server's")
    creator, joiner = make_engine(db_url), make_engine(db_url)
    locked = threading.Event()

    def create() -> None:
        # What a first worker looks like mid-creation: a table already visible, the revision
        # not yet stamped, the schema lock held.
        with schema_lock(creator):
            with creator.begin() as conn:
                conn.execute(text("CREATE TABLE early_table (id INTEGER)"))
            locked.set()
            time.sleep(1.0)
            upgrade(creator)

    thread = threading.Thread(target=create)
    thread.start()
    try:
        assert locked.wait(30)
        ensure_schema(joiner)  # before: "at schema revision none … run `newscrawl db upgrade`"
        assert current_revision(joiner) == head_revision(joiner)
    finally:
        thread.join(60)
        creator.dispose()
        joiner.dispose()
