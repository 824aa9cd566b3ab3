# ruff: noqa: E501  (SVG path data and CSS one-liners)
"""The article record every template renders, and markup shared by the templates (escaping, the
inline CSS and script bulk real CMS pages carry, share icons)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any


@dataclass
class Art:
    tpl: str  #: wp, gov, paper, tw, amp
    idx: int  #: position within its template
    path: str
    title: str
    authors: list[str]  #: as the reader credits them (sorted in the truth)
    when: datetime  #: aware, in the page's own zone
    precision: str  #: what the page prints: "day", "minute" or "second"
    paras: list[str]
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)  #: paths of the related block's targets
    x: dict[str, Any] = field(default_factory=dict)  #: template-specific details


def esc(s: str) -> str:
    return escape(s, quote=True)


_PROPS = (
    "margin",
    "padding",
    "color",
    "background",
    "font-size",
    "line-height",
    "border-bottom",
    "display",
    "max-width",
    "letter-spacing",
)
_VALUES = (
    "0 auto",
    "4px 8px",
    "#1a1a1a",
    "#f4f4f1",
    "14px",
    "1.6",
    "1px solid #e2e2e2",
    "flex",
    "1200px",
    ".02em",
    "none",
    "inherit",
    "transparent",
)


def css_bulk(prefix: str, n: int, seed: int) -> str:
    """``n`` rules of theme CSS, as themes and page builders inline them."""
    rng = random.Random(seed)
    rules = []
    for i in range(n):
        decls = ";".join(
            f"{rng.choice(_PROPS)}:{rng.choice(_VALUES)}" for _ in range(rng.randint(2, 5))
        )
        sel = f".{prefix}-{rng.choice(('nav', 'card', 'grid', 'btn', 'widget', 'meta', 'col'))}"
        rules.append(f"{sel}--{i}{rng.choice(('', ':hover', ' a', ' li', '>span'))}{{{decls}}}")
        if i % 9 == 0:
            rules.append(
                f"@media (max-width:{rng.choice((480, 768, 1024))}px){{{sel}--{i}{{display:none}}}}"
            )
    return "\n".join(rules)


SVG_ICONS = {
    "facebook": (
        '<svg class="icon icon-facebook" aria-hidden="true" role="img" viewBox="0 0 24 24" '
        'width="24" height="24"><path d="M12 2C6.5 2 2 6.5 2 12c0 5 3.7 9.1 8.4 9.9v-7H7.9V12h2.5V9.8'
        "c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7"
        'C18.3 21.1 22 17 22 12c0-5.5-4.5-10-10-10z"></path></svg>'
    ),
    "x": (
        '<svg class="icon icon-x" aria-hidden="true" role="img" viewBox="0 0 24 24" width="24" '
        'height="24"><path d="M18.2 2.3h3.3l-7.2 8.3 8.5 11.2h-6.7l-5.2-6.8-6 6.8H1.6l7.7-8.8L1.2 '
        '2.3h6.8l4.7 6.2 5.5-6.2zm-1.2 17.5h1.8L7.1 4.2H5.1l11.9 15.6z"></path></svg>'
    ),
    "email": (
        '<svg class="icon icon-mail" aria-hidden="true" role="img" viewBox="0 0 24 24" width="24" '
        'height="24"><path d="M20 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2'
        '-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z"></path></svg>'
    ),
    "print": (
        '<svg class="icon icon-print" aria-hidden="true" role="img" viewBox="0 0 24 24" width="24" '
        'height="24"><path d="M19 8H5c-1.7 0-3 1.3-3 3v6h4v4h12v-4h4v-6c0-1.7-1.3-3-3-3zm-3 11H8v-5h8v5'
        'zm3-7c-.6 0-1-.4-1-1s.4-1 1-1 1 .4 1 1-.4 1-1 1zm-1-9H6v4h12V3z"></path></svg>'
    ),
}


def analytics_js(site_id: str, seed: int) -> str:
    rng = random.Random(seed)
    keys = ",".join(f'"k{i}":"{rng.randrange(16**8):08x}"' for i in range(24))
    return (
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        f"gtag('js',new Date());gtag('config','{site_id}',{{'anonymize_ip':true}});"
        f"window.__adcfg={{{keys}}};</script>"
    )


def slugify(s: str, words: int = 9) -> str:
    parts = re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", ""))
    return "-".join(parts[:words])
