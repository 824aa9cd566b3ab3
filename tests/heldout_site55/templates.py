"""Site 55's article pages: the 新闻中心 (UTF-8, "headline_临江新闻网", 2019 "headline--临江新闻网"),
the 区县频道 on an older TRS-style CMS in GBK (table layout, "headline - 江北区新闻 - 临江新闻网"),
the 临江日报 e-paper's Founder ``content_123.htm`` pages (引题/主题/副题, the edition day), the
繁體 channel in Big5 (記者X／報導, 責任編輯) and the English channel ("By NAME", "Updated:")."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
import zlib
from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site55

SITE = "临江新闻网"
LABELS = {
    "xw": "新闻中心",
    "qx": "区县频道",
    "ep": "临江日报数字报",
    "tw": "繁體版",
    "en": "English",
}
WEEK = "一二三四五六日"
TW_WEEK = "一二三四五六日"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def pick(site: Site55, a: Art, k: int, key: str, same: bool = False) -> list[Art]:
    """Other stories of the site (or of the channel) for a most-read or hot box."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in (site.of(a.tpl) if same else site.arts) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def rank(site: Site55, a: Art, key: str, k: int = 10, same: bool = False) -> str:
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></li>'
        for n, b in enumerate(pick(site, a, k, key, same), 1)
    )


def head_common(rng: random.Random, tpl: str, n_css: int = 300, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s55' + tpl)}</script>"


def nav() -> str:
    return (
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/yw/index.shtml">临江要闻</a></li>'
        '<li><a href="/qxpd/index.html">区县</a></li><li><a href="/epaper/calendar.htm">数字报</a></li>'
        '<li><a href="/zt/2024/csgx/index.shtml">专题</a></li><li><a href="/photo/index.shtml">图片</a></li>'
        '<li><a href="/big5/xw/">繁體</a></li><li><a href="/en/news/">English</a></li></ul>'
    )


def footer(year: int) -> str:
    return (
        '<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.shtml">联系我们</a> | '
        '<a href="/about/copyright.shtml">版权声明</a> | <a href="/about/jubao.shtml">违法和不良信息举报</a></p>'
        f"<p>临江新闻网版权所有 未经书面授权禁止使用 Copyright &copy; 2008-{year} www.ljnews.cn All Rights Reserved</p>"
        "<p>互联网新闻信息服务许可证：00000000000 增值电信业务经营许可证：X ICP证000000号 X公网安备 00000000000000号</p></div>"
    )


def comment_box(label: str = "网友评论") -> str:
    return (
        f'<div class="comment"><h3>{label}</h3><form action="/comment/post.php" method="post">'
        '<textarea name="content" placeholder="文明上网，理性发言"></textarea><input type="text" name="nick" placeholder="昵称">'
        '<button type="submit">发表评论</button></form><div class="cmt-list"><p class="empty">暂无评论，快来抢沙发吧！</p></div>'
        '<p class="tips">请遵守《互联网新闻信息服务管理规定》，网友评论仅供其表达个人看法，并不表明本网同意其观点。</p></div>'
    )


def share_bar(zh: bool = True) -> str:
    if not zh:
        return '<div class="share"><span>Share:</span><a class="fb" href="javascript:;">Facebook</a><a class="tw" href="javascript:;">X</a><a class="wb" href="javascript:;">Weibo</a><a class="wx" href="javascript:;">WeChat</a></div>'
    return '<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a><a href="javascript:window.print();">打印</a><a href="javascript:window.close();">关闭</a></div>'


def img_html(b: Block, credit_sep: str = "　", cls: str = "pic") -> str:
    cap = esc(b.text) + (f"{credit_sep}{esc(b.credit)}" if b.credit else "")
    return f'<p style="text-align: center;"><img src="{b.src}" alt="" border="0"></p>\n<p class="{cls}" style="text-align: center;">{cap}</p>'


def paras(blocks: list[Block], indent: str = "", h: str = "strong", credit_sep: str = "　") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{indent}{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><{h}>{esc(b.text)}</{h}></p>")
        else:
            out.append(img_html(b, credit_sep))
    return "\n".join(out)


# --- 1. 新闻中心 (UTF-8) -------------------------------------------------------------------------
XW_SOURCES = ["临江日报", "临江晚报", "临江新闻网", "临江日报"]


def xw_page(site: Site55, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y = nm[0], nm[1]
    author = {
        "jt": f"记者 {x} 通讯员 {y}",
        "two": f"记者 {x} {y}",
        "plain": x,
    }.get(style, "")
    source = XW_SOURCES[a.i % 4]
    byline = f"<p>文/{esc(x)}　图/{esc(y)}</p>\n" if style == "wentu" else ""
    rel = "".join(li(site.by_path[p], "%m-%d") for p in a.related)
    pics = "".join(
        f'<li><a href="{b.path}"><img src="/img/thumb/{zlib.crc32(b.path.encode()) % 9999}.jpg" alt=""><p>{esc(trunc(b.title, 14))}</p></a></li>'
        for b in pick(site, a, 4, "pic")
    )
    body = paras(a.blocks)
    if old:
        main = f"""<div class="path">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/yw/index.shtml">临江要闻</a></div>
<div class="article_title"><h2>{esc(a.title)}</h2></div>
<div class="article_info">时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{source}{"　作者：" + esc(author) if author else ""}　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="article_content" id="zoom">
{byline}{body}
</div>
<div class="article_editor">（责任编辑：{esc(a.editors[0])}）</div>
{share_bar()}
<div class="xgxw"><div class="tt">相关新闻</div><ul>{rel}</ul></div>"""
        title = f"{esc(a.title)}--{SITE}"
    else:
        au = f'<span class="author">作者：{esc(author)}</span>' if author else ""
        main = f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/yw/index.shtml">临江要闻</a></div>
<div class="art-main">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info"><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：{source}</span>{au}<span class="hits">阅读：<em id="hits_{a.x["id"]}">--</em></span></div>
{share_bar()}
<div class="art-content" id="artContent">
{byline}{body}
</div>
<div class="art-editor">责任编辑：{esc(a.editors[0])}</div>
<div class="art-tags">标签：<a href="/news/tag/csgx.shtml">城市更新</a> <a href="/news/tag/csgx.shtml">{esc(a.x["ctx"]["topic"])}</a></div>
<div class="pre-next"><p>上一篇：<a href="{pick(site, a, 1, "prev", True)[0].path}">{esc(pick(site, a, 1, "prev", True)[0].title)}</a></p><p>下一篇：<a href="{pick(site, a, 1, "next", True)[0].path}">{esc(pick(site, a, 1, "next", True)[0].title)}</a></p></div>
</div>
<div class="related-news"><h3 class="bt">相关新闻</h3><ul>{rel}</ul></div>
{comment_box()}"""
        title = f"{esc(a.title)}_{SITE}"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="临江,{esc(a.x["ctx"]["topic"])},{esc(a.x["ctx"]["place"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
<meta name="author" content="{SITE}">
{head_common(rng, "xw")}
</head>
<body>
<div class="topbar"><div class="w1200"><span>{a.when.year}年{a.when.month}月{a.when.day}日 星期{WEEK[a.when.weekday()]}</span><a href="/app/">客户端下载</a> <a href="/about/jubao.shtml">举报</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{SITE}"></a><form class="search" action="/search/index.shtml"><input name="keyword"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
<div class="w1200 clearfix"><div class="left">
{main}
</div>
<div class="right">
<div class="box rank"><h3>点击排行</h3><ol>{rank(site, a, "rank")}</ol></div>
<div class="box hot"><h3>热点新闻</h3><ul>{"".join(li(b, "%m-%d") for b in pick(site, a, 8, "hot", True))}</ul></div>
<div class="box pics"><h3>图片新闻</h3><ul>{pics}</ul></div>
<div class="box ad"><a href="/zt/2024/csgx/index.shtml"><img src="/images/zt_csgx.jpg" alt="城市更新进行时"></a></div>
</div></div>
{footer(a.when.year)}
<script>$.get('/api/hits?id={a.x["id"]}',function(d){{$('#hits_{a.x["id"]}').text(d.hits)}});</script>
</body>
</html>
"""
    return served(page)


# --- 2. 区县频道 (GBK, table layout) -----------------------------------------------------------
def qx_page(site: Site55, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    x, y = nm[0], nm[1]
    dist = ctx["dist"]
    author = {
        "jt": f"记者 {x} 通讯员 {y}",
        "tx": f"通讯员 {y} {nm[2]}",
        "plain": x,
        "lead": "",
    }[style]
    src = f"{dist}融媒体中心" if a.i % 2 else "临江日报"
    body = "\n".join(
        f'<p style="text-indent: 2em;">{esc(b.text)}</p>'
        if b.kind == "p"
        else f'<p style="text-indent: 2em;"><b>{esc(b.text)}</b></p>'
        if b.kind == "h"
        else f'<p align="center"><img src="{b.src}" border="0"></p><p align="center"><font color="#0000ff">{esc(b.text)}{esc(b.credit)}</font></p>'
        for b in a.blocks
    )
    rel = "".join(
        f'<tr><td height="24">·<a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></td><td>{site.by_path[p].when:%Y-%m-%d}</td></tr>'
        for p in a.related
    )
    ed = (
        f'<tr><td align="right" class="editor">责任编辑：{esc(a.editors[0])}</td></tr>'
        if a.editors
        else ""
    )
    prev, nxt = pick(site, a, 2, "pn", True)
    hot = "".join(
        f'<tr><td height="22">·<a href="{b.path}" target="_blank">{esc(trunc(b.title, 16))}</a></td></tr>'
        for b in pick(site, a, 10, "hot")
    )
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    date = (
        f"{a.when:%Y-%m-%d %H:%M}"
        if old
        else f"{a.when.year}年{a.when:%m}月{a.when:%d}日 {a.when:%H:%M}"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}
<title>{esc(a.title)} - {dist}新闻 - {SITE}</title>
<meta name="keywords" content="{dist},{esc(ctx["topic"])}">
{head_common(rng, "qx", 280, 40)}
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/qxpd/images/banner_{a.i % 4}.jpg" width="1000" height="120"></td></tr>
<tr><td class="nav" bgcolor="#1c5fa8"><a href="/">网站首页</a> | <a href="/qxpd/index.html">区县频道</a> | <a href="/qxpd/index.html">江北区</a> | <a href="/qxpd/index.html">东湖区</a> | <a href="/qxpd/index.html">青山县</a> | <a href="/qxpd/index.html">云溪县</a> | <a href="/news/yw/index.shtml">临江要闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/qxpd/index.html">区县频道</a> &gt; {dist}</td></tr>
<tr><td align="center" class="biaoti" height="60"><font style="font-size:22px;font-weight:bold;color:#c00">{esc(a.title)}</font></td></tr>
<tr><td align="center" class="laiyuan">发布时间：{date}　来源：{src}　作者：{esc(author)}　点击数：<script src="/qxpd/count.asp?id={a.x["id"]}"></script>　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td class="content" id="zoom"><!--<$[信息内容]>begin-->
<div class="TRS_Editor">
{body}
</div>
<!--<$[信息内容]>end--></td></tr>
{ed}
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="{prev.path}">{esc(prev.title)}</a><br>下一篇：<a href="{nxt.path}">{esc(nxt.title)}</a></td></tr>
</table>
<table width="100%" class="xgwz"><tr><td colspan="2" class="tit"><b>相关文章</b></td></tr>{rel}</table>
</td>
<td width="20"></td>
<td width="280" valign="top"><table width="100%" class="rdxw"><tr><td class="tit"><b>热点新闻</b></td></tr>{hot}</table>
<table width="100%" class="rdxw"><tr><td class="tit"><b>一周排行</b></td></tr>{"".join(f'<tr><td>{n}. <a href="{b.path}">{esc(trunc(b.title, 15))}</a></td></tr>' for n, b in enumerate(pick(site, a, 8, "week"), 1))}</table></td>
</tr></table>
<table width="1000" align="center" class="foot"><tr><td align="center">主办：临江市委宣传部 承办：{SITE}　<a href="/about/">关于我们</a><br>Copyright &copy; {a.when.year} ljnews.cn All Rights Reserved　X ICP备00000000号</td></tr></table>
</body>
</html>
"""
    if old:  # the 2019 pages name the charset in the meta only
        return served(page, "gbk", header=False)
    return served(page, "gbk")


# --- 3. 临江日报 e-paper (Founder) ---------------------------------------------------------------
BANS = ["第01版：要闻", "第02版：要闻", "第03版：综合", "第04版：区县", "第05版：民生"]


def ep_nodes(site: Site55, when: datetime) -> list[int]:
    """The 版 numbers of an edition: the front page and every 版 one of its stories is on."""
    return sorted({1} | {a.i % 5 + 1 for a in site.of("ep") if a.when.date() == when.date()})


def ep_page(site: Site55, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    x, y = nm[0], nm[1]
    ban = BANS[a.i % 5]
    byline = {
        "jt": f"□本报记者 {x}　通讯员 {y}",
        "two": f"□本报记者 {x} {y}",
        "wentu": f"文/{x}　图/{y}",
    }.get(style, "")
    intitle = f"坚持项目为王 做好{ctx['topic']}文章" if a.i % 3 == 0 else ""
    intro = f"——{ctx['place']}{ctx['topic']}工作纪实" if a.i % 3 == 1 else ""
    pics = "".join(
        f'<table width="100%"><tr><td align="center"><img src="../../../images/{a.when:%Y-%m/%d}/0{a.i % 5 + 1}/{b.src.rsplit("/", 1)[-1]}" width="500"></td></tr><tr><td class="font02" align="center">{esc(b.text)}　{esc(b.credit)}</td></tr></table>'
        for b in a.blocks
        if b.kind == "img"
    )
    text = "\n".join(
        f"<p>　　{esc(b.text)}</p>" if b.kind == "p" else f"<p>　　<b>{esc(b.text)}</b></p>"
        for b in a.blocks
        if b.kind != "img"
    )
    same_ban = "".join(
        f'<tr><td><a href="{b.path.rsplit("/", 1)[-1] if b.when.date() == a.when.date() else b.path}">{esc(b.title)}</a></td></tr>'
        for b in pick(site, a, 5, "ban", True)
    )
    nodes = ep_nodes(site, a.when)
    rel = "".join(f'<li><a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in a.related)
    bans = "".join(f'<tr><td><a href="node_{k}.htm">{BANS[k - 1]}</a></td></tr>' for k in nodes)
    charset = "gb2312" if old else "utf-8"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>临江日报数字报-{esc(a.title)}</title>
<meta name="contentid" content="{a.x["id"]}">
{head_common(rng, "ep", 260, 40)}
</head>
<body>
<table width="1000" align="center" class="top"><tr><td><img src="../../../images/logo_ljrb.gif"></td><td class="date">{a.when.year}年{a.when:%m}月{a.when:%d}日 星期{WEEK[a.when.weekday()]}</td><td><a href="../../../calendar.htm">往期回顾</a> | <a href="node_1.htm">返回版面</a> | <a href="/">{SITE}</a></td></tr></table>
<table width="1000" align="center"><tr>
<td width="300" valign="top" class="left">
<table class="banmian"><tr><td class="tit">版面导航</td></tr>{bans}</table>
<table class="bbwz"><tr><td class="tit">本报推荐</td></tr>{same_ban}</table>
</td>
<td width="700" valign="top">
<table width="100%"><tr><td class="ban">{ban}</td><td align="right"><a href="node_{nodes[0]}.htm">上一版</a> <a href="node_{nodes[-1]}.htm">下一版</a></td></tr></table>
<table width="100%" class="article">
<tr><td align="center" class="font01"><!--enpproperty <articleid>{a.x["id"]}</articleid><date>{a.when:%Y-%m-%d}</date><author>{esc(byline)}</author><title>{esc(a.title)}</title><introtitle>{esc(intitle)}</introtitle><subtitle>{esc(intro)}</subtitle><nodename>{ban}</nodename>/enpproperty--><founder-intitle>{esc(intitle)}</founder-intitle></td></tr>
<tr><td align="center" class="font01"><founder-title>{esc(a.title)}</founder-title></td></tr>
<tr><td align="center" class="font02"><founder-subtitle>{esc(intro)}</founder-subtitle></td></tr>
<tr><td align="center" class="font03"><founder-author>{esc(byline)}</founder-author></td></tr>
<tr><td>{pics}</td></tr>
<tr><td class="font06"><div id="ozoom"><!--enpcontent--><founder-content>
{text}
</founder-content><!--/enpcontent--></div></td></tr>
</table>
<div class="xgwz"><b>相关文章</b><ul>{rel}</ul></div>
<div class="share">{share_bar()}</div>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td align="center">临江日报社主办 {SITE}承办 版权所有 未经授权禁止转载</td></tr></table>
</body>
</html>
"""
    return served(page, charset)


# --- 4. 繁體版 (Big5) ---------------------------------------------------------------------------
def tw_page(site: Site55, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y = nm[0], nm[1]
    byline = {"line": f"記者{x}／報導", "two": f"記者{x}、{y}／報導"}.get(style, "")
    body = paras(a.blocks, credit_sep="")
    if byline:
        body = f"<p>{esc(byline)}</p>\n{body}"
    rel = "".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)
    hot = "".join(li(b, "%m-%d") for b in pick(site, a, 10, "hot", True))
    date = f"{a.when:%Y-%m-%d %H:%M}" if not old else f"{a.when:%Y/%m/%d %H:%M}"
    head = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
{head}
<title>{esc(a.title)}_臨江新聞網</title>
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
{head_common(rng, "tw", 280, 40)}
</head>
<body>
<div class="top"><a href="/">簡體</a> | <a href="/big5/xw/">繁體</a> | <a href="/en/news/">English</a></div>
<div class="header"><a href="/big5/xw/" class="logo">臨江新聞網 繁體版</a></div>
<div class="nav"><a href="/big5/xw/">首頁</a><a href="/big5/xw/">臨江要聞</a><a href="/big5/xw/?page=2">兩岸交流</a><a href="/big5/xw/">文化旅遊</a></div>
<div class="container"><div class="main">
<div class="crumb">目前位置：<a href="/big5/xw/">首頁</a> &gt; 臨江要聞</div>
<h1>{esc(a.title)}</h1>
<div class="info">發布時間：{date}　來源：臨江新聞網　<span>字體：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="content" id="content">
{body}
</div>
<div class="editor">責任編輯：{esc(a.editors[0])}</div>
<div class="share"><span>分享：</span><a href="javascript:;">Facebook</a><a href="javascript:;">LINE</a><a href="javascript:;">微信</a><a href="javascript:window.print();">列印</a></div>
<div class="related"><h3>相關新聞</h3><ul>{rel}</ul></div>
</div>
<div class="side"><div class="box"><h3>熱門新聞</h3><ul>{hot}</ul></div><div class="box"><h3>點擊排行</h3><ol>{rank(site, a, "rank", 8, True)}</ol></div></div>
</div>
<div class="footer"><p>臨江新聞網 版權所有 未經授權 請勿轉載</p><p>Copyright &copy; {a.when.year} ljnews.cn</p></div>
</body>
</html>
"""
    return served(page, "big5", header=not old)


# --- 5. English -----------------------------------------------------------------------------
def en_page(site: Site55, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y = nm[0], nm[1]
    by = {
        "one": f"By {x}",
        "two": f"By {x} and {y}",
        "paper": f"By {x} | Linjiang Daily",
        "staff": "Linjiang News",
    }[style]
    body = "\n".join(
        f"<p>{esc(b.text)}</p>"
        if b.kind == "p"
        else f"<h3>{esc(b.text)}</h3>"
        if b.kind == "h"
        else f'<figure><img src="{b.src}" alt=""><figcaption>{esc(b.text)} [{esc(b.credit)}]</figcaption></figure>'
        for b in a.blocks
    )
    ed = f'<p class="editor">Editor: {esc(a.editors[0])}</p>' if a.editors else ""
    rel = "".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)
    pop = "".join(li(b, "%m-%d") for b in pick(site, a, 8, "pop", True))
    info = (
        f'<div class="info"><span class="byline">{esc(by)}</span> | <span class="date">Updated: {a.when:%Y-%m-%d %H:%M}</span></div>'
        if not old
        else f'<div class="info_l">{esc(by)}</div><div class="info_r">Updated: {a.when:%Y-%m-%d %H:%M}</div>'
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - Linjiang News</title>
<meta name="description" content="{esc(trunc(a.paras[0], 120))}">
<meta property="og:title" content="{esc(a.title)}">
{head_common(rng, "en", 280, 40)}
</head>
<body>
<header class="top"><a href="/en/news/" class="logo">LINJIANG NEWS</a><nav><a href="/en/news/">Home</a><a href="/en/news/">City</a><a href="/en/news/page/2/">Business</a><a href="/en/news/page/3/">Culture</a><a href="/en/news/page/4/">Travel</a><a href="/">中文</a></nav></header>
<main class="container"><article class="main">
<div class="breadcrumb"><a href="/en/news/">Home</a> / City</div>
<h1>{esc(a.title)}</h1>
{info}
{share_bar(False)}
<div class="article-body" id="Content">
{body}
</div>
{ed}
<div class="related-stories"><h3>Related Stories</h3><ul>{rel}</ul></div>
</article>
<aside class="side"><div class="box"><h3>Most Popular</h3><ul>{pop}</ul></div><div class="box"><h3>Most Viewed</h3><ol>{rank(site, a, "mv", 6, True)}</ol></div></aside>
</main>
<footer><p><a href="/en/about.html">About Us</a> | <a href="/en/contact.html">Contact Us</a></p><p>Copyright &copy; {a.when.year} Linjiang News. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Linjiang News.</p></footer>
</body>
</html>
"""
    return served(page)


PAGES = {"xw": xw_page, "qx": qx_page, "ep": ep_page, "tw": tw_page, "en": en_page}


def register(site: Site55) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
