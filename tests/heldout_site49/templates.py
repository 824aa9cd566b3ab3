"""Site 49's article pages: 农民日报·中国农网 (作者：农民日报·中国农网记者 X, 本报记者 X 通讯员 Y、Z
byline paragraphs, 本报讯 leads), 中国水利网 (TRS, 2019 pages in GB2312, 责任编辑/审核/终审 line),
中国交通新闻网 (TRS, 来源：中国交通报 作者：X, 记者 X 实习生 Y, 本报讯 记者 X 通讯员 Y 报道 leads,
延伸阅读), 中国电力新闻网 (文/X 图/Y lines, ■…记者 X 通讯员 Y, the day only) and 中国化工报·化工网
(本报讯（记者 X 通讯员 Y）, 2019 pages in GBK on the old table layout, 相关阅读)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site49

LABELS = {
    "nm": "中国农网",
    "sl": "中国水利网",
    "jt": "中国交通新闻网",
    "ny": "中国电力新闻网",
    "hg": "中国化工网",
}
COMMENTS = [
    "写得很实在，基层的情况就是这样。",
    "希望这样的好政策能一直坚持下去。",
    "点赞！为一线的同志们辛苦了。",
    "我们这里也在推广，效果不错。",
    "期待后续报道。",
    "支持！",
]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site49, a: Art, k: int, key: str) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def body_html(blocks: list[Block], indent: bool = False, cap_cls: str = "pictext") -> str:
    out = []
    sty = ' style="text-indent: 2em;"' if indent else ""
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{sty}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p{sty}><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: center;"><img src="{b.src}" border="0" /></p>')
            if b.text:
                out.append(f'<p class="{cap_cls}" style="text-align: center;">{esc(b.text)}</p>')
            if b.credit:
                out.append(f'<p style="text-align: center;">{esc(b.credit)}</p>')
    return "\n".join(out)


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s49' + tpl)}</script>"


def comments(rng: random.Random, n: int = 4) -> str:
    items = "".join(
        f'<li><span class="user">{rng.choice(["农网网友", "网友", "匿名用户"])}{rng.randint(1000, 99999)}</span><p>{c}</p><span class="time">{rng.randint(1, 23)}小时前</span></li>'
        for c in rng.sample(COMMENTS, n)
    )
    return f'<div class="comment-box" id="comment"><h3>网友评论</h3><form action="/comment/post" method="post"><textarea name="content" placeholder="文明上网，理性发言"></textarea><button type="submit">发表评论</button></form><ul class="comment-list">{items}</ul><p class="tips">网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p></div>'


def share() -> str:
    return '<div class="share-bar"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>'


# --- 1. 农民日报·中国农网 -----------------------------------------------------------------------
def nm_page(site: Site49, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    auth = {
        "field": f"农民日报·中国农网记者 {nm[0]}",
        "field2": f"农民日报·中国农网记者 {nm[0]} {nm[1]}",
        "field_tx": f"农民日报·中国农网记者 {nm[0]} 通讯员 {nm[2]}",
        "para": f"农民日报·中国农网记者 {nm[0]}",
        "lead": f"农民日报·中国农网记者 {nm[0]}",
        "source": "",
    }[st]
    source = "中国农网" if st == "source" else "农民日报"
    byline = f"<p>本报记者 {nm[0]} 通讯员 {nm[2]}、{nm[3]}</p>\n" if st == "para" else ""
    rel = ""
    if a.related:
        rel = f'<div class="related"><div class="hd"><h3>相关新闻</h3></div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    pic = "".join(
        f'<li><a href="{b.path}"><img src="/uploads/thumb/{b.x["id"]}.jpg"><p>{esc(trunc(b.title, 16))}</p></a></li>'
        for b in others(site, a, 4, "pic")
    )
    nav = "".join(
        f'<li><a href="{h}">{t}</a></li>'
        for h, t in [
            ("/", "首页"),
            ("/xw/sn/", "三农要闻"),
            ("/zt/2024cg/", "春耕专题"),
            ("/video/", "视频"),
            ("/tag/春播", "春播"),
            ("/xw/sn/", "乡村振兴"),
            ("/about/", "关于我们"),
        ]
    )
    editor = f'<div class="editor">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    if a.x["old"]:
        info = f'<div class="con_info">{a.when:%Y-%m-%d %H:%M}　来源：{source}{"　作者：" + auth if auth else ""}</div>'
        editor = f'<p class="zrbj">【责任编辑：{a.editors[0]}】</p>' if a.editors else ""
        article = f"""<div class="con_left"><div class="con_title"><h1>{esc(a.title)}</h1></div>
{info}
<div class="con_text" id="zoom">
{byline}{body_html(a.blocks, True)}
</div>
{editor}{share()}
{rel}</div>"""
    else:
        spans = f'<span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="source">来源：{source}</span>'
        if auth:
            spans += f'<span class="author">作者：{auth}</span>'
        article = f"""<div class="article">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/xw/sn/">三农要闻</a> &gt; 正文</div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info">{spans}<a href="#comment" class="cmt">评论</a></div>
<div class="article-content" id="content">
{byline}{body_html(a.blocks)}
</div>
{editor}
{share()}
{rel}
{comments(rng)}
</div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_中国农网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["thing"])},{esc(a.x["ctx"]["place"])},三农">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
{head_common(rng, "nm")}
</head>
<body>
<div class="topbar"><div class="w1200"><span>农民日报社主办</span><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/search?keyword=">搜索</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/static/images/logo.png" alt="中国农网"></a><div class="epaper"><a href="http://szb.farmer.com.cn/">农民日报数字报</a></div></div>
<div class="nav w1200"><ul>{nav}</ul></div>
<div class="w1200 clearfix"><div class="main-left">
{article}
</div>
<div class="main-right"><div class="box"><h3>点击排行</h3><ul class="rank">{hot}</ul></div><div class="box"><h3>图片新闻</h3><ul class="pics">{pic}</ul></div><div class="box"><h3>农民日报</h3><p><a href="http://szb.farmer.com.cn/">今日报纸</a></p></div></div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/">版权声明</a></p><p>农民日报社 版权所有　未经授权禁止复制或建立镜像　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 2. 中国水利网 (2019 pages in GB2312) ---------------------------------------------------
def sl_page(site: Site49, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    auth = {"person": nm[0], "two": f"{nm[0]} {nm[1]}", "para": nm[0], "none": ""}[st]
    source = "水利部网站" if st == "none" else "中国水利报"
    byline = f"<p>本报记者 {nm[0]}　通讯员 {nm[2]}</p>\n" if st == "para" else ""
    rel = ""
    if a.related:
        rel = f'<div class="xgxw"><div class="xgxw_tit">相关新闻</div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    tt = "".join(li(b, "%m-%d") for b in others(site, a, 6, "tt"))
    nav = "".join(
        f'<a href="{h}">{t}</a>'
        for h, t in [
            ("/", "首页"),
            ("/newscenter/slyw/", "水利要闻"),
            ("/newscenter/ttxw/", "头条新闻"),
            ("/zt/fx2024/", "防汛抗旱"),
            ("/tp/", "图片"),
            ("/was5/web/search?searchword=防汛", "检索"),
        ]
    )
    if a.x["old"]:
        charset = "gb2312"
        main = f"""<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="680" valign="top">
<table width="100%" class="location"><tr><td>您现在的位置：<a href="/">首页</a> &gt; <a href="/newscenter/{a.x["col"]}/">新闻中心</a></td></tr></table>
<table width="100%"><tr><td align="center" class="biaoti"><h2>{esc(a.title)}</h2></td></tr>
<tr><td align="center" class="info">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{source}　作者：{auth}</td></tr>
<tr><td class="zw"><div class="TRS_Editor">
{byline}{body_html(a.blocks, True)}
</div></td></tr>
<tr><td align="right">【责任编辑：{a.editors[0]}】</td></tr></table>
{rel}
</td><td width="300" valign="top"><div class="rbox"><h3>热点新闻</h3><ul>{hot}</ul></div></td></tr></table>"""
    else:
        charset = "utf-8"
        main = f"""<div class="w1200 clearfix"><div class="left">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/newscenter/{a.x["col"]}/">{"水利要闻" if a.x["col"] == "slyw" else "头条新闻"}</a></div>
<div class="con_tit"><h1>{esc(a.title)}</h1></div>
<div class="con_info"><span>时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{source}</span><span>作者：{auth}</span><span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="con_text"><div class="TRS_Editor">
{byline}{body_html(a.blocks, True)}
</div></div>
<div class="editor">责任编辑：{a.editors[0]}　审核：{nm[5]}　终审：{nm[6]}</div>
{share()}
{rel}
</div>
<div class="right"><div class="rbox"><h3>热点新闻</h3><ul>{hot}</ul></div><div class="rbox"><h3>头条推荐</h3><ul>{tt}</ul></div><div class="rbox"><h3>专题</h3><a href="/zt/fx2024/"><img src="/images/zt_fx.jpg" alt="防汛抗旱"></a></div></div></div>"""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}-中国水利网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["thing"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 70))}" />
{head_common(rng, "sl", 270, 40)}
</head>
<body>
<div class="top"><div class="w1200">中国水利报社主办　<a href="/about/">关于我们</a></div></div>
<div class="head w1200"><a href="/"><img src="/images/logo_slw.png" alt="中国水利网"></a></div>
<div class="nav w1200">{nav}</div>
{main}
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>主办：中国水利报社　版权所有　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page, charset)


# --- 3. 中国交通新闻网 (TRS) -----------------------------------------------------------------
def jt_page(site: Site49, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    auth = {
        "person": nm[0],
        "two": f"{nm[0]}　{nm[1]}",
        "intern": f"记者 {nm[0]} 实习生 {nm[1]}",
        "lead": nm[0],
        "source": "",
    }[st]
    source = "交通运输部网站" if st == "source" else "中国交通报"
    rel = ""
    if a.related:
        rel = f'<div class="ycyd"><h4>延伸阅读</h4><ul>{"".join(li(site.by_path[p], "%Y-%m-%d %H:%M") for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 8, "hot"))
    rec = "".join(li(b, "%m-%d") for b in others(site, a, 6, "rec"))
    editor = f'<div class="zrbj">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    info = f"<span>来源：{source}</span>{f'<span>作者：{auth}</span>' if auth else ''}<span>{a.when:%Y-%m-%d %H:%M}</span>"
    if a.x["old"]:
        info = f"{a.when:%Y-%m-%d %H:%M}　来源：{source}{'　作者：' + auth if auth else ''}"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_中国交通新闻网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["thing"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 70))}" />
{head_common(rng, "jt", 260, 45)}
</head>
<body>
<div class="top"><div class="w1200"><a href="/">中国交通新闻网</a> | <a href="http://epaper.zgjtb.com/">中国交通报数字报</a> | <a href="/video/">视频</a></div></div>
<div class="head w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="中国交通新闻网"></a></div>
<div class="nav w1200"><a href="/">首页</a><a href="/node_145.htm">要闻</a><a href="/node_145.htm">公路</a><a href="/node_145.htm">水运</a><a href="/video/">视频</a><a href="/zt/2024jtqg/">专题</a></div>
<div class="w1200 clearfix"><div class="left">
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/node_145.htm">要闻</a></div>
<div class="main_title"><h1>{esc(a.title)}</h1></div>
<div class="info">{info}</div>
<!--<$[信息内容]>begin--><div class="TRS_Editor"><div class="Custom_UnionStyle">
{body_html(a.blocks, True)}
</div></div><!--<$[信息内容]>end-->
{editor}
{rel}
{share()}
</div>
<div class="right"><div class="box"><h3>热点排行</h3><ol>{hot}</ol></div><div class="box"><h3>编辑推荐</h3><ul>{rec}</ul></div><div class="box"><h3>交通视频</h3><a href="/video/"><img src="/images/video.jpg" alt="视频"></a></div></div></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>中国交通报社 版权所有　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 4. 中国电力新闻网·中国能源网 ----------------------------------------------------------------
def ny_page(site: Site49, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, photo = a.x["nm"], a.x["style"], a.x["photo"]
    auth = "" if st == "none" else nm[0]
    source = "国家能源局网站" if st == "none" else "中国电力报"
    top = {
        "wen_top": f"<p>文/{nm[0]}　图/{photo}</p>\n",
        "reporter": f"<p>■中国电力报 中电新闻网记者 {nm[0]} 通讯员 {nm[2]}</p>\n",
    }.get(st, "")
    end = f"\n<p>（文/{nm[0]}　图/{photo}）</p>" if st == "wen_end" else ""
    rel = ""
    if a.related:
        rel = f'<div class="cpnn-xgxw"><div class="tit">相关新闻</div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    spans = f"<span>{a.when:%Y-%m-%d}</span><span>来源：{source}</span>"
    if auth:
        spans += f"<span>作者：{auth}</span>"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}--中国电力新闻网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["thing"])},电力,能源" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head_common(rng, "ny", 280, 40)}
</head>
<body>
<div class="cpnn-top"><div class="w1200"><a href="/">中国电力新闻网</a> | <a href="http://www.cnenergynews.cn/">中国能源网</a> | <a href="/tp/">图片</a> | <a href="/about/">关于我们</a></div></div>
<div class="cpnn-head w1200"><a href="/"><img src="/images/cpnn_logo.png" alt="中国电力新闻网"></a><form action="/search" class="so"><input name="q"><button>搜索</button></form></div>
<div class="cpnn-nav w1200"><a href="/">首页</a><a href="/news/xwtt/">新闻头条</a><a href="/news/xwtt/">能源资讯</a><a href="/tp/">图片</a><a href="/zt/">专题</a></div>
<div class="w1200 clearfix"><div class="cpnn-con-left">
<div class="cpnn-mbx">当前位置：<a href="/">首页</a> &gt; <a href="/news/{a.x["col"]}/">新闻</a></div>
<div class="cpnn-con-title"><h1>{esc(a.title)}</h1></div>
<div class="cpnn-zz-time">{spans}</div>
<div class="cpnn-con-zhenwen"><div class="TRS_Editor">
{top}{body_html(a.blocks, True)}{end}
</div></div>
<div class="cpnn-zrbj"><span>责任编辑：{a.editors[0]}</span><span>审核：{nm[5]}</span><span>终审：{nm[6]}</span></div>
{share()}
{rel}
</div>
<div class="cpnn-con-right"><div class="box"><h3>阅读排行</h3><ol>{hot}</ol></div><div class="box"><h3>电力专题</h3><a href="/zt/"><img src="/images/zt_ydx.jpg" alt="迎峰度夏"></a></div></div></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>中国电力新闻网 版权所有　京ICP备00000000号　互联网新闻信息服务许可证</p></div>
</body>
</html>
"""
    return served(page)


# --- 5. 中国化工报·化工网 (2019 pages in GBK) ------------------------------------------------
def hg_page(site: Site49, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    auth = "" if st in ("only_tx", "source") else nm[0]
    source = "中国石油和化学工业联合会" if st == "source" else "中国化工报"
    byline = ""
    if st == "para":
        tx = "、".join(a.correspondents)
        byline = f"<p>本报记者 {nm[0]} 通讯员 {tx}</p>\n"
    rel = ""
    if a.related:
        rel = f'<div class="xgyd"><h3>相关阅读</h3><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    editor = f'<p class="editor">责任编辑：{a.editors[0]}</p>' if a.editors else ""
    if a.x["old"]:
        charset = "gbk"
        main = f"""<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td width="660" valign="top">
<div class="wz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/list/hgyw">化工要闻</a></div>
<table width="100%" cellpadding="4"><tr><td align="center"><h2 class="bt">{esc(a.title)}</h2></td></tr>
<tr><td align="center" class="xx">{a.when:%Y-%m-%d %H:%M}　{source}{"　作者：" + auth if auth else ""}</td></tr>
<tr><td class="nr">
{byline}{body_html(a.blocks, True)}
</td></tr><tr><td>{editor}</td></tr></table>
{rel}
</td><td width="300" valign="top"><div class="rbox"><h3>热点文章</h3><ul>{hot}</ul></div></td></tr></table>"""
    else:
        charset = "utf-8"
        spans = f"<span>来源：{source}</span>"
        if auth:
            spans += f"<span>作者：{auth}</span>"
        spans += f"<span>{a.when:%Y-%m-%d %H:%M:%S}</span>"
        main = f"""<div class="w1200 clearfix"><div class="detail-left">
<div class="crumb"><a href="/">首页</a> / <a href="/list/hgyw">化工要闻</a></div>
<div class="detail-title"><h1>{esc(a.title)}</h1></div>
<div class="detail-info">{spans}</div>
<div class="detail-content">
{byline}{body_html(a.blocks)}
</div>
{editor}
{share()}
{rel}
{comments(rng, 3)}
</div>
<div class="detail-right"><div class="rbox"><h3>热点文章</h3><ul>{hot}</ul></div><div class="rbox"><h3>化工专题</h3><a href="/zt/aqsc/">安全生产月</a></div></div></div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}-中国化工网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["thing"])},化工" />
<meta name="description" content="{esc(trunc(a.paras[0], 70))}" />
{head_common(rng, "hg", 270, 40)}
</head>
<body>
<div class="top"><div class="w1200">中国化工报社主办　<a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></div></div>
<div class="head w1200"><a href="/"><img src="/images/ccin_logo.png" alt="中国化工网"></a></div>
<div class="nav w1200"><a href="/">首页</a><a href="/list/hgyw">化工要闻</a><a href="/list/hgyw">石化</a><a href="/list/hgyw">新材料</a><a href="/zt/aqsc/">专题</a></div>
{main}
<div class="footer"><p>中国化工报社 版权所有　未经书面授权不得转载　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page, charset)


RENDER: dict[str, Callable[[Site49, Art], tuple[bytes, str]]] = {
    "nm": nm_page,
    "sl": sl_page,
    "jt": jt_page,
    "ny": ny_page,
    "hg": hg_page,
}


def register(site: Site49) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
