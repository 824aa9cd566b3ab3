"""Site 27's article pages: 中国经济网 (TRS WCM, old pages in GB2312), 中青在线 / 中国青年网,
法治网 (法治日报, 方正翔宇), 中国日报中文网 and 中国网 (``/txt/`` and news.china.com.cn)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site27

LISTS = {
    "ce": ["/xwzx/gnsz/gdxw/index.shtml", "/xwzx/gnsz/gdxw/index_1.shtml"],
    "cyol": ["/gb/channels/vrGlAKDl/index.html", "/gb/channels/vrGlAKDl/index_2.html"],
    "legal": ["/index_article/node_5955.htm", "/index_article/node_5955_2.htm"],
    "cd": [
        "/5b753f9fa310030f813cf408/5bd54ba2a3101a87ca8ff5ee/",
        "/5b753f9fa310030f813cf408/5bd54ba2a3101a87ca8ff5ee/page_2.html",
    ],
    "china": ["/node_7208764.htm", "/node_7208764_2.htm"],
}
LEGAL_NODES = {
    "index_article": "/index_article/node_5955.htm",
    "legal_case": "/legal_case/node_33834.htm",
    "Lawyer": "/Lawyer/node_80511.htm",
}
LABELS = {
    "ce": "中国经济网",
    "cyol": "中青在线",
    "legal": "法治网",
    "cd": "中国日报中文网",
    "china": "中国网",
}


def related(site: Site27, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site27, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a
        and b.path not in a.related
        and (b.tpl == a.tpl or not same)
        and not b.x.get("old")
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(
    a: Art, para: Callable[[str], str], head: Callable[[str], str], img: Callable[[Block], str]
) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "", n: int = 28) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art]) -> str:
    return "".join(
        f'<li><em class="n{k}">{k}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 22))}</a></li>'
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art]) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/pic/{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt="{esc(b.title)}" width="150" height="100"></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 14))}</a></p></li>'
        for b in arts
    )


def share_json(a: Art, site_name: str) -> str:
    img = next((b.src for b in a.blocks if b.kind == "img"), "/images/share_logo.png")
    data = {
        "title": a.title,
        "desc": trunc(a.body.replace("\n", ""), 60),
        "imgUrl": img,
        "link": a.path,
        "site": site_name,
    }
    return "var shareData = " + json.dumps(data, ensure_ascii=False) + ";"


def menu(items: list[str], root: str) -> str:
    return "".join(f'<a href="{root}" target="_blank">{n}</a>' for n in items)


def link_farm(items: list[str]) -> str:
    return "".join(
        f'<a href="https://www.{k}link.example.cn/" target="_blank">{n}</a>'
        for k, n in enumerate(items)
    )


def bylines(names: list[str], sep: str = " ") -> str:
    return sep.join(names)


def _html(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


MEDIA = [
    "人民网",
    "新华网",
    "央视网",
    "光明网",
    "中国网",
    "国际在线",
    "中国日报网",
    "中国青年网",
    "中国经济网",
    "中国台湾网",
    "中国西藏网",
    "央广网",
    "求是网",
    "中国新闻网",
    "法治网",
    "中青在线",
    "中国军网",
    "中国搜索",
]

# --- 1. 中国经济网 ce.cn ------------------------------------------------------------------------

CE_NAV = [
    "首页",
    "新闻",
    "时政",
    "国际",
    "财经",
    "金融",
    "证券",
    "产业",
    "汽车",
    "房产",
    "地方",
    "乡村振兴",
    "经济日报",
    "理论",
    "评论",
    "视频",
    "图片",
    "专题",
    "消费",
    "文化",
    "旅游",
    "健康",
    "教育",
    "体育",
    "公益",
    "数据",
    "经济学人",
]
CE_SUB = [
    "时政要闻",
    "滚动新闻",
    "权威发布",
    "高层动态",
    "经济观察",
    "热点聚焦",
    "部委动态",
    "地方动态",
    "人事任免",
    "反腐倡廉",
    "社会民生",
    "经济日报头条",
    "评论员文章",
    "中经评论",
    "经济日报调研行",
]
CE_STATEMENT = (
    "<p>1、凡本网注明“来源：中国经济网” 或“来源：经济日报-中国经济网”的所有作品，版权均属于中国经济网（本网另有声明的除外）；未经本网授权，任何单位及个人不得转载、摘编或以其它方式使用上述作品；已经与本网签署相关授权使用协议的单位及个人，应注意该等作品中是否有相应的授权使用限制声明，不得违反该等限制声明，且在授权范围内使用时应注明“来源：中国经济网”或“来源：经济日报-中国经济网”。违反前述声明者，本网将追究其相关法律责任。</p>"
    "<p>2、本网所有的图片作品中，即使注明“来源：中国经济网”及/或标有“中国经济网(www.ce.cn)”“中经网”水印，但并不代表本网对该等图片作品享有许可他人使用的权利；已经与本网签署相关授权使用协议的单位及个人，仅有权在授权范围内使用该图片中明确注明“中国经济网记者XXX摄”或“经济日报社-中国经济网记者XXX摄”的图片作品，否则，一律不得转载、摘编或以其它方式使用上述作品。</p>"
    "<p>3、凡本网注明“来源：XXX（非中国经济网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p>"
)


def ce(site: Site27, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return ce_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = f'<p style="text-align: center">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p style="text-align: center">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p style="text-align: center"><img src="{b.src}" oldsrc="{b.src.rsplit("/", 1)[-1]}" alt="" /></p>{cap}{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    if x["style"] == "jzline":
        body = f"<p>　　经济日报记者 {nm[0]} 通讯员 {a.correspondents[0]}</p>\n" + body
    author = {"zz": nm[0], "zz2": bylines(nm[:2]), "jzline": nm[0]}.get(x["style"], "")
    editor = f'<div class="editor">（责任编辑：{a.editors[0]}）</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="tit"><span>相关新闻</span></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    hot = rank(others(site, a, 10, "hot", same=False))
    pic = pics(others(site, a, 4, "pic"))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_中国经济网——国家经济门户</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 90))}" />
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="{x["id"] % 997}"><meta name="contentid" content="{x["id"]}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
<meta name="author" content="{esc(a.editors[0] if a.editors else "")}">
<meta name="source" content="{esc(x["source"])}">
<link href="/css/ce_2019.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "ce", 300 + 230)}</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">{filler_js(rng, "ce-common", 60 + 35)}</script>
<script type="text/javascript">{stats_js("ce.cn")}</script>
</head>
<body>
<div class="cetop"><div class="w1000"><div class="left"><a href="/">中国经济网首页</a> | <a href="/">English</a> | <a href="/">经济日报</a> | <a href="/">手机版</a></div><div class="right"><a href="/about/index.shtml">关于我们</a> | <a href="/search/index.shtml?q=">搜索</a></div></div></div>
<div class="ceheader"><div class="w1000"><a href="/" class="logo"><img src="/images/ce_logo.png" alt="中国经济网——国家经济门户" /></a><div class="ad"><img src="/ad/ce_1000x90_{rng.randint(1, 9)}.jpg" /></div></div></div>
<div class="cenav"><div class="w1000">{menu(CE_NAV, "/xwzx/gnsz/gdxw/index.shtml")}</div><div class="subnav w1000">{menu(CE_SUB, "/xwzx/gnsz/szyw/index.shtml")}</div></div>
<div class="w1000 crumbs">当前位置：<a href="/">中国经济网首页</a>&nbsp;&gt;&nbsp;<a href="/xwzx/gnsz/gdxw/index.shtml">新闻</a>&nbsp;&gt;&nbsp;<a href="/xwzx/gnsz/gdxw/index.shtml">国内时政</a>&nbsp;&gt;&nbsp;<a href="/{x["sec"][0]}/index.shtml">{x["sec"][1]}</a></div>
<div class="w1000 layout">
<div class="left" id="left">
<h1 id="articleTitle">{esc(a.title)}</h1>
<div id="articleInfo" class="articleInfo"><span id="articleTime">{a.when:%Y年%m月%d日 %H:%M}</span>　<span id="articleSource">来源：{esc(x["source"])}</span>　<span id="articleAuthor">{"作者：" + esc(author) if x["style"] != "xhs" else ""}</span><span class="fontsize">字号：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">小</a></span></div>
<div class="share">分享到：<a class="weixin" href="javascript:void(0)">微信</a><a class="weibo" href="javascript:void(0)">新浪微博</a><a class="qzone" href="javascript:void(0)">QQ空间</a></div>
<div id="articleText" class="content">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
{body}
</div>
</div>
{editor}
<div class="page"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="statement"><h4>版权及免责声明：</h4>{CE_STATEMENT}</div>
{rel_html}
<div class="ceapp"><img src="/images/ce_app_qr.png" /><p>扫码下载中国经济网客户端</p><p>随时随地看经济新闻</p></div>
</div>
<div class="right" id="right">
<div class="box rdph"><div class="tit"><span>热点排行</span></div><ol>{hot}</ol></div>
<div class="box tpxw"><div class="tit"><span>图片新闻</span></div><ul>{pic}</ul></div>
<div class="box ztzl"><div class="tit"><span>专题专栏</span></div><ul><li><a href="/zt/2024lh/index.shtml">2024全国两会</a></li><li><a href="/zt/2024lh/index.shtml">高质量发展调研行</a></li></ul></div>
</div>
</div>
<div class="cefooter"><div class="w1000"><div class="links">{link_farm(MEDIA)}</div>
<p><a href="/about/index.shtml">关于我们</a> | <a href="/about/index.shtml">网站声明</a> | <a href="/about/contact.shtml">联系我们</a> | <a href="/about/contact.shtml">广告服务</a></p>
<p>中国经济网 版权所有　互联网新闻信息服务许可证(10120170008)　京ICP备08104809号-5　京公网安备 11010202009785号</p>
<p>本站所刊登的各种新闻﹑信息和各种专题专栏资料，均为中国经济网版权所有，未经协议授权禁止下载使用。</p></div></div>
<script type="text/javascript">function fontZoom(s){{document.getElementById('articleText').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return _html(page)


def ce_old(site: Site27, a: Art) -> tuple[bytes, str]:
    """The 2019/2021 pages: the old table layout, served in GB2312 (the header names no charset)."""
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = f'<p align="center">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p align="center">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p align="center"><img src="{b.src}" border="0" /></p>{cap}{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    editor = (
        f'<tr><td align="right" class="editor">（责任编辑：{a.editors[0]}）</td></tr>'
        if a.editors
        else ""
    )
    rel = related(site, a)
    rel_html = (
        '<tr><td><table width="100%" class="xgxw"><tr><td class="tit">相关新闻</td></tr>'
        + "".join(
            f'<tr><td>·<a href="{b.path}" target="_blank">{esc(b.title)}</a> {b.when:%Y-%m-%d}</td></tr>'
            for b in rel
        )
        + "</table></td></tr>"
        if rel
        else ""
    )
    hot = "".join(
        f'<tr><td>{k}. <a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for k, b in enumerate(others(site, a, 10, "oldhot", same=False), 1)
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}_中国经济网——国家经济门户</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
<style type="text/css">{css(rng, "ceold", 330 + 230)}</style>
<script language="javascript">{filler_js(rng, "ce-old", 50 + 35)}</script>
<script language="javascript">{stats_js("ce.cn-old")}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo2009.gif" border="0"></a></td><td align="right"><a href="/">首页</a> | <a href="/xwzx/gnsz/gdxw/index.shtml">新闻</a> | <a href="/search/index.shtml?q=">搜索</a></td></tr>
<tr><td colspan="2" class="nav">{"　".join(f'<a href="/xwzx/gnsz/gdxw/index.shtml">{n}</a>' for n in CE_NAV)}</td></tr>
<tr><td colspan="2" class="subnav">{"　".join(f'<a href="/xwzx/gnsz/szyw/index.shtml">{n}</a>' for n in CE_SUB)}</td></tr>
<tr><td colspan="2" height="28">您现在的位置：<a href="/">中国经济网首页</a> &gt; <a href="/xwzx/gnsz/gdxw/index.shtml">国内时政</a> &gt; <a href="/{x["sec"][0]}/index.shtml">{x["sec"][1]}</a></td></tr></table>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="650" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" height="50"><h1 id="articleTitle" style="font-size:22px">{esc(a.title)}</h1></td></tr>
<tr><td align="center" class="info"><span id="articleTime">{a.when:%Y年%m月%d日 %H:%M}</span>　<span id="articleSource">来源：{esc(x["source"])}</span>　<span id="articleAuthor">作者：{nm[0]}</span></td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td id="articleText" class="font14">
<div class="TRS_Editor">
{body}
</div>
</td></tr>
{editor}
<tr><td align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
{rel_html}
</table></td><td width="20"></td>
<td width="280" valign="top"><table width="100%" class="side"><tr><td class="tit">热点排行</td></tr>{hot}</table></td></tr></table>
<table width="950" border="0" align="center" class="footer"><tr><td align="center">{"　".join(MEDIA)}<br>中国经济网 版权所有　京ICP备08104809号　未经授权禁止转载<br>Copyright &copy; 2004-{a.when.year} www.ce.cn</td></tr></table>
</body>
</html>
"""
    return _html(page, "gb2312", header=False)


# --- 2. 中青在线 cyol.com / 中国青年网 youth.cn --------------------------------------------------

CYOL_NAV = [
    "首页",
    "时政",
    "思想",
    "教育",
    "科技",
    "文化",
    "军事",
    "国际",
    "财经",
    "评论",
    "青年",
    "冰点",
    "视觉",
    "视频",
    "直播",
    "中青校媒",
    "中青报数字报",
    "青年调查",
]
CYOL_APP = '<div class="app-down"><img src="/gb/images/app_qr.png"><div><p>下载中国青年报客户端</p><p>获取更多资讯</p><a href="javascript:void(0)">立即下载</a></div></div>'


def cyol_lead(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    corr = " 通讯员 " + " ".join(a.correspondents) if a.correspondents else ""
    return {
        "jz_tx": f"中青报·中青网记者 {nm[0]}{corr}",
        "jz": f"中青报·中青网记者 {nm[0]}",
        "jz2": f"中青报·中青网记者 {nm[0]} {nm[1]}",
        "sxs": f"中青报·中青网实习生 {nm[1]} 记者 {nm[0]}",
        "jxjz": f"中青报·中青网见习记者 {nm[0]}",
    }.get(style, "")


def cyol(site: Site27, a: Art) -> tuple[bytes, str]:
    if a.x["style"] == "youthcn":
        return youthcn(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = (
            f'<p style="text-align:center;color:#666;font-size:14px;">{esc(b.text)}{(" " + esc(b.credit)) if b.credit else ""}</p>'
            if b.text
            else ""
        )
        return (
            f'<p style="text-align:center;"><img src="{b.src}" style="max-width:100%;" /></p>{cap}'
        )

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    lead = cyol_lead(a)
    if lead:
        body = f"<p>{lead}</p>\n" + body
    author = (
        bylines(a.authors if x["style"] != "sxs" else [nm[0], nm[1]])
        if x["style"] not in ("none", "wire")
        else ""
    )
    info = (
        f'<span class="source">来源：{esc(x["source"])}</span> | '
        + (f'<span class="author">作者：{esc(author)}</span> | ' if author else "")
        + f'<span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span>'
    )
    editor = f'<div class="editor">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgyd"><h3 class="tit">相关阅读</h3><ul>{lis(rel)}</ul></div>' if rel else ""
    )
    rec = others(site, a, 8, "rec", same=False)
    rec_html = "".join(
        f'<div class="rec-item"><a href="{b.path}" target="_blank"><h4>{esc(b.title)}</h4></a><p>{esc(trunc(b.body.replace(chr(10), ""), 50))}</p><span>{b.when:%m-%d %H:%M}</span></div>'
        for b in rec
    )
    hot = rank(others(site, a, 10, "hot"))
    meta = {
        "articleId": a.path.rsplit("_", 1)[-1].split(".")[0],
        "channel": "新闻",
        "source": x["source"],
        "editor": a.editors[0] if a.editors else "",
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{esc(a.title)}_中青在线</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 80))}">
<link rel="stylesheet" href="/gb/css/article_2021.css">
<style>{css(rng, "cy", 280 + 230)}</style>
<script src="/gb/js/jquery.min.js"></script>
<script>{filler_js(rng, "cyol-app", 70 + 35)}</script>
<script>{share_json(a, "中青在线")}
var articleMeta = {json.dumps(meta, ensure_ascii=False)};</script>
<script>{stats_js("cyol.com")}</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/">中青在线</a><a href="/">中国青年报</a><a href="/">中青网</a><a href="/">青年报客户端</a><span class="fr"><a href="/about/index.html">关于我们</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/gb/images/cyol_logo.png" alt="中青在线"></a><div class="search"><input type="text" placeholder="搜索"><a href="/search/?q=">搜索</a></div></div></div>
<div class="nav"><div class="w1200">{menu(CYOL_NAV, LISTS["cyol"][0])}</div></div>
<div class="w1200 location">当前位置：<a href="/">中青在线</a> &gt; <a href="{LISTS["cyol"][0]}">新闻</a> &gt; 正文</div>
<div class="w1200 container">
<div class="main_left">
<div class="article-box">
<h1 class="articleTitle">{esc(a.title)}</h1>
<div class="info">{info}</div>
<div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ</a></div>
<div class="article_content" id="detailContent">
{body}
</div>
{editor}
</div>
{CYOL_APP}
{rel_html}
<div class="tjyd"><h3 class="tit">推荐阅读</h3>{rec_html}</div>
<div class="comment"><h3>网友评论</h3><textarea placeholder="文明上网，理性发言"></textarea><a class="btn" href="javascript:;">发表评论</a><p class="none">暂无评论</p></div>
</div>
<div class="main_right">
<div class="box"><h3>热点排行</h3><ol>{hot}</ol></div>
<div class="box"><h3>青年调查</h3><ul>{lis(others(site, a, 5, "survey"), "", 18)}</ul></div>
</div>
</div>
<div class="footer"><div class="w1200"><div class="links">{link_farm(MEDIA)}</div>
<p>中国青年报社版权所有　未经授权禁止转载</p><p>京ICP备05023245号-1　京公网安备11010102000001号　互联网新闻信息服务许可证10120170001</p><p>违法和不良信息举报电话：010-64098025</p></div></div>
</body>
</html>
"""
    return _html(page)


def youthcn(site: Site27, a: Art) -> tuple[bytes, str]:
    """中国青年网 (news.youth.cn): TRS paths ``/xw/sz/202405/t20240508_N.htm``."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f'<p align="center">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p align="center">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p align="center"><img src="{b.src}" /></p>{cap}{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgyd"><div class="xgyd_t">相关阅读</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    nav = [
        "首页",
        "新闻",
        "时政",
        "国际",
        "评论",
        "教育",
        "就业",
        "青年",
        "团团",
        "文化",
        "体育",
        "娱乐",
        "财经",
        "科技",
        "游戏",
        "军事",
        "图片",
        "视频",
    ]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_新闻频道_中国青年网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 80))}" />
<style>{css(rng, "yc", 320 + 230)}</style>
<script>{filler_js(rng, "youth-common", 60 + 35)}</script>
<script>{stats_js("youth.cn")}</script>
</head>
<body>
<div class="topbar">{menu(nav, LISTS["cyol"][0])}</div>
<div class="banner"><a href="/"><img src="/images/youth_logo.png" alt="中国青年网"></a></div>
<div class="weizhi">当前位置：<a href="/">中国青年网</a> &gt;&gt; <a href="{LISTS["cyol"][0]}">新闻频道</a> &gt;&gt; <a href="{LISTS["cyol"][0]}">时政</a></div>
<div class="page_main"><div class="page_left">
<div class="page_bt"><p class="pbt">{esc(a.title)}</p>
<div class="pwz">来源：{esc(x["source"])} | 作者：{esc(a.authors[0])} | <span id="pubtime_baidu">{a.when:%Y-%m-%d %H:%M:%S}</span></div></div>
<div class="page_text"><div class="TRS_Editor">
{body}
</div></div>
<p class="page_bj">责任编辑：{a.editors[0]}</p>
<div class="fx">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
{rel_html}
<div class="tjyd"><div class="xgyd_t">推荐阅读</div><ul>{lis(others(site, a, 8, "ytj"), "%m-%d")}</ul></div>
</div>
<div class="page_right"><div class="rdph"><h3>热点排行</h3><ol>{rank(others(site, a, 10, "yhot", same=False))}</ol></div>
<div class="tupian"><h3>图片新闻</h3><ul>{pics(others(site, a, 4, "ypic"))}</ul></div></div></div>
<div class="footer">{link_farm(MEDIA)}<p>中国青年网 版权所有 Copyright &copy; 1999-2024 youth.cn All Rights Reserved</p><p>京ICP备05023245号-1</p></div>
</body>
</html>
"""
    return _html(page)


# --- 3. 法治网 legaldaily.com.cn -------------------------------------------------------------------

LEGAL_NAV = [
    "首页",
    "要闻",
    "法治政府",
    "政法",
    "立法",
    "执法",
    "司法",
    "普法",
    "公安",
    "检察",
    "法院",
    "司法行政",
    "国家安全",
    "监狱",
    "律师",
    "公证",
    "仲裁",
    "法学",
    "评论",
    "案件",
    "法治日报数字报",
]


def legal(site: Site27, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    style = x["style"]

    def img(b: Block) -> str:
        cr = f"<br/>{esc(b.credit)}" if b.credit else ""
        cap = f'<p style="text-align: center;">{esc(b.text)}{cr}</p>' if b.text else ""
        return f'<p style="text-align: center;"><img src="{b.src}" border="0" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    head = {
        "qmt_tx": f"<p>　　法治日报全媒体记者 {nm[0]} 通讯员 {' '.join(a.correspondents)}</p>",
        "qmt": f"<p>　　法治日报全媒体记者 {nm[0]}</p>",
        "qmt2": f"<p>　　法治日报全媒体记者 {nm[0]} {nm[1]}</p>",
        "box": f"<p>　　□ 本报记者　{nm[0]}</p>",
        "box_tx": f"<p>　　□ 本报记者　{nm[0]}</p><p>　　□ 本报通讯员　{' '.join(a.correspondents)}</p>",
        "fzw": f"<p>　　法治网记者 {nm[0]}</p>",
        "pl": "<p>　　□ 本报评论员</p>",
    }.get(style, "")
    editor = f'<div class="bianji">编辑：{a.editors[0]}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgwz"><div class="bt">相关文章</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    hot = lis(others(site, a, 10, "hot", same=False), "", 20)
    new = lis(others(site, a, 8, "new"), "%m-%d", 20)
    idx = site.of("legal").index(a)
    prev_a = site.of("legal")[idx - 1]
    next_a = site.of("legal")[(idx + 1) % 12]
    enp = (
        f"<!--enpproperty <articleid>{x['id']}</articleid><date>{a.when:%Y-%m-%d %H:%M:%S}.0</date><author></author>"
        f"<title>{esc(a.title)}</title><keyword>{esc(x['ctx']['topic'])}</keyword><subtitle></subtitle><introtitle></introtitle>"
        f"<siteid>1</siteid><nodeid>{5955}</nodeid><nodename>{x['col'][1]}</nodename><nodesearchname></nodesearchname>/enpproperty-->"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{enp}
<title>{esc(a.title)}-法治网</title>
<meta name="keywords" content="法治网,法治日报,{esc(x["ctx"]["topic"])}" />
<style type="text/css">{css(rng, "fz", 340 + 230)}</style>
<script type="text/javascript">{filler_js(rng, "fzw-base", 55 + 35)}</script>
<script type="text/javascript">{stats_js("legaldaily.com.cn")}</script>
</head>
<body>
<div class="top"><div class="w1100"><span>{a.when:%Y年%m月%d日}</span><a href="/">法治网首页</a><a href="/">法治日报电子版</a><a href="/">法治日报客户端</a></div></div>
<div class="head"><div class="w1100"><a href="/" class="logo"><img src="/images/fzw_logo.png" alt="法治网"/></a><div class="ss"><form action="/search/index.html" method="get"><input name="q" type="text"/><input type="submit" value="搜索"/></form></div></div></div>
<div class="menu"><div class="w1100">{menu(LEGAL_NAV, LISTS["legal"][0])}</div></div>
<div class="w1100 dqwz">当前位置：<a href="/">首页</a> &gt; <a href="{LEGAL_NODES[x["col"][0]]}">{x["col"][1]}</a> &gt; 正文</div>
<div class="w1100 nrbj">
<div class="zuo">
<div class="content_title"><h1>{esc(a.title)}</h1></div>
<div class="content_info"><span class="time">发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span>　<span class="source">来源：{esc(x["source"])}</span></div>
<div class="content_text" id="ozoom">
<!--enpcontent-->{head}
{body}<!--/enpcontent-->
</div>
{editor}
<div class="fenxiang">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">新浪微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="sxp"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
{rel_html}
</div>
<div class="you">
<div class="rdwz"><div class="bt">热点文章</div><ul>{hot}</ul></div>
<div class="zxwz"><div class="bt">最新文章</div><ul>{new}</ul></div>
<div class="ewm"><img src="/images/fzrb_app.png"/><p>法治日报客户端</p></div>
</div>
</div>
<div class="foot"><div class="w1100"><div class="yqlj">友情链接：{link_farm(MEDIA)}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">版权声明</a></p>
<p>法治日报社主办　版权所有 法治网 未经授权不得转载　京ICP备05063598号　互联网新闻信息服务许可证10120180008</p></div></div>
</body>
</html>
"""
    return _html(page)


# --- 4. 中国日报中文网 cn.chinadaily.com.cn --------------------------------------------------------

CD_NAV = [
    "首页",
    "时政",
    "资讯",
    "财经",
    "视频",
    "双语",
    "观点",
    "地方",
    "文化",
    "国际",
    "军事",
    "体育",
    "健康",
    "科技",
    "旅游",
    "图片",
    "专栏",
    "漫画",
]


def cd(site: Site27, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    style = x["style"]

    def img(b: Block) -> str:
        cap = f'<p style="text-align: center;">{esc(b.text)}{esc(b.credit)}</p>' if b.text else ""
        return f'<p style="text-align: center;"><img src="{b.src}" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    byl = {
        "zz": f"作者：{nm[0]}",
        "zz2": f"作者：{nm[0]}、{nm[1]}",
        "jz": f"作者：中国日报记者 {nm[0]}",
        "bianyi": f"编译：{nm[0]}",
    }.get(style, "")
    zuoz = f'<div class="xinf-le">{esc(byl)}</div>' if byl else ""
    editor = (
        f'<div class="fenx"><div class="xinf-le">【责任编辑：{a.editors[0]}】</div></div>'
        if a.editors
        else ""
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="busBar"><span>相关新闻</span></div><ul class="xgxw-list">{lis(rel)}</ul></div>'
        if rel
        else ""
    )
    jc = others(site, a, 10, "jctj", same=False)
    jc_html = "".join(
        f'<div class="mr10"><div class="mr10-le"><a href="{b.path}" target="_blank"><img src="/image_c/jctj_{k}.jpg"></a></div><div class="mr10-ri"><h4><a href="{b.path}" target="_blank">{esc(b.title)}</a></h4><p>{esc(trunc(b.body.replace(chr(10), ""), 46))}</p><span>{b.when:%Y-%m-%d}</span></div></div>'
        for k, b in enumerate(jc)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>{esc(a.title)} - 中国日报网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 90))}" />
<meta name="contentid" content="WS{x["oid"]}" />
<meta name="source" content="{esc(x["source"])}" />
<meta name="editor" content="{esc(a.editors[0] if a.editors else "")}" />
<link rel="stylesheet" href="//cn.chinadaily.com.cn/css/cn_2019.css" />
<style>{css(rng, "cd", 300 + 230)}</style>
<script src="//cn.chinadaily.com.cn/js/jquery-1.11.3.min.js"></script>
<script>{filler_js(rng, "cd-share", 65 + 35)}</script>
<script>{share_json(a, "中国日报网")}</script>
<script>{stats_js("cn.chinadaily.com.cn")}</script>
</head>
<body>
<div class="topNav"><div class="topNav-main"><a href="/">中国日报网</a><a href="/">China Daily</a><a href="/">中国日报双语新闻</a><a href="/">中国日报手机版</a><span class="fr"><a href="/search/?q=">搜索</a></span></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/image_c/logo.png" alt="中国日报网"></a></div><div class="header-ad"><img src="/image_c/ad_{rng.randint(1, 6)}.jpg"></div></div>
<div class="nav-wrap"><div class="nav">{menu(CD_NAV, LISTS["cd"][0])}</div></div>
<div class="da-bre"><a href="/">中国日报网</a>&nbsp;&gt;&nbsp;<a href="{LISTS["cd"][0]}">资讯</a>&nbsp;&gt;&nbsp;<a href="{LISTS["cd"][0]}">社会</a></div>
<div class="main_art">
<div class="lft_art" id="lft-art">
<h1 class="dabiaoti">{esc(a.title)}</h1>
<div class="fenx"><div class="xinf-le">来源：{esc(x["source"])}&nbsp;&nbsp;{a.when:%Y-%m-%d %H:%M}</div>{zuoz}<div class="xinf-ri"><span>分享到：</span><a class="weixin" href="javascript:;"></a><a class="weibo" href="javascript:;"></a><a class="qzone" href="javascript:;"></a></div></div>
<div id="Content" class="article">
{body}
</div>
{editor}
<div class="ewm-box"><img src="/image_c/cd_app.png"><p>下载中国日报客户端</p><p>读懂中国 看见世界</p></div>
{rel_html}
<div class="jctj"><div class="busBar"><span>精彩推荐</span></div>{jc_html}</div>
</div>
<div class="rgt_art">
<div class="rgt-box"><div class="busBar"><span>热点排行</span></div><ol>{rank(others(site, a, 10, "hot"))}</ol></div>
<div class="rgt-box"><div class="busBar"><span>图片新闻</span></div><ul>{pics(others(site, a, 4, "pic", same=False))}</ul></div>
</div>
</div>
<div class="dibu"><div class="dibu-main"><p>{link_farm(MEDIA)}</p>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p>
<p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。如需使用，请与010-84883777联系；凡本网注明“来源：XXX（非中国日报网）”的作品，均转载自其它媒体，目的在于传播更多信息，其他媒体如需转载，请与稿件来源方联系，如产生任何问题与本网无关。</p>
<p>版权保护：本网登载的内容（包括文字、图片、多媒体资讯等）版权属中国日报网（中报国际文化传媒（北京）有限公司）独家所有使用。 未经中国日报网事先协议授权，禁止转载使用。给中国日报网提意见：rx@chinadaily.com.cn</p>
<p>Copyright 1995 - {a.when.year} . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p></div></div>
</body>
</html>
"""
    return _html(page)


# --- 5. 中国网 china.com.cn ---------------------------------------------------------------------------

CHINA_NAV = [
    "首页",
    "新闻",
    "观点",
    "国情",
    "政务",
    "经济",
    "文化",
    "国际",
    "体育",
    "图片",
    "视频",
    "专题",
    "访谈",
    "直播",
    "网上发布厅",
    "中国访谈",
    "中国网直播",
    "党建",
    "理论",
    "国是论坛",
]


def china(site: Site27, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]

    def img(b: Block) -> str:
        cap = f'<p style="text-align: center;">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p style="text-align: center;">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p style="text-align: center;"><img src="{b.src}" /></p>{cap}{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    if style == "unit":
        author = x["unit"]
    elif style == "none":
        author = ""
    else:
        author = " ".join(a.authors)
    src = f'<span id="source_baidu">来源：<a href="/" target="_blank">{esc(x["source"])}</a></span>'
    info = src + (f' | <span id="author_baidu">作者：{esc(author)}</span>' if author else "")
    info += f' | <span id="pubtime_baidu">时间：{a.when:%Y-%m-%d %H:%M:%S}</span> | <span id="editor_baidu">责任编辑：{a.editors[0]}</span>'
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><h3>相关新闻</h3><ul>{lis(rel, "%Y-%m-%d")}</ul></div>' if rel else ""
    )
    tp = pics(others(site, a, 6, "tpxw", same=False))
    nav_root = LISTS["china"][0]
    if x["news"]:
        frame_top = f'<div class="topnav">{menu(CHINA_NAV, nav_root)}</div><div class="logo-bar"><a href="/"><img src="/images/news_logo.png" alt="中国网新闻中心"></a><span>新闻中心</span></div><div class="crumbs"><a href="/">中国网</a> &gt; <a href="{nav_root}">新闻中心</a> &gt; <a href="{nav_root}">时政</a></div>'
        wrap = f"""<div class="article">
<h1 class="artiTitle"><!--repaste.title.begin-->{esc(a.title)}<!--repaste.title.end--></h1>
<div class="pub_date">{info}</div>
<div class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div class="artiContent" id="articleBody"><!--repaste.body.begin-->
{body}
<!--repaste.body.end--></div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
{rel_html}
</div>"""
    else:
        frame_top = f'<div class="chinanav"><div class="w1000">{menu(CHINA_NAV, nav_root)}</div></div><div class="w1000 crumbs">当前位置：<a href="/">中国网</a> &gt; <a href="{nav_root}">新闻</a></div>'
        wrap = f"""<div class="center_title"><h1 class="articleTitle">{esc(a.title)}</h1>
<div class="info">{info}</div></div>
<div class="bdsharebuttonbox"><a class="bds_weixin" data-cmd="weixin"></a><a class="bds_tsina" data-cmd="tsina"></a><a class="bds_qzone" data-cmd="qzone"></a></div>
<div id="articleBody" class="artiContent"><!--repaste.body.begin-->
{body}
<!--repaste.body.end--></div>
<div class="pagenav"></div>
<div class="jiucuo"><a href="javascript:;">【纠错】</a> <a href="javascript:window.print()">【打印】</a></div>
{rel_html}"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_{"新闻中心_" if x["news"] else ""}中国网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 80))}" />
<meta name="filetype" content="0" /><meta name="publishedtype" content="1" /><meta name="pagetype" content="1" />
<meta name="catalogs" content="{7208764 if x["news"] else 7157777}" /><meta name="contentid" content="{x["id"]}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<style>{css(rng, "cn", 320 + 230)}</style>
<script>{filler_js(rng, "china-bd", 60 + 35)}</script>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
<script>{stats_js("china.com.cn")}</script>
</head>
<body>
<div class="top"><a href="/">中国网首页</a> | <a href="/">English</a> | <a href="/">Français</a> | <a href="/">Deutsch</a> | <a href="/">日本語</a> | <a href="/">Español</a> | <a href="/">Русский</a> | <a href="/">한국어</a> | <a href="/search/?q=">搜索</a></div>
{frame_top}
<div class="w1000 main">
<div class="left">
{wrap}
<div class="tpxw"><h3>图片新闻</h3><ul>{tp}</ul></div>
</div>
<div class="right">
<div class="box"><h3>热点新闻</h3><ol>{rank(others(site, a, 10, "hot"))}</ol></div>
<div class="box"><h3>网上发布厅</h3><ul>{lis(others(site, a, 6, "fbt", same=False), "", 18)}</ul></div>
</div>
</div>
<div class="footer"><div class="links">{link_farm(MEDIA)}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p>
<p>版权所有 中国互联网新闻中心　电子邮件: webmaster@china.org.cn　电话: 86-10-88828000　京ICP证 040089号-1　网络传播视听节目许可证号:0105123</p></div>
<script>function doZoom(s){{document.getElementById('articleBody').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return _html(page)


RENDER = {"ce": ce, "cyol": cyol, "legal": legal, "cd": cd, "china": china}


def register(site: Site27) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
