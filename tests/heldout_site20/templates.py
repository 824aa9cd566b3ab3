"""Site 20's article pages: 36氪, 虎嗅, 钛媒体, IT之家 and 中关村在线 (GBK)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from heldout import Block

from .common import Art, comments_cn, css, esc, others, page_rng, ts

if TYPE_CHECKING:
    from .generator import Site20

UTF8 = "text/html; charset=utf-8"
GBK = "text/html; charset=gbk"


def _rel(site: Site20, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def _img_attr(b: Block) -> str:
    return f'src="{b.src}" data-src="{b.src}"'


# --- 1. 36氪 -------------------------------------------------------------------------------

KR_NAV = [
    ("/", "首页"),
    ("/newsflashes/", "快讯"),
    ("/information/web_news/", "资讯"),
    ("/information/web_recommend/", "推荐"),
    ("/information/ccs/", "财经"),
    ("/information/AI/", "AI"),
    ("/information/travel/", "汽车"),
    ("/information/technology/", "科技"),
    ("/information/shuzihua/", "专精特新"),
    ("/information/happy_life/", "生活"),
    ("/information/innovate/", "创新"),
    ("/information/real_estate/", "房产"),
    ("/information/web_zhichang/", "职场"),
    ("/information/other/", "其他"),
    ("/video/", "视频"),
    ("/activity/", "活动"),
    ("/search/?q=AI", "搜索"),
]


def _kr_body(a: Art) -> str:
    x = a.x
    style = x["style"]
    top: list[str] = []
    if style.startswith("own"):
        top.append(f"<p>文｜{'、'.join(a.authors)}</p>")
        if a.editors:
            top.append(f"<p>编辑｜{a.editors[0]}</p>")
        if x["cover_top"]:
            top.append(f"<p>封面来源｜{x['cover']}</p>")
    else:
        ed = f"，编辑：{a.editors[0]}" if a.editors else ""
        acc, accid = x["acc"]
        top.append(
            f"<p>本文来自微信公众号“{acc}”（ID：{accid}），作者：{a.authors[0]}{ed}，36氪经授权发布。</p>"
        )
    parts = list(top)
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h2><strong>{esc(b.text)}</strong></h2>")
        else:
            parts.append(
                f'<p class="image-wrapper"><img {_img_attr(b)} data-img-size-val="1080,720"></p>'
                + (f'<p class="img-desc">{esc(b.text)}</p>' if b.text else "")
            )
    if style.startswith("own") and not x["cover_top"]:
        parts.append(f"<p>封面来源｜{x['cover']}</p>")
    return "".join(parts)


def kr(site: Site20, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    own = x["style"].startswith("own")
    shown = a.authors[0] if own else x["acc"][0]
    body = _kr_body(a)
    nav = "".join(f'<a class="kr-header-nav-item" href="{p}">{n}</a>' for p, n in KR_NAV)
    rel = _rel(site, a)
    related = ""
    if rel:
        items = "".join(
            f'<div class="kr-related-item"><a class="related-title" href="{b.path}" target="_blank">{esc(b.title)}</a>'
            f'<span class="related-time">{b.when:%Y-%m-%d}</span></div>'
            for b in rel
        )
        related = f'<div class="kr-article-related"><div class="kr-related-head">相关推荐</div><div class="kr-related-list">{items}</div></div>'
    flow = "".join(
        f'<div class="kr-flow-article-item"><div class="kr-shadow-content"><a class="article-item-title weight-bold" href="{b.path}" target="_blank">{esc(b.title)}</a>'
        f'<a class="article-item-description ellipsis-2">{esc(b.blocks[0].text[:60] if b.blocks else "")}…</a>'
        f'<div class="kr-flow-bar"><span class="kr-flow-bar-author">{esc(b.authors[0] if b.authors else "36氪")}</span><span class="kr-flow-bar-time">{rng.randint(1, 23)}小时前</span></div></div></div>'
        for b in others(site, a, 12, "flow")
    )
    hot = "".join(
        f'<div class="hotlist-item"><span class="hot-rank">{k + 1}</span><a href="{b.path}" target="_blank">{esc(b.title)}</a></div>'
        for k, b in enumerate(others(site, a, 8, "hot"))
    )
    mine = "".join(
        f'<div class="author-article-item"><a href="{b.path}">{esc(b.title)}</a></div>'
        for b in others(site, a, 3, "mine", "kr")
    )
    tags = "".join(f'<a class="kr-tag-item" href="/search/?q=AI">{esc(t)}</a>' for t in x["tags"])
    stamp = f"{a.when.year}年{a.when:%m}月{a.when:%d}日 {a.when:%H:%M}"
    footer_note = (
        "<p>本文经授权发布，不代表36氪立场。</p><p>如若转载请注明出处。来源出处：36氪</p>"
        if own
        else "<p>该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。</p>"
    )
    state = {
        "navigator": {"navList": [{"name": n, "route": p} for p, n in KR_NAV]},
        "articleDetail": {
            "articleDetailData": {
                "code": 0,
                "data": {
                    "itemId": x["aid"],
                    "widgetTitle": a.title,
                    "summary": x["summary"],
                    "author": shown,
                    "authorId": x["uid"],
                    "authorRoute": f"detail_author?userId={x['uid']}",
                    "publishTime": ts(a.when) * 1000,
                    "widgetContent": body,
                    "sourceType": "original" if own else "contribution",
                    "tags": x["tags"],
                    "statCollect": rng.randint(3, 300),
                    "statPraise": rng.randint(3, 300),
                },
            }
        },
        "isBrowser": False,
        "channel": [],
        "userInfo": {},
    }
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}-36氪</title>
<meta name="keywords" content="{esc(",".join(x["tags"]))}">
<meta name="description" content="{esc(x["summary"])}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(x["summary"])}"><meta property="og:image" content="https://img.36krcdn.com/hsossms/20240508/v2_{x["aid"] % 99999:x}@000000_oswg.jpg">
<meta property="og:url" content="{site.base}{a.path}"><link rel="canonical" href="{site.base}{a.path}">
<link rel="stylesheet" href="/static/css/36kr-app.{x["aid"] % 9999:x}.css">
<style>{css(rng, "kr", 150)}</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?1684191ccae0314c6254306a8333d090";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
<script>window.__krSensors={{server_url:"https://sensors.36kr.com/sa?project=production",page:"article_detail"}};</script>
</head>
<body><div id="app"><div class="kr-layout"><div class="kr-header"><div class="kr-header-content">
<a class="kr-header-logo" href="/"><img src="/static/img/36kr-logo.png" alt="36氪"></a><div class="kr-header-nav">{nav}</div>
<div class="kr-header-search"><form action="/search/"><input name="q" placeholder="搜索"></form></div>
<a class="kr-header-app" href="/app/">下载36氪APP</a><a class="kr-header-login" href="javascript:;">登录</a></div></div>
<div class="kr-layout-main clearfloat"><div class="main-right"><div class="kr-layout-content"><div class="kr-article">
<div class="article-detail-wrapper-box"><div class="article-title-icon common-width margin-bottom-40">
<h1 class="article-title margin-bottom-20 common-width">{esc(a.title)}</h1>
<div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="/user/{x["uid"]}" target="_blank">{esc(shown)}</a><span class="title-icon-item item-time">·{stamp}</span></div></div>
<div class="summary">{esc(x["summary"])}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">{body}</div>
<div class="common-width margin-bottom-20 article-footer-txt">{footer_note}</div>
<div class="kr-tag-list">{tags}</div>
<div class="share-bar"><span>分享至</span><a class="share-wechat" href="javascript:;">微信</a><a class="share-weibo" href="javascript:;">微博</a><a class="share-qzone" href="javascript:;">QQ空间</a><a class="share-copy" href="javascript:;">复制链接</a><span class="collect">收藏 {rng.randint(3, 300)}</span><span class="praise">点赞 {rng.randint(3, 300)}</span></div>
<div class="kr-download-prompt"><img src="/static/img/qr-app.png" alt=""><p>打开36氪APP，阅读体验更佳</p></div>
{related}
<div class="kr-author-other"><div class="kr-author-other-head">{esc(shown)}的其他文章</div>{mine}</div>
<div class="kr-home-flow"><div class="kr-flow-head">推荐阅读</div>{flow}<div class="kr-loading-more-button"><a href="/information/web_news/">查看更多</a></div></div>
</div></div></div></div>
<div class="main-left"><div class="kr-hotlist"><div class="hotlist-head">24小时热榜</div>{hot}</div>
<div class="kr-ad"><a href="https://36kr.com/activity/" class="ad-banner"><img src="/static/ad/{rng.getrandbits(32):08x}.jpg" alt="广告"></a></div>
<div class="kr-qr"><p>扫码下载36氪APP</p><p>让一部分人先看到未来</p></div></div></div>
<div class="kr-footer"><div class="footer-links"><a href="/about/">关于36氪</a><a href="/contact/">城市合作</a><a href="/contact/">寻求报道</a><a href="/contact/">我要入驻</a><a href="/about/">投资者关系</a><a href="/about/">商务合作</a></div>
<div class="footer-friends"><span>合作伙伴</span><a href="https://www.aliyun.com/">阿里云</a><a href="https://www.tencentcloud.com/">腾讯云</a><a href="https://www.baidu.com/">百度</a></div>
<p class="footer-copy">© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6 | 京ICP证150143号 | 京公网安备11010502057322号 | 违法和不良信息举报</p></div>
</div></div>
<script>window.initialState={json.dumps(state, ensure_ascii=False)}</script>
<script src="/static/js/vendor.{x["aid"] % 7777:x}.js" defer></script><script src="/static/js/app.{x["aid"] % 5555:x}.js" defer></script>
</body></html>"""
    return html.encode("utf-8"), UTF8


# --- 2. 虎嗅 -------------------------------------------------------------------------------

HX_NAV = [
    ("/", "首页"),
    ("/channel/105.html", "资讯"),
    ("/moment/", "24小时"),
    ("/channel/103.html", "科技"),
    ("/channel/106.html", "商业消费"),
    ("/channel/21.html", "车与出行"),
    ("/channel/115.html", "财经"),
    ("/channel/102.html", "出海"),
    ("/video/", "视频"),
    ("/club/", "虎嗅智库"),
    ("/search/?q=AI", "搜索"),
]


def hx(site: Site20, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    style = x["style"]
    orig = style.startswith("orig")
    shown = a.authors[0] if orig else x["acc"][0]
    parts: list[str] = []
    if orig:
        lines = [f"出品｜{x['group']}", f"作者｜{a.authors[0]}", f"编辑｜{a.editors[0]}"]
        if style == "orig":
            lines.append(f"题图｜{x['cover']}")
            parts += [f"<p>{esc(s)}</p>" for s in lines]
        else:
            lines.append(f"头图｜{x['cover']}")
            parts.append("<p>" + "<br/>".join(esc(s) for s in lines) + "</p>")
    else:
        acc, accid = x["acc"]
        parts.append(
            '<div class="article__content-top-note"><p class="text-remarks">'
            f"本文来自微信公众号：{esc(acc)}（ID：{accid}），作者：{esc(a.authors[0])}，原文标题：{esc(x['orig_title'])}，题图来自：{esc(x['cover'])}</p></div>"
        )
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(
                f'<p><strong><span class="text-big-title">{esc(b.text)}</span></strong></p>'
            )
        else:
            parts.append(
                f'<p class="img-center-box"><img class="lazyImg" {_img_attr(b)} _src="{b.src}" alt=""></p>'
                + (f'<p class="text-img-note">{esc(b.text)}</p>' if b.text else "")
            )
    parts.append(
        '<p class="text-remarks" label="备注">本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com</p>'
        '<p class="text-remarks">如对本稿件有异议或投诉，请联系tougao@huxiu.com</p>'
        '<p class="text-remarks">正在改变与想要改变世界的人，都在 <a href="/app/">虎嗅APP</a></p>'
    )
    body = "".join(parts)
    nav = "".join(f'<li class="nav-item"><a href="{p}">{n}</a></li>' for p, n in HX_NAV)
    rel = _rel(site, a)
    related = ""
    if rel:
        items = "".join(
            f'<div class="article-item"><a class="article-item__title" href="{b.path}" target="_blank">{esc(b.title)}</a>'
            f'<div class="article-item__bottom"><span class="author">{esc(b.authors[0] if b.authors else "")}</span><span class="time">{b.when:%Y-%m-%d}</span></div></div>'
            for b in rel
        )
        related = f'<div class="article__bottom-related"><div class="related-title">相关推荐</div><div class="related-list">{items}</div></div>'
    h24 = "".join(
        f'<div class="moment-item"><span class="moment-time">{b.when:%H:%M}</span><a href="{b.path}">{esc(b.title)}</a></div>'
        for b in others(site, a, 8, "24h")
    )
    hotread = "".join(
        f'<div class="hot-article"><a href="{b.path}" target="_blank">{esc(b.title)}</a><span class="hot-num">{rng.randint(1, 99)}.{rng.randint(0, 9)}万阅读</span></div>'
        for b in others(site, a, 6, "hot")
    )
    theirs = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(site, a, 3, "ta", "hx")
    )
    nuxt = {
        "layout": "default",
        "data": [
            {
                "articleDetail": {
                    "aid": str(x["aid"]),
                    "title": a.title,
                    "dateline": str(ts(a.when)),
                    "formatDate": f"{a.when:%Y-%m-%d %H:%M}",
                    "author": shown,
                    "uid": str(x["uid"]),
                    "is_original": "1" if orig else "0",
                    "pic_path": f"https://img.huxiucdn.com/article/cover/202405/{x['aid']}.jpg",
                    "read_time": x["mins"],
                    "tags": [x["ctx"]["topic"], x["ctx"]["org"]],
                }
            }
        ],
        "state": {"user": {"isLogin": False}, "app": {"isAppDownloadShow": True}},
    }
    html = f"""<!doctype html>
<html data-n-head-ssr lang="zh" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh%22%7D%7D">
<head><title>{esc(a.title)}-虎嗅网</title><meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="keywords" name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["org"])}">
<meta data-n-head="ssr" data-hid="description" name="description" content="{esc(a.blocks[0].text[:80])}">
<meta data-n-head="ssr" property="og:title" content="{esc(a.title)}"><meta data-n-head="ssr" property="og:type" content="article">
<meta data-n-head="ssr" property="og:image" content="https://img.huxiucdn.com/article/cover/202405/{x["aid"]}.jpg">
<link data-n-head="ssr" rel="canonical" href="{site.base}{a.path}">
<link rel="preload" href="/_nuxt/{x["aid"] % 9973:x}.js" as="script">
<style data-vue-ssr-id="huxiu">{css(rng, "hx", 160)}</style>
</head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="huxiu-layout">
<header class="header-wrap"><div class="header"><a class="header__logo" href="/"><img src="/static/img/logo.png" alt="虎嗅"></a>
<ul class="header__nav">{nav}</ul><div class="header__search"><a href="/search/?q=AI">搜索</a></div>
<div class="header__right"><a class="header__app" href="/app/">下载APP</a><a class="header__login" href="javascript:;">登录</a><a class="header__register" href="javascript:;">注册</a></div></div></header>
<div class="article-wrap container"><div class="article-wrap__left">
<div class="article__title-box"><h1 class="article__title">{esc(a.title)}</h1>
<div class="article__author-info-box"><a href="/member/{x["uid"]}.html" class="author-info__username" target="_blank">{esc(shown)}</a>
<span class="article__time">{a.when:%Y-%m-%d %H:%M}</span><span class="article__read-time">· {x["mins"]} 分钟阅读</span></div></div>
<div class="article__content" id="article-content">{body}</div>
<div class="article__tags"><a class="tag" href="/search/?q=AI">{esc(x["ctx"]["topic"])}</a><a class="tag" href="/search/?q=AI">{esc(x["ctx"]["org"])}</a></div>
<div class="article__action-bar"><span class="zan">点赞 {rng.randint(1, 99)}</span><span class="collect">收藏 {rng.randint(1, 99)}</span><span class="reward">赞赏</span>
<div class="share"><span>分享到</span><a href="javascript:;" class="share-wechat">微信</a><a href="javascript:;" class="share-weibo">微博</a><a href="javascript:;" class="share-link">复制链接</a></div></div>
<div class="article__app-download"><p>打开虎嗅APP，查看全文</p><a href="/app/">立即下载</a></div>
{related}
<div class="comment-wrap"><div class="comment-title">评论（{rng.randint(5, 90)}）</div>
<div class="comment-input"><textarea placeholder="写下你的评论..."></textarea><button>发表</button></div>
<ul class="comment-list">{comments_cn(rng, 14, a.when)}</ul></div>
</div><div class="article-wrap__right">
<div class="author-card"><img class="author-card__avatar" src="/static/avatar/{x["uid"]}.jpg" alt=""><a class="author-card__name" href="/member/{x["uid"]}.html">{esc(shown)}</a>
<p class="author-card__intro">{"虎嗅网作者" if orig else "微信公众号：" + esc(x["acc"][0])}</p>
<div class="author-card__data"><span><em>{x["n_art"]}</em>文章</span><span><em>{x["fans"]}</em>粉丝</span><span><em>{rng.randint(1, 900)}</em>关注</span></div>
<a class="author-card__follow" href="javascript:;">+ 关注</a><ul class="author-card__articles"><li class="ta-head">TA的文章</li>{theirs}</ul></div>
<div class="moment-wrap"><div class="moment-wrap__title">24小时</div>{h24}<a class="moment-more" href="/moment/">查看更多</a></div>
<div class="hot-wrap"><div class="hot-wrap__title">热文</div>{hotread}</div>
<div class="ad-wrap"><a href="/club/"><img src="/static/ad/club-{rng.getrandbits(20):05x}.jpg" alt="虎嗅智库"></a></div></div></div>
<footer class="footer"><div class="footer__links"><a href="/about/">关于我们</a><a href="/about/">加入我们</a><a href="/contact/">合作伙伴</a><a href="/contact/">广告及服务</a><a href="/about/">常见问题</a><a href="/about/">防网络诈骗专题</a></div>
<p class="footer__copy">Copyright © 2012-2024 虎嗅网 | 京ICP备12013432号-1 | 京公网安备11010102001402号 | 违法和不良信息举报电话：010-65992500</p></footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b,c){{return {json.dumps(nuxt, ensure_ascii=False)}}}(null,false,true));</script>
<script src="/_nuxt/{x["aid"] % 9973:x}.js" defer></script>
</body></html>"""
    return html.encode("utf-8"), UTF8


# --- 3. 钛媒体 ----------------------------------------------------------------------------

TMT_NAV = [
    ("/", "首页"),
    ("/nictation", "快报"),
    ("/new", "最新"),
    ("/column/5769902", "科技"),
    ("/column/5769903", "金融"),
    ("/column/5769904", "汽车"),
    ("/column/5769905", "医疗"),
    ("/column/5769906", "宏观"),
    ("/video/", "视频"),
    ("/search/?q=AI", "搜索"),
]


def tmt(site: Site20, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h2>{esc(b.text)}</h2>")
        else:
            parts.append(
                f'<p><img {_img_attr(b)} alt="" class="aligncenter"></p>'
                + (
                    f'<p class="image-caption" style="text-align:center">{esc(b.text)}</p>'
                    if b.text
                    else ""
                )
            )
    ed = f"，编辑｜{a.editors[0]}" if a.editors else ""
    parts.append(f"<p>（本文首发于钛媒体App，作者｜{'、'.join(a.authors)}{ed}）</p>")
    body = "".join(parts)
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in TMT_NAV)
    rel = _rel(site, a)
    related = ""
    if rel:
        items = "".join(
            f'<li><a href="{b.path}" target="_blank" class="related-title">{esc(b.title)}</a><span class="related-author">{esc(b.authors[0])}</span></li>'
            for b in rel
        )
        related = (
            f'<div class="related-post"><h3 class="mod-title">相关文章</h3><ul>{items}</ul></div>'
        )
    hot = "".join(
        f'<li><span class="rank">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 8, "hot"))
    )
    flash = "".join(
        f'<li><span class="time">{b.when:%H:%M}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(site, a, 6, "flash")
    )
    stamp = f"{a.when:%Y-%m-%d %H:%M}"
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)}-钛媒体官方网站</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["org"])},钛媒体">
<meta name="description" content="{esc(x["summary"])}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="钛媒体">
<meta property="og:url" content="{site.base}{a.path}"><meta property="og:image" content="https://images.tmtpost.com/uploads/images/2024/05/{x["aid"]}.jpg">
<link rel="canonical" href="{site.base}{a.path}">
<link rel="stylesheet" href="/static/css/tmt-post.css?v=20240430">
<style>{css(rng, "tmt", 150)}</style>
<script>var tmt_post_id = {x["aid"]}; var tmt_post_guid = "{x["aid"]}"; var tmt_uid = 0;</script>
</head>
<body class="single-post">
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo-tmt.png" alt="钛媒体"></a><ul class="nav">{nav}</ul>
<div class="header-right"><a class="download-app" href="/app/">钛媒体App</a><a class="login" href="javascript:;">登录</a><a class="contribute" href="/contact/">投稿</a></div></div></div>
<div class="container wrap clearfix"><div class="col-left">
<article class="post-article"><div class="post-title"><h1>{esc(a.title)}</h1></div>
<div class="post-info"><span class="post-author">钛媒体作者 <a class="color-orange" href="/user/{x["uid"]}" target="_blank">{esc(a.authors[0])}</a></span><span class="time">{stamp}</span><span class="post-views">阅读 {x["views"]:,}</span></div>
<div class="post-abstract"><span class="abstract-label">摘要：</span><p>{esc(x["summary"])}</p></div>
<div class="inner">{body}</div>
<div class="post-tags"><a href="/search/?q=AI">{esc(x["ctx"]["topic"])}</a><a href="/search/?q=AI">{esc(x["ctx"]["org"])}</a></div>
<div class="post-copyright"><p>本文系作者 {esc(a.authors[0])} 授权钛媒体发表，并经钛媒体编辑，转载请注明出处、作者和本文链接。</p></div>
<div class="share-area"><span>分享到：</span><a class="share-wechat" href="javascript:;">微信</a><a class="share-weibo" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ</a><span class="like">喜欢 {rng.randint(0, 90)}</span></div>
<div class="app-prompt"><p>更多宏观经济研究、产业链分析、公司动态，请下载钛媒体App</p><img src="/static/img/qr-tmt.png" alt=""></div>
</article>
{related}
<div class="comment-area"><h3>评论（{rng.randint(0, 30)}）</h3><div class="comment-form"><textarea placeholder="回复 钛媒体作者"></textarea><a class="btn">发表</a></div><ul>{comments_cn(rng, 5, a.when)}</ul></div>
</div><div class="col-right">
<div class="author-box"><img src="/static/avatar/{x["uid"]}.png" alt=""><a href="/user/{x["uid"]}">{esc(a.authors[0])}</a><p>钛媒体作者</p><span>关注</span></div>
<div class="mod-hot"><h3>热门文章</h3><ul>{hot}</ul></div>
<div class="mod-flash"><h3>钛媒体快报</h3><ul>{flash}</ul><a href="/nictation">更多快报</a></div>
<div class="ad"><a href="/contact/"><img src="/static/ad/t-{rng.getrandbits(20):05x}.jpg" alt="广告"></a></div></div></div>
<div class="footer"><div class="wrap"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/about/">加入我们</a> | <a href="/about/">用户协议</a> | <a href="/about/">隐私政策</a></p>
<p>Copyright © 2012-2024 钛媒体 TMTPost.com All Rights Reserved. 京ICP备09063371号-1 京公网安备11010502033221号</p></div></div>
<script src="/static/js/jquery.min.js"></script><script src="/static/js/post.js?v=20240430"></script>
</body></html>"""
    return html.encode("utf-8"), UTF8


# --- 4. IT之家 ----------------------------------------------------------------------------

ITH_NAV = [
    ("/", "首页"),
    ("/list/", "IT资讯"),
    ("/list/list_2.html", "更早"),
    ("/phone/", "手机"),
    ("/pc/", "电脑"),
    ("/digi/", "数码"),
    ("/apple/", "苹果"),
    ("/harmonyos/", "鸿蒙"),
    ("/win11/", "Win11"),
    ("/ai/", "智能时代"),
    ("/video/", "视频"),
    ("/search/?q=AI", "搜索"),
]
RUANMEI = [
    ("https://www.ithome.com/", "IT之家"),
    ("https://www.zuihuimai.com/", "最会买"),
    ("https://iphone.ithome.com/", "iPhone之家"),
    ("https://win7.ithome.com/", "Win7之家"),
    ("https://win10.ithome.com/", "Win10之家"),
    ("https://win11.ithome.com/", "Win11之家"),
    ("https://mo.ithome.com/", "魔方"),
    ("https://m.ruanmei.com/", "软媒手机助手"),
]


def ith(site: Site20, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    parts = []
    if x["tipster"]:
        parts.append(
            f'<p>感谢<a class="s_tag" href="https://my.ruanmei.com/?uid={x["aid"]}" target="_blank">IT之家网友 {esc(x["tipster"])}</a>的线索投递！</p>'
        )
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h2>{esc(b.text)}</h2>")
        else:
            parts.append(
                f'<p><img src="//img.ithome.com/images/v2.5/noimg.png" data-original="{b.src}" w="1440" h="1080" title="{esc(a.title)}" alt="{esc(a.title)}" class="lazy"></p>'
            )
    parts.append(
        '<p class="ad-tips" style="color:#999;font-size:12px">广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。</p>'
    )
    body = "".join(parts)
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in ITH_NAV)
    rel = _rel(site, a)
    related = ""
    if rel:
        items = "".join(
            f'<li><span>{b.when:%Y/%m/%d}</span><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
            for b in rel
        )
        related = f'<div class="related_post"><div class="title">相关文章</div><ul class="related">{items}</ul></div>'
    day = "".join(
        f'<li><span class="num">{k + 1}</span><a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "day"))
    )
    week = "".join(
        f'<li><span class="num">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "week"))
    )
    rm = "".join(f'<a href="{u}" target="_blank">{n}</a>' for u, n in RUANMEI)
    src = (
        '<a href="https://www.ithome.com" target="_blank">IT之家</a>'
        if x["source"] == "IT之家"
        else f'<a href="https://tech.sina.com.cn/" target="_blank" rel="nofollow">{x["source"]}</a>'
    )
    w = a.when
    stamp = f"{w.year}/{w.month}/{w.day} {w:%H:%M:%S}"
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(a.title)} - IT之家</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["org"])}">
<meta name="description" content="{esc(a.blocks[0].text[:100])}">
<meta property="bytedance:published_time" content="{w.isoformat()}">
<meta property="bytedance:lrDate_time" content="{w.isoformat()}">
<meta property="bytedance:updated_time" content="{w.isoformat()}">
<link rel="canonical" href="{site.base}{a.path}">
<link rel="stylesheet" href="//img.ithome.com/css/v3/news.min.css?r=20240507">
<style>{css(rng, "ith", 120)}</style>
<script>var newsid = {x["aid"]}, cid = {x["aid"] % 97}, cate = "phone";</script>
</head>
<body>
<div id="top"><div class="top-bar"><a href="/">IT之家</a> | <a href="/app/">IT之家客户端</a> | <a href="/contact/">投稿</a> | <a href="javascript:;">登录</a></div>
<div id="nav"><a class="logo" href="/"><img src="//img.ithome.com/images/v2.5/logo.png" alt="IT之家"></a><ul class="nav_list">{nav}</ul>
<div class="search"><form action="/search/"><input name="q" value=""><button>搜索</button></form></div></div></div>
<div id="con"><div id="dt"><div class="fl content">
<div class="crumb"><a href="/">IT之家</a> » <a href="/list/">IT资讯</a> » <a href="/phone/">手机</a></div>
<h1>{esc(a.title)}</h1><div class="cv"></div>
<div class="news_info"><span id="pubtime_baidu">{stamp}</span> <span id="source_baidu">来源：{src}</span> <span id="author_baidu">作者：<strong>{esc(a.authors[0])}</strong></span> <span id="editor_baidu">责编：<strong>{esc(a.editors[0])}</strong></span> <span class="comm">评论：<a href="#post_comm">{x["ncomm"]}</a></span></div>
<div class="post_content" id="paragraph">{body}</div>
<div class="news_tags"><span>相关标签：</span><a href="/search/?q=AI">{esc(x["ctx"]["topic"])}</a><a href="/search/?q=AI">{esc(x["ctx"]["org"])}</a></div>
<div class="shareto"><span>分享到：</span><a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="qq">QQ</a><div class="app-guide"><a href="/app/">下载IT之家APP，分享赚金币换豪礼</a></div></div>
{related}
<div class="ruanmei"><div class="title">软媒旗下网站：</div>{rm}<div class="title">软媒旗下软件：</div><a href="https://mo.ithome.com/">魔方</a><a href="https://m.ruanmei.com/">软媒手机助手</a><a href="https://tool.ithome.com/">酷点</a></div>
<div id="post_comm"><div class="comm-title">网友评论</div><div class="comm-tip">文明上网理性发言，请遵守新闻评论服务协议</div>
<div class="comm_hot"><div class="comm-subtitle">热门评论</div><ul class="list hot">{comments_cn(rng, 10, w, "entry hot")}</ul></div>
<div class="comm_list"><div class="comm-subtitle">最新评论</div><ul class="list">{comments_cn(rng, 60, w, "entry")}</ul>
<a class="more_comm" href="javascript:;">查看更多评论</a></div></div>
</div><div class="fr sidebar">
<div class="rank"><div class="title">日榜</div><ul>{day}</ul></div><div class="rank"><div class="title">周榜</div><ul>{week}</ul></div>
<div class="ad"><a href="https://www.zuihuimai.com/" target="_blank"><img src="//img.ithome.com/ad/{rng.getrandbits(24):06x}.jpg" alt="最会买"></a></div></div></div></div>
<div id="foot"><p><a href="/about/">关于IT之家</a> | <a href="/contact/">联系我们</a> | <a href="/about/">加入我们</a> | <a href="/contact/">广告合作</a> | <a href="/about/">用户协议</a></p>
<p>IT之家，软媒旗下科技门户网站 - 爱科技，爱这里。</p><p>Copyright © RuanMei.com, All Rights Reserved. 青岛软媒网络科技有限公司版权所有 鲁ICP备12007390号</p></div>
<script src="//img.ithome.com/js/jquery.min.js"></script><script src="//img.ithome.com/js/news.min.js?r=20240507"></script>
</body></html>"""
    return html.encode("utf-8"), UTF8


# --- 5. 中关村在线 (GBK) -------------------------------------------------------------------

ZOL_NAV = [
    ("/", "首页"),
    ("/news/list_1.html", "新闻"),
    ("/news/list_2.html", "更多新闻"),
    ("/pingce/", "评测"),
    ("/daogou/", "导购"),
    ("/notebook/", "笔记本"),
    ("/mobile/", "手机"),
    ("/diy/", "DIY硬件"),
    ("/jiadian/", "家电"),
    ("/video/", "视频"),
    ("/search/?q=AI", "搜索"),
]


def zol(site: Site20, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind == "table":
            rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in x["rows"])
            parts.append(
                f'<table class="param-table" border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>{rows}</tbody></table>'
            )
        else:
            parts.append(
                f'<p style="text-align:center"><img src="{b.src}" alt="{esc(b.text)}" width="600" height="400"></p>'
                + (f'<p style="text-align:center">{esc(b.text)}</p>' if b.text else "")
            )
    if x["style"] != "repost":
        parts.append(
            f'<p class="copyright-tip">本文属于原创文章，如若转载，请注明来源：{esc(a.title)}{site.base}{a.path}</p>'
        )
    parts.append(f'<p class="editor" style="text-align:right">责任编辑：{esc(a.editors[0])}</p>')
    body = "".join(parts)
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in ZOL_NAV)
    rel = _rel(site, a)
    related = ""
    if rel:
        items = "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>' for b in rel
        )
        related = f'<div class="related-read"><div class="module-head">相关阅读</div><ul>{items}</ul></div>'
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    guess = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><span>{b.when:%m-%d}</span></li>'
        for b in others(site, a, 8, "guess")
    )
    prices = "".join(
        f'<li><a href="https://detail.zol.com.cn/notebook/index{1400000 + rng.randint(0, 99999)}.shtml" target="_blank">{esc(t)}</a><span class="price">￥{rng.randint(4, 19)}999</span></li>'
        for t in rng.sample(
            [
                "拯救者Y7000P",
                "ROG枪神8",
                "华硕天选5 Pro",
                "戴尔游匣G16",
                "惠普暗影精灵10",
                "机械革命蛟龙16",
                "雷神ZERO",
                "联想小新Pro14",
            ],
            6,
        )
    )
    src = "[ 中关村在线 原创 ]" if x["style"] != "repost" else "[ 中关村在线 转载 ]"
    w = a.when
    stamp = f"{w.year}年{w:%m}月{w:%d}日 {w:%H:%M}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}_中关村在线</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["org"])},笔记本" />
<meta name="description" content="{esc(a.blocks[0].text[:100])}" />
<meta name="mobile-agent" content="format=html5; url=https://m.zol.com.cn/article/{x["aid"]}.html" />
<link rel="canonical" href="{site.base}{a.path}" />
<link href="//icon.zol-img.com.cn/article/2020/css/article.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "zol", 130)}</style>
<script type="text/javascript">var docId = "{x["aid"]}", subcateId = "16", manuId = "{x["aid"] % 997}", pageType = "article", userId = "";</script>
</head>
<body>
<div class="toolbar"><div class="wrapper"><a href="/">中关村在线</a> <a href="/news/list_1.html">新闻中心</a> <a href="javascript:;">登录</a> <a href="javascript:;">注册</a> <a href="/app/">下载ZOL客户端</a></div></div>
<div class="header"><div class="wrapper"><a class="logo" href="/"><img src="//icon.zol-img.com.cn/public/logo.png" alt="中关村在线" /></a><div class="nav">{nav}</div>
<form class="search" action="/search/"><input name="q" /><button>搜索</button></form></div></div>
<div class="wrapper clearfix"><div class="main">
<div class="breadcrumb"><a href="/">中关村在线</a> &gt; <a href="/news/list_1.html">新闻中心</a> &gt; <span>笔记本</span></div>
<div class="article-header clearfix"><h1 class="article-title">{esc(a.title)}</h1>
<div class="article-aboute"><span class="time" id="pubtime_baidu">{stamp}</span>&nbsp;&nbsp;<span class="source">{src}</span>&nbsp;&nbsp;<span id="author_baidu" class="author">作者：{esc(a.authors[0])}</span></div></div>
<div class="article-cont clearfix" id="cmsArticleContent">{body}</div>
<div class="article-share"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a><a class="error" href="javascript:;">纠错</a></div>
{related}
<div class="guess-like"><div class="module-head">猜你喜欢</div><ul>{guess}</ul></div>
<div class="comment-box"><div class="module-head">网友评论</div><ul>{comments_cn(rng, 8, w)}</ul></div>
</div><div class="side">
<div class="module"><div class="module-head">热门排行</div><ol>{hot}</ol></div>
<div class="module price-list"><div class="module-head">笔记本报价</div><ul>{prices}</ul></div>
<div class="ad"><a href="/app/"><img src="//icon.zol-img.com.cn/ad/{rng.getrandbits(24):06x}.jpg" alt="广告" /></a></div></div></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/about/">网站地图</a> | <a href="/contact/">广告服务</a> | <a href="/about/">诚聘英才</a></p>
<p>中关村在线 版权所有 Copyright &copy; 1999-2024 ZOL.com.cn, All Rights Reserved. 京ICP证090009号</p></div>
<script type="text/javascript" src="//icon.zol-img.com.cn/article/2020/js/article.js"></script>
</body></html>"""
    return html.encode("gbk"), GBK


RENDER = {"kr": kr, "hx": hx, "tmt": tmt, "ith": ith, "zol": zol}


def register(site: Site20) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
