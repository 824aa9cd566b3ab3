"""The network policy (SSRF guard): unit checks of addresses, and crawls of the test site whose
pages link and redirect to another local port, to localhost and to 169.254.169.254."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from newscrawl.netpolicy import _ACTIVE, NetPolicy, PolicyResolver, RefusedAddress, is_public
from newscrawl.testsite.generator import Page, Site
from newscrawl.testsite.server import SiteServer

HTML_UTF8 = "text/html; charset=utf-8"
METADATA = "http://169.254.169.254/latest/meta-data/"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))
    reason = NetPolicy().check_address("evil.example", 80, ipaddress.ip_address(address))
    assert reason is not None and "not a public address" in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:2800:220:1::1"])
def test_public_addresses_pass(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))
    assert NetPolicy().check_address("news.example", 443, ipaddress.ip_address(address)) is None


def test_start_origin_allowed_other_ports_and_hosts_refused() -> None:
    policy = NetPolicy(["http://127.0.0.1:8810/"])
    assert policy.check_url("http://127.0.0.1:8810/news/1.html") is None
    assert "port 8811" in (policy.check_url("http://127.0.0.1:8811/internal/admin") or "")
    assert "not a public address" in (policy.check_url("http://10.0.0.5/") or "")
    assert "not a public address" in (policy.check_url("http://[::1]/") or "")
    assert "not a public address" in (policy.check_url(METADATA) or "")
    assert policy.check_url("file:///etc/passwd") is not None
    assert "scheme 'ftp'" in (policy.check_url("ftp://files.example/x") or "")
    assert policy.check_url("https://public.example/") is None  # resolved later


def test_allowances_by_host_port_network_and_port() -> None:
    assert NetPolicy(hosts=["127.0.0.1:8811"]).check_url("http://127.0.0.1:8811/") is None
    # a port alone does not open a private address
    assert NetPolicy(ports=[8811]).check_url("http://127.0.0.1:8811/") is not None
    assert NetPolicy(networks=["169.254.0.0/16"]).check_url(METADATA) is None
    named = NetPolicy(hosts=["intranet.local"])
    assert named.check_address("intranet.local", 80, ipaddress.ip_address("10.0.0.1")) is None
    assert NetPolicy(ports=[9000]).check_url("http://news.example:9000/") is None
    assert NetPolicy().check_url("http://news.example:9000/") is not None


def test_resolver_refuses_at_connection_time() -> None:
    policy = NetPolicy(["http://localhost:8000/"])
    _ACTIVE.append(policy)
    try:
        assert PolicyResolver._check("127.0.0.1", "localhost") == "127.0.0.1"  # start origin
        with pytest.raises(RefusedAddress):
            PolicyResolver._check("127.0.0.1", "rebound.example")
        assert PolicyResolver._check("93.184.216.34", "news.example") == "93.184.216.34"
    finally:
        _ACTIVE.remove(policy)


class HostileSite(Site):
    """The test site plus /hostile/ pages that link and redirect off the site's origin."""

    def __init__(self, other: str, other_port: int) -> None:
        super().__init__(n_articles=3, seed=0)
        by_name = f"http://localhost:{other_port}/internal/by-name"
        links = [f"{other}/internal/admin", METADATA, by_name, "/hostile/to-port"]
        links += ["/hostile/to-metadata", "/hostile/to-localhost", "/hostile/chain1", "/"]
        body = "".join(f'<a href="{u}">link {i}</a> ' for i, u in enumerate(links))
        page = f"<html><body><h1>Hostile links</h1>{body}</body></html>".encode()
        self.extra = {
            "/hostile/": Page(200, HTML_UTF8, page),
            "/hostile/to-port": _redirect(f"{other}/internal/redirected"),
            "/hostile/to-metadata": _redirect(METADATA + "iam"),
            "/hostile/to-localhost": _redirect(by_name + "-redirect"),
            "/hostile/chain1": _redirect("/hostile/chain2"),
            "/hostile/chain2": _redirect(f"{other}/internal/chain-end"),
        }

    def render(self, path_and_query: str, base_url: str = "", visit: int = 1) -> Page | None:
        if path_and_query in self.extra:
            return self.extra[path_and_query]
        return super().render(path_and_query, base_url or "http://127.0.0.1", visit)


def _redirect(location: str) -> Page:
    return Page(302, HTML_UTF8, b"", (("Location", location),))


def _profile(tmp_path: Path, base: str) -> str:
    path = tmp_path / "hostile.toml"
    path.write_text(
        f'base_url = "{base}"\n'
        'allowed_domains = ["127.0.0.1", "localhost", "169.254.169.254"]\n'
        'seeds = ["/hostile/"]\n'
        "listing_patterns = []\n"  # every page off the article patterns is a listing
        "max_pages = 60\n"
    )
    return str(path)


def _crawl(tmp_path: Path, run_crawl: Any, allow_other: bool) -> tuple[Any, list[str]]:
    """Crawl the hostile site; return the crawl and the other service's request log."""
    with SiteServer(Site(n_articles=0)) as other:
        settings = {"RETRY_TIMES": "0", "LOG_LEVEL": "DEBUG"}  # every refusal logged
        if allow_other:
            settings["NEWSCRAWL_ALLOW_HOSTS"] = f"127.0.0.1:{other.port},localhost:{other.port}"
        with SiteServer(HostileSite(other.url, other.port)) as server:
            db = f"sqlite:///{tmp_path / 'crawl.db'}"
            profile = _profile(tmp_path, server.url)
            proc = run_crawl(db, f"site={profile}", settings=settings, timeout=180)
            own_log = list(server.request_log)
        other_log = list(other.request_log)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    assert "/hostile/chain1" in own_log and "/hostile/chain2" in own_log, own_log
    return proc, other_log


def _refused(stderr: str) -> int:
    m = re.search(r"'newscrawl/netpolicy/refused': (\d+)", stderr)
    return int(m.group(1)) if m else 0


def test_crawl_makes_no_request_to_other_port_or_link_local(tmp_path: Path, run_crawl: Any) -> None:
    proc, other_log = _crawl(tmp_path, run_crawl, allow_other=False)
    assert other_log == []  # not one request reached the other service
    err = proc.stderr
    # 3 links + 4 redirect targets off the origin, each refused before any connection
    assert _refused(err) == 7, err[-3000:]
    assert re.search(r"refused http://169\.254\.169\.254/latest/meta-data/\S*: ", err)
    assert "refused http://localhost:" in err  # a name that resolves to 127.0.0.1
    # the chain: two hops inside the site were followed, the hop into the other port refused
    assert re.search(
        r"refused http://127\.0\.0\.1:\d+/internal/\S+ \(redirected from \S+/hostile/", err
    )
    assert "network guard" not in err  # no test-process guard involved: the crawl is clean


def test_crawl_reaches_other_port_when_allowed(tmp_path: Path, run_crawl: Any) -> None:
    proc, other_log = _crawl(tmp_path, run_crawl, allow_other=True)
    paths = set(other_log)
    assert {"/internal/admin", "/internal/redirected", "/internal/chain-end"} <= paths, paths
    assert {"/internal/by-name", "/internal/by-name-redirect"} <= paths, paths
    assert _refused(proc.stderr) == 2  # the link-local link and redirect: never allowed
