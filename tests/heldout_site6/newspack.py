"""A Newspack (WordPress) non-profit newsroom: co-authors as ``author vcard`` spans, a date-only
``entry-date published`` whose datetime is in UTC (evening stories carry the next UTC day), an
``updated`` time, Jetpack's "Related" block, a "Republish this story" box, category/tag/author
archives paged with ``/page/2/``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from .common import Art, comments, css, esc, feed, filler_links, gtm, others, page_rng, slug

if TYPE_CHECKING:
    from .generator import Site6

CT = "text/html; charset=UTF-8"
PER_PAGE = 3


def _day(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _authors(a: Art) -> str:
    spans = [
        f'<span class="author vcard"><a class="url fn n" href="/author/{slug(n)}/">{esc(n)}</a></span>'
        for n in a.authors
    ]
    text = spans[0] if len(spans) == 1 else ", ".join(spans[:-1]) + " and " + spans[-1]
    return f'<span class="byline"><span class="author-prefix">By</span> {text}</span>'


def _shell(
    site: Site6, title: str, key: str, head: str, body_class: str, main: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<style id="newspack-theme-inline-css">{css(rng, "wp", 250)}</style>
<script>{gtm("GTM-NPK6")}</script>
</head>
<body class="{body_class} wp-theme-newspack-theme h-stk">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/01/logo.png" alt="Prairie Report"></a><p class="site-description">Nonprofit, nonpartisan news for the Midwest</p></div>
<nav class="main-navigation"><ul id="menu-primary" class="main-menu">{filler_links(rng, 10)}</ul></nav>
<a class="donate-button" href="/donate/">Donate</a></header>
<div id="content" class="site-content">
{main}
</div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget"><h2 class="widget-title">About</h2><p>Prairie Report is an independent, nonprofit newsroom. Our stories may be republished for free.</p></section>
<section class="widget"><ul><li><a href="/category/environment/">Environment</a></li><li><a href="/category/housing/">Housing</a></li><li><a href="/category/health/">Health</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/corrections/">Corrections</a></li></ul></section></div>
<div class="site-info">© 2024 Prairie Report. <a href="/privacy-policy/">Privacy Policy</a> Proudly powered by Newspack by WordPress.com.</div></footer>
</body></html>"""
    return page.encode("utf-8"), CT


def article(site: Site6, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pool = site.of("newspack")
    utc = a.when.astimezone(UTC)
    upd = (a.when + timedelta(days=1, hours=2)).astimezone(UTC)
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{site.base}{a.path}#article",
                "headline": a.title,
                "datePublished": utc.isoformat(),
                "dateModified": upd.isoformat(),
                "author": [{"name": n} for n in a.authors],
                "isPartOf": {"@id": f"{site.base}{a.path}"},
            },
            {
                "@type": "WebPage",
                "@id": f"{site.base}{a.path}",
                "name": f"{a.title} - Prairie Report",
                "datePublished": utc.isoformat(),
            },
        ],
    }
    paras = "".join(
        f'<h2 class="wp-block-heading">{esc(p)}</h2>' if len(p) < 40 else f"<p>{esc(p)}</p>"
        for p in a.paras
    )
    updated = (
        f'<time class="updated" datetime="{upd.isoformat()}">Updated {_day(upd.astimezone(a.when.tzinfo))}</time>'
        if a.x["updated"]
        else ""
    )
    related = ""
    if a.related:
        items = "".join(
            f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{r}">{esc(site.by_path[r].title)}</a></h4>'
            f'<p class="jp-relatedposts-post-date">{_day(site.by_path[r].when)}</p><p class="jp-relatedposts-post-context">In &quot;{site.by_path[r].x["cat"].title()}&quot;</p></div>'
            for r in a.related
        )
        related = f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">{items}</div></div>'
    tags = "".join(f'<a href="/tag/{t}/" rel="tag">{t.title()}</a>' for t in a.x["tags"])
    bios = "".join(
        f'<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header"><a href="/author/{slug(n)}/">{esc(n)}</a></h2><p>{esc(n)} covers {a.x["cat"]} for Prairie Report. Contact at {slug(n).split("-")[0]}@prairiereport.example.</p></div></div>'
        for n in a.authors
    )
    main = f"""<div class="site-main" id="main"><article id="post-{4000 + a.i}" class="post-{4000 + a.i} post type-post status-publish category-{a.x["cat"]}">
<header class="entry-header"><span class="cat-links"><a href="/category/{a.x["cat"]}/">{a.x["cat"].title()}</a></span>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-subhead"><div class="entry-meta">{_authors(a)}<span class="posted-on"><time class="entry-date published" datetime="{utc.isoformat()}">{_day(a.when)}</time>{updated}</span></div>
<div class="newspack-sharing"><a class="share-twitter" href="#">Twitter</a><a class="share-facebook" href="#">Facebook</a><a class="share-email" href="#">Email</a><a class="share-print" href="#">Print</a></div></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2024/03/{rng.getrandbits(32):x}-1200x800.jpg" alt=""><figcaption><span class="image-credit">Credit: {esc(rng.choice(["Prairie Report", "Courtesy photo"]))}</span></figcaption></figure>
<div class="entry-content">{paras}
<div class="wp-block-group republish-box"><h2>Republish this story</h2><p>Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website.</p><button class="republish-button">Republish This Story</button></div>
{related}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged: {tags}</span></footer>
{bios}
<nav class="navigation post-navigation"><div class="nav-previous"><a href="{others(rng, pool, a, 1)[0].path}" rel="prev"><span class="meta-nav">Previous</span></a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">{rng.randint(2, 4)} thoughts on &ldquo;{esc(a.title)}&rdquo;</h2><ol class="comment-list">{comments(rng, rng.randint(2, 4), a.when)}</ol></div>
</article></div>
<aside id="secondary" class="widget-area"><section class="widget newspack-newsletters"><h2>Get our free newsletter</h2><form><input type="email"><button>Subscribe</button></form></section>
<section class="widget"><h2 class="widget-title">Latest</h2><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a> <span>{_day(b.when)}</span></li>' for b in others(rng, pool, a, 4))}</ul></section></aside>"""
    head = (
        f'<link rel="canonical" href="{site.base}{a.path}">'
        f'<meta property="og:title" content="{esc(a.title)}"><meta property="article:published_time" content="{utc.isoformat()}">'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script>'
        f"<script>{feed('newspackPopular', others(rng, pool, a, 5), rng)}</script>"
    )
    return _shell(site, f"{a.title} - Prairie Report", a.path, head, "single single-post", main)


def archive(site: Site6, kind: str, name: str, page: int) -> tuple[bytes, str]:
    pool = site.of("newspack")
    arts = [
        a
        for a in pool
        if (kind == "category" and a.x["cat"] == name)
        or (kind == "tag" and name in a.x["tags"])
        or (kind == "author" and name in [slug(n) for n in a.authors])
    ]
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2><div class="entry-meta">{_authors(a)} <time class="entry-date published" datetime="{a.when.astimezone(UTC).isoformat()}">{_day(a.when)}</time></div><p>{esc(a.paras[0][:150])}</p></article>'
        for a in chunk
    )
    base = f"/{kind}/{name}/"
    nav = ""
    if page * PER_PAGE < len(arts):
        nav += f'<a class="next page-numbers" href="{base}page/{page + 1}/">Next</a>'
    if page > 1:
        nav += f'<a class="prev page-numbers" href="{base}{"" if page == 2 else f"page/{page - 1}/"}">Previous</a>'
    label = {"category": "Category", "tag": "Tag", "author": "Author"}[kind]
    main = f'<div class="site-main" id="main"><header class="page-header"><h1 class="page-title"><span class="page-subtitle">{label}:</span> {esc(name.replace("-", " ").title())}</h1></header>{cards}<nav class="pagination">{nav}</nav></div>'
    return _shell(
        site,
        f"{name.title()} Archives - Prairie Report",
        f"{kind}{name}{page}",
        "",
        "archive",
        main,
    )


def register(site: Site6) -> None:
    arts = site.of("newspack")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    groups = {
        ("category", c): sum(a.x["cat"] == c for a in arts) for c in {a.x["cat"] for a in arts}
    }
    groups |= {("tag", t): sum(t in a.x["tags"] for a in arts) for a in arts for t in a.x["tags"]}
    groups |= {("author", slug(n)): sum(n in a.authors for a in arts) for n in site.np_staff}
    for (kind, name), n in sorted(groups.items()):
        site.route(f"/{kind}/{name}/", lambda k=kind, m=name: archive(site, k, m, 1))  # type: ignore[misc]
        for page in range(2, (n + PER_PAGE - 1) // PER_PAGE + 1):
            site.route(
                f"/{kind}/{name}/page/{page}/",
                lambda k=kind, m=name, p=page: archive(site, k, m, p),  # type: ignore[misc]
            )
