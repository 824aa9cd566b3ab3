"""Site 27's non-article pages: the home page, each CMS's list with its own pagination (TRS's
``index_1.shtml`` and ``createPageHTML``, cyol's ``index_2.html``, 方正's ``node_5955_2.htm``,
China Daily's ``page_2.html``, 中国网's ``node_7208764_2.htm``), section and column pages, a 专题
page, search, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .templates import LABELS, LEGAL_NODES, LISTS, MEDIA, link_farm

if TYPE_CHECKING:
    from .generator import Site27

PER = 6
SECTIONS = {
    "/xwzx/gnsz/szyw/index.shtml": ("ce", "时政要闻"),
    "/legal_case/node_33834.htm": ("legal", "案件"),
    "/Lawyer/node_80511.htm": ("legal", "律师"),
    "/gb/channels/z7dW2Dz0/index.html": ("cyol", "青年调查"),
    "/5b753f9fa310030f813cf408/5bd54dd6a3101a87ca8ff5f8/": ("cd", "国际资讯"),
    "/node_7157777.htm": ("china", "国情"),
}
PLAIN = {
    "/about/index.shtml": (
        "关于我们",
        "中国经济网是经济日报主办的国家重点新闻网站，以经济报道为核心。",
    ),
    "/about/contact.shtml": (
        "联系我们",
        "中国经济网　地址：北京市西城区白纸坊东街2号　电话：010-81025111",
    ),
    "/about/index.html": ("关于我们", "本网由中央新闻单位联合建设，提供权威新闻信息服务。"),
    "/about/contact.html": ("联系我们", "新闻热线：010-88828000　电子邮箱：webmaster@example.cn"),
    "/search/index.shtml?q=": ("搜索", "请输入关键词。"),
    "/search/?q=": ("站内搜索", "共找到 0 条相关结果。"),
}


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 70))}</p><span class="date">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in arts
    )


def _page(site: Site27, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [a for a in site.arts if not a.x.get("old")]
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>' for b in rng.sample(pool, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    secs = "".join(f'<a href="{p}">{n}</a>' for p, (_, n) in SECTIONS.items())
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'pg', 420)}</style>\n<script>{filler_js(rng, 'portal', 70)}</script>\n<script>{stats_js('pg' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">中央重点新闻网站联盟</a><div class="nav"><a href="/">首页</a>{nav}{secs}'
        '<a href="/zt/2024lh/index.shtml">专题</a><a href="/search/?q=">搜索</a><a href="/about/index.html">关于我们</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点排行</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><div class="links">{link_farm(MEDIA)}</div><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a><p>版权所有　京ICP备05000000号</p></div>\n</body>\n</html>\n'
    )
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def home(site: Site27) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "要闻", 14, 8, "%m-%d"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 &gt;&gt;</a> ' for t, n in LABELS.items())
    extra = " ".join(f'<a href="{p}">{n}</a>' for p, (n, _) in PLAIN.items())
    return _page(
        site,
        "/",
        "中央重点新闻网站 首页",
        f"{boxes}<div class='more'>{more}</div><div class='links'>{extra}</div>",
    )


def _pager(tpl: str, p: int, pages: int, total: int) -> str:
    links = " ".join(f'<a href="{LISTS[tpl][k]}">{k + 1}</a>' for k in range(pages))
    nxt = f'<a href="{LISTS[tpl][min(p, pages - 1)]}">下一页</a>'
    prv = f'<a href="{LISTS[tpl][max(p - 2, 0)]}">上一页</a>'
    if tpl == "ce":
        return f'<div class="page"><script>var currentPage = {p - 1};var countPage = {pages};createPageHTML(countPage, currentPage, "index", "shtml");</script>{prv} {links} {nxt}</div>'
    if tpl == "legal":
        return f'<div id="displaypagenum"><center><span>共{total}条</span> {prv} {links} {nxt}</center></div>'
    if tpl == "cd":
        return f'<div id="div_currpage">{prv} {links} {nxt} <span>第{p}/{pages}页</span></div>'
    if tpl == "china":
        return f'<div class="pages">{links} {nxt} <a href="{LISTS[tpl][-1]}">尾页</a></div>'
    return f'<div class="pagination">{prv} {links} {nxt}</div>'


def listing(site: Site27, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    inner = f"<h2>{LABELS[tpl]}</h2><ul class='list'>{_items(chunk)}</ul>{_pager(tpl, p, pages, len(arts))}"
    return _page(site, LISTS[tpl][p - 1], f"{LABELS[tpl]}_第{p}页", inner)


def section(site: Site27, key: str, tpl: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    arts = _latest(rng.sample(site.of(tpl), 7))
    return _page(
        site, key, f"{name}_{LABELS[tpl]}", f"<h2>{name}</h2><ul class='list'>{_items(arts)}</ul>"
    )


def topic(site: Site27) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample([a for a in site.arts if not a.x.get("old")], 12))
    inner = (
        "<h2>专题：高质量发展调研行</h2><div class='intro'>中央重点新闻网站记者深入基层，记录高质量发展的生动实践。</div><ul class='list'>"
        + _items(arts)
        + "</ul>"
    )
    return _page(site, "/zt/2024lh/index.shtml", "高质量发展调研行_专题", inner)


def plain(site: Site27, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site27) -> None:
    assert set(LEGAL_NODES.values()) - {LISTS["legal"][0]} <= set(SECTIONS)
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    for path, (tpl, name) in SECTIONS.items():
        site.route(path, partial(section, site, path, tpl, name))
    site.route("/zt/2024lh/index.shtml", lambda: topic(site))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
