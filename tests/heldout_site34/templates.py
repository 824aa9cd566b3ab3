"""Site 34's article pages: 新浪体育 (new doc- pages; 2012 pages in GB2312), 网易体育 (post pages;
2014/2016 pages in GBK), 懂球帝 (Nuxt pages) and 虎扑 voice (2019), 搜狐娱乐 (``/a/`` pages; 2013
pages in GBK) and 央视体育 (cctv ``ARTI`` pages) with 体坛网 (2013 pages in GBK)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .pools import HANDLES

if TYPE_CHECKING:
    from .generator import Site34

LISTS = {
    "sina": ["/china/", "/china/index_2.shtml"],
    "wy": ["/special/0005rt/sportsgd.html", "/special/0005rt/sportsgd_02.html"],
    "dqd": ["/news/56", "/news/56?page=2"],
    "sohu": ["/c/8/1460", "/c/8/1460?page=2"],
    "cctv": ["/football/index.shtml", "/football/index_2.shtml"],
}
LABELS = {
    "sina": "新浪体育·中国足球",
    "wy": "网易体育·滚动新闻",
    "dqd": "懂球帝·头条",
    "sohu": "搜狐娱乐",
    "cctv": "央视体育·足球",
}
LIVE = {"sina": "/livecast/g/live.php?id=318765", "wy": "/live/room/203456.html"}
DATA = {
    "table": "/csl/table.shtml",
    "schedule": "/data/schedule/csl.shtml",
    "standings": "/sports/datacenter/csl/standings.html",
}
GALLERY = {
    "sina": "/slide/china/2024-05-08/slide_2_730_318765.html",
    "sohu": "/picture/2024/0508/n12388.shtml",
}
ZT = "/special/2024euro/index.shtml"
SEARCH = "/search?q="


def uid(handle: str) -> int:
    return 3000000 + zlib.crc32(handle.encode()) % 900000


def related(site: Site34, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site34, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
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


def body_html(
    a: Art, para: Callable[[str], str], head: Callable[[str], str], img: Callable[[Block], str]
) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "", n: int = 28) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art]) -> str:
    return "".join(
        f'<li><em class="num n{k}">{k}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 22))}</a></li>'
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art], root: str = "/pic") -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="{root}/{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt="{esc(b.title)}" width="150" height="100"></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 14))}</a></p></li>'
        for b in arts
    )


def menu(items: list[str], root: str) -> str:
    return "".join(f'<a href="{root}" target="_blank">{n}</a>' for n in items)


def desc(a: Art, n: int = 80) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def _html(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


def seq(site: Site34, a: Art) -> tuple[Art, Art]:
    arts = [b for b in site.of(a.tpl) if b.x.get("old") == a.x.get("old")]
    k = arts.index(a)
    return arts[k - 1], arts[(k + 1) % len(arts)]


def videos(site: Site34, a: Art, n: int = 4) -> str:
    rng = page_rng(site.seed, a.path + "video")
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/video/cover_{rng.randint(100, 999)}.jpg"><span class="dur">0{rng.randint(1, 9)}:{rng.randint(10, 59)}</span></a><p>{esc(trunc(b.title, 18))}</p></li>'
        for b in others(site, a, n, "vid", same=False)
    )


def topics(names: list[str]) -> str:
    return "".join(
        f'<li><a href="{ZT}" target="_blank">#{n}#</a><span>{1000 + 37 * k}万阅读</span></li>'
        for k, n in enumerate(names)
    )


HOT_TOPICS = ["中超第12轮", "国足世预赛", "欧冠半决赛", "CBA总决赛", "欧洲杯前瞻", "奥运会倒计时"]


# --- 1. 新浪体育 sports.sina.com.cn ---------------------------------------------------------------

SINA_NAV = [
    "新浪首页",
    "新闻",
    "体育",
    "NBA",
    "CBA",
    "中超",
    "国际足球",
    "英超",
    "西甲",
    "意甲",
    "德甲",
    "综合体育",
    "彩票",
    "视频",
    "图片",
    "专题",
    "直播",
    "新浪体育APP",
]
SINA_FOOT = '<p><a href="/about.html">新浪简介</a> | <a href="/about.html">About Sina</a> | <a href="/contact.html">广告服务</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">招聘信息</a> | <a href="/about.html">网站律师</a> | <a href="/about.html">SINA English</a> | <a href="/about.html">通行证注册</a> | <a href="/about.html">产品答疑</a></p><p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p>'


def sina(site: Site34, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return sina_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]

    def img(b: Block) -> str:
        cr = f"（{esc(b.credit)}）" if b.credit else ""
        return f'<div class="img_wrapper"><img src="{b.src}" alt="{esc(b.text)}"><span class="img_descr">{esc(b.text)}{cr}</span></div>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    top = {
        "fazi": f"<p>　　新浪体育记者 {nm[0]} 发自{x['city']}</p>",
        "titan": f"<p>　　文/体坛+记者 {nm[0]}</p>",
        "wen2": f"<p>　　文/{nm[0]}、{nm[1]}</p>",
    }.get(style, "")
    editor = f'<p class="show_author">责任编辑：{a.editors[0]} </p>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="blk-related" data-sudaclick="blk_related"><h3 class="tit">相关阅读</h3><ul class="list-a">{lis(rel, "%m月%d日 %H:%M")}</ul></div>'
        if rel
        else ""
    )
    feed = "".join(
        f'<div class="feed-card-item"><h2><a href="{b.path}" target="_blank">{esc(b.title)}</a></h2><div class="feed-card-a"><span class="feed-card-time">{b.when:%m月%d日 %H:%M}</span><span class="feed-card-tags">{esc(b.x["ctx"]["home"])}</span></div></div>'
        for b in others(site, a, 10, "feed", same=False)
    )
    meta = {
        "title": a.title,
        "channel": "sports",
        "docid": a.path.rsplit("-", 1)[-1].split(".")[0],
        "url": site.base + a.path,
    }
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<title>{esc(a.title)}_新浪体育_新浪网</title>
<meta name="keywords" content="{esc(x["ctx"]["home"])},{esc(x["ctx"]["away"])},中超"/>
<meta name="tags" content="{esc(x["ctx"]["home"])},中超"/>
<meta name="description" content="{desc(a)}"/>
<meta property="og:type" content="news"/>
<meta property="og:title" content="{esc(a.title)}"/>
<meta property="og:description" content="{desc(a)}"/>
<meta property="og:url" content="{site.base}{a.path}"/>
<meta property="og:image" content="https://i1.sinaimg.cn/dy/deco/2013/0329/logo/LOGO_1x.png"/>
<meta property="article:published_time" content="{a.when:%Y-%m-%dT%H:%M:00+08:00}"/>
<meta property="article:author" content="{esc(x["source"])}"/>
<meta name="weibo: article:create_at" content="{a.when:%Y-%m-%d %H:%M:%S}"/>
<meta name="sudameta" content="allCIDs:51924,57921,57923;dataid:{meta["docid"]}"/>
<link rel="canonical" href="{site.base}{a.path}"/>
<link rel="stylesheet" href="https://n.sinaimg.cn/sports/deco/2019/doc/css/main.css"/>
<style>{css(rng, "sina", 430)}</style>
<script src="https://n.sinaimg.cn/finance/sinafinancesdk/js/sf_sdk.js"></script>
<script>{filler_js(rng, "sina-doc", 95)}</script>
<script>var ARTICLE_DATA = {json.dumps(meta, ensure_ascii=False)};</script>
</head>
<body>
<div class="top-nav" id="SI_Top_Wrap"><div class="tn-bg"><div class="tn-header">{menu(SINA_NAV, LISTS["sina"][0])}<a class="tn-login" href="javascript:;">登录</a></div></div></div>
<div class="sina-header"><a class="logo" href="/"><img src="https://n.sinaimg.cn/sports/deco/2019/logo.png" alt="新浪体育"></a><div class="ad">广告<img src="/ad/sina_1000x90_{rng.randint(1, 9)}.jpg"></div></div>
<div class="channel-path"><a href="/">体育</a><span>&gt;</span><a href="{LISTS["sina"][0]}">中国足球</a><span>&gt;</span><a href="{LISTS["sina"][0]}">中超</a></div>
<div class="main-content w1000">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar"><div class="date-source"><span class="date">{a.when:%Y年%m月%d日 %H:%M}</span><a href="/" class="source ent-source" target="_blank">{esc(x["source"])}</a></div><div class="share"><span>分享到：</span><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="weixin">微信</a><a href="#comment" class="comment">评论<em>{rng.randint(20, 900)}</em></a></div></div></div>
<div class="article-content clearfix"><div class="article-content-left">
<div class="article" id="artibody" data-sudaclick="blk_content">
<!-- 原始正文start -->
{top}
{body}
<!-- 原始正文end -->
{editor}
</div>
<div class="article-notice"><p>新浪体育APP：看中超直播、看比分，戳这里下载&gt;&gt;</p></div>
<div class="keywords" id="keywords">文章关键词：<a href="{SEARCH}">{esc(x["ctx"]["home"])}</a> <a href="{SEARCH}">中超</a></div>
{rel_html}
<div class="sina-comment-wrap" id="comment"><h3>我要评论</h3><textarea placeholder="说点什么吧"></textarea><a href="javascript:;" class="btn">发布</a><p>共有<em>{rng.randint(20, 900)}</em>条评论</p></div>
<div class="feed-card" id="feedCard"><h3 class="tit">新浪体育热门</h3>{feed}</div>
</div>
<div class="article-content-right">
<div class="side-box rank"><h3 class="tit">排行榜</h3><div class="tab"><span class="on">体育</span><span>中超</span></div><ol>{rank(others(site, a, 10, "rank", same=False))}</ol></div>
<div class="side-box video"><h3 class="tit">精彩视频</h3><ul>{videos(site, a)}</ul></div>
<div class="side-box topic"><h3 class="tit">热门话题</h3><ul>{topics(HOT_TOPICS)}</ul></div>
<div class="side-box live"><h3 class="tit">直播</h3><ul><li><a href="{LIVE["sina"]}">中超第12轮 图文直播</a></li><li><a href="{DATA["table"]}">中超积分榜</a></li><li><a href="{GALLERY["sina"]}">高清图集</a></li></ul></div>
</div></div></div>
<div class="sina-footer">{SINA_FOOT}</div>
<script>{stats_js("sports.sina.com.cn")}</script>
</body>
</html>
"""
    return _html(page)


def sina_old(site: Site34, a: Art) -> tuple[bytes, str]:
    """The 2012 pages: ``#artibodyTitle``, ``#pub_date`` "2012年11月03日21:18", GB2312."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f"（{esc(b.credit)}）" if b.credit else ""
        return f'<div class="img_wrapper"><img src="{b.src}" alt="{esc(b.text)}" title="{esc(b.text)}"><span class="img_descr">{esc(b.text)}{cr}</span></div>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    editor = f'<p class="editor">（编辑：{a.editors[0]}）</p>' if a.editors else ""
    prev_a, next_a = seq(site, a)
    hot = "".join(
        f'<li><a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for b in others(site, a, 10, "oldhot", same=False)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}_体育_新浪网</title>
<meta name="keywords" content="{esc(x["ctx"]["home"])},中超" />
<meta name="description" content="{desc(a)}" />
<meta name="publishid" content="{zlib.crc32(a.path.encode()) % 10**8}" />
<meta name="comment" content="ty:6-12-{zlib.crc32(a.path.encode()) % 10**7}" />
<style type="text/css">{css(rng, "sinaold", 470)}</style>
<script type="text/javascript">{filler_js(rng, "sina-2012", 90)}</script>
</head>
<body>
<div id="wrap">
<div class="topNav">{"｜".join(f'<a href="{LISTS["sina"][0]}">{n}</a>' for n in SINA_NAV)}</div>
<div class="lo_links"><a href="/">新浪体育</a> &gt; <a href="{LISTS["sina"][0]}">中国足球</a> &gt; <a href="{LISTS["sina"][0]}">中超</a> &gt; 正文</div>
<div class="blkContainer"><div class="blkContainerPblk">
<div class="blkContainerSblk">
<h1 id="artibodyTitle">{esc(a.title)}</h1>
<div class="artInfo"><span id="art_source"><a href="/">{esc(x["source"])}</a></span>&nbsp;&nbsp;<span id="pub_date">{a.when:%Y年%m月%d日%H:%M}</span>&nbsp;&nbsp;<a href="#comment">我要评论</a></div>
<div class="blkContainerSblkCon" id="artibody">
{body}
<div style="clear:both;height:0;visibility:hidden;overflow:hidden;"></div>
</div>
{editor}
<div class="toolbar"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div>
<div class="prevnext"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
<div class="otherContent_01"><p>新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p></div>
</div></div>
<div class="blkContainerOther"><div class="blk_hot"><h2>新浪体育热门新闻排行</h2><ul>{hot}</ul></div></div>
</div>
<div id="footer">{SINA_FOOT}</div>
</div>
</body>
</html>
"""
    return _html(page, "gb2312", header=False)


# --- 2. 网易体育 163.com --------------------------------------------------------------------------

WY_NAV = [
    "网易首页",
    "新闻",
    "体育",
    "NBA",
    "CBA",
    "中超",
    "国际足球",
    "综合",
    "娱乐",
    "财经",
    "汽车",
    "科技",
    "手机",
    "时尚",
    "旅游",
    "房产",
    "游戏",
    "网易号",
    "网易新闻APP",
]
WY_FOOT = '<div class="N-nav-bottom"><a href="/about.html">About NetEase</a> - <a href="/about.html">公司简介</a> - <a href="/contact.html">联系方法</a> - <a href="/about.html">招聘信息</a> - <a href="/contact.html">客户服务</a> - <a href="/about.html">隐私政策</a> - <a href="/contact.html">广告服务</a> - <a href="/about.html">网站地图</a> - <a href="/about.html">意见反馈</a> - <a href="/contact.html">不良信息举报</a></div><p>网易公司版权所有 &copy;1997-2024</p>'


def wy_author(a: Art) -> str:
    x = a.x
    zz = {"report": a.authors, "other": a.authors, "old": a.authors}.get(x["style"], [])
    if x["style"] == "unit":
        return f"本文来源：{esc(x['source'])} 作者：网易体育综合"
    return f"本文来源：{esc(x['source'])}" + (f" 作者：{'、'.join(zz)}" if zz else "")


def wy(site: Site34, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return wy_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, ctx = a.x, a.x["ctx"]
    ed = a.editors[0]

    def img(b: Block) -> str:
        cap = f"<br/>{esc(b.text)}" if b.text else ""
        cr = f"<br/>{esc(b.credit)}" if b.credit else ""
        return f'<p class="f_center"><img src="{b.src}" alt="{esc(b.text)}"/>{cap}{cr}</p>'

    body = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img)
    score = ""
    if x["style"].startswith("report"):
        score = f'<div class="match_score"><div class="team home"><img src="/logo/{zlib.crc32(ctx["home"].encode()) % 999}.png"><span>{esc(ctx["home"])}</span></div><div class="score"><em>{ctx["s1"]}</em> - <em>{ctx["s2"]}</em><p>完场</p><p>中超 第{ctx["rnd"]}轮</p></div><div class="team away"><img src="/logo/{zlib.crc32(ctx["away"].encode()) % 999}.png"><span>{esc(ctx["away"])}</span></div><a href="{LIVE["wy"]}" class="live">图文直播</a> <a href="{DATA["standings"]}">积分榜</a></div>'
    rel = related(site, a)
    rel_html = (
        f'<div class="post_recommends"><div class="post_recommends_title"><h3>相关新闻</h3></div><ul>{lis(rel, "%Y-%m-%d %H:%M")}</ul></div>'
        if rel
        else ""
    )
    tie = "".join(
        f'<div class="tie-item"><div class="tie-user"><a href="javascript:;">网易{rng.choice(["广东", "北京", "上海", "山东", "四川"])}网友</a><span class="tie-time">{a.when:%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span></div><p class="tie-text">{esc(rng.choice(["这场赢得漂亮，后防线表现不错。", "裁判这个判罚太离谱了！", "主教练的换人值得商榷。", "球员们辛苦了，下一场继续加油。", "又是熟悉的剧本，下半场体能跟不上。"]))}</p><span class="tie-vote">顶[{rng.randint(10, 3000)}]</span></div>'
        for _ in range(rng.randint(3, 6))
    )
    cfg = {
        "docid": x["code"] + "00058780",
        "title": a.title,
        "channel": "0005",
        "source": x["source"],
        "ptime": f"{a.when:%Y-%m-%d %H:%M:%S}",
    }
    page = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="{a.when:%Y-%m-%d %H:%M:%S}" data-category="体育">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}|{esc(ctx["home"])}|中超_网易体育</title>
<meta name="keywords" content="{esc(ctx["home"])},{esc(ctx["away"])},中超,网易体育"/>
<meta name="description" content="{desc(a)}"/>
<meta name="author" content="网易"/>
<meta name="Copyright" content="网易版权所有"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="{esc(a.title)}"/>
<meta property="og:release_date" content="{a.when:%Y-%m-%d %H:%M:%S}"/>
<meta property="article:published_time" content="{a.when:%Y-%m-%dT%H:%M:%S+08:00}"/>
<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/post_nodejs/static/css/main.css"/>
<style>{css(rng, "post", 430)}</style>
<script>{filler_js(rng, "ne-post", 95)}</script>
<script>var config = {json.dumps(cfg, ensure_ascii=False)};</script>
</head>
<body>
<div class="N-nav-top"><div class="N-nav-top-main">{menu(WY_NAV, LISTS["wy"][0])}<a class="N-nav-login" href="javascript:;">登录</a></div></div>
<div class="N-nav-channel"><a href="/" class="ntes-logo">网易体育</a><a href="{LISTS["wy"][0]}">首页</a><a href="{LISTS["wy"][0]}">中超</a><a href="{LISTS["wy"][0]}">国际足球</a><a href="{DATA["standings"]}">数据</a><a href="{LIVE["wy"]}">直播</a></div>
<div class="post_wrap">
<div class="post_main">
<div class="post_crumb"><a href="/">网易首页</a> &gt; <a href="{LISTS["wy"][0]}">体育频道</a> &gt; <a href="{LISTS["wy"][0]}">中超</a> &gt; 正文</div>
<h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">{a.when:%Y-%m-%d %H:%M:%S}　来源: <a href="/" target="_blank">{esc(x["source"])}</a><br/><a class="post_info_report" href="javascript:;">举报</a></div>
<div class="post_top_tie"><a href="#tie" class="post_top_tie_count">跟贴<em>{rng.randint(10, 8000)}</em></a><a href="#tie">参与<em>{rng.randint(1000, 90000)}</em></a></div>
{score}
<div class="post_content" id="content">
<div class="post_body">
{body}
</div>
<div class="post_author"><a href="/"><img src="https://static.ws.126.net/cnews/css13/img/end_sports.png" alt="{ed}" width="13" height="12" class="icon"/></a> {wy_author(a)}<br/>责任编辑：{ed}_NS{x["ns"]}</div>
</div>
<div class="post_statement">特别声明：本文为网易体育原创或转载内容，转载请注明出处。</div>
<div class="post_download"><p>下载网易新闻客户端，看中超直播，聊你关心的比赛</p><img src="/images/app_qr.png"></div>
{rel_html}
<div class="post_comment" id="tie"><div class="tie-titlebar"><h3>热门跟贴</h3><span>跟贴 {rng.randint(10, 8000)} 条</span></div>{tie}<div class="tie-input"><textarea placeholder="文明上网，登录发贴"></textarea><a href="javascript:;">马上发贴</a></div></div>
<div class="post_recommend_art"><h3>热门推荐</h3><ul>{lis(others(site, a, 8, "rec", same=False), "%m-%d")}</ul></div>
</div>
<div class="post_side">
<div class="post_side_mod"><h3>热点新闻</h3><ul>{lis(others(site, a, 8, "hot"), "", 20)}</ul></div>
<div class="post_side_mod"><h3>网易体育排行榜</h3><div class="tab"><span>24小时点击</span><span>跟贴</span></div><ol>{rank(others(site, a, 10, "rank", same=False))}</ol></div>
<div class="post_side_mod"><h3>精彩视频</h3><ul>{videos(site, a)}</ul></div>
</div>
</div>
<div class="N-footer">{WY_FOOT}</div>
<script>{stats_js("163.com")}</script>
</body>
</html>
"""
    return _html(page)


def wy_old(site: Site34, a: Art) -> tuple[bytes, str]:
    """The 2014/2016 pages: ``#epContentLeft``, ``.ep-time-soure``, ``#endText``, in GBK."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    ed = a.editors[0]

    def img(b: Block) -> str:
        cap = (
            f'<p class="f_center">{esc(b.text)}{("　" + esc(b.credit)) if b.credit else ""}</p>'
            if b.text
            else ""
        )
        return f'<p class="f_center"><img alt="{esc(b.text)}" src="{b.src}" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    prev_a, next_a = seq(site, a)
    page = f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}_网易体育</title>
<meta name="keywords" content="{esc(x["ctx"]["home"])},中超"/>
<meta name="description" content="{desc(a)}"/>
<style>{css(rng, "ep", 460)}</style>
<script>{filler_js(rng, "ne-2014", 90)}</script>
</head>
<body>
<div class="N-nav-top">{menu(WY_NAV, LISTS["wy"][0])}</div>
<div class="ep-header"><a href="/" class="ep-logo">网易体育</a><div class="ep-crumb"><a href="/">网易</a> &gt; <a href="{LISTS["wy"][0]}">网易体育</a> &gt; <a href="{LISTS["wy"][0]}">中超</a> &gt; 正文</div></div>
<div class="ep-content">
<div class="ep-content-main" id="epContentLeft">
<h1 id="h1title" class="ep-h1">{esc(a.title)}</h1>
<div class="ep-time-soure cDGray">{a.when:%Y-%m-%d %H:%M:%S}　来源: <a id="ne_article_source_url" href="/">{esc(x["source"])}</a> <a class="cDRed" href="#">有态度</a>({rng.randint(10, 9000)}人参与)</div>
<div class="end-text" id="endText">
{body}
<div class="ep-source cDGray"><span class="left"><a href="/"><img src="http://img1.cache.netease.com/cnews/css13/img/end_sports.png" alt="{ed}" width="13" height="12" class="icon" /></a> {wy_author(a)}</span><span class="ep-editor">责任编辑：{ed}_NS{x["ns"]}</span></div>
</div>
<div class="ep-prev-next"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
<div class="ep-tie"><h3>热门跟贴</h3><p class="tie-text">网易{rng.choice(["广东", "北京"])}网友：这比分谁想得到？</p><p class="tie-text">网易手机用户：期待下一场。</p></div>
</div>
<div class="ep-content-side"><div class="ep-side-mod"><h3>体育排行</h3><ol>{rank(others(site, a, 10, "oldrank", same=False))}</ol></div></div>
</div>
<div class="N-footer">{WY_FOOT}</div>
</body>
</html>
"""
    return _html(page, "gbk")


# --- 3. 懂球帝 dongqiudi.com / 虎扑 voice.hupu.com ---------------------------------------------------

DQD_NAV = ["首页", "新闻", "数据", "懂球号", "视频", "专题", "商城", "下载APP"]
COMMENTS = [
    "这操作我是真没看懂，管理层在想什么",
    "冲冲冲！今年必须拿冠军",
    "数据不会骗人，这赛季确实踢得好",
    "说实话，换我我也续约",
    "又是标题党，点进来啥也没有",
    "中场还是太薄弱了，夏窗得补人",
    "老球迷表示很欣慰",
    "有一说一，主帅这次排兵布阵没问题",
]


def dqd(site: Site34, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return hupu(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]

    def img(b: Block) -> str:
        cap = (
            f'<p style="text-align:center;"><span style="color:#999;">{esc(b.text)}{("（" + esc(b.credit) + "）") if b.credit else ""}</span></p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" data-width="640" data-height="427" orig-src="{b.src}"></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    if style == "user_ed":
        body += f"\n<p>（编辑：{esc(x['ed'])}）</p>"
    if style == "outlet":
        name = '<span class="name">懂球帝</span>'
    else:
        name = f'<a href="/user/{uid(x["user"])}" class="name" target="_blank">{esc(x["user"])}</a>'
    rel = related(site, a)
    rel_html = (
        f'<div class="related-news"><p class="title">相关阅读</p><ul>{lis(rel, "%m-%d")}</ul></div>'
        if rel
        else ""
    )
    hot = "".join(
        f'<div class="comment-item"><img class="avatar" src="/avatar/{rng.randint(1000, 9999)}.png"><div class="info"><a class="user-name" href="javascript:;">{esc(h)}</a><p class="comment-text">{esc(c)}</p><div class="bottom"><span class="time">{a.when:%m-%d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span><span class="up">{rng.randint(5, 2400)}赞</span></div></div></div>'
        for h, c in zip(rng.sample(HANDLES, 4), rng.sample(COMMENTS, 4), strict=True)
    )
    nuxt = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": int(a.path.split("/")[-1].split(".")[0]),
                    "title": a.title,
                    "writer": "懂球帝" if style == "outlet" else x["user"],
                    "display_time": f"{a.when:%Y-%m-%d %H:%M:%S}",
                    "up_count": x["likes"],
                    "comments_total": rng.randint(20, 3000),
                    "channel": "头条",
                }
            }
        ],
        "serverRendered": True,
    }
    preload = "".join(
        f'<link rel="preload" href="/_nuxt/{rng.getrandbits(40):010x}.js" as="script">'
        for _ in range(8)
    )
    page = f"""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}_懂球帝</title>
<meta data-n-head="ssr" data-hid="keywords" name="keywords" content="懂球帝,足球,{esc(x["ctx"]["euro"])}">
<meta data-n-head="ssr" data-hid="description" name="description" content="{desc(a)}">
{preload}
<style data-vue-ssr-id="{rng.getrandbits(32):08x}">{css(rng, "dqd", 430)}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="container">
<header class="header"><div class="header-con"><a href="/" class="logo"><img src="/images/dqd_logo.png" alt="懂球帝"></a><nav>{menu(DQD_NAV, LISTS["dqd"][0])}</nav><a class="search" href="{SEARCH}">搜索</a></div></header>
<div class="news-detail"><div class="detail-left"><div class="news-left">
<h1 class="news-title">{esc(a.title)}</h1>
<p class="tips-new">{name}<span class="time">{a.when:%Y-%m-%d %H:%M}</span></p>
<div class="con"><div style="display:none;"><img src="/images/share_logo.png"></div>
{body}
</div>
<div class="news-footer"><div class="like"><i class="icon-like"></i><span>赞</span><span class="count">{x["likes"]}</span></div><a href="javascript:;" class="report">举报</a></div>
<div class="download-app"><img src="/images/dqd_qr.png"><p>打开懂球帝APP，查看更多精彩内容</p></div>
{rel_html}
<div class="comment-hot"><p class="title">热门评论</p>{hot}<a class="more" href="javascript:;">打开APP查看全部评论</a></div>
</div></div>
<div class="detail-right">
<div class="hot-news"><p class="title">热门新闻</p><ol>{rank(others(site, a, 10, "hot", same=False))}</ol></div>
<div class="hot-news"><p class="title">24小时热榜</p><ul>{lis(others(site, a, 6, "24h"), "", 20)}</ul></div>
<div class="data-entry"><p class="title">数据</p><a href="{DATA["table"]}">中超积分榜</a><a href="{DATA["schedule"]}">中超赛程</a><a href="{ZT}">欧洲杯专题</a></div>
</div></div>
<footer class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">加入我们</a> | <a href="/about.html">用户协议</a></p><p>Copyright &copy; 2024 懂球帝 All Rights Reserved. 京ICP备14022181号-1</p></footer>
</div></div></div>
<script>window.__NUXT__={json.dumps(nuxt, ensure_ascii=False)};</script>
<script>{filler_js(rng, "nuxt-app", 95)}</script>
</body>
</html>
"""
    return _html(page)


HUPU_NAV = [
    "虎扑首页",
    "NBA",
    "CBA",
    "国际足球",
    "中国足球",
    "步行街",
    "电竞",
    "装备",
    "虎扑识货",
    "虎扑APP",
]


def hupu(site: Site34, a: Art) -> tuple[bytes, str]:
    """虎扑 voice (2019): ``h1.headline``, ``#pubtime_baidu`` with seconds, 来源 a foreign outlet,
    （编辑：handle） under the story."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f'<p style="text-align:center">{esc(b.text)}</p>' if b.text else ""
        return (
            f'<div class="artical-importantPic"><img src="{b.src}" alt="{esc(b.text)}"></div>{cap}'
        )

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="voice-related"><h2>相关新闻</h2><ul>{lis(rel, "%m-%d")}</ul></div>'
        if rel
        else ""
    )
    bbs = "".join(
        f'<li><a href="{SEARCH}">{esc(t)}</a><span>{rng.randint(50, 3000)}亮</span></li>'
        for t in [
            "【步行街】今天的比赛大家怎么看",
            "【专区】本轮最佳阵容投票",
            "【讨论】夏窗最该引进谁",
            "【装备】新赛季球衣实物图",
        ]
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{esc(a.title)} - 虎扑足球新闻</title>
<meta name="keywords" content="{esc(x["ctx"]["euro"])},虎扑足球">
<meta name="description" content="{desc(a)}">
<link rel="stylesheet" href="//b3.hoopchina.com.cn/common/common-v1.css">
<style>{css(rng, "hp", 450)}</style>
<script>{filler_js(rng, "hupu-voice", 95)}</script>
</head>
<body>
<div class="hp-topbarNav"><div class="hp-topbarNav-bd">{menu(HUPU_NAV, LISTS["dqd"][0])}<a href="javascript:;">登录</a> <a href="javascript:;">注册</a></div></div>
<div class="hp-header"><a href="/" class="hp-logo">虎扑足球</a></div>
<div class="hp-wrap voice-main">
<div class="voice-crumbs"><a href="/">虎扑足球</a> &gt; <a href="{LISTS["dqd"][0]}">新闻</a> &gt; 正文</div>
<div class="artical-title"><h1 class="headline">{esc(a.title)}</h1>
<div class="artical-info"><span class="time"><a href="javascript:void(0);" id="pubtime_baidu">{a.when:%Y-%m-%d %H:%M:%S}</a></span><span class="comeFrom">来源：<a href="javascript:;" rel="nofollow">{esc(x["ctx"]["outlet"].strip("《》"))}</a></span></div></div>
<div class="artical-content"><div class="artical-content-read"><div class="artical-main-content">
{body}
</div>
<span id="editor_baidu">（编辑：{esc(x["ed"])}）</span>
</div></div>
<div class="voice-share"><span>分享到：</span><a href="javascript:;">微博</a><a href="javascript:;">微信</a><a href="javascript:;">QQ空间</a></div>
<div class="voice-lights"><span class="light">点亮 {x["likes"]}</span></div>
{rel_html}
<div class="voice-comment"><h2>这些回复亮了</h2><div class="reply"><a href="javascript:;">{esc(rng.choice(HANDLES))}</a><p>{esc(rng.choice(COMMENTS))}</p><span>亮了({rng.randint(10, 900)})</span></div><div class="reply"><a href="javascript:;">{esc(rng.choice(HANDLES))}</a><p>{esc(rng.choice(COMMENTS))}</p><span>亮了({rng.randint(10, 900)})</span></div></div>
<div class="voice-side"><div class="side-mod"><h3>热门新闻</h3><ol>{rank(others(site, a, 10, "hp", same=False))}</ol></div>
<div class="side-mod"><h3>步行街热帖</h3><ul>{bbs}</ul></div>
<div class="side-mod"><h3>热门话题</h3><ul>{topics(HOT_TOPICS[:4])}</ul></div></div>
</div>
<div class="hp-footer"><p><a href="/about.html">关于虎扑</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">加入虎扑</a></p><p>Copyright &copy; 2004-2019 虎扑 hupu.com 沪ICP备05047867号</p></div>
<script>{stats_js("voice.hupu.com")}</script>
</body>
</html>
"""
    return _html(page)


# --- 4. 搜狐娱乐 sohu.com ------------------------------------------------------------------------

SOHU_NAV = [
    "搜狐首页",
    "新闻",
    "体育",
    "汽车",
    "房产",
    "旅游",
    "教育",
    "时尚",
    "科技",
    "财经",
    "娱乐",
    "母婴",
    "健康",
    "历史",
    "军事",
    "美食",
    "文化",
    "星座",
    "视频",
]
SOHU_FOOT = '<p><a href="/about.html">设置首页</a> - <a href="/about.html">搜狗输入法</a> - <a href="/contact.html">支付中心</a> - <a href="/about.html">搜狐招聘</a> - <a href="/contact.html">广告服务</a> - <a href="/contact.html">联系方式</a> - <a href="/about.html">About SOHU</a> - <a href="/about.html">公司介绍</a></p><p>Copyright &copy; 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</p>'


def sohu_top(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "wentu": f"<p>文/{nm[0]} 图/{nm[1]}</p>",
        "intern": f"<p>文/实习生 {nm[2]} 记者 {nm[0]}</p>",
    }.get(style, "")


def sohu(site: Site34, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return sohu_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]

    def img(b: Block) -> str:
        cr = f"<br/>{esc(b.credit)}" if b.credit else ""
        cap = (
            f'<p style="text-align: center;"><span style="font-size: 14px; color: #999;">{esc(b.text)}{cr}</span></p>'
            if b.text
            else ""
        )
        return f'<p style="text-align: center;"><img src="{b.src}" max-width="600" /></p>{cap}'

    body = body_html(
        a,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<p><span style="font-weight: bold;">{esc(t)}</span></p>',
        img,
    )
    tail = ""
    if style == "zutu":
        tail += f"<p>来源：{esc(x['source'])}</p>"
    if style in ("wentu", "zutu"):
        tail += f"<p>编辑：{nm[4]}</p>"
    resp = "" if x["empty"] else nm[5]
    rel = related(site, a)
    rel_html = (
        f'<div class="bottom-relate-wrap"><div class="title"><h3>相关新闻</h3></div><ul>{lis(rel, "%m-%d %H:%M")}</ul></div>'
        if rel
        else ""
    )
    hot24 = "".join(
        f'<div class="feed-item"><a href="{b.path}" target="_blank"><img src="{next((c.src for c in b.blocks if c.kind == "img"), "/images/sohu_default.jpg")}"><h4>{esc(b.title)}</h4></a><span class="name">搜狐娱乐</span><span class="time">{b.when:%m-%d %H:%M}</span></div>'
        for b in others(site, a, 8, "feed", same=False)
    )
    conf = {
        "title": a.title,
        "publicTime": int(a.when.timestamp() * 1000),
        "authorName": "搜狐娱乐",
        "channelId": 8,
        "cmsId": a.path.split("/")[-1],
    }
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_{esc(x["ctx"]["star"])}_造型_网友</title>
<meta name="keywords" content="{esc(x["ctx"]["star"])},{esc(x["ctx"]["drama"])},娱乐">
<meta name="description" content="{desc(a)}">
<meta property="og:type" content="news"/>
<meta property="og:title" content="{esc(a.title)}"/>
<meta property="og:description" content="{desc(a)}"/>
<meta property="og:url" content="{site.base}{a.path}"/>
<meta property="og:release_date" content="{a.when:%Y-%m-%d %H:%M}"/>
<meta name="mediaid" content="搜狐娱乐"/>
<meta property="bytedance:published_time" content="{a.when:%Y-%m-%dT%H:%M:00+08:00}"/>
<link rel="stylesheet" href="//statics.itc.cn/mptc-pc/css/article.css">
<style>{css(rng, "sohu", 430)}</style>
<script>{filler_js(rng, "mp-article", 95)}</script>
<script>window.article = {json.dumps(conf, ensure_ascii=False)};</script>
</head>
<body>
<div class="head-container"><div class="head-nav">{menu(SOHU_NAV, LISTS["sohu"][0])}<a class="login" href="javascript:;">登录</a></div></div>
<div class="location-without-nav"><a href="/">搜狐</a> &gt; <a href="{LISTS["sohu"][0]}">娱乐</a> &gt; <a href="{LISTS["sohu"][0]}">明星</a> &gt; 正文</div>
<div class="article-page clear">
<div class="left main">
<div class="text">
<div class="text-title"><h1>{esc(a.title)}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="{conf["publicTime"]}">{a.when:%Y-%m-%d %H:%M}</span><div class="area"><span>发布于：北京市</span></div></div></div>
<article class="article" id="mp-editor">
<!-- 政务处理 -->
{sohu_top(a)}
{body}
{tail}
<p><a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>
<!-- 政务账号添加来源标示处 -->
<!-- 政务账号添加来源标示处 -->
<p data-role="editor-name">责任编辑：<span>{resp}</span></p>
</article>
<div id="articleTransfer"></div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap-info"><span class="read-num">阅读 ({rng.randint(1000, 99999)})</span><span class="like">点赞 {rng.randint(3, 900)}</span></div>
</div>
{rel_html}
<div class="comment" id="comment_area"><h3>我来说两句</h3><textarea placeholder="来说两句吧..."></textarea><p>0人参与，0条评论</p></div>
<div class="god-article"><h3>大家都在看</h3>{hot24}</div>
</div>
<div class="sidebar right">
<div class="user-info" id="user-info"><div class="user-pic"><img src="//p6.itc.cn/q_70/images03/sohu_yule.png"></div><h4><a href="{LISTS["sohu"][0]}">搜狐娱乐</a></h4><dl class="user-num"><dd><span class="value">{rng.randint(10000, 99999)}</span>文章</dd><dd><span class="value">{rng.randint(100, 999)}万</span>总阅读</dd></dl><a class="follow" href="javascript:;">+ 关注</a></div>
<div class="hot-article"><h3>24小时热文</h3><ol>{rank(others(site, a, 10, "24h", same=False))}</ol></div>
<div class="hot-article"><h3>搜狐娱乐热点</h3><ul>{lis(others(site, a, 6, "yl"), "", 20)}</ul><p><a href="{GALLERY["sohu"]}">组图：明星街拍合集</a></p></div>
</div>
</div>
<div class="footer">{SOHU_FOOT}</div>
<script>{stats_js("sohu.com")}</script>
</body>
</html>
"""
    return _html(page)


def sohu_old(site: Site34, a: Art) -> tuple[bytes, str]:
    """The 2013 pages (yule.sohu.com ``/20131105/n389123456.shtml``), GBK, schema.org itemprops."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f"　{esc(b.credit)}" if b.credit else ""
        cap = (
            f'<p align="center"><span class="text-pic">{esc(b.text)}{cr}</span></p>'
            if b.text
            else ""
        )
        return f'<p align="center"><img alt="{esc(b.text)}" src="{b.src}" border="0" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    author = (
        f'<span class="sp2" id="author_baidu">作者：<span>{a.authors[0]}</span></span>'
        if a.authors
        else ""
    )
    prev_a, next_a = seq(site, a)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=GBK" />
<title>{esc(a.title)}-搜狐娱乐</title>
<meta name="keywords" content="{esc(x["ctx"]["star"])}" />
<meta name="description" content="{desc(a)}" />
<style type="text/css">{css(rng, "sohuold", 460)}</style>
<script type="text/javascript">{filler_js(rng, "sohu-2013", 90)}</script>
</head>
<body>
<div class="top-nav">{" | ".join(f'<a href="{LISTS["sohu"][0]}">{n}</a>' for n in SOHU_NAV)}</div>
<div class="area"><div class="location">您所在的位置：<a href="/">搜狐娱乐</a> &gt; <a href="{LISTS["sohu"][0]}">明星</a> &gt; <a href="{LISTS["sohu"][0]}">内地</a></div></div>
<div class="content-wrapper" itemscope itemtype="http://schema.org/NewsArticle">
<div class="content-box clear">
<h1 itemprop="headline">{esc(a.title)}</h1>
<div class="time-fun clear"><div class="time" id="pubtime_baidu" itemprop="datePublished" content="{a.when:%Y-%m-%dT%H:%M:00+08:00}">{a.when:%Y年%m月%d日%H:%M}</div><div class="source"><span class="sp1" itemprop="publisher" itemscope itemtype="http://schema.org/Organization">来源：<span id="media_span" itemprop="name">{esc(x["source"])}</span></span>{author}</div><div class="fun"><a href="#comment_area">我来说两句</a></div></div>
<div itemprop="articleBody" id="contentText"><div class="text clear">
{body}
</div></div>
<div class="editShare clear"><div class="editUsr">(责任编辑：{a.editors[0]})</div><div class="share">分享到：<a href="javascript:;">新浪微博</a> <a href="javascript:;">QQ空间</a></div></div>
<div class="prev-next"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
</div>
<div class="right"><div class="box"><h3>娱乐排行榜</h3><ol>{rank(others(site, a, 10, "oldrank", same=False))}</ol></div></div>
</div>
<div class="footer">{SOHU_FOOT}</div>
</body>
</html>
"""
    return _html(page, "gbk")


# --- 5. 央视体育 sports.cctv.com / 体坛网 titan24.com ------------------------------------------------

CCTV_NAV = [
    "首页",
    "新闻",
    "体育",
    "足球",
    "篮球",
    "综合",
    "NBA",
    "CBA",
    "中超",
    "欧冠",
    "乒乓球",
    "排球",
    "冬季运动",
    "赛事直播",
    "体育赛事",
    "央视频",
]


def cctv_top(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "titan": f"<p>　　体坛周报记者 {nm[0]} 特约记者 {nm[1]}</p>",
        "tepai": f"<p>　　体坛周报特派记者 {nm[0]} 发自{a.x['city']}</p>",
        "old": f"<p>　　体坛周报记者 {nm[0]} 特约记者 {nm[1]}</p>",
    }.get(style, "")


def cctv(site: Site34, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return titan(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    aid = a.path.rsplit("/", 1)[-1][:24]

    def img(b: Block) -> str:
        cr = f'<p style="text-align: center;">{esc(b.credit)}</p>' if b.credit else ""
        cap = f'<p style="text-align: center;">{esc(b.text)}</p>' if b.text else ""
        return (
            f'<p style="text-align: center;"><img src="{b.src}" width="500" alt=""/></p>{cap}{cr}'
        )

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xglj"><div class="tit"><h2>相关报道</h2></div><ul>{lis(rel, "%Y-%m-%d")}</ul></div>'
        if rel
        else ""
    )
    prev_a, next_a = seq(site, a)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_体育频道_央视网(cctv.com)</title>
<meta name="keywords" content="{esc(x["ctx"]["home"])} {esc(x["ctx"]["cba"])}" />
<meta name="description" content="{desc(a)}" />
<meta name="spm-id" content="C73465" />
<meta name="filetype" content="1" /><meta name="publishedtype" content="1" /><meta name="pagetype" content="1" />
<meta name="catalogs" content="PAGE{zlib.crc32(b"football") % 10**9}" />
<meta name="contentid" content="{aid}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<link type="text/css" rel="stylesheet" href="//r.img.cctvpic.com/photoAlbum/templet/common/DEPA1459237512624779/style.css" />
<style>{css(rng, "cctv", 430)}</style>
<script>{filler_js(rng, "cntv-common", 95)}</script>
<script type="text/javascript">var commentTitle = "{esc(a.title)}"; var itemid1 = "{aid}"; var column_id = "TOPC1451528792881575"; var sub_column_id = "PAGE{zlib.crc32(b"football") % 10**9}"; var domainname = "https://sports.cctv.com"; var publishDate = "{a.when:%Y%m%d%H%M%S}"; var pic = "";</script>
</head>
<body>
<div class="nav_top"><div class="nav_w">{menu(CCTV_NAV, LISTS["cctv"][0])}</div></div>
<div class="header_sports"><a href="/" class="logo"><img src="//p1.img.cctvpic.com/photoAlbum/templet/common/logo_sports.png" alt="央视网体育"></a></div>
<div class="nav_daohang"><a href="/">央视网</a> &gt; <a href="{LISTS["cctv"][0]}">体育</a> &gt; <a href="{LISTS["cctv"][0]}">足球</a> &gt; 正文</div>
<div class="column_wrapper"><div class="col_w660">
<div class="title_area"><h1>{esc(a.title)}</h1><div class="info1">来源：{esc(x["source"])} | {a.when:%Y年%m月%d日 %H:%M}</div><div class="info"><span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span><span class="share">分享到：<a href="javascript:;">微博</a> <a href="javascript:;">微信</a></span></div></div>
<div class="content_area" id="content_area">
{cctv_top(a)}
{body}
</div>
<div class="zebian"><p><span>编辑：{a.editors[0]}</span>　<span>责任编辑：{a.editors[1]}</span></p></div>
<div class="jiucuo">如果你发现文章中有错误，请<a href="/contact.html">点此纠错</a></div>
<div class="updown"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
{rel_html}
<div class="rdtj"><div class="tit"><h2>热点推荐</h2></div><ul>{pics(others(site, a, 6, "rdtj", same=False), "/photoworkspace")}</ul></div>
</div>
<div class="col_w300">
<div class="side"><div class="tit"><h2>排行榜</h2></div><ol>{rank(others(site, a, 10, "rank"))}</ol></div>
<div class="side"><div class="tit"><h2>精彩视频</h2></div><ul>{videos(site, a)}</ul></div>
<div class="side"><div class="tit"><h2>赛事专题</h2></div><ul><li><a href="{ZT}">2024欧洲杯</a></li><li><a href="{DATA["schedule"]}">中超赛程</a></li><li><a href="{DATA["table"]}">中超积分榜</a></li></ul></div>
</div></div>
<div class="footer_cctv"><p><a href="/about.html">网站简介</a> | <a href="/contact.html">广告服务</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">招聘信息</a> | <a href="/about.html">网站地图</a></p><p>央视网 版权所有　京ICP证060535号　京公网安备11000002000001号　网上传播视听节目许可证（0102004）</p></div>
<script>{stats_js("sports.cctv.com")}</script>
</body>
</html>
"""
    return _html(page)


def titan(site: Site34, a: Art) -> tuple[bytes, str]:
    """体坛网 (2013): day-only date "2013-11-05", byline line in the story, （责编：X）, GBK."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cr = f"（{esc(b.credit)}）" if b.credit else ""
        cap = f'<p align="center">{esc(b.text)}{cr}</p>' if b.text else ""
        return f'<p align="center"><img src="{b.src}" border="0"></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    prev_a, next_a = seq(site, a)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(a.title)}_体坛网</title>
<meta name="keywords" content="体坛周报,{esc(x["ctx"]["euro"])}">
<style type="text/css">{css(rng, "titan", 470)}</style>
<script language="javascript">{filler_js(rng, "titan24", 90)}</script>
</head>
<body>
<div class="top"><a href="/">体坛网首页</a> | <a href="{LISTS["cctv"][0]}">国际足球</a> | <a href="{LISTS["cctv"][0]}">中国足球</a> | <a href="{LISTS["cctv"][0]}">篮球</a> | <a href="{LISTS["cctv"][0]}">综合</a> | <a href="{ZT}">专题</a> | <a href="/about.html">体坛周报电子版</a></div>
<div class="position">您的位置：<a href="/">体坛网</a> &gt; <a href="{LISTS["cctv"][0]}">国际足球</a> &gt; 正文</div>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td width="640" valign="top" class="art_l">
<h1 class="art_title">{esc(a.title)}</h1>
<div class="art_info">{a.when:%Y-%m-%d}　来源：{esc(x["source"])}　<a href="#comment">评论</a></div>
<div class="art_content" id="art_content">
{cctv_top(a)}
{body}
</div>
<div class="art_editor">（责编：{a.editors[0]}）</div>
<div class="art_page"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
<div class="art_copy">凡注明“来源：体坛周报”的稿件，版权均属体坛传媒集团所有，未经书面授权不得转载。</div>
</td><td width="20"></td><td width="300" valign="top"><div class="side"><h3>体坛排行</h3><ol>{rank(others(site, a, 10, "titanrank", same=False))}</ol></div><div class="side"><h3>热门专题</h3><ul><li><a href="{ZT}">欧洲杯</a></li></ul></div></td></tr></table>
<div class="foot">体坛传媒集团 版权所有 Copyright &copy; 2001-2013 titan24.com 湘ICP备05001234号</div>
</body>
</html>
"""
    return _html(page, "gbk")


RENDER = {"sina": sina, "wy": wy, "dqd": dqd, "sohu": sohu, "cctv": cctv}


def register(site: Site34) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
