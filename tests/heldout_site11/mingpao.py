"""明報-style article pages: ``/pns/港聞/article/20240508/s00002/1715106543210/標題-slug`` (the
day's paper: the date only, ``2024年5月8日星期三``) and ``/ins/港聞/article/…`` (即時新聞:
``2024年5月8日星期三 下午3:42``, a 12-hour clock); three archive pages served in Big5. ``<title>標題 -
20240508 - 港聞 - 每日明報 - 明報新聞網</title>``, ``hgroup h1``, the pictures in a ``div.album_big``
above the text, the body in ``article.txt4`` (``#upper`` / ``#lower``), 【明報專訊】 opening the
paper's news, 觀點 pieces with ``文︰X`` and ``（作者是…）``, 副刊 pieces with ``文︰X 攝︰Y 編輯︰Z``
at the end; 相關新聞 tied to the story; 上一篇／下一篇, 今日明報, 熱門 and 即時新聞 of others.
Section lists ``/pns/港聞/section/…`` and the 即時 list with ``?page=2``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art

from .common import ampm, css, encode, esc, others, page_rng, stats_js, trunc, week

if TYPE_CHECKING:
    from .generator import Site11

SECTIONS = ["要聞", "港聞", "經濟", "社評", "觀點", "中國", "國際", "教育", "體育", "副刊"]
INS_LIST = "/ins/港聞/section/latest/s00001"
PNS_LIST = "/pns/港聞/section/latest/s00002"


def _shown(a: Art) -> str:
    w = a.when
    d = f"{w.year}年{w.month}月{w.day}日{week(w)}"
    return d if a.precision == "day" else f"{d} {ampm(w)}"


def _head(title: str, extra: str, charset: str, rng: Any) -> str:
    nav = "".join(
        f'<li><a href="/pns/{quote(s)}/section/latest/s000{k:02d}">{s}</a></li>'
        for k, s in enumerate(SECTIONS, 1)
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(title)}</title>
{extra}
<meta property="og:site_name" content="明報新聞網" />
<link rel="stylesheet" type="text/css" href="/css/pns_article.css?v=20240415" />
<style type="text/css">
{css(rng, "mp", 300)}
</style>
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">var isLogin = false; var sectionid = "s00002"; var adunit = "/6007/mingpao/pns/news";</script>
</head>
<body>
<div id="topbar"><div class="wrapper"><a href="/" id="logo"><img src="/image/mingpao_logo.png" alt="明報新聞網" /></a>
<div id="topmenu"><a href="{PNS_LIST}">每日明報</a> | <a href="{INS_LIST}">即時新聞</a> | <a href="/search?q={quote("施政報告")}">搜尋</a> | <a href="/about/contact.html">聯絡我們</a></div></div></div>
<div id="mainmenu"><ul class="pns_menu"><li class="today">今日明報</li>{nav}</ul></div>
"""


FOOT = (
    """<div id="footer"><div class="wrapper"><p><a href="/about/contact.html">關於我們</a> | <a href="/about/contact.html">廣告查詢</a> | <a href="/about/contact.html">私隱政策</a> | <a href="/about/contact.html">免責聲明</a> | <a href="/about/contact.html">聯絡我們</a></p>
<p>明報網站 © 2024 版權所有，不得轉載。 Copyright © 2024 Ming Pao Newspapers Limited. All rights reserved.</p></div></div>
<script type="text/javascript">
"""
    + stats_js("5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d")
    + """
</script>
</body>
</html>"""
)


def _fig(b: Any) -> str:
    cap = esc(b.text) + esc(b.credit)
    return f'<li><figure><a href="{b.src}" class="fancybox" rel="fancybox" title="{cap}"><img src="{b.src}" alt="{esc(b.text)}" /></a><figcaption>{cap}</figcaption></figure></li>'


def article(site: Site11, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    charset = "big5" if a.x["big5"] else "utf-8"
    sec = a.x["sec"][0]
    tail = "每日明報" if a.x["kind"] == "pns" else "即時新聞"
    full = f"{a.title} - {w:%Y%m%d} - {sec} - {tail} - 明報新聞網"
    url = site.base + a.path
    metas = [
        f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}" />',
        f'<meta name="keywords" content="{esc(sec)},明報,{esc(a.title[:4])}" />',
        f'<meta property="og:title" content="{esc(full)}" />',
        f'<meta property="og:url" content="{url}" />',
        '<meta property="og:type" content="article" />',
        f'<link rel="canonical" href="{url}" />',
    ]
    if a.x["kind"] == "ins":
        metas.append(
            f'<meta property="article:published_time" content="{w:%Y-%m-%dT%H:%M:%S}+08:00" />'
        )
    pics = [b for b in a.blocks if b.kind == "img"]
    text = [b for b in a.blocks if b.kind != "img"]
    album = (
        f'<div id="topimage"><div class="album_big"><ul>{"".join(_fig(b) for b in pics)}</ul></div></div>'
        if pics
        else ""
    )
    ps = []
    if a.x["style"] == "column":
        ps.append(f"<p>文︰{a.authors[0]}</p>")
    for b in text:
        if b.kind == "h":
            ps.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            ps.append(f"<p>{esc(b.text)}</p>")
    if a.x["style"] == "column":
        ps.append(f"<p>（作者是{a.x['affil']}）</p>")
    if a.x["style"] == "supp":
        ps.append(
            f"<p>文︰{a.authors[0]}<br />攝︰{a.x['photo']}<br />編輯︰{a.editors[0]}<br />美術︰明報美術組</p>"
        )
    cut = min(2, len(ps))
    related = ""
    if a.related:
        lis = "".join(f'<li><a href="{p}">{esc(site.by_path[p].title)}</a></li>' for p in a.related)
        related = f'<div class="relatednews"><h2>相關新聞</h2><ul>{lis}</ul></div>'
    mine = sorted(site.of("mingpao"), key=lambda o: o.when)
    k = mine.index(a)
    prev_ = mine[k - 1] if k else None
    next_ = mine[k + 1] if k + 1 < len(mine) else None
    pager = (
        '<div class="pagination">'
        + (f'<a class="prev" href="{prev_.path}">上一篇：{esc(prev_.title)}</a>' if prev_ else "")
        + (f'<a class="next" href="{next_.path}">下一篇：{esc(next_.title)}</a>' if next_ else "")
        + "</div>"
    )
    hot = "".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in others(rng, site.arts, a, 8)
    )
    ins = "".join(
        f'<li><span class="time">{ampm(o.when)}</span><a href="{o.path}">{esc(trunc(o.title, 22))}</a></li>'
        for o in others(rng, site.of("mingpao") + site.of("hk01"), a, 6)
    )
    today = "".join(
        f'<li><a href="{o.path}">{esc(o.x["sec"][0])}︰{esc(trunc(o.title, 18))}</a></li>'
        for o in others(rng, site.of("mingpao"), a, 5)
    )
    page = (
        _head(full, "\n".join(metas), charset, rng)
        + f"""<div id="maincontent" class="wrapper">
<div class="left">
<div id="blockcontent">
<div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/{a.x["kind"]}/{quote(sec)}/section/latest/{a.x["sec"][1]}">{tail}</a> &gt; <a href="/{a.x["kind"]}/{quote(sec)}/section/latest/{a.x["sec"][1]}">{sec}</a></div>
<hgroup><h1>{esc(a.title)}</h1></hgroup>
<div class="date">{_shown(a)}</div>
<div class="fontsize"><a href="javascript:void(0)" class="small">A</a><a href="javascript:void(0)" class="big">A</a></div>
{album}
<article class="txt4">
<div id="upper">{"".join(ps[:cut])}</div>
<div class="ad" id="div-gpt-ad-inarticle"></div>
<div id="lower">{"".join(ps[cut:])}</div>
</article>
<div class="sharebar"><span>分享︰</span><a class="fb" href="javascript:void(0)">Facebook</a><a class="wa" href="javascript:void(0)">WhatsApp</a><a class="print" href="javascript:window.print()">列印</a></div>
<div class="keywords">相關字詞︰<a href="/search?q={quote(a.title[:4])}">{esc(a.title[:4])}</a></div>
{related}
{pager}
</div>
</div>
<div class="right">
<div class="box todaybox"><h3>今日明報</h3><ul>{today}</ul></div>
<div class="box instantbox"><h3>即時新聞</h3><ul>{ins}</ul></div>
<div class="box hotbox"><h3>熱門</h3><ol>{hot}</ol></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, charset), f"text/html; charset={charset}"


def listing(site: Site11, key: str, title: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    lis = "".join(
        f'<li><a href="{a.path}"><h2>{esc(a.title)}</h2></a><p>{esc(trunc(a.paras[0], 50))}</p><span class="date">{_shown(a)}</span></li>'
        for a in arts
    )
    page = (
        _head(
            f"{title} - 明報新聞網",
            '<meta name="description" content="明報新聞網" />',
            "utf-8",
            rng,
        )
        + f'<div id="maincontent" class="wrapper"><div class="left"><h1 class="sectiontitle">{esc(title)}</h1><ul class="listing">{lis}</ul>{pager}</div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def register(site: Site11) -> None:
    arts = sorted(site.of("mingpao"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.x["raw"], lambda a=a: article(site, a))  # type: ignore[misc]
    ins = [a for a in arts if a.x["kind"] == "ins"]
    pns = [a for a in arts if a.x["kind"] == "pns"]
    more = f'<div class="pages"><a href="{quote(INS_LIST)}?page=2">下一頁</a></div>'
    site.route(INS_LIST, lambda: listing(site, "mp-ins", "即時新聞 港聞", ins[:3], more))
    site.route(INS_LIST + "?page=2", lambda: listing(site, "mp-ins2", "即時新聞 港聞", ins[3:], ""))
    site.route(PNS_LIST, lambda: listing(site, "mp-pns", "每日明報 港聞", pns, ""))
