"""Site 44's non-article pages: the home page, each CMS's section fronts with its own pagination
(科学网 ``indexnews.aspx?classid=1&page=2`` and the blog list ``blog.php?mod=recommend&type=list
&page=2``, 中国科技网 ``kejixinwen_2.shtml``, TRS ``index_1.html`` at 中国教育新闻网, the 卫健委's
``index_2.html`` in GBK, 健康界 ``content-1001-2.html``), bloggers' space pages, 健康界 tag pages,
a 专题, a 2019 archive, search pages, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import (
    JK_TAGS,
    JY_COLS,
    LABELS,
    ST_COLS,
    WJ_COLS,
    jk_front,
    jy_front,
    kx_blog_front,
    kx_news_front,
    latest,
    st_front,
    wj_front,
)

if TYPE_CHECKING:
    from .generator import Site44

PER = {"kx": 4, "st": 3, "jy": 3, "wj": 3, "jk": 5}
Url = Callable[[int], str]


def _items(arts: list[Art], fmt: str = "%Y-%m-%d") -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span class="date">{b.when:{fmt}}</span></li>'
        for b in arts
    )


def _pager(n: int, pages: int, url: Url) -> str:
    if pages == 1:
        return '<div class="page">共1页</div>'
    out = [f'<a href="{url(1)}">首页</a>']
    if n > 1:
        out.append(f'<a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f"<span class='cur'>{k}</span>" if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a>')
    out.append(f'<a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{" ".join(out)} 第{n}页/共{pages}页</div>'


def _shell(
    site: Site44, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>'
        for b in rng.sample(site.of(tpl), 6)
    )
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls' + tpl, 260)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 40)}</script>\n<script>{stats_js('list' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _paged(
    site: Site44,
    tpl: str,
    heading: str,
    arts: list[Art],
    url: Url,
    suffix: str,
    charset: str = "utf-8",
) -> None:
    arts = latest(arts)
    per = PER[tpl]
    pages = max(1, -(-len(arts) // per))
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            inner = f'<div class="position">当前位置：<a href="/">首页</a> &gt; {esc(heading)}</div><h2 class="col-tit">{esc(heading)}</h2><ul class="list">{_items(chunk)}</ul>{_pager(n, pages, url)}'
            title = f"{heading}{'' if n == 1 else f'_第{n}页'}{suffix}"
            return _shell(site, tpl, url(n), title, inner, charset)

        site.route(url(n), render)


def _home(site: Site44) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "kx": [
            (kx_news_front(), "新闻"),
            (kx_blog_front(), "博客"),
            ("/news/archive2019.aspx", "2019年新闻"),
        ],
        "st": [(st_front(k), v) for k, v in ST_COLS.items()],
        "jy": [(jy_front(k), v) for k, v in JY_COLS.items()]
        + [("/zt/kxjy2024/index.html", "专题")],
        "wj": [(wj_front(k), v) for k, v in WJ_COLS.items()],
        "jk": [(jk_front(), "资讯")]
        + [(f"/tag/{v}.html", k) for k, v in list(JK_TAGS.items())[:3]],
    }
    boxes = []
    for tpl, label in LABELS.items():
        secs = "".join(f'<a href="{h}">{n}</a>' for h, n in fronts[tpl])
        boxes.append(
            f'<div class="box box-{tpl}"><div class="hd"><h2>{label}</h2><div class="secs">{secs}</div></div><ul>{_items(latest(site.of(tpl))[:5], "%m-%d")}</ul></div>'
        )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>科教卫健资讯导航 - 科技 教育 卫生健康新闻</title>
<meta name="keywords" content="科技新闻,教育新闻,卫生健康"><style>{css(rng, "hub", 380)}</style><script>{filler_js(rng, "hub", 50)}</script></head><body>
<div class="header"><h1 class="logo">科教卫健资讯导航</h1><div class="date">{latest(site.arts)[0].when:%Y年%m月%d日}</div><form action="/search.aspx"><input name="keyword"><button>搜索</button></form></div>
<div class="main">{"".join(boxes)}</div>
<div class="footer"><a href="/about.aspx">关于我们</a> | <a href="/contact.aspx">联系我们</a><p>本站汇集科教卫健新闻网站链接，内容版权归原网站所有。</p></div></body></html>"""
    return served(page)


def _space(site: Site44, a: Art) -> tuple[bytes, str]:
    """A blogger's space page: the posts' list (Discuz!, GBK)."""
    who = a.authors[0]
    mine = [b for b in site.of("kx") if b.x["kind"] == "blog" and b.x["uid"] == a.x["uid"]]
    inner = f'<h2>{who}的个人博客</h2><p class="xg1">{esc(a.x["ctx"]["unit"])}</p><h3>博文</h3><ul class="xld">{_items(mine, "%Y-%m-%d %H:%M")}</ul><p>访问量：{a.x["reads"] * 7}</p>'
    return _shell(
        site,
        "kx",
        f"/home.php?mod=space&uid={a.x['uid']}",
        f"{who}的个人博客 - 科学网博客",
        inner,
        "gbk",
    )


def _static(site: Site44, tpl: str, key: str, title: str, text: list[str]) -> tuple[bytes, str]:
    inner = f"<h2>{esc(title)}</h2>" + "".join(f"<p>{esc(t)}</p>" for t in text)
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner)


def _search(
    site: Site44, tpl: str, key: str, word: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    arts = site.of(tpl)
    hits = [a for a in arts if word in a.title + a.body] or latest(arts)[:5]
    inner = f'<div class="search-info">搜索“{esc(word)}”，共找到 {len(hits)} 条结果</div><ul class="search-list">{_items(hits)}</ul>'
    return _shell(site, tpl, key, f"搜索结果_{LABELS[tpl]}", inner, charset)


def _topic(
    site: Site44, tpl: str, key: str, title: str, intro: str, arts: list[Art]
) -> tuple[bytes, str]:
    inner = f'<div class="zt-banner"><h2>{esc(title)}</h2><p>{esc(intro)}</p></div><ul class="list">{_items(latest(arts))}</ul>'
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner)


def register(site: Site44) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    kx = site.of("kx")
    news = [a for a in kx if a.x["kind"] == "news"]
    blogs = [a for a in kx if a.x["kind"] == "blog"]
    _paged(site, "kx", "要闻", news, kx_news_front, "_科学网")
    _paged(site, "kx", "精选博文", blogs, kx_blog_front, "_科学网博客", "gbk")
    for a in blogs:
        site.route(f"/home.php?mod=space&uid={a.x['uid']}", lambda a=a: _space(site, a))
    site.route(
        "/news/archive2019.aspx",
        lambda: _topic(
            site,
            "kx",
            "/news/archive2019.aspx",
            "2019年5月新闻",
            "科学网新闻存档：2019年5月。",
            [a for a in kx if a.x["old"]],
        ),
    )
    st = site.of("st")
    for col, name in ST_COLS.items():
        arts = [a for a in st if a.x["col"][0] == col]
        _paged(site, "st", name, arts, lambda n, c=col: st_front(c, n), "-中国科技网")
    jy = site.of("jy")
    for col, name in JY_COLS.items():
        arts = [a for a in jy if a.x["col"][0] == col]
        _paged(site, "jy", name, arts, lambda n, c=col: jy_front(c, n), "_中国教育新闻网")
    site.route(
        "/zt/kxjy2024/index.html",
        lambda: _topic(
            site,
            "jy",
            "/zt/kxjy2024/index.html",
            "做好科学教育加法",
            "中国教育新闻网专题。",
            [a for a in jy if not a.x["old"]][:6],
        ),
    )
    wj = site.of("wj")
    for col, name in WJ_COLS.items():
        arts = [a for a in wj if a.x["col"][0] == col]
        _paged(
            site, "wj", name, arts, lambda n, c=col: wj_front(c, n), "-青澜省卫生健康委员会", "gbk"
        )
    jk = site.of("jk")
    _paged(site, "jk", "资讯", jk, jk_front, "-健康界")
    for tag, tid in JK_TAGS.items():
        arts = [a for a in jk if tag in a.x["tags"]]
        if arts:
            key = f"/tag/{tid}.html"
            site.route(
                key,
                lambda k=key, t=tag, arts=arts: _topic(site, "jk", k, f"{t}", f"标签：{t}", arts),
            )
    for tpl, key, word, cs in [
        ("kx", "/search.aspx?keyword=研究", "研究", "utf-8"),
        ("st", "/search/?keyword=科技", "科技", "utf-8"),
        ("jy", "/search/?searchword=教育", "教育", "utf-8"),
        ("wj", "/search.jsp?keyword=卫生", "卫生", "gbk"),
        ("jk", "/search?kw=医院", "医院", "utf-8"),
    ]:
        site.route(key, lambda t=tpl, k=key, w=word, c=cs: _search(site, t, k, w, c))
    statics = [
        (
            "kx",
            "/about.aspx",
            "关于我们",
            ["科学网由中国科学院、中国工程院和国家自然科学基金委员会主管，中国科学报社主办。"],
        ),
        ("kx", "/contact.aspx", "联系我们", ["地址：北京市海淀区中关村南一条乙三号　邮编：100190"]),
        (
            "st",
            "/about/index.shtml",
            "关于我们",
            ["中国科技网是科技日报社主办的国家级科技新闻网站。"],
        ),
        ("st", "/about/contact.shtml", "联系我们", ["新闻热线：010-00000000"]),
        (
            "jy",
            "/about/index.html",
            "关于我们",
            ["中国教育新闻网是中国教育报刊社主办的教育新闻网站。"],
        ),
        ("jy", "/about/contact.html", "联系我们", ["投稿邮箱：tougao@example.cn"]),
        (
            "wj",
            "/jggk/index.html",
            "机构概况",
            ["青澜省卫生健康委员会是省政府组成部门，为正厅级。"],
        ),
        ("jk", "/about.html", "关于我们", ["健康界是医疗健康产业的专业资讯与服务平台。"]),
        ("jk", "/contact.html", "联系我们", ["商务合作：bd@example.com"]),
    ]
    for tpl, key, title, text in statics:
        site.route(key, lambda t=tpl, k=key, ti=title, tx=text: _static(site, t, k, ti, tx))
