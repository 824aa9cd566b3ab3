#!/usr/bin/env python3
"""Extraction CPU cost of two source trees of newscrawl, and of trafilatura, timed paired.

    python benchmarks/paired_speed.py TREE_A TREE_B [--reps N] [--data DIR]

Both trees' ``extract_article`` + ``clean_body`` (the extraction benchmark's newscrawl tool) are
loaded into one process beside trafilatura; the three run page by page in a rotating order, and
each page's best CPU time (``time.process_time``) over ``--reps`` passes is summed. On a shared
machine one run of ``extraction_bench.py`` moves by a tenth from run to run (trafilatura's own
pages/s included); a change of a few per cent shows here: the same process, the same pages, the
same moment, the best of several passes. Prints ms per page of each and the ratios after every
pass. A tree is a checkout's root (e.g. a ``git worktree`` of the commit to compare with).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

from extraction_bench import DATA_ROOT, load_pages, warm_up

from newscrawl.extract.encoding import decode_html

Extractor = Callable[[str, str], str]


def load_tree(tree: Path) -> Extractor:
    """The extraction of the newscrawl package under ``tree``, imported afresh."""
    for name in [n for n in sys.modules if n == "newscrawl" or n.startswith("newscrawl.")]:
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        extract = importlib.import_module("newscrawl.extract.article").extract_article
        clean = importlib.import_module("newscrawl.clean").clean_body
    finally:
        sys.path.remove(str(tree))
    origin = Path(extract.__code__.co_filename).resolve()
    if not origin.is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree}: newscrawl was imported from {origin}")
    return lambda html, url: clean(extract(html, url).body or "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("tree_a", type=Path)
    ap.add_argument("tree_b", type=Path)
    ap.add_argument("--reps", type=int, default=4)
    ap.add_argument("--data", type=Path, default=DATA_ROOT / "aeb")
    args = ap.parse_args(argv)
    import trafilatura

    def traf(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, include_comments=False) or ""

    runs: dict[str, Extractor] = {
        "A": load_tree(args.tree_a),
        "B": load_tree(args.tree_b),
        "trafilatura": traf,
    }
    pages = load_pages(args.data, None)
    texts = [decode_html(gzip.decompress(p.html_path.read_bytes()))[0] for p in pages]
    warm_up(runs, pages[0])
    names = list(runs)
    best = {name: [float("inf")] * len(pages) for name in names}
    for rep in range(args.reps):
        for i, (page, text) in enumerate(zip(pages, texts, strict=True)):
            shift = (i + rep) % len(names)
            for name in names[shift:] + names[:shift]:
                t0 = time.process_time()
                runs[name](text, page.url)
                best[name][i] = min(best[name][i], time.process_time() - t0)
        ms = {name: sum(v) / len(pages) * 1000 for name, v in best.items()}
        print(
            f"after {rep + 1} passes: A {ms['A']:.2f}, B {ms['B']:.2f}, trafilatura "
            f"{ms['trafilatura']:.2f} ms/page; B/A {ms['B'] / ms['A']:.3f}; newscrawl pages/s "
            f"over trafilatura's: A {ms['trafilatura'] / ms['A']:.3f}, "
            f"B {ms['trafilatura'] / ms['B']:.3f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
