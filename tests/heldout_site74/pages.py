"""Site 74's non-article pages: the home page; section lists with their own pagination (团市委动态
``/tswdt/index.html`` … ``index_1.html``, 妇联动态 ``/fldt/index_2.html``, the 动易 class list
``/Article/ShowClass.asp?ClassID=2&page=2`` and its channel page ``/Article/Index.asp``, 工作动态
``/xwzx/gzdt/index_1.html``, 气象新闻 ``/qxxw/index_1.html``); the 预警信息 and 天气预报 lists; a
专题 (5·12 防灾减灾日); a tag page; a search page; a video list; about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import latest, li

if TYPE_CHECKING:
    from .generator import Site74

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str]] = {
    "tw": (
        lambda n: "/tswdt/index.html" if n == 1 else f"/tswdt/index_{n - 1}.html",
        6,
        "团市委动态",
    ),
    "fl": (
        lambda n: "/fldt/index.html" if n == 1 else f"/fldt/index_{n}.html",
        5,
        "妇联动态",
    ),
    "gh": (
        lambda n: (
            "/Article/ShowClass.asp?ClassID=2"
            if n == 1
            else f"/Article/ShowClass.asp?ClassID=2&page={n}"
        ),
        8,
        "工会动态",
    ),
    "yj": (
        lambda n: "/xwzx/gzdt/index.html" if n == 1 else f"/xwzx/gzdt/index_{n - 1}.html",
        5,
        "工作动态",
    ),
    "qx": (
        lambda n: "/qxxw/index.html" if n == 1 else f"/qxxw/index_{n - 1}.html",
        6,
        "气象新闻",
    ),
}
SITE = "江州群团和应急服务网"
NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/tswdt/index.html">共青团</a></li><li><a href="/fldt/index.html">妇联</a></li><li><a href="/Article/Index.asp">工会</a></li><li><a href="/xwzx/gzdt/index.html">应急管理</a></li><li><a href="/xwzx/yjxx/index.html">预警信息</a></li><li><a href="/qxxw/index.html">气象</a></li><li><a href="/tqyb/index.html">天气预报</a></li><li><a href="/zt/fzjzr/index.html">专题</a></li><li><a href="/video/index.html">视频</a></li></ul>'


def _shell(site: Site74, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l74')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>\n<div class="navbar">{NAV}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点排行</h3><ul>{hot}</ul></div></div></div>\n'
        '<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>苏ICP备00000000号　苏公网安备 32000002000000号</p></div>\n</body>\n</html>\n'
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
    return f'<div class="page">共{pages}页 {"".join(out)}</div>'


def _paged(site: Site74, tpl: str) -> None:
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


LABELS = {
    "tw": "团市委动态",
    "fl": "妇联动态",
    "gh": "工会动态",
    "yj": "应急管理",
    "qx": "气象新闻",
}
EXTRA = [
    ("/Article/Index.asp", "江州工会网"),
    ("/xwzx/yjxx/index.html", "预警信息"),
    ("/tqyb/index.html", "天气预报"),
    ("/zt/fzjzr/index.html", "专题：5·12防灾减灾日"),
    ("/tag/zyfw.html", "标签：志愿服务"),
    ("/search/index.html?q=青年", "搜索：青年"),
    ("/video/index.html", "视频"),
    ("/about/index.html", "关于我们"),
    ("/about/contact.html", "联系我们"),
]


def _home(site: Site74) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in LABELS.items():
        more = FRONTS[tpl][0](1)
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    warns = "".join(
        f'<li><a href="{n["path"]}">{esc(n["title"])}</a><span>{n["when"]:%m-%d %H:%M}</span></li>'
        for n in site.notices[:5]
    )
    fc = "".join(
        f'<li><a href="{b["path"]}">{esc(b["title"])}</a></li>' for b in site.bulletins[:3]
    )
    boxes.append(
        f'<div class="box yj"><h2><a href="/xwzx/yjxx/index.html">预警信息</a></h2><ul>{warns}</ul></div>'
    )
    boxes.append(
        f'<div class="box tq"><h2><a href="/tqyb/index.html">天气预报</a></h2><ul>{fc}</ul></div>'
    )
    links = " | ".join(f'<a href="{u}">{t}</a>' for u, t in EXTRA)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{NAV}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{links}</div>
<div class="footer"><p>苏ICP备00000000号　苏公网安备 32000002000000号</p></div></body></html>"""
    return served(page)


def _gh_index(site: Site74) -> tuple[bytes, str]:
    arts = latest(site.of("gh"))
    lst = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a>［{a.when.month}-{a.when.day}］</li>'
        for a in arts[:10]
    )
    inner = (
        '<h2>江州工会网 · 工会动态</h2><div class="sub"><a href="/Article/ShowClass.asp?ClassID=2">基层工会</a> '
        '<a href="/Article/ShowClass.asp?ClassID=2&amp;page=2">劳模风采</a></div>'
        f'<ul class="list">{lst}</ul><p><a href="/Article/ShowClass.asp?ClassID=2">更多&gt;&gt;</a></p>'
    )
    return _shell(site, "/Article/Index.asp", "江州工会网--工会动态", inner)


def _warn_list(site: Site74) -> tuple[bytes, str]:
    items = "".join(
        f'<li><a href="{n["path"]}">{esc(n["title"])}</a><span>{n["when"]:%Y-%m-%d %H:%M}</span></li>'
        for n in site.notices
    )
    inner = f'<div class="crumb"><a href="/">首页</a> &gt; 预警信息</div><h2>预警信息</h2><ul class="list">{items}</ul>'
    return _shell(site, "/xwzx/yjxx/index.html", f"预警信息_{SITE}", inner)


def _fc_list(site: Site74) -> tuple[bytes, str]:
    items = "".join(
        f'<li><a href="{b["path"]}">{esc(b["title"])}</a><span>{b["when"]:%Y-%m-%d %H:%M}</span></li>'
        for b in site.bulletins
    )
    inner = f'<div class="crumb"><a href="/">首页</a> &gt; 天气预报</div><h2>天气预报</h2><ul class="list">{items}</ul>'
    return _shell(site, "/tqyb/index.html", f"天气预报_{SITE}", inner)


def _zt(site: Site74) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.when.year == 2024 and a.tpl in ("yj", "qx", "tw")][:9]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/fzjzr/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    intro = "2024年5月12日是我国第16个全国防灾减灾日，主题是“人人讲安全、个个会应急——着力提升基层防灾避险能力”。本专题集中展示全市各部门、各群团组织开展防灾减灾宣传活动的情况。"
    inner = f'<div class="zt-banner"><h1>5·12全国防灾减灾日</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, "/zt/fzjzr/index.html", f"5·12全国防灾减灾日_专题_{SITE}", inner)


def _tag(site: Site74) -> tuple[bytes, str]:
    arts = latest(site.arts)[::3][:15]
    inner = f'<h2>标签：志愿服务</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/tag/zyfw.html", f"志愿服务_{SITE}", inner)


def _search(site: Site74, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.html"><input name="q" value="{esc(word)}"><button>搜索</button></form></div><p>共找到 {len(hits)} 条结果</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"搜索结果_{SITE}", inner)


def _video(site: Site74) -> tuple[bytes, str]:
    shows = [
        "应急科普：家庭应急包怎么准备",
        "青春江州 志愿同行",
        "巾帼风采微视频",
        "最美劳动者",
        "气象科普：认识预警信号",
    ]
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


def _about(site: Site74) -> tuple[bytes, str]:
    inner = (
        "<h2>关于我们</h2><p>本网汇集共青团江州市委员会、江州市妇女联合会、江州市总工会、江州市应急管理局和江州市气象局的工作动态。</p>"
        "<p>网站设有团市委动态、妇联动态、工会动态、应急管理、预警信息、气象新闻、天气预报等栏目。</p>"
    )
    return _shell(site, "/about/index.html", f"关于我们_{SITE}", inner)


def _contact(site: Site74) -> tuple[bytes, str]:
    inner = "<h2>联系我们</h2><p>地址：江州市人民中路88号　邮编：210000</p><p>应急值守电话：0000-12350　职工维权热线：12351　妇女维权热线：12338</p>"
    return _shell(site, "/about/contact.html", f"联系我们_{SITE}", inner)


def register(site: Site74) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/Article/Index.asp", lambda: _gh_index(site))
    site.route("/xwzx/yjxx/index.html", lambda: _warn_list(site))
    site.route("/tqyb/index.html", lambda: _fc_list(site))
    site.route("/zt/fzjzr/index.html", lambda: _zt(site))
    site.route("/tag/zyfw.html", lambda: _tag(site))
    site.route(
        "/search/index.html?q=青年", lambda: _search(site, "/search/index.html?q=青年", "青年")
    )
    site.route("/video/index.html", lambda: _video(site))
    site.route("/about/index.html", lambda: _about(site))
    site.route("/about/contact.html", lambda: _contact(site))
