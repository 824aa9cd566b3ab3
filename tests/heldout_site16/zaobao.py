"""联合早报 zaobao-style article pages: ``/news/china/story20240508-4023117`` and
``/realtime/…``; breadcrumbs, the headline, ``文 / NAME`` (two names, a ``（北京特派员）`` post,
a ``图 / NAME`` photographer, or none on wire copy), ``发布 / 2024年5月8日 下午6:02`` and
``更新 / …`` on a 12-hour clock in Singapore time, JSON-LD holding the UTC instant; the whole
story (no paywall) with an ``早报订阅`` prompt between paragraphs, pictures captioned
``…（路透社）``; ``相关新闻`` (the related stories), then ``热门`` / ``即时`` tabs, a keywords row
and another subscription prompt. Plus section lists with Drupal's ``?page=1`` (the second
page), the 即时 list and a keyword page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from heldout import Art

from .common import ampm, css, encode, esc, others, page_rng, utc_z, ymd

if TYPE_CHECKING:
    from .generator import Site16

CT = "text/html; charset=utf-8"
PER = 5
SECS = {
    ("news", "singapore"): "新加坡",
    ("news", "china"): "中国",
    ("news", "world"): "国际",
    ("news", "sea"): "东南亚",
    ("realtime", "china"): "即时·中国",
}
KEYWORD = "中美关系"


def _stamp(w: object) -> str:
    return f"{ymd(w)} {ampm(w)}"  # type: ignore[arg-type]


def _shell(site: Site16, key: str, title: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li class="main-menu-item"><a href="/{k}/{s}">{esc(n)}</a></li>'
        for (k, s), n in SECS.items()
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-Hans" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
{head}
<meta property="og:site_name" content="联合早报" />
<meta name="twitter:site" content="@zaobaosg" />
<link rel="icon" href="/favicon.ico" />
<style>{css(rng, "zb", 300)}</style>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"pagetype":"article","paywall":"0","visitorcat":"anonymous"}});</script>
</head>
<body class="path-node page-node-type-article">
<div class="header-wrapper"><header class="site-header"><a class="site-logo" href="/realtime"><img src="/themes/custom/zbsg/logo.svg" alt="联合早报" /></a>
<nav class="main-menu"><ul><li class="main-menu-item"><a href="/realtime">即时</a></li>{nav}<li class="main-menu-item"><a href="/keywords/{quote(KEYWORD)}">{KEYWORD}</a></li></ul></nav>
<a class="subscribe-btn" href="/realtime">早报订阅</a><a class="login-btn" href="/realtime">登录</a></header></div>
<main role="main" class="main-container">{main}</main>
<footer class="site-footer"><div class="footer-links"><a href="/realtime">关于我们</a> | <a href="/realtime">联络我们</a> | <a href="/realtime">广告</a> | <a href="/realtime">隐私声明</a></div>
<p class="copyright">新报业媒体有限公司版权所有（公司登记号：202120748H）</p></footer>
<script src="/sites/default/files/js/js_8aZ2kV0b.js"></script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _subscribe(where: str) -> str:
    return (
        f'<div class="subscribe-promo subscribe-promo--{where}"><p class="promo-title">早报订阅</p>'
        '<p>订阅《联合早报》数码配套，无限阅读新闻、评论与专题，每天早上获取早报新闻速递。</p><a class="promo-btn" href="/realtime">立即订阅</a></div>'
    )


def article(site: Site16, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    style, nm = a.x["style"], a.x["nm"]
    when = a.when
    byline = ""
    if a.authors:
        who = " 、".join(f'<a href="/byline/{quote(n)}">{esc(n)}</a>' for n in a.authors)
        if style == "corr":
            who += f"（{esc(a.x['post'])}）"
        byline = f'<div class="author-info"><span class="author-label">文 / </span>{who}'
        if style == "photo":
            byline += f'<span class="photo-label">　图 / </span><a href="/byline/{quote(nm[3])}">{esc(nm[3])}</a>'
        byline += "</div>"
    times = f'<div class="article-time"><span class="time-label">发布 / </span>{_stamp(when)}</div>'
    mod = when
    if a.x["upd"]:
        mod = when + timedelta(minutes=a.x["upd"])
        times += (
            f'<div class="article-time"><span class="time-label">更新 / </span>{_stamp(mod)}</div>'
        )
    parts: list[str] = []
    paras = 0
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
            paras += 1
            if paras == 3 and len(a.paras) > 4:
                parts.append(_subscribe("inline"))
        elif b.kind == "h":
            parts.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            parts.append(
                f'<figure class="article-image"><img src="{b.src}" alt="{esc(b.text)}" loading="lazy" /><figcaption>{esc(b.text)}{esc(b.credit)}</figcaption></figure>'
            )
    rel = [site.by_path[p] for p in a.related]
    related = ""
    if rel:
        items = "".join(
            f'<li class="related-item"><a href="{b.path}"><span class="related-title">{esc(b.title)}</span></a><span class="related-date">{ymd(b.when)}</span></li>'
            for b in rel
        )
        related = f'<div class="related-articles"><h3 class="block-title">相关新闻</h3><ul>{items}</ul></div>'
    hot = "".join(
        f'<li><span class="rank">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site.of("zaobao"), a, 6), 1)
    )
    live = "".join(
        f'<li><span class="time">{ampm(b.when)}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for b in others(rng, site.of("zaobao"), a, 5)
    )
    kind, sec = a.x["kind"], a.x["sec"]
    crumb = SECS[(kind, sec)]
    main = f"""<div class="article-wrapper"><div class="breadcrumb"><a href="/realtime">早报</a> &gt; <a href="/{kind}/{sec}">{esc(crumb)}</a></div>
<article class="node node--type-article" data-story-id="{a.x["sid"]}">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta">{byline}{times}</div>
<div class="article-tools"><button class="font-size">字体大小</button><button class="share">分享</button><button class="bookmark">收藏</button><a class="listen" href="#">听新闻</a></div>
<div class="article-content-rawhtml">{"".join(parts)}</div>
<div class="article-keywords"><span>关键词：</span><a href="/keywords/{quote(KEYWORD)}">{KEYWORD}</a></div>
</article>
{related}
{_subscribe("bottom")}
</div>
<aside class="sidebar"><div class="tabs"><div class="tab-pane"><h3 class="block-title">热门</h3><ol class="hot-list">{hot}</ol></div><div class="tab-pane"><h3 class="block-title">即时</h3><ul class="realtime-list">{live}</ul></div></div><div class="ad-slot" id="dfp-ad-imu1"></div></aside>"""
    url = site.base + a.path
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": utc_z(when, ms=False),
        "dateModified": utc_z(mod, ms=False),
        "mainEntityOfPage": url,
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or [{"@type": "Organization", "name": "联合早报"}],
        "publisher": {
            "@type": "Organization",
            "name": "联合早报",
            "logo": {"@type": "ImageObject", "url": f"{site.base}/themes/custom/zbsg/logo.png"},
        },
        "isAccessibleForFree": "True",
    }
    desc = a.paras[0][:100]
    head = (
        f'<link rel="canonical" href="{url}" />\n<meta name="description" content="{esc(desc)}" />\n'
        f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n<meta name="keywords" content="{KEYWORD}" />\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    return _shell(site, a.path, f"{a.title} | 联合早报", head, main)


def _list(
    site: Site16, key: str, title: str, arts: list[Art], extra: str = ""
) -> tuple[bytes, str]:
    items = "".join(
        f'<div class="article-list-item"><a href="{b.path}" class="article-link"><h2 class="article-list-title">{esc(b.title)}</h2></a>'
        f'<p class="summary">{esc(b.paras[0][:60])}…</p><span class="meta-time">{_stamp(b.when)}</span></div>'
        for b in arts
    )
    main = f'<div class="list-page"><h1 class="page-title">{esc(title)}</h1><div class="article-list">{items}</div>{extra}</div>'
    return _shell(
        site,
        key,
        f"{title} | 联合早报",
        f'<link rel="canonical" href="{site.base}{quote(key, safe="/?=")}" />',
        main,
    )


def register(site: Site16) -> None:
    for a in site.of("zaobao"):
        site.route(a.path, lambda a=a: article(site, a))
    every = sorted(site.of("zaobao"), key=lambda b: b.when, reverse=True)
    for (kind, sec), name in SECS.items():
        arts = [b for b in every if (b.x["kind"], b.x["sec"]) == (kind, sec)]
        site.route(
            f"/{kind}/{sec}",
            lambda arts=arts, kind=kind, sec=sec, name=name: _list(
                site, f"/{kind}/{sec}", name, arts
            ),
        )
    n = (len(every) + PER - 1) // PER
    for p in range(n):
        key = "/realtime" if p == 0 else f"/realtime?page={p}"
        pager = "".join(
            f'<li class="pager__item"><a href="/realtime{"" if q == 0 else f"?page={q}"}">{q + 1}</a></li>'
            for q in range(n)
            if q != p
        )
        if p < n - 1:
            pager += f'<li class="pager__item pager__item--next"><a href="/realtime?page={p + 1}" rel="next">下一页 ›</a></li>'
        site.route(
            key,
            lambda key=key, chunk=every[p * PER : (p + 1) * PER], pager=pager: _list(
                site,
                key,
                "即时新闻",
                chunk,
                f'<nav class="pager"><ul class="pager__items">{pager}</ul></nav>',
            ),
        )
    site.route(
        f"/keywords/{KEYWORD}",
        lambda: _list(
            site,
            f"/keywords/{KEYWORD}",
            KEYWORD,
            every[1::3],
            '<p class="keyword-desc">有关中美关系的最新新闻、评论与分析。</p>',
        ),
    )
    for b in every:
        for who in [*b.authors, b.x["nm"][3]] if b.x["style"] == "photo" else b.authors:
            key = f"/byline/{who}"
            if site.handler(key) is None:
                arts = [
                    c
                    for c in every
                    if who in c.authors or (c.x["style"] == "photo" and c.x["nm"][3] == who)
                ]
                site.route(
                    key,
                    lambda key=key, who=who, arts=arts: _list(
                        site, key, who, arts, '<p class="author-bio">《联合早报》记者</p>'
                    ),
                )
