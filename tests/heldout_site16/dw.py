"""DW 德国之声 中文-style article pages: ``/zh/标题/a-68123456`` and the 繁體
``/zh-hant/…/a-…``; a kicker, the headline, a teaser (standfirst), the date alone
(``2024年5月8日``, Berlin) with JSON-LD holding the UTC instant and naming DW as author; the
story in ``div.rich-text`` closing with the ``DW中文有Instagram！`` prompt, the wires
(``（德新社、法新社）``), ``作者：NAME`` and ``责编：NAME`` lines and the copyright notice; a
``相关内容`` block of related stories, then ``DW热门报道`` and ``更多DW报道`` of others. Plus
each edition's 在线报导 list (``?page=2``) and a 专题 page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art

from .common import css, encode, esc, others, page_rng, utc_z, ymd
from .pools import trad

if TYPE_CHECKING:
    from .generator import Site16

CT = "text/html; charset=utf-8"
PER = 5
LISTS = {"zh": "/zh/在线报导/s-9058", "zh-hant": "/zh-hant/線上報導/s-101347"}
TOPIC = {"zh": "/zh/德国/t-17347890", "zh-hant": "/zh-hant/德國/t-17347891"}
KICKERS = ["时政风云", "经济纵横", "德国", "欧洲", "中国"]


def _t(variant: str, s: str) -> str:
    return trad(s) if variant == "zh-hant" else s


def _shell(
    site: Site16, v: str, key: str, title: str, head: str, main: str, state: dict[str, Any]
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    other = "zh-hant" if v == "zh" else "zh"
    nav = "".join(
        f'<li class="nav-item"><a href="{quote(LISTS[v])}">{esc(_t(v, k))}</a></li>'
        for k in KICKERS
    )
    page = f"""<!DOCTYPE html><html lang="{"zh-Hans" if v == "zh" else "zh-Hant"}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>{head}<meta property="og:site_name" content="Deutsche Welle"><meta name="twitter:site" content="@dw_chinese"><link rel="preload" href="https://static.dw.example/fonts/noto-sans-sc.woff2" as="font" crossorigin><style data-styled="active">{css(rng, "sc", 290)}</style></head>
<body><div id="root"><header class="sc-header"><a class="logo" href="{quote(LISTS[v])}" aria-label="DW"><svg width="72" height="40"><use href="#dw-logo"></use></svg></a><nav class="sc-nav"><ul>{nav}<li class="nav-item"><a href="{quote(TOPIC[v])}">{_t(v, "德国")}</a></li></ul></nav><a class="lang-switch" href="{quote(LISTS[other])}">{"繁" if v == "zh" else "简"}</a><a class="search" href="{quote(LISTS[v])}">{_t(v, "搜寻")}</a></header>
<main class="sc-main">{main}</main>
<footer class="sc-footer"><div class="footer-links"><a href="{quote(LISTS[v])}">{_t(v, "关于DW")}</a><a href="{quote(LISTS[v])}">{_t(v, "联系方式")}</a><a href="{quote(LISTS[v])}">{_t(v, "隐私声明")}</a><a href="{quote(LISTS[v])}">{_t(v, "无障碍声明")}</a></div><p class="copyright">© 2024 Deutsche Welle</p></footer></div>
<script>window.__APOLLO_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
<script src="https://static.dw.example/runtime.8d3f1a2b.js" defer></script></body></html>"""
    return encode(page, "utf-8"), CT


def _card(b: Art, date: bool = True) -> str:
    v = b.x["variant"]
    tm = f'<span class="date">{ymd(b.when)}</span>' if date else ""
    return (
        f'<div class="teaser-wrap"><div class="teaser"><div class="kicker">{esc(_t(v, b.x["kicker"]))}</div>'
        f'<h3 class="teaser-title"><a href="{b.path}">{esc(b.title)}</a></h3>{tm}</div></div>'
    )


def article(site: Site16, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    v = a.x["variant"]
    when = a.when.replace(second=a.x["secs"])
    blocks = list(a.blocks)
    lead = ""
    if blocks and blocks[0].kind == "img":
        b = blocks.pop(0)
        lead = f'<figure class="hero-image"><img src="{b.src}" alt="{esc(b.text)}" width="940" height="529"><figcaption><span class="description">{esc(b.text)}</span><span class="credits">{_t(v, "图像来源: ")}{esc(b.credit)}</span></figcaption></figure>'
    parts: list[str] = []
    for b in blocks:
        if b.kind == "p":
            parts.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h2>{esc(b.text)}</h2>")
        else:
            parts.append(
                f'<figure class="placeholder-image big"><img src="{b.src}" alt="{esc(b.text)}" loading="lazy"><figcaption><span class="description">{esc(b.text)}</span><span class="credits">{_t(v, "图像来源: ")}{esc(b.credit)}</span></figcaption></figure>'
            )
    parts.append(
        f"<p><strong>{_t(v, 'DW中文有Instagram！欢迎搜寻dw.chinese，看更多深入浅出的图文与影音资讯。')}</strong></p>"
    )
    style = a.x["style"]
    if style != "one" or a.i % 4 == 0:
        parts.append(f"<p>{esc(a.x['wires'])}</p>")
    if a.authors:
        parts.append(f"<p>{_t(v, '作者：')}{esc('、'.join(a.authors))}</p>")
    if a.editors:
        parts.append(f"<p>{_t(v, '责编：')}{esc(a.editors[0])}</p>")
    parts.append(
        f"<p><em>{_t(v, '© 2024年德国之声版权所有，未经德国之声许可，不得转载、摘编或利用其它方式使用本作品。')}</em></p>"
    )
    rel = [site.by_path[p] for p in a.related]
    related = ""
    if rel:
        related = f'<section class="related-content"><h2 class="section-title">{_t(v, "相关内容")}</h2><div class="teaser-list">{"".join(_card(b) for b in rel)}</div></section>'
    hot = "".join(_card(b, False) for b in others(rng, site.of("dw"), a, 4))
    more = "".join(_card(b) for b in others(rng, site.of("dw"), a, 5))
    kicker = _t(v, a.x["kicker"])
    main = (
        f'<article class="sc-article"><header class="article-header"><div class="kicker"><a href="{quote(LISTS[v])}">{esc(kicker)}</a></div>'
        f'<h1 class="article-title">{esc(a.title)}</h1>'
        f'<div class="author-details"><span class="publication"><span class="time-area">{ymd(a.when)}</span></span></div>'
        f'<div class="teaser-text"><p>{esc(a.x["teaser"])}</p></div>'
        '<div class="share-bar"><button aria-label="Facebook">Facebook</button><button aria-label="X">X</button><button aria-label="Email">Email</button></div></header>'
        f'{lead}<div class="rich-text">{"".join(parts)}</div></article>'
        f'{related}<section class="top-stories"><h2 class="section-title">{_t(v, "DW热门报道")}</h2><div class="teaser-list">{hot}</div></section>'
        f'<section class="more-stories"><h2 class="section-title">{_t(v, "更多DW报道")}</h2><div class="teaser-list">{more}</div></section>'
    )
    url = site.base + a.path
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": a.x["teaser"][:120],
        "datePublished": utc_z(when),
        "dateModified": utc_z(when),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": "zh-Hans" if v == "zh" else "zh-Hant",
        "author": {
            "@type": "Organization",
            "name": "Deutsche Welle",
            "url": "https://www.dw.example",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Deutsche Welle",
            "logo": {"@type": "ImageObject", "url": "https://static.dw.example/image/dw-logo.png"},
        },
    }
    head = (
        f'<link rel="canonical" href="{url}"><meta name="description" content="{esc(a.x["teaser"][:120])}">'
        f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{url}">'
        f'<meta property="og:description" content="{esc(a.x["teaser"][:120])}"><meta property="og:image" content="https://static.dw.example/image/{a.x["aid"]}_6.jpg">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    state = {
        f"Article:{a.x['aid']}": {
            "__typename": "Article",
            "id": a.x["aid"],
            "title": a.title,
            "teaser": a.x["teaser"],
            "contentDate": utc_z(when),
            "namedUrl": a.path,
            "relatedContent": [{"__ref": f"Article:{b.x['aid']}"} for b in rel],
        }
    }
    return _shell(site, v, a.path, f"{a.title} – DW – {ymd(a.when)}", head, main, state)


def _list(
    site: Site16, v: str, key: str, title: str, arts: list[Art], extra: str = ""
) -> tuple[bytes, str]:
    cards = "".join(
        f'<div class="teaser-wrap"><div class="teaser"><h3 class="teaser-title"><a href="{b.path}">{esc(b.title)}</a></h3>'
        f'<p class="teaser-text">{esc(b.x["teaser"][:60])}…</p><span class="date">{ymd(b.when)}</span></div></div>'
        for b in arts
    )
    main = f'<section class="navigation-page"><h1 class="section-title">{esc(title)}</h1><div class="teaser-list">{cards}</div>{extra}</section>'
    return _shell(
        site,
        v,
        key,
        f"{title} | DW",
        f'<link rel="canonical" href="{site.base}{quote(key)}">',
        main,
        {"page": title},
    )


def register(site: Site16) -> None:
    for a in site.of("dw"):
        site.route(a.x["raw"], lambda a=a: article(site, a))
    for v in ("zh", "zh-hant"):
        mine = sorted(
            (b for b in site.of("dw") if b.x["variant"] == v), key=lambda b: b.when, reverse=True
        )
        base = LISTS[v]
        n = max(1, (len(mine) + PER - 1) // PER)
        for p in range(1, n + 1):
            key = base if p == 1 else f"{base}?page={p}"
            pager = "".join(
                f'<a class="page-link" href="{quote(base)}{"" if q == 1 else f"?page={q}"}">{q}</a>'
                for q in range(1, n + 1)
                if q != p
            )
            title = _t(v, "在线报导")
            site.route(
                key,
                lambda key=key, v=v, chunk=mine[(p - 1) * PER : p * PER], pager=pager, title=title: (
                    _list(site, v, key, title, chunk, f'<nav class="pagination">{pager}</nav>')
                ),
            )
        site.route(
            TOPIC[v],
            lambda v=v, mine=mine: _list(
                site,
                v,
                TOPIC[v],
                _t(v, "德国"),
                mine[::2],
                f'<div class="topic-intro"><p>{_t(v, "关于德国政治、经济与社会的最新报道、分析与评论。")}</p></div>',
            ),
        )
