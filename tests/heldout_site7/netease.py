"""网易新闻-style article pages (2023-2024 ``post_main`` layout): ``<title>headline_网易新闻</title>``,
``post_info`` with the time to the second, 来源 and the IP 属地, the body in ``div.post_body``
(``（原标题：…）`` notes, ``p.f_center`` pictures with their captions after a ``<br>``), a closing
``post_author`` block (本文来源：… 责任编辑：王晓颖_NN1176), 相关推荐, a 跟贴 box with hot comments,
热点新闻/24小时排行 sidebars and a ``var config`` script. Channel listings as ``/special/cm_guonei/``
and ``/special/cm_guonei_02/``; the 24-hour 排行 page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_js, feed_rows, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site7

CT = "text/html; charset=utf-8"
CHANNELS = [
    ("新闻", "/news/"),
    ("国内", "/special/cm_guonei/"),
    ("国际", "/world/"),
    ("独家", "/special/wangyiduji/"),
    ("军事", "/war/"),
    ("财经", "/money/"),
    ("科技", "/tech/"),
    ("体育", "/sports/"),
    ("娱乐", "/ent/"),
    ("时尚", "/lady/"),
    ("汽车", "/auto/"),
    ("房产", "/house/"),
    ("航空", "/hangkong/"),
    ("健康", "/jiankang/"),
]
USERS = [
    "网易广东省深圳市手机网友",
    "网易北京市网友",
    "火星网友",
    "有态度网友07qB2X",
    "网易浙江省杭州市网友",
    "网易四川省成都市手机网友",
    "网易湖南省长沙市网友",
]
WORDS = [
    "早该管管了",
    "这种事情每年都有，关键是落实",
    "楼上说得对",
    "支持依法处理",
    "看完评论才知道怎么回事",
    "希望不是一阵风",
    "我们这边也一样",
    "记者辛苦了",
]


def _head(title: str, extra: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in CHANNELS)
    return f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="" data-category="">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="网易,新闻,{esc(title[:8])}"/>
{extra}
<meta name="robots" content="index, follow"/>
<meta name="googlebot" content="index, follow"/>
<link rel="dns-prefetch" href="//static.ws.126.example"/>
<link rel="stylesheet" href="https://static.ws.126.example/163/f2e/dy_frontend/post_index.css"/>
<style>
{css(rng, "post", 380)}
</style>
<script>!function(){{var e=window.navigator.userAgent;if(/Mobile|Android|iPhone/i.test(e)){{var t=location.href.replace(/www\\.163/,'m.163');}}}}();</script>
</head>
<body>
<div class="ne_wrap_header">
<div class="N-nav-top"><div class="N-nav-top-wrap"><ul class="ntes-quicknav-list">
<li><a href="/">网易首页</a></li><li><a href="https://m.163.example/newsapp/">应用</a></li><li><a href="https://email.163.example/">网易邮箱</a></li><li><a href="https://open.163.example/">公开课</a></li><li><a href="https://you.163.example/">网易严选</a></li><li><a href="https://music.163.example/">网易云音乐</a></li><li><a href="https://game.163.example/">网易游戏</a></li>
</ul><div class="ntes-usercenter"><a href="javascript:;" class="ntes-usercenter-loginBtn">登录</a> <a href="https://reg.163.example/">注册免费邮箱</a></div></div></div>
<div class="N-nav-channel"><a class="N-nav-channel-logo" href="/news/">网易新闻</a><ul>{nav}</ul>
<div class="N-search"><form action="/search" method="get"><input type="text" name="keyword" placeholder="搜索"/><input type="submit" value=""/></form></div></div>
</div>
"""


FOOT = (
    """<div class="N-nav-bottom"><div class="N-nav-bottom-main"><div class="ntes_foot_link">
<span><a href="/about/contact.html">About NetEase</a> - <a href="/about/contact.html">公司简介</a> - <a href="/about/contact.html">联系方法</a> - <a href="https://hr.163.example/">招聘信息</a> - <a href="https://help.163.example/">客户服务</a> - <a href="/about/contact.html">隐私政策</a> - <a href="https://emarketing.163.example/">广告服务</a> - <a href="https://www.163.example/map/">网站地图</a> - <a href="https://jubao.163.example/">意见反馈</a> - <a href="https://jubao.163.example/">不良信息举报</a></span></div>
<p class="ntes_copyright">网易公司版权所有 &copy;1997-2024</p></div></div>
<script>
"""
    + stats_js("1f4e2c8b7a3d5e6f9a0b1c2d3e4f5a6b")
    + """
</script>
<script src="https://static.ws.126.example/f2e/lib/js/ne.js"></script>
<script src="https://static.ws.126.example/163/frontend/tie/tie_sdk.js" charset="utf-8"></script>
</body>
</html>"""
)


def _body(a: Art) -> str:
    out = []
    if a.x["otitle"]:
        out.append(f'<p class="otitle">\n（原标题：{esc(a.x["otitle"])}）\n</p>')
    if a.x["style"] in ("line", "line_corr"):
        au = a.authors[0]
        if a.x["style"] == "line":
            out.append(f"<p>潇湘晨报记者 {au} {a.x['place']}报道</p>")
        else:
            out.append(f"<p>极目新闻记者 {au}</p><p>通讯员 {a.correspondents[0]}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p id="{abs(len(b.text) * 7919) % 10**6:06d}">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            cap = esc(b.text) + (f"{esc(b.credit)}" if b.credit else "")
            out.append(
                f'<p class="f_center"><img src="https://nimg.ws.126.example/?url={b.src}&amp;thumbnail=660x2147483647&amp;quality=80&amp;type=jpg" onerror="this.style.display=\'none\'"/><br/>{cap}</p>'
            )
    return "\n".join(out)


def _tie(a: Art, rng: Any) -> str:
    items = []
    for k in range(rng.randint(3, 6)):
        items.append(
            f'<div class="tie-item"><div class="tie-author">{rng.choice(USERS)}</div><div class="tie-time">{a.when.month:02d}-{min(28, a.when.day + 1):02d} {(8 + k * 3) % 24:02d}:{rng.randint(10, 59)}</div>'
            f'<div class="tie-cnt">{rng.choice(WORDS)}，{rng.choice(WORDS)}</div><div class="tie-op"><a class="z-vote">顶[{rng.randint(3, 999)}]</a> <a>回复</a></div></div>'
        )
    return f"""<div class="tie-area" id="tie">
<div class="tie-titlebar"><span class="tie-title">跟贴</span><span class="tie-info"><a href="https://comment.tie.163.example/{a.x["docid"]}.html" target="_blank"><em>{a.x["tie"]}</em>跟贴</a><a class="js-tiejoincount"><em>{a.x["join"]}</em>参与</a></span></div>
<div class="tie-input"><div class="tie-textbox"><textarea placeholder="文明上网理性发言"></textarea></div><div class="tie-btns"><span class="tie-user">匿名</span><a class="tie-submit" href="javascript:;">发表跟贴</a></div>
<p class="tie-tip">网友评论仅供其表达个人看法，并不表明网易立场。</p></div>
<div class="tie-hot"><h3>热门跟贴</h3>{"".join(items)}</div>
<div class="tie-more"><a href="https://comment.tie.163.example/{a.x["docid"]}.html" target="_blank">查看全部跟贴&gt;&gt;</a></div>
</div>"""


def article(site: Site7, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    mine = site.of("netease")
    w = a.when
    paras = a.paras
    first = paras[0]
    extra = (
        f'<meta name="description" content="{esc(trunc(first, 100))}"/>\n'
        f'<meta property="og:title" content="{esc(a.title)}"/>\n'
        f'<meta property="og:type" content="article"/>\n'
        f'<meta property="og:url" content="{site.base}{a.path}"/>\n'
        f'<meta property="og:image" content="https://static.ws.126.example/163/f2e/product/post_nodejs/static/logo.png"/>\n'
        f'<meta property="og:release_date" content="{w:%Y-%m-%d %H:%M:%S}"/>\n'
        f'<meta property="article:published_time" content="{w.isoformat()}"/>\n'
        f'<link rel="canonical" href="{site.base}{a.path}"/>'
    )
    head = _head(f"{a.title}_{'网易财经' if a.x['chan'] == 'money' else '网易新闻'}", extra, rng)
    related = "".join(
        f'<li class="post_recommend"><a class="post_recommend_img" href="{site.base}{p}"><img src="/cms/img/rel{k}.jpg" alt="{esc(site.by_path[p].title)}"/></a>'
        f'<div class="post_recommend_info"><h3 class="post_recommend_title"><a href="{site.base}{p}">{esc(site.by_path[p].title)}</a></h3>'
        f'<p class="post_recommend_time">{esc(site.by_path[p].x["source"])} {site.by_path[p].when:%Y-%m-%d}</p></div></li>'
        for k, p in enumerate(a.related)
    )
    related_box = (
        f'<div class="post_recommends js-tab-mod" data-event="相关推荐"><div class="post_recommends_titles"><h2 class="post_recommends_title">相关推荐</h2></div><ul class="post_recommends_list">{related}</ul></div>'
        if a.related
        else ""
    )
    hot = "".join(
        f'<li><em class="hot_num">{k}</em><a href="{o.path}" title="{esc(o.title)}">{esc(trunc(o.title, 20))}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    rank = "".join(
        f'<li><span class="rank_num">{k}</span><a href="{o.path}">{esc(o.title)}</a><span class="rank_click">{rng.randint(1000, 99999)}</span></li>'
        for k, o in enumerate(others(rng, mine, a, 8), 1)
    )
    feed = others(rng, site.arts, a, 12)
    config = {
        "docid": a.x["docid"],
        "channel": "0001" if a.x["chan"] == "news" else "0025",
        "title": a.title,
        "ptime": f"{w:%Y-%m-%d %H:%M:%S}",
        "source": a.x["source"],
        "topicid": "00019B3E",
        "tieChannel": a.x["chan"],
        "commentEnable": True,
    }
    page = (
        head
        + f"""<div class="container clearfix" id="container">
<div class="post_crumb"><a href="/">网易首页</a> &gt; <a href="/{a.x["chan"]}/">{"财经频道" if a.x["chan"] == "money" else "新闻中心"}</a> &gt; <span>正文</span></div>
<div class="post_main">
<h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">
{w:%Y-%m-%d %H:%M:%S}　来源: <a href="https://www.{ {"新京报": "bjnews", "潇湘晨报": "xxcb", "极目新闻": "ctdsb"}.get(a.x["source"], "source") }.example/" target="_blank" rel="nofollow">{esc(a.x["source"])}</a>
<img src="https://static.ws.126.example/cms/img/ipicon.png" class="post_info_ip"/>{a.x["ip"]}
<a href="https://jubao.163.example/?docid={a.x["docid"]}" class="post_jubao" target="_blank">举报</a>
</div>
<div class="post_top_share"><span>分享至</span><a class="share_weixin" href="javascript:;">微信</a><a class="share_weibo" href="javascript:;">微博</a><a class="share_qzone" href="javascript:;">QQ空间</a><a class="share_yixin" href="javascript:;">易信</a></div>
<div class="post_content" id="content">
<div class="post_body">
{_body(a)}
</div>
<div class="post_author">
<a href="/news/"><img src="https://static.ws.126.example/cnews/css13/img/end_news.png" alt="{esc(a.editors[0])}" width="13" height="12" class="icon"/></a>
本文来源：{esc(a.x["source"])}
责任编辑：
{esc(a.editors[0])}_{a.x["code"]}
</div>
<div class="post_statement"><span>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</span><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
</div>
<div class="post_btns"><a class="post_btn_like" href="javascript:;">赞 <em>{rng.randint(0, 400)}</em></a><div class="post_share"><span>分享到：</span><a class="share_weixin">微信</a><a class="share_weibo">微博</a><a class="share_qq">QQ</a></div></div>
{related_box}
{_tie(a, rng)}
<div class="post_recommends_hot" id="js-hot-feed"><h2>热点推荐</h2><ul class="js-feed-list"></ul><script>{feed_js("hotFeedData", feed_rows(feed, "网易新闻"))}</script></div>
</div>
<div class="post_side">
<div class="post_side_mod"><h3 class="post_side_mod_title">热点新闻</h3><ul class="post_side_hot">{hot}</ul></div>
<div class="post_side_ad"><iframe src="https://g.163.example/r?site=netease&amp;affiliate=news&amp;cat=article&amp;type=logo300x250" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
<div class="post_side_mod"><h3 class="post_side_mod_title">24小时排行</h3><ul class="post_side_rank">{rank}</ul><a class="more" href="/special/0001386F/rank_whole.html">更多排行&gt;&gt;</a></div>
<div class="post_side_mod"><h3 class="post_side_mod_title">网易号</h3><ul class="post_side_wyh"><li><a href="https://dy.163.example/media/T1600.html">看看新闻Knews</a></li><li><a href="https://dy.163.example/media/T1601.html">环球网</a></li><li><a href="https://dy.163.example/media/T1602.html">极目新闻</a></li></ul></div>
</div>
</div>
<script>var config = {json.dumps(config, ensure_ascii=False)};</script>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site7, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"netease-list-{n}")
    arts = sorted(site.of("netease"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    items = "\n".join(
        f'<div class="news_item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><div class="news_tag"><span class="source">{esc(a.x["source"])}</span><span class="time">{a.when:%m/%d/%Y %H:%M:%S}</span><a class="post_count" href="https://comment.tie.163.example/{a.x["docid"]}.html">{a.x["tie"]}</a></div></div>'
        for a in part
    )
    pager = (
        '<div class="load_more"><a href="/special/cm_guonei_02/">加载更多</a></div>'
        if n == 1
        else '<div class="load_more"><a href="/special/cm_guonei/">返回第一页</a></div>'
    )
    page = (
        _head("国内新闻_网易新闻", '<meta name="description" content="网易新闻国内频道"/>', rng)
        + f'<div class="container"><div class="ndi_main">{items}</div>{pager}</div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def rank(site: Site7) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "netease-rank")
    arts = sorted(site.arts, key=lambda a: a.x.get("tie", 0) + len(a.title))[::-1]
    rows = "\n".join(
        f'<tr><td class="rank"><span class="c{1 if k < 4 else 2}">{k}</span><a href="{a.path}">{esc(a.title)}</a></td><td class="cBlue">{rng.randint(5000, 400000)}</td></tr>'
        for k, a in enumerate(arts[:30], 1)
    )
    page = (
        _head(
            "网易新闻排行榜_网易新闻",
            '<meta name="description" content="网易新闻24小时点击排行"/>',
            rng,
        )
        + f'<div class="area areabg1"><div class="titleBar"><h2>新闻排行</h2><div class="more">24小时点击排行</div></div><table cellpadding="0" cellspacing="0"><tr><th>标题</th><th>点击数</th></tr>{rows}</table></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site7) -> None:
    for a in site.of("netease"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/special/cm_guonei/", lambda: listing(site, 1))
    site.route("/special/cm_guonei_02/", lambda: listing(site, 2))
    site.route("/special/0001386F/rank_whole.html", lambda: rank(site))
