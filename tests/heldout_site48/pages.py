"""Site 48's non-article pages: the home page; each source's list with its own pagination (the
county's ``News.aspx?CategoryID=3&Page=2``, the daily's ``/1117/1271/1272/?Page=2`` in Big5-era
style, the district portal's ``/district/page/2/``, the township's ``home.jsp?…&pageno=2`` and
大紀元's ``nsc413_2.htm``); a tag page, a search page, a special-topic page, a photo gallery, a
video index, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import FRONT, LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site48

PER = {"gov": 5, "km": 6, "hk": 5, "town": 6, "ep": 5}
Url = Callable[[int], str]
PAGED: dict[str, Url] = {
    "gov": lambda n: FRONT["gov"] if n == 1 else f"{FRONT['gov']}&Page={n}",
    "km": lambda n: FRONT["km"] if n == 1 else f"{FRONT['km']}?Page={n}",
    "hk": lambda n: FRONT["hk"] if n == 1 else f"/district/page/{n}/",
    "town": lambda n: FRONT["town"] if n == 1 else f"{FRONT['town']}&pageno={n}",
    "ep": lambda n: FRONT["ep"] if n == 1 else f"/b5/nsc413_{n}.htm",
}
TAG = "長者服務"
TAG_PATH = f"/district/tag/{TAG}/"
SEARCH_WORD = "社區"
SEARCH_PATH = f"/search?q={SEARCH_WORD}"


def _href(path: str) -> str:
    return esc(quote(path, safe="/?&=,:"))


def _shell(
    site: Site48, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n{meta}\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l48' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>熱門新聞</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a><p>{LABELS[tpl]}　版權所有</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{_href(url(1))}">第一頁</a><a href="{_href(url(n - 1))}">上一頁</a>')
    for k in range(1, pages + 1):
        out.append(
            f'<span class="active">{k}</span>' if k == n else f'<a href="{_href(url(k))}">{k}</a>'
        )
    if n < pages:
        out.append(
            f'<a href="{_href(url(n + 1))}">下一頁</a><a href="{_href(url(pages))}">最後一頁</a>'
        )
    return f'<div class="pagination">{"".join(out)}<span>共{pages}頁</span></div>'


def _paged(site: Site48, tpl: str, heading: str) -> None:
    arts = latest(site.of(tpl))
    per = PER[tpl]
    url = PAGED[tpl]
    pages = -(-len(arts) // per)
    fmt = {"hk": "%Y-%m-%d %H:%M", "ep": "%Y-%m-%d"}.get(tpl, "%Y-%m-%d")
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(li(b, fmt) for b in chunk)
            inner = f'<div class="path">現在位置：<a href="/">首頁</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(
                site, tpl, url(n), f"{heading}{'' if n == 1 else f'-第{n}頁'}-{LABELS[tpl]}", inner
            )

        site.route(url(n), render)


def _home(site: Site48) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    heads = {
        "gov": "縣府新聞",
        "km": "金門地方新聞",
        "hk": "香港地區新聞",
        "town": "鄉公所消息",
        "ep": "大紀元 台灣",
    }
    boxes = "".join(
        f'<div class="box"><h2><a href="{_href(FRONT[t])}">{heads[t]}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:4])}</ul></div>'
        for t in LABELS
    )
    links = [
        (TAG_PATH, f"#{TAG}"),
        (SEARCH_PATH, f"搜尋：{SEARCH_WORD}"),
        ("/topic/", "專題：離島與偏鄉"),
        ("/photo/", "圖輯"),
        ("/video/", "影音"),
        ("/about.html", "關於我們"),
        ("/contact.html", "聯絡我們"),
    ]
    bar = " | ".join(f'<a href="{_href(p)}">{t}</a>' for p, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>台港地方新聞匯集 - 縣府新聞 地方報 地區新聞</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>台港地方新聞匯集</h1><div class="links">{bar}</div></div><div class="main">{boxes}</div>
<div class="footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a></div></body></html>"""
    return served(page)


def _listing(
    site: Site48, tpl: str, key: str, title: str, arts: list[Art], lead: str = ""
) -> tuple[bytes, str]:
    inner = f'<h2>{esc(title)}</h2>{lead}<ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, tpl, key, f"{title}-{LABELS[tpl]}", inner)


def _gallery(site: Site48, key: str, title: str, kind: str) -> tuple[bytes, str]:
    picks = latest([a for a in site.arts if a.tpl in ("km", "hk", "ep")])[:12]
    cells = "".join(
        f'<li class="{kind}"><a href="{_href(a.path)}"><img src="/img/{kind}/{a.tpl}{a.i}.jpg" alt="{esc(a.title)}"><span>{esc(a.title)}</span></a><em>{a.when:%m-%d}</em></li>'
        for a in picks
    )
    return _shell(site, "hk", key, title, f'<h2>{title}</h2><ul class="grid">{cells}</ul>')


def register(site: Site48) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in [
        ("gov", "縣府新聞"),
        ("km", "地方新聞"),
        ("hk", "地區新聞"),
        ("town", "最新消息"),
        ("ep", "台灣"),
    ]:
        _paged(site, tpl, heading)
    tagged = [a for a in site.of("hk") if a.x["ctx"]["topic"] == TAG] or latest(site.of("hk"))[:4]
    site.route(TAG_PATH, lambda: _listing(site, "hk", TAG_PATH, f"標籤：{TAG}", latest(tagged)))
    hits = [a for a in site.arts if SEARCH_WORD in a.title + a.body][:15]
    site.route(
        SEARCH_PATH,
        lambda: _listing(
            site,
            "gov",
            SEARCH_PATH,
            "搜尋結果",
            hits,
            f'<p class="info">搜尋「{SEARCH_WORD}」，共 {len(hits)} 筆資料</p>',
        ),
    )
    island = [a for a in site.arts if a.tpl in ("km", "town")][::3]
    site.route(
        "/topic/",
        lambda: _listing(
            site,
            "km",
            "/topic/",
            "專題：離島與偏鄉",
            island,
            "<p>關注金門、雲林偏鄉的醫療、交通與產業發展。</p>",
        ),
    )
    site.route("/photo/", lambda: _gallery(site, "/photo/", "圖輯", "photo"))
    site.route("/video/", lambda: _gallery(site, "/video/", "影音新聞", "video"))
    for key, title, text in [
        (
            "/about.html",
            "關於我們",
            "本站匯集台灣縣市政府、鄉鎮公所與地方報的新聞稿，以及香港地區新聞。",
        ),
        (
            "/contact.html",
            "聯絡我們",
            "電話：(02)2700-0000　電子郵件：service@example.tw　地址：台北市中正區",
        ),
    ]:
        site.route(
            key,
            lambda k=key, ti=title, tx=text: _shell(
                site, "gov", k, f"{ti}", f"<h2>{ti}</h2><p>{esc(tx)}</p>"
            ),
        )
