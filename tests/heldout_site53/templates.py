"""Site 53's article pages: a 东方网/中华网-style portal channel (来源/作者 line, 原标题, 【免责声明】),
a 搜狐城市-style local channel (原标题 first paragraph, 本文来源, 编辑 lines, 返回搜狐), a small SEO
news site on a PHP CMS (tag links in the text, 转载请注明出处, 本文链接, 上一篇/下一篇, 相关阅读
and 猜你喜欢), a 今日头条-style reprint (文章来源/记者/通讯员 at the end) and the portal's 2019
pages in GBK (table layout, 选稿)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import TAGS

if TYPE_CHECKING:
    from .generator import Site53

LABELS = {
    "df": "东方网·国内",
    "sh": "搜狐城市·郑州",
    "seo": "民生资讯网",
    "tt": "豫闻天下（头条号）",
    "old": "东方网·2019",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site53, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s53' + tpl)}</script>"


def body_html(blocks: list[Block], tags: bool = False) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{_tagged(b.text) if tags else esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" alt="{esc(b.text)}"></p>'
            )
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
            if b.credit:
                out.append(
                    f'<p style="text-align: center;"><span style="color:#999">{esc(b.credit)}</span></p>'
                )
    return "\n".join(out)


def _tagged(text: str) -> str:
    """The SEO plugin's keyword links: the first occurrence of each tag word, two a paragraph."""
    out, done = esc(text), 0
    for k, w in enumerate(TAGS):
        if done < 2 and w in out:
            out = out.replace(
                w, f'<a href="/tags/{k + 1}.html" target="_blank" class="keylink">{w}</a>', 1
            )
            done += 1
    return out


def ymd_path(a: Art) -> str:
    return f"{a.when:%Y-%m-%d %H:%M}"


# --- 1. 东方网/中华网-style portal channel ------------------------------------------------
def df_page(site: Site53, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, st = a.x, a.x["nm"], a.x["style"]
    author = {
        "name": nm[0],
        "reporter": f"记者 {nm[0]}",
        "two": f"{nm[0]}　{nm[1]}",
        "outlet": x["outlet"],
    }.get(st)
    auth = f'<span class="author">作者：{esc(author)}</span>' if author else ""
    orig = f"<p>原标题：{esc(x['orig'])}</p>\n" if x["orig"] else ""
    rel = ""
    if a.related:
        rel = f'<div class="xgxw"><div class="hd"><h3>相关新闻</h3></div><ul>{"".join(li(site.by_path[p], "%Y-%m-%d %H:%M") for p in a.related)}</ul></div>'
    hot = "".join(
        f"<li><em>{k}</em>{li(b, '%m-%d')[4:-5]}</li>"
        for k, b in enumerate(others(site, a, 10, "hot"), 1)
    )
    pics = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/images/pic/{b.x["id"]}.jpg"><p>{esc(trunc(b.title, 16))}</p></a></li>'
        for b in others(site, a, 4, "pic")
    )
    feed = "".join(li(b, "%m-%d %H:%M") for b in others(site, a, 8, "feed", "sh"))
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{esc(a.title)}-国内新闻-东方网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["city"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
{head_common(rng, "df", 280, 45)}
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/">东方网首页</a><a href="/c/guonei/">国内</a><a href="/c/guoji/">国际</a><a href="/c/shehui/">社会</a><a href="/topic/fanzha/">专题</a><span class="login"><a href="/user/login">登录</a> | <a href="/user/reg">注册</a></span></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/logo_eastday.png" alt="东方网"></a><form class="search" action="/search/" method="get"><input name="kw" type="text" placeholder="搜索"><button>搜索</button></form></div>
<div class="nav w1200"><a href="/">首页</a><a href="/c/guonei/">国内</a><a href="/c/guoji/">国际</a><a href="/c/shehui/">社会</a><a href="/c/caijing/">财经</a><a href="/c/tiyu/">体育</a><a href="/c/yule/">娱乐</a><a href="/c/keji/">科技</a></div>
<div class="w1200 clearfix">
<div class="main fl">
<div class="crumbs">您当前的位置：<a href="/">东方网</a> &gt; <a href="/c/guonei/">国内新闻</a> &gt; 正文</div>
<div class="detail">
<h1>{esc(a.title)}</h1>
<div class="time grey6"><span>{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：{esc(x["outlet"])}</span>{auth}<span class="sc"><a href="javascript:;" class="fav">收藏</a></span></div>
<div class="share-box">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="article" id="zw">
{orig}{body_html(a.blocks)}
</div>
<div class="editor">责任编辑：{esc(a.editors[0])}</div>
<div class="disclaimer">【免责声明】本文转载自{esc(x["outlet"])}，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如涉及作品内容、版权和其它问题，请在30日内与本网联系，我们将在第一时间删除内容！</div>
<div class="page-tool"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a> <a href="#top">返回顶部</a></div>
</div>
{rel}
<div class="comment" id="comment"><h3>网友评论</h3><div class="cmt-box"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div><p class="none">暂无评论</p></div>
<div class="feed"><h3>猜你喜欢</h3><ul>{feed}</ul></div>
</div>
<div class="side fr"><div class="box"><h3>热点排行</h3><ol>{hot}</ol></div><div class="box"><h3>图片新闻</h3><ul class="pics">{pics}</ul></div><div class="ad"><script>var ad_pos="right_300x250";</script></div></div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/jubao.html">违法和不良信息举报</a></p><p>沪ICP证：沪B2-00000000　互联网新闻信息服务许可证：31120180000　东方网版权所有</p></div>
</body>
</html>
"""
    return served(page)


# --- 2. 搜狐城市-style local channel ---------------------------------------------------------
def sh_page(site: Site53, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, st = a.x, a.x["nm"], a.x["style"]
    byline = ""
    if st == "byline":
        byline = f"<p>{esc(x['outlet'])}记者 {nm[0]}</p>\n"
    elif st == "byline_cor":
        byline = f"<p>记者 {nm[0]} 通讯员 {nm[2]} 文/图</p>\n"
    src = f"本文来源：{esc(x['outlet'])}"
    if st == "tail_author":
        src += f"　作者：{nm[0]}"
    elif st == "tail_two":
        src += f"　作者：{nm[0]} {nm[1]}"
    ed = f"<p>编辑：{esc(nm[4])}</p>\n" if len(a.editors) > 1 else ""
    ms = int(a.when.timestamp()) * 1000
    rec = "".join(
        f'<div class="news-item"><a href="{b.path}" target="_blank"><h4>{esc(b.title)}</h4></a><span class="src">{esc(b.x["outlet"])}</span><span class="cmt">{rng.randint(0, 300)}评论</span></div>'
        for b in others(site, a, 10, "rec")
    )
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 8, "hot", "tt"))
    acct = {121_106_842: "搜狐城市·郑州", 120_952_561: "大河报", 121_123_911: "郑州身边事"}[
        x["acct"]
    ]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_{esc(acct)}_搜狐网</title>
<meta name="keywords" content="{esc(x["ctx"]["city"])},{esc(x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:type" content="news">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:release_date" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="mediaid" content="{esc(acct)}">
{head_common(rng, "sh", 300, 50)}
<script>var article = {{ title: "{esc(a.title)}", channel: "city", mediaId: "{x["acct"]}", newsId: "{x["id"]}" }};</script>
</head>
<body>
<div class="head-nav"><div class="area"><a href="/" class="logo">搜狐</a><ul><li><a href="/">首页</a></li><li><a href="/city/zhengzhou/">郑州</a></li><li><a href="/city/luoyang/">洛阳</a></li><li><a href="/c/8/">新闻</a></li><li><a href="/c/10/">财经</a></li><li><a href="/c/18/">房产</a></li></ul><a href="/search?keyword=" class="search-btn">搜索</a></div></div>
<div class="area clearfix">
<div class="left main">
<div class="location-without-nav"><a href="/">搜狐</a> &gt; <a href="/city/zhengzhou/">城市频道</a> &gt; 正文</div>
<div class="text">
<div class="text-title"><h1>{esc(a.title)}</h1>
<div class="article-info"><span class="time" id="news-time" data-val="{ms}">{a.when:%Y-%m-%d %H:%M}</span><span data-role="original-link">来源: <a href="/c/city/">{esc(acct)}</a></span></div></div>
<article class="article" id="mp-editor">
<p>原标题：{esc(x["orig"])}</p>
{byline}{body_html(a.blocks)}
<p>{src}</p>
{ed}<a href="/" target="_blank" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>
<p data-role="editor-name">责任编辑：<span>{esc(nm[3])}</span></p>
</article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap"><div class="read-wrap"><span class="read-num">阅读 (<em>{rng.randint(300, 90000)}</em>)</span></div></div>
</div>
<div class="comment" id="comment_area"><div class="c-header">我来说两句</div><div class="c-textarea"><textarea placeholder="来说两句吧…"></textarea></div><div class="c-list"><p>0人参与，0条评论</p></div></div>
<div class="god-article-bottom" id="god_bottom_banner"></div>
<div class="more-article"><h3>为您推荐</h3>{rec}</div>
</div>
<div class="sidebar right"><div class="user-info"><img src="/images/avatar/{x["acct"]}.png"><h4>{esc(acct)}</h4><p>文章 {rng.randint(2000, 90000)}　总阅读 {rng.randint(100, 999)}万</p></div><div class="hot-article"><h3>24小时热文</h3><ul>{hot}</ul></div></div>
</div>
<div class="footer"><p><a href="/about.html">关于搜狐</a> | <a href="/contact.html">联系方式</a> | <a href="/jubao.html">网上有害信息举报</a></p><p>Copyright &copy; 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</p></div>
</body>
</html>
"""
    return served(page)


# --- 3. the SEO news site on a PHP CMS -------------------------------------------------
def seo_page(site: Site53, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, st = a.x, a.x["nm"], a.x["style"]
    src, author = {
        "admin": ("网络", "admin"),
        "xiaobian": ("综合整理", "小编"),
        "outlet_reporter": (x["outlet"], f"记者 {nm[0]}"),
        "name": (x["outlet"], nm[0]),
        "two": (x["outlet"], f"{nm[0]}、{nm[1]}"),
    }[st]
    arts = latest(site.of("seo"))
    idx = arts.index(a)
    prev = (
        f'<a href="{arts[idx + 1].path}">{esc(arts[idx + 1].title)}</a>'
        if idx + 1 < len(arts)
        else "没有了"
    )
    nxt = f'<a href="{arts[idx - 1].path}">{esc(arts[idx - 1].title)}</a>' if idx else "没有了"
    rel = ""
    if a.related:
        rel = f'<div class="xgyd"><div class="title"><h3>相关阅读</h3></div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    like = "".join(
        f'<li><a href="{b.path}"><img src="/uploads/thumb/{b.x["id"]}.jpg"><p>{esc(b.title)}</p></a></li>'
        for b in others(site, a, 8, "like")
    )
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    used = [k for k, w in enumerate(TAGS) if any(w in p for p in a.paras)][:4]
    tags = "".join(f'<a href="/tags/{k + 1}.html">{TAGS[k]}</a>' for k in used)
    url = f"{site.base}{a.path}"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Cache-Control" content="no-transform" />
<title>{esc(a.title)}_民生资讯网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["city"])}{esc(x["ctx"]["topic"])},{esc(x["ctx"]["topic"])}最新消息" />
<meta name="description" content="{esc(trunc(a.paras[0], 120))}" />
<link rel="canonical" href="{url}" />
<link rel="alternate" media="only screen and (max-width: 640px)" href="{site.base}/m{a.path}" />
{head_common(rng, "seo", 240, 60)}
</head>
<body>
<div class="topbar"><div class="wrap">欢迎来到民生资讯网！<a href="/sitemap.xml">网站地图</a> <a href="/rss.php">RSS</a></div></div>
<div class="header wrap"><a href="/" class="logo"><img src="/static/images/logo.png" alt="民生资讯网"></a><form action="/search.php" method="get" class="so"><input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div>
<div class="menu wrap"><a href="/">首页</a><a href="/news/">民生资讯</a><a href="/zhengce/">政策解读</a><a href="/shebao/">社保</a><a href="/yiliao/">医疗</a><a href="/jiaoyu/">教育</a><a href="/special/">专题</a></div>
<div class="wrap main">
<div class="left">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">民生资讯</a> &gt; 正文</div>
<div class="article">
<h1>{esc(a.title)}</h1>
<div class="info">时间：{a.when:%Y年%m月%d日 %H:%M}　来源：{esc(src)}　作者：{esc(author)}　阅读：<span id="hits">{rng.randint(100, 9000)}</span>次</div>
<div class="ad-728"><script src="/plus/ad_js.php?aid=3"></script></div>
<div class="content">
{body_html(a.blocks, tags=True)}
<p style="color:#999">转载请注明出处：民生资讯网</p>
<p style="color:#999">本文链接：<a href="{url}">{url}</a></p>
</div>
<div class="tags">标签：{tags}</div>
<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" class="bds_weixin" data-cmd="weixin">微信</a><a href="#" class="bds_tsina" data-cmd="tsina">微博</a></div>
<div class="prenext"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
{rel}
<div class="cnxh"><div class="title"><h3>猜你喜欢</h3></div><ul class="piclist">{like}</ul></div>
</div>
<div class="right"><div class="box"><h3>热门文章</h3><ul>{hot}</ul></div><div class="box"><h3>热门标签</h3><div class="tagcloud">{"".join(f'<a href="/tags/{k + 1}.html">{w}</a>' for k, w in enumerate(TAGS))}</div></div></div>
</div>
<div class="footer"><p>本站部分内容来源于网络，如有侵权请联系删除。</p><p>Copyright &copy; 民生资讯网 <a href="/about.html">关于我们</a> <a href="/contact.html">联系我们</a> 浙ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


# --- 4. 今日头条-style reprint ---------------------------------------------------------------
def tt_body(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h1>{esc(b.text)}</h1>")
        else:
            cap = f'<p class="pgc-img-caption">{esc(b.text)}</p>' if b.text else ""
            out.append(
                f'<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com{b.src}~tplv-tt-origin-web:gif.jpeg" img_width="1080" img_height="720" alt="" inline="0">{cap}</div>'
            )
            if b.credit:
                out.append(f"<p>{esc(b.credit)}</p>")
    return "".join(out)


def tt_page(site: Site53, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, st = a.x, a.x["nm"], a.x["style"]
    o = esc(x["outlet"])
    tail = {
        "rep_cor": f"<p>文章来源：{o} 记者：{nm[0]} 通讯员：{nm[2]}</p>",
        "rep": f"<p>文章来源：{o} 记者：{nm[0]} 编辑：{nm[3]}</p>",
        "src_only": f"<p>文章来源：{o}</p>",
        "lines": f"<p>来源：{o}</p><p>记者：{nm[0]}</p><p>编辑：{nm[3]}</p>",
        "two": f"<p>来源：{o}　记者：{nm[0]}　{nm[1]}</p>",
        "two_cor": f"<p>文章来源：{o} 记者：{nm[0]}、{nm[1]} 通讯员：{nm[2]}</p>",
        "none": "",
    }[st]
    note = "<p>声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。</p>" if x["note"] else ""
    data = {
        "data": {
            "title": a.title,
            "publishTime": int(a.when.timestamp()),
            "source": "豫闻天下",
            "groupId": str(x["id"]),
            "abstract": trunc(a.paras[0], 60),
            "mediaUser": {"name": "豫闻天下", "id": "3842195521"},
        }
    }
    feed = "".join(
        f'<div class="feed-card"><a href="{b.path}" target="_blank" class="title">{esc(b.title)}</a><div class="footer"><span>{esc(b.x["outlet"])}</span><span>{rng.randint(1, 999)}评论</span></div></div>'
        for b in others(site, a, 10, "feed")
    )
    hot = "".join(
        f'<a class="article-item" href="{b.path}" target="_blank"><span class="news-index">{k}</span><span class="news-title">{esc(b.title)}</span></a>'
        for k, b in enumerate(others(site, a, 10, "hot", "df"), 1)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)} - 今日头条</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="今日头条">
{head_common(rng, "tt", 320, 55)}
</head>
<body>
<div id="root"><div class="main-nav-wrapper"><a href="/" class="logo">今日头条</a><div class="nav-right"><a href="/c/user/3842195521/">豫闻天下</a><a href="/login/" class="login-button">登录</a></div></div>
<div class="article-detail-container"><div class="left-sidebar"><div class="detail-interaction"><div class="detail-like">赞</div><div class="detail-comment">评论</div><div class="detail-share">分享</div></div></div>
<div class="main-content">
<div class="article-content">
<h1>{esc(a.title)}</h1>
<div class="article-meta"><span>{a.when:%Y-%m-%d %H:%M}</span><span>·</span><span class="name"><a href="/c/user/3842195521/" target="_blank">豫闻天下</a></span><span class="dot">·</span><span>河南</span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{tt_body(a.blocks)}{tail}{note}</article>
<div class="report-article"><a href="javascript:;">举报/反馈</a></div>
</div>
<div class="ttp-comment-wrapper"><div class="comment-header"><h2>评论 {rng.randint(0, 80)}</h2></div><div class="comment-input"><textarea placeholder="留下你的精彩评论吧"></textarea><button>评论</button></div></div>
<div class="detail-feed"><h2>相关推荐</h2>{feed}</div>
</div>
<div class="right-sidebar"><div class="user-card"><div class="user-info"><a href="/c/user/3842195521/" class="name">豫闻天下</a><p>{rng.randint(1, 90)}万粉丝 · 获赞{rng.randint(1, 900)}万</p></div></div><div class="pane-module hot-board"><div class="module-title">头条热榜</div>{hot}</div></div>
</div></div>
<script>window._SSR_HYDRATED_DATA={json.dumps(data, ensure_ascii=False)}</script>
<div class="footer"><a href="/about.html">关于头条</a> <a href="/contact.html">联系我们</a> <a href="/jubao.html">侵权投诉</a> <span>&copy; 2024 今日头条</span></div>
</body>
</html>
"""
    return served(page)


# --- 5. the portal's 2019 pages in GBK --------------------------------------------------
def old_body(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<P>　　{esc(b.text)}</P>")
        elif b.kind == "h":
            out.append(f"<P>　　<STRONG>{esc(b.text)}</STRONG></P>")
        else:
            out.append(f'<P align=center><IMG border=0 src="{b.src}"></P>')
            if b.text:
                out.append(f"<P align=center>{esc(b.text)}</P>")
            if b.credit:
                out.append(f"<P align=center><FONT color=#666666>{esc(b.credit)}</FONT></P>")
    return "\n".join(out)


def old_page(site: Site53, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, st = a.x, a.x["nm"], a.x["style"]
    author = {
        "name": nm[0],
        "reporter": f"记者 {nm[0]}",
        "two": f"{nm[0]} {nm[1]}",
        "outlet": x["outlet"],
    }.get(st, "")
    orig = f"<P>　　原标题：{esc(x['orig'])}</P>\n" if x["orig"] else ""
    rel = ""
    if a.related:
        rows = "".join(
            f'<TR><TD class=xgxw>·<A href="{p}" target=_blank>{esc(site.by_path[p].title)}</A> <FONT color=#999999>{site.by_path[p].when:%m-%d}</FONT></TD></TR>'
            for p in a.related
        )
        rel = f'<TABLE width="100%" class=xgbox><TR><TD class=tit>相关新闻</TD></TR>{rows}</TABLE>'
    hot = "".join(
        f'<TR><TD>·<A href="{b.path}" target=_blank>{esc(trunc(b.title, 18))}</A></TD></TR>'
        for b in others(site, a, 12, "hot")
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>{esc(a.title)}</TITLE>
<META name=keywords content="{esc(x["ctx"]["topic"])}">
{head_common(rng, "old", 260, 40)}
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR><TD><A href="/"><IMG src="/images/eastday_logo2019.gif" border=0 alt="东方网"></A></TD><TD align=right><A href="/">首页</A> | <A href="/eastday/13news/auto/news/china/index.html">国内</A> | <A href="/eastday/13news/auto/news/society/index.html">社会</A> | <A href="/eastday/shanghai/index.html">上海</A> | <A href="/search/">搜索</A></TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0>
<TR><TD vAlign=top width=660>
<DIV class=weizhi>您的位置：<A href="/">东方网</A> &gt;&gt; <A href="/eastday/13news/auto/news/china/index.html">国内新闻</A> &gt;&gt; 正文</DIV>
<TABLE width="100%"><TR><TD align=center><H1 id=biaoti>{esc(a.title)}</H1></TD></TR>
<TR><TD align=center class=time>{a.when.year}-{a.when.month}-{a.when.day} {a.when:%H:%M:%S}　来源：{esc(x["outlet"])}　作者：{esc(author)}　选稿：{esc(a.editors[0])}</TD></TR></TABLE>
<DIV id=zw>
{orig}{old_body(a.blocks)}
</DIV>
<P class=mzsm>【免责声明】本文转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</P>
<DIV class=fx>分享到：<A href="#">新浪微博</A> <A href="#">QQ空间</A> <A href="#">人人网</A> <A href="#">开心网</A>　<A href="javascript:window.print()">【打印】</A> <A href="javascript:window.close()">【关闭】</A></DIV>
{rel}
</TD>
<TD vAlign=top width=290><TABLE width="100%" class=phb><TR><TD class=tit>新闻排行</TD></TR>{hot}</TABLE></TD></TR></TABLE>
<TABLE width=960 align=center><TR><TD align=center class=foot><A href="/about.html">关于我们</A> | <A href="/contact.html">联系我们</A><BR>东方网版权所有 未经授权禁止复制或建立镜像</TD></TR></TABLE>
</BODY>
</HTML>
"""
    return served(page, "gbk")


RENDER: dict[str, Callable[[Site53, Art], tuple[bytes, str]]] = {
    "df": df_page,
    "sh": sh_page,
    "seo": seo_page,
    "tt": tt_page,
    "old": old_page,
}


def register(site: Site53) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
