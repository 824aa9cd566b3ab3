"""The spool: per site, atomic, replayed under the site's lock, each file once."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl import spool
from newscrawl.db.repository import ArticleRecord

T = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def rec(site: str, n: int) -> ArticleRecord:
    return ArticleRecord(f"http://{site}/{n}", site, "T", "Body \ud800 text", "h", T, urls=["u"])


def test_a_site_replays_its_own_spool_only_and_each_file_once(tmp_path: Path) -> None:
    spool.write(tmp_path, "a.example", [rec("a.example", 1)], [("http://a.example/1", "v")])
    spool.write(tmp_path, "b.example", [rec("b.example", 1)], [])
    (tmp_path / "a.example" / "spool-half-written.part").write_text('{"record": {')  # killed
    seen: list[list[ArticleRecord]] = []
    done = list(spool.replay(tmp_path, "a.example", lambda b, p: seen.append(b)))
    assert [(n, p) for _, n, p in done] == [(1, 1)]
    assert seen[0][0].canonical_url == "http://a.example/1"
    assert seen[0][0].body == "Body \ud800 text" and seen[0][0].fetched_at == T
    assert list(spool.replay(tmp_path, "a.example", lambda b, p: seen.append(b))) == []
    assert len(list((tmp_path / "b.example").glob("spool-*.jsonl"))) == 1  # untouched


def test_a_failed_store_keeps_the_file(tmp_path: Path) -> None:
    spool.write(tmp_path, "a", [rec("a", 1)], [])

    def refuse(*_: object) -> None:
        raise ConnectionError("still down")

    with pytest.raises(ConnectionError):
        list(spool.replay(tmp_path, "a", refuse))
    assert len(list((tmp_path / "a").glob("spool-*.jsonl"))) == 1


def test_replay_waits_for_the_sites_lock(tmp_path: Path) -> None:
    spool.write(tmp_path, "a", [rec("a", 1)], [])
    released = threading.Event()
    order: list[str] = []

    def holder() -> None:
        with spool.locked(tmp_path, "a"):
            time.sleep(0.3)
            order.append("holder done")
            released.set()

    t = threading.Thread(target=holder)
    t.start()
    time.sleep(0.05)
    list(spool.replay(tmp_path, "a", lambda b, p: order.append("replayed")))
    t.join()
    assert order == ["holder done", "replayed"]
