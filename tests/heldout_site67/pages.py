"""Site 67's pages that are no article: the home page, each outlet's section list with its own
pagination, an ABC topic page and search, the Guardian's day archive, a contributor profile and
newsletters page, a CBC video list, about and contact pages."""

# ruff: noqa: E501  (markup as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, page_rng, served, trunc

if TYPE_CHECKING:
    from .generator import Site67

LISTS = {
    "abc": ("/news/australia", "Australia", "?page={n}"),
    "stuff": ("/nz-news", "NZ News", "?page={n}"),
    "cbc": ("/news/canada", "Canada", "?page={n}"),
    "guardian": ("/uk-news", "UK news", "?page={n}"),
    "irish": ("/ireland/", "Ireland", "?page={n}"),
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def cards(arts: list[Art]) -> str:
    return "".join(
        f'<li class="card"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 120))}</p><time>{a.when:%d %b %Y}</time></li>'
        for a in arts
    )


def shell(site: Site67, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li><a href="{u}">{t}</a></li>' for u, (_, t, _) in [(v[0], v) for v in LISTS.values()]
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css(rng, "ls", 120)}</style></head>
<body><header><a href="/">News from home and away</a><nav><ul>{nav}<li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main>{inner}</main><footer><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/email-newsletters">Newsletters</a></footer></body></html>"""
    return served(page)


def _lists(site: Site67) -> None:
    for tpl, (url, label, q) in LISTS.items():
        arts = latest(site.of(tpl))
        for n in (1, 2, 3):
            chunk = arts[(n - 1) * 4 : n * 4]
            key = url if n == 1 else url + q.format(n=n)
            pager = " ".join(
                f'<a href="{url if k == 1 else url + q.format(n=k)}">{k}</a>'
                for k in (1, 2, 3)
                if k != n
            )
            site.route(
                key,
                lambda chunk=chunk, key=key, label=label, pager=pager: shell(
                    site,
                    key,
                    f"{label} | {key}",
                    f'<h1>{label}</h1><ul class="list">{cards(chunk)}</ul><nav class="pagination">{pager}</nav>',
                ),
            )


def register(site: Site67) -> None:
    _lists(site)
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    home = "".join(
        f'<section><h2><a href="{u}">{t}</a></h2><ul class="list">{cards(latest(site.of(tpl))[:3])}</ul></section>'
        for tpl, (u, t, _) in LISTS.items()
    )
    extra = [
        ("/news/justin", "Just In"),
        ("/news/topic/housing", "Topic: Housing"),
        ("/news/search?q=housing", "Search: housing"),
        ("/uk-news/2024/may/08/all", "Archive: 8 May 2024"),
        ("/politics/all", "Politics: all"),
        ("/profile/eleanor-hughes", "Eleanor Hughes"),
        ("/email-newsletters", "Newsletters"),
        ("/player/news", "Video"),
        ("/news/about", "About CBC News"),
        ("/contact-us/", "Contact us"),
        ("/about", "About"),
        ("/contact", "Contact"),
        ("/video", "Stuff video"),
    ]
    more = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in extra)
    site.route(
        "/",
        lambda: shell(site, "/", "News from home and away", f'{home}<ul class="more">{more}</ul>'),
    )
    allarts = latest(site.arts)
    site.route(
        "/news/justin",
        lambda: shell(
            site,
            "/news/justin",
            "Just In - ABC News",
            f"<h1>Just In</h1><ul>{cards(allarts[:15])}</ul>",
        ),
    )
    site.route(
        "/news/topic/housing",
        lambda: shell(
            site,
            "/news/topic/housing",
            "Housing - ABC News",
            f"<h1>Housing</h1><p>The latest news on housing from ABC News.</p><ul>{cards(latest(site.of('abc'))[:8])}</ul>",
        ),
    )
    hits = [a for a in allarts if "housing" in (a.title + a.body).lower()][:12]
    site.route(
        "/news/search?q=housing",
        lambda: shell(
            site,
            "/news/search?q=housing",
            "Search results for housing",
            f'<h1>Search results for "housing"</h1><p>{len(hits)} results</p><ul>{cards(hits)}</ul>',
        ),
    )
    site.route(
        "/uk-news/2024/may/08/all",
        lambda: shell(
            site,
            "/uk-news/2024/may/08/all",
            "UK news: 8 May 2024",
            f'<h1>Wednesday 8 May 2024</h1><ul>{cards(latest(site.of("guardian"))[:6])}</ul><a href="/uk-news/2024/may/07/all">Previous day</a>',
        ),
    )
    site.route(
        "/uk-news/2024/may/07/all",
        lambda: shell(
            site,
            "/uk-news/2024/may/07/all",
            "UK news: 7 May 2024",
            f'<h1>Tuesday 7 May 2024</h1><ul>{cards(latest(site.of("guardian"))[6:])}</ul><a href="/uk-news/2024/may/08/all">Next day</a>',
        ),
    )
    site.route(
        "/politics/all",
        lambda: shell(
            site,
            "/politics/all",
            "Politics | The Guardian",
            f"<h1>Politics</h1><ul>{cards([a for a in latest(site.of('guardian')) if '/politics/' in a.path])}</ul>",
        ),
    )
    site.route(
        "/profile/eleanor-hughes",
        lambda: shell(
            site,
            "/profile/eleanor-hughes",
            "Eleanor Hughes | The Guardian",
            '<h1>Eleanor Hughes</h1><p>Eleanor Hughes is a political correspondent for the Guardian, based in Westminster. She previously covered social affairs.</p><p><a href="/uk-news">UK news</a></p>',
        ),
    )
    site.route(
        "/email-newsletters",
        lambda: shell(
            site,
            "/email-newsletters",
            "Newsletters",
            "<h1>Newsletters</h1><ul><li><h3>First Edition</h3><p>Every weekday morning, the key stories of the day.</p></li><li><h3>Morning Briefing</h3><p>The day's news in five minutes.</p></li><li><h3>The National</h3><p>The best of CBC News, every evening.</p></li></ul>",
        ),
    )
    vids = "".join(
        f'<li><a href="#"><img src="/video/{k}.jpg"></a><p>{esc(a.title)}</p><span>2:{10 + k:02d}</span></li>'
        for k, a in enumerate(latest(site.of("cbc"))[:8])
    )
    site.route(
        "/player/news",
        lambda: shell(
            site,
            "/player/news",
            "CBC News video",
            f'<h1>News video</h1><ul class="videos">{vids}</ul>',
        ),
    )
    site.route(
        "/video",
        lambda: shell(
            site, "/video", "Stuff video", f'<h1>Video</h1><ul class="videos">{vids}</ul>'
        ),
    )
    site.route(
        "/news/about",
        lambda: shell(
            site,
            "/news/about",
            "About CBC News",
            "<h1>About CBC News</h1><p>CBC News is the news division of the Canadian Broadcasting Corporation, serving audiences across the country on television, radio and online.</p><p>Read our journalistic standards and practices.</p>",
        ),
    )
    site.route(
        "/contact-us/",
        lambda: shell(
            site,
            "/contact-us/",
            "Contact us – The Irish Times",
            "<h1>Contact us</h1><p>The Irish Times, 24-28 Tara Street, Dublin 2. Newsdesk: news@example.ie.</p>",
        ),
    )
    site.route(
        "/about",
        lambda: shell(
            site,
            "/about",
            "About",
            "<h1>About</h1><p>This site gathers news from Australia, New Zealand, Canada, the UK and Ireland.</p>",
        ),
    )
    site.route(
        "/contact",
        lambda: shell(
            site,
            "/contact",
            "Contact",
            "<h1>Contact</h1><p>Send tips and corrections to the newsroom of each outlet.</p>",
        ),
    )
