"""A Chinese WordPress news blog (UTF-8, a Twenty-Sixteen-like theme, Yoast on some posts): the
``<time datetime>`` and metadata are UTC while the printed day is the site's (+08:00) day;
``作者：`` byline, 相关文章 (3 links), 热门文章 widget, comments, tag/category/author archives and
``/blog/page/2/``."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from heldout import Art, Block

from .common import css, esc
from .pools import COMMENTS

if TYPE_CHECKING:
    from .generator import Site4

SITE = "南山观察"
PER_PAGE = 5
COMMENTERS = ["路人甲", "阿Ken", "小城故事", "老周", "momo", "江南烟雨", "不吃香菜"]


def _cn_day(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _cn_time(d: datetime) -> str:
    h = d.hour
    ampm = "上午" if h < 12 else "下午"
    return f"{_cn_day(d)} {ampm}{h % 12 or 12}:{d:%M}"


def _utc(d: datetime) -> str:
    return d.astimezone(UTC).isoformat()


def tag_path(t: str) -> str:
    return f"/blog/tag/{t}/"


def _href(path: str) -> str:
    return quote(path).lower() if "%" in quote(path) else path


def _head(site: Site4, title: str, rng: random.Random, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{esc(title)}</title>
{extra}
<link rel='dns-prefetch' href='//fonts.googleapis.example' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{site.base}/blog/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"\\/blog\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}}}};
</script>
<style id='wp-emoji-styles-inline-css'>
img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; }}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='/blog/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;--wp--preset--font-size--large: 36px;}}
{css(rng, "wp-block", 140)}
</style>
<link rel='stylesheet' id='twentysixteen-style-css' href='/blog/wp-content/themes/twentysixteen/style.css?ver=20231107' media='all' />
<script src="/blog/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{site.base}/blog/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="post-template-default single single-post single-format-standard wp-embed-responsive">
<div id="page" class="site">
<div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header">
<div class="site-header-main">
<div class="site-branding">
<p class="site-title"><a href="/blog/" rel="home">{SITE}</a></p>
<p class="site-description">记录一座小城的日常与变化</p>
</div>
<button id="menu-toggle" class="menu-toggle">菜单</button>
<div id="site-header-menu" class="site-header-menu">
<nav id="site-navigation" class="main-navigation" aria-label="主菜单">
<div class="menu-main-container"><ul id="menu-main" class="primary-menu">
<li class="menu-item"><a href="/blog/">首页</a></li>
<li class="menu-item"><a href="/blog/category/guancha/">观察</a></li>
<li class="menu-item"><a href="/blog/category/suibi/">随笔</a></li>
<li class="menu-item"><a href="/blog/about/">关于本站</a></li>
</ul></div>
</nav>
</div>
</div>
</header>
<div id="content" class="site-content">
"""


def _sidebar(site: Site4, a: Art | None) -> str:
    arts = [b for b in site.of("wpzh") if b is not a]
    rng = random.Random(f"wps{a.i if a else 'x'}")
    hot = rng.sample(arts, 5)
    recent = sorted(arts, key=lambda b: b.when, reverse=True)[:5]
    tags = sorted({t for b in site.of("wpzh") for t in b.x["tags"]})
    return f"""<aside id="secondary" class="sidebar widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/blog/">
<label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label>
<button type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button></form></section>
<section id="wpp-2" class="widget popular-posts"><h2 class="widget-title">热门文章</h2>
<ul class="wpp-list">{"".join(f'<li><a href="{b.path}" class="wpp-post-title" target="_self">{esc(b.title)}</a> <span class="wpp-meta post-stats"><span class="wpp-views">{rng.randint(300, 9000)} 次阅读</span></span></li>' for b in hot)}</ul>
</section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2>
<nav aria-label="近期文章"><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in recent)}</ul></nav></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2><div class="tagcloud">
{"".join(f'<a href="{_href(tag_path(t))}" class="tag-cloud-link" style="font-size: 12pt;">{t}</a>' for t in tags)}</div></section>
</aside>"""


def _foot() -> str:
    return f"""</div><!-- .site-content -->
<footer id="colophon" class="site-footer">
<nav class="main-navigation" aria-label="页脚主菜单"><div class="menu-main-container"><ul id="menu-main-1" class="primary-menu"><li class="menu-item"><a href="/blog/">首页</a></li><li class="menu-item"><a href="/blog/about/">关于本站</a></li></ul></div></nav>
<div class="site-info">
<span class="site-title"><a href="/blog/" rel="home">{SITE}</a></span>
<span>版权所有 © 2017-2024 {SITE}</span>
<a href="https://beian.miit.example/" target="_blank">苏ICP备17045678号-1</a>
<a href="https://cn.wordpress.example/" class="imprint">自豪地采用WordPress</a>
</div>
</footer>
</div>
</div>
<script src="/blog/wp-content/themes/twentysixteen/js/functions.js?ver=20230629" id="twentysixteen-script-js"></script>
<script src="/blog/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def _block_html(b: Block) -> str:
    if b.kind == "h":
        return f'<h2 class="wp-block-heading">{esc(b.text)}</h2>'
    if b.kind == "img":
        cap = f'<figcaption class="wp-element-caption">{esc(b.text)}</figcaption>' if b.text else ""
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="/blog/wp-content{b.src}" alt="" class="wp-image-{b.src[-9:-4]}" />{cap}</figure>'
        )
    return f"<p>{esc(b.text)}</p>"


def article(site: Site4, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"wz{a.i}")
    x = a.x
    url = f"{site.base}{a.path}"
    extra = f'<link rel="canonical" href="{url}" />\n'
    mod: datetime = x["modified"]
    if x["yoast"]:
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "headline": a.title,
                    "datePublished": _utc(a.when),
                    "dateModified": _utc(mod),
                    "author": [{"name": n} for n in a.authors],
                    "publisher": {"@id": f"{site.base}/blog/#organization"},
                    "inLanguage": "zh-Hans",
                },
                {"@type": "WebSite", "@id": f"{site.base}/blog/#website", "name": SITE},
            ],
        }
        extra += (
            "<!-- This site is optimized with the Yoast SEO plugin v21.9 -->\n"
            f'<meta property="og:locale" content="zh_CN" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(a.title)} - {SITE}" />\n'
            f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{SITE}" />\n'
            f'<meta property="article:published_time" content="{_utc(a.when)}" />\n'
            f'<meta property="article:modified_time" content="{_utc(mod)}" />\n'
            f'<meta name="author" content="{esc("、".join(a.authors))}" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            "<!-- / Yoast SEO plugin. -->"
        )
    who = x["who"]
    byline = "、".join(
        f'<span class="author vcard"><a class="url fn n" href="/blog/author/{s}/">{n}</a></span>'
        for s, n in who
    )
    cat_slug, cat_name = x["cat"]
    body = "\n".join(_block_html(b) for b in a.blocks)
    arts = site.of("wpzh")
    k = arts.index(a)
    nav = ""
    if k > 0:
        p = arts[k - 1]
        nav += (
            f'<div class="nav-previous"><a href="{p.path}" rel="prev"><span class="meta-nav" aria-hidden="true">上一篇</span> '
            f'<span class="screen-reader-text">上一篇文章：</span> <span class="post-title">{esc(p.title)}</span></a></div>'
        )
    if k + 1 < len(arts):
        n = arts[k + 1]
        nav += (
            f'<div class="nav-next"><a href="{n.path}" rel="next"><span class="meta-nav" aria-hidden="true">下一篇</span> '
            f'<span class="screen-reader-text">下一篇文章：</span> <span class="post-title">{esc(n.title)}</span></a></div>'
        )
    rel = "".join(
        f'<li><a href="{r}" rel="bookmark">{esc(site.by_path[r].title)}</a>'
        f'<time class="entry-date" datetime="{_utc(site.by_path[r].when)}">{_cn_day(site.by_path[r].when)}</time></li>'
        for r in a.related
    )
    comments = ""
    if x["comments"]:
        lis = []
        for c in range(x["comments"]):
            t = a.when + timedelta(hours=rng.randint(1, 50), minutes=rng.randint(0, 59))
            cid = 200 + a.i * 10 + c
            lis.append(
                f'<li id="comment-{cid}" class="comment even thread-even depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><img alt="" src="/blog/avatar/{cid}.png" class="avatar avatar-42 photo" height="42" width="42" />'
                f'<b class="fn">{rng.choice(COMMENTERS)}</b><span class="says">说道：</span></div>'
                f'<div class="comment-metadata"><a href="{a.path}#comment-{cid}"><time datetime="{_utc(t)}">{_cn_time(t)}</time></a></div>'
                f'</footer><div class="comment-content"><p>{esc(rng.choice(COMMENTS))}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">回复</a></div></article></li>'
            )
        comments = (
            f'<h2 class="comments-title">《{esc(a.title)}》有{x["comments"]}条评论</h2>'
            f'<ol class="comment-list">{"".join(lis)}</ol>'
        )
    tags = "、".join(f'<a href="{_href(tag_path(t))}" rel="tag">{t}</a>' for t in x["tags"])
    page = (
        _head(site, f"{a.title} – {SITE}", rng, extra)
        + f"""<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{a.path.rsplit("/", 1)[1]}" class="post-{a.path.rsplit("/", 1)[1]} post type-post status-publish format-standard hentry category-{cat_slug}">
<header class="entry-header">
<h1 class="entry-title">{esc(a.title)}</h1>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享到：</h3><div class="sd-content"><ul>
<li class="share-wechat"><a rel="nofollow noopener noreferrer" class="share-wechat sd-button share-icon" href="{a.path}?share=wechat" target="_blank" title="分享到微信"><span>微信</span></a></li>
<li class="share-weibo"><a rel="nofollow noopener noreferrer" class="share-weibo sd-button share-icon" href="{a.path}?share=weibo" target="_blank" title="分享到微博"><span>微博</span></a></li>
<li class="share-end"></li></ul></div></div></div>
</div>
<footer class="entry-footer">
<span class="posted-on"><span class="screen-reader-text">发布于 </span><a href="{a.path}" rel="bookmark"><time class="entry-date published" datetime="{_utc(a.when)}">{_cn_day(a.when)}</time><time class="updated" datetime="{_utc(mod)}">{_cn_day(mod)}</time></a></span>
<span class="byline">作者：{byline}</span>
<span class="cat-links"><span class="screen-reader-text">分类 </span><a href="/blog/category/{cat_slug}/" rel="category tag">{cat_name}</a></span>
<span class="tags-links"><span class="screen-reader-text">标签 </span>{tags}</span>
</footer>
</article>
<div class="related-posts"><h3 class="related-title">相关文章</h3><ul>{rel}</ul></div>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area">
{comments}
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复</h2>
<form action="/blog/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">您的电子邮箱地址不会被公开。</span> 必填项已用 <span class="required">*</span> 标注</p>
<p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form></div>
</div>
</main>
</div>
{_sidebar(site, a)}
"""
        + _foot()
    )
    return page.encode("utf-8"), "text/html; charset=UTF-8"


def _authors(a: Art) -> str:
    return "、".join(f'<a href="/blog/author/{s}/">{n}</a>' for s, n in a.x["who"])


def archive(
    site: Site4, title: str, heading: str, arts: list[Art], page: int, n_pages: int, base: str
) -> tuple[bytes, str]:
    rng = random.Random(f"wza{base}{page}")
    posts = []
    for a in arts:
        excerpt = a.paras[0][:90]
        posts.append(
            f'<article class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2></header>'
            f'<div class="entry-summary"><p>{esc(excerpt)}&hellip;</p></div>'
            f'<footer class="entry-footer"><span class="posted-on"><a href="{a.path}" rel="bookmark">'
            f'<time class="entry-date published" datetime="{_utc(a.when)}">{_cn_day(a.when)}</time></a></span>'
            f'<span class="byline">作者：{_authors(a)}</span></footer></article>'
        )
    nav = ""
    if page + 1 < n_pages:
        nav += f'<a class="next page-numbers" href="{_href(base)}page/{page + 2}/">下一页</a>'
    if page > 0:
        prev = base if page == 1 else f"{base}page/{page}/"
        nav += f'<a class="prev page-numbers" href="{_href(prev)}">上一页</a>'
    head = (
        f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1></header>'
        if heading
        else ""
    )
    body = (
        _head(site, title, rng)
        + f"""<div id="primary" class="content-area"><main id="main" class="site-main">{head}
{"".join(posts)}
<nav class="navigation pagination" aria-label="文章分页"><h2 class="screen-reader-text">文章分页</h2><div class="nav-links">{nav}</div></nav>
</main></div>
{_sidebar(site, None)}
"""
        + _foot()
    )
    return body.encode("utf-8"), "text/html; charset=UTF-8"


def about(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("wzabout")
    body = (
        _head(site, f"关于本站 – {SITE}", rng)
        + f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">关于本站</h1></header>
<div class="entry-content"><p>{SITE}是几个在小城长大的年轻人一起维护的博客，写这座城市的街巷、店铺和普通人的生活。</p>
<p>我们不追热点，只记录自己看到和想到的东西。投稿和合作请发邮件至 hi@nanshan.example。</p></div></article>
</main></div>{_sidebar(site, None)}"""
        + _foot()
    )
    return body.encode("utf-8"), "text/html; charset=UTF-8"


def _paged(site: Site4, base: str, title: str, heading: str, arts: list[Art]) -> None:
    arts = sorted(arts, key=lambda a: a.when, reverse=True)
    pages = [arts[k : k + PER_PAGE] for k in range(0, len(arts), PER_PAGE)]
    n_pages = len(pages)
    for p, chunk in enumerate(pages):
        path = base if p == 0 else f"{base}page/{p + 1}/"
        t = title if p == 0 else f"{title} – 第{p + 1}页"
        site.route(
            path,
            lambda t=t, chunk=chunk, p=p, n=n_pages: archive(site, t, heading, chunk, p, n, base),  # type: ignore[misc]
        )


def register(site: Site4) -> None:
    arts = site.of("wpzh")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    _paged(site, "/blog/", f"{SITE} – 记录一座小城的日常与变化", "", arts)
    for slug, name in (("guancha", "观察"), ("suibi", "随笔")):
        _paged(
            site,
            f"/blog/category/{slug}/",
            f"{name} – {SITE}",
            f"分类：{name}",
            [a for a in arts if a.x["cat"][0] == slug],
        )
    for t in sorted({t for a in arts for t in a.x["tags"]}):
        _paged(
            site, tag_path(t), f"{t} – {SITE}", f"标签：{t}", [a for a in arts if t in a.x["tags"]]
        )
    for slug, name in site.wp_writers:
        _paged(
            site,
            f"/blog/author/{slug}/",
            f"{name} – {SITE}",
            f"作者：{name}",
            [a for a in arts if slug in [s for s, _ in a.x["who"]]],
        )
    site.route("/blog/about/", lambda: about(site))
