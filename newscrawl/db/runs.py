"""Crawl-run records as the reports read them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from newscrawl.db.tables import RUNS


def last_run(engine: Engine) -> Any | None:
    """The newest ``crawl_runs`` row (attribute access by column name), or None."""
    with engine.connect() as conn:
        return conn.execute(select(RUNS).order_by(RUNS.c.id.desc()).limit(1)).first()
