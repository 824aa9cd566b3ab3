"""Site 35's non-article pages: the home page, each publisher's fronts with its own pagination
(Atlantic ``/latest/?page=2``, Chorus ``/policy/archives/2``, Forbes ``?page=2``, Insider
``?page=2``, Medium ``/<publication>/archive``), Medium tag pages, writers' pages (Atlantic
``/author/x/``, Vox ``/authors/x``, Forbes ``/sites/x/``, Insider ``/author/x``, Medium
``/@x``), search, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, gtm, page_rng
from .templates import (
    ATL_SECTIONS,
    BI_SECTIONS,
    CHROME,
    FB_SECTIONS,
    LABELS,
    MD_PUBS,
    VOX_SECTIONS,
    author_path,
    joined,
    latest,
    writers,
)

if TYPE_CHECKING:
    from .generator import Site35

PER = 5


def tags_of(a: Art) -> list[str]:
    return [a.x["ctx"]["topic"].replace(" ", "-").lower(), "productivity", "self-improvement"]


def _card(tpl: str, a: Art) -> str:
    t = esc(a.title)
    by = esc(joined(a.authors))
    if tpl == "atlantic":
        return f'<li class="LandingRiver_item__nRb3e"><article class="LandingRiverCard_root__kzUXb"><a class="LandingRiverCard_link__U1X4a" href="{a.path}"><h3 class="LandingRiverCard_title__qEcV9">{t}</h3></a><p class="LandingRiverCard_dek__L5xg4">{esc(a.x["dek"])}</p><address class="Byline_root__S1VhT">{by or "The Editors"}</address><time>{a.when:%B} {a.when.day}, {a.when.year}</time></article></li>'
    if tpl == "vox":
        return f'<div class="c-compact-river__entry"><div class="c-entry-box--compact"><h2 class="c-entry-box--compact__title"><a href="{a.path}">{t}</a></h2><div class="c-byline"><span class="c-byline__item">By {by or "Vox Staff"}</span><span class="c-byline__item"><time>{a.when:%b} {a.when.day}, {a.when.year}</time></span></div><p class="p-dek c-entry-box--compact__dek">{esc(a.x["dek"])}</p></div></div>'
    if tpl == "forbes":
        return f'<div class="stream-item"><a class="stream-item__title" href="{a.path}"><h3>{t}</h3></a><div class="stream-item__byline">By <span>{by}</span></div><div class="stream-item__date">{a.when:%b} {a.when.day}, {a.when.year}</div></div>'
    if tpl == "bi":
        return f'<div class="featured-post"><h2 class="tout-title"><a class="tout-title-link" href="{a.path}">{t}</a></h2><div class="tout-byline">{by or "Business Insider"}</div><span class="tout-timestamp">{a.when:%b} {a.when.day}, {a.when.year}</span></div>'
    who = esc(", ".join(a.authors) or a.x["pub"][1])
    return f'<div class="postArticle"><div class="postMetaInline">{who} · {a.x["printed"]} · {a.x["read"]} min read</div><a href="{a.path}"><h3 class="graf--title">{t}</h3><h4 class="graf--subtitle">{esc(a.x["subtitle"])}</h4></a></div>'


def _list(
    site: Site35, tpl: str, key: str, title: str, heading: str, arts: list[Art], pager: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "\n".join(_card(tpl, a) for a in arts)
    main = f'<div class="front front--{tpl}"><h1 class="front__title">{esc(heading)}</h1><div class="front__river">{cards}</div>{pager}</div>'
    return CHROME[tpl](site, rng, title, key, main)


def _paged(
    site: Site35,
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
            label = {
                "vox": "Next",
                "forbes": "More Articles",
                "bi": "Load More",
                "atlantic": "Next page",
            }.get(tpl, "Next")
            links.append(
                f'<a class="pagination__next" rel="next" href="{page_url(n + 1)}">{label}</a>'
            )
        pager = f'<nav class="pagination" aria-label="Pagination">{"".join(links)}</nav>'
        title = f"{heading}{'' if n == 1 else f' - Page {n}'}{suffix}"
        site.route(
            url, lambda t=title, u=url, c=chunk, p=pager: _list(site, tpl, u, t, heading, c, p)
        )


FRONTS: dict[str, list[tuple[str, str]]] = {
    "atlantic": [("/latest/", "Latest"), *[(f"/{s}/", n) for s, n in ATL_SECTIONS]],
    "vox": [(f"/{s}", n) for s, n in VOX_SECTIONS],
    "forbes": [(f"/{s}/", n) for s, n in FB_SECTIONS],
    "bi": [(f"/{s}", n) for s, n in BI_SECTIONS],
    "medium": [(f"/{p}", n) for p, n in MD_PUBS],
}


def _shell(site: Site35, key: str, title: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css(rng, "mag", 380, "bem")}</style><script>{gtm("MAG35")}</script></head><body>
<header class="mag-header"><a href="/" class="mag-header__logo">The Longread Index</a><nav><ul><li><a href="/search?q=politics">Search</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main>{main}</main>
<footer class="mag-footer"><p>Headlines belong to their publishers. &copy; 2024 The Longread Index.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></body></html>"""
    return encode(page)


def _home(site: Site35) -> tuple[bytes, str]:
    boxes = []
    for tpl, label in LABELS.items():
        links = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in FRONTS[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:3]
        )
        boxes.append(
            f'<section class="outlet outlet--{tpl}"><h2>{esc(label)}</h2><ul class="outlet__fronts">{links}</ul><ul class="outlet__top">{top}</ul></section>'
        )
    rows = "".join(
        f'<tr><td>{esc(LABELS[a.tpl])}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.when:%d %b %Y}</td></tr>'
        for a in latest(site.arts)[:20]
    )
    return _shell(
        site,
        "/",
        "The Longread Index - magazines, explainers and contributor essays",
        f"<h1>Today's long reads</h1>{''.join(boxes)}<section><h2>Latest everywhere</h2><table>{rows}</table></section>",
    )


def _static(site: Site35, key: str, title: str, text: list[str]) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rng.sample(site.arts, 12)
    )
    return _shell(
        site,
        key,
        f"{title} - The Longread Index",
        f'<div class="static-page"><h1>{esc(title)}</h1>{paras}<aside><h2>Popular now</h2><ul>{more}</ul></aside></div>',
    )


def _search(site: Site35, q: str) -> tuple[bytes, str]:
    hits = [
        a
        for a in site.arts
        if q in a.title.lower()
        or q in a.x["ctx"]["topic"].lower()
        or q in " ".join(b.text for b in a.blocks[:3]).lower()
    ][:20]
    rows = "".join(
        f'<li class="search-result"><a href="{a.path}">{esc(a.title)}</a> <span class="search-result__source">{esc(LABELS[a.tpl])}</span></li>'
        for a in hits
    )
    form = f'<form action="/search"><input name="q" value="{esc(q)}"><button>Search</button></form>'
    return _shell(
        site,
        f"/search?q={q}",
        f"Search: {q} - The Longread Index",
        f'<div class="search-page">{form}<h1>Search results for &ldquo;{esc(q)}&rdquo;</h1><p>{len(hits)} results</p><ol class="search-results">{rows}</ol></div>',
    )


def register(site: Site35) -> None:
    site.route("/", lambda: _home(site))
    # The Atlantic: Latest (?page=2), section fronts
    atl = site.of("atlantic")
    _paged(
        site,
        "atlantic",
        "/latest/",
        "Latest",
        atl,
        lambda k: f"/latest/?page={k}",
        " - The Atlantic",
    )
    for s, n in ATL_SECTIONS:
        arts = [a for a in atl if a.x["sec"][0] == s]
        _paged(
            site,
            "atlantic",
            f"/{s}/",
            n,
            arts,
            lambda k, b=f"/{s}/": f"{b}?page={k}",
            " - The Atlantic",
        )
    # Vox (Chorus /archives/2)
    vx = site.of("vox")
    for s, n in VOX_SECTIONS:
        arts = [a for a in vx if a.x["sec"][0] == s]
        _paged(site, "vox", f"/{s}", n, arts, lambda k, b=f"/{s}": f"{b}/archives/{k}", " - Vox")
    # Forbes channels
    fb = site.of("forbes")
    for s, n in FB_SECTIONS:
        arts = [a for a in fb if a.x["sec"][0] == s]
        _paged(
            site, "forbes", f"/{s}/", n, arts, lambda k, b=f"/{s}/": f"{b}?page={k}", " | Forbes"
        )
    # Business Insider verticals
    bi = site.of("bi")
    for s, n in BI_SECTIONS:
        arts = [a for a in bi if a.x["sec"][0] == s]
        _paged(
            site,
            "bi",
            f"/{s}",
            n,
            arts,
            lambda k, b=f"/{s}": f"{b}?page={k}",
            " - Business Insider",
        )
    # Medium publications: home (latest 6) and the archive; tag pages
    md = site.of("medium")
    for p, n in MD_PUBS:
        arts = latest([a for a in md if a.x["pub"][0] == p])
        site.route(
            f"/{p}",
            lambda p=p, n=n, arts=arts: _list(
                site,
                "medium",
                f"/{p}",
                f"{n} – Medium",
                n,
                arts[:6],
                f'<a class="archive-link" href="/{p}/archive">Archive</a>',
            ),
        )
        site.route(
            f"/{p}/archive",
            lambda p=p, n=n, arts=arts: _list(
                site,
                "medium",
                f"/{p}/archive",
                f"Archive of stories published by {n}",
                f"{n} — Archive",
                arts,
            ),
        )
    tags: dict[str, list[Art]] = {}
    for a in md:
        for t in tags_of(a):
            tags.setdefault(t, []).append(a)
    for t, arts in tags.items():
        site.route(
            f"/tag/{t}",
            lambda t=t, arts=arts: _list(
                site,
                "medium",
                f"/tag/{t}",
                f"The most insightful stories about {t.replace('-', ' ').title()} - Medium",
                t.replace("-", " ").title(),
                latest(arts),
            ),
        )
    # writers' pages
    for tpl in LABELS:
        for name, arts in writers(site, tpl).items():
            p = author_path(tpl, name)
            site.route(
                p,
                lambda t=tpl, p=p, nm=name, arts=arts: _list(
                    site, t, p, f"{nm} | {LABELS[t]}", nm, latest(arts)
                ),
            )
    for q in ("politics", "ai", "market", "productivity"):
        site.route(f"/search?q={q}", lambda q=q: _search(site, q))
    site.route(
        "/about",
        lambda: _static(
            site,
            "/about",
            "About The Longread Index",
            [
                "The Longread Index gathers magazine features, explainers and contributor essays from five publishers.",
                "It is a test site.",
            ],
        ),
    )
    site.route(
        "/contact",
        lambda: _static(
            site, "/contact", "Contact", ["Write to the editors at editors@longread.example."]
        ),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
