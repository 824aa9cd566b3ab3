"""Site 66's article pages, five small and broken sites of one county (安平县): the county news
site in GBK (the meta says UTF-8), a wire-mesh maker's 企业新闻 (UTF-8 with a BOM), a DIY PHP town
site (unclosed tags, two ``<html>`` roots, empty ``<title>``), a Discuz!-style 论坛门户 in GBK and
an old ASP site in GB2312."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import NOISE, PRODUCTS, TOWNS

if TYPE_CHECKING:
    from .generator import Site66

OFFICES = ["县委宣传部", "县融媒体中心", "县农业农村局", "县文明办"]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def rank(site: Site66, a: Art, key: str, k: int = 10) -> str:
    """A most-read / hot box: other stories of the site, in the page's own order (not related)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if b is not a]
    return "".join(
        f'<li><a href="{esc(b.path)}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 16))}</a></li>'
        for b in rng.sample(pool, k)
    )


def rel_items(site: Site66, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(
        f'<li><a href="{esc(p)}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:{fmt}}</span></li>'
        for p in a.related
    )


def noisy(rng: random.Random, text: str, jammer: bool) -> str:
    """Anti-copy noise: random characters in hidden spans after some of the text's characters."""
    out = []
    for k, ch in enumerate(esc(text)):
        out.append(ch)
        if ch in "，。；：" or (k % 17 == 16 and rng.random() < 0.5):
            junk = "".join(rng.choice(NOISE) for _ in range(rng.randint(2, 6)))
            if jammer:
                out.append(f'<font class="jammer">{junk}</font>\r\n')
            else:
                out.append(f'<span style="display:none">{junk}</span>')
    return "".join(out)


def fonted(rng: random.Random, text: str) -> str:
    """Text pasted from Word: runs of a few characters in nested ``<font>``/``<span>`` tags."""
    out, k = [], 0
    while k < len(text):
        n = rng.randint(2, 14)
        run = esc(text[k : k + n])
        k += n
        shape = rng.randint(0, 3)
        if shape == 0:
            out.append(f'<font face="宋体"><span style="font-size:16px;">{run}</span></font>')
        elif shape == 1:
            out.append(
                f'<span style="font-family:宋体;"><font size="3"><span lang="EN-US">{run}</span></font></span>'
            )
        elif shape == 2:
            out.append(f'<font color="#000000"><font face="仿宋_GB2312">{run}</font></font>')
        else:
            out.append(f"<span>{run}</span>")
    return "".join(out)


def big_json(rng: random.Random, n: int) -> str:
    """A product catalogue as the site builder inlines it (100 KB and more)."""
    items = [
        {
            "id": 1000 + k,
            "name": f"{rng.choice(PRODUCTS)}{rng.randint(1, 99)}型",
            "spec": f"{rng.randint(1, 50)}mm×{rng.randint(1, 50)}mm",
            "price": rng.randint(10, 999),
            "img": f"/uploads/product/{rng.getrandbits(40):010x}.jpg",
            "desc": "".join(rng.choice(NOISE) for _ in range(30)),
            "tags": [rng.choice(PRODUCTS) for _ in range(3)],
        }
        for k in range(n)
    ]
    return json.dumps(
        {"code": 0, "site": {"id": 31337, "theme": "blue"}, "products": items}, ensure_ascii=False
    )


def huge_script(rng: random.Random, n: int) -> str:
    """An ad rotator's array of slides, the way old ASP sites inlined it."""
    rows = [
        f"ads[{k}]=new Array('/UploadFiles/ad/{rng.getrandbits(32):08x}.gif','http://www.example{k % 7}.com/','{''.join(rng.choice(NOISE) for _ in range(12))}',{rng.randint(100, 999)},{rng.randint(50, 99)});"
        for k in range(n)
    ]
    return (
        "var ads=new Array();"
        + "\n".join(rows)
        + "\nfunction showAd(i){document.write('<a href=\"'+ads[i][1]+'\"><img src=\"'+ads[i][0]+'\"></a>');}"
    )


def cap_text(b: Block) -> str:
    return esc(b.text) + (esc(b.credit) if b.credit else "")


# --- 1. 安平新闻网 (county news site, GBK; the template's meta still says UTF-8) ---------------


def xw_page(site: Site66, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {"person": nm[0], "two": f"{nm[0]} {nm[2]}", "office": OFFICES[a.i % 4]}.get(style, "")
    au = f"　作者：{esc(author)}" if author else ""
    info = f"{a.when:%Y-%m-%d %H:%M:%S}　来源：安平县融媒体中心{au}　编辑：{esc(a.editors[0])}"
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f"<p>　　{noisy(rng, b.text, False)}</p>")
        elif b.kind == "h":
            body.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            body.append(
                f'<p style="text-align:center"><img src="{b.src}" border="0"></p><p style="text-align:center">{cap_text(b)}</p>'
            )
    rel = rel_items(site, a)
    relbox = f'<div class="xgxw"><div class="tit">相关新闻</div><ul>{rel}</ul></div>' if rel else ""
    meta = (
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        if old
        else '<meta charset="utf-8">'
    )
    nav = "".join(
        f'<a href="{h}">{t}</a>'
        for h, t in [
            ("/", "首页"),
            ("/news/list_1.htm", "安平要闻"),
            ("/news/xzdt/", "乡镇动态"),
            ("/zt/2024/xczx/", "专题"),
            ("/video/", "视频"),
            ("/ld/", "领导活动"),
        ]
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
{meta}
<title>{esc(a.title)}_安平新闻网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},安平">
<meta name="description" content="{esc(trunc(a.paras[0], 60))}">
<style>{css(rng, "xw", 330)}</style>
<script>{filler_js(rng, "jquery", 40)}</script>
</head><body>
<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="安平新闻网"></a></div><div class="nav">{nav}</div></div>
<div class="weizhi">您当前的位置：<a href="/">首页</a> &gt; <a href="/news/list_1.htm">安平要闻</a> &gt; 正文</div>
<div class="main"><div class="left">
<h1 class="biaoti">{esc(a.title)}</h1>
<div class="info">{info}&nbsp;&nbsp;&nbsp;&nbsp;字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>
<div id="zoom">
{chr(10).join(body)}
</div>
<div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
{relbox}
</div>
<div class="right">
<div class="box"><div class="tit">热点排行</div><ul>{rank(site, a, "xw-hot")}</ul></div>
<div class="box"><div class="tit">图片新闻</div><ul>{rank(site, a, "xw-pic", 6)}</ul></div>
</div></div>
<div class="footer">主办：中共安平县委宣传部　承办：安平县融媒体中心<br>冀ICP备00000000号　<a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a></div>
<script>{stats_js("s66xw")}</script>
</body></html>"""
    return served(page, "gbk")


# --- 2. 企业新闻 (a wire-mesh maker's site on a site builder, UTF-8 with a BOM) -----------------


def qy_page(site: Site66, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    body, plain = [], []
    for b in a.blocks:
        if b.kind == "p":
            body.append(
                f'<p class="MsoNormal" style="text-indent:2em;line-height:2;">{fonted(rng, b.text)}</p>'
            )
            plain.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            body.append(f'<p class="MsoNormal"><b>{fonted(rng, b.text)}</b></p>')
            plain.append(f"<p><b>{esc(b.text)}</b></p>")
        else:
            im = f'<p style="text-align:center;"><img data-original="{b.src}" src="/static/loading.gif" class="lazy"></p><p style="text-align:center;">{cap_text(b)}</p>'
            body.append(im)
            plain.append(im.replace('data-original="', 'src2="'))
    if style == "wen":
        body.append(f'<p style="text-align:right;">文/{esc(nm[0])}　图/{esc(nm[5])}</p>')
    elif style == "two":
        body.append(f'<p style="text-align:right;">文/{esc(nm[0])}、{esc(nm[2])}</p>')
    elif style == "zg":
        body.append(
            f'<p style="text-align:right;">撰稿：{esc(nm[0])}　编辑：{esc(nm[3])}　审核：{esc(nm[4])}</p>'
        )
    au = "　作者：品牌中心" if style == "office" else ""
    rel = rel_items(site, a)
    relbox = f'<div class="related"><h4>相关新闻</h4><ul>{rel}</ul></div>' if rel else ""
    prods = "".join(
        f'<li><a href="/product/{k}.html"><img src="/uploads/p{k}.jpg"><p>{p}</p></a></li>'
        for k, p in enumerate(PRODUCTS)
    )
    page = f"""\ufeff<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}-新闻动态-安平县恒通丝网制品有限公司</title>
<style>{css(rng, "qy", 300)}</style>
<script>window.__SITE_DATA__ = {big_json(rng, 520)};</script>
</head><body>
<div class="header"><a href="/" class="logo">恒通丝网</a><ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/about.htm">关于我们</a></li><li><a href="/product/">产品中心</a></li><li><a href="/qiye/news/">新闻动态</a></li><li><a href="/contact.htm">联系我们</a></li></ul><div class="tel">服务热线：400-000-0000</div></div>
<div class="banner"><img src="/uploads/banner_news.jpg"></div>
<div class="container"><div class="sidebar"><h3>新闻动态</h3><ul><li><a href="/qiye/news/">公司新闻</a></li><li><a href="/qiye/news/?page=2">行业资讯</a></li></ul>
<h3>推荐产品</h3><ul class="prods">{prods}</ul><h3>热门新闻</h3><ul>{rank(site, a, "qy-hot", 8)}</ul></div>
<div class="content">
<div class="news-title"><h2>{esc(a.title)}</h2><div class="news-info">发布时间：{a.when:%Y年%m月%d日 %H:%M}{au}　浏览次数：<span id="hits">0</span></div></div>
<div class="news-body" id="newsContent">
{chr(10).join(body)}
</div>
<noscript><div class="news-body-static">
{chr(10).join(plain)}
</div></noscript>
<div class="page-nav"><p>上一篇：<a href="/qiye/news/">返回列表</a></p></div>
{relbox}
</div></div>
<div class="footer">Copyright © 安平县恒通丝网制品有限公司 地址：河北省安平县经济开发区 技术支持：某某建站</div>
<script>{filler_js(rng, "lazyload", 30)}</script>
<script>{stats_js("s66qy")}</script>
</body></html>"""
    return served(page, "utf-8")


# --- 3. 安平生活网 (a DIY PHP town site: unclosed tags, <br><br> paragraphs) -----------------------


def diy_page(site: Site66, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    au = {"person": nm[0], "two": f"{nm[0]}、{nm[2]}", "admin": "admin"}.get(style)
    aus = f"作者：{esc(au)}&nbsp;&nbsp;&nbsp;" if au else ""
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}<br><br>")
        elif b.kind == "h":
            body.append(f"<b>{esc(b.text)}</b><br><br>")
        else:
            body.append(f'<center><img src="{b.src}" width="500"><br>{esc(b.text)}</center><br>')
    charset = "gb2312" if old else "utf-8"
    empty_title = a.i in (1, 7)
    two_roots = a.i % 3 == 0
    title = "" if empty_title else f"{esc(a.title)} - 安平生活网"
    head_doc = (
        f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title></title></head><body>\n'
        '<div id="top"><a href="/">安平生活网</a> | <a href="/list.php?cid=3">本地新闻</a> | <a href="/list.php?cid=5">便民信息</a> | <a href="/search.php?q=安平">搜索</a></div>\n</body></html>\n'
        if two_roots
        else ""
    )
    side = f'<table width="250" border="0"><tr><td class="stit">最新文章</td></tr><tr><td><ul>{rank(site, a, "diy-new", 10)}</ul></td></tr><tr><td class="stit">热门文章<tr><td><ul>{rank(site, a, "diy-hot", 10)}</ul>'
    page = f"""{head_doc}<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<style>{css(rng, "diy", 300)}</style>
<script>{filler_js(rng, "common", 45)}</script>
</head>
<body>
<div id="wrap">
<div id="nav"><a href="/">首页</a> <a href="/list.php?cid=3">本地新闻</a> <a href="/list.php?cid=5">便民信息</a> <a href="/about.htm">关于本站</a>
<div id="main">
<div id="left">
<div class="title"><h2>{esc(a.title)}</h2>
<div class="info">{aus}来源：本站原创&nbsp;&nbsp;&nbsp;时间：{a.when.year}-{a.when.month}-{a.when.day}&nbsp;&nbsp;&nbsp;阅读：<script src="/count.php?id={a.x["id"]}"></script>次
<div class="content"><p>
{chr(10).join(body)}
<div class="share">觉得有用就转发给朋友吧！ <a href="javascript:window.print()">打印本页</a>
<div class="prenext">上一篇：<a href="/list.php?cid=3">返回列表</a>
</div>
<div id="right">{side}
<div id="footer">安平生活网 版权所有 QQ:10000000 备案号：冀ICP备00000000号-1 <a href="/contact.htm">联系站长</a>
<script>{stats_js("s66diy")}</script>
</body>
</html>"""
    return served(page, charset, header=not old)


# --- 4. 安平论坛 门户 (Discuz!-style portal article, GBK) -----------------------------------------


def lt_page(site: Site66, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    orig = f'<span class="pipe">|</span>原作者: {esc(nm[0])}' if style == "orig" else ""
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f"<p>{noisy(rng, b.text, True)}</p>")
        elif b.kind == "h":
            body.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            body.append(f'<div align="center"><img src="{b.src}" /><br />{cap_text(b)}</div>')
    if a.editors:
        body.append(f'<p style="text-align:right;">（责任编辑：{esc(a.editors[0])}）</p>')
    others = [b for b in site.of("lt") if b is not a]
    ghost = others[(a.i * 5) % len(others)]
    comment = (
        "<!-- 旧版内容，勿删\n<h1>"
        + esc(ghost.title)
        + "</h1>\n"
        + "\n".join(f"<p>{esc(t)}</p>" for t in ghost.paras[:4])
        + "\n-->"
    )
    rel = rel_items(site, a, "%m-%d")
    relbox = (
        f'<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl1 cl">{rel}</ul></div></div>'
        if rel
        else ""
    )
    stamp = f"{a.when.year}-{a.when.month}-{a.when.day} {a.when:%H:%M}"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)} - 安平新闻 -  安平论坛 - Powered by Discuz!</title>
<meta name="keywords" content="{esc(a.title)}" />
<meta name="generator" content="Discuz! X3.4" />
<style>.jammer{{display:none}}{css(rng, "lt", 300)}</style>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kq1', charset = 'gbk', discuz_uid = '0', cookiepre = 'xxxx_2132_';</script>
<script>{filler_js(rng, "common.js", 40)}</script>
</head>
<body id="nv_portal" class="pg_view">
<div id="toptb" class="cl"><div class="wp"><a href="/">设为首页</a> <a href="/member.php?mod=register">注册</a> <a href="/member.php?mod=logging&amp;action=login">登录</a></div></div>
<div id="hd"><div class="wp"><h2><a href="/" title="安平论坛"><img src="static/image/common/logo.png" alt="安平论坛" /></a></h2>
<ul id="nv"><li><a href="/">门户</a></li><li><a href="/portal.php?mod=list&amp;catid=2">安平新闻</a></li><li><a href="/forum.php">论坛</a></li><li><a href="/forum.php?mod=guide&amp;view=hot">热帖</a></li></ul></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="/">安平论坛</a> <em>&rsaquo;</em> <a href="/portal.php?mod=list&amp;catid=2">安平新闻</a> <em>&rsaquo;</em> 查看内容</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">
<div class="h hm"><h1 class="ph">{esc(a.title)} </h1>
<p class="xg1">{stamp}<span class="pipe">|</span> 发布者: admin<span class="pipe">|</span> 查看: {rng.randint(100, 9999)}<span class="pipe">|</span> 评论: {rng.randint(0, 40)}{orig}<span class="pipe">|</span>来自: 安平日报</p></div>
<div class="s"><div><strong>摘要</strong>: {esc(trunc(a.paras[0], 60))}</div></div>
{comment}
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
{chr(10).join(body)}
</td></tr></table>
<div class="o cl ptm pbm"><a href="javascript:;" class="oshr">分享</a> <a href="javascript:;" class="oshr ofav">收藏</a></div>
</div>
<div class="pren pbm cl"><em>上一篇：</em><a href="/portal.php?mod=list&amp;catid=2">返回列表</a></div>
</div>
{relbox}
<div class="bm"><div class="bm_h"><h3>最新评论</h3></div><div class="bm_c"><p>还没有人评论，快来抢沙发</p></div></div>
</div>
<div class="sd pph"><div class="bm"><div class="bm_h"><h2>热门推荐</h2></div><ul class="xl xl1 cl">{rank(site, a, "lt-hot")}</ul></div>
<div class="bm"><div class="bm_h"><h2>论坛热帖</h2></div><ul class="xl xl1 cl">{rank(site, a, "lt-bbs", 8)}</ul></div></div>
</div>
<div id="ft" class="wp cl"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em> &copy; 2001-{a.when.year} Comsenz Inc.</p><p><a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a> | 冀ICP备00000000号</p></div>
<script>{stats_js("s66lt")}</script>
</body>
</html>"""
    if old:
        page = page.replace("Discuz! X3.4", "Discuz! X3.2")
    return served(page, "gbk")


# --- 5. 安平在线 (an old ASP site, GB2312, tables) -------------------------------------------------


def asp_page(site: Site66, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    au = {"jt": f"记者 {nm[0]} 通讯员 {nm[1]}", "person": nm[0]}.get(style, "佚名")
    w = a.when
    stamp = (
        f"{w.year}-{w.month}-{w.day} {w:%H:%M:%S}"
        if w.year > 2019
        else f"{w.year}/{w.month}/{w.day} {w:%H:%M:%S}"
    )
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f"　　{fonted(rng, b.text)}<br />&nbsp;<br />")
        elif b.kind == "h":
            body.append(f"　　<font color=#ff0000><b>{esc(b.text)}</b></font><br />&nbsp;<br />")
        else:
            body.append(
                f'<div align=center><img src="{b.src}" border=0 onload="if(this.width>600)this.width=600"></div><div align=center>{cap_text(b)}</div><br />'
            )
    ed = f"　　责任编辑：{esc(a.editors[0])}" if a.editors else ""
    rel = "".join(
        f'<tr><td>&middot;<a href="{esc(p)}">{esc(site.by_path[p].title)}</a>' for p in a.related
    )
    relbox = (
        f'<table width="100%" class="border"><tr><td class="title">相关文章</td></tr>{rel}</table>'
        if rel
        else ""
    )
    hot = (
        rank(site, a, "asp-hot", 10)
        .replace("<li>", "<tr><td>&middot;")
        .replace("</li>", "</td></tr>")
    )
    page = f"""<html>
<head>
<title>{esc(a.title)}--安平在线</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<style>{css(rng, "asp", 280)}</style>
<script language="javascript">{huge_script(rng, 900)}</script>
</head>
<body leftmargin=0 topmargin=0>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Images/top_banner.gif" width="980" height="120"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/Article/Class.asp?ClassID=5">本地新闻</a> | <a href="/Article/Class.asp?ClassID=6">通知公告</a> | <a href="/zt/2024/xczx/">专题</a> | <a href="/about.htm">关于我们</a></td></tr>
<table width="980" align="center" border="0"><tr><td width="250" valign="top">
<table width="100%" class="border"><tr><td class="title">热门文章</td></tr>{hot}</table>
<td valign="top">
<table width="100%" border="0" cellpadding="5"><tr><td align="center" class="main_ArticleTitle"><font size="4" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font color="#666666">作者：{esc(au)}&nbsp;&nbsp;&nbsp;&nbsp;来源：安平报&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={a.x["id"]}"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{stamp}</font></td></tr>
<tr><td class="main_ArticleContent" id="fontzoom"><font size="3"><span style="font-size:14px">
{chr(10).join(body)}
</span></font>
<tr><td align="right">【文章录入：admin{ed}】
<tr><td>上一篇文章：<a href="/Article/Class.asp?ClassID=5">返回列表</a><br>【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】
</table>
{relbox}
</table>
<table width="980" align="center"><tr><td align="center" class="footer">安平在线 版权所有 Copyright&copy;2008-{w.year}<br>冀ICP备00000000号 建议使用IE6.0以上浏览器 1024*768分辨率浏览本站
<script>{stats_js("s66asp")}</script>
</body>
</html>"""
    return encode(page, "gb2312"), "text/html; charset=gb2312"


PAGES = {"xw": xw_page, "qy": qy_page, "diy": diy_page, "lt": lt_page, "asp": asp_page}


def register(site: Site66) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))


__all__ = ["PAGES", "TOWNS", "register"]
