"""The ``newscrawl`` commands that read the database: summary, search, datasette-metadata."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl import cli, dedupe
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.db.session import ensure_schema, make_engine

T0 = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def record(url: str, title: str, body: str, published: datetime | None = None) -> ArticleRecord:
    r = ArticleRecord(
        canonical_url=url,
        site="demo",
        title=title,
        body=body,
        content_hash=dedupe.content_hash(title, body),
        fetched_at=T0,
        published_at=published,
    )
    r.fingerprint, r.signature, r.band_keys = dedupe.digest(body)
    return r


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/cli.db"
    engine = make_engine(url)
    ensure_schema(engine)
    repo = Repository(engine)
    repo.store_articles(
        [
            record(
                "http://h/1",
                "草原春耕",
                "自治区召开专题会议，部署春季农牧业生产工作。",
                datetime(2022, 3, 19, 4, 5, tzinfo=UTC),
            ),
            record("http://h/2", "Transit budget", "The city council approved the transit budget."),
        ],
        aliases=[("http://h/1", "http://h/1?from=timeline")],
    )
    older = repo.start_run("news", "demo", T0)
    repo.finish_run(older, "shutdown", {"response_received_count": 1})
    run = repo.start_run("news", "demo", T0)
    repo.finish_run(
        run,
        "finished",
        {
            "response_received_count": 9,
            "newscrawl/store/new": 2,
            "newscrawl/drop/missing_body": 3,
            "newscrawl/drop/too_short": 1,
            "newscrawl/dedupe/duplicate_url": 4,
        },
    )
    engine.dispose()
    return url


def test_summary_reports_counts_and_the_last_run(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--database", db, "summary"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "articles: 2  (reached by 3 URLs)"
    assert out[2] == "related/recommended links: 0"
    assert out[3] == "last run #2 (finished, ok): 9 pages fetched, 2 new articles, 0 seen again"
    assert "4 duplicate pages" in out[4]
    assert out[5] == "dropped by reason: missing_body=3, too_short=1"


def test_summary_of_an_empty_database_has_no_run_lines(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/empty.db"
    ensure_schema(make_engine(url))
    lines = cli.summary(url).splitlines()
    assert lines[1:] == ["articles: 0  (reached by 0 URLs)", "related/recommended links: 0"]


def test_search_prints_id_site_day_title(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--database", db, "search", "春季农牧业"]) == 0
    assert capsys.readouterr().out == "1\tdemo\t2022-03-19\t草原春耕\n"
    assert cli.main(["--database", db, "search", "transit"]) == 0
    assert capsys.readouterr().out == "2\tdemo\t-\tTransit budget\n"  # no date: "-"
    assert cli.main(["--database", db, "search", "不存在"]) == 0
    assert capsys.readouterr().out == ""


def test_datasette_metadata_is_named_after_the_sqlite_file(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--database", db, "datasette-metadata"]) == 0
    assert list(json.loads(capsys.readouterr().out)["databases"]) == ["cli"]
    assert cli.main(["--database", "sqlite://", "datasette-metadata"]) == 0
    assert list(json.loads(capsys.readouterr().out)["databases"]) == ["newscrawl"]
