"""中国新闻网-style article pages: ``<title>headline-中新网</title>``, ``content_left_time`` with
``2024年05月20日 14:31　来源：中国新闻网``, the body in ``div.left_zw`` between 正文start/end comments,
the dateline 中新网X月X日电 (记者 张三) inside the first paragraph, pictures in ``div.left_ph`` with
the caption and ``中新社记者 X 摄`` in one line, ``(完)``, ``【编辑:李四】`` in ``div.adEditor``,
相关新闻, and 热点推荐/排行榜/精彩图片 sidebars. Listings ``/gn/index.shtml``, ``index_2.shtml``; the
滚动新闻 page ``/scroll-news/news1.html``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site7

CT = "text/html; charset=utf-8"
SECS = {"gn": "国内", "cj": "财经", "sh": "社会"}
NAV = [
    ("首页", "/"),
    ("滚动", "/scroll-news/news1.html"),
    ("时政", "/gn/index.shtml"),
    ("国际", "/world.shtml"),
    ("社会", "/society.shtml"),
    ("财经", "/finance/"),
    ("大湾区", "/dwq/"),
    ("华人", "/hr/"),
    ("文娱", "/wy/"),
    ("体育", "/ty/"),
    ("教育", "/edu/"),
    ("法治", "/fz/"),
    ("健康", "/health/"),
    ("生活", "/life/"),
    ("视频", "/shipin/"),
    ("图片", "/photo/index.html"),
    ("直播", "/live/"),
    ("专题", "/zt/2024/index.shtml"),
    ("理论", "/theory/"),
    ("东西问", "/dxw/"),
    ("中新财经", "/cj/"),
    ("侨网", "/qiaowang/"),
    ("报刊", "/bk/"),
]


def _head(title: str, desc: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(title[:10])}" />
<meta name="description" content="{esc(desc)}" />
<link rel="stylesheet" type="text/css" href="//www.chinanews.example/2019/home/css/common.css" />
<link rel="stylesheet" type="text/css" href="//www.chinanews.example/2019/content/css/content.css" />
<style type="text/css">
{css(rng, "content", 330)}
</style>
<script type="text/javascript" src="//www.chinanews.example/2019/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><div class="topbar_left"><a href="/">中国新闻网</a><a href="https://m.chinanews.example/">手机版</a><a href="https://www.ecns.example/">ECNS</a><a href="/hr/">华人网</a></div>
<div class="topbar_right"><a href="/about/contact.html">联系我们</a><a href="/search?q=">站内搜索</a></div></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="//www.chinanews.example/2019/home/images/logo.png" alt="中国新闻网" /></a>
<div class="search_box"><form action="/search" method="get"><input type="text" name="q" class="search_txt" /><input type="submit" class="search_btn" value="" /></form></div></div></div>
<div class="nav"><div class="w1200"><ul class="nav_navcon">{nav}</ul></div></div>
"""


FOOT = (
    """<div id="bottom"><div class="bottom_con">
<div class="bottom_link"><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">About us</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">广告服务</a> | <a href="/about/contact.html">供稿服务</a> | <a href="/about/contact.html">法律声明</a> | <a href="/about/contact.html">招聘信息</a> | <a href="/about/contact.html">网站地图</a></div>
<p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>
<p>[<a href="/about/contact.html">网上传播视听节目许可证(0106168)</a>] [京ICP证040655号] [京公网安备：110102003042-1] [京ICP备05004340号-1] 总机：86-10-87826688</p>
<p>违法和不良信息举报电话：15699788000 举报邮箱：jubao@chinanews.example</p>
<p>Copyright &copy;1999-2024 chinanews.com. All Rights Reserved</p></div></div>
<script type="text/javascript">
"""
    + stats_js("a0b1c2d3e4f5061728394a5b6c7d8e9f")
    + """
</script>
<script type="text/javascript" src="//www.chinanews.example/2019/content/js/fontsize.js"></script>
<script type="text/javascript" src="//www.chinanews.example/2019/content/js/share.js"></script>
</body>
</html>"""
)


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            line = esc(b.text) + ("　" + esc(b.credit) if b.credit else "")
            out.append(
                f'<div class="left_ph" style="text-align:center;"><img src="//i2.chinanews.example{b.src}" border="0" alt="" /></div>'
                f'<div class="left_pt" style="text-align:center;">{line}</div>'
            )
    if a.x["end"]:
        out.append("<p>　　(完)</p>")
    return "\n".join(out)


def article(site: Site7, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    sec = a.x["sec"]
    head = _head(f"{a.title}-中新网", trunc(a.paras[0], 90), rng)
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span>{site.by_path[p].when:%Y-%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="content_xgxw"><div class="xgxw_title">相关新闻：</div><ul>{items}</ul></div>'
    hot = "".join(
        f'<li><a href="{o.path}" target="_blank">{esc(trunc(o.title, 22))}</a></li>'
        for o in others(rng, site.arts, a, 8)
    )
    ranking = "".join(
        f'<li><em>{k}</em><a href="{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a></li>'
        for k, o in enumerate(others(rng, site.of("chinanews"), a, 10), 1)
    )
    pics = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="//i2.chinanews.example/simg/cmshd/{rng.randint(10**6, 10**7)}.jpg" /><p>{esc(trunc(o.title, 12))}</p></a></li>'
        for o in others(rng, site.arts, a, 4)
    )
    page = (
        head
        + f"""<div class="content_maincontent_more w1200">
<div class="content_left">
<div class="content_left_nav"><a href="/">首页</a> &gt; <a href="/{sec}/index.shtml">{SECS[sec]}</a></div>
<div class="content_maincontent_content">
<h1 class="content_left_title">{esc(a.title)}</h1>
<div class="content_left_time">
{w:%Y年%m月%d日 %H:%M}　来源：{esc(a.x["source"])}　　<span class="content_left_pzh">参与互动</span>
<div class="fontsize"><a href="javascript:doZoom(18)">大</a><a href="javascript:doZoom(16)">中</a><a href="javascript:doZoom(14)">小</a></div>
</div>
<div class="content_desc"></div>
<!--正文start-->
<div class="left_zw" style="position:relative">
{_body(a)}
<div id="function_code_page"></div>
</div>
<!--正文end-->
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{esc(a.editors[0])}】</div></div></div>
<div class="share_box"><span>分享到：</span><a class="share_wx" href="javascript:;">微信</a><a class="share_wb" href="javascript:;">微博</a><a class="share_qq" href="javascript:;">QQ</a></div>
{related}
<div class="banquan"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p></div>
</div>
</div>
<div class="content_right">
<div class="content_right_box"><div class="right_title">热点推荐</div><ul class="rdtj">{hot}</ul></div>
<div class="content_right_box"><div class="right_title">排行榜</div><ul class="phb">{ranking}</ul></div>
<div class="content_right_box"><div class="right_title">精彩图片</div><ul class="jctp">{pics}</ul></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site7, sec: str, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"cn-list-{n}")
    arts = sorted(site.of("chinanews"), key=lambda a: a.when)[::-1]
    part = arts[:7] if n == 1 else arts[7:]
    items = "\n".join(
        f'<li><div class="news_title"><em><a href="/{a.x["sec"]}/index.shtml">[{SECS[a.x["sec"]]}]</a></em><a href="{a.path}">{esc(a.title)}</a></div><div class="news_time">{a.when:%m-%d %H:%M}</div></li>'
        for a in part
    )
    pager = (
        '<div id="pagediv"><span class="current">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml">下一页</a></div>'
        if n == 1
        else '<div id="pagediv"><a href="index.shtml">上一页</a><a href="index.shtml">1</a><span class="current">2</span></div>'
    )
    page = (
        _head("时政新闻-中新网", "中新网时政新闻", rng)
        + f'<div class="w1200 content_list"><div class="dqwz"><a href="/">首页</a> &gt; 时政</div><ul>{items}</ul>{pager}</div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def scroll(site: Site7) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "cn-scroll")
    arts = sorted(site.arts, key=lambda a: a.when)[::-1]
    items = "\n".join(
        f'<li><div class="dd_lm">[<a href="/scroll-news/news1.html">{"国内" if a.tpl != "paper" else "财经"}</a>]</div><div class="dd_bt"><a href="{a.path}">{esc(a.title)}</a></div><div class="dd_time">{a.when:%m-%d %H:%M}</div></li>'
        for a in arts
    )
    page = (
        _head("即时新闻-中新网", "中新网滚动新闻", rng)
        + f'<div class="w1200 content_list"><div class="dqwz"><a href="/">首页</a> &gt; 滚动新闻</div><div class="content_list"><ul>{items}</ul></div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site7) -> None:
    for a in site.of("chinanews"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/gn/index.shtml", lambda: listing(site, "gn", 1))
    site.route("/gn/index_2.shtml", lambda: listing(site, "gn", 2))
    site.route("/scroll-news/news1.html", lambda: scroll(site))
