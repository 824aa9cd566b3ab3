"""Hostile pages for the fuzz harness (fuzz_extract.py): real seed pages and their mutations
(truncated bytes, bad encodings, deep nesting, huge lines, links and attributes, malformed
JSON-LD, bad hrefs, pathological lines, flipped bytes), plus hostile sitemaps and feeds."""

from __future__ import annotations

import gzip
import random
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks" / "extraction"

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
