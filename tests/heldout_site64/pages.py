"""Site 64's non-article pages: the home page; each channel's list with its pagination (e公司,
东方财富 财经, 中证网 公司新闻, 财联社 电报 7x24 feed, 新浪财经 滚动); a 股吧 list, the 数据中心,
a 年报 专题, a search page, a 财经日历 and about / contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import COMPANIES, SECTORS
from .templates import LISTS, NAMES, li, nav

if TYPE_CHECKING:
    from .generator import Site64

PER = 6


def _url(tpl: str, n: int) -> str:
    base = LISTS[tpl]
    if n == 1:
        return base
    if "." in base.rsplit("/", 1)[-1]:
        stem, ext = base.rsplit(".", 1)
        return f"{stem}_{n}.{ext}"
    return f"{base}?page={n}"


def _shell(site: Site64, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b) for b in rng.sample(site.arts, 10))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 200)}</style>\n<script>{filler_js(rng, 'list', 25)}</script>\n<script>{stats_js('l64')}</script>\n</head>\n<body>\n"
        f'<div class="topbar"><ul class="nav">{nav()}</ul></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><div class="box"><h3>热门资讯</h3><ul>{hot}</ul></div></div></div>\n'
        '<div class="footer"><p>投资有风险，入市需谨慎</p></div>\n</body>\n</html>\n'
    )
    return served(page)


def _list(site: Site64, tpl: str, n: int, pages: int) -> tuple[bytes, str]:
    arts = sorted(site.of(tpl), key=lambda a: a.when, reverse=True)[(n - 1) * PER : n * PER]
    items = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.body, 80))}</p><span>{a.when:%Y-%m-%d %H:%M}</span></li>'
        for a in arts
    )
    pager = "".join(
        f'<span class="cur">{k}</span>' if k == n else f'<a href="{_url(tpl, k)}">{k}</a>'
        for k in range(1, pages + 1)
    )
    if n < pages:
        pager += f'<a href="{_url(tpl, n + 1)}">下一页</a>'
    inner = f'<h2>{NAMES[tpl]}</h2><ul class="list">{items}</ul><div class="pager">{pager}</div>'
    return _shell(site, _url(tpl, n), f"{NAMES[tpl]}_第{n}页", inner)


def _home(site: Site64) -> tuple[bytes, str]:
    boxes = "".join(
        f'<div class="box"><h2><a href="{LISTS[t]}">{NAMES[t]}</a></h2><ul>{"".join(li(a) for a in sorted(site.of(t), key=lambda a: a.when, reverse=True)[:6])}</ul></div>'
        for t in LISTS
    )
    more = "".join(
        f'<a href="{u}">{t}</a> '
        for u, t in [
            ("/guba/list.html", "股吧"),
            ("/data/center.html", "数据中心"),
            ("/zt/ndbg2024/index.html", "年报季专题"),
            ("/search?keyword=回购", "搜索：回购"),
            ("/calendar/index.html", "财经日历"),
            ("/about/index.html", "关于我们"),
            ("/about/contact.html", "联系我们"),
        ]
    )
    return _shell(site, "/", "财经首页", f'{boxes}<div class="links">{more}</div>')


def _guba(site: Site64) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "guba")
    rows = "".join(
        f'<tr><td>{rng.randint(100, 99999)}</td><td>{rng.randint(0, 300)}</td><td><a href="/guba/list.html">{esc(co)}：{t}</a></td><td>股友{rng.randint(1000000, 9999999)}</td><td>05-{rng.randint(1, 28):02d}</td></tr>'
        for co, _ in COMPANIES
        for t in rng.sample(["今天怎么看", "主力动向", "业绩超预期", "回购利好"], 2)
    )
    return _shell(
        site,
        "/guba/list.html",
        "股吧",
        f'<h2>股吧</h2><table class="guba"><tr><th>阅读</th><th>评论</th><th>标题</th><th>作者</th><th>最后更新</th></tr>{rows}</table>',
    )


def _data(site: Site64) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "data")
    rows = "".join(
        f"<tr><td>{code}</td><td>{co}</td><td>{rng.uniform(8, 300):.2f}</td><td>{rng.uniform(-5, 10):.2f}%</td><td>{rng.uniform(-9, 9):.2f}亿</td></tr>"
        for co, code in COMPANIES
    )
    return _shell(
        site,
        "/data/center.html",
        "数据中心_资金流向",
        f'<h2>主力资金流向</h2><table class="data"><tr><th>代码</th><th>名称</th><th>最新价</th><th>涨跌幅</th><th>主力净流入</th></tr>{rows}</table>',
    )


def _zt(site: Site64) -> tuple[bytes, str]:
    arts = [a for a in site.arts if a.tpl in ("stcn", "cs") and a.when.year == 2024][:10]
    cards = "".join(
        f'<div class="card"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.body, 60))}</p></div>'
        for a in arts
    )
    return _shell(
        site,
        "/zt/ndbg2024/index.html",
        "2023年报季专题",
        f'<div class="zt-banner"><h1>2023年报季</h1><p>聚焦上市公司年报与一季报，解读业绩亮点。</p></div>{cards}',
    )


def _search(site: Site64) -> tuple[bytes, str]:
    hits = [a for a in site.arts if "回购" in a.title + a.body]
    rows = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    return _shell(
        site,
        "/search?keyword=回购",
        "搜索：回购",
        f'<form action="/search"><input name="keyword" value="回购"></form><p>共 {len(hits)} 条结果</p><ul>{rows}</ul>',
    )


def _calendar(site: Site64) -> tuple[bytes, str]:
    rows = "".join(
        f"<tr><td>2024-05-{d:02d}</td><td>{s}板块相关公司业绩说明会</td></tr>"
        for d, s in zip(range(6, 26, 2), SECTORS, strict=False)
    )
    return _shell(
        site, "/calendar/index.html", "财经日历", f"<h2>财经日历</h2><table>{rows}</table>"
    )


def _about(site: Site64, key: str, title: str, text: str) -> tuple[bytes, str]:
    return _shell(site, key, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site64) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in LISTS:
        pages = -(-len(site.of(tpl)) // PER)
        for n in range(1, pages + 1):
            site.route(_url(tpl, n), lambda t=tpl, n=n, p=pages: _list(site, t, n, p))
    site.route("/guba/list.html", lambda: _guba(site))
    site.route("/data/center.html", lambda: _data(site))
    site.route("/zt/ndbg2024/index.html", lambda: _zt(site))
    site.route("/search?keyword=回购", lambda: _search(site))
    site.route("/calendar/index.html", lambda: _calendar(site))
    site.route(
        "/about/index.html",
        lambda: _about(
            site,
            "/about/index.html",
            "关于我们",
            "本站是专业的财经资讯平台，提供股票、基金、债券等资讯与数据服务。",
        ),
    )
    site.route(
        "/about/contact.html",
        lambda: _about(
            site,
            "/about/contact.html",
            "联系我们",
            "地址：北京市西城区金融大街；电话：010-00000000；邮箱：news@example.com",
        ),
    )
