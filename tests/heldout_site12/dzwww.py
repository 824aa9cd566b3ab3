"""大众网-style article pages in GB2312 (characters outside it as numeric references):
``<title>headline - 山东要闻 - 大众网</title>``, ``div#xl-headline`` with the headline in ``h2``
and ``div.left`` (time to the minute, 来源: 大众网/大众日报, 作者: the reporters and 通讯员 run
together, or empty), the body in ``div.news-con#news-con`` > ``div.TRS_Editor``: the byline
大众网·海报新闻记者 X 通讯员 Y 济南报道 on a line of its own (or opening the first paragraph),
大众日报 reposts with 大众日报记者 X 通讯员 Y on its own line; 责任编辑：X in ``div.edit``;
相关阅读, 大众网推荐 and 热门点击 boxes; the 山东要闻 list with ``index_1.htm`` and a 专题."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site12

CHARSET = "gb2312"
CT = "text/html; charset=gb2312"
NAV = [
    ("首页", "/"),
    ("山东", "/sdnews/"),
    ("国内", "/xinwen/guoneixinwen/"),
    ("国际", "/xinwen/guojixinwen/"),
    ("评论", "/pinglun/"),
    ("财经", "/finance/"),
    ("教育", "/edu/"),
    ("健康", "/health/"),
    ("文旅", "/travel/"),
    ("海报新闻", "/hbxw/"),
    ("专题", "/2024zt/hhst/"),
    ("视频", "/video/"),
]
CITIES = [
    "济南",
    "青岛",
    "淄博",
    "枣庄",
    "东营",
    "烟台",
    "潍坊",
    "济宁",
    "泰安",
    "威海",
    "日照",
    "临沂",
    "德州",
    "聊城",
    "滨州",
    "菏泽",
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    cities = "".join(f'<a href="/city/{k}/" target="_blank">{c}</a>' for k, c in enumerate(CITIES))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
{metas}
<link href="/images/2019/xl.css" rel="stylesheet" type="text/css" />
<style type="text/css">
{css(rng, "dz", 400)}
</style>
<script src="/images/2019/jquery-1.8.3.min.js" type="text/javascript"></script>
</head>
<body>
<div id="top"><div class="layout"><a href="/" class="logo"><img src="/images/2019/logo.png" alt="大众网" /></a><div class="city">{cities}</div>
<div class="sch"><form action="/search/" method="get" target="_blank"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div></div>
<div id="nav"><div class="layout"><ul>{nav}</ul></div></div>
"""


def _foot() -> str:
    return """<div id="footer"><div class="layout">
<p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">广告服务</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/contact.html">诚聘英才</a> | <a href="/about/contact.html">法律声明</a></p>
<p>大众网版权所有 未经书面授权 不得复制或建立镜像</p>
<p>Copyright &copy; 2000-2024 DZWWW Corporation, All Rights Reserved</p>
<p>鲁ICP备09023866号 鲁公网安备37010202000021号 互联网新闻信息服务许可证37120180001</p>
<p>违法和不良信息举报电话：0531-85193568</p></div></div>
<script type="text/javascript">var _trsta = _trsta || []; _trsta.push(['_setAccount', 'dzwww']);</script>
</body>
</html>"""


def _byline(a: Art) -> str:
    st, x = a.x["style"], a.x
    if st in ("own_line", "own_line2"):
        who = " ".join(a.authors) + (f" 通讯员 {a.correspondents[0]}" if a.correspondents else "")
        return f"<p>　　大众网·海报新闻记者 {who} {x['place']}报道</p>"
    if st == "dzrb":
        return f"<p>　　大众日报记者 {a.authors[0]} 通讯员 {a.correspondents[0]}</p>"
    return ""


def _body(a: Art) -> str:
    out = [_byline(a)]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-indent: 2em"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: center"><img src="{b.src}" alt="" /></p>')
            out.append(f'<p style="text-align: center">{esc(b.text)}{esc(b.credit)}</p>')
    return "\n".join(x for x in out if x)


def article(site: Site12, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w, x = a.when, a.x
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title[:8])}" />',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}" />',
            '<meta name="ColumnName" content="山东要闻" />',
            f'<meta name="ContentSource" content="{x["source"]}" />',
        ]
    )
    head = _head(f"{a.title} - 山东要闻 - 大众网", metas, rng)
    who = " ".join(a.authors + a.correspondents) if x["byline_field"] else ""
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="xgyd"><div class="tit"><h3>相关阅读</h3></div><ul>{lis}</ul></div>'
    tj = "".join(
        f'<li><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for o in others(rng, site.arts, a, 8)
    )
    hot = "".join(
        f'<li><span class="n{k}">{k}</span><a href="{o.path}" target="_blank">{esc(trunc(o.title, 18))}</a></li>'
        for k, o in enumerate(others(rng, site.of("dzwww"), a, 10), 1)
    )
    pics = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="/cms/img/dz{k}.jpg" alt="" /><p>{esc(trunc(o.title, 14))}</p></a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 4))
    )
    page = (
        head
        + f"""<div class="layout"><div class="crumbs">您当前的位置 ：<a href="/">大众网</a> &gt;&gt; <a href="/sdnews/">山东</a> &gt;&gt; <a href="/sdnews/">山东要闻</a></div></div>
<div id="xl-headline"><div class="layout">
<h2>{esc(a.title)}</h2>
<div class="left"><span>{w:%Y-%m-%d %H:%M}</span>　<span>来源: {x["source"]}</span>　<span>作者: {esc(who)}</span></div>
<div class="right"><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="font">A+</a></div>
</div></div>
<div class="layout"><div id="xl-left">
<div class="news-con" id="news-con">
<div class="TRS_Editor">
{_body(a)}
</div>
</div>
<div class="edit">责任编辑：{esc(a.editors[0])}</div>
<div class="fenxiang">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div class="app-down"><img src="/images/2019/hbxw_qr.png" alt="" /><p>扫码下载海报新闻客户端</p></div>
{related}
<div class="dztj"><div class="tit"><h3>大众网推荐</h3></div><ul>{tj}</ul></div>
</div>
<div id="xl-right">
<div class="rmdj"><div class="tit"><h3>热门点击</h3></div><ul>{hot}</ul></div>
<div class="tpxw"><div class="tit"><h3>图片新闻</h3></div><ul>{pics}</ul></div>
</div></div>
"""
        + _foot()
    )
    return encode(page, CHARSET), CT


def column(site: Site12, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"dz-col-{n}")
    arts = sorted(site.of("dzwww"), key=lambda a: a.when)[::-1]
    part = arts[:7] if n == 0 else arts[7:]
    lis = "".join(
        f'<div class="tuwen"><h3><a href="{a.path.removeprefix("/sdnews/")}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 60))}</p><span class="time">{a.when:%Y-%m-%d %H:%M}</span></div>'
        for a in part
    )
    pager = (
        '<div id="page"><span>1</span> <a href="index_1.htm">2</a> <a href="index_1.htm">下一页</a></div>'
        if n == 0
        else '<div id="page"><a href="index.htm">上一页</a> <a href="index.htm">1</a> <span>2</span></div>'
    )
    page = (
        _head("山东要闻 - 大众网", '<meta name="ColumnName" content="山东要闻" />', rng)
        + f'<div class="layout"><div id="xl-left"><div class="lb-tit"><h3>山东要闻</h3></div>{lis}{pager}</div></div>'
        + _foot()
    )
    return encode(page, CHARSET), CT


def zhuanti(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "dz-zt")
    picks = rng.sample(site.arts, 14)
    lis = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>'
        for a in picks
    )
    page = (
        _head("黄河入海 山东答卷 - 专题 - 大众网", "", rng)
        + f"""<div class="zt-banner"><img src="/2024zt/hhst/images/banner.jpg" alt="黄河入海 山东答卷" /></div>
<div class="layout zt"><div class="zt-intro"><p>大众网·海报新闻推出“黄河入海 山东答卷”专题报道，聚焦黄河流域生态保护和高质量发展。</p></div>
<div class="zt-box"><div class="tit"><h3>最新报道</h3></div><ul>{lis}</ul></div></div>"""
        + _foot()
    )
    return encode(page, CHARSET), CT


def register(site: Site12) -> None:
    for a in site.of("dzwww"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/sdnews/", lambda: column(site, 0))
    site.route("/sdnews/index.htm", lambda: column(site, 0))
    site.route("/sdnews/index_1.htm", lambda: column(site, 1))
    site.route("/2024zt/hhst/", lambda: zhuanti(site))
