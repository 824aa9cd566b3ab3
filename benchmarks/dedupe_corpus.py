"""Scoring and the corpus-scale index of the dedupe benchmark (dedupe_bench.py): MinHash/LSH
configurations, P/R on labelled pairs, a generated corpus with planted copies, the in-memory
index and its quality at scale."""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from dedupe_pairs import POSITIVE, SEED, ZH_ONLY, Doc, Pair, _docs, _join, _sentences

from newscrawl import dedupe


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
