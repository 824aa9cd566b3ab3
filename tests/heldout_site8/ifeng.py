"""凤凰网-style article pages (the 2020s React SSR page): hashed CSS-module class names
(``index_title_…``, ``index_text_…``), ``<title>headline_凤凰网资讯_凤凰网</title>``, the time as
``2024年05月08日 10:15`` beside 来源, the whole document again in ``var allData = {...}`` (with
seconds) and ads in ``var adData``; an 出品/作者 preface on the desk's own stories, ``（原标题：…）``,
``[责任编辑：…]``, 相关新闻, 24小时热榜 and 大家都在看 feeds, a comment box. The channel list
``/shanklist/14-35083-`` with page 2, the 24-hour 热榜 page and the video list."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_rows, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site8

CT = "text/html; charset=utf-8"
NAV = [
    ("资讯", "/shanklist/14-35083-"),
    ("财经", "/shanklist/14-35083-?page=2"),
    ("热榜", "/hotnews/"),
    ("视频", "/video/"),
    ("娱乐", "https://ent.ifeng.example/"),
    ("体育", "https://sports.ifeng.example/"),
    ("时尚", "https://fashion.ifeng.example/"),
    ("汽车", "https://auto.ifeng.example/"),
    ("房产", "https://house.ifeng.example/"),
    ("科技", "https://tech.ifeng.example/"),
    ("读书", "https://book.ifeng.example/"),
    ("文化", "https://culture.ifeng.example/"),
    ("历史", "https://history.ifeng.example/"),
    ("军事", "https://mil.ifeng.example/"),
    ("旅游", "https://travel.ifeng.example/"),
    ("佛教", "https://fo.ifeng.example/"),
    ("国学", "https://guoxue.ifeng.example/"),
    ("图集", "/photo/"),
]
H = "Kt9Ip"  # the build's CSS-module hash


def _head(title: str, extra: str, rng: Any) -> str:
    nav = "".join(
        f'<li class="index_item_{H}"><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV
    )
    return f"""<!DOCTYPE html>
<html xmlns:wb="http://open.weibo.com/wb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="renderer" content="webkit">
<title>{esc(title)}</title>
{extra}
<link rel="dns-prefetch" href="//x0.ifengimg.example">
<link href="//x0.ifengimg.example/fe/shank/content/index.8b2a6c.css" rel="stylesheet">
<style>
{css(rng, "index", 420)}
</style>
</head>
<body>
<div id="root"><div class="index_topbar_{H}"><div class="index_topbar_inner_{H}"><a href="/" class="index_logo_{H}" title="凤凰网">凤凰网</a>
<ul class="index_nav_{H}">{nav}</ul>
<div class="index_login_{H}"><a href="javascript:;">登录</a><a href="https://id.ifeng.example/user/register">注册</a></div>
<div class="index_search_{H}"><form action="/search" method="get"><input name="keyword" placeholder="大家都在搜"><button type="submit">搜索</button></form></div></div></div>
"""


def _foot() -> str:
    return f"""<div class="index_footer_{H}"><div class="index_foot_link_{H}"><a href="/about/contact.html">凤凰新媒体介绍</a>|<a href="/about/contact.html">投资者关系 Investor Relations</a>|<a href="/about/contact.html">广告服务</a>|<a href="/about/contact.html">诚征英才</a>|<a href="/about/contact.html">保护隐私权</a>|<a href="/about/contact.html">免责条款</a>|<a href="/about/contact.html">意见反馈</a>|<a href="/about/contact.html">凤凰卫视</a></div>
<p>凤凰网版权所有 Copyright &copy; 2024 Phoenix New Media Limited All Rights Reserved.</p>
<p>京ICP证030609号 | 互联网新闻信息服务许可证11220180008 | 违法和不良信息举报电话：010-60676222</p></div></div>
<script>{stats_js("2c8b1e7e9ac94c6fa3e48d57bdb3f8a1")}</script>
<script src="//x0.ifengimg.example/fe/shank/content/index.8b2a6c.js" crossorigin="anonymous"></script>
</body>
</html>"""


def _text(a: Art) -> str:
    out = []
    if a.x["style"] in ("own", "own2"):
        out.append(f"<p>出品｜凤凰网财经《{a.x['column']}》</p>")
        out.append(f"<p>作者｜{' '.join(a.authors)}</p>")
    if a.x["otitle"]:
        out.append(f"<p>（原标题：{esc(a.x['otitle'])}）</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p class="detailPic"><img src="https://x0.ifengimg.example/ucms{b.src}" alt="" data-lazyload="https://x0.ifengimg.example/ucms{b.src}" style="width:640px"></p>'
            )
            if b.text or b.credit:
                out.append(f'<p class="picIntro"><span>{esc(b.text)}{esc(b.credit)}</span></p>')
    return "".join(out)


def article(site: Site8, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    url = f"{site.base}{a.path}"
    extra = (
        f'<meta name="keywords" content="{esc(a.title[:6])} {esc(a.x["column"])}">\n'
        f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:title" content="{esc(a.title)}">\n'
        f'<meta property="og:description" content="{esc(trunc(a.paras[0], 60))}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta name="og:time " content="{w:%Y-%m-%d %H:%M:%S}">\n'
        f'<meta name="og:category " content="凤凰网{a.x["chan"]}">'
    )
    site_name = "凤凰网财经" if a.x["chan"] == "财经" else "凤凰网资讯"
    head = _head(f"{a.title}_{site_name}_凤凰网", extra, rng)
    body = _text(a)
    related = ""
    if a.related:
        lis = "".join(
            f'<li class="index_news_item_{H}"><a href="{site.base}{p}" target="_blank" title="{esc(site.by_path[p].title)}">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="index_relateNews_{H}"><h3 class="index_title_{H}">相关新闻</h3><ul>{lis}</ul></div>'
    hot = "".join(
        f'<li class="index_hot_item_{H}"><span class="index_num_{H}">{k}</span><a href="{o.path}" target="_blank">{esc(trunc(o.title, 22))}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    feed = others(rng, site.arts, a, 16)
    feed_html = "".join(
        f'<div class="index_feed_item_{H}"><a href="{o.path}" target="_blank"><img src="/cms/img/f{k}.jpg" alt=""></a><h2><a href="{o.path}" target="_blank">{esc(o.title)}</a></h2><p>{esc(o.x.get("source", "凤凰网"))}<span>{rng.randint(1, 23)}小时前</span></p></div>'
        for k, o in enumerate(feed[:8])
    )
    all_data = {
        "nav": [{"title": t, "url": u} for t, u in NAV],
        "docData": {
            "base62Id": a.x["base62"],
            "title": a.title,
            "newsTime": f"{w:%Y-%m-%d %H:%M:%S}",
            "source": a.x["source"],
            "sourceUrl": "",
            "editorName": a.editors[0],
            "editorCode": f"PN{rng.randint(100, 999)}",
            "faceUrl": "",
            "commentUrl": f"ucms_{a.x['cid']}",
            "contentData": {"contentList": [{"data": body, "type": "text"}]},
            "subscribe": {"catename": a.x["column"], "type": "source", "cateSource": a.x["source"]},
        },
        "hotNews": feed_rows(feed[8:], "凤凰网"),
        "commentCount": a.x["comments"],
    }
    ad_data = {
        "articleAd": {"ap": "7711", "type": "iframe"},
        "topAd": {"ap": "5560", "type": "code", "src": "//c0.ifengimg.example/ad/top.js"},
    }
    page = (
        head
        + f"""<div class="index_mainContent_{H}">
<div class="index_leftContent_{H}">
<div class="index_breadcrumb_{H}"><a href="/">凤凰网</a> &gt; <a href="/shanklist/14-35083-">凤凰网{a.x["chan"]}</a> &gt; 正文</div>
<div class="index_artical_{H}">
<h1 class="index_topic_{H}">{esc(a.title)}</h1>
<div class="index_info_{H}"><div class="index_timeBref_{H}"><span>{w:%Y年%m月%d日 %H:%M}</span><span class="index_source_{H}"><span>来自</span><a href="javascript:;">{esc(a.x["source"])}</a></span></div>
<div class="index_comment_{H}"><a href="#comment"><span>{a.x["comments"]}</span>评论</a></div></div>
<div class="index_main_content_{H}"><div class="index_text_{H}"><div>{body}</div></div></div>
<p class="index_editor_{H}">[责任编辑：{esc(a.editors[0])} {all_data["docData"]["editorCode"]}]</p>
<div class="index_share_{H}"><span>分享到：</span><a class="index_wechat_{H}" href="javascript:;">微信</a><a class="index_weibo_{H}" href="javascript:;">微博</a><a class="index_qzone_{H}" href="javascript:;">QQ空间</a></div>
<p class="index_declare_{H}">特别声明：本文为凤凰网独家原创/转载稿件，仅代表作者观点，不代表凤凰网立场。未经授权，请勿转载。</p>
</div>
{related}
<div class="index_commentBox_{H}" id="comment"><div class="index_commentTitle_{H}">评论 <span>{a.x["comments"]}</span></div><textarea placeholder="文明上网，登录评论"></textarea><a class="index_send_{H}" href="javascript:;">发表</a><p>所有评论仅代表网友意见，凤凰网保持中立</p></div>
<div class="index_feed_{H}"><h3>大家都在看</h3>{feed_html}</div>
</div>
<div class="index_rightContent_{H}">
<div class="index_ad_{H}"><iframe src="https://dol.ifeng.example/a?ap=7711" width="300" height="250" frameborder="0"></iframe></div>
<div class="index_hotList_{H}"><h3>24小时热榜</h3><ul>{hot}</ul><a href="/hotnews/">查看更多</a></div>
<div class="index_qrcode_{H}"><img src="//x0.ifengimg.example/fe/qrcode.png" alt=""><p>扫码下载凤凰新闻客户端</p></div>
</div>
</div>
<script>
var allData = {json.dumps(all_data, ensure_ascii=False)};
var adKeys = ["articleAd","topAd"];
var adData = {json.dumps(ad_data, ensure_ascii=False)};
</script>
"""
        + _foot()
    )
    return encode(page, "utf-8"), CT


def _list(site: Site8, title: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li class="news-stream-newsStream-news-item-has-image"><a href="{a.path}" target="_blank"><img src="/cms/img/{k}.jpg" alt=""></a><h2><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a></h2><div class="news-stream-newsStream-mr10"><span>{esc(a.x.get("source", ""))}</span><time>{a.when:%m-%d %H:%M}</time></div></li>'
        for k, a in enumerate(arts)
    )
    data = {"newsstream": feed_rows(arts, "凤凰网")}
    page = (
        _head(title, '<meta name="description" content="凤凰网资讯频道">', rng)
        + f'<div class="index_mainContent_{H}"><ul class="news-stream-basic-news-list">{items}</ul>{pager}</div><script>var allData = {json.dumps(data, ensure_ascii=False)};</script>'
        + _foot()
    )
    return encode(page, "utf-8"), CT


def register(site: Site8) -> None:
    mine = sorted(site.of("ifeng"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    more = '<div class="news-stream-basic-more"><a href="/shanklist/14-35083-?page=2">查看更多</a></div>'
    back = '<div class="news-stream-basic-more"><a href="/shanklist/14-35083-">上一页</a></div>'
    site.route("/shanklist/14-35083-", lambda: _list(site, "资讯_凤凰网", "if-l1", mine[:6], more))
    site.route(
        "/shanklist/14-35083-?page=2", lambda: _list(site, "资讯_凤凰网", "if-l2", mine[6:], back)
    )
    hot = sorted(site.arts, key=lambda a: len(a.paras))[::-1][:20]
    site.route("/hotnews/", lambda: _list(site, "24小时热榜_凤凰网", "if-hot", hot, ""))
