"""Site 70's article pages: 星洲日报 (星洲网, 12-hour 下午2:32 dates, 报道：X　摄影：Y), 南洋商报
(08/05/2024 14:32, 报道／X or 文：X above, 编辑：Z below), 光华日报 (WordPress, 发布: 2024-05-08
14:32, the 报道/摄影 line closing the story), 国际日报 (发布时间 with seconds, 本报X讯（记者 X）
leads, 责任编辑, 2019 pages in GB2312 tables) and 星暹日报 (2024年5月8日 14:32, 记者：X lines,
2019 pages printing the day alone)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site70

NAMES = {
    "sc": "星洲网 Sin Chew Daily",
    "ny": "南洋商报",
    "kw": "光华日报",
    "id": "国际日报",
    "th": "星暹日报",
}
LISTS = {
    "sc": "/news/nation",
    "ny": "/latest",
    "kw": "/category/penang/",
    "id": "/shtml/gjrb/index.shtml",
    "th": "/category/thai/",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a><span class="date">{a.when:{fmt}}</span></li>'


def rank(site: Site70, a: Art, key: str, k: int = 10) -> str:
    """A most-read box: other stories of the same paper, in the script's order."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return "".join(
        f'<li><span class="num">{n}</span><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def rel_list(site: Site70, a: Art) -> str:
    return "".join(li(site.by_path[p], "%d/%m/%Y") for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 300, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'vendor-' + tpl, n_js)}</script>\n<script>{stats_js('s70' + tpl)}</script>"


def nav() -> str:
    items = [
        ("/", "首页"),
        ("/news/nation", "国内"),
        ("/latest", "南洋最新"),
        ("/category/penang/", "槟城"),
        ("/shtml/gjrb/index.shtml", "印尼"),
        ("/category/thai/", "泰国"),
        ("/topic/ge15", "专题"),
        ("/video", "视频"),
        ("/tag/水灾", "水灾"),
        ("/search?q=令吉", "搜索"),
    ]
    return (
        '<ul class="nav">' + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in items) + "</ul>"
    )


def footer(name: str, year: int) -> str:
    return (
        f'<footer class="site-footer"><div class="links"><a href="/about">关于我们</a> | <a href="/contact">联络我们</a> | <a href="/about#ads">广告刊登</a> | <a href="/about#privacy">隐私政策</a></div>'
        f"<p>版权所有 &copy; {year} {esc(name)}. All Rights Reserved.</p></footer>"
    )


def blocks_html(blocks: list[Block], cap_tag: str = "p") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif cap_tag == "figure":
            out.append(
                f'<figure class="wp-caption"><img src="{b.src}" alt=""><figcaption>{esc(b.text)}{esc(b.credit)}</figcaption></figure>'
            )
        else:
            out.append(
                f'<div class="pic"><img src="{b.src}" alt=""><p class="caption">{esc(b.text)}{esc(b.credit)}</p></div>'
            )
    return "\n".join(out)


def cn12(a: Art) -> str:
    """星洲's 12-hour clock: 2024年5月8日 下午2:32."""
    h = a.when.hour
    half = "上午" if h < 12 else "下午"
    return f"{a.when.year}年{a.when.month}月{a.when.day}日 {half}{h % 12 or 12}:{a.when:%M}"


def shell(
    site: Site70,
    a: Art,
    title: str,
    main: str,
    side: str,
    charset: str = "utf-8",
    extra_head: str = "",
    header: bool = True,
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    name = NAMES[a.tpl]
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if charset != "utf-8"
        else '<meta charset="utf-8">'
    )
    more = "".join(li(b, "%d/%m") for b in latest(site.of(a.tpl))[:8] if b is not a)
    page = f"""<!DOCTYPE html>
<html lang="zh">
<head>
{meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
{extra_head}
{head_common(rng, a.tpl)}
</head>
<body class="{a.tpl}">
<div class="topbar"><span>{esc(name)}</span><a href="/about">关于我们</a><a href="/contact">联络我们</a></div>
<header class="header"><a class="logo" href="/"><img src="/img/{a.tpl}/logo.png" alt="{esc(name)}"></a><form action="/search" class="search"><input name="q" placeholder="搜索"><button>搜索</button></form></header>
<nav class="mainnav">{nav()}</nav>
<div class="container"><div class="main-col">
{main}
</div>
<aside class="side-col">{side}<div class="widget latest"><h3>最新新闻</h3><ul>{more}</ul></div><div class="widget ad"><img src="/img/ads/300x250.jpg" alt="广告"></div></aside>
</div>
{footer(name, a.when.year)}
<script>{filler_js(rng, "app-" + a.tpl, 15)}</script>
</body>
</html>
"""
    return served(page, charset, header=header)


# --- 1. 星洲日报 -----------------------------------------------------------------------------------
def sc_page(site: Site70, a: Art) -> tuple[bytes, str]:
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    by = {
        "by": f"报道：{nm[0]}",
        "by_ph": f"报道：{nm[0]}　摄影：{nm[5]}",
        "two": f"报道：{nm[0]}、{nm[2]}",
        "none": "报道：综合报道",
    }[style]
    rel = rel_list(site, a)
    relbox = f'<div class="related-news"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    side = f'<div class="widget hot"><h3>热门新闻</h3><ol>{rank(site, a, "hot")}</ol></div>'
    if old:
        date = f'<span class="date">{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}</span>'
    elif a.i % 2 == 0:
        date = f'<time class="date" datetime="{a.when.isoformat()}">{cn12(a)}</time>'
    else:
        date = f'<span class="date">{cn12(a)}</span>'
    main = f"""<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/nation">国内</a></div>
<article class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="meta">{date}<span class="cat"><a href="/news/nation">国内</a></span></div>
<div class="share"><a href="javascript:;">Facebook</a><a href="javascript:;">WhatsApp</a><a href="javascript:;">Telegram</a></div>
<div class="article-body" id="article-content">
{blocks_html(a.blocks)}
<p class="byline">{esc(by)}</p>
</div>
<div class="tags">标签：<a href="/tag/水灾">水灾</a> <a href="/news/nation">国内</a></div>
</article>
{relbox}
<div class="recommend"><h3>推荐阅读</h3><ul>{rank(site, a, "rec", 6)}</ul></div>"""
    return shell(site, a, f"{a.title} | 国内 | {NAMES['sc']}", main, side)


# --- 2. 南洋商报 -----------------------------------------------------------------------------------
def ny_page(site: Site70, a: Art) -> tuple[bytes, str]:
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    by = {
        "by": f"报道／{nm[0]}",
        "two": f"报道／{nm[0]}、{nm[2]}",
        "wen": f"文：{nm[0]}",
        "office": "作者：南洋网",
    }[style]
    ed = f'<p class="editor">编辑：{esc(a.editors[0])}</p>' if a.editors else ""
    rel = rel_list(site, a)
    relbox = f'<div class="related"><h3>相关文章</h3><ul>{rel}</ul></div>' if rel else ""
    side = f'<div class="widget"><h3>热门</h3><ol>{rank(site, a, "hot")}</ol></div><div class="widget"><h3>财经焦点</h3><ul>{rank(site, a, "cj", 5)}</ul></div>'
    date = f"{a.when:%d/%m/%Y %H:%M}"
    if old:
        main = f"""<table width="100%" class="story"><tr><td class="headline"><h2>{esc(a.title)}</h2></td></tr>
<tr><td class="info">{esc(by)}　{date}</td></tr>
<tr><td class="content">{blocks_html(a.blocks)}{ed}</td></tr></table>
{relbox}"""
    else:
        main = f"""<div class="crumb"><a href="/">首页</a> / <a href="/latest">最新</a></div>
<article>
<h1 class="title">{esc(a.title)}</h1>
<div class="author">{esc(by)}</div>
<div class="post-date">{date}</div>
<div class="field-body">
{blocks_html(a.blocks)}
</div>
{ed}
<div class="share">分享：<a href="javascript:;">Facebook</a> <a href="javascript:;">Twitter</a></div>
</article>
{relbox}"""
    return shell(site, a, f"{a.title} | {NAMES['ny']}", main, side)


# --- 3. 光华日报 (WordPress) ----------------------------------------------------------------------
def kw_page(site: Site70, a: Art) -> tuple[bytes, str]:
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    by = {
        "by": f"报道：{nm[0]}",
        "by_ph": f"报道：{nm[0]}　摄影：{nm[5]}",
        "two": f"报道：{nm[0]}、{nm[2]}",
        "office": "报道：光华网",
    }[style]
    rel = rel_list(site, a)
    relbox = (
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">相关新闻</h3><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    side = f'<section class="widget"><h2 class="widget-title">热门新闻</h2><ul>{rank(site, a, "hot")}</ul></section>'
    if old:
        date = f'<span class="posted-on">{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}</span>'
    else:
        date = f'<span class="posted-on">发布: <time class="entry-date published" datetime="{a.when.isoformat()}">{a.when:%Y-%m-%d %H:%M}</time></span>'
    main = f"""<article id="post-{a.x["id"] % 1_000_000}" class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1><div class="entry-meta">{date} <span class="cat-links"><a href="/category/penang/">槟城</a></span></div></header>
<div class="entry-content">
{blocks_html(a.blocks, "figure")}
<p><strong>{esc(by)}</strong></p>
<div class="sharedaddy"><h3>分享：</h3><a href="javascript:;">Facebook</a> <a href="javascript:;">WhatsApp</a></div>
{relbox}
</div>
<nav class="post-navigation"><a href="/category/penang/" rel="prev">← 返回槟城新闻</a></nav>
</article>"""
    return shell(site, a, f"{a.title} - {NAMES['kw']}", main, side)


# --- 4. 国际日报 (Indonesia, WIB) ------------------------------------------------------------------
def id_page(site: Site70, a: Art) -> tuple[bytes, str]:
    style, old = a.x["style"], a.x["old"]
    author = "国际日报" if style == "office" else ""
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    side = f'<div class="box"><h3>点击排行</h3><ol>{rank(site, a, "djph")}</ol></div><div class="box"><h3>印尼要闻</h3><ul>{rank(site, a, "yw", 6)}</ul></div>'
    info = f"发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：国际日报" + (
        f"　作者：{author}" if author else ""
    )
    ed = f"责任编辑：{esc(a.editors[0])}"
    if old:
        main = f"""<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/shtml/gjrb/index.shtml">印尼新闻</a></td></tr>
<tr><td align="center" class="bt"><font size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="info">{info}</td></tr>
<tr><td class="zw">{blocks_html(a.blocks)}</td></tr>
<tr><td align="right">【{ed}】</td></tr></table>
{relbox}"""
        return shell(site, a, f"{a.title}_{NAMES['id']}", main, side, "gb2312", header=False)
    main = f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/shtml/gjrb/index.shtml">印尼新闻</a> &gt; 正文</div>
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info">{info}</div>
<div class="content" id="content">
{blocks_html(a.blocks)}
</div>
<div class="editor">{ed}</div>
<div class="tools"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
{relbox}"""
    return shell(site, a, f"{a.title}_{NAMES['id']}", main, side)


# --- 5. 星暹日报 (Thailand) ------------------------------------------------------------------------
def th_page(site: Site70, a: Art) -> tuple[bytes, str]:
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    by = {"byline": f"记者：{nm[0]}", "two": f"记者：{nm[0]}、{nm[2]}"}.get(style, "")
    rel = rel_list(site, a)
    relbox = f'<div class="related-posts"><h4>相关阅读</h4><ul>{rel}</ul></div>' if rel else ""
    side = f'<div class="widget"><h3>热门文章</h3><ul>{rank(site, a, "hot")}</ul></div><div class="widget"><h3>编辑推荐</h3><ul>{rank(site, a, "bj", 5)}</ul></div>'
    if old:
        date = f'<span class="date">{a.when:%Y-%m-%d}</span>'
    elif a.i % 2 == 0:
        date = f'<time datetime="{a.when.isoformat()}">{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}</time>'
    else:
        date = f'<span class="date">{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}</span>'
    by_html = f'<div class="td-post-author-name">{esc(by)}</div>' if by else ""
    main = f"""<div class="td-crumb-container"><a href="/">首页</a> › <a href="/category/thai/">泰国新闻</a></div>
<article class="td-post-content-wrap">
<header class="td-post-title"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="td-module-meta-info">{by_html}<div class="td-post-date">{date}</div></div></header>
<div class="td-post-content">
{blocks_html(a.blocks, "figure")}
<p class="editor">编辑：{esc(a.editors[0])}</p>
</div>
{relbox}
</article>"""
    return shell(site, a, f"{a.title} - {NAMES['th']}", main, side)


PAGES = {"sc": sc_page, "ny": ny_page, "kw": kw_page, "id": id_page, "th": th_page}


def register(site: Site70) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
