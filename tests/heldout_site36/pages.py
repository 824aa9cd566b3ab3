"""Site 36's non-article pages: the home page, each CMS's list with its own pagination (方正
``node_12_2.htm``, 索贝 ``index_1.html``, 帝国CMS ``index_2.html`` in GB2312, WordPress
``/category/bendi/page/2``, the H5 list's ``&page=2`` 加载更多 link), section fronts, WordPress
tag and author archives, a 专题 page, three search pages, the H5 front and app download page,
about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .templates import CITY_MEDIA, LABELS, LISTS, WP_TAGS, link_farm

if TYPE_CHECKING:
    from .generator import Site36

PER = 6
SECTIONS = {
    "/node_15.htm": ("fz", "区县新闻"),
    "/folder2/folder11/index.html": ("rm", "乡镇动态"),
    "/news/shehui/": ("ec", "社会民生"),
    "/category/lvyou": ("wp", "吃喝玩乐"),
    "/author/meixi": ("wp", "作者：梅溪小编"),
}
PLAIN = {
    "/about/": (
        "关于我们",
        "宁川日报社是中共宁川市委机关报社，主办宁川日报、宁川晚报、宁川新闻网和掌上宁川客户端。",
    ),
    "/about/contact.html": (
        "联系我们",
        "地址：宁川市江北区新华路1号　新闻热线：0570-8123456　投稿邮箱：tougao@example.cn",
    ),
    "/search/?q=": ("站内搜索", "请输入关键词进行搜索。"),
    "/e/search/index.php": ("高级搜索", "关键字：　搜索范围：标题　全文　（帝国网站管理系统）"),
    "/?s=": ("搜索结果", "抱歉，没有找到与您的搜索条件匹配的内容。"),
    "/m/download.html": (
        "下载掌上宁川",
        "掌上宁川——宁川日报官方客户端，支持iOS和Android。扫码或在应用商店搜索“掌上宁川”下载。",
    ),
}
GBK = {"ec", "ecsec"}


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _items(arts: list[Art], fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 60))}</p><span class="date">{b.when:{fmt}}</span></li>'
        for b in arts
    )


def _page(
    site: Site36, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [a for a in site.arts if not a.x.get("old")]
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>' for b in rng.sample(pool, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    secs = "".join(f'<a href="{p}">{n}</a>' for p, (_, n) in SECTIONS.items())
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'pg', 420)}</style>\n<script>{filler_js(rng, 'portal', 70)}</script>\n<script>{stats_js('pg' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">宁川新闻网</a><div class="nav"><a href="/">首页</a>{nav}{secs}'
        '<a href="/zt/2024/node_88.htm">专题</a><a href="/search/?q=">搜索</a><a href="/m/">手机版</a><a href="/about/">关于我们</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点新闻</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><div class="links">{link_farm(CITY_MEDIA)}</div><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a><p>宁川日报社主办　版权所有　浙ICP备05012345号-1</p></div>\n</body>\n</html>\n'
    )
    if charset == "utf-8":
        return encode(page, "utf-8"), "text/html; charset=utf-8"
    return encode(page, charset), "text/html"


def home(site: Site36) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "宁川要闻", 14, 8, "%m-%d"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 &gt;&gt;</a> ' for t, n in LABELS.items())
    extra = " ".join(f'<a href="{p}">{n}</a>' for p, (n, _) in PLAIN.items())
    tags = " ".join(f'<a href="/tag/{t}">{n}</a>' for t, n in WP_TAGS.items())
    return _page(
        site,
        "/",
        "宁川新闻网_宁川日报社主办",
        f"{boxes}<div class='more'>{more}</div><div class='tags'>{tags}</div><div class='links'>{extra}</div>",
    )


def _pager(tpl: str, p: int, pages: int, total: int) -> str:
    L = LISTS[tpl]
    nums = " ".join(
        f"<b>{k + 1}</b>" if k + 1 == p else f'<a href="{L[k]}">{k + 1}</a>' for k in range(pages)
    )
    nxt = f'<a href="{L[min(p, pages - 1)]}">下一页</a>'
    prv = f'<a href="{L[max(p - 2, 0)]}">上一页</a>'
    if tpl == "fz":
        return f'<div id="displaypagenum"><center>{prv} {nums} {nxt}</center></div>'
    if tpl == "rm":
        return f'<div class="pagination"><span>共{total}条</span><a href="{L[0]}">首页</a>{prv}{nums}{nxt}<a href="{L[-1]}">尾页</a></div>'
    if tpl == "ec":
        return f'<div class="list_page"><a title="Total record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;&nbsp;<b>{p}</b>&nbsp;{nums}&nbsp;{nxt}&nbsp;<a href="{L[-1]}">尾页</a></div>'
    if tpl == "wp":
        cur = '<span aria-current="page" class="page-numbers current">'
        nums = nums.replace("<b>", cur).replace("</b>", "</span>")
        return f'<nav class="navigation pagination"><div class="nav-links">{nums} {nxt if p < pages else ""}</div></nav>'
    return (
        f'<div class="load-more"><a href="{L[p]}">加载更多</a></div>'
        if p < pages
        else '<div class="load-more">没有更多了</div>'
    )


def listing(site: Site36, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    fmt = "%Y-%m-%d" if tpl in ("wp", "ec") else "%Y-%m-%d %H:%M"
    inner = f"<h2>{LABELS[tpl]}</h2><ul class='list'>{_items(chunk, fmt)}</ul>{_pager(tpl, p, pages, len(arts))}"
    return _page(
        site,
        LISTS[tpl][p - 1],
        f"{LABELS[tpl]}_第{p}页",
        inner,
        "gb2312" if tpl == "ec" else "utf-8",
    )


def section(site: Site36, key: str, tpl: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    arts = _latest(rng.sample(site.of(tpl), 7))
    return _page(
        site,
        key,
        f"{name}_{LABELS[tpl]}",
        f"<h2>{name}</h2><ul class='list'>{_items(arts)}</ul>",
        "gb2312" if tpl == "ec" else "utf-8",
    )


def tag(site: Site36, slug: str) -> tuple[bytes, str]:
    k = list(WP_TAGS).index(slug)
    arts = _latest([a for a in site.of("wp") if a.x["id"] % 3 == k])
    inner = f'<h1 class="archive-title">标签：{WP_TAGS[slug]}</h1><ul class="list">{_items(arts, "%Y-%m-%d")}</ul>'
    return _page(site, f"/tag/{slug}", f"{WP_TAGS[slug]} - 梅溪在线", inner)


def topic(site: Site36) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample([a for a in site.arts if not a.x.get("old")], 12))
    inner = (
        "<h2>专题：奋进新征程　建功新宁川</h2><div class='intro'>全媒体记者走进基层一线，记录宁川高质量发展的生动实践。</div><ul class='list'>"
        + _items(arts)
        + "</ul>"
    )
    return _page(site, "/zt/2024/node_88.htm", "奋进新征程　建功新宁川_专题_宁川新闻网", inner)


def mobile_home(site: Site36) -> tuple[bytes, str]:
    arts = _latest(site.of("h5"))
    items = "".join(
        f'<li><a href="{b.path}"><p class="t">{esc(b.title)}</p><span>{esc(b.x["source"])}　{b.when:%m-%d %H:%M}</span></a></li>'
        for b in arts[:8]
    )
    inner = f'<div class="app-banner"><a href="/m/download.html">下载掌上宁川APP</a></div><ul class="m-list">{items}</ul><div class="load-more"><a href="{LISTS["h5"][0]}">查看更多</a></div>'
    return _page(site, "/m/", "掌上宁川", inner)


def plain(site: Site36, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    charset = "gb2312" if path.startswith("/e/") else "utf-8"
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>", charset)


def register(site: Site36) -> None:
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    for path, (tpl, name) in SECTIONS.items():
        site.route(path, partial(section, site, path, tpl, name))
    for slug in WP_TAGS:
        site.route(f"/tag/{slug}", partial(tag, site, slug))
    site.route("/zt/2024/node_88.htm", lambda: topic(site))
    site.route("/m/", lambda: mobile_home(site))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
