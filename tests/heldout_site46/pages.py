"""Site 46's non-article pages: the home page; each CMS's section list with its own pagination
(SiteServer ``/channels/12_2.html``, JEECMS ``/xwzx/index_2.jhtml``, Jspxcms ``/node/5_2.html``,
大汉's ``/col/col1229/index.html?uid=4821&pageNum=2`` with the list in a ``text/xml`` datastore,
in GBK, and the 融媒体 platform's ``/node_101_2.htm``); a JEECMS tag page, search pages, special
topics, a 政务动态 column, a video and a photo index, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site46

PER = {"ss": 5, "jc": 5, "jx": 4, "hw": 6, "xh": 5}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "ss": lambda n: "/channels/12.html" if n == 1 else f"/channels/12_{n}.html",
    "jc": lambda n: "/xwzx/index.jhtml" if n == 1 else f"/xwzx/index_{n}.jhtml",
    "jx": lambda n: "/node/5.html" if n == 1 else f"/node/5_{n}.html",
    "hw": lambda n: (
        "/col/col1229/index.html" if n == 1 else f"/col/col1229/index.html?uid=4821&pageNum={n}"
    ),
    "xh": lambda n: "/node_101.htm" if n == 1 else f"/node_101_{n}.htm",
}
CHARSET = {"hw": "gbk"}


def _shell(
    site: Site46, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l46' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点排行</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/channels/about.html">关于我们</a> | <a href="/about/contact.htm">联系我们</a><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
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


def _items(tpl: str, chunk: list[Art]) -> str:
    if tpl == "hw":  # 大汉's datastore: the records a script pages through
        recs = "".join(
            f'<record><![CDATA[<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>]]></record>\n'
            for b in chunk
        )
        return f'<div id="4821"><script type="text/xml"><datastore>\n<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=1229&unitid=4821&webname=云州县人民政府&permissiontype=0"></a>]]></nextgroup>\n<recordset>\n{recs}</recordset>\n</datastore></script></div>\n<script language="javascript" src="/module/web/jpage/jpage.js"></script><noscript><ul class="list">{"".join(li(b) for b in chunk)}</ul></noscript>'
    fmt = "%Y-%m-%d %H:%M" if tpl in ("ss", "xh") else "%Y-%m-%d"
    return f'<ul class="list">{"".join(li(b, fmt) for b in chunk)}</ul>'


def _paged(site: Site46, tpl: str, heading: str, url: Url) -> None:
    arts = latest(site.of(tpl))
    per = PER[tpl]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            inner = f'<div class="place">当前位置：<a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2>{_items(tpl, chunk)}{_pager(n, pages, url)}'
            return _shell(
                site,
                tpl,
                url(n),
                f"{heading}{'' if n == 1 else f'_第{n}页'}_{LABELS[tpl]}",
                inner,
                CHARSET.get(tpl, "utf-8"),
            )

        site.route(url(n), render)


HEADINGS = {
    "ss": "云州要闻",
    "jc": "新闻中心",
    "jx": "学校要闻",
    "hw": "部门动态",
    "xh": "本地新闻",
}
EXTRA = [
    ("/tag/乡村振兴.jhtml", "标签：乡村振兴"),
    ("/search.jspx?q=云州", "站内搜索"),
    ("/utils/search.html?word=城市更新", "搜索结果"),
    ("/zt/2024xczx/index.jhtml", "专题：奋力推进乡村振兴"),
    ("/zt/2024wlrh/index.htm", "专题：文旅融合看云州"),
    ("/col/col1228/index.html", "政务动态"),
    ("/video/index.htm", "视频"),
    ("/photo/index.htm", "图片"),
    ("/node/8.html", "图片新闻"),
    ("/channels/about.html", "关于我们"),
    ("/about/contact.htm", "联系我们"),
]


def _home(site: Site46) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{FRONTS[t](1)}">{label}·{HEADINGS[t]}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:6])}</ul><a class="more" href="{FRONTS[t](1)}">更多&gt;&gt;</a></div>'
        for t, label in LABELS.items()
    )
    extra = " | ".join(f'<a href="{k}">{esc(v)}</a>' for k, v in EXTRA)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>云州新闻门户 - 云州新闻网 云州融媒 云州县人民政府</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>云州新闻门户</h1></div><div class="main">{boxes}</div>
<div class="links">{extra}</div>
<div class="footer"><a href="/channels/about.html">关于我们</a> | <a href="/about/contact.htm">联系我们</a></div></body></html>"""
    return served(page)


def _list(site: Site46, tpl: str, key: str, title: str, arts: list[Art]) -> tuple[bytes, str]:
    inner = f'<h2>{esc(title)}</h2><ul class="list">{"".join(li(a) for a in latest(arts))}</ul>'
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner, CHARSET.get(tpl, "utf-8"))


def _gallery(site: Site46, tpl: str, key: str, title: str, arts: list[Art]) -> tuple[bytes, str]:
    items = "".join(
        f'<li><a href="{a.path}" target="_blank"><img src="/titlepic/{a.x["id"]}_m.jpg" alt="{esc(a.title)}"><p>{esc(a.title)}</p></a></li>'
        for a in latest(arts)
    )
    inner = f'<h2>{esc(title)}</h2><ul class="pic-list">{items}</ul>'
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner)


def _static(site: Site46, tpl: str, key: str, title: str, text: str) -> tuple[bytes, str]:
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", f"<h2>{title}</h2><p>{esc(text)}</p>")


def register(site: Site46) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, url in FRONTS.items():
        _paged(site, tpl, HEADINGS[tpl], url)

    def word(tpl: str, w: str) -> list[Art]:
        return [a for a in site.of(tpl) if w in a.title + a.body] or latest(site.of(tpl))[:5]

    lists: list[tuple[str, str, str, Callable[[], list[Art]]]] = [
        ("jc", f"/tag/{t}.jhtml", f"标签：{t}", lambda t=t: word("jc", t))
        for t in sorted({a.x["ctx"]["topic"] for a in site.of("jc")} | {"乡村振兴"})
    ]
    lists += [
        ("jc", "/search.jspx?q=云州", "搜索：云州", lambda: word("jc", "云州")),
        (
            "ss",
            "/utils/search.html?word=城市更新",
            "搜索：城市更新",
            lambda: word("ss", "城市更新"),
        ),
        ("jc", "/zt/2024xczx/index.jhtml", "奋力推进乡村振兴", lambda: site.of("jc")[::2]),
        ("xh", "/zt/2024wlrh/index.htm", "文旅融合看云州", lambda: site.of("xh")[1::2]),
        ("hw", "/col/col1228/index.html", "政务动态", lambda: site.of("hw")),
    ]
    for tpl, key, title, fn in lists:
        site.route(key, lambda t=tpl, k=key, ti=title, f=fn: _list(site, t, k, ti, f()))
    site.route(
        "/video/index.htm",
        lambda: _gallery(site, "xh", "/video/index.htm", "视频", site.of("xh")[::3]),
    )
    site.route(
        "/photo/index.htm",
        lambda: _gallery(site, "xh", "/photo/index.htm", "图片", site.of("xh")[1::3]),
    )
    site.route(
        "/node/8.html",
        lambda: _gallery(site, "jx", "/node/8.html", "图片新闻", site.of("jx")[::2]),
    )
    for tpl, key, title, text in [
        (
            "ss",
            "/channels/about.html",
            "关于我们",
            "云州新闻网是云州日报社主办的综合性新闻网站，是云州市重要的新闻发布平台。",
        ),
        (
            "xh",
            "/about/contact.htm",
            "联系我们",
            "新闻热线：0871-12345678　投稿邮箱：tougao@example.com",
        ),
    ]:
        site.route(key, lambda t=tpl, k=key, ti=title, tx=text: _static(site, t, k, ti, tx))
