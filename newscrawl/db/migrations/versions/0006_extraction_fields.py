"""Extraction fields (issue 10): credits by role, the publication time as the page states it
and which candidate gave it.

Adds to ``articles``: ``editor``, ``correspondent``, ``photographer``, ``translator``
(comma-separated names), ``published_local`` (ISO 8601 with the page's offset) and
``date_source``. Link kinds need no change: ``article_links.kind`` (VARCHAR(16)) now also holds
``most_read``.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("editor", 500),
    ("correspondent", 500),
    ("photographer", 500),
    ("translator", 500),
    ("published_local", 40),
    ("date_source", 40),
)


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for name, length in _COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        for name, _ in reversed(_COLUMNS):
            batch_op.drop_column(name)
