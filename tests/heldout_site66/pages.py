"""Site 66's pages that are no news: the county portal's home page linking the five sites, each
site's lists with pagination, an archive month, a 专题 page, a search page, a tag page, a video
list, a 领导活动 page, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js

if TYPE_CHECKING:
    from .generator import Site66

#: each site's list: (first page, page URL format, label, charset)
LISTS = {
    "xw": ("/news/list_1.htm", "/news/list_{n}.htm", "安平要闻", "gbk"),
    "qy": ("/qiye/news/", "/qiye/news/?page={n}", "新闻动态", "utf-8"),
    "diy": ("/list.php?cid=3", "/list.php?cid=3&page={n}", "本地新闻", "utf-8"),
    "lt": (
        "/portal.php?mod=list&catid=2",
        "/portal.php?mod=list&catid=2&page={n}",
        "安平新闻",
        "gbk",
    ),
    "asp": (
        "/Article/Class.asp?ClassID=5",
        "/Article/Class.asp?ClassID=5&page={n}",
        "本地新闻",
        "gb2312",
    ),
}
PER = 5


def lis(arts: list[Art]) -> str:
    return "".join(
        f'<li><a href="{esc(a.path)}" target="_blank">{esc(a.title)}</a><span class="date">{a.when:%Y-%m-%d}</span></li>'
        for a in arts
    )


def shell(
    site: Site66, key: str, title: str, main: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = " | ".join(f'<a href="{v[0]}">{v[2]}</a>' for v in LISTS.values())
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)}</title>
<style>{css(rng, "pg", 320)}</style>
<script>{filler_js(rng, "jquery", 40)}</script>
</head><body>
<div class="top"><a href="/">安平网</a> {nav} | <a href="/news/archive/2024-05.htm">往期回顾</a> | <a href="/zt/2024/xczx/">专题</a> | <a href="/video/">视频</a> | <a href="/ld/">领导活动</a> | <a href="/search.php?q=安平">搜索</a> | <a href="/tag.php?name=乡村振兴">乡村振兴</a></div>
<div class="main">{main}</div>
<div class="footer"><a href="/about.htm">关于我们</a> | <a href="/contact.htm">联系我们</a> 冀ICP备00000000号</div>
<script>{stats_js("s66pg")}</script>
</body></html>"""
    return served(page, charset)


def _home(site: Site66) -> tuple[bytes, str]:
    boxes = []
    for tpl, (first, _, label, _) in LISTS.items():
        arts = sorted(site.of(tpl), key=lambda a: a.when, reverse=True)[:6]
        boxes.append(
            f'<div class="box"><h2><a href="{first}">{label}</a></h2><ul>{lis(arts)}</ul></div>'
        )
    return shell(site, "/", "安平网 - 安平县新闻门户", "\n".join(boxes))


def _list(site: Site66, tpl: str, n: int, pages: int) -> tuple[bytes, str]:
    first, fmt, label, charset = LISTS[tpl]
    arts = sorted(site.of(tpl), key=lambda a: a.when, reverse=True)[(n - 1) * PER : n * PER]
    links = " ".join(
        f'<a href="{first if k == 1 else fmt.format(n=k)}">{k}</a>' for k in range(1, pages + 1)
    )
    main = f'<h2>{label}</h2><ul class="list">{lis(arts)}</ul><div class="pages">共{pages}页 {links}</div>'
    return shell(site, f"{tpl}-{n}", f"{label}_第{n}页", main, charset)


def _archive(site: Site66) -> tuple[bytes, str]:
    days = sorted({a.when.day for a in site.of("xw") if a.when.year == 2024})
    cal = "".join(f'<td><a href="/news/list_1.htm#d{d}">{d}</a></td>' for d in days)
    arts = [a for a in site.of("xw") if a.when.year == 2024]
    return shell(
        site,
        "arch",
        "往期回顾 2024年5月",
        f"<h2>2024年5月</h2><table><tr>{cal}</tr></table><ul>{lis(arts)}</ul>",
        "gbk",
    )


def _topic(site: Site66) -> tuple[bytes, str]:
    arts = [
        a
        for a in site.arts
        if a.x["ctx"]["topic"] in ("乡村振兴", "人居环境整治", "春耕生产", "农民培训")
    ]
    return shell(
        site,
        "zt",
        "专题：乡村振兴在安平",
        f'<div class="zt-banner"><img src="/zt/2024/xczx/banner.jpg"></div><h2>乡村振兴在安平</h2><ul>{lis(arts or site.of("xw")[:5])}</ul>',
    )


def _search(site: Site66) -> tuple[bytes, str]:
    arts = [a for a in site.arts if "县" in a.title][:15]
    return shell(
        site,
        "search",
        "搜索结果：安平",
        f"<h2>“安平”的搜索结果（共{len(arts)}条）</h2><ul>{lis(arts)}</ul>",
    )


def _tag(site: Site66) -> tuple[bytes, str]:
    arts = [a for a in site.arts if a.x["ctx"]["topic"] == "乡村振兴"] or site.of("xw")[:4]
    return shell(site, "tag", "标签：乡村振兴", f"<h2>标签：乡村振兴</h2><ul>{lis(arts)}</ul>")


def _video(site: Site66) -> tuple[bytes, str]:
    items = "".join(
        f'<li><a href="/video/play.php?vid={k}"><img src="/video/thumb{k}.jpg"><p>《安平新闻》{m}月{d}日</p></a></li>'
        for k, (m, d) in enumerate([(5, x) for x in range(1, 21)])
    )
    return shell(site, "video", "视频新闻", f'<h2>视频新闻</h2><ul class="vlist">{items}</ul>')


def _leaders(site: Site66) -> tuple[bytes, str]:
    rows = "".join(
        f'<li><img src="/ld/{k}.jpg"><p>{t}</p><a href="/ld/{k}.htm">简历</a></li>'
        for k, t in enumerate(["县委书记", "县长", "常务副县长", "副县长"])
    )
    return shell(
        site,
        "ld",
        "领导活动",
        f'<h2>县领导</h2><ul class="ld">{rows}</ul><h2>领导活动</h2><ul>{lis(site.of("xw")[:6])}</ul>',
    )


def _about(site: Site66) -> tuple[bytes, str]:
    return shell(
        site,
        "about",
        "关于我们",
        "<h2>关于我们</h2><p>安平网是安平县本地综合性新闻门户，由县融媒体中心主办。</p><p>地址：安平县人民路1号　邮编：053600</p>",
    )


def _contact(site: Site66) -> tuple[bytes, str]:
    return shell(
        site,
        "contact",
        "联系我们",
        "<h2>联系我们</h2><p>新闻热线：0318-0000000</p><p>投稿邮箱：news@example.com</p><p>广告合作：0318-0000001</p>",
    )


def register(site: Site66) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, (first, fmt, _, _) in LISTS.items():
        pages = -(-len(site.of(tpl)) // PER)
        for n in range(1, pages + 1):
            site.route(
                first if n == 1 else fmt.format(n=n),
                lambda t=tpl, n=n, p=pages: _list(site, t, n, p),
            )
    site.route("/news/archive/2024-05.htm", lambda: _archive(site))
    site.route("/zt/2024/xczx/", lambda: _topic(site))
    site.route("/search.php?q=安平", lambda: _search(site))
    site.route("/tag.php?name=乡村振兴", lambda: _tag(site))
    site.route("/video/", lambda: _video(site))
    site.route("/ld/", lambda: _leaders(site))
    site.route("/about.htm", lambda: _about(site))
    site.route("/contact.htm", lambda: _contact(site))
