"""Site 64's article pages: 证券时报·e公司 (byline paragraph, 校对 line), 东方财富网 (quote
widgets, 文章来源 / 责任编辑, 风险提示, 股吧 comments), 中国证券报·中证网 (中证网讯 leads, 2019
pages in GBK), 财联社 电报 (【headline】 in the text) and 新浪财经 (``artibody``, 责任编辑, the
APP footer line)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import COMPANIES, SECTORS

if TYPE_CHECKING:
    from .generator import Site64

NAMES = {
    "stcn": "证券时报网",
    "em": "东方财富网",
    "cs": "中证网",
    "cls": "财联社",
    "sina": "新浪财经",
}
LISTS = {
    "stcn": "/gs/index.html",
    "em": "/a/cgsxw.html",
    "cs": "/ssgs/gsxw/index.html",
    "cls": "/telegraph",
    "sina": "/roll/index.shtml",
}


def li(a: Art, fmt: str = "%m-%d %H:%M") -> str:
    return f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def hot(site: Site64, a: Art, key: str, k: int = 10) -> str:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.arts if b is not a]
    return "".join(
        f'<li><i>{n}</i><a href="{b.path}" target="_blank">{esc(trunc(b.title, 20))}</a></li>'
        for n, b in enumerate(rng.sample(pool, k), 1)
    )


def rel(site: Site64, a: Art, head: str, cls: str) -> str:
    if not a.related:
        return ""
    items = "".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)
    return f'<div class="{cls}"><div class="hd"><h3>{head}</h3></div><ul>{items}</ul></div>'


def body_html(blocks: list[Block], indent: str = "") -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                f'<table class="data" border="1" cellspacing="0" cellpadding="4"><tbody>{"".join(rows)}</tbody></table>'
            )
            rows.clear()

    for b in blocks:
        if b.kind == "tr":
            rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in b.text.split(" ")) + "</tr>")
            continue
        flush()
        if b.kind == "p":
            out.append(f"<p>{indent}{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align:center"><img src="{b.src}" alt=""></p>')
            cap = esc(b.text) + (esc(b.credit) if b.credit else "")
            if cap:
                out.append(f'<p style="text-align:center">{cap}</p>')
    flush()
    return "\n".join(out)


def quotes(rng) -> str:  # type: ignore[no-untyped-def]
    return "".join(
        f'<li><a href="/quote/{code}.html">{co}</a><span>{rng.uniform(8, 300):.2f}</span><span class="{"red" if rng.random() < 0.5 else "green"}">{rng.uniform(-5, 5):.2f}%</span></li>'
        for co, code in COMPANIES
    )


def indices(rng) -> str:  # type: ignore[no-untyped-def]
    return "".join(
        f'<li><a href="/zs/{k}.html">{n}</a><em>{rng.uniform(2000, 12000):.2f}</em><em>{rng.uniform(-2, 2):.2f}%</em></li>'
        for k, n in enumerate(["上证指数", "深证成指", "创业板指", "沪深300", "科创50", "北证50"])
    )


def nav() -> str:
    return "".join(
        f'<li><a href="{u}">{t}</a></li>'
        for u, t in [
            ("/", "首页"),
            (LISTS["stcn"], "e公司"),
            (LISTS["em"], "财经"),
            (LISTS["cs"], "中证网"),
            (LISTS["cls"], "电报"),
            (LISTS["sina"], "新浪财经"),
            ("/guba/list.html", "股吧"),
            ("/data/center.html", "数据中心"),
            ("/zt/ndbg2024/index.html", "专题"),
            ("/search?keyword=回购", "搜索"),
            ("/about/index.html", "关于我们"),
        ]
    )


def shell(
    site: Site64,
    a: Art,
    title: str,
    main: str,
    side: str,
    charset: str = "utf-8",
    extra_head: str = "",
) -> str:
    rng = page_rng(site.seed, "shell" + a.path)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<meta name="keywords" content="{esc(a.x["ctx"]["co"])},{esc(a.x["ctx"]["sector"])}">
<meta name="description" content="{esc(trunc(a.body, 90))}">
{extra_head}
<style>{css(rng, a.tpl, 340)}</style>
<script>{filler_js(rng, "lib-" + a.tpl, 50)}</script>
<script>{stats_js("s64" + a.tpl)}</script>
</head>
<body>
<div class="topbar"><ul class="nav">{nav()}</ul></div>
<div class="quote-bar"><ul>{indices(rng)}</ul></div>
<div class="wrap clearfix"><div class="main">{main}</div><div class="side">{side}</div></div>
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">免责声明</a></p><p>Copyright &copy; {a.when.year} All Rights Reserved　增值电信业务经营许可证 000000　投资有风险，入市需谨慎</p></div>
</body>
</html>
"""


# --- 1. 证券时报·e公司 ----------------------------------------------------------------------
def stcn_page(site: Site64, a: Art) -> tuple[bytes, str]:
    nm, style = a.x["nm"], a.x["style"]
    byline = {"one": f"证券时报记者 {nm[0]}", "two": f"证券时报·e公司记者 {nm[0]} {nm[2]}"}.get(
        style, ""
    )
    by = f'<p class="byline">{esc(byline)}</p>\n' if byline else ""
    who = " ".join(a.authors)
    span = f"<span>作者：{esc(who)}</span>" if who else ""
    info = f'<div class="detail-info"><span>来源：证券时报·e公司</span>{span}<span>{a.when:%Y-%m-%d %H:%M}</span></div>'
    if a.x["old"]:
        info = f'<div class="info">{a.when:%Y-%m-%d %H:%M}　来源：证券时报网{"　作者：" + esc(who) if who else ""}</div>'
    main = f"""<div class="crumbs"><a href="/">首页</a> &gt; <a href="{LISTS["stcn"]}">公司</a> &gt; 正文</div>
<div class="detail"><h2 class="detail-title">{esc(a.title)}</h2>
{info}
<div class="detail-content">
{by}{body_html(a.blocks)}
</div>
<div class="detail-editor"><p>责任编辑：{esc(a.editors[0])}</p><p>校对：{esc(nm[4])}</p></div>
<div class="social-bar">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></div>
<div class="statement">版权声明：证券时报各平台所刊登内容，均为证券时报社版权所有，未经书面授权，不得转载。</div>
</div>
{rel(site, a, "相关阅读", "related-news")}"""
    side = f'<div class="box"><h3>热点排行</h3><ol>{hot(site, a, "hot")}</ol></div><div class="box"><h3>e公司官微</h3><img src="/static/qr.png" alt="e公司官微"></div><div class="box"><h3>快讯</h3><ul>{"".join(li(b) for b in site.of("cls")[:8])}</ul></div>'
    return served(shell(site, a, f"{esc(a.title)}_证券时报网", main, side))


# --- 2. 东方财富网 财经 ------------------------------------------------------------------------
def em_page(site: Site64, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    style, ctx = a.x["style"], a.x["ctx"]
    src = rng.choice(["证券时报网", "上海证券报", "中国基金报", "东方财富研究中心"])
    au = (
        f'<div class="author">作者：{esc(" ".join(a.authors))}</div>'
        if style in ("author", "two")
        else ""
    )
    ed = f'<div class="editor">（责任编辑：{esc(a.editors[0])}）</div>' if a.editors else ""
    comments = "".join(
        f'<div class="reply"><a class="user" href="/guba/user/{rng.randint(1000, 9999)}">股友{rng.randint(10000000, 99999999)}</a><p>{esc(t)}</p><span>{a.when:%m-%d} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}</span></div>'
        for t in rng.sample(
            [
                "明天还能涨吗",
                "主力在出货，小心",
                "拿住不动，长线看好",
                "利好出尽是利空",
                "这公司基本面不错",
                "又是割韭菜的节奏",
                "满仓干了",
                "等回调再上车",
            ],
            6,
        )
    )
    main = f"""<div class="crumbs"><a href="/">东方财富网</a> &gt; <a href="{LISTS["em"]}">财经频道</a> &gt; 正文</div>
<div class="newsContent"><h1>{esc(a.title)}</h1>
<div class="infos"><div class="item">{a.when:%Y年%m月%d日 %H:%M:%S}</div>{au}<div class="source">来源：<a href="javascript:;">{src}</a></div><div class="em_comment"><a href="/guba/list.html">{rng.randint(3, 400)}评论</a></div></div>
<div class="stockwidget"><a href="/quote/{ctx["code"]}.html">{esc(ctx["co"])}</a><span class="price">{ctx["price"]}</span><span>{ctx["pct"]}%</span><a href="/guba/list.html">股吧</a><a href="/data/center.html">资金流</a></div>
<div class="abstract"><span>摘要</span>【{esc(a.title)}】{esc(trunc(a.paras[0], 60))}</div>
<div id="ContentBody" class="txtinfos">
{body_html(a.blocks, "　　")}
<p class="em_media">（文章来源：{src}）</p>
</div>
{ed}
<div class="riskTip"><b>风险提示：</b>东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。东方财富网不保证该信息（包括但不限于文字、视频、音频、数据及图表）全部或者部分内容的准确性、真实性、完整性、有效性、及时性、原创性等。相关信息并未经过本网站证实，不对您构成任何投资建议，据此操作，风险自担。</div>
</div>
{rel(site, a, "相关资讯", "relatednews")}
<div class="gubaComment"><h3>股吧热议</h3>{comments}<a href="/guba/list.html">查看全部评论</a></div>"""
    side = f'<div class="box"><h3>自选股</h3><ul class="quotes">{quotes(rng)}</ul></div><div class="box"><h3>24小时点击排行</h3><ol>{hot(site, a, "rank")}</ol></div><div class="box"><h3>财经导读</h3><ul>{"".join(li(b) for b in site.of("sina")[:6])}</ul></div>'
    return served(shell(site, a, f"{esc(a.title)}_{src}_东方财富网", main, side))


# --- 3. 中国证券报·中证网 (2019 pages in GBK) -----------------------------------------------------
def cs_page(site: Site64, a: Art) -> tuple[bytes, str]:
    old, style = a.x["old"], a.x["style"]
    author = "中证网" if style == "desk" else " ".join(a.authors)
    au = f"<em>作者：{esc(author)}</em>" if author else ""
    if old:
        main = f"""<table width="100%" class="location"><tr><td>您当前的位置：<a href="/">首页</a> &gt; <a href="{LISTS["cs"]}">公司新闻</a></td></tr></table>
<table width="100%" class="article"><tr><td class="title" align="center"><h1>{esc(a.title)}</h1></td></tr>
<tr><td class="info" align="center"><em>{a.when:%Y-%m-%d %H:%M}</em><em>来源：中国证券报·中证网</em>{au}</td></tr>
<tr><td class="article-t"><div class="Custom_UnionStyle">
{body_html(a.blocks, "　　")}
</div></td></tr><tr><td align="right" class="editor">责任编辑：{esc(a.editors[0])}</td></tr></table>
<div class="statement">中国证券报·中证网声明：凡本网站注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。</div>
{rel(site, a, "相关新闻", "xgxw")}"""
        charset = "gbk"
    else:
        main = f"""<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="{LISTS["cs"]}">上市公司</a> &gt; <a href="{LISTS["cs"]}">公司新闻</a></div>
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info"><em>{a.when:%Y-%m-%d %H:%M}</em><em>来源：中国证券报·中证网</em>{au}<span class="fontsize">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>
<section class="article-t"><div class="TRS_Editor">
{body_html(a.blocks)}
</div></section>
<div class="editor">责任编辑：{esc(a.editors[0])}</div>
<div class="statement">中国证券报·中证网声明：凡本网站注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。</div>
</div>
{rel(site, a, "相关新闻", "xgxw")}"""
        charset = "utf-8"
    pics = "".join(
        f'<li><a href="{LISTS["cs"]}"><img src="/img/tp{k}.jpg"><p>{s}板块观察</p></a></li>'
        for k, s in enumerate(SECTORS[:4])
    )
    side = f'<div class="box"><h3>排行榜</h3><ol>{hot(site, a, "phb")}</ol></div><div class="box"><h3>中证快讯</h3><ul>{"".join(li(b) for b in site.of("cs")[:7] if b is not a)}</ul></div><div class="box"><h3>图片新闻</h3><ul>{pics}</ul></div>'
    return served(
        shell(site, a, f"{esc(a.title)}-中证网", main, side, charset), charset, header=not old
    )


# --- 4. 财联社 电报 ---------------------------------------------------------------------------
def cls_page(site: Site64, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    paras = "".join(f"<p>{esc(b.text)}</p>" for b in a.blocks)
    stocks = "".join(
        f'<a class="stock" href="/stock?code={code}">{co}<span>{rng.uniform(-5, 10):.2f}%</span></a>'
        for co, code in rng.sample(COMPANIES, 3)
    )
    feed = "".join(
        f'<div class="telegraph-item"><span class="time">{b.when:%H:%M:%S}</span><a href="{b.path}">【{esc(b.title)}】</a><p>{esc(trunc(b.body, 70))}</p></div>'
        for b in site.of("cls")
        if b is not a
    )
    main = f"""<div class="detail-header"><a href="{LISTS["cls"]}">电报</a></div>
<div class="detail-telegraph">
<div class="detail-telegraph-time">{a.when:%Y-%m-%d %H:%M:%S} 星期{"一二三四五六日"[a.when.weekday()]}</div>
<div class="detail-telegraph-content">{paras}</div>
<div class="detail-telegraph-stock">{stocks}</div>
<div class="detail-telegraph-tools"><a href="javascript:;">分享</a><a href="javascript:;">收藏</a><span>阅 {rng.randint(1, 90)}.{rng.randint(0, 9)}W</span></div>
</div>
<div class="telegraph-more"><h3>最新电报</h3>{feed}</div>"""
    topics = "".join(f'<li><a href="/subject/{k}">#{s}#</a></li>' for k, s in enumerate(SECTORS))
    side = f'<div class="box"><h3>热门文章</h3><ol>{hot(site, a, "hotart")}</ol></div><div class="box"><h3>财联社APP</h3><p>下载财联社APP，获取更多资讯</p></div><div class="box"><h3>热门话题</h3><ul>{topics}</ul></div>'
    return served(shell(site, a, f"{esc(a.title)}_财联社", main, side))


# --- 5. 新浪财经 ------------------------------------------------------------------------------
def sina_page(site: Site64, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, style = a.x["nm"], a.x["style"]
    src = {"byline": "中国经营报"}.get(style, rng.choice(["证券时报", "中国基金报", "上海证券报"]))
    by = f"<p>中国经营报记者 {esc(nm[0])} 北京报道</p>\n" if style == "byline" else ""
    au = f'<span class="author">作者：{esc(nm[0])}</span>' if style == "author" else ""
    date = f"{a.when:%Y年%m月%d日 %H:%M}"
    main = f"""<div class="path"><a href="/">新浪财经</a> &gt; <a href="{LISTS["sina"]}">滚动新闻</a> &gt; 正文</div>
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{date}</span><a class="source" href="javascript:;">{src}</a>{au}</div><div class="tools"><a href="javascript:;">评论</a><a href="javascript:;">大</a><a href="javascript:;">小</a></div></div>
<div class="appendQr_wrap"><p>新浪财经APP</p></div>
<div class="article" id="artibody">
{by}{body_html(a.blocks, "　　")}
<p class="article-editor">责任编辑：{esc(a.editors[0])}</p>
</div>
<div class="article-bottom"><p class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</p></div>
{rel(site, a, "相关阅读", "related-news")}
<div class="blk-comment"><h3>我要评论</h3><textarea></textarea><a href="javascript:;">发布</a></div>"""
    side = f'<div class="box"><h3>7X24小时</h3><ul>{"".join(li(b, "%H:%M") for b in site.of("cls")[:10])}</ul></div><div class="box"><h3>新浪财经排行</h3><ol>{hot(site, a, "sinahot")}</ol></div><div class="box"><h3>行情</h3><ul>{quotes(rng)}</ul></div>'
    return served(
        shell(site, a, f"{esc(a.title)}|{esc(a.x['ctx']['sector'])}_新浪财经_新浪网", main, side)
    )


PAGES = {"stcn": stcn_page, "em": em_page, "cs": cs_page, "cls": cls_page, "sina": sina_page}


def register(site: Site64) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: PAGES[a.tpl](site, a))
