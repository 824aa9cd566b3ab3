"""PHPCMS v9 pages of a city daily's news site (临江新闻网), in GBK: pseudo-static
``/show-12-345-1.html`` and, for the column whose rewrite is off, the dynamic
``/index.php?m=content&c=index&a=show&catid=14&id=345``. Column 12 keeps v9's default
``show.html``: the title and the info line inside one ``<h1>`` (``title<br /><span>发布时间…</span>``);
columns 13/14 use the paper's own ``show_news.html`` (``div.arc-title h1``, an optional 副题,
``div.arc-info`` with 发布时间/来源/作者/点击). 点击 is an empty ``span#hits`` that
``/api.php?op=count&id=N&modelid=1`` fills; the 作者 field is free text (记者 X 通讯员 Y); the
editor is typed at the end of the content (（责任编辑：X）) or, on some pages, printed in the info
line. 相关热词搜索 tags, 上一篇/下一篇, 延伸阅读 (v9's relation list, the related news), a comment
iframe, 【打印本页】【关闭窗口】, and the right column's 频道总排行/本月排行/图片新闻. Links are
absolute (v9 prints ``{$url}`` with the domain). Lists ``/list-12-1.html``, ``/list-12-2.html``…"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site13

CT = "text/html; charset=gbk"
CATS = {12: "本地新闻", 13: "社会民生", 14: "城建交通"}
SEARCH = "/index.php?m=search&c=index&a=init&typeid=1&siteid=1&q=" + quote("临江")


def _u(site: Site13, path: str) -> str:
    return site.base + path


def _list_path(catid: int, page: int = 1) -> str:
    if catid == 14:
        return f"/index.php?m=content&c=index&a=lists&catid=14&page={page}"
    return f"/list-{catid}-{page}.html"


def _head(site: Site13, title: str, metas: str, rng: Any) -> str:
    nav = '<li class="line">|</li>'.join(
        f'<li><a href="{_u(site, _list_path(c))}"><span>{n}</span></a></li>'
        for c, n in CATS.items()
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{esc(title)}</title>
{metas}
<link href="{site.base}/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="{site.base}/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<style type="text/css">
{css(rng, "lj", 330)}
</style>
<script type="text/javascript" src="{site.base}/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="{site.base}/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="{site.base}/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top">
    <div class="content">
        <div class="login lh24 blue"><script type="text/javascript">document.write('<iframe src="{site.base}/index.php?m=member&c=index&a=mini&forward='+encodeURIComponent(location.href)+'&siteid=1" allowTransparency="true"  width="500" height="24" frameborder="0" scrolling="no"></iframe>')</script></div>
        <span class="rt"><a href="javascript:void(0);" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{site.base}');">设为首页</a> | <a href="{site.base}/about/contact.html">联系我们</a></span>
    </div>
</div>
<div class="header">
    <div class="logo lf"><a href="{site.base}/"><img src="{site.base}/statics/images/v9/logo.jpg" alt="临江新闻网" /></a></div>
    <div class="search">
        <div class="tab" id="search"><a href="javascript:;" onclick="setmodel(1, $(this));" class="on">新闻</a><span> | </span><a href="javascript:;" onclick="setmodel(3, $(this));">图片</a></div>
        <div class="bd">
            <form action="{site.base}/index.php" method="get" target="_blank">
                <input type="hidden" name="m" value="search"/><input type="hidden" name="c" value="index"/><input type="hidden" name="a" value="init"/><input type="hidden" name="typeid" value="1" id="typeid"/><input type="hidden" name="siteid" value="1" id="siteid"/>
                <input type="text" class="text" name="q" id="q"/><input type="submit" value="搜 索" class="button" />
            </form>
        </div>
    </div>
    <div class="banner"><script language="javascript" src="{site.base}/index.php?m=poster&c=index&a=show_poster&id=1"></script></div>
    <div class="bk3"></div>
    <div class="nav-bar">
        <map>
            <ul class="nav-site">
            <li><a href="{site.base}/"><span>首页</span></a></li><li class="line">|</li>{nav}<li class="line">|</li><li><a href="{site.base}/zt/wmcs2024/"><span>专题</span></a></li><li class="line">|</li><li><a href="{site.base}/gundong/"><span>滚动</span></a></li>
            </ul>
        </map>
    </div>
    <div class="subnav">今日：<script>document.write(new Date().toLocaleDateString());</script>　热门搜索：<a href="{site.base}{SEARCH}">临江</a></div>
</div>
"""


def _foot(site: Site13) -> str:
    return f"""<div class="footer">
<p class="info"><a href="{site.base}/about/contact.html">关于我们</a> | <a href="{site.base}/about/contact.html">联系方式</a> | <a href="{site.base}/about/contact.html">版权声明</a> | <a href="{site.base}/about/contact.html">广告服务</a> | <a href="{site.base}/about/contact.html">网站地图</a></p>
<p>临江日报社主办　临江新闻网版权所有　未经授权禁止复制或建立镜像</p>
<p>Copyright &copy; 2008-2024 www.ljnews.example All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12003456号-1</a>　赣公网安备 36010202000123号</p>
<p>互联网新闻信息服务许可证：36120180005　举报电话：0791-86851234　Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>V9</em></p>
</div>
<script type="text/javascript">$(function(){{$(".picbig").each(function(i){{var cur = $(this).find('.img-wrap').eq(0);var w = cur.width();var h = cur.height();$(this).find('.img-wrap img').LoadImage(true, w, h,'{site.base}/statics/images/msg_img/loading.gif');}});}})</script>
</body>
</html>"""


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align: center;"><img alt="" src="{b.src}" style="width: 600px; height: 400px;" /></p>'
            )
            cap = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
            if cap:
                out.append(f'<p style="text-align: center;">{cap}</p>')
    if not a.x["ed_in_info"]:
        out.append(f'<p style="text-align: right;">（责任编辑：{esc(a.editors[0])}）</p>')
    return "\n".join(out)


def _author_field(a: Art) -> str:
    st = a.x["style"]
    if st == "jz":
        return f"记者 {a.authors[0]}"
    if st == "two":
        return " ".join(a.authors)
    if st == "corr":
        return f"记者 {a.authors[0]} 通讯员 {a.correspondents[0]}"
    return ""


def _neighbours(site: Site13, a: Art) -> tuple[Art | None, Art | None]:
    mine = sorted(
        (b for b in site.of("phpcms") if b.x["catid"] == a.x["catid"]), key=lambda b: b.when
    )
    k = mine.index(a)
    return (mine[k - 1] if k else None, mine[k + 1] if k + 1 < len(mine) else None)


def article(site: Site13, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    cat = CATS[a.x["catid"]]
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(",".join(a.x["keywords"]))}">',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 80))}">',
        ]
    )
    head = _head(site, f"{a.title} - {cat} - 临江新闻网", metas, rng)
    author = _author_field(a)
    bits = [
        f"发布时间：{w:%Y-%m-%d %H:%M:%S}",
        f"来源：{a.x['source']}",
    ]
    if author:
        bits.append(f"作者：{esc(author)}")
    if a.x["ed_in_info"]:
        bits.append(f"编辑：{esc(a.editors[0])}")
    info = "&nbsp;&nbsp;&nbsp;".join(bits)
    if a.x["catid"] == 12:  # v9's default show.html: the info line inside the h1
        top = f"""<h1>{esc(a.title)}<br />
<span>{info}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>"""
    else:
        sub = f'<h2 class="subtitle">{esc(a.x["subtitle"])}</h2>' if a.x["subtitle"] else ""
        top = f"""<div class="arc-title"><h1>{esc(a.title)}</h1>{sub}</div>
<div class="arc-info">{info}&nbsp;&nbsp;&nbsp;点击：<span id="hits"></span>次&nbsp;&nbsp;&nbsp;<a href="javascript:;" onclick="doZoom(16)">大</a> <a href="javascript:;" onclick="doZoom(14)">中</a> <a href="javascript:;" onclick="doZoom(12)">小</a></div>"""
    tags = " ".join(
        f'<a href="{_u(site, "/index.php?m=content&c=tag&a=lists&tag=" + quote(k))}" class="blue">{esc(k)}</a>'
        for k in a.x["keywords"]
    )
    prev, nxt = _neighbours(site, a)
    pn = (
        f'<strong>上一篇：</strong><a href="{_u(site, prev.path)}">{esc(prev.title)}</a><br />'
        if prev
        else "<strong>上一篇：</strong>没有了<br />"
    )
    pn += (
        f'<strong>下一篇：</strong><a href="{_u(site, nxt.path)}">{esc(nxt.title)}</a>'
        if nxt
        else "<strong>下一篇：</strong>没有了"
    )
    rel = "".join(
        f'<li>·<a href="{_u(site, p)}" target="_blank">{esc(site.by_path[p].title)}</a><span>({site.by_path[p].when:%m-%d})</span></li>'
        for p in a.related
    )
    related = (
        f'<div class="related"><h5 class="blue">延伸阅读：</h5><ul class="list blue lh24 f14">{rel}</ul></div>'
        if rel
        else ""
    )
    pool = site.of("phpcms")
    rank = "".join(
        f'<li><span>{rng.randint(200, 20000)}</span>·<a href="{_u(site, o.path)}" target="_blank">{esc(trunc(o.title, 16))}</a></li>'
        for o in others(rng, pool, a, 8)
    )
    month = "".join(
        f'<li><span>{rng.randint(100, 9000)}</span>·<a href="{_u(site, o.path)}" target="_blank">{esc(trunc(o.title, 16))}</a></li>'
        for o in others(rng, site.arts, a, 8)
    )
    pics = "".join(
        f'<li><div class="img-wrap"><a href="{_u(site, o.path)}"><img src="{site.base}/uploadfile/2024/0501/thumb_{k}.jpg" width="110" height="80" /></a></div><span><a href="{_u(site, o.path)}">{esc(trunc(o.title, 10))}</a></span></li>'
        for k, o in enumerate(others(rng, pool, a, 4))
    )
    cid = f"content_{a.x['catid']}-{a.x['id']}-1"
    page = (
        head
        + f"""<div class="main">
    <div class="col-left">
        <div class="crumbs"><a href="{site.base}/">首页</a><span> &gt; </span><a href="{_u(site, _list_path(a.x["catid"]))}">{cat}</a> &gt;  正文</div>
        <div id="Article">
            {top}
            <div class="content">
            {_body(a)}
            </div>
            <div id="pages" class="text-c"></div>
            <p style="margin-bottom:10px"><strong>相关热词搜索：</strong>{tags}</p>
            <p class="f14">{pn}</p>
            <div class="bk15"></div>
            <div class="text-c"><a href="javascript:window.print();">【打印本页】</a>　<a href="javascript:window.close();">【关闭窗口】</a>　<a href="javascript:;" onclick="add_favorite('{esc(a.title)}');">【收藏】</a></div>
            <div class="bk15"></div>
            {related}
            <div class="bk15"></div>
            <div id="comment_iframe_box"><iframe src="{site.base}/index.php?m=comment&c=index&a=init&commentid={cid}&iframe=1" width="100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe></div>
      </div>
  </div>
    <div class="col-auto">
        <div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg">{rank}</ul></div>
        <div class="bk10"></div>
        <div class="box"><h5 class="title-2">频道本月排行</h5><ul class="content rank">{month}</ul></div>
        <div class="bk10"></div>
        <div class="box"><h5 class="title-2">图片新闻</h5><ul class="content picbig">{pics}</ul></div>
        <div class="bk10"></div>
        <div class="box"><script language="javascript" src="{site.base}/index.php?m=poster&c=index&a=show_poster&id=4"></script></div>
    </div>
</div>
<script type="text/javascript">
function add_favorite(title) {{ $.getJSON('{site.base}/api.php?op=add_favorite&title='+encodeURIComponent(title)+'&url='+encodeURIComponent(location.href)+'&'+Math.random()+'&callback=?', function(data){{ if(data.status==1) {{ $("#favorite").html('收藏成功'); }} }}); }}
function doZoom(size){{ $('#Article .content').css('font-size', size+'px'); }}
</script>
<script language="JavaScript" src="{site.base}/api.php?op=count&id={a.x["id"]}&modelid=1"></script>
"""
        + _foot(site)
    )
    return encode(page, "gbk"), CT


def hits_js(a: Art) -> tuple[bytes, str]:
    h = a.x["hits"]
    js = f"\n$('#todaydowns').html('{h % 7}');\n$('#weekdowns').html('{h % 50}');\n$('#monthdowns').html('{h % 300}');\n$('#hits').html('{h}');\n"
    return js.encode(), "text/javascript; charset=gbk"


def listing(
    site: Site13, catid: int, page: int, arts: list[Art], pages: int, name: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"php-list-{catid}-{page}-{name}")
    items = "".join(
        f'<li><span class="rt">{a.when:%Y-%m-%d %H:%M}</span>·<a href="{_u(site, a.path)}" target="_blank">{esc(a.title)}</a></li>'
        + ('<li class="bk20 hr"></li>' if k % 5 == 4 else "")
        for k, a in enumerate(arts)
    )
    pager = f'<a class="a1">{sum(1 for b in site.of("phpcms") if b.x["catid"] == catid)}条</a> '
    if name:  # a 滚动 or 专题 page: no column pager
        pages, pager = 0, ""
    if page > 1:
        pager += f'<a href="{_u(site, _list_path(catid, page - 1))}" class="a1">上一页</a> '
    for n in range(1, pages + 1):
        pager += (
            f"<span>{n}</span> "
            if n == page
            else f'<a href="{_u(site, _list_path(catid, n))}">{n}</a> '
        )
    if page < pages:
        pager += f'<a href="{_u(site, _list_path(catid, page + 1))}" class="a1">下一页</a>'
    page_html = (
        _head(
            site,
            f"{name or CATS[catid]} - 临江新闻网",
            '<meta name="keywords" content="临江新闻">',
            rng,
        )
        + f"""<div class="main"><div class="col-left"><div class="crumbs"><a href="{site.base}/">首页</a><span> &gt; </span><a href="{_u(site, _list_path(catid))}">{CATS[catid]}</a> &gt; 列表</div>
<div class="box"><h5 class="title-2">{name or CATS[catid]}</h5><ul class="list lh24 f14">{items}</ul><div id="pages" class="text-c">{pager}</div></div></div></div>
"""
        + _foot(site)
    )
    return encode(page_html, "gbk"), CT


def tag_page(site: Site13, tag: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"php-tag-{tag}")
    hits = [a for a in site.of("phpcms") if tag in a.x["keywords"]]
    items = "".join(
        f'<li><a href="{_u(site, a.path)}" target="_blank">{esc(a.title)}</a><p>{esc(trunc(a.paras[0], 60))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    page = (
        _head(site, f"{tag} - 标签 - 临江新闻网", "", rng)
        + f'<div class="main"><div class="col-left"><div class="box"><h5 class="title-2">标签：{esc(tag)}</h5><ul class="list lh24 f14">{items}</ul></div></div></div>'
        + _foot(site)
    )
    return encode(page, "gbk"), CT


def search(site: Site13) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "php-search")
    hits = [a for a in site.arts if "临江" in a.title or "临江" in a.body][:12]
    items = "".join(
        f'<li class="wrap"><div><h5><a href="{_u(site, a.path)}" target="_blank">{esc(a.title)}</a></h5><p>{esc(trunc(a.paras[0], 90))}</p><div class="adds">发布时间：{a.when:%Y-%m-%d}</div></div></li>'
        for a in hits
    )
    page = (
        _head(site, "临江 - 搜索 - 临江新闻网", "", rng)
        + f'<div class="main"><div class="col-left search-list"><div class="point">搜索结果：共找到 <span>{len(hits)}</span> 条与“临江”相关的信息</div><ul class="search-list">{items}</ul></div></div>'
        + _foot(site)
    )
    return encode(page, "gbk"), CT


def register(site: Site13) -> None:
    mine = site.of("phpcms")
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
        site.route(
            f"/api.php?op=count&id={a.x['id']}&modelid=1",
            lambda a=a: hits_js(a),  # type: ignore[misc]
        )
    for catid in CATS:
        arts = sorted((a for a in mine if a.x["catid"] == catid), key=lambda a: a.when)[::-1]
        chunks = [arts[k : k + 4] for k in range(0, len(arts), 4)]
        total = len(chunks)
        for n, chunk in enumerate(chunks, 1):
            site.route(
                _list_path(catid, n),
                lambda c=catid, n=n, ch=chunk, t=total: listing(site, c, n, ch, t),  # type: ignore[misc]
            )
    for tag in sorted({k for a in mine for k in a.x["keywords"]}):
        site.route(
            "/index.php?m=content&c=tag&a=lists&tag=" + quote(tag),
            lambda t=tag: tag_page(site, t),  # type: ignore[misc]
        )
    site.route(SEARCH, lambda: search(site))
    roll = sorted(mine, key=lambda a: a.when)[::-1]
    site.route("/gundong/", lambda: listing(site, 12, 1, roll, 1, "滚动新闻"))
    zt = page_rng(site.seed, "php-zt").sample(mine, 6)
    site.route("/zt/wmcs2024/", lambda: listing(site, 13, 1, zt, 1, "全力创建全国文明城市"))
