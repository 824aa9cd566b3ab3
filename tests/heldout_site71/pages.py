"""Site 71's pages that are no article: the home page, the news list with ``?page=2`` and
``?page=3``, a tag page, a search, the weather page, the video page, the station's team and a
reporter's page, about and contact."""

# ruff: noqa: E501  (markup as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, page_rng, served, trunc

if TYPE_CHECKING:
    from .generator import Site71

LABELS = {
    "nexstar": "Nexstar stations",
    "sinclair": "Sinclair stations",
    "gray": "Gray stations",
    "hearst": "Hearst Television",
    "scripps": "Scripps stations",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def cards(arts: list[Art]) -> str:
    return "".join(
        f'<li class="card"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 120))}</p><span class="station">{esc(a.x["call"])}</span> <time>{a.when:%b %d, %Y}</time></li>'
        for a in arts
    )


def shell(site: Site71, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [
            ("/", "Home"),
            ("/news/", "News"),
            ("/weather/", "Weather"),
            ("/video/", "Video"),
            ("/tag/crime/", "Crime"),
            ("/our-team/", "Our Team"),
            ("/about-us/", "About Us"),
            ("/contact-us/", "Contact Us"),
        ]
    )
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css(rng, "ls", 120)}</style></head>
<body><header><a href="/">Local News Now</a><nav><ul>{nav}</ul></nav><form action="/search/"><input name="q"></form></header>
<main>{inner}</main><footer><a href="/about-us/">About Us</a> · <a href="/contact-us/">Contact Us</a> · FCC Public File</footer></body></html>"""
    return served(page)


def register(site: Site71) -> None:
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    allarts = latest(site.arts)
    home = "".join(
        f'<section><h2>{label}</h2><ul class="list">{cards(latest(site.of(tpl))[:3])}</ul></section>'
        for tpl, label in LABELS.items()
    )
    site.route(
        "/",
        lambda: shell(
            site,
            "/",
            "Local News Now - Breaking News, Weather, Video",
            f'<section class="top"><h2>Top Stories</h2><ul>{cards(allarts[:6])}</ul></section>{home}<p><a href="/news/">All news</a> · <a href="/weather/">Weather</a> · <a href="/video/">Video</a> · <a href="/search/?q=city+council">Search</a></p>',
        ),
    )
    for n in (1, 2, 3, 4, 5):
        key = "/news/" if n == 1 else f"/news/?page={n}"
        chunk = allarts[(n - 1) * 12 : n * 12]
        pager = " ".join(
            f'<a href="{"/news/" if k == 1 else f"/news/?page={k}"}">{k}</a>'
            for k in (1, 2, 3, 4, 5)
            if k != n
        )
        site.route(
            key,
            lambda chunk=chunk, key=key, n=n, pager=pager: shell(
                site,
                key,
                f"News | Page {n}",
                f'<h1>Local News</h1><ul class="list">{cards(chunk)}</ul><nav class="pagination">{pager}</nav>',
            ),
        )
    crime = [
        a
        for a in allarts
        if any(w in a.title.lower() for w in ("police", "break-ins", "crash", "missing"))
    ][:12] or allarts[:8]
    site.route(
        "/tag/crime/",
        lambda: shell(
            site, "/tag/crime/", "Crime Archives", f"<h1>Crime</h1><ul>{cards(crime)}</ul>"
        ),
    )
    hits = [a for a in allarts if "council" in (a.title + a.body).lower()][:12]
    site.route(
        "/search/?q=city+council",
        lambda: shell(
            site,
            "/search/?q=city+council",
            "Search results for city council",
            f'<h1>You searched for "city council"</h1><p>{len(hits)} results</p><ul>{cards(hits)}</ul>',
        ),
    )
    rng = page_rng(site.seed, "weather")
    days = "".join(
        f"<tr><td>{d}</td><td>{rng.randint(55, 95)}°</td><td>{rng.randint(35, 65)}°</td><td>{rng.randint(0, 80)}%</td></tr>"
        for d in ("Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday")
    )
    site.route(
        "/weather/",
        lambda: shell(
            site,
            "/weather/",
            "Weather Forecast, Radar and Alerts",
            f'<h1>First Alert Weather</h1><div class="radar"><img src="/weather/radar.png" alt="Interactive radar"></div><table class="forecast"><tr><th>Day</th><th>High</th><th>Low</th><th>Rain</th></tr>{days}</table><p><a href="/video/">Watch the latest forecast</a></p>',
        ),
    )
    vids = "".join(
        f'<li><a href="/video/?page=2"><img src="/video/{k}.jpg"></a><p>{esc(a.title)}</p><span>{1 + k % 3}:{10 + k:02d}</span></li>'
        for k, a in enumerate(allarts[:10])
    )
    vids2 = "".join(
        f'<li><img src="/video/b{k}.jpg"><p>{esc(a.title)}</p><span>2:{20 + k:02d}</span></li>'
        for k, a in enumerate(allarts[10:20])
    )
    site.route(
        "/video/",
        lambda: shell(
            site,
            "/video/",
            "Video",
            f'<h1>Video</h1><ul class="videos">{vids}</ul><a href="/video/?page=2">More video</a>',
        ),
    )
    site.route(
        "/video/?page=2",
        lambda: shell(
            site,
            "/video/?page=2",
            "Video | Page 2",
            f'<h1>Video</h1><ul class="videos">{vids2}</ul><a href="/video/">Newer</a>',
        ),
    )
    team = sorted({n for a in site.arts for n in a.authors})
    site.route(
        "/our-team/",
        lambda: shell(
            site,
            "/our-team/",
            "Our Team",
            "<h1>Meet the Team</h1><ul>"
            + "".join(f"<li>{esc(n)}</li>" for n in team)
            + '</ul><p><a href="/author/kayla-hernandez/">Kayla Hernandez</a></p>',
        ),
    )
    site.route(
        "/author/kayla-hernandez/",
        lambda: shell(
            site,
            "/author/kayla-hernandez/",
            "Kayla Hernandez",
            f"<h1>Kayla Hernandez</h1><p>Kayla Hernandez joined the station as a general assignment reporter. She grew up in the area and covers city hall and public safety.</p><ul>{cards(allarts[:5])}</ul>",
        ),
    )
    site.route(
        "/about-us/",
        lambda: shell(
            site,
            "/about-us/",
            "About Us",
            "<h1>About Us</h1><p>We are your local news leader, serving the community with breaking news, First Alert Weather and investigations on air, online and on our streaming apps.</p>",
        ),
    )
    site.route(
        "/contact-us/",
        lambda: shell(
            site,
            "/contact-us/",
            "Contact Us",
            "<h1>Contact Us</h1><p>Newsroom: news@example.com. Send us your story ideas, photos and video.</p><p>Main line: 555-0100.</p>",
        ),
    )
