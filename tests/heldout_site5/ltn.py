"""自由時報-style article pages in Traditional Chinese, half of them in Big5 (the charset named in
a meta tag only): ``<span class="time">2024/03/15 08:23</span>``, the body opening
``〔記者王小明／台北報導〕``, the app-download line among the paragraphs, 相關新聞 and 熱門新聞.
The breaking-news listings page as ``/list/breakingnews/politics/2``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js

if TYPE_CHECKING:
    from .generator import Site5

CT = "text/html"  # the charset is in the page's meta only
NAV = [
    ("即時", "/list/breakingnews"),
    ("政治", "/list/breakingnews/politics"),
    ("社會", "http://news.ltn.example/list/breakingnews/society"),
    ("生活", "http://news.ltn.example/list/breakingnews/life"),
    ("健康", "http://health.ltn.example/"),
    ("國際", "http://news.ltn.example/list/breakingnews/world"),
    ("地方", "http://news.ltn.example/list/breakingnews/local"),
    ("蒐奇", "http://news.ltn.example/list/breakingnews/novelty"),
    ("影音", "http://video.ltn.example/"),
    ("財經", "/list/breakingnews/politics"),
    ("娛樂", "http://ent.ltn.example/"),
    ("汽車", "http://auto.ltn.example/"),
    ("時尚", "http://istyle.ltn.example/"),
    ("體育", "http://sports.ltn.example/"),
    ("3C科技", "http://3c.ltn.example/"),
    ("評論", "http://talk.ltn.example/"),
    ("藝文", "http://art.ltn.example/"),
    ("玩咖", "http://playing.ltn.example/"),
    ("食譜", "http://food.ltn.example/"),
    ("地產", "http://estate.ltn.example/"),
    ("專區", "http://partners.ltn.example/"),
    ("服務", "http://service.ltn.example/"),
]
APP_LINE = (
    '<p class="appE1121"><a href="https://www.ltn.example/app" target="_blank" class="app-ad">'
    "不用抽 不用搶 現在用APP看新聞 保證天天中獎</a>&nbsp;&nbsp;"
    '<a href="https://www.ltn.example/app" target="_blank" class="app-ad2">點我下載APP</a>&nbsp;&nbsp;'
    '<a href="https://www.ltn.example/event/appgift" target="_blank" class="app-ad3">按我看活動辦法</a></p>'
)


def _head(title: str, desc: str, big5: bool, rng: Any) -> str:
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=big5" />'
        if big5
        else '<meta charset="utf-8" />'
    )
    nav = "".join(f'<li><a href="{u}" data-desc="{t}">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
{charset}
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:site_name" content="自由時報電子報" />
<meta property="og:locale" content="zh_TW" />
<meta property="fb:app_id" content="1234567890123" />
<link rel="stylesheet" href="https://cache.ltn.example/css/ltnweb.css?v=20240301" />
<style>
{css(rng, "ltn", 300)}
</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date());
gtag('config', 'G-LTN0000001');
</script>
</head>
<body>
<div class="wrapper">
<header class="header"><div class="ltnlogo"><a href="/" title="自由時報電子報"><img src="https://cache.ltn.example/images/rwd_ltnlogo.png" alt="自由時報電子報" /></a></div>
<div class="search"><form action="/search" method="get"><input type="text" name="keyword" placeholder="搜尋" /><button type="submit">搜尋</button></form></div>
<nav class="useMobi_hide"><ul class="channel">{nav}</ul></nav></header>
"""


FOOT = (
    """<footer class="footer"><div class="footerlink"><a href="/about/index.html">關於我們</a> | <a href="http://www.ltn.example/ad">廣告刊登</a> | <a href="http://www.ltn.example/privacy">隱私權政策</a> | <a href="http://www.ltn.example/service">客服中心</a> | <a href="http://www.ltn.example/rss">RSS</a></div>
<p>自由時報版權所有不得轉載 © 2024 The Liberty Times. All Rights Reserved.</p></footer>
</div>
<script src="https://cache.ltn.example/js/jquery-3.6.0.min.js"></script>
<script>
"""
    + stats_js("a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5")
    + """
</script>
</body>
</html>"""
)


def body_html(a: Art) -> str:
    out = []
    n_p = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
            n_p += 1
            if n_p == 2 and len(a.blocks) > 3:
                out.append(APP_LINE)
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        else:
            out.append(
                f'<div class="photo boxTitle"><a href="{b.src}" data-fancybox="images" data-desc="照片"><img data-src="{b.src}" src="{b.src}" alt="{esc(b.text)}" title="{esc(b.text)}" /></a>'
                f'<span class="ph_b ph_d1">{esc(b.text)}{esc(b.credit)}</span></div>'
            )
    if n_p <= 2:
        out.append(APP_LINE)
    return "\n".join(out)


def article(site: Site5, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    mine = site.of("ltn")
    fin = a.x["finance"]
    suffix = " - 自由財經" if fin else f" - {rng.choice(['政治', '生活', '社會'])} - 自由時報電子報"
    first = next(b.text for b in a.blocks if b.kind == "p")
    head = _head(a.title + suffix, first[:90], a.x["big5"], rng)
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{p}" class="tit" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = f'<div class="whitecon boxTitle" data-desc="相關新聞"><p class="title">相關新聞</p><ul class="related">{items}</ul></div>'
    hot = "".join(
        f'<li><a href="{o.path}" data-desc="P:{k}:{esc(o.title)}"><span class="num">{k}</span><div class="tit"><p>{esc(o.title)}</p><span class="time">{o.when:%Y/%m/%d %H:%M}</span></div></a></li>'
        for k, o in enumerate(others(rng, mine, a, 8), 1)
    )
    page = (
        head
        + f"""<div class="content">
<div class="breadcrumbs boxTitle"><a href="/">首頁</a> &gt; <a href="/list/breakingnews/politics">{"財經" if fin else "政治"}</a></div>
<div class="whitecon articlebody" data-desc="內容頁">
<h1>{esc(a.title)}</h1>
<div class="function boxTitle"><span class="time">{a.when:%Y/%m/%d %H:%M}</span><div class="share"><a href="https://www.facebook.example/sharer/sharer.php?u={a.path}" class="fb" target="_blank">分享</a><a href="https://social-plugins.line.example/lineit/share?url={a.path}" class="line" target="_blank">LINE</a><a href="javascript:void(0)" class="copy">複製連結</a></div><div class="fontSize"><a href="javascript:void(0)" class="font_small">A-</a><a href="javascript:void(0)" class="font_big">A+</a></div></div>
<div class="text boxTitle boxText" data-desc="內文">
{body_html(a)}
</div>
<div class="fb-quote"></div>
</div>
{related}
<div class="whitecon boxTitle" data-desc="熱門新聞"><p class="title">熱門新聞</p><ul class="hotnews">{hot}</ul></div>
<div class="ad_box"><div id="div-gpt-ad-1234567890-0"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-1234567890-0'); }});</script></div></div>
</div>
"""
        + FOOT
    )
    return encode(page, "big5" if a.x["big5"] else "utf-8"), CT


def listing(site: Site5, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"ltn-list-{n}")
    arts = sorted(site.of("ltn"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    items = "".join(
        f'<li><a href="{a.path}" class="tit" data-desc="T:{k}:{esc(a.title)}"><span class="time">{a.when:%H:%M}</span><h3 class="title">{esc(a.title)}</h3></a></li>'
        for k, a in enumerate(part, 1)
    )
    pager = (
        '<div class="pagination boxTitle"><a class="active">1</a><a href="/list/breakingnews/politics/2">2</a><a href="/list/breakingnews/politics/2" class="p_next">下一頁</a></div>'
        if n == 1
        else '<div class="pagination boxTitle"><a href="/list/breakingnews/politics" class="p_prev">上一頁</a><a href="/list/breakingnews/politics">1</a><a class="active">2</a></div>'
    )
    page = (
        _head("即時新聞 - 自由時報電子報", "自由時報電子報即時新聞", False, rng)
        + f'<div class="content"><div class="whitecon"><ul class="list imm">{items}</ul>{pager}</div></div>\n'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site5) -> None:
    for a in site.of("ltn"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/list/breakingnews", lambda: listing(site, 1))
    site.route("/list/breakingnews/politics", lambda: listing(site, 1))
    site.route("/list/breakingnews/politics/2", lambda: listing(site, 2))
