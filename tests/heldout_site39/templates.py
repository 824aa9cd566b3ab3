"""Site 39's article pages: 中国法院网 (``.shtml`` detail pages, no ``<h1>``), 正义网 (TRS pages; the
2019 ones in GB2312) and the 检察日报 e-edition (引题/主题/副题, 版面 maps), 澜江省公安厅 (a
government CMS in GBK, the 索引号 table; the 2019 table layout), 中国长安网 and 云州市司法局 (大汉
JCMS, the 2019 TRS pages in GB2312 named only by the HTTP header)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site39

LABELS = {
    "fy": "中国法院网",
    "jc": "正义网",
    "ga": "澜江省公安厅",
    "ca": "中国长安网",
    "sf": "云州市司法局",
}
FY_SECS = {"MzAwNDAwNDAwMiACAAA": "法院新闻", "MzAwNDAwNDAwNSACAAA": "地方法院"}
JC_SECS = {
    "procuratorate/jcpd": "检察要闻",
    "procuratorate/dfjc": "地方检察",
    "procuratorate/gyss": "公益诉讼",
}
GA_COLS = {"jwdt": "警务动态", "dsdt": "地市动态"}
CA_COLS = {"c100007": "政法动态", "c100008": "地方动态"}
SF_COLS = {"1532567": "工作动态", "1532571": "基层动态", "1532580": "普法宣传"}
SF_UID = {"1532567": 4989321, "1532571": 4989330, "1532580": 4989347}
EP_INDEX = "/epaper/index.html"
SF_TRS_FRONT = "/xxgk/gzdt/index.html"
WEEK = "一二三四五六日"


def fy_front(sid: str, n: int = 1) -> str:
    return f"/article/index/id/{sid}.shtml" if n == 1 else f"/article/index/id/{sid}/page/{n}.shtml"


def jc_front(sec: str, n: int = 1) -> str:
    """TRS: the second page is ``index_1.html``."""
    return f"/{sec}/index.html" if n == 1 else f"/{sec}/index_{n - 1}.html"


def ga_front(col: str, n: int = 1) -> str:
    return f"/jwzx/{col}/index.html" if n == 1 else f"/jwzx/{col}/index_{n}.html"


def ca_front(col: str, n: int = 1) -> str:
    return f"/chinapeace/{col}/list.shtml" if n == 1 else f"/chinapeace/{col}/list_{n}.shtml"


def sf_front(col: str, n: int = 1) -> str:
    """大汉 JCMS: later pages are the column page with ``uid`` and ``pageNum``."""
    base = f"/col/col{col}/index.html"
    return base if n == 1 else f"{base}?uid={SF_UID[col]}&pageNum={n}"


def ep_page(a: Art) -> str:
    """The 版面 page an e-edition story stands on."""
    d, ed = a.when, a.x["edition"][0]
    return f"/{d:%Y}/{d:%Y%m%d}/{d:%Y%m%d}_{ed:03d}/{d:%Y%m%d}_{ed:03d}.htm"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def related(site: Site39, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site39, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and (b.tpl == a.tpl or not same)
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(
    blocks: list[Block],
    para: Callable[[str], str],
    head: Callable[[str], str],
    img: Callable[[Block], str],
) -> str:
    out = []
    for b in blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "", n: int = 30) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art], n: int = 22) -> str:
    return "".join(
        f'<li><i class="n{k}">{k}</i><a href="{b.path}" target="_blank">{esc(trunc(b.title, n))}</a></li>'
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art], root: str) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="{root}/{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt="{esc(b.title)}"></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 16))}</a></p></li>'
        for b in arts
    )


def desc(a: Art, n: int = 90) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def links(names: list[str], href: str = "javascript:;") -> str:
    return "".join(f'<a href="{href}" target="_blank">{n}</a>' for n in names)


def farm(names: list[str], stem: str) -> str:
    """Links to other sites (none the crawler needs)."""
    return "".join(
        f'<a href="https://www.{stem}{k}.example.gov.cn/" target="_blank">{n}</a>'
        for k, n in enumerate(names)
    )


POLITICAL_LEGAL = [
    "中央政法委",
    "最高人民法院",
    "最高人民检察院",
    "公安部",
    "司法部",
    "国家安全部",
    "中国法院网",
    "正义网",
    "中国长安网",
    "中国普法网",
    "法治网",
    "人民网法治",
    "新华网法治",
    "中国警察网",
]

# --- 1. 中国法院网 ----------------------------------------------------------------------------
FY_NAV = [
    "首页",
    "新闻",
    "法院",
    "法治",
    "评论",
    "法官",
    "案例",
    "法律",
    "视频",
    "图片",
    "直播",
    "专题",
    "学术",
    "书画",
    "法苑",
    "English",
]


def fy_author(a: Art) -> str:
    """The 作者 field as the desk typed it."""
    nm, style, court = a.x["nm"], a.x["style"], a.x["court"]
    return {
        "rmfyb": nm[0],
        "two": f"{nm[0]} {nm[1]}",
        "unit_tx": court,
        "unit_person": f"{court}　{nm[0]}",
        "lead": f"{nm[0]} {nm[1]}",
        "jz_tx": nm[0],
        "blank": "",
        "xhs": f"{nm[0]} {nm[1]}",
        "two_space": f"{nm[0]}　{nm[1]}",
        "unit": court,
        "rmfyb_role": f"人民法院报记者 {nm[0]}",
    }[style]


def fy(site: Site39, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f"{esc(b.text)}　{esc(b.credit)}" if b.credit else esc(b.text)
        return f'<p style="text-align: center;"><img src="{b.src}" title="" alt="" border="0" /></p>\n<p style="text-align: center;">{cap}</p>'

    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<strong>{esc(t)}</strong></p>",
        img,
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgwz"><div class="tit"><span>相关文章</span></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    editor = f'<div class="editor">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    sub = f'<div class="s_title">{esc(x["subtitle"])}</div>' if x["subtitle"] else ""
    sid, sname = x["sec"]
    hot24 = rank(others(site, a, 10, "hot24"))
    hotw = rank(others(site, a, 10, "hotw"))
    new = lis(latest([b for b in site.of("fy") if b is not a and b.path not in a.related])[:8])
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}_中国法院网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["court"])},法院" />
<meta name="description" content="{desc(a)}" />
<link rel="shortcut icon" href="/images/favicon.ico" />
<link href="/css/2018/common.css" rel="stylesheet" type="text/css" />
<link href="/css/2018/detail.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "cc", 430)}</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">{filler_js(rng, "chinacourt", 80)}</script>
<script type="text/javascript">{stats_js("chinacourt")}</script>
</head>
<body>
<div id="top_bar"><div class="w1000"><div class="fl">今天是：{a.when:%Y年%m月%d日} 星期{WEEK[a.when.weekday()]}</div><div class="fr"><a href="/index.shtml">首页</a> | <a href="/sitemap.shtml">网站地图</a> | <a href="javascript:;">RSS订阅</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/about.shtml">关于我们</a></div></div></div>
<div id="header"><div class="w1000"><div class="logo"><a href="/index.shtml"><img src="/images/2018/logo.png" alt="中国法院网" /></a></div><div class="banner"><img src="/images/2018/banner_{rng.randint(1, 6)}.jpg" /></div><div class="search"><form action="/search.shtml" method="get" target="_blank"><input type="text" name="keyword" class="txt" value="" /><input type="submit" class="btn" value="搜索" /></form></div></div></div>
<div id="nav"><div class="w1000"><ul>{"".join(f'<li><a href="{fy_front(sid)}">{n}</a></li>' for n in FY_NAV)}</ul></div></div>
<div id="sub_nav"><div class="w1000">{links(["法院动态", "地方法院", "法官风采", "审判业务", "司法改革", "执行", "国际交流", "法院文化", "法官论坛", "以案说法"], fy_front("MzAwNDAwNDAwNSACAAA"))}</div></div>
<div class="w1000 position">当前位置：<a href="/index.shtml">首页</a> &gt; <a href="{fy_front(sid)}">{sname}</a> &gt; 正文</div>
<div class="w1000 detail_box">
<div class="detail_l">
<div class="detail">
<div class="title"><div class="b_title">{esc(a.title)}</div>{sub}</div>
<div class="sth_a"><span>作者：{esc(fy_author(a))}&nbsp;&nbsp;&nbsp;&nbsp;发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span class="fr"><a href="javascript:window.print();">打印</a>&nbsp;&nbsp;字号：<a href="javascript:fontZoom(16)">大</a> | <a href="javascript:fontZoom(14)">中</a> | <a href="javascript:fontZoom(12)">小</a></span></div>
<div class="sth_b"><div class="l">来源：{esc(x["source"])}</div><div class="r bdsharebuttonbox"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
<div class="detail_txt"><div class="txt_txt" id="zoom">
{body}
</div></div>
{editor}
<div class="detail_bq">凡本网注明“来源：中国法院网”的所有作品，版权均属于中国法院网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：中国法院网”。</div>
{rel_html}
<div class="ad_980"><a href="javascript:;"><img src="/images/ad/rmfyb_{rng.randint(1, 4)}.jpg" /></a></div>
</div>
</div>
<div class="detail_r">
<div class="r_box"><div class="tit"><span class="on">24小时排行</span><span>一周排行</span></div><ol class="rank on">{hot24}</ol><ol class="rank">{hotw}</ol></div>
<div class="r_box"><div class="tit"><span>最新发布</span></div><ul>{new}</ul></div>
<div class="r_box"><div class="tit"><span>图片新闻</span></div><ul class="pic">{pics(others(site, a, 4, "pic"), "/upload/pic")}</ul></div>
<div class="r_box wx"><img src="/images/2018/wx_qr.jpg" /><p>中国法院网微信</p><img src="/images/2018/wb_qr.jpg" /><p>中国法院网微博</p></div>
</div>
</div>
<div id="footer"><div class="w1000"><div class="links">{farm(POLITICAL_LEGAL, "fy")}</div>
<p><a href="/about.shtml">关于我们</a> | <a href="/contact.shtml">联系我们</a> | <a href="/sitemap.shtml">网站地图</a> | <a href="javascript:;">法律声明</a></p>
<p>主办单位：最高人民法院　承办单位：人民法院新闻传媒总社</p>
<p>中国法院网 版权所有　京ICP证050004号　京公网安备11010502034155号</p></div></div>
<script type="text/javascript">function fontZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
</body>
</html>
"""
    return served(page)


# --- 2. 正义网 and 检察日报 ----------------------------------------------------------------------
JC_NAV = [
    ("首页", "/"),
    ("检察", "/procuratorate/jcpd/index.html"),
    ("地方", "/procuratorate/dfjc/index.html"),
    ("公益诉讼", "/procuratorate/gyss/index.html"),
    ("法治", "javascript:;"),
    ("评论", "javascript:;"),
    ("理论", "javascript:;"),
    ("廉政", "javascript:;"),
    ("视频", "javascript:;"),
    ("专题", "/special/gyss2024/index.html"),
    ("检察日报", EP_INDEX),
    ("方圆", "javascript:;"),
]


def jc_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zyw_jz_tx": nm[0],
        "zyw_dt": nm[0],
        "zyw_two": f"{nm[0]} {nm[1]}",
        "zyw_old": nm[0],
        "jcrb_repost": nm[0],
    }.get(style, "")


def jc(site: Site39, a: Art) -> tuple[bytes, str]:
    if a.x["ep"]:
        return jc_ep(site, a)
    if a.x["old"]:
        return jc_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = (
            f'<p style="text-align: center;" class="credit">{esc(b.credit)}</p>' if b.credit else ""
        )
        return f'<p style="text-align: center;"><img src="{b.src}" oldsrc="{b.src.rsplit("/", 1)[-1]}" /></p>\n<p style="text-align: center;">{esc(b.text)}</p>{cr}'

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent: 2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    au = jc_author(a)
    author = f'<span class="author">作者：{esc(au)}</span>' if au else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="relation"><div class="hd"><h3>相关新闻</h3></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    sec, sname = x["sec"]
    gj = lis(others(site, a, 8, "gj"), "%m-%d", 24)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(a.title)}_正义网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},检察机关,正义网">
<meta name="description" content="{desc(a)}">
<meta name="author" content="正义网">
<link rel="stylesheet" href="/images/2020/css/base.css">
<link rel="stylesheet" href="/images/2020/css/article.css">
<style>{css(rng, "zyw", 420)}</style>
<script src="/images/2020/js/jquery.min.js"></script>
<script>{filler_js(rng, "jcrb-trs", 85)}</script>
<script>{stats_js("jcrb")}</script>
</head>
<body>
<div class="topbar"><div class="w1200"><div class="fl"><a href="/">正义网首页</a><a href="{EP_INDEX}">检察日报</a><a href="javascript:;">方圆</a><a href="javascript:;">检察风云</a><a href="javascript:;">最高人民检察院</a><a href="javascript:;">12309中国检察网</a></div><div class="fr"><a href="javascript:;">手机版</a><a href="javascript:;">正义网APP</a></div></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/2020/logo.png" alt="正义网"></a><span class="slogan">检察日报社主办　最高人民检察院官方新闻网站</span><form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav"><div class="w1200">{"".join(f'<a href="{h}">{n}</a>' for n, h in JC_NAV)}</div></div>
<div class="w1200 crumb">您的位置：<a href="/">首页</a> &gt; <a href="/procuratorate/jcpd/index.html">检察</a> &gt; <a href="{jc_front(sec)}">{sname}</a> &gt; 正文</div>
<div class="w1200 main clearfix">
<div class="main-l">
<div class="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span class="time">时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：{esc(x["source"])}</span>{author}<span class="fontsize">【字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
<div class="content" id="fontzoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="editor">责任编辑：{a.editors[0]}</div>
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a></div>
<div class="copyright">版权声明：凡注明“来源：正义网”或“来源：检察日报”的所有作品，版权均属检察日报社所有，未经授权不得转载。</div>
{rel_html}
</div>
</div>
<div class="main-r">
<div class="box"><div class="hd"><h3>高检发布</h3></div><ul>{gj}</ul></div>
<div class="box"><div class="hd"><h3>热点推荐</h3></div><ol>{rank(others(site, a, 10, "rd"))}</ol></div>
<div class="box"><div class="hd"><h3>图片新闻</h3></div><ul class="pics">{pics(others(site, a, 4, "tp"), "/images/pic")}</ul></div>
<div class="box ewm"><img src="/images/2020/zyw_qr.png"><p>扫码关注正义网微信公众号</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><div class="links">友情链接：{farm(POLITICAL_LEGAL, "jc")}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="javascript:;">广告服务</a> | <a href="javascript:;">网站地图</a></p>
<p>检察日报社主办　正义网版权所有　未经书面授权不得复制或建立镜像</p>
<p>京ICP备10217144号-1　互联网新闻信息服务许可证10120170007　京公网安备11010802021737号</p></div></div>
<script>function setFont(s){{document.getElementById('fontzoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return served(page)


def jc_old(site: Site39, a: Art) -> tuple[bytes, str]:
    """The 2019 正义网 page: the old layout in GB2312, named only in the meta."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        return (
            f'<p align="center"><img src="{b.src}" border="0"></p><p align="center">{esc(b.text)}</p>'
            + (f'<p align="center">{esc(b.credit)}</p>' if b.credit else "")
        )

    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<b>{esc(t)}</b></p>",
        img,
    )
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="xgxw"><tr><td class="xgbt">相关新闻</td></tr>'
        + "".join(
            f'<tr><td>・<a href="{b.path}" target="_blank">{esc(b.title)}</a>　{b.when:%Y-%m-%d}</td></tr>'
            for b in rel
        )
        + "</table>"
        if rel
        else ""
    )
    hot = "".join(
        f'<tr><td>・<a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 10, "oldhot")
    )
    sec, sname = x["sec"]
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}_正义网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<style type="text/css">{css(rng, "jcold", 470)}</style>
<script language="javascript">{filler_js(rng, "jcrb-2015", 80)}</script>
<script language="javascript">{stats_js("jcrb-old")}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/2015/logo.gif" border="0" alt="正义网"></a></td><td align="right"><a href="/">首页</a> | <a href="{jc_front(sec)}">{sname}</a> | <a href="{EP_INDEX}">检察日报</a> | <a href="/search/?q=">搜索</a></td></tr>
<tr><td colspan="2" class="nav">{"　".join(f'<a href="{h}">{n}</a>' for n, h in JC_NAV)}</td></tr></table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30" class="wz">您现在的位置：<a href="/">正义网</a> &gt;&gt; <a href="{jc_front(sec)}">{sname}</a></td></tr></table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="680" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="bt"><strong>{esc(a.title)}</strong></td></tr>
<tr><td align="center" class="xx">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(x["source"])}　作者：{esc(jc_author(a))}　【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td><hr size="1" noshade color="#cccccc"></td></tr>
<tr><td class="zw" id="zoom">
{body}
</td></tr>
<tr><td align="right">责任编辑：{a.editors[0]}</td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td>{rel_html}</td></tr>
</table></td><td width="20"></td>
<td width="290" valign="top"><table width="100%" class="side"><tr><td class="tit">热点排行</td></tr>{hot}</table></td></tr></table>
<table width="990" border="0" align="center"><tr><td align="center">检察日报社主办　正义网版权所有　京ICP备10217144号<br>{"　".join(POLITICAL_LEGAL)}</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312", header=False)


EP_EDITIONS = [(1, "要闻"), (2, "要闻"), (3, "新闻·地方"), (4, "新闻·地方")]


def ep_fillers(a: Art) -> list[str]:
    """Other headlines on the same 版面 (stories outside this site's sample: text, no link)."""
    rng = page_rng(0, a.path + "ep")
    heads = [
        "最高检发布一批典型案例",
        "检察机关依法对一批案件提起公诉",
        "让公益诉讼更好守护美好生活",
        "以高质效履职服务大局",
        "检察听证让“办案”变“办心”",
        "聚焦民生小案　彰显司法温度",
        "一场特殊的法治课",
        "强化法律监督　维护公平正义",
    ]
    return rng.sample(heads, 3)


def jc_ep(site: Site39, a: Art) -> tuple[bytes, str]:
    """A 检察日报 e-edition story: 引题 / 主题 / 副题, a 版面 map beside it."""
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    ed, ename = x["edition"]
    d = a.when
    style = x["style"]

    def img(b: Block) -> str:
        cr = f"　{esc(b.credit)}" if b.credit else ""
        return f'<table align="center"><tr><td align="center"><img src="{b.src}"></td></tr><tr><td align="center" class="pictext">{esc(b.text)}{cr}</td></tr></table>'

    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<b>{esc(t)}</b></p>",
        img,
    )
    if style == "ep_box":
        body = f"<p>　　□本报记者　{nm[0]}　通讯员　{nm[2]}</p>\n" + body
    elif style == "ep_theory":
        body = f"<p>　　□{nm[0]}</p>\n" + body + f"\n<p>　　（作者单位：{esc(x['jcy'])}）</p>"
    yinti = f'<h3 class="yinti">{esc(x["yinti"])}</h3>' if x["yinti"] else ""
    futi = f'<h2 class="futi">{esc(x["futi"])}</h2>' if x["futi"] else ""
    fill = ep_fillers(a)
    areas = (
        f'<area shape="rect" coords="12,{rng.randint(20, 90)},330,{rng.randint(200, 380)}" href="{a.path}">'
        + "".join(
            f'<area shape="rect" coords="340,{30 + k * 150},660,{160 + k * 150}" href="javascript:;" title="{esc(t)}">'
            for k, t in enumerate(fill)
        )
    )
    nav = "".join(
        f'<li><a href="/{d:%Y}/{d:%Y%m%d}/{d:%Y%m%d}_{e:03d}/{d:%Y%m%d}_{e:03d}.htm">第{e:02d}版：{n}</a></li>'
        if e == ed
        else f"<li><span>第{e:02d}版：{n}</span></li>"
        for e, n in EP_EDITIONS
    )
    same = f'<li><a href="{a.path}">{esc(a.title)}</a></li>' + "".join(
        f"<li><span>{esc(t)}</span></li>" for t in fill
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>检察日报数字报</title>
<link href="/epaper/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "ep", 420)}</style>
<script type="text/javascript" src="/epaper/js/jquery.js"></script>
<script type="text/javascript">{filler_js(rng, "epaper-reader", 80)}</script>
</head>
<body>
<div class="ep-top"><div class="ep-logo"><a href="{EP_INDEX}"><img src="/epaper/images/jcrb_logo.png" alt="检察日报" /></a></div>
<div class="ep-date">{d:%Y年%m月%d日} 星期{WEEK[d.weekday()]}</div>
<div class="ep-banci">第{ed:02d}版：{ename}</div>
<div class="ep-links"><a href="{ep_page(a)}">本版面</a> | <a href="{EP_INDEX}">往期回顾</a> | <a href="/">正义网</a></div></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="340" valign="top" class="ep-left">
<div class="bmt"><img src="/{d:%Y}/{d:%Y%m%d}/{d:%Y%m%d}_{ed:03d}/Page{ed:02d}.jpg" width="330" usemap="#PagePicMap" border="0" /><map name="PagePicMap">{areas}</map></div>
<div class="bmdh"><div class="tit">版面导航</div><ul>{nav}</ul></div>
<div class="bmwz"><div class="tit">本版标题导航</div><ul>{same}</ul></div>
<div class="pdf"><a href="/{d:%Y}/{d:%Y%m%d}/{d:%Y%m%d}_{ed:03d}/Page{ed:02d}.pdf">下载本版PDF</a></div>
</td>
<td width="20"></td>
<td valign="top" class="ep-right">
<div class="article-box">
{yinti}
<h1 class="biaoti">{esc(a.title)}</h1>
{futi}
<div class="article-content" id="ozoom">
{body}
</div>
<div class="ep-fanye"><a href="{ep_page(a)}">返回本版</a>　<a href="javascript:window.print()">打印本页</a></div>
</div>
</td></tr></table>
<div class="ep-foot">检察日报社版权所有　未经授权不得转载　京ICP备10217144号</div>
</body>
</html>
"""
    return served(page)


# --- 3. 澜江省公安厅 (GBK) -------------------------------------------------------------------
GA_NAV = [
    ("首页", "/"),
    ("警务资讯", "/jwzx/jwdt/index.html"),
    ("地市动态", "/jwzx/dsdt/index.html"),
    ("警方提示", "/jwzx/jftx/index.html"),
    ("信息公开", "javascript:;"),
    ("办事服务", "javascript:;"),
    ("微警务", "javascript:;"),
    ("互动交流", "javascript:;"),
    ("专题专栏", "javascript:;"),
]


def ga_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    short = a.x["short"] or a.x["source"]
    return {
        "zz": nm[0],
        "zz2": f"{nm[0]}　{nm[1]}",
        "old": nm[0],
        "old_unit": a.x["source"],
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "wentu": f"文/{nm[0]} 图/{nm[4]}",
        "unit_person": f"{short} {nm[0]}",
    }.get(style, "")


def ga_img(b: Block) -> str:
    cap = f'<p style="text-align:center;">{esc(b.text)}{esc(b.credit)}</p>'
    return f'<p style="text-align:center;"><img src="{b.src}" border="0" style="max-width:600px;" /></p>{cap}'


def ga(site: Site39, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return ga_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>',
        ga_img,
    )
    if x["style"] == "tx_end":
        body += f'\n<p style="text-align:right;">（通讯员：{nm[2]}　{nm[3]}）</p>'
    au = ga_author(a)
    author = f"　作者：{esc(au)}" if au else ""
    editor = f'<div class="zrbj">【责任编辑：{a.editors[0]}】</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="bt">相关新闻</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    col, cname = x["col"]
    meta = gov_meta(
        "澜江省公安厅",
        "gat.lanjiang.example.gov.cn",
        "LJ00000012",
        cname,
        a.title,
        f"{a.when:%Y-%m-%d %H:%M}",
        x["source"],
        au or x["source"],
        x["ctx"]["topic"],
        desc(a, 60),
        f"{site.base}{a.path}",
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}-澜江省公安厅</title>
{meta}
<link href="/css/gat_2021.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "gat", 420)}</style>
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">{filler_js(rng, "gov-cms", 80)}</script>
<script type="text/javascript">{stats_js("gat-lanjiang")}</script>
</head>
<body>
<div class="gov-top"><div class="w1200"><span class="fl">欢迎访问澜江省公安厅门户网站</span><span class="fr"><a href="javascript:;">无障碍浏览</a> | <a href="javascript:;">长者模式</a> | <a href="javascript:;">简</a>/<a href="javascript:;">繁</a> | <a href="javascript:;">澜江微警务</a> | <a href="javascript:;">手机版</a></span></div></div>
<div class="gov-head"><div class="w1200"><a href="/" class="logo"><img src="/images/gat_logo.png" alt="澜江省公安厅" /></a><div class="guohui"></div><form action="/search.jsp" method="get" class="sch"><input type="text" name="keyword" /><input type="submit" value="搜索" /></form></div></div>
<div class="gov-nav"><div class="w1200">{"".join(f'<a href="{h}">{n}</a>' for n, h in GA_NAV)}</div></div>
<div class="w1200 dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/jwzx/jwdt/index.html">警务资讯</a> &gt; <a href="{ga_front(col)}">{cname}</a></div>
<div class="w1200 art-wrap">
<table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th width="12%">索 引 号：</th><td width="38%">{x["index"]}</td><th width="12%">主题分类：</th><td width="38%">公安、安全、司法\\公安</td></tr>
<tr><th>发布单位：</th><td>澜江省公安厅</td><th>成文日期：</th><td>{a.when:%Y-%m-%d}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{esc(a.title)}</td></tr>
<tr><th>文　　号：</th><td></td><th>发布日期：</th><td>{a.when:%Y-%m-%d}</td></tr>
</table>
<div class="art-title"><h2>{esc(a.title)}</h2></div>
<div class="art-info">发布时间：{a.when:%Y-%m-%d %H:%M}　信息来源：{esc(x["source"])}{author}　阅读次数：<span id="hits"><script type="text/javascript" src="/cms/count.jsp?id={x["id"]}&amp;type=article"></script></span>　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="art-con" id="zoom">
{body}
</div>
{editor}
<div class="art-btn"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.opener=null;window.close();">【关闭窗口】</a></div>
{rel_html}
</div>
<div class="w1200 bottom-lists clearfix">
<div class="blist"><div class="bt">警方提示</div><ul>{lis(others(site, a, 6, "jftx"), "%m-%d", 26)}</ul></div>
<div class="blist"><div class="bt">点击排行</div><ol>{rank(others(site, a, 8, "djph"))}</ol></div>
</div>
<div class="gov-foot"><div class="w1200"><div class="links">{farm(["公安部", "澜江省人民政府", "澜江省政法委", "澜江省人民检察院", "澜江省高级人民法院", "澜江省司法厅", "中国警察网", "中国长安网"], "ga")}</div>
<p>主办：澜江省公安厅　承办：澜江省公安厅政治部宣传处　网站标识码：LJ00000012</p>
<p>澜ICP备05001234号　澜公网安备33010002000001号　<a href="javascript:;">网站地图</a> | <a href="/about/contact.html">联系我们</a></p>
<p><img src="/images/jiucuo.png" alt="政府网站找错" /> <img src="/images/dzjg.png" alt="党政机关" /></p></div></div>
<script type="text/javascript">function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return served(page, "gbk")


def ga_old(site: Site39, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: the old table layout, GB2312 named by the meta only, 日期 a day."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<b>{esc(t)}</b></p>",
        ga_img,
    )
    hot = "".join(
        f'<tr><td height="24">・<a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></td></tr>'
        for b in others(site, a, 10, "oldhot")
    )
    col, cname = x["col"]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}</title>
<style type="text/css">{css(rng, "gatold", 470)}</style>
<script language="javascript">{filler_js(rng, "gov-cms-2014", 80)}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/2014/top.jpg" width="1000" height="150"></td></tr>
<tr><td class="nav" height="36">{"　|　".join(f'<a href="{h}">{n}</a>' for n, h in GA_NAV)}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="{ga_front(col)}">{cname}</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="730" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center" height="50" class="title"><font size="4"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="info">日期：{a.when:%Y-%m-%d}　　来源：{esc(x["source"])}　　作者：{esc(ga_author(a))}　　点击：{x["hits"]}</td></tr>
<tr><td><hr size="1" color="#1f4e9c"></td></tr>
<tr><td class="content" id="zoom">
{body}
</td></tr>
<tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td><td width="20"></td>
<td width="250" valign="top"><table width="100%" class="side"><tr><td class="tit">热点信息</td></tr>{hot}</table></td></tr></table>
<table width="1000" border="0" align="center"><tr><td align="center" class="foot">主办：澜江省公安厅　澜ICP备05001234号<br>建议使用1024*768分辨率浏览</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312", header=False)


# --- 4. 中国长安网 ------------------------------------------------------------------------------
CA_NAV = [
    ("首页", "/"),
    ("政法要闻", "/chinapeace/c100007/list.shtml"),
    ("政法动态", "/chinapeace/c100007/list.shtml"),
    ("地方动态", "/chinapeace/c100008/list.shtml"),
    ("平安中国", "/chinapeace/c100050/zt.shtml"),
    ("长安评论", "javascript:;"),
    ("法治中国", "javascript:;"),
    ("过硬队伍", "javascript:;"),
    ("扫黑除恶", "javascript:;"),
    ("视频", "javascript:;"),
    ("图片", "javascript:;"),
    ("长安号", "javascript:;"),
]


def ca_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "fzrb": nm[0],
        "fzrb_tx": nm[0],
        "xhs": f"{nm[0]} {nm[1]}",
        "old": nm[0],
        "rmrb": nm[0],
        "two": f"{nm[0]} {nm[1]}",
        "old_xhs": nm[0],
    }.get(style, "")


def ca_lines(a: Art) -> list[str]:
    """Byline lines opening the story (not body)."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "box": [f"□ 本报记者　{nm[0]}", f"□ 本报通讯员　{nm[2]}"],
        "box2": [f"□ 本报记者　{nm[0]}　{nm[1]}"],
        "qmt": [f"法治日报全媒体记者　{nm[0]}"],
    }.get(style, [])


def ca(site: Site39, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = (
            f'<p style="text-align: center;"><span style="font-size:12px;color:#666;">{esc(b.credit)}</span></p>'
            if b.credit
            else ""
        )
        return f'<p style="text-align: center;"><img src="{b.src}" /></p>\n<p style="text-align: center;">{esc(b.text)}</p>{cr}'

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent: 2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    lines = "".join(f'<p style="text-indent: 2em;">{esc(t)}</p>\n' for t in ca_lines(a))
    body = lines + body
    au = ca_author(a)
    col, cname = x["col"]
    ed_label = "责任编辑" if a.i % 3 == 1 else "编辑"
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="xgxw-tit">相关新闻</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    meta = gov_meta(
        "中国长安网",
        "www.chinapeace.gov.cn",
        "bm01000001",
        cname,
        a.title,
        f"{a.when:%Y-%m-%d %H:%M}",
        x["source"],
        au,
        x["ctx"]["topic"],
        desc(a, 60),
        f"{site.base}{a.path}",
    )
    tj = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/chinapeace/images/tj/{zlib.crc32(b.path.encode()) % 9999}.jpg"><p>{esc(b.title)}</p></a></li>'
        for b in others(site, a, 4, "tj")
    )
    if x["old"]:
        head = (
            f'<div class="content_title">{esc(a.title)}</div>\n<div class="content_info">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(x["source"])}'
            + (f"　作者：{esc(au)}" if au else "")
            + "</div>"
        )
    else:
        head = (
            f'<h1 class="article-title">{esc(a.title)}</h1>\n<div class="article-info"><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：{esc(x["source"])}</span>'
            + (f'<span class="author">作者：{esc(au)}</span>' if au else "")
            + '<span class="size">字号：<a href="javascript:;" data-s="18">大</a><a href="javascript:;" data-s="16">中</a><a href="javascript:;" data-s="14">小</a></span></div>'
        )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)}_中国长安网</title>
{meta}
<meta name="keywords" content="{esc(x["ctx"]["topic"])},政法,中国长安网">
<meta name="description" content="{desc(a)}">
<link rel="stylesheet" href="/chinapeace/xhtml/css/common.css">
<link rel="stylesheet" href="/chinapeace/xhtml/css/content.css">
<style>{css(rng, "ca", 420)}</style>
<script src="/chinapeace/xhtml/js/jquery-1.12.4.min.js"></script>
<script>{filler_js(rng, "chinapeace", 80)}</script>
<script>{stats_js("chinapeace")}</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">中央政法委员会主办</span><span class="fr"><a href="javascript:;">长安客户端</a> | <a href="javascript:;">微博</a> | <a href="javascript:;">微信</a> | <a href="javascript:;">抖音</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/chinapeace/xhtml/images/logo.png" alt="中国长安网"></a><div class="search"><form action="/search/" method="get"><input type="text" name="searchword" placeholder="请输入关键词"><input type="submit" value=""></form></div></div></div>
<div class="nav"><div class="w1200">{"".join(f'<a href="{h}">{n}</a>' for n, h in CA_NAV)}</div></div>
<div class="w1200 position">您当前所在的位置：<a href="/">首页</a> &gt; <a href="{ca_front(col)}">{cname}</a> &gt; 正文</div>
<div class="w1200 main clearfix">
<div class="main-left">
<div class="article">
{head}
<div class="article-content" id="detailContent">
{body}
</div>
<div class="article-editor">{ed_label}：{a.editors[0]}</div>
<div class="share"><span>分享到：</span><a href="javascript:;" class="wx"></a><a href="javascript:;" class="wb"></a><a href="javascript:;" class="qq"></a></div>
{rel_html}
</div>
</div>
<div class="main-right">
<div class="rbox"><div class="rbox-tit">热点新闻</div><ol>{rank(others(site, a, 10, "rd"))}</ol></div>
<div class="rbox"><div class="rbox-tit">推荐阅读</div><ul class="tj">{tj}</ul></div>
<div class="rbox"><div class="rbox-tit">长安号</div><ul>{links(["最高人民法院", "最高人民检察院", "公安部", "司法部", "澜江政法", "云州政法", "平安澜阳"])}</ul></div>
<div class="rbox"><a href="/chinapeace/c100050/zt.shtml"><img src="/chinapeace/xhtml/images/zt_pazg.jpg" alt="平安中国建设"></a></div>
</div>
</div>
<div class="footer"><div class="w1200"><div class="links">{farm(POLITICAL_LEGAL, "ca")}</div>
<p>中央政法委员会主办　中国长安网版权所有</p>
<p>京ICP备18047345号　京公网安备11010102003569号　网站标识码：bm01000001</p>
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a></p></div></div>
</body>
</html>
"""
    return served(page)


# --- 5. 云州市司法局 (大汉 JCMS; TRS in 2019) --------------------------------------------------
SF_NAV = [
    ("首页", "/"),
    ("机构概况", "javascript:;"),
    ("工作动态", sf_front("1532567")),
    ("基层动态", sf_front("1532571")),
    ("普法宣传", sf_front("1532580")),
    ("政府信息公开", SF_TRS_FRONT),
    ("公共法律服务", "javascript:;"),
    ("互动交流", "javascript:;"),
]


def sf_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zz": nm[0],
        "zz2": f"{nm[0]}　{nm[1]}",
        "zz_unit": a.x["office"],
        "trs": nm[0],
        "zz_bj": nm[0],
    }.get(style, "")


def sf_tail(a: Art) -> str:
    """Closing credit lines inside the content (not body)."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zg": f"撰稿：{nm[0]}　摄影：{nm[4]}　审核：{nm[6]}",
        "bj": f"编辑：{nm[5]}　审核：{nm[6]}",
        "zz_bj": f"编辑：{nm[5]}",
        "gy": f"（供稿：{a.x['suo']}）",
    }.get(style, "")


def sf(site: Site39, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return sf_trs(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        return f'<p style="text-align: center;"><img src="{b.src}" border="0" /></p>\n<p style="text-align: center;">{esc(b.text)}</p>'

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent: 2em; line-height: 2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em; line-height: 2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    tail = sf_tail(a)
    if tail:
        body += f'\n<p style="text-align: right; line-height: 2em;">{esc(tail)}</p>'
    au = sf_author(a)
    col, cname = x["col"]
    meta = gov_meta(
        "云州市司法局",
        "sfj.yunzhou.example.gov.cn",
        "3307000012",
        cname,
        a.title,
        f"{a.when:%Y-%m-%d %H:%M}",
        x["source"],
        au or x["source"],
        x["ctx"]["topic"],
        desc(a, 60),
        f"{site.base}{a.path}",
    )
    xxgk = (
        f'<table class="xxgk" width="100%" border="0" cellpadding="0" cellspacing="1" bgcolor="#d7d7d7"><tr bgcolor="#ffffff"><td width="15%">索引号：</td><td width="35%">{x["index"]}</td><td width="15%">分类：</td><td width="35%">{cname}</td></tr>'
        f'<tr bgcolor="#ffffff"><td>发布机构：</td><td>云州市司法局</td><td>生成日期：</td><td>{a.when:%Y-%m-%d}</td></tr>'
        f'<tr bgcolor="#ffffff"><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向社会</td></tr>'
        f'<tr bgcolor="#ffffff"><td>文号：</td><td></td><td>统一编号：</td><td></td></tr></table>'
        if x["xxgk"]
        else ""
    )
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="xgxx"><tr><td class="xgxx-tit">相关信息</td></tr>'
        + "".join(
            f'<tr><td>・ <a href="{b.path}" target="_blank">{esc(b.title)}</a></td></tr>'
            for b in rel
        )
        + "</table>"
        if rel
        else ""
    )
    author = f"　作者：{esc(au)}" if au else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(a.title)}</title>
{meta}
<link href="/images/2022/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "sfj", 430)}</style>
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/module/jslib/urite/urite.min.js"></script>
<script type="text/javascript">{filler_js(rng, "hanweb-jcms", 80)}</script>
<script type="text/javascript">{stats_js("yzsfj")}</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">今天是{a.when:%Y年%m月%d日}</span><span class="fr"><a href="javascript:;">无障碍</a> | <a href="javascript:;">关怀版</a> | <a href="javascript:;">政务服务网</a></span></div></div>
<div class="head"><div class="w1200"><a href="/"><img src="/images/2022/logo.png" alt="云州市司法局" /></a><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="2231" /><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="w1200">{"".join(f'<a href="{h}">{n}</a>' for n, h in SF_NAV)}</div></div>
<div class="w1200 bt-position">当前位置：<a href="/">首页</a> &gt; <a href="{sf_front(col)}">{cname}</a></div>
<div class="w1200 bt-box">
{xxgk}
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center"><!--<$[标题名称]>begin-->{esc(a.title)}<!--<$[标题名称]>end--></td></tr>
<tr><td class="bt_time" align="center">发布日期：{a.when:%Y-%m-%d}　文章来源：{esc(x["source"])}{author}　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={col}&amp;artid={x["id"]}"></script>　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="bt_line"></td></tr>
<tr><td class="bt_content" id="zoom"><!--<$[信息内容]>begin--><div id="zoom">
{body}
</div><!--<$[信息内容]>end--></td></tr>
<tr><td align="right" class="bt_link">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</td></tr>
</table>
{rel_html}
</div>
<div class="w1200 foot-lists"><div class="fl-box"><div class="tit">最新动态</div><ul>{lis(others(site, a, 6, "zx"), "%Y-%m-%d", 26)}</ul></div><div class="fl-box"><div class="tit">热点信息</div><ul>{lis(others(site, a, 6, "rd"), "", 26)}</ul></div></div>
<div class="foot"><div class="w1200"><div class="links">{farm(["司法部", "澜江省司法厅", "云州市人民政府", "云州市中级人民法院", "云州市人民检察院", "云州市公安局", "中国法律服务网", "澜江法律服务网"], "sf")}</div>
<p>主办单位：云州市司法局　地址：云州市江滨区府前路18号　联系电话：0579-82101234</p>
<p>网站标识码：3307000012　澜ICP备12001234号-1　澜公网安备33070202000123号</p>
<p><a href="/col/col1532000/index.html">网站地图</a> | <a href="/col/col1532001/index.html">联系我们</a></p></div></div>
<script type="text/javascript">function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return served(page)


def sf_trs(site: Site39, a: Art) -> tuple[bytes, str]:
    """The 2019 TRS WCM page kept after the move to JCMS: GB2312 named only by the HTTP header,
    the text in ``TRS_Editor`` with its own style block, relative image links."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        return f'<p align="center"><img src="{b.src}" OLDSRC="{b.src[2:]}" /></p><p align="center">{esc(b.text)}</p>'

    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<strong>{esc(t)}</strong></p>",
        img,
    )
    au = sf_author(a)
    author = f"　作者：{esc(au)}" if au else ""
    page = f"""<html>
<head>
<title>{esc(a.title)}</title>
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{esc(x["source"])}">
<style type="text/css">{css(rng, "trs", 480)}</style>
<script language="javascript">{filler_js(rng, "trs-wcm", 80)}</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../../../images/top2016.jpg" width="1000" height="140"></td></tr>
<tr><td class="nav">{"　".join(f'<a href="{h}">{n}</a>' for n, h in SF_NAV)}</td></tr>
<tr><td height="30">当前位置：<a href="../../../">首页</a> &gt; 政府信息公开 &gt; <a href="../index.html">工作动态</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="xl_title" align="center">{esc(a.title)}</td></tr>
<tr><td class="xl_info" align="center">来源：{esc(x["source"])}{author}　发布时间：{a.when:%Y-%m-%d %H:%M}</td></tr>
<tr><td class="xl_con"><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TH{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor SPAN{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor FONT{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor UL{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor LI{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor A{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}</style>
<div class="Custom_UnionStyle">
{body}
</div></div></td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="1000" border="0" align="center"><tr><td align="center">主办：云州市司法局　澜ICP备12001234号<br>技术支持：拓尔思信息技术股份有限公司</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312")


RENDER = {"fy": fy, "jc": jc, "ga": ga, "ca": ca, "sf": sf}


def register(site: Site39) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
