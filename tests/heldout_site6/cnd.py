"""China Daily's English article page: ``<span class="info_l">By ZHANG WEI in Beijing | China
Daily | Updated: 2024-03-15 08:23</span>`` (names in capitals), Xinhua copy with no author,
"Related Stories", a title ending in `` - Chinadaily.com.cn`` and ``page_2.html`` listings."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Art, css, esc, feed, filler_links, others, page_rng

if TYPE_CHECKING:
    from .generator import Site6

CT = "text/html; charset=utf-8"
PER_PAGE = 5


def _info(a: Art) -> str:
    s, p, when = a.x["style"], a.x["printed"], f"{a.when:%Y-%m-%d %H:%M}"
    if s == "xinhua":
        who = "Xinhua"
    elif s == "in":
        who = f"By {p[0]} in {a.x['city']} | China Daily"
    elif s == "plain":
        who = f"By {p[0]} | chinadaily.com.cn"
    elif s == "two":
        who = f"By {' and '.join(p)} | China Daily"
    else:
        who = f"By {p[0]} in {a.x['city']} and {p[1]} in {a.x['city2']} | China Daily"
    return f'<span class="info_l">{who} | Updated: {when}</span>'


def _shell(site: Site6, title: str, key: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="China, news, economy" />
{head}
<style type="text/css">{css(rng, "cd", 250)}</style>
</head>
<body>
<div class="topNav"><a href="/">Global Edition</a> | <a href="/china/">China</a> | <a href="/world/">World</a> | <a href="/business/">Business</a> | <a href="/lifestyle/">Lifestyle</a> | <a href="/culture/">Culture</a> | <a href="/sports/">Sports</a> | <a href="/opinion/">Opinion</a></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="chinadaily.com.cn" /></a></div><div class="search"><form action="/search/" method="get"><input type="text" name="query" /><input type="submit" value="Search" /></form></div></div>
<div class="nav"><ul>{filler_links(rng, 12)}</ul></div>
{main}
<div class="footer"><div class="fl"><a href="/about/">About China Daily</a> | <a href="/newsletters/">Newsletter</a> | <a href="/corrections/">Contact Us</a></div>
<p>Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form.</p></div>
<script type="text/javascript">var _cdStat = {{"id":"cd-6e1"}}; document.write(unescape("%3Cscript src='//stat.example/cd.js'%3E%3C/script%3E"));</script>
</body></html>"""
    return page.encode("utf-8"), CT


def article(site: Site6, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pool = site.of("cnd")
    paras = "".join(
        f"<p><strong>{esc(p)}</strong></p>" if len(p) < 40 else f"<p>{esc(p)}</p>" for p in a.paras
    )
    img = (
        f'<figure class="image"><img src="/img/{a.when:%Y%m}/{a.when:%d}/{rng.getrandbits(48):x}.jpeg" /><figcaption>[Photo/{"Xinhua" if a.x["style"] == "xinhua" else "China Daily"}]</figcaption></figure>'
        if a.i % 2 == 0
        else ""
    )
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{r}" target="_blank">{esc(site.by_path[r].title)}</a><span>{site.by_path[r].when:%Y-%m-%d %H:%M}</span></li>'
            for r in a.related
        )
        related = f'<div class="mb10 tw3_01_2"><div class="tt3"><span>Related Stories</span></div><ul class="tw3_01_2_t">{items}</ul></div>'
    nxt = others(rng, pool, a, 1)[0]
    top = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(rng, pool, a, 6)
    )
    main = f"""<div class="container-left2"><div class="breadcrumb"><a href="/">Home</a> / <a href="/china/">China</a> / <a href="/china/society/">Society</a></div>
<div class="lft_art" id="lft-art">
<h1>{esc(a.title)}</h1>
<div class="info">{_info(a)}<span class="info_r"><a class="share-weibo" href="#">Weibo</a><a class="share-fb" href="#">Facebook</a><a class="share-tw" href="#">Twitter</a></span></div>
<div id="Content">{img}{paras}</div>
<div class="selectpage"></div>
{related}
<div class="next-story">Next: <a href="{nxt.path}">{esc(nxt.title)}</a> <span>{nxt.when:%Y-%m-%d}</span></div>
</div></div>
<div class="container-right2"><div class="mb10"><div class="tt3"><span>Top News</span></div><ul>{top}</ul></div>
<div class="mb10"><div class="tt3"><span>Editor's picks</span></div><a href="/special/twosessions2024/"><img src="/images/twosessions.jpg" alt="Two Sessions 2024" /></a></div></div>"""
    head = (
        f'<meta name="description" content="{esc(a.paras[0][:160])}" />'
        f'<meta property="og:title" content="{esc(a.title)}" />'
        f'<meta name="publishdate" content="{a.when:%Y-%m-%d}" />'
        f"<script>{feed('cdRecommend', others(rng, pool, a, 6), rng)}</script>"
    )
    return _shell(site, f"{a.title} - Chinadaily.com.cn", a.path, head, main)


def listing(site: Site6, page: int) -> tuple[bytes, str]:
    arts = site.of("cnd")
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<div class="mb10 tw3_01_2"><span class="tw3_01_2_t"><h4><a href="{a.path}">{esc(a.title)}</a></h4><b>{a.when:%Y-%m-%d %H:%M}</b></span><p>{esc(a.paras[0][:130])}</p></div>'
        for a in chunk
    )
    pages = (len(arts) + PER_PAGE - 1) // PER_PAGE
    nav = "".join(
        f'<a href="/china/society/{"" if n == 1 else f"page_{n}.html"}">{n}</a>'
        for n in range(1, pages + 1)
    )
    main = f'<div class="container-left2"><h2 class="tt3"><span>Society</span></h2>{items}<div id="div_currpage">{nav}</div></div>'
    return _shell(site, "Society - Chinadaily.com.cn", f"list{page}", "", main)


def register(site: Site6) -> None:
    arts = site.of("cnd")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/china/society/", lambda: listing(site, 1))
    for n in range(2, (len(arts) + PER_PAGE - 1) // PER_PAGE + 1):
        site.route(f"/china/society/page_{n}.html", lambda n=n: listing(site, n))  # type: ignore[misc]
