"""What the five portals' templates share: the article record, body blocks, escaping, and the
filler every big portal ships (stylesheets, statistics and share scripts)."""

from __future__ import annotations

import html
import json
import random
from typing import Any


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def css(rng: random.Random, prefix: str, n: int) -> str:
    """A portal's inline stylesheet (real article pages carry kilobytes of it)."""
    props = [
        "margin:0 auto",
        "padding:0 15px",
        "font-size:16px",
        "line-height:30px",
        "color:#222",
        "color:#b80000",
        "background:#f7f7f7",
        "border-top:2px solid #c00",
        "overflow:hidden",
        "float:left",
        "float:right",
        "display:inline-block",
        "text-align:justify",
        "height:48px",
        "width:1180px",
        "white-space:nowrap",
        "text-overflow:ellipsis",
        "position:absolute",
        "font-family:'PingFang SC','Microsoft YaHei',sans-serif",
        "transition:all .3s",
    ]
    parts = ["hd", "nav", "crumb", "main", "side", "rank", "foot", "share", "pic", "box", "tab"]
    subs = ["li", "a", "span", "p", "img", "h2", "em", "a:hover", "ul", "i", "dd"]
    rules = []
    for k in range(n):
        sel = f".{prefix}-{rng.choice(parts)}{k % 9 or ''} {rng.choice(subs)}"
        rules.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 6))) + "}")
    return "\n".join(rules)


def stats_js(site_id: str) -> str:
    return (
        "var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement('script');\n"
        f"  hm.src = 'https://hm.stat.example/hm.js?{site_id}';\n"
        "  var s = document.getElementsByTagName('script')[0];\n"
        "  s.parentNode.insertBefore(hm, s);\n})();"
    )


def feed_json(var: str, rows: list[dict[str, Any]]) -> str:
    """A recommendation feed the page's script renders later: other stories' titles, authors and
    times, inside a <script> (never shown as written)."""
    return f"window.{var} = {json.dumps(rows, ensure_ascii=False)};"


def encode(page: str, charset: str) -> bytes:
    """The page in its declared charset; a character the charset lacks becomes a reference, as
    the portals' CMSes write it."""
    return page.encode(charset, errors="xmlcharrefreplace")


def page_rng(seed: int, key: str) -> random.Random:
    """A page's own RNG: pages render lazily, in any order, and always the same."""
    return random.Random(f"{seed}:{key}")


def others(rng: random.Random, arts: list[Any], me: Any, k: int) -> list[Any]:
    pool = [a for a in arts if a is not me]
    return rng.sample(pool, min(k, len(pool)))


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "…"
