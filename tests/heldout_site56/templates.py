"""Site 56's article pages: Global Times (``div.article_title``, ``<br><br>`` paragraphs,
"Published: May 08, 2024 10:32 PM"), CGTN (Nuxt, the story again in ``window.__NUXT__``,
"Updated 22:32, 08-May-2024"), SHINE (author above "Source | Editor | 10:32 UTC+8, 2024-05-08"),
ecns.cn ("2024-05-08 10:32 ECNS", "Editor:" below the story) and People's Daily Online English
("By NAME (People's Daily Online) 10:32, May 08, 2024", "(Web editor: X, Y)")."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from datetime import datetime
from typing import TYPE_CHECKING

from heldout import Art

from .common import ampm, consent, css, encode, esc, gtm, ld, page_rng, script_json

if TYPE_CHECKING:
    from .generator import Site56

LABELS = {
    "gt": "Global Times",
    "cgtn": "CGTN",
    "shine": "SHINE",
    "ecns": "ECNS",
    "pd": "People's Daily Online",
}


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def others(site: Site56, a: Art, k: int, key: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(tpl or a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def lis(arts: list[Art], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="{b.path}">{esc(b.title)}</a></li>' for b in arts)


def rel_arts(site: Site56, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def hashnav(root: str, labels: list[str]) -> str:
    return "".join(
        f'<li><a href="{root}#{lab.lower().replace(" ", "-")}-{k}">{esc(lab)}</a></li>'
        for k, lab in enumerate(labels)
    )


def head(rng: random.Random, prefix: str, n: int = 240) -> str:
    return f"<style>{css(rng, prefix, n)}</style>\n<script>{gtm(prefix.upper() + 'CN56')}</script>\n<script>{consent(prefix)}</script>"


def jsonld(a: Art, who: list[str], org: str) -> str:
    return ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.when.isoformat(),
            "dateModified": a.x["updated"].isoformat(),
            "author": [{"@type": "Person", "name": n} for n in who]
            or {"@type": "Organization", "name": org},
            "publisher": {"@type": "Organization", "name": org},
        }
    )


def dmy(w: datetime) -> str:
    return f"{w:%H:%M}, {w:%d-%b-%Y}"


def and_names(names: list[str], link: str = "") -> str:
    parts = [
        f'<a href="{link}{n.lower().replace(" ", "-")}">{esc(n)}</a>' if link else esc(n)
        for n in names
    ]
    return " and ".join(parts)


# --- 1. Global Times ----------------------------------------------------------------------------
def gt_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"{esc(b.text)}<br><br>")
        elif b.kind == "h":
            out.append(f"<b>{esc(b.text)}</b><br><br>")
        else:
            credit = "Photo: VCG" if len(b.text) % 2 else "Photo: cnsphoto"
            out.append(
                f'<center><img src="{b.src}" alt="" width="650"></center><p class="picture" style="text-align:center">{esc(b.text)} {credit}</p><br>'
            )
    return "\n".join(out)


def gt_page(site: Site56, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st, old = a.x["style"], a.x["old"]
    column = {
        "china/politics": "CHINA / POLITICS",
        "china/society": "CHINA / SOCIETY",
        "source/economy": "SOURCE / ECONOMY",
        "opinion/editorial": "OPINION / EDITORIAL",
    }[a.x["section"]]
    if st in ("one", "two"):
        by = "By " + and_names(a.authors, "/author/")
    else:
        by = {"desk": "By Global Times", "staff": "By GT staff reporters", "xinhua": "By Xinhua"}[
            st
        ]
    source = "Xinhua" if st == "xinhua" else "Global Times"
    most = lis(others(site, a, 8, "most", "gt"))
    rel = ""
    if a.related:
        rel = f'<div class="related_articles"><div class="related_title">Related Stories</div><ul>{lis(rel_arts(site, a))}</ul></div>'
    picks = "".join(
        f'<div class="pic_item"><a href="{b.path}"><img src="/img/gt/thumb{k}.jpg" alt=""></a><a href="{b.path}" class="pic_title">{esc(b.title)}</a></div>'
        for k, b in enumerate(others(site, a, 4, "picks", "gt"))
    )
    nav = hashnav(
        "/",
        [
            "China",
            "Politics",
            "Society",
            "Diplomacy",
            "Military",
            "Science",
            "Source",
            "Economy",
            "Comments",
            "Opinion",
            "Editorial",
            "Viewpoint",
            "In-Depth",
            "World",
            "Asia-Pacific",
            "Americas",
            "Europe",
            "Life",
            "Culture",
            "Travel",
            "Sports",
            "Cartoon",
            "Photo",
            "Video",
        ],
    )
    if old:
        info = f'<div class="row-fluid text-info"><div class="span12 text-source">{by + " " if st in ("one", "two", "staff") else ""}Source:{source} Published: {a.when.year}/{a.when.month}/{a.when.day} {a.when:%H:%M:%S}</div></div>'
        main = f"""<div id="left" class="span8"><div class="row-fluid article-title"><h3>{esc(a.title)}</h3></div>
{info}
<div class="row-fluid"><div class="span12 row-content">
{gt_body(a)}
</div></div>
<div class="row-fluid"><div class="span12 share-bar">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Reddit</a></div></div>
{rel}
<div class="row-fluid comment-area"><h4>Comments</h4><div id="disqus_thread"></div><script>var disqus_shortname='globaltimes';</script></div>
</div>"""
    else:
        main = f"""<div class="article">
<div class="article_top"><div class="article_column"><a href="/{a.x["section"]}/">{column}</a></div>
<div class="article_title">{esc(a.title)}</div>
<div class="article_info"><div class="author_share"><div class="author_share_left"><span class="byline">{by}</span><span class="pub_time">Published: {a.when:%b %d, %Y} {ampm(a.when)}</span></div>
<div class="author_share_right"><a class="share_fb" href="#">Facebook</a><a class="share_tw" href="#">Twitter</a><a class="share_wx" href="#">WeChat</a><a class="font_size" href="#">A+</a></div></div></div></div>
<div class="article_content"><div class="article_left"><div class="tools"><a href="#">Print</a><a href="#">Mail</a></div></div>
<div class="article_right">
{gt_body(a)}
</div></div>
<div class="article_footer"><div class="share_bottom">Share this story on: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div></div>
{rel}
<div class="comment_area"><h4>Comments</h4><div id="comments" data-id="{a.x["num"]}">Loading comments…</div></div>
</div>"""
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} - Global Times</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(a.paras[0][:160])}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="Global Times">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a.when.isoformat()}">
{jsonld(a, a.authors, "Global Times")}
{head(rng, "gt")}
</head>
<body>
<div class="header"><div class="header_top"><a class="logo" href="/"><img src="/img/gt/logo.png" alt="Global Times"></a><span class="date_today">{a.when:%A, %b %d, %Y}</span><a href="/search?q=">Search</a> <a href="/about-us">About Us</a></div>
<div class="nav"><ul><li><a href="/">HOME</a></li><li><a href="/china/">CHINA</a></li><li><a href="/source/">SOURCE</a></li><li><a href="/opinion/">OPINION</a></li><li><a href="/world/">WORLD</a></li><li><a href="/life/">LIFE</a></li><li><a href="/photos">PHOTO</a></li><li><a href="/videos">VIDEO</a></li></ul><ul class="sub_nav">{nav}</ul></div></div>
<div class="container">
{main}
<div class="right_side">
<div class="most_popular"><div class="side_title">Most Popular</div><ol>{most}</ol></div>
<div class="in_pictures"><div class="side_title">In-Depth</div>{picks}</div>
<div class="ad_box">Advertisement</div>
</div>
</div>
<div class="footer"><ul><li><a href="/about-us">About Us</a></li><li><a href="/contact-us">Contact Us</a></li><li><a href="/sitemap">Site Map</a></li></ul><p>Copyright &copy; {a.when.year} Global Times All Rights Reserved. 京ICP备09011245号-3</p></div>
</body>
</html>
"""
    return encode(page)


# --- 2. CGTN --------------------------------------------------------------------------------------
def cgtn_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            credit = "/CFP" if len(b.text) % 2 else "/Xinhua"
            out.append(
                f'<div class="cmsImage"><img data-src="{b.src}" src="{b.src}" alt=""><div class="cmsImageCaption"><span>{esc(b.text)}. {credit}</span></div></div>'
            )
    return "\n".join(out)


def cgtn_page(site: Site56, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st, old = a.x["style"], a.x["old"]
    if st in ("one", "two"):
        author = f'<div class="news-author">By <span class="author-name">{esc(" and ".join(a.authors))}</span></div>'
        source = "CGTN"
    else:
        source = "Xinhua" if st == "xinhua" else "CGTN"
        author = f'<div class="news-author">{source}</div>'
    closing = '<p class="cover-note">(Cover image via CFP)</p>' if st == "cgtn" else ""
    if st in ("one", "two") and a.i % 3 == 0:
        closing = "<p>(With input from Xinhua)</p>"
    body = cgtn_body(a)
    rel = ""
    if a.related:
        rel = f'<div class="related-news"><div class="related-title">Read more</div><ul>{lis(rel_arts(site, a), "related-item")}</ul></div>'
    trend = lis(others(site, a, 6, "trend"), "trending-item")
    search = "".join(
        f'<li><a href="/search?keyword={t}">{t}</a></li>'
        for t in ("Taiwan", "Xizang", "economy", "panda", "Belt and Road")
    )
    nav = hashnav(
        "/",
        [
            "China",
            "World",
            "Politics",
            "Business",
            "Tech & Sci",
            "Culture",
            "Travel",
            "Sports",
            "Opinions",
            "Video",
            "Live",
            "Radio",
            "Photo",
            "Documentary",
            "Podcast",
            "Specials",
            "Transcript",
        ],
    )
    date = (
        f'<div class="news-date"><span class="date">Updated {dmy(a.when)}</span></div>'
        if old
        else f'<div class="news-date"><span class="updated">Updated</span> <span class="date">{dmy(a.when)}</span></div>'
    )
    main = f"""<div class="news-title"><h1 class="news-title">{esc(a.title)}</h1></div>
<div class="news-author-date-share">{author}{date}
<div class="news-share"><span class="share-label">Share</span><a href="#" class="fb">Facebook</a><a href="#" class="tw">X</a><a href="#" class="wa">WhatsApp</a><a href="#" class="copy">Copy link</a></div></div>
<div class="news-content" id="cmsMainContent">
<div class="text en" data-json-content="">
{body}
{closing}
</div>
<div class="newsletter-box"><p><strong>Subscribe to Storyboard:</strong> A newsletter from CGTN Digital.</p><a href="/newsletter">Subscribe</a></div>
<div class="app-download"><p>Download the CGTN app for the latest news.</p></div>
</div>
{rel}"""
    nuxt = {
        "layout": "default",
        "data": [
            {
                "newsDetail": {
                    "id": a.path.split("/")[-2],
                    "headline": a.title,
                    "author": ", ".join(a.authors) if st in ("one", "two") else source,
                    "publishTime": int(a.when.timestamp() * 1000),
                    "updateTime": int(a.when.timestamp() * 1000),
                    "content": body,
                    "coverImg": f"/img/cgtn/{a.x['num']}.jpg",
                    "relatedNews": [{"title": b.title, "url": b.path} for b in rel_arts(site, a)],
                    "category": a.x["section"],
                }
            }
        ],
        "fetch": {},
        "error": None,
        "state": {"lang": "en", "trending": [b.title for b in others(site, a, 6, "trend")]},
        "serverRendered": True,
        "routePath": a.path,
    }
    scripts = f'<script>window.__NUXT__=(function(a,b,c){{return {script_json(nuxt)}}}(false,null,"default"));</script>'
    page = f"""<!DOCTYPE html>
<html lang="en" data-n-head-ssr>
<head>
<meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - CGTN</title>
<meta data-n-head="ssr" property="og:title" content="{esc(a.title)}">
<meta data-n-head="ssr" property="og:site_name" content="CGTN">
<meta data-n-head="ssr" name="description" content="{esc(a.paras[0][:160])}">
<link rel="preload" href="/_nuxt/app.{rng.getrandbits(32):08x}.js" as="script">
{head(rng, "cg")}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="cg-app">
<header class="cg-header"><a href="/" class="cg-logo">CGTN</a><nav class="cg-nav"><ul><li><a href="/">Home</a></li><li><a href="/china">China</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/video">Video</a></li><li><a href="/search?keyword=">Search</a></li></ul><ul class="cg-mega">{nav}</ul></nav><div class="cg-lang"><a href="#">Español</a><a href="#">Français</a><a href="#">العربية</a><a href="#">Русский</a></div></header>
<div class="cg-main"><div class="cg-content">
{main}
</div>
<aside class="cg-side"><div class="trending"><h3>Trending</h3><ol>{trend}</ol></div><div class="search-trends"><h3>Search Trends</h3><ul>{search}</ul></div></aside></div>
<footer class="cg-footer"><a href="/about-us">About Us</a> | <a href="/contact-us">Contact Us</a><p>Copyright &copy; {a.when.year} CGTN. 京ICP备16065310号</p></footer>
</div></div></div>
{scripts}
<script src="/_nuxt/runtime.{rng.getrandbits(32):08x}.js" defer></script>
</body>
</html>
"""
    return encode(page)


# --- 3. SHINE / Shanghai Daily -----------------------------------------------------------------------
def shine_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        else:
            credit = "Ti Gong" if len(b.text) % 2 else "Imaginechina"
            out.append(
                f'<div class="image-container"><img src="{b.src}" alt=""><div class="image-caption"><p class="credit">{credit}</p><p class="caption">{esc(b.text)}.</p></div></div>'
            )
    return "\n".join(out)


def shine_page(site: Site56, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st, old = a.x["style"], a.x["old"]
    source = "Xinhua" if st == "xinhua" else "Shanghai Daily"
    authors = "".join(
        f'<a class="author-name" href="/reporter/{n.lower().replace(" ", "")}/">{esc(n)}</a>'
        for n in a.authors
    )
    info = f'<div class="source-info"><span>Source: {source}</span> | <span>Editor: {esc(a.editors[0])}</span> | <span class="time">{a.when:%H:%M} UTC+8, {a.when:%Y-%m-%d}</span></div>'
    summary = f"{a.x['ctx']['topic'][:1].upper()}{a.x['ctx']['topic'][1:]} draws attention in {a.x['ctx']['place']}."
    rel = ""
    if a.related:
        rel = f'<div class="related-stories"><h3 class="block-title">Related Stories</h3><ul>{lis(rel_arts(site, a))}</ul></div>'
    picks = lis(others(site, a, 5, "picks"), "pick")
    trend = lis(others(site, a, 6, "trend"), "trend")
    tags = "".join(
        f'<a href="/tag/{t.lower()}/">{t}</a>' for t in ("Shanghai", "Pudong", "Economy")
    )
    nav = hashnav(
        "/",
        [
            "News",
            "Metro",
            "Nation",
            "World",
            "Opinion",
            "Biz",
            "Economy",
            "Finance",
            "Auto",
            "Tech",
            "Feature",
            "Art & Culture",
            "Food",
            "Travel",
            "Sport",
            "Video",
            "Photo",
            "Live",
            "Shanghai Daily ePaper",
        ],
    )
    if old:
        main = f"""<div class="news-detail"><div class="news-cate"><a href="/news/{a.x["section"]}/">{a.x["section"].split("/")[-1].title()}</a></div>
<h1 class="news-title">{esc(a.title)}</h1>
<p class="news-summary">{esc(summary)}</p>
<div class="news-author">{authors}</div>
{info}
<div class="news-content">
{shine_body(a)}
</div>
<div class="news-tags">{tags}</div>
{rel}
</div>"""
    else:
        main = f"""<article class="article-container"><div class="cate"><a href="/news/{a.x["section"]}/">{a.x["section"].split("/")[-1].title()}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-summary"><p>{esc(summary)}</p></div>
<div class="article-info"><div class="author">{authors}</div>
{info}
<div class="share-bar"><a href="#" class="wechat">WeChat</a><a href="#" class="weibo">Weibo</a><a href="#" class="facebook">Facebook</a><a href="#" class="x">X</a></div></div>
<div class="article-content">
{shine_body(a)}
</div>
<div class="download-app"><p>Download the SHINE app to get the latest Shanghai news.</p></div>
<div class="article-tags">{tags}</div>
{rel}
<div class="comments"><h3>Comments</h3><p>Please log in to comment.</p></div>
</article>"""
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | SHINE News</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="SHINE">
<meta property="og:description" content="{esc(summary)}">
{jsonld(a, a.authors, "Shanghai Daily")}
{head(rng, "sh")}
</head>
<body>
<header class="shine-header"><a href="/" class="logo">SHINE</a><span class="slogan">Shanghai Daily</span><nav><ul><li><a href="/">Home</a></li><li><a href="/news/metro/">Metro</a></li><li><a href="/news/nation/">Nation</a></li><li><a href="/biz/">Biz</a></li><li><a href="/photos">Photo</a></li><li><a href="/videos">Video</a></li><li><a href="/search?q=">Search</a></li></ul><ul class="mega">{nav}</ul></nav></header>
<main class="shine-main">
{main}
<aside class="shine-side"><div class="editors-picks"><h3>Editor's picks</h3><ul>{picks}</ul></div><div class="trending"><h3>Trending</h3><ol>{trend}</ol></div></aside>
</main>
<footer class="shine-footer"><a href="/about-us">About Us</a> | <a href="/contact-us">Contact Us</a><p>Copyright &copy; 1999-{a.when.year} Shanghai Daily. All rights reserved. 沪ICP证:沪B2-20170116</p></footer>
</body>
</html>
"""
    return encode(page)


# --- 4. ecns.cn --------------------------------------------------------------------------------------
def ecns_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" border="0" alt=""></p><p style="text-align: center;">{esc(b.text)}. (Photo: China News Service/{esc(a.x["photog"])})</p>'
            )
    return "\n".join(out)


def ecns_page(site: Site56, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    stamp = f"{a.when:%Y-%m-%d %H:%M:%S}" if old else f"{a.when:%Y-%m-%d %H:%M}"
    rel = ""
    if a.related:
        rel = f'<div class="relate"><h3>Related News</h3><ul>{lis(rel_arts(site, a))}</ul></div>'
    photos = "".join(
        f'<li><a href="{b.path}"><img src="/img/ecns/p{k}.jpg" alt=""><span>{esc(b.title)}</span></a></li>'
        for k, b in enumerate(others(site, a, 4, "photos"))
    )
    most = lis(others(site, a, 8, "most"))
    nav = hashnav(
        "/",
        [
            "Politics",
            "Economy",
            "Society",
            "Military",
            "Sci-tech",
            "Culture",
            "Travel",
            "Video",
            "Photo",
            "Features",
            "Voices",
            "Cross-Strait",
            "Business",
            "Lifestyle",
        ],
    )
    if old:
        main = f"""<div class="content"><h1>{esc(a.title)}</h1>
<p class="info">{stamp} ECNS</p>
<div class="content_desc" id="yanse">
{ecns_body(a)}
</div>
<p class="editor">Editor:{esc(a.editors[0])}</p>
{rel}
</div>"""
    else:
        main = f"""<div class="content_left_top"><div class="crumb"><a href="/">Home</a> &gt; <a href="/{a.x["section"]}/">{a.x["section"].title()}</a></div>
<h1>{esc(a.title)}</h1>
<div class="from">{stamp} ECNS <span class="share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Print</a></span></div>
</div>
<div class="content" id="yanse">
{ecns_body(a)}
</div>
<div class="editor">Editor: {esc(a.editors[0])}</div>
{rel}
<div class="copyright_note"><p>ECNS wire: Copyright &copy; ECNS. All rights reserved. Reproduction is prohibited without written permission.</p></div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(a.paras[0][:160])}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
{head(rng, "ecns")}
</head>
<body>
<div class="top"><a href="/" class="logo">ECNS.cn</a><div class="topnav"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/business/">Business</a> | <a href="/travel/">Travel</a> | <a href="/photos">Photo</a> | <a href="/videos">Video</a> | <a href="/search?q=">Search</a></div><ul class="nav">{nav}</ul></div>
<div class="main"><div class="left">
{main}
</div>
<div class="right"><div class="rbox"><h3>Photos</h3><ul class="pics">{photos}</ul></div><div class="rbox"><h3>Most Popular</h3><ol>{most}</ol></div><div class="rbox ad">Advertisement</div></div></div>
<div class="bottom"><a href="/about-us">About Us</a> | <a href="/contact-us">Contact Us</a><p>Copyright &copy;1999-{a.when.year} Chinanews.com. All rights reserved.</p></div>
</body>
</html>
"""
    return encode(page)


# --- 5. People's Daily Online (English) ---------------------------------------------------------------
def pd_body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><b>{esc(b.text)}</b></p>")
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" alt=""></p><p class="pictext" style="text-align: center;">{esc(b.text)}. (Photo/{esc(a.x["photog"])})</p>'
            )
    return "\n".join(out)


def pd_page(site: Site56, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st, old = a.x["style"], a.x["old"]
    paper = {"pd": "(People's Daily)", "xinhua": "(Xinhua)"}.get(st, "(People's Daily Online)")
    if st in ("one", "two"):
        by = f"By {esc(' and '.join(a.authors))} {esc(paper)}"
    elif st == "pd":
        by = f"By {esc(', '.join(a.authors))} {esc(paper)}"
    else:
        by = esc(paper)
    stamp = f"{a.when:%H:%M}, {a.when:%B %d, %Y}"
    web = f"(Web editor: {', '.join(a.editors)})"
    rel = ""
    if a.related:
        rel = f'<div class="relevant"><h3>Related News</h3><ul>{lis(rel_arts(site, a))}</ul></div>'
    photos = "".join(
        f'<li><a href="{b.path}"><img src="/img/pd/ph{k}.jpg" alt=""></a><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 4, "photos"))
    )
    most = lis(others(site, a, 8, "most"))
    picks = lis(others(site, a, 4, "picks", "gt"))
    nav = hashnav(
        "/",
        [
            "China",
            "Politics",
            "Business",
            "Military",
            "World",
            "Society",
            "Culture",
            "Travel",
            "Science",
            "Sports",
            "Photo",
            "Video",
            "Features",
            "Opinion",
            "In Depth",
            "Xi's Moments",
        ],
    )
    if old:
        main = f"""<div class="wrap w1000 clear"><div class="fl wb_10">
<h1>{esc(a.title)}</h1>
<div class="wb_1 clear"><span class="wb_1_l">{by}</span>&nbsp;&nbsp;<span class="wb_1_r">{stamp}</span></div>
<div class="wb_12 clear">
{pd_body(a)}
</div>
<div class="wb_5 clear">{esc(web)}</div>
<div class="wb_6 clear share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
{rel}
</div></div>"""
    else:
        main = f"""<div class="main"><div class="w860 d2txt clearfix">
<div class="d2crumb"><a href="/">Home</a>&gt;&gt;</div>
<h1>{esc(a.title)}</h1>
<div class="origin cf"><span>{by}</span> <span>{stamp}</span><div class="fr share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a></div></div>
<div class="d2txtCon cf">
{pd_body(a)}
</div>
<div class="editor">{esc(web)}</div>
{rel}
</div></div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>{esc(a.title)} - People's Daily Online</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(a.paras[0][:160])}">
<meta name="publishdate" content="{a.when:%Y-%m-%d}">
<meta name="source" content="{esc(paper.strip("()"))}">
{head(rng, "pd")}
</head>
<body>
<div class="header"><a href="/" class="logo">People's Daily Online</a><div class="nav"><a href="/">Home</a><a href="/china/">China</a><a href="/business/">Business</a><a href="/world/">World</a><a href="/photos">Photos</a><a href="/videos">Video</a><a href="/search?q=">Search</a></div><ul class="subnav">{nav}</ul></div>
{main}
<div class="d2right"><div class="box"><h3>Photos</h3><ul class="pics">{photos}</ul></div><div class="box"><h3>Most Popular</h3><ol>{most}</ol></div><div class="box"><h3>Editor's picks</h3><ul>{picks}</ul></div></div>
<div class="footer"><a href="/about-us">About People's Daily Online</a> | <a href="/contact-us">Contact Us</a><p>Copyright by People's Daily Online. All Rights Reserved.</p></div>
</body>
</html>
"""
    return encode(page)


PAGES = {"gt": gt_page, "cgtn": cgtn_page, "shine": shine_page, "ecns": ecns_page, "pd": pd_page}


def register(site: Site56) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))


__all__ = ["LABELS", "PAGES", "latest", "lis", "register"]
