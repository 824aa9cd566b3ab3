"""Archive and language (issue 15): WARC record pointers, body language.

Articles and their earlier versions point to the WARC record of the response their text came
from (file, byte offset, WARC-Record-ID); ``articles.language`` becomes the identified language
of the body (indexed: export and search filter on it) and ``page_language`` keeps the page's
own ``lang`` attribute, which is what ``language`` held before (copied over).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_POINTER = ("warc_file", "warc_offset", "warc_record_id")


def _pointer_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("warc_file", sa.String(length=500), nullable=True),
        sa.Column("warc_offset", sa.BigInteger(), nullable=True),
        sa.Column("warc_record_id", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("page_language", sa.String(length=16), nullable=True))
        for column in _pointer_columns():
            batch_op.add_column(column)
        batch_op.create_index(batch_op.f("ix_articles_language"), ["language"], unique=False)
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        for column in _pointer_columns():
            batch_op.add_column(column)
    # Until `newscrawl reextract` identifies them, stored articles keep the page's attribute
    # in both columns.
    op.execute("UPDATE articles SET page_language = language")


def downgrade() -> None:
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        for name in reversed(_POINTER):
            batch_op.drop_column(name)
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_language"))
        for name in reversed(_POINTER):
            batch_op.drop_column(name)
        batch_op.drop_column("page_language")
