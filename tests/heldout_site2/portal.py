# ruff: noqa: E501  (HTML templates: one line of markup per line, as CMSes emit it)
"""Pages of the portal around the five templates (served in the WordPress theme): the front page
with teasers to every section, the about page, the archive calendar and its day listings, search
results, robots.txt."""

from __future__ import annotations

import calendar
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from . import wp
from .common import Art, esc

if TYPE_CHECKING:
    from .generator import Site2

SECTION_NAMES = {
    "wp": "The Harbor Ledger",
    "gov": "青山县人民政府",
    "paper": "江城日报",
    "tw": "東方新聞網",
    "amp": "The Meridian Post",
}
SECTION_HOME = {
    "wp": "/page/2/",
    "gov": "/xxgk/zwdt/index.html",
    "paper": "/html/node_1.htm",
    "tw": "/news/cate/6638",
    "amp": "/meridian/",
}
MONTHS = ("2024-02", "2024-03")


def _wp_page(
    site: Site2, path: str, doc_title: str, main: str, og_type: str = "website"
) -> tuple[bytes, str]:
    page = (
        wp.head(
            site,
            doc_title,
            site.base + path,
            f'<meta property="og:type" content="{og_type}" />',
            len(path) + 11,
        )
        + wp.masthead(site)
        + f'<div id="content" class="site-content"><div class="content-area-wrap"><main id="primary" class="site-main">{main}</main>'
        + wp.sidebar(site)
        + "</div>"
        + wp.footer(site)
    )
    return page.encode("utf-8"), wp.CTYPE


def _item(site: Site2, a: Art) -> str:
    return (
        f'<li class="teaser teaser--{a.tpl}"><a href="{site.base}{a.path}">{esc(a.title)}</a> '
        f'<span class="teaser__source">{SECTION_NAMES[a.tpl]}</span></li>'
    )


def home(site: Site2) -> tuple[bytes, str]:
    b = site.base
    latest = sorted(site.of("wp"), key=lambda a: a.when, reverse=True)[: wp.PER_PAGE]
    blocks = ""
    for tpl in ("gov", "paper", "tw", "amp"):
        arts = sorted(site.of(tpl), key=lambda a: a.when, reverse=True)[:3]
        blocks += (
            f'<section class="partner-block partner-block--{tpl}"><h2 class="partner-block__title">'
            f'<a href="{b}{SECTION_HOME[tpl]}">{SECTION_NAMES[tpl]}</a></h2><ul>'
            + "".join(_item(site, a) for a in arts)
            + f'</ul><a class="partner-block__more" href="{b}{SECTION_HOME[tpl]}">More &rarr;</a></section>'
        )
    main = (
        '<h1 class="screen-reader-text">The Harbor Ledger &#8211; News from the harbor towns</h1>'
        '<section class="front-latest"><h2 class="section-heading">Latest</h2>'
        + "".join(wp.teaser(site, a) for a in latest)
        + f'<nav class="navigation posts-navigation"><div class="nav-links"><div class="nav-previous"><a href="{b}/page/2/">Older posts</a></div></div></nav></section>'
        + '<section class="front-partners"><h2 class="section-heading">Around the region</h2>'
        + blocks
        + "</section>"
        + f'<section class="front-calendar"><h2 class="section-heading">Browse by date</h2><p><a href="{b}/calendar/2024-03/">March 2024</a> &middot; <a href="{b}/calendar/2024-02/">February 2024</a></p></section>'
    )
    return _wp_page(site, "/", f"{wp.SITE} &#8211; News from the harbor towns since 1887", main)


ABOUT = (
    "The Harbor Ledger was founded in 1887 by Josiah Whitcomb, a ship chandler who printed a single "
    "weekly sheet of arrivals, departures and cargo prices for the merchants of Front Street. Over the "
    "following century it grew into the daily newspaper of record for Harbor City, Millbrook, Cedar Hill "
    "and the island towns, surviving two fires, the closure of the cannery and the long decline of the "
    "fishing fleet.",
    "Today the Ledger is owned by the Harbor Ledger Community Trust, a nonprofit established in 2019 when "
    "the Whitcomb family transferred the paper to a board of local residents. The trust's charter commits "
    "the newsroom to independent, nonpartisan reporting and bars any owner, donor or advertiser from "
    "influencing coverage.",
    "Our newsroom of fourteen reporters, editors and photographers covers city government, schools, the "
    "port, the environment and local business. We publish online every day and in print on Wednesdays "
    "and Saturdays. Our work has been recognized by the state press association and the regional chapter "
    "of the Society of Professional Journalists.",
    "We also host partner content from neighbouring publishers: the Qingshan County government portal, "
    "the Jiangcheng Daily e-edition, Dongfang News and The Meridian Post appear on this site under their "
    "own names and are produced by their own newsrooms.",
    "Corrections: we correct errors of fact promptly and note the correction at the end of the story. "
    "To report an error, email corrections@harborledger.example or call the newsroom at (555) 010-4477.",
    "Ethics: Ledger journalists do not accept gifts, free travel or payment from people they cover, and "
    "disclose any potential conflict of interest to their editor. Sponsored content is always labelled.",
)
MASTHEAD = (
    ("Executive Editor", "Margaret Lindqvist"),
    ("Managing Editor", "Carlos Whitfield"),
    ("City Editor", "Anne-Marie Osei"),
    ("Photo Editor", "Dmitri Kowalski"),
    ("Publisher", "Robert Ashford"),
)


def about(site: Site2) -> tuple[bytes, str]:
    staff = "".join(f"<li><strong>{role}:</strong> {name}</li>" for role, name in MASTHEAD)
    main = (
        '<article id="post-12" class="post-12 page type-page status-publish hentry">'
        '<header class="entry-header"><h1 class="entry-title">About Us</h1></header>'
        '<div class="entry-content">'
        + "".join(f"<p>{esc(p)}</p>" for p in ABOUT)
        + f'<h2 class="wp-block-heading">Who we are</h2><ul class="wp-block-list">{staff}</ul>'
        + '<h2 class="wp-block-heading">Contact</h2><p>112 Front Street, Harbor City. Newsroom: (555) 010-4477. Advertising: (555) 010-4480.</p>'
        + "</div></article>"
    )
    return _wp_page(site, "/about/", f"About Us &#8211; {wp.SITE}", main)


def _local_day(a: Art) -> str:
    return f"{a.when:%Y-%m-%d}"


def month_page(site: Site2, ym: str) -> tuple[bytes, str]:
    b = site.base
    y, m = (int(x) for x in ym.split("-"))
    days = {_local_day(a) for a in site.arts}
    rows = ""
    for week in calendar.Calendar(firstweekday=6).monthdayscalendar(y, m):
        cells = ""
        for d in week:
            if d == 0:
                cells += '<td class="pad">&nbsp;</td>'
                continue
            key = f"{ym}-{d:02d}"
            cells += (
                f'<td><a href="{b}/calendar/{key}/" aria-label="{calendar.month_name[m]} {d}, {y}">{d}</a></td>'
                if key in days
                else f"<td>{d}</td>"
            )
        rows += f"<tr>{cells}</tr>"
    i = MONTHS.index(ym)
    nav = ""
    if i > 0:
        nav += f'<a class="prev" href="{b}/calendar/{MONTHS[i - 1]}/">&laquo; {MONTHS[i - 1]}</a>'
    if i + 1 < len(MONTHS):
        nav += f'<a class="next" href="{b}/calendar/{MONTHS[i + 1]}/">{MONTHS[i + 1]} &raquo;</a>'
    main = (
        f'<header class="page-header"><h1 class="page-title">Archive: {calendar.month_name[m]} {y}</h1></header>'
        f'<table id="wp-calendar" class="wp-calendar-table"><caption>{calendar.month_name[m]} {y}</caption>'
        "<thead><tr><th>S</th><th>M</th><th>T</th><th>W</th><th>T</th><th>F</th><th>S</th></tr></thead>"
        f'<tbody>{rows}</tbody></table><nav class="wp-calendar-nav">{nav}</nav>'
    )
    return _wp_page(
        site, f"/calendar/{ym}/", f"Archive: {calendar.month_name[m]} {y} &#8211; {wp.SITE}", main
    )


def day_page(site: Site2, day: str) -> tuple[bytes, str]:
    arts = sorted((a for a in site.arts if _local_day(a) == day), key=lambda a: a.when)
    main = (
        f'<header class="page-header"><h1 class="page-title">Stories from {day}</h1></header>'
        f'<ul class="day-list">{"".join(_item(site, a) for a in arts)}</ul>'
        f'<p><a href="{site.base}/calendar/{day[:7]}/">Back to the calendar</a></p>'
    )
    return _wp_page(site, f"/calendar/{day}/", f"Stories from {day} &#8211; {wp.SITE}", main)


def search(site: Site2, path: str) -> tuple[bytes, str]:
    q = unquote(parse_qs(urlsplit(path).query).get("q", [""])[0])
    hits = [a for a in site.arts if q and (q.lower() in a.title.lower() or q in " ".join(a.paras))]
    hits = sorted(hits, key=lambda a: a.when, reverse=True)[:10]
    main = (
        f'<header class="page-header"><h1 class="page-title">Search Results for: <span>{esc(q)}</span></h1></header>'
        + (
            f'<ul class="search-results">{"".join(_item(site, a) for a in hits)}</ul>'
            if hits
            else '<section class="no-results not-found"><p>Sorry, but nothing matched your search terms.</p></section>'
        )
    )
    return _wp_page(
        site, path, f"Search Results for &#8220;{esc(q)}&#8221; &#8211; {wp.SITE}", main
    )


SEARCHES = (
    "/search?q=harbor",
    "/search?q=meridian",
    "/search?q=%E6%B1%9F%E5%9F%8E",
    "/search?q=%E6%96%B0%E8%81%9E",
)


def _text(body: bytes) -> tuple[bytes, str]:
    return body, "text/plain"


def register(site: Site2) -> None:
    site.route("/robots.txt", partial(_text, b"User-agent: *\nAllow: /\n"))
    site.route("/", partial(home, site))
    site.route("/about/", partial(about, site))
    for ym in MONTHS:
        site.route(f"/calendar/{ym}/", partial(month_page, site, ym))
    for day in sorted({_local_day(a) for a in site.arts}):
        site.route(f"/calendar/{day}/", partial(day_page, site, day))
    for s in SEARCHES:
        site.route(s, partial(search, site, s))
