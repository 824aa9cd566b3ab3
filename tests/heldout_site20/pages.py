"""Site 20's non-article pages: a portal home, each brand's listing with its own pagination,
author pages, 24小时 and 快报 streams, search, video, app download, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout_gen import home_boxes

from .common import Art, css, esc, li, page_rng

if TYPE_CHECKING:
    from .generator import Site20

UTF8 = "text/html; charset=utf-8"
LABELS = {
    "kr": "36氪·创投",
    "hx": "虎嗅·商业",
    "tmt": "钛媒体·产业",
    "ith": "IT之家·数码",
    "zol": "中关村在线·硬件",
}
LISTS = [
    ("/information/web_news/", "36氪资讯"),
    ("/channel/105.html", "虎嗅资讯"),
    ("/new", "钛媒体最新"),
    ("/list/", "IT之家资讯"),
    ("/news/list_1.html", "ZOL新闻"),
    ("/moment/", "24小时"),
    ("/nictation", "快报"),
    ("/video/", "视频"),
    ("/search/?q=AI", "搜索"),
    ("/app/", "下载APP"),
]


def _shell(site: Site20, key: str, title: str, main: str, enc: str = "utf-8") -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in LISTS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{enc}"><title>{esc(title)}</title>
<meta name="keywords" content="科技,创投,数码,商业"><meta name="description" content="{esc(title)}">
<style>{css(rng, "pg", 40)}</style></head>
<body><div class="top-nav"><a href="/" class="logo">科创新媒体</a>{nav}</div>
<div class="page-main"><h1 class="page-title">{esc(title)}</h1>{main}</div>
<div class="footer"><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a><p>&copy; 2024 科创新媒体聚合 版权所有 京ICP备00000000号</p></div>
</body></html>"""
    return html.encode(enc), f"text/html; charset={enc}"


def _cards(arts: list[Art], fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "".join(
        f'<div class="list-item"><a class="list-title" href="{a.path}">{esc(a.title)}</a>'
        f'<p class="list-desc">{esc(a.blocks[0].text[:60])}…</p><span class="list-time">{a.when:{fmt}}</span></div>'
        for a in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _home(site: Site20) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, LABELS, focus="今日头条", top=12, each=8))
    more = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in LISTS)
    return _shell(
        site, "/", "科创新媒体 - 科技 商业 创投 数码资讯", boxes + f'<ul class="more">{more}</ul>'
    )


def register(site: Site20) -> None:
    site.route("/", lambda: _home(site))
    kr = _latest(site.of("kr"))
    site.route(
        "/information/web_news/",
        lambda: _shell(
            site,
            "kr-list",
            "最新资讯-36氪",
            '<div class="information-flow-list">' + _cards(kr) + "</div>",
        ),
    )
    for a in kr:
        shown = a.authors[0] if a.x["style"].startswith("own") else a.x["acc"][0]
        site.route(
            f"/user/{a.x['uid']}",
            lambda a=a, shown=shown: _shell(
                site,
                a.path + "u",
                f"{shown}的个人主页-36氪",
                f'<div class="author-info"><p>{esc(shown)}</p><p>文章数 {a.x["uid"] % 300}</p></div>'
                + _cards([a]),
            ),
        )
    hx = _latest(site.of("hx"))
    for page, path in ((1, "/channel/105.html"), (2, "/channel/105.html?page=2")):
        chunk = hx[(page - 1) * 6 : page * 6]
        pager = (
            '<a class="load-more" href="/channel/105.html?page=2">加载更多</a>'
            if page == 1
            else '<a href="/channel/105.html">上一页</a>'
        )
        site.route(
            path,
            lambda chunk=chunk, pager=pager, path=path: _shell(
                site, path, "资讯-虎嗅网", _cards(chunk) + pager
            ),
        )
    for a in hx:
        shown = a.authors[0] if a.x["style"].startswith("orig") else a.x["acc"][0]
        site.route(
            f"/member/{a.x['uid']}.html",
            lambda a=a, shown=shown: _shell(
                site,
                a.path + "m",
                f"{shown}-虎嗅网",
                f'<div class="member-info"><p>{esc(shown)}</p><p>粉丝 {a.x["fans"]}</p></div>'
                + _cards([a]),
            ),
        )
    site.route(
        "/moment/",
        lambda: _shell(
            site,
            "/moment/",
            "24小时-虎嗅网",
            "<ul>" + "".join(li(a, "%H:%M") for a in _latest(site.arts)[:20]) + "</ul>",
        ),
    )
    tmt = _latest(site.of("tmt"))
    site.route(
        "/new",
        lambda: _shell(
            site,
            "/new",
            "最新文章-钛媒体",
            _cards(tmt[:6])
            + '<div class="pagination"><span>1</span><a href="/new/2">2</a><a href="/new/2">下一页</a></div>',
        ),
    )
    site.route(
        "/new/2",
        lambda: _shell(
            site,
            "/new/2",
            "最新文章-钛媒体",
            _cards(tmt[6:])
            + '<div class="pagination"><a href="/new">上一页</a><a href="/new">1</a><span>2</span></div>',
        ),
    )
    for a in tmt:
        site.route(
            f"/user/{a.x['uid']}",
            lambda a=a: _shell(
                site,
                a.path + "u",
                f"{a.authors[0]}-钛媒体作者",
                f'<div class="author-info"><p>{esc(a.authors[0])}</p></div>' + _cards([a]),
            ),
        )
    site.route(
        "/nictation",
        lambda: _shell(
            site, "/nictation", "快报-钛媒体", "<ul>" + "".join(li(a) for a in tmt) + "</ul>"
        ),
    )
    ith = _latest(site.of("ith"))
    site.route(
        "/list/",
        lambda: _shell(
            site,
            "/list/",
            "IT资讯 - IT之家",
            '<ul class="bl">'
            + "".join(li(a, "%Y/%m/%d") for a in ith[:6])
            + '</ul><div class="pager"><span class="current">1</span><a href="/list/list_2.html">2</a><a href="/list/list_2.html">下一页</a></div>',
        ),
    )
    site.route(
        "/list/list_2.html",
        lambda: _shell(
            site,
            "/list/list_2.html",
            "IT资讯 - IT之家",
            '<ul class="bl">'
            + "".join(li(a, "%Y/%m/%d") for a in ith[6:])
            + '</ul><div class="pager"><a href="/list/">1</a><span class="current">2</span></div>',
        ),
    )
    zol = _latest(site.of("zol"))
    for page in (1, 2):
        path = f"/news/list_{page}.html"
        chunk = zol[(page - 1) * 6 : page * 6]
        pager = "".join(f'<a href="/news/list_{k}.html">{k}</a>' for k in (1, 2)) + (
            '<a href="/news/list_2.html">下一页</a>' if page == 1 else ""
        )
        site.route(
            path,
            lambda chunk=chunk, pager=pager, path=path: _shell(
                site,
                path,
                "新闻中心_中关村在线",
                _cards(chunk, "%Y-%m-%d") + f'<div class="page">{pager}</div>',
                "gbk",
            ),
        )
    hits = [a for a in site.arts if "AI" in a.title or "AI" in a.body][:10]
    site.route(
        "/search/?q=AI",
        lambda: _shell(
            site,
            "/search",
            "“AI”的搜索结果",
            f'<form action="/search/"><input name="q" value="AI"></form><p>共 {len(hits)} 条结果</p>'
            + _cards(hits),
        ),
    )
    vids = _latest(site.arts)[2:14:2]
    site.route(
        "/video/",
        lambda: _shell(
            site,
            "/video/",
            "视频",
            "".join(
                f'<div class="video-card"><video poster="/static/v/{a.i}.jpg"></video><a href="{a.path}">{esc(a.title)}</a><span>0{a.i % 9}:3{a.i % 6}</span></div>'
                for a in vids
            ),
        ),
    )
    site.route(
        "/app/",
        lambda: _shell(
            site,
            "/app/",
            "下载客户端",
            "<p>扫码下载客户端，随时随地看科技资讯。</p><p>支持 iOS / Android / 鸿蒙。</p>",
        ),
    )
    site.route(
        "/about/",
        lambda: _shell(
            site,
            "/about/",
            "关于我们",
            "<p>本站聚合科技、商业与数码领域的新媒体内容。</p><p>商务合作：bd@example.cn</p>",
        ),
    )
    site.route(
        "/contact/",
        lambda: _shell(
            site,
            "/contact/",
            "联系我们",
            "<p>寻求报道：pr@example.cn</p><p>投稿邮箱：tougao@example.cn</p><p>电话：010-5555-0101</p>",
        ),
    )
