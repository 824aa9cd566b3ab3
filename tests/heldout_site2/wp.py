# ruff: noqa: E501  (HTML templates: one line of markup per line, as CMSes emit it)
"""The WordPress news theme (an underscores-based theme with Yoast SEO): posts, the blog index and
its pages, category/tag/author/monthly archives, and the portal's front page and about page."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from .common import SVG_ICONS, Art, analytics_js, css_bulk, esc, slugify

if TYPE_CHECKING:
    from .generator import Site2

SITE = "The Harbor Ledger"
PER_PAGE = 5
CTYPE = "text/html; charset=UTF-8"


def show_date(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def show_time(d: datetime) -> str:
    return f"{(d.hour - 1) % 12 + 1}:{d:%M} {'am' if d.hour < 12 else 'pm'}"


def utc(d: datetime) -> str:
    return d.astimezone(UTC).isoformat()


def author_links(site: Site2, names: list[str]) -> str:
    links = [
        f'<span class="author vcard"><a class="url fn n" href="{site.base}/author/{slugify(n)}/">'
        f"{esc(n)}</a></span>"
        for n in names
    ]
    return " and ".join(links) if len(links) <= 2 else ", ".join(links)


def head(site: Site2, title: str, canonical: str, extra: str = "", seed: int = 0) -> str:
    b = site.base
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{title}</title>
<link rel="canonical" href="{canonical}" />
<meta property="og:locale" content="en_US" />
<meta property="og:site_name" content="{SITE}" />
{extra}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{b}/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{b}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<style id='wp-block-library-inline-css'>
:root{{--wp-admin-theme-color:#007cba;--wp-admin-theme-color--rgb:0,124,186;--wp--preset--color--black:#000000;--wp--preset--color--cyan-bluish-gray:#abb8c3;--wp--preset--color--white:#ffffff;--wp--preset--color--pale-pink:#f78da7;--wp--preset--color--vivid-red:#cf2e2e;--wp--preset--font-size--small:13px;--wp--preset--font-size--medium:20px;--wp--preset--font-size--large:36px;--wp--preset--spacing--20:0.44rem;--wp--preset--spacing--30:0.67rem;}}
{css_bulk("ledger", 120, seed)}
</style>
<link rel='stylesheet' id='ledger-style-css' href='{b}/wp-content/themes/ledger/style.css?ver=2.3.1' media='all' />
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{analytics_js("G-LEDGER01", seed)}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.defineSlot('/21775744923/ledger/leaderboard',[[728,90],[970,250]],'div-gpt-ad-leaderboard').addService(googletag.pubads());googletag.enableServices();}});</script>
</head>
"""


def masthead(site: Site2) -> str:
    b = site.base
    cats = "".join(
        f'<li id="menu-item-{30 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-'
        f'category menu-item-{30 + i}"><a href="{b}/category/{slug}/">{name}</a></li>'
        for i, (slug, name) in enumerate(site.wp_cats)
    )
    return f"""<body class="wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="top-bar"><div class="container"><span class="top-bar__date">Tuesday, April 2, 2024</span>
<span class="top-bar__weather">Harbor City 48&deg;F Partly cloudy</span>
<ul class="top-bar__links"><li><a href="{b}/about/">About</a></li><li><a href="{b}/calendar/2024-03/">Calendar</a></li><li><a href="https://subscribe.harborledger.example/">Subscribe</a></li><li><a href="https://harborledger.example/e-edition/">E-Edition</a></li></ul></div></div>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="{b}/" rel="home">{SITE}</a></p>
<p class="site-description">News from the harbor towns since 1887</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu"><li class="menu-item menu-item-home"><a href="{b}/">Home</a></li>{cats}
<li class="menu-item"><a href="{b}/xxgk/zwdt/index.html">Qingshan County</a></li>
<li class="menu-item"><a href="{b}/html/node_1.htm">Jiangcheng Daily</a></li>
<li class="menu-item"><a href="{b}/news/cate/6638">Dongfang News</a></li>
<li class="menu-item"><a href="{b}/meridian/">The Meridian Post</a></li></ul></nav>
<div class="header-search"><form role="search" method="get" class="search-form" action="{b}/search">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="q" /></label>
<input type="submit" class="search-submit" value="Search" /></form>
<a class="header-search__trending" href="{b}/search?q=harbor">Popular: harbor</a></div>
</header>
<div class="ad ad-leaderboard"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-leaderboard" style="min-height:90px"><script>googletag.cmd.push(function(){{googletag.display('div-gpt-ad-leaderboard');}});</script></div></div>
"""


def sidebar(site: Site2) -> str:
    b = site.base
    trend = "".join(
        f'<li><a href="{b}{p}">{esc(site.by_path[p].title)}</a></li>' for p in site.wp_trending
    )
    cats = "".join(
        f'<li class="cat-item"><a href="{b}/category/{slug}/">{name}</a> ({sum(1 for a in site.of("wp") if a.x["cat"][0] == slug)})</li>'
        for slug, name in site.wp_cats
    )
    return f"""<aside id="secondary" class="widget-area">
<section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-mrec-1" style="min-height:250px"></div></div></section>
<section id="trending-posts-2" class="widget widget_trending_posts"><h2 class="widget-title">Trending Now</h2><ol class="trending-list">{trend}</ol></section>
<section id="newsletter-2" class="widget widget_newsletter"><h2 class="widget-title">Morning Ledger</h2><p>Get the day&#8217;s top stories from the harbor towns in your inbox every morning at 6.</p>
<form action="https://newsletters.harborledger.example/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Sections</h2><ul>{cats}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="{b}/2024/03/">March 2024</a></li><li><a href="{b}/2024/02/">February 2024</a></li></ul></section>
<section id="custom_html-4" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-mrec-2" style="min-height:600px"></div></div></section>
</aside>"""


def footer(site: Site2) -> str:
    b = site.base
    return f"""</div><!-- #content -->
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><div class="footer-col"><h3>{SITE}</h3><p>Serving Harbor City, Millbrook, Cedar Hill and the island towns. Locally owned and independent.</p><p>112 Front Street, Harbor City<br>Newsroom: (555) 010-4477</p></div>
<div class="footer-col"><h3>Sections</h3><ul>{"".join(f'<li><a href="{b}/category/{s}/">{n}</a></li>' for s, n in site.wp_cats)}</ul></div>
<div class="footer-col"><h3>Company</h3><ul><li><a href="{b}/about/">About us</a></li><li><a href="{b}/calendar/2024-03/">Events calendar</a></li><li><a href="mailto:tips@harborledger.example">Send a news tip</a></li><li><a href="https://harborledger.example/advertise/">Advertise</a></li></ul></div>
<div class="footer-col"><h3>Follow</h3><ul class="social"><li><a href="https://www.facebook.com/harborledger">{SVG_ICONS["facebook"]} Facebook</a></li><li><a href="https://x.com/harborledger">{SVG_ICONS["x"]} X</a></li></ul></div></div>
<div class="site-info">&copy; 2024 {SITE}. All rights reserved. <a href="https://harborledger.example/privacy-policy/">Privacy Policy</a> | <a href="https://harborledger.example/terms/">Terms of Use</a> | Proudly powered by <a href="https://wordpress.org/">WordPress</a></div>
</footer></div><!-- #page -->
<script src="{b}/wp-content/themes/ledger/js/navigation.js?ver=2.3.1" id="ledger-navigation-js"></script>
<script id="wp-consent-js-extra">var consent_api = {{"consent_type":"optin","waitfor_consent_hook":"","cookie_expiration":"30","cookie_prefix":"wp_consent"}};</script>
</body>
</html>
"""


def byline_html(site: Site2, a: Art) -> str:
    if not a.authors:
        return ""
    return f'<span class="byline">By {author_links(site, a.authors)}</span>'


def posted_on(site: Site2, a: Art, link: bool = True) -> str:
    d = a.when
    shown = show_date(d) if a.precision == "day" else f"{show_date(d)} at {show_time(d)}"
    t = f'<time class="entry-date published" datetime="{utc(d)}">{shown}</time>'
    if a.x.get("updated"):
        u = d.replace(hour=min(d.hour + 2, 23))
        u = u.replace(day=min(u.day + 1, 28))
        t += f'<time class="updated" datetime="{utc(u)}">{show_date(u)}</time>'
    return f'<span class="posted-on"><a href="{site.base}{a.path}" rel="bookmark">{t}</a></span>'


def excerpt(a: Art, words: int = 40) -> str:
    w = a.paras[0].split()
    return " ".join(w[:words]) + (" [&hellip;]" if len(w) > words else "")


def post_classes(a: Art) -> str:
    tags = " ".join(f"tag-{t}" for t in a.x["tags"])
    thumb = " has-post-thumbnail" if a.x["image"] else ""
    return (
        f"post-{a.x['post_id']} post type-post status-publish format-standard{thumb} hentry "
        f"category-{a.x['cat'][0]} {tags}"
    )


def article_page(site: Site2, a: Art) -> tuple[bytes, str]:
    b = site.base
    url = b + a.path
    rng = random.Random(a.x["post_id"])
    cat_slug, cat_name = a.x["cat"]
    person: dict[str, object] | None = (
        {
            "@type": "Person",
            "@id": f"{b}/#/schema/person/{slugify(a.authors[0])}",
            "name": a.authors[0],
            "url": f"{b}/author/{slugify(a.authors[0])}/",
        }
        if a.authors
        else None
    )
    graph: list[dict[str, object]] = [
        {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "headline": a.title,
            "datePublished": utc(a.when),
            "mainEntityOfPage": {"@id": url},
            "wordCount": sum(len(p.split()) for p in a.paras),
            "publisher": {"@id": f"{b}/#organization"},
            "articleSection": [cat_name],
            "inLanguage": "en-US",
        },
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{a.title} - {SITE}",
            "isPartOf": {"@id": f"{b}/#website"},
            "datePublished": utc(a.when),
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
            "inLanguage": "en-US",
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{b}/"},
                {"@type": "ListItem", "position": 2, "name": a.title},
            ],
        },
        {"@type": "WebSite", "@id": f"{b}/#website", "url": f"{b}/", "name": SITE},
        {"@type": "Organization", "@id": f"{b}/#organization", "name": SITE, "url": f"{b}/"},
    ]
    if person:
        graph[0]["author"] = {"name": a.authors[0], "@id": person["@id"]}
        graph.append(person)
    extra = f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(excerpt(a, 28))}" />
<meta property="og:url" content="{url}" />
<meta property="article:publisher" content="https://www.facebook.com/harborledger" />
<meta property="article:published_time" content="{utc(a.when)}" />
{f'<meta name="author" content="{esc(a.authors[0])}" />' if a.authors else ""}
<meta name="twitter:card" content="summary_large_image" />
{f'<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="{esc(a.authors[0])}" />' if a.authors else ""}
<meta name="twitter:label2" content="Est. reading time" /><meta name="twitter:data2" content="{max(1, len(a.paras) // 3)} minutes" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": graph})}</script>"""
    paras = []
    others = [x for x in site.of("wp") if x is not a and x.path not in a.related]
    for i, p in enumerate(a.paras):
        txt = esc(p)
        if i == 2 and rng.random() < 0.5:  # an in-text link to earlier coverage
            o = rng.choice(others)
            txt += f' The Ledger <a href="{b}{o.path}">reported earlier</a> on a similar dispute.'
        paras.append(f"<p>{txt}</p>")
        if i == 3:
            paras.append(
                '<div class="code-block code-block-2" style="margin: 8px auto; text-align: center;'
                ' display: block; clear: both;"><div class="ad-label">Advertisement</div>'
                '<div id="div-gpt-ad-incontent-1"></div></div>'
            )
    if a.x["image"]:
        fig = (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
            f'height="683" src="{b}/wp-content/uploads/2024/02/harbor-{a.x["post_id"]}-1024x683.jpg"'
            f' alt="" class="wp-image-{a.x["post_id"] + 1}" /><figcaption class="wp-element-caption">'
            f"Crews at work near {esc(a.paras[0].split()[0])} earlier this month. (Photo by "
            f"{esc(a.x['caption_by'])}/{SITE})</figcaption></figure>"
        )
        paras.insert(1, fig)
    tags = ", ".join(
        f'<a href="{b}/tag/{t}/" rel="tag">{t.replace("-", " ")}</a>' for t in a.x["tags"]
    )
    wps = site.of("wp")
    prev_a = wps[a.idx - 1] if a.idx > 0 else None
    next_a = wps[a.idx + 1] if a.idx + 1 < len(wps) else None
    nav = ""
    if prev_a:
        nav += f'<div class="nav-previous"><a href="{b}{prev_a.path}" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">{esc(prev_a.title)}</span></a></div>'
    if next_a:
        nav += f'<div class="nav-next"><a href="{b}{next_a.path}" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">{esc(next_a.title)}</span></a></div>'
    related = "".join(
        f'<article class="related-post"><a class="related-post__thumb" href="{b}{p}"><img src="{b}/wp-content/uploads/2024/02/rel-{i}-300x200.jpg" alt="" loading="lazy"></a>'
        f'<h3 class="related-post__title"><a href="{b}{p}">{esc(site.by_path[p].title)}</a></h3>'
        f'<time class="related-post__date" datetime="{utc(site.by_path[p].when)}">{show_date(site.by_path[p].when)}</time></article>'
        for i, p in enumerate(a.related)
    )
    bio = ""
    if a.authors:
        n = a.authors[0]
        bio = (
            f'<div class="author-info"><div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{slugify(n)}?s=80" class="avatar avatar-80 photo" height="80" width="80"></div>'
            f'<div class="author-description"><h2 class="author-title">{esc(n)}</h2><p class="author-bio">{esc(n)} covers {cat_name.lower()} news for the Ledger. '
            f'Reach them at {slugify(n).replace("-", ".")}@harborledger.example. <a class="author-link" href="{b}/author/{slugify(n)}/" rel="author">View all posts by {esc(n)}</a></p></div></div>'
        )
    share = "".join(
        f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" class="share-{k} sd-button share-icon" href="{url}?share={k}" target="_blank" title="Click to share on {k}">{icon}<span class="sharing-screen-reader-text">Click to share on {k} (Opens in new window)</span></a></li>'
        for k, icon in SVG_ICONS.items()
    )
    body = f"""{masthead(site)}
<div id="content" class="site-content">
<nav class="yoast-breadcrumbs" aria-label="Breadcrumb"><span><span><a href="{b}/">Home</a></span> &raquo; <span><a href="{b}/category/{cat_slug}/">{cat_name}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{esc(a.title)}</span></span></nav>
<div class="content-area-wrap">
<main id="primary" class="site-main">
<article id="post-{a.x["post_id"]}" class="{post_classes(a)}">
<header class="entry-header">
<span class="cat-links"><a href="{b}/category/{cat_slug}/" rel="category tag">{cat_name}</a></span>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">{byline_html(site, a)} {posted_on(site, a)}</div>
</header>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{share}</ul></div></div></div>
<div class="entry-content">
{"".join(paras)}
<p><em>Have a tip about this story? Email the newsroom at <a href="mailto:tips@harborledger.example">tips@harborledger.example</a>.</em></p>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tags}</span></footer>
</article>
{bio}
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">{nav}</div></nav>
<section class="related-posts"><h2 class="related-posts__heading">Related Posts</h2><div class="related-posts__grid">{related}</div></section>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text" size="30" maxlength="245" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /><input type="hidden" name="comment_post_ID" value="{a.x["post_id"]}" id="comment_post_ID" /></p></form></div></div>
</main>
{sidebar(site)}
</div>
{footer(site)}"""
    page = head(site, f"{esc(a.title)} &#8211; {SITE}", url, extra, a.x["post_id"]) + body
    return page.encode("utf-8"), CTYPE


def teaser(site: Site2, a: Art) -> str:
    b = site.base
    thumb = (
        f'<a class="post-thumbnail" href="{b}{a.path}" aria-hidden="true" tabindex="-1"><img width="300" height="200" src="{b}/wp-content/uploads/2024/02/harbor-{a.x["post_id"]}-300x200.jpg" alt="{esc(a.title)}" /></a>'
        if a.x["image"]
        else ""
    )
    return f"""<article id="post-{a.x["post_id"]}" class="{post_classes(a)}">{thumb}
<header class="entry-header"><h2 class="entry-title"><a href="{b}{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
<div class="entry-meta">{byline_html(site, a)} {posted_on(site, a)}</div></header>
<div class="entry-summary"><p>{excerpt(a)}</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{b}/category/{a.x["cat"][0]}/" rel="category tag">{a.x["cat"][1]}</a></span></footer></article>
"""


def archive_page(
    site: Site2,
    path: str,
    heading: str,
    doc_title: str,
    arts: list[Art],
    older: str | None = None,
    newer: str | None = None,
    intro: str = "",
) -> tuple[bytes, str]:
    b = site.base
    nav = ""
    if older:
        nav += f'<div class="nav-previous"><a href="{b}{older}">Older posts</a></div>'
    if newer:
        nav += f'<div class="nav-next"><a href="{b}{newer}">Newer posts</a></div>'
    main = f"""{masthead(site)}
<div id="content" class="site-content"><div class="content-area-wrap">
<main id="primary" class="site-main">
<header class="page-header"><h1 class="page-title">{heading}</h1>{intro}</header>
{"".join(teaser(site, a) for a in arts)}
<nav class="navigation posts-navigation" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">{nav}</div></nav>
</main>
{sidebar(site)}
</div>
{footer(site)}"""
    extra = '<meta property="og:type" content="website" />'
    page = head(site, doc_title, b + path, extra, len(path)) + main
    return page.encode("utf-8"), CTYPE


def register(site: Site2) -> None:
    posts = sorted(site.of("wp"), key=lambda a: a.when, reverse=True)
    for a in posts:
        site.route(a.path, partial(article_page, site, a))
    pages = [posts[i : i + PER_PAGE] for i in range(PER_PAGE, len(posts), PER_PAGE)]
    for n, chunk in enumerate(pages, 2):
        path = f"/page/{n}/"
        older = f"/page/{n + 1}/" if n - 1 < len(pages) else None
        newer = "/" if n == 2 else f"/page/{n - 1}/"
        site.route(
            path,
            partial(
                archive_page,
                site,
                path,
                "Latest news",
                f"Latest news &#8211; Page {n} &#8211; {SITE}",
                chunk,
                older,
                newer,
            ),
        )
    groups: dict[str, tuple[str, str, list[Art]]] = {}
    for a in posts:
        slug, name = a.x["cat"]
        groups.setdefault(
            f"/category/{slug}/", (f"Category: <span>{name}</span>", f"{name} Archives", [])
        )[2].append(a)
        for t in a.x["tags"]:
            groups.setdefault(
                f"/tag/{t}/",
                (f"Tag: <span>{t.replace('-', ' ')}</span>", f"{t.replace('-', ' ')} Archives", []),
            )[2].append(a)
        for who in a.authors:
            groups.setdefault(
                f"/author/{slugify(who)}/",
                (
                    f'Author: <span class="vcard">{esc(who)}</span>',
                    f"{esc(who)}, Author at {SITE}",
                    [],
                ),
            )[2].append(a)
        groups.setdefault(
            f"/{a.when:%Y/%m}/", (f"Month: <span>{a.when:%B %Y}</span>", f"{a.when:%B %Y}", [])
        )[2].append(a)
    for path, (heading, title, arts) in groups.items():
        site.route(
            path,
            partial(archive_page, site, path, heading, f"{title} &#8211; {SITE}", arts),
        )
