"""Site 42's article templates: The Hindu (the 2024 layout and the 2019 layout with its ``<none>``
time stamps), Dawn, Gulf News (Quintype), the Daily Nation (nation.africa) and The Times of India
(the 2024 layout and the 2019 ``Normal`` layout, text runs between ``<br>`` both)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import ampm, consent, css, encode, esc, gtm, ld, ordinal, page_rng, script_json, zstamp

if TYPE_CHECKING:
    from .generator import Site42

LABELS = {
    "hindu": "The Hindu",
    "dawn": "Dawn",
    "gn": "Gulf News",
    "nation": "Nation",
    "toi": "The Times of India",
}


# --- shared helpers ---------------------------------------------------------------------
def slugname(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", name.lower().replace("'", "").replace("’", "")))


def num(name: str, lo: int, hi: int) -> int:
    """A stable number for a name (a writer's id in a CMS)."""
    return lo + zlib.crc32(name.encode()) % (hi - lo)


def author_path(tpl: str, name: str) -> str:
    dashed = "-".join(name.replace(".", " ").split())
    return {
        "hindu": f"/profile/author/{dashed}-{num(name, 1000, 29999)}/",
        "dawn": f"/authors/{num(name, 1000, 9999)}/{slugname(name)}",
        "gn": f"/author/{slugname(name)}",
        "nation": f"/authors/{slugname(name)}",
        "toi": f"/toireporter/author-{dashed}-{num(name, 479_000_000, 479_999_999)}.cms",
    }[tpl]


def writers(site: Site42, tpl: str) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in site.of(tpl):
        for n in a.authors:
            out.setdefault(n, []).append(a)
    return out


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(rng: random.Random, site: Site42, a: Art, k: int, tpl: str | None = None) -> list[Art]:
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def rel(site: Site42, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def body(
    a: Art,
    para: Callable[[str, int], str],
    sub: Callable[[str], str],
    fig: Callable[[Block], str],
    after: Callable[[int], str] | None = None,
    sep: str = "\n",
) -> str:
    """The story's blocks as markup; ``after(k)`` is what stands after the k-th paragraph."""
    out = []
    k = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(para(b.text, k))
            k += 1
            if after is not None:
                extra = after(k)
                if extra:
                    out.append(extra)
        elif b.kind == "h":
            out.append(sub(b.text))
        else:
            out.append(fig(b))
    return sep.join(out)


def placed(site: Site42, a: Art) -> dict[int, list[Art]]:
    """The story's related links as in-story boxes: after which paragraph each stands (spread over
    the story; a short story keeps them together after its first paragraph)."""
    out: dict[int, list[Art]] = {}
    n = len(a.related)
    paras = len(a.paras)
    step = max(1, paras // (n + 1))
    for k, b in enumerate(rel(site, a)):
        at = 1 if paras <= 2 else min(paras - 1, step * (k + 1))
        out.setdefault(at, []).append(b)
    return out


def topic_name(a: Art) -> str:
    t = a.x["ctx"]["topic"].removeprefix("the ")
    return t[:1].upper() + t[1:]


# --- The Hindu --------------------------------------------------------------------------
HINDU_NAV = [
    ("News", "/news/national/"),
    ("India", "/news/national/"),
    ("World", "/news/international/"),
    ("States", "/news/national/tamil-nadu/"),
    ("Cities", "/news/cities/chennai/"),
    ("Opinion", "/news/national/#opinion"),
    ("Business", "/business/Economy/"),
    ("Sport", "/news/national/#sport"),
    ("Entertainment", "/news/national/#entertainment"),
    ("Life & Style", "/news/national/#life-and-style"),
    ("Sci-Tech", "/news/national/#sci-tech"),
    ("Data", "/news/national/#data"),
    ("Elections", "/news/national/#elections"),
    ("e-Paper", "/news/national/#epaper"),
    ("Crossword", "/news/national/#crossword"),
]
HINDU_SECTIONS = [
    ("news/national", "India"),
    ("news/national/tamil-nadu", "Tamil Nadu"),
    ("news/cities/chennai", "Chennai"),
    ("news/international", "World"),
    ("business/Economy", "Economy"),
]
HINDU_BUREAU = "/profile/author/The-Hindu-Bureau-9100/"


def hindu_when(w: datetime) -> str:
    return f"{w:%B %d, %Y} {ampm(w)} IST"


def hindu_old_when(w: datetime) -> str:
    return f"{w:%B %d, %Y %H:%M} IST"


def hindu_topic(a: Art) -> tuple[str, str]:
    t = topic_name(a)
    return f"/topic/{slugname(t)}/", t


def hindu_chrome(
    site: Site42,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>'
        for t, h in HINDU_NAV
    )
    foot = "".join(
        f'<li><a href="/about#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "About Us",
            "Code of Editorial Values",
            "News Archive",
            "Sitemap",
            "Print Subscription",
            "Digital Subscription",
            "Subscription Packages",
            "Rss Feeds",
            "Readers Editor-Terms of Reference",
            "Authors & Contributors",
            "Contact us",
            "Contact Us - Subscription",
            "Group News Sites",
            "Privacy Policy",
            "Terms of Use",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="The Hindu"><meta name="twitter:site" content="@the_hindu">{head_extra}
<style>{css(rng, "th", 420, "util")}</style>
<script>{gtm("TH42")}{consent("thg")}var _comscore=_comscore||[];_comscore.push({{c1:"2",c2:"6035286"}});</script>
</head><body><div class="wrapper"><div class="top-header"><div class="container"><a href="/" class="logo"><img src="https://www.thehindu.example/theme/images/th-online/thehindu-logo.svg" alt="The Hindu" width="220" height="40"></a>
<div class="right-content"><a href="/about#epaper" class="e-paper">e-Paper</a><a href="/about#subscribe" class="subscribe-btn">Subscribe</a><a href="/about#login" class="login-btn">Login</a><a href="/search/?q=chennai" class="search-icon" aria-label="search">Search</a></div></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>
<div class="breaking-ticker"><span class="label">Trending</span><a href="/topic/monsoon-preparedness/">Monsoon preparedness</a><a href="/archive/web/2024/05/">Archive</a></div>
{main}
<footer class="footer"><div class="container"><a href="/" class="footer-logo">The Hindu</a><ul class="footer-links">{foot}</ul>
<p class="copyright">Copyright&copy; 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</p><a href="#top" class="back-to-top">BACK TO TOP</a></div></footer></div></body></html>"""
    return encode(page)


def _hindu_rails(site: Site42, rng: random.Random, a: Art) -> str:
    top = "".join(
        f'<div class="element"><h3 class="title"><a href="{b.path}">{esc(b.title)}</a></h3></div>'
        for b in others(rng, site, a, 6)
    )
    trend = "".join(
        f'<li><span class="number">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    return f"""<div class="col-xl-3 col-lg-12 right-sidebar"><div class="dfp-ad"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-mrec1"></div></div>
<div class="top-news-today"><h2 class="bdr-title">Top News Today</h2>{top}</div>
<div class="trending-stories"><h2 class="bdr-title">Trending</h2><ul>{trend}</ul></div>
<div class="newsletter-box"><h3>Sign up for our newsletters</h3><p>Get the day's top stories from The Hindu delivered to your inbox.</p><a href="/about#newsletters">Sign up</a></div></div>"""


def hindu(site: Site42, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return hindu_2019(site, a, rng)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def link(n: str) -> str:
        return f'<a class="person-name lnk" href="{author_path("hindu", n)}">{esc(n)}</a>'

    byline = {
        "person": link(nm[0]),
        "place": link(nm[0]),
        "two": f"{link(nm[0])}, {link(nm[1])}",
        "bureau": f'<a class="person-name lnk" href="{HINDU_BUREAU}">The Hindu Bureau</a>',
        "pti": '<span class="person-name">PTI</span>',
        "ani": '<span class="person-name">ANI</span>',
        "special": '<span class="person-name">Special Correspondent</span>',
    }[style]
    place = f" - {x['place']}" if style not in ("person", "two") else ""
    if x["updated"]:
        up = a.when + timedelta(minutes=x["updated"])
        top = f'<p class="updated-time"><span class="title">Updated - </span><span id="up-time">{hindu_when(up)}</span>{esc(place)}</p>'
    else:
        top = f'<p class="publish-time"><span class="title">Published - </span>{hindu_when(a.when)}{esc(place)}</p>'
    boxes = placed(site, a)

    def after(k: int) -> str:
        return "".join(
            f'<div class="articleblock-container"><div class="also-read-container"><h4 class="also-read-title">ALSO READ</h4><a class="also-read" href="{b.path}"><div class="picture"><img src="https://th-i.thgim.example/public/incoming/{b.x["aid"]}.jpg" alt="" loading="lazy"></div><div class="title">{esc(b.title)}</div></a></div></div>'
            for b in boxes.get(k, [])
        )

    def para(t: str, k: int) -> str:
        ad = ""
        if k == 4:
            ad = '<div class="articleblock-container"><div class="dfp-ad"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-inarticle1"></div></div></div>\n'
        return f"{ad}<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h3>{esc(t)}</h3>"

    def fig(b: Block) -> str:
        return f'<div class="picture"><figure><img src="https://th-i.thgim.example/public/news/national/{b.src}/ALTERNATES/LANDSCAPE_1200/{b.src}.jpg" alt="{esc(b.text)}" loading="lazy" width="1200" height="675"><figcaption><p class="caption">{esc(b.text)} | Photo Credit: {esc(b.credit)}</p></figcaption></figure></div>'

    story = body(a, para, sub, fig, after)
    tp = hindu_topic(a)
    topics = [
        tp,
        (f"/{x['sec'][0]}/", x["sec"][1]),
        (f"/topic/{slugname(x['ctx']['place'])}/", x["ctx"]["place"]),
    ]
    tlist = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in topics)
    share = "".join(
        f'<li><a href="#share-{s.lower()}" class="{s.lower()}" aria-label="{s}">{s}</a></li>'
        for s in ["Facebook", "Twitter", "WhatsApp", "LinkedIn", "Telegram", "Email"]
    )
    secs = x["sec"]
    parent = {
        "News": "news/national",
        "India": "news/national",
        "Cities": "news/cities/chennai",
    }.get(secs[2], secs[0])
    crumb = f'<a href="/{parent}/">{esc(secs[2])}</a> <span>/</span> <a href="/{secs[0]}/">{esc(secs[1])}</a>'
    lat = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><span class="time">{hindu_when(b.when)}</span></li>'
        for b in latest(site.of("hindu"))[:6]
        if b is not a
    )
    printed = a.when + timedelta(
        minutes=x["printed"] + (x["updated"] or 0), seconds=rng.randint(0, 59)
    )
    main = f"""<div class="container article-section"><div class="row"><div class="col-xl-9 col-lg-12 storyline">
<div class="breadcrumb">{crumb}</div>
<div class="article" data-article-id="{x["aid"]}">
<h1 class="title">{esc(a.title)}</h1>
<h2 class="sub-title">{esc(x["deck"])}</h2>
<div class="author-social"><div class="author"><div class="author-name">{byline}</div></div>
<div class="update-publish-time">{top}</div>
<div class="share-page"><ul class="social-share">{share}</ul><a href="#comments" class="comments-link">Comments</a><button class="read-later">READ LATER</button><button class="print">Print</button><button class="gift">Gift this article</button></div></div>
<div class="printable-version" style="display:none">Printable version | {printed:%b %d, %Y %I:%M:%S %p} | {site.base}{a.path}</div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="content-body-{x["aid"]}">
{story}
</div>
<p class="publish-time-new"><span class="title">Published - </span>{hindu_when(a.when)}</p>
<div class="related-topics"><h3 class="title">Related Topics</h3><ul class="related-topics-list">{tlist}</ul></div>
<div class="comments-shares" id="comments"><h3>COMMENTS</h3><p>Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our <a href="/about#community-guidelines">community guidelines</a> for posting your comments.</p><p>We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in, you may continue to engage with our articles.</p><a class="share" href="#share">SHARE</a></div>
</div>
<div class="latest-news"><h2 class="bdr-title">Latest News</h2><ul>{lat}</ul></div>
</div>{_hindu_rails(site, rng, a)}</div></div>"""
    iso = f"{a.when:%Y-%m-%dT%H:%M}:{rng.randint(0, 59):02d}+05:30"
    mod = (a.when + timedelta(minutes=x["updated"])).isoformat() if x["updated"] else iso
    writer = (
        ", ".join(a.authors)
        or {
            "bureau": "The Hindu Bureau",
            "pti": "PTI",
            "ani": "ANI",
            "special": "Special Correspondent",
        }[style]
    )
    head = f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{iso}"><meta property="article:modified_time" content="{mod}"><meta property="article:section" content="{esc(x["sec"][1])}"><meta name="author" content="{esc(writer)}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "description": x["deck"],
            "datePublished": iso,
            "dateModified": mod,
            "author": [{"@type": "Person", "name": n.strip()} for n in writer.split(",")],
            "publisher": {"@type": "Organization", "name": "The Hindu"},
            "keywords": ", ".join(t for _, t in topics),
        }
    )
    head += f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({script_json({'articleId': str(x['aid']), 'author': writer, 'section': x['sec'][1], 'pageType': 'article', 'articleType': 'Story'})});</script>"
    return hindu_chrome(site, rng, f"{a.title} - The Hindu", a.path, main, head)


def hindu_2019(site: Site42, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    style = x["style"]
    if style in ("person", "place", "two"):
        who = "".join(
            f'<a class="auth-nm lnk" href="{author_path("hindu", n)}">{esc(n)}</a>'
            for n in a.authors
        )
    else:
        who = f'<span class="auth-nm no-lnk">{esc({"pti": "PTI", "ani": "ANI", "bureau": "Staff Reporter", "special": "Special Correspondent"}[style])}</span>'
    up = a.when + timedelta(minutes=x["updated"] or 47)

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<p><b>{esc(t)}</b></p>"

    def fig(b: Block) -> str:
        return f'<div class="img-container picture"><img class="lead-img" data-proxy-image="https://www.thehindu.example/news/cities/chennai/article{x["aid"]}.ece/ALTERNATES/FREE_660/{b.src}" src="https://www.thehindu.example/static/theme/default/base/img/placeholder.png" alt="{esc(b.text)}"><div class="caption"><p>{esc(b.text)} | Photo Credit: {esc(b.credit)}</p></div></div>'

    story = body(a, para, sub, fig)
    more = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    tp = hindu_topic(a)
    main = f"""<div class="container"><div class="row"><div class="col-xs-12 col-sm-12 col-md-8 col-lg-8">
<div class="article" role="main"><div class="article-exclusive"><a class="section-name" href="/{x["sec"][0]}/">{esc(x["sec"][1])}</a></div>
<h1 class="title">{esc(a.title)}</h1>
<h2 class="intro">{esc(x["deck"])}</h2>
<div class="author-container hidden-xs">{who}</div>
<div class="teaser-text update-time"><div class="ut-container"><span class="blue-color ksl-time-stamp"><none>{esc(x["place"])}, </none><none>{hindu_old_when(a.when)}</none></span><br><span class="blue-color ksl-time-stamp"><none>Updated: </none><none>{hindu_old_when(up)}</none></span></div></div>
<div class="social-icons"><a href="#share-facebook">facebook</a><a href="#share-twitter">twitter</a><a href="#share-whatsapp">whatsapp</a><a href="#share-mail">Mail</a><a href="#print">Print</a><a href="#comments">A A</a></div>
<div class="paywall"><div id="content-body-14269002-{x["aid"]}">
{story}
</div></div>
<div class="article-topics-container"><ul class="article-topics"><li class="topics-tag">Related Topics</li><li><a href="{tp[0]}">{esc(tp[1])}</a></li><li><a href="/{x["sec"][0]}/">{esc(x["sec"][1])}</a></li></ul></div>
<div class="more-in"><h3 class="more-in-title">MORE IN <a href="/{x["sec"][0]}/">{esc(x["sec"][1].upper())}</a></h3><ul>{more}</ul></div>
</div></div>{_hindu_rails(site, rng, a)}</div></div>"""
    head = f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}"><meta name="publish-date" content="{a.when:%Y-%m-%dT%H:%M:%S}+05:30"><meta name="author" content="{esc(", ".join(a.authors))}">'
    return hindu_chrome(site, rng, f"{a.title} - The Hindu", a.path, main, head)


# --- Dawn -------------------------------------------------------------------------------
DAWN_NAV = [
    ("Home", "/"),
    ("Latest", "/latest-news"),
    ("Pakistan", "/pakistan"),
    ("Opinion", "/pakistan#opinion"),
    ("Business", "/business"),
    ("World", "/world"),
    ("Sport", "/pakistan#sport"),
    ("Magazines", "/pakistan#magazines"),
    ("Tech", "/pakistan#tech"),
    ("Videos", "/pakistan#videos"),
    ("Popular", "/pakistan#popular"),
    ("Archive", "/newspaper/front-page/2024-05-08"),
    ("Prism", "/pakistan#prism"),
    ("Images", "/pakistan#images"),
    ("Herald", "/pakistan#herald"),
    ("Aurora", "/pakistan#aurora"),
    ("E-paper", "/pakistan#epaper"),
]
DAWN_SECTIONS = [("pakistan", "Pakistan"), ("business", "Business"), ("world", "World")]


def dawn_day(w: datetime) -> str:
    return f"{w:%B} {w.day}, {w.year}"


def dawn_web(w: datetime) -> str:
    return f"{dawn_day(w)} {ampm(w, space=False)}"


def dawn_iso(w: datetime, sec: int) -> str:
    return f"{w:%Y-%m-%dT%H:%M}:{sec:02d}+05:00"


def dawn_byline(a: Art) -> list[tuple[str, str]]:
    """The byline's entries (name, link or "") as Dawn prints them, joined with " | "."""
    x = a.x
    style = x["style"]
    named = [(n, author_path("dawn", n)) for n in a.authors]
    if style == "person_dotcom":
        return [*named, ("Dawn.com", "/authors/1/dawncom")]
    if style == "dotcom":
        return [("Dawn.com", "/authors/1/dawncom")] + ([(x["wire"], "")] if a.i % 2 == 0 else [])
    if style == "wire":
        return [(x["wire"], "")]
    if style == "app":
        return [("APP", "")]
    if style in ("staff", "correspondent"):
        return [(x["desk"], "")]
    return named


def dawn_chrome(
    site: Site42,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<a class="nav__item  px-2  font-bold  uppercase" href="{h}">{esc(t)}</a>'
        for t, h in DAWN_NAV
    )
    foot = "".join(
        f'<a class="footer__link" href="/about#{slugname(t)}">{esc(t)}</a>'
        for t in [
            "About us",
            "Contact us",
            "Advertise",
            "Comments moderation policy",
            "Privacy policy",
            "Terms of use",
            "Complaints",
            "RSS feeds",
            "Sitemap",
            "Archive",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="DAWN.COM"><meta name="twitter:site" content="@dawn_com">{head_extra}
<style>{css(rng, "tw", 430, "util")}</style>
<script>{gtm("DAWN42")}{consent("dawn")}var DAWN=DAWN||{{}};DAWN.config={{env:"production",lazyImages:true,timeagoSelector:".timeago"}};</script>
</head><body class="bg-white  font-sans"><div class="container  mx-auto"><header class="header  border-b  border-gray-300"><div class="header__top  flex  items-center"><a href="/" class="logo" aria-label="DAWN.COM"><img src="https://www.dawn.example/_img/logo.png" alt="DAWN.COM" width="180" height="42"></a>
<div class="header__date  text-xs">{rng.choice(["Wednesday", "Thursday"])}'s e-paper</div><div class="header__actions"><a href="/search?q=karachi" class="search">Search</a><a href="/about#epaper">E-Paper</a><a href="/about#login">Log in</a></div></div>
<nav class="nav  flex  flex-wrap  border-t">{nav}</nav></header>
{main}
<footer class="footer  bg-gray-100  mt-6  py-4"><div class="footer__links  flex  flex-wrap">{foot}</div><p class="footer__copyright  text-xs">&copy; Copyright 2024, DAWN</p><p class="text-xs">Published by Pakistan Herald Publications (Pvt) Ltd.</p></footer></div>
<script>DAWN.loadTimeago&&DAWN.loadTimeago();</script></body></html>"""
    return encode(page)


def _dawn_rails(site: Site42, rng: random.Random, a: Art) -> str:
    pop = "".join(
        f'<article class="story  story--small"><span class="story__number">{k}</span><h2 class="story__title"><a class="story__link" href="{b.path}">{esc(b.title)}</a></h2></article>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    ed = "".join(
        f'<article class="story  story--small"><h2 class="story__title"><a class="story__link" href="{b.path}">{esc(b.title)}</a></h2><span class="timestamp--time">{dawn_day(b.when)}</span></article>'
        for b in others(rng, site, a, 3)
    )
    return f"""<div class="sm:w-4/12  w-full  sidebar"><div class="ad  ad--sidebar"><span class="ad__label">Advertisement</span><div id="dawn-ad-sidebar-1"></div></div>
<div class="box  border-t-2"><h4 class="box__title">Most Popular</h4>{pop}</div>
<div class="box  border-t-2"><h4 class="box__title">Editorial</h4>{ed}</div>
<div class="box"><h4 class="box__title">Dawn Cartoon</h4><a href="/pakistan#cartoon"><img src="https://i.dawn.example/cartoons/2024/05/cartoon.jpg" alt="Cartoon"></a></div></div>"""


def dawn(site: Site42, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    secs = [rng.randint(0, 59) for _ in range(2)]
    entries = dawn_byline(a)
    byline = " | ".join(
        f'<a href="{h}" class="story__byline__link">{esc(n)}</a>' if h else f"<span>{esc(n)}</span>"
        for n, h in entries
    )
    shown = dawn_day(a.when) if x["printed"] else dawn_web(a.when)
    stamps = f'<span class="timestamp--label">Published</span> <span class="timestamp--time  timeago" title="{dawn_iso(a.when, secs[0])}">{shown}</span>'
    if x["updated"]:
        up = a.when + timedelta(minutes=x["updated"])
        upshown = x["ago"] if not x["old"] else dawn_web(up)
        stamps += f'<span class="timestamp--sep">&nbsp;</span><span class="timestamp--label">Updated</span> <span class="timestamp--time  timeago" title="{dawn_iso(up, secs[1])}">{upshown}</span>'
    spot = placed(site, a)

    def after(k: int) -> str:
        return "".join(
            f'<p><strong>Read more: <a href="{site.base}{b.path}" target="_blank">{esc(b.title)}</a></strong></p>'
            for b in spot.get(k, [])
        )

    def para(t: str, k: int) -> str:
        ad = ""
        if k == 3:
            ad = '<div class="ad  ad--inarticle  my-4  text-center"><span class="ad__label  text-xs  text-gray-500">Advertisement</span><div id="dawn-ad-inarticle-1"></div></div>\n'
        return f"{ad}<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h4>{esc(t)}</h4>"

    def fig(b: Block) -> str:
        return f'<figure class="media  media--uneven  media--stretch  w-full"><div class="media__item  "><picture><img src="https://i.dawn.example/primary/{a.when:%Y/%m}/{b.src}.jpg" alt="{esc(b.text)}" loading="lazy"></picture></div><figcaption class="media__caption  text-sm  text-gray-600">{esc(b.text)}. — {esc(b.credit)}</figcaption></figure>'

    story = body(a, para, sub, fig, after)
    if x["printed"]:
        story += (
            f"\n<p><em>Published in Dawn, {a.when:%B} {ordinal(a.when.day)}, {a.when.year}</em></p>"
        )
    excerpt = (
        ""
        if x["printed"]
        else f'<div class="story__excerpt  text-4  font-bold  pt-1  pb-3">{esc(x["excerpt"])}</div>'
    )
    comments = (
        f'<div class="comments  border-t  mt-4" id="comments"><h4 class="comments__title">Comments ({x["comments"]})</h4><p class="comments__closed">Comments are closed.</p></div>'
        if x["comments"]
        else '<div class="comments  border-t  mt-4" id="comments"><h4 class="comments__title">Comments</h4><p>Dawn welcomes your comments. Please read our <a href="/about#comments-moderation-policy">comments moderation policy</a>.</p></div>'
    )
    share = "".join(
        f'<a class="share__item  share__item--{s.lower()}" href="#share-{s.lower()}" aria-label="{s}">{s}</a>'
        for s in ["Facebook", "X", "WhatsApp", "Email"]
    )
    latest_box = "".join(
        f'<article class="story  story--small"><h2 class="story__title"><a class="story__link" href="{b.path}">{esc(b.title)}</a></h2></article>'
        for b in latest(site.of("dawn"))[:5]
        if b is not a
    )
    main = f"""<div class="flex  flex-wrap  mt-4"><div class="sm:w-8/12  w-full  pr-4"><article class="story  story--large  border-b  border-gray-300  pb-4" data-id="{x["nid"]}" data-layout="story" data-content-type="{"print" if x["printed"] else "web"}">
<div class="template__header"><a class="story__category  text-xs  uppercase" href="/{x["sec"][0]}">{esc(x["sec"][1])}</a>
<h2 class="story__title  text-6  font-bold  font-merriweather  pt-1  pb-2 "><a class="story__link  " href="{site.base}{a.path}">{esc(a.title)}</a></h2>
{excerpt}
<div class="flex  flex-wrap  items-center  text-sm"><span class="story__byline  font-bold  mr-2">{byline}</span><span class="story__time  text-gray-600">{stamps}</span></div>
<div class="share  flex  mt-2">{share}<a class="share__item  share__item--comments" href="#comments">{x["comments"] or ""}</a></div></div>
<div class="story__content  overflow-hidden    text-4  sm:text-4.5        pt-1  mt-1">
{story}
</div></article>
{comments}
<div class="box  mt-4"><h4 class="box__title">Latest Stories</h4>{latest_box}</div></div>
{_dawn_rails(site, rng, a)}</div>"""
    iso = dawn_iso(a.when, secs[0])
    head = f'<meta name="description" content="{esc(x["excerpt"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{iso}"><meta property="article:section" content="{esc(x["sec"][1])}"><meta name="author" content="{esc(", ".join(n for n, _ in entries))}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": iso,
            "dateModified": dawn_iso(a.when + timedelta(minutes=x["updated"]), secs[1]),
            "author": [{"@type": "Person", "name": n} for n, _ in entries],
            "publisher": {"@type": "Organization", "name": "DAWN.COM"},
            "articleSection": x["sec"][1],
        }
    )
    return dawn_chrome(site, rng, f"{a.title} - {x['sec'][1]} - DAWN.COM", a.path, main, head)


# --- Gulf News (Quintype) ---------------------------------------------------------------
GN_NAV = [
    ("UAE", "/uae"),
    ("Gulf", "/world/gulf"),
    ("World", "/world/gulf#world"),
    ("Business", "/business/banking"),
    ("Sport", "/uae#sport"),
    ("Entertainment", "/uae#entertainment"),
    ("Lifestyle", "/uae#lifestyle"),
    ("Technology", "/uae#technology"),
    ("Opinion", "/uae#opinion"),
    ("Photos", "/uae#photos"),
    ("Videos", "/uae#videos"),
    ("Podcasts", "/uae#podcasts"),
    ("GN Focus", "/uae#gn-focus"),
    ("Shopping", "/uae#shopping"),
]
GN_SECTIONS = [
    ("uae", "UAE"),
    ("uae/government", "Government"),
    ("uae/transport", "Transport"),
    ("uae/society", "Society"),
    ("business/banking", "Banking"),
    ("world/gulf", "Gulf"),
]


def gn_when(w: datetime) -> str:
    return f"{w:%B %d, %Y} | {w:%H:%M}"


def gn_chrome(
    site: Site42,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li class="_{rng.getrandbits(20):05x}"><a href="{h}" class="menu-item">{esc(t)}</a></li>'
        for t, h in GN_NAV
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=5">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Gulf News">{head_extra}
<style>{css(rng, "gn", 440, "hashed")}</style>
<script>{gtm("GN42")}{consent("gulfnews")}</script>
</head><body><div id="container"><header class="header"><div class="top-bar"><a href="/" class="gn-logo" aria-label="Gulf News"><svg width="160" height="40" viewBox="0 0 160 40"><path d="M0 0h160v40H0z"></path></svg></a>
<div class="weather-widget"><span>Dubai</span> <span>{rng.randint(31, 42)}°C</span></div><div class="top-actions"><a href="/about#subscribe">Subscribe</a><a href="/about#newsletters">Newsletters</a><a href="/search?q=salik" aria-label="Search">Search</a></div></div>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
{main}
<footer class="footer"><div class="footer-links"><a href="/about">About Us</a><a href="/contact">Contact Us</a><a href="/about#advertise">Advertise with us</a><a href="/about#privacy">Privacy Policy</a><a href="/about#terms">Terms &amp; Conditions</a><a href="/about#cookies">Cookies Policy</a><a href="/about#sitemap">Sitemap</a></div>
<p class="copyright">&copy; Al Nisr Publishing LLC 2024. All rights reserved.</p></footer></div>
{tail}</body></html>"""
    return encode(page)


def _gn_rails(site: Site42, rng: random.Random, a: Art) -> str:
    pop = "".join(
        f'<li class="most-popular-item"><span class="count">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    return f"""<aside class="right-rail"><div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span><div id="gpt-mpu-1"></div></div>
<section class="most-popular"><h3 class="section-title">Most Popular</h3><ol>{pop}</ol></section>
<div class="newsletter-signup"><h4>Sign up for the Daily Briefing</h4><p>Get the latest news and updates straight to your inbox</p><a href="/about#newsletters" class="btn">Sign up</a></div></aside>"""


def gn(site: Site42, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def card(n: str, role: str) -> str:
        return f'<div class="author-card"><img class="author-img" src="https://images.gulfnews.example/authors/{slugname(n)}.jpg" alt=""><div class="author-info"><a href="{author_path("gn", n)}" class="author-name">{esc(n)}</a>, <span class="author-designation">{esc(role)}</span></div></div>'

    desk = {"wam": "WAM", "report": "Gulf News Report", "reuters": "Reuters"}.get(style, "")
    if style in ("role", "inputs"):
        authors = card(nm[0], x["roles"][0])
    elif style == "two":
        authors = card(nm[0], x["roles"][0]) + card(nm[1], x["roles"][1])
    else:
        authors = f'<div class="author-card"><div class="author-info"><span class="author-name">{desk}</span></div></div>'
    up = a.when + timedelta(minutes=x["updated"])
    dates = f'<div class="time-stamps"><p class="updated-at"><span class="label">Last updated:</span> <time datetime="{zstamp(up, True)}">{gn_when(up)}</time></p>'
    dates += f'<p class="published-at"><span class="label">Published:</span> <time datetime="{zstamp(a.when, True)}">{gn_when(a.when)}</time></p></div>'
    at = min(placed(site, a)) if a.related else -1

    def after(k: int) -> str:
        if k != at:
            return ""
        items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
        return f'<div class="story-element story-element-also-read"><div class="also-read-box"><p class="also-read-title">ALSO READ</p><ul>{items}</ul></div></div>'

    def para(t: str, k: int) -> str:
        return f'<div class="story-element story-element-text"><div><p>{esc(t)}</p></div></div>'

    def sub(t: str) -> str:
        return f'<div class="story-element story-element-text"><div><h2>{esc(t)}</h2></div></div>'

    def fig(b: Block) -> str:
        return f'<div class="story-element story-element-image"><figure class="image-element"><img src="https://images.gulfnews.example/{b.src}/1280x720.jpg" alt="{esc(b.text)}" loading="lazy"><figcaption><span class="caption">{esc(b.text)}</span><span class="image-credit">Image Credit: {esc(b.credit)}</span></figcaption></figure></div>'

    story = body(a, para, sub, fig, after)
    if style == "inputs":
        story += '\n<div class="story-element story-element-text"><div><p>- With inputs from agencies</p></div></div>'
    subhead = f'<h2 class="subheadline">{esc(x["sub"])}</h2>' if a.i % 3 != 2 else ""
    crumb = f'<a href="/">Home</a><span>/</span><a href="{ {"UAE": "/uae", "Business": "/business/banking", "World": "/world/gulf"}[x["sec"][2]] }">{esc(x["sec"][2])}</a><span>/</span><a href="/{x["sec"][0]}">{esc(x["sec"][1])}</a>'
    tags = [topic_name(a), x["ctx"]["place"], x["sec"][1]]
    taglist = "".join(f'<a class="tag" href="/topic/{slugname(t)}">{esc(t)}</a>' for t in tags)
    more = "".join(
        f'<div class="card"><a href="{b.path}"><img src="https://images.gulfnews.example/thumb/{b.x["ms"]}.jpg" alt=""><h3>{esc(b.title)}</h3></a></div>'
        for b in others(rng, site, a, 4)
    )
    share = "".join(
        f'<a href="#share-{s.lower()}" class="share-{s.lower()}" aria-label="{s}">{s}</a>'
        for s in ["Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Copy"]
    )
    main = f"""<main class="article-page"><div class="container"><div class="row"><div class="main-col"><article class="story-card" data-story-id="{x["qid"]}">
<div class="breadcrumbs">{crumb}</div>
<h1 class="headline">{esc(a.title)}</h1>
{subhead}
<div class="story-meta"><div class="authors">{authors}</div>{dates}<div class="share-bar">{share}</div></div>
<div class="story-content">
{story}
</div>
<div class="whatsapp-cta"><p>Stay up to date with the latest news. <a href="/about#whatsapp">Follow Gulf News on WhatsApp Channels.</a></p></div>
<div class="story-tags">{taglist}</div>
<div class="notification-prompt"><h4>Get Breaking News Alerts From Gulf News</h4><p>We'll send you latest news updates through the day. You can manage them any time by clicking on the notification icon.</p></div>
</article>
<section class="more-from"><h3 class="section-title">More from {esc(x["sec"][2])}</h3><div class="cards">{more}</div></section></div>
{_gn_rails(site, rng, a)}</div></div></main>"""
    first_ms = x["ms"]
    qt = {
        "qt": {
            "pageType": "story-page",
            "data": {
                "story": {
                    "id": x["qid"],
                    "headline": a.title,
                    "subheadline": x["sub"],
                    "slug": a.path.lstrip("/"),
                    "published-at": int(up.timestamp() * 1000),
                    "first-published-at": first_ms,
                    "last-published-at": int(up.timestamp() * 1000),
                    "author-name": ", ".join(a.authors) or desk,
                    "authors": [
                        {"name": n, "contributor-role": {"name": "Author"}} for n in a.authors
                    ],
                    "sections": [{"name": x["sec"][1], "slug": x["sec"][0]}],
                    "tags": [{"name": t} for t in tags],
                }
            },
            "config": {
                "cdn-name": "https://images.gulfnews.example/",
                "publisher-name": "gulfnews",
            },
        }
    }
    head = f'<meta name="description" content="{esc(x["sub"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{zstamp(a.when, True)}"><meta property="article:modified_time" content="{zstamp(up, True)}">'
    head += ld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": zstamp(a.when, True),
            "dateModified": zstamp(up, True),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Organization", "name": "Gulf News"}],
            "publisher": {"@type": "Organization", "name": "Gulf News"},
        }
    )
    tail = f"<script>window.qtState = {script_json(qt)};</script>"
    sec_title = {"UAE": "Uae", "Business": "Business", "World": "World"}[x["sec"][2]]
    return gn_chrome(site, rng, f"{a.title} | {sec_title} – Gulf News", a.path, main, head, tail)


# --- Daily Nation (nation.africa) -------------------------------------------------------
NATION_NAV = [
    ("News", "/kenya/news"),
    ("Politics", "/kenya/news/politics"),
    ("Counties", "/kenya/counties/nairobi"),
    ("Business", "/kenya/business"),
    ("Africa", "/africa"),
    ("Health", "/kenya/news#health"),
    ("Opinion", "/kenya/news#opinion"),
    ("Sports", "/kenya/news#sports"),
    ("Life & Style", "/kenya/news#life-and-style"),
    ("Podcasts", "/kenya/news#podcasts"),
    ("Nation Prime", "/kenya/news#prime"),
    ("ePaper", "/kenya/news#epaper"),
]
NATION_SECTIONS = [
    ("kenya/news", "News"),
    ("kenya/news/politics", "Politics"),
    ("kenya/counties/nairobi", "Nairobi"),
    ("kenya/business", "Business"),
    ("africa", "Africa"),
]


def nation_when(w: datetime) -> str:
    return f"{w:%A}, {w:%B %d, %Y}"


def nation_email(name: str) -> str:
    first, *rest = name.split()
    return f"{first[0].lower()}{''.join(rest).lower()}@ke.nationmedia.com"


def nation_chrome(
    site: Site42,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li><a href="{h}" class="main-nav_link">{esc(t)}</a></li>' for t, h in NATION_NAV
    )
    page = f"""<!DOCTYPE html><html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Nation">{head_extra}
<style>{css(rng, "nmg", 430, "bem")}</style>
<script>{gtm("NMG42")}{consent("nmg")}window.NMG=window.NMG||{{}};NMG.paywall={{enabled:true,meter:3,product:"Nation Prime"}};</script>
</head><body class="body-nation"><header class="page-header"><div class="page-header_top"><a href="/" class="page-header_logo"><img src="https://nation.africa.example/resource/blob/logo/nation-logo.svg" alt="Nation" width="150" height="40"></a>
<div class="page-header_actions"><a class="subscribe-btn" href="/about#subscribe">Subscribe for KSh1 for the first month</a><a href="/about#login">Log in</a><a href="/search?query=housing+levy" aria-label="search">Search</a></div></div>
<nav class="main-nav"><ul class="main-nav_list">{nav}</ul></nav></header>
<main class="main-content">{main}</main>
<footer class="page-footer"><div class="page-footer_links"><a href="/about">About Us</a><a href="/contact">Contact Us</a><a href="/about#advertise">Advertise with us</a><a href="/about#privacy">Privacy Policy</a><a href="/about#terms">Terms and Conditions</a><a href="/about#faqs">FAQs</a></div>
<p class="page-footer_copy">&copy; 2024 Nation Media Group. All rights reserved.</p></footer></body></html>"""
    return encode(page)


def _nation_rails(site: Site42, rng: random.Random, a: Art) -> str:
    trend = "".join(
        f'<li class="trending-item"><a href="{b.path}"><span class="trending-rank">{k}</span><h3 class="title-small">{esc(b.title)}</h3></a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    lat = "".join(
        f'<li><a href="{b.path}"><h3 class="title-small">{esc(b.title)}</h3></a></li>'
        for b in latest(site.of("nation"))[:5]
        if b is not a
    )
    return f"""<aside class="article-aside"><div class="ad-slot"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-nation-mpu"></div></div>
<section class="trending"><h2 class="section-title">Trending</h2><ol>{trend}</ol></section>
<section class="latest"><h2 class="section-title">Latest</h2><ul>{lat}</ul></section>
<div class="prime-promo"><h3>Nation Prime</h3><p>Get unlimited access to premium journalism. Subscribe today.</p><a href="/about#subscribe">Subscribe</a></div></aside>"""


def nation(site: Site42, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]

    def card(n: str, link: bool) -> str:
        if not link:
            return f'<div class="article-authors_author"><p class="article-authors_authors">By&nbsp;{esc(n)}</p></div>'
        return f'<div class="article-authors_author"><img class="article-authors_img" src="https://nation.africa.example/resource/image/authors/{slugname(n)}.jpg" alt=""><div><p class="article-authors_authors">By&nbsp;<a href="{author_path("nation", n)}" class="article-authors_name">{esc(n)}</a></p><a class="article-authors_more" href="{author_path("nation", n)}">More by this Author</a></div></div>'

    if a.authors:
        cards = "".join(card(n, True) for n in a.authors)
    else:
        cards = card(x["desk"] if style == "desk" else x["wire"], False)
    points = ""
    if x["points"]:
        points = f'<div class="article-summary"><h3 class="article-summary_title">What you need to know:</h3><ul class="article-summary_list">{"".join(f"<li>{esc(p)}</li>" for p in x["points"])}</ul></div>'
    spot = placed(site, a)

    def after(k: int) -> str:
        return "".join(
            f'<p><strong>Read: <a href="{b.path}">{esc(b.title)}</a></strong></p>'
            for b in spot.get(k, [])
        )

    def para(t: str, k: int) -> str:
        ad = ""
        if k == 2:
            ad = '<div class="ad-slot ad-slot--inline"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-inline-1"></div></div>\n'
        return f"{ad}<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block) -> str:
        return f'<figure class="article-picture"><img src="https://nation.africa.example/resource/image/{x["nid"]}/landscape_ratio3x2/1280/853/{b.src}/ab/photo.jpg" alt="{esc(b.text)}" loading="lazy"><figcaption class="article-picture_caption"><span class="caption">{esc(b.text)}</span><span class="article-picture_credit">Photo credit: {esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    if a.authors:
        story += "\n" + "\n".join(f"<p>{esc(nation_email(n))}</p>" for n in a.authors)
    badge = '<span class="premium-badge">Premium</span>' if x["premium"] else ""
    topics = "".join(
        f'<li><a href="/kenya/news#{slugname(t)}">{esc(t)}</a></li>'
        for t in [topic_name(a), x["ctx"]["place"], x["sec"][1]]
    )
    share = "".join(
        f'<a class="share-btn share-btn--{s.lower()}" href="#share-{s.lower()}">{s}</a>'
        for s in ["Facebook", "X", "WhatsApp", "Telegram", "LinkedIn"]
    )
    utc = zstamp(a.when)
    main = f"""<div class="article-page grid-container"><article class="article">
<div class="article-topic"><a href="/{x["sec"][0]}">{esc(x["sec"][1])}</a></div>
<header class="article-title">{badge}<h1 class="title-large">{esc(a.title)}</h1></header>
<div class="article-content-wrapper"><aside class="article-metadata"><div class="article-authors">{cards}</div>
<div class="article-date"><time class="date" datetime="{utc}">{nation_when(a.when)}</time><span class="read-time">{x["minutes"]} min read</span></div>
<div class="article-share">{share}</div></aside>
<div class="article-body">
{points}
<div class="paragraph-wrapper">
{story}
</div>
<div class="article-topics"><h4>Topics</h4><ul>{topics}</ul></div>
</div></div></article>
{_nation_rails(site, rng, a)}</div>"""
    writer = ", ".join(a.authors) or (x["desk"] if style == "desk" else x["wire"])
    head = f'<meta name="description" content="{esc(x["summary"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{utc}"><meta name="author" content="{esc(writer)}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": utc,
            "dateModified": utc,
            "isAccessibleForFree": not x["premium"],
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Organization", "name": writer}],
            "publisher": {"@type": "Organization", "name": "Nation Media Group"},
        }
    )
    return nation_chrome(site, rng, f"{a.title} | Nation", a.path, main, head)


# --- The Times of India -----------------------------------------------------------------
TOI_NAV = [
    ("Home", "/"),
    ("City", "/city/mumbai"),
    ("India", "/india"),
    ("World", "/india#world"),
    ("Business", "/india#business"),
    ("Tech", "/india#tech"),
    ("Cricket", "/india#cricket"),
    ("Sports", "/india#sports"),
    ("Entertainment", "/india#entertainment"),
    ("TV", "/india#tv"),
    ("Web Series", "/india#web-series"),
    ("Life & Style", "/india#life-style"),
    ("Education", "/india#education"),
    ("Photos", "/india#photos"),
    ("Videos", "/india#videos"),
    ("Astrology", "/india#astrology"),
    ("Archive", "/archive/year-2024,month-5.cms"),
]
TOI_SECTIONS = [
    ("city/mumbai", "Mumbai News"),
    ("city/thane", "Thane News"),
    ("city/navi-mumbai", "Navi Mumbai News"),
    ("india", "India News"),
]


def toi_when(w: datetime) -> str:
    return f"{w:%b} {w.day}, {w.year}, {w:%H:%M} IST"


def toi_chrome(
    site: Site42,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li class="_{rng.getrandbits(16):04x}"><a href="{h}">{esc(t)}</a></li>'
        for t, h in TOI_NAV
    )
    cities = "".join(
        f'<a href="/{p}">{esc(n.removesuffix(" News"))}</a>' for p, n in TOI_SECTIONS[:3]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="The Times of India">{head_extra}
<style>{css(rng, "_", 460, "hashed")}</style>
<script>{gtm("TOI42")}{consent("toi")}window.colombia=window.colombia||{{}};colombia.fns=colombia.fns||[];</script>
</head><body><div id="app"><div class="_2s8_k header"><a href="/" class="logo" title="News"><img src="https://static.toiimg.example/photo/47529300.cms" alt="The Times of India" width="220" height="40"></a>
<div class="_1Zc3T city-select"><span>City</span>{cities}</div><div class="_3WuyR"><a href="/about#signin">Sign In</a><a href="/about#toiplus" class="toiplus">TOI+</a></div></div>
<nav class="_3P7G0 nav"><ul>{nav}</ul></nav>
{main}
<footer class="_1e2dR footer"><div class="footer-links"><a href="/about">About us</a><a href="/contact">Contact us</a><a href="/about#advertise">Advertise with us</a><a href="/about#privacy">Privacy policy</a><a href="/about#terms">Terms of Use and Grievance Redressal Policy</a><a href="/about#sitemap">Sitemap</a><a href="/archive/year-2024,month-5.cms">Archives</a></div>
<p class="copyright">Copyright &copy; 2024 Bennett, Coleman &amp; Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service</p></footer></div>
{tail}</body></html>"""
    return encode(page)


def _toi_rails(site: Site42, rng: random.Random, a: Art) -> str:
    pop = "".join(
        f'<li><a href="{b.path}"><figure><img src="https://static.toiimg.example/thumb/msid-{b.x["aid"]},width-100/photo.jpg" alt=""></figure><p>{esc(b.title)}</p></a></li>'
        for b in others(rng, site, a, 6)
    )
    trend = "".join(
        f'<li><a href="/topic/{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "Mumbai rains",
            "BMC",
            "Mumbai local train",
            "Coastal road",
            "Metro 3",
            "Mumbai weather",
        ]
    )
    sponsored = "".join(
        f'<div class="colombia-card"><a href="https://ads.colombia.example/click?id={rng.getrandbits(32):08x}" rel="nofollow sponsored"><p>{esc(t)}</p><span class="sponsor">Sponsored</span></a></div>'
        for t in rng.sample(
            [
                "Doctors stunned: this one habit may help you sleep better",
                "Mumbai: new 2 & 3 BHK homes starting at ₹89 lakh",
                "The smartest way to save tax this year",
                "Retired? Here is how much your savings can earn",
                "Shop the summer sale: up to 70% off",
                "Learn a new language in 3 weeks",
            ],
            4,
        )
    )
    return f"""<div class="_2Ckjx right-rail"><div class="ad-wrapper"><span>Advertisement</span><div id="div-gpt-ad-toi-atf"></div></div>
<div class="_1ntkz"><h2 class="title">Popular from {esc(a.x["sec"][1].removesuffix(" News"))}</h2><ul>{pop}</ul></div>
<div class="_8Ssiu trending-topics"><h2 class="title">Top Trending</h2><ul>{trend}</ul></div>
<div class="colombia-widget"><h2 class="title">From around the web</h2>{sponsored}</div></div>"""


def toi_credit(c: str) -> str:
    if c == "File photo" or c.startswith("TOI photo"):
        return f"({c})"
    return f"(Photo: {c})"


def toi_byline(a: Art) -> str:
    x = a.x
    style = x["style"]

    def link(n: str) -> str:
        return f'<a href="{author_path("toi", n)}" class="_1rbKv">{esc(n)}</a>'

    if style == "named":
        return f"{link(a.authors[0])} / TNN"
    if style == "two":
        return f"{link(a.authors[0])} &amp; {link(a.authors[1])} / TNN"
    return {"tnn": "TNN", "pti": "PTI", "ani": "ANI", "dotcom": "TIMESOFINDIA.COM"}[style]


def toi(site: Site42, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return toi_2019(site, a, rng)
    x = a.x
    spot = placed(site, a)

    def after(k: int) -> str:
        return "".join(
            f'<div class="_2iz5d alsoread_wdgt"><span class="title">Also Read</span><a href="{b.path}"><img src="https://static.toiimg.example/thumb/msid-{b.x["aid"]},width-96/photo.jpg" alt=""><span>{esc(b.title)}</span></a></div>'
            for b in spot.get(k, [])
        )

    def para(t: str, k: int) -> str:
        return esc(t)

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block) -> str:
        return f'<div class="_3I4ms" data-type="img"><img src="https://static.toiimg.example/thumb/msid-{rng.randint(109_000_000, 109_999_999)},imgsize-{rng.randint(40000, 200000)},width-600,height-400/{b.src}.jpg" alt="{esc(b.text)}"><div class="img_cptn">{esc(b.text)} <span class="img_credit">{esc(toi_credit(b.credit))}</span></div></div>'

    story = body(a, para, sub, fig, after, sep="<br/><br/>")
    if x["inputs"]:
        story += "<br/><br/>(With inputs from agencies)"
    sec = x["sec"]
    crumb = f'<a href="/">News</a> <span>/</span> <a href="/{sec[0]}">{esc(sec[3] if sec[3] != "City" else "City News")}</a>'
    if sec[3] == "City":
        crumb += f' <span>/</span> <a href="/{sec[0]}">{esc(sec[1])}</a>'
    crumb += f" <span>/</span> <span>{esc(a.title)}</span>"
    visual = "".join(
        f'<li><a href="/india#visual-{k}"><img src="https://static.toiimg.example/webstories/{rng.getrandbits(32):08x}.jpg" alt=""><p>{esc(t)}</p></a></li>'
        for k, t in enumerate(
            rng.sample(
                [
                    "10 monsoon getaways near Mumbai",
                    "Street foods of Mumbai you must try",
                    "8 birds you can spot at Sewri mudflats",
                    "Most beautiful railway stations of India",
                    "How to keep your home dry this monsoon",
                    "Beaches near Mumbai for a weekend trip",
                ],
                4,
            )
        )
    )
    tags = ", ".join(
        f'<a href="/topic/{slugname(t)}">{esc(t.lower())}</a>'
        for t in [f"{sec[1].removesuffix(' News')} news", topic_name(a), x["ctx"]["place"]]
    )
    main = f"""<div class="contentwrapper clearfix"><div class="_2Ckjx left-col"><div class="_3_aJ1 breadcrumb">{crumb}</div>
<div class="okf2Z article-head"><h1 class="HNMDR"><span>{esc(a.title)}</span></h1>
<div class="xf8Pm byline"><div><span>{toi_byline(a)} / </span><span>Updated: {toi_when(a.when)}</span></div></div>
<div class="_3Gbxz share"><span>Share</span><a href="#share-fb">FB</a><a href="#share-x">X</a><a href="#share-wa">WA</a><span class="fontsize">AA</span><span>Text Size</span><span>Small</span><span>Medium</span><span>Large</span><a href="#follow" class="follow">Follow us</a></div></div>
<div class="_s30J clearfix  " data-articlebody="1">{story}</div>
<div class="_3hHS- end_article">End of Article</div>
<div class="_1fHaN follow_us"><span>FOLLOW US ON SOCIAL MEDIA</span><a href="#fb">Facebook</a><a href="#x">Twitter</a><a href="#ig">Instagram</a><a href="#koo">KOO APP</a><a href="#yt">YOUTUBE</a></div>
<div class="_2_2nR visual-stories"><h2 class="title">Visual Stories</h2><ul>{visual}</ul></div>
<div class="read-more-tags"><span>Read more news on</span> {tags}</div>
<div class="_1IaAp comments"><h3>Start a Conversation</h3><a href="#comments" class="post-comment">Post comment</a></div></div>
{_toi_rails(site, rng, a)}</div>"""
    iso = a.when.isoformat()
    writer = ", ".join(a.authors) or toi_byline(a)
    head = f'<meta name="description" content="{esc(a.paras[0][:160])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="article:published_time" content="{iso}"><meta name="author" content="{esc(writer)}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": iso,
            "dateModified": iso,
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Person", "name": writer}],
            "publisher": {"@type": "Organization", "name": "Times Of India"},
            "articleSection": sec[1],
        }
    )
    state = {
        "router": {"location": {"pathname": a.path}},
        "articleshow": {
            "data": {
                str(x["aid"]): {
                    "hl": a.title,
                    "ag": writer,
                    "lu": f"{a.when:%Y-%m-%dT%H:%M:%S}+05:30",
                    "dl": int(a.when.timestamp() * 1000),
                    "sec": sec[1],
                    "wu": a.path,
                }
            }
        },
        "app": {"platform": "desktop", "edition": "in"},
    }
    tail = f"<script>window.__STATE__ = {script_json(state)};</script>"
    return toi_chrome(site, rng, f"{a.title} | {sec[1]} - Times of India", a.path, main, head, tail)


def toi_2019(site: Site42, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    spot = placed(site, a)

    def after(k: int) -> str:
        return "<br><br>".join(
            f'<strong>Also read:</strong> <a href="{b.path}">{esc(b.title)}</a>'
            for b in spot.get(k, [])
        )

    def para(t: str, k: int) -> str:
        return esc(t)

    def sub(t: str) -> str:
        return f"<strong>{esc(t)}</strong>"

    def fig(b: Block) -> str:
        return f'<div class="inlineimg"><img src="https://static.toiimg.example/photo/{b.src}.cms" alt="{esc(b.text)}"><div class="caption">{esc(b.text)} {esc(toi_credit(b.credit))}</div></div>'

    story = body(a, para, sub, fig, after, sep="<br><br>")
    if x["inputs"]:
        story += "<br><br>(With inputs from agencies)"
    byline = toi_byline(a).replace(" / ", " | ")
    pop = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 6)
    )
    main = f"""<div class="main-content"><div class="_1Y-96"><div class="_3_aJ1 breadcrumb"><a href="/">News</a> / <a href="/{x["sec"][0]}">{esc(x["sec"][1])}</a></div>
<arttitle><h1 class="_23498">{esc(a.title)}</h1></arttitle>
<div class="_3Mkg- byline">{byline} | Updated: {toi_when(a.when)}</div>
<div class="ga-headlines"><div class="_1_Akb clearfix"><div class="Normal">{story}</div></div></div>
<div class="_3hHS-">End of Article</div>
<div class="_3l8Q1 comments"><h3>Comments</h3><a href="#comments">Be the first one to comment.</a></div></div>
<div class="_38VSu"><h2>Popular from {esc(x["sec"][1].removesuffix(" News"))}</h2><ul>{pop}</ul></div></div>"""
    head = f'<meta name="description" content="{esc(a.paras[0][:160])}"><meta property="og:title" content="{esc(a.title)}">'
    return toi_chrome(site, rng, f"{a.title} | {x['sec'][1]} - Times of India", a.path, main, head)


RENDER: dict[str, Callable[[Site42, Art], tuple[bytes, str]]] = {
    "hindu": hindu,
    "dawn": dawn,
    "gn": gn,
    "nation": nation,
    "toi": toi,
}


def register(site: Site42) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["LABELS", "RENDER", "author_path", "register", "writers"]
