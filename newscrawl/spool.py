"""The spool: batches the database could not take (it was unreachable), kept on disk per site
until a later run stores them.

``<NEWSCRAWL_SPOOL_DIR>/<site>/spool-<time>.jsonl``: each file is written to a temporary name,
fsynced, renamed into place and its directory fsynced, so it is whole or absent after any crash.
Replay takes the site's spool lock (``<site>.lock``, an flock released by the kernel even on
kill -9) so two processes never replay one file; storing is idempotent (articles are found by
URL), and a file is deleted only after its rows were stored or quarantined.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.db.repository import ArticleRecord

_SAFE = re.compile(r"[^\w.-]+")
Aliases = list[tuple[str, str]]


class SpoolError(OSError):
    """A batch could not be written to the spool: it is lost unless the run stops here."""


def site_dir(root: Path, site: str) -> Path:
    return root / (_SAFE.sub("_", site) or "_")


def write(root: Path, site: str, batch: list[ArticleRecord], aliases: Aliases) -> Path:
    """Write one batch atomically; :class:`SpoolError` when that is impossible."""
    folder = site_dir(root, site)
    path = folder / f"spool-{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{os.getpid()}.jsonl"
    tmp = path.with_suffix(".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            for record in batch:
                data = asdict(record)
                for computed in ("fingerprint", "signature", "band_keys"):
                    data.pop(computed)  # recomputed when the batch is stored
                fh.write(json.dumps({"record": data}, default=str, ensure_ascii=True) + "\n")
            for canonical, variant in aliases:
                fh.write(json.dumps({"alias": [canonical, variant]}, ensure_ascii=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        tmp.rename(path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SpoolError(f"cannot write the spool file {path}: {exc}") from exc
    return path


def write_quarantine(
    root: Path, rows: Sequence[tuple[str | None, str | None, dict[str, Any], str]]
) -> Path:
    """Rows that no database takes, kept as JSON lines when not even the quarantine table is
    reachable (``<root>/quarantine-<time>.jsonl``; not replayed)."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"quarantine-{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{os.getpid()}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for site, url, row, error in rows:
            entry = {"site": site, "url": url, "row": row, "error": error}
            fh.write(json.dumps(entry, default=str, ensure_ascii=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return path


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read(path: Path) -> tuple[list[ArticleRecord], Aliases]:
    batch: list[ArticleRecord] = []
    pairs: Aliases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if "alias" in entry:
            pairs.append((entry["alias"][0], entry["alias"][1]))
            continue
        data = entry["record"]
        for name in ("fetched_at", "published_at", "modified_at"):
            if data.get(name):
                data[name] = datetime.fromisoformat(data[name])
        data["links"] = [tuple(link) for link in data.get("links") or ()]
        batch.append(ArticleRecord(**data))
    return batch, pairs


@contextlib.contextmanager
def locked(root: Path, site: str) -> Iterator[None]:
    """Hold the site's spool lock (blocking: a replay by another process finishes first)."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / f"{site_dir(root, site).name}.lock").open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def replay(
    root: Path, site: str, store: Callable[[list[ArticleRecord], Aliases], object]
) -> Iterator[tuple[Path, int, int]]:
    """Store the site's spool files, oldest first, under its lock; yields (file, records,
    aliases) per file stored and deleted. ``store`` raising leaves that file for next time."""
    folder = site_dir(root, site)
    # Files of newscrawl versions before per-site spools lie in the root (their records name
    # their site): replayed by whichever site runs first, idempotently.
    legacy = sorted(root.glob("spool-*.jsonl")) if root.is_dir() else []
    if not folder.is_dir() and not legacy:
        return
    with locked(root, site):
        files = legacy + (sorted(folder.glob("spool-*.jsonl")) if folder.is_dir() else [])
        for path in files:
            try:
                batch, pairs = read(path)
            except FileNotFoundError:  # a legacy file another site's run replayed meanwhile
                continue
            store(batch, pairs)
            path.unlink(missing_ok=True)
            _fsync_dir(path.parent)
            yield path, len(batch), len(pairs)
