"""Site 65's article pages: a 新浪体育-style page (UTF-8; 2019 pages in GB2312), a 腾讯体育-style
SPA share page (``window.DATA`` and the story's paragraphs in a script, a server-rendered copy), a
虎扑-style news page (来源/作者 line, 编辑 at the foot, 热门评论), a 直播吧-style news page
(直播吧5月8日讯 leads, 来源：X) and an 娱乐 channel page (文/X 图/Y lines, captions with 图/P
credits; 2019 pages in GBK named in the meta only)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site65

SOURCES = ["懂球帝", "新浪体育", "ESPN", "The Athletic", "马卡报", "天空体育", "北京青年报"]
USERS = [
    "紫金之巅",
    "湖人总冠军",
    "篮球老炮",
    "JRs小明",
    "步行街主干道",
    "勇士不死",
    "绿军信仰",
    "雷霆万钧",
]
COMMENTS = [
    "这场真的打得太好了，防守强度拉满",
    "主教练的轮换还是有问题，第四节差点被翻盘",
    "下一场客场才是真正的考验",
    "这个交易要是成了，联盟格局就变了",
    "老将还是稳，关键球就得给他",
    "裁判这场吹得有点离谱",
]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span class="time">{a.when:{fmt}}</span></li>'


def rank(site: Site65, a: Art, key: str, k: int = 10) -> str:
    """A most-read or hot box: stories of the whole site picked per page, not related."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if b is not a]
    return "".join(
        f'<li><em class="num n{n}">{n}</em><a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, k), 1)
    )


def feed(site: Site65, a: Art, key: str, k: int = 8) -> str:
    """A recommended feed (热门推荐 / 猜你喜欢): other stories with a thumbnail and a summary."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if b is not a]
    return "".join(
        f'<div class="feed-item"><a href="{b.path}" target="_blank"><img src="/img/thumb/{rng.getrandbits(40):010x}.jpg" alt=""><h3>{esc(b.title)}</h3></a><p class="feed-summary">{esc(trunc(b.paras[0], 40))}</p><span class="feed-time">{b.when:%m-%d %H:%M}</span></div>'
        for b in rng.sample(pool, k)
    )


def rel_list(site: Site65, a: Art, fmt: str = "%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 330, n_js: int = 48) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s65' + tpl)}</script>"


NAV = [
    ("/", "首页"),
    ("/nba/", "NBA"),
    ("/cba/", "CBA"),
    ("/zuqiu/", "足球"),
    ("/ent/", "娱乐"),
    ("/zhibo/", "直播"),
    ("/score/", "比分"),
    ("/photo/", "图集"),
    ("/video/", "视频"),
    ("/zt/2024playoffs/", "季后赛专题"),
    ("/team/lakers/", "湖人"),
    ("/team/warriors/", "勇士"),
]


def nav(cls: str = "nav") -> str:
    return (
        f'<ul class="{cls}">' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in NAV) + "</ul>"
    )


def footer(year: int) -> str:
    return (
        '<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/jobs.html">招聘信息</a> | <a href="/search/?q=nba">站内搜索</a> | <a href="/tag/jihousai/">季后赛</a></p>'
        f"<p>Copyright &copy; 1996-{year} 体坛资讯网 All Rights Reserved　违法和不良信息举报电话：010-00000000</p>"
        "<p>京ICP证000000号　京公网安备00000000000000号　互联网新闻信息服务许可证</p></div>"
    )


def img_html(b: Block, wrap: str = "div", cls: str = "img_descr") -> str:
    cap = esc(b.text) + esc(b.credit)
    capt = f'<span class="{cls}">{cap}</span>' if cap else ""
    return f'<{wrap} class="img_wrapper"><img src="{b.src}" alt="{esc(b.text)}">{capt}</{wrap}>'


def paras(blocks: list[Block], indent: str = "", pic: str = "div", cls: str = "img_descr") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{indent}{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(img_html(b, pic, cls))
    return "\n".join(out)


def iso(a: Art) -> str:
    return a.when.isoformat()


# --- 1. 新浪体育 ------------------------------------------------------------------------------
def xl_page(site: Site65, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    wen = f"<p>　　文/{esc(nm[0])}</p>\n" if style == "wen" else ""
    body = wen + paras(a.blocks, "　　")
    ed = f'<p class="show_author">责任编辑：{esc(a.editors[0])}</p>' if a.editors else ""
    rel = rel_list(site, a)
    date = f"{a.when:%Y年%m月%d日 %H:%M}"
    kw = a.x["ctx"]["player"]
    if old:
        relbox = (
            f'<div class="blkContainerOther"><h3>相关新闻</h3><ul class="list_009">{rel}</ul></div>'
            if rel
            else ""
        )
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}_新浪体育_新浪网</title>
<meta name="keywords" content="{esc(kw)},{esc(a.title)}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
<meta name="publishid" content="{a.x["id"]}" />
{head_common(rng, "sina19")}
</head><body>
<div id="wrap"><div class="top-nav">{nav("topNav")}</div>
<div class="blkBreadcrumb"><a href="/">新浪体育</a> &gt; <a href="/nba/">NBA</a> &gt; 正文</div>
<div class="blkContainer"><div class="blkContainerPblk">
<h1 id="artibodyTitle">{esc(a.title)}</h1>
<div class="artInfo"><span id="pub_date">{date}</span>　<span id="media_name"><a href="/">新浪体育</a></span>　<a href="#comment">我有话说</a></div>
<div class="blkContainerSblkCon" id="artibody">
{body}
</div>
{ed}
<div class="blkComment" id="comment"><a href="/comment/">已有<span>{rng.randint(10, 3000)}</span>条评论</a></div>
{relbox}
</div>
<div class="sidebar"><div class="side-box"><h3>新浪体育排行</h3><ol>{rank(site, a, "r1")}</ol></div>
<div class="side-box"><h3>图片</h3><ul>{rank(site, a, "r2", 6)}</ul></div></div>
</div>{footer(2019)}</div></body></html>"""
        return served(page, "gb2312")
    relbox = (
        f'<div class="blk-related"><h2 class="related-title">相关新闻</h2><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{esc(a.title)}|{esc(kw)}_新浪体育_新浪网</title>
<meta name="keywords" content="{esc(kw)},NBA,季后赛">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
<meta property="og:type" content="news">
<meta property="og:title" content="{esc(a.title)}">
<meta property="article:author" content="新浪体育">
<meta property="article:published_time" content="{iso(a)}">
<meta name="weibo: article:create_at" content="{a.when:%Y-%m-%d %H:%M:%S}">
{head_common(rng, "sina")}
</head><body>
<div class="top-bar">{nav("top-nav")}</div>
<div class="path"><a href="/">新浪体育</a> &gt; <a href="/nba/">NBA</a> &gt; 正文</div>
<div class="main-content w1240">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{date}</span><a href="/" class="source ent-source">新浪体育</a></div>
<div class="share"><a href="javascript:;">微博</a><a href="javascript:;">微信</a><a href="#comment">评论</a></div></div>
<div class="article" id="artibody" data-sudaclick="blk_content">
{body}
</div>
{ed}
<div class="article-bottom"><a href="javascript:;">举报</a> <span class="keywords">文章关键词：<a href="/tag/jihousai/">季后赛</a> <a href="/team/lakers/">{esc(kw)}</a></span></div>
{relbox}
<div class="feed-card"><h2>热门推荐</h2>{feed(site, a, "f")}</div>
<div id="comment" class="comment-box"><h3>我要评论</h3><textarea></textarea><p>已有{rng.randint(10, 3000)}人参与</p></div>
</div>
<div class="article-aside"><div class="aside-box"><h3>体育排行榜</h3><ol>{rank(site, a, "r1")}</ol></div>
<div class="aside-box"><h3>热门视频</h3><ul>{rank(site, a, "r3", 6)}</ul></div></div>
{footer(2024)}</body></html>"""
    return served(page)


# --- 2. 腾讯体育 SPA share page ---------------------------------------------------------------
def qq_page(site: Site65, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    wen = {"one": f"文/{nm[0]}", "two": f"文/{nm[0]} {nm[2]}"}.get(style, "")
    aid = a.path.rsplit("/", 1)[1].removesuffix(".html")
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"
    data = {
        "article_id": aid,
        "article_type": "0",
        "title": a.title,
        "abstract": trunc(a.paras[0], 60),
        "catalog1": "sports",
        "catalog2": "nba" if a.i % 2 else "cba",
        "media": "腾讯体育",
        "media_id": "1039",
        "pubtime": pub,
        "comment_id": str(rng.randint(10**9, 10**10)),
        "tags": a.x["ctx"]["topic"],
        "img": a.blocks[0].src if a.blocks[0].kind == "img" else "",
    }
    content = [{"type": 1, "value": wen}] if wen else []
    for b in a.blocks:
        if b.kind == "img":
            content.append({"type": 2, "value": b.src, "desc": b.text + b.credit})
        else:
            content.append({"type": 1, "value": b.text, "strong": b.kind == "h"})
    js_data = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    js_content = json.dumps({"content": content}, ensure_ascii=False).replace("</", "<\\/")
    wen_html = f'<p class="one-p author-line">{esc(wen)}</p>\n' if wen else ""
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f'<p class="one-p">{esc(b.text)}</p>')
        elif b.kind == "h":
            body.append(f'<p class="one-p"><strong>{esc(b.text)}</strong></p>')
        else:
            cap = esc(b.text + b.credit)
            body.append(
                f'<p class="one-p"><img class="content-picture" src="{b.src}"></p>'
                + (f'<p class="one-p img-desc">{cap}</p>' if cap else "")
            )
    rel = rel_list(site, a, "%m-%d %H:%M")
    hot = rank(site, a, "hot")
    if old:
        relbox = f'<div class="relate"><h3>相关阅读</h3><ul>{rel}</ul></div>' if rel else ""
        page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)}_腾讯新闻</title>
<meta name="keywords" content="{esc(data["tags"])}"><meta name="description" content="{esc(data["abstract"])}">
<script>window.DATA = {js_data}</script>
{head_common(rng, "omn")}
</head><body><div class="qq_navWrap">{nav("qq_nav")}</div>
<div class="qq_conent clearfix"><div class="LEFT">
<h1>{esc(a.title)}</h1>
<div class="content clearfix"><div class="LeftTool"><div class="left-stick-wp"><a class="author" href="/">腾讯体育</a><div class="time">{pub}</div></div></div>
<div class="content-article">
{wen_html}{chr(10).join(body)}
</div></div>
<div id="Status"><a href="javascript:;">分享</a></div>
{relbox}
<div class="comment"><h3>网友评论</h3><div id="commentIframe"></div></div>
</div>
<div class="RIGHT"><div class="hot-news"><h3>24小时热文</h3><ol>{hot}</ol></div></div>
</div>{footer(2019)}
<script>window.__ARTICLE__ = {js_content}</script>
</body></html>"""
        return served(page)
    relbox = (
        f'<div class="related-list"><div class="title">相关阅读</div><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(a.title)}_腾讯新闻</title>
<meta name="keywords" content="{esc(data["tags"])},腾讯体育"><meta name="description" content="{esc(data["abstract"])}">
<meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="腾讯新闻">
<link rel="canonical" href="{site.base}{a.path}">
<script>window.DATA = {js_data}</script>
{head_common(rng, "rain")}
</head><body>
<div id="root" data-server-rendered="true"><div class="header">{nav("header-nav")}</div>
<div class="qq-main"><div class="content-left">
<h1>{esc(a.title)}</h1>
<div class="media-info"><a class="media-name" href="/">腾讯体育</a><span class="media-meta">{pub}</span><span class="media-meta">发布于北京</span></div>
<div class="rich_media_content content-article" id="ArticleContent">
{wen_html}{chr(10).join(body)}
</div>
<div class="open-app"><a href="javascript:;">打开腾讯新闻，查看更多精彩内容</a></div>
{relbox}
<div class="comment-area"><h3>评论</h3><p>暂无评论，快来抢沙发吧</p></div>
<div class="recommend-feed"><h3>为你推荐</h3>{feed(site, a, "rec", 10)}</div>
</div>
<div class="content-right"><div class="hot-list"><h3>热点精选</h3><ol>{hot}</ol></div></div></div></div>
{footer(2024)}
<script>window.__INITIAL_STATE__ = {js_content}</script>
</body></html>"""
    return served(page)


# --- 3. 虎扑 news page --------------------------------------------------------------------------
def hp_page(site: Site65, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    src = SOURCES[a.i % 4]
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"
    au = f'<span class="author">作者：{esc(nm[0])}</span>' if style in ("both", "au") else ""
    ed = f'<span id="editor_baidu">(编辑：{esc(a.editors[0])})</span>' if a.editors else ""
    body = paras(a.blocks, "", "div", "img-desc")
    crng = page_rng(site.seed, "c" + a.path)
    comments = "".join(
        f'<div class="comment-item"><span class="user">{u}</span><p>{c}</p><span class="light">亮了({crng.randint(1, 900)})</span><span class="ctime">{a.when:%m-%d} {crng.randint(10, 23)}:{crng.randint(10, 59)}</span></div>'
        for u, c in zip(crng.sample(USERS, 5), crng.choices(COMMENTS, k=5), strict=True)
    )
    rel = rel_list(site, a)
    relbox = f'<div class="voice-related"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    if old:
        page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)} - 虎扑NBA新闻</title>
<meta name="keywords" content="{esc(a.x["ctx"]["team"])},虎扑"><meta name="description" content="{esc(trunc(a.paras[0], 70))}">
{head_common(rng, "voice19")}
</head><body><div class="hp-header">{nav("hp-nav")}</div>
<div class="voice-main"><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="voice-left">
<div class="artical-title"><h1 class="headline"><span>{esc(a.title)}</span></h1></div>
<div class="artical-info">{au}<span class="comeFrom">来源：<a href="javascript:;" rel="nofollow">{esc(src)}</a></span>　<span id="pubtime_baidu">{pub}</span></div>
<div class="artical-content"><div class="artical-main-content">
{body}
<p>{ed}</p>
</div></div>
{relbox}
<div class="comment-list"><h3>热门评论</h3>{comments}</div>
</td><td class="voice-right"><div class="hot-box"><h3>今日热门</h3><ul>{rank(site, a, "hot")}</ul></div>
<div class="hot-box"><h3>步行街热帖</h3><ul>{rank(site, a, "bxj", 8)}</ul></div></td></tr></table></div>
{footer(2019)}</body></html>"""
        return served(page)
    page = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>{esc(a.title)} - 虎扑NBA新闻</title>
<meta name="keywords" content="{esc(a.x["ctx"]["team"])},虎扑"><meta name="description" content="{esc(trunc(a.paras[0], 70))}">
<meta property="og:title" content="{esc(a.title)}">
{head_common(rng, "voice")}
</head><body><div class="hp-header">{nav("hp-nav")}</div>
<div class="voice-main clearfix"><div class="voice-left">
<div class="artical-title"><h1 class="headline">{esc(a.title)}</h1></div>
<div class="artical-info"><span class="comeFrom">来源：<a href="javascript:;" rel="nofollow">{esc(src)}</a></span>{au}<span class="time" id="pubtime_baidu">{pub}</span></div>
<div class="artical-content"><div class="artical-main-content">
{body}
</div><div class="artical-editor">{ed}</div></div>
<div class="artical-fn"><a href="javascript:;">推荐</a> <a href="javascript:;">分享</a> <a href="#comment">评论 {rng.randint(10, 999)}</a></div>
{relbox}
<div class="comment-list" id="comment"><h3>这些回帖亮了</h3>{comments}</div>
<div class="news-feed"><h3>更多新闻</h3>{feed(site, a, "more")}</div>
</div>
<div class="voice-right"><div class="hot-box"><h3>24小时热门新闻</h3><ol>{rank(site, a, "hot")}</ol></div>
<div class="hot-box"><h3>步行街热帖</h3><ul>{rank(site, a, "bxj", 8)}</ul></div></div></div>
{footer(2024)}</body></html>"""
    return served(page)


# --- 4. 直播吧 news page ------------------------------------------------------------------------
def zb_page(site: Site65, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    src = SOURCES[(a.i + 1) % 6]
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"
    au = f"　作者：{esc(nm[0])}" if style == "wen" else ""
    srcline = f"<p>来源：{esc(src)}</p>" if style == "src" else ""
    ed = f'<span class="editor">（编辑：{esc(a.editors[0])}）</span>' if a.editors else ""
    body = paras(a.blocks, "", "p", "img-note")
    rel = rel_list(site, a, "%m-%d %H:%M")
    relbox = (
        f'<div class="box relation"><div class="box-title">相关新闻</div><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    live = "".join(
        f'<li><span class="t">{a.when:%m-%d} {19 + k}:35</span><a href="/zhibo/">{esc(t)}</a></li>'
        for k, t in enumerate(
            ["英超 曼城vs热刺", "西甲 皇马vs格拉纳达", "中超 海港vs泰山", "NBA 雷霆vs独行侠"]
        )
    )
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-直播吧zhibo8.cc</title>
<meta name="keywords" content="{esc(a.x["ctx"]["euro"])},{esc(a.x["ctx"]["topic"])}"><meta name="description" content="{esc(trunc(a.paras[0], 70))}">
{head_common(rng, "zb19" if old else "zb")}
</head><body><div class="topbar">{nav("menu")}</div>
<div id="main"><div class="content_left">
<div class="title"><h1>{esc(a.title)}</h1>
<span>{pub}{au}　来源：<a href="javascript:;">{esc("直播吧" if style != "src" else src)}</a></span></div>
<div class="content" id="signals">
{body}
{srcline}
</div>
<div class="bianji">{ed}</div>
<div class="fenxiang"><a href="javascript:;">分享到微博</a></div>
{relbox}
<div class="box"><div class="box-title">热门评论</div><div id="comment">加载中……</div></div>
</div>
<div class="content_right"><div class="box"><div class="box-title">直播推荐</div><ul>{live}</ul></div>
<div class="box"><div class="box-title">热门新闻</div><ul>{rank(site, a, "hot")}</ul></div>
<div class="box"><div class="box-title">热门视频</div><ul>{rank(site, a, "vid", 6)}</ul></div></div></div>
{footer(a.when.year)}</body></html>"""
    return served(page)


# --- 5. 娱乐 channel ----------------------------------------------------------------------------
def yl_page(site: Site65, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    src = (
        "北京青年报"
        if style == "lead"
        else ["北京青年报", "新京报", "本站原创", "扬子晚报"][a.i % 4]
    )
    au = {"au": nm[0], "office": "娱乐频道"}.get(style, "")
    wentu = f'<p class="byline">文/{esc(nm[0])}　图/{esc(nm[5])}</p>\n' if style == "wentu" else ""
    ed = a.editors[0] + (f"_NB{rng.randint(10000, 99999)}" if a.i % 2 else "")
    body = wentu + paras(a.blocks, "", "p", "pic-desc")
    rel = rel_list(site, a)
    date = f"{a.when:%Y年%m月%d日 %H:%M}" if old else f"{a.when:%Y-%m-%d %H:%M}"
    aut = f'<span class="author">作者：{esc(au)}</span>' if au else ""
    relbox = f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div>' if rel else ""
    gallery = "".join(
        f'<li><a href="/photo/"><img src="/img/ent/g{rng.getrandbits(32):08x}.jpg" alt=""><p>{esc(t)}</p></a></li>'
        for t in ["红毯造型盘点", "新剧发布会现场", "明星机场街拍", "电影节开幕式"]
    )
    charset = "gbk" if old else "utf-8"
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(a.title)}_娱乐频道_体坛资讯网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["celeb"])},{esc(a.x["ctx"]["topic"])}"><meta name="description" content="{esc(trunc(a.paras[0], 70))}">
{head_common(rng, "ent19" if old else "ent")}
</head><body><div class="ent-top">{nav("ent-nav")}</div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/ent/">娱乐</a> &gt; 正文</div>
<div class="ent-main"><div class="ent-left">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="time">{date}</span><span class="source">来源：{esc(src)}</span>{aut}</div>
<div class="article-content" id="main_content">
{body}
</div>
<div class="editor">（责任编辑：{esc(ed)}）</div>
<div class="share-box">分享到：<a href="javascript:;">微博</a> <a href="javascript:;">微信</a> <a href="javascript:;">QQ空间</a></div>
{relbox}
<div class="guess"><h3>猜你喜欢</h3>{feed(site, a, "guess")}</div>
</div>
<div class="ent-right"><div class="rank"><h3>娱乐排行</h3><ol>{rank(site, a, "hot")}</ol></div>
<div class="pics"><h3>精彩图集</h3><ul>{gallery}</ul></div></div></div>
{footer(a.when.year)}</body></html>"""
    if old:
        return served(page, "gbk", header=False)
    return served(page)


PAGE = {"xl": xl_page, "qq": qq_page, "hp": hp_page, "zb": zb_page, "yl": yl_page}


def register(site: Site65) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGE[a.tpl](site, a))
