"""Site 53's non-article pages: the home page; each template's section front with its own
pagination (东方网 ``/c/guonei/index_2.html``, 搜狐城市 ``/city/zhengzhou/?page=2``, the SEO site's
``/news/list_2.html``, the 头条 account's ``/c/user/3842195521/?page=2``, the 2019 GBK
``/eastday/13news/auto/news/china/index_1.html``); the SEO site's tag pages, search page and
special topic; a 东方网 专题; about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .pools import TAGS
from .templates import LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site53

PER = {"df": 5, "sh": 4, "seo": 5, "tt": 6, "old": 5}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "df": lambda n: "/c/guonei/" if n == 1 else f"/c/guonei/index_{n}.html",
    "sh": lambda n: "/city/zhengzhou/" if n == 1 else f"/city/zhengzhou/?page={n}",
    "seo": lambda n: "/news/" if n == 1 else f"/news/list_{n}.html",
    "tt": lambda n: "/c/user/3842195521/" if n == 1 else f"/c/user/3842195521/?page={n}",
    "old": lambda n: (
        "/eastday/13news/auto/news/china/index.html"
        if n == 1
        else f"/eastday/13news/auto/news/china/index_{n - 1}.html"
    ),
}


def _shell(
    site: Site53, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if charset == "gbk" else charset}">'
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l53' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热门</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
    )
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


def _paged(site: Site53, tpl: str, heading: str, url: Url, charset: str = "utf-8") -> None:
    arts = latest(site.of(tpl))
    per = PER[tpl]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(li(b, "%Y-%m-%d %H:%M") for b in chunk)
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


def _home(site: Site53) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{FRONTS[t](1)}">{label}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:5])}</ul><a class="more" href="{FRONTS[t](1)}">更多&gt;&gt;</a></div>'
        for t, label in LABELS.items()
    )
    tags = "".join(f'<a href="/tags/{k + 1}.html">{w}</a>' for k, w in enumerate(TAGS))
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>资讯聚合 - 转载新闻 热点 民生</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>资讯聚合</h1><form action="/search.php"><input name="q"><button>搜索</button></form></div><div class="main">{boxes}</div>
<div class="links"><a href="/topic/fanzha/">专题：防范电信诈骗</a> | <a href="/special/">民生专题</a> | <a href="/search.php?q=交警">搜索：交警</a> | <a href="/tags/">标签</a></div>
<div class="tagcloud">{tags}</div>
<div class="footer"><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a></div></body></html>"""
    return served(page)


def _tag(site: Site53, k: int) -> tuple[bytes, str]:
    w = TAGS[k]
    hits = [a for a in site.arts if w in a.body] or latest(site.of("seo"))[:5]
    inner = f'<h2>标签：{esc(w)}</h2><p class="tag-desc">关于“{esc(w)}”的最新资讯</p><ul class="list">{"".join(li(a) for a in latest(hits)[:20])}</ul>'
    return _shell(site, "seo", f"/tags/{k + 1}.html", f"{w}_{w}最新消息_民生资讯网", inner)


def _search(site: Site53, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if word in a.title + a.body] or latest(site.of("seo"))[:5]
    inner = f'<div class="search-info">搜索“{esc(word)}”，共找到 {len(hits)} 条结果</div><ul class="list">{"".join(li(a) for a in latest(hits)[:20])}</ul>'
    return _shell(site, "seo", key, f"{word}_搜索结果_民生资讯网", inner)


def _static(site: Site53, tpl: str, key: str, title: str, text: str) -> tuple[bytes, str]:
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", f"<h2>{title}</h2><p>{esc(text)}</p>")


def register(site: Site53) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in [
        ("df", "国内新闻"),
        ("sh", "城市频道·郑州"),
        ("seo", "民生资讯"),
        ("tt", "豫闻天下的主页"),
        ("old", "国内新闻"),
    ]:
        _paged(site, tpl, heading, FRONTS[tpl], "gbk" if tpl == "old" else "utf-8")
    for k in range(len(TAGS)):
        site.route(f"/tags/{k + 1}.html", lambda k=k: _tag(site, k))
    site.route(
        "/tags/",
        lambda: _shell(
            site,
            "seo",
            "/tags/",
            "全部标签_民生资讯网",
            '<h2>全部标签</h2><div class="tags">'
            + "".join(f'<a href="/tags/{k + 1}.html">{w}</a>' for k, w in enumerate(TAGS))
            + "</div>",
        ),
    )
    for key, word in [("/search.php?q=交警", "交警"), ("/search.php?q=社区", "社区")]:
        site.route(key, lambda k=key, w=word: _search(site, k, w))
    fz = [a for a in site.of("df") if a.x["ctx"]["topic"] in ("电信诈骗", "消费维权")] or site.of(
        "df"
    )[:4]
    site.route(
        "/topic/fanzha/",
        lambda: _shell(
            site,
            "df",
            "/topic/fanzha/",
            "专题：守好钱袋子 防范电信网络诈骗_东方网",
            f'<div class="zt-banner"><h2>守好钱袋子 防范电信网络诈骗</h2><p>专题导语：警惕新型诈骗手法，守护群众财产安全。</p></div><ul class="list">{"".join(li(a) for a in latest(fz))}</ul>',
        ),
    )
    ms = [a for a in site.of("seo") if a.i % 2 == 0]
    site.route(
        "/special/",
        lambda: _shell(
            site,
            "seo",
            "/special/",
            "民生政策专题_民生资讯网",
            f'<h2>民生政策专题</h2><p>社保、医保、公积金、落户政策一站读懂。</p><ul class="list">{"".join(li(a) for a in latest(ms))}</ul>',
        ),
    )
    for tpl, key, title, text in [
        (
            "seo",
            "/about.html",
            "关于我们",
            "民生资讯网专注于民生政策与社会新闻资讯的整理与发布，部分内容来源于网络。",
        ),
        (
            "seo",
            "/contact.html",
            "联系我们",
            "投稿与合作邮箱：editor@example.com　如有侵权请联系删除。",
        ),
    ]:
        site.route(key, lambda t=tpl, k=key, ti=title, tx=text: _static(site, t, k, ti, tx))
