"""``newscrawl extract PATH… [--url U] [--fetched-at T] [--max-bytes N] [--timeout S]``: saved
pages (HTML or gzip) through the crawl's own extraction and cleaning, one JSON line per page on
stdout; a page over the size cap or the time budget is reported on stderr and skipped (exit
status 1). Relative dates count from ``--fetched-at`` (default: now). Not from the file's
modification time: archives set it to anything (1980, the epoch, a server's Last-Modified), and
a fetch time before the page's own date would reject that date."""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import zlib
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.cli_args import int_arg

_MAX_PAGE_BYTES = 10 * 1024 * 1024  # the crawl's DOWNLOAD_MAXSIZE


def add_parser(sub: Any) -> None:
    """Register ``extract`` on the ``newscrawl`` subparsers."""
    ext = sub.add_parser("extract", help="extract saved pages (HTML or .gz) to JSON lines")
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.add_argument("--url", help="the URL the page was fetched from (resolves links, dates)")
    ext.add_argument(
        "--fetched-at",
        type=_instant_arg,
        default=None,
        metavar="ISO-8601",
        help="when the page was fetched: relative dates (昨天, '3 hours ago') count from it and "
        "later dates are rejected (default: now; UTC unless an offset is given)",
    )
    ext.add_argument(
        "--max-bytes",
        type=int_arg(1),
        default=_MAX_PAGE_BYTES,
        help=f"larger pages (or .gz files decompressing to more) are refused "
        f"(default {_MAX_PAGE_BYTES}, DOWNLOAD_MAXSIZE)",
    )
    ext.add_argument(
        "--timeout",
        type=_seconds_arg,
        default=None,
        help="CPU seconds one page may take before it is skipped "
        "(default $NEWSCRAWL_EXTRACT_TIMEOUT or 5; 0: no limit)",
    )
    ext.set_defaults(func=_extract)


def _instant_arg(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _seconds_arg(value: str) -> float:
    from newscrawl.extract.budget import extract_timeout

    try:
        return extract_timeout(value)
    except ValueError as exc:
        message = str(exc).replace("NEWSCRAWL_EXTRACT_TIMEOUT", "--timeout")
        raise argparse.ArgumentTypeError(message) from None


def _read_page(path: str, max_bytes: int) -> bytes:
    """A saved page's bytes, gunzipped when gzip; more than ``max_bytes`` (before or after
    decompression: a gzip bomb) is an error, read no further than that."""
    with open(path, "rb") as fh:
        raw = fh.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ValueError(f"larger than {max_bytes} bytes (--max-bytes)")
    if raw[:2] == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
            raw = gz.read(max_bytes + 1)  # never more than the cap in memory
        if len(raw) > max_bytes:
            raise ValueError(f"decompresses to more than {max_bytes} bytes (--max-bytes)")
    return raw


def _extract_one(
    raw: bytes, path: str, page_url: str, fetched_at: datetime | None = None
) -> dict[str, Any]:
    from newscrawl.extract.article import extract_article
    from newscrawl.extract.encoding import decode_html
    from newscrawl.items import RelatedLink, clean_item, item_from_extracted
    from newscrawl.language import article_language
    from newscrawl.urls import canonicalize

    fetched_at = fetched_at or datetime.now(UTC)
    text, encoding, _ = decode_html(raw)
    e = extract_article(text, page_url, now=fetched_at)
    item = clean_item(
        item_from_extracted(
            e,
            canonical_url=canonicalize(e.canonical_url or page_url),
            site=urlsplit(page_url).hostname or "file",
            encoding=encoding,
            fetched_at=fetched_at,
            urls=[page_url],
            links=[RelatedLink(canonicalize(u), a, k) for u, a, k in e.links],  # type: ignore[arg-type]
        )
    )
    item.language = article_language(item.body, item.page_language)
    return {"path": path, **asdict(item)}


def _extract(args: argparse.Namespace) -> int:
    import newscrawl.extract.article  # noqa: F401 - imported before the clock starts
    from newscrawl.extract.budget import BudgetExceeded, extract_timeout, time_budget

    if args.timeout is None:  # not given: the environment's, checked like the option
        try:
            args.timeout = extract_timeout()
        except ValueError as exc:
            print(f"newscrawl extract: {exc}", file=sys.stderr)
            return 2
    status = over_budget = 0
    for path in args.paths:
        try:
            raw = _read_page(path, args.max_bytes)
        except (OSError, EOFError, ValueError, zlib.error) as exc:
            print(f"newscrawl extract: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        page_url = args.url or Path(path).resolve().as_uri()
        try:
            with time_budget(args.timeout):
                record = _extract_one(raw, path, page_url, args.fetched_at)
        except BudgetExceeded as exc:
            print(f"newscrawl extract: {path}: skipped, {exc}", file=sys.stderr)
            status, over_budget = 1, over_budget + 1
            continue
        print(json.dumps(record, ensure_ascii=False, default=_json_default), flush=True)
    if over_budget:
        print(
            f"newscrawl extract: {over_budget} of {len(args.paths)} pages over the "
            f"{args.timeout:g} s CPU budget (--timeout, NEWSCRAWL_EXTRACT_TIMEOUT)",
            file=sys.stderr,
        )
    return status


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
