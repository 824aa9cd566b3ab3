# ruff: noqa: E501  (HTML templates: one line of markup per line, as CMSes emit it)
"""A Taiwanese news portal: half its stories served as Big5 with only ``<meta charset="big5">``
(no charset in the HTTP header), 記者X／台北報導 bylines, 延伸閱讀 (related), 熱門新聞 and
即時新聞 (not related), ``?page=N`` category listings."""

from __future__ import annotations

import json
from datetime import UTC
from functools import partial
from typing import TYPE_CHECKING

from .common import SVG_ICONS, Art, analytics_js, css_bulk, esc

if TYPE_CHECKING:
    from .generator import Site2

SITE = "東方新聞網"
CATS = {6638: "要聞", 6639: "生活"}
PER_PAGE = 4


def _stamp(a: Art) -> str:
    return f"{a.when:%Y/%m/%d %H:%M:%S}" if a.precision == "second" else f"{a.when:%Y/%m/%d %H:%M}"


def _byline(a: Art) -> str:
    city = a.x["city"]
    if not a.authors:
        return f'<span class="article-content__author">{SITE}／綜合報導</span>'
    names = "、".join(a.authors)
    link = f'<a href="/search/tagging/2/{a.authors[0]}">記者{names}</a>'
    return f'<span class="article-content__author">{link}／{city}報導</span>'


def _head(site: Site2, title: str, charset: str, metas: str, seed: int) -> str:
    meta_cs = '<meta charset="big5">' if charset == "big5" else '<meta charset="utf-8">'
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
{meta_cs}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{metas}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/css/dongfang.min.css?v=20240301">
<style>
{css_bulk("df", 150, seed)}
</style>
{analytics_js("G-DFNEWS77", seed)}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
"""


def _header(site: Site2) -> str:
    cats = "".join(f'<li><a href="/news/cate/{c}">{n}</a></li>' for c, n in CATS.items())
    return f"""<body class="story-page">
<div id="fb-root"></div>
<header class="header"><div class="header__wrapper">
<a class="header__logo" href="/news/cate/6638"><img src="/static/img/logo.svg" alt="{SITE}"></a>
<nav class="navigation"><ul class="navigation__list"><li><a href="/">首頁</a></li>{cats}<li><a href="javascript:void(0)">社會</a></li><li><a href="javascript:void(0)">地方</a></li><li><a href="javascript:void(0)">全球</a></li><li><a href="javascript:void(0)">兩岸</a></li><li><a href="javascript:void(0)">產經</a></li><li><a href="javascript:void(0)">股市</a></li><li><a href="javascript:void(0)">運動</a></li><li><a href="javascript:void(0)">娛樂</a></li></ul></nav>
<div class="header__search"><a href="/search?q=%E6%96%B0%E8%81%9E">搜尋</a></div>
</div></header>
<div class="ad-top"><div id="div-gpt-ad-dfnews-top" data-unit="/1012345/dongfang/story_top"></div></div>
"""


def _aside(site: Site2, a: Art | None) -> str:
    hot = "".join(f'<li><a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in site.tw_hot)
    latest = sorted(site.of("tw"), key=lambda x: x.when, reverse=True)[:5]
    rt = "".join(
        f'<li><span>{x.when:%H:%M}</span><a href="{x.path}">{esc(x.title)}</a></li>' for x in latest
    )
    return f"""<aside class="sidebar">
<section class="sidebar__ad"><div id="div-gpt-ad-dfnews-r1" style="min-height:250px"></div></section>
<section class="sidebar__hot"><h2 class="sidebar__title">熱門新聞</h2><ol>{hot}</ol></section>
<section class="sidebar__realtime"><h2 class="sidebar__title">即時新聞</h2><ul>{rt}</ul></section>
<section class="sidebar__ad"><div id="div-gpt-ad-dfnews-r2" style="min-height:600px"></div></section>
</aside>"""


def _footer() -> str:
    return f"""<footer class="footer"><div class="footer__wrapper">
<ul class="footer__links"><li><a href="/about/">關於我們</a></li><li><a href="javascript:void(0)">廣告刊登</a></li><li><a href="javascript:void(0)">隱私權聲明</a></li><li><a href="javascript:void(0)">著作權聲明</a></li><li><a href="mailto:service@dongfang.example">客服信箱</a></li></ul>
<p class="footer__copyright">Copyright &copy; 2024 {SITE} All Rights Reserved. 本網站內容未經許可不得轉載。</p>
<p>{SITE}　地址：台北市中山區南京東路二段100號　電話：(02)2345-6789</p>
</div></footer>
<script src="/static/js/dongfang.bundle.js?v=20240301"></script>
</body>
</html>
"""


def article_page(site: Site2, a: Art) -> tuple[bytes, str]:
    url = site.base + a.path
    big5 = a.x["big5"]
    cat = a.x["cat"]
    if a.x["meta_utc"]:
        meta_time = a.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        meta_time = a.when.isoformat()
    metas = f"""<meta name="description" content="{esc(a.paras[0][:70])}">
<meta name="news_keywords" content="{esc(a.title[:8])}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{esc(a.title)} | {SITE}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{site.base}/static/img/story/{a.path.rsplit("/", 1)[1]}.jpg">
<meta property="article:published_time" content="{meta_time}">
<meta property="article:section" content="{CATS[cat]}">
<link rel="canonical" href="{url}">"""
    if not big5:
        author = (
            [{"@type": "Person", "name": n} for n in a.authors]
            if a.authors
            else {"@type": "Organization", "name": SITE}
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": a.title,
            "datePublished": a.when.isoformat(),
            "dateModified": a.when.isoformat(),
            "author": author,
            "publisher": {
                "@type": "Organization",
                "name": SITE,
                "logo": {"@type": "ImageObject", "url": f"{site.base}/static/img/logo.png"},
            },
            "articleSection": CATS[cat],
        }
        metas += (
            f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    paras = [f"<p>{esc(p)}</p>" for p in a.paras]
    if a.x["image"]:
        cap = f"圖／記者{a.authors[0]}攝影" if a.authors else "圖／取自網路"
        paras.insert(
            0,
            f'<figure class="article-content__cover"><img src="/static/img/story/{a.path.rsplit("/", 1)[1]}_1.jpg" alt="{esc(a.title)}">'
            f"<figcaption>{esc(a.paras[0][:18])}。{cap}</figcaption></figure>",
        )
    if len(paras) > 4:
        paras.insert(4, '<div class="inline-ad"><div id="div-gpt-ad-dfnews-inread"></div></div>')
    editor = f'<p class="article-content__editor">責任編輯：{a.editors[0]}</p>' if a.editors else ""
    related = "".join(f'<li><a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in a.related)
    share = "".join(
        f'<a class="share-btn share-btn--{k}" href="javascript:void(0)" title="分享">{icon}</a>'
        for k, icon in SVG_ICONS.items()
        if k != "print"
    )
    body = f"""{_header(site)}
<main class="wrapper"><div class="wrapper-left">
<nav class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/news/cate/{cat}">{CATS[cat]}</a></nav>
<article class="article-content">
<h1 class="article-content__title">{esc(a.title)}</h1>
<div class="article-content__info"><time class="article-content__time">{_stamp(a)}</time>{_byline(a)}</div>
<div class="article-content__share">{share}<span class="font-size">字級 <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a></span></div>
<section class="article-content__editor-body">
{"".join(paras)}
{editor}
</section>
<section class="article-content__related"><h3>延伸閱讀</h3><ul>{related}</ul></section>
<div class="article-content__tags">標籤：<a href="javascript:void(0)">{CATS[cat]}</a></div>
<div class="article-content__subscribe">訂閱{SITE}，每日精選新聞直送信箱。<a href="javascript:void(0)">立即訂閱</a></div>
</article></div>
{_aside(site, a)}
</main>
{_footer()}"""
    page = (
        _head(site, f"{esc(a.title)} | {SITE}", "big5" if big5 else "utf-8", metas, a.idx + 300)
        + body
    )
    if big5:
        return page.encode("big5"), "text/html"
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing_page(
    site: Site2, cat: int, arts: list[Art], page: int, pages: int
) -> tuple[bytes, str]:
    items = "".join(
        f'<div class="story-list__news"><div class="story-list__text"><h2><a href="{a.path}">{esc(a.title)}</a></h2>'
        f'<p>{esc(a.paras[0][:60])}…</p><time class="story-list__time">{a.when:%Y-%m-%d %H:%M}</time></div></div>'
        for a in arts
    )
    pager = "".join(
        f'<a href="/news/cate/{cat}{"" if p == 0 else f"?page={p + 1}"}">{p + 1}</a>'
        for p in range(pages)
    )
    if page + 1 < pages:
        pager += f'<a class="next" href="/news/cate/{cat}?page={page + 2}">下一頁</a>'
    body = f"""{_header(site)}
<main class="wrapper"><div class="wrapper-left"><h1 class="cate-title">{CATS[cat]}</h1>
<section class="story-list">{items}</section><div class="pagination">{pager}</div></div>
{_aside(site, None)}
</main>
{_footer()}"""
    metas = f'<meta property="og:site_name" content="{SITE}">\n<meta property="og:type" content="website">'
    html = _head(site, f"{CATS[cat]} | {SITE}", "utf-8", metas, cat + page) + body
    return html.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site2) -> None:
    for a in site.of("tw"):
        site.route(a.path, partial(article_page, site, a))
    for cat in CATS:
        mine = sorted(
            (a for a in site.of("tw") if a.x["cat"] == cat), key=lambda a: a.when, reverse=True
        )
        chunks = [mine[i : i + PER_PAGE] for i in range(0, len(mine), PER_PAGE)]
        n_pages = len(chunks)
        for p, chunk in enumerate(chunks):
            path = f"/news/cate/{cat}" + ("" if p == 0 else f"?page={p + 1}")
            site.route(
                path,
                partial(listing_page, site, cat, chunk, p, n_pages),
            )
