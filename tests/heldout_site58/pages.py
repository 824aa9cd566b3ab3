"""Site 58's non-article pages: the 区政府网 home page; section lists with their own pagination
(TRS ``/xwzx/qxyw/index_1.html`` … ``index_3.html``, the 街道 channel's DedeCMS
``/jdpd/list_5_2.html`` in GBK, the 融媒体 ``/rmtzx/news/page/4/``, the Big5 mirror's list, the
English ``/en/news/page/2/``); the 融媒体 往期回顾 calendar and its day pages; a 专题 page; a tag
page; a search page; 领导之窗 and a leader's page; the 政府信息公开 directory; a video list."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import GATE, SITE, gov_footer, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site58

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str, str]] = {
    "zf": (
        lambda n: "/xwzx/qxyw/index.html" if n == 1 else f"/xwzx/qxyw/index_{n - 1}.html",
        3,
        "清河要闻",
        "utf-8",
    ),
    "jd": (lambda n: f"/jdpd/list_5_{n}.html", 4, "街道动态", "gbk"),
    "rm": (
        lambda n: "/rmtzx/news/" if n == 1 else f"/rmtzx/news/page/{n}/",
        3,
        "清河新闻",
        "utf-8",
    ),
    "tw": (
        lambda n: (
            f"{GATE}/xwzx/bmdt/index.html" if n == 1 else f"{GATE}/xwzx/bmdt/index_{n - 1}.html"
        ),
        4,
        "部門動態",
        "big5",
    ),
    "en": (lambda n: "/en/news/" if n == 1 else f"/en/news/page/{n}/", 6, "News", "utf-8"),
}


def _shell(
    site: Site58, key: str, title: str, inner: str, charset: str = "utf-8", tpl: str = "zf"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = site.of(tpl) if tpl in ("tw", "en") else site.arts
    hot = "".join(li(b, "%m-%d") for b in rng.sample(pool, 8))
    label = {"tw": "點擊排行", "en": "Most Read"}.get(tpl, "点击排行")
    lang = {"big5": "zh-Hant"}.get(charset, "en" if tpl == "en" else "zh-CN")
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l58')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a></div>\n<div class="navbar">{nav()}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>{label}</h3><ul>{hot}</ul></div></div></div>\n'
        f"{gov_footer(2024)}\n</body>\n</html>\n"
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url, zh: bool = True) -> str:
    words = ("首页", "上一页", "下一页", "尾页") if zh else ("First", "Prev", "Next", "Last")
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">{words[0]}</a><a href="{url(n - 1)}">{words[1]}</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">{words[2]}</a><a href="{url(pages)}">{words[3]}</a>')
    return f'<div class="page">{"".join(out)}</div>'


def _paged(site: Site58, tpl: str) -> None:
    url, per, heading, charset = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            if tpl in ("en", "rm"):
                items = "".join(
                    f'<li><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 90))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                    for b in chunk
                )
            else:
                items = "".join(li(b, "%Y-%m-%d") for b in chunk)
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url, tpl != "en")}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}-{SITE}", inner, charset, tpl)

        site.route(url(n), render)


def _days(site: Site58) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.arts):
        if a.tpl in ("rm", "zf"):
            out.setdefault(f"{a.when:%Y-%m-%d}", []).append(a)
    return out


def _calendar(site: Site58) -> tuple[bytes, str]:
    days = _days(site)
    by_month: dict[str, list[str]] = {}
    for d in sorted(days):
        by_month.setdefault(d[:7], []).append(d)
    tables = "".join(
        f'<div class="month"><h3>{ym[:4]}年{ym[5:]}月</h3><p>'
        + " ".join(f'<a href="/rmtzx/calendar/{d}.html">{d[-2:]}日</a>' for d in ds)
        + "</p></div>"
        for ym, ds in sorted(by_month.items(), reverse=True)
    )
    inner = f'<h2>往期回顾</h2><p class="tip">请选择日期查看当日新闻。</p>{tables}'
    return _shell(site, "/rmtzx/calendar/index.html", f"往期回顾-{SITE}", inner)


def _day(site: Site58, day: str) -> tuple[bytes, str]:
    items = "".join(li(a, "%H:%M") for a in _days(site)[day])
    inner = f'<h2>{day[:4]}年{day[5:7]}月{day[8:]}日 新闻</h2><ul class="list">{items}</ul><p><a href="/rmtzx/calendar/index.html">返回往期回顾</a></p>'
    return _shell(site, f"/rmtzx/calendar/{day}.html", f"{day}新闻-{SITE}", inner)


def _home(site: Site58) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in [
        ("zf", "清河要闻"),
        ("jd", "街道动态"),
        ("rm", "融媒体中心"),
        ("tw", "繁體"),
        ("en", "English"),
    ]:
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        more = FRONTS[tpl][0](1)
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    links = [
        ("/zt/2024/kcqh/index.html", "专题：科创清河 产城融合"),
        ("/rmtzx/tag/csgx.html", "标签：城市更新"),
        ("/search/index.html?q=清河", "站内搜索：清河"),
        ("/zwgk/ldzc/index.html", "领导之窗"),
        ("/zwgk/ldzc/qz.html", "区长"),
        ("/xxgk/index.html", "政府信息公开目录"),
        ("/rmtzx/video/index.html", "视频新闻"),
        ("/rmtzx/calendar/index.html", "往期回顾"),
    ]
    more = " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.qinghe.gov.cn"><meta name="SiteIDCode" content="0000000000">
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{more}</div>
{gov_footer(2024)}</body></html>"""
    return served(page)


def _zt(site: Site58) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("zf", "rm") and a.when.year == 2024][:9]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/2024/kcqh/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    intro = "科技创新是推动区域高质量发展的第一动力。近年来，清河区坚持产城融合发展思路，加快建设科创走廊，集聚一批高新技术企业和创新平台。本专题集中展示全区科技创新与城市建设的新进展、新成效。"
    inner = f'<div class="zt-banner"><h1>科创清河 产城融合</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, "/zt/2024/kcqh/index.html", f"科创清河 产城融合-专题专栏-{SITE}", inner)


def _tag(site: Site58) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("zf", "jd", "rm")][:15]
    inner = f'<h2>标签：城市更新</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/rmtzx/tag/csgx.html", f"城市更新-{SITE}", inner)


def _search(site: Site58, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.html"><input name="q" value="{esc(word)}"><button>搜索</button></form></div><p>共找到 {len(hits)} 条结果</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"搜索结果-{SITE}", inner)


LEADERS = [
    ("qsj", "区委书记", "张国栋"),
    ("qz", "区长", "李建新"),
    ("fqz1", "副区长", "王海燕"),
    ("fqz2", "副区长", "陈立军"),
]


def _leaders(site: Site58) -> tuple[bytes, str]:
    cards = "".join(
        f'<li><a href="/zwgk/ldzc/{k}.html"><img src="/zwgk/ldzc/img/{k}.jpg"><p>{n}</p><span>{t}</span></a></li>'
        for k, t, n in LEADERS
    )
    return _shell(
        site,
        "/zwgk/ldzc/index.html",
        f"领导之窗-{SITE}",
        f'<h2>领导之窗</h2><ul class="leaders">{cards}</ul>',
    )


def _leader(site: Site58) -> tuple[bytes, str]:
    bio = (
        "李建新，男，汉族，1972年10月生，研究生学历，管理学博士，中共党员。",
        "现任滨海市清河区委副书记，区人民政府区长、党组书记。",
        "曾任滨海市发展和改革委员会副主任，滨海市东湖区委常委、常务副区长等职。",
    )
    duty = "领导区人民政府全面工作。负责审计、机构编制方面工作。分管区审计局。"
    inner = (
        '<div class="leader"><img src="/zwgk/ldzc/img/qz.jpg" alt="李建新"><h2>李建新</h2><p class="post">区委副书记、区长</p></div>'
        + "".join(f"<p>{esc(x)}</p>" for x in bio)
        + f"<h3>工作分工</h3><p>{duty}</p>"
    )
    return _shell(site, "/zwgk/ldzc/qz.html", f"李建新-领导之窗-{SITE}", inner)


XXGK = [
    ("机构职能", "/xxgk/jgzn/"),
    ("政策文件", "/xxgk/zcwj/"),
    ("规划计划", "/xxgk/ghjh/"),
    ("财政资金", "/xxgk/czzj/"),
    ("人事信息", "/xxgk/rsxx/"),
    ("重大项目", "/xxgk/zdxm/"),
    ("政府信息公开年报", "/xxgk/ndbg/"),
    ("依申请公开", "/xxgk/ysqgk/"),
]


def _xxgk(site: Site58) -> tuple[bytes, str]:
    rows = "".join(
        f"<tr><td>{k + 1}</td><td>{esc(t)}</td><td>{u}</td><td>{10 + 7 * k}条</td></tr>"
        for k, (t, u) in enumerate(XXGK)
    )
    inner = (
        "<h2>清河区人民政府信息公开目录</h2><p>根据《中华人民共和国政府信息公开条例》，编制本目录。</p>"
        f'<table class="xxgk"><tr><th>序号</th><th>类别</th><th>栏目</th><th>信息数</th></tr>{rows}</table>'
        "<p>索引号：000000000/2024-00001　发布机构：清河区人民政府办公室</p>"
    )
    return _shell(site, "/xxgk/index.html", f"政府信息公开-{SITE}", inner)


def _video(site: Site58) -> tuple[bytes, str]:
    shows = ["清河新闻联播", "直通街道", "清河有约", "政策一点通", "清河好人"]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/rmtzx/video/{k}.mp4"><img src="/rmtzx/video/img/{k}.jpg"></a><p>{s}　2024-05-{k + 2:02d}</p><span>时长 0{k + 2}:{10 + k * 7}</span></li>'
        for k, s in enumerate(shows)
    )
    return _shell(
        site,
        "/rmtzx/video/index.html",
        f"视频新闻-{SITE}",
        f'<h2>视频新闻</h2><ul class="video-list">{items}</ul>',
    )


def register(site: Site58) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/rmtzx/calendar/index.html", lambda: _calendar(site))
    for day in _days(site):
        site.route(f"/rmtzx/calendar/{day}.html", lambda d=day: _day(site, d))
    site.route("/zt/2024/kcqh/index.html", lambda: _zt(site))
    site.route("/rmtzx/tag/csgx.html", lambda: _tag(site))
    site.route(
        "/search/index.html?q=清河", lambda: _search(site, "/search/index.html?q=清河", "清河")
    )
    site.route("/zwgk/ldzc/index.html", lambda: _leaders(site))
    site.route("/zwgk/ldzc/qz.html", lambda: _leader(site))
    site.route("/xxgk/index.html", lambda: _xxgk(site))
    site.route("/rmtzx/video/index.html", lambda: _video(site))
