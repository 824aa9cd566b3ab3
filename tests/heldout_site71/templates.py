"""Site 71's article pages: Nexstar, Sinclair, Gray (Arc XP), Hearst Television and Scripps
station pages, each with its byline, its printed time, a video player, a weather widget, captions
with credits, a related block where the CMS has one beside trending, top and most-read boxes."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import consent, css, esc, gtm, ld, page_rng, served, trunc

if TYPE_CHECKING:
    from .generator import Site71

NAV = [
    ("/news/", "News"),
    ("/news/?page=2", "More News"),
    ("/weather/", "Weather"),
    ("/video/", "Video"),
    ("/tag/crime/", "Crime"),
    ("/search/?q=city+council", "Search"),
    ("/about-us/", "About Us"),
    ("/our-team/", "Our Team"),
    ("/contact-us/", "Contact Us"),
]


def ampm(w: datetime, pad: bool = True) -> str:
    h = w.hour % 12 or 12
    return (
        f"{h:02d}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"
        if pad
        else f"{h}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"
    )


def ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def links(site: Site71, a: Art, key: str, k: int = 6, pool_all: bool = False) -> str:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in (site.arts if pool_all else site.of(a.tpl)) if b is not a]
    return "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 70))}</a></li>'
        for b in rng.sample(pool, min(k, len(pool)))
    )


def rel_items(site: Site71, a: Art) -> str:
    return "".join(f'<li><a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in a.related)


def figure(b: Block, credit: str) -> str:
    cap = esc(b.text) + (f' <span class="credit">{esc(credit)}</span>' if credit else "")
    return f'<figure class="image"><img src="{b.src}" alt="{esc(b.text)}" loading="lazy"><figcaption>{cap}</figcaption></figure>'


def body_parts(a: Art, credit_fmt: str, h: str = "h2") -> list[str]:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<{h}>{esc(b.text)}</{h}>")
        else:
            out.append(figure(b, credit_fmt.format(p=b.credit, c=a.x["call"])))
    return out


def video(site: Site71, a: Art) -> str:
    rng = page_rng(site.seed, "vid" + a.path)
    vid = rng.getrandbits(40)
    return f"""<div class="video-player" data-video-id="{vid:x}"><div class="jw-wrapper"><video preload="none" poster="/video/{vid:x}.jpg" src="/video/{vid:x}.m3u8"></video><div class="jw-controls"><button class="jw-play" aria-label="Play">Play</button><span class="jw-time">0:00 / 2:{rng.randint(10, 59)}</span><button aria-label="Mute">Mute</button><button aria-label="Fullscreen">Fullscreen</button></div></div><p class="video-caption">WATCH: {esc(trunc(a.title, 60))}</p><p class="video-next">Up next: {esc(a.x["call"])} News at 6</p></div>"""


def weather(site: Site71, a: Art) -> str:
    rng = page_rng(site.seed, "wx" + a.path)
    days = "".join(
        f'<li><span class="day">{d}</span><span class="hi">{rng.randint(50, 95)}°</span><span class="lo">{rng.randint(30, 60)}°</span><span class="cond">{rng.choice(["Sunny", "Partly Cloudy", "Showers", "T-Storms", "Windy"])}</span></li>'
        for d in ("Today", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue")
    )
    return f"""<div class="weather-widget"><h3><a href="/weather/">{esc(a.x["city"])} Weather</a></h3><div class="current"><span class="temp">{rng.randint(40, 90)}°F</span><span class="cond">{rng.choice(["Mostly Cloudy", "Clear", "Light Rain", "Fair"])}</span><span class="feels">Feels like {rng.randint(40, 90)}°</span></div><ul class="seven-day">{days}</ul><a href="/weather/">Interactive Radar</a> · <a href="/weather/">Weather Alerts</a> · <a href="/weather/">Closings &amp; Delays</a></div>"""


def shell(
    site: Site71,
    a: Art,
    title: str,
    head: str,
    main: str,
    charset: str = "utf-8",
    header: bool = True,
    copyright_: str = "",
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    call = a.x["call"]
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in [("/", "Home"), *NAV])
    meta = (
        f'<meta charset="{charset}">'
        if charset == "utf-8"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="canonical" href="{site.base}{a.path}">
<meta property="og:site_name" content="{esc(call)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<style>{css(rng, a.tpl, 260)}</style>
<script>{gtm(call.replace("-", "")[:4] + "71")}</script>
<script>{consent(a.tpl)}</script>
</head>
<body class="single-post {a.tpl}">
<a class="skip-link" href="#main">Skip to content</a>
<div class="breaking-banner"><a href="/news/">Breaking News</a> <span>Live coverage on {esc(call)}+</span></div>
<header class="site-header"><a href="/" class="logo">{esc(call)}</a><nav><ul>{nav}</ul></nav><a class="watch-live" href="/video/">Watch Live</a><form action="/search/" class="search"><input name="q" placeholder="Search"></form></header>
{main}
<footer class="site-footer"><ul><li><a href="/about-us/">About Us</a></li><li><a href="/contact-us/">Contact Us</a></li><li><a href="/our-team/">Our Team</a></li><li><a href="/video/">Video</a></li></ul><p>FCC Public File · EEO Report · Closed Captioning</p><p>{copyright_ or f"&copy; {a.when.year} {esc(call)}. All Rights Reserved."}</p></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"station":"{call}","contentId":{a.x["id"]},"section":"news","template":"{a.tpl}"}});</script>
</body>
</html>
"""
    return served(page, charset, header)


# --- 1. Nexstar (WordPress VIP) -------------------------------------------------------------
def nexstar_page(site: Site71, a: Art) -> tuple[bytes, str]:
    style, old, up, nm = a.x["style"], a.x["old"], a.x["updated"], a.x["nm"]

    def au(n: str) -> str:
        return f'<a href="/author/{n.lower().replace(" ", "-").replace(chr(39), "")}/">{esc(n)}</a>'

    by = {
        "ap_named": f"{au(nm[0])}, Associated Press",
        "ap": "The Associated Press",
        "nmw": "Nexstar Media Wire",
    }.get(style) or ", ".join(au(n) for n in a.authors)

    def stamp(w: datetime) -> str:
        return f"{w:%b} {w.day}, {w:%Y} / {ampm(w)} {w.tzname()}"

    dates = f'<p class="article-meta__date">Posted: <time datetime="{a.when.isoformat()}">{stamp(a.when)}</time>'
    if up:
        dates += f' <span class="sep">|</span> Updated: <time datetime="{up.isoformat()}">{stamp(up)}</time>'
    dates += "</p>"
    parts = body_parts(a, "({c})" if not a.x["wire"] else "(AP Photo/{p})")
    if a.related:
        rel = f'<aside class="article-list--related"><h2 class="article-list__heading">Related Content</h2><ul>{rel_items(site, a)}</ul></aside>'
        parts.insert(min(3, len(parts)), rel)
    body = "\n".join(parts)
    if old:
        main = f"""<div id="main" class="container"><div class="article-wrapper"><article class="post"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="article-byline">by: {by}</div>
<div class="article-date">Posted: {a.when:%b %d, %Y} {ampm(a.when)} {a.when.tzname()}{f" / Updated: {up:%b %d, %Y} {ampm(up)} {up.tzname()}" if up else ""}</div>
{video(site, a)}<div class="entry-content">{body}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div></article>
<div class="sidebar"><div class="widget trending"><h3>Trending Stories</h3><ul>{links(site, a, "tr", 6, True)}</ul></div>{weather(site, a)}<div class="widget"><h3>Don't Miss</h3><ul>{links(site, a, "dm", 4)}</ul></div></div></div></div>"""
    else:
        main = f"""<main id="main" class="site-main"><article class="article"><header class="article-header"><p class="article-kicker"><a href="/news/">Local News</a></p><h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><p class="article-authors">by: {by}</p>{dates}</div>
<div class="article-share"><a href="#">Share</a></div></header>
{video(site, a)}
<div class="article-content article-body">{body}</div>
<p class="article-copyright">Copyright {a.when.year} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
<section class="more-stories"><h2>More Stories</h2><ul>{links(site, a, "more", 6)}</ul></section></article>
<aside class="sidebar">{weather(site, a)}<section class="trending"><h2>Trending Stories</h2><ol>{links(site, a, "tr", 6, True)}</ol></section><section><h2>Top Stories</h2><ul>{links(site, a, "top", 5, True)}</ul></section><section class="newsletter"><h3>Get the morning headlines in your inbox</h3><a href="/contact-us/">Subscribe</a></section></aside></main>"""
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [
                {
                    "@type": "Organization",
                    "name": "Associated Press" if style == "ap" else "Nexstar Media Wire",
                }
            ],
        }
    )
    return shell(site, a, a.title + a.x["suffix"], head, main)


# --- 2. Sinclair ----------------------------------------------------------------------------
def sdate(w: datetime) -> str:
    return f"{w:%a}, {w:%B} {ordinal(w.day)} {w.year} at {ampm(w, False)}"


def sinclair_page(site: Site71, a: Art) -> tuple[bytes, str]:
    style, old, up, nm = a.x["style"], a.x["old"], a.x["updated"], a.x["nm"]
    by = {
        "role": f"{esc(nm[0])}, {esc(a.x['call'])} News Reporter",
        "desk": f"{esc(nm[0])}, The National News Desk",
        "ap": "The Associated Press",
    }.get(style) or " and ".join(esc(n) for n in a.authors)
    parts = body_parts(a, "({c})" if not a.x["wire"] else "(AP Photo/{p})")
    for k, p in enumerate(a.related):
        parts.insert(
            min(2 + 3 * k, len(parts)),
            f'<p class="related-inline"><strong>RELATED |</strong> <a href="{p}">{esc(site.by_path[p].title)}</a></p>',
        )
    body = "\n".join(parts)
    if old:
        dates = f'<div class="timestamp">{a.when:%A}, {a.when:%B} {ordinal(a.when.day)} {a.when.year}</div>'
    else:
        dates = f'<div class="timestamp"><span>{sdate(a.when)}</span>'
        if up:
            dates += f'<span class="updated">Updated {sdate(up)}</span>'
        dates += "</div>"
    main = f"""<main id="main"><div class="StoryPage"><article><h1 class="StoryHeadline">{esc(a.title)}</h1>
<div class="StoryMeta"><div class="byline">by {by}</div>{dates}</div>
<div class="ShareBar"><button>Facebook</button><button>Twitter</button><button>Email</button><button>Copy Link</button></div>
{video(site, a)}
<div class="StoryText">{body}</div>
<div class="tags"><a href="/tag/crime/">crime</a> <a href="/news/">local news</a></div></article>
<aside class="Sidebar">{weather(site, a)}<section><h2>Trending</h2><ol>{links(site, a, "tr", 5, True)}</ol></section><section><h2>Top Stories</h2><ul>{links(site, a, "top", 6, True)}</ul></section><section><h2>Most Popular</h2><ol>{links(site, a, "mp", 5)}</ol></section></aside></div></main>"""
    head = (
        ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a.title,
                "datePublished": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        if not old
        else ""
    )
    return shell(site, a, a.title + a.x["suffix"], head, main)


# --- 3. Gray Television (Arc XP) ------------------------------------------------------------
def gdate(w: datetime) -> str:
    return f"{w:%b}. {w.day}, {w.year} at {ampm(w, False)} {w.tzname()}"


def gray_page(site: Site71, a: Art) -> tuple[bytes, str]:
    style, old, up, nm, call = a.x["style"], a.x["old"], a.x["updated"], a.x["nm"], a.x["call"]
    parts = body_parts(a, "({c})" if not a.x["wire"] else "(AP Photo/{p})")
    cr = "The Associated Press" if a.x["wire"] else call
    if old:
        by = {"staff": "Gray News staff", "ap": "The Associated Press"}.get(style) or ", ".join(
            esc(n) for n in a.authors
        )
        if style == "with_staff":
            by = f"{esc(nm[0])} and Gray News staff"
        body = "\n".join(parts)
        main = f"""<table width="100%" cellpadding="0" cellspacing="0" class="layout"><tr><td class="content" valign="top">
<div id="story"><h1 class="story-title">{esc(a.title)}</h1>
<div class="story-byline">By: {by}</div>
<div class="story-date">Posted: {a.when:%a} {ampm(a.when, False)}, {a.when:%b %d, %Y}{f"<br>Updated: {up:%a} {ampm(up, False)}, {up:%b %d, %Y}" if up else ""}</div>
{video(site, a)}<div class="story-body">{body}</div>
<p class="copyright">Copyright {a.when.year} {esc(cr)}. All rights reserved.</p></div></td>
<td class="rail" valign="top" width="300">{weather(site, a)}<div class="mostpopular"><h3>Most Popular</h3><ol>{links(site, a, "mp", 8, True)}</ol></div></td></tr></table>"""
        return shell(site, a, f"{a.title} - {call}", "", main, "iso-8859-1", header=False)
    by = {"staff": "Gray News staff", "ap": "The Associated Press"}.get(style)
    if by is None:
        ws = [
            f'<a href="/authors/{n.lower().replace(" ", "-").replace(chr(39), "")}/">{esc(n)}</a>'
            for n in a.authors
        ]
        by = " and ".join(ws)
        if style == "with_staff":
            by = f"{ws[0]} and Gray News staff"
    dates = (
        f'<div class="article-dates"><span class="published-date">Published: {gdate(a.when)}</span>'
    )
    if up:
        dates += f'<span class="updated-date">Updated: {gdate(up)}</span>'
    dates += "</div>"
    body = "\n".join(f'<div class="article-body-element">{p}</div>' for p in parts)
    main = f"""<main id="main" class="b-article"><div class="lead-art">{video(site, a)}</div>
<h1 class="headline">{esc(a.title)}</h1>
<div class="byline-wrapper"><div class="author-name">By {by}</div>{dates}</div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Copy Link</a></div>
<article class="article-body">{body}
<p class="copyright">Copyright {a.when.year} {esc(cr)}. All rights reserved.</p></article>
<div class="promo"><h3>Download the {esc(call)} app</h3><p>Get breaking news alerts and live video.</p></div>
<aside class="right-rail">{weather(site, a)}<section><h2>Latest News</h2><ul>{links(site, a, "latest", 6, True)}</ul></section><section><h2>Most Read</h2><ol>{links(site, a, "mr", 6)}</ol></section></aside></main>"""
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "publisher": {"@type": "Organization", "name": call},
        }
    )
    return shell(site, a, f"{a.title}", head, main)


# --- 4. Hearst Television -------------------------------------------------------------------
ROLES = [
    "Reporter",
    "Digital Producer",
    "Anchor",
    "Investigative Reporter",
    "Digital Content Producer",
]


def hearst_page(site: Site71, a: Art) -> tuple[bytes, str]:
    style, old = a.x["style"], a.x["old"]
    call = a.x["call"]
    if style == "staff":
        by = f'<div class="byline"><span class="byline-name">{esc(call)} Staff</span></div>'
    elif style == "ap":
        by = '<div class="byline"><span class="byline-name">The Associated Press</span></div>'
    else:
        by = "".join(
            f'<div class="byline"><a class="byline-name" href="/our-team/">{esc(n)}</a><span class="byline-title">{ROLES[(a.i + k) % 5]}</span></div>'
            for k, n in enumerate(a.authors)
        )
    w = a.when
    t = f"{ampm(w, False)} {w.tzname()} {w:%b} {w.day}, {w.year}"
    parts = body_parts(a, "")
    body = (
        "\n".join(f'<div class="article-content--body-text">{p}</div>' for p in parts)
        if not old
        else "\n".join(parts)
    )
    advert = '<div class="ad-container"><span>Advertisement</span></div>'
    body = body.replace("\n", "\n" + advert + "\n", 1)
    main = f"""<main id="main"><div class="article-content"><header class="article-headline"><h1 class="article-headline--title">{esc(a.title)}</h1>
<div class="article-headline--byline">{by}<div class="article-headline--date"><span class="published-date">Updated: <time datetime="{w.isoformat()}">{t}</time></span></div></div>
<div class="share-buttons"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div></header>
{video(site, a)}
<div class="article-content--body-wrapper-side-floater">{body}</div>
{advert}</div>
<aside class="sidebar">{weather(site, a)}<section class="top-stories"><h2>Top Stories</h2><ul>{links(site, a, "top", 6, True)}</ul></section><section><h2>Latest Stories</h2><ul>{links(site, a, "latest", 6)}</ul></section><section><h2>Hearst Television participates in various affiliate marketing programs</h2><p>We may earn a commission from purchases made through our links.</p></section></aside></main>"""
    return shell(
        site,
        a,
        a.title,
        "" if old else f'<meta name="description" content="{esc(trunc(a.paras[0], 150))}">',
        main,
    )


# --- 5. Scripps -----------------------------------------------------------------------------
def scripps_page(site: Site71, a: Art) -> tuple[bytes, str]:
    style, old, up = a.x["style"], a.x["old"], a.x["updated"]
    call = a.x["call"]
    by = {"ap": "Associated Press", "staff": f"{call} Staff"}.get(style) or ", ".join(
        f'<a href="/our-team/">{esc(n)}</a>' for n in a.authors
    )
    parts = body_parts(a, "{p}/{c}")
    body = "\n".join(parts)
    copy = f"Copyright {a.when.year} Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."
    if a.x["wire"]:
        copy = f"Copyright {a.when.year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
    rel = (
        f'<div class="RelatedStories"><h2>Related Stories</h2><ul>{rel_items(site, a)}</ul></div>'
        if a.related
        else ""
    )
    w = a.when
    if old:
        dates = f'<div class="ArticlePage-datePublished">Posted: {ampm(w)}, {w:%b %d, %Y}</div>' + (
            f'<div class="ArticlePage-dateModified">Updated: {ampm(up)}, {up:%b %d, %Y}</div>'
            if up
            else ""
        )
    else:
        dates = f'<div class="ArticlePage-datePublished">Posted {ampm(w)}, {w:%b %d, %Y}</div>' + (
            f'<div class="ArticlePage-dateModified">and last updated {ampm(up)}, {up:%b %d, %Y}</div>'
            if up
            else ""
        )
    main = f"""<main id="main" class="ArticlePage"><div class="ArticlePage-mainContent"><h1 class="ArticlePage-headline">{esc(a.title)}</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorName">By: {by}</div></div>{dates}
{video(site, a)}
<div class="RichTextArticleBody">{body}</div>
<p class="copyright">{copy}</p>
<div class="promo"><p>Sign up for the {esc(call)} Newsletter and receive up to date information.</p></div>
{rel}</div>
<aside class="ArticlePage-aside">{weather(site, a)}<div class="Trending"><h2>Trending Stories</h2><ol>{links(site, a, "tr", 5, True)}</ol></div><div><h2>Top Stories</h2><ul>{links(site, a, "top", 6)}</ul></div><div><h2>Watch {esc(call)} news on YOUR schedule</h2><p>Stream live newscasts on your smart TV.</p></div></aside></main>"""
    return shell(site, a, a.title + a.x["suffix"], "", main)


PAGES = {
    "nexstar": nexstar_page,
    "sinclair": sinclair_page,
    "gray": gray_page,
    "hearst": hearst_page,
    "scripps": scripps_page,
}


def register(site: Site71) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
