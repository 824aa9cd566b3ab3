"""The site's other pages: home, newsletters, a podcast, corrections, search and robots.txt."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import css, esc, filler_links, page_rng

if TYPE_CHECKING:
    from .generator import Site6

CT = "text/html; charset=utf-8"
SECTIONS = [
    ("Politics", "/politics/"),
    ("National", "/national/"),
    ("Business", "/business/"),
    ("Local News", "/news/local/"),
    ("Education", "/news/education/"),
    ("Environment", "/category/environment/"),
    ("Housing", "/category/housing/"),
    ("Health", "/category/health/"),
    ("China", "/china/society/"),
    ("Mumbai", "/city/mumbai/"),
    ("Delhi", "/city/delhi/"),
    ("Bengaluru", "/city/bengaluru/"),
    ("Monsoon", "/topic/monsoon/"),
]


def _frame(site: Site6, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in SECTIONS)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css(rng, "hp", 150)}</style></head>
<body><header><a href="/" class="logo">The Daily Ledger</a><nav><ul>{nav}</ul></nav><ul class="mega">{filler_links(rng, 8)}</ul></header>
<main>{inner}</main>
<footer><a href="/newsletters/">Newsletters</a> | <a href="/podcasts/post-reports/">Podcasts</a> | <a href="/corrections/">Corrections</a> | <a href="/search/?query=">Search</a><p>© 2024 The Daily Ledger Network</p></footer>
</body></html>"""
    return page.encode("utf-8"), CT


def home(site: Site6) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "home")
    picks = rng.sample(site.arts, 24)
    cards = "".join(
        f'<div class="card"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.paras[0][:110])}</p><span class="byline">{esc(", ".join(a.authors))}</span></div>'
        for a in picks
    )
    return _frame(
        site,
        "The Daily Ledger - Breaking news and latest headlines",
        "home",
        f'<section class="top-stories"><h2>Top Stories</h2>{cards}</section>',
    )


def newsletters(site: Site6) -> tuple[bytes, str]:
    inner = """<h1>Newsletters</h1><p>Choose the newsletters you want delivered to your inbox.</p>
<form action="/newsletters/" method="post"><label><input type="checkbox" name="nl" value="am"> The Morning: the day's top stories, every weekday.</label>
<label><input type="checkbox" name="nl" value="politics"> Politics Briefing: what is happening in the capitol, twice a week.</label>
<label><input type="checkbox" name="nl" value="local"> Local Headlines: news from your county, every afternoon.</label>
<input type="email" name="email" placeholder="Enter your email address"><button type="submit">Sign up</button></form>
<p class="legal">By signing up you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at any time.</p>"""
    return _frame(site, "Newsletters - The Daily Ledger", "nl", inner)


def podcast(site: Site6) -> tuple[bytes, str]:
    eps = "".join(
        f'<li class="episode"><h3>Episode {300 - k}: {esc(a.title)}</h3><p>{esc(a.paras[0][:100])}</p><span class="duration">{20 + k} min</span><time>{a.when:%B} {a.when.day}, {a.when.year}</time><audio controls src="/audio/ep{300 - k}.mp3"></audio></li>'
        for k, a in enumerate(site.arts[::6])
    )
    inner = f'<div class="podcast-header"><h1>Post Reports</h1><p>The Daily Ledger\'s daily podcast. Subscribe on Apple Podcasts, Spotify or wherever you listen.</p></div><ul class="episodes">{eps}</ul>'
    return _frame(site, "Post Reports podcast - The Daily Ledger", "pod", inner)


def corrections(site: Site6) -> tuple[bytes, str]:
    rows = "".join(
        f'<li><p>An earlier version of <a href="{a.path}">{esc(a.title)}</a> misstated a figure. The article has been corrected.</p><time>{a.when:%B} {a.when.day}, {a.when.year}</time></li>'
        for a in site.arts[3::9]
    )
    inner = f'<h1>Corrections</h1><p>We strive for accuracy. When we make mistakes, we correct them here. To report an error, email corrections@ledger.example.</p><ul class="corrections">{rows}</ul>'
    return _frame(site, "Corrections - The Daily Ledger", "corr", inner)


def search(site: Site6, q: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if q and q.lower() in a.title.lower()] if q else []
    rows = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{a.when:%b %d, %Y}</span></li>'
        for a in hits[:10]
    )
    inner = f'<h1>Search</h1><form action="/search/" method="get"><input name="query" value="{esc(q)}"><button>Search</button></form><p>{len(hits)} results</p><ul>{rows}</ul>'
    return _frame(site, "Search - The Daily Ledger", "s" + q, inner)


def register(site: Site6) -> None:
    site.route("/", lambda: home(site))
    site.route("/newsletters/", lambda: newsletters(site))
    site.route("/podcasts/post-reports/", lambda: podcast(site))
    site.route("/corrections/", lambda: corrections(site))
    site.route("/search/?query=", lambda: search(site, ""))
    site.route("/search/?q=", lambda: search(site, ""))
    site.route("/search/?query=budget", lambda: search(site, "budget"))
    site.route("/robots.txt", lambda: (b"User-agent: *\nDisallow: /users/\n", "text/plain"))
