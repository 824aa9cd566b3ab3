"""Conditional requests to the test site: ETag and Last-Modified on every 200, 304 answers
to If-None-Match / If-Modified-Since, HEAD, keep-alive, edited articles."""

from __future__ import annotations

import hashlib
import http.client
import re
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

from testsite_helpers import decode, request

from newscrawl.testsite.generator import Site
from newscrawl.testsite.server import SiteServer

# --------------------------------------------------------------------------- conditional requests
HEX16_ETAG = re.compile(r'"[0-9a-f]{16}"')


def test_every_200_carries_validators(
    site: Site, server: SiteServer, truth: list[dict[str, object]]
) -> None:
    article = next(t for t in truth if t["template"] == "zh")
    for path in ("/", "/robots.txt", "/rss.xml", "/zh/list/index.htm", "/en/world/",
                 "/legacy/list.asp?page=1", str(article["canonical_url"])):  # fmt: skip
        status, headers, body = request(server, path)
        assert status == 200, path
        assert HEX16_ETAG.fullmatch(headers["ETag"]), headers
        assert headers["ETag"] == '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        assert parsedate_to_datetime(headers["Last-Modified"]).tzinfo is not None
        again = request(server, path)[1]  # deterministic
        assert again["ETag"] == headers["ETag"]
        assert again["Last-Modified"] == headers["Last-Modified"]
    published = [datetime.fromisoformat(str(t["published"])) for t in truth]
    lm = request(server, str(article["canonical_url"]))[1]["Last-Modified"]
    assert parsedate_to_datetime(lm) == datetime.fromisoformat(str(article["published"]))
    assert parsedate_to_datetime(request(server, "/")[1]["Last-Modified"]) == max(published)
    # a list page: the newest article it shows
    page = site.render("/legacy/list.asp?page=1")
    assert page is not None and page.last_modified is not None
    shown = set(re.findall(r'href="(/legacy/\d{8}/news_\d+\.html)"', decode(page)))
    assert page.last_modified == max(
        datetime.fromisoformat(str(t["published"])) for t in truth if t["canonical_url"] in shown
    )
    # errors and redirects carry none
    assert "ETag" not in request(server, "/nope")[1]
    assert "ETag" not in request(server, "/en/world")[1]


def test_if_none_match_and_if_modified_since(server: SiteServer) -> None:
    path = "/zh/list/index.htm"
    _, headers, body = request(server, path)
    etag, lm = headers["ETag"], headers["Last-Modified"]
    last = parsedate_to_datetime(lm)
    for cond in (
        {"If-None-Match": etag},
        {"If-None-Match": f'"0000000000000000", W/{etag}'},  # list, weak comparison
        {"If-None-Match": "*"},
        {"If-None-Match": etag, "If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"},
        {"If-Modified-Since": lm},
        {"If-Modified-Since": format_datetime(last + timedelta(days=400), usegmt=True)},
    ):
        status, h304, b304 = request(server, path, headers=cond)
        assert status == 304, cond
        assert b304 == b"" and h304["ETag"] == etag and h304["Content-Length"] == "0"
        assert "Content-Type" not in h304
    for cond in (
        {"If-None-Match": '"0000000000000000"'},
        {"If-None-Match": '"0000000000000000"', "If-Modified-Since": lm},  # INM decides
        {"If-Modified-Since": format_datetime(last - timedelta(seconds=1), usegmt=True)},
        {"If-Modified-Since": "not a date"},
    ):
        status, h200, b200 = request(server, path, headers=cond)
        assert status == 200 and b200 == body and h200["ETag"] == etag, cond
    assert request(server, "/nope", headers={"If-None-Match": "*"})[0] == 404


def test_head_and_conditional_head(server: SiteServer) -> None:
    _, got, body = request(server, "/en/world/")
    status, headers, head_body = request(server, "/en/world/", method="HEAD")
    assert status == 200 and head_body == b""
    assert headers["Content-Length"] == str(len(body))
    assert (headers["ETag"], headers["Last-Modified"]) == (got["ETag"], got["Last-Modified"])
    cond = {"If-None-Match": got["ETag"]}
    status, headers, head_body = request(server, "/en/world/", method="HEAD", headers=cond)
    assert status == 304 and head_body == b"" and headers["ETag"] == got["ETag"]


def test_304_keeps_the_connection_alive(server: SiteServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request("GET", "/rss.xml")
        resp = conn.getresponse()
        etag = resp.getheader("ETag")
        assert resp.status == 200 and resp.read() and etag
        sock = conn.sock
        assert sock is not None
        for method in ("GET", "HEAD", "GET"):
            conn.request(method, "/rss.xml", headers={"If-None-Match": etag})
            resp = conn.getresponse()
            assert resp.status == 304 and resp.read() == b"" and not resp.will_close
        conn.request("GET", "/robots.txt")
        resp = conn.getresponse()
        assert resp.status == 200 and b"Disallow: /private/" in resp.read()
        assert conn.sock is sock  # still the first connection
    finally:
        conn.close()


def test_edited_article_changes_both_validators(truth: list[dict[str, object]]) -> None:
    """An IMS- or INM-only re-crawl of a site whose first articles were edited gets a 200 for
    exactly those, a 304 for the rest (same Host: en pages embed it in og:url)."""
    old, new = Site(9, seed=5), Site(9, seed=5, edited=2)
    rows = old.truth()
    with SiteServer(old) as s_old, SiteServer(new) as s_new:
        for i, row in enumerate(rows):
            path = str(row["canonical_url"])
            _, h, _ = request(s_old, path, headers={"Host": "news.test"})
            for cond in ({"If-None-Match": h["ETag"]}, {"If-Modified-Since": h["Last-Modified"]}):
                status = request(s_new, path, headers={**cond, "Host": "news.test"})[0]
                assert status == (200 if i < 2 else 304), (i, cond)
    pub = datetime.fromisoformat(str(rows[0]["published"]))
    assert new.render(str(rows[0]["canonical_url"])).last_modified == pub + timedelta(days=1)  # type: ignore[union-attr]
