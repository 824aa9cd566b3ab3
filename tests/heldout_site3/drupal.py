"""A UK regional paper on Drupal 10 (a custom Olivero-based theme, Metatag, Views blocks).

Dates are printed day/month/year in Europe/London (GMT, or BST in summer); Drupal's ``<time>``
attribute is in UTC, as core's formatter writes it.
"""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, ad_config, ad_slot, critical_css, esc, gtm_script, svg_sprite
from .pools import UK_FIRST, UK_LAST, comment_text_en

if TYPE_CHECKING:
    from .generator import Site3

SITE = "The Kennet Valley Chronicle"
SECTIONS = {"local": "Local news", "politics": "Politics"}
TODAY = datetime(2024, 8, 30, 7, 0)
PAGE = 4
SETTINGS = json.dumps(
    {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "en",
        },
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "ajaxTrustedUrl": {"/search/node": True},
        "user": {"uid": 0, "permissionsHash": "9f3b1c0a8e7d"},
    }
)


def _d(when: datetime, with_time: bool = True) -> str:
    if not with_time:
        return f"{when:%d/%m/%Y}"
    return f"{when:%d/%m/%Y %H:%M} {when.tzname()}"


def _teaser_date(when: datetime) -> str:
    return f"{when:%d/%m/%Y}"


def _head(site: Site3, title: str, path: str, extra: str, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-KV7Q2M1XRZ"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-KV7Q2M1XRZ", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false}});</script>
    <link rel="canonical" href="{site.base}{path}" />
{extra}
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/kennet/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(title)}</title>
    <style>{critical_css(rng, "kv", 260)}</style>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zr1kq3bW4xY.css?delta=0&amp;language=en&amp;theme=kennet&amp;include=eJxFi0EKgCAQAD8k7pNCbQvTVtm1ot9XEHSYyzATdRDkTp2JQw3" />
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
    {gtm_script("GTM-K7VC9QX")}
    {ad_config(rng, "kennetvalley", ["leaderboard", "mpu-1", "mpu-2", "inarticle-1", "billboard"])}
  </head>"""


def _header(site: Site3, crumbs: list[tuple[str, str]]) -> str:
    menu = [
        ("/news", "News", [("/news/local", "Local news"), ("/news/politics", "Politics")]),
        ("https://sport.kennetvalleychronicle.example/", "Sport", []),
        ("https://whatson.kennetvalleychronicle.example/", "What's On", []),
        ("https://www.kennetvalleychronicle.example/business", "Business", []),
        ("https://property.kennetvalleychronicle.example/", "Property", []),
        ("https://jobs.kennetvalleychronicle.example/", "Jobs", []),
        ("https://announcements.kennetvalleychronicle.example/", "Announcements", []),
        ("/contact/", "Contact us", []),
    ]
    items = []
    for href, label, sub in menu:
        subs = "".join(
            f'<li class="menu__item"><a href="{h}" class="menu__link">{esc(t)}</a></li>'
            for h, t in sub
        )
        items.append(
            f'<li class="menu__item{" menu__item--expanded" if sub else ""}">'
            f'<a href="{href}" class="menu__link" data-drupal-link-system-path="{href.strip("/")}">'
            f"{esc(label)}</a>{f'<ul class=menu>{subs}</ul>' if subs else ''}</li>"
        )
    crumb = "".join(
        f'<li class="breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs
    )
    return f"""
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
    {svg_sprite(["facebook", "x", "whatsapp", "email", "search", "menu", "close"])}
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
      <header role="banner" class="site-header">
        <div class="site-header__top">
          <div class="site-header__date">{TODAY:%A}, {TODAY.day} {TODAY:%B %Y}</div>
          <ul class="site-header__utility"><li><a href="https://subscribe.kennetvalleychronicle.example/">Subscribe</a></li><li><a href="https://epaper.kennetvalleychronicle.example/">Digital edition</a></li><li><a href="/user/login">Log in</a></li></ul>
        </div>
        <div id="block-kennet-branding" class="block block-system block-system-branding-block">
          <a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/kennet/logo.svg" alt="Home" fetchpriority="high" /></a>
          <div class="site-branding__name"><a href="/" rel="home" title="Home">{SITE}</a></div>
          <div class="site-branding__slogan">News for Newbury, Thatcham and the Kennet valley since 1867</div>
        </div>
        <div class="search-block-form block block-search" role="search">
          <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
            <label for="edit-keys" class="visually-hidden">Search</label>
            <input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search" />
            <input type="submit" value="Search" class="button js-form-submit form-submit" />
          </form>
        </div>
        <nav role="navigation" aria-labelledby="block-kennet-main-menu-menu" id="block-kennet-main-menu" class="block block-menu navigation menu--main">
          <h2 class="visually-hidden" id="block-kennet-main-menu-menu">Main navigation</h2>
          <ul class="menu menu--level-1">{"".join(items)}</ul>
        </nav>
      </header>
      <div class="region region-breadcrumb">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
          <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
          <ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">Home</a></li>{crumb}</ol>
        </nav>
      </div>
      {ad_slot("leaderboard")}"""


def _footer(site: Site3) -> str:
    cols = {
        "About us": [
            ("/contact/", "Contact us"),
            ("/privacy/", "Privacy notice"),
            ("https://www.kennetvalleychronicle.example/terms", "Terms and conditions"),
            ("https://www.kennetvalleychronicle.example/cookies", "Cookie policy"),
            ("https://www.ipso.co.uk/", "IPSO regulated"),
        ],
        "Our network": [
            (f"https://www.{n.lower()}-gazette.example/", f"{n} Gazette")
            for n in ("Reading", "Basingstoke", "Swindon", "Andover")
        ],
        "Advertise": [
            ("https://advertising.kennetvalleychronicle.example/", "Advertise with us"),
            ("https://announcements.kennetvalleychronicle.example/", "Place an announcement"),
            ("https://jobs.kennetvalleychronicle.example/recruiters", "Recruitment"),
        ],
    }
    blocks = "".join(
        f'<nav class="footer-menu"><h2>{esc(k)}</h2><ul class="menu">'
        + "".join(f'<li class="menu__item"><a href="{h}">{esc(t)}</a></li>' for h, t in v)
        + "</ul></nav>"
        for k, v in cols.items()
    )
    return f"""
      <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">{blocks}
          <div class="newsletter-signup"><h2>Get the Chronicle in your inbox</h2><p>Our free daily newsletter, every weekday at 7am.</p><form action="https://lists.kennetvalleychronicle.example/subscribe" method="post"><input type="email" name="EMAIL" placeholder="Email address" /><button type="submit">Sign up</button></form></div>
          <p class="copyright">&copy; 2024 Kennet Valley Newspapers Ltd, Market Street, Newbury RG14 5DP. Registered in England and Wales no. 00412873.</p>
        </div>
      </footer>
    </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{SETTINGS}</script>
    <script src="/sites/default/files/js/js_q9LkS1mYx0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=kennet"></script>
  </body>
</html>"""


def _byline(a: Art) -> str:
    style = a.x["byline"]
    if style == "none":
        return ""
    if style == "two":
        text = f"By {a.authors[0]} and {a.authors[1]}"
    elif style == "role":
        text = f"By {a.authors[0]}, {a.x['role']}"
    else:
        text = f"By {a.authors[0]}"
    return (
        '<div class="field field--name-field-byline field--type-string field--label-hidden '
        f'field__item">{esc(text)}</div>'
    )


def _dates(a: Art) -> str:
    with_time = a.precision != "day"
    shown = _d(a.when, with_time)
    if a.x["time_el"]:  # core's formatter: UTC; a date-only field is noon UTC of its day
        iso = (
            a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            if with_time
            else f"{a.when:%Y-%m-%d}T12:00:00Z"
        )
        pub = f'Published: <time datetime="{iso}">{shown}</time>'
    else:
        pub = f"Published: {shown}"
    out = f'<div class="node__meta"><span class="node__published">{pub}</span>'
    if a.x["updated"] is not None:
        out += f' <span class="node__updated">Updated: {a.x["updated"]:%d/%m/%Y %H:%M}</span>'
    return out + "</div>"


def article(site: Site3, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"drupal:{a.path}")
    arts = site.of("drupal")
    sec = a.x["section"]
    title = a.title
    extra = [
        f'    <link rel="shortlink" href="{site.base}/node/{a.x["nid"]}" />',
        f'    <meta name="description" content="{esc(a.x["standfirst"])}" />',
        f'    <meta property="og:site_name" content="{SITE}" />',
        '    <meta property="og:type" content="article" />',
        f'    <meta property="og:url" content="{site.base}{a.path}" />',
        f'    <meta property="og:title" content="{esc(title)}" />',
        f'    <meta property="og:description" content="{esc(a.x["standfirst"])}" />',
        f'    <meta property="og:image" content="{site.base}/sites/default/files/styles/og/public/'
        f'{a.when:%Y-%m}/kv{a.x["nid"]}.jpg" />',
        '    <meta name="twitter:card" content="summary_large_image" />',
        '    <meta name="twitter:site" content="@KennetChronicle" />',
    ]
    if a.x["metatag"]:
        extra.append(
            f'    <meta property="article:published_time" content="{a.when.isoformat()}" />'
        )
    if a.x["jsonld"]:
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "headline": title,
                    "description": a.x["standfirst"],
                    "datePublished": a.when.isoformat(),
                    "author": [{"@type": "Person", "name": n} for n in a.authors]
                    or {"@type": "Organization", "name": SITE},
                    "publisher": {
                        "@type": "Organization",
                        "name": SITE,
                        "logo": {
                            "@type": "ImageObject",
                            "url": f"{site.base}/themes/custom/kennet/logo.png",
                        },
                    },
                    "mainEntityOfPage": f"{site.base}{a.path}",
                }
            ],
        }
        extra.append(f'    <script type="application/ld+json">{json.dumps(ld)}</script>')
    head = _head(site, f"{title} | {SITE}", a.path, "\n".join(extra), rng)
    body_paras = [f"<p>{esc(p)}</p>" for p in a.paras]
    if len(body_paras) > 4:
        body_paras.insert(3, ad_slot("inarticle-1"))
    if a.x["image"]:
        img = (
            '<div class="field field--name-field-image field--type-image field--label-hidden '
            f'field__item"><figure class="caption caption-img"><img loading="lazy" '
            f'src="/sites/default/files/styles/article_large/public/{a.when:%Y-%m}/'
            f'IMG_{a.x["nid"] * 7 % 9000}.jpg?itok=Qm3{a.x["nid"]}" width="1200" height="675" '
            f'alt="{esc(a.x["caption"])}" /><figcaption>{esc(a.x["caption"])} '
            f"Photo: {esc(a.x['photo_by'])}</figcaption></figure></div>"
        )
    else:
        img = ""
    related = [site.by_path[p] for p in a.related]
    rel_rows = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
        f'<a href="{r.path}"><img src="/sites/default/files/styles/teaser/public/{r.when:%Y-%m}/'
        f'kv{r.x["nid"]}.jpg" alt="" loading="lazy" /></a><h3 class="node__title"><a href="{r.path}" '
        f'rel="bookmark"><span>{esc(r.title)}</span></a></h3><div class="teaser-date">'
        f"{_teaser_date(r.when)}</div></article></div>"
        for r in related
    )
    popular = [site.by_path[p] for p in site.drupal_popular if p != a.path][:5]
    pop_rows = "".join(
        f'<li class="most-popular__item"><span class="most-popular__rank">{i}</span>'
        f'<a href="{r.path}">{esc(r.title)}</a></li>'
        for i, r in enumerate(popular, 1)
    )
    others = [b for b in arts if b is not a]
    teasers = {
        "kennet_teasers": {
            "view": "latest_in_section",
            "items": [
                {
                    "nid": b.x["nid"],
                    "title": b.title,
                    "url": b.path,
                    "created": b.when.isoformat(),
                    "byline": (f"By {b.authors[0]}" if b.authors else ""),
                }
                for b in rng.sample(others, 4)
            ],
        }
    }
    tags = "".join(
        f'<div class="field__item"><a href="/topics/{t}" hreflang="en">'
        f"{esc(t.replace('-', ' ').capitalize())}</a></div>"
        for t in a.x["tags"]
    )
    comments = ""
    if a.x["comments"]:
        rows = []
        for k in range(rng.randint(2, 5)):
            user = f"{rng.choice(UK_FIRST).lower()}{rng.choice(UK_LAST).lower()[:4]}{rng.randint(1, 99)}"
            when = a.when + timedelta(hours=k * 5 + 1, minutes=rng.randint(0, 59))
            rows.append(
                f'<article role="article" class="comment js-comment by-anonymous"><footer '
                f'class="comment__meta"><p class="comment__author"><span>{esc(user)}</span></p>'
                f'<p class="comment__time">{when:%d/%m/%Y - %H:%M}</p></footer><div '
                f'class="comment__content"><p>{esc(comment_text_en(rng))}</p></div></article>'
            )
        comments = (
            f'<section class="field field--name-comment field--type-comment"><h2 class="title '
            f'comment-form__title">Comments ({len(rows)})</h2>{"".join(rows)}<p class="comment-'
            'house-rules"><a href="/contact/">Report a comment</a></p></section>'
        )
    share = (
        '<div class="share-links"><span>Share this article</span><ul>'
        f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={site.base}{a.path}" '
        'class="share--facebook"><svg><use href="#icon-facebook"/></svg>Facebook</a></li>'
        f'<li><a href="https://twitter.com/intent/tweet?url={site.base}{a.path}" '
        'class="share--x"><svg><use href="#icon-x"/></svg>X</a></li>'
        f'<li><a href="https://wa.me/?text={site.base}{a.path}" class="share--whatsapp">'
        '<svg><use href="#icon-whatsapp"/></svg>WhatsApp</a></li>'
        f'<li><a href="mailto:?subject=Chronicle%20article&amp;body={site.base}{a.path}" '
        'class="share--email"><svg><use href="#icon-email"/></svg>Email</a></li></ul></div>'
    )
    page = f"""{head}
{_header(site, [("/news", "News"), (f"/news/{sec}", SECTIONS[sec])])}
      <main role="main" class="main-content">
        <a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <div class="region region-content">
            <div id="block-kennet-page-title" class="block block-core block-page-title-block">
              <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>
            </div>
            <div id="block-kennet-content" class="block block-system block-system-main-block">
              <article role="article" data-history-node-id="{a.x["nid"]}" class="node node--type-article node--promoted node--view-mode-full">
                <div class="node__content">
                  <div class="clearfix text-formatted field field--name-field-standfirst field--type-text field--label-hidden field__item"><p>{esc(a.x["standfirst"])}</p></div>
                  {_byline(a)}
                  {_dates(a)}
                  {share}
                  {img}
                  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
                    {"".join(body_paras)}
                  </div>
                  <div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Topics</div><div class="field__items">{tags}</div></div>
                  {comments}
                </div>
              </article>
            </div>
            <div class="views-element-container block block-views block-views-blockrelated-content-block-1" id="block-kennet-related">
              <h2 class="block__title">Related content</h2>
              <div class="view view-related-content view-id-related_content view-display-id-block_1"><div class="view-content">{rel_rows}</div></div>
            </div>
          </div>
        </div>
        <aside class="layout-sidebar-second" role="complementary">
          {ad_slot("mpu-1")}
          <div class="views-element-container block block-views block-views-blockmost-popular-block-1" id="block-kennet-mostpopular">
            <h2 class="block__title">Most popular</h2>
            <ol class="most-popular">{pop_rows}</ol>
          </div>
          {ad_slot("mpu-2")}
        </aside>
      </main>
      <script type="application/json" data-drupal-selector="kennet-teasers">{json.dumps(teasers)}</script>
{_footer(site)}"""
    return page.encode("utf-8"), "text/html; charset=UTF-8"


def listing(
    site: Site3, path: str, title: str, items: list[Art], page: int, pages: int
) -> tuple[bytes, str]:
    """A Views section front; ``path`` is the route, query included."""
    rng = random.Random(f"drupal-list:{path}")
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
        f'<a href="{a.path}"><img src="/sites/default/files/styles/teaser/public/{a.when:%Y-%m}/'
        f'kv{a.x["nid"]}.jpg" alt="" loading="lazy" /></a><h2 class="node__title"><a href="{a.path}" '
        f'rel="bookmark"><span>{esc(a.title)}</span></a></h2><div class="node__summary">'
        f'{esc(a.x["standfirst"])}</div><div class="teaser-date">{_teaser_date(a.when)}</div>'
        "</article></div>"
        for a in items
    )
    pager = ""
    if pages > 1:
        lis = []
        for p in range(pages):
            cur = ' is-active" aria-current="page' if p == page else ""
            lis.append(
                f'<li class="pager__item{cur}"><a href="?page={p}" title="Go to page {p + 1}">'
                f"{p + 1}</a></li>"
            )
        if page + 1 < pages:
            lis.append(
                f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" '
                'title="Go to next page" rel="next">Next ›</a></li>'
            )
        pager = (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 '
            f'id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items '
            f'js-pager__items">{"".join(lis)}</ul></nav>'
        )
    head = _head(site, f"{title} | {SITE}", path, "", rng)
    page_html = f"""{head}
{_header(site, [("/news", "News")])}
      <main role="main" class="main-content">
        <a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <h1 class="page-title">{esc(title)}</h1>
          <div class="views-element-container"><div class="view view-section-front"><div class="view-content">{rows}</div>{pager}</div></div>
        </div>
        <aside class="layout-sidebar-second" role="complementary">{ad_slot("mpu-1")}</aside>
      </main>
{_footer(site)}"""
    return page_html.encode("utf-8"), "text/html; charset=UTF-8"


def register(site: Site3) -> None:
    arts = sorted(site.of("drupal"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, partial(article, site, a))
    groups: dict[str, tuple[str, list[Art]]] = {"/news": ("News", arts)}
    for sec, label in SECTIONS.items():
        groups[f"/news/{sec}"] = (label, [a for a in arts if a.x["section"] == sec])
    tags = sorted({t for a in arts for t in a.x["tags"]})
    for t in tags:
        groups[f"/topics/{t}"] = (
            t.replace("-", " ").capitalize(),
            [a for a in arts if t in a.x["tags"]],
        )
    for path, (label, items) in groups.items():
        pages = max(1, -(-len(items) // PAGE))
        for p in range(pages):
            chunk = items[p * PAGE : (p + 1) * PAGE]
            routes = [path if p == 0 else f"{path}?page={p}"]
            if pages > 1 and p == 0:
                routes.append(f"{path}?page=0")
            for r in routes:
                site.route(r, partial(listing, site, r, label, chunk, p, pages))
