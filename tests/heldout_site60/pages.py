"""Site 60's non-article pages: the home page; each source's list with its own pagination (the
daily's ``/html/node_2.htm`` → ``node_2_2.htm``, the Macau outlet's ``/category/macau/page/2``,
the free paper's ``/本地?page=2``, the broadcaster's ``/home/local?page=2`` and the Hong Kong
daily's ``/daily/hongkong?page=2``); a tag page, a search page, a 專題 page, a video list, about
and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import FRONT, LABELS, href, latest, li

if TYPE_CHECKING:
    from .generator import Site60

PER = {"md": 5, "lp": 5, "am": 6, "tv": 5, "st": 5}
Url = Callable[[int], str]
PAGED: dict[str, Url] = {
    "md": lambda n: FRONT["md"] if n == 1 else f"/html/node_2_{n}.htm",
    "lp": lambda n: FRONT["lp"] if n == 1 else f"{FRONT['lp']}/page/{n}",
    "am": lambda n: FRONT["am"] if n == 1 else f"{FRONT['am']}?page={n}",
    "tv": lambda n: FRONT["tv"] if n == 1 else f"{FRONT['tv']}?page={n}",
    "st": lambda n: FRONT["st"] if n == 1 else f"{FRONT['st']}?page={n}",
}
TAG = "長者服務"
TAG_PATH = f"/tag/{TAG}"
SEARCH_WORD = "居民"
SEARCH_PATH = f"/search?q={SEARCH_WORD}"
TOPIC_PATH = "/special/港澳社區追蹤"


def _shell(site: Site60, tpl: str, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-HK">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l60' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">港澳地區新聞</a><span>{LABELS[tpl]}</span></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>熱門新聞</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a><p>版權所有 不得轉載</p></div>\n</body>\n</html>\n'
    )
    return served(page)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{href(url(n - 1))}" class="prev">上一頁</a>')
    for k in range(1, pages + 1):
        out.append(
            f'<span class="current">{k}</span>' if k == n else f'<a href="{href(url(k))}">{k}</a>'
        )
    if n < pages:
        out.append(f'<a href="{href(url(n + 1))}" class="next">下一頁</a>')
    return f'<div class="pagination">{"".join(out)}</div>'


def _paged(site: Site60, tpl: str, heading: str) -> None:
    arts = latest(site.of(tpl))
    per = PER[tpl]
    url = PAGED[tpl]
    pages = -(-len(arts) // per)
    fmt = {"md": "%Y-%m-%d", "st": "%Y-%m-%d"}.get(tpl, "%Y-%m-%d %H:%M")
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(li(b, fmt) for b in chunk)
            inner = f'<div class="path"><a href="/">主頁</a> &gt; {esc(heading)}</div><h1>{esc(heading)}</h1><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(
                site,
                tpl,
                url(n),
                f"{heading}{'' if n == 1 else f' - 第{n}頁'} | {LABELS[tpl]}",
                inner,
            )

        site.route(url(n), render)


def _home(site: Site60) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    heads = {
        "md": "澳門日報 澳聞",
        "lp": "力報 澳聞",
        "am": "am730 本地",
        "tv": "now新聞 港聞",
        "st": "星島日報 港聞",
    }
    boxes = "".join(
        f'<div class="box"><h2><a href="{href(FRONT[t])}">{heads[t]}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:4])}</ul></div>'
        for t in LABELS
    )
    links = [
        (TAG_PATH, f"#{TAG}"),
        (SEARCH_PATH, f"搜尋：{SEARCH_WORD}"),
        (TOPIC_PATH, "專題：港澳社區追蹤"),
        ("/video/", "影片"),
        ("/about.html", "關於我們"),
        ("/contact.html", "聯絡我們"),
    ]
    bar = " | ".join(f'<a href="{href(p)}">{t}</a>' for p, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>港澳地區新聞 - 澳門 香港 本地新聞匯集</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>港澳地區新聞</h1><div class="links">{bar}</div></div><div class="main">{boxes}</div>
<div class="footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a></div></body></html>"""
    return served(page)


def _listing(
    site: Site60, tpl: str, key: str, title: str, arts: list[Art], lead: str = ""
) -> tuple[bytes, str]:
    inner = f'<h1>{esc(title)}</h1>{lead}<ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, tpl, key, f"{title} | 港澳地區新聞", inner)


def _videos(site: Site60) -> tuple[bytes, str]:
    cells = "".join(
        f'<li class="video"><a href="{href(a.path)}"><img src="https://img.now.com/news/{a.x["id"]}_s.jpg" alt="{esc(a.title)}"><span class="duration">{a.x["secs"] // 60:02d}:{a.x["secs"] % 60:02d}</span><span class="t">{esc(a.title)}</span></a><em>{a.when:%m-%d %H:%M}</em></li>'
        for a in latest(site.of("tv"))
    )
    return _shell(
        site, "tv", "/video/", "影片 | 港澳地區新聞", f'<h1>影片</h1><ul class="grid">{cells}</ul>'
    )


def register(site: Site60) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in [
        ("md", "澳聞"),
        ("lp", "澳聞"),
        ("am", "本地"),
        ("tv", "港聞"),
        ("st", "日報港聞"),
    ]:
        _paged(site, tpl, heading)
    tagged = [a for a in site.arts if a.x["ctx"]["topic"] == TAG] or latest(site.of("md"))[:4]
    site.route(TAG_PATH, lambda: _listing(site, "md", TAG_PATH, f"標籤：{TAG}", latest(tagged)))
    hits = [a for a in site.arts if SEARCH_WORD in a.title + a.body][:15]
    site.route(
        SEARCH_PATH,
        lambda: _listing(
            site,
            "lp",
            SEARCH_PATH,
            "搜尋結果",
            hits,
            f'<p class="info">搜尋「{SEARCH_WORD}」，共找到 {len(hits)} 項結果</p>',
        ),
    )
    picks = [a for a in site.arts if a.tpl in ("md", "am", "st")][::3]
    site.route(
        TOPIC_PATH,
        lambda: _listing(
            site,
            "am",
            TOPIC_PATH,
            "專題：港澳社區追蹤",
            picks,
            "<p>本專題追蹤港澳兩地社區設施、長者服務與舊區更新的最新發展。</p>",
        ),
    )
    site.route("/video/", lambda: _videos(site))
    for key, title, text in [
        (
            "/about.html",
            "關於我們",
            "本站匯集澳門及香港多家媒體的本地新聞，包括報章、網上媒體及電視台。",
        ),
        (
            "/contact.html",
            "聯絡我們",
            "電話：(853) 2800 0000　電郵：news@example.mo　地址：澳門新馬路",
        ),
    ]:
        site.route(
            key,
            lambda k=key, ti=title, tx=text: _shell(
                site, "lp", k, ti, f"<h1>{ti}</h1><p>{esc(tx)}</p>"
            ),
        )
