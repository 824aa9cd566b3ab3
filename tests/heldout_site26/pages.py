"""Site 26's non-article pages: the home page, each portal's lists with its own pagination
(``?page=2``, ``news-list-2.htm``, ASP.NET ``&p=2``), section pages, a topic page, TVBS reporters'
pages, search, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes
from heldout_site7.common import css, esc, page_rng, stats_js, trunc

from .templates import LABELS, LISTS, author_path

if TYPE_CHECKING:
    from .generator import Site26

PER = 6
SECTIONS = {
    "/politic/": ("chinatimes", "中時政治"),
    "/news/focus/society/": ("ettoday", "ETtoday社會"),
    "/Catalog.aspx?PageGroupID=6": ("setn", "三立政治"),
    "/politics": ("tvbs", "TVBS政治"),
    "/category/7": ("pts", "公視社會"),
}


def _page(site: Site26, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 22))}</a></li>'
        for b in rng.sample(site.arts, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    page = (
        '<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'tw', 420)}</style>\n<script>{stats_js('tw' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">台灣新聞聯播網</a><div class="nav"><a href="/">首頁</a>{nav}'
        '<a href="/topic/2024-election">專題</a><a href="/search?q=">搜尋</a><a href="/about">關於我們</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>熱門新聞</h3><ul>{side}</ul></div></div>\n'
        '<div class="footer"><a href="/about">關於我們</a> | <a href="/contact">聯絡我們</a><p>© 2024 台灣新聞聯播網 版權所有</p></div>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li class="item"><h3><a href="{b.path}">{esc(b.title)}</a></h3><p class="intro">{esc(trunc(b.body.replace(chr(10), ""), 70))}</p><time>{b.when:%Y/%m/%d %H:%M}</time></li>'
        for b in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def home(site: Site26) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "焦點新聞", 12, 6, "%m/%d %H:%M"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n} 看更多 »</a> ' for t, n in LABELS.items())
    secs = "".join(f'<a href="{k}">{v[1]}</a> ' for k, v in SECTIONS.items())
    extra = f'<div class="links">{secs}<a href="/topic/2024-election">專題：2024總統大選</a> <a href="/search?q=">搜尋</a> <a href="/about">關於我們</a> <a href="/contact">聯絡我們</a></div>'
    return _page(
        site, "/", "台灣新聞聯播網 - 首頁", boxes + f'<div class="more">{more}</div>' + extra
    )


def listing(site: Site26, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    paths = LISTS[tpl]
    chunk = arts[(p - 1) * PER : p * PER]
    if tpl == "chinatimes":
        pager = (
            '<nav><ul class="pagination">'
            + (
                f'<li class="page-item"><a class="page-link" href="{paths[0]}">上一頁</a></li>'
                if p == 2
                else ""
            )
            + "".join(
                f'<li class="page-item active"><span class="page-link">{k + 1}</span></li>'
                if k + 1 == p
                else f'<li class="page-item"><a class="page-link" href="{u}">{k + 1}</a></li>'
                for k, u in enumerate(paths)
            )
            + (
                f'<li class="page-item"><a class="page-link" href="{paths[1]}">下一頁</a></li>'
                if p == 1
                else ""
            )
            + "</ul></nav>"
        )
    elif tpl == "setn":
        pager = (
            '<div class="pager">'
            + "".join(
                f'<a href="{u}" class="{"on" if k + 1 == p else ""}">{k + 1}</a>'
                for k, u in enumerate(paths)
            )
            + "</div>"
        )
    elif tpl == "ettoday":
        pager = f'<div class="menu_page"><a href="{paths[0]}">1</a><a href="{paths[1]}">2</a><a href="{paths[1]}" class="next">下一頁</a></div>'
    else:
        pager = (
            f'<div class="pagination"><span>第{p}頁 / 共2頁</span>'
            + "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + "</div>"
        )
    inner = f'<h2 class="list-title">{LABELS[tpl]} · 即時新聞</h2><ul class="list">{_items(chunk)}</ul>{pager}'
    return _page(site, paths[p - 1], f"{LABELS[tpl]} 即時新聞 - 第{p}頁", inner)


def section(site: Site26, key: str) -> tuple[bytes, str]:
    tpl, name = SECTIONS[key]
    rng = page_rng(site.seed, key)
    arts = _latest(rng.sample(site.of(tpl), 5))
    return _page(site, key, name, f'<h2>{name}</h2><ul class="list">{_items(arts)}</ul>')


def topic(site: Site26) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample(site.arts, 12))
    inner = (
        '<div class="topic-banner"><h2>專題：2024總統大選與新政府</h2><p>新內閣上路前後的政策與民生議題整理。</p></div>'
        + f'<ul class="list">{_items(arts)}</ul>'
    )
    return _page(site, "/topic/2024-election", "專題：2024總統大選與新政府", inner)


def search(site: Site26) -> tuple[bytes, str]:
    inner = (
        '<form action="/search" method="get"><input name="q" value="" placeholder="請輸入關鍵字"><button>搜尋</button></form><p>熱門關鍵字：</p><ul>'
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in _latest(site.arts)[:5])
        + "</ul>"
    )
    return _page(site, "/search?q=", "搜尋", inner)


def author(site: Site26, name: str) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("tvbs") if name in a.authors])
    inner = f'<div class="author-card"><h2>{esc(name)}</h2><p>TVBS新聞部記者</p><p>共 {len(arts)} 篇新聞</p></div><ul class="list">{_items(arts)}</ul>'
    return _page(site, author_path(name), f"{name} | TVBS新聞網", inner)


def about(site: Site26, which: str) -> tuple[bytes, str]:
    if which == "about":
        inner = "<h2>關於我們</h2>" + "".join(
            f"<p>{n}是台灣重要的新聞媒體之一，提供即時、深入的新聞報導。</p>"
            for n in LABELS.values()
        )
        return _page(site, "/about", "關於我們", inner)
    inner = "<h2>聯絡我們</h2><p>電子郵件：news@example.com.tw</p><p>電話：(02) 0000-0000</p><p>地址：台北市內湖區</p>"
    return _page(site, "/contact", "聯絡我們", inner)


def register(site: Site26) -> None:
    site.route("/", lambda: home(site))
    for tpl in LABELS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    for key in SECTIONS:
        site.route(key, partial(section, site, key))
    site.route("/topic/2024-election", lambda: topic(site))
    site.route("/search?q=", lambda: search(site))
    site.route("/about", lambda: about(site, "about"))
    site.route("/contact", lambda: about(site, "contact"))
    for name in sorted({n for a in site.of("tvbs") for n in a.authors}):
        site.route(author_path(name), partial(author, site, name))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
