"""香港01-style Next.js article pages: ``/社會新聞/1012345/標題-slug`` (Chinese in the path, sent
percent-encoded), ``<title>標題｜香港01｜社會新聞</title>``, ``h1#articleTitle``, 撰文 with the
author links, ``出版：2024-05-08 14:35 更新：…``, the body in ``div.article-grid__content-section``
with in-body 延伸閱讀 cards between paragraphs (tied to the story), picture captions with
``（X攝）``, 責任編輯 at the end, the whole article again in ``<script id="__NEXT_DATA__">``
(``publishTime`` as epoch seconds), 熱門 and 為你推介 of others. A zone listing ``/zone/1/港聞``
with ``?page=2``, a tag page and an author page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site11

CT = "text/html; charset=utf-8"
BUILD = "hk01-web-7f3a9c2"
NAV = [
    ("港聞", "/zone/1/" + quote("港聞")),
    ("娛樂", "/zone/2/" + quote("娛樂")),
    ("國際", "/zone/4/" + quote("國際")),
    ("中國", "/zone/5/" + quote("中國")),
    ("經濟", "/zone/3/" + quote("經濟")),
    ("體育", "/zone/9/" + quote("體育")),
    ("熱門", "/hot"),
]
TAG = "/tag/7812/" + quote("劏房")


def _frame(
    site: Site11, title: str, key: str, extra: str, inner: str, props: dict[str, Any], page: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(f'<a class="cmp-nav__item sc-1k4ymsa-0" href="{u}">{t}</a>' for t, u in NAV)
    blob = {
        "props": {"initialProps": {"pageProps": props}, "initialState": {"app": {"isApp": False}}},
        "page": page,
        "query": {},
        "buildId": BUILD,
        "assetPrefix": "https://cdn.hk01.example",
        "runtimeConfig": {"API_HOST": "https://web-data.api.hk01.example"},
        "isFallback": False,
        "customServer": True,
        "appGip": True,
        "scriptLoader": [],
    }
    doc = f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5"/><title>{esc(title)}</title>{extra}<meta property="og:site_name" content="香港01"/><meta property="fb:app_id" content="1651866545051541"/><meta name="next-head-count" content="24"/><link rel="preload" href="https://cdn.hk01.example/_next/static/css/a2c9f0b81e4d3c57.css" as="style"/><link rel="stylesheet" href="https://cdn.hk01.example/_next/static/css/a2c9f0b81e4d3c57.css"/><style data-styled="active" data-styled-version="5.3.5">{css(rng, "sc", 330)}</style><script src="https://cdn.hk01.example/_next/static/chunks/webpack-94c1b4e0d2f3a5b6.js" defer=""></script><script src="https://cdn.hk01.example/_next/static/chunks/framework-5f4595e5518b5600.js" defer=""></script><script src="https://cdn.hk01.example/_next/static/chunks/main-3b8e2c1a9d7f6e05.js" defer=""></script></head><body><div id="__next"><div class="sc-1x2y3z-0 layout"><header class="cmp-header"><a href="/" class="cmp-header__logo"><img alt="香港01" src="https://cdn.hk01.example/img/logo.svg"/></a><nav class="cmp-nav">{nav}</nav><a class="cmp-header__search" href="/search?q={quote("公屋")}">搜尋</a></header>{inner}<footer class="cmp-footer"><div class="cmp-footer__links"><a href="/about/contact.html">關於我們</a><a href="/about/contact.html">聯絡我們</a><a href="/about/contact.html">私隱政策</a><a href="/about/contact.html">使用條款</a><a href="/about/contact.html">廣告查詢</a></div><p>© 2024 香港01有限公司 版權所有</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(blob, ensure_ascii=False)}</script></body></html>"""
    return encode(doc, "utf-8"), CT


def _card(site: Site11, p: str) -> str:
    o = site.by_path[p]
    return f'<div class="sc-19o2b5s-0 article-related"><div class="article-related__label">延伸閱讀：</div><a class="article-related__link" href="{o.path}" title="{esc(o.title)}"><div class="article-related__img"><img src="https://cdn.hk01.example/di/media/images/{o.x["aid"]}/thumb.jpg" alt=""/></div><span class="article-related__title">{esc(o.title)}</span></a></div>'


def _json_blocks(site: Site11, a: Art, spots: dict[int, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for k, b in enumerate(a.blocks):
        if b.kind == "img":
            out.append(
                {
                    "blockType": "image",
                    "image": {
                        "caption": b.text + b.credit,
                        "cdnUrl": b.src,
                        "width": 1920,
                        "height": 1280,
                    },
                }
            )
        elif b.kind == "h":
            out.append(
                {"blockType": "summary", "htmlTokens": [[{"type": "boldText", "content": b.text}]]}
            )
        else:
            out.append({"blockType": "text", "htmlTokens": [[{"type": "text", "content": b.text}]]})
        if k in spots:
            o = site.by_path[spots[k]]
            out.append(
                {
                    "blockType": "related",
                    "articles": [{"articleId": o.x["aid"], "title": o.title, "publishUrl": o.path}],
                }
            )
    return out


def article(site: Site11, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    upd = w + timedelta(minutes=a.x["upd"])
    url = site.base + a.path
    paras = [k for k, b in enumerate(a.blocks) if b.kind == "p"]
    spots: dict[int, str] = {}
    free = paras[1::2] + paras[::-1]  # one card after every second paragraph from the second
    for p in a.related:
        at = next(k for k in free if k not in spots)
        spots[at] = p
    body = []
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            body.append(
                f'<div class="sc-2d8c2w-0 article-paragraph" data-testid="article-paragraph"><p class="sc-2d8c2w-1">{esc(b.text)}</p></div>'
            )
        elif b.kind == "h":
            body.append(f'<h3 class="sc-2d8c2w-2 article-subtitle">{esc(b.text)}</h3>')
        else:
            cap = esc(b.text) + esc(b.credit)
            body.append(
                f'<div class="sc-1a7d6x-0 article-image" data-testid="article-image"><figure><div class="img-wrapper"><img src="{b.src}" alt="{esc(b.text)}" loading="lazy"/></div><figcaption class="article-image__caption">{cap}</figcaption></figure></div>'
            )
        if k in spots:
            body.append(_card(site, spots[k]))
        if k == 2:
            body.append(
                '<div class="ad-slot ad-slot--inarticle" id="div-gpt-ad-inarticle-1"></div>'
            )
    who = "、".join(
        f'<a class="article-author__link" href="/author/{quote(n)}">{n}</a>' for n in a.authors
    )
    editor = (
        f'<div class="sc-3g8v1k-0 article-editor" data-testid="article-editor">責任編輯：{esc(a.editors[0])}</div>'
        if a.editors
        else ""
    )
    hot = "".join(
        f'<li class="hot-list__item"><span class="hot-list__rank">{k}</span><a href="{o.path}">{esc(o.title)}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 8), 1)
    )
    recs = others(rng, site.arts, a, 6)
    rec = "".join(
        f'<div class="card"><a href="{o.path}?itm_source=recommend&amp;itm_medium=web"><img src="/img/rec/{k}.jpg" alt=""/><h4>{esc(o.title)}</h4></a><span class="card__time">{o.when:%Y-%m-%d}</span></div>'
        for k, o in enumerate(recs)
    )
    zone = a.x["zone"]
    inner = f"""<main class="article-grid"><article class="article-grid__article"><div class="article-grid__top">
<div class="breadcrumb" data-testid="article-breadcrumb"><a href="/zone/1/{quote("港聞")}">港聞</a> &gt; <a href="/channel/{a.x["zid"]}/{quote(zone)}">{zone}</a></div>
<h1 id="articleTitle" class="sc-1k8v3sn-0 article-title">{esc(a.title)}</h1>
<div class="article-author" data-testid="article-author"><span class="article-author__label">撰文：</span>{who}</div>
<div class="article-publish-info" data-testid="article-publish-info"><span>出版：<time dateTime="{w.isoformat()}">{w:%Y-%m-%d %H:%M}</time></span><span class="article-publish-info__update">更新：<time dateTime="{upd.isoformat()}">{upd:%Y-%m-%d %H:%M}</time></span></div>
<div class="article-share"><button>分享</button><button>WhatsApp</button><button>複製連結</button></div>
</div>
<div class="article-grid__content-section">
{"".join(body)}
{editor}
</div>
<div class="article-tags"><a href="{TAG}">#劏房</a><a href="/tag/3321/{quote(a.x["zone"])}">#{zone}</a></div>
<div class="article-grid__bottom"><h3 class="section-title">為你推介</h3><div class="card-grid">{rec}</div></div>
</article>
<aside class="article-grid__side"><div class="hot-list"><h3 class="section-title">熱門</h3><ol>{hot}</ol></div><div class="ad-slot" id="div-gpt-ad-side-1"></div></aside></main>"""
    art_json = {
        "articleId": a.x["aid"],
        "title": a.title,
        "publishTime": int(w.timestamp()),
        "lastModifyTime": int(upd.timestamp()),
        "authors": [{"publishName": n, "url": f"/author/{n}"} for n in a.authors],
        "mainCategory": zone,
        "teaser": [a.x["teaser"]],
        "canonicalUrl": url,
        "blocks": _json_blocks(site, a, spots),
        "tags": [{"tagName": "劏房", "tagId": 7812}],
    }
    extra = "".join(
        [
            f'<meta name="description" content="{esc(a.x["teaser"])}"/>',
            f'<meta property="og:title" content="{esc(a.title)}"/>',
            f'<meta property="og:description" content="{esc(a.x["teaser"])}"/>',
            '<meta property="og:type" content="article"/>',
            f'<meta property="og:url" content="{url}"/>',
            f'<meta property="article:published_time" content="{w.isoformat()}"/>',
            f'<meta property="article:modified_time" content="{upd.isoformat()}"/>',
            f'<meta property="article:section" content="{zone}"/>',
            f'<link rel="canonical" href="{url}"/>',
        ]
    )
    return _frame(
        site,
        f"{a.title}｜香港01｜{zone}",
        a.path,
        extra,
        inner,
        {"article": art_json, "zone": zone},
        "/article",
    )


def listing(site: Site11, key: str, title: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    cards = "".join(
        f'<div class="card card--list"><a href="{a.path}"><img src="/img/list/{k}.jpg" alt=""/><h3>{esc(a.title)}</h3></a><p>{esc(trunc(a.x["teaser"], 40))}</p><span class="card__time">{a.when:%Y-%m-%d %H:%M}</span></div>'
        for k, a in enumerate(arts)
    )
    props = {
        "items": [
            {"title": a.title, "publishUrl": a.path, "publishTime": int(a.when.timestamp())}
            for a in arts
        ]
    }
    inner = f'<main class="zone-page"><h1 class="zone-title">{esc(title)}</h1><div class="card-list">{cards}</div>{pager}</main>'
    return _frame(site, f"{title}｜香港01", key, "", inner, props, "/zone")


def register(site: Site11) -> None:
    arts = sorted(site.of("hk01"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.x["raw"], lambda a=a: article(site, a))  # type: ignore[misc]
    zone = "/zone/1/" + quote("港聞")
    site.route(
        "/zone/1/港聞",
        lambda: listing(
            site,
            "hk01-z1",
            "港聞",
            arts[:6],
            f'<a class="load-more" href="{zone}?page=2">載入更多</a>',
        ),
    )
    site.route(
        "/zone/1/港聞?page=2",
        lambda: listing(
            site, "hk01-z2", "港聞", arts[6:], f'<a class="load-more" href="{zone}">返回</a>'
        ),
    )
    tagged = [a for a in site.arts if "劏房" in a.title or "劏房" in a.body][:12] or arts[:4]
    site.route("/tag/7812/劏房", lambda: listing(site, "hk01-tag", "#劏房", tagged, ""))
    au = arts[0].authors[0]
    mine = [a for a in arts if au in a.authors]
    site.route(f"/author/{au}", lambda: listing(site, "hk01-au", f"{au} 的文章", mine, ""))
