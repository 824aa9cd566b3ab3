"""Pipelines built the way Scrapy builds them (``get_crawler`` + ``build_from_crawler``)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newscrawl import dedupe
from newscrawl.db.repository import Repository
from newscrawl.db.session import make_engine
from newscrawl.items import ArticleItem, RelatedLink, UrlAliases
from newscrawl.pipelines import (
    CanonicalUrlPipeline,
    CleanPipeline,
    StoragePipeline,
    ValidatePipeline,
)


def item(url: str = "http://h/a", **kw: Any) -> ArticleItem:
    fields: dict[str, Any] = {
        "url": url,
        "canonical_url": url,
        "site": "demo",
        "title": "标题",
        "body": "第一段正文，内容足够长，可以通过验证。\n\n第二段。",
        "fetched_at": datetime.now(UTC),
        "urls": [url],
    }
    fields.update(kw)
    return ArticleItem(**fields)


def build(cls: type, **settings: Any) -> Any:
    crawler = get_crawler(settings_dict=settings)
    return build_from_crawler(cls, crawler)


def test_clean_pipeline_removes_seed_artifacts() -> None:
    pipe = build(CleanPipeline)
    out = pipe.process_item(
        item(
            title=" 科學(xué)精準(zhǔn)\u3000動態(tài)清零 ",
            body="強調(diào)要科學(xué)精準(zhǔn)。\n\n分享讓更多人看到\n\n  第二段  ",
            links=[RelatedLink("http://h/b", " 學(xué)習(xí) ", "related")],
        )
    )
    # the ruby artifacts go; the ideographic space between the headline's two phrases stays
    assert out.title == "科學精準\u3000動態清零"
    assert out.body == "強調要科學精準。\n\n第二段"
    assert out.links[0].anchor == "學習"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"title": None}, "missing_title"),
        ({"body": ""}, "missing_body"),
        ({"body": "太短"}, "body_too_short"),
    ],
)
def test_validate_drops_with_counted_reason(fields: dict[str, Any], reason: str) -> None:
    pipe = build(ValidatePipeline)
    with pytest.raises(DropItem, match=reason):
        pipe.process_item(item(**fields))
    assert pipe.stats.get_value(f"newscrawl/drop/{reason}") == 1


def test_dedupe_one_article_per_canonical_url() -> None:
    pipe = build(CanonicalUrlPipeline)
    pipe.process_item(item())
    again = pipe.process_item(
        item(url="http://h/a_print.htm", canonical_url="http://h/a", urls=["http://h/a_print.htm"])
    )
    # Not a second article, but its URL is kept as one more URL of the article.
    assert again == UrlAliases("http://h/a", ["http://h/a_print.htm"])
    assert pipe.stats.get_value("newscrawl/dedupe/duplicate_url") == 1


def test_content_hash_ignores_whitespace_and_punctuation() -> None:
    content_hash = dedupe.content_hash
    assert content_hash("标题", "正文，内容。") == content_hash("标题 ", "正文 内容")
    assert content_hash("标题", "正文") != content_hash("标题", "别的正文")
    # a changed title is a new version even when the body is the same
    assert content_hash("标题", "正文") != content_hash("新标题", "正文")
    # one hash: the fold of newscrawl.dedupe (script and ruby renderings are the same text)
    assert content_hash("學習", "經濟") == content_hash("学习", "经济")
    assert content_hash("标题", "正文") == dedupe.fingerprint("标题\n正文")


def test_storage_batches_and_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/s.db"
    pipe = build(StoragePipeline, NEWSCRAWL_DATABASE_URL=url, NEWSCRAWL_DB_BATCH_SIZE=2)

    async def run() -> None:
        for i in range(5):
            await pipe.process_item(item(f"http://h/{i}", body=f"第{i}篇正文，足够长的内容。"))
        assert pipe.stats.get_value("newscrawl/store/new") == 4  # two full batches so far
        await pipe.close_spider()

    asyncio.run(run())
    assert pipe.stats.get_value("newscrawl/store/new") == 5
    assert Repository(make_engine(url)).counts()["articles"] == 5


def test_storage_failure_spools_and_never_reports_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/s.db"
    pipe = build(
        StoragePipeline, NEWSCRAWL_DATABASE_URL=url, NEWSCRAWL_SPOOL_DIR=str(tmp_path / "spool")
    )

    def broken(*_: Any) -> Any:
        raise ConnectionError("database went away")

    pipe.repo.store_articles = broken
    pipe.writer.retry_wait = 0

    async def run() -> None:
        await pipe.process_item(item())
        await pipe.close_spider()

    asyncio.run(run())
    assert pipe.stats.get_value("newscrawl/store/new") is None
    assert pipe.stats.get_value("newscrawl/store/spooled") == 1
    lines = [
        json.loads(x)
        for f in (tmp_path / "spool" / "demo").iterdir()
        for x in f.read_text().split("\n")
        if x
    ]
    assert [x["record"]["canonical_url"] for x in lines] == ["http://h/a"]

    # The next run finds the database back: the spooled article is stored, exactly once.
    for _ in range(2):
        again = build(
            StoragePipeline, NEWSCRAWL_DATABASE_URL=url, NEWSCRAWL_SPOOL_DIR=str(tmp_path / "spool")
        )
        again.crawler.spider = SimpleNamespace(profile=SimpleNamespace(name="demo"))

        async def replay(p: Any = again) -> None:
            await p.open_spider()
            await p.close_spider()

        asyncio.run(replay())
    assert Repository(make_engine(url)).counts()["articles"] == 1
    assert list((tmp_path / "spool" / "demo").iterdir()) == []


def test_storage_refuses_a_database_at_another_schema(tmp_path: Path) -> None:
    from sqlalchemy import text

    from newscrawl.db.session import SchemaError

    engine = make_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE articles (id INTEGER PRIMARY KEY)"))
    with pytest.raises(SchemaError):
        build(StoragePipeline, NEWSCRAWL_DATABASE_URL=f"sqlite:///{tmp_path}/old.db")


def test_a_plain_dict_item_goes_through_every_stage(tmp_path: Path) -> None:
    """The pipelines read and write through ItemAdapter: any item type with the fields works."""
    url = f"sqlite:///{tmp_path}/d.db"
    stages = [build(cls) for cls in (CleanPipeline, ValidatePipeline, CanonicalUrlPipeline)]
    store = build(StoragePipeline, NEWSCRAWL_DATABASE_URL=url)
    raw: dict[str, Any] = {
        "url": "http://h/d?utm_source=x",
        "canonical_url": "http://h/d",
        "site": "demo",
        "title": " 科學(xué)精準 ",
        "body": "第一段正文，内容足够长，可以通过验证。\n\n分享让更多人看到\n\n第二段。",
        "author": " 张三 ",
        "tags": [" 经济 ", ""],
        "fetched_at": datetime(2024, 1, 2, tzinfo=UTC),
        "urls": ["http://h/d?utm_source=x"],
        "links": [{"url": "http://h/e", "anchor": " 相关 ", "kind": "related"}],
    }
    out = raw
    for stage in stages:
        out = stage.process_item(out)
    assert out is raw  # the same dict, cleaned in place
    assert (raw["title"], raw["author"], raw["tags"]) == ("科學精準", "张三", ["经济"])
    assert raw["body"] == "第一段正文，内容足够长，可以通过验证。\n\n第二段。"
    assert raw["links"][0]["anchor"] == "相关"

    async def run() -> None:
        await store.process_item(raw)
        await store.close_spider()

    asyncio.run(run())
    engine = make_engine(url)
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT title, author, tags FROM articles").one()
        links = conn.exec_driver_sql("SELECT target_url, anchor FROM article_links").all()
    assert (row[0], row[1], json.loads(row[2])) == ("科學精準", "张三", ["经济"])
    assert [tuple(r) for r in links] == [("http://h/e", "相关")]
    with pytest.raises(DropItem, match="missing_title"):
        stages[1].process_item({**raw, "title": ""})


def test_a_batch_that_cannot_be_spooled_fails_the_run(tmp_path: Path) -> None:
    from newscrawl.extensions import run_failure

    (tmp_path / "file").write_text("not a directory")
    pipe = build(
        StoragePipeline,
        NEWSCRAWL_DATABASE_URL=f"sqlite:///{tmp_path}/s.db",
        NEWSCRAWL_SPOOL_DIR=str(tmp_path / "file" / "spool"),
    )

    def unreachable(*_: Any) -> Any:
        raise ConnectionRefusedError("database went away")

    pipe.repo.store_articles = unreachable
    pipe.writer.retry_wait = 0

    async def run() -> None:
        await pipe.process_item(item())
        await pipe.close_spider()

    asyncio.run(run())
    stats = pipe.stats.get_stats()
    assert stats["newscrawl/store/spool_failed"] == 1 and "newscrawl/store/spooled" not in stats
    failure = run_failure(stats, 0.5, had_articles=False)
    assert failure == "database unreachable and the spool could not be written: 1 articles lost"
