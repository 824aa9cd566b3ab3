"""Site 28's non-article pages: the home page, each publisher's section fronts with its own
pagination (BBC ``?page=2``, NPR ``archive?start=5``, McClatchy ``?page=2``, WordPress
``/page/2/``, Stuff ``?page=2``), BBC topic pages, NPR programme pages, writers' pages, search,
about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, gtm, page_rng
from .templates import (
    BBC_REGIONS,
    KC_SECTIONS,
    LABELS,
    NPR_SECTIONS,
    OC_SECTIONS,
    ST_SECTIONS,
    author_path,
    bbc_chrome,
    bbc_topic,
    kc_chrome,
    kc_when,
    latest,
    npr_chrome,
    npr_when,
    oc_chrome,
    st_chrome,
    st_when,
    writers,
)

if TYPE_CHECKING:
    from .generator import Site28

PER = 5

Chrome = Callable[..., tuple[bytes, str]]


def _card(tpl: str, a: Art) -> str:
    t = esc(a.title)
    if tpl == "bbc":
        d = f"{a.when.day} {a.when:%b %Y}"
        return f'<div data-testid="liverpool-card"><a data-testid="internal-link" href="{a.path}"><h2 data-testid="card-headline">{t}</h2></a><p data-testid="card-description">{esc(a.x["summary"])}</p><span data-testid="card-metadata-lastupdated">{d}</span></div>'
    if tpl == "npr":
        day, _ = npr_when(a.when)
        return f'<article class="item has-image"><div class="item-info"><div class="slug-wrap"><h3 class="slug"><a href="/sections/{a.x["sec"][0]}/">{a.x["sec"][1]}</a></h3></div><h2 class="title"><a href="{a.path}">{t}</a></h2><p class="teaser"><a href="{a.path}"><time datetime="{a.when:%Y-%m-%d}">{day} &bull; </time>{esc(a.x["teaser"])}</a></p></div></article>'
    if tpl == "kcstar":
        return f'<div class="package"><div class="kicker"><a href="/{a.x["sec"][0]}/">{esc(a.x["sec"][1].upper())}</a></div><h3><a class="" href="{a.path}">{t}</a></h3><time class="update-date">{kc_when(a.when)}</time></div>'
    if tpl == "citizen":
        return f'<article class="article-card"><a class="article-card__link" href="{a.path}"><span class="article-card__category">{esc(a.x["sec"][1])}</span><h3 class="article-card__headline">{t}</h3><p class="article-card__excerpt">{esc(a.x["deck"])}</p><span class="article-card__time">{a.when:%B %d, %Y}</span></a></article>'
    intro = a.paras[0] if a.x["old"] else a.x["deck"]
    return f'<div class="stuff-teaser"><a href="{a.path}"><h3 class="stuff-teaser__headline">{t}</h3><p class="stuff-teaser__intro">{esc(intro[:180])}</p><time>{st_when(a.when)}</time></a></div>'


CHROME: dict[str, Chrome] = {
    "bbc": bbc_chrome,
    "npr": npr_chrome,
    "kcstar": kc_chrome,
    "citizen": oc_chrome,
    "stuff": st_chrome,
}


def _list(
    site: Site28, tpl: str, key: str, title: str, heading: str, arts: list[Art], pager: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "\n".join(_card(tpl, a) for a in arts)
    main = f'<div class="section-front section-front--{tpl}"><h1 class="section-front__title">{esc(heading)}</h1><div class="section-front__list">{cards}</div>{pager}</div>'
    return CHROME[tpl](site, rng, title, key, main)


def _paged(
    site: Site28,
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
            links.append(
                f'<a class="pagination__prev" rel="prev" href="{base if n == 2 else page_url(n - 1)}">Previous</a>'
            )
        links += [
            f'<span class="pagination__current" aria-current="page">{k}</span>'
            if k == n
            else f'<a class="pagination__page" href="{base if k == 1 else page_url(k)}">{k}</a>'
            for k in range(1, pages + 1)
        ]
        if n < pages:
            label = {"npr": "Load more stories", "kcstar": "Load More"}.get(tpl, "Next")
            links.append(
                f'<a class="pagination__next" rel="next" href="{page_url(n + 1)}">{label}</a>'
            )
        pager = f'<nav class="pagination" aria-label="Pagination">{"".join(links)}</nav>'
        title = f"{heading}{'' if n == 1 else f' - Page {n}'}{suffix}"
        site.route(
            url, lambda t=title, u=url, c=chunk, p=pager: _list(site, tpl, u, t, heading, c, p)
        )


def _home(site: Site28) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "bbc": [("/news", "BBC News"), *[(f"/news/england/{r}", n) for r, n in BBC_REGIONS]],
        "npr": [
            ("/sections/news/", "NPR News"),
            *[(f"/sections/{s}/", n) for s, n in NPR_SECTIONS],
            ("/programs/morning-edition/", "Morning Edition"),
        ],
        "kcstar": [(f"/{s}/", n) for s, n in KC_SECTIONS],
        "citizen": [(f"/category/{s}/", n) for s, n in OC_SECTIONS],
        "stuff": [*[(f"/{s}", n) for s, n in ST_SECTIONS], ("/national", "National (archive)")],
    }
    boxes = []
    for tpl, label in LABELS.items():
        links = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in fronts[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:4]
        )
        boxes.append(
            f'<section class="partner partner--{tpl}"><h2>{esc(label)}</h2><ul class="partner__sections">{links}</ul><ul class="partner__latest">{top}</ul></section>'
        )
    rows = "".join(
        f'<tr><td>{esc(LABELS[a.tpl])}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.when:%d %b %Y}</td></tr>'
        for a in latest(site.arts)[:25]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Public Service Newswall - regional and public-service news</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css(rng, "wall", 360, "bem")}</style><script>{gtm("WALL28")}</script></head><body>
<header class="wall-header"><a href="/" class="wall-header__logo">Public Service Newswall</a><nav><ul><li><a href="/search?q=council">Search</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><h1>Today's regional and public-service news</h1>{"".join(boxes)}
<section class="wall-latest"><h2>Latest from every partner</h2><table>{rows}</table></section></main>
<footer class="wall-footer"><p>Headlines belong to their publishers. &copy; 2024 Public Service Newswall.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></body></html>"""
    return encode(page)


def _static(site: Site28, key: str, title: str, text: list[str]) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rng.sample(site.arts, 12)
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Public Service Newswall</title>
<style>{css(rng, "wall", 380, "bem")}</style><script>{gtm("WALL28")}</script></head><body>
<header class="wall-header"><a href="/" class="wall-header__logo">Public Service Newswall</a><nav><ul><li><a href="/search?q=council">Search</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main class="static-page"><h1>{esc(title)}</h1>{paras}<aside><h2>Popular now</h2><ul>{more}</ul></aside></main>
<footer class="wall-footer"><p>&copy; 2024 Public Service Newswall.</p></footer></body></html>"""
    return encode(page)


def _search(site: Site28) -> tuple[bytes, str]:
    hits = [
        a
        for a in site.arts
        if "council" in a.title.lower() or "council" in a.x["ctx"]["org"].lower()
    ]
    rows = "".join(
        f'<li class="search-result"><a href="{a.path}">{esc(a.title)}</a><span class="search-result__source">{esc(LABELS[a.tpl])}</span></li>'
        for a in hits
    )
    return (
        _static(site, "/search?q=council", "Search results for council", [f"{len(hits)} results"])
        if not hits
        else _static_with(site, rows)
    )


def _static_with(site: Site28, rows: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/search?q=council")
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search: council - Public Service Newswall</title>
<style>{css(rng, "wall", 380, "bem")}</style><script>{gtm("WALL28")}</script></head><body>
<header class="wall-header"><a href="/" class="wall-header__logo">Public Service Newswall</a><form action="/search"><input name="q" value="council"><button>Search</button></form></header>
<main class="search-page"><h1>Search results for &ldquo;council&rdquo;</h1><ol class="search-results">{rows}</ol></main>
<footer class="wall-footer"><p>&copy; 2024 Public Service Newswall.</p></footer></body></html>"""
    return encode(page)


def register(site: Site28) -> None:
    site.route("/", lambda: _home(site))
    # BBC: the news front, the England regions (?page=2) and topic pages
    bbc = site.of("bbc")
    site.route(
        "/news", lambda: _list(site, "bbc", "/news", "Home - BBC News", "News", latest(bbc)[:8])
    )
    for r, n in BBC_REGIONS:
        arts = [a for a in bbc if a.x["region"][0] == r]
        base = f"/news/england/{r}"
        _paged(site, "bbc", base, n, arts, lambda k, b=base: f"{b}?page={k}", " - BBC News")
    topics: dict[str, tuple[str, list[Art]]] = {}
    for a in bbc:
        p, label = bbc_topic(a)
        topics.setdefault(p, (label, []))[1].append(a)
    for p, (label, arts) in topics.items():
        _paged(site, "bbc", p, label, arts, lambda k, b=p: f"{b}?page={k}", " - BBC News")
    # NPR: section fronts with archive?start=, programmes, people
    npr = site.of("npr")
    site.route(
        "/sections/news/",
        lambda: _list(site, "npr", "/sections/news/", "News : NPR", "News", latest(npr)),
    )
    for s, n in NPR_SECTIONS:
        arts = [a for a in npr if a.x["sec"][0] == s]
        base = f"/sections/{s}/"
        _paged(
            site,
            "npr",
            base,
            n,
            arts,
            lambda k, b=base: f"{b}archive?start={(k - 1) * PER}",
            " : NPR",
        )
    for prog in ["Morning Edition", "All Things Considered"]:
        arts = [a for a in npr if a.x["style"] == "audio" and a.x["program"] == prog] or latest(
            npr
        )[:3]
        p = f"/programs/{prog.lower().replace(' ', '-')}/"
        site.route(
            p, lambda p=p, prog=prog, arts=arts: _list(site, "npr", p, f"{prog} : NPR", prog, arts)
        )
    site.route(
        "/about/",
        lambda: _static(
            site,
            "/about/",
            "About NPR",
            ["NPR is an independent, nonprofit media organization.", "Support public radio."],
        ),
    )
    # The Kansas City Star
    kc = site.of("kcstar")
    for s, n in KC_SECTIONS:
        arts = [a for a in kc if a.x["sec"][0] == s]
        base = f"/{s}/"
        _paged(
            site, "kcstar", base, n, arts, lambda k, b=base: f"{b}?page={k}", " | Kansas City Star"
        )
    site.route(
        "/customer-service/",
        lambda: _static(
            site,
            "/customer-service/",
            "Customer Service | Kansas City Star",
            ["Manage your subscription, vacation holds and billing."],
        ),
    )
    # Ottawa Citizen (WordPress /page/2/)
    oc = site.of("citizen")
    for s, n in OC_SECTIONS:
        arts = [a for a in oc if a.x["sec"][0] == s]
        base = f"/category/{s}/"
        _paged(
            site, "citizen", base, n, arts, lambda k, b=base: f"{b}page/{k}/", " | Ottawa Citizen"
        )
    site.route(
        "/about-us",
        lambda: _static(
            site,
            "/about-us",
            "About Us | Ottawa Citizen",
            ["The Ottawa Citizen is a division of Postmedia Network Inc."],
        ),
    )
    # Stuff
    st = site.of("stuff")
    for s, n in ST_SECTIONS:
        arts = [a for a in st if a.x["sec"][0] == s]
        _paged(site, "stuff", f"/{s}", n, arts, lambda k, b=f"/{s}": f"{b}?page={k}", " | Stuff")
    olds = [a for a in st if a.x["old"]]
    site.route(
        "/national",
        lambda: _list(site, "stuff", "/national", "National | Stuff.co.nz", "National", olds),
    )
    site.route(
        "/about-stuff",
        lambda: _static(
            site, "/about-stuff", "About Stuff", ["Stuff is New Zealand's largest news website."]
        ),
    )
    # writers' pages
    for tpl in ("npr", "kcstar", "citizen", "stuff"):
        for name, arts in writers(site, tpl).items():
            p = author_path(site, tpl, name)
            site.route(
                p,
                lambda t=tpl, p=p, nm=name, arts=arts: _list(
                    site, t, p, f"{nm} | {LABELS[t]}", nm, latest(arts)
                ),
            )
    site.route("/search?q=council", lambda: _search(site))
    site.route(
        "/about",
        lambda: _static(
            site,
            "/about",
            "About the Newswall",
            [
                "The Newswall gathers regional and public-service news from five publishers.",
                "It is a test site.",
            ],
        ),
    )
    site.route(
        "/contact",
        lambda: _static(
            site, "/contact", "Contact", ["Write to the newsroom at newsroom@newswall.example."]
        ),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
