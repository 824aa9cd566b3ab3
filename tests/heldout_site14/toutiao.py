"""今日头条 article pages (``/article/<group id>/``): server-rendered markup with a
``<title>`` of ``headline - 今日头条``, ``div.article-content`` holding the ``h1``, the
``article-meta`` line (原创 mark, ``2024-05-08 12:00``, the IP 属地, the account name), the body in
``article.syl-article-base.tt-article-content`` with ``pgc-img`` pictures, a 头条热榜 sidebar,
the account card and a recommendation feed; the page's data again in ``_SSR_HYDRATED_DATA``."""

# ruff: noqa: E501

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site14

CT = "text/html; charset=utf-8"
HOT = [
    "五一假期国内出游2.95亿人次",
    "多地发布暴雨预警",
    "今年高考报名人数公布",
    "国产大飞机新航线开通",
    "多家银行下调存款利率",
    "这些新规5月起施行",
    "全国首条低空航线开通",
    "男子见义勇为跳河救人",
    "演唱会门票实名制新规",
    "一地发放生育补贴",
]


def _src(o: Art) -> str:
    acct = o.x.get("acct") or o.x.get("brand", "头条号")
    return acct if isinstance(acct, str) else acct[0]


def _body(a: Art) -> str:
    out = []
    if a.x["byline"]:
        out.append(f"<p>{esc(a.x['byline'])}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p data-track="{len(out) + 1}">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h1>{esc(b.text)}</h1>")
        else:
            out.append(
                f'<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.example/tos-cn-i-qvj2lq49k0{b.src}~tplv-tt-origin-web:gif.jpeg" img_width="1080" img_height="720" image_type="1" mime_type="image/jpeg" web_uri="tos-cn-i-qvj2lq49k0{b.src}" class="syl-page-img" style="height: auto;"><p class="pgc-img-caption">{esc(b.text)}</p></div>'
            )
    if a.editors:
        out.append(f"<p>责编：{esc(a.editors[0])}</p>")
    return "".join(out)


def article(site: Site14, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    name, kind, token = a.x["acct"]
    feed = others(rng, site.arts, a, 8)
    mine = others(rng, [o for o in site.of("tt") if o.x["acct"] == a.x["acct"]], a, 3)
    hot = "".join(
        f'<li class="article-item"><a class="article-item-link" href="https://www.toutiao.example/trending/{7360000000000000000 + k}/" target="_blank" rel="noopener"><span class="news-index">{k}</span><span class="news-title" title="{h}">{h}</span></a></li>'
        for k, h in enumerate(rng.sample(HOT, 10), 1)
    )
    feed_html = "".join(
        f'<div class="feed-card-wrapper feed-card-article-wrapper"><div class="feed-card-article"><div class="feed-card-article-l"><a href="{o.path}" target="_blank" class="title" rel="noopener" aria-label="{esc(o.title)}">{esc(o.title)}</a><div class="feed-card-footer"><div class="feed-card-footer-cmp-author"><a href="/c/user/token/x{k}/" target="_blank">{esc(_src(o))}</a></div><div class="feed-card-footer-comment-cmp">{rng.randint(0, 999)}评论</div><div class="feed-card-footer-time-cmp">{rng.randint(1, 23)}小时前</div></div></div></div></div>'
        for k, o in enumerate(feed)
    )
    mine_html = "".join(
        f'<li><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>' for o in mine
    )
    data = {
        "data": {
            "groupId": a.x["gid"],
            "title": a.title,
            "publishTime": int(a.when.timestamp()),
            "content": _body(a),
            "source": name,
            "mediaUser": {
                "name": name,
                "userId": token,
                "avatarUrl": "https://p3.toutiaoimg.example/avatar.jpg",
            },
            "itemCell": {
                "articleBase": {"publishTime": str(int(a.when.timestamp()))},
                "userInfo": {"name": name},
            },
            "commentCount": a.x["comments"],
            "impressionCount": a.x["reads"],
        }
    }
    orig = '<span class="original-tag">原创</span>' if a.x["original"] else ""
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,minimum-scale=1,user-scalable=no">
<link rel="shortcut icon" href="//sf3-cdn-tos.douyinstatic.example/obj/eden-cn/uhbfnupkbps/toutiao_favicon.ico" type="image/x-icon">
<meta name="keywords" content="{esc(a.title[:6])}">
<meta name="description" content="{esc(trunc(a.paras[0], 70))}">
<meta name="referrer" content="no-referrer">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a.title)}"><meta property="og:description" content="{esc(trunc(a.paras[0], 70))}">
<meta property="og:release_date" content="{a.when:%Y-%m-%d %H:%M:%S}">
<meta name="tt_group_id" content="{a.x["gid"]}">
<title>{esc(a.title)} - 今日头条</title>
<link rel="stylesheet" href="https://lf3-cdn-tos.bytescm.example/obj/static/toutiao/article/main.4e1d2c.css">
<style>{css(rng, "syl", 400)}</style>
<script>window.TEA_HOST = "mcs.snssdk.example"; window._ttSentryConfig = {{ pid: "toutiao_web_pc", rate: 0.01 }};</script>
</head><body><div id="root"><div class="main-header"><div class="header-left"><a href="https://www.toutiao.example/" class="logo" aria-label="今日头条"></a><a href="/">首页</a><a href="https://www.toutiao.example/video/">视频</a><a href="https://www.toutiao.example/ch/news_hot/">热点</a></div><div class="header-right"><a href="javascript:;">下载头条APP</a><a href="javascript:;">登录</a></div></div>
<div class="article-detail-container"><div class="left-sidebar"><div class="detail-interaction"><div class="detail-like" aria-label="点赞">{rng.randint(0, 9999)}</div><div class="detail-interaction-comment">{a.x["comments"]}</div><div class="detail-interaction-collect">收藏</div><div class="detail-interaction-share">分享</div></div></div>
<div class="main"><div class="article-content"><h1>{esc(a.title)}</h1><div class="article-meta mt-4">{orig}<span>{a.when:%Y-%m-%d %H:%M}</span><span class="dot">·</span><span>{a.x["ip"]}</span><span class="name"><a href="/c/user/token/{token}/" target="_blank" rel="noopener">{esc(name)}</a></span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{_body(a)}</article></div>
<div class="article-end-tips">举报</div>
<div class="detail-comment"><div class="ttp-comment-wrapper"><div class="title">评论 {a.x["comments"]}</div><div class="ttp-comment-input"><textarea placeholder="留下你的精彩评论吧"></textarea><button>评论</button></div></div></div>
<div class="detail-feed"><div class="feed-title">推荐</div><div class="feed-m-list">{feed_html}</div></div></div>
<div class="right-sidebar"><div class="article-author"><a href="/c/user/token/{token}/" class="user-avatar"><img src="https://p3.toutiaoimg.example/avatar/{token}.jpg" alt="{esc(name)}"></a><a class="author-name" href="/c/user/token/{token}/">{esc(name)}</a><p class="author-desc">{"优质三农领域创作者" if kind == "self" else name + "官方账号"}</p><span>{rng.randint(1, 900)}万粉丝</span><button class="subscribe-btn">关注</button><ul class="author-latest">{mine_html}</ul></div>
<div class="pc-hot-news"><div class="home-hotboard"><div class="title">头条热榜</div><ol class="article-list">{hot}</ol></div></div>
<div class="toutiao-footer"><p>© 2024 今日头条 <a href="https://www.toutiao.example/a3642705768/">中国互联网举报中心</a> 京ICP证140141号 京公网安备11000002002023号</p><p><a href="/about/contact.html">联系我们</a></p></div></div></div></div>
<script>window._SSR_HYDRATED_DATA={json.dumps(data, ensure_ascii=False)}</script>
<script src="https://lf3-cdn-tos.bytescm.example/obj/static/toutiao/article/main.4e1d2c.js" crossorigin="anonymous"></script>
</body></html>"""
    return encode(page, "utf-8"), CT


def user(site: Site14, token: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "tt-" + token)
    posts = [a for a in site.of("tt") if a.x["acct"][2] == token]
    items = "".join(
        f'<div class="profile-article-card"><a href="{a.path}" target="_blank" class="title">{esc(a.title)}</a><p>{esc(trunc(a.paras[0], 60))}</p><span>{a.when:%m-%d}</span></div>'
        for a in posts[::-1]
    )
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(posts[0].x["acct"][0])}的头条主页 - 今日头条</title><style>{css(rng, "profile", 200)}</style></head><body><div class="profile-container"><h1>{esc(posts[0].x["acct"][0])}</h1><div class="profile-tabs"><span>文章</span><span>视频</span><span>微头条</span></div>{items}</div></body></html>'
    return encode(page, "utf-8"), CT


def register(site: Site14) -> None:
    for a in site.of("tt"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for token in sorted({a.x["acct"][2] for a in site.of("tt")}):
        site.route(f"/c/user/token/{token}/", lambda token=token: user(site, token))  # type: ignore[misc]
