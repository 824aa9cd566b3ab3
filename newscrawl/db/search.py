"""Full-text search over stored articles: SQLite FTS5 trigram, PostgreSQL pg_trgm, MySQL LIKE."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, text

from newscrawl.db.tables import ARTICLES


def search(engine: Engine, query: str, limit: int = 20, language: str | None = None) -> list[Any]:
    """Articles whose title or body contains ``query`` (Chinese or any script), newest first:
    rows of (id, site, title, published_at). ``language``: only articles whose body is in it.

    SQLite: the trigram FTS5 table (a phrase query of three or more characters uses the
    index; shorter ones scan). PostgreSQL: ILIKE over pg_trgm indexes. MySQL: LIKE.
    """
    cols = (ARTICLES.c.id, ARTICLES.c.site, ARTICLES.c.title, ARTICLES.c.published_at)
    escaped = query.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    pattern = f"%{escaped}%"
    stmt = select(*cols).order_by(ARTICLES.c.published_at.desc()).limit(limit)
    if language is not None:  # the body's identified language (``articles.language``)
        stmt = stmt.where(ARTICLES.c.language == language)
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite" and len(query) >= 3:
            phrase = '"' + query.replace('"', '""') + '"'
            match = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q")
            stmt = stmt.where(ARTICLES.c.id.in_(match.bindparams(q=phrase)))
        elif conn.dialect.name == "postgresql":
            stmt = stmt.where(
                ARTICLES.c.title.ilike(pattern, escape="!")
                | ARTICLES.c.body.ilike(pattern, escape="!")
            )
        else:
            stmt = stmt.where(
                ARTICLES.c.title.like(pattern, escape="!")
                | ARTICLES.c.body.like(pattern, escape="!")
            )
        return list(conn.execute(stmt))
