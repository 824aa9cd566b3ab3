"""Site 74's article pages: the 共青团江州市委 site (文/X, closing 文字/图片/编辑/审核 blocks, 供稿
units; 2019 pages in GBK tables and font tags), the 妇联's 江州女性网 (日期 only, 作者 a person, a
unit or 通讯员, 本网讯 leads, 副题; 2019 pages in GB2312 named in the meta only), the 总工会's
动易-style ASP site (GBK tables, 作者：佚名, 文章来源：本站原创, 文章录入/责任编辑, 相关文章 and 网友评论),
the 应急管理局 news channel (政府网站 meta block, 供稿/撰稿/审核/校对 closings, 本报讯 and 新华社
leads, 引题; 2019 pages in GB2312) and the 气象局 news page (中国气象报讯 leads, 文/X 图/P, 相关新闻
beside the forecast and 预警 boxes; 2019 pages in GBK)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, gov_meta, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site74

TW = "共青团江州市委员会"
FL = "江州女性网"
GH = "江州工会网"
YJ = "江州市应急管理局"
QX = "江州市气象局"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site74, a: Art, key: str, k: int = 10, tpls: tuple[str, ...] = ()) -> str:
    """A most-read box: stories the page's script ranks (never the related ones by choice)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if (b.tpl in tpls or not tpls) and b is not a]
    return "".join(
        f'<li><em class="n{n}">{n}</em><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 18))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def newest(site: Site74, a: Art, k: int = 8, fmt: str = "%m-%d") -> str:
    """The channel's latest stories (a 最新 box): not related."""
    return "".join(li(b, fmt) for b in [b for b in latest(site.of(a.tpl)) if b is not a][:k])


def prev_next(site: Site74, a: Art) -> tuple[Art | None, Art | None]:
    arts = sorted(site.of(a.tpl), key=lambda b: b.when)
    k = arts.index(a)
    return (arts[k - 1] if k else None), (arts[k + 1] if k + 1 < len(arts) else None)


def pn_html(
    site: Site74, a: Art, prev: str = "上一篇：", nxt: str = "下一篇：", sep: str = "<br>"
) -> str:
    p, n = prev_next(site, a)
    ps = f'<a href="{p.path}">{esc(p.title)}</a>' if p else "没有了"
    ns = f'<a href="{n.path}">{esc(n.title)}</a>' if n else "没有了"
    return f"{prev}{ps}{sep}{nxt}{ns}"


def rel_list(site: Site74, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 330, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s74' + tpl)}</script>"


def img_html(b: Block, sep: str = "　", cls: str = "pic") -> str:
    cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
    cap_html = f'\n<p style="text-align: center;" class="{cls}">{cap}</p>' if cap else ""
    return f'<p style="text-align: center;"><img src="{b.src}" alt="" border="0" /></p>{cap_html}'


def table_html(rows: list[Block], old: bool = False) -> str:
    """A run of table rows (``tr`` blocks, cells separated by spaces), the first the header."""
    cell = '<td align="center"><font size="2">{}</font></td>' if old else "<td>{}</td>"
    head = cell if old else "<th>{}</th>"
    out = []
    for k, r in enumerate(rows):
        fmt = head if k == 0 else cell
        out.append("<tr>" + "".join(fmt.format(esc(c)) for c in r.text.split(" ")) + "</tr>")
    attrs = (
        'width="90%" border="1" cellspacing="0" cellpadding="4" align="center"'
        if old
        else 'class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse;"'
    )
    return f"<table {attrs}><tbody>{''.join(out)}</tbody></table>"


def _runs(blocks: list[Block]) -> list[Block | list[Block]]:
    """Blocks with each run of table rows gathered in a list."""
    out: list[Block | list[Block]] = []
    for b in blocks:
        if b.kind == "tr":
            if out and isinstance(out[-1], list):
                out[-1].append(b)
            else:
                out.append([b])
        else:
            out.append(b)
    return out


def paras(blocks: list[Block], indent: str = "　　", sep: str = "　", tag: str = "p") -> str:
    out = []
    for b in _runs(blocks):
        if isinstance(b, list):
            out.append(table_html(b))
        elif b.kind == "p":
            out.append(f"<{tag}>{indent}{esc(b.text)}</{tag}>")
        elif b.kind == "h":
            out.append(f"<{tag}><strong>{indent}{esc(b.text)}</strong></{tag}>")
        else:
            out.append(img_html(b, sep))
    return "\n".join(out)


def font_paras(blocks: list[Block]) -> str:
    """The older markup: paragraphs in ``<font>`` runs, pictures centred by ``<div>``."""
    out = []
    for b in _runs(blocks):
        if isinstance(b, list):
            out.append(table_html(b, old=True))
        elif b.kind == "p":
            out.append(f'<p><font face="宋体" size="3">　　{esc(b.text)}</font></p>')
        elif b.kind == "h":
            out.append(f'<p><font face="宋体" size="3"><b>　　{esc(b.text)}</b></font></p>')
        else:
            cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
            out.append(
                f'<div align="center"><img src="{b.src}" border="0" /><br /><font color="#333399" size="2">{cap}</font></div>'
            )
    return "\n".join(out)


def footer_gov(org: str, code: str, addr: str, year: int, tel: str) -> str:
    return (
        f'<div class="footer"><div class="w1200"><div class="dzjg"><a href="javascript:;"><img src="/images/dzjg.png" alt="党政机关" /></a></div>'
        f'<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站地图</a> | <a href="/about/index.html">隐私声明</a></p>'
        f"<p>主办单位：{org}　地址：{addr}　联系电话：{tel}</p>"
        f'<p>网站标识码：{code}　苏ICP备00000000号-1　<img src="/images/ga.png" />苏公网安备 32000002000000号</p>'
        f"<p>Copyright &copy; 2015-{year} {org} 版权所有　建议使用1366×768分辨率浏览</p>"
        '<div class="jiucuo"><a href="javascript:;"><img src="/images/jiucuo.png" alt="政府网站找错" /></a></div></div></div>'
    )


# --- 1. 共青团江州市委 (TRS-style, 2019 pages in GBK tables) ------------------------------------
TW_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/tswdt/index.html">团市委动态</a></li><li><a href="/tswdt/index_1.html">基层动态</a></li><li><a href="/zt/fzjzr/index.html">专题专栏</a></li><li><a href="/video/index.html">青春影像</a></li><li><a href="/tag/zyfw.html">志愿服务</a></li><li><a href="/search/index.html?q=青年">信息检索</a></li><li><a href="/about/index.html">关于我们</a></li></ul>'


def tw_lines(a: Art) -> tuple[str, str, str, str]:
    """(top line, closing credit line, 作者 of the info line, 来源) of a 团市委 page."""
    nm, style, d = a.x["nm"], a.x["style"], a.x["district"]
    x, z, e, s, p = nm[0], nm[2], nm[3], nm[4], nm[5]
    top = {"wen": f"文/{x}", "wentu": f"文/{x}　图/{p}"}.get(style, "")
    closing = {
        "wen": f"编辑：{e}　审核：{s}",
        "wentu": f"编辑：{e}　审核：{s}",
        "closing": f"文字：{x}　图片：{p}　编辑：{e}　审核：{s}",
        "gonggao": f"（供稿：团{d}委）",
    }.get(style, "")
    au = {"info": x, "info_two": f"{x} {z}"}.get(style, "")
    source = {"info": "团市委办公室", "info_two": "团市委学校部", "gonggao": f"团{d}委"}.get(
        style, "青春江州"
    )
    return top, closing, au, source


def tw_page(site: Site74, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    top, closing, au, source = tw_lines(a)
    page_editor = a.x["style"] in ("info", "info_two", "gonggao")
    notices = "".join(
        f'<li><a href="/tswdt/index_1.html">{t}</a></li>'
        for t in (
            "关于开展2024年度江州市“五四红旗团委”评选工作的通知",
            "关于做好2024年暑期大学生返家乡社会实践工作的通知",
            "江州市青年志愿者协会招募公告",
            "关于推荐第十五届江州青年五四奖章人选的通知",
        )
    )
    if old:
        body = font_paras(a.blocks)
        if top:
            body = f'<p align="center"><font size="2">{esc(top)}</font></p>\n{body}'
        if closing:
            body += f'\n<p align="right"><font size="2">{esc(closing)}</font></p>'
        info = f"时间：{a.when:%Y年%m月%d日 %H:%M}　来源：{esc(source)}" + (
            f"　作者：{esc(au)}" if au else ""
        )
        ed = (
            f'<tr><td align="right"><font size="2">责任编辑：{esc(a.editors[0])}</font></td></tr>'
            if page_editor
            else ""
        )
        main = f"""<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td height="30" class="dqwz"><img src="/images/arrow.gif" /> 您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/tswdt/index.html">团市委动态</a></td></tr></table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td width="700" valign="top">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="50" align="center"><font size="4" color="#CC0000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" bgcolor="#F2F2F2" height="26"><font color="#666666" size="2">{info}　点击：{a.x["views"]}</font></td></tr>
<tr><td class="content" style="padding-top:15px;line-height:28px;">
{body}
</td></tr>
{ed}
<tr><td align="right"><font size="2">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td><font size="2">{pn_html(site, a)}</font></td></tr>
</table></td>
<td width="10"></td><td width="280" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="r_tit"><font color="#FFFFFF"><b>通知公告</b></font></td></tr><tr><td><ul>{notices}</ul></td></tr>
<tr><td class="r_tit"><font color="#FFFFFF"><b>点击排行</b></font></td></tr><tr><td><ul>{rank(site, a, "djph", 10, ("tw",))}</ul></td></tr></table></td></tr></table>"""
    else:
        body = paras(a.blocks, "", "　")
        if top:
            body = f'<p style="text-align: center;">{esc(top)}</p>\n{body}'
        if closing:
            body += f'\n<p style="text-align: right;">{esc(closing)}</p>'
        info = (
            f"<span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{esc(source)}</span>"
            + (f"<span>作者：{esc(au)}</span>" if au else "")
            + f'<span>浏览次数：<em id="views">{a.x["views"]}</em></span><span class="zh">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
        )
        info = info.replace("</span><span", "</span>\n<span")
        ed = f'<div class="zrbj">责任编辑：{esc(a.editors[0])}</div>' if page_editor else ""
        main = f"""<div class="position w1200">当前位置：<a href="/">首页</a> &gt; <a href="/tswdt/index.html">团市委动态</a> &gt; 正文</div>
<div class="w1200 clearfix"><div class="main-left">
<div class="article">
<h2 class="article-title">{esc(a.title)}</h2>
<div class="article-info">{info}</div>
<div class="bdsharebuttonbox">分享到：<a href="javascript:;" class="bds_weixin">微信</a><a href="javascript:;" class="bds_tsina">微博</a><a href="javascript:;" class="bds_qzone">QQ空间</a></div>
<div class="article-con TRS_Editor">
{body}
</div>
{ed}
<div class="article-btn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next">{pn_html(site, a)}</div>
</div>
</div>
<div class="main-right"><div class="box"><div class="box-tit">通知公告</div><ul>{notices}</ul></div>
<div class="box"><div class="box-tit">热门排行</div><ol>{rank(site, a, "rmph", 10, ("tw",))}</ol></div>
<div class="box ewm"><div class="box-tit">“青春江州”微信公众号</div><img src="/images/qcjz_ewm.jpg" alt="" /><p>扫一扫 关注青春江州</p></div>
<div class="box"><div class="box-tit">精彩图片</div><ul class="pics">{"".join(f'<li><a href="{b.path}"><img src="/images/tw/pic{k}.jpg" /><p>{esc(trunc(b.title, 14))}</p></a></li>' for k, b in enumerate(latest(site.of("tw"))[:4]))}</ul></div></div>
</div>"""
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}-{TW}</title>
<meta name="keywords" content="共青团,江州团市委,{esc(a.x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
{"" if old else f'<meta name="publishdate" content="{a.when:%Y-%m-%d %H:%M:%S}" />'}
{head_common(rng, "tw", 400, 60)}
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a href="/about/index.html">设为首页</a> | <a href="/about/index.html">加入收藏</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/tw_logo.png" alt="{TW}" /></a><div class="slogan">青春心向党 建功新时代</div><form action="/search/index.html" class="search"><input type="text" name="q" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="navbar">{TW_NAV}</div>
{main}
<div class="links w1200"><span>友情链接：</span><a href="/">中国共青团网</a> <a href="/">江州市人民政府</a> <a href="/">江州文明网</a> <a href="/">江州青年志愿者网</a></div>
<div class="footer"><p>主办单位：{TW}　地址：江州市人民中路88号市级机关大院3号楼　邮编：210000</p><p>联系电话：0000-80000000　苏ICP备00000000号-2　苏公网安备 32000002000001号</p><p>Copyright &copy; {a.when.year} 江州共青团 All Rights Reserved</p></div>
</body>
</html>
"""
    return served(page, charset)


# --- 2. 江州女性网 (市妇联; 2019 pages in GB2312 named in the meta only) -------------------------
FL_NAV = '<div class="nav"><a href="/">首页</a><a href="/fldt/index.html">妇联动态</a><a href="/fldt/index_2.html">基层风采</a><a href="/zt/fzjzr/index.html">专题</a><a href="/tag/zyfw.html">巾帼志愿</a><a href="/video/index.html">视频</a><a href="/search/index.html?q=青年">搜索</a><a href="/about/contact.html">联系我们</a></div>'


def fl_author(a: Art) -> str:
    nm, style, d = a.x["nm"], a.x["style"], a.x["district"]
    return {
        "author": nm[0],
        "author_two": f"{nm[0]}、{nm[2]}",
        "unit": f"{d}妇联",
        "tongxun": f"通讯员 {nm[1]}",
        "reporter": f"江州女性网记者 {nm[0]}",
    }.get(style, "")


def fl_page(site: Site74, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, style = a.x["old"], a.x["style"]
    au = fl_author(a)
    source = f"{a.x['district']}妇联" if style in ("unit", "tongxun") else "江州市妇联"
    sub = f"——{a.x['district']}妇联{a.x['ctx']['topic']}工作侧记" if a.i in (3, 8) else ""
    rel = rel_list(site, a)
    latest_box = newest(site, a, 8)
    hotline = '<div class="hotline"><h3>妇女维权公益服务热线</h3><p class="tel">12338</p><p>周一至周五 8:30-17:30</p></div>'
    if old:
        info = f"作者：{esc(au)}　" if au else ""
        info += f"来源：{esc(source)}　发布日期：{a.when.year}年{a.when.month}月{a.when.day}日"
        relbox = (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="xgwz"><font color="#B5004B"><b>相关文章</b></font></td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
            if rel
            else ""
        )
        ed = f"【责编：{esc(a.editors[0])}】" if a.editors else ""
        main = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="28" background="/images/fl_wz_bg.gif"><font size="2">当前位置：<a href="/">首页</a> &gt; <a href="/fldt/index.html">妇联动态</a> &gt; 正文</font></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="95%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="45"><font size="5" color="#B5004B" face="黑体">{esc(a.title)}</font></td></tr>
{f'<tr><td align="right"><font size="3" color="#666666">{esc(sub)}</font></td></tr>' if sub else ""}
<tr><td align="center"><font size="2" color="#999999">{info}</font></td></tr>
<tr><td><hr size="1" color="#F3C4D8" /></td></tr>
<tr><td style="line-height:26px;">
{font_paras(a.blocks)}
</td></tr>
<tr><td align="right"><font size="2">{ed}</font></td></tr>
</table>
{relbox}
</td><td width="20"></td><td width="260" valign="top"><table width="100%"><tr><td class="r_tit"><b>最新文章</b></td></tr><tr><td><ul>{latest_box}</ul></td></tr></table>{hotline}</td></tr></table>"""
    else:
        relbox = f'<div class="xgwz"><h3>相关文章</h3><ul>{rel}</ul></div>' if rel else ""
        info = (
            f"<span>日期：{a.when:%Y-%m-%d}</span><span>来源：{esc(source)}</span>"
            + (f"<span>作者：{esc(au)}</span>" if au else "")
            + f"<span>浏览：<em>{a.x['views']}</em>次</span>"
        )
        ed = f'<p class="zrbj">责任编辑：{esc(a.editors[0])}</p>' if a.editors else ""
        pics = "".join(
            f'<li><a href="{b.path}"><img src="/images/fl/tp{k}.jpg" alt="" /><span>{esc(trunc(b.title, 12))}</span></a></li>'
            for k, b in enumerate(latest(site.of("fl"))[:4])
        )
        main = f"""<div class="crumb w1100">您当前的位置：<a href="/">首页</a> &gt; <a href="/fldt/index.html">妇联动态</a> &gt; 正文</div>
<div class="w1100 clearfix"><div class="fl-left">
<div class="detail">
<h1>{esc(a.title)}</h1>
{f'<h3 class="fu">{esc(sub)}</h3>' if sub else ""}
<div class="detail-info">{info}</div>
<div class="detail-txt" id="zoom">
{paras(a.blocks, "", " ")}
</div>
{ed}
<div class="detail-share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a></div>
<div class="detail-pn">{pn_html(site, a)}</div>
</div>
{relbox}
</div>
<div class="fl-right"><div class="rbox"><h3>最新文章</h3><ul>{latest_box}</ul></div><div class="rbox"><h3>图片新闻</h3><ul class="tp">{pics}</ul></div>{hotline}</div>
</div>"""
    meta_date = "" if old else f'<meta name="publishdate" content="{a.when:%Y-%m-%d}">'
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if old else "utf-8"}">
<title>{esc(a.title)}_{FL}</title>
<meta name="keywords" content="妇联,{esc(a.x["ctx"]["topic"])}">
{meta_date}
{head_common(rng, "fl", 380, 50)}
</head>
<body>
<div class="header"><div class="w1100"><a href="/" class="logo"><img src="/images/fl_logo.png" alt="{FL}"></a><span class="zb">江州市妇女联合会主办</span><form action="/search/index.html"><input name="q"><button type="submit">搜索</button></form></div></div>
{FL_NAV}
{main}
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站声明</a></p><p>主办：江州市妇女联合会　地址：江州市建设路12号　邮编：210001</p><p>苏ICP备00000000号-3　苏公网安备 32000002000002号　版权所有 &copy; {FL}</p></div>
</body>
</html>
"""
    return served(page, "gb2312" if old else "utf-8", header=not old)


# --- 3. 江州工会网 (市总工会, 动易-style ASP, GBK tables throughout) -----------------------------
GH_MENU = '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr><td><a href="/">网站首页</a></td><td><a href="/Article/Index.asp">工会动态</a></td><td><a href="/Article/ShowClass.asp?ClassID=2">基层工会</a></td><td><a href="/Article/ShowClass.asp?ClassID=2&amp;page=2">劳模风采</a></td><td><a href="/zt/fzjzr/index.html">专题</a></td><td><a href="/video/index.html">视频</a></td><td><a href="/tag/zyfw.html">职工志愿</a></td><td><a href="/about/contact.html">联系我们</a></td></tr></table>'


def gh_fields(a: Art) -> tuple[str, str]:
    """(作者, 文章来源) as the 动易 info row prints them."""
    nm, style, d = a.x["nm"], a.x["style"], a.x["district"]
    return {
        "one": (nm[0], "江州市总工会"),
        "two": (f"{nm[0]}、{nm[2]}", "江州市总工会"),
        "yiming": ("佚名", "本站原创"),
        "tongxun": (f"通讯员 {nm[1]}", f"{d}总工会"),
        "lead": ("佚名", "江州工人报"),
        "dateline": ("佚名", "新华网"),
    }[style]


def gh_page(site: Site74, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    au, source = gh_fields(a)
    aid = a.x["id"]
    stamp = f"{a.when.year}-{a.when.month}-{a.when.day}" + ("" if old else f" {a.when:%H:%M:%S}")
    rel = "".join(
        f'<li><a href="{p}" title="{esc(site.by_path[p].title)}">{esc(site.by_path[p].title)}</a>［{site.by_path[p].when.month}-{site.by_path[p].when.day}］</li>'
        for p in a.related
    )
    rel_cell = f"<ul>{rel}</ul>" if rel else "<li>没有相关文章</li>"
    ed = esc(a.editors[0]) if a.editors else ""
    body = font_paras(a.blocks) if old else paras(a.blocks, "　　", "　")
    comments = "".join(
        f'<tr><td class="pl_tit">网友：{n}　评论时间：{a.when.year}-{a.when.month}-{min(28, a.when.day + k + 1)} {9 + k}:{11 * k:02d}:0{k}</td></tr><tr><td class="pl_con">{t}</td></tr>'
        for k, (n, t) in enumerate(
            [("匿名", "为工会点赞！"), ("一线职工", "希望这样的活动多搞一些。")][: 1 + a.i % 2]
        )
    )
    hot = rank(site, a, "rmwz", 10, ("gh",))
    newest_box = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 16))}</a></li>'
        for b in latest(site.of("gh"))[:10]
    )
    title_cell = (
        f'<font size="4" color="#FF0000"><b>{esc(a.title)}</b></font>'
        if old
        else f"<strong>{esc(a.title)}</strong>"
    )
    main = f"""<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="main_shadow">您现在的位置：&nbsp;<a class="LinkPath" href="/">江州工会网</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="/Article/Index.asp">工会动态</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" class="left"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="left_title">最新文章</td></tr><tr><td><ul>{newest_box}</ul></td></tr>
<tr><td class="left_title">热门文章</td></tr><tr><td><ul>{hot}</ul></td></tr>
<tr><td class="left_title">职工服务</td></tr><tr><td><a href="/about/contact.html">职工维权热线 12351</a><br /><a href="/about/contact.html">法律援助申请</a><br /><a href="/about/contact.html">困难职工帮扶</a></td></tr></table></td>
<td width="10"></td>
<td width="760" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0" class="border">
<tr><td class="main_ArticleTitle" align="center" height="50">{title_cell}</td></tr>
<tr><td class="Article_tdbgall" align="center">作者：{esc(au)}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{esc(source)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={aid}"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{stamp}</td></tr>
<tr><td height="10"></td></tr>
<tr><td id="fontzoom" class="main_ArticleContent">
{body}
</td></tr>
<tr><td align="right">【字体：<a class="top_UserLogin" href="javascript:fontZoomA();">小</a> <a class="top_UserLogin" href="javascript:fontZoomB();">大</a>】【<a href="/Article/Print.asp?ArticleID={aid}" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td class="Article_tdbgall">文章录入：ghxcb&nbsp;&nbsp;&nbsp;&nbsp;责任编辑：{ed}&nbsp;</td></tr>
<tr><td>{pn_html(site, a, "上一篇文章： ", "下一篇文章： ")}</td></tr>
<tr><td class="main_title_760"><b>相关文章</b></td></tr>
<tr><td class="main_tdbg_760">{rel_cell}</td></tr>
<tr><td class="main_title_760"><b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
<tr><td><table width="100%">{comments}</table></td></tr>
<tr><td><form action="/Article/Comment.asp?ArticleID={aid}" method="post">用户名：<input name="UserName" value="匿名" /> 评分：<input type="radio" name="Score" value="5" checked />5分 <br /><textarea name="Content" rows="5" cols="60"></textarea><br /><input type="submit" value="发表评论" /></form></td></tr>
</table></td></tr></table>"""
    page = f"""<html>
<head>
<title>{GH}--{esc(a.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="工会,职工,{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
{head_common(rng, "gh", 340, 45)}
</head>
<body leftmargin="0" topmargin="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="110" background="/Skin/gh_top.jpg"><a href="/"><img src="/Skin/gh_logo.gif" border="0" alt="江州市总工会"></a></td><td align="right"><form action="/Article/Search.asp" method="get">搜索：<input name="keyword" size="16"> <input type="submit" value="搜索"></form></td></tr></table>
{GH_MENU}
{main}
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center"><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">网站留言</a><br>主办单位：江州市总工会　地址：江州市解放路56号　职工服务热线：12351<br>苏ICP备00000000号-4　苏公网安备 32000002000003号<br>Powered by：动易网站管理系统</td></tr></table>
</body>
</html>
"""
    return served(page, "gbk", header=not old)


# --- 4. 江州市应急管理局 新闻中心 (政府网站 meta, 2019 pages in GB2312) -----------------------------
YJ_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xwzx/gzdt/index.html">工作动态</a></li><li><a href="/xwzx/yjxx/index.html">预警信息</a></li><li><a href="/xwzx/gzdt/index_1.html">区县动态</a></li><li><a href="/zt/fzjzr/index.html">防灾减灾日</a></li><li><a href="/video/index.html">应急科普</a></li><li><a href="/search/index.html?q=青年">搜索</a></li><li><a href="/about/index.html">机构概况</a></li></ul>'
YJ_YT = ["坚持安全第一 预防为主", "压实责任 守牢底线"]


def yj_lines(a: Art) -> tuple[str, str, str]:
    """(top line, closing credit line, 来源) of an 应急管理局 page."""
    nm, style, d = a.x["nm"], a.x["style"], a.x["district"]
    top = f"文/图 {nm[0]}" if style == "wentu" else ""
    closing = {
        "gonggao": f"（{d}应急管理局 供稿）",
        "zhuangao": f"撰稿：{nm[0]}　审核：{nm[4]}　校对：{nm[6]}",
    }.get(style, "")
    source = {
        "ribao": "江州日报",
        "xinhua": "新华网",
        "gonggao": f"{d}应急管理局",
    }.get(style, YJ)
    return top, closing, source


def yj_page(site: Site74, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    top, closing, source = yj_lines(a)
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}" if old else f"{a.when:%Y-%m-%d %H:%M}"
    yt = YJ_YT[a.i % 2] if a.x["style"] == "ribao" else ""
    meta = gov_meta(
        YJ,
        "yjglj.jiangzhou.gov.cn",
        "3200000045",
        "工作动态",
        a.title,
        pub,
        source,
        "",
        a.x["ctx"]["topic"],
        trunc(a.paras[0], 80),
        site.base + a.path,
    )
    warns = "".join(
        f'<li><a href="{n["path"]}" target="_blank">{esc(trunc(n["title"], 20))}</a><span>{n["when"]:%m-%d}</span></li>'
        for n in site.notices[:6]
    )
    ed = f"【责任编辑：{esc(a.editors[0])}】" if a.editors else ""
    if old:
        body = paras(a.blocks, "　　", "　")
        if top:
            body = f"<p>{esc(top)}</p>\n{body}"
        if closing:
            body += f'\n<p align="right">{esc(closing)}</p>'
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/gzdt/index.html">新闻中心</a> &gt; <a href="/xwzx/gzdt/index.html">工作动态</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="con"><tr><td valign="top">
<table width="92%" border="0" align="center" cellpadding="0" cellspacing="0">
{f'<tr><td align="center" class="yt">{esc(yt)}</td></tr>' if yt else ""}
<tr><td align="center" class="bt">{esc(a.title)}</td></tr>
<tr><td align="center" class="sj">时间：{pub}　来源：{esc(source)}　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="nr"><div class="TRS_Editor" id="Zoom">
{body}
</div></td></tr>
<tr><td align="right">{ed}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>"""
    else:
        out = []
        if top:
            out.append(f'<p style="text-align: center;">{esc(top)}</p>')
        out.append(paras(a.blocks, "", "　"))
        if closing:
            out.append(f'<p style="text-align: right;">{esc(closing)}</p>')
        body = "\n".join(out)
        gzdt = newest(site, a, 7)
        main = f"""<div class="location w1200">您所在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/gzdt/index.html">新闻中心</a> &gt; <a href="/xwzx/gzdt/index.html">工作动态</a></div>
<div class="w1200 clearfix"><div class="xl-left">
<div class="xl-box">
{f'<p class="yinti">{esc(yt)}</p>' if yt else ""}
<h1 class="xl-tit">{esc(a.title)}</h1>
<div class="xl-info"><span>发布时间：{pub}</span><span>来源：{esc(source)}</span><span>浏览次数：<i>{a.x["views"]}</i></span><span class="zh">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span class="share">分享：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></span></div>
<div class="xl-con TRS_Editor" id="Zoom">
{body}
</div>
<div class="xl-zrbj">{ed}</div>
<div class="xl-btn"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xl-pn">{pn_html(site, a)}</div>
</div>
</div>
<div class="xl-right"><div class="rbox"><h3>预警信息</h3><ul>{warns}</ul></div><div class="rbox"><h3>工作动态</h3><ul>{gzdt}</ul></div><div class="rbox zbdh"><h3>应急值守</h3><p>24小时值班电话：0000-12350</p><p>安全生产举报：12350</p></div></div>
</div>"""
    charset = "gb2312" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}_{YJ}</title>
{meta}
{head_common(rng, "yj", 420, 55)}
</head>
<body>
<div class="gov-top"><div class="w1200"><span>江州市人民政府</span><a href="/about/index.html">无障碍浏览</a><a href="/about/index.html">长者模式</a><a href="/about/index.html">English</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/yj_logo.png" alt="{YJ}" /></a><form action="/search/index.html"><input name="q" placeholder="请输入关键词" /><button type="submit">搜索</button></form></div></div>
<div class="navbar">{YJ_NAV}</div>
{main}
<div class="links w1200"><span>相关网站：</span><a href="/">应急管理部</a> <a href="/">省应急管理厅</a> <a href="/">江州市人民政府</a> <a href="/">江州市气象局</a></div>
{footer_gov(YJ, "3200000045", "江州市人民中路88号", a.when.year, "0000-80000045")}
</body>
</html>
"""
    return served(page, charset)


# --- 5. 江州市气象局 气象新闻 (政府网站 meta; 2019 pages in GBK) --------------------------------------
QX_NAV = '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/qxxw/index.html">气象新闻</a></li><li><a href="/tqyb/index.html">天气预报</a></li><li><a href="/xwzx/yjxx/index.html">预警信号</a></li><li><a href="/zt/fzjzr/index.html">防灾减灾</a></li><li><a href="/video/index.html">气象影视</a></li><li><a href="/search/index.html?q=青年">搜索</a></li><li><a href="/about/index.html">机构概况</a></li></ul>'


def qx_lines(a: Art) -> tuple[str, str, str]:
    """(top line, 作者 of the info line, 来源) of a 气象局 page."""
    nm, style = a.x["nm"], a.x["style"]
    top = f"文/{nm[0]}　图/{nm[5]}" if style == "wen" else ""
    au = {"author": nm[0], "author_two": f"{nm[0]} {nm[2]}", "unit": "江州市气象台"}.get(style, "")
    source = "中国气象报" if style.startswith("reporter") else QX
    return top, au, source


def qx_page(site: Site74, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    top, au, source = qx_lines(a)
    rel = rel_list(site, a)
    body = paras(a.blocks, "　　", "　")
    if top:
        body = f'<p style="text-align: center;">{esc(top)}</p>\n{body}'
    fc = "".join(
        f'<li><a href="{b["path"]}" target="_blank">{esc(b["title"])}</a></li>'
        for b in site.bulletins[:5]
    )
    warns = "".join(
        f'<li><a href="{n["path"]}" target="_blank">{esc(trunc(n["title"], 20))}</a></li>'
        for n in site.notices
        if n["kind"] == "qx"
    )
    weather = '<div class="tq"><h3>江州天气</h3><p>今天：多云转雷阵雨　22～30℃　东南风3～4级</p><p>明天：阵雨转多云　21～28℃　偏东风2～3级</p><p><a href="/tqyb/index.html">更多预报&gt;&gt;</a></p></div>'
    if old:
        info = f"发布时间：{a.when:%Y-%m-%d}　来源：{esc(source)}" + (
            f"　作者：{esc(au)}" if au else ""
        )
        ed = f"编辑：{esc(a.editors[0])}"
        relbox = (
            f'<table width="100%"><tr><td class="xgxw"><b>相关新闻</b></td></tr><tr><td><ul>{rel}</ul></td></tr></table>'
            if rel
            else ""
        )
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/qxxw/index.html">气象新闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="700" valign="top">
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="title"><font size="4"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font color="#888888" size="2">{info}</font></td></tr>
<tr><td class="text">
{body}
</td></tr>
<tr><td align="right">{ed}</td></tr>
</table>
{relbox}
</td><td width="20"></td><td width="280" valign="top">{weather}<table width="100%"><tr><td class="r_tit">天气预报</td></tr><tr><td><ul>{fc}</ul></td></tr></table></td></tr></table>"""
        meta = ""
    else:
        info = (
            f"<span>发布时间：{a.when:%Y年%m月%d日 %H:%M}</span><span>来源：{esc(source)}</span>"
            + (f"<span>作者：{esc(au)}</span>" if au else "")
            + '<span>【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>'
        )
        info = info.replace("</span><span", "</span> <span")
        relbox = f'<div class="xgxw"><h4>相关新闻</h4><ul>{rel}</ul></div>' if rel else ""
        main = f"""<div class="bread w1200">当前位置：<a href="/">首页</a> &gt; <a href="/qxxw/index.html">气象新闻</a> &gt; 正文</div>
<div class="w1200 clearfix"><div class="news-l">
<div class="news-article">
<h1>{esc(a.title)}</h1>
<div class="news-info">{info}</div>
<div class="news-txt" id="text">
{body}
</div>
<div class="news-bj">责任编辑：{esc(a.editors[0])}</div>
<div class="news-share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div>
</div>
{relbox}
<div class="news-pn">{pn_html(site, a)}</div>
</div>
<div class="news-r">{weather}<div class="rbox"><h3>天气预报</h3><ul>{fc}</ul></div><div class="rbox"><h3>预警信号</h3><ul>{warns}</ul></div><div class="rbox"><h3>最新新闻</h3><ul>{newest(site, a, 6)}</ul></div></div>
</div>"""
        meta = gov_meta(
            QX,
            "jz.weather.gov.cn",
            "bm32000012",
            "气象新闻",
            a.title,
            f"{a.when:%Y-%m-%d %H:%M}",
            source,
            au if a.x["style"] in ("author", "author_two") else "",
            a.x["ctx"]["topic"],
            trunc(a.paras[0], 80),
            site.base + a.path,
        )
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)} - {QX}</title>
{meta}
{head_common(rng, "qx", 380, 50)}
</head>
<body>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/qx_logo.png" alt="{QX}" /></a><div class="hd-tq">江州 多云 22～30℃</div><form action="/search/index.html"><input name="q" /><button type="submit">搜索</button></form></div></div>
<div class="navbar">{QX_NAV}</div>
{main}
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>主办单位：{QX}　承办：江州市气象信息中心　地址：江州市气象路1号</p><p>苏ICP备00000000号-5　苏公网安备 32000002000005号　网站标识码：bm32000012</p><p>本网站所刊登的各种天气预报、气象信息均有版权，未经许可不得转载。</p></div>
</body>
</html>
"""
    return served(page, charset)


PAGES = {"tw": tw_page, "fl": fl_page, "gh": gh_page, "yj": yj_page, "qx": qx_page}


def register(site: Site74) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
