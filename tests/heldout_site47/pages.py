"""Site 47's non-article pages: the home page (a county's 网站导航 linking the five systems); the
风讯 site's ``/html/news/index_2.html`` lists, its 图片新闻 gallery, a 专题 page, 公示公告 and about
pages and a search; the 科汛 portal's ``/list/2_2.aspx`` lists, Tags pages, a search and a video
index; the 动力文章 site's ``ShowClass.asp?ClassID=1&page=2`` lists (GB2312), its index and
search; the PageAdmin town site's ``/news/list-1-2.html`` lists, 通知公告, 镇情概况, contact,
video and search pages; the school's ``/xwzx/index2.htm`` lists, 学校概况 and 联系我们."""

# ruff: noqa: E501  (markup is written the way these CMSes write it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .pools import TOPICS
from .templates import LABELS, latest, li, ymd

if TYPE_CHECKING:
    from .generator import Site47

PER = {"fs": 5, "ks": 6, "na": 5, "pa": 6, "sc": 6}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "fs": lambda n: "/html/news/index.html" if n == 1 else f"/html/news/index_{n}.html",
    "ks": lambda n: "/list/2.aspx" if n == 1 else f"/list/2_{n}.aspx",
    "na": lambda n: "/ShowClass.asp?ClassID=1" if n == 1 else f"/ShowClass.asp?ClassID=1&page={n}",
    "pa": lambda n: "/news/list-1.html" if n == 1 else f"/news/list-1-{n}.html",
    "sc": lambda n: "/xwzx/index.htm" if n == 1 else f"/xwzx/index{n}.htm",
}
CHARSET = {"fs": "utf-8", "ks": "utf-8", "na": "gb2312", "pa": "utf-8", "sc": "gb2312"}


def _shell(site: Site47, tpl: str, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    charset = CHARSET[tpl]
    side = "".join(li(b, False) for b in rng.sample(site.of(tpl), 6))
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls' + tpl, 180)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 25)}</script>\n<script>{stats_js('l47' + tpl)}</script>\n</head>\n<body>\n"
        f'<table width="960" align="center"><tr><td class="logo"><a href="/">{LABELS[tpl]}</a></td></tr></table>\n'
        f'<table width="960" align="center"><tr><td valign="top" class="main">{inner}</td><td width="240" valign="top" class="side"><b>热门文章</b><ul>{side}</ul></td></tr></table>\n'
        f'<table width="960" align="center" class="footer"><tr><td align="center"><a href="/">返回首页</a>　{LABELS[tpl]}　版权所有</td></tr></table>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = [f"共{pages}页　第{n}页　"]
    out.append(f'<a href="{url(1)}">首页</a> ' if n > 1 else "首页 ")
    out.append(f'<a href="{url(n - 1)}">上一页</a> ' if n > 1 else "上一页 ")
    for k in range(1, pages + 1):
        out.append(f"<b>[{k}]</b> " if k == n else f'<a href="{url(k)}">[{k}]</a> ')
    out.append(f'<a href="{url(n + 1)}">下一页</a> ' if n < pages else "下一页 ")
    out.append(f'<a href="{url(pages)}">尾页</a>' if n < pages else "尾页")
    return f'<div class="pagelist">{"".join(out)}</div>'


def _paged(site: Site47, tpl: str, heading: str) -> None:
    url = FRONTS[tpl]
    arts = latest(site.of(tpl))
    per = PER[tpl]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            rows = "".join(
                f'<tr><td>·<a href="{esc(b.path)}" target="_blank">{esc(b.title)}</a></td><td width="90" align="right"><font color="#999999">{ymd(b.when)}</font></td></tr>'
                for b in chunk
            )
            inner = f'<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; {esc(heading)}</div><table width="100%" class="list">{rows}</table>{_pager(n, pages, url)}'
            return _shell(
                site, tpl, url(n), f"{heading}{'' if n == 1 else f'_第{n}页'}-{LABELS[tpl]}", inner
            )

        site.route(url(n), render)


def _listing(
    site: Site47, tpl: str, key: str, title: str, arts: list[Art], intro: str = ""
) -> None:
    def render() -> tuple[bytes, str]:
        items = "".join(li(b) for b in latest(arts))
        return _shell(
            site,
            tpl,
            key,
            f"{title}-{LABELS[tpl]}",
            f'<h2>{esc(title)}</h2>{intro}<ul class="list">{items}</ul>',
        )

    site.route(key, render)


def _static(site: Site47, tpl: str, key: str, title: str, text: str) -> None:
    site.route(
        key,
        lambda: _shell(
            site, tpl, key, f"{title}-{LABELS[tpl]}", f"<h2>{esc(title)}</h2><p>{esc(text)}</p>"
        ),
    )


def _home(site: Site47) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{FRONTS[t](1)}">{label}</a></h2><ul>{"".join(li(b) for b in latest(site.of(t))[:6])}</ul><a class="more" href="{FRONTS[t](1)}">更多&gt;&gt;</a></div>'
        for t, label in LABELS.items()
    )
    more = " | ".join(
        f'<a href="{u}">{t}</a>'
        for u, t in [
            ("/html/photo/index.html", "图片新闻"),
            ("/zt/2024fxzt/index.html", "2024年防汛专题"),
            ("/html/gsgg/index.html", "公示公告"),
            ("/Search.aspx?keyword=乡村振兴", "搜索：乡村振兴"),
            ("/plus/tags.aspx?t=文明城市创建", "Tags：文明城市创建"),
            ("/plus/search.aspx?key=社区", "城市网搜索"),
            ("/video/index.aspx", "城市网视频"),
            ("/Index.asp", "水利局首页"),
            ("/Search.asp?ModuleName=Article&Field=Title&Keyword=水库", "水利局站内搜索"),
            ("/about/zhengqing.html", "石塘镇情概况"),
            ("/news/list-2.html", "石塘镇通知公告"),
            ("/video/", "视频石塘"),
            ("/search.html?keyword=防汛", "石塘镇站内搜索"),
            ("/xxgk.htm", "城关镇中心小学概况"),
            ("/lxwm.htm", "联系学校"),
            ("/about.html", "关于青阳新闻网"),
        ]
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>青阳县网站导航</title><style>{css(rng, "hub", 200)}</style><script>{filler_js(rng, "hub", 30)}</script></head><body>
<div class="header"><h1>青阳县网站导航</h1></div><div class="main">{boxes}</div>
<div class="links">{more}</div>
<div class="footer">青阳县网站导航 收录本县新闻、政务与学校网站</div></body></html>"""
    return served(page)


def register(site: Site47) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in [
        ("fs", "乡镇动态"),
        ("ks", "街道动态"),
        ("na", "工作动态"),
        ("pa", "镇内要闻"),
        ("sc", "校园新闻"),
    ]:
        _paged(site, tpl, heading)
    fs, ks, na, pa = (site.of(t) for t in ("fs", "ks", "na", "pa"))
    _listing(
        site,
        "fs",
        "/html/photo/index.html",
        "图片新闻",
        [a for a in fs if any(b.kind == "img" for b in a.blocks)],
    )
    _listing(
        site,
        "fs",
        "/zt/2024fxzt/index.html",
        "2024年防汛专题",
        [a for a in fs + na if not a.x["old"]][:8],
        "<p>专题导语：汛期将至，全县上下全力做好防汛备汛各项工作。</p>",
    )
    _listing(
        site,
        "fs",
        "/Search.aspx?keyword=乡村振兴",
        "搜索结果：乡村振兴",
        [a for a in fs if "乡村振兴" in a.title + a.body],
    )
    _static(
        site,
        "fs",
        "/html/gsgg/index.html",
        "公示公告",
        "关于2024年县级重点项目建设情况的公示　2024-5-6",
    )
    _static(
        site,
        "fs",
        "/about.html",
        "关于我们",
        "青阳新闻网由中共青阳县委宣传部主办，青阳县融媒体中心承办。联系电话：0566-5010000",
    )
    for t in TOPICS["ks"]:
        _listing(
            site,
            "ks",
            f"/plus/tags.aspx?t={t}",
            f"Tags：{t}",
            [a for a in ks if a.x["ctx"]["topic"] == t],
        )
    _listing(
        site,
        "ks",
        "/plus/search.aspx?key=社区",
        "搜索：社区",
        [a for a in ks if "社区" in a.title + a.body],
    )
    _static(site, "ks", "/video/index.aspx", "视频", "云州城市网视频频道：城市宣传片、街道风采。")
    _static(site, "ks", "/about.aspx", "关于我们", "云州城市网　广告服务：0870-1234567")
    _listing(site, "na", "/Index.asp", "青阳县水利局", latest(na)[:8])
    _listing(
        site,
        "na",
        "/Search.asp?ModuleName=Article&Field=Title&Keyword=水库",
        "站内搜索：水库",
        [a for a in na if "水库" in a.title],
    )
    _static(
        site,
        "pa",
        "/news/list-2.html",
        "通知公告",
        "关于做好2024年防汛工作的通知；石塘镇2024年公益性岗位招聘公告。",
    )
    _static(
        site,
        "pa",
        "/about/zhengqing.html",
        "镇情概况",
        "石塘镇位于青阳县东部，辖12个行政村、1个社区，总人口3.2万人。",
    )
    _static(site, "pa", "/about/contact.html", "联系我们", "石塘镇党政办公室　电话：0566-5123456")
    _listing(site, "pa", "/video/", "视频石塘", pa[:4])
    _listing(
        site,
        "pa",
        "/search.html?keyword=防汛",
        "搜索结果：防汛",
        [a for a in pa if "防汛" in a.title + a.body],
    )
    _static(
        site,
        "sc",
        "/xxgk.htm",
        "学校概况",
        "青阳县城关镇中心小学创办于1952年，现有教学班36个，学生1700余人。",
    )
    _static(site, "sc", "/lxwm.htm", "联系我们", "地址：青阳县城关镇育才路6号　电话：0566-5021234")
