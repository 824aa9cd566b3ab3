"""新浪新闻-style article pages in two generations: today's UTF-8 page
(``/c/2024-05-08/doc-inax….shtml``: ``h1.main-title``, ``div.date-source`` with ``span.date``
``2024年05月08日 10:15`` and ``a.source``, the body in ``div.article#article``, pictures in
``div.img_wrapper`` with ``span.img_descr``, ``p.show_author`` 责任编辑 at the end, metas
``article:published_time`` and ``weibo: article:create_at`` with seconds) and the 2016 GB2312 page
(``/c/nd/2016-05-08/doc-ifx….shtml``: ``h1#artibodyTitle``, ``span.time-source`` holding the time
and the media name, the body in ``div#artibody``, served as bare ``text/html``). Reposts keep
their source's lead (新京报讯（记者X）, 新华社北京5月8日电（记者X、Y）) or a byline line
(澎湃新闻记者 X 实习生 Y). 相关新闻 / 相关阅读 blocks; 新闻排行, 热门推荐 and 聚焦 are not related.
The 滚动 list ``/roll/index.d.html?cid=56261`` with ``&page=2``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site10

ROLL = "/roll/index.d.html?cid=56261"
ROLL2 = "/roll/index.d.html?cid=56261&page=2"
NAV = [
    ("新闻", "/roll/index.d.html?cid=56261"),
    ("国内", ROLL),
    ("国际", "https://news.sina.example/world/"),
    ("社会", "https://news.sina.example/society/"),
    ("军事", "https://mil.news.sina.example/"),
    ("财经", "https://finance.sina.example/"),
    ("科技", "https://tech.sina.example/"),
    ("体育", "https://sports.sina.example/"),
    ("娱乐", "https://ent.sina.example/"),
    ("图片", "/photo/"),
    ("视频", "/video/"),
    ("排行", "/top/"),
]
COPY = """<p><a href="/about/index.html">新浪简介</a> | <a href="/about/index.html">About Sina</a> | <a href="/about/index.html">广告服务</a> | <a href="/about/index.html">联系我们</a> | <a href="/about/index.html">招聘信息</a> | <a href="/about/index.html">网站律师</a> | <a href="/about/index.html">SINA English</a> | <a href="/about/index.html">通行证注册</a> | <a href="/about/index.html">产品答疑</a></p>
<p>Copyright &copy; 1996-{year} SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有 京ICP证000007</p>"""


def _body(a: Art) -> str:
    out = []
    if a.x["style"] == "thepaper":
        out.append(f"<p>　　澎湃新闻记者 {a.authors[0]} 实习生 {a.authors[1]}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            cap = esc(b.text + b.credit)
            out.append(
                f'<div class="img_wrapper"><img style="width:550px" id="{b.src[-16:-4]}" src="//n.sinaimg.example/news/crawl{b.src}" alt="{cap}"><span class="img_descr">{cap}</span></div>'
            )
    return "\n".join(out)


def _rank(site: Site10, a: Art, rng: Any) -> str:
    lis = "".join(
        f'<li><span class="num">{k}</span><a href="{site.base}{o.path}" target="_blank">{esc(trunc(o.title, 22))}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    return f'<div class="hotnews" id="ranking"><div class="hd"><h3>新闻排行</h3><span class="tab on">24小时</span><span class="tab">周排行</span></div><ol>{lis}</ol></div>'


def _focus(site: Site10, a: Art, rng: Any) -> str:
    lis = "".join(
        f'<li><a href="{site.base}{o.path}" target="_blank">{esc(o.title)}</a><span class="time">{o.when:%m月%d日 %H:%M}</span></li>'
        for o in others(rng, site.of("sina"), a, 6)
    )
    return f'<div class="side-focus"><h3>聚焦</h3><ul>{lis}</ul></div>'


def _new(site: Site10, a: Art, rng: Any) -> str:
    w = a.when
    url = f"{site.base}{a.path}"
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{site.base}{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = f'<div class="article-relation" id="related"><h3 class="tit">相关新闻</h3><ul class="list-a">{lis}</ul></div>'
    feed = "".join(
        f'<div class="feed-card-item"><h2><a href="{site.base}{o.path}" target="_blank">{esc(o.title)}</a></h2><div class="feed-card-a"><span class="feed-card-time">{rng.randint(1, 23)}小时前</span><span class="feed-card-cmt">{rng.randint(0, 800)}评论</span></div></div>'
        for o in others(rng, site.arts, a, 10)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}|{esc(a.x["source"])}_新浪新闻</title>
<meta name="keywords" content="{esc(a.title[:6])},{esc(a.x["source"])}" />
<meta name="tags" content="{esc(a.title[:6])}" />
<meta name="description" content="{esc(a.x["lead"])}" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(a.x["lead"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://n.sinaimg.example/news/transform/default.jpg" />
<meta name="weibo: article:create_at" content="{w:%Y-%m-%d %H:%M:%S}" />
<meta name="weibo: article:update_at" content="{w:%Y-%m-%d %H:%M:%S}" />
<meta property="article:published_time" content="{w:%Y-%m-%dT%H:%M:%S}+08:00" />
<meta property="article:author" content="{esc(a.x["source"])}" />
<meta name="sudameta" content="allCIDs:51923,56261,258;dataid:{a.x["doc"]}" />
<meta name="mediaid" content="{esc(a.x["source"])}" />
<meta name="stencil" content="PGLS000022" />
<meta name="comment" content="gn:comos-{a.x["doc"][4:]}:0" />
<link rel="canonical" href="{url}" />
<link rel="alternate" media="only screen and(max-width: 640px)" href="https://news.sina.example/zx{a.path}" />
<link rel="stylesheet" href="//n.sinaimg.example/news/submodule/css/article2024.css" />
<style>
{css(rng, "sn", 360)}
</style>
</head>
<body>
<div class="top-nav-wrap"><div class="top-nav"><a href="/" class="logo">新浪新闻</a>{"".join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in NAV)}<a class="login" href="javascript:;">登录</a></div></div>
<div class="main-content w1240">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar"><div class="top-bar-inner clearfix">
<div class="date-source"><span class="date">{w:%Y年%m月%d日 %H:%M}</span><a href="https://k.sina.example/media/{a.x["doc"]}" class="source ent-source" target="_blank" rel="nofollow">{esc(a.x["source"])}</a></div>
<div class="tools"><a class="tool-cmt" href="#comment">{a.x["comments"]}条评论</a><a class="tool-share" href="javascript:;">分享</a><a class="tool-font">A-</a><a class="tool-font">A+</a></div>
</div></div></div>
<div class="article-content clearfix">
<div class="article-content-left">
<div class="article" id="article">
<!-- 行情图 -->
<!-- 原始正文start -->
{_body(a)}
<!-- 原始正文end -->
<p class="show_author">责任编辑：{esc(a.editors[0])} </p>
</div>
<div class="article-notice">新浪新闻公众号<br>更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）</div>
<div class="keywords" id="keywords">文章关键词： <a href="/search?q={esc(a.title[:4])}" target="_blank">{esc(a.title[:4])}</a></div>
{related}
<div class="comment" id="comment"><div class="cmt-hd">我要反馈</div><textarea></textarea><a class="cmt-btn">发布</a></div>
<div class="feed-card" id="feedCard"><div class="feed-card-tit">热门推荐</div>{feed}</div>
</div>
<div class="article-content-right">
<div class="side-ad"><ins class="sinaads" data-ad-pdps="PDPS000000056054"></ins></div>
{_rank(site, a, rng)}
{_focus(site, a, rng)}
</div>
</div>
</div>
<div class="footer" id="footer">{COPY.replace("{year}", "2024")}</div>
<script>{stats_js("sina_suda_9a7f3c")}</script>
<script>var ARTICLE_DATA = {{"docid":"comos-{a.x["doc"][4:]}","channel":"gn","newsid":"gn:comos-{a.x["doc"][4:]}:0","source":"{esc(a.x["source"])}"}};</script>
</body>
</html>"""


def _old(site: Site10, a: Art, rng: Any) -> str:
    w = a.when
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{site.base}{p}" target="_blank">{esc(site.by_path[p].title)}</a> <span class="time">{site.by_path[p].when:%m/%d %H:%M}</span></li>'
            for p in a.related
        )
        related = f'<div class="blk-related" id="related_news"><div class="blk-hd"><h2>相关阅读</h2></div><ul>{lis}</ul></div>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}_新闻_新浪网</title>
<meta name="keywords" content="{esc(a.title[:6])},{esc(a.x["source"])}" />
<meta name="description" content="{esc(a.x["lead"])}" />
<meta name="weibo: article:create_at" content="{w:%Y-%m-%d %H:%M:%S}" />
<meta name="weibo: article:update_at" content="{w:%Y-%m-%d %H:%M:%S}" />
<meta name="publishid" content="{a.x["doc"]}" />
<meta name="stencil" content="PGLS000022" />
<meta name="sudameta" content="allCIDs:51923,56261" />
<meta name="mediaid" content="{esc(a.x["source"])}" />
<link rel="stylesheet" type="text/css" href="http://news.sina.example/css/87/20121011/style_finalpage.css" />
<style type="text/css">
{css(rng, "blk", 320)}
</style>
<script type="text/javascript">
var ARTICLE_JSON = {{"docid":"{a.x["doc"]}","channel":"gn","newsid":"{a.x["doc"][3:]}","publishtime":"{w:%Y-%m-%d %H:%M:%S}"}};
</script>
</head>
<body>
<div class="sinaheader"><div class="sh-wrap"><a href="/">新浪首页</a> | <a href="{ROLL}">新闻中心</a> | <a href="/top/">排行</a> | <a href="/photo/">图片</a></div></div>
<div class="wrap-outer clearfix">
<div class="page-header"><h1 id="artibodyTitle">{esc(a.title)}</h1>
<div class="page-info"><span class="time-source" id="navtimeSource">{w:%Y年%m月%d日%H:%M}<span><span data-sudaclick="media_name"><a href="https://k.sina.example/media/{a.x["doc"]}" target="_blank" rel="nofollow">{esc(a.x["source"])}</a></span></span></span>
<span class="page-tools"><a href="#comment_t">评论(<em>{a.x["comments"]}</em>)</a> <a href="javascript:window.print()">打印</a> <a href="javascript:;">收藏</a></span></div></div>
<div class="page-content clearfix">
<div class="article article_16" id="artibody">
{_body(a)}
<p class="article-editor">责任编辑：{esc(a.editors[0])} </p>
</div>
<div class="article-keywords">文章关键词：<a href="/search?q={esc(a.title[:4])}">{esc(a.title[:4])}</a></div>
<div class="blk-wxfollow"><p>微信扫一扫，关注新浪新闻官方微信</p></div>
{related}
<div class="blk-comment" id="comment_t"><p>我要评论</p><textarea></textarea></div>
</div>
<div class="page-sidebar">{_rank(site, a, rng)}{_focus(site, a, rng)}</div>
</div>
<div id="footer" class="footer">{COPY.replace("{year}", "2016")}</div>
<script type="text/javascript">{stats_js("sina_suda_2016")}</script>
</body>
</html>"""


def article(site: Site10, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    if a.x["old"]:
        return encode(_old(site, a, rng), "gb2312"), "text/html"
    return encode(_new(site, a, rng), "utf-8"), "text/html; charset=utf-8"


def _roll(site: Site10, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li><span class="c_chl">[{"国内" if k % 3 else "社会"}]</span><span class="c_tit"><a href="{site.base}{a.path}" target="_blank">{esc(a.title)}</a></span><span class="c_time">{a.when:%m-%d %H:%M}</span></li>'
        for k, a in enumerate(arts)
    )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>滚动新闻_新浪网</title><meta name="description" content="新浪滚动新闻">
<style>{css(rng, "roll", 200)}</style></head>
<body><div class="top-nav"><a href="/">新浪新闻</a>{"".join(f'<a href="{u}">{t}</a>' for t, u in NAV)}</div>
<div class="d_list_txt" id="d_list"><h1>滚动新闻</h1><ul>{items}</ul>{pager}</div>
<div class="footer">{COPY.replace("{year}", "2024")}</div></body></html>"""
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def register(site: Site10) -> None:
    mine = sorted(site.of("sina"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    more = f'<div class="pagebox"><span class="pagebox_pre_nolink">上一页</span><b>1</b><a href="{ROLL2}">2</a><a href="{ROLL2}">下一页</a></div>'
    back = f'<div class="pagebox"><a href="{ROLL}">上一页</a><a href="{ROLL}">1</a><b>2</b><span>下一页</span></div>'
    site.route(ROLL, lambda: _roll(site, "sn-r1", mine[:6], more))
    site.route(ROLL2, lambda: _roll(site, "sn-r2", mine[6:], back))
