"""An English blog on Ghost 5 (a Casper-derived theme), under ``/blog/``.

``{{ghost_head}}`` writes times in UTC (``…Z``); the theme prints the day in the site's zone
(America/Los_Angeles). Writers appear only as ``rel="author"`` links and in the JSON-LD.
"""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, critical_css, esc, slugify, svg_sprite
from .pools import UK_FIRST, comment_text_en

if TYPE_CHECKING:
    from .generator import Site3

SITE = "Slow Signal"
PAGE = 6


def _z(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _day(when: datetime) -> str:
    return f"{when:%b} {when.day}, {when.year}"


def author_slug(name: str) -> str:
    return slugify(name)


def _head(site: Site3, title: str, path: str, extra: str, rng: random.Random, cls: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>

    <title>{esc(title)}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="preload" as="style" href="/blog/assets/built/screen.css?v=3f1a9c2b7e" />
    <link rel="preload" as="script" href="/blog/assets/built/casper.js?v=3f1a9c2b7e" />
    <link rel="stylesheet" type="text/css" href="/blog/assets/built/screen.css?v=3f1a9c2b7e" />
    <style>{critical_css(rng, "gh", 200)}</style>
    <link rel="icon" href="/blog/content/images/size/w256h256/2023/04/favicon.png" type="image/png">
    <link rel="canonical" href="{site.base}{path}">
    <meta name="referrer" content="no-referrer-when-downgrade">
{extra}
    <meta name="generator" content="Ghost 5.79">
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{site.base}/blog/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="{site.base}/blog/" data-key="8c2f9e1d4b7a3c6e5f0d1a2b3c" data-api="{site.base}/blog/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Oxygen,Ubuntu,Cantarell,'Open Sans','Helvetica Neue',sans-serif;text-align:center;width:100%;color:#ffffff;font-size:16px;}}.gh-post-upgrade-cta-content{{border-radius:8px;padding:40px 4vw;}}.gh-post-upgrade-cta h2{{color:#ffffff;font-size:28px;letter-spacing:-0.2px;margin:0;padding:0;}}.gh-post-upgrade-cta p{{margin:20px 0 0;padding:0;}}.gh-post-upgrade-cta small{{font-size:16px;letter-spacing:-0.2px;}}.gh-post-upgrade-cta a{{color:#ffffff;cursor:pointer;font-weight:500;box-shadow:none;text-decoration:underline;}}.gh-post-upgrade-cta a:hover{{color:#ffffff;opacity:0.8;box-shadow:none;text-decoration:underline;}}.gh-post-upgrade-cta a.gh-btn{{display:block;background:#ffffff;text-decoration:none;margin:28px 0 0;padding:8px 18px;border-radius:4px;font-size:16px;font-weight:600;}}.gh-post-upgrade-cta a.gh-btn:hover{{opacity:0.92;}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="8c2f9e1d4b7a3c6e5f0d1a2b3c" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="{site.base}/blog/" crossorigin="anonymous"></script>
    <script defer src="/blog/public/cards.min.js?v=3f1a9c2b7e"></script>
    <link rel="stylesheet" type="text/css" href="/blog/public/cards.min.css?v=3f1a9c2b7e">
    <script defer src="/blog/public/member-attribution.min.js?v=3f1a9c2b7e"></script><style>:root {{--ghost-accent-color: #d1493f;}}</style>
    <script defer data-domain="slowsignal.example" src="https://plausible.io/js/script.js"></script>
</head>
<body class="{cls} is-head-left-logo has-cover">
<div class="viewport">
{svg_sprite(["twitter", "facebook", "rss", "search", "arrow"])}
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="{site.base}/blog/">{SITE}</a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg><use href="#icon-search"/></svg></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
    <li class="nav-home"><a href="{site.base}/blog/">Home</a></li>
    <li class="nav-about"><a href="{site.base}/blog/about/">About</a></li>
    <li class="nav-photography"><a href="{site.base}/blog/tag/film/">Photography</a></li>
    <li class="nav-cycling"><a href="{site.base}/blog/tag/bikes/">Cycling</a></li>
    <li class="nav-archive"><a href="{site.base}/blog/page/2/">Archive</a></li>
                </ul>
            </nav>
            <div class="gh-head-actions">
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                    </div>
            </div>
        </div>
    </header>
    <div class="site-content">"""


def _foot(site: Site3) -> str:
    return f"""    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{site.base}/blog/">{SITE}</a> &copy; 2024</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-sign-up"><a href="#/portal/">Sign up</a></li>
    <li class="nav-privacy"><a href="{site.base}/privacy/">Privacy</a></li>
    <li class="nav-contact"><a href="{site.base}/contact/">Contact</a></li>
    <li class="nav-rss"><a href="{site.base}/blog/rss/">RSS</a></li>
                </ul>
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<script src="/blog/assets/built/casper.js?v=3f1a9c2b7e"></script>
<script>
$(document).ready(function () {{
    var $postContent = $(".gh-content");
    $postContent.fitVids();
}});
</script>
</body>
</html>"""


def card(site: Site3, b: Art) -> str:
    return f"""<article class="post-card post tag-{b.x["tag"]}">
    <a class="post-card-image-link" href="{site.base}{b.path}">
        <img class="post-card-image" srcset="/blog/content/images/size/w300/2024/{b.when:%m}/{b.x["img"]}.jpg 300w, /blog/content/images/size/w600/2024/{b.when:%m}/{b.x["img"]}.jpg 600w" sizes="(max-width: 1000px) 400px, 800px" src="/blog/content/images/size/w600/2024/{b.when:%m}/{b.x["img"]}.jpg" alt="{esc(b.title)}" loading="lazy" />
    </a>
    <div class="post-card-content">
        <a class="post-card-content-link" href="{site.base}{b.path}">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">{esc(b.x["tagname"])}</span></div>
                <h2 class="post-card-title">{esc(b.title)}</h2>
            </header>
            <div class="post-card-excerpt">{esc(b.paras[0][:140])}</div>
        </a>
        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{b.when:%Y-%m-%d}">{_day(b.when)}</time>
            <span class="post-card-meta-length">{len(b.paras) // 2 + 2} min read</span>
        </footer>
    </div>
</article>"""


def article(site: Site3, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"ghost:{a.path}")
    arts = sorted(site.of("ghost"), key=lambda b: b.when)
    k = arts.index(a)
    url = f"{site.base}{a.path}"
    img = f"/blog/content/images/size/w2000/2024/{a.when:%m}/{a.x['img']}.jpg"
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": SITE,
            "url": f"{site.base}/blog/",
            "logo": {
                "@type": "ImageObject",
                "url": f"{site.base}/blog/content/images/2023/04/logo.png",
            },
        },
        "author": [
            {
                "@type": "Person",
                "name": n,
                "url": f"{site.base}/blog/author/{author_slug(n)}/",
                "sameAs": [],
            }
            for n in a.authors
        ],
        "headline": a.title,
        "url": url,
        "datePublished": _z(a.when),
        "dateModified": _z(a.when + timedelta(hours=a.x["mod_h"])),
        "image": {
            "@type": "ImageObject",
            "url": f"{site.base}{img}",
            "width": 2000,
            "height": 1333,
        },
        "keywords": a.x["tagname"],
        "description": a.paras[0][:150],
        "mainEntityOfPage": url,
    }
    extra = f"""    <meta name="description" content="{esc(a.paras[0][:150])}">
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(a.title)}">
    <meta property="og:description" content="{esc(a.paras[0][:150])}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{site.base}{img}">
    <meta property="article:published_time" content="{_z(a.when)}">
    <meta property="article:modified_time" content="{_z(a.when + timedelta(hours=a.x["mod_h"]))}">
    <meta property="article:tag" content="{esc(a.x["tagname"])}">
    <meta property="article:publisher" content="https://www.facebook.com/slowsignal">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{esc(a.title)}">
    <meta name="twitter:description" content="{esc(a.paras[0][:150])}">
    <meta name="twitter:url" content="{url}">
    <meta name="twitter:image" content="{site.base}{img}">
    <meta name="twitter:site" content="@slowsignal">
    <meta property="og:image:width" content="2000">
    <meta property="og:image:height" content="1333">
    <script type="application/ld+json">
{json.dumps(ld, indent=4)}
    </script>"""
    head = _head(site, a.title, a.path, extra, rng, f"post-template tag-{a.x['tag']}")
    avatars = "".join(
        f'<li class="author-list-item"><a href="/blog/author/{author_slug(n)}/" class="author-avatar">'
        f'<img class="author-profile-image" src="/blog/content/images/size/w100/2023/04/'
        f'{author_slug(n)}.jpg" alt="{esc(n)}" /></a></li>'
        for n in a.authors
    )
    names = ", ".join(
        f'<a rel="author" href="/blog/author/{author_slug(n)}/">{esc(n)}</a>' for n in a.authors
    )
    body = []
    for j, p in enumerate(a.paras):
        body.append(f"<p>{esc(p)}</p>")
        if j == 2 and a.x["subhead"]:
            body.append(f'<h2 id="{slugify(a.x["subhead"])}">{esc(a.x["subhead"])}</h2>')
        if j == 4 and a.x["quote"]:
            body.append(f"<blockquote>{esc(a.paras[1].split('. ')[0])}.</blockquote>")
    rel = [site.by_path[p] for p in a.related]
    body.append(
        '<hr><h3 id="read-more-on-this-topic">Read more on this topic</h3><ul>'
        + "".join(f'<li><a href="{site.base}{r.path}">{esc(r.title)}</a></li>' for r in rel)
        + "</ul>"
    )
    recs = [site.by_path[p] for p in a.x["recommended"]]
    prev_a = arts[k - 1] if k else None
    next_a = arts[k + 1] if k + 1 < len(arts) else None
    nav = ""
    for label, b, cls in (("Previous", prev_a, "prev"), ("Next", next_a, "next")):
        if b:
            nav += (
                f'<a class="post-nav-{cls}" href="{site.base}{b.path}"><span class="post-nav-label">'
                f'{label}</span><h4 class="post-nav-title">{esc(b.title)}</h4><time datetime="'
                f'{b.when:%Y-%m-%d}">{_day(b.when)}</time></a>'
            )
    comments = ""
    if a.x["comments"]:
        rows = []
        for j in range(rng.randint(2, 4)):
            when = a.when + timedelta(days=1 + j, hours=rng.randint(0, 9))
            who = f"{rng.choice(UK_FIRST)} {rng.choice('ABCDEFGHKLMNPRSTW')}."
            rows.append(
                f'<div class="gh-comment"><div class="gh-comment-meta"><strong class="gh-comment-author">'
                f'{esc(who)}</strong> · <time datetime="{_z(when)}">{_day(when)}</time></div><p>'
                f"{esc(comment_text_en(rng))}</p></div>"
            )
        comments = (
            f'<section class="article-comments gh-canvas"><h3>{len(rows)} comments</h3>'
            f"{''.join(rows)}</section>"
        )
    page = f"""{head}
<main id="site-main" class="site-main">
<article class="article post tag-{a.x["tag"]} {"" if a.x["cover"] else "no-image"}">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="/blog/tag/{a.x["tag"]}/">{esc(a.x["tagname"])}</a>
                </span>
        </div>

        <h1 class="article-title">{esc(a.title)}</h1>

            <p class="article-excerpt">{esc(a.x["excerpt"])}</p>

        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">{avatars}</ul>

            <div class="article-byline-meta">
                <h4 class="author-name">{names}</h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{a.when:%Y-%m-%d}">{_day(a.when)}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> {len(a.paras) // 2 + 2} min read</span>
                </div>
            </div>

        </section>
        </div>

            {f'<figure class="article-image"><img srcset="{img} 2000w" src="{img}" alt="{esc(a.title)}" /><figcaption><span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@{a.x["img"]}"><span style="white-space: pre-wrap;">{esc(a.x["photo_by"])}</span></a><span style="white-space: pre-wrap;"> / </span><a href="https://unsplash.com/"><span style="white-space: pre-wrap;">Unsplash</span></a></figcaption></figure>' if a.x["cover"] else ""}
    </header>

    <section class="gh-content gh-canvas">
        {"".join(body)}
    </section>

    <section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>

    {comments}

    <nav class="post-nav gh-canvas">{nav}</nav>

</article>
</main>

<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <h3 class="read-more-title">You might also like</h3>
        {"".join(card(site, b) for b in recs)}
    </div>
</aside>
{_foot(site)}"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing(
    site: Site3,
    route: str,
    title: str,
    items: list[Art],
    older: str | None,
    newer: str | None,
    cls: str,
    intro: str = "",
) -> tuple[bytes, str]:
    rng = random.Random(f"ghost-list:{route}")
    pag = '<nav class="pagination" role="navigation">'
    if newer:
        pag += f'<a class="newer-posts" href="{site.base}{newer}">&larr; Newer Posts</a>'
    pag += f'<span class="page-number">{title}</span>'
    if older:
        pag += f'<a class="older-posts" href="{site.base}{older}">Older Posts &rarr;</a>'
    pag += "</nav>"
    html = f"""{_head(site, f"{title} - {SITE}" if title != SITE else SITE, route, "", rng, cls)}
<main id="site-main" class="site-main outer">
<div class="inner posts">
    {f'<section class="post-card post-card-large">{intro}</section>' if intro else ""}
    <div class="post-feed">
        {"".join(card(site, b) for b in items)}
    </div>
    {pag}
</div>
</main>
{_foot(site)}"""
    return html.encode("utf-8"), "text/html; charset=utf-8"


def about(site: Site3) -> tuple[bytes, str]:
    rng = random.Random("ghost-about")
    writers = sorted({n for a in site.of("ghost") for n in a.authors})
    html = f"""{_head(site, f"About - {SITE}", "/blog/about/", "", rng, "page-template page-about")}
<main id="site-main" class="site-main">
<article class="article page no-image">
    <header class="article-header gh-canvas"><h1 class="article-title">About</h1></header>
    <section class="gh-content gh-canvas">
        <p>{SITE} is a small newsletter about slow hobbies, written by {", ".join(writers[:-1])} and {writers[-1]}.</p>
        <p>We publish a couple of times a month. Subscribing is free; paid members keep the lights on.</p>
    </section>
</article>
</main>
{_foot(site)}"""
    return html.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site3) -> None:
    arts = sorted(site.of("ghost"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, partial(article, site, a))
    site.route("/blog/about/", partial(about, site))
    pages = -(-len(arts) // PAGE)
    for p in range(pages):
        route = "/blog/" if p == 0 else f"/blog/page/{p + 1}/"
        older = f"/blog/page/{p + 2}/" if p + 1 < pages else None
        newer = None if p == 0 else ("/blog/" if p == 1 else f"/blog/page/{p}/")
        site.route(
            route,
            partial(
                listing,
                site,
                route,
                SITE if p == 0 else f"Page {p + 1} of {pages}",
                arts[p * PAGE : (p + 1) * PAGE],
                older,
                newer,
                "home-template" if p == 0 else "paged archive-template",
            ),
        )
    tags: dict[str, tuple[str, list[Art]]] = {}
    for a in arts:
        tags.setdefault(a.x["tag"], (a.x["tagname"], []))[1].append(a)
    for slug, (name, items) in tags.items():
        route = f"/blog/tag/{slug}/"
        intro = (
            f'<header class="post-card-header"><h1 class="post-card-title">{esc(name)}</h1>'
            f'<div class="post-card-excerpt">A collection of {len(items)} posts</div></header>'
        )
        site.route(
            route, partial(listing, site, route, name, items, None, None, "tag-template", intro)
        )
    writers: dict[str, list[Art]] = {}
    for a in arts:
        for n in a.authors:
            writers.setdefault(n, []).append(a)
    for n, items in writers.items():
        route = f"/blog/author/{author_slug(n)}/"
        intro = (
            f'<header class="post-card-header"><h1 class="post-card-title">{esc(n)}</h1>'
            f'<div class="post-card-excerpt">Writes about things that take time. '
            f"{len(items)} posts</div></header>"
        )
        site.route(
            route, partial(listing, site, route, n, items, None, None, "author-template", intro)
        )
