"""Site 46's article pages: SiteServer CMS (``/contents/12/3456.html``, the hits counter script,
作者 "记者 X 通讯员 Y"), JEECMS (``/xwzx/123.jhtml``, 本报讯（记者 X 通讯员 Y） leads,
``Cms.viewCount``, the comment box), Jspxcms (``/info/123.html``, 文/X 图/P byline paragraphs,
``info_views``), a 大汉 网站群 county government portal in GBK (``/art/2024/5/8/art_1229_456.html``,
``<!--<ucapcontent>-->``, ``articlehits.jsp``; 2019 pages in GB2312 tables) and a 新华网-built
县级融媒体 platform (``/2024-05/08/c_1130123456.htm``, 【责任编辑:E】, closing 记者 lines)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site46

LABELS = {
    "ss": "云州新闻网",
    "jc": "云州县新闻网",
    "jx": "云州学院新闻网",
    "hw": "云州县人民政府",
    "xh": "云州融媒",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site46, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def body_html(blocks: list[Block], mode: str = "split", indent: bool = False) -> str:
    """The story's paragraphs; a picture's caption and credit as the CMS editor puts them:
    ``split`` (caption, then the credit in its own line), ``joined`` (one centred line)."""
    sty = ' style="text-indent:2em;"' if indent else ""
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{sty}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p{sty}><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align:center;"><img src="{b.src}" title="{esc(b.text)}" border="0" style="max-width:100%"></p>'
            )
            if mode == "joined":
                line = "　".join(x for x in (esc(b.text), esc(b.credit)) if x)
                if line:
                    out.append(f'<p style="text-align:center;">{line}</p>')
            else:
                if b.text:
                    out.append(f'<p style="text-align:center;">{esc(b.text)}</p>')
                if b.credit:
                    out.append(
                        f'<p style="text-align:center;"><span style="color:#666;font-size:12px">{esc(b.credit)}</span></p>'
                    )
    return "\n".join(out)


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s46' + tpl)}</script>"


def _prev_next(site: Site46, a: Art) -> tuple[str, str]:
    arts = latest(site.of(a.tpl))
    idx = arts.index(a)
    prev = (
        f'<a href="{arts[idx + 1].path}">{esc(arts[idx + 1].title)}</a>'
        if idx + 1 < len(arts)
        else "没有了"
    )
    nxt = f'<a href="{arts[idx - 1].path}">{esc(arts[idx - 1].title)}</a>' if idx else "没有了"
    return prev, nxt


# --- 1. SiteServer CMS ------------------------------------------------------------------------
def ss_page(site: Site46, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    author = {
        "rc": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "rc2": f"记者 {nm[0]} {nm[1]} 通讯员 {nm[2]}",
        "person": nm[0],
        "two": f"{nm[0]}　{nm[1]}",
        "corr": f"通讯员 {nm[2]} {nm[3]}",
        "wentu": "",
    }[st]
    source = (
        "云州日报" if st in ("rc", "rc2", "wentu") else rng.choice(["云州新闻网", "市城市管理局"])
    )
    byline = f'<p style="text-align:left;">文/{nm[0]}　图/{nm[5]}</p>\n' if st == "wentu" else ""
    editor = f'<div class="editor">【责任编辑：{a.editors[0]}】</div>' if a.editors else ""
    rel = ""
    if a.related:
        rel = f'<div class="xgxw"><div class="hd"><span>相关新闻</span></div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(
        f"<li><i>{k}</i>{li(b, '%m-%d')[4:-5]}</li>"
        for k, b in enumerate(others(site, a, 10, "hot"), 1)
    )
    pics = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/upload/images/{b.when:%Y/%m}/{b.x["id"]}s.jpg"><p>{esc(trunc(b.title, 16))}</p></a></li>'
        for b in others(site, a, 4, "pic")
    )
    hits = f'<script type="text/javascript" src="/api/stl/actions/hits?siteId=1&channelId={a.x["ch"]}&contentId={a.x["id"]}&autoIncrease=true"></script>'
    if a.x["old"]:
        info = f'<td class="info" align="center">{a.when:%Y年%m月%d日 %H:%M}　来源：{source}　作者：{author}　点击：{hits}</td>'
        article = f"""<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="article">
<tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/channels/{a.x["ch"]}.html">云州要闻</a> &gt;&gt; 正文</td></tr>
<tr><td class="title" align="center"><h1>{esc(a.title)}</h1></td></tr>
<tr>{info}</tr>
<tr><td class="content" id="zoom">
{byline}{body_html(a.blocks, "joined", True)}
</td></tr>
<tr><td>{editor}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>{rel}</td></tr>
</table>"""
    else:
        article = f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/channels/{a.x["ch"]}.html">云州要闻</a> &gt; 正文</div>
<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{source}</span><span>作者：{author}</span><span>浏览次数：{hits}</span><span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="article-content" id="zoom">
{byline}{body_html(a.blocks, "joined")}
</div>
{editor}
<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdStyle":"0","bdSize":"24"}},"share":{{}}}};</script>
<div class="prenext"><p>上一篇：{_prev_next(site, a)[0]}</p><p>下一篇：{_prev_next(site, a)[1]}</p></div>
{rel}
</div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{esc(a.title)}_云州要闻_云州新闻网</title>
<meta name="keywords" content="{esc(ctx["topic"])},{esc(ctx["town"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
<meta name="generator" content="SiteServer CMS">
<link rel="stylesheet" href="/css/style.css">
{head_common(rng, "ss", 270, 40)}
<script type="text/javascript" src="/sitefiles/assets/jquery/jquery-1.9.1.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span id="today"></span><script>document.getElementById('today').innerHTML=new Date().toLocaleDateString();</script><a href="/channels/about.html">关于我们</a> | <a href="/channels/baoliao.html">新闻爆料</a> | <a href="http://epaper.yzrb.example/">云州日报电子版</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="云州新闻网"></a><div class="search"><form action="/utils/search.html" method="get"><input type="text" name="word" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/channels/12.html">云州要闻</a></li><li><a href="/channels/13.html">区县新闻</a></li><li><a href="/channels/15.html">民生</a></li><li><a href="/channels/16.html">图片</a></li><li><a href="/channels/17.html">视频</a></li><li><a href="/channels/zt.html">专题</a></li></ul></div>
<div class="w1200 clearfix"><div class="main-left">
{article}
<div class="comment"><h3>网友评论</h3><div id="comments" data-id="{a.x["id"]}">评论加载中…</div><p class="tip">文明上网，理性发言</p></div>
</div>
<div class="main-right"><div class="box"><div class="hd">热点排行</div><ol class="rank">{hot}</ol></div><div class="box"><div class="hd">图片新闻</div><ul class="piclist">{pics}</ul></div><div class="box qr"><img src="/images/app_qr.png" alt="云州新闻客户端"><p>扫码下载云州新闻客户端</p></div></div></div>
<div class="footer"><p><a href="/channels/about.html">关于我们</a> | <a href="/channels/contact.html">联系我们</a> | <a href="/channels/copyright.html">版权声明</a></p><p>云州日报社主办　版权所有　互联网新闻信息服务许可证：00000000000　滇ICP备00000000号</p><p>违法和不良信息举报电话：0871-12345678</p></div>
</body>
</html>
"""
    return served(page)


# --- 2. JEECMS --------------------------------------------------------------------------------
def jc_page(site: Site46, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    author = {"field": nm[0], "lead_r": nm[0]}.get(st, "")
    source = "云州县融媒体中心" if st != "field" else rng.choice(["云州日报", "县委宣传部"])
    editor = f'<div class="zrbj">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    rel = ""
    if a.related:
        rel = f'<div class="related"><div class="title"><h3>相关阅读</h3></div><ul>{"".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)}</ul></div>'
    tags = "".join(
        f'<a href="/tag/{esc(t)}.jhtml" target="_blank">{esc(t)}</a>' for t in (ctx["topic"],)
    )
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    rec = "".join(li(b, "%m-%d") for b in others(site, a, 8, "rec"))
    prev, nxt = _prev_next(site, a)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} - 新闻中心 - 云州县新闻网</title>
<meta http-equiv="keywords" content="{esc(ctx["topic"])}"/>
<meta http-equiv="description" content="{esc(trunc(a.paras[0], 60))}"/>
<link href="/r/cms/www/red/css/layout.css" rel="stylesheet" type="text/css"/>
{head_common(rng, "jc", 260, 45)}
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
<script type="text/javascript">
$(function() {{
  Cms.attachment("", "{a.x["id"]}", "0", "attach");
  Cms.viewCount("", "{a.x["id"]}");
  Cms.siteFlow("", location.href, document.referrer);
}});
</script>
</head>
<body>
<div class="top"><div class="w"><span>欢迎访问云州县新闻网！</span><span class="r"><a href="/login.jspx">登录</a> | <a href="/register.jspx">注册</a></span></div></div>
<div class="header w"><a href="/" class="logo"><img src="/r/cms/www/red/img/logo.png" alt="云州县新闻网"/></a>
<div class="search"><form action="/search.jspx" target="_blank"><input type="text" name="q" class="search-input"/><input type="submit" value="站内搜索"/></form></div></div>
<div class="menu w"><ul><li><a href="/">首页</a></li><li class="current"><a href="/xwzx/index.jhtml">新闻中心</a></li><li><a href="/xzdt/index.jhtml">乡镇动态</a></li><li><a href="/bmdt/index.jhtml">部门动态</a></li><li><a href="/ztzl/index.jhtml">专题专栏</a></li><li><a href="/spxw/index.jhtml">视频新闻</a></li></ul></div>
<div class="w clearfix">
<div class="l-box">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.jhtml">新闻中心</a> &gt; 正文</div>
<div class="con-box">
<h1 class="con-title">{esc(a.title)}</h1>
<div class="msgbar">发布时间： {a.when:%Y-%m-%d %H:%M} &nbsp; 作者：{author} &nbsp; 来源：{source} &nbsp; 浏览次数：<span id="views"></span></div>
<div class="con-txt" id="zoom">
{body_html(a.blocks, "joined", True)}
</div>
<div id="attach"></div>
{editor}
<div class="tags">标签：{tags}</div>
<div class="share"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="updown"><div>上一篇：{prev}</div><div>下一篇：{nxt}</div></div>
</div>
{rel}
<div class="comment-box"><div class="title"><h3>评论</h3></div>
<form id="commentForm" action="/comment.jspx" method="post"><textarea name="text" rows="5"></textarea><input type="hidden" name="contentId" value="{a.x["id"]}"/><input type="text" name="captcha" size="6"/><img src="/captcha.svl" onclick="this.src='/captcha.svl?d='+new Date()*1"/><input type="submit" value="发表评论"/></form>
<div id="commentListDiv"></div>
<script type="text/javascript">$(function(){{Cms.commentList("","commentListDiv",{{contentId:{a.x["id"]},count:10}});}});</script>
</div>
</div>
<div class="r-box"><div class="box"><div class="title"><h3>热点新闻</h3></div><ul>{hot}</ul></div><div class="box"><div class="title"><h3>推荐阅读</h3></div><ul>{rec}</ul></div>
<div class="box"><a href="/zt/2024xczx/index.jhtml"><img src="/u/cms/www/202405/zt_banner.jpg" alt="专题：奋力推进乡村振兴"/></a></div></div>
</div>
<div class="footer w"><p><a href="/gywm/index.jhtml">关于我们</a> | <a href="/lxwm/index.jhtml">联系我们</a> | <a href="/sitemap.jhtml">网站地图</a></p><p>主办：中共云州县委宣传部　承办：云州县融媒体中心　滇ICP备00000001号</p><p>Powered by JEECMS</p></div>
</body>
</html>
"""
    return served(page)


# --- 3. Jspxcms -------------------------------------------------------------------------------
def jx_page(site: Site46, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    field = {
        "wentu": nm[0],
        "wen2": f"{nm[0]} {nm[1]}",
        "field": nm[0],
        "unit": "党委宣传部",
        "corr": f"通讯员 {nm[2]}",
    }[st]
    byline = {
        "wentu": f"<p>文/{nm[0]}　图/{nm[5]}</p>\n",
        "wen2": f"<p>文/{nm[0]}、{nm[1]}</p>\n",
    }.get(st, "")
    source = "党委宣传部" if st != "corr" else ctx["school"]
    close = f'<p style="text-align:right;">（编辑：{a.editors[0]}）</p>' if a.editors else ""
    when = f"{a.when:%Y-%m-%d}" if a.x["old"] else f"{a.when:%Y-%m-%d %H:%M:%S}"
    rel = ""
    if a.related:
        rel = f'<div class="info-related"><div class="t">相关文章</div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    new = "".join(li(b, "%m-%d") for b in others(site, a, 8, "new"))
    media = "".join(li(b, "%m-%d") for b in others(site, a, 6, "media"))
    page = f"""<!doctype html>
<html>
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>{esc(a.title)}-云州学院新闻网</title>
<meta name="keywords" content="{esc(ctx["topic"])}"/>
<meta name="description" content="{esc(trunc(a.paras[0], 70))}"/>
<link rel="stylesheet" href="/static/vendor/bootstrap/css/bootstrap.min.css"/>
{head_common(rng, "jx", 280, 42)}
<script src="/static/vendor/jquery/jquery.js"></script>
</head>
<body>
<div class="top-line"><div class="container"><a href="http://www.yzxy.example/">学校主页</a> | <a href="/node/9.html">English</a></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/uploads/1/image/logo.png" alt="云州学院新闻网"/></a>
<form class="search" action="/search.jspx"><input name="q" type="text"/><button type="submit">搜索</button></form></div></div>
<nav class="navbar"><div class="container"><ul><li><a href="/">首页</a></li><li><a href="/node/5.html">学校要闻</a></li><li><a href="/node/6.html">综合新闻</a></li><li><a href="/node/7.html">媒体云院</a></li><li><a href="/node/8.html">图片新闻</a></li><li><a href="/node/10.html">视频云院</a></li><li><a href="/node/11.html">校园人物</a></li></ul></div></nav>
<div class="container"><div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/node/5.html">学校要闻</a></li><li class="active">正文</li></ol>
<div class="info-box">
<h2 class="info-title">{esc(a.title)}</h2>
<div class="info-meta">作者：{field}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;发布时间：{when}&nbsp;&nbsp;点击：<span id="info_views"></span></div>
<script>$(function(){{$.get("/info_views/{a.x["id"]}.jspx?d="+new Date()*1,function(views){{$("#info_views").text(views);}});}});</script>
<div class="info-text">
{byline}{body_html(a.blocks, "split", True)}
{close}
</div>
<div class="info-fav"><a href="javascript:;" id="favorite">收藏</a> <a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
<div class="info-nav"><p>上一篇：{_prev_next(site, a)[0]}</p><p>下一篇：{_prev_next(site, a)[1]}</p></div>
</div>
{rel}
</div>
<div class="col-md-4"><div class="side-box"><h3>最新发布</h3><ul>{new}</ul></div><div class="side-box"><h3>媒体云院</h3><ul>{media}</ul></div>
<div class="side-box"><h3>校园微信</h3><img src="/uploads/1/image/wx_qr.jpg" alt="云州学院微信公众号"/></div></div>
</div></div>
<footer class="footer"><div class="container"><p>版权所有：云州学院　地址：云州市大学城学府路1号　邮编：650000</p><p>党委宣传部主办　电话：0871-6600{rng.randint(1000, 9999)}　<a href="/node/12.html">投稿须知</a></p><p>Powered by Jspxcms</p></div></footer>
</body>
</html>
"""
    return served(page)


# --- 4. 大汉 网站群 (GBK; 2019 pages GB2312) ----------------------------------------------------
def hw_page(site: Site46, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    unit = ctx["unit"]
    field = {
        "unit": "",
        "unit_a": "县融媒体中心",
        "person": nm[0],
        "rc": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "corr": "",
    }[st]
    close = f"<p>（通讯员：{nm[2]}）</p>" if st == "corr" else ""
    when = f"{a.when:%Y-%m-%d}" if a.x["day_only"] else f"{a.when:%Y-%m-%d %H:%M}"
    editor = f"<p>【责任编辑：{a.editors[0]}】</p>" if a.editors else ""
    hits = f'<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={a.x["col"]}&artid={a.x["id"]}"></script>'
    rel = ""
    if a.related:
        rel = f'<table width="100%" class="xgxx"><tr><td class="bt">相关信息</td></tr><tr><td><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></td></tr></table>'
    news = "".join(li(b, "%m-%d") for b in others(site, a, 8, "zwdt"))
    links = "".join(
        f'<option value="http://www.{k}.gov.example/">{v}</option>'
        for k, v in [
            ("yunzhou", "云州市人民政府"),
            ("yn", "省人民政府"),
            ("gov", "中国政府网"),
            ("qs", "青石县人民政府"),
        ]
    )
    author_cell = f"　作者：{field}" if field else ""
    content = f"""<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body_html(a.blocks, "split", True)}
{close}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>"""
    meta_cs = "gb2312" if a.x["old"] else "gbk"
    if a.x["old"]:
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="30" class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{a.x["col"]}/index.html">工作动态</a></td></tr>
<tr><td align="center" height="60"><font style="font-size:22px;color:#B50000;font-weight:bold">{esc(a.title)}</font></td></tr>
<tr><td align="center" height="30" class="bt_time">发布日期：{when}　信息来源：{unit}{author_cell}　浏览次数：{hits}</td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="bt_content" style="font-size:16px;line-height:30px">
<!--<ucapcontent>-->{content}<!--</ucapcontent>-->
</td></tr>
<tr><td>{editor}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>{rel}</td></tr>
</table>"""
    else:
        main = f"""<div class="main w1100">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1228/index.html">政务动态</a> &gt; <a href="/col/col{a.x["col"]}/index.html">部门动态</a></div>
<div class="article">
<div class="title"><!--<ucaptitle>-->{esc(a.title)}<!--</ucaptitle>--></div>
<div class="info"><span>发布日期：{when}</span><span>信息来源：{unit}</span>{f"<span>作者：{field}</span>" if field else ""}<span>浏览次数：{hits}</span><span>字体：[ <a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</span></div>
<div class="bt_content">
<!--<ucapcontent>-->{content}<!--</ucapcontent>-->
</div>
{editor}
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】<a href="javascript:;" onclick="share()">分享</a></div>
{rel}
</div>
<div class="side"><h3>政务动态</h3><ul>{news}</ul></div>
</div>"""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_cs}" />
<title>云州县人民政府 {esc(a.title)}</title>
<meta name="SiteName" content="云州县人民政府">
<meta name="SiteDomain" content="www.yzx.gov.example">
<meta name="SiteIDCode" content="5301000001">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{esc(unit)}">
<meta name="Keywords" content="{esc(ctx["topic"])}">
<meta name="Description" content="{esc(trunc(a.paras[0], 60))}">
{head_common(rng, "hw", 250, 36)}
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/script/hanweb.js"></script>
</head>
<body>
<div class="topbar w1100"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a href="/col/col1270/index.html">无障碍</a> | <a href="/col/col1271/index.html">长者模式</a> | <a href="http://www.yzx.gov.example/jact/front/login.do">登录</a></div>
<div class="header w1100"><img src="/images/banner_gov.jpg" alt="云州县人民政府"></div>
<div class="nav w1100"><a href="/">首页</a><a href="/col/col1228/index.html">政务动态</a><a href="/col/col1300/index.html">信息公开</a><a href="/col/col1400/index.html">政务服务</a><a href="/col/col1500/index.html">互动交流</a><a href="/col/col1600/index.html">走进云州</a></div>
{main}
<div class="footer w1100"><div class="links">相关链接：<select onchange="window.open(this.value)"><option>政府网站</option>{links}</select></div>
<p><a href="/col/col1280/index.html">网站地图</a> | <a href="/col/col1281/index.html">联系我们</a></p><p>主办单位：云州县人民政府办公室　网站标识码：5301000001　滇ICP备00000002号　滇公网安备00000000000000号</p>
<p><script>document.write('<span id="_ideConac"></span>');</script>技术支持：南京大汉网络有限公司</p></div>
</body>
</html>
"""
    return served(page, meta_cs, header=not a.x["old"])


# --- 5. 新华网-built 县级融媒体 ---------------------------------------------------------------
def xh_page(site: Site46, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    top = f"<p>文/{nm[0]}　图/{nm[5]}</p>\n" if st == "wentu" else ""
    close = {
        "close": f"<p>记者：{nm[0]}　{nm[1]}</p>",
        "close_rc": f"<p>融媒体记者：{nm[0]}　通讯员：{nm[2]}</p>",
    }.get(st, "")
    source = "云州县融媒体中心" if st != "none" else rng.choice(["县文化和旅游局", "县委宣传部"])
    rel = ""
    if a.related:
        rel = f'<div class="relatedNews"><div class="tit">延伸阅读</div><ul>{"".join(li(site.by_path[p], "%Y-%m-%d %H:%M") for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    video = "".join(
        f'<li><a href="{b.path}"><img src="/titlepic/{b.x["id"]}_s.jpg"><span class="play"></span><p>{esc(b.title)}</p></a></li>'
        for b in others(site, a, 4, "video")
    )
    if a.x["old"]:
        header = f"""<div class="h-title">{esc(a.title)}</div>
<div class="h-info"><span class="h-time">{a.when:%Y-%m-%d %H:%M:%S}</span> <span>来源： {source}</span></div>"""
    else:
        header = f"""<div class="head-line"><h1><span class="title">{esc(a.title)}</span></h1></div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> {a.when:%Y}</em></span><span class="day"><em> {a.when:%m}</em>/<em>{a.when:%d}</em></span><span class="time"> {a.when:%H:%M:%S}</span></div>
<div class="source">来源： {source}</div><div class="pageShare"><span>分享到：</span><a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a></div></div>
<div class="readcount">阅读量：<span id="readNum"></span></div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}-云州融媒</title>
<meta name="keywords" content="{esc(ctx["topic"])},{esc(ctx["town"])}" />
<meta name="description" content="{esc(a.title)}---{esc(trunc(a.paras[0], 60))}" />
<meta name="source" content="{source}" />
<meta name="publishid" content="{a.x["id"]}" />
{head_common(rng, "xh", 260, 44)}
<script src="//lib.xinhuanet.example/jquery/jquery1.12.4/jquery.min.js"></script>
<script>var readUrl="/api/read/count?contentId={a.x["id"]}";$(function(){{$.getJSON(readUrl,function(d){{$("#readNum").text(d.count);}});}});</script>
</head>
<body>
<div class="topBar"><div class="widthMain"><a href="/" class="logo"><img src="/images/logo_yzrm.png" alt="云州融媒"></a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/node_101.htm">本地新闻</a></li><li><a href="/node_102.htm">乡镇动态</a></li><li><a href="/node_103.htm">文旅云州</a></li><li><a href="/video/index.htm">视频</a></li><li><a href="/photo/index.htm">图片</a></li><li><a href="/zt/2024wlrh/index.htm">专题</a></li></ul></div></div>
<div class="widthMain main clearfix"><div class="main-left">
<div class="header">
{header}
</div>
<div class="main-aticle"><div id="detail">
{top}{body_html(a.blocks, "split")}
{close}
</div>
<div class="editor" style="text-align:right">【责任编辑:{a.editors[0]}】</div>
</div>
{rel}
<div class="app-down"><img src="/images/app_yzrm_qr.png"><p>下载云州融媒客户端 获取更多本地资讯</p></div>
</div>
<div class="main-right"><div class="part"><h3>热点排行</h3><ul>{hot}</ul></div><div class="part"><h3>精彩视频</h3><ul class="video">{video}</ul></div></div></div>
<div class="foot"><p><a href="/about/index.htm">关于我们</a> | <a href="/about/contact.htm">联系我们</a></p><p>云州县融媒体中心　版权所有　未经授权禁止复制或建立镜像</p><p>技术支持：新华网股份有限公司</p></div>
<script src="//www.xinhuanet.example/global/js/pageCore.js"></script>
</body>
</html>
"""
    return served(page)


RENDER: dict[str, Callable[[Site46, Art], tuple[bytes, str]]] = {
    "ss": ss_page,
    "jc": jc_page,
    "jx": jx_page,
    "hw": hw_page,
    "xh": xh_page,
}


def register(site: Site46) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
