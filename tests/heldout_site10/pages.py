"""The site's other pages: home (要闻, each portal's latest, links to every listing), the 图片
index, a video list, a site-wide 排行 page, 关于我们, search results (any ``/search?q=``) and
robots.txt. (Each template's own listings, author, tag and 专题 pages are in its module.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout_gen import home_boxes

from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site10

CT = "text/html; charset=utf-8"
LABEL = {
    "qq": "腾讯新闻",
    "sina": "新浪新闻",
    "jiemian": "界面新闻",
    "caixin": "财新",
    "rednet": "红网",
}
LINKS = [
    ("腾讯要闻", "/ch/news/"),
    ("新浪滚动", "/roll/index.d.html?cid=56261"),
    ("界面商业", "/lists/4.html"),
    ("财新经济", "/economy/"),
    ("红网湖南", "/hn/index.html"),
    ("湖南两会专题", "/special/2024/hnlh/index.html"),
    ("标签", "/tags/38211.html"),
    ("图片", "/photo/"),
    ("视频", "/video/"),
    ("排行", "/top/"),
    ("搜索", "/search?q=长沙"),
    ("关于我们", "/about/index.html"),
]


def _frame(site: Site10, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in LINKS)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="新闻门户聚合：腾讯新闻、新浪新闻、界面新闻、财新、红网" />
<style>
{css(rng, "home", 160)}
</style>
</head>
<body>
<div class="hd"><a href="/" class="logo">资讯门户</a><form action="/search" method="get"><input name="q" /><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">
{inner}
</div>
<div class="ft"><p><a href="/about/index.html">关于我们</a> | <a href="/top/">排行</a> | <a href="/photo/">图片</a></p><p>Copyright &copy; 2024 资讯门户 版权所有 京ICP备00000000号</p></div>
<script>{stats_js("1010aa10bb10cc10dd10ee10ff10aa10")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def home(site: Site10) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABEL)
    more = "".join(f'<a href="{u}">{t}</a> ' for t, u in LINKS)
    boxes.append(f'<div class="box more"><h2>更多</h2><p>{more}</p></div>')
    return _frame(site, "资讯门户_首页", "home", "".join(boxes))


def photo(site: Site10) -> tuple[bytes, str]:
    cells = []
    for a in site.arts:
        img = next((b for b in a.blocks if b.kind == "img"), None)
        if img is None:
            continue
        cells.append(
            f'<div class="pic-item"><a href="{a.path}" target="_blank"><img src="/img{img.src}" alt="{esc(a.title)}" /></a>'
            f'<p><a href="{a.path}" target="_blank">{esc(trunc(a.title, 16))}</a></p></div>'
        )
    return _frame(
        site,
        "图片_资讯门户",
        "photo",
        f'<div class="photo-index"><h1>图片</h1>{"".join(cells)}</div>',
    )


def video(site: Site10) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    cells = "".join(
        f'<div class="video-item"><a href="{a.path}" target="_blank"><img src="/img/v{k}.jpg" alt="" /><span class="dur">{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}</span></a><p><a href="{a.path}" target="_blank">{esc(trunc(a.title, 18))}</a></p><span class="play">{rng.randint(1, 99)}万次播放</span></div>'
        for k, a in enumerate(rng.sample(site.arts, 20))
    )
    return _frame(
        site, "视频_资讯门户", "video", f'<div class="video-list"><h1>视频</h1>{cells}</div>'
    )


def rank(site: Site10) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "rank")
    rows = "".join(
        f'<tr><td class="num">{k}</td><td><a href="{a.path}" target="_blank">{esc(a.title)}</a></td><td>{LABEL[a.tpl]}</td><td>{rng.randint(1000, 500000)}</td></tr>'
        for k, a in enumerate(rng.sample(site.arts, 30), 1)
    )
    inner = f'<div class="rank-page"><h1>24小时热榜</h1><table><tr><th>排名</th><th>标题</th><th>来源</th><th>热度</th></tr>{rows}</table></div>'
    return _frame(site, "热榜_资讯门户", "rank", inner)


def about(site: Site10) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>关于我们</h1>
<p>资讯门户汇集多家媒体的新闻资讯，内容版权归原作者及原发布媒体所有。</p>
<p>新闻热线：010-12345678　　广告合作：ad@portal.example</p>
<p>违法和不良信息举报：jubao@portal.example</p></div>"""
    return _frame(site, "关于我们_资讯门户", "about", inner)


def search(site: Site10, kw: str, key: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw and (kw in a.title or kw in a.body)][:15] or site.arts[::9]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span class="src">{LABEL[a.tpl]} {a.when:%Y-%m-%d %H:%M}</span></div>'
        for a in hits
    )
    inner = (
        f'<div class="search-page"><p>找到约 {len(hits)} 条与“{esc(kw)}”相关的结果</p>{items}</div>'
    )
    return _frame(site, f"{kw}_搜索结果", key, inner)


def register(site: Site10) -> None:
    site.route("/", lambda: home(site))
    site.route("/photo/", lambda: photo(site))
    site.route("/video/", lambda: video(site))
    site.route("/top/", lambda: rank(site))
    site.route("/about/index.html", lambda: about(site))
    site.route("/search?q=长沙", lambda: search(site, "长沙", "s1"))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
