"""Site 37's shared page helpers: escaping, deterministic per-page RNG, filler CSS and scripts of
the weight real CMS pages carry, and charset encoding."""

from __future__ import annotations

import html
import random
import zlib

PROPS = [
    "margin:0 auto",
    "padding:0",
    "font-size:14px",
    "line-height:26px",
    "color:#333",
    "color:#004276",
    "background:#f5f5f5",
    "border-bottom:1px solid #e5e5e5",
    "float:left",
    "float:right",
    "overflow:hidden",
    "display:block",
    "display:none",
    "width:1200px",
    "width:860px",
    "width:320px",
    "height:36px",
    "text-align:center",
    "font-family:'Microsoft JhengHei',PMingLiU,sans-serif",
    "position:relative",
    "cursor:pointer",
    "white-space:nowrap",
    "text-overflow:ellipsis",
]
WORDS = [
    "nav",
    "top",
    "box",
    "list",
    "item",
    "tit",
    "con",
    "side",
    "foot",
    "hot",
    "rank",
    "pic",
    "txt",
    "share",
    "menu",
    "sub",
    "more",
    "logo",
    "search",
    "banner",
    "tab",
    "date",
    "info",
]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "…"


def page_rng(seed: int, key: str) -> random.Random:
    return random.Random(seed * 1_000_003 + zlib.crc32(key.encode("utf-8")))


def css(rng: random.Random, prefix: str, n: int) -> str:
    out = []
    for _ in range(n):
        sel = f".{prefix}-{rng.choice(WORDS)}{rng.randint(1, 99)}"
        if rng.random() < 0.4:
            sel += f" .{rng.choice(WORDS)}"
        if rng.random() < 0.2:
            sel += f" {rng.choice(['a', 'li', 'span', 'p', 'img', 'a:hover'])}"
        out.append(sel + "{" + ";".join(rng.sample(PROPS, rng.randint(2, 6))) + "}")
    return "\n".join(out)


def filler_js(rng: random.Random, name: str, n: int) -> str:
    """A minified-looking library blob (``n`` functions)."""
    out = [f"/*! {name} v{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 20)} */"]
    for k in range(n):
        a, b = rng.choice(WORDS), rng.choice(WORDS)
        out.append(
            f"function {a}_{b}{k}(e,t){{var n=e||{{}},r=t||0;"
            f"for(var i=0;i<{rng.randint(3, 40)};i++)"
            f"{{n['{a}'+i]=(r+i)*{rng.randint(2, 99)}%{rng.randint(100, 999)};}}return n;}}"
        )
    return "".join(out)


def stats_js(site_id: str) -> str:
    return (
        "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
        f"hm.src='https://hm.baidu.com/hm.js?{zlib.crc32(site_id.encode()):08x}{zlib.adler32(site_id.encode()):08x}';"
        "var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();"
    )


def encode(page: str, charset: str) -> bytes:
    return page.encode(charset, errors="xmlcharrefreplace")
