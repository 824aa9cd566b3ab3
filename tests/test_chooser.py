"""The body chooser's decisions on hand-made candidates (real pages: test_body_real_pages.py)."""

from __future__ import annotations

from newscrawl.extract.chooser import (
    Opinions,
    agreement,
    choose,
    looks_unsure,
    tokens,
    trim_ends,
    weight,
)

STORY = [
    "The council approved the new budget on Tuesday after a long debate about school funding.",
    "Opponents said the plan cut too deeply into libraries and parks across the city.",
    "The mayor said the vote showed the city could still agree on hard choices this year.",
]
COMMENTS = ["Comments are the opinion of their authors.", "- Sports", "- Money", "- Tech", "- More"]


def _opinions(dense: list[str], readability: list[str], default: list[str]) -> Opinions:
    calls: list[str] = []

    def make(name: str, lines: list[str]) -> object:
        def get() -> list[str]:
            calls.append(name)
            return lines

        return get

    ops = Opinions(make("dense", dense), make("readability", readability), make("default", default))  # type: ignore[arg-type]
    ops.calls = calls  # type: ignore[attr-defined]
    return ops


def test_weight_counts_cjk_characters_three_times() -> None:
    assert weight(["abc"]) == 3
    assert weight(["新闻"]) == 6


def test_agreement_is_token_set_f1() -> None:
    assert agreement(tokens(["a b c"]), tokens(["a b c"])) == 1.0
    assert agreement(tokens(["a b"]), tokens(["c d"])) == 0.0
    assert agreement(set(), tokens(["a"])) == 0.0


def test_a_confident_answer_asks_no_second_opinion() -> None:
    long_story = STORY * 4
    ops = _opinions([], [], [])
    assert not looks_unsure(long_story)
    assert choose(long_story, False, ops) == (long_story, "own")
    assert ops.calls == []  # type: ignore[attr-defined]


def test_a_lone_comment_block_loses_to_two_agreeing_opinions() -> None:
    ops = _opinions(STORY, STORY, STORY + COMMENTS[:1])
    lines, which = choose(COMMENTS, False, ops)
    assert which in ("dense", "readability")
    assert lines == STORY


def test_the_densest_block_confirming_a_short_answer_keeps_it() -> None:
    ops = _opinions(STORY, STORY * 3, STORY * 3)
    assert looks_unsure(STORY)  # short: the densest block is asked
    assert choose(STORY, False, ops) == (STORY, "own")
    assert ops.calls == ["dense"]  # type: ignore[attr-defined]


def test_opinions_that_disagree_with_each_other_change_nothing() -> None:
    other = ["An unrelated list of headlines about football transfers and weather today."]
    ops = _opinions(other, ["Yet another text entirely, about cooking pasta at home."], COMMENTS)
    assert choose(COMMENTS, False, ops) == (COMMENTS, "own")


def test_a_fallback_block_much_shorter_than_two_agreeing_engines_is_replaced() -> None:
    footer = ["Copyright 2024 Example University, all rights reserved."]
    ops = _opinions(footer, STORY * 2, STORY * 2)
    assert choose(footer, True, ops) == (STORY * 2, "readability")


def test_trailing_label_lines_readability_lacks_are_cut() -> None:
    teasers = ["- Five things to watch at the council this week", "More from City Hall"]
    ops = _opinions(dense=STORY, readability=STORY, default=STORY)
    assert trim_ends(STORY + teasers, ops) == STORY


def test_trailing_label_lines_readability_has_stay() -> None:
    hours = ["City Hall, Main Street 1", "9.30 A.M. - 7.00 P.M"]
    ops = _opinions(dense=STORY, readability=STORY + hours, default=STORY)
    assert trim_ends(STORY + hours, ops) == STORY + hours


def test_an_answer_ending_in_prose_asks_no_opinion() -> None:
    ops = _opinions(dense=[], readability=[], default=[])
    assert trim_ends(STORY, ops) == STORY
    assert ops.calls == []  # type: ignore[attr-defined]


def test_an_answer_made_only_of_label_lines_is_left_alone() -> None:
    ops = _opinions(dense=[], readability=STORY, default=[])
    assert trim_ends(COMMENTS[1:], ops) == COMMENTS[1:]


def test_a_quote_signature_is_not_a_label() -> None:
    signed = [*STORY, "— City Council (@citycouncil) October 9, 2018"]
    ops = _opinions(dense=STORY, readability=STORY, default=STORY)
    assert trim_ends(signed, ops) == signed
    assert ops.calls == []  # type: ignore[attr-defined]


PROMO = "Find out what's happening in your town with free, real-time updates."


def test_a_repeated_line_readability_lacks_goes_everywhere() -> None:
    answer = [STORY[0], PROMO, STORY[1], PROMO, STORY[2]]
    ops = _opinions(dense=STORY, readability=STORY, default=STORY)
    assert trim_ends(answer, ops) == STORY


def test_a_repeated_line_readability_has_stays() -> None:
    answer = [STORY[0], STORY[1], STORY[1], STORY[2]]
    ops = _opinions(dense=STORY, readability=answer, default=STORY)
    assert trim_ends(answer, ops) == answer


def test_a_short_first_sentence_readability_drops_for_its_length_stays() -> None:
    # readability drops a block under its min_text_length on its own: no evidence
    lead = "It happened to 40 of us."
    summary = "At the time of the rescue the biker was in stable condition, the fire crew said."
    story = STORY * 3
    ops = _opinions(dense=story, readability=story, default=story)
    assert trim_ends([lead, *story], ops) == [lead, *story]
    assert trim_ends([summary, *story], ops) == story
