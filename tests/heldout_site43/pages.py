"""Site 43's non-article pages: the home page, each paper's fronts with its own pagination
(Spiegel ``/politik/p2/``, Le Monde ``/politique/2/``, El País ``/ultimas-noticias/2/``, the
Corriere's ``/ultime-notizie/?pagina=2``), topic pages (Spiegel ``/thema/…/``, Le Monde's
root-level tags, El País ``/noticias/…/``, NOS ``/collectie/…``), writers' pages, the day archives
(Spiegel's Nachrichtenarchiv, Le Monde's archives, El País's hemeroteca and its 2019
``/tag/fecha/…``, NOS's ``/nieuws/archief/…``), Spiegel's print issues, each paper's search page
and service pages, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, gtm, page_rng
from .templates import (
    CO_SECTIONS,
    EP_SECTIONS,
    LABELS,
    LM_SECTIONS,
    NOS_SECTIONS,
    SP_RESSORTS,
    SP_SECTIONS,
    author_path,
    co_chrome,
    co_day,
    ep_chrome,
    ep_when,
    latest,
    lm_chrome,
    lm_day,
    nos_chrome,
    sc,
    sp_chrome,
    sp_issue,
    sp_teaser,
    sp_when,
    topic_path,
    writers,
)

if TYPE_CHECKING:
    from .generator import Site43

PER = 4

Chrome = Callable[..., tuple[bytes, str]]
CHROME: dict[str, Chrome] = {
    "spiegel": sp_chrome,
    "lemonde": lm_chrome,
    "elpais": ep_chrome,
    "corriere": co_chrome,
    "nos": nos_chrome,
}
SUFFIX = {
    "spiegel": " - DER SPIEGEL",
    "lemonde": " - Le Monde",
    "elpais": " | EL PAÍS",
    "corriere": " - Corriere.it",
    "nos": " | NOS",
}


def _card(a: Art) -> str:
    t = esc(a.title)
    x = a.x
    if a.tpl == "spiegel":
        return f'<div class="flex mb-32" data-block-el="articleTeaser">{sp_teaser(a, "w-full")}<p class="font-serifUI text-base">{esc(x["teaser"])}</p><footer class="font-sansUI text-s text-shade-dark"><span>{sp_when(a.when)}</span></footer></div>'
    if a.tpl == "lemonde":
        return f'<section class="teaser teaser--inline-picture"><a class="teaser__link" href="{a.path}"><h3 class="teaser__title">{t}</h3><p class="teaser__desc">{esc(x["chapo"])}</p></a><p class="meta__date">Publié le {lm_day(a.when)}</p></section>'
    if a.tpl == "elpais":
        who = ", ".join(a.authors) or "EL PAÍS"
        return f'<article class="c c-d c--m"><header class="c_h"><h2 class="c_t"><a href="{a.path}">{t}</a></h2><div class="c_a"><span class="c_a_a">{esc(who)}</span><span class="c_a_l">{esc(x["place"])}</span> - <time datetime="{a.when.isoformat()}">{ep_when(a.when)}</time></div></header><p class="c_d">{esc(x["subtitle"])}</p></article>'
    if a.tpl == "corriere":
        return f'<div class="bck-media-news"><h3 class="title-art"><a href="{a.path}">{t}</a></h3><p class="summary-art">{esc(x["summary"])}</p><span class="date-art">{co_day(a.when)}</span></div>'
    return f'<li class="{sc("list-item")}"><a href="{a.path}" class="{sc("list-link")}"><h2 class="{sc("list-title")}">{t}</h2><p class="{sc("list-desc")}">{esc(a.paras[0][:180])}</p><time datetime="{a.when.isoformat()}">{a.when:%d-%m-%Y %H:%M}</time></a></li>'


def _list(
    site: Site43,
    tpl: str,
    key: str,
    heading: str,
    arts: list[Art],
    pager: str = "",
    intro: str = "",
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "\n".join(_card(a) for a in arts)
    if tpl == "nos":
        cards = f'<ul class="{sc("list")}">{cards}</ul>'
    intro_html = f'<p class="front__intro">{esc(intro)}</p>' if intro else ""
    main = f'<div class="front front--{tpl}"><h1 class="front__title">{esc(heading)}</h1>{intro_html}<div class="front__list">{cards}</div>{pager}</div>'
    return CHROME[tpl](site, rng, f"{heading}{SUFFIX[tpl]}", key, main)


def _paged(
    site: Site43,
    tpl: str,
    base: str,
    heading: str,
    arts: list[Art],
    page_url: Callable[[int], str],
    labels: tuple[str, str],
) -> None:
    """A front listing ``arts`` newest first, PER a page; page 1 is ``base``."""
    arts = latest(arts)
    n_pages = max(1, -(-len(arts) // PER))
    for n in range(1, n_pages + 1):
        url = base if n == 1 else page_url(n)
        chunk = arts[(n - 1) * PER : n * PER]
        links = []
        if n > 1:
            prev = base if n == 2 else page_url(n - 1)
            links.append(f'<a class="pager__prev" rel="prev" href="{prev}">{esc(labels[0])}</a>')
        links += [
            f'<span class="pager__current" aria-current="page">{k}</span>'
            if k == n
            else f'<a class="pager__page" href="{base if k == 1 else page_url(k)}">{k}</a>'
            for k in range(1, n_pages + 1)
        ]
        if n < n_pages:
            links.append(
                f'<a class="pager__next" rel="next" href="{page_url(n + 1)}">{esc(labels[1])}</a>'
            )
        pager = f'<nav class="pager" aria-label="Pagination">{"".join(links)}</nav>'
        head = heading if n == 1 else f"{heading} – {n}"
        site.route(url, lambda h=head, u=url, c=chunk, p=pager: _list(site, tpl, u, h, c, p))


def _day_pages(
    site: Site43,
    tpl: str,
    url_of: Callable[[datetime], str],
    heading_of: Callable[[datetime], str],
    nav: tuple[str, str],
) -> list[tuple[str, str]]:
    """One archive page per day with stories, each linking the day before and after."""
    days: dict[str, list[Art]] = {}
    for a in site.of(tpl):
        days.setdefault(a.when.strftime("%Y-%m-%d"), []).append(a)
    keys = sorted(days)
    out = []
    for k, d in enumerate(keys):
        w = days[d][0].when
        links = []
        if k > 0:
            links.append(
                f'<a rel="prev" href="{url_of(days[keys[k - 1]][0].when)}">{esc(nav[0])}</a>'
            )
        if k + 1 < len(keys):
            links.append(
                f'<a rel="next" href="{url_of(days[keys[k + 1]][0].when)}">{esc(nav[1])}</a>'
            )
        pager = f'<nav class="archive-nav">{" ".join(links)}</nav>'
        url = url_of(w)
        head, listed = heading_of(w), latest(days[d])
        site.route(url, lambda u=url, h=head, arts=listed, p=pager: _list(site, tpl, u, h, arts, p))
        out.append((url, heading_of(w)))
    return out


def _static(site: Site43, tpl: str, key: str, title: str, text: list[str]) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:6]
    )
    main = f'<div class="static-page"><h1>{esc(title)}</h1>{paras}<aside class="static-page__more"><ul>{more}</ul></aside></div>'
    return CHROME[tpl](site, rng, f"{title}{SUFFIX[tpl]}", key, main)


def _index(
    site: Site43, tpl: str, key: str, heading: str, links: list[tuple[str, str]]
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in links)
    main = f'<div class="archive-index"><h1>{esc(heading)}</h1><ul>{items}</ul></div>'
    return CHROME[tpl](site, rng, f"{heading}{SUFFIX[tpl]}", key, main)


def _search(site: Site43, tpl: str, key: str, word: str, heading: str) -> tuple[bytes, str]:
    arts = site.of(tpl)
    hits = [
        a for a in arts if word.lower() in (a.title + " " + " ".join(a.paras)).lower()
    ] or latest(arts)[:4]
    return _list(site, tpl, key, heading, latest(hits)[:10], intro=f"{len(hits)}")


def _home(site: Site43) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "spiegel": [(f"/{p}/", n) for p, n in SP_RESSORTS]
        + [(f"/{p}/", n) for p, n in SP_SECTIONS]
        + [("/nachrichtenarchiv/", "Nachrichtenarchiv")],
        "lemonde": [(f"/{p}/", n) for p, n in LM_SECTIONS] + [("/archives-du-monde/", "Archives")],
        "elpais": [(f"/{p}/", n) for p, n in EP_SECTIONS]
        + [("/ultimas-noticias/", "Última hora"), ("/hemeroteca/", "Hemeroteca")],
        "corriere": [(f"/{p}/", n) for p, n in CO_SECTIONS]
        + [("/ultime-notizie/", "Ultime notizie")],
        "nos": [(f"/nieuws/{p}", n) for p, n in NOS_SECTIONS]
        + [("/nieuws/laatste", "Laatste nieuws"), ("/nieuws/archief", "Archief")],
    }
    boxes = []
    for tpl, label in LABELS.items():
        links = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in fronts[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:3]
        )
        boxes.append(
            f'<section class="paper paper--{tpl}"><h2>{esc(label)}</h2><ul class="paper__sections">{links}</ul><ul class="paper__latest">{top}</ul></section>'
        )
    rows = "".join(
        f'<tr><td>{esc(LABELS[a.tpl])}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.when:%d.%m.%Y}</td></tr>'
        for a in latest(site.arts)[:20]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>European Press Review - Berlin, Paris, Madrid, Milan, Hilversum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css(rng, "epr", 340, "bem")}</style><script>{gtm("EPR43")}</script></head><body>
<header class="epr-header"><a href="/" class="epr-header__logo">European Press Review</a><nav><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><h1>Today's continental European press</h1>{"".join(boxes)}
<section class="epr-latest"><h2>Latest from every paper</h2><table>{rows}</table></section></main>
<footer class="epr-footer"><p>Headlines belong to their publishers. &copy; 2024 European Press Review.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer></body></html>"""
    return encode(page)


def _review_static(site: Site43, key: str, title: str, text: list[str]) -> tuple[bytes, str]:
    rng: random.Random = page_rng(site.seed, key)
    paras = "".join(f"<p>{esc(t)}</p>" for t in text)
    more = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rng.sample(site.arts, 10)
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} - European Press Review</title>
<style>{css(rng, "epr", 360, "bem")}</style><script>{gtm("EPR43")}</script></head><body>
<header class="epr-header"><a href="/" class="epr-header__logo">European Press Review</a></header>
<main class="static-page"><h1>{esc(title)}</h1>{paras}<aside><h2>Popular now</h2><ul>{more}</ul></aside></main>
<footer class="epr-footer"><p>&copy; 2024 European Press Review.</p></footer></body></html>"""
    return encode(page)


def _topics(site: Site43, tpl: str) -> dict[str, tuple[str, list[Art]]]:
    out: dict[str, tuple[str, list[Art]]] = {}
    for a in site.of(tpl):
        p, label = topic_path(tpl, a.x["ctx"])
        out.setdefault(p, (label, []))[1].append(a)
    return out


def register(site: Site43) -> None:
    site.route("/", lambda: _home(site))
    site.route(
        "/about",
        lambda: _review_static(
            site,
            "/about",
            "About the Press Review",
            [
                "The Press Review gathers the continental European press: Hamburg, Paris, Madrid, Milan and Hilversum.",
                "It is a test site.",
            ],
        ),
    )
    site.route(
        "/contact",
        lambda: _review_static(
            site, "/contact", "Contact", ["Write to the desk at desk@pressreview.example."]
        ),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))

    # Der Spiegel: ressorts and sections paged /p2/, topics, authors, archive, print issues
    sp = site.of("spiegel")
    for p, n in SP_RESSORTS + SP_SECTIONS:
        arts = [a for a in sp if a.x["sec"][0] == p or a.x["sec"][0].startswith(p + "/")]
        _paged(
            site,
            "spiegel",
            f"/{p}/",
            n,
            arts,
            lambda k, b=f"/{p}/": f"{b}p{k}/",
            ("Zurück", "Mehr Artikel"),
        )
    for tp, (label, arts) in _topics(site, "spiegel").items():
        _paged(
            site,
            "spiegel",
            tp,
            label,
            arts,
            lambda k, b=tp: f"{b}p{k}/",
            ("Zurück", "Mehr Artikel"),
        )
    for path, (_, arts) in writers(site, "spiegel").items():
        site.route(
            path,
            lambda p=path, arts=arts: _list(
                site,
                "spiegel",
                p,
                next(n for n in arts[0].authors if author_is(p, "spiegel", n)),
                latest(arts),
            ),
        )
    days = _day_pages(
        site,
        "spiegel",
        lambda w: f"/nachrichtenarchiv/artikel-{w:%d.%m.%Y}.html",
        lambda w: f"Nachrichtenarchiv: Artikel vom {w:%d.%m.%Y}",
        ("Vorheriger Tag", "Nächster Tag"),
    )
    site.route(
        "/nachrichtenarchiv/",
        lambda: _index(site, "spiegel", "/nachrichtenarchiv/", "Nachrichtenarchiv", days),
    )
    issues: dict[str, tuple[str, list[Art]]] = {}
    for a in sp:
        if a.x["print_issue"]:
            ip, il = sp_issue(a.when)
            issues.setdefault(ip, (il, []))[1].append(a)
    for ip, (il, arts) in issues.items():
        site.route(
            ip,
            lambda ip=ip, il=il, arts=arts: _list(
                site, "spiegel", ip, f"{il}: Inhaltsverzeichnis", arts
            ),
        )
    site.route(
        "/suche/?suchbegriff=Rente",
        lambda: _search(
            site, "spiegel", "/suche/?suchbegriff=Rente", "Rente", "Suchergebnisse für »Rente«"
        ),
    )
    site.route(
        "/impressum",
        lambda: _static(
            site,
            "spiegel",
            "/impressum",
            "Impressum",
            [
                "DER SPIEGEL GmbH & Co. KG, Ericusspitze 1, 20457 Hamburg.",
                "Verantwortlich für den redaktionellen Inhalt: die Chefredaktion.",
            ],
        ),
    )

    # Le Monde: sections paged /2/, root-level tags, writers, archives
    lm = site.of("lemonde")
    for p, n in LM_SECTIONS:
        arts = [a for a in lm if a.x["sec"][0] == p]
        _paged(
            site,
            "lemonde",
            f"/{p}/",
            n,
            arts,
            lambda k, b=f"/{p}/": f"{b}{k}/",
            ("Page précédente", "Page suivante"),
        )
    for tp, (label, arts) in _topics(site, "lemonde").items():
        site.route(
            tp,
            lambda tp=tp, label=label, arts=arts: _list(site, "lemonde", tp, label, latest(arts)),
        )
    for path, (_, arts) in writers(site, "lemonde").items():
        site.route(
            path,
            lambda p=path, arts=arts: _list(
                site,
                "lemonde",
                p,
                next(n for n in arts[0].authors if author_is(p, "lemonde", n)),
                latest(arts),
            ),
        )
    days = _day_pages(
        site,
        "lemonde",
        lambda w: f"/archives-du-monde/{w:%d-%m-%Y}/",
        lambda w: f"Archives du Monde – {lm_day(w)}",
        ("Jour précédent", "Jour suivant"),
    )
    site.route(
        "/archives-du-monde/",
        lambda: _index(site, "lemonde", "/archives-du-monde/", "Archives du Monde", days),
    )
    site.route(
        "/recherche/?search_keywords=logement",
        lambda: _search(
            site,
            "lemonde",
            "/recherche/?search_keywords=logement",
            "logement",
            "Recherche : logement",
        ),
    )
    site.route(
        "/le-monde/contact/",
        lambda: _static(
            site,
            "lemonde",
            "/le-monde/contact/",
            "Contactez Le Monde",
            ["Société éditrice du Monde, 67-69, avenue Pierre-Mendès-France, 75013 Paris."],
        ),
    )
    site.route(
        "/abonnement/",
        lambda: _static(
            site,
            "lemonde",
            "/abonnement/",
            "Abonnez-vous au Monde",
            ["Accédez à tous nos contenus en illimité."],
        ),
    )

    # El País: section fronts, the paged "Última hora", writers, tags, hemeroteca
    ep = site.of("elpais")
    for p, n in EP_SECTIONS:
        arts = [a for a in ep if a.x["sec"][0] == p or a.x["sec"][0].startswith(p + "/")]
        site.route(
            f"/{p}/", lambda p=p, n=n, arts=arts: _list(site, "elpais", f"/{p}/", n, latest(arts))
        )
    _paged(
        site,
        "elpais",
        "/ultimas-noticias/",
        "Última hora",
        ep,
        lambda k: f"/ultimas-noticias/{k}/",
        ("Anterior", "Siguiente"),
    )
    for tp, (label, arts) in _topics(site, "elpais").items():
        site.route(
            tp, lambda tp=tp, label=label, arts=arts: _list(site, "elpais", tp, label, latest(arts))
        )
    site.route(
        "/noticias/politica/",
        lambda: _list(site, "elpais", "/noticias/politica/", "Política", latest(ep)[:8]),
    )
    for path, (_, arts) in writers(site, "elpais").items():
        site.route(
            path,
            lambda p=path, arts=arts: _list(
                site,
                "elpais",
                p,
                next(n for n in arts[0].authors if author_is(p, "elpais", n)),
                latest(arts),
            ),
        )
    desk = [a for a in ep if a.x["style"] == "desk"]
    site.route(
        "/autor/el-pais/", lambda: _list(site, "elpais", "/autor/el-pais/", "EL PAÍS", latest(desk))
    )
    for ag in ("EFE", "Europa Press"):
        key = f"/autor/{ag.lower().replace(' ', '-')}/"
        arts = [a for a in ep if a.x["style"] == "agency" and a.x["agency"] == ag] or latest(ep)[:3]
        site.route(
            key, lambda key=key, ag=ag, arts=arts: _list(site, "elpais", key, ag, latest(arts))
        )
    new = [a for a in ep if not a.x["old"]]
    old = [a for a in ep if a.x["old"]]
    days = _day_pages_subset(
        site,
        "elpais",
        new,
        lambda w: f"/hemeroteca/{w:%Y-%m-%d}/",
        lambda w: f"Hemeroteca: {ep_when(w)[:11]}",
    )
    days += _day_pages_subset(
        site,
        "elpais",
        old,
        lambda w: f"/tag/fecha/{w:%Y%m%d}",
        lambda w: f"Noticias del {w:%d/%m/%Y}",
    )
    site.route("/hemeroteca/", lambda: _index(site, "elpais", "/hemeroteca/", "Hemeroteca", days))
    site.route(
        "/buscador/?qt=vivienda",
        lambda: _search(
            site, "elpais", "/buscador/?qt=vivienda", "vivienda", "Resultados de búsqueda: vivienda"
        ),
    )
    for key, title in [
        ("/estaticos/contacto/", "Contacto"),
        ("/estaticos/trust-project/", "The Trust Project"),
        ("/estaticos/normas-comentarios/", "Normas de participación"),
        ("/suscripciones/", "Suscríbete a EL PAÍS"),
        ("/newsletters/", "Newsletters de EL PAÍS"),
        ("/cupones/", "Cupones descuento"),
    ]:
        site.route(
            key,
            lambda key=key, title=title: _static(
                site,
                "elpais",
                key,
                title,
                [f"{title}: EDICIONES EL PAÍS S.L., Miguel Yuste 40, 28037 Madrid."],
            ),
        )

    # Corriere: section fronts, the paged "Ultime notizie" (?pagina=2), search, services
    co = site.of("corriere")
    for p, n in CO_SECTIONS:
        arts = [a for a in co if a.x["sec"][0] == p]
        site.route(
            f"/{p}/", lambda p=p, n=n, arts=arts: _list(site, "corriere", f"/{p}/", n, latest(arts))
        )
    _paged(
        site,
        "corriere",
        "/ultime-notizie/",
        "Ultime notizie",
        co,
        lambda k: f"/ultime-notizie/?pagina={k}",
        ("Precedente", "Successiva"),
    )
    site.route(
        "/ricerca/?q=pensioni",
        lambda: _search(
            site,
            "corriere",
            "/ricerca/?q=pensioni",
            "pensioni",
            "Risultati della ricerca: pensioni",
        ),
    )
    site.route(
        "/servizi/",
        lambda: _static(
            site,
            "corriere",
            "/servizi/",
            "Servizi",
            ["Abbonamenti, newsletter, contatti della redazione: via Solferino 28, Milano."],
        ),
    )

    # NOS: sections, latest, day archives, collections, search
    ns = site.of("nos")
    for p, n in NOS_SECTIONS:
        arts = [a for a in ns if a.x["sec"][0] == p]
        site.route(
            f"/nieuws/{p}",
            lambda p=p, n=n, arts=arts: _list(site, "nos", f"/nieuws/{p}", n, latest(arts)),
        )
    site.route(
        "/nieuws/laatste",
        lambda: _list(site, "nos", "/nieuws/laatste", "Laatste nieuws", latest(ns)),
    )
    days = _day_pages(
        site,
        "nos",
        lambda w: f"/nieuws/archief/{w:%Y-%m-%d}",
        lambda w: f"Nieuwsarchief {w.day}-{w.month}-{w.year}",
        ("Vorige dag", "Volgende dag"),
    )
    site.route(
        "/nieuws/archief", lambda: _index(site, "nos", "/nieuws/archief", "Nieuwsarchief", days)
    )
    for tp, (label, arts) in _topics(site, "nos").items():
        site.route(
            tp, lambda tp=tp, label=label, arts=arts: _list(site, "nos", tp, label, latest(arts))
        )
    site.route(
        "/zoeken?q=stikstof",
        lambda: _search(
            site, "nos", "/zoeken?q=stikstof", "stikstof", "Zoekresultaten voor stikstof"
        ),
    )
    site.route(
        "/over",
        lambda: _static(
            site,
            "nos",
            "/over",
            "Over de NOS",
            ["De NOS maakt nieuws voor radio, televisie en online, vanuit Hilversum."],
        ),
    )


def author_is(path: str, tpl: str, name: str) -> bool:
    return path in (author_path(tpl, name), author_path(tpl, name, True))


def _day_pages_subset(
    site: Site43,
    tpl: str,
    arts: list[Art],
    url_of: Callable[[datetime], str],
    heading_of: Callable[[datetime], str],
) -> list[tuple[str, str]]:
    days: dict[str, list[Art]] = {}
    for a in arts:
        days.setdefault(a.when.strftime("%Y-%m-%d"), []).append(a)
    out = []
    for d in sorted(days):
        w = days[d][0].when
        url = url_of(w)
        head, listed = heading_of(w), latest(days[d])
        site.route(url, lambda u=url, h=head, a=listed: _list(site, tpl, u, h, a))
        out.append((url, heading_of(w)))
    return out
