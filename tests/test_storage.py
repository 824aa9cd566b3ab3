"""Repository and migrations against real SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl import dedupe
from newscrawl.db.models import Article, ArticleLink, ArticleUrl, CrawlRun
from newscrawl.db.repository import ArticleRecord, Repository, url_key
from newscrawl.db.session import (
    HEAD_REVISION,
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


def test_head_revision_constant_is_alembics_head(repo: Repository) -> None:
    """A new migration must move HEAD_REVISION too: a crawl checks the schema against it."""
    assert head_revision(repo.engine) == HEAD_REVISION


def test_checking_the_schema_does_not_import_alembic(tmp_path: Path) -> None:
    """A crawl's process opens an up-to-date database without Alembic (12 MiB of RSS)."""
    url = f"sqlite:///{tmp_path}/a.db"
    ensure_schema(make_engine(url))
    code = (
        "import sys; from newscrawl.crawldb import CrawlDatabase;"
        "from newscrawl.db.session import ensure_schema, make_engine;"
        f"ensure_schema(make_engine({url!r}));"
        "print(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


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
    with Session(engine) as session:  # the old article was given its dedupe index entries
        old = session.scalars(select(Article)).one()
        assert (old.fingerprint, old.cluster_id) == (dedupe.fingerprint("B"), old.id)
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


def test_row_hashed_by_an_older_release_is_not_a_new_version(repo: Repository) -> None:
    """Releases before the single content hash stored sha256 of the casefolded title + body
    with non-word characters removed; the same traditional-script text seen again after the
    upgrade is unchanged (no spurious version), and the row gets the current hash."""
    import hashlib
    import re

    title, body = "經濟發展", "學習會議，內容。"
    legacy = hashlib.sha256(
        re.sub(r"[\W_]+", "", f"{title}\n{body}").casefold().encode()
    ).hexdigest()
    current = dedupe.content_hash(title, body)
    assert legacy != current  # the fold maps traditional to simplified: the hashes differ
    repo.store_articles([record("http://h/t", title=title, body=body, content_hash=legacy)])
    later = T0 + timedelta(hours=1)
    res = repo.store_articles(
        [record("http://h/t", title=title, body=body, content_hash=current, fetched_at=later)]
    )
    assert (res.new, res.updated, res.unchanged) == (0, 0, 1)
    with Session(repo.engine) as session:
        row = session.scalars(select(Article)).one()
        assert (row.version, row.content_hash, row.last_seen_at) == (1, current, later)
    res = repo.store_articles(
        [record("http://h/t", title="新标题", body=body, content_hash="x", fetched_at=later)]
    )
    assert res.updated == 1  # a real change still is one


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


# --- deduplication and versions ---------------------------------------------------------------

STORY = (
    "3月19日中午，在全国疫情防控工作电视电话会议召开后，自治区主席随即主持召开全区疫情防控工作"
    "部署会，强调要坚定信心、坚持不懈，科学精准、动态清零，以时不我待的精神抓细抓实各项防疫工作。"
    "王莉霞指出，目前国内外疫情防控形势仍然严峻复杂，要坚决克服麻痹思想、厌战情绪、侥幸心理、"
    "松劲心态，坚持人民至上、生命至上，坚持外防输入、内防反弹总策略。"
)
OTHER = (
    "4月2日上午，市政府召开春季植树造林动员大会，全面部署今年国土绿化工作。会议要求，各地各部门"
    "要压实责任，确保完成全年造林任务，持续改善城乡生态环境。会后，与会人员来到城郊义务植树基地，"
    "共栽下树苗两千余株，并对养护工作提出了明确要求。"
)


def featured(url: str, body: str, **kw: object) -> ArticleRecord:
    """A record with the dedupe features the storage pipeline computes."""
    r = record(url, body=body, content_hash=dedupe.fingerprint("标题" + body), **kw)
    r.fingerprint = dedupe.fingerprint(body)
    r.signature = dedupe.signature(body)
    r.band_keys = dedupe.band_keys(r.signature)
    return r


def test_exact_duplicate_under_unrelated_url_is_one_article(repo: Repository) -> None:
    repo.store_articles([featured("http://a.example/1", STORY)])
    # Same story on another site: traditional script, other whitespace and punctuation.
    from newscrawl.testsite.generator import to_traditional

    copy = to_traditional(STORY).replace("，", ", ")
    res = repo.store_articles([featured("http://b.example/x", copy)])
    assert (res.new, res.exact_duplicates) == (0, 1)
    with Session(repo.engine) as s:
        assert len(s.scalars(select(Article)).all()) == 1
        urls = {u.url for u in s.scalars(select(ArticleUrl))}
    assert urls == {"http://a.example/1", "http://b.example/x"}


def test_near_duplicates_share_a_stable_cluster_across_runs(db_url: str) -> None:
    engine = make_engine(db_url)
    ensure_schema(engine)
    Repository(engine).store_articles([featured("http://a.example/1", STORY)])
    # A later run, another process: a syndicated copy with a byline and an edited character.
    later = Repository(make_engine(db_url))
    syndicated = STORY.replace("严峻复杂", "严峻且复杂") + "（记者 张三）"
    res = later.store_articles(
        [featured("http://b.example/2", syndicated), featured("http://c.example/3", OTHER)]
    )
    assert (res.new, res.near_duplicates, res.exact_duplicates) == (2, 1, 0)
    with Session(engine) as s:
        rows = {a.canonical_url: a for a in s.scalars(select(Article))}
    first = rows["http://a.example/1"]
    assert first.cluster_id == first.id
    assert rows["http://b.example/2"].cluster_id == first.id
    assert rows["http://c.example/3"].cluster_id == rows["http://c.example/3"].id
    engine.dispose()
    later.engine.dispose()


def test_changed_text_becomes_a_version_unchanged_does_not(repo: Repository) -> None:
    from newscrawl.db.models import ArticleVersion

    repo.store_articles([featured("http://a.example/1", STORY)])
    later = T0 + timedelta(days=1)
    res = repo.store_articles([featured("http://a.example/1", STORY, fetched_at=later)])
    assert (res.new, res.updated, res.unchanged) == (0, 0, 1)
    edited = STORY + "（本文已更新。）"
    res = repo.store_articles([featured("http://a.example/1", edited, fetched_at=later)])
    assert (res.new, res.updated) == (0, 1)
    with Session(repo.engine) as s:
        article = s.scalars(select(Article)).one()
        versions = s.scalars(select(ArticleVersion)).all()
    assert (article.body, article.version, article.fetched_at) == (edited, 2, later)
    assert [(v.version, v.body, v.fetched_at) for v in versions] == [(1, STORY, T0)]
    # The old text still identifies the story: a copy of it elsewhere joins this article.
    res = repo.store_articles([featured("http://b.example/old-copy", STORY)])
    assert res.exact_duplicates == 1


def test_search_finds_chinese_and_english(repo: Repository) -> None:
    repo.store_articles(
        [
            featured("http://a.example/1", STORY),
            featured("http://a.example/2", "The city council approved the transit budget."),
        ]
    )
    assert [r.title for r in repo.search("动态清零")] == ["标题"]
    assert len(repo.search("疫情")) == 1  # two characters: below the trigram size, still found
    assert len(repo.search("transit budget")) == 1
    assert repo.search("不存在的词语") == []


def test_page_offset_credits_and_link_kinds_survive_storage(repo: Repository) -> None:
    """Issue 10: the page's own day (published_local), credits by role, date_source and the
    most_read link kind are stored beside the UTC instant."""
    from datetime import timezone

    cst = timezone(timedelta(hours=8))
    a = record(
        "http://h/offset",
        published_at=datetime(2005, 8, 16, 0, 0, tzinfo=cst),  # 2005-08-15T16:00Z
        date_source="headline",
        author="陈冬",
        correspondent="秦平萍",
        editor="霍琦",
        photographer="张蕊",
        translator="路闻卓立",
        links=[("http://h/hot", "热", "most_read"), ("http://h/rel", "相关", "related")],
    )
    repo.store_articles([a])
    with Session(repo.engine) as session:
        stored = session.scalars(
            select(Article).where(Article.canonical_url == a.canonical_url)
        ).one()
        kinds = set(session.scalars(select(ArticleLink.kind)))
    assert stored.published_at == datetime(2005, 8, 15, 16, 0, tzinfo=UTC)
    assert stored.published_local == "2005-08-16T00:00:00+08:00"
    assert (stored.author, stored.correspondent, stored.editor) == ("陈冬", "秦平萍", "霍琦")
    assert (stored.photographer, stored.translator) == ("张蕊", "路闻卓立")
    assert stored.date_source == "headline"
    assert kinds == {"most_read", "related"}
