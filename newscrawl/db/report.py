"""The report's queries (``newscrawl report`` draws the charts: :mod:`newscrawl.report`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, case, func, select, text

from newscrawl.db.models import Article, CrawlRun


def report_data(engine: Engine, short_body: int, top_clusters: int) -> dict[str, Any]:
    """Everything the report charts, in one connection: articles per day per site, extraction
    health per site (no date, no author, body under ``short_body`` characters), the
    ``top_clusters`` largest story clusters, every run, languages, the article count."""
    a, r = Article.__table__.c, CrawlRun.__table__.c
    with engine.connect() as conn:
        daily = [
            tuple(x) for x in conn.execute(text("SELECT site, day, articles FROM daily_counts"))
        ]
        health = list(
            conn.execute(
                select(
                    a.site,
                    func.count(),
                    func.sum(case((a.published_at.is_(None), 1), else_=0)),
                    func.sum(case((a.author.is_(None), 1), else_=0)),
                    func.sum(case((func.length(a.body) < short_body, 1), else_=0)),
                ).group_by(a.site)
            )
        )
        size = func.count().label("size")
        top = list(
            conn.execute(
                select(a.cluster_id, size)
                .where(a.cluster_id.is_not(None))
                .group_by(a.cluster_id)
                .having(func.count() > 1)
                .order_by(size.desc(), a.cluster_id)
                .limit(top_clusters)
            )
        )
        ids = [c for c, _ in top]
        titles = {i: t for i, t in conn.execute(select(a.id, a.title).where(a.id.in_(ids)))}
        sites = {
            c: n
            for c, n in conn.execute(
                select(a.cluster_id, func.count(func.distinct(a.site)))
                .where(a.cluster_id.in_(ids))
                .group_by(a.cluster_id)
            )
        }
        runs = list(
            conn.execute(
                select(
                    r.id,
                    r.spider,
                    r.site,
                    r.started_at,
                    r.articles_new,
                    r.articles_updated,
                    r.duplicates,
                    r.dropped,
                    r.pages,
                    r.duration_s,
                    r.http_errors,
                    r.status,
                ).order_by(r.id)
            )
        )
        languages = list(
            conn.execute(select(a.language, func.count()).group_by(a.language).order_by(a.language))
        )
        total = conn.execute(select(func.count()).select_from(Article.__table__)).scalar_one()
    clusters = [
        (f"#{cid} {str(titles.get(cid) or '')[:50]}", n, sites.get(cid, 1)) for cid, n in top
    ]
    return {
        "daily": daily,
        "health": health,
        "clusters": clusters,
        "runs": runs,
        "languages": languages,
        "total": total,
    }
