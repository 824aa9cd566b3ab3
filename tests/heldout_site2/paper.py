# ruff: noqa: E501  (HTML templates: one line of markup per line, as CMSes emit it)
"""A city daily's e-edition (founder/enp style, UTF-8): 引题/主题/副题 headings, the credit line as
the body's first paragraph (本报记者　王　五 with a two-character name padded to three), 本报讯
leads, photo credits ending in 摄, 责任编辑/责编, 相关新闻 (related), 本版新闻 and 热点排行
(not related), section listings paginated with 下一页."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from .common import Art, css_bulk, esc

if TYPE_CHECKING:
    from .generator import Site2

SITE = "江城日报"
PER_PAGE = 3
CTYPE = "text/html; charset=utf-8"
SP = "\u3000"


def _rel(path: str) -> str:
    """A link from an article page (/html/yyyy-mm/dd/) to ``path`` under /html/."""
    return "../../" + path.split("/", 2)[2]


def _cn_date(a: Art) -> str:
    d = f"{a.when:%Y}年{a.when:%m}月{a.when:%d}日"
    return d if a.precision == "day" else f"{d} {a.when:%H:%M}"


def _week(a: Art) -> str:
    return "星期" + "一二三四五六日"[a.when.weekday()]


def _credit(a: Art) -> str:
    style = a.x["style"]
    if style == "pad":
        n = a.authors[0]
        return f"本报记者{SP}{n[0]}{SP}{n[1:]}"
    if style == "two":
        return f"本报记者{SP}{a.authors[0]}{SP}{a.authors[1]}"
    if style == "corr":
        return f"本报记者{SP}{a.authors[0]}{SP}通讯员{SP}{a.correspondents[0]}"
    return ""


def _head(title: str, seed: int, comment: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="江城日报,数字报,电子版">
{comment}
<link rel="stylesheet" type="text/css" href="../../../static/css/epaper.css">
<style>
{css_bulk("ep", 170, seed)}
</style>
<script src="../../../static/js/jquery.min.js"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?0f1e2d3c4b5a69788796a5b4c3d2e1f0";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
"""


def _topbar(up: str, sections: list[tuple[int, str]], a: Art | None = None) -> str:
    nodes = "".join(
        f'<li><a href="{up}node_{n}.htm">第0{n}版：{name}</a></li>' for n, name in sections
    )
    edition = (
        f'<span class="edition">{a.when:%Y}年{a.when:%m}月{a.when:%d}日 {_week(a)}</span>'
        if a
        else ""
    )
    return f"""<body>
<div class="ep-top"><div class="wrap"><a class="logo" href="{up}node_1.htm"><img src="{up}../static/img/jcrb_logo.png" alt="{SITE}"></a>
{edition}<ul class="ep-links"><li><a href="{up}../calendar/2024-03/">往期回顾</a></li><li><a href="{up}../search?q=%E6%B1%9F%E5%9F%8E">检索</a></li><li><a href="javascript:void(0);">PDF下载</a></li><li><a href="{up}../about/">关于我们</a></li></ul></div></div>
<div class="ep-nav"><div class="wrap"><span>版面导航</span><ul>{nodes}</ul></div></div>
"""


def _foot(up: str) -> str:
    return f"""<div class="ep-foot"><div class="wrap"><p>江城日报社版权所有　未经书面授权不得复制或建立镜像</p>
<p>地址：江城市临江大道188号　邮编：430000　新闻热线：027-12345678</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备12003456号</a>　互联网新闻信息服务许可证：42120170001</p>
<p><a href="{up}../about/">关于我们</a> | <a href="javascript:void(0);">联系我们</a> | <a href="javascript:void(0);">广告服务</a></p></div></div>
</body>
</html>
"""


def article_page(site: Site2, a: Art) -> tuple[bytes, str]:
    sections = sorted({x.x["section"] for x in site.of("paper")})
    sec_no, sec_name = a.x["section"]
    paras = [f"<p>{SP}{SP}{esc(p)}</p>" for p in a.paras]
    if a.x["style"] == "lead":
        corr = "　".join(a.correspondents)
        paras[0] = (
            f"<p>{SP}{SP}本报讯（记者{SP}{a.authors[0]}{SP}通讯员{SP}{corr}）{esc(a.paras[0])}</p>"
        )
    credit = _credit(a)
    if credit:
        paras.insert(0, f"<p>{SP}{SP}{credit}</p>")
    if a.x["photo_by"]:
        paras.insert(
            3,
            f'<table class="pic"><tr><td><img src="../../../images/{a.when:%Y-%m/%d}/{a.x["cid"]}_1.jpg"></td></tr>'
            f'<tr><td class="pic-note">{SP}{SP}图为施工现场。{SP}本报记者{SP}{a.x["photo_by"]}摄</td></tr></table>',
        )
    if len(a.editors) == 1:
        editors = f'<div class="editor">责任编辑：{a.editors[0]}</div>'
    else:
        editors = f'<div class="edit">（责编：{"、".join(a.editors)}）</div>'
    related = "".join(
        f'<li><a href="{_rel(p)}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
        for p in a.related
    )
    hot = "".join(
        f'<li><em>{i}</em><a href="{_rel(p)}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
        for i, p in enumerate(site.paper_hot, 1)
    )
    same = [x for x in site.of("paper") if x.x["section"] == a.x["section"] and x is not a]
    this_page = "".join(f'<li><a href="{_rel(x.path)}">{esc(x.title)}</a></li>' for x in same)
    area = "".join(
        f'<area shape="polygon" coords="{20 + 40 * i},30,{300 + 40 * i},30,{300 + 40 * i},260,{20 + 40 * i},260" href="{_rel(x.path)}">'
        for i, x in enumerate(same)
    )
    kicker = f"<h3>{a.x['kicker']}</h3>" if a.x["kicker"] else ""
    sub = f"<h2>{a.x['subtitle']}</h2>" if a.x["subtitle"] else ""
    comment = (
        f"<!--enpproperty <articleid>{a.x['cid']}</articleid><date>{a.when:%Y-%m-%d %H:%M:%S}:0</date>"
        f"<author></author><title>{esc(a.title)}</title><keyword></keyword><subtitle>{a.x['subtitle']}</subtitle>"
        f"<introtitle>{a.x['kicker']}</introtitle><siteid>2</siteid><nodeid>{sec_no}</nodeid>"
        f"<nodename>{sec_name}</nodename><nodesearchname></nodesearchname>/enpproperty-->"
    )
    body = f"""{_topbar("../../", sections, a)}
<div class="ep-main wrap">
<div class="ep-left">
<div class="page-pic"><img src="../../../images/{a.when:%Y-%m/%d}/0{sec_no}/page_b.jpg" usemap="#PagePicMap" alt="第0{sec_no}版"><map name="PagePicMap">{area}</map></div>
<div class="page-list"><h4>本版新闻</h4><ul>{this_page}</ul></div>
<div class="page-turn"><a href="../../node_{sec_no}.htm">本版目录</a></div>
</div>
<div class="ep-article">
<div class="art-head">{kicker}<h1>{esc(a.title)}</h1>{sub}</div>
<div class="art-info">{SITE}{SP}{_cn_date(a)}{SP}第0{sec_no}版：{sec_name}</div>
<div class="art-tools"><a href="javascript:void(0);" onclick="fontZoom(18)">大</a><a href="javascript:void(0);" onclick="fontZoom(16)">中</a><a href="javascript:void(0);" onclick="fontZoom(14)">小</a><a href="javascript:window.print();">打印</a><a href="javascript:void(0);" class="share-wx">分享到微信</a></div>
<div class="art-content" id="ozoom"><founder-content>
{"".join(paras)}
</founder-content></div>
{editors}
<div class="art-related"><h4>相关新闻</h4><ul>{related}</ul></div>
</div>
<div class="ep-right">
<div class="hot-rank"><h4>热点排行</h4><ol>{hot}</ol></div>
<div class="ep-qr"><img src="../../../static/img/qr.png" alt=""><p>扫码关注江城日报微信公众号</p></div>
</div>
</div>
{_foot("../../")}"""
    page = _head(f"{SITE} - {esc(a.title)}", a.x["cid"], comment) + body
    return page.encode("utf-8"), CTYPE


def listing_page(
    site: Site2, sec: tuple[int, str], arts: list[Art], page: int, pages: int
) -> tuple[bytes, str]:
    sections = sorted({x.x["section"] for x in site.of("paper")})
    n, name = sec

    def fname(p: int) -> str:
        return f"node_{n}.htm" if p == 0 else f"node_{n}_{p + 1}.htm"

    items = "".join(
        f'<li><a href="{a.path.split("/", 2)[2]}">{esc(a.title)}</a><span class="date">{a.when:%Y-%m-%d}</span>'
        f'<p class="summary">{esc(a.paras[0][:48])}……</p></li>'
        for a in arts
    )
    pager = ""
    if page > 0:
        pager += f'<a href="{fname(page - 1)}">上一页</a>'
    cur = ' class="cur"'
    pager += "".join(
        f'<a href="{fname(p)}"{cur if p == page else ""}>{p + 1}</a>' for p in range(pages)
    )
    if page + 1 < pages:
        pager += f'<a href="{fname(page + 1)}">下一页</a>'
    body = f"""{_topbar("", sections)}
<div class="ep-main wrap"><div class="sec-list"><h2>第0{n}版：{name}</h2><ul>{items}</ul><div class="pager">{pager}</div></div></div>
{_foot("")}"""
    page_html = _head(f"{SITE} - 第0{n}版：{name}", n * 10 + page) + body
    return page_html.encode("utf-8"), CTYPE


def register(site: Site2) -> None:
    arts = site.of("paper")
    for a in arts:
        site.route(a.path, partial(article_page, site, a))
    for sec in sorted({a.x["section"] for a in arts}):
        mine = sorted(
            (a for a in arts if a.x["section"] == sec), key=lambda a: a.when, reverse=True
        )
        chunks = [mine[i : i + PER_PAGE] for i in range(0, len(mine), PER_PAGE)]
        n_pages = len(chunks)
        for p, chunk in enumerate(chunks):
            path = f"/html/node_{sec[0]}.htm" if p == 0 else f"/html/node_{sec[0]}_{p + 1}.htm"
            site.route(
                path,
                partial(listing_page, site, sec, chunk, p, n_pages),
            )
