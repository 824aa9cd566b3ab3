"""Site 73's article pages: a city 文化和旅游局 portal on a TRS-style government CMS (政府网站 meta
block, 发布时间/来源/作者 line, 撰稿/摄影 lines, 责任编辑; 2019 pages in GBK tables and font tags),
a provincial museum's 新闻动态 on PHPCMS (文/X 图/P lines, 撰稿 with 初审/复审/终审; 2019 pages in
GBK named in the meta only), a 5A scenic area's WordPress site (entry-meta, JSON-LD, 相关文章 by
YARPP, a comment form), a 文旅 media group app's H5 share pages (引题/副题, 记者：X, a JSON state
copy; 2019 stories from its 旅游报 e-paper in GB2312) and a county 旅游网 on 动易-style ASP (GBK;
作者/文章来源/点击数/更新时间, 相关文章, 网友评论)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc
from .pools import CITY, COUNTY, PROVINCE, names

if TYPE_CHECKING:
    from .generator import Site73


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def href(a: Art) -> str:
    return esc(a.path)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{href(a)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site73, a: Art, key: str, k: int = 10, tpls: tuple[str, ...] = ()) -> str:
    """A most-read box: stories the page's script ranks (never the related ones by choice)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if (b.tpl in tpls or not tpls) and b is not a]
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{href(b)}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def rel_list(site: Site73, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def prev_next(site: Site73, a: Art, prev: str = "上一篇：", nxt: str = "下一篇：") -> str:
    arts = [b for b in site.arts if b.tpl == a.tpl]
    k = arts.index(a)
    out = []
    if k > 0:
        out.append(f'<p>{prev}<a href="{href(arts[k - 1])}">{esc(arts[k - 1].title)}</a></p>')
    else:
        out.append(f"<p>{prev}没有了</p>")
    if k + 1 < len(arts):
        out.append(f'<p>{nxt}<a href="{href(arts[k + 1])}">{esc(arts[k + 1].title)}</a></p>')
    else:
        out.append(f"<p>{nxt}没有了</p>")
    return "".join(out)


def head_common(rng: random.Random, tpl: str, n_css: int = 330, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s73' + tpl)}</script>"


def table_html(
    rows: list[Block], attrs: str = 'border="1" cellspacing="0" cellpadding="4" align="center"'
) -> str:
    trs = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in b.src.split("|")) + "</tr>" for b in rows
    )
    return f"<table {attrs}><tbody>{trs}</tbody></table>"


def body_html(
    blocks: list[Block],
    p: str = "<p>{}</p>",
    h: str = "<p><strong>{}</strong></p>",
    img: str = '<p style="text-align: center;"><img src="{src}" alt="" /></p>\n<p style="text-align: center;">{cap}</p>',
    sep: str = "　",
) -> str:
    out: list[str] = []
    rows: list[Block] = []
    for b in blocks:
        if b.kind == "tr":
            rows.append(b)
            continue
        if rows:
            out.append(table_html(rows))
            rows = []
        if b.kind == "p":
            out.append(p.format(esc(b.text)))
        elif b.kind == "h":
            out.append(h.format(esc(b.text)))
        else:
            cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit and b.text else esc(b.credit))
            out.append(img.format(src=b.src, cap=cap))
    if rows:
        out.append(table_html(rows))
    return "\n".join(out)


# --- 1. 云澜市文化和旅游局 (TRS-style government portal; 2019 pages in GBK) ---------------------
WL_COLS = {"gzdt": "工作动态", "jqdt": "景区动态", "tzgg": "通知公告"}
WL_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/wlj/about/index.html">机构概况</a></li><li><a href="/wlj/gzdt/index.html">工作动态</a></li><li><a href="/wlj/jqdt/index.html">景区动态</a></li><li><a href="/wlj/tzgg/index.html">通知公告</a></li><li><a href="/zt/2024/whyc/index.html">文化和自然遗产日</a></li><li><a href="/video/index.html">视听文旅</a></li><li><a href="/search/index.html?q=旅游">信息检索</a></li></ul>'
WL_FOOT = f'<div class="footer"><p><a href="/about/index.html">网站简介</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站地图</a></p><p>主办单位：{CITY}文化和旅游局　承办单位：{CITY}大数据中心</p><p>网站标识码：5301000063　滇ICP备05000000号-1　<img src="/images/ga.png" />滇公网安备 53010202000000号</p><p>地址：{CITY}滨江路88号　邮编：650000　联系电话：0871-60000000</p><p><img src="/images/dzjg.png" alt="党政机关" /> <img src="/images/jiucuo.png" alt="政府网站找错" /></p></div>'


def wl_source(a: Art) -> str:
    style = a.x["style"]
    if style == "qx":
        return f"{COUNTY}文化和旅游局"
    if style == "zhuangao":
        return a.x["unit"]
    return f"{CITY}文化和旅游局"


def wl_page(site: Site73, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    col = a.path.split("/")[2]
    colname = WL_COLS[col]
    source = wl_source(a)
    author = {"zuozhe": nm[0], "zuozhe2": f"{nm[0]} {nm[1]}"}.get(style, "")
    body = body_html(
        a.blocks,
        p='<p style="text-indent: 2em;">{}</p>',
        h='<p style="text-indent: 2em;"><strong>{}</strong></p>',
    )
    tail = ""
    if style == "zhuangao":
        tail = f'<p style="text-align: right;">撰稿：{esc(nm[0])}　摄影：{esc(nm[5])}</p>\n<p style="text-align: right;">审核：{esc(nm[4])}</p>'
    if style == "notice":
        tail = f'<div class="fujian">附件：<a href="/wlj/tzgg/{a.when:%Y%m}/P0{a.x["id"]}.docx">1.报名回执表.docx</a><br /><a href="/wlj/tzgg/{a.when:%Y%m}/P1{a.x["id"]}.pdf">2.活动安排表.pdf</a></div>'
    ed = f"【责任编辑：{esc(a.editors[0])}】" if a.editors else ""
    hot = rank(site, a, "rdxx", 8, ("wl",))
    pn = prev_next(site, a)
    stamp = f"{a.when:%Y-%m-%d %H:%M:%S}" if old else f"{a.when:%Y-%m-%d %H:%M}"
    meta = gov_meta(
        f"{CITY}文化和旅游局",
        "wlj.yunlan.gov.cn",
        "5301000063",
        colname,
        a.title,
        stamp,
        source,
        author,
        a.x["ctx"]["spot"] + ",文化和旅游",
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    if old:
        au = f"　　作者：{esc(author)}" if author else ""
        main = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td height="30" class="dqwz"><font color="#333333">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/wlj/{col}/index.html">{colname}</a></font></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="60" align="center" valign="middle"><font style="font-size:22px;color:#C00000;font-weight:bold;font-family:'黑体'">{esc(a.title)}</font></td></tr>
<tr><td height="30" align="center" bgcolor="#F2F2F2"><font color="#666666">时间：{stamp}　　来源：{esc(source)}{au}　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
<tr><td height="10"></td></tr>
<tr><td class="content" valign="top"><div id="zoom"><font style="font-size:14px;line-height:28px">
{body}
{tail}
</font></div></td></tr>
<tr><td align="right"><font color="#333333">{ed}</font></td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="sxp">{pn}</td></tr>
</table>"""
    else:
        au = f"<span>作者：{esc(author)}</span>" if author else ""
        main = f"""<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/wlj/{col}/index.html">{colname}</a></div>
<div class="wrap clearfix"><div class="xl-left">
<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span>发布时间：{stamp}</span><span>来源：{esc(source)}</span>{au}<span>浏览次数：<em id="hits">--</em></span><span class="zoom">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-con"><div class="TRS_Editor">
{body}
{tail}
</div></div>
<div class="article-editor">{ed}</div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">新浪微博</a><a href="javascript:;" class="qzone">QQ空间</a></div>
<div class="article-btn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="article-pn">{pn}</div>
</div></div>
<div class="xl-right"><div class="box"><div class="hd">热点信息</div><ul>{hot}</ul></div><div class="box"><div class="hd">便民服务</div><ul><li><a href="/about/contact.html">旅游投诉</a></li><li><a href="/about/contact.html">景区预约</a></li><li><a href="/search/index.html?q=旅游">办事指南</a></li><li><a href="/video/index.html">视听文旅</a></li></ul></div></div>
</div>"""
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}_{CITY}文化和旅游局</title>
{meta}
{head_common(rng, "wl")}
</head>
<body>
<div class="topbar"><span>欢迎访问{CITY}文化和旅游局网站！</span><a href="javascript:;">无障碍浏览</a> | <a href="javascript:;">长者模式</a> | <a href="/">手机版</a> | <a href="/about/contact.html">政务微博</a></div>
<div class="header"><a href="/" class="logo"><img src="/images/wlj_logo.png" alt="{CITY}文化和旅游局" /></a><form action="/search/index.html" class="search"><input name="q" placeholder="请输入关键字" /><button type="submit">搜索</button></form></div>
<div class="navbar">{WL_NAV}</div>
{main}
{WL_FOOT}
<script src="/wlj/js/hits.js?id={a.x["id"]}"></script>
</body>
</html>
"""
    return served(page, charset)


# --- 2. 云江省博物馆 (PHPCMS 新闻动态; 2019 pages in GBK named in the meta only) ------------------
BWG_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12">新闻动态</a></li><li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12">展览</a></li><li><a href="/zt/2024/whyc/index.html">社会教育</a></li><li><a href="/video/index.html">数字博物馆</a></li><li><a href="/about/index.html">参观服务</a></li><li><a href="/about/contact.html">联系我们</a></li></ul>'
DEPTS = ["社会教育部", "陈列展览部", "藏品管理部", "文物保护中心", "办公室"]


def bwg_page(site: Site73, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    x, y, p = nm[0], nm[1], nm[5]
    dept = DEPTS[a.i % len(DEPTS)]
    source = dept if style in ("dept", "zg") else "本馆"
    body = body_html(
        a.blocks,
        img='<p style="text-align: center;"><img src="{src}" alt="" /></p>\n<p style="text-align: center;"><span style="font-size: 12px;">{cap}</span></p>',
    )
    if style == "wentu_top":
        body = f'<p style="text-align: center;">文/{esc(x)}　图/{esc(p)}</p>\n{body}'
    elif style == "wen_two":
        body = f'<p style="text-align: center;">文/{esc(x)} {esc(y)}　图/{esc(p)}</p>\n{body}'
    elif style == "wentu_end":
        body = f'{body}\n<p style="text-align: right;">（文/{esc(x)}　图/{esc(p)}）</p>'
    elif style == "zg":
        reviewers = names(random.Random(a.x["id"]), 3)
        body = (
            f"{body}\n<p>撰稿：{esc(x)}</p>\n<p>摄影：{esc(p)}</p>\n<p>编辑：{esc(a.editors[0])}</p>\n"
            f"<p>初审：{reviewers[0]}　复审：{reviewers[1]}　终审：{reviewers[2]}</p>"
        )
    ed = (
        f'<div class="bjs">责任编辑：{esc(a.editors[0])}</div>'
        if a.editors and style != "zg"
        else ""
    )
    news = "".join(li(b) for b in latest(site.of("bwg"))[:8] if b is not a)
    exhibits = "".join(
        f'<li><a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=12"><img src="/uploadfile/zl/{k}.jpg" /><p>{esc(t)}</p><span>展期：2024.0{k + 3}.18—2024.1{k}.31</span></a></li>'
        for k, t in enumerate(
            [
                "江山如画——馆藏历代山水画精品展",
                "青铜之光——云江商周青铜器特展",
                "瓷韵千年——馆藏陶瓷精品展",
            ]
        )
    )
    catid = a.path.split("catid=")[1].split("&")[0]
    pn = prev_next(site, a, "上一篇：", "下一篇：")
    stamp = f"{a.when.year}年{a.when:%m}月{a.when:%d}日" if old else f"{a.when:%Y-%m-%d}"
    if old:
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={catid}">新闻动态</a> &gt; 正文</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="720" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center" height="50"><font size="5" color="#8B0000"><strong>{esc(a.title)}</strong></font></td></tr>
<tr><td align="center" height="28" style="border-bottom:1px dashed #ccc"><font color="#999999">日期：{stamp}　　来源：{esc(source)}　　点击：<script language="javascript" src="/api.php?op=count&amp;id={a.x["id"]}&amp;modelid=1"></script></font></td></tr>
<tr><td style="padding:15px;line-height:26px;font-size:14px"><font face="宋体">
{body}
</font></td></tr>
<tr><td align="right">{ed}</td></tr>
<tr><td>{pn}</td></tr></table></td>
<td width="20"></td><td width="260" valign="top"><table width="100%"><tr><td class="side_t">最新动态</td></tr><tr><td><ul>{news}</ul></td></tr></table></td></tr></table>"""
    else:
        main = f"""<div class="crumbs"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={catid}">新闻动态</a> &gt; 正文</div>
<div class="main clearfix"><div class="main_l">
<div class="article_con">
<h1>{esc(a.title)}</h1>
<div class="tip"><span>发布日期：{stamp}</span><span>来源：{esc(source)}</span><span>浏览次数：<span id="hits"></span></span><span class="fontsize">字号：<a href="javascript:;" onclick="fs(16)">大</a> <a href="javascript:;" onclick="fs(14)">中</a> <a href="javascript:;" onclick="fs(12)">小</a></span></div>
<div class="content" id="Article">
{body}
</div>
{ed}
<div class="pages_next">{pn}</div>
</div></div>
<div class="main_r"><div class="side"><h3>最新动态</h3><ul>{news}</ul></div><div class="side zl"><h3>推荐展览</h3><ul>{exhibits}</ul></div><div class="side"><h3>参观指南</h3><p>开放时间：周二至周日 9:00-17:00（16:00停止入馆），周一闭馆（法定节假日除外）</p><p>预约方式：关注“{PROVINCE}博物馆”微信公众号实名预约</p></div></div>
</div>
<script type="text/javascript" src="/api.php?op=count&amp;id={a.x["id"]}&amp;modelid=1"></script>"""
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)} - 新闻动态 - {PROVINCE}博物馆</title>
<meta name="keywords" content="{PROVINCE}博物馆,{esc(a.x["ctx"]["heritage"])},展览" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head_common(rng, "bwg", 320, 40)}
</head>
<body>
<div class="header"><div class="w1000"><a href="/" class="logo"><img src="/statics/images/bwg_logo.png" alt="{PROVINCE}博物馆" /></a><div class="top_r"><a href="/about/index.html">参观预约</a> | <a href="/">English</a> | <form action="/search/index.html"><input name="q" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="navbar">{BWG_NAV}</div>
{main}
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">法律声明</a></p><p>版权所有：{PROVINCE}博物馆　地址：{CITY}博物馆路1号　咨询电话：0871-65000000</p><p>滇ICP备06000000号　滇公网安备 53010202000001号</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


# --- 3. 云澜山风景名胜区 (a 5A scenic area's WordPress site) --------------------------------------
JQ_UNITS = {"admin": "宣传营销部", "wentu": "景区管委会", "tx": "admin", "two": "宣传营销部"}
JQ_TAGS = [("shanghua", "赏花"), ("yanxue", "研学"), ("feiyi", "非遗"), ("anquan", "安全")]
JQ_NAV = '<ul id="menu-main" class="menu"><li class="menu-item"><a href="/">首页</a></li><li class="menu-item"><a href="/category/jqxw">景区新闻</a></li><li class="menu-item"><a href="/category/jqxw/page/2">景区公告</a></li><li class="menu-item"><a href="/tag/shanghua">赏花季</a></li><li class="menu-item"><a href="/video/index.html">景区视频</a></li><li class="menu-item"><a href="/about/index.html">游览指南</a></li><li class="menu-item"><a href="/about/contact.html">联系我们</a></li></ul>'


def jq_page(site: Site73, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    x, y, p = nm[0], nm[1], nm[5]
    who = x if style == "person" else JQ_UNITS[style]
    fig = (
        '<figure class="wp-block-image size-large"><img src="{src}" alt="" class="wp-image-'
        + str(a.x["id"])
        + '" /><figcaption>{cap}</figcaption></figure>'
    )
    body = body_html(a.blocks, h="<h3>{}</h3>", img=fig)
    closing = {
        "wentu": f"<p>（文/{esc(x)}　图/{esc(p)}）</p>",
        "tx": f"<p>（通讯员 {esc(x)}）</p>",
        "two": f"<p>文/{esc(x)} {esc(y)}</p>",
    }.get(style, "")
    if a.editors:
        closing += f"\n<p>编辑：{esc(a.editors[0])}</p>"
    tag, tagname = JQ_TAGS[a.i % len(JQ_TAGS)]
    rel = rel_list(site, a)
    relbox = (
        f'<div class="yarpp yarpp-related yarpp-template-list"><h3>相关文章：</h3><ol>{rel}</ol></div>'
        if rel
        else ""
    )
    iso = a.when.isoformat()
    mod = a.when.replace(hour=min(23, a.when.hour + 2)).isoformat()
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{site.base}{a.path}#article",
                    "headline": a.title,
                    "datePublished": iso,
                    "dateModified": mod,
                    "author": {"@type": "Person", "name": who},
                    "publisher": {"@type": "Organization", "name": "云澜山风景名胜区"},
                    "articleSection": ["景区新闻"],
                    "inLanguage": "zh-Hans",
                },
                {"@type": "WebSite", "name": "云澜山风景名胜区", "url": site.base + "/"},
            ],
        },
        ensure_ascii=False,
    )
    if old:
        shown = f"{a.when.year}年{a.when.month}月{a.when.day}日"
        head_ld = ""
    else:
        shown = f"{a.when:%Y-%m-%d %H:%M}"
        head_ld = f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n<meta property="article:published_time" content="{iso}" />\n<meta property="article:modified_time" content="{mod}" />'
    recent = "".join(
        f'<li><a href="{href(b)}">{esc(b.title)}</a></li>'
        for b in latest(site.of("jq"))[:6]
        if b is not a
    )
    popular = rank(site, a, "rmwz", 6, ("jq",))
    tags = "".join(f'<a href="/tag/{t}" class="tag-cloud-link">{n}</a>' for t, n in JQ_TAGS)
    pn = prev_next(
        site, a, '<span class="meta-nav">上一篇</span> ', '<span class="meta-nav">下一篇</span> '
    )
    page = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(a.title)} &#8211; 云澜山风景名胜区</title>
<meta name="robots" content="max-image-preview:large" />
<link rel="canonical" href="{site.base}{a.path}" />
<meta property="og:locale" content="zh_CN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:site_name" content="云澜山风景名胜区" />
{head_ld}
<meta name="generator" content="WordPress {"5.1.1" if old else "6.4.3"}" />
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all" />
{head_common(rng, "jq", 340, 45)}
</head>
<body class="post-template-default single single-post postid-{a.x["id"]} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">云澜山风景名胜区</a></p><p class="site-description">国家5A级旅游景区官方网站</p></div>
<nav id="site-navigation" class="main-navigation">{JQ_NAV}</nav>
<div class="header-ticket"><a href="/about/index.html">在线购票</a> <span>咨询热线：0871-66000000</span></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<div class="breadcrumbs"><a href="/">首页</a> » <a href="/category/jqxw">景区新闻</a> » <span class="current">{esc(a.title)}</span></div>
<article id="post-{a.x["id"]}" class="post-{a.x["id"]} post type-post status-publish format-standard has-post-thumbnail hentry category-jqxw tag-{tag}">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">发布时间：<time class="entry-date published" datetime="{iso}">{shown}</time></span><span class="byline"> 作者：<span class="author vcard"><a class="url fn n" href="/category/jqxw">{esc(who)}</a></span></span><span class="cat-links">分类：<a href="/category/jqxw" rel="category tag">景区新闻</a></span><span class="post-views">阅读 {rng.randint(120, 9800)}</span></div>
</header>
<div class="entry-content">
{body}
{closing}
</div>
<footer class="entry-footer"><span class="tags-links">标签：<a href="/tag/{tag}" rel="tag">{tagname}</a></span><div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links">{pn}</div></nav>
{relbox}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表回复</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">您的电子邮箱地址不会被公开。 必填项已用<span class="required">*</span>标注</p><p class="comment-form-comment"><label for="comment">评论 *</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">显示名称 *</label><input id="author" name="author" type="text" /></p><p class="comment-form-email"><label for="email">电子邮箱地址 *</label><input id="email" name="email" type="email" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" action="/search/index.html"><input type="search" name="q" placeholder="搜索…" /><button>搜索</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">最新文章</h2><ul>{recent}</ul></section>
<section class="widget widget_popular"><h2 class="widget-title">热门文章</h2><ul>{popular}</ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2><div class="tagcloud">{tags}</div></section>
<section class="widget widget_text"><h2 class="widget-title">景区公告</h2><div class="textwidget"><p>景区开放时间：旺季 7:30-18:00，淡季 8:00-17:30。</p><p>索道运营时间以现场公告为准。</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>云澜山风景名胜区管理委员会 版权所有 &copy; 2015-{a.when.year}</p><p>滇ICP备15000000号-2　滇公网安备 53010202000002号　咨询/投诉电话：0871-66000000</p><p>Powered by WordPress</p></div></footer>
</div>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>
"""
    return served(page)


# --- 4. 文旅云江 app H5 share pages (2019: the 云江旅游报 e-paper, GB2312) --------------------------
def app_page(site: Site73, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return epaper_page(site, a)
    rng = page_rng(site.seed, a.path)
    style, nm = a.x["style"], a.x["nm"]
    x, y, p = nm[0], nm[1], nm[5]
    source = [f"{CITY}文化和旅游局", "云澜日报"][a.i % 2] if style == "source" else "文旅云江"
    who = {"jz": f"记者：{x}", "jz2": f"记者：{x} {y}"}.get(style, "")
    body = body_html(
        a.blocks,
        h="<p><strong>{}</strong></p>",
        img='<p class="img"><img src="{src}" data-src="{src}" /></p>\n<p class="img-desc">{cap}</p>',
    )
    if style == "wen":
        body = f"<p>文/{esc(x)}　图/{esc(p)}</p>\n{body}"
    if len(a.editors) == 2:
        ed = f"编辑：{esc(a.editors[0])}　责编：{esc(a.editors[1])}　审核：{esc(nm[4])}"
    else:
        ed = f"责编：{esc(a.editors[0])}"
    yin = f'<p class="yinti">{esc(a.x["yin"])}</p>' if a.x["yin"] else ""
    sub = f'<p class="futi">{esc(a.x["sub"])}</p>' if a.x["sub"] else ""
    rel = "".join(
        f'<li><a href="{href(site.by_path[q])}"><div class="t">{esc(site.by_path[q].title)}</div><div class="s">文旅云江 {site.by_path[q].when:%m-%d}</div></a></li>'
        for q in a.related
    )
    relbox = (
        f'<div class="related"><div class="hd">相关阅读</div><ul>{rel}</ul></div>' if rel else ""
    )
    hot = rank(site, a, "rmtj", 6, ("app", "jq", "wl"))
    state = {
        "article": {
            "newsId": a.x["id"],
            "title": a.title,
            "subTitle": a.x["sub"],
            "source": source,
            "author": who.removeprefix("记者："),
            "publishTime": int(a.when.timestamp() * 1000),
            "content": body,
            "readCount": rng.randint(1000, 90000),
            "shareUrl": site.base + a.path,
        },
        "config": {"appName": "文旅云江", "download": "/h5/download.html"},
    }
    js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(a.title)}_文旅云江</title>
<meta name="description" content="{esc(trunc(a.paras[0], 60))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="/h5/static/share_logo.png">
{head_common(rng, "app", 300, 50)}
</head>
<body>
<div id="app">
<div class="download-bar"><img src="/h5/static/logo.png" class="logo"><div class="txt"><b>文旅云江</b><span>打开APP，阅读体验更佳</span></div><a class="open-btn" href="/h5/download.html">打开</a></div>
<div class="article">
{yin}
<h1 class="title">{esc(a.title)}</h1>
{sub}
<div class="meta"><span class="source">{esc(source)}</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span></div>
{f'<div class="author">{esc(who)}</div>' if who else ""}
<div class="content">
{body}
</div>
<p class="editor">{ed}</p>
<div class="statement">本文为文旅云江原创稿件，未经授权不得转载。</div>
<div class="read-count">阅读 {rng.randint(2, 98)}.{rng.randint(1, 9)}万　<span class="like">点赞 {rng.randint(10, 900)}</span></div>
</div>
{relbox}
<div class="hot"><div class="hd">热门推荐</div><ul>{hot}</ul></div>
<div class="comment"><div class="hd">评论</div><p class="empty">暂无评论，<a href="/h5/download.html">打开APP</a>抢沙发</p></div>
<div class="open-app-btn"><a href="/h5/download.html">打开文旅云江APP，查看更多精彩内容</a></div>
<div class="footer">{PROVINCE}文旅传媒集团有限公司　滇ICP备18000000号-3　互联网新闻信息服务许可证：53120180000</div>
</div>
<script>window.__INITIAL_STATE__={js};</script>
<script src="/h5/static/js/chunk-vendors.{rng.getrandbits(32):08x}.js"></script>
</body>
</html>
"""
    return served(page)


def epaper_page(site: Site73, a: Art) -> tuple[bytes, str]:
    """A 2019 云江旅游报 e-paper story (Founder-style ``content_N.htm`` in GB2312)."""
    rng = page_rng(site.seed, a.path)
    style, nm = a.x["style"], a.x["nm"]
    body = body_html(
        a.blocks,
        p="<P>{}</P>",
        h="<P><B>{}</B></P>",
        img='<table align="center"><tr><td><img src="{src}" /></td></tr><tr><td class="explain">{cap}</td></tr></table>',
    )
    by = f"本报记者 {nm[0]} {nm[1]}" if style != "lead_t" else ""
    day = f"{a.when:%Y-%m/%d}"
    others = [b for b in site.of("app") if b.x["old"] and b is not a]
    same = "".join(f'<tr><td><a href="{href(b)}">{esc(b.title)}</a></td></tr>' for b in others)
    page_no = f"A{2 + a.i % 3}"
    page = f"""<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>云江旅游报数字报-{esc(a.title)}</TITLE>
<meta name="founder-date" content="{a.when:%Y-%m-%d}">
{head_common(rng, "ep", 300, 40)}
</HEAD>
<BODY leftMargin="0" topMargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td><img src="/epaper/images/masthead.gif" alt="云江旅游报"></td><td align="right"><a href="/epaper/index.html">往期回顾</a> | <a href="/epaper/html/{day}/node_2.htm">版面导航</a> | <a href="/">文旅云江首页</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="330" valign="top"><table width="100%"><tr><td class="bmdh">第{page_no}版：文旅新闻</td></tr><tr><td><img src="/epaper/images/{a.when:%Y%m%d}/page_{page_no}.jpg" width="320" usemap="#PagePicMap"></td></tr>
<tr><td class="bt">本版标题导航</td></tr>{same}</table></td>
<td width="20"></td>
<td width="650" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="yinti"><font color="#333333">{esc(a.x["yin"])}</font></td></tr>
<tr><td align="center" height="40"><font style="font-size:24px;font-weight:bold" color="#000000">{esc(a.title)}</font></td></tr>
<tr><td align="center" class="futi"><font color="#333333">{esc(a.x["sub"].replace("—", "―"))}</font></td></tr>
<tr><td align="center"><font color="#333333">{esc(by)}</font></td></tr>
<tr><td height="24" align="center" class="date"><font color="#666666">{a.when.year}年{a.when:%m}月{a.when:%d}日　第{page_no}版：文旅新闻</font></td></tr>
<tr><td><div id="ozoom" style="font-size:14px;line-height:26px"><founder-content>
{body}
</founder-content></div></td></tr>
<tr><td align="right"><font color="#666666">责任编辑：{esc(a.editors[0])}</font></td></tr>
<tr><td align="center"><a href="/epaper/html/{day}/node_2.htm">返回本版</a>　<a href="/epaper/index.html">往期回顾</a>　<a href="javascript:window.print()">打印本文</a></td></tr>
</table></td></tr></table>
<table width="1000" align="center"><tr><td align="center" class="foot">云江旅游报社 版权所有　未经书面授权不得复制或建立镜像　滇ICP备18000000号-3</td></tr></table>
</BODY>
</HTML>
"""
    return served(page, "gb2312")


# --- 5. 青溪县旅游网 (动易-style ASP CMS, GBK) ----------------------------------------------------
XIAN_SOURCES = ["本站原创", f"{COUNTY}融媒体中心", "云澜日报", f"{COUNTY}文化和旅游局"]


def xian_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "one": nm[0],
        "two": f"{nm[0]}、{nm[1]}",
        "anon": "佚名",
        "unit": "县文旅局",
        "tx": f"通讯员 {nm[0]}",
        "mixed": f"{nm[0]} 通讯员 {nm[1]}",
    }[style]


def xian_page(site: Site73, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    author = xian_author(a)
    source = XIAN_SOURCES[a.i % len(XIAN_SOURCES)]
    stamp = f"{a.when.year}-{a.when.month}-{a.when.day}" + ("" if old else f" {a.when:%H:%M:%S}")
    body = body_html(
        a.blocks,
        p="<P>　　{}</P>",
        h="<P><STRONG>　　{}</STRONG></P>",
        img='<P align="center"><IMG src="{src}" border="0" onload="if(this.width>600)this.width=600"></P>\n<P align="center">{cap}</P>',
    )
    ed = f'<P align="right">【责任编辑：{esc(a.editors[0])}】</P>' if a.editors else ""
    rel = "".join(
        f'<li><a href="{href(site.by_path[q])}" title="{esc(site.by_path[q].title)}">{esc(site.by_path[q].title)}</a>（{site.by_path[q].when.month}-{site.by_path[q].when.day}）</li>'
        for q in a.related
    )
    rel_html = f"<ul>{rel}</ul>" if rel else "没有相关文章"
    hot = rank(site, a, "zxrm", 10, ("xian",))
    tj = rank(site, a, "zxtj", 8, ("xian", "jq"))
    pn = prev_next(site, a, "上一篇文章：", "下一篇文章：")
    charset = "gb2312"
    comments = "".join(
        f'<tr><td class="cmt_t">网友：{w}　评论时间：{a.when.year}-{a.when.month}-{min(28, a.when.day + k + 1)}</td></tr><tr><td class="cmt_c">{c}</td></tr>'
        for k, (w, c) in enumerate(
            [("游客", "风景真不错，周末带家人去看看！"), ("匿名", "希望停车场再扩大一些。")][
                : rng.randint(0, 2)
            ]
        )
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}_{COUNTY}旅游网</title>
<meta name="keywords" content="{COUNTY},旅游,{esc(a.x["ctx"]["spot"])}">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
{head_common(rng, "xian", 320, 45)}
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg"><tr><td width="300"><a href="/"><img src="/Images/logo.gif" border="0" alt="{COUNTY}旅游网"></a></td><td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a> | <a href="javascript:window.external.addFavorite('/','{COUNTY}旅游网')">加入收藏</a> | <a href="/about/contact.html">联系我们</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="menu_bg"><tr><td align="center"><a href="/">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=3">旅游资讯</a> | <a href="/Article/ShowClass.asp?ClassID=3&amp;page=2">县内动态</a> | <a href="/about/index.html">景点介绍</a> | <a href="/zt/2024/whyc/index.html">旅游线路</a> | <a href="/video/index.html">图片欣赏</a> | <a href="/about/contact.html">留言本</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="main_shadow">您现在的位置：&nbsp;<a href="/">{COUNTY}旅游网</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/ShowClass.asp?ClassID=3">旅游资讯</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border">
<tr><td class="main_ArticleTitle" align="center"><font style="font-size:20px"><b>{esc(a.title)}</b></font></td></tr>
<tr><td class="Article_tdbgall" align="center">作者：{esc(author)}　　文章来源：{esc(source)}　　点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={a.x["id"]}"></script>　　更新时间：{stamp}</td></tr>
<tr><td height="10"></td></tr>
<tr><td id="fontzoom" class="main_ArticleContent" style="font-size:14px;line-height:25px">
{body}
{ed}
</td></tr>
<tr><td align="right">【<a href="/about/contact.html">发表评论</a>】【<a href="javascript:window.external.addFavorite()">加入收藏</a>】【<a href="/about/contact.html">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td class="Article_tdbgall">{pn}</td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border"><tr><td class="title_maintxt">相关文章</td></tr><tr><td class="listbg">{rel_html}</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="border"><tr><td class="title_maintxt">网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>{comments or "<tr><td>没有任何评论</td></tr>"}</table>
</td><td width="10"></td><td width="270" valign="top">
<table width="100%" class="border"><tr><td class="title_righttxt">最新热门</td></tr><tr><td><ul>{hot}</ul></td></tr></table>
<table width="100%" class="border"><tr><td class="title_righttxt">最新推荐</td></tr><tr><td><ul>{tj}</ul></td></tr></table>
<table width="100%" class="border"><tr><td class="title_righttxt">旅游咨询</td></tr><tr><td>旅游咨询电话：0871-67000000<br>旅游投诉电话：12345</td></tr></table>
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_bg"><tr><td align="center">主办单位：{COUNTY}文化和旅游局　技术支持：{COUNTY}信息中心<br>Copyright &copy; 2006-{a.when.year} {COUNTY}旅游网 All Rights Reserved　滇ICP备07000000号　滇公网安备 53010202000003号</td></tr></table>
</body>
</html>
"""
    return served(page, charset, header=not old)


PAGES = {"wl": wl_page, "bwg": bwg_page, "jq": jq_page, "app": app_page, "xian": xian_page}


def register(site: Site73) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
