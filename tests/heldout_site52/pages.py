"""Site 52's non-article pages: the home page; each template's column list with its own
pagination (广东 ``index_2.html``, 浙江/江苏 jcms ``?uid=…&pageNum=2``, 四川 ``?page=2``, the 2019
TRS ``index_1.htm`` in GB2312); a search page, a special topic, 政府信息公开, 领导信息, 政策解读,
联系我们 and 网站地图."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site52

PER = {"gd": 5, "zj": 5, "sc": 4, "js": 5, "old": 5}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "gd": lambda n: "/zwgk/gzdt/bmdt/index.html" if n == 1 else f"/zwgk/gzdt/bmdt/index_{n}.html",
    "zj": lambda n: (
        "/col/col1229523461/index.html"
        if n == 1
        else f"/col/col1229523461/index.html?uid=4892867&pageNum={n}"
    ),
    "sc": lambda n: "/gongkai/bmdt/index.html" if n == 1 else f"/gongkai/bmdt/index.html?page={n}",
    "js": lambda n: (
        "/col/col46143/index.html" if n == 1 else f"/col/col46143/index.html?uid=210397&pageNum={n}"
    ),
    "old": lambda n: "/zwgk/gzdt/index.htm" if n == 1 else f"/zwgk/gzdt/index_{n - 1}.htm",
}
HEADINGS = {
    "gd": "部门动态",
    "zj": "工作动态",
    "sc": "部门动态",
    "js": "政务动态",
    "old": "工作动态",
}


def _shell(
    site: Site52, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 6))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    nav = "".join(
        f'<a href="{h}">{t}</a>'
        for h, t in [
            ("/", "首页"),
            ("/zfxxgk/index.html", "政府信息公开"),
            ("/zwgk/ldxx/index.html", "领导信息"),
            ("/zcjd/index.html", "政策解读"),
            ("/ztzl/bqwgc/index.html", "专题专栏"),
            ("/search/index.html?q=工作", "搜索"),
        ]
    )
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
        f"<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 25)}</script>\n<script>{stats_js('l52')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">政府网站集约化平台</a><div class="nav">{nav}</div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点信息</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/wzgl/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a><p>网站标识码：4400000061</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{"".join(out)}<span>共{pages}页</span></div>'


def _paged(site: Site52, tpl: str) -> None:
    arts = latest(site.of(tpl))
    per, url, heading = PER[tpl], FRONTS[tpl], HEADINGS[tpl]
    pages = -(-len(arts) // per)
    charset = "gb2312" if tpl == "old" else "utf-8"
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(li(b) for b in chunk)
            inner = f'<div class="place">当前位置：<a href="/">首页</a> &gt; {heading}</div><h2>{heading}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            title = f"{heading}{'' if n == 1 else f'_第{n}页'}_{LABELS[tpl]}"
            return _shell(site, url(n), title, inner, charset)

        site.route(url(n), render)


def _home(site: Site52) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{FRONTS[t](1)}">{LABELS[t]} · {HEADINGS[t]}</a></h2><ul>{"".join(li(b) for b in latest(site.of(t))[:5])}</ul><a class="more" href="{FRONTS[t](1)}">更多&gt;&gt;</a></div>'
        for t in LABELS
    )
    links = "".join(
        f'<a href="{h}">{t}</a> '
        for h, t in [
            ("/zfxxgk/index.html", "政府信息公开"),
            ("/zwgk/ldxx/index.html", "领导信息"),
            ("/zcjd/index.html", "政策解读"),
            ("/ztzl/bqwgc/index.html", "百县千镇万村高质量发展工程"),
            ("/search/index.html?q=工作", "站内搜索"),
            ("/wzgl/lxwm/index.html", "联系我们"),
            ("/wzdt/index.html", "网站地图"),
        ]
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府网站集约化平台 - 部门与县区网站</title><style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><h1>政府网站集约化平台</h1><div class="links">{links}</div></div><div class="main">{boxes}</div>
<div class="footer"><a href="/wzgl/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a></div></body></html>"""
    return served(page)


def _static(site: Site52, key: str, title: str, inner: str) -> tuple[bytes, str]:
    return _shell(site, key, f"{title}_政府网站集约化平台", f"<h2>{esc(title)}</h2>{inner}")


def register(site: Site52) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in LABELS:
        _paged(site, tpl)
    word = "工作"
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:15]
    search = f'<div class="search-info">搜索“{word}”，共找到 {len(hits)} 条结果</div><ul class="list">{"".join(li(a) for a in hits)}</ul>'
    topic = [a for a in latest(site.arts) if "百千万" in a.title + a.body or a.tpl == "gd"][:8]
    leaders = "".join(
        f'<div class="leader"><img src="/images/ld/{k}.jpg"><h3>{n}</h3><p>{r}</p><p>主要职责：负责{d}方面工作。</p></div>'
        for k, (n, r, d) in enumerate(
            [
                ("王建华", "厅长、党组书记", "全面"),
                ("李明辉", "副厅长、党组成员", "种植业、乡村产业"),
                ("陈丽娟", "副厅长", "农产品质量安全、市场与信息化"),
                ("张国栋", "二级巡视员", "机关党建、人事"),
            ]
        )
    )
    gk = "".join(
        f'<li><a href="{h}">{t}</a></li>'
        for h, t in [
            ("/zfxxgk/zn/index.html", "政府信息公开指南"),
            ("/zfxxgk/zd/index.html", "政府信息公开制度"),
            ("/zfxxgk/nb/index.html", "政府信息公开年报"),
            ("/zwgk/ldxx/index.html", "领导信息"),
            (FRONTS["gd"](1), "部门动态"),
            (FRONTS["zj"](1), "工作动态"),
        ]
    )
    jd = "".join(li(a) for a in latest(site.of("gd"))[:6])
    sitemap = "".join(
        f'<li><a href="{FRONTS[t](1)}">{LABELS[t]} {HEADINGS[t]}</a></li>' for t in LABELS
    )
    statics = [
        ("/search/index.html?q=工作", "搜索结果", search),
        (
            "/ztzl/bqwgc/index.html",
            "百县千镇万村高质量发展工程",
            f'<div class="zt-banner"><img src="/images/zt/bqw.jpg"></div><ul class="list">{"".join(li(a) for a in topic)}</ul>',
        ),
        ("/zfxxgk/index.html", "政府信息公开", f'<ul class="gk-dir">{gk}</ul>'),
        ("/zwgk/ldxx/index.html", "领导信息", leaders),
        ("/zcjd/index.html", "政策解读", f'<ul class="list">{jd}</ul>'),
        (
            "/wzgl/lxwm/index.html",
            "联系我们",
            "<p>地址：广州市天河区先烈东路135号　邮编：510500</p><p>电话：020-37288000　传真：020-37288001</p><p>电子邮箱：webmaster@example.gov.cn</p>",
        ),
        ("/wzdt/index.html", "网站地图", f'<ul class="sitemap">{sitemap}</ul>'),
    ]
    for key, title, inner in statics:
        site.route(key, lambda k=key, t=title, i=inner: _static(site, k, t, i))
