"""Analyst conveniences: full-text search that works for Chinese and English, and views.

SQLite: an FTS5 table ``articles_fts`` (trigram tokenizer, so Chinese needs no word
segmentation) kept in step with ``articles`` by triggers. PostgreSQL: ``pg_trgm`` GIN indexes on
title and body (``ILIKE '%…%'`` uses them). MySQL/MariaDB: no CJK-capable full-text parser in
MariaDB, so search falls back to ``LIKE`` (documented).
Views: ``article_overview`` (articles with site and cluster size), ``daily_counts`` (articles
per site per published day, UTC), ``related_graph`` (links with titles on both ends).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OVERVIEW = """
CREATE VIEW article_overview AS
SELECT a.id, a.site, a.title, a.author, a.published_at, a.language, a.cluster_id,
       (SELECT count(*) FROM articles b WHERE b.cluster_id = a.cluster_id) AS cluster_size,
       (SELECT count(*) FROM article_urls u WHERE u.article_id = a.id) AS url_count,
       a.version, a.canonical_url, a.first_seen_at, a.last_seen_at
FROM articles a
"""
DAILY = """
CREATE VIEW daily_counts AS
SELECT site, {day} AS day, count(*) AS articles
FROM articles WHERE published_at IS NOT NULL
GROUP BY site, {day}
"""
GRAPH = """
CREATE VIEW related_graph AS
SELECT l.article_id AS source_id, s.title AS source_title, l.kind, l.anchor,
       l.target_url, l.target_article_id AS target_id, t.title AS target_title
FROM article_links l
JOIN articles s ON s.id = l.article_id
LEFT JOIN articles t ON t.id = l.target_article_id
"""
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, body, content='articles', content_rowid='id', tokenize='trigram')",
    "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) "
    "VALUES ('delete', old.id, old.title, old.body); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) "
    "VALUES ('delete', old.id, old.title, old.body); "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
]
POSTGRES_TRGM = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_articles_title_trgm ON articles USING gin (title gin_trgm_ops)",
    "CREATE INDEX ix_articles_body_trgm ON articles USING gin (body gin_trgm_ops)",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    day = {"sqlite": "date(published_at)"}.get(dialect, "CAST(published_at AS DATE)")
    for sql in (OVERVIEW, DAILY.format(day=day), GRAPH):
        op.execute(sql)
    if dialect == "sqlite":
        for sql in SQLITE_FTS:
            op.execute(sql)
    elif dialect == "postgresql":
        for sql in POSTGRES_TRGM:
            op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_title_trgm")
        op.execute("DROP INDEX IF EXISTS ix_articles_body_trgm")
    for view in ("related_graph", "daily_counts", "article_overview"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
