"""The issue's first report, end to end on every backend: a small site whose second page has a
10,000-character value (a section; the report's was an author) and one with an emoji title,
one with a NUL byte. Before, PostgreSQL
refused the whole batch, the run said "database unreachable", and no later run stored anything."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newscrawl.db.models import Article, CrawlRun
from newscrawl.db.session import make_engine

PARA = "<p>" + "{0} is reported here with enough words to be a real article body. " * 6 + "</p>"


def article(title: str, section: str = "World", extra: str = "") -> str:
    return (
        f'<html><head><title>{title}</title><meta property="article:section" '
        f'content="{section}"></head>'
        # a dated story: an undated page crediting no one under a short name is the site's own
        # page (about, a guide), not stored, whatever its values
        f"<body><article><h1>{title}</h1><time datetime='2024-05-08T10:00:00+00:00'>8 May 2024"
        f"</time>{PARA.format(title)}{extra}</article></body></html>"
    )


def pages(n_new: int) -> dict[str, bytes]:
    arts = {
        "/a/1.html": article("First story"),
        # Extraction keeps no 10,000-character author any more (credits are checked); a
        # section that long still reaches storage.
        "/a/2.html": article("Second story", section="x" * 10_000),
        "/a/3.html": article("Third story 🎉 with an emoji"),
        "/a/4.html": article("Fourth story", extra="<p>A NUL \x00 byte sits in this line.</p>"),
    }
    for i in range(5, 5 + n_new):
        arts[f"/a/{i}.html"] = article(f"New story number {i}")
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in arts)
    home = f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>"
    return {"/": home.encode(), **{p: h.encode("utf-8") for p, h in arts.items()}}


@pytest.fixture
def site() -> Iterator[Any]:
    state: dict[str, Any] = {"pages": pages(0)}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = state["pages"].get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}/"
    yield state
    server.shutdown()
    server.server_close()


def test_one_bad_page_blocks_nothing(
    db_url: str, site: Any, run_crawl: Any, tmp_path: Path
) -> None:
    settings = {"NEWSCRAWL_LOCK_DIR": str(tmp_path), "NEWSCRAWL_SPOOL_DIR": str(tmp_path / "sp")}
    first = run_crawl(db_url, f"start_urls={site['url']}", settings=settings)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "database unreachable" not in first.stderr
    site["pages"] = pages(1)  # one new article on the site
    second = run_crawl(db_url, f"start_urls={site['url']}", settings=settings)
    assert second.returncode == 0, second.stderr[-3000:]
    engine = make_engine(db_url)
    with engine.connect() as conn:
        rows = {r.title: r for r in conn.execute(select(Article.__table__))}
        runs = list(conn.execute(select(CrawlRun.status, CrawlRun.articles_new)))
    engine.dispose()
    assert set(rows) == {
        "First story",
        "Second story",
        "Third story 🎉 with an emoji",
        "Fourth story",
        "New story number 5",
    }
    assert rows["Second story"].section == "x" * 200  # VARCHAR(200)
    assert "\x00" not in rows["Fourth story"].body and "A NUL" in rows["Fourth story"].body
    assert [tuple(r) for r in runs] == [("ok", 4), ("ok", 1)]
    assert not list((tmp_path / "sp").glob("**/spool-*"))
