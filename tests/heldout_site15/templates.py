"""Site 15's pages: the five article templates and the non-article pages around them."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_site6.common import ad_js, comments, css, esc, gtm, page_rng

if TYPE_CHECKING:
    from .generator import Site15

CT = "text/html; charset=utf-8"
NAME = "The Harbor Globe"
SECTIONS = {
    "globe": ("/metro/", "Metro"),
    "radio": ("/news/", "KPSR News"),
    "gannett": ("/news/local/", "Local"),
    "reach": ("/news/greater-manchester-news/", "Manchester News"),
    "ap": ("/hub/politics", "AP Politics"),
}
PER = 5


def _page(site: Site15, key: str, title: str, head: str, main: str, prefix: str) -> bytes:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li class="nav-item"><a href="{p}">{esc(n)}</a></li>' for p, n in SECTIONS.values()
    )
    nav += (
        '<li><a href="/latest/">Latest</a></li><li><a href="/tag/transportation/">Transportation</a></li>'
        '<li><a href="/topic/election-2024/">Election 2024</a></li><li><a href="/video/">Video</a></li>'
        '<li><a href="/photos/">Photos</a></li><li><a href="/most-read/">Most Read</a></li>'
        '<li><a href="/search/?q=">Search</a></li>'
    )
    foot = (
        '<footer class="site-footer"><nav class="footer-nav"><ul><li><a href="/about/">About us</a></li>'
        '<li><a href="/contact/">Contact</a></li><li><a href="/about/#privacy">Privacy policy</a></li>'
        '<li><a href="/about/#terms">Terms of service</a></li><li><a href="/contact/#advertise">Advertise</a></li></ul></nav>'
        f'<p class="copyright">© 2024 {NAME} Media Partners, LLC. All rights reserved. Use of this site constitutes acceptance of our User Agreement.</p></footer>'
    )
    html = (
        '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}\n"
        f"<style>{css(rng, prefix, 140)}</style>\n"
        f"<script>{gtm('GTM-' + prefix.upper()[:4] + '7Q')}</script>\n"
        f"<script>{ad_js(prefix + '/article', '[[300,250],[300,600]]')}</script>\n"
        "</head>\n<body>\n"
        '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>\n'
        f'<header class="site-header"><a class="site-logo" href="/">{NAME}</a><nav class="primary-nav"><ul>{nav}</ul></nav>'
        '<a class="subscribe-btn" href="/subscribe/">Subscribe now</a></header>\n'
        f'<main id="main">{main}</main>\n{foot}\n'
        '<script>window.__CONSENT__={"gdpr":false,"ccpa":true,"vendors":[10,32,52,68,69,76,91,128]};</script>\n'
        "</body>\n</html>\n"
    )
    return html.encode("utf-8")


def _ampm(d: datetime, dots: bool) -> str:
    h = d.hour % 12 or 12
    if dots:
        return f"{h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _mdy(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _iso(d: datetime, secs: int = 0) -> str:
    return d.replace(second=secs).isoformat()


def _utc(d: datetime, secs: int = 0) -> str:
    return d.replace(second=secs).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _metas(site: Site15, a: Art, section: str, author: str) -> str:
    url = site.base + a.path
    desc = a.blocks[0].text[:150] if a.blocks else ""
    return (
        f'<link rel="canonical" href="{url}">\n'
        f'<meta name="description" content="{esc(desc)}">\n'
        f'<meta property="og:title" content="{esc(a.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:site_name" content="{NAME}">\n'
        f'<meta property="og:image" content="{site.base}/img/share/{a.x["id"]:x}.jpg">\n'
        f'<meta property="og:description" content="{esc(desc)}">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        '<meta name="twitter:site" content="@harborglobe">\n'
        f'<meta name="twitter:title" content="{esc(a.title)}">\n'
        f'<meta property="article:section" content="{esc(section)}">\n'
        + (f'<meta name="author" content="{esc(author)}">\n' if author else "")
        + '<meta name="robots" content="index, follow, max-image-preview:large">\n'
        '<link rel="preconnect" href="https://cdn.example-news.com">\n'
        '<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/">\n'
    )


def _jsonld(site: Site15, a: Art, authors: list[dict[str, str]], pub: str, mod: str) -> str:
    doc = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "mainEntityOfPage": site.base + a.path,
        "datePublished": pub,
        "dateModified": mod,
        "author": authors,
        "publisher": {
            "@type": "Organization",
            "name": NAME,
            "logo": {"@type": "ImageObject", "url": site.base + "/img/logo.png"},
        },
        "image": [f"{site.base}/img/share/{a.x['id']:x}.jpg"],
        "isAccessibleForFree": True,
    }
    return f'<script type="application/ld+json">{json.dumps(doc)}</script>\n'


def _others(site: Site15, a: Art, k: int, salt: str) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [b for b in site.arts if b is not a and b.path not in a.related]
    return rng.sample(pool, k)


def _feed(site: Site15, a: Art) -> str:
    rng = page_rng(site.seed, a.path + "feed")
    rows = [
        {
            "headline": b.title,
            "url": b.path,
            "published": b.when.isoformat(),
            "byline": ", ".join(b.authors) or "Staff",
        }
        for b in rng.sample(site.arts, 14)
    ]
    return f"<script>window.__RECIRC__ = {json.dumps(rows)};</script>"


def _filler_p(rng: Any) -> str:
    return "".join(
        f'<div class="ad-slot" id="div-gpt-ad-{rng.getrandbits(24):06x}" data-ad-unit="/21787/news/inline{k}"></div>'
        for k in range(3)
    )


def _related_by(site: Site15, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


# --- 1. WordPress VIP metro daily ---------------------------------------------------------


def globe(site: Site15, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    links = [
        f'<a href="/about/staff-list/staff/{n.lower().replace(" ", "-")}/" class="author-link">{esc(n)}</a>'
        for n in a.authors
    ]
    if style == "wire":
        by = f"By {links[0]} Associated Press"
    elif style == "corr":
        by = f"By {links[0]} Globe Correspondent"
    else:
        by = f"By {' and '.join(links)} Globe Staff"
    when, upd = a.when, a.x["upd"]
    updated = f'<span class="updated">Updated {_mdy(upd)}, {_ampm(upd, True)}</span>' if upd else ""
    parts: list[str] = []
    rel = _related_by(site, a)
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f'<h2 class="wp-block-heading">{esc(b.text)}</h2>')
        else:
            parts.append(
                f'<figure class="wp-block-image size-large"><img src="{b.src}" alt="" loading="lazy" width="1440" height="960">'
                f'<figcaption>{esc(b.text)}<span class="credit">{esc(nm[4])}/Globe Staff</span></figcaption></figure>'
            )
        if k == 1:
            parts.append(
                '<div class="newsletter-signup inline-signup"><h3>Sign up for Metro Minute</h3>'
                "<p>The local news you need, delivered to your inbox every weekday morning.</p>"
                '<form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Enter email">'
                '<button type="submit">Sign up</button></form><p class="fine">Privacy policy applies.</p></div>'
            )
        if k in (2, 5) and rel:
            r = rel.pop(0)
            parts.append(f'<p><strong>Related:</strong> <a href="{r.path}">{esc(r.title)}</a></p>')
    for r in rel:
        parts.append(f'<p><strong>Related:</strong> <a href="{r.path}">{esc(r.title)}</a></p>')
    tail = []
    if style == "wire":
        tail.append("Material from the Associated Press was used in this report.")
    if a.correspondents:
        tail.append(f"Globe correspondent {a.correspondents[0]} contributed to this report.")
    for n in a.authors:
        tail.append(
            f"{n} can be reached at {n.split()[0].lower()}.{n.split()[1].lower()}@globe.example.com."
        )
    parts.append("<hr>" + "".join(f"<p><em>{esc(t)}</em></p>" for t in tail))
    most = "".join(
        f'<li class="most-popular__item"><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in _others(site, a, 5, "most")
    )
    latest = "".join(
        f'<li><a href="{b.path}?p1=latest">{esc(b.title)}</a><time datetime="{b.when.isoformat()}">{_ampm(b.when, True)}</time></li>'
        for b in _others(site, a, 6, "latest")
    )
    main = (
        f'<article id="post-{a.x["id"]}" class="post type-post status-publish format-standard has-post-thumbnail category-{a.x["sec"]}">'
        f'<header class="article-header"><div class="section-label"><a href="/{a.x["sec"]}/">{a.x["sec"].title()}</a></div>'
        f'<h1 class="headline">{esc(a.title)}</h1>'
        f'<div class="byline">{by}</div>'
        f'<div class="datetime"><time datetime="{_iso(when, a.x["secs"])}" class="date">{_mdy(when)}, {_ampm(when, True)}</time>{updated}</div>'
        '<div class="share-tools"><button data-share="facebook">Share on Facebook</button><button data-share="twitter">Share on X</button>'
        '<button data-share="email">Email to a Friend</button><a href="#comments" class="comments-count">Comments</a></div></header>'
        f'<div class="article-body entry-content">{"".join(parts)}</div>'
        f'<section class="comments" id="comments"><h2>Comments</h2><ol class="comment-list">{comments(rng, 4, when)}</ol></section>'
        "</article>"
        f'<aside class="sidebar"><section class="most-popular"><h2>Most Popular on {NAME}</h2><ol>{most}</ol></section>'
        f'<section class="latest-news"><h2>Latest</h2><ul>{latest}</ul></section>{_filler_p(rng)}</aside>'
        + _feed(site, a)
    )
    authors = [{"@type": "Person", "name": n} for n in a.authors]
    head = _metas(site, a, a.x["sec"].title(), ", ".join(a.authors)) + _jsonld(
        site, a, authors, _iso(when, a.x["secs"]), _iso(upd or when, 0)
    )
    head += f'<meta property="article:published_time" content="{_iso(when, a.x["secs"])}">\n'
    return _page(site, a.path, f"{a.title} - {NAME}", head, main, "gl"), CT


# --- 2. Brightspot public radio ------------------------------------------------------------


def radio(site: Site15, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    when, upd = a.when, a.x["upd"]
    tz = when.strftime("%Z")
    authors = "".join(
        f'<div class="ArticlePage-authorBy">By</div><div class="ArticlePage-authorName" itemprop="author"><a class="Link" href="/people/{n.lower().replace(" ", "-")}">{esc(n)}</a></div>'
        if k == 0
        else f'<div class="ArticlePage-authorName" itemprop="author"><a class="Link" href="/people/{n.lower().replace(" ", "-")}">{esc(n)}</a></div>'
        for k, n in enumerate(a.authors)
    )
    if style == "npr_desk":
        authors = '<div class="ArticlePage-authorName">NPR</div>'
    elif style == "npr":
        authors += '<div class="ArticlePage-authorTitle">NPR</div>'
    dates = f'<div class="ArticlePage-datePublished">Published {_mdy(when)} at {_ampm(when, False)} {tz}</div>'
    if upd:
        dates += f'<div class="ArticlePage-dateModified">Updated {_mdy(upd)} at {_ampm(upd, False)} {upd.strftime("%Z")}</div>'
    audio = (
        f'<div class="ArticlePage-audioPlayer"><ps-stream-player data-src="/audio/{a.x["id"]:x}.mp3" data-duration="{rng.randint(90, 420)}">'
        '<div class="AudioEnhancement"><button class="AudioEnhancement-play" aria-label="Play">Listen</button>'
        f'<span class="AudioEnhancement-duration">• {rng.randint(1, 6)}:{rng.randint(10, 59)}</span></div></ps-stream-player></div>'
    )
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{esc(b.text)}</h3>")
        else:
            parts.append(
                f'<div class="Enhancement"><figure class="Figure"><picture><img class="Image" src="{b.src}" alt="{esc(b.text)}"></picture>'
                f'<div class="Figure-content"><div class="Figure-caption"><p>{esc(b.text)}</p></div>'
                f'<div class="Figure-credit">{esc(nm[4])}/KPSR</div></div></figure></div>'
            )
    if style == "npr" and a.correspondents:
        parts.append(f"<p><em>{esc(a.correspondents[0])} contributed to this report.</em></p>")
    if style.startswith("npr"):
        parts.append('<p class="Copyright">Copyright 2024 NPR</p>')
    edited = (
        f'<div class="ArticlePage-editedBy">Edited by <a href="/people/{a.editors[0].lower().replace(" ", "-")}">{esc(a.editors[0])}</a></div>'
        if a.editors
        else ""
    )
    rel = "".join(
        f'<li class="PromoList-item"><div class="PromoB"><div class="PromoB-media"><img src="/img/promo/{b.x["id"]:x}.jpg" alt=""></div>'
        f'<div class="PromoB-content"><div class="PromoB-category">News</div><h3 class="PromoB-title"><a class="Link" href="{site.base}{b.path}">{esc(b.title)}</a></h3></div></div></li>'
        for b in _related_by(site, a)
    )
    related = (
        f'<div class="ArticlePage-relatedStories"><div class="PromoList-header"><h2>Related Stories</h2></div><ul class="PromoList">{rel}</ul></div>'
        if rel
        else ""
    )
    mv = "".join(
        f'<li class="List-items-item"><div class="PromoC"><h3 class="PromoC-title"><a class="Link" href="{b.path}">{esc(b.title)}</a></h3></div></li>'
        for b in _others(site, a, 5, "mv")
    )
    npr = "".join(
        f'<li><a class="Link" href="{b.path}">{esc(b.title)}</a><span class="PromoC-date">{_mdy(b.when)}</span></li>'
        for b in _others(site, a, 4, "npr")
    )
    bios = "".join(
        f'<div class="AuthorInfo"><div class="AuthorInfo-name"><a href="/people/{n.lower().replace(" ", "-")}">{esc(n)}</a></div>'
        f'<div class="AuthorInfo-bio">{esc(n)} covers {esc(a.x["ctx"]["topic"].replace("the ", "", 1))} and the region for KPSR. Reach them at {n.split()[0][0].lower()}{n.split()[1].lower()}@kpsr.example.org.</div></div>'
        for n in a.authors
    )
    main = (
        '<div class="ArticlePage-mainContent"><div class="ArticlePage-breadcrumbs"><a href="/news/">News</a></div>'
        f'<h1 class="ArticlePage-headline">{esc(a.title)}</h1>'
        f'<div class="ArticlePage-byline"><div class="ArticlePage-authors">{authors}</div>{edited}<div class="ArticlePage-dates">{dates}</div></div>'
        f'{audio}<div class="ArticlePage-actions"><ps-actionbar><a class="ActionLink" data-action="facebook">Facebook</a><a data-action="twitter">Twitter</a><a data-action="email">Email</a></ps-actionbar></div>'
        f'<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">{"".join(parts)}</div></div>'
        f'<div class="ArticlePage-authorInfo">{bios}</div>'
        '<div class="ArticlePage-donate"><p>KPSR is a listener-supported public radio station. Your gift powers independent, local journalism.</p><a href="/donate">Donate today</a></div>'
        f"{related}</div>"
        f'<aside class="ArticlePage-aside"><div class="List"><h2 class="List-title">Most Viewed</h2><ul class="List-items">{mv}</ul></div>'
        f'<div class="List"><h2 class="List-title">Latest from NPR</h2><ul>{npr}</ul></div>{_filler_p(rng)}</aside>'
        + _feed(site, a)
    )
    ld = [{"@type": "Person", "name": n} for n in a.authors] or [
        {"@type": "Organization", "name": "NPR"}
    ]
    head = _metas(site, a, "News", ", ".join(a.authors)) + _jsonld(
        site, a, ld, _utc(when, a.x["secs"]), _utc(upd or when)
    )
    return _page(site, a.path, f"{a.title} | KPSR", head, main, "bs"), CT


# --- 3. Gannett / USA TODAY Network --------------------------------------------------------


def _gdate(d: datetime) -> str:
    return f"{_ampm(d, True)} ET {d:%B} {d.day}, {d.year}"


def gannett(site: Site15, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    when, upd = a.when, a.x["upd"]
    org = "USA TODAY" if style == "usat" else "The Columbus Dispatch"
    people = "".join(
        f'<a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/{2648100000 + k}/{n.lower().replace(" ", "-")}/" data-c-by="{esc(n)}">{esc(n)}</a>'
        + (" and " if k == 0 and len(a.authors) > 1 else "")
        for k, n in enumerate(a.authors)
    )
    by = f'<div class="gnt_ar_by">{people}<div class="gnt_ar_by_t">{org}</div></div>'
    dt = f"Published {_gdate(when)}"
    aria = f"Published: {_ampm(when, False)} {when:%Z} {when:%B} {when.day}, {when.year}"
    if upd:
        dt += f" | Updated {_gdate(upd)}"
        aria += f" Updated: {_ampm(upd, False)} {upd:%Z} {upd:%B} {upd.day}, {upd.year}"
    rel = _related_by(site, a)
    parts = []
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            parts.append(f'<p class="gnt_ar_b_p">{esc(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f'<h2 class="gnt_ar_b_h2">{esc(b.text)}</h2>')
        else:
            parts.append(
                f'<figure class="gnt_ar_b_fi" data-c-vt="image"><button class="gnt_em_img_i" style="background-image:url({b.src}?width=660)"></button>'
                f'<img class="gnt_em_img_i" src="{b.src}?width=660&amp;format=pjpg&amp;auto=webp" alt="{esc(b.text)}">'
                f'<figcaption class="gnt_ar_b_fi_c"><span>{esc(b.text)}</span><span class="gnt_ar_b_fi_c_cr">{esc(nm[4])}/The Columbus Dispatch</span></figcaption></figure>'
            )
        if k == 2:
            parts.append(
                '<aside class="gnt_em gnt_em__el" aria-label="advertisement"><div class="gnt_em_vp__tp" data-c-vt="ad"></div></aside>'
            )
        if k in (1, 4) and rel:
            r = rel.pop(0)
            parts.append(
                f'<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">More:</strong> <a class="gnt_ar_b_a" href="{r.path}" data-t-l="|inline|intext|n/a">{esc(r.title)}</a></p>'
            )
    for r in rel:
        parts.append(
            f'<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">More:</strong> <a class="gnt_ar_b_a" href="{r.path}" data-t-l="|inline|intext|n/a">{esc(r.title)}</a></p>'
        )
    if a.correspondents:
        parts.append(
            f'<p class="gnt_ar_b_p"><em>Dispatch reporter {esc(a.correspondents[0])} contributed to this story.</em></p>'
        )
    n0 = a.authors[0]
    mail = f"{n0[0].lower()}{n0.split()[1].lower()}@{'usatoday' if style == 'usat' else 'dispatch'}.example.com"
    contact = f"Contact {n0} at {mail} or 614-555-{rng.randint(1000, 9999)}. Follow on X @{n0.split()[0]}{n0.split()[1][:3]}."
    if len(a.authors) > 1:
        contact = " ".join(
            f"Contact {n} at {n[0].lower()}{n.split()[1].lower()}@dispatch.example.com."
            for n in a.authors
        )
    parts.append(f'<p class="gnt_ar_b_p"><em>{esc(contact)}</em></p>')
    pop = "".join(
        f'<a class="gnt_m_flm_a" href="{b.path}" data-t-l="|most-popular|{k}">{esc(b.title)}<div class="gnt_m_flm_sbt" data-c-dt="{_mdy(b.when)}"></div></a>'
        for k, b in enumerate(_others(site, a, 6, "pop"))
    )
    main = (
        f'<article class="gnt_pr" data-c-pt="story" data-c-id="{73000000007 + a.x["id"]}" data-c-ssts="news/{a.x["sec"]}">'
        f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(a.title)}</h1>'
        f'<div class="gnt_ar_by_w">{by}<div class="gnt_ar_dt" aria-label="{aria}">{dt}</div></div>'
        '<div class="gnt_ss"><button class="gnt_ss_fb" data-c-sh="facebook">Facebook</button><button class="gnt_ss_tw">Twitter</button><button class="gnt_ss_em">Email</button></div>'
        f'<div class="gnt_ar_b" aria-label="Article content">{"".join(parts)}</div>'
        f"</article>"
        f'<div class="gnt_m gnt_m_flm" aria-label="Most popular"><div class="gnt_m_th">Most Popular</div>{pop}</div>{_filler_p(rng)}'
        + _feed(site, a)
    )
    ld = [{"@type": "Person", "name": n} for n in a.authors]
    head = _metas(site, a, "Local", ", ".join(a.authors)) + _jsonld(
        site, a, ld, _iso(when, a.x["secs"]), _iso(upd or when)
    )
    head += f'<meta name="date" content="{_iso(when, a.x["secs"])}">\n'
    return _page(site, a.path, f"{a.title}", head, main, "gnt"), CT


# --- 4. Reach plc regional -----------------------------------------------------------------


def _reach_time(d: datetime) -> str:
    return f"{d:%H:%M}, {d.day} {d:%b}".upper() + f" {d.year}"


def reach(site: Site15, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    when, upd = a.when, a.x["upd"]
    if style == "desk":
        by = '<div class="author-container"><span class="author">MEN Reporter</span></div>'
    else:
        by = "".join(
            f'<div class="author-container"><a class="author-link" rel="author" href="/authors/{n.lower().replace(" ", "-")}/">{esc(n)}</a>'
            f'<span class="author-role">{["Reporter", "Senior Reporter", "Local Democracy Reporter"][k % 3]}</span></div>'
            for k, n in enumerate(a.authors)
        )
    dates = (
        f'<div class="time-container"><time class="date-published" datetime="{_utc(when)}">{_reach_time(when)}</time>'
        + (
            f'<span class="date-updated">Updated <time datetime="{_utc(upd)}">{_reach_time(upd)}</time></span>'
            if upd
            else ""
        )
        + "</div>"
    )
    rel = _related_by(site, a)
    parts = []
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f'<h2 class="section-heading">{esc(b.text)}</h2>')
        else:
            parts.append(
                f'<figure class="in-article-image"><img src="{b.src}" alt="{esc(b.text)}" width="615" height="410">'
                f'<figcaption>{esc(b.text)} <span class="credit">(Image: {esc(nm[4])} / Manchester Evening News)</span></figcaption></figure>'
            )
        if k == 1 and rel:
            r = rel.pop(0)
            parts.append(
                f'<p class="read-more-links"><strong>READ MORE:</strong> <a href="{site.base}{r.path}">{esc(r.title)}</a></p>'
            )
        if k == 3:
            parts.append(
                '<div class="newsletter-signup"><p>Get the latest news from across Greater Manchester in your inbox every day. '
                '<a href="/newsletter-preference-centre/">Sign up to our newsletter here</a>.</p></div>'
            )
    for r in rel:
        parts.append(
            f'<p class="read-more-links"><strong>READ MORE:</strong> <a href="{site.base}{r.path}">{esc(r.title)}</a></p>'
        )
    if a.correspondents:
        parts.append(f"<p><i>Additional reporting by {esc(a.correspondents[0])}.</i></p>")
    parts.append(
        '<p class="whatsapp-promo"><strong>Don\'t miss the biggest stories. Join our WhatsApp community and get the latest news sent straight to your phone. '
        '<a href="https://chat.whatsapp.example/men">Click here to join</a>.</strong></p>'
    )
    mr = "".join(
        f'<li class="teaser"><a href="{b.path}"><span class="number">{k + 1}</span>{esc(b.title)}</a></li>'
        for k, b in enumerate(_others(site, a, 5, "mr"))
    )
    tb = "".join(
        f'<div class="trc_rbox_item"><a href="{b.path}?utm_source=taboola" rel="nofollow">{esc(b.title)}</a><span class="branding">Manchester Evening News</span></div>'
        for b in _others(site, a, 4, "tb")
    )
    stand = f"{_cap_first(a.x['ctx']['topic'])} has been the subject of debate for months"
    main = (
        f'<article itemscope itemtype="http://schema.org/NewsArticle" data-article-id="{a.x["id"] % 999999}">'
        f'<div class="breadcrumbs"><a href="/news/">News</a> <a href="/news/{a.x["sec"]}/">{a.x["sec"].replace("-", " ").title()}</a></div>'
        f'<h1 class="section-theme-background-indicator publication-font" itemprop="headline name">{esc(a.title)}</h1>'
        f'<p class="sub-title" itemprop="description">{esc(stand)}</p>'
        f'<div class="article-information">{by}{dates}</div>'
        '<div class="social-share"><a class="facebook" href="#">Share</a><a class="twitter" href="#">Post</a><a class="comments-link" href="#comments">Comments</a></div>'
        f'<div class="article-body" itemprop="articleBody">{"".join(parts)}</div>'
        '<div id="comments" class="comments-container"><h2>Comments</h2><p>Join the conversation. Read our community guidelines.</p></div>'
        f'<div class="taboola"><h2>Recommended</h2>{tb}</div></article>'
        f'<aside class="secondary"><div class="most-read"><h2>Most Read</h2><ol>{mr}</ol></div>{_filler_p(rng)}</aside>'
        + _feed(site, a)
    )
    ld = [{"@type": "Person", "name": n} for n in a.authors] or [
        {"@type": "Organization", "name": "Manchester Evening News"}
    ]
    head = _metas(site, a, "News", ", ".join(a.authors)) + _jsonld(
        site, a, ld, _iso(when), _iso(upd or when)
    )
    head += f'<meta property="article:published_time" content="{_iso(when)}">\n'
    return _page(site, a.path, f"{a.title} - Manchester Evening News", head, main, "mn"), CT


def _cap_first(s: str) -> str:
    return s[0].upper() + s[1:]


# --- 5. AP News ----------------------------------------------------------------------------


def ap(site: Site15, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm = a.x["nm"]
    when = a.when
    if a.authors:
        names = " and ".join(
            f'<a class="Link" href="/author/{n.lower().replace(" ", "-")}">{esc(n).upper()}</a>'
            for n in a.authors
        )
        by = f'<div class="Page-authors"><span>By&nbsp;</span>{names}</div>'
    else:
        by = '<div class="Page-authors"><span>By&nbsp;</span><span class="Link">The Associated Press</span></div>'
    stamp = (
        f'<bsp-timestamp data-timestamp="{int(when.timestamp() * 1000)}" data-recent="false">'
        f'<span data-date="">Updated {_ampm(when, False)} {when:%Z}, {_mdy(when)}</span></bsp-timestamp>'
    )
    parts = []
    rel = _related_by(site, a)
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h2>{esc(b.text)}</h2>")
        else:
            parts.append(
                f'<div class="Enhancement" data-align-center><figure class="Figure"><picture><img class="Image" src="{b.src}" alt=""></picture>'
                f'<figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>{esc(b.text)} (AP Photo/{esc(nm[4])})</p></div></figcaption></figure></div>'
            )
        if k == 2 and rel:
            items = "".join(
                f'<div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="{site.base}{r.path}"><span class="PagePromoContentIcons-text">{esc(r.title)}</span></a></div></div></div>'
                for r in rel
            )
            parts.append(
                f'<div class="Enhancement" data-align-center><div class="PageList PageListRelatedCoverage"><div class="PageList-header"><h2 class="PageList-header-title">RELATED COVERAGE</h2></div>'
                f'<div class="PageList-items">{items}</div></div></div>'
            )
            rel = []
    if rel:
        items = "".join(
            f'<div class="PageList-items-item"><a class="Link" href="{site.base}{r.path}">{esc(r.title)}</a></div>'
            for r in rel
        )
        parts.append(
            f'<div class="Enhancement"><div class="PageList"><h2 class="PageList-header-title">RELATED COVERAGE</h2>{items}</div></div>'
        )
    if a.correspondents:
        who = " and ".join(a.correspondents)
        w = "writers" if len(a.correspondents) > 1 else "writer"
        parts.append(
            f"<p>Associated Press {w} {esc(who)} in {rng.choice(['New York', 'Chicago', 'Atlanta'])} contributed to this report.</p>"
        )
    latest = "".join(
        f'<div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="{b.path}">{esc(b.title)}</a></div>'
        f'<bsp-timestamp data-timestamp="{int(b.when.timestamp() * 1000)}"></bsp-timestamp></div>'
        for b in _others(site, a, 6, "latest")
    )
    mr = "".join(
        f'<li><a class="Link" href="{b.path}">{esc(b.title)}</a></li>'
        for b in _others(site, a, 5, "mr")
    )
    main = (
        '<div class="Page-content"><div class="Page-breadcrumbs"><a href="/hub/politics">Politics</a></div>'
        f'<div class="Page-headline"><h1 class="Page-headline">{esc(a.title)}</h1></div>'
        f'<div class="Page-byline">{by}<div class="Page-dateModified">{stamp}</div></div>'
        '<div class="Page-actions"><bsp-share-actionbar><a data-social-service="facebook">Share</a><a data-social-service="copy">Copy Link copied</a></bsp-share-actionbar></div>'
        f'<div class="Page-storyBody"><bsp-story-page><div class="RichTextStoryBody RichTextBody">{"".join(parts)}</div></bsp-story-page></div>'
        f'<div class="Page-below"><div class="PageListStandardE"><h2 class="PageList-header-title">The Latest</h2>{latest}</div></div></div>'
        f'<aside class="Page-aside"><div class="PageListRightRailA"><h2>Most Read</h2><ol>{mr}</ol></div>{_filler_p(rng)}</aside>'
        + _feed(site, a)
    )
    ld = [{"@type": "Person", "name": n} for n in a.authors] or [
        {"@type": "Organization", "name": "The Associated Press"}
    ]
    head = _metas(site, a, "Politics", ", ".join(a.authors)) + _jsonld(
        site, a, ld, _utc(when, a.x["secs"]), _utc(when, a.x["secs"])
    )
    head += f'<meta property="article:published_time" content="{_utc(when, a.x["secs"])}">\n'
    return _page(site, a.path, f"{a.title} | AP News", head, main, "ap"), CT


RENDER = {"globe": globe, "radio": radio, "gannett": gannett, "reach": reach, "ap": ap}


# --- non-article pages -------------------------------------------------------------------


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<li class="teaser"><a href="{b.path}">{esc(b.title)}</a><span class="teaser-byline">{esc(", ".join(b.authors) or "Staff")}</span>'
        f'<time datetime="{b.when.isoformat()}">{_mdy(b.when)}</time><p class="dek">{esc(b.blocks[0].text[:120])}…</p></li>'
        for b in arts
    )


def _plain(site: Site15, key: str, title: str, inner: str) -> tuple[bytes, str]:
    head = f'<meta name="description" content="{esc(title)}">\n<link rel="canonical" href="{site.base}{key}">\n'
    feed = f"<script>window.__RECIRC__ = {json.dumps([b.title for b in site.arts])};</script>"
    return _page(
        site, key, f"{title} | {NAME}", head, f"<h1>{esc(title)}</h1>{inner}{feed}", "np"
    ), CT


def _listing(site: Site15, tpl: str, page: int, nxt: Any) -> tuple[bytes, str]:
    arts = sorted(site.of(tpl), key=lambda b: b.when, reverse=True)
    chunk = arts[(page - 1) * PER : page * PER]
    pages = (len(arts) + PER - 1) // PER
    pager = "".join(
        f'<a class="page-numbers" href="{nxt(p)}">{p}</a>' for p in range(1, pages + 1) if p != page
    )
    if page < pages:
        pager += f'<a class="next page-numbers" href="{nxt(page + 1)}">Next</a>'
    title = SECTIONS[tpl][1] + (f" – Page {page}" if page > 1 else "")
    return _plain(
        site,
        nxt(page),
        title,
        f'<ul class="river">{_teasers(chunk)}</ul><nav class="pagination">{pager}</nav>',
    )


PAGERS = {
    "globe": lambda p: "/metro/" if p == 1 else f"/metro/page/{p}/",
    "radio": lambda p: "/news/" if p == 1 else f"/news/?p={p}",
    "gannett": lambda p: "/news/local/" if p == 1 else f"/news/local/?page={p}",
    "reach": lambda p: (
        "/news/greater-manchester-news/"
        if p == 1
        else f"/news/greater-manchester-news/?pageNumber={p}"
    ),
    "ap": lambda p: "/hub/politics" if p == 1 else f"/hub/politics?page={p}",
}


def home(site: Site15) -> tuple[bytes, str]:
    blocks = []
    for tpl, (p, n) in SECTIONS.items():
        top = sorted(site.of(tpl), key=lambda b: b.when, reverse=True)[:4]
        blocks.append(
            f'<section class="home-section"><h2><a href="{p}">{esc(n)}</a></h2><ul>{_teasers(top)}</ul></section>'
        )
    extra = (
        '<ul class="utility"><li><a href="/latest/">Latest news</a></li><li><a href="/about/">About</a></li>'
        '<li><a href="/contact/">Contact us</a></li><li><a href="/search/?q=transit">Search</a></li></ul>'
    )
    return _plain(site, "/", f"{NAME} – Local news, politics, sports", "".join(blocks) + extra)


def _people(site: Site15) -> dict[str, tuple[str, list[Art]]]:
    out: dict[str, tuple[str, list[Art]]] = {}
    pre = {
        "globe": "/about/staff-list/staff/{}/",
        "radio": "/people/{}",
        "reach": "/authors/{}/",
        "ap": "/author/{}",
    }
    for a in site.arts:
        if a.tpl not in pre:
            continue
        for n in a.authors:
            path = pre[a.tpl].format(n.lower().replace(" ", "-"))
            out.setdefault(path, (n, []))[1].append(a)
    for a in site.of("radio"):
        for n in a.editors:
            out.setdefault(f"/people/{n.lower().replace(' ', '-')}", (n, []))
    for a in site.of("gannett"):
        for k, n in enumerate(a.authors):
            path = f"/staff/{2648100000 + k}/{n.lower().replace(' ', '-')}/"
            out.setdefault(path, (n, []))[1].append(a)
    return out


def register(site: Site15) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
    site.route("/", lambda: home(site))
    for sec, tpl in (
        ("/business/", "globe"),
        ("/politics/", "globe"),
        ("/news/manchester-news/", "reach"),
        ("/news/uk-news/", "reach"),
    ):
        arts = [b for b in site.of(tpl) if f"/{b.x['sec']}/" in sec]
        site.route(
            sec,
            lambda sec=sec, arts=arts: _plain(
                site,
                sec,
                sec.strip("/").split("/")[-1].replace("-", " ").title(),
                f'<ul class="river">{_teasers(arts)}</ul>',
            ),
        )
    for tpl, nxt in PAGERS.items():
        n = (len(site.of(tpl)) + PER - 1) // PER
        for p in range(1, n + 1):
            site.route(nxt(p), lambda tpl=tpl, p=p, nxt=nxt: _listing(site, tpl, p, nxt))
    latest = sorted(site.arts, key=lambda b: b.when, reverse=True)
    site.route(
        "/latest/",
        lambda: _plain(
            site, "/latest/", "Latest News", f'<ul class="river">{_teasers(latest[:30])}</ul>'
        ),
    )
    site.route(
        "/most-read/",
        lambda: _plain(site, "/most-read/", "Most Read", f"<ol>{_teasers(latest[3:13])}</ol>"),
    )
    site.route(
        "/tag/transportation/",
        lambda: _plain(
            site,
            "/tag/transportation/",
            "Transportation",
            f'<p class="tag-description">All our coverage of transit, roads and commuting.</p><ul>{_teasers(latest[::4])}</ul>',
        ),
    )
    site.route(
        "/topic/election-2024/",
        lambda: _plain(
            site,
            "/topic/election-2024/",
            "Election 2024",
            '<div class="topic-hero"><p>Our complete guide to the 2024 elections: candidates, races and results.</p></div>'
            f"<ul>{_teasers(site.of('ap')[:6] + site.of('gannett')[:3])}</ul>",
        ),
    )
    for q in ("", "transit"):
        key = f"/search/?q={q}"
        hits = [b for b in site.arts if q and q in b.blocks[0].text.lower()][:10]
        site.route(
            key,
            lambda key=key, q=q, hits=hits: _plain(
                site,
                key,
                f"Search results for “{q}”" if q else "Search",
                f'<form action="/search/"><input name="q" value="{esc(q)}"></form><p>{len(hits)} results</p><ul>{_teasers(hits)}</ul>',
            ),
        )
    site.route(
        "/video/",
        lambda: _plain(
            site,
            "/video/",
            "Video",
            "".join(
                f'<div class="video-card"><video src="/media/{b.x["id"]:x}.mp4" poster="/img/v/{b.x["id"]:x}.jpg"></video>'
                f'<a href="{b.path}">{esc(b.title)}</a><span class="duration">{b.i + 1}:2{b.i % 10}</span></div>'
                for b in latest[1:15:2]
            ),
        ),
    )
    site.route(
        "/photos/",
        lambda: _plain(
            site,
            "/photos/",
            "Photos",
            "".join(
                f'<figure class="gallery-card"><img src="/img/g/{b.x["id"]:x}.jpg"><figcaption><a href="{b.path}">{esc(b.title)}</a></figcaption></figure>'
                for b in latest[::5]
            ),
        ),
    )
    site.route(
        "/about/",
        lambda: _plain(
            site,
            "/about/",
            "About us",
            f"<p>{NAME} has covered the region since 1872. Our newsroom of more than 200 journalists publishes around the clock.</p>"
            '<p id="privacy">Privacy policy: we collect limited data to run this site.</p><p id="terms">Terms of service apply.</p>',
        ),
    )
    site.route(
        "/contact/",
        lambda: _plain(
            site,
            "/contact/",
            "Contact us",
            '<p>Newsroom: newsroom@harborglobe.example.com · 617-555-0100</p><p id="advertise">Advertising: ads@harborglobe.example.com</p>',
        ),
    )
    for path, (n, arts) in _people(site).items():
        site.route(
            path,
            lambda path=path, n=n, arts=arts: _plain(
                site,
                path,
                n,
                f'<div class="author-bio"><p>{esc(n)} is a reporter. Follow on X.</p></div><ul>{_teasers(arts)}</ul>',
            ),
        )
