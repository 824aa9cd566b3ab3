"""Two workers storing near-copies of a story at the same moment (PostgreSQL, MariaDB): the
store lock makes the second see the first, so both end in one story cluster, and exact
copies in one article; without it each would start a cluster of its own."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from newscrawl import dedupe
from newscrawl.db import repository
from newscrawl.db.models import Article
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.db.session import ensure_schema, make_engine
from newscrawl.testsite.generator import Site

T0 = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
STORIES = 12


def _record(url: str, body: str) -> ArticleRecord:
    r = ArticleRecord(
        canonical_url=url, site="demo", title="Title", body=body, content_hash=url, fetched_at=T0
    )
    r.fingerprint, r.signature, r.band_keys = dedupe.digest(body)
    return r


def _store(engine: Engine, r: ArticleRecord, barrier: threading.Barrier, errors: list[Any]) -> None:
    try:
        repo = Repository(engine)
        barrier.wait()
        repo.store_articles([r])
    except BaseException as exc:
        errors.append(exc)


def _race(engine: Engine, pairs: list[tuple[ArticleRecord, ArticleRecord]]) -> None:
    """For each pair, two threads (two connections) store one record each at once."""
    for a, b in pairs:
        barrier = threading.Barrier(2)
        errors: list[Any] = []
        threads = [
            threading.Thread(target=_store, args=(engine, r, barrier, errors)) for r in (a, b)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors


def _clusters(engine: Engine) -> dict[str, tuple[int, int | None]]:
    with Session(engine) as s:
        return {a.canonical_url: (a.id, a.cluster_id) for a in s.scalars(select(Article))}


def _pairs(exact: bool, round_: int = 0) -> list[tuple[ArticleRecord, ArticleRecord]]:
    site = Site(n_articles=3 * STORIES * (round_ + 1), seed=11)
    bodies = [str(t["body"]) for t in site.truth() if t.get("body")][-STORIES:]
    kind = f"{'exact' if exact else 'near'}{round_}"
    return [
        (
            _record(f"https://a.example/{kind}/{i}", body),
            _record(f"https://b.example/{kind}/{i}", body if exact else f"By Jo Bloggs\n\n{body}"),
        )
        for i, body in enumerate(bodies)
    ]


@pytest.fixture
def server_db(db_url: str) -> Engine:
    if db_url.startswith("sqlite"):
        pytest.skip("several writers on one SQLite file are not supported (a fleet needs a server)")
    engine = make_engine(db_url)
    ensure_schema(engine)
    return engine


def test_simultaneous_near_copies_share_one_cluster(server_db: Engine) -> None:
    pairs = _pairs(exact=False)
    _race(server_db, pairs)
    got = _clusters(server_db)
    assert len(got) == 2 * STORIES  # near copies are separate articles …
    for a, b in pairs:  # … in one story cluster
        assert got[a.canonical_url][1] == got[b.canonical_url][1], a.canonical_url


def test_simultaneous_exact_copies_are_one_article(server_db: Engine) -> None:
    pairs = _pairs(exact=True)
    _race(server_db, pairs)
    got = _clusters(server_db)
    assert len(got) == STORIES  # the second copy became a URL of the first


def test_without_the_lock_the_race_is_real(
    server_db: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above can fail: with a plain transaction instead of the lock, some pairs of
    simultaneous near-copies end in two clusters."""

    def plain(engine: Engine) -> AbstractContextManager[Connection]:
        return engine.begin()

    monkeypatch.setattr(repository, "exclusive_transaction", plain)
    split = []
    for round_ in range(3):  # timing-dependent: a few rounds of fresh stories
        pairs = _pairs(exact=False, round_=round_)
        _race(server_db, pairs)
        got = _clusters(server_db)
        split = [a for a, b in pairs if got[a.canonical_url][1] != got[b.canonical_url][1]]
        if split:
            break
    assert split, "no race observed without the lock"
