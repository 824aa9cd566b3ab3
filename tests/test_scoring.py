"""The extraction benchmark's AEB body metric (benchmarks/scoring.py) on tiny hand-made texts."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import scoring

score, tokenize, shingles, page_counts = (
    scoring.score,
    scoring.tokenize,
    scoring.shingles,
    scoring.page_counts,
)

TEXT = "The quick brown fox jumps over the lazy dog and runs away."


def approx(value: float) -> object:
    return pytest.approx(value, abs=1e-12)


def test_perfect_match_scores_one() -> None:
    result = score([(TEXT, TEXT), ("第一段内容。\n\n第二段。", "第一段内容。第二段。")])
    assert (result.precision, result.recall, result.f1, result.n) == (1.0, 1.0, 1.0, 2)


def test_whitespace_punctuation_and_layout_are_ignored_case_is_not() -> None:
    relaid = "The quick, brown fox —\n\njumps over the lazy dog and runs away"
    assert score([(TEXT, relaid)]).f1 == 1
    assert score([(TEXT, TEXT.upper())]).f1 == 0


def test_empty_prediction() -> None:
    assert page_counts(TEXT, "") == (0.0, 0.0, 1.0)
    alone = score([(TEXT, "")])  # the page has no precision (TP+FP == 0), recall 0
    assert (alone.precision, alone.recall, alone.f1) == (0.0, 0.0, 0.0)
    mixed = score([(TEXT, TEXT), (TEXT, "")])
    assert mixed.precision == 1.0  # the empty prediction is left out of the precision mean
    assert mixed.recall == approx(0.5)
    assert mixed.f1 == approx(2 * 1.0 * 0.5 / 1.5)


def test_empty_truth_and_prediction_page_is_left_out() -> None:
    assert page_counts("", "") == (0.0, 0.0, 0.0)
    assert score([(TEXT, TEXT), ("", "")]).f1 == 1.0
    nothing = score([("", "")])
    assert (nothing.precision, nothing.recall, nothing.f1, nothing.n) == (0.0, 0.0, 0.0, 1)


def test_prediction_for_empty_truth_costs_precision_only() -> None:
    result = score([(TEXT, TEXT), ("", "some boilerplate text here")])
    assert result.precision == approx(0.5)
    assert result.recall == 1.0


def test_cjk_characters_are_tokens_other_text_is_aeb_words() -> None:
    assert tokenize("新华社北京5月9日电 (记者 x_1)") == [
        *"新华社北京",
        "5",
        "月",
        "9",
        "日",
        "电",
        "记",
        "者",
        "x_1",
    ]
    assert tokenize("ひらがなカタカナ한국어") == list("ひらがなカタカナ한국어")
    assert tokenize("研究\n\n会议") == tokenize("研究会议")
    latin = "Ça va? Naïve café-au-lait, 3.14 and Москва_2024 — ok!"
    assert tokenize(latin) == re.findall(r"\w+", latin)
    assert tokenize(None) == tokenize("") == []


def test_one_wrong_chinese_character_costs_only_nearby_shingles() -> None:
    truth = "今天北京天气晴朗，气温二十度，适合出门散步。"
    page = page_counts(truth, truth.replace("晴", "阴"))
    n = len(tokenize(truth)) - 3
    assert page == (approx((n - 4) / (n + 4)), approx(4 / (n + 4)), approx(4 / (n + 4)))


def test_shingles_are_a_multiset() -> None:
    assert shingles(list("abcdabcd")) == Counter(
        {tuple("abcd"): 2, tuple("bcda"): 1, tuple("cdab"): 1, tuple("dabc"): 1}
    )
    once, twice = "alpha beta gamma delta", "alpha beta gamma delta alpha beta gamma delta"
    missed = score([(twice, once)])  # TP 1, FN 4: a set comparison would give recall 1/4
    assert (missed.precision, missed.recall) == (1.0, approx(1 / 5))
    repeated = score([(once, twice)])  # TP 1, FP 4
    assert (repeated.precision, repeated.recall) == (approx(1 / 5), 1.0)


def test_short_texts_make_one_shorter_shingle() -> None:
    assert shingles(["a", "b"]) == Counter({("a", "b"): 1})
    assert shingles([]) == Counter()
    assert score([("two words", "two words")]).f1 == 1.0
    assert page_counts("two words", "two words more") == (0.0, 0.5, 0.5)
    assert page_counts("one two three four", "one two three") == (0.0, 0.5, 0.5)


def test_pages_weigh_the_same_whatever_their_length() -> None:
    long_text = " ".join(f"w{i}" for i in range(1000))
    half = " ".join(f"w{i}" for i in range(503))  # 500 of the 997 true shingles
    result = score([(long_text, long_text), (TEXT, "")])
    assert result.recall == approx(0.5)
    page = page_counts(long_text, half)
    assert sum(page) == approx(1.0)
    assert page == (approx(500 / 997), 0.0, approx(497 / 997))


def test_f1_is_taken_from_the_mean_precision_and_mean_recall() -> None:
    a, b = "one two three four five six", "seven eight nine ten eleven twelve"
    result = score([(a, a + " " + b), (a + " " + b, a)])
    p1, r1 = 3 / 9, 1.0  # page 1: TP 3, FP 6 (3 bridging + 3 inside b); page 2 mirrored
    assert result.precision == approx((p1 + 1.0) / 2)
    assert result.recall == approx((r1 + 3 / 9) / 2)
    assert result.f1 == approx(
        2 * result.precision * result.recall / (result.precision + result.recall)
    )
