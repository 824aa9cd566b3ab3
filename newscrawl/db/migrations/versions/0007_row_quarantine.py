"""Row-level isolation (issue 11): quarantine of unstorable rows, run status details.

Adds the ``quarantine`` table (a row the database refused, with its error and run), the
``crawl_runs.page_errors`` and ``crawl_runs.quarantined`` counts, ``crawl_runs.host`` (a run
found dead under the site's lock is one of this machine's), and on MySQL/MariaDB converts
every table to 4-byte UTF-8 (``utf8mb4``): a server whose default is ``latin1`` or 3-byte
``utf8`` would otherwise refuse an emoji in a title.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TABLES = (
    "articles",
    "article_versions",
    "fingerprints",
    "article_signatures",
    "lsh_bands",
    "article_urls",
    "article_links",
    "crawl_runs",
    "fetch_state",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name in ("mysql", "mariadb"):
        for table in _TABLES:
            charset = bind.execute(
                sa.text(
                    "SELECT CCSA.character_set_name FROM information_schema.TABLES T "
                    "JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY CCSA "
                    "ON CCSA.collation_name = T.table_collation "
                    "WHERE T.table_schema = DATABASE() AND T.table_name = :t"
                ),
                {"t": table},
            ).scalar()
            if charset != "utf8mb4":
                op.execute(
                    f"ALTER TABLE {table} CONVERT TO CHARACTER SET utf8mb4 "
                    "COLLATE utf8mb4_unicode_ci"
                )
    long_text = sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
    big_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "quarantine",
        sa.Column("id", big_id, nullable=False),
        sa.Column("run_id", big_id, nullable=True),
        sa.Column("site", sa.String(length=100), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("row", long_text, nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
    )
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quarantine_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quarantine_site"), ["site"], unique=False)
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("page_errors", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quarantined", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("host", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs", schema=None) as batch_op:
        batch_op.drop_column("host")
        batch_op.drop_column("quarantined")
        batch_op.drop_column("page_errors")
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quarantine_site"))
        batch_op.drop_index(batch_op.f("ix_quarantine_run_id"))
    op.drop_table("quarantine")
