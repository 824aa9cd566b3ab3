"""环球网-style article pages: ``<title>headline_环球网</title>`` (``_国际新闻_环球网`` on the 国际
channel), the server renders the header (``h3`` title, ``p.time``, 来源) and a row of hidden
``<textarea>`` fields the page script reads: ``article-title``, ``article-time`` (milliseconds),
``article-source-name``, ``article-author``, ``article-editor-name`` and ``article-content``, the
body as escaped HTML (``<p>【环球网报道 记者 X】…</p>``, pictures in ``<i class="pic-con">`` with a
``pic-desc``); the visible ``<article>`` is filled by script. 责编 below, 相关新闻, 热门推荐 and
a 排行 sidebar. The 国际 list ``/world/`` and its second page ``/world/?page=2``."""

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
    ("国际", "/world/"),
    ("台海", "/taiwan/"),
    ("军事", "/mil/"),
    ("国内", "/china/"),
    ("评论", "/opinion/"),
    ("财经", "/finance/"),
    ("科技", "/tech/"),
    ("汽车", "/auto/"),
    ("视频", "/video/"),
    ("图片", "/photo/"),
    ("环球时报", "/paper/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="//static.huanqiu.example/pc/css/article.css">
<style>
{css(rng, "t", 360)}
</style>
</head>
<body>
<div class="top-bar"><div class="t-wrap"><a href="/" class="logo"><img src="//static.huanqiu.example/pc/img/logo.png" alt="环球网"></a><ul class="t-nav">{nav}</ul>
<div class="t-search"><form action="/search" method="get"><input name="keyword" type="text"><button>搜索</button></form></div><div class="t-login"><a href="javascript:;">登录</a></div></div></div>
"""


FOOT = (
    """<div class="footer"><div class="t-wrap"><div class="f-link"><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">广告服务</a> | <a href="/about/contact.html">诚聘英才</a> | <a href="/about/contact.html">版权声明</a></div>
<p>环球网版权所有 Copyright &copy; 2024 Huanqiu.com All Rights Reserved</p><p>京ICP备09082698号 | 互联网新闻信息服务许可证：11120170004 | 违法和不良信息举报电话：010-65363663</p></div></div>
<script>
"""
    + stats_js("6b5a49382716f5e4d3c2b1a0f9e8d7c6")
    + """
</script>
<script src="//static.huanqiu.example/pc/js/article.min.js"></script>
</body>
</html>"""
)


def _content(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p><i class="pic-con"><img src="//rs1.huanqiucdn.example/dp/api/files/imageDir{b.src}" alt=""></i></p>'
            )
            if b.text or b.credit:
                out.append(f'<p class="pic-desc">{esc(b.text)}{esc(b.credit)}</p>')
    return "".join(out)


def article(site: Site8, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    ms = int(w.timestamp()) * 1000 + rng.randint(0, 999)
    metas = (
        f'<meta name="keywords" content="{esc(a.x["chan"])},{esc(a.title[:6])}">\n'
        f'<meta name="description" content="{esc(a.x["summary"])}">\n'
        f'<meta name="author" content="环球网">'
    )
    suffix = "_国际新闻_环球网" if a.x["chan"] == "国际" else "_环球网"
    head = _head(f"{a.title}{suffix}", metas, rng)
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%Y-%m-%d}</span></li>'
            for p in a.related
        )
        related = (
            f'<div class="related-news"><div class="r-title">相关新闻</div><ul>{lis}</ul></div>'
        )
    hot = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/cms/img/hq{k}.jpg"><p>{esc(trunc(o.title, 20))}</p></a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 6))
    )
    rank = "".join(
        f'<li><em>{k}</em><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    author = " ".join(a.authors)
    page = (
        head
        + f"""<div class="t-container t-wrap">
<div class="l-con clear">
<div class="crumbs"><a href="/">环球网</a> &gt; <a href="/world/">{a.x["chan"]}</a> &gt; 正文</div>
<div class="t-container-title"><h3>{esc(a.title)}</h3></div>
<div class="metadata-info"><p class="time">{w:%Y-%m-%d %H:%M}</p><p class="source">来源：<span><a href="/" target="_blank">{a.x["source"]}</a></span></p><span class="share-icons"><a class="wechat">微信</a><a class="weibo">微博</a><a class="qq">QQ</a></span></div>
<div class="article-data" style="display:none">
<textarea class="article-aid">{a.x["aid"]}</textarea>
<textarea class="article-title">{esc(a.title)}</textarea>
<textarea class="article-time">{ms}</textarea>
<textarea class="article-source-name">{a.x["source"]}</textarea>
<textarea class="article-source-url"></textarea>
<textarea class="article-author">{esc(author)}</textarea>
<textarea class="article-editor-name">{esc(a.editors[0])}</textarea>
<textarea class="article-summary">{esc(a.x["summary"])}</textarea>
<textarea class="article-content">{esc(_content(a))}</textarea>
<textarea class="article-ext-cover">{f"https://rs1.huanqiucdn.example{next((b.src for b in a.blocks if b.kind == 'img'), '')}"}</textarea>
</div>
<div class="la-con"><article></article></div>
<div class="editor-name">责编：{esc(a.editors[0])}</div>
<div class="statement">本文系环球网独家稿件，未经授权，不得转载。</div>
{related}
<div class="hot-recommend"><div class="r-title">热门推荐</div><ul>{hot}</ul></div>
<div class="comment-box"><div class="c-title">评论</div><textarea class="comment-input" placeholder="说点什么吧"></textarea><a class="c-submit">发布</a></div>
</div>
<div class="r-con">
<div class="ad-box"><iframe src="https://ad.huanqiu.example/s?z=art_r1" width="300" height="250" frameborder="0"></iframe></div>
<div class="rank-box"><div class="r-title">排行</div><ol>{rank}</ol></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def channel(site: Site8, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"hq-list-{n}")
    arts = sorted(site.of("huanqiu"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    records = "".join(
        f'<li class="item"><a href="{a.path}" target="_blank"><h4>{esc(a.title)}</h4><p class="summary">{esc(a.x["summary"][:40])}</p><span class="time">{a.when:%Y-%m-%d %H:%M}</span></a></li>'
        for a in part
    )
    pager = (
        '<div class="pages"><span class="cur">1</span><a href="/world/?page=2">2</a><a href="/world/?page=2">下一页</a></div>'
        if n == 1
        else '<div class="pages"><a href="/world/">上一页</a><a href="/world/">1</a><span class="cur">2</span></div>'
    )
    page = (
        _head("国际新闻_环球网", '<meta name="description" content="环球网国际新闻">', rng)
        + f'<div class="t-container t-wrap"><div class="list-con"><ul>{records}</ul>{pager}</div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site8) -> None:
    for a in site.of("huanqiu"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/world/", lambda: channel(site, 1))
    site.route("/world/?page=2", lambda: channel(site, 2))
