"""The test site's structure: robots.txt, sitemap, RSS, private and malformed pages, lists
and pagination."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest
from testsite_helpers import ARTICLE_PATH, decode, norm_href

from newscrawl.testsite.generator import Site


# --------------------------------------------------------------------------- site structure
def test_robots_sitemap_rss(site: Site, truth: list[dict[str, object]]) -> None:
    robots = site.render("/robots.txt", base_url="http://h:1")
    assert robots is not None and robots.content_type.startswith("text/plain")
    text = robots.body.decode()
    assert "User-agent: *" in text and "Disallow: /private/" in text
    assert "Sitemap: http://h:1/sitemap.xml" in text
    assert site.disallowed_prefix == "/private/"

    sm = site.render("/sitemap.xml", base_url="http://h:1")
    assert sm is not None
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(sm.body)
    locs = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
            for u in root.findall("s:url", ns)}  # fmt: skip
    assert set(locs) == {f"http://h:1{t['canonical_url']}" for t in truth}
    for t in truth:
        assert locs[f"http://h:1{t['canonical_url']}"] == t["published"]

    rss = site.render("/rss.xml", base_url="http://h:1")
    assert rss is not None
    items = ET.fromstring(rss.body).findall("./channel/item")
    assert len(items) == 30
    by_link = {f"http://h:1{t['canonical_url']}": t for t in truth}
    dates = []
    for item in items:
        t = by_link[item.findtext("link") or ""]
        assert item.findtext("title") == t["title"]
        assert item.findtext("description")
        dates.append(parsedate_to_datetime(item.findtext("pubDate") or ""))
        assert dates[-1] == datetime.fromisoformat(str(t["published"]))
    assert dates == sorted(dates, reverse=True)
    newest = max(datetime.fromisoformat(str(t["published"])) for t in truth)
    assert dates[0] == newest


def test_private_pages_exist_and_are_linked(site: Site, truth: list[dict[str, object]]) -> None:
    home = decode(site.render("/"))  # type: ignore[arg-type]
    assert 'href="/private/admin.html"' in home and 'href="/private/draft/' in home
    for path in ("/private/admin.html", "/private/draft/2022-03-19-preview.html"):
        page = site.render(path)
        assert page is not None and page.status == 200
    linking = [
        t
        for t in truth
        if "/private/" in decode(site.render(str(t["canonical_url"])))  # type: ignore[arg-type]
    ]
    assert {t["template"] for t in linking} == {"zh", "en", "legacy"}


def test_malformed_pages(site: Site, truth: list[dict[str, object]]) -> None:
    base = "/zh/2022-03/19/"
    empty = site.render(base + "c_empty.htm")
    assert empty is not None and empty.status == 200 and empty.body == b""
    trunc = site.render(base + "c_truncated.htm")
    assert trunc is not None and trunc.status == 200
    assert b"<head>" in trunc.body and b"</head>" not in trunc.body
    assert b"<title" not in trunc.body and b"<p" not in trunc.body
    pdf = site.render(base + "c_report.htm")
    assert pdf is not None and pdf.content_type == "application/pdf"
    assert pdf.body.startswith(b"%PDF-1.4")
    wrong = site.render(base + "c_wrongcharset.htm")
    assert wrong is not None and wrong.content_type == "text/html"
    assert b'<meta charset="utf-8">' in wrong.body
    with pytest.raises(UnicodeDecodeError):
        wrong.body.decode("utf-8")
    doc = wrong.body.decode("gbk")
    row = next(t for t in truth if t["id"] == "wrongcharset")
    assert row["canonical_url"] == base + "c_wrongcharset.htm"
    assert row["published"] == "2022-03-19T04:05:00+00:00"
    assert f'<h1 class="title">{row["title"]}</h1>' in doc
    home = decode(site.render("/"))  # type: ignore[arg-type]
    list1 = decode(site.render("/zh/list/index.htm"))  # type: ignore[arg-type]
    for name in ("c_empty.htm", "c_truncated.htm", "c_wrongcharset.htm", "c_report.htm"):
        assert f'href="{base}{name}"' in home and f'href="{base}{name}"' in list1
    assert site.render("/zh/2022-03/19/c_nothing.htm") is None
    assert site.render("/nope") is None
    assert site.render("/zh/list/index_1.htm") is None


def _list_bfs(site: Site) -> set[str]:
    """Follow only home/list/pagination links; return the article paths they expose."""
    queue, seen, found = ["/"], {"/"}, set()
    while queue:
        page = site.render(queue.pop(0))
        assert page is not None
        for href in re.findall(r'href="(/[^"]*)"', page.body.decode("latin-1")):
            href = html.unescape(href)
            if href.startswith("/private/"):
                continue
            path = norm_href(href)
            if ARTICLE_PATH.fullmatch(path):
                found.add(path)
            elif href.startswith(("/zh/list/", "/legacy/list.asp", "/en/")) and href not in seen:
                seen.add(href)
                queue.append(href)
    return found


def test_all_articles_reachable_through_lists() -> None:
    big = Site(450, seed=2)
    canon = {str(t["canonical_url"]) for t in big.truth()}
    assert canon <= _list_bfs(big)
    zh_pages = decode(big.render("/zh/list/index_8.htm"))  # type: ignore[arg-type]
    assert "下一页" not in zh_pages and "上一页" in zh_pages
    assert "下一页" in decode(big.render("/zh/list/index_7.htm"))  # type: ignore[arg-type]
    assert big.render("/zh/list/index_9.htm") is None
    assert "下一页" in decode(big.render("/legacy/list.asp?page=1"))  # type: ignore[arg-type]
    assert big.render("/legacy/list.asp?page=99") is None
    assert any(
        ">Next</a>" in decode(big.render(f"/en/{s}/"))  # type: ignore[arg-type]
        for s in ("world", "business", "technology", "science", "culture", "sport")
    )
