#!/usr/bin/env python3
"""Content dedupe benchmark: P/R of MinHash + LSH on labelled pairs, speed at 10k-100k texts.

Usage: python benchmarks/dedupe_bench.py [--pairs N] [--scale 10000,50000,100000] [--sweep N]
"""

# Labelled pairs come from the test-site generator's article text: positives are an article
# and an edited copy (byline, editor line, dropped sentences, typos, traditional script, ruby
# pinyin, spacing/punctuation, combinations); hard negatives are two different articles of one
# template (the most similar of 40: bodies share sentence pools) or two articles sharing a
# quoted passage. A pair is flagged when the signatures share an LSH band key AND their
# estimated similarity reaches the threshold. Speed: dedupe.digest (fold + fingerprint +
# signature + band keys) over a generated corpus with 10% planted edited copies, each scale in
# a fresh process for its peak RSS. ``run_dedupe`` hands each batch of records to a ``Sink``:
# the in-memory LSH index here; a database writer (``--db URL``) plugs in the same way.

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import resource
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

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


# --------------------------------------------------------------------------- scoring
@dataclass(frozen=True)
class Params:
    """One MinHash/LSH configuration (the module constants by default)."""

    shingle: int = dedupe.SHINGLE
    bands: int = dedupe.BANDS
    rows: int = dedupe.ROWS

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows

    def signature(self, text: str) -> bytes:
        return dedupe._signature(dedupe._fold_cps(text), self.shingle, self.num_perm)

    def keys(self, sig: bytes) -> list[int]:
        return dedupe._band_keys(sig, self.bands, self.rows)


@dataclass(frozen=True)
class Scored:
    kind: str
    duplicate: bool
    similarity: float
    candidate: bool  # the two signatures share at least one band key


def score(pairs: Sequence[Pair], params: Params) -> list[Scored]:
    """Estimated similarity and LSH candidacy of every labelled pair."""
    out = []
    for p in pairs:
        sa, sb = params.signature(p.a), params.signature(p.b)
        shared = bool(set(params.keys(sa)) & set(params.keys(sb)))
        out.append(Scored(p.kind, p.duplicate, dedupe.similarity(sa, sb), shared))
    return out


def precision_recall(scored: Sequence[Scored], t: float, lsh: bool) -> tuple[float, float]:
    """Precision and recall of "similarity >= t" (and, with ``lsh``, "shares a band key")."""
    flagged = [s for s in scored if s.similarity >= t and (s.candidate or not lsh)]
    tp = sum(s.duplicate for s in flagged)
    positives = sum(s.duplicate for s in scored)
    return (tp / len(flagged) if flagged else 1.0), tp / positives


def print_table(scored: Sequence[Scored], threshold: float) -> None:
    """P/R by threshold, similarity alone and with the LSH candidate step; then per kind."""
    print(f"{'t':>5}  {'P(sim)':>7} {'R(sim)':>7}  {'P(lsh+sim)':>10} {'R(lsh+sim)':>10}")
    for t in [x / 100 for x in range(30, 91, 5)]:
        p1, r1 = precision_recall(scored, t, lsh=False)
        p2, r2 = precision_recall(scored, t, lsh=True)
        mark = "  <- THRESHOLD" if abs(t - threshold) < 1e-9 else ""
        print(f"{t:5.2f}  {p1:7.4f} {r1:7.4f}  {p2:10.4f} {r2:10.4f}{mark}")
    print(f"\nby kind at THRESHOLD={threshold} (flagged = shares a band key and sim >= threshold)")
    print(f"{'kind':<14} {'pairs':>5} {'flagged':>7} {'LSH cand':>8} {'min sim':>7} {'max sim':>7}")
    for kind in dict.fromkeys(s.kind for s in scored):
        group = [s for s in scored if s.kind == kind]
        flagged = sum(s.candidate and s.similarity >= threshold for s in group)
        sims = [s.similarity for s in group]
        print(
            f"{kind:<14} {len(group):>5} {flagged:>7} {sum(s.candidate for s in group):>8} "
            f"{min(sims):7.3f} {max(sims):7.3f}"
        )


# --------------------------------------------------------------------------- corpus
class Corpus:
    """``n`` deterministic article texts: sentences of a generated site recombined into new
    bodies, with ``dup_share`` of them an edited copy (a positive edit) of a recent text."""

    def __init__(self, n: int, seed: int = SEED, dup_share: float = 0.1) -> None:
        self.n, self.seed, self.dup_share = n, seed, dup_share
        docs, _ = _docs(3000, seed + 1)
        self.pools: dict[str, list[str]] = {"zh": [], "en": []}
        for d in docs:
            self.pools[d.lang].extend(s for p in d.paras for s in _sentences(p, d.lang))
        self.root: list[int] = []  # root[i]: the text i was copied from (itself if original)
        self.source: list[int] = []  # source[i]: the text i is an edit of, or -1
        self.edit: list[str] = []  # edit[i]: the kind of that edit, or ""

    def __iter__(self) -> Iterator[str]:
        rng = random.Random(self.seed)
        recent: deque[tuple[int, Doc]] = deque(maxlen=1000)
        for i in range(self.n):
            if recent and rng.random() < self.dup_share:
                j, src = rng.choice(recent)
                kind = rng.choice([k for k in POSITIVE if src.lang == "zh" or k not in ZH_ONLY])
                doc, root, source = POSITIVE[kind](src, rng), self.root[j], j
            else:
                lang = "en" if rng.random() < 1 / 3 else "zh"
                pool = self.pools[lang]
                paras = tuple(
                    _join(rng.choices(pool, k=rng.randint(2, 4)), lang)
                    for _ in range(rng.randint(4, 9))
                )
                doc, root, source, kind = Doc(paras, lang), i, -1, ""
            self.root.append(root)
            self.edit.append(kind)
            self.source.append(source)
            recent.append((i, doc))
            yield doc.text


Record = tuple[int, dedupe.Digest]  # (position in the corpus, digest)
Sink = Callable[[list[Record]], None]


def run_dedupe(texts: Iterable[str], sink: Sink, batch_size: int = 1000) -> dict[str, float]:
    """Digest every text (timed), handing each batch of records to ``sink`` (timed apart).

    Text generation is not timed: each batch is materialised before the clock starts.
    """
    it = iter(texts)
    n = chars = 0
    digest_s = sink_s = 0.0
    while batch := [t for _, t in zip(range(batch_size), it, strict=False)]:
        t0 = time.perf_counter()
        records = [(n + i, dedupe.digest(t)) for i, t in enumerate(batch)]
        t1 = time.perf_counter()
        sink(records)
        sink_s += time.perf_counter() - t1
        digest_s += t1 - t0
        n += len(batch)
        chars += sum(map(len, batch))
    return {"n": n, "chars": chars, "digest_s": digest_s, "sink_s": sink_s}


@dataclass
class MemoryIndex:
    """In-memory stand-in for the database: keeps fingerprints, signatures and band keys,
    then finds every pair sharing a band key (what per-article key look-ups would return)."""

    params: Params = field(default_factory=Params)
    fingerprints: list[str] = field(default_factory=list)
    sigs: list[bytes] = field(default_factory=list)
    keys: list[list[int]] = field(default_factory=list)

    def __call__(self, batch: list[Record]) -> None:
        for _, d in batch:
            self.add(d.fingerprint, d.signature, d.band_keys)

    def add(self, fp: str, sig: bytes, keys: list[int]) -> None:
        self.fingerprints.append(fp)
        self.sigs.append(sig)
        self.keys.append(keys)

    def candidate_pairs(self) -> np.ndarray:
        """Distinct (i, j), i < j, sharing at least one band key; shape (pairs, 2)."""
        n = len(self.keys)
        keys = np.array(self.keys, dtype=np.int64).ravel()
        ids = np.repeat(np.arange(n, dtype=np.int64), self.params.bands)
        order = np.argsort(keys, kind="stable")
        keys, ids = keys[order], ids[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        sizes = np.diff(np.r_[starts, len(keys)])
        found = []
        for size in np.unique(sizes[sizes > 1]):
            group = ids[starts[sizes == size][:, None] + np.arange(size)]  # (groups, size)
            i, j = np.triu_indices(size, 1)
            found.append(np.stack([group[:, i].ravel(), group[:, j].ravel()], axis=1))
        if not found:
            return np.zeros((0, 2), np.int64)
        pairs = np.sort(np.concatenate(found), axis=1)
        codes = np.unique(pairs[:, 0] * n + pairs[:, 1])
        return np.stack([codes // n, codes % n], axis=1)

    def similarities(self, pairs: np.ndarray) -> np.ndarray:
        """Estimated similarity of each pair (vectorised over the signature matrix)."""
        sig = np.frombuffer(b"".join(self.sigs), "<u4").reshape(len(self.sigs), -1)
        out = np.empty(len(pairs))
        for lo in range(0, len(pairs), 100_000):
            a, b = pairs[lo : lo + 100_000, 0], pairs[lo : lo + 100_000, 1]
            out[lo : lo + 100_000] = (sig[a] == sig[b]).mean(axis=1)
        return out


def corpus_quality(index: MemoryIndex, corpus: Corpus, threshold: float) -> dict[str, float]:
    """Candidate load, and precision/recall at corpus scale: every planted copy should be
    flagged against its source; a flagged pair of texts with different roots is a false one."""
    pairs = index.candidate_pairs()
    sims = index.similarities(pairs)
    root = np.array(corpus.root)
    flagged = pairs[sims >= threshold]
    true = root[flagged[:, 0]] == root[flagged[:, 1]]
    source = np.array(corpus.source)
    planted = {(int(s), i) for i, s in enumerate(source) if s >= 0}
    found = planted & {(int(a), int(b)) for a, b in flagged}
    fps = index.fingerprints
    exact = sum(fps[s] == fps[i] for s, i in planted)
    return {
        "candidate_pairs": len(pairs),
        "candidates_per_article": len(pairs) / len(root),
        "flagged": len(flagged),
        "false_flagged": int((~true).sum()),
        "precision": float(true.mean()) if len(true) else 1.0,
        "planted": len(planted),
        "planted_found": len(found),
        "recall": len(found) / len(planted) if planted else 1.0,
        "planted_exact_fingerprint": exact,
    }


# --------------------------------------------------------------------------- speed
def peak_rss_mib() -> float:
    """This process's peak RSS. Linux: VmHWM, because ``getrusage``'s ru_maxrss survives
    fork+exec and would report the parent's peak in a spawned worker."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def speed_worker(n: int, with_index: bool) -> dict[str, float]:
    """One scale in a fresh process: digest ``n`` corpus texts, report µs/article and peak RSS
    (and, ``with_index``, corpus-scale quality from the in-memory index)."""
    t0 = time.perf_counter()
    dedupe.digest("預熱 warm-up")  # one-off lazy tables (character map, t2s), timed apart
    init_s = time.perf_counter() - t0
    corpus = Corpus(n)
    index = MemoryIndex()
    sink: Sink = index if with_index else (lambda batch: None)
    stats = run_dedupe(corpus, sink)
    stats["init_s"] = init_s
    if with_index:
        t0 = time.perf_counter()
        stats.update(corpus_quality(index, corpus, dedupe.THRESHOLD))
        stats["pairs_s"] = time.perf_counter() - t0
    stats["peak_rss_mib"] = peak_rss_mib()
    return stats


def _in_fresh_process(fn: Callable[..., dict[str, float]], *args: object) -> dict[str, float]:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(fn, args)


def print_speed(scales: Sequence[int]) -> None:
    """Per-text digest cost at each scale (flat is the goal), peak RSS, and what the
    in-memory LSH index finds in the corpus at ``THRESHOLD``."""
    print(
        f"{'texts':>7} {'chars':>5} {'digest s':>8} {'µs/text':>7} {'RSS MiB':>7} | "
        f"{'cand/text':>9} {'flagged':>7} {'false':>5} {'copies found':>13} {'same fp':>7} "
        f"{'index s':>7} {'RSS MiB':>7}"
    )
    bare: dict[str, float] = {"init_s": 0.0}
    for n in scales:
        bare = _in_fresh_process(speed_worker, n, False)
        full = _in_fresh_process(speed_worker, n, True)
        print(
            f"{n:>7} {bare['chars'] / n:5.0f} {bare['digest_s']:8.2f} "
            f"{bare['digest_s'] / n * 1e6:7.1f} {bare['peak_rss_mib']:7.0f} | "
            f"{full['candidates_per_article']:9.2f} {full['flagged']:7.0f} "
            f"{full['false_flagged']:5.0f} {full['planted_found']:>6.0f}/{full['planted']:<6.0f} "
            f"{full['planted_exact_fingerprint']:7.0f} {full['sink_s'] + full['pairs_s']:7.1f} "
            f"{full['peak_rss_mib']:7.0f}",
            flush=True,
        )
    print(
        f"chars = average text length; digest = dedupe.digest (fold, fingerprint, signature, "
        f"band keys) after {bare['init_s'] * 1e3:.0f} ms of one-off table building; left RSS: "
        "generator + digests discarded; right: an in-memory index keeping every digest "
        "(cand/text: pairs sharing a band key per text; false: flagged pairs that are not "
        "copies; same fp: planted copies with an identical fingerprint)."
    )


# --------------------------------------------------------------------------- database
def db_worker(
    n: int, url: str, batch_size: int, marks: Sequence[int], search_index: bool
) -> dict[str, float]:
    """Deduplicate ``n`` corpus texts against the database index, as the storage pipeline
    does (digest, then one transaction per batch), timing cumulative seconds at ``marks``.

    Without ``search_index`` the SQLite full-text triggers are dropped first: keeping the
    trigram search index is storage work that has nothing to do with deduplication."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from newscrawl.db.models import Article
    from newscrawl.db.repository import ArticleRecord, Repository
    from newscrawl.db.session import make_engine, upgrade
    from newscrawl.dedupe import content_hash

    engine = make_engine(url)
    upgrade(engine)
    if not search_index and engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            for trigger in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
                conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    repo = Repository(engine)
    corpus = Corpus(n)
    now = datetime.now(UTC)
    out: dict[str, float] = {}
    elapsed = 0.0
    done = exact = near = 0
    it = iter(corpus)
    while batch := [t for _, t in zip(range(batch_size), it, strict=False)]:
        t0 = time.perf_counter()
        records = []
        for i, text in enumerate(batch, start=done):
            d = dedupe.digest(text)
            records.append(
                ArticleRecord(
                    canonical_url=f"http://bench.example/a/{i}",
                    site="bench",
                    title=f"t{i}",
                    body=text,
                    content_hash=content_hash(f"t{i}", text),
                    fetched_at=now,
                    fingerprint=d.fingerprint,
                    signature=d.signature,
                    band_keys=d.band_keys,
                )
            )
        result = repo.store_articles(records)
        elapsed += time.perf_counter() - t0
        exact += result.exact_duplicates
        near += result.near_duplicates
        done += len(batch)
        if done in marks:
            out[f"s_at_{done}"] = elapsed
    # Quality at scale: a planted copy is found when it landed in its original's article
    # (exact duplicate) or story cluster.
    with engine.connect() as conn:
        key_of = {f"http://bench.example/a/{i}": i for i in range(n)}
        cluster = {}
        rows = conn.execute(select(Article.canonical_url, Article.id, Article.cluster_id))
        for canonical_url, article_id, cluster_id in rows:
            cluster[key_of[canonical_url]] = cluster_id or article_id
    found = planted = 0
    for i in range(n):
        if corpus.source[i] >= 0:
            planted += 1
            # Exact duplicates have no row of their own: they were merged into the original.
            root_cluster = cluster.get(corpus.root[i])
            found += i not in cluster or cluster[i] == root_cluster
    engine.dispose()
    out.update(
        n=n, exact=exact, near=near, planted=planted, found=found, peak_rss_mib=peak_rss_mib()
    )
    return out


def print_db(url: str, scales: Sequence[int], batch_size: int, search_index: bool) -> None:
    """One run of max(scales) articles into an empty database; time at each scale."""
    n = max(scales)
    r = _in_fresh_process(db_worker, n, url, batch_size, list(scales), search_index)
    print(
        f"database dedupe ({url.split(':')[0]}, batches of {batch_size}, full-text search "
        f"index {'maintained' if search_index else 'not maintained'}):"
    )
    print(f"{'articles':>9} {'seconds':>8} {'µs/article':>10} {'µs/article in this step':>24}")
    prev_n, prev_s = 0, 0.0
    for s in sorted(scales):
        t = r[f"s_at_{s}"]
        print(f"{s:>9} {t:8.1f} {t / s * 1e6:10.0f} {(t - prev_s) / (s - prev_n) * 1e6:24.0f}")
        prev_n, prev_s = s, t
    print(
        f"exact duplicates merged {r['exact']:.0f}, near duplicates clustered {r['near']:.0f}; "
        f"planted copies found {r['found']:.0f}/{r['planted']:.0f}; "
        f"peak RSS {r['peak_rss_mib']:.0f} MiB"
    )


# --------------------------------------------------------------------------- sweep
def sweep(pairs: Sequence[Pair], corpus_n: int, threshold: float = dedupe.THRESHOLD) -> None:
    """Grid over shingle size and band layout. Labelled pairs: the threshold range where
    "shares a band key and similarity >= t" keeps P >= 0.99 and R >= 0.95, the lowest positive
    and highest negative similarity; S(.7): chance that a pair at Jaccard 0.7 becomes an LSH
    candidate. Corpus of ``corpus_n`` texts: candidates per text, planted copies found and
    false flags at ``threshold``."""
    print(
        f"{'k':>3} {'bands':>5} {'rows':>4} {'perm':>4} {'S(.7)':>6} {'t range*':>11} "
        f"{'min pos':>7} {'max neg':>7} | {'cand/text':>9} {'recall':>7} {'false':>5}"
    )
    corpus = Corpus(corpus_n)
    folded = [dedupe._fold_cps(t) for t in corpus]
    for k in (5, 6, 8, 10):
        for bands, rows in ((16, 4), (20, 5), (16, 6), (20, 6), (24, 6), (20, 7), (28, 7)):
            params = Params(k, bands, rows)
            scored = score(pairs, params)
            ok = [
                t
                for t in [x / 100 for x in range(30, 91, 2)]
                if (pr := precision_recall(scored, t, lsh=True))[0] >= 0.99 and pr[1] >= 0.95
            ]
            index = MemoryIndex(params)
            for cps in folded:
                sig = dedupe._signature(cps, k, params.num_perm)
                index.add("", sig, params.keys(sig))
            q = corpus_quality(index, corpus, threshold)
            span = f"{ok[0]:.2f}-{ok[-1]:.2f}" if ok else "none"
            print(
                f"{k:>3} {bands:>5} {rows:>4} {params.num_perm:>4} "
                f"{1 - (1 - 0.7**rows) ** bands:6.3f} {span:>11} "
                f"{min(s.similarity for s in scored if s.duplicate):7.3f} "
                f"{max(s.similarity for s in scored if not s.duplicate):7.3f} | "
                f"{q['candidates_per_article']:9.2f} {q['recall']:7.4f} {q['false_flagged']:5.0f}",
                flush=True,
            )
    print("* thresholds scanned from 0.30 to 0.90")


# --------------------------------------------------------------------------- comparisons
def compare(n: int = 300) -> None:
    """Traditional → simplified: opencc's phrase converter vs the character table; MinHash:
    datasketch (if installed) vs ours. Per text, on generator articles."""
    docs, _ = _docs(n, SEED + 2)
    trad = [traditional(d, random.Random(0)).text for d in docs if d.lang == "zh"]
    texts = [d.text for d in docs]
    from opencc import OpenCC

    converter = OpenCC("t2s")
    table = dedupe._t2s_table()
    rows: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("opencc t2s converter", lambda t: converter.convert(t), trad),
        ("str.translate table", lambda t: t.translate(table), trad),
        ("dedupe.fold", dedupe.fold, texts),
        ("dedupe.signature", dedupe.signature, texts),
        ("dedupe.digest (all)", dedupe.digest, texts),
    ]
    try:
        from datasketch import MinHash

        def ds(text: str) -> object:
            f = dedupe.fold(text)
            m = MinHash(num_perm=dedupe.NUM_PERM, seed=1)
            k = dedupe.SHINGLE
            m.update_batch([f[i : i + k].encode() for i in range(max(1, len(f) - k + 1))])
            return m.digest()

        rows.append(("datasketch update_batch", ds, texts))
    except ImportError:
        print("(datasketch not installed: skipped)")
    print(f"{'operation':<26} {'texts':>5} {'avg chars':>9} {'µs/text':>8}")
    for name, fn, xs in rows:
        fn(xs[0])  # warm up lazily built tables
        best = min(_timed(fn, xs) for _ in range(3))
        print(f"{name:<26} {len(xs):>5} {sum(map(len, xs)) / len(xs):9.0f} {best * 1e6:8.1f}")
    mismatch = sum(converter.convert(t) != t.translate(table) for t in trad)
    print(f"converter and table disagree on {mismatch}/{len(trad)} texts (fold only needs both")
    print("renderings of one text to agree: fold(traditional) == fold(simplified) is tested)")


def _timed(fn: Callable[[str], object], xs: Sequence[str]) -> float:
    t0 = time.perf_counter()
    for x in xs:
        fn(x)
    return (time.perf_counter() - t0) / len(xs)


# --------------------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1500, help="positives (and negatives)")
    parser.add_argument("--scale", default="10000,50000,100000", help="corpus sizes to time")
    parser.add_argument(
        "--sweep",
        type=int,
        default=0,
        metavar="N",
        help="also sweep shingle/band layouts with an N-text corpus",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="deduplicate the largest --scale against a fresh database at URL (e.g. "
        "sqlite:////tmp/dedupe.db) and time it at each scale; skips the other sections",
    )
    parser.add_argument("--batch", type=int, default=1000, help="articles per transaction")
    parser.add_argument(
        "--search-index",
        action="store_true",
        help="with --db on SQLite: also keep the FTS5 trigram search index (storage, not dedupe)",
    )
    args = parser.parse_args()
    if args.db:
        scales = [int(x) for x in args.scale.split(",") if x]
        print_db(args.db, scales, args.batch, args.search_index)
        return 0
    p = dedupe
    print(
        f"defaults: SHINGLE={p.SHINGLE} NUM_PERM={p.NUM_PERM} BANDS={p.BANDS} ROWS={p.ROWS} "
        f"THRESHOLD={p.THRESHOLD}\n"
    )
    t0 = time.perf_counter()
    pairs = labelled_pairs(args.pairs)
    kinds = Counter(p.kind for p in pairs)
    print(
        f"labelled set: {len(pairs)} pairs in {time.perf_counter() - t0:.1f}s: "
        + ", ".join(f"{k} {v}" for k, v in kinds.items())
    )
    print(
        f"exact Jaccard (k={dedupe.SHINGLE}): positives min "
        f"{min(jaccard(x.a, x.b) for x in pairs if x.duplicate):.3f}, hard negatives max "
        f"{max(jaccard(x.a, x.b) for x in pairs if not x.duplicate):.3f}\n"
    )
    print_table(score(pairs, Params()), dedupe.THRESHOLD)
    if args.sweep:
        print()
        sweep(pairs, args.sweep)
    print()
    compare()
    print()
    print_speed([int(x) for x in args.scale.split(",") if x])
    return 0


if __name__ == "__main__":
    sys.exit(main())
