"""央广网-style article pages in GBK (the charset only in the ``<meta>``; the server sends bare
``text/html``): ``<title>headline_央广网</title>``, ``div.article-header`` with the ``h1`` and
``div.source`` (time to the second, 来源：央广网/中国之声/新华网, on some pages 编辑：X beside it),
the body in ``div.article-body`` > ``div.TRS_Editor``: 央广网北京5月8日消息（记者X 通讯员Y） in the
first paragraph, or 据中央广播电视总台中国之声《新闻和报纸摘要》报道 with （总台央广记者 X） as
the last line; picture captions with （央广网发 …供图） credits; 编辑：X below the body (or in the
header), 相关新闻, 热点推荐 and a 央广网排行 sidebar, a ``var cnrShareInfo`` object. The rolling
list ``/native/gd/`` with ``index_1.shtml``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site12

CT = "text/html"
NAV = [
    ("首页", "/"),
    ("新闻", "/native/gd/"),
    ("财经", "/finance/"),
    ("军事", "/military/"),
    ("科技", "/tech/"),
    ("健康", "/health/"),
    ("文旅", "/travel/"),
    ("教育", "/edu/"),
    ("中国之声", "/china_voice/"),
    ("经济之声", "/economy_voice/"),
    ("央广网视频", "/video/"),
    ("排行", "/rank/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" type="text/css" href="//www.cnr.example/202012/css/article.css" />
<style type="text/css">
{css(rng, "cnr", 380)}
</style>
<script type="text/javascript" src="//www.cnr.example/202012/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="wrapper"><a class="logo" href="/"><img src="//www.cnr.example/202012/images/logo.png" alt="央广网" /></a>
<div class="nav">{nav}</div>
<div class="search"><form action="/search/" method="get" target="_blank"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div></div>
"""


def _foot() -> str:
    return f"""<div class="footer"><div class="wrapper">
<p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">央广网招聘</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">版权声明</a> | <a href="/about/contact.html">网站地图</a></p>
<p>央广网版权所有 Copyright &copy; 2002-2024 www.cnr.cn All Rights Reserved</p>
<p>京ICP证100427号 京公网安备11000002000035号 互联网新闻信息服务许可证10120170006 广播电视节目制作经营许可证（京）字第00859号</p>
<p>违法和不良信息举报电话：010-86093165</p></div></div>
<script type="text/javascript">{stats_js("b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7")}</script>
</body>
</html>"""


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p align="center"><img src="{b.src}" border="0" oldsrc="W0{b.src[-16:-4]}.jpg" /></p>'
            )
            out.append(
                f'<p align="center" style="text-align:center;">{esc(b.text)}{esc(b.credit)}</p>'
            )
    if a.x["style"] == "zhisheng":
        out.append(f"<p>　　（总台央广记者{a.authors[0]}）</p>")
    return "\n".join(out)


def article(site: Site12, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w, x = a.when, a.x
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title[:6])},央广网" />',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 120))}" />',
            '<meta name="robots" content="index,follow" />',
            '<meta name="filetype" content="1" />',
            '<meta name="publishedtype" content="1" />',
            '<meta name="pagetype" content="1" />',
            '<meta name="catalogs" content="01003" />',
            f'<meta name="contentid" content="{a.path.rsplit("_", 1)[1][:-6]}" />',
            f'<meta name="publishdate" content="{w:%Y-%m-%d}" />',
        ]
    )
    head = _head(f"{a.title}_央广网", metas, rng)
    ed = f"<span>编辑：{esc(a.editors[0])}</span>" if x["head_editor"] else ""
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = (
            f'<div class="relate-news"><div class="relate-title">相关新闻</div><ul>{lis}</ul></div>'
        )
    hot = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/cms/img/r{k}.jpg" alt="" /></a><p><a href="{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a></p></li>'
        for k, o in enumerate(others(rng, site.arts, a, 6))
    )
    rank = "".join(
        f'<li><em>{k}</em><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for k, o in enumerate(others(rng, site.of("cnr"), a, 8), 1)
    )
    share = f"""<script type="text/javascript">
var cnrShareInfo = {{ title: "{esc(a.title)}", url: location.href, pic: "//www.cnr.example/202012/images/share.png", desc: "{esc(trunc(a.paras[0], 40))}" }};
</script>"""
    page = (
        head
        + f"""<div class="wrapper content">
<div class="crumbs"><a href="/">央广网</a> &gt; <a href="/native/gd/">新闻</a> &gt; 正文</div>
<div class="article">
<div class="article-header">
<h1>{esc(a.title)}</h1>
<div class="source"><span>{w:%Y-%m-%d %H:%M:%S}</span><span>来源：{x["source"]}</span>{ed}</div>
</div>
<div class="article-content">
<div class="article-body">
<div class="TRS_Editor">
{_body(a)}
</div>
</div>
{"" if x["head_editor"] else f'<div class="editor">编辑：{esc(a.editors[0])}</div>'}
</div>
<div class="share"><span>分享到：</span><a class="weixin" href="javascript:;"></a><a class="weibo" href="javascript:;"></a><a class="qzone" href="javascript:;"></a></div>
<div class="copyright"><p>原标题：{esc(a.title)}</p><p>央广网版权声明：本网站所刊载信息，不代表央广网观点。刊用本网站稿件，务经书面授权。</p></div>
{related}
<div class="hot-recommend"><div class="relate-title">热点推荐</div><ul class="pic-list">{hot}</ul></div>
</div>
<div class="sidebar"><div class="rank"><div class="rank-title">央广网排行</div><ul>{rank}</ul></div>
<div class="side-ad"><img src="/cms/img/cnr_ad.jpg" alt="" /></div>
<div class="side-app"><img src="//www.cnr.example/202012/images/app.png" alt="" /><p>云听APP</p></div></div>
</div>
{share}
"""
        + _foot()
    )
    return encode(page, "gbk"), CT


def rolling(site: Site12, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"cnr-gd-{n}")
    arts = sorted(site.arts, key=lambda a: a.when)[::-1]
    part = arts[:30] if n == 0 else arts[30:]
    lis = "".join(
        f'<div class="item"><div class="text"><strong><a href="{a.path}" target="_blank">{esc(a.title)}</a></strong><span class="publishTime">{a.when:%Y-%m-%d %H:%M:%S}</span></div></div>'
        for a in part
    )
    pager = (
        '<div class="page"><span>1</span><a href="index_1.shtml">2</a><a href="index_1.shtml">下一页</a></div>'
        if n == 0
        else '<div class="page"><a href="./">上一页</a><a href="./">1</a><span>2</span></div>'
    )
    page = (
        _head("滚动新闻_央广网", '<meta name="catalogs" content="01003" />', rng)
        + f'<div class="wrapper content"><div class="articleList"><h2>滚动新闻</h2>{lis}{pager}</div></div>'
        + _foot()
    )
    return encode(page, "gbk"), CT


def register(site: Site12) -> None:
    for a in site.of("cnr"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/native/gd/", lambda: rolling(site, 0))
    site.route("/native/gd/index_1.shtml", lambda: rolling(site, 1))
