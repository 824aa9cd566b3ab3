"""What the five templates share: the article record, escaping, slugs and the filler every CMS
ships (stylesheets, tag-manager and ad scripts, a recommendation feed in JSON)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import html
import json
import random
import re
from datetime import datetime
from typing import Any

from heldout import Art as Art  # the record every held-out site shares


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def page_rng(seed: int, key: str) -> random.Random:
    """A page's own RNG: pages render lazily, in any order, and always the same."""
    return random.Random(f"{seed}:{key}")


def css(rng: random.Random, prefix: str, n: int) -> str:
    props = [
        "margin:0 auto",
        "padding:0 16px",
        "font-size:1.0625rem",
        "line-height:1.6",
        "color:#111",
        "color:#666",
        "background:#f4f4f4",
        "border-bottom:1px solid #ddd",
        "display:flex",
        "display:none",
        "justify-content:space-between",
        "font-weight:700",
        "font-family:Georgia,'Times New Roman',serif",
        "max-width:1200px",
        "overflow:hidden",
        "text-transform:uppercase",
        "letter-spacing:.04em",
        "position:sticky",
        "top:0",
        "transition:opacity .2s ease-in-out",
        "grid-template-columns:repeat(3,1fr)",
    ]
    parts = [
        "header",
        "nav",
        "article",
        "byline",
        "rail",
        "promo",
        "footer",
        "share",
        "ad",
        "card",
        "menu",
        "tease",
        "newsletter",
        "comments",
    ]
    subs = ["a", "li", "span", "p", "img", "h2", "h3", "button", "svg", "time", "figure"]
    out = []
    for k in range(n):
        sel = f".{prefix}-{rng.choice(parts)}{'' if k % 7 == 0 else '--' + str(k % 13)}"
        out.append(sel + " " + rng.choice(subs) + "{" + ";".join(rng.sample(props, 4)) + "}")
        if k % 25 == 0:
            out.append(
                f"@media (max-width:{rng.choice([600, 768, 1024])}px){{{sel}{{display:block}}}}"
            )
    return "\n".join(out)


def gtm(container: str) -> str:
    return (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),"
        "dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.example/"
        f"gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{container}');"
    )


def ad_js(slot: str, sizes: str) -> str:
    return (
        "window.googletag = window.googletag || {cmd: []};\ngoogletag.cmd.push(function() {\n"
        f"  googletag.defineSlot('/21787/news/{slot}', {sizes}, 'div-gpt-{slot}')"
        ".addService(googletag.pubads());\n  googletag.pubads().enableSingleRequest();\n"
        "  googletag.enableServices();\n});"
    )


def feed(var: str, arts: list[Any], rng: random.Random) -> str:
    """Other stories' headlines, bylines and ISO times in a script (the page's JS renders them)."""
    rows = [
        {
            "headline": a.title,
            "url": a.path,
            "byline": ", ".join(a.authors) or "Staff",
            "datePublished": a.when.isoformat(),
            "img": f"/resizer/{rng.getrandbits(40):x}.jpg",
        }
        for a in arts
    ]
    return f"window.{var} = {json.dumps(rows)};"


def others(rng: random.Random, arts: list[Any], me: Any, k: int) -> list[Any]:
    pool = [a for a in arts if a is not me]
    return rng.sample(pool, min(k, len(pool)))


def comments(rng: random.Random, n: int, when: datetime) -> str:
    """A comment thread: commenters' names, their times, their words (none of it the story)."""
    words = [
        "This has been going on far too long.",
        "Who is paying for all of this?",
        "Great reporting, thank you.",
        "I was at the meeting and it was not like that at all.",
        "Same story every year.",
        "Finally some accountability.",
        "My neighbors and I have been asking about this since last spring.",
    ]
    out = []
    for k in range(n):
        who = rng.choice(
            ["rjm1954", "LakeLover", "Concerned Parent", "tgray", "Jim B.", "skeptic22"]
        )
        out.append(
            f'<li class="comment"><div class="comment-author vcard"><b class="fn">{who}</b></div>'
            f'<div class="comment-metadata"><time datetime="{when.replace(day=min(28, when.day + 1), hour=(k * 5) % 24).isoformat()}">'
            f"{when.strftime('%B')} {min(28, when.day + 1)}, {when.year} at {(k * 5) % 12 + 1}:0{k % 10} pm</time></div>"
            f'<div class="comment-content"><p>{rng.choice(words)} {rng.choice(words)}</p></div>'
            '<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></li>'
        )
    return "".join(out)


def filler_links(rng: random.Random, n: int) -> str:
    """A mega-menu of section links (the header of every page)."""
    secs = [
        "Politics",
        "Business",
        "Sports",
        "Opinion",
        "Weather",
        "Obituaries",
        "Tech",
        "Health",
        "Climate",
        "Food",
        "Travel",
        "Real Estate",
        "Education",
        "Arts",
        "Jobs",
    ]
    subs = ["Latest", "Explainers", "Photos", "Video", "Columns", "Letters", "Events"]
    out = []
    for k in range(n):
        s = secs[k % len(secs)]
        items = "".join(
            f'<li><a href="/{slug(s)}/{slug(x)}/">{x}</a></li>' for x in rng.sample(subs, 4)
        )
        out.append(
            f'<li class="menu-item"><a href="/{slug(s)}/">{s}</a><ul class="sub-menu">{items}</ul></li>'
        )
    return "".join(out)
