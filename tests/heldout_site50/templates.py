"""Site 50's article pages: a city 广播电视台 on a 索贝-style media CMS (player, 文字稿, one credit
line 记者：X　摄像：P　编辑：E inside the text), a provincial 网络台 (主持人 and 来源 in the info
line, 本台消息（记者 X） leads, 本期节目 lists), a 县电视台's 动易-style ASP pages in GBK (作者 field,
本台讯 leads, 相关文章), a radio station's 音频 pages (播出时间, 文字稿, 主播, 延伸阅读) and a
微视频 H5 page (a caption-only story, 出品/监制/摄像/剪辑 credits, 猜你喜欢, comments)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site50

LABELS = {
    "sb": "泉州湾广播电视台·泉视新闻",
    "wl": "豫川网络广播电视台",
    "xd": "青山县广播电视台",
    "gb": "泉州湾新闻广播FM93.1",
    "ws": "泉视频·微视频",
}
SITE = {
    "sb": "泉州湾广播电视台",
    "wl": "豫川网络广播电视台",
    "xd": "青山县广播电视台",
    "gb": "泉州湾广播电视台",
    "ws": "泉视频",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{esc(a.path)}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site50, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f'<style type="text/css">{css(rng, tpl, n_css)}</style>\n<script type="text/javascript">{filler_js(rng, "jquery-" + tpl, n_js)}</script>\n<script type="text/javascript">{stats_js("s50" + tpl)}</script>'


def paras(
    blocks: list[Block], img_p: str = '<p style="text-align:center">', cap_cls: str = "pic-note"
) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'{img_p}<img src="{b.src}" alt="{esc(b.text)}" border="0"></p>')
            if b.text:
                out.append(f'<p class="{cap_cls}" style="text-align:center">{esc(b.text)}</p>')
            if b.credit:
                out.append(
                    f'<p style="text-align:center"><span style="color:#888;font-size:12px">{esc(b.credit)}</span></p>'
                )
    return "\n".join(out)


def comments(rng: random.Random, n: int) -> str:
    says = [
        "家门口的变化真大，点赞！",
        "希望能持续下去，别搞一阵风。",
        "我们小区什么时候也能这样？",
        "记者辛苦了，报道很及时。",
        "上周刚去过，确实不错。",
        "支持！为家乡打call",
        "这个路段早高峰确实堵，希望尽快解决。",
        "视频拍得很好看，已转发。",
    ]
    users = ["泉州网友", "手机用户8823", "阿强", "晴天", "老街坊", "用户1097", "小鱼儿", "青山人"]
    out = []
    for _ in range(n):
        out.append(
            f'<li class="cmt-item"><div class="cmt-user">{rng.choice(users)}</div><div class="cmt-text">{rng.choice(says)}</div><div class="cmt-foot"><span>{rng.randint(1, 23)}小时前</span><a href="javascript:;">回复</a><a href="javascript:;">赞({rng.randint(0, 99)})</a></div></li>'
        )
    return "".join(out)


# --- 1. city 广播电视台 (索贝-style media CMS) ---------------------------------------------------
def _sb_credit(a: Art, old: bool) -> str:
    nm, st = a.x["nm"], a.x["style"]
    parts = {
        "a": [("记者", nm[0]), ("摄像", nm[3]), ("编辑", nm[5])],
        "b": [("记者", f"{nm[0]} {nm[1]}"), ("摄像", f"{nm[3]} {nm[4]}")],
        "c": [("记者", nm[0]), ("通讯员", nm[2]), ("摄像", nm[3]), ("剪辑", nm[4])],
        "d": [
            ("融媒记者", nm[0]),
            ("摄像", nm[3]),
            ("责编", nm[5]),
            ("审核", nm[6]),
            ("监制", nm[4]),
        ],
        "e": [("文", nm[0]), ("摄像", nm[3]), ("编辑", nm[5])],
    }[st]
    sep = "/" if st == "e" else "："
    if old:
        sep = " "
    return "　".join(f"{k}{sep}{v}" for k, v in parts)


def sb_page(site: Site50, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, old = a.x["ctx"], a.x["old"]
    rel = ""
    if a.related:
        items = "".join(li(site.by_path[p], "%m-%d") for p in a.related)
        rel = (
            f'<div class="xgxw"><div class="tit"><span>相关新闻</span></div><ul>{items}</ul></div>'
        )
    hot = "".join(li(b, "%m-%d", "hot-video") for b in others(site, a, 6, "hot"))
    rank = "".join(
        f'<li><i>{k + 1}</i><a href="{esc(b.path)}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 8, "rank", "ws"))
    )
    credit = f'<p class="credit">{esc(_sb_credit(a, old))}</p>'
    edline = f'<div class="zebian">责任编辑：{a.x["nm"][5]}</div>' if a.i in (1, 7) else ""
    vid = f"{rng.getrandbits(96):024x}"
    if old:
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_泉视新闻_{SITE["sb"]}</title>
<meta name="keywords" content="{esc(ctx["topic"])}" />
{head_common(rng, "sbo")}
</head><body>
<div class="top"><a href="/"><img src="/images/2016/logo.png" alt="{SITE["sb"]}" /></a><div class="nav"><a href="/">首页</a><a href="/xwzx/bdxw/">本地新闻</a><a href="/wsp/">微视频</a><a href="/gbxw/xwzgf/">广播</a><a href="/live/">直播</a><a href="/zt/2024wuyi/">专题</a></div></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="690" valign="top">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/bdxw/">本地新闻</a></div>
<h1 class="title">{esc(a.title)}</h1>
<div class="laiyuan">发布时间：{a.when:%Y-%m-%d %H:%M}　　来源：泉视新闻</div>
<div class="flash"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="640" height="480"><param name="movie" value="/player/vplayer.swf?vid={vid}" /><embed src="/player/vplayer.swf?vid={vid}" width="640" height="480" type="application/x-shockwave-flash"></embed></object></div>
<div class="TRS_Editor" id="zoom">
{paras(a.blocks)}
{credit}
</div>
{edline}
{rel}
<div class="share">分享到：<a href="javascript:;">QQ空间</a><a href="javascript:;">新浪微博</a><a href="javascript:;">人人网</a></div>
</td><td width="20"></td><td width="290" valign="top"><div class="side"><h3>热门视频</h3><ul>{hot}</ul></div><div class="side"><h3>微视频排行</h3><ol>{rank}</ol></div></td></tr></table>
<div class="foot">{SITE["sb"]} 版权所有　信息网络传播视听节目许可证：1300000号　闽ICP备00000000号</div>
</body></html>
"""
        return served(page)
    cfg = f'{{"vid":"{vid}","title":"{esc(a.title)}","poster":"/upload/vod/{a.when:%Y%m%d}/{vid[:12]}.jpg","src":"https://vod.qzwtv.example/vod/{a.when:%Y/%m/%d}/{vid}/index.m3u8","duration":{a.x["dur"]},"autoplay":false}}'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}-泉视新闻-{SITE["sb"]}</title>
<meta name="keywords" content="{esc(ctx["topic"])},{esc(ctx["place"])},泉视新闻">
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
<meta property="og:type" content="video">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="/upload/vod/{a.when:%Y%m%d}/{vid[:12]}.jpg">
{head_common(rng, "sb")}
<script>var playerConfig = {cfg};</script>
</head>
<body class="detail-page">
<div class="top-bar"><div class="w1200"><span>{a.when:%Y年%m月%d日}</span><a href="/login/">登录</a><a href="/register/">注册</a><a href="/app/">下载客户端</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="{SITE["sb"]}"></a>
<ul class="main-nav"><li><a href="/">首页</a></li><li class="on"><a href="/xwzx/bdxw/">泉视新闻</a></li><li><a href="/wsp/">微视频</a></li><li><a href="/gbxw/xwzgf/">广播</a></li><li><a href="/live/">直播</a></li><li><a href="/video/">点播</a></li><li><a href="/zt/2024wuyi/">专题</a></li><li><a href="/search/?keyword=">搜索</a></li></ul></div></div>
<div class="w1200 clearfix">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bdxw/">本地新闻</a></div>
<div class="main-left">
<div class="article-box">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="source">来源：泉视新闻</span><span class="views">浏览：<em id="hits">--</em></span></div>
<div class="video-wrap" id="sobeyPlayer"><video id="video_{vid[:8]}" controls preload="none" poster="/upload/vod/{a.when:%Y%m%d}/{vid[:12]}.jpg" width="100%"></video><div class="v-dur">{a.x["dur"] // 60:02d}:{a.x["dur"] % 60:02d}</div></div>
<div class="wzg-title"><span>文字稿</span></div>
<div class="article-content" id="articleContent">
{paras(a.blocks)}
{credit}
</div>
{edline}
<div class="article-share"><span>分享到：</span><a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ</a><a class="print" href="javascript:window.print();">打印</a></div>
<div class="statement">本网站所有内容属{SITE["sb"]}所有，未经授权不得转载。</div>
</div>
{rel}
<div class="comment-box"><div class="tit"><span>网友评论</span><em>（已有{rng.randint(0, 12)}条评论）</em></div><form class="cmt-form"><textarea placeholder="文明上网，理性发言"></textarea><button type="button">发表评论</button></form><ul class="cmt-list">{comments(rng, 3)}</ul></div>
</div>
<div class="main-right">
<div class="side-box"><div class="tit">热门视频</div><ul>{hot}</ul></div>
<div class="side-box"><div class="tit">微视频排行</div><ol class="rank">{rank}</ol></div>
<div class="side-box"><div class="tit">直播频道</div><ul class="live"><li><a href="/live/">综合频道</a></li><li><a href="/live/">新闻频道</a></li><li><a href="/live/">FM93.1新闻广播</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/">广告服务</a></p><p>{SITE["sb"]} 版权所有　信息网络传播视听节目许可证：1300000号　闽ICP备00000000号-1</p><p>违法和不良信息举报电话：0595-00000000</p></div></div>
<script src="/static/js/sobey-player.min.js"></script>
<script>SobeyPlayer.init("sobeyPlayer", playerConfig);$.getJSON("/api/hits?id={vid}",function(d){{$("#hits").text(d.hits)}});</script>
</body>
</html>
"""
    return served(page)


# --- 2. provincial TV 网络台 -------------------------------------------------------------------
def wl_page(site: Site50, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, old, nm, st = a.x["ctx"], a.x["old"], a.x["nm"], a.x["style"]
    host = nm[6]
    author = f"<span>作者：{nm[0]}</span>" if st == "author" else ""
    tail = ""
    if st == "tail":
        tail = f"<p>记者：{'、'.join(a.authors)}</p>"
    rel = ""
    if a.related:
        items = "".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)
        rel = f'<div class="xgyd"><h3>相关阅读</h3><ul>{items}</ul></div>'
    same = "".join(li(b, "%H:%M") for b in others(site, a, 6, "same"))
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="{esc(b.path)}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    review = f"　审核：{nm[4]}" if a.x["review"] else ""
    when = f"{a.when:%Y年%m月%d日 %H:%M}" if old else f"{a.when:%Y-%m-%d %H:%M:%S}"
    prog = "《豫川新闻联播》"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}_{SITE["wl"]}</title>
<meta name="keywords" content="{esc(ctx["topic"])},豫川新闻联播">
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
{head_common(rng, "wl")}
</head>
<body>
<div class="site-top"><div class="wrap"><a href="/" class="logo"><img src="/images/logo_wlt.png" alt="{SITE["wl"]}"></a><div class="nav"><a href="/">首页</a><a href="/xinwen/shengnei/">省内新闻</a><a href="/live/">卫视直播</a><a href="/video/">节目点播</a><a href="/zt/2024wuyi/">专题</a><a href="/wsp/">微视频</a><a href="/search/?keyword=">搜索</a></div></div></div>
<div class="wrap">
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/xinwen/">新闻</a> &gt; <a href="/xinwen/shengnei/">省内新闻</a></div>
<div class="left">
<div class="detail">
<h1>{esc(a.title)}</h1>
<div class="info"><span>{when}</span><span>来源：{prog}</span><span>主持人：{host}</span>{author}</div>
<div class="player" id="player"><video controls preload="none" poster="/vodimg/{a.x["id"]}.jpg" src="https://vod.ycrtv.example/{a.when:%Y%m%d}/{a.x["id"]}.mp4"></video></div>
<div class="content" id="content">
{paras(a.blocks)}
{tail}
</div>
<div class="editor">责任编辑：{nm[5]}{review}</div>
<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_weixin" data-cmd="weixin">微信</a><a href="#" class="bds_tsina" data-cmd="tsina">新浪微博</a></div>
</div>
{rel}
<div class="jmd"><h3>本期节目：{prog} {a.when:%Y-%m-%d}</h3><ul>{same}</ul></div>
</div>
<div class="right">
<div class="box"><h3>卫视节目单</h3><ul class="epg"><li>18:00 豫川新闻联播（重播）</li><li>19:00 转播中央台新闻联播</li><li>19:35 豫川新闻联播</li><li>20:10 黄金剧场</li><li>22:00 晚间新闻</li></ul></div>
<div class="box"><h3>点击排行</h3><ol>{hot}</ol></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/">网站地图</a></p><p>{SITE["wl"]} 版权所有 未经许可不得复制、转载或镜像</p><p>信息网络传播视听节目许可证 1600000号　豫ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 3. 县电视台, 动易-style ASP in GBK ---------------------------------------------------------
def xd_page(site: Site50, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, old, nm, st = a.x["ctx"], a.x["old"], a.x["nm"], a.x["style"]
    author = {
        "field": nm[0],
        "field2": f"{nm[0]} {nm[1]}",
        "reporter": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "lead": "本台",
        "leadc": "本台",
        "none": "佚名",
    }[st]
    source = "本站原创" if a.i % 2 else SITE["xd"]
    ed_in, ed_out = "", ""
    if a.editors:
        if a.i % 2:
            ed_in = f'<p align="right">（编辑：{a.editors[0]}）</p>'
        else:
            ed_out = f"【责任编辑：{a.editors[0]}】"
    rel = ""
    if a.related:
        items = "".join(
            f'<li><a href="{esc(p)}" title="{esc(site.by_path[p].title)}">{esc(site.by_path[p].title)}</a>[{site.by_path[p].when:%m-%d}]</li>'
            for p in a.related
        )
        rel = f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_575">相关文章</td></tr><tr><td class="main_tdbg_575"><ul>{items}</ul></td></tr></table>'
    own = latest(site.of("xd"))
    k = own.index(a)
    prev = own[k + 1] if k + 1 < len(own) else None
    nxt = own[k - 1] if k > 0 else None
    pn = f"<li>上一篇文章：{f'<a href={chr(34)}{esc(prev.path)}{chr(34)}>{esc(prev.title)}</a>' if prev else '没有了'}</li><li>下一篇文章：{f'<a href={chr(34)}{esc(nxt.path)}{chr(34)}>{esc(nxt.title)}</a>' if nxt else '没有了'}</li>"
    hot = "".join(
        f'<li><a href="{esc(b.path)}">{esc(b.title)}</a></li>' for b in others(site, a, 10, "hot")
    )
    notice = "".join(
        f'<li><a href="/Article/ShowClass.asp?ClassID=3">{t}</a></li>'
        for t in [
            "关于调整有线电视收视维护费的公告",
            "县广播电视台2024年招聘公告",
            "应急广播系统调试通知",
            "关于规范户外广告设置的通知",
        ]
    )
    img_p = '<p align="center">'
    page = f"""<html>
<head>
<title>{esc(a.title)} - {SITE["xd"]}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="{esc(ctx["topic"])},{esc(ctx["place"])},青山新闻">
<meta name="description" content="{esc(trunc(a.paras[0], 60))}">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
{head_common(rng, "xd", 250, 30)}
<script language="javascript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Skin/banner.jpg" width="960" height="120" alt="{SITE["xd"]}"></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu"><tr><td align="center"><a href="/">网站首页</a> | <a href="/Article/ShowClass.asp?ClassID=1">本台新闻</a> | <a href="/Article/ShowClass.asp?ClassID=2">乡镇动态</a> | <a href="/Article/ShowClass.asp?ClassID=3">通知公告</a> | <a href="/video/">视频点播</a> | <a href="/zt/2024wuyi/">专题专栏</a> | <a href="/about/">关于我们</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="230" valign="top" class="left">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_282">热门文章</td></tr><tr><td><ul>{hot}</ul></td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_282">通知公告</td></tr><tr><td><ul>{notice}</ul></td></tr></table>
</td>
<td width="10"></td>
<td width="720" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_shadow">您现在的位置：&nbsp;<a class="LinkPath" href="/">{SITE["xd"]}</a>&nbsp;&gt;&gt;&nbsp;<a class="LinkPath" href="/Article/ShowClass.asp?ClassID=1">本台新闻</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="5" class="border">
<tr><td align="center" class="main_ArticleTitle"><font size="4"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="Article_tdbgall">作者：{esc(author)}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{source}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID={a.x["id"]}"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{a.when.year}-{a.when.month}-{a.when.day}&nbsp;&nbsp;</td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="main_ArticleContent" id="fontzoom">
{paras(a.blocks, img_p, "pic_txt")}
{ed_in}
</td></tr>
<tr><td align="right">{ed_out}【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td><ul class="prevnext">{pn}</ul></td></tr>
</table>
{rel}
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_575">网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr><tr><td><ul>{comments(rng, 2)}</ul><a href="/Article/Comment.asp?ArticleID={a.x["id"]}">发表评论</a></td></tr></table>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center"><a href="/about/">关于本站</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/">广告合作</a><br>主办：{SITE["xd"]}　地址：青山县人民路88号　电话：0000-0000000<br>Copyright &copy; 2008-{a.when.year} {SITE["xd"]} All Rights Reserved　冀ICP备00000000号</td></tr></table>
</body>
</html>
"""
    if old:  # the 2019 pages: the header names gb2312 too
        return served(page, "gbk")[0], "text/html; charset=gb2312"
    return served(page, "gbk", header=False)


# --- 4. radio station 音频 pages -------------------------------------------------------------
def gb_page(site: Site50, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, old, nm, st = a.x["ctx"], a.x["old"], a.x["nm"], a.x["style"]
    top, tail = "", ""
    if st == "top":
        top = f'<div class="reporter">本台记者：{nm[0]}</div>'
    elif st == "top2":
        top = f'<div class="reporter">本台记者：{nm[0]}　{nm[1]}</div>'
    elif st == "wen":
        top = f"<p>文/{nm[0]}　图/{nm[4]}</p>"
    elif st == "tail":
        tail = f"<p>（记者 {nm[0]} 通讯员 {nm[2]}）</p>"
    host = f"　主播：{nm[6]}" if st == "host" or a.i % 3 == 0 else ""
    bj = ""
    if a.editors:
        bj = f'<div class="bjsh">编辑：{a.editors[0]}　审核：{nm[3]}</div>'
    else:
        bj = f'<div class="bjsh">审核：{nm[3]}</div>'
    rel = ""
    if a.related:
        items = "".join(li(site.by_path[p], "%m-%d") for p in a.related)
        rel = f'<div class="ycyd"><div class="hd">延伸阅读</div><ul>{items}</ul></div>'
    hot = "".join(
        f'<li><span>{k + 1}</span><a href="{esc(b.path)}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 8, "hot"))
    )
    newest = "".join(li(b, "%m-%d %H:%M") for b in others(site, a, 6, "new"))
    sched = "".join(
        f"<tr><td>{t}</td><td>{p}</td></tr>"
        for t, p in [
            ("06:30", "新闻早高峰"),
            ("08:00", "城市早班车"),
            ("09:00", "健康大讲堂"),
            ("12:00", "午间新闻"),
            ("17:00", "交通晚高峰"),
            ("21:00", "夜色温柔"),
        ]
    )
    when = f"{a.when:%Y-%m-%d %H:%M}" if old else f"{a.when:%Y年%m月%d日 %H:%M}"
    mm, ss = divmod(a.x["dur"], 60)
    player = (
        f'<embed src="/flash/audioplayer.swf?file=/audio/{a.x["id"]}.mp3" width="400" height="30" type="application/x-shockwave-flash">'
        if old
        else f'<audio id="audio" src="https://audio.qzwtv.example/fm931/{a.when:%Y%m%d}/{a.x["id"]}.mp3" controls preload="none"></audio><span class="dur">时长 {mm:02d}:{ss:02d}</span>'
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_新闻早高峰_泉州湾新闻广播</title>
<meta name="keywords" content="{esc(ctx["topic"])},新闻广播,FM93.1">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
{head_common(rng, "gb")}
</head>
<body>
<div class="gb-header"><div class="inner"><a class="logo" href="/gbxw/">泉州湾新闻广播 FM93.1</a><ul class="gb-nav"><li><a href="/">广电首页</a></li><li><a href="/gbxw/xwzgf/">新闻早高峰</a></li><li><a href="/gbxw/jmd.html">节目单</a></li><li><a href="/live/">在线收听</a></li><li><a href="/about/contact.html">新闻热线</a></li></ul></div></div>
<div class="inner">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/gbxw/">广播</a> &gt; <a href="/gbxw/xwzgf/">新闻早高峰</a></div>
<div class="gb-main">
<div class="audio-detail">
<h1>{esc(a.title)}</h1>
<div class="meta">播出时间：{when}　栏目：《新闻早高峰》{host}</div>
<div class="audio-player">{player}</div>
{top}
<div class="wzg"><div class="wzg-tit">文字稿</div>
<div class="TRS_Editor">
{paras(a.blocks)}
{tail}
</div></div>
{bj}
<div class="share">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">复制链接</a></div>
</div>
{rel}
<div class="hotline">新闻热线：0595-9310000　欢迎听众朋友拨打热线或在“泉视”客户端留言爆料。</div>
</div>
<div class="gb-side">
<div class="box"><div class="hd">今日节目单</div><table class="sched">{sched}</table></div>
<div class="box"><div class="hd">收听排行</div><ol>{hot}</ol></div>
<div class="box"><div class="hd">最新音频</div><ul>{newest}</ul></div>
</div>
</div>
<div class="gb-footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a></p><p>泉州湾广播电视台新闻广播　版权所有　广播电视节目制作经营许可证（闽）字第000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 5. 微视频 / 短视频 H5 page ---------------------------------------------------------------
def ws_page(site: Site50, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, nm, st = a.x["old"], a.x["nm"], a.x["style"]
    credit = {
        "rep": f"记者：{nm[0]}　摄像：{nm[3]}　剪辑：{nm[4]}　编辑：{nm[5]}",
        "rep2": f"记者：{nm[0]} {nm[1]}　剪辑：{nm[4]}　编辑：{nm[5]}",
        "team": f"出品：泉州湾广播电视台融媒体中心　监制：{nm[6]}　策划：{nm[2]}　摄像/剪辑：{nm[3]}",
        "wen": f"文/{nm[0]}　摄像/{nm[3]}　剪辑/{nm[4]}　编辑/{nm[5]}",
    }[st]
    more = "".join(
        f'<li><a href="{esc(b.path)}"><img src="/vodimg/{b.x["id"]}.jpg"><p>{esc(b.title)}</p><span>{b.x["dur"] // 60:02d}:{b.x["dur"] % 60:02d}</span></a></li>'
        for b in others(site, a, 6, "more")
    )
    guess = "".join(li(b, "%m-%d") for b in others(site, a, 5, "guess", "sb"))
    plays = (
        f"{a.x['likes'] * 7 / 10000:.1f}万" if a.x["likes"] * 7 >= 10000 else str(a.x["likes"] * 7)
    )
    desc = "".join(f"<p>{esc(b.text)}</p>" for b in a.blocks)
    state = f'{{"id":{a.x["id"]},"type":"shortvideo","duration":{a.x["dur"]},"likes":{a.x["likes"]},"cover":"/vodimg/{a.x["id"]}.jpg"}}'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 60))}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="/vodimg/{a.x["id"]}.jpg">
{head_common(rng, "ws", 260, 50)}
<script>window.__VIDEO__ = {state};</script>
</head>
<body>
<header class="m-head"><a href="/" class="m-logo">泉视频</a><a href="/wsp/" class="m-more">微视频</a><a href="/app/" class="m-open">打开App</a></header>
<div class="video-page">
<div class="v-player"><video id="v" src="https://vod.qzwtv.example/short/{a.when:%Y%m%d}/{a.x["id"]}.mp4" poster="/vodimg/{a.x["id"]}.jpg" controls playsinline webkit-playsinline x5-video-player-type="h5" preload="metadata"></video></div>
<div class="v-info">
<h1 class="v-title">{esc(a.title)}</h1>
<div class="v-meta"><span class="v-source">{"泉视新闻" if old else "泉视频"}</span><span class="v-time">{a.when:%Y-%m-%d %H:%M}</span><span class="v-play">{plays}次播放</span></div>
<div class="v-desc">{desc}</div>
<div class="v-credit">{esc(credit)}</div>
<div class="v-actions"><a class="like" href="javascript:;">赞 {a.x["likes"]}</a><a class="fav" href="javascript:;">收藏</a><a class="share" href="javascript:;">分享</a></div>
</div>
<div class="v-more"><h3>更多视频</h3><ul>{more}</ul></div>
<div class="v-guess"><h3>猜你喜欢</h3><ul>{guess}</ul></div>
<div class="v-comments"><h3>评论（{rng.randint(3, 60)}）</h3><ul>{comments(rng, 4)}</ul><div class="cmt-input"><input placeholder="说点什么..."><button>发送</button></div></div>
</div>
<footer class="m-foot"><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a><p>泉州湾广播电视台融媒体中心 出品</p></footer>
<script src="/static/js/h5player.min.js"></script>
</body>
</html>
"""
    return served(page)


RENDER: dict[str, Callable[[Site50, Art], tuple[bytes, str]]] = {
    "sb": sb_page,
    "wl": wl_page,
    "xd": xd_page,
    "gb": gb_page,
    "ws": ws_page,
}


def register(site: Site50) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
