"""The test site over HTTP (a BFS crawl that respects robots.txt, server basics, a large site
stays cheap) and its command line."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from testsite_helpers import ARTICLE_PATH, get

from newscrawl.testsite.__main__ import main as cli_main
from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


# --------------------------------------------------------------------------- HTTP server
def test_crawl_over_http_respects_truth(server: SiteServer, truth: list[dict[str, object]]) -> None:
    status, _, robots = get(server.url + "/robots.txt")
    assert status == 200 and b"Disallow: /private/" in robots
    before = len(server.request_log)
    queue, seen = ["/"], {"/"}
    article_urls: set[str] = set()
    while queue:
        path = queue.pop(0)
        status, headers, body = get(server.url + path)
        assert status == 200, path
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if ARTICLE_PATH.fullmatch(urlsplit(path).path):
            article_urls.add(path)
        for href in re.findall(r'href="([^"]*)"', body.decode("latin-1")):
            href = html.unescape(href)
            if not href.startswith("/") or href.startswith("/private/") or href in seen:
                continue
            seen.add(href)
            queue.append(href)
    truth_urls = {u for t in truth for u in t["urls"]}  # type: ignore[attr-defined]
    assert article_urls <= truth_urls, article_urls - truth_urls
    assert {str(t["canonical_url"]) for t in truth} <= article_urls
    log = server.request_log[before:]
    assert not [p for p in log if p.startswith("/private/")]
    assert log[0] == "/" and len(log) == len(seen)


def test_server_basics(server: SiteServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)
    status, headers, body = get(server.url + "/does-not-exist")
    assert status == 404
    status, headers, body = get(server.url + "/zh/2022-03/19/c_report.htm")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, headers, body = get(server.url + "/zh/2022-03/19/c_empty.htm")
    assert status == 200 and body == b"" and headers["Content-Length"] == "0"
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as err:
        opener.open(server.url + "/en/world", timeout=5)
    assert err.value.code == 301 and err.value.headers["Location"] == "/en/world/"
    req = urllib.request.Request(server.url + "/", method="HEAD")
    with urllib.request.urlopen(req, timeout=5) as resp:
        assert resp.status == 200 and resp.read() == b""
    assert server.request_log[-1] == "/"

    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            assert get(f"{server.url}/legacy/list.asp?page=1&n={i}")[0] == 200
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(40)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert {f"/legacy/list.asp?page=1&n={i}" for i in range(40)} <= set(server.request_log)


def test_large_site_is_cheap() -> None:
    start = time.perf_counter()
    big = Site(n_articles=5000, seed=0)
    assert time.perf_counter() - start < 2.0
    assert len(big._articles) == 5000
    start = time.perf_counter()
    for art in big._articles[:600:2]:
        page = big.render(art.canonical)
        assert page is not None and page.status == 200
    for path in ("/", "/zh/list/index_40.htm", "/en/world/?page=3", "/legacy/list.asp?page=50"):
        assert big.render(path) is not None
    assert time.perf_counter() - start < 2.0  # 300+ pages well above "hundreds per second"


# --------------------------------------------------------------------------- CLI
def test_cli_truth(tmp_path: Path) -> None:
    out = tmp_path / "truth.jsonl"
    assert cli_main(["truth", "--articles", "9", "--seed", "4", "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == Site(9, seed=4).truth()


def test_cli_serve_subprocess(tmp_path: Path) -> None:
    truth_file = tmp_path / "t.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.testsite", "serve", "--port", "0", "--articles", "12",
         "--truth", str(truth_file)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        assert get(url + "/robots.txt")[0] == 200
        assert len(truth_file.read_text(encoding="utf-8").splitlines()) == 12
    finally:
        proc.terminate()
        assert proc.wait(timeout=5) == 0
