"""An Arc XP national daily's article page: a linked byline ("By A, B and C"), a display date
with a.m./p.m. and the zone's abbreviation, JSON-LD in UTC, an in-body "Read more:" list, a
"Most Read" rail and Fusion's global content (other stories) in a script."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import UTC
from typing import TYPE_CHECKING

from .common import Art, ad_js, css, esc, feed, filler_links, gtm, others, page_rng, slug

if TYPE_CHECKING:
    from .generator import Site6

CT = "text/html; charset=utf-8"
SECS = ("politics", "national", "business")


def _date(a: Art) -> str:
    w = a.when
    h = w.hour % 12 or 12
    ampm = "a.m." if w.hour < 12 else "p.m."
    return f"{w:%B} {w.day}, {w.year} at {h}:{w:%M} {ampm} {w.tzname()}"


def _byline(a: Art) -> str:
    if not a.authors:
        return '<div class="byline" data-qa="author-byline">By Associated Press</div>'
    links = [
        f'<a href="/people/{slug(n)}/" rel="author" data-qa="author-name">{esc(n)}</a>'
        for n in a.authors
    ]
    text = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
    return f'<div class="byline" data-qa="author-byline">By {text}</div>'


def _shell(site: Site6, title: str, key: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
{head}
<style>{css(rng, "wpds", 260)}</style>
<script>{gtm("GTM-WPNS6")}</script>
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><div class="masthead"><a href="/" aria-label="Homepage"><svg width="200" height="30"><title>The Daily Ledger</title></svg></a></div>
<nav aria-label="Sections"><ul class="sections-menu">{filler_links(rng, 14)}</ul></nav>
<div class="header-actions"><a href="/subscribe/">Subscribe</a> <a href="/signin/">Sign in</a> <a href="/search/?query=">Search</a></div></header>
<div id="div-gpt-leaderboard" class="ad-slot" data-qa="ad-leaderboard"><span class="ad-label">Advertisement</span></div>
<main id="main-content">
{main}
</main>
<footer class="site-footer"><ul><li><a href="/about/">About The Ledger</a></li><li><a href="/corrections/">Corrections</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/podcasts/post-reports/">Podcasts</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/terms/">Terms of Use</a></li></ul>
<p class="copyright">© 1996-2024 The Daily Ledger</p></footer>
<script>{ad_js("leaderboard", "[[728, 90], [970, 250]]")}</script>
</body></html>"""
    return page.encode("utf-8"), CT


def article(site: Site6, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pool = site.of("arc")
    utc = a.when.astimezone(UTC)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "dateModified": utc.replace(minute=59).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "author": [
            {"@type": "Person", "name": n, "url": f"{site.base}/people/{slug(n)}/"}
            for n in a.authors
        ]
        or [{"@type": "Organization", "name": "Associated Press"}],
        "publisher": {"@type": "Organization", "name": "The Daily Ledger"},
        "mainEntityOfPage": site.base + a.path,
        "isAccessibleForFree": False,
    }
    body: list[str] = []
    read_at = max(1, (len(a.paras) * 3) // 5)
    for k, p in enumerate(a.paras):
        if k == read_at and a.related:
            items = "".join(
                f'<li><a href="{r}">{esc(site.by_path[r].title)}</a></li>' for r in a.related
            )
            body.append(
                f'<div class="interstitial" data-qa="interstitial-link"><p class="font-bold">Read more:</p><ul>{items}</ul></div>'
            )
        if k == 2:
            body.append(
                '<div class="ad-slot" id="div-gpt-inline1"><span class="ad-label">Advertisement</span></div>'
            )
        if len(p) < 40:
            body.append(f'<h3 class="wpds-c-subhead" data-qa="subheadline">{esc(p)}</h3>')
        else:
            body.append(
                f'<div class="article-body"><p data-el="text" dir="null" class="wpds-c-cYdRxM">{esc(p)}</p></div>'
            )
    most = "".join(
        f'<li><a href="{b.path}" data-qa="most-read-link"><span class="rank">{n}</span>{esc(b.title)}</a></li>'
        for n, b in enumerate(others(rng, pool, a, 5), 1)
    )
    nxt = others(rng, [b for b in pool if b not in [site.by_path[r] for r in a.related]], a, 1)[0]
    main = f"""<article>
<div class="kicker"><a href="/{a.x["sec"]}/">{a.x["sec"].title()}</a></div>
<div class="headline"><h1 data-qa="headline" id="main-content-headline">{esc(a.title)}</h1></div>
<div class="byline-date">{_byline(a)}
<div class="timestamp"><span class="display-date" data-qa="display-date">{_date(a)}</span></div></div>
<div class="share-bar" data-qa="share-bar"><button data-qa="gift-article">Gift Article</button><button aria-label="Share">Share</button><a href="#comments" data-qa="comments-btn">{rng.randint(10, 2500)} Comments</a><button aria-label="Save">Save</button></div>
<figure class="lead-art"><img src="/resizer/{rng.getrandbits(48):x}.jpg" alt="" width="1484" height="989"/><figcaption>People gather outside the building. (Photo by {esc(rng.choice(["Jabin Botsford", "Bonnie Jo Mount", "Matt McClain"]))}/The Daily Ledger)</figcaption></figure>
<div class="article-body-wrapper" data-qa="article-body">
{"".join(body)}
</div>
<div class="newsletter-promo" data-qa="newsletter-signup"><p>Get the latest news in your inbox every morning.</p><a href="/newsletters/">Sign up</a></div>
<div class="next-story"><span>Next story</span> <a href="{nxt.path}">{esc(nxt.title)}</a> <time>{_date(nxt)}</time></div>
<section id="comments" class="comments"><h2>Comments</h2><p>Comments are closed.</p></section>
</article>
<aside class="right-rail"><div data-qa="most-read"><h2>Most Read</h2><ol>{most}</ol></div>
<div class="ad-slot" id="div-gpt-rail"><span class="ad-label">Advertisement</span></div></aside>"""
    head = (
        f'<link rel="canonical" href="{site.base}{a.path}"/>'
        f'<meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/>'
        f'<meta name="description" content="{esc(a.paras[0][:150])}"/>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        f'<script>var Fusion=Fusion||{{}};Fusion.arcSite="ledger";{feed("Fusion.contentCache", others(rng, pool, a, 8), rng)}</script>'
    )
    return _shell(site, f"{a.title} - The Daily Ledger", a.path, head, main)


def listing(site: Site6, sec: str, offset: int) -> tuple[bytes, str]:
    arts = [a for a in site.of("arc") if a.x["sec"] == sec]
    chunk = arts[offset : offset + 3]
    cards = "".join(
        f'<div class="story-card"><h2><a href="{a.path}">{esc(a.title)}</a></h2><p class="blurb">{esc(a.paras[0][:120])}</p>'
        f'<span class="byline">{esc(", ".join(a.authors) or "Associated Press")}</span> <span class="timestamp">{_date(a)}</span></div>'
        for a in chunk
    )
    more = (
        f'<a class="load-more" href="/{sec}/?offset={offset + 3}">Load more</a>'
        if offset + 3 < len(arts)
        else ""
    )
    return _shell(
        site,
        f"{sec.title()} - The Daily Ledger",
        f"{sec}{offset}",
        "",
        f'<h1 class="section-title">{sec.title()}</h1>{cards}{more}',
    )


def person_page(site: Site6, name: str) -> tuple[bytes, str]:
    arts = [a for a in site.of("arc") if name in a.authors]
    cards = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="timestamp">{_date(a)}</span></li>'
        for a in arts
    )
    main = f'<div class="author-bio"><h1>{esc(name)}</h1><p>{esc(name)} is a reporter covering national affairs. Follow on X.</p></div><ul class="author-stories">{cards}</ul>'
    return _shell(site, f"{name} - The Daily Ledger", "p" + name, "", main)


def register(site: Site6) -> None:
    arts = site.of("arc")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for sec in SECS:
        n = sum(a.x["sec"] == sec for a in arts)
        site.route(f"/{sec}/", lambda sec=sec: listing(site, sec, 0))  # type: ignore[misc]
        for off in range(3, n, 3):
            site.route(f"/{sec}/?offset={off}", lambda sec=sec, off=off: listing(site, sec, off))  # type: ignore[misc]
    for name in sorted({n for a in arts for n in a.authors}):
        site.route(f"/people/{slug(name)}/", lambda name=name: person_page(site, name))  # type: ignore[misc]
