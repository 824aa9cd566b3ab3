"""What the five templates share: the article record, escaping, slugs and page ballast.

Ballast is what real CMS pages carry around the story (inline critical CSS, tag-manager and ad
set-up scripts, icon sprites): it makes pages the 30–100 KB real pages are, without words.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Art:
    tpl: str
    i: int
    path: str
    title: str
    authors: list[str]
    when: datetime  #: aware, in the template's own zone
    precision: str  #: "day", "minute" or "second": what the page prints
    paras: list[str]
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    x: dict[str, Any] = field(default_factory=dict)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str, words: int = 9) -> str:
    text = text.lower().replace("£", "").replace("'", "").replace("’", "")
    parts = re.findall(r"[a-z0-9]+", text)
    return "-".join(parts[:words])


def critical_css(rng: random.Random, prefix: str, rules: int) -> str:
    """A minified critical-CSS block like the ones themes inline in ``<head>``."""
    props = [
        "margin:0 auto",
        "padding:.5rem 1rem",
        "display:flex",
        "display:grid",
        "font-size:.875rem",
        "line-height:1.45",
        "color:#1d1d1b",
        "color:#5a5a5a",
        "background:#f4f4f2",
        "border-bottom:1px solid #ddd",
        "position:relative",
        "gap:1rem",
        "grid-template-columns:repeat(auto-fill,minmax(220px,1fr))",
        "text-transform:uppercase",
        "letter-spacing:.04em",
        "max-width:1180px",
        "font-weight:700",
        "overflow:hidden",
        "white-space:nowrap",
        "text-overflow:ellipsis",
        "transition:opacity .2s ease-in-out",
    ]
    parts = ["block", "item", "link", "title", "meta", "wrap", "inner", "icon", "label", "list"]
    mods = ["", "--active", "--large", "--compact", "--dark", "--sticky", ":hover", "::after"]
    out = []
    for i in range(rules):
        sel = f".{prefix}-{rng.choice(parts)}{i % 37}__{rng.choice(parts)}{rng.choice(mods)}"
        out.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 5))) + "}")
    return "".join(out)


def svg_sprite(icons: list[str]) -> str:
    """An inline SVG symbol sprite (share icons, search, menu)."""
    paths = []
    for i, name in enumerate(icons):
        d = " ".join(
            f"M{(i * 7 + j * 3) % 24} {(j * 5) % 24}l{j % 4} {3 - j % 3}" for j in range(40)
        )
        paths.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{d}z"/></symbol>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{"".join(paths)}</svg>'


def gtm_script(container: str) -> str:
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'"
        "?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
        f"f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{container}');"
        "</script>"
    )


def ad_config(rng: random.Random, site: str, slots: list[str]) -> str:
    """A prebid/GPT-style ad set-up script: big, wordless, real."""
    units = [
        {
            "code": f"div-gpt-ad-{slot}",
            "mediaTypes": {"banner": {"sizes": [[300, 250], [728, 90], [970, 250]][: 1 + i % 3]}},
            "bids": [
                {"bidder": b, "params": {"placementId": rng.randint(10**7, 10**8)}}
                for b in ("appnexus", "rubicon", "ix", "openx", "pubmatic")
            ],
        }
        for i, slot in enumerate(slots)
    ]
    return (
        "<script>window.googletag=window.googletag||{cmd:[]};var pbjs=pbjs||{};pbjs.que=pbjs.que"
        f"||[];var adUnits={json.dumps(units, separators=(',', ':'))};googletag.cmd.push("
        "function(){"
        + "".join(
            f"googletag.defineSlot('/{rng.randint(10**7, 10**8)}/{site}/{s}',[[300,250]],"
            f"'div-gpt-ad-{s}').addService(googletag.pubads());"
            for s in slots
        )
        + "googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>"
    )


def ad_slot(slot: str, label: str = "Advertisement") -> str:
    return (
        f'<div class="ad-slot ad-slot--{slot}" aria-hidden="true"><span class="ad-label">'
        f'{label}</span><div id="div-gpt-ad-{slot}"></div></div>'
    )
