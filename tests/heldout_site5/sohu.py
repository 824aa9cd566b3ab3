"""搜狐号 self-media article pages (UTF-8): the account's card (name, 关注) in the left column,
``<span class="time" id="news-time" data-val="…">``, the body in ``article#mp-editor`` ending
with ``返回搜狐，查看更多`` and ``责任编辑：``, the 平台声明, comments, 推荐阅读 and 24小时热文
feeds. The channel listing pages as ``?page=2``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_json, others, page_rng, stats_js

if TYPE_CHECKING:
    from .generator import Site5

CT = "text/html; charset=utf-8"
NICKS = [
    "风一样的少年",
    "搜狐网友",
    "小城故事多",
    "打工人日记",
    "静待花开",
    "老李说两句",
    "北漂十年",
    "一颗柠檬",
    "理性吃瓜",
    "海边的卡夫卡",
]
COMMENTS = [
    "说得太对了，我们这边也是这样。",
    "数据有出处吗？感觉和实际情况有出入。",
    "收藏了，慢慢看。",
    "作者分析得很透彻，点赞。",
    "不同城市差别很大，不能一概而论。",
    "去年就想入局，幸好没冲动。",
    "有没有人说说自己的真实经历？",
]


def _xpt(account: str) -> str:
    return base64.b64encode(f"{account}@sohu.example".encode()).decode()


def _head(title: str, extra: str, rng: Any) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script src="https://zz.bdstatic.example/linksubmit/push.js"></script>
        <title>{esc(title)}</title>
        <meta http-equiv="Cache-Control" content="no-transform" /> <meta http-equiv="Cache-Control" content="no-siteapp" /> <meta name="copyright" content="Copyright © 2017 Sohu.com Inc. All Rights Reserved." />
{extra}
<link rel="stylesheet" href="//statics.itc.example/mptc/pc/article/css/main.css" />
<style>
{css(rng, "sh", 280)}
</style>
</head>
<body>
<header id="main-header" class="main-header"><div class="area"><div class="head-nav left" data-spm="nav"><ul>
<li class="index"><a href="/">搜狐首页</a></li><li><a href="/roll/index.html">新闻</a></li><li><a href="http://sports.sohu.example/">体育</a></li><li><a href="http://auto.sohu.example/">汽车</a></li><li><a href="http://house.sohu.example/">房产</a></li><li><a href="http://travel.sohu.example/">旅游</a></li><li><a href="http://learning.sohu.example/">教育</a></li><li><a href="http://fashion.sohu.example/">时尚</a></li><li><a href="http://it.sohu.example/">科技</a></li><li><a href="/c/8/1463">财经</a></li><li><a href="http://yule.sohu.example/">娱乐</a></li><li class="more-nav"><a href="javascript:void(0)">更多</a><div class="more-nav-box"><a href="http://baobao.sohu.example/">母婴</a><a href="http://health.sohu.example/">健康</a><a href="http://history.sohu.example/">历史</a><a href="http://mil.sohu.example/">军事</a><a href="http://chihe.sohu.example/">美食</a><a href="http://cul.sohu.example/">文化</a><a href="http://astro.sohu.example/">星座</a><a href="/zt/2024lianghui/index.html">专题</a><a href="http://game.sohu.example/">游戏</a><a href="http://fun.sohu.example/">搞笑</a><a href="http://acg.sohu.example/">动漫</a><a href="http://pets.sohu.example/">宠物</a></div></li></ul></div>
<div id="head-login" class="right login"><a href="javascript:void(0)" data-role="login-btn" class="login-sohu">登录</a></div></div></header>
"""


FOOT = (
    """<div id="foot" class="foot"><div class="area"><p><a href="/about/index.html">关于搜狐</a> - <a href="http://corp.sohu.example/s2018/contact/">联系方式</a> - <a href="http://ad.sohu.example/">广告服务</a> - <a href="http://hr.sohu.example/">诚聘英才</a> - <a href="http://www.sohu.example/upload/uiue20140718/yinsi.html">隐私政策</a> - <a href="http://jubao.sohu.example/">不良信息举报</a></p><p>Copyright © 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</p></div></div>
<script>
"""
    + stats_js("6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c")
    + """
</script>
<script src="//statics.itc.example/mptc/pc/article/js/main.js"></script>
</body>
</html>"""
)


def body_html(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p class="ql-align-center"><img max-width="600" src="{b.src}" /></p>')
            if b.text:
                out.append(
                    f'<p class="ql-align-center"><span style="color: #999999; font-size: 14px;">{esc(b.text)}</span></p>'
                )
            if b.credit:
                out.append(
                    f'<p class="ql-align-center"><span style="color: #999999; font-size: 12px;">{esc(b.credit)}</span></p>'
                )
    back = (
        '<a href="/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;">'
        '<span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>'
    )
    if a.x["inline_back"] and out[-1].startswith("<p>"):
        out[-1] = out[-1][:-4] + back + "</p>"
    else:
        out.append(f"<p>{back}</p>")
    return "\n".join(out)


def article(site: Site5, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    mine = site.of("sohu")
    ctx = a.x["ctx"]
    acct = a.x["account"]
    kws = [ctx["topic"], ctx["place"], rng.choice(["消费", "市场", "行业", "城市"])]
    first = next(b.text for b in a.blocks if b.kind == "p")
    extra = (
        f'<meta name="mediaid" content="{esc(acct)}" />\n<meta property="og:type" content="news" />\n'
        f'<meta property="og:image" content="{next((b.src for b in a.blocks if b.kind == "img"), "//statics.itc.example/logo.png")}" />\n'
        f'<meta property="og:url" content="{a.path}" />\n<meta property="og:release_date" content="{w:%Y-%m-%d %H:%M}" />\n'
        f'<meta itemprop="dateUpdate" content="{w:%Y-%m-%d %H:%M}" />\n<meta itemprop="datePublished" content="{w:%Y-%m-%d %H:%M}" />\n'
        f'<link rel="canonical" href="{site.base}{a.path}" />\n'
        f'<meta name="keywords" content="{esc(",".join(kws))}" />\n<meta name="description" content="{esc(first[:100])}…" />\n'
        f'<meta property="og:description" content="{esc(first[:100])}…" />\n<meta property="og:title" content="{esc(a.title)}" />'
    )
    head = _head(f"{a.title}_{'_'.join(kws)}", extra, rng)
    xpt = _xpt(acct)
    eds = a.editors[0] if a.editors else ""
    n_com = rng.randint(0, 5)
    comments = "".join(
        f'<div class="c-item"><div class="c-user"><img src="//sucimg.itc.example/avatar/{rng.randint(10**6, 10**7)}.jpg" alt="" /><span class="c-name">{rng.choice(NICKS)}</span><span class="c-area">{rng.choice(["北京", "广东", "江苏", "四川", "湖北"])}</span></div>'
        f'<p class="c-text">{rng.choice(COMMENTS)}</p><div class="c-info"><span class="c-time">{w.replace(hour=min(23, w.hour + k + 1)):%Y-%m-%d %H:%M}</span><span class="c-like">赞 {rng.randint(0, 300)}</span><a href="javascript:void(0)" class="c-reply">回复</a></div></div>'
        for k in range(n_com)
    )
    groom = others(rng, mine, a, 6)
    feed = "".join(
        f'<div class="news-box clear"><div class="pic img-do left"><a href="{o.path}" target="_blank"><img src="{next((b.src for b in o.blocks if b.kind == "img"), "//statics.itc.example/default.png")}" alt="" /></a></div>'
        f'<h4><a href="{o.path}" target="_blank">{esc(o.title)}</a></h4><div class="other"><span class="name">{esc(o.x["account"])}</span><span class="dot">·</span><span class="time">{o.when:%m-%d %H:%M}</span><span class="com">{rng.randint(0, 99)}评</span></div></div>'
        for o in groom
    )
    hot = "".join(
        f'<div class="pic-txt clear"><div class="pic img-do"><a href="{o.path}" target="_blank"><img src="//q1.itc.example/c_lfill,w_180,h_120/{rng.randint(10**7, 10**8)}.jpeg" alt="" /><span class="sn">{k}</span></a></div><h4><a target="_blank" href="{o.path}">{esc(o.title)}</a></h4></div>'
        for k, o in enumerate(others(rng, mine, a, 5), 1)
    )
    script = feed_json(
        "__SOHU_FEED__",
        [
            {
                "id": o.x["aid"],
                "title": o.title,
                "authorName": o.x["account"],
                "publicTime": int(o.when.timestamp() * 1000),
                "url": o.path,
            }
            for o in groom
        ],
    )
    page = (
        head
        + f"""<div class="location-without-nav"></div>
<div class="area clearfix" id="article-container">
<div class="column left">
<div class="user-info" id="user-info" data-spm="author">
<div class="user-pic"><!-- fromWhere为10是马甲号作者不可点击进入个人页面 --><a href="http://mp.sohu.example/profile?xpt={xpt}" target="_blank"><img alt="" src="//sucimg.itc.example/avatarimg/{a.x["mid"]}.jpg" /></a></div>
<h4><a href="http://mp.sohu.example/profile?xpt={xpt}" target="_blank">{esc(acct)}</a></h4>
<!-- 积分 --><div class="fox-wrap" id="fox-integration"><div class="fox-head-wrap" data-grade="tag"></div></div>
<ul class="user-more"><li><span class="value">{a.x["posts"]}</span><span class="name">文章</span></li><li><span class="value">{a.x["fans"] * 13}</span><span class="name">总阅读</span></li></ul>
<div class="user-focus" data-role="follow"><a href="javascript:void(0)" class="focus-btn">关注</a></div>
</div>
<div class="article-do" id="article-do" data-spm="share"><div class="share-interaction"><span class="weixin" data-type="weixin">微信</span><span class="weibo" data-type="weibo">微博</span><span class="qq" data-type="qq">QQ</span></div></div>
</div>
<div class="left main">
<div data-spm="content">
<div class="text">
<div class="text-title">
    <h1>
                    {esc(a.title)}
               <span class="article-tag">
                 </span>
    </h1>
            <div class="article-info">
        <span class="time" id="news-time" data-val="{int(w.timestamp() * 1000)}">
                        {w:%Y-%m-%d %H:%M}
        </span>
                                <div class="area"><span>发布于：</span><span>{a.x["area"]}</span></div>
    </div>
</div>
<article class="article" id="mp-editor">
    <!-- 政务处理 -->
{body_html(a)}
          <!-- 政务账号添加来源标示处理 -->
      <p data-role="editor-name">责任编辑：<span>{eds}</span></p>
</article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap clear type-3">
<div id="article-like" data-like-type="type-3"><div class="article-like"><div class="like-text"><div class="icon-like">&nbsp;</div> <em>赞</em></div></div></div>
<div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv">{a.x["pv"]}</em>)</span></div>
<div id="articleReport"><a href="http://www.sohu.example/feedback?articleUrl={a.path}&amp;pageType=report" target="_blank">投诉</a></div>
</div>
</div>
</div>
<div id="comment_area"><div class="comment-head"><span class="title">评论</span><span class="num">({n_com})</span></div><div class="c-list">{comments}</div><div class="c-more"><a href="javascript:void(0)">查看更多评论</a></div></div>
<div class="groom-read" id="groomRead">
    <div class="title"><span><em class="ln"></em>推荐阅读</span></div>
    <div class="news-list clear" id="main-news">{feed}</div>
</div>
</div>
<div id="right-side-bar" class="sidebar right"><div id="search" class="search-right"><form action="/search" method="get"><input type="text" class="search-input left" name="keyword" value="" placeholder="大家都在搜：{esc(ctx["topic"])}" /><button class="search-btn">搜索</button></form></div>
<div class="godA"><div class="pc-ad-common"><span class="god-mark">广告</span><a class="swf-top" href="http://ad.example/c?id={rng.randint(10**5, 10**6)}" target="_blank"><img src="//ad.cdn.example/{rng.randint(10**7, 10**8)}.jpg" alt="" /></a></div></div>
<div id="hot-news-container" class="hot-article clear bord"><div id="hot-news"><div class="titleR"><span class="tt">24小时热文</span></div>{hot}</div></div>
</div>
</div>
<script>
var article = {{ title: "{a.title}", channel_id: "8", media_id: "{a.x["mid"]}", id: "{a.x["aid"]}" }};
{script}
</script>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site5, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"sohu-list-{n}")
    arts = sorted(site.of("sohu"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    items = "".join(
        f'<div class="news-box clear"><h4><a href="{a.path}" target="_blank">{esc(a.title)}</a></h4><div class="other"><span class="name">{esc(a.x["account"])}</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span></div></div>'
        for a in part
    )
    pager = (
        '<div class="pagination"><span class="cur">1</span><a href="/c/8/1463?page=2">2</a><a href="/c/8/1463?page=2">下一页</a></div>'
        if n == 1
        else '<div class="pagination"><a href="/c/8/1463?page=1">上一页</a><a href="/c/8/1463?page=1">1</a><span class="cur">2</span></div>'
    )
    page = (
        _head("财经_搜狐", "", rng)
        + f'<div class="area clearfix"><div class="left main"><div class="news-list" id="main-news">{items}</div>{pager}</div></div>\n'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site5) -> None:
    for a in site.of("sohu"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/c/8/1463", lambda: listing(site, 1))
    site.route("/c/8/1463?page=1", lambda: listing(site, 1))
    site.route("/c/8/1463?page=2", lambda: listing(site, 2))
