"""``newscrawl report`` renders in a real headless Chromium, offline, without console errors."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import CI
from sqlalchemy import select
from sqlalchemy.orm import Session

from newscrawl import dedupe
from newscrawl.cli import main
from newscrawl.db.models import Article
from newscrawl.db.repository import ArticleRecord, Repository
from newscrawl.db.session import make_engine
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHARTS = 6


def _browser_or_skip() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        if CI:
            pytest.fail(f"playwright is required under CI=true: {exc}")
        pytest.skip(f"playwright not installed: {exc}")
    if not Path(CHROMIUM).exists():
        if CI:
            pytest.fail("Debian's chromium is required under CI=true (.ci/run installs it)")
        pytest.skip("no chromium at /usr/bin/chromium (apt-get install chromium)")
    return sync_playwright


def _syndicate(db: str) -> None:
    """A second site republishing three stories with a line added: three story clusters."""
    engine = make_engine(db)
    try:
        with Session(engine) as s:
            rows = s.scalars(select(Article).order_by(Article.id).limit(3)).all()
            copies = [
                ArticleRecord(
                    canonical_url=f"http://mirror.test/{i}",
                    site="mirror",
                    title=a.title,
                    body=a.body + "\n\n(Republished with permission.)",
                    content_hash=f"copy{i}",
                    fetched_at=datetime.now(UTC),
                    published_at=a.published_at,
                    language=a.language,
                )
                for i, a in enumerate(rows)
            ]
        for r in copies:
            r.fingerprint, r.signature, r.band_keys = dedupe.digest(r.body)
        assert Repository(engine).store_articles(copies).near_duplicates == 3
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, run_crawl: Any) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    db = f"sqlite:///{tmp / 'crawl.db'}"
    with SiteServer(Site(n_articles=30, seed=1)) as server:
        proc = run_crawl(db, "site=demo", f"base_url={server.url}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    _syndicate(db)
    out = tmp / "report.html"
    assert main(["--database", db, "report", "--output", str(out)]) == 0
    return out


def test_report_is_self_contained(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert "<script src=" not in page and "cdn." not in page.split("<script>", 2)[2][:2000]
    assert page.count('class="plotly-graph-div"') == CHARTS
    assert "33 articles" in page


def test_report_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            def route(r: Any) -> None:
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:  # nothing may be fetched at view time
                    outside.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(report.as_uri())
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
            plots = page.locator(".js-plotly-plot")
            assert plots.count() == CHARTS
            for i in range(CHARTS):  # every chart drew its SVG with some marks in it
                chart = plots.nth(i)
                assert chart.locator(".main-svg").count() >= 1
                marks = chart.locator(".point, .slice, .trace").count()
                assert marks > 0, f"chart {i} drew nothing"
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert outside == []
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_serve_starts_datasette_with_the_metadata(report: Path, tmp_path: Path) -> None:
    """``newscrawl serve`` (optional extra ``datasette``): the canned queries answer."""
    pytest.importorskip("datasette", reason="optional extra: pip install 'newscrawl[datasette]'")
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = report.parent / "crawl.db"
    cmd = [sys.executable, "-m", "newscrawl.cli", "--database", f"sqlite:///{db}"]
    proc = subprocess.Popen([*cmd, "serve", "--port", str(port)], stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/crawl/languages_per_site.json?_shape=array"
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    rows = json.loads(resp.read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not answer")
    finally:
        proc.terminate()
        proc.wait(10)
    assert {(r["site"], r["language"]) for r in rows} >= {("demo", "zh"), ("demo", "en")}
    assert sum(r["articles"] for r in rows) == 33


def test_report_queries_run_on_every_backend(db_url: str, tmp_path: Path) -> None:
    from newscrawl.db.session import ensure_schema
    from newscrawl.report import write_report

    engine = make_engine(db_url)
    try:
        ensure_schema(engine)
        body = "国务院常务会议部署进一步稳经济一揽子政策措施，要求各地抓好落实。" * 3
        records = [
            ArticleRecord(
                canonical_url=f"http://{site}.test/{i}",
                site=site,
                title=f"稳经济 {i}",
                body=body + ("（完）" if site == "b" else ""),
                content_hash=f"{site}{i}",
                fetched_at=datetime(2024, 1, 2, tzinfo=UTC),
                published_at=datetime(2024, 1, 1 + i, tzinfo=UTC),
                author=None if i else "张三",
                language="zh",
            )
            for site in ("a", "b")
            for i in range(2)
        ]
        for r in records:
            r.fingerprint, r.signature, r.band_keys = dedupe.digest(r.body + r.title)
        Repository(engine).store_articles(records)
        out = tmp_path / "r.html"
        write_report(engine, out)
    finally:
        engine.dispose()
    page = out.read_text(encoding="utf-8")
    assert page.count('class="plotly-graph-div"') == CHARTS
    assert "4 articles" in page
