"""Site 33's shared page furniture: escaping, a page's own RNG, the charset encoder, inline
stylesheets, analytics snippets and JSON in script tags."""

from __future__ import annotations

import html
import json
import random
from typing import Any


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def page_rng(seed: int, key: str) -> random.Random:
    """A page's own RNG: pages render lazily, in any order, and always the same."""
    return random.Random(f"33:{seed}:{key}")


def encode(page: str, charset: str = "utf-8") -> tuple[bytes, str]:
    """The page in its charset; the Content-Type names the same charset the page declares."""
    return page.encode(charset, errors="xmlcharrefreplace"), f"text/html; charset={charset}"


def script_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def ld(obj: Any) -> str:
    return f'<script type="application/ld+json">{script_json(obj)}</script>'


PROPS = [
    "margin:0",
    "padding:0 15px",
    "padding:6px 0",
    "font-size:14px",
    "font-size:1.125rem",
    "line-height:1.6",
    "color:#333",
    "color:#1a4a8a",
    "color:#c8102e",
    "color:#666",
    "background:#f4f6f9",
    "background-color:#00529b",
    "border-bottom:1px solid #dcdcdc",
    "overflow:hidden",
    "display:block",
    "display:none",
    "display:flex",
    "float:left",
    "float:right",
    "width:100%",
    "max-width:1200px",
    "position:relative",
    "font-weight:bold",
    "text-align:center",
    "text-decoration:none",
    "list-style:none",
    "font-family:Arial,'Microsoft JhengHei',PMingLiU,sans-serif",
    "letter-spacing:.02em",
    "z-index:99",
    "height:40px",
    "vertical-align:middle",
]


def css(rng: random.Random, prefix: str, n: int, style: str = "plain") -> str:
    """``n`` rules of an inline stylesheet, named ``prefix_part`` (plain), BEM or utility-style."""
    subs = ["", " a", " li", " span", " p", " img", " h2", ":hover", " ul", " td", ".on"]
    parts = ["nav", "menu", "list", "banner", "box", "footer", "side", "header", "tab", "pic"]
    out = []
    for k in range(n):
        part = rng.choice(parts)
        if style == "bem":
            name = f"{prefix}__{part}--{k}"
        elif style == "util":
            name = f"{prefix}-{part}-{rng.choice(['sm', 'md', 'lg'])}-{k}"
        else:
            name = f"{prefix}_{part}{k}"
        out.append(f".{name}{rng.choice(subs)}{{{';'.join(rng.sample(PROPS, rng.randint(2, 6)))}}}")
    return "\n".join(out)


def ga(tag: str) -> str:
    return (
        f'<script async src="https://www.googletagmanager.example/gtag/js?id={tag}"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        f"gtag('js',new Date());gtag('config','{tag}',{{anonymize_ip:true}});</script>"
    )


def ul(items: list[tuple[str, str]], cls: str = "") -> str:
    inner = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in items)
    return f'<ul class="{cls}">{inner}</ul>' if cls else f"<ul>{inner}</ul>"


__all__ = ["css", "encode", "esc", "ga", "ld", "page_rng", "script_json", "ul"]
