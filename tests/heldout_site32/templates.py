"""Site 32's article templates: Naperville Patch (the 2024 Next.js layout and the 2019 layout),
FOX 8 Cleveland (Nexstar on WordPress VIP), KOMO News (Sinclair), The Colorado Sun (Newspack)
and the San Francisco Chronicle (Hearst, the 2024 layout and the 2019 layout)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import consent, css, encode, esc, gtm, hashes, ld, page_rng, script_json

if TYPE_CHECKING:
    from .generator import Site32

LABELS = {
    "patch": "Naperville Patch",
    "fox": "FOX 8 Cleveland WJW",
    "sinclair": "KOMO News",
    "newspack": "The Colorado Sun",
    "hearst": "San Francisco Chronicle",
}


def slugname(name: str) -> str:
    return name.lower().replace(" ", "-").replace(".", "")


def author_path(tpl: str, name: str) -> str:
    """A writer's page on the sites that link bylines (Sinclair's bylines link nowhere)."""
    if tpl == "patch":
        return f"/users/{slugname(name)}"
    return f"/author/{slugname(name)}/"


def writers(site: Site32, tpl: str) -> dict[str, list[Art]]:
    """The linked writers of a template and their stories."""
    out: dict[str, list[Art]] = {}
    for a in site.of(tpl):
        names = list(a.authors)
        if tpl == "fox" and a.x["style"] in ("nmw", "wire"):
            names = []  # wire writers are printed, not linked
        if tpl == "hearst" and a.x["style"] == "ap":
            names = []
        for n in names:
            out.setdefault(n, []).append(a)
    return out


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(rng: random.Random, site: Site32, a: Art, k: int, tpl: str | None = None) -> list[Art]:
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def rel(site: Site32, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def body(
    a: Art,
    para: Callable[[str, int], str],
    sub: Callable[[str], str],
    fig: Callable[[Block], str],
    after: Callable[[int], str] | None = None,
) -> str:
    out = []
    k = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(para(b.text, k))
            k += 1
            if after is not None:
                out.append(after(k))
        elif b.kind == "h":
            out.append(sub(b.text))
        else:
            out.append(fig(b))
    return "\n".join(out)


def npara(a: Art) -> int:
    return sum(1 for b in a.blocks if b.kind == "p")


def h12(w: datetime) -> tuple[int, str]:
    return (w.hour % 12 or 12), ("AM" if w.hour < 12 else "PM")


def count(label: str, n: int) -> str:
    """Patch's action labels: "Reply", "Reply (3)"."""
    return f"{label} ({n})" if n else label


def updated(a: Art) -> datetime:
    return a.when + timedelta(minutes=a.x.get("upd") or 0)


# --- Patch ------------------------------------------------------------------------------
PATCH_TOWNS = [("naperville", "Naperville"), ("aurora", "Aurora"), ("wheaton", "Wheaton")]
BUSINESSES = [
    ("Two Bostons Pet Boutique", "Pet Services", "24 W Chicago Ave, Naperville, IL"),
    ("Frontier Dental Group", "Dentist", "1163 E Ogden Ave, Naperville, IL"),
    ("Quigley Roofing & Gutters", "Roofing", "1300 Iroquois Ave, Naperville, IL"),
    ("Hollister Family Law", "Attorney", "55 S Main St, Naperville, IL"),
    ("Sunrise Kumon Center", "Tutoring", "2815 Forgue Dr, Naperville, IL"),
    ("Riverwalk Realty Partners", "Real Estate", "111 W Jackson Ave, Naperville, IL"),
]
NEIGHBOR_POSTS = [
    ("Lost cat near Knoch Park — gray tabby, answers to Pepper", "Neighbor Posts", 14),
    ("Anyone know why the Ogden Ave. lights were out last night?", "Neighbor Posts", 9),
    ("Free moving boxes, pick up on the porch", "Classifieds", 2),
    ("Looking for a reliable lawn service recommendation", "Neighbor Posts", 31),
    ("Garage sale Saturday 8-2, lots of kids' clothes", "Classifieds", 0),
    ("Thank you to whoever returned my wallet at Trader Joe's", "Neighbor Posts", 22),
]


def patch_when(w: datetime) -> str:
    h, ap = h12(w)
    return f"{w:%a}, {w:%b} {w.day}, {w.year} at {h}:{w:%M} {ap.lower()} CT"


def patch_sc(rng: random.Random, name: str) -> str:
    return f"styles_{name}__{''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') for _ in range(5))}"


def patch_chrome(
    site: Site32,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    town: tuple[str, str] = PATCH_TOWNS[0],
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li><a href="/illinois/{t}" class="{patch_sc(rng, "NavLink")}">{esc(n)}</a></li>'
        for t, n in PATCH_TOWNS
    )
    tabs = "".join(
        f'<a class="{patch_sc(rng, "Tab")}" href="{h}">{esc(t)}</a>'
        for h, t in [
            (f"/illinois/{town[0]}", "News Feed"),
            (f"/illinois/{town[0]}#neighbor-posts", "Neighbor Posts"),
            ("/illinois/naperville/classifieds", "Classifieds"),
            (f"/illinois/{town[0]}#calendar", "Calendar"),
            (f"/illinois/{town[0]}#local-businesses", "Local Businesses"),
            (f"/illinois/{town[0]}#real-estate", "Real Estate"),
        ]
    )
    foot = "".join(
        f'<li><a href="/about-patch#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "About Patch",
            "Careers",
            "Terms of Use",
            "Privacy Policy",
            "Community Guidelines",
            "Advertise on Patch",
            "Help Center",
            "Patch Rewards",
            "Do Not Sell My Personal Information",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"/><meta property="og:site_name" content="Patch"/><meta name="twitter:site" content="@patch"/>{head_extra}
<style data-emotion="css" data-s="">{css(rng, "styles", 420, "util")}</style>
<script>{gtm("PATCH32")}{consent("patch")}window.patch = window.patch || {{}};patch.ads = {{gamNetwork:"/1015136/Patch",refresh:true,lazy:{{fetchMarginPercent:200,renderMarginPercent:100}}}};</script>
</head><body><div id="__next"><div class="{patch_sc(rng, "Page")}">
<header class="{patch_sc(rng, "Header")}"><div class="{patch_sc(rng, "Header__Top")}"><a href="/" aria-label="Patch home" class="{patch_sc(rng, "Logo")}"><svg viewBox="0 0 72 24" width="72" height="24"><path d="M0 0h18v24H0z"></path></svg></a>
<a href="/illinois/{town[0]}" class="{patch_sc(rng, "CommunityName")}">{esc(town[1])}, IL</a>
<a href="/illinois/{town[0]}#subscribe" class="{patch_sc(rng, "Subscribe")}">Subscribe</a><a href="/illinois/{town[0]}#login" class="{patch_sc(rng, "Login")}">Log in</a></div>
<nav aria-label="Nearby communities" class="{patch_sc(rng, "Nav")}"><span>Nearby:</span><ul>{nav}</ul></nav>
<nav aria-label="Community" class="{patch_sc(rng, "Tabs")}">{tabs}</nav></header>
<main id="main" class="{patch_sc(rng, "Main")}">{main}</main>
<footer class="{patch_sc(rng, "Footer")}"><ul>{foot}</ul><p>&copy; 2024 Patch Media. All Rights Reserved.</p></footer></div></div>
{tail}</body></html>"""
    return encode(page)


def _patch_rail(site: Site32, rng: random.Random, a: Art) -> str:
    biz = "".join(
        f'<li class="{patch_sc(rng, "BusinessCard")}"><a href="/illinois/naperville/classifieds#biz-{k}"><h4>{esc(n)}</h4><span class="{patch_sc(rng, "BusinessCard__Category")}">{esc(c)}</span><address>{esc(addr)}</address></a><span class="{patch_sc(rng, "Sponsored")}">Featured Local Business</span></li>'
        for k, (n, c, addr) in enumerate(rng.sample(BUSINESSES, 4))
    )
    posts = "".join(
        f'<li class="{patch_sc(rng, "NeighborPost")}"><span class="{patch_sc(rng, "NeighborPost__Label")}">{esc(lab)}</span><p class="{patch_sc(rng, "NeighborPost__Text")}">{esc(t)}</p><span class="{patch_sc(rng, "NeighborPost__Author")}">{esc(rng.choice(["Neighbor", "Patch Poster", "Resident"]))}</span> <a href="/illinois/naperville/classifieds#post-{k}" class="{patch_sc(rng, "Reply")}">{count("Reply", n)}</a></li>'
        for k, (t, lab, n) in enumerate(rng.sample(NEIGHBOR_POSTS, 4))
    )
    more = "".join(
        f'<li><a href="{b.path}" class="{patch_sc(rng, "CardLink")}">{esc(b.title)}</a></li>'
        for b in others(rng, site, a, 5)
    )
    return f"""<aside class="{patch_sc(rng, "Rail")}"><section class="{patch_sc(rng, "Ad")}"><span>Advertisement</span><div id="gam-rail-1"></div></section>
<section class="{patch_sc(rng, "Businesses")}"><h3>Local Businesses</h3><ul>{biz}</ul><a href="/illinois/naperville/classifieds#promote">Promote your business</a></section>
<section id="neighbor-posts" class="{patch_sc(rng, "NeighborPosts")}"><h3>Neighbor Posts</h3><ul>{posts}</ul><a href="/illinois/naperville/classifieds">See all posts</a></section>
<section class="{patch_sc(rng, "MoreFrom")}"><h3>More from {esc(a.x["town"][1])}</h3><ul>{more}</ul></section></aside>"""


def patch(site: Site32, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return patch_2019(site, a, rng)
    x = a.x
    town = x["town"]
    style = x["style"]

    def card(name: str, role: str) -> str:
        p = author_path("patch", name)
        return f'<div class="{patch_sc(rng, "Byline")}"><a href="{p}"><img src="https://patch.example/img/cdn20/users/{sum(map(ord, name))}/avatar.jpg" alt="Profile picture for {esc(name)}" width="40" height="40"/></a><div class="{patch_sc(rng, "Byline__Text")}"><a href="{p}" class="{patch_sc(rng, "Byline__Author")}">{esc(name)}</a>,<span class="{patch_sc(rng, "Byline__Role")}"> {esc(role)}</span></div></div>'

    if style == "two":
        by = card(x["nm"][0], "Patch Staff") + card(x["nm"][1], "Patch Staff")
    elif style == "natl":
        by = card(x["natl"], "Patch National Staff")
    elif style == "desk":
        by = f'<div class="{patch_sc(rng, "Byline")}"><img src="https://patch.example/img/patch-logo-square.png" alt="Patch" width="40" height="40"/><div class="{patch_sc(rng, "Byline__Text")}"><span class="{patch_sc(rng, "Byline__Author")}">Patch Staff</span></div></div>'
    else:
        by = card(x["nm"][0], "Patch Staff")
    stamp = f'<h6 class="{patch_sc(rng, "Timestamp")}">Posted {patch_when(a.when)}</h6>'
    if x["upd"]:
        stamp += f'<span class="{patch_sc(rng, "Timestamp__Divider")}">|</span><h6 class="{patch_sc(rng, "Timestamp")}">Updated {patch_when(updated(a))}</h6>'
    replies = x["replies"]
    actions = f'<div class="{patch_sc(rng, "ActionBar")}"><button class="{patch_sc(rng, "Thank")}">{count("Thank", x["thanks"])}</button><a href="#comments" class="{patch_sc(rng, "Reply")}">{count("Reply", replies)}</a><button class="{patch_sc(rng, "Share")}">Share</button></div>'
    rels = rel(site, a)
    spots = [min(p, npara(a)) for p in (2, 5)]

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2><strong>{esc(t)}</strong></h2>"

    def fig(b: Block) -> str:
        return f'<figure class="{patch_sc(rng, "Figure")}"><img src="https://patch.example/img/cdn20/users/{b.src}/20240508/{b.src[:6]}.jpg?width=725" alt="{esc(b.text)}" loading="lazy"/><figcaption><span class="{patch_sc(rng, "Caption")}">{esc(b.text)}</span> <span class="{patch_sc(rng, "Credit")}">({esc(b.credit)})</span></figcaption></figure>'

    def after(k: int) -> str:
        out = "".join(
            f'<p><strong>RELATED:</strong> <a href="{b.path}">{esc(b.title)}</a></p>'
            for j, b in enumerate(rels)
            if spots[j] == k
        )
        if k == 3:
            out += f'<div class="{patch_sc(rng, "InlineSubscribe")}"><p>Get more local news delivered straight to your inbox. <a href="/illinois/{town[0]}#subscribe">Sign up for free Patch newsletters and alerts.</a></p></div>'
        return out

    story = body(a, para, sub, fig, after)
    main = f"""<div class="{patch_sc(rng, "Layout")}"><article class="{patch_sc(rng, "Article")}">
<header class="{patch_sc(rng, "ArticleHeader")}"><a href="/illinois/{town[0]}" class="{patch_sc(rng, "Section")}">Local News</a>
<h1 class="{patch_sc(rng, "Title")}">{esc(a.title)}</h1>
<h6 class="{patch_sc(rng, "Deck")}">{esc(x["deck"])}</h6>
{by}
<div class="{patch_sc(rng, "Timestamps")}">{stamp}</div>
{actions}</header>
<section class="{patch_sc(rng, "HTMLContent")}" data-testid="article-body">
{story}
</section>
<div class="{patch_sc(rng, "Subscribe")}"><h3>Subscribe</h3><p>The latest news from {esc(town[1])} Patch, straight to your inbox.</p><form action="/illinois/{town[0]}#subscribe"><input type="email" placeholder="Your email"/><button>Subscribe</button></form></div>
{actions}
<section id="comments" class="{patch_sc(rng, "Comments")}"><h3>{replies} {"Reply" if replies == 1 else "Replies"}</h3><p class="{patch_sc(rng, "Rules")}">The rules of replying: Be respectful. This is a space for friendly local discussions. No racist, discriminatory, vulgar or threatening language will be tolerated. Be transparent. Use your real name, and back up your claims. Keep it local and relevant.</p><button>Log in to reply</button></section>
</article>
{_patch_rail(site, rng, a)}</div>"""
    names = [{"@type": "Person", "name": n} for n in a.authors] or [
        {"@type": "Organization", "name": "Patch"}
    ]
    head = f'<meta name="description" content="{esc(x["deck"])}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{a.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"/>'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "dateModified": updated(a).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "author": names,
            "publisher": {"@type": "Organization", "name": "Patch"},
            "mainEntityOfPage": site.base + a.path,
        }
    )
    nd = {
        "props": {
            "pageProps": {
                "article": {
                    "id": sum(map(ord, a.path)) * 31,
                    "title": a.title,
                    "deck": x["deck"],
                    "publishedAt": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "author": {"displayName": a.authors[0] if a.authors else "Patch Staff"},
                    "patch": {"name": f"{town[1]}, IL Patch", "slug": f"illinois/{town[0]}"},
                    "replyCount": replies,
                }
            }
        },
        "page": "/[state]/[patch]/[slug]",
        "buildId": f"{rng.getrandbits(48):012x}",
    }
    tail = f'<script id="__NEXT_DATA__" type="application/json">{script_json(nd)}</script>'
    return patch_chrome(
        site, rng, f"{a.title} | {town[1]}, IL Patch", a.path, main, town, head, tail
    )


def patch_2019(site: Site32, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    town = x["town"]
    who = x["natl"] if x["style"] == "natl" else x["nm"][0]
    role = "Patch National Staff" if x["style"] == "natl" else "Patch Staff"
    h, ap = h12(a.when)
    printed = f"{a.when:%b} {a.when.day}, {a.when.year} {h}:{a.when:%M} {ap.lower()} CT"
    upd = ""
    if x["upd"]:
        u = updated(a)
        uh, uap = h12(u)
        upd = f' <span class="byline__updated">| Updated {u:%b} {u.day}, {u.year} {uh}:{u:%M} {uap.lower()} CT</span>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<p><strong>{esc(t)}</strong></p>"

    def fig(b: Block) -> str:
        return f'<div class="image-container"><img class="article-image" src="https://patch.example/img/cdn/users/{b.src}/2019/05/{b.src[:8]}.jpg" alt=""><div class="image-caption"><span class="caption-text">{esc(b.text)}</span> <span class="caption-credit">(Image via {esc(b.credit)})</span></div></div>'

    story = body(a, para, sub, fig)
    related = ""
    if a.related:
        related = "".join(
            f'<p><strong>Related:</strong> <a href="{b.path}">{esc(b.title)}</a></p>'
            for b in rel(site, a)
        )
    more = "".join(
        f'<li class="more-from__item"><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(rng, site, a, 5)
    )
    main = f"""<div class="page-container"><div class="row"><div class="col-md-8 article-column"><article class="patch-article" itemscope itemtype="http://schema.org/NewsArticle">
<a class="article-category" href="/illinois/{town[0]}">Traffic &amp; Transit</a>
<h1 class="headline" itemprop="headline">{esc(a.title)}</h1>
<h2 class="subheadline">{esc(x["deck"])}</h2>
<div class="byline"><span class="byline__name" itemprop="author">By <a href="{author_path("patch", who)}">{esc(who)}</a>, {role}</span> | <time class="byline__date" itemprop="datePublished" datetime="{a.when.isoformat()}">{printed}</time>{upd}</div>
<div class="article-share-bar"><a class="share-facebook" href="#">Share</a><a class="share-twitter" href="#">Tweet</a><a class="share-email" href="#">Email</a><span class="reply-count">{count("Reply", x["replies"])}</span></div>
<div id="article-body" class="article-body" itemprop="articleBody">
{story}
{related}
</div>
<div class="newsletter-signup"><p>Subscribe to Patch's free daily newsletter and alerts.</p><a href="/illinois/{town[0]}#subscribe">Subscribe</a></div>
</article></div>
<div class="col-md-4 sidebar"><div class="ad-slot"><span>Advertisement</span></div><div class="more-from"><h3>More from {esc(town[1])}</h3><ul>{more}</ul></div></div></div></div>"""
    head = f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}">'
    return patch_chrome(site, rng, f"{a.title} | {town[1]}, IL Patch", a.path, main, town, head)


# --- Nexstar: FOX 8 Cleveland (WordPress VIP) -------------------------------------------
FOX_CATS = [
    ("local-news", "Local News"),
    ("ohio-news", "Ohio News"),
    ("crime", "Crime"),
    ("national", "National"),
]
FOX_NAV = ["News", "Weather", "Sports", "Video", "FOX 8 I-Team", "Contests", "Community", "Live"]


def fox_when(w: datetime) -> str:
    return f"{w:%b} {w.day}, {w.year} / {w:%I:%M %p} {w.tzname()}"


def fox_chrome(
    site: Site32,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    body_cls: str = "",
) -> tuple[bytes, str]:
    cats = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/news/{c}/">{esc(n)}</a></li>'
        for c, n in FOX_CATS
    )
    top = "".join(
        f'<li class="menu-item"><a href="{"/news/" if t == "News" else "/news/#" + slugname(t)}">{esc(t)}</a></li>'
        for t in FOX_NAV
    )
    foot = "".join(
        f'<li><a href="/about-fox8/#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "Contact Us",
            "Advertise",
            "Careers",
            "FCC Public File",
            "FCC Applications",
            "EEO Report",
            "Closed Captioning",
            "Privacy Policy",
            "Terms Of Use",
            "Do Not Sell or Share My Personal Information",
            "Nexstar CCPA Privacy Notice",
            "Public File Assistance Contact",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="FOX 8 Cleveland WJW">{head_extra}
<link rel="stylesheet" id="nexstar-style-css" href="https://fox8.example/wp-content/themes/nexstar/client/build/css/main.min.css?ver=1715190000" media="all">
<style id="nexstar-inline-css">{css(rng, "site", 380, "bem")}</style>
<script>{gtm("FOX832")}var nxsTrackingData = {{"site":"wjw","brand":"fox8","platform":"vip","pageType":"{"article" if body_cls else "list"}"}};</script>
</head><body class="{body_cls or "archive category"} wp-theme-nexstar"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="site-alerts"><div class="site-alert site-alert--weather"><a href="/news/#weather-alerts">Weather Alerts</a></div></div>
<header id="masthead" class="site-header"><div class="site-header__inner"><a href="/" class="site-header__logo" rel="home"><img src="https://fox8.example/wp-content/uploads/sites/12/2024/01/FOX8-logo.png" alt="FOX 8 Cleveland WJW"></a>
<div class="site-header__weather"><span class="site-header__temp">64&deg;</span> <a href="/news/#weather">Cleveland</a></div>
<a class="site-header__watch" href="/news/#live">Watch Now</a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><ul class="menu">{top}</ul><ul class="sub-menu">{cats}</ul></nav></header>
<div id="primary" class="content-area">{main}</div>
<footer class="site-footer"><div class="site-footer__logo"><a href="/">FOX 8 Cleveland WJW</a></div><ul class="site-footer__menu">{foot}</ul>
<p class="site-footer__copyright">&copy; 1998 - 2024 Nexstar Media Inc. | All Rights Reserved.</p></footer></body></html>"""
    return encode(page)


def _fox_list(rng: random.Random, arts: list[Art], label: str, cls: str) -> str:
    items = "".join(
        f'<article class="article-list__article"><div class="article-list__article-thumb"><a href="{b.path}"><img src="https://fox8.example/wp-content/uploads/sites/12/2024/05/{b.x["pid"]}.jpg?w=160" alt=""></a></div><h3 class="article-list__article-title"><a href="{b.path}" class="article-list__article-link">{esc(b.title)}</a></h3></article>'
        for b in arts
    )
    return f'<section class="article-list article-list--{cls}"><h2 class="article-list__heading">{esc(label)}</h2><div class="article-list__content">{items}</div></section>'


def fox(site: Site32, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]

    def link(n: str) -> str:
        return f'<a href="{author_path("fox", n)}" class="article-authors__link">{esc(n)}</a>'

    nm = x["nm"]
    by = {
        "one": link(nm[0]),
        "two": f"{link(nm[0])}, {link(nm[1])}",
        "nmw": f"{esc(x['wire'])}, Nexstar Media Wire",
        "wire": f"{esc(x['wire'])}, The Hill",
        "desk": "FOX 8 Digital Desk",
        "nmw_only": "Nexstar Media Wire",
        "cnn": "CNN Wire",
        "ap": "The Associated Press",
    }[style]
    meta = f'<p class="article-meta-item"><span>Posted: </span><time datetime="{a.when.isoformat()}">{fox_when(a.when)}</time></p>'
    meta += f'<p class="article-meta-item"><span>Updated: </span><time datetime="{updated(a).isoformat()}">{fox_when(updated(a))}</time></p>'
    media = ""
    if x["video"]:
        mid = "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8)
        )
        media = f"""<div class="article-featured-media article-featured-media--video"><div class="video-player-wrapper"><div id="jwplayer_{mid}" class="jwplayer__wrapper" data-jw-media-id="{mid}" data-autoplay="true"></div>
<script>window.nxsVideo = window.nxsVideo || [];nxsVideo.push({{"mediaid":"{mid}","playlist":"https://cdn.jwplayer.example/v2/media/{mid}","autostart":"viewable","mute":true,"advertising":{{"client":"googima","tag":"https://pubads.g.doubleclick.example/gampad/ads?iu=/5678/nxs.wjw/news"}}}});</script></div></div>"""

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block) -> str:
        return f'<figure class="wp-block-image size-large"><img src="https://fox8.example/wp-content/uploads/sites/12/{a.when:%Y/%m}/{b.src}.jpg?w=876" alt="" loading="lazy"><figcaption class="wp-element-caption">{esc(b.text)} <span class="wp-element-caption__credit">({esc(b.credit)})</span></figcaption></figure>'

    dont = others(rng, site, a, 3)

    def after(k: int) -> str:
        if k == 4 and npara(a) > 5:
            items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in dont)
            return f'<aside class="article-list article-list--dont-miss inline"><h2 class="article-list__heading">Don&#8217;t Miss</h2><ul>{items}</ul></aside>'
        if k == 2:
            return '<div class="ad-unit ad-unit--inarticle"><span class="ad-unit__label">Advertisement</span><div id="acm-ad-tag-mr1"></div></div>'
        return ""

    story = body(a, para, sub, fig, after)
    if style in ("cnn", "ap", "nmw", "nmw_only", "wire"):
        owner = {"cnn": "CNN", "ap": "The Associated Press", "wire": "Nexstar Media Inc."}.get(
            style, "Nexstar Media Inc."
        )
        story += f'\n<p class="article-copyright"><em>Copyright 2024 {owner}. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</em></p>'
    related = _fox_list(rng, rel(site, a), "Related Content", "related") if a.related else ""
    trending = _fox_list(rng, others(rng, site, a, 5), "Trending Stories", "trending")
    topst = _fox_list(
        rng, latest([b for b in site.of("fox") if b is not a])[:4], "Top Stories", "top-stories"
    )
    cat = x["cat"]
    main = f"""<main id="main" class="site-main"><article id="post-{x["pid"]}" class="article article--full post-{x["pid"]} post type-post status-publish format-standard has-post-thumbnail category-{cat[0]}">
<header class="article-header"><div class="article-kicker"><a href="/news/{cat[0]}/" class="article-kicker__link">{esc(cat[1])}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><p class="article-authors">by: {by}</p><div class="article-meta">{meta}</div>
<div class="article-share"><a class="article-share__link article-share__link--facebook" href="#">Share</a><a class="article-share__link article-share__link--twitter" href="#">Post</a><a class="article-share__link article-share__link--email" href="#">Email</a></div></div></header>
{media}
<div class="article-content article-body rich-text">
{story}
</div>
{related}
<div class="article-newsletter"><h3>Get the latest news, weather, sports, and streaming video for Northeast Ohio right to your inbox</h3><a href="/news/#newsletter">Sign up</a></div>
</article>
<aside class="sidebar">{trending}<div class="ad-unit"><span class="ad-unit__label">Advertisement</span></div>{topst}</aside>
<section class="video-now"><h2>Video Now</h2><ul>{"".join(f'<li><a href="/news/#video-{k}">{esc(t)}</a></li>' for k, t in enumerate(["Rain chances return for the weekend", "Crews battle house fire on west side", "Guardians beat Tigers in extra innings"]))}</ul></section></main>"""
    if style in ("cnn", "ap", "nmw_only", "desk"):
        ath = [{"@type": "Organization", "name": by}]
    else:
        ath = [{"@type": "Person", "name": n} for n in a.authors]
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{a.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"><meta property="article:modified_time" content="{updated(a).astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "headline": a.title,
                    "datePublished": a.when.isoformat(),
                    "dateModified": updated(a).isoformat(),
                    "author": ath,
                    "publisher": {"@type": "Organization", "name": "FOX 8 Cleveland WJW"},
                    "mainEntityOfPage": site.base + a.path,
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Home",
                            "item": site.base + "/",
                        },
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": cat[1],
                            "item": f"{site.base}/news/{cat[0]}/",
                        },
                    ],
                },
            ],
        }
    )
    return fox_chrome(
        site,
        rng,
        f"{a.title} | FOX 8 Cleveland WJW",
        a.path,
        main,
        head,
        f"post-template-default single single-post postid-{x['pid']} single-format-standard",
    )


# --- Sinclair: KOMO News ----------------------------------------------------------------
SIN_CATS = [("local", "Local"), ("local/crime", "Crime"), ("nation-world", "Nation & World")]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def sin_when(w: datetime) -> str:
    h, ap = h12(w)
    return f"{w:%a}, {w:%B} {ordinal(w.day)} {w.year} at {h}:{w:%M} {ap}"


def sin_sc(rng: random.Random, name: str) -> str:
    return f"index-module_{name}__{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(4))}"


def sin_chrome(
    site: Site32, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    sec = {n: f"/news/{c}" for c, n in SIN_CATS}
    nav = "".join(
        f'<li class="{sin_sc(rng, "navItem")}"><a href="{sec.get(t, "/news/local#" + slugname(t))}">{esc(t)}</a></li>'
        for t in [
            "Local",
            "Crime",
            "Nation & World",
            "Weather",
            "Traffic",
            "Sports",
            "Politics",
            "Problem Solvers",
            "Video",
            "Contests",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"/><meta property="og:site_name" content="KOMO"/>{head_extra}
<style>{css(rng, "index-module", 430, "hashed")}</style>
<script>{gtm("KOMO32")}window.sinclairAds = {{site:"komo",adUnit:"/4756/KOMO",lazyLoad:true}};</script>
</head><body><div id="root"><div class="{sin_sc(rng, "page")}">
<header class="{sin_sc(rng, "header")}"><a href="/" class="{sin_sc(rng, "logo")}" aria-label="KOMO home"><img src="https://komonews.example/resources/assets/komo/images/logos/komo-header-logo.svg" alt="KOMO"/></a>
<div class="{sin_sc(rng, "weatherWidget")}"><span>Seattle, WA</span><span class="{sin_sc(rng, "temp")}">58&deg;</span><a href="/news/local#weather">Weather Alerts</a></div>
<a class="{sin_sc(rng, "watchLive")}" href="/news/local#watch">Watch Live</a>
<nav class="{sin_sc(rng, "nav")}"><ul>{nav}</ul></nav></header>
<div class="{sin_sc(rng, "leaderboard")}"><span>Advertisement</span><div class="{sin_sc(rng, "loading")}">Loading...</div></div>
<main class="{sin_sc(rng, "main")}">{main}</main>
<footer class="{sin_sc(rng, "footer")}"><ul>{"".join(f'<li><a href="/news/local#{slugname(t)}">{esc(t)}</a></li>' for t in ["Contact Us", "KOMO Jobs", "FCC Public File", "EEO Report", "Privacy Policy", "Terms of Use", "Closed Captioning", "Sinclair Broadcast Group", "Do Not Sell My Info"])}</ul>
<p>&copy; 2024 Sinclair, Inc.</p></footer></div></div></body></html>"""
    return encode(page)


def sinclair(site: Site32, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]
    nm = x["nm"]

    def line(inner: str) -> str:
        return f'<div class="{sin_sc(rng, "authorName")}">{inner}</div>'

    if style == "rep":
        by = line(f"by {esc(nm[0])}, KOMO News Reporter")
    elif style == "producer":
        by = line(f"by {esc(nm[0])}, KOMO News Producer")
    elif style == "two":
        by = line(f"by {esc(nm[0])}, KOMO News Reporter") + line(f"by {esc(nm[1])}, KOMO News")
    elif style == "staff":
        by = line("by KOMO News Staff")
    else:
        by = line(f"by {esc(', '.join(n.upper() for n in x['ap']))} Associated Press")
    stamp = f'<div class="{sin_sc(rng, "storyDateTime")}"><span>{sin_when(a.when)}</span></div>'
    if x["upd"]:
        stamp += f'<div class="{sin_sc(rng, "storyDateTimeUpdated")}"><span>Updated {sin_when(updated(a))}</span></div>'
    video = ""
    if x["video"]:
        video = f'<div class="{sin_sc(rng, "videoPlayer")}" data-video-id="{x["sid"][:10]}"><div class="{sin_sc(rng, "loading")}">Loading ...</div></div>'
    rels = rel(site, a)

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h3>{esc(t)}</h3>"

    def fig(b: Block) -> str:
        return f'<figure class="{sin_sc(rng, "image")}"><img src="https://komonews.example/resources/media2/16x9/1280/986/center/90/{b.src}-large.jpg" alt="{esc(b.text)}" loading="lazy"/><figcaption class="{sin_sc(rng, "caption")}">{esc(b.text)} <span class="{sin_sc(rng, "credit")}">({esc(b.credit)})</span></figcaption></figure>'

    at = min(3, npara(a))

    def after(k: int) -> str:
        out = ""
        if k == at and rels:
            out += "".join(
                f'<p><strong>RELATED |</strong> <a href="{b.path}">{esc(b.title)}</a></p>'
                for b in rels
            )
        if k == 5 and x["video"]:
            out += f'<div class="{sin_sc(rng, "inlineVideo")}"><div class="{sin_sc(rng, "loading")}">Loading ...</div></div>'
        return out

    story = body(a, para, sub, fig, after)
    explore = "".join(
        f'<li class="{sin_sc(rng, "teaser")}"><a href="{b.path}"><img src="https://komonews.example/resources/media2/4x3/{b.x["sid"][:12]}.jpg" alt=""/><h4>{esc(b.title)}</h4></a></li>'
        for b in others(rng, site, a, 6)
    )
    trending = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in latest([b for b in site.of("sinclair") if b is not a])[:5]
    )
    cat = x["cat"]
    main = f"""<div class="{sin_sc(rng, "storyContainer")}"><article class="{sin_sc(rng, "story")}">
<div class="{sin_sc(rng, "breadcrumbs")}"><a href="/news/{cat[0]}">{esc(cat[1])}</a></div>
<h1 class="{sin_sc(rng, "storyTitle")}">{esc(a.title)}</h1>
<div class="{sin_sc(rng, "storyByline")}">{by}{stamp}</div>
<div class="{sin_sc(rng, "shareBar")}"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Email">Email</button><button aria-label="Copy link">Copy Link</button></div>
{video}
<div class="{sin_sc(rng, "storyText")} StoryText">
{story}
</div>
{f'<p class="{sin_sc(rng, "copyright")}"><em>Copyright 2024 The Associated Press. All Rights Reserved.</em></p>' if style == "ap_caps" else ""}
</article>
<aside class="{sin_sc(rng, "sidebar")}"><div class="{sin_sc(rng, "ad")}"><span>Advertisement</span><div class="{sin_sc(rng, "loading")}">Loading...</div></div><section class="{sin_sc(rng, "trending")}"><h2>Trending</h2><ol>{trending}</ol></section></aside></div>
<section class="{sin_sc(rng, "moreToExplore")}"><h2>More to Explore</h2><ul>{explore}</ul></section>"""
    authors = [{"@type": "Person", "name": n} for n in a.authors] or [
        {"@type": "Organization", "name": "KOMO News Staff"}
    ]
    state = {
        "story": {
            "id": x["sid"],
            "title": a.title,
            "publishedDateISO8601": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "updatedDateISO8601": updated(a).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "category": cat[1],
        },
        "site": {"callsign": "KOMO", "timezone": "America/Los_Angeles"},
    }
    head = f'<meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/>'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "dateModified": updated(a).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "author": authors,
            "publisher": {"@type": "Organization", "name": "KOMO"},
        }
    )
    head += f"<script>window.__INITIAL_STATE__ = {script_json(state)};</script>"
    return sin_chrome(site, rng, f"{a.title} | KOMO", a.path, main, head)


# --- Newspack: The Colorado Sun ---------------------------------------------------------
NP_CATS = [
    ("politics", "Politics"),
    ("environment", "Environment"),
    ("health", "Health"),
    ("rural-colorado", "Rural Colorado"),
]
BIO = [
    "covers politics and the legislature for The Colorado Sun.",
    "is a reporter covering the environment, water and public lands.",
    "covers health care and rural Colorado. Before joining The Sun, they reported in Wyoming and New Mexico.",
    "is a Southwest Colorado correspondent for The Colorado Sun.",
]


def np_when(w: datetime) -> str:
    return f"{w:%B} {w.day}, {w.year}"


def np_chrome(
    site: Site32,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    body_cls: str = "archive",
) -> tuple[bytes, str]:
    cats = "".join(
        f'<li class="menu-item"><a href="/category/{c}/">{esc(n)}</a></li>' for c, n in NP_CATS
    )
    page = f"""<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="The Colorado Sun">{head_extra}
<link rel="stylesheet" id="newspack-style-css" href="https://coloradosun.example/wp-content/themes/newspack-theme/style.css?ver=2.1.0" media="all">
<style id="newspack-theme-customizer">{css(rng, "wp-block", 400, "bem")}</style>
<script>{gtm("SUN32")}var newspack_popups_data = {{"segments":[],"donor_landing_page":"/donate/"}};</script>
</head><body class="{body_cls} wp-embed-responsive newspack-theme h-nsub h-sb h-ll h-dh"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper"><div id="social-nav-contain"><a href="/about/#newsletters">Newsletters</a></div><a class="button donate" href="/donate/">Donate</a></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="https://coloradosun.example/wp-content/uploads/2018/09/sun-logo.png" class="custom-logo" alt="The Colorado Sun"></a><p class="site-title"><a href="/" rel="home">The Colorado Sun</a></p><p class="site-description">Your source for in-depth, nonpartisan journalism</p></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">{cats}<li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/donate/">Support Us</a></li></ul></nav></div></div></header>
<div id="content" class="site-content">{main}</div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><a href="/">The Colorado Sun</a></div><div class="footer-widgets"><section class="widget"><h2 class="widget-title">About</h2><p>The Colorado Sun is a journalist-owned, award-winning news outlet based in Denver that strives to cover all of Colorado.</p><a href="/about/">Learn more</a></section><section class="widget"><ul><li><a href="/about/#ethics">Ethics policy</a></li><li><a href="/about/#corrections">Corrections</a></li><li><a href="/about/#privacy">Privacy policy</a></li><li><a href="/donate/">Donate</a></li></ul></section></div>
<div class="site-info"><span class="copyright">&copy; 2024 The Colorado Sun.</span> <a class="imprint" href="https://newspack.example/">Proudly powered by Newspack by Automattic</a></div></footer></div></body></html>"""
    return encode(page)


def newspack(site: Site32, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]

    def vcard(n: str, suffix: str = "") -> str:
        return f'<span class="author vcard"><a class="url fn n" href="{author_path("newspack", n)}">{esc(n)}{suffix}</a></span>'

    if style == "staff":
        names = '<span class="author vcard"><a class="url fn n" href="/about/#staff">Colorado Sun Staff</a></span>'
    elif style == "partner":
        names = vcard(x["guest"], f", {esc(x['partner'])}")
    else:
        cards = [vcard(n) for n in a.authors]
        names = cards[0] if len(cards) == 1 else ", ".join(cards[:-1]) + " and " + cards[-1]
    avatars = "".join(
        f'<img alt="" src="https://secure.gravatar.example/avatar/{sum(map(ord, n)):x}?s=80" class="avatar avatar-80 photo" height="80" width="80">'
        for n in (a.authors or ["staff"])
    )
    cat = x["cat"]
    posted = f'<span class="posted-on"><time class="entry-date published" datetime="{a.when.isoformat()}">{np_when(a.when)}</time><time class="updated" datetime="{(a.when + timedelta(hours=3)).isoformat()}">{np_when(a.when + timedelta(hours=3))}</time></span>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'<h2 class="wp-block-heading">{esc(t)}</h2>'

    def fig(b: Block) -> str:
        return f'<figure class="wp-block-image size-large"><img decoding="async" src="https://coloradosun.example/wp-content/uploads/{a.when:%Y/%m}/{b.src}.jpg" alt="" class="wp-image-{int(b.src[:5], 16)}"><figcaption class="wp-element-caption">{esc(b.text)} <span class="image-credit"><span class="credit-label-wrapper">(</span>{esc(b.credit)}<span class="credit-label-wrapper">)</span></span></figcaption></figure>'

    def after(k: int) -> str:
        if k == 3 and npara(a) > 4:
            return '<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="button" aria-label="Newsletter promo"><div class="wp-block-group"><h3>The Unaffiliated</h3><p>Get our politics newsletter in your inbox every Tuesday and Friday. <a href="/about/#newsletters">Sign up</a></p></div></div>'
        if k == 6 and npara(a) > 7:
            return '<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><h3>Support local journalism</h3><p>The Colorado Sun is a nonprofit, reader-supported newsroom. Your donation keeps our reporting free for everyone.</p><a class="wp-block-button__link" href="/donate/">Donate now</a></div>'
        return ""

    story = body(a, para, sub, fig, after)
    plain = "\n".join(
        f"<p>{esc(b.text)}</p>" if b.kind == "p" else f"<h2>{esc(b.text)}</h2>"
        for b in a.blocks
        if b.kind != "img"
    )
    tail = ""
    if x["partnered"]:
        tail += f'\n<p class="has-small-font-size"><em>This story was produced in partnership with {esc(x["partner"])}, a nonprofit newsroom. It is republished here under a content-sharing agreement.</em></p>'
    if a.editors:
        tail += f'\n<p class="has-small-font-size"><em>Edited by {esc(a.editors[0])}.</em></p>'
    related = ""
    if a.related:
        items = "".join(
            f'<div class="jp-related-posts-i2__post" id="related-posts-item-{k}"><a class="jp-related-posts-i2__post-link" href="{b.path}">{esc(b.title)}</a><dl class="jp-related-posts-i2__post-defs"><dt>Posted</dt><dd class="jp-related-posts-i2__post-date">{np_when(b.when)}</dd><dt>In</dt><dd class="jp-related-posts-i2__post-context">In &quot;{esc(b.x["cat"][1])}&quot;</dd></dl></div>'
            for k, b in enumerate(rel(site, a))
        )
        related = f'<nav class="jp-relatedposts-i2" data-layout="grid"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-related-posts-i2__row">{items}</div></nav>'
    bios = "".join(
        f'<div class="author-bio"><img alt="" src="https://secure.gravatar.example/avatar/{sum(map(ord, n)):x}?s=80" class="avatar" height="80" width="80"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{esc(n)}</h2></div><p>{esc(n)} {esc(BIO[k % len(BIO)])} <a class="author-link" href="{author_path("newspack", n)}">More by {esc(n.split()[0])}</a></p></div></div>'
        for k, n in enumerate(a.authors)
    )
    most = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    latest_l = "".join(
        f'<article class="entry-wrapper"><h3 class="entry-title"><a href="{b.path}">{esc(b.title)}</a></h3><time>{np_when(b.when)}</time></article>'
        for b in latest([b for b in site.of("newspack") if b is not a])[:4]
    )
    credit_line = f"by {', '.join(a.authors[:-1]) + ' and ' + a.authors[-1] if len(a.authors) > 1 else (a.authors[0] if a.authors else 'Colorado Sun Staff')}"
    if style == "partner":
        credit_line = f"by {x['guest']}, {x['partner']}"
    republish = f"""<div id="republication-tracker-tool-modal" class="republication-tracker-tool-modal" style="display:none" role="dialog" aria-labelledby="republish-modal-label"><div class="modal-content"><button class="close" aria-label="Close">&times;</button><h2 id="republish-modal-label">Republish this article</h2>
<div class="license"><p><a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/"><img alt="Creative Commons License" src="https://i.creativecommons.example/l/by-nd/4.0/88x31.png"></a> This work is licensed under a <a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/">Creative Commons Attribution-NoDerivatives 4.0 International License</a>.</p></div>
<div class="policy"><p>You are free to republish this story under the following conditions: credit The Colorado Sun and the author, do not edit the story beyond changing references to time and location, and include the tracking pixel below.</p></div>
<div class="article-info"><label for="republish-textarea">Copy and paste the HTML below:</label><textarea id="republish-textarea" readonly rows="5">&lt;h1&gt;{esc(esc(a.title))}&lt;/h1&gt;&lt;p class=&quot;byline&quot;&gt;{esc(esc(credit_line))}, The Colorado Sun&lt;br /&gt;{np_when(a.when)}&lt;/p&gt;{esc(plain)}&lt;p&gt;This &lt;a target=&quot;_blank&quot; href=&quot;{site.base}{a.path}&quot;&gt;article&lt;/a&gt; first appeared on &lt;a target=&quot;_blank&quot; href=&quot;{site.base}/&quot;&gt;The Colorado Sun&lt;/a&gt; and is republished here under a Creative Commons license.&lt;img src=&quot;{site.base}/wp-content/plugins/republication-tracker-tool/includes/pixel.php?post={x["pid"]}&quot; style=&quot;width:1px;height:1px;&quot;&gt;&lt;/p&gt;</textarea></div></div></div>"""
    main = f"""<div class="wrapper"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{x["pid"]}" class="post-{x["pid"]} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat[0]} entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/{cat[0]}/" rel="category tag">{esc(cat[1])}</a></span>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="newspack-post-subtitle">{esc(x["deck"])}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar">{avatars}</span><span class="byline"><span>by</span> {names}</span>{posted}</div>
<div class="newspack-sharing"><a class="share-facebook" href="#">Facebook</a><a class="share-twitter" href="#">X</a><a class="share-email" href="#">Email</a><button class="republication-tracker-tool-button" aria-controls="republication-tracker-tool-modal">Republish</button></div></div></header>
<div class="entry-content">
{story}{tail}
{related}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span><a href="/tag/{slugname(x["ctx"]["place"])}/" rel="tag">{esc(x["ctx"]["place"])}</a></span></footer>
{bios}
</article>
<aside class="widget republication_tracker_tool"><h2 class="widget-title">Republish this article</h2><p>Republish our articles for free, online or in print, under a Creative Commons license.</p><button class="republication-tracker-tool-button">Republish this article</button></aside>
{republish}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_newspack_donate"><h2 class="widget-title">Support independent journalism</h2><p>Become a member today.</p><a href="/donate/" class="button">Donate</a></section>
<section class="widget most-read"><h2 class="widget-title">Most Read</h2><ol>{most}</ol></section>
<section class="widget latest"><h2 class="widget-title">Latest stories</h2>{latest_l}</section></aside></div>"""
    ath = [{"@type": "Person", "name": n} for n in a.authors] or [
        {"@type": "Organization", "name": "Colorado Sun Staff"}
    ]
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{a.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"><meta name="author" content="{esc(", ".join(a.authors) or "Colorado Sun Staff")}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "headline": a.title,
                    "datePublished": a.when.isoformat(),
                    "dateModified": (a.when + timedelta(hours=3)).isoformat(),
                    "author": ath,
                    "articleSection": [cat[1]],
                    "publisher": {"@type": "Organization", "name": "The Colorado Sun"},
                }
            ],
        }
    )
    return np_chrome(
        site,
        rng,
        f"{a.title} - The Colorado Sun",
        a.path,
        main,
        head,
        f"post-template-default single single-post postid-{x['pid']} single-format-standard",
    )


# --- Hearst: San Francisco Chronicle ----------------------------------------------------
HR_SECS = [
    ("bayarea", "Bay Area"),
    ("politics", "Politics"),
    ("crime", "Crime"),
    ("sf", "S.F."),
    ("nation", "Nation"),
]


def hr_when(w: datetime) -> str:
    h, ap = h12(w)
    return f"{w:%B} {w.day}, {w.year} {h}:{w:%M} {'a.m.' if ap == 'AM' else 'p.m.'}"


def hr_when_2019(w: datetime) -> str:
    h, ap = h12(w)
    return f"{h}:{w:%M} {ap.lower()} {w.tzname()}, {w:%A}, {w:%B} {w.day}, {w.year}"


def hr_chrome(
    site: Site32, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    secs = "".join(f'<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in HR_SECS)
    more = "".join(
        f'<li><a href="/bayarea/#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "Food",
            "Sports",
            "Culture",
            "Opinion",
            "Real Estate",
            "Wine",
            "Travel",
            "Obituaries",
            "E-Edition",
            "Puzzles",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="San Francisco Chronicle">{head_extra}
<style>{css(rng, "hnp", 420, "util")}</style>
<script>{gtm("SFC32")}window.HDN = window.HDN || {{}};HDN.dataLayer = {{paywall:{{premiumStatus:"premium",meterCount:3}},source:{{sourceSite:"sfchronicle"}},href:{{pageUrl:"{site.base}{canonical}"}}}};</script>
</head><body class="hnp-body"><a class="skip" href="#main">Skip to main content</a>
<header class="header"><div class="header-top"><button class="header-menu" aria-label="Menu">Sections</button><a class="header-logo" href="/"><img src="https://www.sfchronicle.example/img/sfc-logo.svg" alt="San Francisco Chronicle Logo"></a>
<a class="header-subscribe" href="/bayarea/#subscribe">Subscribe</a><a class="header-signin" href="/bayarea/#signin">Sign In</a></div>
<nav class="header-nav" aria-label="Sections"><ul>{secs}{more}</ul></nav></header>
<main id="main">{main}</main>
<footer class="footer"><div class="footer-logo"><a href="/">San Francisco Chronicle</a></div><ul class="footer-links">{"".join(f'<li><a href="/about-the-chronicle#{slugname(t)}">{esc(t)}</a></li>' for t in ["About", "Our Company", "Newspaper Delivery Safety Procedures", "Privacy Notice", "Your California Privacy Rights", "Interest Based Ads", "Terms of Use", "Careers", "Advertising", "Contact", "Customer Service", "FAQ", "Newsroom Contacts"])}</ul>
<p class="footer-copyright">&copy; 2024 Hearst Communications, Inc.</p></footer></body></html>"""
    return encode(page)


def _hr_byline(site: Site32, a: Art) -> str:
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def link(n: str) -> str:
        return f'<a class="byline--author-link" href="{author_path("hearst", n)}">{esc(n)}</a>'

    if style in ("staff", "contrib", "contrib_ap"):
        return f'By {link(nm[0])}, <span class="byline--title">Staff Writer</span>'
    if style == "two":
        return (
            f'By {link(nm[0])} and {link(nm[1])}, <span class="byline--title">Staff Writers</span>'
        )
    if style == "three":
        return f"By {link(nm[0])}, {link(nm[1])} and {link(nm[2])}"
    if style == "ap":
        return f'By {esc(x["ap"])}, <span class="byline--title">Associated Press</span>'
    return "By Associated Press"


def hearst(site: Site32, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return hearst_2019(site, a, rng)
    x = a.x
    style = x["style"]
    stamps = ""
    if x["upd"]:
        stamps += f'<time class="timestamp timestamp--updated" datetime="{updated(a).isoformat()}">Updated {hr_when(updated(a))}</time>'
    stamps += f'<time class="timestamp timestamp--published" datetime="{a.when.isoformat()}">Published {hr_when(a.when)}</time>'
    rels = rel(site, a)
    at = min(4, npara(a))

    def para(t: str, k: int) -> str:
        return f'<p class="article--content-paragraph">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h2 class="article--content-subhead">{esc(t)}</h2>'

    def fig(b: Block) -> str:
        return f'<figure class="article--content-image"><picture><img src="https://s.hdnux.example/photos/01/{b.src[:2]}/{b.src[2:4]}/{b.src}/3/1200x0.jpg" alt="{esc(b.text)}" loading="lazy"></picture><figcaption class="caption"><span class="caption--text">{esc(b.text)}</span> <span class="caption--credit">({esc(b.credit)})</span></figcaption></figure>'

    def after(k: int) -> str:
        out = ""
        if k == 3 and npara(a) > 3:
            out += '<div class="paywall-teaser" data-paywall="teaser"><div class="paywall-teaser--fade"></div><div class="paywall-teaser--offer"><h3>Unlock this story</h3><p>Subscribe for just 95&cent; a week for unlimited access to SFChronicle.com.</p><a href="/bayarea/#subscribe" class="paywall-teaser--cta">Subscribe now</a><p>Already a subscriber? <a href="/bayarea/#signin">Sign in</a></p></div></div><div class="ad-module" data-ad="inline1"><span class="ad-module--label">Advertisement</span></div>'
        if k == at and rels:
            items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rels)
            out += f'<aside class="related-stories"><h3 class="related-stories--heading">Related Stories</h3><ul>{items}</ul></aside>'
        return out

    story = body(a, para, sub, fig, after)
    nm = x["nm"]
    if style == "contrib":
        story += f'\n<p class="article--content-paragraph"><em>Contributing: {esc(nm[3])}</em></p>'
    if style == "contrib_ap":
        story += '\n<p class="article--content-paragraph"><em>Contributing: The Associated Press</em></p>'
    reach = ""
    if style in ("staff", "contrib", "contrib_ap"):
        first = nm[0].split()[0][0].lower() + nm[0].split()[1].lower()
        reach = f'<p class="article--content-reach">Reach {esc(nm[0])}: {first}@sfchronicle.example; Twitter: @{first}</p>'
    popular = "".join(
        f'<li class="most-popular--item"><span class="most-popular--rank">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 6), 1)
    )
    top = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in latest([b for b in site.of("hearst") if b is not a and not b.x["old"]])[:4]
    )
    sponsored = "".join(
        f'<li class="trc-item"><a href="https://sponsored.example/{k}" rel="nofollow sponsored">{esc(t)}</a><span class="trc-branding">{esc(s)}</span></li>'
        for k, (t, s) in enumerate(
            [
                ("Bay Area homeowners are switching to this solar program", "SunPower Partners"),
                ("Doctors stunned: the simple habit that helps you sleep", "Health Digest"),
                ("The 10 most underrated towns to retire in California", "Retire Guide"),
            ]
        )
    )
    sec = x["sec"]
    main = f"""<div class="article-layout"><article class="article article--story" data-article-id="{x["aid"]}">
<header class="article--header"><nav class="breadcrumbs"><a href="/{sec[0]}/">{esc(sec[1])}</a></nav>
<h1 class="article--headline">{esc(a.title)}</h1>
<p class="article--dek">{esc(x["deck"])}</p>
<div class="article--byline"><span class="byline">{_hr_byline(site, a)}</span></div>
<div class="article--timestamps">{stamps}</div>
<div class="article--share"><button>Share</button><button>Gift this article</button><a href="#comments">Comments</a></div></header>
<section class="article--content body" data-paywall="premium">
{story}
{reach}
</section>
<section class="sponsored"><h3>Sponsored Stories</h3><ul>{sponsored}</ul></section>
<section id="comments" class="comments"><h3>Comments</h3><p>Join the conversation. <a href="/bayarea/#signin">Sign in</a> to comment.</p></section>
</article>
<aside class="rail"><section class="top-of-news"><h3>Top of the News</h3><ul>{top}</ul></section><div class="ad-module"><span class="ad-module--label">Advertisement</span></div><section class="most-popular"><h3>Most Popular</h3><ol>{popular}</ol></section></aside></div>"""
    if style == "ap_only":
        ath = [{"@type": "Organization", "name": "Associated Press"}]
    else:
        ath = [
            {"@type": "Person", "name": n} for n in (a.authors if style != "contrib" else nm[:1])
        ]
    head = f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta name="sailthru.date" content="{a.when:%Y-%m-%d %H:%M:%S}"><meta name="sailthru.author" content="{esc(", ".join(n["name"] for n in ath))}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "description": x["deck"],
            "datePublished": a.when.isoformat(),
            "dateModified": updated(a).isoformat(),
            "author": ath,
            "isAccessibleForFree": False,
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".article--content",
            },
            "publisher": {"@type": "Organization", "name": "San Francisco Chronicle"},
        }
    )
    return hr_chrome(site, rng, f"{a.title}", a.path, main, head)


def hearst_2019(site: Site32, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    nm = x["nm"]

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<p><strong>{esc(t)}</strong></p>"

    def fig(b: Block) -> str:
        return f'<div class="photo-gallery-inline"><figure class="photo"><img src="https://s.hdnux.example/photos/01/{b.src[:2]}/{b.src}/3/920x920.jpg" alt=""><figcaption><p class="caption-text">{esc(b.text)}</p><p class="credit">Photo: {esc(b.credit.replace("/", " / "))}</p></figcaption></figure></div>'

    story = body(a, para, sub, fig)
    if x["style"] == "contrib":
        story += f"\n<p><em>Contributing: {esc(nm[3])}</em></p>"
    related = ""
    if a.related:
        items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
        related = f'<div class="related-stories-module"><h3 class="module-title">Related Stories</h3><ul>{items}</ul></div>'
    stamps = f'<time class="header-published" datetime="{a.when.isoformat()}">Published {hr_when_2019(a.when)}</time>'
    if x["upd"]:
        stamps = (
            f'<time class="header-updated" datetime="{updated(a).isoformat()}">Updated {hr_when_2019(updated(a))}</time>'
            + stamps
        )
    popular = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    who = x["nm"][0]
    main = f"""<div class="article-content"><div class="header-wrap"><div class="section-label"><a href="/{x["sec"][0]}/">{esc(x["sec"][1])}</a></div>
<h1 class="header-title">{esc(a.title)}</h1>
<div class="header-byline"><span class="header-authors"><span class="header-authors-name"><a href="{author_path("hearst", who)}">{esc(who)}</a></span></span> <span class="header-authors-title">Staff Writer</span></div>
<div class="header-timestamp">{stamps}</div></div>
<section class="body">
{story}
</section>
<p class="contact-info">{esc(who)} is a San Francisco Chronicle staff writer. Email: {who.split()[0][0].lower()}{who.split()[1].lower()}@sfchronicle.example</p>
{related}
<div class="most-popular-module"><h3 class="module-title">Most Popular</h3><ol>{popular}</ol></div></div>"""
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta name="description" content="{esc(x["deck"])}">'
    return hr_chrome(site, rng, f"{a.title} - SFChronicle.com", a.path, main, head)


RENDER: dict[str, Callable[[Site32, Art], tuple[bytes, str]]] = {
    "patch": patch,
    "fox": fox,
    "sinclair": sinclair,
    "newspack": newspack,
    "hearst": hearst,
}


def register(site: Site32) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["LABELS", "RENDER", "author_path", "hashes", "register", "writers"]
