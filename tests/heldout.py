"""The held-out sites' harness: serve a site, crawl it ad hoc, score the database.

A held-out site (``tests/heldout_site*/``) was written without looking at the extractor; its
``truth()`` is what a reader of each article page would say. The score compares every stored row
with it: title, authors, correspondents and editors exactly; the date as the page's own wall time
and offset, to the precision the page prints (a page that prints only a day is right on that
calendar day); the body (when the truth has one) by characters matched in order; related-news
edges by precision and recall; and every stored row that is no article page.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl.db.models import Article, ArticleLink
from newscrawl.db.session import make_engine
from newscrawl.urls import Canonicalizer


class Site(Protocol):
    def render(self, path: str) -> tuple[bytes, str] | None: ...

    def truth(self) -> list[dict[str, Any]]: ...


@dataclass
class Block:
    """One piece of an article body: a paragraph ("p"), a subheading ("h") or a picture ("img").
    ``text`` is what a reader copies (a picture's descriptive caption, or ""); ``credit`` is the
    picture's credit line (图片来源：网络, 新华社记者 张三 摄), never body text."""

    kind: str
    text: str = ""
    src: str = ""
    credit: str = ""


@dataclass
class Art:
    """An article of a generated site, as its reader's truth states it (see RoutedSite.truth)."""

    tpl: str
    i: int
    path: str
    title: str
    authors: list[str]
    when: datetime
    precision: str  # "second", "minute" or "day"
    blocks: list[Block]
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    x: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.text)

    @property
    def paras(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "p"]


class SiteServer:
    """Serve ``site`` on 127.0.0.1 (random port), threaded; ``requests`` lists the paths asked
    for. A site with a ``base`` attribute gets the served origin (for absolute links)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
                outer.requests.append(path)
                page = outer.site.render(path)
                if page is None:
                    body = b"<html><body><h1>404 Not Found</h1></body></html>"
                    self.send_response(404)
                    self.send_header("Content-Type", "text/html")
                else:
                    body, ctype = page
                    self.send_response(200)
                    self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        if hasattr(site, "base"):
            site.base = self.url  # absolute links and canonicals name the served origin
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def names(value: str | None) -> list[str]:
    return sorted(x.strip() for x in (value or "").split(",") if x.strip())


def local_ok(got: str | None, want: str, precision: str = "second") -> bool:
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


_FIELDS = ("title", "author", "correspondent", "editor", "date")


def score(site: Site, db_url: str, base: str, fetched: int) -> dict[str, Any]:
    """Every figure of a crawl of ``site`` (served at ``base``) stored in ``db_url``."""
    canon: Callable[[str], str] = Canonicalizer()  # ?mod=view&aid=N is stored as ?aid=N&mod=view
    truth = {canon(base + t["path"]): t for t in site.truth()}
    engine = make_engine(db_url)
    with Session(engine) as s:
        arts = {a.canonical_url: a for a in s.scalars(select(Article))}
        ids = {a.id: a.canonical_url for a in arts.values()}
        links = [(ids[k.article_id], k.target_url, k.kind) for k in s.scalars(select(ArticleLink))]
        s.expunge_all()
    engine.dispose()

    misses: list[str] = []
    ok = dict.fromkeys(_FIELDS, 0)
    per_tpl: dict[str, list[int]] = {}
    body_tpl: dict[str, list[float]] = {}
    f1s: list[float] = []
    days = 0  # the calendar day as printed (the date criterion), time and offset aside
    for url, t in truth.items():
        if url not in arts:
            f1s.append(0.0)
            continue
        a = arts[url]
        precision = t.get("date_precision", "second")
        got = {
            "title": a.title,
            "author": a.author,
            "correspondent": a.correspondent,
            "editor": a.editor,
            "date": a.published_local,
        }
        want = {
            "title": t["title"],
            "author": t["authors"],
            "correspondent": t["correspondents"],
            "editor": t["editors"],
            "date": t["published_local"] + (" (day)" if precision == "day" else ""),
        }
        checks = {
            "title": a.title == t["title"],
            "author": names(a.author) == t["authors"],
            "correspondent": names(a.correspondent) == t["correspondents"],
            "editor": names(a.editor) == t["editors"],
            "date": local_ok(a.published_local, t["published_local"], precision),
        }
        days += bool(a.published_local) and a.published_local[:10] == t["published_local"][:10]
        tally = per_tpl.setdefault(t["template"], [0] * (1 + len(_FIELDS)))
        tally[0] += 1
        for i, k in enumerate(_FIELDS, 1):
            ok[k] += checks[k]
            tally[i] += checks[k]
            if not checks[k]:
                misses.append(f"{k}: {t['path']} got={got[k]!r} want={want[k]!r}")
        if "body" in t:
            p, r, lost, added = body_score(a.body, t["body"])
            f1s.append(_f1(p, r))
            bt = body_tpl.setdefault(t["template"], [0, 0.0, 0.0, 0.0])
            for i, x in enumerate((1, p, r, _f1(p, r))):
                bt[i] += x
            if p < 0.98 or r < 0.98:
                misses.append(
                    f"body: {t['path']} P={p:.3f} R={r:.3f} lost={[_cut(x) for x in lost[:3]]} "
                    f"added={[_cut(x) for x in added[:3]]}"
                )
    n = len(truth)
    want_edges = {(u, canon(base + r)) for u, t in truth.items() for r in t["related"]}
    want_edges = {e for e in want_edges if e[0] in arts}
    got_edges = {
        (src, canon(dst)) for src, dst, kind in links if kind == "related" and src in truth
    }
    hit = len(got_edges & want_edges)
    with_body = [u for u, t in truth.items() if "body" in t]
    return {
        "n": n,
        "found": sum(u in arts for u in truth),
        "missing": sorted(u.removeprefix(base) for u in truth if u not in arts),
        **{("date_local" if k == "date" else k): ok[k] / n for k in _FIELDS},
        "date_day": days / n,
        "body_f1": sum(f1s) / len(with_body) if with_body else None,
        "non_article_rows": sorted(u.removeprefix(base) for u in arts if u not in truth),
        "related_precision": hit / len(got_edges) if got_edges else 0.0,
        "related_recall": hit / len(want_edges) if want_edges else 0.0,
        "wrong_edges": sorted(got_edges - want_edges)[:10],
        "missed_edges": sorted(want_edges - got_edges)[:10],
        "kinds": sorted({k for _, _, k in links}),
        "by_template": dict(sorted(per_tpl.items())),
        "by_template_columns": ["n", *_FIELDS],
        "body_by_template": {
            k: {"n": int(v[0]), **{m: round(v[i] / v[0], 4) for i, m in enumerate(_BODY, 1)}}
            for k, v in sorted(body_tpl.items())
        },
        "fetched": fetched,
        "misses": misses,
    }


_BODY = ("precision", "recall", "f1")


class RoutedSite:
    """What the generated held-out sites share: pages as routes rendered on demand (and cached
    per served origin), articles (``arts``, ``by_path``) and the reader's truth of each. A site
    sets ``base``, ``rng``, ``arts`` and ``by_path``, then calls :meth:`register`."""

    base: str
    rng: Any
    arts: list[Any]
    by_path: dict[str, Any]

    def register(self, modules: Any) -> None:
        self._routes: dict[str, Callable[[], tuple[bytes, str]]] = {}
        self._cache: dict[tuple[str, str], tuple[bytes, str]] = {}
        for mod in modules:
            mod.register(self)

    def key(self, path: str) -> str:
        """A path's routing key (a site that tells query orders apart keeps the path)."""
        return path

    def of(self, tpl: str) -> list[Any]:
        return [a for a in self.arts if a.tpl == tpl]

    def route(self, path: str, fn: Callable[[], tuple[bytes, str]]) -> None:
        key = self.key(path)
        assert key not in self._routes, path
        self._routes[key] = fn

    def handler(self, path: str) -> Callable[[], tuple[bytes, str]] | None:
        return self._routes.get(self.key(path))

    def render(self, path: str) -> tuple[bytes, str] | None:
        """``path`` may carry a query string (``/news/local?page=1``)."""
        fn = self.handler(path)
        if fn is None:
            return None
        key = (self.base, self.key(path))
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def truth(self) -> list[dict[str, Any]]:
        out = []
        for a in self.arts:
            when = a.when
            if a.precision == "day":
                when = when.replace(hour=0, minute=0, second=0)
            elif a.precision == "minute":
                when = when.replace(second=0)
            row = {
                "path": a.path,
                "template": a.tpl,
                "title": a.title,
                "authors": sorted(a.authors),
                "correspondents": sorted(a.correspondents),
                "editors": sorted(a.editors),
                "published_local": when.isoformat(),
                "date_precision": a.precision,
                "related": list(a.related),
            }
            if getattr(a, "body", None) is not None:
                row["body"] = a.body
            out.append(row)
        return out

    def non_articles(self) -> list[str]:
        arts = {self.key(p) for p in self.by_path}
        return sorted(p for p in self._routes if p not in arts and p != "/robots.txt")

    def _related(self, arts: list[Any], k: Callable[[], int], who: list[int] | None = None) -> None:
        """Related links for ``arts`` (those at the indexes ``who``): ``k()`` others each."""
        for a in arts if who is None else [arts[i] for i in who]:
            others = [b for b in arts if b is not a]
            a.related = [b.path for b in self.rng.sample(others, k())]
