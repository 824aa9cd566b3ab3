"""The site's other pages: home (要闻, each source's latest, links to every listing), a 专题, a
tag page, search results, a video list, a 排行 page, the department portal's home, 联系我们 and
robots.txt. (Each template's own listings are in its module.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from . import cqnews
from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site12

CT = "text/html; charset=utf-8"
LABEL = {
    "govcn": "中国政府网",
    "cnr": "央广网",
    "dzwww": "大众网",
    "cqnews": "华龙网",
    "sthj": "四川省生态环境厅",
}
LINKS = [
    ("要闻", "/yaowen/liebiao/home.htm"),
    ("最新政策", "/zhengce/zuixin/home.htm"),
    ("政策文件库", "/zhengce/zhengceku/search?t=zhengcelibrary&q="),
    ("央广滚动", "/native/gd/"),
    ("山东要闻", "/sdnews/"),
    ("华龙重庆", "/cq/list.html"),
    ("工作动态", "/sthjt/c103878/list.shtml"),
    ("图片新闻", "/sthjt/c103879/tpxw.shtml"),
    ("生态环境厅", "/sthjt/"),
    ("专题：两会", "/zhuanti/2024/ljlq/index.htm"),
    ("专题：黄河", "/2024zt/hhst/"),
    ("视频", "/video/"),
    ("排行", "/rank/"),
    ("标签：生态环境", "/tag/生态环境.html"),
    ("搜索", "/search/?q=重庆"),
    ("联系我们", "/about/contact.html"),
]


def _frame(site: Site12, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<a href="{u}">{t}</a>' for t, u in LINKS)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="政务,新闻,权威发布">
<style>
{css(rng, "idx", 160)}
</style>
</head>
<body>
<header class="site-hd"><a href="/" class="logo">政务新闻汇</a><nav>{nav}</nav></header>
<main class="site-main">
{inner}
</main>
<footer class="site-ft"><p><a href="/about/contact.html">联系我们</a> · <a href="/rank/">排行</a></p><p>&copy; 2024 政务新闻汇 版权所有　京ICP备00000000号-1</p></footer>
<script>{stats_js("0a1b2c3d4e5f60718293a4b5c6d7e8f9")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _li(a: Art) -> str:
    return f'<li><a href="{a.path}">{esc(a.title)}</a><time>{a.when:%m-%d %H:%M}</time></li>'


def home(site: Site12) -> tuple[bytes, str]:
    latest = sorted(site.arts, key=lambda a: a.when)[::-1]
    boxes = [
        f'<section class="top"><h2>要闻</h2><ul>{"".join(_li(a) for a in latest[:10])}</ul></section>'
    ]
    for tpl, label in LABEL.items():
        arts = sorted(site.of(tpl), key=lambda a: a.when)[::-1][:7]
        boxes.append(
            f'<section class="box"><h2>{label}</h2><ul>{"".join(_li(a) for a in arts)}</ul></section>'
        )
    name, path = cqnews.reporter_path(site)
    boxes.append(
        f'<section class="box"><h2>记者专栏</h2><p><a href="{path}">{name}</a></p></section>'
    )
    return _frame(site, "政务新闻汇_首页", "home", "".join(boxes))


def zhuanti(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt-ljlq")
    picks = rng.sample(site.of("govcn") + site.of("cnr"), 12)
    lis = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in picks
    )
    inner = f"""<div class="zt"><div class="zt-banner"><img src="/zhuanti/2024/ljlq/images/banner.jpg" alt="落实政府工作报告"></div>
<p class="zt-intro">专题聚焦各地区各部门落实《政府工作报告》重点任务的进展情况。</p>
<div class="zt-col"><h3>权威发布</h3><ul>{lis[: len(lis) // 2]}</ul></div><div class="zt-col"><h3>各地动态</h3><ul>{lis}</ul></div></div>"""
    return _frame(site, "落实政府工作报告_专题_政务新闻汇", "zt", inner)


def search(site: Site12, kw: str, key: str, title: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw in a.title or kw in a.body][:15] or site.arts[::7]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span>{LABEL[a.tpl]} {a.when:%Y-%m-%d}</span></div>'
        for a in hits
    )
    return _frame(
        site,
        title,
        key,
        f'<div class="search"><p>共找到 {len(hits)} 条与“{esc(kw)}”相关的结果</p>{items}</div>',
    )


def video(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    picks = rng.sample(site.arts, 16)
    cells = "".join(
        f'<div class="v"><a href="{a.path}"><img src="/cms/img/v{k}.jpg" alt=""><span>{rng.randint(0, 5):02d}:{rng.randint(0, 59):02d}</span></a><p>{esc(trunc(a.title, 18))}</p></div>'
        for k, a in enumerate(picks)
    )
    return _frame(
        site, "视频_政务新闻汇", "video", f'<div class="videos"><h1>视频</h1>{cells}</div>'
    )


def rank(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "rank")
    rows = "".join(
        f'<tr><td>{k}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{LABEL[a.tpl]}</td><td>{rng.randint(500, 90000)}</td></tr>'
        for k, a in enumerate(rng.sample(site.arts, 30), 1)
    )
    return _frame(
        site,
        "24小时热榜_政务新闻汇",
        "rank",
        f'<div class="rank"><h1>24小时热榜</h1><table>{rows}</table></div>',
    )


def dept_home(site: Site12) -> tuple[bytes, str]:
    arts = sorted(site.of("sthj"), key=lambda a: a.when)[::-1]
    lis = "".join(_li(a) for a in arts[:8])
    inner = f"""<div class="dept"><h1>四川省生态环境厅</h1><div class="box"><h2>工作动态</h2><ul>{lis}</ul><a href="/sthjt/c103878/list.shtml">更多</a></div>
<div class="box"><h2>政务服务</h2><p>建设项目环境影响评价审批 · 排污许可 · 危险废物经营许可</p></div><div class="box"><h2>图片新闻</h2><a href="/sthjt/c103879/tpxw.shtml">查看</a></div></div>"""
    return _frame(site, "四川省生态环境厅", "dept", inner)


def about(site: Site12) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>联系我们</h1><p>本站汇集政府网站及主流媒体的公开新闻，版权归原发布单位所有。</p>
<p>联系电话：010-00000000　电子邮箱：contact@news.example</p><p>违法和不良信息举报：jubao@news.example</p></div>"""
    return _frame(site, "联系我们_政务新闻汇", "about", inner)


def register(site: Site12) -> None:
    site.route("/", lambda: home(site))
    site.route("/zhuanti/2024/ljlq/index.htm", lambda: zhuanti(site))
    site.route("/video/", lambda: video(site))
    site.route("/rank/", lambda: rank(site))
    site.route("/sthjt/", lambda: dept_home(site))
    site.route("/about/contact.html", lambda: about(site))
    site.route("/search/?q=重庆", lambda: search(site, "重庆", "s1", "重庆_搜索结果"))
    site.route(
        "/tag/生态环境.html", lambda: search(site, "生态环境", "s2", "生态环境_标签_政务新闻汇")
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
