"""Site 41's non-article pages: the home page (a directory of the five portals), each portal's
section fronts with its CMS's own pagination (TRS ``index_1.shtml`` at 天山网, ``index_1.html``
at 中国西藏网, ASP ``list.asp?classid=3&page=2`` at the 旗 portal in GBK, ``index_2.shtml`` at
广西新闻网, ``index_2.html`` at 延边新闻网 and its Korean mirror), the Uyghur mirror's front, the
Korean mirror's front, the 旗 portal's 蒙古文版 front and 政务公开 page, 专题 pages, a search page,
a 新闻日历 (calendar) for May 2024 and May 2019, about and contact."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import calendar
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, html_page, page_rng, stats_js, trunc
from .pools import MGL
from .templates import (
    GX_SECS,
    LABELS,
    TIBET_SECS,
    TS_SECS,
    YB_SECS,
    fake_heads,
    ko_chrome,
    qx_chrome,
    qx_date,
    qx_side,
    uy_chrome,
)

if TYPE_CHECKING:
    from .generator import Site41

PER = 6


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _items(arts: list[Art], fmt: str = "%Y-%m-%d %H:%M") -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p class="summary">{esc(trunc(b.paras[0], 56))}</p><span class="date">{b.when:{fmt}}</span></li>'
        for b in arts
    )


def _portal(
    site: Site41, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    """The directory's own chrome (home, search, calendar, about, contact)."""
    rng = page_rng(site.seed, key)
    nav = "".join(f'<a href="{h}">{LABELS[t]}</a>' for t, h in FRONTS.items())
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{esc(title)}</title>
<style>{css(rng, "dir", 380)}</style>
<script>{filler_js(rng, "dir", 60)}</script>
<script>{stats_js("dir41")}</script>
</head>
<body>
<div class="header"><a href="/" class="logo">民族地区新闻网站导航</a><div class="nav"><a href="/">首页</a>{nav}<a href="/archive/2024-05.html">新闻日历</a><a href="/search?q=乡村振兴">搜索</a></div></div>
<div class="main">{inner}</div>
<div class="footer"><a href="/about.html">关于本站</a> | <a href="/contact.html">联系我们</a><p>各网站新闻版权归原网站所有</p></div>
</body>
</html>
"""
    return html_page(page, charset)


FRONTS = {
    "ts": "/xwzx/szxw/index.shtml",
    "tibet": "/cn/news/yc/index.html",
    "qx": "/news/list.asp?classid=3",
    "gx": "/news/gxxw/szxw/index.shtml",
    "yb": "/ybxw/index.html",
}


def home(site: Site41) -> tuple[bytes, str]:
    boxes = []
    extra = {
        "ts": [("ئۇيغۇرچە", "/uy/index.shtml"), ("专题", "/zt/index.shtml")],
        "tibet": [("专题", "/cn/zt/index.html")],
        "qx": [("政务公开", "/zwgk/index.asp"), ("蒙古文版", "/mgl/index.asp")],
        "gx": [("专题", "/news/zt/index.shtml")],
        "yb": [("조선문", "/kr/index.html")],
    }
    for tpl, front in FRONTS.items():
        arts = _latest([a for a in site.of(tpl) if not a.x["old"]])[:5]
        more = " ".join(f'<a href="{h}">{esc(n)}</a>' for n, h in extra[tpl])
        boxes.append(
            f'<div class="box"><h2><a href="{front}">{LABELS[tpl]}</a></h2><ul>{"".join(f"<li><a href={chr(34)}{b.path}{chr(34)}>{esc(b.title)}</a></li>" for b in arts)}</ul><p class="more"><a href="{front}">更多&gt;&gt;</a> {more}</p></div>'
        )
    inner = (
        "<h1>民族地区新闻网站导航</h1>"
        + "".join(boxes)
        + '<p><a href="/archive/2019-05.html">2019年5月新闻日历</a></p>'
    )
    return _portal(site, "/", "民族地区新闻网站导航_新疆 西藏 内蒙古 广西 延边", inner)


def pager_links(tpl: str, urls: list[str], p: int) -> str:
    n = len(urls)
    if n == 1:
        return ""
    nums = " ".join(
        f"<span class='cur'>{k + 1}</span>" if k + 1 == p else f'<a href="{urls[k]}">{k + 1}</a>'
        for k in range(n)
    )
    back, fwd = ("이전", "다음") if tpl == "ko" else ("上一页", "下一页")
    prv = f'<a href="{urls[p - 2]}">{back}</a>' if p > 1 else f"<span>{back}</span>"
    nxt = f'<a href="{urls[p]}">{fwd}</a>' if p < n else f"<span>{fwd}</span>"
    if tpl == "qx":
        return f'<div class="page">共{n}页　第{p}页　<a href="{urls[0]}">首页</a> {prv} {nxt} <a href="{urls[-1]}">尾页</a></div>'
    if tpl == "ko":
        return f'<div class="paging">{prv} {nums} {nxt}</div>'
    return f'<div class="page"><a href="{urls[0]}">首页</a> {prv} {nums} {nxt} <a href="{urls[-1]}">尾页</a></div>'


def _paged(
    site: Site41,
    tpl: str,
    urls_of: Callable[[int], list[str]],
    arts: list[Art],
    render: Callable[[str, int, list[Art], str], tuple[bytes, str]],
) -> None:
    arts = _latest(arts)
    pages = max(1, -(-len(arts) // PER))
    urls = urls_of(pages)
    for p in range(1, pages + 1):
        chunk = arts[(p - 1) * PER : p * PER]
        site.route(urls[p - 1], partial(render, urls[p - 1], p, chunk, pager_links(tpl, urls, p)))


def _trs_front(
    site: Site41, label: str, suffix: str, key: str, p: int, arts: list[Art], pager: str
) -> tuple[bytes, str]:
    """A TRS column page (天山网, 中国西藏网, 广西新闻网, 延边新闻网)."""
    rng = page_rng(site.seed, key)
    title = f"{label}{'' if p == 1 else f'_第{p}页'}_{suffix}"
    inner = f'<div class="column"><div class="col-tit"><h2>{esc(label)}</h2></div><ul class="newslist">{_items(arts)}</ul>{pager}</div>'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="ColumnName" content="{esc(label)}">
<style>{css(rng, "col", 420)}</style>
<script>{filler_js(rng, "col", 70)}</script>
<script>{stats_js(suffix)}</script>
</head>
<body>
<div class="header"><a href="/" class="logo">{esc(suffix)}</a><div class="nav"><a href="/">首页</a>{"".join(f'<a href="{h}">{LABELS[t]}</a>' for t, h in FRONTS.items())}</div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; {esc(label)}</div>
<div class="main">{inner}</div>
<div class="footer"><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a><p>{esc(suffix)} 版权所有</p></div>
</body>
</html>
"""
    return html_page(page)


def _qx_list(
    site: Site41, cls: int, key: str, p: int, arts: list[Art], pager: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    names = {3: "旗县动态", 5: "苏木镇动态", 7: "部门动态"}
    rows = "".join(
        f'<tr><td class="list12" height="26">·<a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a></td><td width="90" align="right">{qx_date(b.when, True)}</td></tr>'
        for b in arts
    )
    main = f'<table width="100%" class="list"><tr><td class="weizhi" colspan="2">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/list.asp?classid=3">新闻中心</a> &gt;&gt; {names[cls]}</td></tr>{rows}<tr><td colspan="2" align="center">{pager}</td></tr></table>'
    return qx_chrome(
        site, rng, f"{names[cls]}--哈日淖尔旗之窗", main, False, qx_side(site, None, key)
    )


def _qx_plain(site: Site41, key: str, title: str, text: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<tr><td class="list12">·<a href="/zwgk/index.asp#{k}">{esc(t)}</a></td></tr>'
        for k, t in enumerate(
            [
                "机构职能",
                "领导信息",
                "政策文件",
                "规划计划",
                "财政预决算",
                "人事信息",
                "政府工作报告",
                "统计信息",
                "应急管理",
                "建议提案办理",
            ]
        )
    )
    main = f'<table width="100%"><tr><td class="title" align="center">{esc(title)}</td></tr><tr><td class="content">{esc(text)}</td></tr>{items}</table>'
    return qx_chrome(site, rng, f"{title}--哈日淖尔旗之窗", main, False, qx_side(site, None, key))


def _mgl(site: Site41) -> tuple[bytes, str]:
    """The 蒙古文版 front: traditional Mongolian script, written top to bottom."""
    rng = page_rng(site.seed, "/mgl/index.asp")
    items = "".join(
        f'<li><a href="/mgl/index.asp#{k}">{t}</a></li>' for k, t in enumerate(MGL["items"] * 3)
    )
    main = f'<div class="mgl" style="writing-mode:vertical-lr;-webkit-writing-mode:vertical-lr;font-family:\'Menksoft Qagan\',\'Mongolian Baiti\'"><h2>{MGL["news"]}</h2><ul>{items}</ul><p><a href="/">{MGL["home"]}</a> <a href="/zwgk/index.asp">{MGL["gov"]}</a></p></div>'
    return qx_chrome(
        site, rng, f"{MGL['title']}--哈日淖尔旗之窗", main, False, qx_side(site, None, "/mgl/")
    )


def _uy_front(site: Site41) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/uy/index.shtml")
    arts = _latest([a for a in site.of("ts") if a.x["uy"]])
    heads = fake_heads(site, "uy", "/uy/front", 14)
    items = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
        for b in arts
    )
    items += "".join(
        f'<li><a href="/uy/index.shtml#{k}">{esc(h)}</a></li>' for k, h in enumerate(heads)
    )
    main = f'<div class="list"><h2>شىنجاڭ خەۋەرلىرى</h2><ul>{items}</ul></div>'
    return uy_chrome(site, rng, "/uy/index.shtml", "تەڭرىتاغ تورى - باش بەت", main)


def _ko_list(site: Site41, key: str, p: int, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li><a href="{b.path}"><strong>{esc(b.title)}</strong><p>{esc(trunc(b.paras[0], 60))}</p></a><span class="date">{b.when:%Y-%m-%d}</span></li>'
        for b in arts
    )
    heads = (
        ""
        if p > 1
        else "".join(
            f'<li><a href="/kr/index.html#{k}">{esc(h)}</a></li>'
            for k, h in enumerate(fake_heads(site, "ko", key + "more", 6))
        )
    )
    main = f'<div class="list"><h2>연변뉴스</h2><ul class="news">{items}{heads}</ul>{pager}</div>'
    return ko_chrome(site, rng, key, f"연변뉴스{'' if p == 1 else f' {p}페이지'} - 연변일보", main)


def _ko_front(site: Site41) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/kr/index.html")
    arts = _latest([a for a in site.of("yb") if a.x["ko"]])[:3]
    items = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in arts)
    main = f'<div class="list"><h2>주요뉴스</h2><ul>{items}</ul><p><a href="/kr/ybxw/index.html">더보기</a></p></div>'
    return ko_chrome(site, rng, "/kr/index.html", "연변일보 조선문판", main)


def _zt(site: Site41, key: str, label: str, arts: list[Art]) -> tuple[bytes, str]:
    intro = "<div class='zt-intro'>铸牢中华民族共同体意识，记者走进基层一线，记录各族群众的幸福生活。</div>"
    return _portal(
        site,
        key,
        f"{label}_专题",
        f"<h1>{esc(label)}</h1>{intro}<ul class='list'>{_items(_latest(arts))}</ul>",
    )


def _calendar(site: Site41, year: int) -> tuple[bytes, str]:
    key = f"/archive/{year}-05.html"
    arts = [a for a in site.arts if a.when.year == year]
    by_day: dict[int, list[Art]] = {}
    for a in arts:
        by_day.setdefault(a.when.day, []).append(a)
    weeks = calendar.monthcalendar(year, 5)
    cells = "".join(
        "<tr>"
        + "".join(
            f"<td>{d or ''}{f'<a href={chr(34)}#d{d}{chr(34)}>({len(by_day[d])})</a>' if d in by_day else ''}</td>"
            for d in w
        )
        + "</tr>"
        for w in weeks
    )
    days = "".join(
        f'<h3 id="d{d}">{year}年5月{d}日</h3><ul>{"".join(f"<li>[{LABELS[b.tpl]}] <a href={chr(34)}{b.path}{chr(34)}>{esc(b.title)}</a></li>" for b in sorted(by_day[d], key=lambda b: b.when))}</ul>'
        for d in sorted(by_day)
    )
    inner = f'<h1>新闻日历　{year}年5月</h1><table class="cal"><tr>{"".join(f"<th>{w}</th>" for w in "一二三四五六日")}</tr>{cells}</table>{days}'
    return _portal(site, key, f"新闻日历{year}年5月_民族地区新闻网站导航", inner)


def _search(site: Site41, word: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if word in a.title or word in a.x["ctx"]["topic"]]
    rows = (
        "".join(
            f'<li><a href="{b.path}">{esc(b.title)}</a> <span>{LABELS[b.tpl]}　{b.when:%Y-%m-%d}</span></li>'
            for b in _latest(hits)
        )
        or "<li>没有找到相关结果</li>"
    )
    inner = f'<form action="/search"><input name="q" value="{esc(word)}"><button>搜索</button></form><p>共找到{len(hits)}条结果</p><ol>{rows}</ol>'
    return _portal(site, f"/search?q={word}", f"{word}_搜索结果", inner)


def register(site: Site41) -> None:
    site.route("/", lambda: home(site))
    # 天山网: TRS index.shtml, index_1.shtml…
    ts = site.of("ts")
    for sec, label in TS_SECS.items():
        _paged(
            site,
            "ts",
            lambda n, s=sec: (
                [f"/xwzx/{s}/index.shtml"] + [f"/xwzx/{s}/index_{k}.shtml" for k in range(1, n)]
            ),
            [a for a in ts if not a.x["uy"] and a.x["sec"][0] == sec],
            partial(_trs_front, site, label, "天山网"),
        )
    site.route("/uy/index.shtml", lambda: _uy_front(site))
    site.route(
        "/zt/index.shtml",
        lambda: _zt(
            site,
            "/zt/index.shtml",
            "天山南北好风光",
            [a for a in ts if not a.x["uy"] and not a.x["old"]][:6],
        ),
    )
    # 中国西藏网: index.html, index_1.html…
    tb = site.of("tibet")
    for sec, label in TIBET_SECS.items():
        _paged(
            site,
            "tibet",
            lambda n, s=sec: (
                [f"/cn/{s}/index.html"] + [f"/cn/{s}/index_{k}.html" for k in range(1, n)]
            ),
            [a for a in tb if a.x["sec"][0] == sec],
            partial(_trs_front, site, label, "中国西藏网"),
        )
    site.route(
        "/cn/zt/index.html",
        lambda: _zt(
            site, "/cn/zt/index.html", "雪域高原新画卷", [a for a in tb if not a.x["old"]][:7]
        ),
    )
    # 旗 portal: list.asp?classid=3&page=2
    qx = site.of("qx")
    for cls in (3, 5, 7):
        _paged(
            site,
            "qx",
            lambda n, c=cls: (
                [f"/news/list.asp?classid={c}"]
                + [f"/news/list.asp?classid={c}&page={k}" for k in range(2, n + 1)]
            ),
            [a for a in qx if a.x["cls"][0] == cls],
            partial(_qx_list, site, cls),
        )
    site.route(
        "/zwgk/index.asp",
        lambda: _qx_plain(site, "/zwgk/index.asp", "政务公开", "哈日淖尔旗人民政府信息公开目录。"),
    )
    site.route("/mgl/index.asp", lambda: _mgl(site))
    # 广西新闻网: index.shtml, index_2.shtml…
    gx = site.of("gx")
    for sec, label in GX_SECS.items():
        _paged(
            site,
            "gx",
            lambda n, s=sec: (
                [f"/news/gxxw/{s}/index.shtml"]
                + [f"/news/gxxw/{s}/index_{k}.shtml" for k in range(2, n + 1)]
            ),
            [a for a in gx if a.x["sec"][0] == sec],
            partial(_trs_front, site, label, "广西新闻网"),
        )
    site.route(
        "/news/zt/index.shtml",
        lambda: _zt(
            site,
            "/news/zt/index.shtml",
            "壮美广西　活力八桂",
            [a for a in gx if not a.x["old"]][:6],
        ),
    )
    # 延边新闻网 and 연변뉴스: index.html, index_2.html…
    yb = site.of("yb")
    for sec, label in YB_SECS.items():
        _paged(
            site,
            "yb",
            lambda n, s=sec: (
                [f"/{s}/index.html"] + [f"/{s}/index_{k}.html" for k in range(2, n + 1)]
            ),
            [a for a in yb if not a.x["ko"] and a.x["sec"][0] == sec],
            partial(_trs_front, site, label, "延边新闻网"),
        )
    _paged(
        site,
        "ko",
        lambda n: ["/kr/ybxw/index.html"] + [f"/kr/ybxw/index_{k}.html" for k in range(2, n + 1)],
        [a for a in yb if a.x["ko"]],
        partial(_ko_list, site),
    )
    site.route("/kr/index.html", lambda: _ko_front(site))
    # the directory's own pages
    site.route("/archive/2024-05.html", lambda: _calendar(site, 2024))
    site.route("/archive/2019-05.html", lambda: _calendar(site, 2019))
    site.route("/search?q=乡村振兴", lambda: _search(site, "乡村振兴"))
    site.route(
        "/about.html",
        lambda: _portal(
            site,
            "/about.html",
            "关于本站",
            "<h1>关于本站</h1><p>本站汇集新疆、西藏、内蒙古、广西、延边等民族地区新闻网站的最新报道及其少数民族语言版本。</p>",
        ),
    )
    site.route(
        "/contact.html",
        lambda: _portal(
            site,
            "/contact.html",
            "联系我们",
            "<h1>联系我们</h1><p>电子邮箱：desk@minzu-news.example　电话：010-12345678</p>",
        ),
    )
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
