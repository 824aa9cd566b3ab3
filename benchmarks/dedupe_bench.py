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
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence

from dedupe_corpus import (
    Corpus,
    MemoryIndex,
    Params,
    Scored,
    corpus_quality,
    precision_recall,
    score,
)
from dedupe_pairs import SEED, Pair, _docs, jaccard, labelled_pairs, traditional
from dedupe_scale import print_db, print_speed

from newscrawl import dedupe


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
