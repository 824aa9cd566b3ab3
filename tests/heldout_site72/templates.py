"""Site 72's article pages: 科技日报's news site (◎本报记者 byline lines, 科技日报北京5月8日电
datelines, 2019 pages in GBK tables), 中国科学报's paper pages (作者/来源/发布时间 line, 2019 pages in
GB2312 named in the meta only), 科学网's news pages ("科学网—headline", 来源/作者/发布时间 line,
【字体：大 中 小】, 相关新闻 beside 一周新闻排行), 中国科普网 (科普时报 bylines, 责任编辑) and a
中科院-style 科学传播 channel (文/X, 图/Y, 审核, the day only)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site72


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site72, a: Art, key: str, k: int = 10, tpls: tuple[str, ...] = ()) -> str:
    """A most-read box: stories the page's script ranks (never the related ones by choice)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if (b.tpl in tpls or not tpls) and b is not a]
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def rel_list(site: Site72, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 330, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s72' + tpl)}</script>"


def img_html(b: Block, sep: str = "　") -> str:
    cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
    return f'<p style="text-align: center;"><img src="{b.src}" alt="" /></p>\n<p style="text-align: center;">{cap}</p>'


def paras(blocks: list[Block], indent: str = "　　", sep: str = "　") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{indent}{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{indent}{esc(b.text)}</strong></p>")
        else:
            out.append(img_html(b, sep))
    return "\n".join(out)


# --- 1. 科技日报 (stdaily-style; 2019 pages in GBK) --------------------------------------------
KJ_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/index/kejixinwen/index.shtml">科技新闻</a></li><li><a href="/kjrb/calendar/index.html">科技日报电子版</a></li><li><a href="/zt/2024/kjz/index.html">专题</a></li><li><a href="/video/index.html">视频</a></li><li><a href="/kpzx/kpsb/index.html">科普</a></li><li><a href="/htmlnews/list_1.shtm">科学网</a></li><li><a href="/about/index.html">关于我们</a></li></ul>'


def kj_byline(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    mark = "" if a.x["old"] else "◎"
    return {
        "byline": f"{mark}本报记者 {nm[0]}",
        "byline_two": f"{mark}本报记者 {nm[0]} {nm[2]}",
        "byline_t": f"{mark}本报记者 {nm[0]} 通讯员 {nm[1]}",
    }.get(style, "")


def kj_page(site: Site72, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    by = kj_byline(a)
    body = paras(a.blocks)
    if by:
        body = f'<p style="text-align: center;">{esc(by)}</p>\n{body}'
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><div class="tit">相关新闻</div><ul>{rel}</ul></div>' if rel else ""
    hot = rank(site, a, "rdph", 10, ("kj", "kb", "kx"))
    paper = "".join(
        f'<li><a href="/kjrb/calendar/{d}.html">第{k}版：{t}</a></li>'
        for k, (d, t) in enumerate(
            [
                (f"{a.when:%Y-%m-%d}", "要闻"),
                (f"{a.when:%Y-%m-%d}", "综合新闻"),
                (f"{a.when:%Y-%m-%d}", "国际"),
            ],
            1,
        )
    )
    if old:
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="weizhi">您的位置：<a href="/">首页</a> &gt; <a href="/index/kejixinwen/index.shtml">科技新闻</a> &gt; 正文</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="690" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="bt"><h1>{esc(a.title)}</h1></td></tr>
<tr><td align="center" class="ly">发布时间：{a.when:%Y年%m月%d日 %H:%M}　来源：科技日报　<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></td></tr>
<tr><td class="nr"><div id="zoom">
{body}
</div></td></tr>
<tr><td align="right" class="zb">责任编辑：{esc(a.editors[0])}</td></tr>
</table>
{relbox}
</td><td width="20"></td><td width="290" valign="top"><div class="right"><h3>热点排行</h3><ol>{hot}</ol></div><div class="right"><h3>今日报纸</h3><ul>{paper}</ul></div></td></tr></table>"""
    else:
        main = f"""<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/index/kejixinwen/index.shtml">科技新闻</a></div>
<div class="wrap clearfix"><div class="left">
<div class="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="source">来源：科技日报</span><span class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></span></div>
<div class="content" id="zoom">
{body}
</div>
<div class="editor">责任编辑：{esc(a.editors[0])}</div>
<div class="copyright"><p>版权声明：凡本网注明“来源：中国科技网或中国科技网-科技日报”的所有作品，版权均属于中国科技网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p></div>
</div>
{relbox}
</div>
<div class="right"><div class="box"><div class="tit">热点排行</div><ol>{hot}</ol></div><div class="box"><div class="tit">科技日报今日版面</div><ul>{paper}</ul></div><div class="box"><div class="tit">视频</div><ul><li><a href="/video/index.html">科技视界</a></li><li><a href="/video/index.html">院士讲科学</a></li></ul></div></div>
</div>"""
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}_中国科技网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["field"])},科技日报" />
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
{head_common(rng, "kj")}
</head>
<body>
<div class="top"><div class="w1000"><a href="/" class="logo"><img src="/images/logo.png" alt="中国科技网" /></a><form action="/search/index.html" class="search"><input name="q" /><button>搜索</button></form></div></div>
<div class="navbar">{KJ_NAV}</div>
{main}
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">版权声明</a></p><p>科技日报社 版权所有 &copy; {a.when.year}　京ICP备00000000号　互联网新闻信息服务许可证：00000000000</p></div>
</body>
</html>
"""
    return served(page, charset)


# --- 2. 中国科学报 (paper pages on the sciencenet CMS; 2019 pages in GB2312, meta only) -----------
SN_NAV = '<div class="nav"><a href="/">首页</a> | <a href="/htmlnews/list_1.shtm">新闻</a> | <a href="/htmlpaper/list_1.shtm">中国科学报</a> | <a href="/kjrb/calendar/index.html">往期报纸</a> | <a href="/zt/2024/kjz/index.html">专题</a> | <a href="/tag/rgzn.html">人工智能</a> | <a href="/search/index.html?q=科学">搜索</a> | <a href="/about/index.html">关于我们</a></div>'


def sn_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    if style == "office":
        return a.x["inst"]
    if style in ("one", "lead_t"):
        return nm[0]
    if style == "two":
        return f"{nm[0]} {nm[2]}"
    return ""


def kb_page(site: Site72, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    author = sn_author(a)
    rel = rel_list(site, a, "%Y-%m-%d")
    relbox = (
        f'<table width="100%" class="xgxw"><tr><td class="t">相关新闻</td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
        if rel
        else ""
    )
    hot = rank(site, a, "yzph", 10, ("kb", "kx"))
    ed = f"<p>编辑：{esc(a.editors[0])}</p>" if a.editors else ""
    page_no = 1 + a.i % 4
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if old else "utf-8"}">
<title>{esc(a.title)}-中国科学报社</title>
<meta name="keywords" content="{esc(a.x["ctx"]["field"])}">
{head_common(rng, "kb", 320, 40)}
</head>
<body>
<div class="top"><a href="/"><img src="/images/kxb_logo.gif" alt="中国科学报"></a></div>
{SN_NAV}
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/htmlpaper/list_1.shtm">中国科学报</a> &gt;&gt; 正文</td></tr>
<tr><td align="center"><h1 class="atitle">{esc(a.title)}</h1></td></tr>
<tr><td align="center" class="ainfo">{f"作者：{esc(author)} " if author else ""}来源：中国科学报 发布时间：{a.when.year}/{a.when.month}/{a.when.day} {a.when:%H:%M:%S}</td></tr>
<tr><td align="right">选择字号：<a href="javascript:size(12)">小</a> <a href="javascript:size(14)">中</a> <a href="javascript:size(16)">大</a></td></tr>
<tr><td><div id="content1">
{paras(a.blocks)}
{ed}
</div></td></tr>
<tr><td class="paper">《中国科学报》 ({a.when:%Y-%m-%d} 第{page_no}版 {["要闻", "综合", "前沿", "视点"][page_no - 1]})</td></tr>
<tr><td><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a> <a href="javascript:;">发E-mail给</a></td></tr>
</table>
{relbox}
</td><td width="20"></td><td width="280" valign="top"><table width="100%" class="phb"><tr><td class="t">一周新闻排行</td></tr><tr><td><ul>{hot}</ul></td></tr></table>
<table width="100%" class="phb"><tr><td class="t">一周新闻评论排行</td></tr><tr><td><ul>{rank(site, a, "plph", 8, ("kx",))}</ul></td></tr></table></td></tr></table>
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>中国科学报社 版权所有　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page, "gb2312" if old else "utf-8", header=not old)


# --- 3. 科学网 news (科学网—headline; 2019 pages in GBK) -------------------------------------------
KX_SOURCES = {"none": "新华社", "office": "中国科学报"}


def kx_page(site: Site72, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style = a.x["old"], a.x["style"]
    author = sn_author(a)
    source = KX_SOURCES.get(style, ["中国科学报", "科学网", "科技日报"][a.i % 3])
    rel = rel_list(site, a, "%Y-%m-%d")
    relbox = f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    hot = rank(site, a, "yzph", 10, ("kx", "kb"))
    hot2 = rank(site, a, "plph", 8, ("kx", "kb"))
    au = f"作者：{esc(author)} " if author else ""
    stamp = f"{a.when.year}/{a.when.month}/{a.when.day} {a.when:%H:%M:%S}"
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>科学网—{esc(a.title)}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
{head_common(rng, "kx", 330, 45)}
</head>
<body>
<div class="top"><a href="/"><img src="/images/logo.gif" alt="科学网" /></a> <a href="/htmlnews/list_1.shtm">新闻</a> <a href="/">博客</a> <a href="/">论坛</a> <a href="/search/index.html?q=科学">搜索</a></div>
{SN_NAV}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="690" valign="top">
<div class="weizhi">当前位置：<a href="/">科学网首页</a> &gt; <a href="/htmlnews/list_1.shtm">新闻</a> &gt; 正文</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" style="font-size:22px;font-weight:bold;">{esc(a.title)}</td></tr>
<tr><td align="left" style="color:#666;">{au}来源：{source} 发布时间：{stamp}</td></tr>
<tr><td align="right">【字体：<a href="javascript:fontsize(18)">大</a> <a href="javascript:fontsize(16)">中</a> <a href="javascript:fontsize(14)">小</a>】</td></tr>
<tr><td><div id="content1">
{paras(a.blocks, "", "　")}
</div></td></tr>
<tr><td style="font-size:12px;color:#999;">版权声明：凡本网注明“来源：中国科学报、科学网、科学新闻杂志”的所有作品，网站转载，请在正文上方注明来源和作者，且不得对内容作实质性改动；微信公众号、头条号等新媒体平台，转载请联系授权。邮箱：shouquan@stimes.cn。</td></tr>
<tr><td style="font-size:12px;color:#999;">特别声明：本文转载仅仅是出于传播信息的需要，并不意味着代表本网站观点或证实其内容的真实性。</td></tr>
<tr><td><a href="javascript:window.print()">打印</a> <a href="javascript:;">发E-mail给</a></td></tr>
</table>
{relbox}
</td><td width="20"></td><td width="290" valign="top"><div class="phb"><h3>一周新闻排行</h3><ol>{hot}</ol></div><div class="phb"><h3>一周新闻评论排行</h3><ol>{hot2}</ol></div><div class="phb"><h3>编辑部推荐博文</h3><ul><li><a href="/">科研路上的那些坑</a></li><li><a href="/">如何写好基金申请书</a></li><li><a href="/">一个青椒的自白</a></li></ul></div></td></tr></table>
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站声明</a></p><p>Copyright &copy; 2007-{a.when.year} 中国科学报社 All Rights Reserved　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page, charset)


# --- 4. 中国科普网 (科普时报 stories) ------------------------------------------------------------
KP_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/kpzx/kpsb/index.html">科普时报</a></li><li><a href="/kpzx/kpsb/index_1.html">科普资讯</a></li><li><a href="/video/index.html">科普视频</a></li><li><a href="/zt/2024/kjz/index.html">科技活动周</a></li><li><a href="/tag/rgzn.html">人工智能</a></li></ul>'


def kp_page(site: Site72, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm = a.x["old"], a.x["style"], a.x["nm"]
    x, y = nm[0], nm[1]
    au = {"author": x, "author_t": f"{x} 通讯员 {y}"}.get(style, "")
    top = {"kpsb": f"科普时报记者 {x}", "wen": f"文/{x}"}.get(style, "")
    body = paras(a.blocks, "", "　")
    if top:
        body = f"<p>{esc(top)}</p>\n{body}"
    rel = rel_list(site, a, "%m-%d")
    relbox = f'<div class="xgyd"><h4>相关阅读</h4><ul>{rel}</ul></div>' if rel else ""
    hot = rank(site, a, "rmwz", 8, ("kp", "cb"))
    stamp = f"{a.when:%Y-%m-%d}" if old else f"{a.when:%Y-%m-%d %H:%M}"
    info = f"来源：科普时报　{f'作者：{esc(au)}　' if au else ''}发布时间：{stamp}"
    if old:
        main = f"""<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="680" valign="top">
<table width="100%"><tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/kpzx/kpsb/index.html">科普时报</a></td></tr>
<tr><td align="center"><h2>{esc(a.title)}</h2></td></tr>
<tr><td align="center" class="info">{info}</td></tr>
<tr><td class="TRS_Editor">
{body}
</td></tr>
<tr><td align="right">【责任编辑：{esc(a.editors[0])}】</td></tr></table>
{relbox}
</td><td width="300" valign="top"><h4>热门文章</h4><ul>{hot}</ul></td></tr></table>"""
    else:
        main = f"""<div class="container"><div class="main-l">
<div class="bread"><a href="/">首页</a> &gt; <a href="/kpzx/kpsb/index.html">科普时报</a> &gt; 正文</div>
<div class="art">
<h1>{esc(a.title)}</h1>
<div class="art-info">{info}<span class="fx">分享：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></span></div>
<div class="art-body TRS_Editor">
{body}
</div>
<div class="art-zb">责任编辑：{esc(a.editors[0])}</div>
</div>
{relbox}
</div>
<div class="main-r"><div class="box"><h4>热门文章</h4><ol>{hot}</ol></div><div class="box"><h4>科普视频</h4><ul><li><a href="/video/index.html">“天宫课堂”精彩回顾</a></li><li><a href="/video/index.html">一分钟了解量子计算</a></li><li><a href="/video/index.html">夏季防溺水安全常识</a></li></ul></div><div class="box"><h4>推荐</h4><ul>{rank(site, a, "tj", 6, ("kj",))}</ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}--中国科普网</title>
<meta name="keywords" content="科普,{esc(a.x["ctx"]["field"])}">
{head_common(rng, "kp", 330, 45)}
</head>
<body>
<div class="header"><a href="/" class="logo"><img src="/images/kepu_logo.png" alt="中国科普网"></a><div class="search"><form action="/search/index.html"><input name="q"><button>搜索</button></form></div></div>
<div class="navbar">{KP_NAV}</div>
{main}
<div class="footer"><p>主办：科普时报社　中国科普网 版权所有　<a href="/about/contact.html">联系我们</a></p><p>京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 5. 中科院-style 科学传播 (文/X, 图/Y, 审核; the day only) ------------------------------------
CB_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/kxcb/index.html">科学传播</a></li><li><a href="/kxcb/kpwz/index.html">科普文章</a></li><li><a href="/video/index.html">科普视频</a></li><li><a href="/zt/2024/kjz/index.html">专题</a></li><li><a href="/about/index.html">关于我们</a></li></ul>'


def cb_page(site: Site72, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style, nm, inst = a.x["old"], a.x["style"], a.x["nm"], a.x["inst"]
    x, z = nm[0], nm[2]
    top = {"wen": f"文/{x}", "wen_two": f"文/{x} {z}"}.get(style, f"作者：{x}（{inst}）")
    out = [
        f'<p style="text-align: right;">{esc(top)}</p>'
        if style == "affil"
        else f"<p>{esc(top)}</p>"
    ]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: center;"><img src="{b.src}" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
            if b.credit:
                out.append(f'<p style="text-align: center;">{esc(b.credit)}</p>')
    closing = f"<p>审核：{esc(nm[4])}</p>" + (
        f"<p>责任编辑：{esc(a.editors[0])}</p>" if a.editors else ""
    )
    body = "\n".join(out) + "\n" + closing
    source = inst.replace("中国科学院", "") if inst.startswith("中国科学院") else inst
    latest_box = "".join(li(b) for b in latest(site.of("cb"))[:7] if b is not a)
    if old:
        main = f"""<table width="1000" align="center"><tr><td class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/kxcb/index.html">科学传播</a> &gt; <a href="/kxcb/kpwz/index.html">科普文章</a></td></tr>
<tr><td align="center" class="xltitle">{esc(a.title)}</td></tr>
<tr><td align="center" class="xlly">{a.when:%Y-%m-%d}　|　来源：{esc(source)}　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td class="xlnr"><div class="TRS_Editor">
{body}
</div></td></tr></table>"""
    else:
        main = f"""<div class="xl-wz">当前位置：<a href="/">首页</a> &gt; <a href="/kxcb/index.html">科学传播</a> &gt; <a href="/kxcb/kpwz/index.html">科普文章</a></div>
<div class="xl-main clearfix"><div class="xl-left">
<h2 class="xl-title">{esc(a.title)}</h2>
<div class="xl-info"><span>来源：{esc(source)}</span><span>发布时间：{a.when:%Y-%m-%d}</span><span>【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="xl-con TRS_Editor">
{body}
</div>
</div>
<div class="xl-right"><div class="box"><h3>最新文章</h3><ul>{latest_box}</ul></div><div class="box"><h3>热门推荐</h3><ul>{rank(site, a, "rmtj", 6, ("kp", "cb"))}</ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}----中国科学院</title>
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
{head_common(rng, "cb", 330, 45)}
</head>
<body>
<div class="header"><a href="/"><img src="/images/cas_logo.png" alt="中国科学院" /></a><form action="/search/index.html"><input name="q" /><input type="submit" value="搜索" /></form></div>
<div class="navbar">{CB_NAV}</div>
{main}
<div class="footer"><p>&copy; 1996 - {a.when.year} 中国科学院 版权所有　京ICP备00000000号　<a href="/about/contact.html">联系我们</a></p><p>地址：北京市西城区三里河路52号　邮编：100864</p></div>
</body>
</html>
"""
    return served(page)


PAGES = {"kj": kj_page, "kb": kb_page, "kx": kx_page, "kp": kp_page, "cb": cb_page}


def register(site: Site72) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
