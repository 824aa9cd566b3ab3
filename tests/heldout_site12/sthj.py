"""A provincial 生态环境厅's portal on a TRS/云上 government CMS (``/sthjt/c103878/2024/5/8/<hex>.shtml``):
the national government-site metas (``SiteName``, ``SiteDomain``, ``SiteIDCode``, ``ColumnName``,
``ArticleTitle``, ``PubDate`` with seconds — on two pages a stale day before the visible one —,
``ContentSource``, ``Keywords``), breadcrumbs 当前位置, ``div.contentBox`` with the ``h1`` and
``div.subtitle`` (发布时间 to the minute — two pages only a day —, 来源, 浏览次数 filled by a script,
字号), the body in ``div#NewsContent`` > ``div.TRS_Editor``: 四川日报 reposts with 四川日报全媒体记者 X
on its own line, 文/图：X or （供稿：…处） as the last line, （责任编辑：X 审核：Y） on some;
【打印本页】【关闭窗口】, 扫一扫在手机打开当前页 with a QR code, 相关信息, 最新动态 and 图片新闻. The
工作动态 list (``list.shtml``, ``list_2.shtml``), a 图片新闻 index and 联系我们."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site12

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/sthjt/"),
    ("机构概况", "/sthjt/jggk/"),
    ("新闻中心", "/sthjt/c103878/list.shtml"),
    ("政务公开", "/sthjt/zwgk/"),
    ("政务服务", "/sthjt/zwfw/"),
    ("互动交流", "/sthjt/hdjl/"),
    ("专题专栏", "/sthjt/ztzl/"),
    ("图片新闻", "/sthjt/c103879/tpxw.shtml"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="/sthjt/xhtml/css/common.css">
<link rel="stylesheet" href="/sthjt/xhtml/css/detail.css">
<style>
{css(rng, "sthj", 340)}
</style>
<script src="/sthjt/xhtml/js/jquery.min.js"></script>
<script src="/sthjt/xhtml/js/qrcode.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>欢迎访问四川省生态环境厅网站！</span><a href="javascript:;" id="jt">简体</a>|<a href="javascript:;" id="ft">繁体</a>|<a href="/sthjt/wza/">无障碍</a>|<a href="/sthjt/lxwm/lxwm.shtml">联系我们</a></div></div>
<div class="header"><div class="w1200"><a href="/sthjt/" class="logo"><img src="/sthjt/xhtml/images/logo.png" alt="四川省生态环境厅"></a>
<div class="search"><form action="/sthjt/search/" method="get"><input type="text" name="searchword" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><div class="w1200"><ul>{nav}</ul></div></div>
"""


def _foot() -> str:
    return """<div class="footer"><div class="w1200">
<div class="jiucuo"><a href="/sthjt/jiucuo/"><img src="/sthjt/xhtml/images/jiucuo.png" alt="政府网站找错"></a></div>
<div class="dzjg"><a href="/sthjt/dzjg/"><img src="/sthjt/xhtml/images/red.png" alt="党政机关"></a></div>
<p><a href="/sthjt/lxwm/lxwm.shtml">联系我们</a> | <a href="/sthjt/lxwm/lxwm.shtml">网站地图</a> | <a href="/sthjt/lxwm/lxwm.shtml">网站声明</a></p>
<p>主办单位：四川省生态环境厅　地址：成都市青羊区少城路某号　邮编：610015</p>
<p>网站标识码：5100000041　蜀ICP备12345678号　川公网安备51010502000123号</p>
<p>建议使用1366×768分辨率浏览本网站</p></div></div>
<script>var _trs_ta = _trs_ta || []; _trs_ta.push(['_setSiteId', 'sthjt']);</script>
</body>
</html>"""


def _body(a: Art) -> str:
    x = a.x
    out = []
    if x["style"] == "scdaily":
        out.append(f'<p style="text-indent: 2em;">四川日报全媒体记者 {a.authors[0]}</p>')
    for b in a.blocks:
        if b.kind == "p":
            out.append(
                f'<p style="text-indent: 2em; line-height: 2em;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">{esc(b.text)}</span></p>'
            )
        elif b.kind == "h":
            out.append(
                f'<p style="text-indent: 2em;"><strong><span style="font-family: 黑体;">{esc(b.text)}</span></strong></p>'
            )
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" title="" alt="" oldsrc="W{b.src[-16:-4]}.jpg"></p>'
            )
            out.append(
                f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312;">{esc(b.text)}</span></p>'
            )
    if x["style"] == "wentu":
        out.append(f'<p style="text-align: right;">文/图：{a.authors[0]}</p>')
    elif x["style"] == "supply":
        out.append(f'<p style="text-align: right;">（供稿：{x["unit"]}）</p>')
    if a.editors:
        out.append(
            f'<p style="text-align: right;">（责任编辑：{a.editors[0]}　审核：{x["checker"]}）</p>'
        )
    return "\n".join(out)


def article(site: Site12, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w, x = a.when, a.x
    meta_when = w - timedelta(days=1, hours=3) if x["stale_meta"] else w
    metas = "\n".join(
        [
            '<meta name="SiteName" content="四川省生态环境厅">',
            '<meta name="SiteDomain" content="sthjt.sc.gov.example">',
            '<meta name="SiteIDCode" content="5100000041">',
            '<meta name="ColumnName" content="工作动态">',
            '<meta name="ColumnDescription" content="全省生态环境系统工作动态">',
            '<meta name="ColumnKeywords" content="工作动态">',
            '<meta name="ColumnType" content="工作动态">',
            f'<meta name="ArticleTitle" content="{esc(a.title)}">',
            f'<meta name="PubDate" content="{meta_when:%Y-%m-%d %H:%M:%S}">',
            f'<meta name="ContentSource" content="{esc(x["source"])}">',
            f'<meta name="Keywords" content="{esc(a.title[:6])}">',
            f'<meta name="Description" content="{esc(trunc(a.paras[0], 80))}">',
            '<meta name="Url" content="">',
        ]
    )
    head = _head(f"{a.title}- 四川省生态环境厅", metas, rng)
    shown = f"{w:%Y-%m-%d}" if a.precision == "day" else f"{w:%Y-%m-%d %H:%M}"
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%Y-%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="xgxx"><div class="xgxx-tit">相关信息</div><ul>{lis}</ul></div>'
    latest = "".join(
        f'<li><a href="{o.path}" target="_blank">{esc(trunc(o.title, 22))}</a><span>{o.when:%m-%d}</span></li>'
        for o in others(rng, site.of("sthj"), a, 7)
    )
    pics = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/cms/img/hb{k}.jpg" alt=""><p>{esc(trunc(o.title, 16))}</p></a></li>'
        for k, o in enumerate(others(rng, site.of("sthj"), a, 3))
    )
    page = (
        head
        + f"""<div class="w1200 main">
<div class="crumb">当前位置：<a href="/sthjt/">首页</a> &gt; <a href="/sthjt/c103878/list.shtml">新闻中心</a> &gt; <a href="/sthjt/c103878/list.shtml">工作动态</a></div>
<div class="detail-l">
<div class="contentBox">
<div class="title"><h1>{esc(a.title)}</h1></div>
<div class="subtitle"><span>发布时间：{shown}</span><span>来源：{esc(x["source"])}</span><span>浏览次数：<i id="hits">{x["views"]}</i></span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="contentText" id="NewsContent">
<div class="TRS_Editor">
{_body(a)}
</div>
</div>
<div class="bottom-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
{related}
</div>
</div>
<div class="detail-r">
<div class="zxdt"><div class="tit">最新动态</div><ul>{latest}</ul></div>
<div class="tpxw"><div class="tit">图片新闻</div><ul>{pics}</ul></div>
</div>
</div>
<script>
$(function(){{ new QRCode(document.getElementById("qrcode"), {{ text: location.href, width: 100, height: 100 }}); }});
$.get("/sthjt/hits/count?docid={a.path.rsplit("/", 1)[1][:-6]}", function(d){{ $("#hits").text(d); }});
</script>
"""
        + _foot()
    )
    return encode(page, "utf-8"), CT


def listing(site: Site12, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"sthj-list-{n}")
    arts = sorted(site.of("sthj"), key=lambda a: a.when)[::-1]
    part = arts[:8] if n == 1 else arts[8:]
    lis = "".join(
        f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in part
    )
    pager = (
        '<div class="page"><span class="cur">1</span><a href="list_2.shtml">2</a><a href="list_2.shtml">下一页</a><a href="list_2.shtml">尾页</a></div>'
        if n == 1
        else '<div class="page"><a href="list.shtml">首页</a><a href="list.shtml">上一页</a><a href="list.shtml">1</a><span class="cur">2</span></div>'
    )
    page = (
        _head("工作动态- 四川省生态环境厅", '<meta name="ColumnName" content="工作动态">', rng)
        + f'<div class="w1200 main"><div class="crumb">当前位置：<a href="/sthjt/">首页</a> &gt; 工作动态</div><div class="list-box"><ul class="list">{lis}</ul>{pager}</div></div>'
        + _foot()
    )
    return encode(page, "utf-8"), CT


def photos(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "sthj-pics")
    cells = []
    for a in site.of("sthj"):
        img = next((b for b in a.blocks if b.kind == "img"), None)
        if img:
            cells.append(
                f'<li><a href="{a.path}" target="_blank"><img src="{img.src}" alt=""><p>{esc(trunc(a.title, 18))}</p></a><span>{a.when:%Y-%m-%d}</span></li>'
            )
    page = (
        _head("图片新闻- 四川省生态环境厅", '<meta name="ColumnName" content="图片新闻">', rng)
        + f'<div class="w1200 main"><div class="crumb">当前位置：<a href="/sthjt/">首页</a> &gt; 图片新闻</div><ul class="pic-list">{"".join(cells)}</ul></div>'
        + _foot()
    )
    return encode(page, "utf-8"), CT


def contact(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "sthj-lxwm")
    page = (
        _head("联系我们- 四川省生态环境厅", "", rng)
        + """<div class="w1200 main"><div class="crumb">当前位置：<a href="/sthjt/">首页</a> &gt; 联系我们</div><div class="lxwm">
<table><tr><td>办公地址</td><td>成都市青羊区少城路某号</td></tr><tr><td>邮政编码</td><td>610015</td></tr>
<tr><td>办公室电话</td><td>028-80589000</td></tr><tr><td>环境投诉举报</td><td>12345</td></tr><tr><td>网站维护</td><td>028-80589111</td></tr></table></div></div>"""
        + _foot()
    )
    return encode(page, "utf-8"), CT


def register(site: Site12) -> None:
    for a in site.of("sthj"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/sthjt/c103878/list.shtml", lambda: listing(site, 1))
    site.route("/sthjt/c103878/list_2.shtml", lambda: listing(site, 2))
    site.route("/sthjt/c103879/tpxw.shtml", lambda: photos(site))
    site.route("/sthjt/lxwm/lxwm.shtml", lambda: contact(site))
