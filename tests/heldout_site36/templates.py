"""Site 36's article pages: 宁川新闻网 (方正翔宇; old pages in GB2312), 清河融媒 (a county
融媒体中心 on 索贝/大洋), 澄州新闻网 (帝国CMS in GB2312), 梅溪在线 (WordPress) and 掌上宁川 (the
newspaper app's H5 pages). 宁川新闻网 and 澄州新闻网 split long stories over 2-3 pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site36

LISTS = {
    "fz": ["/node_12.htm", "/node_12_2.htm"],
    "rm": ["/folder2/folder9/index.html", "/folder2/folder9/index_1.html"],
    "ec": ["/news/bendi/", "/news/bendi/index_2.html"],
    "wp": ["/category/bendi", "/category/bendi/page/2"],
    "h5": ["/m/list.html?cid=3", "/m/list.html?cid=3&page=2"],
}
LABELS = {
    "fz": "宁川新闻网",
    "rm": "清河融媒",
    "ec": "澄州新闻网",
    "wp": "梅溪在线",
    "h5": "掌上宁川",
}
FZ_NODES = {"node_12": "/node_12.htm", "node_15": "/node_15.htm"}
RM_FOLDERS = {"folder2/folder9": LISTS["rm"][0], "folder2/folder11": "/folder2/folder11/index.html"}
EC_SECS = {"bendi": "/news/bendi/", "shehui": "/news/shehui/"}
WP_CATS = {"bendi": "/category/bendi", "lvyou": "/category/lvyou"}


def page_path(a: Art, k: int) -> str:
    """The URL of page ``k`` (1-based) of a multi-page story: 方正 ``content_N_2.htm``, 帝国
    ``N_2.html``."""
    if k == 1:
        return a.path
    stem, ext = a.path.rsplit(".", 1)
    return f"{stem}_{k}.{ext}"


def related(site: Site36, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site36, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a
        and b.path not in a.related
        and (b.tpl == a.tpl or not same)
        and not b.x.get("old")
    ]
    return rng.sample(pool, min(k, len(pool)))


def picks(site: Site36, tpl: str, k: int, salt: str) -> list[Art]:
    """A site-wide pick list: the same stories on every page of the template."""
    rng = page_rng(site.seed, tpl + salt)
    pool = [b for b in site.of(tpl) if not b.x.get("old")]
    return rng.sample(pool, min(k, len(pool)))


def body_html(
    blocks: list[Block],
    para: Callable[[str], str],
    head: Callable[[str], str],
    img: Callable[[Block], str],
) -> str:
    out = []
    for b in blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "", n: int = 28) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art], n: int = 22) -> str:
    return "".join(
        f'<li><em class="num{k}">{k}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, n))}</a></li>'
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art], root: str = "/images/pic") -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="{root}/{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt="{esc(b.title)}" width="150" height="100"></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 14))}</a></p></li>'
        for b in arts
    )


def menu(items: list[str], root: str) -> str:
    return "".join(f'<a href="{root}" target="_blank">{n}</a>' for n in items)


def link_farm(items: list[str]) -> str:
    return "".join(
        f'<a href="https://www.{k}link.example.cn/" target="_blank">{n}</a>'
        for k, n in enumerate(items)
    )


def desc(a: Art, n: int = 80) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def _html(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


CITY_MEDIA = [
    "人民网",
    "新华网",
    "央视网",
    "浙江在线",
    "江西网",
    "中国江苏网",
    "澄州新闻网",
    "清河融媒",
    "梅溪在线",
    "宁川文明网",
    "宁川政府网",
    "宁川发布",
    "中国宁川网",
    "宁川广电网",
    "宁川党建网",
]

# --- 1. 宁川新闻网 (宁川日报社, 方正翔宇) ------------------------------------------------------

FZ_NAV = [
    "首页",
    "宁川要闻",
    "区县新闻",
    "时政",
    "社会",
    "民生",
    "经济",
    "教育",
    "文化",
    "健康",
    "房产",
    "汽车",
    "图片",
    "视频",
    "专题",
    "评论",
    "数字报",
    "宁川日报",
    "宁川晚报",
    "掌上宁川",
]


def fz_byline(a: Art) -> str:
    """The byline paragraph some 宁川日报 stories open with (not body)."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "qmt": f"宁川日报全媒体记者　{nm[0]}　见习记者　{nm[1]}",
        "photo": f"文/图　宁川日报全媒体记者　{nm[0]}",
        "multi2": f"□ 全媒体记者　{nm[0]}　通讯员　{nm[2]}",
        "qmt_tx": f"宁川日报全媒体记者　{nm[0]}　通讯员　{nm[2]}　{nm[3]}",
    }.get(style, "")


def fz_author(a: Art) -> str:
    """The 作者 field of the info line (as the desk typed it)."""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "bbx": nm[0],
        "zz2": f"{nm[0]}　{nm[1]}",
        "qmt": f"{nm[0]} {nm[1]}",
        "dept": "市" + a.x["source"].removeprefix("宁川市"),
        "photo": nm[0],
        "old": nm[0],
        "multi3": f"记者 {nm[0]} 通讯员 {nm[2]} {nm[3]}",
        "bbx2": nm[0],
        "multi2": nm[0],
        "qmt_tx": nm[0],
    }.get(style, "")


def fz_editor(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zz2": f"责任编辑：{nm[5]}",
        "xhs": f"编辑：{nm[5]}",
        "bbx2": f"审核：{nm[6]}",
        "multi2": f"编辑：{nm[5]}　终审：{nm[6]}",
        "qmt_tx": f"责编：{nm[5]}　终审：{nm[6]}",
    }.get(style, f"编辑：{nm[5]}　审核：{nm[6]}")


def fz_pager(a: Art, k: int, n: int) -> str:
    if n == 1:
        return ""
    out = ['<div id="displaypagenum"><center>']
    if k > 1:
        out.append(f'<a href="{page_path(a, k - 1)}" class="page-Article">上一页</a>')
    else:
        out.append('<span class="page-Article">上一页</span>')
    for j in range(1, n + 1):
        out.append(
            f'<span class="page-Article">{j}</span>'
            if j == k
            else f'<a href="{page_path(a, j)}" class="page-Article">{j}</a>'
        )
    if k < n:
        out.append(f'<a href="{page_path(a, k + 1)}" class="page-Article">下一页</a>')
    else:
        out.append('<span class="page-Article">下一页</span>')
    out.append("</center></div>")
    return " ".join(out)


def fz(site: Site36, a: Art, k: int = 1) -> tuple[bytes, str]:
    if a.x["old"]:
        return fz_old(site, a)
    rng = page_rng(site.seed, page_path(a, k))
    x = a.x
    parts = x["pages"]
    n = len(parts)

    def img(b: Block) -> str:
        cr = f"　{esc(b.credit)}" if b.credit else ""
        cap = (
            f'<p style="text-align:center;" class="pic_txt">{esc(b.text)}{cr}</p>' if b.text else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" border="0" /></p>{cap}'

    body = body_html(
        parts[k - 1],
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f'<p style="text-align:center;"><strong>{esc(t)}</strong></p>',
        img,
    )
    byl = fz_byline(a)
    if byl and k == 1:
        body = f"<p>　　{esc(byl)}</p>\n" + body
    author = fz_author(a)
    info = (
        f'<span class="date">{a.when:%Y-%m-%d %H:%M:%S}</span>'
        f'<span class="source">来源：<a href="/" target="_blank">{esc(x["source"])}</a></span>'
        + (f'<span class="author">作者：{esc(author)}</span>' if author else "")
        + '<span class="zihao">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>'
    )
    editor = f'<div class="editor">{esc(fz_editor(a))}</div>' if k == n else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><div class="hd"><h3>相关新闻</h3></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    fzs = site.of("fz")
    idx = fzs.index(a)
    prev_a, next_a = fzs[idx - 1], fzs[(idx + 1) % len(fzs)]
    enp = (
        f"<!--enpproperty <articleid>{x['id']}</articleid><date>{a.when:%Y-%m-%d %H:%M:%S}.0</date><author>{esc(author)}</author>"
        f"<title>{esc(a.title)}</title><keyword>{esc(x['ctx']['topic'])}</keyword><subtitle></subtitle><introtitle></introtitle>"
        f"<siteid>2</siteid><nodeid>{x['node'][0][5:]}</nodeid><nodename>{x['node'][1]}</nodename><nodesearchname>{x['node'][1]}</nodesearchname><picurl></picurl>/enpproperty-->"
    )
    title = esc(a.title) + (f"(第{k}页)" if k > 1 else "")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{enp}
<title>{title}_宁川新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])},宁川新闻网" />
<meta name="description" content="{desc(a)}" />
<link href="/images/ncnews_2022.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "nc", 520)}</style>
<script type="text/javascript" src="/images/jquery-1.7.2.min.js"></script>
<script type="text/javascript">{filler_js(rng, "ncnews-common", 95)}</script>
<script type="text/javascript">{stats_js("ncnews")}</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">{a.when:%Y年%m月%d日} 星期{"一二三四五六日"[a.when.weekday()]}</span><span class="fr"><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/m/">手机版</a> | <a href="/zt/2024/node_88.htm">专题</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/ncnews_logo.png" alt="宁川新闻网" /></a><span class="slogan">宁川日报社主办　宁川权威新闻门户</span><div class="search"><form action="/search/" method="get"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="w1200">{menu(FZ_NAV, LISTS["fz"][0])}</div></div>
<div class="ad w1200"><img src="/images/ad/ad_1200x90_{rng.randint(1, 8)}.jpg" /><span class="adtag">广告</span></div>
<div class="position w1200">您当前的位置 ：<a href="/">宁川新闻网</a> &gt; <a href="{FZ_NODES[x["node"][0]]}">{x["node"][1]}</a></div>
<div class="main w1200">
<div class="main_l">
<div class="article">
<h1 class="art_title">{esc(a.title)}</h1>
<div class="art_info">{info}</div>
<div class="art_content" id="ozoom">
<!--enpcontent-->{body}<!--/enpcontent-->
</div>
{fz_pager(a, k, n)}
{editor}
<div class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ空间</a></div>
<div class="sxp"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
</div>
{rel_html}
<div class="statement">凡注明“来源：宁川日报、宁川晚报、宁川新闻网”的所有作品，版权均属宁川日报社所有，未经授权不得转载、摘编或以其他方式使用。</div>
</div>
<div class="main_r">
<div class="box rdxw"><div class="hd"><h3>热点新闻</h3></div><ol>{rank(others(site, a, 10, "hot", same=False))}</ol></div>
<div class="box tpxw"><div class="hd"><h3>图片新闻</h3></div><ul>{pics(others(site, a, 4, "pic"))}</ul></div>
<div class="box bzph"><div class="hd"><h3>本周排行</h3></div><ol>{rank(others(site, a, 8, "week"))}</ol></div>
<div class="box app"><img src="/images/zsnc_qr.png" /><p>扫码下载“掌上宁川”客户端</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><div class="links">友情链接：{link_farm(CITY_MEDIA)}</div>
<p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/">版权声明</a></p>
<p>宁川日报社主办　宁川新闻网版权所有　未经书面授权不得复制或建立镜像</p>
<p>互联网新闻信息服务许可证：33120170011　浙ICP备05012345号-1　违法和不良信息举报电话：0570-8123456</p></div></div>
<script type="text/javascript">function doZoom(s){{document.getElementById('ozoom').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return _html(page)


def fz_old(site: Site36, a: Art) -> tuple[bytes, str]:
    """The 2019/2020 pages: the old table layout with 方正's ``<founder-content>``, in GB2312
    (the header names no charset)."""
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = (
            f'<p align="center">{esc(b.text)}{("　" + esc(b.credit)) if b.credit else ""}</p>'
            if b.text
            else ""
        )
        return f'<p align="center"><img src="{b.src}" border="0"></p>{cap}'

    body = body_html(
        a.blocks, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    editor = f'<tr><td align="right">（编辑：{a.editors[0]}）</td></tr>' if a.editors else ""
    hot = "".join(
        f'<tr><td>・<a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 10, "oldhot", same=False)
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<!--enpproperty <articleid>{x["id"]}</articleid><date>{a.when:%Y-%m-%d %H:%M:%S}.0</date><author>{nm[0]}</author><title>{esc(a.title)}</title><keyword></keyword><subtitle></subtitle><introtitle></introtitle><siteid>2</siteid><nodeid>12</nodeid><nodename>宁川要闻</nodename><nodesearchname></nodesearchname>/enpproperty-->
<title>{esc(a.title)}-宁川新闻网</title>
<style type="text/css">{css(rng, "ncold", 560)}</style>
<script language="javascript">{filler_js(rng, "ncnews-2016", 85)}</script>
<script language="javascript">{stats_js("ncnews-old")}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo2016.gif" border="0"></a></td><td align="right"><a href="/">首页</a> | <a href="{LISTS["fz"][0]}">宁川要闻</a> | <a href="/node_15.htm">区县新闻</a> | <a href="/search/?q=">搜索</a></td></tr>
<tr><td colspan="2" class="nav">{"　".join(f'<a href="{LISTS["fz"][0]}">{n}</a>' for n in FZ_NAV)}</td></tr>
<tr><td colspan="2" height="30">您现在的位置：<a href="/">宁川新闻网</a> &gt;&gt; <a href="{LISTS["fz"][0]}">宁川要闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="font01"><founder-title>{esc(a.title)}</founder-title></td></tr>
<tr><td align="center" class="font02">{a.when:%Y-%m-%d %H:%M}　来源：{esc(x["source"])}　作者：<founder-author>{nm[0]}</founder-author></td></tr>
<tr><td><hr size="1" color="#d0d0d0"></td></tr>
<tr><td class="font03" id="ozoom"><founder-content>
{body}
</founder-content></td></tr>
{editor}
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td><td width="20"></td>
<td width="280" valign="top"><table width="100%" class="side"><tr><td class="tit">热点新闻</td></tr>{hot}</table></td></tr></table>
<table width="1000" border="0" align="center"><tr><td align="center">宁川日报社主办　版权所有　浙ICP备05012345号<br>{"　".join(CITY_MEDIA)}</td></tr></table>
</body>
</html>
"""
    return _html(page, "gb2312", header=False)


# --- 2. 清河融媒 (清河县融媒体中心, 索贝/大洋) -----------------------------------------------------

RM_NAV = [
    "首页",
    "清河要闻",
    "乡镇动态",
    "部门动态",
    "视频清河",
    "图说清河",
    "清河发布",
    "网络问政",
    "专题专栏",
    "文明实践",
    "清河旅游",
    "融媒矩阵",
]


def rm_credits(a: Art) -> list[str]:
    """The credit lines under the story, one to a line."""
    nm, style = a.x["nm"], a.x["style"]
    sign = f"审核：{nm[6]}"
    return {
        "jz": [f"记者：{nm[0]}", f"编辑：{nm[5]}", sign],
        "jz2_tx": [
            f"融媒体记者：{nm[0]}　{nm[1]}",
            f"通讯员：{nm[2]}",
            f"编辑：{nm[5]}",
            sign,
            f"监制：{nm[7]}",
        ],
        "wentu": [f"文/图：{nm[0]}", f"编辑：{nm[5]}", sign],
        "sheying": [f"记者：{nm[0]}　摄影：{nm[4]}", f"编辑：{nm[5]}", sign, f"监制：{nm[7]}"],
        "xhs": [f"编辑：{nm[5]}　{sign}"],
        "dept": [f"通讯员：{nm[2]}", f"编辑：{nm[5]}", sign],
        "none": [f"编辑：{nm[5]}　{sign}　监制：{nm[7]}"],
        "jx": [f"融媒体记者：{nm[0]}　见习记者：{nm[1]}", f"编辑：{nm[5]}", sign],
        "zb": [f"记者：{nm[0]}", f"责编：{nm[5]}", f"终审：{nm[6]}"],
        "sxs": [f"记者：{nm[0]}　实习生：{nm[1]}", f"编辑：{nm[5]}", sign],
        "top": [f"编辑：{nm[5]}", sign],
        "sanshen": [
            f"记者：{nm[0]}　{nm[1]}",
            f"编辑：{nm[5]}",
            f"二审：{nm[6]}",
            f"三审：{nm[7]}",
        ],
    }[style]


def rm(site: Site36, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = (
            f'<p class="img_desc" style="text-align:center;">{esc(b.text)}{esc(b.credit)}</p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" data-src="{b.src}" style="max-width:100%;" /></p>{cap}'

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    if x["style"] == "top":
        body = (
            f'<p style="text-indent:2em;">清河融媒记者 {nm[0]} 通讯员 {nm[2]} {nm[3]}</p>\n' + body
        )
    credits = "".join(f"<p>{esc(c)}</p>" for c in rm_credits(a))
    rel = related(site, a)
    rel_html = (
        f'<div class="related"><div class="title"><span>相关阅读</span></div><ul>{lis(rel, "%m-%d")}</ul></div>'
        if rel
        else ""
    )
    tj = picks(site, "rm", 6, "tj")
    tj_html = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/upload/tj/{zlib.crc32(b.path.encode()) % 9999}.jpg" /><p>{esc(b.title)}</p></a></li>'
        for b in tj
        if b is not a
    )
    data = {
        "id": a.path.rsplit("/", 1)[-1][:-5],
        "title": a.title,
        "source": x["source"],
        "publishTime": f"{a.when:%Y-%m-%d %H:%M}",
        "channel": x["folder"][1],
        "siteName": "清河融媒",
        "cover": next((b.src for b in a.blocks if b.kind == "img"), ""),
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}-清河融媒</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},清河县,清河融媒">
<meta name="description" content="{desc(a)}">
<meta name="SiteName" content="清河县融媒体中心">
<meta name="ColumnName" content="{x["folder"][1]}">
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{esc(x["source"])}">
<link rel="stylesheet" href="/static/css/common.css?v=20230612">
<link rel="stylesheet" href="/static/css/detail.css?v=20230612">
<style>{css(rng, "qh", 520)}</style>
<script src="/static/js/jquery-3.4.1.min.js"></script>
<script>{filler_js(rng, "sobey-mpc", 90)}</script>
<script>var contentData = {json.dumps(data, ensure_ascii=False)};</script>
<script>{stats_js("qhrm")}</script>
</head>
<body>
<div class="top-bar"><div class="container"><span>欢迎访问清河县融媒体中心网站</span><div class="right"><a href="/">首页</a><a href="/about/">关于我们</a><a href="javascript:;" class="wxqr">微信公众号</a><a href="javascript:;" class="dyqr">抖音号</a><a href="javascript:;" class="appqr">清河发布客户端</a></div></div></div>
<div class="header"><div class="container"><a href="/folder2/folder9/index.html" class="logo"><img src="/static/images/qhrm_logo.png" alt="清河融媒"></a><div class="search-box"><input type="text" placeholder="请输入关键字"><a href="/search/?q=" class="btn">搜索</a></div></div></div>
<div class="nav"><div class="container">{menu(RM_NAV, LISTS["rm"][0])}</div></div>
<div class="container crumb">当前位置：<a href="/">首页</a> &gt; <a href="{RM_FOLDERS[x["folder"][0]]}">{x["folder"][1]}</a> &gt; 正文</div>
<div class="container detail-wrap">
<div class="detail-left">
<div class="article_title"><h2>{esc(a.title)}</h2></div>
<div class="article_info"><span class="source">来源：{esc(x["source"])}</span><span class="time">发布时间：{a.when:%Y-%m-%d %H:%M}</span><span class="views">浏览量：<i id="readCount">--</i></span><span class="font">字体：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span></div>
<div class="article_content" id="content">
{body}
</div>
<div class="article_editor">{credits}</div>
<div class="article_share"><span>分享：</span><a href="javascript:;" class="wechat">微信</a><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="qq">QQ</a></div>
<div class="disclaimer">【免责声明】清河融媒发布的内容，转载请注明来源；转载稿件仅供参考，不代表本网观点。</div>
{rel_html}
<div class="recommend"><div class="title"><span>推荐阅读</span></div><ul>{tj_html}</ul></div>
</div>
<div class="detail-right">
<div class="box"><div class="title"><span>热门排行</span></div><ol>{rank(others(site, a, 10, "hot"))}</ol></div>
<div class="box"><div class="title"><span>视频清河</span></div><ul>{lis(others(site, a, 4, "video"), "", 18)}</ul></div>
<div class="box matrix"><div class="title"><span>融媒矩阵</span></div><p>清河发布　清河融媒　视频号　抖音号　今日头条号</p></div>
</div>
</div>
<div class="footer"><div class="container"><p>主办：清河县融媒体中心　承办：清河县融媒体中心新媒体部</p><p>地址：清河县城关镇人民路88号　联系电话：0797-6123456　投稿邮箱：qhrm@example.cn</p><p>赣ICP备19001234号-1　<a href="/about/contact.html">联系我们</a>　技术支持：索贝数码</p></div></div>
</body>
</html>
"""
    return _html(page)


# --- 3. 澄州新闻网 (帝国CMS, GB2312) ------------------------------------------------------------

EC_NAV = [
    "网站首页",
    "本地新闻",
    "社会民生",
    "澄州时政",
    "县区动态",
    "图片新闻",
    "视频澄州",
    "澄州旅游",
    "澄州论坛",
    "便民服务",
    "专题报道",
    "澄州日报",
]


def ec_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "zz": nm[0],
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "multi2": f"{nm[0]} {nm[1]}",
        "yiming": "佚名",
        "old": nm[0],
        "xhw": f"新华社记者 {nm[0]}",
        "multi3": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "unit": a.x["source"],
        "wentu": f"文/{nm[0]} 图/{nm[4]}",
        "old2": f"{nm[0]}、{nm[1]}",
        "zz2": f"{nm[0]}、{nm[1]}",
        "bw": f"本网记者 {nm[0]}",
    }[style]


def ec_pager(a: Art, k: int, n: int) -> str:
    if n == 1:
        return ""
    out = [f'<a title="Page">&nbsp;<b>{k}</b>/{n}&nbsp;</a>']
    if k > 1:
        out.append(
            f'<a href="{page_path(a, 1)}">首页</a>&nbsp;<a href="{page_path(a, k - 1)}">上一页</a>'
        )
    for j in range(1, n + 1):
        out.append(f"<b>{j}</b>" if j == k else f'<a href="{page_path(a, j)}">{j}</a>')
    if k < n:
        out.append(
            f'<a href="{page_path(a, k + 1)}">下一页</a>&nbsp;<a href="{page_path(a, n)}">尾页</a>'
        )
    return '<div class="epages">' + "&nbsp;".join(out) + "</div>"


def ec(site: Site36, a: Art, k: int = 1) -> tuple[bytes, str]:
    if a.x["old"]:
        return ec_old(site, a)
    rng = page_rng(site.seed, page_path(a, k))
    x = a.x
    parts = x["pages"]
    n = len(parts)

    def img(b: Block) -> str:
        cap = f'<p align="center">{esc(b.text)}{esc(b.credit)}</p>' if b.text else ""
        return f'<p align="center"><img border="0" alt="" src="{b.src}" /></p>{cap}'

    body = body_html(
        parts[k - 1],
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f"<p>　　<strong>{esc(t)}</strong></p>",
        img,
    )
    sec_path = EC_SECS[x["sec"][0]]
    info = (
        f"发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(x['source'])}　作者：{esc(ec_author(a))}　"
        f'浏览次数：<script src="/e/public/ViewClick/?classid={x["sec"][2]}&id={x["id"]}&addclick=1"></script>　'
        '【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】'
    )
    editor = ""
    if a.editors and k == n:
        label = "编辑" if x["style"] in ("multi3", "bw") else "责任编辑"
        editor = f'<div class="editor">（{label}：{a.editors[0]}）</div>'
    rel = related(site, a)
    rel_html = (
        f'<div class="otherlink"><h3>相关新闻</h3><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    ecs = [b for b in site.of("ec") if not b.x["old"]]
    idx = ecs.index(a)
    prev_a, next_a = ecs[idx - 1], ecs[(idx + 1) % len(ecs)]
    title = esc(a.title) + (f"(第{k}页)" if k > 1 else "")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_{x["sec"][1]}_澄州新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{desc(a)}" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "cz", 500)}</style>
<script type="text/javascript" src="/e/data/js/ajax.js"></script>
<script type="text/javascript">{filler_js(rng, "ecms-skin", 90)}</script>
<script type="text/javascript">{stats_js("czxww")}</script>
</head>
<body>
<div class="top"><div class="wrap"><span class="date">今天是：{a.when:%Y年%m月%d日}</span><span class="login"><a href="javascript:;">会员登录</a> | <a href="javascript:;">注册</a></span><span class="links"><a href="/">设为首页</a> | <a href="/">加入收藏</a></span></div></div>
<div class="header wrap"><a href="/news/bendi/"><img src="/skin/default/images/logo.gif" alt="澄州新闻网" /></a><div class="ad468"><img src="/d/file/ad/banner_468x60.gif" /></div></div>
<div class="nav wrap">{menu(EC_NAV, LISTS["ec"][0])}</div>
<div class="search wrap"><form action="/e/search/index.php" method="post" name="searchform"><input name="keyboard" type="text" /><input type="submit" value="搜索" /></form><span class="hotkey">热门搜索：<a href="/e/search/index.php">交通</a> <a href="/e/search/index.php">招聘</a></span></div>
<div class="position wrap">当前位置：<a href="/news/bendi/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/bendi/">新闻中心</a>&nbsp;&gt;&nbsp;<a href="{sec_path}">{x["sec"][1]}</a></div>
<div class="wrap main">
<div class="left">
<div class="newstitle"><h1>{esc(a.title)}</h1></div>
<div class="newsinfo">{info}</div>
<div class="newstext" id="text">
{body}
</div>
{ec_pager(a, k, n)}
{editor}
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】【<a href="#top">顶部</a>】</div>
<div class="sxp">上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a><br />下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></div>
{rel_html}
<div class="pl"><h3>网友评论</h3><form action="/e/pl/doaction.php" method="post" name="saypl"><p>用户名：<input name="username" type="text" /> 密码：<input name="password" type="password" /> <input type="checkbox" name="nomember" value="1" />匿名发表</p><textarea name="saytext" rows="6" cols="60"></textarea><input type="submit" value="发表评论" /></form><p>网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述。</p></div>
</div>
<div class="right">
<div class="box"><h3>热点新闻</h3><ul>{rank(others(site, a, 10, "hot"))}</ul></div>
<div class="box"><h3>图片新闻</h3><ul>{pics(others(site, a, 4, "pic"), "/d/file/titlepic")}</ul></div>
<div class="box"><h3>最新更新</h3><ul>{lis(others(site, a, 8, "new", same=False), "%m-%d", 18)}</ul></div>
</div>
</div>
<div class="footer wrap"><p>{" | ".join(f'<a href="{p}">{t}</a>' for p, t in (("/about/", "关于我们"), ("/about/contact.html", "联系我们"), ("/about/", "广告服务"), ("/about/", "网站地图")))}</p><p>澄州新闻网 版权所有 Copyright &copy; 2008-2024 All Rights Reserved　赣ICP备08001234号</p><p>本站所有新闻内容未经协议授权，禁止下载使用　新闻热线：0795-3123456</p><p>Powered by EmpireCMS 7.5</p></div>
<script type="text/javascript">function doZoom(s){{document.getElementById('text').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return _html(page, "gb2312", header=False)


def ec_old(site: Site36, a: Art) -> tuple[bytes, str]:
    """The 2017 pages: 帝国CMS 6.x's old skin, GB2312, date only (日期：2017-11-08)."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f"<br />{esc(b.text)}{esc(b.credit)}" if b.text else ""
        return f'<div align="center"><img src="{b.src}" border="0" />{cap}</div>'

    body = body_html(
        a.blocks, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img
    )
    editor = f"<p align=right>责任编辑：{a.editors[0]}</p>" if a.editors else ""
    hot = "".join(
        f'<tr><td>・<a href="{b.path}" target="_blank">{esc(trunc(b.title, 16))}</a></td></tr>'
        for b in others(site, a, 10, "oldhot", same=False)
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}-澄州新闻网</title>
<style type="text/css">{css(rng, "czold", 600)}</style>
<script language="javascript">{filler_js(rng, "ecms6", 90)}</script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/skin/old/logo.gif"></td></tr>
<tr><td class="nav">{"｜".join(f'<a href="{LISTS["ec"][0]}">{n}</a>' for n in EC_NAV)}</td></tr>
<tr><td>您当前的位置：<a href="/news/bendi/">首页</a>&gt;<a href="/news/bendi/">本地新闻</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="680" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center" class="title"><strong>{esc(a.title)}</strong></td></tr>
<tr><td align="center" class="info">日期：{a.when:%Y-%m-%d}　来源：{esc(x["source"])}　作者：{esc(ec_author(a))}　点击：<script src="/e/public/ViewClick/?classid=2&id={x["id"]}&addclick=1"></script></td></tr>
<tr><td class="content" id="text">
{body}
{editor}
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table></td><td width="10"></td><td valign="top"><table width="100%"><tr><td class="tit">热点新闻</td></tr>{hot}</table></td></tr></table>
<table width="960" align="center"><tr><td align="center">澄州新闻网 版权所有　赣ICP备08001234号　Powered by EmpireCMS</td></tr></table>
</body>
</html>
"""
    return _html(page, "gb2312", header=False)


# --- 4. 梅溪在线 (WordPress) -----------------------------------------------------------------------

WP_NAV = [
    ("首页", "/"),
    ("梅溪本地", WP_CATS["bendi"]),
    ("吃喝玩乐", WP_CATS["lvyou"]),
    ("便民信息", WP_CATS["bendi"]),
    ("关于", "/about/"),
]
WP_TAGS = {"xiangcun": "乡村游", "meishi": "美食", "laojie": "老街"}


def wp_byline(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "wen": f"文丨{nm[0]}　图丨{nm[4]}",
        "wentu": f"文/图丨{nm[0]}",
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "src": "来源：梅溪发布",
        "repost": f"来源：澄州日报　作者：{nm[0]}　{nm[1]}",
        "wen2": f"文丨{nm[0]} {nm[1]}",
        "tx": f"通讯员 {nm[2]} {nm[3]}",
        "src2": "来源：梅溪镇文旅办",
        "jz": f"梅溪融媒记者 {nm[0]}",
        "wentu2": f"文、图/{nm[0]}",
    }.get(style, "")


def wp_editor(a: Art) -> str:
    if not a.editors:
        return ""
    nm, style = a.x["nm"], a.x["style"]
    return {
        "wen": f"编辑丨{nm[5]}",
        "wentu": f"责编：{nm[5]}",
        "jz_tx": f"编辑：{nm[5]}　审核：{nm[6]}",
        "none": f"责编：{nm[5]}",
    }.get(style, f"编辑：{nm[5]}")


def wp(site: Site36, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    old = x["old"]

    def img(b: Block) -> str:
        w = rng.choice([800, 1080, 1024])
        cap = (
            f'<figcaption class="wp-element-caption">{esc(b.text)}{(" " + esc(b.credit)) if b.credit else ""}</figcaption>'
            if b.text
            else ""
        )
        return f'<figure class="wp-block-image size-large"><img decoding="async" width="{w}" height="{w * 2 // 3}" src="{b.src}" alt="" class="wp-image-{zlib.crc32(b.src.encode()) % 99999}" />{cap}</figure>'

    body = body_html(
        a.blocks,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<h3 class="wp-block-heading">{esc(t)}</h3>',
        img,
    )
    byl = wp_byline(a)
    if byl:
        body = f'<p style="color:#888888;font-size:14px">{esc(byl)}</p>\n' + body
    ed = wp_editor(a)
    if ed:
        body += f'\n<p style="text-align:right;color:#888888">{esc(ed)}</p>'
    tag = list(WP_TAGS)[x["id"] % 3]
    rel = related(site, a)
    rel_html = (
        '<div id="related-img" class="related-box"><h3 class="related-title">相关文章</h3><ul>'
        + "".join(
            f'<li><a href="{b.path}" rel="bookmark"><img src="/wp-content/themes/begin/img/random/{k + 1}.jpg" alt="{esc(b.title)}" /></a><a href="{b.path}" rel="bookmark">{esc(b.title)}</a></li>'
            for k, b in enumerate(rel)
        )
        + "</ul></div>"
        if rel
        else ""
    )
    rec = picks(site, "wp", 5, "rec")
    rec_html = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rec if b is not a)
    wps = site.of("wp")
    idx = wps.index(a)
    prev_a, next_a = wps[idx - 1], wps[(idx + 1) % len(wps)]
    iso = a.when.isoformat()
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{site.base}{a.path}#article",
                "headline": a.title,
                "datePublished": iso,
                "dateModified": iso,
                "author": {
                    "@type": "Person",
                    "name": "梅溪小编",
                    "url": f"{site.base}/author/meixi",
                },
                "publisher": {"@type": "Organization", "name": "梅溪在线"},
                "articleSection": [x["cat"][1]],
                "inLanguage": "zh-Hans",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "首页", "item": f"{site.base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": x["cat"][1],
                        "item": f"{site.base}{WP_CATS[x['cat'][0]]}",
                    },
                    {"@type": "ListItem", "position": 3, "name": a.title},
                ],
            },
        ],
    }
    views = rng.randint(120, 9800)
    if old:
        meta = f'<div class="post-meta">发布于 {a.when:%Y-%m-%d %H:%M} · 分类：<a href="{WP_CATS[x["cat"][0]]}" rel="category tag">{x["cat"][1]}</a> · 阅读 {views}</div>'
        head = f'<h1 class="post-title">{esc(a.title)}</h1>'
    else:
        meta = (
            f'<div class="begin-single-meta"><span class="my-date"><i class="be be-schedule"></i> {a.when.year}年{a.when.month}月{a.when.day}日</span>'
            f'<span class="meta-author"><i class="be be-personoutline"></i> <a href="/author/meixi" rel="author">梅溪小编</a></span>'
            f'<span class="comment"><a href="#respond"><i class="be be-speechbubble"></i> 发表评论</a></span>'
            f'<span class="views"><i class="be be-eye"></i> {views:,}</span><span class="word-time">共{len(a.body)}字，阅读约{max(1, len(a.body) // 400)}分钟</span></div>'
        )
        head = f'<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1></header>'
    theme = "twentyfifteen-cn" if old else "begin"
    page = f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(a.title)} - 梅溪在线</title>
<meta name="description" content="{desc(a)}" />
<meta name="keywords" content="{WP_TAGS[tag]},{esc(x["ctx"]["topic"])}" />
<link rel="canonical" href="{site.base}{a.path}" />
<meta property="og:locale" content="zh_CN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:site_name" content="梅溪在线" />
<meta property="article:published_time" content="{iso}" />
<meta property="article:modified_time" content="{iso}" />
<meta name="author" content="梅溪小编" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='{theme}-style-css' href='/wp-content/themes/{theme}/style.css?ver=2023.1' type='text/css' media='all' />
<style id='global-styles-inline-css' type='text/css'>{css(rng, "wp", 500)}</style>
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript">{filler_js(rng, theme, 90)}</script>
<script>{stats_js("meixi")}</script>
</head>
<body class="post-template-default single single-post postid-{x["id"]} single-format-standard">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div class="header-top"><span>{a.when:%Y年%m月%d日}</span><a href="/about/">关于我们</a> <a href="/about/contact.html">投稿爆料</a></div>
<div class="logo-site"><p class="site-title"><a href="/" rel="home">梅溪在线</a></p><p class="site-description">梅溪人自己的生活资讯网</p></div>
<nav id="site-nav" class="main-nav"><ul id="menu-main" class="down-menu nav-menu">{"".join(f'<li class="menu-item"><a href="{p}">{t}</a></li>' for t, p in WP_NAV)}</ul></nav>
<div class="search-main"><form method="get" id="searchform" action="/"><input type="text" value="" name="s" placeholder="输入搜索内容" /></form></div></header>
<div class="breadcrumb">您的位置：<a href="/">首页</a> <i>»</i> <a href="{WP_CATS[x["cat"][0]]}">{x["cat"][1]}</a> <i>»</i> 正文</div>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{x["id"]}" class="post-{x["id"]} post type-post status-publish format-standard hentry category-{x["cat"][0]} tag-{tag}">
{head}
{meta}
<div class="entry-content"><div class="single-content">
{body}
</div>
<div class="ad-single"><span class="ad-tag">广告</span><a href="javascript:;"><img src="/wp-content/uploads/ad/meixi_ad_{rng.randint(1, 5)}.jpg" /></a></div>
<div class="post-tags">标签：<a href="/tag/{tag}" rel="tag">{WP_TAGS[tag]}</a></div>
<div class="single-copyright"><p>本文由 <a href="/author/meixi">梅溪小编</a> 发布于 梅溪在线，转载请注明出处。如有侵权，请联系删除。</p></div>
<div class="share-box">分享到：<a href="javascript:;" class="share-wechat">微信</a> <a href="javascript:;" class="share-weibo">微博</a> <a href="javascript:;" class="share-qq">QQ</a></div>
</div>
</article>
<nav class="nav-single"><a href="{prev_a.path}" rel="prev"><span class="meta-nav">上一篇</span>{esc(prev_a.title)}</a><a href="{next_a.path}" rel="next"><span class="meta-nav">下一篇</span>{esc(next_a.title)}</a></nav>
{rel_html}
<div class="recommend-box"><h3>推荐阅读</h3><ul>{rec_html}</ul></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">您的邮箱地址不会被公开。必填项已用 * 标注</p><textarea id="comment" name="comment" rows="4"></textarea><p><input name="author" type="text" placeholder="昵称 *" /></p><p><input name="submit" type="submit" value="提交评论" /></p></form></div><p class="no-comments">还没有任何评论，你来说两句吧</p></div>
</main></div>
<div id="sidebar" class="widget-area">
<aside class="widget"><h3 class="widget-title">热门文章</h3><ul>{lis(others(site, a, 8, "hot"), "", 22)}</ul></aside>
<aside class="widget"><h3 class="widget-title">最新文章</h3><ul>{lis(others(site, a, 6, "new"), "%m-%d", 22)}</ul></aside>
<aside class="widget widget_tag_cloud"><h3 class="widget-title">热门标签</h3><div class="tagcloud">{"".join(f'<a href="/tag/{t}">{n}</a>' for t, n in WP_TAGS.items())}</div></aside>
</div>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright &copy; 2016-2024 梅溪在线 版权所有　<a href="/about/">关于我们</a>　<a href="/about/contact.html">联系我们</a>　浙ICP备16012345号-2　Powered by WordPress　Theme by {theme}</div></footer>
</div>
<script type="text/javascript" src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async"></script>
</body>
</html>
"""
    return _html(page)


# --- 5. 掌上宁川 (宁川日报 app's H5 share pages) ---------------------------------------------------


def h5_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "jz": f"宁川日报全媒体记者　{nm[0]}",
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "fb": "",
        "jx": f"见习记者 {nm[0]} 记者 {nm[1]}",
        "rmrb": f"作者：{nm[0]}",
        "jz2": f"全媒体记者 {nm[0]} {nm[1]}",
        "wentu": f"文/图 全媒体记者 {nm[0]}",
        "tx": f"通讯员 {nm[2]}",
        "jz_sy": f"全媒体记者 {nm[0]}　摄影 {nm[4]}",
    }.get(style, "")


def h5_editor(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "jz": f"编辑：{nm[5]}　审核：{nm[6]}",
        "none": f"责编：{nm[5]}",
        "rmrb": f"编辑：{nm[5]}",
        "jz2": f"责任编辑：{nm[5]}　终审：{nm[6]}",
    }.get(style, f"责任编辑：{nm[5]}")


def h5(site: Site36, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = (
            f'<p class="img-desc">{esc(b.text)}{("　" + esc(b.credit)) if b.credit else ""}</p>'
            if b.text
            else ""
        )
        return f'<div class="img-box"><img src="/m/static/img/loading.png" data-original="{b.src}" class="lazy" /><noscript><img src="{b.src}" /></noscript></div>{cap}'

    body = body_html(
        a.blocks,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<p class="subtitle"><strong>{esc(t)}</strong></p>',
        img,
    )
    au = h5_author(a)
    if au:
        body = f'<p class="author">{esc(au)}</p>\n' + body
    rel = related(site, a)
    rel_html = (
        '<div class="ext-read"><div class="hd">延伸阅读</div><ul>'
        + "".join(
            f'<li><a href="{b.path}"><p class="t">{esc(b.title)}</p><span class="s">{esc(b.x["source"])}　{b.when:%m-%d}</span></a></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><a href="{b.path}"><em>{k}</em>{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 6, "hot"), 1)
    )
    week = rank(others(site, a, 5, "week"), 30)
    data = {
        "id": x["id"],
        "title": a.title,
        "source": x["source"],
        "pubTime": int(a.when.timestamp() * 1000),
        "shareUrl": f"{site.base}{a.path}?from=app",
        "cover": next((b.src for b in a.blocks if b.kind == "img"), "/m/static/img/share_logo.png"),
        "summary": trunc(a.body.replace("\n", ""), 50),
        "readCount": rng.randint(300, 60000),
    }
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-itunes-app" content="app-id=1234567890">
<title>{esc(a.title)}-掌上宁川</title>
<meta name="description" content="{desc(a, 60)}">
<link rel="stylesheet" href="/m/static/css/detail.css?v=3.2.1">
<style>{css(rng, "zs", 480)}</style>
<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
<script>{filler_js(rng, "zsnc-h5", 95)}</script>
<script>window.__NEWS_DATA__ = {json.dumps(data, ensure_ascii=False)};</script>
<script>{stats_js("zsnc")}</script>
</head>
<body>
<div class="app-banner" id="appBanner"><img src="/m/static/img/app_logo.png" class="logo"><div class="txt"><p class="name">掌上宁川</p><p class="desc">宁川日报官方客户端 打开APP阅读体验更佳</p></div><a class="open-btn" href="/m/download.html">打开</a></div>
<div class="page-detail">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="source">{esc(x["source"])}</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="read">阅读 {data["readCount"]}</span></div>
<div class="news-content fold" id="newsContent" style="max-height:520px;overflow:hidden;">
{body}
</div>
<div class="read-all-mask" id="readAll"><div class="shade"></div><a href="javascript:void(0)" onclick="openApp()" class="btn">打开APP阅读全文</a></div>
<div class="news-editor">{esc(h5_editor(a))}</div>
<div class="statement">※ 本文为掌上宁川客户端稿件，转载请注明出处。</div>
<div class="like-bar"><a href="javascript:;" class="like">点赞 {rng.randint(5, 900)}</a><a href="javascript:;" class="share">分享</a></div>
{rel_html}
<div class="hot-news"><div class="hd">热点新闻</div><ul>{hot}</ul></div>
<div class="week-rank"><div class="hd">本周排行</div><ol>{week}</ol></div>
<div class="more-app"><a href="/m/download.html">打开掌上宁川，查看更多精彩内容 &gt;</a></div>
<div class="m-footer"><a href="/m/">掌上宁川首页</a> | <a href="/">电脑版</a><p>宁川日报社 版权所有</p></div>
</div>
<script>function openApp(){{location.href='zsnc://news/detail?id={x["id"]}';setTimeout(function(){{location.href='/m/download.html';}},1500);}}</script>
</body>
</html>
"""
    return _html(page)


RENDER = {"fz": fz, "rm": rm, "ec": ec, "wp": wp, "h5": h5}


def register(site: Site36) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
        pages = a.x.get("pages") or [a.blocks]
        for k in range(2, len(pages) + 1):
            site.route(page_path(a, k), partial(RENDER[a.tpl], site, a, k))
