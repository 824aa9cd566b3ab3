"""Site 47's article pages: a 风讯 Foosun county news site (作者：佚名, 本报讯（记者 X 通讯员 Y）,
文/图 X, 2019 pages in GB2312 tables), a 科汛 KesionCMS city portal (``/Item/123.aspx``, 作者
"记者 X 通讯员 Y", 网友评论, Tags), a 动力文章/新云 water bureau site (``ShowArticle.asp``, GB2312,
``<font>`` tables, 文章录入/责任编辑, text runs between ``<br>``), a PageAdmin town government site
(``/news/show-123.html``, 2024/5/8 9:32:15, 撰稿/审核 and 文/图 closing lines, 2019 乔客 pages in
GB2312) and a hand-built primary school site (FrontPage tables in GB2312, the school's name as
the ``<title>``, 发布日期：2024年5月8日)."""

# ruff: noqa: E501  (markup is written the way these CMSes write it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site47

LABELS = {
    "fs": "青阳新闻网",
    "ks": "云州城市网",
    "na": "青阳县水利局",
    "pa": "石塘镇人民政府",
    "sc": "青阳县城关镇中心小学",
}
COMMENTS = [
    "支持！为家乡点赞。",
    "希望多做这样的实事，老百姓看得见。",
    "路修好了，出行方便多了。",
    "什么时候能推广到我们村？",
    "工作人员辛苦了！",
    "这个好，要坚持下去。",
    "建议把后续进展也报道一下。",
    "家门口的变化越来越大了。",
]


def ymd(w: datetime) -> str:
    return f"{w.year}-{w.month}-{w.day}"


def ymdhms(w: datetime) -> str:
    return f"{w.year}-{w.month}-{w.day} {w.hour}:{w.minute:02d}:{w.second:02d}"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, date: bool = True, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    d = f"<span>{ymd(a.when)}</span>" if date else ""
    return f'<li{c}><a href="{esc(a.path)}" target="_blank" title="{esc(a.title)}">{esc(trunc(a.title, 26))}</a>{d}</li>'


def others(site: Site47, a: Art, k: int, key: str) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def prevnext(site: Site47, a: Art) -> tuple[Art | None, Art | None]:
    arts = latest(site.of(a.tpl))
    k = arts.index(a)
    return (arts[k + 1] if k + 1 < len(arts) else None, arts[k - 1] if k else None)


def pn_link(b: Art | None, none: str = "没有了") -> str:
    return f'<a href="{esc(b.path)}">{esc(b.title)}</a>' if b else none


def body_p(blocks: list[Block], indent: str = "", cap: str = "center") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{indent}{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>{indent}<strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align:{cap}"><img src="{b.src}" border="0" alt="" /></p>')
            if b.text:
                out.append(f'<p style="text-align:{cap}">{esc(b.text)}</p>')
            if b.credit:
                out.append(f'<p style="text-align:{cap}">{esc(b.credit)}</p>')
    return "\n".join(out)


def body_br(blocks: list[Block]) -> str:
    """动力文章's pasted text: runs indented with &nbsp; and split by <br><br>."""
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}<br><br>")
        elif b.kind == "h":
            out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(b.text)}</b><br><br>")
        else:
            cap = f"<br><font color=#666666>{esc(b.text)}</font>" if b.text else ""
            out.append(
                f'<div align=center><img src="{b.src}" border=0 onload="javascript:if(this.width>560)this.width=560;">{cap}</div><br>'
            )
    return "\n".join(out)


def head(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f'<style type="text/css">{css(rng, tpl, n_css)}</style>\n<script type="text/javascript">{filler_js(rng, "common-" + tpl, n_js)}</script>\n<script type="text/javascript">{stats_js("s47" + tpl)}</script>'


def comments(rng: random.Random, k: int) -> str:
    rows = []
    for n in range(k):
        ip = f"{rng.randint(27, 223)}.{rng.randint(1, 254)}.*.*"
        t = f"2024-5-{rng.randint(9, 28)} {rng.randint(7, 23)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        rows.append(
            f'<div class="cmt_item"><div class="cmt_user">网友 [{ip}] 于 {t} 发表：</div><div class="cmt_txt">{esc(rng.choice(COMMENTS))}</div><div class="cmt_floor">{n + 1}楼</div></div>'
        )
    return "".join(rows) or '<div class="cmt_none">暂无评论</div>'


# --- 1. 风讯 Foosun 青阳新闻网 -------------------------------------------------------------------
def fs_page(site: Site47, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    author = {
        "yiming": "佚名",
        "bzx": "佚名",
        "bzx_tx": "",
        "field": nm[0],
        "wentu": "佚名",
        "two": f"{nm[0]}　{nm[1]}",
    }[st]
    text = body_p(a.blocks, "　　")
    if st == "wentu":
        text = f"<p>　　文/图　{nm[0]}</p>\n" + text
    if a.editors:
        text += f'\n<p style="text-align:right">（责任编辑：{a.editors[0]}）</p>'
    prev, nxt = prevnext(site, a)
    rel = "".join(li(site.by_path[p]) for p in a.related)
    hot = "".join(
        f"<li><em>{k}</em>{li(b, False)[4:]}" for k, b in enumerate(others(site, a, 10, "hot"), 1)
    )
    pics = "".join(
        f'<li><a href="{esc(b.path)}"><img src="/UploadFiles/news/{b.when:%Y%m}/s_{b.x["id"]}.jpg" width="140" height="100" /><br/>{esc(trunc(b.title, 12))}</a></li>'
        for b in others(site, a, 4, "pic")
    )
    nav = '<a href="/">首页</a><a href="/html/news/index.html">青阳要闻</a><a href="/html/news/index.html">乡镇动态</a><a href="/html/news/index.html">部门动态</a><a href="/html/photo/index.html">图片新闻</a><a href="/zt/2024fxzt/index.html">专题专栏</a><a href="/html/gsgg/index.html">公示公告</a>'
    if a.x["old"]:  # Foosun 2.0 ASP in GB2312: tables
        rel_t = (
            f'<table width="100%" class="xgwz"><tr><td class="xgwz_tit"><b>相关文章</b></td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
            if rel
            else ""
        )
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}-青阳新闻网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},青阳新闻网" />
<meta name="description" content="{esc(trunc(a.paras[0], 60))}" />
{head(rng, "fs", 250, 40)}
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="120" background="/Templets/images/top_bg.jpg"><img src="/Templets/images/logo.gif" /></td></tr>
<tr><td class="nav" height="34">{nav}</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="680" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="position">您现在的位置：<a href="/">青阳新闻网</a> &gt;&gt; <a href="/html/news/index.html">乡镇动态</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="content_title"><font style="font-size:20px"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="content_info">作者：{author}　来源：{a.x["src"]}　更新时间：{ymdhms(a.when)}　点击数：<script language="javascript" src="/Click.asp?id={a.x["id"]}"></script></td></tr>
<tr><td class="content_txt" id="fontzoom">
{text}
</td></tr>
<tr><td align="right">[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</td></tr>
<tr><td>上一篇：{pn_link(prev)}<br />下一篇：{pn_link(nxt)}</td></tr></table>
{rel_t}
</td>
<td width="270" valign="top" class="right"><table width="100%"><tr><td class="r_tit">热点排行</td></tr><tr><td><ul>{hot}</ul></td></tr><tr><td class="r_tit">图片新闻</td></tr><tr><td><ul class="pic">{pics}</ul></td></tr></table></td>
</tr></table>
<table width="960" align="center" class="footer"><tr><td align="center">主办：中共青阳县委宣传部　承办：青阳县融媒体中心<br />Copyright &copy; 2008-2019 青阳新闻网 All Rights Reserved　皖ICP备05000000号</td></tr></table>
</body>
</html>
"""
        return served(page, "gb2312")
    rel_d = (
        f'<div class="xgwz"><div class="xgwz_tit">相关文章</div><ul>{rel}</ul></div>' if rel else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_青阳新闻网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},{esc(a.x["ctx"]["place"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
<link href="/sysImages/css/PagesCSS.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/sysImages/js/jquery.js"></script>
<script type="text/javascript" src="/sysImages/js/Public.js"></script>
{head(rng, "fs", 270, 45)}
</head>
<body>
<div class="topbar"><div class="w1000"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="javascript:SetHome(this,window.location)">设为首页</a> | <a href="javascript:AddFavorite()">加入收藏</a></div></div>
<div class="header w1000"><a href="/"><img src="/Templets/2020/images/logo.png" alt="青阳新闻网" /></a><form action="/Search.aspx" method="get" class="search"><input name="keyword" type="text" /><input type="submit" value="搜索" /></form></div>
<div class="nav w1000">{nav}</div>
<div class="w1000 clearfix">
<div class="left">
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/news/index.html">乡镇动态</a> &gt;&gt; 正文</div>
<div class="content_box">
<h1 class="content_title">{esc(a.title)}</h1>
<div class="content_info">发布时间：{ymdhms(a.when)}　来源：{a.x["src"]}　作者：{author}　浏览次数：<span id="Click_{a.x["id"]}"><script type="text/javascript" src="/Click.aspx?id={a.x["id"]}&amp;type=News"></script></span>次</div>
<div class="content_font">字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
<div id="content" class="content_txt">
{text}
</div>
<div class="content_tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="javascript:AddFavorite()">收藏本页</a>】</div>
<div class="prevnext">上一篇：{pn_link(prev)}<br />下一篇：{pn_link(nxt)}</div>
</div>
{rel_d}
<div class="comment"><div class="comment_tit">网友评论</div>{comments(rng, rng.randint(0, 3))}<form action="/Comment.aspx" method="post"><textarea name="content"></textarea><br/>验证码：<input name="code" size="6" /><input type="submit" value="发表评论" /></form><p class="tips">注：网友评论只代表网友个人观点，不代表本站观点。</p></div>
</div>
<div class="right"><div class="box"><div class="box_tit">热点排行</div><ul class="hot">{hot}</ul></div><div class="box"><div class="box_tit">图片新闻</div><ul class="pic">{pics}</ul></div><div class="box"><div class="box_tit">专题专栏</div><a href="/zt/2024fxzt/index.html"><img src="/UploadFiles/zt/2024fx.jpg" alt="2024年防汛专题" /></a></div></div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/about.html#contact">联系我们</a> | <a href="/html/news/index.html">新闻中心</a></p><p>主办：中共青阳县委宣传部　承办：青阳县融媒体中心　皖ICP备05000000号-2</p><p>Powered by Foosun DotNetCMS</p></div>
</body>
</html>
"""
    return served(page)


# --- 2. 科汛 KesionCMS 云州城市网 ------------------------------------------------------------------
def ks_page(site: Site47, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    author = {
        "jz": f"记者 {nm[0]}",
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "yiming": "佚名",
        "two": f"{nm[0]} {nm[1]}",
        "tx": f"通讯员 {nm[2]}",
        "admin": "admin",
    }[st]
    src = {"jz": "云州日报", "jz_tx": "云州日报", "two": "云州晚报", "tx": "本站原创"}.get(
        st, "本站"
    )
    prev, nxt = prevnext(site, a)
    topic = a.x["ctx"]["topic"]
    rel = ""
    if a.related:
        rel = f'<div class="relative"><h3>相关文章</h3><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    rank = "".join(li(b, False) for b in others(site, a, 10, "rank"))
    rec = "".join(li(b, False) for b in others(site, a, 6, "rec"))
    edit = f'<div class="editor">【责任编辑：{a.editors[0]}】</div>' if a.editors else ""
    charset = "gb2312" if a.x["old"] else "utf-8"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}-街道动态-云州城市网</title>
<meta name="keywords" content="{esc(topic)}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
<script src="/ks_inc/jquery.js" type="text/javascript"></script>
<script src="/ks_inc/common.js" type="text/javascript"></script>
{head(rng, "ks", 260, 45)}
</head>
<body>
<div class="top"><div class="topmain"><span class="welcome">欢迎来到云州城市网！</span><span class="userlogin"><a href="/User/Login.aspx">登录</a> | <a href="/User/Reg.aspx">注册</a></span></div></div>
<div class="head"><div class="logo"><a href="/"><img src="/images/logo.png" alt="云州城市网" /></a></div><div class="search"><form action="/plus/search.aspx" method="get"><input type="text" name="key" /><input type="submit" value="搜 索" /></form></div></div>
<div class="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/list/2.aspx">新闻中心</a></li><li><a href="/list/2.aspx">街道动态</a></li><li><a href="/list/2.aspx">民生关注</a></li><li><a href="/plus/tags.aspx?t=文明城市创建">文明创建</a></li><li><a href="/video/index.aspx">视频</a></li><li><a href="/bbs/">论坛</a></li></ul></div>
<div class="container">
<div class="main_left">
<div class="location">您现在的位置：<a href="/">云州城市网</a> &gt;&gt; <a href="/list/2.aspx">新闻中心</a> &gt;&gt; <a href="/list/2.aspx">街道动态</a> &gt;&gt; 浏览文章</div>
<div class="arttitle"><h1>{esc(a.title)}</h1></div>
<div class="artinfo">作者：{author}　来源：{src}　发布时间：{ymdhms(a.when)}　点击数：<span id="hits"><script src="/plus/Ajaxs.ashx?a=GetHits&amp;m=1&amp;id={a.x["id"]}" type="text/javascript"></script></span>　【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</div>
<div class="artcontent" id="MyContent">
{body_p(a.blocks)}
</div>
{edit}
<div class="pagetools">【<a href="javascript:AddFavorite()">加入收藏</a>】【<a href="/Item/Print.aspx?m=1&amp;id={a.x["id"]}" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="tags">Tags：<a href="/plus/tags.aspx?t={esc(topic)}">{esc(topic)}</a>　<a href="/plus/tags.aspx?t=文明城市创建">文明城市创建</a></div>
<div class="prenext"><li>上一篇：{pn_link(prev)}</li><li>下一篇：{pn_link(nxt)}</li></div>
{rel}
<div class="comment"><div class="cmt_tit">网友评论 <span>（评论内容只代表网友观点，与本站立场无关！）</span></div>{comments(rng, rng.randint(0, 4))}<div class="cmt_form"><form action="/plus/Comment.aspx" method="post"><input type="hidden" name="InfoID" value="{a.x["id"]}" /><textarea name="Content" rows="5"></textarea><br/><input type="submit" value="发表评论" /></form></div></div>
</div>
<div class="main_right"><div class="rbox"><h3>本类阅读排行</h3><ul>{rank}</ul></div><div class="rbox"><h3>本类推荐</h3><ul>{rec}</ul></div><div class="rbox"><h3>热门标签</h3><a href="/plus/tags.aspx?t=文明城市创建">文明城市创建</a> <a href="/plus/tags.aspx?t=老旧小区改造">老旧小区改造</a> <a href="/plus/tags.aspx?t=营商环境">营商环境</a></div></div>
</div>
<div class="foot"><a href="/about.aspx">关于我们</a> | <a href="/about.aspx#ad">广告服务</a> | <a href="/about.aspx#lx">联系方式</a><br/>云州城市网 版权所有 Copyright &copy; 2010-{a.when.year}<br/>Powered by KesionCMS</div>
</body>
</html>
"""
    return served(page, charset)


# --- 3. 动力文章系统 / 新云 青阳县水利局 (GB2312, tables) ----------------------------------------------
def na_page(site: Site47, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    author = {"yiming": "佚名", "person": nm[0], "two": f"{nm[0]}、{nm[1]}", "office": "县防汛办"}[
        st
    ]
    src = {"office": "县防汛办", "two": "青阳日报"}.get(st, "本站原创")
    prev, nxt = prevnext(site, a)
    content = body_br(a.blocks) if a.x["brs"] else body_p(a.blocks, "&nbsp;&nbsp;&nbsp;&nbsp;")
    if a.related:
        rel = "<br>".join(
            f'<a href="ShowArticle.asp?ArticleID={site.by_path[p].x["id"]}">{esc(site.by_path[p].title)}</a>&nbsp;&nbsp;<font color=#999999>({ymd(site.by_path[p].when)})</font>'
            for p in a.related
        )
    else:
        rel = "没有相关文章"
    new = "".join(
        f'<tr><td height=20>·<a href="ShowArticle.asp?ArticleID={b.x["id"]}" title="{esc(b.title)}">{esc(trunc(b.title, 13))}</a></td></tr>'
        for b in others(site, a, 10, "new")
    )
    hot = "".join(
        f'<tr><td height=20>·<a href="ShowArticle.asp?ArticleID={b.x["id"]}" title="{esc(b.title)}">{esc(trunc(b.title, 13))}</a></td></tr>'
        for b in others(site, a, 10, "hot")
    )
    edit = f"责任编辑：{a.editors[0]}" if a.editors else ""
    page = f"""<html>
<head>
<title>青阳县水利局--{esc(a.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="青阳水利,{esc(a.x["ctx"]["topic"])}">
<meta name="Author" content="webmaster">
<link href="Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="js/menu.js"></script>
<script language="JavaScript" type="text/JavaScript" src="js/fontzoom.js"></script>
{head(rng, "na", 240, 40)}
</head>
<body leftmargin=0 topmargin=0 onmousemove='HideMenu()'>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="778" height="120"><param name="movie" value="Skin/top.swf"><embed src="Skin/top.swf" width="778" height="120"></embed></object></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="menu_bg"><tr><td align="center"><a href="Index.asp">网站首页</a> | <a href="/ShowClass.asp?ClassID=1">工作动态</a> | <a href="/ShowClass.asp?ClassID=1">防汛抗旱</a> | <a href="/ShowClass.asp?ClassID=1">水利建设</a> | <a href="/ShowClass.asp?ClassID=1">政策法规</a> | <a href="/Search.asp?ModuleName=Article&amp;Field=Title&amp;Keyword=水库">站内搜索</a> | <a href="/GuestBook/Index.asp">留言板</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="190" valign="top" class="left_bg">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title"><font color="#FFFFFF"><b>最新文章</b></font></td></tr>{new}</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title"><font color="#FFFFFF"><b>热门文章</b></font></td></tr>{hot}</table>
</td>
<td width="5"></td>
<td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border"><tr class="title"><td>&nbsp;您现在的位置: <a href="Index.asp">青阳县水利局</a> &gt;&gt; <a href="/ShowClass.asp?ClassID=1">工作动态</a> &gt;&gt; 正文</td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="5" style="word-break:break-all">
<tr><td height="50" align="center" class="main_ArticleTitle"><font size="4" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="main_ArticleSubheading"></td></tr>
<tr><td height="22" align="center" bgcolor="#EEEEEE"><font color="#666666">作者：{author}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{src}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="GetHits.asp?ArticleID={a.x["id"]}"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{ymdhms(a.when)}</font></td></tr>
<tr><td height="200" valign="top" class="main_ArticleContent" id="fontzoom"><font style="font-size:10.5pt;line-height:200%">
{content}
</font></td></tr>
<tr><td align="right"><font color="#666666">文章录入：admin&nbsp;&nbsp;&nbsp;&nbsp;{edit}</font></td></tr>
<tr><td align="right">【字体：<a href="javascript:fontZoomA();">小</a> <a href="javascript:fontZoomB();">大</a>】【<a href="Comment.asp?ArticleID={a.x["id"]}" target="_blank">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】【<a href="SendMail.asp?ArticleID={a.x["id"]}" target="_blank">告诉好友</a>】【<a href="Print.asp?ArticleID={a.x["id"]}" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td>上一篇文章： {pn_link(prev, "没有了")}<br>下一篇文章： {pn_link(nxt, "没有了")}</td></tr>
</table>
</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border"><tr class="title"><td>&nbsp;<b>相关文章：</b></td></tr><tr><td height="25">{rel}</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border"><tr class="title"><td>&nbsp;<b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr><tr><td>没有任何评论</td></tr></table>
</td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_bg"><tr><td align="center"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="mailto:slj@example.gov.cn">联系站长</a> | <a href="/ShowClass.asp?ClassID=1">友情链接</a><br>主办：青阳县水利局　地址：青阳县人民路18号　电话：0566-5012345<br>皖ICP备06000000号　建议使用IE6.0以上浏览器、1024*768分辨率浏览本站</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312")


# --- 4. PageAdmin 石塘镇人民政府 ---------------------------------------------------------------
def pa_page(site: Site47, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    author = {"field": nm[0], "site": "本站", "wentu": "镇党政办", "zg": ""}[st]
    text = body_p(a.blocks, "", "center")
    if st == "zg":
        text += f"\n<p>撰稿：{nm[0]}　审核：{nm[3]}</p>"
    elif st == "wentu":
        text += f'\n<p style="text-align:right">（文/{nm[0]}　图/{nm[5]}）</p>'
    if a.editors:
        text += f'\n<p style="text-align:right">编辑：{a.editors[0]}</p>'
    prev, nxt = prevnext(site, a)
    rel = ""
    if a.related:
        rel = f'<div class="relatednews"><div class="hd">相关新闻</div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    notice = "".join(
        f'<li><a href="/news/list-2.html">{t}</a></li>'
        for t in [
            "关于做好2024年防汛工作的通知",
            "石塘镇2024年公益性岗位招聘公告",
            "关于开展农村自建房安全排查的通知",
            "石塘镇2024年度财政预算公开",
        ]
    )
    hotn = "".join(li(b, False) for b in others(site, a, 8, "hot"))
    if a.x["old"]:  # the 2019 pages of the old 乔客 system, GB2312
        t = f"{a.when.year}-{a.when.month}-{a.when.day} {a.when.hour}:{a.when.minute:02d}"
        rel_t = (
            f'<table width="100%"><tr><td class="xg_tit">相关新闻</td></tr><tr><td><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></td></tr></table>'
            if a.related
            else ""
        )
        page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)} - 石塘镇人民政府网</title>
{head(rng, "pa", 250, 40)}
</head>
<body>
<table width="950" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_2015.jpg" width="950" height="130"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/about/zhengqing.html">镇情概况</a> | <a href="/news/list-1.html">政务动态</a> | <a href="/news/list-2.html">通知公告</a> | <a href="/video/">视频石塘</a></td></tr></table>
<table width="950" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" width="700">
<table width="100%"><tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/news/list-1.html">镇内要闻</a></td></tr>
<tr><td align="center"><h2>{esc(a.title)}</h2></td></tr>
<tr><td align="center" class="info">发布时间：{t}　　来源：石塘镇政府　　作者：{author}　　阅读：<script src="/inc/hits.asp?id={a.x["id"]}"></script>次</td></tr>
<tr><td class="content">
{text}
</td></tr>
<tr><td align="right">[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</td></tr>
<tr><td>上一篇：{pn_link(prev)}<br>下一篇：{pn_link(nxt)}</td></tr></table>
{rel_t}
</td><td width="20"></td><td valign="top" width="230"><table width="100%"><tr><td class="r_tit">通知公告</td></tr><tr><td><ul>{notice}</ul></td></tr><tr><td class="r_tit">热点新闻</td></tr><tr><td><ul>{hotn}</ul></td></tr></table></td></tr></table>
<table width="950" align="center" class="foot"><tr><td align="center">主办：石塘镇人民政府　地址：青阳县石塘镇建设路1号　电话：0566-5123456<br>Powered by Joekoe CMS</td></tr></table>
</body>
</html>
"""
        return served(page, "gb2312")
    w = a.when
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta name="renderer" content="webkit" />
<title>{esc(a.title)}-石塘镇人民政府</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
<link href="/templates/pa_zhengfu/style.css" rel="stylesheet" type="text/css" />
<script src="/e/js/jquery.min.js" type="text/javascript"></script>
<script src="/e/js/pageadmin.js" type="text/javascript"></script>
{head(rng, "pa", 260, 45)}
</head>
<body>
<div class="pa_top"><div class="container"><span>您好，欢迎访问石塘镇人民政府网站！</span><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="zhb">长者模式</a></div></div>
<div class="pa_header"><div class="container"><a href="/" class="logo"><img src="/uploadfile/logo.png" alt="石塘镇人民政府" /></a><div class="search"><form action="/search.html" method="get"><input type="text" name="keyword" /><button type="submit">搜索</button></form></div></div></div>
<div class="pa_nav"><div class="container"><ul><li><a href="/">首页</a></li><li><a href="/about/zhengqing.html">镇情概况</a></li><li><a href="/news/list-1.html">政务动态</a></li><li><a href="/news/list-2.html">通知公告</a></li><li><a href="/video/">视频石塘</a></li><li><a href="/about/contact.html">联系我们</a></li></ul></div></div>
<div class="container clearfix">
<div class="pa_left">
<div class="current_location">当前位置：<a href="/">首页</a> &gt; <a href="/news/list-1.html">政务动态</a> &gt; <a href="/news/list-1.html">镇内要闻</a></div>
<div class="articleinfor">
<div class="title"><h1>{esc(a.title)}</h1></div>
<div class="property"><span>发布时间：{w.year}/{w.month}/{w.day} {w.hour}:{w.minute:02d}:{w.second:02d}</span><span>来源：石塘镇人民政府</span><span>作者：{author}</span><span>浏览次数：<span id="clicks" data-id="{a.x["id"]}"></span></span><span class="fontsize">字号：<a href="javascript:;" onclick="fontsize(18)">大</a> <a href="javascript:;" onclick="fontsize(16)">中</a> <a href="javascript:;" onclick="fontsize(14)">小</a></span></div>
<div class="conent" id="articlecontent">
{text}
</div>
<div class="sharebar">分享到：<a href="javascript:;" class="share_wx">微信</a><a href="javascript:;" class="share_wb">微博</a><a href="javascript:;" class="share_qq">QQ空间</a></div>
<div class="printclose">[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</div>
<div class="prenext"><div>上一篇：{pn_link(prev)}</div><div>下一篇：{pn_link(nxt)}</div></div>
</div>
{rel}
</div>
<div class="pa_right"><div class="sidebox"><div class="hd">通知公告</div><ul>{notice}</ul></div><div class="sidebox"><div class="hd">热点新闻</div><ul>{hotn}</ul></div><div class="sidebox"><a href="/video/"><img src="/uploadfile/video_banner.jpg" alt="视频石塘" /></a></div></div>
</div>
<div class="pa_footer"><div class="container"><p><a href="/about/contact.html">联系我们</a> | <a href="/about/zhengqing.html">镇情概况</a> | <a href="/sitemap.html">网站地图</a></p><p>主办：石塘镇人民政府　承办：石塘镇党政办公室　政府网站标识码：3417230012</p><p><img src="/uploadfile/dzjg.png" alt="党政机关" /> 皖ICP备10000000号-1　皖公网安备34172302000001号</p><p>技术支持：PageAdmin CMS</p></div></div>
</body>
</html>
"""
    return served(page)


# --- 5. hand-built primary school site (FrontPage tables, GB2312) -------------------------------
def sc_page(site: Site47, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    w = a.when
    date = f"{w.year}-{w.month}-{w.day}" if a.x["old"] else f"{w.year}年{w.month}月{w.day}日"
    who = f"作者：{nm[0]}　　" if st == "gaoyuan" else ""
    paras = []
    for b in a.blocks:
        if b.kind == "p":
            paras.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}<br>")
        elif b.kind == "h":
            paras.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(b.text)}</b><br>")
        else:
            cap = f'<br><font size="2">{esc(b.text)}</font>' if b.text else ""
            paras.append(
                f'<p align="center"><img border="0" src="{b.src}" width="400" height="300">{cap}</p>'
            )
    tail = {
        "zg": f'<p align="right">（撰稿：{nm[0]}　审核：{nm[3]}）</p>',
        "office": f'<p align="right">（教导处供稿）<br>城关镇中心小学<br>{w.year}年{w.month}月{w.day}日</p>',
        "wentu": f'<p align="right">文/{nm[0]}　图/{nm[5]}</p>',
        "gaoyuan": "",
    }[st]
    rel = ""
    if a.related:
        rel = (
            "<p>相关链接：<br>"
            + "<br>".join(f'<a href="{esc(p)}">{esc(site.by_path[p].title)}</a>' for p in a.related)
            + "</p>"
        )
    notice = "".join(
        f"{t}<br><br>"
        for t in [
            "关于2024年五一劳动节放假的通知",
            "一年级新生入学报名须知",
            "致全体家长的一封信（防溺水）",
            "我校2024年春季学期作息时间表",
        ]
    )
    links = "".join(
        f'<option value="{u}">{t}</option>'
        for u, t in [
            ("http://www.moe.gov.cn", "中华人民共和国教育部"),
            ("http://jyt.example.gov.cn", "省教育厅"),
            ("http://jyj.example.gov.cn", "青阳县教育局"),
            ("http://www.eduyun.cn", "国家中小学智慧教育平台"),
        ]
    )
    newlist = "".join(
        f'<tr><td height="22">·<a href="{esc(b.path)}">{esc(trunc(b.title, 14))}</a></td></tr>'
        for b in others(site, a, 8, "new")
    )
    mm = "function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}function MM_preloadImages(){var d=document;if(d.images){if(!d.MM_p)d.MM_p=new Array();var i,j=d.MM_p.length,a=MM_preloadImages.arguments;for(i=0;i<a.length;i++)if(a[i].indexOf('#')!=0){d.MM_p[j]=new Image;d.MM_p[j++].src=a[i];}}}"
    page = f"""<html>
<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>青阳县城关镇中心小学</title>
<script language="JavaScript">{mm}</script>
{head(rng, "sc", 280, 40)}
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" onload="MM_preloadImages('/images/nav_on.gif')">
<table border="0" width="760" align="center" cellspacing="0" cellpadding="0"><tr><td><img border="0" src="/images/top.jpg" width="760" height="150"></td></tr></table>
<table border="0" width="760" align="center" cellspacing="0" cellpadding="0" bgcolor="#336699" height="28"><tr><td align="center"><font color="#FFFFFF"><a href="/xwzx/index.htm"><font color="#FFFFFF">学校首页</font></a>　|　<a href="/xxgk.htm"><font color="#FFFFFF">学校概况</font></a>　|　<a href="/xwzx/index.htm"><font color="#FFFFFF">校园新闻</font></a>　|　<a href="/xwzx/index.htm"><font color="#FFFFFF">教学教研</font></a>　|　<a href="/xwzx/index.htm"><font color="#FFFFFF">德育天地</font></a>　|　<a href="/lxwm.htm"><font color="#FFFFFF">联系我们</font></a></font></td></tr></table>
<table border="0" width="760" align="center" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top" bgcolor="#F0F6FC">
<table border="0" width="100%" cellspacing="0" cellpadding="4"><tr><td bgcolor="#6699CC"><font color="#FFFFFF"><b>校园公告</b></font></td></tr><tr><td><marquee direction="up" scrollamount="1" height="150" onmouseover="this.stop()" onmouseout="this.start()"><font size="2">{notice}</font></marquee></td></tr></table>
<table border="0" width="100%" cellspacing="0" cellpadding="4"><tr><td bgcolor="#6699CC"><font color="#FFFFFF"><b>最近更新</b></font></td></tr>{newlist}</table>
<table border="0" width="100%" cellspacing="0" cellpadding="4"><tr><td bgcolor="#6699CC"><font color="#FFFFFF"><b>友情链接</b></font></td></tr><tr><td><select onchange="window.open(this.value)"><option>--教育网站--</option>{links}</select></td></tr></table>
</td>
<td width="10"></td>
<td valign="top">
<table border="0" width="100%" cellspacing="0" cellpadding="0">
<tr><td height="28" background="/images/bar.gif">&nbsp;<font color="#FFFFFF"><b>校园新闻</b></font></td></tr>
<tr><td align="center"><br><font size="4" color="#CC0000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font size="2" color="#666666">{who}发布日期：{date}　　发布人：管理员　　阅读次数：<script src="/count/count.asp?id={esc(a.path)}"></script></font><hr size="1" color="#CCCCCC"></td></tr>
<tr><td style="line-height:200%"><font face="宋体" size="3">
{"".join(paras)}
</font>
{tail}
{rel}
</td></tr>
<tr><td align="center"><br>[<a href="javascript:window.print()">打印本页</a>]&nbsp;&nbsp;[<a href="javascript:window.close()">关闭窗口</a>]&nbsp;&nbsp;[<a href="#top">返回顶部</a>]</td></tr>
</table>
</td></tr></table>
<table border="0" width="760" align="center" cellspacing="0" cellpadding="6" bgcolor="#336699"><tr><td align="center"><font color="#FFFFFF" size="2">版权所有：青阳县城关镇中心小学　地址：青阳县城关镇育才路6号　电话：0566-5021234<br>建议使用IE浏览器 1024×768分辨率　您是第<img src="/count/counter.asp?style=led" border="0">位访问者</font></td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312")


RENDER: dict[str, Callable[[Site47, Art], tuple[bytes, str]]] = {
    "fs": fs_page,
    "ks": ks_page,
    "na": na_page,
    "pa": pa_page,
    "sc": sc_page,
}


def register(site: Site47) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
