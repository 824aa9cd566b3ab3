"""Site 69's non-article pages: the portal's home page; each app's channel list with its own
pagination (封面 ``/channel/tf/`` … ``/channel/tf/3/``, 川观 ``/cg/list/1.html`` …, 极目
``/c1716/index.html`` … ``index_2.html``, the 潮新闻 channel page, 九派 ``/jp/list/1/`` …); a 专题
page; a tag page; a search page; the 往期 archive and its day pages; a video list; about and
contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import NAMES, footer, latest, li, site_nav

if TYPE_CHECKING:
    from .generator import Site69

PORTAL = "新媒体矩阵"
Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str]] = {
    "fm": (lambda n: "/channel/tf/" if n == 1 else f"/channel/tf/{n}/", 4, "封面·天府"),
    "cg": (lambda n: f"/cg/list/{n}.html", 5, "川观·要闻"),
    "jm": (
        lambda n: "/c1716/index.html" if n == 1 else f"/c1716/index_{n - 1}.html",
        6,
        "极目·湖北",
    ),
    "cc": (
        lambda n: "/share/channel.html" if n == 1 else f"/share/channel.html?page={n}",
        6,
        "潮新闻·浙江",
    ),
    "jp": (lambda n: "/jp/list/1/" if n == 1 else f"/jp/list/{n}/", 4, "九派·调查"),
}


def _shell(site: Site69, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 10))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 200)}</style>\n<script>{filler_js(rng, 'list', 25)}</script>\n<script>{stats_js('l69')}</script>\n</head>\n<body>\n"
        f'<div class="topbar"><a href="/" class="logo">{PORTAL}</a></div>\n<div class="navbar">{site_nav("ls")}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热榜</h3><ul>{hot}</ul></div></div></div>\n'
        f"{footer(PORTAL, 2024)}\n</body>\n</html>\n"
    )
    return served(page)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a>')
    return f'<div class="pager">{"".join(out)}</div>'


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<div class="item"><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 60))}</p><span>{NAMES[b.tpl]} {b.when:%Y-%m-%d}</span></div>'
        for b in arts
    )


def _paged(site: Site69, tpl: str) -> None:
    url, per, heading = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            inner = f"<h2>{esc(heading)}</h2>{_items(chunk)}{_pager(n, pages, url)}"
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}-{PORTAL}", inner)

        site.route(url(n), render)


def _home(site: Site69) -> tuple[bytes, str]:
    boxes = []
    for tpl, (url, _, heading) in FRONTS.items():
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{url(1)}">{esc(heading)}</a></h2><ul>{lst}</ul></div>'
        )
    links = '<div class="box"><h2>更多</h2><ul><li><a href="/zt/2024/ddjj/">专题：大道笃行</a></li><li><a href="/tag/wenlv/">标签：文旅</a></li><li><a href="/video/">视频</a></li><li><a href="/archive/2024-05/">往期回顾</a></li><li><a href="/about/">关于我们</a></li><li><a href="/contact/">联系我们</a></li></ul></div>'
    top = "".join(li(b, "%m-%d %H:%M") for b in latest(site.arts)[:10])
    inner = f'<div class="focus"><h2>头条</h2><ul>{top}</ul></div>{"".join(boxes)}{links}'
    return _shell(site, "/", f"{PORTAL}-四川 湖北 浙江 新媒体新闻", inner)


def _days(site: Site69) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.arts):
        if a.when.year == 2024:
            out.setdefault(f"{a.when:%Y-%m-%d}", []).append(a)
    return out


def _archive(site: Site69) -> tuple[bytes, str]:
    days = sorted(_days(site))
    cal = " ".join(f'<a href="/archive/{d}/">{d[-2:]}日</a>' for d in days)
    inner = f'<h2>往期回顾 2024年05月</h2><div class="calendar">{cal}</div>'
    return _shell(site, "/archive/2024-05/", f"往期回顾-{PORTAL}", inner)


def _day(site: Site69, day: str) -> tuple[bytes, str]:
    items = "".join(li(a, "%H:%M") for a in _days(site)[day])
    inner = f'<h2>{day} 新闻</h2><ul class="list">{items}</ul><p><a href="/archive/2024-05/">返回往期回顾</a></p>'
    return _shell(site, f"/archive/{day}/", f"{day}-往期回顾-{PORTAL}", inner)


def _zt(site: Site69) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt")
    picks = rng.sample(site.arts, 12)
    inner = (
        '<div class="zt-banner"><h2>大道笃行——奋进新征程</h2><p>本专题聚合三省新媒体的一线报道，展示各地高质量发展的生动实践。</p></div>'
        f'<div class="zt-col"><h3>一线报道</h3><ul>{"".join(li(b) for b in picks[:6])}</ul></div>'
        f'<div class="zt-col"><h3>深度观察</h3><ul>{"".join(li(b) for b in picks[6:])}</ul></div>'
    )
    return _shell(site, "/zt/2024/ddjj/", f"大道笃行-专题-{PORTAL}", inner)


def _tag(site: Site69) -> tuple[bytes, str]:
    arts = [a for a in site.arts if a.tpl == "fm"][:8]
    inner = f"<h2>标签：文旅</h2>{_items(arts)}"
    return _shell(site, "/tag/wenlv/", f"文旅-标签-{PORTAL}", inner)


def _search(site: Site69) -> tuple[bytes, str]:
    hits = [a for a in site.arts if "新" in a.title][:10]
    inner = f'<form action="/search/"><input name="q" value="新闻"><button>搜索</button></form><p>共找到 {len(hits)} 条结果</p>{_items(hits)}'
    return _shell(site, "/search/?q=新闻", f"搜索：新闻-{PORTAL}", inner)


def _video(site: Site69) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    items = "".join(
        f'<div class="v"><a href="{a.path}"><img src="/static/v/{k}.jpg" alt=""><span class="dur">0{rng.randint(1, 5)}:{rng.randint(10, 59)}</span><h4>{esc(a.title)}</h4></a></div>'
        for k, a in enumerate(rng.sample(site.arts, 12))
    )
    return _shell(site, "/video/", f"视频-{PORTAL}", f"<h2>视频</h2>{items}")


def _about(site: Site69) -> tuple[bytes, str]:
    inner = (
        "<h2>关于我们</h2><p>本站汇集封面新闻、川观新闻、极目新闻、潮新闻、九派新闻等省级媒体集团新媒体平台的内容，"
        '致力于为用户提供及时、权威的本地资讯。</p><h3 id="ad">广告服务</h3><p>广告合作请致电 000-00000000。</p>'
        '<h3 id="law">法律声明</h3><p>本站所载内容版权归原作者及原发布平台所有，未经授权不得转载。</p><h3 id="app">客户端下载</h3><p>各平台客户端可在应用商店搜索下载。</p>'
    )
    return _shell(site, "/about/", f"关于我们-{PORTAL}", inner)


def _contact(site: Site69) -> tuple[bytes, str]:
    inner = "<h2>联系我们</h2><ul><li>新闻热线：000-00000000</li><li>投稿邮箱：tougao@example.cn</li><li>地址：某市某区某路1号</li></ul>"
    return _shell(site, "/contact/", f"联系我们-{PORTAL}", inner)


def register(site: Site69) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/archive/2024-05/", lambda: _archive(site))
    for day in _days(site):
        site.route(f"/archive/{day}/", lambda d=day: _day(site, d))
    site.route("/zt/2024/ddjj/", lambda: _zt(site))
    site.route("/tag/wenlv/", lambda: _tag(site))
    site.route("/search/?q=新闻", lambda: _search(site))
    site.route("/video/", lambda: _video(site))
    site.route("/about/", lambda: _about(site))
    site.route("/contact/", lambda: _contact(site))
