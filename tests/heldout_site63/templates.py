"""Site 63's article pages: the 中级人民法院 (中国法院网-style "作者：X 发布时间：…", 案例 pages), the
人民检察院 (正义网-style, 来源：检察日报, 本报讯（记者 X 通讯员 Y）), the 公安局 (警情通报 with a 落款,
警方提醒, the 微警务 H5 share page), the 司法局 (普法, 发布日期 only) and the 法治报 数字报 in GBK."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site63

FY, JC, GA, SF, FZ = (
    "江州市中级人民法院",
    "江州市人民检察院",
    "江州市公安局",
    "江州市司法局",
    "江州法治报",
)


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site63, a: Art, key: str, k: int = 10) -> str:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if b is not a]
    return "".join(
        f'<li><em>{n}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></li>'
        for n, b in enumerate(rng.sample(pool, k), 1)
    )


def rel_list(site: Site63, a: Art) -> str:
    return "".join(li(site.by_path[p], "%m-%d") for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 320, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'lib-' + tpl, n_js)}</script>\n<script>{stats_js('s63' + tpl)}</script>"


def nav() -> str:
    return (
        '<ul class="nav"><li><a href="/">江州政法网</a></li><li><a href="/fyxw/index.shtml">法院新闻</a></li>'
        '<li><a href="/alxx/index.shtml">案例选编</a></li><li><a href="/jcxw/index.shtml">检察新闻</a></li>'
        '<li><a href="/jqtb/index.html">警情通报</a></li><li><a href="/jftx/index.html">警方提醒</a></li>'
        '<li><a href="/sfj/pfxc/index.html">普法宣传</a></li><li><a href="/sfj/flyz/index.html">法律援助</a></li>'
        '<li><a href="/fzb/html/index.htm">法治报</a></li><li><a href="/video/index.html">视频</a></li></ul>'
    )


def footer(org: str, year: int) -> str:
    return (
        '<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/map.html">网站地图</a></p>'
        f"<p>主办：{org}　版权所有 &copy; {year}　地址：江州市江城区人民路88号　邮编：000000</p>"
        "<p>X ICP备00000000号-1　X公网安备 00000000000000号　网站标识码：0000000000</p><p>建议使用1366*768分辨率浏览</p></div>"
    )


def img_html(b: Block, sep: str = " ") -> str:
    cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
    cap_html = f'\n<p style="text-align: center;" class="pic-title">{cap}</p>' if cap else ""
    return f'<p style="text-align: center;"><img src="{b.src}" border="0" alt=""></p>{cap_html}'


def paras(blocks: list[Block], indent: str = "text-indent: 2em;") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f'<p style="{indent}">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="{indent}"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(img_html(b))
    return "\n".join(out)


def shell(
    rng: random.Random,
    tpl: str,
    title: str,
    head: str,
    body: str,
    charset: str = "utf-8",
    doctype: str = "<!DOCTYPE html>",
) -> str:
    return f"""{doctype}
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
{head}
{head_common(rng, tpl)}
</head>
<body>
{body}
</body>
</html>
"""


# --- 1. 中级人民法院 (中国法院网-style) --------------------------------------------------------------
def fy_page(site: Site63, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {
        "person": nm[0],
        "case": nm[0],
        "two": f"{nm[0]} {nm[2]}",
        "tx_info": nm[0],
        "case_tx": nm[0],
    }.get(style, "江州中院")
    if style == "office":
        author = "江州中院新闻中心"
    tx = f"　通讯员：{esc(nm[1])}" if style in ("tx_info", "case_tx") else ""
    info = f"作者：{esc(author)}{tx}　发布时间：{a.when:%Y-%m-%d %H:%M:%S}"
    rel = rel_list(site, a)
    relbox = (
        f'<div class="related"><div class="hd">相关文章</div><ul>{rel}</ul></div>' if rel else ""
    )
    col = "案例选编" if a.x["key"] == "fy_case" else "法院新闻"
    colurl = "/alxx/index.shtml" if a.x["key"] == "fy_case" else "/fyxw/index.shtml"
    hot = rank(site, a, "rd", 10)
    ed = f'<div class="editor">责任编辑：{esc(a.editors[0])}</div>'
    if old:
        main = f"""<table width="990" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td class="position">您的位置：<a href="/">首页</a> &gt;&gt; <a href="{colurl}">{col}</a></td></tr></table>
<table width="990" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td width="690" valign="top">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" class="b_title">{esc(a.title)}</td></tr>
<tr><td align="center" class="from">{info}</td></tr>
<tr><td class="detail">{paras(a.blocks)}</td></tr>
<tr><td align="right">{ed}</td></tr></table>
{relbox}
</td><td width="290" valign="top"><div class="hot"><div class="hd">热点文章</div><ol>{hot}</ol></div></td></tr></table>"""
    else:
        main = f"""<div class="position">您的位置：<a href="/">首页</a> &gt;&gt; <a href="{colurl}">{col}</a> &gt;&gt; 正文</div>
<div class="detail-wrap clearfix"><div class="detail-left">
<div class="detail">
<div class="b_title">{esc(a.title)}</div>
<div class="sth_a"><span class="from">{info}</span><span class="zoom">字体：<a href="javascript:fontZoom(16)">小</a> <a href="javascript:fontZoom(18)">中</a> <a href="javascript:fontZoom(20)">大</a></span><span class="print"><a href="javascript:window.print()">打印</a></span></div>
<div class="detail_txt" id="zoom">
{paras(a.blocks)}
</div>
{ed}
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
</div>
{relbox}
</div>
<div class="detail-right"><div class="box"><div class="hd">热点文章</div><ol>{hot}</ol></div>
<div class="box"><div class="hd">最新案例</div><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("fy"))[:6] if b is not a)}</ul></div>
<div class="box"><div class="hd">诉讼服务</div><ul><li><a href="/about/index.html">网上立案</a></li><li><a href="/about/index.html">诉讼费计算</a></li><li><a href="/about/contact.html">联系法官</a></li><li><a href="/fy/ld/index.shtml">院领导</a></li></ul></div></div>
</div>"""
    body = f"""<div class="top"><div class="w990"><span>欢迎访问江州市中级人民法院网站</span><a href="/about/contact.html">联系我们</a></div></div>
<div class="header"><a href="/" class="logo"><img src="/fy/images/logo.png" alt="{FY}"></a><form action="/search/index.html" class="so"><input name="q"><button>搜索</button></form></div>
<div class="menu">{nav()}</div>
{main}
{footer(FY, a.when.year)}"""
    head = f'<meta name="keywords" content="{esc(a.title)}"><meta name="description" content="{esc(trunc(a.paras[0], 80))}">'
    return served(shell(rng, "fy", f"{a.title}_{FY}", head, body), header=not old)


# --- 2. 人民检察院 (正义网-style) ---------------------------------------------------------------------
def jc_page(site: Site63, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    jcrb = style.startswith("jcrb")
    source = "检察日报" if jcrb else FY.replace("中级人民法院", "人民检察院")
    author = {"person": nm[0], "jcrb_info": f"{nm[0]} {nm[2]}", "office": "第二检察部"}.get(
        style, ""
    )
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    au = f"<span>作者：{esc(author)}</span>" if author else ""
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><h4>相关新闻</h4><ul>{rel}</ul></div>' if rel else ""
    meta = gov_meta(
        JC,
        "www.jzjcy.gov.cn",
        "0000000001",
        "检察新闻",
        a.title,
        pub,
        source,
        author,
        "检察,江州",
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    hot = rank(site, a, "ph", 10)
    edline = f'<div class="bianji">【责任编辑：{esc(a.editors[0])}】</div>'
    if old:
        main = f"""<table width="1000" align="center"><tr><td width="720" valign="top">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/jcxw/index.shtml">检察新闻</a></div>
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span>来源：{esc(source)}</span>{au}<span>发布时间：{pub}</span></div>
<div class="TRS_Editor">{paras(a.blocks)}</div>
{edline}
{relbox}
</td><td width="260" valign="top"><div class="box"><h4>热点排行</h4><ul>{hot}</ul></div></td></tr></table>"""
    else:
        main = f"""<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/jcxw/index.shtml">检察新闻</a> &gt; 正文</div>
<div class="wrap clearfix"><div class="left">
<div class="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span>来源：{esc(source)}</span>{au}<span>发布时间：{pub}</span><span class="size">【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="content" id="fontzoom"><div class="TRS_Editor">
{paras(a.blocks)}
</div></div>
{edline}
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
{relbox}
</div>
<div class="right"><div class="box"><h4>热点排行</h4><ol>{hot}</ol></div>
<div class="box"><h4>检察要闻</h4><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("jc"))[:6] if b is not a)}</ul></div>
<div class="box"><h4>检务公开</h4><ul><li><a href="/jc/jcld/index.shtml">院领导</a></li><li><a href="/about/index.html">案件信息公开</a></li><li><a href="/about/contact.html">12309检察服务</a></li></ul></div></div>
</div>"""
    body = f"""<div class="header"><a href="/" class="logo"><img src="/jc/images/logo.png" alt="{JC}"></a><div class="search"><form action="/search/index.html"><input name="q"><button>检索</button></form></div></div>
<div class="nav">{nav()}</div>
{main}
{footer(JC, a.when.year)}"""
    return served(shell(rng, "jc", f"{a.title}-{JC}", meta, body))


# --- 3. 公安局: 警情通报, 警方提醒, 微警务 H5 -----------------------------------------------------------
def ga_page(site: Site63, a: Art) -> tuple[bytes, str]:
    if a.x["key"] == "ga_h5":
        return h5_page(site, a)
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    tb = style == "tb"
    source = ctx["branch"] if tb else GA
    au = f"　作者：{esc(nm[0])}" if style == "tx_person" else ""
    info = f'发布时间：{a.when:%Y-%m-%d %H:%M}　来源：{esc(source)}{au}　浏览次数：<span id="count">{rng.randint(100, 90000)}</span>'
    text = paras(a.blocks)
    if tb:
        office = ctx["branch"] if "县" in ctx["branch"] else f"江州市公安局{ctx['branch']}"
        text += f'\n<p style="text-align: right;">{esc(office)}</p>'
        text += f'\n<p style="text-align: right;">{a.when.year}年{a.when.month}月{a.when.day}日</p>'
    ed = f'<p class="editor">（责任编辑：{esc(a.editors[0])}）</p>' if a.editors else ""
    rel = rel_list(site, a)
    relbox = f'<div class="xgxx"><div class="t">相关阅读</div><ul>{rel}</ul></div>' if rel else ""
    col, colurl = ("警情通报", "/jqtb/index.html") if tb else ("警方提醒", "/jftx/index.html")
    charset = "gb2312" if old else "utf-8"
    body = f"""<div class="topbar"><span>江州市公安局欢迎您！</span><a href="/wjw/index.html">微警务</a> | <a href="/about/contact.html">联系我们</a></div>
<div class="header"><img src="/ga/images/banner.jpg" alt="{GA}"></div>
<div class="navbox">{nav()}</div>
<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{colurl}">{col}</a></div>
<div class="mleft"><div class="article"><h2 class="atitle">{esc(a.title)}</h2>
<div class="ainfo">{info}</div>
<div class="acontent">
{text}
</div>
{ed}
<div class="aprint"><a href="javascript:window.print();">[打印本页]</a> <a href="javascript:window.close();">[关闭窗口]</a></div>
</div>
{relbox}
</div>
<div class="mright"><div class="box"><div class="t">警方提醒</div><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("ga"))[:7] if b is not a)}</ul></div>
<div class="box"><div class="t">热点关注</div><ol>{rank(site, a, "rd", 8)}</ol></div>
<div class="box"><div class="t">办事服务</div><ul><li><a href="/about/index.html">户政业务</a></li><li><a href="/about/index.html">出入境业务</a></li><li><a href="/about/index.html">交管业务</a></li><li><a href="/wjw/index.html">江州公安微警务</a></li></ul></div></div>
</div>
{footer(GA, a.when.year)}"""
    head = f'<meta name="keywords" content="{esc(col)}"><meta name="description" content="{esc(trunc(a.paras[0], 80))}">'
    return served(shell(rng, "ga", f"{a.title}-{GA}", head, body, charset), charset, header=not old)


def h5_page(site: Site63, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    by = f"文/{nm[0]}" + (f" {nm[2]}" if style == "h5_two" else "")
    pics = [b for b in a.blocks if b.kind == "img" and b.credit]
    tu = f"　图/{nm[5]}" if pics else ""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p data-role="paragraph">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p><img src="{b.src}" style="width:100%"></p>'
                + (f'<p class="img-note">{esc(b.text)}</p>' if b.text else "")
            )
    more = "".join(
        f'<li><a href="{b.path}"><p>{esc(b.title)}</p><span>{b.when:%m-%d}</span></a></li>'
        for b in latest(site.of("ga"))[:8]
        if b is not a
    )
    body = f"""<div class="app-bar"><img src="/wjw/images/icon.png" alt=""><div><b>江州公安微警务</b><span>掌上办事 一键报警</span></div><a class="open" href="/wjw/index.html">打开</a></div>
<div class="article-h5">
<h1 class="rich_title">{esc(a.title)}</h1>
<div class="rich_meta"><span class="org">江州公安</span><em>{a.when:%Y-%m-%d %H:%M}</em></div>
<p class="byline">{esc(by)}{esc(tu)}</p>
<div class="rich_content" id="js_content">
{chr(10).join(out)}
</div>
<p class="edit">审核：{esc(nm[4])}　编辑：{esc(a.editors[0])}</p>
<div class="readmore"><a href="/wjw/index.html">打开江州公安微警务 阅读更多</a></div>
<div class="h5-foot">阅读 {rng.randint(1000, 99999)}　<a href="javascript:;">在看</a></div>
</div>
<div class="tj"><h3>推荐阅读</h3><ul>{more}</ul></div>
<script>var shareData = {{title: "{esc(a.title)}", desc: "{esc(trunc(a.paras[0], 40))}", link: location.href, imgUrl: "/wjw/images/share.png"}};</script>"""
    head = '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><meta name="format-detection" content="telephone=no">'
    return served(shell(rng, "h5", f"{a.title}", head, body))


# --- 4. 司法局 普法 ------------------------------------------------------------------------------------
def sf_page(site: Site63, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {"person": nm[0], "two": f"{nm[0]}、{nm[2]}", "office": "普法与依法治理处"}.get(
        style, ""
    )
    pub = f"{a.when:%Y-%m-%d}"
    au = f"<span>作者：{esc(author)}</span>" if author else ""
    meta = gov_meta(
        SF,
        "sfj.jiangzhou.gov.cn",
        "0000000002",
        "普法宣传",
        a.title,
        pub,
        SF,
        author,
        "普法,法律",
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    ed = (
        f"<p>责任编辑：{esc(a.editors[0])}　审核：{esc(nm[4])}</p>"
        if a.editors
        else f"<p>审核：{esc(nm[4])}</p>"
    )
    rel = rel_list(site, a)
    relbox = f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div>' if rel else ""
    friends = "".join(
        f'<option value="{u}">{t}</option>'
        for t, u in [
            ("司法部", "http://www.moj.gov.cn"),
            ("中国普法网", "http://www.legalinfo.gov.cn"),
            ("江州市人民政府", "http://www.jiangzhou.gov.cn"),
        ]
    )
    info = f'<div class="xxgk-info"><span>发布日期：{pub}</span><span>信息来源：{SF}</span>{au}<span>浏览次数：<script>hits("{a.x["id"]}")</script></span><span>【字号：<a href="javascript:fs(18)">大</a> <a href="javascript:fs(16)">中</a> <a href="javascript:fs(14)">小</a>】</span></div>'
    if old:
        main = f"""<table width="1000" align="center"><tr><td class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/sfj/pfxc/index.html">普法宣传</a></td></tr>
<tr><td><h1 align="center">{esc(a.title)}</h1>{info}<div class="TRS_Editor">{paras(a.blocks)}</div><div class="bj">{ed}</div>{relbox}</td></tr></table>"""
    else:
        main = f"""<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/sfj/index.html">司法局</a> &gt; <a href="/sfj/pfxc/index.html">普法宣传</a></div>
<div class="con clearfix"><div class="con-l"><div class="art">
<h1>{esc(a.title)}</h1>
{info}
<div class="art-body"><div class="TRS_Editor">
{paras(a.blocks)}
</div></div>
<div class="bj">{ed}</div>
<div class="fx">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
</div>{relbox}</div>
<div class="con-r"><div class="box"><h3>法律援助</h3><ul><li><a href="/sfj/flyz/index.html">法律援助办事指南</a></li><li><a href="/sfj/flyz/jgml.html">法律援助机构名录</a></li><li><a href="/sfj/flyz/sqb.html">申请表下载</a></li></ul></div>
<div class="box"><h3>普法热文</h3><ol>{rank(site, a, "pf", 8)}</ol></div></div></div>"""
    body = f"""<div class="head"><a href="/sfj/index.html"><img src="/sfj/images/logo.png" alt="{SF}"></a></div>
<div class="nav">{nav()}</div>
{main}
<div class="yqlj">友情链接：<select onchange="window.open(this.value)">{friends}</select></div>
{footer(SF, a.when.year)}"""
    return served(shell(rng, "sf", f"{a.title}_{SF}", meta, body))


# --- 5. 法治报 数字报 (GBK) -----------------------------------------------------------------------------
PAGES = ["01版：要闻", "02版：综合新闻", "03版：法治新闻", "04版：平安江州"]


def fz_byline(a: Art) -> str:
    nm = a.x["nm"]
    return {
        "jt": f"本报记者 {nm[0]} 通讯员 {nm[1]}",
        "j": f"本报记者 {nm[0]}",
        "jj": f"本报记者 {nm[0]} {nm[2]}",
        "t": f"本报通讯员 {nm[1]}",
        "name": nm[0],
    }[a.x["style"]]


def fz_page(site: Site63, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, ctx = a.x["old"], a.x["ctx"]
    ban = PAGES[a.i % 4]
    yin = f"{ctx['district']}{ctx['topic']}系列报道"
    fu = f"——{ctx['district']}以法治之力守护一方平安" if a.i % 3 else ""
    week = "一二三四五六日"[a.when.weekday()]
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<P>　　{esc(b.text)}</P>")
        elif b.kind == "h":
            out.append(f"<P>　　<B>{esc(b.text)}</B></P>")
        else:
            out.append(
                f'<table align="center"><tr><td><img src="{b.src}"></td></tr><tr><td class="font02">{esc(b.text)}{"　" + esc(b.credit) if b.credit else ""}</td></tr></table>'
            )
    same = [b for b in latest(site.of("fz")) if b is not a][:6]
    titles = "".join(f'<tr><td><a href="{b.path}">{esc(b.title)}</a></td></tr>' for b in same)
    charset = "gb2312" if old else "gbk"
    day = f"/fzb/html/{a.when:%Y-%m}/{a.when:%d}/node_2.htm"
    body = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/fzb/images/top.gif" alt="{FZ}"></td></tr>
<tr><td class="date">{a.when.year}年{a.when:%m}月{a.when:%d}日 星期{week}　<a href="{day}">{ban}</a>　<a href="/fzb/html/index.htm">往期回顾</a>　<a href="/">江州政法网</a></td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td width="330" valign="top">
<table width="100%"><tr><td><a href="{day}"><img src="/fzb/page/{a.when:%Y%m%d}/{a.i % 4 + 1}.jpg" width="310" usemap="#PagePicMap"></a></td></tr>
<tr><td class="bm">{"".join(f'<a href="{day}">{p}</a><br>' for p in PAGES)}</td></tr></table>
</td><td width="670" valign="top">
<table width="100%" class="article"><tr><td class="font04" align="center">{esc(yin)}</td></tr>
<tr><td class="font01" align="center">{esc(a.title)}</td></tr>
<tr><td class="font02" align="center">{esc(fu)}</td></tr>
<tr><td class="font03" align="center">{esc(fz_byline(a))}</td></tr>
<tr><td><div id="ozoom" style="font-size:14px">
<!--enpcontent-->{chr(10).join(out)}<!--/enpcontent-->
</div></td></tr></table>
<table width="100%" class="bmlist"><tr><td class="t">本版文章</td></tr>{titles}</table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">{FZ}社版权所有　未经书面授权不得复制或建立镜像<br>地址：江州市江城区人民路88号　邮编：000000　电话：0000-0000000</td></tr></table>"""
    doctype = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
    return served(
        shell(rng, "fz", f"{FZ}数字报-{a.title}", "", body, charset, doctype),
        charset,
        header=not old,
    )


RENDER = {"fy": fy_page, "jc": jc_page, "ga": ga_page, "sf": sf_page, "fz": fz_page}


def register(site: Site63) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
