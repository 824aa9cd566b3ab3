"""A big Chinese portal's article page (UTF-8), in the shape of Sina News' 2020s template.

The ``source`` link is the republished paper, not a writer; the writers' credit is a paragraph
(``新京报记者 张三 李四``) or a Xinhua dateline; ``责任编辑：赵五 SN123`` names the portal's editor.
"""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, ad_config, ad_slot, critical_css, esc, svg_sprite
from .pools import comment_text_zh

if TYPE_CHECKING:
    from .generator import Site3

SITE = "华讯网"
CHANNELS = {"gn": "国内新闻", "sh": "社会新闻"}
PAGE = 4


def _cn_date(when: datetime) -> str:
    return f"{when:%Y年%m月%d日 %H:%M}"


def _head(site: Site3, title: str, path: str, extra: str, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
<title>{esc(title)}</title>
{extra}
<link rel="canonical" href="{site.base}{path}" />
<link rel="stylesheet" type="text/css" href="//n.huaxun.example/news/css/2024/doc_2024.css?v=20240312" />
<style>{critical_css(rng, "hx", 220)}</style>
<script type="text/javascript" src="//i.huaxun.example/js/jquery-1.12.4.min.js" charset="utf-8"></script>
<script>var __hxAnalyticsConf = {{"pageid":"news_doc","appid":"hxnews","uid":"","sdkVer":"3.8.1","sampling":0.2,"hostname":"news.huaxun.example","exposeModules":["article","related","recommend","comment","guess","right_hot"]}};</script>
{ad_config(rng, "huaxun_news", ["top_banner", "right_1", "right_2", "article_bottom", "feed_1"])}
</head>"""


def _top_nav() -> str:
    chans = [
        ("/", "首页"),
        ("/news/gn/index.html", "国内"),
        ("/news/sh/index.html", "社会"),
        ("/roll/", "滚动"),
        ("/zt/chunyun2024/", "专题"),
        ("/video/", "视频"),
        ("http://finance.huaxun.example/", "财经"),
        ("http://sports.huaxun.example/", "体育"),
        ("http://ent.huaxun.example/", "娱乐"),
        ("http://tech.huaxun.example/", "科技"),
        ("http://auto.huaxun.example/", "汽车"),
        ("http://edu.huaxun.example/", "教育"),
        ("http://health.huaxun.example/", "健康"),
        ("http://travel.huaxun.example/", "旅游"),
        ("http://blog.huaxun.example/", "博客"),
        ("http://weibo.example/huaxun", "微博"),
    ]
    lis = "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for h, t in chans)
    return f"""<body>
{svg_sprite(["weibo", "wechat", "qzone", "comment", "top", "app"])}
<div class="top-nav-wrap" id="hxTopBar">
 <div class="top-nav">
  <div class="tn-bg"><div class="tn-header"><div class="tn-nav"><div class="tn-title"><a href="/" class="tn-logo">华讯首页</a></div><ul class="tn-list">{lis}</ul></div>
  <div class="tn-person-r"><a href="https://login.huaxun.example/signup/signin.php" class="tn-login">登录</a> <a href="https://login.huaxun.example/signup/signup.php">注册</a></div></div></div>
 </div>
</div>
<div class="header-wrap"><div class="header"><a class="logo" href="/"><img src="//n.huaxun.example/news/img/logo_news.png" alt="华讯新闻" /></a><div class="sub-nav"><a href="/news/gn/index.html">国内</a><a href="/news/sh/index.html">社会</a><a href="/roll/">滚动</a></div><div class="search"><form action="https://search.huaxun.example/" method="get" target="_blank"><input type="text" name="q" class="search-input" placeholder="搜新闻" /><input type="submit" value="搜索" /></form></div></div></div>
{ad_slot("top_banner", "广告")}"""


def _footer() -> str:
    links = [
        ("http://corp.huaxun.example/chn/", "华讯简介"),
        ("http://corp.huaxun.example/eng/", "About Huaxun"),
        ("http://emarketing.huaxun.example/", "广告服务"),
        ("/contact/", "联系我们"),
        ("http://corp.huaxun.example/chn/huaxun_job.html", "招聘信息"),
        ("/privacy/", "隐私政策"),
        ("http://help.huaxun.example/", "产品答疑"),
    ]
    a = " | ".join(f'<a href="{h}" target="_blank">{t}</a>' for h, t in links)
    return f"""<div class="footer"><p>{a}</p>
<p>Copyright &copy; 1996-2024 HUAXUN Corporation, All Rights Reserved</p>
<p>华讯公司 <a href="http://corp.huaxun.example/chn/copyright.html">版权所有</a> 互联网新闻信息服务许可证编号：11220180001 京ICP证000007</p></div>
<script src="//n.huaxun.example/news/js/2024/doc_2024.js?v=20240312" charset="utf-8"></script>
</body>
</html>"""


def article(site: Site3, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"sina:{a.path}")
    arts = site.of("sina")
    style = a.x["style"]
    source = a.x["source"]
    extra = [
        f'<meta name="keywords" content="{esc(a.x["keyword"])},{SITE}" />',
        f'<meta name="tags" content="{esc(a.x["keyword"])}" />',
        f'<meta name="description" content="{esc(a.paras[1][:90])}" />',
        '<meta property="og:type" content="news" />',
        f'<meta property="og:title" content="{esc(a.title)}" />',
        f'<meta property="og:description" content="{esc(a.paras[1][:90])}" />',
        f'<meta property="og:url" content="{site.base}{a.path}" />',
        f'<meta property="og:image" content="//n.huaxun.example/news/img/og/{a.x["docid"]}.jpg" />',
        f'<meta name="weibo: article:create_at" content="{a.when:%Y-%m-%d %H:%M}:{a.x["sec"]:02d}" />',
        f'<meta name="weibo: article:update_at" content="{a.when:%Y-%m-%d %H:%M}:{a.x["sec"]:02d}" />',
        f'<meta name="mediaid" content="{esc(source)}" />',
        f'<meta name="sudameta" content="comment_channel:{a.x["chan"]};comment_id:comos-'
        f'{a.x["docid"][4:]}" />',
    ]
    if a.x["meta_author"]:
        extra.append(f'<meta property="article:author" content="{esc(source)}" />')
    if a.x["meta_time"]:
        extra.append(
            f'<meta property="article:published_time" content="{a.when:%Y-%m-%dT%H:%M}:'
            f'{a.x["sec"]:02d}+08:00" />'
        )
    title = a.title
    head = _head(site, f"{title}_新闻中心_{SITE}", a.path, "\n".join(extra), rng)
    paras = [f"<p>\u3000\u3000原标题：{esc(a.x['orig_title'])}</p>"]
    for j, p in enumerate(a.paras):
        if j == 0 and style == "xinhua":
            names = "、".join(a.authors)
            p = f"新华社北京{a.when.month}月{a.when.day}日电（记者{names}）{p}"
        paras.append(f"<p>\u3000\u3000{esc(p)}</p>")
        if j == 2 and a.x["image"]:
            paras.append(
                f'<div class="img_wrapper"><img src="//n.huaxun.example/news/crawl/{a.x["docid"]}'
                f'/w640h427.jpg" alt="{esc(a.x["caption"])}"><span class="img_descr">'
                f"{esc(a.x['caption'])}</span></div>"
            )
        if j == 4:
            paras.append(ad_slot("article_inner", "广告"))
    if style == "two":
        paras.append(f"<p>\u3000\u3000新京报记者 {' '.join(a.authors)}</p>")
    elif style == "corr":
        paras.append(
            f"<p>\u3000\u3000极目新闻记者 {a.authors[0]} 通讯员 {' '.join(a.correspondents)}</p>"
        )
    paras.append(f'<p class="show_author">责任编辑：{esc(a.editors[0])} {a.x["sn"]}</p>')
    rel = [site.by_path[p] for p in a.related]
    rel_li = "".join(
        f'<li><a href="{r.path}" target="_blank">{esc(r.title)}</a><span class="time">'
        f"{r.when:%m月%d日 %H:%M}</span></li>"
        for r in rel
    )
    others = [b for b in arts if b is not a and b.path not in a.related]
    recs = rng.sample(others, 5)
    rec_li = "".join(
        f'<div class="feed-card-item"><h2><a href="{r.path}" target="_blank">{esc(r.title)}</a></h2>'
        f'<div class="feed-card-a"><span class="feed-card-time">{r.when:%m月%d日 %H:%M}</span>'
        f'<a class="feed-card-cmt" href="{r.path}#comment">{rng.randint(3, 900)}</a></div></div>'
        for r in recs
    )
    guess = rng.sample([b for b in arts if b is not a], 4)
    guess_li = "".join(
        f'<li><a href="{g.path}" target="_blank"><img src="//n.huaxun.example/news/crawl/'
        f'{g.x["docid"]}/w240h160.jpg" /><p>{esc(g.title)}</p></a></li>'
        for g in guess
    )
    teaser = [
        {
            "title": b.title,
            "url": f"{site.base}{b.path}",
            "media": b.x["source"],
            "intime": f"{b.when:%Y-%m-%d %H:%M}:{b.x['sec']:02d}",
            "ctime": int(b.when.timestamp()),
            "author": " ".join(b.authors),
        }
        for b in rng.sample([b for b in arts if b is not a], 6)
    ]
    cmts = []
    for j in range(rng.randint(2, 5)):
        when = a.when + timedelta(minutes=40 + j * 53)
        cmts.append(
            f'<div class="item clearfix"><div class="head"><img src="//tvax.huaxun.example/default/'
            f'{rng.randint(1, 9)}.png"/></div><div class="cont"><div class="info"><span class="name">'
            f'<a href="http://weibo.example/u/{rng.randint(10**9, 10**10)}">用户{rng.randint(10**6, 10**7)}'
            f'</a></span><span class="area">[{rng.choice(["北京", "湖北武汉", "广东广州", "四川成都"])}]'
            f'</span></div><div class="txt">{esc(comment_text_zh(rng))}</div><div class="action">'
            f'<span class="time">{when:%m月%d日 %H:%M}</span><a class="vote">赞'
            f"({rng.randint(0, 300)})</a></div></div></div>"
        )
    page = f"""{head}
{_top_nav()}
<div class="main-content w1240">
 <h1 class="main-title">{esc(title)}</h1>
 <div class="top-bar-wrap" id="top_bar_wrap">
  <div class="top-bar" id="top_bar">
   <div class="top-bar-inner clearfix">
    <div class="date-source">
     <span class="date">{_cn_date(a.when)}</span>
     <a href="{a.x["source_url"]}" target="_blank" class="source ent-source" rel="nofollow">{esc(source)}</a>
    </div>
    <div class="page-tools">
     <span class="tool-cmt"><a href="#comment" class="tool-cmt-count"><svg><use href="#icon-comment"/></svg><span class="num">{rng.randint(12, 4000)}</span></a></span>
     <span class="tool-share"><a href="https://service.weibo.example/share/share.php?url={site.base}{a.path}" class="share-weibo"><svg><use href="#icon-weibo"/></svg>微博</a><a href="javascript:;" class="share-wechat"><svg><use href="#icon-wechat"/></svg>微信</a><a href="https://sns.qzone.example/cgi-bin/qzshare/cgi_qzshare_onekey?url={site.base}{a.path}" class="share-qzone"><svg><use href="#icon-qzone"/></svg>QQ空间</a></span>
    </div>
   </div>
  </div>
 </div>
 <div class="article-content clearfix" id="article_content">
  <div class="article-content-left">
   <div class="article" id="article">
    {"".join(paras)}
   </div>
   <div id="article-bottom" class="article-bottom clearfix">
    <div class="keywords" id="keywords" data-wbkey="{esc(a.x["keyword"])}">文章关键词：<a href="http://tags.news.huaxun.example/{esc(a.x["keyword"])}" target="_blank">{esc(a.x["keyword"])}</a></div>
    <div class="article-like"><a href="javascript:;" class="like"><span class="like-num">{rng.randint(0, 90)}</span></a></div>
   </div>
   <div class="blk-related clearfix" id="related_news" data-sudaclick="related_news">
    <h3 class="blk-related-title">相关阅读</h3>
    <ul class="blk-related-list">{rel_li}</ul>
   </div>
   {ad_slot("article_bottom", "广告")}
   <div class="blk-comment" id="comment"><div class="hd"><h3>最新评论</h3><a href="http://comment.huaxun.example/comment/skin/default.html?channel={a.x["chan"]}&newsid=comos-{a.x["docid"][4:]}" target="_blank">查看全部评论</a></div><div class="list">{"".join(cmts)}</div></div>
   <div class="blk-feed" id="feed_wrap" data-sudaclick="feed_tj">
    <div class="feed-tit"><h3>热门推荐</h3></div>
    <div class="feed-card-content">{rec_li}</div>
   </div>
  </div>
  <div class="article-content-right" id="right_wrap">
   {ad_slot("right_1", "广告")}
   <div class="guess-like" id="guess_like" data-sudaclick="guess_like"><div class="tit"><h3>猜你喜欢</h3></div><ul>{guess_li}</ul></div>
   {ad_slot("right_2", "广告")}
   <div class="app-download"><h3>华讯新闻客户端</h3><p>扫码下载，随时随地看新闻</p><img src="//n.huaxun.example/news/img/app_qr.png" alt="" /></div>
  </div>
 </div>
</div>
<script>
var SINA_TEXT_PAGE_INFO = {{"docid":"{a.x["docid"]}","channel":"{a.x["chan"]}","newsid":"comos-{a.x["docid"][4:]}","encoding":"utf-8","sourceMedia":"{esc(source)}","pagetype":"article"}};
var relatedNewsData = {json.dumps(teaser, ensure_ascii=False)};
</script>
{_footer()}"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing(site: Site3, chan: str, page: int, items: list[Art], pages: int) -> tuple[bytes, str]:
    rng = random.Random(f"sina-list:{chan}:{page}")
    rows = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">'
        f"({a.when:%m月%d日 %H:%M})</span></li>"
        for a in items
    )

    def href(p: int) -> str:
        return "index.html" if p == 0 else f"index_{p}.html"

    pager = "".join(
        f"<span class='current'>{p + 1}</span>" if p == page else f"<a href='{href(p)}'>{p + 1}</a>"
        for p in range(pages)
    )
    if page + 1 < pages:
        pager += f"<a href='{href(page + 1)}' class='next'>下一页</a>"
    route = f"/news/{chan}/{href(page)}"
    page_html = f"""{_head(site, f"{CHANNELS[chan]}_新闻中心_{SITE}", route, "", rng)}
{_top_nav()}
<div class="main-content w1240">
 <div class="blk-list"><h2 class="list-title">{CHANNELS[chan]}</h2><ul class="list_009">{rows}</ul>
 <div class="pagebox">{pager}</div></div>
</div>
{_footer()}"""
    return page_html.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site3) -> None:
    arts = sorted(site.of("sina"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, partial(article, site, a))
    for chan in CHANNELS:
        items = [a for a in arts if a.x["chan"] == chan]
        pages = -(-len(items) // PAGE)
        for p in range(pages):
            fn = partial(listing, site, chan, p, items[p * PAGE : (p + 1) * PAGE], pages)
            site.route(f"/news/{chan}/index.html" if p == 0 else f"/news/{chan}/index_{p}.html", fn)
            if p == 0:
                site.route(f"/news/{chan}/", fn)
