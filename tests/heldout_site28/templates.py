"""Site 28's article templates: BBC News (the 2024 Next.js layout and the 2019 ``story-body``
layout), NPR, The Kansas City Star (McClatchy), the Ottawa Citizen (Postmedia) and Stuff (the
2024 layout and the 2019 ``sics-component`` layout)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art, Block

from .common import consent, css, encode, esc, gtm, hashes, ld, page_rng, script_json

if TYPE_CHECKING:
    from .generator import Site28

LABELS = {
    "bbc": "BBC News",
    "npr": "NPR",
    "kcstar": "The Kansas City Star",
    "citizen": "Ottawa Citizen",
    "stuff": "Stuff",
}


def slugname(name: str) -> str:
    return name.lower().replace(" ", "-")


def author_path(site: Site28, tpl: str, name: str) -> str:
    """A writer's page on the sites that have them (BBC bylines link nowhere)."""
    n = sum(map(ord, name)) * 7919 % 900_000
    return {
        "npr": f"/people/{348_000_000 + n}/{slugname(name)}",
        "kcstar": f"/profile/{229_000_000 + n}.html",
        "citizen": f"/author/{slugname(name).replace('-', '')}",
        "stuff": f"/authors/{slugname(name)}",
    }[tpl]


def writers(site: Site28, tpl: str) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in site.of(tpl):
        if a.x.get("old"):  # Stuff's 2019 bylines link nowhere
            continue
        for n in a.authors:
            out.setdefault(n, []).append(a)
    return out


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(rng: random.Random, site: Site28, a: Art, k: int, tpl: str | None = None) -> list[Art]:
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def rel(site: Site28, a: Art) -> list[Art]:
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


def _ago(a: Art) -> str:
    return f"{(a.i % 5) + 1} hours ago"


# --- BBC News ---------------------------------------------------------------------------
BBC_TOP = [
    "Home",
    "News",
    "Sport",
    "Business",
    "Innovation",
    "Culture",
    "Travel",
    "Earth",
    "Video",
    "Live",
]
BBC_NEWS = [
    "Israel-Gaza war",
    "War in Ukraine",
    "US & Canada",
    "UK",
    "UK Politics",
    "England",
    "N. Ireland",
    "Scotland",
    "Wales",
    "Africa",
    "Asia",
    "Australia",
    "Europe",
    "Latin America",
    "Middle East",
    "In Pictures",
    "BBC InDepth",
    "BBC Verify",
]


def bbc_sc(rng: random.Random) -> str:
    return f"sc-{rng.getrandbits(32):08x}-{rng.randint(0, 9)} {''.join(rng.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(6))}"


def bbc_chrome(
    site: Site28,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    top = "".join(
        f'<li class="{bbc_sc(rng)}"><a href="{"/news" if t == "News" else "/news#" + t.lower()}" class="{bbc_sc(rng)}">{t}</a></li>'
        for t in BBC_TOP
    )
    sub = "".join(
        f'<li><a href="/news#{t.lower().replace(" ", "-")}" class="{bbc_sc(rng)}">{esc(t)}</a></li>'
        for t in BBC_NEWS
    )
    regions = "".join(f'<li><a href="/news/england/{r}">{esc(n)}</a></li>' for r, n in BBC_REGIONS)
    foot = "".join(
        f'<li><a href="/news#{t.lower().replace(" ", "-")}">{esc(t)}</a></li>'
        for t in [
            "Terms of Use",
            "About the BBC",
            "Privacy Policy",
            "Cookies",
            "Accessibility Help",
            "Parental Guidance",
            "Contact the BBC",
            "BBC emails for you",
            "Advertise with us",
            "Do not share or sell my info",
            "Contact technical support",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"/>
<meta property="og:site_name" content="BBC News"/><meta name="twitter:site" content="@BBCNews"/>{head_extra}
<style data-styled="active" data-styled-version="5.3.11">{css(rng, "sc", 560, "hashed")}</style>
<script>{gtm("BBCN28")}{consent("bbc")}</script>
<script>window.__reverb={{}};window.__reverb.__reverbLoadedPromise=new Promise(function(r){{window.__reverb.__resolveLoaded=r}});window.bbcpage={{getName:function(){{return Promise.resolve("news.{canonical.strip("/").replace("/", ".")}.page")}}}};</script>
</head><body><div id="__next"><a href="#main-content" class="{bbc_sc(rng)}">Skip to content</a>
<header data-testid="header-banner" class="{bbc_sc(rng)}"><div class="{bbc_sc(rng)}"><a href="/" aria-label="British Broadcasting Corporation" class="{bbc_sc(rng)}"><svg viewBox="0 0 83 24" width="83" height="24"><path d="M0 0h24v24H0zm29.5 0h24v24h-24zM59 0h24v24H59z"></path></svg></a>
<div class="{bbc_sc(rng)}"><a href="/news#register">Register</a><a href="/news#signin">Sign In</a></div></div>
<nav aria-label="BBC" data-testid="level1-navigation-container"><ul>{top}</ul></nav>
<nav aria-label="News" data-testid="level2-navigation-container"><ul>{sub}</ul></nav>
<nav aria-label="England" data-testid="level3-navigation-container"><ul>{regions}</ul></nav></header>
<main id="main-content" data-testid="main-content">{main}</main>
<footer data-testid="footer" class="{bbc_sc(rng)}"><div><a href="/" aria-label="BBC Homepage"><svg viewBox="0 0 83 24"><path d="M0 0h24v24H0z"></path></svg></a>
<ul>{top}</ul><ul>{foot}</ul>
<p class="{bbc_sc(rng)}">Copyright 2024 BBC. All rights reserved.  The <em>BBC</em> is <em>not responsible for the content of external sites.</em> <a href="/news#external-linking"><strong>Read about our approach to external linking.</strong></a></p></div></footer></div>
{tail}</body></html>"""
    return encode(page)


BBC_REGIONS = [
    ("manchester", "Manchester"),
    ("leeds", "Leeds"),
    ("lancashire", "Lancashire"),
    ("york-north-yorkshire", "York & North Yorkshire"),
]


def bbc_topic(a: Art) -> tuple[str, str]:
    return (
        f"/news/topics/c{a.x['region'][0].replace('-', '')[:8]}t",
        f"{a.x['region'][1]} politics",
    )


def _bbc_lists(site: Site28, rng: random.Random, a: Art, old: bool) -> str:
    top = [b for b in latest(site.of("bbc")) if b is not a and not b.x["old"]][:6]
    most = others(rng, site, a, 10, "bbc")
    if old:
        tops = "".join(
            f'<div class="gs-c-promo"><a class="gs-c-promo-heading" href="{b.path}"><h3 class="gs-c-promo-heading__title">{esc(b.title)}</h3></a><p class="gs-c-promo-summary">{esc(b.x["summary"])}</p></div>'
            for b in top[:3]
        )
        mr = "".join(
            f'<li class="most-popular-list-item"><a href="{b.path}"><span class="most-popular-list-item__rank">{k}</span><span class="most-popular-list-item__headline">{esc(b.title)}</span></a></li>'
            for k, b in enumerate(most, 1)
        )
        return f"""<div class="column--secondary" role="complementary"><div class="top-stories-promo"><h2 class="top-stories-promo__title">Top Stories</h2>{tops}</div>
<div class="features-and-analysis"><h2 class="features-and-analysis__title">Features</h2>{"".join(f'<div class="features-and-analysis__story"><a href="/news#feature-{k}"><span class="features-and-analysis__title">{esc(t)}</span></a></div>' for k, t in enumerate(["The hidden cost of the school run", "Life on the last farm in the valley", "Why your bin day keeps changing", "Could this be the end of the high street?"]))}</div>
<div class="most-popular"><h2 class="most-popular__header">Most Read</h2><ol class="most-popular-list">{mr}</ol></div></div>"""
    tops = "".join(
        f'<div data-testid="edinburgh-card" class="{bbc_sc(rng)}"><a data-testid="internal-link" href="{b.path}"><h2 data-testid="card-headline" class="{bbc_sc(rng)}">{esc(b.title)}</h2><p data-testid="card-description">{esc(b.x["summary"])}</p><span data-testid="card-metadata-lastupdated">{(k % 9) + 1} hrs ago</span><span data-testid="card-metadata-tag">England</span></a></div>'
        for k, b in enumerate(top[:4])
    )
    mr = "".join(
        f'<li class="{bbc_sc(rng)}"><span class="{bbc_sc(rng)}">{k}</span><a data-testid="internal-link" href="{b.path}"><p class="{bbc_sc(rng)}">{esc(b.title)}</p></a></li>'
        for k, b in enumerate(most, 1)
    )
    return f"""<section data-analytics_group_name="Top stories" data-testid="top-stories"><h2 class="{bbc_sc(rng)}">Top stories</h2><div class="{bbc_sc(rng)}">{tops}</div></section>
<section data-analytics_group_name="Most read" data-testid="most-read"><h2 class="{bbc_sc(rng)}">Most read</h2><ol class="{bbc_sc(rng)}">{mr}</ol></section>"""


def bbc(site: Site28, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return bbc_2019(site, a, rng)
    x = a.x
    nm = x["nm"]
    place = x["ctx"]["place"]
    utc = a.when.astimezone(UTC)

    def contributor(name: str, role: str) -> str:
        return f'<div class="{bbc_sc(rng)}"><span data-testid="byline-new-contributors" class="{bbc_sc(rng)}">{esc(name)}</span><div class="{bbc_sc(rng)}"><span class="{bbc_sc(rng)}">{esc(role)}</span></div></div>'

    style = x["style"]
    who = {
        "place": contributor(nm[0], f"BBC News, {place}"),
        "two": f'<div class="{bbc_sc(rng)}"><span data-testid="byline-new-contributors" class="{bbc_sc(rng)}">{esc(nm[0])} &amp; {esc(nm[1])}</span><div><span class="{bbc_sc(rng)}">BBC News</span></div></div>',
        "role": contributor(nm[0], x["role"]),
        "none": "",
        "addl": contributor(nm[0], f"BBC News, {place}"),
    }[style]
    printed = _ago(a) if x["relative"] else f"{a.when.day} {a.when:%B %Y}"
    byline = f"""<div data-component="byline-block" class="{bbc_sc(rng)}"><div data-testid="byline-new" class="{bbc_sc(rng)}">
<div class="{bbc_sc(rng)}"><time datetime="{utc:%Y-%m-%dT%H:%M:%S}.000Z" class="{bbc_sc(rng)}">{printed}</time></div>
<div class="{bbc_sc(rng)}"><button class="{bbc_sc(rng)}" aria-label="Share"><span>Share</span></button><button class="{bbc_sc(rng)}" aria-label="Save"><span>Save</span></button></div>
{who}</div></div>"""

    def para(t: str, k: int) -> str:
        inner = f"<b>{esc(t)}</b>" if k == 0 else esc(t)
        return f'<div data-component="text-block" class="{bbc_sc(rng)}"><p class="{bbc_sc(rng)}">{inner}</p></div>'

    def sub(t: str) -> str:
        return f'<div data-component="subheadline-block" class="{bbc_sc(rng)}"><h2 class="{bbc_sc(rng)}">{esc(t)}</h2></div>'

    def fig(b: Block) -> str:
        src = f"https://ichef.bbci.example/news/480/cpsprodpb/{b.src[:4]}/live/{b.src}.jpg.webp"
        return f"""<div data-component="image-block" class="{bbc_sc(rng)}"><figure class="{bbc_sc(rng)}"><div class="{bbc_sc(rng)}"><img sizes="(min-width: 1280px) 50vw, 100vw" srcSet="{src.replace("/480/", "/240/")} 240w, {src} 480w, {src.replace("/480/", "/976/")} 976w" src="{src}" alt="{esc(b.text)}" loading="lazy" class="{bbc_sc(rng)}"/><span role="text" class="{bbc_sc(rng)}"><span class="visually-hidden">Image source, </span>{esc(b.credit)}</span></div>
<figcaption class="{bbc_sc(rng)}"><span class="visually-hidden {bbc_sc(rng)}">Image caption, </span>{esc(b.text)}</figcaption></figure></div>"""

    story = body(a, para, sub, fig)
    if style == "addl":
        story += f'\n<div data-component="text-block" class="{bbc_sc(rng)}"><p class="{bbc_sc(rng)}"><i>Additional reporting by {esc(nm[1])}</i></p></div>'
    topic = bbc_topic(a)
    tags = [
        topic,
        (f"/news/england/{x['region'][0]}", x["region"][1]),
        ("/news#local-government", "Local government"),
    ]
    tagl = "".join(
        f'<li class="{bbc_sc(rng)}"><a href="{h}" class="{bbc_sc(rng)}">{esc(t)}</a></li>'
        for h, t in tags
    )
    more = ""
    if a.related:
        items = "".join(
            f'<li class="{bbc_sc(rng)}"><a href="{b.path}" class="{bbc_sc(rng)}">{esc(b.title)}</a></li>'
            for b in rel(site, a)
        )
        more = f"""<div data-component="links-block" class="{bbc_sc(rng)}"><section><h2 class="{bbc_sc(rng)}">More on this story</h2><ul class="{bbc_sc(rng)}">{items}</ul></section></div>
<div data-component="links-block" class="{bbc_sc(rng)}"><section><h2 class="{bbc_sc(rng)}">Related internet links</h2><ul><li><a href="https://www.gov.example/council-tax">{esc(x["ctx"]["org"].capitalize())}</a></li></ul></section></div>"""
    main = f"""<div class="{bbc_sc(rng)}"><article class="{bbc_sc(rng)}">
<div data-component="headline-block" class="{bbc_sc(rng)}"><h1 class="{bbc_sc(rng)}">{esc(a.title)}</h1></div>
{byline}
{story}
<div data-component="tags" class="{bbc_sc(rng)}"><h2 class="{bbc_sc(rng)}">Related topics</h2><ul>{tagl}</ul></div>
{more}
</article>
<aside class="{bbc_sc(rng)}">{_bbc_lists(site, rng, a, False)}</aside></div>"""
    contents = [
        {"type": "text", "model": {"blocks": [{"type": "paragraph", "model": {"text": b.text}}]}}
        if b.kind == "p"
        else {"type": "subheadline", "model": {"text": b.text}}
        if b.kind == "h"
        else {
            "type": "image",
            "model": {"caption": b.text, "copyright": b.credit, "locator": b.src},
        }
        for b in a.blocks
    ]
    nd = {
        "props": {
            "pageProps": {
                "page": {
                    f'@"news","articles","{a.path.rsplit("/", 1)[1]}",': {
                        "contents": [
                            {
                                "type": "headline",
                                "model": {"blocks": [{"type": "text", "model": {"text": a.title}}]},
                            },
                            *contents,
                        ],
                        "metadata": {
                            "firstPublished": int(a.when.timestamp() * 1000),
                            "lastUpdated": int(a.when.timestamp() * 1000) + 3_600_000,
                            "locators": {
                                "assetUri": a.path,
                                "cpsUrn": f"urn:bbc:cps:{rng.getrandbits(64):016x}",
                            },
                            "topics": [t for _, t in tags],
                            "byline": [n for n in a.authors],
                        },
                    }
                },
                "pageType": "article",
            }
        },
        "page": "/[[...slug]]",
        "buildId": f"{rng.getrandbits(64):016x}",
        "isFallback": False,
        "gssp": True,
    }
    head = f'\n<meta name="description" content="{esc(x["summary"])}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/>'
    tail = f'<script id="__NEXT_DATA__" type="application/json">{script_json(nd)}</script>'
    return bbc_chrome(site, rng, f"{a.title} - BBC News", a.path, main, head, tail)


def bbc_2019(site: Site28, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    nm = x["nm"]
    style = x["style"]
    by = {
        "place": (f"By {nm[0]}", f"BBC News, {x['ctx']['place']}"),
        "two": (f"By {nm[0]} and {nm[1]}", "BBC News"),
        "role": (f"By {nm[0]}", x["role"]),
        "none": None,
        "addl": (f"By {nm[0]}", "BBC News"),
    }[style]
    byline = (
        f'<div class="byline"><span class="byline__name">{esc(by[0])}</span><span class="byline__title">{esc(by[1])}</span></div>'
        if by
        else ""
    )

    def para(t: str, k: int) -> str:
        return f'<p class="story-body__introduction">{esc(t)}</p>' if k == 0 else f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'<h2 class="story-body__crosshead">{esc(t)}</h2>'

    def fig(b: Block) -> str:
        return f"""<figure class="media-landscape has-caption full-width"><span class="image-and-copyright-container"><img class="js-image-replace" alt="{esc(b.text)}" src="https://ichef.bbci.example/news/320/cpsprodpb/{b.src}.jpg" width="976" height="549"><span class="off-screen">Image copyright</span><span class="story-image-copyright">{esc(b.credit)}</span></span>
<figcaption class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">{esc(b.text)}</span></figcaption></figure>"""

    story = body(a, para, sub, fig)
    if style == "addl":
        story += f"\n<p><i>Additional reporting by {esc(nm[1])}</i></p>"
    more = ""
    if a.related:
        items = "".join(
            f'<li class="unordered-list__item"><a href="{b.path}" class="story-more__link"><span class="story-more__title">{esc(b.title)}</span></a></li>'
            for b in rel(site, a)
        )
        more = f'<div class="story-more"><h2 class="story-more__title">More on this story</h2><div class="group story-more__group"><ul class="unordered-list">{items}</ul></div></div>'
    topic = bbc_topic(a)
    region = x["region"]
    share = "".join(
        f'<li class="share__item share__item--{s.lower()}"><a href="/news#share-{s.lower()}" class="share__button">{s}</a></li>'
        for s in ["Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn"]
    )
    ts = int(a.when.timestamp())
    main = f"""<div class="container-width-only"><span class="index-title__container"><a href="/news/england/{region[0]}" class="index-title__link">{esc(region[1])}</a></span></div>
<div id="page" class="page-wrapper"><div class="container"><div class="container--primary-and-secondary-columns column-clearfix"><div class="column--primary">
<div class="story-body"><h1 class="story-body__h1">{esc(a.title)}</h1>
{byline}
<div class="with-extracted-share-icons"><div class="story-body__mini-info-list-and-share"><ul class="mini-info-list"><li class="mini-info-list__item"><div class="date date--v2" data-seconds="{ts}" data-datetime="{a.when.day} {a.when:%B %Y}">{a.when.day} {a.when:%B %Y}</div></li></ul>
<div class="share share--lightweight"><h2 class="share__title share__title--lightweight">Share this with</h2><ul class="share__tools">{share}</ul></div></div></div>
<div class="story-body__inner" property="articleBody">
{story}
</div></div>
<div id="topic-tags"><div class="tags-container"><h2 class="tags-title">Related Topics</h2><ul class="tags-list"><li class="tags-list__tags"><a href="{topic[0]}">{esc(topic[1])}</a></li><li class="tags-list__tags"><a href="/news/england/{region[0]}">{esc(region[1])}</a></li></ul></div></div>
{more}
</div>{_bbc_lists(site, rng, a, True)}</div></div></div>"""
    styles = f'<link rel="stylesheet" href="https://static.bbci.example/news/1.290.0/stylesheets/services/news/core.css"><style>{css(rng, "gs-c", 200, "bem")}</style>'
    head = f"""\n<meta name="description" content="{esc(x["summary"])}"><meta property="og:title" content="{esc(a.title)}">{styles}
<script>window.orb = window.orb || {{}};window.bbcredirection = {{geo: true, device: true}};define("story-meta", function(){{return {{"assetId":"{a.path.rsplit("-", 1)[1]}","datePublished":{ts},"section":"{region[0]}"}};}});</script>"""
    return bbc_chrome(site, rng, f"{a.title} - BBC News", a.path, main, head)


# --- NPR --------------------------------------------------------------------------------
NPR_NAV = ["News", "Culture", "Music", "Podcasts & Shows", "Search", "Newsletters", "NPR Shop"]
NPR_SUB = [
    "National",
    "World",
    "Politics",
    "Business",
    "Health",
    "Science",
    "Climate",
    "Race",
    "Books",
    "Movies",
    "Television",
    "Pop Culture",
    "Food",
    "Art & Design",
    "Performing Arts",
    "Life Kit",
    "Gaming",
    "Music Features",
    "Tiny Desk",
    "Live Sessions",
]
NPR_SECTIONS = [
    ("national", "National"),
    ("politics", "Politics"),
    ("health", "Health"),
    ("climate", "Climate"),
]


def npr_when(w: datetime) -> str:
    h = w.hour % 12 or 12
    return f"{w:%B} {w.day}, {w.year}", f"{h}:{w:%M} {'AM' if w.hour < 12 else 'PM'} ET"


def npr_chrome(
    site: Site28,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    cls: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li class="submenu-item"><a href="/sections/{t.lower()}/" data-metrics-action="click {t.lower()}">{esc(t)}</a></li>'
        if (t.lower(), t) in NPR_SECTIONS
        else f'<li class="submenu-item"><a href="/sections/news/#{slugname(t)}">{esc(t)}</a></li>'
        for t in NPR_SUB
    )
    top = "".join(
        f'<li class="menu__item"><a href="/sections/news/#{slugname(t)}">{esc(t)}</a></li>'
        for t in NPR_NAV
    )
    foot = "".join(
        f'<li><a href="/about/#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "Newsletters",
            "Facebook",
            "Instagram",
            "Press",
            "Public Editor",
            "Corrections",
            "Contact & Help",
            "Overview",
            "Diversity",
            "NPR Network",
            "Accessibility",
            "Ethics",
            "Finances",
            "Support Public Radio",
            "Sponsor NPR",
            "NPR Careers",
            "NPR Shop",
            "NPR Events",
            "NPR Extra",
        ]
    )
    page = f"""<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta name="viewport" content="width=device-width, initial-scale=1">{head_extra}
<style>{css(rng, "npr", 520, "bem")}</style>
<script>{gtm("NPR28")}var NPR = NPR || {{}};NPR.ServerConstants = {{cbHost:'npr.org',webHost:'https://www.npr.org',embedPath:'/embedded-player.html',useCombinedNav:true}};</script>
</head><body class="{cls}"><div class="skip-links"><a href="#mainContent">Skip to main content</a><a href="#globalnav">Keyboard shortcuts for audio player</a></div>
<header id="globalheader" class="globalheader"><div class="globalheader__container"><a class="npr-logo" href="/"><img src="https://static-assets.npr.example/chrome_svg/npr-logo.svg" alt="NPR logo"></a>
<nav id="globalnav" class="globalnav" aria-label="main navigation"><ul class="menu">{top}</ul><ul class="submenu">{nav}</ul></nav>
<div class="header-donate"><a href="/about/#donate" class="btn-donate">Donate</a></div><div class="header-station"><a href="/about/#station">WAMU 88.5</a> <span>On Air Now</span></div></div></header>
<main id="mainContent"><div id="main-section" class="main-section">{main}</div></main>
<footer id="npr-footer"><div class="footer-inner"><div class="footer-section"><h3>Read &amp; Listen</h3><ul><li><a href="/">Home</a></li><li><a href="/sections/news/">News</a></li><li><a href="/programs/morning-edition/">Morning Edition</a></li><li><a href="/programs/all-things-considered/">All Things Considered</a></li></ul></div>
<div class="footer-section"><h3>Connect &amp; About NPR</h3><ul>{foot}</ul></div>
<div class="footer-bottom"><ul><li><a href="/about/#terms">terms of use</a></li><li><a href="/about/#privacy">privacy</a></li><li><a href="/about/#choices">your privacy choices</a></li><li><a href="/about/#text-only">text only</a></li></ul><span class="copyright">&copy; 2024 npr</span></div></div></footer>
<div id="npr-player"><div class="player-dock" aria-hidden="true"><span>Sorry, your browser does not support the NPR audio player.</span></div></div>
</body></html>"""
    return encode(page)


def npr(site: Site28, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]
    style = x["style"]
    day, clock = npr_when(a.when)

    def block(name: str | None, title: str, prefix: bool = True) -> str:
        who = (
            f'<a href="{author_path(site, "npr", name)}" rel="author">{esc(name)}</a>'
            if name
            else '<span class="byline__name--text">The Associated Press</span>'
        )
        img = (
            f'<div class="byline__image"><img src="https://media.npr.example/assets/img/{slugname(name)}.jpg" alt=""></div>'
            if name
            else ""
        )
        by = '<span class="byline__by">By </span>' if prefix else ""
        return f'<div class="byline byline--block">{img}<div class="byline__content"><p class="byline__name byline__name--block">{by}{who}</p><p class="byline__title">{esc(title)}</p></div></div>'

    if style == "two_roles":
        blocks = block(nm[0], x["roles"][0]) + block(nm[1], x["roles"][1], False)
    elif style == "station":
        blocks = block(nm[0], x["station"])
    elif style == "ap":
        blocks = block(None, "")
    elif style == "edited":
        blocks = block(nm[0], "NPR") + (
            block(nm[1], x["roles"][1], False) if len(a.authors) > 1 else ""
        )
    else:
        blocks = block(nm[0], "NPR" if style != "audio" else f"Host, {x['program']}")
    audio = ""
    if style == "audio" or rng.random() < 0.35:
        audio = f"""<div id="primaryaudio" class="audio-module"><div class="audio-module-controls-wrap"><button class="audio-module-listen" data-metrics-action="start audio"><b class="audio-module-listen-inner"><b class="audio-module-listen-icon icn-play"></b><b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> &middot; <b class="audio-module-listen-duration">{x["listen"]}</b></b></b></button>
<span class="audio-module-title">{x["listen"].split(":")[0]}-Minute Listen</span></div><ul class="audio-module-tools"><li class="audio-tool audio-tool-add-to-playlist"><a href="#" aria-label="Add to playlist">Playlist</a></li><li class="audio-tool audio-tool-download"><a href="https://ondemand.npr.example/anon.npr-mp3/npr/{x["program"][:2].lower()}/{a.when:%Y%m%d}_{x["sid"]}.mp3">Download</a></li><li class="audio-tool audio-tool-embed"><button>Embed</button></li></ul>
<div class="audio-module-more-tools"><b class="embed-label">Embed</b><input type="text" readonly value="&lt;iframe src=&quot;https://www.npr.example/player/embed/{x["sid"]}/{x["sid"] + 1}&quot; width=&quot;100%&quot; height=&quot;290&quot; frameborder=&quot;0&quot; scrolling=&quot;no&quot; title=&quot;NPR embedded audio player&quot;&gt;&lt;/iframe&gt;"></div></div>"""
    heard = ""
    if style == "audio":
        prog = x["program"]
        heard = f'<div class="heard-on"><span class="heard-on__label">Heard on</span> <a href="/programs/{slugname(prog)}/">{esc(prog)}</a></div>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'<h3 class="edTag">{esc(t)}</h3>'

    def fig(b: Block) -> str:
        rid = rng.randint(10**9, 2 * 10**9)
        return f"""<div id="res{rid}" class="bucketwrap image large"><div class="imagewrap has-source-dimensions" data-crop-type="" style="--source-width: 4000; --source-height: 2667;"><picture><source srcset="https://npr.brightspotcdn.example/dims3/default/strip/true/crop/4000x2667+0+0/resize/1100/quality/85/format/webp/?url={b.src}" type="image/webp"><img src="https://npr.brightspotcdn.example/{b.src}.jpg" alt="{esc(b.text)}" loading="lazy"></picture></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>{esc(b.text)}</p></div></div><div class="credit-wrap"><span class="credit" aria-label="Image credit">{esc(b.credit)}</span><b class="hide-caption"><b>hide caption</b></b></div></div><b class="toggle-caption"><b>toggle caption</b></b><span class="credit" aria-label="Image credit">{esc(b.credit)}</span></div>"""

    related_at = 3 if a.related else -1

    def after(k: int) -> str:
        if k != related_at:
            return ""
        items = "".join(
            f'<li><a href="{b.path}" data-metrics-action="click related story">{esc(b.title)}</a></li>'
            for b in rel(site, a)
        )
        return f'<aside id="res{x["sid"] + 7}" aria-label="related content" class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket"><h3 class="slug">Related Stories:</h3><ul class="related-list">{items}</ul></div></aside>'

    story = body(a, para, sub, fig, after)
    if a.related and sum(1 for b in a.blocks if b.kind == "p") < 3:
        story += after(3)
    if a.editors:
        story += f'\n<p class="credit-line"><em>Edited by {esc(a.editors[0])}</em></p>'
    if style == "ap":
        story += '\n<p class="disclaimer"><em>Copyright 2024 The Associated Press. All rights reserved.</em></p>'
    if style == "station":
        story += f'\n<p class="disclaimer">Copyright 2024 {esc(x["station"])}</p>'
    more = others(rng, site, a, 6)
    more_html = "".join(
        f'<article class="item"><div class="item-image"><a href="{b.path}"><img src="https://media.npr.example/{b.path.split("/")[4]}.jpg" alt=""></a></div><div class="item-info"><h3 class="slug"><a href="/sections/{b.x["sec"][0]}/">{b.x["sec"][1]}</a></h3><h2 class="title"><a href="{b.path}">{esc(b.title)}</a></h2></div></article>'
        for b in more
    )
    pop = "".join(
        f'<article class="item"><h2 class="title"><a href="{b.path}">{esc(b.title)}</a></h2></article>'
        for b in others(rng, site, a, 5)
    )
    sec = x["sec"]
    main = f"""<article id="story" class="story"><div class="story-wrap"><div id="story-meta" class="story-meta has-byline">
<header class="contentheader contentheader--one"><div class="slug-wrap"><h3 class="slug"><a href="/sections/{sec[0]}/">{sec[1]}</a></h3></div><div class="storytitle"><h1>{esc(a.title)}</h1></div></header>
{heard}{audio}
<div class="story-meta__one"><div class="byline-container--block">{blocks}</div></div>
<div class="story-meta__two"><div class="dateblock"><time datetime="{a.when.isoformat()}"><span class="date">{day}</span><span class="time">{clock}</span></time></div></div>
<div class="share-tools share-tools--primary" aria-label="Share"><ul><li class="share-tools__service share-tools__service--facebook"><a href="#">Facebook</a></li><li class="share-tools__service share-tools__service--flipboard"><a href="#">Flipboard</a></li><li class="share-tools__service share-tools__service--email"><a href="#">Email</a></li></ul></div></div>
<div id="storytext" class="storytext storylocation linkLocation">
{story}
</div>
<div class="callout-end-of-story-mount-piano-wrap"><div class="callout-end-of-story-piano"><p>Support public service journalism.</p><p>NPR&rsquo;s reporting reaches millions because listeners like you help keep it free. <a href="/about/#donate">Donate</a></p></div></div>
<div id="end-of-story-recommendations-mount"><aside class="recommended-stories"><h3 class="recommended-stories__title">More Stories From NPR</h3>{more_html}</aside></div>
</div><aside id="main-sidebar" class="sidebar"><div class="ad-wrap"><p class="left">Sponsor Message</p><div id="ad-standard-wrap"></div><p class="right"><a href="/about/#sponsor">Become an NPR sponsor</a></p></div>
<div class="popular"><h3 class="popular__title">Most Popular</h3>{pop}</div></aside></article>"""
    ldj = ld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.isoformat(),
            "dateModified": (a.when + timedelta(hours=2)).isoformat(),
            "author": {
                "@type": "Person",
                "name": [n for n in a.authors] or ["The Associated Press"],
            },
            "publisher": {
                "@type": "Organization",
                "name": "NPR",
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://media.npr.example/chrome/npr-logo.jpg",
                },
            },
            "description": x["teaser"],
            "mainEntityOfPage": {"@type": "WebPage", "@id": site.base + a.path},
        }
    )
    head = f'<meta name="description" content="{esc(x["teaser"])}"><meta property="og:title" content="{esc(a.title)}">{ldj}'
    head += f"<script>NPR.serverVars = {script_json({'storyId': str(x['sid']), 'facets': {'keywords': [sec[1], x['ctx']['topic']], 'program': x['program'] if style == 'audio' else None}, 'persistentPlayer': True, 'theme': 1001})};</script>"
    return npr_chrome(site, rng, f"{a.title} : NPR", a.path, main, head, "story tmplStory")


# --- The Kansas City Star (McClatchy) ---------------------------------------------------
KC_NAV = [
    "Local News",
    "Crime",
    "Politics & Government",
    "Sports",
    "Chiefs",
    "Royals",
    "Opinion",
    "Food",
    "Obituaries",
    "eEdition",
    "Vida Kansas City",
    "Newsletters",
    "Business",
    "Weather",
    "Jobs",
]
KC_SECTIONS = [
    ("news/local", "Local"),
    ("news/politics-government", "Politics & Government"),
    ("news/business", "Business"),
]


def kc_when(w: datetime) -> str:
    h = w.hour % 12 or 12
    return f"{w:%B %d, %Y} {h}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"


def kc_chrome(
    site: Site28, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    sec = {t: f"/{p}/" for p, t in KC_SECTIONS}
    nav = "".join(
        f'<li class="nav-item"><a href="{sec.get(t, sec.get(t.replace(" News", ""), "/news/local/#" + slugname(t)))}">{esc(t)}</a></li>'
        for t in KC_NAV
    )
    foot = "".join(
        f'<li><a href="/customer-service/#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "Start a Subscription",
            "Customer Service",
            "eEdition",
            "Vacation Hold",
            "Pay Your Bill",
            "Contact Us",
            "Newsletters",
            "Mobile & Apps",
            "Advertise",
            "Place a Classified",
            "Local Deals",
            "Obituaries",
            "Copyright",
            "Commenting Policy",
            "Privacy Policy",
            "Terms of Service",
            "Accessibility",
            "Do Not Sell or Share My Personal Information",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}">{head_extra}
<style>{css(rng, "mcc", 560, "util")}</style>
<script>{gtm("KCS28")}window.mi = window.mi || {{}};mi.pageInfo = mi.pageInfo || {{}};mi.bidder = {{enabled:true,timeout:1500}};</script>
</head><body class="story-body mcclatchy"><a class="skip" href="#main">Skip to main content</a>
<header class="masthead"><div class="masthead-top"><button class="hamburger" aria-label="Open Menu">Sections</button><a class="logo" href="/"><img src="https://www.kansascity.example/wps/build/images/kansascity/logo.svg" alt="Kansas City Star Logo"></a>
<a class="subscribe-button" href="/customer-service/#subscribe">Subscribe Now</a><a class="sign-in" href="/customer-service/#signin">Sign In</a></div>
<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav></header>
<main id="main">{main}</main>
<footer class="footer"><div class="footer-logo"><a href="/">The Kansas City Star</a></div><ul class="footer-links">{foot}</ul>
<p class="copyright">Copyright &copy; 2024 The Kansas City Star. All rights reserved.</p></footer>
</body></html>"""
    return encode(page)


def kcstar(site: Site28, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def name(n: str, title: str | None) -> str:
        t = f'<div class="ng_byline_title">{esc(title)}</div>' if title else ""
        return f'<div class="byline-item"><img class="byline-image" src="https://www.kansascity.example/static/byline/{slugname(n)}.png" alt=""><div><a class="ng_byline_name" href="{author_path(site, "kcstar", n)}">{esc(n)}</a>{t}</div></div>'

    if style == "one_title":
        byl = f'<div class="byline"><span class="byline-by">By </span>{name(nm[0], x["titles"][0])}</div>'
    elif style == "two":
        byl = f'<div class="byline"><span class="byline-by">By </span>{name(nm[0], x["titles"][0])}<span class="and"> and </span>{name(nm[1], x["titles"][1])}</div>'
    elif style == "ap_name":
        byl = f'<div class="byline"><span class="byline-by">By </span>{name(nm[0], None)} <span class="byline-org">Associated Press</span></div>'
    elif style == "ap":
        byl = '<div class="byline"><span class="byline-org">The Associated Press</span></div>'
    else:
        byl = '<div class="byline"><span class="byline-org">The Kansas City Star</span></div>'
    published = kc_when(a.when)
    if x["updated"]:
        stamp = f'<div class="time"><time class="update-date" datetime="{(a.when + timedelta(minutes=x["updated"])).isoformat()}">Updated {kc_when(a.when + timedelta(minutes=x["updated"]))}</time></div>'
    else:
        stamp = f'<div class="time"><time class="publish-date" datetime="{a.when.isoformat()}">Published {published}</time></div>'
    read_next = others(rng, site, a, 1)[0]

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'<h3 class="subhead">{esc(t)}</h3>'

    def fig(b: Block) -> str:
        return f"""<figure class="figure"><div class="img-container"><img src="https://www.kansascity.example/latest-news/{b.src}/alternates/LANDSCAPE_1140/image.jpg" alt="{esc(b.text)}" loading="lazy"></div>
<figcaption><div class="caption"><span class="caption-text">{esc(b.text)}</span></div><div class="credit">{esc(b.credit)}</div></figcaption></figure>"""

    def after(k: int) -> str:
        if k == 3:
            return f"""<div class="inline-read-next"><div class="read-next-header">READ NEXT</div><a class="read-next-link" href="{read_next.path}"><img src="https://www.kansascity.example/latest-news/{read_next.x["aid"]}/thumb.jpg" alt=""><h3>{esc(read_next.title)}</h3></a><div class="read-next-kicker">{esc(read_next.x["sec"][1])}</div></div>"""
        if k == 5:
            return """<div class="take-us-with-you"><h4>Take Us With You</h4><p>Real-time updates and all local stories you want right in the palm of your hand.</p><a href="/customer-service/#app">KANSAS CITY STAR APP &#10140;</a></div>"""
        return ""

    story = body(a, para, sub, fig, after)
    origin = (
        f'<p class="origin-date">This story was originally published {published}.</p>'
        if x["updated"]
        else ""
    )
    cards = "".join(
        f'<div class="author-card"><a class="ng_byline_name" href="{author_path(site, "kcstar", n)}">{esc(n)}</a><div class="ng_byline_title">{esc(x["titles"][k] if style != "ap_name" else "Associated Press")}</div><p class="bio">{esc(n.split()[0])} covers {esc(x["ctx"]["place"])} and {esc(x["ctx"]["org"])}. Support my work with a digital subscription</p></div>'
        for k, n in enumerate(a.authors)
    )
    related = ""
    if a.related:
        items = "".join(
            f'<div class="package"><div class="kicker"><a href="/{b.x["sec"][0]}/">{esc(b.x["sec"][1].upper())}</a></div><h3><a href="{b.path}">{esc(b.title)}</a></h3><time>{kc_when(b.when)}</time></div>'
            for b in rel(site, a)
        )
        related = f'<section class="related-stories"><h2 class="h2">Related stories from Kansas City Star</h2>{items}</section>'
    trending = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    sec = x["sec"]
    main = f"""<article class="story-body">
<div class="header"><div class="kicker"><a href="/{sec[0]}/">{esc(sec[1].upper())}</a></div><h1 class="h1">{esc(a.title)}</h1></div>
<div class="byline-lists">{byl}</div>
{stamp}
<div class="share-bar"><a class="share-facebook" href="#">Share on Facebook</a><a class="share-x" href="#">Share on X</a><a class="share-email" href="#">Email</a><button class="share-print">Print</button><button class="listen">Listen to this article</button></div>
{story}
{origin}
<div class="author-cards">{cards}</div>
<div class="comments"><h4>Comments</h4><p>Commenting is available to subscribers. <a href="/customer-service/#commenting">Commenting Policy</a></p></div>
{related}
</article>
<aside class="rail"><div class="trending"><h2 class="h2">Trending Stories</h2><ol>{trending}</ol></div>
<div class="newsletter"><h3>Sign up for our newsletter</h3><p>Stay up to date with the biggest stories in Kansas City, sent straight to your inbox.</p><form><input type="email" placeholder="Email address"><button>SIGN UP</button></form></div></aside>"""
    ldj = ld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.isoformat(),
            "dateModified": (a.when + timedelta(minutes=x["updated"])).isoformat(),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [
                {
                    "@type": "Organization",
                    "name": "The Associated Press" if style == "ap" else "The Kansas City Star",
                }
            ],
            "publisher": {"@type": "Organization", "name": "The Kansas City Star"},
            "articleSection": sec[1],
        }
    )
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">{ldj}<script>window.pageInfo = {script_json({"story.id": str(x["aid"]), "section": sec[0], "pagetype": "story", "pubdate": a.when.strftime("%Y-%m-%d"), "author": ", ".join(a.authors) or "staff"})};</script>'
    return kc_chrome(site, rng, f"{a.title} | Kansas City Star", a.path, main, head)


# --- Ottawa Citizen (Postmedia) ---------------------------------------------------------
OC_NAV = [
    "News",
    "Local News",
    "City Hall",
    "Transit",
    "Sports",
    "Opinion",
    "Business",
    "Arts",
    "Life",
    "Driving",
    "Healthing",
    "Shopping Essentials",
    "Newsletters",
    "Puzzles",
    "Obituaries",
    "Classifieds",
    "E-Paper",
]
OC_SECTIONS = [
    ("news/local-news", "Local News"),
    ("news/city-hall", "City Hall"),
    ("news/transit", "Transit"),
]


def oc_chrome(
    site: Site28,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    cls: str = "",
) -> tuple[bytes, str]:
    sec = {t: f"/category/{p}/" for p, t in OC_SECTIONS}
    nav = "".join(
        f'<li class="main-nav__menu-item"><a href="{sec.get(t, "/category/news/local-news/#" + slugname(t))}">{esc(t)}</a></li>'
        for t in OC_NAV
    )
    trending = "".join(
        f'<li class="article-card"><a class="article-card__link" href="{b.path}"><span class="article-card__category">{esc(b.x["sec"][1])}</span><h3 class="article-card__headline">{esc(b.title)}</h3></a></li>'
        for b in rng.sample(site.of("citizen"), 6)
    )
    foot = "".join(
        f'<li><a href="/about-us#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "Contact Us",
            "Advertise With Us",
            "Subscribe",
            "FAQ",
            "Manage Subscription",
            "Terms of Use",
            "Privacy Policy",
            "Accessibility",
            "Copyright",
            "Sitemap",
            "Postmedia Network",
            "Careers",
            "Our Newsroom",
            "Report an Error",
            "Newspaper Delivery",
            "Corrections",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}">{head_extra}
<link rel="stylesheet" id="postmedia-style-css" href="https://ottawacitizen.example/wp-content/themes/postmedia/assets/css/main.css?ver=2024.18.2" media="all">
<style id="postmedia-inline-css">{css(rng, "pn", 520, "bem")}</style>
<script>{gtm("PNOC28")}{consent("postmedia")}window.pnLayoutConfig = {{"site":"ottawacitizen","ads":{{"networkCode":3081,"prefix":"oc"}},"paywall":{{"enabled":true,"meter":5}}}};</script>
</head><body class="{cls}"><a class="skip-link" href="#content">Skip to Content</a>
<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/"><img src="https://ottawacitizen.example/wp-content/themes/postmedia/assets/images/logo-oc.svg" alt="Ottawa Citizen"></a>
<div class="site-header__account"><a href="/about-us#subscribe" class="button subscribe">Subscribe</a><a href="/about-us#sign-in">Sign In</a></div></div>
<nav class="main-nav" aria-label="Main Menu"><ul class="main-nav__menu">{nav}</ul></nav></header>
<div id="content" class="site-content">{main}
<aside class="sidebar"><div class="widget widget--trending"><h2 class="widget__title">Trending</h2><ul class="article-list">{trending}</ul></div>
<div class="widget widget--newsletter"><h2>Sign up to receive daily headline news from Ottawa Citizen, a division of Postmedia Network Inc.</h2><form><input type="email" placeholder="Enter your email address"><button>Sign Up</button></form><p class="newsletter__disclaimer">By signing up you consent to receive the above newsletter from Postmedia Network Inc.</p></div></aside></div>
<footer class="site-footer"><ul class="site-footer__links">{foot}</ul><p class="site-footer__address">365 Bloor Street East, Toronto, Ontario, M4W 3L4</p>
<p class="site-footer__copyright">&copy; 2024 Ottawa Citizen, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.</p>
<p>This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. By continuing to use our site, you agree to our Terms of Use and Privacy Policy.</p></footer>
</body></html>"""
    return encode(page)


def citizen(site: Site28, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def person(n: str, title: str) -> str:
        return f'<div class="published-by__author"><img class="published-by__avatar" src="https://ottawacitizen.example/wp-content/uploads/avatars/{slugname(n)}.jpg" alt=""><a class="published-by__author-name" href="{author_path(site, "citizen", n)}">{esc(n)}</a><span class="published-by__author-title">{esc(title)}</span></div>'

    if style == "two":
        who = person(nm[0], "Ottawa Citizen") + person(nm[1], "Ottawa Citizen")
    elif style == "cp":
        who = '<div class="published-by__author"><span class="published-by__author-name">The Canadian Press</span></div>'
    elif style == "columnist":
        who = person(nm[0], "Columnist, Ottawa Citizen")
    elif style == "postmedia":
        who = person(nm[0], "Postmedia News")
    else:
        who = person(nm[0], "Ottawa Citizen")
    upd = (
        f' &bull; <span class="published-by__updated">Last updated {x["updated"]}</span>'
        if x["updated"]
        else ""
    )
    date = f'<span class="published-by__date"><span>Published {a.when:%b %d, %Y}</span>{upd} &bull; <span>{x["read"]} minute read</span></span>'
    reco = others(rng, site, a, 3)
    reco_html = "".join(
        f'<div class="article-card article-card--recommended"><a href="{b.path}"><img src="https://ottawacitizen.example/wp-content/uploads/2024/05/{b.i}.jpg" alt=""><span class="article-card__category">{esc(b.x["sec"][1])}</span><h3>{esc(b.title)}</h3></a></div>'
        for b in reco
    )
    ad_no = [1]

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block) -> str:
        return f"""<figure class="image-with-caption"><img src="https://ottawacitizen.example/wp-content/uploads/2024/05/{b.src}.jpg?quality=90&amp;strip=all&amp;w=640" alt="{esc(b.text)}" loading="lazy"><figcaption><span class="caption-text">{esc(b.text)}</span> <span class="distributor">{esc(b.credit)}</span></figcaption></figure>"""

    def after(k: int) -> str:
        out = ""
        if k == 1:
            out += '<div class="article-content__registration"><p class="registration-prompt">You can save this article by registering for free <a href="/about-us#register">here</a>. Or <a href="/about-us#sign-in">sign-in</a> if you have an account.</p></div>'
        if k == 2 and reco:
            out += f'<div class="recommended-editorial"><h3 class="recommended-editorial__title">Recommended from Editorial</h3><div class="recommended-editorial__cards">{reco_html}</div></div>'
        if k % 3 == 0:
            ad_no[0] += 1
            out += f'<div class="ad__section-border"><div class="ad__inner"><p class="ad__label">Advertisement {ad_no[0]}</p><div id="gpt-story-{ad_no[0]}" class="ad-container"></div><p class="ad__label ad__label--bottom">This advertisement has not loaded yet, but your article continues below.</p></div></div><p class="article-content__label">Article content</p>'
        return out

    story = body(a, para, sub, fig, after)
    related = ""
    if a.related:
        items = "".join(
            f'<li class="related-list__item"><a href="{b.path}">{esc(b.title)}</a></li>'
            for b in rel(site, a)
        )
        related = f'<div class="related-content"><h3 class="related-content__title">Related</h3><ul class="related-list">{items}</ul></div>'
    sec = x["sec"]
    tags = "".join(
        f'<li><a href="/category/{sec[0]}/">{esc(t)}</a></li>'
        for t in ["Ottawa", sec[1], x["ctx"]["topic"].title()]
    )
    main = f"""<article class="article-content" id="article-{rng.randint(10**6, 10**7)}">
<header class="article-header"><div class="article-header__detail"><span class="article-header__detail__label"><a href="/category/{sec[0]}/">{esc(sec[1])}</a></span>
<h1 class="article-title" id="articleTitle">{esc(a.title)}</h1><p class="article-subtitle">{esc(x["deck"])}</p>
<div class="article-header__meta"><div class="published-by"><span class="published-by__author-prefix">Author of the article:</span>{who}</div>
<div class="published-by__details">{date}<a class="published-by__comments" href="#comments-area">Join the conversation</a></div></div></div></header>
<div class="article-content__share"><button>Share this Story : {esc(a.title)}</button><ul><li><a href="#">Copy Link</a></li><li><a href="#">Email</a></li><li><a href="#">X (Twitter)</a></li><li><a href="#">Reddit</a></li><li><a href="#">Pinterest</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Tumblr</a></li></ul></div>
<section class="article-content__content-group article-content__content-group--story">
{story}
</section>
{related}
<div class="article-content__tags"><ul class="tags">{tags}</ul></div>
<div class="article-content__share article-content__share--bottom"><p>Share this article in your social network</p></div>
<section id="comments-area" class="comments"><h2>Comments</h2><p>Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. You will receive an email if there is a reply to your comment, an update to a thread you follow or if a user you follow comments. Visit our <a href="/about-us#community">Community Guidelines</a> for more information.</p></section>
</article>"""
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "description": x["deck"],
            "datePublished": a.when.isoformat(),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Organization", "name": "The Canadian Press"}],
            "publisher": {"@type": "Organization", "name": "Ottawa Citizen"},
        }
    )
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta name="description" content="{esc(x["deck"])}">{ldj}'
    return oc_chrome(
        site,
        rng,
        f"{a.title} | Ottawa Citizen",
        a.path,
        main,
        head,
        "single single-post postmedia-story",
    )


# --- Stuff ------------------------------------------------------------------------------
ST_NAV = [
    "Home",
    "NZ News",
    "Politics",
    "World",
    "Business",
    "Climate change",
    "Sport",
    "Life & Style",
    "Travel",
    "Motoring",
    "Entertainment",
    "Food & Drink",
    "Opinion",
    "Quizzes",
    "Puzzles",
    "Homed",
]
ST_SECTIONS = [("nz-news", "NZ News"), ("politics", "Politics"), ("business", "Business")]


def st_when(w: datetime) -> str:
    return f"{w:%H:%M, %b %d %Y}"


def st_chrome(
    site: Site28,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    old: bool = False,
) -> tuple[bytes, str]:
    sec = {t: f"/{p}" for p, t in ST_SECTIONS}
    nav = "".join(
        f'<li><a href="{"/" if t == "Home" else sec.get(t, "/nz-news#" + slugname(t))}">{esc(t)}</a></li>'
        for t in ST_NAV
    )
    foot = "".join(
        f'<li><a href="/about-stuff#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "About Stuff",
            "Contact Us",
            "Advertise with Stuff",
            "Careers",
            "Privacy Policy",
            "Terms & Conditions",
            "Editorial Code",
            "Complaints",
            "Newsletters",
            "Subscriptions",
            "Neighbourly",
            "Stuff Events",
        ]
    )
    cls = "sics-component" if old else "stuff"
    meta = (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        if old
        else '<meta charset="utf-8">'
    )
    page = f"""<!DOCTYPE html><html lang="en-NZ"><head>{meta}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}">{head_extra}
<style>{css(rng, cls, 540, "bem" if old else "hashed")}</style>
<script>{gtm("STUFF28")}window.digitalData = {{page:{{category:{{primaryCategory:"news"}},pageInfo:{{sysEnv:"{"desktop" if old else "web"}"}}}}}};</script>
</head><body class="{cls}-body"><a class="skip-link" href="#content">Skip to content</a>
<header class="{cls}-header"><a class="{cls}-header__logo" href="/"><img src="https://www.stuff.example/static/stuff-logo.svg" alt="Stuff"></a>
<nav class="{cls}-header__nav" aria-label="Sections"><ul>{nav}</ul></nav><div class="{cls}-header__account"><a href="/about-stuff#login">Log in</a><a href="/about-stuff#newsletters">Newsletters</a></div></header>
<div id="content">{main}</div>
<footer class="{cls}-footer"><ul>{foot}</ul><p>&copy; 2024 Stuff Limited</p><p>Stuff is a member of the New Zealand Media Council. Find out more about the Media Council and its complaints process.</p></footer>
</body></html>"""
    return encode(page)


def _st_rails(site: Site28, rng: random.Random, a: Art, old: bool) -> str:
    lat = [b for b in latest(site.of("stuff")) if b is not a and not b.x["old"]][:6]
    pop = others(rng, site, a, 5)
    cls = "sics-component" if old else "stuff"
    la = "".join(
        f'<li class="{cls}__latest-item"><a href="{b.path}"><span class="{cls}__time">{b.when:%H:%M}</span>{esc(b.title)}</a></li>'
        for b in lat
    )
    po = "".join(
        f'<li class="{cls}__popular-item"><a href="{b.path}">{esc(b.title)}</a></li>' for b in pop
    )
    return f'<aside class="{cls}__rail"><section class="{cls}__latest"><h2>Latest</h2><ol>{la}</ol></section><section class="{cls}__popular"><h2>Most popular</h2><ol>{po}</ol></section></aside>'


def stuff(site: Site28, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]
    style = x["style"]
    old = x["old"]
    sec = x["sec"]
    utc = a.when.astimezone(UTC)
    related = ""
    if old:

        def para(t: str, k: int) -> str:
            c = "sics-component__story__intro" if k == 0 else "sics-component__story__paragraph"
            return f'<p class="sics-component__html-injector {c}">{esc(t)}</p>'

        def sub(t: str) -> str:
            return f'<h2 class="sics-component__html-injector sics-component__story__subhead">{esc(t)}</h2>'

        def fig(b: Block) -> str:
            return f'<div class="sics-component__image-container"><img src="https://resources.stuff.example/content/dam/images/1/u/{b.src}/image.related.StuffLandscapeSixteenByNine.710x400.jpg" alt="{esc(b.text)}"><div class="sics-component__caption"><span class="sics-component__caption__caption">{esc(b.text)}</span><span class="sics-component__caption__credit">{esc(b.credit)}</span></div></div>'

        story = body(a, para, sub, fig)
        who = {
            "two": f'<span class="sics-component__byline__author">{esc(nm[0])}</span> and <span class="sics-component__byline__author">{esc(nm[1])}</span>',
            "rnz": '<span class="sics-component__byline__author">RNZ</span>',
            "stuff": '<span class="sics-component__byline__author">Stuff</span>',
        }.get(style, f'<span class="sics-component__byline__author">{esc(nm[0])}</span>')
        if a.related:
            items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
            related = f'<div class="sics-component__related-stories"><h3 class="sics-component__related-stories__heading">Related stories</h3><ul>{items}</ul></div>'
        main = f"""<div class="sics-component__app"><div class="sics-component__breadcrumbs"><a href="/{a.path.split("/")[1]}">{esc(sec[1])}</a></div>
<article class="sics-component__story" itemscope itemtype="http://schema.org/NewsArticle"><div class="sics-component__headline"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div class="sics-component__byline">{who}<span class="sics-component__byline__date">{st_when(a.when)}</span></div>
<div class="sics-component__sharebar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a><span class="sics-component__sharebar__count">{rng.randint(2, 90)} comments</span></div>
<div class="sics-component__story__body sics-component__story__body--nativod" itemprop="articleBody">
{story}
{related}
</div></article>{_st_rails(site, rng, a, True)}</div>"""
        head = f'<meta name="description" content="{esc(a.paras[0][:150])}"><meta property="og:title" content="{esc(a.title)}">'
        return st_chrome(site, rng, f"{a.title} | Stuff.co.nz", a.path, main, head, old=True)

    def card(n: str, role: str | None) -> str:
        r = f'<span class="author-card__role">{esc(role)}</span>' if role else ""
        return f'<div class="author-card"><img class="author-card__avatar" src="https://www.stuff.example/authors/{slugname(n)}.png" alt=""><div class="author-card__details"><a class="author-card__name" href="{author_path(site, "stuff", n)}">{esc(n)}</a>{r}</div></div>'

    cards = {
        "two": card(nm[0], x["roles"][0]) + card(nm[1], x["roles"][1]),
        "role": card(nm[0], x["roles"][0]),
        "rnz": '<div class="author-card author-card--source"><span class="author-card__name">RNZ</span></div>',
        "stuff": '<div class="author-card author-card--source"><span class="author-card__name">Stuff reporters</span></div>',
    }.get(style, card(nm[0], None))

    def para(t: str, k: int) -> str:
        return f'<p class="article-body__paragraph">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h2 class="article-body__subheading">{esc(t)}</h2>'

    def fig(b: Block) -> str:
        return f'<figure class="article-body__image"><img src="https://www.stuff.example/media/images/{b.src}.jpg?width=1200" alt="{esc(b.text)}" loading="lazy"><figcaption class="image-caption"><p class="image-caption__text">{esc(b.text)}</p><p class="image-caption__credit">{esc(b.credit)}</p></figcaption></figure>'

    story = body(a, para, sub, fig)
    if a.related:
        items = "".join(
            f'<li class="related-stories__item"><a href="{b.path}"><img src="https://www.stuff.example/media/thumbs/{b.x["sid"]}.jpg" alt=""><span>{esc(b.title)}</span></a></li>'
            for b in rel(site, a)
        )
        related = f'<section class="related-stories"><h2 class="related-stories__title">Related stories</h2><ul>{items}</ul></section>'
    state = {
        "article": {
            "id": x["sid"],
            "headline": a.title,
            "intro": x["deck"],
            "section": sec[1],
            "publishedDate": utc.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "authors": [{"name": n} for n in a.authors],
            "source": {"rnz": "RNZ", "stuff": "Stuff"}.get(style, "Stuff"),
        }
    }
    main = f"""<main class="stuff-main"><article class="article"><nav class="breadcrumbs"><a href="/">Home</a> / <a href="/{sec[0]}">{esc(sec[1])}</a></nav>
<header class="article-header"><h1 class="article-header__headline">{esc(a.title)}</h1><p class="article-header__intro">{esc(x["deck"])}</p>
<div class="article-byline"><div class="author-cards">{cards}</div><time class="article-byline__date" datetime="{utc:%Y-%m-%dT%H:%M:%S}.000Z">{st_when(a.when)}</time></div>
<div class="share-bar"><button>Share</button><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a><a href="#">Copy link</a></div></header>
<div class="article-body">
{story}
</div>
<div class="article-footer"><p class="newsletter-prompt">Get the news that matters. Sign up to Stuff&rsquo;s free morning newsletter. <a href="/about-stuff#newsletters">Sign up</a></p></div>
{related}
</article>{_st_rails(site, rng, a, False)}</main>"""
    head = (
        f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a.title,
                "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "author": [{"@type": "Person", "name": n} for n in a.authors],
                "publisher": {"@type": "Organization", "name": "Stuff"},
            }
        )
        + f"<script>window.__STUFF_STATE__ = {script_json(state)};</script>"
    )
    return st_chrome(site, rng, f"{a.title} | Stuff", a.path, main, head)


RENDER: dict[str, Callable[[Site28, Art], tuple[bytes, str]]] = {
    "bbc": bbc,
    "npr": npr,
    "kcstar": kcstar,
    "citizen": citizen,
    "stuff": stuff,
}


def register(site: Site28) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["LABELS", "RENDER", "author_path", "hashes", "register", "writers"]
_ = Any
