#!/usr/bin/env python3
"""Article-body extraction quality and speed: newscrawl vs trafilatura vs readability-lxml,
scored with the AEB shingle metric (benchmarks/scoring.py) on the shared benchmark pages.

    python benchmarks/extraction_bench.py [--data DIR ...] [--tools newscrawl,trafilatura]
                                          [--limit N] [--json OUT] [--dump-preds DIR]

Each page is gunzipped and decoded once with newscrawl's ``decode_html``; every tool gets that
same text (and the page URL where it takes one). Only the tools' extraction calls are timed,
in alternating order page by page (single process, wall clock ``time.perf_counter`` and CPU
``time.process_time``: on a shared machine the wall clock also counts other processes' time
slices, CPU time only the tool's own work; each tool first gets one untimed warm-up call).
A tool that raises scores an empty prediction for that page; such errors are counted and
printed.
``--dump-preds`` writes ``<tool>-<dataset>.jsonl`` in the format of the data's own score.py.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from scoring import CJK_RE, Score, page_counts, score_counts
from site_split import leave_site_out, per_site_rows, print_site_summary

from newscrawl.extract.encoding import decode_html

ROOT = Path(__file__).resolve().parents[1]
DATA_ROOT = ROOT.parent / "shared" / "benchmarks" / "extraction"
DEFAULT_DATA = [DATA_ROOT / "aeb", DATA_ROOT / "magichtml"]
TOOLS = ("newscrawl", "trafilatura", "readability")
DISTRIBUTIONS = {
    "newscrawl": "newscrawl",
    "trafilatura": "trafilatura",
    "readability": "readability-lxml",
}

Extractor = Callable[[str, str], str]

# Elements whose content starts a new line when readability's HTML is turned into text.
_BLOCKS = """address article aside blockquote br caption dd div dl dt figcaption figure footer form
h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul"""
BLOCK_TAGS = frozenset(_BLOCKS.split())
_WORD_RE = re.compile(r"\w")


# ------------------------------------------------------------------------------------ tools
def _newscrawl() -> Extractor:
    from newscrawl.clean import clean_body
    from newscrawl.extract.article import extract_article

    def run(text: str, url: str) -> str:
        return clean_body(extract_article(text, url).body or "")

    return run


def _trafilatura() -> Extractor:
    import trafilatura

    # Comments excluded: the configuration behind the reference figures (0.961 on aeb), and
    # the fair one for article bodies (the default keeps reader comments).
    def run(text: str, url: str) -> str:
        return trafilatura.extract(text, url=url, include_comments=False) or ""

    return run


def html_to_text(html: str) -> str:
    """Text of an HTML fragment, one line per block element, whitespace collapsed."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    if not isinstance(root, lxml.html.HtmlElement):
        return ""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _readability() -> Extractor:
    from readability import Document

    def run(text: str, url: str) -> str:
        return html_to_text(Document(text).summary())

    return run


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "newscrawl": _newscrawl,
    "trafilatura": _trafilatura,
    "readability": _readability,
}


def version(tool: str) -> str:
    try:
        return metadata.version(DISTRIBUTIONS[tool])
    except metadata.PackageNotFoundError:
        return "?"


# ------------------------------------------------------------------------------------ data
def site_of(url: str) -> str:
    """The page's site: its registered domain (``news.sina.com.cn`` → ``sina.com.cn``)."""
    host = (urlsplit(url).hostname or "?").removeprefix("www.")
    return _registered(host) or host


@cache
def _registered(host: str) -> str:
    try:
        import tldextract
    except ImportError:
        return host
    # The suffix list bundled with tldextract: no network.
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    parts = extract(host)
    return parts.top_domain_under_public_suffix or host


@dataclass
class Page:
    id: str
    url: str
    truth: str
    lang: str | None
    html_path: Path

    @property
    def site(self) -> str:
        return site_of(self.url)

    @property
    def is_zh(self) -> bool:
        """``lang`` is zh; without a ``lang``, the truth is mostly CJK characters."""
        if self.lang:
            return self.lang == "zh"
        return len(CJK_RE.findall(self.truth)) > 0.5 * len(_WORD_RE.findall(self.truth))


def load_pages(folder: Path, limit: int | None) -> list[Page]:
    pages = []
    for meta_path in sorted(folder.glob("*.json")):
        if meta_path.name == "MANIFEST.json":
            continue
        html_path = folder / f"{meta_path.stem}.html.gz"
        if not html_path.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        pages.append(
            Page(
                id=meta_path.stem,
                url=meta.get("url") or "",
                truth=meta.get("body_text") or "",
                lang=meta.get("lang"),
                html_path=html_path,
            )
        )
        if limit is not None and len(pages) >= limit:
            break
    return pages


def subsets(pages: list[Page]) -> list[tuple[str, list[Page]]]:
    """all; en (if any); zh and non-zh (if any page is zh)."""
    out = [("all", pages)]
    en = [p for p in pages if p.lang == "en"]
    if en:
        out.append(("en", en))
    zh = [p for p in pages if p.is_zh]
    if zh:
        out += [("zh", zh), ("non-zh", [p for p in pages if not p.is_zh])]
    return out


# ------------------------------------------------------------------------------------ run
@dataclass
class ToolRun:
    preds: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)  #: process CPU seconds
    errors: dict[str, str] = field(default_factory=dict)


def run_dataset(
    name: str, pages: list[Page], extractors: dict[str, Extractor]
) -> tuple[dict[str, ToolRun], Counter[str], int]:
    """Run every tool on every page; returns runs per tool, encodings used and repaired count."""
    runs = {tool: ToolRun() for tool in extractors}
    encodings: Counter[str] = Counter()
    repaired = 0
    for i, page in enumerate(pages, 1):
        text, encoding, was_repaired = decode_html(gzip.decompress(page.html_path.read_bytes()))
        encodings[encoding] += 1
        repaired += was_repaired
        # Alternating order: neither tool always runs on a page whose strings the other has
        # just put in the caches they share (trafilatura's line and trim caches).
        order = list(extractors.items())
        for tool, extract in order if i % 2 else order[::-1]:
            run = runs[tool]
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                pred = extract(text, page.url)
            except Exception as exc:
                pred = ""
                run.errors[page.id] = f"{type(exc).__name__}: {exc}"[:200]
                print(f"  ! {tool} {name}/{page.id}: {run.errors[page.id]}", file=sys.stderr)
            run.seconds[page.id] = time.perf_counter() - t0
            run.cpu[page.id] = time.process_time() - c0
            run.preds[page.id] = pred
        if i % 50 == 0 or i == len(pages):
            print(f"  {name}: {i}/{len(pages)} pages", file=sys.stderr)
    return runs, encodings, repaired


def warm_up(extractors: dict[str, Extractor], page: Page) -> None:
    """One untimed call per tool, so lazy imports and caches are not billed to the first page.
    Also trafilatura's jusText stoplist, built on the first jusText fallback of the process
    (every language's list, ~0.5 s) and shared by every caller: without this the tool that
    first falls back to jusText pays it for both (newscrawl's trafilatura calls, on aeb's
    ctvnews page)."""
    text, _, _ = decode_html(gzip.decompress(page.html_path.read_bytes()))
    for extract in extractors.values():
        with contextlib.suppress(Exception):
            extract(text, page.url)
    with contextlib.suppress(Exception):
        from trafilatura.external import jt_stoplist_init

        jt_stoplist_init()


def rows_for(pages: list[Page], runs: dict[str, ToolRun]) -> list[dict[str, Any]]:
    rows = []
    for subset, members in subsets(pages):
        for tool, run in runs.items():
            result: Score = score_counts(page_counts(p.truth, run.preds[p.id]) for p in members)
            seconds = sum(run.seconds[p.id] for p in members)
            cpu = sum(run.cpu[p.id] for p in members)
            rows.append(
                {
                    "tool": tool,
                    "subset": subset,
                    "n": result.n,
                    "precision": result.precision,
                    "recall": result.recall,
                    "f1": result.f1,
                    "seconds": seconds,
                    "pages_per_s": len(members) / seconds if seconds > 0 else None,
                    "cpu_seconds": cpu,
                    "cpu_pages_per_s": len(members) / cpu if cpu > 0 else None,
                    "errors": sum(p.id in run.errors for p in members),
                }
            )
    return rows


def print_table(title: str, rows: list[dict[str, Any]]) -> None:
    header = ["tool", "subset", "n", "P", "R", "F1", "pages/s", "errors"]
    table = [header]
    for r in rows:
        pps = r["pages_per_s"]
        table.append(
            [
                r["tool"],
                r["subset"],
                str(r["n"]),
                f"{r['precision']:.3f}",
                f"{r['recall']:.3f}",
                f"{r['f1']:.3f}",
                "-" if pps is None else f"{pps:.1f}",
                str(r["errors"]),
            ]
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print(title)
    for j, row in enumerate(table):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in pairs]
        print("  ".join(cells).rstrip())
        if j == 0:
            print("  ".join("-" * w for w in widths))
    print()


def dump_preds(folder: Path, dataset: str, runs: dict[str, ToolRun]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for tool, run in runs.items():
        with (folder / f"{tool}-{dataset}.jsonl").open("w", encoding="utf-8") as f:
            for page_id, body in run.preds.items():
                f.write(json.dumps({"id": page_id, "body_text": body}, ensure_ascii=False) + "\n")


def parse_tools(value: str) -> list[str]:
    tools = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in tools if t not in FACTORIES]
    if unknown or not tools:
        raise argparse.ArgumentTypeError(f"unknown tool(s) {unknown}; choose from {list(TOOLS)}")
    return list(dict.fromkeys(tools))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, action="append", help="dataset folder (repeatable)")
    ap.add_argument("--tools", type=parse_tools, default=list(TOOLS), help="comma-separated")
    ap.add_argument("--limit", type=int, help="first N pages of each dataset")
    ap.add_argument("--json", type=Path, help="write every figure here as JSON")
    ap.add_argument("--dump-preds", type=Path, help="write <tool>-<dataset>.jsonl predictions")
    ap.add_argument("--no-lso", action="store_true", help="skip the leave-site-out figure")
    ap.add_argument("--folds", type=int, default=5, help="folds by site for leave-site-out")
    args = ap.parse_args(argv)

    folders: list[Path] = args.data or DEFAULT_DATA
    missing = [str(f) for f in folders if not f.is_dir() or not any(f.glob("*.json"))]
    if missing:
        ap.error(
            "benchmark data not found: " + ", ".join(missing) + " (expected folders of "
            "<id>.html.gz + <id>.json; the defaults live in ../shared/benchmarks/extraction)"
        )
    datasets = {f.name: load_pages(f, args.limit) for f in folders}
    try:
        extractors = {tool: FACTORIES[tool]() for tool in args.tools}
    except ImportError as exc:
        ap.error(
            f"cannot import a tool ({exc}); the comparison tools are not project dependencies:"
            " pip install trafilatura readability-lxml, or choose --tools"
        )
    first = next((pages[0] for pages in datasets.values() if pages), None)
    if first is not None:
        warm_up(extractors, first)

    report: dict[str, Any] = {
        "metric": "AEB body shingle P/R/F1 (4-token shingles, one token per CJK character)",
        "tools": {tool: version(tool) for tool in extractors},
        "datasets": {},
    }
    for name, pages in datasets.items():
        runs, encodings, repaired = run_dataset(name, pages, extractors)
        rows = rows_for(pages, runs)
        report["datasets"][name] = {
            "path": str(next(f for f in folders if f.name == name)),
            "pages": len(pages),
            "decode_repaired": repaired,
            "encodings": dict(encodings.most_common()),
            "rows": rows,
            "errors": {tool: run.errors for tool, run in runs.items() if run.errors},
        }
        print_table(f"{name}: {len(pages)} pages, {repaired} charset repairs by decode_html", rows)
        sites = per_site_rows(pages, runs)
        report["datasets"][name]["sites"] = sites
        print_site_summary(name, sites, rows)
        if args.dump_preds:
            dump_preds(args.dump_preds, name, runs)
    if "newscrawl" in extractors and not args.no_lso:
        report["leave_site_out"] = leave_site_out(datasets, args.folds)
    print("versions: " + ", ".join(f"{t} {v}" for t, v in report["tools"].items()))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
