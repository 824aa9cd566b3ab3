"""Site 61's non-article pages: the 盟行政公署 home page; section lists with their own pagination
(TRS ``/xwzx/myw/index_1.html``, the 旗县之窗's DedeCMS ``/qxzc/list_8_2.html`` in GBK, the 草原云
list ``/cyy/share/list/page/2/``, the 蒙古文 edition's list, the 农牧厅's 信息公开 list); a 专题
page; a search page; 领导之窗 and a leader's page; the 农牧厅's 信息公开 directory; a video list;
an about/contact page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import SITE, gov_footer, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site61

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str, str]] = {
    "mg": (
        lambda n: "/xwzx/myw/index.html" if n == 1 else f"/xwzx/myw/index_{n - 1}.html",
        4,
        "盟内要闻",
        "utf-8",
    ),
    "qx": (lambda n: f"/qxzc/list_8_{n}.html", 4, "旗县之窗", "gbk"),
    "cy": (
        lambda n: "/cyy/share/list/" if n == 1 else f"/cyy/share/list/page/{n}/",
        6,
        "草原云·锡林郭勒",
        "utf-8",
    ),
    "mw": (
        lambda n: "/mgl/xwzx/index.html" if n == 1 else f"/mgl/xwzx/index_{n - 1}.html",
        6,
        "ᠮᠡᠳᠡᠭᠡ",
        "utf-8",
    ),
    "nm": (
        lambda n: (
            "/nmt/xxgk/zfxxgk/fdzdgknr/index.html"
            if n == 1
            else f"/nmt/xxgk/zfxxgk/fdzdgknr/index_{n - 1}.html"
        ),
        4,
        "工作动态",
        "utf-8",
    ),
}


def _shell(
    site: Site61, key: str, title: str, inner: str, charset: str = "utf-8", tpl: str = "mg"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = site.of("mw") if tpl == "mw" else [a for a in site.arts if a.tpl != "mw"]
    hot = "".join(li(b, "%m-%d") for b in rng.sample(pool, 8))
    label = "ᠣᠯᠠᠨ ᠤᠩᠰᠢᠭᠰᠠᠨ" if tpl == "mw" else "点击排行"
    lang = "mn-Mong" if tpl == "mw" else "zh-CN"
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l61')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a></div>\n<div class="navbar">{nav()}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>{label}</h3><ul>{hot}</ul></div></div></div>\n'
        f"{gov_footer(2024)}\n</body>\n</html>\n"
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{"".join(out)}</div>'


def _paged(site: Site61, tpl: str) -> None:
    url, per, heading, charset = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            if tpl in ("cy", "mw"):
                items = "".join(
                    f'<li><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 90))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                    for b in chunk
                )
            else:
                items = "".join(li(b, "%Y-%m-%d") for b in chunk)
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}-{SITE}", inner, charset, tpl)

        site.route(url(n), render)


def _home(site: Site61) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in [
        ("mg", "盟内要闻"),
        ("qx", "旗县之窗"),
        ("cy", "草原云"),
        ("mw", "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠪᠯᠡᠯ"),
        ("nm", "农牧动态"),
    ]:
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        more = FRONTS[tpl][0](1)
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    links = [
        ("/zt/2024/mztj/index.html", "专题：铸牢中华民族共同体意识"),
        ("/search/index.html?q=草原", "站内搜索：草原"),
        ("/zwgk/ldzc/index.html", "领导之窗"),
        ("/zwgk/ldzc/mz.html", "盟长"),
        ("/nmt/xxgk/index.html", "农牧厅政府信息公开"),
        ("/spxw/index.html", "视频新闻"),
        ("/gywm/index.html", "关于我们"),
    ]
    more = " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.xlgl.gov.cn"><meta name="SiteIDCode" content="1525000001">
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{more}</div>
{gov_footer(2024)}</body></html>"""
    return served(page)


def _zt(site: Site61) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("mg", "cy") and a.when.year == 2024][:9]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/2024/mztj/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    intro = "锡林郭勒盟坚持以铸牢中华民族共同体意识为主线，深入开展民族团结进步创建，推动各民族共同团结奋斗、共同繁荣发展。本专题集中展示全盟民族团结进步事业的新进展、新成效。"
    inner = f'<div class="zt-banner"><h1>铸牢中华民族共同体意识</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(
        site, "/zt/2024/mztj/index.html", f"铸牢中华民族共同体意识-专题专栏-{SITE}", inner
    )


def _search(site: Site61, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.html"><input name="q" value="{esc(word)}"><button>搜索</button></form></div><p>共找到 {len(hits)} 条结果</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"搜索结果-{SITE}", inner)


LEADERS = [
    ("mz", "盟长", "阿拉坦仓"),
    ("fmz1", "副盟长", "王建军"),
    ("fmz2", "副盟长", "其其格"),
    ("fmz3", "副盟长", "刘志强"),
]


def _leaders(site: Site61) -> tuple[bytes, str]:
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


def _leader(site: Site61) -> tuple[bytes, str]:
    bio = (
        "阿拉坦仓，男，蒙古族，1971年8月生，大学学历，中共党员。",
        "现任锡林郭勒盟委副书记，盟行政公署盟长、党组书记。",
        "曾任锡林浩特市委书记，锡林郭勒盟行政公署副盟长等职。",
    )
    duty = "主持盟行政公署全面工作。负责审计、机构编制方面工作。分管盟审计局。"
    inner = (
        '<div class="leader"><img src="/zwgk/ldzc/img/mz.jpg" alt="阿拉坦仓"><h2>阿拉坦仓</h2><p class="post">盟委副书记、盟长</p></div>'
        + "".join(f"<p>{esc(x)}</p>" for x in bio)
        + f"<h3>工作分工</h3><p>{duty}</p>"
    )
    return _shell(site, "/zwgk/ldzc/mz.html", f"阿拉坦仓-领导之窗-{SITE}", inner)


XXGK = [
    ("机构信息", "/nmt/xxgk/jgxx/"),
    ("政策文件", "/nmt/xxgk/zcwj/"),
    ("规划计划", "/nmt/xxgk/ghjh/"),
    ("财政信息", "/nmt/xxgk/czxx/"),
    ("工作动态", "/nmt/xxgk/zfxxgk/fdzdgknr/"),
    ("强农惠农政策", "/nmt/xxgk/qnhn/"),
    ("政府信息公开年报", "/nmt/xxgk/ndbg/"),
    ("依申请公开", "/nmt/xxgk/ysqgk/"),
]


def _xxgk(site: Site61) -> tuple[bytes, str]:
    rows = "".join(
        f"<tr><td>{k + 1}</td><td>{esc(t)}</td><td>{u}</td><td>{10 + 7 * k}条</td></tr>"
        for k, (t, u) in enumerate(XXGK)
    )
    inner = (
        "<h2>内蒙古自治区农牧厅政府信息公开目录</h2><p>根据《中华人民共和国政府信息公开条例》，编制本目录。</p>"
        f'<table class="xxgk"><tr><th>序号</th><th>类别</th><th>栏目</th><th>信息数</th></tr>{rows}</table>'
        '<p><a href="/nmt/xxgk/zfxxgk/fdzdgknr/index.html">工作动态</a>　索引号：11150000011510000X/2024-00001　发布机构：内蒙古自治区农牧厅</p>'
    )
    return _shell(site, "/nmt/xxgk/index.html", f"政府信息公开-{SITE}", inner)


def _video(site: Site61) -> tuple[bytes, str]:
    shows = ["锡林郭勒新闻", "草原在线", "乌兰牧骑在基层", "政策一点通", "锡林郭勒好人"]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/spxw/{k}.mp4"><img src="/spxw/img/{k}.jpg"></a><p>{s}　2024-05-{k + 2:02d}</p><span>时长 0{k + 2}:{10 + k * 7}</span></li>'
        for k, s in enumerate(shows)
    )
    return _shell(
        site,
        "/spxw/index.html",
        f"视频新闻-{SITE}",
        f'<h2>视频新闻</h2><ul class="video-list">{items}</ul>',
    )


def _about(site: Site61) -> tuple[bytes, str]:
    inner = (
        "<h2>关于我们</h2><p>锡林郭勒盟行政公署门户网站是锡林郭勒盟行政公署在互联网上发布政务信息和提供在线服务的综合平台。</p>"
        "<h3>联系我们</h3><p>地址：内蒙古自治区锡林浩特市</p><p>邮编：026000　电话：0479-0000000</p><p>电子邮箱：xlglzfw@example.gov.cn</p>"
    )
    return _shell(site, "/gywm/index.html", f"关于我们-{SITE}", inner)


def register(site: Site61) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/zt/2024/mztj/index.html", lambda: _zt(site))
    site.route(
        "/search/index.html?q=草原", lambda: _search(site, "/search/index.html?q=草原", "草原")
    )
    site.route("/zwgk/ldzc/index.html", lambda: _leaders(site))
    site.route("/zwgk/ldzc/mz.html", lambda: _leader(site))
    site.route("/nmt/xxgk/index.html", lambda: _xxgk(site))
    site.route("/spxw/index.html", lambda: _video(site))
    site.route("/gywm/index.html", lambda: _about(site))
