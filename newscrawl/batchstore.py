"""Storing a batch so that one bad row never takes the others down, and an outage is told
apart from bad data.

1. Every record is fitted to what the backends store (:mod:`newscrawl.db.rowfit`); a record
   that cannot be (no title left, say) goes to the quarantine at once.
2. The batch is stored in one transaction. An *outage* (connection lost or refused, database
   locked, server shutting down) is retried once, then the batch is spooled for the next run.
3. Any other error is about the data: the batch is stored row by row and each row the database
   still refuses is quarantined with its error (table ``quarantine``), never spooled: the spool
   only holds rows that a reachable database will take.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl import dedupe, spool
from newscrawl.db import crawlstate
from newscrawl.db.errors import is_outage
from newscrawl.db.repository import ArticleRecord, Repository, StoreResult
from newscrawl.db.rowfit import Unstorable, clean_text, fit_record

logger = logging.getLogger(__name__)
__all__ = ["BatchWriter", "Outage", "Outcome", "is_outage"]

Aliases = list[tuple[str, str]]


class Outage(RuntimeError):
    """The database could not be reached (or stayed locked) for this batch."""


@dataclass
class Outcome:
    result: StoreResult = field(default_factory=StoreResult)
    stored_urls: list[str] = field(default_factory=list)  #: every URL of the stored articles
    quarantined: int = 0
    spooled: int = 0
    spool_file: Path | None = None
    fixed: dict[str, int] = field(default_factory=dict)  #: field → values fitted


def _merge(into: StoreResult, more: StoreResult) -> None:
    for f in dataclasses.fields(StoreResult):
        value = getattr(more, f.name)
        if isinstance(value, int):
            setattr(into, f.name, getattr(into, f.name) + value)
    into.aliases_unresolved.extend(more.aliases_unresolved)
    into.ids.update(more.ids)


def _row(record: ArticleRecord) -> dict[str, Any]:
    data = dataclasses.asdict(record)
    for computed in ("signature", "band_keys"):
        data.pop(computed)
    return data


class BatchWriter:
    """Runs in a worker thread. ``run_id`` is read when rows are quarantined."""

    def __init__(
        self,
        repo: Repository,
        spool_dir: Path,
        run_id: Callable[[], int | None],
        retry_wait: float = 1.0,
        site: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.site = site  #: the crawl's site, whose spool a batch of aliases only goes to
        self.repo = repo
        self.spool_dir = spool_dir
        self.run_id = run_id
        self.retry_wait = retry_wait

    def write(
        self, batch: list[ArticleRecord], aliases: Aliases, spool_on_outage: bool = True
    ) -> Outcome:
        """Store what can be stored, quarantine what cannot; on an outage spool (or, with
        ``spool_on_outage=False``, raise :class:`Outage`)."""
        out = Outcome()
        bad: list[tuple[ArticleRecord, str]] = []
        fitted: list[ArticleRecord] = []
        for record in batch:
            try:
                fitted.append(fit_record(record, lambda name: _count(out.fixed, name)))
            except Unstorable as exc:
                bad.append((record, f"validation: {exc}"))
        for record in fitted:
            record.fingerprint, record.signature, record.band_keys = dedupe.digest(record.body)
        pairs = [(clean_text(c), clean_text(v)) for c, v in aliases]
        try:
            self._with_retry(lambda: self._store(fitted, pairs, out))
        except Exception as exc:
            if is_outage(exc):
                self._quarantine(bad, out, spool_on_outage)
                return self._outage(fitted, pairs, out, exc, spool_on_outage)
            logger.warning(
                "a batch of %d articles was refused (%s: %s): storing its rows one by one",
                len(fitted),
                type(exc).__name__,
                _short(exc),
            )
            rest = self._isolate(fitted, pairs, out, bad, spool_on_outage)
            if rest is not None:
                return rest
        self._quarantine(bad, out, spool_on_outage)
        return out

    def _store(self, records: list[ArticleRecord], pairs: Aliases, out: Outcome) -> None:
        result = self.repo.store_articles(records, pairs)
        _merge(out.result, result)
        for r in records:
            out.stored_urls.extend(dict.fromkeys([r.canonical_url, *r.urls]))
        unresolved = set(result.aliases_unresolved)
        out.stored_urls.extend(v for c, v in pairs if (c, v) not in unresolved)

    def _with_retry(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:
            if not is_outage(exc):
                raise
            logger.error("storing failed, retrying once: %s", _short(exc))
            time.sleep(self.retry_wait)
            action()

    def _isolate(
        self,
        records: list[ArticleRecord],
        pairs: Aliases,
        out: Outcome,
        bad: list[tuple[ArticleRecord, str]],
        spool_on_outage: bool,
    ) -> Outcome | None:
        for i, record in enumerate(records):
            try:
                self._with_retry(lambda r=record: self._store([r], [], out))  # type: ignore[misc]
            except Exception as exc:
                if is_outage(exc):
                    self._quarantine(bad, out, spool_on_outage)
                    return self._outage(records[i:], pairs, out, exc, spool_on_outage)
                bad.append((record, f"{type(exc).__name__}: {_short(exc, 2000)}"))
        try:
            self._with_retry(lambda: self._store([], pairs, out))
        except Exception as exc:
            if is_outage(exc):
                self._quarantine(bad, out, spool_on_outage)
                return self._outage([], pairs, out, exc, spool_on_outage)
            logger.error("URL aliases refused, not stored: %s", _short(exc))
            out.result.aliases_unresolved.extend(pairs)
        return None

    def _quarantine(
        self, bad: list[tuple[ArticleRecord, str]], out: Outcome, spool_on_outage: bool
    ) -> None:
        if not bad:
            return
        rows = [(r.site, r.canonical_url, _row(r), error) for r, error in bad]

        def put() -> None:
            crawlstate.quarantine(self.repo.engine, rows, self.run_id())

        try:
            self._with_retry(put)
        except Exception as exc:
            if not is_outage(exc):
                raise
            # No database to keep them in: a quarantine file beside the spool (never the
            # spool itself, which must only hold rows a reachable database takes).
            path = spool.write_quarantine(self.spool_dir, rows)
            logger.error("database unreachable: %d unstorable rows kept in %s", len(rows), path)
        out.quarantined += len(bad)
        for r, error in bad:
            logger.error("quarantined %s: %s", r.canonical_url, error)

    def _outage(
        self,
        records: list[ArticleRecord],
        pairs: Aliases,
        out: Outcome,
        exc: BaseException,
        spool_on_outage: bool,
    ) -> Outcome:
        if not spool_on_outage:
            raise Outage(_short(exc)) from exc
        if records or pairs:
            site = self.site() or (records[0].site if records else "_unknown")
            out.spool_file = spool.write(self.spool_dir, site, records, pairs)  # SpoolError
            out.spooled += len(records)
            logger.error(
                "database unreachable (%s): spooled %d articles to %s; they are NOT stored yet",
                _short(exc),
                len(records),
                out.spool_file,
            )
        return out


def _count(counter: dict[str, int], name: str) -> None:
    counter[name] = counter.get(name, 0) + 1


def _short(exc: BaseException, limit: int = 300) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:limit]
