# ruff: noqa: E501  (HTML templates: one line of markup per line, as CMSes emit it)
"""A county government portal on TRS WCM: GBK bytes, the charset only in ``<meta http-equiv>``,
the national government-site meta tags, ``TRS_Editor`` bodies, relative ``./`` links, static
``index_N.html`` pagination, 上一篇/下一篇 links and the 信息公开 index table."""

from __future__ import annotations

import random
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, css_bulk, esc

if TYPE_CHECKING:
    from .generator import Site2

SITE = "青山县人民政府"
COLS = {
    "zwdt": ("政务动态", "县政动态、部门动态和乡镇动态"),
    "tzgg": ("通知公告", "县政府及部门发布的通知公告"),
}
PER_PAGE = 5
CTYPE = "text/html"  # TRS's web server sends no charset: only the page's meta says gb2312


def _head(title: str, metas: str, seed: int) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.qingshan.gov.cn">
<meta name="SiteIDCode" content="3311230001">
{metas}
<link href="/images/qs_common.css" rel="stylesheet" type="text/css" />
<style type="text/css">
{css_bulk("qs", 190, seed)}
</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript">
function doZoom(size){{var c=document.getElementById('zoom');if(!c)return;c.style.fontSize=size+'px';var ps=c.getElementsByTagName('p');for(var i=0;i<ps.length;i++){{ps[i].style.fontSize=size+'px';}}}}
var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?a1b2c3d4e5f60718293a4b5c6d7e8f90";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();
</script>
</head>
"""


def _top(depth: str) -> str:
    cols = "".join(
        f'<li><a href="{depth}xxgk/{c}/index.html" target="_blank">{n}</a></li>'
        for c, (n, _) in COLS.items()
    )
    return f"""<body>
<div class="qs_top"><div class="w1200"><div class="fl">今天是：<script type="text/javascript">var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></div>
<div class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="zhzh">长者模式</a> | <a href="javascript:void(0);" id="jft">繁體版</a> | <a href="https://zwfw.zj.example/qs/" target="_blank">政务服务网</a> | <a href="javascript:void(0);">登录</a></div></div></div>
<div class="qs_header"><div class="w1200"><div class="logo"><a href="{depth}xxgk/index.html"><img src="{depth}images/qs_logo.png" alt="{SITE}" /></a></div>
<div class="qs_search"><form name="searchform" action="/search" method="get" target="_blank"><input type="text" name="q" class="qs_input" value="请输入关键字" onfocus="if(this.value=='请输入关键字')this.value='';" /><input type="submit" class="qs_btn" value="搜索" /></form>
<div class="hotword">热词：<span>春耕</span><span>医保</span><span>营商环境</span></div></div></div></div>
<div class="qs_nav"><ul class="w1200"><li><a href="{depth}xxgk/index.html">首页</a></li><li><a href="{depth}xxgk/index.html">政府信息公开</a></li>{cols}<li><a href="javascript:void(0);">政务服务</a></li><li><a href="javascript:void(0);">互动交流</a></li><li><a href="javascript:void(0);">走进青山</a></li></ul></div>
"""


def _footer(depth: str) -> str:
    return f"""<div class="qs_footer"><div class="w1200">
<div class="yqlj">友情链接：<select onchange="window.open(this.value)"><option>国务院部门网站</option><option value="https://www.gov.cn/">中国政府网</option></select> <select><option>省级政府网站</option></select> <select><option>市级政府网站</option></select></div>
<div class="ft_l"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank"><img src="{depth}images/red.png" alt="党政机关" /></a></div>
<div class="ft_c"><p><a href="javascript:void(0);">网站地图</a> | <a href="javascript:void(0);">联系我们</a> | <a href="javascript:void(0);">隐私声明</a> | <a href="javascript:void(0);">使用帮助</a></p>
<p>主办单位：青山县人民政府办公室　承办单位：青山县大数据发展中心</p>
<p>地址：青山县城关镇人民路1号　邮编：323800　联系电话：0578-1234567</p>
<p>网站标识码：3311230001　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　<img src="{depth}images/ga.png" alt="" />浙公网安备 33112302000123号</p></div>
<div class="ft_r"><script id="_jiucuo_" sitecode="3311230001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
</div></div>
</body>
</html>
"""


def _encode(page: str) -> bytes:
    return page.encode("gbk")


def _ymd(a: Art) -> str:
    return f"{a.when:%Y-%m-%d}"


def _stamp(a: Art) -> str:
    return _ymd(a) if a.precision == "day" else f"{a.when:%Y-%m-%d %H:%M}"


def article_page(site: Site2, a: Art, col_arts: list[Art]) -> tuple[bytes, str]:
    col = a.x["col"]
    col_name, col_desc = COLS[col]
    rng = random.Random(a.path)
    source = a.x["source"]
    credit = a.authors[0] if a.authors else None
    meta_author = credit or (source if a.x["meta_author"] else "")
    metas = f"""<meta name="ColumnName" content="{col_name}">
<meta name="ColumnDescription" content="{col_desc}">
<meta name="ColumnKeywords" content="{col_name},青山县">
<meta name="ColumnType" content="{col_name}">
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{source}">
<meta name="Keywords" content="{esc(a.title[:6])}">
<meta name="Author" content="{meta_author}">
<meta name="Description" content="{esc(a.paras[0][:60])}">
<meta name="Url" content="{site.base}{a.path}">"""
    i = col_arts.index(a)
    pn = ""
    if i > 0:
        p = col_arts[i - 1]
        pn += f'<p>上一篇：<a href="./{p.path.rsplit("/", 1)[1]}" title="{esc(p.title)}">{esc(p.title)}</a></p>'
    else:
        pn += "<p>上一篇：没有了</p>"
    if i + 1 < len(col_arts):
        n = col_arts[i + 1]
        pn += f'<p>下一篇：<a href="./{n.path.rsplit("/", 1)[1]}" title="{esc(n.title)}">{esc(n.title)}</a></p>'
    else:
        pn += "<p>下一篇：没有了</p>"
    paras = [f'<p style="text-indent: 2em; text-align: justify;">{esc(p)}</p>' for p in a.paras]
    if a.x["image"]:
        w = f"W{a.when:%Y%m%d}{rng.randint(100000000, 999999999)}"
        paras.insert(
            1,
            f'<p style="text-align: center;"><img src="./{w}.jpg" OLDSRC="{w}.jpg" style="border-width: 0px;" title="" alt="" /></p>'
            f'<p style="text-align: center;">活动现场</p>',
        )
    if credit:
        line = f"文/图：{credit}"
        if a.x["credit_at_end"]:
            paras.append(f'<p style="text-align: right;">（{line}）</p>')
        else:
            paras.insert(0, f'<p style="text-align: center;">{line}</p>')
    xxgk = ""
    if col == "tzgg":
        xxgk = f"""<div class="xxgk_table"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="td_l">索引号：</td><td class="td_r">{a.x["index_no"]}</td><td class="td_l">发布机构：</td><td class="td_r">{source}</td></tr>
<tr><td class="td_l">成文日期：</td><td class="td_r">{a.x["written"]:%Y-%m-%d}</td><td class="td_l">发布日期：</td><td class="td_r">{_ymd(a)}</td></tr>
<tr><td class="td_l">名　　称：</td><td class="td_r" colspan="3">{esc(a.title)}</td></tr>
<tr><td class="td_l">文　　号：</td><td class="td_r">青政办发〔2024〕{rng.randint(3, 40)}号</td><td class="td_l">主题分类：</td><td class="td_r">综合政务/通知</td></tr>
</table></div>"""
    body = f"""{_top("../../../")}
<div class="w1200 qs_main">
<div class="qs_position">当前位置：<a href="../../../xxgk/index.html">首页</a>&nbsp;&gt;&nbsp;<a href="../../index.html">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="../index.html">{col_name}</a></div>
<div class="qs_detail">
{xxgk}
<div class="detail_title">{esc(a.title)}</div>
<div class="detail_info">发布时间：{_stamp(a)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】&nbsp;&nbsp;<a href="javascript:window.print()">打印本页</a></div>
<div class="detail_con" id="zoom"><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}</style>
<div class="Custom_UnionStyle">
{"".join(paras)}
</div></div></div>
<div class="zrbj">责任编辑：{a.editors[0]}</div>
<div class="detail_share">分享到：<a href="javascript:void(0);" class="wx">微信</a><a href="javascript:void(0);" class="wb">微博</a><a href="javascript:void(0);" class="qq">QQ空间</a></div>
<div class="prevnext">{pn}</div>
<div class="detail_btn"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div>
{_footer("../../../")}"""
    page = _head(f"{esc(a.title)}_{SITE}", metas, len(a.path)) + body
    return _encode(page), CTYPE


def listing_page(col: str, arts: list[Art], page: int, pages: int) -> tuple[bytes, str]:
    col_name, col_desc = COLS[col]
    items = "".join(
        f'<li><a href="./{a.path.split("/", 3)[3]}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{_ymd(a)}</span></li>\n'
        for a in arts
    )

    def name(n: int) -> str:
        return "index.html" if n == 0 else f"index_{n}.html"

    pager = f'<a href="{name(0)}">首页</a>'
    if page > 0:
        pager += f'<a href="{name(page - 1)}">上一页</a>'
    if page + 1 < pages:
        pager += f'<a href="{name(page + 1)}">下一页</a>'
    pager += f'<a href="{name(pages - 1)}">尾页</a><span>共{pages}页 当前第{page + 1}页</span>'
    metas = f'<meta name="ColumnName" content="{col_name}">\n<meta name="ColumnDescription" content="{col_desc}">\n<meta name="ColumnType" content="{col_name}">'
    body = f"""{_top("../../")}
<div class="w1200 qs_main">
<div class="qs_position">当前位置：<a href="../index.html">首页</a>&nbsp;&gt;&nbsp;<a href="../index.html">政府信息公开</a>&nbsp;&gt;&nbsp;<span>{col_name}</span></div>
<div class="qs_left"><div class="lm_tit">政府信息公开</div><ul class="lm_list">{"".join(f'<li><a href="../{c}/index.html">{n}</a></li>' for c, (n, _) in COLS.items())}</ul></div>
<div class="qs_right"><div class="list_tit"><span>{col_name}</span></div>
<ul class="list_con">
{items}</ul>
<div class="page">{pager}</div></div>
</div>
{_footer("../../")}"""
    page_html = _head(f"{col_name}_{SITE}", metas, page + 7) + body
    return _encode(page_html), CTYPE


def index_page(site: Site2) -> tuple[bytes, str]:
    blocks = ""
    for c, (n, _) in COLS.items():
        arts = sorted(
            (a for a in site.of("gov") if a.x["col"] == c), key=lambda a: a.when, reverse=True
        )[:4]
        lis = "".join(
            f'<li><a href="./{a.path.split("/", 2)[2]}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>'
            for a in arts
        )
        blocks += f'<div class="gk_block"><div class="gk_tit"><span>{n}</span><a href="./{c}/index.html" class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
    body = f"""{_top("../")}
<div class="w1200 qs_main"><div class="qs_position">当前位置：<a href="./index.html">首页</a>&nbsp;&gt;&nbsp;<span>政府信息公开</span></div>
<div class="gk_guide"><a href="javascript:void(0);">政府信息公开指南</a><a href="javascript:void(0);">政府信息公开制度</a><a href="javascript:void(0);">政府信息公开年报</a><a href="javascript:void(0);">依申请公开</a></div>
{blocks}</div>
{_footer("../")}"""
    return _encode(_head(f"政府信息公开_{SITE}", "", 3) + body), CTYPE


def register(site: Site2) -> None:
    site.route("/xxgk/index.html", partial(index_page, site))
    site.route("/xxgk/", partial(index_page, site))  # the web server's directory index
    for col in COLS:
        arts = sorted((a for a in site.of("gov") if a.x["col"] == col), key=lambda a: a.when)
        for a in arts:
            site.route(a.path, partial(article_page, site, a, arts))
        newest = arts[::-1]
        chunks = [newest[i : i + PER_PAGE] for i in range(0, len(newest), PER_PAGE)]
        n_pages = len(chunks)
        for n, chunk in enumerate(chunks):
            name = "index.html" if n == 0 else f"index_{n}.html"
            if n == 0:
                site.route(f"/xxgk/{col}/", partial(listing_page, col, chunk, n, n_pages))
            site.route(
                f"/xxgk/{col}/{name}",
                partial(listing_page, col, chunk, n, n_pages),
            )
