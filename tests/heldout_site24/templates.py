"""Site 24's article pages: 星洲日报, 東方日報, 8视界, 欧洲时报 and 世界日報 templates."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from functools import partial
from typing import TYPE_CHECKING, Any

from heldout import Art, Block
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site24

LISTS = {
    "sinchew": ["/category/nation", "/category/nation/page/2"],
    "oriental": ["/news/nation", "/news/nation?page=2"],
    "8world": ["/singapore", "/singapore?page=1"],
    "oushi": ["/static/column/europe/index.html", "/static/column/europe/index_2.html"],
    "wj": ["/wj/cate/wj/121469", "/wj/cate/wj/121469?page=2"],
}
LABELS = {
    "sinchew": "星洲日报",
    "oriental": "東方日報",
    "8world": "8视界",
    "oushi": "欧洲时报",
    "wj": "世界日報",
}


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def related(site: Site24, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site24, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and (not same or b.tpl == a.tpl)
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(a: Art, para: Any, head: Any, img: Any) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def menu(items: list[str], root: str, cls: str) -> str:
    return "".join(
        f'<li class="{cls}"><a href="{root}{crc(n) % 9000 + 1000}">{n}</a></li>' for n in items
    )


def desc(a: Art, n: int = 90) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


# --- 1. 星洲日报 (WordPress) ---------------------------------------------------------------

SC_MENU = [
    "全国",
    "大都会",
    "国际",
    "财经",
    "言路",
    "娱乐",
    "体育",
    "副刊",
    "优活",
    "百格",
    "教育",
    "地方",
    "视频",
    "专题",
    "Podcast",
    "星云",
    "电子报",
]
SC_LOCAL = ["大柔佛", "大霹雳", "北马", "东海岸", "砂拉越", "沙巴", "中马", "南马"]


def sinchew(site: Site24, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pub = f"{a.when.year}年{a.when.month}月{a.when.day}日 {a.when:%H:%M}"

    def img(b: Block) -> str:
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="{b.src}" alt="" class="wp-image-{crc(b.src) % 999999}" />'
            f'<figcaption class="wp-element-caption">{esc(b.text)}{esc(b.credit)}</figcaption></figure>'
        )

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h3><strong>{esc(t)}</strong></h3>", img
    )
    byl = "".join(f"<p>{esc(x)}</p>" for x in a.x["byline"].split("　") if x)
    src = f'<p class="article-source">文章来源：{a.x["source"]}‧{a.when:%Y.%m.%d}</p>'
    ed = f'<p class="article-editor">编辑：{esc(a.editors[0])}</p>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<div class="related-posts"><div class="block-title"><h3>相关新闻</h3></div><ul class="related-list">'
        + "".join(
            f'<li class="related-item"><a href="{b.path}"><div class="thumb"><img src="/wp-content/uploads/thumb/{crc(b.path) % 99999}.jpg" alt=""></div><div class="related-title">{esc(b.title)}</div></a></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><span class="rank">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a><span class="views">{rng.randint(2, 90)}K</span></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    latest = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><time>{b.when:%H:%M}</time></li>'
        for b in others(site, a, 8, "latest")
    )
    sec = a.x["sec"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{site.base}{a.path}#article",
                "headline": a.title,
                "datePublished": a.when.isoformat(),
                "articleSection": sec[1],
                "inLanguage": "zh-CN",
                "publisher": {"@id": "https://www.sinchew.com.my/#organization"},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "首页", "item": site.base + "/"},
                    {"@type": "ListItem", "position": 2, "name": sec[1]},
                ],
            },
            {
                "@type": "Organization",
                "@id": "https://www.sinchew.com.my/#organization",
                "name": "星洲网 Sin Chew Daily",
            },
        ],
    }
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN" prefix="og: https://ogp.me/ns#">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(a.title)} | 星洲网 Sin Chew Daily Malaysia Latest News and Headlines</title>\n"
        f'<meta name="description" content="{desc(a)}" />\n<link rel="canonical" href="{site.base}{a.path}" />\n'
        f'<meta property="og:locale" content="zh_CN" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)}" />\n'
        f'<meta property="og:site_name" content="星洲网 Sin Chew Daily" />\n<meta property="article:section" content="{sec[1]}" />\n'
        f'<meta property="article:published_time" content="{a.when.isoformat()}" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />\n"
        "<link rel='stylesheet' id='sinchew-style-css' href='/wp-content/themes/sinchew/style.css?ver=3.2.1' media='all' />\n"
        f"<style id='global-styles-inline-css'>{css(rng, 'sc', 430)}</style>\n"
        f"<script>{stats_js('sinchew')}</script>\n"
        "<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/21622890900/sinchew_article_top',[728,90],'div-gpt-ad-top').addService(googletag.pubads());googletag.enableServices();});</script>\n"
        f'</head>\n<body class="post-template-default single single-post postid-{a.x["id"]} single-format-standard wp-embed-responsive">\n'
        '<div id="page" class="site"><header id="masthead" class="site-header"><div class="top-bar"><a href="/">星洲网</a><a href="/epaper">电子报</a><a href="/login">登入</a><a href="/register">注册</a>'
        '<span class="today">今日星洲</span></div><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/themes/sinchew/images/logo.png" alt="星洲网 Sin Chew Daily"></a></div>'
        '<div id="div-gpt-ad-top" class="ad-top"></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">首页</a></li>'
        f'<li class="menu-item"><a href="{LISTS["sinchew"][0]}">全国</a></li>{menu(SC_MENU, "/category/c", "menu-item menu-item-type-taxonomy")}'
        f'<li class="menu-item menu-item-has-children"><a href="/category/local">地方</a><ul class="sub-menu">{menu(SC_LOCAL, "/category/local/", "menu-item")}</ul></li></ul></nav></header>\n'
        f'<div id="content" class="site-content"><div class="breadcrumbs"><span><a href="/">首页</a></span> » <span><a href="{LISTS["sinchew"][0]}">{sec[1]}</a></span> » <span class="breadcrumb_last">正文</span></div>'
        f'<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{a.x["id"]}" class="post-{a.x["id"]} post type-post status-publish">'
        f'<header class="entry-header"><div class="article-category"><a href="{LISTS["sinchew"][0]}">{sec[1]}</a></div><h1 class="entry-title">{esc(a.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on"><i class="fa fa-clock-o"></i> <time class="entry-date published" datetime="{a.when.isoformat()}">{pub}</time></span>'
        f'<span class="font-size">字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div></header>'
        '<div class="share-top"><a class="fb" href="javascript:;">Facebook</a><a class="wa" href="javascript:;">WhatsApp</a><a class="tg" href="javascript:;">Telegram</a><a class="copy" href="javascript:;">复制链接</a></div>'
        f'<div class="entry-content article-page-post-content" id="dirnum">\n{body}\n{byl}{src}{ed}\n</div>'
        '<div class="post-tags">标签：'
        + f'<a href="/tag/{crc(a.x["ctx"]["topic"]) % 99999}" rel="tag">{esc(a.x["ctx"]["topic"])}</a></div>'
        '<div class="share-bottom"><span>分享：</span><a href="javascript:;">Facebook</a><a href="javascript:;">Twitter</a><a href="javascript:;">WhatsApp</a></div>'
        '<div class="app-promo">下载星洲网App，随时掌握最新资讯！<a href="/app">App Store</a> <a href="/app">Google Play</a></div>'
        f"{rel_html}"
        f'<div class="fb-comments" data-href="https://www.sinchew.com.my{a.path}" data-width="100%" data-numposts="5"></div>'
        f'</article></main></div><aside id="secondary" class="widget-area"><section class="widget widget-hot"><h2 class="widget-title">热门新闻</h2><ol>{hot}</ol></section>'
        f'<section class="widget widget-latest"><h2 class="widget-title">最新新闻</h2><ul>{latest}</ul></section><div class="ad-sidebar" id="div-gpt-ad-side"></div></aside></div>\n'
        '<footer id="colophon" class="site-footer"><div class="footer-menu"><a href="/about">关于我们</a> | <a href="/contact">联络我们</a> | <a href="/privacy">隐私政策</a> | <a href="/terms">使用条款</a> | <a href="/ads">广告刊登</a></div>'
        '<div class="site-info">© 2024 Sin Chew Media Corporation Berhad 197601001155 (28083-D). All Rights Reserved. 星洲媒体集团有限公司 版权所有</div></footer></div>\n'
        "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=UTF-8"


# --- 2. 東方日報 ---------------------------------------------------------------------------

OD_MENU = [
    "國內",
    "地方",
    "國際",
    "財經",
    "娛樂",
    "體育",
    "評論",
    "副刊",
    "視頻",
    "生活",
    "教育",
    "科技",
    "東方人",
    "專題",
]


def oriental(site: Site24, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    simp, old = a.x["simp"], a.x["old"]
    byline = a.x["byline"]
    head_by = a.x["style"] == "jz"

    def img(b: Block) -> str:
        cred = f'<span class="credit">{esc(b.credit)}</span>' if b.credit else ""
        return f'<div class="news-img"><img src="{b.src}" alt="{esc(a.title)}"><div class="img-caption">{esc(b.text)}{cred}</div></div>'

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    tail = "" if head_by or not byline else f"<p>{esc(byline)}</p>"
    ed_label = "责任编辑" if simp else "責任編輯"
    ed = f'<div class="editor">{ed_label}：{esc(a.editors[0])}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<div class="related-news"><div class="section-title">相關新聞</div><ul>'
        + "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a><span class="date">{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><span class="no">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    like = "".join(
        f'<div class="card"><a href="{b.path}"><img src="/uploads/thumb/{crc(b.path) % 99999}.jpg"><h4>{esc(b.title)}</h4></a><span>{b.when:%Y年%m月%d日}</span></div>'
        for b in others(site, a, 6, "like")
    )
    nav = f'<ul class="main-nav"><li><a href="/">首頁</a></li><li><a href="{LISTS["oriental"][0]}">國內</a></li>{menu(OD_MENU, "/news/c", "nav-item")}</ul>'
    if old:
        pub = f"{a.when:%Y年%m月%d日 %H時%M分}"
        main = (
            f'<div class="container old-article"><div class="crumb"><a href="/">東方網</a> &gt; <a href="{LISTS["oriental"][0]}">{a.x["sec"][1]}</a></div>'
            f'<div class="col-md-8"><h2 class="title">{esc(a.title)}</h2><div class="meta">發佈於 {pub}</div>'
            f"{'<div class=meta-author>' + esc(byline) + '</div>' if head_by and byline else ''}"
            f'<div class="content" id="news-content">\n{body}\n{tail}</div>{ed}{rel_html}</div>'
            f'<div class="col-md-4"><div class="box"><h3>熱門</h3><ol>{hot}</ol></div></div></div>'
        )
    else:
        pub = f"{a.when:%Y年%m月%d日 %H:%M}"
        main = (
            f'<div class="container news-detail"><nav class="breadcrumb"><a href="/">首頁</a> / <a href="{LISTS["oriental"][0]}">{a.x["sec"][1]}</a></nav>'
            f'<div class="row"><div class="col-lg-8"><div class="page-title"><h1>{esc(a.title)}</h1></div>'
            f'<div class="info"><span class="date">{pub}</span>'
            f'{"<span class=author>" + esc(byline) + "</span>" if head_by and byline else ""}<span class="views">瀏覽次數：{rng.randint(1000, 90000)}</span></div>'
            '<div class="share-bar"><a href="javascript:;" class="fb">分享</a><a href="javascript:;" class="wa">WhatsApp</a><a href="javascript:;" class="line">LINE</a></div>'
            f'<div class="article-content" id="article-content">\n{body}\n{tail}</div>{ed}'
            '<div class="follow">追蹤東方網 Facebook、Instagram，下載東方日報App，掌握最新資訊。</div>'
            f'{rel_html}<div class="you-may-like"><div class="section-title">你可能也喜歡</div>{like}</div>'
            '<div class="comments"><h3>網友留言</h3><div class="fb-comments" data-numposts="5"></div></div></div>'
            f'<div class="col-lg-4 sidebar"><div class="box hot"><h3>熱門</h3><ol>{hot}</ol></div><div class="ads" id="ad-side"></div></div></div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "datePublished": a.when.isoformat(),
        "author": [{"@type": "Person", "name": n} for n in a.authors]
        or {"@type": "Organization", "name": "東方日報"},
        "publisher": {"@type": "Organization", "name": "東方日報 Oriental Daily News Malaysia"},
    }
    page = (
        '<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(a.title)} | 東方網 馬來西亞東方日報</title>\n"
        f'<meta name="description" content="{desc(a)}">\n<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">\n'
        f'<link rel="canonical" href="{site.base}{a.path}">\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f"<style>{css(rng, 'od', 430)}</style>\n<script>{stats_js('orientaldaily')}</script>\n</head>\n<body>\n"
        '<header class="header"><div class="top"><a href="/">東方網</a> <span class="date-today">今日東方</span> <a href="/epaper">電子報</a> <a href="/login">登入</a></div>'
        f'<a class="logo" href="/"><img src="/images/logo.png" alt="東方日報"></a>{nav}</header>\n{main}\n'
        '<footer class="footer"><div class="links"><a href="/about">關於我們</a> | <a href="/contact">聯絡我們</a> | <a href="/privacy">隱私政策</a> | <a href="/ads">廣告</a></div>'
        "<p>Copyright © 2024 Oriental Daily News Malaysia Sdn Bhd (東方日報). All Rights Reserved. 版權所有 不得轉載</p></footer>\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 3. 8视界 (Next.js on a Drupal backend) -------------------------------------------------

EW_MENU = [
    "新加坡",
    "东南亚",
    "中港台",
    "国际",
    "财经",
    "娱乐",
    "体育",
    "生活",
    "科技",
    "视频",
    "节目",
    "电台",
    "8视界直播",
]


def _ampm(w: Any) -> str:
    h = w.hour % 12 or 12
    return f"{w.year}年{w.month}月{w.day}日 {h}:{w:%M}{'PM' if w.hour >= 12 else 'AM'}"


def eightworld(site: Site24, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        return (
            f'<figure class="figure"><div class="image"><img src="{b.src}" alt="" loading="lazy"></div>'
            f'<figcaption class="figure-caption"><span class="caption-text">{esc(b.text)}</span><span class="caption-credit">{esc(b.credit)}</span></figcaption></figure>'
        )

    body = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h2>{esc(t)}</h2>", img)
    byl = "".join(f'<div class="byline">{esc(x)}</div>' for x in a.x["byline"].split("　") if x)
    ed = f'<p class="editor">编辑 / {esc(a.editors[0])}</p>' if a.editors else ""
    upd = a.x["updated"]
    dates = f'<div class="article-date">发布 / {_ampm(a.when)}</div>' + (
        f'<div class="article-date updated">更新 / {_ampm(upd)}</div>' if upd else ""
    )
    rel = related(site, a)
    rel_html = (
        '<section class="related-articles"><h2 class="section-heading">相关新闻</h2><div class="cards">'
        + "".join(
            f'<div class="card"><a href="{b.path}"><img src="/sites/default/files/styles/thumb/{crc(b.path) % 99999}.jpg" alt=""><h3 class="card-title">{esc(b.title)}</h3></a></div>'
            for b in rel
        )
        + "</div></section>"
        if rel
        else ""
    )
    rec = others(site, a, 8, "rec")
    rec_html = "".join(
        f'<div class="card"><a href="{b.path}"><h3 class="card-title">{esc(b.title)}</h3></a><span class="card-time">{b.when.day}日前</span></div>'
        for b in rec
    )
    pop = others(site, a, 6, "pop", False)
    pop_html = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in pop)
    body_json = "".join(
        f"<p>{esc(b.text)}</p>"
        if b.kind == "p"
        else f"<h2>{esc(b.text)}</h2>"
        if b.kind == "h"
        else f'<img src="{b.src}">'
        for b in a.blocks
    )
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "nid": a.x["id"],
                    "title": a.title,
                    "summary": trunc(a.paras[0], 60),
                    "body": body_json,
                    "authors": [{"name": n} for n in a.authors],
                    "publishDate": a.when.isoformat(),
                    "updatedDate": upd.isoformat() if upd else None,
                    "category": {"name": a.x["sec"][1], "path": "/" + a.x["sec"][0]},
                    "relatedArticles": [{"title": b.title, "url": b.path} for b in rel],
                },
                "recommended": [{"title": b.title, "url": b.path, "type": "article"} for b in rec],
                "mostPopular": [{"title": b.title, "url": b.path} for b in pop],
            },
            "__N_SSP": True,
        },
        "page": "/[category]/[slug]",
        "query": {"category": a.x["sec"][0], "slug": a.path.rsplit("/", 1)[-1]},
        "buildId": f"8w-{crc('build') % 10**8}",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/{"singapore" if n == "新加坡" else "c" + str(crc(n) % 999)}">{n}</a></li>'
        for n in EW_MENU
    )
    page = (
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
        f"<title>{esc(a.title)} | 8视界新闻网</title>"
        f'<meta name="description" content="{desc(a)}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:site_name" content="8world"/>'
        f'<link rel="canonical" href="{site.base}{a.path}"/>'
        f'<link rel="preload" href="/_next/static/css/{crc(a.path) % 10**8:x}.css" as="style"/><style data-emotion="css">{css(rng, "ew", 400)}</style>'
        '<script src="/_next/static/chunks/webpack-8f2a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79.js" defer=""></script>'
        f"<script>{stats_js('8world')}</script></head>"
        '<body><div id="__next"><div class="layout">'
        '<div class="app-banner">在8视界App阅读，体验更佳 <a href="/app">打开App</a></div>'
        f'<header class="header"><a class="logo" href="/"><img src="/images/8world-logo.svg" alt="8world"/></a><nav><ul class="nav">{nav}</ul></nav><a class="search" href="/search?keyword=">搜索</a></header>'
        f'<main class="main"><div class="breadcrumb"><a href="/">首页</a><span>›</span><a href="/{a.x["sec"][0]}">{a.x["sec"][1]}</a></div>'
        f'<article class="article"><div class="article-header"><div class="article-category"><a href="/{a.x["sec"][0]}">{a.x["sec"][1]}</a></div><h1 class="h1 article-title">{esc(a.title)}</h1>'
        f'<div class="article-meta">{byl}{dates}</div>'
        '<div class="social-share"><button aria-label="Facebook">Facebook</button><button aria-label="WhatsApp">WhatsApp</button><button aria-label="Telegram">Telegram</button><button aria-label="复制链接">复制链接</button></div></div>'
        f'<div class="article-body text-long">{body}\n{ed}</div>'
        '<div class="telegram-cta">订阅8视界新闻Telegram，随时掌握新闻动态 <a href="/telegram">立即订阅</a></div>'
        f"{rel_html}</article>"
        f'<aside class="sidebar"><div class="most-popular"><h2>热门</h2><ol>{pop_html}</ol></div><div class="ad" id="ad-mrec"></div></aside>'
        f'<section class="recommended"><h2 class="section-heading">推荐</h2><div class="cards">{rec_html}</div></section></main>'
        '<footer class="footer"><div class="footer-links"><a href="/about">关于我们</a><a href="/contact">联络我们</a><a href="/privacy">隐私政策</a><a href="/terms">使用条款</a></div>'
        "<p>Mediacorp Pte Ltd. All rights reserved. 新传媒私人有限公司 版权所有</p></footer></div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>'
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 4. 欧洲时报 ---------------------------------------------------------------------------

OS_MENU = [
    "法国",
    "欧洲",
    "中国",
    "国际",
    "华人",
    "财经",
    "文化",
    "旅游",
    "留学",
    "体育",
    "生活",
    "图片",
    "视频",
    "专题",
    "时评",
]


def oushi(site: Site24, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    pub = f"{a.when:%Y-%m-%d %H:%M}"

    def img(b: Block) -> str:
        cap = (
            f'<p style="text-align:center;color:#666">{esc(b.text)}{esc(b.credit)}</p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center"><img src="{b.src}" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    zz = (
        f'<span class="author">作者：{"、".join(a.authors)}</span>'
        if a.x["style"] in ("jz", "two", "intern")
        else ""
    )
    ed = f'<div class="editor">责编：{esc(a.editors[0])}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        '<div class="xgwz"><div class="hd"><h3>相关文章</h3></div><ul>'
        + "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><em class="n{k + 1}">{k + 1}</em><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    week = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(site, a, 8, "week", False)
    )
    navs = f'<a href="/">首页</a><a href="{LISTS["oushi"][0]}">欧洲</a>' + "".join(
        f'<a href="/static/column/c{crc(n) % 999}/index.html">{n}</a>' for n in OS_MENU
    )
    col = a.x["sec"][1]
    if old:
        main = (
            '<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="680" valign="top">'
            f'<div class="weizhi">当前位置：<a href="/">欧洲时报网</a> &gt; <a href="{LISTS["oushi"][0]}">{col}</a> &gt; 正文</div>'
            f'<div class="biaoti"><h1>{esc(a.title)}</h1></div>'
            f'<div class="shijian">发布时间：{pub}　来源：{a.x["source"]}网</div>'
            f'<div id="zoom" class="zhengwen">\n{body}\n</div>{ed}{rel_html}'
            f'</td><td width="20"></td><td width="300" valign="top"><div class="paihang"><h3>热门排行</h3><ul>{hot}</ul></div></td></tr></table>'
        )
    else:
        main = (
            f'<div class="w1200 main"><div class="crumbs"><a href="/">首页</a> &gt; <a href="{LISTS["oushi"][0]}">{col}</a> &gt; 正文</div>'
            f'<div class="left"><div class="article-title"><h1>{esc(a.title)}</h1></div>'
            f'<div class="article-info"><span class="time">发布时间：{pub}</span><span class="source">来源：{a.x["source"]}</span>{zz}'
            '<span class="font">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>'
            f'<div class="article-content" id="articleContent">\n{body}\n</div>{ed}'
            '<div class="share"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">Facebook</a><a href="javascript:;">Twitter</a></div>'
            '<div class="copyright-tip">【版权声明】凡注明“来源：欧洲时报”或“欧洲时报网”的文章，版权均属欧洲时报所有，未经授权不得转载。</div>'
            '<div class="app-qr"><img src="/static/images/app_qr.png" alt=""><p>扫码下载欧洲时报App，获取更多欧洲资讯</p></div>'
            f"{rel_html}</div>"
            f'<div class="right"><div class="phb"><div class="tabs"><span class="on">热门排行</span></div><ul>{hot}</ul></div>'
            f'<div class="phb"><div class="tabs"><span>一周热点</span></div><ul>{week}</ul></div></div></div>'
        )
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={"gbk" if old else "utf-8"}" />\n'
        f"<title>{esc(a.title)}-欧洲时报网</title>\n"
        f'<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},欧洲时报,欧洲华人" />\n<meta name="description" content="{desc(a)}" />\n'
        f"<style>{css(rng, 'os', 430)}</style>\n<script>{stats_js('oushinet')}</script>\n</head>\n<body>\n"
        '<div class="topbar"><span>欧洲时报 Nouvelles d\'Europe</span> <a href="/">首页</a> <a href="/epaper">数字报</a> <a href="/login">登录</a></div>'
        f'<div class="header"><a href="/" class="logo"><img src="/static/images/logo.png" alt="欧洲时报"></a></div><div class="nav">{navs}</div>\n{main}\n'
        '<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ads">广告服务</a> | <a href="/join">诚聘英才</a></p>'
        "<p>Copyright © 1983-2024 Nouvelles d'Europe 欧洲时报 版权所有</p><p>地址：Paris, France</p></div>\n</body>\n</html>\n"
    )
    if old:
        return encode(page, "gbk"), "text/html"
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 5. 世界日報 (udn) ---------------------------------------------------------------------

WJ_MENU = [
    "紐約",
    "紐澤西",
    "美國",
    "國際",
    "中國",
    "台灣",
    "港澳",
    "娛樂",
    "體育",
    "財經",
    "移民",
    "房地產",
    "醫療",
    "教育",
    "論壇",
    "分類廣告",
]


def author_path(name: str) -> str:
    return f"/wj/author/{crc(name) % 90000 + 10000}"


def wj(site: Site24, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        return (
            f'<figure class="photo_center photo-story"><a href="{b.src}"><img src="{b.src}" alt="{esc(b.text)}" title="{esc(b.text)}" width="640" height="427"></a>'
            f"<figcaption>{esc(b.text)}（{esc(b.credit)}）</figcaption></figure>"
        )

    body = body_html(a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h2>{esc(t)}</h2>", img)
    byline = a.x["byline"]
    parts = byline.split("／")
    who = parts[0]
    for n in a.authors:
        who = who.replace(n, f'<a href="{author_path(n)}">{esc(n)}</a>')
    by_html = f'<span class="article-content__author">{who}／{parts[1]}</span>'
    ed = (
        f'<div class="article-content__editor-name">責任編輯：{esc(a.editors[0])}</div>'
        if a.editors
        else ""
    )
    rel = related(site, a)
    rel_html = (
        '<section class="story-list__holder story-list__holder--extend"><div class="context-box__header"><h2 class="context-box__title">延伸閱讀</h2></div><div class="story-list__news">'
        + "".join(
            f'<div class="story-list__text"><h3><a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a></h3><time class="story-list__time">{b.when:%Y-%m-%d %H:%M}</time></div>'
            for b in rel
        )
        + "</div></section>"
        if rel
        else ""
    )
    hot = "".join(
        f'<div class="story-list__news"><span class="rank">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></div>'
        for k, b in enumerate(others(site, a, 10, "hot", False))
    )
    rec = "".join(
        f'<div class="story-list__news"><a href="{b.path}"><img src="https://pgw.worldjournal.com/gw/photo.php?u=rec{crc(b.path) % 99999}"><h3>{esc(b.title)}</h3></a></div>'
        for b in others(site, a, 6, "rec")
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "url": site.base + a.path,
        "datePublished": a.when.isoformat(),
        "author": {"@type": "Person", "name": "、".join(a.authors) or "世界日報"},
        "publisher": {"@type": "Organization", "name": "世界新聞網"},
        "articleSection": a.x["cat"][1],
    }
    nav = "".join(
        f'<a class="navigation__item" href="/wj/cate/wj/{crc(n) % 9000 + 120000}">{n}</a>'
        for n in WJ_MENU
    )
    page = (
        '<!DOCTYPE html>\n<html lang="zh-Hant-TW">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(a.title)} | {a.x['cat'][1]} | 世界新聞網</title>\n"
        f'<meta name="description" content="{desc(a)}">\n<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:site_name" content="世界新聞網">\n'
        f'<meta name="date" content="{a.when:%Y/%m/%d %H:%M:%S}">\n<link rel="canonical" href="{site.base}{a.path}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f"<style>{css(rng, 'wj', 440)}</style>\n<script>{stats_js('worldjournal')}</script>\n"
        f"<script>var _udn_cate = '{a.x['cat'][1]}'; var _udn_story_id = {a.x['id']}; window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n"
        '<div class="wrapper"><header class="header"><div class="header__top"><a href="/">世界新聞網</a> <a href="/wj/page/epaper">電子報</a> <a href="/wj/member">會員登入</a> <a href="/wj/subscribe">訂閱</a></div>'
        f'<a class="header__logo" href="/"><img src="/images/wj-logo.svg" alt="世界日報"></a><nav class="navigation"><a class="navigation__item" href="/">首頁</a><a class="navigation__item" href="{LISTS["wj"][0]}">紐約</a>{nav}</nav></header>\n'
        f'<main class="main"><div class="breadcrumb"><a class="breadcrumb-items" href="/">首頁</a> / <a class="breadcrumb-items" href="{LISTS["wj"][0]}">{a.x["cat"][1]}</a></div>'
        '<div class="article"><section class="article-content__wrapper">'
        f'<h1 class="article-content__title">{esc(a.title)}</h1>'
        f'<div class="article-content__info"><time class="article-content__time">{a.when:%Y-%m-%d %H:%M}</time>{by_html}</div>'
        '<div class="article-content__font-size">字級 <a href="javascript:;">小</a><a href="javascript:;">中</a><a href="javascript:;">大</a></div>'
        '<div class="article-content__share"><a href="javascript:;" class="share-fb">分享</a><a href="javascript:;" class="share-line">LINE</a><a href="javascript:;" class="share-copy">複製連結</a></div>'
        f'<section class="article-content__editor">\n{body}\n</section>{ed}'
        '<div class="article-content__app">下載世界新聞網App 隨時掌握最新新聞 <a href="/wj/app">立即下載</a></div>'
        f"{rel_html}"
        '<div class="article-comment"><h2>留言</h2><div class="fb-comments" data-numposts="5"></div></div></section></div>'
        f'<aside class="sidebar"><section class="story-list__holder"><div class="context-box__header"><h2>熱門新聞</h2></div>{hot}</section>'
        f'<section class="story-list__holder"><div class="context-box__header"><h2>推薦</h2></div>{rec}</section></aside></main>\n'
        '<footer class="footer"><a href="/wj/page/about">關於我們</a> | <a href="/wj/page/contact">聯絡我們</a> | <a href="/wj/page/privacy">隱私權政策</a> | <a href="/wj/page/ad">廣告刊登</a>'
        "<p>World Journal 世界新聞網 © 2024 World Journal LLC. All Rights Reserved.</p></footer></div>\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


RENDER = {"sinchew": sinchew, "oriental": oriental, "8world": eightworld, "oushi": oushi, "wj": wj}


def register(site: Site24) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
