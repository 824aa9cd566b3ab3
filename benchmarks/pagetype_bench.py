#!/usr/bin/env python3
"""Page-type accuracy: newscrawl's article-vs-listing decision on the shared benchmark pages.

    python benchmarks/pagetype_bench.py [--data DIR]

Truth: every aeb and magichtml page is an article; gne-zh pages are articles and the four
under ``gne-zh/list/`` are not (``benchmarks/labels/gne_zh.json``'s and
``magichtml_zh.json``'s ``is_article`` when present).
The decision is the crawl's: ``pagetype.extract_and_classify`` (a page without title or body is
dropped, so counts as not stored).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from newscrawl.extract import pagetype
from newscrawl.extract.encoding import decode_html

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "extraction"
LABELS = ROOT / "benchmarks" / "labels" / "gne_zh.json"
# The reader's labels of magichtml's Chinese pages: one of them (a journal issue's table of
# contents) is no article, whatever magic-html filed it as.
MAGICHTML_LABELS = ROOT / "benchmarks" / "labels" / "magichtml_zh.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    labels = {}
    for path in (LABELS, MAGICHTML_LABELS):  # keys: gne-zh's names, magichtml's hashes
        labels.update(json.loads(path.read_text(encoding="utf-8")) if path.exists() else {})
    sets = {
        "gne-zh/list": args.data / "gne-zh" / "list",
        "gne-zh": args.data / "gne-zh",
        "aeb": args.data / "aeb",
        "magichtml": args.data / "magichtml",
    }
    total = right = 0
    for name, folder in sets.items():
        if not folder.is_dir():
            print(f"{name}: not found at {folder}", file=sys.stderr)
            continue
        wrong = []
        pages = sorted(folder.glob("*.html.gz"))
        for path in pages:
            stem = path.name[: -len(".html.gz")]
            key = f"list/{stem}" if name.endswith("/list") else stem
            truth = labels.get(key, {}).get("is_article", not name.endswith("/list"))
            meta = json.loads(path.with_name(stem + ".json").read_text(encoding="utf-8"))
            url = meta.get("url") or ""
            html, _, _ = decode_html(gzip.decompress(path.read_bytes()))
            _, found = pagetype.extract_and_classify(html, url)  # what the crawl decides with
            stored = found is not None and pagetype.is_article(found)  # no title/body: dropped
            if stored != truth:
                why = f"score {pagetype.score(found):.1f}" if found else "no title or body"
                wrong.append(f"{stem} ({why})")
        n = len(pages)
        total, right = total + n, right + n - len(wrong)
        print(
            f"{name}: {n - len(wrong)}/{n} right"
            + (f"; wrong: {', '.join(wrong)}" if wrong else "")
        )
    print(f"all: {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
