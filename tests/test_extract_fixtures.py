"""Extraction on saved pages: expected values live next to each page (``*.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.clean import clean_body
from newscrawl.extract.article import extract_article
from newscrawl.extract.encoding import decode_html

PAGES = Path(__file__).parent / "fixtures" / "pages"
CASES = sorted(PAGES.glob("*.html"))


@pytest.mark.parametrize("page", CASES, ids=[p.stem for p in CASES])
def test_page_matches_expectations(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    text, encoding, _ = decode_html(page.read_bytes())
    got = extract_article(text, expected["url"])
    actual = {
        "title": got.title,
        "body": clean_body(got.body or ""),
        "author": got.author,
        "published_at": got.published_at.isoformat() if got.published_at else None,
        "language": got.language,
        "links": [list(link) for link in got.links],
        "encoding": encoding,
        "canonical_url": got.canonical_url,
    }
    for key, value in expected.items():
        if key != "url":
            assert actual[key] == value, key


def test_empty_and_truncated_pages_give_nothing_and_do_not_raise() -> None:
    assert extract_article("", "http://x/a").title is None
    assert extract_article("   ", "http://x/a").body is None
    cut = '<html><head><meta charset="utf-8"><tit'
    got = extract_article(cut, "http://x/a")
    assert got.title is None and got.body is None


def test_published_raw_is_kept_beside_parsed_value() -> None:
    page = (PAGES / "legacy_gb2312.html").read_bytes()
    text, _, _ = decode_html(page)
    got = extract_article(text, "http://gov.example.cn/legacy/20220319/news_9.html")
    assert got.published_raw is not None and "2022年03月19日 12:05" in got.published_raw
    assert got.published_at is not None and got.published_at.utcoffset() is not None
