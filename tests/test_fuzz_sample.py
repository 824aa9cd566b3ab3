"""CI sample of the fuzz harness (``benchmarks/fuzz_extract.py``): every hostile mutation and
sitemap variant once through extraction and the spider callbacks, plus property-based checks
of the pattern-matching and URL code on generated pathological input."""

from __future__ import annotations

import time

import fuzz_extract
import fuzz_pages
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy import Request

from newscrawl.clean import clean_paragraphs, is_boilerplate
from newscrawl.extract.article import extract_article
from newscrawl.extract.budget import time_budget
from newscrawl.limits import listing_template
from newscrawl.netpolicy import NetPolicy
from newscrawl.urls import canonicalize, is_followable


def test_fuzz_sample_no_crash_no_hang() -> None:
    started = time.monotonic()
    report = fuzz_extract.fuzz(pages=len(fuzz_pages.MUTATIONS), seed=0, budget=5, log=print)
    assert set(report["by_mutation"]) == {*fuzz_pages.MUTATIONS, "sitemap"}
    assert report["crashes"] == []
    assert report["hangs"] == []
    assert report["max_s"] <= 5
    assert time.monotonic() - started < 60


# Pieces of the lines that make backtracking patterns slow: separators the name classes also
# match, labels, digits, brackets, long space runs.
PIECES = [
    "By ",
    "by ",
    " and ",
    "A",
    "a.",
    ", ",
    " & ",
    "记者",
    "記者",
    "（",
    "(",
    "）",
    "张三",
    " ",
    "、",
    "：",
    ":",
    "作者",
    "来源",
    "2022年",
    "3月",
    "19日",
    "12:",
    "-",
    "T",
    "|",
    "_",
    "學(",
    "xué",
    "share ",
    "newsletter",
    "inbox",
    "follow ",
    "on twitter",
    "上一篇",
    "\t",
    "发布时间",
    "本报讯",
    "电",
    "\u3000",
    "!",
]
LINES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=400).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_pathological_lines_are_fast(line: str) -> None:
    html = f"<html><head><title>{line}</title></head><body><h1>{line}</h1>"
    html += f'<div class="byline">{line}</div><p>{line}</p><p>Text of the story.</p><p>{line}</p>'
    started = time.monotonic()
    with time_budget(5):
        is_boilerplate(line)
        clean_paragraphs([line, line])
        extract_article(html + "</body></html>", "http://n.example/2024/05/06/a.html")
    assert time.monotonic() - started < 2, f"{len(line)} chars: {line[:120]!r}"


URLISH = st.text(
    alphabet=st.sampled_from(list("htps:/[]@%.-_?&=#;0123456789abcxyz:\\ 例\x00")), max_size=80
)


@settings(max_examples=300, deadline=None)
@given(URLISH)
def test_url_code_never_raises(raw: str) -> None:
    url = "http://" + raw
    if is_followable(url):
        canonicalize(url)
        Request(url)  # what is followable is requestable: w3lib 2.6 rejects "exa mple.com"
    listing_template(url)
    NetPolicy(["http://127.0.0.1:8000/"]).check_url(url)


# Runs of text around the 20,000-character limit between brackets, and brackets of both kinds.
_RUN_LENGTHS = (0, 1, 9_999, 10_000, 10_001, 19_999, 20_000, 20_001, 30_000, 45_000)
_BRACKETS = st.sampled_from(["<", ">", "<p>", "</p>", "<img src='", "'>"])
_RUNS = st.sampled_from(_RUN_LENGTHS).map(lambda n: "x" * n)
HUGE_TAGGY = st.lists(st.tuples(_BRACKETS, _RUNS).map("".join), max_size=6).map("".join)


def _check_huge_tags(html: str) -> None:
    from newscrawl.extract.article import _HUGE_TAG, _drop_huge_tags

    assert _drop_huge_tags(html) == _HUGE_TAG.sub("", html)


@pytest.mark.parametrize("n", _RUN_LENGTHS)
@pytest.mark.parametrize("before", ["", "a", "<p>", ">" + "y" * 15_000, "<" + "y" * 15_000])
def test_one_long_run_between_brackets(n: int, before: str) -> None:
    _check_huge_tags(f"{before}<{'x' * n}>b<{'z' * n}")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HUGE_TAGGY)
def test_huge_tags_are_dropped_as_the_plain_regex_drops_them(html: str) -> None:
    _check_huge_tags(html)
