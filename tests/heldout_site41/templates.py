"""Site 41's article pages: 天山网 (TRS, the 2019 ``/system/`` layout and the Uyghur mirror),
中国西藏网 (TRS), 哈日淖尔旗之窗 (an ASP 旗 government portal in GBK), 广西新闻网 (the 2019 pages
in GB2312) and 延边新闻网 with its Korean mirror 연변뉴스."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, html_page, lis, page_rng, pics, rank, stats_js, trunc
from .pools import KO_POOLS, MGL, UY_POOLS, context

if TYPE_CHECKING:
    from .generator import Site41

LABELS = {
    "ts": "天山网",
    "tibet": "中国西藏网",
    "qx": "哈日淖尔旗之窗",
    "gx": "广西新闻网",
    "yb": "延边新闻网",
}
WEEK = "一二三四五六日"


def related(site: Site41, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(
    site: Site41, a: Art, k: int, salt: str, pred: Callable[[Art], bool] | None = None
) -> list[Art]:
    """``k`` other stories of ``a``'s template (none of its related ones) for a rail."""
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.of(a.tpl)
        if b is not a and b.path not in a.related and (pred is None or pred(b))
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(
    blocks: list[Block],
    para: Callable[[str], str],
    head: Callable[[str], str],
    img: Callable[[Block], str],
) -> str:
    return "\n".join(
        para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b) for b in blocks
    )


def desc(a: Art, n: int = 90) -> str:
    sep = " " if a.x.get("uy") or a.x.get("ko") else ""
    return esc(trunc(a.body.replace("\n", sep), n))


def fake_heads(site: Site41, key: str, salt: str, k: int) -> list[str]:
    """Headlines of a mirror's other stories (not served here): rails of the Uyghur and Korean
    pages."""
    rng = page_rng(site.seed, salt)
    pools = {"uy": UY_POOLS, "ko": KO_POOLS}[key]
    used: set[str] = set()
    return [pools.headline(rng, key, context(rng, key), used) for _ in range(k)]


# --- 1. 天山网 ------------------------------------------------------------------------------------

TS_NAV = [
    ("首页", "/"),
    ("时政", "/xwzx/szxw/index.shtml"),
    ("经济", "/xwzx/jjxw/index.shtml"),
    ("地州", "/xwzx/dzxw/index.shtml"),
    ("兵团", "/xwzx/szxw/index.shtml#bt"),
    ("国内", "/xwzx/szxw/index.shtml#gn"),
    ("国际", "/xwzx/szxw/index.shtml#gj"),
    ("社会", "/xwzx/dzxw/index.shtml#sh"),
    ("文化", "/xwzx/dzxw/index.shtml#wh"),
    ("旅游", "/xwzx/jjxw/index.shtml#ly"),
    ("体育", "/xwzx/dzxw/index.shtml#ty"),
    ("图片", "/xwzx/dzxw/index.shtml#tp"),
    ("视频", "/xwzx/dzxw/index.shtml#sp"),
    ("专题", "/zt/index.shtml"),
    ("天山网评", "/xwzx/szxw/index.shtml#wp"),
    ("石榴云", "/xwzx/szxw/index.shtml#sly"),
]
TS_SECS = {"szxw": "时政新闻", "jjxw": "经济新闻", "dzxw": "地州新闻"}
XJ_MEDIA = [
    "新疆日报",
    "新疆广播电视台",
    "石榴云",
    "亚心网",
    "新疆网",
    "兵团网",
    "乌鲁木齐晚报",
    "新疆法制报",
    "人民网新疆频道",
    "新华网新疆频道",
    "中国新疆网",
    "新疆文明网",
]


def ts_byline(a: Art) -> str:
    """The byline paragraph opening the story (not body)."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "bd": f"天山网-新疆日报记者 {nm[0]} 通讯员 {nm[3]} 报道",
        "two": f"天山网-新疆日报记者 {nm[0]} {nm[1]} 报道",
        "sls": f"石榴云/新疆日报记者 {nm[0]} 实习生 {nm[2]}",
        "wentu": f"文/图 天山网-新疆日报记者 {nm[0]}",
        "tx": f"通讯员 {nm[3]} {nm[4]}",
        "bd2": f"天山网-新疆日报记者 {nm[0]} 通讯员 {nm[3]} {nm[4]} 报道",
    }.get(style, "")


def _ts_img(b: Block) -> str:
    cap = esc(b.text)
    if b.credit:
        cap += f"（{esc(b.credit)}）"
    capline = f'<p style="text-align: center;" class="pic-desc">{cap}</p>' if cap else ""
    return f'<p style="text-align: center;"><img src="{b.src}" title="" alt="" oldsrc="{b.src.rsplit("/", 1)[-1]}" /></p>{capline}'


def _ts_head(site: Site41, rng, title: str, extra: str, bodycls: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{extra}
<link rel="stylesheet" href="/images/ts2022/css/common.css">
<style type="text/css">{css(rng, "ts", 430)}</style>
<script src="/images/ts2022/js/jquery-1.11.3.min.js"></script>
<script>{filler_js(rng, "ts-common", 80)}</script>
<script>{stats_js("tscn")}</script>
</head>
<body class="{bodycls}">"""


def _ts_top(rng) -> str:
    nav = "".join(f'<li><a href="{h}" target="_blank">{n}</a></li>' for n, h in TS_NAV)
    return f"""<div class="topbar"><div class="w1200"><div class="fl"><a href="/">天山网首页</a><span>|</span><a href="/uy/index.shtml" class="lang-uy">ئۇيغۇرچە</a><a href="http://kz.ts.example/" class="lang-kz">قازاقشا</a><a href="http://en.ts.example/" class="lang-en">English</a><a href="http://www.ts.example/m/">手机版</a></div><div class="fr"><a href="javascript:;">登录</a><a href="javascript:;">注册</a><a href="/about.html">联系我们</a></div></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/ts2022/img/logo.png" alt="天山网"></a><div class="slogan">新疆维吾尔自治区重点新闻网站</div><form class="search" action="/search" method="get"><input name="q" type="text" placeholder="请输入关键字"><button type="submit">搜索</button></form></div>
<div class="navbar"><div class="w1200"><ul class="nav">{nav}</ul></div></div>
<div class="w1200 adv"><a href="javascript:;"><img src="/images/ts2022/ad/ad_{rng.randint(1, 9)}.jpg" width="1200" height="90" alt=""></a></div>"""


def _ts_right(site: Site41, a: Art) -> str:
    zh = lambda b: not b.x["uy"]  # noqa: E731
    return f"""<div class="detail-right">
<div class="r-box rdph"><div class="r-tit"><span>热点排行</span></div><ol>{rank(others(site, a, 10, "hot", zh))}</ol></div>
<div class="r-box tpxw"><div class="r-tit"><span>图片新闻</span></div><ul>{pics(others(site, a, 4, "pic", zh), "/images/pic")}</ul></div>
<div class="r-box tswp"><div class="r-tit"><span>天山网评</span></div><ul>{lis(others(site, a, 6, "wp", zh), n=24)}</ul></div>
<div class="r-box sly"><a href="javascript:;"><img src="/images/ts2022/img/sly_qr.png" alt=""></a><p>扫码下载石榴云客户端</p></div>
</div>"""


def _ts_foot() -> str:
    links = "".join(
        f'<a href="http://www.ts.example/link/{k}" target="_blank">{n}</a>'
        for k, n in enumerate(XJ_MEDIA)
    )
    return f"""<div class="footer"><div class="w1200"><div class="links">友情链接：{links}</div>
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html#ad">广告服务</a> | <a href="/about.html#law">法律声明</a> | <a href="/about.html#jb">违法和不良信息举报</a></p>
<p>新疆维吾尔自治区党委宣传部主管　新疆日报社（新疆新闻传媒集团）主办　天山网版权所有</p>
<p>互联网新闻信息服务许可证编号：65120170001　新ICP备07000123号-1　新公网安备 65010202000123号</p>
<p>违法和不良信息举报电话：0991-1234567　举报邮箱：jubao@ts.example</p></div></div>"""


def ts(site: Site41, a: Art) -> tuple[bytes, str]:
    if a.x["uy"]:
        return ts_uy(site, a)
    if a.x["old"]:
        return ts_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, style = a.x, a.x["style"]
    sec_name = TS_SECS[x["sec"][0]]
    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent: 2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em;"><strong>{esc(t)}</strong></p>',
        _ts_img,
    )
    byl = ts_byline(a)
    if byl:
        body = f'<p style="text-indent: 2em;">{esc(byl)}</p>\n' + body
    info_editor = style in ("bd", "two", "sls", "bd2")
    info = (
        f'<span class="time">{a.when:%Y-%m-%d %H:%M}</span>'
        f'<span class="source">来源：{esc(x["source"])}</span>'
        + (f'<span class="editor">编辑：{esc(a.editors[0])}</span>' if info_editor else "")
    )
    closing = (
        "" if info_editor else f'<div class="detail-zrbj">（责任编辑：{esc(a.editors[0])}）</div>'
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="xgxw-tit"><span>相关新闻</span></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    share = {
        "title": a.title,
        "url": f"{site.base}{a.path}",
        "pic": next((b.src for b in a.blocks if b.kind == "img"), ""),
        "desc": trunc(a.paras[0], 60),
    }
    extra = (
        f'<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])}">\n'
        f'<meta name="description" content="{desc(a)}">\n'
        f'<meta name="SiteName" content="天山网"><meta name="SiteDomain" content="www.ts.cn"><meta name="SiteIDCode" content="TS0001">\n'
        f'<meta name="ColumnName" content="{sec_name}"><meta name="ColumnType" content="新闻">\n'
        f'<meta name="ArticleTitle" content="{esc(a.title)}">\n'
        f'<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">\n'
        f'<meta name="ContentSource" content="{esc(x["source"])}">'
    )
    page = _ts_head(site, rng, f"{a.title}-天山网 - 新疆新闻门户", extra, "detail-page")
    page += f"""
{_ts_top(rng)}
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/szxw/index.shtml">新闻中心</a> &gt; <a href="/xwzx/{x["sec"][0]}/index.shtml">{sec_name}</a></div>
<div class="w1200 detail clearfix">
<div class="detail-left">
<div class="detail-title"><h1>{esc(a.title)}</h1></div>
<div class="detail-info">{info}<span class="font">字号：<a href="javascript:setFont(18)">大</a><a href="javascript:setFont(16)">中</a><a href="javascript:setFont(14)">小</a></span></div>
<div class="detail-share"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a></div>
<div class="detail-content" id="detailContent"><div class="TRS_Editor">
{body}
</div></div>
{closing}
<div class="detail-ewm"><img src="/images/ts2022/img/ewm.png" alt=""><p>扫一扫 在手机打开当前页</p></div>
{rel_html}
<div class="detail-statement">凡本网注明“来源：天山网”的所有作品，版权均属于天山网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</div>
</div>
{_ts_right(site, a)}
</div>
{_ts_foot()}
<script>var shareInfo = {json.dumps(share, ensure_ascii=False)};function setFont(s){{document.getElementById('detailContent').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return html_page(page)


def ts_old(site: Site41, a: Art) -> tuple[bytes, str]:
    """The 2019 ``/system/2019/05/08/0356NNNNN.shtml`` pages: the old table layout, no ``<h1>``,
    the date with seconds and 作者 in the info line."""
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]
    author = nm[0] if style == "old" else f"记者 {nm[0]} 通讯员 {nm[3]}"

    def img(b: Block) -> str:
        cap = esc(b.text) + (f"（{esc(b.credit)}）" if b.credit else "")
        return f'<p align="center"><img src="{b.src}" border="0"></p>' + (
            f'<p align="center">{cap}</p>' if cap else ""
        )

    body = body_html(
        a.blocks, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    rel = related(site, a)
    rel_html = (
        f'<table width="100%" class="xgxw"><tr><td class="hei14b">相关新闻</td></tr><tr><td><ul>{lis(rel, "%Y-%m-%d")}</ul></td></tr></table>'
        if rel
        else ""
    )
    hot = "".join(
        f'<tr><td class="hei12">·<a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 12, "oldhot", lambda b: not b.x["uy"])
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}_天山网新闻中心</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<style type="text/css">{css(rng, "tsold", 520)}</style>
<script language="javascript">{filler_js(rng, "ts-2016", 90)}</script>
<script language="javascript">{stats_js("tscn-old")}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo_2016.gif" border="0"></a></td><td align="right" class="hei12"><a href="/uy/index.shtml">ئۇيغۇرچە</a> | <a href="http://kz.ts.example/">قازاقشا</a> | <a href="http://en.ts.example/">English</a></td></tr>
<tr><td colspan="2" class="nav">{"　".join(f'<a href="{h}">{n}</a>' for n, h in TS_NAV)}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="hui12" height="30">您当前的位置 : <a href="/">天山网</a> &gt;&gt; <a href="/xwzx/szxw/index.shtml">新闻中心</a> &gt;&gt; <a href="/xwzx/szxw/index.shtml">时政新闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="690" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="btt" height="60"><span id="title">{esc(a.title)}</span></td></tr>
<tr><td align="center" class="hui12">{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(x["source"])}　作者：{esc(author)}　编辑：{esc(a.editors[0])}</td></tr>
<tr><td><hr size="1" noshade color="#cccccc"></td></tr>
<tr><td class="zw" id="zoom"><!--content-->
{body}
<!--/content--></td></tr>
<tr><td align="right" class="hui12">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
{rel_html}
</td><td width="10"></td><td width="300" valign="top"><table width="100%" class="side"><tr><td class="hei14b">新闻排行</td></tr>{hot}</table></td></tr></table>
<table width="1000" border="0" align="center"><tr><td align="center" class="hui12">天山网版权所有　新ICP备07000123号<br>{"　".join(XJ_MEDIA)}</td></tr></table>
</body>
</html>
"""
    return html_page(page)


UY_NAV = [
    ("باش بەت", "/uy/index.shtml"),
    ("شىنجاڭ خەۋەرلىرى", "/uy/index.shtml#xj"),
    ("مەملىكەت ئىچى", "/uy/index.shtml#gn"),
    ("خەلقئارا", "/uy/index.shtml#gj"),
    ("ئىقتىساد", "/uy/index.shtml#jj"),
    ("مەدەنىيەت", "/uy/index.shtml#wh"),
    ("سۈرەتلىك خەۋەر", "/uy/index.shtml#tp"),
    ("سىن", "/uy/index.shtml#sp"),
    ("ئوبزور", "/uy/index.shtml#pl"),
]


def uy_chrome(
    site: Site41, rng, key: str, title: str, main: str, extra: str = ""
) -> tuple[bytes, str]:
    nav = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in UY_NAV)
    heads = fake_heads(site, "uy", key + "rail", 8)
    hot = "".join(
        f'<li><span>{k}</span><a href="/uy/index.shtml">{esc(h)}</a></li>'
        for k, h in enumerate(heads, 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="ug" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{extra}
<style type="text/css">body{{direction:rtl;font-family:"UKIJ Tuz Tom","Alkatip Basma Tom",Tahoma,sans-serif}}{css(rng, "uy", 420)}</style>
<script>{filler_js(rng, "uy-common", 80)}</script>
<script>{stats_js("uytscn")}</script>
</head>
<body>
<div class="top"><div class="w1200"><a href="/">汉文</a> | <a href="/uy/index.shtml">ئۇيغۇرچە</a> | <a href="http://kz.ts.example/">قازاقشا</a> | <a href="http://en.ts.example/">English</a></div></div>
<div class="header w1200"><a href="/uy/index.shtml" class="logo"><img src="/uy/images/logo.png" alt="تەڭرىتاغ تورى"></a><form action="/search" class="search"><input name="q" type="text"><button>ئىزدەش</button></form></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 main clearfix">{main}
<div class="side"><div class="box"><h3>ئەڭ كۆپ كۆرۈلگەنلەر</h3><ol>{hot}</ol></div>
<div class="box"><h3>سۈرەتلىك خەۋەرلەر</h3><ul>{"".join(f'<li><a href="/uy/index.shtml"><img src="/uy/pic/side_{k}.jpg" alt=""></a></li>' for k in range(4))}</ul></div></div>
</div>
<div class="footer"><p>تەڭرىتاغ تورى نەشر ھوقۇقى ساقلىنىدۇ</p><p>新ICP备07000123号-1　新公网安备 65010202000123号</p><p><a href="/about.html">بىز ھەققىدە</a> | <a href="/contact.html">ئالاقىلىشىش</a></p></div>
</body>
</html>
"""
    return html_page(page)


def ts_uy(site: Site41, a: Art) -> tuple[bytes, str]:
    """The Uyghur mirror's page: right to left, the source and time in the info line, the
    reporter in a first paragraph (تەڭرىتاغ تورى مۇخبىرى X) or in the info line (مۇخبىر: X، Y),
    the responsible editor (مەسئۇل مۇھەررىر) closing the story."""
    rng = page_rng(site.seed, a.path)
    x, un = a.x, a.x["un"]

    def img(b: Block) -> str:
        cap = esc(b.text) + (f" ({esc(b.credit)})" if b.credit else "")
        return f'<p style="text-align:center"><img src="{b.src}" alt=""></p>' + (
            f'<p class="pic-desc" style="text-align:center">{cap}</p>' if cap else ""
        )

    body = body_html(
        a.blocks, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    info = f"<span>مەنبە: {esc(x['source'])}</span><span>ۋاقتى: {a.when:%Y-%m-%d %H:%M}</span>"
    if x["style"] == "uy1":
        body = f"<p>تەڭرىتاغ تورى مۇخبىرى {esc(un[0])}</p>\n" + body
    else:
        info += f"<span>مۇخبىر: {esc(un[0])}، {esc(un[1])}</span>"
    rel = related(site, a)
    rel_html = (
        f'<div class="related"><h3>مۇناسىۋەتلىك خەۋەرلەر</h3><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    main = f"""<div class="article">
<div class="crumb">ئورنىڭىز: <a href="/uy/index.shtml">باش بەت</a> &gt; <a href="/uy/index.shtml#xj">شىنجاڭ خەۋەرلىرى</a></div>
<h1 class="title">{esc(a.title)}</h1>
<div class="info">{info}</div>
<div class="content" id="content">
{body}
</div>
<div class="editor">مەسئۇل مۇھەررىر: {esc(a.editors[0])}</div>
<div class="share">ھەمبەھىرلەش: <a href="javascript:;">ئۈندىدار</a> <a href="javascript:;">مىكرو بىلوگ</a></div>
{rel_html}
</div>"""
    extra = f'<meta name="ArticleTitle" content="{esc(a.title)}">\n<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">\n<meta name="ContentSource" content="{esc(x["source"])}">'
    return uy_chrome(site, rng, a.path, f"{a.title} - تەڭرىتاغ تورى", main, extra)


# --- 2. 中国西藏网 ----------------------------------------------------------------------------------

TIBET_NAV = [
    ("首页", "/"),
    ("新闻", "/cn/news/yc/index.html"),
    ("资讯", "/cn/news/zx/index.html"),
    ("时政", "/cn/news/zx/index.html#sz"),
    ("经济", "/cn/news/zx/index.html#jj"),
    ("社会", "/cn/news/zx/index.html#sh"),
    ("文化", "/cn/culture/wx/index.html"),
    ("旅游", "/cn/culture/wx/index.html#ly"),
    ("宗教", "/cn/culture/wx/index.html#zj"),
    ("藏学", "/cn/culture/wx/index.html#zx"),
    ("图片", "/cn/news/yc/index.html#tp"),
    ("视频", "/cn/news/yc/index.html#sp"),
    ("专题", "/cn/zt/index.html"),
    ("理论", "/cn/news/zx/index.html#ll"),
]
TIBET_SECS = {"news/yc": "原创", "news/zx": "资讯", "culture/wx": "文化"}


def tibet_author(a: Art) -> str:
    """The 作者 field as the desk typed it."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "yc": nm[0],
        "jz": f"中国西藏网 记者/{nm[0]}",
        "two": f"中国西藏网 记者/{nm[0]} {nm[1]}",
        "old": nm[0],
        "wt": f"文/{nm[0]} 图/{nm[6]}",
        "xz": f"{nm[0]}、{nm[1]}",
        "xhs": nm[0],
        "none": "",
        "out": "人民网",
        "tx": f"中国西藏网通讯员 {nm[3]}",
        "wt2": f"文/图 {nm[0]}",
    }[style]


def tibet(site: Site41, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    sec_name = TIBET_SECS[x["sec"][0]]

    def img(b: Block) -> str:
        cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
        return (
            f'<p style="text-align: center"><img src="{b.src}" style="border-width: 0px" alt="" /></p>'
            + (
                f'<p style="text-align: center" class="pic_title">{cap.strip("　")}</p>'
                if cap
                else ""
            )
        )

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent: 2em; text-align: justify">{esc(t)}</p>',
        lambda t: f'<p style="text-indent: 2em"><strong>{esc(t)}</strong></p>',
        img,
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="xgxw_tit"><h3>相关新闻</h3></div><ul>{lis(rel, "%Y-%m-%d", n=34)}</ul></div>'
        if rel
        else ""
    )
    nav = "".join(f'<a href="{h}">{n}</a>' for n, h in TIBET_NAV)
    jctj = others(site, a, 6, "jctj")
    jctj_html = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/cn/images/tj/{b.x["id"] % 997}.jpg" alt=""><p>{esc(trunc(b.title, 16))}</p></a></li>'
        for b in jctj
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_中国西藏网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])},西藏" />
<meta name="description" content="{desc(a)}" />
<meta name="SiteName" content="中国西藏网" />
<meta name="SiteDomain" content="www.tibet.cn" />
<meta name="ColumnName" content="{sec_name}" />
<meta name="ArticleTitle" content="{esc(a.title)}" />
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M:%S}" />
<meta name="ContentSource" content="{esc(x["source"])}" />
<meta name="Author" content="{esc(tibet_author(a))}" />
<link href="/cn/images/2021/css/article.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "xz", 460)}</style>
<script type="text/javascript" src="/cn/images/2021/js/jquery.min.js"></script>
<script type="text/javascript">{filler_js(rng, "tibetcn", 85)}</script>
<script type="text/javascript">{stats_js("tibetcn")}</script>
</head>
<body>
<div class="top_bar"><div class="w1200"><span class="date">{a.when:%Y年%m月%d日} 星期{WEEK[a.when.weekday()]}</span><span class="lang"><a href="http://tb.tibet.example/" class="zang">བོད་ཡིག</a> | <a href="http://tb.tibet.example/">藏文</a> | <a href="http://eng.tibet.example/">English</a> | <a href="http://m.tibet.example/">手机版</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/cn/images/2021/logo.png" alt="中国西藏网" /></a><div class="search"><form action="/search" method="get"><input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="w1200">{nav}</div></div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{"cn/" + x["sec"][0]}/index.html">{sec_name}</a> &gt; 正文</div>
<div class="w1200 content_box clearfix">
<div class="l_text">
<div class="title_box"><h1 class="title">{esc(a.title)}</h1>
<div class="info"><span class="source">来源：{esc(x["source"])}</span><span class="author">作者：{esc(tibet_author(a))}</span><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div></div>
<div class="text_box" id="text">
<div class="TRS_Editor">
{body}
</div>
</div>
<div class="editor">[责任编辑：{esc(a.editors[0])}]</div>
<div class="bshare"><span>分享到：</span><a href="javascript:;" class="bds_weixin">微信</a><a href="javascript:;" class="bds_tsina">微博</a><a href="javascript:;" class="bds_qzone">QQ空间</a></div>
{rel_html}
<div class="jctj"><div class="jctj_tit"><h3>精彩推荐</h3></div><ul>{jctj_html}</ul></div>
</div>
<div class="r_text">
<div class="r_box"><div class="r_tit">热点排行</div><ol>{rank(others(site, a, 10, "hot"))}</ol></div>
<div class="r_box"><div class="r_tit">图片新闻</div><ul>{pics(others(site, a, 4, "pic"), "/cn/images/pic")}</ul></div>
<div class="r_box zt"><div class="r_tit">专题</div><a href="/cn/zt/index.html"><img src="/cn/images/zt/2024_01.jpg" alt="" /></a><a href="/cn/zt/index.html"><img src="/cn/images/zt/2024_02.jpg" alt="" /></a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html#bq">版权声明</a> | <a href="/about.html#zp">招聘信息</a></p>
<p>中国西藏网 版权所有　未经授权禁止转载或建立镜像</p>
<p>京ICP备08101234号-1　京公网安备 11010802012345号　互联网新闻信息服务许可证 10120170001</p></div></div>
<script type="text/javascript">function doZoom(s){{document.getElementById('text').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return html_page(page)


# --- 3. 哈日淖尔旗之窗 (ASP, GBK) -------------------------------------------------------------------

QX_NAV = [
    ("网站首页", "/"),
    ("走进哈日淖尔", "/zwgk/index.asp#zj"),
    ("政务公开", "/zwgk/index.asp"),
    ("新闻中心", "/news/list.asp?classid=3"),
    ("旗县动态", "/news/list.asp?classid=3"),
    ("苏木镇动态", "/news/list.asp?classid=5"),
    ("部门动态", "/news/list.asp?classid=7"),
    ("政务服务", "/zwgk/index.asp#fw"),
    ("互动交流", "/zwgk/index.asp#hd"),
    ("专题专栏", "/zwgk/index.asp#zt"),
    ("蒙古文版", "/mgl/index.asp"),
]
QX_CLASSES = {3: "旗县动态", 5: "苏木镇动态", 7: "部门动态"}


def qx_date(w: datetime, old: bool) -> str:
    """ASP's ``Now()`` in a Chinese locale: no zero padding (2024-5-8 9:05:03); the 2019 pages
    print ``Date()`` only."""
    day = f"{w.year}-{w.month}-{w.day}"
    return day if old else f"{day} {w.hour}:{w:%M:%S}"


def qx_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zz": nm[0],
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[3]}",
        "old": nm[0],
        "unit": a.x["unit"],
        "tx": "",
        "wt": nm[0],
        "old_two": f"{nm[0]}　{nm[1]}",
        "sumu": nm[0],
        "rm2": f"{nm[0]}　{nm[1]}",
        "tx2": f"通讯员 {nm[3]} {nm[4]}",
        "old_unit": a.x["unit"],
    }[style]


def qx_closing(a: Art) -> list[str]:
    """The right-aligned lines under the story."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zz": [f"责任编辑：{nm[5]}"],
        "jz_tx": [f"审核：{nm[6]}"],
        "unit": [f"审核：{nm[6]}"],
        "tx": [f"通讯员：{nm[3]}", f"编辑：{nm[5]}　审核：{nm[6]}"],
        "wt": [f"文/图：{nm[0]}", f"审核：{nm[6]}　编辑：{nm[5]}"],
        "old_two": [f"责任编辑：{nm[5]}"],
        "rm2": [f"编辑：{nm[5]}　审核：{nm[6]}"],
        "tx2": [f"责任编辑：{nm[5]}"],
    }.get(style, [])


def qx_chrome(
    site: Site41, rng, title: str, main: str, old: bool, side: str = ""
) -> tuple[bytes, str]:
    nav = "　|　".join(f'<a href="{h}">{n}</a>' for n, h in QX_NAV)
    meta = "" if old else '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "qx", 440)}</style>
<script language="javascript" src="/js/jquery-1.4.2.min.js"></script>
<script language="javascript">{filler_js(rng, "hrne-gov", 85)}</script>
<script language="javascript">{stats_js("hrne-gov")}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td height="28" class="toptxt">今天是：<script language="javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script>　欢迎访问哈日淖尔旗之窗</td><td align="right" class="toptxt"><a href="/mgl/index.asp">{MGL["title"]}</a> | <a href="/mgl/index.asp">蒙古文版</a> | <a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);">设为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,'哈日淖尔旗之窗')">加入收藏</a></td></tr>
<tr><td colspan="2"><img src="/images/banner_2016.jpg" width="1002" height="160" alt="哈日淖尔旗之窗" /></td></tr>
<tr><td colspan="2" class="nav" height="38">{nav}</td></tr></table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="250" valign="top" class="left">{side}</td><td width="10"></td><td valign="top">{main}</td></tr></table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="26"><a href="/zwgk/index.asp#wzdt">网站地图</a> | <a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a></td></tr>
<tr><td align="center">主办：哈日淖尔旗人民政府办公室　承办：哈日淖尔旗融媒体中心　联系电话：0479-7221234</td></tr>
<tr><td align="center">蒙ICP备05001234号-1　<img src="/images/ga.png" /> 蒙公网安备 15252502000123号　网站标识码：1525250001</td></tr>
<tr><td align="center"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.example/js/06/000/0000/60412345/CA060000000604123450001.js' type='text/javascript'%3E%3C/script%3E"));</script></td></tr>
</table>
</body>
</html>
"""
    if old:
        return html_page(page, "gbk")
    return html_page(page, "gbk", header=False)


def qx_side(site: Site41, a: Art | None, key: str) -> str:
    rng = page_rng(site.seed, key + "side")
    pool = [
        b
        for b in site.of("qx")
        if b is not a and not b.x["old"] and (a is None or b.path not in a.related)
    ]
    new = sorted(rng.sample(pool, min(8, len(pool))), key=lambda b: b.when, reverse=True)
    hot = rng.sample(pool, min(8, len(pool)))

    def row(b: Art) -> str:
        return f'<tr><td class="list12">·<a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 15))}</a></td></tr>'

    return (
        f'<table width="100%" class="lbox"><tr><td class="ltit">最新信息</td></tr>{"".join(row(b) for b in new)}</table>'
        f'<table width="100%" class="lbox"><tr><td class="ltit">热门信息</td></tr>{"".join(row(b) for b in hot)}</table>'
        '<table width="100%" class="lbox"><tr><td class="ltit">便民服务</td></tr><tr><td><a href="/zwgk/index.asp#fw">办事指南</a>　<a href="/zwgk/index.asp#fw">表格下载</a>　<a href="/zwgk/index.asp#hd">旗长信箱</a>　<a href="/zwgk/index.asp#hd">12345热线</a></td></tr></table>'
    )


def qx(site: Site41, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = esc(b.text) + esc(b.credit)
        return f'<p align="center"><img src="{b.src}" border="0" width="600" /></p>' + (
            f'<p align="center">{cap}</p>' if cap else ""
        )

    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<strong>{esc(t)}</strong></p>",
        img,
    )
    closing = "".join(f'<p align="right">{esc(c)}</p>' for c in qx_closing(a))
    rel = related(site, a)
    rel_html = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgwz"><tr><td class="xgtit">相关文章</td></tr>'
        + "".join(
            f'<tr><td class="list12">·<a href="{b.path}" target="_blank">{esc(b.title)}</a>　<font color="#999999">{b.when.year}-{b.when.month}-{b.when.day}</font></td></tr>'
            for b in rel
        )
        + "</table>"
        if rel
        else ""
    )
    qxs = site.of("qx")
    k = qxs.index(a)
    prev_a, next_a = qxs[k - 1], qxs[(k + 1) % len(qxs)]
    cls = x["cls"]
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="weizhi" height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/list.asp?classid=3">新闻中心</a> &gt;&gt; <a href="/news/list.asp?classid={cls[0]}">{cls[1]}</a> &gt;&gt; 正文</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
<tr><td height="56" align="center" class="title">{esc(a.title)}</td></tr>
<tr><td height="30" align="center" class="info">来源：{esc(x["source"])}　　作者：{esc(qx_author(a))}　　发布时间：{qx_date(a.when, x["old"])}　　浏览次数：<span id="hits">{x["hits"]}</span>　　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td><hr size="1" color="#b7cde1" /></td></tr>
<tr><td class="content" id="zoom">
{body}
{closing}
</td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="sxp">上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a><br />下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></td></tr>
</table>
{rel_html}
<script language="javascript" src="/news/GetHits.asp?id={x["id"]}&amp;action=count"></script>
<script language="javascript">function fontZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>"""
    return qx_chrome(
        site, rng, f"{a.title}--哈日淖尔旗之窗", main, x["old"], qx_side(site, a, a.path)
    )


# --- 4. 广西新闻网 ----------------------------------------------------------------------------------

GX_NAV = [
    ("首页", "/"),
    ("广西", "/news/gxxw/szxw/index.shtml"),
    ("时政", "/news/gxxw/szxw/index.shtml"),
    ("社会", "/news/gxxw/shxw/index.shtml"),
    ("经济", "/news/gxxw/jjxw/index.shtml"),
    ("南宁", "/news/gxxw/szxw/index.shtml#nn"),
    ("柳州", "/news/gxxw/szxw/index.shtml#lz"),
    ("桂林", "/news/gxxw/szxw/index.shtml#gl"),
    ("百色", "/news/gxxw/szxw/index.shtml#bs"),
    ("国内", "/news/gxxw/shxw/index.shtml#gn"),
    ("国际", "/news/gxxw/shxw/index.shtml#gj"),
    ("文旅", "/news/gxxw/jjxw/index.shtml#wl"),
    ("图片", "/news/gxxw/shxw/index.shtml#tp"),
    ("视频", "/news/gxxw/shxw/index.shtml#sp"),
    ("专题", "/news/zt/index.shtml"),
    ("网络问政", "/news/gxxw/shxw/index.shtml#wz"),
]
GX_SECS = {"szxw": "时政", "shxw": "社会", "jjxw": "经济"}


def gx_byline(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "bd": f"记者 {nm[0]} 通讯员 {nm[3]} 报道",
        "gxrb": f"广西云-广西日报记者 {nm[0]} 通讯员 {nm[3]} {nm[4]}",
        "two": f"记者 {nm[0]} {nm[1]} 报道",
        "wen": f"文/广西云-广西日报记者 {nm[0]}　图/{nm[7]}",
        "tx": f"通讯员 {nm[3]} 报道",
        "old": f"本报记者 {nm[0]}",
        "old2": f"广西新闻网记者 {nm[0]} 通讯员 {nm[3]} 报道",
        "sxs": f"记者 {nm[0]} 实习生 {nm[2]} 报道",
    }.get(style, "")


def gx_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {"xun": nm[0], "src": nm[0], "two": f"{nm[0]} {nm[1]}", "old": nm[0]}.get(style, "")


def _gx_img(b: Block) -> str:
    cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
    return f'<p style="text-align:center;"><img src="{b.src}" alt="" /></p>' + (
        f'<p style="text-align:center;" class="img_descr">{cap.strip("　")}</p>' if cap else ""
    )


def gx(site: Site41, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return gx_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    sec = x["sec"]
    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>',
        _gx_img,
    )
    byl = gx_byline(a)
    if byl:
        body = f'<p style="text-indent:2em;">{esc(byl)}</p>\n' + body
    author = gx_author(a)
    info = (
        f'<span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span>'
        f'<span class="source">来源：{esc(x["source"])}</span>'
        + (f'<span class="author">作者：{esc(author)}</span>' if author else "")
        + f'<span class="editor">编辑：{esc(a.editors[0])}</span>'
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="relative-news"><div class="hd"><h3>相关新闻</h3></div><ul>{lis(rel, "%m-%d %H:%M", n=34)}</ul></div>'
        if rel
        else ""
    )
    nav = "".join(f'<li><a href="{h}" target="_blank">{n}</a></li>' for n, h in GX_NAV)
    rdtj = others(site, a, 6, "rdtj")
    rdtj_html = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/gxrbimg/tj/{b.x["id"] % 9973}.jpg" alt=""><span>{esc(trunc(b.title, 18))}</span></a></li>'
        for b in rdtj
    )
    data = {
        "articleId": str(x["id"]),
        "title": a.title,
        "pubTime": f"{a.when:%Y-%m-%d %H:%M:%S}",
        "source": x["source"],
        "channel": GX_SECS[sec[0]],
        "url": a.path,
    }
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)} - 广西新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])},广西新闻网" />
<meta name="description" content="{desc(a)}" />
<meta name="contentid" content="{x["id"]}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<meta name="source" content="{esc(x["source"])}" />
<link rel="stylesheet" href="/css/2023/detail.css" />
<style>{css(rng, "gx", 450)}</style>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>{filler_js(rng, "gxnews-common", 85)}</script>
<script>var articleData = {json.dumps(data, ensure_ascii=False)};</script>
<script>{stats_js("gxnews")}</script>
</head>
<body>
<div class="gx-top"><div class="w1200"><div class="fl"><a href="/">广西新闻网首页</a><a href="http://www.gxy.example/" target="_blank">广西云</a><a href="http://zhuang.gxnews.example/" target="_blank" lang="za">Sawcuengh</a><a href="http://m.gxnews.example/">手机版</a></div><div class="fr"><a href="javascript:;">登录</a><a href="javascript:;">注册</a></div></div></div>
<div class="gx-header w1200"><a href="/" class="logo"><img src="/images/2023/logo.png" alt="广西新闻网" /></a><div class="search"><form action="/search" method="get"><input type="text" name="q" /><button type="submit">搜索</button></form></div></div>
<div class="gx-nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 crumb">您的位置：<a href="/">广西新闻网</a> &gt; <a href="/news/gxxw/szxw/index.shtml">广西新闻</a> &gt; <a href="/news/gxxw/{sec[0]}/index.shtml">{GX_SECS[sec[0]]}</a></div>
<div class="w1200 clearfix">
<div class="article-main">
<div class="article-title"><h1>{esc(a.title)}</h1></div>
<div class="article-info">{info}</div>
<div class="article-content" id="articleContent">
{body}
</div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">新浪微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
<div class="article-statement">声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。</div>
{rel_html}
<div class="rdtj"><div class="hd"><h3>热点推荐</h3></div><ul>{rdtj_html}</ul></div>
</div>
<div class="article-side">
<div class="side-box"><div class="hd"><h3>24小时热点排行</h3></div><ol>{rank(others(site, a, 10, "hot"))}</ol></div>
<div class="side-box"><div class="hd"><h3>图片新闻</h3></div><ul>{pics(others(site, a, 4, "pic"), "/gxrbimg/pic")}</ul></div>
<div class="side-box app"><img src="/images/2023/gxy_qr.png" alt="" /><p>扫码下载广西云客户端</p></div>
</div>
</div>
<div class="gx-footer"><div class="w1200">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html#ad">广告服务</a> | <a href="/about.html#bq">版权声明</a></p>
<p>广西新闻网版权所有　未经书面授权禁止使用</p>
<p>桂ICP备05001234号-1　桂公网安备 45010302000123号　互联网新闻信息服务许可证：45120170001</p></div></div>
</body>
</html>
"""
    return html_page(page)


def gx_old(site: Site41, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: GB2312, tables, the headline in ``td.atitle``, 责任编辑 closing the
    story."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
        return f'<p align="center"><img src="{b.src}" border="0"></p>' + (
            f'<p align="center"><font color="#0000ff">{cap.strip("　")}</font></p>' if cap else ""
        )

    body = body_html(
        a.blocks, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    body = f"<p>　　{esc(gx_byline(a))}</p>\n" + body
    author = gx_author(a)
    rel = related(site, a)
    rel_html = (
        f'<table width="100%" class="xgxw"><tr><td class="xgtit">相关新闻</td></tr><tr><td><ul>{lis(rel, "%Y-%m-%d")}</ul></td></tr></table>'
        if rel
        else ""
    )
    hot = "".join(
        f'<tr><td>・<a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 12, "oldhot")
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}-广西新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<style type="text/css">{css(rng, "gxold", 520)}</style>
<script language="javascript">{filler_js(rng, "gxnews-2015", 90)}</script>
<script language="javascript">{stats_js("gxnews-old")}</script>
</head>
<body topmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo2015.gif" border="0"></a></td><td align="right"><a href="/">首页</a> | <a href="/news/gxxw/szxw/index.shtml">广西新闻</a> | <a href="/news/zt/index.shtml">专题</a></td></tr>
<tr><td colspan="2" class="nav">{"　".join(f'<a href="{h}">{n}</a>' for n, h in GX_NAV)}</td></tr>
<tr><td colspan="2" height="28">您的位置：<a href="/">广西新闻网</a> &gt;&gt; <a href="/news/gxxw/szxw/index.shtml">广西新闻</a> &gt;&gt; 正文</td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td width="680" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="atitle" align="center">{esc(a.title)}</td></tr>
<tr><td class="ainfo" align="center">{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(x["source"])}{f"　作者：{esc(author)}" if author else ""}</td></tr>
<tr><td class="acontent" id="zoom">
{body}
<p align="right">责任编辑：{esc(a.editors[0])}</p>
</td></tr></table>
{rel_html}
</td><td width="20"></td><td width="280" valign="top"><table width="100%" class="side"><tr><td class="stit">今日热点</td></tr>{hot}</table></td></tr></table>
<table width="980" align="center"><tr><td align="center">广西新闻网版权所有　桂ICP备05001234号</td></tr></table>
</body>
</html>
"""
    return html_page(page, "gb2312")


# --- 5. 延边新闻网 and 연변뉴스 ------------------------------------------------------------------------

YB_NAV = [
    ("首页", "/"),
    ("延边要闻", "/ybxw/index.html"),
    ("州内新闻", "/zn/index.html"),
    ("时政", "/ybxw/index.html#sz"),
    ("经济", "/ybxw/index.html#jj"),
    ("社会", "/zn/index.html#sh"),
    ("文化", "/zn/index.html#wh"),
    ("旅游", "/zn/index.html#ly"),
    ("图片", "/zn/index.html#tp"),
    ("视频", "/zn/index.html#sp"),
    ("专题", "/ybxw/index.html#zt"),
    ("数字报", "/ybxw/index.html#szb"),
]
YB_SECS = {"ybxw": "延边要闻", "zn": "州内新闻"}
KO_NAV = [
    ("홈", "/kr/index.html"),
    ("연변뉴스", "/kr/ybxw/index.html"),
    ("국내뉴스", "/kr/index.html#gn"),
    ("국제뉴스", "/kr/index.html#gj"),
    ("경제", "/kr/index.html#jj"),
    ("사회", "/kr/index.html#sh"),
    ("문화", "/kr/index.html#wh"),
    ("체육", "/kr/index.html#ty"),
    ("포토", "/kr/index.html#tp"),
    ("동영상", "/kr/index.html#sp"),
    ("전자신문", "/kr/index.html#dz"),
]


def yb_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "jz": nm[0],
        "jz_tx": nm[0],
        "two": f"{nm[0]}　{nm[1]}",
        "src": nm[0],
        "old": nm[0],
        "none": "",
        "zz": nm[0],
        "tx": f"通讯员 {nm[3]}",
    }[style]


def yb_byline(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {"jz": f"延边日报全媒体记者 {nm[0]}", "jz_tx": f"全媒体记者 {nm[0]} 通讯员 {nm[3]}"}.get(
        style, ""
    )


def yb(site: Site41, a: Art) -> tuple[bytes, str]:
    if a.x["ko"]:
        return yb_ko(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = esc(b.text) + esc(b.credit)
        return f'<p style="text-align:center"><img src="{b.src}" alt="" /></p>' + (
            f'<p style="text-align:center" class="imgdesc">{cap}</p>' if cap else ""
        )

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent:2em">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em"><strong>{esc(t)}</strong></p>',
        img,
    )
    byl = yb_byline(a)
    if byl:
        body = f'<p style="text-indent:2em">{esc(byl)}</p>\n' + body
    when = f"{a.when:%Y-%m-%d %H:%M:%S}" if x["old"] else f"{a.when:%Y-%m-%d %H:%M}"
    editor = f"责任编辑：{a.editors[0]}" if x["old"] else f"编辑：{a.editors[0]}"
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><h3>相关新闻</h3><ul>{lis(rel, "%Y-%m-%d")}</ul></div>' if rel else ""
    )
    nav = "".join(f'<a href="{h}">{n}</a>' for n, h in YB_NAV)
    sec = x["sec"]
    zh = lambda b: not b.x["ko"]  # noqa: E731
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_延边新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},延边" />
<meta name="description" content="{desc(a)}" />
<link rel="stylesheet" href="/static/css/content.css" />
<style>{css(rng, "yb", 450)}</style>
<script src="/static/js/jquery.min.js"></script>
<script>{filler_js(rng, "ybnews", 85)}</script>
<script>{stats_js("ybnews")}</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>{a.when:%Y年%m月%d日}　星期{WEEK[a.when.weekday()]}</span><span class="lang"><a href="/">中文</a> | <a href="/kr/index.html">조선문</a> | <a href="/ybxw/index.html#szb">延边日报数字报</a> | <a href="http://m.yb.example/">手机版</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="延边新闻网" /></a><div class="search"><form action="/search" method="get"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="w1200">{nav}</div></div>
<div class="w1200 weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/{sec[0]}/index.html">{YB_SECS[sec[0]]}</a> &gt; 正文</div>
<div class="w1200 clearfix">
<div class="left">
<div class="article">
<h1>{esc(a.title)}</h1>
<div class="info">来源：{esc(x["source"])}　作者：{esc(yb_author(a))}　发布时间：{when}　浏览量：{x["views"]}</div>
<div class="content" id="zoom">
{body}
</div>
<div class="bianji">{esc(editor)}</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
</div>
{rel_html}
</div>
<div class="right">
<div class="rbox"><h3>热门点击</h3><ol>{rank(others(site, a, 10, "hot", zh))}</ol></div>
<div class="rbox"><h3>图片新闻</h3><ul>{pics(others(site, a, 4, "pic", zh), "/pic/side")}</ul></div>
<div class="rbox"><h3>延边日报客户端</h3><img src="/static/img/app_qr.png" alt="" /></div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html#bq">版权声明</a></p><p>延边日报社主办　延边新闻网版权所有</p><p>吉ICP备05001234号-1　吉公网安备 22240102000123号</p></div></div>
</body>
</html>
"""
    return html_page(page)


def ko_chrome(
    site: Site41, rng, key: str, title: str, main: str, extra: str = ""
) -> tuple[bytes, str]:
    nav = "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in KO_NAV)
    heads = fake_heads(site, "ko", key + "rail", 8)
    most = "".join(
        f'<li><span class="num">{k}</span><a href="/kr/ybxw/index.html">{esc(h)}</a></li>'
        for k, h in enumerate(heads, 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
{extra}
<link rel="stylesheet" href="/kr/static/css/kr.css" />
<style>body{{font-family:"Malgun Gothic","맑은 고딕",Dotum,sans-serif}}{css(rng, "kr", 430)}</style>
<script>{filler_js(rng, "ybkr", 85)}</script>
<script>{stats_js("ybkr")}</script>
</head>
<body>
<div class="top"><div class="w1200"><a href="/">중문</a> | <a href="/kr/index.html">조선문</a> | <a href="/kr/index.html#dz">연변일보 전자판</a></div></div>
<div class="header w1200"><a href="/kr/index.html" class="logo"><img src="/kr/static/img/logo.png" alt="연변일보" /></a><form class="search" action="/search" method="get"><input type="text" name="q" /><button type="submit">검색</button></form></div>
<div class="gnb"><ul class="w1200">{nav}</ul></div>
<div class="w1200 container clearfix">{main}
<div class="aside"><div class="box"><h3>많이 본 기사</h3><ol>{most}</ol></div>
<div class="box"><h3>포토뉴스</h3><ul>{"".join(f'<li><a href="/kr/ybxw/index.html"><img src="/kr/pic/side_{k}.jpg" alt="" /></a></li>' for k in range(4))}</ul></div></div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about.html">회사소개</a> | <a href="/contact.html">련계방식</a> | <a href="/about.html#bq">저작권안내</a></p><p>연변일보사 주소: 연길시 신흥가 00호　전화: 0433-2512345</p><p>吉ICP备05001234号-1　Copyright ⓒ 연변일보사 All rights reserved.</p></div></div>
</body>
</html>
"""
    return html_page(page)


def yb_ko(site: Site41, a: Art) -> tuple[bytes, str]:
    """The Korean mirror's page: 기자 / 통신원, 날짜 and 출처 in the info line, 편집 closing the
    story, 관련기사; one story closes with 글·사진 X 기자."""
    rng = page_rng(site.seed, a.path)
    x, kn, style = a.x, a.x["kn"], a.x["style"]

    def img(b: Block) -> str:
        cap = esc(b.text) + (f" /{esc(b.credit)}" if b.credit else "")
        return (
            f'<figure class="photo"><img src="{b.src}" alt="" />'
            + (f"<figcaption>{cap.strip(' /')}</figcaption>" if cap else "")
            + "</figure>"
        )

    body = body_html(
        a.blocks, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img
    )
    who = {
        "k1": f"<span>기자: {esc(kn[0])}</span>",
        "k2": f"<span>기자: {esc(kn[0])} {esc(kn[1])}</span>",
        "kgl": f"<span>기자: {esc(kn[0])}</span>",
        "ktx": f"<span>통신원: {esc(kn[3])}</span>",
    }[style]
    if style == "kgl":
        body += f'\n<p style="text-align:right">글·사진 {esc(kn[0])} 기자</p>'
    rel = related(site, a)
    rel_html = (
        f'<div class="related"><h3>관련기사</h3><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    main = f"""<div class="article">
<div class="location"><a href="/kr/index.html">홈</a> &gt; <a href="/kr/ybxw/index.html">연변뉴스</a></div>
<h1 class="title">{esc(a.title)}</h1>
<div class="info">{who}<span>날짜: {a.when:%Y-%m-%d %H:%M}</span><span>출처: {esc(x["source"])}</span><span>조회수: {x["views"]}</span></div>
<div class="text" id="articleText">
{body}
</div>
<div class="editor">편집: {esc(a.editors[0])}</div>
<div class="share">공유하기: <a href="javascript:;">위챗</a> <a href="javascript:;">웨이보</a></div>
{rel_html}
</div>"""
    extra = f'<meta name="description" content="{desc(a)}" />'
    return ko_chrome(site, rng, a.path, f"{a.title} - 연변일보", main, extra)


RENDER = {"ts": ts, "tibet": tibet, "qx": qx, "gx": gx, "yb": yb}


def register(site: Site41) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
