"""界面新闻-style article pages (``/article/11234567.html``): ``<title>headline|界面新闻</title>``,
``div.article-header`` with the ``h1`` and a lead (``div.article-summary``), ``div.article-info``
(the reporters' names linking to their pages, ``span.date`` ``2024/05/08 10:15``, 来源：界面新闻),
the body in ``div.article-content`` opening with 界面新闻记者 | X and 界面新闻编辑 | Y lines (or
both on one line, or only the editor's on a compiled story), 相关文章 under the body;
界面热榜, 最新快讯 and 推荐阅读 are not related. The channel list ``/lists/4.html`` and
``/lists/4_2.html``, a tag page and one reporter's page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site10

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("快讯", "/lists/4.html"),
    ("商业", "/lists/4.html"),
    ("财经", "/lists/4_2.html"),
    ("汽车", "https://www.jiemian.example/lists/51.html"),
    ("科技", "https://www.jiemian.example/lists/65.html"),
    ("消费", "https://www.jiemian.example/lists/31.html"),
    ("地产", "https://www.jiemian.example/lists/62.html"),
    ("文娱", "https://www.jiemian.example/lists/25.html"),
    ("视频", "/video/"),
    ("热榜", "/top/"),
]
TAG = "/tags/38211.html"


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="https://img.jiemian.example/static/css/article.min.css?v=1.3.52">
<style>
{css(rng, "jm", 400)}
</style>
</head>
<body>
<div class="header"><div class="header-container"><a class="logo" href="/"><img src="https://img.jiemian.example/static/img/logo.png" alt="界面新闻"></a><ul class="nav">{nav}</ul>
<div class="search"><form action="/search" method="get"><input type="text" name="q" placeholder="搜索"></form></div><div class="user"><a href="javascript:;">登录</a></div></div></div>
"""


FOOT = (
    """<div class="footer"><div class="footer-container"><p><a href="/about/index.html">关于我们</a> | <a href="/about/index.html">联系我们</a> | <a href="/about/index.html">广告合作</a> | <a href="/about/index.html">加入我们</a> | <a href="/about/index.html">用户协议</a> | <a href="/about/index.html">隐私政策</a></p>
<p>&copy; 2014-2024 界面 JIEMIAN.COM 沪ICP备14001226号-1 | 沪公网安备31010602000012号 | 互联网新闻信息服务许可证31120170001</p></div></div>
<script src="https://img.jiemian.example/static/js/jquery-1.11.3.min.js"></script>
<script>
"""
    + stats_js("a9e7e0cf0e1d4f2e8bd7a2a1d0cfe3b4")
    + """
</script>
</body>
</html>"""
)


def _content(a: Art) -> str:
    st = a.x["style"]
    ed = esc(a.editors[0])
    out = []
    if st == "one":
        out += [f"<p>界面新闻记者 | {a.authors[0]}</p>", f"<p>界面新闻编辑 | {ed}</p>"]
    elif st == "two":
        out += [
            f"<p>界面新闻记者 | {a.authors[0]} {a.authors[1]}</p>",
            f"<p>界面新闻编辑 | {ed}</p>",
        ]
    elif st == "intern":
        out += [
            f"<p>界面新闻记者 | {a.authors[0]}</p>",
            f"<p>界面新闻实习记者 | {a.authors[1]}</p>",
            f"<p>界面新闻编辑 | {ed}</p>",
        ]
    elif st == "oneline":
        out.append(f"<p>界面新闻记者 | {a.authors[0]}&nbsp; &nbsp; 界面新闻编辑 | {ed}</p>")
    else:
        out.append(f"<p>界面新闻编辑 | {ed}</p>")
    out.append("<p><br></p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        else:
            out.append(
                f'<p class="image-container" style="text-align:center"><img src="https://img.jiemian.example/101/original{b.src}" width="600" alt=""></p>'
            )
            if b.credit:
                out.append(f'<p class="image-source" style="text-align:center">{esc(b.credit)}</p>')
            if b.text:
                out.append(
                    f'<p style="text-align:center"><span style="color:#999">{esc(b.text)}</span></p>'
                )
    return "\n".join(out)


def _who(a: Art) -> str:
    if a.x["style"] == "editoronly":
        return '<span class="author">界面新闻</span>'
    shown = a.authors[:2] if a.x["style"] == "two" else a.authors[:1]
    return "".join(
        f'<span class="author"><a href="/user/{uid}.html" target="_blank">{esc(n)}</a></span>'
        for n, uid in zip(shown, a.x["uid"], strict=False)
    )


def article(site: Site10, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    url = f"{site.base}{a.path}"
    metas = (
        f'<meta name="keywords" content="{esc(a.x["tag"])},{esc(a.x["col"])}">\n'
        f'<meta name="description" content="{esc(a.x["lead"])}">\n'
        f'<meta property="og:title" content="{esc(a.title)}">\n'
        f'<meta property="og:description" content="{esc(a.x["lead"])}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:site_name" content="界面新闻">\n'
        f'<meta property="og:image" content="https://img.jiemian.example/101/original/{a.x["aid"]}.jpg">\n'
        f'<link rel="canonical" href="{url}">'
    )
    head = _head(f"{a.title}|界面新闻", metas, rng)
    related = ""
    if a.related:
        lis = "".join(
            f'<li><div class="news-img"><a href="{site.base}{p}" target="_blank"><img src="https://img.jiemian.example/101/r{k}.jpg"></a></div><div class="news-view"><h3><a href="{site.base}{p}" target="_blank">{esc(site.by_path[p].title)}</a></h3><div class="news-footer"><span class="date">{site.by_path[p].when:%m/%d %H:%M}</span></div></div></li>'
            for k, p in enumerate(a.related)
        )
        related = f'<div class="related-news"><div class="title-header"><h2>相关文章</h2></div><ul class="news-list">{lis}</ul></div>'
    hot = "".join(
        f'<li><span class="rank">{k}</span><a href="{site.base}{o.path}" target="_blank">{esc(trunc(o.title, 22))}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    flash = "".join(
        f'<li><span class="time">{o.when:%H:%M}</span><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for o in others(rng, site.of("jiemian"), a, 5)
    )
    rec = "".join(
        f'<div class="news-view"><h3><a href="{o.path}" target="_blank">{esc(o.title)}</a></h3><p>{esc(trunc(o.paras[0], 50))}</p><span class="date">{o.when:%Y/%m/%d %H:%M}</span></div>'
        for o in others(rng, site.arts, a, 6)
    )
    page = (
        head
        + f"""<div class="content-container clearfix">
<div class="main-container">
<div class="article-view">
<div class="article-header">
<div class="crumbs"><a href="/">界面新闻</a> &gt; <a href="/lists/4.html">{a.x["col"]}</a></div>
<h1>{esc(a.title)}</h1>
<div class="article-summary"><p>{esc(a.x["lead"])}</p></div>
<div class="article-info"><p>{_who(a)}<span class="date">{w:%Y/%m/%d %H:%M}</span><span>来源：界面新闻</span></p></div>
</div>
<div class="article-img"><img src="https://img.jiemian.example/101/original/{a.x["aid"]}.jpg" alt=""><p>图片来源：视觉中国</p></div>
<div class="article-main">
<div class="article-content">
{_content(a)}
</div>
<div class="tags"><a href="{TAG}" target="_blank">{esc(a.x["tag"])}</a></div>
<div class="article-copyright">未经正式授权严禁转载本文，侵权必究。</div>
<div class="article-share"><span>分享到：</span><a class="weixin">微信</a><a class="weibo">微博</a><a class="reads">{a.x["reads"]}阅读</a></div>
</div>
{related}
<div class="comment-box"><div class="hd">评论</div><textarea placeholder="写评论…"></textarea></div>
<div class="recommend-news"><div class="title-header"><h2>推荐阅读</h2></div>{rec}</div>
</div>
</div>
<div class="side-container">
<div class="hot-rank"><div class="title-header"><h2>界面热榜</h2></div><ul>{hot}</ul></div>
<div class="flash-news"><div class="title-header"><h2>最新快讯</h2></div><ul>{flash}</ul><a href="/lists/4.html">更多快讯</a></div>
<div class="app-download"><img src="https://img.jiemian.example/static/img/qr.png"><p>下载界面新闻APP</p></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def _list(site: Site10, title: str, key: str, arts: list[Art], extra: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<div class="news-view left card"><div class="news-img"><a href="{site.base}{a.path}" target="_blank"><img src="https://img.jiemian.example/101/l{k}.jpg"></a></div><div class="news-right"><div class="news-header"><h3><a href="{site.base}{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a></h3></div><div class="news-main"><p>{esc(trunc(a.x["lead"], 60))}</p></div><div class="news-footer"><span class="author">{esc(a.authors[0] if a.authors else "界面新闻")}</span><span class="date">{a.when:%m/%d %H:%M}</span></div></div></div>'
        for k, a in enumerate(arts)
    )
    page = (
        _head(title, '<meta name="description" content="界面新闻是只服务于独立思考的人群。">', rng)
        + f'<div class="content-container clearfix"><div class="main-container">{extra}<div class="news-list">{items}</div></div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site10) -> None:
    mine = sorted(site.of("jiemian"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    p1 = '<div class="load-more"><a href="/lists/4_2.html">下一页</a></div>'
    p2 = '<div class="load-more"><a href="/lists/4.html">上一页</a></div>'
    site.route("/lists/4.html", lambda: _list(site, "商业|界面新闻", "jm-l1", mine[:6], p1))
    site.route("/lists/4_2.html", lambda: _list(site, "商业|界面新闻", "jm-l2", mine[6:], p2))
    topic = mine[0].x["tag"]
    tagged = [a for a in mine if a.x["tag"] == topic] + [a for a in mine if a.x["tag"] != topic][:4]
    site.route(
        TAG,
        lambda: _list(
            site,
            "标签|界面新闻",
            "jm-tag",
            tagged,
            f'<div class="tag-header"><h1>#{esc(topic)}</h1></div>',
        ),
    )
    for a in mine:
        if a.x["style"] == "editoronly":
            continue
        shown = a.authors[:2] if a.x["style"] == "two" else a.authors[:1]
        for n, uid in zip(shown, a.x["uid"], strict=False):
            card = f'<div class="author-header"><img src="https://img.jiemian.example/user/{uid}.jpg"><h1>{esc(n)}</h1><p>界面新闻记者，关注{esc(a.x["col"])}领域。</p></div>'
            site.route(
                f"/user/{uid}.html",
                lambda n=n, a=a, card=card: _list(  # type: ignore[misc]
                    site, f"{n}|界面新闻", f"jm-u-{n}", [a], card
                ),
            )
