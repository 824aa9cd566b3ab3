"""Site 38's article templates: the South China Morning Post (the 2024 Next.js layout and the 2019
Drupal layout), The Straits Times, the Taipei Times (the 2024 layout and the 2019 table layout in
Big5), The Korea Herald (the 2024 layout and the 2019 ``<br><br>`` layout) and The Japan Times
(the 2024 layout and the 2019 ``jtarticle`` layout)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import consent, css, encode, esc, gtm, hashes, ld, page_rng, script_json, ul

if TYPE_CHECKING:
    from .generator import Site38

LABELS = {
    "scmp": "South China Morning Post",
    "st": "The Straits Times",
    "taipei": "Taipei Times",
    "kh": "The Korea Herald",
    "jt": "The Japan Times",
}


def slugname(name: str) -> str:
    return name.lower().replace(" ", "-")


def author_path(tpl: str, name: str) -> str:
    """A writer's page on the sites that have them (Taipei Times and Korea Herald bylines link
    nowhere)."""
    return {
        "scmp": f"/author/{slugname(name)}",
        "st": f"/authors/{slugname(name)}",
        "jt": f"/author/{slugname(name)}/",
    }[tpl]


def writers(site: Site38, tpl: str) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in site.of(tpl):
        # "Additional reporting by" names link nowhere
        for n in a.authors[:1] if a.x["style"] == "addl" else a.authors:
            out.setdefault(n, []).append(a)
    return out


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(rng: random.Random, site: Site38, a: Art, k: int, tpl: str | None = None) -> list[Art]:
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def rel(site: Site38, a: Art) -> list[Art]:
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


def zstamp(w: datetime, ms: bool = False) -> str:
    u = w.astimezone(UTC)
    return f"{u:%Y-%m-%dT%H:%M:%S}{'.000' if ms else ''}Z"


def ampm(w: datetime, upper: bool = False) -> str:
    h = w.hour % 12 or 12
    s = "am" if w.hour < 12 else "pm"
    return f"{h}:{w:%M}{' ' + s.upper() if upper else s}"


# --- South China Morning Post -----------------------------------------------------------
SCMP_NAV = [
    "Hong Kong",
    "China",
    "Asia",
    "World",
    "Opinion",
    "Business",
    "Tech",
    "Lifestyle",
    "People & Culture",
    "Sport",
    "Video",
    "Podcasts",
    "Style",
    "Posts",
    "In Focus",
]
SCMP_SECTIONS = [
    ("news/hong-kong/politics", "Hong Kong politics"),
    ("news/hong-kong/society", "Hong Kong society"),
    ("news/china/diplomacy", "China diplomacy"),
    ("economy/china-economy", "China economy"),
]


def scmp_when(w: datetime) -> str:
    return f"{ampm(w)}, {w.day} {w:%B %Y}"


def scmp_old_when(w: datetime) -> str:
    return f"{w:%A, %d %B, %Y}, {ampm(w)}"


def scmp_topic(a: Art) -> tuple[str, str]:
    t = a.x["ctx"]["topic"].removeprefix("the ")
    return f"/topics/{slugname(t).replace(' ', '-')}", t[:1].upper() + t[1:]


def scmp_chrome(
    site: Site38,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    tail: str = "",
) -> tuple[bytes, str]:
    sec = {"Hong Kong": "/news/hong-kong/politics", "China": "/news/china/diplomacy"}
    nav = "".join(
        f'<li class="css-{rng.getrandbits(24):06x}"><a href="{sec.get(t, "/#" + slugname(t))}" data-qa="SectionMenu-Link">{esc(t)}</a></li>'
        for t in SCMP_NAV
    )
    subs = "".join(
        f'<li><a href="/{p}" data-qa="SubSectionMenu-Link">{esc(n)}</a></li>'
        for p, n in SCMP_SECTIONS
    )
    foot = "".join(
        f'<li><a href="/about#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "About us",
            "Our Values",
            "Work For Us",
            "Contact Us",
            "Advertise With Us",
            "Privacy Policy",
            "Terms & Conditions",
            "FAQs",
            "Print Subscriptions",
            "Newsletters",
            "SCMP Store",
            "Code of Conduct",
            "Accessibility",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"/><meta property="og:site_name" content="South China Morning Post"/><meta name="twitter:site" content="@SCMPNews"/>{head_extra}
<style data-emotion="css" data-s="">{css(rng, "css", 480, "hashed")}</style>
<script>{gtm("SCMP38")}{consent("scmp")}window.dataLayer=window.dataLayer||[];</script>
</head><body><div id="__next"><div class="css-app">
<header data-qa="Header-Container"><div class="css-header"><button aria-label="menu" data-qa="Header-MenuButton">Menu</button><a href="/" aria-label="South China Morning Post" data-qa="Header-Logo"><svg width="200" height="30" viewBox="0 0 200 30"><path d="M0 0h200v30H0z"></path></svg></a>
<div data-qa="Header-Actions"><a href="/about#subscribe" class="css-subscribe">Subscribe</a><a href="/about#login">Login</a><a href="/search?q=housing" aria-label="search">Search</a></div></div>
<nav data-qa="SectionMenu"><ul>{nav}</ul><ul class="css-subsection">{subs}</ul></nav></header>
<main>{main}</main>
<footer data-qa="Footer"><div class="css-footer"><a href="/" aria-label="SCMP">SCMP</a><ul>{foot}</ul>
<div class="css-apps"><span>Download the SCMP app</span><a href="https://apps.apple.example/scmp">App Store</a><a href="https://play.google.example/scmp">Google Play</a></div>
<p class="css-copyright">Copyright &copy; 2024 South China Morning Post Publishers Ltd. All rights reserved.</p></div></footer></div></div>
{tail}</body></html>"""
    return encode(page)


def _scmp_rails(site: Site38, rng: random.Random, a: Art) -> str:
    trend = others(rng, site, a, 5)
    pop = others(rng, site, a, 8)
    tr = "".join(
        f'<div data-qa="TrendingWidget-Item"><span>{k}</span><a href="{b.path}">{esc(b.title)}</a></div>'
        for k, b in enumerate(trend, 1)
    )
    mp = "".join(
        f'<li data-qa="MostPopular-Item"><a href="{b.path}"><span class="css-rank">{k}</span><span data-qa="MostPopular-Headline">{esc(b.title)}</span></a></li>'
        for k, b in enumerate(pop, 1)
    )
    return f"""<aside data-qa="ArticleSidebar"><div data-qa="AdSlot-Container"><span class="css-ad-label">Advertisement</span><div id="dfp-ad-mrec1"></div></div>
<section data-qa="TrendingWidget"><h2>Trending in HK</h2>{tr}</section>
<section data-qa="MostPopular"><h2>Most Popular</h2><ol>{mp}</ol></section>
<div data-qa="NewsletterWidget"><h3>Hong Kong Update</h3><p>By submitting, you consent to receiving marketing emails from SCMP. If you don't want these, tick here</p><a href="/about#newsletters">Sign up</a></div></aside>"""


def scmp(site: Site38, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return scmp_2019(site, a, rng)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def who(n: str) -> str:
        return f'<a href="{author_path("scmp", n)}" data-qa="ArticleByline-AuthorName">{esc(n)}</a>'

    byline = {
        "one": who(nm[0]),
        "two": f"{who(nm[0])} and {who(nm[1])}",
        "wire": f'<span data-qa="ArticleByline-AuthorName">{esc(x["wire"])}</span>',
        "addl": who(nm[0]),
        "place": f"{who(nm[0])} in {x['places'][0]} and {who(nm[1])} in {x['places'][1]}",
        "desk": '<span data-qa="ArticleByline-AuthorName">SCMP Reporter</span>',
    }[style]
    dates = f'<time data-qa="ContentDate-Published" datetime="{zstamp(a.when, True)}">Published: {scmp_when(a.when)}</time>'
    if x["updated"]:
        up = a.when + timedelta(minutes=x["updated"])
        dates += f'<span class="css-sep"></span><time data-qa="ContentDate-Updated" datetime="{zstamp(up, True)}">Updated: {scmp_when(up)}</time>'
    points = ""
    if x["points"]:
        points = f'<div data-qa="ContentSummary-Container" class="css-summary"><ul>{"".join(f"<li>{esc(p)}</li>" for p in x["points"])}</ul></div>'
    kicker = (
        f'<div data-qa="ContentHeadline-Flag" class="css-flag">{esc(x["kicker"])}</div>'
        if x["kicker"]
        else ""
    )

    def para(t: str, k: int) -> str:
        ad = ""
        if k == 3:
            ad = '<div data-qa="AdSlot-Container" class="css-inline-ad"><span class="css-ad-label">Advertisement</span><div id="dfp-ad-inline1"></div></div>'
        return f'{ad}<p data-qa="Component-Paragraph" class="css-{rng.getrandbits(24):06x}">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h3 data-qa="Component-Subheadline" class="css-subhead">{esc(t)}</h3>'

    def fig(b: Block) -> str:
        src = f"https://cdn.i-scmp.example/sites/default/files/styles/1020x680/public/d8/images/canvas/2024/05/{b.src}.jpg"
        return f'<figure data-qa="Component-Image" class="css-figure"><div class="css-img"><img src="{src}" alt="{esc(b.text)}" loading="lazy" width="1020" height="680"/></div><figcaption data-qa="Component-Caption"><span data-qa="ImageCaption-Text">{esc(b.text)}</span>. <span data-qa="ImageCaption-Credit">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig)
    if style == "addl":
        story += f'\n<p data-qa="Component-Paragraph" class="css-addl"><em>Additional reporting by {esc(nm[1])}</em></p>'
    topic = scmp_topic(a)
    tags = [
        topic,
        (f"/{x['sec'][0]}", x["sec"][1]),
        ("/topics/hong-kong-economy", "Hong Kong economy"),
    ]
    taglist = "".join(
        f'<li data-qa="RelatedTopics-Item"><a href="{h}">{esc(t)}</a></li>' for h, t in tags
    )
    cards = ""
    if style in ("one", "two", "addl", "place"):
        cards = "".join(
            f'<div data-qa="AuthorCard"><a href="{author_path("scmp", n)}"><img src="https://cdn.i-scmp.example/authors/{slugname(n)}.jpg" alt=""/><span data-qa="AuthorCard-Name">{esc(n)}</span></a><span data-qa="AuthorCard-Role">{esc(r)}</span><button data-qa="FollowButton">+ FOLLOW</button><p data-qa="AuthorCard-Bio">{esc(n.split()[0])} joins the Post from a regional newsroom and covers {esc(x["ctx"]["topic"])} and city affairs.</p></div>'
            for n, r in zip(
                a.authors[:1] if style == "addl" else a.authors, x["roles"], strict=False
            )
        )
        cards = f'<section data-qa="ArticleAuthorCards">{cards}</section>'
    more = ""
    if a.related:
        items = "".join(
            f'<div data-qa="MoreOnThis-Item" class="css-card"><a href="{b.path}"><img src="https://cdn.i-scmp.example/thumb/{b.x["aid"]}.jpg" alt=""/><span data-qa="MoreOnThis-Headline">{esc(b.title)}</span></a></div>'
            for b in rel(site, a)
        )
        more = f'<section data-qa="MoreOnThis"><h2 class="css-more-title">More on this</h2><div class="css-more-list">{items}</div></section>'
    share = "".join(
        f'<a data-qa="SocialShare-{s}" href="#share-{s.lower()}" aria-label="{s}">{s}</a>'
        for s in ["Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Copy"]
    )
    crumb = f'<a href="/{x["sec"][0]}">{esc(x["sec"][1].rsplit(" ", 1)[0])}</a><span>/</span><a href="/{x["sec"][0]}">{esc(x["sec"][2])}</a>'
    main = f"""<div class="css-page"><article data-qa="ContentArticle" class="css-article">
<div data-qa="ArticleHeader-SectionsBreadcrumb" class="css-crumb">{crumb}</div>
{kicker}<h1 data-qa="ContentHeadline-Headline" class="css-headline">{esc(a.title)}</h1>
{points}
<div data-qa="ArticleHeader-Byline" class="css-byline"><div data-qa="ArticleByline">{byline}</div>
<div data-qa="ArticleDateInfo" class="css-date">{dates}</div>
<a data-qa="TrustLink" href="/about#trust" class="css-trust">Why you can trust SCMP</a></div>
<div data-qa="ArticleActionWidget" class="css-actions">{share}<button data-qa="Bookmark">Save</button><a href="#comments" data-qa="CommentCount">{rng.randint(0, 120)}</a><button data-qa="Listen">Listen</button></div>
<div data-qa="ContentBody" class="css-body">
{story}
</div>
<section data-qa="RelatedTopics"><h2>Related topics</h2><ul>{taglist}</ul></section>
{cards}
{more}
<section id="comments" data-qa="Comments"><h2>Conversations</h2><p>Join the conversation. Log in to comment.</p><button>Comment</button></section>
</article>{_scmp_rails(site, rng, a)}</div>"""
    nd = {
        "props": {
            "pageProps": {
                "article": {
                    "entityId": str(x["aid"]),
                    "headline": a.title,
                    "publishedDate": int(a.when.timestamp() * 1000),
                    "updatedDate": int(
                        (a.when + timedelta(minutes=x["updated"])).timestamp() * 1000
                    ),
                    "authors": [{"name": n} for n in a.authors]
                    or [{"name": x["wire"] if style == "wire" else "SCMP Reporter"}],
                    "summary": {"text": x["points"]},
                    "sections": [x["sec"][1]],
                    "urlAlias": a.path,
                    "body": [{"type": b.kind, "text": b.text} for b in a.blocks],
                }
            }
        },
        "page": "/article/[...slug]",
        "buildId": f"{rng.getrandbits(64):016x}",
        "isFallback": False,
        "gssp": True,
    }
    head = f'<meta name="description" content="{esc(x["summary"])}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{zstamp(a.when)}"/>'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": zstamp(a.when),
            "dateModified": zstamp(a.when + timedelta(minutes=x["updated"])),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or {"@type": "Organization", "name": x["wire"] if style == "wire" else "SCMP"},
            "publisher": {"@type": "Organization", "name": "South China Morning Post"},
        }
    )
    tail = f'<script id="__NEXT_DATA__" type="application/json">{script_json(nd)}</script>'
    return scmp_chrome(site, rng, f"{a.title} | South China Morning Post", a.path, main, head, tail)


def scmp_2019(site: Site38, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    nm = x["nm"]
    style = x["style"]
    names_html = " and ".join(
        f'<a href="{author_path("scmp", n)}" class="author-link">{esc(n)}</a>'
        for n in (nm[:2] if style in ("two", "place") else nm[:1])
    )
    up = a.when + timedelta(minutes=x["updated"] or 52)

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h3>{esc(t)}</h3>"

    def fig(b: Block) -> str:
        return f'<div class="image-wrapper"><img class="lazy" data-original="https://cdn.i-scmp.example/sites/default/files/styles/768x768/public/images/methode/2019/05/{b.src}.jpg" alt="{esc(b.text)}"/><div class="caption-wrapper"><span class="caption">{esc(b.text)}. </span><span class="caption-credit">{esc(b.credit)}</span></div></div>'

    story = body(a, para, sub, fig)
    if style == "addl":
        story += f"\n<p><em>Additional reporting by {esc(nm[1])}</em></p>"
    more = ""
    if a.related:
        items = "".join(
            f'<li class="related-article"><a href="{b.path}">{esc(b.title)}</a></li>'
            for b in rel(site, a)
        )
        more = f'<div class="pane-related-articles"><h2 class="pane-title">Related Articles</h2><ul>{items}</ul></div>'
    pop = "".join(
        f'<li class="most-popular__item"><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(rng, site, a, 8)
    )
    topic = scmp_topic(a)
    main = f"""<div class="panel-pane pane-node-content"><div class="article-layout"><div class="article-level">
<div class="article-header"><div class="article-header__section"><a href="/{x["sec"][0]}">{esc(x["sec"][1])}</a></div>
<h1 itemprop="name headline" class="article-header__title">{esc(a.title)}</h1>
<div class="article-header__byline">{names_html}</div>
<div class="article-header__publish">PUBLISHED : {scmp_old_when(a.when)}</div>
<div class="article-header__publish">UPDATED : {scmp_old_when(up)}</div>
<div class="article-header__comments"><a href="#comments">Comments</a></div></div>
<div class="pane-content"><div class="article-body" itemprop="articleBody">
{story}
</div></div>
<div class="article-topics"><span>Topics: </span><a href="{topic[0]}">{esc(topic[1])}</a></div>
{more}
<div class="article-footer"><p>This article appeared in the South China Morning Post print edition as: {esc(a.title.split(",")[0])}</p></div>
</div><div class="sidebar"><div class="pane-most-popular"><h2 class="pane-title">Most Popular</h2><ul>{pop}</ul></div></div></div></div>"""
    head = f'<meta name="description" content="{esc(x["summary"])}"/><meta property="og:title" content="{esc(a.title)}"/><meta name="cse_publication_date" content="{a.when:%Y-%m-%d %H:%M:%S}"/>'
    head += f"<script>dataLayer = [{script_json({'pageType': 'Article', 'articleID': str(x['aid']), 'section': x['sec'][1], 'author': ', '.join(a.authors), 'publishedDate': f'{a.when:%Y-%m-%d %H:%M:%S}'})}];</script>"
    return scmp_chrome(site, rng, f"{a.title} | South China Morning Post", a.path, main, head)


# --- The Straits Times ------------------------------------------------------------------
ST_NAV = [
    "Singapore",
    "Asia",
    "World",
    "Opinion",
    "Life",
    "Business",
    "Tech",
    "Sport",
    "Videos",
    "Podcasts",
    "Multimedia",
]
ST_SECTIONS = [
    ("singapore", "Singapore"),
    ("asia/east-asia", "East Asia"),
    ("asia/se-asia", "South-east Asia"),
    ("world", "World"),
]


def st_when(w: datetime) -> str:
    return f"{w:%b %d, %Y}, {ampm(w, True)}"


def st_chrome(
    site: Site38,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
) -> tuple[bytes, str]:
    secs = {"Singapore": "/singapore", "Asia": "/asia/east-asia", "World": "/world"}
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{secs.get(t, "/singapore#" + t.lower())}">{esc(t)}</a></li>'
        for t in ST_NAV
    )
    foot = "".join(
        f'<li><a href="/about-us#{slugname(t)}">{esc(t)}</a></li>'
        for t in [
            "About Us",
            "Contact Us",
            "Advertise With Us",
            "Terms & Conditions",
            "Privacy Policy",
            "Need help? Reach us here.",
            "ST Read & Win",
            "E-paper",
            "Newsletters",
            "Podcasts",
            "ST Photo Store",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}" /><meta property="og:site_name" content="The Straits Times" />{head_extra}
<style>{css(rng, "st", 470, "bem")}</style>
<script>{gtm("ST38")}{consent("sph")}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="header-container"><div class="masthead"><a href="/" title="The Straits Times" class="logo"><img src="https://static1.straitstimes.example/s3fs-public/st-logo.svg" alt="The Straits Times" /></a>
<div class="header-actions"><a class="btn-subscribe" href="/about-us#subscribe">Subscribe</a><a class="btn-login" href="/about-us#login">Log in</a><a href="/search?searchkey=hdb" class="search-link">Search</a></div></div>
<nav class="main-menu" role="navigation"><ul class="nav">{nav}</ul></nav></header>
<main id="main-content" role="main">{main}</main>
<footer class="footer"><div class="footer-top"><a href="/" class="footer-logo">The Straits Times</a><ul class="footer-links">{foot}</ul></div>
<div class="footer-bottom"><p>MCI (P) 031/10/2023, Published by SPH Media Limited, Co. Regn. No. 202120748H. Copyright &copy; 2024 SPH Media Limited. All rights reserved.</p></div></footer></div>
</body></html>"""
    return encode(page)


def st(site: Site38, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def card(n: str, role: str) -> str:
        return f'<div class="author-field"><div class="author-avatar"><img src="https://static1.straitstimes.example/s3fs-public/authors/{slugname(n)}.png" alt="" /></div><div class="author-info"><a href="{author_path("st", n)}" class="author-name" hreflang="en">{esc(n)}</a><div class="author-designation">{esc(role)}</div></div></div>'

    if style == "wire":
        byline = ""
    elif style in ("two", "addl"):
        byline = card(nm[0], x["roles"][0]) + card(nm[1], x["roles"][1])
        if style == "addl":
            byline = card(nm[0], x["roles"][0])
    else:
        byline = card(nm[0], x["roles"][0])
    dates = ""
    if x["updated"]:
        up = a.when + timedelta(minutes=x["updated"])
        dates += (
            f'<div class="story-postdate"><span class="label">UPDATED</span> {st_when(up)}</div>'
        )
    dates += (
        f'<div class="story-postdate"><span class="label">PUBLISHED</span> {st_when(a.when)}</div>'
    )
    read_at = 4 if a.related else -1

    def after(k: int) -> str:
        if k != read_at:
            return ""
        items = "".join(
            f'<li class="related-story-item"><a href="{b.path}">{esc(b.title)}</a></li>'
            for b in rel(site, a)
        )
        return f'<div class="related-story-inline embedded-article"><h4 class="related-title">READ MORE HERE</h4><ul>{items}</ul></div>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block) -> str:
        return f'<figure class="image" role="group"><picture><img src="https://static1.straitstimes.example/s3fs-public/styles/large30x20/public/articles/2024/05/08/{b.src}.jpg" alt="{esc(b.text)}" loading="lazy" /></picture><figcaption class="caption-text"><span class="caption">{esc(b.text)}</span> <span class="caption-credit">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    if a.related and sum(1 for b in a.blocks if b.kind == "p") < 4:
        story += after(4)
    if style == "wire":
        story += f'\n<p class="wire-credit">{esc(x["wire"].upper())}</p>'
    elif style == "addl_wire":
        story += f"\n<p><em>Additional reporting by {esc(x['wire'])}</em></p>"
    elif style == "addl":
        story += f"\n<p><em>Additional reporting by {esc(nm[1])}</em></p>"
    tags = [
        (
            f"/tags/{slugname(x['ctx']['topic'].removeprefix('the ')).replace(' ', '-')}",
            x["ctx"]["topic"].removeprefix("the ").title(),
        ),
        (f"/{x['sec'][0]}", x["sec"][1]),
    ]
    see = "".join(f'<li><a href="{h}" hreflang="en">{esc(t)}</a></li>' for h, t in tags)
    pop = "".join(
        f'<li class="most-popular-item"><span class="rank">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 6), 1)
    )
    lat = "".join(
        f'<div class="card card-latest"><a href="{b.path}" class="stretched-link"><h5 class="card-title">{esc(b.title)}</h5></a><span class="card-time">{st_when(b.when)}</span></div>'
        for b in latest(site.of("st"))[:6]
        if b is not a
    )
    picks = "".join(
        f'<div class="card card-editors-pick"><a href="{b.path}"><h5 class="card-title">{esc(b.title)}</h5></a></div>'
        for b in others(rng, site, a, 3)
    )
    standfirst = (
        f'<div class="field-standfirst"><p>{esc(x["standfirst"])}</p></div>' if a.i % 2 else ""
    )
    share = "".join(
        f'<li><a href="#share-{s.lower()}" class="share-{s.lower()}">{s}</a></li>'
        for s in ["Facebook", "Telegram", "WhatsApp", "X", "Email", "Gift"]
    )
    main = f"""<div class="layout-container"><div class="row"><div class="col-lg-8 main-col"><article class="node-article" data-history-node-id="{x["nid"]}">
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/{x["sec"][0]}">{esc(x["sec"][1])}</a></li></ol></nav>
<h1 class="headline node-title">{esc(a.title)}</h1>
{standfirst}
<div class="group-story-postdate">{dates}</div>
<div class="group-info">{byline}</div>
<div class="social-share"><ul>{share}</ul><button class="gift-article">Gift this article</button></div>
<div class="clearfix text-formatted field field--name-field-paragraph-text ds-field-items">
{story}
</div>
<p class="telegram-prompt"><strong><a href="https://t.me.example/straitstimes" target="_blank">Join ST's Telegram channel</a> and get the latest breaking news delivered to you.</strong></p>
<div class="see-more-tags"><h4>See more on</h4><ul class="tags">{see}</ul></div>
<div class="ad-container"><span class="ad-label">ADVERTISEMENT</span><div id="dfp-ad-lb2"></div></div>
</article>
<section class="latest-news"><h3 class="block-title">Latest News</h3>{lat}</section></div>
<aside class="col-lg-4 sidebar"><div class="ad-container"><span class="ad-label">ADVERTISEMENT</span><div id="dfp-ad-imu1"></div></div>
<section class="most-popular"><h3 class="block-title">Most Popular</h3><ol>{pop}</ol></section>
<section class="editors-picks"><h3 class="block-title">Editor's Picks</h3>{picks}</section></aside></div></div>"""
    dl = {
        "articleid": str(x["nid"]),
        "author": ", ".join(a.authors),
        "pubdate": f"{a.when:%Y-%m-%d %H:%M:%S}",
        "title": a.title,
        "level2": x["sec"][1],
        "contenttype": "article",
        "keyword": x["ctx"]["topic"],
    }
    head = f'<meta name="description" content="{esc(x["standfirst"])}" /><meta property="og:title" content="{esc(a.title)}" /><meta property="article:published_time" content="{zstamp(a.when)}" />'
    head += f"<script>var dataLayer = [{script_json(dl)}];</script>"
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": zstamp(a.when),
            "dateModified": zstamp(a.when + timedelta(minutes=x["updated"])),
            "author": [{"@type": "Person", "name": n} for n in a.authors],
            "publisher": {"@type": "Organization", "name": "The Straits Times"},
        }
    )
    return st_chrome(site, rng, f"{a.title} | The Straits Times", a.path, main, head)


# --- Taipei Times -----------------------------------------------------------------------
TT_SECTIONS = [
    ("front", "Front Page"),
    ("taiwan", "Taiwan News"),
    ("biz", "Business"),
    ("world", "World News"),
]
TT_NAV = [
    "Front Page",
    "Taiwan News",
    "Business",
    "Editorials",
    "Sports",
    "World News",
    "Features",
    "Bilingual Pages",
]


def tt_when(w: datetime) -> str:
    return f"{w:%a, %b %d, %Y}"


def tt_byline(a: Art) -> str:
    x = a.x
    nm = x["nm"]
    style = x["style"]
    role = "Staff writer" if x["roles"] == "Staff writer" else "Staff reporter"
    return {
        "staff": f"By {nm[0]} / {role}",
        "cna": "Staff writer, with CNA",
        "agency": f"/ {x['agency'][0]}, {x['agency'][1]}",
        "two": f"By {nm[0]} and {nm[1]} / "
        + (
            "Staff reporters"
            if x["roles"] != "Staff reporter and Staff writer"
            else "Staff reporter and Staff writer"
        ),
        "staff_cna": f"By {nm[0]} / Staff reporter, with CNA",
        "wire_named": f"By {nm[0]} / Reuters, {x['wire_place']}",
    }[style]


def tt_chrome(
    site: Site38,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    charset: str = "utf-8",
) -> tuple[bytes, str]:
    secs = {n: f"/News/{p}" for p, n in TT_SECTIONS}
    nav = "".join(
        f'<li><a href="{secs.get(t, "/News/front#" + slugname(t))}">{esc(t)}</a></li>'
        for t in TT_NAV
    )
    meta = (
        '<meta charset="utf-8">'
        if charset == "utf-8"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    page = f"""<!DOCTYPE html><html lang="en"><head>{meta}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Taipei Times">{head_extra}
<style>{css(rng, "tt", 430 if charset == "utf-8" else 330, "util")}</style>
<script>{gtm("TT38")}</script>
</head><body><div id="wrapper"><div class="header"><div class="logo"><a href="/"><img src="https://img.taipeitimes.example/images/2020/logo.png" alt="Taipei Times"></a></div>
<div class="hdate">{tt_when(datetime(2024, 5, 28))}</div><div class="hsearch"><a href="/search?q=legislature">Search</a></div>
<ul class="nav">{nav}</ul></div>
<div class="content">{main}</div>
<div class="footer"><ul>{"".join(f'<li><a href="/about#{slugname(t)}">{t}</a></li>' for t in ["About Us", "Contact Us", "Subscribe", "Advertising", "Privacy Policy", "RSS"])}</ul>
<p class="copyright">Copyright &copy; 1999-2024 The Taipei Times. All rights reserved.</p></div></div></body></html>"""
    return encode(page, charset)


def _tt_rails(site: Site38, rng: random.Random, a: Art) -> str:
    today = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    week = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    return f"""<div class="popular"><h3>Most Popular</h3><div class="tab"><span class="on">Today</span><span>This Week</span></div><ol class="today">{today}</ol><ol class="week">{week}</ol></div>
<div class="adbox"><p class="adtext">Advertisement</p><div id="div-gpt-ad-rect"></div></div>"""


def taipei(site: Site38, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return taipei_2019(site, a, rng)
    x = a.x

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block) -> str:
        return f'<div class="imgboxa"><a href="https://img.taipeitimes.example/images/2024/05/08/P{b.src[:6]}.jpg"><img src="https://img.taipeitimes.example/images/2024/05/08/P{b.src[:6]}.jpg" alt="{esc(b.text)}"></a><h1 class="imgtext">{esc(b.text)}<br><span class="photo-credit">{esc(b.credit)}</span></h1></div>'

    story = body(a, para, sub, fig)
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{b.path}"><div class="ttitle">{esc(b.title)}</div><span class="ttime">{tt_when(b.when)}</span></a></li>'
            for b in rel(site, a)
        )
        related = (
            f'<div class="relatednews"><h3 class="boxTitle">Related News</h3><ul>{items}</ul></div>'
        )
    like = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 4)
    )
    stamp = a.when.replace(hour=0, minute=0, second=0)
    main = f"""<div class="archives"><div class="breadcrumb"><a href="/">Home</a> / <a href="/News/{x["sec"][0]}">{esc(x["sec"][1])}</a></div>
<h1>{esc(a.title)}</h1>
<div class="archives_name"><div class="name">{esc(tt_byline(a))}</div><div class="time">{tt_when(a.when)} page{x["page"]}</div></div>
<div class="sharebox"><a href="#fb">Facebook</a><a href="#line">LINE</a><a href="#x">X</a><a href="#print">Print</a><a href="#mail">Email</a><span>A-</span><span>A+</span></div>
<div class="text">
{story}
</div>
<div class="comment"><h3>Comments will be moderated.</h3><p>Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Taipei Times.</p><textarea></textarea></div>
{related}
<div class="youlike"><h3 class="boxTitle">You might also like</h3><ul>{like}</ul></div></div>
<div class="rightside">{_tt_rails(site, rng, a)}</div>"""
    head = f'<meta name="description" content="{esc(a.paras[0][:160])}"><meta property="og:title" content="{esc(a.title)} - Taipei Times"><meta property="article:published_time" content="{zstamp(stamp)}"><meta property="article:section" content="{esc(x["sec"][1])}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": zstamp(stamp),
            "author": {"@type": "Person", "name": ", ".join(a.authors)}
            if a.authors
            else {"@type": "Organization", "name": "Taipei Times"},
            "publisher": {"@type": "Organization", "name": "Taipei Times"},
        }
    )
    return tt_chrome(site, rng, f"{a.title} - Taipei Times", a.path, main, head)


def taipei_2019(site: Site38, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x

    def para(t: str, k: int) -> str:
        return f"<P>{esc(t)}</P>"

    def sub(t: str) -> str:
        return f"<P><B>{esc(t)}</B></P>"

    def fig(b: Block) -> str:
        return f'<table width="300" border="0" align="right" cellpadding="4" cellspacing="0"><tr><td><img src="https://img.taipeitimes.example/images/2019/05/08/P{b.src[:6]}.jpg" width="300" border="0" alt=""></td></tr><tr><td class="imgtext"><font size="2">{esc(b.text)}<br>{esc(b.credit)}</font></td></tr></table>'

    story = body(a, para, sub, fig)
    related = ""
    if a.related:
        items = "".join(
            f'<tr><td><img src="https://img.taipeitimes.example/images/icon_arrow.gif" alt=""> <a href="{b.path}" class="relatedlink">{esc(b.title)}</a> ({b.when:%Y/%m/%d})</td></tr>'
            for b in rel(site, a)
        )
        related = f'<table width="100%" border="0" cellspacing="0" cellpadding="2" class="related"><tr><td class="rtitle"><b>Related Stories</b></td></tr>{items}</table>'
    top = "".join(
        f'<tr><td><a href="{b.path}">{esc(b.title)}</a></td></tr>' for b in others(rng, site, a, 6)
    )
    main = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="650" valign="top"><table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td class="section"><a href="/News/{x["sec"][0]}">{esc(x["sec"][1])}</a></td></tr>
<tr><td><h1 class="title">{esc(a.title)}</h1></td></tr>
<tr><td class="byline"><font color="#666666">{esc(tt_byline(a))}</font></td></tr>
<tr><td class="date"><font color="#999999">{tt_when(a.when)} - Page {x["page"]}</font></td></tr>
<tr><td class="text">
{story}
</td></tr>
<tr><td>{related}</td></tr>
<tr><td class="comment"><font size="1">This story has been viewed {rng.randint(1200, 9000)} times.</font></td></tr></table></td>
<td width="20"></td><td width="310" valign="top"><table width="100%" border="0" cellpadding="3" cellspacing="0" class="toplist"><tr><td class="ttitle"><b>TOP</b></td></tr>{top}</table></td></tr></table>"""
    head = f'<meta name="description" content="{esc(a.paras[0][:150])}"><meta name="pubdate" content="{a.when:%Y%m%d}">'
    return tt_chrome(site, rng, "Taipei Times - archives", a.path, main, head, "big5")


# --- The Korea Herald -------------------------------------------------------------------
KH_SECTIONS = [
    ("020101000000", "Politics"),
    ("020102000000", "Social affairs"),
    ("020103000000", "Foreign affairs"),
    ("020201000000", "Industry"),
]
KH_NAV = [
    "National",
    "Business",
    "Finance",
    "Life&Style",
    "Entertainment",
    "Sports",
    "World",
    "Opinion",
    "K-Culture",
]


def kh_when(w: datetime) -> str:
    return f"{w:%b} {w.day}, {w.year} - {w:%H:%M}"


def kh_email(name: str) -> str:
    return name.lower().replace(" ", "").replace("-", "") + "@heraldcorp.com"


def kh_chrome(
    site: Site38,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
) -> tuple[bytes, str]:
    secs = {
        "National": f"/list.php?ct={KH_SECTIONS[0][0]}",
        "Business": f"/list.php?ct={KH_SECTIONS[3][0]}",
    }
    nav = "".join(
        f'<li class="gnb_li"><a href="{secs.get(t, "/list.php?ct=" + KH_SECTIONS[0][0] + "#" + slugname(t))}">{esc(t)}</a></li>'
        for t in KH_NAV
    )
    subs = "".join(f'<li><a href="/list.php?ct={c}">{esc(n)}</a></li>' for c, n in KH_SECTIONS)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="The Korea Herald">{head_extra}
<style>{css(rng, "kh", 460, "util")}</style>
<script>{gtm("KH38")}</script>
</head><body><div id="wrap"><div class="header"><div class="header_top"><a href="/" class="logo"><img src="https://res.heraldm.example/images/kh_logo.png" alt="The Korea Herald"></a>
<ul class="util"><li><a href="/about#subscribe">Subscribe</a></li><li><a href="/about#newsletter">Newsletter</a></li><li><a href="/search?q=seoul">Search</a></li></ul></div>
<ul class="gnb">{nav}</ul><ul class="lnb">{subs}</ul></div>
<div class="contents">{main}</div>
<div class="footer"><ul class="footer_menu">{"".join(f'<li><a href="/about#{slugname(t)}">{t}</a></li>' for t in ["About Us", "Contact Us", "Privacy Policy", "Terms of Service", "Youth Protection Policy", "Advertise", "Subscribe"])}</ul>
<p class="addr">Registration No. : &nbsp;Seoul, Ah 51012 · Registration date : 2014.02.21 · Publisher &amp; Editor : Korea Herald</p>
<p class="copy">Copyright &copy; Herald Corporation. All Rights Reserved.</p></div></div></body></html>"""
    return encode(page)


def _kh_rails(site: Site38, rng: random.Random, a: Art) -> str:
    pop = "".join(
        f'<li><span class="num">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 8), 1)
    )
    picks = "".join(
        f'<li><a href="{b.path}"><div class="img"><img src="https://res.heraldm.example/thumb/{b.x["ud"]}.jpg" alt=""></div><p>{esc(b.title)}</p></a></li>'
        for b in others(rng, site, a, 4)
    )
    return f"""<div class="right_area"><div class="ad_area"><span>AD</span><div id="ad_right_1"></div></div>
<div class="most_popular"><h3 class="title">Most Popular</h3><ul>{pop}</ul></div>
<div class="editors_pick"><h3 class="title">Editor's Picks</h3><ul>{picks}</ul></div></div>"""


def kh(site: Site38, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return kh_2019(site, a, rng)
    x = a.x
    nm = x["nm"]
    style = x["style"]
    by = {
        "one": f"By {nm[0]}",
        "two": f"By {nm[0]} and {nm[1]}",
        "yonhap": "By Yonhap",
        "herald": "By Korea Herald",
        "two_comma": f"By {nm[0]}, {nm[1]}",
    }[style]
    dates = f"<li><span>Published : {kh_when(a.when)}</span></li>"
    if x["updated"]:
        dates += (
            f"<li><span>Updated : {kh_when(a.when + timedelta(minutes=x['updated']))}</span></li>"
        )

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<p><strong>{esc(t)}</strong></p>" if a.i % 2 else f"<h3>{esc(t)}</h3>"

    def fig(b: Block) -> str:
        return f'<table class="img_table" align="center"><tr><td><img src="https://res.heraldm.example/content/image/2024/05/08/{b.src}_0.jpg" alt="{esc(b.text)}"></td></tr><tr><td class="img_caption">{esc(b.text)} {esc(b.credit)}</td></tr></table>'

    story = body(a, para, sub, fig)
    if style == "yonhap":
        story += "\n<p>(Yonhap)</p>"
    elif a.authors:
        story += "\n" + "".join(f"<p>({kh_email(n)})</p>" for n in a.authors)
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{b.path}"><p class="tit">{esc(b.title)}</p><p class="date">{b.when:%Y-%m-%d %H:%M}</p></a></li>'
            for b in rel(site, a)
        )
        related = f'<div class="related_news"><h3 class="title">Related Articles</h3><ul>{items}</ul></div>'
    sec = x["sec"]
    summary = f'<h2 class="news_title_sub">{esc(x["summary"])}</h2>' if a.i % 3 != 2 else ""
    main = f"""<div class="view_wrap"><div class="view_top"><div class="view_top_t1"><ul class="nav_tit"><li><a href="/list.php?ct={sec[0]}">{esc(sec[2])}</a></li><li>&gt;</li><li><a href="/list.php?ct={sec[0]}">{esc(sec[1])}</a></li></ul></div>
<div class="view_top_t2"><h1 class="news_title">{esc(a.title)}</h1>{summary}</div>
<div class="view_top_t3"><div class="view_tit_byline_l"><a>{esc(by)}</a></div><ul class="view_tit_byline_r">{dates}</ul></div>
<div class="view_sns"><a href="#facebook">Facebook</a><a href="#twitter">Twitter</a><a href="#linkedin">LinkedIn</a><a href="#kakao">Kakao</a><a href="#copy">URL</a><a href="#print">Print</a><span class="font">A-</span><span class="font">A+</span></div></div>
<div class="view_con article"><div class="view_con_t" id="articleText">
{story}
</div></div>
<div class="ad_area"><span>AD</span><div id="ad_bottom_1"></div></div>
{related}
<div class="latest_news"><h3 class="title">Latest News</h3><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in latest(site.of("kh"))[:5] if b is not a)}</ul></div></div>
{_kh_rails(site, rng, a)}"""
    head = f'<meta name="description" content="{esc(x["summary"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="article:published_time" content="{zstamp(a.when)}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.isoformat(),
            "dateModified": (a.when + timedelta(minutes=x["updated"])).isoformat(),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [
                {
                    "@type": "Organization",
                    "name": "Yonhap" if style == "yonhap" else "The Korea Herald",
                }
            ],
            "publisher": {"@type": "Organization", "name": "The Korea Herald"},
        }
    )
    return kh_chrome(site, rng, f"{a.title} - The Korea Herald", a.path, main, head)


def kh_2019(site: Site38, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    nm = x["nm"]
    style = x["style"]
    by = {
        "one": f"By {nm[0]}",
        "two": f"By {nm[0]} and {nm[1]}",
        "yonhap": "By Yonhap",
        "herald": "By Korea Herald",
        "two_comma": f"By {nm[0]}, {nm[1]}",
    }[style]
    parts: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(esc(b.text))
        elif b.kind == "h":
            parts.append(f"<b>{esc(b.text)}</b>")
        else:
            parts.append(
                f'<table class="img_table" align="center"><tr><td><img src="https://res.heraldm.example/content/image/2019/05/08/{b.src}_0.jpg"></td></tr><tr><td class="img_caption">{esc(b.text)} {esc(b.credit)}</td></tr></table>'
            )
    if style == "yonhap":
        parts.append("(Yonhap)")
    else:
        parts += [f"({kh_email(n)})" for n in a.authors]
    story = "<br><br>".join(parts)
    up = a.when + timedelta(minutes=x["updated"] or 35)
    related = ""
    if a.related:
        related = (
            '<div class="related_list"><p class="related_tit">Related Articles</p><ul>'
            + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
            + "</ul></div>"
        )
    main = f"""<div class="content_view"><div class="view_bg"><div class="view_tit_wrap"><p class="view_tit_sec"><a href="/list.php?ct={x["sec"][0]}">{esc(x["sec"][1])}</a></p>
<h1 class="view_tit">{esc(a.title)}</h1>
<div class="view_tit_byline"><div class="view_tit_byline_l"><a>{esc(by)}</a></div><div class="view_tit_byline_r">Published : {a.when:%Y-%m-%d %H:%M} &nbsp;&nbsp;&nbsp; Updated : {up:%Y-%m-%d %H:%M}</div></div></div>
<div id="articleText" class="view_con_t">{story}</div>
{related}</div></div>
{_kh_rails(site, rng, a)}"""
    head = f'<meta name="description" content="{esc(x["summary"])}"><meta property="og:title" content="{esc(a.title)}">'
    return kh_chrome(site, rng, f"{a.title} - The Korea Herald", a.path, main, head)


# --- The Japan Times --------------------------------------------------------------------
JT_NAV = [
    "News",
    "Japan",
    "Business",
    "Asia-Pacific",
    "World",
    "Opinion",
    "Life",
    "Community",
    "Culture",
    "Sports",
]
JT_SECTIONS = [
    ("japan/politics", "Politics"),
    ("japan/society", "Society"),
    ("business/economy", "Economy"),
    ("asia-pacific", "Asia-Pacific"),
]
WIRE = {"kyodo": "Kyodo", "jiji": "Jiji", "reuters": "Reuters"}


def jt_when(w: datetime) -> str:
    return f"{w:%b} {w.day}, {w.year}"


def jt_front(a: Art) -> str:
    cat = a.x["sec"][0]
    return "/asia-pacific/" if cat.startswith("asia-pacific") else f"/{cat}/"


def jt_chrome(
    site: Site38,
    rng: random.Random,
    title: str,
    canonical: str,
    main: str,
    head_extra: str = "",
) -> tuple[bytes, str]:
    secs = {
        "Japan": "/japan/politics/",
        "Business": "/business/economy/",
        "Asia-Pacific": "/asia-pacific/",
    }
    nav = "".join(
        f'<li class="menu-item"><a href="{secs.get(t, "/japan/politics/#" + slugname(t))}">{esc(t)}</a></li>'
        for t in JT_NAV
    )
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="The Japan Times">{head_extra}
<style id="jt-inline-css">{css(rng, "jt", 470, "bem")}</style>
<script>{gtm("JT38")}{consent("jt")}</script>
</head><body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" class="site-header"><div class="header-top"><a href="/" class="custom-logo-link" rel="home"><img src="https://www.japantimes.example/theme_japantimes/static/img/jt-logo.svg" alt="The Japan Times"></a>
<div class="header-actions"><a class="subscribe-link" href="/about#subscribe">Subscribe</a><a href="/about#login">Log in</a><a href="/search?q=yen">Search</a></div></div>
<nav class="main-navigation"><ul class="menu">{nav}</ul></nav></header>
<div id="content" class="site-content">{main}</div>
<footer class="site-footer"><ul class="footer-menu">{"".join(f'<li><a href="/about#{slugname(t)}">{t}</a></li>' for t in ["About us", "Contact us", "Advertise", "Privacy policy", "Terms of service", "FAQ", "Newsletters", "Sitemap"])}</ul>
<p class="copyright">THE JAPAN TIMES LTD. All rights reserved.</p></footer></div></body></html>"""
    return encode(page)


def _jt_rails(site: Site38, rng: random.Random, a: Art) -> str:
    most = "".join(
        f'<li class="most-read-item"><span>{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    picks = "".join(
        f'<div class="editors-picks-item"><a href="{b.path}"><img src="https://www.japantimes.example/uploads/imported_images/{b.x["pid"]}.jpg" alt=""><p>{esc(b.title)}</p></a></div>'
        for b in others(rng, site, a, 3)
    )
    return f"""<aside class="sidebar"><div class="ad"><span class="ad-label">Advertisement</span></div>
<section class="most-read"><h3>Most Read</h3><ol>{most}</ol></section>
<section class="editors-picks"><h3>Editors' Picks</h3>{picks}</section>
<div class="newsletter-box"><h3>Sign up for our newsletters</h3><p>Get the latest news and analysis from Japan and beyond, delivered straight to your inbox.</p><a href="/about#newsletters">Sign up</a></div></aside>"""


def jt(site: Site38, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return jt_2019(site, a, rng)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def link(n: str) -> str:
        return f'<a href="{author_path("jt", n)}">{esc(n)}</a>'

    if style in WIRE:
        credit = f'<p class="credit">{WIRE[style]}</p>'
    elif style == "bloomberg":
        credit = f'<p class="credit">By {link(nm[0])} and {link(nm[1])}</p><p class="credit-title">Bloomberg</p>'
    elif style == "two":
        credit = f'<p class="credit">By {link(nm[0])} and {link(nm[1])}</p><p class="credit-title">Staff writers</p>'
    elif style == "contrib":
        credit = (
            f'<p class="credit">By {link(nm[0])}</p><p class="credit-title">Contributing writer</p>'
        )
    else:
        credit = f'<p class="credit">By {link(nm[0])}</p><p class="credit-title">Staff writer</p>'

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h3>{esc(t)}</h3>"

    def fig(b: Block) -> str:
        return f'<figure class="jt-article-photo"><img src="https://www.japantimes.example/uploads/imported_images/uploads/2024/05/np_file_{b.src}.jpeg" alt="{esc(b.text)}" loading="lazy"><figcaption><span class="jt-caption">{esc(b.text)}</span> <span class="jt-photo-credit">| {esc(b.credit.upper())}</span></figcaption></figure>'

    sub_at = 3

    def after(k: int) -> str:
        if k != sub_at:
            return ""
        return '<div class="jt-subscribe-box"><p class="jt-subscribe-lead">In a time of both misinformation and too much information, quality journalism is more crucial than ever.<br>By subscribing, you can help us get the story right.</p><a class="jt-subscribe-button" href="/about#subscribe">SUBSCRIBE NOW</a></div>'

    story = body(a, para, sub, fig, after)
    related = ""
    if a.related:
        items = "".join(
            f'<li class="related-item"><a href="{b.path}"><h4>{esc(b.title)}</h4></a></li>'
            for b in rel(site, a)
        )
        related = f'<section class="jt-related"><h3 class="jt-related__title">Related</h3><ul>{items}</ul></section>'
    lat = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><span>{jt_when(b.when)}</span></li>'
        for b in latest(site.of("jt"))[:6]
        if b is not a
    )
    kw = [x["ctx"]["topic"].removeprefix("the ").title(), x["sec"][1], x["ctx"]["place"]]
    keywords = "".join(f'<li><a href="{jt_front(a)}#{slugname(k)}">{esc(k)}</a></li>' for k in kw)
    utc = zstamp(a.when)
    main = f"""<div class="jt-article-page"><div class="row"><main class="col-8"><article class="article">
<div class="article-category"><a href="{jt_front(a)}">{esc(x["sec"][2])}</a> / <a href="{jt_front(a)}">{esc(x["sec"][1])}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><div class="credit-and-date"><div class="credits">{credit}</div><p class="publish-date"><time datetime="{utc}">{jt_when(a.when)}</time></p></div>
<div class="share-tools"><button class="gift-button">Gift this article</button><a href="#share-facebook">Facebook</a><a href="#share-x">X</a><a href="#share-line">LINE</a><a href="#share-email">Email</a><button>Bookmark</button></div></div>
<div class="article-body">
{story}
</div>
<div class="jt-keywords"><h4>Keywords</h4><ul>{keywords}</ul></div>
{related}
<div class="jt-comment-policy"><p>Comments on this article are closed. Read our <a href="/about#community-guidelines">community guidelines</a>.</p></div>
</article>
<section class="latest-articles"><h3>Latest</h3><ul>{lat}</ul></section></main>
{_jt_rails(site, rng, a)}</div></div>"""
    head = f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}"><meta property="article:published_time" content="{utc}"><meta name="author" content="{esc(", ".join(a.authors) or WIRE.get(style, ""))}">'
    head += ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": utc,
            "dateModified": zstamp(a.when + timedelta(hours=2)),
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Organization", "name": WIRE.get(style, "The Japan Times")}],
            "publisher": {"@type": "Organization", "name": "The Japan Times"},
        }
    )
    return jt_chrome(site, rng, f"{a.title} - The Japan Times", a.path, main, head)


def jt_2019(site: Site38, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    nm = x["nm"]
    style = x["style"]
    if style in WIRE:
        credit = f'<h5 class="writer" role="author">{WIRE[style].upper()}</h5>'
    else:
        credit = (
            f'<h5 class="writer" role="author">by <a href="{author_path("jt", nm[0])}">{esc(nm[0])}</a></h5><h6 class="writer-role">Contributing Writer</h6>'
            if style == "contrib"
            else f'<h5 class="writer" role="author">by <a href="{author_path("jt", nm[0])}">{esc(nm[0])}</a></h5><h6 class="writer-role">Staff Writer</h6>'
        )

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h4>{esc(t)}</h4>"

    def fig(b: Block) -> str:
        return f'<figure class="wp-caption"><img src="https://www.japantimes.example/wp-content/uploads/2019/05/n-{b.src}.jpg" alt=""><figcaption class="wp-caption-text">{esc(b.text)} | {esc(b.credit.upper())}</figcaption></figure>'

    story = body(a, para, sub, fig)
    related = ""
    if a.related:
        related = (
            '<div class="related-posts"><h3>RELATED STORIES</h3><ul>'
            + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
            + "</ul></div>"
        )
    most = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 6)
    )
    main = f"""<div id="wrapper"><div class="main-content"><article role="main" class="post">
<header class="single-upper"><p class="category-column"><a href="{jt_front(a)}">{esc(x["sec"][2].upper())}</a> / <a href="{jt_front(a)}">{esc(x["sec"][1].upper())}</a></p>
<h1>{esc(a.title)}</h1>
<div class="meta-title">{credit}<ul class="single-sns-area"><li class="meta-date"><time datetime="{a.when.isoformat()}">{jt_when(a.when)}</time></li><li><a href="#share">Share</a></li></ul></div></header>
<div id="jtarticle" class="entry">
{story}
</div>
<div class="article-history"><h3>ARTICLE HISTORY</h3><ul><li>{jt_when(a.when)}</li></ul></div>
{related}</article></div>
<aside class="sidebar"><div class="widget most-popular"><h3>MOST POPULAR</h3><ul>{most}</ul></div></aside></div>"""
    head = f'<meta name="description" content="{esc(x["deck"])}"><meta property="og:title" content="{esc(a.title)}">'
    return jt_chrome(site, rng, f"{a.title} | The Japan Times", a.path, main, head)


RENDER: dict[str, Callable[[Site38, Art], tuple[bytes, str]]] = {
    "scmp": scmp,
    "st": st,
    "taipei": taipei,
    "kh": kh,
    "jt": jt,
}


def register(site: Site38) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["LABELS", "RENDER", "author_path", "hashes", "register", "ul", "writers"]
