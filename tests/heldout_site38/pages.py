"""Site 38's non-article pages: the home page, each publisher's section fronts with its own
pagination (SCMP ``?page=2``, Drupal's zero-based ``?page=1`` at the Straits Times, the Taipei
Times' ``/News/list?section=…&page=2``, the Korea Herald's ``list.php?ct=…&np=2``, WordPress
``page/2/`` at the Japan Times), SCMP topic pages, ST tag pages, writers' pages, each site's search
page, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, gtm, page_rng
from .templates import (
    JT_SECTIONS,
    KH_SECTIONS,
    LABELS,
    SCMP_SECTIONS,
    ST_SECTIONS,
    TT_SECTIONS,
    author_path,
    jt_chrome,
    jt_front,
    jt_when,
    kh_chrome,
    kh_when,
    latest,
    scmp_chrome,
    scmp_topic,
    scmp_when,
    slugname,
    st_chrome,
    st_when,
    tt_chrome,
    tt_when,
    writers,
)

if TYPE_CHECKING:
    from .generator import Site38

PER = 5

Chrome = Callable[..., tuple[bytes, str]]


def _card(tpl: str, a: Art) -> str:
    t = esc(a.title)
    if tpl == "scmp":
        return f'<div data-qa="ContentItem" class="css-item"><a href="/{a.x["sec"][0]}" data-qa="ContentItem-Section">{esc(a.x["sec"][2])}</a><a href="{a.path}" data-qa="ContentItem-Headline"><h2>{t}</h2></a><p data-qa="ContentItem-Summary">{esc(a.x["summary"])}</p><time>{scmp_when(a.when)}</time></div>'
    if tpl == "st":
        return f'<div class="card"><div class="card-body"><h5 class="card-title"><a href="{a.path}" class="stretched-link">{t}</a></h5><p class="card-text">{esc(a.x["standfirst"])}</p><div class="card-time">{st_when(a.when)}</div></div></div>'
    if tpl == "taipei":
        return f'<li><a href="{a.path}"><div class="tit"><h2>{t}</h2></div><div class="con"><p>{esc(a.paras[0][:200])}</p></div></a><span class="time">{tt_when(a.when)}</span></li>'
    if tpl == "kh":
        return f'<li><a href="{a.path}"><div class="list_img"><img src="https://res.heraldm.example/thumb/{a.x["ud"]}.jpg" alt=""></div><div class="list_txt"><p class="list_title">{t}</p><p class="list_sub">{esc(a.x["summary"])}</p><p class="list_date">{kh_when(a.when)}</p></div></a></li>'
    return f'<article class="jt-article-card"><p class="article-category"><a href="{jt_front(a)}">{esc(a.x["sec"][2])}</a></p><p class="article-title"><a href="{a.path}">{t}</a></p><p class="article-teaser">{esc(a.x["deck"])}</p><p class="publish-date">{jt_when(a.when)}</p></article>'


CHROME: dict[str, Chrome] = {
    "scmp": scmp_chrome,
    "st": st_chrome,
    "taipei": tt_chrome,
    "kh": kh_chrome,
    "jt": jt_chrome,
}


def _list(
    site: Site38, tpl: str, key: str, title: str, heading: str, arts: list[Art], pager: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "\n".join(_card(tpl, a) for a in arts)
    if tpl in ("taipei", "kh"):
        cards = f'<ul class="{"archives" if tpl == "taipei" else "news_list"}">{cards}</ul>'
    main = f'<div class="section-front section-front--{tpl}"><h1 class="section-front__title">{esc(heading)}</h1><div class="section-front__list">{cards}</div>{pager}</div>'
    return CHROME[tpl](site, rng, title, key, main)


def _paged(
    site: Site38,
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
            links.append(
                f'<a class="pager__prev" rel="prev" href="{prev}">{"‹ previous" if tpl == "st" else "Previous"}</a>'
            )
        links += [
            f'<span class="pager__current" aria-current="page">{k}</span>'
            if k == n
            else f'<a class="pager__page" href="{base if k == 1 else page_url(k)}">{k}</a>'
            for k in range(1, pages + 1)
        ]
        if n < pages:
            label = {"st": "next ›", "kh": "Next", "jt": "Next Page", "scmp": "Load more"}.get(
                tpl, "Next"
            )
            links.append(f'<a class="pager__next" rel="next" href="{page_url(n + 1)}">{label}</a>')
        pager = (
            f'<nav class="pager" role="navigation" aria-label="Pagination">{"".join(links)}</nav>'
        )
        title = f"{heading}{'' if n == 1 else f' - Page {n}'}{suffix}"
        site.route(
            url, lambda t=title, u=url, c=chunk, p=pager: _list(site, tpl, u, t, heading, c, p)
        )


def _home(site: Site38) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "scmp": [(f"/{p}", n) for p, n in SCMP_SECTIONS],
        "st": [(f"/{p}", n) for p, n in ST_SECTIONS],
        "taipei": [(f"/News/{p}", n) for p, n in TT_SECTIONS],
        "kh": [(f"/list.php?ct={c}", n) for c, n in KH_SECTIONS],
        "jt": [(f"/{p}/", n) for p, n in JT_SECTIONS],
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
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Asia English Press Review - news from Hong Kong, Singapore, Taipei, Seoul and Tokyo</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css(rng, "apr", 360, "bem")}</style><script>{gtm("APR38")}</script></head><body>
<header class="apr-header"><a href="/" class="apr-header__logo">Asia English Press Review</a><nav><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><h1>Today's English-language press of East and Southeast Asia</h1>{"".join(boxes)}
<section class="apr-latest"><h2>Latest from every paper</h2><table>{rows}</table></section></main>
<footer class="apr-footer"><p>Headlines belong to their publishers. &copy; 2024 Asia English Press Review.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></body></html>"""
    return encode(page)


def _static(
    site: Site38, key: str, title: str, text: list[str], rows: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rng.sample(site.arts, 12)
    )
    results = f'<ol class="search-results">{rows}</ol>' if rows else ""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - Asia English Press Review</title>
<style>{css(rng, "apr", 380, "bem")}</style><script>{gtm("APR38")}</script></head><body>
<header class="apr-header"><a href="/" class="apr-header__logo">Asia English Press Review</a><nav><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main class="static-page"><h1>{esc(title)}</h1>{paras}{results}<aside><h2>Popular now</h2><ul>{more}</ul></aside></main>
<footer class="apr-footer"><p>&copy; 2024 Asia English Press Review.</p></footer></body></html>"""
    return encode(page)


def _search(site: Site38, tpl: str, key: str, word: str) -> tuple[bytes, str]:
    arts = site.of(tpl)
    hits = [a for a in arts if word in (a.title + " " + a.x["ctx"]["topic"]).lower()] or latest(
        arts
    )[:5]
    rows = "".join(
        f'<li class="search-result"><a href="{a.path}">{esc(a.title)}</a><span class="search-result__date">{a.when:%d %b %Y}</span></li>'
        for a in hits
    )
    return _static(
        site, key, f"Search results for {word} - {LABELS[tpl]}", [f"{len(hits)} results"], rows
    )


def register(site: Site38) -> None:
    site.route("/", lambda: _home(site))
    # SCMP: section fronts (?page=2), topics, authors
    sc = site.of("scmp")
    for p, n in SCMP_SECTIONS:
        arts = [a for a in sc if a.x["sec"][0] == p]
        _paged(
            site,
            "scmp",
            f"/{p}",
            n,
            arts,
            lambda k, b=f"/{p}": f"{b}?page={k}",
            " | South China Morning Post",
        )
    topics: dict[str, tuple[str, list[Art]]] = {
        "/topics/hong-kong-economy": ("Hong Kong economy", [])
    }
    for a in sc:
        tp, label = scmp_topic(a)
        topics.setdefault(tp, (label, []))[1].append(a)
    for tp, (label, arts) in topics.items():
        arts = arts or latest(sc)[:6]
        _paged(
            site,
            "scmp",
            tp,
            label,
            arts,
            lambda k, b=tp: f"{b}?page={k}",
            " | South China Morning Post",
        )
    # The Straits Times: Drupal's zero-based ?page=1 for the second page, tags
    stt = site.of("st")
    for p, n in ST_SECTIONS:
        arts = [a for a in stt if a.x["sec"][0] == p]
        _paged(
            site,
            "st",
            f"/{p}",
            n,
            arts,
            lambda k, b=f"/{p}": f"{b}?page={k - 1}",
            " | The Straits Times",
        )
    tags: dict[str, tuple[str, list[Art]]] = {}
    for a in stt:
        t = a.x["ctx"]["topic"].removeprefix("the ")
        tags.setdefault(f"/tags/{slugname(t)}", (t.title(), []))[1].append(a)
    for tp, (label, arts) in tags.items():
        site.route(
            tp,
            lambda tp=tp, label=label, arts=arts: _list(
                site, "st", tp, f"{label} | The Straits Times", label, latest(arts)
            ),
        )
    site.route(
        "/about-us",
        lambda: _static(
            site,
            "/about-us",
            "About The Straits Times",
            [
                "The Straits Times is Singapore's leading English-language daily, first published in 1845."
            ],
        ),
    )
    # Taipei Times: /News/<section> then /News/list?section=…&page=N
    tt = site.of("taipei")
    for p, n in TT_SECTIONS:
        arts = [a for a in tt if a.x["sec"][0] == p]
        _paged(
            site,
            "taipei",
            f"/News/{p}",
            n,
            arts,
            lambda k, s=p: f"/News/list?section={s}&page={k}",
            " - Taipei Times",
        )
    # The Korea Herald: list.php?ct=…&np=N
    kh = site.of("kh")
    for c, n in KH_SECTIONS:
        arts = [a for a in kh if a.x["sec"][0] == c]
        _paged(
            site,
            "kh",
            f"/list.php?ct={c}",
            n,
            arts,
            lambda k, c=c: f"/list.php?ct={c}&np={k}",
            " - The Korea Herald",
        )
    # The Japan Times: WordPress page/N/
    jt = site.of("jt")
    for p, n in JT_SECTIONS:
        arts = [a for a in jt if a.x["sec"][0].startswith(p)]
        _paged(
            site,
            "jt",
            f"/{p}/",
            n,
            arts,
            lambda k, b=f"/{p}/": f"{b}page/{k}/",
            " - The Japan Times",
        )
    # writers' pages
    for tpl in ("scmp", "st", "jt"):
        for name, arts in writers(site, tpl).items():
            p = author_path(tpl, name)
            site.route(
                p,
                lambda t=tpl, p=p, nm=name, arts=arts: _list(
                    site, t, p, f"{nm} | {LABELS[t]}", nm, latest(arts)
                ),
            )
    # search pages, as each site's search box submits them
    for tpl, key, word in [
        ("scmp", "/search?q=housing", "housing"),
        ("st", "/search?searchkey=hdb", "hdb"),
        ("taipei", "/search?q=legislature", "legislature"),
        ("kh", "/search?q=seoul", "seoul"),
        ("jt", "/search?q=yen", "yen"),
    ]:
        site.route(key, lambda t=tpl, k=key, w=word: _search(site, t, k, w))
    site.route(
        "/about",
        lambda: _static(
            site,
            "/about",
            "About the Press Review",
            [
                "The Press Review gathers the English-language press of Hong Kong, Singapore, Taiwan, South Korea and Japan.",
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
