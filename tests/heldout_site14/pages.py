"""Site 14's other pages: home, a listing per platform with pagination (``index.html``,
``index_2.html``), a 滚动 page with ``?page=2``, a 专题, a tag page, search, an account page, a
video index, a 24小时热榜 and 联系我们."""

# ruff: noqa: E501

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site14

CT = "text/html; charset=utf-8"
LABEL = {
    "wx": "公众号",
    "tt": "头条号",
    "dy": "网易号",
    "rmh": "人民日报客户端",
    "city": "城市客户端",
}
LINKS = [
    *((v, f"/news/{k}/index.html") for k, v in LABEL.items()),
    ("滚动", "/roll/?page=1"),
    ("专题", "/zhuanti/2024/csgx/"),
    ("标签：城市更新", "/tag/城市更新/"),
    ("搜索", "/search/?q=江城"),
    ("江城发布", "/account/jcfb/"),
    ("视频", "/video/"),
    ("24小时热榜", "/hot/"),
    ("联系我们", "/about/contact.html"),
]


def _frame(site: Site14, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in LINKS)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{css(rng, "idx", 120)}</style></head>
<body><div class="hd"><a href="/" class="logo">江城新闻聚合</a><form action="/search/"><input name="q"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/index.html">首页</a></li>{nav}</ul></div>
<div class="main">{inner}</div>
<div class="ft"><p><a href="/about/contact.html">联系我们</a></p><p>Copyright © 2024 江城新闻聚合 鄂ICP备2024000114号-1</p></div>
<script>{stats_js("14aa14bb14cc14dd14ee14ff14aa14bb")}</script></body></html>"""
    return encode(page, "utf-8"), CT


def _li(a: Art) -> str:
    return f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">{a.when:%m-%d %H:%M}</span></li>'


def home(site: Site14) -> tuple[bytes, str]:
    boxes = []
    for tpl, label in LABEL.items():
        arts = sorted(site.of(tpl), key=lambda a: a.when)[::-1]
        boxes.append(
            f'<div class="box"><h2><a href="/news/{tpl}/index.html">{label}</a></h2><ul>{"".join(_li(a) for a in arts[:8])}</ul><a class="more" href="/news/{tpl}/index.html">更多</a></div>'
        )
    return _frame(site, "江城新闻聚合_首页", "home", "".join(boxes))


def listing(site: Site14, tpl: str, page: int) -> tuple[bytes, str]:
    arts = sorted(site.of(tpl), key=lambda a: a.when)[::-1]
    chunk = arts[(page - 1) * 7 : page * 7]
    items = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><p>{esc(trunc(a.paras[0], 50))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in chunk
    )
    pager = '<div class="page"><a href="index.html">1</a> <a href="index_2.html">2</a> <a href="index_2.html">下一页</a></div>'
    return _frame(
        site,
        f"{LABEL[tpl]}_第{page}页",
        f"list-{tpl}-{page}",
        f'<h1>{LABEL[tpl]}</h1><ul class="list">{items}</ul>{pager}',
    )


def roll(site: Site14, page: int) -> tuple[bytes, str]:
    arts = sorted(site.arts, key=lambda a: a.when)[::-1][(page - 1) * 30 : page * 30]
    items = "".join(
        f'<li><span class="col">[{LABEL[a.tpl]}]</span><a href="{a.path}">{esc(a.title)}</a><span>{a.when:%Y-%m-%d %H:%M}</span></li>'
        for a in arts
    )
    pager = '<div class="page"><a href="/roll/?page=1">1</a> <a href="/roll/?page=2">2</a></div>'
    return _frame(site, "滚动新闻", f"roll-{page}", f"<h1>滚动新闻</h1><ul>{items}</ul>{pager}")


def picked(site: Site14, key: str, title: str, pred: Any, head: str) -> tuple[bytes, str]:
    arts = [a for a in site.arts if pred(a)] or site.arts[::7]
    items = "".join(
        f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span>{LABEL[a.tpl]} {a.when:%Y-%m-%d %H:%M}</span></div>'
        for a in arts[:20]
    )
    return _frame(site, title, key, f"<h1>{head}</h1>{items}")


def hot(site: Site14) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "hot")
    rows = "".join(
        f'<tr><td>{k}</td><td><a href="{a.path}">{esc(a.title)}</a></td><td>{rng.randint(1000, 900000)}</td></tr>'
        for k, a in enumerate(rng.sample(site.arts, 30), 1)
    )
    return _frame(site, "24小时热榜", "hot", f"<h1>24小时热榜</h1><table>{rows}</table>")


def video(site: Site14) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    cells = "".join(
        f'<div class="v"><a href="{a.path}"><img src="/v/{k}.jpg"><span>{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}</span></a><p>{esc(trunc(a.title, 16))}</p></div>'
        for k, a in enumerate(rng.sample(site.arts, 16))
    )
    return _frame(site, "视频", "video", f"<h1>视频</h1>{cells}")


def about(site: Site14) -> tuple[bytes, str]:
    return _frame(
        site,
        "联系我们",
        "about",
        "<h1>联系我们</h1><p>新闻热线：027-12345678</p><p>邮箱：news@jc.example</p><p>地址：江城市新华路88号</p>",
    )


def register(site: Site14) -> None:
    site.route("/", lambda: home(site))
    site.route("/index.html", lambda: home(site))
    for tpl in LABEL:
        site.route(f"/news/{tpl}/index.html", lambda tpl=tpl: listing(site, tpl, 1))  # type: ignore[misc]
        site.route(f"/news/{tpl}/index_2.html", lambda tpl=tpl: listing(site, tpl, 2))  # type: ignore[misc]
    site.route("/roll/?page=1", lambda: roll(site, 1))
    site.route("/roll/?page=2", lambda: roll(site, 2))
    site.route(
        "/zhuanti/2024/csgx/",
        lambda: picked(
            site, "zt", "城市更新专题", lambda a: a.tpl in ("wx", "city"), "专题｜城市更新进行时"
        ),
    )
    site.route(
        "/tag/城市更新/",
        lambda: picked(
            site, "tag", "城市更新_标签", lambda a: "城市更新" in a.body, "标签：城市更新"
        ),
    )
    site.route(
        "/search/?q=江城",
        lambda: picked(site, "search", "江城_搜索", lambda a: "江城" in a.body, "搜索结果：江城"),
    )
    site.route(
        "/account/jcfb/",
        lambda: picked(
            site,
            "acct",
            "江城发布_公众号",
            lambda a: a.tpl == "wx" and a.x["acct"][0] == "江城发布",
            "江城发布",
        ),
    )
    site.route("/video/", lambda: video(site))
    site.route("/hot/", lambda: hot(site))
    site.route("/about/contact.html", lambda: about(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
