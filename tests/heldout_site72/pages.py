"""Site 72's non-article pages: the home page; section lists with their own pagination (科技日报
``/index/kejixinwen/index.shtml`` … ``index_2.shtml``, 中国科学报 ``/htmlpaper/list_2.shtm``, 科学网
``/htmlnews/list_3.shtm``, 科普时报 ``/kpzx/kpsb/index_1.html``, 科普文章
``/kxcb/kpwz/index_1.html``); the 科学传播 channel page; the 科技日报电子版 calendar and its day
pages; a 专题 (科技活动周); a tag page; a search page; a video list; about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import KJ_NAV, latest, li

if TYPE_CHECKING:
    from .generator import Site72

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str]] = {
    "kj": (
        lambda n: (
            "/index/kejixinwen/index.shtml" if n == 1 else f"/index/kejixinwen/index_{n - 1}.shtml"
        ),
        5,
        "科技新闻",
    ),
    "kb": (lambda n: f"/htmlpaper/list_{n}.shtm", 6, "中国科学报"),
    "kx": (lambda n: f"/htmlnews/list_{n}.shtm", 4, "科学网新闻"),
    "kp": (
        lambda n: "/kpzx/kpsb/index.html" if n == 1 else f"/kpzx/kpsb/index_{n - 1}.html",
        6,
        "科普时报",
    ),
    "cb": (
        lambda n: "/kxcb/kpwz/index.html" if n == 1 else f"/kxcb/kpwz/index_{n - 1}.html",
        6,
        "科普文章",
    ),
}
SITE = "中国科技网"


def _shell(site: Site72, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l72')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>\n<div class="navbar">{KJ_NAV}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点排行</h3><ul>{hot}</ul></div></div></div>\n'
        '<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>科技日报社 版权所有　京ICP备00000000号</p></div>\n</body>\n</html>\n'
    )
    return served(page)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{"".join(out)}</div>'


def _paged(site: Site72, tpl: str) -> None:
    url, per, heading = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 80))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                for b in chunk
            )
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}_{SITE}", inner)

        site.route(url(n), render)


def _days(site: Site72) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.of("kj")):
        out.setdefault(f"{a.when:%Y-%m-%d}", []).append(a)
    return out


def _calendar(site: Site72) -> tuple[bytes, str]:
    days = _days(site)
    by_month: dict[str, list[str]] = {}
    for d in sorted(days):
        by_month.setdefault(d[:7], []).append(d)
    tables = "".join(
        f'<div class="month"><h3>{ym[:4]}年{ym[5:]}月</h3><p>'
        + " ".join(f'<a href="/kjrb/calendar/{d}.html">{d[-2:]}日</a>' for d in ds)
        + "</p></div>"
        for ym, ds in sorted(by_month.items(), reverse=True)
    )
    inner = f'<h2>科技日报电子版 往期查阅</h2><p class="tip">请选择日期。</p>{tables}'
    return _shell(site, "/kjrb/calendar/index.html", f"往期查阅_{SITE}", inner)


def _day(site: Site72, day: str) -> tuple[bytes, str]:
    items = "".join(li(a, "%H:%M") for a in _days(site)[day])
    inner = f'<h2>科技日报 {day[:4]}年{day[5:7]}月{day[8:]}日</h2><ul class="list">{items}</ul><p><a href="/kjrb/calendar/index.html">返回往期查阅</a></p>'
    return _shell(site, f"/kjrb/calendar/{day}.html", f"科技日报{day}_{SITE}", inner)


LABELS = {
    "kj": "科技新闻",
    "kb": "中国科学报",
    "kx": "科学网新闻",
    "kp": "科普时报",
    "cb": "科学传播",
}
EXTRA = [
    ("/kxcb/index.html", "科学传播"),
    ("/kjrb/calendar/index.html", "科技日报电子版"),
    ("/zt/2024/kjz/index.html", "专题：2024年全国科技活动周"),
    ("/tag/rgzn.html", "标签：人工智能"),
    ("/search/index.html?q=科学", "搜索：科学"),
    ("/video/index.html", "视频"),
    ("/about/index.html", "关于我们"),
    ("/about/contact.html", "联系我们"),
]


def _home(site: Site72) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in LABELS.items():
        more = FRONTS[tpl][0](1)
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    links = " | ".join(f'<a href="{u}">{t}</a>' for u, t in EXTRA)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}-科技日报社主办</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{KJ_NAV}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{links}</div>
<div class="footer"><p>科技日报社 版权所有　京ICP备00000000号</p></div></body></html>"""
    return served(page)


def _kxcb(site: Site72) -> tuple[bytes, str]:
    arts = latest(site.of("cb"))[:8]
    inner = (
        '<h2>科学传播</h2><div class="sub"><a href="/kxcb/kpwz/index.html">科普文章</a> <a href="/video/index.html">科普视频</a> <a href="/zt/2024/kjz/index.html">科技活动周</a></div>'
        f'<ul class="list">{"".join(li(a) for a in arts)}</ul>'
    )
    return _shell(site, "/kxcb/index.html", "科学传播----中国科学院", inner)


def _zt(site: Site72) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.when.year == 2024 and a.tpl in ("kp", "cb", "kj")][:9]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/2024/kjz/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    intro = "2024年全国科技活动周以“培育创新文化 弘扬科学精神 涵养优良学风”为主题，各地各部门围绕科学普及开展丰富多彩的活动。本专题集中报道活动周期间的精彩内容。"
    inner = f'<div class="zt-banner"><h1>2024年全国科技活动周</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, "/zt/2024/kjz/index.html", f"2024年全国科技活动周_专题_{SITE}", inner)


def _tag(site: Site72) -> tuple[bytes, str]:
    arts = latest(site.arts)[::3][:15]
    inner = f'<h2>标签：人工智能</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/tag/rgzn.html", f"人工智能_{SITE}", inner)


def _search(site: Site72, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.html"><input name="q" value="{esc(word)}"><button>搜索</button></form></div><p>共找到 {len(hits)} 条结果</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"搜索结果_{SITE}", inner)


def _video(site: Site72) -> tuple[bytes, str]:
    shows = ["院士讲科学", "科技视界", "一分钟科普", "实验室探秘", "天宫课堂回顾"]
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


def _about(site: Site72) -> tuple[bytes, str]:
    inner = (
        "<h2>关于我们</h2><p>中国科技网是科技日报社主办的国家重点新闻网站，以报道科技新闻、传播科学知识为宗旨。</p>"
        "<p>网站设有科技新闻、科技日报电子版、科普、视频等栏目，内容涵盖基础研究、产业创新与科学普及。</p>"
    )
    return _shell(site, "/about/index.html", f"关于我们_{SITE}", inner)


def _contact(site: Site72) -> tuple[bytes, str]:
    inner = "<h2>联系我们</h2><p>地址：北京市海淀区复兴路15号　邮编：100038</p><p>新闻热线：010-00000000　投稿邮箱：tougao@example.cn</p>"
    return _shell(site, "/about/contact.html", f"联系我们_{SITE}", inner)


def register(site: Site72) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/kjrb/calendar/index.html", lambda: _calendar(site))
    for day in _days(site):
        site.route(f"/kjrb/calendar/{day}.html", lambda d=day: _day(site, d))
    site.route("/kxcb/index.html", lambda: _kxcb(site))
    site.route("/zt/2024/kjz/index.html", lambda: _zt(site))
    site.route("/tag/rgzn.html", lambda: _tag(site))
    site.route(
        "/search/index.html?q=科学", lambda: _search(site, "/search/index.html?q=科学", "科学")
    )
    site.route("/video/index.html", lambda: _video(site))
    site.route("/about/index.html", lambda: _about(site))
    site.route("/about/contact.html", lambda: _contact(site))
