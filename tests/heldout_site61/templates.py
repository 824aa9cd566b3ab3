"""Site 61's article pages: the 锡林郭勒盟行政公署 portal's 要闻 (UTF-8, "headline-锡林郭勒盟行政公署",
the 政府网站 meta block, （内蒙古日报记者 X 通讯员 Y） credits), a 旗 融媒体中心 on a DedeCMS-style
CMS in GBK ("headline--旗县之窗"), 草原云 app share pages, the portal's 蒙古文 edition
(traditional Mongolian script, the 汉文 headline mirrored under it) and the 自治区农牧厅's site
(信息公开 tables above the text)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc
from .pools import BANNERS

if TYPE_CHECKING:
    from .generator import Site61

SITE = "锡林郭勒盟行政公署"
QX_SITE = "旗县之窗"
CY_SITE = "草原云"
MW_SITE = "ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠹᠹᠢᠰ"
NM_SITE = "内蒙古自治区农牧厅"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site61, a: Art, key: str, k: int = 10) -> str:
    """A most-read box: other stories of the page's script (the 蒙古文 edition lists its own)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [
        b for b in site.arts if (b.tpl == "mw") == (a.tpl == "mw") and b is not a and b.tpl != "qx"
    ]
    if a.tpl == "qx":
        pool = [b for b in site.of("qx") if b is not a]
    k = min(k, len(pool))
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 18))}</a></li>'
        for n, b in enumerate(rng.sample(pool, k), 1)
    )


def rel_list(site: Site61, a: Art) -> str:
    return "".join(li(site.by_path[p], "%m-%d") for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 320, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s61' + tpl)}</script>"


def nav() -> str:
    return (
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/myw/index.html">盟内要闻</a></li>'
        '<li><a href="/qxzc/list_8_1.html">旗县之窗</a></li><li><a href="/cyy/share/list/">草原云</a></li>'
        '<li><a href="/nmt/xxgk/index.html">农牧信息公开</a></li><li><a href="/zwgk/ldzc/index.html">领导之窗</a></li>'
        '<li><a href="/zt/2024/mztj/index.html">专题专栏</a></li><li><a href="/spxw/index.html">视频新闻</a></li>'
        '<li><a href="/mgl/xwzx/index.html">ᠮᠣᠩᠭᠣᠯ</a></li><li><a href="/gywm/index.html">关于我们</a></li></ul>'
    )


def gov_footer(year: int) -> str:
    return (
        '<div class="footer"><p><a href="/wzdt/index.html">网站地图</a> | <a href="/gywm/index.html">联系我们</a> | <a href="/sybz/index.html">使用帮助</a></p>'
        f"<p>主办：锡林郭勒盟行政公署办公室　承办：锡林郭勒盟大数据中心　版权所有 &copy; {year}</p>"
        '<p>网站标识码：1525000001　蒙ICP备00000000号　蒙公网安备 15250002000000号</p><p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>'
    )


def img_html(b: Block, sep: str = " ", cls: str = "pic") -> str:
    cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
    cap_html = f'\n<p class="{cls}" style="text-align: center;">{cap}</p>' if cap else ""
    return f'<p style="text-align: center;"><img src="{b.src}" alt="" border="0"></p>{cap_html}'


def paras(blocks: list[Block], indent: str = "", sep: str = " ") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{indent}{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(img_html(b, sep))
    return "\n".join(out)


# --- 1. 盟行政公署 portal (UTF-8, TRS-style) ------------------------------------------------------
def mg_page(site: Site61, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {"person": nm[0], "two": f"{nm[0]}　{nm[2]}", "office": a.x["office"]}.get(style, "")
    source = "内蒙古日报" if style.startswith("nmrb") or style == "line_jt" else "锡林郭勒日报"
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    meta = gov_meta(
        SITE,
        "www.xlgl.gov.cn",
        "1525000001",
        "盟内要闻",
        a.title,
        pub,
        source,
        author,
        "锡林郭勒,要闻",
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    body = paras(a.blocks, sep="　")
    if style == "line_jt":
        body = f'<p style="text-align: center;">内蒙古日报记者 {esc(nm[0])} 通讯员 {esc(nm[1])}</p>\n{body}'
    hot = rank(site, a, "djph")
    au = f"　作者：{esc(author)}" if author else ""
    if old:
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="position"><tr><td>您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.html">新闻中心</a> &gt; <a href="/xwzx/myw/index.html">盟内要闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" class="article"><tr><td class="title" align="center">{esc(a.title)}</td></tr>
<tr><td class="info" align="center">发布时间：{pub}　来源：{source}{au}　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="content"><div class="TRS_Editor">
{body}
</div></td></tr>
<tr><td class="editor" align="right">【责任编辑：{esc(a.editors[0])}】</td></tr></table>
{relbox}
</td><td width="280" valign="top"><div class="right-box"><h3>点击排行</h3><ol>{hot}</ol></div><div class="right-box"><h3>旗县之窗</h3><ul>{"".join(f'<li><a href="/qxzc/list_8_1.html">{v}</a></li>' for v in BANNERS.values())}</ul></div></td></tr></table>"""
    else:
        main = f"""<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.html">新闻中心</a> &gt; <a href="/xwzx/myw/index.html">盟内要闻</a></div>
<div class="main clearfix"><div class="left-con">
<div class="article">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info"><span>发布时间：{pub}</span><span>来源：{source}</span>{f"<span>作者：{esc(author)}</span>" if author else ""}<span>浏览次数：<script>document.write(getHits("{a.x["id"]}"));</script></span><span class="font">【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
<div class="art-con" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="art-editor">责任编辑：{esc(a.editors[0])}　审核：{esc(nm[4])}</div>
<div class="art-tools"><div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div><div class="print"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div></div>
</div>
{relbox}
</div>
<div class="right-con"><div class="box"><h3>点击排行</h3><ol>{hot}</ol></div><div class="box"><h3>最新信息</h3><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("mg"))[:6] if b is not a)}</ul></div><div class="box"><h3>旗县之窗</h3><ul>{"".join(f'<li><a href="/qxzc/list_8_1.html">{v}</a></li>' for v in BANNERS.values())}</ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)}-{SITE}</title>
{meta}
{head_common(rng, "mg")}
</head>
<body>
<div class="top-bar"><span>欢迎访问锡林郭勒盟行政公署门户网站</span><a href="/mgl/xwzx/index.html">ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ</a> | <a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a></div>
<div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="{SITE}"></a><form action="/search/index.html" class="search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
{main}
{gov_footer(a.when.year)}
</body>
</html>
"""
    return served(page)


# --- 2. 旗 融媒体中心 (a DedeCMS-style CMS in GBK) -------------------------------------------------
def qx_page(site: Site61, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    banner = ctx["banner"]
    author = {"person": nm[0], "two": f"{nm[0]}、{nm[2]}", "office": a.x["office"]}.get(style, "")
    rel = rel_list(site, a)
    relbox = (
        f'<div class="xgwz"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="d1">{rel}</ul></dd></dl></div>'
        if rel
        else ""
    )
    if len(a.editors) > 1:
        ed = f'<p style="text-align: right;">编辑：{esc(a.editors[0])}　责任编辑：{esc(a.editors[1])}</p>'
    else:
        ed = f'<p style="text-align: right;">（责任编辑：{esc(a.editors[0])}）</p>'
    charset = "gb2312" if old else "gbk"
    sibs = site.of("qx")
    k = sibs.index(a)
    prev = (
        f'<li>上一篇：<a href="{sibs[k - 1].path}">{esc(sibs[k - 1].title)}</a></li>'
        if k
        else "<li>上一篇：没有了</li>"
    )
    nxt = (
        f'<li>下一篇：<a href="{sibs[k + 1].path}">{esc(sibs[k + 1].title)}</a></li>'
        if k + 1 < len(sibs)
        else "<li>下一篇：没有了</li>"
    )
    aid = a.x["id"] % 100000
    info = (
        f"<small>发布时间：</small>{a.when:%Y-%m-%d %H:%M:%S}　<small>来源：</small>{esc(banner)}融媒体中心"
        + (f"　<small>作者：</small>{esc(author)}" if author else "")
        + f'　<small>浏览：</small><script src="/plus/count.php?view=yes&aid={aid}&mid=1" type="text/javascript" language="javascript"></script>次'
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}--{QX_SITE}</title>
<meta name="keywords" content="{esc(banner)},{esc(ctx["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head_common(rng, "qx", 300, 40)}
</head>
<body>
<div class="header"><div class="top"><a href="/qxzc/list_8_1.html"><img src="/qxzc/templets/default/images/logo.gif" alt="{banner}融媒体中心" /></a></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/">锡林郭勒盟行政公署</a></li><li><a href="/qxzc/list_8_1.html">旗县动态</a></li><li><a href="/qxzc/list_8_2.html">苏木嘎查</a></li><li><a href="/qxzc/list_8_3.html">便民服务</a></li></ul></div></div></div>
<div class="w960 center clear mt1"><div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/qxzc/list_8_1.html">旗县之窗</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info">{info}</div>
<div class="content"><table width="100%"><tr><td>
{paras(a.blocks, sep="　")}
{ed}
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul>{prev}{nxt}</ul></div><div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div>
{relbox}
</div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>热点新闻</strong></dt><dd class="light"><ul class="d4">{rank(site, a, "rdxw", 8)}</ul></dd></dl></div>
<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>旗县导航</strong></dt><dd><ul>{"".join(f'<li><a href="/qxzc/list_8_1.html">{v}</a></li>' for v in BANNERS.values())}</ul></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; {a.when.year} {banner}融媒体中心 版权所有</p><p>地址：锡林郭勒盟{banner}　电话：0479-0000000</p><p>Powered by DedeCMS</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


# --- 3. 草原云 app share page (UTF-8) -------------------------------------------------------------
def cy_page(site: Site61, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y, z, p = nm[0], nm[1], nm[2], nm[5]
    byline = {
        "reporter": f"记者：{x}",
        "reporters": f"记者：{x}　{z}",
        "reporter_t": f"记者：{x}　通讯员：{y}",
        "wentu": f"文/{x}　图/{p}",
    }.get(style, "")
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(
                f'<p style="text-align:center"><img src="{b.src}" data-src="{b.src}" alt=""></p>'
            )
            if b.text:
                cr = " " + esc(b.credit) if b.credit.startswith("（") else ""
                out.append(f'<p class="img-desc" style="text-align:center">{esc(b.text)}{cr}</p>')
            if b.credit.startswith("摄影"):
                out.append(f'<p style="text-align:right">{esc(b.credit)}</p>')
            elif b.credit and not b.text:
                out.append(f'<p style="text-align:center">{esc(b.credit)}</p>')
    body = "\n".join(out)
    eds = f"责任编辑：{esc(a.editors[0])}" + (
        f"　编辑：{esc(a.editors[1])}" if len(a.editors) > 1 else ""
    )
    rel = rel_list(site, a)
    relbox = (
        f'<div class="related"><div class="hd"><span>相关新闻</span></div><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    feed = "".join(
        f'<li class="feed-item"><a href="{b.path}"><div class="t">{esc(b.title)}</div><div class="m">草原云　{b.when:%m-%d}</div></a></li>'
        for b in page_rng(site.seed, "feed" + a.path).sample(
            [b for b in site.arts if b.tpl in ("cy", "mg") and b is not a], 8
        )
    )
    by = f'<span class="author">{esc(byline)}</span>' if byline else ""
    if old:
        main = f"""<div class="article"><h1 class="title">{esc(a.title)}</h1>
<div class="info"><span class="src">来源：内蒙古日报社草原云</span>{by}<span class="time">{a.when:%Y-%m-%d %H:%M}</span></div>
<div class="content" id="content">
{body}
</div>
<div class="editor">{eds}</div>
</div>
{relbox}
<div class="recommend"><h3>热门推荐</h3><ul>{feed}</ul></div>"""
    else:
        main = f"""<div class="open-app" id="openApp"><img src="/cyy/static/img/logo-round.png" alt=""><div><b>草原云</b><p>内蒙古新闻 尽在掌握</p></div><a href="javascript:;" class="btn">打开APP</a></div>
<article class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><span class="source">草原云</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="reads">阅读 {rng.randint(1000, 99999)}</span></div>
{f'<div class="article-author">{esc(byline)}</div>' if byline else ""}
<div class="article-content" id="articleContent">
{body}
</div>
<div class="article-editor">{eds}</div>
<div class="article-copyright">【版权声明】本文为草原云原创稿件，未经授权不得转载。</div>
<div class="like-bar"><a href="javascript:;" class="like">点赞 <em>{rng.randint(10, 900)}</em></a><a href="javascript:;" class="share">分享</a></div>
</article>
{relbox}
<div class="comment-box"><h3>评论</h3><p class="empty">打开草原云APP，参与评论</p></div>
<div class="recommend"><h3>热门推荐</h3><ul>{feed}</ul></div>
<div class="download-bar"><a href="javascript:;">下载草原云客户端，阅读更多精彩内容</a></div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="{CY_SITE}">
<meta property="og:image" content="/cyy/static/img/share-logo.png">
{head_common(rng, "cy", 300, 55)}
<script>window.__SHARE__ = {{"appName":"草原云","newsId":"{a.x["id"]}","channel":"锡林郭勒","wxShare":true}};</script>
</head>
<body>
<div class="wrap">
{main}
</div>
<div class="footer"><p>内蒙古日报社 草原云 版权所有 &copy; {a.when.year}</p><p>互联网新闻信息服务许可证：15120170001　<a href="/cyy/share/list/">更多新闻</a>　<a href="/">锡林郭勒盟行政公署</a></p></div>
</body>
</html>
"""
    return served(page)


# --- 4. 蒙古文 edition (traditional Mongolian script, UTF-8) ---------------------------------------
def mw_page(site: Site61, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    authors = "᠂ ".join(a.authors)
    tr = f"　ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ：{esc(nm[2])}" if style == "one_tr" else ""
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    info = f"<span>ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠴᠠᠭ：{pub}</span><span>ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ：ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠰᠣᠨᠢᠨ</span>" + (
        f"<span>ᠵᠣᠬᠢᠶᠠᠭᠴᠢ：{esc(authors)}</span>" if authors else ""
    )
    body = paras(a.blocks, sep="　")
    ed = (
        f'<div class="mw-editor">ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠠᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ：{esc(a.editors[0])}{tr}</div>'
        if a.editors
        else (f'<div class="mw-editor">{tr.strip("　")}</div>' if tr else "")
    )
    rel = rel_list(site, a)
    relbox = f'<div class="mw-rel"><h3>ᠬᠣᠯᠪᠣᠭᠳᠠᠯ ᠲᠠᠢ ᠮᠡᠳᠡᠭᠡ</h3><ul>{rel}</ul></div>' if rel else ""
    hot = rank(site, a, "mwhot", 8)
    mnav = "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [
            ("/mgl/xwzx/index.html", "ᠨᠢᠭᠤᠷ"),
            ("/mgl/xwzx/index.html", "ᠮᠡᠳᠡᠭᠡ"),
            ("/mgl/zwgk/index.html", "ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠢᠯᠡ"),
            ("/", "ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ"),
        ]
    )
    mongol_css = ".mw-wrap{writing-mode:vertical-lr;-webkit-writing-mode:vertical-lr;font-family:'Menksoft Qagan','Mongolian Baiti','Noto Sans Mongolian';height:560px;overflow-x:auto}"
    if old:
        main = f"""<table width="1000" align="center" class="mw-table"><tr><td valign="top" width="720">
<div class="mw-wrap"><table class="mw-art"><tr><td class="mw-title"><h2>{esc(a.title)}</h2></td></tr>
<tr><td class="mw-zh">（{esc(a.x["zh"])}）</td></tr>
<tr><td class="mw-info">{info}</td></tr>
<tr><td class="mw-content"><div class="TRS_Editor">
{body}
</div></td></tr><tr><td>{ed}</td></tr></table></div>
{relbox}</td><td valign="top" width="260"><div class="mw-hot"><h3>ᠣᠯᠠᠨ ᠤᠩᠰᠢᠭᠰᠠᠨ</h3><ol>{hot}</ol></div></td></tr></table>"""
    else:
        main = f"""<div class="mw-main clearfix"><div class="mw-left"><div class="mw-wrap">
<h1 class="mw-title">{esc(a.title)}</h1>
<p class="mw-zh">{esc(a.x["zh"])}</p>
<div class="mw-info">{info}</div>
<div class="mw-content" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
{ed}
</div>
{relbox}
</div>
<div class="mw-right"><div class="mw-hot"><h3>ᠣᠯᠠᠨ ᠤᠩᠰᠢᠭᠰᠠᠨ</h3><ol>{hot}</ol></div><div class="mw-box"><h3>ᠬᠣᠰᠢᠭᠤ ᠬᠣᠲᠠ</h3><ul>{"".join(f'<li><a href="/qxzc/list_8_1.html">{v}</a></li>' for v in BANNERS.values())}</ul></div></div></div>"""
    page = f"""<!DOCTYPE html>
<html lang="mn-Mong">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}-{MW_SITE}</title>
<meta name="SiteName" content="{MW_SITE}">
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{pub}">
<meta name="ContentSource" content="ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠰᠣᠨᠢᠨ">
<style>{mongol_css}</style>
{head_common(rng, "mw", 320, 45)}
</head>
<body>
<div class="mw-top"><a href="/">汉文版</a> | <a href="/mgl/xwzx/index.html">ᠮᠣᠩᠭᠣᠯ ᠬᠡᠪᠯᠡᠯ</a></div>
<div class="mw-header"><a href="/mgl/xwzx/index.html" class="logo">{MW_SITE}</a></div>
<div class="mw-nav"><ul>{mnav}</ul></div>
{main}
<div class="mw-footer"><p>{MW_SITE} &copy; {a.when.year}</p><p>主办：锡林郭勒盟行政公署办公室　蒙ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 5. 自治区农牧厅 (信息公开 table above the text) ------------------------------------------------
def nm_page(site: Site61, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    office = a.x["office"]
    author = {"person": nm[0], "office": office}.get(style, "")
    index_no = f"11150000011510000X/{a.when:%Y}-{a.x['id'] % 10000:05d}"
    table = f"""<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>{index_no}</td><th>主题分类：</th><td>农业、畜牧业、渔业</td></tr>
<tr><th>发布机构：</th><td>内蒙古自治区农牧厅</td><th>生成日期：</th><td>{a.when:%Y-%m-%d}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{esc(a.title)}</td></tr>
<tr><th>文　　号：</th><td></td><th>主 题 词：</th><td>{esc(a.x["ctx"]["topic"])}</td></tr></table>"""
    body = paras(a.blocks, sep="")
    if style == "zhuangao":
        body += f'\n<p style="text-align: right;">（撰稿：{esc(nm[0])}）</p>'
    rel = rel_list(site, a)
    relbox = f'<div class="xgxx"><h3>相关信息</h3><ul>{rel}</ul></div>' if rel else ""
    latest_box = "".join(li(b, "%m-%d") for b in latest(site.of("nm"))[:7] if b is not a)
    if old:
        main = f"""<table width="1000" align="center" class="wz"><tr><td>当前位置：<a href="/nmt/">首页</a> &gt; <a href="/nmt/xxgk/index.html">信息公开</a> &gt; <a href="/nmt/xxgk/zfxxgk/fdzdgknr/index.html">法定主动公开内容</a></td></tr></table>
<table width="1000" align="center"><tr><td>
{table}
<table width="100%" class="art"><tr><td class="bt" align="center">{esc(a.title)}</td></tr>
<tr><td class="ly" align="center">来源：{esc(office if style == "office" else "内蒙古自治区农牧厅")}{f"　作者：{esc(author)}" if author and style != "office" else ""}</td></tr>
<tr><td class="nr"><div class="TRS_Editor">
{body}
</div></td></tr>
<tr><td align="right">责任编辑：{esc(a.editors[0])}</td></tr></table>
{relbox}
</td></tr></table>"""
    else:
        au = f"<span>作者：{esc(author)}</span>" if author else ""
        main = f"""<div class="crumb">当前位置：<a href="/nmt/">首页</a> &gt; <a href="/nmt/xxgk/index.html">信息公开</a> &gt; <a href="/nmt/xxgk/zfxxgk/fdzdgknr/index.html">法定主动公开内容</a> &gt; 工作动态</div>
<div class="xxgk-main clearfix"><div class="xxgk-left"><div class="tree"><h3>信息公开目录</h3><ul><li><a href="/nmt/xxgk/index.html">机构信息</a></li><li><a href="/nmt/xxgk/index.html">政策文件</a></li><li><a href="/nmt/xxgk/zfxxgk/fdzdgknr/index.html">工作动态</a></li><li><a href="/nmt/xxgk/index.html">财政信息</a></li><li><a href="/nmt/xxgk/index.html">政府信息公开年报</a></li></ul></div></div>
<div class="xxgk-right">
{table}
<div class="detail">
<h1>{esc(a.title)}</h1>
<div class="detail-info"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：内蒙古自治区农牧厅</span>{au}<span>【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="detail-con" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="detail-editor">责任编辑：{esc(a.editors[0])}</div>
<div class="detail-tools"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
{relbox}
<div class="zxxx"><h3>最新信息</h3><ul>{latest_box}</ul></div>
</div></div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}_{NM_SITE}</title>
<meta name="SiteName" content="{NM_SITE}"><meta name="SiteDomain" content="nmt.nmg.gov.cn"><meta name="SiteIDCode" content="1500000049">
<meta name="ColumnName" content="工作动态"><meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">
{head_common(rng, "nm", 320, 45)}
</head>
<body>
<div class="top"><span>内蒙古自治区农牧厅</span><a href="/">锡林郭勒盟行政公署</a></div>
<div class="header"><a href="/nmt/xxgk/index.html" class="logo"><img src="/nmt/images/logo.png" alt="{NM_SITE}"></a></div>
<div class="nav"><ul><li><a href="/nmt/xxgk/index.html">首页</a></li><li><a href="/nmt/xxgk/index.html">信息公开</a></li><li><a href="/nmt/xxgk/zfxxgk/fdzdgknr/index.html">工作动态</a></li><li><a href="/search/index.html?q=农牧">搜索</a></li></ul></div>
{main}
<div class="footer"><p>主办：内蒙古自治区农牧厅　地址：呼和浩特市赛罕区</p><p>网站标识码：1500000049　蒙ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


PAGES = {"mg": mg_page, "qx": qx_page, "cy": cy_page, "mw": mw_page, "nm": nm_page}


def register(site: Site61) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
