"""Site 51's non-article pages: the home page; each paper's latest-news front with its own
pagination (ST's Drupal ``/latest?page=1`` counting from 0, The Star's ``?pgno=2``, the Inquirer's
WordPress ``/page/2/``, Rappler's ``/philippines/page/2/``, VnExpress's ``/news/news-p2``); an ST
search page and author page, an Inquirer tag page, a Rappler topic page, The Star's photo gallery
index, VnExpress's video index, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, page_rng
from .templates import LABELS, latest

if TYPE_CHECKING:
    from .generator import Site51

Url = Callable[[int], str]
PER = 5
FRONTS: dict[str, Url] = {
    "st": lambda n: "/latest" if n == 1 else f"/latest?page={n - 1}",
    "star": lambda n: "/news/latest" if n == 1 else f"/news/latest?pgno={n}",
    "inq": lambda n: (
        "/newsinfo/category/latest-stories"
        if n == 1
        else f"/newsinfo/category/latest-stories/page/{n}/"
    ),
    "rap": lambda n: "/philippines/" if n == 1 else f"/philippines/page/{n}/",
    "vne": lambda n: "/news/news" if n == 1 else f"/news/news-p{n}",
}
EXTRA = [
    ("/search?searchkey=dengue", "Search: dengue"),
    ("/photos", "Photos"),
    ("/tag/metro", "Metro"),
    ("/topic/west-philippine-sea/", "West Philippine Sea"),
    ("/video", "Video"),
    ("/about-us", "About Us"),
    ("/contact-us", "Contact Us"),
]


def item(a: Art) -> str:
    return f'<li class="story"><a href="{a.path}">{esc(a.title)}</a><span class="time">{a.when:%b %d, %Y}</span></li>'


def shell(site: Site51, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    fronts = "".join(
        f'<li><a href="{FRONTS[t](1)}">{esc(lab)}</a></li>' for t, lab in LABELS.items()
    )
    extra = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in EXTRA)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css(rng, "ls", 120)}</style></head>
<body><header><a href="/" class="logo">SEA News Hub</a><nav><ul>{fronts}</ul></nav></header>
<main>{inner}</main>
<footer><ul>{extra}</ul><p>&copy; 2024 SEA News Hub</p></footer></body></html>
"""
    return encode(page)


def pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a class="prev" href="{url(n - 1)}">&laquo; Previous</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a class="next" href="{url(n + 1)}">Next &raquo;</a>')
    return f'<nav class="pagination">{"".join(out)}</nav>'


def paged(site: Site51, tpl: str) -> None:
    arts = latest(site.of(tpl))
    url = FRONTS[tpl]
    pages = -(-len(arts) // PER)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * PER : n * PER]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            inner = f'<h1>{esc(LABELS[tpl])}: Latest</h1><ul class="story-list">{"".join(item(a) for a in chunk)}</ul>{pager(n, pages, url)}'
            return shell(
                site,
                url(n),
                f"Latest News{'' if n == 1 else f' - Page {n}'} | {LABELS[tpl]}",
                inner,
            )

        site.route(url(n), render)


def listing(site: Site51, key: str, title: str, arts: list[Art], intro: str = "") -> None:
    inner = f'<h1>{esc(title)}</h1>{f"<p>{esc(intro)}</p>" if intro else ""}<ul class="story-list">{"".join(item(a) for a in latest(arts))}</ul>'
    site.route(key, lambda: shell(site, key, title, inner))


def home(site: Site51) -> tuple[bytes, str]:
    boxes = "".join(
        f'<section class="box"><h2><a href="{FRONTS[t](1)}">{esc(lab)}</a></h2><ul>{"".join(item(a) for a in latest(site.of(t))[:5])}</ul><a class="more" href="{FRONTS[t](1)}">More from {esc(lab)}</a></section>'
        for t, lab in LABELS.items()
    )
    author = site.of("st")[0].authors[0]
    links = f'<p class="more-links"><a href="/authors/{author.lower().replace(" ", "-")}">{esc(author)}</a></p>'
    return shell(site, "/", "SEA News Hub - Southeast Asia headlines", boxes + links)


def register(site: Site51) -> None:
    site.route("/", lambda: home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in LABELS:
        paged(site, tpl)
    dengue = [a for a in site.arts if "dengue" in a.title.lower() + a.body.lower()]
    listing(
        site,
        "/search?searchkey=dengue",
        'Search results for "dengue"',
        dengue or site.of("st")[:5],
        f"{len(dengue)} results",
    )
    author = site.of("st")[0].authors[0]
    listing(
        site,
        f"/authors/{author.lower().replace(' ', '-')}",
        author,
        [a for a in site.of("st") if author in a.authors],
        "Articles by this author",
    )
    listing(site, "/tag/metro", "Metro", [a for a in site.of("inq") if a.i % 2 == 0])
    listing(
        site,
        "/topic/west-philippine-sea/",
        "West Philippine Sea",
        [a for a in site.of("rap") if a.i % 3 == 0],
        "Latest stories on the West Philippine Sea",
    )
    gal = "".join(
        f'<figure><a href="/photos/gallery-{k}"><img src="/img/gallery/{k}.jpg" alt=""></a><figcaption>Photo gallery {k}</figcaption></figure>'
        for k in range(1, 9)
    )
    site.route(
        "/photos", lambda: shell(site, "/photos", "Photos | The Star", f"<h1>Photos</h1>{gal}")
    )
    vids = "".join(
        f'<div class="video-item"><a href="/video/clip-{k}"><img src="/img/video/{k}.jpg" alt=""></a><p>Video {k}</p></div>'
        for k in range(1, 9)
    )
    site.route(
        "/video",
        lambda: shell(site, "/video", "Video - VnExpress International", f"<h1>Video</h1>{vids}"),
    )
    site.route(
        "/about-us",
        lambda: shell(
            site,
            "/about-us",
            "About Us",
            "<h1>About Us</h1><p>This hub gathers the English-language news of Singapore, Malaysia, the Philippines and Vietnam.</p>",
        ),
    )
    site.route(
        "/contact-us",
        lambda: shell(
            site,
            "/contact-us",
            "Contact Us",
            "<h1>Contact Us</h1><p>Newsroom: newsdesk@example.com. Advertising: ads@example.com.</p>",
        ),
    )
