"""网易号 article pages (``/dy/article/<docid>.html``): the post_main layout of 网易's portal,
``h1.post_title``, ``div.post_info`` with ``2024-05-08 12:00:35　来源: <account>`` and the IP
属地, the body in ``div.post_body`` (a 文｜X 编辑｜Y head on most posts), the 网易号 特别声明,
the account card, 相关推荐 (the platform's feed) and 热点排行 in the side."""

# ruff: noqa: E501

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site14

CT = "text/html; charset=utf-8"


def _body(a: Art) -> str:
    out = []
    if a.x["style"] == "wen":
        out.append(
            f'<p id="1{a.x["docid"][:4]}">文｜{esc(a.authors[0])}</p><p>编辑｜{esc(a.editors[0])}</p>'
        )
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p id="{a.x["docid"][2:6]}{len(out)}">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p class="f_center"><img src="https://nimg.ws.126.example/?url=http%3A%2F%2Fdingyue.ws.126.example%2F2024%2F0519{b.src.replace("/", "")}&thumbnail=660x2147483647&quality=80&type=jpg"><br></p>'
            )
            cap = (b.text + (" " + b.credit if b.credit else "")).strip()
            if cap:
                out.append(f'<p class="f_center">{esc(cap)}</p>')
    return "".join(out)


def article(site: Site14, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    name, tid = a.x["acct"]
    feed = others(rng, site.arts, a, 10)
    rank = others(rng, site.arts, a, 10)
    rec = "".join(
        f'<li class="post_recommend"><a class="post_recommend_img" href="{o.path}"><img src="https://nimg.ws.126.example/?url=r{k}.jpg"></a><div class="post_recommend_info"><h3 class="post_recommend_title"><a href="{o.path}">{esc(o.title)}</a></h3><p class="post_recommend_time">{o.when:%Y-%m-%d %H:%M:%S}</p><a class="post_recommend_tie" href="#">{rng.randint(0, 900)}跟贴</a></div></li>'
        for k, o in enumerate(feed)
    )
    rk = "".join(
        f'<li><em>{k}</em><a href="{o.path}" title="{esc(o.title)}">{esc(o.title)}</a></li>'
        for k, o in enumerate(rank, 1)
    )
    cfg = {
        "docid": a.x["docid"],
        "title": a.title,
        "ptime": f"{a.when:%Y-%m-%d %H:%M:%S}",
        "source": name,
        "tid": tid,
        "channel": "dy",
    }
    page = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="{a.when:%Y-%m-%d %H:%M:%S}" data-category="dy">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}|{esc(name)}_网易订阅</title>
<meta name="keywords" content="{esc(name)}">
<meta name="description" content="{esc(a.title)},{esc(name)}">
<meta name="author" content="网易">
<meta name="Copyright" content="网易版权所有">
<link rel="apple-touch-icon" href="https://static.ws.126.example/163/f2e/common/share-icon.png">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.163.example{a.path}">
<meta property="article:author" content="{esc(name)}">
<meta property="article:published_time" content="{a.when:%Y-%m-%dT%H:%M:%S}+08:00">
<meta name="ne_dy_source" content="{esc(name)}">
<link rel="alternate" media="only screen and(max-width: 640px)" href="https://m.163.example{a.path}">
<link href="https://static.ws.126.example/cnews/css13/post_dy.css" type="text/css" rel="stylesheet">
<style>{css(rng, "post", 430)}</style>
<script>var config = {json.dumps(cfg, ensure_ascii=False)};</script>
</head>
<body>
<div class="ntes_nav_wrap" id="js_N_NTES_wrap"><div class="ntes-nav"><a href="https://www.163.example/">网易首页</a><a href="https://news.163.example/">新闻</a><a href="https://sports.163.example/">体育</a><a href="https://money.163.example/">财经</a><a href="https://dy.163.example/">网易号</a><a href="javascript:;">登录</a></div></div>
<div class="post_wrap"><div class="post_main">
<div class="post_crumb"><a href="https://www.163.example/">网易首页</a> &gt; <a href="https://dy.163.example/">网易号</a> &gt; 正文</div>
<h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">
                    {a.when:%Y-%m-%d %H:%M:%S}　来源: <a href="https://www.163.example/dy/media/{tid}.html">{esc(name)}</a>
                    <span class="post_info_ip">{a.x["ip"]}</span>
                    <a href="#post_comment_area" class="post_info_tie">{a.x["tie"]}跟贴</a>
</div>
<div class="post_content" id="content"><div class="post_body">{_body(a)}
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
</div></div>
<div class="post_tie_top"><a href="#post_comment_area">{a.x["tie"]}跟贴</a><span class="post_share">分享到：微信 微博 QQ空间</span></div>
<div class="post_recommends js-tab-mod" data-event="tab"><div class="post_recommends_titles"><div class="post_recommends_title js-tab">相关推荐</div><div class="post_recommends_title js-tab">热点推荐</div></div><ul class="post_recommends_list">{rec}</ul></div>
<div class="post_comment" id="post_comment_area"><div class="tie-titlebar"><span class="tie-title">网友评论</span><span class="tie-info">{a.x["tie"]}跟贴 {a.x["tie"] * 7}参与</span></div></div>
</div>
<div class="post_side"><div class="post_side_mod"><div class="post_side_mod_title">网易号</div><div class="post_side_user"><a href="https://www.163.example/dy/media/{tid}.html"><img src="https://dingyue.ws.126.example/avatar/{tid}.png"><h4>{esc(name)}</h4></a><p>{esc(trunc(name + "，专注产业与财经深度报道，网易号优质创作者", 30))}</p><a class="post_side_user_follow">+关注</a></div></div>
<div class="post_side_mod"><div class="post_side_mod_title">热点排行</div><ul class="post_side_rank">{rk}</ul></div></div></div>
<div class="N-nav-bottom"><p><a href="https://corp.163.example/">About NetEase</a> - <a href="https://gb.corp.163.example/gb/about/overview.html">公司简介</a> - <a href="/about/contact.html">联系方法</a> - <a href="https://corp.163.example/gb/job/job.html">招聘信息</a></p><p>网易公司版权所有 &copy;1997-2024　浙B2-20090185　粤B2-20090191</p></div>
<script>{stats_js("163a1b2c3d4e5f60718293a4b5c6d7e8")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def register(site: Site14) -> None:
    for a in site.of("dy"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
