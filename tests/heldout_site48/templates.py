"""Site 48's article pages: a county government's 新聞稿 (發布單位, 民國 dates, 新聞聯絡人 inside the
text, a 相關照片 gallery), a 金門日報-style local daily (記者X／金門報導 leads and lines), a Hong Kong
district portal (下午4:32, 撰文/攝影 lines, an inline 延伸閱讀 box, 責任編輯), a township office on
the ``home.jsp`` government CMS (撰稿人/聯絡人 rows, 附件) and 大紀元 (【大紀元…訊】（大紀元記者X
台北報導）, New York time, 責任編輯 closing the text)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site48

LABELS = {
    "gov": "雲林縣政府",
    "km": "金門日報",
    "hk": "區區通 HK District",
    "town": "雲林縣崙背鄉公所",
    "ep": "大紀元",
}
FRONT = {
    "gov": "/News/News.aspx?CategoryID=3",
    "km": "/1117/1271/1272/",
    "hk": "/district/",
    "town": "/ch/home.jsp?id=45&parentpath=0,2",
    "ep": "/b5/nsc413.htm",
}


def roc(when: datetime, sep: str = "-") -> str:
    return f"{when.year - 1911}{sep}{when:%m}{sep}{when:%d}"


def ampm(when: datetime) -> str:
    h = when.hour % 12 or 12
    return f"{h}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{esc(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a><span class="date">{a.when:{fmt}}</span></li>'


def others(site: Site48, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def rel_items(site: Site48, a: Art, fmt: str = "%Y-%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s48' + tpl)}</script>"


def ga(tag: str) -> str:
    return f"<script async src=\"https://www.googletagmanager.com/gtag/js?id={tag}\"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{tag}');</script>"


def dc_meta(title: str, creator: str, subject: str, when: datetime, desc: str) -> str:
    """The 政府網站 DC metadata every Taiwanese government page carries."""
    rows = [
        ("DC.Title", title),
        ("DC.Creator", creator),
        ("DC.Subject", subject),
        ("DC.Description", desc),
        ("DC.Publisher", creator),
        ("DC.Date", f"{when:%Y-%m-%d}"),
        ("DC.Type", "文字"),
        ("DC.Format", "text/html"),
        ("DC.Language", "中文"),
        ("Category.Theme", "500"),
        ("Category.Cake", "DD0"),
        ("Category.Service", "I00"),
    ]
    return "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in rows)


# --- 1. 雲林縣政府 縣府新聞 ----------------------------------------------------------------------
def gov_page(site: Site48, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, nm = a.x["ctx"], a.x["nm"]
    unit = ctx["unit"]
    date = f"{a.when.year - 1911}年{a.when:%m}月{a.when:%d}日" if a.x["roc_style"] else roc(a.when)
    upd = roc(a.when + timedelta(days=rng.randint(0, 2)))
    hits = rng.randint(80, 3200)
    contact = ""
    if a.x["contact"]:
        contact = f"<p>新聞聯絡人：{unit}{nm[2]}科長　聯絡電話：05-552{rng.randint(1000, 9999)}</p>"
    photos = ""
    if a.x["photos"]:
        items = "".join(
            f'<li><a href="/Upload/News/{a.x["id"]}_{k}.jpg" title="{esc(c)}(開啟新視窗)" target="_blank"><img src="/Upload/News/s_{a.x["id"]}_{k}.jpg" alt="{esc(c)}"></a><p>{esc(c)}</p></li>'
            for k, c in enumerate(a.x["photos"], 1)
        )
        photos = (
            f'<div class="photo-area"><h3>相關照片</h3><ul class="photo-list">{items}</ul></div>'
        )
    rel = ""
    if a.related:
        rel = f'<div class="related-news"><h3>相關新聞</h3><ul>{rel_items(site, a)}</ul></div>'
    newest = "".join(li(b) for b in others(site, a, 8, "new"))
    hot = "".join(li(b) for b in others(site, a, 6, "hot"))
    if a.x["old"]:
        text = "<br><br>\n".join(esc(b.text) for b in a.blocks if b.text)
        if contact:
            text += "<br><br>\n" + contact.removeprefix("<p>").removesuffix("</p>")
        page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>雲林縣政府全球資訊網-縣府新聞-{esc(a.title)}</title>
{head_common(rng, "govold", 280, 45)}
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/top_logo.jpg" alt="雲林縣政府" border="0"></a></td></tr>
<tr><td class="menu"><a href="/">首頁</a> | <a href="{FRONT["gov"]}">縣府新聞</a> | <a href="/News/News.aspx?CategoryID=1">公告訊息</a> | <a href="/News/News.aspx?CategoryID=2">活動訊息</a> | <a href="/about.html">縣政介紹</a> | <a href="/contact.html">聯絡我們</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top" class="left"><table width="100%"><tr><td class="lefttitle">最新消息</td></tr><tr><td><ul>{newest}</ul></td></tr></table></td>
<td valign="top">
<table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#CCCCCC" class="newsTable">
<tr><td bgcolor="#E8F0F8" class="title"><font size="4"><b>{esc(a.title)}</b></font></td></tr>
<tr><td bgcolor="#FFFFFF" class="info">發布單位：{unit}　發布日期：{roc(a.when)}　點閱次數：{hits}</td></tr>
<tr><td bgcolor="#FFFFFF" class="content">{text}</td></tr>
</table>
{rel}
<div align="right"><a href="javascript:window.print()">列印</a> | <a href="javascript:history.back()">回上一頁</a></div>
</td></tr></table>
<table width="980" align="center" class="footer"><tr><td>雲林縣政府 64001雲林縣斗六市雲林路二段515號　總機：05-5522000<br>本網站最佳瀏覽解析度為1024x768</td></tr></table>
</body>
</html>
"""
        return served(page, "big5")
    body = "\n".join(
        f"<p>{esc(b.text)}</p>" if b.kind == "p" else f"<h4>{esc(b.text)}</h4>" for b in a.blocks
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}-雲林縣政府全球資訊網</title>
{dc_meta(a.title, "雲林縣政府" + unit, ctx["topic"], a.when, trunc(a.paras[0], 80))}
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="雲林縣政府全球資訊網">
<meta property="og:description" content="{esc(trunc(a.paras[0], 80))}">
{head_common(rng, "gov")}
{ga("G-YL" + str(a.x["id"] % 7))}
</head>
<body>
<a href="#C" class="sr-only" title="跳到主要內容區塊">跳到主要內容區塊</a>
<header class="header"><div class="container"><a href="#U" accesskey="U" title="上方選單連結區">:::</a>
<a href="/" class="logo"><img src="/images/logo.png" alt="雲林縣政府全球資訊網"></a>
<nav class="top-link"><a href="/">回首頁</a><a href="/sitemap.html">網站導覽</a><a href="/en/">English</a><a href="/contact.html">意見信箱</a></nav>
<form class="search" action="/search" method="get"><label for="q">搜尋</label><input id="q" name="q" type="text" placeholder="請輸入關鍵字"><button>搜尋</button></form>
<ul class="menu"><li><a href="{FRONT["gov"]}">縣府新聞</a></li><li><a href="/News/News.aspx?CategoryID=1">公告訊息</a></li><li><a href="/News/News.aspx?CategoryID=2">活動訊息</a></li><li><a href="/about.html">縣政資訊</a></li><li><a href="/service/">便民服務</a></li><li><a href="/photo/">影音專區</a></li></ul></div></header>
<div class="container"><div class="breadcrumb"><a href="#C" accesskey="C" title="中央內容區塊">:::</a><a href="/">首頁</a> &gt; <a href="/News/">最新消息</a> &gt; <a href="{FRONT["gov"]}">縣府新聞</a></div>
<div class="row"><main id="C" class="col-main">
<div class="news-detail">
<h2 class="news-title">{esc(a.title)}</h2>
<ul class="news-info"><li>發布單位：<span>{unit}</span></li><li>發布日期：<span>{date}</span></li><li>更新日期：<span>{upd}</span></li><li>點閱次數：<span>{hits}</span></li></ul>
<div class="essay" id="newsContent">
{body}
{contact}
</div>
{photos}
<div class="tools"><a href="https://www.facebook.com/sharer/sharer.php?u=" target="_blank" title="分享至Facebook(開啟新視窗)">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url=" target="_blank" title="分享至LINE(開啟新視窗)">LINE</a><a href="javascript:window.print();">列印</a><a href="javascript:history.back();">回上一頁</a></div>
{rel}
</div>
</main>
<aside class="col-side"><div class="box"><h3>最新消息</h3><ul>{newest}</ul></div><div class="box"><h3>熱門點閱</h3><ol>{hot}</ol></div>
<div class="box banner"><a href="/topic/"><img src="/images/banner_topic.jpg" alt="縣政專題"></a><a href="/video/"><img src="/images/banner_video.jpg" alt="影音專區"></a></div></aside>
</div></div>
<footer class="footer"><div class="container"><a href="#Z" accesskey="Z" title="下方功能區塊">:::</a>
<p>雲林縣政府　64001雲林縣斗六市雲林路二段515號　總機：05-5522000</p><p>上班時間：週一至週五 08:00-12:00、13:30-17:30</p>
<p><a href="/privacy.html">隱私權保護政策</a> | <a href="/security.html">資訊安全政策</a> | <a href="/opendata/">政府網站資料開放宣告</a></p>
<p><img src="/images/accessibility_AA.png" alt="通過AA等級無障礙網頁檢測"> 更新日期：{upd}　瀏覽人次：{rng.randint(10_000_000, 40_000_000)}</p></div></footer>
</body>
</html>
"""
    return served(page)


# --- 2. 金門日報 地方新聞 ------------------------------------------------------------------------
def _km_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            cr = f'<span class="credit">{esc(b.credit)}</span>' if b.credit else ""
            out.append(
                f'<div class="img-box"><img src="{b.src}" alt="{esc(b.text)}"><p class="caption">{esc(b.text)}{cr}</p></div>'
            )
    return "\n".join(out)


def km_page(site: Site48, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, place = a.x["nm"], a.x["style"], a.x["place"]
    line = {
        "line": f"記者{nm[0]}／{place}報導",
        "two": f"記者{nm[0]}、{nm[1]}／{place}報導",
        "wentu": f"文／{nm[0]}　圖／{nm[5]}",
        "tegao": f"特約記者{nm[0]}／烈嶼報導",
    }.get(st, "")
    byline = f"<p>{line}</p>\n" if line else ""
    rel = ""
    if a.related:
        rel = f'<div class="list-box related"><h3 class="title">相關新聞</h3><ul>{rel_items(site, a, "%Y/%m/%d")}</ul></div>'
    hot = "".join(li(b, "%m/%d") for b in others(site, a, 10, "hot"))
    live = "".join(li(b, "%m/%d") for b in others(site, a, 8, "live"))
    ads = "".join(
        f'<a href="/ad/{k}.html"><img src="/images/ad/{k}.jpg" alt="廣告{k}"></a>'
        for k in range(1, 5)
    )
    if a.x["old"]:
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>金門日報全球資訊網-{esc(a.title)}</title>
{head_common(rng, "kmold", 300, 45)}
</head>
<body>
<div id="top"><a href="/"><img src="/images/kmdn_logo.gif" alt="金門日報" /></a><span>金門縣政府發行　{a.when.year - 1911}年{a.when.month}月{a.when.day}日</span></div>
<div id="menu"><a href="/">首頁</a><a href="{FRONT["km"]}">地方新聞</a><a href="/1117/1271/1273/">要聞</a><a href="/1117/1271/1275/">社論</a><a href="/1117/1271/1276/">副刊文學</a><a href="/photo/">影像金門</a></div>
<table width="960" align="center"><tr><td valign="top" width="680">
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="{FRONT["km"]}">地方新聞</a></div>
<h3 class="news_title">{esc(a.title)}</h3>
<div class="news_date">日期：{a.when:%Y-%m-%d}　點閱數：{rng.randint(100, 3000)}</div>
<div class="news_content">
{byline}{_km_body(a)}
</div>
{rel}
<div class="print"><a href="javascript:window.print()">友善列印</a> <a href="javascript:history.go(-1)">回上一頁</a></div>
</td><td valign="top"><div class="side"><h3>熱門新聞</h3><ol>{hot}</ol></div><div class="side"><h3>即時新聞</h3><ul>{live}</ul></div></td></tr></table>
<div id="footer">金門日報社　金門縣金城鎮民生路36號　電話：082-325500　Copyright 金門日報 All Rights Reserved.</div>
</body>
</html>
"""
        return served(page, "big5", header=False)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - 金門日報全球資訊網</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="金門日報全球資訊網">
{dc_meta(a.title, "金門日報社", "地方新聞", a.when, trunc(a.paras[0], 60))}
{head_common(rng, "km")}
{ga("G-KMDN")}
</head>
<body>
<div class="wrapper">
<header><a href="#C" class="skip">跳到主要內容</a><div class="logo"><a href="/"><img src="/images/logo.png" alt="金門日報"></a></div>
<div class="today">中華民國{a.when.year - 1911}年{a.when.month}月{a.when.day}日 星期{"一二三四五六日"[a.when.weekday()]}</div>
<nav class="main-menu"><ul><li><a href="/">首頁</a></li><li><a href="/1117/1271/1273/">要聞</a></li><li><a href="{FRONT["km"]}">地方新聞</a></li><li><a href="/1117/1271/1275/">社論</a></li><li><a href="/1117/1271/1276/">浯江夜話</a></li><li><a href="/1117/1271/1277/">副刊文學</a></li><li><a href="/photo/">影像金門</a></li><li><a href="/video/">影音新聞</a></li></ul></nav></header>
<div class="container">
<div class="path"><a href="#C" accesskey="C" title="中央內容區">:::</a><a href="/">首頁</a> / <a href="/1117/">新聞</a> / <a href="{FRONT["km"]}">地方新聞</a></div>
<div class="cp" id="C">
<div class="simple-text title"><h3>{esc(a.title)}</h3></div>
<div class="area-essay page-caption-p"><ul class="info"><li><span class="label">發布日期：</span><span>{a.when:%Y/%m/%d}</span></li><li><span class="label">點閱數：</span><span>{rng.randint(100, 3000)}</span></li></ul></div>
<div class="area-editor user-edit">
<div class="essay">
{byline}{_km_body(a)}
</div>
</div>
<div class="share"><span>分享：</span><a href="https://www.facebook.com/share.php?u=" target="_blank">Facebook</a><a href="https://line.me/R/msg/text/?" target="_blank">Line</a><a href="javascript:window.print();">列印</a></div>
{rel}
<div class="reply"><h3>讀者回應</h3><form action="/reply/" method="post"><label>姓名<input name="name"></label><label>意見<textarea name="msg"></textarea></label><button>送出</button></form><p>※ 讀者回應經編輯部審核後刊出。</p></div>
</div>
<aside class="sidebar"><div class="list-box hot"><h3 class="title">熱門新聞</h3><ol>{hot}</ol></div><div class="list-box live"><h3 class="title">即時新聞</h3><ul>{live}</ul></div><div class="ads">{ads}</div></aside>
</div>
<footer><p>金門日報社　89345金門縣金城鎮民生路36號　電話：082-325500　傳真：082-327405</p><p><a href="/about.html">關於本報</a> | <a href="/contact.html">聯絡我們</a> | <a href="/privacy.html">隱私權政策</a></p><p>Copyright © 金門日報 All Rights Reserved.</p></footer>
</div>
</body>
</html>
"""
    return served(page)


# --- 3. 區區通 Hong Kong district portal --------------------------------------------------------
def _hk_clock(when: datetime) -> str:
    h = when.hour % 12 or 12
    part = "上午" if when.hour < 12 else "下午"
    return f"{when.year}年{when.month}月{when.day}日 星期{'一二三四五六日'[when.weekday()]} {part}{h}:{when:%M}"


def hk_page(site: Site48, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    meta_author = {
        "reporter": f"記者：{nm[0]}",
        "two": f"記者：{nm[0]}、{nm[1]}",
        "desk": "地區新聞組",
    }.get(st, "")
    top_line = {"wen": f"文：{nm[0]}", "wen_photo": f"撰文：{nm[0]}　攝影：{nm[5]}"}.get(st, "")
    parts = []
    extend = ""
    if a.related and a.x["inline_rel"]:
        items = "".join(
            f'<li><a href="{esc(p)}">{esc(site.by_path[p].title)}</a></li>' for p in a.related
        )
        extend = (
            f'<div class="extend-read"><span class="label">延伸閱讀：</span><ul>{items}</ul></div>'
        )
    paras = 0
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
            paras += 1
            if paras == 2 and extend:
                parts.append(extend)
                extend = ""
        elif b.kind == "h":
            parts.append(f"<h3>{esc(b.text)}</h3>")
        else:
            cr = f" {esc(b.credit)}" if b.credit else ""
            parts.append(
                f'<figure class="photo"><img src="{b.src}" alt="{esc(b.text)}"><figcaption>{esc(b.text)}<em>{cr}</em></figcaption></figure>'
            )
    if extend:
        parts.append(extend)
    if top_line:
        parts.insert(0, f'<p class="byline">{top_line}</p>')
    if a.editors:
        parts.append(f'<p class="editor">責任編輯：{a.editors[0]}</p>')
    body = "\n".join(parts)
    rel = ""
    if a.related and not a.x["inline_rel"]:
        rel = f'<section class="related"><h2>相關新聞</h2><ul>{rel_items(site, a, "%Y-%m-%d %H:%M")}</ul></section>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    live = "".join(li(b, "%H:%M") for b in others(site, a, 8, "live"))
    tags = "".join(f'<a href="/district/tag/{t}/">#{t}</a>' for t in (ctx["place"], ctx["topic"]))
    if a.x["old"]:
        page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(a.title)} - 區區通 地區新聞</title>
{head_common(rng, "hkold", 290, 45)}
</head>
<body>
<div id="header"><a href="/district/"><img src="/img/hkd_logo.gif" alt="區區通"></a><div class="nav"><a href="/district/">地區新聞</a> | <a href="/district/tag/{ctx["place"]}/">{ctx["place"]}</a> | <a href="/video/">短片</a> | <a href="/about.html">關於我們</a></div></div>
<div id="content"><div class="article">
<h1>{esc(a.title)}</h1>
<div class="meta">{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}{"　" + meta_author if meta_author else ""}</div>
<div class="text">
{body}
</div>
{rel}
</div>
<div class="right"><h3>熱門新聞</h3><ol>{hot}</ol><h3>即時新聞</h3><ul>{live}</ul></div></div>
<div id="footer">區區通 HK District News　版權所有 不得轉載</div>
</body>
</html>
"""
        return served(page, "big5")
    jsonld = f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(a.title)}","datePublished":"{a.when.replace(second=0).isoformat()}","publisher":{{"@type":"Organization","name":"區區通"}}}}'
    page = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}｜地區新聞｜區區通</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="zh_HK">
<meta property="article:section" content="地區新聞">
<meta property="article:published_time" content="{a.when.replace(second=0).isoformat()}">
<script type="application/ld+json">{jsonld}</script>
{head_common(rng, "hk")}
{ga("G-HKD")}
</head>
<body class="article-page">
<header class="site-header"><a href="/" class="logo">區區通</a><nav><a href="/district/">地區新聞</a><a href="/district/tag/{ctx["place"]}/">{ctx["place"]}</a><a href="/search?q=%E5%8D%80%E8%AD%B0%E6%9C%83">區議會</a><a href="/video/">短片</a><a href="/photo/">圖輯</a><a href="/topic/">專題</a></nav>
<div class="weather">天文台：{rng.randint(22, 31)}°C　濕度 {rng.randint(60, 95)}%</div></header>
<main class="container"><article class="article">
<div class="breadcrumb"><a href="/">主頁</a> › <a href="/district/">地區新聞</a> › <a href="/district/tag/{ctx["place"]}/">{ctx["place"]}</a></div>
<h1 class="headline">{esc(a.title)}</h1>
<div class="article-meta">{f'<span class="author">{meta_author}</span>' if meta_author else ""}<time class="pubdate">{_hk_clock(a.when)}</time></div>
<div class="share-bar"><a href="#" class="fb">分享</a><a href="#" class="wa">WhatsApp</a><a href="#" class="copy">複製連結</a></div>
<div class="article-body">
{body}
</div>
<div class="tags">{tags}</div>
{rel}
<section class="comments"><h2>留言</h2><div class="fb-comments" data-numposts="5"></div><p>請遵守網上禮儀，留言只代表網民個人意見。</p></section>
</article>
<aside class="sidebar"><section class="hot"><h2>熱門新聞</h2><ol>{hot}</ol></section><section class="live"><h2>即時新聞</h2><ul>{live}</ul></section><div class="ad"><img src="/ads/300x250.jpg" alt="廣告"></div></aside>
</main>
<footer class="site-footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯絡我們</a> | <a href="/privacy.html">私隱政策</a><p>© {a.when.year} 區區通 HK District News. 版權所有，不得轉載。</p></footer>
</body>
</html>
"""
    return served(page)


# --- 4. 崙背鄉公所 (home.jsp government CMS) ---------------------------------------------------
def town_page(site: Site48, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, ctx = a.x["nm"], a.x["ctx"]
    unit = ctx["unit"]
    body = "\n".join(
        f"<p>{esc(b.text)}</p>"
        if b.kind == "p"
        else f"<p><b>{esc(b.text)}</b></p>"
        if b.kind == "h"
        else f'<p><img src="{b.src}" alt="" width="600"></p>'
        for b in a.blocks
    )
    rows = [("發布日期", roc(a.when, "/")), ("發布單位", unit)]
    if a.x["writer"]:
        rows.append(("撰稿人", nm[0]))
    rows.append(("聯絡人", f"{nm[2]}　電話：05-696{rng.randint(1000, 9999)}"))
    table = "".join(f'<tr><th scope="row">{k}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    files = ""
    if a.x["files"]:
        files = f'<div class="file"><h4>附件下載</h4><ul><li><a href="/uploaddowndoc?file=news/{a.x["serno"]}.pdf&flag=doc">報名表.pdf</a></li><li><a href="/uploaddowndoc?file=news/{a.x["serno"]}.odt&flag=doc">報名表.odt</a></li></ul></div>'
    menu = "".join(
        f'<li><a href="/ch/home.jsp?id={k}&parentpath=0,{p}">{t}</a></li>'
        for k, p, t in [
            (45, 2, "最新消息"),
            (46, 2, "公告訊息"),
            (47, 2, "活動花絮"),
            (12, 1, "鄉長介紹"),
            (13, 1, "鄉務簡介"),
            (30, 3, "便民服務"),
        ]
    )
    newest = "".join(li(b, "%Y-%m-%d") for b in others(site, a, 6, "new"))
    if a.x["old"]:
        page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>雲林縣崙背鄉公所</title>
{head_common(rng, "townold", 300, 50)}
</head>
<body>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/ch/images/top.jpg" alt="雲林縣崙背鄉公所" border="0"></a></td></tr></table>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="180" valign="top"><ul class="leftmenu">{menu}</ul></td>
<td valign="top"><div class="path">首頁 &gt; 最新消息</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0" class="cp-table">
<tr><th width="90">標題</th><td class="news_title">{esc(a.title)}</td></tr>
{table}
<tr><th>內容</th><td class="news_content">{body}</td></tr>
</table>
{files}
<div align="center"><a href="{FRONT["town"]}">回上頁</a></div>
</td></tr></table>
<table width="900" align="center"><tr><td class="footer">雲林縣崙背鄉公所 地址：637雲林縣崙背鄉中山路198號 電話：05-6962001<br>建議使用IE 8.0以上瀏覽器 解析度1024*768</td></tr></table>
</body>
</html>
"""
        return served(page, "big5")
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>雲林縣崙背鄉公所-最新消息</title>
{dc_meta(a.title, "雲林縣崙背鄉公所", unit, a.when, trunc(a.paras[0], 60))}
{head_common(rng, "town")}
</head>
<body>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<a href="#center" class="skip" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div id="header"><a href="#" accesskey="U" title="上方區塊">:::</a><h1 class="logo"><a href="/"><img src="/ch/images/logo.png" alt="雲林縣崙背鄉公所"></a></h1>
<ul class="toplink"><li><a href="/">回首頁</a></li><li><a href="/ch/home.jsp?id=2&parentpath=0">網站導覽</a></li><li><a href="/ch/home.jsp?id=3&parentpath=0">English</a></li></ul>
<form action="/search" method="get" class="search"><input name="q" title="關鍵字"><input type="submit" value="搜尋"></form>
<ul class="mainmenu">{menu}</ul></div>
<div id="container"><div id="left"><h2>訊息公告</h2><ul class="submenu">{menu}</ul></div>
<div id="center"><a href="#" accesskey="C" title="中央內容區塊">:::</a>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="{FRONT["town"]}">最新消息</a></div>
<div class="cp">
<h3 class="cp-title">{esc(a.title)}</h3>
<table class="cp-info" summary="發布資訊">{table}</table>
<div class="cp-content">
{body}
</div>
{files}
<div class="cp-tool"><a href="javascript:window.print()">列印</a><a href="javascript:history.back()">回上頁</a></div>
</div>
<div class="newest"><h4>其他消息</h4><ul>{newest}</ul></div>
</div></div>
<div id="footer"><a href="#" accesskey="B" title="下方區塊">:::</a><p>雲林縣崙背鄉公所　637雲林縣崙背鄉中山路198號　電話：05-6962001　傳真：05-6962414</p><p>上班時間：週一至週五 上午8:00-12:00 下午1:30-5:30</p><p><a href="/privacy.html">隱私權政策</a>｜<a href="/security.html">資訊安全政策</a>｜瀏覽人次：{rng.randint(900_000, 2_000_000)}</p></div>
</body>
</html>
"""
    return served(page)


# --- 5. 大紀元 -----------------------------------------------------------------------------------
def _ep_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        else:
            out.append(
                f'<figure class="wp-caption aligncenter"><img src="{b.src}" alt="{esc(b.text)}" width="600" height="400"><figcaption class="wp-caption-text">{esc(b.text)}。{esc(b.credit)}</figcaption></figure>'
            )
    return "\n".join(out)


def ep_page(site: Site48, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx = a.x["ctx"]
    editor = f"<p>責任編輯：{a.editors[0]}</p>" if a.editors else ""
    rel = ""
    if a.related:
        rel = f'<div class="related_news"><div class="title">相關新聞</div><ul>{rel_items(site, a, "%Y-%m-%d")}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    live = "".join(
        f'<li><span class="time">{b.when:%H:%M}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(site, a, 10, "live")
    )
    recs = "".join(
        f'<li><a href="{b.path}"><img src="/assets/uploads/{b.when:%Y/%m}/rec{b.i}.jpg" alt=""><span>{esc(trunc(b.title, 16))}</span></a></li>'
        for b in others(site, a, 4, "rec")
    )
    pub = a.when.isoformat()
    stamp = f"{a.when:%Y-%m-%d} {ampm(a.when)}"
    if a.x["old"]:
        page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)} | 大紀元</title>
<meta name="keywords" content="{esc(ctx["topic"])},{esc(ctx["place"])}">
<meta property="article:published_time" content="{pub}">
{head_common(rng, "epold", 300, 50)}
</head>
<body>
<div id="top"><a href="/b5/"><img src="/b5/images/logo_b5.gif" alt="大紀元"></a><div id="topnav"><a href="/b5/">首頁</a><a href="/b5/nsc413.htm">台灣</a><a href="/b5/ncid277.htm">香港</a><a href="/b5/nsc1002.htm">大陸</a><a href="/b5/ncid1349362.htm">國際</a></div></div>
<div id="main"><div id="artbody">
<div class="arttitle"><h1 class="title">{esc(a.title)}</h1></div>
<div class="mbottom10 artauthor">更新: {stamp}　人氣 {rng.randint(200, 9000)}</div>
<div class="mbottom10 large-12 medium-12 columns" id="artbody_text">
{_ep_body(a)}
{editor}
</div>
<div class="share">分享到：Facebook　Twitter　Email</div>
{rel}
</div>
<div id="sidebar"><div class="box"><h3>熱門新聞</h3><ol>{hot}</ol></div><div class="box"><h3>即時新聞</h3><ul>{live}</ul></div></div></div>
<div id="footer">大紀元 © {a.when.year} 版權所有 | <a href="/about.html">關於我們</a> | <a href="/contact.html">聯繫我們</a></div>
</body>
</html>
"""
        return served(page)
    jsonld = f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(a.title)}","datePublished":"{pub}","dateModified":"{pub}","publisher":{{"@type":"Organization","name":"大紀元"}},"inLanguage":"zh-Hant"}}'
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | 台灣 | 大紀元</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<meta property="og:site_name" content="大紀元 www.epochtimes.com">
<meta property="og:title" content="{esc(a.title)} | 台灣 | 大紀元">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{pub}">
<meta property="article:modified_time" content="{pub}">
<meta property="article:section" content="台灣">
<meta property="article:tag" content="{esc(ctx["topic"])}">
<script type="application/ld+json">{jsonld}</script>
{head_common(rng, "ep", 280, 50)}
{ga("UA-EPT-1")}
</head>
<body class="single">
<div id="donate-bar"><a href="/b5/donate.htm">支持大紀元，支持真相報導</a></div>
<header id="header"><div class="logo"><a href="/b5/"><img src="/b5/images/logo.svg" alt="大紀元"></a></div>
<nav id="main_nav"><ul><li><a href="/b5/">首頁</a></li><li><a href="/b5/nsc413.htm">台灣</a></li><li><a href="/b5/ncid277.htm">香港</a></li><li><a href="/b5/nsc1002.htm">大陸</a></li><li><a href="/b5/ncid1349362.htm">國際</a></li><li><a href="/b5/nf4321234.htm">專題</a></li><li><a href="/video/">影視</a></li></ul></nav>
<div class="lang"><a href="/gb/">简体</a> | <a href="/b5/">正體</a></div></header>
<div id="main" class="row"><div class="main_content">
<div class="breadcrumb"><a href="/b5/">首頁</a> &gt; <a href="/b5/nsc413.htm">台灣</a> &gt; <a href="/b5/ncid1077884.htm">地方新聞</a></div>
<div class="titlebox"><h1 class="title">{esc(a.title)}</h1></div>
<div class="info"><span class="time"><time datetime="{pub}">更新 {stamp}</time></span><span class="views">人氣 {rng.randint(200, 9000)}</span></div>
<div class="share_bar"><a class="fb" href="#">Facebook</a><a class="tw" href="#">Twitter</a><a class="line" href="#">LINE</a><a class="email" href="#">Email</a><a class="print" href="javascript:window.print()">列印</a><span class="font">字號：<a href="#">A</a><a href="#">A</a></span></div>
<div class="post_content" id="artbody" itemprop="articleBody">
{_ep_body(a)}
{editor}
</div>
<div class="tags">標籤：<a href="/b5/tag/{ctx["topic"]}.htm">{ctx["topic"]}</a> <a href="/b5/tag/{ctx["place"]}.htm">{ctx["place"]}</a></div>
<div class="donate_box"><p>大紀元是獨立的媒體，不受任何政治與商業勢力左右。若您認同我們的理念，歡迎<a href="/b5/donate.htm">訂閱或捐款支持</a>。</p></div>
{rel}
<div class="recommend"><div class="title">推薦閱讀</div><ul>{recs}</ul></div>
<div id="comments"><h3>評論</h3><div id="disqus_thread"></div><script>var disqus_config=function(){{this.page.identifier='n{a.x["id"]}';}};</script></div>
</div>
<aside class="sidebar"><div class="box"><div class="title">熱門新聞</div><ol>{hot}</ol></div><div class="box"><div class="title">即時新聞</div><ul>{live}</ul></div><div class="ad"><img src="/ads/sky.jpg" alt=""></div></aside>
</div>
<footer id="footer"><a href="/about.html">關於我們</a> | <a href="/contact.html">聯繫我們</a> | <a href="/b5/privacy.htm">隱私政策</a><p>大紀元 © 2000-{a.when.year} 版權所有</p></footer>
</body>
</html>
"""
    return served(page)


RENDER: dict[str, Callable[[Site48, Art], tuple[bytes, str]]] = {
    "gov": gov_page,
    "km": km_page,
    "hk": hk_page,
    "town": town_page,
    "ep": ep_page,
}


def register(site: Site48) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["FRONT", "LABELS", "latest", "li", "register", "roc"]
