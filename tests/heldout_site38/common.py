"""Site 38's shared page furniture: escaping, a page's own RNG, inline stylesheets, tag-manager
scripts, menus, JSON in script tags and the charset encoder."""

# ruff: noqa: E501  (markup lines as served)

from __future__ import annotations

import html
import json
import random
from typing import Any


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def page_rng(seed: int, key: str) -> random.Random:
    """A page's own RNG: pages render lazily, in any order, and always the same."""
    return random.Random(f"38:{seed}:{key}")


def encode(page: str, charset: str = "utf-8") -> tuple[bytes, str]:
    return page.encode(charset, errors="xmlcharrefreplace"), f"text/html; charset={charset}"


def script_json(obj: Any) -> str:
    """JSON safe inside a script element."""
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def ld(obj: Any) -> str:
    return f'<script type="application/ld+json">{script_json(obj)}</script>'


PROPS = [
    "margin:0",
    "padding:0 16px",
    "padding:8px 0",
    "font-size:.875rem",
    "font-size:1.125rem",
    "line-height:1.5",
    "color:#141414",
    "color:#b80000",
    "color:#545658",
    "color:#fff",
    "background:#f6f6f6",
    "background-color:#3a3a3a",
    "border-bottom:1px solid #e6e8ea",
    "overflow:hidden",
    "display:flex",
    "display:none",
    "display:grid",
    "flex-wrap:wrap",
    "align-items:center",
    "width:100%",
    "max-width:1280px",
    "position:absolute",
    "font-weight:700",
    "box-sizing:border-box",
    "text-decoration:none",
    "grid-template-columns:repeat(12,1fr)",
    "transition:transform .3s ease",
    "font-family:Roboto,Helvetica,Arial,sans-serif",
    'font-family:"Noto Serif",Georgia,serif',
    "letter-spacing:.01em",
    "z-index:10",
    "clip:rect(0 0 0 0)",
]


def css(rng: random.Random, prefix: str, n: int, style: str = "bem") -> str:
    """``n`` rules of an inline stylesheet, named BEM-style, CSS-in-JS-style (``hashed``) or
    utility-style."""
    subs = ["", " a", " li", " span", " p", " img", " h2", " svg", ":hover", " ul", "::before"]
    parts = ["nav", "card", "list", "promo", "ad", "footer", "rail", "header", "teaser", "media"]
    out = []
    for k in range(n):
        if style == "hashed":
            name = f"{prefix}-{rng.getrandbits(32):08x}"
        elif style == "util":
            name = f"{prefix}-{rng.choice(parts)}-{rng.choice(['sm', 'md', 'lg', 'xl'])}-{k}"
        else:
            name = f"{prefix}__{rng.choice(parts)}--{k}"
        out.append(f".{name}{rng.choice(subs)}{{{';'.join(rng.sample(PROPS, rng.randint(2, 6)))}}}")
    return "\n".join(out)


def gtm(tag: str) -> str:
    return (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        f"j.src='https://www.googletagmanager.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-{tag}');"
    )


def consent(name: str) -> str:
    return (
        "window.__tcfapi=window.__tcfapi||function(){(window.__tcfapi.a=window.__tcfapi.a||[]).push(arguments)};"
        f"window.{name}Consent={{version:'2.2',gdprApplies:false,loaded:false,queue:[],"
        "onReady:function(cb){this.queue.push(cb)},purposes:[1,2,3,4,7,9,10],vendors:[755,793,91,52,10,11]};"
        "(function(){var s=document.createElement('script');s.async=true;s.src='https://cmp.example/cmp.js';"
        "document.head.appendChild(s);})();"
    )


def ul(items: list[tuple[str, str]], cls: str = "", li: str = "") -> str:
    lic = f' class="{li}"' if li else ""
    inner = "".join(f'<li{lic}><a href="{h}">{esc(t)}</a></li>' for h, t in items)
    return f'<ul class="{cls}">{inner}</ul>' if cls else f"<ul>{inner}</ul>"


def hashes(rng: random.Random, labels: list[str], root: str) -> list[tuple[str, str]]:
    """Menu entries pointing nowhere the crawler needs (``#``-links of a mega menu)."""
    return [(f"{root}#{lab.lower().replace(' ', '-')}-{k}", lab) for k, lab in enumerate(labels)]


__all__ = [
    "consent",
    "css",
    "encode",
    "esc",
    "gtm",
    "hashes",
    "ld",
    "page_rng",
    "script_json",
    "ul",
]
