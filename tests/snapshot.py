"""What a crawl left in the database, independent of the order articles arrived in: used to
compare crawls that should be equal (pool vs inline, several workers vs one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink, ArticleUrl
from newscrawl.db.session import make_engine


@dataclass
class Snapshot:
    articles: int  #: article rows
    url_rows: int
    duplicate_urls: int  #: URL keys stored more than once (must be 0)
    groups: set[frozenset[str]]  #: each article as the set of its URLs
    clusters: set[frozenset[str]]  #: each story cluster as the set of its articles' URLs
    texts: dict[frozenset[str], tuple[Any, ...]]  #: article URLs → its extracted fields
    links: set[tuple[frozenset[str], str, str]]  #: (source article, target URL, kind)


def snapshot(db_url: str) -> Snapshot:
    engine = make_engine(db_url)
    try:
        with Session(engine) as s:
            urls: dict[int, set[str]] = {}
            for row in s.execute(select(ArticleUrl.article_id, ArticleUrl.url)):
                urls.setdefault(row.article_id, set()).add(row.url)
            arts = s.scalars(select(Article)).all()
            group = {a.id: frozenset(urls.get(a.id, set()) | {a.canonical_url}) for a in arts}
            clusters: dict[int, set[str]] = {}
            for a in arts:
                clusters.setdefault(a.cluster_id or a.id, set()).update(group[a.id])
            dups = s.scalar(
                select(func.count()).select_from(
                    select(ArticleUrl.url_key)
                    .group_by(ArticleUrl.url_key)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            links = {
                (group[r.article_id], r.target_url, r.kind)
                for r in s.execute(
                    select(ArticleLink.article_id, ArticleLink.target_url, ArticleLink.kind)
                )
            }
            return Snapshot(
                articles=len(arts),
                url_rows=sum(len(v) for v in urls.values()),
                duplicate_urls=int(dups or 0),
                groups=set(group.values()),
                clusters={frozenset(c) for c in clusters.values()},
                texts={
                    group[a.id]: (a.title, a.body, a.author, a.published_raw, a.language)
                    for a in arts
                    if len(group[a.id]) == 1  # exact duplicates: which copy is kept may differ
                },
                links=links,
            )
    finally:
        engine.dispose()
