"""Site 22's non-article pages: the home page, each site's lists with its own pagination (Nuxt
``?page=2``, TRS ``index_1.shtml``, ``/column/changsha/2.html``, ``index_2.html``), the 长江日报
e-paper's issue and page (版面) indexes, a special topic, 北京号 account pages, search, about and
contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes
from heldout_site7.common import css, esc, page_rng, stats_js, trunc

from .common import LABELS, LISTS, channel_bar, crc, footer

if TYPE_CHECKING:
    from .generator import Site22

PER = 6
PAGERS = {
    "gdtv": ["/news/gd", "/news/gd?page=2"],
    "knews": ["/channel/shanghai", "/channel/shanghai?page=2"],
    "cjrb": ["/news/wh/index.shtml", "/news/wh/index_1.shtml"],
    "xxcb": ["/column/changsha/1.html", "/column/changsha/2.html"],
    "bjd": ["/bjd/index.html", "/bjd/index_2.html"],
}


def _page(site: Site22, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 18))}</a></li>'
        for b in rng.sample(site.arts, 10)
    )
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{esc(title)}</title>\n<meta name="keywords" content="广电新闻,城市新闻,荔枝网,看看新闻,长江网,潇湘晨报,北京日报">\n'
        f"<style>{css(rng, 'hub', rng.randint(280, 600))}</style>\n<script>{stats_js('hub' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">城市台报新闻联播</a></div>{channel_bar(site, key, "/pindao/")}\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点排行</h3><ul>{side}</ul></div></div>\n'
        + footer("hub-footer", "城市台报新闻联播", "各广播电视台及城市党报", "京ICP备00000000号")
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 60))}</p><span class="date">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def home(site: Site22) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "头条", 12, 8, "%m-%d"))
    more = "".join(f'<a href="{PAGERS[t][0]}">{n}更多&gt;&gt;</a> ' for t, n in LABELS.items())
    extra = (
        '<div class="links"><a href="/topic/2024/dwj.html">专题</a> <a href="/epaper/index.htm">长江日报电子版</a> '
        '<a href="/search?keyword=">搜索</a> <a href="/about/index.html">关于我们</a> <a href="/about/contact.html">联系我们</a></div>'
    )
    return _page(
        site, "/", "城市台报新闻联播 - 首页", boxes + f'<div class="more">{more}</div>' + extra
    )


def listing(site: Site22, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    paths = PAGERS[tpl]
    chunk = arts[(p - 1) * PER : p * PER]
    if tpl in ("gdtv", "knews"):  # Nuxt lists: a "加载更多" link to the next page
        pager = (
            f'<div class="load-more"><a href="{paths[1]}">加载更多</a></div>'
            if p == 1
            else f'<div class="load-more"><a href="{paths[0]}">返回第一页</a><span>没有更多了</span></div>'
        )
    elif tpl == "cjrb":  # TRS createPageHTML
        pager = (
            f'<script>var countPage = 2;var currentPage = {p - 1};var prefix = "index";var suffix = "shtml";</script>'
            + "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + f'<a href="{paths[1]}">下一页</a><a href="{paths[1]}">尾页</a>'
        )
    else:
        pager = (
            f"<span>共{len(arts)}条 第{p}/2页</span>"
            + (f'<a href="{paths[p - 2]}">上一页</a>' if p > 1 else "")
            + "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + (f'<a href="{paths[p]}">下一页</a>' if p < 2 else "")
        )
    inner = f'<div class="list-head"><h2>{LABELS[tpl]} · 最新</h2></div><ul class="list">{_items(chunk)}</ul><div class="pages">{pager}</div>'
    return _page(site, paths[p - 1], f"{LABELS[tpl]}_列表_第{p}页", inner)


def epaper(site: Site22, node: int | None) -> tuple[bytes, str]:
    """长江日报's e-paper: the issue index and each page (版面) with the stories printed on it."""
    old = [a for a in site.of("cjrb") if a.x["old"]]
    nodes = "".join(
        f'<li><a href="/epaper/node_{k}.htm">第{k:02d}版：{"要闻" if k < 5 else "武汉新闻"}</a></li>'
        for k in range(1, 13)
    )
    if node is None:
        inner = f'<h2>长江日报电子版</h2><ul class="bm">{nodes}</ul><h3>往期精选</h3><ul class="list">{_items(_latest(old))}</ul>'
        return _page(site, "/epaper/index.htm", "长江日报电子版", inner)
    on = [a for a in old if crc(a.path) % 12 + 1 == node]
    inner = (
        f'<h2>第{node:02d}版：{"要闻" if node < 5 else "武汉新闻"}</h2><ul class="list">{_items(on) or "<li>本版暂无稿件</li>"}</ul>'
        f'<ul class="bm">{nodes}</ul>'
    )
    return _page(site, f"/epaper/node_{node}.htm", f"长江日报 第{node:02d}版", inner)


def topic(site: Site22) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample(site.arts, 10))
    inner = (
        '<div class="zt-banner"><h2>奋进新征程 城市新画卷</h2><p>专题导语：五地媒体记者走进街巷，记录城市的变化。</p></div>'
        f'<ul class="list">{_items(arts)}</ul>'
    )
    return _page(site, "/topic/2024/dwj.html", "专题：奋进新征程 城市新画卷", inner)


def bjh_path(account: str) -> str:
    return f"/bjh/{crc(account) % 99999}"


def bjh(site: Site22, account: str) -> tuple[bytes, str]:
    arts = _latest(
        [a for a in site.of("bjd") if a.x["style"] == "bjh" and a.x["account"] == account]
    )
    inner = (
        f'<div class="bjh-card"><img src="/bjdres/avatar/{crc(account) % 9999}.png" alt=""><h2>{esc(account)}</h2>'
        f'<p>北京号入驻账号</p><p>发布：{len(arts)}</p><a href="javascript:;">+ 关注</a></div><ul class="list">{_items(arts)}</ul>'
    )
    return _page(site, bjh_path(account), f"{account}_北京号", inner)


def search(site: Site22) -> tuple[bytes, str]:
    inner = (
        '<form action="/search" method="get"><input name="keyword" value=""><button>搜索</button></form>'
        '<p class="tip">请输入关键词。热门搜索：</p><ul>'
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in _latest(site.arts)[:5])
        + "</ul>"
    )
    return _page(site, "/search?keyword=", "站内搜索", inner)


def about(site: Site22, which: str) -> tuple[bytes, str]:
    if which == "about":
        inner = "<h2>关于我们</h2>" + "".join(
            f"<p>{n}是所在城市的主流新闻媒体，坚持正确舆论导向，服务城市发展。</p>"
            for n in LABELS.values()
        )
        return _page(site, "/about/index.html", "关于我们", inner)
    inner = "<h2>联系我们</h2><p>新闻热线：000-12345678</p><p>广告合作：000-87654321</p><p>地址：某市某区某路1号广电中心</p>"
    return _page(site, "/about/contact.html", "联系我们", inner)


def register(site: Site22) -> None:
    site.route("/", lambda: home(site))
    for tpl in LABELS:
        for p, path in enumerate(PAGERS[tpl], 1):
            site.route(path, partial(listing, site, tpl, p))
    site.route("/epaper/index.htm", lambda: epaper(site, None))
    for k in range(1, 13):
        site.route(f"/epaper/node_{k}.htm", partial(epaper, site, k))
    site.route("/topic/2024/dwj.html", lambda: topic(site))
    for acc in sorted({a.x["account"] for a in site.of("bjd") if a.x["style"] == "bjh"}):
        site.route(bjh_path(acc), partial(bjh, site, acc))
    site.route("/search?keyword=", lambda: search(site))
    site.route("/about/index.html", lambda: about(site, "about"))
    site.route("/about/contact.html", lambda: about(site, "contact"))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))


assert set(PAGERS) == set(LISTS)
