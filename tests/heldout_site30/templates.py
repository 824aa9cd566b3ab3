"""Site 30's article pages: 东方财富网, 证券时报网 (new detail pages and 2021 TRS pages), 新浪财经,
和讯网 (GB2312, a 2019 layout) and 中国证券报·中证网 (2019 pages in GBK)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .pools import TOPICS

if TYPE_CHECKING:
    from .generator import Site30

LISTS = {
    "em": ["/a/czqyw.html", "/a/czqyw_2.html"],
    "stcn": ["/article/list/yw.html", "/article/list/yw.html?page=2"],
    "sina": ["/roll/index.d.html?cid=56588", "/roll/index.d.html?cid=56588&page=2"],
    "hexun": ["/gsxw/index.html", "/gsxw/index-1877.html"],
    "cs": ["/ssgs/gsxw/index.html", "/ssgs/gsxw/index_1.html"],
}
LABELS = {
    "em": "东方财富网",
    "stcn": "证券时报网",
    "sina": "新浪财经",
    "hexun": "和讯网",
    "cs": "中证网",
}
SECTIONS = {
    "/a/cgspl.html": ("em", "股市评论"),
    "/a/cssgs.html": ("em", "上市公司"),
    "/article/list/kx.html": ("stcn", "快讯"),
    "/article/list/gs.html": ("stcn", "公司"),
    "/stock/": ("sina", "股票"),
    "/fund/": ("sina", "基金"),
    "/bank/index.html": ("hexun", "银行"),
    "/futures/index.html": ("hexun", "期货"),
    "/xwzx/hg/index.html": ("cs", "宏观"),
    "/gppd/gsyj/index.html": ("cs", "公司研究"),
}
TAGS = {f"/tag/{k}.html": t for k, t in enumerate(TOPICS["sina"])}
ZT = "/zt/2024nb/index.html"


def related(site: Site30, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site30, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a
        and b.path not in a.related
        and (b.tpl == a.tpl or not same)
        and not b.x.get("old")
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(
    a: Art, para: Callable[[str], str], head: Callable[[str], str], img: Callable[[Block], str]
) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "", n: int = 28) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f"<span>{b.when:{fmt}}</span>" if fmt else "")
        + "</li>"
        for b in arts
    )


def rank(arts: list[Art]) -> str:
    return "".join(
        f'<li><i class="num n{k}">{k}</i><a href="{b.path}" target="_blank">{esc(trunc(b.title, 22))}</a></li>'
        for k, b in enumerate(arts, 1)
    )


def pics(arts: list[Art], root: str) -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="{root}{zlib.crc32(b.path.encode()) % 10**8:08d}.jpg" alt="{esc(b.title)}"></a><p><a href="{b.path}" target="_blank">{esc(trunc(b.title, 14))}</a></p></li>'
        for b in arts
    )


def menu(items: list[str], roots: list[str]) -> str:
    return "".join(
        f'<a href="{roots[k % len(roots)]}" target="_blank">{n}</a>' for k, n in enumerate(items)
    )


def ext_links(items: list[str], host: str) -> str:
    return "".join(
        f'<a href="https://{k}.{host}/" target="_blank">{n}</a>' for k, n in enumerate(items)
    )


def quote_ticker(rng_key: int) -> str:
    idx = [
        ("上证指数", "3128.48"),
        ("深证成指", "9750.55"),
        ("创业板指", "1873.42"),
        ("沪深300", "3654.22"),
        ("恒生指数", "18479.37"),
    ]
    return "".join(
        f'<li><span class="name">{n}</span><span class="price">{v}</span><span class="{("red" if (rng_key >> k) & 1 else "green")}">{("+" if (rng_key >> k) & 1 else "-")}{(rng_key >> (k * 3)) % 200 / 100:.2f}%</span></li>'
        for k, (n, v) in enumerate(idx)
    )


def _html(page: str, charset: str = "utf-8", header: str | None = None) -> tuple[bytes, str]:
    return encode(page, charset), f"text/html; charset={header or charset}"


def author_path(name: str) -> str:
    return f"/author/{zlib.crc32(name.encode()) % 900000 + 100000}.html"


# --- 1. 东方财富网 finance.eastmoney.com --------------------------------------------------------

EM_NAV = [
    "首页",
    "财经",
    "股票",
    "新股",
    "期指",
    "期权",
    "行情",
    "数据",
    "全球",
    "美股",
    "港股",
    "期货",
    "外汇",
    "银行",
    "基金",
    "理财",
    "保险",
    "债券",
    "视频",
    "股吧",
    "基金吧",
    "博客",
    "财富号",
    "搜索",
]
EM_SUB = [
    "财经首页",
    "焦点",
    "国内经济",
    "国际经济",
    "证券要闻",
    "股市评论",
    "上市公司",
    "产经新闻",
    "经济数据",
    "商业资讯",
    "人物",
    "专栏",
]
STOCK_RE = re.compile(r"\$([^$()]+)\((S[HZ])(\d{6})\)\$")


def em_stock(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        mk = "1" if m.group(2) == "SH" else "0"
        return f'<span id="stock_{mk}.{m.group(3)}"><a href="https://quote.eastmoney.com/unify/r/{mk}.{m.group(3)}" class="keytip" data-code="{m.group(3)},{mk}">{esc(m.group(0))}</a></span><span id="quote_{mk}.{m.group(3)}"></span>'

    out, last = [], 0
    for m in STOCK_RE.finditer(text):
        out.append(esc(text[last : m.start()]))
        out.append(sub(m))
        last = m.end()
    out.append(esc(text[last:]))
    return "".join(out)


def em(site: Site30, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]

    def img(b: Block) -> str:
        cap = (
            f'<p class="pictext" style="text-align:center">{esc(b.text)}{esc(b.credit)}</p>'
            if b.text
            else ""
        )
        return f'<center><img src="{b.src}" width="578" alt="" style="max-width:100%;" /></center>{cap}'

    body = body_html(
        a,
        lambda t: f"<p>　　{em_stock(t)}</p>",
        lambda t: f"<p>　　<strong>{esc(t)}</strong></p>",
        img,
    )
    if style == "ytb":
        body = f"<p>　　原标题：{esc(x['orig'])}</p>\n" + body
    if style == "jz":
        body = f"<p>　　上海证券报记者 {nm[0]}</p>\n" + body
    if style == "yanbao":
        body += f"\n<p>　　风险提示：宏观经济下行风险；行业竞争加剧风险；{esc(x['ctx']['stock'])}业绩不及预期风险。</p>"
    media = (
        f'<p class="em_media">（文章来源：{esc(x["source"])}）</p>'
        if style not in ("unit",)
        else ""
    )
    author = {
        "zz": nm[0],
        "zz2": f"{nm[0]} {nm[1]}",
        "yanbao": f"{nm[0]}、{nm[1]}",
        "ytb": nm[0],
        "unit": x["unit"],
        "wire": nm[0],
    }.get(style, "")
    infos = f'<div class="item">{a.when:%Y年%m月%d日 %H:%M}</div><div class="item">来源：<a href="https://www.eastmoney.com/" target="_blank" rel="nofollow">{esc(x["source"])}</a></div>'
    if author:
        infos += f'<div class="item">作者：{esc(author)}</div>'
    infos += f'<div class="item"><a href="#comment_all_div" class="cNumShow">评论</a><span class="num">{rng.randint(2, 400)}</span></div>'
    abstract = ""
    if rng.random() < 0.5:
        first = a.paras[0]
        abstract = f'<div class="abstract"><div class="b-review">摘要</div><div class="txt">【{esc(trunc(a.title, 30))}】{esc(trunc(first, 60))}</div></div>'
    edit = f'<div class="res-edit">责任编辑：{esc(a.editors[0])}</div>' if a.editors else ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xgyd"><div class="hd"><span>相关阅读</span></div><ul class="list">{lis(rel, "%m-%d %H:%M", 40)}</ul></div>'
        if rel
        else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>{esc(a.title)}_东方财富网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["stock"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 100))}" />
<meta property="og:type" content="article" /><meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="https://finance.eastmoney.com{a.path}" />
<meta name="mobile-agent" content="format=html5;url=https://wap.eastmoney.com{a.path}" />
<link rel="stylesheet" href="https://g1.dfcfw.com/g4/201912/20191211164237.css" />
<style>{css(rng, "em", 330)}</style>
<script>{filler_js(rng, "emcommon", 60)}</script>
<script>var articleId = "{x["aid"]}"; var articleType = "{1 if style != "yanbao" else 5}"; var showtime = "{a.when:%Y-%m-%d %H:%M:%S}";</script>
<script>{stats_js("eastmoney")}</script>
</head>
<body>
<div class="em_topbar"><div class="w1200"><a href="/">东方财富网首页</a> <a href="https://passport.eastmoney.com/" rel="nofollow">登录</a> <a href="https://passport.eastmoney.com/" rel="nofollow">注册</a> <a href="/search.html?keyword=">搜索</a></div></div>
<div class="em_nav w1200"><a class="logo" href="/"><img src="https://g1.dfcfw.com/g1/special/logo.png" alt="东方财富网" /></a>{menu(EM_NAV, [LISTS["em"][0], "/a/cgspl.html", "/a/cssgs.html"])}</div>
<div class="quote_bar w1200"><ul>{quote_ticker(zlib.crc32(a.path.encode()))}</ul></div>
<div class="subnav w1200">{menu(EM_SUB, [LISTS["em"][0], "/a/cgspl.html", "/a/cssgs.html"])}</div>
<div class="mainFrame w1200">
<div class="contentwrap">
<div class="main_left" id="topbox">
<div class="crumbs"><a href="/">财经频道</a> &gt; <a href="{LISTS["em"][0]}">证券要闻</a> &gt; 正文</div>
<div class="newsContent">
<div class="title">{esc(a.title)}</div>
<div class="infos">{infos}</div>
<div class="social_bar"><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="collect" href="javascript:;">收藏</a><a class="font" href="javascript:;">字号</a></div>
{abstract}
<div class="txtinfos" id="ContentBody">
{body}
{media}
</div>
{edit}
<div class="declare">郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。</div>
<div class="report"><a href="javascript:;">举报</a></div>
<div class="appdown"><img src="https://g1.dfcfw.com/g3/appqr.png" /><p>东方财富APP</p><p>扫码下载，随时随地看行情资讯</p></div>
</div>
{rel_html}
<div class="gbhot"><div class="hd"><span>股吧热帖</span></div><ul>{lis(others(site, a, 6, "gb", same=False), "", 26)}</ul></div>
<div class="comment" id="comment_all_div"><div class="hd">评论</div><textarea placeholder="文明发言，理性互动"></textarea><button>发表评论</button><p class="tip">暂无评论</p></div>
</div>
<div class="main_right">
<div class="box"><div class="hd">24小时点击排行</div><ul class="rank">{rank(others(site, a, 10, "rank", same=False))}</ul></div>
<div class="box"><div class="hd">热门推荐</div><ul>{lis(others(site, a, 6, "rec"), "", 22)}</ul></div>
<div class="box"><div class="hd">财富号</div><ul><li><a href="/a/cgspl.html">股市评论</a></li><li><a href="/a/cssgs.html">上市公司</a></li></ul></div>
<div class="adbox"><span class="adlabel">广告</span><img src="https://g1.dfcfw.com/ad/300x250_{rng.randint(1, 9)}.jpg" /></div>
</div>
</div>
</div>
<div class="em_footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">广告服务</a> | <a href="/about.html">免责声明</a></p>
<p>郑重声明：本网站所刊载的所有资料及图表仅供参考使用。投资者依据本网站提供的信息、资料及图表进行金融、证券等投资所造成的盈亏与本网站无关。</p>
<p>东方财富网 版权所有 沪ICP证：沪B2-20070217 网站备案号：沪ICP备05006054号-11 沪公网安备 31010402000120号</p></div>
</body>
</html>
"""
    return _html(page)


# --- 2. 证券时报网 stcn.com -----------------------------------------------------------------------

STCN_NAV = [
    "首页",
    "要闻",
    "快讯",
    "公司",
    "市场",
    "基金",
    "券商",
    "科创板",
    "数据",
    "评论",
    "专题",
    "e公司",
    "证券时报电子报",
    "人民财讯",
]


def stcn(site: Site30, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return stcn_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]

    def img(b: Block) -> str:
        cr = f'<p style="text-align:center;color:#999">{esc(b.credit)}</p>' if b.credit else ""
        cap = f'<p style="text-align:center">{esc(b.text)}</p>' if b.text else ""
        return f'<p style="text-align:center"><img src="{b.src}" /></p>{cr}{cap}'

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    line = {
        "jzline": f"证券时报记者 {nm[0]}",
        "jzline2": f"证券时报记者 {nm[0]} {nm[1]}",
        "egs_jz": f"证券时报·e公司记者 {nm[0]}",
    }.get(style, "")
    if line:
        body = f"<p>{line}</p>\n" + body
    author_name = {
        "zz": nm[0],
        "ekgs": nm[0],
        "jzline": nm[0],
        "jzline2": f"{nm[0]} {nm[1]}",
        "egs_jz": nm[0],
    }.get(style, x["unit"])
    author = ""
    if author_name:
        if a.authors and len(a.authors) == 1:
            author = (
                f'<span>作者：<a href="{author_path(a.authors[0])}">{esc(author_name)}</a></span>'
            )
        else:
            author = f"<span>作者：{esc(author_name)}</span>"
    ed = ""
    if a.editors or x["proof"]:
        ed = (
            '<div class="detail-editor">'
            + (f"<span>责任编辑： {esc(a.editors[0])} </span>" if a.editors else "")
            + (f"<span>校对： {esc(x['proof'])} </span>" if x["proof"] else "")
            + "</div>"
        )
    rel = related(site, a)
    rel_html = (
        f'<div class="detail-related"><div class="title">相关新闻</div><ul>{lis(rel, "%Y-%m-%d %H:%M", 40)}</ul></div>'
        if rel
        else ""
    )
    kx = "".join(
        f'<li><span class="time">{b.when:%H:%M}</span><a href="{b.path}">{esc(trunc(b.title, 30))}</a></li>'
        for b in others(site, a, 8, "kx")
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} | 证券时报网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 100))}">
<link rel="stylesheet" href="/public/css/common.css">
<style>{css(rng, "stcn", 300)}</style>
<script>{filler_js(rng, "stcn-app", 55)}</script>
<script>{stats_js("stcn")}</script>
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/public/images/logo.png" alt="证券时报网"></a><div class="nav">{menu(STCN_NAV, [LISTS["stcn"][0], "/article/list/kx.html", "/article/list/gs.html"])}</div><form class="search" action="/search.html"><input name="keyword"><button>搜索</button></form></div></div>
<div class="container detail-page">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="{LISTS["stcn"][0]}">要闻</a></div>
<div class="detail-left">
<div class="detail-title">{esc(a.title)}</div>
<div class="detail-info"><span>{esc(x["source"])}</span>{author}<span>{a.when:%Y-%m-%d %H:%M}</span></div>
<div class="detail-content-wrapper"><div class="detail-content">
{body}
</div></div>
{ed}
<div class="detail-share">分享：<a href="javascript:;" class="wechat">微信</a><a href="javascript:;" class="weibo">微博</a></div>
<div class="social-bar"><a href="javascript:;">点赞</a><a href="javascript:;">收藏</a></div>
<div class="detail-statement">声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</div>
<div class="detail-download"><img src="/public/images/app_qr.png"><p>下载证券时报APP</p><p>了解更多资讯</p></div>
{rel_html}
</div>
<div class="detail-right">
<div class="box"><div class="title">快讯</div><ul class="kuaixun">{kx}</ul><a href="/article/list/kx.html">更多</a></div>
<div class="box"><div class="title">24小时热榜</div><ul>{rank(others(site, a, 10, "hot", same=False))}</ul></div>
<div class="box"><div class="title">专题</div><ul><li><a href="{ZT}">2023年报季</a></li></ul></div>
</div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> <a href="/contact.html">联系我们</a> <a href="/about.html">版权声明</a></p><p>证券时报社版权所有，未经许可不得转载或镜像　粤ICP备09021398号　互联网新闻信息服务许可证：44120180008</p></div>
</body>
</html>
"""
    return _html(page)


def stcn_old(site: Site30, a: Art) -> tuple[bytes, str]:
    """The 2021 TRS pages of company.stcn.com: seconds in the info line, the byline in its own
    paragraph, 编辑 after the story."""
    rng = page_rng(site.seed, a.path)
    nm = a.x["nm"]

    def img(b: Block) -> str:
        cap = f'<p align="center">{esc(b.text)}</p>' if b.text else ""
        return f'<p align="center"><img src="{b.src}" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    hot = lis(others(site, a, 10, "oldhot", same=False), "", 20)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_公司新闻_证券时报网</title>
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<style>{css(rng, "stold", 320)}</style>
<script>{filler_js(rng, "stcn-old", 50)}</script>
</head>
<body>
<div class="top"><a href="/">证券时报网首页</a> | <a href="{LISTS["stcn"][0]}">要闻</a> | <a href="/article/list/gs.html">公司</a> | <a href="/article/list/kx.html">快讯</a></div>
<div class="box_left">
<div class="website">您的位置：<a href="/">证券时报网</a> &gt;&gt; <a href="/article/list/gs.html">公司新闻</a></div>
<div class="intal_tit"><h2>{esc(a.title)}</h2><div class="info">来源：证券时报网　作者：{nm[0]}　{a.when:%Y-%m-%d %H:%M:%S}</div></div>
<div class="txt_con">
<p>　　证券时报网讯，证券时报记者 {nm[0]}</p>
{body}
</div>
<div class="editor">编辑：{esc(a.editors[0])}</div>
<div class="copyright">版权声明：证券时报各平台所有原创内容，未经书面授权，任何单位及个人不得转载。</div>
</div>
<div class="box_right"><h3>热门文章</h3><ul>{hot}</ul></div>
<div class="footer">Copyright &copy; 2008-2021 证券时报社 版权所有</div>
</body>
</html>
"""
    return _html(page)


# --- 3. 新浪财经 finance.sina.com.cn --------------------------------------------------------------

SINA_NAV = ["新浪首页", "新闻", "体育", "财经", "娱乐", "科技", "博客", "图片", "专栏", "更多"]
SINA_SUB = [
    "财经首页",
    "股票",
    "行情",
    "基金",
    "港股",
    "美股",
    "期货",
    "外汇",
    "黄金",
    "债券",
    "理财",
    "银行",
    "保险",
    "专栏",
    "ESG",
    "7X24",
]
SINA_QR = '<div class="appendQr_wrap"><div class="appendQr_normal"><div class="appendQr_normal_img"><img src="https://n.sinaimg.cn/finance/fy/appqr.png" /></div><div class="appendQr_normal_txt">新浪财经APP<br/>扫码下载</div></div></div>'


def sina_stock(text: str, name: str, code: str) -> str:
    c = code.lower()
    link = f'<span id=stock_{c}><a href="https://finance.sina.com.cn/realstock/company/{c}/nc.shtml" class="keyword" target="_blank">{esc(name)}</a></span><span id=quote_{c}></span>'
    parts = text.split(name, 1)
    return esc(parts[0]) + link + esc(parts[1]) if len(parts) == 2 else esc(text)


def sina(site: Site30, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]
    ctx = x["ctx"]

    def img(b: Block) -> str:
        cap = f'<span class="img_descr">{esc(b.text)}{esc(b.credit)}</span>' if b.text else ""
        return f'<div class="img_wrapper"><img src="{b.src}" alt="{esc(b.text)}" />{cap}</div>'

    body = body_html(
        a,
        lambda t: f"<p>　　{sina_stock(t, ctx['stock'], ctx['code'])}</p>",
        lambda t: f"<p>　　<strong>{esc(t)}</strong></p>",
        img,
    )
    top = {
        "reprint_jz": f"{x['source']}记者 {nm[0]}",
        "reprint_sx": f"上海证券报记者 {nm[0]} 实习生 {nm[1]}",
        "wen": f"文/新浪财经意见领袖专栏作家 {nm[0]}",
    }.get(style, "")
    if style == "yb":
        top = f"来源：{x['broker']}研究"
        body = f"<p>　　{esc(top)}</p>\n<p>　　作者：{nm[0]} {nm[1]}</p>\n" + body
        body += "\n<p>　　风险提示：政策落地不及预期；海外市场波动超预期；宏观经济下行风险。</p>"
    elif top:
        body = f"<p>　　{esc(top)}</p>\n" + body
    show_author = f'<div class="show_author">作者：{esc(nm[0])}</div>' if style == "zz" else ""
    body += "\n<p>海量资讯、精准解读，尽在新浪财经APP</p>"
    rel = related(site, a)
    rel_html = (
        f'<div class="blk-related"><h3 class="tit">相关阅读</h3><ul class="list">{lis(rel, "", 40)}</ul></div>'
        if rel
        else ""
    )
    tagk = x["tag"]
    tags = "".join(
        f'<a href="/tag/{(tagk + k) % len(TOPICS["sina"])}.html" target="_blank">{TOPICS["sina"][(tagk + k) % len(TOPICS["sina"])]}</a>'
        for k in range(2)
    )
    meta = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": f"https://finance.sina.com.cn{a.path}",
        "title": a.title,
        "images": [b.src for b in a.blocks if b.kind == "img"][:1],
        "description": trunc(a.body.replace("\n", ""), 80),
        "pubDate": f"{a.when:%Y-%m-%dT%H:%M:%S}",
    }
    page = f"""<!DOCTYPE html>
<!-- [ published at {a.when:%Y-%m-%d %H:%M:%S} ] -->
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}|{esc(ctx["topic"])}_新浪财经_新浪网</title>
<meta name="keywords" content="{esc(ctx["topic"])},{esc(ctx["stock"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 100))}" />
<meta name="tags" content="{esc(ctx["topic"])}" />
<meta property="og:type" content="news" /><meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(trunc(a.body.replace(chr(10), ""), 60))}" />
<meta property="og:url" content="https://finance.sina.com.cn{a.path}" />
<meta property="article:published_time" content="{a.when:%Y-%m-%dT%H:%M:%S}+08:00" />
<meta property="article:author" content="{esc(x["source"])}" />
<meta name="weibo: article:create_at" content="{a.when:%Y-%m-%d %H:%M:%S}" />
<meta name="mediaid" content="{esc(x["source"])}" />
<script type="application/ld+json">{json.dumps(meta, ensure_ascii=False)}</script>
<style>{css(rng, "sina", 340)}</style>
<script>{filler_js(rng, "sinaads", 55)}</script>
<script>var ARTICLE_DATA = {{ "docid": "{a.path.rsplit("-", 1)[-1][:-6]}", "channel": "cj", "newsid": "{zlib.crc32(a.path.encode())}" }};</script>
</head>
<body>
<div class="top-nav">{menu(SINA_NAV, ["/", "/stock/", "/fund/"])}<a href="/search/?q=">搜索</a></div>
<div class="secondary-header"><a href="/" class="logo">新浪财经</a>{menu(SINA_SUB, [LISTS["sina"][0], "/stock/", "/fund/"])}</div>
<div class="main-content w1240">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">{a.when:%Y年%m月%d日 %H:%M}</span><a href="https://finance.sina.com.cn/" target="_blank" class="source" rel="nofollow">{esc(x["source"])}</a></div>
<div class="share">分享：<a href="javascript:;">微博</a><a href="javascript:;">微信</a></div></div></div>
{show_author}
<div class="article-content clearfix">
<div class="article-content-left">
<div class="article" id="artibody" data-sudaclick="blk_content">
<div class="ct_hqimg"><div class="hqimg_wrapper"><a href="https://finance.sina.com.cn/realstock/company/{ctx["code"].lower()}/nc.shtml"><img src="https://image.sinajs.cn/newchart/min/n/{ctx["code"].lower()}.gif" /></a><span class="hqimg_related">{esc(ctx["stock"])} 分时图</span></div></div>
{body}
</div>
{SINA_QR}
<div class="article-bottom clearfix"><div class="keywords" id="keywords">关键词 : {tags}</div><p class="article-editor">责任编辑：{esc(a.editors[0])} </p></div>
<div class="statement">新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</div>
{rel_html}
<div class="blk-comment" id="bottom_sina_comment"><h3>我要评论</h3><textarea></textarea><a href="javascript:;">发布</a></div>
<div class="blk-headline"><h3 class="tit">财经头条</h3><ul>{lis(others(site, a, 6, "head", same=False), "", 30)}</ul></div>
</div>
<div class="article-content-right">
<div class="blk"><h3 class="tit">7X24小时</h3><ul>{lis(others(site, a, 8, "724"), "%H:%M", 22)}</ul></div>
<div class="blk"><h3 class="tit">热门推荐</h3><ul>{rank(others(site, a, 8, "hot", same=False))}</ul></div>
<div class="blk ad"><span class="ad-label">广告</span><img src="https://d1.sina.com.cn/ad/300x250.jpg" /></div>
</div>
</div>
</div>
<div class="footer"><p><a href="/about.html">新浪简介</a> | <a href="/about.html">About Sina</a> | <a href="/about.html">广告服务</a> | <a href="/contact.html">联系我们</a></p><p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
</body>
</html>
"""
    return _html(page)


# --- 4. 和讯网 stock.hexun.com (GB2312) ------------------------------------------------------------

HX_NAV = [
    "和讯首页",
    "新闻",
    "股票",
    "基金",
    "期货",
    "外汇",
    "黄金",
    "银行",
    "保险",
    "信托",
    "债券",
    "理财",
    "科技",
    "汽车",
    "房产",
    "视频",
]
HX_DECL = "【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。邮箱：news_center@staff.hexun.com"


def hexun(site: Site30, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return hexun_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]

    def img(b: Block) -> str:
        cap = f'<p style="text-align:center">{esc(b.text)}{esc(b.credit)}</p>' if b.text else ""
        return f'<p style="text-align:center"><img src="{b.src}" alt="" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    if style == "bbjz":
        corr = f"　通讯员　{a.correspondents[0]}" if a.correspondents else ""
        body = f"<p>　　本报记者　{nm[0]}{corr}</p>\n" + body
    author = {"zz": nm[0], "zz2": f"{nm[0]} {nm[1]}", "src": nm[0]}.get(style, "")
    tip = f'<span class="pr20">{a.when:%Y-%m-%d %H:%M:%S}</span><a href="https://www.hexun.com/" target="_blank" rel="nofollow">{esc(x["source"])}</a>'
    if author:
        tip += f'<span class="pr20">作者：{esc(author)}</span>'
    rel = related(site, a)
    rel_html = (
        f'<div class="relatedNews"><div class="tit">相关新闻</div><ul>{lis(rel, "%Y-%m-%d", 40)}</ul></div>'
        if rel
        else ""
    )
    same = [b for b in site.of("hexun") if not b.x.get("old")]
    k = same.index(a)
    prev_a, next_a = same[k - 1], same[(k + 1) % len(same)]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}-和讯网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 100))}" />
<link href="/css/hx_article.css" rel="stylesheet" type="text/css" />
<style>{css(rng, "hx", 320)}</style>
<script>{filler_js(rng, "hx-common", 55)}</script>
<script type="text/javascript">var hxArticleId = "{a.path.rsplit("/", 1)[-1][:-5]}"; var newsSource = "{esc(x["source"])}";</script>
</head>
<body>
<div class="hxTopBar"><a href="/">和讯首页</a> <a href="https://reg.hexun.com/" rel="nofollow">注册</a> <a href="https://reg.hexun.com/" rel="nofollow">登录</a> <a href="/search/?key=">搜索</a></div>
<div class="hxNav">{menu(HX_NAV, [LISTS["hexun"][0], "/bank/index.html", "/futures/index.html"])}</div>
<div class="layout mg articleName">
<div class="links"><a href="/">和讯网</a> &gt; <a href="{LISTS["hexun"][0]}">股票</a> &gt; <a href="{LISTS["hexun"][0]}">公司新闻</a> &gt; 正文</div>
<h1>{esc(a.title)}</h1>
<div class="clearfix"><div class="tip fl">{tip}</div><div class="fr"><a href="javascript:;">分享到</a> <a href="#comment">评论</a></div></div>
</div>
<div class="layout mg clearfix">
<div class="w600 fl">
<div class="art_context"><div class="art_contextBox">
{body}
<div style="text-align:right;font-size:12px">（责任编辑：{esc(a.editors[0])} {x["hn"]}）</div>
</div></div>
<div class="tishi"><div class="tishi_tit">【免责声明】</div><p>{HX_DECL[6:]}</p></div>
<div class="prevNext"><p>上一篇：<a href="{prev_a.path}">{esc(prev_a.title)}</a></p><p>下一篇：<a href="{next_a.path}">{esc(next_a.title)}</a></p></div>
{rel_html}
<div class="hotTj"><div class="tit">热门推荐</div><ul>{lis(others(site, a, 6, "tj", same=False), "", 30)}</ul></div>
<div class="comment" id="comment"><div class="tit">网友评论</div><textarea></textarea><a href="javascript:;">发表</a></div>
</div>
<div class="w300 fr">
<div class="box"><div class="tit">24小时热门</div><ol>{rank(others(site, a, 10, "24h", same=False))}</ol></div>
<div class="box"><div class="tit">图片新闻</div><ul>{pics(others(site, a, 4, "pic"), "http://i2.hexun.com/pic/")}</ul></div>
<div class="box adv"><span>广告</span></div>
</div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">广告服务</a> | <a href="/about.html">法律声明</a></p><p>和讯网 版权所有 &copy; 1996-2024 Hexun.com Inc. All Rights Reserved　京ICP证020026号</p><p>和讯网用户评论内容仅代表网友个人观点，不代表和讯网立场。</p></div>
</body>
</html>
"""
    return _html(page, "gb2312")


def hexun_old(site: Site30, a: Art) -> tuple[bytes, str]:
    """The 2019 layout: a table, the info in a ``#artibodyDesc`` line, the editor in parentheses."""
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = f"<p align=center>{esc(b.text)}</p>" if b.text else ""
        return f'<p align=center><img src="{b.src}" border=0></p>{cap}'

    body = body_html(
        a, lambda t: f"<P>　　{esc(t)}</P>", lambda t: f"<P>　　<B>{esc(t)}</B></P>", img
    )
    hot = "".join(
        f'<tr><td>·<a href="{b.path}" target=_blank>{esc(trunc(b.title, 18))}</a></td></tr>'
        for b in others(site, a, 10, "oldhot", same=False)
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}-股票频道-和讯网</title>
<style>{css(rng, "hxold", 330)}</style>
<script language="javascript">{filler_js(rng, "hx-old", 50)}</script>
</head>
<body>
<table width=960 align=center><tr><td><a href="/">和讯网</a> | <a href="{LISTS["hexun"][0]}">股票</a> | <a href="/bank/index.html">银行</a> | <a href="/futures/index.html">期货</a></td></tr></table>
<table width=960 align=center><tr><td width=640 valign=top>
<div id="artibodyTitle"><h1>{esc(a.title)}</h1><div id="artibodyDesc"><span class="gray">{a.when:%Y-%m-%d %H:%M:%S}　来源：{esc(x["source"])}　作者：{nm[0]}</span></div></div>
<div id="artibody">
{body}
<P align=right>（责任编辑：{esc(a.editors[0])} {x["hn"]}）</P>
</div>
<div class="hint">{HX_DECL}</div>
</td><td width=20></td><td width=300 valign=top><table class="side"><tr><td class="tit">热门新闻排行</td></tr>{hot}</table></td></tr></table>
<table width=960 align=center><tr><td align=center>和讯网 版权所有 &copy; 1996-2019 Hexun.com Inc.</td></tr></table>
</body>
</html>
"""
    return _html(page, "gb2312")


# --- 5. 中国证券报·中证网 cs.com.cn -------------------------------------------------------------

CS_NAV = [
    "首页",
    "要闻",
    "宏观",
    "金融",
    "公司",
    "市场",
    "基金",
    "理财",
    "期货",
    "科创",
    "中证视频",
    "数字报",
    "中证金牛座",
    "专题",
]


def cs_top(a: Art) -> str:
    nm, style = a.x["nm"], a.x["style"]
    return {
        "jz": f"中国证券报记者 {nm[0]}",
        "jz2": f"中国证券报记者 {nm[0]} {nm[1]}",
        "bbjz": f"□本报记者 {nm[0]}",
        "bbjz_sx": f"□本报记者 {nm[0]} 实习记者 {nm[1]}",
        "paper": f"□本报记者 {nm[0]}",
        "tj": f"中国证券报记者 {nm[0]}",
    }.get(style, "")


def cs(site: Site30, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return cs_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]

    def img(b: Block) -> str:
        cap = f'<p align="center">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p align="center">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p align="center"><img src="{b.src}" oldsrc="{b.src.rsplit("/", 1)[-1]}" /></p>{cr}{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    top = cs_top(a)
    if top:
        body = f"<p>　　{esc(top)}</p>\n" + body
    if style == "tj":
        body += "\n<p>　　特别提示：本文不构成任何投资建议，投资者据此操作，风险自担。</p>"
    author = {"jz": nm[0], "jz2": f"{nm[0]} {nm[1]}", "tj": nm[0]}.get(style, "")
    stamp = f"{a.when:%Y-%m-%d}" if a.precision == "day" else f"{a.when:%Y-%m-%d %H:%M}"
    info = (
        f"<em>来源：{esc(x['source'])}</em>"
        + (f"<em>作者：{esc(author)}</em>" if author else "")
        + f"<em>{stamp}</em>"
    )
    ed = ""
    if a.editors:
        ed = (
            f"<p class='editor'>{'编辑' if style == 'paper' else '责任编辑'}：{esc(a.editors[0])}"
            + (f"　校对：{esc(x['proof'])}" if style == "paper" else "")
            + "</p>"
        )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgbd"><div class="tit">相关报道</div><ul>{lis(rel, "%Y-%m-%d", 40)}</ul></div>'
        if rel
        else ""
    )
    hq = quote_ticker(zlib.crc32(a.path.encode()) >> 3)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}_中证网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 100))}" />
<meta name="contentid" content="{a.path.rsplit("_", 1)[-1][:-5]}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<meta name="source" content="{esc(x["source"])}" />
<style>{css(rng, "cs", 320)}</style>
<script>{filler_js(rng, "cs-site", 55)}</script>
<script>{stats_js("cs.com.cn")}</script>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="/">中证网首页</a> <a href="/">中国证券报</a> <a href="/search.html?searchword=">搜索</a></div></div>
<div class="header w1200"><a href="/" class="logo"><img src="/images/cs_logo.png" alt="中证网" /></a><div class="ad"><span>广告</span></div></div>
<div class="nav w1200">{menu(CS_NAV, [LISTS["cs"][0], "/xwzx/hg/index.html", "/gppd/gsyj/index.html"])}</div>
<div class="w1200 hq"><ul>{hq}</ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="{x["col"] and "/" + x["col"][0] + "/index.html"}">{x["col"][1]}</a></div>
<div class="w1200 main clearfix">
<div class="artical fl">
<div class="artical_t"><h1>{esc(a.title)}</h1><div class="artical_info">{info}</div></div>
<div class="artical_c"><div class="TRS_Editor">
{body}
</div></div>
{ed}
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="bqsm">版权声明：凡本网注明"来源：中国证券报·中证网"的所有作品，版权均属于中国证券报、中证网。中证网与作品作者联合声明，任何组织未经中国证券报、中证网以及作者书面授权不得转载、摘编或利用其它方式使用上述作品。</div>
{rel_html}
</div>
<div class="side fr">
<div class="box"><div class="tit">今日焦点</div><ul>{lis(others(site, a, 6, "jd", same=False), "", 22)}</ul></div>
<div class="box"><div class="tit">滚动</div><ul>{lis(others(site, a, 8, "gd"), "%H:%M", 20)}</ul></div>
<div class="box"><div class="tit">行情</div><ul>{hq}</ul></div>
<div class="box"><div class="tit">专题</div><ul><li><a href="{ZT}">2023年报季·上市公司业绩观察</a></li></ul></div>
</div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/about.html">法律声明</a></p><p>中国证券报社 版权所有　京ICP备 09044785号　未经中国证券报书面授权，请勿转载或建立镜像</p></div>
</body>
</html>
"""
    return _html(page)


def cs_old(site: Site30, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: served in GBK (the header names it), the date only, 作者 in the info."""
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]

    def img(b: Block) -> str:
        cap = f'<p align="center">{esc(b.text)}</p>' if b.text else ""
        return f'<p align="center"><img src="{b.src}" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    hot = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 18))}</a></li>'
        for b in others(site, a, 10, "oldhot", same=False)
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(a.title)}-中证网</title>
<style>{css(rng, "csold", 330)}</style>
<script>{filler_js(rng, "cs-old", 50)}</script>
</head>
<body>
<div class="top"><a href="/">中证网</a> | <a href="{LISTS["cs"][0]}">公司</a> | <a href="/xwzx/hg/index.html">宏观</a></div>
<div class="column_l">
<div class="column_title"><h1>{esc(a.title)}</h1></div>
<div class="column_info">{a.when:%Y年%m月%d日}　来源：{esc(x["source"])}　作者：{nm[0]}</div>
<div class="Dtext"><div class="TRS_Editor">
{body}
</div></div>
<div class="editor">责任编辑：{esc(a.editors[0])}</div>
</div>
<div class="column_r"><h3>热点排行</h3><ul>{hot}</ul></div>
<div class="footer">中国证券报·中证网 版权所有</div>
</body>
</html>
"""
    return _html(page, "gbk")


RENDER = {"em": em, "stcn": stcn, "sina": sina, "hexun": hexun, "cs": cs}


def register(site: Site30) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
