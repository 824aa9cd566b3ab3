"""Site 32's non-article pages: the home page, each newsroom's section fronts with its own
pagination (Patch ``?page=2``, Nexstar and Newspack ``/page/2/``, Sinclair ``?page=2``, Hearst
``?page=2``), writers' pages, a Newspack tag page, Patch classifieds, search, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, gtm, page_rng
from .templates import (
    BUSINESSES,
    FOX_CATS,
    HR_SECS,
    LABELS,
    NEIGHBOR_POSTS,
    NP_CATS,
    PATCH_TOWNS,
    SIN_CATS,
    author_path,
    count,
    fox_chrome,
    fox_when,
    hr_chrome,
    hr_when,
    latest,
    np_chrome,
    np_when,
    patch_chrome,
    patch_when,
    sin_chrome,
    sin_when,
    slugname,
    writers,
)

if TYPE_CHECKING:
    from .generator import Site32

PER = 5


def _card(tpl: str, a: Art) -> str:
    t = esc(a.title)
    if tpl == "patch":
        return f'<article class="styles_Card__x1"><a href="{a.path}" class="styles_Card__Link"><h2 class="styles_Card__Title">{t}</h2></a><p class="styles_Card__Deck">{esc(a.x["deck"])}</p><h6 class="styles_Card__Time">{patch_when(a.when)}</h6><span class="styles_Card__Reply">{count("Reply", a.x["replies"])}</span></article>'
    if tpl == "fox":
        return f'<article class="article-list__article"><div class="article-list__article-text"><p class="article-list__article-category"><a href="/news/{a.x["cat"][0]}/">{esc(a.x["cat"][1])}</a></p><h3 class="article-list__article-title"><a class="article-list__article-link" href="{a.path}">{t}</a></h3><time class="article-list__article-date">{fox_when(a.when)}</time></div></article>'
    if tpl == "sinclair":
        return f'<div class="index-module_teaser__list"><a href="{a.path}"><h3 class="index-module_teaserTitle__list">{t}</h3></a><span class="index-module_teaserDate__list">{sin_when(a.when)}</span></div>'
    if tpl == "newspack":
        by = ", ".join(a.authors) or "Colorado Sun Staff"
        return f'<article class="post type-post entry"><div class="entry-container"><span class="cat-links"><a href="/category/{a.x["cat"][0]}/">{esc(a.x["cat"][1])}</a></span><h2 class="entry-title"><a href="{a.path}" rel="bookmark">{t}</a></h2><div class="excerpt"><p>{esc(a.x["deck"])}</p></div><div class="entry-meta"><span class="byline">by {esc(by)}</span><time class="entry-date published">{np_when(a.when)}</time></div></div></article>'
    return f'<div class="item item--story"><a class="item--headline" href="{a.path}">{t}</a><p class="item--dek">{esc(a.x["deck"])}</p><time>{hr_when(a.when)}</time></div>'


def _patch_feed(cards: list[str], rng_seed: int) -> list[str]:
    """Patch's feed mixes neighbor posts (no page of their own) between the stories."""
    out = []
    for k, c in enumerate(cards):
        out.append(c)
        if k % 2 == 1:
            t, lab, n = NEIGHBOR_POSTS[(k + rng_seed) % len(NEIGHBOR_POSTS)]
            out.append(
                f'<article class="styles_NeighborPost__x2"><span class="styles_NeighborPost__Label">{esc(lab)}</span><p>{esc(t)}</p><span class="styles_NeighborPost__Author">Posted by a neighbor</span> <a href="/illinois/naperville/classifieds#post-{k}">{count("Reply", n)}</a></article>'
            )
    return out


def _list(
    site: Site32, tpl: str, key: str, title: str, heading: str, arts: list[Art], pager: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = [_card(tpl, a) for a in arts]
    if tpl == "patch":
        cards = _patch_feed(cards, len(key))
    main = f'<div class="section-front section-front--{tpl}"><h1 class="section-front__title">{esc(heading)}</h1><div class="section-front__list">{"".join(cards)}</div>{pager}</div>'
    if tpl == "patch":
        town = next((t for t in PATCH_TOWNS if f"/{t[0]}" in key), PATCH_TOWNS[0])
        return patch_chrome(site, rng, title, key, main, town)
    return {"fox": fox_chrome, "sinclair": sin_chrome, "newspack": np_chrome, "hearst": hr_chrome}[
        tpl
    ](site, rng, title, key, main)


def _paged(
    site: Site32,
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
        if tpl in ("fox", "newspack"):  # WordPress paginate_links()
            if n > 1:
                links.append(
                    f'<a class="prev page-numbers" href="{base if n == 2 else page_url(n - 1)}">Previous</a>'
                )
            links += [
                f'<span aria-current="page" class="page-numbers current">{k}</span>'
                if k == n
                else f'<a class="page-numbers" href="{base if k == 1 else page_url(k)}">{k}</a>'
                for k in range(1, pages + 1)
            ]
            if n < pages:
                links.append(f'<a class="next page-numbers" href="{page_url(n + 1)}">Next</a>')
            pager = f'<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">{"".join(links)}</div></nav>'
        else:
            label = {"patch": "Load more", "sinclair": "Load More", "hearst": "More stories"}[tpl]
            if n > 1:
                links.append(
                    f'<a rel="prev" href="{base if n == 2 else page_url(n - 1)}">Previous</a>'
                )
            if n < pages:
                links.append(
                    f'<a rel="next" class="load-more" href="{page_url(n + 1)}">{label}</a>'
                )
            pager = f'<div class="pager">{"".join(links)}</div>'
        title = f"{heading}{'' if n == 1 else f' - Page {n}'}{suffix}"
        site.route(
            url, lambda t=title, u=url, c=chunk, p=pager: _list(site, tpl, u, t, heading, c, p)
        )


def _home(site: Site32) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "patch": [(f"/illinois/{t}", f"{n} Patch") for t, n in PATCH_TOWNS],
        "fox": [("/news/", "FOX 8 News"), *[(f"/news/{c}/", n) for c, n in FOX_CATS]],
        "sinclair": [(f"/news/{c}", n) for c, n in SIN_CATS],
        "newspack": [(f"/category/{c}/", n) for c, n in NP_CATS],
        "hearst": [(f"/{s}/", n) for s, n in HR_SECS],
    }
    boxes = []
    for tpl, label in LABELS.items():
        links = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in fronts[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:3]
        )
        boxes.append(
            f'<section class="outlet outlet--{tpl}"><h2>{esc(label)}</h2><ul class="outlet__sections">{links}</ul><ul class="outlet__latest">{top}</ul></section>'
        )
    rows = "".join(
        f'<tr><td>{esc(LABELS[a.tpl])}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.when:%b %d, %Y}</td></tr>'
        for a in latest(site.arts)[:20]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Local News Hub - news from five American newsrooms</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css(rng, "hub", 320, "bem")}</style><script>{gtm("HUB32")}</script></head><body>
<header class="hub-header"><a href="/" class="hub-header__logo">Local News Hub</a><nav><ul><li><a href="/search/?action=search&amp;query=council">Search</a></li><li><a href="/about-this-hub">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><h1>Local news from across the country</h1>{"".join(boxes)}
<section class="hub-latest"><h2>Latest from every newsroom</h2><table>{rows}</table></section></main>
<footer class="hub-footer"><p>Headlines belong to their publishers. &copy; 2024 Local News Hub.</p><ul><li><a href="/about-this-hub">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></body></html>"""
    return encode(page)


def _static(
    site: Site32, key: str, title: str, text: list[str], extra: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rng.sample(site.arts, 10)
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>{css(rng, "hub", 340, "bem")}</style><script>{gtm("HUB32")}</script></head><body>
<header class="hub-header"><a href="/" class="hub-header__logo">Local News Hub</a><form action="/search/"><input type="hidden" name="action" value="search"><input name="query" value="council"><button>Search</button></form></header>
<main class="static-page"><h1>{esc(title)}</h1>{paras}{extra}<aside><h2>Popular now</h2><ul>{more}</ul></aside></main>
<footer class="hub-footer"><p>&copy; 2024 Local News Hub.</p></footer></body></html>"""
    return encode(page)


def _search(site: Site32) -> tuple[bytes, str]:
    hits = [a for a in site.arts if "council" in (a.title + a.x["ctx"]["org"]).lower()]
    rows = "".join(
        f'<li class="search-result"><a href="{a.path}">{esc(a.title)}</a> <span class="search-result__source">{esc(LABELS[a.tpl])}</span></li>'
        for a in hits
    )
    return _static(
        site,
        "/search/?action=search&query=council",
        "Search results for council",
        [f"{len(hits)} results"],
        f'<ol class="search-results">{rows}</ol>',
    )


def _classifieds(site: Site32) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/illinois/naperville/classifieds")
    posts = "".join(
        f'<article id="post-{k}" class="styles_Classified__x3"><span>{esc(lab)}</span><h3>{esc(t)}</h3><a href="#post-{k}">{count("Reply", n)}</a></article>'
        for k, (t, lab, n) in enumerate(NEIGHBOR_POSTS)
    )
    biz = "".join(
        f'<li id="biz-{k}"><h4>{esc(n)}</h4><span>{esc(c)}</span><address>{esc(addr)}</address></li>'
        for k, (n, c, addr) in enumerate(BUSINESSES)
    )
    main = f'<div class="section-front"><h1>Naperville Classifieds &amp; Neighbor Posts</h1><div>{posts}</div><h2 id="promote">Local Businesses</h2><ul>{biz}</ul></div>'
    return patch_chrome(
        site, rng, "Classifieds | Naperville, IL Patch", "/illinois/naperville/classifieds", main
    )


def register(site: Site32) -> None:
    site.route("/", lambda: _home(site))
    # Patch: community feeds (?page=2), writers' pages, classifieds
    patch = site.of("patch")
    for t, n in PATCH_TOWNS:
        arts = [a for a in patch if a.x["town"][0] == t]
        base = f"/illinois/{t}"
        _paged(
            site,
            "patch",
            base,
            f"{n} Patch",
            arts,
            lambda k, b=base: f"{b}?page={k}",
            f" - {n}, IL",
        )
    site.route("/illinois/naperville/classifieds", lambda: _classifieds(site))
    site.route(
        "/about-patch",
        lambda: _static(
            site,
            "/about-patch",
            "About Patch",
            ["Patch is the nation's largest hyperlocal news platform."],
        ),
    )
    # Nexstar: /news/ and categories with /page/2/
    fox = site.of("fox")
    site.route(
        "/news/",
        lambda: _list(site, "fox", "/news/", "News | FOX 8 Cleveland WJW", "News", latest(fox)[:8]),
    )
    for c, n in FOX_CATS:
        arts = [a for a in fox if a.x["cat"][0] == c]
        base = f"/news/{c}/"
        _paged(
            site,
            "fox",
            base,
            n,
            arts,
            lambda k, b=base: f"{b}page/{k}/",
            " Archives | FOX 8 Cleveland WJW",
        )
    site.route(
        "/about-fox8/",
        lambda: _static(
            site,
            "/about-fox8/",
            "About FOX 8 | FOX 8 Cleveland WJW",
            ["WJW is owned by Nexstar Media Inc."],
        ),
    )
    # Sinclair: /news/local?page=2
    sin = site.of("sinclair")
    for c, n in SIN_CATS:
        arts = [a for a in sin if a.x["cat"][0] == c]
        base = f"/news/{c}"
        _paged(site, "sinclair", base, n, arts, lambda k, b=base: f"{b}?page={k}", " | KOMO")
    # Newspack: categories /page/2/, tags, about, donate
    np_ = site.of("newspack")
    for c, n in NP_CATS:
        arts = [a for a in np_ if a.x["cat"][0] == c]
        base = f"/category/{c}/"
        _paged(
            site,
            "newspack",
            base,
            n,
            arts,
            lambda k, b=base: f"{b}page/{k}/",
            " Archives - The Colorado Sun",
        )
    tags: dict[str, list[Art]] = {}
    for a in np_:
        tags.setdefault(a.x["ctx"]["place"], []).append(a)
    for place, arts in tags.items():
        p = f"/tag/{slugname(place)}/"
        _paged(
            site,
            "newspack",
            p,
            place,
            arts,
            lambda k, b=p: f"{b}page/{k}/",
            " Archives - The Colorado Sun",
        )
    site.route(
        "/about/",
        lambda: _static(
            site,
            "/about/",
            "About The Colorado Sun",
            ["The Colorado Sun is a journalist-owned news organization."],
        ),
    )
    site.route(
        "/donate/",
        lambda: _static(
            site,
            "/donate/",
            "Support The Colorado Sun",
            ["Become a member. Your support keeps our journalism free."],
        ),
    )
    # Hearst
    hr = site.of("hearst")
    for s, n in HR_SECS:
        arts = [a for a in hr if a.x["sec"][0] == s]
        base = f"/{s}/"
        _paged(
            site,
            "hearst",
            base,
            n,
            arts,
            lambda k, b=base: f"{b}?page={k}",
            " - San Francisco Chronicle",
        )
    site.route(
        "/about-the-chronicle",
        lambda: _static(
            site,
            "/about-the-chronicle",
            "About the Chronicle",
            ["The San Francisco Chronicle is owned by Hearst."],
        ),
    )
    # writers' pages (Sinclair's bylines link nowhere)
    for tpl in ("patch", "fox", "newspack", "hearst"):
        for name, arts in writers(site, tpl).items():
            p = author_path(tpl, name)
            if site.handler(p) is not None:
                continue
            site.route(
                p,
                lambda t=tpl, p=p, nm=name, arts=arts: _list(
                    site, t, p, f"{nm}, Author at {LABELS[t]}", nm, latest(arts)
                ),
            )
    site.route("/search/?action=search&query=council", lambda: _search(site))
    site.route(
        "/about-this-hub",
        lambda: _static(
            site,
            "/about-this-hub",
            "About the Local News Hub",
            ["The hub gathers local news from five newsrooms.", "It is a test site."],
        ),
    )
    site.route(
        "/contact",
        lambda: _static(site, "/contact", "Contact", ["Write to hub@localnews.example."]),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
