"""Site 44's article pages: 科学网 news (table layout, no ``<h1>``, "发布时间：2024/5/8 10:32:15")
and 博文 (a Discuz!-style blog in GBK), 中国科技网 (科技日报 bylines; the 2019 ``content_`` pages),
中国教育新闻网 (TRS, 作者 with roles, the day only), 青澜省卫生健康委员会 (GBK; 工作动态 pages and
政务公开 notices under a 索引号 table; the 2019 table layout in GB2312 named only by the header)
and 健康界 (WeChat-style 作者 | X lines, tags, 相关阅读)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block
from heldout_site39.templates import body_html, desc, farm, latest, others, pics, related

from .common import css, esc, filler_js, gov_meta, lis, page_rng, rank, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site44

LABELS = {
    "kx": "科学网",
    "st": "中国科技网",
    "jy": "中国教育新闻网",
    "wj": "青澜省卫生健康委员会",
    "jk": "健康界",
}
KX_NEWS = "/indexnews.aspx"
KX_BLOG = "/blog.php?mod=recommend"
ST_COLS = {"kejixinwen": "科技新闻", "guonei": "国内", "difang": "地方"}
JY_COLS = {"rmtzgjyb": "中国教育报", "zgjyxw": "教育新闻", "difang": "地方教育"}
WJ_COLS = {"gzdt": "工作动态", "szdt": "市州动态", "tzgg": "通知公告"}
JK_FRONT = "/column/content-1001"
SCIENCE = [
    "中国科学院",
    "中国工程院",
    "国家自然科学基金委员会",
    "科技部",
    "教育部",
    "国家卫生健康委",
    "中国科协",
    "人民网科技",
    "新华网科技",
    "科学网",
    "中国科技网",
    "中国教育新闻网",
    "健康界",
    "中国数字科技馆",
]


def kx_news_front(n: int = 1) -> str:
    return f"{KX_NEWS}?classid=1" + ("" if n == 1 else f"&page={n}")


def kx_blog_front(n: int = 1) -> str:
    return f"{KX_BLOG}&type=list" + ("" if n == 1 else f"&page={n}")


def st_front(col: str, n: int = 1) -> str:
    return f"/index/{col}/{col}.shtml" if n == 1 else f"/index/{col}/{col}_{n}.shtml"


def jy_front(col: str, n: int = 1) -> str:
    return f"/{col}/index.html" if n == 1 else f"/{col}/index_{n - 1}.html"


def wj_front(col: str, n: int = 1) -> str:
    root = "/zwgk" if col == "tzgg" else "/html"
    return f"{root}/{col}/index.html" if n == 1 else f"{root}/{col}/index_{n}.html"


def jk_front(n: int = 1) -> str:
    return f"{JK_FRONT}-{n}.html"


def _p(t: str) -> str:
    return f"<p>　　{esc(t)}</p>"


# --- 1. 科学网 news ----------------------------------------------------------------------------
KX_NAV = [
    ("首页", "/"),
    ("新闻", KX_NEWS + "?classid=1"),
    ("博客", KX_BLOG + "&type=list"),
    ("人才", "javascript:;"),
    ("会议", "javascript:;"),
    ("基金", "javascript:;"),
    ("论文", "javascript:;"),
    ("视频", "javascript:;"),
    ("小组", "javascript:;"),
    ("论坛", "javascript:;"),
    ("专题", "javascript:;"),
]


def kx_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "bbx": nm[0],
        "old_bbx": nm[0],
        "bbx_tx": nm[0],
        "box": nm[0],
        "two": f"{nm[0]} {nm[1]}",
        "old_two": f"{nm[0]} {nm[1]}",
        "xhs": f"{nm[0]} {nm[1]}",
        "intern": nm[0],
    }.get(style, "")


def kx(site: Site44, a: Art) -> tuple[bytes, str]:
    if a.x["kind"] == "blog":
        return kx_blog(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cr = f"<br />{esc(b.credit)}" if b.credit else ""
        return f'<p style="text-align: center"><img alt="" src="{b.src}" style="width: 550px" /></p>\n<p style="text-align: center"><span style="font-size:12px">{esc(b.text)}{cr}</span></p>'

    body = body_html(a.blocks, _p, lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img)
    box = {"box": f"■本报记者 {nm[0]}", "intern": f"■本报见习记者 {nm[0]}"}.get(x["style"])
    if box:
        body = f"<p>　　{box}</p>\n{body}"
    if x["source"] == "中国科学报":
        ed, ename = x["edition"]
        body += f"\n<p>　　《中国科学报》 （{a.when:%Y-%m-%d} 第{ed}版 {ename}）</p>"
    rel = related(site, a)
    rel_html = "".join(
        f'<tr><td height="24">·<a href="{b.path}" target="_blank">{esc(b.title)}</a></td><td align="right">{b.when:%Y-%m-%d}</td></tr>'
        for b in rel
    )
    papers = "".join(
        f'<tr><td height="24">·<a href="https://doi.org/10.1038/s41586-0{rng.randint(21, 24)}-0{rng.randint(1000, 9999)}-{rng.randint(0, 9)}" target="_blank">{esc(x["ctx"]["topic"])}相关论文{k}</a></td></tr>'
        for k in range(1, 4)
    )
    hot = "".join(
        f'<tr><td height="22">{k}&nbsp;<a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></td></tr>'
        for k, b in enumerate(others(site, a, 10, "week"), 1)
    )
    hotc = "".join(
        f'<tr><td height="22">{k}&nbsp;<a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></td></tr>'
        for k, b in enumerate(others(site, a, 10, "cmt"), 1)
    )
    blogs = lis([b for b in site.of("kx") if b.x["kind"] == "blog" and b is not a][:4], "", 24)
    when = f"{a.when.year}/{a.when.month}/{a.when.day} {a.when:%H:%M:%S}"
    au = kx_author(a)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>科学网—{esc(a.title)}</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])} {esc(x["ctx"]["unit"])}" />
<meta name="description" content="{desc(a)}" />
<link href="/css/newsnew.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "kx", 360)}</style>
<script type="text/javascript" src="/js/jquery.js"></script>
<script type="text/javascript">{filler_js(rng, "sciencenet", 70)}</script>
<script type="text/javascript">function doZoom(size){{document.getElementById('content1').style.fontSize=size+'px';}}{stats_js("sciencenet")}</script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">欢迎访问科学网！</span><span class="fr"><a href="javascript:;">登录</a> | <a href="javascript:;">注册</a> | <a href="javascript:;">手机版</a> | <a href="/about.aspx">关于我们</a></span></div></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="240"><a href="/"><img src="/images/logo.gif" alt="科学网" border="0" /></a></td><td><img src="/images/ad/banner{rng.randint(1, 5)}.jpg" width="580" height="70" /></td><td><form action="/search.aspx" method="get"><input name="keyword" type="text" size="16" /><input type="submit" value="搜索" /></form></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>{"".join(f'<td align="center"><a href="{h}">{n}</a></td>' for n, h in KX_NAV)}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="30">当前位置：<a href="/">科学网</a> &gt;&gt; <a href="{kx_news_front()}">新闻</a> &gt;&gt; 正文</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="680" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" style="padding-top:16px"><span style="font-size:24px; font-weight:bold; color:#000; line-height:36px">{esc(a.title)}</span></td></tr>
<tr><td align="center" height="30" style="color:#666">作者：{esc(au)} 来源：{esc(x["source"])} 发布时间：{when}</td></tr>
<tr><td align="center" height="26" style="color:#666">选择字号：<a href="javascript:doZoom(12)">小</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(16)">大</a></td></tr>
<tr><td style="padding:10px 20px"><div id="content1" style="font-size:14px; line-height:26px">
{body}
</div></td></tr>
<tr><td style="color:#888; font-size:12px; padding:10px 20px">特别声明：本文转载仅仅是出于传播信息的需要，并不意味着代表本网站观点或证实其内容的真实性；如其他媒体、网站或个人从本网站转载使用，须保留本网站注明的“来源”，并自负版权等法律责任；作者如果不希望被转载或者联系转载稿费等事宜，请与我们接洽。</td></tr>
<tr><td align="right" style="padding:6px 20px">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="50%" valign="top"><table width="100%"><tr><td class="tit" colspan="2"><b>相关新闻</b></td></tr>{rel_html}</table></td><td valign="top"><table width="100%"><tr><td class="tit"><b>相关论文</b></td></tr>{papers}</table></td></tr></table>
<div class="pinglun"><b>读后感言：</b><textarea name="comment" rows="4" cols="60"></textarea><br /><input type="button" value="发表评论" /><span>验证码：<img src="/validate.aspx" /></span></div>
</td>
<td width="20"></td>
<td width="300" valign="top">
<table width="100%"><tr><td class="tit"><b>图片新闻</b></td></tr><tr><td><ul class="pic">{pics(others(site, a, 4, "pic"), "/upload/pic")}</ul></td></tr></table>
<table width="100%"><tr><td class="tit"><b>一周新闻排行</b></td></tr>{hot}</table>
<table width="100%"><tr><td class="tit"><b>一周新闻评论排行</b></td></tr>{hotc}</table>
<table width="100%"><tr><td class="tit"><b>编辑部推荐博文</b></td></tr><tr><td><ul>{blogs}</ul></td></tr></table>
</td></tr></table>
<table width="1000" border="0" align="center" class="footer"><tr><td align="center"><a href="/about.aspx">关于我们</a> | <a href="/contact.aspx">联系我们</a> | <a href="javascript:;">网站声明</a> | <a href="javascript:;">服务条款</a><br />Copyright @ 2007-{a.when.year} 中国科学报社 All Rights Reserved<br />地址：北京市海淀区中关村南一条乙三号 邮箱：example@stimes.cn<br />京ICP备07017567号-12 京公网安备 11010802032783</td></tr></table>
</body>
</html>
"""
    return served(page)


def kx_blog(site: Site44, a: Art) -> tuple[bytes, str]:
    """A 博文: Discuz! X blog template in GBK; the blogger's name on the header and the side."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    who = a.authors[0]
    body = "\n".join(f"<p>{esc(b.text)}</p>" for b in a.blocks)
    posts = [b for b in site.of("kx") if b.x["kind"] == "blog" and b is not a]
    prev_next = f'<div class="pn">上一篇：<a href="{posts[0].path}">{esc(posts[0].title)}</a><br />下一篇：<a href="{posts[1].path}">{esc(posts[1].title)}</a></div>'
    rec = "".join(f'<a href="javascript:;" class="xi2">{n}</a> ' for n in x["recommend"])
    nm = x["nm"]
    cmts = "".join(
        f'<dl class="bbda cl"><dt><a href="javascript:;">{nm[k]}</a> <span class="xg1">{a.when:%Y-%m-%d} {min(23, a.when.hour + k):02d}:{(a.when.minute + 7 * k) % 60:02d}</span></dt><dd>[{k - 1}]{esc(t)}</dd></dl>'
        for k, t in [
            (2, "谢谢分享，很有启发。"),
            (4, "同感。"),
            (7, "博主说得有道理，但也不能一概而论。"),
        ][: rng.randint(0, 3)]
    )
    when = f"{a.when.year}-{a.when.month}-{a.when.day} {a.when:%H:%M}"
    latest_posts = lis(others(site, a, 8, "blog-latest"), "", 20)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>科学网—{esc(a.title)} - {who}的博文</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},科学网,博客" />
<meta name="description" content="{desc(a, 120)}" />
<meta name="generator" content="Discuz! X3.2" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Ab1" />
<style type="text/css">{css(rng, "bl", 330)}</style>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Ab1', charset = 'gbk', discuz_uid = '0', cookiepre = 'uchome_', cookiedomain = '.sciencenet.cn', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = '', creditnotice = '', defaultstyle = '', REPORTURL = '', SITEURL = '/', JSPATH = 'static/js/';</script>
<script type="text/javascript">{filler_js(rng, "discuz-common", 70)}</script>
</head>
<body id="nv_home" class="pg_space">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="/">科学网首页</a><a href="{kx_news_front()}">新闻</a><a href="{kx_blog_front()}">博客</a><a href="javascript:;">群组</a><a href="javascript:;">人才</a><a href="javascript:;">会议</a></div><div class="y"><a href="javascript:;">登录</a><a href="javascript:;">注册</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2 class="xs2"><a href="/home.php?mod=space&amp;uid={x["uid"]}">{who}的个人博客</a></h2><p class="xg1">分享 <a href="/home.php?mod=space&amp;uid={x["uid"]}">http://blog.sciencenet.cn/u/{x["uid"]}</a> [<a href="javascript:;">复制</a>] [<a href="javascript:;">收藏</a>]</p></div>
<div id="nv"><ul><li><a href="/home.php?mod=space&amp;uid={x["uid"]}">首页</a></li><li class="a"><a href="/home.php?mod=space&amp;uid={x["uid"]}&amp;do=blog&amp;view=me">博文</a></li><li><a href="javascript:;">相册</a></li><li><a href="javascript:;">好友</a></li><li><a href="javascript:;">留言板</a></li></ul></div></div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm"><div class="bm_c">
<div class="vw mbm"><div class="h pbm">
<h1 class="ph">{esc(a.title)}</h1>
<p class="xg2">{"<span class='xg1'>精选</span>&nbsp;" if rng.random() < 0.5 else ""}已有 {x["reads"]} 次阅读 {when} |个人分类:<a href="javascript:;">{x["cls"]}</a>|系统分类:<a href="javascript:;">观点评述</a></p>
</div>
<div id="blog_article" class="d cl">
{body}
</div>
<div class="o cl"><a href="javascript:;" class="oshr">分享</a><a href="javascript:;" class="oshr ofav">收藏</a><span class="xg1">IP: 159.226.*.* | 热度|</span></div>
<div class="tjr">推荐到博客首页 <span class="xg1">当前推荐数：{len(x["recommend"])}</span> 推荐人：{rec}</div>
{prev_next}
</div>
<div id="comment" class="bm"><h3 class="bbs pbn">发表评论 评论 (<em>{cmts.count("<dl")}</em> 个评论)</h3><div id="comment_ul">{cmts}</div><p class="xg1">该博文允许注册用户评论 请点击 登录 评论</p></div>
</div></div></div>
<div class="sd"><div class="bm"><div class="bm_h"><h2>个人资料</h2></div><div class="bm_c"><p><a href="/home.php?mod=space&amp;uid={x["uid"]}"><img src="/uc_server/avatar.php?uid={x["uid"]}&amp;size=middle" /></a></p><p><strong>{who}</strong></p><p>{esc(x["ctx"]["unit"])}</p></div></div>
<div class="bm"><div class="bm_h"><h2>全部作者的精选博文</h2></div><div class="bm_c"><ul>{latest_posts}</ul></div></div>
<div class="bm"><div class="bm_h"><h2>全部作者的其他最新博文</h2></div><div class="bm_c"><ul>{lis(others(site, a, 6, "blog-other"), "", 20)}</ul></div></div>
</div></div>
<div id="ft" class="wp cl"><p>Archiver | 手机版 | <a href="/">科学网</a> ( 京ICP备07017567号-12 )</p><p class="xg1">GMT+8, {a.when.year}-{a.when.month}-{a.when.day} 23:59 Powered by ScienceNet.cn Copyright &copy; 2007- 中国科学报社</p></div>
<script type="text/javascript">{stats_js("scinet-blog")}</script>
</body>
</html>
"""
    return served(page, "gbk")


# --- 2. 中国科技网 ---------------------------------------------------------------------------
ST_NAV = [
    ("首页", "/"),
    ("科技新闻", st_front("kejixinwen")),
    ("国内", st_front("guonei")),
    ("地方", st_front("difang")),
    ("国际", "javascript:;"),
    ("评论", "javascript:;"),
    ("科普", "javascript:;"),
    ("军事", "javascript:;"),
    ("健康", "javascript:;"),
    ("视频", "javascript:;"),
    ("数字报", "javascript:;"),
]


def st_byline(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "byline": f"科技日报记者 {nm[0]}",
        "old_para": f"科技日报记者 {nm[0]}",
        "box_tx": f"◎本报记者　{nm[0]}　通讯员　{nm[2]}",
        "two": f"◎科技日报记者　{nm[0]}　{nm[1]}",
        "intern": f"◎实习记者　{nm[1]}　科技日报记者　{nm[0]}",
    }.get(style, "")


def st(site: Site44, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cr = f"　{esc(b.credit)}" if b.credit else ""
        return f'<p style="text-align:center"><img src="{b.src}" /></p>\n<p style="text-align:center;text-indent:0">{esc(b.text)}{cr}</p>'

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent:2em">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em"><strong>{esc(t)}</strong></p>',
        img,
    )
    by = st_byline(a)
    if by:
        body = f'<p style="text-indent:2em">{by}</p>\n{body}'
    rel = related(site, a)
    col, cname = x["col"]
    if x["old"]:
        rel_html = (
            f'<div class="xgxw"><div class="bt">相关新闻</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
            if rel
            else ""
        )
        main = f"""<div class="zw_tit"><h1>{esc(a.title)}</h1></div>
<div class="zw_info">{a.when:%Y-%m-%d %H:%M}　来源： {esc(x["source"])}　<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>
<div class="zw_con" id="zoom">
{body}
</div>
<div class="zw_bj">责任编辑：{a.editors[0]}</div>
{rel_html}"""
    else:
        au = ""
        if x["byfield"]:
            au = f'<span class="author">作者：{nm[0]}{" " + nm[1] if x["style"] == "two" else ""}</span>'
        rel_html = (
            f'<div class="related-news"><div class="title"><h3>相关新闻</h3></div><ul>{lis(rel, "%Y-%m-%d %H:%M")}</ul></div>'
            if rel
            else ""
        )
        main = f"""<div class="detail-header"><h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info"><span class="source">来源：{esc(x["source"])}</span><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span>{au}<span class="share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></span></div></div>
<div class="detail-content" id="zoom">
{body}
</div>
<div class="detail-editor">责任编辑：{a.editors[0]}</div>
<div class="detail-copyright">版权所有 中国科技网 未经书面授权禁止转载</div>
{rel_html}"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - 中国科技网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<meta name="description" content="{desc(a)}">
<link rel="stylesheet" href="/css/stdaily2023.css">
<style>{css(rng, "st", 380)}</style>
<script src="/js/jquery-3.6.0.min.js"></script>
<script>{filler_js(rng, "stdaily", 80)}</script>
<script>{stats_js("stdaily")}</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>{a.when:%Y年%m月%d日}</span><a href="javascript:;">科技日报电子版</a><a href="javascript:;">科技日报客户端</a><a href="/about/index.shtml">关于我们</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="中国科技网"></a><form action="/search/" class="search"><input name="keyword" placeholder="搜索"><button>搜索</button></form></div>
<div class="nav"><div class="w1200">{"".join(f'<a href="{h}">{n}</a>' for n, h in ST_NAV)}</div></div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="{st_front(col)}">{cname}</a> &gt; 正文</div>
<div class="w1200 content-wrap"><div class="content-left">
{main}
</div>
<div class="content-right">
<div class="side-box"><h3>热点推荐</h3><ol>{rank(others(site, a, 10, "rd"))}</ol></div>
<div class="side-box"><h3>科技日报头版</h3><ul>{lis(others(site, a, 5, "tb"), "", 22)}</ul></div>
<div class="side-box"><h3>图片</h3><ul class="pics">{pics(others(site, a, 4, "tp"), "/img/pic")}</ul></div>
<div class="side-box qr"><img src="/images/qr_app.png"><p>扫码下载科技日报客户端</p></div>
</div></div>
<div class="footer"><div class="w1200"><div class="links">友情链接：{farm(SCIENCE, "st")}</div><p><a href="/about/index.shtml">关于我们</a> | <a href="/about/contact.shtml">联系我们</a> | <a href="javascript:;">招聘信息</a></p><p>科技日报社主办　中国科技网版权所有　京ICP备05068966号　互联网新闻信息服务许可证10120170029</p></div></div>
</body>
</html>
"""
    return served(page)


# --- 3. 中国教育新闻网 (TRS) -------------------------------------------------------------------
JY_NAV = [
    ("首页", "/"),
    ("中国教育报", jy_front("rmtzgjyb")),
    ("新闻", jy_front("zgjyxw")),
    ("地方", jy_front("difang")),
    ("高教", "javascript:;"),
    ("基教", "javascript:;"),
    ("职教", "javascript:;"),
    ("学前", "javascript:;"),
    ("评论", "javascript:;"),
    ("图片", "javascript:;"),
    ("视频", "javascript:;"),
    ("专题", "/zt/kxjy2024/index.html"),
]


def jy_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "jz": f"记者 {nm[0]}",
        "old_jz": nm[0],
        "tx": f"通讯员 {nm[2]} {nm[3]}",
        "old_tx": f"通讯员 {nm[2]}",
        "bbr": f"本报记者 {nm[0]}",
        "two": f"记者 {nm[0]} {nm[1]}",
        "opinion": nm[0],
        "blank": "",
        "xhs": nm[0],
    }[style]


def jy(site: Site44, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cr = f"　{esc(b.credit)}" if b.credit else ""
        return f'<p style="text-align: center;" align="center"><img src="{b.src}" oldsrc="{b.src[2:]}" /></p>\n<p style="text-align: center;" align="center">{esc(b.text)}{cr}</p>'

    body = body_html(a.blocks, _p, lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img)
    if x["style"] == "bbr":
        body = f"<p>　　本报记者　{nm[0]}</p>\n{body}"
    if x["style"] == "opinion":
        body += f"\n<p>　　（作者系{esc(x['affil'])}）</p>"
    rel = related(site, a)
    rel_html = (
        f'<div class="xl_xgxw"><div class="xl_xgxw_tit">相关新闻</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    col, cname = x["col"]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}_中国教育新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{desc(a)}" />
<meta name="ColumnName" content="{cname}" />
<meta name="ArticleTitle" content="{esc(a.title)}" />
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}" />
<meta name="ContentSource" content="{esc(x["source"])}" />
<link href="/images/jyb2019/css/common.css" rel="stylesheet" />
<style type="text/css">{css(rng, "jy", 380)}</style>
<script src="/images/jyb2019/js/jquery.js"></script>
<script type="text/javascript">{filler_js(rng, "jyb-trs", 80)}</script>
</head>
<body>
<div class="top"><div class="w1200"><a href="/">中国教育新闻网首页</a> | <a href="javascript:;">中国教育报刊社</a> | <a href="javascript:;">中国教育报</a> | <a href="javascript:;">中国教师报</a> | <a href="javascript:;">人民教育</a> | <a href="javascript:;">中国高等教育</a></div></div>
<div class="header w1200"><a href="/"><img src="/images/jyb2019/logo.png" alt="中国教育新闻网"></a><div class="search"><form action="/search/" method="get"><input type="text" name="searchword" /><input type="submit" value="搜 索" /></form></div></div>
<div class="nav"><div class="w1200">{"".join(f'<a href="{h}">{n}</a>' for n, h in JY_NAV)}</div></div>
<div class="w1200 position">您当前所在的位置：<a href="/">首页</a> &gt; <a href="{jy_front(col)}">{cname}</a></div>
<div class="w1200 xl_main"><div class="xl_left">
<div class="xl_title"><h1>{esc(a.title)}</h1>
<div class="xl_text"><span>作者：{esc(jy_author(a))}</span><span>来源：{esc(x["source"])}</span><span>{a.when:%Y-%m-%d}</span><span class="fx">分享到：<a href="javascript:;" class="wx"></a><a href="javascript:;" class="wb"></a><a href="javascript:;" class="qq"></a></span></div></div>
<div class="xl_text_con" id="zoom"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:微软雅黑;font-size:16px;}}.TRS_Editor TD{{font-size:16px;}}</style>
{body}
</div></div>
<div class="xl_editor">责任编辑：{a.editors[0]}</div>
{rel_html}
</div>
<div class="xl_right">
<div class="r_box"><div class="r_tit">热点推荐</div><ol>{rank(others(site, a, 10, "rd"))}</ol></div>
<div class="r_box"><div class="r_tit">教育部新闻</div><ul>{lis(others(site, a, 6, "moe"), "", 22)}</ul></div>
<div class="r_box"><div class="r_tit">专题</div><ul class="zt"><li><a href="/zt/kxjy2024/index.html"><img src="/images/zt/kxjy.jpg" />科学教育加法</a></li></ul></div>
</div></div>
<div class="footer"><div class="w1200"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="javascript:;">版权声明</a></p><p>中国教育报刊社主办　中国教育新闻网版权所有，未经书面授权禁止使用</p><p>京ICP备05072347号-1　京公网安备11010802025381号</p></div></div>
<script>{stats_js("jyb")}</script>
</body>
</html>
"""
    return served(page)


# --- 4. 青澜省卫生健康委员会 (GBK) ----------------------------------------------------------
WJ_NAV = [
    ("首页", "/"),
    ("机构概况", "/jggk/index.html"),
    ("工作动态", wj_front("gzdt")),
    ("市州动态", wj_front("szdt")),
    ("政务公开", wj_front("tzgg")),
    ("政策解读", "javascript:;"),
    ("办事服务", "javascript:;"),
    ("互动交流", "javascript:;"),
    ("健康科普", "javascript:;"),
]


def wj_closing(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "wen_tu": f"（文/{nm[0]}　图/{nm[4]}）",
        "zg_sh": f"撰稿：{nm[0]}　审核：{nm[6]}",
        "tx": f"（通讯员　{nm[2]}　{nm[3]}）",
    }.get(style, "")


def wj(site: Site44, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return wj_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    notice = x["kind"] == "notice"

    def para(t: str) -> str:
        if notice and (
            t == "青澜省卫生健康委员会" or (t.endswith("日") and t.startswith("20") and len(t) < 13)
        ):
            return f'<p style="text-align: right;">{esc(t)}</p>'
        if notice and t.endswith("：") and t.startswith("各市州"):
            return f"<p>{esc(t)}</p>"
        return f'<p style="text-indent: 2em;">{esc(t)}</p>'

    body = body_html(
        a.blocks,
        para,
        lambda t: f'<p style="text-indent: 2em;"><strong>{esc(t)}</strong></p>',
        lambda b: (
            f'<p style="text-align: center;"><img src="{b.src}" border="0" /></p>\n<p style="text-align: center;">{esc(b.text)}</p>'
        ),
    )
    closing = wj_closing(a)
    if closing:
        body += f'\n<p style="text-align: right;">{esc(closing)}</p>'
    col, cname = x["col"]
    when_s = f"{a.when:%Y-%m-%d}" if notice else f"{a.when:%Y-%m-%d %H:%M}"
    table = ""
    fj = ""
    if notice:
        signed = a.when.replace(day=a.when.day - 1)
        table = f"""<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr><th width="12%">索 引 号：</th><td width="38%">{x["index"]}</td><th width="12%">主题分类：</th><td>卫生、体育\\卫生</td></tr>
<tr><th>发布机构：</th><td>青澜省卫生健康委员会</td><th>成文日期：</th><td>{signed:%Y-%m-%d}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{esc(a.title)}</td></tr>
<tr><th>文　　号：</th><td>{x["wenhao"]}</td><th>发布日期：</th><td>{a.when:%Y-%m-%d}</td></tr>
<tr><th>有 效 性：</th><td colspan="3">有效</td></tr></table>"""
        fj = f'<div class="fujian"><b>相关附件：</b><ul><li><a href="/zwgk/{col}/{a.when:%Y%m}/P0{a.when:%Y%m%d}{x["id"]}1.docx">附件1.{esc(x["ctx"]["topic"])}工作情况统计表.docx</a></li><li><a href="/zwgk/{col}/{a.when:%Y%m}/P0{a.when:%Y%m%d}{x["id"]}2.pdf">附件2.联系人回执.pdf</a></li></ul></div>'
    editor = f'<div class="zrbj">【责任编辑：{a.editors[0]}】</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgwz"><div class="xgwz_tit">相关文章</div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    meta = gov_meta(
        "青澜省卫生健康委员会",
        "wsjkw.qinglan.gov.cn",
        "4300000041",
        cname,
        a.title,
        f"{a.when:%Y-%m-%d %H:%M}",
        x["source"],
        "",
        x["ctx"]["topic"],
        trunc(a.body.replace("\n", ""), 80),
        a.path,
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}-青澜省卫生健康委员会</title>
{meta}
<link href="/images/2021/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "wj", 400)}</style>
<script type="text/javascript" src="/images/2021/js/jquery.min.js"></script>
<script type="text/javascript">{filler_js(rng, "gov-cms", 80)}</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">今天是{a.when:%Y年%m月%d日}</span><span class="fr"><a href="javascript:;">无障碍浏览</a> | <a href="javascript:;">长者模式</a> | <a href="javascript:;">繁體</a> | <a href="javascript:;">手机版</a></span></div></div>
<div class="header"><div class="w1200"><img src="/images/2021/logo.png" alt="青澜省卫生健康委员会" /><div class="search"><form action="/search.jsp" method="get"><input type="text" name="keyword" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="nav"><div class="w1200"><ul>{"".join(f'<li><a href="{h}">{n}</a></li>' for n, h in WJ_NAV)}</ul></div></div>
<div class="w1200 location">您当前的位置：<a href="/">首页</a> &gt; <a href="{wj_front(col)}">{cname}</a></div>
<div class="w1200 article">
{table}
<div class="art-title"><h1>{esc(a.title)}</h1></div>
<div class="art-info">发布时间：{when_s}　信息来源：{esc(x["source"])}　浏览次数：<span id="hits"><script>document.write("{x["hits"]}");</script></span>　【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
<div class="art-con" id="zoom">
{body}
</div>
{fj}
{editor}
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
{rel_html}
<div class="rdxx"><div class="rdxx_tit">热点信息</div><ul>{lis(others(site, a, 8, "rd"), "%Y-%m-%d", 26)}</ul></div>
</div>
<div class="footer"><div class="w1200"><div class="links">相关链接：{farm(SCIENCE, "wj")}</div><p>主办：青澜省卫生健康委员会　地址：青澜省澄州市健康路8号　邮编：410000</p><p>网站标识码：4300000041　青ICP备05001234号　青公网安备43010202000123号</p><p><a href="javascript:;"><img src="/images/2021/jiucuo.png" alt="政府网站找错" /></a><a href="javascript:;"><img src="/images/2021/dzjg.png" alt="党政机关" /></a></p></div></div>
<script type="text/javascript">function setFont(s){{document.getElementById('zoom').style.fontSize=s+'px';}}{stats_js("qlwjw")}</script>
</body>
</html>
"""
    return served(page, "gbk")


def wj_old(site: Site44, a: Art) -> tuple[bytes, str]:
    """The 2019 page: the old table layout in GB2312, named only by the HTTP header."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    body = body_html(
        a.blocks,
        _p,
        lambda t: f"<p>　　<b>{esc(t)}</b></p>",
        lambda b: (
            f'<p align="center"><img src="{b.src}" border="0"></p><p align="center">{esc(b.text)}</p>'
        ),
    )
    closing = wj_closing(a)
    if closing:
        body += f'<p align="right">{esc(closing)}</p>'
    hot = "".join(
        f'<tr><td height="24">・<a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 10, "oldhot")
    )
    page = f"""<html>
<head>
<title>{esc(a.title)}</title>
<style type="text/css">{css(rng, "wjo", 420)}</style>
<script language="javascript">{filler_js(rng, "wjw-old", 80)}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top2016.jpg" width="1000" height="150"></td></tr>
<tr><td class="nav" height="36">{"　|　".join(f'<a href="{h}">{n}</a>' for n, h in WJ_NAV)}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="720" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30">当前位置：<a href="/">首页</a> &gt;&gt; <a href="{wj_front(x["col"][0])}">{x["col"][1]}</a></td></tr>
<tr><td align="center" class="bt" height="50"><font size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="xx" height="30">日期：{a.when:%Y-%m-%d}　来源：{esc(x["source"])}　点击：<script>document.write({x["hits"]});</script></td></tr>
<tr><td class="nr">
{body}
</td></tr>
<tr><td align="center" height="40">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td>
<td width="20"></td>
<td width="260" valign="top"><table width="100%"><tr><td class="lmbt">点击排行</td></tr>{hot}</table></td></tr></table>
<table width="1000" border="0" align="center"><tr><td align="center" class="foot">主办单位：青澜省卫生健康委员会　技术支持：青澜省信息中心<br>青ICP备05001234号</td></tr></table>
</body>
</html>
"""
    return served(page, "gb2312")


# --- 5. 健康界 ---------------------------------------------------------------------------------
JK_NAV = [
    ("首页", "/"),
    ("资讯", jk_front()),
    ("医院", jk_front()),
    ("医保", "javascript:;"),
    ("医药", "javascript:;"),
    ("数字医疗", "javascript:;"),
    ("研究院", "javascript:;"),
    ("会议", "javascript:;"),
    ("直播", "javascript:;"),
    ("课程", "javascript:;"),
]
JK_TAGS = {
    "医保支付": 101,
    "公立医院": 102,
    "DRG": 103,
    "医院管理": 104,
    "创新药": 105,
    "数字医疗": 106,
    "医改": 107,
    "集采": 108,
}


def jk_head(a: Art) -> tuple[list[str], list[str]]:
    """The lines above and below the story inside the content."""
    nm, style, src = a.x["nm"], a.x["style"], a.x["source"]
    top = {
        "wen": [f"文/{nm[0]}"],
        "wen_two": [f"文/{nm[0]} {nm[1]}"],
        "pipe": [f"作者 | {nm[0]}", "来源 | 健康界", f"编辑 | {nm[5]}"],
        "pipe2": [
            f"作者 | {nm[0]}　{nm[1]}",
            "来源 | 健康界",
            f"编辑 | {nm[5]}",
            f"审核 | {nm[6]}",
        ],
        "repost": [f"来源：{src}", f"作者：{nm[0]}"],
        "inst": ["文/健康界研究院"],
    }.get(style, [])
    bottom = {
        "wen": [f"编辑：{nm[5]}"],
        "wen_two": [f"编辑：{nm[5]}"],
        "repost": [
            "本文来源于网络，由健康界转载，仅代表作者观点，不代表健康界立场。如有侵权请联系删除。"
        ],
    }.get(style, [])
    return top, bottom


def jk(site: Site44, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cr = (
            f'<p class="img-source" style="text-align:center;color:#999;font-size:12px">{esc(b.credit)}</p>'
            if b.credit
            else ""
        )
        return f'<p style="text-align:center"><img src="{b.src}" data-ratio="0.56" /></p>\n<p style="text-align:center;color:#888">{esc(b.text)}</p>{cr}'

    body = body_html(
        a.blocks,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f"<h3><strong>{esc(t)}</strong></h3>",
        img,
    )
    top, bottom = jk_head(a)
    body = "".join(f'<p style="color:#999">{esc(t)}</p>\n' for t in top) + body
    body += "".join(f'\n<p style="color:#999">{esc(t)}</p>' for t in bottom)
    rel = related(site, a)
    tags = "".join(f'<a href="/tag/{JK_TAGS[t]}.html" target="_blank">{t}</a>' for t in x["tags"])
    reads = f"{x['reads'] / 10000:.1f}万" if x["reads"] >= 10000 else str(x["reads"])
    if x["old"]:
        au = f"　作者：{nm[0]}、{nm[1]}" if x["style"] == "old_two" else f"　作者：{nm[0]}"
        head = f'<h1 class="title">{esc(a.title)}</h1><div class="info">{a.when:%Y-%m-%d %H:%M}　来源：健康界{au}</div>'
    else:
        head = f'<h1 class="article-title">{esc(a.title)}</h1><div class="article-info"><span class="source">{esc(x["source"])}</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="views">{reads}阅读</span></div>'
    rel_html = (
        f'<div class="related-read"><div class="hd"><h3>相关阅读</h3></div><ul>{lis(rel, "%Y-%m-%d", 40)}</ul></div>'
        if rel
        else ""
    )
    ld = f'{{"@context":"https://schema.org","@type":"WebPage","name":"{esc(a.title)}","url":"{a.path}"}}'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}-健康界</title>
<meta name="keywords" content="{",".join(x["tags"])}">
<meta name="description" content="{esc(x["summary"])}">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="/static/css/article.css?v=20240301">
<style>{css(rng, "jk", 380)}</style>
<script>{filler_js(rng, "cnhc-vendor", 85)}</script>
<script>window.__ARTICLE__={{"id":{x["id"]},"tags":{[JK_TAGS[t] for t in x["tags"]]},"login":false,"vip":false}};</script>
</head>
<body>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="健康界"></a><ul class="nav">{"".join(f'<li><a href="{h}">{n}</a></li>' for n, h in JK_NAV)}</ul><div class="search"><form action="/search" method="get"><input name="kw" placeholder="搜索资讯、机构、专家"></form></div><a class="login" href="javascript:;">登录 / 注册</a></div></div>
<div class="w1200 main"><div class="main-left"><div class="article">
{head}
<div class="article-content" id="content">
{body}
</div>
<div class="article-tags">标签：{tags}</div>
<div class="statement">声明：本文系健康界原创或获授权转载，任何媒体或个人未经书面授权不得转载、摘编。健康界所有文章仅代表作者观点，不代表本平台立场。</div>
<div class="share-bar"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="zan">赞 {rng.randint(3, 90)}</a><a href="javascript:;" class="fav">收藏</a></div>
{rel_html}
<div class="comment"><h3>评论</h3><textarea placeholder="写下你的评论"></textarea><p>登录后参与评论</p></div>
</div></div>
<div class="main-right">
<div class="box"><div class="hd"><h3>热门文章</h3></div><ol>{rank(others(site, a, 10, "hot"))}</ol></div>
<div class="box"><div class="hd"><h3>精彩推荐</h3></div><ul class="pics">{pics(others(site, a, 4, "rec"), "/uploads/rec")}</ul></div>
<div class="box"><div class="hd"><h3>健康界研究院</h3></div><ul><li><a href="javascript:;">2024中国医院竞争力报告</a></li><li><a href="javascript:;">DRG/DIP支付改革年度观察</a></li><li><a href="javascript:;">互联网医院发展白皮书</a></li></ul></div>
<div class="box qr"><img src="/static/img/qr.png"><p>扫码关注健康界公众号</p></div>
</div></div>
<div class="footer"><div class="w1200"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="javascript:;">招聘</a> | <a href="javascript:;">投稿</a></p><p>Copyright &copy; 健康界 cn-healthcare.com　京ICP备13024601号-1　互联网药品信息服务资格证书(京)-经营性-2018-0047</p></div></div>
<script>{stats_js("cn-healthcare")}</script>
</body>
</html>
"""
    return served(page)


RENDER = {"kx": kx, "st": st, "jy": jy, "wj": wj, "jk": jk}


def register(site: Site44) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))


__all__ = ["LABELS", "latest"]
