"""Incremental crawls and run health: validators of listing pages, feeds and sitemaps for
conditional requests; crawl-run status, failure reason, duration, updates and HTTP errors.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fetch_state",
        sa.Column("url_key", sa.String(length=40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("site", sa.String(length=100), nullable=False),
        sa.Column("etag", sa.String(length=300), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("url_key", name=op.f("pk_fetch_state")),
    )
    with op.batch_alter_table("fetch_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fetch_state_site"), ["site"], unique=False)

    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("articles_updated", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("http_errors", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("duration_s", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("failure", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.drop_column("failure")
        batch_op.drop_column("status")
        batch_op.drop_column("duration_s")
        batch_op.drop_column("http_errors")
        batch_op.drop_column("articles_updated")

    with op.batch_alter_table("fetch_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fetch_state_site"))

    op.drop_table("fetch_state")
