"""Site 62's article pages: the 纪委监委网站 (中央纪委国家监委网站-style: 来源 / 发布时间, 网站讯
leads, closing 通讯员 credits, 审查调查 通报), the 人大网 (发布时间 to the second, 作者, 编辑/审核),
the 政协 site (文/X 图/P lines, （编辑：E）), the 组织部 党建网 (共产党员网-style: 来源 | 作者 |
date, 责任编辑) and the 市直机关工委's 动易-style ASP site in GB2312."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site62

JW = "滨海市纪委监委网站"
RD = "滨海人大网"
ZX = "滨海政协网"
DJ = "滨海党建网"
GW = "滨海市直机关党建网"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site62, a: Art, key: str, k: int = 10) -> str:
    """A most-read box: other stories of the same site, drawn by the page's script."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return "".join(
        f'<li><i>{n}</i><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def others(site: Site62, a: Art, tpl: str, k: int = 6) -> str:
    """A box of another site's latest stories (推荐 / 要闻 feeds): not related."""
    return "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:k])


def rel_list(site: Site62, a: Art) -> str:
    return "".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 320, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s62' + tpl)}</script>"


def img_html(b: Block) -> str:
    cap = esc(b.text) + (f" {esc(b.credit)}" if b.credit else "")
    cap_html = f'\n<p style="text-align: center;" class="pic-txt">{cap}</p>' if cap else ""
    return f'<p style="text-align: center;"><img src="{b.src}" alt="" border="0"></p>{cap_html}'


def paras(blocks: list[Block], indent: bool = True) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            style = ' style="text-indent: 2em;"' if indent else ""
            out.append(f"<p{style}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(img_html(b))
    return "\n".join(out)


def cross_nav() -> str:
    return (
        '<div class="links"><span>友情链接：</span><a href="/yw/index.html">纪委监委</a><a href="/rdxw/node_2.htm">人大</a>'
        '<a href="/zxyw/index.shtml">政协</a><a href="/djw/yw/index.shtml">党建网</a><a href="/Article/List.asp?ClassID=3">机关党建</a><a href="/">首页</a></div>'
    )


# --- 1. 纪委监委网站 -----------------------------------------------------------------------------
def jw_page(site: Site62, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y, z = nm[0], nm[1], nm[2]
    body = paras(a.blocks)
    tail = {"tail_t": f"（通讯员 {y} {z}）", "tail_jt": f"（本网记者 {x} 通讯员 {y}）"}.get(
        style, ""
    )
    if tail:
        body += f'\n<p style="text-align: right;">{esc(tail)}</p>'
    source = "滨海市纪委监委" if style == "notice" else JW
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    column = "审查调查" if style == "notice" else "要闻"
    rel = rel_list(site, a)
    relbox = f'<div class="xgyd"><h4>相关新闻</h4><ul>{rel}</ul></div>' if rel else ""
    ed = f'<div class="zrbj">责任编辑：{esc(a.editors[0])}</div>' if a.editors else ""
    meta = gov_meta(
        JW,
        "www.bhjw.gov.cn",
        "",
        column,
        a.title,
        pub,
        source,
        "",
        "纪检监察",
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    hot = rank(site, a, "rdph")
    if old:
        main = f"""<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="dqwz">您现在的位置：<a href="/">首页</a> &gt; <a href="/yw/index.html">{column}</a></td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="690" valign="top">
<table width="100%"><tr><td class="tit" align="center">{esc(a.title)}</td></tr>
<tr><td class="ly" align="center">来源：{source}　发布时间：{pub}</td></tr>
<tr><td class="nr"><div class="TRS_Editor">
{body}
</div></td></tr></table>
{relbox}
</td><td width="270" valign="top"><div class="rbox"><h3>热点排行</h3><ol>{hot}</ol></div><div class="rbox"><h3>曝光台</h3><ul>{others(site, a, "jw", 5)}</ul></div></td></tr></table>"""
    else:
        main = f"""<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/yw/index.html">{column}</a> &gt; 正文</div>
<div class="w1200 clearfix"><div class="l-con">
<div class="daty">
<h2 class="tit">{esc(a.title)}</h2>
<div class="daty_con"><em class="e e1">来源：{source}</em><em class="e e2">发布时间：{pub}</em><em class="e e3"><a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></em></div>
<div class="content" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
{ed}
<div class="share">分享：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a> <a href="javascript:window.print()">打印</a></div>
</div>
{relbox}
</div>
<div class="r-con"><div class="box"><h3>热点排行</h3><ol>{hot}</ol></div>
<div class="box"><h3>审查调查</h3><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("jw")) if b.x["style"] == "notice")}</ul></div>
<div class="box jb"><a href="/jb/index.html"><img src="/images/jbpt.png" alt="监督举报"></a></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_{JW}</title>
{meta}
{head_common(rng, "jw")}
</head>
<body>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/jw_logo.png" alt="{JW}"></a><form action="/search/index.html" class="ss"><input name="q"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/yw/index.html">要闻</a></li><li><a href="/scdc/index.html">审查调查</a></li><li><a href="/zzjg/index.html">组织机构</a></li><li><a href="/jb/index.html">监督举报</a></li></ul></div>
{main}
{cross_nav()}
<div class="footer"><p>中共滨海市纪律检查委员会　滨海市监察委员会　版权所有</p><p>地址：滨海市人民路1号　邮编：000000　举报电话：12388</p></div>
</body>
</html>
"""
    return served(page)


# --- 2. 人大网 ---------------------------------------------------------------------------------------
def rd_page(site: Site62, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {"person": nm[0], "two": f"{nm[0]}　{nm[2]}", "office": "市人大常委会研究室"}.get(
        style, ""
    )
    au = f"<span>作者：{esc(author)}</span>" if author else ""
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><div class="bt">相关新闻</div><ul>{rel}</ul></div>' if rel else ""
    hot = rank(site, a, "ydph", 8)
    dbfc = "".join(li(b, "%m-%d") for b in latest(site.of("rd")) if "代表" in b.title)
    if old:
        info = (
            f"日期：{a.when:%Y-%m-%d}　来源：滨海人大{'　作者：' + esc(author) if author else ''}"
        )
        main = f"""<table width="960" align="center"><tr><td width="660" valign="top"><div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/rdxw/node_2.htm">人大新闻</a></div>
<table width="100%" class="art"><tr><td align="center"><h3>{esc(a.title)}</h3></td></tr><tr><td align="center" class="info">{info}</td></tr>
<tr><td class="nr">{paras(a.blocks)}</td></tr><tr><td align="right">编辑：{esc(a.editors[0])}</td></tr></table>{relbox}</td>
<td width="290" valign="top"><div class="box"><div class="bt">阅读排行</div><ul>{hot}</ul></div></td></tr></table>"""
    else:
        main = f"""<div class="w1100 position">当前位置：<a href="/">首页</a> &gt; <a href="/rdxw/node_2.htm">人大新闻</a> &gt; 正文</div>
<div class="w1100 clearfix"><div class="left">
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：滨海人大</span>{au}<span>【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="content" id="ozoom"><founder-content>
{paras(a.blocks)}
</founder-content></div>
<div class="bj">编辑：{esc(a.editors[0])}　审核：{esc(nm[4])}</div>
</div>
{relbox}
</div>
<div class="right"><div class="box"><div class="bt">阅读排行</div><ol>{hot}</ol></div><div class="box"><div class="bt">代表风采</div><ul>{dbfc}</ul></div><div class="box"><div class="bt">法规库</div><ul><li><a href="/flfg/2024-05/content_1001.htm">滨海市物业管理条例</a></li><li><a href="/flfg/2024-05/content_1002.htm">滨海市优化营商环境条例</a></li></ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)} - {RD}</title>
<meta name="keywords" content="人大,代表">
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
{head_common(rng, "rd")}
</head>
<body>
<div class="top"><div class="w1100"><img src="/rd/images/logo.png" alt="滨海市人大常委会"><span>滨海市人民代表大会常务委员会</span></div></div>
<div class="menu"><a href="/">首页</a><a href="/rdxw/node_2.htm">人大新闻</a><a href="/dbfc/node_5.htm">代表风采</a><a href="/flfg/node_8.htm">地方性法规</a><a href="/">常委会公报</a></div>
{main}
{cross_nav()}
<div class="foot">滨海市人大常委会办公厅主办　地址：滨海市人民路2号　备案号：X ICP备00000001号</div>
</body>
</html>
"""
    return served(page)


# --- 3. 政协 -------------------------------------------------------------------------------------------
def zx_page(site: Site62, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y, z, p = nm[0], nm[1], nm[2], nm[5]
    has_img = any(b.kind == "img" for b in a.blocks)
    byline = {"wen": f"文/{x}" + (f"　图/{p}" if has_img else ""), "wen2": f"文/{x} {z}"}.get(
        style, ""
    )
    author = {"office": "市政协研究室", "corr": f"通讯员 {y}"}.get(style, "")
    body = paras(a.blocks)
    if byline:
        body = f'<p style="text-align: center;">{esc(byline)}</p>\n{body}'
    body += f'\n<p style="text-align: right;">（编辑：{esc(a.editors[0])}）</p>'
    rel = rel_list(site, a)
    relbox = f'<div class="about"><h5>相关阅读</h5><ul>{rel}</ul></div>' if rel else ""
    au = f"　作者：{esc(author)}" if author else ""
    info = f"来源：滨海政协{au}　发布时间：{a.when:%Y-%m-%d %H:%M}"
    hot = rank(site, a, "djph")
    wrap = "table" if old else "div"
    main = (
        f"""<{wrap} class="detail"><div class="loc">您的位置：<a href="/">首页</a> &gt; <a href="/zxyw/index.shtml">政协要闻</a></div>
<div class="d-title"><h1>{esc(a.title)}</h1></div>
<div class="d-info">{info}</div>
<div class="d-text" id="text">
{body}
</div>
<div class="d-tool"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
{relbox}
</{wrap}>"""
        if not old
        else f"""<table width="1000" align="center"><tr><td valign="top" width="700"><div class="loc">您的位置：<a href="/">首页</a> &gt; <a href="/zxyw/index.shtml">政协要闻</a></div>
<table width="100%"><tr><td class="bt" align="center">{esc(a.title)}</td></tr><tr><td align="center" class="info">{info}</td></tr><tr><td class="nr">{body}</td></tr></table>{relbox}</td>
<td valign="top"><div class="box"><h5>点击排行</h5><ul>{hot}</ul></div></td></tr></table>"""
    )
    side = (
        ""
        if old
        else f'<div class="side"><div class="box"><h5>点击排行</h5><ol>{hot}</ol></div><div class="box"><h5>委员风采</h5><ul><li><a href="/wyfc/index.shtml">委员风采</a></li></ul></div><div class="box"><h5>提案工作</h5><ul><li><a href="/ta/index.shtml">提案选登</a></li><li><a href="/ta/2024/0012.shtml">关于加快发展普惠托育服务的提案</a></li></ul></div></div>'
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}--{ZX}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
{head_common(rng, "zx")}
</head>
<body>
<div class="head"><img src="/zx/images/logo.png" alt="中国人民政治协商会议滨海市委员会"></div>
<div class="nav"><a href="/">首页</a><a href="/zxyw/index.shtml">政协要闻</a><a href="/wyfc/index.shtml">委员风采</a><a href="/ta/index.shtml">提案工作</a><a href="/search/index.html">检索</a></div>
<div class="w1000 clearfix">{main}{side}</div>
{cross_nav()}
<div class="foot">政协滨海市委员会办公厅　版权所有</div>
</body>
</html>
"""
    return served(page)


# --- 4. 组织部 党建网 (共产党员网-style) ------------------------------------------------------------
def dj_page(site: Site62, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {"one": nm[0], "two": f"本报记者 {nm[0]} {nm[2]}"}.get(style, "")
    source = "滨海日报" if style == "two" else DJ
    parts = (
        [f"来源：{source}"]
        + ([f"作者：{esc(author)}"] if author else [])
        + [f"{a.when:%Y年%m月%d日 %H:%M}"]
    )
    info = " | ".join(f"<span>{p}</span>" for p in parts) if not old else "　".join(parts)
    rel = rel_list(site, a)
    relbox = (
        f'<div class="xgyd"><div class="title">相关阅读</div><ul>{rel}</ul></div>' if rel else ""
    )
    hot = rank(site, a, "rmwz")
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_{DJ}</title>
<meta name="keywords" content="党建,组织工作">
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
{head_common(rng, "dj")}
</head>
<body>
<div class="topbar">滨海市委组织部主办</div>
<div class="header"><a href="/djw/yw/index.shtml"><img src="/djw/img/logo.png" alt="{DJ}"></a></div>
<div class="nav"><a href="/djw/yw/index.shtml">首页</a><a href="/djw/yw/index.shtml">党建要闻</a><a href="/djw/zt/djxxjy/index.shtml">党纪学习教育</a><a href="/djw/sp/index.shtml">党员电教</a><a href="/search/index.html">搜索</a></div>
<div class="page_wrap"><div class="page_l">
<div class="dqwz">当前位置：<a href="/djw/yw/index.shtml">{DJ}</a> &gt; 党建要闻</div>
<div class="big_title">{esc(a.title)}</div>
<div class="laiyuan">{info}</div>
<div class="text_con" id="text_area">
{paras(a.blocks)}
</div>
<div class="zebian">责任编辑：{esc(a.editors[0])}</div>
{relbox}
</div>
<div class="page_r"><div class="box"><div class="title">热门文章</div><ul>{hot}</ul></div><div class="box"><div class="title">机关党建</div><ul>{others(site, a, "gw")}</ul></div><div class="box"><div class="title">专题</div><a href="/djw/zt/djxxjy/index.shtml"><img src="/djw/img/zt.jpg" alt="党纪学习教育"></a></div></div></div>
{cross_nav()}
<div class="footer">中共滨海市委组织部　版权所有　未经授权禁止转载</div>
</body>
</html>
"""
    return served(page)


# --- 5. 市直机关工委 (动易-style ASP, GB2312) ---------------------------------------------------------
def gw_page(site: Site62, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    author = {
        "one": nm[0],
        "two": f"{nm[0]} {nm[2]}",
        "office": "市直机关工委办公室",
        "anon": "佚名",
        "corr": f"通讯员 {nm[1]}",
    }[style]
    rel = rel_list(site, a)
    relbox = (
        f'<table width="100%" class="xgwz"><tr><td class="bt">相关文章</td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
        if rel
        else '<table width="100%" class="xgwz"><tr><td class="bt">相关文章</td></tr><tr><td>没有相关文章</td></tr></table>'
    )
    ed = f"责任编辑：{esc(a.editors[0])}" if a.editors else ""
    hits = a.x["id"] % 9000 + 1000
    page = f"""<html>
<head>
<title>{GW}--{esc(a.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
{head_common(rng, "gw", 300, 40)}
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Skin/blue/top.gif" width="778" height="110"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/Article/List.asp?ClassID=3">机关党建</a> | <a href="/Article/List.asp?ClassID=4">通知公告</a> | <a href="/Article/About.asp">关于我们</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top" class="left">
<table width="100%"><tr><td class="bt">热门文章</td></tr><tr><td><ul>{rank(site, a, "rmwz", 8)}</ul></td></tr></table>
<table width="100%"><tr><td class="bt">推荐文章</td></tr><tr><td><ul>{others(site, a, "dj", 5)}</ul></td></tr></table></td>
<td width="578" valign="top"><table width="100%"><tr><td class="dqwz">您现在的位置：<a href="/">{GW}</a> &gt;&gt; <a href="/Article/List.asp?ClassID=3">机关党建</a> &gt;&gt; 正文</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="main_ArticleTitle"><tr><td align="center"><font size="4"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="Article_tdbgall">作者：{esc(author)}　文章来源：{"本站原创" if style != "office" else "市直机关工委"}　点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={a.path.rsplit("=", 1)[1]}"></script>{hits}　更新时间：{a.when.year}-{a.when.month}-{a.when.day}</td></tr>
<tr><td class="main_ArticleContent" id="fontzoom">{paras(a.blocks, indent=not old)}</td></tr>
<tr><td align="right">文章录入：jgdj{a.i % 3 + 1}　　{ed}</td></tr></table>
<table width="100%"><tr><td>上一篇文章：<a href="/Article/List.asp?ClassID=3">返回列表</a></td></tr></table>
{relbox}
</td></tr></table>
<table width="778" align="center"><tr><td align="center" class="copyright">中共滨海市直属机关工作委员会　版权所有<br>Powered by 动易网站管理系统</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312", header=not old)


PAGES = {"jw": jw_page, "rd": rd_page, "zx": zx_page, "dj": dj_page, "gw": gw_page}


def register(site: Site62) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
