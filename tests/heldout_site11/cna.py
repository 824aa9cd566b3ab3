"""中央社 CNA-style article pages: ``/news/aipl/202405080123.aspx``, ``<title>標題 | 政治 | 中央社
CNA</title>``, ``<h1><span>…</span></h1>``, ``div.updatetime`` with ``2024/5/8 14:35`` (and
``（更新時間：…）`` on some), the lead photo in ``div.fullPic`` and inline ones in
``div.floatImg``, the body in ``div.paragraph`` opening with the dateline
``（中央社記者X台北8日電）`` (or ``綜合外電報導``, ``專電``, a 特約記者) and closing with
``（編輯：X/Y）1130508``, a 一手新聞 app promo in the body, the copyright notice, 延伸閱讀 tied to
the story, and 熱門新聞 / 最新新聞 / 推薦閱讀 of others. Lists ``/list/aipl.aspx``, the rolling
``/list/aall.aspx`` with ``?pageidx=2``, a 專題."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, roc, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site11

CT = "text/html; charset=utf-8"
CATS = {
    "aipl": "政治",
    "aopl": "國際",
    "acn": "兩岸",
    "afe": "產經",
    "ahel": "生活",
    "asoc": "社會",
    "acul": "文化",
    "aspt": "運動",
}


def _t(w: Any) -> str:
    return f"{w.year}/{w.month}/{w.day} {w:%H:%M}"


def _head(site: Site11, title: str, extra: str, rng: Any) -> str:
    nav = "".join(
        f'<li class="menu-item"><a href="/list/{k}.aspx" class="first-level">{v}</a></li>'
        for k, v in CATS.items()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{extra}
<meta property="og:site_name" content="Central News Agency" />
<meta property="fb:app_id" content="145560882154386" />
<meta name="twitter:site" content="@cna_focus" />
<link rel="icon" href="/img/icon/favicon.ico" />
<link rel="stylesheet" href="/css/styles.min.css?v=20240501" />
<style>
{css(rng, "cna", 330)}
</style>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-4K8QXWLD7X"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-4K8QXWLD7X');</script>
</head>
<body>
<div class="main-index">
<header class="header"><div class="wrapper">
<a class="logo" href="/"><img src="/img/logo.svg" alt="中央社 CNA" /></a>
<div class="topMenu"><a href="/list/aall.aspx">即時</a><a href="/project/20240520-inauguration/">專題</a><a href="/list/video.aspx">影音</a><a href="/search/hysearchws.aspx?q=立法院">搜尋</a></div>
<nav class="menu"><ul><li class="menu-item"><a href="/list/aall.aspx" class="first-level">即時</a></li>{nav}</ul></nav>
</div></header>
"""


FOOT = (
    """<footer class="footer"><div class="wrapper">
<ul class="footer-link"><li><a href="/about/contact.html">關於本社</a></li><li><a href="/about/contact.html">聯絡我們</a></li><li><a href="/about/contact.html">服務條款</a></li><li><a href="/about/contact.html">隱私權政策</a></li><li><a href="/about/contact.html">徵才</a></li></ul>
<p class="copyright">中央通訊社 版權所有 Copyright © 2024 The Central News Agency. All Rights Reserved. 台北市松山區八德路三段209號</p>
</div></footer>
</div>
<script>
"""
    + stats_js("c0a1b2c3d4e5f60718293a4b5c6d7e8f")
    + """
</script>
</body>
</html>"""
)


def _fig(b: Any, cls: str) -> str:
    cap = esc(b.text) + esc(b.credit)
    return f'<div class="{cls}"><figure class="center"><div class="wrap"><img src="{b.src}" alt="{esc(b.text)}" /></div><figcaption class="picinfo">{cap}</figcaption></figure></div>'


def _side(site: Site11, a: Art, rng: Any) -> str:
    hot = "".join(
        f'<li><a href="{o.path}"><span class="num">{k}</span><div class="listInfo"><h2>{esc(o.title)}</h2><div class="date">{_t(o.when)}</div></div></a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 8), 1)
    )
    return f'<aside class="sideBar"><div class="sideBox popularNews"><div class="sub-title"><h2>熱門新聞</h2></div><ul class="popularList">{hot}</ul></div><div class="adBox"><div id="div-gpt-ad-1599034123456-0"></div></div></aside>'


def article(site: Site11, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    cat = CATS[a.x["cat"]]
    full = f"{a.title} | {cat} | 中央社 CNA"
    url = site.base + a.path
    upd = w + timedelta(minutes=a.x["upd_min"])
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a.title,
        "image": {"@type": "ImageObject", "url": "https://imgcdn.cna.example/news/cnalogo.jpg"},
        "datePublished": w.strftime("%Y/%m/%d %H:%M"),
        "dateModified": (upd if a.x["updated"] else w).strftime("%Y/%m/%d %H:%M"),
        "author": {"@type": "Organization", "name": "中央社"},
        "publisher": {
            "@type": "Organization",
            "name": "中央社 CNA",
            "logo": {"@type": "ImageObject", "url": "https://www.cna.example/img/logo.png"},
        },
        "description": trunc(a.paras[0], 80),
        "articleSection": cat,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "首頁", "item": site.base + "/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": cat,
                "item": f"{site.base}/list/{a.x['cat']}.aspx",
            },
        ],
    }
    extra = "\n".join(
        [
            f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}" />',
            f'<meta name="keywords" content="{esc(cat)},中央社,CNA" />',
            f'<meta property="og:title" content="{esc(full)}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:url" content="{url}" />',
            f'<meta property="og:description" content="{esc(trunc(a.paras[0], 100))}" />',
            '<meta property="og:image" content="https://imgcdn.cna.example/news/cnalogo.jpg" />',
            f'<meta itemprop="dateCreated" content="{w:%Y/%m/%d %H:%M}" />',
            f'<link rel="canonical" href="{url}" />',
            f'<link rel="amphtml" href="{site.base}/amp{a.path}" />',
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
            f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>',
        ]
    )
    blocks = list(a.blocks)
    lead = ""
    if blocks and blocks[0].kind == "img":
        lead = _fig(blocks.pop(0), "fullPic")
    body = []
    promo_at = max(1, len(blocks) // 2)
    for k, b in enumerate(blocks):
        if k == promo_at:
            body.append(
                '<div class="cnaApp"><a href="https://www.cna.example/app" target="_blank"><img src="/img/app-banner.png" alt="" /><span>中央社「一手新聞」app iOS／Android 下載</span></a></div>'
            )
        if b.kind == "p":
            body.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            body.append(f"<h2>{esc(b.text)}</h2>")
        else:
            body.append(_fig(b, "floatImg"))
    body.append(f"<p>（編輯：{'/'.join(a.editors)}）{roc(w)}</p>")
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}"><div class="wrap"><img src="/img/thumb/{k}.jpg" alt="" /></div><div class="listInfo"><h2>{esc(site.by_path[p].title)}</h2><div class="date">{_t(site.by_path[p].when)}</div></div></a></li>'
            for k, p in enumerate(a.related)
        )
        related = f'<div class="moreArticle-wrap"><div class="moreArticle"><div class="sub-title"><h2>延伸閱讀</h2></div><ul class="mainList imgModule">{lis}</ul></div></div>'
    latest = "".join(
        f'<li><a href="{o.path}"><h2>{esc(o.title)}</h2><div class="date">{_t(o.when)}</div></a></li>'
        for o in sorted(others(rng, site.arts, a, 6), key=lambda o: o.when, reverse=True)
    )
    rec = "".join(
        f'<li><a href="{o.path}?utm_source=cna&amp;utm_medium=recommend"><img src="/img/rec/{k}.jpg" alt="" /><h3>{esc(trunc(o.title, 20))}</h3></a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 4))
    )
    upd_html = f"（更新時間：<span>{_t(upd)}</span>）" if a.x["updated"] else ""
    page = (
        _head(site, full, extra, rng)
        + f"""<div class="wrapper"><div class="grid"><div class="centralContent">
<div class="breadcrumb"><a href="/">首頁</a> / <a href="/list/{a.x["cat"]}.aspx">{cat}</a></div>
<h1><span>{esc(a.title)}</span></h1>
<div class="timeBox"><div class="updatetime"><span>{_t(w)}</span>{upd_html}</div></div>
<div class="shareBar"><a class="fb" href="javascript:;">Facebook</a><a class="line" href="javascript:;">LINE</a><a class="x" href="javascript:;">X</a><a class="copy" href="javascript:;">複製連結</a><a class="font" href="javascript:;">字級</a><a class="print" href="javascript:;">列印</a></div>
<article class="article" data-origin-type-name="新聞">
{lead}
<div class="paragraph">
{"".join(body)}
</div>
<div class="paragraph"><p class="notice">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p></div>
</article>
<div class="subscribe"><a href="/about/contact.html">訂閱中央社電子報</a> <span>{a.x["views"]} 人已瀏覽</span></div>
{related}
<div class="moreArticle-wrap"><div class="moreArticle"><div class="sub-title"><h2>最新新聞</h2><a class="more" href="/list/aall.aspx">看更多</a></div><ul class="mainList">{latest}</ul></div></div>
<div class="recommendBox"><div class="sub-title"><h2>推薦閱讀</h2></div><ul>{rec}</ul></div>
</div>
{_side(site, a, rng)}
</div></div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site11, key: str, title: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    lis = "".join(
        f'<li><a href="{a.path}"><div class="wrap"><img src="/img/list/{k}.jpg" alt="" /></div><div class="listInfo"><h2><span>{esc(a.title)}</span></h2><div class="date">{_t(a.when)}</div></div></a></li>'
        for k, a in enumerate(arts)
    )
    page = (
        _head(
            site,
            f"{title} | 中央社 CNA",
            '<meta name="description" content="中央社最新新聞" />',
            rng,
        )
        + f'<div class="wrapper"><div class="grid"><div class="centralContent"><h1 class="pageTitle"><span>{title}</span></h1><ul class="mainList imgModule" id="jsMainList">{lis}</ul>{pager}</div></div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def project(site: Site11) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "cna-project")
    picks = rng.sample(site.of("cna") + site.of("udn"), 10)
    lis = "".join(
        f'<li><a href="{a.path}"><h3>{esc(a.title)}</h3></a><span>{a.when:%m/%d}</span></li>'
        for a in picks
    )
    page = (
        _head(
            site,
            "520總統就職 | 專題 | 中央社 CNA",
            '<meta name="description" content="中央社專題" />',
            rng,
        )
        + f"""<div class="wrapper project"><div class="kv"><img src="/project/20240520-inauguration/img/kv.jpg" alt="520總統就職" /></div>
<div class="intro"><p>2024年5月20日，第16任總統、副總統宣誓就職。中央社整理新政府人事、政策與各界反應。</p></div>
<div class="projectList"><h2>最新報導</h2><ul>{lis}</ul></div></div>"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site11) -> None:
    arts = sorted(site.of("cna"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    more = '<div class="viewMore"><a href="/list/aall.aspx?pageidx=2" id="SiteContent_uiViewMoreBtn">看更多內容</a></div>'
    site.route("/list/aall.aspx", lambda: listing(site, "cna-aall", "即時", arts[:7], more))
    site.route(
        "/list/aall.aspx?pageidx=2",
        lambda: listing(
            site,
            "cna-aall2",
            "即時",
            arts[7:],
            '<div class="viewMore"><a href="/list/aall.aspx">回第一頁</a></div>',
        ),
    )
    pol = [a for a in arts if a.x["cat"] in ("aipl", "acn", "afe")]
    site.route("/list/aipl.aspx", lambda: listing(site, "cna-aipl", "政治", pol, ""))
    site.route("/project/20240520-inauguration/", lambda: project(site))
