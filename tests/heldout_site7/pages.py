"""The site's other pages: home (要闻, each source's latest, links to every listing), a 专题 page,
the 图集 index, 联系我们, search results (two queries, one as a 澎湃 tag search) and robots.txt.
(Each template's own listings, 排行 and video list are in its module.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout_gen import home_boxes, news_li

from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site7

CT = "text/html; charset=utf-8"
LABEL = {
    "netease": "网易新闻",
    "chinanews": "中国新闻网",
    "cctv": "央视网",
    "hanweb": "江城市政府",
    "paper": "澎湃新闻",
}
LINKS = [
    ("国内新闻", "/special/cm_guonei/"),
    ("新闻排行", "/special/0001386F/rank_whole.html"),
    ("时政", "/gn/index.shtml"),
    ("滚动新闻", "/scroll-news/news1.html"),
    ("央视国内", "/china/index.shtml"),
    ("新闻联播", "/xwlb/index.shtml"),
    ("部门动态", "/col/col1229/index.html"),
    ("工作动态", "/col/col1230/index.html"),
    ("政府首页", "/col/col1228/index.html"),
    ("政府联系我们", "/col/col1240/index.html"),
    ("政府站内搜索", "/jrobot/search.do?webid=1&q=工作"),
    ("澎湃要闻", "/list_25462"),
    ("24小时热榜", "/rank/24h.html"),
    ("专题", "/zt/2024/index.shtml"),
    ("图集", "/photo/index.html"),
    ("搜索", "/search?keyword=经济"),
    ("标签：上海", "/searchResult?id=上海"),
    ("联系我们", "/about/contact.html"),
]


def _frame(site: Site7, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in LINKS)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<style>
{css(rng, "home", 150)}
</style>
</head>
<body>
<div class="hd"><a href="/" class="logo">新闻聚合</a><form action="/search" method="get"><input name="keyword" /><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">
{inner}
</div>
<div class="ft"><p><a href="/about/contact.html">联系我们</a> | <a href="/zt/2024/index.shtml">专题</a> | <a href="/photo/index.html">图集</a></p><p>Copyright © 2024 版权所有</p></div>
<script>{stats_js("77aa88bb99cc00dd11ee22ff33aa44bb")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def home(site: Site7) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABEL)
    more = "".join(f'<a href="{u}">{t}</a> ' for t, u in LINKS)
    boxes.append(f'<div class="box more"><h2>更多</h2><p>{more}</p></div>')
    return _frame(site, "新闻聚合_首页", "home", "".join(boxes))


def zhuanti(site: Site7) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt")
    picks = rng.sample(site.arts, 18)
    items = "".join(news_li(a) for a in picks)
    inner = f"""<div class="zt-banner"><img src="/zt/2024/images/banner.jpg" alt="奋进新征程" /></div>
<div class="zt-intro"><h1>奋进新征程 建功新时代</h1><p>本专题集纳各地推动高质量发展的新举措、新成效，展示基层一线的生动实践，持续更新中。</p></div>
<div class="zt-list"><h2>最新报道</h2><ul>{items}</ul></div>
<div class="zt-list"><h2>图说</h2><ul>{"".join(news_li(a) for a in picks[:4])}</ul></div>"""
    return _frame(site, "奋进新征程 建功新时代_专题", "zt", inner)


def photo(site: Site7) -> tuple[bytes, str]:
    cells = []
    for a in site.arts:
        img = next((b for b in a.blocks if b.kind == "img"), None)
        if img is None:
            continue
        cells.append(
            f'<div class="pic-item"><a href="{a.path}" target="_blank"><img src="{img.src}" alt="{esc(a.title)}" /></a>'
            f'<p><a href="{a.path}" target="_blank">{esc(trunc(a.title, 16))}</a></p><span class="num">{1 + len([b for b in a.blocks if b.kind == "img"])}图</span></div>'
        )
    inner = (
        f'<div class="photo-index"><h1>图集</h1><div class="pic-grid">{"".join(cells)}</div></div>'
    )
    return _frame(site, "图集_新闻聚合", "photo", inner)


def about(site: Site7) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>联系我们</h1>
<p>新闻聚合平台汇集多家媒体的新闻资讯，内容版权归原作者及原发布媒体所有。</p>
<p>新闻热线：010-87654321　　广告合作：ad@news.example</p>
<p>违法和不良信息举报：jubao@news.example</p>
<p>地址：北京市东城区某某大街8号　邮编：100000</p></div>"""
    return _frame(site, "联系我们_新闻聚合", "about", inner)


def search(site: Site7, kw: str, key: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw in a.title or kw in a.body][:15] or site.arts[::9]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span class="src">{LABEL[a.tpl]} {a.when:%Y-%m-%d %H:%M}</span></div>'
        for a in hits
    )
    inner = (
        f'<div class="search-page"><p>找到约 {len(hits)} 条与“{esc(kw)}”相关的结果</p>{items}</div>'
    )
    return _frame(site, f"{kw}_搜索结果", key, inner)


def register(site: Site7) -> None:
    site.route("/", lambda: home(site))
    site.route("/zt/2024/index.shtml", lambda: zhuanti(site))
    site.route("/photo/index.html", lambda: photo(site))
    site.route("/about/contact.html", lambda: about(site))
    site.route("/search?keyword=经济", lambda: search(site, "经济", "s1"))
    site.route("/searchResult?id=上海", lambda: search(site, "上海", "s2"))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
