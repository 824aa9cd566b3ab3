"""Site 70's non-article pages: the home page; each paper's section list with its pagination
(星洲 ``/news/nation?page=2``, 南洋 ``/latest/page/2``, 光华 ``/category/penang/page/2/``, 国际日报
``index_2.shtml``, 星暹 ``/category/thai/page/2/``); a tag page, a search page, a 专题 page, a video
list, 关于我们 and 联络我们."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import NAMES, footer, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site70

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, str]] = {
    "sc": (lambda n: "/news/nation" if n == 1 else f"/news/nation?page={n}", "国内"),
    "ny": (lambda n: "/latest" if n == 1 else f"/latest/page/{n}", "南洋最新"),
    "kw": (lambda n: "/category/penang/" if n == 1 else f"/category/penang/page/{n}/", "槟城"),
    "id": (
        lambda n: "/shtml/gjrb/index.shtml" if n == 1 else f"/shtml/gjrb/index_{n}.shtml",
        "印尼新闻",
    ),
    "th": (lambda n: "/category/thai/" if n == 1 else f"/category/thai/page/{n}/", "泰国新闻"),
}
PER = 5


def _shell(site: Site70, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%d/%m") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 180)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l70')}</script>\n</head>\n<body>\n"
        f'<header class="header"><a href="/" class="logo">东南亚华文报</a></header>\n<nav>{nav()}</nav>\n'
        f'<div class="container"><div class="main-col">{inner}</div><aside class="side-col"><div class="widget"><h3>热门新闻</h3><ul>{hot}</ul></div></aside></div>\n'
        f"{footer('东南亚华文报', 2024)}\n</body>\n</html>\n"
    )
    return served(page)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a class="prev" href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a class="next" href="{url(n + 1)}">下一页</a>')
    return f'<div class="pagination">{"".join(out)}</div>'


def _paged(site: Site70, tpl: str) -> None:
    url, heading = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // PER)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * PER : n * PER]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 80))}</p><span>{b.when:%d/%m/%Y}</span></li>'
                for b in chunk
            )
            inner = f'<h1>{esc(heading)}</h1><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            suffix = "" if n == 1 else f" - 第{n}页"
            return _shell(site, url(n), f"{heading}{suffix} | {NAMES[tpl]}", inner)

        site.route(url(n), render)


def _home(site: Site70) -> tuple[bytes, str]:
    boxes = []
    for tpl, (url, heading) in FRONTS.items():
        lst = "".join(li(b, "%d/%m") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<section class="box"><h2><a href="{url(1)}">{NAMES[tpl]} · {heading}</a></h2><ul>{lst}</ul><a class="more" href="{url(1)}">更多</a></section>'
        )
    links = [
        ("/topic/ge15", "专题：东南亚选举"),
        ("/tag/水灾", "标签：水灾"),
        ("/search?q=令吉", "搜索：令吉"),
        ("/video", "视频"),
        ("/about", "关于我们"),
        ("/contact", "联络我们"),
    ]
    inner = (
        "".join(boxes)
        + '<div class="links">'
        + " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
        + "</div>"
    )
    return _shell(site, "/", "东南亚华文报 - 马来西亚、印尼、泰国华文新闻", inner)


def _tag(site: Site70) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("sc", "kw")][:12]
    inner = f'<h1>标签：水灾</h1><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/tag/水灾", "水灾 | 星洲网", inner)


def _search(site: Site70) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if "令吉" in a.title + a.body][:15]
    rows = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><p>{esc(trunc(a.paras[0], 70))}</p></li>'
        for a in hits
    )
    inner = f'<form action="/search"><input name="q" value="令吉"><button>搜索</button></form><p>共 {len(hits)} 项结果</p><ul class="results">{rows}</ul>'
    return _shell(site, "/search?q=令吉", "搜索：令吉", inner)


def _topic(site: Site70) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.when.year == 2024][:10]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/img/topic/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3></div>'
        for k, a in enumerate(arts)
    )
    intro = "本专题汇集马来西亚、印尼与泰国的政局与选举新闻，带您掌握东南亚最新动态。"
    return _shell(
        site, "/topic/ge15", "专题：东南亚选举", f"<h1>东南亚选举</h1><p>{intro}</p>{cards}"
    )


def _video(site: Site70) -> tuple[bytes, str]:
    shows = ["星洲新闻快报", "南洋财经解读", "槟城好去处", "印尼华社动态", "曼谷街头"]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/video/{k}.mp4"><img src="/video/img/{k}.jpg"></a><p>{s}</p><span>0{k + 1}:2{k}</span></li>'
        for k, s in enumerate(shows)
    )
    return _shell(site, "/video", "视频", f'<h1>视频</h1><ul class="videos">{items}</ul>')


def _about(site: Site70) -> tuple[bytes, str]:
    inner = (
        "<h1>关于我们</h1><p>本网汇集东南亚华文报章的新闻，包括马来西亚的星洲日报、南洋商报、光华日报，印尼的国际日报，以及泰国的星暹日报。</p>"
        '<h2 id="ads">广告刊登</h2><p>如欲刊登广告，请联络广告部。</p><h2 id="privacy">隐私政策</h2><p>我们重视您的隐私。</p>'
    )
    return _shell(site, "/about", "关于我们", inner)


def _contact(site: Site70) -> tuple[bytes, str]:
    rows = "".join(
        f"<tr><td>{NAMES[t]}</td><td>{c}</td><td>{p}</td></tr>"
        for t, c, p in [
            ("sc", "吉隆坡", "+603-0000 0000"),
            ("ny", "八打灵再也", "+603-0000 0001"),
            ("kw", "槟城", "+604-000 0000"),
            ("id", "雅加达", "+62-21-000 0000"),
            ("th", "曼谷", "+66-2-000 0000"),
        ]
    )
    inner = (
        f"<h1>联络我们</h1><table><tr><th>报社</th><th>地点</th><th>电话</th></tr>{rows}</table>"
    )
    return _shell(site, "/contact", "联络我们", inner)


def register(site: Site70) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/tag/水灾", lambda: _tag(site))
    site.route("/search?q=令吉", lambda: _search(site))
    site.route("/topic/ge15", lambda: _topic(site))
    site.route("/video", lambda: _video(site))
    site.route("/about", lambda: _about(site))
    site.route("/contact", lambda: _contact(site))
