"""Site 52's article pages: the 广东 集约化 department page (来源/发布时间/分享 bar, 【字体：大 中
小】, 打印, 关闭), the 浙江 platform page (信息索引号 table, 浏览次数 by script), the 四川 county
page (文章来源/作者, 审核/签发 lines), the 江苏 政务动态 page (相关链接 and 政策解读 boxes) and the
2019 广东 legacy TRS page (tables, GB2312)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site52

LABELS = {
    "gd": "广东省农业农村厅",
    "zj": "安吉县人民政府",
    "sc": "蒲江县人民政府",
    "js": "江苏省生态环境厅",
    "old": "广东省农业厅（2019）",
}
COLUMNS = {
    "gd": "部门动态",
    "zj": "工作动态",
    "sc": "部门动态",
    "js": "政务动态",
    "old": "工作动态",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site52, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def body_html(blocks: list[Block], indent: bool = True) -> str:
    ind = ' style="text-indent: 2em;"' if indent else ""
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{ind}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p{ind}><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" title="{esc(b.text)}" alt="" border="0" /></p>'
            )
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
            if b.credit:
                out.append(f'<p style="text-align: center;">{esc(b.credit)}</p>')
    return "\n".join(out)


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s52' + tpl)}</script>"


def meta(a: Art, author: str, url: str) -> str:
    ctx = a.x["ctx"]
    return gov_meta(
        LABELS[a.tpl].removesuffix("（2019）"),
        "127.0.0.1",
        {
            "gd": "4400000061",
            "zj": "3305230001",
            "sc": "5101310002",
            "js": "3200000023",
            "old": "4400000061",
        }[a.tpl],
        COLUMNS[a.tpl],
        a.title,
        f"{a.when:%Y-%m-%d %H:%M}",
        ctx["unit"],
        author,
        ctx["topic"],
        trunc(a.paras[0], 60),
        url,
    )


def author_text(a: Art) -> str:
    st, nm = a.x["style"], a.x["nm"]
    if st in ("person", "person_ed"):
        return nm[0]
    if st == "two":
        return f"{nm[0]} {nm[1]}" if a.tpl != "old" else f"{nm[0]}、{nm[1]}"
    if st == "office":
        return a.x["office"]
    return ""


def when_text(a: Art) -> str:
    fmt = {"day": "%Y-%m-%d", "minute": "%Y-%m-%d %H:%M", "second": "%Y-%m-%d %H:%M:%S"}
    return a.when.strftime(fmt[a.precision])


def closing(a: Art) -> str:
    nm, end = a.x["nm"], a.x["end"]
    return {
        "ed": f"编辑：{nm[4]}",
        "ed_sh": f"编辑：{nm[4]}　审核：{nm[5]}",
        "sh_qf": f"审核：{nm[5]}　签发：{nm[6]}",
        "zrbj": f"责任编辑：{nm[4]}",
    }.get(end, "")


def hot(site: Site52, a: Art, k: int, fmt: str = "%m-%d") -> str:
    return "".join(li(b, fmt) for b in others(site, a, k, "hot"))


# --- 1. 广东 集约化 department page ----------------------------------------------------------
def gd_page(site: Site52, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, st = a.x["ctx"], a.x["style"]
    author = author_text(a)
    by = f'<span class="author">作者：{esc(author)}</span>' if author else ""
    supply = f'<p style="text-align: right;">（{a.x["office"]}供稿）</p>' if st == "supply" else ""
    nav = "".join(
        f'<li><a href="{h}">{t}</a></li>'
        for h, t in [
            ("/", "首页"),
            ("/zfxxgk/index.html", "政务公开"),
            ("/zwgk/gzdt/bmdt/index.html", "部门动态"),
            ("/zcjd/index.html", "政策解读"),
            ("/ztzl/bqwgc/index.html", "专题专栏"),
            ("/hdjlpt/index.html", "互动交流"),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} - 广东省农业农村厅</title>
{meta(a, author or ctx["unit"], site.base + a.path)}
{head_common(rng, "gd", 280, 45)}
</head>
<body>
<div class="gd-topbar"><div class="container"><span>您好，欢迎访问广东省农业农村厅网站！</span><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="zzms">长者模式</a> | <a href="https://www.gd.gov.cn/" target="_blank">广东省人民政府</a></div></div>
<div class="gd-header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="广东省农业农村厅"></a><form class="search" action="/search/index.html" method="get"><input name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="gd-nav"><ul class="container">{nav}</ul></div>
<div class="container main">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/index.html">政务公开</a> &gt; <a href="/zwgk/gzdt/bmdt/index.html">部门动态</a></div>
<div class="article-content">
<h1 class="zw-title">{esc(a.title)}</h1>
<div class="zw-info">
<span class="source">来源：{esc(ctx["unit"])}</span>{by}<span class="time">发布时间：{when_text(a)}</span>
<span class="share">分享：<a class="share-wx" href="javascript:;" title="分享到微信">微信</a><a class="share-wb" href="javascript:;" title="分享到微博">微博</a><a class="share-qq" href="javascript:;" title="分享到QQ空间">QQ空间</a></span>
<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
</div>
<div class="zw" id="zoomcon">
{body_html(a.blocks)}
{supply}
</div>
<div class="zw-bottom"><a href="javascript:window.print();" class="print">打印</a><a href="javascript:window.close();" class="close">关闭</a></div>
<div class="qr"><img src="/images/qr_wechat.jpg" alt="扫一扫在手机打开当前页"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="side">
<div class="box"><h3>热点关注</h3><ul>{hot(site, a, 8)}</ul></div>
<div class="box"><h3>专题专栏</h3><ul><li><a href="/ztzl/bqwgc/index.html">百县千镇万村高质量发展工程</a></li><li><a href="/zfxxgk/index.html">政府信息公开</a></li><li><a href="/zwgk/ldxx/index.html">领导信息</a></li></ul></div>
</div>
</div>
<div class="gd-footer"><div class="container"><p><a href="/wzgl/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a> | <a href="/wzgl/mzsm/index.html">免责声明</a></p>
<p>主办单位：广东省农业农村厅　地址：广州市天河区先烈东路135号　网站标识码：4400000061</p>
<p>粤ICP备05070829号　<img src="/images/ga.png">粤公网安备 44010402000000号</p>
<span id="_ideConac"><a href="https://bszs.conac.cn/" target="_blank"><img src="/images/dzjg.png" alt="党政机关"></a></span>
<span id="_span_jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></span></div></div>
<script>function doZoom(s){{document.getElementById('zoomcon').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return served(page)


# --- 2. 浙江 platform page (大汉 jcms) -----------------------------------------------------
def zj_page(site: Site52, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx = a.x["ctx"]
    author = author_text(a)
    by = f"　作者：{esc(author)}" if author else ""
    end = closing(a)
    endp = f'<p style="text-align: right;">（{end}）</p>' if end else ""
    cols = "".join(
        f'<li><a href="{h}">{t}</a></li>'
        for h, t in [
            ("/col/col1229523461/index.html", "工作动态"),
            ("/zfxxgk/index.html", "政府信息公开"),
            ("/zcjd/index.html", "政策解读"),
            ("/zwgk/ldxx/index.html", "领导信息"),
        ]
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}</title>
{meta(a, ctx["unit"], site.base + a.path)}
{head_common(rng, "zj", 270, 40)}
</head>
<body>
<div class="zjzw-top"><a href="https://www.zj.gov.cn/" target="_blank">浙江政务服务网</a> <a href="/">安吉县人民政府</a> <a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a></div>
<div class="header"><img src="/images/anji_banner.jpg" alt="安吉县人民政府"></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{cols}</ul></div>
<div class="bt-position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/index.html">政府信息公开</a> &gt; <a href="/col/col1229523461/index.html">工作动态</a></div>
<div class="main-article">
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">
<tr><td class="t1">信息索引号</td><td>11330523002607262K/{a.when.year}-{a.x["id"] % 100000:05d}</td><td class="t1">公开方式</td><td>主动公开</td></tr>
<tr><td class="t1">发布机构</td><td>{esc(ctx["unit"])}</td><td class="t1">生成日期</td><td>{a.when:%Y-%m-%d}</td></tr>
<tr><td class="t1">公开范围</td><td>面向社会</td><td class="t1">组配分类</td><td>工作动态</td></tr>
</table>
<div class="article-title">{esc(a.title)}</div>
<div class="article-info">发布日期：{when_text(a)}　信息来源：{esc(ctx["unit"])}{by}　浏览次数：<span id="hits_{a.x["id"]}"></span>
<script type="text/javascript">$.ajax({{url:"/module/visitcount/articlehits.jsp",data:{{colid:1229523461,artid:{a.x["id"]}}},success:function(d){{$("#hits_{a.x["id"]}").html(d);}}}});</script>　字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</div>
<div id="zoom" class="article-conter">
{body_html(a.blocks)}
{endp}
</div>
<div class="article-fj">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　　<a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="xgxx"><h4>最新动态</h4><ul>{hot(site, a, 6, "%Y-%m-%d")}</ul></div>
</div>
<div class="footer"><p>主办：安吉县人民政府办公室　承办：安吉县大数据发展管理局</p><p>网站标识码：3305230001　浙ICP备05000000号　浙公网安备 33052302000000号</p>
<p><a href="/wzgl/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a></p></div>
</body>
</html>
"""
    return served(page)


# --- 3. 四川 county 部门 page ---------------------------------------------------------------
def sc_page(site: Site52, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, st = a.x["ctx"], a.x["style"]
    author = author_text(a) if st != "tx" else a.x["office"]
    end = closing(a)
    endp = f'<div class="shenhe"><p>{end}</p></div>' if end else ""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}-蒲江县人民政府</title>
{meta(a, author, site.base + a.path)}
{head_common(rng, "sc", 270, 42)}
</head>
<body class="skin-blue">
<div class="sc-top"><div class="w1200"><a href="https://www.sc.gov.cn/" target="_blank">四川省人民政府</a> | <a href="http://www.chengdu.gov.cn/" target="_blank">成都市人民政府</a><span class="fr"><a href="javascript:;">无障碍</a> <a href="javascript:;">适老化</a></span></div></div>
<div class="sc-banner w1200"><img src="/images/pj_logo.png" alt="蒲江县人民政府"></div>
<div class="sc-nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zfxxgk/index.html">政府信息公开</a></li><li><a href="/gongkai/bmdt/index.html">部门动态</a></li><li><a href="/zwgk/ldxx/index.html">领导信息</a></li><li><a href="/ztzl/bqwgc/index.html">专题专栏</a></li><li><a href="/search/index.html?q=工作">站内搜索</a></li></ul></div>
<div class="w1200 sc-main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gongkai/bmdt/index.html">部门动态</a> &gt; 正文</div>
<div class="detail">
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info"><span>文章来源：{esc(ctx["unit"])}</span><span>作者：{esc(author)}</span><span>发布时间：{when_text(a)}</span><span>浏览次数：<em id="hits">-</em></span><span class="zh">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
<div class="detail-content" id="NewsContent">
{body_html(a.blocks)}
</div>
{endp}
<div class="detail-tools"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a><a href="#top">【返回顶部】</a></div>
</div>
<div class="sc-side"><div class="sbox"><h3>部门动态</h3><ul>{hot(site, a, 8)}</ul></div><div class="sbox"><h3>阅读排行</h3><ol>{"".join(li(b, "%m-%d") for b in others(site, a, 6, "rank"))}</ol></div></div>
</div>
<div class="sc-footer"><p>主办：蒲江县人民政府办公室　网站标识码：5101310002　蜀ICP备05000000号-1</p><p>川公网安备 51013102000000号　<a href="/wzgl/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a></p></div>
<script>$.get('/api/hits?id={a.x["id"]}',function(n){{document.getElementById('hits').innerHTML=n;}});</script>
</body>
</html>
"""
    return served(page)


# --- 4. 江苏 政务动态 page ------------------------------------------------------------------
def js_page(site: Site52, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx = a.x["ctx"]
    author = author_text(a)
    by = f'<span class="zz">作者：{esc(author)}</span>' if author else ""
    end = closing(a)
    endp = f'<div class="zrbj">{end}</div>' if end else ""
    rel = ""
    if a.related:
        items = "".join(li(site.by_path[p]) for p in a.related)
        rel = f'<div class="xglj"><div class="bt">相关链接</div><ul>{items}</ul></div>'
    jd = "".join(li(b) for b in others(site, a, 3, "jd", "gd"))
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)} 江苏省生态环境厅</title>
{meta(a, author, site.base + a.path)}
{head_common(rng, "js", 270, 40)}
</head>
<body>
<div class="js-head"><div class="w"><a href="/" class="logo"><img src="/images/jshbt_logo.png" alt="江苏省生态环境厅"></a><div class="links"><a href="https://www.jiangsu.gov.cn/" target="_blank">江苏省人民政府</a> <a href="javascript:;">无障碍</a></div></div></div>
<div class="js-nav"><a href="/">首页</a><a href="/col/col46143/index.html">政务动态</a><a href="/zfxxgk/index.html">信息公开</a><a href="/zcjd/index.html">政策解读</a><a href="/ztzl/bqwgc/index.html">专题专栏</a><a href="/hdjlpt/index.html">互动交流</a></div>
<div class="w js-main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col46143/index.html">政务动态</a></div>
<div class="con-box">
<div class="con-title"><h2>{esc(a.title)}</h2></div>
<div class="con-info"><span>发布日期：{when_text(a)}</span><span>信息来源：{esc(ctx["unit"])}</span>{by}<span>字号：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</span><span><a href="javascript:window.print();">打印</a></span></div>
<div id="zoom" class="con-text">
{body_html(a.blocks)}
</div>
{endp}
{rel}
<div class="zcjd"><div class="bt">政策解读</div><ul>{jd}</ul><a href="/zcjd/index.html" class="more">更多&gt;&gt;</a></div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
<div class="js-side"><div class="sb"><h3>热点信息</h3><ul>{hot(site, a, 8)}</ul></div></div>
</div>
<div class="js-foot"><p>主办单位：江苏省生态环境厅　地址：南京市鼓楼区草场门大街48号</p><p>网站标识码：3200000023　苏ICP备05000000号　苏公网安备 32010602000000号</p><p><a href="/wzgl/lxwm/index.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a></p></div>
</body>
</html>
"""
    return served(page)


# --- 5. the 2019 legacy 广东 TRS page (GB2312, tables) -----------------------------------------
def old_page(site: Site52, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx = a.x["ctx"]
    author = author_text(a)
    end = closing(a)
    endrow = f'<tr><td align="right" class="bj">【{end}】</td></tr>' if end else ""
    hotrows = "".join(
        f'<tr><td class="dot">·</td><td><a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 8, "hot")
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}</title>
<meta name="keywords" content="{esc(ctx["topic"])}">
<style>{css(rng, "trs", 300)}</style>
<script language="javascript">{filler_js(rng, "trs-common", 45)}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/2019/top_banner.jpg" width="1000" height="120"></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
<td><a href="/">首页</a></td><td><a href="/zfxxgk/index.html">政务公开</a></td><td><a href="/zwgk/gzdt/index.htm">工作动态</a></td><td><a href="/zcjd/index.html">政策解读</a></td><td><a href="/wzgl/lxwm/index.html">联系我们</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="230" valign="top" class="left">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lbt">热点新闻</td></tr><tr><td><table width="100%">{hotrows}</table></td></tr></table>
</td>
<td width="770" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="wz">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/gzdt/index.htm">工作动态</a></td></tr>
<tr><td align="center" class="title" height="50"><font style="font-size:20px;font-weight:bold;color:#B30000">{esc(a.title)}</font></td></tr>
<tr><td align="center" class="info" height="30">发布日期：{when_text(a)}&nbsp;&nbsp;&nbsp;来源：{esc(ctx["unit"])}&nbsp;&nbsp;&nbsp;作者：{esc(author)}&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="content" id="zoom"><div class="TRS_Editor">
{body_html(a.blocks)}
</div></td></tr>
{endrow}
<tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center">版权所有：广东省农业厅　地址：广州市先烈东路135号　粤ICP备05070829号<br>建议使用IE8.0以上浏览器，1024*768分辨率浏览</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312")


PAGES = {"gd": gd_page, "zj": zj_page, "sc": sc_page, "js": js_page, "old": old_page}


def register(site: Site52) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
