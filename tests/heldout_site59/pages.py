"""Site 59's non-article pages: the home page; section lists with their own pagination (the news
site's ``/news/lzyw/index_2.html``, the evening paper's ``/lzwb/index_2.shtml`` in GBK); the
e-paper's 版面 pages (``/lzrb/html/2024-05/08/node_1.htm``) and its 往期回顾 calendar; the app's
list; the 2019 archive; a 专题 page; a search page; a tag page; a reporter's page; about pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import STAR_NAME
from .templates import BANS, SITE, footer, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site59

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str, str]] = {
    "yun": (
        lambda n: "/news/lzyw/index.html" if n == 1 else f"/news/lzyw/index_{n}.html",
        5,
        "澜州要闻",
        "utf-8",
    ),
    "wb": (
        lambda n: "/lzwb/index.shtml" if n == 1 else f"/lzwb/index_{n}.shtml",
        5,
        "澜州晚报",
        "gbk",
    ),
}


def _shell(
    site: Site59, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 25)}</script>\n<script>{stats_js('l59')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a></div>\n<div class="navbar">{nav()}</div>\n'
        f'<div class="wrap"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点排行</h3><ul>{hot}</ul></div></div></div>\n'
        f"{footer(2024)}\n</body>\n</html>\n"
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


def _paged(site: Site59, tpl: str) -> None:
    url, per, heading, charset = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 70))}</p><span>{b.when:%Y-%m-%d %H:%M}</span></li>'
                for b in chunk
            )
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {heading}</div><h2>{heading}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            suffix = "" if n == 1 else f"_第{n}页"
            return _shell(site, url(n), f"{heading}{suffix}_{SITE}", inner, charset)

        site.route(url(n), render)


def _ep_days(site: Site59) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in sorted(site.of("ep"), key=lambda a: (a.when.date(), a.i)):
        out.setdefault(f"{a.when:%Y-%m/%d}", []).append(a)
    return out


def _ep_node(site: Site59, day: str, k: int) -> tuple[bytes, str]:
    arts = [a for a in _ep_days(site)[day] if a.x["node"] == k]
    when = _ep_days(site)[day][0].when
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
        or "<tr><td>本版为广告版</td></tr>"
    )
    bans = "".join(
        f'<tr><td><a href="node_{j}.htm">{esc(n)}</a></td></tr>' for j, n in enumerate(BANS, 1)
    )
    prev, nxt = max(1, k - 1), min(len(BANS), k + 1)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>澜州日报数字报</title>
<style>{css(rng, "node", 200)}</style><script>{filler_js(rng, "epaper", 30)}</script></head>
<body><table width="1000" align="center"><tr><td><img src="../../../images/logo_lzrb.gif"></td><td>{when.year}年{when:%m}月{when:%d}日</td><td><a href="../../calendar.htm">往期回顾</a> | <a href="/">{SITE}</a></td></tr></table>
<table width="1000" align="center"><tr><td width="520" valign="top"><img src="../../../page/{day}/0{k}/page_b.jpg" usemap="#PagePicMap" width="500"><map name="PagePicMap">{areas}</map></td>
<td valign="top"><table class="ban"><tr><td>{esc(BANS[k - 1])}</td><td><a href="node_{prev}.htm">上一版</a> <a href="node_{nxt}.htm">下一版</a></td></tr><tr><td colspan="2">本版编辑：{esc(site.arts[k].x["nm"][4])}</td></tr></table>
<table class="list"><tr><td class="tit">本版新闻</td></tr>{items}</table>
<table class="banmian"><tr><td class="tit">版面导航</td></tr>{bans}</table></td></tr></table>
<table width="1000" align="center"><tr><td align="center">澜州日报社主办 版权所有</td></tr></table></body></html>
"""
    return served(page)


def _calendar(site: Site59) -> tuple[bytes, str]:
    days = _ep_days(site)
    cells = []
    for d in range(1, 32):
        key = f"2024-05/{d:02d}"
        cells.append(
            f'<td><a href="{key}/node_1.htm">{d}</a></td>' if key in days else f"<td>{d}</td>"
        )
        if d % 7 == 0:
            cells.append("</tr><tr>")
    inner = f'<h2>澜州日报 往期回顾</h2><p>2024年5月</p><table class="cal"><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr><tr>{"".join(cells)}</tr></table>'
    return _shell(site, "/lzrb/html/calendar.htm", "往期回顾_澜州日报数字报", inner)


def _list(
    site: Site59, key: str, title: str, arts: list[Art], intro: str = ""
) -> tuple[bytes, str]:
    items = "".join(li(b, "%Y-%m-%d %H:%M") for b in arts)
    inner = f'<div class="crumb"><a href="/">首页</a> &gt; {esc(title)}</div><h2>{esc(title)}</h2>{intro}<ul class="list">{items}</ul>'
    return _shell(site, key, f"{title}_{SITE}", inner)


def _home(site: Site59) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    labels = {
        "yun": ("澜州要闻", "/news/lzyw/index.html"),
        "wb": ("澜州晚报", "/lzwb/index.shtml"),
        "app": ("澜州+", "/h5/list.html"),
    }
    boxes = [
        f'<div class="box"><h2><a href="{u}">{t}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:8])}</ul><a class="more" href="{u}">更多&gt;&gt;</a></div>'
        for tpl, (t, u) in labels.items()
    ]
    ep = latest(site.of("ep"))[0]
    boxes.append(
        f'<div class="box"><h2>澜州日报</h2><p><a href="/lzrb/html/{ep.when:%Y-%m/%d}/node_1.htm">今日数字报</a> <a href="/lzrb/html/calendar.htm">往期回顾</a></p></div>'
    )
    boxes.append(
        '<div class="box"><h2>专题</h2><p><a href="/zt/2024/wmcj/index.html">文明城市创建进行时</a></p>'
        f'<p><a href="/tag/chengshigengxin.html">城市更新</a> <a href="/reporter/xuxiaoyan.html">名记者：{STAR_NAME}</a> <a href="/search/index.html?q=澜州">搜索</a> <a href="/news/2019/index.html">往年新闻</a></p></div>'
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>{SITE}_澜州日报社主办</title>
<style>{css(rng, "home", 260)}</style><script>{filler_js(rng, "home", 40)}</script><script>{stats_js("h59")}</script></head>
<body><div class="header"><a href="/" class="logo">{SITE}</a></div><div class="navbar">{nav()}</div>
<div class="wrap">{"".join(boxes)}</div>
{footer(2024)}</body></html>
"""
    return served(page)


STATIC = {
    "/about/index.html": (
        "关于我们",
        "澜州新闻网是澜州日报社主办的新闻网站，是澜州市重点新闻网站。",
    ),
    "/about/contact.html": ("联系我们", "地址：澜州市澜江区报业大厦。新闻热线：0000-00000000。"),
    "/about/copyright.html": (
        "版权声明",
        "凡本网注明来源为澜州日报社各媒体的作品，版权均属澜州日报社所有。",
    ),
    "/about/jubao.html": (
        "违法和不良信息举报",
        "举报电话：0000-00000000，举报邮箱：jubao@lzxww.cn。",
    ),
    "/h5/download.html": (
        "下载澜州+客户端",
        "澜州+，澜州人的新闻客户端。支持 iOS 与安卓，扫码即可下载。",
    ),
}


def register(site: Site59) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    days = _ep_days(site)
    for day in days:
        for k in range(1, len(BANS) + 1):
            site.route(f"/lzrb/html/{day}/node_{k}.htm", lambda d=day, k=k: _ep_node(site, d, k))
    site.route("/lzrb/html/calendar.htm", lambda: _calendar(site))
    site.route(
        "/news/shms/index.html",
        lambda: _list(site, "/news/shms/index.html", "社会民生", latest(site.of("wb"))[:8]),
    )
    site.route(
        "/h5/list.html",
        lambda: _list(site, "/h5/list.html", "澜州+客户端", latest(site.of("app"))),
    )
    site.route(
        "/news/2019/index.html",
        lambda: _list(site, "/news/2019/index.html", "往年新闻（2019）", latest(site.of("old"))),
    )
    zt = [a for a in site.arts if a.tpl in ("yun", "old")][::2]
    site.route(
        "/zt/2024/wmcj/index.html",
        lambda: _list(
            site,
            "/zt/2024/wmcj/index.html",
            "文明城市创建进行时",
            zt,
            '<div class="zt-intro"><img src="/zt/2024/wmcj/banner.jpg"><p>全国文明城市创建，澜州在行动。</p></div>',
        ),
    )
    tag = [a for a in site.arts if a.x["ctx"]["topic"] in ("城市更新", "文明城市创建", "城市建设")]
    site.route(
        "/tag/chengshigengxin.html",
        lambda: _list(site, "/tag/chengshigengxin.html", "标签：城市更新", tag or site.arts[:5]),
    )
    star = [a for a in site.arts if a.x["nm"][0] == STAR_NAME]
    site.route(
        "/reporter/xuxiaoyan.html",
        lambda: _list(
            site,
            "/reporter/xuxiaoyan.html",
            f"记者 {STAR_NAME}",
            star,
            f'<div class="rp"><img src="/reporter/photo/xxy.jpg"><p>{STAR_NAME}，澜州日报社记者，主要跑城建、交通条线。</p></div>',
        ),
    )
    hits = [a for a in site.arts if "澜州" in a.title]
    site.route(
        "/search/index.html?q=澜州",
        lambda: _list(
            site,
            "/search/index.html?q=澜州",
            "搜索：澜州",
            hits,
            f"<p>共找到 {len(hits)} 条结果</p>",
        ),
    )
    for key, (title, text) in STATIC.items():
        site.route(
            key,
            lambda k=key, t=title, x=text: _shell(
                site, k, f"{t}_{SITE}", f"<h2>{t}</h2><p>{esc(x)}</p>"
            ),
        )
