"""Site 23's five article templates: The Guardian (dotcom-rendering, and the 2019 "frontend"
pages), Reuters (Arc XP / Fusion), Al Jazeera (WordPress), a Substack newsletter post and The
Courier-Mail (News Corp Australia, and its 2016 pages served in ISO-8859-1)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art, Block

from .common import analytics, css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site23

LABELS = {
    "guardian": "The Guardian",
    "reuters": "Reuters",
    "aljazeera": "Al Jazeera",
    "substack": "The Harbour Ledger",
    "couriermail": "The Courier-Mail",
}


def author_path(tpl: str, name: str) -> str:
    s = name.lower().replace(" ", "-")
    return {
        "guardian": f"/profile/{s}",
        "reuters": f"/authors/{s}/",
        "aljazeera": f"/author/{s}",
        "couriermail": f"/journalists/{s}",
    }[tpl]


def _utf8(page: str) -> tuple[bytes, str]:
    return page.encode("utf-8"), "text/html; charset=utf-8"


def _menu(rng: Any, items: list[tuple[str, str]], cls: str, extra: int = 30) -> str:
    """A mega menu: the real sections, then many sub-sections a menu script reveals."""
    subs = [
        "Politics",
        "Business",
        "Climate",
        "Health",
        "Education",
        "Science",
        "Tech",
        "Culture",
        "Sport",
        "Opinion",
        "Lifestyle",
        "Travel",
        "Money",
        "Obituaries",
        "Podcasts",
        "Video",
    ]
    out = [
        f'<li class="{cls}__item"><a href="{p}" class="{cls}__link">{esc(t)}</a></li>'
        for p, t in items
    ]
    for k in range(extra):
        s = rng.choice(subs)
        out.append(
            f'<li class="{cls}__sub"><a href="#{s.lower()}-{k}" data-link-name="nav : {s}">{s}</a></li>'
        )
    return "".join(out)


def _blocks_html(a: Art, para: str, sub: str, fig: Any) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(para.format(esc(b.text)))
        elif b.kind == "h":
            out.append(sub.format(esc(b.text)))
        else:
            out.append(fig(b))
    return "\n".join(out)


def _related_arts(site: Site23, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


# --- The Guardian ---------------------------------------------------------------------------
def _gu_nav(site: Site23, rng: Any) -> str:
    pillars = [
        ("/", "News"),
        ("/commentisfree", "Opinion"),
        ("/sport", "Sport"),
        ("/culture", "Culture"),
        ("/lifeandstyle", "Lifestyle"),
    ]
    secs = [
        ("/world", "World"),
        ("/uk-news", "UK"),
        ("/society", "Society"),
        ("/environment", "Environment"),
        ("/science", "Science"),
    ]
    return (
        '<header data-component="nav2"><div class="dcr-1tg9yrw"><a href="/" data-link-name="nav3 : logo"><span class="dcr-1b0wcjh">The Guardian - Back to home</span></a>'
        '<a href="https://support.example.net/contribute" class="dcr-5chrp">Support us</a> <a href="/signin" data-link-name="nav3 : topbar : signin">Sign in</a></div>'
        f'<nav aria-label="Guardian sections"><ul class="dcr-pillars">{_menu(rng, pillars, "pillar", 6)}</ul><ul class="dcr-subnav">{_menu(rng, secs, "subnav", 40)}</ul></nav></header>'
    )


def _gu_footer(rng: Any) -> str:
    links = "".join(
        f'<li><a href="/info/{k}" data-link-name="footer : {k}">{k.replace("-", " ").title()}</a></li>'
        for k in [
            "about-us",
            "contact-us",
            "complaints-and-corrections",
            "securedrop",
            "work-for-us",
            "privacy-settings",
            "privacy-policy",
            "cookie-policy",
            "terms-and-conditions",
            "help",
            "all-topics",
            "all-writers",
            "newsletters",
            "advertise-with-us",
            "search-jobs",
            "digital-newspaper-archive",
            "tax-strategy",
        ]
    )
    return (
        f'<footer data-component="footer"><div class="dcr-footer"><ul>{links}</ul>'
        '<div class="dcr-support"><p>Support the Guardian</p><a href="https://support.example.net/contribute">Contribute</a> <a href="https://support.example.net/subscribe">Subscribe</a></div>'
        '<small class="dcr-copyright">© 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</small></div></footer>'
    )


def _gu_most_viewed(site: Site23, rng: Any, a: Art) -> str:
    items = "".join(
        f'<li class="dcr-mv"><span class="dcr-num">{k}</span><a href="{b.path}" data-link-name="most viewed | {k}"><h4>{esc(b.title)}</h4></a></li>'
        for k, b in enumerate(others(rng, site.arts, a, 10), 1)
    )
    return f'<aside data-component="most-popular"><h2 class="dcr-header">Most viewed</h2><ol data-link-name="Most viewed">{items}</ol></aside>'


def _gu_date(w: Any) -> str:
    return f"{w:%a} {w.day} {w:%b %Y %H.%M} {w.tzname()}"


def guardian(site: Site23, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    mod = a.when + timedelta(minutes=x["modified"])
    sec_path, sec_name = x["sec"]
    if x["style"] == "agency":
        byline = "Guardian staff and agencies"
    else:
        links = [
            f'<a rel="author" href="{author_path("guardian", n)}" data-link-name="auto tag link">{esc(n)}</a>'
            for n in a.authors
        ]
        byline = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " and " + links[-1]
        if x["style"] == "in_city":
            byline += f" in {esc(x['ctx']['city'])}"
        if x["style"] == "role":
            byline += f' <span class="dcr-role">{esc(x["role"])}</span>'
    topics = [
        (f"/{sec_path}", sec_name),
        (f"/{sec_path}/{x['ctx']['topic'].replace(' ', '-')}", x["ctx"]["topic_cap"]),
        ("/uk/politics", "Politics"),
        ("/uk/news", "UK news"),
    ]
    keywords = ",".join(t for _, t in topics)
    cfg = {
        "page": {
            "headline": a.title,
            "section": sec_path,
            "sectionName": sec_name,
            "contentType": "Article",
            "byline": ", ".join(a.authors) or "Guardian staff and agencies",
            "keywords": keywords,
            "webPublicationDate": int(a.when.timestamp() * 1000),
            "pageId": a.path.lstrip("/"),
            "isPaidContent": False,
            "shouldHideAdverts": False,
            "edition": "UK",
            "ajaxUrl": "https://api.example.net",
        },
        "switches": {
            k: rng.random() < 0.5
            for k in [
                "abSignInGate",
                "commercial",
                "remoteBanner",
                "liveblogRendering",
                "discussion",
                "consentManagement",
                "prebidHeaderBidding",
                "lazyLoadContainers",
            ]
            * 4
        },
        "tests": {},
    }
    if x["old"]:
        return _guardian_2019(site, a, rng, byline, cfg, topics)

    def fig(b: Block) -> str:
        return (
            f'<figure id="img-{b.src[:6]}" data-spacefinder-role="inline" class="dcr-fig"><div class="dcr-img"><picture><source srcset="https://i.guim.example/img/media/{b.src}/0_0_3500_2100/master/3500.jpg?width=620&amp;dpr=2 1240w"/>'
            f'<img alt="{esc(b.text)}" src="https://i.guim.example/img/media/{b.src}/0_0_3500_2100/master/3500.jpg?width=445" width="445" height="267" loading="lazy"/></picture></div>'
            f'<figcaption class="dcr-caption"><span class="dcr-cap-icon"><svg width="18" height="13" viewBox="0 0 18 13"><path d="M18 3.5v8l-1.5 1.5h-15l-1.5-1.5v-8l1.5-1.5h3.5l2-2h4l2 2h3.5l1.5 1.5zm-9 7.25c2.5 0 4.5-2 4.5-4.5s-2-4.5-4.5-4.5-4.5 2-4.5 4.5 2 4.5 4.5 4.5z"></path></svg></span>'
            f'<span class="dcr-cap-text">{esc(b.text)}</span> {esc(b.credit)}</figcaption></figure>'
        )

    body = _blocks_html(
        a, '<p class="dcr-16w5gq9">{}</p>', '<h2 id="" class="dcr-1mfia4m">{}</h2>', fig
    )
    onwards = ""
    if a.related:
        cards = "".join(
            f'<li class="dcr-card"><div class="dcr-card-media"><img src="https://i.guim.example/img/thumb/{k}.jpg" alt=""/></div><a href="{b.path}" data-link-name="news | group-0 | card-@{k}" class="dcr-lgtr7v"><h3 class="card-headline"><span>{esc(b.title)}</span></h3></a><footer><time datetime="{b.when.isoformat()}">{b.when:%-d %b %Y}</time></footer></li>'
            for k, b in enumerate(_related_arts(site, a), 1)
        )
        onwards = f'<section data-component="more-on-this-story" data-link-name="More on this story" class="dcr-container"><h2 class="dcr-container-title">More on this story</h2><ul class="dcr-cards">{cards}</ul></section>'
    more_from = "".join(
        f'<li><a href="{b.path}" data-link-name="related-content | {k}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site.arts, a, 6), 1)
    )
    epic = (
        '<div data-component="epic" class="dcr-epic"><h2>I hope you appreciated this article. Before you move on, I wanted to ask whether you could support the Guardian’s journalism</h2>'
        "<p>We have no shareholders or billionaire owner, meaning our reporting is free from political and commercial influence. Unlike many others, we have chosen an approach that allows us to keep our journalism open for everyone to read, regardless of where they live or what they can afford to pay.</p>"
        '<a href="https://support.example.net/contribute?REFPVID=epic" class="dcr-epic-cta">Support the Guardian</a><p class="dcr-epic-note">Remind me in June</p></div>'
    )
    tags = "".join(
        f'<li class="dcr-tag"><a href="{p}" data-link-name="keyword: {esc(t)}">{esc(t)}</a></li>'
        for p, t in topics
    )
    share = f'<div class="dcr-share" data-component="share"><button aria-label="Share" data-link-name="share-button">Share</button><span class="dcr-comment-count" data-component="comment-count">{rng.randint(0, 900)}</span></div>'
    page = f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8"/>
<title>{esc(a.title)} | {esc(sec_name)} | The Guardian</title>
<meta name="description" content="{esc(x["standfirst"])}"/>
<meta property="og:title" content="{esc(a.title)}"/>
<meta property="og:type" content="article"/>
<meta property="article:published_time" content="{a.when.astimezone(site_utc()).strftime("%Y-%m-%dT%H:%M:%S.000Z")}"/>
<meta property="article:modified_time" content="{mod.astimezone(site_utc()).strftime("%Y-%m-%dT%H:%M:%S.000Z")}"/>
<meta property="article:section" content="{esc(sec_name)}"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<style>{css(rng, "dcr", 320, True)}</style>
<script>window.guardian = {{"config": {json.dumps(cfg)}, "polyfilled": false, "adBlockers": {{"active": undefined, "onDetect": []}}}};
window.guardian.queue = [];
{analytics("GU23")}</script>
</head><body>
<a href="#maincontent" class="dcr-skip">Skip to main content</a>
{_gu_nav(site, rng)}
<main data-layout="StandardLayout"><article class="dcr-article">
<div data-gu-name="title"><a href="/{sec_path}" data-link-name="article section" class="dcr-section">{esc(sec_name)}</a></div>
<div data-gu-name="headline"><div class="dcr-hl"><h1 class="dcr-u0152o">{esc(a.title)}</h1></div></div>
<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>{esc(x["standfirst"])}</p></div></div>
<div data-gu-name="meta" class="dcr-meta"><div class="dcr-byline"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div class="dcr-1cfpnlw">{byline}</div></address></div>
<div class="dcr-dateline"><details class="dcr-details" data-component="dateline"><summary class="dcr-summary"><span class="dcr-u0h1qy">{_gu_date(a.when)}</span></summary><span class="dcr-u0h1qy">Last modified on {_gu_date(mod)}</span></details></div>
{share}</div>
<div data-gu-name="body" id="maincontent" class="dcr-body"><div class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
{body}
</div>
{epic}
<div class="dcr-submeta"><span class="dcr-submeta-title">Explore more on these topics</span><ul class="dcr-tags">{tags}</ul>{share}<a href="/info/2024/complaints-and-corrections" data-link-name="report error">Reuse this content</a></div>
</div></article>
{onwards}
<section data-component="related-content" class="dcr-container"><h2>Related content</h2><ul class="dcr-hidden" data-loaded="false"></ul></section>
<section data-component="more-from-section" class="dcr-container"><h2>More from {esc(sec_name)}</h2><ul>{more_from}</ul></section>
<div id="comments" data-component="discussion" class="dcr-discussion"><h2>Comments ({rng.randint(0, 900)})</h2><p>Sign in or create your Guardian account to join the discussion</p></div>
{_gu_most_viewed(site, rng, a)}
</main>
{_gu_footer(rng)}
<script type="module" src="https://assets.guim.example/assets/frameworks.client.web.js"></script>
</body></html>
"""
    return _utf8(page)


def site_utc() -> Any:
    from .generator import UTC

    return UTC


def _guardian_2019(
    site: Site23, a: Art, rng: Any, byline: str, cfg: Any, topics: Any
) -> tuple[bytes, str]:
    x = a.x
    sec_path, sec_name = x["sec"]

    def fig(b: Block) -> str:
        return (
            f'<figure class="element element-image" data-media-id="{b.src}"><img class="gu-image" src="https://i.guim.example/img/media/{b.src}/master/1000.jpg" alt="{esc(b.text)}" width="1000" height="600"/>'
            f'<figcaption class="caption caption--img caption caption--img"><span class="inline-camera inline-icon"></span> {esc(b.text)} {esc(b.credit)}</figcaption></figure>'
        )

    body = _blocks_html(a, "<p>{}</p>", "<h2>{}</h2>", fig)
    stamp = a.when.strftime("%Y-%m-%dT%H:%M:%S%z")
    related = ""
    if a.related:
        lis = "".join(
            f'<li class="fc-slice__item"><div class="fc-item"><a href="{b.path}" class="fc-item__link" data-link-name="article">{esc(b.title)}</a></div></li>'
            for b in _related_arts(site, a)
        )
        related = f'<aside class="js-related related-content" data-component="related-content" data-link-name="More on this story"><h2 class="fc-container__title">More on this story</h2><ul class="u-unstyled l-row">{lis}</ul></aside>'
    pop = "".join(
        f'<li class="most-popular__item"><a href="{b.path}" data-link-name="{k} | text">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site.arts, a, 10), 1)
    )
    kw = "".join(
        f'<li class="inline-list__item"><a href="{p}" class="submeta__link">{esc(t)}</a></li>'
        for p, t in topics
    )
    page = f"""<!DOCTYPE html>
<html id="js-context" class="js-off is-not-modern id--signed-out" data-page-path="{a.path}">
<head>
<meta charset="utf-8"/>
<title>{esc(a.title)} | {esc(sec_name)} | The Guardian</title>
<meta name="description" content="{esc(x["standfirst"])}"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<style>{css(rng, "fc", 280)}</style>
<script>window.guardian = {{"config": {json.dumps(cfg)}}};window.curlConfig = {{baseUrl: 'https://assets.guim.example/assets'}};</script>
</head>
<body id="top" class="has-page-skin">
<header class="new-header" role="banner"><a class="new-header__logo" href="/">The Guardian</a><nav class="pillars"><ul>{_menu(rng, [("/", "News"), ("/commentisfree", "Opinion"), ("/sport", "Sport"), ("/culture", "Culture")], "pillars", 50)}</ul></nav></header>
<div id="maincontent" tabindex="0"></div>
<article id="article" class="content content--article tonal tonal--tone-news" itemscope itemtype="http://schema.org/NewsArticle" role="main">
<div class="content__main tonal__main tonal__main--tone-news"><div class="gs-container"><div class="content__main-column content__main-column--article js-content-main-column">
<header class="content__head content__head--article tonal__head tonal__head--tone-news">
<div class="content__labels"><div class="content__section-label"><a class="content__section-label__link" data-link-name="article section" href="/{sec_path}">{esc(sec_name)}</a></div></div>
<div class="content__header tonal__header"><div class="u-cf"><h1 class="content__headline" itemprop="headline">{esc(a.title)}</h1></div></div>
<div class="tonal__standfirst u-cf"><div class="content__standfirst" data-link-name="standfirst" data-component="standfirst" itemprop="description"><p>{esc(x["standfirst"])}</p></div></div>
</header>
<div class="content__meta-container js-content-meta js-football-meta u-cf"><p class="byline" data-link-name="byline" data-component="meta-byline"><span itemscope itemtype="http://schema.org/Person" itemprop="author">{byline}</span></p>
<p class="content__dateline"><time itemprop="datePublished" datetime="{stamp}" data-timestamp="{int(a.when.timestamp() * 1000)}" class="content__dateline-wpd js-wpd content__dateline-wpd--modified">{_gu_date(a.when)}</time></p>
<div class="meta__extras"><div class="meta__social" data-component="share"><ul class="social social--top u-unstyled u-cf" data-component="social"><li class="social__item"><a class="social__action" href="https://www.facebook.example/sharer" data-link-name="facebook">Share on Facebook</a></li><li class="social__item"><a href="https://twitter.example/intent/tweet" data-link-name="twitter">Share on Twitter</a></li></ul></div></div></div>
<div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">
{body}
</div>
<div class="submeta"><div class="submeta__section-labels"><span>Topics</span><ul class="submeta__links">{kw}</ul></div></div>
</div></div></div></article>
{related}
<div class="js-most-popular-footer"><section class="most-popular"><h2 class="fc-container__title">Most popular</h2><ol>{pop}</ol></section></div>
<footer class="l-footer"><div class="copyright">© 2019 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</div></footer>
</body></html>
"""
    return _utf8(page)


# --- Reuters --------------------------------------------------------------------------------
def reuters(site: Site23, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    sec_path, sec_name = x["sec"]
    auth = ""
    if x["byline"]:
        links = [
            f'<a href="{author_path("reuters", n)}" class="text__text__1FZLe text__dark-grey__3Ml43 link__underline_on_hover__2zGL4">{esc(n)}</a>'
            for n in x["byline"]
        ]
        auth = (
            '<div class="info-content__author-date__1Epi_" data-testid="AuthorByline"><span>By </span>'
            + " and ".join(links)
            + "</div>"
        )

    def fig(b: Block) -> str:
        return (
            f'<div data-testid="Image" class="article-body__element__2p5pI"><figure class="styles__figure__2d5aZ"><div class="styles__image-container__3hkY5"><img src="https://www.reuters.example/resizer/v2/{b.src}.jpg?auth=x&amp;width=1080" alt="{esc(b.text)}" width="1080" height="720"/></div>'
            f'<figcaption class="image-caption__container__2L-Ah"><span class="text__text__1FZLe image-caption__caption__2VU34" data-testid="Body">{esc(b.text)} {esc(b.credit)}</span> <span class="image-caption__purchase__3F2W-"><a href="https://www.reutersagency.example/">Purchase Licensing Rights</a>, opens new tab</span></figcaption></figure></div>'
        )

    k = [0]

    def para(text: str) -> str:
        k[0] += 1
        return f'<div data-testid="paragraph-{k[0] - 1}" class="article-body__paragraph__2-BtD"><p class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr body__full_width__ekUdw">{text}</p></div>'

    body_parts = []
    for n, b in enumerate(a.blocks):
        if b.kind == "p":
            body_parts.append(para(esc(b.text)))
        elif b.kind == "h":
            body_parts.append(
                f'<h2 data-testid="Heading" class="text__heading_5__1qUJ5 article-body__heading__33NN-">{esc(b.text)}</h2>'
            )
        else:
            body_parts.append(fig(b))
        if n == 2 and a.related:
            lis = "".join(
                f'<li class="related-coverage__item__1bBL4"><a href="{r.path}" data-testid="Link" class="text__text__1FZLe">{esc(r.title)}</a></li>'
                for r in _related_arts(site, a)
            )
            body_parts.append(
                f'<div class="article-body__element__2p5pI related-coverage__container__1SrhC" data-testid="RelatedCoverage"><h2 class="related-coverage__title__3KNYH">Related Coverage</h2><ul>{lis}</ul></div>'
            )
    if len(a.blocks) <= 3 and a.related:
        lis = "".join(
            f'<li><a href="{r.path}" data-testid="Link">{esc(r.title)}</a></li>'
            for r in _related_arts(site, a)
        )
        body_parts.append(
            f'<div class="related-coverage__container__1SrhC" data-testid="RelatedCoverage"><h2>Related Coverage</h2><ul>{lis}</ul></div>'
        )
    body_parts.append(
        f'<div data-testid="paragraph-{k[0]}" class="article-body__paragraph__2-BtD"><p class="text__text__1FZLe text__dark-grey__3Ml43 sign-off__text__3PNr9" data-testid="SignOff">{esc(x["signoff"])}</p></div>'
    )
    body = "\n".join(body_parts)
    trust = '<div class="trust-badge__container__3K8ll"><p>Our Standards: <a href="https://www.thomsonreuters.example/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a>, opens new tab</p></div>'
    read_next = "".join(
        f'<li class="story-collection__story__LeZ29"><div data-testid="MediaStoryCard" class="media-story-card__body__3tRWy"><span class="text__text__1FZLe kicker">{esc(rng.choice(["World", "Business", "Markets", "Sustainability"]))}</span><a href="{b.path}" data-testid="Heading" class="text__heading_6__1qUJ5">{esc(b.title)}</a><time class="text__text__1FZLe" datetime="{b.when.isoformat()}">{b.when:%B} {b.when.day}, {b.when:%Y}</time></div></li>'
        for b in others(rng, site.arts, a, 8)
    )
    gc = {
        "_id": x["id"],
        "canonical_url": a.path,
        "type": "story",
        "headlines": {"basic": a.title},
        "description": {"basic": trunc(a.blocks[0].text, 160)},
        "display_date": a.when.astimezone(site_utc()).isoformat().replace("+00:00", "Z"),
        "first_publish_date": a.when.astimezone(site_utc()).isoformat().replace("+00:00", "Z"),
        "authors": [{"name": n, "byline": n, "type": "author"} for n in x["byline"]],
        "taxonomy": {
            "section": {"name": sec_name, "path": "/" + sec_path},
            "keywords": [x["ctx"]["topic"], x["ctx"]["org"]],
        },
        "content_elements": [
            {"type": "text", "content": b.text} for b in a.blocks if b.kind == "p"
        ][:4],
        "word_count": sum(len(b.text.split()) for b in a.blocks),
    }
    fusion = (
        f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="reuters";Fusion.deployment="4512";Fusion.globalContent={json.dumps(gc)};'
        f'Fusion.globalContentConfig={{"source":"article-by-id-or-url-v1","query":{{"website_url":"{a.path}"}}}};'
        f"Fusion.contentCache={json.dumps({'markets-quote-v1': {q: {'data': {'last': round(rng.uniform(10, 500), 2), 'pct': round(rng.uniform(-3, 3), 2)}} for q in ['EUR=', 'GBP=', '.STOXX', '.FTSE', '.GDAXI', 'LCOc1', 'XAU=', 'US10YT=RR'] * 1}})};"
    )
    nav = _menu(
        rng,
        [
            ("/world/", "World"),
            ("/business/", "Business"),
            ("/markets/", "Markets"),
            ("/sustainability/", "Sustainability"),
            ("/legal/", "Legal"),
            ("/breakingviews/", "Breakingviews"),
            ("/technology/", "Technology"),
        ],
        "nav-bar",
        60,
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(a.title)} | Reuters</title>
<meta name="description" content="{esc(trunc(a.blocks[0].text, 160))}"/>
<meta name="article:published_time" content="{gc["first_publish_date"]}"/>
<meta property="og:title" content="{esc(a.title)}"/><meta property="og:site_name" content="Reuters"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<style>{css(rng, "site-header", 300)}</style>
<script>{analytics("RTRS")}</script>
</head><body><div id="fusion-app"><div class="regular-article-layout__container__3fBM8">
<header class="site-header__container__3Mv2P" data-testid="SiteHeader"><a href="/" aria-label="Reuters home" class="site-header__logo__3p6_A">Reuters</a><nav class="nav-bar__container__2KeMj"><ul>{nav}</ul></nav><a href="/account/register/sign-up/" class="site-header__button">Register</a> <a href="/site-search/?query=" class="site-header__search">Search</a></header>
<main id="main-content" class="regular-article-layout__main__1tvjV"><article class="article__container__2Oeng" aria-label="article">
<header class="article-header__container__3F4T5"><nav aria-label="Tags" class="article-header__tags__3CzR5"><ul><li><a href="/{sec_path}/" data-testid="Link">{esc(sec_name)}</a></li></ul></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__heading_2__1K_hh">{esc(a.title)}</h1>
<div class="article-header__author-date__1N5bN">{auth}<div class="date-line__date__23Ge-" data-testid="DateLineText"><time datetime="{gc["first_publish_date"]}"><span class="date-line__date___kNbY">{a.when:%B} {a.when.day}, {a.when:%Y}</span><span class="date-line__date___kNbY">{int(a.when.strftime("%I"))}:{a.when:%M %p} {"UTC" if x["utc"] else "GMT" + format(int(a.when.utcoffset().total_seconds() // 3600), "+d")}</span><span class="date-line__date___kNbY">Updated {rng.randint(1, 23)} hours ago</span></time></div></div>
<div class="article-header__share__2QKa1" data-testid="ShareButton"><button>Share</button><a href="https://www.reutersagency.example/">Purchase Licensing Rights</a></div></header>
<div class="article-body__container__3ypuX" data-testid="ArticleBody">
{body}
</div>
<div class="info-content__toolbar__3yjK5"><p class="text__text__1FZLe">Sign up <a href="/newsletters/">here.</a></p></div>
{trust}
</article>
<aside class="regular-article-layout__right-rail__2I_Rq"><div data-testid="ReadNext"><h2 class="text__heading_5__1qUJ5">Read Next</h2><ul class="story-collection__list__2M49i">{read_next}</ul></div>
<div data-testid="Advertisement" class="ad-slot__container"><div id="ad-slot-right-rail" data-ad-unit="reuters.com/world"></div></div></aside>
</main>
<footer class="site-footer__container__3ah2P" data-testid="Footer"><ul>{_menu(rng, [("/info-pages/about-us/", "About Reuters"), ("/info-pages/contact-us/", "Contact Us"), ("/info-pages/careers/", "Careers"), ("/info-pages/terms-of-use/", "Terms of Use"), ("/info-pages/privacy-statement/", "Privacy")], "footer", 25)}</ul>
<p class="site-footer__copyright">All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2024 Reuters. All rights reserved</p></footer>
</div></div>
<script id="fusion-metadata" type="application/javascript">{fusion}</script>
</body></html>
"""
    return _utf8(page)


# --- Al Jazeera ----------------------------------------------------------------------------
def aljazeera(site: Site23, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    sec_path, sec_name = x["sec"]
    style = x["style"]
    if style in ("agencies", "staff"):
        who = "Al Jazeera and news agencies" if style == "agencies" else "Al Jazeera Staff"
        byline = (
            f'<div class="article-source">{who}</div>'
            if style == "agencies"
            else f'<div class="article-author"><div class="article-author-name"><span class="article-author-name-item"><a href="/author/al-jazeera-staff" class="author-link">{who}</a></span></div></div>'
        )
    else:
        items = [
            f'<span class="article-author-name-item"><a href="{author_path("aljazeera", n)}" class="author-link">{esc(n)}</a></span>'
            for n in a.authors
        ]
        byline = (
            '<div class="article-author"><div class="article-author-name"><span class="article-author-name__by">By </span>'
            + '<span class="article-author-name__and"> and </span>'.join(items)
            + "</div></div>"
        )

    def fig(b: Block) -> str:
        return (
            f'<figure class="article-image wp-block-image"><div class="responsive-image"><img loading="lazy" src="/wp-content/uploads/{a.when:%Y/%m}/{b.src}.jpg?resize=770%2C513&amp;quality=80" alt="{esc(b.text)}" width="770" height="513"/></div>'
            f'<figcaption class="wp-element-caption">{esc(b.text)} [{esc(b.credit)}]</figcaption></figure>'
        )

    parts = []
    for n, b in enumerate(a.blocks):
        parts.append(
            _blocks_html(
                Art(a.tpl, a.i, a.path, "", [], a.when, "day", [b]), "<p>{}</p>", "<h2>{}</h2>", fig
            )
        )
        if n == 1 and a.related:
            lis = "".join(
                f'<li class="more-on__item"><article class="recommended-article"><a class="u-clickable-card__link" href="{r.path}"><span>{esc(r.title)}</span></a></article></li>'
                for r in _related_arts(site, a)
            )
            parts.append(
                f'<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><p class="screen-reader-text">list of {len(a.related)} items</p><ul class="more-on__list">{lis}</ul><p class="screen-reader-text">end of list</p></div>'
            )
    body = "\n".join(parts)
    most = "".join(
        f'<li class="trending-articles__list-item"><span class="trending-articles__number">{k}</span><a href="{b.path}" class="article-trending__title-link"><span>{esc(b.title)}</span></a></li>'
        for k, b in enumerate(others(rng, site.arts, a, 5), 1)
    )
    featured = "".join(
        f'<article class="gc u-clickable-card gc--type-post"><div class="gc__content"><h3 class="gc__title"><a class="u-clickable-card__link" href="{b.path}"><span>{esc(b.title)}</span></a></h3><div class="gc__date"><span class="screen-reader-text">Published On {b.when.day} {b.when:%b %Y}</span></div></div></article>'
        for b in others(rng, site.arts, a, 6)
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "dateModified": (a.when + timedelta(hours=rng.randint(0, 5))).isoformat(),
        "author": [
            {"@type": "Person", "name": n, "url": author_path("aljazeera", n)} for n in a.authors
        ]
        or [{"@type": "Organization", "name": "Al Jazeera"}],
        "publisher": {
            "@type": "Organization",
            "name": "Al Jazeera",
            "logo": {"@type": "ImageObject", "url": "/images/logo_aje.png"},
        },
    }
    nav = _menu(
        rng,
        [
            ("/news/", "News"),
            ("/middle-east/", "Middle East"),
            ("/africa/", "Africa"),
            ("/features/", "Features"),
            ("/economy/", "Economy"),
            ("/opinions/", "Opinion"),
            ("/video/", "Video"),
        ],
        "menu",
        45,
    )
    page = f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"/>
<title>{esc(a.title)} | {esc(sec_name)} | Al Jazeera</title>
<meta name="description" content="{esc(x["standfirst"])}"/>
<meta property="og:site_name" content="Al Jazeera"/><meta name="pageType" content="Article"/><meta name="postID" content="{x["id"]}"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>{css(rng, "site-header", 260)}</style>
<script>{analytics("AJE")}window.__APOLLO_STATE__ = {json.dumps({f"Post:{x['id']}": {"title": a.title, "date": a.when.isoformat(), "link": a.path, "__typename": "Post"}})};</script>
</head><body class="single-post"><div id="root"><div class="container container--header"><header class="header-menu"><a href="/" class="site-logo" aria-label="Al Jazeera">Al Jazeera</a><nav class="site-header__navigation"><ul class="menu header-menu">{nav}</ul></nav><div class="site-header__live-menu"><a href="/live/">Live</a></div><button class="site-header__search-trigger">Search</button></div></header></div>
<div class="container container--grid"><main id="main-content-area" class="l-col l-col--8">
<header class="article-header"><div class="topics"><a href="/{sec_path}/" class="topics__link">{esc(sec_name)}</a>|<a href="/tag/{x["ctx"]["topic"].replace(" ", "-")}/">{esc(x["ctx"]["topic_cap"])}</a></div>
<h1>{esc(a.title)}</h1><p class="article__subhead"><em>{esc(x["standfirst"])}</em></p></header>
<div class="article-info-block">{byline}<div class="article-dates"><div class="date-simple css-1yjq2zp"><span class="screen-reader-text">Published On {a.when.day} {a.when:%b %Y}</span><span aria-hidden="true">{a.when.day} {a.when:%b %Y}</span></div></div>
<div class="article-share"><ul class="social-share"><li><a href="https://www.facebook.example/sharer" aria-label="facebook">facebook</a></li><li><a href="https://twitter.example/intent/tweet" aria-label="twitter">twitter</a></li><li><a href="https://wa.example/send" aria-label="whatsapp">whatsapp</a></li><li><button class="copylink">copylink</button></li><li><button>save</button></li></ul></div></div>
<div class="wysiwyg wysiwyg--all-content css-ibbk12" aria-live="polite" aria-atomic="true">
{body}
</div>
<div class="article-source-footer"><p class="article-source">Source: <span>{"Al Jazeera and news agencies" if style == "agencies" else "Al Jazeera"}</span></p></div>
<section class="newsletter-signup"><h3>Sign up for Al Jazeera</h3><p>Weekly Newsletter</p><form><input type="email" placeholder="E-mail address"/><button>Subscribe</button></form></section>
<section class="featured-content"><h2>Featured</h2>{featured}</section>
</main><aside class="l-col l-col--4"><div class="trending-articles"><h2 class="trending-articles__heading">Most Read</h2><ol class="trending-articles__list">{most}</ol></div></aside></div>
<footer class="site-footer"><div class="site-footer__sections"><ul>{_menu(rng, [("/about-us/", "About"), ("/contact-us/", "Contact us"), ("/terms-and-conditions/", "Terms and conditions"), ("/cookie-policy/", "Cookie policy"), ("/community-rules/", "Community rules")], "footer", 25)}</ul></div><div class="site-footer__copyright">© 2024 Al Jazeera Media Network</div></footer></div>
</body></html>
"""
    return _utf8(page)


# --- Substack ------------------------------------------------------------------------------
def substack(site: Site23, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    pub = LABELS["substack"]
    cta = '<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Harbour Ledger! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"/><input type="submit" class="button primary" value="Subscribe"/></form></div></div>'

    def fig(b: Block) -> str:
        return (
            f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substack-post-media.example/public/images/{b.src}_1456x971.jpeg"><div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456,c_limit,f_auto,q_auto:good/{b.src}_1456x971.jpeg" width="1456" height="971" alt="" loading="lazy"/></picture></div></a>'
            f'<figcaption class="image-caption">{esc(b.text)}</figcaption></figure></div>'
        )

    body = _blocks_html(
        a,
        "<p>{}</p>",
        '<h3 class="header-anchor-post">{}<div class="pencraft pc-display-flex header-anchor-parent"><div class="header-anchor-widget"></div></div></h3>',
        fig,
    )
    paras = body.split("\n")
    mid = max(1, len(paras) // 2)
    body = "\n".join([*paras[:mid], cta, *paras[mid:]])
    if a.editors:
        body += f"\n<p><em>Edited by {esc(a.editors[0])}.</em></p>"
    authors = "".join(
        f'<div class="profile-hover-card-target"><a href="/@{n.lower().replace(" ", "")}" class="pencraft pc-reset link-HFGLu4">{esc(n)}</a></div>'
        + ('<span class="pencraft pc-reset"> and </span>' if k < len(a.authors) - 1 else "")
        for k, n in enumerate(a.authors)
    )
    avatars = "".join(
        f'<a href="/@{n.lower().replace(" ", "")}"><div class="avatar"><img src="https://substackcdn.example/image/fetch/w_80,h_80/{zlib.crc32(n.encode()) % 10**6}.jpeg" alt="" width="36" height="36"/></div></a>'
        for n in a.authors
    )
    date = f"{a.when:%b %d, %Y}"
    actions = f'<div class="post-ufi style-button"><a class="post-ufi-button like-button-container" role="button"><span class="label">{x["likes"]}</span></a><a href="{a.path}/comments" class="post-ufi-button post-ufi-comment-button"><span class="label">{x["comments"]}</span></a><a class="post-ufi-button restack-button"><span class="label">{x["restacks"]}</span></a><a class="post-ufi-button share-button">Share</a></div>'
    post = {
        "id": x["id"],
        "title": a.title,
        "subtitle": x["subtitle"],
        "slug": a.path.split("/")[-1],
        "post_date": a.when.astimezone(site_utc()).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "audience": "everyone",
        "type": "newsletter",
        "canonical_url": site.base + a.path,
        "reactions": {"❤": x["likes"]},
        "comment_count": x["comments"],
        "publishedBylines": [{"name": n, "handle": n.lower().replace(" ", "")} for n in a.authors],
        "body_html": body,
        "wordcount": sum(len(b.text.split()) for b in a.blocks),
    }
    preloads = {
        "isEU": False,
        "language": "en",
        "base_url": site.base,
        "pub": {
            "name": pub,
            "subdomain": "harbourledger",
            "author_name": x["host"][0],
            "hero_text": "Local politics, budgets and the fights that shape the city.",
        },
        "post": post,
        "canonicalUrl": site.base + a.path,
        "features": {
            k: rng.random() < 0.5
            for k in [
                "reader_app",
                "paid_posts",
                "podcast",
                "threads",
                "notes",
                "recommendations",
                "gifting",
                "founding_member",
            ]
        },
    }
    escaped = json.dumps(json.dumps(preloads))
    comments = "".join(
        f'<div class="comment"><div class="comment-meta"><a href="#" class="commenter-name">{esc(rng.choice(["Ruth", "Mike D", "Anne P.", "J. Kowal", "Sam"]))}</a><span class="comment-date">{(a.when + timedelta(days=rng.randint(0, 3))):%b %-d}</span></div><div class="comment-body"><p>{esc(rng.choice(["Great piece, thank you.", "I was at that meeting and this is exactly right.", "Would love a follow-up on the budget numbers.", "This is why I subscribe.", "Disagree on the second point, but well argued."]))}</p></div></div>'
        for _ in range(min(x["comments"], 4))
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(a.title)} - by {esc(" and ".join(a.authors))}</title>
<meta name="description" content="{esc(x["subtitle"])}"/>
<meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/>
<meta name="author" content="{esc(", ".join(a.authors))}"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<style>{css(rng, "pencraft", 330, True)}</style>
</head><body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">{pub}</a><nav class="pub-nav"><a href="/archive?sort=new">Archive</a> <a href="/archive?sort=top">Top</a> <a href="/about-substack">About</a></nav><div class="navbar-buttons"><a href="/subscribe" class="button primary subscribe-btn">Subscribe</a><a href="/account/login" class="button sign-in-link">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published" dir="auto">{esc(a.title)}</h1><h3 class="subtitle" dir="auto">{esc(x["subtitle"])}</h3>
<div class="post-meta"><div class="pencraft pc-display-flex pc-gap-12"><div class="pencraft pc-display-flex">{avatars}</div><div class="pencraft pc-display-flex flex-direction-column"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq">{authors}</div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx">{date}</div></div></div>{actions}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
</div></div>
<div class="post-footer">{actions}</div>
<div class="subscribe-footer"><p>Subscribe to {pub}</p><p>By {esc(x["host"][0])} · Launched 3 years ago</p><p>Local politics, budgets and the fights that shape the city.</p><form><input type="email" placeholder="Type your email…"/><button>Subscribe</button></form></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-tabs"><a>Comments</a><a>Restacks</a></div><div class="comment-list">{comments}</div><a href="{a.path}/comments" class="more-comments">{x["comments"]} more comments...</a></div>
</article></div></div></div>
<div class="footer-wrap"><div class="ready-for-more"><h2>Ready for more?</h2><form><input type="email" placeholder="Type your email…"/><button>Subscribe</button></form></div>
<div class="footer"><div class="footer-copyright">© 2024 {esc(x["host"][0])}</div><div class="footer-terms"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙ <a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div><div class="substack-link"><a href="https://substack.example/signup">Start writing</a><a href="https://substack.example/app">Get the app</a></div><p class="powered">Substack is the home for great culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse({escaped})</script>
<script src="https://substackcdn.example/bundle/static/js/main.js" defer></script>
</body></html>
"""
    return _utf8(page)


# --- The Courier-Mail ----------------------------------------------------------------------
def _cm_date(w: Any, old: bool) -> str:
    h = int(w.strftime("%I"))
    if old:
        return f"{w:%B} {w.day}, {w:%Y} {h}:{w:%M}{w:%p}".lower().replace(
            w.strftime("%B").lower(), w.strftime("%B")
        )
    return f"{w:%B} {w.day}, {w:%Y} - {h}:{w:%M%p}"


def couriermail(site: Site23, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    old = x["old"]
    sec_path, sec_name = x["sec"]
    style = x["style"]
    if style == "aap":
        byline = '<span class="byline_author">AAP</span>'
    else:
        names_html = " and ".join(
            f'<a href="{author_path("couriermail", n)}" class="byline_name">{esc(n)}</a>'
            for n in a.authors
        )
        suffix = {"with_aap": ", with AAP", "newswire": ", NCA NewsWire"}.get(style, "")
        prefix = "" if style == "two" else "By "
        byline = f'<span class="byline_author">{prefix}{names_html}{suffix}</span>'
        if style in ("one",):
            byline += f'<span class="byline_title">{esc(x["tag"])}</span>'

    def fig(b: Block) -> str:
        return (
            f'<figure class="image-block"><div class="image-frame"><img src="https://content.api.news.example/v3/images/bin/{b.src}?width=650" alt="{esc(b.text)}" width="650" height="366" loading="lazy"/></div>'
            f'<figcaption class="image-caption"><span class="caption-text">{esc(b.text)}</span> <span class="caption-credit">{esc(b.credit)}</span></figcaption></figure>'
        )

    paras = _blocks_html(
        a, '<p class="storyblock-para">{}</p>', '<h2 class="storyblock-heading">{}</h2>', fig
    ).split("\n")
    cut = min(2, len(paras))
    teaser = "\n".join(paras[:cut])
    rest = "\n".join(paras[cut:])
    related = ""
    if a.related:
        cards = "".join(
            f'<div class="story-block more-coverage_card"><a href="{r.path}" class="storyblock_title_link"><img src="https://content.api.news.example/v3/images/bin/t{k}.jpg" alt=""/><h4 class="storyblock_title">{esc(r.title)}</h4></a></div>'
            for k, r in enumerate(_related_arts(site, a))
        )
        related = f'<section class="more-coverage" data-tgev-container="more-coverage"><h3 class="more-coverage_heading">More Coverage</h3><div class="more-coverage_cards">{cards}</div></section>'
    trending = "".join(
        f'<li class="trending_item"><span class="trending_num">{k}</span><a href="{b.path}" class="trending_link">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site.arts, a, 8), 1)
    )
    date = _cm_date(a.when, old)
    upd = ""
    if x["updated"] and not old:
        upd = f'<span class="date-and-time_updated">Updated: {_cm_date(a.when + timedelta(minutes=x["updated"]), False)}</span>'
    if old:
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"/>
<title>{esc(a.title)} | The Courier-Mail</title>
<link rel="canonical" href="{site.base}{a.path}"/>
<style type="text/css">{css(rng, "tcm", 260)}</style>
<script type="text/javascript">var NEWS = NEWS || {{}}; NEWS.page = {{"section": "{sec_name}", "pageName": "{esc(a.title)}", "contentType": "story"}};{analytics("CM16")}</script>
</head><body class="story-page">
<div id="header"><a href="/" id="logo">The Courier-Mail</a><ul id="nav">{_menu(rng, [("/news/queensland", "Queensland"), ("/news/queensland/brisbane", "Brisbane"), ("/news/queensland/qld-politics", "QLD Politics"), ("/sport", "Sport")], "nav", 45)}</ul></div>
<div id="content-2"><div class="story-header"><h1 class="heading">{esc(a.title)}</h1><p class="intro">{esc(x["standfirst"])}</p>
<div class="story-info"><p class="byline"><cite>{byline}</cite></p><p class="published"><span class="date-time">{date}</span></p></div></div>
<div id="story-body" class="story-body"><div class="story-body-paywall-teaser">{teaser}</div><div class="story-body-premium" data-access="subscriber">{rest}</div></div>
{related.replace("more-coverage_heading", "heading")}
<div class="comments"><h3>Comments</h3><p>Comments on this story are closed.</p></div></div>
<div id="content-3"><div class="module trending"><h3>Most Popular</h3><ol>{trending}</ol></div></div>
<div id="footer"><p>Copyright 2016 News Limited. All times AEST (GMT +10).</p></div>
</body></html>
"""
        return encode(page, "iso-8859-1"), "text/html; charset=ISO-8859-1"
    state = {
        "story": {
            "id": a.path.rsplit("/", 1)[-1],
            "title": a.title,
            "standfirst": x["standfirst"],
            "byline": ", ".join(a.authors) or "AAP",
            "datePublished": a.when.isoformat(),
            "section": sec_name,
            "paywall": {"premium": True, "teaserParagraphs": 2},
        },
        "trending": [b.path for b in others(rng, site.arts, a, 5)],
    }
    page = f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"/>
<title>{esc(a.title)} | The Courier Mail</title>
<meta name="description" content="{esc(x["standfirst"])}"/>
<meta property="article:published_time" content="{a.when.isoformat()}"/>
<meta property="article:content_tier" content="locked"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<style>{css(rng, "ncnav", 300)}</style>
<script>{analytics("NCA")}</script>
</head><body class="story-page premium">
<header class="site-header"><a href="/" class="site-header_logo" title="The Courier Mail">The Courier Mail</a><a href="/subscribe" class="site-header_subscribe">Subscribe</a><a href="/login" class="site-header_login">Log in</a><nav class="site-navigation"><ul>{_menu(rng, [("/news/queensland", "Queensland"), ("/news/queensland/brisbane", "Brisbane"), ("/news/queensland/qld-politics", "QLD Politics"), ("/sport", "Sport"), ("/business", "Business")], "site-nav", 55)}</ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> <span>/</span> <a href="/{sec_path}">{esc(sec_name)}</a></div>
<main id="story-primary" class="story-primary"><article class="story">
<header class="story-header"><span class="story-header_kicker premium-badge">Exclusive</span><h1 id="story-headline" class="story-headline">{esc(a.title)}</h1><p id="story-intro" class="story-intro">{esc(x["standfirst"])}</p>
<div class="author_and_date"><div class="byline">{byline}</div><div class="date-and-time"><span class="date-and-time_published">{date}</span>{upd}</div></div>
<div class="share-tools"><button class="share_facebook">Facebook</button><button class="share_twitter">X</button><button class="share_email">Email</button><button class="share_gift">Gift this article</button><a href="#comments" class="comments-count">{rng.randint(0, 120)} comments</a></div></header>
<div id="story-body" class="story-body" data-paywall-teaser="true">
{teaser}
<div class="paywall-overlay" data-paywall-marker="true"><h3>Subscribe to read this story</h3><p>Get unlimited access to The Courier-Mail’s news app, website and more. Just $1 for your first month.</p><a href="/subscribe?offer=1dollar" class="paywall_cta">Subscribe</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>
<div class="story-body_premium" data-paywall-hidden="true">
{rest}
</div></div>
{related}
<section id="comments" class="comments"><h3>Join the conversation</h3><p>Commenting is open to subscribers.</p></section>
</article>
<aside class="sidebar"><section class="trending"><h2 class="trending_heading">Trending</h2><ol>{trending}</ol></section><section class="newsletter"><h3>Get the latest news</h3><p>Sign up to our Courier-Mail newsletters</p></section></aside></main>
<footer class="site-footer"><ul>{_menu(rng, [("/about-us", "About Us"), ("/contact-us", "Contact Us"), ("/editorial-complaints", "Editorial Complaints"), ("/privacy", "Privacy Policy")], "footer", 30)}</ul><p class="site-footer_copyright">Copyright © 2024 News Pty Ltd. All times AEST (GMT +10). Powered by WordPress.com VIP</p></footer>
<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>
</body></html>
"""
    return _utf8(page)


RENDER = {
    "guardian": guardian,
    "reuters": reuters,
    "aljazeera": aljazeera,
    "substack": substack,
    "couriermail": couriermail,
}


def register(site: Site23) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
