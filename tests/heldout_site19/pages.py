"""Site 19's non-article pages: the portal home, each paper's lists with its CMS's own
pagination (Founder ``index_1.shtml``, ``index_2.html``, ``node_5_2.htm``, ``?page=2``,
``/column/hongxing/2.html``), topic and tag pages, the 新民眼 column, a 24-hour hot list,
reporters' pages, search, video and photo indexes, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_gen import home_boxes
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

from .templates import HX_NAV, QL_NAV, XM_NAV, YZ_NAV, ZJ_NAV, crc, intro

if TYPE_CHECKING:
    from .generator import Site19

PER = 5
BRANDS = {
    "zjol": ("浙江在线", ZJ_NAV, "浙ICP备07502808号-1"),
    "yz": ("扬子晚报网", YZ_NAV, "苏ICP备10077980号-2"),
    "xm": ("新民网", XM_NAV, "沪ICP备05050403号"),
    "ql": ("齐鲁壹点", QL_NAV, "鲁ICP备14034567号-1"),
    "hx": ("红星新闻", HX_NAV, "蜀ICP备15012345号"),
    "home": ("报业新闻汇", [], "京ICP备00000000号"),
}
LABELS = {
    "zjol": "浙江新闻",
    "yz": "扬子晚报",
    "xm": "新民晚报",
    "ql": "齐鲁壹点",
    "hx": "红星新闻",
}
LISTS = {
    "zjol": "/zjxw/index.shtml",
    "yz": "/news/index.html",
    "xm": "/content/node_5.htm",
    "ql": "/news?page=1",
    "hx": "/column/hongxing/1.html",
}


def _page(
    site: Site19, key: str, brand: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    name, nav, icp = BRANDS[brand]
    if brand == "home":
        nav = (
            [("/", "首页")]
            + [(LISTS[t], n) for t, n in LABELS.items()]
            + [("/video/index.html", "视频"), ("/photo/index.html", "图片")]
        )
    navh = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in nav)
    latest = sorted(site.arts, key=lambda a: a.when, reverse=True)
    side = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in rng.sample(latest, 8))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(title)}_{name}</title>
<meta name="keywords" content="{name},新闻,{esc(title)}" />
<meta name="description" content="{name}{esc(title)}频道，提供最新最全的本地新闻资讯。" />
<style>{css(rng, brand, 160)}</style>
<script>{stats_js(brand + "list" + str(crc(key) % 9999))}</script>
</head>
<body>
<div class="top"><a href="/" class="logo">{name}</a><span class="fr"><a href="/about.html">关于我们</a> <a href="/contact.html">联系我们</a> <a href="/search.html">搜索</a></span></div>
<div class="nav"><ul>{navh}</ul></div>
<div class="main clearfix">
<div class="left"><h1 class="list-title">{esc(title)}</h1>
{inner}
</div>
<div class="right"><div class="ad"><span>广告</span></div><div class="hot"><h3>热门</h3><ul>{side}</ul></div></div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/video/index.html">视频</a> | <a href="/photo/index.html">图片</a></p>
<p>{name} 版权所有　{icp}　<a href="https://beian.miit.gov.cn/">公网安备</a>　违法和不良信息举报电话：12377</p>
<p>互联网新闻信息服务许可证　信息网络传播视听节目许可证　广播电视节目制作经营许可证</p></div>
</body>
</html>
"""
    if charset == "gbk":
        return encode(page, "gbk"), "text/html; charset=GBK"
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def _items(arts: list[Art], fmt: str = "%Y-%m-%d %H:%M", summary: bool = True) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a>'
        + (f'<p class="summary">{esc(intro(b, 50))}</p>' if summary else "")
        + f'<span class="time">{b.when.strftime(fmt)}</span></li>'
        for b in arts
    )


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def home(site: Site19) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABELS, focus="要闻", top=10, each=8)
    links = "".join(f'<a href="{p}">{LABELS[t]}更多&gt;&gt;</a> ' for t, p in LISTS.items())
    extra = (
        '<div class="entry"><a href="/topic/gtfy/index.shtml">共同富裕专题</a> <a href="/tags/suchao.html">苏超</a> '
        '<a href="/xmy/index.htm">新民眼</a> <a href="/topic/quanshui.html">泉水节</a> <a href="/hot24.html">24小时热榜</a> '
        '<a href="/reporters.html">红星记者</a> <a href="/zn/index.html">紫牛新闻</a> <a href="/szxw/index.shtml">时政新闻</a></div>'
    )
    return _page(
        site, "/", "home", "首页", f'<div class="more">{links}</div>{extra}' + "".join(boxes)
    )


def _pager(tpl: str, p: int, n: int) -> str:
    """Each CMS's own page links."""
    if tpl == "zjol":  # Founder: index.shtml, index_1.shtml, index_2.shtml (relative)
        name = lambda k: "index.shtml" if k == 1 else f"index_{k - 1}.shtml"  # noqa: E731
        parts = [
            f'<a href="{name(k)}">{k}</a>' if k != p else f"<span>{k}</span>"
            for k in range(1, n + 1)
        ]
        nxt = f'<a href="{name(p + 1)}">下一页</a>' if p < n else ""
        return f'<div class="page">共{n}页　<a href="index.shtml">首页</a> {"".join(parts)} {nxt} <a href="{name(n)}">尾页</a></div>'
    if tpl == "yz":
        name = lambda k: "/news/index.html" if k == 1 else f"/news/index_{k}.html"  # noqa: E731
        more = (
            f'<a class="load-more" href="{name(p + 1)}">加载更多</a>'
            if p < n
            else '<span class="nomore">没有更多了</span>'
        )
        return f'<div class="pages">{more}</div>'
    if tpl == "xm":
        name = lambda k: "node_5.htm" if k == 1 else f"node_5_{k}.htm"  # noqa: E731
        parts = "".join(
            f'<a href="{name(k)}"{" class=cur" if k == p else ""}>{k}</a>' for k in range(1, n + 1)
        )
        prev = f'<a href="{name(p - 1)}">上一页</a>' if p > 1 else ""
        nxt = f'<a href="{name(p + 1)}">下一页</a>' if p < n else ""
        return f'<div id="displaypagenum">{prev}{parts}{nxt}</div>'
    if tpl == "ql":
        parts = "".join(f'<a href="/news?page={k}">{k}</a>' for k in range(1, n + 1))
        return f'<div class="pagination" data-total="{n}">{parts}</div>'
    parts = "".join(f'<a href="/column/hongxing/{k}.html">{k}</a>' for k in range(1, n + 1))
    return f'<div class="pager">{parts}<a href="/column/hongxing/{min(p + 1, n)}.html">下一页</a></div>'


LIST_PATHS = {
    "zjol": lambda k: "/zjxw/index.shtml" if k == 1 else f"/zjxw/index_{k - 1}.shtml",
    "yz": lambda k: "/news/index.html" if k == 1 else f"/news/index_{k}.html",
    "xm": lambda k: "/content/node_5.htm" if k == 1 else f"/content/node_5_{k}.htm",
    "ql": lambda k: f"/news?page={k}",
    "hx": lambda k: f"/column/hongxing/{k}.html",
}


def listing(site: Site19, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    n = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    inner = f'<ul class="list">{_items(chunk)}</ul>{_pager(tpl, p, n)}'
    title = {"zjol": "浙江新闻", "yz": "新闻", "xm": "上海", "ql": "新闻", "hx": "要闻"}[tpl]
    key = LIST_PATHS[tpl](p)
    return _page(
        site,
        key,
        tpl,
        title + (f"_第{p}页" if p > 1 else ""),
        inner,
        "gbk" if tpl == "zjol" else "utf-8",
    )


def _route_page(
    site: Site19, path: str, brand: str, title: str, inner: Any, charset: str = "utf-8"
) -> None:
    site.route(path, lambda: _page(site, path, brand, title, inner(), charset))


def register(site: Site19) -> None:
    site.route("/", lambda: home(site))
    for tpl, fn in LIST_PATHS.items():
        n = (len(site.of(tpl)) + PER - 1) // PER
        for p in range(1, n + 1):
            site.route(fn(p), lambda tpl=tpl, p=p: listing(site, tpl, p))
    zj, yz, xm, ql, hx = (_latest(site.of(t)) for t in ("zjol", "yz", "xm", "ql", "hx"))
    _route_page(
        site,
        "/szxw/index.shtml",
        "zjol",
        "时政新闻",
        lambda: (
            f'<ul class="list">{_items([b for b in zj if b.x["node"][0] == "szxw"])}</ul><div class="page">共1页</div>'
        ),
        "gbk",
    )
    _route_page(
        site,
        "/topic/gtfy/index.shtml",
        "zjol",
        "高质量发展建设共同富裕示范区",
        lambda: (
            '<div class="ztBanner"><img src="/pic/zt/gtfy_banner.jpg" /><p>浙江在线专题：聚焦高质量发展建设共同富裕示范区。</p></div>'
            f'<div class="ztList"><h3>最新报道</h3><ul>{_items(zj[::2], summary=False)}</ul></div>'
        ),
        "gbk",
    )
    _route_page(
        site,
        "/zjxw/photo/index.shtml",
        "zjol",
        "图片新闻",
        lambda: "".join(
            f'<dl class="picItem"><dt><a href="{b.path}"><img src="/pic/thumb/{b.x["id"]}.jpg" /></a></dt><dd><a href="{b.path}">{esc(trunc(b.title, 18))}</a></dd></dl>'
            for b in zj
            if any(k.kind == "img" for k in b.blocks)
        ),
        "gbk",
    )
    _route_page(
        site,
        "/zn/index.html",
        "yz",
        "紫牛新闻",
        lambda: (
            '<div class="zn-intro">紫牛新闻：有温度 有态度 有深度。</div>'
            f'<ul class="list">{_items([b for b in yz if b.x["style"] in ("zn", "two", "intern")])}</ul>'
        ),
    )
    _route_page(
        site,
        "/tags/suchao.html",
        "yz",
        "标签：苏超",
        lambda: (
            f'<p class="tag-desc">江苏省城市足球联赛（苏超）相关报道</p><ul class="list">{_items(yz[1::3])}</ul>'
        ),
    )
    _route_page(
        site,
        "/search.html",
        "yz",
        "搜索",
        lambda: (
            '<form action="/search.html" method="get"><input name="q" value="" placeholder="请输入关键词" /><button>搜索</button></form><p class="tip">请输入关键词进行搜索</p>'
            f'<div class="hot-words">热门搜索：{"".join(f"<span>{w}</span>" for w in ("高考", "地铁", "苏超", "天气", "小龙虾"))}</div>'
        ),
    )
    _route_page(
        site,
        "/xmy/index.htm",
        "xm",
        "新民眼",
        lambda: (
            '<div class="col-intro">新民眼：新民晚报深度报道栏目，关注申城民生热点。</div>'
            + "".join(
                f'<div class="xmy_item"><h4><a href="{b.path}">{esc(b.title)}</a></h4><p>{esc(intro(b, 60))}</p><span>{b.when:%Y-%m-%d}</span></div>'
                for b in xm[::2]
            )
        ),
    )
    _route_page(
        site,
        "/topic/quanshui.html",
        "ql",
        "专题：泉水节",
        lambda: (
            '<div class="topic-head"><p>第十二届济南泉水节专题报道</p></div>'
            f'<ul class="list">{_items(ql[::3] + zj[:1], summary=False)}</ul>'
        ),
    )
    _route_page(
        site,
        "/hot24.html",
        "hx",
        "24小时热榜",
        lambda: (
            '<ol class="hot24-full">'
            + "".join(
                f'<li><i>{k + 1}</i><a href="{b.path}">{esc(b.title)}</a><span>{(97 - k * 7)}万热度</span></li>'
                for k, b in enumerate(_latest(site.arts)[:20])
            )
            + "</ol>"
        ),
    )
    reporters: dict[str, list[Art]] = {}
    for b in hx:
        reporters.setdefault(b.authors[0], []).append(b)
    rpaths = {nm: f"/author/{crc(nm) % 100000:05d}.html" for nm in reporters}
    _route_page(
        site,
        "/reporters.html",
        "hx",
        "红星记者",
        lambda: (
            '<ul class="reporters">'
            + "".join(
                f'<li><a href="{rpaths[nm]}">{nm}</a><span>红星新闻记者</span></li>'
                for nm in reporters
            )
            + "</ul>"
        ),
    )
    for nm, arts in reporters.items():
        _route_page(
            site,
            rpaths[nm],
            "hx",
            f"{nm}的主页",
            lambda nm=nm, arts=arts: (
                f'<div class="author-card"><img src="/static/img/avatar.png" /><h2>{nm}</h2><p>红星新闻记者，关注城市与民生。</p></div>'
                f'<ul class="list">{_items(arts)}</ul>'
            ),
        )
    _route_page(
        site,
        "/video/index.html",
        "home",
        "视频",
        lambda: "".join(
            f'<div class="video-card"><a href="{b.path}"><img src="/video/poster/{crc(b.path) % 10**6}.jpg" /><span class="dur">0{b.i % 5 + 1}:{10 + b.i * 3}</span></a><p><a href="{b.path}">{esc(b.title)}</a></p></div>'
            for b in _latest(site.arts)[1:30:3]
        ),
    )
    _route_page(
        site,
        "/photo/index.html",
        "home",
        "图片",
        lambda: "".join(
            f'<figure class="photo-card"><a href="{b.path}"><img src="{next(k.src for k in b.blocks if k.kind == "img")}" /></a><figcaption><a href="{b.path}">{esc(b.title)}</a></figcaption></figure>'
            for b in [c for c in _latest(site.arts) if any(k.kind == "img" for k in c.blocks)][:16]
        ),
    )
    _route_page(
        site,
        "/about.html",
        "home",
        "关于我们",
        lambda: (
            "<p>本站汇集浙江日报报业集团、新华报业传媒集团、上海报业集团、大众报业集团、成都传媒集团旗下新闻网站的最新报道。</p>"
            "<p>各报业集团依法享有其作品的著作权，未经授权不得转载。</p>"
        ),
    )
    _route_page(
        site,
        "/contact.html",
        "home",
        "联系我们",
        lambda: (
            "<p>新闻热线：0571-96068　025-96060　021-52921234　0531-96706　028-86612222</p><p>广告合作：ad@news.example</p>"
        ),
    )
