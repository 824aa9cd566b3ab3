"""Site 25's non-article pages: the home page, each CMS's lists with its own pagination (开普云's
``index_1.html``, the county platform's ``index_2.html``, TRS's ``index_2.html``, 翔宇's
``node_2_2.htm`` and its Big5 ``/big5/node_2.htm``, 大汉's ``?uid=…&pageNum=2``), section and
专题 pages, search, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

from .pools import trad
from .templates import LABELS, LISTS

if TYPE_CHECKING:
    from .generator import Site25

PER = 6
EXTRA = {
    "/zwgk/bmdt/index.html": ("kpy", "部门动态"),
    "/zwgk/zcwj/index.html": ("kpy", "政策文件"),
    "/folder88/folder92/index.html": ("xhy", "乡镇动态"),
    "/dhqzf/xwzx/jdxx/index.html": ("trs", "街道信息"),
    "/col/col1232/index.html": ("hanweb", "图说文明"),
}
PLAIN = {
    "/gywm/index.html": (
        "关于我们",
        "桐州市人民政府门户网站由桐州市人民政府办公室主办，桐州市大数据发展管理局承办。",
    ),
    "/lxwm/index.html": (
        "联系我们",
        "地址：桐州市东湖区人民路1号　邮编：324000　电话：0570-1234567",
    ),
    "/about/index.html": (
        "关于我们",
        "云溪县融媒体中心于2019年挂牌成立，整合县广播电视台、县新闻中心等媒体资源。",
    ),
    "/about/contact.html": ("联系我们", "云溪县融媒体中心新闻热线：0570-7654321"),
    "/dhqzf/gywm/index.html": (
        "关于本网",
        "东湖区人民政府门户网站是东湖区人民政府在互联网上的官方网站。",
    ),
    "/dhqzf/lxwm/index.html": ("联系我们", "东湖区人民政府办公室　电话：0570-2345678"),
    "/about/index.htm": ("关于我们", "桐州新闻网是桐州日报社主办的综合性新闻网站。"),
    "/about/contact.htm": ("联系我们", "桐州日报社新媒体中心　电话：0570-3456789"),
    "/search/index.html?q=": ("搜索", "请输入关键词进行搜索。"),
    "/jsearchfront/search.do?websiteid=330400000000000&q=": ("站内搜索", "共找到 0 条结果。"),
}


def _page(site: Site25, key: str, title: str, inner: str, big5: bool = False) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [b for b in site.arts if bool(b.x.get("big5")) == big5]
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>'
        for b in rng.sample(pool, min(10, len(pool)))
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    charset = "big5" if big5 else "utf-8"
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 520)}</style>\n<script>{stats_js('ls' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">桐州政务网群</a><div class="nav"><a href="/">首页</a>{nav}'
        '<a href="/ztzl/yshj/index.html">专题专栏</a><a href="/search/index.html?q=">搜索</a><a href="/gywm/index.html">关于我们</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点信息</h3><ul>{side}</ul></div></div>\n'
        '<div class="footer"><a href="/gywm/index.html">关于我们</a> | <a href="/lxwm/index.html">联系我们</a><p>主办：桐州市人民政府办公室　浙ICP备05012345号</p></div>\n</body>\n</html>\n'
    )
    if big5:
        page = trad(page)
    return encode(page, charset), f"text/html; charset={charset}"


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><p>{esc(trunc(b.body.replace(chr(10), ""), 60))}</p><span class="date">{b.when:%Y-%m-%d}</span></li>'
        for b in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def home(site: Site25) -> tuple[bytes, str]:
    plain = [a for a in site.arts if not a.x.get("big5")]

    class View:
        arts = plain

        def of(self, tpl: str) -> list[Art]:
            return [a for a in plain if a.tpl == tpl]

    boxes = "".join(home_boxes(View(), dict(LABELS), "要闻动态", 12, 6, "%m-%d"))  # type: ignore[arg-type]
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 »</a> ' for t, n in LABELS.items())
    extra = " ".join(f'<a href="{p}">{n}</a>' for p, (_, n) in EXTRA.items())
    extra += ' <a href="/big5/node_2.htm">桐州新闻網（繁體）</a> <a href="/ztzl/yshj/index.html">专题：优化营商环境</a>'
    extra += " " + " ".join(f'<a href="{p}">{n}</a>' for p, (n, _) in PLAIN.items())
    return _page(
        site,
        "/",
        "桐州政务网群 首页",
        f"{boxes}<div class='more'>{more}</div><div class='links'>{extra}</div>",
    )


def listing(site: Site25, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of(tpl) if not a.x.get("big5")])
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    if tpl in ("kpy", "trs"):
        pager = (
            f'<div class="page"><script>createPageHTML({pages}, {p - 1}, "index", "html");</script>'
        )
    elif tpl == "hanweb":
        pager = f'<div class="page"><span>共{len(arts)}条记录 分{pages}页</span>'
    else:
        pager = '<div class="page">'
    pager += " ".join(f'<a href="{LISTS[tpl][k]}">{k + 1}</a>' for k in range(pages))
    pager += f' <a href="{LISTS[tpl][min(p, pages - 1)]}">下一页</a></div>'
    inner = f"<h2>{LABELS[tpl]}</h2><ul class='list'>{_items(chunk)}</ul>{pager}"
    return _page(site, LISTS[tpl][p - 1], f"{LABELS[tpl]} 第{p}页", inner)


def big5_list(site: Site25) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("founder") if a.x.get("big5")])
    inner = f"<h2>桐州新闻</h2><ul class='list'>{_items(arts)}</ul>"
    return _page(site, "/big5/node_2.htm", "桐州新闻_桐州新闻网", inner, big5=True)


def section(site: Site25, key: str, tpl: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [a for a in site.of(tpl) if not a.x.get("big5")]
    arts = _latest(rng.sample(pool, 7))
    return _page(site, key, name, f"<h2>{name}</h2><ul class='list'>{_items(arts)}</ul>")


def topic(site: Site25) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(rng.sample([a for a in site.arts if not a.x.get("big5")], 10))
    inner = (
        "<h2>专题：优化营商环境</h2><div class='intro'>持续优化营商环境，打造一流发展生态。</div><ul class='list'>"
        + _items(arts)
        + "</ul>"
    )
    return _page(site, "/ztzl/yshj/index.html", "优化营商环境专题", inner)


def plain(site: Site25, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site25) -> None:
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    site.route("/big5/node_2.htm", lambda: big5_list(site))
    for path, (tpl, name) in EXTRA.items():
        site.route(path, partial(section, site, path, tpl, name))
    site.route("/ztzl/yshj/index.html", lambda: topic(site))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
