"""Site 33's non-article pages: the hub's home page, info.gov.hk's "Today's Press Releases" and
day indexes (``/gia/general/202405/08.htm``, ``08c.htm``), news.gov.hk's fronts and category
pages (``?page=2``), GCS news lists per language (``?page=2``), the MCI press-release list
(``?page=2``) and the 2019 pressroom, Shenzhen's TRS channel lists (``index.html``,
``index_1.html``), its special-topics page, search, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, ga, page_rng
from .templates import (
    GCS_LANG,
    GCS_T,
    LABELS,
    NG_CATS,
    gcs_date,
    isd_day,
    latest,
    ng_chrome,
    ng_date,
    ng_root,
    sg_chrome,
    sg_date,
    sz_chrome,
)

if TYPE_CHECKING:
    from .generator import Site33

PER = 5


def _pager(
    n: int, pages: int, url: Callable[[int], str], labels: tuple[str, str] = ("Previous", "Next")
) -> str:
    if pages <= 1:
        return ""
    out = []
    if n > 1:
        out.append(f'<a class="prev" href="{url(n - 1)}">{labels[0]}</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a class="next" href="{url(n + 1)}">{labels[1]}</a>')
    return f'<div class="pagination">{"".join(out)}</div>'


def _paged(
    site: Site33,
    arts: list[Art],
    url: Callable[[int], str],
    render: Callable[[list[Art], str, str], tuple[bytes, str]],
    labels: tuple[str, str] = ("Previous", "Next"),
) -> None:
    arts = latest(arts)
    pages = max(1, -(-len(arts) // PER))
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * PER : n * PER]
        pager = _pager(n, pages, url, labels)
        u = url(n)
        site.route(u, lambda c=chunk, p=pager, u=u: render(c, p, u))


def _plain(
    site: Site33, key: str, title: str, inner: str, lang: str = "en", charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{esc(title)}</title>
<style>{css(rng, "hub", 200)}</style>{ga("G-HUB33")}</head><body>
<header class="hub-header"><a href="/">Asia Government Newsroom</a> <nav><a href="/search?q=district">Search</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main>{inner}</main>
<footer class="hub-footer"><p>Press releases and news items belong to the governments that issue them.</p></footer></body></html>"""
    return encode(page, charset)


# --- the hub ---------------------------------------------------------------------------
def _home(site: Site33) -> tuple[bytes, str]:
    fronts = {
        "isd": [
            ("/gia/general/today.htm", "Today's Press Releases"),
            ("/gia/general/ctoday.htm", "今日新聞公報"),
        ],
        "newsgov": [
            ("/eng/index.html", "news.gov.hk (English)"),
            ("/chi/index.html", "香港政府新聞網（中文）"),
        ],
        "gcs": [
            ("/list/zh-hant/news/", "新聞"),
            ("/list/pt/news/", "Notícias"),
            ("/list/en/news/", "News"),
        ],
        "govsg": [
            ("/media-centre/press-releases/", "Press Releases"),
            ("/pressroom/news-and-stories/pressroom", "Pressroom archive (2019)"),
        ],
        "sz": [("/en_szgov/", "Shenzhen Government Online"), ("/en_szgov/news/", "News")],
    }
    boxes = []
    for tpl, label in LABELS.items():
        links = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in fronts[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest(site.of(tpl))[:3]
        )
        boxes.append(
            f'<section class="office office--{tpl}"><h2>{esc(label)}</h2><ul class="fronts">{links}</ul><ul class="top">{top}</ul></section>'
        )
    return _plain(
        site,
        "/",
        "Asia Government Newsroom - press offices of Hong Kong, Macao, Singapore and Shenzhen",
        f"<h1>Government press offices</h1>{''.join(boxes)}",
    )


# --- info.gov.hk -------------------------------------------------------------------------
def _isd_page(site: Site33, key: str, zh: bool, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    other = (
        key.replace("c.htm", ".htm")
        if zh and key.endswith("c.htm")
        else key.replace(".htm", "c.htm")
        if not zh and key[-6:-4].isdigit()
        else ("/gia/general/today.htm" if zh else "/gia/general/ctoday.htm")
    )
    page = f"""<!DOCTYPE html><html lang="{"zh-HK" if zh else "en"}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title>
<style type="text/css">{css(rng, "gia", 220)}</style></head><body>
<div id="header"><a href="https://www.gov.hk/">GovHK</a> <a href="{other}">{"English" if zh else "繁體版"}</a> <a href="/">Home</a></div>
<div id="contentBody"><h1>{esc(title)}</h1>{inner}</div>
<div id="footer"><a href="/about#notices">{"重要告示" if zh else "Important notices"}</a> <a href="/about#privacy">{"私隱政策" if zh else "Privacy Policy"}</a></div></body></html>"""
    return encode(page)


def _isd(site: Site33) -> None:
    for zh in (False, True):
        arts = [a for a in site.of("isd") if (a.x["lang"] == "zh") == zh]
        days: dict[str, list[Art]] = {}
        for a in arts:
            days.setdefault(isd_day(a.when, zh), []).append(a)
        for url, items in days.items():
            w = items[0].when
            title = (
                f"{w.year}年{w.month}月{w.day}日 新聞公報"
                if zh
                else f"Press Releases - {w:%A}, {w:%B} {w.day}, {w.year}"
            )
            rows = "".join(
                f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{"香港時間" if zh else "HKT"} {a.when:%H:%M}</span></li>'
                for a in latest(items)
            )
            site.route(
                url,
                lambda u=url, t=title, r=rows, z=zh: _isd_page(
                    site, u, z, t, f'<ul class="prList">{r}</ul>'
                ),
            )
        key = "/gia/general/ctoday.htm" if zh else "/gia/general/today.htm"
        newest = latest(arts)[0]
        tops = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in latest(arts)
            if a.when.date() == newest.when.date()
        )
        arch = "".join(
            f'<li><a href="{u}">{u.rsplit("/", 2)[1][:4]}-{u.rsplit("/", 2)[1][4:]}-{u.rsplit("/", 1)[1][:2]}</a></li>'
            for u in sorted(days, reverse=True)
        )
        inner = f'<ul class="prList">{tops}</ul><h2>{"新聞公報檔案" if zh else "Press Releases Archive"}</h2><ul class="archive">{arch}</ul>'
        site.route(
            key,
            lambda k=key, i=inner, z=zh: _isd_page(
                site, k, z, "今日新聞公報" if z else "Today's Press Releases", i
            ),
        )


# --- news.gov.hk ---------------------------------------------------------------------------
def _ng_list(
    site: Site33, zh: bool, key: str, heading: str, arts: list[Art], pager: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "".join(
        f'<div class="news-card"><a href="{a.path}"><h3>{esc(a.title)}</h3></a><p class="news-card__summary">{esc(a.paras[0][:110])}</p><span class="date">{ng_date(a.when, zh)}</span></div>'
        for a in arts
    )
    main = f'<div class="container listing"><h1>{esc(heading)}</h1><div class="news-list">{cards or ("<p>暫無新聞</p>" if zh else "<p>No news</p>")}</div>{pager}</div>'
    return ng_chrome(site, rng, zh, f"{heading} | news.gov.hk", main, None)


def _newsgov(site: Site33) -> None:
    for zh in (False, True):
        root = ng_root(zh)
        arts = [a for a in site.of("newsgov") if (a.x["lang"] == "zh") == zh]
        site.route(
            f"{root}/index.html",
            lambda r=root, z=zh, ar=arts: _ng_list(
                site, z, f"{r}/index.html", "頭條新聞" if z else "Top Stories", latest(ar)[:6], ""
            ),
        )
        for c, e, zname in NG_CATS:
            in_cat = [a for a in arts if a.x["cat"][0] == c]
            base = f"{root}/categories/{c}/index.html"
            _paged(
                site,
                in_cat,
                lambda n, b=base: b if n == 1 else f"{b}?page={n}",
                lambda ch, pg, u, z=zh, h=(zname if zh else e): _ng_list(site, z, u, h, ch, pg),
                ("上一頁", "下一頁") if zh else ("Previous", "Next"),
            )


# --- GCS -----------------------------------------------------------------------------------
def _gcs_list(site: Site33, lang: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    T = GCS_T[lang]
    items = "".join(
        f'<li class="news-item"><a href="{a.path}"><h3>{esc(a.title)}</h3></a><span class="time">{gcs_date(a.when, lang, a.x["old"])}</span></li>'
        for a in arts
    )
    others = " | ".join(
        f'<a href="/list/{GCS_LANG[c]}/news/">{lab}</a>'
        for c, lab in (("zh", "繁"), ("pt", "PT"), ("en", "EN"))
    )
    page = f"""<!DOCTYPE html><html lang="{ {"zh": "zh-Hant", "pt": "pt", "en": "en"}[lang] }"><head><meta charset="UTF-8"><title>{T["news"]} - {T["site"]}</title>
<style>{css(rng, "gcs", 220, "util")}</style></head><body>
<header class="header"><a class="logo" href="/">{T["site"]}</a><div class="lang-switch">{others}</div></header>
<div class="container"><div class="breadcrumb"><a href="/">{T["home"]}</a> &gt; {T["news"]}</div><h1>{T["news"]}</h1><ul class="news-list">{items}</ul>{pager}</div>
<footer class="footer"><p>{T["copy"]}</p></footer></body></html>"""
    return encode(page)


def _gcs(site: Site33) -> None:
    for lang, code in GCS_LANG.items():
        arts = [a for a in site.of("gcs") if a.x["lang"] == lang]
        base = f"/list/{code}/news/"
        labels = {
            "zh": ("上一頁", "下一頁"),
            "pt": ("Anterior", "Seguinte"),
            "en": ("Previous", "Next"),
        }[lang]
        _paged(
            site,
            arts,
            lambda n, b=base: b if n == 1 else f"{b}?page={n}",
            lambda ch, pg, u, lg=lang: _gcs_list(site, lg, u, ch, pg),
            labels,
        )


# --- MCI -----------------------------------------------------------------------------------
def _sg_list(
    site: Site33, key: str, heading: str, arts: list[Art], pager: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    cards = "".join(
        f'<div class="bp-card"><p class="bp-card__tag">Press Releases</p><a href="{a.path}"><h3>{esc(a.title)}</h3></a><p class="bp-card__date">{sg_date(a.when)}</p></div>'
        for a in arts
    )
    main = f'<section class="bp-section"><div class="bp-container"><h1>{esc(heading)}</h1><div class="collection">{cards}</div>{pager}</div></section>'
    return sg_chrome(
        site,
        rng,
        f"{heading} | Ministry of Communications and Information",
        main,
        max(a.when for a in arts),
    )


def _govsg(site: Site33) -> None:
    new = [a for a in site.of("govsg") if not a.x["old"]]
    old = [a for a in site.of("govsg") if a.x["old"]]
    base = "/media-centre/press-releases/"
    _paged(
        site,
        new,
        lambda n: base if n == 1 else f"{base}?page={n}",
        lambda ch, pg, u: _sg_list(site, u, "Press Releases", ch, pg),
    )
    site.route(
        "/pressroom/news-and-stories/pressroom",
        lambda: _sg_list(
            site, "/pressroom/news-and-stories/pressroom", "Pressroom", latest(old), ""
        ),
    )


# --- Shenzhen ------------------------------------------------------------------------------
SZ_CHANS = [("latest", "Latest News"), ("business", "Business"), ("culture", "Culture")]


def _sz_list(
    site: Site33, key: str, heading: str, arts: list[Art], pager: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in arts
    )
    main = f'<div class="w1200 position">Location: <a href="/en_szgov/">Home</a> &gt; <a href="/en_szgov/news/">News</a> &gt; {esc(heading)}</div><div class="w1200 list"><h2>{esc(heading)}</h2><ul class="news_list">{items or "<li>No content</li>"}</ul>{pager}</div>'
    return sz_chrome(site, rng, f"{heading}--Shenzhen Government Online", main)


def _sz(site: Site33) -> None:
    arts = site.of("sz")
    for c, label in SZ_CHANS:
        in_c = [a for a in arts if a.x["chan"][0] == c]
        base = f"/en_szgov/news/{c}/"
        _paged(
            site,
            in_c,
            lambda n, b=base: f"{b}index.html" if n == 1 else f"{b}index_{n - 1}.html",
            lambda ch, pg, u, h=label: _sz_list(site, u, h, ch, pg),
            ("Previous", "Next"),
        )
    chans = "".join(
        f'<li><a href="/en_szgov/news/{c}/index.html">{esc(label)}</a></li>'
        for c, label in SZ_CHANS
    )
    site.route(
        "/en_szgov/news/",
        lambda: _sz_list(
            site, "/en_szgov/news/", "News", latest(arts)[:5], f"<ul class='chans'>{chans}</ul>"
        ),
    )
    site.route(
        "/en_szgov/",
        lambda: _sz_list(
            site,
            "/en_szgov/",
            "Home",
            latest(arts)[:4],
            f"<ul class='chans'>{chans}<li><a href='/en_szgov/news/special/'>Special Topics</a></li></ul>",
        ),
    )
    picks = [
        a
        for a in latest(arts)
        if a.x["ctx"]["topic"]
        in (
            "the low-altitude economy",
            "cross-border trade",
            "new energy vehicles",
            "artificial intelligence",
        )
    ] or latest(arts)[:3]
    site.route(
        "/en_szgov/news/special/",
        lambda: _sz_list(
            site, "/en_szgov/news/special/", "Special Topics: Shenzhen's New Industries", picks, ""
        ),
    )


# --- search, about, contact ----------------------------------------------------------------
def _search(site: Site33, q: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if q.lower() in (a.title + " " + a.body).lower()][:20]
    rows = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{esc(LABELS[a.tpl])}</span></li>'
        for a in hits
    )
    return _plain(
        site,
        f"/search?q={q}",
        f"Search: {q}",
        f'<h1>Search results for "{esc(q)}"</h1><p>{len(hits)} results</p><ol>{rows}</ol>',
    )


def register(site: Site33) -> None:
    site.route("/", lambda: _home(site))
    _isd(site)
    _newsgov(site)
    _gcs(site)
    _govsg(site)
    _sz(site)
    for q in ("district", "Shenzhen"):
        site.route(f"/search?q={q}", lambda q=q: _search(site, q))
    site.route(
        "/about",
        lambda: _plain(
            site,
            "/about",
            "About the Asia Government Newsroom",
            "<h1>About</h1><p>The Asia Government Newsroom mirrors the press releases of government information offices in Hong Kong, Macao, Singapore and Shenzhen.</p><h2 id='notices'>Important notices</h2><p>Content is reproduced as issued.</p><h2 id='privacy'>Privacy</h2><p>We collect no personal data.</p>",
        ),
    )
    site.route(
        "/contact",
        lambda: _plain(
            site,
            "/contact",
            "Contact",
            "<h1>Contact</h1><p>Write to newsroom@asia-gov-newsroom.example.</p>",
        ),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
