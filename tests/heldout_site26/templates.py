"""Site 26's article pages: 中時新聞網, ETtoday 新聞雲, 三立新聞網 (new layout and the old Big5 one),
TVBS 新聞網 and 公視新聞網 templates."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from functools import partial
from typing import TYPE_CHECKING, Any

from heldout import Art, Block
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site26

LISTS = {
    "chinatimes": ["/realtimenews/", "/realtimenews/?page=2"],
    "ettoday": ["/news/news-list.htm", "/news/news-list-2.htm"],
    "setn": ["/ViewAll.aspx?PageGroupID=0", "/ViewAll.aspx?PageGroupID=0&p=2"],
    "tvbs": ["/realtime", "/realtime?page=2"],
    "pts": ["/dailynews", "/dailynews?page=2"],
}
LABELS = {
    "chinatimes": "中時新聞網",
    "ettoday": "ETtoday新聞雲",
    "setn": "三立新聞網",
    "tvbs": "TVBS新聞網",
    "pts": "公視新聞網",
}


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def related(site: Site26, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site26, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and (not same or b.tpl == a.tpl)
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(a: Art, para: Any, head: Any, img: Any) -> list[str]:
    return [
        para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b)
        for b in a.blocks
    ]


def menu(items: list[str], root: str, cls: str) -> str:
    return "".join(
        f'<li class="{cls}"><a href="{root}{crc(n) % 9000 + 1000}">{n}</a></li>' for n in items
    )


def desc(a: Art, n: int = 90) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def ld_json(
    site: Site26, a: Art, author: Any, publisher: str, section: str, modified: Any = None
) -> str:
    d: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": site.base + a.path},
        "headline": a.title,
        "description": trunc(a.body.replace("\n", ""), 80),
        "image": {
            "@type": "ImageObject",
            "url": f"{site.base}/og/{crc(a.path) % 99999}.jpg",
            "width": 1200,
            "height": 630,
        },
        "datePublished": a.when.isoformat(),
        "dateModified": (modified or a.when).isoformat(),
        "author": author,
        "publisher": {
            "@type": "Organization",
            "name": publisher,
            "logo": {"@type": "ImageObject", "url": site.base + "/logo.png"},
        },
        "articleSection": section,
        "inLanguage": "zh-TW",
    }
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def persons(ns: list[str]) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": n} for n in ns]


def gtm(tag: str) -> str:
    return (
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
        f"j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{tag}');</script>\n"
    )


def ads(slots: list[str]) -> str:
    return (
        "<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"
        + "".join(
            f"googletag.defineSlot('/1001234/{s}',[[300,250],[336,280]],'div-gpt-ad-{s}').addService(googletag.pubads());"
            for s in slots
        )
        + "googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>\n"
    )


# --- 1. 中時新聞網 ---------------------------------------------------------------------------

CT_MENU = [
    "即時",
    "熱門",
    "政治",
    "言論",
    "生活",
    "娛樂",
    "財經",
    "社會",
    "話題",
    "國際",
    "軍事",
    "兩岸",
    "體育",
    "健康",
    "運勢",
    "科技",
    "消費",
    "地方",
    "專題",
    "旺得富",
    "寶島",
    "時尚",
    "中時電子報",
]


def chinatimes(site: Site26, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, cat = a.x["nm"], a.x["style"], a.x["cat"]

    def img(b: Block) -> str:
        return (
            f'<div class="main-figure"><figure><div class="photo-container"><img src="{b.src}" alt="{esc(b.text)}" width="1280" height="853" loading="lazy"></div>'
            f'<figcaption class="figure-caption">{esc(b.text)}{esc(b.credit)}</figcaption></figure></div>'
        )

    parts = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    if style == "line":
        parts.insert(0, f"<p>記者{esc(nm[0])}／{a.x['ctx']['place']}報導</p>")
        author_div = '<div class="author">中時新聞網</div>'
        ld_author: Any = {"@type": "Organization", "name": "中時新聞網"}
    elif style == "cna":
        author_div = '<div class="author">中央社</div>'
        ld_author = {"@type": "Organization", "name": "中央社"}
    else:
        author_div = (
            '<div class="author">'
            + "、".join(
                f'<a href="/reporter/{crc(n) % 90000 + 10000}" title="{esc(n)}">{esc(n)}</a>'
                for n in a.authors
            )
            + "</div>"
        )
        ld_author = persons(a.authors)
    if rng.random() < 0.5 and len(parts) > 4:
        parts.insert(
            len(parts) // 2,
            '<div class="promote-word"><a href="/app">下載中時新聞網APP，掌握第一手新聞！</a></div>',
        )
    rel = related(site, a)
    rel_html = (
        '<section class="recommended-article"><h3 class="section-title">延伸閱讀</h3><ul class="vertical-list list-style-none">'
        + "".join(
            f'<li><div class="articlebox-compact"><div class="photo-container"><a href="{b.path}"><img src="/newsphoto/thumb/{crc(b.path) % 99999}.jpg" alt=""></a></div>'
            f'<div class="col"><h4 class="title"><a href="{b.path}">{esc(b.title)}</a></h4><div class="meta-info"><time datetime="{b.when:%Y-%m-%d %H:%M}"><span class="hour">{b.when:%H:%M}</span><span class="date">{b.when:%Y/%m/%d}</span></time></div></div></div></li>'
            for b in rel
        )
        + "</ul></section>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><div class="articlebox-compact"><span class="rank">{k + 1}</span><h4 class="title"><a href="{b.path}">{esc(b.title)}</a></h4></div></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    realtime = "".join(
        f'<li><h4 class="title"><a href="{b.path}">{esc(b.title)}</a></h4><span class="category">{b.x.get("cat", ("", "即時"))[1]}</span></li>'
        for b in others(site, a, 8, "rt")
    )
    tags = "".join(
        f'<span class="hash-tag"><a href="/search/{esc(t)}?chdtv">#{esc(t)}</a></span>'
        for t in [a.x["ctx"]["topic"], a.x["ctx"]["org"], a.x["ctx"]["place"]]
    )
    page = (
        '<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(a.title)} - {cat[1]} - 中時新聞網</title>\n"
        f'<meta name="description" content="{desc(a)}">\n<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},{esc(a.x["ctx"]["org"])}">\n'
        f'<link rel="canonical" href="{site.base}{a.path}?chdtv">\n<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="中時新聞網">\n<meta property="og:image" content="{site.base}/newsphoto/og/{crc(a.path) % 99999}.jpg">\n'
        f'<meta name="pubdate" content="{a.when.isoformat()}">\n<meta name="section" content="{cat[1]}">\n'
        f"{ld_json(site, a, ld_author, '中時新聞網', cat[1])}\n"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"首頁","item":"https://www.chinatimes.com/"},'
        f'{{"@type":"ListItem","position":2,"name":"{cat[1]}","item":"https://www.chinatimes.com/{cat[0]}"}}]}}</script>\n'
        f'<link rel="stylesheet" href="/css/main.min.css?v=20240501"><style>{css(rng, "ct", 360)}</style>\n{gtm("GTM-CT8XYZ")}{ads(["ct_article_r1", "ct_article_r2", "ct_inread"])}'
        f"<script>{stats_js('chinatimes')}</script>\n</head>\n"
        '<body class="article-page"><div class="page-wrapper"><header class="header"><div class="container"><div class="header-top">'
        '<a class="logo" href="/"><img src="/images/logo-chinatimes.svg" alt="中時新聞網"></a><div class="header-tool"><a href="/search">搜尋</a><a href="/member/login">登入</a><a href="/app">APP</a></div></div>'
        f'<nav class="main-nav"><ul class="main-nav-list"><li><a href="/">首頁</a></li><li><a href="{LISTS["chinatimes"][0]}">即時</a></li>{menu(CT_MENU, "/channel/", "nav-item")}</ul></nav></div></header>\n'
        f'<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首頁</a></li><li class="breadcrumb-item"><a href="{LISTS["chinatimes"][0]}">{cat[1]}</a></li></ol>'
        '<div class="row"><div class="column-left"><article class="article-box"><header class="article-header">'
        f'<h1 class="article-title">{esc(a.title)}</h1><div class="meta-info-wrapper"><div class="meta-info">'
        f'<time datetime="{a.when:%Y-%m-%d %H:%M}"><span class="hour">{a.when:%H:%M}</span><span class="date">{a.when:%Y/%m/%d}</span></time>'
        f'{author_div}<div class="source">{a.x["source"]}</div></div>'
        '<div class="share-tools"><a class="facebook" href="javascript:;">Facebook</a><a class="line" href="javascript:;">LINE</a><a class="copy" href="javascript:;">複製連結</a><a class="font" href="javascript:;">字級</a></div></div></header>\n'
        f'<div class="article-body" itemprop="articleBody">\n{chr(10).join(parts)}\n</div>\n'
        f'<div class="article-hash-tag">{tags}</div>'
        '<div class="article-follow">加入中時新聞網LINE好友，新聞話題不漏接！<a href="/line">加入好友</a>　追蹤中時新聞網<a href="/google-news">Google News</a></div>'
        f"{rel_html}"
        '<div class="article-comment"><h3>留言</h3><div class="fb-comments" data-numposts="5"></div></div></article></div>\n'
        f'<aside class="column-right"><div id="div-gpt-ad-ct_article_r1" class="ad"></div><section class="hot-news"><h3 class="section-title">熱門新聞</h3><ol class="hot-list">{hot}</ol></section>'
        f'<section class="realtime-news"><h3 class="section-title">即時新聞</h3><ul class="vertical-list">{realtime}</ul></section><div id="div-gpt-ad-ct_article_r2" class="ad"></div></aside></div></div>\n'
        '<footer class="footer"><div class="container"><ul class="footer-links"><li><a href="/about">關於我們</a></li><li><a href="/contact">聯絡我們</a></li><li><a href="/privacy">隱私權聲明</a></li><li><a href="/terms">服務條款</a></li><li><a href="/ads">廣告刊登</a></li></ul>'
        '<p class="copyright">Copyright © 2024 China Times Group. All rights reserved. 中時新聞網 版權所有，轉載必究</p></div></footer></div>\n'
        '<script src="/js/vendor.min.js?v=20240501"></script><script src="/js/main.min.js?v=20240501"></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 2. ETtoday 新聞雲 ------------------------------------------------------------------------

ET_MENU = [
    "政治",
    "財經",
    "國際",
    "大陸",
    "社會",
    "地方",
    "生活",
    "寵物",
    "健康",
    "消費",
    "遊戲",
    "3C家電",
    "旅遊",
    "房產雲",
    "影劇",
    "時尚",
    "運動",
    "電競",
    "法律",
    "公益",
    "ET車雲",
    "新奇",
    "論壇",
]


def ettoday(site: Site26, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    rel = related(site, a)

    def img(b: Block) -> str:
        return (
            f'<p><img src="{b.src}" alt="{esc(b.text)}" width="600" height="400" /></p>\n'
            f"<p><strong>▲{esc(b.text)}{esc(b.credit)}</strong></p>"
        )

    parts = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    parts.insert(0, f"<p>{esc(a.x['byline'])}</p>")
    if rel:  # the editor's ► links to related stories, inside the story
        links = "".join(
            f'<p><strong>►</strong> <a href="{b.path}" target="_blank">{esc(b.title)}</a></p>'
            for b in rel[:2]
        )
        at = max(2, len(parts) * 2 // 3)
        parts.insert(at, links)
    recs = others(site, a, 3, "rec")
    parts.append(
        "<p><strong>推薦閱讀</strong></p>"
        + "".join(
            f'<p>► <a href="{b.path}" target="_blank">{esc(b.title)}</a></p>' for b in recs[:2]
        )
    )
    rel_html = (
        '<div class="part_list_3 related-news"><div class="part_title"><h3>相關新聞</h3></div><ul>'
        + "".join(
            f'<li><a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a></li>' for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    rec_box = "".join(
        f'<div class="piece clearfix"><a class="pic" href="{b.path}"><img src="/images/thumb/{crc(b.path) % 99999}.jpg" alt=""></a><h3><a href="{b.path}">{esc(b.title)}</a></h3></div>'
        for b in others(site, a, 6, "recbox")
    )
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    page = (
        '<!doctype html>\n<html lang="zh-Hant-TW" itemscope itemtype="http://schema.org/NewsArticle">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(a.title)} | ETtoday社會新聞 | ETtoday新聞雲</title>\n"
        f'<meta name="description" content="{desc(a)}">\n<link rel="canonical" href="{site.base}{a.path}">\n'
        f'<meta property="og:url" content="{site.base}{a.path}">\n<meta property="og:title" content="{esc(a.title)} | ETtoday社會新聞 | ETtoday新聞雲">\n'
        f'<meta property="og:description" content="{desc(a)}">\n<meta property="og:site_name" content="ETtoday新聞雲">\n<meta property="fb:app_id" content="146858218737386">\n'
        f'<meta name="section" property="article:section" content="社會">\n<meta name="pubdate" property="article:published_time" content="{a.when.isoformat()}">\n'
        f'<meta name="news_keywords" content="{esc(a.x["ctx"]["topic"])},{esc(a.x["ctx"]["place"])}">\n'
        f"{ld_json(site, a, {'@type': 'Organization', 'name': 'ETtoday新聞雲'}, 'ETtoday新聞雲', '社會')}\n"
        f'<link rel="stylesheet" href="//static.ettoday.net/style/news2017/css/style.css"><style>{css(rng, "et", 380)}</style>\n'
        f"{gtm('GTM-ET1234')}{ads(['ET_news_r1', 'ET_news_inread', 'ET_news_r2'])}<script>{stats_js('ettoday')}</script>\n</head>\n"
        '<body class="news-page"><div class="wrapper_box"><div class="wrapper">'
        '<div class="header_2017"><div class="logo_ettoday"><a href="/">ETtoday新聞雲</a></div><div class="search_box"><form action="/news/search.php"><input name="keywords"><button>搜尋</button></form></div>'
        f'<div class="nav_1"><ul><li><a href="/">首頁</a></li><li><a href="{LISTS["ettoday"][0]}">新聞總覽</a></li>{menu(ET_MENU, "/news/focus/", "")}</ul></div></div>\n'
        '<div class="container_box"><div class="r1 clearfix"><div class="c1"><div class="part_breadcrumb_1"><a href="/">首頁</a> › <a href="/news/focus/society/">社會</a></div>'
        '<article><div class="subject_article"><header>'
        f'<h1 class="title" itemprop="headline">{esc(a.title)}</h1></header>'
        f'<time class="date" itemprop="datePublished" datetime="{a.when.isoformat()}">{a.when.year}年{a.when:%m}月{a.when:%d}日 {a.when:%H:%M}</time>'
        '<div class="part_menu_5 clearfix"><a class="btn fb" href="javascript:;">分享</a><a class="btn line" href="javascript:;">LINE</a><a class="btn copy" href="javascript:;">複製</a>'
        '<span class="fb-like">按讚加入粉絲團</span></div>'
        f'<div class="story" itemprop="articleBody">\n{chr(10).join(parts)}\n</div>\n'
        f'<div class="part_tag_1 clearfix"><p class="tag">關鍵字：<a href="/news/tag/{crc(a.x["ctx"]["topic"]) % 9999}">{esc(a.x["ctx"]["topic"])}</a><a href="/news/tag/{crc(a.x["ctx"]["place"]) % 9999}">{esc(a.x["ctx"]["place"])}</a></p></div>'
        '<div class="part_area_app">下載ETtoday新聞雲APP，新聞即時推播不漏接！<a href="/app">立即下載</a></div>'
        f"{rel_html}"
        f'<div class="part_pictxt_3 recommend"><div class="part_title"><h3>推薦閱讀</h3></div>{rec_box}</div>'
        '<div class="part_comment"><div class="part_title"><h3>讀者迴響</h3></div><div class="fb-comments" data-href="" data-numposts="10"></div>'
        '<p class="notice">※ 本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p></div></div></article></div>\n'
        f'<div class="c2"><div id="div-gpt-ad-ET_news_r1"></div><div class="part_list_2 hot"><div class="part_title"><h3>熱門新聞</h3></div><ol>{hot}</ol></div><div id="div-gpt-ad-ET_news_r2"></div></div></div></div>\n'
        '<div class="footer_box"><div class="footer"><ul class="menu"><li><a href="/about">關於我們</a></li><li><a href="/contact">聯絡我們</a></li><li><a href="/privacy">隱私權條款</a></li><li><a href="/ads">廣告刊登</a></li></ul>'
        '<p class="copyright">東森新媒體控股股份有限公司 版權所有，非經授權，不許轉載本網站內容 © ETtoday.net All Rights Reserved.</p></div></div></div></div>\n'
        '<script src="//static.ettoday.net/style/news2017/js/jquery.min.js"></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 3. 三立新聞網 -----------------------------------------------------------------------------

SETN_MENU = [
    "即時",
    "熱門",
    "政治",
    "社會",
    "國際",
    "生活",
    "財經",
    "娛樂",
    "運動",
    "寵物",
    "健康",
    "新奇",
    "地方",
    "3C",
    "汽車",
    "房產",
    "兩岸",
    "名家",
    "影音",
    "直播",
    "節目",
    "專題",
    "論壇",
]


def _setn_byline(a: Art) -> str:
    return f"<p>{esc(a.x['byline'])}</p>" if a.x["byline"] else ""


def setn(site: Site26, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return setn_old(site, a)
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        return (
            f'<p style="text-align: center;"><img alt="{esc(b.text)}" src="{b.src}" style="width: 100%;" /></p>\n'
            f'<p style="text-align: center;"><span style="color:#0000cd;">▲{esc(b.text)}{esc(b.credit)}</span></p>'
        )

    parts = body_html(
        a,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<p><strong><span style="color:#b22222;">{esc(t)}</span></strong></p>',
        img,
    )
    parts.insert(0, _setn_byline(a))
    ed = f'<p class="newsEditor">編輯 {esc(a.editors[0])}</p>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<div class="extend-news"><div class="title-bar"><h3>延伸閱讀</h3></div><ul class="extend-list">'
        + "".join(f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>' for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><span class="num">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    more = "".join(
        f'<div class="col-sm-4 newsimg-area-item"><a href="{b.path}"><img src="/NewsImages/thumb/{crc(b.path) % 99999}.jpg"><div class="newsimg-area-text">{esc(b.title)}</div></a></div>'
        for b in others(site, a, 6, "more")
    )
    src = a.x["source"]
    ldauthor = persons(a.authors) if a.authors else {"@type": "Organization", "name": src}
    page = (
        '<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{esc(a.title)} | 政治 | 三立新聞網  SETN.COM</title>\n"
        f'<meta name="description" content="{desc(a)}" />\n<link rel="canonical" href="{site.base}{a.path}" />\n'
        f'<meta property="og:title" content="{esc(a.title)} | 政治 | 三立新聞網 SETN.COM" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="article:published_time" content="{a.when:%Y-%m-%dT%H:%M:%S}+08:00" />\n<meta name="author" content="三立新聞網" />\n'
        f"{ld_json(site, a, ldauthor, '三立新聞網', '政治')}\n"
        f'<link href="/css/setnnews.min.css?v=240501" rel="stylesheet" /><style>{css(rng, "setn", 370)}</style>\n'
        f"{gtm('GTM-SETN77')}{ads(['setn_news_r1', 'setn_news_r2', 'setn_inarticle'])}<script>{stats_js('setn')}</script>\n</head>\n"
        '<body><form method="post" action="./News.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkXyJ4c3Nyc2F0aW9uZGF0YQ==" />\n'
        '<header class="header"><div class="container"><a class="navbar-brand" href="/"><img src="/images/setn_logo.png" alt="三立新聞網 SETN.com" /></a>'
        f'<ul class="nav navbar-nav"><li><a href="/">首頁</a></li><li><a href="{LISTS["setn"][0]}">即時</a></li>{menu(SETN_MENU, "/ViewAll.aspx?PageGroupID=", "")}</ul></div></header>\n'
        '<div class="container"><div class="row"><div class="col-md-8 contLeft">'
        f'<ol class="breadcrumb"><li><a href="/">首頁</a></li><li><a href="/Catalog.aspx?PageGroupID=6">政治</a></li></ol>'
        f'<div class="newsTitle"><h1 class="news-title-3">{esc(a.title)}</h1></div>'
        f'<div class="page-title-text"><time class="page-date">{a.when:%Y/%m/%d %H:%M:%S}</time><span class="page-views">瀏覽 {rng.randint(800, 90000):,}</span></div>'
        '<div class="share-bar"><a class="fb" href="javascript:;">分享</a><a class="line" href="javascript:;">LINE</a><a class="twitter" href="javascript:;">X</a><a class="print" href="javascript:;">列印</a></div>'
        f'<article><div id="ckuse" class="Content1" itemprop="articleBody">\n{chr(10).join(parts)}\n{ed}\n</div></article>'
        '<div class="app-download">★三立新聞網提醒您：下載三立新聞APP，即時掌握最新消息！<a href="/app">立即下載</a></div>'
        f"{rel_html}"
        f'<div class="newsimg-area"><div class="title-bar"><h3>政治 更多新聞</h3></div><div class="row">{more}</div></div>'
        '<div class="fb-comments" data-numposts="5"></div></div>\n'
        f'<div class="col-md-4 contRight"><div id="div-gpt-ad-setn_news_r1"></div><div class="top-hot-list"><div class="title-bar"><h3>熱門</h3></div><ol>{hot}</ol></div>'
        '<div id="div-gpt-ad-setn_news_r2"></div></div></div></div>\n'
        '<footer class="footer"><div class="container"><ul><li><a href="/about">關於我們</a></li><li><a href="/contact">聯絡我們</a></li><li><a href="/privacy">隱私權政策</a></li></ul>'
        "<p>三立新聞網 SETN.com 版權所有 © 2024 Sanlih E-Television All Rights Reserved.</p></div></footer></form>\n"
        '<script src="/js/jquery-3.6.0.min.js"></script><script src="/js/setnnews.min.js?v=240501"></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def setn_old(site: Site26, a: Art) -> tuple[bytes, str]:
    """The 2019 layout: tables, served in Big5."""
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        return (
            f'<div class="newsPic" align="center"><img src="{b.src}" border="0" width="560"><br>'
            f'<span class="PicCaption">▲{esc(b.text)}{esc(b.credit)}</span></div>'
        )

    parts = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img)
    parts.insert(0, _setn_byline(a))
    ed = f"<p>編輯 {esc(a.editors[0])}</p>" if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<table class="extend" width="100%"><tr><td class="extTitle">延伸閱讀</td></tr>'
        + "".join(f'<tr><td>‧<a href="{b.path}">{esc(b.title)}</a></td></tr>' for b in rel)
        + "</table>"
        if rel
        else ""
    )
    hot = "".join(
        f'<tr><td>{k + 1}.</td><td><a href="{b.path}">{esc(b.title)}</a></td></tr>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=big5" />\n'
        f'<title>{esc(a.title)}｜三立新聞網 SETN.COM</title>\n<meta name="description" content="{desc(a)}" />\n'
        f'<style type="text/css">{css(rng, "snold", 380)}</style>\n<script type="text/javascript">{stats_js("setn2019")}</script>\n</head>\n'
        '<body><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="top">'
        '<a href="/"><img src="/images/logo2019.gif" alt="三立新聞網" border="0" /></a></td></tr>'
        f'<tr><td class="menu"><a href="/">首頁</a> | <a href="{LISTS["setn"][0]}">即時</a> | '
        + " | ".join(
            f'<a href="/ViewAll.aspx?PageGroupID={crc(n) % 90 + 1}">{n}</a>' for n in SETN_MENU
        )
        + "</td></tr></table>\n"
        '<table width="1000" border="0" align="center"><tr><td width="680" valign="top">'
        f'<div class="NewsTitle"><h1>{esc(a.title)}</h1></div><div class="NewsTime">{a.when:%Y/%m/%d %H:%M:%S}</div>'
        f'<div id="Content1">\n{chr(10).join(parts)}\n{ed}\n</div>'
        '<div class="shareBar">分享到：<a href="javascript:;">Facebook</a> <a href="javascript:;">Plurk</a> <a href="javascript:;">Twitter</a></div>'
        f"{rel_html}</td>"
        f'<td width="300" valign="top"><div class="hotTitle">熱門新聞</div><table class="hot">{hot}</table></td></tr></table>\n'
        '<table width="1000" align="center"><tr><td class="footer"><a href="/about">關於我們</a> | <a href="/contact">聯絡我們</a><br />三立新聞網 版權所有 Copyright © 2019 Sanlih E-Television. All Rights Reserved.</td></tr></table>\n</body>\n</html>\n'
    )
    return encode(page, "big5"), "text/html; charset=big5"


# --- 4. TVBS 新聞網 ----------------------------------------------------------------------------

TVBS_MENU = [
    "即時",
    "熱門",
    "政治",
    "娛樂",
    "生活",
    "食尚",
    "國際",
    "地方",
    "社會",
    "科技",
    "健康",
    "理財",
    "新奇",
    "運動",
    "體育",
    "房地產",
    "TVBS看板",
    "民調中心",
    "ESG",
    "評論",
    "直播",
]


def author_path(name: str) -> str:
    return f"/author/{crc(name) % 900 + 100}"


def tvbs(site: Site26, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    sec = a.x["sec"]

    def img(b: Block) -> str:
        return (
            f'<div class="img"><img src="{b.src}" alt="{esc(b.text)}" width="640" height="360" loading="lazy">'
            f"<p>{esc(b.text)}{esc(b.credit)}</p></div>"
        )

    chunks = []
    for b in a.blocks:
        if b.kind == "p":
            chunks.append(esc(b.text) + "<br><br>")
        elif b.kind == "h":
            chunks.append(f"<strong>{esc(b.text)}</strong><br><br>")
        else:
            chunks.append(img(b))
    by = a.x["byline"]
    if by:
        segs = []
        for role, n in by:
            if role in ("記者", "編譯") and n in a.authors:
                segs.append(f'<a href="{author_path(n)}">{role} {esc(n)}</a>')
            else:
                segs.append(f"{role} {esc(n)}")
        byline = " / ".join(segs) + " 報導"
    else:
        byline = "生活中心 / 綜合報導"
    upd = a.x["updated"]
    upd_html = f"<br>最後更新時間：{upd:%Y/%m/%d %H:%M}" if upd else ""
    rel = related(site, a)
    rel_html = (
        '<div class="article_extended"><div class="title"><h3>相關新聞</h3></div><ul class="list">'
        + "".join(
            f'<li><a href="{b.path}"><div class="img"><img src="/news_pics/thumb/{crc(b.path) % 99999}.jpg" alt=""></div><h2 class="txt">{esc(b.title)}</h2></a></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    newest = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><span>{b.when:%H:%M}</span></li>'
        for b in others(site, a, 8, "new")
    )
    hot = "".join(
        f'<li><span class="num">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    ldauthor = persons(a.authors) if a.authors else {"@type": "Organization", "name": "TVBS新聞網"}
    page = (
        '<!DOCTYPE html>\n<html lang="zh-TW">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(a.title)} │ TVBS │ {sec[1]}新聞</title>\n"
        f'<meta name="description" content="{desc(a)}">\n<link rel="canonical" href="{site.base}{a.path}">\n'
        f'<meta property="og:title" content="{esc(a.title)} │ TVBS │ {sec[1]}新聞">\n<meta property="og:type" content="article">\n<meta property="og:site_name" content="TVBS">\n'
        f'<meta name="pubdate" content="{a.when.isoformat()}">\n'
        f"{ld_json(site, a, ldauthor, 'TVBS新聞網', sec[1], upd)}\n"
        f'<link rel="stylesheet" href="/css/news_v2.css?v=20240507"><style>{css(rng, "tvbs", 380)}</style>\n'
        f"{gtm('GTM-TVBS55')}{ads(['tvbs_news_r1', 'tvbs_news_r2'])}<script>{stats_js('tvbs')}</script>\n</head>\n"
        '<body><div class="header"><div class="header_inner"><a class="logo" href="/"><img src="/img/tvbs_news_logo.svg" alt="TVBS新聞網"></a>'
        '<div class="header_tool"><a href="/live">直播</a><a href="/search">搜尋</a><a href="/member">會員</a></div></div>'
        f'<div class="nav"><ul><li><a href="/">首頁</a></li><li><a href="{LISTS["tvbs"][0]}">即時</a></li>{menu(TVBS_MENU, "/category/", "")}</ul></div></div>\n'
        '<main class="main"><div class="article_area"><div class="breadcrumb">'
        f'<a href="/">首頁</a> &gt; <a href="/{sec[0]}">{sec[1]}</a></div><div class="title"><h1 class="title">{esc(a.title)}</h1></div>'
        f'<div class="author">{byline}<br>發佈時間：{a.when:%Y/%m/%d %H:%M}{upd_html}</div>'
        '<div class="share"><a class="fb" href="javascript:;">FB</a><a class="line" href="javascript:;">LINE</a><a class="link" href="javascript:;">複製連結</a></div>'
        f'<div class="article_content" id="news_detail_div">\n{chr(10).join(chunks)}\n</div>'
        '<div class="article_follow">👉 TVBS新聞 ‧ 最新最快最透明<br>👉 加入TVBS新聞LINE好友，即時掌握最新消息！<a href="/line">加入</a></div>'
        f'<div class="article_keyword">關鍵字：<a href="/news/searchresult/{crc(a.x["ctx"]["topic"]) % 9999}">{esc(a.x["ctx"]["topic"])}</a></div>'
        f"{rel_html}"
        f'<div class="newest_news"><div class="title"><h3>最新新聞</h3></div><ul>{newest}</ul></div></div>\n'
        f'<div class="right_side"><div id="div-gpt-ad-tvbs_news_r1"></div><div class="news_list_hot"><div class="title"><h3>熱門</h3></div><ol>{hot}</ol></div>'
        '<div id="div-gpt-ad-tvbs_news_r2"></div></div></main>\n'
        '<div class="footer"><ul><li><a href="/about">關於TVBS</a></li><li><a href="/contact">聯絡我們</a></li><li><a href="/privacy">隱私權政策</a></li></ul>'
        "<p>TVBS 聯利媒體股份有限公司 版權所有 © 2024 TVBS Media Inc. All Rights Reserved.</p></div>\n"
        '<script src="/js/jquery.min.js"></script><script src="/js/news_v2.js?v=20240507"></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 5. 公視新聞網 ----------------------------------------------------------------------------

PTS_MENU = [
    "即時",
    "政治",
    "國際",
    "兩岸",
    "產經",
    "社會",
    "生活",
    "環境",
    "文教科技",
    "地方",
    "原民",
    "專題",
    "議題",
    "PNN專題",
    "P#新聞實驗室",
    "節目",
    "我們的島",
    "獨立特派員",
    "有話好說",
]


def pts(site: Site26, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm = a.x["nm"]

    def img(b: Block) -> str:
        return (
            f'<figure class="image"><img src="{b.src}" alt="{esc(b.text)}" class="img-fluid">'
            f'<figcaption>{esc(b.text)}<span class="credit">{esc(b.credit)}</span></figcaption></figure>'
        )

    parts = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h2>{esc(t)}</h2>", img)
    if a.authors:
        where = a.x["ctx"]["place"]
        reporter = f"記者 {'、'.join(esc(n) for n in a.authors)} / {where}報導"
    else:
        reporter = "公視新聞 / 綜合報導"
    crew = "　".join(f"{r}：{esc(n)}" for r, n in a.x["crew"])
    crew_html = f'<div class="article-credit">{crew}</div>' if crew else ""
    rel = related(site, a)
    split = 2 if len(rel) >= 3 and a.i % 2 == 0 else len(rel)

    def box(cls: str, label: str, arts: list[Art]) -> str:
        if not arts:
            return ""
        return (
            f'<div class="{cls}"><h2 class="section-title">{label}</h2><ul class="list-unstyled">'
            + "".join(
                f'<li class="d-flex"><a href="{b.path}"><img src="https://news-data.pts.org.tw/media/thumb/{crc(b.path) % 99999}.jpg" alt=""></a><div><h3><a href="{b.path}">{esc(b.title)}</a></h3><time>{b.when:%Y-%m-%d %H:%M}</time></div></li>'
                for b in arts
            )
            + "</ul></div>"
        )

    rel_html = box("related-news-box", "相關新聞", rel[:split]) + box(
        "extended-reading", "延伸閱讀", rel[split:]
    )
    newest = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(site, a, 8, "new")
    )
    hot = "".join(
        f'<li><span>{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 8, "hot", False))
    )
    tags = "".join(
        f'<li><a href="/tag/{crc(t) % 9999}">#{esc(t)}</a></li>'
        for t in [a.x["ctx"]["topic"], a.x["ctx"]["place"]]
    )
    ldauthor = persons(a.authors) if a.authors else {"@type": "Organization", "name": "公視新聞網"}
    del nm
    page = (
        '<!DOCTYPE html>\n<html lang="zh-TW">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(a.title)} | 公視新聞網 PNN</title>\n"
        f'<meta name="description" content="{desc(a)}">\n<link rel="canonical" href="{site.base}{a.path}">\n'
        f'<meta property="og:title" content="{esc(a.title)} | 公視新聞網 PNN">\n<meta property="og:type" content="article">\n'
        f'<meta property="article:published_time" content="{a.when.isoformat()}">\n'
        f"{ld_json(site, a, ldauthor, '公視新聞網', '社會')}\n"
        f'<link rel="stylesheet" href="/css/app.css?id=8f7c2a">\n<style>{css(rng, "pnn", 380)}</style>\n'
        f"{gtm('GTM-PNN123')}<script>{stats_js('pnn')}</script>\n</head>\n"
        '<body><header class="sticky-top"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/images/pnn-logo.svg" alt="公視新聞網 PNN"></a>'
        f'<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首頁</a></li><li class="nav-item"><a class="nav-link" href="{LISTS["pts"][0]}">即時</a></li>{menu(PTS_MENU, "/category/", "nav-item")}</ul></nav></header>\n'
        '<div class="container"><div class="row"><div class="col-lg-8"><nav aria-label="breadcrumb"><ol class="breadcrumb">'
        '<li class="breadcrumb-item"><a href="/">首頁</a></li><li class="breadcrumb-item"><a href="/category/7">社會</a></li></ol></nav>'
        f'<div class="article-title-box"><h1 class="article-title">{esc(a.title)}</h1>'
        f'<div class="news-info"><span class="text-nowrap mr-2"><time datetime="{a.when.isoformat()}">{a.when:%Y-%m-%d %H:%M}</time></span>'
        f'<span class="article-reporter">{reporter}</span></div></div>'
        '<div class="share-btn"><a href="javascript:;" class="fb">分享</a><a href="javascript:;" class="line">LINE</a><a href="javascript:;" class="copy">複製連結</a></div>'
        f'<div class="article_content"><div class="post-article text-align-left">\n{chr(10).join(parts)}\n</div>{crew_html}</div>'
        f'<ul class="tag-list">{tags}</ul>'
        '<div class="support-box">支持公共媒體，讓新聞更好。<a href="/support">訂閱公視新聞網電子報</a></div>'
        f"{rel_html}</div>\n"
        f'<div class="col-lg-4"><div class="sidebar-box"><h2 class="section-title">最新新聞</h2><ul>{newest}</ul></div>'
        f'<div class="sidebar-box"><h2 class="section-title">熱門新聞</h2><ol>{hot}</ol></div></div></div></div>\n'
        '<footer class="footer"><ul><li><a href="/about">關於我們</a></li><li><a href="/contact">聯絡我們</a></li><li><a href="/privacy">隱私權政策</a></li></ul>'
        "<p>財團法人公共電視文化事業基金會 版權所有 © Public Television Service Foundation. All rights reserved.</p></footer>\n"
        '<script src="/js/manifest.js"></script><script src="/js/vendor.js"></script><script src="/js/app.js?id=1c2b3a"></script>\n</body>\n</html>\n'
    )
    return page.encode("utf-8"), "text/html; charset=UTF-8"


RENDER = {"chinatimes": chinatimes, "ettoday": ettoday, "setn": setn, "tvbs": tvbs, "pts": pts}


def register(site: Site26) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
