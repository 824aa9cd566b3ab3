"""Site 23's non-article pages: the home page, each site's section fronts and lists with its own
pagination (Guardian ``?page=2``, Reuters ``?offset=``, WordPress ``/page/2/``, Substack
``/archive?sort=``, News Corp ``?page=2``), writers' profile pages, a topic page, search, about
and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import analytics, css, esc, page_rng, trunc
from .templates import LABELS, author_path

if TYPE_CHECKING:
    from .generator import Site23

PER = 5


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _page(site: Site23, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li><a href="{_fronts(site, t)[0][0]}">{esc(n)}</a></li>' for t, n in LABELS.items()
    )
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 60))}</a></li>'
        for b in rng.sample(site.arts, 10)
    )
    subs = "".join(
        f'<li><a href="#s{k}">{esc(w)}</a></li>'
        for k, w in enumerate(
            rng.choices(
                [
                    "World",
                    "Politics",
                    "Business",
                    "Climate",
                    "Health",
                    "Tech",
                    "Culture",
                    "Sport",
                    "Opinion",
                    "Science",
                ],
                k=60,
            )
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<style>{css(rng, "wire", 380)}</style><script>{analytics("WIRE23")}</script></head><body>
<header class="masthead"><a href="/" class="masthead__logo">The Newsstand</a><nav class="masthead__nav"><ul>{nav}</ul><ul class="masthead__more">{subs}</ul></nav>
<form action="/search" class="masthead__search"><input name="q" type="search"/><button>Search</button></form></header>
<main class="page"><div class="page__main">{inner}</div><aside class="page__rail"><h3>Most read</h3><ol>{side}</ol></aside></main>
<footer class="footer"><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/search?q=">Search</a> · <a href="/topic/housing">Housing</a><p>© 2024 The Newsstand. Headlines link to their publishers.</p></footer>
</body></html>
"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


def _items(arts: list[Art], fmt: str = "%d %b %Y") -> str:
    return "".join(
        f'<li class="card"><h3 class="card__title"><a href="{b.path}">{esc(b.title)}</a></h3><p class="card__trail">{esc(trunc(next(x.text for x in b.blocks if x.kind == "p"), 140))}</p><time datetime="{b.when.isoformat()}">{b.when:{fmt}}</time></li>'
        for b in arts
    )


def _fronts(site: Site23, tpl: str) -> list[tuple[str, str]]:
    """A site's section fronts: (path, name), the first its main list."""
    if tpl == "substack":
        return [("/archive?sort=new", "Archive")]
    secs = sorted({a.x["sec"] for a in site.of(tpl)})
    slash = "/" if tpl in ("reuters", "aljazeera") else ""
    return [(f"/{p}{slash}", n) for p, n in secs]


def _pager(tpl: str, front: str, p: int) -> str:
    if tpl == "guardian":
        return f"{front}?page={p}"
    if tpl == "reuters":
        return f"{front}?offset={(p - 1) * PER}"
    if tpl == "aljazeera":
        return f"{front}page/{p}/"
    if tpl == "substack":
        return f"/archive?sort=new&offset={(p - 1) * PER}"
    return f"{front}?page={p}"


def _pages_of(site: Site23, tpl: str, front: str) -> list[list[Art]]:
    arts = _latest(site.of(tpl))
    if tpl != "substack":
        arts = [a for a in arts if f"/{a.x['sec'][0]}" == front.rstrip("/")]
    return [arts[k : k + PER] for k in range(0, len(arts), PER)] or [[]]


def front(site: Site23, tpl: str, path: str, name: str, p: int) -> tuple[bytes, str]:
    chunks = _pages_of(site, tpl, path)
    nav = " ".join(
        f'<a href="{path if k == 1 else _pager(tpl, path, k)}" class="pagination__link{" is-active" if k == p else ""}">{k}</a>'
        for k in range(1, len(chunks) + 1)
    )
    if p < len(chunks):
        nav += f' <a href="{_pager(tpl, path, p + 1)}" class="pagination__next" rel="next">Next</a>'
    inner = f'<h1 class="front__title">{esc(LABELS[tpl])}: {esc(name)}</h1><ul class="front__list">{_items(chunks[p - 1])}</ul><nav class="pagination">{nav}</nav>'
    return _page(site, f"{path}#{p}", f"{name} | {LABELS[tpl]}", inner)


def home(site: Site23) -> tuple[bytes, str]:
    latest = _latest(site.arts)
    boxes = [
        f'<section class="top-stories"><h2>Top stories</h2><ul>{_items(latest[:10])}</ul></section>'
    ]
    for tpl, label in LABELS.items():
        fronts = " ".join(f'<a href="{p}">{esc(n)}</a>' for p, n in _fronts(site, tpl))
        boxes.append(
            f'<section class="publisher publisher--{tpl}"><h2>{esc(label)}</h2><ul>{_items(_latest(site.of(tpl))[:6])}</ul><p class="publisher__more">More: {fronts}</p></section>'
        )
    return _page(site, "/", "The Newsstand – news from five publishers", "".join(boxes))


def author(site: Site23, tpl: str, name: str) -> tuple[bytes, str]:
    arts = [a for a in _latest(site.of(tpl)) if name in a.authors]
    inner = f'<div class="profile"><h1 class="profile__name">{esc(name)}</h1><p class="profile__bio">{esc(name)} writes for {esc(LABELS[tpl])}.</p></div><ul>{_items(arts)}</ul>'
    return _page(site, author_path(tpl, name), f"{name} | {LABELS[tpl]}", inner)


def topic(site: Site23) -> tuple[bytes, str]:
    arts = [
        a
        for a in _latest(site.arts)
        if a.x["ctx"]["topic"] in ("housing", "public housing", "housing approvals", "rents")
    ]
    inner = f'<h1>Housing</h1><p class="topic__intro">All our coverage of housing, rents and planning.</p><ul>{_items(arts)}</ul>'
    return _page(site, "/topic/housing", "Housing | The Newsstand", inner)


def static(site: Site23, key: str) -> tuple[bytes, str]:
    text = {
        "/about": (
            "About us",
            "The Newsstand gathers headlines from five publishers in one place. Each story links to its publisher's page.",
        ),
        "/contact": (
            "Contact",
            "Write to newsroom@newsstand.example or call +44 20 0000 0000 on weekdays.",
        ),
        "/search?q=": ("Search", "Enter a word or phrase to search the archive."),
        "/about-substack": (
            "About The Harbour Ledger",
            "Local politics, budgets and the fights that shape the city.",
        ),
    }[key]
    return _page(
        site, key, f"{text[0]} | The Newsstand", f"<h1>{esc(text[0])}</h1><p>{esc(text[1])}</p>"
    )


def register(site: Site23) -> None:
    site.route("/", lambda: home(site))
    for tpl in LABELS:
        for path, name in _fronts(site, tpl):
            for p in range(1, len(_pages_of(site, tpl, path)) + 1):
                route = path if p == 1 else _pager(tpl, path, p)
                site.route(
                    route,
                    lambda tpl=tpl, path=path, name=name, p=p: front(site, tpl, path, name, p),
                )
        if tpl != "substack":
            names = (a.x["byline"] if tpl == "reuters" else a.authors for a in site.of(tpl))
            for n in sorted({n for ns in names for n in ns}):
                site.route(author_path(tpl, n), lambda tpl=tpl, n=n: author(site, tpl, n))
    site.route(
        "/archive?sort=top", lambda: front(site, "substack", "/archive?sort=new", "Top posts", 1)
    )
    site.route("/topic/housing", lambda: topic(site))
    for key in ("/about", "/contact", "/search?q=", "/about-substack"):
        site.route(key, lambda key=key: static(site, key))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
