"""Site 33's article templates: info.gov.hk press releases (the current layout and the 2011 table
layout, English and Traditional Chinese in Big5), news.gov.hk, Macau's GCS (the current
``/detail/<lang>/<id>`` layout and the 2019 ``showNews.php`` layout), the Singapore MCI newsroom
(the Isomer layout and the 2019 Sitecore pressroom) and Shenzhen's English portal (TRS
``post_NNN.html`` and the 2019 ``tYYYYMMDD_NNN.htm`` pages in GB2312)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art, Block

from .common import css, encode, esc, ga, ld, page_rng, script_json, ul
from .pools import WEEK_EN, WEEK_ZH

if TYPE_CHECKING:
    from .generator import Site33

LABELS = {
    "isd": "Hong Kong Government Press Releases",
    "newsgov": "news.gov.hk",
    "gcs": "澳門特別行政區政府新聞局 Government Information Bureau of Macao",
    "govsg": "Ministry of Communications and Information, Singapore",
    "sz": "Shenzhen Government Online",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: (a.when, a.path), reverse=True)


def rel(site: Site33, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(rng: random.Random, site: Site33, a: Art, k: int, same_lang: bool = True) -> list[Art]:
    pool = [
        b
        for b in site.of(a.tpl)
        if b is not a and b.path not in a.related and (not same_lang or b.x["lang"] == a.x["lang"])
    ]
    return rng.sample(pool, min(k, len(pool)))


def body(
    a: Art, para: Callable[[str], str], sub: Callable[[str], str], fig: Callable[[Block], str]
) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else sub(b.text) if b.kind == "h" else fig(b))
    return "\n".join(out)


# --- info.gov.hk press releases ---------------------------------------------------------
def isd_day(w: datetime, zh: bool) -> str:
    return f"/gia/general/{w:%Y%m}/{w:%d}{'c' if zh else ''}.htm"


def isd_ends(w: datetime, zh: bool) -> str:
    if zh:
        return f"完<br />\n{w.year}年{w.month}月{w.day}日（星期{WEEK_ZH[w.weekday()]}）<br />\n香港時間{w.hour}時{w.minute:02d}分"
    return f"Ends/{WEEK_EN[w.weekday()]}, {w:%B} {w.day}, {w.year}<br />\nIssued at HKT {w:%H:%M}"


GIA_MENU_EN = [
    "Press Releases",
    "Hong Kong Government News",
    "Government Notices",
    "Speeches",
    "Chief Executive",
    "Legislative Council Questions",
    "Weather Information",
    "Traffic Information",
    "Public Health",
    "Photo Gallery",
    "Videos",
    "RSS",
]
GIA_MENU_ZH = [
    "新聞公報",
    "香港政府新聞網",
    "政府公告",
    "演辭",
    "行政長官",
    "立法會質詢",
    "天氣資訊",
    "交通消息",
    "公共衞生",
    "圖片集",
    "短片",
    "RSS",
]


def _gia_calendar(site: Site33, a: Art, zh: bool) -> str:
    """The month's calendar: days with releases link their day index."""
    days = {
        b.when.day
        for b in site.of("isd")
        if b.when.year == a.when.year and b.when.month == a.when.month
    }
    cells = []
    for d in range(1, 32):
        if d > 31 or (a.when.month in (4, 6, 9, 11) and d > 30):
            break
        w = a.when.replace(day=d)
        cells.append(
            f'<td class="{"on" if d == a.when.day else ""}"><a href="{isd_day(w, zh)}">{d}</a></td>'
            if d in days
            else f"<td>{d}</td>"
        )
    rows = "".join("<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7))
    head = "日一二三四五六" if zh else "SMTWTFS"
    cap = f"{a.when.year}年{a.when.month}月" if zh else f"{a.when:%B %Y}"
    return f'<div id="calendar"><table class="calTable" summary="calendar"><caption>{cap}</caption><tr>{"".join(f"<th>{c}</th>" for c in head)}</tr>{rows}</table></div>'


def isd(site: Site33, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    zh = a.x["lang"] == "zh"
    if a.x["old"]:
        return isd_2011(site, a, rng, zh)
    ind = "　　" if zh else "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
    texts = []
    for b in a.blocks:
        if b.kind == "p":
            texts.append(f"{ind}{esc(b.text)}")
        elif b.kind == "h":
            texts.append(esc(b.text))
    story = "<br />\n<br />\n".join(texts)
    photos = [b for b in a.blocks if b.kind == "img"]
    photo_html = ""
    if photos:
        cells = "".join(
            f'<div class="photoBox"><img src="/gia/general/{a.when:%Y%m}/{a.when:%d}/{a.path.rsplit("/", 1)[1][:-4]}_{b.src[:6]}.jpg" alt="{esc(b.text)}" width="300" /><div class="photoCaption">{esc(b.text)}</div></div>'
            for b in photos
        )
        photo_html = f'<div id="photo" class="photoArea"><h2 class="hidden">{"圖片" if zh else "Photo"}</h2>{cells}</div>'
    menu = GIA_MENU_ZH if zh else GIA_MENU_EN
    nav = "".join(
        f'<li><a href="{"/gia/general/ctoday.htm" if zh else "/gia/general/today.htm"}#{k}">{esc(t)}</a></li>'
        for k, t in enumerate(menu)
    )
    twin = a.x["twin"]
    langs = (
        f'<li><a href="{twin}" lang="en">English</a></li><li><a href="https://sc.isd.gov.hk/TuniS/www.info.gov.hk{a.path}" lang="zh-CN">简体版</a></li>'
        if zh
        else f'<li><a href="{twin}" lang="zh-HK">繁體版</a></li><li><a href="https://sc.isd.gov.hk/TuniS/www.info.gov.hk{twin}" lang="zh-CN">简体版</a></li>'
    )
    today = "/gia/general/ctoday.htm" if zh else "/gia/general/today.htm"
    tools = (
        f'<ul id="prTools"><li><a href="{today}">今日新聞公報</a></li><li><a href="{isd_day(a.when, zh)}">當日新聞公報</a></li><li><a href="javascript:window.print();">列印此頁</a></li><li><a href="#top">返回頁首</a></li></ul>'
        if zh
        else f'<ul id="prTools"><li><a href="{today}">Today\'s Press Releases</a></li><li><a href="{isd_day(a.when, zh)}">Press Releases of the Day</a></li><li><a href="javascript:window.print();">Print this page</a></li><li><a href="#top">Back to top</a></li></ul>'
    )
    notices = (
        '<ul class="footerLinks"><li><a href="/about#notices">重要告示</a></li><li><a href="/about#privacy">私隱政策</a></li><li><a href="/contact">聯絡我們</a></li></ul><p class="copyright">2024 ©</p>'
        if zh
        else '<ul class="footerLinks"><li><a href="/about#notices">Important notices</a></li><li><a href="/about#privacy">Privacy Policy</a></li><li><a href="/contact">Contact Us</a></li></ul><p class="copyright">2024 ©</p>'
    )
    page = f"""<!DOCTYPE html>
<html lang="{"zh-HK" if zh else "en"}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(a.title)}</title>
<meta name="keywords" content="{"新聞公報, 香港特別行政區政府" if zh else "press release, Hong Kong SAR Government"}" />
<meta name="description" content="{esc(a.title)}" />
<link rel="stylesheet" type="text/css" href="https://www.info.gov.hk/gia/css/common.css" />
<style type="text/css">{css(rng, "gia", 300)}</style>
{ga("UA-GIA-1")}
<script type="text/javascript">var prLang = "{"c" if zh else "e"}"; var prDate = "{a.when:%Y%m%d}"; var fontSize = 1; function changeFontSize(n) {{ fontSize = n; document.getElementById("pressrelease").className = "fontSize" + n; }}</script>
</head>
<body>
<a id="top"></a><div id="skipToContent"><a href="#contentBody">{"跳至主要內容" if zh else "Skip to main content"}</a></div>
<div id="wrapper">
<div id="header">
<div id="govhkLogo"><a href="https://www.gov.hk/{"tc" if zh else "en"}/"><img src="/gia/images/govhk_logo.png" alt="GovHK" /></a></div>
<div id="giaLogo"><a href="{today}"><img src="/gia/images/{"c" if zh else "e"}_logo.gif" alt="{"新聞公報" if zh else "Press Releases"}" /></a></div>
<ul id="toolBar">{langs}<li><a href="javascript:changeFontSize(1);" title="Default">A</a></li><li><a href="javascript:changeFontSize(2);" title="Larger">A+</a></li><li><a href="javascript:changeFontSize(3);" title="Largest">A++</a></li><li><a href="https://www.info.gov.hk/gia/rss/general_{"zh" if zh else "en"}.xml">RSS</a></li></ul>
<form id="searchForm" action="/search" method="get"><input type="text" name="q" value="" /><input type="submit" value="{"搜尋" if zh else "Search"}" /></form>
</div>
<div id="navMenu"><ul>{nav}</ul></div>
<div id="contentBody">
<div id="contentArea">
<span id="PRHeadlineSpan"><h1 id="PRHeadline" class="fontSize1">{esc(a.title)}</h1></span>
<div id="pressrelease" class="fontSize1">
{story}
</div>
<div class="mB15 f15">{isd_ends(a.when, zh)}</div>
<div class="mB15 f15">NNNN</div>
{photo_html}
{tools}
</div>
<div id="sideArea"><h2>{"按日期瀏覽新聞公報" if zh else "Press Releases by Date"}</h2>{_gia_calendar(site, a, zh)}
<div class="sideBox"><h2>{"相關網站" if zh else "Related Websites"}</h2><ul><li><a href="https://www.gov.hk/">GovHK</a></li><li><a href="https://www.news.gov.hk.example/">news.gov.hk</a></li><li><a href="https://www.isd.gov.hk/">{"政府新聞處" if zh else "Information Services Department"}</a></li></ul></div></div>
</div>
<div id="footer">{notices}</div>
</div>
</body>
</html>"""
    return encode(page)


def isd_2011(site: Site33, a: Art, rng: random.Random, zh: bool) -> tuple[bytes, str]:
    """The 2011 table layout: Big5 for Chinese, ISO-8859-1 for English."""
    ind = "　　" if zh else "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
    story = "<br>\n<br>\n".join(
        f"{ind}{esc(b.text)}" if b.kind == "p" else esc(b.text) for b in a.blocks if b.kind != "img"
    )
    charset = "big5" if zh else "iso-8859-1"
    photos = "".join(
        f'<tr><td align="center"><img src="/gia/general/{a.when:%Y%m}/{a.when:%d}/{b.src[:8]}.jpg" width="300" border="0" alt=""><br><font size="2">{esc(b.text)}</font></td></tr>'
        for b in a.blocks
        if b.kind == "img"
    )
    today = "/gia/general/ctoday.htm" if zh else "/gia/general/today.htm"
    left = "".join(
        f'<tr><td class="leftmenu"><a href="{today}#m{k}">{esc(t)}</a></td></tr>'
        for k, t in enumerate(GIA_MENU_ZH if zh else GIA_MENU_EN)
    )
    back = "返回" if zh else "Back"
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(a.title)}</title>
<link rel="stylesheet" href="https://www.info.gov.hk/gia/css/general.css" type="text/css">
<style type="text/css">{css(rng, "tbl", 320)}</style>
<script language="JavaScript">function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/gia/images/menu_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2"><a href="{today}"><img src="/gia/images/banner_{"c" if zh else "e"}.gif" width="760" height="70" border="0" alt="{"新聞公報" if zh else "Press Releases"}"></a></td></tr>
<tr><td colspan="2" align="right" class="toplink"><a href="{a.x["twin"]}">{"English" if zh else "中文"}</a> | <a href="{today}">{"今日新聞公報" if zh else "Today's Press Releases"}</a></td></tr>
<tr><td width="150" valign="top"><table width="150" border="0" cellspacing="0" cellpadding="2">{left}</table></td>
<td width="610" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
<font size="3"><b><span id="PRHeadlineSpan">{esc(a.title)}</span></b></font><br><br>
<font size="2"><span id="pressrelease">
{story}
<br>
<br>
{isd_ends(a.when, zh).replace("<br />", "<br>")}
<br>
<br>NNNN
</span></font>
</td></tr>{photos}</table>
<p align="right"><a href="{isd_day(a.when, zh)}">{back}</a> | <a href="#top">{"頁首" if zh else "Top"}</a></p>
</td></tr>
<tr><td colspan="2" class="footer" align="center">{"2011 | 重要告示" if zh else "2011 | Important notices"}</td></tr>
</table>
</body>
</html>"""
    return encode(page, charset)


# --- news.gov.hk ------------------------------------------------------------------------
NG_CATS = [
    ("finance", "Finance", "財經"),
    ("health-and-community", "Health & Community", "健康與社區"),
    ("environment", "Environment", "環境"),
    ("infrastructure-and-logistics", "Infrastructure & Logistics", "基建與物流"),
    ("city-life", "City Life", "城市生活"),
]


def ng_root(zh: bool) -> str:
    return "/chi" if zh else "/eng"


def ng_chrome(
    site: Site33,
    rng: random.Random,
    zh: bool,
    title: str,
    main: str,
    twin: str | None,
    head: str = "",
) -> tuple[bytes, str]:
    root = ng_root(zh)
    cats = "".join(
        f'<li class="nav-item"><a href="{root}/categories/{c}/index.html">{esc(z if zh else e)}</a></li>'
        for c, e, z in NG_CATS
    )
    other = twin or ("/eng/index.html" if zh else "/chi/index.html")
    page = f"""<!DOCTYPE html>
<html lang="{"zh-HK" if zh else "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="https://www.news.gov.hk/common/css/main.css">
<style>{css(rng, "ngh", 300, "bem")}</style>
{ga("G-NEWSGOVHK")}
</head>
<body class="{"chi" if zh else "eng"}">
<a class="skip" href="#content">{"跳到主要內容" if zh else "Skip to content"}</a>
<header class="site-header">
<div class="site-header__top"><a class="site-header__logo" href="{root}/index.html"><img src="/common/images/logo_{"c" if zh else "e"}.svg" alt="news.gov.hk"></a>
<ul class="site-header__tools"><li><a href="{other}" lang="{"en" if zh else "zh-HK"}">{"English" if zh else "繁"}</a></li><li><a href="https://sc.news.gov.hk.example{root}/index.html">简</a></li><li><a href="/search?q=district">{"搜尋" if zh else "Search"}</a></li><li><a href="/about">{"關於我們" if zh else "About Us"}</a></li></ul></div>
<nav class="site-nav" aria-label="{"類別" if zh else "Categories"}"><ul><li class="nav-item"><a href="{root}/index.html">{"首頁" if zh else "Home"}</a></li>{cats}</ul></nav>
</header>
<main id="content">{main}</main>
<footer class="site-footer"><div class="site-footer__app"><p>{"下載 news.gov.hk 流動應用程式" if zh else "Download the news.gov.hk app"}</p><a href="https://apps.apple.example/app/newsgovhk">App Store</a> <a href="https://play.google.example/store/apps/details?id=hk.gov.news">Google Play</a></div>
<ul class="site-footer__links"><li><a href="/about">{"關於我們" if zh else "About Us"}</a></li><li><a href="/about#notices">{"重要告示" if zh else "Important notices"}</a></li><li><a href="/about#privacy">{"私隱政策" if zh else "Privacy policy"}</a></li><li><a href="/contact">{"聯絡我們" if zh else "Contact us"}</a></li></ul>
<p class="site-footer__copy">{"2024 © 香港特別行政區政府新聞網由政府新聞處製作" if zh else "2024 © news.gov.hk is produced by the Information Services Department"}</p></footer>
<script>window.NEWSGOV = {{lang: "{"tc" if zh else "en"}", fontSize: 1}};</script>
</body>
</html>"""
    return encode(page)


def ng_date(w: datetime, zh: bool) -> str:
    return f"{w.year}年{w.month}月{w.day}日" if zh else f"{w:%B} {w.day}, {w.year}"


def newsgov(site: Site33, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    zh = x["lang"] == "zh"
    li = 1 if zh else 0
    root = ng_root(zh)
    style = x["style"]
    rep, photog = x["rep"], x["photog"]
    top_credit = ""
    if style == "by":
        top_credit = f'<p class="news-author">By {esc(rep[0][0])}</p>'
    elif style == "by2":
        top_credit = f'<p class="news-author">By {esc(rep[0][0])} and {esc(rep[1][0])}</p>'
    end_credit = ""
    if style == "rep":
        end_credit = f'<p class="news-credit">（記者：{esc(rep[0][1])}）</p>'
    elif style == "rep_photo":
        end_credit = f'<p class="news-credit">記者：{esc(rep[0][1])}　攝影：{esc(photog[1])}</p>'
    elif style == "photos":
        end_credit = f'<p class="news-credit">Photos: {esc(photog[0])}</p>'

    def fig(b: Block) -> str:
        return f'<figure class="news-image"><img src="/{a.when:%Y/%m/%Y%m%d}/{b.src}.jpg" alt="{esc(b.text)}"><figcaption>{esc(b.text)}</figcaption></figure>'

    story = body(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h3>{esc(t)}</h3>", fig)
    cat = x["cat"]
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a><span class="date">{ng_date(b.when, b.x["lang"] == "zh")}</span></li>'
            for b in rel(site, a)
        )
        related = f'<section class="news-related"><h2>{"相關新聞" if zh else "Related"}</h2><ul>{items}</ul></section>'
    same = [b for b in latest(site.of("newsgov")) if b.x["lang"] == x["lang"] and b is not a]
    late = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in same[:6])
    photo = "".join(
        f'<li class="gallery-item"><a href="{b.path}"><img src="/images/thumb_{k}.jpg" alt=""><span>{esc(b.title)}</span></a></li>'
        for k, b in enumerate(others(rng, site, a, 4))
    )
    most = "".join(
        f'<li><span class="rank">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 5), 1)
    )
    share = '<div class="share-bar"><span>{}</span><a href="https://www.facebook.example/sharer">Facebook</a><a href="https://x.example/intent/tweet">X</a><a href="https://wa.me.example/">WhatsApp</a><a href="mailto:?subject=news.gov.hk">{}</a><a href="javascript:window.print()">{}</a></div>'.format(
        "分享" if zh else "Share", "電郵" if zh else "Email", "列印" if zh else "Print"
    )
    main = f"""<div class="container newsdetail">
<div class="breadcrumb"><a href="{root}/index.html">{"首頁" if zh else "Home"}</a> &gt; <a href="{root}/categories/{cat[0]}/index.html">{esc(cat[2] if zh else cat[1])}</a></div>
<article class="news-article">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-date"><time>{ng_date(a.when, zh)}</time></div>
{top_credit}
{share}
<div class="newsdetail-content">
{story}
</div>
{end_credit}
<div class="news-tags"><span>{"標籤" if zh else "Tags"}:</span> <a href="{root}/categories/{cat[0]}/index.html">{esc(cat[2] if zh else cat[1])}</a></div>
{related}
</article>
<aside class="sidebar">
<section class="sidebar-latest"><h2>{"最新" if zh else "Latest"}</h2><ul>{late}</ul></section>
<section class="sidebar-photo"><h2>{"圖片精選" if zh else "Photo highlights"}</h2><ul>{photo}</ul></section>
<section class="sidebar-most"><h2>{"最多瀏覽" if zh else "Most read"}</h2><ol>{most}</ol></section>
</aside></div>"""
    ldj = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.isoformat(),
            "dateModified": (a.when + timedelta(minutes=rng.randint(5, 300))).isoformat(),
            "inLanguage": "zh-HK" if zh else "en",
            "author": [{"@type": "Person", "name": n} for n in a.authors]
            or {
                "@type": "Organization",
                "name": "政府新聞處" if zh else "Information Services Department",
            },
            "publisher": {"@type": "Organization", "name": "news.gov.hk"},
            "mainEntityOfPage": site.base + a.path,
        }
    )
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{site.base}{a.path}"><link rel="canonical" href="{site.base}{a.path}">{ldj}'
    _ = li
    return ng_chrome(
        site,
        rng,
        zh,
        f"{a.title} | news.gov.hk" if not zh else f"{a.title} | 香港政府新聞網",
        main,
        x.get("twin"),
        head,
    )


# --- Macau GCS --------------------------------------------------------------------------
GCS_LANG = {"zh": "zh-hant", "pt": "pt", "en": "en"}
GCS_T = {
    "zh": {
        "site": "澳門特別行政區政府新聞局",
        "home": "首頁",
        "news": "新聞",
        "nav": [
            "首頁",
            "新聞",
            "專題",
            "圖片",
            "視頻",
            "新聞發布會",
            "施政報告",
            "政府架構",
            "聯絡我們",
        ],
        "related": "相關新聞",
        "latest": "最新消息",
        "share": "分享",
        "font": "字體大小",
        "copy": "© 2024 澳門特別行政區政府新聞局 版權所有",
        "gallery": "相片",
        "topics": "熱門專題",
        "print": "列印",
    },
    "pt": {
        "site": "Gabinete de Comunicação Social",
        "home": "Página Principal",
        "news": "Notícias",
        "nav": [
            "Página Principal",
            "Notícias",
            "Temas",
            "Fotos",
            "Vídeos",
            "Conferências de Imprensa",
            "Linhas de Acção Governativa",
            "Estrutura do Governo",
            "Contactos",
        ],
        "related": "Notícias relacionadas",
        "latest": "Últimas notícias",
        "share": "Partilhar",
        "font": "Tamanho da letra",
        "copy": "© 2024 Gabinete de Comunicação Social do Governo da RAEM. Todos os direitos reservados.",
        "gallery": "Fotografias",
        "topics": "Temas em destaque",
        "print": "Imprimir",
    },
    "en": {
        "site": "Government Information Bureau of the Macao SAR",
        "home": "Home",
        "news": "News",
        "nav": [
            "Home",
            "News",
            "Topics",
            "Photos",
            "Videos",
            "Press Conferences",
            "Policy Address",
            "Government Structure",
            "Contact Us",
        ],
        "related": "Related news",
        "latest": "Latest news",
        "share": "Share",
        "font": "Font size",
        "copy": "© 2024 Government Information Bureau of the Macao SAR Government. All rights reserved.",
        "gallery": "Photos",
        "topics": "Featured topics",
        "print": "Print",
    },
}


def gcs_list(lang: str) -> str:
    return f"/list/{GCS_LANG[lang]}/news/"


def gcs_date(w: datetime, lang: str, old: bool = False) -> str:
    if lang == "zh":
        return (
            f"{w.year}年{w.month:02d}月{w.day:02d}日 {w.hour:02d}時{w.minute:02d}分"
            if old
            else f"{w:%Y-%m-%d %H:%M}"
        )
    return f"{w:%d/%m/%Y %H:%M}"


def gcs_source(a: Art) -> str:
    s = a.x["source"][{"zh": 0, "pt": 1, "en": 2}[a.x["lang"]]]
    for art in ("os ", "a ", "o ", "the "):  # a source line names the body without its article
        if s.startswith(art):
            return s[len(art) :]
    return s


def gcs(site: Site33, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return gcs_2019(site, a, rng)
    lang = a.x["lang"]
    T = GCS_T[lang]
    src = gcs_source(a)
    src = src[:1].upper() + src[1:]
    story = body(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", lambda b: ""
    )
    pics = [b for b in a.blocks if b.kind == "img"]
    gallery = ""
    if pics:
        figs = "".join(
            f'<figure class="gallery-item"><a class="gallery-link" href="#photo-{k}"><img src="https://www.gcs.gov.mo.example/files/photo/{b.src}.jpg" alt="{esc(b.text)}"></a><figcaption>{esc(b.text)}</figcaption></figure>'
            for k, b in enumerate(pics)
        )
        gallery = f'<div class="detail-gallery"><h2 class="gallery-title">{T["gallery"]}</h2><div class="gallery-list">{figs}</div></div>'
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a><span class="time">{gcs_date(b.when, b.x["lang"], b.x["old"])[:10]}</span></li>'
            for b in rel(site, a)
        )
        related = f'<div class="related-news"><h3>{T["related"]}</h3><ul>{items}</ul></div>'
    late = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in [b for b in latest(site.of("gcs")) if b.x["lang"] == lang and b is not a][:6]
    )
    twins = a.x["twins"]
    switch = "".join(
        f'<a class="lang{" active" if code == lang else ""}" href="{twins.get(code, gcs_list(code))}">{label}</a>'
        for code, label in (("zh", "繁"), ("pt", "PT"), ("en", "EN"))
    )
    nav = "".join(
        f'<li><a href="{gcs_list(lang) if k == 1 else ("/" if k == 0 else gcs_list(lang) + "#t" + str(k))}">{esc(t)}</a></li>'
        for k, t in enumerate(T["nav"])
    )
    topics = "".join(
        f'<li><a href="{gcs_list(lang)}#topic{k}">{esc(t)}</a></li>'
        for k, t in enumerate(
            ["2024年施政報告", "防疫抗疫", "粵港澳大灣區", "橫琴粵澳深度合作區", "經濟適度多元"]
            if lang == "zh"
            else ["LAG 2024", "Grande Baía", "Hengqin", "Diversificação económica"]
            if lang == "pt"
            else ["Policy Address 2024", "Greater Bay Area", "Hengqin", "Economic diversification"]
        )
    )
    html_lang = {"zh": "zh-Hant", "pt": "pt", "en": "en"}[lang]
    page = f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} - {T["site"]}</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="{T["site"]}">
<meta property="og:type" content="article">
<meta name="description" content="{esc(a.paras[0][:120])}">
<link rel="stylesheet" href="https://www.gcs.gov.mo/css/app.css">
<style>{css(rng, "gcs", 300, "util")}</style>
{ga("G-GCSMO")}
<script>window.__GCS__ = {script_json({"lang": GCS_LANG[lang], "id": a.x["nid"], "type": "news", "publishTime": a.when.strftime("%Y-%m-%d %H:%M:%S")})};</script>
</head>
<body>
<header class="header">
<div class="header-top"><div class="container"><a class="logo" href="/"><img src="/images/logo.svg" alt="澳門特別行政區政府新聞局 Gabinete de Comunicação Social"></a>
<div class="lang-switch">{switch}</div><form class="search" action="/search" method="get"><input name="q" placeholder="{"搜尋" if lang == "zh" else "Pesquisar" if lang == "pt" else "Search"}"></form></div></div>
<nav class="main-nav"><div class="container"><ul>{nav}</ul></div></nav>
</header>
<div class="container">
<div class="breadcrumb"><a href="/">{T["home"]}</a> <span>&gt;</span> <a href="{gcs_list(lang)}">{T["news"]}</a></div>
<div class="row">
<div class="col-main">
<div class="detail">
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info"><span class="detail-source">{esc(src)}</span><span class="detail-time">{gcs_date(a.when, lang)}</span></div>
<div class="detail-tools"><span>{T["share"]}</span><a href="https://www.facebook.example/sharer">Facebook</a><a href="https://service.weibo.example/share">Weibo</a><a href="https://wechat.example/share">WeChat</a><span>{T["font"]}</span><a href="#" class="font-s">A-</a><a href="#" class="font-l">A+</a><a href="javascript:print()">{T["print"]}</a></div>
<div class="detail-content">
{story}
</div>
{gallery}
{related}
</div>
</div>
<aside class="col-side"><div class="side-box"><h3>{T["latest"]}</h3><ul>{late}</ul></div><div class="side-box"><h3>{T["topics"]}</h3><ul>{topics}</ul></div></aside>
</div>
</div>
<footer class="footer"><div class="container"><ul class="footer-links"><li><a href="/about">{"關於我們" if lang == "zh" else "Sobre nós" if lang == "pt" else "About us"}</a></li><li><a href="/contact">{"聯絡我們" if lang == "zh" else "Contactos" if lang == "pt" else "Contact us"}</a></li><li><a href="/about#privacy">{"私隱政策" if lang == "zh" else "Privacidade" if lang == "pt" else "Privacy"}</a></li></ul><p>{T["copy"]}</p></div></footer>
</body>
</html>"""
    return encode(page)


def gcs_2019(site: Site33, a: Art, rng: random.Random) -> tuple[bytes, str]:
    """The 2019 showNews.php layout: Big5 (Chinese) or ISO-8859-1 (Portuguese)."""
    lang = a.x["lang"]
    zh = lang == "zh"
    T = GCS_T[lang]
    charset = "big5" if zh else "iso-8859-1"
    story = "\n".join(
        f"<p>{esc(b.text)}</p>" if b.kind == "p" else f"<p><b>{esc(b.text)}</b></p>"
        for b in a.blocks
        if b.kind != "img"
    )
    pics = "".join(
        f'<tr><td align="center"><img src="/images/news/{b.src}.jpg" width="400" border="0"><br><span class="photoDesc">{esc(b.text)}</span></td></tr>'
        for b in a.blocks
        if b.kind == "img"
    )
    related = ""
    if a.related:
        rows = "".join(
            f'<tr><td class="relList">&#8226; <a href="{b.path}">{esc(b.title)}</a></td></tr>'
            for b in rel(site, a)
        )
        related = f'<table width="100%" class="relTable"><tr><td class="relTitle">{T["related"]}</td></tr>{rows}</table>'
    twins = a.x["twins"]
    menu = "".join(
        f'<td class="menuItem"><a href="{gcs_list(lang)}#m{k}">{esc(t)}</a></td>'
        for k, t in enumerate(T["nav"][1:7])
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{T["site"]} - {esc(a.title)}</title>
<link href="https://www.gcs.gov.mo/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">{css(rng, "old", 320)}</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="/"><img src="/images/top_{"c" if zh else "p"}.jpg" width="980" height="110" border="0"></a></td></tr>
<tr><td><table width="100%"><tr>{menu}<td align="right"><a href="{twins.get("zh", gcs_list("zh"))}">中文</a> | <a href="{twins.get("pt", gcs_list("pt"))}">Português</a></td></tr></table></td></tr>
<tr><td valign="top">
<table width="100%" border="0" cellpadding="10" cellspacing="0">
<tr><td class="newsTitle">{esc(a.title)}</td></tr>
<tr><td class="newsInfo">{"來源：" if zh else "Fonte: "}{esc(gcs_source(a))}&nbsp;&nbsp;&nbsp;{gcs_date(a.when, lang, True)}</td></tr>
<tr><td class="newsContent">
{story}
</td></tr>
{pics}
</table>
{related}
<p align="center"><a href="javascript:history.back()">{"返回" if zh else "Voltar"}</a> | <a href="javascript:window.print()">{T["print"]}</a></p>
</td></tr>
<tr><td class="footer" align="center">{"澳門特別行政區政府新聞局 版權所有" if zh else "Gabinete de Comunicação Social - Todos os direitos reservados"} &copy; 2019</td></tr>
</table>
</body>
</html>"""
    return encode(page, charset)


# --- Singapore MCI newsroom -------------------------------------------------------------
SG_NAV = [
    ("About Us", ["Our Ministers", "Our Organisation", "Our Statutory Boards"]),
    ("Media Centre", ["Press Releases", "Speeches", "Parliament QAs", "Forum Letter Replies"]),
    ("Resources", ["Publications", "Factsheets", "Infographics"]),
    ("Careers", ["Join Us", "Scholarships"]),
]


def sg_date(w: datetime) -> str:
    return f"{w:%d %b %Y}"


def sg_chrome(
    site: Site33, rng: random.Random, title: str, main: str, updated: datetime, head: str = ""
) -> tuple[bytes, str]:
    nav = "".join(
        f'<div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link" href="/media-centre/press-releases/#{k}">{esc(t)}</a><div class="navbar-dropdown">'
        + "".join(
            f'<a class="navbar-item" href="{"/media-centre/press-releases/" if s == "Press Releases" else "/media-centre/press-releases/#" + s.lower().replace(" ", "-")}">{esc(s)}</a>'
            for s in subs
        )
        + "</div></div>"
        for k, (t, subs) in enumerate(SG_NAV)
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="https://www.mci.gov.sg/assets/css/styles.css">
<style>{css(rng, "bp", 300, "util")}</style>
{ga("G-MCISG")}
</head>
<body>
<div id="sgds-masthead" class="sgds-masthead"><div class="sgds-container"><span class="sgds-masthead-identity"><img src="/assets/img/lion-head.svg" alt="">A Singapore Government Agency Website</span> <button class="sgds-masthead-button" aria-expanded="false">How to identify</button>
<div class="sgds-masthead-content" hidden><div><strong>Official website links end with .gov.sg</strong><p>Government agencies communicate via .gov.sg websites (e.g. go.gov.sg/open). <a href="https://www.gov.sg/trusted-sites">Trusted websites</a></p></div><div><strong>Secure websites use HTTPS</strong><p>Look for a lock or https:// as an added precaution. Share sensitive information only on official, secure websites.</p></div></div></div></div>
<nav class="navbar is-transparent"><div class="bp-container"><div class="navbar-brand"><a class="navbar-item" href="/media-centre/press-releases/"><img src="/assets/img/mci-logo.png" alt="Ministry of Communications and Information"></a></div>
<div class="navbar-menu"><div class="navbar-start">{nav}</div><div class="navbar-end"><form action="/search" method="get"><input class="input" name="q" placeholder="Search"></form></div></div></div></nav>
{main}
<div class="bp-section feedback"><div class="bp-container"><p>Was this article useful?</p><a class="button" href="https://form.gov.sg.example/feedback?useful=yes">Yes</a> <a class="button" href="https://form.gov.sg.example/feedback?useful=no">No</a></div></div>
<footer class="bp-footer"><div class="bp-container"><div class="footer-top"><p class="footer-title">Ministry of Communications and Information</p><ul><li><a href="/contact">Contact Us</a></li><li><a href="https://www.reach.gov.sg/">Feedback</a></li><li><a href="/about">About Us</a></li></ul></div>
<div class="footer-bottom"><ul><li><a href="https://tech.gov.sg/report_vulnerability">Report Vulnerability</a></li><li><a href="/about#privacy">Privacy Statement</a></li><li><a href="/about#terms">Terms of Use</a></li></ul>
<p>&copy; {updated.year} Government of Singapore, Last Updated {updated.day} {updated:%b %Y}</p></div></div></footer>
</body>
</html>"""
    return encode(page)


def _sg_tail(a: Art) -> str:
    x = a.x
    out = '<p style="text-align: center;">- END -</p>'
    if x["annex"]:
        out += f'<p><strong>Annex A</strong>: <a href="https://isomer-user-content.by.gov.sg/mci/{a.path.strip("/").rsplit("/", 1)[-1]}-annex-a.pdf">Factsheet on {esc(x["ctx"]["topic"])}</a> [PDF, 312 KB]</p>'
    if x["style"] in ("contact", "joint_contact"):
        cs = "".join(
            f'<p>{esc(n)}<br>{esc(d)}<br>{esc(org)}<br>Email: <a href="mailto:{n.split()[0].lower()}_{n.split()[-1].lower()}@{org.lower()}.gov.sg">{n.split()[0].lower()}_{n.split()[-1].lower()}@{org.lower()}.gov.sg</a></p>'
            for n, d, org in x["contacts"]
        )
        out += f"<p><strong>For media queries, please contact:</strong></p>{cs}"
    return out


def _sg_joint(a: Art) -> str:
    if not a.x["style"].startswith("joint"):
        return ""
    from .pools import SG_JOINT

    return f"<p><em><strong>Joint press release by {esc(SG_JOINT[a.x['ag'][1]])}</strong></em></p>"


def govsg(site: Site33, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    if x["old"]:
        return govsg_2019(site, a, rng)

    def fig(b: Block) -> str:
        return f'<figure class="image"><img src="https://isomer-user-content.by.gov.sg/mci/images/{b.src}.jpg" alt="{esc(b.text)}"><figcaption>{esc(b.text)} <span class="credit">({esc(b.credit)})</span></figcaption></figure>'

    story = body(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h3>{esc(t)}</h3>", fig)
    related = ""
    if a.related:
        cards = "".join(
            f'<div class="column is-4"><a class="bp-card" href="{b.path}"><p class="bp-card__tag">Press Releases</p><h4>{esc(b.title)}</h4><p class="bp-card__date">{sg_date(b.when)}</p></a></div>'
            for b in rel(site, a)
        )
        related = f'<section class="bp-section related-articles"><div class="bp-container"><h2 class="section-title">Related press releases</h2><div class="columns">{cards}</div></div></section>'
    late = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><span>{sg_date(b.when)}</span></li>'
        for b in [b for b in latest(site.of("govsg")) if b is not a and not b.x["old"]][:5]
    )
    updated = a.when + timedelta(days=x["updated"])
    main = f"""<section class="bp-section bp-section-pagetitle"><div class="bp-container"><nav class="bp-breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/media-centre/press-releases/">Home</a></li><li><a href="/media-centre/press-releases/">Media Centre</a></li><li><a href="/media-centre/press-releases/">Press Releases</a></li></ul></nav>
<p class="content-type">Press Releases</p>
<h1 class="has-text-white">{esc(a.title)}</h1>
<p class="article-date">{sg_date(a.when)}</p>
<div class="share-bar"><span>Share this article:</span><a href="https://www.facebook.example/sharer/sharer.php">Facebook</a><a href="https://twitter.example/intent/tweet">X</a><a href="https://www.linkedin.example/shareArticle">LinkedIn</a><a href="https://wa.me.example/">WhatsApp</a></div></div></section>
<section class="bp-section"><div class="bp-container"><div class="row"><div class="col is-8 is-offset-1-desktop"><div class="content">
{_sg_joint(a)}
{story}
{_sg_tail(a)}
</div></div>
<div class="col is-3 is-hidden-mobile"><aside class="sidenav"><h3>Latest press releases</h3><ul>{late}</ul><h3>Topics</h3><ul><li><a href="/media-centre/press-releases/#digital-economy">Digital Economy</a></li><li><a href="/media-centre/press-releases/#cybersecurity">Cybersecurity</a></li><li><a href="/media-centre/press-releases/#online-safety">Online Safety</a></li></ul></aside></div></div></div></section>
{related}"""
    return sg_chrome(
        site,
        rng,
        f"{a.title} | Ministry of Communications and Information",
        main,
        updated,
        f'<meta property="og:title" content="{esc(a.title)}"><meta name="description" content="{esc(a.paras[0][:150])}"><meta property="og:type" content="article">',
    )


def govsg_2019(site: Site33, a: Art, rng: random.Random) -> tuple[bytes, str]:
    """The 2019 Sitecore pressroom."""

    def fig(b: Block) -> str:
        return f'<div class="rte-image"><img src="/-/media/mci-corp/images/pressroom/{b.src}.ashx" alt=""><p class="image-caption"><em>{esc(b.text)}</em></p><p class="image-credit">{esc(b.credit)}</p></div>'

    story = body(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", fig
    )
    related = ""
    if a.related:
        items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rel(site, a))
        related = f'<div class="related-articles"><h3>Related Articles</h3><ul>{items}</ul></div>'
    pop = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, site, a, 5)
    )
    main = f"""<div class="pressroom-detail container">
<ol class="breadcrumb"><li><a href="/media-centre/press-releases/">Home</a></li><li><a href="/pressroom/news-and-stories/pressroom">Pressroom</a></li><li class="active">News and Stories</li></ol>
<div class="article-header"><span class="article-tag">Press Releases</span><h1 class="article-title">{esc(a.title)}</h1><div class="article-date">{a.when.day:02d} {a.when:%B %Y}</div></div>
<div class="article-body rte">
{_sg_joint(a)}
{story}
{_sg_tail(a)}
</div>
{related}
<div class="most-popular"><h3>Most Popular</h3><ul>{pop}</ul></div>
</div>"""
    return sg_chrome(site, rng, f"MCI | {a.title}", main, a.when + timedelta(days=a.x["updated"]))


# --- Shenzhen Government Online (English) -----------------------------------------------
SZ_NAV = [
    ("Home", "/en_szgov/"),
    ("News", "/en_szgov/news/"),
    ("Latest News", "/en_szgov/news/latest/index.html"),
    ("Business", "/en_szgov/news/business/index.html"),
    ("Culture", "/en_szgov/news/culture/index.html"),
    ("Special Topics", "/en_szgov/news/special/"),
]


def sz_chrome(
    site: Site33, rng: random.Random, title: str, main: str, head: str = ""
) -> tuple[bytes, str]:
    nav = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in SZ_NAV)
    more = "".join(
        f'<li><a href="/en_szgov/#s{k}">{t}</a></li>'
        for k, t in enumerate(
            ["Government", "Business", "Living", "Visiting", "Services", "Data", "Contact Us"]
        )
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="SiteName" content="Shenzhen Government Online">
<meta name="SiteDomain" content="www.sz.gov.cn">
<meta name="SiteIDCode" content="4403000001">
{head}
<link rel="stylesheet" href="https://www.sz.gov.cn/en_szgov/images/css/common.css">
<style>{css(rng, "sz", 310)}</style>
<script src="/en_szgov/images/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.example/hm.js?3b1c6d1a9e";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="welcome">Welcome to Shenzhen Government Online</span><div class="top_r"><a href="https://www.sz.gov.cn/cn/">中文</a> | <a href="https://www.sz.gov.cn/cn/?lang=tc">繁體</a> | <a href="/search?q=Shenzhen">Search</a></div></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/en_szgov/"><img src="/en_szgov/images/logo.png" alt="Shenzhen Government Online"></a></div></div>
<div class="nav"><div class="w1200"><ul>{nav}{more}</ul></div></div>
{main}
<div class="footer"><div class="w1200"><p><a href="/about">About Us</a> | <a href="/contact">Contact Us</a> | <a href="/about#sitemap">Site Map</a></p>
<p>Sponsored by the General Office of Shenzhen Municipal People's Government&nbsp;&nbsp;Operated by Shenzhen Municipal Government Services and Data Administration</p>
<p>Copyright &copy; Shenzhen Municipal People's Government&nbsp;&nbsp;粤ICP备05008741号&nbsp;&nbsp;粤公网安备 44030402000001号</p>
<p><img src="/en_szgov/images/jiucuo.png" alt="政府网站找错"></p></div></div>
</body>
</html>"""
    return encode(page)


def sz_caption(b: Block) -> str:
    cr = b.credit
    return (
        f"{esc(b.text)} ({esc(cr)})" if cr.startswith("Photo by") else f"{esc(b.text)} [{esc(cr)}]"
    )


def _sz_lead(a: Art) -> str:
    st, nm = a.x["style"], a.x["nm"]
    if st == "by_lead":
        return f"<p>By {esc(nm[0])}</p>\n"
    if st == "sd_email":
        from .pools import SZ_EMAIL

        return f"<p>{esc(nm[0])} / {SZ_EMAIL[nm[0]]}@szdaily.com</p>\n"
    return ""


def sz_neighbours(site: Site33, a: Art) -> tuple[Art | None, Art | None]:
    arts = sorted(site.of("sz"), key=lambda b: b.when)
    k = arts.index(a)
    return (arts[k - 1] if k else None, arts[k + 1] if k + 1 < len(arts) else None)


def sz(site: Site33, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    if x["old"]:
        return sz_2019(site, a, rng)
    chan = x["chan"]

    def fig(b: Block) -> str:
        return f'<p style="text-align: center;"><img src="/en_szgov/news/{chan[0]}/content/{b.src}.jpg" border="0" oldsrc="W0{b.src[:10]}.jpg"></p>\n<p style="text-align: center;">{sz_caption(b)}</p>'

    story = _sz_lead(a) + body(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", fig
    )
    info = []
    if x["style"] in ("author", "author2"):
        info.append(f"<span>Author: {esc(', '.join(a.authors))}</span>")
    info += [
        f"<span>Source: {esc(x['source'])}</span>",
        f"<span>Updated: {a.when:%Y-%m-%d %H:%M}</span>",
    ]
    editor = f'<div class="editor">Editor: {esc(", ".join(a.editors))}</div>' if a.editors else ""
    prev, nxt = sz_neighbours(site, a)
    turn = (
        '<div class="page_turn">'
        + (
            f'<p>Previous: <a href="{prev.path}">{esc(prev.title)}</a></p>'
            if prev
            else "<p>Previous: None</p>"
        )
        + (
            f'<p>Next: <a href="{nxt.path}">{esc(nxt.title)}</a></p>'
            if nxt
            else "<p>Next: None</p>"
        )
        + "</div>"
    )
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel(site, a)
        )
        related = f'<div class="related_news"><div class="hd"><h3>Related News</h3></div><ul>{items}</ul></div>'
    most = "".join(
        f'<li><em>{k}</em><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site, a, 6), 1)
    )
    main = f"""<div class="w1200 position">Location: <a href="/en_szgov/">Home</a> &gt; <a href="/en_szgov/news/">News</a> &gt; <a href="/en_szgov/news/{chan[0]}/index.html">{esc(chan[1])}</a></div>
<div class="w1200 clearfix">
<div class="news_cont fl">
<div class="tit"><h1>{esc(a.title)}</h1></div>
<div class="info">{" | ".join(info)}<span class="font">Font size: <a href="javascript:doZoom(18)">A+</a> <a href="javascript:doZoom(16)">A</a> <a href="javascript:doZoom(14)">A-</a></span></div>
<div class="news_cont_d_wrap"><div class="TRS_Editor">
{story}
</div></div>
{editor}
<div class="share">Share to: <a href="https://service.weibo.example/share/share.php">Weibo</a> <a href="https://www.facebook.example/sharer.php">Facebook</a> <a href="https://twitter.example/share">Twitter</a> <a href="https://www.linkedin.example/shareArticle">LinkedIn</a></div>
{turn}
{related}
</div>
<div class="side fr"><div class="side_box"><div class="hd"><h3>Most Read</h3></div><ol class="rank">{most}</ol></div>
<div class="side_box"><div class="hd"><h3>Hot Topics</h3></div><ul><li><a href="/en_szgov/news/special/">Shenzhen Special Topics</a></li><li><a href="/en_szgov/news/special/#gba">Greater Bay Area</a></li><li><a href="/en_szgov/news/special/#qianhai">Qianhai</a></li></ul></div>
<div class="side_box"><div class="hd"><h3>Services</h3></div><ul><li><a href="/en_szgov/#visa">Visa &amp; Entry</a></li><li><a href="/en_szgov/#transport">Transportation</a></li><li><a href="/en_szgov/#hotline">12345 Hotline</a></li></ul></div></div>
</div>"""
    head = (
        f'<meta name="ColumnName" content="{esc(chan[1])}"><meta name="ColumnType" content="News"><meta name="ArticleTitle" content="{esc(a.title)}">'
        f'<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}"><meta name="ContentSource" content="{esc(x["source"])}">'
        f'<meta name="Keywords" content="{esc(x["ctx"]["topic"])},Shenzhen"><meta name="Author" content="{esc(x["source"])}"><meta name="Description" content="{esc(a.paras[0][:150])}">'
    )
    return sz_chrome(site, rng, f"{a.title}--Shenzhen Government Online", main, head)


def sz_2019(site: Site33, a: Art, rng: random.Random) -> tuple[bytes, str]:
    """The 2019 TRS page, declared GB2312."""
    x = a.x
    story = _sz_lead(a) + body(
        a,
        lambda t: f'<p style="text-indent: 2em;">{esc(t)}</p>',
        lambda t: f"<p><b>{esc(t)}</b></p>",
        lambda b: (
            f'<p align="center"><img src="./W0{b.src[:14]}.jpg" border="0"></p><p align="center">{sz_caption(b)}</p>'
        ),
    )
    who = (
        f"&nbsp;&nbsp;Author: {esc(', '.join(a.authors))}"
        if x["style"] in ("author", "author2")
        else ""
    )
    related = ""
    if a.related:
        rows = "".join(
            f'<tr><td>&middot; <a href="{b.path}">{esc(b.title)}</a></td><td align="right">{b.when:%Y-%m-%d}</td></tr>'
            for b in rel(site, a)
        )
        related = f'<table width="100%" class="xgxw"><tr><td colspan="2" class="xgxw_tit">Related News</td></tr>{rows}</table>'
    editor = (
        f'<tr><td align="right" class="editor">Editor: {esc(", ".join(a.editors))}</td></tr>'
        if a.editors
        else ""
    )
    nav = "".join(f'<td><a href="{h}">{esc(t)}</a></td>' for t, h in SZ_NAV)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}</title>
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M:%S}">
<meta name="ContentSource" content="{esc(x["source"])}">
<link href="https://www.sz.gov.cn/en_szgov/images/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "trs", 330)}</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="/en_szgov/"><img src="/en_szgov/images/banner.jpg" width="1000" height="120" border="0" alt="Shenzhen Government Online" /></a></td></tr>
<tr><td class="nav"><table><tr>{nav}<td><a href="https://www.sz.gov.cn/cn/">中文版</a></td></tr></table></td></tr>
<tr><td class="position">Current Location: <a href="/en_szgov/">Home</a> &gt; <a href="/en_szgov/news/">News</a> &gt; <a href="/en_szgov/news/{x["chan"][0]}/index.html">{esc(x["chan"][1])}</a></td></tr>
<tr><td class="title_en" align="center">{esc(a.title)}</td></tr>
<tr><td class="date_en" align="center">Date: {a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;Source: {esc(x["source"])}{who}</td></tr>
<tr><td class="content_en"><div class="TRS_Editor">
{story}
</div></td></tr>
{editor}
<tr><td align="right">【<a href="javascript:window.print()">Print</a>】【<a href="javascript:window.close()">Close</a>】</td></tr>
<tr><td>{related}</td></tr>
<tr><td class="footer" align="center">Copyright &copy; Shenzhen Municipal People's Government. All Rights Reserved.<br />粤ICP备05008741号</td></tr>
</table>
</body>
</html>"""
    return encode(page, "gb2312")


RENDER: dict[str, Callable[[Site33, Art], tuple[bytes, str]]] = {
    "isd": isd,
    "newsgov": newsgov,
    "gcs": gcs,
    "govsg": govsg,
    "sz": sz,
}


def register(site: Site33) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["LABELS", "RENDER", "register"]
_ = (Any, ul)
