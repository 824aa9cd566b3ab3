"""Fuzz extraction and the spider callbacks with hostile pages; report crashes, hangs and times.

    .venv/bin/python benchmarks/fuzz_extract.py [--pages 1000] [--seed 0] [--budget 5]

Pages are mutations of real saved pages (``tests/fixtures/pages`` and, when present,
``../shared/benchmarks/extraction/*``, read at run time, never copied): truncated bytes,
invalid and mixed encodings, 10,000-deep nesting, a 5 MB single line, 100,000 links, huge
attributes, malformed JSON-LD, bad hrefs and ports, pathological byline/date/title lines.
Each page goes through ``newscrawl extract``'s code path and through the spider's
``parse_article``, ``parse`` (listing) and ``parse_sitemap``/``parse_feed`` callbacks, with
responses built in memory (no network). Every call runs in a worker process under the
extraction budget (``NEWSCRAWL_EXTRACT_TIMEOUT``): an exception is a crash, an overrun a hang.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks" / "extraction"
URL = "http://news.example.com/2024/05/06/story.html"

# -- seed pages ----------------------------------------------------------------------------


def seed_pages(limit: int = 40, seed: int = 0) -> list[bytes]:
    """Real pages: the repository's fixtures plus a sample of the shared benchmark pages."""
    pages = [p.read_bytes() for p in sorted((ROOT / "tests/fixtures/pages").glob("*.html"))]
    shared = sorted(SHARED.glob("*/*.html.gz")) if SHARED.is_dir() else []
    for path in random.Random(seed).sample(shared, min(limit, len(shared))):
        pages.append(gzip.decompress(path.read_bytes()))
    return pages


# -- mutations: each (rng, page bytes) → hostile page bytes -----------------------------------


def _insert(page: bytes, piece: bytes, rng: random.Random) -> bytes:
    """``piece`` inside the body (after ``<body…>`` when there is one, else anywhere)."""
    at = page.find(b"<body")
    at = page.find(b">", at) + 1 if at >= 0 else rng.randrange(len(page) + 1)
    return page[:at] + piece + page[at:]


def truncate(rng: random.Random, page: bytes) -> bytes:
    return page[: rng.randrange(len(page) + 1)]


def bad_encoding(rng: random.Random, page: bytes) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:  # declared UTF-8, bytes of another charset mixed in
        text = "本报讯（记者 张三）今天天气很好。".encode("gb18030")
        return _insert(page, b'<meta charset="utf-8"><p>' + text * 50 + b"</p>", rng)
    if choice == 1:  # random invalid bytes sprinkled over the page
        data = bytearray(page)
        for _ in range(max(1, len(data) // 200)):
            data[rng.randrange(len(data))] = rng.choice(b"\x80\xff\xfe\xc0\xed\xa0")
        return bytes(data)
    if choice == 2:  # a BOM that contradicts the content
        return b"\xff\xfe" + page
    if choice == 3:  # declared UTF-16, sent as something else
        return page.replace(b"<head>", b'<head><meta charset="utf-16">', 1)
    return page.replace(b"<head>", b'<head><meta charset="x-no-such-charset">', 1)


def deep_nesting(rng: random.Random, page: bytes) -> bytes:
    tag = rng.choice([b"div", b"span", b"a", b"table", b"p", b"blockquote", b"font"])
    depth = 10_000
    return _insert(page, b"<" + tag + b">" * 1 + (b"<" + tag + b">") * depth + b"deep", rng)


def huge_line(rng: random.Random, page: bytes) -> bytes:
    unit = rng.choice(["word ", "字", "a", " ", "By A and ", "(", "記者 ", "2022年"])
    line = (unit * (5_000_000 // len(unit.encode()) + 1)).encode()[:5_000_000]
    return _insert(page, b"<p>" + line + b"</p>", rng)


def many_links(rng: random.Random, page: bytes) -> bytes:
    links = b"".join(b'<a href="/a/%d.html">link %d</a>' % (i, i) for i in range(100_000))
    return _insert(page, b"<div>" + links + b"</div>", rng)


def huge_attributes(rng: random.Random, page: bytes) -> bytes:
    value = rng.choice([b"ad " * 300_000, b"-nav" * 200_000, b"x" * 1_000_000, b"_nav_" * 10])
    many = b" ".join(b'data-a%d="1"' % i for i in range(20_000))
    return _insert(
        page, b'<div class="' + value + b'" id="' + value + b'" ' + many + b">x</div>", rng
    )


def bad_json_ld(rng: random.Random, page: bytes) -> bytes:
    bodies = [
        b'{"@type": "NewsArticle", "headline": ',  # truncated
        b'{"@type": {"x": 1}, "author": 5, "datePublished": [1, 2], "headline": {}}',
        b'{"@type": "NewsArticle", "author": [{"name": 7}, null, "", {"name": ["x"]}], '
        b'"keywords": 12, "image": [[]], "publisher": [], "dateModified": {"a": 1}}',
        b"[" * 10_000 + b"]" * 10_000,
        b'{"@graph": ' + b'{"@graph": ' * 5_000 + b"{}" + b"}" * 5_000 + b"}",
        b'{"@type": "NewsArticle", "datePublished": "' + b"9" * 100_000 + b'"}',
        b'{"@type": "NewsArticle", "keywords": "' + b"a," * 200_000 + b'"}',
        b"\xff\xfe not json at all",
    ]
    script = b'<script type="application/ld+json">' + rng.choice(bodies) + b"</script>"
    return page.replace(b"<head>", b"<head>" + script, 1) if b"<head>" in page else script + page


_BAD_HREFS = [
    "http://127.0.0.1:99999/x",
    "http://[::1",
    "http://user:pass@169.254.169.254/latest/meta-data/",
    "http://example.com:0/",
    "http://example.com:-1/",
    "https://exa mple.com/",
    "http:///nohost",
    "//",
    "javascript:alert(1)",
    "http://xn--/",
    "http://例子.测试/路径",
    "http://example.com/%zz%",
    "http://example.com/" + "a/" * 5_000,
    "http://example.com/?" + "&".join(f"utm_{i}=1" for i in range(5_000)),
    "http://example.com/\x00nul",
    "data:text/html,<script>",
    "file:///etc/passwd",
    "http://[fe80::1%25eth0]/",
    "http://0x7f.1/",
    "http://2130706433/",
]


def bad_hrefs(rng: random.Random, page: bytes) -> bytes:
    hrefs = rng.sample(_BAD_HREFS, 8)
    links = "".join(f'<a href="{h}">bad link</a>' for h in hrefs)
    canonical = f'<link rel="canonical" href="{rng.choice(_BAD_HREFS)}">'
    return _insert(page, (canonical + links).encode("utf-8", "surrogatepass"), rng)


def _pathological_lines(rng: random.Random) -> list[str]:
    n = rng.choice([20, 24, 26, 56, 120, 400, 3000])  # 24-26: just under the credit-line cap
    return [
        "By " + " and ".join(["A"] * n) + " !",
        "By " + ", ".join(["Ann Lee"] * n) + " !",
        "written by " + "A." * n * 3 + "!",
        "（" + "记者 " * n + "张三" * n,
        "本报讯（" + "融媒体" * n + "记者 张三 李四）" * 2 + "x",
        "作者：" + "张三，" * n + ":",
        "记者 " + "张三 李四 " * n + "。",
        "发布时间：" * n + "2022年",
        "2022年" * n + "3月" * n + "19日" * n,
        "2022-03-19T" + "1" * n * 10 + ":",
        "3月19日 " * n + "12:",
        "Title " + " | " * n * 10 + "Site",
        "Title" + "_" * n * 10,
        "學(" * n * 10 + "xué",
        " " * n * 100 + "\n" + "\t \u3000" * n * 100,
        "share " * n + "newsletter " * n + "inbox",
        "follow " + "us " * n + "on twitter" + "!" * n,
        "上一篇：" + "下一篇：" * n,
        "Related " + "stories " * n,
    ]


def pathological_lines(rng: random.Random, page: bytes) -> bytes:
    lines = rng.sample(_pathological_lines(rng), 4)
    html = "".join(f"<p>{line}</p>" for line in lines)
    title = rng.choice(lines)
    piece = f'<h1>{title}</h1><div class="byline">{lines[0]}</div>{html}'
    page = page.replace(b"<title>", f"<title>{title}".encode(), 1)
    return _insert(page, piece.encode(), rng)


def flip_bytes(rng: random.Random, page: bytes) -> bytes:
    data = bytearray(page)
    for _ in range(rng.randrange(1, 50)):
        at = rng.randrange(len(data)) if data else 0
        data[at : at + 1] = rng.choice([b"<", b">", b'"', b"&", b"\x00", b"</", b"<!--", b"]]>"])
    return bytes(data)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncate": truncate,
    "bad_encoding": bad_encoding,
    "deep_nesting": deep_nesting,
    "huge_line": huge_line,
    "many_links": many_links,
    "huge_attributes": huge_attributes,
    "bad_json_ld": bad_json_ld,
    "bad_hrefs": bad_hrefs,
    "pathological_lines": pathological_lines,
    "flip_bytes": flip_bytes,
}
# The expensive mutations (megabytes per page) are a smaller share of the corpus.
WEIGHTS = {"huge_line": 1, "many_links": 1, "huge_attributes": 1, "deep_nesting": 2}


def corpus(n: int, seed: int = 0, seeds: list[bytes] | None = None) -> Iterator[tuple[str, bytes]]:
    """``n`` hostile pages ``(mutation name, bytes)``, reproducible from ``seed``."""
    rng = random.Random(seed)
    seeds = seeds if seeds is not None else seed_pages(seed=seed)
    names = [name for name in MUTATIONS for _ in range(WEIGHTS.get(name, 6))]
    for i in range(n):  # every mutation once first, then a weighted draw
        name = list(MUTATIONS)[i] if i < len(MUTATIONS) else rng.choice(names)
        yield name, MUTATIONS[name](rng, rng.choice(seeds))


def sitemap_variants(rng: random.Random) -> list[bytes]:
    """Hostile sitemaps and feeds for the XML callbacks."""
    many = "".join(f"<url><loc>http://news.example.com/a/{i}</loc></url>" for i in range(100_000))
    return [
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + many.encode()
        + b"</urlset>",
        gzip.compress(b"<urlset><url><loc>http://news.example.com/gz</loc></url></urlset>"),
        gzip.compress(b"\0" * 50_000_000),  # a gzip bomb
        b"<urlset>" * 10_000,
        b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><urlset><url><loc>&b;</loc>'
        b"</url></urlset>",
        b"<rss><channel>" + b"<item><link>javascript:x</link></item>" * 1000 + b"</channel></rss>",
        b"<rss><channel>"
        + b"".join(f"<item><link>{h}</link></item>".encode() for h in _BAD_HREFS)
        + b"</channel></rss>",
        b"<sitemapindex>"
        + b"".join(f"<sitemap><loc>{h}</loc></sitemap>".encode() for h in _BAD_HREFS)
        + b"</sitemapindex>",
        b"<urlset>"
        + b"".join(f"<url><loc>{h}</loc><lastmod>x</lastmod></url>".encode() for h in _BAD_HREFS)
        + b"</urlset>",
        b"\x1f\x8b\x08garbage",
        bytes(rng.randrange(256) for _ in range(2000)),
    ]


# -- targets (run in the worker process) ----------------------------------------------------

_SPIDERS: dict[str, Any] = {}


def _spider(kind: str) -> Any:
    """A spider built from a crawler (no engine, no network); ``kind``: profile or ad-hoc."""
    if kind not in _SPIDERS:
        from scrapy.utils.test import get_crawler

        from newscrawl.spiders.news import NewsSpider

        settings = {
            "NEWSCRAWL_INCREMENTAL": False,
            "LOG_ENABLED": False,
            "NEWSCRAWL_EXTRACT_WORKERS": 0,
            "NEWSCRAWL_EXTRACT_TIMEOUT": 0,  # the harness's worker keeps the budget
        }
        crawler = get_crawler(NewsSpider, settings)
        kwargs = (
            {"site": "demo", "base_url": "http://news.example.com"}
            if kind == "profile"
            else {"start_urls": "http://news.example.com/"}
        )
        spider = NewsSpider(**kwargs)  # from_crawler would set limits on frozen settings
        spider._set_crawler(crawler)
        if "pages" in NewsSpider.__annotations__:  # the extraction pool: inline here
            from newscrawl.pages import PageProcessor  # (this process is the budgeted worker)

            spider.pages = PageProcessor(crawler)
        crawler.spider = spider
        _SPIDERS[kind] = spider
    return _SPIDERS[kind]


def run_target(target: str, body: bytes) -> float:
    """Run one target on one page; return its duration in seconds (exceptions propagate)."""
    start = time.perf_counter()
    if target == "extract":
        sys.path.insert(0, str(ROOT))
        from newscrawl.cli_extract import _extract_one

        record = _extract_one(body, "fuzz.html", URL)
        json.dumps(record, ensure_ascii=False, default=str)
    else:
        from scrapy.http import HtmlResponse, Request, XmlResponse

        kind = "adhoc" if target == "parse_adhoc" else "profile"
        spider = _spider(kind)
        callback = {
            "parse_article": spider.parse_article,
            "parse": spider.parse,
            "parse_adhoc": spider.parse,
            "parse_sitemap": spider.parse_sitemap,
            "parse_feed": spider.parse_feed,
        }[target]
        xml = target in ("parse_sitemap", "parse_feed")
        cls = XmlResponse if xml else HtmlResponse
        url = "http://news.example.com/sitemap.xml.gz" if xml else URL
        headers = {"Content-Type": "application/xml" if xml else "text/html; charset=utf-8"}
        request = Request(url, callback=callback)
        response = cls(url, body=body, headers=headers, request=request)
        out = callback(response)
        if hasattr(out, "__anext__"):  # async callbacks (extraction in a pool)

            async def drain() -> None:
                async for _ in out:
                    pass

            asyncio.run(drain())
        else:
            for _ in out:
                pass
    return time.perf_counter() - start


HTML_TARGETS = ("extract", "parse_article", "parse", "parse_adhoc")
XML_TARGETS = ("parse_sitemap", "parse_feed")


def fuzz(
    pages: int, seed: int, budget: float, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Run the corpus; return the report (pages, calls, crashes, hangs, times)."""
    from newscrawl.extract.budget import BudgetedWorker

    rng = random.Random(seed)
    times: list[float] = []
    by_mutation: Counter[str] = Counter()
    crashes: list[str] = []
    hangs: list[str] = []
    slowest: list[tuple[float, str]] = []
    calls = 0
    jobs: list[tuple[str, bytes, tuple[str, ...]]] = [
        (name, body, HTML_TARGETS) for name, body in corpus(pages, seed)
    ]
    jobs += [("sitemap", body, XML_TARGETS) for body in sitemap_variants(rng)]
    with BudgetedWorker(budget) as worker:
        for target in HTML_TARGETS + XML_TARGETS:  # imports and spider set-up: not timed
            worker.run(run_target, target, b"<html><body><p>warm up</p></body></html>")
        for i, (name, body, targets) in enumerate(jobs):
            by_mutation[name] += 1
            for target in targets:
                calls += 1
                status, value = worker.run(run_target, target, body)
                where = f"page {i} ({name}, {len(body)} bytes) {target}"
                if status == "ok" and value > budget > 0:  # finished, but late: a hang too
                    status, value = "timeout", f"took {value:.2f} s"
                if status == "ok":
                    times.append(value)
                    slowest.append((value, where))
                elif status == "timeout":
                    hangs.append(f"{where}: {value}")
                    log(f"HANG {hangs[-1]}")
                else:
                    crashes.append(f"{where}: {value.strip().splitlines()[-1]}")
                    log(f"CRASH {crashes[-1]}\n{value}")
            if (i + 1) % 100 == 0:
                log(f"{i + 1}/{len(jobs)} pages, {len(crashes)} crashes, {len(hangs)} hangs")
    times.sort()
    slowest.sort(reverse=True)
    return {
        "pages": len(jobs),
        "calls": calls,
        "by_mutation": dict(by_mutation),
        "crashes": crashes,
        "hangs": hangs,
        "budget_s": budget,
        "p50_s": statistics.median(times) if times else None,
        "p99_s": times[int(0.99 * (len(times) - 1))] if times else None,
        "max_s": times[-1] if times else None,
        "slowest": [f"{t:.2f}s {w}" for t, w in slowest[:5]],
    }


def main(argv: list[str] | None = None) -> int:
    from newscrawl.extract.budget import extract_timeout

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--budget", type=float, default=None, help="seconds per call")
    parser.add_argument("--json", help="also write the report here")
    args = parser.parse_args(argv)
    budget = extract_timeout(args.budget)
    report = fuzz(args.pages, args.seed, budget, log=lambda m: print(m, file=sys.stderr))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    print(
        f"pages tried {report['pages']} ({report['calls']} calls), "
        f"crashes {len(report['crashes'])}, hangs (over {budget:g} s) {len(report['hangs'])}, "
        f"time per call p50 {report['p50_s']:.3f} s, p99 {report['p99_s']:.3f} s, "
        f"max {report['max_s']:.3f} s"
    )
    for line in report["slowest"]:
        print("  slowest:", line)
    for line in report["crashes"] + report["hangs"]:
        print("  ", line)
    return 1 if report["crashes"] or report["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
