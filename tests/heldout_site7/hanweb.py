"""A 大汉 Hanweb government-portal CMS in GBK: the national government-site metas (``SiteName``,
``ColumnName``, ``ArticleTitle``, ``PubDate``, ``ContentSource``, ``Author``), table layout, the
``发布日期：… 信息来源：… 浏览次数：`` line with 【字体：大 中 小】【打印】【关闭】, the body in
``div#zoom`` between ``<meta name="ContentStart">`` and ``<meta name="ContentEnd">``, credits and
``（通讯员 …）`` as the body's last paragraph, 责任编辑/审核 below it, 相关信息 and 最新信息. Column
listings in jpage style: the records in a ``<script type="text/xml">`` datastore, page 2 at
``/col/col1229/index.html?uid=4567&pageNum=2``; 联系我们 and the ``jrobot`` search page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng

if TYPE_CHECKING:
    from .generator import Site7

CT = "text/html; charset=GBK"
SITE = "江城市人民政府"
COLS = {1229: ("部门动态", 4567), 1230: ("工作动态", 4568)}
NAV = [
    ("首页", "/col/col1228/index.html"),
    ("政务动态", "/col/col1230/index.html"),
    ("部门动态", "/col/col1229/index.html"),
    ("信息公开", "/col/col1231/index.html"),
    ("政务服务", "/col/col1232/index.html"),
    ("互动交流", "/col/col1233/index.html"),
    ("走进江城", "/col/col1234/index.html"),
    ("联系我们", "/col/col1240/index.html"),
]


def _meta(a: Art | None, col: int) -> str:
    colname = COLS.get(col, ("联系我们", 0))[0]
    rows = [
        f'<meta name="SiteName" content="{SITE}">',
        '<meta name="SiteDomain" content="www.jiangcheng.gov.example">',
        '<meta name="SiteIDCode" content="4201000001">',
        f'<meta name="ColumnName" content="{colname}">',
        '<meta name="ColumnDescription" content="">',
        '<meta name="ColumnKeywords" content="">',
        f'<meta name="ColumnType" content="{colname}">',
    ]
    if a is not None:
        w = a.when
        pub = {"day": f"{w:%Y-%m-%d}", "minute": f"{w:%Y-%m-%d %H:%M}"}.get(
            a.precision, f"{w:%Y-%m-%d %H:%M:%S}"
        )
        author = a.authors[0] if a.authors else a.x["dept"]
        rows += [
            f'<meta name="ArticleTitle" content="{esc(a.title)}">',
            f'<meta name="PubDate" content="{pub}">',
            f'<meta name="ContentSource" content="{a.x["dept"]}">',
            '<meta name="Keywords" content="">',
            f'<meta name="Author" content="{esc(author)}">',
            f'<meta name="Description" content="{esc(a.paras[0][:80])}">',
            '<meta name="Image" content="">',
            f'<meta name="Url" content="http://www.jiangcheng.gov.example{a.path}">',
        ]
    return "\n".join(rows)


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(
        f'<td align="center" class="nav"><a href="{u}" target="_blank">{t}</a></td>' for t, u in NAV
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
{metas}
<link href="/images/2019/css/common.css" rel="stylesheet" type="text/css" />
<style type="text/css">
{css(rng, "gov", 330)}
</style>
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/script/common.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="36" class="topbar"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td align="left">欢迎访问{SITE}门户网站！今天是<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></td>
<td align="right"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="/col/col1240/index.html">联系我们</a> | <a href="http://www.jiangcheng.gov.example/">手机版</a></td></tr></table></td></tr>
<tr><td height="150" background="/images/2019/banner.jpg"><table width="100%"><tr><td><img src="/images/2019/logo.png" alt="{SITE}" /></td>
<td align="right"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="1" /><input type="text" name="q" size="24" /><input type="submit" value="搜索" /></form></td></tr></table></td></tr>
<tr><td height="48" class="navbg"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
</table>
"""


FOOT = f"""<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="40"><a href="/col/col1240/index.html">网站地图</a> | <a href="/col/col1240/index.html">联系我们</a> | <a href="/col/col1240/index.html">网站声明</a></td></tr>
<tr><td align="center">主办：{SITE}办公室　承办：江城市大数据中心　<a href="https://beian.miit.example/">鄂ICP备05001234号</a>　<img src="/images/gongan.png" />鄂公网安备 42010202000123号</td></tr>
<tr><td align="center">网站标识码：4201000001　地址：江城市政务大道1号　邮编：430000　<span id="_ideConac"><a href="https://bszs.conac.example/sitename?method=show&amp;id=ABCD1234"><img src="/images/red.png" alt="党政机关" /></a></span>　<span id="_span_jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错" /></span></td></tr>
</table>
<script type="text/javascript" src="/script/0/1907251510327148.js"></script>
<script language="javascript" src="https://zfwzgl.www.gov.example/exposure/jiucuo.js"></script>
</body>
</html>"""


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em; line-height: 2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(
                f'<p style="text-indent: 2em; line-height: 2em;"><strong>{esc(b.text)}</strong></p>'
            )
        else:
            out.append(
                f'<p style="text-align: center;"><img src="/picture/0{b.src}" border="0" style="width:600px" /></p>'
            )
            if b.text:
                out.append(f'<p style="text-align: center; text-indent: 0;">{esc(b.text)}</p>')
    st = a.x["style"]
    if st == "corr":
        out.append(f'<p style="text-align: right;">（通讯员 {"  ".join(a.correspondents)}）</p>')
    elif st == "wentu":
        out.append(f'<p style="text-align: right;">文/图：{a.authors[0]}</p>')
    return "\n".join(out)


def article(site: Site7, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    col = a.x["col"]
    colname = COLS[col][0]
    title = f"{SITE} {colname} {a.title}" if a.x["prefix_title"] else f"{a.title}-{SITE}"
    w = a.when
    shown = {"day": f"{w:%Y-%m-%d}", "minute": f"{w:%Y-%m-%d %H:%M}"}.get(
        a.precision, f"{w:%Y-%m-%d %H:%M:%S}"
    )
    who = f"　作者：{a.authors[0]}" if a.x["style"] == "author" else ""
    aid = a.x["aid"]
    tail = []
    if a.editors:
        tail.append(f"责任编辑：{a.editors[0]}")
    if a.x["reviewer"]:
        tail.append(f"审核：{a.x['reviewer']}")
    tail_html = (
        f'<tr><td align="right" class="bjxx" style="padding:10px 20px;">【{"　".join(tail)}】</td></tr>'
        if tail
        else ""
    )
    related = ""
    if a.related:
        items = "".join(
            f'<tr><td class="xgxx" height="28">·<a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></td><td width="100">{site.by_path[p].when:%Y-%m-%d}</td></tr>'
            for p in a.related
        )
        related = f'<table width="100%" class="xgxx_table"><tr><td colspan="2" class="xgxx_title"><b>相关信息</b></td></tr>{items}</table>'
    latest = "".join(
        f'<tr><td height="30">·<a href="{o.path}" target="_blank" title="{esc(o.title)}">{esc(o.title[:18])}</a></td></tr>'
        for o in others(rng, site.of("hanweb"), a, 8)
    )
    page = (
        _head(title, _meta(a, col), rng)
        + f"""<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="bt_bg">
<tr><td height="40" class="dqwz">当前位置：<table cellspacing="0" cellpadding="0" border="0" style="display:inline"><tr><td><a href="/col/col1228/index.html" class="bt_link">首页</a></td><td>&gt;</td><td><a href="/col/col{col}/index.html" class="bt_link">{colname}</a></td></tr></table></td></tr>
<tr><td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="800" valign="top" class="content_bg">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="title" style="padding:30px 20px 10px;font-size:26px;font-weight:bold;">{esc(a.title)}</td></tr>
<tr><td align="center" class="xxgk_bt" style="border-bottom:1px dashed #ccc;">发布日期：{shown}　信息来源：{a.x["dept"]}{who}　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={col}&amp;artid={aid}"></script><span id="dynclicks_wz_{aid}">{a.x["clicks"]}</span>　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td class="bt_content" style="padding:20px;"><div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{_body(a)}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div></td></tr>
{tail_html}
<tr><td><div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a></div></td></tr>
<tr><td>{related}</td></tr>
<tr><td align="center" height="50"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table></td>
<td width="20"></td>
<td width="280" valign="top"><table width="100%" class="side"><tr><td class="side_title">最新信息</td></tr>{latest}</table>
<table width="100%" class="side"><tr><td class="side_title">热点专题</td></tr><tr><td><a href="/zt/2024/index.shtml"><img src="/images/zt/2024.jpg" alt="专题" width="270" /></a></td></tr></table></td>
</tr></table></td></tr>
</table>
"""
        + FOOT
    )
    return encode(page, "gbk"), CT


def column(site: Site7, col: int, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"hanweb-col-{col}-{n}")
    colname, uid = COLS[col]
    arts = sorted((a for a in site.of("hanweb") if a.x["col"] == col), key=lambda a: a.when)[::-1]
    per = 4
    part = arts[(n - 1) * per : n * per]
    total = (len(arts) + per - 1) // per
    records = "\n".join(
        f'<record><![CDATA[\n<tr><td class="bt_link" height="32">·<a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a></td><td width="90" class="bt_time">{a.when:%Y-%m-%d}</td></tr>\n]]></record>'
        for a in part
    )
    pager = "".join(
        f'<a href="/col/col{col}/index.html?uid={uid}&amp;pageNum={k}">{k}</a> '
        for k in range(1, total + 1)
    )
    inner = f"""<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="40" class="dqwz">当前位置：<a href="/col/col1228/index.html">首页</a> &gt; <a href="/col/col{col}/index.html">{colname}</a></td></tr>
<tr><td><div id="{uid}">
<script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&amp;webid=1&amp;path=/&amp;columnid={col}&amp;unitid={uid}&amp;webname={SITE}&amp;permissiontype=0"></a>]]></nextgroup>
<recordset>
{records}
</recordset>
</datastore></script>
<table width="100%">{"".join(r.split("<![CDATA[")[1].split("]]>")[0] for r in records.split("</record>") if "CDATA" in r)}</table>
<div class="default_pgContainer">共 {len(arts)} 条　第 {n}/{total} 页　{pager}</div>
<script language="javascript" src="/module/jpage/2012/jpage.js"></script>
<script>$(function(){{new jpage({{perPage:{per},totalRecord:{len(arts)},pageNum:{n},colId:{col},unitId:{uid}}});}});</script>
</div></td></tr></table>
"""
    return encode(_head(f"{colname}-{SITE}", _meta(None, col), rng) + inner + FOOT, "gbk"), CT


def contact(site: Site7) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "hanweb-contact")
    inner = f"""<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:30px;">
<div id="zoom"><p>主办单位：{SITE}办公室</p><p>通讯地址：江城市政务大道1号市民之家</p><p>邮政编码：430000</p><p>联系电话：027-12345678（工作日 9:00-12:00，14:00-17:30）</p><p>电子邮箱：webmaster@jiangcheng.gov.example</p></div>
</td></tr></table>"""
    return encode(_head(f"联系我们-{SITE}", _meta(None, 1240), rng) + inner + FOOT, "gbk"), CT


def search(site: Site7) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "hanweb-search")
    hits = [a for a in site.of("hanweb") if "我市" in a.title or "工作" in a.title][:8]
    rows = "".join(
        f'<div class="jcse-result-box"><div class="jcse-news-title"><a href="{a.path}" target="_blank">{esc(a.title)}</a></div><div class="jcse-news-abs">{esc(a.paras[0][:80])}…</div><div class="jcse-news-url">{a.path}　<span class="jcse-news-date">{a.when:%Y-%m-%d}</span></div></div>'
        for a in hits
    )
    inner = f'<table width="1100" align="center"><tr><td><div class="jcse-result">找到相关结果 {len(hits)} 条</div>{rows}</td></tr></table>'
    return encode(_head(f"站内搜索-{SITE}", "", rng) + inner + FOOT, "gbk"), CT


def register(site: Site7) -> None:
    for a in site.of("hanweb"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for col, (_name, uid) in COLS.items():
        site.route(f"/col/col{col}/index.html", lambda col=col: column(site, col, 1))  # type: ignore[misc]
        for n in (1, 2):
            site.route(
                f"/col/col{col}/index.html?uid={uid}&pageNum={n}",
                lambda col=col, n=n: column(site, col, n),  # type: ignore[misc]
            )
    site.route("/col/col1228/index.html", lambda: column(site, 1230, 1))
    site.route("/col/col1240/index.html", lambda: contact(site))
    site.route("/jrobot/search.do?q=工作&webid=1", lambda: search(site))
