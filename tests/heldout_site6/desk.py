"""An Indian news portal's article page: "TOI News Desk / Updated: Mar 15, 2024, 08:23 IST" (a
desk is nobody) or "By Rahul Sharma", an "Edited By:" line on some, in-body "Also Read" lines of
one link each, a "Trending" block, and an AMP alternate whose canonical is the article."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .common import Art, ad_js, css, esc, feed, filler_links, gtm, others, page_rng

if TYPE_CHECKING:
    from .generator import Site6

CT = "text/html; charset=utf-8"
PER_PAGE = 5


def _stamp(a: Art) -> str:
    return f"{a.when:%b} {a.when.day}, {a.when.year}, {a.when:%H:%M} IST"


def _byline(a: Art) -> str:
    s = a.x["style"]
    who = {
        "desk": '<a href="/toireporter/author-toi-news-desk-479.cms">TOI News Desk</a>',
        "desk_ed": '<a href="/toireporter/author-toi-city-desk-480.cms">TOI City Desk</a>',
        "agency": "PTI",
    }.get(
        s,
        f'By <a href="/toireporter/author-{a.authors[0].lower().replace(" ", "-") if a.authors else ""}.cms">{esc(a.authors[0]) if a.authors else ""}</a> / TNN',
    )
    ed = (
        f'<div class="edited_by">Edited By: <span>{esc(a.editors[0])}</span></div>'
        if a.editors
        else ""
    )
    return f'<div class="xf8Pm byline"><span class="byline_name">{who}</span> / <span>Updated: {_stamp(a)}</span></div>{ed}'


def _shell(site: Site6, title: str, key: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{head}
<style>{css(rng, "toi", 250)}</style>
<script>{gtm("GTM-TOI6")}</script>
</head>
<body>
<div id="header"><a href="/" class="logo"><img src="/photo/logo.cms" alt="Metro Times"></a>
<nav><ul class="nav_wrap">{filler_links(rng, 13)}</ul></nav>
<div class="city_nav"><a href="/city/mumbai/">Mumbai</a> <a href="/city/delhi/">Delhi</a> <a href="/city/bengaluru/">Bengaluru</a> <a href="/topic/monsoon/">Monsoon</a> <a href="/podcasts/">Podcasts</a></div></div>
<div class="ad1 leaderboard" id="div-gpt-atf">ADVERTISEMENT</div>
{main}
<div id="footer"><ul><li><a href="/aboutus.cms">About us</a></li><li><a href="/newsletters/">Newsletter</a></li><li><a href="/corrections/">Corrections</a></li><li><a href="/search/?q=">Search</a></li></ul><p>Copyright © 2024 Metro Times Media Ltd. All rights reserved.</p></div>
<script>{ad_js("toi-atf", "[[728, 90], [320, 50]]")}</script>
</body></html>"""
    return page.encode("utf-8"), CT


def _body(site: Site6, a: Art) -> str:
    out = []
    # An "Also Read" box every third of the story; a short story gets its boxes together (the
    # truth lists every related story, so each must be on the page).
    at: dict[int, list[str]] = {}
    for k, path in enumerate(a.related):
        at.setdefault(max(1, len(a.paras) // 3 * (k + 1)), []).append(path)
    for k, p in enumerate(a.paras):
        for path in at.get(k, ()):
            r = site.by_path[path]
            out.append(
                f'<div class="also_read"><strong>Also Read</strong> | <a href="{r.path}">{esc(r.title)}</a></div><br>'
            )
        out.append(f"<h2>{esc(p)}</h2>" if len(p) < 40 else f"{esc(p)}<br><br>")
    return "".join(out)


def article(site: Site6, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pool = site.of("desk")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "dateModified": a.when.isoformat(),
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or [{"@type": "Thing", "name": "TOI News Desk" if a.x["style"] != "agency" else "PTI"}],
        "mainEntityOfPage": {"@type": "WebPage", "@id": site.base + a.path},
    }
    trending = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, pool, a, 6)
    )
    main = f"""<div class="contentwrapper"><div class="breadcrumb"><a href="/">News</a> / <a href="/city/">City News</a> / <a href="/city/{a.x["city"]}/">{a.x["city"].title()} News</a> / {esc(a.title)}</div>
<div class="okf2Z"><h1 class="HNMDR"><span>{esc(a.title)}</span></h1>
{_byline(a)}
<div class="share_icons"><a href="#" class="fb">Share</a><a href="#" class="wa">WhatsApp</a><a href="#" class="tw">X</a><a href="#comments">Comments ({rng.randint(0, 60)})</a></div>
<div class="artSyn"><div class="photo"><img src="/thumb/msid-{a.x["aid"]},width-600,resizemode-4/photo.jpg" alt=""><span class="img_cptn">File photo</span></div></div>
<div class="_s30J clearfix" data-articlebody="1">{_body(site, a)}</div>
<div class="ad1" id="div-gpt-mid">ADVERTISEMENT</div>
<div class="comments" id="comments"><h3>Comments</h3><div class="cmt">Be the first one to comment.</div></div>
</div>
<div class="rightcol"><div class="trending"><h3>Trending</h3><ul>{trending}</ul></div>
<div class="topstories"><h3>Top Stories Right Now</h3><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a><span class="time">{_stamp(b)}</span></li>' for b in others(rng, pool, a, 3))}</ul></div></div></div>"""
    head = (
        f'<link rel="canonical" href="{site.base}{a.path}">'
        f'<link rel="amphtml" href="{site.base}/city/{a.x["city"]}/amp_articleshow/{a.x["aid"]}.cms">'
        f'<meta property="og:title" content="{esc(a.title)}"><meta itemprop="dateModified" content="{a.when.isoformat()}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        f"<script>{feed('__trendingData', others(rng, pool, a, 6), rng)}</script>"
    )
    return _shell(site, f"{a.title} | {a.x['city'].title()} News - Metro Times", a.path, head, main)


def amp(site: Site6, a: Art) -> tuple[bytes, str]:
    page = f"""<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><title>{esc(a.title)} | {a.x["city"].title()} News - Metro Times</title>
<link rel="canonical" href="{site.base}{a.path}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.example/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header><a href="/">Metro Times</a></header><article><h1>{esc(a.title)}</h1>{_byline(a)}
<div class="article_body">{_body(site, a)}</div></article></body></html>"""
    return page.encode("utf-8"), CT


def listing(site: Site6, city: str, page: int) -> tuple[bytes, str]:
    arts = [a for a in site.of("desk") if a.x["city"] == city]
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<li><span class="w_img"><img src="/thumb/msid-{a.x["aid"]}.cms"></span><span class="w_tle"><a href="{a.path}">{esc(a.title)}</a></span><span class="w_desc">{esc(a.paras[0][:120])}</span><span class="time">{_stamp(a)}</span></li>'
        for a in chunk
    )
    pages = (len(arts) + PER_PAGE - 1) // PER_PAGE
    nav = "".join(
        f'<a href="/city/{city}/{"" if n == 1 else n}">{n}</a>' for n in range(1, pages + 1)
    )
    main = f'<div class="contentwrapper"><h1>{city.title()} News</h1><ul class="list5">{items}</ul><div class="pagination">{nav}</div></div>'
    return _shell(site, f"{city.title()} News - Metro Times", f"{city}{page}", "", main)


def topic(site: Site6, name: str) -> tuple[bytes, str]:
    arts = site.of("desk")
    items = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{_stamp(a)}</span></li>'
        for a in arts[::2]
    )
    main = f'<div class="contentwrapper"><h1>{name.title()}: Latest News, Videos and Photos of {name.title()}</h1><p>{name.title()} News: Read the latest news on {name}.</p><ul class="topic_list">{items}</ul></div>'
    return _shell(site, f"{name.title()}: Latest News - Metro Times", "topic" + name, "", main)


def register(site: Site6) -> None:
    arts = site.of("desk")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
        site.route(
            f"/city/{a.x['city']}/amp_articleshow/{a.x['aid']}.cms",
            lambda a=a: amp(site, a),  # type: ignore[misc]
        )
    for city in sorted({a.x["city"] for a in arts}):
        n = sum(a.x["city"] == city for a in arts)
        site.route(f"/city/{city}/", lambda c=city: listing(site, c, 1))  # type: ignore[misc]
        for p in range(2, (n + PER_PAGE - 1) // PER_PAGE + 1):
            site.route(f"/city/{city}/{p}", lambda c=city, p=p: listing(site, c, p))  # type: ignore[misc]
    site.route("/topic/monsoon/", lambda: topic(site, "monsoon"))
