"""Site 30's non-article pages: the home page, each CMS's list with its own pagination
(东方财富 ``czqyw_2.html``, 证券时报 ``?page=2``, 新浪 roll ``&page=2``, 和讯 ``index-1877.html``
counting down, TRS ``index_1.html``), section pages, 新浪 keyword tag pages, a 专题 page, 证券时报
author pages, search, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .templates import LABELS, LISTS, SECTIONS, TAGS, ZT, author_path

if TYPE_CHECKING:
    from .generator import Site30

PER = 6
PLAIN = {
    "/about.html": (
        "关于我们",
        "本站提供财经资讯、证券行情与投资者教育服务，所载信息仅供参考，不构成投资建议。",
    ),
    "/contact.html": (
        "联系我们",
        "客服热线：400-000-0000　邮箱：service@example.cn　地址：上海市徐汇区宛平南路",
    ),
    "/search.html?keyword=": ("搜索", "请输入股票代码、简称或关键词。"),
    "/search.html?searchword=": ("站内检索", "共找到 0 条结果。"),
    "/search/?q=": ("新浪财经搜索", "请输入关键词。"),
    "/search/?key=": ("和讯搜索", "请输入关键词进行搜索。"),
}


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 70))}</p><span class="time">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in arts
    )


def _page(site: Site30, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [a for a in site.arts if not a.x.get("old")]
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>' for b in rng.sample(pool, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    secs = "".join(f'<a href="{p}">{n}</a>' for p, (_, n) in SECTIONS.items())
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'pg', 300)}</style>\n<script>{filler_js(rng, 'portal', 50)}</script>\n<script>{stats_js('pg' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">财经证券资讯</a><div class="nav"><a href="/">首页</a>{nav}{secs}'
        f'<a href="{ZT}">专题</a><a href="/search.html?keyword=">搜索</a><a href="/about.html">关于我们</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点</h3><ul>{side}</ul></div></div>\n'
        '<div class="footer"><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a><p>市场有风险，投资需谨慎。</p><p>版权所有　沪ICP备00000000号</p></div>\n</body>\n</html>\n'
    )
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def home(site: Site30) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "今日要闻", 14, 8, "%m-%d"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 &gt;&gt;</a> ' for t, n in LABELS.items())
    tags = " ".join(f'<a href="{p}">{t}</a>' for p, t in TAGS.items())
    extra = " ".join(f'<a href="{p}">{n}</a>' for p, (n, _) in PLAIN.items())
    return _page(
        site,
        "/",
        "财经证券资讯 首页",
        f"{boxes}<div class='more'>{more}</div><div class='tags'>热门标签：{tags}</div><div class='links'>{extra}</div>",
    )


def _pager(tpl: str, p: int, pages: int) -> str:
    L = LISTS[tpl]
    links = " ".join(f'<a href="{L[k]}">{k + 1}</a>' for k in range(pages))
    nxt = f'<a href="{L[min(p, pages - 1)]}">下一页</a>'
    prv = f'<a href="{L[max(p - 2, 0)]}">上一页</a>'
    if tpl == "em":
        return f'<div class="pagerbox" id="pagerNoDiv">{prv} {links} {nxt} <span>共{pages}页</span></div>'
    if tpl == "stcn":
        return f'<div class="pagination"><button class="more" data-page="{p + 1}">加载更多</button>{prv} {links} {nxt}</div>'
    if tpl == "sina":
        return f'<div class="pagebox"><span class="pagebox_pre">{prv}</span>{links}<span class="pagebox_next">{nxt}</span></div>'
    if tpl == "hexun":
        return f'<div class="listdh"><a href="{L[0]}">首页</a> {prv} {nxt} <a href="{L[-1]}">末页</a></div>'
    return f'<div class="page"><script>var currentPage = {p - 1};var countPage = {pages};createPageHTML(countPage, currentPage, "index", "html");</script>{prv} {links} {nxt}</div>'


def listing(site: Site30, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    inner = f"<h2>{LABELS[tpl]}</h2><ul class='list'>{_items(chunk)}</ul>{_pager(tpl, p, pages)}"
    return _page(site, LISTS[tpl][p - 1], f"{LABELS[tpl]}_第{p}页", inner)


def section(site: Site30, key: str, tpl: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    arts = _latest(rng.sample(site.of(tpl), 7))
    return _page(
        site, key, f"{name}_{LABELS[tpl]}", f"<h2>{name}</h2><ul class='list'>{_items(arts)}</ul>"
    )


def tag(site: Site30, key: str, topic: str) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("sina") if topic in a.title or a.x["ctx"]["topic"] == topic])
    inner = (
        f"<h2>关键词：{esc(topic)}</h2><ul class='list'>{_items(arts)}</ul>"
        if arts
        else f"<h2>关键词：{esc(topic)}</h2><p>暂无相关内容</p>"
    )
    return _page(site, key, f"{topic}_新浪财经", inner)


def topic(site: Site30) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample([a for a in site.arts if not a.x.get("old")], 12))
    inner = (
        "<h2>专题：2023年报季·上市公司业绩观察</h2><div class='intro'>聚焦上市公司年报与一季报披露，解读业绩亮点与分红回购。</div><ul class='list'>"
        + _items(arts)
        + "</ul>"
    )
    return _page(site, ZT, "2023年报季_专题", inner)


def author(site: Site30, name: str, arts: list[Art]) -> tuple[bytes, str]:
    inner = f"<div class='author-info'><h2>{esc(name)}</h2><p>证券时报记者</p></div><ul class='list'>{_items(_latest(arts))}</ul>"
    return _page(site, author_path(name), f"{name}_作者主页_证券时报网", inner)


def plain(site: Site30, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site30) -> None:
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    for path, (tpl, name) in SECTIONS.items():
        site.route(path, partial(section, site, path, tpl, name))
    for path, t in TAGS.items():
        site.route(path, partial(tag, site, path, t))
    site.route(ZT, lambda: topic(site))
    by_author: dict[str, list[Art]] = {}
    for a in site.of("stcn"):
        if not a.x["old"] and len(a.authors) == 1:
            by_author.setdefault(a.authors[0], []).append(a)
    for name, arts in by_author.items():
        site.route(author_path(name), partial(author, site, name, arts))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
