"""Figures split by site, and the leave-site-out figure of the body chooser's parameters.

Per site: P/R/F1 of every tool on that site's pages (a site is the registered domain of the
page's URL). Leave-site-out: the chooser's thresholds (``newscrawl.extract.chooser.Params``) are
fitted by grid search on the pages of the *other* sites (k folds by site) and scored on the
held-out site's pages. Candidates are recorded once per page (``body.TRACE``), so refitting
never re-runs the extraction. A candidate's final text is ``clean_body`` of its lines; the one
the shipped chooser picked uses the real stored body (so the shipped parameters reproduce the
dataset figure up to title/credit-line removal on the other candidates). The own answer's end
trim (``chooser.trim_ends``) is part of the grid: each page's own answer is trimmed once per
grid point of ``tail_chars`` × ``tail_support``.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import sys
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from scoring import page_counts, score_counts

from newscrawl.clean import clean_body
from newscrawl.extract import body as body_mod
from newscrawl.extract.article import extract_article
from newscrawl.extract.chooser import DEFAULT, Opinions, Params, choose, looks_unsure, trim_ends
from newscrawl.extract.encoding import decode_html

if TYPE_CHECKING:
    from extraction_bench import Page, ToolRun

GRID: dict[str, list[Any]] = {
    "trigger_weight": [400, 600, 1000],
    "trigger_listy": [0.4, 0.6],
    "alone": [0.4, 0.5, 0.6],
    "agree": [0.7, 0.8, 0.9],
    "short": [0.4, 0.5, 0.6],
    "margin": [0.0, 0.1, 0.2],
    "tail_chars": [100, 150, 200],
    "tail_support": [0.3, 0.5, 0.7],
}
_TAILS = list(itertools.product(GRID["tail_chars"], GRID["tail_support"]))
if (DEFAULT.tail_chars, DEFAULT.tail_support) not in _TAILS:
    _TAILS.append((DEFAULT.tail_chars, DEFAULT.tail_support))
_LOOSEST = Params(trigger_weight=max(GRID["trigger_weight"]), trigger_listy=0.4)


def per_site_rows(pages: list[Page], runs: dict[str, ToolRun]) -> list[dict[str, Any]]:
    by_site: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        by_site[page.site].append(page)
    rows = []
    for site, members in sorted(by_site.items()):
        row: dict[str, Any] = {"site": site, "n": len(members)}
        for tool, run in runs.items():
            result = score_counts(page_counts(p.truth, run.preds[p.id]) for p in members)
            row[tool] = round(result.f1, 4)
        rows.append(row)
    return rows


def print_site_summary(name: str, sites: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """How many sites each tool wins, the worst sites of newscrawl vs trafilatura, speed."""
    tools = [t for t in ("newscrawl", "trafilatura", "readability") if t in sites[0]]
    print(f"{name}: {len(sites)} sites")
    if "newscrawl" in tools and "trafilatura" in tools:
        gaps = sorted(sites, key=lambda r: r["newscrawl"] - r["trafilatura"])
        worse = sum(r["newscrawl"] < r["trafilatura"] - 0.05 for r in sites)
        better = sum(r["newscrawl"] > r["trafilatura"] + 0.05 for r in sites)
        print(f"  sites where newscrawl F1 is >0.05 below trafilatura: {worse}, above: {better}")
        for r in gaps[:5]:
            figures = ", ".join(f"{t} {r[t]:.3f}" for t in tools)
            print(f"  worst: {r['site']} (n={r['n']}): {figures}")
    for key, clock in (("pages_per_s", "wall clock"), ("cpu_pages_per_s", "CPU time")):
        speed = {r["tool"]: r.get(key) for r in rows if r["subset"] == "all"}
        if speed.get("newscrawl") and speed.get("trafilatura"):
            ratio = speed["newscrawl"] / speed["trafilatura"]
            print(f"  speed (one run, {clock}): newscrawl/trafilatura pages/s = {ratio:.2f}")
    print()


def _fold(site: str, folds: int) -> int:
    return int(hashlib.sha1(site.encode()).hexdigest(), 16) % folds


def _trace(page: Page) -> dict[str, Any]:
    text, _, _ = decode_html(gzip.decompress(page.html_path.read_bytes()))
    trace: dict[str, Any] = {}
    token = body_mod.TRACE.set(trace)
    try:
        final = clean_body(extract_article(text, page.url).body or "")
    finally:
        body_mod.TRACE.reset(token)
    if "own" not in trace:  # no generic body ran (empty page)
        return {"final": {"own": final}, "opinions": None}
    finals = {
        name: clean_body("\n\n".join(trace[name]))
        for name in ("own", "dense", "readability", "default")
    }
    lines = {name: trace[name] for name in ("dense", "readability", "default")}
    opinions = Opinions(
        dense=lambda: lines["dense"],
        readability=lambda: lines["readability"],
        default=lambda: lines["default"],
    )
    if not trace["fallback"]:
        # The own answer's ends trimmed under each grid point of the trim's parameters.
        for chars, support in _TAILS:
            params = Params(tail_chars=chars, tail_support=support)
            kept = trim_ends(trace["own"], opinions, params)
            finals[f"own/{chars}/{support}"] = clean_body("\n\n".join(kept))
    shipped = _key(trace["chosen"], trace["fallback"], DEFAULT)
    finals[shipped] = final
    fb = trace["fallback"]
    # Settled: no grid point of the chooser can replace the own answer (checked once here).
    settled = not fb and not looks_unsure(trace["own"], _LOOSEST)
    return {
        "final": finals,
        "opinions": opinions,
        "own": trace["own"],
        "fb": fb,
        "settled": settled,
    }


def _key(which: str, fallback: bool, params: Params) -> str:
    """The name of a page's final text: an opinion, or the own answer (trimmed unless the
    cascade fell back to its container heuristic, as ``body._generic_body`` does)."""
    if which != "own" or fallback:
        return which
    return f"own/{params.tail_chars}/{params.tail_support}"


def _pick(t: dict[str, Any], params: Params) -> str:
    if t["opinions"] is None:
        return "own"
    if t["settled"]:
        return _key("own", False, params)
    return _key(choose(t["own"], t["fb"], t["opinions"], params)[1], t["fb"], params)


def leave_site_out(datasets: dict[str, list[Page]], folds: int) -> dict[str, Any]:
    """Fit the chooser on the other sites' pages (k folds by site), score the held-out ones."""
    pages = [(name, p) for name, members in datasets.items() for p in members]
    print(f"leave-site-out: tracing {len(pages)} pages…", file=sys.stderr)
    traces = [_trace(p) for _, p in pages]
    combos = itertools.product(*GRID.values())
    grid = [Params(**dict(zip(GRID, values, strict=True))) for values in combos]
    grid.append(DEFAULT)
    # Each page has at most four possible answers: score each once.
    page_scores = [
        {name: page_counts(p.truth, text) for name, text in t["final"].items()}
        for (_, p), t in zip(pages, traces, strict=True)
    ]
    # Many grid points pick the same answers on every page: each distinct pick is scored once.
    picks = {params: tuple(_pick(t, params) for t in traces) for params in grid}
    counts = {
        params: [s[name] for s, name in zip(page_scores, picked, strict=True)]
        for params, picked in picks.items()
    }
    fold_of = [_fold(p.site, folds) for _, p in pages]
    held: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * len(pages)
    fitted = []
    for k in range(folds):
        train = [i for i, f in enumerate(fold_of) if f != k]
        f1_of: dict[tuple[str, ...], float] = {}
        for params, picked in picks.items():
            if picked not in f1_of:
                f1_of[picked] = score_counts(counts[params][i] for i in train).f1
        best = max(grid, key=lambda prm: f1_of[picks[prm]])
        fitted.append(best)
        for i, f in enumerate(fold_of):
            if f == k:
                held[i] = counts[best][i]
    out: dict[str, Any] = {"folds": folds, "fitted": [vars(p) for p in fitted]}
    print(f"leave-site-out ({folds} folds by site; chooser fitted on the other folds' sites)")
    for name in datasets:
        idx = [i for i, (n, _) in enumerate(pages) if n == name]
        subsets = [("all", idx), ("zh", [i for i in idx if pages[i][1].is_zh])]
        for subset, members in subsets:
            if not members:
                continue
            lso = score_counts(held[i] for i in members).f1
            shipped = score_counts(counts[DEFAULT][i] for i in members).f1
            out[f"{name}/{subset}"] = {"lso_f1": lso, "shipped_f1": shipped, "n": len(members)}
            print(
                f"  {name}/{subset} (n={len(members)}): leave-site-out F1 {lso:.3f}, "
                f"shipped parameters (fitted on all sites) {shipped:.3f}"
            )
    print()
    return out
