"""Site 24's non-article pages: the home page, each paper's lists with its CMS's own pagination
(WordPress ``/page/2``, ``?page=2``, Drupal's zero-based ``?page=1``, ``index_2.html``, udn's
``?page=2``), section pages, a topic page, 世界日報 reporters' pages, search, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes
from heldout_site7.common import css, esc, page_rng, stats_js, trunc

from .templates import LABELS, LISTS, author_path

if TYPE_CHECKING:
    from .generator import Site24

PER = 6


def _page(site: Site24, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>'
        for b in rng.sample(site.arts, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'hw', 470)}</style>\n<script>{stats_js('hw' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">海外华文报联播</a><div class="nav"><a href="/">首页</a>{nav}'
        '<a href="/topic/election">专题</a><a href="/search?q=">搜索</a><a href="/about">关于我们</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热门新闻</h3><ul>{side}</ul></div></div>\n'
        '<div class="footer"><a href="/about">关于我们</a> | <a href="/contact">联系我们</a><p>© 2024 海外华文报联播 All Rights Reserved.</p></div>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li class="item"><h3><a href="{b.path}">{esc(b.title)}</a></h3><p class="excerpt">{esc(trunc(b.body.replace(chr(10), ""), 70))}</p><span class="date">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def home(site: Site24) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "头条新闻", 12, 6, "%m-%d"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 »</a> ' for t, n in LABELS.items())
    extra = (
        '<div class="links"><a href="/category/metro">星洲大都会</a> <a href="/news/local">東方地方</a> '
        '<a href="/topic/election">专题：2024选举</a> <a href="/search?q=">搜索</a> <a href="/about">关于我们</a> <a href="/contact">联系我们</a></div>'
    )
    return _page(
        site, "/", "海外华文报联播 - 首页", boxes + f'<div class="more">{more}</div>' + extra
    )


def listing(site: Site24, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    paths = LISTS[tpl]
    chunk = arts[(p - 1) * PER : p * PER]
    if tpl == "sinchew":
        pager = (
            '<nav class="navigation pagination"><div class="nav-links">'
            + (f'<a class="prev page-numbers" href="{paths[0]}">« 上一页</a>' if p == 2 else "")
            + "".join(
                f'<span aria-current="page" class="page-numbers current">{k + 1}</span>'
                if k + 1 == p
                else f'<a class="page-numbers" href="{u}">{k + 1}</a>'
                for k, u in enumerate(paths)
            )
            + (f'<a class="next page-numbers" href="{paths[1]}">下一页 »</a>' if p == 1 else "")
            + "</div></nav>"
        )
    elif tpl == "8world":
        pager = (
            '<ul class="pager"><li class="pager__item"><a href="/singapore">第一页</a></li>'
            + (
                '<li class="pager__item"><a href="/singapore?page=1">下一页 ›</a></li>'
                if p == 1
                else ""
            )
            + "</ul>"
        )
    else:
        pager = (
            f'<div class="pagination"><span>第{p}页 / 共2页</span>'
            + "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + f'<a href="{paths[1]}">下一頁</a></div>'
        )
    inner = f'<h2 class="list-title">{LABELS[tpl]} · 最新</h2><ul class="list">{_items(chunk)}</ul>{pager}'
    return _page(site, paths[p - 1], f"{LABELS[tpl]} - 第{p}页", inner)


def section(site: Site24, key: str, tpl: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    arts = _latest(rng.sample(site.of(tpl), 5))
    inner = f'<h2>{name}</h2><ul class="list">{_items(arts)}</ul>'
    return _page(site, key, f"{name} | {LABELS[tpl]}", inner)


def topic(site: Site24) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample(site.arts, 12))
    inner = (
        '<div class="topic-banner"><h2>专题：2024选举与社区</h2><p>各地华人社区关注的议题汇总。</p></div>'
        + f'<ul class="list">{_items(arts)}</ul>'
    )
    return _page(site, "/topic/election", "专题：2024选举与社区", inner)


def search(site: Site24) -> tuple[bytes, str]:
    inner = (
        '<form action="/search" method="get"><input name="q" value="" placeholder="输入关键词"><button>搜索</button></form>'
        "<p>热门搜索：</p><ul>"
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in _latest(site.arts)[:5])
        + "</ul>"
    )
    return _page(site, "/search?q=", "搜索", inner)


def author(site: Site24, name: str) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("wj") if name in a.authors])
    inner = f'<div class="author-card"><h2>{esc(name)}</h2><p>世界日報記者</p><p>文章數：{len(arts)}</p></div><ul class="list">{_items(arts)}</ul>'
    return _page(site, author_path(name), f"{name} | 世界新聞網", inner)


def about(site: Site24, which: str) -> tuple[bytes, str]:
    if which == "about":
        inner = "<h2>关于我们</h2>" + "".join(
            f"<p>{n}是海外重要的华文媒体之一，服务当地华人社会。</p>" for n in LABELS.values()
        )
        return _page(site, "/about", "关于我们", inner)
    inner = "<h2>联系我们</h2><p>电邮：news@example.com</p><p>电话：+60 3-0000 0000</p>"
    return _page(site, "/contact", "联系我们", inner)


def register(site: Site24) -> None:
    site.route("/", lambda: home(site))
    for tpl in LABELS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    site.route("/category/metro", lambda: section(site, "/category/metro", "sinchew", "大都会"))
    site.route("/news/local", lambda: section(site, "/news/local", "oriental", "地方"))
    site.route("/topic/election", lambda: topic(site))
    site.route("/search?q=", lambda: search(site))
    site.route("/about", lambda: about(site, "about"))
    site.route("/contact", lambda: about(site, "contact"))
    for name in sorted({n for a in site.of("wj") for n in a.authors}):
        site.route(author_path(name), partial(author, site, name))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
