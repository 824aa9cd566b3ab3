"""Second opinions on a page's body, asked only when the own cascade looks unsure.

The cascade's answer (trafilatura in precision mode on the focused tree) is kept unless cheap
signals on that answer say it may have missed the story (little text, mostly list items, short
lines or boilerplate, or the cascade fell back to its container heuristic). Then the page's
densest text block is compared with it; when the two disagree, a readability-style extraction and
trafilatura's default mode vote. Every signal is measured on the page itself (token overlap,
lengths, line shapes), never keyed to a site, so the same rule holds on sites it was not fitted on
(``benchmarks/extraction_bench.py`` reports the leave-site-out figure of these parameters).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from newscrawl.clean import is_boilerplate

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_TOKEN = re.compile(r"[\u3400-\u9fff]|\w+")
_MIN_CHOSEN = 150  # weighted characters: a second opinion shorter than this is no article
_LIST_SHARE = 0.8  # of an answer's lines list items: a list, no story
_UNRELATED = 0.2  # token agreement below this: two answers about different things
#: characters: readability's min_text_length (body._readability); a block with less text and
#: no picture is dropped from its answer
READABILITY_MIN_TEXT = 25
# A line opening with an em dash signs a quotation or an embedded post: text, not a label.
_ATTRIBUTION = ("—", "―")
# A line ending like a sentence (or a quotation, or a parenthesis) is prose, not a label. Not
# a question mark: a short question after a story is a teaser headline ("Why do …?") as often
# as the story's last line, and readability's answer decides which.
_SENTENCE_END = re.compile(r"[.!。！…:;\"'”’»)）」』]\s*$")


@dataclass(frozen=True)
class Params:
    """The chooser's thresholds; the defaults were fitted on aeb + magichtml (all sites)."""

    trigger_weight: int = 600  #: own answer lighter than this → ask the densest block
    trigger_listy: float = 0.6  #: … or more than this share of list/short/boilerplate lines
    alone: float = 0.5  #: own answer agreeing less than this with both opinions is "alone"
    agree: float = 0.8  #: the two independent opinions must agree at least this much
    short: float = 0.5  #: own answer lighter than this share of the opinion's is a loss
    margin: float = 0.1  #: trafilatura's default mode must side with the opinion (within this)
    #: a first or last line lighter than this, not ending a sentence, is a label
    tail_chars: int = 150
    tail_support: float = 0.5  #: … and is cut when less than this share of its token pairs
    #: is in readability's answer


DEFAULT = Params()


def weight(lines: list[str]) -> int:
    """Length in characters, a CJK character counting as three (about one short word)."""
    text = "".join(lines)
    if text.isascii():  # most link texts: no scan
        return len(text)
    # runs, not characters: half the cost of one match object per character
    return len(text) + 2 * sum(map(len, _CJK_RUN.findall(text)))


def tokens(lines: list[str]) -> set[str]:
    return set(_TOKEN.findall("".join(lines)))


def agreement(a: set[str], b: set[str]) -> float:
    """F1 of two token sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def looks_unsure(lines: list[str], params: Params = DEFAULT) -> bool:
    """Cheap signals on the own answer alone: too little text, or mostly list items, short
    lines and boilerplate (a comment notice and link lists rather than prose)."""
    if weight(lines) < params.trigger_weight:
        return True
    # Counted until the answer is known: the boilerplate patterns are the dear test, and most
    # lines of a story are prose that could not make it listy.
    need = params.trigger_listy * len(lines)  # furniture lines to exceed
    furniture, left = 0, len(lines)
    for line in lines:
        left -= 1
        short = len(line) < 40 and weight([line]) < 40  # 40 characters weigh 40 or more
        if line.startswith("- ") or short or is_boilerplate(line):
            furniture += 1
            if furniture > need:
                return True
        elif furniture + left <= need:
            return False
    return False


@dataclass
class Opinions:
    """Lazily computed second opinions (each computed once, on first use)."""

    dense: Callable[[], list[str]]  #: the densest text block (own container heuristic)
    readability: Callable[[], list[str]]  #: readability's main-content algorithm
    default: Callable[[], list[str]]  #: trafilatura's default (balanced) mode
    _cache: dict[str, tuple[list[str], set[str], int]] = field(default_factory=dict)

    def get(self, name: str) -> tuple[list[str], set[str], int]:
        if name not in self._cache:
            lines: list[str] = getattr(self, name)()
            self._cache[name] = (lines, tokens(lines), weight(lines))
        return self._cache[name]


def choose(
    own: list[str], fallback: bool, opinions: Opinions, params: Params = DEFAULT
) -> tuple[list[str], str]:
    """``(lines, which)``: the own answer (``"own"``) or the opinion that replaces it.

    ``fallback`` says the own answer already *is* the densest block (the engine failed), so
    that block is no independent opinion: readability and the default mode decide alone.
    """
    if not fallback and not looks_unsure(own, params):
        return own, "own"
    own_tokens, own_weight = tokens(own), weight(own)
    if not fallback:
        dense = opinions.get("dense")
        if (
            agreement(own_tokens, dense[1]) >= params.alone
            and own_weight >= params.short * dense[2]
        ):
            return own, "own"  # the densest block confirms the own answer
    default = opinions.get("default")
    readability = opinions.get("readability")
    if (
        _list_only(own)
        and not _list_only(readability[0])
        and readability[2] >= _MIN_CHOSEN
        and agreement(own_tokens, readability[1]) < _UNRELATED
    ):
        # A list and nothing else, sharing nothing with readability's prose: a page's ranking
        # or "more stories" list taken for the densest text beside a short story.
        return readability[0], "readability"
    if fallback:
        if (
            own
            and all(map(is_boilerplate, own))
            and readability[0]
            and not _list_only(readability[0])
            and not all(map(is_boilerplate, readability[0]))
        ):
            # The densest block is the site's footer (主办/ICP/copyright lines: a brief of two
            # short paragraphs holds less text than it): readability's answer is the story.
            return readability[0], "readability"
        # Two independent engines agree on a text much longer than the block we fell back to.
        if (
            agreement(readability[1], default[1]) >= params.agree
            and readability[2] >= _MIN_CHOSEN
            and own_weight < params.short * readability[2]
        ):
            return readability[0], "readability"
        return own, "own"
    # The opinion to switch to: one of two opinions that agree with each other (readability or
    # the densest block; trafilatura's default mode only votes, it shares the own engine).
    pairs = [
        (agreement(dense[1], readability[1]), "dense", dense),
        (agreement(dense[1], default[1]), "dense", dense),
        (agreement(readability[1], default[1]), "readability", readability),
    ]
    if agreement(readability[1], default[1]) > agreement(dense[1], default[1]):
        pairs[0] = (pairs[0][0], "readability", readability)
    pair_agreement, name, best = max(pairs, key=lambda item: item[0])
    if pair_agreement < params.agree:
        return own, "own"  # no two opinions agree: no case to switch
    if best[2] < _MIN_CHOSEN:
        return own, "own"
    sides = agreement(default[1], best[1]) >= agreement(default[1], own_tokens) - params.margin
    alone = max(agreement(own_tokens, dense[1]), agreement(own_tokens, readability[1]))
    if sides and (alone < params.alone or own_weight < params.short * best[2]):
        return best[0], name
    return own, "own"


def _list_only(lines: list[str]) -> bool:
    """Three lines or more, nearly all of them list items (a heading may stand above)."""
    items = sum(line.startswith("- ") for line in lines)
    return items >= 3 and items >= _LIST_SHARE * len(lines)


def label_shaped(line: str, params: Params, lists: bool) -> bool:
    """A table row, a boilerplate line, or a short line that ends no sentence (or, with
    ``lists``, a short list item or one cut short with an ellipsis): the shapes of the teaser
    lists, section links and notices around a story (a whole list item of a paragraph's
    length is a point of the story). Above a story (``lists`` false) a short line that is
    no list item is label-shaped even when it ends a sentence: a teaser or summary of the
    story ("At the time of the transport…, the biker was in stable condition."), a notice
    ("This summary was made by AI."), a dek ("Commentary: …"), all set above the text. Not
    a line shorter than ``READABILITY_MIN_TEXT``: readability drops a block that short on
    its own, so its answer lacking the line (a story's one-sentence first paragraph in a
    block of its own) says nothing."""
    line = line.strip()
    if line.startswith(_ATTRIBUTION):
        return False  # "— Name (@handle) date": the signature of a quote or embedded post
    if line.startswith("|") or is_boilerplate(line):
        return True
    short = weight([line]) < params.tail_chars
    if line.startswith("- "):
        if lists:
            return short or line.endswith(("…", "..."))  # a long item cut short is a teaser
    elif not lists and len(line) >= READABILITY_MIN_TEXT:
        return short
    return short and not _SENTENCE_END.search(line)


def trim_ends(lines: list[str], opinions: Opinions, params: Params = DEFAULT) -> list[str]:
    """The answer without the label-shaped lines at its end and its start that readability's
    answer lacks.

    Precision mode sometimes keeps what follows a story (a list of other stories, section
    links, a site notice) or precedes it (breadcrumbs, share prompts, a source-and-date line).
    Only when the answer ends (starts) in label-shaped lines is readability asked; the ones
    whose token pairs it mostly does not have are cut, from the end (start) up to the first
    line it confirms. At the start a short list item ending a sentence stays: it is one of
    the story's key points more often than a teaser. An answer made only of such lines
    loses only the lines after the last one readability confirms (none confirmed: it is left
    alone), and the start of a short one is left alone (a listing's headline line, which the
    page type needs to see).

    A line the answer repeats word for word that readability lacks goes too, wherever it
    is: an inline promo the page sets between paragraphs ("Find out what's happening in
    Murrieta with free, real-time updates", twice in one story).
    """
    lines = _drop_repeats(lines, opinions, params)
    lines = _trim_tail(lines, opinions, params, lists=True)
    if weight(lines) < params.trigger_weight:
        return lines  # a page this short may be all labels (a listing's headline and teaser)
    return _trim_tail(lines[::-1], opinions, params, lists=False)[::-1]


# Weighted characters: shorter repeated lines are a recipe's or a list's labels ("Meal 1").
_MIN_REPEAT = 40


def _drop_repeats(lines: list[str], opinions: Opinions, params: Params) -> list[str]:
    """Every copy of a line the answer repeats that readability's answer lacks. Story text
    is seldom repeated; when it is (a pull quote, a recipe's steps) readability has it too.
    Readability is asked only when a line repeats."""
    counts = Counter(line.strip() for line in lines)
    repeated = [
        line
        for line, n in counts.items()
        if n > 1 and weight([line]) >= _MIN_REPEAT and not line.startswith(_ATTRIBUTION)
    ]
    if not repeated:
        return lines
    reference = _pairs(opinions.get("readability")[0])
    if not reference:
        return lines
    drop = {line for line in repeated if _support(line, reference) < params.tail_support}
    return [line for line in lines if line.strip() not in drop] if drop else lines


def _trim_tail(lines: list[str], opinions: Opinions, params: Params, lists: bool) -> list[str]:
    end = len(lines)
    while end > 0 and is_boilerplate(lines[end - 1]):
        end -= 1  # cleaned away later in any case: no reason to ask
    start = end
    while start > 0 and label_shaped(lines[start - 1], params, lists):
        start -= 1
    if start == end:
        return lines
    reference = _pairs(opinions.get("readability")[0])
    if not reference:
        return lines
    marks = _confirmed(lines, start, end, reference, params)
    cut = end
    while cut > start and not marks[cut - 1 - start]:
        cut -= 1
    if not lists and cut > start and _stray_confirmations(lines, start, end, marks):
        # Above the story, a few light lines readability "confirms" among many it lacks (a
        # site builder's header module, its news list and contact box before the story): the
        # town's name, a headline naming it, words the story repeats, no lines of its own.
        # Only the confirmed lines right above the story stay.
        cut = start
        while cut < end and marks[cut - start]:
            cut += 1
    if cut == 0:
        # An answer made only of label-shaped lines, none of which readability has: left
        # alone (a listing's headlines, which the page type needs to see). When readability
        # confirms some of them (a short post: its title and one line of text), the lines
        # after the last confirmed one are the page's notices ("log in to enjoy…").
        return lines
    if cut == end:
        return lines
    if not lists:
        # Above a story the cut may take short sentences (a summary, a dek): only when
        # readability confirms more of the text that stays than is cut, i.e. it found the
        # story below them (not a quote of it, with the story itself cut as a "summary").
        confirmed = [
            line for line in lines[:cut] if _support(line, reference) >= params.tail_support
        ]
        if weight(confirmed) < weight(lines[cut:end]):
            return lines
    return lines[:cut]


_LIST_RUN = 3  # list items in a row that make a teaser list
_STRAY_LINES = 5  # label lines readability lacks above a story: a page region, not a dek
_STRAY_RATIO = 3  # … outweighing the ones it confirms this many times


def _stray_confirmations(lines: list[str], start: int, end: int, marks: list[bool]) -> bool:
    """Whether the label lines readability confirms in ``lines[start:end]`` are few and light
    among many it lacks (at least :data:`_STRAY_LINES`, :data:`_STRAY_RATIO` times their
    weight)."""
    lacked = [lines[i] for i in range(start, end) if not marks[i - start]]
    confirmed = [lines[i] for i in range(start, end) if marks[i - start]]
    return len(lacked) >= _STRAY_LINES and weight(lacked) >= _STRAY_RATIO * weight(confirmed)


def _confirmed(
    lines: list[str], start: int, end: int, reference: set[tuple[str, ...]], params: Params
) -> list[bool]:
    """Whether readability confirms each of ``lines[start:end]``. In a run of at least
    :data:`_LIST_RUN` list items that it mostly lacks, none is: a title in a list of other
    stories (a ranking, "most read") may share a few word pairs with the story by chance. So
    with a table's rows (a station's programme schedule beside its story: the row naming the
    story's own programme is in readability's answer by chance)."""
    marks = [_support(lines[i], reference) >= params.tail_support for i in range(start, end)]
    i = 0
    while i < len(marks):
        j = i
        kind = "- " if lines[start + i].startswith("- ") else "|"
        while j < len(marks) and lines[start + j].startswith(kind):
            j += 1
        if j - i >= _LIST_RUN and 2 * sum(marks[i:j]) < j - i:
            marks[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return marks


def _pairs(lines: list[str]) -> set[tuple[str, ...]]:
    """Every run of two consecutive tokens in each line, and every token alone."""
    out: set[tuple[str, ...]] = set()
    for line in lines:
        found = _TOKEN.findall(line)
        out.update(pairwise(found))
        out.update((token,) for token in found)
    return out


def _support(line: str, reference: set[tuple[str, ...]]) -> float:
    """Share of the line's token pairs (of a one-word line: its word) found in the reference:
    pairs, not single tokens, so that a teaser made of the story's common words (or, in
    Chinese, its common characters) does not pass for a line of the story."""
    found = _TOKEN.findall(line)
    keys = set(pairwise(found)) if len(found) > 1 else {(token,) for token in found}
    return len(keys & reference) / len(keys) if keys else 1.0
