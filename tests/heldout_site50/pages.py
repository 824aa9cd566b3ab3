"""Site 50's non-article pages: the home page; each broadcaster's section fronts with its own
pagination (the 索贝 CMS's ``/xwzx/bdxw/index_2.html``, the 网络台's ``?page=2``, 动易's
``ShowClass.asp?ClassID=1&page=2`` in GBK, the radio's TRS-style ``index_1.html``, the 微视频
list's ``list.html?page=2``); a tag page, a search page, a special topic, the live page, the
video on-demand index, the radio schedule, a 乡镇动态 list, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site50

PER = {"sb": 5, "wl": 5, "xd": 4, "gb": 5, "ws": 6}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "sb": lambda n: "/xwzx/bdxw/" if n == 1 else f"/xwzx/bdxw/index_{n}.html",
    "wl": lambda n: "/xinwen/shengnei/" if n == 1 else f"/xinwen/shengnei/?page={n}",
    "xd": lambda n: (
        "/Article/ShowClass.asp?ClassID=1"
        if n == 1
        else f"/Article/ShowClass.asp?ClassID=1&page={n}"
    ),
    "gb": lambda n: "/gbxw/xwzgf/" if n == 1 else f"/gbxw/xwzgf/index_{n - 1}.html",
    "ws": lambda n: "/wsp/" if n == 1 else f"/wsp/list.html?page={n}",
}


def _shell(
    site: Site50, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if charset == "gbk" else charset}">'
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l50' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a><div class="nav"><a href="/">首页</a><a href="/xwzx/bdxw/">泉视新闻</a><a href="/wsp/">微视频</a><a href="/gbxw/xwzgf/">广播</a><a href="/live/">直播</a><a href="/video/">点播</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热门</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
    )
    if charset == "gbk":
        return served(page, "gbk", header=False)
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">尾页</a>')
    return f'<div class="pages">{"".join(out)}<span>共{pages}页</span></div>'


def _paged(site: Site50, tpl: str, heading: str, charset: str = "utf-8") -> None:
    arts = latest(site.of(tpl))
    url = FRONTS[tpl]
    per = PER[tpl]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(li(b, "%Y-%m-%d %H:%M" if tpl != "xd" else "%Y-%m-%d") for b in chunk)
            inner = f'<div class="place">当前位置：<a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(
                site,
                tpl,
                url(n),
                f"{heading}{'' if n == 1 else f'_第{n}页'}_{LABELS[tpl]}",
                inner,
                charset,
            )

        site.route(url(n), render)


HEADINGS = {
    "sb": "本地新闻",
    "wl": "省内新闻",
    "xd": "本台新闻",
    "gb": "新闻早高峰",
    "ws": "微视频",
}


def _home(site: Site50) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{esc(FRONTS[t](1))}">{HEADINGS[t]}</a><a class="more" href="{esc(FRONTS[t](1))}">更多&gt;&gt;</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:5])}</ul></div>'
        for t in LABELS
    )
    links = " | ".join(
        f'<a href="{esc(p)}">{t}</a>'
        for p, t in [
            ("/live/", "直播"),
            ("/video/", "点播"),
            ("/zt/2024wuyi/", "专题：2024五一假期"),
            ("/tag/chengshigengxin/", "城市更新"),
            ("/search/?keyword=交通", "搜索"),
            ("/gbxw/jmd.html", "广播节目单"),
            ("/Article/ShowClass.asp?ClassID=2", "乡镇动态"),
        ]
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>泉州湾广播电视台 - 泉视网</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>泉州湾广播电视台</h1><div class="nav">{links}</div></div><div class="main">{boxes}</div>
<div class="footer"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></div></body></html>"""
    return served(page)


def _list(
    site: Site50,
    tpl: str,
    key: str,
    title: str,
    arts: list[Art],
    charset: str = "utf-8",
    extra: str = "",
) -> tuple[bytes, str]:
    inner = f'<h2>{esc(title)}</h2>{extra}<ul class="list">{"".join(li(a, "%Y-%m-%d") for a in arts)}</ul>'
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner, charset)


def register(site: Site50) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in HEADINGS.items():
        _paged(site, tpl, heading, "gbk" if tpl == "xd" else "utf-8")
    sb, ws, xd, gb = site.of("sb"), site.of("ws"), site.of("xd"), site.of("gb")
    site.route(
        "/tag/chengshigengxin/",
        lambda: _list(
            site,
            "sb",
            "/tag/chengshigengxin/",
            "标签：城市更新",
            latest([a for a in sb if a.i % 2 == 0]),
        ),
    )
    hits = [a for a in gb if "交通" in a.title + a.body] or latest(gb)[:4]
    site.route(
        "/search/?keyword=交通",
        lambda: _list(
            site,
            "gb",
            "/search/?keyword=交通",
            "搜索结果",
            hits,
            extra=f'<div class="info">搜索“交通”，共找到 {len(hits)} 条结果</div>',
        ),
    )
    site.route(
        "/zt/2024wuyi/",
        lambda: _list(
            site,
            "sb",
            "/zt/2024wuyi/",
            "专题：2024五一假期",
            latest([a for a in site.arts if a.when.year == 2024 and a.when.day <= 9]),
            extra='<div class="zt-banner"><img src="/zt/2024wuyi/banner.jpg" alt="五一假期"></div><p class="zt-intro">关注假期里的城市与乡村。</p>',
        ),
    )
    site.route(
        "/live/",
        lambda: _list(
            site,
            "sb",
            "/live/",
            "直播",
            latest(ws)[:4],
            extra='<div class="live-player"><video src="https://live.qzwtv.example/zhpd/index.m3u8" controls></video></div><ul class="channels"><li>综合频道</li><li>新闻频道</li><li>FM93.1新闻广播</li></ul>',
        ),
    )
    site.route(
        "/video/",
        lambda: _list(
            site,
            "sb",
            "/video/",
            "视频点播",
            latest(sb + ws)[:12],
            extra='<div class="columns"><a href="/xwzx/bdxw/">泉视新闻</a> <a href="/wsp/">微视频</a></div>',
        ),
    )
    site.route(
        "/gbxw/jmd.html",
        lambda: _list(
            site,
            "gb",
            "/gbxw/jmd.html",
            "节目单",
            latest(gb)[:3],
            extra='<table class="sched"><tr><td>06:30</td><td>新闻早高峰</td></tr><tr><td>12:00</td><td>午间新闻</td></tr><tr><td>17:00</td><td>交通晚高峰</td></tr></table>',
        ),
    )
    site.route(
        "/Article/ShowClass.asp?ClassID=2",
        lambda: _list(
            site,
            "xd",
            "/Article/ShowClass.asp?ClassID=2",
            "乡镇动态",
            latest([a for a in xd if "镇" in a.title or "乡" in a.title or "村" in a.title]),
            "gbk",
        ),
    )
    for key, title, text in [
        (
            "/about/",
            "关于我们",
            "泉州湾广播电视台是市委、市政府直属的综合性广播电视媒体，开办综合、新闻两个电视频道和新闻广播、交通广播两套广播节目。",
        ),
        (
            "/about/contact.html",
            "联系我们",
            "新闻热线：0595-9310000　地址：泉州湾市广电路1号　邮编：362000",
        ),
    ]:
        site.route(
            key,
            lambda k=key, t=title, x=text: _shell(
                site, "sb", k, f"{t}_{LABELS['sb']}", f"<h2>{t}</h2><p>{esc(x)}</p>"
            ),
        )
