"""Rendered pages of the test site agree with the ground truth: templates, encodings,
traditional script with ruby, print pages."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta

import pytest
from testsite_helpers import (
    CST,
    charset_of,
    decode,
    flatten,
    get,
    links,
    naive_flatten,
    norm_href,
)

from newscrawl.testsite.generator import RUBY_PINYIN, Site, to_traditional
from newscrawl.testsite.server import SiteServer


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
