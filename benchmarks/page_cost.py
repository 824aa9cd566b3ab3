#!/usr/bin/env python3
"""CPU milliseconds per page by stage, on real saved news pages, beside trafilatura's.

    python benchmarks/page_cost.py [--min-kb 30] [--max-kb 300] [--limit N]

Pages: the shared extraction benchmark (aeb + magichtml, read from ../shared at run time,
never copied) whose HTML is between ``--min-kb`` and ``--max-kb``. Per page, in one process,
``time.process_time`` (CPU, not wall) around each stage of what a crawl does with an article:

  decode     bytes → text (``decode_html``: charset sniffing/repair)
  parse      text → lxml tree (``extract.tree.parse_html``, as ``extract_article`` does)
  links      every link on the page (``absolute_links``)
  body       the body cascade (``extract_body``: trafilatura, the chooser's second opinions)
  metadata   the rest of ``extract_article`` (JSON-LD, meta, title, dates, bylines, related)
  pagetype   article or listing (``pagetype.extract_and_classify``: the page's headline links
             read from extraction's tree, then the signals), as the crawl's pool does
  clean      ``clean_item`` on the item
  dedupe     ``dedupe.digest`` (fingerprint, MinHash, LSH keys)
  store      ``Repository.store_articles`` into a fresh SQLite file, batches of 100 (per page)

The stages inside ``extract_article`` are timed by wrapping the module's functions, so the
cascade runs exactly as in a crawl. ``trafilatura`` is ``trafilatura.extract(text)`` alone on the
same decoded text (comments excluded, as in extraction_bench.py).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import trafilatura

from newscrawl import dedupe
from newscrawl.extract import article, pagetype
from newscrawl.extract.encoding import decode_html
from newscrawl.items import clean_item, item_from_extracted

ROOT = Path(__file__).resolve().parents[1]
DATA = [ROOT.parent / "shared" / "benchmarks" / "extraction" / d for d in ("aeb", "magichtml")]
STAGES = ("decode", "parse", "links", "body", "metadata", "pagetype", "clean", "dedupe", "store")

_acc: dict[str, float] = defaultdict(float)


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _acc[name] += time.process_time() - t0

    return wrapper


def pages(min_kb: int, max_kb: int, limit: int | None) -> list[tuple[str, bytes]]:
    out = []
    for folder in DATA:
        for path in sorted(folder.glob("*.html.gz")):
            raw = gzip.decompress(path.read_bytes())
            if min_kb * 1024 <= len(raw) <= max_kb * 1024:
                out.append((f"https://{folder.name}.example/{path.name[:16]}.html", raw))
    return out[:limit] if limit else out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-kb", type=int, default=30)
    ap.add_argument("--max-kb", type=int, default=300)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    data = pages(args.min_kb, args.max_kb, args.limit)
    if not data:
        print("no pages found under", DATA, file=sys.stderr)
        return 1
    # Wrap the pieces of extract_article (the cascade itself is not changed).
    article.parse_html = _timed("parse", article.parse_html)
    article.link_urls = _timed("links", article.link_urls)
    article.extract_body = _timed("body", article.extract_body)  # type: ignore[attr-defined]
    pagetype.read_anchors = _timed("pagetype", pagetype.read_anchors)
    extract = pagetype.extract_and_classify
    from newscrawl.db.repository import ArticleRecord, Repository
    from newscrawl.db.session import ensure_schema, make_engine

    per: dict[str, list[float]] = defaultdict(list)
    traf: list[float] = []
    records = []
    extract(decode_html(data[0][1], None)[0], data[0][0])  # warm-up (imports, caches)
    dedupe.digest("warm-up")  # the fold table is built once per process
    trafilatura.extract(decode_html(data[0][1], None)[0])
    for url, raw in data:
        _acc.clear()
        t0 = time.process_time()
        text, encoding, _ = decode_html(raw, "text/html")
        t1 = time.process_time()
        extracted, _ = extract(text, url, page_links=True)
        t2 = time.process_time()
        item = item_from_extracted(
            extracted,
            canonical_url=url,
            site="bench",
            encoding=encoding,
            fetched_at=datetime.now(UTC),
            urls=[url],
            links=[],
        )
        item = clean_item(item)
        t3 = time.process_time()
        body = item.body or ""
        digest = dedupe.digest(body)
        t4 = time.process_time()
        per["decode"].append(t1 - t0)
        per["parse"].append(_acc["parse"])
        per["links"].append(_acc["links"])
        per["body"].append(_acc["body"])
        per["pagetype"].append(_acc["pagetype"])  # read_anchors; the signals are in "metadata"
        inner = _acc["parse"] + _acc["links"] + _acc["body"] + _acc["pagetype"]
        per["metadata"].append((t2 - t1) - inner)
        per["clean"].append(t3 - t2)
        per["dedupe"].append(t4 - t3)
        if item.title and body:
            record = ArticleRecord(
                canonical_url=url,
                urls=[url],
                site="bench",
                title=item.title,
                body=body,
                fetched_at=item.fetched_at,
                content_hash=dedupe.content_hash(item.title, body),
            )
            record.fingerprint, record.signature, record.band_keys = digest
            records.append(record)
        t5 = time.process_time()
        trafilatura.extract(text, url=url, include_comments=False)
        traf.append(time.process_time() - t5)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        ensure_schema(engine)
        repo = Repository(engine)
        t0 = time.process_time()
        for i in range(0, len(records), 100):
            repo.store_articles(records[i : i + 100])
        store = time.process_time() - t0
        engine.dispose()
    per["store"] = [store / max(1, len(records))] * len(data)
    kb = statistics.median(len(r) for _, r in data) / 1024
    print(f"{len(data)} pages ({args.min_kb}-{args.max_kb} KB, median {kb:.0f} KB), CPU ms/page")
    print(f"{'stage':<12}{'mean':>8}{'median':>8}{'p90':>8}")
    total = 0.0
    for stage in STAGES:
        values = sorted(v * 1000 for v in per[stage])
        total += statistics.mean(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        print(
            f"{stage:<12}{statistics.mean(values):8.1f}{statistics.median(values):8.1f}{p90:8.1f}"
        )
    extract_clean = sum(
        statistics.mean(per[s])
        for s in ("decode", "parse", "links", "body", "metadata", "pagetype", "clean")
    )
    print(f"{'total':<12}{total:8.1f}")
    print(f"{'extract+clean':<12}{extract_clean * 1000:8.1f}  (decode…clean)")
    tv = sorted(v * 1000 for v in traf)
    print(
        f"{'trafilatura':<12}{statistics.mean(tv):8.1f}{statistics.median(tv):8.1f}"
        f"{tv[int(0.9 * (len(tv) - 1))]:8.1f}  (trafilatura.extract alone, same text)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
