"""The portal's 新闻中心 article page in GBK, as an old city-paper CMS renders it: table layout,
``<font>`` tags, ``发布时间：… 来源：… 作者：… 点击数：`` under the title, 【字体：大 中 小】
【打印本页】【关闭窗口】, the body in ``td#fontzoom`` (photo credits beside captions), 责任编辑 (or
编辑/审核, 责编/校对) at the end, a 相关新闻 box of related stories and a 点击排行 box of others."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_site7.common import css, encode, esc, others, page_rng, stats_js

if TYPE_CHECKING:
    from .generator import Site9

CT = "text/html; charset=gbk"
SITE = "临江新闻网"
COLS = {"bdxw": "本地新闻", "szyw": "时政要闻"}
NAV = [
    ("首页", "/"),
    ("时政要闻", "/xwzx/szyw/index.html"),
    ("本地新闻", "/xwzx/bdxw/index.html"),
    ("领导之窗", "/ldzc/index.html"),
    ("专题", "/zt/2024/wmcs/index.html"),
    ("视频", "/video/index.html"),
    ("往期回顾", "/archive/2024-05.html"),
    ("繁體", "/big5/index.html"),
    ("客户端", "/h5/index.html"),
    ("联系我们", "/about/lxwm.html"),
]


def head(title: str, rng: Any, keywords: str = "", desc: str = "") -> str:
    nav = "".join(
        f'<td align="center" width="100"><a href="{u}"><font color="#FFFFFF" style="font-size:14px"><b>{t}</b></font></a></td>'
        for t, u in NAV
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(keywords or "临江,临江新闻,临江日报")}">
<meta name="description" content="{esc(desc or "临江新闻网是临江市委、市政府主办的重点新闻网站")}">
<link href="/templets/default/style/dedecms.css" rel="stylesheet" type="text/css">
<style type="text/css">
{css(rng, "lj", 260)}
</style>
<script language="JavaScript" src="/include/js/jquery.min.js"></script>
<script language="javascript">
function doZoom(size){{document.getElementById('fontzoom').style.fontSize=size+'px';}}
</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#F2F2F2"><font style="font-size:12px" color="#666666">今天是：<script>document.write(new Date().toLocaleDateString());</script>　欢迎访问临江新闻网　<a href="/about/lxwm.html">联系我们</a> | <a href="/search/search.jsp?q=临江">站内搜索</a> | <a href="/big5/index.html">繁體版</a></font></td></tr>
<tr><td height="110" background="/images/top_bg.jpg"><a href="/"><img src="/images/logo.gif" width="380" height="90" border="0" alt="临江新闻网"></a></td></tr>
<tr><td height="36" bgcolor="#B20000"><table border="0" cellspacing="0" cellpadding="0"><tr>{nav}</tr></table></td></tr>
</table>
"""


FOOT = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:10px;border-top:2px solid #B20000">
<tr><td align="center" height="26"><font style="font-size:12px"><a href="/about/lxwm.html">关于我们</a> | <a href="/about/lxwm.html">联系我们</a> | <a href="/about/lxwm.html">广告服务</a> | <a href="/about/lxwm.html">版权声明</a></font></td></tr>
<tr><td align="center" height="22"><font style="font-size:12px" color="#666666">主办：临江市融媒体中心（临江日报社）　地址：临江市人民路88号　新闻热线：0799-1234567</font></td></tr>
<tr><td align="center" height="22"><font style="font-size:12px" color="#666666">互联网新闻信息服务许可证：36120190001　<a href="https://beian.miit.example/">赣ICP备05001234号-1</a>　赣公网安备36010202000111号</font></td></tr>
<tr><td align="center" height="22"><font style="font-size:12px" color="#666666">本网站所刊登的临江日报社各种新闻﹑信息和各种专题专栏资料，均为{SITE}版权所有，未经协议授权，禁止下载使用。</font></td></tr>
</table>
<script>{stats_js("5ad1e7a8f0c3b2d4e6f7a8b9c0d1e2f3")}</script>
</body>
</html>"""


def shown(a: Art) -> str:
    return f"{a.when:%Y-%m-%d}" if a.precision == "day" else f"{a.when:%Y-%m-%d %H:%M:%S}"


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p>　　<font color="#B20000"><b>{esc(b.text)}</b></font></p>')
        else:
            out.append(f'<p align="center"><img src="{b.src}" border="0" width="600" alt=""></p>')
            cap = esc(b.text) + (f"　{b.credit}" if b.credit else "")
            out.append(
                f'<p align="center"><font color="#0000FF" style="font-size:14px">{cap}</font></p>'
            )
    x = a.x
    if x["style"] == "dept":
        out.append(f'<p align="right">（通讯员 {a.correspondents[0]}）</p>')
    if x["ed"] == 1:
        out.append(f'<p align="right">编辑：{a.editors[0]}　审核：{x["reviewer"]}</p>')
    return "\n".join(out)


def _credit_line(a: Art) -> str:
    x = a.x
    if x["ed"] == 0:
        return f"【责任编辑：{a.editors[0]}】"
    if x["ed"] == 2:
        if len(a.editors) == 2:
            return f"编辑：{a.editors[1]}　　责任编辑：{a.editors[0]}　　校对：{x['reviewer']}"
        return f"责编：{a.editors[0]}　　校对：{x['reviewer']}"
    return ""


def article(site: Site9, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    colname = COLS[x["col"]]
    author = " ".join(a.authors) if x["style"] in ("meta", "meta2", "photo") else ""
    related = ""
    if a.related:
        items = "".join(
            f'<tr><td height="24">·<a href="{p}" target="_blank"><font style="font-size:14px">{esc(site.by_path[p].title)}</font></a></td><td width="90"><font color="#999999" style="font-size:12px">{site.by_path[p].when:%Y-%m-%d}</font></td></tr>'
            for p in a.related
        )
        related = f'<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #DDDDDD;margin-top:10px"><tr><td colspan="2" height="30" bgcolor="#F5F5F5">　<font color="#B20000"><b>相关新闻</b></font></td></tr>{items}</table>'
    pool = site.of("gbk") + site.of("wx")
    rank = "".join(
        f'<tr><td height="26"><font color="{"#B20000" if k < 3 else "#666666"}"><b>{k + 1}</b></font>　<a href="{o.path}" target="_blank" title="{esc(o.title)}">{esc(o.title[:16])}</a></td></tr>'
        for k, o in enumerate(others(rng, pool, a, 10))
    )
    pics = "".join(
        f'<td align="center"><a href="{o.path}"><img src="/upload/pic/{k}.jpg" width="150" height="100" border="0"><br><font style="font-size:12px">{esc(o.title[:12])}</font></a></td>'
        for k, o in enumerate(others(rng, site.of("gbk"), a, 4))
    )
    sub = (
        f'<tr><td align="center" height="30"><font style="font-size:16px" color="#333333">{esc(x["sub"])}</font></td></tr>'
        if x["sub"]
        else ""
    )
    credit = _credit_line(a)
    credit_row = (
        f'<tr><td align="right" height="30" style="padding-right:20px"><font style="font-size:14px" color="#666666">{credit}</font></td></tr>'
        if credit
        else ""
    )
    page = (
        head(f"{a.title}_{colname}_{SITE}", rng, desc=a.paras[0][:70])
        + f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:8px">
<tr><td height="30" style="border-bottom:1px solid #DDDDDD"><font style="font-size:12px">您现在的位置：<a href="/">{SITE}</a> &gt;&gt; <a href="/xwzx/index.html">新闻中心</a> &gt;&gt; <a href="/xwzx/{x["col"]}/index.html">{colname}</a> &gt;&gt; 正文</font></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" height="60" valign="bottom"><font style="font-size:24px;font-family:黑体" color="#000000"><b>{esc(a.title)}</b></font></td></tr>
{sub}
<tr><td align="center" height="36" style="border-bottom:1px dashed #CCCCCC"><font style="font-size:12px" color="#666666">发布时间：{shown(a)}　来源：{x["source"]}　作者：{author}　点击数：<script src="/plus/count.php?aid={x["nid"]}&amp;mid=1"></script>{x["clicks"]}　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
<tr><td id="fontzoom" style="font-size:16px;line-height:30px;padding:15px 10px" valign="top"><font style="font-size:16px">
{_body(a)}
</font></td></tr>
{credit_row}
<tr><td align="right" height="30"><font style="font-size:12px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td>{related}</td></tr>
<tr><td height="10"></td></tr>
<tr><td><table width="100%" border="0" style="border:1px solid #DDDDDD"><tr><td colspan="4" height="28" bgcolor="#F5F5F5">　<b>图片新闻</b></td></tr><tr>{pics}</tr></table></td></tr>
</table>
</td>
<td width="10"></td>
<td width="300" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #DDDDDD"><tr><td height="30" bgcolor="#B20000">　<font color="#FFFFFF"><b>点击排行</b></font></td></tr>{rank}</table>
<table width="100%" border="0" style="margin-top:10px"><tr><td><a href="/zt/2024/wmcs/index.html"><img src="/images/zt_wmcs.jpg" width="300" height="90" border="0" alt="文明城市创建专题"></a></td></tr>
<tr><td><a href="/ldzc/index.html"><img src="/images/ldzc.jpg" width="300" height="60" border="0" alt="领导之窗"></a></td></tr></table>
</td></tr>
</table>
"""
        + FOOT
    )
    return encode(page, "gbk"), CT


def register(site: Site9) -> None:
    for a in site.of("gbk"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
