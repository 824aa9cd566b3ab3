"""Site 67's article pages: ABC News (Australia), Stuff (NZ), CBC News, The Guardian and The
Irish Times, each with its byline, its printed time, captions with credits, a related block
beside most-read, trending and newsletter promos."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import consent, css, esc, gtm, ld, page_rng, served, trunc

if TYPE_CHECKING:
    from .generator import Site67

SITES = {
    "abc": "ABC News",
    "stuff": "Stuff",
    "cbc": "CBC News",
    "guardian": "The Guardian",
    "irish": "The Irish Times",
}
NAV = {
    "abc": [
        ("/news/justin", "Just In"),
        ("/news/australia", "Australia"),
        ("/news/topic/housing", "Housing"),
        ("/news/search?q=housing", "Search"),
    ],
    "stuff": [("/nz-news", "NZ News"), ("/nz-news?page=2", "More NZ News"), ("/video", "Video")],
    "cbc": [
        ("/news/canada", "Canada"),
        ("/player/news", "Video"),
        ("/news/about", "About CBC News"),
    ],
    "guardian": [
        ("/uk-news", "UK news"),
        ("/politics/all", "Politics"),
        ("/profile/eleanor-hughes", "Eleanor Hughes"),
        ("/email-newsletters", "Newsletters"),
        ("/uk-news/2024/may/08/all", "8 May 2024"),
    ],
    "irish": [
        ("/ireland/", "Ireland"),
        ("/ireland/?page=2", "Ireland page 2"),
        ("/contact-us/", "Contact us"),
    ],
}


def hm(w: datetime, dot: bool = False) -> str:
    """``2:32pm`` (ABC, Stuff)."""
    return f"{w.hour % 12 or 12}{'.' if dot else ':'}{w:%M}{'am' if w.hour < 12 else 'pm'}"


def ampm(w: datetime) -> str:
    return f"{w.hour % 12 or 12}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"


def links(site: Site67, a: Art, key: str, k: int = 6, pool_all: bool = False) -> str:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in (site.arts if pool_all else site.of(a.tpl)) if b is not a]
    return "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 70))}</a></li>'
        for b in rng.sample(pool, min(k, len(pool)))
    )


def rel_items(site: Site67, a: Art) -> str:
    return "".join(f'<li><a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in a.related)


def figure(b: Block, credit: str) -> str:
    cap = esc(b.text) + (f' <span class="credit">{esc(credit)}</span>' if credit else "")
    return f'<figure><img src="{b.src}" alt="{esc(b.text)}" loading="lazy"><figcaption>{cap}</figcaption></figure>'


def body_html(a: Art, credit_fmt: str, h: str = "h2") -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<{h}>{esc(b.text)}</{h}>")
        else:
            out.append(figure(b, credit_fmt.format(p=b.credit, P=b.credit.upper())))
    return "\n".join(out)


def shell(
    site: Site67,
    a: Art,
    head: str,
    main: str,
    charset: str = "utf-8",
    header: bool = True,
    lang: str = "en",
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    name = SITES[a.tpl]
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in [("/", "Home"), *NAV[a.tpl]])
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta {'charset="' + charset + '"' if charset == "utf-8" else f'http-equiv="Content-Type" content="text/html; charset={charset}"'}>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="canonical" href="{site.base}{a.path}">
<meta property="og:site_name" content="{name}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<style>{css(rng, a.tpl, 260)}</style>
<script>{gtm(a.tpl.upper()[:4] + "67")}</script>
<script>{consent(a.tpl)}</script>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="masthead"><a href="/" class="logo">{name}</a><nav><ul>{nav}</ul></nav><form action="/news/search" class="search"><input name="q" placeholder="Search"></form></header>
{main}
<footer><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/email-newsletters">Newsletters</a></li></ul><p>&copy; {a.when.year} {name}. All rights reserved.</p></footer>
<script>window.__analytics={{"page":"{a.path}","section":"{a.tpl}","id":{a.x["id"]}}};</script>
</body>
</html>
"""
    return served(page, charset, header)


# --- 1. ABC News (Australia) -----------------------------------------------------------------
ZN = {
    "Australia/Sydney": ("AEST", "AEDT"),
    "Australia/Perth": ("AWST", "AWST"),
    "Australia/Brisbane": ("AEST", "AEST"),
}


def abc_zone(w: datetime) -> str:
    std, dst = ZN[str(w.tzinfo)]
    return dst if w.dst() else std


def abc_page(site: Site67, a: Art) -> tuple[bytes, str]:
    style, old, up = a.x["style"], a.x["old"], a.x["updated"]
    who = [
        f'<a href="/news/{n.lower().replace(" ", "-").replace(chr(39), "")}/{a.x["id"] % 9999}">{esc(n)}</a>'
        for n in a.authors
    ]
    if style == "none":
        by = "ABC News"
    elif style == "wires":
        by = f"By {who[0]} with wires"
    else:
        by = "By " + (", ".join(who[:-1]) + " and " + who[-1] if len(who) > 1 else who[0])
    body = body_html(a, "(ABC News: {p})")
    rel = (
        f'<aside class="related"><h2>Related stories</h2><ul>{rel_items(site, a)}</ul></aside>'
        if a.related
        else ""
    )
    if old:
        dates = f'<div class="published"><span class="label">Posted</span> <time>{a.when.day} {a.when:%b %Y}, {hm(a.when)}</time></div>'
        if up:
            dates += f'<div class="updated"><span class="label">Updated</span> <time>{up.day} {up:%b %Y}, {hm(up)}</time></div>'
        main = f"""<div class="page section"><div class="article section"><h1>{esc(a.title)}</h1>{dates}
<div class="byline">{by}</div>
<div class="article-text">{body}</div>
<p class="topics"><strong>Topics:</strong> <a href="/news/topic/housing">housing</a>, <a href="/news/topic/government-and-politics">government-and-politics</a></p>
{rel}</div>
<div class="sidebar"><h2>Top Stories</h2><ul>{links(site, a, "top")}</ul><h2>Most Popular</h2><ol>{links(site, a, "pop", 8, True)}</ol></div></div>"""
    else:
        t = f'<time datetime="{a.when.isoformat()}">{a.when:%a} {a.when.day} {a.when:%b %Y} at {hm(a.when)} {abc_zone(a.when)}</time>'
        dates = f'<div class="timestamp">Posted {t}'
        if up:
            dates += f', updated <time datetime="{up.isoformat()}">{up:%a} {up.day} {up:%b %Y} at {hm(up)} {abc_zone(up)}</time>'
        dates += "</div>"
        main = f"""<main id="main"><article><header><p class="kicker"><a href="/news/topic/housing">Housing</a></p><h1>{esc(a.title)}</h1>
<div class="byline"><span>{by}</span></div>{dates}
<div class="share"><button>Share</button><a href="#">Facebook</a><a href="#">X (formerly Twitter)</a></div></header>
<div class="article-body">{body}</div>
<div class="promo newsletter"><h3>Get our morning and breaking news email</h3><p>Get the latest news delivered to your inbox.</p><a href="/email-newsletters">Subscribe</a></div>
<p class="topics">Topics: <a href="/news/topic/housing">Housing</a>, <a href="/news/topic/state-parliament">State Parliament</a></p>
{rel}</article>
<aside class="sidebar"><section><h2>Top Stories</h2><ul>{links(site, a, "top")}</ul></section><section><h2>Just In</h2><ul>{links(site, a, "justin", 6, True)}</ul></section><section><h2>Most read</h2><ol>{links(site, a, "mr", 6, True)}</ol></section></aside></main>"""
    head = f"<title>{esc(a.title)} - ABC News</title>\n" + ld(
        {
            "@type": "NewsArticle",
            "headline": a.title,
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or [{"@type": "Organization", "name": "ABC News"}],
        }
    )
    return shell(site, a, head, main)


# --- 2. Stuff (NZ) ---------------------------------------------------------------------------
ROLES = ["Senior Reporter", "Political Reporter", "Data Journalist", "Local Democracy Reporter"]


def stuff_page(site: Site67, a: Art) -> tuple[bytes, str]:
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    if style == "rnz":
        by = "RNZ"
    elif style == "role":
        by = f"{esc(nm[0])}, {ROLES[a.i % 4]}"
    else:
        by = " and ".join(esc(n) for n in a.authors)
    blocks = body_html(a, "{P}/STUFF").split("\n")
    if a.related:
        more = (
            '<div class="readmore"><p><strong>READ MORE:</strong></p><ul>'
            + "".join(
                f'<li>* <a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in a.related
            )
            + "</ul></div>"
        )
        blocks.insert(min(2, len(blocks)), more)
    body = "\n".join(blocks)
    if old:
        dl = f'<span class="sics-component__byline__author">{by}</span><span class="sics-component__byline__date">{a.when:%H:%M, %b %d %Y}</span>'
    else:
        dl = f'<span class="author">{by}</span> <span class="sep">•</span> <time datetime="{a.when.isoformat()}">{hm(a.when)}, {a.when.day} {a.when:%B %Y}</time>'
    main = f"""<main id="main"><div class="grid"><article class="{"sics-component__story" if old else "story"}">
<h1 class="headline">{esc(a.title)}</h1><div class="byline">{dl}</div>
<div class="story-body">{body}</div>
<div class="promo"><p>Sign up for The Post Morning Briefing, delivered to your inbox.</p><a href="/email-newsletters">Sign up</a></div></article>
<aside><div class="most-popular"><h2>Most popular</h2><ol>{links(site, a, "pop", 8, True)}</ol></div><div class="trending"><h2>Trending</h2><ul>{links(site, a, "tr", 5)}</ul></div></aside></div></main>"""
    head = f'<title>{esc(a.title)} | Stuff</title>\n<meta name="description" content="{esc(trunc(a.paras[0], 150))}">'
    return shell(site, a, head, main, lang="en-NZ")


# --- 3. CBC News -----------------------------------------------------------------------------
def cbc_zone(w: datetime, old: bool) -> str:
    z = w.tzname() or ""
    return z[0] + "T" if old else z


def cbc_page(site: Site67, a: Art) -> tuple[bytes, str]:
    style, old, up = a.x["style"], a.x["old"], a.x["updated"] or a.when
    if style == "cp":
        by = '<span class="authorText">The Canadian Press</span>'
    else:
        names = ", ".join('<a href="/news/canada">' + esc(n) + "</a>" for n in a.authors)
        by = (
            f'<span class="authorText">{names}</span> · <span class="bylineDetails">CBC News</span>'
        )
    z = cbc_zone(a.when, old)
    stamp = f'<time class="timeStamp" datetime="{a.when.isoformat()}">Posted: {a.when:%b %d, %Y} {ampm(a.when)} {z}</time> | <time class="updatedTime">Last Updated: {up:%B} {up.day}, {up.year}</time>'
    body = body_html(a, "({p}/CBC)")
    rel = (
        f'<div class="relatedLinks"><h2>Related Stories</h2><ul>{rel_items(site, a)}</ul></div>'
        if a.related
        else ""
    )
    main = f"""<main id="main"><div class="story"><h1 class="detailHeadline">{esc(a.title)}</h1><h2 class="deck">{esc(trunc(a.paras[0], 120))}</h2>
<div class="bylineDetails">{by}<div class="timeStamps">{stamp}</div></div>
<div class="story-body"><div class="social-share"><button>Social Sharing</button></div>{body}</div>
{rel}
<div class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the news from your region.</p><a href="/email-newsletters">Subscribe</a></div></div>
<aside class="sidebar"><h2>Popular Now in News</h2><ol>{links(site, a, "pop", 5, True)}</ol><h2>Top Stories</h2><ul>{links(site, a, "top")}</ul></aside></main>"""
    head = f"<title>{esc(a.title)} | CBC News</title>"
    return shell(site, a, head, main, lang="en-CA")


# --- 4. The Guardian -------------------------------------------------------------------------
G_ROLES = ["Political correspondent", "Social affairs correspondent", "Environment editor"]
CITIES = ["Brussels", "Edinburgh", "Belfast"]


def gdate(w: datetime) -> str:
    return f"{w:%a} {w.day} {w:%b %Y %H.%M} {w.tzname()}"


def guardian_page(site: Site67, a: Art) -> tuple[bytes, str]:
    nm, style, old, up = a.x["nm"], a.x["style"], a.x["old"], a.x["updated"]

    def link(n: str) -> str:
        return f'<a rel="author" href="/profile/{n.lower().replace(" ", "-")}">{esc(n)}</a>'

    if style == "agency":
        by = "Guardian staff and agencies"
    elif style == "in":
        by = f"{link(nm[0])} in {CITIES[a.i % 3]}"
    elif style == "role":
        by = f'{link(nm[0])} <span class="role">{G_ROLES[a.i % 3]}</span>'
    else:
        ws = [link(n) for n in a.authors]
        by = ", ".join(ws[:-1]) + " and " + ws[-1] if len(ws) > 1 else ws[0]
    age = "5 years" if old else "1 year"
    dates = (
        f'<details class="dateline"><summary>{gdate(a.when)}</summary>'
        + (f"<span>Last modified on {gdate(up)}</span>" if up else "")
        + "</details>"
    )
    body = body_html(a, "Photograph: {p}/The Guardian")
    rel = (
        f'<section class="onward"><h2>More on this story</h2><ul>{rel_items(site, a)}</ul></section>'
        if a.related
        else ""
    )
    main = f"""<main id="main"><article><div class="age-warning"><span>This article is more than {age} old</span></div>
<h1>{esc(a.title)}</h1><div class="standfirst"><p>{esc(trunc(a.paras[-1], 140))}</p></div>
<address class="byline" aria-label="Contributor info">{by}</address>{dates}
<div class="article-body-commercial-selector">{body}</div>
<div class="contributions-epic"><p>… we have a small favour to ask. Millions are turning to the Guardian for open, independent, quality news every day.</p><a href="#">Support us</a></div>
<p class="topics"><a href="/politics/all">Politics</a> · <a href="/uk-news">UK news</a></p></article>
{rel}
<aside class="most-viewed"><h2>Most viewed</h2><ol>{links(site, a, "mv", 10, True)}</ol></aside>
<section class="newsletter"><h2>Sign up to First Edition</h2><p>Our morning email breaks down the key stories of the day.</p><a href="/email-newsletters">Sign up</a></section></main>"""
    head = f'<title>{esc(a.title)} | {"UK news" if a.i % 4 == 0 else "Politics"} | The Guardian</title>\n<meta name="author" content="{esc(", ".join(a.authors))}">'
    return shell(site, a, head, main, lang="en-GB")


# --- 5. The Irish Times ----------------------------------------------------------------------
I_ROLES = ["Political Correspondent", "Social Affairs Correspondent", "Economics Editor"]


def irish_page(site: Site67, a: Art) -> tuple[bytes, str]:
    nm, style, old, up = a.x["nm"], a.x["style"], a.x["old"], a.x["updated"]
    if style == "none":
        by = ""
    elif style == "role":
        by = f'<a href="/ireland/">{esc(nm[0])}</a><span class="role">, {I_ROLES[a.i % 3]}</span>'
    else:
        by = " and ".join(f'<a href="/ireland/">{esc(n)}</a>' for n in a.authors)
    body = body_html(a, "Photograph: {p}/The Irish Times")
    pay = (
        '<div class="paywall"><h3>Subscribe for just €1 for the first month</h3><p>Unlimited access to quality journalism. Already a subscriber? <a href="#">Sign in</a></p></div>'
        if a.x["pay"]
        else ""
    )
    rel = (
        f'<div class="related"><h4>Related</h4><ul>{rel_items(site, a)}</ul></div>'
        if a.related
        else ""
    )
    if old:
        when = (
            f'<div class="time-metadata"><time>{a.when:%a}, {a.when:%b} {a.when.day}, {a.when:%Y, %H:%M}</time>'
            + (
                f' <span class="last-updated">Updated: {up:%a}, {up:%b} {up.day}, {up:%Y, %H:%M}</span>'
                if up
                else ""
            )
            + "</div>"
        )
        main = f"""<table width="100%" class="layout"><tr><td class="main"><div class="article_bodycopy"><h1>{esc(a.title)}</h1>
<div class="byline">{by}</div>{when}
{body}{pay}</div>{rel}</td>
<td class="right"><div class="mostread"><h3>Most Read</h3><ol>{links(site, a, "mr", 8, True)}</ol></div></td></tr></table>"""
        return shell(
            site,
            a,
            f"<title>{esc(a.title)} – The Irish Times</title>",
            main,
            "windows-1252",
            header=False,
            lang="en-IE",
        )
    when = f'<div class="b-top"><span class="label">Updated</span> / <time datetime="{a.when.isoformat()}">{a.when:%a %b} {a.when.day} {a.when:%Y - %H:%M}</time></div>'
    main = f"""<main id="main"><article class="b-article"><h1 class="c-heading">{esc(a.title)}</h1><h2 class="sub">{esc(trunc(a.paras[0], 110))}</h2>
<div class="c-byline">{by}</div>{when}
<div class="c-article-body">{body}</div>{pay}
{rel}
<div class="newsletter"><h3>Sign up for push alerts</h3><p>and have the best news, analysis and comment delivered directly to your phone.</p></div></article>
<aside><div class="most-read"><h3>Most Read</h3><ol>{links(site, a, "mr", 8, True)}</ol></div><div class="latest"><h3>Latest Stories</h3><ul>{links(site, a, "lt")}</ul></div></aside></main>"""
    return shell(site, a, f"<title>{esc(a.title)} – The Irish Times</title>", main, lang="en-IE")


PAGES = {
    "abc": abc_page,
    "stuff": stuff_page,
    "cbc": cbc_page,
    "guardian": guardian_page,
    "irish": irish_page,
}


def register(site: Site67) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
