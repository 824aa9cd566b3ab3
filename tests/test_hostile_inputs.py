"""Safe inputs and outputs: CSV formula cells, CLI argument checks, malformed site profiles,
gzip bombs and over-budget pages given to ``newscrawl extract``, the ReDoS byline line."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_export import _record

from newscrawl.cli import main
from newscrawl.db.repository import Repository
from newscrawl.db.session import ensure_schema, make_engine
from newscrawl.export import COLUMNS, export_articles
from newscrawl.extract.budget import BudgetExceeded, time_budget
from newscrawl.pool import PagePool, apply
from newscrawl.profiles import ProfileError, load_profile

ROOT = Path(__file__).resolve().parents[1]
# The line from issue 12: a byline-like line that made `newscrawl extract` run for minutes.
REDOS_LINE = "By " + " and ".join(["A"] * 47) + " !"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )


# -- CSV -----------------------------------------------------------------------------------


def test_csv_formula_cells_are_neutralised(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    ensure_schema(engine)
    titles = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]
    Repository(engine).store_articles(
        [
            _record(f"https://n.example/{i}", "n", t, f"Body {i} " * 20, author="-Jane")
            for i, t in enumerate(titles)
        ]
        + [_record("https://n.example/ok", "n", "Plain = title", "Plain body " * 20)]
    )
    out = io.BytesIO()
    assert export_articles(engine, out, "csv") == len(titles) + 1
    engine.dispose()
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    by_url = {r["canonical_url"]: r for r in rows}
    for i, title in enumerate(titles):
        assert by_url[f"https://n.example/{i}"]["title"] == "'" + title
        assert by_url[f"https://n.example/{i}"]["author"] == "'-Jane"
    assert by_url["https://n.example/ok"]["title"] == "Plain = title"  # not at the start
    assert set(COLUMNS) == set(rows[0])


# -- CLI arguments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--limit", "-1"], "argument --limit: must be between 1 and 10000, not -1"),
        (["search", "x", "--limit", "ten"], "argument --limit: not an integer: 'ten'"),
        (["demo", "--port", "70000"], "argument --port: must be between 0 and 65535, not 70000"),
        (["demo", "--articles", "-5"], "argument --articles: must be between 0 and 100000"),
        (["extract", "--timeout", "-1", "x.html"], "--timeout must be >= 0, not '-1'"),
        (["extract", "--max-bytes", "0", "x.html"], "argument --max-bytes: must be >= 1, not 0"),
        (["export", "--since", "yesterday"], "not a date (YYYY-MM-DD): 'yesterday'"),
    ],
)
def test_invalid_cli_values_are_rejected(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_invalid_spider_argument_is_one_line(tmp_path: Path, run_crawl: Any) -> None:
    proc = run_crawl(f"sqlite:///{tmp_path / 'x.db'}", "site=demo", "max_pages=-3", timeout=120)
    assert proc.returncode != 0
    assert "-a max_pages must be a non-negative integer, not '-3'" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- profiles ------------------------------------------------------------------------------

BAD_PROFILES = [
    ('base_url = "http://n.example"\nseeds = "/news/"\n', "'seeds' must be a list of strings"),
    ('base_url = "http://n.example"\nmax_pages = "100"\n', "'max_pages' must be a non-negative"),
    ('base_url = "http://n.example"\nmax_depht = 3\n', "unknown key 'max_depht'"),
    (
        "base_url = \"http://n.example\"\narticle_patterns = ['/news/(\\d+']\n",
        "'article_patterns[0]' is not a valid regex",
    ),
    ('base_url = "n.example/news"\n', "'base_url' must be an http(s) URL with a host"),
    ('base_url = "http://n.example"\nlisting_budget = 2.5\n', "'listing_budget' must be a non-"),
    ('base_url = "http://n.example"\n[[rewrite]]\npattern = "x"\n', "rewrite[0] needs 'replace'"),
    ('base_url = "http://n.example"\ntimezone = "Mars/Olympus"\n', "'timezone' is not a time"),
    ('base_url = "http://n.example"\nallow_ports = ["8080"]\n', "'allow_ports[0]' must be a non"),
]


@pytest.mark.parametrize(("text", "message"), BAD_PROFILES)
def test_malformed_profile_is_a_one_line_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "site.toml"
    path.write_text(text)
    with pytest.raises(ProfileError) as exc:
        load_profile(str(path))
    assert str(exc.value).startswith(f"{path}: ")  # names the file …
    assert message in str(exc.value)  # … the key and what it expected
    assert "\n" not in str(exc.value)


def test_malformed_profile_stops_the_crawl_with_that_line(tmp_path: Path, run_crawl: Any) -> None:
    path = tmp_path / "site.toml"
    path.write_text(BAD_PROFILES[0][0])
    proc = run_crawl(f"sqlite:///{tmp_path / 'x.db'}", f"site={path}", timeout=120)
    assert proc.returncode != 0
    assert f"{path}: 'seeds' must be a list of strings, not str '/news/'" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- newscrawl extract: input caps and the time budget --------------------------------------


def test_extract_refuses_gzip_bomb(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 30_000_000))  # 30 MB from ~30 KB
    assert bomb.stat().st_size < 100_000
    good = tmp_path / "ok.html.gz"
    good.write_bytes(gzip.compress(b"<html><body><h1>A fine title</h1><p>Text.</p></body></html>"))
    proc = _cli("extract", str(bomb), str(good))
    assert proc.returncode == 1
    assert "bomb.html.gz: decompresses to more than 10485760 bytes (--max-bytes)" in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["title"] for r in records] == ["A fine title"]  # the next file still extracted
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 2000)
    proc = _cli("extract", "--max-bytes", "1000", str(big))
    assert proc.returncode == 1 and "larger than 1000 bytes" in proc.stderr


def test_redos_line_extracts_within_budget(tmp_path: Path) -> None:
    page = tmp_path / "redos.html"
    body = "<p>" + "Some ordinary article text here. " * 10 + "</p>"
    page.write_text(f"<html><body><h1>A headline here</h1><p>{REDOS_LINE}</p>{body}</body></html>")
    assert 280 <= len(REDOS_LINE) <= 290  # the issue: "285 characters"
    started = time.monotonic()
    proc = _cli("extract", "--timeout", "5", str(page))
    assert proc.returncode == 0, proc.stderr
    assert time.monotonic() - started < 15  # interpreter start + imports + ≤ 5 s of work
    assert json.loads(proc.stdout)["title"] == "A headline here"


def _spin(seconds: float) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def test_time_budget_stops_an_overrun() -> None:
    started = time.monotonic()
    with pytest.raises(BudgetExceeded), time_budget(0.3):
        _spin(10)
    assert time.monotonic() - started < 2
    with time_budget(2):
        assert _spin(0.01) == "done"


def test_budgeted_worker_reports_timeouts_and_errors() -> None:
    with PagePool(1, 0.5, grace=1, fn=apply) as worker:
        assert worker.call((_spin, (0.01,))) == ("ok", "done")
        status, why = worker.call((_spin, (10,)))
        assert status == "timeout" and "0.5 s" in why
        status, trace = worker.call((int, ("not a number",)))
        assert status == "error" and "ValueError" in trace
        assert worker.call((_spin, (0.01,))) == ("ok", "done")  # still usable


def test_extract_over_budget_page_is_logged_and_skipped(tmp_path: Path) -> None:
    """A page that cannot finish in the budget is skipped with a message; the next is done.
    (Budget 0.001 s: any page overruns it.)"""
    page = tmp_path / "p.html"
    page.write_text("<html><body><h1>Title of page</h1><p>text</p></body></html>")
    proc = _cli("extract", "--timeout", "0.001", str(page), str(page))
    assert proc.returncode == 1
    assert proc.stderr.count("skipped, over the 0.001 s extraction budget") == 2
    assert "2 of 2 pages over the 0.001 s CPU budget" in proc.stderr
    assert proc.stdout == ""
