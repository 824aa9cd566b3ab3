"""A county 融媒体中心 site on a TRS-style government CMS (UTF-8): gov meta tags, an info line
(来源 作者 发布时间 浏览次数), the body in ``div#zoom``, 责任编辑/审核 lines at its end, 上一篇/下一篇
with dates, 相关新闻 on some pages; listings ``/xwzx/<sec>/index.html``, ``index_1.html``."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import GOV_LINKS, STATS_JS, TODAY, css, esc, link_lists

if TYPE_CHECKING:
    from .generator import Site4

SITE = "桐岭县融媒体中心"
SECTIONS = {"bdxw": "本地新闻", "xzdt": "乡镇动态"}
PER_PAGE = 5
NAV = [
    ("首页", "/"),
    ("新闻中心", "/xwzx/"),
    ("本地新闻", "/xwzx/bdxw/index.html"),
    ("乡镇动态", "/xwzx/xzdt/index.html"),
    ("视频桐岭", "/xwzx/sp/202403/t20240320_3125561.html"),
    ("专题专栏", "/zt/xczx2024/index.html"),
    ("政务公开", "/zwgk/ldxx/index.html"),
    ("联系我们", "/lxwm/index.html"),
]
SUBMENU = ["时政要闻", "部门动态", "通知公告", "图片新闻", "媒体聚焦", "民生关注", "文明创建"]


def _head(site: Site4, title: str, extra: str, rng: random.Random) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{SITE}" />
<meta name="SiteDomain" content="www.tongling-rm.example" />
<meta name="SiteIDCode" content="3311230012" />
{extra}
<link rel="stylesheet" type="text/css" href="/images/style.css" />
<style type="text/css">
{css(rng, "rm", 150)}
</style>
<script type="text/javascript" src="/images/jquery-1.8.3.min.js"></script>
<script type="text/javascript">{STATS_JS}</script>
</head>
"""


def _top(sec: str = "") -> str:
    menus = []
    for name, url in NAV:
        sub = "".join(
            f'<li><a href="/xwzx/bdxw/index.html" target="_blank">{s}</a></li>' for s in SUBMENU
        )
        on = ' class="on"' if name == sec else ""
        menus.append(f'<li{on}><a href="{url}">{name}</a><ul class="sub-menu">{sub}</ul></li>')
    return f"""<body>
<div class="top-bar"><div class="w1200 clearfix">
<div class="fl"><span class="today">今天是：{TODAY}</span>
<span class="weather">桐岭 多云 12℃~21℃</span></div>
<div class="fr"><a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" id="zzb">长者模式</a> |
<a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a></div>
</div></div>
<div class="header"><div class="w1200 clearfix">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}" /></a></div>
<div class="search"><form action="/search.html" method="get" target="_blank">
<input type="text" name="keyword" class="s-input" placeholder="请输入关键字" /><input type="submit" class="s-btn" value="搜索" />
</form><p class="hot-words">热搜：<a href="/search.html?keyword=春耕">春耕</a> <a href="/search.html?keyword=乡村振兴">乡村振兴</a></p></div>
</div></div>
<div class="nav"><ul class="w1200 clearfix">{"".join(menus)}</ul></div>
"""


def _foot() -> str:
    return f"""<div class="footer">
<div class="w1200">
{link_lists("友情链接", GOV_LINKS)}
<div class="foot-nav"><a href="/lxwm/index.html">联系我们</a> | <a href="/zwgk/ldxx/index.html">领导信息</a> | <a href="/sitemap.html">网站地图</a> | <a href="/lxwm/index.html">投稿须知</a></div>
<div class="copyright">
<p>主办：{SITE}　承办：桐岭县融媒体中心新媒体部　地址：桐岭县龙泉街道人民路88号　邮编：311300</p>
<p>电话：0571-6512 3456　投稿邮箱：tlrmtzx@tongling-rm.example　违法和不良信息举报电话：0571-6512 3400</p>
<p>版权所有 © 2019-2024 {SITE}　未经授权禁止复制或建立镜像</p>
<p><a href="https://beian.miit.example/" target="_blank">浙ICP备2021012345号-1</a>　<img src="/images/ga.png" alt="" /> 浙公网安备 33112302000123号　网站标识码：3311230012</p>
<p><span id="_ideConac"><img src="/images/dzjg.png" alt="党政机关" /></span></p>
</div></div></div>
<script type="text/javascript" src="/images/common.js"></script>
</body>
</html>"""


def _sidebar(site: Site4, a: Art | None) -> str:
    arts = [b for b in site.of("rongmei") if b is not a]
    hot = "".join(
        f'<li><span class="num">{k + 1}</span><a href="{b.path}" title="{esc(b.title)}" target="_blank">'
        f"{esc(b.title)}</a></li>"
        for k, b in enumerate(arts[:6])
    )
    return f"""<div class="right-side">
<div class="side-box"><div class="side-tit"><h3>热点新闻</h3></div><ul class="hot-list">{hot}</ul></div>
<div class="side-box banner"><a href="/zt/xczx2024/index.html"><img src="/images/zt_xczx.jpg" alt="专题：乡村振兴在桐岭" /></a></div>
<div class="side-box"><div class="side-tit"><h3>视频新闻</h3></div>
<div class="video-item"><a href="/xwzx/sp/202403/t20240320_3125561.html"><img src="/images/v1.jpg" alt="" /><p>航拍桐岭：春到茶山</p></a></div></div>
<div class="side-box qr"><img src="/images/wx_qr.jpg" alt="" /><p>桐岭发布微信公众号</p></div>
</div>"""


def _block_html(b: Block) -> str:
    if b.kind == "h":
        return f'<p style="text-indent:2em;"><strong>{esc(b.text)}</strong></p>'
    if b.kind == "img":
        out = (
            f'<p style="text-align:center;"><img src="{b.src}" border="0" '
            f'oldsrc="W0{b.src[-14:]}" style="max-width:600px;" /></p>'
        )
        if b.text:
            out += f'<p style="text-align:center;text-indent:0;">{esc(b.text)}</p>'
        return out
    return f'<p style="text-indent:2em;">{esc(b.text)}</p>'


def article(site: Site4, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"rm{a.i}")
    x = a.x
    sec = SECTIONS[x["sec"]]
    when = f"{a.when:%Y-%m-%d %H:%M:%S}"
    meta = f"""<meta name="ColumnName" content="{sec}" />
<meta name="ColumnType" content="{sec}" />
<meta name="ArticleTitle" content="{esc(a.title)}" />
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}" />
<meta name="ContentSource" content="{esc(x["source"])}" />
<meta name="Keywords" content="{sec},{SITE}" />
<meta name="Author" content="{SITE if x["meta_author"] else esc(" ".join(a.authors) or SITE)}" />
<meta name="Description" content="{esc(a.paras[0][:80])}" />
<meta name="Url" content="{site.base}{a.path}" />"""
    style = x["style"]
    info = [f"来源：{esc(x['source'])}"]
    if style in ("info", "info2", "lead+info"):
        info.append("作者：" + " ".join(a.authors))
    elif style == "inforole":
        info.append(f"作者：记者 {a.authors[0]}")
    elif style == "none" and a.i == 3:
        info.append("作者：")
    info.append(f"发布时间：{when}")
    info.append('浏览次数：<span id="hits"></span>')
    body = "\n".join(_block_html(b) for b in a.blocks)
    tail = []
    if a.editors:
        tail.append(f"责任编辑：{a.editors[0]}")
    rev = x["reviewers"]
    if len(rev) == 3:
        tail.append(f"初审：{rev[0]}　复审：{rev[1]}　终审：{rev[2]}")
    else:
        tail.append(f"审核：{rev[0]}")
    tail_html = "".join(f'<p style="text-align:right;">{t}</p>' for t in tail)
    title_html = (
        f'<h1 class="art-title">{esc(a.title)}</h1>'
        if x["h1"]
        else f'<div class="art-title">{esc(a.title)}</div>'
    )
    arts = site.of("rongmei")
    k = arts.index(a)
    pn = []
    if k > 0:
        p = arts[k - 1]
        pn.append(
            f'<p class="prev">上一篇：<a href="{p.path}">{esc(p.title)}</a>'
            f'<span class="date">{p.when:%Y-%m-%d}</span></p>'
        )
    else:
        pn.append('<p class="prev">上一篇：没有了</p>')
    if k + 1 < len(arts):
        n = arts[k + 1]
        pn.append(
            f'<p class="next">下一篇：<a href="{n.path}">{esc(n.title)}</a>'
            f'<span class="date">{n.when:%Y-%m-%d}</span></p>'
        )
    else:
        pn.append('<p class="next">下一篇：没有了</p>')
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{r}" target="_blank">{esc(site.by_path[r].title)}</a>'
            f"<span>{site.by_path[r].when:%Y-%m-%d}</span></li>"
            for r in a.related
        )
        related = f'<div class="xgxw"><div class="xgxw-tit">相关新闻</div><ul>{items}</ul></div>'
    scroll = [
        {
            "title": b.title,
            "url": b.path,
            "author": " ".join(b.authors) or "融媒记者",
            "time": f"{b.when:%Y-%m-%d %H:%M}",
        }
        for b in rng.sample([b for b in arts if b is not a], 4)
    ]
    page = (
        _head(site, f"{a.title}-{SITE}", meta, rng)
        + _top("新闻中心")
        + f"""<div class="location w1200">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/{x["sec"]}/index.html">{sec}</a> &gt; 正文</div>
<div class="main w1200 clearfix">
<div class="left-main">
<div class="article">
{title_html}
<div class="article-info">{"　".join(info)}</div>
<div class="font-size">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="article-con" id="zoom">
<div class="TRS_Editor">
{body}
</div>
{tail_html}
</div>
<div class="article-tools clearfix">
<div class="share fl bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a></div>
<div class="fr">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="qrcode"><div id="qrcodeimg"></div><p>扫一扫在手机打开当前页</p></div>
<div class="prev-next">{"".join(pn)}</div>
{related}
</div>
</div>
{_sidebar(site, a)}
</div>
<script type="text/javascript">
var scrollNews = {json.dumps(scroll, ensure_ascii=False)};
$(function(){{ $.get("/system/count//0012001/000000000000/000/000/c{a.path[-12:-5]}.cnt?callback=?", function(d){{ $("#hits").html(d); }}); }});
</script>
"""
        + _foot()
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing(site: Site4, sec: str, page: int, n_pages: int, items: list[Art]) -> tuple[bytes, str]:
    rng = random.Random(f"rml{sec}{page}")
    name = SECTIONS[sec]
    lis = "".join(
        f'<li><a href="./{a.path.split("/", 3)[3]}" target="_blank" title="{esc(a.title)}">'
        f'{esc(a.title)}</a><span class="date">{a.when:%Y-%m-%d}</span></li>'
        for a in items
    )
    links = []
    for p in range(n_pages):
        href = "index.html" if p == 0 else f"index_{p}.html"
        links.append(f"<span>{p + 1}</span>" if p == page else f'<a href="{href}">{p + 1}</a>')
    nxt = f'<a href="index_{page + 1}.html">下一页</a>' if page + 1 < n_pages else ""
    prv = ""
    if page > 0:
        prv = '<a href="{}">上一页</a>'.format(
            "index.html" if page == 1 else f"index_{page - 1}.html"
        )
    meta = (
        f'<meta name="ColumnName" content="{name}" />\n<meta name="ColumnType" content="{name}" />'
    )
    body = (
        _head(site, f"{name}-{SITE}", meta, rng)
        + _top("新闻中心")
        + f"""<div class="location w1200">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; {name}</div>
<div class="main w1200 clearfix"><div class="left-main">
<div class="list-tit"><h2>{name}</h2></div>
<ul class="news-list">{lis}</ul>
<div class="page">
<script type="text/javascript">createPageHTML({n_pages}, {page}, "index", "html");</script>
<a href="index.html">首页</a>{prv}{"".join(links)}{nxt}<a href="index_{n_pages - 1}.html">尾页</a>
</div>
</div>{_sidebar(site, None)}</div>
"""
        + _foot()
    )
    return body.encode("utf-8"), "text/html; charset=utf-8"


def hub(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("rmhub")
    boxes = []
    for sec, name in SECTIONS.items():
        arts = [a for a in site.of("rongmei") if a.x["sec"] == sec][:5]
        lis = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>'
            for a in arts
        )
        boxes.append(
            f'<div class="col-box"><div class="col-tit"><h3>{name}</h3>'
            f'<a class="more" href="/xwzx/{sec}/index.html">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
        )
    body = (
        _head(site, f"新闻中心-{SITE}", "", rng)
        + _top("新闻中心")
        + f"""<div class="location w1200">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>
<div class="main w1200 clearfix"><div class="left-main">{"".join(boxes)}</div>{_sidebar(site, None)}</div>
"""
        + _foot()
    )
    return body.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site4) -> None:
    arts = site.of("rongmei")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/xwzx/", lambda: hub(site))
    for sec in SECTIONS:
        items = sorted((a for a in arts if a.x["sec"] == sec), key=lambda a: a.when, reverse=True)
        pages = [items[k : k + PER_PAGE] for k in range(0, len(items), PER_PAGE)]
        n_pages = len(pages)
        for p, chunk in enumerate(pages):
            path = f"/xwzx/{sec}/index.html" if p == 0 else f"/xwzx/{sec}/index_{p}.html"
            site.route(
                path,
                lambda sec=sec, p=p, chunk=chunk, n=n_pages: listing(site, sec, p, n, chunk),  # type: ignore[misc]
            )


# the shared furniture, for the site's other pages (home, 专题, 领导信息, 联系我们…)
def frame(site: Site4, title: str, crumb: str, inner: str, seed: str) -> tuple[bytes, str]:
    rng = random.Random(seed)
    body = (
        _head(site, f"{title}-{SITE}", "", rng)
        + _top()
        + f"""<div class="location w1200">当前位置：<a href="/">首页</a> &gt; {crumb}</div>
<div class="main w1200 clearfix"><div class="left-main">{inner}</div>{_sidebar(site, None)}</div>
"""
        + _foot()
    )
    return body.encode("utf-8"), "text/html; charset=utf-8"
