#!/usr/bin/env python3
"""Metadata accuracy (title, publication day, authors) of newscrawl and trafilatura on the
hand-labelled gne-zh pages, split by site, in one run.

    python benchmarks/metadata_bench.py [--set gne-zh|magichtml-zh|en-sample|all]
                                        [--labels FILE --data DIR] [--json OUT] [--show-errors]

Label sets (``benchmarks/labels/``, the pages stay in ../shared): ``gne-zh`` (67 Chinese news
pages, 36 sites; the set the metadata rules were written against), ``magichtml-zh`` (the 53
Chinese pages of magichtml, 40 sites) and ``en-sample`` (60 English pages of aeb and magichtml,
one per site), the last two labelled after the rules were written: the nearest thing here to
unseen sites. A label's key is the page's path under ``--data`` without ``.html.gz``; its ``url``
(when labelled) is passed to the extractors, as a crawl would.

Scoring (per labelled article page; pages labelled ``is_article: false`` are skipped):

- **title**: exact match after whitespace normalisation (runs of spaces → one space, NFKC
  is *not* applied: a full-width colon is a different title).
- **date**: the calendar day as the page prints it. Truth is the label's ``published_iso``
  (``published`` when it has no ISO form); newscrawl's day is ``published_at.date()`` in the
  offset it carries (never converted to UTC); trafilatura's is its ``date`` string. A page
  labelled without a date is right only when the tool returns none.
- **author**: set equality of the author names (reporters/writers, not editors, sources or
  photographers). A page labelled with no author is right only when the tool returns none.

``leave_site_out``: the accuracy over all pages when each site is predicted by a model fitted
on the other sites only. newscrawl fits nothing on these pages (no weights or thresholds are
learnt from them), so the model is the same for every fold and the figure equals ``overall``;
it is printed so that a change that starts fitting (and must then fit on the other sites) has
its place. ``site_mean`` weighs each site the same (a site with 9 pages counts as one with 1).
The rules were written while reading pages of these sites: treat every figure here as a
development figure, not as a blind test on unseen sites.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from newscrawl.extract.article import extract_article
from newscrawl.extract.encoding import decode_html

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "labels"
DATA = ROOT.parent / "shared" / "benchmarks" / "extraction"
#: name → (labels, pages)
SETS = {
    "gne-zh": (LABELS / "gne_zh.json", DATA / "gne-zh"),
    "magichtml-zh": (LABELS / "magichtml_zh.json", DATA / "magichtml"),
    "en-sample": (LABELS / "en_sample.json", DATA),
}
FIELDS = ("title", "date", "author")
_SPACE = re.compile(r"\s+")
_DAY = re.compile(r"((?:19|20)\d{2})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")
_NAME_SPLIT = re.compile(r"\s*(?:[,;，；、]|\band\b|&)\s*")


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _day(text: str | None) -> date | None:
    m = _DAY.search(text or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _names(value: str | list[str] | None) -> frozenset[str]:
    items = value if isinstance(value, list) else _NAME_SPLIT.split(value or "")
    return frozenset(n for n in (_norm(i) for i in items) if n)


def truth_of(label: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": _norm(label.get("title")),
        "date": _day(label.get("published_iso") or label.get("published")),
        "author": _names(label.get("authors") or []),
    }


def newscrawl_of(html: str, url: str) -> dict[str, Any]:
    e = extract_article(html, url)
    return {
        "title": _norm(e.title),
        "date": e.published_at.date() if e.published_at else None,
        "author": _names(e.author),
    }


def trafilatura_of(html: str, url: str) -> dict[str, Any]:
    from trafilatura.metadata import extract_metadata

    m = extract_metadata(html, default_url=url or None)
    return {"title": _norm(m.title), "date": _day(m.date), "author": _names(m.author)}


def _site(page_id: str, label: dict[str, Any]) -> str:
    site = label.get("site")
    return str(site) if site else page_id.removeprefix("v-").rsplit("-", 1)[0]


def score_set(labels_path: Path, data: Path, show_errors: bool = False) -> dict[str, Any]:
    """Figures of every tool on one label set, printed by site, and returned."""
    labels: dict[str, dict[str, Any]] = json.loads(labels_path.read_text(encoding="utf-8"))
    tools = {"newscrawl": newscrawl_of, "trafilatura": trafilatura_of}
    # hits[tool][site][field] = [right, total]
    hits: dict[str, dict[str, dict[str, list[int]]]] = {
        t: defaultdict(lambda: {f: [0, 0] for f in FIELDS}) for t in tools
    }
    for page_id, label in sorted(labels.items()):
        if label.get("is_article") is False:
            continue
        path = data / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html, _, _ = decode_html(gzip.decompress(path.read_bytes()))
        truth = truth_of(label)
        site = _site(page_id, label)
        for tool, run in tools.items():
            got = run(html, label.get("url") or "")
            for f in FIELDS:
                ok = got[f] == truth[f]
                cell = hits[tool][site][f]
                cell[0] += ok
                cell[1] += 1
                if not ok and show_errors:
                    print(f"{tool:11} {page_id:18} {f:6} got={got[f]!r} want={truth[f]!r}")
    report: dict[str, Any] = {}
    for tool, by_site in hits.items():
        overall = {f: sum(s[f][0] for s in by_site.values()) for f in FIELDS}
        n = sum(s["title"][1] for s in by_site.values())
        macro = {f: sum(s[f][0] / s[f][1] for s in by_site.values()) / len(by_site) for f in FIELDS}
        report[tool] = {
            "pages": n,
            "sites": len(by_site),
            "overall": {f: overall[f] / n for f in FIELDS},
            # Nothing is fitted: every site's fold uses the same rules, so the held-out
            # predictions are the predictions and their accuracy is the overall one.
            "leave_site_out": {f: overall[f] / n for f in FIELDS},
            "site_mean": macro,
            "by_site": {
                site: {f: f"{c[f][0]}/{c[f][1]}" for f in FIELDS}
                for site, c in sorted(by_site.items())
            },
        }
    sites = sorted(report["newscrawl"]["by_site"])
    width = max(14, *map(len, sites))
    print(f"{'site':{width}} " + " ".join(f"{t[:10] + ' ' + f:>17}" for t in tools for f in FIELDS))
    for site in sites:
        cells = [report[t]["by_site"][site][f] for t in tools for f in FIELDS]
        print(f"{site:{width}} " + " ".join(f"{c:>17}" for c in cells))
    for key in ("overall", "leave_site_out", "site_mean"):
        cells = [f"{report[t][key][f]:.3f}" for t in tools for f in FIELDS]
        print(f"{key:{width}} " + " ".join(f"{c:>17}" for c in cells))
    print(f"pages={report['newscrawl']['pages']} sites={report['newscrawl']['sites']}")
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--set", default="gne-zh", choices=[*SETS, "all"])
    ap.add_argument("--labels", type=Path, help="a label file (with --data), instead of --set")
    ap.add_argument("--data", type=Path, help="the folder the label keys are paths under")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--show-errors", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    if args.labels or args.data:
        if not (args.labels and args.data):
            ap.error("--labels and --data go together")
        chosen = {args.labels.stem: (args.labels, args.data)}
    else:
        chosen = SETS if args.set == "all" else {args.set: SETS[args.set]}
    reports: dict[str, Any] = {}
    for name, (labels, data) in chosen.items():
        if not labels.exists() or not data.exists():
            print(f"missing {labels} or {data}", file=sys.stderr)
            return 2
        print(f"== {name} ({labels.name})")
        reports[name] = score_set(labels, data, args.show_errors)
    if args.json:
        out = reports if len(reports) > 1 else next(iter(reports.values()))
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
