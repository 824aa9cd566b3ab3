"""Export articles to CSV, JSON lines or Parquet for analysts, streaming from the database.

One row per article: the analyst-facing ``articles`` columns, plus ``cluster_size`` (articles in
its story cluster, 1 when it has none) and ``urls`` (every URL that reached it, first seen
first). Rows are read with a server-side cursor in batches and written as they come, so memory
stays flat however large the table is; Parquet is written in row groups of
:data:`ROW_GROUP_SIZE` rows (fewer when their text reaches :data:`ROW_GROUP_CHARS`).

Value conventions: datetimes are ISO 8601 UTC strings (``2024-01-02T03:04:05Z``) in CSV and
JSON lines and ``timestamp[us, tz=UTC]`` in Parquet; ``tags`` and ``urls`` are JSON arrays in
CSV and lists elsewhere; NULL is an empty CSV cell, ``null`` in JSON and a Parquet null. All
text is UTF-8 (CSV without a byte-order mark, header row first).

Parquet needs pyarrow, imported only when asked for: ``pip install 'newscrawl[parquet]'``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from newscrawl import schema
from newscrawl.db.export import iter_article_rows

if TYPE_CHECKING:
    from newscrawl.db import Engine

Format = Literal["csv", "jsonl", "parquet"]
#: The formats :func:`export_articles` writes.
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "parquet")

#: Columns of an export, in order: the exported fields of :mod:`newscrawl.schema`, then two
#: computed ones.
COLUMNS: tuple[str, ...] = (*schema.names(exported=True), "cluster_size", "urls")
_ARTICLE_COLUMNS = COLUMNS[:-2]  # straight from the articles table
_DATETIMES = frozenset(n for n in _ARTICLE_COLUMNS if schema.BY_NAME[n].type == "datetime")

#: Rows per Parquet row group: the most rows held in memory while writing Parquet ...
ROW_GROUP_SIZE = 10_000
#: ... unless their titles and bodies reach this many characters first (long articles: a
#: row group costs about three times its text in memory while it is converted and written).
ROW_GROUP_CHARS = 8_000_000
#: Rows fetched from the server-side cursor at a time (one ``article_urls`` lookup each).
FETCH_SIZE = 1_000

PARQUET_HINT = "pip install 'newscrawl[parquet]'"


class ExportError(RuntimeError):
    """The export cannot run as asked (e.g. Parquet without pyarrow installed)."""


def export_articles(
    engine: Engine,
    out: BinaryIO | Path,
    fmt: Format,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    language: str | None = None,
) -> int:
    """Write one row per article to ``out`` in ``fmt``; return the number of rows written.

    ``site`` keeps that site's articles; ``since``/``until`` keep articles published on those
    UTC dates or between them (inclusive; articles without a publication date are left out
    when either is given). A :class:`~pathlib.Path` (or path string) is written through a
    ``.part`` file that replaces it only when the export is complete; a binary stream is
    written to and left open. Rows come in ``articles.id`` order.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    # Parquet without pyarrow fails here, before the output is touched.
    write = _parquet_writer() if fmt == "parquet" else _TEXT_WRITERS[fmt]
    rows_iter = iter_articles(engine, site=site, since=since, until=until, language=language)
    with closing(rows_iter) as rows:
        if not isinstance(out, str | os.PathLike):
            return write(rows, out)
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        try:
            with part.open("wb") as fh:
                count = write(rows, fh)
            part.replace(path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return count


def iter_articles(
    engine: Engine,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    fetch_size: int = FETCH_SIZE,
    language: str | None = None,
) -> Generator[dict[str, Any]]:
    """Stream export rows (keys :data:`COLUMNS`; aware UTC datetimes, lists) in id order; see
    :func:`newscrawl.db.export.iter_article_rows`. Close the iterator when stopping early."""
    return iter_article_rows(engine, _ARTICLE_COLUMNS, site, since, until, fetch_size, language)


def _iso(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z`` suffix (values are aware UTC; naive ones are taken as UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) if k in _DATETIMES and v is not None else v for k, v in row.items()}


def _text_stream(out: BinaryIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(out, encoding="utf-8", newline="")


def _write_csv(rows: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    text = _text_stream(out)
    count = 0
    try:
        writer = csv.writer(text)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(row[name]) for name in COLUMNS])
            count += 1
        text.flush()
    finally:
        text.detach()  # the caller's stream stays open
    return count


# A cell starting with one of these is a formula to Excel/LibreOffice/Sheets (OWASP "CSV
# injection"): a page title "=HYPERLINK(…)" must open as text. A leading apostrophe makes
# the spreadsheet show the text as it is; JSON lines and Parquet keep values untouched.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_jsonl(rows: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    text = _text_stream(out)
    count = 0
    try:
        for row in rows:
            text.write(json.dumps(_jsonable(row), ensure_ascii=False))
            text.write("\n")
            count += 1
        text.flush()
    finally:
        text.detach()
    return count


_Writer = Callable[[Iterable[dict[str, Any]], BinaryIO], int]
_TEXT_WRITERS: dict[str, _Writer] = {"csv": _write_csv, "jsonl": _write_jsonl}


def _parquet_writer() -> _Writer:
    """The Parquet writer, or :class:`ExportError` saying how to install pyarrow."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError(
            f"Parquet export needs pyarrow, which is not installed: {PARQUET_HINT}"
        ) from exc

    ts = pa.timestamp("us", tz="UTC")
    types: dict[str, Any] = {name: pa.string() for name in COLUMNS}
    types.update(
        {name: ts for name in _DATETIMES},
        id=pa.int64(),
        cluster_id=pa.int64(),
        version=pa.int32(),
        cluster_size=pa.int64(),
        tags=pa.list_(pa.string()),
        urls=pa.list_(pa.string()),
    )
    schema = pa.schema([pa.field(name, types[name]) for name in COLUMNS])

    def write(rows: Iterable[dict[str, Any]], out: BinaryIO) -> int:
        count = chars = 0
        buffer: list[dict[str, Any]] = []
        with pq.ParquetWriter(out, schema) as writer:  # no rows: a valid file, schema only

            def flush() -> None:
                table = pa.Table.from_pylist(buffer, schema=schema)
                writer.write_table(table, row_group_size=len(buffer))
                buffer.clear()

            for row in rows:
                buffer.append(row)
                count += 1
                chars += len(row["body"] or "") + len(row["title"] or "")
                if len(buffer) >= ROW_GROUP_SIZE or chars >= ROW_GROUP_CHARS:
                    flush()
                    chars = 0
            if buffer:
                flush()
        return count

    return write
