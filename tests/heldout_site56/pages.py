"""Site 56's non-article pages: the home page; each newsroom's section list with its own
pagination (Global Times ``/china/index_2.html``, CGTN ``/business?page=2``, SHINE
``/news/metro/?page=2``, ecns ``/news/index_2.shtml``, People's Daily ``/90000/index2.html``); a
search page, a Global Times author page, a SHINE tag page, a photo gallery index, a video index,
about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, page_rng
from .templates import LABELS, latest

if TYPE_CHECKING:
    from .generator import Site56

Url = Callable[[int], str]
PER = 5
FRONTS: dict[str, Url] = {
    "gt": lambda n: "/china/" if n == 1 else f"/china/index_{n}.html",
    "cgtn": lambda n: "/business" if n == 1 else f"/business?page={n}",
    "shine": lambda n: "/news/metro/" if n == 1 else f"/news/metro/?page={n}",
    "ecns": lambda n: "/news/" if n == 1 else f"/news/index_{n}.shtml",
    "pd": lambda n: "/90000/" if n == 1 else f"/90000/index{n}.html",
}
EXTRA = [
    ("/search?q=panda", "Search: panda"),
    ("/photos", "Photos"),
    ("/tag/shanghai/", "Shanghai"),
    ("/videos", "Video"),
    ("/about-us", "About Us"),
    ("/contact-us", "Contact Us"),
]


def slugify(name: str) -> str:
    return name.lower().replace(" ", "-")


def item(a: Art) -> str:
    return f'<li class="news-item"><a href="{a.path}">{esc(a.title)}</a><span class="time">{a.when:%Y-%m-%d}</span></li>'


def shell(site: Site56, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    fronts = "".join(
        f'<li><a href="{FRONTS[t](1)}">{esc(lab)}</a></li>' for t, lab in LABELS.items()
    )
    extra = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in EXTRA)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css(rng, "ls", 120)}</style></head>
<body><header><a href="/" class="logo">China News in English</a><nav><ul>{fronts}</ul></nav></header>
<main>{inner}</main>
<footer><ul>{extra}</ul><p>&copy; 2024 China News in English</p></footer></body></html>
"""
    return encode(page)


def pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a class="prev" href="{url(n - 1)}">Previous</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a class="next" href="{url(n + 1)}">Next</a>')
    return f'<div class="page">{"".join(out)}</div>'


def paged(site: Site56, tpl: str) -> None:
    arts = latest(site.of(tpl))
    url = FRONTS[tpl]
    pages = -(-len(arts) // PER)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * PER : n * PER]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            inner = f'<h1>{esc(LABELS[tpl])}</h1><ul class="news-list">{"".join(item(a) for a in chunk)}</ul>{pager(n, pages, url)}'
            return shell(site, url(n), f"{LABELS[tpl]}{'' if n == 1 else f' - Page {n}'}", inner)

        site.route(url(n), render)


def listing(site: Site56, key: str, title: str, arts: list[Art], intro: str = "") -> None:
    inner = f'<h1>{esc(title)}</h1>{f"<p>{esc(intro)}</p>" if intro else ""}<ul class="news-list">{"".join(item(a) for a in latest(arts))}</ul>'
    site.route(key, lambda: shell(site, key, title, inner))


def gt_author(site: Site56) -> str:
    return next(a for a in site.of("gt") if a.authors).authors[0]


def home(site: Site56) -> tuple[bytes, str]:
    boxes = "".join(
        f'<section class="box"><h2><a href="{FRONTS[t](1)}">{esc(lab)}</a></h2><ul>{"".join(item(a) for a in latest(site.of(t))[:5])}</ul><a class="more" href="{FRONTS[t](1)}">More</a></section>'
        for t, lab in LABELS.items()
    )
    name = gt_author(site)
    links = (
        f'<p class="more-links">Columnist: <a href="/author/{slugify(name)}">{esc(name)}</a></p>'
    )
    return shell(site, "/", "China News in English", boxes + links)


def register(site: Site56) -> None:
    site.route("/", lambda: home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in LABELS:
        paged(site, tpl)
    panda = [a for a in site.arts if "panda" in a.title.lower() + a.body.lower()]
    listing(
        site,
        "/search?q=panda",
        'Search results for "panda"',
        panda or site.of("cgtn")[:5],
        f"{len(panda)} results",
    )
    name = gt_author(site)
    listing(
        site,
        f"/author/{slugify(name)}",
        name,
        [a for a in site.of("gt") if name in a.authors],
        "Global Times reporter",
    )
    listing(
        site,
        "/tag/shanghai/",
        "Shanghai",
        [a for a in site.of("shine") if a.i % 2 == 0],
        "Stories tagged Shanghai",
    )
    gal = "".join(
        f'<figure><a href="/photos/gallery-{k}"><img src="/img/gallery/{k}.jpg" alt=""></a><figcaption>Photo gallery {k}</figcaption></figure>'
        for k in range(1, 9)
    )
    site.route("/photos", lambda: shell(site, "/photos", "Photos", f"<h1>Photos</h1>{gal}"))
    vids = "".join(
        f'<div class="video-item"><a href="/videos/clip-{k}"><img src="/img/video/{k}.jpg" alt=""></a><p>Video {k}</p></div>'
        for k in range(1, 9)
    )
    site.route("/videos", lambda: shell(site, "/videos", "Video", f"<h1>Video</h1>{vids}"))
    site.route(
        "/about-us",
        lambda: shell(
            site,
            "/about-us",
            "About Us",
            "<h1>About Us</h1><p>This hub gathers the English-language news of Chinese national and city media.</p>",
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
