"""Fourth held-out e2e check: crawl tests/heldout_site4 ad hoc (``-a start_urls=``) and score it.

The site imitates five Chinese small-site CMSes (a county 融媒体中心 on a TRS-style government CMS,
a university news site on WebPlus with date-only pages, a city forum's Discuz! X portal in GBK, a
Chinese WordPress blog whose metadata is UTC while it prints the +08:00 day, a city paper's mobile
pages with no year in the printed date and 135editor markup) and was written without looking at
the extractor or the other held-out sites' templates; its truth is what a reader of each page would
say. Scored as tests/test_heldout_site3.py (a page's own offset; a page that prints only a day is
right when the stored date is on that calendar day), plus the stored body against the reader's
text: recall (share of the truth's characters, whitespace removed, found in the stored body, in
order) and precision (share of the stored body's characters that are the truth's).
Run with ``-s`` to see the figures: ``pytest -q -s tests/test_heldout_site4.py``.
"""

from __future__ import annotations

import difflib
import json
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from heldout_site4.generator import Site4
from heldout_site4.server import Site4Server
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink
from newscrawl.db.session import make_engine
from newscrawl.dedupe import signature, similarity
from newscrawl.urls import Canonicalizer


def _names(value: str | None) -> list[str]:
    return sorted(x.strip() for x in (value or "").split(",") if x.strip())


def _local_ok(got: str | None, want: str, precision: str) -> bool:
    """The page's own wall time and offset, to the precision the page prints; a date-only page
    needs only the right calendar day."""
    if not got:
        return False
    try:
        g = datetime.fromisoformat(got)
    except ValueError:
        return False
    w = datetime.fromisoformat(want)
    if precision == "day":
        return g.date() == w.date()
    if g.utcoffset() != w.utcoffset():
        return False
    g, w = g.replace(tzinfo=None), w.replace(tzinfo=None)
    if precision == "minute":
        g = g.replace(second=0, microsecond=0)
    return g == w


def _squash(text: str) -> str:
    return "".join(text.split())


def body_score(got: str | None, want: str) -> tuple[float, float, list[str], list[str]]:
    """(precision, recall, lost, added): characters (whitespace removed) matched in order;
    ``lost`` and ``added`` are the longest unmatched runs of the truth and of the stored body."""
    g, w = _squash(got or ""), _squash(want)
    sm = difflib.SequenceMatcher(None, w, g, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    lost = [w[i1:i2] for op, i1, i2, _, _ in sm.get_opcodes() if op in ("delete", "replace")]
    added = [g[j1:j2] for op, _, _, j1, j2 in sm.get_opcodes() if op in ("insert", "replace")]
    lost = sorted((x for x in lost if len(x) >= 4), key=len, reverse=True)
    added = sorted((x for x in added if len(x) >= 4), key=len, reverse=True)
    return (matched / len(g) if g else 0.0, matched / len(w) if w else 1.0, lost, added)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _cut(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[:n] + f"…(+{len(s) - n})"


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory, run_crawl: Any) -> Iterator[dict[str, Any]]:
    site = Site4()
    db = f"sqlite:///{tmp_path_factory.mktemp('heldout4') / 'crawl.db'}"
    with Site4Server(site) as server:
        t0 = time.monotonic()
        proc = run_crawl(db, f"start_urls={server.url}/")
        seconds = time.monotonic() - t0
        fetched = set(server.requests)
    assert proc.returncode == 0, proc.stderr[-3000:]
    base = server.url
    canon = Canonicalizer()  # the site writes ?mod=view&aid=N; a crawl stores ?aid=N&mod=view
    truth = {canon(base + t["path"]): t for t in site.truth()}
    engine = make_engine(db)
    with Session(engine) as s:
        arts = {a.canonical_url: a for a in s.scalars(select(Article))}
        ids = {a.id: a.canonical_url for a in arts.values()}
        links = [(ids[k.article_id], k.target_url, k.kind) for k in s.scalars(select(ArticleLink))]
        s.expunge_all()
    engine.dispose()

    rows: dict[str, Any] = {"by_template": {}, "misses": []}
    n = len(truth)
    found = [u for u in truth if u in arts]
    title_ok = author_ok = corr_ok = editor_ok = date_ok = date_min_ok = 0
    per_tpl: dict[str, list[int]] = {}
    body_tpl: dict[str, list[float]] = {}
    f1s: list[float] = []
    for url in truth:
        t = truth[url]
        bt = body_tpl.setdefault(t["template"], [0, 0.0, 0.0, 0.0])
        if url not in arts:
            f1s.append(0.0)
            continue
        a = arts[url]
        checks = {
            "title": a.title == t["title"],
            "author": _names(a.author) == t["authors"],
            "correspondent": _names(a.correspondent) == t["correspondents"],
            "editor": _names(a.editor) == t["editors"],
            "date": _local_ok(a.published_local, t["published_local"], t["date_precision"]),
        }
        title_ok += checks["title"]
        author_ok += checks["author"]
        corr_ok += checks["correspondent"]
        editor_ok += checks["editor"]
        date_ok += checks["date"]
        # the same, forgiving dropped seconds (the county pages print 10:23:45)
        date_min_ok += checks["date"] or (
            t["date_precision"] == "second"
            and _local_ok(
                a.published_local,
                datetime.fromisoformat(t["published_local"]).replace(second=0).isoformat(),
                "minute",
            )
        )
        tally = per_tpl.setdefault(t["template"], [0] * 6)
        tally[0] += 1
        for i, k in enumerate(("title", "author", "correspondent", "editor", "date"), 1):
            tally[i] += checks[k]
        for k, ok in checks.items():
            if not ok:
                got = {
                    "title": a.title,
                    "author": a.author,
                    "correspondent": a.correspondent,
                    "editor": a.editor,
                    "date": a.published_local,
                }[k]
                want = {
                    "title": t["title"],
                    "author": t["authors"],
                    "correspondent": t["correspondents"],
                    "editor": t["editors"],
                    "date": t["published_local"]
                    + ("" if t["date_precision"] != "day" else " (day)"),
                }[k]
                rows["misses"].append(f"{k}: {t['path']} got={got!r} want={want!r}")
        p, r, lost, added = body_score(a.body, t["body"])
        f1 = _f1(p, r)
        f1s.append(f1)
        bt[0] += 1
        bt[1] += p
        bt[2] += r
        bt[3] += f1
        if p < 0.98 or r < 0.98:
            rows["misses"].append(
                f"body: {t['path']} P={p:.3f} R={r:.3f} lost={[_cut(x) for x in lost[:3]]} "
                f"added={[_cut(x) for x in added[:3]]}"
            )
    rows["missing"] = sorted(u for u in truth if u not in arts)
    non_articles = sorted(u for u in arts if u not in truth)
    want_edges = {(u, canon(base + r)) for u, t in truth.items() for r in t["related"]}
    want_edges = {e for e in want_edges if e[0] in arts}
    got_edges = {
        (src, canon(dst)) for src, dst, kind in links if kind == "related" and src in truth
    }
    hit = len(got_edges & want_edges)
    related_by_tpl: dict[str, dict[str, int]] = {}
    for src, dst in got_edges | want_edges:
        rt = related_by_tpl.setdefault(truth[src]["template"], {"want": 0, "got": 0, "hit": 0})
        rt["want"] += (src, dst) in want_edges
        rt["got"] += (src, dst) in got_edges
        rt["hit"] += (src, dst) in want_edges and (src, dst) in got_edges
    rows.update(
        n=n,
        found=len(found),
        title=title_ok / n,
        author=author_ok / n,
        correspondent=corr_ok / n,
        editor=editor_ok / n,
        date_local=date_ok / n,
        date_local_to_minute=date_min_ok / n,
        body_f1=sum(f1s) / n,
        body_f1_found=sum(f for u, f in zip(truth, f1s, strict=True) if u in arts)
        / max(1, len(found)),
        non_article_rows=non_articles,
        related_precision=hit / len(got_edges) if got_edges else 0.0,
        related_recall=hit / len(want_edges) if want_edges else 0.0,
        wrong_edges=sorted(got_edges - want_edges)[:10],
        missed_edges=sorted(want_edges - got_edges)[:10],
        kinds=sorted({k for _, _, k in links}),
        by_template={k: v for k, v in sorted(per_tpl.items())},
        by_template_columns=["n", "title", "author", "correspondent", "editor", "date"],
        body_by_template={
            k: {
                "n": int(v[0]),
                "precision": round(v[1] / v[0], 4) if v[0] else 0.0,
                "recall": round(v[2] / v[0], 4) if v[0] else 0.0,
                "f1": round(v[3] / v[0], 4) if v[0] else 0.0,
            }
            for k, v in sorted(body_tpl.items())
        },
        related_by_template=dict(sorted(related_by_tpl.items())),
        fetched=len(fetched),
        crawl_seconds=round(seconds, 1),
        base=base,
        site=site,
    )
    report = {k: v for k, v in rows.items() if k not in ("site", "misses")}
    print("\nHELDOUT4", json.dumps(report, ensure_ascii=False, indent=1, default=str))
    print("MISSES\n" + "\n".join(rows["misses"][:150]))
    yield rows


def test_every_article_found(scored: dict[str, Any]) -> None:
    assert scored["found"] == scored["n"], scored["missing"]


def test_titles_exact(scored: dict[str, Any]) -> None:
    assert scored["title"] >= 0.98, scored["misses"]


def test_authors_exact(scored: dict[str, Any]) -> None:
    assert scored["author"] >= 0.95, scored["misses"]


@pytest.mark.xfail(
    strict=False,
    reason=(
        "领导信息 (a leadership page: undated, uncredited prose with names and duties on a "
        "directory URL, /zwgk/ldxx/) is stored as an article; no signal tells it from an "
        "undated story yet"
    ),
)
def test_no_non_article_rows(scored: dict[str, Any]) -> None:
    assert scored["non_article_rows"] == []


def test_related_edges(scored: dict[str, Any]) -> None:
    assert scored["related_precision"] >= 0.97, scored["wrong_edges"]
    assert scored["related_recall"] >= 0.97, scored["missed_edges"]


def test_published_local_keeps_page_offset(scored: dict[str, Any]) -> None:
    assert scored["date_local"] >= 0.98, scored["misses"]


def test_body_text(scored: dict[str, Any]) -> None:
    assert scored["body_f1"] >= 0.93, [m for m in scored["misses"] if m.startswith("body")]


def test_body_score_itself() -> None:
    """The scorer: whitespace is ignored, furniture added costs precision, text lost recall."""
    p, r, lost, added = body_score("甲乙丙\n丁戊", "甲乙 丙丁戊")
    assert (p, r, lost, added) == (1.0, 1.0, [], [])
    p, r, lost, added = body_score("甲乙丙丁戊【打印】【关闭】", "甲乙丙丁戊己庚辛")
    assert r == 5 / 8 and p == 5 / 13 and added == ["【打印】【关闭】"] and lost == []


def test_site_shape() -> None:
    """The site itself, without a crawl: big real-looking article pages, distinct titles and
    bodies (no near-duplicates), the Discuz pages in GBK, the non-article pages served."""
    site = Site4()
    truth = site.truth()
    pages = [site.render(t["path"]) for t in truth]
    sizes = [len(p[0]) for p in pages if p]
    assert len(sizes) == 60 and min(sizes) >= 20_000, min(sizes)
    assert len({t["title"] for t in truth}) == 60
    assert {t["template"] for t in truth} == {"rongmei", "webplus", "discuz", "wpzh", "mobile"}
    assert any(len(t["title"]) <= 8 for t in truth)
    sigs = [signature(t["body"]) for t in truth]
    worst = max(similarity(a, b) for i, a in enumerate(sigs) for b in sigs[i + 1 :])
    assert worst < 0.35, worst
    for t, page in zip(truth, pages, strict=True):
        assert page is not None
        if t["template"] == "discuz":
            assert page[1] == "text/html" and b"charset=gbk" in page[0]
            page[0].decode("gbk")
    assert {
        "/",
        "/xwzx/bdxw/",
        "/xwzx/bdxw/index_1.html",
        "/1461/list2.htm",
        "/portal.php?catid=2&mod=list&page=2",
        "/blog/page/2/",
        "/zt/xczx2024/",
        "/zwgk/ldxx/",
        "/lxwm/",
        "/1401/list.htm",
        "/m/video/20240318/v3301.html",
        "/xwzx/sp/202403/t20240320_3125561.html",
    } <= set(site.non_articles())
