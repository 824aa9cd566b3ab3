"""Site 29's non-article pages: the home page (a 数字报刊 portal over the five papers), every
paper's 版面 pages (the page picture with its hot areas, 本版标题, 版面导航, 上一版/下一版), its
往期回顾 calendar (2024-05, and 2019-11 where old pages are kept), a 专题 page, an author page,
search pages, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import calendar
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc, zh_day
from .templates import CAL, OLD_CAL, PAPER, area_map, edition

if TYPE_CHECKING:
    from .generator import Site29

CHARSET = {"fz": "utf-8", "rmrb": "utf-8", "wb": "gb2312", "xian": "gbk", "mrdx": "utf-8"}
SEARCH = {
    "fz": "/search.htm?q=",
    "rmrb": "/rmrb/search?keyword=",
    "wb": "/xmwb/search.html?kw=",
    "xian": "/epaper/Search.asp?Field=Title&Keyword=",
}
TOPIC = "/html/zt/node_501.htm"
AUTHOR = "/epaper/ShowAuthor.asp?AuthorID=1"
PLAIN = {
    "/about.htm": (
        "关于我们",
        "本平台汇集省、市、县各级党报和都市报的数字报刊，每日同步更新，提供版面浏览、全文检索和往期查询服务。",
    ),
    "/contact.htm": (
        "联系我们",
        "数字报刊平台　地址：杭州市体育场路178号　电话：0571-85310000　邮箱：epaper@example.cn",
    ),
}


def _page(
    site: Site29, key: str, title: str, inner: str, charset: str = "utf-8", head: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(f'<a href="{CAL[t]}">{PAPER[t]}</a>' for t in CAL)
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n{head}'
        f"<style>{css(rng, 'pg', 300)}</style>\n<script>{filler_js(rng, 'epaper-portal', 50)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">数字报刊</a><div class="nav"><a href="/">首页</a>{nav}<a href="{TOPIC}">专题</a><a href="{SEARCH["fz"]}">检索</a><a href="/about.htm">关于我们</a></div></div>\n'
        f'<div class="wrap">{inner}</div>\n'
        f'<div class="footer"><a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a><p>版权所有　未经授权不得转载</p></div>\n'
        f"<script>{stats_js('portal' + key)}</script>\n</body>\n</html>\n"
    )
    ctype = f"text/html; charset={charset}" if charset == "utf-8" else "text/html"
    return encode(page, charset), ctype


def _latest(site: Site29, tpl: str, old: bool = False) -> date:
    return max(a.x["ed"] for a in site.of(tpl) if a.x["old"] == old)


def home(site: Site29) -> tuple[bytes, str]:
    from .generator import node_path

    boxes = []
    for tpl in CAL:
        ed = _latest(site, tpl)
        front = node_path(tpl, ed, edition(site, tpl, ed)[0])
        heads = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in site.of(tpl)
            if a.x["ed"] == ed and not a.x["old"]
        )
        old = f' <a href="{OLD_CAL[tpl]}">2019年往期</a>' if tpl in OLD_CAL else ""
        boxes.append(
            f'<div class="paper"><h2><a href="{front}">{PAPER[tpl]}</a></h2><p>{zh_day(ed)}　<a href="{front}">今日版面</a> <a href="{CAL[tpl]}">往期回顾</a>{old}</p><ul>{heads}</ul></div>'
        )
    extra = (
        f'<div class="links"><a href="{TOPIC}">专题：奋力推进中国式现代化</a> <a href="{AUTHOR}">记者专栏</a> '
        + " ".join(f'<a href="{p}">检索</a>' for p in SEARCH.values())
        + ' <a href="/about.htm">关于我们</a> <a href="/contact.htm">联系我们</a></div>'
    )
    return _page(site, "/", "数字报刊平台", "".join(boxes) + extra)


def node(site: Site29, tpl: str, ed: date, pg: int) -> tuple[bytes, str]:
    """A 版面 page: the page picture with its hot areas, 本版标题, 版面导航, 上一版/下一版."""
    from .generator import PAGES, node_path

    arts = [a for a in site.of(tpl) if a.x["ed"] == ed and a.x["pg"] == pg]
    old = arts[0].x["old"]
    pgs = edition(site, tpl, ed)
    k = pgs.index(pg)
    label = f"A{pg}版" if tpl == "wb" else f"第{pg:02d}版"
    step = (f'<a href="{node_path(tpl, ed, pgs[k - 1])}">上一版</a> ' if k else "") + (
        f'<a href="{node_path(tpl, ed, pgs[k + 1])}">下一版</a>' if k + 1 < len(pgs) else ""
    )
    nav = "".join(
        f'<li><a id="pageLink" href="{node_path(tpl, ed, p)}">{"A" + str(p) + "版" if tpl == "wb" else f"第{p:02d}版"}：{PAGES[tpl][p]}</a></li>'
        for p in pgs
    )
    titles = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts)
    ed_line = ""
    if tpl == "fz" and arts[0].x["page_editor"]:
        ed_line = f"　本版编辑：{arts[0].x['page_editor']}　美编：{arts[0].x['page_artist']}"
    cal = OLD_CAL[tpl] if old else CAL[tpl]
    inner = (
        f'<div class="bm-head"><span class="date">{zh_day(ed)}</span> <span>{PAPER[tpl]}　{label}：{PAGES[tpl][pg]}{ed_line}</span> {step} <a href="{cal}">往期回顾</a></div>'
        f'<div class="bm-left"><img src="/page/{tpl}/{ed:%Y%m%d}/{pg:02d}.jpg" usemap="#PagePicMap" width="340">{area_map(arts)}'
        f'<div class="bmdh"><h3>版面导航</h3><ul>{nav}</ul></div></div>'
        f'<div class="bm-right"><h3>本版标题</h3><ul class="bbbt">{titles}</ul></div>'
    )
    return _page(
        site,
        node_path(tpl, ed, pg),
        f"{PAPER[tpl]}{label}：{PAGES[tpl][pg]}",
        inner,
        CHARSET[tpl] if not (old and tpl == "xian") else "gb2312",
    )


def period(site: Site29, tpl: str, old: bool) -> tuple[bytes, str]:
    """往期回顾: a month's calendar, each day with an edition linked to its first 版面."""
    from .generator import node_path

    eds = sorted({a.x["ed"] for a in site.of(tpl) if a.x["old"] == old})
    y, m = eds[0].year, eds[0].month
    cells = []
    for week in calendar.Calendar().monthdayscalendar(y, m):
        row = []
        for d in week:
            day = date(y, m, d) if d else None
            if day in eds:
                row.append(
                    f'<td class="has"><a href="{node_path(tpl, day, edition(site, tpl, day)[0])}">{d}</a></td>'
                )
            else:
                row.append(f"<td>{d or ''}</td>")
        cells.append("<tr>" + "".join(row) + "</tr>")
    other = ""
    if tpl in OLD_CAL:
        other = f'<a href="{CAL[tpl] if old else OLD_CAL[tpl]}">{"2024年5月" if old else "2019年11月"}</a>'
    inner = (
        f'<h2>{PAPER[tpl]}　往期回顾　{y}年{m}月</h2><table class="calendar"><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr>{"".join(cells)}</table>'
        f'<p class="other">{other}</p>'
    )
    key = OLD_CAL[tpl] if old else CAL[tpl]
    charset = CHARSET[tpl] if not (old and tpl == "xian") else "gb2312"
    return _page(site, key, f"{PAPER[tpl]}往期回顾", inner, charset)


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a><p>{esc(trunc(b.body.replace(chr(10), ""), 60))}</p><span>{PAPER[b.tpl]}　{b.x["ed"]:%Y-%m-%d}</span></li>'
        for b in arts
    )


def topic(site: Site29) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = rng.sample([a for a in site.arts if not a.x["old"]], 12)
    inner = (
        "<h2>专题：奋力推进中国式现代化</h2><div class='intro'>汇集各报相关报道。</div><ul class='list'>"
        + _items(arts)
        + "</ul>"
    )
    return _page(site, TOPIC, "奋力推进中国式现代化_专题", inner)


def author(site: Site29) -> tuple[bytes, str]:
    who = next(a for a in site.of("xian") if a.authors).authors[0]
    arts = [a for a in site.of("xian") if who in a.authors]
    inner = f"<h2>记者：{who}</h2><p>慈溪日报社记者</p><ul class='list'>{_items(arts)}</ul>"
    return _page(site, AUTHOR, f"{who}的文章", inner, "gbk")


def search(site: Site29, path: str) -> tuple[bytes, str]:
    return _page(
        site,
        path,
        "检索",
        '<h2>全文检索</h2><form><input name="q" type="text"><input type="submit" value="检索"></form><p>请输入检索词。</p>',
    )


def plain(site: Site29, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site29) -> None:
    site.route("/", lambda: home(site))
    for tpl in CAL:
        for ed, pg in sorted({(a.x["ed"], a.x["pg"]) for a in site.of(tpl)}):
            from .generator import node_path

            site.route(node_path(tpl, ed, pg), partial(node, site, tpl, ed, pg))
        site.route(CAL[tpl], partial(period, site, tpl, False))
        if tpl in OLD_CAL:
            site.route(OLD_CAL[tpl], partial(period, site, tpl, True))
    site.route(TOPIC, lambda: topic(site))
    site.route(AUTHOR, lambda: author(site))
    for path in SEARCH.values():
        site.route(path, partial(search, site, path))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
