"""Alembic environment: the engine comes from ``newscrawl.db.session`` (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from newscrawl.db.models import Base
from newscrawl.db.session import database_url

config = context.config
engine = config.attributes.get("engine") or create_engine(database_url())
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
