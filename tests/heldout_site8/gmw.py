"""光明网-style article pages: the ENP (founder) metas (``publishdate``, ``contentid``, ``catalogs``),
``<title>headline_光明网</title>`` (``_光明日报`` on the paper's columns), ``h1.u-title``,
``m-con-info`` with the time (two print pages only a day), 来源 linking to the e-paper and 作者
(本报记者/评论的作者 with an affiliation), the body in ``div.u-mainText`` between ``<!--enpcontent-->``
comments: the print byline on its own line (光明日报记者 X 光明日报通讯员 Y), the print edition's
《光明日报》（2024年05月08日 01版） at the end, ``[责编：X]`` in ``div.m-zbTool``; 相关新闻, 光明推荐 and
a 排行榜 sidebar. Column lists ``/politics/node_9844.htm`` with ``node_9844_2.htm``; a 专题."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site8

CT = "text/html; charset=utf-8"
SECS = {"politics": ("时政", 9844), "culture": ("文化", 10250), "edu": ("教育", 9141)}
NAV = [
    ("首页", "/"),
    ("时政", "/politics/node_9844.htm"),
    ("国际", "/world/node_4661.htm"),
    ("时评", "/guancha/node_7292.htm"),
    ("理论", "/theory/node_97244.htm"),
    ("文化", "/culture/node_10250.htm"),
    ("教育", "/edu/node_9141.htm"),
    ("科技", "/tech/node_5555.htm"),
    ("经济", "/economy/node_8971.htm"),
    ("光明日报", "https://epaper.gmw.example/gmrb/"),
    ("专题", "/zhuanti/2024/wmsj/index.htm"),
    ("图片", "/photo/"),
    ("视频", "/video/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" type="text/css" href="//img.gmw.example/css/con_style.css" />
<style type="text/css">
{css(rng, "g", 380)}
</style>
<script type="text/javascript" src="//img.gmw.example/js/jquery.js"></script>
</head>
<body>
<div class="g-topbar"><div class="g-w"><span class="m-date">光明网</span><a href="https://m.gmw.example/">手机光明网</a> <a href="https://epaper.gmw.example/gmrb/">光明日报</a> <a href="/about/contact.html">联系我们</a></div></div>
<div class="g-header"><div class="g-w"><a class="u-logo" href="/"><img src="//img.gmw.example/pic/logo.png" alt="光明网" /></a>
<div class="m-search"><form action="/search" method="get" target="_blank"><input type="text" name="keyword" class="u-ipt" /><input type="submit" value="搜索" class="u-btn" /></form></div></div></div>
<div class="g-nav"><div class="g-w"><ul class="m-nav">{nav}</ul></div></div>
"""


FOOT = (
    """<div class="g-footer"><div class="g-w"><p><a href="/about/contact.html">光明日报社概况</a> | <a href="/about/contact.html">关于光明网</a> | <a href="/about/contact.html">报网动态</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">法律声明</a> | <a href="/about/contact.html">光明员工</a> | <a href="/about/contact.html">光明网邮箱</a> | <a href="/about/contact.html">网站地图</a></p>
<p>光明网版权所有</p><p>京ICP备05066402号-1 | 互联网新闻信息服务许可证 10120170002 | 违法和不良信息举报电话：010-67078310</p></div></div>
<script type="text/javascript">
"""
    + stats_js("4d3c2b1a0f9e8d7c6b5a49382716a5b4")
    + """
</script>
</body>
</html>"""
)


def _body(a: Art) -> str:
    out = []
    st = a.x["style"]
    if st == "paper_corr":
        out.append(f"<p>　　光明日报记者 {a.authors[0]} 光明日报通讯员 {a.correspondents[0]}</p>")
    elif st == "paper" and a.i % 2 == 1:
        out.append(f"<p>　　光明日报记者 {'　'.join(a.authors)}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: center;"><img src="{b.src}" border="0" /></p>')
            if b.text or b.credit:
                cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
                out.append(
                    f'<p style="text-align: center;"><span style="font-family: 楷体;">　　{cap}</span></p>'
                )
    if st == "commentary":
        out.append(f"<p>　　（作者：{a.authors[0]}，系{a.x['affil']}）</p>")
    if a.x["paper"]:
        w = a.when
        out.append(f"<p>　　《光明日报》（ {w:%Y年%m月%d日} {a.x['page']}版）</p>")
    return "\n".join(out)


def article(site: Site8, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    day = a.precision == "day"
    shown = f"{w:%Y-%m-%d}" if day else f"{w:%Y-%m-%d %H:%M}"
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title[:8])}" />',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 90))}" />',
            '<meta name="filetype" content="0">',
            '<meta name="publishedtype" content="1">',
            '<meta name="pagetype" content="1">',
            f'<meta name="catalogs" content="{SECS[a.x["sec"]][1]}">',
            f'<meta name="contentid" content="{a.x["cid"]}">',
            f'<meta name="publishdate" content="{w:%Y-%m-%d}">',
            f'<meta name="author" content="{a.x["source"]}">',
            f'<meta name="source" content="{a.x["source"]}">',
        ]
    )
    col, node = SECS[a.x["sec"]]
    suffix = "_光明日报" if a.x["paper"] and a.i % 2 else "_光明网"
    head = _head(f"{a.title}{suffix}", metas, rng)
    if a.x["style"] == "commentary":
        who = f"作者：{a.authors[0]}"
    elif a.x["style"].startswith("paper"):
        who = (
            "作者：本报记者 "
            + " ".join(a.authors)
            + (f" 通讯员 {a.correspondents[0]}" if a.correspondents else "")
        )
    else:
        who = ""
    src = a.x["source"]
    src_link = (
        f'<a href="https://epaper.gmw.example/gmrb/html/{w:%Y-%m/%d}/nw.D110000gmrb_{w:%Y%m%d}_1-{a.x["page"]}.htm" target="_blank">{src}</a>'
        if a.x["paper"]
        else f'<a href="/" target="_blank">{src}</a>'
    )
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = f'<div class="m-relatedNews"><div class="m-title"><h3>相关新闻</h3></div><ul class="channel-newsGroup">{lis}</ul></div>'
    rec = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/cms/img/tj{k}.jpg" /></a><p><a href="{o.path}" target="_blank">{esc(trunc(o.title, 18))}</a></p></li>'
        for k, o in enumerate(others(rng, site.arts, a, 6))
    )
    rank = "".join(
        f'<li><span class="u-num">{k}</span><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    page = (
        head
        + f"""<div class="g-main g-w">
<div class="m-breadcrumb"><a href="/">首页</a> &gt; <a href="/{a.x["sec"]}/node_{node}.htm">{col}</a> &gt; 正文</div>
<div class="g-conMain">
<div class="m-title-box">
<h1 class="u-title">{esc(a.title)}</h1>
<div class="m-con-info">
<span class="m-con-time">{shown}</span>
<span class="m-con-source">来源：{src_link}</span>
{f'<span class="m-con-author">{who}</span>' if who else ""}
<span class="m-con-font">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span>
</div>
</div>
<div class="u-mainText">
<!--enpcontent-->{_body(a)}<!--/enpcontent-->
</div>
<div class="m-zbTool liability">[ 责编：{esc(a.editors[0])} ]</div>
<div class="m-share"><span>分享到：</span><a class="weixin" href="javascript:;">微信</a><a class="weibo" href="javascript:;">新浪微博</a><a class="qzone" href="javascript:;">QQ空间</a></div>
<div class="m-readNum">阅读剩余全文（<span>{rng.randint(5, 90)}%</span>）</div>
{related}
<div class="m-recommend"><div class="m-title"><h3>光明推荐</h3></div><ul class="pic-list">{rec}</ul></div>
</div>
<div class="g-conSide">
<div class="m-side-ad"><img src="/cms/img/gmw_ad.jpg" alt="" /></div>
<div class="m-rank"><div class="m-title"><h3>排行榜</h3></div><ul>{rank}</ul></div>
<div class="m-side-qr"><img src="//img.gmw.example/pic/qr.png" alt="" /><p>光明网微信公众号</p></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def column(site: Site8, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"gmw-col-{n}")
    arts = sorted(site.of("gmw"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    items = "".join(
        f'<li><span class="channel-newsTitle"><a href="../{a.path.lstrip("/")}" target="_blank">{esc(a.title)}</a></span><span class="channel-newsTime">{a.when:%Y-%m-%d}</span></li>'
        for a in part
    )
    pager = (
        '<div id="displaypagenum"><center><span>1</span> <a href="node_9844_2.htm">2</a> <a href="node_9844_2.htm">下一页</a></center></div>'
        if n == 1
        else '<div id="displaypagenum"><center><a href="node_9844.htm">上一页</a> <a href="node_9844.htm">1</a> <span>2</span></center></div>'
    )
    page = (
        _head("时政_光明网", '<meta name="catalogs" content="9844">', rng)
        + f'<div class="g-main g-w"><div class="channelLeftPart"><div class="m-title"><h3>时政要闻</h3></div><ul class="channel-newsGroup">{items}</ul>{pager}</div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def zhuanti(site: Site8) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "gmw-zt")
    picks = rng.sample(site.arts, 16)
    lis = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>'
        for a in picks
    )
    page = (
        _head("新时代文明实践在行动_专题_光明网", '<meta name="catalogs" content="30001">', rng)
        + f"""<div class="g-main g-w zt"><div class="zt-banner"><img src="/zhuanti/2024/wmsj/images/banner.jpg" alt="新时代文明实践在行动" /></div>
<div class="zt-intro"><p>光明网推出“新时代文明实践在行动”专题，展示各地文明实践中心、所、站的创新做法和鲜活故事。</p></div>
<div class="zt-box"><div class="m-title"><h3>最新报道</h3></div><ul>{lis}</ul></div>
<div class="zt-box"><div class="m-title"><h3>光明时评</h3></div><ul>{"".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in picks[:5])}</ul></div></div>"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site8) -> None:
    for a in site.of("gmw"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/politics/node_9844.htm", lambda: column(site, 1))
    site.route("/politics/node_9844_2.htm", lambda: column(site, 2))
    site.route("/zhuanti/2024/wmsj/index.htm", lambda: zhuanti(site))
