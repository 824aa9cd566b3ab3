"""Site 59's article pages: the 澜州日报 news site on a media-cloud CMS (UTF-8, "来源：澜州日报
作者：记者 X 通讯员 Y"), the daily's Founder e-paper ``content_`` pages (引题/主题/副题, 本报记者 X,
the edition day), the 澜州晚报 site in GBK (本报讯（记者 X 实习生 Y） leads, 责任编辑 and 校对
lines), the 澜州+ app's H5 share page (``window.__DATA__``, 客户端记者 X, 打开APP阅读更多) and the
news site's 2019 table pages in GB2312."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site59

SITE = "澜州新闻网"
WEEK = "一二三四五六日"
BANS = ["第01版：要闻", "第02版：综合", "第03版：经济", "第04版：城区"]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def pick(site: Site59, a: Art, k: int, key: str, same: bool = False) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in (site.of(a.tpl) if same else site.arts) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def rank(site: Site59, a: Art, key: str, k: int = 10, same: bool = False) -> str:
    return "".join(
        f'<li><i class="n{n}">{n}</i><a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></li>'
        for n, b in enumerate(pick(site, a, k, key, same), 1)
    )


def head_common(rng: random.Random, tpl: str, n_css: int = 300, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'vendor-' + tpl, n_js)}</script>\n<script>{stats_js('s59' + tpl)}</script>"


def nav() -> str:
    return (
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/lzyw/index.html">澜州要闻</a></li>'
        '<li><a href="/news/shms/index.html">社会民生</a></li><li><a href="/lzrb/html/calendar.htm">澜州日报</a></li>'
        '<li><a href="/lzwb/index.shtml">澜州晚报</a></li><li><a href="/zt/2024/wmcj/index.html">专题</a></li>'
        '<li><a href="/h5/list.html">澜州+</a></li><li><a href="/news/2019/index.html">往年新闻</a></li></ul>'
    )


def footer(year: int) -> str:
    return (
        '<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | '
        '<a href="/about/copyright.html">版权声明</a> | <a href="/about/jubao.html">违法和不良信息举报</a></p>'
        f"<p>澜州日报社主办 澜州新闻网版权所有 Copyright &copy; 2006-{year} www.lzxww.cn</p>"
        "<p>互联网新闻信息服务许可证：00000000000 X ICP备00000000号-1 X公网安备 00000000000000号</p></div>"
    )


def body_html(blocks: list[Block], pstyle: str = "", h: str = "strong", sep: str = "　") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{pstyle}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p{pstyle}><{h}>{esc(b.text)}</{h}></p>")
        else:
            cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
            out.append(
                f'<p style="text-align:center"><img src="{b.src}" alt=""></p>\n<p class="img-desc" style="text-align:center">{cap}</p>'
            )
    return "\n".join(out)


# --- 1. 澜州新闻网 on a media-cloud CMS (UTF-8) ------------------------------------------------
def yun_page(site: Site59, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    x, y = nm[0], nm[1]
    author = {
        "jt": f"记者 {x} 通讯员 {y}",
        "two": f"记者 {x} {y}",
        "sx": f"记者 {x} 实习生 {y}",
        "plain": f"记者 {x}",
        "lead": "",
    }[style]
    source = "澜州日报" if a.i % 3 else "澜州新闻网"
    rel = "".join(li(site.by_path[p], "%m-%d") for p in a.related)
    hot = rank(site, a, "hot")
    prev, nxt = pick(site, a, 2, "pn", True)
    au = f'<span class="author">作者：{esc(author)}</span>' if author else ""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}-{SITE}</title>
<meta name="keywords" content="澜州,{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
<meta name="catalogs" content="12">
<meta name="contentid" content="AP{a.x["hex"]}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
{head_common(rng, "yun")}
<script>window.CMS_CONF={{siteId:"lzxww",channel:"lzyw",tenant:"lzrb",cdn:"//cdn.lzxww.cn/static/"}};</script>
</head>
<body>
<div class="top-bar"><div class="wrap"><span>{a.when.year}年{a.when.month}月{a.when.day}日 星期{WEEK[a.when.weekday()]}</span><a href="/h5/list.html">澜州+客户端</a><a href="/lzrb/html/calendar.htm">数字报</a></div></div>
<div class="header wrap"><a class="logo" href="/"><img src="/static/img/logo.png" alt="{SITE}"></a><form class="search" action="/search/index.html"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav-wrap">{nav()}</div>
<div class="wrap main clearfix">
<div class="main-left">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/lzyw/index.html">澜州要闻</a> &gt; 正文</div>
<div class="article-box">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="source">来源：{source}</span>{au}</div>
<div class="font-size"><a href="javascript:;" data-size="18">A+</a><a href="javascript:;" data-size="16">A</a><a href="javascript:;" data-size="14">A-</a></div>
<div class="article-content" id="articleContent">
{body_html(a.blocks)}
</div>
<div class="article-editor">责任编辑：{esc(a.editors[0])}</div>
<div class="share-box"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ</a></div>
<div class="statement">【版权声明】凡本网注明“来源：澜州日报、澜州晚报、澜州新闻网”的所有作品，版权均属于澜州日报社，未经授权不得转载。</div>
<div class="prev-next"><p>上一篇：<a href="{prev.path}">{esc(prev.title)}</a></p><p>下一篇：<a href="{nxt.path}">{esc(nxt.title)}</a></p></div>
</div>
<div class="related"><div class="hd"><h3>相关新闻</h3></div><ul>{rel}</ul></div>
</div>
<div class="main-right">
<div class="side-box"><div class="hd"><h3>热点排行</h3></div><ol>{hot}</ol></div>
<div class="side-box"><div class="hd"><h3>澜州+推荐</h3></div><ul>{"".join(li(b, "%m-%d") for b in pick(site, a, 6, "app"))}</ul></div>
<div class="side-box qr"><img src="/static/img/app_qr.png" alt="澜州+客户端"><p>扫码下载澜州+客户端</p></div>
</div>
</div>
{footer(a.when.year)}
<script src="//cdn.lzxww.cn/static/js/article.min.js"></script>
<script>cmsStat.pv({{contentId:"AP{a.x["hex"]}",title:{json.dumps(a.title, ensure_ascii=False)}}});</script>
</body>
</html>
"""
    return served(page)


# --- 2. 澜州日报 数字报 (Founder e-paper, UTF-8) ------------------------------------------------
def ep_page(site: Site59, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, node = a.x["nm"], a.x["style"], a.x["node"]
    x, y = nm[0], nm[1]
    byline = {
        "bb": f"本报记者 {x}",
        "bbt": f"本报记者 {x} 通讯员 {y}",
        "two": f"本报记者 {x} {y}",
        "lead": "",
    }[style]
    pics = "".join(
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center"><img src="../../../res/{a.when:%Y-%m/%d}/0{node}/res0{k}_attpic_brief.jpg" border="0"></td></tr><tr><td class="font02" align="center">{esc(b.text)}{"　" + esc(b.credit) if b.credit else ""}</td></tr></table>'
        for k, b in enumerate(a.blocks, 1)
        if b.kind == "img"
    )
    text = "\n".join(
        f"<P>　　{esc(b.text)}</P>" if b.kind == "p" else f"<P><B>　　{esc(b.text)}</B></P>"
        for b in a.blocks
        if b.kind != "img"
    )
    same = [b for b in site.of("ep") if b.when.date() == a.when.date() and b.x["node"] == node]
    ban_list = "".join(
        f'<tr><td><img src="../../../images/dot.gif"> <a href="{b.path.rsplit("/", 1)[-1]}">{esc(b.title)}</a></td></tr>'
        for b in same
    )
    bans = "".join(
        f'<tr><td><a href="node_{k}.htm">{esc(n)}</a></td></tr>' for k, n in enumerate(BANS, 1)
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>澜州日报数字报</title>
<meta name="description" content="澜州日报数字报">
{head_common(rng, "ep", 260, 40)}
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="300"><img src="../../../images/logo_lzrb.gif"></td>
<td class="date">{a.when.year}年{a.when:%m}月{a.when:%d}日 星期{WEEK[a.when.weekday()]}</td>
<td align="right"><a href="../../../html/calendar.htm">往期回顾</a> | <a href="node_1.htm">返回首版</a> | <a href="/">{SITE}</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300" valign="top">
<table width="100%" class="ban"><tr><td>{esc(BANS[node - 1])}</td></tr><tr><td><a href="node_{node}.htm"><img src="../../../page/{a.when:%Y-%m/%d}/0{node}/page_s.jpg" width="280" border="0"></a></td></tr></table>
<table width="100%" class="list"><tr><td class="tit">本版新闻</td></tr>{ban_list}</table>
<table width="100%" class="banmian"><tr><td class="tit">版面导航</td></tr>{bans}</table>
</td>
<td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="font01" align="center"><founder-intitle>{esc(a.x["intitle"])}</founder-intitle></td></tr>
<tr><td class="font01" align="center" style="font-size:24px;font-weight:bold"><founder-title>{esc(a.title)}</founder-title></td></tr>
<tr><td class="font02" align="center"><founder-subtitle>{esc(a.x["subtitle"])}</founder-subtitle></td></tr>
<tr><td class="font02" align="center"><founder-author>{esc(byline)}</founder-author></td></tr>
<tr><td>{pics}</td></tr>
<tr><td class="font03"><founder-content>
{text}
</founder-content></td></tr>
</table>
<!--enpcontent--><!--/enpcontent-->
<table width="100%" class="pn"><tr><td><a href="node_{node}.htm">返回本版</a>　<a href="javascript:window.print()">打印本文</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr></table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center" class="foot">澜州日报社主办 版权所有 未经授权禁止复制或建立镜像</td></tr></table>
</body>
</html>
"""
    return served(page)


# --- 3. 澜州晚报 (GBK) --------------------------------------------------------------------------
def wb_page(site: Site59, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    rel = "".join(
        f'<li>·<a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
        for p in a.related
    )
    hot = rank(site, a, "hot24")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}_澜州晚报</title>
<meta name="keywords" content="澜州晚报,{esc(a.x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head_common(rng, "wb", 280, 42)}
</head>
<body>
<div class="wb-top"><a href="/lzwb/index.shtml"><img src="/lzwb/images/logo_wb.gif" alt="澜州晚报" /></a><span>新闻热线：0000-00000000</span><a href="/">澜州新闻网</a></div>
<div class="wb-nav"><a href="/lzwb/index.shtml">晚报首页</a><a href="/lzwb/index.shtml">本地</a><a href="/lzwb/index_2.shtml">民生</a><a href="/lzwb/index_3.shtml">热线</a></div>
<div class="wb-main">
<div class="wb-left">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/lzwb/index.shtml">澜州晚报</a> &gt; 正文</div>
<div class="wb-title"><h1>{esc(a.title)}</h1></div>
<div class="wb-info">{a.when.year}年{a.when:%m}月{a.when:%d}日 {a.when:%H:%M}　来源：澜州晚报　<span id="hits"></span></div>
<div class="wb-text" id="text">
{body_html(a.blocks, ' style="text-indent:2em"', "b")}
</div>
<div class="wb-edit"><p>责任编辑：{esc(a.editors[0])}　校对：{esc(a.x["proof"])}</p></div>
<div class="wb-bl"><span>【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</span></div>
<div class="wb-rel"><h4>延伸阅读</h4><ul>{rel}</ul></div>
<div class="wb-tip">新闻线索请拨打澜州晚报热线，一经采用，即付薪酬。</div>
</div>
<div class="wb-right">
<div class="wb-box"><h4>24小时热榜</h4><ol>{hot}</ol></div>
<div class="wb-box"><h4>晚报推荐</h4><ul>{"".join(li(b, "%m-%d") for b in pick(site, a, 6, "tj", True))}</ul></div>
</div>
</div>
<div class="wb-foot">澜州晚报社 版权所有 地址：澜州市澜江区报业大厦 邮编：000000</div>
<script type="text/javascript">document.getElementById("hits").innerHTML="阅读："+{rng.randint(200, 9000)};</script>
</body>
</html>
"""
    return served(page, "gbk")


# --- 4. 澜州+ app share page (H5, window.__DATA__) ----------------------------------------------
def app_page(site: Site59, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    x, y = nm[0], nm[1]
    byline = {
        "x": f"客户端记者 {x}",
        "two": f"客户端记者 {x} {y}",
        "jt": f"客户端记者 {x} 通讯员 {y}",
    }[style]
    content = body_html(a.blocks)
    rel = [site.by_path[p] for p in a.related]
    data = {
        "code": 0,
        "data": {
            "id": a.x["id"],
            "title": a.title,
            "source": "澜州+",
            "author": byline,
            "publishTime": f"{a.when:%Y-%m-%d %H:%M:%S}",
            "editor": a.editors[0],
            "content": content,
            "readCount": rng.randint(1000, 99999),
            "shareUrl": a.path,
            "relatedNews": [{"id": b.x["id"], "title": b.title, "url": b.path} for b in rel],
        },
    }
    rel_html = "".join(
        f'<a class="rel-item" href="{b.path}"><div class="rel-title">{esc(b.title)}</div><div class="rel-time">{b.when:%m-%d %H:%M}</div></a>'
        for b in rel
    )
    hot = "".join(
        f'<a class="hot-item" href="{b.path}"><span class="idx">{n}</span>{esc(trunc(b.title, 16))}</a>'
        for n, b in enumerate(pick(site, a, 5, "apphot", True), 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(a.title)}</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(trunc(a.paras[0], 60))}">
<meta property="og:image" content="/h5/static/img/share_logo.png">
{head_common(rng, "app", 240, 50)}
</head>
<body>
<div id="app">
<div class="open-bar"><img src="/h5/static/img/app_icon.png" alt=""><div class="ob-txt"><p>澜州+</p><p>澜州人的新闻客户端</p></div><a class="ob-btn" href="javascript:openApp();">打开</a></div>
<div class="article">
<h1 class="a-title">{esc(a.title)}</h1>
<div class="a-info"><span class="a-source">澜州+</span><span class="a-author">{esc(byline)}</span><span class="a-time">{a.when:%Y-%m-%d %H:%M:%S}</span></div>
<div class="a-content" id="content">
{content}
</div>
<div class="a-editor">责任编辑：{esc(a.editors[0])}</div>
<div class="a-read">阅读 {data["data"]["readCount"]}</div>
</div>
<div class="open-more"><a href="javascript:openApp();">打开APP阅读更多精彩内容</a></div>
<div class="rel-box"><div class="box-tit">相关新闻</div>{rel_html}</div>
<div class="hot-box"><div class="box-tit">24小时热榜</div>{hot}</div>
<div class="comment-box"><div class="box-tit">评论</div><p class="c-empty">打开APP参与评论</p></div>
<div class="dl-bar"><a href="javascript:openApp();">打开APP，查看更多精彩内容</a></div>
</div>
<script>window.__DATA__ = {json.dumps(data, ensure_ascii=False)};</script>
<script>function openApp(){{location.href="lzplus://news/detail?id={a.x["id"]}";setTimeout(function(){{location.href="/h5/download.html"}},1500)}}</script>
</body>
</html>
"""
    return served(page)


# --- 5. 澜州新闻网 2019 (GB2312, table layout) --------------------------------------------------
def old_page(site: Site59, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    x, y = nm[0], nm[1]
    author = {"jz": f"记者 {x}", "plain": x, "jt": f"记者 {x} 通讯员 {y}"}[style]
    body = "\n".join(
        f"<p>　　{esc(b.text)}</p>"
        if b.kind == "p"
        else f"<p>　　<strong>{esc(b.text)}</strong></p>"
        if b.kind == "h"
        else f'<p align="center"><img src="{b.src}" border="0"></p><p align="center"><font color="#0000ff">{esc(b.text)}{"　" + esc(b.credit) if b.credit else ""}</font></p>'
        for b in a.blocks
    )
    rel = "".join(
        f'<tr><td height="24">・<a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a>　<font color="#999999">{site.by_path[p].when:%Y-%m-%d}</font></td></tr>'
        for p in a.related
    )
    hot = "".join(
        f'<tr><td height="22">{n}.<a href="{b.path}" target="_blank">{esc(trunc(b.title, 15))}</a></td></tr>'
        for n, b in enumerate(pick(site, a, 10, "oldhot", True), 1)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}_{SITE}</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])}" />
{head_common(rng, "old", 280, 40)}
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/2019/top_banner.jpg" width="980" height="110" /></td></tr>
<tr><td class="nav" bgcolor="#b30000"><a href="/">首页</a> | <a href="/news/2019/index.html">澜州新闻</a> | <a href="/news/2019/index.html">县区传真</a> | <a href="/news/2019/index.html">社会万象</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="690" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="weizhi">您现在的位置：<a href="/">澜州新闻网</a> &gt;&gt; <a href="/news/2019/index.html">澜州新闻</a></td></tr>
<tr><td align="center" height="56" class="title"><strong><font size="5">{esc(a.title)}</font></strong></td></tr>
<tr><td align="center" class="info" bgcolor="#f2f2f2">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：澜州日报　作者：{esc(author)}　点击：<span id="click"></span></td></tr>
<tr><td class="content" style="font-size:14px;line-height:26px">
{body}
</td></tr>
<tr><td align="right">（编辑：{esc(a.editors[0])}）</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgxw"><tr><td class="tit" bgcolor="#eeeeee"><b>相关新闻</b></td></tr>{rel}</table>
</td>
<td width="10"></td>
<td width="280" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="tit" bgcolor="#eeeeee"><b>热点排行</b></td></tr>{hot}</table>
</td></tr></table>
<table width="980" border="0" align="center"><tr><td align="center" class="foot">澜州日报社主办 澜州新闻网版权所有<br />Copyright &copy; 2006-2019 www.lzxww.cn</td></tr></table>
<script language="javascript" src="/count/click.asp?id={a.x["id"]}"></script>
</body>
</html>
"""
    return served(page, "gb2312")


PAGES = {"yun": yun_page, "ep": ep_page, "wb": wb_page, "app": app_page, "old": old_page}


def register(site: Site59) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
