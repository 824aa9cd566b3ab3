"""The site's other pages: home (要闻, each source's latest, links to every listing), the 图集 index,
a video list, a site-wide 排行 page, a tag page, 联系我们, search results and robots.txt. (Each
template's own listings, 专题 and account pages are in its module.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout_gen import home_boxes

from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site8

CT = "text/html; charset=utf-8"
LABEL = {
    "ifeng": "凤凰网",
    "gmw": "光明网",
    "bjnews": "新京报",
    "huanqiu": "环球网",
    "bjh": "百家号",
}
LINKS = [
    ("凤凰资讯", "/shanklist/14-35083-"),
    ("凤凰热榜", "/hotnews/"),
    ("光明时政", "/politics/node_9844.htm"),
    ("新京报即时", "/news/list-43-page-1.html"),
    ("环球国际", "/world/"),
    ("财经老王说", "/u?app_id=1612345678901234"),
    ("县城观察员", "/u?app_id=1698765432109876"),
    ("极目新闻", "/u?app_id=1597654321098765"),
    ("小李聊生活", "/u?app_id=1723456789012345"),
    ("专题", "/zhuanti/2024/wmsj/index.htm"),
    ("图集", "/photo/"),
    ("视频", "/video/"),
    ("排行", "/rank/"),
    ("标签：低空经济", "/tag/低空经济"),
    ("搜索", "/search?keyword=北京"),
    ("联系我们", "/about/contact.html"),
]


def _frame(site: Site8, title: str, key: str, inner: str) -> tuple[bytes, str]:
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
<div class="ft"><p><a href="/about/contact.html">联系我们</a> | <a href="/zhuanti/2024/wmsj/index.htm">专题</a> | <a href="/photo/">图集</a></p><p>Copyright © 2024 版权所有</p></div>
<script>{stats_js("77aa88bb99cc00dd11ee22ff33aa44bb")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def home(site: Site8) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABEL)
    more = "".join(f'<a href="{u}">{t}</a> ' for t, u in LINKS)
    boxes.append(f'<div class="box more"><h2>更多</h2><p>{more}</p></div>')
    return _frame(site, "新闻聚合_首页", "home", "".join(boxes))


def photo(site: Site8) -> tuple[bytes, str]:
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


def about(site: Site8) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>联系我们</h1>
<p>新闻聚合平台汇集多家媒体的新闻资讯，内容版权归原作者及原发布媒体所有。</p>
<p>新闻热线：010-87654321　　广告合作：ad@news.example</p>
<p>违法和不良信息举报：jubao@news.example</p>
<p>地址：北京市东城区某某大街8号　邮编：100000</p></div>"""
    return _frame(site, "联系我们_新闻聚合", "about", inner)


def search(site: Site8, kw: str, key: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw in a.title or kw in a.body][:15] or site.arts[::9]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span class="src">{LABEL[a.tpl]} {a.when:%Y-%m-%d %H:%M}</span></div>'
        for a in hits
    )
    inner = (
        f'<div class="search-page"><p>找到约 {len(hits)} 条与“{esc(kw)}”相关的结果</p>{items}</div>'
    )
    return _frame(site, f"{kw}_搜索结果", key, inner)


def video(site: Site8) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    picks = rng.sample(site.arts, 20)
    cells = "".join(
        f'<div class="video-item"><a href="{a.path}" target="_blank"><img src="/cms/img/v{k}.jpg" alt="" /><span class="dur">{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}</span></a><p><a href="{a.path}" target="_blank">{esc(trunc(a.title, 18))}</a></p><span class="play">{rng.randint(1, 99)}万次播放</span></div>'
        for k, a in enumerate(picks)
    )
    return _frame(
        site, "视频_新闻聚合", "video", f'<div class="video-list"><h1>视频</h1>{cells}</div>'
    )


def rank(site: Site8) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "rank")
    arts = rng.sample(site.arts, 30)
    rows = "".join(
        f'<tr><td class="num">{k}</td><td><a href="{a.path}" target="_blank">{esc(a.title)}</a></td><td>{LABEL[a.tpl]}</td><td>{rng.randint(1000, 500000)}</td></tr>'
        for k, a in enumerate(arts, 1)
    )
    inner = f'<div class="rank-page"><h1>24小时点击排行</h1><table><tr><th>排名</th><th>标题</th><th>来源</th><th>点击</th></tr>{rows}</table></div>'
    return _frame(site, "新闻排行榜_新闻聚合", "rank", inner)


def register(site: Site8) -> None:
    site.route("/", lambda: home(site))
    site.route("/photo/", lambda: photo(site))
    site.route("/video/", lambda: video(site))
    site.route("/rank/", lambda: rank(site))
    site.route("/about/contact.html", lambda: about(site))
    site.route("/search?keyword=北京", lambda: search(site, "北京", "s1"))
    site.route("/tag/低空经济", lambda: search(site, "低空经济", "s2"))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
