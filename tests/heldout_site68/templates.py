"""Site 68's article pages: the university 新闻网 on Drupal (供稿/撰稿/摄影/编辑/审核 line at the
end), the 职业技术学院 on 帝国CMS in GBK (作者/来源/发布时间/点击 line), the 中科院 institute's ARP
科研进展 pages (发布时间 | 来源), the 中学's school CMS (作者：校办 or a teacher) and the
university's English news site (By X, Photos by Y, Edited by Z)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site68

DX = "滨江大学新闻网"
ZY = "滨江职业技术学院"
KY = "中国科学院滨江生态环境研究所"
ZX = "滨江市第一中学"
EN = "Binjiang University"
ZY_OFFICES = ["宣传部", "党政办公室", "招生就业处"]
ZX_OFFICES = ["政教处", "教务处", "团委"]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def rank(site: Site68, a: Art, key: str, k: int = 8) -> str:
    """A most-read box: other stories of the same site, drawn per page."""
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return "".join(
        f'<li><em>{n}</em><a href="{b.path}" title="{esc(b.title)}">{esc(trunc(b.title, 16))}</a></li>'
        for n, b in enumerate(rng.sample(pool, min(k, len(pool))), 1)
    )


def rel_list(site: Site68, a: Art) -> str:
    return "".join(li(site.by_path[p], "%m-%d") for p in a.related)


def head(rng: random.Random, tpl: str, n_css: int = 330, n_js: int = 48) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s68' + tpl)}</script>"


def zh_body(blocks: list[Block], indent: bool = True, sep: str = "") -> str:
    out = []
    st = ' style="text-indent: 2em;"' if indent else ""
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p{st}>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: center;"><img src="{b.src}" alt="" /></p>')
            cap = esc(b.text) + (f"{sep}{esc(b.credit)}" if b.credit else "")
            if cap:
                out.append(f'<p style="text-align: center;">{cap}</p>')
    return "\n".join(out)


# --- 1. 大学新闻网 (Drupal) --------------------------------------------------------------------------
def dx_credits(a: Art) -> str:
    nm, style, ctx = a.x["nm"], a.x["style"], a.x["ctx"]
    x, z, p, s = nm[0], nm[2], nm[5], nm[4]
    photos = any(b.kind == "img" for b in a.blocks)
    parts: list[str] = []
    if style == "wen":
        line = f"文/{x}" + (f"　图/{p}" if photos else "")
        parts = [line]
    else:
        if style in ("full", "unit", "two"):
            parts.append(f"供稿：{ctx['college']}")
        if style == "full":
            parts.append(f"撰稿：{x}")
        elif style == "two":
            parts.append(f"撰稿：{x} {z}")
        if photos:
            parts.append(f"摄影：{p}")
    if a.editors:
        parts.append(f"编辑：{a.editors[0]}")
    parts.append(f"审核：{s}")
    return "　".join(parts)


def dx_nav() -> str:
    items = [
        ("/", "首页"),
        ("/xwzx/zhxw", "综合新闻"),
        ("/taxonomy/term/27", "科研动态"),
        ("/zt/esd", "专题报道"),
        ("/video", "视频"),
        ("/xxgk", "学校概况"),
        ("/en/news/index.htm", "English"),
    ]
    return "".join(f'<li class="menu-item"><a href="{u}">{t}</a></li>' for u, t in items)


def dx_page(site: Site68, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    rel = rel_list(site, a)
    body = zh_body(a.blocks)
    credits = esc(dx_credits(a))
    pub = f"{a.when:%Y-%m-%d %H:%M}"
    hot = rank(site, a, "hot")
    if old:
        relbox = (
            f'<div class="block block-views" id="block-views-related-block"><h2>相关新闻</h2><div class="content"><ul>{rel}</ul></div></div>'
            if rel
            else ""
        )
        main = f"""<div id="main"><div id="content" class="column"><div class="breadcrumb"><a href="/">首页</a> » <a href="/xwzx/zhxw">综合新闻</a></div>
<h1 class="title" id="page-title">{esc(a.title)}</h1>
<div id="node-{a.x["id"]}" class="node node-article clearfix">
<div class="submitted"><span>发布时间：{pub}</span>　<span>浏览次数：{rng.randint(100, 5000)}</span></div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">
{body}
<p style="text-align: right;">（{credits}）</p>
</div></div></div></div>
{relbox}</div>
<div class="region region-sidebar-second"><div class="block"><h2>热点新闻</h2><ol>{hot}</ol></div></div></div>"""
    else:
        relbox = (
            f'<section class="block views-related"><h2 class="block-title">相关新闻</h2><ul>{rel}</ul></section>'
            if rel
            else ""
        )
        main = f"""<main role="main" class="layout-content"><nav class="breadcrumb"><ol><li><a href="/">首页</a></li><li><a href="/xwzx/zhxw">综合新闻</a></li><li>正文</li></ol></nav>
<article role="article" class="node node--type-article node--view-mode-full" data-history-node-id="{a.x["id"]}">
<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>
<div class="node__meta"><span class="date">发布时间：{a.when:%Y年%m月%d日 %H:%M}</span><span class="views">阅读：<span class="statistics-counter">{rng.randint(100, 9000)}</span></span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
<p class="credits">{credits}</p>
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
</article>
{relbox}
</main>
<aside class="layout-sidebar-second" role="complementary"><div class="block"><h2>点击排行</h2><ol>{hot}</ol></div>
<div class="block"><h2>最新发布</h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of("dx"))[:7] if b is not a)}</ul></div>
<div class="block"><h2>媒体滨大</h2><ul><li><a href="/xwzx/mtbd">人民日报：滨江大学以科技创新服务地方发展</a></li><li><a href="/xwzx/mtbd">光明日报：一所地方高校的育人之道</a></li></ul></div></aside>"""
    page = f"""<!DOCTYPE html>
<html lang="zh-hans" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal {7 if old else 9} (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{site.base}{a.path}" />
<title>{esc(a.title)} | {DX}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 100))}" />
{head(rng, "dx")}
</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><header class="header"><a href="/" class="logo"><img src="/sites/default/files/logo.png" alt="{DX}" /></a>
<form action="/search/node" method="get" class="search-form"><input type="search" name="keys" /><input type="submit" value="搜索" /></form></header>
<nav class="main-menu"><ul class="menu">{dx_nav()}</ul></nav>
<div class="layout-container">
{main}
</div>
<footer class="footer"><p>版权所有 &copy; {a.when.year} 滨江大学党委宣传部　地址：滨江市大学路1号　邮编：000000</p><p>X ICP备00000000号</p></footer></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{a.x["id"]}","currentLanguage":"zh-hans"}}}}</script>
</body>
</html>
"""
    return served(page)


# --- 2. 职业技术学院 (帝国CMS, GBK) ------------------------------------------------------------------
def zy_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {"person": nm[0], "two": f"{nm[0]}、{nm[2]}", "office": ZY_OFFICES[a.i % 3]}.get(
        style, ""
    )


def zy_page(site: Site68, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    charset = "gb2312" if old else "gbk"
    author = zy_author(a)
    source = a.x["ctx"]["dept"] if a.i % 2 else "本站原创"
    rel = rel_list(site, a)
    relbox = f'<div class="xgxw"><div class="tit">相关文章</div><ul>{rel}</ul></div>' if rel else ""
    ed = f'<p style="text-align: right;">责任编辑：{esc(a.editors[0])}</p>' if a.editors else ""
    sibs = site.of("zy")
    k = sibs.index(a)
    prev = (
        f'上一篇：<a href="{sibs[k - 1].path}">{esc(sibs[k - 1].title)}</a>'
        if k
        else "上一篇：没有了"
    )
    nxt = (
        f'下一篇：<a href="{sibs[k + 1].path}">{esc(sibs[k + 1].title)}</a>'
        if k + 1 < len(sibs)
        else "下一篇：没有了"
    )
    info = f'作者：{esc(author)}　来源：{esc(source)}　发布时间：{a.when:%Y-%m-%d %H:%M:%S}　点击：<script src="/e/public/ViewClick/?classid=2&id={a.x["id"]}&addclick=1"></script>'
    body = zh_body(a.blocks, sep=" ")
    hot = rank(site, a, "hot")
    nav = "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [
            ("/", "大学首页"),
            ("/news/xyxw/index.html", "学院新闻"),
            ("/news/tzgg/", "通知公告"),
            ("/zsjy/", "招生就业"),
            ("/e/search/", "站内搜索"),
        ]
    )
    if old:
        main = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="position">您现在的位置：<a href="/news/xyxw/index.html">学院新闻</a> &gt; 正文</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="720" valign="top" class="box">
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td align="center" class="title_info"><h1>{esc(a.title)}</h1></td></tr>
<tr><td align="center" class="info">{info}</td></tr>
<tr><td id="text" class="showtext">
{body}
{ed}
</td></tr>
<tr><td>{prev}<br />{nxt}</td></tr></table>{relbox}</td>
<td width="250" valign="top"><table width="100%"><tr><td class="tit">点击排行</td></tr><tr><td><ol>{hot}</ol></td></tr></table></td></tr></table>"""
    else:
        main = f"""<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/news/xyxw/index.html">学院新闻</a> &gt; 正文</div>
<div class="main clearfix"><div class="left">
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info">{info}</div>
<div class="content" id="text">
{body}
{ed}
</div>
<div class="fenye">{prev}<br />{nxt}</div>
</div>
{relbox}
</div>
<div class="right"><div class="box"><div class="tit">热门文章</div><ul>{hot}</ul></div><div class="box"><div class="tit">通知公告</div><ul><li><a href="/news/tzgg/">关于做好2024年毕业生离校工作的通知</a></li><li><a href="/news/tzgg/">2024年单独招生考试成绩查询通知</a></li><li><a href="/news/tzgg/">关于开展实验室安全检查的通知</a></li></ul></div></div>
</div>"""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}-{ZY}</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head(rng, "zy", 320, 45)}
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/skin/default/images/logo.jpg" alt="{ZY}" /></a></div></div>
<div class="nav"><ul>{nav}</ul></div>
{main}
<div class="footer"><p>Copyright &copy; {a.when.year} {ZY} All Rights Reserved　地址：滨江市职教园区</p><p>Powered by EmpireCMS</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


# --- 3. 中科院研究所 (ARP) ---------------------------------------------------------------------------
def ky_page(site: Site68, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    author = {"author": nm[0], "two": f"{nm[0]} {nm[2]}"}.get(style, "")
    body = zh_body(a.blocks)
    hot = rank(site, a, "kyjz", 6)
    news = "".join(li(b, "%m-%d") for b in latest(site.of("ky"))[:6] if b is not a)
    if old:
        info = f'<td class="hui12" align="center">{a.when:%Y-%m-%d}　|　【 大 中 小】【打印】【关闭】</td>'
        src = (
            f'<p class="hui12">文章来源：{esc(ctx["lab"])}'
            + (f"　作者：{esc(author)}" if author else "")
            + "</p>"
        )
        main = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="hui12">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/kyjz/">科研进展</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="740" valign="top">
<table width="100%"><tr><td class="hei18b" align="center">{esc(a.title)}</td></tr><tr>{info}</tr>
<tr><td class="nrhei"><div class="TRS_Editor">
{body}
</div>{src}</td></tr></table></td>
<td width="240" valign="top"><table width="100%"><tr><td class="lanse14b">科研进展</td></tr><tr><td><ul>{hot}</ul></td></tr></table></td></tr></table>"""
    else:
        au = f"<span>作者：{esc(author)}</span>" if author else ""
        main = f"""<div class="container"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/kyjz/">科研进展</a></div>
<div class="row"><div class="col-md-9"><div class="xl_title"><h2>{esc(a.title)}</h2></div>
<div class="xl_title2"><span>发布时间：{a.when:%Y-%m-%d}</span> | <span>来源：{esc(ctx["lab"])}</span>{" | " + au if au else ""} | <span>【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="xl_content"><div class="TRS_Editor">
{body}
</div></div>
<div class="fj">附件：</div></div>
<div class="col-md-3"><div class="side"><h3>科研进展</h3><ul>{hot}</ul></div><div class="side"><h3>图片新闻</h3><ul>{news}</ul></div></div></div></div>"""
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}----{KY}</title>
<meta name="keywords" content="{esc(ctx["topic"])}" />
{head(rng, "ky", 330, 50)}
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{KY}" /></a></div><div class="top-links"><a href="http://www.cas.cn/">中国科学院</a> | <a href="/en/">English</a> | <a href="/lxwm/">联系我们</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/jgsz/">机构设置</a></li><li><a href="/xwdt/kyjz/">科研进展</a></li><li><a href="/rcjy/">人才教育</a></li><li><a href="/dqwh/">党群园地</a></li><li><a href="/kxcb/">科学传播</a></li><li><a href="/xxgk/">信息公开</a></li></ul></div>
{main}
<div class="footer"><p>版权所有 &copy; {KY}　备案号：X ICP备00000000号</p><p>地址：滨江市湖滨路18号　邮编：000000</p></div>
</body>
</html>
"""
    return served(page)


# --- 4. 中学 (school CMS) ---------------------------------------------------------------------------
def zx_author(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "office": "校办",
        "teacher": nm[0],
        "office_person": f"{ZX_OFFICES[a.i % 3]} {nm[0]}",
        "two": f"{nm[0]} {nm[2]}",
    }[style]


def zx_page(site: Site68, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    charset = "gb2312" if old else "utf-8"
    rel = rel_list(site, a)
    relbox = f'<div class="xgwz"><h4>相关文章</h4><ul>{rel}</ul></div>' if rel else ""
    info = f'作者：{esc(zx_author(a))}　来源：本站原创　发布时间：{a.when.year}/{a.when.month}/{a.when.day} {a.when.hour}:{a.when:%M:%S}　阅读：<span id="hits">{rng.randint(50, 3000)}</span>次'
    ed = (f"编辑：{esc(a.editors[0])}　" if a.editors else "") + f"审核：{esc(a.x['nm'][4])}"
    body = zh_body(a.blocks, sep="")
    hot = rank(site, a, "rm", 8)
    nav = "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [
            ("/", "网站首页"),
            ("/about.html", "学校概况"),
            ("/Article/ShowClass.asp?ClassID=12", "校园新闻"),
            ("/leader.html", "领导班子"),
            ("/video.html", "校园视频"),
            ("/contact.html", "联系我们"),
        ]
    )
    main = f"""<div class="path">您现在的位置：<a href="/">{ZX}</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=12">校园新闻</a> &gt;&gt; 正文</div>
<table class="main" width="980" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" class="main_left">
<div class="article_title"><h1>{esc(a.title)}</h1></div>
<div class="article_info">{info}</div>
<div class="article_content" id="fontzoom">
{body}
</div>
<div class="article_sign">{ed}</div>
<div class="article_tools">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
{relbox}
</td><td width="260" valign="top" class="main_right"><div class="box"><h4>热门文章</h4><ul>{hot}</ul></div><div class="box"><h4>校园公告</h4><ul><li><a href="/Article/ShowClass.asp?ClassID=13">关于端午节放假安排的通知</a></li><li><a href="/Article/ShowClass.asp?ClassID=13">2024年初一新生招生简章</a></li></ul></div></td></tr></table>"""
    if not old:
        main = (
            main.replace(
                '<table class="main" width="980" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" class="main_left">',
                '<div class="main"><div class="main_left">',
            )
            .replace(
                '</td><td width="260" valign="top" class="main_right">',
                '</div><div class="main_right">',
            )
            .replace("</td></tr></table>", "</div></div>")
        )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}_{ZX}</title>
{head(rng, "zx", 330, 48)}
</head>
<body>
<div class="top"><img src="/Skin/banner.jpg" alt="{ZX}" /><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span></div>
<div class="menu"><ul>{nav}</ul></div>
{main}
<div class="bottom"><p>{ZX}　版权所有　地址：滨江市学府路8号　电话：0000-0000000</p><p>技术支持：校园网站管理系统</p></div>
</body>
</html>
"""
    return served(page, charset, header=not old)


# --- 5. English news site ----------------------------------------------------------------------------
def en_page(site: Site68, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style, old, ctx = a.x["nm"], a.x["style"], a.x["old"], a.x["ctx"]
    x, z, p = nm[0], nm[2], nm[5]
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align:center"><img src="{b.src}" /></p>')
            out.append(
                f'<p style="text-align:center"><em>{esc(b.text)}{" " + esc(b.credit) if b.credit else ""}</em></p>'
            )
    photos = any(b.kind == "img" for b in a.blocks)
    top = {"top": f"By {x}", "two": f"By {x} and {z}"}.get(style, "")
    end = []
    if style == "end":
        end.append(f"Written by {x}")
    if style == "none":
        end.append(
            f"Source: School of {['Chemistry', 'Foreign Studies', 'Economics and Management', 'Life Sciences'][a.i % 4]}"
        )
    if photos:
        end.append(f"Photos by {p}")
    if a.editors:
        end.append(f"Edited by {a.editors[0]}")
    endhtml = "".join(f'<p class="credit">{esc(t)}</p>' for t in end)
    body = "\n".join(out)
    rel = rel_list(site, a)
    relbox = f'<div class="related"><h3>Related News</h3><ul>{rel}</ul></div>' if rel else ""
    date = f"{a.when:%B} {a.when.day}, {a.when.year}"
    if old:
        main = f"""<table width="1000" align="center"><tr><td valign="top"><table width="100%"><tr><td class="title">{esc(a.title)}</td></tr>
<tr><td class="info">Date: {a.when:%Y-%m-%d}{"　" + esc(top) if top else ""}</td></tr>
<tr><td class="content"><div class="v_news_content">
{body}
{endhtml}
</div></td></tr></table>{relbox}</td>
<td width="260" valign="top"><h3>Most Popular</h3><ol>{rank(site, a, "mp", 6)}</ol></td></tr></table>"""
    else:
        by = f'<span class="author">{esc(top)}</span>' if top else ""
        main = f"""<div class="wrap"><div class="crumb"><a href="/en/news/index.htm">Home</a> &gt; <a href="/en/news/index.htm">News</a></div>
<div class="article"><h1 class="arti-title">{esc(a.title)}</h1>
<div class="arti-meta">{by}<span class="date">{date}</span></div>
<div class="arti-content" id="vsb_content">
{body}
{endhtml}
</div>
{relbox}</div>
<div class="sidebar"><div class="box"><h3>Most Popular</h3><ol>{rank(site, a, "mp", 6)}</ol></div><div class="box"><h3>Follow Us</h3><ul><li><a href="/en/news/index.htm">WeChat</a></li><li><a href="/en/news/index.htm">LinkedIn</a></li></ul></div></div></div>"""
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}-{EN}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 120))}">
<meta name="keywords" content="{esc(ctx["topic"])}">
{head(rng, "en", 320, 45)}
</head>
<body>
<header class="header"><a href="/en/news/index.htm" class="logo">BINJIANG UNIVERSITY</a><nav><a href="/en/news/index.htm">News</a><a href="/en/about.htm">About</a><a href="/en/news/2.htm">More News</a><a href="/">中文</a></nav></header>
{main}
<footer><p>Copyright &copy; {a.when.year} Binjiang University. 1 Daxue Road, Binjiang.</p></footer>
</body>
</html>
"""
    return served(page)


PAGES = {"dx": dx_page, "zy": zy_page, "ky": ky_page, "zx": zx_page, "en": en_page}


def register(site: Site68) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
