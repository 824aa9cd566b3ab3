"""Site 23's shared page furniture: escaping, a page's own RNG, stylesheets, analytics scripts,
headline lists and the charset encoder."""

# ruff: noqa: E501  (long word-pool and markup lines)

from __future__ import annotations

import html
import random
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


PROPS = [
    "margin:0",
    "padding:0 10px",
    "font-size:1.0625rem",
    "line-height:1.4",
    "color:#121212",
    "color:#c70000",
    "color:#707070",
    "background:#f6f6f6",
    "border-top:1px solid #dcdcdc",
    "overflow:hidden",
    "display:flex",
    "display:none",
    "flex-direction:column",
    "width:100%",
    "max-width:620px",
    "position:relative",
    "font-weight:700",
    "box-sizing:border-box",
    "text-decoration:none",
    "grid-template-columns:repeat(4,1fr)",
    "transition:opacity .2s",
    "font-family:GH Guardian Headline,Georgia,serif",
    "letter-spacing:-.02em",
    "z-index:2",
]


def css(rng: random.Random, prefix: str, n: int, hashed: bool = False) -> str:
    """``n`` rules of an inline stylesheet; ``hashed`` names them the way CSS-in-JS does."""
    subs = ["", " a", " li", " span", " p", " img", " h2", " svg", ":hover", " ul"]
    out = []
    for k in range(n):
        name = (
            f"{prefix}-{rng.getrandbits(24):06x}"
            if hashed
            else f"{prefix}__{rng.choice(['nav', 'card', 'list', 'promo', 'ad', 'footer', 'rail'])}-{k}"
        )
        out.append(f".{name}{rng.choice(subs)}{{{';'.join(rng.sample(PROPS, rng.randint(2, 6)))}}}")
    return "\n".join(out)


def analytics(site: str) -> str:
    return (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        f"j.src='https://tags.example.net/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-{site}');"
    )


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
