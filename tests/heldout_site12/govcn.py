"""中国政府网-style pages. Policy pages (``/zhengce/content/202405/content_N.htm``): no headline
element, the 信息公开 table (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期 — the
成文日期 days before the 发布日期, the page printing days only while ``firstpublishedtime`` carries
seconds), the document in ``div.pages_content#UCAP-CONTENT`` (发文字号 centred, 主送 line, 一、二、
sections, the 落款 and 成文日期 right-aligned, （此件公开发布）: the document's text, kept in the
body's truth), 责任编辑 below, 相关报道. News pages
(``/yaowen/liebiao/202405/content_N.htm``): ``h1#ti``, ``div.pages-date`` with the minute and
来源：新华社 【字体：大 中 小】【打印】, 新华社北京5月8日电（记者 X、Y） in the first paragraph or
本报记者 X on a line of its own and 《人民日报》（…01版） at the end (人民日报 reposts), 相关稿件, and
the 最新/政策解读 sidebars. Listings ``/yaowen/liebiao/home.htm`` with ``home_1.htm``, the
policy list and the 政策文件库 search page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site12

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("新闻", "/yaowen/liebiao/home.htm"),
    ("专题", "/zhuanti/2024/ljlq/index.htm"),
    ("政策", "/zhengce/zuixin/home.htm"),
    ("互动", "/hudong/"),
    ("服务", "/fuwu/"),
    ("数据", "/shuju/"),
    ("国情", "/guoqing/"),
    ("国务院", "/guowuyuan/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="format-detection" content="telephone=no" />
<title>{esc(title)}</title>
{metas}
<link href="/images/gov_2023.css" rel="stylesheet" />
<style type="text/css">
{css(rng, "gov", 360)}
</style>
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/js/share.js"></script>
</head>
<body>
<div class="header"><div class="header_top"><div class="w1100"><a href="/" class="logo"><img src="/images/logo.png" alt="中国政府网" /></a>
<div class="header_toplink"><a href="http://english.www.gov.example/">English</a> | <a href="/wza/">无障碍</a> | <a href="/app/">APP</a> | <a href="/about/contact.html">联系我们</a></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="searchWord" placeholder="请输入关键词" /><button type="submit">搜索</button></form></div></div></div>
<div class="header_nav"><div class="w1100"><ul>{nav}</ul></div></div></div>
"""


def _foot(rng: Any) -> str:
    return f"""<div class="footer"><div class="w1100"><div class="footer_link"><a href="/about/contact.html">网站说明</a><a href="/about/contact.html">网站地图</a><a href="/about/contact.html">联系我们</a><a href="/about/contact.html">网站纠错</a></div>
<p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
<p><a href="https://beian.miit.example/">京ICP备05070218号</a>　<img src="/images/police.png" />京公网安备11010202000001号</p>
<p>网站标识码bm01000001</p></div></div>
<script type="text/javascript">
var _trackDataType = 'web';
var _trackData = _trackData || [];
window._pageId = '{rng.randint(10**8, 10**9)}';
</script>
<script type="text/javascript" src="/js/ucap.js" id="_trs_ta_js"></script>
</body>
</html>"""


def _sidebar(site: Site12, a: Art, rng: Any) -> str:
    latest = others(rng, site.of("govcn"), a, 6)
    jd = others(rng, site.arts, a, 6)
    li1 = "".join(f'<li><a href="{o.path}" target="_blank">{esc(o.title)}</a></li>' for o in latest)
    li2 = "".join(
        f'<li><a href="{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a><span>{o.when:%m-%d}</span></li>'
        for o in jd
    )
    return f"""<div class="sidebar">
<div class="side_box"><div class="side_tit"><h3>最新</h3><a href="/yaowen/liebiao/home.htm" class="more">更多</a></div><ul class="list01">{li1}</ul></div>
<div class="side_box"><div class="side_tit"><h3>政策解读</h3><a href="/zhengce/zuixin/home.htm" class="more">更多</a></div><ul class="list02">{li2}</ul></div>
<div class="side_box app"><img src="/images/app_qr.png" alt="" /><p>中国政府网APP</p><p>国务院客户端小程序</p></div>
</div>"""


def _related(site: Site12, a: Art, label: str) -> str:
    if not a.related:
        return ""
    lis = "".join(
        f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a><span class="date">{site.by_path[p].when:%Y-%m-%d}</span></li>'
        for p in a.related
    )
    return (
        f'<div class="related"><div class="related_tit"><h3>{label}</h3></div><ul>{lis}</ul></div>'
    )


def _share() -> str:
    return '<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>'


def policy(site: Site12, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w, x = a.when, a.x
    wr = x["written"]
    metas = "\n".join(
        [
            '<meta name="keywords" content="国务院文件,国务院办公厅文件,政策" />',
            f'<meta name="description" content="{esc(a.title)}" />',
            f'<meta name="firstpublishedtime" content="{w:%Y-%m-%d-%H:%M:%S}" />',
            f'<meta name="lastmodifiedtime" content="{w:%Y-%m-%d-%H:%M:%S}" />',
            '<meta name="catalogs" content="7310" />',
            f'<meta name="contentid" content="{a.path.rsplit("_", 1)[1][:-4]}" />',
            f'<meta name="publishdate" content="{w:%Y-%m-%d}" />',
            f'<meta name="author" content="{x["issuer"]}" />',
            f'<meta name="source" content="{x["issuer"]}" />',
            '<meta name="others" content="页面生成时间 2024-05-31 10:23:46" />',
        ]
    )
    head = _head(f"{a.title}_国务院文件_中国政府网", metas, rng)
    body = [f'<p style="text-align: center;">{x["docno"]}</p>']
    sign = f'<p style="text-align: right;">{x["issuer"]}</p><p style="text-align: right;">{wr.year}年{wr.month}月{wr.day}日</p>'
    for b in a.blocks:
        if b.kind == "sign":
            body.append(sign)
        elif b.kind == "h":
            style = "text-align: center;" if b.text.endswith("方案") else "text-indent: 2em;"
            body.append(f'<p style="{style}"><strong>{esc(b.text)}</strong></p>')
        else:
            body.append(f'<p style="text-indent: 2em;">{esc(b.text)}</p>')
    table = f"""<div class="policyLibraryOverview_header"><table class="bd1" cellspacing="1" cellpadding="8" width="100%" border="0">
<tbody>
<tr><td class="w123" nowrap="nowrap"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td class="w340">{x["index"]}</td><td class="w123" nowrap="nowrap"><b>主题分类：</b></td><td>{esc(x["theme"])}</td></tr>
<tr><td nowrap="nowrap"><b>发文机关：</b></td><td>{x["issuer"]}</td><td nowrap="nowrap"><b>成文日期：</b></td><td>{wr.year}年{wr.month:02d}月{wr.day:02d}日</td></tr>
<tr><td nowrap="nowrap"><b>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</b></td><td colspan="3">{esc(a.title)}</td></tr>
<tr><td nowrap="nowrap"><b>发文字号：</b></td><td>{x["docno"]}</td><td nowrap="nowrap"><b>发布日期：</b></td><td>{w.year}年{w.month:02d}月{w.day:02d}日</td></tr>
</tbody></table></div>"""
    page = (
        head
        + f"""<div class="w1100 main">
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/zuixin/home.htm">政策</a> &gt; <a href="/zhengce/zuixin/home.htm">国务院文件</a> &gt; <a href="/zhengce/zuixin/home.htm">国务院办公厅文件</a></div>
<div class="article oneColumn pub_border">
{table}
<div class="pages_content mhide" id="UCAP-CONTENT">
{"".join(body)}
</div>
<div class="editor">【我要纠错】 责任编辑：{esc(a.editors[0])}</div>
{_share()}
{_related(site, a, "相关报道")}
</div>
{_sidebar(site, a, rng)}
</div>
"""
        + _foot(rng)
    )
    return encode(page, "utf-8"), CT


def news(site: Site12, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w, x = a.when, a.x
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title[:10])}" />',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 100))}" />',
            f'<meta name="firstpublishedtime" content="{w:%Y-%m-%d-%H:%M:%S}" />',
            f'<meta name="lastmodifiedtime" content="{w:%Y-%m-%d-%H:%M:%S}" />',
            '<meta name="catalogs" content="01" />',
            f'<meta name="contentid" content="{a.path.rsplit("_", 1)[1][:-4]}" />',
            f'<meta name="publishdate" content="{w:%Y-%m-%d}" />',
            f'<meta name="author" content="{x["source"]}" />',
            f'<meta name="source" content="{x["source"]}" />',
        ]
    )
    head = _head(f"{a.title}_滚动新闻_中国政府网", metas, rng)
    body = []
    if x["style"] == "rmrb":
        body.append(f'<p style="text-indent: 2em;">本报记者　{a.authors[0]}</p>')
    for b in a.blocks:
        if b.kind == "p":
            body.append(f'<p style="text-indent: 2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            body.append(f'<p style="text-indent: 2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            body.append(f'<p style="text-align: center;"><img src="{b.src}" alt="" /></p>')
            cap = esc(b.text) + (f"（{b.credit}）" if b.credit else "")
            body.append(f'<p style="text-indent: 2em; text-align: center;">{cap}</p>')
    if x["style"] == "rmrb":
        body.append(
            f'<p style="text-indent: 2em;">《 人民日报 》（ {w:%Y年%m月%d日} {x["page"]} 版）</p>'
        )
    page = (
        head
        + f"""<div class="w1100 main">
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/yaowen/liebiao/home.htm">新闻</a> &gt; <a href="/yaowen/liebiao/home.htm">要闻</a></div>
<div class="article oneColumn pub_border">
<h1 id="ti">{esc(a.title)}</h1>
<div class="pages-date">{w:%Y-%m-%d %H:%M}　　来源：{x["source"]}
<span class="font">【字体：<span class="big">大</span> <span class="middle">中</span> <span class="small">小</span>】</span><span class="print"><a href="javascript:window.print();">【打印】</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{"".join(body)}
</div>
<div class="editor">【我要纠错】 责任编辑：{esc(a.editors[0])}</div>
{_share()}
{_related(site, a, "相关稿件")}
</div>
{_sidebar(site, a, rng)}
</div>
"""
        + _foot(rng)
    )
    return encode(page, "utf-8"), CT


def listing(site: Site12, which: str, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"gov-{which}-{n}")
    kind = "news" if which == "yaowen" else "policy"
    arts = sorted((a for a in site.of("govcn") if a.x["kind"] == kind), key=lambda a: a.when)[::-1]
    if which == "yaowen":
        arts = arts + sorted(site.arts, key=lambda a: a.when)[::-1][:14]
        part = arts[:10] if n == 0 else arts[10:]
        base = "/yaowen/liebiao/home"
        label = "要闻"
    else:
        part = arts
        base = "/zhengce/zuixin/home"
        label = "最新政策"
    lis = "".join(
        f'<li><h4><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="date">{a.when:%Y-%m-%d}</span></h4></li>'
        for a in part
    )
    pager = (
        f'<div class="page"><span class="cur">1</span><a href="{base}_1.htm">2</a><a href="{base}_1.htm">下一页</a><span>共2页</span></div>'
        if which == "yaowen" and n == 0
        else f'<div class="page"><a href="{base}.htm">上一页</a><a href="{base}.htm">1</a><span class="cur">2</span></div>'
        if which == "yaowen"
        else ""
    )
    page = (
        _head(f"{label}_中国政府网", '<meta name="catalogs" content="01" />', rng)
        + f'<div class="w1100 main"><div class="BreadcrumbNav"><a href="/">首页</a> &gt; {label}</div><div class="list list_1 list_2"><ul>{lis}</ul>{pager}</div></div>'
        + _foot(rng)
    )
    return encode(page, "utf-8"), CT


def policy_search(site: Site12) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "gov-zck")
    hits = [a for a in site.of("govcn") if a.x["kind"] == "policy"]
    rows = "".join(
        f'<tr><td>{k}</td><td class="info"><a href="{a.path}" target="_blank">{esc(a.title)}</a></td><td>{a.x["docno"]}</td><td>{a.x["written"]:%Y-%m-%d}</td><td>{a.when:%Y-%m-%d}</td></tr>'
        for k, a in enumerate(hits, 1)
    )
    page = (
        _head("国务院政策文件库_中国政府网", "", rng)
        + f"""<div class="w1100 main"><div class="zck_search"><form action="/zhengce/zhengceku/search" method="get"><input name="q" value="" /><button>检索</button></form>
<p>共找到 {len(hits)} 条结果</p><table class="dataList"><tr><th>序号</th><th>标题</th><th>发文字号</th><th>成文日期</th><th>发布日期</th></tr>{rows}</table></div></div>"""
        + _foot(rng)
    )
    return encode(page, "utf-8"), CT


def register(site: Site12) -> None:
    for a in site.of("govcn"):
        fn = policy if a.x["kind"] == "policy" else news
        site.route(a.path, lambda a=a, fn=fn: fn(site, a))  # type: ignore[misc]
    site.route("/yaowen/liebiao/home.htm", lambda: listing(site, "yaowen", 0))
    site.route("/yaowen/liebiao/home_1.htm", lambda: listing(site, "yaowen", 1))
    site.route("/zhengce/zuixin/home.htm", lambda: listing(site, "zuixin", 0))
    site.route("/zhengce/zhengceku/search?q=&t=zhengcelibrary", lambda: policy_search(site))
