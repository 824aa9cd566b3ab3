"""Site 54's non-article pages: the home page (a portal of the five sites); the 凡科 town site's
news list (``/nr.jsp``, ``?m313pageno=2``) and its 镇情概况 / 办事指南 column pages; the school's
news list (``/news/?page=2``, ``?page=3``) and contact page; the association's H5 works list; the
Typecho blog's category pages (``/category/town/page/2/``), tag pages, month archives, its
归档 page, a search page and its about page; the WordPress site's category pages
(``/category/xwdt/page/2/``), a search page, a month archive and its 产品中心 page (GBK)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served
from .pools import ORG
from .templates import TC_TAGS, latest, li

if TYPE_CHECKING:
    from .generator import Site54

Url = Callable[[int], str]
LISTS: dict[str, tuple[Url, int, str]] = {
    "fk": (lambda n: "/nr.jsp" if n == 1 else f"/nr.jsp?m313pageno={n}", 6, "新闻动态"),
    "al": (lambda n: "/news/" if n == 1 else f"/news/?page={n}", 5, "新闻中心"),
    "tc": (lambda n: "/category/town/" if n == 1 else f"/category/town/page/{n}/", 8, "全部文章"),
    "wp": (lambda n: "/category/xwdt/" if n == 1 else f"/category/xwdt/page/{n}/", 8, "新闻动态"),
}


def _shell(
    site: Site54, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b) for b in rng.sample(site.of(tpl), 5))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
        f"<style>{css(rng, 'ls' + tpl, 150)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 20)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{ORG[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>推荐阅读</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><p>© {ORG[tpl]} 版权所有</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a>')
    return f'<div class="pagination">{"".join(out)}</div>'


def _lists(site: Site54, tpl: str) -> None:
    url, per, heading = LISTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    charset = "gbk" if tpl == "wp" else "utf-8"
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><a href="{esc(b.path)}">{esc(b.title)}</a><p class="summary">{esc(b.paras[0][:60])}…</p><span class="time">{b.when:%Y-%m-%d}</span></li>'
                for b in chunk
            )
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {heading}</div><h2>{heading}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(
                site,
                tpl,
                url(n),
                f"{heading}{'' if n == 1 else f' - 第{n}页'} - {ORG[tpl]}",
                inner,
                charset,
            )

        site.route(url(n), render)


def _simple(
    site: Site54,
    tpl: str,
    key: str,
    title: str,
    arts: list[Art],
    text: str = "",
    charset: str = "utf-8",
) -> None:
    def render() -> tuple[bytes, str]:
        items = "".join(li(b) for b in latest(arts))
        inner = (
            f"<h2>{esc(title)}</h2>"
            + (f"<p>{esc(text)}</p>" if text else "")
            + (f'<ul class="list">{items}</ul>' if arts else "")
        )
        return _shell(site, tpl, key, f"{title} - {ORG[tpl]}", inner, charset)

    site.route(key, render)


def _home(site: Site54) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    fronts = {
        "fk": "/nr.jsp",
        "al": "/news/",
        "h5": "/works/",
        "tc": "/category/town/",
        "wp": "/category/xwdt/",
    }
    for tpl, front in fronts.items():
        items = "".join(li(b) for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{front}">{ORG[tpl]}</a></h2><ul>{items}</ul><a class="more" href="{front}">更多&gt;&gt;</a></div>'
        )
    links = [
        ("/col.jsp?id=103", "镇情概况"),
        ("/col.jsp?id=105", "办事指南"),
        ("/contact/", "学校联系方式"),
        ("/archives.html", "博客归档"),
        ("/about.html", "关于博主"),
        ("/tag/老街/", "标签：老街"),
        ("/search/端午/", "搜索：端午"),
        ("/2024/05/", "2024年5月"),
        ("/2019/05/", "2019年5月"),
        ("/product/", "恒达产品中心"),
        ("/?s=安全", "恒达站内搜索"),
    ]
    nav = " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>临川本地网站导航</title><style>{css(rng, "hub", 200)}</style><script>{filler_js(rng, "hub", 30)}</script></head><body>
<div class="header"><h1>临川本地网站导航</h1></div><div class="main">{"".join(boxes)}</div>
<div class="links">{nav}</div><div class="footer">本页收录本地乡镇、学校、协会、企业网站</div></body></html>"""
    return served(page)


def register(site: Site54) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in LISTS:
        _lists(site, tpl)
    _simple(
        site,
        "fk",
        "/col.jsp?id=103",
        "镇情概况",
        [],
        "青石镇位于县境东部，辖9个行政村、1个社区，总面积86平方公里，户籍人口2.3万人，以茶叶、油茶和生态旅游为特色产业。",
    )
    _simple(
        site,
        "fk",
        "/col.jsp?id=105",
        "办事指南",
        [],
        "便民服务中心办理事项：社保缴费、医保报销、农村建房审批、残疾人证申领等。工作时间：周一至周五 8:30-12:00，14:30-17:30。",
    )
    _simple(
        site,
        "al",
        "/contact/",
        "联系我们",
        [],
        "学校地址：云溪县学府路66号；招生咨询电话：0571-66000000；邮箱：office@example.com。",
    )
    _simple(site, "h5", "/works/", f"{ORG['h5']}的作品", site.of("h5"))
    tc = site.of("tc")
    _simple(site, "tc", "/archives.html", "文章归档", tc)
    _simple(
        site,
        "tc",
        "/about.html",
        "关于",
        [],
        "我是老周，土生土长的柳河人，在镇上开了二十年照相馆。这个博客记些镇上的事，欢迎街坊们投稿。",
    )
    for k, t in enumerate(TC_TAGS[:3]):
        _simple(site, "tc", f"/tag/{t}/", f"标签 {t} 下的文章", tc[k::3])
    _simple(
        site,
        "tc",
        "/search/端午/",
        "包含关键字 端午 的文章",
        [a for a in tc if "端午" in a.title + a.body] or tc[:3],
    )
    for ym in ("2024/05", "2019/05"):
        _simple(
            site,
            "tc",
            f"/{ym}/",
            f"{ym.replace('/', '年')}月 的文章",
            [a for a in tc if f"{a.when:%Y/%m}" == ym],
        )
    wp = site.of("wp")
    _simple(
        site,
        "wp",
        "/?s=安全",
        "“安全”的搜索结果",
        [a for a in wp if "安全" in a.title + a.body] or wp[:4],
        charset="gbk",
    )
    _simple(
        site,
        "wp",
        "/product/",
        "产品中心",
        [],
        "恒达机械主要产品有液压挖掘机、装载机、齿轮箱和起重设备，产品远销东南亚、中东和非洲市场。",
        charset="gbk",
    )
