"""Tests for the local test news site: rendered pages agree with the ground truth.

Also covers site structure (lists, robots, feeds, traps), the HTTP server and the CLI.
"""

from __future__ import annotations

import hashlib
import html
import http.client
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newscrawl.testsite.__main__ import main as cli_main
from newscrawl.testsite.generator import RUBY_PINYIN, Page, Site, to_traditional
from newscrawl.testsite.server import SiteServer

CST = timezone(timedelta(hours=8))
ARTICLE_PATH = re.compile(
    r"/zh/\d{4}-\d\d/\d\d/c_(?:\d+|wrongcharset)(?:_print)?\.htm"
    r"|/en/[a-z]+/\d{4}/\d\d/\d\d/[a-z0-9-]+/(?:index\.html)?"
    r"|/legacy/\d{8}/news_\d+\.html"
)


# --------------------------------------------------------------------------- helpers
@pytest.fixture(scope="module")
def site() -> Site:
    return Site(n_articles=60, seed=0)


@pytest.fixture(scope="module")
def truth(site: Site) -> list[dict[str, object]]:
    return site.truth()


@pytest.fixture(scope="module")
def server(site: Site) -> Iterator[SiteServer]:
    with SiteServer(site) as srv:
        yield srv


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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


# --------------------------------------------------------------------------- truth shape
def test_truth_shape_and_determinism(site: Site, truth: list[dict[str, object]]) -> None:
    assert len(truth) == site.n_articles == 60
    assert truth == Site(60, seed=0).truth()
    assert truth != Site(60, seed=1).truth()
    assert [t["template"] for t in truth[:6]] == ["zh", "en", "legacy"] * 2
    assert len({str(t["id"]) for t in truth}) == 60
    canon = {str(t["canonical_url"]) for t in truth}
    assert len(canon) == 60
    all_urls = [u for t in truth for u in t["urls"]]  # type: ignore[attr-defined]
    assert len(all_urls) == len(set(all_urls)), "a URL serves two articles"
    for t in truth:
        assert set(t) == {
            "id", "template", "canonical_url", "urls", "title", "body", "author",
            "published", "language", "related",
        }  # fmt: skip
        urls = t["urls"]
        assert isinstance(urls, list) and urls[0] == t["canonical_url"]
        pub = datetime.fromisoformat(str(t["published"]))
        assert pub.utcoffset() == timedelta(0) and str(t["published"]).endswith("+00:00")
        assert 2021 <= pub.year <= 2023
        assert t["language"] == ("en" if t["template"] == "en" else "zh")
        body = str(t["body"])
        assert 4 <= len(body.split("\n\n")) <= 8
        assert not body.endswith("）")
        related = t["related"]
        assert isinstance(related, list)
        kinds = [r["kind"] for r in related]
        assert kinds.count("recommended") == 1 and 3 <= kinds.count("related") <= 5
        for r in related:
            assert r["url"] in canon and r["url"] != t["canonical_url"]
        if t["template"] == "en":
            assert any(u.endswith("/index.html") for u in urls)
        if t["template"] == "zh":
            assert any(u.endswith("_print.htm") for u in urls)


def test_bodies_are_distinct() -> None:
    rows = Site(600, seed=3).truth()
    bodies = [str(t["body"]) for t in rows]
    assert len(set(bodies)) == len(bodies)
    titles = [str(t["title"]) for t in rows]
    assert len(set(titles)) == len(titles)

    def shingles(text: str) -> set[str]:
        return {text[i : i + 8] for i in range(len(text) - 8)}

    sample = [shingles(b) for b in bodies[:45]]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sample) for b in sample[i + 1 :])
    assert worst < 0.5


def test_tracking_and_index_forms_are_linked(truth: list[dict[str, object]]) -> None:
    urls = [u for t in truth for u in t["urls"]]  # type: ignore[attr-defined]
    assert any("?from=timeline" in u for u in urls)
    assert any("?utm_source=wechat&utm_medium=social" in u for u in urls)
    assert any("?utm_source=twitter&utm_campaign=x" in u for u in urls)


# --------------------------------------------------------------------------- page ↔ truth
def test_every_truth_url_serves_its_article(site: Site, truth: list[dict[str, object]]) -> None:
    for t in truth:
        canonical = site.render(str(t["canonical_url"]))
        assert canonical is not None and canonical.status == 200
        for url in t["urls"]:  # type: ignore[attr-defined]
            page = site.render(url)
            assert page is not None and page.status == 200, url
            if not url.endswith("_print.htm"):
                assert page.body == canonical.body, url


@pytest.mark.parametrize("template", ["zh", "en", "legacy"])
def test_rendered_pages_match_truth(
    site: Site, truth: list[dict[str, object]], template: str
) -> None:
    by_canon = {t["canonical_url"]: t for t in truth}
    for t in (t for t in truth if t["template"] == template):
        page = site.render(str(t["canonical_url"]), base_url="http://news.test")
        assert page is not None
        doc = decode(page)
        paras_truth = str(t["body"]).split("\n\n")
        pub = datetime.fromisoformat(str(t["published"]))
        if template == "zh":
            title = flatten(re.search(r'<h1 class="title">(.*?)</h1>', doc, re.S)[1])  # type: ignore[index]
            region = re.search(r'<div id="content">(.*?)</div>', doc, re.S)[1]  # type: ignore[index]
            paras = [flatten(p) for p in re.findall(r"<p>(.*?)</p>", region, re.S)]
            m = re.search(
                r"（(?:内蒙古日报社融媒体记者|內蒙古日報社融媒體記者) (\S+)）$", paras[-1]
            )
            assert m, paras[-1]
            assert m[1] == t["author"]
            paras[-1] = paras[-1][: m.start()]
            d = re.search(r'<span class="date">(\d\d)月(\d\d)日 (\d\d):(\d\d)</span>', doc)
            assert d
            year = int(str(t["canonical_url"]).split("/")[2][:4])
            local = datetime(year, int(d[1]), int(d[2]), int(d[3]), int(d[4]), tzinfo=CST)
            assert local == pub
            meta = re.search(r'<meta name="publishdate" content="([\d-]+)">', doc)
            if meta:
                assert meta[1] == f"{local:%Y-%m-%d}"
            rel_regions = re.findall(r'<div class="(recommend|related)">(.*?)</div>', doc, re.S)
            assert "分享" in doc and re.search(r'<a class="print" href="[^"]+_print\.htm"', doc)
        elif template == "en":
            title = flatten(re.search(r"<h1>(.*?)</h1>", doc, re.S)[1])  # type: ignore[index]
            region = re.search(r'<div class="article-body">(.*?)</div>', doc, re.S)[1]  # type: ignore[index]
            paras = [flatten(p) for p in re.findall(r"<p>(.*?)</p>", region, re.S)]
            byline = re.search(r'<p class="byline">By (.*?)</p>', doc)
            assert byline and html.unescape(byline[1]) == t["author"]
            ld = json.loads(
                re.search(r'<script type="application/ld\+json">(.*?)</script>', doc, re.S)[1]  # type: ignore[index]
            )
            assert ld["@type"] == "NewsArticle" and ld["headline"] == t["title"]
            assert ld["author"] == {"@type": "Person", "name": t["author"]}
            published = datetime.fromisoformat(ld["datePublished"])
            assert published == pub and published.utcoffset() != timedelta(0)
            assert f'<time datetime="{ld["datePublished"]}">' in doc
            og_url = f'<meta property="og:url" content="http://news.test{t["canonical_url"]}">'
            assert og_url in doc
            assert "Share this article" in doc and "newsletter" in doc
            rel_regions = re.findall(
                r'<(?:aside|section) class="(related|recommended)">(.*?)</(?:aside|section)>',
                doc,
                re.S,
            )
        else:
            title = flatten(re.search(r'<td class="biaoti"[^>]*>(.*?)</td>', doc, re.S)[1])  # type: ignore[index]
            region = re.search(r'<td class="content">(.*?)</td>', doc, re.S)[1]  # type: ignore[index]
            paras = [flatten(p) for p in re.findall(r"<p>(.*?)</p>", region, re.S)]
            d = re.search(r"发布时间：(\d{4})年(\d\d)月(\d\d)日 (\d\d):(\d\d)", doc)
            assert d
            y, mo, dd, hh, mi = (int(x) for x in d.groups())
            local = datetime(y, mo, dd, hh, mi, tzinfo=CST)
            assert local == pub
            assert re.search(r"作者：(\S+)", html.unescape(doc))[1] == t["author"]  # type: ignore[index]
            assert "<article" not in doc and "【" in doc and "上一篇" in doc
            rel_regions = re.findall(
                r"<b>(相关阅读)</b>(.*?)</table>|<td class=\"(tuijian)\">(.*?)</td>", doc, re.S
            )
            rel_regions = [(a or c, b or e) for a, b, c, e in rel_regions]
        assert title == t["title"]
        assert paras == paras_truth
        assert html.escape(str(t["title"]), quote=False) in doc or "<ruby>" in doc
        got: list[tuple[str, str, object]] = []
        for kind, frag in rel_regions:
            kind = "recommended" if kind in ("recommend", "recommended", "tuijian") else "related"
            got.extend((norm_href(h), kind, a) for h, a in links(frag))
        want = [(r["url"], r["kind"], r["anchor"]) for r in t["related"]]  # type: ignore[attr-defined]
        assert got == want
        for url, _kind, anchor in want:  # anchors are the target's title in this page's script
            target_title = str(by_canon[url]["title"])
            assert target_title in (anchor, to_traditional(str(anchor))) or anchor == (
                to_traditional(target_title)
            )


def test_encodings(site: Site, truth: list[dict[str, object]]) -> None:
    seen: dict[str, int] = {}
    for t in truth:
        page = site.render(str(t["canonical_url"]))
        assert page is not None
        charset = charset_of(page)
        assert charset is not None
        key = f"{t['template']}:{charset}:{'charset' in page.content_type}"
        seen[key] = seen.get(key, 0) + 1
        if t["template"] == "en":
            assert page.content_type == "text/html; charset=utf-8"
        elif charset.lower() in ("gbk", "gb18030"):
            assert page.content_type == "text/html"  # declared only in <meta>
            page.body.decode(charset)
            with pytest.raises(UnicodeDecodeError):
                page.body.decode("utf-8")
    n_zh_gbk = seen.get("zh:gbk:False", 0)
    assert 5 <= n_zh_gbk <= 8, seen  # ~1/3 of 20 zh pages (plus the mislabelled one: utf-8)
    assert seen.get("legacy:gbk:False", 0) + seen.get("legacy:gb18030:False", 0) == 10, seen
    assert seen.get("legacy:gb18030:False", 0) > 0


def test_gbk_pages_encode_on_larger_site() -> None:
    big = Site(240, seed=7)
    for art in big._articles:  # strict encoding happens inside render()
        if art.template != "en" and art.encoding != "utf-8":
            page = big.render(art.canonical)
            assert page is not None and page.body.decode(art.encoding)


def test_traditional_pages_with_ruby(site: Site, truth: list[dict[str, object]]) -> None:
    assert len(RUBY_PINYIN) >= 15
    assert RUBY_PINYIN["學"] == "xué" and RUBY_PINYIN["準"] == "zhǔn"
    trad = []
    for t in truth:
        if t["template"] != "zh":
            continue
        doc = decode(site.render(str(t["canonical_url"])))  # type: ignore[arg-type]
        if "<ruby>" in doc:
            trad.append(t)
            assert any(ch in str(t["body"]) for ch in RUBY_PINYIN)
            assert "(" not in str(t["title"]) and not re.search(r"[a-zà-ǜ]", str(t["body"]))
            naive = naive_flatten(re.search(r'<div id="content">(.*?)</div>', doc, re.S)[1])  # type: ignore[index]
            assert re.search(
                r"[學準態調習內發應細戰會經濟農實設產環質義]\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", naive
            )
            assert "相關新聞" in doc and "推薦閱讀" in doc and "分享讓更多人看到" in doc
            h1 = re.search(r'<h1 class="title">(.*?)</h1>', doc, re.S)[1]  # type: ignore[index]
            for ch in RUBY_PINYIN:
                if ch in str(t["title"]):
                    assert f"<ruby>{ch}<rp>(</rp><rt>{RUBY_PINYIN[ch]}</rt><rp>)</rp></ruby>" in h1
    assert 4 <= len(trad) <= 9


def test_print_pages(site: Site, truth: list[dict[str, object]], server: SiteServer) -> None:
    for t in truth:
        if t["template"] != "zh":
            continue
        canonical = str(t["canonical_url"])
        print_url = canonical.replace(".htm", "_print.htm")
        assert print_url in t["urls"]  # type: ignore[operator]
        article = decode(site.render(canonical))  # type: ignore[arg-type]
        assert f'href="{print_url}"' in article
        doc = decode(site.render(print_url, base_url="http://example.org"))  # type: ignore[arg-type]
        assert f'<link rel="canonical" href="http://example.org{canonical}">' in doc
        paras = [flatten(p) for p in re.findall(r"<p>(.*?)</p>", doc, re.S)]
        assert "\n\n".join(paras).startswith(str(t["body"]))
    # through HTTP the canonical link uses the request's Host header
    first = str(truth[3]["canonical_url"]).replace(".htm", "_print.htm")
    status, _, body = get(server.url + first, host="news.example:8080")
    assert status == 200
    assert b'<link rel="canonical" href="http://news.example:8080/zh/' in body


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


def test_utc_conversion_examples(truth: list[dict[str, object]]) -> None:
    row = next(t for t in truth if t["id"] == "wrongcharset")
    assert datetime.fromisoformat(str(row["published"])).astimezone(CST) == datetime(
        2022, 3, 19, 12, 5, tzinfo=CST
    )
    assert datetime.fromisoformat(str(row["published"])).tzinfo == UTC


# --------------------------------------------------------------------------- conditional requests
HEX16_ETAG = re.compile(r'"[0-9a-f]{16}"')


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
