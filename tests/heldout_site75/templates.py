"""Site 75's article pages: a 国家电网 provincial company's 公司新闻 (来源/作者/发布时间 info line,
本网讯（通讯员…） leads, closing （unit X Y） lines, 2019 pages in GBK tables), 中国石化新闻网's
企业新闻 (中国石化新闻网讯 leads, 本报记者 byline lines under an 引题, 文/X 图/P, 相关新闻; 2019
pages in GB2312 named in the meta only), a city 水务集团 on an old ASP 动易 site (GBK, nested
tables, 作者/文章来源/点击数/更新时间, 相关文章, 网友评论), a 铁路局 新闻中心 on TRS (人民铁道网
datelines, 本报南昌5月8日讯 记者X 通讯员Y报道：, train tables, 延伸阅读) and a 国企's 党建动态
channel (撰稿/摄影/编辑/审核 and 初审/复审/终审 closing lines, the day only)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    import random

    from .generator import Site75


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site75, a: Art, key: str, k: int = 10, tpls: tuple[str, ...] = ()) -> str:
    """A most-read box: stories the page's script ranks (never the related ones by choice)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if (b.tpl in tpls or not tpls) and b is not a]
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def rel_list(site: Site75, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def neighbours(site: Site75, a: Art) -> tuple[Art | None, Art | None]:
    """上一篇 / 下一篇: the template's stories before and after by time."""
    arts = sorted(site.of(a.tpl), key=lambda b: b.when)
    k = arts.index(a)
    return (arts[k - 1] if k else None, arts[k + 1] if k + 1 < len(arts) else None)


def prev_next(site: Site75, a: Art, lp: str = "上一篇：", ln: str = "下一篇：") -> str:
    p, n = neighbours(site, a)
    left = f'<a href="{p.path}">{esc(p.title)}</a>' if p else "没有了"
    right = f'<a href="{n.path}">{esc(n.title)}</a>' if n else "没有了"
    return f'<div class="prevnext"><p>{lp}{left}</p><p>{ln}{right}</p></div>'


def head_common(rng: random.Random, tpl: str, n_css: int = 400, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s75' + tpl)}</script>"


def table_html(
    b: Block, attrs: str = 'border="1" cellspacing="0" cellpadding="4" width="90%" align="center"'
) -> str:
    rows = [r.split(" ") for r in b.text.split("\n")]
    head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table {attrs}><tbody><tr>{head}</tr>{body}</tbody></table>"


def paras(
    blocks: list[Block],
    indent: str = "　　",
    sep: str = "　",
    center: str = 'style="text-align: center;"',
) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{indent}{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{indent}{esc(b.text)}</strong></p>")
        elif b.kind == "table":
            out.append(table_html(b))
        else:
            cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
            out.append(f'<p {center}><img src="{b.src}" border="0" /></p>\n<p {center}>{cap}</p>')
    return "\n".join(out)


def share_bar() -> str:
    return '<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_more" data-cmd="more"></a></div><script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};</script>'


# --- 1. 国网 provincial company: 公司新闻 (2019 pages in GBK tables) ------------------------------
SG_SITE = "国网浙江省电力有限公司"
SG_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/about/index.html">公司概况</a></li><li><a href="/html/main/col8/list_1.html">公司新闻</a></li><li><a href="/html/main/col8/list_1.html">基层动态</a></li><li><a href="/zt/yfdx2024/index.html">专题专栏</a></li><li><a href="/video/index.html">视频新闻</a></li><li><a href="/tag/aqsc.html">安全生产</a></li><li><a href="/about/contact.html">联系我们</a></li></ul>'
SG_FOOT = f'<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站地图</a> | <a href="/about/index.html">法律声明</a></p><p>主办单位：{SG_SITE}　版权所有　浙ICP备05000000号-1</p><p><img src="/images/gongan.png" />浙公网安备 33010202000000号　电力服务热线：95598</p></div>'


def sg_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "au1": nm[0],
        "au2": f"{nm[0]} {nm[1]}",
        "au_unit": a.x["unit"],
    }.get(style, "")


def sg_page(site: Site75, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    unit = a.x["unit"]
    author = sg_author(a)
    stamp = f"{a.when:%Y-%m-%d %H:%M:%S}"
    body = paras(a.blocks)
    if style == "tail":
        body += f'\n<p style="text-align: right;">（{esc(unit)}　{esc(nm[0])}　{esc(nm[1])}）</p>'
    review = f"　审核：{esc(nm[4])}" if a.i % 2 else ""
    newest = "".join(li(b, "%m-%d") for b in latest(site.of("sg"))[:8] if b is not a)
    hot = rank(site, a, "rdph", 10, ("sg", "tl"))
    charset = "gbk" if old else "utf-8"
    if old:
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/html/main/col8/list_1.html">新闻中心</a> &gt; <a href="/html/main/col8/list_1.html">公司新闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="articleTitle"><font size="5" color="#006f6c"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="articleInfo"><font color="#888888">来源：{esc(unit)}　{f"作者：{esc(author)}　" if author else ""}发布时间：{stamp}　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
<tr><td class="articleCon"><div id="zoom"><font size="3">
{body}
</font></div></td></tr>
<tr><td align="right">编辑：{esc(a.editors[0])}{review}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td>{prev_next(site, a)}</td></tr>
</table>
</td><td width="20"></td><td width="280" valign="top"><table width="100%" class="side"><tr><td class="t">最新动态</td></tr><tr><td><ul>{newest}</ul></td></tr></table><table width="100%" class="side"><tr><td class="t">热点排行</td></tr><tr><td><ol>{hot}</ol></td></tr></table></td></tr></table>"""
    else:
        main = f"""<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/html/main/col8/list_1.html">新闻中心</a> &gt; <a href="/html/main/col8/list_1.html">公司新闻</a></div>
<div class="w1200 clearfix"><div class="article-left">
<div class="articleTitle"><h2>{esc(a.title)}</h2></div>
<div class="articleInfo"><span>来源：{esc(unit)}</span>{f"<span>作者：{esc(author)}</span>" if author else ""}<span>发布时间：{stamp}</span><span>浏览次数：<em id="hits">{a.x["hits"]}</em></span><span class="zoom">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div>
<div class="articleCon" id="zoom">
{body}
</div>
<div class="articleEditor"><p>责任编辑：{esc(a.editors[0])}{review}</p></div>
{share_bar()}
<div class="articleTool"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>
{prev_next(site, a)}
</div>
<div class="article-right"><div class="side-box"><div class="side-tit">最新动态</div><ul>{newest}</ul></div><div class="side-box"><div class="side-tit">热点排行</div><ol>{hot}</ol></div><div class="side-box"><div class="side-tit">专题专栏</div><ul><li><a href="/zt/yfdx2024/index.html"><img src="/images/zt_yfdx.jpg" alt="迎峰度夏 保供有我" /></a></li><li><a href="/tag/aqsc.html"><img src="/images/zt_aqsc.jpg" alt="安全生产月" /></a></li></ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}-{SG_SITE}</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},国家电网,{esc(unit)}" />
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
<meta name="publishdate" content="{stamp}" />
<meta name="author" content="{esc(author or unit)}" />
{head_common(rng, "sg")}
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{SG_SITE}</span><a href="/">简体</a> | <a href="/about/index.html">无障碍</a> | <a href="/about/contact.html">网站地图</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/sgcc_logo.png" alt="国家电网 STATE GRID" /></a><form action="/search/index.html" class="search"><input name="q" placeholder="请输入关键字" /><button>搜索</button></form></div></div>
<div class="navbar">{SG_NAV}</div>
{main}
{SG_FOOT}
</body>
</html>
"""
    return served(page, charset)


# --- 2. 中国石化新闻网 企业新闻 (2019 pages in GB2312, named in the meta only) --------------------
SH_NAV = '<div class="nav"><a href="/">首页</a><a href="/xwzx/qyxw/index.shtml">要闻</a><a href="/xwzx/qyxw/index.shtml">企业新闻</a><a href="/xwzx/qyxw/index_2.shtml">油气</a><a href="/xwzx/qyxw/index_2.shtml">炼化</a><a href="/epaper/calendar.html">中国石化报</a><a href="/video/index.html">视频</a><a href="/tag/aqsc.html">安全</a><a href="/search/index.html?q=安全">搜索</a></div>'


def sh_page(site: Site75, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    x, y, z, p = nm[0], nm[1], nm[2], nm[5]
    source = "中国石化报" if style == "bz" else "中国石化新闻网"
    au = f"作者：{esc(x)} {esc(y)}" if style == "au" else ""
    top = {
        "bz": f"本报记者 {x}　通讯员 {y} {z}",
        "wen_tu": f"文/{x}　图/{p}",
    }.get(style, "")
    body = paras(a.blocks, "　　", "　")
    if top:
        body = f'<p style="text-align: center;">{esc(top)}</p>\n{body}'
    ed = ""
    if a.editors:
        ed = f"责任编辑：{esc(a.editors[0])}" if old else f"编辑：{esc(a.editors[0])}"
    rel = rel_list(site, a, "%Y-%m-%d")
    hot = rank(site, a, "rdph", 10, ("sh",))
    pics = "".join(
        f'<li><a href="{b.path}"><img src="/images/pic/{k}.jpg" /><p>{esc(trunc(b.title, 14))}</p></a></li>'
        for k, b in enumerate(rng.sample([b for b in site.arts if b is not a], 4))
    )
    yt = f'<h3 class="yt">{esc(a.x["yt"])}</h3>' if a.x["yt"] else ""
    ft = f'<h2 class="ft">{esc(a.x["ft"])}</h2>' if a.x["ft"] else ""
    stamp = f"{a.when:%Y-%m-%d %H:%M}"
    if old:
        relbox = (
            f'<table width="100%" class="xgxw"><tr><td class="t"><font color="#c00"><b>相关新闻</b></font></td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
            if rel
            else ""
        )
        main = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="660" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/qyxw/index.shtml">企业新闻</a></td></tr>
{f'<tr><td align="center"><font size="3" color="#666666">{esc(a.x["yt"])}</font></td></tr>' if a.x["yt"] else ""}
<tr><td align="center"><font size="5" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
{f'<tr><td align="center"><font size="3">{esc(a.x["ft"])}</font></td></tr>' if a.x["ft"] else ""}
<tr><td align="center"><font size="2" color="#999999">时间：{stamp}　来源：{source}{"　" + au if au else ""}</font></td></tr>
<tr><td class="content"><font size="3">
{body}
</font></td></tr>
{f'<tr><td align="right"><font size="2">{ed}</font></td></tr>' if ed else ""}
</table>
{relbox}
</td><td width="20"></td><td width="280" valign="top"><table width="100%"><tr><td class="t">热点排行</td></tr><tr><td><ol>{hot}</ol></td></tr></table></td></tr></table>"""
    else:
        relbox = (
            f'<div class="xgxw"><div class="hd">相关新闻</div><ul>{rel}</ul></div>' if rel else ""
        )
        main = f"""<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/qyxw/index.shtml">企业新闻</a></div>
<div class="main clearfix"><div class="main-l">
<div class="article">
{yt}
<h1>{esc(a.title)}</h1>
{ft}
<div class="info"><span>时间：{stamp}</span><span>来源：{source}</span>{f"<span>{au}</span>" if au else ""}</div>
<div class="content">
{body}
</div>
{f'<p class="editor">{ed}</p>' if ed else ""}
{share_bar()}
</div>
{relbox}
<div class="comment"><div class="hd">网友评论</div><form action="/search/index.html"><textarea name="q" placeholder="文明上网，理性发言"></textarea><button>发表评论</button></form><p class="none">暂无评论</p></div>
</div>
<div class="main-r"><div class="box"><div class="hd">热点排行</div><ol>{hot}</ol></div><div class="box"><div class="hd">精彩图片</div><ul class="pics">{pics}</ul></div><div class="box"><div class="hd">推荐阅读</div><ul>{rank(site, a, "tjyd", 6, ("sh", "sg"))}</ul></div><div class="box"><div class="hd">中国石化报</div><p><a href="/epaper/calendar.html">电子版往期查阅</a></p></div></div>
</div>"""
    meta = (
        ""
        if old
        else f'<meta property="article:published_time" content="{a.when.isoformat()}" />\n<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />'
    )
    charset = "gb2312" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}_中国石化新闻网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},中国石化,{esc(a.x["unit"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
{meta}
{head_common(rng, "sh", 390, 45)}
</head>
<body>
<div class="top"><div class="w"><a href="/"><img src="/images/sinopec_logo.png" alt="中国石化新闻网" /></a><span class="date">{a.when:%Y年%m月%d日}</span><form action="/search/index.html"><input name="q" /><button>搜索</button></form></div></div>
{SH_NAV}
{main}
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">版权声明</a></p><p>中国石化新闻网 版权所有　未经授权禁止转载　京ICP备10000000号　京公网安备 11010502000000号</p><p>主办单位：中国石油化工集团有限公司</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


# --- 3. 水务集团 on an old ASP 动易 site (GBK; 2019 pages GB2312 in the meta only) --------------
SW_SITE = "滨海市水务集团有限公司"
SW_NAV = '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr><td><a href="/">网站首页</a> | <a href="/about/index.html">集团概况</a> | <a href="/Article/ShowClass.asp?ClassID=2">新闻中心</a> | <a href="/Article/ShowClass.asp?ClassID=2">集团新闻</a> | <a href="/Article/ShowClass.asp?ClassID=2&amp;page=2">水务公告</a> | <a href="/Article/ShowClass.asp?ClassID=2&amp;page=2">停水通知</a> | <a href="/search/index.html?q=安全">水质公告</a> | <a href="/video/index.html">营业服务</a> | <a href="/djgz/djdt/index.html">党建园地</a> | <a href="/about/contact.html">联系我们</a></td></tr></table>'


def sw_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {"one": nm[0], "two": f"{nm[0]}、{nm[1]}", "dept": a.x["dept"]}.get(style, "佚名")


def sw_page(site: Site75, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    aid = a.path.rsplit("=", 1)[1]
    author = sw_author(a)
    src = "本站原创" if a.i % 2 else a.x["unit"]
    stamp = f"{a.when.year}-{a.when.month}-{a.when.day}" + ("" if old else f" {a.when:%H:%M:%S}")
    ed = f"　　责任编辑：{esc(a.editors[0])}" if a.editors else ""
    if old:
        body = "<br>\n".join(
            f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}" if b.kind == "p" else f"<b>{esc(b.text)}</b>"
            for b in a.blocks
        )
        body = f'<font face="宋体" size="3">{body}</font>'
    else:
        body = paras(a.blocks, "&nbsp;&nbsp;&nbsp;&nbsp;", "　", 'align="center"')
    rel = "".join(
        f'<tr><td class="listbg">·<a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a>（{site.by_path[p].when.month}-{site.by_path[p].when.day}）</td></tr>'
        for p in a.related
    )
    relbox = f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_760"><b>相关文章</b></td></tr>{rel or "<tr><td>没有相关文章</td></tr>"}</table>'
    prev, nxt = neighbours(site, a)
    pn = (
        f"<tr><td>上一篇文章：{f'<a href={chr(34)}{prev.path}{chr(34)}>{esc(prev.title)}</a>' if prev else '没有了'}</td></tr>"
        f"<tr><td>下一篇文章：{f'<a href={chr(34)}{nxt.path}{chr(34)}>{esc(nxt.title)}</a>' if nxt else '没有了'}</td></tr>"
    )
    hot = "".join(
        f'<tr><td class="listbg">·<a href="{b.path}" title="{esc(b.title)}">{esc(trunc(b.title, 14))}</a></td></tr>'
        for b in rng.sample([b for b in site.of("sw") if b is not a], 8)
    )
    notices = "".join(
        f'<tr><td class="listbg">·<a href="/Article/ShowClass.asp?ClassID=2&amp;page=2">{t}</a></td></tr>'
        for t in (
            "关于城东片区计划停水的通知",
            "关于滨江路管道碰接施工停水的通知",
            "2024年4月水质公告",
            "关于调整营业厅营业时间的公告",
            "关于开展用户水表更换工作的通知",
        )
    )
    comments = "".join(
        f'<tr><td class="comment">网友：{who}　发表时间：{a.when:%Y-%m-%d}<br>{txt}</td></tr>'
        for who, txt in rng.sample(
            [
                ("匿名", "水务集团的服务越来越好了，点赞！"),
                ("市民老张", "我们小区水压一直不稳定，希望尽快改造。"),
                ("游客", "停水能不能提前几天通知？"),
                ("滨海人", "水质比以前好多了。"),
            ],
            2 if a.i % 2 else 0,
        )
    )
    page = f"""<html>
<head>
<title>{esc(a.title)} - {SW_SITE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="滨海水务,{esc(a.x["ctx"]["topic"])}">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<style type="text/css">{css(rng, "sw", 380)}</style>
<script language="JavaScript" type="text/JavaScript">{filler_js(rng, "PowerEasy", 50)}</script>
<script language="JavaScript">function ContentSize(size){{document.getElementById('fontzoom').style.fontSize=size+'px';}}</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/Images/top_banner.jpg" width="980" height="120" border="0" alt="{SW_SITE}"></a></td></tr></table>
{SW_NAV}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left_tdbg1">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title">栏目导航</td></tr><tr><td class="listbg"><a href="/Article/ShowClass.asp?ClassID=2">集团新闻</a></td></tr><tr><td class="listbg"><a href="/Article/ShowClass.asp?ClassID=2&amp;page=2">基层动态</a></td></tr><tr><td class="listbg"><a href="/djgz/djdt/index.html">党建园地</a></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title">热门文章</td></tr>{hot}</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title">停水通知</td></tr>{notices}</table>
</td>
<td width="10"></td>
<td width="750" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_ArticleTitle">您现在的位置：<a href="/">{SW_SITE}</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=2">新闻中心</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=2">集团新闻</a> &gt;&gt; 正文</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border">
<tr><td height="50" align="center" class="main_title_760"><font class="title_font" size="4" color="#0066cc"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="main_tdbg_760">作者：{esc(author)}　　文章来源：{esc(src)}　　点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={aid}"></script>　　更新时间：{stamp}　　文章录入：admin{ed}</td></tr>
<tr><td align="right">【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</td></tr>
<tr><td class="main_tdbg_760"><div id="fontzoom" style="line-height:180%">
{body}
</div></td></tr>
<tr><td align="right">【<a href="/Article/Comment.asp?ArticleID={aid}">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】【<a href="/Article/SendMail.asp?ArticleID={aid}">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
{pn}
</table>
{relbox}
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_760"><b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>{comments or "<tr><td>暂无评论</td></tr>"}</table>
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">| <a href="/about/index.html">设为首页</a> | <a href="/about/index.html">加入收藏</a> | <a href="/about/contact.html">联系站长</a> | <a href="/about/index.html">友情链接</a> | <a href="/about/index.html">版权申明</a> |</td></tr>
<tr><td align="center">版权所有：{SW_SITE}　地址：滨海市清河区水厂路88号　供水服务热线：96390<br>苏ICP备05000000号　技术支持：动易网络</td></tr></table>
</body>
</html>
"""
    return served(page, "gbk", header=not old)


# --- 4. 铁路局 新闻中心 (TRS; 2019 pages in GB2312) -------------------------------------------
TL_SITE = "中国铁路南昌局集团有限公司"
TL_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/about/index.html">集团概况</a></li><li><a href="/xwzx/lkyw/index.html">新闻中心</a></li><li><a href="/xwzx/lkyw/index.html">路局要闻</a></li><li><a href="/xwzx/lkyw/index_1.html">站段动态</a></li><li><a href="/video/index.html">视频新闻</a></li><li><a href="/djgz/djdt/index.html">党建工作</a></li><li><a href="/search/index.html?q=安全">信息公开</a></li></ul>'


def tl_page(site: Site75, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    source = {"rmtd": "人民铁道网", "jt": "人民铁道报", "dept": a.x["unit"]}.get(style, TL_SITE)
    au = {"au": nm[0], "au2": f"{nm[0]}　{nm[1]}"}.get(style, "")
    rel = rel_list(site, a, "%Y-%m-%d")
    hot = rank(site, a, "rdxw", 8, ("tl",))
    check = f"　校对：{esc(nm[6])}" if a.i % 3 == 1 else ""
    if old:
        stamp = f"{a.when:%Y年%m月%d日 %H:%M}"
        relbox = (
            f'<table width="100%"><tr><td class="t"><b>延伸阅读</b></td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
            if rel
            else ""
        )
        main = f"""<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/lkyw/index.html">新闻中心</a> &gt; <a href="/xwzx/lkyw/index.html">路局要闻</a></td></tr></table>
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
{f'<tr><td align="center"><font color="#555555">{esc(a.x["yt"])}</font></td></tr>' if a.x["yt"] else ""}
<tr><td align="center" class="bt"><font size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="ly">发布时间：{stamp}　来源：{esc(source)}{f"　作者：{esc(au)}" if au else ""}</td></tr>
<tr><td class="nr"><div class="TRS_Editor">
{paras(a.blocks)}
</div></td></tr>
<tr><td align="right">编辑：{esc(a.editors[0])}{check}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></td></tr>
</table>
{relbox}
</td><td width="20"></td><td width="280" valign="top"><table width="100%"><tr><td class="t">热点新闻</td></tr><tr><td><ol>{hot}</ol></td></tr></table></td></tr></table>"""
    else:
        stamp = f"{a.when:%Y-%m-%d %H:%M}"
        relbox = (
            f'<div class="xgyd"><div class="xgyd-t">延伸阅读</div><ul>{rel}</ul></div>'
            if rel
            else ""
        )
        pics = "".join(
            f'<li><a href="{b.path}"><img src="/images/tp/{k}.jpg" alt="{esc(b.title)}" /></a><p>{esc(trunc(b.title, 15))}</p></li>'
            for k, b in enumerate(rng.sample([b for b in site.of("tl") if b is not a], 3))
        )
        main = f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/lkyw/index.html">新闻中心</a> &gt; <a href="/xwzx/lkyw/index.html">路局要闻</a></div>
<div class="detail clearfix"><div class="detail-l">
{f'<p class="detail-yt">{esc(a.x["yt"])}</p>' if a.x["yt"] else ""}
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info"><span>时间：{stamp}</span><span>来源：{esc(source)}</span>{f"<span>作者：{esc(au)}</span>" if au else ""}<span class="fontsize">【字号 <a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span><span><a href="javascript:window.print()">打印</a></span></div>
<div class="detail-con TRS_Editor">
{paras(a.blocks)}
</div>
<div class="detail-editor">（责任编辑：{esc(a.editors[0])}）{check}</div>
{share_bar()}
{relbox}
{prev_next(site, a)}
</div>
<div class="detail-r"><div class="r-box"><div class="r-t">热点新闻</div><ol>{hot}</ol></div><div class="r-box"><div class="r-t">精彩图片</div><ul class="tp">{pics}</ul></div><div class="r-box"><div class="r-t">便民服务</div><ul><li><a href="/about/contact.html">12306客服热线</a></li><li><a href="/about/contact.html">车站电话查询</a></li><li><a href="/search/index.html?q=安全">列车时刻查询</a></li></ul></div></div>
</div>"""
    charset = "gb2312" if old else "utf-8"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}_路局要闻_{TL_SITE}</title>
<meta name="SiteName" content="{TL_SITE}" />
<meta name="ColumnName" content="路局要闻" />
<meta name="ArticleTitle" content="{esc(a.title)}" />
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}" />
<meta name="ContentSource" content="{esc(source)}" />
<meta name="Author" content="{esc(au)}" />
{head_common(rng, "tl", 400, 40)}
</head>
<body>
<div class="header"><div class="w1000"><a href="/" class="logo"><img src="/images/railway_logo.png" alt="{TL_SITE}" /></a><form action="/search/index.html" class="search"><input name="q" /><input type="submit" value="检索" /></form></div></div>
<div class="navbar">{TL_NAV}</div>
{main}
<div class="footer"><p><a href="/about/index.html">网站声明</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站地图</a></p><p>主办：{TL_SITE}　版权所有　赣ICP备05000000号　赣公网安备 36010202000000号</p><p>客服电话：12306　地址：南昌市站前路1号</p></div>
</body>
</html>
"""
    return served(page, charset)


# --- 5. 国企 党建动态 (the day only; 2019 pages in GBK named in the meta only) ----------------------
DJ_SITE = "中国华建集团有限公司"
DJ_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/djgz/djdt/index.html">党建要闻</a></li><li><a href="/djgz/djdt/index.html">党建动态</a></li><li><a href="/djgz/djdt/index_2.html">学习园地</a></li><li><a href="/tag/aqsc.html">廉洁文化</a></li><li><a href="/zt/djxxjy/index.html">党纪学习教育</a></li><li><a href="/video/index.html">微视频</a></li></ul>'


def dj_closing(a: Art) -> list[str]:
    nm, style = a.x["nm"], a.x["style"]
    x, y, p, s = nm[0], nm[1], nm[5], nm[4]
    ed = f"编辑：{a.editors[0]}" if a.editors else ""
    if style == "zg":
        return [f"撰稿：{x}　摄影：{p}", f"{ed}　审核：{s}"]
    if style == "gg":
        return [f"（供稿：{a.x['unit']}党委）", ed]
    if style == "sanshen":
        return [f"文字：{x}　图片：{p}　{ed}　初审：{nm[6]}　复审：{nm[7]}　终审：{s}"]
    if style == "tg":
        return [f"（通讯员：{x} {y}）"] + ([ed] if ed else [])
    return [ed] if ed else []


def dj_page(site: Site75, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    out = []
    if style == "wen":
        out.append(f"<p>文/{esc(nm[0])}　图/{esc(nm[5])}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: center;"><img src="{b.src}" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center; font-family: 楷体;">{esc(b.text)}</p>')
    for line in dj_closing(a):
        out.append(f'<p style="text-align: right;">{esc(line)}</p>')
    body = "\n".join(out)
    source = a.x["dept"]
    ft = f'<div class="subtitle">{esc(a.x["ft"])}</div>' if a.x["ft"] else ""
    news = "".join(li(b, "%m-%d") for b in latest(site.of("dj"))[:8] if b is not a)
    if old:
        main = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/djdt/index.html">党建工作</a> &gt; <a href="/djgz/djdt/index.html">党建动态</a></td></tr>
<tr><td align="center" class="title"><font size="5" color="#c00000"><b>{esc(a.title)}</b></font></td></tr>
{f'<tr><td align="center"><font size="3">{esc(a.x["ft"])}</font></td></tr>' if a.x["ft"] else ""}
<tr><td align="center" class="info">发布日期：{a.when:%Y-%m-%d}　　来源：{esc(source)}　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="content"><div id="zoom">
{body}
</div></td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td>{prev_next(site, a)}</td></tr></table>"""
    else:
        main = f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/djdt/index.html">党建工作</a> &gt; <a href="/djgz/djdt/index.html">党建动态</a></div>
<div class="dj-main clearfix"><div class="dj-left">
<div class="title">{esc(a.title)}</div>
{ft}
<div class="info"><span>发布日期：{a.when:%Y-%m-%d}</span><span>来源：{esc(source)}</span><span>浏览量：<i id="hits">{a.x["hits"]}</i></span><span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="content" id="zoom">
{body}
</div>
{share_bar()}
{prev_next(site, a)}
</div>
<div class="dj-right"><div class="box"><div class="box-t">党建要闻</div><ul>{news}</ul></div><div class="box"><div class="box-t">专题专栏</div><ul><li><a href="/zt/djxxjy/index.html"><img src="/images/zt_djxxjy.jpg" alt="党纪学习教育" /></a></li><li><a href="/tag/aqsc.html"><img src="/images/zt_ljwh.jpg" alt="廉洁文化" /></a></li></ul></div><div class="box"><div class="box-t">图片新闻</div><ul>{rank(site, a, "tpxw", 5, ("dj", "sg"))}</ul></div></div>
</div>"""
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}--党建动态--{DJ_SITE}</title>
<meta name="keywords" content="党建,{esc(a.x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
{head_common(rng, "dj", 400, 45)}
</head>
<body class="red">
<div class="dj-header"><div class="w1000"><a href="/" class="logo"><img src="/images/dj_logo.png" alt="{DJ_SITE} 党建工作" /></a><span class="slogan">不忘初心　牢记使命</span><form action="/search/index.html"><input name="q" /><button>搜索</button></form></div></div>
<div class="navbar">{DJ_NAV}</div>
{main}
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>版权所有：{DJ_SITE}　京ICP备06000000号-1　<img src="/images/gongan.png" />京公网安备 11010202000001号</p><p>地址：北京市海淀区三里河路15号　邮编：100037</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


PAGES = {"sg": sg_page, "sh": sh_page, "sw": sw_page, "tl": tl_page, "dj": dj_page}


def register(site: Site75) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
