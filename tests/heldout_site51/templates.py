"""Site 51's article pages: The Straits Times (Drupal, UPDATED / PUBLISHED stamps, author cards
with roles), The Star (``By NAME`` bylines, Bernama copy, "Related stories:"), the Inquirer
(WordPress, ``By: NAME - Reporter / @handle``, in-story "READ:" links), Rappler (Next.js with the
post in ``__NEXT_DATA__``) and VnExpress International (``May 8, 2024 | 04:32 pm GMT+7``)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import ampm, consent, css, encode, esc, gtm, ld, page_rng, script_json, zstamp

if TYPE_CHECKING:
    from .generator import Site51

LABELS = {
    "st": "The Straits Times",
    "star": "The Star",
    "inq": "INQUIRER.net",
    "rap": "Rappler",
    "vne": "VnExpress International",
}
ST_ROLES = [
    "Senior Correspondent",
    "Transport Correspondent",
    "Health Correspondent",
    "Assistant News Editor",
    "Political Correspondent",
]
INQ_ROLES = [
    "Reporter",
    "Reporter",
    "Senior Reporter",
    "Content Researcher Writer",
    "Correspondent",
]
WIRE_LONG = {"AFP": "Agence France-Presse", "Reuters": "Reuters", "Bloomberg": "Bloomberg"}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(site: Site51, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def lis(arts: list[Art], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="{b.path}">{esc(b.title)}</a></li>' for b in arts)


def mday(w: datetime) -> str:
    return f"{w:%B} {w.day}, {w:%Y}"


def upper_stamp(w: datetime) -> str:
    return f"{w:%b %d, %Y}".upper() + ", " + ampm(w)


def filler_nav(rng: random.Random, root: str, labels: list[str]) -> str:
    return "".join(
        f'<li><a href="{root}#{lab.lower().replace(" ", "-")}-{k}">{esc(lab)}</a></li>'
        for k, lab in enumerate(labels)
    )


def head(rng: random.Random, prefix: str, n: int = 230) -> str:
    return f"<style>{css(rng, prefix, n)}</style>\n<script>{gtm(prefix.upper() + 'X51')}</script>\n<script>{consent(prefix)}</script>"


# --- bodies -----------------------------------------------------------------------------------
def st_body(blocks: list[Block], nm: list[str], rng: random.Random) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        else:
            credit = rng.choice(
                [
                    "ST PHOTO: " + nm[3].upper(),
                    "PHOTO: ST FILE",
                    "PHOTO: REUTERS",
                    "PHOTO: LIANHE ZAOBAO",
                ]
            )
            out.append(
                f'<figure class="embedded-image"><picture><img src="{b.src}" alt="{esc(b.text)}" loading="lazy" width="1200" height="800"></picture>'
                f'<figcaption class="caption-text">{esc(b.text)}. <span class="caption-credit">{credit}</span></figcaption></figure>'
            )
    return "\n".join(out)


# --- 1. The Straits Times -----------------------------------------------------------------------
def st_page(site: Site51, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st, nm, old, up = a.x["style"], a.x["nm"], a.x["old"], a.x["updated"]
    if st in ("wire", "desk"):
        cards = [(("AFP, REUTERS" if st == "desk" else a.x["wire"].upper()), "")]
    else:
        cards = [(n, "" if st == "one" else rng.choice(ST_ROLES)) for n in a.authors]
    people = st not in ("wire", "desk")
    byline = "".join(
        f'<div class="author-card"><a href="/authors/{n.lower().replace(" ", "-")}" class="author-name">{esc(n)}</a>'
        + (f'<span class="author-designation">{esc(r)}</span>' if r else "")
        + "</div>"
        if people
        else f'<div class="author-card"><span class="author-name">{esc(n)}</span></div>'
        for n, r in cards
    )
    rel = ""
    if a.related:
        rel = f'<section class="related-stories"><h2 class="section-title">Related Stories</h2><ul>{lis([site.by_path[p] for p in a.related], "related-item")}</ul></section>'
    ymal = lis(others(site, a, 4, "ymal"), "card")
    most = lis(others(site, a, 6, "most", "st"), "most-read-item")
    wire_line = ""
    if st in ("wire", "desk"):
        wire_line = f'<p class="wire-credit"><em>{"AFP, REUTERS" if st == "desk" else a.x["wire"].upper()}</em></p>'
    topics = "".join(
        f'<a href="/tags/{t}">{t.replace("-", " ").title()}</a>'
        for t in ("singapore", "transport", "health")
    )
    if old:
        stamps = (
            f'<div class="story-postdate">Published<br>{mday(a.when)}, {ampm(a.when, pad=False, upper=False)} SGT</div>'
            + (
                f'<div class="story-updated">Updated<br>{mday(up)}, {ampm(up, pad=False, upper=False)} SGT</div>'
                if up
                else ""
            )
        )
        main = f"""<div class="node-header"><h1 class="headline node-title">{esc(a.title)}</h1></div>
<div class="group-info"><div class="byline">{byline}</div><div class="story-date">{stamps}</div></div>
<div class="field-item odd" itemprop="articleBody">
{st_body(a.blocks, nm, rng)}
{wire_line}
</div>"""
    else:
        stamps = (
            f'<p class="updated-timestamp">UPDATED {upper_stamp(up)}</p>' if up else ""
        ) + f'<p class="published-timestamp">PUBLISHED {upper_stamp(a.when)}</p>'
        half = len(a.blocks) // 2
        main = f"""<h1 class="headline node-title" data-testid="heading">{esc(a.title)}</h1>
<div class="byline-wrapper">{byline}<div class="share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on WhatsApp">WhatsApp</button><button aria-label="Gift this article">Gift this article</button></div></div>
<div class="story-postdate">{stamps}</div>
<div class="paid-premium-st"><p>Google Preferred Source badge: <a href="https://www.google.example/preferences/source?q=straitstimes.com">Add ST as a preferred source on Google</a></p></div>
<div class="article-content-rawhtml" data-testid="article-body">
{st_body(a.blocks[:half], nm, rng)}
<div class="newsletter-inline"><h4>Sign up for ST's newsletters</h4><p>Get the latest news and analysis delivered to your inbox every morning.</p><a href="/newsletter-signup">Sign up</a></div>
{st_body(a.blocks[half:], nm, rng)}
{wire_line}
<p class="telegram-promo"><em>Join <a href="https://t.me/straitstimesbreaking">ST's Telegram channel</a> and get the latest breaking news delivered to you.</em></p>
</div>"""
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "dateModified": (up or a.when).isoformat(),
        "author": [{"@type": "Person", "name": n} for n, _ in cards],
        "publisher": {"@type": "Organization", "name": "The Straits Times"},
    }
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | The Straits Times</title>
<meta property="og:title" content="{esc(a.title)} | The Straits Times">
<meta property="og:site_name" content="The Straits Times">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a.when.isoformat()}">
<meta name="description" content="{esc(a.paras[0][:150])}">
{ld(jsonld)}
{head(rng, "st")}
</head>
<body class="page-node-type-article">
<header class="st-header"><a href="/" class="logo">The Straits Times</a>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/singapore">Singapore</a></li><li><a href="/asia">Asia</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/life">Life</a></li><li><a href="/multimedia/video">Videos</a></li><li><a href="/search?searchkey=">Search</a></li></ul></nav>
<ul class="mega-menu">{filler_nav(rng, "/", ["Singapore Politics", "Housing", "Transport", "Courts & Crime", "Health", "Education", "Environment", "Community", "Business", "Tech", "Sport", "Podcasts", "ePaper", "Newsletters"])}</ul>
<a class="subscribe-btn" href="/subscribe">Subscribe</a></header>
<main class="layout-main"><div class="breadcrumb"><a href="/">Home</a> / <a href="/{a.path.split("/")[1]}">{a.path.split("/")[1].replace("-", " ").title()}</a></div>
<article class="node-article">
{main}
<div class="topic-tags"><h3>Topics</h3>{topics}</div>
{rel}
</article>
<section class="ymal outbrain"><h2>You may also like</h2><ul>{ymal}</ul></section>
<aside class="sidebar"><div class="most-read"><h3>Most Read</h3><ol>{most}</ol></div><div class="ad-slot">Advertisement</div></aside>
</main>
<footer class="st-footer"><ul><li><a href="/about-us">About Us</a></li><li><a href="/contact-us">Contact Us</a></li><li><a href="/terms">Terms &amp; Conditions</a></li><li><a href="/privacy">Privacy Policy</a></li></ul><p>MCI (P) 058/10/2023. Published by SPH Media Limited. Co. Regn. No. 202120748H. Copyright &copy; {a.when.year} SPH Media Limited. All rights reserved.</p></footer>
</body>
</html>
"""
    return encode(page)


# --- 2. The Star ---------------------------------------------------------------------------------
def star_byline(a: Art) -> str:
    st = a.x["style"]
    up = [n.upper() for n in a.authors]
    if st == "bernama":
        return ""
    if st == "three":
        return f"By {up[0]}, {up[1]} and {up[2]}"
    if st == "two":
        return f"By {up[0]} and {up[1]}"
    if st == "desk":
        return (
            f"By {up[0]} / StarMetro" if "metro" in a.path else f"By {up[0]} / The Star News Desk"
        )
    return f"By {up[0]}"


def star_body(a: Art, rng: random.Random) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<div class="story-image"><img src="{b.src}" alt="{esc(b.text)}"><p class="caption">{esc(b.text)}. &mdash; {rng.choice(["Filepic", "Bernama", "The Star"])}</p></div>'
            )
    if a.x["style"] == "bernama":
        out.append("<p>&mdash; Bernama</p>")
    return "\n".join(out)


def star_page(site: Site51, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    byline = star_byline(a)
    section = "Metro News" if "metro" in a.path else "Nation"
    stamp = f"{a.when:%A, %d %b %Y} {ampm(a.when, pad=False)} MYT"
    rel = ""
    if a.related:
        rel = f'<div class="related-article"><h3>Related stories:</h3><ul>{lis([site.by_path[p] for p in a.related])}</ul></div>'
    trending = lis(others(site, a, 5, "trend"))
    ymal = lis(others(site, a, 4, "ymal", "star"))
    author_meta = ", ".join(a.authors)
    if old:
        info = f'<div class="credit">{esc(byline)}</div><p class="date">Published: {a.when:%A}, {a.when.day} {a.when:%B %Y} {ampm(a.when, pad=False)}</p>'
    else:
        info = (
            f'<div class="credit"><a href="/authors?q={a.authors[0].replace(" ", "+")}" class="byline">{esc(byline)}</a></div>'
            if byline
            else ""
        ) + f'<p class="date">{stamp}</p>'
    jsonld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "author": {"@type": "Person", "name": author_meta}
        if author_meta
        else {"@type": "Organization", "name": "Bernama"},
    }
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | The Star</title>
<meta name="description" content="{esc(a.paras[0][:140])}">
<meta property="og:title" content="{esc(a.title)}">
<meta name="content_type" content="article">
<meta name="content_author" content="{esc(author_meta)}">
<meta name="content_category" content="{section}">
{ld(jsonld)}
{head(rng, "star", 240)}
<script>var dataLayer = dataLayer || []; dataLayer.push({{"articleId":"{a.x["num"]}","section":"{section}","author":"{esc(author_meta)}","premium":false}});</script>
</head>
<body>
<div class="top-strip"><a href="/">The Star</a> <a href="https://www.thestar.example/ePaper">ePaper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Login</a></div>
<nav class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/news/nation">Nation</a></li><li><a href="/news/metro/metro-news">Metro</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/lifestyle">Lifestyle</a></li><li><a href="/photos">Photos</a></li><li><a href="/search?q=">Search</a></li></ul>
<ul class="sub">{filler_nav(rng, "/", ["Nation", "World", "Columnists", "Regional", "Education", "StarPlus", "Letters", "Focus", "Environment", "Aseanplus", "Tech", "Property"])}</ul></nav>
<div class="container"><div class="row"><div class="col-main">
<div class="kicker"><a href="/news/nation">{section}</a></div>
<h1 class="headline story-title">{esc(a.title)}</h1>
<div class="story-info">{info}</div>
<div class="sharing"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <span class="font-size">Font size</span></div>
<div id="story-body" class="story bot-15 relative">
{star_body(a, rng)}
</div>
<div class="ad-slot">Advertisement</div>
<div class="tag-list"><span>Tags / Keywords:</span> <a href="/tag/{a.x["ctx"]["place"].lower().replace(" ", "-")}">{esc(a.x["ctx"]["place"])}</a></div>
{rel}
<div class="report-it"><p>Report it to us. Spotted an error? Email <a href="mailto:newsdesk@thestar.example">newsdesk@thestar.example</a></p></div>
<div class="comment-area"><h3>Comments</h3><p>Please login to comment.</p></div>
<div class="taboola"><h3>You may also like</h3><ul>{ymal}</ul></div>
</div>
<aside class="col-side"><div class="trending"><h3>Trending in Nation</h3><ol>{trending}</ol></div><div class="ad-slot">Advertisement</div></aside>
</div></div>
<footer><ul><li><a href="/about-us">About Us</a></li><li><a href="/contact-us">Contact Us</a></li><li><a href="/privacy">Privacy Statement</a></li></ul><p>Copyright &copy; 1995-{a.when.year} Star Media Group Berhad [197101000523 (10894-D)]</p></footer>
</body>
</html>
"""
    return encode(page)


# --- 3. Philippine Daily Inquirer ------------------------------------------------------------------
def inq_byline(a: Art, rng: random.Random) -> str:
    st, nm = a.x["style"], a.x["nm"]
    if st == "wire":
        return f'<span class="wire">{esc(a.x["wire"])}</span>'
    if st == "two":
        return f'By: <a href="/byline/{nm[0].lower().replace(" ", "-")}">{esc(nm[0])}</a>, <a href="/byline/{nm[1].lower().replace(" ", "-")}">{esc(nm[1])}</a> - @inquirerdotnet'
    from .pools import HANDLES

    role = INQ_ROLES[a.i % len(INQ_ROLES)]
    return f'By: <a href="/byline/{nm[0].lower().replace(" ", "-")}">{esc(nm[0])}</a> - {role} / <a href="https://twitter.example/{HANDLES[nm[0]][1:]}">{HANDLES[nm[0]]}</a>'


def inq_page(site: Site51, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, nm = a.x["old"], a.x["nm"]
    outlet = "Philippine Daily Inquirer" if a.i % 2 else "INQUIRER.net"
    stamp = f"{outlet} / {ampm(a.when)} {a.when:%B %d, %Y}"
    paras = []
    rel = list(a.related)
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            paras.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            paras.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            paras.append(
                f'<div id="attachment_{a.x["num"] + k}" class="wp-caption aligncenter"><img src="{b.src}" alt="" width="640" height="400"><p class="wp-caption-text">{esc(b.text)}. INQUIRER PHOTO / {esc(nm[3].upper())}</p></div>'
            )
        if rel and k in (2, 5, 8):
            r = site.by_path[rel.pop(0)]
            paras.append(f'<p><strong>READ: <a href="{r.path}">{esc(r.title)}</a></strong></p>')
    for p in rel:
        r = site.by_path[p]
        paras.append(f'<p><strong>READ: <a href="{r.path}">{esc(r.title)}</a></strong></p>')
    if a.x["style"] == "reports":
        paras.append(f"<p><em>With reports from {esc(nm[2])} and {esc(nm[3])}</em></p>")
    if a.x["style"] == "wire":
        paras.append(
            f"<p>/{ {'Agence France-Presse': 'afp', 'Associated Press': 'ap'}.get(a.x['wire'], 'reuters') }</p>"
        )
    body = "\n".join(paras)
    trending = lis(others(site, a, 5, "trend", "inq"))
    most = lis(others(site, a, 6, "most", "rap"))
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or [{"@type": "Organization", "name": a.x["wire"]}],
    }
    cls = "art_body_wrap" if old else "article_content"
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a.title)} | Inquirer News</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="INQUIRER.net">
<meta property="article:published_time" content="{a.when.isoformat()}">
{ld(jsonld)}
{head(rng, "inq", 240)}
</head>
<body class="post-template-default single single-post">
<div id="top-bar"><a href="/">INQUIRER.net</a> <a href="/newsinfo/category/latest-stories">Latest Stories</a> <a href="/search?q=">Search</a></div>
<nav id="inq_nav"><ul><li><a href="/">News</a></li><li><a href="/newsinfo/category/latest-stories">Latest</a></li><li><a href="/tag/metro">Metro</a></li><li><a href="/tag/regions">Regions</a></li><li><a href="/about-us">About</a></li></ul>
<ul class="mega">{filler_nav(rng, "/", ["Nation", "Metro", "Regions", "Global Nation", "Business", "Sports", "Entertainment", "Lifestyle", "Technology", "Opinion", "Bandera", "Cebu Daily News", "Pinoy Abroad"])}</ul></nav>
<div id="inq_main"><div id="{cls}">
<div id="art-head-group"><h1 class="entry-title">{esc(a.title)}</h1>
<div id="art_author">{inq_byline(a, rng)}</div>
<div id="art_plat">{stamp}</div></div>
<div id="sharebtns"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Messenger</a></div>
<div id="FOR_target_content">
{body}
</div>
<div id="newsletter-box"><p><strong>Subscribe to our daily newsletter</strong></p><form action="/newsletter"><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p>By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</p></div>
<div class="tags">TAGS: <a href="/tag/metro">Metro</a>, <a href="/tag/{a.x["ctx"]["place"].lower().replace(" ", "-")}">{esc(a.x["ctx"]["place"])}</a></div>
<div id="fb-comments"><h3>Comments</h3><p>Disclaimer: Comments do not represent the views of INQUIRER.net.</p></div>
</div>
<aside id="sidebar"><div class="widget trending"><h3>Trending</h3><ol>{trending}</ol></div><div class="widget most-read"><h3>Most Read</h3><ol>{most}</ol></div></aside>
</div>
<footer id="inq_footer"><a href="/about-us">About Us</a> | <a href="/contact-us">Contact Us</a> | <a href="/privacy">Privacy Policy</a><p>&copy; Copyright 1997-{a.when.year} INQUIRER.net | All Rights Reserved</p></footer>
</body>
</html>
"""
    return encode(page)


# --- 4. Rappler (Next.js) --------------------------------------------------------------------------
def rap_content(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        else:
            out.append(
                f'<figure class="wp-block-image"><img src="{b.src}" alt=""><figcaption>{esc(b.text)}. Photo by {esc(a.x["nm"][3])}/Rappler</figcaption></figure>'
            )
    st = a.x["style"]
    if st == "reports":
        out.append(f"<p>&ndash; with reports from {esc(a.x['nm'][2])}/Rappler.com</p>")
    elif st == "wire":
        out.append(f"<p>&ndash; {WIRE_LONG[a.x['wire']]}/Rappler.com</p>")
    else:
        out.append("<p>&ndash; Rappler.com</p>")
    return "".join(out)


def rap_page(site: Site51, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    up = a.x["updated"]
    content = rap_content(a)
    tiles = [WIRE_LONG[a.x["wire"]]] if a.x["style"] == "wire" else a.authors
    authors = "".join(
        f'<a class="post-single__author" href="/author/{n.lower().replace(" ", "-")}/">{esc(n)}</a>'
        for n in tiles
    )
    rel = ""
    related = [site.by_path[p] for p in a.related]
    if related:
        rel = f'<section class="related-stories"><h3>Related Stories</h3><ul>{lis(related)}</ul></section>'
    must = lis(others(site, a, 5, "must"))
    trend = lis(others(site, a, 5, "trend", "inq"))
    stamp = f'<time datetime="{a.when.isoformat()}">Published {ampm(a.when, pad=False)}, {a.when:%B %d, %Y}</time>'
    if up:
        stamp += f' <time class="updated" datetime="{up.isoformat()}">Updated {ampm(up, pad=False)}, {up:%B %d, %Y}</time>'
    data = {
        "props": {
            "pageProps": {
                "post": {
                    "id": a.x["num"],
                    "title": a.title,
                    "slug": a.path.strip("/").split("/")[-1],
                    "date": a.when.strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_gmt": zstamp(a.when).rstrip("Z"),
                    "modified": (up or a.when).strftime("%Y-%m-%dT%H:%M:%S"),
                    "content": content,
                    "authors": [{"name": n, "slug": n.lower().replace(" ", "-")} for n in tiles],
                    "related": [{"title": r.title, "link": r.path} for r in related],
                },
                "mustReads": [
                    {"title": r.title, "link": r.path} for r in others(site, a, 5, "must")
                ],
            },
            "__N_SSP": True,
        },
        "page": "/[...slug]",
        "query": {"slug": a.path.strip("/").split("/")},
        "buildId": f"{rng.getrandbits(48):012x}",
        "isFallback": False,
        "gssp": True,
    }
    section = a.path.split("/")[1]
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(a.title)}</title>
<meta property="og:title" content="{esc(a.title)}"/><meta property="og:site_name" content="Rappler"/><meta property="article:published_time" content="{a.when.isoformat()}"/>
{head(rng, "rap", 240)}
<link rel="preload" href="/_next/static/chunks/main-{rng.getrandbits(32):08x}.js" as="script"/></head>
<body><div id="__next"><header class="masthead"><a href="/" class="masthead__logo">Rappler</a><nav><ul><li><a href="/philippines/">Philippines</a></li><li><a href="/nation/">Nation</a></li><li><a href="/topic/west-philippine-sea/">West Philippine Sea</a></li><li><a href="/video/">Video</a></li><li><a href="/about-rappler/">About</a></li></ul></nav>
<ul class="masthead__mega">{filler_nav(rng, "/", ["Newsbreak", "Business", "Sports", "Entertainment", "Life & Style", "Voices", "Environment", "Technology", "Rappler+", "Fact Check", "Elections"])}</ul></header>
<main class="post-single"><div class="post-single__breadcrumb"><a href="/{section}/">{section.title()}</a></div>
<h1 class="post-single__title">{esc(a.title)}</h1>
<div class="post-single__authors">{authors}</div>
<div class="post-single__timestamp">{stamp}</div>
<div class="post-single__share"><button>Facebook</button><button>Twitter</button><button>Copy link</button></div>
<div class="post-single__content entry-content">{content}</div>
<div class="rappler-plus-box"><p>Add a comment</p><p>How does this make you feel?</p></div>
{rel}
<section class="must-reads"><h3>Must Reads</h3><ul>{must}</ul></section>
<aside><h3>Trending</h3><ol>{trend}</ol></aside></main>
<footer><a href="/about-rappler/">About Rappler</a> | <a href="/contact-us/">Contact Us</a><p>&copy; Copyright {a.when.year} Rappler. All rights reserved</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script>
</body></html>
"""
    return encode(page)


# --- 5. VnExpress International ---------------------------------------------------------------------
def vne_page(site: Site51, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, st = a.x["old"], a.x["style"]
    who = a.x["wire"] if st == "wire" else ", ".join(a.authors)
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p class="Normal">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p class="Normal"><strong>{esc(b.text)}</strong></p>')
        else:
            credit = rng.choice(
                [
                    f"Photo by VnExpress/{a.x['nm'][3]}",
                    "Photo by Reuters",
                    "Photo courtesy of the city People's Committee",
                ]
            )
            out.append(
                f'<figure class="tplCaption"><div class="fig-picture"><img src="{b.src}" alt="{esc(b.text)}"></div><figcaption><p class="Image">{esc(b.text)}. {esc(credit)}</p></figcaption></figure>'
            )
    body = "\n".join(out)
    rel = ""
    if a.related:
        rel = f'<div class="box_readmore"><h4>Read more</h4><ul class="list_title">{lis([site.by_path[p] for p in a.related])}</ul></div>'
    most = lis(others(site, a, 6, "most"))
    if old:
        info = f'<div class="author">By {esc(who)}</div><div class="date">{a.when:%A}, {mday(a.when)}, {a.when:%H:%M} (GMT+7)</div>'
    else:
        info = f'<div class="author_top"><span class="author">By <a href="/author/{who.lower().replace(" ", "-").replace(",", "")}">{esc(who)}</a></span>&nbsp;&nbsp;&nbsp;<span class="date">{a.when:%B} {a.when.day}, {a.when:%Y} | {ampm(a.when, upper=False)} GMT+7</span></div>'
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} - VnExpress International</title>
<meta name="pubdate" itemprop="datePublished" content="{a.when.isoformat()}">
<meta name="its_publication" content="{int(a.when.timestamp())}">
<meta property="og:title" content="{esc(a.title)} - VnExpress International">
<meta name="its_author" content="{esc(who)}">
{head(rng, "vne", 240)}
</head>
<body>
<header class="header"><a href="/" class="logo">VnExpress International</a><nav class="main-nav"><ul><li><a href="/news/news">News</a></li><li><a href="/news/business/economy">Business</a></li><li><a href="/video">Video</a></li><li><a href="/search?q=">Search</a></li></ul><ul class="sub">{filler_nav(rng, "/", ["News", "Politics", "Traffic", "Environment", "Crime", "Business", "Economy", "Companies", "Property", "Travel", "Life", "Sports", "Perspectives"])}</ul></nav></header>
<section class="container"><div class="sidebar_1">
<div class="breadcrumb"><a href="/news/news">News</a></div>
<h1 class="title_post">{esc(a.title)}</h1>
{info}
<div class="fck_detail">
{body}
</div>
<div class="social_share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
{rel}
<div class="box_comment_vne"><h3>Comments</h3><p>Be the first to comment.</p></div>
</div>
<div class="sidebar_2"><div class="box_most_view"><h3>Most Viewed</h3><ol>{most}</ol></div></div></section>
<footer class="footer"><a href="/about-us">About Us</a> | <a href="/contact-us">Contact</a><p>&copy; Copyright 1997-{a.when.year} VnExpress.net, All rights reserved</p></footer>
</body>
</html>
"""
    return encode(page)


PAGES = {"st": st_page, "star": star_page, "inq": inq_page, "rap": rap_page, "vne": vne_page}


def register(site: Site51) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))


__all__ = ["LABELS", "PAGES", "latest", "lis", "register"]
