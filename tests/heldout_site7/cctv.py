"""央视网-style article pages (news.cctv.com ``cnt_bd`` layout): ``<title>headline_新闻频道_央视网
(cctv.com)</title>``, ``<meta name="spm-id">``, the headline and ``来源：央视网 | 2024年05月20日
19:32`` in ``div.cnt_bd`` above the body marked ``<!--repaste.body.begin-->``, 央视网消息（新闻联播）：
leads, a video player placeholder with its guid script, pictures with a centred caption paragraph,
编辑：/责任编辑： in ``div.zebian``, 相关新闻, and 热点新闻/精彩推荐 columns. The 新闻联播 video list
``/xwlb/index.shtml`` and the 国内 list ``/china/index.shtml``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_js, feed_rows, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site7

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("新闻", "/china/index.shtml"),
    ("新闻联播", "/xwlb/index.shtml"),
    ("体育", "/sports/"),
    ("综艺", "/ent/"),
    ("电视剧", "/tv/"),
    ("纪录片", "/doc/"),
    ("动画片", "/cartoon/"),
    ("少儿", "/kids/"),
    ("熊猫", "/panda/"),
    ("图集", "/photo/index.html"),
    ("直播", "/live/"),
    ("央视频", "/yangshipin/"),
    ("专题", "/zt/2024/index.shtml"),
    ("联系我们", "/about/contact.html"),
]


def _head(title: str, extra: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{esc(title)}</title>
{extra}
<link type="text/css" rel="stylesheet" href="//p1.img.cctvpic.example/photoAlbum/templet/common/DEPA1465890787138286/style.css?spm=0.0.0.0" />
<style>
{css(rng, "cnt", 300)}
</style>
<script type="text/javascript" src="//r.img.cctvpic.example/library/script/jquery-1.7.2.min.js"></script>
<script type="text/javascript">var commentTitle = "{esc(title)}"; var itemid1 = "";</script>
</head>
<body>
<div class="page_wrap_header"><div class="header_nav"><div class="logo"><a href="/"><img src="//p1.img.cctvpic.example/photoAlbum/templet/common/logo.png" alt="央视网" /></a></div>
<ul class="nav_list">{nav}</ul><div class="search"><form action="/search" method="get"><input type="text" name="qtext" /><button>搜索</button></form></div></div></div>
"""


FOOT = """<div class="page_wrap_footer"><div class="footer_con">
<p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">网站声明</a> | <a href="/about/contact.html">网站地图</a> | <a href="/about/contact.html">招聘信息</a></p>
<p>央视网版权所有 京ICP证060535号 网络文化经营许可证 京网文〔2022〕4153-125号 违法和不良信息举报电话：010-68509999</p>
<p>Copyright &copy; 1996-2024 China Central Television. All Rights Reserved</p></div></div>
<script type="text/javascript" src="//js.data.cctv.example/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js"></script>
<script type="text/javascript">
with(document)with(body)with(insertBefore(createElement("script"),firstChild))setAttribute("exparams","v_id=&aplus&",id="tb-beacon-aplus",src=(location>"https"?"//js":"//js")+".data.cctv.example/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js")
</script>
</body>
</html>"""


def _body(a: Art) -> str:
    out = []
    if a.x["video"]:
        out.append(
            f'<div class="video_area" id="myFlash" style="width:100%;height:420px;"></div>\n'
            f'<script type="text/javascript">var guid = "{a.x["guid"]}"; createVodPlayer({{"divId":"myFlash","videoCenterId":guid,"isAutoPlay":"false","posterImg":"//p1.img.cctvpic.example/fmspic/{a.when:%Y/%m/%d}/{a.x["guid"]}.jpg"}});</script>'
        )
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(
                f'<p class="subtitle" style="text-align: left;">　　<strong>{esc(b.text)}</strong></p>'
            )
        else:
            out.append(
                f'<p style="text-align: center;"><img src="//p1.img.cctvpic.example/photoworkspace/contentimg{b.src}" alt="" /></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align: center;" class="photo_img_20190808">{esc(b.text)}</p>'
                )
    return "\n".join(out)


def article(site: Site7, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    shown = f"{w:%Y年%m月%d日 %H:%M}" if a.precision == "minute" else f"{w:%Y年%m月%d日 %H:%M:%S}"
    extra = (
        f'<meta name="keywords" content="{esc(a.title[:8])} 央视网" />\n'
        f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}" />\n'
        f'<meta name="spm-id" content="C94212.P4YnMod9m2uD.E{a.x["aid"][4:14]}" />\n'
        f'<meta name="contentid" content="{a.x["aid"]}" />\n'
        '<meta name="catalogs" content="PAGE1449807494852603" />\n<meta name="filetype" content="1" />\n'
        '<meta name="publishedtype" content="1" />\n<meta name="pagetype" content="1" />\n'
    )
    head = _head(f"{a.title}_新闻频道_央视网(cctv.com)", extra, rng)
    eds = a.editors
    zebian = (
        f'<div class="zebian"><p><span class="">编辑：{esc(eds[0])}</span><span>责任编辑：{esc(eds[1])}</span></p></div>'
        if len(eds) == 2
        else f'<div class="zebian"><p><span>责任编辑：{esc(eds[0])}</span></p></div>'
    )
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{site.base}{p}" target="_blank">{esc(site.by_path[p].title)}</a><span class="time">{site.by_path[p].when:%Y-%m-%d %H:%M}</span></li>'
            for p in a.related
        )
        related = f'<div class="xgxw" id="xgxw"><div class="title"><h2>相关新闻</h2></div><ul>{items}</ul></div>'
    hot = "".join(
        f'<li><span class="num">{k}</span><a href="{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    jctj = others(rng, site.of("cctv"), a, 6)
    page = (
        head
        + f"""<div class="column_wrapper">
<div class="col_w1200">
<div class="cnt_nav"><a href="/" target="_blank">首页</a> &gt; <a href="/china/index.shtml" target="_blank">新闻频道</a> &gt; <a href="/china/index.shtml">国内新闻</a> &gt; 正文</div>
<div class="col_w860 left">
<div class="cnt_bd">
<h1>{esc(a.title)}</h1>
<div class="function"><span class="info"><i>来源：<a href="/" target="_blank">{esc(a.x["source"])}</a>　|　{shown}</i></span>
<span class="bgfx"><a class="sina" href="javascript:;">微博</a><a class="weixin" href="javascript:;">微信</a><a class="qzone" href="javascript:;">QQ空间</a></span>
<span class="font"><a href="javascript:;" class="font_big">A+</a><a href="javascript:;" class="font_small">A-</a></span></div>
<!--repaste.body.begin-->
{_body(a)}
<!--repaste.body.end-->
</div>
{zebian}
<div class="shareto"><span>分享到：</span><a class="sina">新浪微博</a><a class="wx">微信</a><a class="qq">QQ</a></div>
{related}
<div class="jctj" id="jctj"><div class="title"><h2>精彩推荐</h2></div><ul id="jctj_list"></ul><script type="text/javascript">{feed_js("jctjData", feed_rows(jctj, "央视网"))}</script></div>
<div class="pinglun"><div class="title"><h2>网友评论</h2></div><div id="SOHUCS" sid="{a.x["aid"]}"></div><p class="tip">登录后发表评论</p></div>
</div>
<div class="col_w300 right">
<div class="md_hotlist"><div class="md_hd"><span class="mh_title">热点新闻</span></div><ul class="rdph">{hot}</ul></div>
<div class="md_ad"><script type="text/javascript" src="//p5.img.cctvpic.example/ad/adpolicy.js?p=news_ztzt_r1"></script></div>
<div class="md_ewm"><img src="//p1.img.cctvpic.example/photoAlbum/templet/common/ewm.jpg" alt="央视新闻客户端" /><p>扫一扫，下载央视新闻客户端</p></div>
</div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def _list_page(
    site: Site7, title: str, key: str, arts: list[Art], video: bool
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = []
    for a in arts:
        label = "[视频]" if video else ""
        items.append(
            f'<li><div class="image"><a href="{a.path}" target="_blank"><img src="//p1.img.cctvpic.example/fmspic/{a.when:%Y/%m/%d}/{a.x["guid"][:12]}.jpg" /></a></div>'
            f'<div class="text"><div class="title"><a href="{a.path}" target="_blank">{label}{esc(a.title)}</a></div><div class="brief">{esc(trunc(a.paras[0], 60))}</div>'
            f'<div class="time">{a.when:%Y-%m-%d %H:%M:%S}</div></div></li>'
        )
    page = (
        _head(title, '<meta name="pagetype" content="2" />', rng)
        + f'<div class="column_wrapper"><div class="col_w1200"><div class="md_bd"><ul id="newslist">{"".join(items)}</ul></div></div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site7) -> None:
    mine = sorted(site.of("cctv"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    xwlb = [a for a in mine if a.x["style"] == "xwlb"]
    site.route(
        "/xwlb/index.shtml",
        lambda: _list_page(
            site, "新闻联播_CCTV节目官网-CCTV-1_央视网(cctv.com)", "xwlb", xwlb, True
        ),
    )
    site.route(
        "/china/index.shtml",
        lambda: _list_page(site, "国内新闻_新闻频道_央视网(cctv.com)", "cctv-china", mine, False),
    )
