"""WARC archive of a crawl, re-extraction from it, and import-warc into a fresh database."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

from newscrawl.db.session import make_engine
from newscrawl.extract.article import Extracted, extract_article
from newscrawl.reextract import reextract
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer
from newscrawl.warc import Exchange, WarcWriter, iter_responses, read_response

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 60


def _exchange(url: str, status: int = 200, body: bytes = b"<html>x</html>") -> Exchange:
    return Exchange(
        url=url,
        method=b"GET",
        request_headers=[(b"User-Agent", b"t")],
        status=status,
        response_headers=[(b"Content-Type", b"text/html; charset=utf-8")],
        body=body,
        date=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
    )


def test_writer_pairs_revisits_gzip_members_and_rotation(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path, max_bytes=2000)
    body = "<html><p>中文正文</p></html>".encode()
    pointers = [writer.write(_exchange(f"http://h.test/a{i}", body=body)) for i in range(6)]
    revisit = writer.write(_exchange("http://h.test/list", status=304, body=b""))
    writer.close()
    assert len(writer.files) > 1  # rotated by size; every file starts with a warcinfo record
    for path in writer.files:
        data = path.read_bytes()
        members = 0
        while data:  # one gzip member per record
            z = zlib.decompressobj(31)
            z.decompress(data)
            data, members = z.unused_data, members + 1
        types = [r.record_type for r in ArchiveIterator(io.BytesIO(path.read_bytes()))]
        assert members == len(types) and types[0] == WarcRecordType.warcinfo
    for i, p in enumerate(pointers):
        got = read_response(p.file, p.offset)
        assert got is not None
        assert (got.url, got.status, got.body, got.record_id) == (
            f"http://h.test/a{i}",
            200,
            body,
            p.record_id,
        )
        assert got.date == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert read_response(revisit.file, revisit.offset) is None  # a revisit, not a response
    with open(revisit.file, "rb") as fh:
        recs = list(ArchiveIterator(fh, parse_http=False))
    rv = next(r for r in recs if r.record_type == WarcRecordType.revisit)
    assert rv.headers["WARC-Profile"].endswith("/revisit/server-not-modified")
    req = [r for r in recs if r.record_type == WarcRecordType.request]
    assert req and all(r.headers["WARC-Concurrent-To"] for r in req)
    assert [r.url for f in writer.files for r in iter_responses(f)] == [
        f"http://h.test/a{i}" for i in range(6)
    ]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory, run_crawl: Any) -> Iterator[dict[str, Any]]:
    """One crawl of the test site with the archive on."""
    tmp = tmp_path_factory.mktemp("archive")
    db = tmp / "crawl.db"
    with SiteServer(Site(n_articles=N_ARTICLES, seed=0)) as server:
        proc = run_crawl(
            f"sqlite:///{db}",
            "site=demo",
            f"base_url={server.url}",
            settings={"NEWSCRAWL_WARC_DIR": str(tmp / "warc")},
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    yield {"tmp": tmp, "db": db, "warcs": sorted((tmp / "warc").glob("*.warc.gz"))}


def _rows(db: Path, sql: str) -> list[Any]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_every_article_points_to_its_archived_response(crawled: dict[str, Any]) -> None:
    rows = _rows(
        crawled["db"], "SELECT canonical_url, warc_file, warc_offset, warc_record_id FROM articles"
    )
    assert len(rows) == N_ARTICLES
    for canonical, file, offset, record_id in rows:
        got = read_response(file, offset)
        assert got is not None and got.record_id == record_id and got.status == 200
        assert got.url.split("?")[0].replace("_print", "") == canonical


def _copy(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


def test_reextract_updates_exactly_the_affected_articles(
    crawled: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _copy(crawled["db"], crawled["tmp"] / "reextract.db")
    engine = make_engine(f"sqlite:///{db}")
    try:
        unchanged = reextract(engine, site="demo")  # same code: nothing to change
        assert (unchanged.checked, unchanged.unchanged) == (N_ARTICLES, N_ARTICLES)

        def changed_extractor(html: str, url: str, *args: Any, **kwargs: Any) -> Extracted:
            out = extract_article(html, url, *args, **kwargs)
            if "/en/" in url and "technology" in url:  # a "fix" that changes the text
                out = replace(out, title=f"{out.title} (corrected)")
            elif "/legacy/" in url:  # a fix of a field only
                out = replace(out, author="Fixed Author")
            return out

        monkeypatch.setattr("newscrawl.extract.pagetype.extract_article", changed_extractor)
        before = dict(_rows(db, "SELECT canonical_url, title FROM articles"))
        tech = {u for u in before if "/en/technology/" in u}
        legacy = {u for u in before if "/legacy/" in u}
        assert tech and legacy
        report = reextract(engine, site="demo")
    finally:
        engine.dispose()
    assert (report.text_changed, report.fields_changed) == (len(tech), len(legacy))
    assert report.unchanged == N_ARTICLES - len(tech) - len(legacy)
    after = {
        r[0]: r[1:] for r in _rows(db, "SELECT canonical_url, title, author, version FROM articles")
    }
    for url, (title, author, version) in after.items():
        if url in tech:
            assert (title, version) == (f"{before[url]} (corrected)", 2)
        elif url in legacy:
            assert (title, author, version) == (before[url], "Fixed Author", 1)
        else:
            assert (title, version) == (before[url], 1)
    versions = _rows(
        db,
        "SELECT a.canonical_url, v.title, v.warc_record_id = a.warc_record_id "
        "FROM article_versions v JOIN articles a ON a.id = v.article_id",
    )
    assert sorted(v[0] for v in versions) == sorted(tech)
    assert all(before[url] == title and same for url, title, same in versions)


def _db_state(db: Path) -> dict[str, Any]:
    # Every column but row ids, times of this run and where the response is archived.
    skip = {"id", "cluster_id", "first_seen_at", "last_seen_at", "fetched_at"}
    skip |= {"warc_file", "warc_offset", "warc_record_id"}
    cols = ", ".join(r[1] for r in _rows(db, "PRAGMA table_info(articles)") if r[1] not in skip)
    return {
        "articles": sorted(_rows(db, f"SELECT {cols} FROM articles")),
        "clusters": sorted(
            _rows(
                db,
                "SELECT a.canonical_url, c.canonical_url FROM articles a "
                "JOIN articles c ON c.id = a.cluster_id",
            )
        ),
        "links": sorted(
            _rows(
                db,
                "SELECT a.canonical_url, l.target_url, l.kind, l.anchor, t.canonical_url "
                "FROM article_links l JOIN articles a ON a.id = l.article_id "
                "LEFT JOIN articles t ON t.id = l.target_article_id",
            )
        ),
    }


def test_import_warc_gives_the_crawled_database(crawled: dict[str, Any]) -> None:
    db = crawled["tmp"] / "imported.db"
    env = {**os.environ, "NEWSCRAWL_LOG_LEVEL": "WARNING"}
    cmd = [sys.executable, "-m", "newscrawl.cli", "--database", f"sqlite:///{db}"]
    args = ["import-warc", *map(str, crawled["warcs"]), "--site", "demo", "--workers", "2"]
    proc = subprocess.run(
        [*cmd, *args], env=env, capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "pages/s" in proc.stderr
    crawl, imported = _db_state(crawled["db"]), _db_state(db)
    assert len(imported["articles"]) == N_ARTICLES  # 0 duplicate rows
    assert imported == crawl  # same articles, fields, clusters and links
    # Importing again stores nothing new: every record is found again by its URL.
    again = subprocess.run(
        [*cmd, *args], env=env, capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert again.returncode == 0, again.stderr[-3000:]
    assert "0 new articles" in again.stderr
    assert _db_state(db) == crawl
    # Another site republishes three of the stories with a line added: imported into both
    # databases, the copies join the same story clusters in each (the dedupe index that the
    # import built is the crawl's).
    mirror = _mirror_warc(crawled, 3)
    both = _copy(crawled["db"], crawled["tmp"] / "crawl_plus_mirror.db")
    for target in (both, db):
        m = [*cmd[:-1], f"sqlite:///{target}", "import-warc", mirror, "--workers", "2"]
        done = subprocess.run(m, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "3 new articles" in done.stderr and "3 near-duplicates clustered" in done.stderr
    assert _db_state(db) == _db_state(both)
    pairs = _rows(db, "SELECT cluster_id, count(*) FROM articles GROUP BY 1 HAVING count(*) > 1")
    assert len(pairs) == 3 and {n for _, n in pairs} == {2}


def _mirror_warc(crawled: dict[str, Any], n: int) -> str:
    """A WARC of ``n`` crawled article pages as republished on mirror.test (a sentence added
    to each page's longest paragraph)."""
    wanted = {u for (u,) in _rows(crawled["db"], "SELECT canonical_url FROM articles")}
    writer = WarcWriter(crawled["tmp"] / "mirror")
    done = 0
    for path in crawled["warcs"]:
        for rec in iter_responses(path):
            if done == n or rec.url not in wanted or "/en/" not in rec.url:
                continue
            html = rec.body.decode("utf-8")
            longest = max(re.findall(r"<p>[^<]*</p>", html), key=len)
            html = html.replace(longest, longest[:-4] + " Republished with permission.</p>")
            ex = _exchange(rec.url.replace(urlsplit(rec.url).netloc, "mirror.test"))
            ex.body = html.encode("utf-8")
            writer.write(ex)
            done += 1
    writer.close()
    assert done == n
    return str(writer.files[0])


def test_import_warc_of_many_sites_takes_each_site_from_its_host(tmp_path: Path) -> None:
    """A CC-NEWS-like file: saved article pages of several hosts, a 404 and a PDF."""
    pages = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))[:8]
    writer = WarcWriter(tmp_path / "warc")
    expected = {}
    for page in pages:
        label = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        ex = _exchange(label["url"], body=page.read_bytes())
        ex.response_headers = [(b"Content-Type", b"text/html")]  # charset left to the page
        writer.write(ex)
        if label["body"]:  # an article, however short (a three-paragraph brief is one)
            expected[urlsplit(label["url"]).hostname] = label["title"]
    writer.write(_exchange("http://gone.example.org/a.html", status=404))
    pdf = _exchange("http://files.example.org/a.pdf", body=b"%PDF-1.4 ...")
    pdf.response_headers = [(b"Content-Type", b"application/pdf")]
    writer.write(pdf)
    writer.close()
    db = tmp_path / "cc.db"
    cmd = [sys.executable, "-m", "newscrawl.cli", "--database", f"sqlite:///{db}", "import-warc"]
    proc = subprocess.run(
        [*cmd, *map(str, writer.files), "--workers", "2"],
        env={**os.environ, "NEWSCRAWL_LOG_LEVEL": "WARNING"},
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "'status': 1" in proc.stderr and "'non_html': 1" in proc.stderr
    assert len(expected) >= 6
    got = dict(_rows(db, "SELECT site, title FROM articles"))
    assert got == expected
    pointers = _rows(db, "SELECT warc_file, warc_offset FROM articles")
    assert all(read_response(f, o) is not None for f, o in pointers)


def test_reextract_dry_run_and_date_filter_change_nothing(
    crawled: dict[str, Any], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newscrawl.cli import main

    db = _copy(crawled["db"], crawled["tmp"] / "dry.db")
    before = _rows(db, "SELECT id, title, author, version FROM articles ORDER BY id")

    def changed_extractor(html: str, url: str, *args: Any, **kwargs: Any) -> Extracted:
        return replace(extract_article(html, url, *args, **kwargs), author="Someone Else")

    monkeypatch.setattr("newscrawl.extract.pagetype.extract_article", changed_extractor)
    url = f"sqlite:///{db}"
    assert main(["--database", url, "reextract", "--since", "2999-01-01"]) == 0
    assert "re-extracted 0 archived articles" in capsys.readouterr().out
    assert main(["--database", url, "reextract", "--all", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"re-extracted {N_ARTICLES} archived articles" in out
    assert f"{N_ARTICLES} with other fields changed" in out and "Someone Else" in out
    assert _rows(db, "SELECT id, title, author, version FROM articles ORDER BY id") == before
    assert main(["--database", url, "reextract"]) == 2  # no selection given
