"""Corpus-scale runs of the dedupe benchmark (dedupe_bench.py), each in a fresh process: digest
speed and peak RSS, and deduplication against a database."""

from __future__ import annotations

import multiprocessing
import resource
import time
from collections.abc import Callable, Sequence
from itertools import islice

from dedupe_corpus import Corpus, MemoryIndex, Sink, corpus_quality, run_dedupe

from newscrawl import dedupe


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
    pending = sorted(set(marks))
    # A batch ends at the next mark, so each mark is timed exactly (any --scale, any --batch).
    while batch := list(islice(it, min(batch_size, pending[0] - done) if pending else batch_size)):
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
        if pending and done == pending[0]:
            out[f"s_at_{pending.pop(0)}"] = elapsed
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
