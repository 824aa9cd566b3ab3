# ruff: noqa: E501  (HTML templates: one line of markup per line, as CMSes emit it)
"""An AMP-first English paper: a JSON-LD ``@graph`` (WebPage, Organization, NewsArticle whose
author is an ``{"@id": …}`` reference to a Person node), dates with a +01:00 offset, the visible
byline "By <a>Name</a>, Staff Writer", "Read next" (related) and "More from this author" /
"Most read" (not related), section fronts, author profiles."""

from __future__ import annotations

import hashlib
import json
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, css_bulk, esc, slugify

if TYPE_CHECKING:
    from .generator import Site2

SITE = "The Meridian Post"
SECTIONS = {"world": "World", "business": "Business"}
PER_PAGE = 4
CTYPE = "text/html; charset=utf-8"
BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s "
    "steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
    "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes "
    "-amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style "
    "amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;"
    "animation:none}</style></noscript>"
)


def person_id(site: Site2, name: str) -> str:
    return f"{site.base}/meridian/#/schema/person/{hashlib.md5(name.encode()).hexdigest()[:16]}"


def profile(name: str) -> str:
    return f"/meridian/profile/{slugify(name)}/"


def shown(a: Art) -> str:
    return f"{a.when.day} {a.when:%B %Y}, {a.when:%H:%M} CET"


def _head(site: Site2, title: str, canonical: str, ld: str, seed: int) -> str:
    return f"""<!doctype html>
<html ⚡ lang="en-GB">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{title}</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="{SITE}">
{ld}
{BOILERPLATE}
<style amp-custom>
{css_bulk("mp", 130, seed)}
</style>
</head>
"""


def _top(site: Site2) -> str:
    b = site.base
    secs = "".join(f'<li><a href="{b}/meridian/{k}/">{v}</a></li>' for k, v in SECTIONS.items())
    return f"""<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-MERIDIAN9","config":{{"G-MERIDIAN9":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="drawer"><ul><li><a href="{b}/meridian/">Front page</a></li>{secs}<li><a href="{b}/search?q=meridian">Search</a></li><li><a href="{b}/about/">About us</a></li></ul></nav></amp-sidebar>
<header class="masthead"><button class="masthead__menu" on="tap:sidebar.toggle" aria-label="Open menu">&#9776;</button>
<a class="masthead__logo" href="{b}/meridian/">{SITE}</a>
<nav class="masthead__sections"><ul>{secs}</ul></nav>
<a class="masthead__subscribe" href="https://subscribe.meridianpost.example/">Subscribe</a></header>
"""


def _foot(site: Site2) -> str:
    b = site.base
    return f"""<footer class="footer"><ul><li><a href="{b}/about/">About {SITE}</a></li><li><a href="{b}/calendar/2024-03/">Archive</a></li><li><a href="https://meridianpost.example/contact">Contact</a></li><li><a href="https://meridianpost.example/privacy">Privacy</a></li></ul>
<p>&copy; 2024 {SITE} Ltd. Registered in England and Wales. Our journalism is supported by readers.</p></footer>
</body>
</html>
"""


def _ld(site: Site2, a: Art) -> str:
    b = site.base
    url = b + a.path
    org = {
        "@type": "NewsMediaOrganization",
        "@id": f"{b}/meridian/#organization",
        "name": SITE,
        "url": f"{b}/meridian/",
        "logo": {
            "@type": "ImageObject",
            "url": f"{b}/meridian/static/logo-600x60.png",
            "width": 600,
            "height": 60,
        },
        "sameAs": ["https://www.facebook.com/meridianpost", "https://x.com/meridianpost"],
    }
    webpage = {
        "@type": "WebPage",
        "@id": f"{url}#webpage",
        "url": url,
        "name": f"{a.title} | {SITE}",
        "isPartOf": {"@id": f"{b}/meridian/#website"},
        "breadcrumb": {"@id": f"{url}#breadcrumb"},
        "inLanguage": "en-GB",
    }
    article = {
        "@type": "NewsArticle",
        "@id": f"{url}#article",
        "isPartOf": {"@id": f"{url}#webpage"},
        "mainEntityOfPage": {"@id": f"{url}#webpage"},
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "dateModified": a.when.replace(hour=min(a.when.hour + 3, 23)).isoformat(),
        "author": [{"@id": person_id(site, n)} for n in a.authors]
        if a.authors
        else {"@id": f"{b}/meridian/#organization"},
        "publisher": {"@id": f"{b}/meridian/#organization"},
        "articleSection": SECTIONS[a.x["sec"]],
        "image": {
            "@type": "ImageObject",
            "url": f"{b}/meridian/img/{slugify(a.title, 4)}-1200.jpg",
            "width": 1200,
            "height": 675,
        },
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@type": "BreadcrumbList",
        "@id": f"{url}#breadcrumb",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": SITE, "item": f"{b}/meridian/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": SECTIONS[a.x["sec"]],
                "item": f"{b}/meridian/{a.x['sec']}/",
            },
        ],
    }
    website = {
        "@type": "WebSite",
        "@id": f"{b}/meridian/#website",
        "url": f"{b}/meridian/",
        "name": SITE,
    }
    people = [
        {
            "@type": "Person",
            "@id": person_id(site, n),
            "name": n,
            "jobTitle": "Staff Writer",
            "url": b + profile(n),
        }
        for n in a.authors
    ]
    graph = [webpage, org, article, crumbs, website, *people]
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@graph": graph}, indent=2)}</script>'


def article_page(site: Site2, a: Art) -> tuple[bytes, str]:
    b = site.base
    url = b + a.path
    paras = [f"<p>{esc(p)}</p>" for p in a.paras]
    paras.insert(
        3,
        '<div class="ad-slot"><span class="ad-slot__label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/4817/meridian/article_mpu_1"></amp-ad></div>',
    )
    if a.x["image"]:
        paras.insert(
            0,
            f'<figure class="article-figure"><amp-img src="{b}/meridian/img/{slugify(a.title, 4)}-1200.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
            f"<figcaption>A view of {esc(a.paras[0].split(',')[0][:40])}. Photograph: Meridian Picture Desk</figcaption></figure>",
        )
    if a.authors:
        links = [f'<a href="{b}{profile(n)}">{esc(n)}</a>' for n in a.authors]
        who = " and ".join(links)
        byline = f'<div class="article-byline">By {who}, Staff Writer{"s" if len(links) > 1 else ""}</div>'
    else:
        byline = ""
    others = [x for x in site.of("amp") if x is not a and x.path not in a.related]
    more = ""
    if a.authors:
        mine = [x for x in others if a.authors[0] in x.authors][:3]
        if mine:
            more = (
                '<section class="more-from-author"><h2>More from this author</h2><ul>'
                + "".join(f'<li><a href="{b}{x.path}">{esc(x.title)}</a></li>' for x in mine)
                + "</ul></section>"
            )
    read_next = "".join(
        f'<li class="read-next__item"><a href="{b}{p}"><amp-img src="{b}/meridian/img/{slugify(site.by_path[p].title, 4)}-320.jpg" width="320" height="180" layout="responsive" alt=""></amp-img>'
        f'<span class="read-next__title">{esc(site.by_path[p].title)}</span></a></li>'
        for p in a.related
    )
    most = "".join(
        f'<li><a href="{b}{p}">{esc(site.by_path[p].title)}</a></li>' for p in site.amp_most_read
    )
    standfirst = (
        f'<p class="article-standfirst">{esc(a.paras[-1].split(".")[0])}.</p>'
        if a.x["standfirst"]
        else ""
    )
    sec = a.x["sec"]
    body = f"""{_top(site)}
<main id="content" class="page">
<article class="article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="{b}/meridian/">Home</a> &rsaquo; <a href="{b}/meridian/{sec}/">{SECTIONS[sec]}</a></nav>
<header class="article-header"><h1 class="article-headline">{esc(a.title)}</h1>{standfirst}
{byline}
<div class="article-dateline"><time datetime="{a.when.isoformat()}">{shown(a)}</time></div>
<div class="share-bar"><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="facebook" data-param-app_id="1234567890" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
</header>
<div class="article-body">
{"".join(paras)}
</div>
{more}
<section class="read-next"><h2 class="read-next__heading">Read next</h2><ul>{read_next}</ul></section>
<div class="newsletter-cta"><p>Get the Meridian Briefing: the day&rsquo;s essential stories, every weekday at 7am.</p><a href="https://newsletters.meridianpost.example/briefing">Sign up</a></div>
</article>
<aside class="most-read"><h2>Most read</h2><ol>{most}</ol></aside>
</main>
{_foot(site)}"""
    page = _head(site, f"{esc(a.title)} | {SITE}", url, _ld(site, a), a.idx + 500) + body
    return page.encode("utf-8"), CTYPE


def list_page(
    site: Site2, path: str, heading: str, arts: list[Art], older: str | None, intro: str = ""
) -> tuple[bytes, str]:
    b = site.base
    cards = "".join(
        f'<li class="card"><a class="card__link" href="{b}{a.path}"><h3 class="card__headline">{esc(a.title)}</h3></a>'
        f'<p class="card__standfirst">{esc(a.paras[0][:90])}…</p><time datetime="{a.when.isoformat()}">{a.when.day} {a.when:%b %Y}</time></li>'
        for a in arts
    )
    more = f'<a class="pager__older" href="{b}{older}">Older stories</a>' if older else ""
    body = f"""{_top(site)}
<main id="content" class="front"><h1 class="front__heading">{heading}</h1>{intro}<ul class="cards">{cards}</ul><nav class="pager">{more}</nav>
<aside class="most-read"><h2>Most read</h2><ol>{"".join(f'<li><a href="{b}{p}">{esc(site.by_path[p].title)}</a></li>' for p in site.amp_most_read)}</ol></aside></main>
{_foot(site)}"""
    ld = f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "CollectionPage", "name": heading, "url": b + path})}</script>'
    return (_head(site, f"{heading} | {SITE}", b + path, ld, len(path)) + body).encode(
        "utf-8"
    ), CTYPE


def register(site: Site2) -> None:
    arts = sorted(site.of("amp"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, partial(article_page, site, a))
    site.route("/meridian/", partial(list_page, site, "/meridian/", "Latest", arts[:6], None))
    for sec, name in SECTIONS.items():
        mine = [a for a in arts if a.x["sec"] == sec]
        chunks = [mine[i : i + PER_PAGE] for i in range(0, len(mine), PER_PAGE)]
        for p, chunk in enumerate(chunks):
            path = f"/meridian/{sec}/" + ("" if p == 0 else f"page/{p + 1}/")
            older = f"/meridian/{sec}/page/{p + 2}/" if p + 1 < len(chunks) else None
            site.route(
                path,
                partial(list_page, site, path, name, chunk, older),
            )
    for n in site.amp_writers:
        mine = [a for a in arts if n in a.authors]
        if not mine:
            continue
        intro = f'<div class="profile"><p class="profile__role">Staff Writer</p><p class="profile__bio">{esc(n)} reports for {SITE} on politics, trade and the economy.</p></div>'
        site.route(
            profile(n),
            partial(list_page, site, profile(n), esc(n), mine, None, intro),
        )
