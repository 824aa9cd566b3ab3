"""红网-style article pages (``/content/646744/58/13612345.html``), GBK bytes under a ``gb2312``
meta and a bare ``text/html`` header: ``<title>headline_湖南频道_红网</title>``, ``div.detail_title``
with the ``h1`` and the line ``来源：红网 作者：X 编辑：Y 2024-05-08 10:15:22`` (作者 may read
红网时刻新闻记者 X 通讯员 Y, or name only 通讯员), the body in ``div#detail.detail_content`` opening
with the byline on a line of its own (红网时刻新闻记者 X 通讯员 Y 长沙报道) or a 新华社 dateline,
ending with 责编：Y 二审：A 三审：B (or [责任编辑：Y]) and the 本文为红网原创 notice. 相关新闻
links relatively; 红网推荐, 热点排行 and 今日湖南 are not related. The 湖南 list ``/hn/index.html``,
``/hn/index_2.html`` and a 专题 page ``/special/2024/hnlh/index.html``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, rel, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site10

CT = "text/html"
LIST = "/hn/index.html"
LIST2 = "/hn/index_2.html"
SPECIAL = "/special/2024/hnlh/index.html"
NAV = [
    ("红网首页", "/"),
    ("湖南", LIST),
    ("时刻", LIST2),
    ("专题", SPECIAL),
    ("评论", "https://opinion.rednet.example/"),
    ("百姓呼声", "https://people.rednet.example/"),
    ("文旅", "https://travel.rednet.example/"),
    ("教育", "https://edu.rednet.example/"),
    ("图片", "/photo/"),
    ("视频", "/video/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" type="text/css" href="https://www.rednet.example/css/detail_2022.css" />
<style type="text/css">
{css(rng, "rn", 360)}
</style>
</head>
<body>
<div class="top_bar"><div class="w1200"><span>欢迎访问红网！今天是<script>document.write(new Date().toLocaleDateString());</script></span><a href="javascript:;">登录</a></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="https://www.rednet.example/images/logo.png" alt="红网" /></a><ul class="nav">{nav}</ul></div>
"""


FOOT = (
    """<div class="footer"><div class="w1200"><p><a href="/about/index.html">关于红网</a> | <a href="/about/index.html">联系我们</a> | <a href="/about/index.html">广告服务</a> | <a href="/about/index.html">法律顾问</a> | <a href="/about/index.html">网站地图</a></p>
<p>红网版权所有，未经书面授权禁止使用 Copyright &copy; 2001-2024 Rednet.cn All Rights Reserved</p><p>湘ICP备05006640号 | 互联网新闻信息服务许可证：43120170001 | 湖南省互联网违法和不良信息举报电话：0731-82253599</p></div></div>
<script type="text/javascript">
"""
    + stats_js("rednet_b83a6c77f1")
    + """
</script>
</body>
</html>"""
)


def _writer(a: Art) -> str:
    st = a.x["style"]
    if st == "corr":
        return f"红网时刻新闻记者 {a.authors[0]} 通讯员 {a.correspondents[0]}"
    if st == "county":
        return " ".join(a.correspondents)
    return " ".join(a.authors)


def _byline(a: Art) -> str:
    st, place = a.x["style"], a.x["place"]
    if st == "own":
        return f"红网时刻新闻记者 {a.authors[0]} {place}报道"
    if st == "corr":
        return f"红网时刻新闻记者 {a.authors[0]} 通讯员 {a.correspondents[0]} {place}报道"
    if st == "county":
        return f"红网时刻新闻通讯员 {' '.join(a.correspondents)} 报道"
    if st == "paper":
        return f"湖南日报全媒体记者 {' '.join(a.authors)}"
    return ""


def _content(a: Art) -> str:
    out = []
    by = _byline(a)
    if by:
        out.append(f"<p>　　{esc(by)}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(
                f'<p style="text-align:center"><img src="https://img.rednet.example/images{b.src}" border="0" /></p>'
            )
            if b.text or b.credit:
                out.append(
                    f'<p style="text-align:center"><span style="font-family:楷体">{esc(b.text)}{esc(b.credit)}</span></p>'
                )
    return "\n".join(out)


def article(site: Site10, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    url = f"{site.base}{a.path}"
    metas = (
        f'<meta name="keywords" content="{esc(a.title[:6])},红网,湖南" />\n'
        f'<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />\n'
        f'<meta name="publishdate" content="{w:%Y-%m-%d}" />\n'
        f'<meta name="contentid" content="{a.x["cid"]}" />\n'
        f'<meta name="source" content="{esc(a.x["source"])}" />\n'
        f'<meta name="author" content="{esc(_writer(a))}" />\n'
        f'<link rel="canonical" href="{url}" />'
    )
    head = _head(f"{a.title}_湖南频道_红网", metas, rng)
    if a.x["audit"]:
        bottom = f'<div class="editor_bottom"><p>责编：{esc(a.editors[0])}</p><p>二审：{esc(a.x["audit"][0])}　三审：{esc(a.x["audit"][1])}</p></div>'
    else:
        bottom = f'<div class="editor_bottom"><p>[责任编辑：{esc(a.editors[0])}]</p></div>'
    own = a.x["source"] in ("红网", "红网时刻")
    notice = (
        '<p class="copyright">本文为红网原创稿件，转载请注明来源。未经授权，不得转载、摘编或建立镜像。</p>'
        if own
        else f'<p class="copyright">来源：{esc(a.x["source"])}</p>'
    )
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{rel(a.path, p)}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%Y-%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="xgxw"><div class="xgxw_title">相关新闻</div><ul>{lis}</ul></div>'
    rec = "".join(
        f'<li><a href="{rel(a.path, o.path)}" target="_blank">{esc(trunc(o.title, 20))}</a></li>'
        for o in others(rng, site.of("rednet"), a, 6)
    )
    hot = "".join(
        f'<li><i>{k}</i><a href="{site.base}{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a><span>{o.when:%m-%d}</span></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    today = "".join(
        f'<div class="today_item"><a href="{o.path}" target="_blank"><img src="https://img.rednet.example/t{k}.jpg" /></a><h3><a href="{o.path}" target="_blank">{esc(o.title)}</a></h3><p>{o.when:%Y-%m-%d %H:%M:%S}</p></div>'
        for k, o in enumerate(others(rng, site.of("rednet"), a, 5))
    )
    page = (
        head
        + f"""<div class="main w1200 clearfix">
<div class="main_left">
<div class="position">当前位置：<a href="/">红网</a> &gt;&gt; <a href="{rel(a.path, LIST)}">湖南频道</a> &gt;&gt; 正文</div>
<div class="detail_title"><h1>{esc(a.title)}</h1>
<div class="m_b_25"><span>来源：{esc(a.x["source"])}</span>　<span>作者：{esc(_writer(a))}</span>　<span>编辑：{esc(a.editors[0])}</span>　<span class="time">{w:%Y-%m-%d %H:%M:%S}</span>
<span class="fx">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></span></div></div>
<div class="detail_content" id="detail">
{_content(a)}
</div>
{bottom}
{notice}
<div class="detail_zan"><a href="javascript:;">点赞</a><span>阅读 {a.x["clicks"]}</span></div>
{related}
<div class="today_hn"><div class="title">今日湖南</div>{today}</div>
</div>
<div class="main_right">
<div class="ad300"><script type="text/javascript">document.write('<iframe src="https://ad.rednet.example/c.php?pid=88" width="300" height="250" frameborder="0"></iframe>');</script></div>
<div class="hn_rec"><div class="title">红网推荐</div><ul>{rec}</ul></div>
<div class="hot_rank"><div class="title">热点排行</div><ol>{hot}</ol></div>
<div class="ewm"><img src="https://www.rednet.example/images/ewm_shike.png" /><p>下载时刻新闻客户端</p></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "gbk"), CT


def _list(
    site: Site10, path: str, title: str, arts: list[Art], pager: str, top: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, path)
    items = "".join(
        f'<li><a href="{rel(path, a.path)}" target="_blank">{esc(a.title)}</a><span class="date">{a.when:%Y-%m-%d %H:%M}</span></li>'
        for a in arts
    )
    page = (
        _head(title, '<meta name="description" content="红网湖南频道" />', rng)
        + f'<div class="main w1200 clearfix"><div class="main_left">{top}<ul class="list_ul">{items}</ul>{pager}</div></div>'
        + FOOT
    )
    return encode(page, "gbk"), CT


def register(site: Site10) -> None:
    mine = sorted(site.of("rednet"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    p1 = '<div class="page"><span class="cur">1</span><a href="index_2.html">2</a><a href="index_2.html">下一页</a><a href="index_2.html">尾页</a></div>'
    p2 = '<div class="page"><a href="index.html">首页</a><a href="index.html">上一页</a><a href="index.html">1</a><span class="cur">2</span></div>'
    site.route(LIST, lambda: _list(site, LIST, "湖南_红网", mine[:6], p1, ""))
    site.route(LIST2, lambda: _list(site, LIST2, "湖南_红网", mine[6:], p2, ""))
    top = '<div class="special_banner"><img src="https://img.rednet.example/special/2024hnlh/banner.jpg" /><h1>2024湖南两会</h1><p>凝心聚力 奋勇争先</p></div><div class="special_intro">红网全媒体聚焦湖南省两会，为您带来全方位报道。</div>'
    site.route(SPECIAL, lambda: _list(site, SPECIAL, "2024湖南两会_专题_红网", mine[::2], "", top))
