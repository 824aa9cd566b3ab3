"""A paid-news portal's article pages in 财新's style (UTF-8): ``<meta name="publishdate"
content="20240315">``, ``文｜财新 记者 …`` in ``div.artInfo`` above the printed time, a paywall
teaser after three paragraphs on paid pieces, ``责任编辑：… | 版面编辑：…``, 相关报道,
上一篇/下一篇 with dates, comments, a 热门排行 with dates and a recommendation feed in a script.
The column listings page as ``node_1234.htm``, ``node_1234_2.htm``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_json, others, page_rng, stats_js

if TYPE_CHECKING:
    from .generator import Site5

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("经济", "/node_1234.htm"),
    ("金融", "http://finance.caixin.example/"),
    ("公司", "http://companies.caixin.example/"),
    ("政经", "http://china.caixin.example/"),
    ("世界", "http://international.caixin.example/"),
    ("观点", "http://opinion.caixin.example/"),
    ("科技", "http://tech.caixin.example/"),
    ("地产", "http://property.caixin.example/"),
    ("汽车", "http://auto.caixin.example/"),
    ("消费", "http://consumer.caixin.example/"),
    ("能源", "http://energy.caixin.example/"),
    ("健康", "http://health.caixin.example/"),
    ("ESG", "http://esg.caixin.example/"),
    ("财新周刊", "http://weekly.caixin.example/"),
    ("图片", "/photo/index.html"),
    ("视频", "http://video.caixin.example/"),
    ("数据通", "http://datanews.caixin.example/"),
]
NICKS = ["读者A", "老股民", "财新读者", "Vincent", "江南客", "观察者", "李先生", "zhou_2019"]
SAYS = [
    "分析很到位，期待后续报道。",
    "关键还是看执行。",
    "这篇报道的数据很扎实。",
    "希望能多写写地方的情况。",
    "问题早就存在，只是现在才暴露。",
    "订阅值了。",
]


def _head(title: str, desc: str, extra: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
<meta name="keywords" content="" />
<meta name="description" content="{esc(desc)}" />
{extra}
<link rel="stylesheet" type="text/css" href="//file.caixin.example/webchannel/all/css/main.css" />
<style type="text/css">
{css(rng, "cx", 300)}
</style>
<script type="text/javascript" src="//file.caixin.example/webjs/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="head"><div class="headtop"><div class="logo"><a href="/"><img src="//file.caixin.example/images/logo.png" alt="财新网" /></a></div>
<div class="userbox"><a href="http://u.caixin.example/login" class="login">登录</a> <a href="http://u.caixin.example/register" class="reg">注册</a> <a href="http://pay.caixin.example/" class="subscribe">订阅</a></div></div>
<div class="menu"><ul>{nav}</ul></div></div>
"""


FOOT = (
    """<div class="footer"><div class="footerlink"><a href="/about/index.html">关于我们</a> | <a href="http://www.caixin.example/contact">联系我们</a> | <a href="http://www.caixin.example/ad">广告服务</a> | <a href="http://www.caixin.example/copyright">版权声明</a> | <a href="http://www.caixin.example/join">加入我们</a></div>
<p>京ICP证090880号 京ICP备10026701号-8 | 京公网安备 11010502034662号</p>
<p>Copyright 财新传媒 版权所有 2009-2024</p></div>
<script type="text/javascript">
"""
    + stats_js("c0ffee00c0ffee00c0ffee00c0ffee00")
    + """
</script>
</body>
</html>"""
)


def body_html(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<div class="media pip"><img src="{b.src}" alt="" />'
                f'<div class="media-caption">{esc(b.text)}<span class="credit">{esc(b.credit)}</span></div></div>'
            )
    return "\n".join(out)


def _byline(a: Art, star: str) -> str:
    style = a.x["style"]
    if style == "none":
        return ""
    outlet = "财新周刊" if a.x["mag"] else "财新"
    role = "" if style == "one" and a.i % 2 else "记者 "
    who = " ".join(
        f'<a href="/author/reporter/" target="_blank">{n}</a>' if n == star else n
        for n in a.authors
    )
    return f"文｜{outlet} {role}{who}<br />"


def article(site: Site5, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    mine = site.of("caixin")
    first = next(b.text for b in a.blocks if b.kind == "p")
    extra = (
        f'<meta name="publishdate" content="{w:%Y%m%d}" />\n<meta name="source" content="{"财新周刊" if a.x["mag"] else "财新网"}" />\n'
        f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />'
    )
    head = _head(f"{a.title}_经济频道_财新网", first[:80], extra, rng)
    printed = f"{w:%Y年%m月%d日}" if a.precision == "day" else f"{w:%Y年%m月%d日 %H:%M}"
    source = (
        f"《财新周刊》 {w:%Y}年第{a.x['issue']}期"
        if a.x["mag"]
        else (
            '<a href="http://www.xinhua.example/">新华社</a>'
            if a.x["style"] == "none"
            else '<a href="/">财新网</a>'
        )
    )
    paywall = ""
    if a.x["paid"]:
        paywall = """<div class="cons-pay-tip" id="chargeWall"><div class="pay-con"><p class="pay-tip">本文为财新付费内容，订阅后阅读全文</p>
<div class="pay-btns"><a href="http://pay.caixin.example/buy?type=all" class="btn-subscribe" target="_blank">立即订阅</a><a href="http://u.caixin.example/login" class="btn-login">已订阅？登录</a></div>
<p class="pay-price">财新通 全站畅读 ¥498/年 · 首月 ¥1</p></div></div>"""
    editor = f"责任编辑：{a.editors[0]}" + (
        f" | 版面编辑：{a.editors[1]}" if len(a.editors) > 1 else ""
    )
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = f'<div class="relatedReports"><h3 class="tit">相关报道</h3><ul>{items}</ul></div>'
    pool = [b for b in mine if b.path not in a.related]
    prev, nxt = others(rng, pool, a, 2)
    comments = "".join(
        f'<li><div class="c-head"><span class="c-name">{rng.choice(NICKS)}</span><span class="c-time">{w.replace(hour=min(23, w.hour + k + 1)):%Y-%m-%d %H:%M}</span></div><p class="c-txt">{rng.choice(SAYS)}</p></li>'
        for k in range(a.x["comments"])
    )
    rank = "".join(
        f'<li><em>{k}</em><a href="{o.path}" target="_blank">{esc(o.title)}</a><span>{o.when:%m月%d日 %H:%M}</span></li>'
        for k, o in enumerate(others(rng, mine, a, 8), 1)
    )
    feed = feed_json(
        "recArticles",
        [
            {
                "title": o.title,
                "link": o.path,
                "author": " ".join(o.authors),
                "time": f"{o.when:%Y-%m-%d %H:%M:%S}",
            }
            for o in others(rng, mine, a, 5)
        ],
    )
    page = (
        head
        + f"""<div class="comMain"><div class="croW"><a href="/">财新网</a> &gt; <a href="/node_1234.htm">经济频道</a> &gt; 正文</div>
<div class="conlf">
<div id="conTit">
<h1>{esc(a.title)}</h1>
<div class="artInfo">{_byline(a, site.caixin_star)}<span id="pubtime_baidu">{printed}</span> <span id="source_baidu">来源于 {source}</span><span id="author_baidu"></span></div>
<div class="function01"><span class="fenx">分享到</span><a href="javascript:void(0)" class="icon_wx"></a><a href="javascript:void(0)" class="icon_wb"></a><a href="javascript:void(0)" class="icon_fav">收藏</a><a href="javascript:void(0)" class="icon_font">字号</a></div>
</div>
<div id="the_content" class="content">
<div id="Main_Content_Val" class="text">
{body_html(a)}
</div>
{paywall}
<p class="text-editor">{editor}</p>
</div>
<div class="pageTurn"><p class="prev">上一篇：<a href="{prev.path}">{esc(prev.title)}</a><span>{prev.when:%Y-%m-%d}</span></p><p class="next">下一篇：<a href="{nxt.path}">{esc(nxt.title)}</a><span>{nxt.when:%Y-%m-%d}</span></p></div>
{related}
<div class="comment" id="comment"><h4>评论（{a.x["comments"]}）</h4><ul class="c-list">{comments}</ul><div class="c-post"><textarea placeholder="登录后发表评论"></textarea><a href="javascript:void(0)" class="c-btn">发表</a></div></div>
</div>
<div class="conri">
<div class="hotRank"><h3>热门排行</h3><ul>{rank}</ul></div>
<div class="adbox"><a href="http://ad.caixin.example/c?id={rng.randint(10**5, 10**6)}" target="_blank"><img src="//file.caixin.example/ad/{rng.randint(10**6, 10**7)}.jpg" alt="" /></a></div>
</div>
</div>
<script type="text/javascript">
var entity = {{ id: {a.path.rsplit("/", 1)[1][:-5]}, type: 2, channel: 125 }};
{feed}
</script>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def listing(site: Site5, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"cx-list-{n}")
    arts = sorted(site.of("caixin"), key=lambda a: a.when)[::-1]
    part = arts[:6] if n == 1 else arts[6:]
    items = "".join(
        f'<div class="boxa"><h4><a href="{a.path}" target="_blank">{esc(a.title)}</a></h4><span>{a.when:%Y年%m月%d日 %H:%M}</span><p>{esc(a.blocks[0].text[:50] if a.blocks[0].kind == "p" else "")}</p></div>'
        for a in part
    )
    pager = (
        '<div class="page"><span class="cur">1</span><a href="node_1234_2.htm">2</a><a href="node_1234_2.htm">下一页</a></div>'
        if n == 1
        else '<div class="page"><a href="node_1234.htm">上一页</a><a href="node_1234.htm">1</a><span class="cur">2</span></div>'
    )
    page = (
        _head("经济频道_财新网", "财新网经济频道", "", rng)
        + f'<div class="comMain"><div class="stitXtuwen_list">{items}</div>{pager}</div>\n'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def author_page(site: Site5) -> tuple[bytes, str]:
    """The reporter's profile: a photo, a bio and their last ten pieces (the older ones gone)."""
    rng = page_rng(site.seed, "cx-author")
    star = site.caixin_star
    mine = sorted((a for a in site.of("caixin") if star in a.authors), key=lambda a: a.when)[::-1]
    rows = [(a.path, a.title, a.when.strftime("%Y年%m月%d日")) for a in mine]
    for k in range(10 - len(rows)):
        rows.append(
            (
                f"/2023-1{k % 3}-{10 + k}/10212{k}831.html",
                f"往期报道：{star}专栏（{k + 1}）",
                f"2023年1{k % 3}月{10 + k}日",
            )
        )
    items = "".join(
        f'<li><a href="{p}" target="_blank">{esc(t)}</a><span class="date">{d}</span></li>'
        for p, t, d in rows[:10]
    )
    page = (
        _head(f"{star}_财新记者_财新网", f"财新记者{star}", "", rng)
        + f"""<div class="comMain"><div class="author-card"><img src="//file.caixin.example/author/{rng.randint(1000, 9999)}.jpg" alt="{star}" /><h2>{star}</h2><p class="title">财新记者</p>
<p class="bio">{star}，财新传媒经济部记者，关注宏观经济、地方财政与金融监管。此前曾任职于多家财经媒体，报道多次获得行业奖项。联系邮箱：reporter{rng.randint(10, 99)}@caixin.example</p></div>
<div class="author-list"><h3>最新文章</h3><ul>{items}</ul></div></div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site5) -> None:
    for a in site.of("caixin"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/node_1234.htm", lambda: listing(site, 1))
    site.route("/node_1234_2.htm", lambda: listing(site, 2))
    site.route("/author/reporter/", lambda: author_page(site))
