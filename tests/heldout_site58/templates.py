"""Site 58's article pages: the 区政府网 新闻中心 (UTF-8, "headline-清河区人民政府网", the 政府网站
meta block), the 街道 channel on an older DedeCMS-style CMS in GBK ("headline--华兴街道办事处"),
the 区融媒体中心's news site (清河融媒讯 leads, 记者 byline lines, 摄影 credits), the conversion
service's 繁體 mirror in Big5 (``/gate/big5/…``) and the English mirror ("By NAME", "Source:",
"Updated:")."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc
from .pools import STREETS

if TYPE_CHECKING:
    from .generator import Site58

SITE = "清河区人民政府网"
TW_SITE = "清河區人民政府網"
RM_SITE = "清河融媒"
GATE = "/gate/big5/www.qinghe.gov.cn"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site58, a: Art, key: str, k: int = 10) -> str:
    """A most-read box's lines: other stories in the page's script (the mirrors list their own)."""
    rng = page_rng(site.seed, key + a.path)
    tpls = (a.tpl,) if a.tpl in ("tw", "en") else ("zf", "jd", "rm")
    pool = [b for b in site.arts if b.tpl in tpls and b is not a]
    k = min(k, len(pool))
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 18))}</a></li>'
        for n, b in enumerate(rng.sample(pool, k), 1)
    )


def rel_list(site: Site58, a: Art) -> str:
    return "".join(li(site.by_path[p], "%m-%d") for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 320, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s58' + tpl)}</script>"


def nav(zh: bool = True) -> str:
    return (
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/qxyw/index.html">清河要闻</a></li>'
        '<li><a href="/jdpd/list_5_1.html">街道动态</a></li><li><a href="/rmtzx/news/">融媒体中心</a></li>'
        '<li><a href="/xxgk/index.html">政府信息公开</a></li><li><a href="/zwgk/ldzc/index.html">领导之窗</a></li>'
        '<li><a href="/zt/2024/kcqh/index.html">专题专栏</a></li><li><a href="/rmtzx/video/index.html">视频</a></li>'
        f'<li><a href="{GATE}/xwzx/bmdt/index.html">繁體</a></li><li><a href="/en/news/">English</a></li></ul>'
    )


def gov_footer(year: int) -> str:
    return (
        '<div class="footer"><p><a href="/wzdt/index.html">网站地图</a> | <a href="/lxwm/index.html">联系我们</a> | <a href="/sybz/index.html">使用帮助</a></p>'
        f"<p>主办：滨海市清河区人民政府办公室　承办：清河区融媒体中心　版权所有 &copy; {year}</p>"
        '<p>网站标识码：0000000000　X ICP备00000000号　X公网安备 00000000000000号</p><p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p></div>'
    )


def img_html(b: Block, sep: str = " ", cls: str = "pic") -> str:
    cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
    cap_html = f'\n<p class="{cls}" style="text-align: center;">{cap}</p>' if cap else ""
    return f'<p style="text-align: center;"><img src="{b.src}" alt="" border="0"></p>{cap_html}'


def paras(blocks: list[Block], indent: str = "", sep: str = " ") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{indent}{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(img_html(b, sep))
    return "\n".join(out)


# --- 1. 区政府网 新闻中心 (UTF-8) ------------------------------------------------------------------
OFFICES = ["区发展改革委", "区政府办公室", "区商务局", "区住房城乡建设局"]


def zf_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {"person": nm[0], "two": f"{nm[0]} {nm[2]}", "office": OFFICES[a.i % 4]}.get(style, "")


def zf_page(site: Site58, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    author = zf_author(a)
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    au = f"　作者：{esc(author)}" if author else ""
    meta = gov_meta(
        SITE,
        "www.qinghe.gov.cn",
        "0000000000",
        "清河要闻",
        a.title,
        pub,
        "清河区融媒体中心",
        author,
        "清河区,新闻",
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    body = paras(a.blocks, sep="　")
    hot = rank(site, a, "djph")
    if old:
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="position"><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.html">新闻中心</a> &gt; <a href="/xwzx/qxyw/index.html">清河要闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" class="article"><tr><td class="title" align="center">{esc(a.title)}</td></tr>
<tr><td class="info" align="center">发布时间：{pub}　来源：清河区融媒体中心{au}　浏览次数：<span id="hits">{rng.randint(100, 9999)}</span></td></tr>
<tr><td class="content"><div class="TRS_Editor">
{body}
</div></td></tr>
<tr><td class="editor" align="right">责任编辑：{esc(a.editors[0])}</td></tr></table>
{relbox}
</td><td width="280" valign="top"><div class="right-box"><h3>点击排行</h3><ol>{hot}</ol></div></td></tr></table>"""
    else:
        main = f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.html">新闻中心</a> &gt; <a href="/xwzx/qxyw/index.html">清河要闻</a></div>
<div class="main clearfix"><div class="left-con">
<div class="article">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info"><span>发布时间：{pub}</span><span>来源：清河区融媒体中心</span>{f"<span>作者：{esc(author)}</span>" if author else ""}<span>浏览次数：<script>document.write(getHits("{a.x["id"]}"));</script></span><span class="font">【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
<div class="art-con" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="art-editor">责任编辑：{esc(a.editors[0])}　审核：{esc(a.x["nm"][4])}</div>
<div class="art-tools"><div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div><div class="print"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div></div>
</div>
{relbox}
</div>
<div class="right-con"><div class="box"><h3>点击排行</h3><ol>{hot}</ol></div><div class="box"><h3>最新信息</h3><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("zf"))[:6] if b is not a)}</ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)}-{SITE}</title>
{meta}
{head_common(rng, "zf")}
</head>
<body>
<div class="top-bar"><span>欢迎访问滨海市清河区人民政府网</span><a href="{GATE}/xwzx/bmdt/index.html">繁體</a> | <a href="/en/news/">English</a> | <a href="javascript:;">无障碍</a></div>
<div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt="{SITE}"></a><form action="/search/index.html" class="search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
{main}
{gov_footer(a.when.year)}
</body>
</html>
"""
    return served(page)


# --- 2. 街道 channel (a DedeCMS-style CMS in GBK) --------------------------------------------------
def jd_page(site: Site58, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    street = ctx["street"]
    author = {"person": nm[0], "two": f"{nm[0]} {nm[2]}", "office": f"{street}党政办"}.get(
        style, ""
    )
    rel = rel_list(site, a)
    relbox = (
        f'<div class="xgwz"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="d1">{rel}</ul></dd></dl></div>'
        if rel
        else ""
    )
    ed = f"<p>（责任编辑：{esc(a.editors[0])}）</p>" if a.editors else ""
    charset = "gb2312" if old else "gbk"
    sibs = site.of("jd")
    k = sibs.index(a)
    prev = (
        f'<li>上一篇：<a href="{sibs[k - 1].path}">{esc(sibs[k - 1].title)}</a></li>'
        if k
        else "<li>上一篇：没有了</li>"
    )
    nxt = (
        f'<li>下一篇：<a href="{sibs[k + 1].path}">{esc(sibs[k + 1].title)}</a></li>'
        if k + 1 < len(sibs)
        else "<li>下一篇：没有了</li>"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}--{street}办事处</title>
<meta name="keywords" content="{esc(street)},{esc(ctx["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head_common(rng, "jd", 300, 40)}
</head>
<body>
<div class="header"><div class="top"><a href="/jdpd/list_5_1.html"><img src="/jdpd/templets/default/images/logo.gif" alt="{street}办事处" /></a></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/">清河区人民政府网</a></li><li><a href="/jdpd/list_5_1.html">街道动态</a></li><li><a href="/jdpd/list_5_2.html">社区风采</a></li><li><a href="/jdpd/list_5_3.html">便民服务</a></li></ul></div></div></div>
<div class="w960 center clear mt1"><div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/jdpd/list_5_1.html">街道动态</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info"><small>时间:</small>{a.when:%Y-%m-%d %H:%M:%S}<small>来源:</small>{esc(street)}{f"<small>作者:</small>{esc(author)}" if author else ""}<small>点击:</small><script src="/plus/count.php?view=yes&aid={a.x["id"] % 100000}&mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content"><table width="100%"><tr><td>
{paras(a.blocks)}
{ed}
</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul>{prev}{nxt}</ul></div><div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={a.x["id"] % 100000}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={a.x["id"] % 100000}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={a.x["id"] % 100000}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div>
{relbox}
</div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>热点新闻</strong></dt><dd class="light"><ul class="d4">{rank(site, a, "rdxw", 8)}</ul></dd></dl></div>
<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>街道导航</strong></dt><dd><ul>{"".join(f'<li><a href="/jdpd/list_5_1.html">{v}</a></li>' for v in STREETS.values())}</ul></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; {a.when.year} 滨海市清河区{street}办事处 版权所有</p><p>地址：滨海市清河区{street}办事处　电话：0000-00000000</p><p>Powered by DedeCMS</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


# --- 3. 区融媒体中心 news site (UTF-8) ---------------------------------------------------------------
def rm_page(site: Site58, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y, z = nm[0], nm[1], nm[2]
    byline = {
        "byline": f"记者 {x}",
        "byline_two": f"记者 {x} {z}",
        "byline_jt": f"记者 {x} 通讯员 {y}",
    }.get(style, "")
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align:center"><img src="{b.src}" alt=""></p>')
            if b.text:
                out.append(
                    f'<p class="img-desc" style="text-align:center">{esc(b.text)}{" " + esc(b.credit) if b.credit.startswith("（") else ""}</p>'
                )
            if b.credit.startswith("摄影"):
                out.append(f'<p style="text-align:right">{esc(b.credit)}</p>')
            elif b.credit and not b.text:
                out.append(f'<p style="text-align:center">{esc(b.credit)}</p>')
    body = "\n".join(out)
    if byline:
        body = f'<p class="byline">{esc(byline)}</p>\n{body}'
    eds = f"编辑：{esc(a.editors[0])}" + (
        f"　责任编辑：{esc(a.editors[1])}" if len(a.editors) > 1 else ""
    )
    rel = rel_list(site, a)
    relbox = (
        f'<div class="related"><div class="hd"><span>相关新闻</span></div><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    hot = rank(site, a, "rdxw", 10)
    video = "".join(
        f'<li><a href="/rmtzx/video/index.html"><img src="/rmtzx/video/img/{k}.jpg"><p>{t}</p></a></li>'
        for k, t in enumerate(["清河新闻联播", "直通街道", "清河有约"])
    )
    if old:
        main = f"""<div class="content_box"><div class="article_title"><h2>{esc(a.title)}</h2></div>
<div class="article_info">{a.when:%Y-%m-%d %H:%M:%S}　来源：清河区融媒体中心</div>
<div class="article_content">
{body}
</div>
<div class="article_editor">{eds}</div>
{relbox}</div>
<div class="sidebar"><div class="box"><h3>热点新闻</h3><ul>{hot}</ul></div></div>"""
    else:
        main = f"""<div class="main-left"><div class="crumbs"><a href="/rmtzx/news/">首页</a> &gt; <a href="/rmtzx/news/">清河新闻</a> &gt; 正文</div>
<div class="detail">
<h1>{esc(a.title)}</h1>
<div class="detail-info"><span class="source">来源：清河区融媒体中心</span><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="views">阅读：<em id="readnum">{rng.randint(300, 30000)}</em></span></div>
<div class="detail-content">
{body}
</div>
<div class="detail-editor">{eds}　审核：{esc(nm[5])}</div>
<div class="detail-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a></div>
</div>
{relbox}
</div>
<div class="main-right"><div class="box hot"><div class="hd"><span>热点新闻</span></div><ol>{hot}</ol></div><div class="box"><div class="hd"><span>视频新闻</span></div><ul class="video">{video}</ul></div><div class="box"><div class="hd"><span>扫码下载客户端</span></div><img src="/rmtzx/images/app.png" alt="清河融媒客户端"></div></div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}_{RM_SITE}</title>
<meta name="keywords" content="清河融媒,清河新闻">
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
{head_common(rng, "rm", 300, 45)}
</head>
<body>
<div class="header"><div class="w1200"><a href="/rmtzx/news/" class="logo"><img src="/rmtzx/images/logo.png" alt="清河融媒"></a><ul class="menu"><li><a href="/rmtzx/news/">首页</a></li><li><a href="/rmtzx/news/">清河新闻</a></li><li><a href="/rmtzx/video/index.html">视频</a></li><li><a href="/rmtzx/calendar/index.html">往期回顾</a></li><li><a href="/rmtzx/tag/csgx.html">城市更新</a></li><li><a href="/">区政府网</a></li></ul></div></div>
<div class="w1200 clearfix">
{main}
</div>
<div class="footer"><p>清河区融媒体中心 版权所有 &copy; {a.when.year}　新闻热线：0000-00000000</p><p>互联网新闻信息服务许可证：00000000000　X ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 4. 繁體 mirror (a conversion service, Big5) -----------------------------------------------
def tw_page(site: Site58, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    style, nm, old = a.x["style"], a.x["nm"], a.x["old"]
    author = {
        "person": nm[0],
        "office": ["區發展改革委", "區政府辦公室", "區商務局", "區住房城鄉建設局"][a.i % 4],
    }.get(style, "")
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><h3>相關新聞</h3><ul>{rel}</ul></div>' if rel else ""
    hot = rank(site, a, "djph", 10)
    body = paras(a.blocks, sep="　")
    au = f"<span>作者：{esc(author)}</span>" if author else ""
    banner = f'<div id="gate_bar" style="background:#ffc;border-bottom:1px solid #999;font-size:12px;padding:2px 8px">本頁面由繁簡轉換服務提供 | <a href="{a.path.replace(GATE, "")}">簡體中文</a> | 繁體中文</div>'
    if old:
        main = f"""<table width="1000" align="center"><tr><td>當前位置：<a href="{GATE}/">首頁</a> &gt; <a href="{GATE}/xwzx/bmdt/index.html">部門動態</a></td></tr></table>
<table width="1000" align="center"><tr><td width="700" valign="top"><table width="100%"><tr><td class="title" align="center">{esc(a.title)}</td></tr>
<tr><td align="center" class="info">發布時間：{pub}　來源：清河區融媒體中心{"　作者：" + esc(author) if author else ""}</td></tr>
<tr><td class="content"><div class="TRS_Editor">
{body}
</div></td></tr><tr><td align="right">責任編輯：{esc(a.editors[0])}</td></tr></table>{relbox}</td>
<td width="280" valign="top"><h3>點擊排行</h3><ol>{hot}</ol></td></tr></table>"""
    else:
        main = f"""<div class="position">當前位置：<a href="{GATE}/">首頁</a> &gt; <a href="{GATE}/xwzx/index.html">新聞中心</a> &gt; <a href="{GATE}/xwzx/bmdt/index.html">部門動態</a></div>
<div class="main clearfix"><div class="left-con"><div class="article">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info"><span>發布時間：{pub}</span><span>來源：清河區融媒體中心</span>{au}<span class="font">【字體：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
<div class="art-con" id="zoom"><div class="TRS_Editor">
{body}
</div></div>
<div class="art-editor">責任編輯：{esc(a.editors[0])}　審核：{esc(nm[4])}</div>
<div class="print"><a href="javascript:window.print();">【打印本頁】</a><a href="javascript:window.close();">【關閉窗口】</a></div>
</div>{relbox}</div>
<div class="right-con"><div class="box"><h3>點擊排行</h3><ol>{hot}</ol></div></div></div>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(a.title)}-{TW_SITE}</title>
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{pub}">
<meta name="ContentSource" content="清河區融媒體中心">
{head_common(rng, "tw", 320, 45)}
</head>
<body>
{banner}
<div class="header"><a href="{GATE}/" class="logo"><img src="{GATE}/images/logo.png" alt="{TW_SITE}"></a></div>
<div class="navbar"><ul class="nav"><li><a href="{GATE}/">首頁</a></li><li><a href="{GATE}/xwzx/bmdt/index.html">部門動態</a></li><li><a href="/">簡體版</a></li></ul></div>
{main}
<div class="footer"><p>主辦：濱海市清河區人民政府辦公室　承辦：清河區融媒體中心</p><p>網站標識碼：0000000000</p></div>
</body>
</html>
"""
    return served(page, "big5")


# --- 5. English mirror --------------------------------------------------------------------------
def en_page(site: Site58, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    by = {"one": f"By {nm[0]}", "two": f"By {nm[0]} and {nm[2]}"}.get(style, "")
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        else:
            out.append(
                f'<figure><img src="{b.src}" alt="{esc(b.text)}"><figcaption>{esc(b.text)} {esc(b.credit)}</figcaption></figure>'
            )
    body = "\n".join(out)
    rel = rel_list(site, a)
    relbox = f'<div class="related"><h3>Related Stories</h3><ul>{rel}</ul></div>' if rel else ""
    ed = f'<p class="editor">Editor: {esc(a.editors[0])}</p>' if a.editors else ""
    by_html = f'<span class="by">{esc(by)}</span>' if by else ""
    info = (
        f'<div class="info">{by_html}<span class="src">Source: Qinghe District Media Center</span><span class="date">Updated: {a.when:%Y-%m-%d %H:%M}</span></div>'
        if not old
        else f'<table class="info"><tr><td>{esc(by)}</td><td>Source: Qinghe District Media Center</td><td>Updated: {a.when:%Y-%m-%d %H:%M}</td></tr></table>'
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - Qinghe District, Binhai</title>
<meta name="description" content="{esc(trunc(a.paras[0], 120))}">
{head_common(rng, "en", 300, 40)}
</head>
<body>
<header class="top"><a href="/en/news/" class="logo">QINGHE DISTRICT</a><nav><a href="/en/news/">News</a><a href="/en/news/page/2/">More news</a><a href="/">中文</a></nav></header>
<main class="container"><article class="main">
<div class="breadcrumb"><a href="/en/news/">Home</a> / News</div>
<h1>{esc(a.title)}</h1>
{info}
<div class="article-body" id="Content">
{body}
</div>
{ed}
{relbox}
</article>
<aside class="side"><div class="box"><h3>Most Read</h3><ol>{rank(site, a, "mr", 8)}</ol></div></aside>
</main>
<footer><p>Copyright &copy; {a.when.year} Qinghe District People's Government. All rights reserved.</p></footer>
</body>
</html>
"""
    return served(page)


PAGES = {"zf": zf_page, "jd": jd_page, "rm": rm_page, "tw": tw_page, "en": en_page}


def register(site: Site58) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
