"""Site 31's shared page helpers: escaping, a deterministic per-page RNG, the filler CSS and
scripts real broadcaster pages carry (their weight), and charset encoding."""

from __future__ import annotations

import html
import random
import zlib

PROPS = [
    "margin:0 auto",
    "padding:0",
    "font-size:16px",
    "line-height:30px",
    "color:#222",
    "color:#c00",
    "color:#1d4b9c",
    "background:#f2f2f2",
    "border-top:2px solid #b30000",
    "border-bottom:1px dotted #ccc",
    "float:left",
    "float:right",
    "overflow:hidden",
    "display:inline-block",
    "display:none",
    "width:1200px",
    "width:800px",
    "width:360px",
    "height:40px",
    "text-align:justify",
    "font-family:'PingFang SC','Microsoft YaHei',sans-serif",
    "position:absolute",
    "z-index:99",
    "text-overflow:ellipsis",
]
WORDS = [
    "nav",
    "head",
    "col",
    "list",
    "item",
    "title",
    "cnt",
    "aside",
    "footer",
    "hot",
    "rank",
    "img",
    "txt",
    "share",
    "menu",
    "video",
    "player",
    "logo",
    "so",
    "ad",
    "tab",
    "time",
    "brief",
]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "…"


def page_rng(seed: int, key: str) -> random.Random:
    return random.Random(seed * 1_000_033 + zlib.crc32(key.encode("utf-8")))


def css(rng: random.Random, prefix: str, n: int) -> str:
    out = []
    for _ in range(n):
        sel = f".{prefix}_{rng.choice(WORDS)}{rng.randint(1, 99)}"
        if rng.random() < 0.4:
            sel += f" .{rng.choice(WORDS)}"
        if rng.random() < 0.2:
            sel += f" {rng.choice(['a', 'li', 'span', 'p', 'img', 'a:hover', 'em'])}"
        out.append(sel + "{" + ";".join(rng.sample(PROPS, rng.randint(2, 6))) + "}")
    return "\n".join(out)


def filler_js(rng: random.Random, name: str, n: int) -> str:
    """A minified-looking library blob (``n`` functions)."""
    out = [f"/*! {name} v{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 30)} */"]
    for k in range(n):
        a, b = rng.choice(WORDS), rng.choice(WORDS)
        out.append(
            f"function {a}{b.title()}{k}(o,c){{var d=o||{{}},s=c||0;"
            f"for(var j=0;j<{rng.randint(3, 40)};j++)"
            f"{{d['{b}'+j]=(s+j)*{rng.randint(2, 99)}%{rng.randint(100, 999)};}}return d;}}"
        )
    return "".join(out)


def stats_js(site_id: str) -> str:
    h = f"{zlib.crc32(site_id.encode()):08x}{zlib.adler32(site_id.encode()):08x}"
    return (
        "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
        f"hm.src='https://hm.baidu.com/hm.js?{h}';"
        "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();"
    )


def encode(page: str, charset: str) -> bytes:
    return page.encode(charset, errors="xmlcharrefreplace")
