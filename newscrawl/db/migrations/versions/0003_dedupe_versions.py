"""Deduplication and versions: fingerprints, MinHash signatures, the LSH band index, story
clusters and earlier article texts.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_signatures",
        sa.Column(
            "article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_signatures_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_signatures")),
    )
    op.create_table(
        "article_versions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "body",
            sa.Text()
            .with_variant(mysql.LONGTEXT(), "mariadb")
            .with_variant(mysql.LONGTEXT(), "mysql"),
            nullable=False,
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_versions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_versions")),
        sa.UniqueConstraint("article_id", "version", name=op.f("uq_article_versions_article_id")),
    )
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_versions_article_id"), ["article_id"], unique=False
        )

    op.create_table(
        "fingerprints",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column(
            "article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_fingerprints_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_fingerprints")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("fingerprints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fingerprints_article_id"), ["article_id"], unique=False
        )

    op.create_table(
        "lsh_bands",
        sa.Column("band_key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column(
            "article_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_lsh_bands_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band_key", "article_id", name=op.f("pk_lsh_bands")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("lsh_bands", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lsh_bands_article_id"), ["article_id"], unique=False)

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column(
                "cluster_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
            )
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_index(batch_op.f("ix_articles_cluster_id"), ["cluster_id"], unique=False)
    _backfill()


def _backfill() -> None:
    """Articles stored before this revision get their fingerprint, signature and LSH rows, and
    a cluster of their own, so that new articles are compared with them too.

    (Uses newscrawl.dedupe as it is when the migration runs; a later change of its constants
    ships its own migration that recomputes signatures.)"""
    from newscrawl import dedupe

    conn = op.get_bind()
    articles = sa.table(
        "articles",
        sa.column("id"),
        sa.column("body"),
        sa.column("fingerprint"),
        sa.column("cluster_id"),
    )
    rows = conn.execute(sa.select(articles.c.id, articles.c.body)).all()
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        digests = [(article_id, dedupe.digest(body)) for article_id, body in chunk]
        for article_id, d in digests:
            conn.execute(
                articles.update()
                .where(articles.c.id == article_id)
                .values(fingerprint=d.fingerprint, cluster_id=article_id)
            )
        fingerprints = {d.fingerprint: article_id for article_id, d in reversed(digests)}
        conn.execute(
            sa.table("fingerprints", sa.column("fingerprint"), sa.column("article_id")).insert(),
            [{"fingerprint": f, "article_id": a} for f, a in fingerprints.items()],
        )
        conn.execute(
            sa.table(
                "article_signatures", sa.column("article_id"), sa.column("signature")
            ).insert(),
            [{"article_id": a, "signature": d.signature} for a, d in digests],
        )
        conn.execute(
            sa.table("lsh_bands", sa.column("band_key"), sa.column("article_id")).insert(),
            [{"band_key": k, "article_id": a} for a, d in digests for k in d.band_keys],
        )


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_cluster_id"))
        batch_op.drop_column("version")
        batch_op.drop_column("cluster_id")
        batch_op.drop_column("fingerprint")

    with op.batch_alter_table("lsh_bands", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lsh_bands_article_id"))

    op.drop_table("lsh_bands")
    with op.batch_alter_table("fingerprints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fingerprints_article_id"))

    op.drop_table("fingerprints")
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_versions_article_id"))

    op.drop_table("article_versions")
    op.drop_table("article_signatures")
