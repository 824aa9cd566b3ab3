"""华龙网-style article pages (``/1/detail/N/web/content_N.html``): ``<title>headline_华龙网</title>``,
``div.detail-header`` with ``h1.title`` and ``div.info`` (来源, time to the second), the body in
``div#main_text.content``: 华龙网-新重庆客户端5月8日10时讯（记者 X 通讯员 Y） opening the first
paragraph (the hour only), 重庆日报 reposts with no dateline; picture captions with
``华龙网-新重庆客户端记者 X 摄`` credits; ``[责任编辑：X]`` below; the document again in ``var
newsInfo = {...}`` (publishTime in ms, the writer field naming reporter and 通讯员 alike); 相关新闻,
热点新闻 and 猜你喜欢. The 重庆 column with ``?page=2`` and a reporter's column page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_js, feed_rows, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site12

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("重庆", "/cq/list.html"),
    ("时政", "/sz/list.html"),
    ("区县", "/qx/list.html"),
    ("经济", "/jj/list.html"),
    ("文旅", "/wl/list.html"),
    ("教育", "/jy/list.html"),
    ("问政", "/wz/"),
    ("视听", "/video/"),
    ("专题", "/2024zt/xcq/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="//www.cqnews.example/static/pc/css/detail.css?v=20240301">
<style>
{css(rng, "hl", 420)}
</style>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="/" class="logo"><img src="//www.cqnews.example/static/pc/img/logo.png" alt="华龙网"></a><ul class="nav">{nav}</ul>
<div class="app"><a href="/app/">新重庆客户端</a></div></div></div>
"""


def _foot() -> str:
    return f"""<div class="footer"><div class="w1200">
<p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">广告服务</a> | <a href="/about/contact.html">版权声明</a> | <a href="/about/contact.html">网站地图</a></p>
<p>华龙网版权所有 未经书面授权禁止使用 Copyright &copy; 2000-2024 CQNEWS.NET All Rights Reserved</p>
<p>渝ICP备06004045号 渝公网安备50010802000013号 互联网新闻信息服务许可证：50120170001</p>
<p>违法和不良信息举报电话：023-63907152</p></div></div>
<script>{stats_js("9f1e2d3c4b5a69788796a5b4c3d2e1f0")}</script>
</body>
</html>"""


def _body(a: Art) -> str:
    out = []
    if a.x["style"] == "cqrb":
        out.append(f'<p style="text-indent:2em;">重庆日报全媒体记者 {a.authors[0]}</p>')
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent:2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align:center;"><img src="{b.src}" alt="" width="600"></p>')
            cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
            out.append(f'<p style="text-align:center;text-indent:2em;">{cap}</p>')
    return "\n".join(out)


def article(site: Site12, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w, x = a.when, a.x
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title[:8])}">',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}">',
            '<meta name="apple-mobile-web-app-title" content="华龙网">',
            f'<meta property="og:title" content="{esc(a.title)}">',
            f'<meta property="og:url" content="{site.base}{a.path}">',
            '<meta property="og:site_name" content="华龙网">',
        ]
    )
    head = _head(f"{a.title}_华龙网", metas, rng)
    writer = " ".join(a.authors + a.correspondents)
    info = {
        "id": x["did"],
        "title": a.title,
        "source": x["source"],
        "author": writer,
        "editor": a.editors[0],
        "publishTime": int(w.timestamp() * 1000),
        "channel": "重庆",
        "summary": trunc(a.paras[0], 60),
    }
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%Y-%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="relate"><div class="mod-title"><span>相关新闻</span></div><ul>{lis}</ul></div>'
    hot = "".join(
        f'<li><i>{k}</i><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    guess = feed_rows(others(rng, site.arts, a, 8), "华龙网")
    page = (
        head
        + f"""<div class="w1200 detail">
<div class="crumbs"><a href="/">华龙网</a> &gt; <a href="/cq/list.html">重庆</a> &gt; 正文</div>
<div class="detail-left">
<div class="detail-header">
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span class="source">{x["source"]}</span><span class="time">{w:%Y-%m-%d %H:%M:%S}</span><span class="fontsize">字号 <a href="javascript:;">T</a> <a href="javascript:;">T</a></span></div>
</div>
<div class="content" id="main_text">
{_body(a)}
</div>
<div class="editor">[责任编辑：{esc(a.editors[0])}]</div>
<div class="statement">{"华龙网原创作品，未经授权不得转载。" if x["source"] == "华龙网" else "本文转自重庆日报，版权归原作者所有。"}</div>
<div class="share-box"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>
{related}
<div class="guess"><div class="mod-title"><span>猜你喜欢</span></div><ul id="guessList"></ul></div>
</div>
<div class="detail-right">
<div class="hotnews"><div class="mod-title"><span>热点新闻</span></div><ol>{hot}</ol></div>
<div class="qrcode"><img src="//www.cqnews.example/static/pc/img/app_qr.png" alt=""><p>下载新重庆客户端</p></div>
</div>
</div>
<script>
var newsInfo = {json.dumps(info, ensure_ascii=False)};
{feed_js("guessData", guess)}
</script>
"""
        + _foot()
    )
    return encode(page, "utf-8"), CT


def column(site: Site12, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"cq-col-{n}")
    arts = sorted(site.of("cqnews"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    lis = "".join(
        f'<li><a href="{site.base}{a.path}" target="_blank">{esc(a.title)}</a><span>{a.when:%Y-%m-%d %H:%M}</span></li>'
        for a in part
    )
    pager = (
        '<div class="pager"><span class="on">1</span><a href="list.html?page=2">2</a><a href="list.html?page=2">下一页</a></div>'
        if n == 1
        else '<div class="pager"><a href="list.html?page=1">上一页</a><a href="list.html?page=1">1</a><span class="on">2</span></div>'
    )
    page = (
        _head("重庆_华龙网", "", rng)
        + f'<div class="w1200 list"><div class="mod-title"><span>重庆</span></div><ul class="news-list">{lis}</ul>{pager}</div>'
        + _foot()
    )
    return encode(page, "utf-8"), CT


def reporter(site: Site12, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"cq-rep-{name}")
    arts = [a for a in site.of("cqnews") if name in a.authors] + site.of("cqnews")[:3]
    lis = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in arts
    )
    page = (
        _head(f"{name}_记者专栏_华龙网", "", rng)
        + f"""<div class="w1200 reporter"><div class="reporter-card"><img src="/cms/img/reporter.jpg" alt=""><h2>{name}</h2><p>华龙网-新重庆客户端记者，长期关注城市建设与民生领域。</p></div>
<div class="mod-title"><span>TA的作品</span></div><ul class="news-list">{lis}</ul></div>"""
        + _foot()
    )
    return encode(page, "utf-8"), CT


def reporter_path(site: Site12) -> tuple[str, str]:
    a = next(a for a in site.of("cqnews") if a.authors)
    return a.authors[0], f"/reporter/index.html?name={a.authors[0]}"


def register(site: Site12) -> None:
    for a in site.of("cqnews"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/cq/list.html", lambda: column(site, 1))
    site.route("/cq/list.html?page=1", lambda: column(site, 1))
    site.route("/cq/list.html?page=2", lambda: column(site, 2))
    name, path = reporter_path(site)
    site.route(path, lambda: reporter(site, name))
