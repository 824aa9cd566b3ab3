"""Site 55's non-article pages: the portal's home page; section lists with their own pagination
(``/news/yw/index_2.shtml``, the 区县频道's TRS ``/qxpd/index_1.html`` in GBK, the Big5 list's
``?page=2``, the English ``/en/news/page/4/``); the e-paper's 往期回顾 calendar and its 版面
pages (``/epaper/html/2024-05/08/node_1.htm``); a 专题 landing page; a tag page; a search page;
a reporter's page; a photo gallery list; the 2019 archive; about pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import STAR_NAME
from .templates import BANS, SITE, ep_nodes, footer, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site55

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str, str]] = {
    "xw": (
        lambda n: "/news/yw/index.shtml" if n == 1 else f"/news/yw/index_{n}.shtml",
        5,
        "临江要闻",
        "utf-8",
    ),
    "qx": (
        lambda n: "/qxpd/index.html" if n == 1 else f"/qxpd/index_{n - 1}.html",
        5,
        "区县频道",
        "gbk",
    ),
    "tw": (lambda n: "/big5/xw/" if n == 1 else f"/big5/xw/?page={n}", 6, "臨江要聞", "big5"),
    "en": (lambda n: "/en/news/" if n == 1 else f"/en/news/page/{n}/", 3, "City", "utf-8"),
}


def _shell(
    site: Site55, key: str, title: str, inner: str, charset: str = "utf-8", side: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    lang = {"big5": "zh-Hant", "gbk": "zh-CN"}.get(charset, "zh-CN")
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 180)}</style>\n<script>{filler_js(rng, 'list', 25)}</script>\n<script>{stats_js('l55')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a></div>\n<div class="navbar">{nav()}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right">{side}<div class="box"><h3>点击排行</h3><ul>{hot}</ul></div></div></div>\n'
        f"{footer(2024)}\n</body>\n</html>\n"
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


def _paged(site: Site55, tpl: str) -> None:
    url, per, heading, charset = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            if tpl == "en":
                items = "".join(
                    f'<li><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 110))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                    for b in chunk
                )
            else:
                items = "".join(li(b, "%Y-%m-%d %H:%M") for b in chunk)
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url, tpl != "en")}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}_{SITE}", inner, charset)

        site.route(url(n), render)


def _ep_dates(site: Site55) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.of("ep")):
        out.setdefault(f"{a.when:%Y-%m/%d}", []).append(a)
    return out


def _ep_node(site: Site55, day: str, k: int) -> tuple[bytes, str]:
    arts = [a for a in _ep_dates(site)[day] if a.i % 5 + 1 == k]
    when = _ep_dates(site)[day][0].when
    rng = page_rng(site.seed, f"{day}/{k}")
    areas = "".join(
        f'<area shape="polygon" coords="{rng.randint(10, 300)},{rng.randint(10, 300)},{rng.randint(300, 600)},{rng.randint(10, 300)},{rng.randint(300, 600)},{rng.randint(300, 800)}" href="{a.path.rsplit("/", 1)[-1]}">'
        for a in arts
    )
    items = (
        "".join(
            f'<tr><td><img src="../../../images/dot.gif"> <a href="{a.path.rsplit("/", 1)[-1]}">{esc(a.title)}</a></td></tr>'
            for a in arts
        )
        or "<tr><td>本版暂无文章</td></tr>"
    )
    nodes = ep_nodes(site, when)
    bans = "".join(f'<tr><td><a href="node_{j}.htm">{BANS[j - 1]}</a></td></tr>' for j in nodes)
    at = nodes.index(k)
    charset = "gb2312" if when.year == 2019 else "utf-8"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>临江日报数字报</title>
<style>{css(rng, "node", 200)}</style><script>{filler_js(rng, "epaper", 30)}</script></head>
<body><table width="1000" align="center"><tr><td><img src="../../../images/logo_ljrb.gif"></td><td>{when.year}年{when:%m}月{when:%d}日</td><td><a href="../../../calendar.htm">往期回顾</a> | <a href="/">{SITE}</a></td></tr></table>
<table width="1000" align="center"><tr><td width="520" valign="top"><img src="../../../page/{day}/0{k}/page_b.jpg" usemap="#PagePicMap" width="500"><map name="PagePicMap">{areas}</map></td>
<td valign="top"><table class="ban"><tr><td>{BANS[k - 1]}</td><td><a href="node_{nodes[max(0, at - 1)]}.htm">上一版</a> <a href="node_{nodes[min(len(nodes) - 1, at + 1)]}.htm">下一版</a></td></tr></table>
<table class="list"><tr><td class="tit">本版新闻</td></tr>{items}</table>
<table class="banmian"><tr><td class="tit">版面导航</td></tr>{bans}</table></td></tr></table>
<table width="1000" align="center"><tr><td align="center">临江日报社主办 版权所有</td></tr></table></body></html>
"""
    return served(page, charset)


def _calendar(site: Site55) -> tuple[bytes, str]:
    days = _ep_dates(site)
    by_month: dict[str, list[str]] = {}
    for d in sorted(days):
        by_month.setdefault(d[:7], []).append(d)
    tables = "".join(
        f'<div class="month"><h3>{ym[:4]}年{ym[5:]}月</h3><p>'
        + " ".join(f'<a href="html/{d}/node_1.htm">{d[-2:]}日</a>' for d in ds)
        + "</p></div>"
        for ym, ds in sorted(by_month.items(), reverse=True)
    )
    inner = f'<h2>往期回顾</h2><p class="tip">请选择日期查看当日临江日报。</p>{tables}'
    return _shell(site, "/epaper/calendar.htm", f"往期回顾_临江日报数字报_{SITE}", inner)


def _home(site: Site55) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in [
        ("xw", "临江要闻"),
        ("qx", "区县"),
        ("ep", "临江日报"),
        ("tw", "繁體"),
        ("en", "English"),
    ]:
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        more = FRONTS[tpl][0](1) if tpl in FRONTS else "/epaper/calendar.htm"
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多&gt;&gt;</a></h2><ul>{lst}</ul></div>'
        )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}_临江市重点新闻网站</title>
<meta name="keywords" content="临江,临江新闻,临江日报"><style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.shtml"><input name="keyword"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links"><a href="/zt/2024/csgx/index.shtml">专题：城市更新进行时</a> | <a href="/news/tag/csgx.shtml">标签：城市更新</a> | <a href="/news/reporter/zhouwenbo.shtml">记者风采：{STAR_NAME}</a> | <a href="/photo/index.shtml">图片新闻</a> | <a href="/epaper/calendar.htm">数字报往期回顾</a> | <a href="/news/2019/index.shtml">2019年新闻回顾</a> | <a href="/search/index.shtml?keyword=项目">热搜：项目</a></div>
{footer(2024)}</body></html>"""
    return served(page)


def _zt(site: Site55) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("xw", "qx", "ep") and a.when.year == 2024][:9]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/2024/csgx/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p></div>'
        for k, a in enumerate(arts)
    )
    intro = "城市更新是推动城市高质量发展的重要抓手。今年以来，临江市坚持以人民为中心，统筹推进老旧小区改造、历史街区保护和城市功能完善，一批民生项目相继落地。本专题集中展示全市城市更新的新进展、新成效。"
    inner = f'<div class="zt-banner"><h1>城市更新进行时</h1></div><div class="zt-intro"><p>{intro}</p></div><div class="zt-cards">{cards}</div>'
    return _shell(site, "/zt/2024/csgx/index.shtml", f"城市更新进行时_专题_{SITE}", inner)


def _tag(site: Site55) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("xw", "qx", "ep")][:15]
    inner = f'<h2>标签：城市更新</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/news/tag/csgx.shtml", f"城市更新_标签_{SITE}", inner)


def _search(site: Site55, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<div class="search-bar"><form action="/search/index.shtml"><input name="keyword" value="{esc(word)}"><button>搜索</button></form></div><p>找到相关结果约 {len(hits)} 条</p><ul class="results">{rows}</ul>'
    return _shell(site, key, f"“{word}”的搜索结果_{SITE}", inner)


def _reporter(site: Site55) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if STAR_NAME in a.authors]
    inner = (
        f'<div class="reporter"><img src="/news/reporter/img/zwb.jpg"><h2>{STAR_NAME}</h2><p>临江日报社全媒体记者，主要负责城建、交通领域报道。</p></div>'
        f'<h3>TA的报道</h3><ul class="list">{"".join(li(a, "%Y-%m-%d") for a in arts)}</ul>'
    )
    return _shell(site, "/news/reporter/zhouwenbo.shtml", f"{STAR_NAME}_记者风采_{SITE}", inner)


def _photo(site: Site55) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if any(b.kind == "img" for b in a.blocks)][:16]
    items = "".join(
        f'<li><a href="{a.path}"><img src="{next(b.src for b in a.blocks if b.kind == "img")}"></a><p><a href="{a.path}">{esc(trunc(a.title, 16))}</a></p></li>'
        for a in arts
    )
    inner = f'<h2>图片新闻</h2><ul class="pic-list">{items}</ul>'
    return _shell(site, "/photo/index.shtml", f"图片新闻_{SITE}", inner)


def _archive(site: Site55) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.when.year == 2019 and a.tpl in ("xw", "qx")]
    inner = f'<h2>2019年新闻回顾</h2><ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, "/news/2019/index.shtml", f"2019年新闻回顾_{SITE}", inner)


def _news_front(site: Site55) -> tuple[bytes, str]:
    inner = f'<h2>新闻中心</h2><ul class="list">{"".join(li(a, "%m-%d %H:%M") for a in latest(site.of("xw"))[:8])}</ul><p><a href="/news/yw/index.shtml">更多临江要闻</a></p>'
    return _shell(site, "/news/", f"新闻中心_{SITE}", inner)


STATIC = {
    "/about/": ("关于我们", "临江新闻网是临江市委宣传部主管、临江日报社主办的重点新闻网站。"),
    "/about/contact.shtml": ("联系我们", "新闻热线：0000-12345678　广告热线：0000-87654321"),
    "/about/copyright.shtml": (
        "版权声明",
        "凡本网注明“来源：临江新闻网”的所有作品，版权均属于临江新闻网，未经授权不得转载。",
    ),
    "/about/jubao.shtml": (
        "违法和不良信息举报",
        "举报电话：0000-12312312　举报邮箱：jubao@example.com",
    ),
    "/app/": ("客户端下载", "扫描二维码下载临江新闻客户端。"),
}


def register(site: Site55) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    for day, arts in _ep_dates(site).items():
        for k in ep_nodes(site, arts[0].when):
            site.route(f"/epaper/html/{day}/node_{k}.htm", lambda d=day, k=k: _ep_node(site, d, k))
    site.route("/epaper/calendar.htm", lambda: _calendar(site))
    site.route("/zt/2024/csgx/index.shtml", lambda: _zt(site))
    site.route("/news/tag/csgx.shtml", lambda: _tag(site))
    site.route(
        "/search/index.shtml?keyword=项目",
        lambda: _search(site, "/search/index.shtml?keyword=项目", "项目"),
    )
    site.route("/news/reporter/zhouwenbo.shtml", lambda: _reporter(site))
    site.route("/photo/index.shtml", lambda: _photo(site))
    site.route("/news/2019/index.shtml", lambda: _archive(site))
    site.route("/news/", lambda: _news_front(site))
    for key, (title, text) in STATIC.items():
        site.route(
            key,
            lambda k=key, t=title, x=text: _shell(
                site, k, f"{t}_{SITE}", f"<h2>{t}</h2><p>{esc(x)}</p>"
            ),
        )
