"""Site 42's non-article pages: the home page, each paper's section fronts with its own pagination
(The Hindu, Dawn, Gulf News and Nation ``?page=2``, The Times of India ``/city/mumbai/2``), The
Hindu's and Gulf News' topic pages, TOI's topic pages, writers' pages on every paper (The Hindu's
bureau page and Dawn's Dawn.com page among them), The Hindu's web archive by month and day,
Dawn's newspaper archive by date, TOI's ``archivelist`` calendar (Excel day numbers in the URL),
search pages, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, gtm, page_rng
from .pools import PLACES, TOPICS
from .templates import (
    DAWN_SECTIONS,
    GN_SECTIONS,
    HINDU_BUREAU,
    HINDU_SECTIONS,
    LABELS,
    NATION_SECTIONS,
    TOI_SECTIONS,
    author_path,
    dawn_byline,
    dawn_chrome,
    dawn_day,
    gn_chrome,
    gn_when,
    hindu_chrome,
    hindu_topic,
    latest,
    nation_chrome,
    nation_when,
    slugname,
    toi_chrome,
    toi_when,
    topic_name,
    writers,
)

if TYPE_CHECKING:
    from .generator import Site42

PER = 5

Chrome = Callable[..., tuple[bytes, str]]

CHROME: dict[str, Chrome] = {
    "hindu": hindu_chrome,
    "dawn": dawn_chrome,
    "gn": gn_chrome,
    "nation": nation_chrome,
    "toi": toi_chrome,
}


def _card(tpl: str, a: Art) -> str:
    t = esc(a.title)
    x = a.x
    if tpl == "hindu":
        who = ", ".join(a.authors) or "The Hindu Bureau"
        return f'<div class="element"><div class="picture"><a href="{a.path}"><img src="https://th-i.thgim.example/public/incoming/{x["aid"]}.jpg" alt="" loading="lazy"></a></div><div class="right-content"><h3 class="title"><a href="{a.path}">{t}</a></h3><div class="author-name">{esc(who)}</div><p class="sub-text">{esc(x["deck"])}</p></div></div>'
    if tpl == "dawn":
        return f'<article class="story  border-b  pb-3" data-id="{x["nid"]}"><h2 class="story__title  text-5  font-bold"><a class="story__link" href="{a.path}">{t}</a></h2><span class="story__byline">{esc(" | ".join(n for n, _ in dawn_byline(a)))}</span><div class="story__excerpt">{esc(x["excerpt"])}</div><span class="timestamp--time">{dawn_day(a.when)}</span></article>'
    if tpl == "gn":
        return f'<div class="card card-story"><a href="{a.path}"><img src="https://images.gulfnews.example/thumb/{x["ms"]}.jpg" alt=""><h3 class="card-headline">{t}</h3></a><p class="card-sub">{esc(x["sub"])}</p><time>{gn_when(a.when)}</time></div>'
    if tpl == "nation":
        return f'<li class="teaser"><a href="{a.path}" class="teaser-image-large"><h3 class="title-medium">{t}</h3></a><p class="teaser-summary">{esc(x["summary"])}</p><time class="date">{nation_when(a.when)}</time></li>'
    return f'<li><span class="w_img"><a href="{a.path}"><img src="https://static.toiimg.example/thumb/msid-{x["aid"]},width-200/photo.jpg" alt=""></a></span><span class="w_tle"><a href="{a.path}" title="{t}">{t}</a></span><span class="w_desc">{esc(a.paras[0][:180])}</span><span class="strlst_time">{toi_when(a.when)}</span></li>'


def _list(
    site: Site42, tpl: str, key: str, title: str, heading: str, arts: list[Art], pager: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "\n".join(_card(tpl, a) for a in arts) or '<p class="no-results">No stories found.</p>'
    if tpl in ("nation", "toi"):
        cards = f'<ul class="{"teaser-list" if tpl == "nation" else "list5 clearfix"}">{cards}</ul>'
    main = f'<div class="container section-front section-front--{tpl}"><h1 class="section-title">{esc(heading)}</h1><div class="section-list">{cards}</div>{pager}</div>'
    return CHROME[tpl](site, rng, title, key, main)


def _paged(
    site: Site42,
    tpl: str,
    base: str,
    heading: str,
    arts: list[Art],
    page_url: Callable[[int], str],
    suffix: str,
) -> None:
    """A front listing ``arts`` newest first, PER a page; page 1 is ``base``."""
    arts = latest(arts)
    pages = max(1, -(-len(arts) // PER))
    for n in range(1, pages + 1):
        url = base if n == 1 else page_url(n)
        chunk = arts[(n - 1) * PER : n * PER]
        links = []
        if n > 1:
            prev = base if n == 2 else page_url(n - 1)
            links.append(f'<a class="pagination__prev" rel="prev" href="{prev}">Previous</a>')
        links += [
            f'<span class="pagination__current" aria-current="page">{k}</span>'
            if k == n
            else f'<a class="pagination__page" href="{base if k == 1 else page_url(k)}">{k}</a>'
            for k in range(1, pages + 1)
        ]
        if n < pages:
            label = {"gn": "Load More", "toi": "Load More Stories", "dawn": "Older"}.get(
                tpl, "Next"
            )
            links.append(
                f'<a class="pagination__next" rel="next" href="{page_url(n + 1)}">{label}</a>'
            )
        pager = f'<nav class="pagination" aria-label="Pagination">{"".join(links)}</nav>'
        title = f"{heading}{'' if n == 1 else f' - Page {n}'}{suffix}"
        site.route(
            url, lambda t=title, u=url, c=chunk, p=pager: _list(site, tpl, u, t, heading, c, p)
        )


def _home(site: Site42) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "hindu": [(f"/{p}/", n) for p, n in HINDU_SECTIONS],
        "dawn": [(f"/{p}", n) for p, n in DAWN_SECTIONS] + [("/latest-news", "Latest")],
        "gn": [(f"/{p}", n) for p, n in GN_SECTIONS],
        "nation": [(f"/{p}", n) for p, n in NATION_SECTIONS],
        "toi": [(f"/{p}", n) for p, n in TOI_SECTIONS],
    }
    boxes = []
    for tpl, label in LABELS.items():
        links = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in fronts[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:4]
        )
        boxes.append(
            f'<section class="paper paper--{tpl}"><h2>{esc(label)}</h2><ul class="paper__sections">{links}</ul><ul class="paper__latest">{top}</ul></section>'
        )
    rows = "".join(
        f'<tr><td>{esc(LABELS[a.tpl])}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.when:%d %b %Y}</td></tr>'
        for a in latest(site.arts)[:25]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>South Asia, Gulf &amp; Africa Press Review - Chennai, Karachi, Dubai, Nairobi, Mumbai</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css(rng, "pr", 360, "bem")}</style><script>{gtm("PR42")}</script></head><body>
<header class="pr-header"><a href="/" class="pr-header__logo">South Asia, Gulf &amp; Africa Press Review</a><nav><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/archive/web/2024/05/">The Hindu archive</a></li><li><a href="/archive/year-2024,month-5.cms">TOI archive</a></li></ul></nav></header>
<main><h1>Today's English-language press of South Asia, the Gulf and East Africa</h1>{"".join(boxes)}
<section class="pr-latest"><h2>Latest from every paper</h2><table>{rows}</table></section></main>
<footer class="pr-footer"><p>Headlines belong to their publishers. &copy; 2024 Press Review.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></body></html>"""
    return encode(page)


def _static(
    site: Site42, key: str, title: str, text: list[str], rows: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rng.sample(site.arts, 12)
    )
    results = f'<ol class="search-results">{rows}</ol>' if rows else ""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Press Review</title>
<style>{css(rng, "pr", 380, "bem")}</style><script>{gtm("PR42")}</script></head><body>
<header class="pr-header"><a href="/" class="pr-header__logo">South Asia, Gulf &amp; Africa Press Review</a><nav><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main class="static-page"><h1>{esc(title)}</h1>{paras}{results}<aside><h2>Popular now</h2><ul>{more}</ul></aside></main>
<footer class="pr-footer"><p>&copy; 2024 Press Review.</p></footer></body></html>"""
    return encode(page)


def _search(site: Site42, tpl: str, key: str, word: str) -> tuple[bytes, str]:
    arts = site.of(tpl)
    hits = [
        a for a in arts if word in (a.title + " " + " ".join(a.x["ctx"].values())).lower()
    ] or latest(arts)[:5]
    rows = "".join(
        f'<li class="search-result"><a href="{a.path}">{esc(a.title)}</a><span class="search-result__date">{a.when:%d %b %Y}</span></li>'
        for a in hits
    )
    return _static(
        site, key, f"Search results for {word} - {LABELS[tpl]}", [f"{len(hits)} results"], rows
    )


def _calendar(
    site: Site42, tpl: str, key: str, title: str, days: dict[date, str]
) -> tuple[bytes, str]:
    """A month's calendar: the days with a page link to it, the others are plain numbers."""
    rng = page_rng(site.seed, key)
    first = date(2024, 5, 1)
    cells = ['<td class="empty"></td>'] * first.weekday()
    d = first
    while d.month == 5:
        cells.append(
            f'<td><a href="{days[d]}">{d.day}</a></td>' if d in days else f"<td>{d.day}</td>"
        )
        d += timedelta(days=1)
    rows = "".join("<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7))
    head = "".join(f"<th>{w}</th>" for w in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    main = f'<div class="container archive-page"><h1 class="section-title">{esc(title)}</h1><table class="archive-calendar"><caption>May 2024</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    return CHROME[tpl](site, rng, title, key, main)


def excel_day(d: date) -> int:
    """TOI's archive names a day by its spreadsheet serial number (2024-05-08 is 45420)."""
    return (d - date(1899, 12, 30)).days


def register(site: Site42) -> None:
    site.route("/", lambda: _home(site))
    _hindu_pages(site)
    _dawn_pages(site)
    _gn_pages(site)
    _nation_pages(site)
    _toi_pages(site)
    for tpl, key, word in [
        ("hindu", "/search/?q=chennai", "chennai"),
        ("dawn", "/search?q=karachi", "karachi"),
        ("gn", "/search?q=salik", "salik"),
        ("nation", "/search?query=housing+levy", "housing levy"),
    ]:
        site.route(key, lambda t=tpl, k=key, w=word: _search(site, t, k, w))
    site.route(
        "/about",
        lambda: _static(
            site,
            "/about",
            "About the Press Review",
            [
                "The Press Review gathers the English-language press of India, Pakistan, the United Arab Emirates and Kenya.",
                "It is a test site.",
            ],
        ),
    )
    site.route(
        "/contact",
        lambda: _static(
            site, "/contact", "Contact", ["Write to the desk at desk@pressreview.example."]
        ),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))


def _writers(site: Site42, tpl: str, suffix: str) -> None:
    for name, arts in writers(site, tpl).items():
        p = author_path(tpl, name)
        site.route(
            p,
            lambda t=tpl, p=p, nm=name, arts=arts: _list(
                site, t, p, f"{nm}{suffix}", nm, latest(arts)
            ),
        )


def _hindu_pages(site: Site42) -> None:
    th = site.of("hindu")
    for p, n in HINDU_SECTIONS:
        arts = [a for a in th if a.x["sec"][0] == p]
        _paged(
            site, "hindu", f"/{p}/", n, arts, lambda k, b=f"/{p}/": f"{b}?page={k}", " - The Hindu"
        )
    topics: dict[str, tuple[str, list[Art]]] = {}
    for t in TOPICS["hindu"]:
        t = t.removeprefix("the ")
        topics.setdefault(f"/topic/{slugname(t)}/", (t[:1].upper() + t[1:], []))
    for pl in PLACES["hindu"]:
        topics.setdefault(f"/topic/{slugname(pl)}/", (pl, []))
    for a in th:
        topics[hindu_topic(a)[0]][1].append(a)
        topics[f"/topic/{slugname(a.x['ctx']['place'])}/"][1].append(a)
    for tp, (label, arts) in topics.items():
        site.route(
            tp,
            lambda tp=tp, label=label, arts=arts: _list(
                site,
                "hindu",
                tp,
                f"{label} News, Latest {label} News - The Hindu",
                label,
                latest(arts),
            ),
        )
    _writers(site, "hindu", " - The Hindu")
    bureau = [a for a in th if a.x["style"] == "bureau"]
    site.route(
        HINDU_BUREAU,
        lambda: _list(
            site,
            "hindu",
            HINDU_BUREAU,
            "The Hindu Bureau - The Hindu",
            "The Hindu Bureau",
            latest(bureau),
        ),
    )
    # the web archive: a month's calendar, then a page a day
    days: dict[date, list[Art]] = {}
    for a in th:
        if a.when.year == 2024:
            days.setdefault(a.when.date(), []).append(a)
    links = {d: f"/archive/web/{d:%Y/%m/%d}/" for d in days}
    site.route(
        "/archive/web/2024/05/",
        lambda: _calendar(
            site, "hindu", "/archive/web/2024/05/", "The Hindu web archive: May 2024", links
        ),
    )
    for d, arts in days.items():
        site.route(
            links[d],
            lambda d=d, arts=arts: _list(
                site,
                "hindu",
                links[d],
                f"Archive - {d:%B %d, %Y} - The Hindu",
                f"Web archive: {d:%d %B %Y}",
                arts,
            ),
        )


def _dawn_pages(site: Site42) -> None:
    dn = site.of("dawn")
    for p, n in DAWN_SECTIONS:
        arts = [a for a in dn if a.x["sec"][0] == p]
        _paged(site, "dawn", f"/{p}", n, arts, lambda k, b=f"/{p}": f"{b}?page={k}", " - DAWN.COM")
    _paged(
        site,
        "dawn",
        "/latest-news",
        "Latest news",
        dn,
        lambda k: f"/latest-news?page={k}",
        " - DAWN.COM",
    )
    _writers(site, "dawn", " - DAWN.COM")
    dotcom = [a for a in dn if a.x["style"] in ("dotcom", "person_dotcom")]
    site.route(
        "/authors/1/dawncom",
        lambda: _list(
            site, "dawn", "/authors/1/dawncom", "Dawn.com - DAWN.COM", "Dawn.com", latest(dotcom)
        ),
    )
    # the newspaper archive, a page a date (the print stories of that day's paper)
    days: dict[date, list[Art]] = {date(2024, 5, 8): []}
    for a in dn:
        if a.x["printed"] and a.when.year == 2024:
            days.setdefault(a.when.date(), []).append(a)
    for d, arts in days.items():
        key = f"/newspaper/front-page/{d:%Y-%m-%d}"
        site.route(
            key,
            lambda d=d, arts=arts, key=key: _list(
                site,
                "dawn",
                key,
                f"Dawn Newspaper - {d:%B %d, %Y}",
                f"Today's Paper: {d:%B} {d.day}, {d.year}",
                arts,
            ),
        )


def _gn_pages(site: Site42) -> None:
    g = site.of("gn")
    for p, n in GN_SECTIONS:
        arts = [a for a in g if a.x["sec"][0].startswith(p)]
        _paged(site, "gn", f"/{p}", n, arts, lambda k, b=f"/{p}": f"{b}?page={k}", " | Gulf News")
    _writers(site, "gn", " | Gulf News")
    tags: dict[str, tuple[str, list[Art]]] = {}
    for a in g:
        for t in [topic_name(a), a.x["ctx"]["place"], a.x["sec"][1]]:
            tags.setdefault(f"/topic/{slugname(t)}", (t, []))[1].append(a)
    for tp, (label, arts) in tags.items():
        site.route(
            tp,
            lambda tp=tp, label=label, arts=arts: _list(
                site, "gn", tp, f"{label}: Latest news | Gulf News", label, latest(arts)
            ),
        )


def _nation_pages(site: Site42) -> None:
    nt = site.of("nation")
    for p, n in NATION_SECTIONS:
        arts = [a for a in nt if a.x["sec"][0] == p]
        _paged(site, "nation", f"/{p}", n, arts, lambda k, b=f"/{p}": f"{b}?page={k}", " | Nation")
    _writers(site, "nation", " | Nation")


def _toi_pages(site: Site42) -> None:
    ti = site.of("toi")
    for p, n in TOI_SECTIONS:
        arts = [a for a in ti if a.x["sec"][0] == p]
        _paged(
            site,
            "toi",
            f"/{p}",
            n,
            arts,
            lambda k, b=f"/{p}": f"{b}/{k}",
            " | Latest News - Times of India",
        )
    _writers(site, "toi", " | Times of India")
    topics: dict[str, tuple[str, list[Art]]] = {}
    for t in [
        "Mumbai rains",
        "BMC",
        "Mumbai local train",
        "Coastal road",
        "Metro 3",
        "Mumbai weather",
    ]:
        topics.setdefault(f"/topic/{slugname(t)}", (t, []))
    for a in ti:
        for t in [
            f"{a.x['sec'][1].removesuffix(' News')} news",
            topic_name(a),
            a.x["ctx"]["place"],
        ]:
            topics.setdefault(f"/topic/{slugname(t)}", (t, []))[1].append(a)
    for tp, (label, arts) in topics.items():
        site.route(
            tp,
            lambda tp=tp, label=label, arts=arts: _list(
                site,
                "toi",
                tp,
                f"{label}: Latest News, Videos and Photos of {label} | Times of India",
                label,
                latest(arts),
            ),
        )
    # the archive: a month's calendar and a page a day, named by the spreadsheet day number
    days: dict[date, list[Art]] = {date(2024, 5, 8): []}
    for a in ti:
        if a.when.year == 2024:
            days.setdefault(a.when.date(), []).append(a)
    links = {
        d: f"/{d.year}/{d.month}/{d.day}/archivelist/year-{d.year},month-{d.month},starttime-{excel_day(d)}.cms"
        for d in days
    }
    site.route(
        "/archive/year-2024,month-5.cms",
        lambda: _calendar(
            site,
            "toi",
            "/archive/year-2024,month-5.cms",
            "Times of India Archive - May 2024",
            links,
        ),
    )
    for d, arts in days.items():
        site.route(
            links[d],
            lambda d=d, arts=arts: _list(
                site,
                "toi",
                links[d],
                f"Times of India Archive - {d:%d %B %Y}",
                f"Archive: {d:%d %B %Y}",
                latest(arts),
            ),
        )
