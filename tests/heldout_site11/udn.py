"""聯合新聞網 udn-style article pages: ``/news/story/7238/7946123``, ``<title>標題 | 聯合新聞網</title>``,
``h1.article-content__title``, ``span.article-content__author`` (``聯合報／ 記者X／台北即時報導``,
``經濟日報／ …``, ``中央社／ 台北8日電``) and ``time.article-content__time`` (``2024-05-08 14:35``),
the body in ``section.article-content__editor`` with figures whose caption ends ``圖／聯合報系資料照片`` or
``記者X／攝影``, the paper's 轉貼 notice, tags, then ``context-box`` lists: 延伸閱讀 (tied to the
story) and, in the same markup, 熱門新聞, 推薦閱讀 and udn 即時 (of others). Three pages are on the
older story template (``h1.story_art_title``, ``div.story_bady_info_author`` with the time in a
span and the byline in a link). Lists ``/news/breaknews/1`` and ``/2``, the 排行 ``/rank/pv/7225``, a
tag page ``/search/tagging/2/…`` and a reporter page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site11

CT = "text/html; charset=utf-8"
NAV = [
    ("即時", "/news/breaknews/1"),
    ("要聞", "/news/cate/2/6638"),
    ("娛樂", "/news/cate/2/6639"),
    ("運動", "/news/cate/2/7227"),
    ("全球", "/news/cate/2/7225"),
    ("社會", "/news/cate/2/6643"),
    ("地方", "/news/cate/2/6641"),
    ("產經", "/news/cate/2/6644"),
    ("股市", "/news/cate/2/6645"),
    ("排行", "/rank/pv/7225"),
    ("專題", "/project/20240520-inauguration/"),
]
TAG_PAGE = "/search/tagging/2/打詐新制"


def _byline(a: Art) -> tuple[str, str]:
    """(paper, rest): the org before ／ and the reporters with the dateline place."""
    st, place = a.x["style"], a.x["place"]
    link = "、".join(f'<a href="/news/reporter/{quote(n)}">{n}</a>' for n in a.authors)
    if st == "cna":
        return "中央社", f"{place}{a.when.day}日電"
    if st == "edn":
        return "經濟日報", f"記者{link}／{place}即時報導"
    if st in ("paper", "paper2"):
        return "聯合報", f"記者{link}／{place}報導"
    if st == "zonghe":
        return "聯合新聞網", f"記者{link}／綜合報導"
    return "聯合報", f"記者{link}／{place}即時報導"


def _head(title: str, extra: str, rng: Any) -> str:
    nav = "".join(f'<a class="navigation-list__item" href="{u}">{t}</a>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{extra}
<meta property="og:site_name" content="聯合新聞網">
<meta property="fb:pages" content="104466779592">
<link rel="stylesheet" href="https://s.udn.example/static/css/udn.min.css?20240506">
<style>
{css(rng, "story", 320)}
</style>
<script>var _UDN_CONFIG = {{"site":"udn","env":"prod","adUnit":"/1011235/udn_article"}};</script>
</head>
<body class="body-story">
<header class="header"><div class="header__wrapper"><a class="header__logo" href="/"><img src="/static/img/UDN_BABY.png" alt="聯合新聞網"></a>
<div class="header__search"><form action="/search/word/2/" method="get"><input name="q" placeholder="搜尋"><button>搜尋</button></form><a href="/search/word/2/台積電">熱搜：台積電</a></div></div>
<nav class="navigation"><div class="navigation-list">{nav}</div></nav></header>
"""


FOOT = (
    """<footer class="footer"><div class="footer__links"><a href="/about/contact.html">關於我們</a><a href="/about/contact.html">客服中心</a><a href="/about/contact.html">廣告刊登</a><a href="/about/contact.html">隱私權聲明</a><a href="/about/contact.html">著作權聲明</a></div>
<p class="footer__copyright">Copyright © 2024 udn.com All Rights Reserved. 聯合線上公司 著作權所有</p></footer>
<script>
"""
    + stats_js("a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2")
    + """
</script>
</body>
</html>"""
)


def _box(title: str, items: list[Art], cls: str = "") -> str:
    lis = "".join(
        f'<div class="story-list__news"><div class="story-list__image"><a href="{o.path}?from=udn-{cls}"><img src="/img/thumb/{k}.jpg" alt=""></a></div><div class="story-list__text"><h3><a href="{o.path}?from=udn-{cls}" title="{esc(o.title)}">{esc(o.title)}</a></h3><div class="story-list__info"><time class="story-list__time">{o.when:%Y-%m-%d %H:%M}</time></div></div></div>'
        for k, o in enumerate(items)
    )
    return f'<section class="context-box {cls}"><div class="context-box__header"><h3 class="context-box__title">{title}</h3></div><div class="context-box__content story-list__holder">{lis}</div></section>'


def _fig(b: Any) -> str:
    cap = esc(b.text) + (esc(b.credit) if b.credit else "")
    return f'<figure class="photo_center photo-story"><a href="{b.src}" data-fancybox="gallery"><picture><img src="{b.src}" alt="{esc(b.text)}" title="{esc(b.text)}"></picture></a><figcaption>{cap}</figcaption></figure>'


def article(site: Site11, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    url = site.base + a.path
    paper, rest = _byline(a)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a.title,
        "datePublished": w.isoformat(),
        "dateModified": w.isoformat(),
        "author": {"@type": "Person", "name": "、".join(a.authors) or paper},
        "publisher": {
            "@type": "Organization",
            "name": "聯合新聞網",
            "logo": {
                "@type": "ImageObject",
                "url": "https://s.udn.example/static/img/UDN_BABY.png",
            },
        },
        "articleSection": a.x["catname"],
        "keywords": [a.title[:4], "udn"],
    }
    extra = "\n".join(
        [
            f'<meta name="description" content="{esc(trunc(a.paras[0], 120))}">',
            f'<meta name="news_keywords" content="{esc(a.title[:4])}">',
            f'<meta property="og:title" content="{esc(a.title)} | {a.x["catname"]} | 聯合新聞網">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="article:published_time" content="{w.isoformat()}">',
            f'<meta property="article:section" content="{a.x["catname"]}">',
            f'<meta name="date" content="{w:%Y/%m/%d}">',
            f'<link rel="canonical" href="{url}">',
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        ]
    )
    blocks = list(a.blocks)
    cover = ""
    if a.x["cover"] and blocks and blocks[0].kind == "img" and not a.x["legacy"]:
        b = blocks.pop(0)
        cover = f'<div class="article-content__cover"><figure class="article-content__image"><picture><img src="{b.src}" alt="{esc(b.text)}"></picture><figcaption class="article-content__cover-caption">{esc(b.text)}{esc(b.credit)}</figcaption></figure></div>'
    body = []
    for k, b in enumerate(blocks):
        if k == 3:
            body.append(
                '<div class="udnAD udnAD--inread"><div id="div-gpt-ad-inread"></div><p class="ad-label">廣告</p></div>'
            )
        if b.kind == "p":
            body.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            body.append(f"<h2>{esc(b.text)}</h2>")
        else:
            body.append(_fig(b))
    if a.x["style"] in ("paper", "paper2"):
        body.append(
            '<p class="article-content__notice">※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結；未經授權，請勿複製轉貼文章內容</p>'
        )
    related = _box("延伸閱讀", [site.by_path[p] for p in a.related], "related") if a.related else ""
    hot = _box("熱門新聞", others(rng, site.arts, a, 6), "hot")
    rec = _box("推薦閱讀", others(rng, site.arts, a, 4), "rec")
    live = "".join(
        f'<li><a href="{o.path}"><span class="time">{o.when:%H:%M}</span>{esc(trunc(o.title, 24))}</a></li>'
        for o in others(rng, site.arts, a, 8)
    )
    side = f'<aside class="wrapper-right"><section class="context-box"><div class="context-box__header"><h3 class="context-box__title">udn 即時</h3></div><ul class="live-list">{live}</ul></section>{hot}<div class="udnAD"><div id="div-gpt-ad-side"></div></div></aside>'
    tags = f'<section class="article-content__tags"><a class="tag" href="{TAG_PAGE}">#打詐新制</a><a class="tag" href="/search/tagging/2/{quote(a.title[:4])}">#{esc(a.title[:4])}</a></section>'
    if a.x["legacy"]:
        main = f"""<div id="story_body"><div id="nav"><a href="/">首頁</a> &gt; <a href="/news/cate/2/6638">{a.x["catname"]}</a></div>
<h1 class="story_art_title">{esc(a.title)}</h1>
<div class="shareBar__info"><div class="story_bady_info_author"><span>{w:%Y-%m-%d %H:%M}</span><a href="/news/reporter/list">{paper} {"記者" + "、".join(a.authors) if a.authors else ""}</a>{"／" + (a.x["place"] + "報導" if a.authors else rest)}</div></div>
<div class="shareBar"><a class="fb">分享</a><a class="line">LINE</a></div>
<div id="story_body_content">{"".join(body)}</div>
{tags}
{related}
{rec}
</div>"""
    else:
        main = f"""<section class="article-content"><section class="article-content__wrapper">
<div class="article-content__breadcrumb"><a class="breadcrumb-items" href="/">首頁</a> <a class="breadcrumb-items" href="/news/cate/2/6638">{a.x["catname"]}</a></div>
<h1 class="article-content__title">{esc(a.title)}</h1>
<div class="article-content__info"><div class="article-content__author">{paper}／ <span class="article-content__author">{rest}</span></div><time class="article-content__time">{w:%Y-%m-%d %H:%M}</time><div class="article-content__share"><a class="btn-share--fb">分享</a><a class="btn-share--line">LINE</a><a class="btn-font">字級</a></div></div>
{cover}
<section class="article-content__editor ">
{"".join(body)}
</section>
<div class="article-content__subscribe"><a href="/about/contact.html">訂閱《聯合報》數位版 看更多深度報導</a></div>
{tags}
</section>
{related}
<section class="article-content__comments"><h3>留言</h3><div class="fb-comments" data-href="{url}"></div></section>
{rec}
</section>"""
    page = (
        _head(f"{a.title} | {a.x['catname']} | 聯合新聞網", extra, rng)
        + f'<main class="main"><div class="wrapper-left">{main}</div>{side}</main>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site11, key: str, title: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    lis = "".join(
        f'<div class="story-list__news"><div class="story-list__text"><h2><a href="{a.path}">{esc(a.title)}</a></h2><p>{esc(trunc(a.paras[0], 50))}</p><div class="story-list__info"><time class="story-list__time">{a.when:%Y-%m-%d %H:%M}</time></div></div></div>'
        for a in arts
    )
    page = (
        _head(
            f"{title} | 聯合新聞網", '<meta name="description" content="聯合新聞網即時新聞">', rng
        )
        + f'<main class="main"><div class="wrapper-left"><h1 class="page-title">{esc(title)}</h1><div class="story-list__holder">{lis}</div>{pager}</div></main>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site11) -> None:
    arts = sorted(site.of("udn"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    p1 = '<div class="pagelink"><span class="current">1</span><a href="/news/breaknews/2">2</a><a href="/news/breaknews/2">下一頁</a></div>'
    p2 = '<div class="pagelink"><a href="/news/breaknews/1">上一頁</a><a href="/news/breaknews/1">1</a><span class="current">2</span></div>'
    site.route("/news/breaknews/1", lambda: listing(site, "udn-b1", "即時新聞", arts[:6], p1))
    site.route("/news/breaknews/2", lambda: listing(site, "udn-b2", "即時新聞", arts[6:], p2))
    rng = page_rng(site.seed, "udn-rank-pick")
    ranked = rng.sample(site.arts, 20)
    site.route("/rank/pv/7225", lambda: listing(site, "udn-rank", "排行榜 — 最多瀏覽", ranked, ""))
    tagged = [a for a in site.arts if "打詐" in a.title or "打詐" in a.body] or arts[:5]
    site.route(TAG_PAGE, lambda: listing(site, "udn-tag", "打詐新制 相關新聞", tagged[:12], ""))
    rep = arts[0].authors[0] if arts[0].authors else "udn"
    mine = [a for a in arts if rep in a.authors] + arts[1:5]
    site.route(f"/news/reporter/{rep}", lambda: listing(site, "udn-rep", f"{rep} 的新聞", mine, ""))
