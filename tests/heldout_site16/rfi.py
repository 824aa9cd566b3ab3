"""RFI 法广 华语-style article pages (the France Médias Monde template, ``t-content`` /
``m-`` / ``a-`` classes): ``/cn/国际/20240508-标题`` and the 繁體 ``/tw/國際/…``; the headline,
``发表时间：08/05/2024 - 14:32`` and ``修改时间：…`` printed in Paris time inside ``<time>``
elements whose ``datetime`` is the UTC instant (``+00:00``); a chapo (standfirst); ``作者：``
with one or two names, the station (``法广``) or no author line; ``阅读更多`` interstitials between
paragraphs (the related stories); ``关键字`` tags, an app/newsletter prompt, and 最新新闻 /
热门文章 rails. Plus each edition's home, section pages with ``?page=2`` and tag pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art

from .common import css, encode, esc, others, page_rng, utc_offset
from .pools import trad

if TYPE_CHECKING:
    from .generator import Site16

CT = "text/html; charset=UTF-8"
SECS = ["国际", "中国", "法国", "欧洲", "港澳台"]
PER = 5


def _t(variant: str, s: str) -> str:
    return trad(s) if variant == "tw" else s


def _d(when: datetime) -> str:
    """08/05/2024 - 14:32 (day first, Paris wall time)."""
    return f"{when:%d/%m/%Y - %H:%M}"


def sec_path(variant: str, sec: str) -> str:
    return quote(f"/{variant}/{sec}/")


def tag_path(variant: str, tag: str) -> str:
    return quote(f"/{variant}/tag/{tag}/")


def _shell(site: Site16, v: str, key: str, title: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li class="m-menu__item"><a class="m-menu__link" href="{sec_path(v, _t(v, s))}">{esc(_t(v, s))}</a></li>'
        for s in SECS
    )
    other = "tw" if v == "cn" else "cn"
    page = f"""<!DOCTYPE html>
<html lang="{"zh-CN" if v == "cn" else "zh-TW"}" dir="ltr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<meta property="og:site_name" content="RFI">
<meta name="twitter:site" content="@RFI_Cn">
<link rel="preload" href="https://static.rfi.example/meta_og_twcards/jsonld_publisher.png" as="image">
<style>{css(rng, "rfi", 280)}</style>
<script>window.dataLayer = window.dataLayer || [];dataLayer.push({{"site":"rfi","language":"{v}","pageType":"article"}});</script>
</head>
<body class="o-body">
<header class="o-header"><div class="m-header"><a class="m-header__logo" href="/{v}/" title="RFI - {_t(v, "法国国际广播电台")}"><svg class="a-svg a-svg--logo"><use xlink:href="#logo-rfi"></use></svg></a>
<a class="m-header__lang" href="/{other}/">{"繁體" if v == "cn" else "简体"}</a><a class="m-header__live" href="/{v}/">{_t(v, "直播")}</a></div>
<nav class="m-menu"><ul class="m-menu__list"><li class="m-menu__item"><a class="m-menu__link" href="/{v}/">{_t(v, "首页")}</a></li>{nav}</ul></nav></header>
<main class="o-layout-main">{main}</main>
<footer class="o-footer"><div class="m-footer"><ul class="m-footer__links"><li><a href="/{v}/">{_t(v, "关于我们")}</a></li><li><a href="/{v}/">{_t(v, "联系我们")}</a></li><li><a href="/{v}/">{_t(v, "法律声明")}</a></li></ul>
<p class="m-footer__copyright">RFI {_t(v, "是法国国际广播电台，属于法国国际媒体集团。")} © 2024 RFI</p></div></footer>
<script src="https://static.rfi.example/dist/js/app.2b91fd3c.js" defer></script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _fig(b: Any, cls: str) -> str:
    return (
        f'<figure class="{cls}"><div class="m-figure__img"><picture><img src="{b.src}" alt="{esc(b.text)}" width="940" height="529" loading="lazy"></picture></div>'
        f'<figcaption class="m-figure__caption"><span class="m-figure__caption-text">{esc(b.text)}</span> <span class="m-figure__caption-copyright">{esc(b.credit)}</span></figcaption></figure>'
    )


def _interstitial(v: str, b: Art) -> str:
    return (
        f'<div class="m-interstitial"><a class="m-interstitial__link" href="{b.path}"><div class="m-interstitial__label">{_t(v, "阅读更多")}</div>'
        f'<div class="m-interstitial__title">{esc(b.title)}</div></a></div>'
    )


def article(site: Site16, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    v = a.x["variant"]
    when = a.when.replace(second=a.x["secs"])
    dates = f'<span class="m-pub-dates__date">{_t(v, "发表时间：")} <time datetime="{utc_offset(when)}" data-datetime-format-date="L">{_d(a.when)}</time></span>'
    mod = when
    if a.x["upd"]:
        mod = a.when + timedelta(minutes=a.x["upd"])
        dates += f'<span class="m-pub-dates__date">{_t(v, "修改时间：")} <time datetime="{utc_offset(mod)}" data-datetime-format-date="L">{_d(mod)}</time></span>'
    style = a.x["style"]
    if a.authors:
        names = '<span class="m-from-author__sep">, </span>'.join(
            f'<a class="m-from-author__name" href="{quote(f"/{v}/作者/{n}/")}">{esc(n)}</a>'
            for n in a.authors
        )
        author = f'<div class="t-content__authors"><div class="m-from-author">{_t(v, "作者：")}{names}</div></div>'
    elif style == "station":
        author = f'<div class="t-content__authors"><div class="m-from-author">{_t(v, "作者：")}<span class="m-from-author__name">{_t(v, "法广")}</span></div></div>'
    else:
        author = ""
    rel = [site.by_path[p] for p in a.related]
    blocks = list(a.blocks)
    lead = ""
    if blocks and blocks[0].kind == "img":
        lead = _fig(blocks.pop(0), "t-content__main-media m-figure")
    parts: list[str] = []
    paras = 0
    for b in blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
            paras += 1
            if paras in (2, 5, 8) and rel:
                parts.append(_interstitial(v, rel.pop(0)))
        elif b.kind == "h":
            parts.append(f"<h2>{esc(b.text)}</h2>")
        else:
            parts.append(_fig(b, "m-figure m-figure--body"))
    parts += [_interstitial(v, b) for b in rel]
    tags = "".join(
        f'<li class="m-tags-list__item"><a class="m-tags-list__tag" href="{tag_path(v, t)}">{esc(t)}</a></li>'
        for t in a.x["tags"]
    )
    latest = "".join(
        f'<li class="m-item-list-article"><a href="{o.path}"><span class="a-date">{o.when:%H:%M}</span><p class="article__title">{esc(o.title)}</p></a></li>'
        for o in others(rng, site.of("rfi"), a, 6)
    )
    hot = "".join(
        f'<li class="m-item-list-article"><a href="{o.path}"><p class="article__title">{esc(o.title)}</p></a></li>'
        for o in others(rng, site.of("rfi"), a, 5)
    )
    sec = a.x["sec"]
    main = f"""<article class="t-content t-content--article" data-id="{zlib.crc32(a.path.encode()) % 10**8}">
<div class="t-content__header"><div class="m-breadcrumb"><a href="/{v}/">{_t(v, "首页")}</a><span>/</span><a href="{sec_path(v, sec)}">{esc(sec)}</a></div>
<h1 class="a-page-title">{esc(a.title)}</h1>
<div class="t-content__dates"><div class="m-pub-dates">{dates}</div></div>
<p class="t-content__chapo">{esc(a.x["chapo"])}</p>
{lead}
{author}
<div class="m-em-share-buttons"><button class="a-share a-share--facebook">Facebook</button><button class="a-share a-share--twitter">X</button><button class="a-share a-share--email">{_t(v, "电邮")}</button><button class="a-share a-share--copy">{_t(v, "复制链接")}</button></div></div>
<div class="t-content__body u-clearfix">{"".join(parts)}</div>
<div class="m-tags-list"><span class="m-tags-list__label">{_t(v, "关键字：")}</span><ul>{tags}</ul></div>
<div class="m-app-promo"><p>{_t(v, "下载法广应用程序跟踪国际时事")}</p><a href="/{v}/">{_t(v, "立即下载")}</a></div>
<div class="m-newsletter-promo"><p>{_t(v, "订阅法广华语Newsletter，每日获取国际新闻摘要")}</p><form><input type="email"><button>{_t(v, "订阅")}</button></form></div>
</article>
<aside class="o-layout-aside"><section class="m-latest"><h2>{_t(v, "最新新闻")}</h2><ul>{latest}</ul></section><section class="m-most-read"><h2>{_t(v, "热门文章")}</h2><ol>{hot}</ol></section><div class="m-ad" id="rfi-ad-aside"></div></aside>"""
    url = site.base + a.path
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": a.x["chapo"][:120],
        "datePublished": utc_offset(when),
        "dateModified": utc_offset(mod),
        "mainEntityOfPage": url,
        "inLanguage": "zh-CN" if v == "cn" else "zh-TW",
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or {"@type": "Organization", "name": "RFI"},
        "publisher": {
            "@type": "Organization",
            "name": "RFI",
            "logo": {
                "@type": "ImageObject",
                "url": "https://static.rfi.example/meta_og_twcards/jsonld_publisher.png",
            },
        },
        "isAccessibleForFree": True,
        "keywords": a.x["tags"],
    }
    head = (
        f'<link rel="canonical" href="{url}">\n<meta name="description" content="{esc(a.x["chapo"][:120])}">\n'
        f'<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n'
        f'<meta property="og:description" content="{esc(a.x["chapo"][:120])}">\n'
        f'<meta property="article:published_time" content="{utc_offset(when)}">\n<meta property="article:modified_time" content="{utc_offset(mod)}">\n'
        f'<meta property="article:section" content="{esc(sec)}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    return _shell(site, v, a.path, f"{a.title} - RFI - {_t(v, '法国国际广播电台')}", head, main)


def _teasers(v: str, arts: list[Art]) -> str:
    return "".join(
        f'<div class="o-layout-list__item"><div class="m-item-list-article"><a href="{b.path}"><p class="article__title">{esc(b.title)}</p></a>'
        f'<p class="article__chapo">{esc(b.x["chapo"][:50])}…</p><span class="a-date"><time datetime="{utc_offset(b.when)}">{_d(b.when)}</time></span></div></div>'
        for b in arts
    )


def _list(
    site: Site16, v: str, key: str, title: str, arts: list[Art], extra: str = ""
) -> tuple[bytes, str]:
    main = f'<div class="t-section"><h1 class="a-page-title">{esc(title)}</h1><div class="o-layout-list">{_teasers(v, arts)}</div>{extra}</div>'
    return _shell(
        site,
        v,
        key,
        f"{title} - RFI",
        f'<link rel="canonical" href="{site.base}{quote(key)}">',
        main,
    )


def register(site: Site16) -> None:
    for a in site.of("rfi"):
        site.route(a.x["raw"], lambda a=a: article(site, a))
    for v in ("cn", "tw"):
        mine = sorted(
            (b for b in site.of("rfi") if b.x["variant"] == v), key=lambda b: b.when, reverse=True
        )
        secs = "".join(
            f'<li><a href="{sec_path(v, _t(v, s))}">{esc(_t(v, s))}</a></li>' for s in SECS
        )
        site.route(
            f"/{v}/",
            lambda v=v, mine=mine, secs=secs: _list(
                site, v, f"/{v}/", _t(v, "法广 首页"), mine, f"<ul>{secs}</ul>"
            ),
        )
        for s in SECS:
            name = _t(v, s)
            arts = [b for b in mine if b.x["sec"] == name]
            n = max(1, (len(arts) + PER - 1) // PER)
            base = f"/{v}/{name}/"
            for p in range(1, n + 1):
                key = base if p == 1 else f"{base}?page={p}"
                pager = "".join(
                    f'<a class="m-pagination__link" href="{sec_path(v, name)}{"" if q == 1 else f"?page={q}"}">{q}</a>'
                    for q in range(1, n + 1)
                    if q != p
                )
                site.route(
                    key,
                    lambda key=key, name=name, chunk=arts[(p - 1) * PER : p * PER], pager=pager, v=v: (
                        _list(site, v, key, name, chunk, f'<nav class="m-pagination">{pager}</nav>')
                    ),
                )
        tags = sorted({t for b in mine for t in b.x["tags"]})
        for t in tags:
            key = f"/{v}/tag/{t}/"
            arts = [b for b in mine if t in b.x["tags"]]
            site.route(key, lambda key=key, t=t, arts=arts, v=v: _list(site, v, key, t, arts))
        for b in mine:
            for n in b.authors:
                key = f"/{v}/作者/{n}/"
                if site.handler(key) is None:
                    arts = [c for c in mine if n in c.authors]
                    site.route(
                        key, lambda key=key, n=n, arts=arts, v=v: _list(site, v, key, n, arts)
                    )
