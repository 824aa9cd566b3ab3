"""Site 57's article pages: the 县政府 portal's 要闻 / 政策解读 (TRS-style, 发布时间 to the minute,
来源/作者 line, 【字体：大 中 小】, 责任编辑/审核), the 融媒体中心's news (云溪融媒讯（记者 X 通讯员 Y）
leads, a 记者/通讯员 byline paragraph, 编辑/责任编辑/审核 closing), 乡镇动态 in GBK (DedeCMS-style,
作者 an office or a person, 本网讯（通讯员 Y）), 部门动态 (发布日期 the day only, 本报讯 leads,
撰稿/审核 lines) and the 2019 portal's ASP pages in GB2312 (tables, ``<font>``)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc
from .pools import COUNTY

if TYPE_CHECKING:
    from .generator import Site57

LABELS = {"zf": "要闻", "rm": "融媒体中心", "xz": "乡镇动态", "bm": "部门动态", "old": "县政新闻"}
SECTIONS = {
    "zf": "/xwzx/zwyw/",
    "rm": "/rmtzx/news/",
    "xz": "/xzdt/",
    "bm": "/bmdt/",
    "old": "/news2019/",
}
SITE = f"{COUNTY}人民政府"
NAV = [
    ("/", "首页"),
    ("/zjyx/xqgk/", "走进云溪"),
    ("/xwzx/zwyw/", "新闻中心"),
    ("/zwgk/", "政务公开"),
    ("/rmtzx/news/", "融媒体中心"),
    ("/hdjl/xzxx/", "互动交流"),
    ("/ztzl/xczx/", "专题专栏"),
    ("/zwgk/ldzc/", "领导之窗"),
]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(trunc(a.title, 26))}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site57, a: Art, k: int, key: str, pool: list[Art] | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in (pool or site.arts) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def body_html(blocks: list[Block], indent: bool = True) -> str:
    out = []
    ind = ' style="text-indent:2em;"' if indent else ""
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{ind}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p{ind}><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align:center;"><img src="{b.src}" border="0" title="{esc(b.text)}"></p>'
            )
            if b.text or b.credit:
                cap = esc(b.text) + (" " if b.text and b.credit else "") + esc(b.credit)
                out.append(f'<p style="text-align:center;">{cap}</p>')
    return "\n".join(out)


def head_common(rng: random.Random, tpl: str, n_css: int = 240, n_js: int = 36) -> str:
    return f'<link rel="stylesheet" href="/images/57/style.css">\n<style>{css(rng, tpl, n_css)}</style>\n<script src="/js/jquery-1.12.4.min.js"></script>\n<script>{filler_js(rng, "jquery-" + tpl, n_js)}</script>\n<script>{stats_js("s57" + tpl)}</script>'


def header(current: str = "") -> str:
    nav = "".join(
        f'<li{" class=on" if h == current else ""}><a href="{h}">{t}</a></li>' for h, t in NAV
    )
    return f"""<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问{SITE}门户网站！</span><span class="tools"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="zzms">长者模式</a> | <a href="/wzdt/">网站地图</a> | <a href="https://www.gov.cn" target="_blank">中国政府网</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/57/logo.png" alt="{SITE}"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>"""


def footer() -> str:
    return f"""<div class="footer"><div class="w1200"><div class="flinks"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/hdjl/xzxx/">县长信箱</a> | <a href="/wqhg/">往期回顾</a></div>
<p>主办单位：{SITE}办公室　承办单位：{COUNTY}融媒体中心　联系电话：0838-6200000</p>
<p>网站标识码：5108230001　<a href="https://beian.miit.gov.cn" target="_blank">蜀ICP备05000000号-1</a>　川公网安备 51082302000001号</p>
<p><a href="https://bszs.conac.cn" target="_blank"><img src="/images/57/dzjg.png" alt="党政机关"></a><script id="_jiucuo_" sitecode="5108230001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p></div></div>"""


def side(site: Site57, a: Art) -> str:
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 8, "hot"))
    new = "".join(li(b, "%m-%d") for b in latest(site.of("zf"))[:7] if b is not a)
    return f"""<div class="side"><div class="sbox"><div class="stit">热点排行</div><ol class="rank">{hot}</ol></div>
<div class="sbox"><div class="stit">最新信息</div><ul>{new}</ul></div>
<div class="sbox ewm"><img src="/images/57/wx.jpg" alt="云溪发布"><p>扫一扫关注“云溪发布”</p></div></div>"""


def share() -> str:
    return '<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>'


def related(site: Site57, a: Art, label: str, fmt: str = "%Y-%m-%d") -> str:
    if not a.related:
        return ""
    items = "".join(li(site.by_path[p], fmt) for p in a.related)
    return f'<div class="xgxw"><div class="xgtit">{label}</div><ul>{items}</ul></div>'


# --- 1. 县政府 要闻 / 政策解读 ----------------------------------------------------------------------
def zf_page(site: Site57, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, nm, style = a.x["ctx"], a.x["nm"], a.x["style"]
    author = {
        "office": "县政府办公室",
        "person": nm[0],
        "two": f"{nm[0]} {nm[1]}",
        "zcjd": nm[0],
        "blank": "",
    }[style]
    source = f"{ctx['dept']}" if a.x["zcjd"] else f"{COUNTY}融媒体中心"
    column = "政策解读" if a.x["zcjd"] else "要闻动态"
    crumb = (
        '<a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a>'
        if a.x["zcjd"]
        else '<a href="/xwzx/zwyw/">新闻中心</a> &gt; <a href="/xwzx/zwyw/">要闻动态</a>'
    )
    meta = gov_meta(
        SITE,
        "www.yunxi.gov.cn",
        "5108230001",
        column,
        a.title,
        f"{a.when:%Y-%m-%d %H:%M}",
        source,
        author,
        ctx["topic"],
        trunc(a.paras[0], 60),
        a.path,
    )
    doc = ""
    if a.x["zcjd"]:
        doc = f'<div class="ywlj">原文链接：<a href="/zwgk/zcwj/">{esc(COUNTY)}人民政府关于印发《{esc(ctx["topic"])}》的通知</a></div>'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}_{column}_{SITE}</title>
{meta}
{head_common(rng, "zf")}
</head>
<body>
{header("/zwgk/" if a.x["zcjd"] else "/xwzx/zwyw/")}
<div class="w1200 main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="left"><div class="article">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info"><span>发布时间：{a.when:%Y-%m-%d %H:%M}</span><span>来源：{esc(source)}</span><span>作者：{esc(author)}</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*900+100))</script></span><span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="art-con"><div class="TRS_Editor">
{body_html(a.blocks)}
</div></div>
{doc}
<div class="art-editor">责任编辑：{esc(nm[3])}　审核：{esc(nm[4])}</div>
{share()}
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{related(site, a, "相关新闻")}
</div></div>
{side(site, a)}
</div>
{footer()}
</body>
</html>
"""
    return served(page)


# --- 2. 融媒体中心 ----------------------------------------------------------------------------------
def rm_page(site: Site57, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, nm, style = a.x["ctx"], a.x["nm"], a.x["style"]
    byline = ""
    if style == "byline":
        byline = f'<p class="byline" style="text-indent:2em;">记者 {esc(nm[0])}</p>'
    elif style == "byline2":
        byline = (
            f'<p class="byline" style="text-indent:2em;">记者 {esc(nm[0])} 通讯员 {esc(nm[1])}</p>'
        )
    eds = (
        f"编辑：{esc(nm[3])}"
        + (f"　责任编辑：{esc(nm[4])}" if len(a.editors) > 1 else "")
        + f"　审核：{esc(nm[5])}"
    )
    videos = "".join(
        f'<li><a href="/rmtzx/sp/"><img src="/images/57/v{k}.jpg"><p>云溪新闻联播 {a.when:%m月}{k + 1}日</p></a></li>'
        for k in range(4)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}-{COUNTY}融媒体中心</title>
<meta name="keywords" content="{esc(ctx["topic"])},{COUNTY}">
<meta name="description" content="{esc(trunc(a.paras[0], 70))}">
{head_common(rng, "rm", 200, 40)}
</head>
<body>
<div class="rm-top"><a href="/rmtzx/news/" class="rm-logo"><img src="/images/57/rmt-logo.png" alt="{COUNTY}融媒体中心"></a><ul class="rm-nav"><li><a href="/">县政府门户</a></li><li><a href="/rmtzx/news/">云溪新闻</a></li><li><a href="/rmtzx/sp/">视频</a></li><li><a href="/rmtzx/tp/">图片新闻</a></li><li><a href="/ztzl/xczx/">专题</a></li><li><a href="/wqhg/">往期回顾</a></li></ul></div>
<div class="rm-wrap"><div class="rm-pos">您现在的位置：<a href="/rmtzx/news/">首页</a> &gt; <a href="/rmtzx/news/">云溪新闻</a> &gt; 正文</div>
<div class="rm-main">
<div class="detail-title"><h2>{esc(a.title)}</h2></div>
<div class="detail-info">来源：{COUNTY}融媒体中心　{a.when:%Y-%m-%d %H:%M:%S}　<span id="hits">阅读：--</span></div>
<div class="detail-con" id="ozoom">
{byline}
{body_html(a.blocks)}
</div>
<div class="detail-editor">{eds}</div>
{share()}
<div class="prev-next"><p>上一篇：<a href="{others(site, a, 1, "prev", site.of("rm"))[0].path}">{esc(others(site, a, 1, "prev", site.of("rm"))[0].title)}</a></p></div>
{related(site, a, "相关新闻", "%m-%d")}
</div>
<div class="rm-side"><div class="box"><h3>排行</h3><ol>{"".join(li(b, "%m-%d") for b in others(site, a, 8, "rank", site.of("rm")))}</ol></div><div class="box"><h3>视频新闻</h3><ul class="vlist">{videos}</ul></div></div>
</div>
<div class="rm-foot"><p>{COUNTY}融媒体中心 版权所有　新闻热线：0838-6211111　互联网新闻信息服务许可证：51120240001</p><p>未经授权禁止转载、摘编、复制或建立镜像</p></div>
{footer()}
</body>
</html>
"""
    return served(page)


# --- 3. 乡镇动态 (GBK) -------------------------------------------------------------------------------
def xz_page(site: Site57, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, nm, style = a.x["ctx"], a.x["nm"], a.x["style"]
    town = ctx["town"]
    author = {"person": nm[0], "person_t": nm[0], "two": f"{nm[0]} {nm[1]}"}.get(
        style, f"{town}党政办"
    )
    ed = f'<div class="editor">（责任编辑：{esc(nm[3])}）</div>' if a.editors else ""
    towns = "".join(
        f'<a href="/xzdt/">{t}</a>'
        for t in ["城关镇", "龙泉镇", "白石乡", "桃源镇", "清河乡", "石门镇", "凤鸣乡"]
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}_乡镇动态_{SITE}</title>
<meta name="keywords" content="{esc(town)},{esc(ctx["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 70))}" />
{head_common(rng, "xz")}
</head>
<body>
{header("/xwzx/zwyw/")}
<div class="w1200 main"><div class="place">当前位置：<a href="/">主页</a> &gt; <a href="/xwzx/zwyw/">新闻中心</a> &gt; <a href="/xzdt/">乡镇动态</a> &gt; </div>
<div class="left"><div class="viewbox">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info"><small>时间:</small>{a.when:%Y-%m-%d %H:%M:%S}<small>来源:</small>{esc(town)}<small>作者:</small>{esc(author)}<small>点击:</small><script src="/plus/count.php?view=yes&aid={a.x["id"]}&mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content"><table width="100%"><tr><td>
{body_html(a.blocks)}
</td></tr></table></div>
{ed}
<div class="context"><ul><li>上一篇：<a href="{others(site, a, 1, "p", site.of("xz"))[0].path}">{esc(others(site, a, 1, "p", site.of("xz"))[0].title)}</a></li><li>下一篇：没有了</li></ul></div>
{related(site, a, "相关文章")}
</div></div>
<div class="side"><div class="sbox"><div class="stit">乡镇导航</div><div class="towns">{towns}</div></div>
<div class="sbox"><div class="stit">最新乡镇动态</div><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("xz"))[:8])}</ul></div>
<div class="sbox"><div class="stit">热点排行</div><ol>{"".join(li(b, "%m-%d") for b in others(site, a, 8, "hot"))}</ol></div></div>
</div>
{footer()}
</body>
</html>
"""
    return served(page, "gbk")


# --- 4. 部门动态 --------------------------------------------------------------------------------------
def bm_page(site: Site57, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, nm, style = a.x["ctx"], a.x["nm"], a.x["style"]
    dept = ctx["dept"]
    source = "云溪报" if style == "paper" else dept
    author = {"person": nm[0], "paper": ""}.get(style, dept if style == "office" else "")
    tail = ""
    if style == "zhuangao":
        tail = f'<p style="text-align:right;">（供稿：{esc(dept)}　撰稿：{esc(nm[0])}　审核：{esc(nm[4])}）</p>'
    ed = f'<div class="zrbj">【责任编辑：{esc(nm[3])}】</div>' if a.editors else ""
    depts = "".join(
        f'<li><a href="/zwgk/jgzn/nyncj/">{d}</a></li>'
        for d in [
            "县农业农村局",
            "县教育和体育局",
            "县卫生健康局",
            "县交通运输局",
            "县市场监督管理局",
            "县应急管理局",
        ]
    )
    meta = gov_meta(
        SITE,
        "www.yunxi.gov.cn",
        "5108230001",
        "部门动态",
        a.title,
        f"{a.when:%Y-%m-%d}",
        source,
        author,
        ctx["topic"],
        trunc(a.paras[0], 60),
        a.path,
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}-{SITE}</title>
{meta}
{head_common(rng, "bm")}
</head>
<body>
{header("/xwzx/zwyw/")}
<div class="w1200 main"><div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/zwyw/">新闻中心</a> &gt; <a href="/bmdt/">部门动态</a></div>
<div class="left"><div class="xl-box">
<div class="xl-tit">{esc(a.title)}</div>
<div class="xl-info"><span>发布日期：{a.when:%Y-%m-%d}</span><span>信息来源：{esc(source)}</span>{f"<span>作者：{esc(author)}</span>" if author else ""}<span>【<a href="javascript:;" onclick="fontZoom(16)">大</a> <a href="javascript:;" onclick="fontZoom(14)">中</a> <a href="javascript:;" onclick="fontZoom(12)">小</a>】</span></div>
<div class="xl-con" id="zoom">
{body_html(a.blocks)}
{tail}
</div>
{ed}
{share()}
<div class="xl-tools"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
{related(site, a, "相关阅读")}
</div></div>
<div class="side"><div class="sbox"><div class="stit">部门导航</div><ul>{depts}</ul></div>
<div class="sbox"><div class="stit">通知公告</div><ul><li><a href="/zwgk/tzgg/">关于开展2024年度防汛应急演练的通知</a></li><li><a href="/zwgk/tzgg/">{COUNTY}2024年公开招聘事业单位工作人员公告</a></li><li><a href="/zwgk/tzgg/">关于做好2024年“五一”假期安全生产工作的通知</a></li></ul></div>
<div class="sbox"><div class="stit">最新动态</div><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("bm"))[:8])}</ul></div></div>
</div>
{footer()}
</body>
</html>
"""
    return served(page)


# --- 5. 2019 portal in GB2312 ------------------------------------------------------------------------
def old_page(site: Site57, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    author = {
        "person": nm[0],
        "jt": f"记者 {nm[0]} 通讯员 {nm[1]}",
        "center": "县新闻中心",
        "site": "本站",
    }[style]
    ed = f'<tr><td align="right">【责任编辑：{esc(nm[3])}】</td></tr>' if a.editors else ""
    when = f"{a.when.year}-{a.when.month}-{a.when.day} {a.when.hour}:{a.when.minute:02d}:{a.when.second:02d}"
    rel = ""
    if a.related:
        items = "".join(
            f'<tr><td>·<a href="{p}">{esc(site.by_path[p].title)}</a></td></tr>' for p in a.related
        )
        rel = f'<table width="100%" class="xgwz"><tr><td class="tit"><b>相关文章</b></td></tr>{items}</table>'
    hot = "".join(
        f'<tr><td>·<a href="{b.path}">{esc(trunc(b.title, 16))}</a></td></tr>'
        for b in others(site, a, 10, "hot", site.of("old"))
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)} - {SITE}</title>
<style>{css(rng, "old", 220)}</style>
<script language="javascript">{filler_js(rng, "common", 34)}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Skin/2019/banner.jpg" width="980" height="150"></td></tr>
<tr><td class="menu" height="36"><a href="/">网站首页</a> | <a href="/news2019/">县政新闻</a> | <a href="/xzdt/">乡镇动态</a> | <a href="/bmdt/">部门动态</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/xzxx/">县长信箱</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="230" valign="top"><table width="100%" class="left"><tr><td class="tit">热门文章</td></tr>{hot}</table></td>
<td width="750" valign="top"><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="pos">您现在的位置：<a href="/">{SITE}</a> &gt;&gt; <a href="/news2019/">县政新闻</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" height="50"><font size="4" color="#CC0000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="info">作者：{esc(author)}　文章来源：{COUNTY}新闻中心　更新时间：{when}　点击数：<script language="javascript" src="/Item/GetHits.asp?m=1&d={a.x["id"]}"></script></td></tr>
<tr><td class="content" id="fontzoom"><font style="font-size:14px;line-height:26px">
{body_html(a.blocks)}
</font></td></tr>
{ed}
<tr><td align="right">【<a href="/Item/SendMail.asp?m=1&d={a.x["id"]}">发表评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
{rel}
</td></tr></table>
<table width="980" align="center" class="foot"><tr><td align="center">版权所有：{SITE}　技术支持：{COUNTY}信息中心<br>蜀ICP备05000000号</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312")


RENDER: dict[str, Callable[[Site57, Art], tuple[bytes, str]]] = {
    "zf": zf_page,
    "rm": rm_page,
    "xz": xz_page,
    "bm": bm_page,
    "old": old_page,
}


def register(site: Site57) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
