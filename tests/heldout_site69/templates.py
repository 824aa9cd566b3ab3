"""Site 69's article pages: 封面新闻 (``/detail/N``, a ``window.__INITIAL_STATE__`` copy of the
story), 川观新闻 (``/cg/news/N``; 2019 四川在线 pages in GB2312), 极目新闻 (``/c1716_YYYYmm/N.html``;
2019 楚天都市报 pages in GB2312 named in the meta only), 潮新闻 share pages (打开APP prompts, a JSON
state copy; 2019 浙江新闻客户端 share pages) and 九派新闻 (【来源：九派新闻】 closings)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING, Any

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site69

NAMES = {"fm": "封面新闻", "cg": "川观新闻", "jm": "极目新闻", "cc": "潮新闻", "jp": "九派新闻"}
OLD_NAMES = {
    "fm": "封面新闻",
    "cg": "四川在线",
    "jm": "楚天都市报",
    "cc": "浙江新闻",
    "jp": "九派新闻",
}
OFFICES = ["浙江省发展改革委", "浙江省文化广电和旅游厅", "杭州市委宣传部"]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span class="time">{a.when:{fmt}}</span></li>'


def rank(site: Site69, a: Art, key: str, k: int = 10, same: bool = False) -> str:
    """A most-read / hot box: other stories (not related to this one)."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in (site.of(a.tpl) if same else site.arts) if b is not a]
    return "".join(
        f'<li><i class="n{n}">{n}</i><a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def feed(site: Site69, a: Art, key: str, k: int = 6) -> str:
    """A recommended feed (为你推荐, 推荐阅读): other stories with their first lines."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if b is not a and b.path not in a.related]
    return "".join(
        f'<div class="feed-item"><a href="{b.path}"><h4>{esc(b.title)}</h4><p>{esc(trunc(b.paras[0], 40))}</p></a><span>{NAMES[b.tpl]}</span></div>'
        for b in rng.sample(pool, k)
    )


def rel_list(site: Site69, a: Art, fmt: str = "%m-%d") -> str:
    return "".join(li(site.by_path[p], fmt) for p in a.related)


def head(rng: random.Random, tpl: str, n_css: int = 330, n_js: int = 45) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'vendor-' + tpl, n_js)}</script>\n<script>{stats_js('s69' + tpl)}</script>"


def body_html(blocks: list[Block], cap_cls: str = "img-desc", sep: str = "") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
            out.append(
                f'<p style="text-align:center"><img src="{b.src}" alt=""></p><p class="{cap_cls}" style="text-align:center">{cap}</p>'
            )
    return "\n".join(out)


def state_js(data: dict[str, Any]) -> str:
    s = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script>window.__INITIAL_STATE__={s};</script>"


def site_nav(tpl: str) -> str:
    return (
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/channel/tf/">封面·天府</a></li>'
        '<li><a href="/cg/list/1.html">川观·要闻</a></li><li><a href="/c1716/index.html">极目·湖北</a></li>'
        '<li><a href="/share/channel.html">潮新闻</a></li><li><a href="/jp/list/1/">九派·调查</a></li>'
        '<li><a href="/zt/2024/ddjj/">专题</a></li><li><a href="/video/">视频</a></li>'
        '<li><a href="/archive/2024-05/">往期</a></li><li><a href="/search/?q=新闻">搜索</a></li></ul>'
    )


def footer(name: str, year: int) -> str:
    return (
        f'<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/about/#ad">广告服务</a> | <a href="/about/#law">法律声明</a></p>'
        f"<p>Copyright &copy; {year} {name} 版权所有 未经授权禁止转载</p>"
        "<p>互联网新闻信息服务许可证：00000000000 　X ICP备00000000号-1 　X公网安备 00000000000000号</p>"
        "<p>违法和不良信息举报电话：000-00000000 　举报邮箱：jubao@example.cn</p></div>"
    )


def shell(
    rng: random.Random,
    tpl: str,
    title: str,
    metas: str,
    main: str,
    name: str,
    year: int,
    charset: str = "utf-8",
    tail: str = "",
) -> str:
    meta_cs = (
        '<meta charset="utf-8">'
        if charset == "utf-8"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_cs}
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(title)}</title>
{metas}
{head(rng, tpl)}
</head>
<body>
<div class="topbar"><a href="/" class="logo">{name}</a><div class="dl">下载{name}客户端</div></div>
<div class="navbar">{site_nav(tpl)}</div>
{main}
{footer(name, year)}
{tail}
</body>
</html>
"""


def metas(a: Art, name: str, extra: str = "") -> str:
    return (
        f'<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},{esc(a.x["ctx"]["city"])},{name}">\n'
        f'<meta name="description" content="{esc(trunc(a.paras[0], 90))}">{extra}'
    )


# --- 1. 封面新闻 ---------------------------------------------------------------------------------
def fm_page(site: Site69, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, z = nm[0], nm[2]
    by = {
        "one": f"封面新闻记者 {x}",
        "two": f"封面新闻记者 {x} {z}",
        "intern": f"封面新闻记者 {x} 实习生 {z}",
    }[style]
    body = body_html(a.blocks)
    rel = rel_list(site, a)
    relbox = (
        f'<div class="related"><div class="hd">相关新闻</div><ul>{rel}</ul></div>' if rel else ""
    )
    ed = a.editors[0]
    if old:
        main = f"""<div class="wrap"><div class="left">
<div class="detail"><h2 class="detail-title">{esc(a.title)}</h2>
<p class="detail-info">{a.when:%Y-%m-%d %H:%M}　来源：封面新闻</p>
<div class="detail-con">
<p>{esc(by)}</p>
{body}
</div>
<p class="detail-editor">编辑 {esc(ed)}</p>
</div>
{relbox}
</div><div class="right"><div class="box"><h3>热门</h3><ul>{rank(site, a, "hot")}</ul></div></div></div>"""
        return served(
            shell(rng, "fm", f"{a.title}-封面新闻", metas(a, "封面新闻"), main, "封面新闻", 2019)
        )
    state = {
        "detail": {
            "id": a.x["id"],
            "title": a.title,
            "source": "封面新闻",
            "author": f"{x} {z}" if style != "one" else x,
            "editor": ed,
            "pubTime": f"{a.when:%Y-%m-%d %H:%M}",
            "content": f"<p>{esc(by)}</p>" + body.replace("\n", ""),
            "cover": next((b.src for b in a.blocks if b.kind == "img"), ""),
        },
        "user": {"isLogin": False},
        "config": {"env": "prod", "shareTitle": a.title},
    }
    main = f"""<div id="app"><div class="main clearfix"><div class="article-left">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/channel/tf/">天府</a> &gt; 正文</div>
<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="source">封面新闻</span><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="read">阅读 {rng.randint(1000, 99999)}</span></div>
<div class="article-content">
<p>{esc(by)}</p>
{body}
</div>
<div class="article-editor">编辑 {esc(ed)}</div>
<div class="share-bar">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div>
<div class="app-tip">打开封面新闻APP，阅读更多精彩内容</div>
</div>
{relbox}
<div class="recommend"><div class="hd">为你推荐</div>{feed(site, a, "rec")}</div>
</div>
<div class="article-right"><div class="box"><div class="hd">24小时热榜</div><ol>{rank(site, a, "hot")}</ol></div>
<div class="box"><div class="hd">封面号</div><ul><li><a href="/about/">入驻封面号</a></li><li><a href="/contact/">商务合作</a></li></ul></div></div>
</div></div>"""
    return served(
        shell(
            rng,
            "fm",
            f"{a.title}-封面新闻",
            metas(a, "封面新闻"),
            main,
            "封面新闻",
            2024,
            tail=state_js(state),
        )
    )


# --- 2. 川观新闻 / 四川在线 -------------------------------------------------------------------------
def cg_page(site: Site69, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, z = nm[0], nm[2]
    paper = "四川在线" if old else "川观新闻"
    body = body_html(a.blocks, "pic-desc", "　")
    eds = (
        f"编辑：{esc(a.editors[1])}　责任编辑：{esc(a.editors[0])}"
        if len(a.editors) > 1
        else f"责任编辑：{esc(a.editors[0])}"
    )
    rel = rel_list(site, a, "%Y-%m-%d")
    relbox = f'<div class="xgxw"><h3>相关新闻</h3><ul>{rel}</ul></div>' if rel else ""
    if old:
        au = {"line": x, "line2": f"{x} {z}"}.get(style, "")
        au_html = f"　作者：{esc(au)}" if au else ""
        main = f"""<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td class="pos">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/cg/list/1.html">四川新闻</a></td></tr></table>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td width="660" valign="top">
<table width="100%"><tr><td class="biaoti" align="center">{esc(a.title)}</td></tr>
<tr><td class="laiyuan" align="center">{a.when:%Y-%m-%d %H:%M:%S}　来源：四川在线{au_html}</td></tr>
<tr><td class="zhengwen" id="fontzoom">
{body}
</td></tr><tr><td align="right" class="bianji">{eds}</td></tr></table>
{relbox}
</td><td width="300" valign="top"><div class="ph"><h3>新闻排行</h3><ol>{rank(site, a, "ph")}</ol></div><div class="ph"><h3>图片新闻</h3><ul>{rank(site, a, "tp", 5)}</ul></div></td></tr></table>"""
        return served(
            shell(rng, "cg", f"{a.title}_四川在线", metas(a, paper), main, paper, 2019, "gb2312"),
            "gb2312",
        )
    byline = {
        "line": f"<p>川观新闻记者 {esc(x)}</p>\n",
        "line2": f"<p>川观新闻记者 {esc(x)} {esc(z)}</p>\n",
    }.get(style, "")
    main = f"""<div class="container"><div class="content-left">
<div class="news-detail">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="news-source">川观新闻</span><span class="news-time">{a.when:%Y-%m-%d %H:%M:%S}</span></div>
<div class="news-content" id="newsContent">
{byline}{body}
</div>
<div class="news-editor">{eds}</div>
<div class="news-share"><span>分享：</span><a href="javascript:;" class="wechat">微信</a><a href="javascript:;" class="weibo">微博</a></div>
<div class="news-app">下载川观新闻APP 看更多四川新闻</div>
</div>
{relbox}
</div>
<div class="content-right"><div class="mod"><h3>热门排行</h3><ol>{rank(site, a, "rm")}</ol></div><div class="mod"><h3>川观号</h3><ul>{rank(site, a, "hao", 5, True)}</ul></div></div></div>"""
    return served(shell(rng, "cg", f"{a.title}-川观新闻", metas(a, paper), main, paper, 2024))


# --- 3. 极目新闻 / 楚天都市报 ---------------------------------------------------------------------
def jm_page(site: Site69, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y, z = nm[0], nm[1], nm[2]
    paper = "楚天都市报" if old else "极目新闻"
    who = {"jt": f"{x} 通讯员 {y}", "jtt": f"{x} 通讯员 {y} {z}", "two": f"{x} {z}"}.get(style, x)
    by = f"{paper}记者 {who}"
    body = body_html(a.blocks)
    rel = rel_list(site, a)
    relbox = (
        f'<div class="relnews"><div class="t">相关新闻</div><ul>{rel}</ul></div>' if rel else ""
    )
    if old:
        main = f"""<div class="w980"><div class="lmdh">当前位置：<a href="/">首页</a> &gt; <a href="/c1716/index.html">湖北新闻</a></div>
<div class="l640"><div class="wz"><h1>{esc(a.title)}</h1>
<div class="wzxx">{a.when:%Y-%m-%d %H:%M:%S}　来源：楚天都市报</div>
<div class="wznr">
<p>{esc(by)}</p>
{body}
</div>
<div class="zrbj">（编辑：{esc(a.editors[0])}）</div></div>
{relbox}
</div>
<div class="r320"><div class="rbox"><h3>热点推荐</h3><ul>{rank(site, a, "rd")}</ul></div></div></div>"""
        return served(
            shell(rng, "jm", f"{a.title}_楚天都市报", metas(a, paper), main, paper, 2019, "gb2312"),
            "gb2312",
            False,
        )
    main = f"""<div class="main"><div class="article-wrap">
<div class="bread"><a href="/">首页</a> / <a href="/c1716/index.html">湖北</a></div>
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-meta"><span>极目新闻</span><span>{a.when:%Y-%m-%d %H:%M}</span></div>
<div class="art-body">
<p>{esc(by)}</p>
{body}
</div>
<div class="art-footer"><p>编辑 {esc(a.editors[0])}　审核 {esc(nm[5])}</p></div>
<div class="art-tip">打开极目新闻APP，阅读体验更佳</div>
{relbox}
<div class="more"><div class="t">推荐阅读</div>{feed(site, a, "tj", 5)}</div>
</div>
<div class="aside"><div class="abox"><div class="t">热榜</div><ol>{rank(site, a, "rb")}</ol></div><div class="abox"><div class="t">极目直播</div><ul><li><a href="/video/">直播回看</a></li></ul></div></div></div>"""
    return served(shell(rng, "jm", f"{a.title} - 极目新闻", metas(a, paper), main, paper, 2024))


# --- 4. 潮新闻 share page / 浙江新闻客户端 (2019) -----------------------------------------------------
def cc_page(site: Site69, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, y, z = nm[0], nm[1], nm[2]
    client = "浙江新闻客户端" if old else "潮新闻客户端"
    office = OFFICES[a.i % 3]
    by = {
        "jt": f"{client} 记者 {x} 通讯员 {y}",
        "one": f"{client} 记者 {x}",
        "two": f"{client} 记者 {x} {z}",
        "office": "",
    }[style]
    body = body_html(a.blocks, "img-note", " ")
    ed = f'<div class="editor">编辑：{esc(a.editors[0])}</div>' if a.editors else ""
    stamp = (
        f"{a.when:%Y-%m-%d}"
        if a.precision == "day"
        else (f"{a.when:%Y年%m月%d日 %H:%M}" if old else f"{a.when:%Y-%m-%d %H:%M}")
    )
    au = f'<span class="author">作者：{esc(office)}</span>' if style == "office" else ""
    by_html = f'<div class="byline">{esc(by)}</div>' if by else ""
    main = f"""<div class="open-app-top"><img src="/static/logo-{"zj" if old else "cxw"}.png" alt=""><span>打开{"浙江新闻" if old else "潮新闻"}，阅读体验更佳</span><a class="btn" href="javascript:openApp();">打开APP</a></div>
<div class="share-article">
<h1 class="share-title">{esc(a.title)}</h1>
<div class="share-meta"><span class="src">{client}</span>{au}<span class="time">{stamp}</span></div>
{by_html}
<div class="share-content" id="content">
{body}
</div>
{ed}
<div class="open-app-mid"><a href="javascript:openApp();">打开APP，查看更多精彩内容</a></div>
<div class="share-like">赞 {rng.randint(5, 999)}　<a href="javascript:openApp();">评论</a></div>
</div>
<div class="share-recommend"><div class="hd">为你推荐</div>{feed(site, a, "rec", 8)}</div>
<div class="share-hot"><div class="hd">热门</div><ol>{rank(site, a, "hot", 8)}</ol></div>
<div class="open-app-bottom"><a href="javascript:openApp();">打开APP 查看更多精彩</a></div>"""
    tail = ""
    if not old:
        tail = state_js(
            {
                "article": {
                    "id": a.x["id"],
                    "list_title": a.title,
                    "source": client,
                    "author": by or office,
                    "editor": a.editors[0] if a.editors else "",
                    "published_at": int(a.when.timestamp() * 1000),
                    "content": (f"<p>{esc(by)}</p>" if by else "") + body.replace("\n", ""),
                },
                "app": {"downloadUrl": "/about/#app"},
            }
        )
    name = "浙江新闻" if old else "潮新闻"
    return served(shell(rng, "cc", a.title, metas(a, name), main, name, a.when.year, tail=tail))


# --- 5. 九派新闻 -----------------------------------------------------------------------------------
def jp_page(site: Site69, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old = a.x["nm"], a.x["style"], a.x["old"]
    x, z = nm[0], nm[2]
    by = {
        "one": f"九派新闻记者 {x}",
        "trainee": f"九派新闻见习记者 {x}",
        "two": f"九派新闻记者 {x} {z}",
    }.get(style, "")
    src = "九派新闻综合" if style == "comp" else "九派新闻"
    body = body_html(a.blocks)
    ed = f"<p class='bj'>编辑 {esc(a.editors[0])}</p>" if a.editors else ""
    rel = rel_list(site, a)
    relbox = f'<div class="xgyd"><h3>相关阅读</h3><ul>{rel}</ul></div>' if rel else ""
    by_html = f"<p>{esc(by)}</p>\n" if by else ""
    if old:
        main = f"""<div class="wrapper"><div class="leftbox">
<div class="title"><h1>{esc(a.title)}</h1></div>
<div class="tinfo">来源：{src}　　{a.when:%Y-%m-%d %H:%M:%S}</div>
<div class="txt">
{by_html}{body}
<p>【来源：九派新闻】</p>
</div>
{ed}
{relbox}
</div><div class="rightbox"><h3>排行榜</h3><ul>{rank(site, a, "phb")}</ul></div></div>"""
    else:
        main = f"""<div class="page-main"><div class="page-left">
<div class="detail-head"><h1>{esc(a.title)}</h1><div class="detail-meta"><span class="src">{src}</span><span class="date">{a.when:%Y-%m-%d %H:%M:%S}</span></div></div>
<div class="detail-body">
{by_html}{body}
<p>【来源：九派新闻】</p>
</div>
{ed}
<div class="declare">声明：本文为九派新闻原创，未经授权不得转载。</div>
{relbox}
<div class="tuijian"><h3>推荐</h3>{feed(site, a, "tj", 6)}</div>
</div><div class="page-right"><div class="box"><h3>热点</h3><ol>{rank(site, a, "rd")}</ol></div><div class="box"><h3>九派调查</h3><ul>{rank(site, a, "dc", 6, True)}</ul></div></div></div>"""
    return served(
        shell(rng, "jp", f"{a.title}_九派新闻", metas(a, "九派新闻"), main, "九派新闻", a.when.year)
    )


PAGES = {"fm": fm_page, "cg": cg_page, "jm": jm_page, "cc": cc_page, "jp": jp_page}


def register(site: Site69) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
