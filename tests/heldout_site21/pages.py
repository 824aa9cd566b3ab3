"""Site 21's non-article pages: the portal home, each paper's lists with its CMS's own pagination
(``index_2.html``, ``node_117_2.htm``, Founder ``index_1.shtml``, ``?page=2``, ``list_2.html``),
column pages (大河评论, 新湖南评论), a special topic, reporters' pages, search, video and photo
indexes, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes
from heldout_site7.common import css, esc, page_rng, stats_js, trunc

from .templates import LABELS, author_path, channel_nav, footer

if TYPE_CHECKING:
    from .generator import Site21

PER = 6


def _pager_paths(tpl: str) -> list[str]:
    return {
        "dahe": ["/news/henan/index.html", "/news/henan/index_2.html"],
        "hubei": ["/hubei/node_117.htm", "/hubei/node_117_2.htm"],
        "dbw": ["/hlj/index.shtml", "/hlj/index_1.shtml"],
        "scol": ["/list/szxw?page=1", "/list/szxw?page=2"],
        "voc": ["/column/hunan/index.html", "/column/hunan/list_2.html"],
    }[tpl]


def _page(site: Site21, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 18))}</a></li>'
        for b in rng.sample(site.arts, 10)
    )
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<title>{esc(title)}</title>\n<meta name="keywords" content="省级新闻网站,党报网站,地方新闻">\n'
        f"<style>{css(rng, 'pv', 170)}</style>\n<script>{stats_js('portal' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">地方党报网站联播</a></div>{channel_nav(site, key, "/pindao/")}\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点排行</h3><ul>{side}</ul></div></div>\n'
        + footer("地方党报网站联播", "京ICP备00000000号", "各省级党报集团新闻网站")
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 60))}</p><span class="date">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def home(site: Site21) -> tuple[bytes, str]:
    labels = {t: n for t, n in LABELS.items()}
    boxes = "".join(home_boxes(site, labels, "今日要闻", 12, 8, "%m-%d"))
    more = "".join(
        f'<a href="{_pager_paths(t)[0]}">{n}更多&gt;&gt;</a> ' for t, n in LABELS.items()
    )
    extra = (
        '<div class="links"><a href="/special/2024/index.html">专题</a> <a href="/news/dhpl/index.html">大河评论</a> '
        '<a href="/column/xhnpl/index.html">新湖南评论</a> <a href="/video/index.html">视频</a> <a href="/photo/index.html">图片</a> '
        '<a href="/search/?keyword=">搜索</a> <a href="/about/index.html">关于我们</a></div>'
    )
    return _page(
        site, "/", "地方党报网站联播 - 首页", boxes + f'<div class="more">{more}</div>' + extra
    )


def listing(site: Site21, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    paths = _pager_paths(tpl)
    chunk = arts[(p - 1) * PER : p * PER]
    if tpl == "dbw":  # Founder: index.shtml, index_1.shtml ...
        pager = (
            "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + '<a href="/hlj/index_1.shtml">下一页</a>'
        )
    elif tpl == "scol":
        pager = (
            (f'<a href="/list/szxw?page={p - 1}">上一页</a>' if p > 1 else "")
            + "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + (f'<a href="/list/szxw?page={p + 1}">下一页</a>' if p < 2 else "")
        )
    else:
        pager = (
            f"<span>共{len(arts)}条 第{p}/2页</span>"
            + "".join(f'<a href="{u}">{k + 1}</a>' for k, u in enumerate(paths))
            + f'<a href="{paths[-1]}">尾页</a>'
        )
    inner = f'<div class="list-head"><h2>{LABELS[tpl]} · 最新</h2></div><ul class="list">{_items(chunk)}</ul><div class="pages">{pager}</div>'
    return _page(site, paths[p - 1], f"{LABELS[tpl]}_列表_第{p}页", inner)


def column(site: Site21, tpl: str, name: str, key: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    arts = _latest(rng.sample(site.of(tpl), 5))
    inner = f'<div class="col-intro"><h2>{name}</h2><p>{name}栏目，聚焦热点，理性发声。</p></div><ul class="list">{_items(arts)}</ul>'
    return _page(site, key, f"{name}_{LABELS[tpl]}", inner)


def special(site: Site21) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "special")
    arts = _latest(rng.sample(site.arts, 10))
    inner = (
        '<div class="zt-banner"><h2>奋进新征程 建功新时代</h2><p>专题导语：聚焦各地高质量发展实践。</p></div>'
        + f'<ul class="list">{_items(arts)}</ul>'
    )
    return _page(site, "/special/2024/index.html", "专题：奋进新征程 建功新时代", inner)


def media(site: Site21, kind: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, kind)
    arts = rng.sample(site.arts, 12)
    label = {"video": "视频", "photo": "图片"}[kind]
    cells = "".join(
        f'<li><a href="{b.path}"><img src="/{kind}/thumb/{k}.jpg" alt=""><p>{esc(trunc(b.title, 16))}</p></a><span>{b.when:%m-%d}</span></li>'
        for k, b in enumerate(arts)
    )
    return _page(
        site,
        f"/{kind}/index.html",
        f"{label}频道",
        f'<h2>{label}</h2><ul class="grid">{cells}</ul>',
    )


def search(site: Site21) -> tuple[bytes, str]:
    inner = (
        '<form action="/search/" method="get"><input name="keyword" value=""><button>搜索</button></form>'
        '<p class="tip">请输入关键词进行搜索。热门搜索：</p><ul>'
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in _latest(site.arts)[:5])
        + "</ul>"
    )
    return _page(site, "/search/?keyword=", "站内搜索", inner)


def author(site: Site21, name: str) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("voc") if name in a.authors])
    inner = (
        f'<div class="author-card"><img src="/images/avatar.png" alt=""><h2>{esc(name)}</h2><p>华声在线全媒体记者，关注时政、经济报道。</p>'
        f'<p>发稿数：{len(arts)}</p></div><ul class="list">{_items(arts)}</ul>'
    )
    return _page(site, author_path(name), f"{name}的作品_华声在线", inner)


def about(site: Site21, which: str) -> tuple[bytes, str]:
    if which == "about":
        inner = "<h2>关于我们</h2>" + "".join(
            f"<p>{n}是省级重点新闻网站，由省级党报集团主办，坚持正确舆论导向，服务地方发展。</p>"
            for n in LABELS.values()
        )
        return _page(site, "/about/index.html", "关于我们", inner)
    inner = "<h2>联系我们</h2><p>新闻热线：0000-12345678</p><p>广告合作：0000-87654321</p><p>地址：省会城市某区某路1号报业大厦</p>"
    return _page(site, "/about/contact.html", "联系我们", inner)


def register(site: Site21) -> None:
    site.route("/", lambda: home(site))
    site.route("/index.html", lambda: home(site))
    for tpl in LABELS:
        for p, path in enumerate(_pager_paths(tpl), 1):
            site.route(path, lambda tpl=tpl, p=p: listing(site, tpl, p))
    site.route("/news/yc/index.html", lambda: column(site, "dahe", "原创", "/news/yc/index.html"))
    site.route(
        "/news/dhpl/index.html", lambda: column(site, "dahe", "大河评论", "/news/dhpl/index.html")
    )
    site.route(
        "/column/xhnpl/index.html",
        lambda: column(site, "voc", "新湖南评论", "/column/xhnpl/index.html"),
    )
    site.route("/special/2024/index.html", lambda: special(site))
    site.route("/video/index.html", lambda: media(site, "video"))
    site.route("/photo/index.html", lambda: media(site, "photo"))
    site.route("/search/?keyword=", lambda: search(site))
    site.route("/about/index.html", lambda: about(site, "about"))
    site.route("/about/contact.html", lambda: about(site, "contact"))
    for name in sorted({n for a in site.of("voc") for n in a.authors}):
        site.route(author_path(name), lambda name=name: author(site, name))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
