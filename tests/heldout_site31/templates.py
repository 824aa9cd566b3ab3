"""Site 31's article pages: 央视网 (new layout, video pages, the 2019 ``cnt_bd`` layout), 央广网
(GBK; the 2019 table pages in GB2312), 国际在线, 中国军网 (2023 layout and 2019 ``content_N.htm``
pages) and the theory pages of 求是网 and 党建网."""

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
    from .generator import Site31

LISTS = {
    "cctv": ["/china/index.shtml", "/china/index_2.shtml"],
    "cnr": ["/news/index.html", "/news/index_1.html"],
    "cri": ["/world/", "/world/?page=2"],
    "mil": ["/yw_208727/index.html", "/yw_208727/index_2.html"],
    "theory": ["/qslgxd/index.htm", "/qslgxd/index_1.htm"],
}
LABELS = {
    "cctv": "央视网",
    "cnr": "央广网",
    "cri": "国际在线",
    "mil": "中国军网",
    "theory": "求是网",
}
MEDIA = [
    "人民网",
    "新华网",
    "央视网",
    "央广网",
    "国际在线",
    "中国军网",
    "求是网",
    "党建网",
    "光明网",
    "中国网",
    "中国日报网",
    "中国青年网",
    "中国经济网",
    "中国台湾网",
    "中国西藏网",
    "中国新闻网",
    "中国搜索",
]


def related(site: Site31, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site31, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    old = a.x.get("old", False)
    pool = [
        b
        for b in site.arts
        if b is not a
        and b.path not in a.related
        and (b.tpl == a.tpl or not same)
        and (b.x.get("old", False) == old or not old)
    ]
    if not old:
        pool = [b for b in pool if not b.x.get("old")]
    return rng.sample(pool, min(k, len(pool)))


def body_html(
    a: Art, para: Callable[[str], str], head: Callable[[str], str], img: Callable[[Block], str]
) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "", n: int = 30) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art]) -> str:
    return "".join(
        f'<li><span class="num n{k}">{k}</span><a href="{b.path}" target="_blank">{esc(trunc(b.title, 22))}</a></li>'
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art], root: str = "/pic") -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="{root}/{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt="{esc(b.title)}" width="200" height="120"></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 16))}</a></p></li>'
        for b in arts
    )


def menu(items: list[str], root: str) -> str:
    return "".join(f'<a href="{root}" target="_blank">{n}</a>' for n in items)


def link_farm(items: list[str]) -> str:
    return "".join(
        f'<a href="https://www.{k}lm.example.cn/" target="_blank">{n}</a>'
        for k, n in enumerate(items)
    )


def _html(page: str, charset: str = "utf-8", header: str | None = "utf-8") -> tuple[bytes, str]:
    return encode(page, charset), (f"text/html; charset={header}" if header else "text/html")


def desc(a: Art, n: int = 90) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def seq(site: Site31, a: Art) -> tuple[Art, Art]:
    """The 上一篇/下一篇 neighbours (the same template, the same layout age)."""
    same = [b for b in site.of(a.tpl) if b.x.get("old", False) == a.x.get("old", False)]
    k = same.index(a)
    return same[k - 1], same[(k + 1) % len(same)]


# --- 1. 央视网 news.cctv.com ------------------------------------------------------------------

CCTV_NAV = [
    "首页",
    "新闻",
    "体育",
    "综艺",
    "健康",
    "直播",
    "听音",
    "网上国博",
    "节目",
    "总台春晚",
    "农业",
    "经济",
    "法治",
    "国际",
    "军事",
    "科技",
    "教育",
    "文娱",
    "熊猫频道",
    "央视频",
    "高清影视",
    "央视新闻客户端",
]
CCTV_SUB = [
    "新闻频道",
    "国内",
    "国际",
    "社会",
    "法治",
    "文娱",
    "科技",
    "生活",
    "教育",
    "视频",
    "图片",
    "专题",
    "联播+",
]
CCTV_FOOT = (
    '<div class="footer_box"><p>违法和不良信息举报电话：010-68507003 | 举报邮箱：jubao@cctv.com</p>'
    "<p>Copyright&copy;1996-2024 CCTV.com All Rights Reserved 中央广播电视总台 版权所有</p>"
    "<p>京ICP证060535号 京公网安备11000002000032号 网络视听许可证0102004号 广播电视节目制作经营许可证（京）字第00010号</p></div>"
)


def cctv_credit(a: Art) -> tuple[str, str]:
    """(a byline paragraph standing above the story, one closing it)."""
    nm, style = a.x["nm"], a.x["style"]
    top = {"ztys_top": f"总台央视记者 {nm[0]} {nm[1]}"}.get(style, "")
    end = {
        "ys2_end": f"（央视记者 {nm[0]} {nm[1]}）",
        "jz2_end": f"（记者 {nm[0]} {nm[1]}）",
        "video_jz": f"（总台记者 {nm[0]}）",
        "old_jz": f"（记者 {nm[0]}）",
    }.get(style, "")
    return top, end


def cctv_editors(a: Art) -> str:
    if len(a.editors) == 2:
        return f'<div class="zebian"><span class="zb">编辑：{a.editors[0]}</span><span class="zb">责任编辑：{a.editors[1]}</span></div>'
    return f'<div class="zebian"><span class="zb">责任编辑：{a.editors[0]}</span></div>'


def cctv_head(site: Site31, a: Art, rng, suffix: str) -> str:
    x = a.x
    meta = {
        "itemid1": x["id"],
        "commentTitle": a.title,
        "commentUrl": a.path,
        "column_id": "TOPC1451528971114112",
        "sub_column_id": "PAGE1394789601117162",
        "domain": "news.cctv.com",
        "pubDate": f"{a.when:%Y-%m-%d %H:%M:%S}",
    }
    decl = "".join(f"var {k} = {json.dumps(v, ensure_ascii=False)};" for k, v in meta.items())
    return f"""<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(a.title)}_{suffix}_央视网(cctv.com)</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])} {esc(x["ctx"]["place"])}" />
<meta name="description" content="{desc(a)}" />
<meta name="spm-id" content="C94212.P4YnMod9m2uD.E{zlib.crc32(a.path.encode()):08x}" />
<meta name="filetype" content="1" /><meta name="publishedtype" content="1" /><meta name="pagetype" content="1" />
<meta name="catalogs" content="PAGE1394789601117162" /><meta name="contentid" content="{x["id"]}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<meta name="author" content="{esc(a.editors[0])}" />
<meta name="source" content="{esc(x["source"])}" />
<link type="text/css" rel="stylesheet" href="//r.img.cctvpic.com/photoAlbum/templet/common/DEPA1546583592748817/style.css" />
<style type="text/css">{css(rng, "cctv", 560)}</style>
<script type="text/javascript" src="//r.img.cctvpic.com/library/script/jquery-1.7.2.min.js"></script>
<script type="text/javascript">{filler_js(rng, "cntv-common", 90)}</script>
<script type="text/javascript">{decl}</script>
<script type="text/javascript">{stats_js("cctv.com")}</script>"""


def cctv(site: Site31, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return cctv_old(site, a)
    if a.x["video"]:
        return cctv_video(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f'<p style="text-align: center;" class="photo_desc">{esc(b.text)}</p>'
        cr = (
            f'<p style="text-align: center;" class="photo_credit">{esc(b.credit)}</p>'
            if b.credit
            else ""
        )
        return f'<p style="text-align: center;"><img src="{b.src}" alt="" /></p>{cap}{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    top, end = cctv_credit(a)
    if top:
        body = f"<p>　　{top}</p>\n" + body
    if end:
        body += f"\n<p>　　{end}</p>"
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw" id="xgxw"><div class="md_hd"><span class="mh_title">相关新闻</span></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    jc = others(site, a, 6, "jctj", same=False)
    jc_html = "".join(
        f'<li><div class="image"><a href="{b.path}" target="_blank"><img src="/photoworkspace/contentimg/jctj_{k}.jpg" /></a></div><div class="text"><a href="{b.path}" target="_blank">{esc(b.title)}</a></div></li>'
        for k, b in enumerate(jc)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
{cctv_head(site, a, rng, "新闻频道")}
</head>
<body>
<div class="header_nav"><div class="nav_box"><a href="/" class="logo"><img src="/photoAlbum/templet/common/logo_cctv.png" alt="央视网" /></a>{menu(CCTV_NAV, LISTS["cctv"][0])}<a href="/search/?q=" class="so">搜索</a></div></div>
<div class="column_wrapper"><div class="col_nav">{menu(CCTV_SUB, LISTS["cctv"][0])}</div></div>
<div class="column_wrapper">
<div class="crumbs"><a href="/">央视网首页</a> &gt; <a href="{LISTS["cctv"][0]}">新闻频道</a> &gt; <a href="/{x["sec"][0]}/index.shtml">{x["sec"][1]}</a> &gt; 正文</div>
<div class="col_w860">
<div class="title_area">
<h1>{esc(a.title)}</h1>
<div class="info1">来源：<a href="/" target="_blank">{esc(x["source"])}</a> | {a.when:%Y年%m月%d日 %H:%M}</div>
<div class="info2"><div class="share_area"><span>分享到：</span><a class="wx" href="javascript:void(0);">微信</a><a class="wb" href="javascript:void(0);">微博</a><a class="qq" href="javascript:void(0);">QQ空间</a></div><div class="zihao">字号：<a href="javascript:fontZoom(18);">大</a><a href="javascript:fontZoom(16);">中</a><a href="javascript:fontZoom(14);">小</a></div></div>
</div>
<div class="content_area" id="content_area">
{body}
</div>
{cctv_editors(a)}
<div class="ewm_area"><img src="/photoAlbum/templet/common/ysxw_app.png" /><p>扫码下载央视新闻客户端</p><p>看更多新闻</p></div>
{rel_html}
<div class="jctj"><div class="md_hd"><span class="mh_title">精彩推荐</span></div><ul>{jc_html}</ul></div>
<div class="pinglun"><div class="md_hd"><span class="mh_title">发表评论</span></div><textarea placeholder="文明上网，理性发言"></textarea><a href="javascript:void(0);" class="fb">发布</a><p class="pl_tip">评论仅供网友表达个人看法，并不表明央视网同意其观点或证实其描述</p></div>
</div>
<div class="col_w300">
<div class="rdtj"><div class="md_hd"><span class="mh_title">热点推荐</span></div><ul>{rank(others(site, a, 10, "rdtj", same=False))}</ul></div>
<div class="zxzx"><div class="md_hd"><span class="mh_title">最新资讯</span></div><ul>{lis(others(site, a, 8, "zxzx"), "%H:%M", 20)}</ul></div>
<div class="zt"><div class="md_hd"><span class="mh_title">专题</span></div><a href="/special/2024wuyi/index.shtml"><img src="/photoAlbum/templet/zt_2024wuyi.jpg" alt="2024“五一”假期" /></a></div>
</div>
</div>
<div class="footer"><div class="links">{link_farm(MEDIA)}</div>{CCTV_FOOT}<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p></div>
<script type="text/javascript">function fontZoom(s){{document.getElementById('content_area').style.fontSize=s+'px';}}</script>
</body>
</html>
"""
    return _html(page)


def cctv_video(site: Site31, a: Art) -> tuple[bytes, str]:
    """A video page: the player, then the story as a short summary (来源：央视新闻客户端)."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    body = "\n".join(f"<p>　　{esc(t)}</p>" for t in a.paras)
    _, end = cctv_credit(a)
    if end:
        body += f"\n<p>　　{end}</p>"
    rel = related(site, a)
    rel_html = (
        f'<div class="xgsp"><div class="md_hd"><span class="mh_title">相关新闻</span></div><ul>{lis(rel)}</ul></div>'
        if rel
        else ""
    )
    vlist = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/photoworkspace/contentimg/v_{k}.jpg" /><span class="time">{rng.randint(0, 4):02d}:{rng.randint(10, 59)}</span></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 24))}</a></p></li>'
        for k, b in enumerate(others(site, a, 8, "vlist", same=False))
    )
    player = (
        f'<div class="video_box" id="video_box"><div id="myFlash" class="player"></div></div>'
        f'<script type="text/javascript">var guid = "{x["guid"]}";var vodh5player = createVodPlayer({{"divId":"myFlash","w":"100%","h":"100%","t":"news","videoCenterId":guid,"isAutoPlay":"true","id":"null","url":"{a.path}","wmode":"opaque","posterImg":"/photoworkspace/contentimg/{x["id"]}.jpg","isLeftBottom":"false","isHttps":"true"}});</script>'
        "<noscript>您的浏览器不支持播放视频，请升级浏览器或下载央视频客户端观看。</noscript>"
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
{cctv_head(site, a, rng, "新闻频道")}
<script type="text/javascript" src="//js.player.cntv.cn/creator/vodplayer.js"></script>
</head>
<body class="video_page">
<div class="header_nav"><div class="nav_box"><a href="/" class="logo"><img src="/photoAlbum/templet/common/logo_cctv.png" alt="央视网" /></a>{menu(CCTV_NAV, LISTS["cctv"][0])}</div></div>
<div class="playingVideo">
{player}
</div>
<div class="column_wrapper">
<div class="col_w860">
<div class="title_area video_title">
<h1>{esc(a.title)}</h1>
<div class="info1">来源：<a href="/" target="_blank">{esc(x["source"])}</a> | {a.when:%Y年%m月%d日 %H:%M}</div>
<div class="info2"><div class="share_area"><span>分享到：</span><a class="wx" href="javascript:void(0);">微信</a><a class="wb" href="javascript:void(0);">微博</a></div></div>
</div>
<div class="content_area video_brief" id="content_area">
{body}
</div>
{cctv_editors(a)}
{rel_html}
<div class="gdsp"><div class="md_hd"><span class="mh_title">更多视频</span></div><ul class="vlist">{vlist}</ul></div>
</div>
<div class="col_w300">
<div class="rdtj"><div class="md_hd"><span class="mh_title">热点推荐</span></div><ul>{rank(others(site, a, 10, "rdtj", same=False))}</ul></div>
<div class="ewm_area"><img src="/photoAlbum/templet/common/ysp_app.png" /><p>下载央视频客户端</p><p>看高清直播</p></div>
</div>
</div>
<div class="footer"><div class="links">{link_farm(MEDIA)}</div>{CCTV_FOOT}</div>
</body>
</html>
"""
    return _html(page)


def cctv_old(site: Site31, a: Art) -> tuple[bytes, str]:
    """The 2019 layout: ``cnt_bd`` and the repaste markers."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f'<p align="center">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p align="center"><img src="{b.src}" /></p><p align="center">{esc(b.text)}</p>{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    _, end = cctv_credit(a)
    if end:
        body += f"\n<p>　　{end}</p>"
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw"><h3>相关新闻</h3><ul>{lis(rel, "%Y年%m月%d日")}</ul></div>'
        if rel
        else ""
    )
    ed = (
        f"编辑：{a.editors[0]}　责任编辑：{a.editors[1]}"
        if len(a.editors) == 2
        else f"责任编辑：{a.editors[0]}"
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{cctv_head(site, a, rng, "新闻频道")}
</head>
<body>
<div class="gwA18043_ind01"><div class="nav">{menu(CCTV_NAV, LISTS["cctv"][0])}</div></div>
<div class="column_wrapper">
<div class="md_left">
<div class="cnt_nav"><a href="/">央视网首页</a> &gt; <a href="{LISTS["cctv"][0]}">新闻频道</a> &gt; <a href="/{x["sec"][0]}/index.shtml">{x["sec"][1]}</a></div>
<div class="cnt_bd"><!--repaste.title.begin--><h1>{esc(a.title)}</h1><!--repaste.title.end-->
<div class="function"><span class="info"><i>来源：<a href="/" target="_blank">{esc(x["source"])}</a>&nbsp;&nbsp;{a.when:%Y年%m月%d日 %H:%M}</i></span><span class="kuangjia">字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
<!--repaste.body.begin-->
{body}
<!--repaste.body.end-->
<div class="ptp">{ed}</div>
</div>
{rel_html}
<div class="fx">分享到：<a href="javascript:void(0)">新浪微博</a> <a href="javascript:void(0)">QQ空间</a></div>
</div>
<div class="md_right"><div class="md"><div class="md_hd"><span class="mh_title">热点推荐</span></div><ul>{rank(others(site, a, 10, "oldhot", same=False))}</ul></div></div>
</div>
<div class="footer">{CCTV_FOOT}</div>
</body>
</html>
"""
    return _html(page)


# --- 2. 央广网 china.cnr.cn (GBK) ---------------------------------------------------------------

CNR_NAV = [
    "首页",
    "要闻",
    "时政",
    "国际",
    "财经",
    "科技",
    "军事",
    "文旅",
    "健康",
    "乡村振兴",
    "教育",
    "公益",
    "汽车",
    "房产",
    "评论",
    "视频",
    "图片",
    "直播",
    "云听",
    "中国之声",
    "经济之声",
    "地方",
]


def cnr(site: Site31, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return cnr_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f"<br />{esc(b.credit)}" if b.credit else ""
        return f'<p style="text-align: center"><img src="{b.src}" oldsrc="W0{zlib.crc32(b.src.encode())}.jpg" alt="" /></p><p style="text-align: center">{esc(b.text)}{cr}</p>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    editor = f'<div class="editor">编辑：{a.editors[0]}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgyd"><div class="ttl"><span>相关阅读</span></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}_央广网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{desc(a)}" />
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="{x["id"] % 9973}"><meta name="contentid" content="{x["id"]}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
<meta name="author" content="">
<meta name="source" content="{esc(x["source"])}">
<link rel="stylesheet" href="//www.cnr.cn/202109/css/article.css" />
<style type="text/css">{css(rng, "cnr", 540)}</style>
<script type="text/javascript" src="//www.cnr.cn/202109/js/jquery-1.11.1.min.js"></script>
<script type="text/javascript">{filler_js(rng, "cnr-public", 90)}</script>
<script type="text/javascript">{stats_js("cnr.cn")}</script>
</head>
<body>
<div class="topbar"><div class="wrapper"><span class="date">{a.when:%Y年%m月%d日}</span><a href="/">央广网首页</a><a href="/">云听</a><a href="/">央广网客户端</a><a href="/about/index.html">关于我们</a></div></div>
<div class="header"><div class="wrapper"><a class="logo" href="/"><img src="//www.cnr.cn/202109/images/logo.png" alt="央广网" /></a><div class="search"><form action="/search/" method="get"><input type="text" name="q" /><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><div class="wrapper">{menu(CNR_NAV, LISTS["cnr"][0])}</div></div>
<div class="wrapper">
<div class="subnav">当前位置：<a href="/">央广网</a> &gt; <a href="/{x["col"][0]}/index.html">{x["col"][1]}</a> &gt; 正文</div>
<div class="article left">
<div class="article-header">
<h1>{esc(a.title)}</h1>
<div class="source"><span>{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{esc(x["source"])}</span></div>
<div class="share"><span>分享到：</span><a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a><a class="qq" href="javascript:;"></a></div>
</div>
<div class="article-content">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{line-height:2;font-family:宋体;font-size:12pt;}}</style>
{body}
</div>
</div>
{editor}
<div class="copyright">央广网版权作品，未经书面授权，严禁转载，违者将被追究法律责任。</div>
{rel_html}
<div class="zxzx"><div class="ttl"><span>最新资讯</span></div><ul>{lis(others(site, a, 8, "zx"), "%m-%d %H:%M")}</ul></div>
</div>
<div class="aside right">
<div class="phb"><div class="ttl"><span>排行榜</span></div><ol>{rank(others(site, a, 10, "phb", same=False))}</ol></div>
<div class="rdtj"><div class="ttl"><span>热点推荐</span></div><ul>{pics(others(site, a, 4, "rd"), "/news/pic")}</ul></div>
<div class="app"><img src="//www.cnr.cn/202109/images/ytapp.png" /><p>下载云听客户端</p></div>
</div>
</div>
<div class="footer"><div class="wrapper"><div class="links">{link_farm(MEDIA)}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">法律声明</a></p>
<p>央广网 版权所有 Copyright &copy; 2002-{a.when.year} 中央广播电视总台</p>
<p>京ICP证030503号 京公网安备11010202009778号 互联网新闻信息服务许可证10120170006 信息网络传播视听节目许可证0102004号</p></div></div>
</body>
</html>
"""
    return _html(page, "gbk", "GBK")


def cnr_old(site: Site31, a: Art) -> tuple[bytes, str]:
    """The 2019 table pages, in GB2312 (named only by the meta)."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f'<p align="center">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p align="center"><img src="{b.src}" border="0" /></p><p align="center">{esc(b.text)}</p>{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    editor = f'<div class="bj">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="xgyd"><tr><td class="tit">相关阅读</td></tr>'
        + "".join(
            f'<tr><td>·<a href="{b.path}" target="_blank">{esc(b.title)}</a></td></tr>' for b in rel
        )
        + "</table>"
        if rel
        else ""
    )
    hot = "".join(
        f'<tr><td>{k}. <a href="{b.path}" target="_blank">{esc(trunc(b.title, 18))}</a></td></tr>'
        for k, b in enumerate(others(site, a, 10, "oldphb", same=False), 1)
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}_央广网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
<style type="text/css">{css(rng, "cnrold", 580)}</style>
<script language="javascript">{filler_js(rng, "cnr-2015", 90)}</script>
<script language="javascript">{stats_js("cnr.cn-old")}</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/cnr_logo2015.gif" border="0"></a></td><td align="right"><a href="/">央广网首页</a> | <a href="/search/?q=">搜索</a></td></tr>
<tr><td colspan="2" class="nav">{"　".join(f'<a href="{LISTS["cnr"][0]}">{n}</a>' for n in CNR_NAV)}</td></tr>
<tr><td colspan="2">当前位置：<a href="/">央广网</a> &gt; <a href="/{x["col"][0]}/index.html">{x["col"][1]}</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="660" valign="top">
<div class="wh645 left">
<p class="f24 lh40 fb txtcenter">{esc(a.title)}</p>
<div class="sj"><span>{a.when:%Y-%m-%d %H:%M}</span>&nbsp;&nbsp;<span>来源：{esc(x["source"])}</span></div>
<div class="TRS_Editor">
{body}
</div>
{editor}
</div>
{rel_html}
</td><td width="20"></td><td width="320" valign="top"><table width="100%" class="side"><tr><td class="tit">排行榜</td></tr>{hot}</table></td></tr></table>
<table width="1000" align="center" class="footer"><tr><td align="center">{"　".join(MEDIA)}<br>央广网 版权所有 京ICP证030503号<br>Copyright &copy; 2002-2019 CNR.CN</td></tr></table>
</body>
</html>
"""
    return _html(page, "gb2312", None)


# --- 3. 国际在线 news.cri.cn --------------------------------------------------------------------

CRI_NAV = [
    "首页",
    "新闻",
    "国际",
    "国内",
    "财经",
    "文化",
    "旅游",
    "科技",
    "健康",
    "教育",
    "一带一路",
    "中国—中亚",
    "视频",
    "图片",
    "专题",
    "多语种",
    "广播",
    "看中国",
]


def cri(site: Site31, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cr = (
            f'<p style="text-align:center;" class="pic-credit">{esc(b.credit)}</p>'
            if b.credit
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" /></p><p style="text-align:center;" class="pic-desc">{esc(b.text)}</p>{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    if x["style"] == "wentu":
        body = f"<p>　　文/{nm[0]}　图/{nm[2]}</p>\n" + body
    eds = f"编辑：{a.editors[0]}　责编：{a.editors[1]}"
    for role, who in x["extra"]:
        eds += f"　{role}：{who}"
    rel = related(site, a)
    rel_html = (
        f'<div class="xglj"><div class="more-title"><span>相关链接</span></div><ul>{lis(rel)}</ul></div>'
        if rel
        else ""
    )
    jc = others(site, a, 6, "jctj")
    jc_html = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/photoAlbum/cri/page/jctj_{k}.jpg" /></a><h4><a href="{b.path}" target="_blank">{esc(b.title)}</a></h4></li>'
        for k, b in enumerate(jc)
    )
    data = {
        "title": a.title,
        "source": x["source"],
        "createdTime": f"{a.when:%Y-%m-%d %H:%M:%S}",
        "editor": a.editors[0],
        "id": x["uuid"],
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}_国际在线</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])}">
<meta name="description" content="{desc(a)}">
<meta name="contentid" content="{x["uuid"]}">
<link rel="stylesheet" href="//f2.cri.cn/M00/static/css/article.css">
<style>{css(rng, "cri", 540)}</style>
<script src="//f2.cri.cn/M00/static/js/jquery.min.js"></script>
<script>{filler_js(rng, "cri-page", 90)}</script>
<script>var pageData = {json.dumps(data, ensure_ascii=False)};</script>
<script>{stats_js("cri.cn")}</script>
</head>
<body>
<div class="top-nav"><div class="w1200"><a href="/">国际在线首页</a><a href="/">China Plus</a><a href="/">多语种</a><a href="/">国际在线客户端</a><span class="fr"><a href="/search/?q=">搜索</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="//f2.cri.cn/M00/static/images/logo.png" alt="国际在线"></a></div></div>
<div class="nav"><div class="w1200">{menu(CRI_NAV, LISTS["cri"][0])}</div></div>
<div class="w1200 crumbs"><a href="/">国际在线</a> &gt; <a href="{LISTS["cri"][0]}">国际</a> &gt; 正文</div>
<div class="w1200 article-wrap">
<div class="article-left">
<div class="list-box">
<div class="list-title"><h1 id="atitle">{esc(a.title)}</h1></div>
<div class="list-brief"><span id="asource" class="asource">来源：<a href="/" target="_blank">{esc(x["source"])}</a></span><span id="acreatedtime" class="acreatedtime">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></span></div>
<div class="list-abody abody" id="abody" pagedata="">
{body}
</div>
<div class="aeditor" id="aeditor">{eds}</div>
</div>
<div class="copyright-note">凡注明“来源：国际在线”的所有作品，版权均属于国际在线，未经授权不得转载、摘编或利用其它方式使用上述作品。</div>
{rel_html}
<div class="jctj"><div class="more-title"><span>精彩推荐</span></div><ul>{jc_html}</ul></div>
</div>
<div class="article-right">
<div class="phb"><div class="more-title"><span>排行榜</span></div><ol>{rank(others(site, a, 10, "phb", same=False))}</ol></div>
<div class="tag"><div class="more-title"><span>热门话题</span></div><a href="/tags/zhongfa.html">中法建交60周年</a> <a href="/tags/zhongfa.html">一带一路</a></div>
<div class="app"><img src="//f2.cri.cn/M00/static/images/app.png"><p>下载国际在线客户端</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><div class="links">{link_farm(MEDIA)}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p>
<p>中央广播电视总台国际在线版权所有　Copyright &copy; 2003-{a.when.year} CRI Online. All Rights Reserved.</p>
<p>京ICP证090078号　京公网安备11010702000008号　互联网新闻信息服务许可证10120170003</p></div></div>
</body>
</html>
"""
    return _html(page)


# --- 4. 中国军网 81.cn -------------------------------------------------------------------------

MIL_NAV = [
    "首页",
    "要闻",
    "军事要闻",
    "军队改革",
    "练兵备战",
    "国防动员",
    "军营文化",
    "国际军事",
    "军史",
    "强军网",
    "视频",
    "图片",
    "报纸",
    "军报客户端",
    "学习",
    "评论",
    "专题",
    "English",
]


def mil_zuozhe(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "bz_tx": f"{nm[0]}　{nm[1]}",
        "two": f"{nm[0]}　{nm[1]}",
        "tyjz": f"{nm[0]}　{nm[1]}",
        "one": nm[0],
        "xhs": nm[0],
        "pl": "本报评论员",
        "bz_tx2": f"{nm[0]}　{nm[1]}　{nm[2]}",
        "unit": "火箭军某旅政治工作部",
        "old": nm[0],
        "old2": f"{nm[0]}、{nm[1]}",
        "old0": "",
    }[style]


def mil_square(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "bz_tx": f"■本报记者 {nm[0]} 通讯员 {nm[1]}",
        "two": f"■{nm[0]} {nm[1]}",
        "tyjz": f"■解放军报记者 {nm[0]} 特约记者 {nm[1]}",
        "bz_tx2": f"■本报记者 {nm[0]} 通讯员 {nm[1]} {nm[2]}",
        "old": f"■本报特约记者 {nm[0]}",
    }.get(style, "")


def mil(site: Site31, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return mil_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f"　{esc(b.credit)}" if b.credit else ""
        return f'<p style="text-align: center;"><img src="{b.src}" /></p><p style="text-align: center;">{esc(b.text)}{cr}</p>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    sq = mil_square(a)
    if sq:
        body = f"<p>　　{sq}</p>\n" + body
    rel = related(site, a)
    rel_html = (
        f'<div class="related-news"><div class="hd"><h3>相关新闻</h3></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    prev_a, next_a = seq(site, a)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)} - 中国军网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<meta name="description" content="{desc(a)}">
<meta name="contentid" content="{x["id"]}">
<meta name="publishdate" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="source" content="{esc(x["source"])}">
<link rel="stylesheet" href="/static/css/article.css">
<style>{css(rng, "mil", 540)}</style>
<script src="/static/js/jquery.min.js"></script>
<script>{filler_js(rng, "81-site", 90)}</script>
<script>{stats_js("81.cn")}</script>
</head>
<body>
<div class="top-bar"><div class="container"><a href="/">中国军网</a><a href="/">解放军报</a><a href="/">中国国防报</a><a href="/">军报记者</a><span class="right"><a href="/search/?q=">搜索</a></span></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/static/images/logo.png" alt="中国军网"></a></div></div>
<div class="nav"><div class="container">{menu(MIL_NAV, LISTS["mil"][0])}</div></div>
<div class="container breadcrumb"><a href="/">首页</a> &gt; <a href="{LISTS["mil"][0]}">要闻</a> &gt; 正文</div>
<div class="container article-box">
<div class="main-left">
<div class="article-header">
<h1>{esc(a.title)}</h1>
<div class="info"><span>来源：{esc(x["source"])}</span><span>作者：{esc(mil_zuozhe(a))}</span><span>责任编辑：{a.editors[0]}</span><span>{a.when:%Y-%m-%d %H:%M}</span></div>
</div>
<div id="article-content" class="article-content">
{body}
</div>
<div class="share-box"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
{rel_html}
</div>
<div class="main-right">
<div class="box"><div class="hd"><h3>热点推荐</h3></div><ul>{rank(others(site, a, 10, "rd", same=False))}</ul></div>
<div class="box"><div class="hd"><h3>最新资讯</h3></div><ul>{lis(others(site, a, 8, "zx"), "%m-%d", 20)}</ul></div>
<div class="box"><div class="hd"><h3>图片新闻</h3></div><ul>{pics(others(site, a, 4, "pic"), "/images/tp")}</ul></div>
<div class="app"><img src="/static/images/jbapp.png"><p>下载解放军报客户端</p></div>
</div>
</div>
<div class="footer"><div class="container"><div class="links">{link_farm(MEDIA)}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p>
<p>中国军网版权所有　未经授权禁止复制或建立镜像　解放军新闻传播中心主办</p><p>京ICP备05026432号-1　互联网新闻信息服务许可证10120180004</p></div></div>
</body>
</html>
"""
    return _html(page)


def mil_old(site: Site31, a: Art) -> tuple[bytes, str]:
    """The 2019 pages (``/jwzl/2019-11/12/content_N.htm``)."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f'<p style="text-align: center;">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p style="text-align: center;"><img src="{b.src}" /></p><p style="text-align: center;">{esc(b.text)}</p>{cr}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    sq = mil_square(a)
    if sq:
        body = f"<p>　　{sq}</p>\n" + body
    rel = related(site, a)
    rel_html = (
        f'<div class="xglj"><h3>相关链接</h3><ul>{lis(rel, "%Y-%m-%d")}</ul></div>' if rel else ""
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} - 中国军网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<style type="text/css">{css(rng, "jw", 580)}</style>
<script type="text/javascript">{filler_js(rng, "81-2017", 90)}</script>
<script type="text/javascript">{stats_js("81.cn-old")}</script>
</head>
<body>
<div class="header"><a href="/"><img src="/res/logo_2017.png" alt="中国军网" /></a><div class="nav">{menu(MIL_NAV, LISTS["mil"][0])}</div></div>
<div class="container">
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="{LISTS["mil"][0]}">军事要闻</a></div>
<div class="left-box">
<div class="article-header"><h2 id="title">{esc(a.title)}</h2>
<div class="info"><span>来源：{esc(x["source"])}</span>　<span>作者：{esc(mil_zuozhe(a))}</span>　<span>责任编辑：{a.editors[0]}</span>　<span>发布：{a.when:%Y-%m-%d %H:%M}</span></div></div>
<div id="article-content">
{body}
</div>
{rel_html}
</div>
<div class="right-box"><h3>热点推荐</h3><ul>{rank(others(site, a, 10, "oldrd", same=False))}</ul></div>
</div>
<div class="footer"><p>中国军网版权所有　未经授权禁止复制或建立镜像</p><p>Copyright &copy; 2019 81.cn All Rights Reserved.</p></div>
</body>
</html>
"""
    return _html(page)


# --- 5. 求是网 qstheory.cn / 党建网 dangjian.cn ---------------------------------------------------

QS_NAV = [
    "首页",
    "求是",
    "红旗文稿",
    "习近平著作",
    "理论",
    "时评",
    "党建",
    "经济",
    "政治",
    "文化",
    "社会",
    "生态",
    "国防",
    "图解",
    "视频",
    "专题",
]


DJ_UNITS = ["中共中央党校（国家行政学院）", "中国社会科学院", "中国人民大学", "中共北京市委党校"]


def theory_note(a: Art) -> str:
    """The author's title line closing an essay (a credit, not the story)."""
    x, nm = a.x, a.x["nm"]
    t1, t2 = x["titles"]
    return {
        "qs_one": f"（作者系{t1}）",
        "qs_two": f"（作者分别系{t1}、{t2}）",
        "dj": f"（作者单位：{DJ_UNITS[len(nm[0]) % 2 + len(t1) % 3]}）",
    }.get(x["style"], "")


def theory_zuozhe(a: Art) -> str:
    x, nm = a.x, a.x["nm"]
    return {
        "qs_one": nm[0],
        "qs_two": f"{nm[0]}　{nm[1]}",
        "qs_title": f"{nm[0]}（{x['titles'][0]}）",
        "dj": nm[0],
    }.get(x["style"], x["unit"])


def theory(site: Site31, a: Art) -> tuple[bytes, str]:
    if a.x["dj"]:
        return dangjian(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f'<p style="text-align:center;">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p style="text-align:center;"><img src="{b.src}" /></p><p style="text-align:center;">{esc(b.text)}</p>{cr}'

    body = body_html(
        a,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f'<p style="text-align:center;"><strong>{esc(t)}</strong></p>',
        img,
    )
    note = theory_note(a)
    if note:
        body += f'\n<p style="text-align:right;">{esc(note)}</p>'
    editor = f'<p class="fs-text">责任编辑：{a.editors[0]}</p>' if a.editors else ""
    prev_a, next_a = seq(site, a)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} - 求是网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{desc(a)}" />
<link rel="stylesheet" href="/v9zhuanqu/css/qs_article.css" />
<style type="text/css">{css(rng, "qs", 560)}</style>
<script type="text/javascript">{filler_js(rng, "qstheory", 90)}</script>
<script type="text/javascript">{stats_js("qstheory.cn")}</script>
</head>
<body>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/v9zhuanqu/images/qs_logo.png" alt="求是网" /></a><div class="nav">{menu(QS_NAV, LISTS["theory"][0])}</div><a href="/search/?q=">搜索</a></div></div>
<div class="container">
<div class="row"><div class="col-sm-8 col-md-8">
<div class="inner">
<h1>{esc(a.title)}</h1>
<div class="headtitle"><span class="appellation">来源：{esc(x["source"])}</span>　<span class="appellation">作者：{esc(theory_zuozhe(a))}</span>　<span class="pubtime">{a.when:%Y-%m-%d}</span></div>
<div class="highlight">
{body}
</div>
{editor}
<div class="fenxiang">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="sxp"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
</div>
</div>
<div class="col-sm-4 col-md-4">
<div class="box"><h3>最新文章</h3><ul>{lis(others(site, a, 8, "new"), "", 22)}</ul></div>
<div class="box"><h3>热门文章</h3><ol>{rank(others(site, a, 8, "hot", same=False))}</ol></div>
<div class="box"><h3>本期《求是》</h3><a href="{LISTS["theory"][0]}"><img src="/v9zhuanqu/images/qs_cover_202409.jpg" alt="《求是》2024年第9期" /></a></div>
</div></div>
</div>
<div class="footer"><div class="container"><div class="links">{link_farm(MEDIA)}</div>
<p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p>
<p>求是杂志社主办　版权所有：求是网　未经许可不得复制　京ICP备16015451号-1</p></div></div>
</body>
</html>
"""
    return _html(page)


def dangjian(site: Site31, a: Art) -> tuple[bytes, str]:
    """党建网: one line "作者：X　　来源：Y　　2024-05-08" under the title."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f"<br />{esc(b.credit)}" if b.credit else ""
        return f'<p align="center"><img src="{b.src}" /></p><p align="center">{esc(b.text)}{cr}</p>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    note = theory_note(a)
    if note:
        body += f"\n<p>　　{esc(note)}</p>"
    editor = f'<div class="editor">【责任编辑：{a.editors[0]}】</div>' if a.editors else ""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_党建网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<style type="text/css">{css(rng, "dj", 580)}</style>
<script type="text/javascript">{filler_js(rng, "dangjian", 90)}</script>
<script type="text/javascript">{stats_js("dangjian.cn")}</script>
</head>
<body>
<div class="top"><a href="/">党建网首页</a> | <a href="/">党建网微平台</a> | <a href="/search/?q=">搜索</a></div>
<div class="dj_nav">{menu(["首页", "时政", "思想理论", "理论强党", "学习园地", "党建要闻", "党员教育", "基层党建", "图说党建"], "/shouye/sixianglilun/lilunqiangdang/index.shtml")}</div>
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/shouye/sixianglilun/lilunqiangdang/index.shtml">思想理论</a> &gt; <a href="/shouye/sixianglilun/lilunqiangdang/index.shtml">理论强党</a></div>
<div class="wrap">
<div class="left">
<div class="title"><h1>{esc(a.title)}</h1></div>
<div class="source">作者：{esc(theory_zuozhe(a))}　　来源：{esc(x["source"])}　　{a.when:%Y-%m-%d}</div>
<div class="TRS_Editor">
{body}
</div>
{editor}
</div>
<div class="right"><div class="box"><h3>理论强党</h3><ul>{lis(others(site, a, 8, "djnew"), "%m-%d", 18)}</ul></div><div class="box"><h3>图说党建</h3><ul>{pics(others(site, a, 3, "djpic", same=False), "/images/ts")}</ul></div></div>
</div>
<div class="footer"><p>党建网 版权所有 京ICP备09097315号</p><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a></p></div>
</body>
</html>
"""
    return _html(page)


RENDER = {"cctv": cctv, "cnr": cnr, "cri": cri, "mil": mil, "theory": theory}


def register(site: Site31) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
