"""Site 29's article pages: 浙江日报 数字报 (方正 Founder), 人民日报 图文数据库 e-paper (2019 pages on
the old layout), 新民晚报 数字报 (GB2312, table layout, 图片新闻 hot areas), 慈溪日报 数字报 (an
old ASP system in GBK, 2019 pages on the older 动易 layout) and 新华每日电讯 (mrdx)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc, zh_day

if TYPE_CHECKING:
    from .generator import Site29

CAL = {
    "fz": "/html/2024-05/period.htm",
    "rmrb": "/rmrb/html/2024-05/period.htm",
    "wb": "/xmwb/html/period.html",
    "xian": "/epaper/History.asp",
    "mrdx": "/content/calendar.htm",
}
OLD_CAL = {"rmrb": "/rmrb/html/2019-11/period.htm", "xian": "/epaper/History.asp?Year=2019"}
PAPER = {
    "fz": "浙江日报",
    "rmrb": "人民日报",
    "wb": "新民晚报",
    "xian": "慈溪日报",
    "mrdx": "新华每日电讯",
}


def node_of(a: Art) -> str:
    from .generator import node_path

    return node_path(a.tpl, a.x["ed"], a.x["pg"])


def same_page(site: Site29, a: Art) -> list[Art]:
    return [b for b in site.of(a.tpl) if b.x["ed"] == a.x["ed"] and b.x["pg"] == a.x["pg"]]


def edition(site: Site29, tpl: str, ed: date) -> list[int]:
    return sorted({b.x["pg"] for b in site.of(tpl) if b.x["ed"] == ed})


def related(site: Site29, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site29, a: Art, k: int, salt: str) -> list[Art]:
    """Stories of the same paper and era, none of them ``a``'s related ones (furniture lists)."""
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.of(a.tpl)
        if b is not a and b.path not in a.related and b.x["old"] == a.x["old"]
    ]
    return rng.sample(pool, min(k, len(pool)))


def neighbours(site: Site29, a: Art) -> tuple[Art | None, Art | None]:
    """上一篇/下一篇: the stories before and after ``a`` on its 版面."""
    row = same_page(site, a)
    k = row.index(a)
    return (row[k - 1] if k else None, row[k + 1] if k + 1 < len(row) else None)


def page_step(site: Site29, a: Art) -> tuple[str | None, str | None]:
    """上一版/下一版: the 版面 before and after ``a``'s in its edition."""
    from .generator import node_path

    pgs = edition(site, a.tpl, a.x["ed"])
    k = pgs.index(a.x["pg"])
    prv = node_path(a.tpl, a.x["ed"], pgs[k - 1]) if k else None
    nxt = node_path(a.tpl, a.x["ed"], pgs[k + 1]) if k + 1 < len(pgs) else None
    return prv, nxt


def area_map(arts: list[Art], name: str = "PagePicMap") -> str:
    """The hot areas over the 版面 picture: one rectangle (or polygon) per story."""
    out = []
    for k, b in enumerate(arts):
        y = 40 + k * 130
        h = zlib.crc32(b.path.encode()) % 60
        if k % 2:
            coords = f"{10 + h},{y},330,{y},330,{y + 120},{10 + h},{y + 120}"
            out.append(f'<area shape="polygon" coords="{coords}" href="{b.path}" target="_self">')
        else:
            out.append(
                f'<area shape="rect" coords="8,{y},{320 - h},{y + 118}" href="{b.path}" target="_self">'
            )
    return f'<map name="{name}" id="{name}">{"".join(out)}</map>'


def body_html(
    a: Art, para: Callable[[str], str], head: Callable[[str], str], img: Callable[[Block], str]
) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def byline_of(a: Art) -> str:
    return a.x["cr"]["byline"]


def _html(page: str, charset: str = "utf-8", header: str | None = None) -> tuple[bytes, str]:
    ctype = f"text/html; charset={charset}" if header is None else header
    return encode(page, charset), ctype


def pics(arts: list[Art], root: str) -> str:
    return "".join(
        f'<li><a href="{b.path}"><img src="{root}{zlib.crc32(b.path.encode()) % 10**7:07d}.jpg" width="120" height="80" alt=""></a><p><a href="{b.path}">{esc(trunc(b.title, 12))}</a></p></li>'
        for b in arts
    )


# --- 1. 浙江日报 数字报 (方正 Founder newspaper: ``/html/2024-05/08/content_3_3741234.htm``) -----

FZ_FOOT = "浙江日报报业集团版权所有　未经书面授权，不得复制或建立镜像　浙ICP备05047300号　互联网新闻信息服务许可证33120170001"


def fz(site: Site29, a: Art) -> tuple[bytes, str]:
    from .generator import node_path

    rng = page_rng(site.seed, a.path)
    x, ed = a.x, a.x["ed"]

    def img(b: Block) -> str:
        cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
        return f'<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="{b.src}" border="0"></td></tr><tr><td class="pictext" align="center">{cap}</td></tr></table>'

    body = body_html(
        a,
        lambda t: f"<P>　　{esc(t)}</P>",
        lambda t: f"<P>　　<STRONG>{esc(t)}</STRONG></P>",
        img,
    )
    cr = x["cr"]
    if cr["inbody"]:
        body = f"<P>　　{esc(cr['byline'])}</P>\n" + body
    author_td = (
        f'<tr><td class="font02" align="center" height="30"><founder-author>{esc(cr["byline"])}</founder-author></td></tr>'
        if cr["byline"] and not cr["inbody"]
        else ""
    )
    row = same_page(site, a)
    pgs = edition(site, "fz", ed)
    nav = "".join(
        f'<tr><td class="default" height="25">&nbsp;<a id="pageLink" href="{node_path("fz", ed, p)}">第{p:02d}版：{x["pname"] if p == x["pg"] else _pname("fz", p)}</a></td></tr>'
        for p in pgs
    )
    titles = "".join(
        f'<tr><td class="default"><img src="/html/images/dot.gif"> <a href="{b.path}"><div style="display:inline" id="mp{b.x["id"]}">{esc(b.title)}</div></a></td></tr>'
        for b in row
    )
    prv, nxt = neighbours(site, a)
    pprv, pnxt = page_step(site, a)
    prevnext = (
        (f'<a href="{prv.path}">上一篇</a>' if prv else "上一篇")
        + "　"
        + (f'<a href="{nxt.path}">下一篇</a>' if nxt else "下一篇")
    )
    pagestep = (
        (f'<a href="{pprv}">上一版</a>' if pprv else "上一版")
        + "　"
        + (f'<a href="{pnxt}">下一版</a>' if pnxt else "下一版")
    )
    ed_line = f"第{x['pg']:02d}版：{x['pname']}" + (
        f"　本版编辑：{x['page_editor']}　美编：{x['page_artist']}" if x["page_editor"] else ""
    )
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="xgxw"><tr><td class="xgxw_t">相关新闻</td></tr>'
        + "".join(
            f'<tr><td>·<a href="{b.path}">{esc(b.title)}</a>（{b.x["ed"]:%Y-%m-%d}）</td></tr>'
            for b in rel
        )
        + "</table>"
        if rel
        else ""
    )
    enp = (
        f"<!--enpproperty <articleid>{x['id']}</articleid><date>{ed:%Y-%m-%d}</date><author>{esc(cr['byline'])}</author>"
        f"<title>{esc(a.title)}</title><keyword>{esc(x['ctx']['topic'])}</keyword><subtitle>{esc(x['sub'])}</subtitle>"
        f"<introtitle>{esc(x['intro'])}</introtitle><siteid>1</siteid><nodeid>{x['pg'] + 1}</nodeid><nodename>{x['pname']}</nodename><nodesearchname></nodesearchname>/enpproperty-->"
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE>{esc(a.title)}</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="浙江日报,数字报,{esc(x["ctx"]["topic"])}">
{enp}
<link rel="stylesheet" href="/html/images/style.css" type="text/css">
<style type="text/css">{css(rng, "fz", 520)}</style>
<script type="text/javascript">{filler_js(rng, "founder-epaper", 95)}</script>
<script type="text/javascript">function doZoom(size){{var a=document.getElementById('ozoom');a.style.fontSize=size+'px';}}</script>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="260"><a href="/"><img src="/html/images/zjrb_logo.gif" border="0" alt="浙江日报"></a></td>
<td class="default" align="center"><strong>{zh_day(ed)}</strong></td>
<td align="right" class="default"><a href="{CAL["fz"]}">往期回顾</a> | <a href="/html/zt/node_501.htm">专题</a> | <a href="/search.htm?q=">检索</a> | <a href="/">浙报集团</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bar"><tr>
<td class="default">&nbsp;{ed_line}</td><td align="right" class="default">{pagestep}　<a href="{node_of(a)}">返回版面</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="350" valign="top">
<table width="100%" border="0"><tr><td><img src="/html/page/{ed:%Y-%m}/{ed:%d}/{x["pg"]:02d}/{ed:%Y%m%d}{x["pg"]:02d}_brief.jpg" border="0" usemap="#PagePicMap" width="330"></td></tr></table>
{area_map(row)}
<table width="100%" border="0" class="bmdh"><tr><td class="default"><strong>版面导航</strong></td></tr>{nav}</table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="font02" align="center" height="25"><founder-introtitle>{esc(x["intro"])}</founder-introtitle></td></tr>
<tr><td class="font01" align="center" height="40"><founder-title>{esc(a.title)}</founder-title></td></tr>
<tr><td class="font02" align="center" height="25"><founder-subtitle>{esc(x["sub"])}</founder-subtitle></td></tr>
{author_td}
<tr><td height="8"><hr size="1" color="#cccccc"></td></tr>
<tr><td class="default" align="right">字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></td></tr>
<tr><td><div id="ozoom" style="font-size:14px;line-height:26px"><founder-content>
{body}
</founder-content></div></td></tr>
<tr><td class="default" align="center" height="30">{prevnext}　<a href="{node_of(a)}">返回目录</a></td></tr>
</table>
{rel_html}
<table width="100%" border="0" class="bbbt"><tr><td class="default"><strong>本版标题</strong></td></tr>{titles}</table>
<table width="100%" border="0" class="wqhg"><tr><td class="default"><a href="{CAL["fz"]}">往期回顾</a>　<a href="{node_path("fz", ed, pgs[0])}">当日头版</a></td></tr></table>
</td></tr></table>
<table width="1000" border="0" align="center" class="foot"><tr><td align="center" class="default"><a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a> | <a href="/about.htm">版权声明</a><br>{FZ_FOOT}</td></tr></table>
<script type="text/javascript">{stats_js("zjrb")}</script>
</BODY></HTML>
"""
    return _html(page)


def _pname(tpl: str, p: int) -> str:
    from .generator import PAGES

    return PAGES[tpl][p]


# --- 2. 人民日报 图文数据库 (``/rmrb/html/2024-05/08/nw.D110000renmrb_20240508_1-01.htm``) -------

RMRB_FOOT = '<p><a href="/about.htm">人民日报社概况</a> | <a href="/about.htm">关于人民网</a> | <a href="/about.htm">报社招聘</a> | <a href="/about.htm">广告服务</a> | <a href="/about.htm">合作加盟</a> | <a href="/about.htm">供稿服务</a> | <a href="/about.htm">网站声明</a> | <a href="/contact.htm">联系我们</a></p><p>人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</p>'


def rmrb(site: Site29, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return rmrb_old(site, a)
    from .generator import node_path

    rng = page_rng(site.seed, a.path)
    x, ed = a.x, a.x["ed"]

    def img(b: Block) -> str:
        cap = esc(b.text) + ("<br>" + esc(b.credit) if b.credit else "")
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="pci_c"><tr><td align="center"><img src="{b.src}"></td></tr><tr><td align="center"><p>{cap}</p></td></tr></table>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    row = same_page(site, a)
    pgs = edition(site, "rmrb", ed)
    swiper = "".join(
        f'<div class="swiper-slide"><a id="pageLink" href="{node_path("rmrb", ed, p)}">{p:02d}版：{_pname("rmrb", p)}</a></div>'
        for p in pgs
    )
    news = "".join(
        f'<li><a href="{b.path}"><script>document.write(view("{esc(b.title)}"))</script></a></li>'
        for b in row
    )
    pprv, pnxt = page_step(site, a)
    rel = related(site, a)
    rel_html = (
        '<div class="xgbd"><h4>相关报道</h4><ul>'
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    sec = f'<p class="sec">{esc(byline_of(a))}</p>' if byline_of(a) else '<p class="sec"></p>'
    enp = (
        f"<!--enpproperty <articleid>{zlib.crc32(a.path.encode()) % 10**8}</articleid><date>{ed:%Y-%m-%d}</date><author>{esc(a.authors[0] if a.authors else '')}</author>"
        f"<title>{esc(a.title)}</title><keyword></keyword><subtitle>{esc(x['sub'])}</subtitle><introtitle>{esc(x['intro'])}</introtitle>"
        f"<siteid>2</siteid><nodeid>{x['pg']}</nodeid><nodename>{x['pname']}</nodename><nodesearchname>{x['pname']}</nodesearchname>/enpproperty-->"
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>{esc(a.title)}--人民日报</title>
{enp}
<link rel="stylesheet" href="/rmrb/css/reset.css"><link rel="stylesheet" href="/rmrb/css/style.css">
<style>{css(rng, "rm", 500)}</style>
<script src="/rmrb/js/jquery-1.12.4.min.js"></script>
<script>{filler_js(rng, "rmrb-paper", 90)}function view(s){{return s;}}</script>
</head>
<body>
<div class="header"><div class="w1000 clearfix"><div class="logo left"><a href="/"><img src="/rmrb/images/logo.png" alt="人民日报"></a></div>
<div class="date left"><p>{zh_day(ed)}</p></div>
<div class="right btn-box"><a href="{CAL["rmrb"]}">往期回顾</a><a href="/rmrb/search?keyword=">检索</a><a href="{node_path("rmrb", ed, pgs[0])}">返回首页</a></div></div></div>
<div class="main w1000 clearfix">
<div class="left paper-box">
<div class="paper-top"><p class="left ban">第{x["pg"]:02d}版：{x["pname"]}</p><p class="right">{f'<a href="{pprv}">上一版</a>' if pprv else ""}{f'<a href="{pnxt}">下一版</a>' if pnxt else ""}</p></div>
<div class="paper"><img src="/rmrb/images/{ed:%Y-%m}/{ed:%d}/{x["pg"]:02d}/rmrb{ed:%Y%m%d}{x["pg"]:02d}.jpg" usemap="#PagePicMap">{area_map(row)}</div>
<div class="swiper-box"><div class="swiper-container"><div class="swiper-wrapper">{swiper}</div></div></div>
</div>
<div class="right right-main">
<div class="article-box">
<div class="article">
<h3>{esc(x["intro"])}</h3>
<h1>{esc(a.title)}</h1>
<h2>{esc(x["sub"])}</h2>
{sec}
<div class="date-box"><p class="date left">《 人民日报 》（ {ed:%Y年%m月%d日}   第 {x["pg"]:02d} 版）</p><p class="right btn"><a href="javascript:;" class="zoomin">放大</a><a href="javascript:;" class="zoomout">缩小</a><a href="javascript:;" class="default">默认</a></p></div>
<div class="article-infor" id="ozoom">
<!--enpcontent-->{body}<!--/enpcontent-->
</div>
</div>
{rel_html}
<div class="share"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div>
</div>
<div class="news"><p class="news-title">本版新闻列表</p><ul class="news-list">{news}</ul></div>
</div>
</div>
<div class="footer"><div class="w1000">{RMRB_FOOT}</div></div>
<script>{stats_js("paper.people.com.cn")}</script>
</body>
</html>
"""
    return _html(page)


def rmrb_old(site: Site29, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: the old ``text_c`` layout, ``<founder-content>``, the byline in ``<h4>``."""
    from .generator import node_path

    rng = page_rng(site.seed, a.path)
    x, ed = a.x, a.x["ed"]

    def img(b: Block) -> str:
        cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center"><img src="{b.src}"></td></tr><tr><td align="center" class="pic_text">{cap}</td></tr></table>'

    body = body_html(a, lambda t: f"<P>{esc(t)}</P>", lambda t: f"<P><B>{esc(t)}</B></P>", img)
    row = same_page(site, a)
    pgs = edition(site, "rmrb", ed)
    nav = "".join(
        f'<div class="right_title-name"><a id="pageLink" href="{node_path("rmrb", ed, p)}">{p:02d}版：{_pname("rmrb", p)}</a></div>'
        for p in pgs
    )
    rel = related(site, a)
    rel_html = (
        '<div class="xgbd"><h4 class="xg">相关报道</h4>'
        + "".join(f'<p>·<a href="{b.path}">{esc(b.title)}</a></p>' for b in rel)
        + "</div>"
        if rel
        else ""
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>人民日报</title>
<style type="text/css">{css(rng, "rmo", 520)}</style>
<script type="text/javascript">{filler_js(rng, "rmrb-2016", 95)}</script>
</head>
<body>
<div class="w1000 top"><div class="logo"><a href="/"><img src="/rmrb/images/rmrb_logo_2016.gif" /></a></div><div class="ri_date">{zh_day(ed)}</div><div class="wq"><a href="{OLD_CAL["rmrb"]}">往期回顾</a></div></div>
<div class="w1000 main">
<div class="l_c"><div class="ban_t"><span>第{x["pg"]:02d}版：{x["pname"]}</span></div>
<div class="ban_p"><img src="/rmrb/page/{ed:%Y-%m}/{ed:%d}/{x["pg"]:02d}/RMRB{ed:%Y%m%d}{x["pg"]:02d}_b.jpg" usemap="#PagePicMap" />{area_map(row)}</div>
<div class="right_title">{nav}</div></div>
<div class="r_c">
<div class="text_c">
<h3>{esc(x["intro"])}</h3>
<h1>{esc(a.title)}</h1>
<h2>{esc(x["sub"])}</h2>
<h4>{esc(byline_of(a))}</h4>
<div class="lai"><a href="{node_of(a)}">人民日报</a>　{ed:%Y年%m月%d日}　{x["pg"]:02d} 版)</div>
<div class="c_c" id="ozoom"><founder-content>{body}</founder-content></div>
</div>
{rel_html}
<div class="list_r"><div class="l_t">本版其他文章</div><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in row if b is not a)}</ul></div>
</div>
</div>
<div class="w1000 foot">{RMRB_FOOT}</div>
</body>
</html>
"""
    return _html(page)


# --- 3. 新民晚报 数字报 (GB2312, table layout: ``/xmwb/html/2024-05-08/5/221345.html``) ---------


def wb(site: Site29, a: Art) -> tuple[bytes, str]:
    from .generator import node_path

    rng = page_rng(site.seed, a.path)
    x, ed = a.x, a.x["ed"]

    def img(b: Block) -> str:
        cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
        return f'<table border="0" align="center" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="{b.src}" border="0"></td></tr><tr><td align="center" class="font04">{cap}</td></tr></table>'

    body = body_html(
        a,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f'<p align="center"><font face="黑体">{esc(t)}</font></p>',
        img,
    )
    cr = x["cr"]
    if cr["inbody"]:
        body = f"<p>　　{esc(cr['byline'])}</p>\n" + body
    author_tr = (
        f'<tr><td class="font03" align="center">{esc(cr["byline"])}</td></tr>'
        if cr["byline"] and not cr["inbody"]
        else ""
    )
    row = same_page(site, a)
    pgs = edition(site, "wb", ed)
    nav = "".join(
        f'<td class="bm"><a href="{node_path("wb", ed, p)}">A{p}版：{_pname("wb", p)}</a></td>'
        + ("</tr><tr>" if k % 2 else "")
        for k, p in enumerate(pgs)
    )
    stamp = (
        f'<tr><td align="center" class="font05">【发布时间：{a.when:%Y-%m-%d %H:%M}】</td></tr>'
        if a.precision == "minute"
        else (
            f'<tr><td align="center" class="font05">出版日期：{ed:%Y-%m-%d}</td></tr>'
            if a.i % 3 == 0
            else ""
        )
    )
    editor = (
        f'<p class="bj" align="right">本版编辑/{a.editors[0]}　视觉设计/{x["nm"][7]}</p>'
        if a.editors
        else ""
    )
    prv, nxt = neighbours(site, a)
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="xgbd"><tr><td class="title_xg">相关报道</td></tr>'
        + "".join(f'<tr><td>◆ <a href="{b.path}">{esc(b.title)}</a></td></tr>' for b in rel)
        + "</table>"
        if rel
        else ""
    )
    other = "".join(
        f'<tr><td><a href="{b.path}">{esc(b.title)}</a></td></tr>' for b in row if b is not a
    )
    picnews = pics(others(site, a, 4, "tpxw"), "/xmwb/images/tp/")
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>新民晚报数字报-{esc(a.title)}</title>
<link href="/xmwb/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">{css(rng, "xm", 520)}</style>
<script language="javascript">{filler_js(rng, "xmwb-epaper", 95)}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><a href="/"><img src="/xmwb/images/logo.gif" border="0"></a></td>
<td class="date">{zh_day(ed, pad=False)}　农历甲辰年</td>
<td align="right"><a href="{CAL["wb"]}">往期回顾</a> | <a href="{node_path("wb", ed, pgs[0])}">今日头版</a> | <a href="/xmwb/search.html?kw=">检索</a></td></tr></table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="360" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="bmt">A{x["pg"]}版：{x["pname"]}</td></tr>
<tr><td><img src="/xmwb/page/{ed:%Y-%m-%d}/A{x["pg"]:02d}_s.jpg" width="340" border="0" usemap="#PagePicMap"></td></tr></table>
{area_map(row)}
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bmdh"><tr><td colspan="2" class="tit">版面导航</td></tr><tr>{nav}</tr></table>
</td>
<td width="12"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="font02" align="center">{esc(x["intro"])}</td></tr>
<tr><td class="font01" align="center">{esc(a.title)}</td></tr>
<tr><td class="font02" align="center">{esc(x["sub"])}</td></tr>
{author_tr}
{stamp}
<tr><td height="1" bgcolor="#cccccc"></td></tr>
<tr><td class="content" id="ozoom">
{body}
{editor}
</td></tr>
<tr><td align="center">{f'<a href="{prv.path}">上一篇</a>' if prv else ""}　<a href="{node_of(a)}">返回版面</a>　{f'<a href="{nxt.path}">下一篇</a>' if nxt else ""}</td></tr>
</table>
{rel_html}
<table width="100%" class="bbqt"><tr><td class="title_xg">本版其他新闻</td></tr>{other}</table>
<table width="100%" class="tpxw"><tr><td class="title_xg">图片新闻</td></tr><tr><td><ul>{picnews}</ul></td></tr></table>
</td></tr></table>
<table width="1002" border="0" align="center" class="foot"><tr><td align="center"><a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a><br>新民晚报社版权所有　未经授权不得转载　沪ICP备05050403号</td></tr></table>
<script language="javascript">{stats_js("xmwb")}</script>
</body>
</html>
"""
    return _html(page, "gb2312", header="text/html")


# --- 4. 慈溪日报 数字报 (old ASP, GBK: ``/epaper/ShowArticle.asp?ArticleID=168345``) ----------


def _asp_time(w: object) -> str:
    """ASP's Now(): ``2024-5-8 9:35:12`` (no leading zeros but the minutes' and seconds')."""
    from datetime import datetime

    assert isinstance(w, datetime)
    return f"{w.year}-{w.month}-{w.day} {w.hour}:{w.minute:02d}:{w.second:02d}"


def xian(site: Site29, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return xian_old(site, a)
    from .generator import node_path

    rng = page_rng(site.seed, a.path)
    x, ed = a.x, a.x["ed"]

    def img(b: Block) -> str:
        cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
        return f'<p align="center"><img src="{b.src}" border="0" onload="if(this.width>600)this.width=600"></p><p align="center">{cap}</p>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    cr = x["cr"]
    pgs = edition(site, "xian", ed)
    nav = "".join(
        f'<tr><td height="22">&nbsp;<a href="{node_path("xian", ed, p)}">第{p:02d}版：{_pname("xian", p)}</a></td></tr>'
        for p in pgs
    )
    prv, nxt = neighbours(site, a)
    rel = related(site, a)
    rel_html = "".join(
        f'<tr><td height="20">·<a href="{b.path}">{esc(b.title)}</a></td></tr>' for b in rel
    )
    rel_box = (
        f'<table width="100%" class="border"><tr><td class="main_title_575">相关文章</td></tr>{rel_html}</table>'
        if rel
        else '<table width="100%" class="border"><tr><td class="main_title_575">相关文章</td></tr><tr><td>没有相关文章</td></tr></table>'
    )
    hot = "".join(
        f'<tr><td height="20">{k}. <a href="{b.path}">{esc(trunc(b.title, 16))}</a></td></tr>'
        for k, b in enumerate(others(site, a, 8, "hot"), 1)
    )
    rec = "".join(
        f'<tr><td height="20">·<a href="{b.path}">{esc(trunc(b.title, 16))}</a></td></tr>'
        for b in others(site, a, 5, "rec")
    )
    ed_line = (
        f"责任编辑：{a.editors[0]}　　文章录入：{x['nm'][7]}"
        if a.editors
        else f"文章录入：{x['nm'][7]}"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)} - 慈溪日报数字报</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<link href="/epaper/Skin/DefaultSkin.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "cx", 520)}</style>
<script language="javascript">{filler_js(rng, "asp-epaper", 95)}</script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg"><tr>
<td width="300"><a href="/"><img src="/epaper/Images/cxrb_logo.gif" border="0" /></a></td>
<td align="center" class="top_date">{zh_day(ed)}</td>
<td align="right"><a href="{CAL["xian"]}">往期回顾</a> | <a href="/epaper/Search.asp?Field=Title&amp;Keyword=">检索</a> | <a href="/">首页</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="nav_ban">您现在的位置：<a href="/">数字报首页</a> &gt;&gt; <a href="{node_of(a)}">第{x["pg"]:02d}版：{x["pname"]}</a> &gt;&gt; 正文</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top"><table width="100%" class="border"><tr><td class="main_title_282">版面导航</td></tr>{nav}</table>
<table width="100%" class="border"><tr><td class="main_title_282">热门文章</td></tr>{hot}</table>
<table width="100%" class="border"><tr><td class="main_title_282">推荐文章</td></tr>{rec}</table></td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">
<tr><td align="center" class="main_ArticleTitle">{esc(a.title)}</td></tr>
{f'<tr><td align="center" class="main_ArticleSubheading">{esc(x["sub"])}</td></tr>' if x["sub"] else ""}
<tr><td align="center" class="info">作者：{esc(cr["byline"])}　　来源：慈溪日报　　点击数：<script language="javascript" src="/epaper/GetHits.asp?ArticleID={x["id"]}"></script>　　更新时间：{_asp_time(a.when)}　　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td height="1" bgcolor="#dddddd"></td></tr>
<tr><td id="fontzoom" class="main_ArticleContent">
{body}
</td></tr>
<tr><td align="right" class="editor">{ed_line}</td></tr>
<tr><td>上一篇文章：{f'<a href="{prv.path}">{esc(prv.title)}</a>' if prv else "没有了"}<br />下一篇文章：{f'<a href="{nxt.path}">{esc(nxt.title)}</a>' if nxt else "没有了"}</td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
{rel_box}
<table width="100%" class="border"><tr><td class="main_title_575">网友评论</td></tr><tr><td>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr><tr><td>暂无评论</td></tr></table>
</td></tr></table>
<table width="960" border="0" align="center" class="foot"><tr><td align="center"><a href="/about.htm">关于本站</a> | <a href="/contact.htm">联系我们</a><br />慈溪日报社 版权所有　浙ICP备09045000号<br />Copyright &copy; 2008-2024 All Rights Reserved</td></tr></table>
<script language="javascript">function fontZoom(s){{document.getElementById('fontzoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return _html(page, "gbk", header="text/html; Charset=GBK")


def xian_old(site: Site29, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: the older 动易 article layout, no 版面 picture, same ASP routes."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
        return f'<div align="center"><img src="{b.src}" border="0" /><br />{cap}</div>'

    body = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img)
    prv, nxt = neighbours(site, a)
    rel = related(site, a)
    rel_html = (
        '<div class="xg"><div class="xg_t">相关文章</div><ul>'
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    editor = f"　责任编辑：{a.editors[0]}" if a.editors else ""
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>慈溪日报数字报--{esc(a.title)}</title>
<style type="text/css">{css(rng, "cxo", 520)}</style>
<script language="javascript">{filler_js(rng, "powereasy-2006", 95)}</script>
</head>
<body>
<div id="top"><a href="/"><img src="/epaper/Images/logo2010.gif" border="0"></a><span>{zh_day(x["ed"])}</span> <a href="{OLD_CAL["xian"]}">往期回顾</a></div>
<div id="path">当前位置：<a href="/">首页</a> &gt; <a href="{node_of(a)}">第{x["pg"]:02d}版</a> &gt; 文章</div>
<div id="article">
<div class="ArticleTitle">{esc(a.title)}</div>
<div class="ArticleInfo">【作者：{esc(x["cr"]["byline"])}　来源：本站原创　更新时间：{_asp_time(a.when)}{editor}　文章录入：admin】</div>
<div class="ArticleContent" id="fontzoom">
{body}
</div>
<div class="ArticlePage">上一篇：{f'<a href="{prv.path}">{esc(prv.title)}</a>' if prv else "没有了"}　下一篇：{f'<a href="{nxt.path}">{esc(nxt.title)}</a>' if nxt else "没有了"}</div>
{rel_html}
</div>
<div id="foot">慈溪日报社 版权所有 Copyright &copy; 2008-2019</div>
</body>
</html>
"""
    return _html(page, "gb2312", header="text/html")


# --- 5. 新华每日电讯 (mrdx: ``/content/20240508/Articel05003BB.htm``) --------------------------


def mrdx(site: Site29, a: Art) -> tuple[bytes, str]:
    from .generator import node_path

    rng = page_rng(site.seed, a.path)
    x, ed = a.x, a.x["ed"]

    def img(b: Block) -> str:
        cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
        return f'<div class="pic"><img src="{b.src}"><p class="pic-text">{cap}</p></div>'

    body = body_html(
        a,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f'<p class="xbt">　　<strong>{esc(t)}</strong></p>',
        img,
    )
    row = same_page(site, a)
    pgs = edition(site, "mrdx", ed)
    nav = "".join(
        f'<li{" class=on" if p == x["pg"] else ""}><a href="{node_path("mrdx", ed, p)}">第{p:02d}版：{_pname("mrdx", p)}</a></li>'
        for p in pgs
    )
    prv, nxt = neighbours(site, a)
    rel = related(site, a)
    rel_html = (
        '<div class="xgxw"><div class="tit">相关新闻</div><ul>'
        + "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a><span>{b.x["ed"]:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    cr = x["cr"]
    author = f'<div class="author">{esc(cr["byline"])}</div>' if cr["byline"] else ""
    wq = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 18))}</a></li>'
        for b in others(site, a, 6, "wq")
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}-新华每日电讯</title>
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 80))}">
<link rel="stylesheet" type="text/css" href="/css/mrdx.css">
<style>{css(rng, "md", 500)}</style>
<script src="/js/jquery.js"></script>
<script>{filler_js(rng, "mrdx", 90)}</script>
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/images/mrdx_logo.png" alt="新华每日电讯"></a>
<div class="riqi">{zh_day(ed)}　第{x["pg"]:02d}版</div>
<div class="hdr-link"><a href="{CAL["mrdx"]}">往期回顾</a><a href="/content/{ed:%Y%m%d}/Page01BB.htm">今日一版</a><a href="/">新华网</a></div></div></div>
<div class="wrap main">
<div class="left">
<div class="banmian"><div class="bm-tit">第{x["pg"]:02d}版：{x["pname"]}</div><img src="/images/{ed:%Y%m%d}/Page{x["pg"]:02d}BB_s.jpg" usemap="#PagePicMap">{area_map(row)}</div>
<div class="bmdh"><div class="tit">版面导航</div><ul>{nav}</ul></div>
</div>
<div class="right">
<div class="detail">
<div class="title"><h3>{esc(x["intro"])}</h3><h1>{esc(a.title)}</h1><h2>{esc(x["sub"])}</h2></div>
{author}
<div class="info">新华每日电讯　{ed:%Y年%m月%d日}　第{x["pg"]:02d}版</div>
<div class="content" id="contenttext">
{body}
</div>
<div class="fenxiang">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="sxp">{f'<a href="{prv.path}">上一篇：{esc(prv.title)}</a>' if prv else "上一篇：无"}<br>{f'<a href="{nxt.path}">下一篇：{esc(nxt.title)}</a>' if nxt else "下一篇：无"}</div>
</div>
{rel_html}
<div class="bbxw"><div class="tit">本版新闻</div><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in row)}</ul></div>
<div class="wqjc"><div class="tit">往期精彩</div><ul>{wq}</ul></div>
</div>
</div>
<div class="footer"><a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a><p>新华每日电讯 版权所有 未经许可不得转载　京ICP备05000101号</p></div>
<script>{stats_js("mrdx")}</script>
</body>
</html>
"""
    return _html(page)


RENDER = {"fz": fz, "rmrb": rmrb, "wb": wb, "xian": xian, "mrdx": mrdx}


def register(site: Site29) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
