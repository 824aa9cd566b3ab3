"""Site 35's article templates: The Atlantic (the 2024 Next.js layout and the 2016
``article-body`` layout), Vox (Chorus), Forbes (the 2024 contributor layout and the 2016
layout), Business Insider (the 2024 layout and the 2019 layout) and a Medium publication."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING, Any

from heldout import Art, Block

from .common import consent, css, encode, esc, gtm, hashes, ld, page_rng, script_json

if TYPE_CHECKING:
    from .generator import Site35

LABELS = {
    "atlantic": "The Atlantic",
    "vox": "Vox",
    "forbes": "Forbes",
    "bi": "Business Insider",
    "medium": "Medium",
}
ATL_SECTIONS = [("politics", "Politics"), ("technology", "Technology"), ("ideas", "Ideas")]
VOX_SECTIONS = [("policy", "Policy"), ("technology", "Technology"), ("culture", "Culture")]
FB_SECTIONS = [("innovation", "Innovation"), ("leadership", "Leadership"), ("money", "Money")]
BI_SECTIONS = [("tech", "Tech"), ("economy", "Economy"), ("strategy", "Strategy")]
MD_PUBS = [
    ("better-humans", "Better Humans"),
    ("the-writing-cooperative", "The Writing Cooperative"),
    ("level-up-coding", "Level Up Coding"),
]


def slugname(name: str) -> str:
    return name.lower().replace(" ", "-")


def author_path(tpl: str, name: str) -> str:
    return {
        "atlantic": f"/author/{slugname(name)}/",
        "vox": f"/authors/{slugname(name)}",
        "forbes": f"/sites/{name.lower().replace(' ', '')}/",
        "bi": f"/author/{slugname(name)}",
        "medium": "/@" + name.split()[0].lower() + name.split()[1][:3].lower(),
    }[tpl]


def writers(site: Site35, tpl: str) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in site.of(tpl):
        names = list(a.authors)
        if tpl == "medium" and not names:
            continue
        for n in names:
            out.setdefault(n, []).append(a)
    return out


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(rng: random.Random, site: Site35, a: Art, k: int, tpl: str | None = None) -> list[Art]:
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def rel(site: Site35, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def body(
    a: Art,
    para: Callable[[str, int], str],
    sub: Callable[[str], str],
    fig: Callable[[Block, int], str],
    after: Callable[[int], str] | None = None,
    skip_lead: bool = False,
) -> str:
    out = []
    k = 0
    for n, b in enumerate(a.blocks):
        if b.kind == "p":
            out.append(para(b.text, k))
            k += 1
            if after is not None:
                out.append(after(k))
        elif b.kind == "h":
            out.append(sub(b.text))
        elif not (skip_lead and n == 0):
            out.append(fig(b, n))
    return "\n".join(out)


def iso(a: Art) -> str:
    return a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def news_ld(
    site: Site35, a: Art, publisher: str, authors: list[dict[str, str]], **extra: Any
) -> str:
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "mainEntityOfPage": f"{site.base}{a.path}",
        "datePublished": a.when.isoformat(),
        "dateModified": (a.x.get("updated") or a.when).isoformat(),
        "author": authors,
        "publisher": {
            "@type": "Organization",
            "name": publisher,
            "logo": {"@type": "ImageObject", "url": f"{site.base}/static/logo.png"},
        },
        "image": [f"https://cdn.example/{b.src}.jpg" for b in a.blocks if b.kind == "img"][:1],
        **extra,
    }
    return ld(obj)


def people(names: list[str]) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": n} for n in names]


def joined(items: list[str]) -> str:
    """``A``, ``A and B``, ``A, B, and C``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def slots(a: Art, rels: list[Art]) -> dict[int, list[Art]]:
    """Where inline related links stand: after paragraphs 2, 5, 8… (or the last one)."""
    n = len(a.paras)
    out: dict[int, list[Art]] = {}
    for j, b in enumerate(rels):
        out.setdefault(min(2 + 3 * j, n), []).append(b)
    return out


def img(b: Block, w: int = 928) -> str:
    return f"https://cdn.example/media/img/{b.src[:2]}/{b.src}/{w}.jpg"


# --- The Atlantic ------------------------------------------------------------------------
ATL_NAV = [
    "Popular",
    "Latest",
    "Newsletters",
    "Politics",
    "Ideas",
    "Fiction",
    "Technology",
    "Science",
    "Photo",
    "Economy",
    "Culture",
    "Planet",
    "Global",
    "Books",
    "AI Watchdog",
    "Health",
    "Education",
    "Projects",
    "Features",
    "Family",
    "Events",
    "Washington Week",
    "Progress",
    "Newsletters",
    "Explore The Atlantic Archive",
    "Play The Atlantic Games",
    "Listen to Podcasts and Articles",
]


def atl_chrome(
    site: Site35, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    secs = "".join(
        f'<li class="NavSectionsList_item__a2Wnu"><a href="/{s}/" data-action="click link - section">{n}</a></li>'
        for s, n in ATL_SECTIONS
    )
    more = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in hashes(rng, ATL_NAV, "/"))
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"/><meta property="og:site_name" content="The Atlantic"/><meta name="twitter:site" content="@TheAtlantic"/>{head_extra}
<style data-emotion="css">{css(rng, "css", 430, "hashed")}</style>
<script>{gtm("ATL35")}{consent("atl")}</script>
<script>window.dataLayer=window.dataLayer||[];window.__ATL_ANALYTICS__={{"pageType":"{("article" if "/archive/" in canonical else "front")}","paywall":"metered","site":"theatlantic"}};</script>
</head><body><div id="__next"><a href="#main-content" class="SkipLink_root__5YQ1o">Skip to content</a>
<header class="SiteHeader_root__zc_Dw"><div class="SiteHeader_inner__KJpCm"><button class="NavMenuButton_root__bQWh8" aria-label="Open navigation">Sections</button>
<a class="SiteHeader_logo__Q1FGo" href="/" aria-label="The Atlantic"><svg viewBox="0 0 240 32" width="240" height="32"><path d="M12 4h4l8 24h-4l-2-6h-8l-2 6H4z"></path></svg></a>
<div class="SiteHeader_actions__vKBD_"><a href="/search?q=politics">Search</a><a class="SiteHeader_subscribe__xN6cG" href="/about#subscribe">Subscribe</a><a href="/about#login">Sign in</a></div></div>
<nav class="NavSections_root__Rk8pw" aria-label="Sections"><ul>{secs}</ul><ul class="NavSections_more__VfMkM">{more}</ul></nav></header>
<main id="main-content">{main}</main>
<footer class="Footer_root__HpLSV"><div class="Footer_newsletter__mk2cQ"><h2>The Atlantic Daily</h2><p>Get our guide to the day's biggest news and ideas, delivered to your inbox.</p><form><input type="email" placeholder="Your email address"/><button>Sign up</button></form></div>
<ul class="Footer_links__1b3EJ"><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/about#careers">Careers</a></li><li><a href="/about#privacy">Privacy Policy</a></li><li><a href="/about#terms">Terms and Conditions</a></li><li><a href="/about#advertise">Advertise</a></li><li><a href="/about#ca-privacy">Your Privacy Choices</a></li></ul>
<p class="Footer_copyright__Hj2xQ">TheAtlantic.com Copyright (c) 2024 by The Atlantic Monthly Group. All Rights Reserved.</p></footer></div></body></html>"""
    return encode(page)


def _atl_popular(site: Site35, rng: random.Random, a: Art) -> str:
    most = others(rng, site, a, 5)
    items = "".join(
        f'<li class="MostPopular_item__Pb8zE"><span class="MostPopular_rank__Xq4Ab">{k}</span><a href="{b.path}" data-action="click most popular - {k}"><h3>{esc(b.title)}</h3><address>{esc(", ".join(b.authors) or "The Editors")}</address></a></li>'
        for k, b in enumerate(most, 1)
    )
    return f'<section class="MostPopular_root__EmHmB" data-event-module="most popular"><h2 class="MostPopular_title__vNNRy">Most Popular</h2><ol>{items}</ol></section>'


def atlantic(site: Site35, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return atlantic_2016(site, a, rng)
    x = a.x
    links = [
        f'<a class="ArticleBylines_link__kNP4C" href="{author_path("atlantic", n)}" data-action="click author - byline">{esc(n)}</a>'
        for n in a.authors
    ]
    by = f"By {joined(links)}" if links else "By The Editors"
    photos = (
        f'<div class="ArticleBylines_photographer__Xy2b1">Photographs by {esc(x["photog"])}</div>'
        if x["style"] == "photos"
        else ""
    )
    upd = ""
    if x["updated"]:
        u = x["updated"]
        from .generator import ampm

        upd = f'<div class="ArticleTimestamp_updated__Ld5gK">Updated at {ampm(u, "note")} ET on {u:%B} {u.day}, {u.year}</div>'
    lead = a.blocks[0]
    hero = f'<figure class="ArticleLeadFigure_root__P_6Ca"><picture><img class="Image_root__XxsOp ArticleLeadArt_image__ZsHFv" alt="" src="{img(lead, 1440)}" width="1440" height="810"/></picture><figcaption class="ArticleLeadFigure_caption__qQ1Dr">{esc(lead.credit)}</figcaption></figure>'
    rels = rel(site, a)
    paras = [b for b in a.blocks if b.kind == "p"]
    at = slots(a, rels)
    pq_at = 4 if len(paras) >= 6 else -1
    pq = esc(paras[2].text.split(". ")[0].rstrip(".") + ".") if len(paras) >= 6 else ""

    def para(t: str, k: int) -> str:
        return (
            f'<p class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true">{esc(t)}</p>'
        )

    def after(k: int) -> str:
        out = ""
        if k == pq_at:
            out += f'<figure class="ArticlePullquote_root__m4ZQ9" data-flatplan-pullquote="true"><blockquote><p>{pq}</p></blockquote></figure>'
        for b in at.get(k, []):
            out += f'<p class="ArticleRelatedContentLink_root__VYc9V" data-flatplan-related="true">Read: <a class="ArticleRelatedContentLink_link__c1GzL" href="{b.path}" data-action="click link - related content">{esc(b.title)}</a></p>'
        if k == 3:
            out += '<div class="ArticleInjector_root__Nt8v3"><div class="ArticleInlineNewsletter_root__T3l9C" data-newsletter="atlantic-daily"><p class="ArticleInlineNewsletter_label__hwYgZ">Sign up for The Atlantic Daily</p><p>Get our guide to the day’s biggest news and ideas, delivered to your inbox.</p><form><input type="email" aria-label="Email address"/><button type="submit">Sign Up</button></form><p class="ArticleInlineNewsletter_legal__mPRzn">Your newsletter subscriptions are subject to The Atlantic’s Privacy Policy and Terms and Conditions.</p></div></div>'
        if k == 6:
            out += '<div class="ArticleInjector_ad__r2x3D"><div class="GptAd_root__hFFvG" data-slot="in-article-1"><span class="GptAd_label__BkVbG">Advertisement</span></div></div>'
        return out

    def sub(t: str) -> str:
        return f'<h2 class="ArticleSubheading_root__fQrWb">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        return f'<figure class="ArticleInlineImageFigure_root__Ic9Np"><picture><img alt="{esc(b.text)}" src="{img(b)}" loading="lazy" width="928" height="522"/></picture><figcaption class="ArticleInlineImageFigure_caption__x5hkG">{esc(b.text)} <span class="ArticleInlineImageFigure_credit__v7Rz1">({esc(b.credit)})</span></figcaption></figure>'

    story = body(a, para, sub, fig, after, skip_lead=True)
    bios = "".join(
        f'<div class="ArticleBio_content__nAb2T"><address><a href="{author_path("atlantic", n)}">{esc(n)}</a> is {esc(x["bios"][k])}.</address></div>'
        for k, n in enumerate(a.authors)
    )
    bio = (
        f'<section class="ArticleBio_root__Lw36x"><h2 class="ArticleBio_title__h0iKF">About the Author{"s" if len(a.authors) > 1 else ""}</h2>{bios}</section>'
        if bios
        else ""
    )
    explore = "".join(f'<li><a href="/{s}/">{n}</a></li>' for s, n in ATL_SECTIONS)
    main = f"""<article class="ArticleLayout_article__PaJ8D" data-article-id="{x["aid"]}">
<header class="ArticleHero_root__QHq7c"><div class="ArticleHero_rubric__yN3Yp"><a class="ArticleRubric_root__0hFiK" href="/{x["sec"][0]}/" data-action="click link - rubric">{x["sec"][1]}</a></div>
<h1 class="ArticleTitle_root__VrZaG">{esc(a.title)}</h1>
<p class="ArticleDek_root__P3leE">{esc(x["dek"])}</p>
{hero}
<div class="ArticleBylines_root__Xu5zK"><address id="byline" class="ArticleBylines_byline__6n5Qn">{by}</address>{photos}</div>
<div class="ArticleTimestamp_root__b3bL6"><time class="ArticleTimestamp_time__oXdgP" datetime="{iso(a)}">{x["printed"]}</time>{upd}</div>
<div class="ArticleShare_root__bCmuw"><button aria-label="Share">Share</button><button aria-label="Save">Save</button><span class="ArticleShare_count__Kz3b2">Listen to this article</span></div></header>
<section class="ArticleBody_root__2gF81" data-event-module="article body">{story}</section>
{bio}
<div class="ArticleTopics_root__n1Zdl"><h2>Explore More Topics</h2><ul>{explore}</ul></div>
</article>
<aside class="ArticleRightRail_root__c4bxo">{_atl_popular(site, rng, a)}</aside>"""
    head = f'<meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta name="description" content="{esc(x["dek"])}"/><meta name="author" content="{esc(", ".join(a.authors) or "The Editors")}"/><meta property="article:published_time" content="{iso(a)}"/>{news_ld(site, a, "The Atlantic", people(a.authors or ["The Editors"]), description=x["dek"], articleSection=x["sec"][1])}'
    return atl_chrome(site, rng, f"{a.title} - The Atlantic", a.path, main, head)


def atlantic_2016(site: Site35, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    links = [
        f'<span class="byline"><a href="{author_path("atlantic", n)}" rel="author">{esc(n)}</a></span>'
        for n in a.authors
    ]
    recs = "".join(
        f'<li class="recommended-item"><a href="{b.path}"><h4 class="hed">{esc(b.title)}</h4><span class="byline">{esc(", ".join(b.authors))}</span></a></li>'
        for b in rel(site, a)
    )
    recommended = (
        f'<section class="recommended-reading"><h3 class="recommended-title">Recommended Reading</h3><ul class="recommended">{recs}</ul></section>'
        if recs
        else ""
    )

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f'<h2 class="section-heading">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        return f'<figure class="img"><img src="{img(b, 620)}" alt="{esc(b.text)}"/><figcaption class="caption">{esc(b.text)} <span class="credit">{esc(b.credit)}</span></figcaption></figure>'

    lead = a.blocks[0]
    story = body(a, para, sub, fig, skip_lead=True)
    pop = "".join(
        f'<li><a href="{b.path}" data-omni-click="r\'popular\'">{esc(b.title)}</a></li>'
        for b in others(rng, site, a, 5)
    )
    main = f"""<div id="site" class="article-page"><article id="article" class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article-cover"><p class="article-cover-section"><a href="/{x["sec"][0]}/">{x["sec"][1]}</a></p><h1 class="hed" itemprop="headline">{esc(a.title)}</h1><p class="dek" itemprop="description">{esc(x["dek"])}</p>
<figure class="lead-img"><img src="{img(lead, 960)}" alt="{esc(lead.text)}"/><figcaption class="caption">{esc(lead.text)} <span class="credit">{esc(lead.credit)}</span></figcaption></figure>
<div class="metadata"><div class="byline">By {joined(links)}</div><time class="date" itemprop="datePublished" datetime="{a.when:%Y-%m-%d}">{x["printed"]}</time></div>
<ul class="social-kit-top"><li class="facebook"><a href="#share-facebook">Share</a></li><li class="twitter"><a href="#share-twitter">Tweet</a></li><li class="comments"><a href="#article-comments">Comments</a></li></ul></div>
{recommended}
<div class="article-body" itemprop="articleBody"><section id="article-section-1">{story}</section></div>
<div class="article-author-bio">{"".join(f'<p><a href="{author_path("atlantic", n)}">{esc(n)}</a> is a staff writer at The Atlantic.</p>' for n in a.authors)}</div>
<div id="article-comments" class="comments"><h3>Comments</h3><p>We want to hear what you think about this article. Submit a letter to the editor or write to letters@theatlantic.com.</p></div></article>
<aside class="most-popular"><h3>Most Popular</h3><ol>{pop}</ol></aside></div>"""
    head = f'<meta property="og:title" content="{esc(a.title)}"/><meta name="author" content="{esc(", ".join(a.authors))}"/><meta name="date" content="{a.when:%Y-%m-%d}"/>'
    return atl_chrome(site, rng, f"{a.title} - The Atlantic", a.path, main, head)


# --- Vox (Chorus) ------------------------------------------------------------------------
VOX_NAV = [
    "Explainers",
    "Politics",
    "Culture",
    "Advice",
    "Listen",
    "Video",
    "Money",
    "Science",
    "Health",
    "Future Perfect",
    "Climate",
    "World Politics",
    "Podcasts",
    "Newsletters",
    "Archives",
]


def vox_chrome(
    site: Site35, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    secs = "".join(
        f'<li class="c-global-header__link"><a href="/{s}">{n}</a></li>' for s, n in VOX_SECTIONS
    )
    more = "".join(
        f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in hashes(rng, VOX_NAV, "/policy")
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Vox">{head_extra}
<style>{css(rng, "c", 430, "bem")}</style>
<script>{gtm("VOX35")}{consent("chorus")}</script>
<script>var Chorus = Chorus || {{}}; Chorus.AddScript = function(src){{var s=document.createElement('script');s.src=src;document.head.appendChild(s)}}; window.Chorus.Ads = {{"network":"vox","unit":"{canonical.split("/")[1]}"}};</script>
</head><body class="vox-theme"><div class="l-root l-reskin">
<header class="c-global-header"><a class="c-global-header__logo" href="/"><span class="u-hidden-text">Vox homepage</span><svg viewBox="0 0 80 30"><path d="M0 0h8l8 20L24 0h8L20 30h-8z"></path></svg></a>
<nav class="c-global-header__links"><ul>{secs}</ul><ul class="c-global-header__more">{more}</ul></nav><a class="c-global-header__contribute" href="/about#contribute">Support Vox</a></header>
<div class="l-main-content">{main}</div>
<footer class="c-footer"><div class="c-footer__logo"><a href="/">Vox</a></div><ul class="c-footer__links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/about#ethics">Ethics & Guidelines</a></li><li><a href="/about#terms">Terms of Use</a></li><li><a href="/about#privacy">Privacy Notice</a></li><li><a href="/about#cookies">Cookie Policy</a></li><li><a href="/about#accessibility">Accessibility</a></li></ul>
<p class="c-footer__copyright">© 2024 Vox Media, LLC. All Rights Reserved</p><div class="c-footer__voxmedia"><a href="/about#voxmedia">Vox Media</a></div></footer></div></body></html>"""
    return encode(page)


def vox(site: Site35, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nm = x["nm"]

    def au(n: str) -> str:
        return f'<span class="c-byline__author-name"><a href="{author_path("vox", n)}">{esc(n)}</a></span>'

    style = x["style"]
    if style == "staff":
        by = '<span class="c-byline__item">By <span class="c-byline__author-name">Vox Staff</span></span>'
    elif style == "reporting":
        by = f'<span class="c-byline__item">By {au(nm[0])}, with reporting by {au(nm[1])}</span>'
    else:
        by = f'<span class="c-byline__item">By {joined([au(n) for n in a.authors])}</span>'
    shown = x["updated"] or a.when
    stamp = f'<span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp" datetime="{shown.astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}">{"Updated " if x["updated"] else ""}{x["printed"]}</time></span>'
    hero = a.blocks[0]
    rels = rel(site, a)

    def para(t: str, k: int) -> str:
        return f'<p id="{rng.getrandbits(24):06X}">{esc(t)}</p>'

    def after(k: int) -> str:
        out = ""
        if k == min(2, len(a.paras)) and rels:
            items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rels)
            out += f'<aside id="{rng.getrandbits(24):06X}" class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul>{items}</ul></aside>'
        if k == 3 and x["tweet"]:
            t, who = x["tweet"]
            handle = who.split()[0].lower() + "_" + who.split()[1][:4].lower()
            out += f'<div id="{rng.getrandbits(24):06X}"><div class="c-embed"><blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">{esc(t)}</p>— {esc(who)} (@{handle}) <a href="https://twitter.example/{handle}/status/{rng.getrandbits(60)}">{shown:%B} {shown.day}, {shown.year}</a></blockquote><script async src="https://platform.twitter.example/widgets.js" charset="utf-8"></script></div></div>'
        if k == 5:
            out += '<div class="c-newsletter_signup_box--breaker"><div class="c-newsletter_signup_box__body"><h3>Sign up for the newsletter <strong>Today, Explained</strong></h3><p>Understand the world with a daily explainer plus the most compelling stories of the day.</p><form><input type="email" placeholder="Email (required)"><button>Sign Up</button></form><p class="c-newsletter_signup_box__fineprint">By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA.</p></div></div>'
        return out

    def sub(t: str) -> str:
        return f'<h2 id="{rng.getrandbits(24):06X}">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        return f'<figure class="e-image"><span class="e-image__inner"><span class="e-image__image"><img alt="{esc(b.text)}" src="{img(b, 1200)}"></span></span><figcaption><span class="e-image__meta">{esc(b.text)} <cite>{esc(b.credit)}</cite></span></figcaption></figure>'

    story = body(a, para, sub, fig, after, skip_lead=True)
    note = ""
    if x["updated"]:
        u = x["updated"]
        from .generator import ampm

        note = f'<p id="{rng.getrandbits(24):06X}" class="c-entry-content__update"><em>Update, {u:%B} {u.day}, {ampm(u, "chorus").replace("am", " am").replace("pm", " pm")} ET: This story was originally published on {x["orig"]} and has been updated with new details.</em></p>'
    credits = ""
    if style == "edited":
        credits = f'<div class="c-entry-content__credits"><p><strong>Edited by</strong> {esc(x["nm"][3])}</p><p><strong>Photography by</strong> {esc(x["photog"])}</p></div>'
    nxt = "".join(
        f'<li class="c-compact-river__entry"><h2 class="c-entry-box--compact__title"><a href="{b.path}">{esc(b.title)}</a></h2></li>'
        for b in [b for b in latest(site.of("vox")) if b is not a and b.x["sec"] == x["sec"]][:5]
    )
    pop = "".join(
        f'<li class="c-rankings__item"><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(rng, site, a, 5)
    )
    sec = x["sec"]
    main = f"""<div class="c-entry-hero c-entry-hero--default"><div class="c-entry-hero__header-wrap"><ul class="c-entry-hero__breadcrumbs"><li><a href="/{sec[0]}">{sec[1]}</a></li></ul>
<h1 class="c-page-title">{esc(a.title)}</h1><p class="c-entry-summary p-dek">{esc(x["dek"])}</p>
<div class="c-byline">{by}{stamp}</div></div>
<div class="c-social-buttons c-social-buttons--popover"><h2 class="c-social-buttons__title">Share this story</h2><ul><li><a class="c-social-buttons__item c-social-buttons__facebook" href="#share-facebook"><span class="u-hidden-text">Share this on Facebook</span></a></li><li><a class="c-social-buttons__item c-social-buttons__twitter" href="#share-twitter"><span class="u-hidden-text">Share this on Twitter</span></a></li><li><a class="c-social-buttons__item c-social-buttons__more" href="#share-more"><span class="u-hidden-text">Share All sharing options for: {esc(a.title)}</span></a></li></ul></div>
<figure class="e-image e-image--hero"><span class="e-image__inner"><img alt="{esc(hero.text)}" src="{img(hero, 1400)}"></span><figcaption><span class="e-image__meta">{esc(hero.text)} <cite>{esc(hero.credit)}</cite></span></figcaption></figure></div>
<div class="l-segment l-main-content"><div class="l-col__main"><div class="c-entry-content ">{note}{story}</div>{credits}
<div class="c-entry-group-labels"><span class="c-entry-group-labels__label">Filed under:</span><ul><li><a href="/{sec[0]}">{sec[1]}</a></li></ul></div>
<div class="c-article-contribute"><h3>Will you support Vox’s explanatory journalism?</h3><p>Most news outlets make their money through advertising or subscriptions. But when it comes to what we’re trying to do at Vox, there are a couple reasons that we can't rely only on ads and subscriptions to keep the lights on.</p><a href="/about#contribute">Yes, I'll give $5/month</a></div>
<section class="c-compact-river"><h2>Next Up In <a href="/{sec[0]}">{sec[1]}</a></h2><ul>{nxt}</ul></section></div>
<div class="l-col__sidebar"><div class="c-rankings"><h2 class="c-rankings__title">Most Popular</h2><ol>{pop}</ol></div></div></div>"""
    lauth = people(a.authors or ["Vox Staff"])
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:description" content="{esc(x["dek"])}"><meta name="author" content="{esc(", ".join(a.authors) or "Vox Staff")}"><meta property="article:published_time" content="{a.when.isoformat()}">{news_ld(site, a, "Vox", lauth, articleSection=sec[1])}'
    return vox_chrome(site, rng, f"{a.title} | Vox", a.path, main, head)


# --- Forbes ------------------------------------------------------------------------------
FB_NAV = [
    "Billionaires",
    "Innovation",
    "Leadership",
    "Money",
    "Business",
    "Small Business",
    "Lifestyle",
    "Real Estate",
    "Forbes Advisor",
    "Forbes Vetted",
    "Lists",
    "Featured",
    "Breaking",
    "Video",
    "Newsletters",
    "Events",
    "Store",
]


def fb_chrome(
    site: Site35, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    secs = "".join(
        f'<li class="header__channel"><a href="/{s}/">{n}</a></li>' for s, n in FB_SECTIONS
    )
    more = "".join(
        f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in hashes(rng, FB_NAV, "/innovation/")
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Forbes">{head_extra}
<style>{css(rng, "fs", 440, "util")}</style>
<script>{gtm("FB35")}{consent("forbes")}</script>
<script>window.forbes={{"simple-site":{{"tracking":{{"pageType":"{"article" if "/sites/" in canonical and canonical.count("/") > 4 else "stream"}"}}}}}};</script>
</head><body><div class="main-wrapper">
<header class="header"><div class="header__top"><a class="header__logo" href="/" aria-label="Forbes"><svg viewBox="0 0 200 54"><path d="M0 0h40v10H12v14h24v10H12v20H0z"></path></svg></a><a class="header__subscribe" href="/about#subscribe">Subscribe To Newsletters</a><a href="/about#signin">Sign In</a><a href="/search?q=ai">Search</a></div>
<nav class="header__channels"><ul>{secs}</ul><ul class="header__more">{more}</ul></nav></header>
<main class="main-content">{main}</main>
<footer class="footer"><ul><li><a href="/about">About Forbes</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/about#jobs">Careers At Forbes</a></li><li><a href="/about#privacy">Privacy Statement</a></li><li><a href="/about#terms">Terms and Conditions</a></li><li><a href="/about#ads">AdChoices</a></li></ul>
<p class="footer__copyright">© 2024 Forbes Media LLC. All Rights Reserved.</p></footer></div></body></html>"""
    return encode(page)


def forbes(site: Site35, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return forbes_2016(site, a, rng)
    x = a.x
    role = {"senior": "Senior Contributor", "contrib": "Contributor"}.get(
        x["style"], "Forbes Staff"
    )
    contrib = x["style"] in ("senior", "contrib")

    def card(n: str) -> str:
        return f'<div class="contrib-byline-author"><div class="contributor-avatar"><img src="https://cdn.example/avatars/{n.lower().replace(" ", "")}.jpg" alt="{esc(n)}"></div><div class="contrib-byline-name"><a class="contrib-link--name remove-underline" href="{author_path("forbes", n)}">{esc(n)}</a>, <span class="contrib-byline-type">{role}</span></div><button class="follow-button" aria-label="Follow {esc(n)}">Follow</button></div>'

    byline = "".join(card(n) for n in a.authors)
    blurb = (
        f'<div class="contrib-byline-bio-container"><div class="contrib-byline-bio">I write about {esc(x["beat"])}.</div></div>'
        if contrib
        else ""
    )
    opinions = (
        '<div class="contrib-bio disclaimer">Opinions expressed by Forbes Contributors are their own.</div>'
        if contrib
        else ""
    )
    times = f"<time>{x['printed']}</time>"
    if x["updated"]:
        from .generator import ampm

        u = x["updated"]
        times = f'<div class="content-data metrics-text"><time>Updated {u:%b} {u.day}, {u.year}, {ampm(u, "forbes")} EDT</time></div><div class="content-data metrics-text">Published <time>{x["printed"]}</time></div>'
    else:
        times = f'<div class="content-data metrics-text">{times}</div>'
    rels = rel(site, a)
    pool = others(rng, site, a, 6)
    at = slots(a, rels)

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def after(k: int) -> str:
        out = ""
        if True:
            for b in at.get(k, []):
                out += f'<div class="link-embed"><div class="link-embed__content"><span class="link-embed__label">MORE FROM FORBES</span><a class="link-embed__title" href="{b.path}">{esc(b.title)}</a><span class="link-embed__byline">By {esc(joined(b.authors))}</span></div></div>'
        if k == 3:
            items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in pool[:3])
            out += f'<div class="vestpocket" data-nosnippet><div class="vestpocket__title">MORE FOR YOU</div><ul>{items}</ul></div>'
        if k == 4:
            out += '<div class="article-sharing-ad"><div class="fbs-ad--progressive"><span class="ad-label">ADVERTISEMENT</span></div></div>'
        return out

    def sub(t: str) -> str:
        return f'<h2 class="subhead-embed color-accent">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        return f'<figure class="embed-base image-embed embed-{n}"><div style="padding-top:56.25%;position:relative"><img src="{img(b, 960)}" alt="{esc(b.text)}" data-height="1080" data-width="1920" loading="lazy"></div><figcaption><fbs-accordion class="expanded"><p class="color-body light-text">{esc(b.text)}</p></fbs-accordion><small>{esc(b.credit)}</small></figcaption></figure>'

    story = body(a, para, sub, fig, after)
    follow = (
        f'<div class="article-footer"><p class="contrib-cta">Follow me on <a href="https://twitter.example/{x["user"]}">Twitter</a> or <a href="https://linkedin.example/in/{x["user"]}">LinkedIn</a>. Check out my <a href="https://{x["user"]}.example">website</a>.</p></div>'
        if contrib
        else ""
    )
    cards = "".join(
        f'<div class="fs-author-card"><a class="fs-author-name" href="{author_path("forbes", n)}">{esc(n)}</a><p class="fs-author-bio">{esc(n.split()[0])} is {"a " + role.lower() if contrib else "a staff writer"} at Forbes covering {esc(x["beat"])}.</p><a class="fs-author-readmore" href="{author_path("forbes", n)}">Read More</a></div>'
        for n in a.authors
    )
    more = "".join(
        f'<div class="card"><a href="{b.path}"><h3>{esc(b.title)}</h3></a><span class="card__byline">{esc(joined(b.authors))}</span></div>'
        for b in latest([b for b in site.of("forbes") if b is not a and not b.x["old"]])[:5]
    )
    main = f"""<article class="article-body-container" data-article-id="blogandpostid/blog/post/{x["hexid"]}">
<div class="top-header-container"><div class="article-headline-container"><a class="channel-link" href="/{x["sec"][0]}/">{x["sec"][1]}</a>
<h1 class="fs-headline speakable-headline font-base font-size should-redesign">{esc(a.title)}</h1></div>
<div class="top-contrib-block">{byline}{blurb}{opinions}</div>
{times}
<div class="sharing-row"><button class="share-button" aria-label="Share to Facebook">Share to Facebook</button><button class="share-button" aria-label="Share to Twitter">Share to Twitter</button><button class="share-button" aria-label="Share to Linkedin">Share to Linkedin</button><button class="save-button">Save Article</button><button class="comment-button">Comment</button></div></div>
<div class="article-body fs-article fs-responsive-text current-article">{story}</div>
{follow}
<div class="fs-author-group-wrapper">{cards}</div>
<div class="editorial-standards"><a href="/about#standards">Editorial Standards</a><a href="/about#reprints">Reprints &amp; Permissions</a></div>
<div class="article-comments" id="comments"><h3>Join The Conversation</h3><p>Comments</p><p>One Community. Many Voices. Create a free account to share your thoughts.</p></div></article>
<section class="more-from-forbes"><h2 class="more-from-forbes__title">More From Forbes</h2><div class="cards">{more}</div></section>"""
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta name="author" content="{esc(", ".join(a.authors))}"><meta property="article:published_time" content="{iso(a)}"><meta property="article:section" content="{x["sec"][1]}">{news_ld(site, a, "Forbes", people(a.authors), articleSection=x["sec"][1])}'
    return fb_chrome(site, rng, f"{a.title}", a.path, main, head)


def forbes_2016(site: Site35, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    n = a.authors[0]

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<p><strong>{esc(t)}</strong></p>"

    def fig(b: Block, k: int) -> str:
        return f'<div class="vestpocket"><figure class="image-embed"><img src="{img(b, 640)}" alt=""><figcaption class="wp-caption-text">{esc(b.text)} <span class="credit">({esc(b.credit)})</span></figcaption></figure></div>'

    story = body(a, para, sub, fig)
    rels = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
    related = (
        f'<div class="article-related-links"><h4>Related on Forbes:</h4><ul>{rels}</ul></div>'
        if rels
        else ""
    )
    trend = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    main = f"""<div class="article-container fs-article"><div class="article-header"><div class="channel-section"><a href="/{x["sec"][0]}/">{x["sec"][1]}</a></div>
<h1 class="article-headline">{esc(a.title)}</h1>
<div class="author-info"><div class="contrib-info"><a class="author-name" href="{author_path("forbes", n)}" rel="author">{esc(n)}</a>, <span class="contrib-type">Contributor</span><p class="author-bio">I cover {esc(x["beat"])}. <a class="follow" href="{author_path("forbes", n)}">Full Bio</a></p></div></div>
<div class="article-meta"><time class="timestamp" datetime="{a.when:%Y-%m-%dT%H:%M:00}">{x["printed"]}</time><span class="pageviews">{rng.randint(1200, 48000):,} views</span><a class="comment-count" href="#comments">{rng.randint(0, 30)} comments</a></div>
<p class="opinions">Opinions expressed by Forbes Contributors are their own.</p></div>
<div class="article-injected-body"><div class="article-body-text">{story}</div></div>
{related}
<div class="contrib-bio-footer"><p><a href="{author_path("forbes", n)}">{esc(n)}</a> writes about {esc(x["beat"])}. Follow me on Twitter.</p></div>
<div id="comments" class="comments-section"><h3>Comments</h3></div></div>
<aside class="trending"><h3>Trending on Forbes</h3><ol>{trend}</ol></aside>"""
    head = f'<meta name="author" content="{esc(n)}"><meta property="article:published_time" content="{a.when.isoformat()}">'
    return fb_chrome(site, rng, f"{a.title}", a.path, main, head)


# --- Business Insider --------------------------------------------------------------------
BI_NAV = [
    "Business",
    "Tech",
    "Markets",
    "Economy",
    "Strategy",
    "Politics",
    "Science",
    "Health",
    "Retail",
    "Media",
    "Transportation",
    "Careers",
    "Personal Finance",
    "Reviews",
    "Video",
    "Big Business",
    "Military & Defense",
    "Small Business",
]


def bi_chrome(
    site: Site35, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    secs = "".join(
        f'<li class="navigation-item"><a class="navigation-link" href="/{s}">{n}</a></li>'
        for s, n in BI_SECTIONS
    )
    more = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in hashes(rng, BI_NAV, "/tech"))
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="canonical" href="{site.base}{canonical}"><meta property="og:site_name" content="Business Insider">{head_extra}
<style>{css(rng, "bi", 440, "util")}</style>
<script>{gtm("BI35")}{consent("insider")}</script>
<script>window.insider=window.insider||{{}};window.insider.vertical="{canonical.strip("/").split("-")[0][:20]}";window.insider.pianoConfig={{"aid":"BIUSPIANO","sandbox":false}};</script>
</head><body class="bi-body"><div id="site-container">
<header class="site-header"><a class="site-header-logo" href="/" aria-label="Business Insider logo"><svg viewBox="0 0 120 36"><path d="M0 0h10v36H0zm16 0h10v36H16z"></path></svg></a><a class="subscribe-btn" href="/about#subscribe">Subscribe</a><a class="newsletter-btn" href="/about#newsletters">Newsletters</a><a href="/search?q=market">Search</a>
<nav class="navigation"><ul>{secs}</ul><ul class="navigation-more">{more}</ul></nav></header>
<main id="l-content">{main}</main>
<footer class="footer"><ul class="footer-links"><li><a href="/about">About Business Insider</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/about#masthead">Masthead</a></li><li><a href="/about#terms">Terms of Service</a></li><li><a href="/about#privacy">Privacy Policy</a></li><li><a href="/about#reprints">Reprints &amp; Permissions</a></li></ul>
<p class="footer-copyright">* Copyright © 2024 Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy.</p></footer></div></body></html>"""
    return encode(page)


def bi(site: Site35, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return bi_2019(site, a, rng)
    x = a.x
    nm = x["nm"]
    style = x["style"]

    def au(n: str) -> str:
        return (
            f'<a class="byline-link byline-author-name" href="{author_path("bi", n)}">{esc(n)}</a>'
        )

    if style == "reuters":
        names_html = '<span class="byline-author-name">Reuters</span>'
    elif style == "desk":
        names_html = '<span class="byline-author-name">Markets Insider Desk</span>'
    elif style == "reporting":
        names_html = au(nm[0])
    else:
        names_html = joined([au(n) for n in a.authors])
    keys = "".join(f'<li class="summary-list-item">{esc(k)}</li>' for k in x["keys"])
    lead = a.blocks[0]
    capt = f'<span class="image-caption">{esc(lead.text)}</span>' if lead.text else ""
    hero = f'<figure class="figure image-figure-image" data-type="img"><div class="image-container"><img class="lazy-image" src="{img(lead, 1536)}" alt="{esc(lead.text or a.title)}"></div><figcaption class="image-caption-source">{capt}<span class="image-source">{esc(lead.credit)}</span></figcaption></figure>'
    rels = rel(site, a)

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def after(k: int) -> str:
        out = ""
        if k == min(3, len(a.paras)) and rels:
            items = "".join(
                f'<li class="related-stories-item"><a class="related-stories-link" href="{b.path}">{esc(b.title)}</a></li>'
                for b in rels
            )
            out += f'<div class="related-stories-module" data-component-type="related-stories"><p class="related-stories-title headline-medium">Related stories</p><ul>{items}</ul></div>'
        if k == 2:
            out += '<div class="in-post-ad-wrapper"><div class="ad-callout">Advertisement</div><div class="ad-container" data-ad-slot="in-content-1"></div></div>'
        if k == 5:
            out += f'<div class="inline-video"><p class="inline-video-title">Recommended video</p><div class="jw-player" data-media-id="{rng.getrandbits(32):08x}"></div></div>'
        return out

    def sub(t: str) -> str:
        return f'<h2 class="headline-bold">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        return f'<figure class="figure image-figure-image" data-type="img"><div class="image-container"><img class="lazy-image" src="{img(b, 1024)}" alt="{esc(b.text)}"></div><figcaption class="image-caption-source"><span class="image-caption">{esc(b.text)}</span><span class="image-source">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, after, skip_lead=True)
    if style == "reporting":
        story += f'\n<p class="post-credit"><em>— {esc(nm[1])} contributed reporting to this story.</em></p>'
    if style == "reuters":
        story += f'\n<p class="post-credit"><em>(Reporting by {esc(nm[2])}; Editing by {esc(nm[1])})</em></p>'
    nxt = others(rng, site, a, 1)[0]
    trending = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    main = f"""<article class="post-layout" data-post-type="article">
<div class="post-breadcrumbs"><a href="/{x["sec"][0]}">{x["sec"][1]}</a></div>
<section class="post-headline-wrapper"><h1 class="post-headline">{esc(a.title)}</h1>
<div class="byline-wrapper"><div class="byline-author headline-bold">{names_html}</div><div class="byline-timestamp" data-e2e-name="byline-timestamp" data-timestamp="{iso(a)}">{x["printed"]}</div><div class="byline-share"><button>Share</button><button>Save</button></div>
<div class="byline-read-time">{x["read"]}-min read</div></div></section>
{hero}
<ul class="summary-list">{keys}</ul>
<section class="post-body-content"><div id="piano-inline-content-wrapper" class="content-lock-content">{story}</div></section>
<section class="read-next"><h2 class="read-next-title">Read next</h2><div class="read-next-card"><a href="{nxt.path}"><h3>{esc(nxt.title)}</h3></a></div></section>
<section class="post-trending"><h2>Trending</h2><ul>{trending}</ul></section></article>"""
    lauth = (
        people(a.authors if style != "reporting" else nm[:1])
        if a.authors and style != "reuters"
        else [
            {
                "@type": "Organization",
                "name": "Reuters" if style == "reuters" else "Markets Insider Desk",
            }
        ]
    )
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta name="author" content="{esc(", ".join(p["name"] for p in lauth))}"><meta property="article:published_time" content="{iso(a)}">{news_ld(site, a, "Business Insider", lauth, articleSection=x["sec"][1])}'
    return bi_chrome(site, rng, f"{a.title} - Business Insider", a.path, main, head)


def bi_2019(site: Site35, a: Art, rng: random.Random) -> tuple[bytes, str]:
    x = a.x
    n = a.authors[0]
    lead = a.blocks[0]

    def para(t: str, k: int) -> str:
        return f"<p>{esc(t)}</p>"

    def sub(t: str) -> str:
        return f"<h2>{esc(t)}</h2>"

    def fig(b: Block, k: int) -> str:
        return f'<figure class="image-figure"><img src="{img(b, 960)}" alt="{esc(b.text)}"><figcaption><span class="image-caption">{esc(b.text)}</span> <span class="image-source">{esc(b.credit)}</span></figcaption></figure>'

    story = body(a, para, sub, fig, skip_lead=True)
    rels = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
    related = (
        f'<div class="related-links"><h3>Related coverage from Business Insider:</h3><ul>{rels}</ul></div>'
        if rels
        else ""
    )
    pop = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    main = f"""<div class="container"><div class="post-header"><h1 class="post-headline">{esc(a.title)}</h1>
<div class="byline"><span class="byline-author-name"><a href="{author_path("bi", n)}">{esc(n)}</a></span> <span class="byline-timestamp">{x["printed"]}</span></div>
<div class="share-bar"><a href="#fb">Facebook</a><a href="#tw">Twitter</a><a href="#mail">Email</a></div></div>
<figure class="image-figure lead"><img src="{img(lead, 1200)}" alt="{esc(lead.text)}"><figcaption><span class="image-caption">{esc(lead.text)}</span> <span class="image-source">{esc(lead.credit)}</span></figcaption></figure>
<div data-piano-inline-content-wrapper class="post-content">{story}</div>
{related}
<div class="most-popular"><h3>Most Popular</h3><ol>{pop}</ol></div></div>"""
    head = f'<meta name="author" content="{esc(n)}"><meta property="article:published" content="{a.when.isoformat()}">'
    return bi_chrome(site, rng, f"{a.title} - Business Insider", a.path, main, head)


# --- Medium ------------------------------------------------------------------------------
def md_chrome(
    site: Site35, rng: random.Random, title: str, canonical: str, main: str, head_extra: str = ""
) -> tuple[bytes, str]:
    page = f"""<!doctype html><html lang="en"><head><title>{esc(title)}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" property="og:site_name" content="Medium"/><link data-rh="true" rel="canonical" href="{site.base}{canonical}"/>{head_extra}
<style type="text/css" data-fela-rehydration="{rng.randint(400, 900)}" data-fela-type="RULE">{css(rng, "md", 460, "hashed")}</style>
<script>{gtm("MED35")}</script></head><body><div id="root"><div class="a b c"><div class="d e f g h i j">
<div class="l k m n"><a data-testid="headerMediumLogo" href="/" aria-label="Homepage"><svg viewBox="0 0 719 160" width="112"><path d="M80 40a40 40 0 1 0 0 80 40 40 0 1 0 0-80z"></path></svg></a><div class="ab"><a data-testid="headerSearchButton" href="/search?q=productivity">Search</a><a data-testid="headerWriteButton" href="/about#new-story">Write</a><a href="/about#signin">Sign in</a><a href="/about#signup">Sign up</a></div></div>
{main}
<div class="pw-footer"><ul class="ab"><li><a href="/about#help">Help</a></li><li><a href="/about#status">Status</a></li><li><a href="/about">About</a></li><li><a href="/about#careers">Careers</a></li><li><a href="/contact">Press</a></li><li><a href="/about#blog">Blog</a></li><li><a href="/about#privacy">Privacy</a></li><li><a href="/about#terms">Terms</a></li><li><a href="/about#speechify">Text to speech</a></li><li><a href="/about#teams">Teams</a></li></ul></div></div></div></div>
<script>window.__BUILD_ID__="main-20240508-174712-{rng.getrandbits(32):08x}";window.__GRAPHQL_URI__="https://medium.example/_/graphql";</script></body></html>"""
    return encode(page)


def medium(site: Site35, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    pub, pname = x["pub"]
    pubacct = x["style"] == "pubacct"
    who = pname if pubacct else x["nm"][0]
    who_href = f"/{pub}" if pubacct else author_path("medium", who)

    def cls() -> str:
        return " ".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz") + rng.choice("abcdefghijklmnopqrstuvwxyz")
            for _ in range(5)
        )

    def para(t: str, k: int) -> str:
        return f'<p id="{rng.getrandbits(16):04x}" class="pw-post-body-paragraph {cls()}" data-selectable-paragraph="">{esc(t)}</p>'

    def sub(t: str) -> str:
        return f'<h2 id="{rng.getrandbits(16):04x}" class="{cls()}" data-selectable-paragraph="">{esc(t)}</h2>'

    def fig(b: Block, n: int) -> str:
        capt = esc(b.text) + (f". {esc(b.credit)}" if b.text else esc(b.credit))
        return f'<figure class="{cls()}"><div role="button" tabindex="0" class="{cls()}"><picture><source srcSet="https://miro.medium.example/v2/resize:fit:640/format:webp/1*{b.src}.jpeg 640w, https://miro.medium.example/v2/resize:fit:1400/format:webp/1*{b.src}.jpeg 1400w" type="image/webp"/><img alt="" class="{cls()}" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.example/v2/resize:fit:700/1*{b.src}.jpeg"/></picture></div><figcaption class="{cls()}" data-selectable-paragraph="">{capt}</figcaption></figure>'

    story = body(a, para, sub, fig)
    rels = rel(site, a)
    further = ""
    if rels:
        items = "".join(
            f'<li class="{cls()}"><a class="{cls()}" href="{b.path}" rel="noopener">{esc(b.title)}</a></li>'
            for b in rels
        )
        further = f'<h3 class="{cls()}">Further reading</h3><ul class="{cls()}">{items}</ul>'
    edited = (
        f'<p class="pw-post-body-paragraph {cls()}"><em>Edited by {esc(x["nm"][1])}.</em></p>'
        if x["style"] == "edited"
        else ""
    )
    mine = [
        b
        for b in site.of("medium")
        if b is not a and b.x["nm"][0] == x["nm"][0] and b.x["style"] != "pubacct"
    ]
    more_pub = [b for b in latest(site.of("medium")) if b is not a and b.x["pub"] == x["pub"]][:4]
    more_items = "".join(
        f'<div class="{cls()}"><a href="{b.path}"><h2 class="{cls()}">{esc(b.title)}</h2><h3 class="{cls()}">{esc(b.x["subtitle"][:140])}</h3></a><span>{b.x["printed"]}</span></div>'
        for b in (mine + more_pub)[:4]
    )
    recs = "".join(
        f'<div class="{cls()}"><a href="{b.path}"><h2>{esc(b.title)}</h2></a><p>{esc(", ".join(b.authors) or b.x["pub"][1])}</p><span>{b.x["claps"]}</span></div>'
        for b in others(rng, site, a, 4)
    )
    resp = "".join(
        f'<div class="{cls()}"><p class="{cls()}">{esc(r)}</p><span>{rng.randint(1, 30)}</span><button>Reply</button></div>'
        for r in [
            "This really resonated with me. Thanks for writing it.",
            "Great read! I’ve been trying something similar for a few months.",
            "I’m not sure I agree with the second point, but the rest is spot on.",
        ][: min(3, x["responses"])]
    )
    follow = "" if pubacct else f' · <span><a class="{cls()}" href="{who_href}">Follow</a></span>'
    pubpart = (
        ""
        if pubacct
        else f'<span class="{cls()}">Published in <a class="{cls()}" data-testid="publicationName" href="/{pub}"><p class="{cls()}">{esc(pname)}</p></a></span> · '
    )
    main = f"""<div class="{cls()}"><article><div class="{cls()}"><section><div class="{cls()}"><div class="{cls()}">
<h1 id="{rng.getrandbits(16):04x}" class="pw-post-title {cls()}" data-testid="storyTitle" data-selectable-paragraph="">{esc(a.title)}</h1>
<h2 id="{rng.getrandbits(16):04x}" class="pw-subtitle-paragraph {cls()}" data-selectable-paragraph="">{esc(x["subtitle"])}</h2>
<div class="speechify-ignore ab cp"><div class="{cls()}"><a href="{who_href}" rel="noopener follow"><img alt="{esc(who)}" class="{cls()}" src="https://miro.medium.example/v2/resize:fill:88:88/1*{rng.getrandbits(40):010x}.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></a>
<div class="{cls()}"><div class="ab q"><span class="{cls()}"><a class="{cls()}" data-testid="authorName" href="{who_href}" rel="noopener follow">{esc(who)}</a></span>{follow}</div>
<div class="ab q">{pubpart}<span data-testid="storyReadTime">{x["read"]} min read</span> · <span data-testid="storyPublishDate">{x["printed"]}</span></div></div></div>
<div class="{cls()}"><div class="pw-multi-vote-icon {cls()}"><button aria-label="clap">Clap</button></div><div class="pw-multi-vote-count {cls()}"><p class="{cls()}"><button class="{cls()}">{x["claps"]}</button></p></div><button class="{cls()}" aria-label="responses"><span class="pw-responses-count {cls()}">{x["responses"]}</span></button><button aria-label="Add to list">Save</button><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div></div>
{story}
{further}
{edited}
</div></div></section></div></article>
<div class="{cls()}"><div class="{cls()}"><a href="/tag/{x["ctx"]["topic"].replace(" ", "-").lower()}">{esc(x["ctx"]["topic"].title())}</a><a href="/tag/productivity">Productivity</a><a href="/tag/self-improvement">Self Improvement</a></div>
<div class="{cls()}"><span>{x["claps"]}</span> · <span>{x["responses"]} responses</span></div>
<div class="{cls()}"><h2 class="{cls()}"><a href="{who_href}">Written by {esc(who)}</a></h2><p>{rng.randint(120, 9000):,} Followers</p><p>{"" if pubacct else f'Writer for <a href="/{pub}">{esc(pname)}</a>'}</p><button>Follow</button></div>
<div class="{cls()}"><h2 class="{cls()}">Responses ({x["responses"]})</h2><div class="{cls()}"><p>What are your thoughts?</p></div>{resp}</div>
<div class="{cls()}"><h2 class="{cls()}">More from {esc(who)} and {esc(pname)}</h2>{more_items}<a href="{who_href}">See all from {esc(who)}</a></div>
<div class="{cls()}"><h2 class="{cls()}">Recommended from Medium</h2>{recs}<a href="/tag/productivity">See more recommendations</a></div></div></div>"""
    ldj = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "image": [
            f"https://miro.medium.example/v2/resize:fit:1200/1*{b.src}.jpeg"
            for b in a.blocks
            if b.kind == "img"
        ][:1],
        "url": f"{site.base}{a.path}",
        "dateCreated": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "datePublished": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "dateModified": a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "headline": a.title,
        "name": a.title,
        "description": x["subtitle"],
        "identifier": a.path.rsplit("-", 1)[1],
        "author": {"@type": "Person", "name": who, "url": f"{site.base}{who_href}"},
        "creator": [who],
        "publisher": {"@type": "Organization", "name": pname, "url": f"{site.base}/{pub}"},
        "mainEntityOfPage": f"{site.base}{a.path}",
        "isAccessibleForFree": True,
    }
    state = {
        "ROOT_QUERY": {
            f'post({{"id":"{a.path.rsplit("-", 1)[1]}"}})': {
                "__ref": f"Post:{a.path.rsplit('-', 1)[1]}"
            }
        },
        f"Post:{a.path.rsplit('-', 1)[1]}": {
            "title": a.title,
            "clapCount": x["claps"],
            "readingTime": x["read"],
        },
    }
    head = f'<meta data-rh="true" name="title" content="{esc(a.title)}"/><meta data-rh="true" property="og:title" content="{esc(a.title)}"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" name="author" content="{esc(who)}"/><meta data-rh="true" property="article:published_time" content="{ldj["datePublished"]}"/><meta data-rh="true" name="description" content="{esc(x["subtitle"])}"/>{ld(ldj)}<script>window.__APOLLO_STATE__ = {script_json(state)}</script>'
    return md_chrome(site, rng, f"{a.title} | by {who} | {pname} | Medium", a.path, main, head)


CHROME = {
    "atlantic": atl_chrome,
    "vox": vox_chrome,
    "forbes": fb_chrome,
    "bi": bi_chrome,
    "medium": md_chrome,
}
RENDER = {"atlantic": atlantic, "vox": vox, "forbes": forbes, "bi": bi, "medium": medium}


def register(site: Site35) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
