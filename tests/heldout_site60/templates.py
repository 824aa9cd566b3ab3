"""Site 60's article pages: a 澳門日報-style Macau daily (a Founder e-paper page, 【本報消息】
leads, the day only, 2019 pages in Big5), a 力報-style Macau online outlet (記者 X / 編輯 Y /
"2024-05-08 10:32"), an am730-style Hong Kong free paper (Next.js, the story again in
``__NEXT_DATA__``, 撰文：X, "2024年5月8日 下午4:32"), a now新聞/有線-style broadcaster page (a
player, 更新時間, no author) and a 星島日報-style daily (星島日報報道 leads, 記者 lines, a 12-hour
clock; 2019 ``news-content.php`` pages in Big5)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from heldout import Art

from .common import css, esc, filler_js, page_rng, script_json, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site60

LABELS = {
    "md": "澳門日報",
    "lp": "力報",
    "am": "am730",
    "tv": "now新聞",
    "st": "星島日報",
}
FRONT = {
    "md": "/html/node_2.htm",
    "lp": "/category/macau",
    "am": "/本地",
    "tv": "/home/local",
    "st": "/daily/hongkong",
}
WEEK = "一二三四五六日"


def href(path: str) -> str:
    return esc(quote(path, safe="/?&=,:%"))


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{href(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a><span class="date">{a.when:{fmt}}</span></li>'


def others(site: Site60, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def rel_items(site: Site60, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s60' + tpl)}</script>"


def ga(tag: str) -> str:
    return f"<script async src=\"https://www.googletagmanager.com/gtag/js?id={tag}\"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{tag}');</script>"


def zh_clock(when: datetime) -> str:
    """2024年5月8日 下午4:32"""
    h = when.hour % 12 or 12
    part = "上午" if when.hour < 12 else "下午"
    return f"{when.year}年{when.month}月{when.day}日 {part}{h}:{when:%M}"


def ampm(when: datetime) -> str:
    h = when.hour % 12 or 12
    return f"{h:02d}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


# --- 1. 澳門日報-style Founder e-paper page ------------------------------------------------------
def md_page(site: Site60, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old, page_no = a.x["old"], a.x["page"]
    day = f"{a.when.year}年{a.when.month}月{a.when.day}日 星期{WEEK[a.when.weekday()]}"
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<P>{esc(b.text)}</P>")
        elif b.kind == "h":
            parts.append(f"<P><B>{esc(b.text)}</B></P>")
        else:
            cr = f"　{esc(b.credit)}" if b.credit else ""
            parts.append(
                f'<table align="center"><tr><td><img src="../../../res/{a.when:%Y-%m}/{a.when:%d}/{page_no}/res0{len(parts)}_attpic_brief.jpg" border="0"></td></tr><tr><td class="font03">{esc(b.text)}{cr}</td></tr></table>'
            )
    content = "\n".join(parts)
    same_page = "".join(
        f'<tr><td class="px12"><a href="{href(b.path)}">{esc(b.title)}</a></td></tr>'
        for b in others(site, a, 7, "bb")
    )
    rel = ""
    if a.related:
        items = "".join(
            f'<tr><td class="px12">· <a href="{href(p)}">{esc(site.by_path[p].title)}</a>　{site.by_path[p].when:%Y-%m-%d}</td></tr>'
            for p in a.related
        )
        rel = f'<table width="100%" class="related"><tr><td class="reltitle">相關新聞</td></tr>{items}</table>'
    pages_nav = "".join(
        f'<a href="/html/node_{k}.htm">A{k:02d}：{t}</a><br>'
        for k, t in enumerate(["要聞", "澳聞", "澳聞", "經濟", "港聞", "國際", "體育", "副刊"], 2)
    )
    charset = "big5" if old else "utf-8"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset={charset}">
<TITLE>澳門日報電子版</TITLE>
<meta name="description" content="澳門日報數字報刊平台">
{head_common(rng, "mdold" if old else "md", 300, 45)}
<script language="javascript">var currentPage="{page_no}";var currentDate="{a.when:%Y-%m/%d}";</script>
</HEAD>
<BODY leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="/"><img src="/images/logo.jpg" border="0" alt="澳門日報"></a></td><td class="date" align="right">{day}</td></tr>
<tr><td colspan="2" class="menu"><a href="/">首頁</a>｜<a href="{FRONT["md"]}">澳聞</a>｜<a href="/html/node_6.htm">港聞</a>｜<a href="/html/node_5.htm">經濟</a>｜<a href="/special/">專題</a>｜<a href="/about.html">關於本報</a>｜<a href="/search?q=%E6%BE%B3%E9%96%80">檢索</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="260" valign="top" class="left">
<table width="100%"><tr><td class="bt">第{page_no}版：澳聞</td></tr><tr><td><img src="/res/{a.when:%Y-%m}/{a.when:%d}/{page_no}/page_s.jpg" width="240" usemap="#PagePicMap" border="0"></td></tr></table>
<table width="100%"><tr><td class="bt">版面導航</td></tr><tr><td class="px12">{pages_nav}</td></tr></table>
</td>
<td valign="top" class="right">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="font02" align="center"><founder-title>{esc(a.title)}</founder-title></td></tr>
<tr><td class="font04" align="center">{a.when.year}年{a.when.month}月{a.when.day}日　第{page_no}版</td></tr>
<tr><td class="font01"><div id="ozoom" style="zoom:100%"><founder-content>
{content}
</founder-content></div></td></tr>
</table>
{rel}
<table width="100%" class="bbdh"><tr><td class="bt">本版標題導航</td></tr>{same_page}</table>
<table width="100%"><tr><td align="center"><a href="javascript:window.print()">打印本頁</a>｜<a href="javascript:window.close()">關閉窗口</a>｜<a href="javascript:history.back()">返回</a></td></tr></table>
</td></tr></table>
<table width="1000" align="center" class="footer"><tr><td align="center">澳門日報社版權所有　澳門新馬路一號A　電話：(853) 2837 1688<br>Copyright &copy; Macao Daily News. All Rights Reserved.</td></tr></table>
</BODY>
</HTML>
"""
    return served(page, charset)


# --- 2. 力報-style Macau online outlet ----------------------------------------------------------
def _lp_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        else:
            cr = f"<small>{esc(b.credit)}</small>" if b.credit else ""
            out.append(
                f'<figure class="wp-block-image"><img src="/wp-content/uploads/{a.when:%Y/%m}/{b.src.rsplit("/", 1)[-1]}" alt="{esc(b.text)}"><figcaption>{esc(b.text)}{cr}</figcaption></figure>'
            )
    return "\n".join(out)


def lp_page(site: Site60, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    who = {"one": f"記者 {nm[0]}", "two": f"記者 {nm[0]}、{nm[1]}", "desk": "綜合報道"}[st]
    stamp = f"{a.when:%Y-%m-%d %H:%M}"
    rel = ""
    if a.related:
        cards = "".join(
            f'<div class="card"><a href="{href(p)}"><img src="/wp-content/uploads/thumb/{site.by_path[p].x["id"]}.jpg" alt=""><h4>{esc(site.by_path[p].title)}</h4></a><span>{site.by_path[p].when:%Y-%m-%d}</span></div>'
            for p in a.related
        )
        rel = f'<section class="related-news"><h2 class="section-title">相關新聞</h2><div class="cards">{cards}</div></section>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 8, "hot"))
    live = "".join(li(b, "%H:%M") for b in others(site, a, 8, "live"))
    tags = "".join(
        f'<a href="/tag/{quote(t)}" rel="tag">{t}</a>' for t in (ctx["topic"], ctx["place"])
    )
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.replace(second=0).isoformat(),
        "dateModified": (a.when + timedelta(minutes=rng.randint(3, 90)))
        .replace(second=0)
        .isoformat(),
        "publisher": {"@type": "Organization", "name": "力報"},
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - 力報官網</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:locale" content="zh_HK">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)} - 力報官網">
<meta property="og:site_name" content="力報官網">
<meta property="article:section" content="澳聞">
<script type="application/ld+json">{script_json(jsonld)}</script>
{head_common(rng, "lp")}
{ga("G-EXMOO")}
</head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/wp-content/themes/exmoo/img/logo.png" alt="力報"></a>
<nav class="main-nav"><ul><li><a href="/">主頁</a></li><li class="current"><a href="{FRONT["lp"]}">澳聞</a></li><li><a href="/category/hongkong">港聞</a></li><li><a href="/category/china">中國</a></li><li><a href="/category/world">國際</a></li><li><a href="/category/sport">體育</a></li><li><a href="/video/">影片</a></li></ul></nav>
<form class="search" action="/search" method="get"><input name="q" placeholder="搜尋"></form></div></header>
<main class="container"><div class="row"><article class="col-main post">
<div class="breadcrumb"><a href="/">主頁</a> / <a href="{FRONT["lp"]}">澳聞</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="author">{who}</span><span class="editor">編輯 {a.editors[0]}</span><span class="date">{stamp}</span></div>
<div class="share"><a href="#" class="fb">Facebook</a><a href="#" class="wa">WhatsApp</a><a href="#" class="wechat">微信</a></div>
<div class="article-content entry-content">
{_lp_body(a)}
</div>
<div class="tags">{tags}</div>
<div class="follow">緊貼最新消息，請讚好力報Facebook專頁及下載力報App。</div>
{rel}
</article>
<aside class="col-side"><section class="widget"><h3>熱門新聞</h3><ol>{hot}</ol></section><section class="widget"><h3>即時新聞</h3><ul>{live}</ul></section><div class="ad"><img src="/ads/300x600.jpg" alt=""></div></aside>
</div></main>
<footer class="site-footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a> | <a href="/privacy.html">私隱政策</a><p>© {a.when.year} 力報 Exmoo News. All rights reserved.</p></footer>
</body>
</html>
"""
    return served(page)


# --- 3. am730-style free paper (Next.js) -------------------------------------------------------
def _am_html(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        else:
            cr = f" {esc(b.credit)}" if b.credit else ""
            out.append(
                f'<figure><img src="https://cdn.am730.com.hk/{b.src.rsplit("/", 1)[-1]}" alt="{esc(b.text)}"><figcaption>{esc(b.text)}{cr}</figcaption></figure>'
            )
    return "".join(out)


def am_page(site: Site60, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, ctx = a.x["nm"], a.x["ctx"]
    body = _am_html(a)
    writer = f'<div class="article__author">撰文：{nm[0]}</div>' if a.x["writer"] else ""
    rel = ""
    if a.related:
        items = "".join(
            f'<a class="related__item" href="{href(p)}"><img src="https://cdn.am730.com.hk/thumb/{site.by_path[p].x["id"]}.jpg" alt=""><h3>{esc(site.by_path[p].title)}</h3></a>'
            for p in a.related
        )
        rel = f'<section class="related"><h2 class="related__title">延伸閱讀</h2><div class="related__list">{items}</div></section>'
    hot_arts = others(site, a, 8, "hot")
    hot = "".join(
        f'<a class="hot__item" href="{href(b.path)}"><span class="hot__rank">{k}</span><h3>{esc(b.title)}</h3></a>'
        for k, b in enumerate(hot_arts, 1)
    )
    picks = "".join(
        f'<a class="recommend__item" href="{href(b.path)}"><h3>{esc(b.title)}</h3></a>'
        for b in others(site, a, 4, "rec", "st")
    )
    pub = a.when.replace(second=0).isoformat()
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": a.x["id"],
                    "title": a.title,
                    "category": {"name": "本地", "slug": "本地"},
                    "author": nm[0] if a.x["writer"] else "",
                    "publishTime": pub,
                    "updateTime": (a.when + timedelta(minutes=rng.randint(5, 120)))
                    .replace(second=0)
                    .isoformat(),
                    "summary": trunc(a.paras[0], 80),
                    "content": body,
                    "tags": [ctx["topic"], ctx["place"]],
                    "related": [
                        {"id": site.by_path[p].x["id"], "title": site.by_path[p].title, "url": p}
                        for p in a.related
                    ],
                },
                "hot": [{"title": b.title, "url": b.path} for b in hot_arts],
            },
            "__N_SSP": True,
        },
        "page": "/[category]/[slug]/[id]",
        "query": {"category": "本地", "slug": a.x["slug"], "id": str(a.x["id"])},
        "buildId": f"am730-{rng.getrandbits(32):08x}",
        "isFallback": False,
        "gssp": True,
        "locale": "zh-HK",
        "scriptLoader": [],
    }
    chunks = "".join(
        f'<script src="/_next/static/chunks/{rng.getrandbits(48):012x}.js" defer=""></script>'
        for _ in range(8)
    )
    tags = "".join(
        f'<a class="tag" href="/tag/{quote(t)}">#{t}</a>' for t in (ctx["topic"], ctx["place"])
    )
    page = f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(a.title)} | am730</title><meta name="description" content="{esc(trunc(a.paras[0], 100))}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="am730"/><meta property="article:published_time" content="{pub}"/><link rel="canonical" href="{site.base}{href(a.path)}"/><style data-href="/_next/static/css/app.css">{css(rng, "am", 320)}</style>{chunks}<script>{filler_js(rng, "next-runtime", 40)}</script></head><body><div id="__next"><header class="header"><a href="/" class="header__logo">am730</a><nav class="header__nav"><a href="{href(FRONT["am"])}">本地</a><a href="/國際">國際</a><a href="/財經">財經</a><a href="/生活">生活</a><a href="/娛樂">娛樂</a><a href="/體育">體育</a><a href="/video/">影片</a></nav></header><main class="layout"><div class="layout__main"><article class="article"><div class="article__breadcrumb"><a href="/">主頁</a> &gt; <a href="{href(FRONT["am"])}">本地</a></div><h1 class="article__title">{esc(a.title)}</h1><div class="article__meta">{writer}<div class="article__date">{zh_clock(a.when)}</div></div><div class="article__share"><button>分享</button><button>字體大小</button></div><div class="article__content">{body}</div><div class="article__tags">{tags}</div></article>{rel}<section class="recommend"><h2>編輯推介</h2>{picks}</section></div><aside class="layout__side"><section class="hot"><h2>熱門</h2>{hot}</section><div class="ad-slot" id="div-gpt-ad-am730-mrec"></div></aside></main><footer class="footer"><a href="/about.html">關於我們</a><a href="/contact.html">聯絡我們</a><a href="/privacy.html">私隱政策</a><p>© {a.when.year} am730. All rights reserved.</p></footer></div><script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script></body></html>"""
    return served(page)


# --- 4. now新聞/有線-style broadcaster page ------------------------------------------------------
def tv_page(site: Site60, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nid = a.x["id"]
    paras = "\n".join(f"<p>{esc(b.text)}</p>" for b in a.blocks if b.kind == "p")
    stamp = f"{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}"
    rel = ""
    if a.related:
        items = "".join(
            f'<li><a href="{href(p)}"><div class="thumb"><img src="https://img.now.com/news/{site.by_path[p].x["id"]}_s.jpg" alt=""><span class="duration">{site.by_path[p].x["secs"] // 60:02d}:{site.by_path[p].x["secs"] % 60:02d}</span></div><div class="newsTitle">{esc(site.by_path[p].title)}</div></a></li>'
            for p in a.related
        )
        rel = (
            f'<div class="relatedNews"><h3 class="sectionTitle">相關新聞</h3><ul>{items}</ul></div>'
        )
    live = "".join(
        f'<li><span class="time">{b.when:%H:%M}</span><a href="{href(b.path)}">{esc(b.title)}</a></li>'
        for b in others(site, a, 10, "live")
    )
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 6, "hot"))
    player = {
        "newsId": nid,
        "videoUrl": f"https://video.now.com/news/{a.when:%Y%m%d}/{nid}/master.m3u8",
        "poster": f"https://img.now.com/news/{nid}.jpg",
        "duration": a.x["secs"],
        "autoplay": False,
        "ads": {"preroll": "https://pubads.g.doubleclick.net/gampad/ads?iu=/nownews/preroll"},
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - Now 新聞</title>
<meta name="description" content="{esc(trunc(a.paras[0], 120))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="video.other">
<meta property="og:image" content="https://img.now.com/news/{nid}.jpg">
<meta property="og:video" content="https://video.now.com/news/{a.when:%Y%m%d}/{nid}/master.m3u8">
<meta property="article:published_time" content="{a.when.isoformat()}">
{head_common(rng, "tv", 280, 50)}
{ga("G-NOWNEWS")}
</head>
<body class="newsPlayer">
<div class="header"><a href="/" class="logo"><img src="/img/now_news_logo.svg" alt="Now新聞"></a>
<ul class="topMenu"><li><a href="/">首頁</a></li><li class="on"><a href="{FRONT["tv"]}">港聞</a></li><li><a href="/home/finance">財經</a></li><li><a href="/home/international">國際</a></li><li><a href="/home/china">兩岸</a></li><li><a href="/home/sports">體育</a></li><li><a href="/video/">影片</a></li><li><a href="/live">直播</a></li></ul></div>
<div class="contentWrapper"><div class="newsLeft">
<div class="videoPlayer" id="videoPlayer" data-newsid="{nid}"><video id="nowPlayer" poster="https://img.now.com/news/{nid}.jpg" controls preload="none"></video><div class="playBtn">播放</div></div>
<script>window.playerConfig={script_json(player)};</script>
<div class="newsTitleBox"><h1 class="newsTitle">{esc(a.title)}</h1>
<div class="newsTime"><span class="published">更新時間：{stamp}</span></div></div>
<div class="shareBar"><a href="#" class="fb">Facebook</a><a href="#" class="wa">WhatsApp</a><a href="#" class="copy">複製連結</a></div>
<div class="newsLeading">
{paras}
</div>
{rel}
<div class="subscribe">訂閱Now新聞YouTube頻道，緊貼最新消息。</div>
</div>
<div class="newsRight"><div class="liveBox"><h3>即時新聞</h3><ul>{live}</ul></div><div class="hotBox"><h3>熱門新聞</h3><ol>{hot}</ol></div><div class="ad"><img src="/ads/300x250.jpg" alt=""></div></div></div>
<div class="footer"><a href="/about.html">關於我們</a>｜<a href="/contact.html">聯絡我們</a>｜<a href="/privacy.html">私隱政策</a><p>© {a.when.year} Now新聞台 版權所有</p></div>
</body>
</html>
"""
    return served(page)


# --- 5. 星島日報-style daily ----------------------------------------------------------------------
def st_page(site: Site60, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    who = {"rep": f"記者 {nm[0]}", "two": f"記者 {nm[0]}、{nm[1]}"}.get(st, "")
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 8, "hot"))
    picks = "".join(li(b, "%m-%d") for b in others(site, a, 5, "pick", "am"))
    if a.x["old"]:
        text = "<br><br>\n".join(
            esc(b.text) if b.kind != "h" else f"<b>{esc(b.text)}</b>" for b in a.blocks if b.text
        )
        rel = ""
        if a.related:
            rel = f'<table width="100%" class="related"><tr><td class="relhead">相關新聞</td></tr><tr><td><ul>{rel_items(site, a)}</ul></td></tr></table>'
        author_row = f'<tr><td class="author">{who}</td></tr>' if who else ""
        page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>星島日報 - {esc(a.title)}</title>
{head_common(rng, "stold", 300, 50)}
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/daily/images/logo.gif" alt="星島日報" border="0"></a></td><td align="right" class="date">{a.when.year}年{a.when.month}月{a.when.day}日 星期{WEEK[a.when.weekday()]}</td></tr>
<tr><td colspan="2" class="menu"><a href="/">首頁</a> | <a href="{FRONT["st"]}">港聞</a> | <a href="/daily/finance">財經</a> | <a href="/daily/china">中國</a> | <a href="/daily/world">國際</a> | <a href="/daily/sports">體育</a></td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td width="680" valign="top">
<table width="100%" cellpadding="4">
<tr><td class="section">港聞</td></tr>
<tr><td class="news-title"><font size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td class="news-date">{a.when:%Y-%m-%d}</td></tr>
{author_row}
<tr><td class="news-content">{text}</td></tr>
</table>
{rel}
<div align="center"><a href="javascript:window.print()">列印</a> | <a href="javascript:history.back()">返回</a></div>
</td><td valign="top" class="side"><div class="box"><h3>熱門新聞</h3><ol>{hot}</ol></div><div class="box"><h3>編輯推介</h3><ul>{picks}</ul></div></td></tr></table>
<table width="980" align="center"><tr><td class="footer">星島新聞集團 版權所有 不得轉載 Copyright &copy; Sing Tao News Corporation Ltd.</td></tr></table>
</body>
</html>
"""
        return served(page, "big5")
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{esc(b.text)}</h3>")
        else:
            cr = f'<span class="credit">（{esc(b.credit)}）</span>' if b.credit else ""
            parts.append(
                f'<div class="image"><img src="https://image.stheadline.com/f/1500p0/0x0/100/none/{b.src.rsplit("/", 1)[-1]}" alt="{esc(b.text)}"><div class="caption">{esc(b.text)}{cr}</div></div>'
            )
    body = "\n".join(parts)
    rel = ""
    if a.related:
        rel = f'<div class="related-news"><div class="title">相關新聞</div><ul>{rel_items(site, a, "%Y-%m-%d %H:%M")}</ul></div>'
    author = f'<span class="author">{who}</span>' if who else ""
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.replace(second=0).isoformat(),
        "articleSection": "港聞",
        "publisher": {"@type": "Organization", "name": "星島頭條"},
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}｜星島日報</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:title" content="{esc(a.title)}｜星島日報">
<meta property="og:type" content="article">
<meta property="og:site_name" content="星島頭條">
<script type="application/ld+json">{script_json(jsonld)}</script>
{head_common(rng, "st", 280, 45)}
{ga("G-STHEADLINE")}
</head>
<body>
<header class="main-header"><a href="/" class="logo"><img src="/images/std_logo.svg" alt="星島頭條"></a>
<nav><a href="/">主頁</a><a href="/realtime">即時</a><a href="{FRONT["st"]}" class="active">日報港聞</a><a href="/daily/finance">日報財經</a><a href="/daily/china">日報中國</a><a href="/video/">影片</a></nav></header>
<div class="container"><div class="main-content">
<div class="breadcrumb"><a href="/">主頁</a> › <a href="{FRONT["st"]}">日報</a> › <a href="{FRONT["st"]}">港聞</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta">{author}<span class="date">{a.when:%Y-%m-%d} {ampm(a.when)}</span></div>
<div class="share"><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">Email</a></div>
<article class="paragraphs">
{body}
</article>
<div class="tags"><a href="/tag/{quote(ctx["topic"])}">{ctx["topic"]}</a><a href="/tag/{quote(ctx["place"])}">{ctx["place"]}</a></div>
{rel}
<div class="recommend"><div class="title">編輯推介</div><ul>{picks}</ul></div>
</div>
<aside class="sidebar"><div class="box"><div class="title">熱門</div><ol>{hot}</ol></div><div class="ad"><img src="/ads/mrec.jpg" alt=""></div></aside></div>
<footer><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a><p>© {a.when.year} 星島新聞集團 版權所有 不得轉載</p></footer>
</body>
</html>
"""
    return served(page)


RENDER: dict[str, Callable[[Site60, Art], tuple[bytes, str]]] = {
    "md": md_page,
    "lp": lp_page,
    "am": am_page,
    "tv": tv_page,
    "st": st_page,
}


def register(site: Site60) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["FRONT", "LABELS", "href", "latest", "li", "register"]
