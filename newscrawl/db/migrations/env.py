"""Alembic environment: the engine comes from ``newscrawl.db.session`` (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from newscrawl.db.models import Base
from newscrawl.db.session import _ours, database_url

config = context.config
engine = config.attributes.get("engine") or create_engine(database_url())
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite ALTERs are table copies; NOTE: a batch copy of `articles` drops the FTS
        # triggers of revision 0004, so such a migration must re-create them.
        render_as_batch=True,
        include_object=_ours,
    )
    with context.begin_transaction():
        context.run_migrations()
