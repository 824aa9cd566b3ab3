"""The site's other pages: home (焦點, each source's latest, links to every listing), search
results, a 圖輯 (photo) index, a video list, a site-wide 熱門排行 page, 聯絡我們 and robots.txt.
(Each template's own listings, 專題, tag and author pages are in its module.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout_gen import home_boxes

from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site11

CT = "text/html; charset=utf-8"
LABEL = {
    "cna": "中央社",
    "udn": "聯合新聞網",
    "hk01": "香港01",
    "mingpao": "明報",
    "macao": "澳門日報",
}
LINKS = [
    ("中央社即時", "/list/aall.aspx"),
    ("中央社政治", "/list/aipl.aspx"),
    ("520專題", "/project/20240520-inauguration/"),
    ("udn即時", "/news/breaknews/1"),
    ("udn排行", "/rank/pv/7225"),
    ("#打詐新制", "/search/tagging/2/" + quote("打詐新制")),
    ("香港01港聞", "/zone/1/" + quote("港聞")),
    ("#劏房", "/tag/7812/" + quote("劏房")),
    ("明報即時", quote("/ins/港聞/section/latest/s00001")),
    ("每日明報", quote("/pns/港聞/section/latest/s00002")),
    ("圖輯", "/photo/"),
    ("影音", "/video/"),
    ("熱門排行", "/hot"),
    ("搜尋", "/search?q=" + quote("公屋")),
    ("聯絡我們", "/about/contact.html"),
]


def _frame(site: Site11, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in LINKS)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<style>
{css(rng, "home", 150)}
</style>
</head>
<body>
<div class="hd"><a href="/" class="logo">港澳台新聞</a><form action="/search" method="get"><input name="q" /><button>搜尋</button></form></div>
<div class="nav"><ul><li><a href="/">首頁</a></li>{nav}</ul></div>
<div class="main">
{inner}
</div>
<div class="ft"><p><a href="/about/contact.html">聯絡我們</a> | <a href="/photo/">圖輯</a> | <a href="/hot">熱門</a></p><p>Copyright © 2024 版權所有</p></div>
<script>{stats_js("0f1e2d3c4b5a69788796a5b4c3d2e1f0")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def home(site: Site11) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABEL, focus="焦點新聞", fmt="%m-%d")
    more = "".join(f'<a href="{u}">{t}</a> ' for t, u in LINKS)
    first = site.of("macao")[0]
    paper = f"/html/{first.when:%Y-%m}/{first.when:%d}/node_{first.x['node']}.htm"
    boxes.append(
        f'<div class="box more"><h2>更多</h2><p>{more}</p><p><a href="{paper}">澳門日報電子版</a></p></div>'
    )
    return _frame(site, "港澳台新聞 首頁", "home", "".join(boxes))


def photo(site: Site11) -> tuple[bytes, str]:
    cells = []
    for a in site.arts:
        img = next((b for b in a.blocks if b.kind == "img"), None)
        if img is None:
            continue
        cells.append(
            f'<div class="pic-item"><a href="{a.path}"><img src="{img.src}" alt="{esc(a.title)}" /></a><p><a href="{a.path}">{esc(trunc(a.title, 16))}</a></p></div>'
        )
    return _frame(
        site, "圖輯", "photo", f'<div class="photo-index"><h1>圖輯</h1>{"".join(cells)}</div>'
    )


def video(site: Site11) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    picks = rng.sample(site.arts, 18)
    cells = "".join(
        f'<div class="video-item"><a href="{a.path}"><img src="/img/v{k}.jpg" alt="" /><span class="dur">{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}</span></a><p><a href="{a.path}">{esc(trunc(a.title, 18))}</a></p></div>'
        for k, a in enumerate(picks)
    )
    return _frame(site, "影音", "video", f'<div class="video-list"><h1>影音</h1>{cells}</div>')


def hot(site: Site11) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "hot")
    arts = rng.sample(site.arts, 30)
    rows = "".join(
        f'<tr><td class="num">{k}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{LABEL[a.tpl]}</td><td>{rng.randint(1000, 500000)}</td></tr>'
        for k, a in enumerate(arts, 1)
    )
    inner = f'<div class="rank-page"><h1>24小時熱門排行</h1><table><tr><th>排名</th><th>標題</th><th>來源</th><th>瀏覽</th></tr>{rows}</table></div>'
    return _frame(site, "熱門排行", "hot", inner)


def about(site: Site11) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>聯絡我們</h1>
<p>本站彙整台灣、香港及澳門多家媒體之新聞，內容版權歸原作者及原刊登媒體所有。</p>
<p>新聞熱線：(02) 2505-1180　廣告合作：ad@news.example</p>
<p>地址：台北市中山區某某路一段8號</p></div>"""
    return _frame(site, "聯絡我們", "about", inner)


def search(site: Site11, kw: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw in a.title or kw in a.body][:15] or site.arts[::9]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span class="src">{LABEL[a.tpl]} {a.when:%Y-%m-%d}</span></div>'
        for a in hits
    )
    return _frame(
        site,
        f"{kw} - 搜尋結果",
        f"search-{kw}",
        f'<div class="search-page"><p>共找到 {len(hits)} 筆「{esc(kw)}」相關結果</p>{items}</div>',
    )


def register(site: Site11) -> None:
    site.route("/", lambda: home(site))
    site.route("/photo/", lambda: photo(site))
    site.route("/video/", lambda: video(site))
    site.route("/hot", lambda: hot(site))
    site.route("/about/contact.html", lambda: about(site))
    site.route("/search?q=公屋", lambda: search(site, "公屋"))
    site.route("/search/hysearchws.aspx?q=立法院", lambda: search(site, "立法院"))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
