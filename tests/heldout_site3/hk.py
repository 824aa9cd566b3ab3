"""A Hong Kong daily's site in Traditional Chinese (UTF-8), server-rendered with a JS state blob.

Times are printed on the 12-hour clock (``2024年3月15日 星期五 下午3:23``); a story without a
byline opens with ``（本報訊）``.
"""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, ad_config, ad_slot, critical_css, esc, gtm_script, svg_sprite
from .pools import comment_text_zh

if TYPE_CHECKING:
    from .generator import Site3

SITE = "維港日報"
SECTIONS = {"local": ("s00002", "港聞"), "economy": ("s00003", "經濟")}
WEEKDAYS = "一二三四五六日"
PAGE = 5
TODAY = datetime(2024, 3, 30)


def hk_date(when: datetime, with_time: bool = True) -> str:
    day = f"{when.year}年{when.month}月{when.day}日 星期{WEEKDAYS[when.weekday()]}"
    if not with_time:
        return day
    h = when.hour
    half = "上午" if h < 12 else "下午"
    h12 = h if h <= 12 else h - 12
    return f"{day} {half}{h12}:{when.minute:02d}"


def _short(when: datetime) -> str:
    return f"{when.month}月{when.day}日"


def _head(site: Site3, title: str, path: str, extra: str, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="canonical" href="{site.base}{path}">
<meta property="og:site_name" content="{SITE}">
<meta property="fb:app_id" content="1587293048112204">
{extra}
<link rel="preload" href="/static/fonts/NotoSansHK-Regular.woff2" as="font" type="font/woff2" crossorigin>
<style>{critical_css(rng, "vh", 240)}</style>
{gtm_script("GTM-VH3K8LD")}
{ad_config(rng, "victoriaharbourdaily", ["super-banner", "lrec-1", "lrec-2", "in-article", "skyscraper"])}
</head>"""


def _masthead() -> str:
    nav = [
        ("/section/local", "港聞"),
        ("/section/economy", "經濟"),
        ("https://china.vhdaily.example/", "中國"),
        ("https://intl.vhdaily.example/", "國際"),
        ("https://ent.vhdaily.example/", "娛樂"),
        ("https://sports.vhdaily.example/", "體育"),
        ("https://life.vhdaily.example/", "生活"),
        ("https://property.vhdaily.example/", "地產"),
        ("/roll/", "即時新聞"),
        ("/video/", "影片"),
    ]
    lis = "".join(f'<li class="nav-item"><a href="{h}">{t}</a></li>' for h, t in nav)
    return f"""<body class="page-article">
{svg_sprite(["facebook", "whatsapp", "telegram", "link", "search", "menu", "font"])}
<div id="__app">
<div class="topbar"><div class="container"><span class="topbar-date">{hk_date(TODAY, False)}</span><span class="topbar-weather">天文台 22°C 相對濕度 78%</span><a href="https://epaper.vhdaily.example/" class="topbar-link">電子報</a><a href="https://member.vhdaily.example/login" class="topbar-link">會員登入</a></div></div>
<header class="masthead"><div class="container"><a href="/section/local" class="masthead-logo"><img src="/static/img/logo-vhdaily.svg" alt="{SITE}" width="220" height="48"></a>
<form class="masthead-search" action="https://search.vhdaily.example/" method="get"><input type="search" name="q" placeholder="搜尋新聞"><button type="submit"><svg><use href="#icon-search"/></svg></button></form></div>
<nav class="main-nav" aria-label="主選單"><ul class="nav-list">{lis}</ul></nav></header>
{ad_slot("super-banner", "廣告")}"""


def _footer() -> str:
    links = [
        ("/contact/", "聯絡我們"),
        ("/privacy/", "私隱政策"),
        ("https://www.vhdaily.example/about", "關於我們"),
        ("https://www.vhdaily.example/terms", "使用條款"),
        ("https://ad.vhdaily.example/", "廣告查詢"),
        ("https://careers.vhdaily.example/", "加入我們"),
    ]
    a = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
    return f"""<footer class="site-footer"><div class="container"><ul class="footer-links">{a}</ul>
<p class="copyright">&copy; 2024 維港日報有限公司 版權所有，不得轉載。</p></div></footer>
</div>
<script src="/static/js/vendor.4f1c2a9e.js" defer></script>
<script src="/static/js/article.b8d3e71f.js" defer></script>
</body>
</html>"""


def article(site: Site3, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"hk:{a.path}")
    arts = sorted(site.of("hk"), key=lambda b: b.when)
    k = arts.index(a)
    secname = SECTIONS[a.x["sec"]][1]
    extra = [
        f'<meta name="description" content="{esc(a.paras[0][:80])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:url" content="{site.base}{a.path}">',
        f'<meta property="og:image" content="https://static.vhdaily.example/img/{a.x["ms"]}.jpg">',
    ]
    if a.x["meta_time"]:
        extra.append(f'<meta property="article:published_time" content="{a.when.isoformat()}">')
    if a.x["jsonld"]:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.isoformat() if a.precision != "day" else f"{a.when:%Y-%m-%d}",
            "author": {"@type": "Organization", "name": SITE},
            "publisher": {"@type": "Organization", "name": SITE},
            "articleSection": secname,
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{site.base}{a.path}"},
        }
        extra.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    head = _head(site, f"{a.title} - {SITE}", a.path, "\n".join(extra), rng)
    if a.authors:
        byline = f'<div class="article-byline"><span class="reporter">記者 {"、".join(a.authors)}</span></div>'
    else:
        byline = ""
    body = []
    for j, p in enumerate(a.paras):
        if j == 0 and not a.authors:
            p = ("（本報訊）" if a.i % 2 else "(本報訊)") + p
        body.append(f"<p>{esc(p)}</p>")
        if j == 1 and a.x["image"]:
            body.append(
                f'<figure class="article-figure"><img src="https://static.vhdaily.example/img/'
                f'{a.x["ms"]}_{j}.jpg" alt="{esc(a.x["caption"])}" loading="lazy"><figcaption>'
                f"{esc(a.x['caption'])}（資料圖片）</figcaption></figure>"
            )
        if j == 3:
            body.append(ad_slot("in-article", "廣告"))
    if a.editors:
        body.append(f'<p class="article-editor">責任編輯：{esc(a.editors[0])}</p>')
    rel = [site.by_path[p] for p in a.related]
    rel_li = "".join(
        f'<li class="related-item"><a href="{r.path}"><img src="https://static.vhdaily.example/img/'
        f'{r.x["ms"]}_s.jpg" alt="" loading="lazy"><span class="related-title">{esc(r.title)}'
        "</span></a></li>"
        for r in rel
    )
    hot = [site.by_path[p] for p in site.hk_hot if p != a.path][:8]
    hot_li = "".join(
        f'<li><span class="rank">{n}</span><a href="{h.path}">{esc(h.title)}</a></li>'
        for n, h in enumerate(hot, 1)
    )
    prev_a = arts[k - 1] if k else None
    next_a = arts[k + 1] if k + 1 < len(arts) else None
    nav = ""
    if prev_a:
        nav += (
            f'<a class="article-nav-prev" href="{prev_a.path}"><span class="label">上一篇</span>'
            f'<span class="title">{esc(prev_a.title)}</span><span class="date">'
            f"{hk_date(prev_a.when, prev_a.precision != 'day')}</span></a>"
        )
    if next_a:
        nav += (
            f'<a class="article-nav-next" href="{next_a.path}"><span class="label">下一篇</span>'
            f'<span class="title">{esc(next_a.title)}</span><span class="date">'
            f"{hk_date(next_a.when, next_a.precision != 'day')}</span></a>"
        )
    state = {
        "article": {"id": a.x["ms"], "section": secname, "commentCount": rng.randint(0, 60)},
        "latest": [
            {
                "id": b.x["ms"],
                "title": b.title,
                "url": b.path,
                "publishTime": b.when.isoformat(),
                "author": "、".join(b.authors) or "本報訊",
            }
            for b in rng.sample([b for b in arts if b is not a], 6)
        ],
        "ads": {"network": "/21798437652/vhdaily", "targeting": {"section": a.x["sec"]}},
    }
    comments = ""
    if a.x["comments"]:
        rows = []
        for j in range(rng.randint(2, 4)):
            when = a.when + timedelta(hours=1 + j * 4, minutes=rng.randint(0, 59))
            rows.append(
                f'<li class="comment"><span class="comment-user">{rng.choice(["小明", "港島阿伯", "沙田街坊", "路過", "Kelvin"])}'
                f'{rng.randint(10, 99)}</span><span class="comment-time">{hk_date(when)}</span>'
                f'<p class="comment-text">{esc(comment_text_zh(rng, trad=True))}</p></li>'
            )
        comments = f'<section class="comments"><h3>讀者留言</h3><ul>{"".join(rows)}</ul></section>'
    page = f"""{head}
{_masthead()}
<main class="container article-layout">
<div class="breadcrumb"><a href="/section/local">首頁</a> &gt; <a href="/section/{a.x["sec"]}">{secname}</a></div>
<article class="article-detail" data-id="{a.x["ms"]}">
 <h1 class="article-title">{esc(a.title)}</h1>
 <div class="article-meta"><time class="article-date">{hk_date(a.when, a.precision != "day")}</time><span class="article-section"><a href="/section/{a.x["sec"]}">{secname}</a></span></div>
 {byline}
 <div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u={site.base}{a.path}" class="share-fb"><svg><use href="#icon-facebook"/></svg>分享</a><a href="https://api.whatsapp.com/send?text={site.base}{a.path}" class="share-wa"><svg><use href="#icon-whatsapp"/></svg>WhatsApp</a><a href="https://t.me/share/url?url={site.base}{a.path}" class="share-tg"><svg><use href="#icon-telegram"/></svg>Telegram</a><button class="share-copy"><svg><use href="#icon-link"/></svg>複製連結</button><button class="font-size"><svg><use href="#icon-font"/></svg>字體</button></div>
 <div class="article-body">
  {"".join(body)}
 </div>
 <div class="article-tags"><a href="https://search.vhdaily.example/?tag={esc(a.x["tag"])}">#{esc(a.x["tag"])}</a></div>
</article>
<section class="related-articles"><h2 class="block-title">延伸閱讀</h2><ul class="related-list">{rel_li}</ul></section>
<nav class="article-nav">{nav}</nav>
{comments}
<aside class="sidebar">
 {ad_slot("lrec-1", "廣告")}
 <section class="most-read"><h2 class="block-title">熱門</h2><ol>{hot_li}</ol></section>
 {ad_slot("lrec-2", "廣告")}
</aside>
</main>
<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
{_footer()}"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing(site: Site3, sec: str, page: int, items: list[Art], pages: int) -> tuple[bytes, str]:
    rng = random.Random(f"hk-list:{sec}:{page}")
    secname = SECTIONS[sec][1]
    rows = "".join(
        f'<div class="list-item"><a href="{a.path}" class="list-thumb"><img src="https://static.'
        f'vhdaily.example/img/{a.x["ms"]}_s.jpg" alt=""></a><div class="list-text"><h2><a href="'
        f'{a.path}">{esc(a.title)}</a></h2><p>{esc(a.paras[0][:50])}…</p><span class="list-date">'
        f"{_short(a.when)}</span></div></div>"
        for a in items
    )
    pager = "".join(
        f'<span class="page current">{p + 1}</span>'
        if p == page
        else f'<a class="page" href="/section/{sec}{"" if p == 0 else f"?page={p + 1}"}">{p + 1}</a>'
        for p in range(pages)
    )
    route = f"/section/{sec}" + ("" if page == 0 else f"?page={page + 1}")
    html = f"""{_head(site, f"{secname} - {SITE}", route, "", rng)}
{_masthead()}
<main class="container list-layout"><h1 class="section-title">{secname}</h1>
<div class="list">{rows}</div><div class="pagination">{pager}</div></main>
{_footer()}"""
    return html.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site3) -> None:
    arts = sorted(site.of("hk"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, partial(article, site, a))
    for sec in SECTIONS:
        items = [a for a in arts if a.x["sec"] == sec]
        pages = -(-len(items) // PAGE)
        for p in range(pages):
            fn = partial(listing, site, sec, p, items[p * PAGE : (p + 1) * PAGE], pages)
            site.route(f"/section/{sec}" if p == 0 else f"/section/{sec}?page={p + 1}", fn)
