"""The test site's fault routes (only with faults=True): flaky 503, slow page, redirect loop,
endless calendar, session-id trap, deep links, big page, truncated response."""

from __future__ import annotations

import html
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from testsite_helpers import decode, links, request

from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

# --------------------------------------------------------------------------- fault routes
FAULT_LINKS = (
    "/faults/flaky.htm", "/faults/slow.htm", "/faults/loop-a.htm",
    "/faults/calendar/2024-01.htm", "/faults/session.htm?sid=", "/faults/deep/",
    "/faults/big.htm", "/faults/truncated.htm",
)  # fmt: skip


@pytest.fixture(scope="module")
def fault_site() -> Site:
    return Site(n_articles=12, seed=0, faults=True, slow_seconds=0.3, big_bytes=1_000_000)


@pytest.fixture
def fault_server(fault_site: Site) -> Iterator[SiteServer]:
    with SiteServer(fault_site) as srv:
        yield srv


def hrefs(body: bytes) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]+)"', body.decode("utf-8"))]


def test_faults_only_when_enabled(site: Site, server: SiteServer, fault_site: Site) -> None:
    plain = decode(site.render("/"))  # type: ignore[arg-type]
    assert 'class="faults"' not in plain and "/faults/" not in plain
    assert site.faults is False and site.render("/faults/flaky.htm") is None
    assert request(server, "/faults/calendar/2024-01.htm")[0] == 404
    home = decode(fault_site.render("/"))  # type: ignore[arg-type]
    block = re.search(r'<div class="faults">(.*?)</div>', home, re.S)
    assert block
    shown = [h for h, _ in links(block[1])]
    assert len(shown) == len(FAULT_LINKS)
    for want, got in zip(FAULT_LINKS, shown, strict=True):
        assert got == want or (want.endswith("=") and got.startswith(want)), (want, got)
    # the rest of the site and its truth are unchanged
    assert fault_site.truth() == Site(12, seed=0).truth()
    assert fault_site.render("/robots.txt").body == Site(12).render("/robots.txt").body  # type: ignore[union-attr]
    assert home.replace(block[0] + "\n", "") == decode(Site(12, seed=0).render("/"))  # type: ignore[arg-type]
    assert Site().slow_seconds == 3.0 and Site().big_bytes == 3 * 1024 * 1024


def test_flaky_503_then_200(fault_site: Site, fault_server: SiteServer) -> None:
    canon = {str(t["canonical_url"]) for t in fault_site.truth()}
    status, headers, _ = request(fault_server, "/faults/flaky.htm")
    assert status == 503 and headers["Retry-After"] == "1" and "ETag" not in headers
    for _ in range(2):
        status, headers, body = request(fault_server, "/faults/flaky.htm")
        assert status == 200 and "ETag" in headers
        arts = [h for h in hrefs(body) if h in canon]
        assert len(arts) == 2
    assert fault_server.request_counts()["/faults/flaky.htm"] == 3
    assert [s for m, p, s in fault_server.response_log if p == "/faults/flaky.htm"] == [
        503, 200, 200
    ]  # fmt: skip
    with SiteServer(fault_site) as other:  # the counter is per server
        assert request(other, "/faults/flaky.htm")[0] == 503


def test_slow_page_does_not_block_others(fault_server: SiteServer) -> None:
    done: dict[str, float] = {}
    start = time.perf_counter()

    def slow() -> None:
        status, _, body = request(fault_server, "/faults/slow.htm")
        assert status == 200 and b"Slow listing" in body
        done["slow"] = time.perf_counter() - start

    th = threading.Thread(target=slow)
    th.start()
    time.sleep(0.05)
    assert request(fault_server, "/robots.txt")[0] == 200
    done["fast"] = time.perf_counter() - start
    th.join()
    assert done["slow"] >= 0.3 and done["fast"] < 0.3


def test_redirect_loop(fault_server: SiteServer) -> None:
    status, headers, _ = request(fault_server, "/faults/loop-a.htm")
    assert status == 302 and headers["Location"] == "/faults/loop-b.htm"
    status, headers, _ = request(fault_server, "/faults/loop-b.htm")
    assert status == 302 and headers["Location"] == "/faults/loop-a.htm"
    with pytest.raises(urllib.error.HTTPError, match="infinite loop"):
        urllib.request.urlopen(fault_server.url + "/faults/loop-a.htm", timeout=5)


def test_endless_calendar(fault_site: Site) -> None:
    def nav(path: str) -> dict[str, str]:
        page = fault_site.render(path)
        assert page is not None and page.status == 200, path
        found = re.findall(r'<a href="([^"]+)">(上一月|下一月)</a>', decode(page))
        return {label: href for href, label in found}

    path = "/faults/calendar/2024-01.htm"
    for _ in range(30):  # forwards, across year ends
        links = nav(path)
        assert set(links) == {"上一月", "下一月"}
        assert nav(links["下一月"])["上一月"] == path
        path = links["下一月"]
    assert path == "/faults/calendar/2026-07.htm"
    path = "/faults/calendar/2024-01.htm"
    for _ in range(13):
        path = nav(path)["上一月"]
    assert path == "/faults/calendar/2022-12.htm"
    assert nav("/faults/calendar/1999-12.htm")["下一月"] == "/faults/calendar/2000-01.htm"
    assert set(nav("/faults/calendar/1900-01.htm")) == {"下一月"}
    assert set(nav("/faults/calendar/2999-12.htm")) == {"上一月"}
    for bad in ("1899-12", "3000-01", "2024-00", "2024-13", "24-01"):
        assert fault_site.render(f"/faults/calendar/{bad}.htm") is None


def test_session_id_trap(fault_site: Site, fault_server: SiteServer) -> None:
    home = request(fault_server, "/")[2]
    path = next(h for h in hrefs(home) if h.startswith("/faults/session.htm?sid="))
    sids: list[str] = []
    jsessionids: set[str] = set()
    for _ in range(6):
        status, _, body = request(fault_server, path)
        assert status == 200
        out = [h for h in hrefs(body) if h.startswith("/faults/session.htm")]
        assert len(out) == 3
        sids.append(urlsplit(path).query)
        path = next(h for h in out if h.startswith("/faults/session.htm?sid="))
        jsess = [h for h in out if ";jsessionid=" in h]
        assert len(jsess) == 2 and re.fullmatch(
            r"/faults/session\.htm;jsessionid=[0-9A-F]{32}", jsess[0]
        )
        jsessionids.update(h.split("=")[1].split("?")[0] for h in jsess)
        assert request(fault_server, jsess[1])[0] == 200
    assert len(set(sids)) == 6 and len(jsessionids) == 6  # one new jsessionid per view
    assert all(re.fullmatch(r"sid=[0-9a-f]{32}", s) for s in sids)
    # deterministic per request count: a fresh server hands out the same ids
    with SiteServer(fault_site) as other:
        first = hrefs(request(other, "/faults/session.htm?sid=whatever")[2])
    assert first == hrefs(fault_site.render("/faults/session.htm", visit=1).body)  # type: ignore[union-attr]
    assert first != hrefs(fault_site.render("/faults/session.htm", visit=2).body)  # type: ignore[union-attr]


def test_deep_links_go_deeper(fault_server: SiteServer) -> None:
    path = "/faults/deep/"
    for depth in range(25):
        status, _, body = request(fault_server, path)
        assert status == 200 and f"Archive level {depth}".encode() in body
        deeper = [h for h in hrefs(body) if h.startswith("/faults/deep/")]
        assert deeper == [path + "a/"]
        path = deeper[0]
    assert request(fault_server, "/faults/deep/b/")[0] == 404
    assert request(fault_server, "/faults/deep")[0] == 404


def test_big_page(fault_site: Site, fault_server: SiteServer) -> None:
    status, headers, body = request(fault_server, "/faults/big.htm")
    assert status == 200 and headers["Content-Length"] == "1000000" and len(body) == 1_000_000
    doc = body.decode("utf-8")
    assert doc.startswith("<!DOCTYPE html>") and doc.rstrip().endswith("</html>")
    assert "<article" in doc and doc.count("<p>") == doc.count("</p>") > 500
    assert request(fault_server, "/faults/big.htm", method="HEAD")[1]["Content-Length"] == "1000000"
    big = Site(3, faults=True).render("/faults/big.htm")
    assert big is not None and len(big.body) == 3 * 1024 * 1024


def test_truncated_response(fault_server: SiteServer) -> None:
    with socket.create_connection(("127.0.0.1", fault_server.port), timeout=5) as sock:
        sock.sendall(b"GET /faults/truncated.htm HTTP/1.1\r\nHost: x\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):  # the server closes: recv returns b"" (no timeout)
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"Content-Length: 5000" in head.split(b"\r\n")
    assert 900 <= len(body) <= 1100 and body.startswith(b"<!DOCTYPE html>")
    conn = http.client.HTTPConnection("127.0.0.1", fault_server.port, timeout=5)
    try:
        conn.request("GET", "/faults/truncated.htm")
        with pytest.raises(http.client.IncompleteRead):
            conn.getresponse().read()
    finally:
        conn.close()
    assert request(fault_server, "/robots.txt")[0] == 200  # the server lives on


def test_cli_fault_options() -> None:
    from newscrawl.testsite.__main__ import _parser

    args = _parser().parse_args(["serve", "--faults", "--slow-seconds", "0.5", "--big-bytes", "9"])
    assert (args.faults, args.slow_seconds, args.big_bytes) == (True, 0.5, 9)
    args = _parser().parse_args(["serve"])
    assert (args.faults, args.slow_seconds, args.big_bytes) == (False, 3.0, 3 * 1024 * 1024)
