"""articles: source, modified date, description, lead image, section, tags, publisher

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = (
    ("source", sa.String(length=200)),
    ("modified_at", sa.DateTime()),
    ("modified_raw", sa.String(length=200)),
    ("description", sa.Text()),
    ("image_url", sa.Text()),
    ("section", sa.String(length=200)),
    ("tags", sa.JSON()),
    ("publisher", sa.String(length=200)),
)


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        for name, type_ in COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
