"""新京报-style article pages: ``<title>headline_新京报</title>``, ``div.bodyTitle`` with the ``h1``,
``span.timer`` (to the second) and the 新京报 label, a 导语 box, the body in
``div.content#contentStr``: 新京报讯（记者 X 通讯员 Y） in the first paragraph, pictures with
``新京报记者 X 摄`` credits, and at the end ``新京报记者 X 编辑 Y 校对 Z`` on one line (or the reporters,
then 编辑/责编/校对, on two). 相关阅读, 热点推荐 and 24小时热榜 sidebars, the App download box. The
rolling list ``/news/list-43-page-1.html`` and page 2; the document's ms timestamp is in its URL."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site8

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("即时", "/news/list-43-page-1.html"),
    ("北京", "/news/list-43-page-1.html?cat=bj"),
    ("时事", "/news/list-43-page-1.html?cat=ss"),
    ("评论", "/column/comment/"),
    ("财经", "/column/finance/"),
    ("文化", "/column/culture/"),
    ("体育", "/column/sports/"),
    ("深度", "/column/depth/"),
    ("视频", "/video/"),
    ("图片", "/photo/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="https://static.bjnews.example/pc/css/detail.css?v=20240301">
<style>
{css(rng, "bj", 400)}
</style>
<script src="https://static.bjnews.example/pc/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header"><div class="headerCont"><a class="logo" href="/"><img src="https://static.bjnews.example/pc/img/logo.png" alt="新京报"></a><div class="nav">{nav}</div>
<div class="search"><form action="/search" method="get"><input name="keyword" type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="downApp"><a href="https://m.bjnews.example/app">下载新京报APP</a></div></div></div>
"""


FOOT = (
    """<div class="footer"><div class="footCont"><p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">广告服务</a> | <a href="/about/contact.html">版权声明</a> | <a href="/about/contact.html">招聘信息</a></p>
<p>Copyright &copy; 2024 新京报社 版权所有 京ICP备13007007号-1 | 京公网安备11010502044134号</p><p>互联网新闻信息服务许可证：11120180002 | 违法和不良信息举报电话：010-67106710</p></div></div>
<script>
"""
    + stats_js("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")
    + """
</script>
<script src="https://static.bjnews.example/pc/js/detail.js"></script>
</body>
</html>"""
)


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p class="bjh-image-container" style="text-align:center"><img src="https://pic.bjnews.example{b.src}" alt="" width="640"></p>'
            )
            if b.text:
                out.append(f'<p style="text-align:center">{esc(b.text)} {esc(b.credit)}</p>')
            elif b.credit:
                out.append(f'<p style="text-align:center">{esc(b.credit)}</p>')
    st = a.x["style"]
    rep = " ".join(a.authors)
    if st == "intern":
        rep = f"{a.authors[0]} 实习生 {a.authors[1]}"
    eds = f"编辑 {a.editors[0]}" + (f" 责编 {a.editors[1]}" if len(a.editors) > 1 else "")
    tail = f"{eds} 校对 {a.x['proof']}"
    if st == "xinhua":
        out.append(f"<p>{tail}</p>")
    elif a.x["one_line"]:
        out.append(f"<p>新京报记者 {rep} {tail}</p>")
    else:
        out.append(f"<p>新京报记者 {rep}</p><p>{tail}</p>")
    return "\n".join(out)


def article(site: Site8, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    metas = (
        f'<meta name="keywords" content="{esc(a.title[:8])}">\n'
        f'<meta name="description" content="{esc(a.x["lead"])}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(a.title)}">\n'
        f'<meta property="og:description" content="{esc(a.x["lead"])}">'
    )
    head = _head(f"{a.title}_新京报", metas, rng)
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank"><span class="pic"><img src="/cms/img/r{k}.jpg"></span><span class="tit">{esc(site.by_path[p].title)}</span></a></li>'
            for k, p in enumerate(a.related)
        )
        related = f'<div class="relatedRead"><div class="tit"><span>相关阅读</span></div><ul>{lis}</ul></div>'
    rec = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/cms/img/h{k}.jpg"><p>{esc(trunc(o.title, 24))}</p></a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 8))
    )
    hot = "".join(
        f'<li><i>{k}</i><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for k, o in enumerate(others(rng, site.of("bjnews"), a, 8), 1)
    )
    source = a.x["source"]
    page = (
        head
        + f"""<div class="container clearfix">
<div class="left">
<div class="bodyTitle">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/list-43-page-1.html">{a.x["col"]}</a></div>
<div class="titleInfo">
<h1>{esc(a.title)}</h1>
<div class="ntimeBox"><span class="left"><span class="reporter"><em>{source}</em></span><span class="timer">{w:%Y-%m-%d %H:%M:%S}</span></span>
<span class="right"><a class="share" href="javascript:;">分享</a><span class="shareBox"><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></span></span></div>
</div>
</div>
<div class="descBox"><span class="lead">导语</span><p>{esc(a.x["lead"])}……</p></div>
<div class="content" id="contentStr">
{_body(a)}
</div>
<div class="conBottom"><div class="copyright">未经新京报书面授权，不得转载、摘编或以其他方式使用。</div><div class="shareBot"><span>分享至：</span><a class="wx">微信</a><a class="wb">微博</a></div><div class="zan"><a href="javascript:;">点赞 <em>{rng.randint(0, 300)}</em></a></div></div>
{related}
<div class="hotRec"><div class="tit"><span>热点推荐</span></div><ul>{rec}</ul></div>
</div>
<div class="right">
<div class="appBox"><img src="https://static.bjnews.example/pc/img/app_qr.png"><p>扫码下载新京报APP</p></div>
<div class="hotList"><div class="tit"><span>24小时热榜</span></div><ol>{hot}</ol></div>
<div class="adBox"><script>document.write('<iframe src="https://ad.bjnews.example/s?z=detail_right" width="300" height="250" frameborder="0"></iframe>');</script></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def rolling(site: Site8, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"bj-roll-{n}")
    arts = sorted(site.arts, key=lambda a: a.when)[::-1]
    part = arts[:30] if n == 1 else arts[30:]
    items = "".join(
        f'<div class="list-a"><a class="pic" href="{a.path}" target="_blank"><img src="/cms/img/l{k}.jpg"></a><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><div class="source"><span>{esc(a.x.get("source", "新京报"))}</span><span>{a.when:%Y-%m-%d %H:%M}</span></div></div>'
        for k, a in enumerate(part)
    )
    pager = (
        '<div class="page"><span class="on">1</span><a href="/news/list-43-page-2.html">2</a><a href="/news/list-43-page-2.html">下一页</a></div>'
        if n == 1
        else '<div class="page"><a href="/news/list-43-page-1.html">上一页</a><a href="/news/list-43-page-1.html">1</a><span class="on">2</span></div>'
    )
    page = (
        _head("即时新闻_新京报", '<meta name="description" content="新京报即时新闻">', rng)
        + f'<div class="container"><div class="left"><div class="listTit">即时</div>{items}{pager}</div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site8) -> None:
    for a in site.of("bjnews"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/news/list-43-page-1.html", lambda: rolling(site, 1))
    site.route("/news/list-43-page-2.html", lambda: rolling(site, 2))
