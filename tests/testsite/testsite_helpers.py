"""Helpers of the test-site tests (tests/testsite/test_site_*.py): decoding and flattening
rendered pages, and plain HTTP requests to a served site."""

from __future__ import annotations

import html
import http.client
import re
import urllib.error
import urllib.request
from datetime import timedelta, timezone
from urllib.parse import urlsplit

from newscrawl.testsite.generator import Page
from newscrawl.testsite.server import SiteServer

CST = timezone(timedelta(hours=8))
ARTICLE_PATH = re.compile(
    r"/zh/\d{4}-\d\d/\d\d/c_(?:\d+|wrongcharset)(?:_print)?\.htm"
    r"|/en/[a-z]+/\d{4}/\d\d/\d\d/[a-z0-9-]+/(?:index\.html)?"
    r"|/legacy/\d{8}/news_\d+\.html"
)


def charset_of(page: Page) -> str | None:
    m = re.search(r"charset=([\w-]+)", page.content_type)
    if m:
        return m.group(1)
    meta = re.search(rb'<meta[^>]+charset="?([\w-]+)', page.body[:2048], re.I)
    return meta.group(1).decode() if meta else None


def decode(page: Page) -> str:
    """Decode as a browser would, except for the deliberately mislabelled page."""
    charset = charset_of(page) or "utf-8"
    try:
        return page.body.decode(charset)
    except UnicodeDecodeError:
        return page.body.decode("gb18030")


def flatten(fragment: str) -> str:
    """Visible text of an HTML fragment, ruby annotations dropped."""
    fragment = re.sub(r"<rt>.*?</rt>|<rp>.*?</rp>", "", fragment, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def naive_flatten(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def norm_href(href: str) -> str:
    path = urlsplit(html.unescape(href)).path
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def links(fragment: str) -> list[tuple[str, str]]:
    return [
        (html.unescape(h), flatten(t))
        for h, t in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', fragment, re.S)
    ]


def get(url: str, host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url)
    if host:
        req.add_header("Host", host)
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


def request(
    server: SiteServer, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()
