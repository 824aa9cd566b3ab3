"""新华网-style article pages (2022-2024 ``detail`` template, UTF-8): the date split over the
``header-time`` spans, ``来源：新华网``, the body in ``#detail``, ``【纠错】 【责任编辑：…】`` after
it, 相关阅读, 阅读下一篇, a 热点推荐 sidebar with times and a recommendation feed in a script.
Channel listings page as ``index.htm``, ``index_2.htm``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_json, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site5

CT = "text/html; charset=utf-8"
CHANS = {"politics": "时政", "fortune": "财经"}
TOPNAV = [
    ("首页", "/"),
    ("时政", "/politics/index.htm"),
    ("财经", "/fortune/index.htm"),
    ("滚动", "/roll/index.html"),
    ("专题", "/zt/2024lianghui/index.html"),
    ("图片", "/photo/index.html"),
    ("学习进行时", "http://www.xinhua.example/politics/xxjxs/index.htm"),
    ("高层", "http://www.xinhua.example/politics/leaders/index.htm"),
    ("人事", "http://www.xinhua.example/politics/xhrs/index.html"),
    ("国际", "http://www.xinhua.example/world/index.html"),
    ("网评", "http://www.xinhua.example/comments/index.html"),
    ("港澳", "http://www.xinhua.example/gangao/index.html"),
    ("台湾", "http://www.xinhua.example/tw/index.html"),
    ("思客智库", "http://www.xinhua.example/sikepro/"),
    ("全球连线", "http://www.xinhua.example/world/globalink/index.html"),
    ("教育", "http://education.xinhua.example/index.htm"),
    ("科技", "http://www.xinhua.example/tech/"),
    ("科普", "http://www.xinhua.example/science/index.htm"),
    ("体育", "http://sports.xinhua.example/index.htm"),
    ("文化", "http://www.xinhua.example/culture/"),
    ("健康", "http://www.xinhua.example/health/"),
    ("军事", "http://www.xinhua.example/milpro/"),
    ("访谈", "http://www.xinhua.example/talking/index.html"),
    ("视频", "http://www.xinhua.example/video/"),
    ("中央文件", "http://www.xinhua.example/politics/zywj/index.htm"),
]


def _top() -> str:
    links = "".join(f'<a href="{u}">{t}</a>' for t, u in TOPNAV)
    return f"""<div class="topBar domPC"><div class="wrapper"><div class="logo left"><a href="/"><img src="/2022newhomepro/images/logo.png" alt="新华网" /></a></div><div class="nav-item left">{links}</div><div class="search right"><form action="/search" method="get"><input type="text" name="keyword" value="" placeholder="请输入关键字" /><button type="submit">搜索</button></form></div></div></div>
<div class="mob-top domMob domMobile"><div class="mob-top-upper clearfix"><div class="logo"><img src="/2022newhomepro/mobile/images/logo.png" alt="" /><i>手机版</i></div><div class="wza"><a href="javascript:void(0)" onclick="top.aria.start()">网站无障碍</a></div><a class="search-box" href="/search"></a></div><div class="mob-top-nav"><div class="part"><div class="top-nav-pro"><div class="top-nav-pro-cont">{links}</div></div></div></div></div>"""


def _head(title: str, desc: str, extra: str, rng: Any) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{extra}
<div data="datasource:x" datatype="content"><meta name="description" content="{esc(desc)}" /></div>
<title>{esc(title)}</title>
<base target="_blank" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no" />
<link rel="stylesheet" href="/common/reset.css" />
<link rel="stylesheet" href="/detail/css/cb_detail_2021.css" />
<style>
{css(rng, "xh", 300)}
</style>
<script src="/jquery/jquery1.12.4/jquery.min.js"></script>
</head>
<body>
<div class="fix-ewm domPC"><img src="/detail/images/ewm.png" width="100" alt="" /><div class="fxd"><span class="fxd-wx"></span><a href="javascript:void(0)" class="fxd-wb"></a><span class="fxd-xcx"></span><span class="fxd-khd"></span></div></div>
{_top()}
"""


FOOT = (
    """<div class="foot"><div class="lib-foot"><p>Copyright © 2000 - 2024 XINHUANET.com　All Rights Reserved.</p><p>制作单位：新华网股份有限公司　　版权所有：新华网股份有限公司</p><p><a href="/about/index.html">关于我们</a> | <a href="http://www.xinhua.example/xhwkhdxz.htm">新华网客户端下载</a> | <a href="http://www.xinhua.example/map.htm">网站地图</a> | <a href="http://www.xinhua.example/jubao.htm">违法和不良信息举报</a></p></div></div>
<script>
$(function(){
  var fontSize = 18;
  $("#fontSmall").click(function(){ $("#detail").css("font-size", "16px"); });
  $("#fontNormal").click(function(){ $("#detail").css("font-size", "18px"); });
  $("#fontBig").click(function(){ $("#detail").css("font-size", "20px"); });
  $(".advise").click(function(){ $("#advisebox01").show(); $("#jc_link1").attr("src", "http://www.xinhua.example/jiucuo/jc.html?url=" + location.href); });
  $("#jc_close1").click(function(){ $("#advisebox01").hide(); });
});
"""
    + stats_js("1b2c3d4e5f60718293a4b5c6d7e8f901")
    + """
</script>
<script src="/detail/js/cb_detail_2021.js"></script>
</body>
</html>"""
)


def body_html(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            cap = esc(b.text) + ("　" if b.text else "") + esc(b.credit)
            out.append(
                f'<p style="text-align: center;"><img id="{zlib.crc32(b.src.encode()) % 10**7}" src="{b.src}" alt="" /></p>'
                f'<p style="text-align: center;"><span style="color: #000080; font-family: 楷体, 楷体_GB2312, SimKai;">{cap}</span></p>'
            )
    return "\n".join(out)


def article(site: Site5, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    mine = site.of("xinhua")
    chan = a.x["chan"]
    ds = f"datasource:{w:%Y%m%d}{a.x['hexid']}"
    extra = (
        f'<meta name="source" content="新华网" /> <meta name="publishdate" content="{w:%Y-%m-%d}" /> '
        f'<meta name="contentid" content="{w:%Y%m%d}{a.x["hexid"]}" /> <meta name="subject" content="" /> '
        f'<meta name="catalogs" content="0100200{"2050" if chan == "politics" else "3110"}" /> <meta name="author" content="" /> '
        f'<meta name="publishedtype" content="1" /> <meta name="filetype" content="0" /> <meta name="pagetype" content="1" />\n'
        f'<div data="{ds}" datatype="content"><meta name="keywords" content="{esc(a.x["ctx"]["topic"])}" /></div>'
    )
    head = _head(f"{a.title}-新华网", f"{a.title}-", extra, rng)
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = f'<div class="columBox relatedNews" data="{ds}" datatype="content"><div class="col-tit"><span>相关阅读</span></div><div class="col-cont"><ul>{items}</ul></div></div>'
    nxt = others(rng, [b for b in mine if b.path not in a.related], a, 1)[0]
    hot = "".join(
        f'<li><span class="num">{k}</span><a href="{o.path}" target="_blank">{esc(o.title)}</a><span class="time">{o.when:%m-%d %H:%M}</span></li>'
        for k, o in enumerate(others(rng, mine, a, 8), 1)
    )
    feed = feed_json(
        "__xhRecommend",
        [
            {
                "title": o.title,
                "url": o.path,
                "author": "、".join(o.authors) or "新华社",
                "editor": o.editors[0],
                "pubtime": f"{o.when:%Y-%m-%d %H:%M:%S}",
                "source": "新华网",
            }
            for o in others(rng, mine, a, 6)
        ],
    )
    mheader = ""
    if a.i % 3 == 0:
        mheader = f'<div class="mheader domMobile"><h1><span class="title">{esc(a.title)}</span></h1> <div class="info">                 {w:%Y-%m-%d %H:%M:%S}                 <span>                     来源：新华网                 </span></div></div>'
    page = (
        head
        + f"""<div class="header domPC" data="{ds}" datatype="content"><div class="header-top clearfix"><div class="header-nav left"><a href="/" target="_blank">新华网</a> &gt; <a class="curColumn" href="/{chan}/index.htm" target="_blank">{CHANS[chan]}</a> &gt; 正文</div></div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> {w:%Y}</em></span><span class="day"><em> {w:%m}</em>/<em>{w:%d}</em></span><span class="time"> {w:%H:%M:%S}</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">{esc(a.title)}</span> <span class="btn-audio"></span></h1> <audio id="audioDom" src="" loop="loop" class="hide"></audio>
<div class="pageShare"><div class="setFont">字体： <span id="fontSmall">小</span> <span id="fontNormal" class="active">中</span> <span id="fontBig">大</span></div> <div class="share"> 分享到：<a href="javascript:void(0)" class="wx"></a><a href="http://service.weibo.example/share/share.php?url={a.path}" class="wb"></a><a href="javascript:void(0)" class="xcx"></a><a href="javascript:void(0)" class="khd"></a></div></div></div></div></div>
{mheader}
<div class="main clearfix"><div class="main-left left"><div id="detail" data="{ds}" datatype="content"><span id="detailContent"><p></p>
{body_html(a)}
</span> <div id="articleEdit"><span class="tiyi1 domPC"><a href="javascript:void(0);" class="advise">【纠错】</a> <div id="advisebox01" class="tiyi01" style="display:none;"><div><iframe id="jc_link1" border="0" marginwidth="0" framespacing="0" marginheight="0" frameborder="0" noresize="noresize" scrolling="no" vspale="0" style="width:600px;height:350px;float:left;"></iframe></div> <div class="tiyi03"><div id="jc_close1" style="cursor:pointer;"><img src="/images/syicon/space.gif" width="24" height="24" border="0" /></div></div></div></span> <span class="editor"> 【责任编辑：{a.editors[0]}】 </span></div></div>
{related}
<div class="nextpage clearfix"><div class="nextpage-tit">阅读下一篇：</div><div class="nextpage-cont"><a href="{nxt.path}">{esc(nxt.title)}</a></div></div>
</div>
<div class="main-right right domPC"><div class="columBox"><div class="col-tit"><span>热点推荐</span></div><div class="col-cont"><ul class="hot-list">{hot}</ul></div></div>
<div class="columBox ewm"><img src="/detail/images/xhsewm.png" alt="" /><p>新华社客户端</p></div></div></div>
<script>{feed}</script>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site5, chan: str, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"xh-list-{chan}-{n}")
    arts = sorted((a for a in site.of("xinhua") if a.x["chan"] == chan), key=lambda a: a.when)
    arts = arts[::-1]
    half = (len(arts) + 1) // 2
    part = arts[:half] if n == 1 else arts[half:]
    items = "\n".join(
        f'<div class="item item-style1"><div class="txt"><div class="tit"><span><a href="{a.path}" target="_blank">{esc(a.title)}</a></span></div>'
        f'<div class="info"><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span></div><div class="des">{esc(trunc(a.blocks[0].text or a.title, 60))}</div></div></div>'
        for a in part
    )
    other = "index_2.htm" if n == 1 else "index.htm"
    pager = f'<div class="xpage-more-btn"><a href="{other}">{"下一页" if n == 1 else "上一页"}</a></div>'
    page = (
        _head(f"{CHANS[chan]}_新华网", f"新华网{CHANS[chan]}频道", "", rng)
        + f'<div class="main clearfix"><div class="column-center-item"><div class="list list-txt" id="list">{items}</div>{pager}</div></div>\n'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site5) -> None:
    for a in site.of("xinhua"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for chan in CHANS:
        site.route(f"/{chan}/index.htm", lambda chan=chan: listing(site, chan, 1))  # type: ignore[misc]
        site.route(f"/{chan}/index_2.htm", lambda chan=chan: listing(site, chan, 2))  # type: ignore[misc]
