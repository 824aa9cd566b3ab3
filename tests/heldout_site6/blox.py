"""A TownNews BLOX local paper's asset page: ``<li class="asset-date"><time datetime=…>``, a
byline with the reporter's title or e-mail glued on, newsletter prompts inside the body, a
"Related to this story" block, "Most Popular", and listings paged with ``?page=2``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .common import Art, ad_js, comments, css, esc, feed, filler_links, gtm, others, page_rng, slug

if TYPE_CHECKING:
    from .generator import Site6

CT = "text/html; charset=UTF-8"
PER_PAGE = 4


def _shown(a: Art) -> str:
    w = a.when
    return f"{w:%b} {w.day}, {w.year}"


def _byline(a: Art) -> str:
    s = a.x["style"]
    if s == "reports":
        return '<span class="asset-byline">From staff reports</span>'
    if s == "ap":
        return '<span class="asset-byline">By The Associated Press</span>'
    links = [
        f'<a href="/users/profile/{slug(n)}" class="tnt-user-name">{esc(n)}</a>' for n in a.authors
    ]
    if s == "two":
        return f'<span class="asset-byline">By </span><ul class="list-inline"><li>{links[0]} and {links[1]} <span class="tnt-byline-title">Staff Writers</span></li></ul>'
    if s == "email":
        mail = slug(a.authors[0]).replace("-", "")[:9]
        return f'<span class="asset-byline">By </span><ul class="list-inline"><li>{links[0]} <a href="mailto:{mail}@ledger-courier.example">{mail}@ledger-courier.example</a></li></ul>'
    return f'<span class="asset-byline">By {esc(a.authors[0])} Staff Writer</span>'


def _shell(site: Site6, title: str, key: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<style>{css(rng, "tnt", 240)}</style>
<script>{gtm("GTM-BLOX66")}</script>
<script>var __tnt = {{"site":{{"name":"ledger-courier.example"}},"user":{{"loggedIn":false}},"paywall":{{"meter":3}}}};</script>
</head>
<body class="fixed-scroll-nav">
<div id="site-top-nav-container"><ul class="nav navbar-nav">{filler_links(rng, 12)}</ul>
<a href="/users/signup/" class="btn">Subscribe</a> <a href="/users/login/">Log In</a> <a href="/search/?q=">Search</a></div>
<div id="site-navbar-container"><a href="/" class="navbar-brand"><img src="/content/tncms/custom/image/logo.png" alt="Ledger-Courier"></a>
<ul class="nav"><li><a href="/news/local/">Local News</a></li><li><a href="/news/education/">Education</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/e-edition/">e-Edition</a></li></ul></div>
<div class="tnt-ads-container" id="tncms-region-leaderboard"><div class="tnt-ads">Advertisement</div></div>
<div id="main-page-container" class="container"><div class="row">
{main}
</div></div>
<footer id="site-footer-container"><div class="footer-contact"><h5>Contact Information</h5><p>ledger-courier.example<br>100 Main St, Millbrook, IL 61000<br>Phone: 555-0100</p></div>
<ul><li><a href="/site/about.html">About Us</a></li><li><a href="/corrections/">Corrections</a></li><li><a href="/site/terms.html">Terms of Use</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li></ul>
<p>© Copyright 2024 Ledger-Courier, 100 Main St Millbrook, IL | <a href="/site/terms.html">Terms of Use</a> | Powered by BLOX Content Management System from TownNews.com.</p></footer>
<script>{ad_js("blox-leader", "[[728, 90]]")}</script>
</body></html>"""
    return page.encode("utf-8"), CT


def article(site: Site6, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pool = site.of("blox")
    w = a.when
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": w.isoformat(),
        "url": site.base + a.path,
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or {"@type": "Organization", "name": "Ledger-Courier"},
    }
    body: list[str] = []
    for k, p in enumerate(a.paras):
        if k == 2 or (k == 9 and len(a.paras) > 12):
            body.append(
                '<div class="tnt-newsletter-signup"><h4>Sign up for our newsletter</h4><p>Get local news delivered to your inbox every morning.</p><form action="/newsletters/" method="post"><input type="email" placeholder="Email address"><button>Sign up!</button></form><small>* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.</small></div>'
            )
        if k == 4:
            body.append(
                '<div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div>'
            )
        body.append(f"<h3>{esc(p)}</h3>" if len(p) < 40 else f"<p>{esc(p)}</p>")
    if a.x["ap_credit"]:
        body.append("<p><em>The Associated Press contributed to this report.</em></p>")
    related = ""
    if a.related:
        items = "".join(
            f'<div class="card-headline"><h3 class="tnt-headline"><a href="{r}">{esc(site.by_path[r].title)}</a></h3><time datetime="{site.by_path[r].when.isoformat()}">{_shown(site.by_path[r])}</time></div>'
            for r in a.related
        )
        related = f'<div id="asset-related" class="asset-related-items"><h3 class="block-title"><span>Related to this story</span></h3>{items}</div>'
    popular = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, pool, a, 5)
    )
    updated = ""
    if a.x["updated"]:
        u = w.replace(day=w.day + 1, hour=9)
        updated = f'<li class="asset-date-updated">Updated <time datetime="{u.isoformat()}">{_shown(a).replace(str(w.day), str(u.day), 1)}</time></li>'
    main = f"""<section id="main-page-container" class="col-md-8 main-content">
<article class="asset" itemscope itemtype="http://schema.org/NewsArticle">
<div class="asset-header"><span class="asset-section"><a href="/news/{a.x["sec"]}/">{a.x["sec"].title()}</a></span>
<h1 class="headline"><span class="asset-headline tncms-inline-edit-text">{esc(a.title)}</span></h1>
<ul class="list-inline"><li class="hidden-print">{_byline(a)}</li>
<li class="asset-date"><time datetime="{w.isoformat()}" class="tnt-date asset-date text-muted">{_shown(a)} {w.hour % 12 or 12}:{w:%M} {"AM" if w.hour < 12 else "PM"}</time></li>{updated}</ul>
<div class="share-container"><a class="tnt-facebook" href="#">Facebook</a> <a class="tnt-twitter" href="#">Twitter</a> <a class="tnt-email" href="#">Email</a> <a class="tnt-print" href="#">Print</a> <a class="tnt-save" href="#">Save</a></div></div>
<figure class="photo"><img src="/content/tncms/assets/v3/editorial/{rng.getrandbits(32):x}.image.jpg" alt=""><figcaption class="caption-text">A view of the site on {_shown(a)}. <span class="tnt-byline">{esc(rng.choice(["Staff photo", "File photo"]))}</span></figcaption></figure>
<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-body">{"".join(body)}</div></div>
{related}
<div class="asset-comments"><h3>Comments</h3><ul class="comment-list">{comments(rng, rng.randint(2, 5), w)}</ul></div>
</article></section>
<aside class="col-md-4"><div class="tnt-most-popular"><h3 class="block-title"><span>Most Popular</span></h3><ul>{popular}</ul></div>
<div class="tnt-ads">Advertisement</div></aside>"""
    head = (
        f'<link rel="canonical" href="{site.base}{a.path}">'
        f'<meta property="og:title" content="{esc(a.title)}"><meta name="author" content="{esc(", ".join(a.authors))}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        f"<script>{feed('__tnt_recommend', others(rng, pool, a, 6), rng)}</script>"
    )
    return _shell(site, f"{a.title} | Local News | ledger-courier.example", a.path, head, main)


def listing(site: Site6, sec: str, page: int) -> tuple[bytes, str]:
    arts = [a for a in site.of("blox") if a.x["sec"] == sec]
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(
        f'<article class="tnt-asset-type-article"><div class="card-headline"><h3 class="tnt-headline"><a href="{a.path}">{esc(a.title)}</a></h3></div>'
        f'<div class="card-lead"><p class="tnt-summary">{esc(a.paras[0][:140])}</p></div><time datetime="{a.when.isoformat()}">{_shown(a)}</time></article>'
        for a in chunk
    )
    pages = (len(arts) + PER_PAGE - 1) // PER_PAGE
    nav = "".join(
        f'<li><a href="/news/{sec}/?page={n}">{n}</a></li>'
        for n in range(1, pages + 1)
        if n != page
    )
    main = f'<section class="col-md-8"><h1 class="block-title">{sec.title()} News</h1>{cards}<ul class="pagination">{nav}</ul></section>'
    return _shell(site, f"{sec.title()} | ledger-courier.example", f"{sec}{page}", "", main)


def register(site: Site6) -> None:
    arts = site.of("blox")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for sec in ("local", "education"):
        n = sum(a.x["sec"] == sec for a in arts)
        site.route(f"/news/{sec}/", lambda sec=sec: listing(site, sec, 1))  # type: ignore[misc]
        for page in range(1, (n + PER_PAGE - 1) // PER_PAGE + 1):
            site.route(
                f"/news/{sec}/?page={page}",
                lambda sec=sec, page=page: listing(site, sec, page),  # type: ignore[misc]
            )
