"""Site 49's non-article pages: the home page; each paper's section front with its own pagination
(中国农网 ``/xw/sn/index_2.html``, 中国水利网 TRS ``index_1.html``, 中国交通新闻网 ``node_145_2.htm``,
中国电力新闻网 ``index_1.html``, 中国化工网 ``/list/hgyw?page=2``); a tag page, a 春耕 special topic,
a TRS search page, a video index, a photo gallery, a 2019 archive, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site49

PER = {"nm": 5, "sl": 5, "jt": 4, "ny": 5, "hg": 5}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "nm": lambda n: "/xw/sn/" if n == 1 else f"/xw/sn/index_{n}.html",
    "sl": lambda n: "/newscenter/slyw/" if n == 1 else f"/newscenter/slyw/index_{n - 1}.html",
    "jt": lambda n: "/node_145.htm" if n == 1 else f"/node_145_{n}.htm",
    "ny": lambda n: "/news/xwtt/" if n == 1 else f"/news/xwtt/index_{n - 1}.html",
    "hg": lambda n: "/list/hgyw" if n == 1 else f"/list/hgyw?page={n}",
}


def _shell(site: Site49, tpl: str, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l49' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点排行</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
    )
    return served(page)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{"".join(out)}<span>共{pages}页</span></div>'


def _paged(site: Site49, tpl: str, heading: str, url: Url) -> None:
    arts = latest(site.of(tpl))
    per = PER[tpl]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(li(b, "%Y-%m-%d") for b in chunk)
            inner = f'<div class="place">当前位置：<a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(
                site, tpl, url(n), f"{heading}{'' if n == 1 else f'_第{n}页'}_{LABELS[tpl]}", inner
            )

        site.route(url(n), render)


EXTRA = [
    ("/tag/春播", "标签：春播"),
    ("/zt/2024cg/", "2024春耕专题"),
    ("/was5/web/search?searchword=防汛", "检索"),
    ("/video/", "交通视频"),
    ("/tp/", "图片"),
    ("/archive/2019-05.html", "2019年5月归档"),
    ("/about/", "关于我们"),
    ("/about/contact.html", "联系我们"),
]


def _home(site: Site49) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{FRONTS[t](1)}">{label}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:5])}</ul></div>'
        for t, label in LABELS.items()
    )
    links = " | ".join(f'<a href="{k}">{t}</a>' for k, t in EXTRA)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>行业媒体联播 - 农业 水利 交通 能源 化工</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>行业媒体联播</h1></div><div class="main">{boxes}</div>
<div class="links">{links}</div>
<div class="footer"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></div></body></html>"""
    return served(page)


def _listing(
    site: Site49, tpl: str, key: str, title: str, arts: list[Art], note: str = ""
) -> tuple[bytes, str]:
    inner = (
        f'<h2>{esc(title)}</h2>{note}<ul class="list">{"".join(li(a) for a in latest(arts))}</ul>'
    )
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner)


def _gallery(site: Site49, tpl: str, key: str, title: str, arts: list[Art]) -> tuple[bytes, str]:
    items = "".join(
        f'<div class="pic-item"><a href="{a.path}"><img src="/uploads/thumb/{a.x["id"]}.jpg" alt="{esc(a.title)}"></a><p><a href="{a.path}">{esc(a.title)}</a></p></div>'
        for a in latest(arts)
    )
    return _shell(
        site,
        tpl,
        key,
        f"{title}_{LABELS[tpl]}",
        f'<h2>{esc(title)}</h2><div class="pic-list">{items}</div>',
    )


def register(site: Site49) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in [
        ("nm", "三农要闻"),
        ("sl", "水利要闻"),
        ("jt", "要闻"),
        ("ny", "新闻头条"),
        ("hg", "化工要闻"),
    ]:
        _paged(site, tpl, heading, FRONTS[tpl])
    nm = site.of("nm")
    sl = site.of("sl")
    site.route("/tag/春播", lambda: _listing(site, "nm", "/tag/春播", "标签：春播", nm[::2]))
    site.route(
        "/zt/2024cg/",
        lambda: _listing(
            site,
            "nm",
            "/zt/2024cg/",
            "2024春耕专题",
            nm[1::2],
            '<div class="zt-intro"><p>春争日，夏争时。本专题聚焦各地春耕春播进展。</p></div>',
        ),
    )
    hits = [a for a in sl if "防汛" in a.title + a.body] or sl[:5]
    site.route(
        "/was5/web/search?searchword=防汛",
        lambda: _listing(
            site,
            "sl",
            "/was5/web/search?searchword=防汛",
            "检索结果",
            hits,
            f"<p>检索“防汛”，共 {len(hits)} 条</p>",
        ),
    )
    site.route("/video/", lambda: _gallery(site, "jt", "/video/", "交通视频", site.of("jt")[:6]))
    site.route("/tp/", lambda: _gallery(site, "ny", "/tp/", "图片", site.of("ny")[:8]))
    old = [a for a in site.arts if a.x["old"]]
    site.route(
        "/archive/2019-05.html",
        lambda: _listing(site, "hg", "/archive/2019-05.html", "2019年5月归档", old),
    )
    site.route(
        "/about/",
        lambda: _shell(
            site,
            "nm",
            "/about/",
            "关于我们",
            "<h2>关于我们</h2><p>本站汇集农业、水利、交通、能源、化工等行业媒体的新闻报道。</p>",
        ),
    )
    site.route(
        "/about/contact.html",
        lambda: _shell(
            site,
            "nm",
            "/about/contact.html",
            "联系我们",
            "<h2>联系我们</h2><p>新闻热线：010-00000000　投稿邮箱：tougao@example.com</p>",
        ),
    )
