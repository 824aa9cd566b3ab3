"""Exports (CSV, JSON lines, Parquet) on SQLite, PostgreSQL and MariaDB, and the Datasette
metadata against a freshly upgraded database."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, update

from newscrawl import dedupe
from newscrawl.datasette import DATABASE, metadata, write_metadata
from newscrawl.db.models import Article
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.db.session import ensure_schema, make_engine, upgrade
from newscrawl.export import COLUMNS, ExportError, export_articles, iter_articles

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
T0 = datetime(2024, 3, 4, 5, 6, 7, tzinfo=UTC)
T1 = datetime(2024, 3, 5, 8, 0, 0, tzinfo=UTC)
FORMATS = ("csv", "jsonl", "parquet")

ZH_BODY = (
    "国务院总理主持召开国务院常务会议，部署进一步稳经济的一揽子政策措施。会议指出，"
    "当前经济运行总体平稳，但仍面临需求收缩、供给冲击、预期转弱三重压力。\n\n"
    "会议要求，各地区各部门要抓好政策落实，加大对中小微企业和个体工商户的支持力度，"
    "保持物价总体稳定，确保能源粮食安全，切实保障和改善民生。"
)
EN_BODY = (
    "Stocks rallied on Thursday after the central bank left interest rates unchanged.\n\n"
    "Investors had expected a pause, and bond yields fell across the curve."
)


def _record(url: str, site: str, title: str, body: str, **kw: Any) -> ArticleRecord:
    d = dedupe.digest(body)
    fields: dict[str, Any] = {
        "canonical_url": url,
        "site": site,
        "title": title,
        "body": body,
        "content_hash": f"{hash((title, body)):x}",
        "fetched_at": T0,
        "fingerprint": d.fingerprint,
        "signature": d.signature,
        "band_keys": d.band_keys,
        **kw,
    }
    return ArticleRecord(**fields)


A = "https://news.example.cn/2024/03/01/a.html"
B = "https://people.example.cn/n1/2024/0302/b.html"
C = "https://www.example.co.uk/news/business-1"
D = "https://www.example.co.uk/news/business-2"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """Four articles: two Chinese on xinhua (near-duplicates: one story cluster), two English
    on bbc (one updated to a second version, one undated and stored before clustering)."""
    eng = make_engine(db_url)
    ensure_schema(eng)
    repo = Repository(eng)
    repo.store_articles(
        [
            _record(
                A,
                "xinhua",
                "国务院部署稳经济一揽子政策措施",
                ZH_BODY,
                language="zh",
                author="张三, 李四",
                published_at=datetime(2024, 3, 1, 2, 0, tzinfo=UTC),
                published_raw="2024年03月01日 10:00",
                tags=["经济", "政策"],
                urls=[A + "?utm_source=weibo", A],
            ),
            _record(
                B,
                "xinhua",
                "国务院常务会议：稳经济政策措施",
                ZH_BODY + "\n\n（完）本报记者补充报道。",
                language="zh",
                published_at=datetime(2024, 3, 2, 23, 30, tzinfo=UTC),
            ),
            _record(
                C,
                "bbc",
                "Markets rally after rate decision",
                EN_BODY,
                language="en",
                author="Jane Doe",
                published_at=datetime(2024, 3, 3, 0, 0, tzinfo=UTC),
                modified_at=datetime(2024, 3, 3, 9, 15, tzinfo=UTC),
                section="Business",
            ),
            _record(
                D,
                "bbc",
                "Undated explainer",
                "What a rate pause means for savers and borrowers, in plain words.",
                language="en",
            ),
        ]
    )
    changed = EN_BODY + "\n\nThis story has been updated."
    repo.store_articles(
        [
            _record(
                C,
                "bbc",
                "Markets rally after rate decision",
                changed,
                language="en",
                author="Jane Doe",
                fetched_at=T1,
                published_at=datetime(2024, 3, 3, 0, 0, tzinfo=UTC),
                modified_at=datetime(2024, 3, 3, 9, 15, tzinfo=UTC),
                section="Business",
            )
        ]
    )
    with eng.begin() as conn:  # as if stored before story clustering existed
        conn.execute(update(Article).where(Article.site == "bbc").values(cluster_id=None))
    yield eng
    eng.dispose()


def _parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        if CI:
            pytest.fail("pyarrow is required under CI=true (it is in the test extra)")
        pytest.skip("pyarrow not installed: pip install 'newscrawl[parquet]'")
    return pq


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _read(fmt: str, path: Path) -> list[dict[str, Any]]:
    """Rows as in JSON lines, whatever the format (after format-specific checks)."""
    if fmt == "jsonl":
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\n") or not text
        return [json.loads(line) for line in text.splitlines()]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            assert tuple(next(reader)) == COLUMNS  # header row
            rows = [dict(zip(COLUMNS, values, strict=True)) for values in reader]
        out = []
        for row in rows:
            typed: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
            for k in ("id", "cluster_id", "version", "cluster_size"):
                typed[k] = None if typed[k] is None else int(typed[k])
            for k in ("tags", "urls"):
                typed[k] = None if typed[k] is None else json.loads(typed[k])
            out.append(typed)
        return out
    pq = _parquet()
    import pyarrow as pa

    table = pq.read_table(path)
    assert table.schema.names == list(COLUMNS)
    for name in ("published_at", "modified_at", "first_seen_at", "last_seen_at"):
        assert table.schema.field(name).type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("urls").type == pa.list_(pa.string())
    return [
        {k: _iso(v) if isinstance(v, datetime) else v for k, v in row.items()}
        for row in table.to_pylist()
    ]


def _export(engine: Engine, tmp_path: Path, fmt: str, **kw: Any) -> list[dict[str, Any]]:
    path = tmp_path / f"out-{len(list(tmp_path.iterdir()))}.{fmt}"
    if fmt == "parquet":
        _parquet()
    count = export_articles(engine, path, fmt, **kw)  # type: ignore[arg-type]
    assert not path.with_name(path.name + ".part").exists()
    rows = _read(fmt, path)
    assert count == len(rows)
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_rows(engine: Engine, tmp_path: Path, fmt: str) -> None:
    rows = _export(engine, tmp_path, fmt)
    assert [r["canonical_url"] for r in rows] == [A, B, C, D]  # id order
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    a, b, c, d = rows
    assert set(a) == set(COLUMNS)
    # Chinese text survives byte for byte
    assert (a["title"], a["body"], a["author"]) == (
        "国务院部署稳经济一揽子政策措施",
        ZH_BODY,
        "张三, 李四",
    )
    assert a["published_raw"] == "2024年03月01日 10:00"
    assert a["tags"] == ["经济", "政策"]
    assert a["language"] == "zh"
    # every URL of the article, first seen first (the canonical URL is stored first)
    assert a["urls"] == [A, A + "?utm_source=weibo"]
    assert b["urls"] == [B]
    # story cluster: the two near-duplicates share one; NULL cluster means a cluster of one
    assert a["cluster_id"] is not None and a["cluster_id"] == b["cluster_id"]
    assert (a["cluster_size"], b["cluster_size"]) == (2, 2)
    assert (c["cluster_id"], c["cluster_size"], d["cluster_size"]) == (None, 1, 1)
    # datetimes: ISO 8601 UTC
    assert a["published_at"] == "2024-03-01T02:00:00Z"
    assert b["published_at"] == "2024-03-02T23:30:00Z"
    assert c["modified_at"] == "2024-03-03T09:15:00Z"
    assert d["published_at"] is None and d["tags"] is None
    # versions and first/last seen
    assert (c["version"], c["first_seen_at"], c["last_seen_at"]) == (
        2,
        "2024-03-04T05:06:07Z",
        "2024-03-05T08:00:00Z",
    )
    assert c["body"].endswith("This story has been updated.")
    assert (a["version"], a["first_seen_at"]) == (1, "2024-03-04T05:06:07Z")
    assert (c["author"], c["section"], c["site"]) == ("Jane Doe", "Business", "bbc")


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_filters(engine: Engine, tmp_path: Path, fmt: str) -> None:
    def urls(**kw: Any) -> list[str]:
        return [r["canonical_url"] for r in _export(engine, tmp_path, fmt, **kw)]

    assert urls(site="bbc") == [C, D]
    assert urls(site="nowhere") == []
    assert urls(since=date(2024, 3, 2)) == [B, C]  # undated articles are left out
    assert urls(until=date(2024, 3, 2)) == [A, B]  # inclusive: 23:30 UTC on the 2nd
    assert urls(since=date(2024, 3, 2), until=date(2024, 3, 2)) == [B]
    assert urls(site="xinhua", since=date(2024, 3, 2)) == [B]
    assert urls(since=date(2024, 3, 4)) == []
    filtered = _export(engine, tmp_path, fmt, site="xinhua", until=date(2024, 3, 1))
    assert [r["cluster_size"] for r in filtered] == [2]  # counted over the whole table


def test_streams_in_batches_and_to_binary_streams(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small fetch batches give the same rows; streams are written to and left open;
    Parquet is written in row groups of ROW_GROUP_SIZE."""
    whole = list(iter_articles(engine))
    assert list(iter_articles(engine, fetch_size=1)) == whole
    assert list(iter_articles(engine, fetch_size=3)) == whole
    for fmt in ("csv", "jsonl"):
        buf = io.BytesIO()
        assert export_articles(engine, buf, fmt) == 4
        assert not buf.closed
        assert "国务院部署稳经济一揽子政策措施" in buf.getvalue().decode("utf-8")
    pq = _parquet()
    import newscrawl.export

    monkeypatch.setattr(newscrawl.export, "ROW_GROUP_SIZE", 3)
    buf = io.BytesIO()
    assert export_articles(engine, buf, "parquet") == 4
    buf.seek(0)
    parquet = pq.ParquetFile(buf)
    assert (parquet.metadata.num_rows, parquet.metadata.num_row_groups) == (4, 2)
    empty = tmp_path / "empty.parquet"
    assert export_articles(engine, empty, "parquet", site="nowhere") == 0
    assert pq.read_table(empty).schema.names == list(COLUMNS)


def test_parquet_without_pyarrow_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'never-opened.db'}")
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    out = tmp_path / "out.parquet"
    with pytest.raises(ExportError, match=re.escape("pip install 'newscrawl[parquet]'")):
        export_articles(engine, out, "parquet")
    assert not out.exists() and not (tmp_path / "never-opened.db").exists()
    with pytest.raises(ValueError, match="unknown export format"):
        export_articles(engine, out, "xlsx")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- Datasette


def test_metadata_is_json_and_describes_what_upgrade_creates(tmp_path: Path) -> None:
    meta = metadata()
    assert json.loads(json.dumps(meta, ensure_ascii=False)) == meta
    written = tmp_path / "metadata.json"
    write_metadata(written)
    assert json.loads(written.read_text(encoding="utf-8")) == meta

    db_path = tmp_path / "newscrawl.db"
    engine = make_engine(f"sqlite:///{db_path}")
    upgrade(engine)
    insp = inspect(engine)
    present = set(insp.get_table_names()) | set(insp.get_view_names())
    db = meta["databases"][DATABASE]
    core = {"articles", "article_urls", "article_links", "article_versions", "crawl_runs"}
    assert core <= set(db["tables"])
    for table, info in db["tables"].items():
        assert table in present, f"metadata describes {table}, which upgrade does not create"
        assert info["description"]
        columns = {c["name"] for c in insp.get_columns(table)}
        assert set(info.get("columns", {})) <= columns, table
        for key in ("label_column", "sort_desc", "sort", "fts_pk"):
            assert key not in info or info[key] in columns, (table, key)
        assert set(info.get("facets", [])) <= columns
        assert info.get("fts_table", table) in present
    for table in core:
        documented = set(db["tables"][table]["columns"])
        actual = {c["name"] for c in insp.get_columns(table)}
        assert documented == actual, f"{table}: undocumented {actual - documented}"
    engine.dispose()


def test_canned_queries_run_on_sqlite(tmp_path: Path) -> None:
    """Every canned query runs as Datasette would run it (sqlite3, named parameters)."""
    db_path = tmp_path / "newscrawl.db"
    engine = make_engine(f"sqlite:///{db_path}")
    ensure_schema(engine)
    repo = Repository(engine)
    repo.store_articles(
        [
            _record(A, "xinhua", "国务院部署稳经济一揽子政策措施", ZH_BODY, urls=[A + "?x=1"]),
            _record(
                B,
                "xinhua",
                "国务院常务会议：稳经济政策措施",
                ZH_BODY + "\n\n（完）",
                # the most-read link is stored but is not the article's related news
                links=[(A, "相关新闻", "related"), (C, "热门文章", "most_read")],
            ),
            _record(C, "bbc", "Markets rally", EN_BODY),
        ]
    )
    run = repo.start_run("news", "xinhua", T0)
    repo.finish_run(run, "finished", {"response_received_count": 3})
    engine.dispose()

    queries = metadata()["databases"][DATABASE]["queries"]
    assert {"articles_per_site_per_day", "related_news_graph", "largest_story_clusters"} <= set(
        queries
    )
    assert {"article_by_url", "search", "last_crawl_runs"} <= set(queries)
    params = {"url": A + "?x=1", "q": "稳经济", "cluster_id": 1, "article_id": 1, "language": ""}
    results: dict[str, list[sqlite3.Row]] = {}
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        for name, query in queries.items():
            assert query["title"] and query["sql"]
            names = set(re.findall(r"(?<!:):(\w+)", query["sql"]))
            results[name] = conn.execute(query["sql"], {k: params[k] for k in names}).fetchall()
    finally:
        conn.close()
    assert [r["title"] for r in results["article_by_url"]] == ["国务院部署稳经济一揽子政策措施"]
    assert {r["title"] for r in results["search"]} == {
        "国务院部署稳经济一揽子政策措施",
        "国务院常务会议：稳经济政策措施",
    }
    graph = results["related_news_graph"]
    assert [(r["from_title"], r["to_title"]) for r in graph] == [
        ("国务院常务会议：稳经济政策措施", "国务院部署稳经济一揽子政策措施")
    ]
    clusters = results["largest_story_clusters"]
    assert [r["articles"] for r in clusters] == [2]
    assert {(r["site"], r["articles"]) for r in results["articles_per_site_per_day"]} == {
        ("xinhua", 2),
        ("bbc", 1),
    }
    assert [r["finish_reason"] for r in results["last_crawl_runs"]] == ["finished"]
