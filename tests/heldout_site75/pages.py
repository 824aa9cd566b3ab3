"""Site 75's non-article pages: the home page; section lists with their own pagination (公司新闻
``/html/main/col8/list_2.html``, 企业新闻 ``/xwzx/qyxw/index_2.shtml``, the 水务集团's
``/Article/ShowClass.asp?ClassID=2&page=2`` in GBK, 路局要闻 ``/xwzx/lkyw/index_1.html``, 党建动态
``/djgz/djdt/index_2.html``); the 中国石化报 电子版 calendar and its day pages; two 专题 (迎峰度夏,
党纪学习教育); a tag page; a search page; a video list; about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import latest, li

if TYPE_CHECKING:
    from .generator import Site75

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str]] = {
    "sg": (lambda n: f"/html/main/col8/list_{n}.html", 5, "公司新闻"),
    "sh": (
        lambda n: "/xwzx/qyxw/index.shtml" if n == 1 else f"/xwzx/qyxw/index_{n}.shtml",
        6,
        "企业新闻",
    ),
    "sw": (
        lambda n: (
            "/Article/ShowClass.asp?ClassID=2"
            if n == 1
            else f"/Article/ShowClass.asp?ClassID=2&page={n}"
        ),
        5,
        "集团新闻",
    ),
    "tl": (
        lambda n: "/xwzx/lkyw/index.html" if n == 1 else f"/xwzx/lkyw/index_{n - 1}.html",
        6,
        "路局要闻",
    ),
    "dj": (
        lambda n: "/djgz/djdt/index.html" if n == 1 else f"/djgz/djdt/index_{n}.html",
        5,
        "党建动态",
    ),
}
SITE = "国资企业新闻网"
NAV = (
    '<ul class="nav"><li><a href="/">首页</a></li>'
    + "".join(f'<li><a href="{esc(u(1))}">{t}</a></li>' for u, _, t in FRONTS.values())
    + '<li><a href="/epaper/calendar.html">中国石化报</a></li><li><a href="/zt/yfdx2024/index.html">专题</a></li><li><a href="/video/index.html">视频</a></li><li><a href="/about/index.html">关于我们</a></li></ul>'
)


def _shell(
    site: Site75, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l75')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>\n<div class="navbar">{NAV}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点排行</h3><ul>{hot}</ul></div></div></div>\n'
        '<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>版权所有　京ICP备00000000号　京公网安备 11010202000000号</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


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


def _paged(site: Site75, tpl: str) -> None:
    url, per, heading = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><h3><a href="{esc(b.path)}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 80))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                for b in chunk
            )
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(
                site, url(n), f"{heading}{suffix}_{SITE}", inner, "gbk" if tpl == "sw" else "utf-8"
            )

        site.route(url(n), render)


def _days(site: Site75) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.of("sh")):
        out.setdefault(f"{a.when:%Y-%m-%d}", []).append(a)
    return out


def _calendar(site: Site75) -> tuple[bytes, str]:
    days = _days(site)
    by_month: dict[str, list[str]] = {}
    for d in sorted(days):
        by_month.setdefault(d[:7], []).append(d)
    tables = "".join(
        f'<div class="month"><h3>{ym[:4]}年{ym[5:]}月</h3><p>'
        + " ".join(f'<a href="/epaper/{d}.html">{d[-2:]}日</a>' for d in ds)
        + "</p></div>"
        for ym, ds in sorted(by_month.items(), reverse=True)
    )
    inner = f'<h2>中国石化报电子版 往期查阅</h2><p class="tip">请选择日期。</p>{tables}'
    return _shell(site, "/epaper/calendar.html", f"往期查阅_中国石化报_{SITE}", inner)


def _day(site: Site75, day: str) -> tuple[bytes, str]:
    items = "".join(li(a, "%H:%M") for a in _days(site)[day])
    inner = f'<h2>中国石化报 {day[:4]}年{day[5:7]}月{day[8:]}日</h2><ul class="list">{items}</ul><p><a href="/epaper/calendar.html">返回往期查阅</a></p>'
    return _shell(site, f"/epaper/{day}.html", f"中国石化报{day}_{SITE}", inner)


LABELS = {
    "sg": "公司新闻",
    "sh": "企业新闻",
    "sw": "水务动态",
    "tl": "路局要闻",
    "dj": "党建动态",
}
EXTRA = [
    ("/epaper/calendar.html", "中国石化报电子版"),
    ("/zt/yfdx2024/index.html", "专题：迎峰度夏 保供有我"),
    ("/zt/djxxjy/index.html", "专题：党纪学习教育"),
    ("/tag/aqsc.html", "标签：安全生产"),
    ("/search/index.html?q=安全", "搜索：安全"),
    ("/video/index.html", "视频"),
    ("/about/index.html", "关于我们"),
    ("/about/contact.html", "联系我们"),
]


def _home(site: Site75) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in LABELS.items():
        more = esc(FRONTS[tpl][0](1))
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    links = " | ".join(f'<a href="{u}">{t}</a>' for u, t in EXTRA)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}-国有企业新闻门户</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{NAV}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{links}</div>
<div class="footer"><p>版权所有　京ICP备00000000号</p></div></body></html>"""
    return served(page)


def _zt(site: Site75, key: str, name: str, tpls: tuple[str, ...], intro: str) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.when.year == 2024 and a.tpl in tpls][:9]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    inner = f'<div class="zt-banner"><h1>{name}</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, key, f"{name}_专题_{SITE}", inner)


def _tag(site: Site75) -> tuple[bytes, str]:
    arts = latest(site.arts)[::3][:15]
    inner = f'<h2>标签：安全生产</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/tag/aqsc.html", f"安全生产_{SITE}", inner)


def _search(site: Site75, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{esc(a.path)}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.html"><input name="q" value="{esc(word)}"><button>搜索</button></form></div><p>共找到 {len(hits)} 条结果</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"搜索结果_{SITE}", inner)


def _video(site: Site75) -> tuple[bytes, str]:
    shows = ["电网铁军", "石化一线", "水务人的一天", "复兴号司机", "党课微视频"]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/video/{k}.mp4"><img src="/video/img/{k}.jpg"></a><p>{s}　2024-05-{k + 2:02d}</p><span>时长 0{k + 2}:{10 + k * 7}</span></li>'
        for k, s in enumerate(shows)
    )
    return _shell(
        site,
        "/video/index.html",
        f"视频_{SITE}",
        f'<h2>视频</h2><ul class="video-list">{items}</ul>',
    )


def _about(site: Site75) -> tuple[bytes, str]:
    inner = (
        "<h2>关于我们</h2><p>本网汇集电网、石化、水务、铁路等国有企业的新闻动态和党建工作信息。</p>"
        "<p>网站设有公司新闻、企业新闻、水务动态、路局要闻、党建动态等栏目。</p>"
    )
    return _shell(site, "/about/index.html", f"关于我们_{SITE}", inner)


def _contact(site: Site75) -> tuple[bytes, str]:
    inner = "<h2>联系我们</h2><p>地址：北京市西城区宣武门西大街00号　邮编：100031</p><p>电话：010-00000000　邮箱：news@example.cn</p>"
    return _shell(site, "/about/contact.html", f"联系我们_{SITE}", inner)


def register(site: Site75) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/epaper/calendar.html", lambda: _calendar(site))
    for day in _days(site):
        site.route(f"/epaper/{day}.html", lambda d=day: _day(site, d))
    site.route(
        "/zt/yfdx2024/index.html",
        lambda: _zt(
            site,
            "/zt/yfdx2024/index.html",
            "迎峰度夏 保供有我",
            ("sg", "tl"),
            "面对夏季用电高峰，各单位全力以赴保障电力、交通安全稳定运行。本专题集中报道迎峰度夏期间的精彩内容。",
        ),
    )
    site.route(
        "/zt/djxxjy/index.html",
        lambda: _zt(
            site,
            "/zt/djxxjy/index.html",
            "党纪学习教育",
            ("dj",),
            "各级党组织认真开展党纪学习教育，引导党员干部学纪、知纪、明纪、守纪。",
        ),
    )
    site.route("/tag/aqsc.html", lambda: _tag(site))
    site.route(
        "/search/index.html?q=安全", lambda: _search(site, "/search/index.html?q=安全", "安全")
    )
    site.route("/video/index.html", lambda: _video(site))
    site.route("/about/index.html", lambda: _about(site))
    site.route("/about/contact.html", lambda: _contact(site))
