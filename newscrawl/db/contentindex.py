"""The stored content-dedupe index: exact fingerprints, MinHash signatures, LSH bands and story
clusters (the SQL side of :mod:`newscrawl.dedupe`; the repository calls it inside its batch)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import Connection, bindparam, delete, update

from newscrawl import dedupe
from newscrawl.db.tables import (
    ARTICLES,
    FINGERPRINTS,
    LSH,
    SIGNATURES,
    bulk_ignore,
    chunks,
    raw_lookup,
)


class Features(Protocol):
    """What the index needs of a record (``ArticleRecord`` has it)."""

    @property
    def canonical_url(self) -> str: ...
    @property
    def fingerprint(self) -> str: ...
    @property
    def signature(self) -> bytes: ...
    @property
    def band_keys(self) -> Sequence[int]: ...


def exact_owners(conn: Connection, fresh: Sequence[Features]) -> dict[str, int]:
    """canonical URL → article id for new URLs whose text is already stored."""
    owners = dict(
        raw_lookup(
            conn,
            FINGERPRINTS.c.fingerprint,
            (r.fingerprint for r in fresh if r.fingerprint),
            FINGERPRINTS.c.fingerprint,
            FINGERPRINTS.c.article_id,
        )
    )
    return {r.canonical_url: owners[r.fingerprint] for r in fresh if r.fingerprint in owners}


def cluster(conn: Connection, inserted: Sequence[tuple[int, Features]], threshold: float) -> int:
    """Give each new article the story cluster of its most similar earlier near-duplicate
    (database index and earlier articles of this batch) at similarity ``threshold`` or more,
    or a cluster of its own; returns how many joined an existing cluster.

    Cluster ids are stable: an article's cluster id is the id of the cluster's first
    article, and existing clusters are never renumbered or merged."""
    keys = {k for _, r in inserted for k in r.band_keys}
    candidates: dict[int, set[int]] = {}
    for band_key, article_id in raw_lookup(
        conn, LSH.c.band_key, keys, LSH.c.band_key, LSH.c.article_id
    ):
        candidates.setdefault(band_key, set()).add(article_id)
    ids = {i for s in candidates.values() for i in s}
    sigs = dict(
        raw_lookup(
            conn, SIGNATURES.c.article_id, ids, SIGNATURES.c.article_id, SIGNATURES.c.signature
        )
    )
    clusters = dict(raw_lookup(conn, ARTICLES.c.id, ids, ARTICLES.c.id, ARTICLES.c.cluster_id))
    joined, updates, own = 0, [], []
    for article_id, r in inserted:
        best, best_sim = None, threshold
        for other in {i for k in r.band_keys for i in candidates.get(k, ())}:
            if other == article_id or other not in sigs:
                continue
            sim = dedupe.similarity(r.signature, sigs[other])
            if sim >= best_sim:
                best, best_sim = other, sim
        cluster_id = (clusters.get(best) or best) if best is not None else article_id
        joined += best is not None
        clusters[article_id] = cluster_id
        sigs[article_id] = r.signature
        for k in r.band_keys:  # later articles of this batch see this one
            candidates.setdefault(k, set()).add(article_id)
        if cluster_id == article_id:
            own.append(article_id)
        else:
            updates.append({"b_id": article_id, "b_cluster": cluster_id})
    for chunk in chunks(own):  # one statement for the articles starting a cluster
        conn.execute(
            update(ARTICLES).where(ARTICLES.c.id.in_(chunk)).values(cluster_id=ARTICLES.c.id)
        )
    if updates:
        conn.execute(
            update(ARTICLES)
            .where(ARTICLES.c.id == bindparam("b_id"))
            .values(cluster_id=bindparam("b_cluster")),
            updates,
        )
    return joined


def index(conn: Connection, articles: Sequence[tuple[int, Features]], replace: bool) -> None:
    """Fingerprint, signature and LSH rows of each article's current text (``replace``: drop
    the article's previous signature and bands first; a fingerprint row is never dropped)."""
    if not articles:
        return
    ids = [i for i, _ in articles]
    if replace:
        for chunk in chunks(ids):
            conn.execute(delete(SIGNATURES).where(SIGNATURES.c.article_id.in_(chunk)))
            conn.execute(delete(LSH).where(LSH.c.article_id.in_(chunk)))
    bulk_ignore(
        conn,
        FINGERPRINTS,
        ("fingerprint", "article_id"),
        sorted((r.fingerprint, i) for i, r in articles if r.fingerprint),
    )
    bulk_ignore(
        conn,
        SIGNATURES,
        ("article_id", "signature"),
        [(i, r.signature) for i, r in articles if r.signature],
    )
    bulk_ignore(
        conn,
        LSH,
        ("band_key", "article_id"),
        # Key order: neighbouring rows share B-tree pages, so a batch touches fewer pages.
        sorted({(k, i) for i, r in articles for k in r.band_keys}),
    )
