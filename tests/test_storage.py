"""Repository and migrations against real SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink, ArticleUrl, CrawlRun
from newscrawl.db.repository import ArticleRecord, Repository, url_key
from newscrawl.db.session import (
    SchemaError,
    current_revision,
    ensure_schema,
    head_revision,
    make_engine,
    schema_diff,
    upgrade,
)

T0 = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def record(url: str, body: str = "正文内容。", **kw: object) -> ArticleRecord:
    fields: dict[str, object] = {
        "canonical_url": url,
        "site": "demo",
        "title": "标题",
        "body": body,
        "content_hash": str(hash(body)),
        "fetched_at": T0,
        "published_at": datetime(2022, 3, 19, 4, 5, tzinfo=UTC),
        "published_raw": "03月19日 12:05",
    }
    fields.update(kw)
    return ArticleRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture
def repo(db_url: str) -> Repository:
    engine = make_engine(db_url)
    ensure_schema(engine)
    yield Repository(engine)
    engine.dispose()


def test_migrations_create_exactly_the_models(repo: Repository) -> None:
    assert schema_diff(repo.engine) == []
    assert current_revision(repo.engine) == head_revision(repo.engine)


def test_upgrade_keeps_an_existing_database(db_url: str) -> None:
    """An analyst's v1 database survives the upgrade with its rows intact."""
    from sqlalchemy import text

    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (url_key, canonical_url, site, title, body, content_hash,"
                " first_seen_at, last_seen_at, fetched_at) VALUES (:k, 'http://h/a', 'demo',"
                " 'T', 'B', 'h', '2024-01-01 00:00:00', '2024-01-01 00:00:00',"
                " '2024-01-01 00:00:00')"
            ),
            {"k": url_key("http://h/a")},
        )
    with pytest.raises(SchemaError):
        ensure_schema(engine)  # a crawl refuses to start on an old schema
    upgrade(engine)
    ensure_schema(engine)
    repo = Repository(engine)
    res = repo.store_articles([record("http://h/a", tags=["a", "b"], description="摘要")])
    assert res.updated == 1
    with Session(engine) as session:
        row = session.scalars(select(Article)).one()
        assert (row.title, row.tags, row.description) == ("标题", ["a", "b"], "摘要")
    engine.dispose()


def test_store_is_idempotent_and_links_resolve(repo: Repository) -> None:
    a = record(
        "http://h/a",
        urls=["http://h/a?from=x", "http://h/a"],
        links=[("http://h/b", "乙", "related"), ("http://h/c", "丙", "recommended")],
    )
    b = record("http://h/b", body="另一篇。", links=[("http://h/a", "甲", "related")])
    first = repo.store_articles([a])
    assert (first.new, first.urls, first.links) == (1, 2, 2)
    second = repo.store_articles([a, b, b])
    assert (second.new, second.unchanged) == (1, 1)
    assert repo.counts() == {"articles": 2, "urls": 3, "links": 3, "runs": 0}
    with repo.engine.connect() as conn:
        edges = {
            (r.article_id, r.target_url, r.target_article_id)
            for r in conn.execute(select(ArticleLink.__table__))
        }
        ids = {
            r.canonical_url: r.id for r in conn.execute(select(Article.canonical_url, Article.id))
        }
    with Session(repo.engine) as session:
        stored = session.scalars(select(Article).where(Article.id == ids["http://h/a"])).one()
    assert (ids["http://h/a"], "http://h/b", ids["http://h/b"]) in edges
    assert (ids["http://h/a"], "http://h/c", None) in edges  # target not crawled (yet)
    assert stored.published_at == datetime(2022, 3, 19, 4, 5, tzinfo=UTC)  # aware UTC back
    assert stored.fetched_at.tzinfo is not None


def test_changed_content_updates_the_row_unchanged_only_touches_last_seen(repo: Repository) -> None:
    repo.store_articles([record("http://h/a")])
    later = T0 + timedelta(hours=1)
    res = repo.store_articles([record("http://h/a", fetched_at=later)])
    assert (res.new, res.updated, res.unchanged) == (0, 0, 1)
    res = repo.store_articles([record("http://h/a", body="改过的正文。", fetched_at=later)])
    assert res.updated == 1
    with Session(repo.engine) as session:
        row = session.scalars(select(Article)).one()
        assert (row.body, row.first_seen_at, row.last_seen_at) == ("改过的正文。", T0, later)
        assert len(session.scalars(select(ArticleUrl)).all()) == 1


def test_unique_constraints_are_the_final_guard(repo: Repository) -> None:
    from sqlalchemy.exc import IntegrityError

    repo.store_articles([record("http://h/a")])
    with pytest.raises(IntegrityError), repo.engine.begin() as conn:
        row = conn.execute(select(Article.__table__)).mappings().one()
        conn.execute(Article.__table__.insert().values({**row, "id": None}))


def test_crawl_run_record(repo: Repository) -> None:
    run = repo.start_run("news", "demo", T0)
    repo.finish_run(
        run,
        "finished",
        {"response_received_count": 7, "newscrawl/store/new": 3, "newscrawl/drop/missing_body": 2},
    )
    with Session(repo.engine) as session:
        row = session.scalars(select(CrawlRun)).one()
    assert (row.pages, row.articles_new, row.dropped, row.finish_reason) == (7, 3, 2, "finished")


def test_outdated_schema_refuses_with_clear_message(tmp_path: object) -> None:
    from sqlalchemy import text

    engine = make_engine(f"sqlite:///{tmp_path}/old.db")  # type: ignore[str-bytes-safe]
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE articles (id INTEGER PRIMARY KEY)"))
    with pytest.raises(SchemaError, match="newscrawl db upgrade"):
        ensure_schema(engine)
