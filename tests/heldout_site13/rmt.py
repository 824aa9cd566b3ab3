"""A county 融媒体中心 (云溪县融媒体中心, a 中科大洋/新华云-style county platform), UTF-8, two kinds of
article page:

* the PC site's ``/content/2024-05/08/content_654321.html``: ``h1.detail-title``, ``div.detail-info``
  来源：…　发布时间：Y-m-d H:i:s　浏览量 (a script fills it), the body in ``div#ozoom``, which the
  county desk closes with its own lines — 记者：A B / 通讯员：C / 编辑：D / 审核：E, or a
  融媒体记者 A 通讯员 C line first, or 编辑：D　一审：E　二审：F　三审：G under 来源：县委宣传部, or
  文/图：A; some pages print 作者 in the info line and 【责任编辑：D】 under the body instead —
  then 相关新闻, 上一篇/下一篇, and the 热点新闻 and 图片新闻 sidebars;
* the app's share page ``/h5/share.html?id=N&tenantId=128``: an open-the-app bar, ``h1.article-title``,
  the source and Y-m-d H:i, the same closing lines, 推荐阅读 (a feed, not related news),
  评论, and the article again in ``var articleDetail = {...}`` (publishTime in ms).

Lists ``/node_1201.html`` (``node_1201_2.html``) and ``/node_1202.html``; a 客户端 list."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site13

CT = "text/html; charset=utf-8"
NAME = "云溪新闻网"
NODES = {1201: "云溪要闻", 1202: "乡镇动态"}


def _lead(a: Art) -> list[str]:
    st = a.x["style"]
    if st == "lead":
        return [f"融媒体记者 {a.authors[0]} 通讯员 {a.correspondents[0]}"]
    if st == "wentu":
        return [f"文/图：{a.authors[0]}"]
    return []


def _tail(a: Art) -> list[str]:
    st = a.x["style"]
    r = a.x["review"]
    if st == "credits":
        return [
            "记者：" + " ".join(a.authors),
            f"通讯员：{a.correspondents[0]}",
            f"编辑：{a.editors[0]}",
            f"审核：{r[0]}",
        ]
    if st in ("lead", "wentu"):
        return [f"编辑：{a.editors[0]}　审核：{r[0]}"]
    if st == "sanshen":
        return [
            f"来源：{a.x['source']}",
            f"编辑：{a.editors[0]}　一审：{r[0]}　二审：{r[1]}　三审：{r[2]}",
        ]
    if a.x["mobile"]:  # "pub" on the app: the fields the template prints on the PC page
        return ["记者：" + " ".join(a.authors), f"责任编辑：{a.editors[0]}"]
    return []


def _content(a: Art, mobile: bool) -> str:
    out = [f'<p style="text-indent:2em;">{esc(x)}</p>' for x in _lead(a)]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent:2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-align:center;"><strong>{esc(b.text)}</strong></p>')
        else:
            style = "max-width:100%;" if mobile else "width:600px;"
            out.append(
                f'<p style="text-align:center;"><img src="{b.src}" style="{style}" data-ratio="0.66" /></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align:center;"><span style="color:#7f7f7f;">{esc(b.text)}</span></p>'
                )
    out += [f'<p style="text-indent:2em;">{esc(x)}</p>' for x in _tail(a)]
    return "\n".join(out)


def _pc_head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="/node_{n}.html">{t}</a></li>' for n, t in NODES.items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="/static/pc/css/common.css?v=20230912">
<link rel="stylesheet" href="/static/pc/css/detail.css?v=20230912">
<style>
{css(rng, "rm", 300)}
</style>
<script src="/static/pc/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="date" id="nowDate"></span><span class="links"><a href="/h5/list.html">云溪融媒客户端</a> | <a href="/gdxw/">滚动新闻</a> | <a href="/about/contact.html">联系我们</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/pc/img/logo.png" alt="云溪县融媒体中心"></a><div class="search"><form action="/search" method="get" target="_blank"><input type="text" name="keywords" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li>{nav}<li><a href="/gdxw/">滚动</a></li><li><a href="/video/">视听云溪</a></li><li><a href="/zt/xczx/">专题</a></li><li><a href="/rank/">排行</a></li></ul></div>
"""


PC_FOOT = (
    """<div class="footer"><div class="w1200">
<p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">版权声明</a></p>
<p>主办：中共云溪县委宣传部　承办：云溪县融媒体中心　地址：云溪县城关镇人民路66号</p>
<p>Copyright &copy; 2019-2024 云溪县融媒体中心 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备19004321号-1</a>　<img src="/static/pc/img/ga.png">湘公网安备 43052502000088号</p>
<p>互联网新闻信息服务许可证编号：43120200012　违法和不良信息举报电话：0745-8226666</p>
</div></div>
<script>
document.getElementById('nowDate').innerHTML = new Date().toLocaleDateString();
"""
    + stats_js("0e1d2c3b4a5968778695a4b3c2d1e0f9")
    + """
</script>
</body>
</html>"""
)


def pc(site: Site13, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    node, nname = a.x["node"]
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title)}">',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 80))}">',
            f'<meta name="ContentSource" content="{esc(a.x["source"])}">',
            f'<meta name="PubDate" content="{w:%Y-%m-%d %H:%M}">',
            f'<meta name="ColumnName" content="{nname}">',
        ]
    )
    info = f'<span class="source">来源：{esc(a.x["source"])}</span>'
    if a.x["style"] == "pub":
        info += f'<span class="author">作者：{" ".join(a.authors)}</span>'
    info += f'<span class="time">发布时间：{w:%Y-%m-%d %H:%M:%S}</span><span class="view">浏览量：<em id="readCount">--</em></span>'
    editor = (
        f'<div class="detail-editor">【责任编辑：{esc(a.editors[0])}】</div>'
        if a.x["style"] == "pub"
        else ""
    )
    pcs = sorted((b for b in site.of("rmt") if not b.x["mobile"]), key=lambda b: b.when)
    k = pcs.index(a)
    prev = f'<a href="{pcs[k - 1].path}">{esc(pcs[k - 1].title)}</a>' if k else "没有了"
    nxt = (
        f'<a href="{pcs[k + 1].path}">{esc(pcs[k + 1].title)}</a>' if k + 1 < len(pcs) else "没有了"
    )
    rel = "".join(
        f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%Y-%m-%d}</span></li>'
        for p in a.related
    )
    related = (
        f'<div class="detail-related"><div class="hd"><h3>相关新闻</h3></div><ul>{rel}</ul></div>'
        if rel
        else ""
    )
    pool = site.of("rmt")
    hot = "".join(
        f'<li><i class="n{n}">{n}</i><a href="{o.path}" target="_blank">{esc(trunc(o.title, 18))}</a></li>'
        for n, o in enumerate(others(rng, pool, a, 8), 1)
    )
    pics = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/upload/thumb/{n}.jpg"><p>{esc(trunc(o.title, 14))}</p></a></li>'
        for n, o in enumerate(others(rng, pool, a, 4))
    )
    page = (
        _pc_head(f"{a.title}_{nname}_{NAME}", metas, rng)
        + f"""<div class="main w1200">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/node_{node}.html">{nname}</a> &gt; 正文</div>
<div class="detail-left">
<div class="detail-box">
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info">{info}<span class="font">字号：<a href="javascript:;" onclick="setFont(18)">大</a> <a href="javascript:;" onclick="setFont(16)">中</a> <a href="javascript:;" onclick="setFont(14)">小</a></span></div>
<div class="detail-con" id="ozoom">
{_content(a, False)}
</div>
{editor}
<div class="detail-share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ</a></div>
<div class="detail-tool"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="detail-page"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
{related}
</div>
<div class="detail-right">
<div class="side-box"><div class="hd"><h3>热点新闻</h3></div><ul class="hot-list">{hot}</ul></div>
<div class="side-box"><div class="hd"><h3>图片新闻</h3></div><ul class="pic-list">{pics}</ul></div>
<div class="side-box"><div class="hd"><h3>扫码下载客户端</h3></div><img src="/static/pc/img/app_qr.png" alt="云溪融媒"><p>云溪融媒APP</p></div>
</div>
</div>
<script>
function setFont(s){{ $('#ozoom').css('font-size', s + 'px'); }}
$.get('/api/content/hits?id={a.x["id"]}', function(d){{ $('#readCount').text(d.hits); }});
</script>
"""
        + PC_FOOT
    )
    return encode(page, "utf-8"), CT


def share(site: Site13, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    recs = others(rng, site.of("rmt"), a, 6)
    rec = "".join(
        f'<li><a href="{o.path}"><div class="txt"><p class="t">{esc(o.title)}</p><p class="m"><span>{esc(o.x["source"])}</span><span>{o.when:%m-%d}</span></p></div><img src="/upload/thumb/s{n}.jpg"></a></li>'
        for n, o in enumerate(recs)
    )
    detail = {
        "id": a.x["id"],
        "title": a.title,
        "source": a.x["source"],
        "author": ",".join(a.authors),
        "editor": a.editors[0],
        "publishTime": int(w.timestamp() * 1000),
        "readCount": a.x["reads"],
        "shareUrl": f"/h5/share.html?id={a.x['id']}&tenantId=128",
        "content": _content(a, True),
        "type": 1,
    }
    css_rules = css(rng, "h5", 330)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 60))}">
<link rel="stylesheet" href="/h5/css/share.css?v=3.2.1">
<style>
{css_rules}
</style>
<script src="https://res.wx.qq.example/open/js/jweixin-1.6.0.js"></script>
</head>
<body>
<div class="open-app-top"><img class="logo" src="/h5/img/logo.png"><div class="name"><p>云溪融媒</p><span>云溪县融媒体中心官方客户端</span></div><a class="open-btn" href="javascript:;" onclick="openApp()">打开</a></div>
<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="source">{esc(a.x["source"])}</span><span class="time">{w:%Y-%m-%d %H:%M}</span><span class="read">阅读 {a.x["reads"]}</span></div>
<div class="article-content" id="content">
{_content(a, True)}
</div>
<div class="article-statement">声明：本文为云溪融媒原创，转载请注明出处。</div>
<div class="article-like"><span class="like-btn">赞 {rng.randint(0, 300)}</span></div>
</div>
<div class="recommend"><div class="hd">推荐阅读</div><ul>{rec}</ul></div>
<div class="comment"><div class="hd">评论</div><p class="empty">暂无评论，快来抢沙发吧~</p></div>
<div class="open-app-bottom"><a href="javascript:;" onclick="openApp()">打开云溪融媒APP，阅读更多精彩内容</a></div>
<script>
var articleDetail = {json.dumps(detail, ensure_ascii=False)};
function openApp(){{ window.location.href = 'yunximedia://article?id=' + articleDetail.id; setTimeout(function(){{ window.location.href = '/h5/download.html'; }}, 2000); }}
wx.ready(function(){{ wx.updateAppMessageShareData({{ title: articleDetail.title, desc: document.querySelector('meta[name=description]').content, link: location.href, imgUrl: '/h5/img/logo.png' }}); }});
</script>
<script>{stats_js("5f4e3d2c1b0a99887766554433221100")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _list(site: Site13, title: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">{a.when:%Y-%m-%d}</span></li>'
        for a in arts
    )
    page = (
        _pc_head(f"{title}_{NAME}", "", rng)
        + f'<div class="main w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; {esc(title)}</div><div class="list-box"><ul class="news-list">{items}</ul><div class="page">{pager}</div></div></div>'
        + PC_FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site13) -> None:
    mine = sorted(site.of("rmt"), key=lambda a: a.when)[::-1]
    for a in mine:
        fn = share if a.x["mobile"] else pc
        site.route(a.path, lambda a=a, fn=fn: fn(site, a))  # type: ignore[misc]
    pcs = [a for a in mine if not a.x["mobile"]]
    n1 = [a for a in pcs if a.x["node"][0] == 1201]
    n2 = [a for a in pcs if a.x["node"][0] == 1202]
    p1 = '<span class="cur">1</span><a href="node_1201_2.html">2</a><a href="node_1201_2.html">下一页</a>'
    p2 = '<a href="node_1201.html">上一页</a><a href="node_1201.html">1</a><span class="cur">2</span>'
    site.route("/node_1201.html", lambda: _list(site, "云溪要闻", "rm-n1", n1[:3], p1))
    site.route("/node_1201_2.html", lambda: _list(site, "云溪要闻", "rm-n1b", n1[3:], p2))
    site.route("/node_1202.html", lambda: _list(site, "乡镇动态", "rm-n2", n2, ""))
    apps = [a for a in mine if a.x["mobile"]]
    site.route("/h5/list.html", lambda: _list(site, "云溪融媒客户端", "rm-app", apps, ""))
