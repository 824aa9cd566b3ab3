"""Body language: the identifier, the pipeline, and the language filters of export and search."""

from __future__ import annotations

import asyncio
import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from newscrawl import dedupe
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.db.session import ensure_schema, make_engine
from newscrawl.enrich import LanguagePipeline
from newscrawl.export import export_articles
from newscrawl.items import ArticleItem
from newscrawl.language import detect

ZH = "国务院常务会议部署进一步稳经济一揽子政策措施，要求各地区各部门抓好落实，确保政策尽快见效。"
EN = "The central bank left interest rates unchanged on Thursday, saying inflation had eased."
FR = "Le gouvernement a annoncé jeudi de nouvelles mesures pour soutenir les petites entreprises."


def test_detect() -> None:
    assert (detect(ZH), detect(EN), detect(FR)) == ("zh", "en", "fr")
    assert detect("OK 123") is None and detect("") is None and detect(None) is None


def test_shared_pages_accuracy_on_zh_en() -> None:
    """The benchmark's figure, as a gate: ≥ 0.98 on the zh/en pages of aeb + magichtml."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from language_bench import SHARED, labelled

    if not SHARED.is_dir():
        pytest.skip(f"shared benchmark pages not at {SHARED}")
    pages = [(w, t) for _, w, t in labelled() if w in ("zh", "en")]
    assert len(pages) > 250
    right = sum(detect(t) == w for w, t in pages)
    assert right / len(pages) >= 0.98


def _item(body: str, page: str | None) -> ArticleItem:
    return ArticleItem(url="u", canonical_url="u", site="s", body=body, page_language=page)


def test_pipeline_identifies_and_falls_back_to_the_page() -> None:
    crawler = get_crawler()
    pipe = LanguagePipeline.from_crawler(crawler)

    def language(item: ArticleItem) -> str | None:
        return asyncio.run(pipe.process_item(item)).language  # type: ignore[no-any-return]

    assert language(_item(EN, "zh-CN")) == "en"  # the page's default was wrong
    assert language(_item("短", "zh-CN")) == "zh"  # too short: the page's
    assert language(_item("短", None)) is None
    assert language(_item(ZH, "en")) == "zh"
    assert crawler.stats is not None
    assert crawler.stats.get_value("newscrawl/language/differs_from_page") == 2


def test_export_and_search_filter_by_language(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'l.db'}")
    ensure_schema(engine)
    now = datetime(2024, 1, 2, tzinfo=UTC)
    records = [
        ArticleRecord(
            f"http://x.test/{i}", "x", f"政策 title {i}", body, f"h{i}", now, language=lang
        )
        for i, (body, lang) in enumerate(((ZH, "zh"), (EN, "en"), (ZH + "再", "zh")))
    ]
    for r in records:
        r.fingerprint, r.signature, r.band_keys = dedupe.digest(r.body)
    repo = Repository(engine)
    repo.store_articles(records)
    out = io.BytesIO()
    assert export_articles(engine, out, "jsonl", language="zh") == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["language"] for r in rows} == {"zh"}
    assert [r.title for r in repo.search("title", language="en")] == ["政策 title 1"]
    assert len(repo.search("title")) == 3
    engine.dispose()


def test_chinese_script_decides_without_the_model() -> None:
    from newscrawl import language

    language._identifier.cache_clear()
    assert detect(ZH * 3) == "zh"
    assert detect(ZH * 3) == "zh" and not language._identifier.cache_info().currsize
    assert language.needs_model(EN) and not language.needs_model(ZH)
    assert not language.needs_model("短")  # too short to tell: nothing to load
    language.load_model()
    assert not language.needs_model(EN)
    assert detect("東京で新しい政策が発表された。政府は来年から実施する予定だと述べた。") == "ja"


def test_the_page_pool_identifies_and_the_pipeline_keeps_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newscrawl.pool import PageJob, process_page

    html = (
        "<html><head><title>Central bank holds rates</title></head><body><article>"
        "<h1>Central bank holds rates</h1>" + f"<p>{EN} {EN}</p>" * 4 + "</article></body></html>"
    )
    page = process_page(PageJob(html.encode(), "http://x.test/2024/01/02/rates.html"))
    assert page.extracted is not None and page.extracted.paragraphs
    assert page.language == "en"

    def no_detection(_body: object) -> str:
        raise AssertionError("the pipeline identified again")

    monkeypatch.setattr("newscrawl.enrich.detect", no_detection)
    pipe = LanguagePipeline.from_crawler(get_crawler())
    item = _item(EN, "zh-CN")
    item.language = page.language
    assert asyncio.run(pipe.process_item(item)).language == "en"
