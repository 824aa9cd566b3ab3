"""Site 73's non-article pages: the home page; section lists with their own pagination (the
bureau's ``/wlj/gzdt/index.html`` … ``index_1.html``, ``/wlj/jqdt/``, ``/wlj/tzgg/``; the museum's
``/index.php?m=content&c=index&a=lists&catid=12&page=2``; the scenic area's
``/category/jqxw/page/2``; the app's ``/h5/list.html?channel=wlxw&page=2``; the county site's
``/Article/ShowClass.asp?ClassID=3&page=2``); the scenic area's tag pages; the 旅游报 e-paper
calendar and its 版面 pages; a 专题 (文化和自然遗产日); the bureau's 机构概况; search; a video list;
the app's download page; about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import CITY, COUNTY, PROVINCE
from .templates import JQ_TAGS, WL_COLS, WL_NAV, href, latest, li

if TYPE_CHECKING:
    from .generator import Site73

Url = Callable[[int], str]
SITE = "云澜文旅网"


def _wl_url(col: str) -> Url:
    return lambda n: f"/wlj/{col}/index.html" if n == 1 else f"/wlj/{col}/index_{n - 1}.html"


def _fronts(site: Site73) -> list[tuple[Url, int, str, list[Art]]]:
    out: list[tuple[Url, int, str, list[Art]]] = []
    for col, name in WL_COLS.items():
        arts = [a for a in site.of("wl") if a.path.startswith(f"/wlj/{col}/")]
        out.append((_wl_url(col), 3, name, arts))
    out.append(
        (
            lambda n: (
                "/index.php?a=lists&c=index&catid=12&m=content" + ("" if n == 1 else f"&page={n}")
            ),
            5,
            f"新闻动态_{PROVINCE}博物馆",
            site.of("bwg"),
        )
    )
    out.append(
        (
            lambda n: "/category/jqxw" if n == 1 else f"/category/jqxw/page/{n}",
            5,
            "景区新闻",
            site.of("jq"),
        )
    )
    out.append(
        (
            lambda n: "/h5/list.html?channel=wlxw" + ("" if n == 1 else f"&page={n}"),
            6,
            "文旅云江·文旅新闻",
            [a for a in site.of("app") if not a.x["old"]],
        )
    )
    out.append(
        (
            lambda n: "/Article/ShowClass.asp?ClassID=3" + ("" if n == 1 else f"&page={n}"),
            5,
            f"旅游资讯_{COUNTY}旅游网",
            site.of("xian"),
        )
    )
    return out


def _shell(site: Site73, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l73')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>\n<div class="navbar">{WL_NAV}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点排行</h3><ul>{hot}</ul></div></div></div>\n'
        f'<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>主办单位：{CITY}文化和旅游局　滇ICP备05000000号-1　滇公网安备 53010202000000号</p></div>\n</body>\n</html>\n'
    )
    return served(page)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{esc(url(1))}">首页</a><a href="{esc(url(n - 1))}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(
            f'<span class="cur">{k}</span>' if k == n else f'<a href="{esc(url(k))}">{k}</a>'
        )
    if n < pages:
        out.append(f'<a href="{esc(url(n + 1))}">下一页</a><a href="{esc(url(pages))}">尾页</a>')
    return f'<div class="page">共{pages}页 {"".join(out)}</div>'


def _paged(site: Site73, url: Url, per: int, heading: str, arts: list[Art]) -> None:
    arts = latest(arts)
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><h3><a href="{href(b)}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 80))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                for b in chunk
            )
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}", inner)

        site.route(url(n), render)


def _epaper_days(site: Site73) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.of("app")):
        if a.x["old"]:
            out.setdefault(f"{a.when:%Y-%m/%d}", []).append(a)
    return out


def _calendar(site: Site73) -> tuple[bytes, str]:
    days = _epaper_days(site)
    cells = " ".join(
        f'<a href="/epaper/html/{d}/node_2.htm">{d[:4]}年{d[5:7]}月{d[8:]}日</a>'
        for d in sorted(days)
    )
    inner = f'<h2>云江旅游报 往期回顾</h2><p class="tip">请选择日期查看当期报纸。</p><div class="calendar"><h3>2019年05月</h3><p>{cells}</p></div>'
    return _shell(site, "/epaper/index.html", "云江旅游报数字报-往期回顾", inner)


def _node(site: Site73, day: str) -> tuple[bytes, str]:
    items = "".join(li(a) for a in _epaper_days(site)[day])
    inner = f'<h2>云江旅游报 {day[:4]}年{day[5:7]}月{day[8:]}日 第A2版：文旅新闻</h2><ul class="list">{items}</ul><p><a href="/epaper/index.html">往期回顾</a></p>'
    return _shell(site, f"/epaper/html/{day}/node_2.htm", f"云江旅游报数字报-{day}", inner)


LABELS = {
    "wl": ("/wlj/gzdt/index.html", f"{CITY}文化和旅游局"),
    "bwg": ("/index.php?m=content&c=index&a=lists&catid=12", f"{PROVINCE}博物馆·新闻动态"),
    "jq": ("/category/jqxw", "云澜山风景名胜区·景区新闻"),
    "app": ("/h5/list.html?channel=wlxw", "文旅云江"),
    "xian": ("/Article/ShowClass.asp?ClassID=3", f"{COUNTY}旅游网"),
}
EXTRA = [
    ("/wlj/jqdt/index.html", "景区动态"),
    ("/wlj/tzgg/index.html", "通知公告"),
    ("/wlj/about/index.html", "机构概况"),
    ("/epaper/index.html", "云江旅游报数字报"),
    ("/zt/2024/whyc/index.html", "专题：2024年文化和自然遗产日"),
    ("/tag/shanghua", "标签：赏花"),
    ("/search/index.html?q=旅游", "搜索：旅游"),
    ("/video/index.html", "视听文旅"),
    ("/h5/download.html", "下载文旅云江APP"),
    ("/about/index.html", "关于我们"),
    ("/about/contact.html", "联系我们"),
]


def _home(site: Site73) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, (more, label) in LABELS.items():
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{esc(more)}">{label}</a><a class="more" href="{esc(more)}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    links = " | ".join(f'<a href="{esc(u)}">{t}</a>' for u, t in EXTRA)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}-{CITY}文化和旅游信息门户</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{WL_NAV}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{links}</div>
<div class="footer"><p>主办单位：{CITY}文化和旅游局　滇ICP备05000000号-1</p></div></body></html>"""
    return served(page)


def _tag(site: Site73, slug: str, name: str) -> tuple[bytes, str]:
    arts = [a for a in latest(site.of("jq")) if JQ_TAGS[a.i % len(JQ_TAGS)][0] == slug]
    inner = f'<h2>标签：{name}</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, f"/tag/{slug}", f"{name} &#8211; 云澜山风景名胜区", inner)


def _zt(site: Site73) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.when.year == 2024 and a.tpl in ("bwg", "wl", "app")][
        :9
    ]
    cards = "".join(
        f'<div class="card"><a href="{href(a)}"><img src="/zt/2024/whyc/img/{k}.jpg"></a><h3><a href="{href(a)}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    intro = f"2024年“文化和自然遗产日”期间，{CITY}各地围绕“保护文化遗产 弘扬中华文明”主题，组织开展非遗展示展演、文物保护宣传、博物馆开放日等系列活动。本专题集中展示活动精彩内容。"
    inner = f'<div class="zt-banner"><h1>2024年文化和自然遗产日</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, "/zt/2024/whyc/index.html", f"2024年文化和自然遗产日_专题_{SITE}", inner)


def _search(site: Site73, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{href(a)}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.html"><input name="q" value="{esc(word)}"><button>搜索</button></form></div><p>共找到 {len(hits)} 条结果</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"检索结果_{SITE}", inner)


def _video(site: Site73) -> tuple[bytes, str]:
    shows = ["云澜山四季", "非遗里的云江", "跟着文物游云江", "青溪古镇夜色", "白鹭湖观鸟记"]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/video/{k}.mp4"><img src="/video/img/{k}.jpg"></a><p>{s}　2024-05-{k + 2:02d}</p><span>时长 0{k + 2}:{10 + k * 7}</span></li>'
        for k, s in enumerate(shows)
    )
    return _shell(
        site,
        "/video/index.html",
        f"视听文旅_{SITE}",
        f'<h2>视听文旅</h2><ul class="video-list">{items}</ul>',
    )


def _static(site: Site73, key: str, title: str, inner: str) -> Callable[[], tuple[bytes, str]]:
    return lambda: _shell(site, key, title, inner)


STATIC = [
    (
        "/about/index.html",
        f"关于我们_{SITE}",
        f"<h2>关于我们</h2><p>{SITE}由{CITY}文化和旅游局主办，汇集全市文化和旅游资讯、景区动态、博物馆展览与乡村旅游信息。</p><p>网站设有工作动态、景区动态、通知公告、视听文旅等栏目。</p>",
    ),
    (
        "/about/contact.html",
        f"联系我们_{SITE}",
        f"<h2>联系我们</h2><p>地址：{CITY}滨江路88号　邮编：650000</p><p>旅游咨询：0871-60000000　投诉电话：12345</p><p>投稿邮箱：wlj@example.cn</p>",
    ),
    (
        "/wlj/about/index.html",
        f"机构概况_{CITY}文化和旅游局",
        f"<h2>机构概况</h2><p>{CITY}文化和旅游局是市政府工作部门，负责贯彻落实文化和旅游工作方针政策，统筹规划文化事业、文化产业和旅游业发展。</p><p>内设机构：办公室、政策法规科、艺术科、公共服务科、非物质文化遗产科、资源开发科、市场管理科等。</p>",
    ),
    (
        "/h5/download.html",
        "下载文旅云江APP",
        f'<h2>文旅云江</h2><p>{PROVINCE}文旅传媒集团出品，看资讯、订门票、游云江。</p><p><a href="javascript:;">iPhone版下载</a> <a href="javascript:;">Android版下载</a></p>',
    ),
]


def register(site: Site73) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for url, per, heading, arts in _fronts(site):
        _paged(site, url, per, heading, arts)
    site.route("/epaper/index.html", lambda: _calendar(site))
    for day in _epaper_days(site):
        site.route(f"/epaper/html/{day}/node_2.htm", lambda d=day: _node(site, d))
    for slug, name in JQ_TAGS:
        site.route(f"/tag/{slug}", lambda s=slug, n=name: _tag(site, s, n))
    site.route("/zt/2024/whyc/index.html", lambda: _zt(site))
    site.route(
        "/search/index.html?q=旅游", lambda: _search(site, "/search/index.html?q=旅游", "旅游")
    )
    site.route("/video/index.html", lambda: _video(site))
    for key, title, inner in STATIC:
        site.route(key, _static(site, key, title, inner))
