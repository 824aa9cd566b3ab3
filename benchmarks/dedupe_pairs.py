"""Labelled pairs for the dedupe benchmark (dedupe_bench.py): edits of generated articles
(positives) and hard negatives (similar same-template articles, a shared quoted passage)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newscrawl import dedupe
from newscrawl.testsite.generator import (
    EN_FIRST,
    EN_LAST,
    RUBY_PINYIN,
    ZH_GIVEN,
    ZH_SURNAMES,
    Site,
    to_traditional,
)

SEED = 20240611


# --------------------------------------------------------------------------- perturbations
@dataclass(frozen=True)
class Doc:
    """Body paragraphs of one article and its language ("zh" or "en")."""

    paras: tuple[str, ...]
    lang: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paras)


Edit = Callable[[Doc, random.Random], Doc]

_ZH_SENT = re.compile(r"(?<=[。！？])(?!”)")
_EN_SENT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]\u201d)\s+")


def _sentences(para: str, lang: str) -> list[str]:
    return [s for s in (_ZH_SENT if lang == "zh" else _EN_SENT).split(para) if s.strip()]


def _join(sents: Sequence[str], lang: str) -> str:
    return ("" if lang == "zh" else " ").join(sents)


def _name(rng: random.Random, lang: str) -> str:
    if lang == "zh":
        return rng.choice(ZH_SURNAMES) + "".join(rng.choices(ZH_GIVEN, k=rng.choice((1, 2))))
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def byline(doc: Doc, rng: random.Random) -> Doc:
    """Add a reporter byline: appended, opening the lead, or on a line of its own."""
    p = list(doc.paras)
    who = _name(rng, doc.lang)
    style = rng.randrange(3)
    if doc.lang == "zh":
        if style == 0:
            p[-1] += f"（记者 {who}）"
        elif style == 1:
            p[0] = f"本报讯（记者 {who} 通讯员 {_name(rng, 'zh')}）" + p[0]
        else:
            p.insert(0, f"记者 {who} 报道")
    elif style == 0:
        p.insert(0, f"By {who}")
    elif style == 1:
        p.insert(0, f"By {who} and {_name(rng, 'en')}, Staff Writers")
    else:
        p[-1] += f" \u2014 {who}, Reuters"
    return Doc(tuple(p), doc.lang)


def editor(doc: Doc, rng: random.Random) -> Doc:
    """Append an editor credit line."""
    who, other = _name(rng, doc.lang), _name(rng, doc.lang)
    if doc.lang == "zh":
        line = rng.choice(
            (f"责任编辑：{who}", f"（责任编辑：{who}）", f"编辑：{who} 校对：{other}")
        )
    else:
        line = rng.choice((f"Edited by {who}", f"(Reporting by {who}; Editing by {other})"))
    return Doc((*doc.paras, line), doc.lang)


def drop(doc: Doc, rng: random.Random) -> Doc:
    """Drop one or two sentences."""
    sents = [(i, s) for i, para in enumerate(doc.paras) for s in _sentences(para, doc.lang)]
    for _ in range(rng.choice((1, 2))):
        if len(sents) > 4:
            sents.pop(rng.randrange(len(sents)))
    paras: list[list[str]] = [[] for _ in doc.paras]
    for i, s in sents:
        paras[i].append(s)
    return Doc(tuple(_join(s, doc.lang) for s in paras if s), doc.lang)


def typos(doc: Doc, rng: random.Random) -> Doc:
    """One to four small edits: a number changed, a character replaced or dropped."""
    text = doc.text
    for _ in range(rng.randint(1, 4)):
        numbers = list(re.finditer(r"\d+(?:\.\d+)?", text))
        if numbers and rng.random() < 0.5:
            m = rng.choice(numbers)
            text = text[: m.start()] + str(rng.randint(2, 999)) + text[m.end() :]
            continue
        pos = rng.randrange(len(text))
        while not text[pos].isalnum():
            pos = rng.randrange(len(text))
        repl = "" if rng.random() < 0.3 else rng.choice([c for c in text if c.isalnum()])
        text = text[:pos] + repl + text[pos + 1 :]
    return Doc(tuple(text.split("\n\n")), doc.lang)


def traditional(doc: Doc, rng: random.Random) -> Doc:
    """Render in traditional characters (opencc s2t, phrases included); English unchanged."""
    return Doc(tuple(to_traditional(p) for p in doc.paras), doc.lang)


_RUBY = re.compile("[" + "".join(RUBY_PINYIN) + "](?![(（])")  # not annotated twice


def ruby(doc: Doc, rng: random.Random) -> Doc:
    """Traditional with flattened ruby annotations: ``學(xué)`` or ``學（xué）``."""
    left, right = rng.choice((("(", ")"), ("（", "）")))
    return Doc(
        tuple(
            _RUBY.sub(lambda m: f"{m[0]}{left}{RUBY_PINYIN[m[0]]}{right}", to_traditional(p))
            for p in doc.paras
        ),
        doc.lang,
    )


_HALF = str.maketrans("，。：；！？“”（）", ',.:;!?""()')
_EN_PUNCT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2014": "--", "'": "\u2019"})


def spacing(doc: Doc, rng: random.Random) -> Doc:
    """Same story, other whitespace and punctuation: half-width marks, indents, line wraps."""
    text = doc.text
    if doc.lang == "zh":
        if rng.random() < 0.6:
            text = text.translate(_HALF)
        if rng.random() < 0.5:
            text = "\n\n".join("\u3000\u3000" + p for p in text.split("\n\n"))
        if rng.random() < 0.5:
            text = re.sub(r"(\d)", r" \1 ", text)
    else:
        text = text.translate(_EN_PUNCT) if rng.random() < 0.6 else text
        text = text.replace(". ", ".  ") if rng.random() < 0.5 else text
    if rng.random() < 0.5:  # paragraphs merged into one, or hard-wrapped lines
        text = text.replace("\n\n", " " if rng.random() < 0.5 else "\n")
    else:
        text = "\n".join(text[i : i + 37] for i in range(0, len(text), 37))
    return Doc((text,), doc.lang)


SINGLE: dict[str, Edit] = {
    "byline": byline,
    "editor": editor,
    "drop": drop,
    "typos": typos,
    "traditional": traditional,
    "ruby": ruby,
    "spacing": spacing,
}
ZH_ONLY = {"traditional", "ruby"}


def combo(doc: Doc, rng: random.Random) -> Doc:
    """Two to four of the single edits, in random order."""
    kinds = [k for k in SINGLE if doc.lang == "zh" or k not in ZH_ONLY]
    chosen = rng.sample(kinds, rng.randint(2, 4))
    if "traditional" in chosen and "ruby" in chosen:
        chosen.remove("traditional")
    for kind in sorted(chosen, key=lambda k: k in ZH_ONLY):  # script last: edits see simplified
        doc = SINGLE[kind](doc, rng)
    return doc


POSITIVE: dict[str, Edit] = {**SINGLE, "combo": combo}


# --------------------------------------------------------------------------- labelled pairs
@dataclass(frozen=True)
class Pair:
    kind: str
    a: str
    b: str
    duplicate: bool


def _docs(n: int, seed: int) -> tuple[list[Doc], dict[str, list[int]]]:
    site = Site(n_articles=n, seed=seed)
    docs = [
        Doc(tuple(site._paragraphs(i)), "en" if i % 3 == 1 else "zh") for i in range(n)
    ]  # templates cycle zh, en, legacy (legacy is Chinese too)
    by_template: dict[str, list[int]] = {"zh": [], "en": [], "legacy": []}
    for i in range(n):
        by_template[("zh", "en", "legacy")[i % 3]].append(i)
    return docs, by_template


def _shingles(text: str, k: int) -> set[str]:
    f = dedupe.fold(text)
    return {f[i : i + k] for i in range(max(1, len(f) - k + 1))}


def jaccard(a: str, b: str, k: int = dedupe.SHINGLE) -> float:
    """Exact Jaccard similarity of the folded texts' k-shingle sets."""
    x, y = _shingles(a, k), _shingles(b, k)
    return len(x & y) / len(x | y)


def labelled_pairs(n: int, seed: int = SEED) -> list[Pair]:
    """``n`` positive pairs (every kind equally, combinations twice as often) and ``n`` hard
    negatives (half most-similar same-template articles, half sharing a quoted passage)."""
    rng = random.Random(seed)
    docs, by_template = _docs(4 * n + 150, seed)
    pools = {t: rng.sample(ids, len(ids)) for t, ids in by_template.items()}  # unused articles
    pairs: list[Pair] = []
    kinds = [*POSITIVE, "combo"]
    for j in range(n):
        kind = kinds[j % len(kinds)]
        template = ("zh", "legacy")[j % 2] if kind in ZH_ONLY else ("zh", "en", "legacy")[j % 3]
        a = docs[pools[template].pop()]
        if kind == "byline" and rng.random() < 0.4:  # a byline replaced: both sides carry one
            a = byline(a, rng)
        b = POSITIVE[kind](a, rng)
        if rng.random() < 0.5:
            a, b = b, a
        pairs.append(Pair(kind, a.text, b.text, True))
    for j in range(n):
        template = ("zh", "en", "legacy")[j % 3]
        ids = by_template[template]
        i = pools[template].pop()
        a = docs[i]
        if j % 2 == 0:  # the most similar of 40 other same-template articles
            sa = _shingles(a.text, 5)
            others = [o for o in rng.sample(ids, 41) if o != i][:40]
            sims = [(len(sa & (s := _shingles(docs[o].text, 5))) / len(sa | s), o) for o in others]
            b, kind = docs[max(sims)[1]], "same-template"
        else:  # one quoted passage of 150-300 characters copied into both
            b = docs[next(o for o in rng.sample(ids, 2) if o != i)]
            donor = docs[rng.choice(ids)].text.replace("\n\n", "")
            length = rng.randint(150, 300)
            start = rng.randrange(max(1, len(donor) - length))
            quote = f"“{donor[start : start + length]}”"
            a = Doc((*a.paras[:1], quote, *a.paras[1:]), a.lang)
            b = Doc((*b.paras[: len(b.paras) // 2], quote, *b.paras[len(b.paras) // 2 :]), b.lang)
            kind = "shared-quote"
        if a.lang == "zh" and rng.random() < 0.25:
            b = traditional(b, rng)
        pairs.append(Pair(kind, a.text, b.text, False))
    return pairs
