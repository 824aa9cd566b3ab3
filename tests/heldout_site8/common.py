"""What site 8's five templates share: escaping, a page's own RNG, the filler every portal ships
(stylesheets, statistics scripts, JSON feeds) and the charset encoder."""

from __future__ import annotations

import html
import json
import random
import zlib
from typing import Any


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def page_rng(seed: int, key: str) -> random.Random:
    """A page's own RNG: pages render lazily, in any order, and always the same."""
    return random.Random(f"{seed}:{key}")


def encode(page: str, charset: str) -> bytes:
    return page.encode(charset, errors="xmlcharrefreplace")


def others(rng: random.Random, arts: list[Any], me: Any, k: int) -> list[Any]:
    pool = [a for a in arts if a is not me and a.path not in getattr(me, "related", [])]
    return rng.sample(pool, min(k, len(pool)))


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "…"


def css(rng: random.Random, prefix: str, n: int) -> str:
    """An inline stylesheet of ``n`` rules (real article pages carry kilobytes of it)."""
    props = [
        "margin:0 auto",
        "padding:0 12px",
        "font-size:18px",
        "line-height:32px",
        "color:#333",
        "color:#d12",
        "color:#404040",
        "background:#f5f5f5",
        "border-bottom:1px solid #e5e5e5",
        "overflow:hidden",
        "float:left",
        "float:right",
        "display:block",
        "display:none",
        "text-indent:2em",
        "width:1200px",
        "width:680px",
        "height:40px",
        "white-space:nowrap",
        "text-overflow:ellipsis",
        "position:relative",
        "font-family:'Microsoft YaHei','PingFang SC',SimSun",
        "cursor:pointer",
        "transition:color .2s",
    ]
    parts = ["hd", "nav", "main", "side", "rank", "ft", "share", "pic", "mod", "tab", "list"]
    subs = ["li", "a", "span", "p", "img", "h2", "h3", "em", "a:hover", "ul", "i", "dd"]
    out = []
    for k in range(n):
        sel = f".{prefix}_{rng.choice(parts)}{k % 11 or ''} {rng.choice(subs)}"
        out.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 6))) + "}")
    return "\n".join(out)


def stats_js(site_id: str) -> str:
    return (
        "var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement('script');\n"
        f"  hm.src = 'https://hm.stat.example/hm.js?{site_id}';\n"
        "  var s = document.getElementsByTagName('script')[0];\n"
        "  s.parentNode.insertBefore(hm, s);\n})();"
    )


def feed_js(var: str, rows: list[dict[str, Any]]) -> str:
    """A feed a script renders later: other stories' titles, sources and times."""
    return f"var {var} = {json.dumps(rows, ensure_ascii=False)};"


def feed_rows(arts: list[Any], src: str) -> list[dict[str, Any]]:
    return [
        {
            "title": a.title,
            "url": a.path,
            "source": src,
            "ptime": a.when.strftime("%Y-%m-%d %H:%M:%S"),
            "imgsrc": f"/cms/img/{zlib.crc32(a.path.encode()) % 10**8:08d}.jpg",
        }
        for a in arts
    ]
