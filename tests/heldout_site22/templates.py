"""Site 22's article pages: 荔枝网, 看看新闻 Knews, 长江网/长江日报, 潇湘晨报 and 北京日报客户端
templates."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from functools import partial
from typing import TYPE_CHECKING, Any

from heldout import Art, Block
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

from .common import (
    LISTS,
    app_js,
    body_html,
    channel_bar,
    content_html,
    crc,
    devalue,
    footer,
    li,
    others,
    rank,
    related,
    share,
)

if TYPE_CHECKING:
    from .generator import Site22


def _ms(a: Art) -> int:
    return int(a.when.timestamp() * 1000)


def _desc(a: Art, n: int = 80) -> str:
    return trunc(a.body.replace("\n", ""), n)


def comments(rng: Any, n: int, a: Art, who: str) -> str:
    words = [
        "太棒了，周末就去！",
        "家门口的变化看得见",
        "希望能长期坚持下去",
        "记者辛苦了",
        "这个必须点赞",
        "什么时候轮到我们区？",
        "现场人真多",
        "支持，办得好",
    ]
    return "".join(
        f'<li class="comment-item"><span class="nick">{who}{rng.randint(1000, 99999)}</span><span class="ip">IP属地：{rng.choice(["广东", "上海", "湖北", "湖南", "北京", "江苏"])}</span>'
        f'<p class="c-text">{rng.choice(words)}</p><span class="c-time">{a.when.month}-{min(28, a.when.day + 1)} {(9 + k * 2) % 24:02d}:{rng.randint(10, 59)}</span>'
        f'<a class="like" href="javascript:;">{rng.randint(0, 300)}</a></li>'
        for k in range(n)
    )


# --- 1. 荔枝网 news.gdtv.cn ------------------------------------------------------------------


def gdtv(site: Site22, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    x, nm = a.x, a.x["nm"]
    v = f"data-v-{crc(a.tpl) % 0xFFFFFF:06x}"

    def img(b: Block) -> str:
        cred = f"（{esc(b.credit)}）" if b.credit else ""
        return (
            f'<p {v} style="text-align:center"><img src="{b.src}" alt="" style="max-width:100%"></p>'
            f'<p {v} class="img-desc" style="text-align:center">{esc(b.text)}{cred}</p>'
        )

    body = body_html(
        a,
        lambda t: f"<p {v}>{esc(t)}</p>",
        lambda t: f"<p {v}><strong>{esc(t)}</strong></p>",
        img,
    )
    player = ""
    if x["video"]:
        player = (
            f'<div {v} class="video-box"><div id="J_prismPlayer" class="prism-player">'
            f'<video src="https://vod.gdtv.example/{x["id"]}/{crc(a.path):08x}.mp4" poster="/upload/poster/{x["id"]}.jpg" controls preload="none"></video>'
            '</div><div class="video-tip">视频加载中，请稍候…</div></div>'
        )
    who = []
    if x["style"] in ("jz", "video"):
        who.append(f"<p {v}>记者：{esc(nm[0])}</p>")
    elif x["style"] == "two":
        who.append(f"<p {v}>记者：{esc(nm[0])} {esc(nm[1])}</p>")
    if a.editors:
        who.append(f"<p {v}>编辑：{esc(a.editors[0])}</p>")
    author_box = f'<div {v} class="article-author">{"".join(who)}</div>' if who else ""
    rel = related(site, a)
    rel_html = (
        f'<div {v} class="related-news"><div class="module-title"><span>相关新闻</span></div><ul>'
        + "".join(li(b, "%Y-%m-%d %H:%M") for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    recs = "".join(
        f'<div class="rec-card"><a href="{b.path}" target="_blank"><img src="/upload/rec/{crc(b.path) % 99999}.jpg" alt=""><div class="rec-title">{esc(b.title)}</div></a>'
        f'<div class="rec-meta"><span>荔枝新闻</span><span>{b.when:%m-%d %H:%M}</span></div></div>'
        for b in others(site, a, 8, "rec")
    )
    hot = rank(others(site, a, 10, "hot"), "i")
    col = ("/news/gd", "广东") if x["col"][0] == "gd" else ("/news/gd?page=2", "社会")
    content_json = content_html(a, lambda b: f'<p><img src="{b.src}"></p><p>{esc(b.text)}</p>')
    article = {
        "id": x["id"],
        "title": a.title,
        "shareTitle": a.title,
        "content": content_json,
        "source": x["source"],
        "publishTime": _ms(a),
        "editor": a.editors[0] if a.editors else "",
        "reporter": " ".join(a.authors) if x["style"] in ("jz", "two", "video") else "",
        "coverUrl": f"/upload/cover/{x['id']}.jpg",
        "type": 2 if x["video"] else 1,
        "videoUrl": f"https://vod.gdtv.example/{x['id']}.mp4" if x["video"] else "",
        "channelName": x["col"][1],
    }
    data = json.dumps(
        {"article": article, "loading": "__A__", "related": [b.path for b in rel]},
        ensure_ascii=False,
    )
    data = data.replace('"__A__"', "a")
    nuxt = (
        'window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:['
        + data
        + '],fetch:{},error:b,serverRendered:true,routePath:"'
        + a.path
        + '",config:{app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:c}},state:{user:{token:b,info:{}},app:{channel:d}}}}(false,null,"https://cdn.gdtv.example\\u002F",'
        + json.dumps(x["col"][1], ensure_ascii=False)
        + "));"
    )
    head_links = "".join(
        f'<link rel="preload" href="/_nuxt/{crc(a.tpl + str(k)):08x}.js" as="script">'
        for k in range(8)
    )
    page = (
        f'<!doctype html>\n<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">\n<head>\n'
        f'<title data-n-head="ssr">{esc(a.title)}_荔枝网新闻</title>'
        '<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta data-n-head="ssr" data-hid="keywords" name="keywords" content="荔枝网,荔枝新闻,{esc(x["ctx"]["topic"])}">'
        f'<meta data-n-head="ssr" data-hid="description" name="description" content="{esc(_desc(a))}">'
        f'<meta data-n-head="ssr" property="og:title" content="{esc(a.title)}"><meta data-n-head="ssr" property="og:image" content="{site.base}/upload/cover/{x["id"]}.jpg">'
        f'<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">{head_links}\n'
        f'<style data-vue-ssr-id="{crc(a.path) % 99999:05x}:0">{css(rng, "gdtv", rng.randint(380, 1100))}</style>\n'
        f"<script>{stats_js('gdtv' + str(x['id']))}</script>\n</head>\n<body>\n"
        f'<div data-server-rendered="true" id="__nuxt"><div id="__nuxt-loading" aria-live="polite" role="status" style="display:none"></div><div id="__layout"><div {v} class="page-article">'
        f'<header {v} class="header"><div class="header-top"><a href="/" class="logo"><img src="/static/img/logo-lizhi.png" alt="荔枝网"></a>'
        '<span class="slogan">广东广播电视台官方网站</span><a class="app-entry" href="javascript:;">荔枝新闻客户端</a><a class="login" href="javascript:;">登录</a></div>'
        f"{channel_bar(site, a.path, '/channel/', 'gd-nav')}</header>\n"
        f'<div {v} class="container"><div {v} class="breadcrumb"><a href="/">首页</a><span>&gt;</span><a href="{col[0]}">{col[1]}</a><span>&gt;</span><span>正文</span></div>'
        f'<div {v} class="article-main"><div {v} class="article-left">'
        f'<h1 {v} class="article-title">{esc(a.title)}</h1>'
        f'<div {v} class="article-info"><span class="source">来源：{esc(x["source"])}</span><span class="split">|</span><span class="time">{pub}</span></div>'
        f'{player}<div {v} class="article-content">\n{body}\n</div>{author_box}'
        f'<div {v} class="statement">【版权声明】本文为荔枝网原创内容，未经授权不得转载。</div>'
        f'{share("share-bar")}<div {v} class="app-download"><img src="/static/img/qr-lizhi.png" alt=""><p>扫码下载荔枝新闻客户端</p><p>看更多广东新闻</p></div>'
        f'{rel_html}<div {v} class="recommend"><div class="module-title"><span>推荐阅读</span></div><div class="rec-list">{recs}</div>'
        '<div class="load-more"><a href="javascript:;">加载更多</a></div></div></div>'
        f'<div {v} class="article-right"><div class="hot-list"><div class="module-title"><span>24小时热榜</span></div><ul>{hot}</ul></div>'
        '<div class="live-box"><div class="module-title"><span>荔枝直播</span></div><a href="/live/gdws" class="live-item">广东卫视 正在直播</a><a href="/live/gdzj" class="live-item">广东珠江 正在直播</a><a href="/live/gdxw" class="live-item">广东新闻 正在直播</a></div>'
        "</div></div></div>\n"
        + footer(
            "gd-footer",
            "荔枝网",
            "广东广播电视台",
            "粤ICP备05008763号",
            "广东广播电视台主办　",
        )
        + f"</div></div></div>\n<script>{nuxt}</script>\n"
        + f'<script>{app_js("gdtv", 60)}</script><script src="/_nuxt/{crc(a.tpl):08x}.js" defer></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 2. 看看新闻 Knews kankanews.com ---------------------------------------------------------


def knews(site: Site22, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"
    x = a.x

    def img(b: Block) -> str:
        return (
            f'<p style="text-align:center"><img src="{b.src}" alt="{esc(trunc(b.text, 20))}"></p>'
            f'<p style="text-align:center;color:#888;font-size:14px">{esc(b.text)}</p>'
        )

    body = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h3>{esc(t)}</h3>", img)
    credit = f'<p class="reporter">{esc(x["credit"])}</p>' if x["credit"] else ""
    eds = [f"<span>编辑：{esc(a.editors[0])}</span>"]
    if len(a.editors) > 1:
        eds.append(f"<span>责编：{esc(a.editors[1])}</span>")
    rel = related(site, a)
    rel_html = (
        '<section class="related-news"><h4 class="sec-title">相关新闻</h4><ul>'
        + "".join(
            f'<li><a href="{b.path}" target="_blank"><span class="t">{esc(b.title)}</span></a><span class="d">{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></section>"
        if rel
        else ""
    )
    vids = "".join(
        f'<li class="v-item"><a href="{b.path}" target="_blank"><div class="v-cover"><img src="/kknews/cover/{crc(b.path) % 99999}.jpg" alt=""><span class="v-dur">{b.x["dur"]}</span></div>'
        f'<p class="v-title">{esc(b.title)}</p></a><span class="v-play">{crc(b.path) % 90 + 1}.{crc(b.title) % 9}万次播放</span></li>'
        for b in others(site, a, 6, "vid")
    )
    hot = rank(others(site, a, 10, "hot"), "span")
    payload = devalue(
        {
            "detail": {
                "id": x["id"],
                "title": a.title,
                "publishtime": int(a.when.timestamp()),
                "source": x["source"],
                "author": x["credit"],
                "editor": a.editors[0],
                "responsible": a.editors[1] if len(a.editors) > 1 else "",
                "video": {
                    "url": f"https://vod.kankanews.example/{x['id']}.m3u8",
                    "duration": x["dur"],
                },
                "content": content_html(
                    a, lambda b: f'<p><img src="{b.src}"></p><p>{esc(b.text)}</p>'
                ),
                "tags": [x["ctx"]["topic"], x["col"][1]],
            },
            "related": [{"title": b.title, "url": b.path} for b in rel],
        }
    )
    col = (
        ("/channel/shanghai", "上海")
        if x["col"][0] == "shanghai"
        else ("/channel/shanghai?page=2", "民生")
    )
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN" data-capo="">\n<head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(a.title)}-看看新闻</title>\n"
        f'<meta name="description" content="{esc(_desc(a))}"><meta name="keywords" content="看看新闻,Knews,东方卫视,{esc(x["ctx"]["topic"])}">\n'
        f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="video.other"><meta property="og:url" content="{site.base}{a.path}">\n'
        f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.{crc(a.tpl):08x}.js">\n'
        f"<style>{css(rng, 'kk', rng.randint(380, 1100))}</style>\n<script>{stats_js('knews' + str(x['id']))}</script>\n</head>\n<body>\n"
        '<div id="__nuxt"><div class="kk-layout">'
        '<header class="kk-header"><div class="kk-header-inner"><a href="/" class="kk-logo"><img src="/assets/logo-knews.svg" alt="看看新闻Knews"></a>'
        '<div class="kk-live"><a href="/live/dfws">东方卫视</a><a href="/live/xwzh">新闻综合</a><a href="/live/dycj">第一财经</a></div>'
        '<a class="kk-download" href="javascript:;">下载APP</a></div>'
        f"{channel_bar(site, a.path, '/channel/c', 'kk-nav')}</header>\n"
        f'<main class="kk-detail"><div class="kk-crumb"><a href="/">首页</a> / <a href="{col[0]}">{col[1]}</a> / 详情</div>'
        f'<div class="kk-player-wrap"><div class="kk-player" id="kk-player" data-vid="{x["id"]}"><video poster="/kknews/poster/{x["id"]}.jpg" preload="none" playsinline webkit-playsinline></video>'
        f'<div class="kk-player-ctrl"><span class="play-btn"></span><span class="kk-dur">{x["dur"]}</span></div></div></div>'
        '<div class="kk-detail-main"><div class="kk-article">'
        f'<h1 class="kk-title">{esc(a.title)}</h1>'
        f'<div class="kk-meta"><span class="kk-time">{pub}</span><span class="kk-source">来源：{esc(x["source"])}</span><span class="kk-views">阅读 {crc(a.path) % 900 + 100}.{crc(a.title) % 9}万</span></div>'
        f'<div class="kk-text">\n{body}\n{credit}\n</div><div class="kk-editor">{"".join(eds)}</div>'
        f'<div class="kk-tags"><a href="/topic/2024/dwj.html">#{esc(x["ctx"]["topic"])}</a></div>'
        f"{share('kk-share', '分享')}{rel_html}"
        f'<section class="related-video"><h4 class="sec-title">相关视频</h4><ul class="v-list">{vids}</ul></section>'
        f'<section class="kk-comment"><h4 class="sec-title">评论 <em>{rng.randint(3, 120)}</em></h4><div class="c-input"><textarea placeholder="说点什么吧…"></textarea><button>发布</button></div>'
        f'<ul>{comments(rng, rng.randint(2, 6), a, "看看网友")}</ul><a class="c-more" href="javascript:;">打开看看新闻APP，查看更多评论</a></section></div>'
        f'<aside class="kk-side"><div class="kk-hot"><h4 class="sec-title">热门</h4><ol>{hot}</ol></div>'
        '<div class="kk-app"><img src="/assets/qr-knews.png" alt=""><p>扫码下载看看新闻APP</p></div></aside></div></main>\n'
        + footer(
            "kk-footer",
            "看看新闻",
            "上海文化广播影视集团有限公司",
            "沪ICP备10204090号",
            "SMG 上海广播电视台　",
        )
        + "</div></div>\n"
        f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{payload}</script>\n'
        f'<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{apiBase:"https://api.kankanews.example"}},app:{{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>\n'
        f'<script>{app_js("kk", 50)}</script><script type="module" src="/_nuxt/entry.{crc(a.tpl):08x}.js" crossorigin></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 3. 长江网 / 长江日报 -------------------------------------------------------------------


def cjrb(site: Site22, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    old = x["old"]
    rel = related(site, a)
    hot = rank(others(site, a, 10, "hot"))

    def img(b: Block) -> str:
        cred = f"　{esc(b.credit)}" if b.credit else ""
        return (
            f'<p align="center"><img src="{b.src}" border="0" oldsrc="W0{crc(b.src) % 10**8:08d}.jpg"></p>'
            f'<p align="center" style="text-indent:0"><font color="#0000ff">{esc(b.text)}{cred}</font></p>'
        )

    if old:
        body = body_html(
            a, lambda t: f"<P>　　{esc(t)}</P>", lambda t: f"<P>　　<B>{esc(t)}</B></P>", img
        )
        rel_html = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgyd"><tr><td class="font02">相关阅读：</td></tr>'
            + "".join(
                f'<tr><td>·<a href="{b.path}" target="_blank">{esc(b.title)}</a>　<font color="#999999">{b.when:%Y-%m-%d}</font></td></tr>'
                for b in rel
            )
            + "</table>"
            if rel
            else ""
        )
        ed = f'<table width="100%"><tr><td align="right" class="font03">【编辑：{esc(a.editors[0])}】</td></tr></table>'
        ban = rng.randint(2, 12)
        page = (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>\n'
            '<META http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            f"<TITLE>{esc(a.title)}--长江日报</TITLE>\n"
            f'<META name="description" content="{esc(_desc(a))}">\n'
            f'<STYLE type="text/css">{css(rng, "cjrbold", rng.randint(380, 1100))}</STYLE>\n<script language="javascript">{stats_js("cjrb2019")}</script>\n</HEAD>\n'
            '<BODY leftMargin="0" topMargin="0">\n'
            '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/cjrb_logo.gif" border="0" alt="长江日报"></a></td>'
            '<td align="right"><a href="/">长江网首页</a> | <a href="/news/wh/index.shtml">武汉新闻</a> | <a href="/epaper/index.htm">电子报</a></td></tr></table>\n'
            f"{channel_bar(site, a.path, '/node_', 'cjn-nav')}\n"
            '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="660" valign="top">'
            f'<table width="100%" class="position"><tr><td>当前位置：<a href="/">长江网</a> &gt; <a href="/epaper/index.htm">长江日报</a> &gt; 第{ban:02d}版</td></tr></table>'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center" class="font01" height="50"><founder-title>{esc(a.title)}</founder-title></td></tr>'
            f'<tr><td align="center" class="font04">长江日报　{a.when.year}年{a.when.month:02d}月{a.when.day:02d}日　第{ban:02d}版：{"要闻" if ban < 5 else "武汉新闻"}</td></tr>'
            f'<tr><td class="font05"><!--enpcontent--><founder-content>\n{body}\n</founder-content><!--/enpcontent--></td></tr></table>'
            f"{ed}{rel_html}"
            f'</td><td width="20"></td><td width="310" valign="top"><table width="100%" class="phb"><tr><td class="bt">本版热读</td></tr><tr><td><ul>{hot}</ul></td></tr></table>'
            f'<table width="100%" class="bmdh"><tr><td class="bt">版面导航</td></tr>'
            + "".join(
                f'<tr><td><a href="/epaper/node_{k}.htm">第{k:02d}版：{"要闻" if k < 5 else "武汉新闻"}</a></td></tr>'
                for k in range(1, 13)
            )
            + "</table></td></tr></table>\n"
            + footer(
                "cjrb-footer",
                "长江日报",
                "长江日报报业集团",
                "鄂ICP备09015306号",
                "长江日报社主办　",
            )
            + "\n</BODY>\n</HTML>\n"
        )
        return encode(page, "gbk"), "text/html"

    pub = f"{a.when:%Y-%m-%d %H:%M}"
    body = body_html(
        a,
        lambda t: f'<p style="text-indent:2em">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em"><strong>{esc(t)}</strong></p>',
        img,
    )
    rel_html = (
        '<div class="xgyd"><div class="xgyd-t"><span>相关阅读</span></div><ul>'
        + "".join(li(b) for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    pics = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/images/tj/{crc(b.path) % 99999}.jpg" alt=""><p>{esc(trunc(b.title, 14))}</p></a></li>'
        for b in others(site, a, 4, "pic")
    )
    focus = "".join(li(b, "%m-%d") for b in others(site, a, 8, "focus"))
    col = (
        ("/news/wh/index.shtml", "武汉")
        if x["col"][0] == "wh"
        else ("/news/wh/index_1.shtml", "民生")
    )
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{esc(a.title)}_长江网_cjn.cn</title>\n"
        f'<meta name="keywords" content="{esc(x["ctx"]["topic"])},武汉,长江日报" />\n<meta name="description" content="{esc(_desc(a))}" />\n'
        f'<meta name="author" content="{esc(x["source"])}" />\n<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}" />\n'
        f'<meta name="ContentSource" content="{esc(x["source"])}" />\n'
        f'<link rel="stylesheet" href="/css/cjn_article.css" />\n<style type="text/css">{css(rng, "cjn", rng.randint(380, 1100))}</style>\n'
        f"<script>{stats_js('cjn' + str(x['id']))}</script>\n</head>\n<body>\n"
        '<div class="cjn-top"><div class="w1200"><a href="/">长江网首页</a> <a href="/epaper/index.htm">长江日报电子版</a> <a href="javascript:;">长江日报APP</a> <a href="/about/index.html">关于我们</a></div></div>'
        '<div class="cjn-head w1200"><a class="logo" href="/"><img src="/images/cjn_logo.png" alt="长江网" /></a><div class="head-ad"><img src="/images/ad/banner1200.jpg" alt="" /></div></div>'
        f"{channel_bar(site, a.path, '/node_', 'cjn-nav')}\n"
        f'<div class="w1200 main"><div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="{col[0]}">{col[1]}</a> &gt; 正文</div>'
        f'<div class="main-l"><h1 class="art-title">{esc(a.title)}</h1>'
        f'<div class="art-info"><span class="time">{pub}</span>　<span class="source">来源：{esc(x["source"])}</span>　<span class="ck">阅读：<em id="clicks">--</em></span></div>'
        '<div class="art-con"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:15px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;font-size:12pt;}</style>'
        f'<div class="Custom_UnionStyle">\n{body}\n</div></div></div>'
        f'<p class="art-editor" style="text-align:right">【编辑：{esc(a.editors[0])}】</p>'
        f'{share("bdsharebuttonbox")}<div class="cjrb-app"><img src="/images/cjrb_app_qr.png" alt="" /><p>下载长江日报APP，看武汉新闻</p></div>'
        f'{rel_html}<div class="tpxw"><div class="xgyd-t"><span>图片新闻</span></div><ul>{pics}</ul></div></div>'
        f'<div class="main-r"><div class="rank"><div class="rank-t">长江热榜</div><ol>{hot}</ol></div>'
        f'<div class="focus"><div class="rank-t">武汉要闻</div><ul>{focus}</ul></div></div></div>\n'
        + footer(
            "cjn-footer",
            "长江网",
            "长江日报报业集团",
            "鄂ICP备09015306号-1",
            "武汉市委宣传部主管　长江日报社主办　",
        )
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 4. 潇湘晨报 xxcb.cn --------------------------------------------------------------------


def xxcb(site: Site22, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"

    def img(b: Block) -> str:
        cred = f" {esc(b.credit)}" if b.credit else ""
        return (
            f'<p class="ql-align-center"><img src="{b.src}" alt=""></p>'
            f'<p class="ql-align-center"><span style="color:#888">{esc(b.text)}{cred}</span></p>'
        )

    body = body_html(
        a,
        lambda t: f'<p class="ql-align-justify">{esc(t)}</p>',
        lambda t: f'<p class="ql-align-justify"><strong>{esc(t)}</strong></p>',
        img,
    )
    video = ""
    if x["video"]:
        video = f'<div class="video-wrap"><video src="https://vod.xxcb.example/{x["id"]}.mp4" poster="/static/poster/{x["id"]}.jpg" controls preload="none" x5-playsinline></video></div>'
    byline = f'<p class="ql-align-justify">{esc(x["byline"])}</p>' if x["byline"] else ""
    rel = related(site, a)
    rel_html = (
        '<p class="ql-align-justify"><strong>相关报道：</strong></p>'
        + "".join(
            f'<p class="ql-align-justify"><a href="{b.path}" target="_blank">{esc(b.title)}</a></p>'
            for b in rel
        )
        if rel
        else ""
    )
    tail = [f"来源：{esc(x['source'])}", f"编辑：{esc(a.editors[0])}"]
    if x["full"]:
        tail += [f"二审：{esc(a.editors[1])}", f"三审：{esc(a.editors[2])}"]
    tail_html = "".join(f'<p class="ql-align-justify">{t}</p>' for t in tail)
    feed = "".join(
        f'<div class="feed-item"><a href="{b.path}" target="_blank"><div class="feed-img"><img src="/static/feed/{crc(b.path) % 99999}.jpg" alt=""></div>'
        f'<div class="feed-text"><h3>{esc(b.title)}</h3><p class="feed-meta"><span>潇湘晨报</span><span>{b.when:%m-%d %H:%M}</span><span>{crc(b.path) % 300}评</span></p></div></a></div>'
        for b in others(site, a, 10, "feed")
    )
    hot = rank(others(site, a, 10, "hot"), "i")
    col = (
        ("/column/changsha/1.html", "长沙")
        if x["col"][0] == "changsha"
        else ("/column/changsha/2.html", "湖南")
    )
    info = {
        "id": x["id"],
        "title": a.title,
        "publishTime": pub,
        "source": x["source"],
        "isVideo": x["video"],
        "shareUrl": site.base + a.path,
    }
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width,initial-scale=1.0">\n'
        f"<title>{esc(a.title)} - 潇湘晨报</title>\n"
        f'<meta name="keywords" content="潇湘晨报,晨视频,{esc(x["ctx"]["topic"])}">\n<meta name="description" content="{esc(_desc(a))}">\n'
        f"<style>{css(rng, 'xx', rng.randint(380, 1100))}</style>\n<script>{stats_js('xxcb' + str(x['id']))}</script>\n"
        f"<script>var articleInfo = {json.dumps(info, ensure_ascii=False)};</script>\n</head>\n<body>\n"
        '<div id="app"><div class="xx-header"><div class="xx-header-inner"><a href="/" class="xx-logo"><img src="/static/img/xxcb-logo.png" alt="潇湘晨报"></a>'
        '<a class="xx-cvideo" href="/column/changsha/1.html">晨视频</a><a class="xx-app" href="javascript:;">下载潇湘晨报APP</a></div>'
        f"{channel_bar(site, a.path, '/column/c', 'xx-nav')}</div>\n"
        f'<div class="xx-main"><div class="xx-crumb"><a href="/">首页</a> &gt; <a href="{col[0]}">{col[1]}</a> &gt; 详情</div>'
        f'<div class="xx-left"><div class="article-header"><h1 class="article-title">{esc(a.title)}</h1>'
        f'<div class="article-meta"><img class="avatar" src="/static/img/xxcb-avatar.png" alt=""><span class="media">潇湘晨报</span><span class="time">{pub}</span><span class="read">阅读 {crc(a.path) % 90000 + 1000}</span></div></div>'
        f'<div class="open-app-bar"><a href="javascript:;">打开潇湘晨报APP，看更多精彩内容</a></div>'
        f'<div class="article-content ql-editor" id="articleContent">{video}\n{byline}\n{body}\n{rel_html}{tail_html}</div>'
        f'<div class="statement">特别声明：本文为潇湘晨报原创，转载请注明出处。</div>'
        f"{share('xx-share')}"
        f'<div class="xx-comment"><div class="c-title">评论（{rng.randint(0, 60)}）</div><div class="c-login">登录后参与评论</div><ul>{comments(rng, rng.randint(1, 4), a, "晨友")}</ul></div>'
        f'<div class="xx-feed"><div class="feed-title">推荐阅读</div>{feed}<div class="feed-more"><a href="javascript:;">查看更多</a></div></div></div>'
        f'<div class="xx-right"><div class="xx-hot"><div class="hot-title">热门</div><ul>{hot}</ul></div>'
        '<div class="xx-qr"><img src="/static/img/xxcb-qr.png" alt=""><p>扫一扫 下载潇湘晨报客户端</p></div></div></div>\n'
        + footer(
            "xx-footer",
            "潇湘晨报",
            "湖南潇湘晨报传媒经营有限公司",
            "湘ICP备14016528号",
            "潇湘晨报社主办　",
        )
        + f"</div>\n<script>{app_js('xxcb', 60)}</script>\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 5. 北京日报客户端 share pages bjd.com.cn ------------------------------------------------


def bjd(site: Site22, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    pub = f"{a.when:%Y-%m-%d %H:%M}"

    def img(b: Block) -> str:
        cred = f'<p class="pic-credit">{esc(b.credit)}</p>' if b.credit else ""
        return (
            f'<div class="pic"><img src="{b.src}" data-src="{b.src}" alt=""></div>'
            f'<p class="pic-desc">{esc(b.text)}</p>{cred}'
        )

    body = body_html(
        a,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<p class="subtitle"><strong>{esc(t)}</strong></p>',
        img,
    )
    if x["style"] == "bjh":
        who = (
            f'<div class="bjh-account"><img class="bjh-avatar" src="/bjdres/avatar/{crc(x["account"]) % 9999}.png" alt="">'
            f'<div class="bjh-name"><span>北京号：</span><a href="/bjh/{crc(x["account"]) % 99999}">{esc(x["account"])}</a></div><a class="bjh-follow" href="javascript:;">+ 关注</a></div>'
        )
    elif x["line"]:
        who = f'<div class="article-author">{esc(x["line"])}</div>'
    else:
        who = ""
    editor = f'<div class="article-editor">责任编辑：{esc(a.editors[0])}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<div class="related"><div class="block-title"><span>相关新闻</span></div><ul class="news-list">'
        + "".join(
            f'<li><a href="{b.path}"><div class="n-title">{esc(b.title)}</div><div class="n-meta">{b.when:%Y-%m-%d}</div></a></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><a href="{b.path}"><img src="/bjdres/hot/{crc(b.path) % 99999}.jpg" alt=""><div class="n-title">{esc(b.title)}</div></a></li>'
        for b in others(site, a, 8, "hot")
    )
    state = {
        "article": {
            "id": a.path.rsplit("/", 1)[-1].removesuffix(".html"),
            "title": a.title,
            "source": x["source"],
            "author": " ".join(a.authors),
            "editor": a.editors[0] if a.editors else "",
            "publishTime": _ms(a),
            "content": content_html(a, lambda b: f'<p><img src="{b.src}"></p><p>{esc(b.text)}</p>'),
            "isBjh": x["style"] == "bjh",
        },
        "relatedList": [{"title": b.title, "url": b.path} for b in rel],
        "app": {
            "openUrl": "bjdapp://article?id=" + a.path.rsplit("/", 1)[-1],
            "downloadUrl": "https://www.bjd.example/download",
        },
    }
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n'
        f"<title>{esc(a.title)}</title>\n"
        f'<meta name="description" content="{esc(_desc(a))}">\n<meta name="keywords" content="北京日报,北京日报客户端,{esc(x["ctx"]["topic"])}">\n'
        f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="北京日报客户端"><meta property="og:image" content="{site.base}/bjdres/share.png">\n'
        f"<style>{css(rng, 'bjd', rng.randint(380, 1100))}</style>\n<script>{stats_js('bjd' + str(crc(a.path)))}</script>\n</head>\n<body>\n"
        '<div id="app"><div class="open-app-bar"><img class="app-logo" src="/bjdres/logo.png" alt=""><div class="app-text"><p>北京日报客户端</p><p>北京日报官方客户端</p></div><a class="open-btn" href="javascript:;">打开</a></div>'
        f'<div class="pc-nav">{channel_bar(site, a.path, "/bjd/c", "bjd-nav")}</div>'
        f'<div class="article"><h1 class="article-title">{esc(a.title)}</h1>'
        f'<div class="article-info"><span class="source">{esc(x["source"])}</span><span class="time">{pub}</span></div>{who}'
        f'<div class="article-content" id="articleContent">\n{body}\n</div>{editor}'
        '<div class="open-app-tip"><a href="javascript:;">打开北京日报客户端，阅读全文</a></div>'
        f"{share('bjd-share', '分享至')}{rel_html}"
        f'<div class="hot"><div class="block-title"><span>热门推荐</span></div><ul class="hot-list">{hot}</ul></div>'
        '<div class="open-app-more"><a href="javascript:;">打开北京日报客户端 查看更多精彩内容</a></div></div>\n'
        + footer(
            "bjd-footer",
            "北京日报客户端",
            "北京日报报业集团",
            "京ICP备17040138号",
            "北京日报社主办　",
        )
        + "</div>\n"
        f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>\n"
        f"<script>{app_js('bjd', 80)}</script>\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


RENDER = {"gdtv": gdtv, "knews": knews, "cjrb": cjrb, "xxcb": xxcb, "bjd": bjd}


def register(site: Site22) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))


__all__ = ["LISTS", "RENDER", "register"]
