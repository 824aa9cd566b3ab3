"""Site 18's pages: the five article templates (第一财经, 观察者网, 21世纪经济报道, 每日经济新闻,
南方+/南方网) and the non-article pages around them."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout import Art, Block
from heldout_gen import home_boxes, news_li
from heldout_site7.common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site18

CT = "text/html; charset=utf-8"
LABEL = {
    "yicai": "第一财经",
    "guancha": "观察者网",
    "sfc": "21世纪经济报道",
    "nbd": "每日经济新闻",
    "nfplus": "南方+",
}
LISTS = {
    "yicai": ("/news/", "/news/?page=2"),
    "guancha": ("/internation/list_1.shtml", "/internation/list_2.shtml"),
    "sfc": ("/channel/finance/", "/channel/finance/?page=2"),
    "nbd": ("/columns/3/", "/columns/3/page/2"),
    "nfplus": ("/node_1234.htm", "/node_1234_2.htm"),
}
SEARCH = "/search?q=" + quote("新能源")
EXTRA = [
    ("滚动", "/roll/"),
    ("视频", "/video/"),
    ("图集", "/photo/"),
    ("排行", "/rank/"),
    ("新能源", "/topics/xinnengyuan/"),
    ("专题", "/zt/2024qgjj/"),
    ("专栏作者", "/authors/"),
    ("搜索", SEARCH),
    ("关于我们", "/about/"),
    ("联系我们", "/contact/"),
]


def _h(s: str) -> int:
    return zlib.crc32(s.encode())


def _rel(site: Site18, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def _hot(site: Site18, a: Art, salt: str, k: int, same: bool = False) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = site.of(a.tpl) if same else site.arts
    return others(rng, pool, a, k)


def _desc(a: Art) -> str:
    return trunc(a.paras[0], 80) if a.paras else a.title


def _filler_css(site: Site18, a: Art, prefix: str, n: int = 170) -> str:
    return css(page_rng(site.seed, a.path + "css"), prefix, n)


def _feed_json(arts: list[Art], src: str) -> str:
    return json.dumps(
        [
            {
                "id": _h(b.path) % 10**8,
                "title": b.title,
                "url": b.path,
                "source": src,
                "pubtime": b.when.strftime("%Y-%m-%d %H:%M:%S"),
            }
            for b in arts
        ],
        ensure_ascii=False,
    )


# ======================================================================================
# 第一财经 yicai.com
# ======================================================================================
YICAI_NAV = [
    "首页",
    "新闻",
    "政经",
    "金融",
    "科技",
    "汽车",
    "房产",
    "消费",
    "全球",
    "股市",
    "评论",
    "专栏",
    "视频",
    "图集",
    "数据",
    "一财号",
    "一财研究院",
    "CBN Data",
]


YICAI_COPY = '<div class="m-copyright"><p>此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。如需获得授权请联系第一财经版权部：banquan@yicai.com</p></div>'


def _yicai_body(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: center;"><img src="{b.src}" alt="" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
            out.append(f'<p class="imgcaption" style="text-align: center;">{esc(b.credit)}</p>')
    return "\n".join(out)


def yicai(site: Site18, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    url = site.base + a.path
    x = a.x
    nid = a.path.split("/")[-1].split(".")[0]
    nav = "".join(
        f'<li><a href="{LISTS["yicai"][0] if k == 1 else "/" if k == 0 else "/news/?ch=" + str(k)}">{n}</a></li>'
        for k, n in enumerate(YICAI_NAV)
    )
    names = ("作者：" + " ".join(a.authors) + "　　") if a.authors else ""
    rel = _rel(site, a)
    rel_html = ""
    if rel:
        items = "".join(
            f'<a href="{b.path}" class="f-db" target="_blank"><div class="m-list m-list-1 f-cb"><div class="lef f-fl"><img src="/image/thumb/{_h(b.path) % 99999}.jpg" alt=""></div><div class="rig f-fl"><h2>{esc(b.title)}</h2><p>{esc(trunc(b.paras[0] if b.paras else b.title, 60))}</p><div class="author"><span>{b.when:%m-%d %H:%M}</span></div></div></div></a>'
            for b in rel
        )
        rel_html = f'<div class="m-relatednews" id="relateNews"><h3 class="u-hdtitle"><span>相关阅读</span></h3><div class="m-con">{items}</div></div>'
    hot = "".join(
        f'<li><em class="n{k}">{k}</em><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(_hot(site, a, "hot", 10), 1)
    )
    hot2 = "".join(
        f'<li><a href="{b.path}" target="_blank"><h3>{esc(b.title)}</h3><span>{b.when:%H:%M}</span></a></li>'
        for b in _hot(site, a, "hot2", 8)
    )
    rec = _hot(site, a, "rec", 12)
    copyright = "" if x["source"] != "第一财经" else YICAI_COPY
    tags = "".join(
        f'<a href="/topics/xinnengyuan/" target="_blank">{esc(t)}</a>'
        for t in (x["ctx"]["topic"], x["ctx"]["place"])
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{esc(a.title)}</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["place"])},第一财经,一财网">
<meta name="description" content="{esc(x["summary"])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(x["summary"])}">
<meta property="og:image" content="{site.base}/image/share/{nid}.jpg">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="{site.base}/m{a.path}">
<link rel="stylesheet" href="/css/yicai/2024/article.css?v=20240501">
<style>
{_filler_css(site, a, "m")}
</style>
<script>
var _newsid = "{nid}", _channelid = "{rng.choice([48, 49, 50, 51])}", _newstype = "1", _pubtime = "{a.when:%Y-%m-%d %H:%M:%S}";
var _pagetitle = {json.dumps(a.title, ensure_ascii=False)};
</script>
</head>
<body>
<div class="m-topbar"><div class="g-wrap f-cb"><div class="f-fl"><a href="/">一财网</a><a href="/video/">第一财经电视</a><a href="/news/?ch=daily">第一财经日报</a><a href="/news/?ch=mag">第一财经杂志</a><a href="/news/?ch=yanjiuyuan">一财研究院</a><a href="/news/?ch=data">DT财经</a></div><div class="f-fr"><a href="/about/#app" class="u-app">下载APP</a><a href="javascript:;" class="u-login">登录</a><a href="javascript:;" class="u-reg">注册</a></div></div></div>
<div class="m-header"><div class="g-wrap f-cb"><a href="/" class="logo f-fl" title="第一财经">第一财经</a><ul class="m-nav f-fl">{nav}</ul><form class="m-search f-fr" action="/search" method="get"><input type="text" name="q" placeholder="搜索"><button type="submit">搜索</button></form></div></div>
<div class="m-ad m-ad-top"><a href="/about/#ad"><img src="/image/ad/banner_1200x90_{rng.randint(100, 999)}.jpg" alt="广告"></a><span class="u-adtag">广告</span></div>
<div class="g-bd g-wrap f-cb">
<div class="m-container f-fl" id="news-container">
<div class="m-breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
<div class="title f-pr">
<h1>{esc(a.title)}</h1>
<p class="names">{esc(names)}责编：{esc(a.editors[0])}</p>
<div class="f-pa"><span>{a.when:%Y-%m-%d %H:%M:%S}</span>　<em>来源：{x["source"]}</em></div>
<div class="m-fontsize f-pa"><a href="javascript:;" class="big">A+</a><a href="javascript:;" class="small">A-</a></div>
</div>
<div class="intro"><p><b>摘要</b></p><p>{esc(x["summary"])}</p></div>
<div class="m-txt">
{_yicai_body(a.blocks)}
</div>
{copyright}
<div class="m-tags">文章关键词：{tags}</div>
<div class="m-share f-cb"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">新浪微博</a><a href="javascript:;" class="qq">QQ空间</a><a href="javascript:;" class="copy">复制链接</a><a href="javascript:;" class="u-report">举报</a></div>
<div class="m-appdown f-cb"><img src="/image/qrcode/app_download.png" alt="第一财经APP"><div class="txt"><p>打开第一财经APP，阅读体验更佳</p><p>下载第一财经APP，随时随地看财经</p><a href="/about/#app">立即下载</a></div></div>
{rel_html}
<div class="m-ad m-ad-mid"><a href="/about/#ad"><img src="/image/ad/mid_760x90.jpg" alt=""></a><span class="u-adtag">广告</span></div>
<div class="m-recommend" id="recommend"><h3 class="u-hdtitle"><span>一财推荐</span></h3><div class="m-con" id="recommend-list"></div></div>
</div>
<div class="m-aside f-fr">
<div class="m-ad m-ad-side"><img src="/image/ad/side_300x250_{rng.randint(10, 99)}.jpg" alt=""><span class="u-adtag">广告</span></div>
<div class="m-rank"><h3 class="u-hdtitle"><span>24小时热榜</span></h3><ul class="m-ranklist">{hot}</ul></div>
<div class="m-hotnews"><h3 class="u-hdtitle"><span>热门</span></h3><ul>{hot2}</ul></div>
<div class="m-hotvideo"><h3 class="u-hdtitle"><span>热门视频</span></h3><ul><li><a href="/video/">《头脑风暴》：{esc(x["ctx"]["topic"])}的下半场</a></li><li><a href="/video/">《财经夜行线》{a.when.month}月{a.when.day}日</a></li><li><a href="/video/">《公司与行业》：{esc(x["ctx"]["place"])}产业链调查</a></li></ul></div>
<div class="m-qrcode"><img src="/image/qrcode/wechat.png" alt=""><p>扫码关注第一财经微信公众号</p></div>
</div>
</div>
<div class="m-footer"><div class="g-wrap"><p class="links"><a href="/about/">关于我们</a>|<a href="/contact/">联系我们</a>|<a href="/about/#ad">广告服务</a>|<a href="/about/#jobs">加入我们</a>|<a href="/about/#copyright">版权声明</a>|<a href="/about/#privacy">隐私政策</a>|<a href="/rank/">排行</a>|<a href="/authors/">专栏作者</a></p>
<p>第一财经广告合作，请点击这里</p><p>此内容为第一财经原创，著作权归第一财经所有。</p>
<p>Copyright © 第一财经 版权所有　沪ICP备14003370号　沪公网安备31010602000204号　互联网新闻信息服务许可证：31120180004　增值电信业务经营许可证：沪B2-20180309</p><p>违法和不良信息举报电话：021-22002972　举报邮箱：jubao@yicai.com</p></div></div>
<script>window.__RECOMMEND__ = {_feed_json(rec, "第一财经")};</script>
<script>{stats_js("c3a1e0f2b4d6a8c0e2f4a6b8c0d2e4f6")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


# ======================================================================================
# 观察者网 guancha.cn
# ======================================================================================
GC_NAV = [
    ("首页", "/"),
    ("国际", "/internation/list_1.shtml"),
    ("军事", "/military-affairs"),
    ("财经", "/economy"),
    ("产经", "/ChanJing"),
    ("科技", "/gongye.keji"),
    ("汽车", "/qiche"),
    ("观天下", "/GuanTianXia"),
    ("头条", "/toutiao"),
    ("评论", "/GuanChaZheWangPingLun"),
    ("视频", "/video/"),
    ("专栏", "/authors/"),
    ("风闻", "/fengwen"),
    ("心智观察所", "/xinzhi"),
]


def _gc_body(a: Art) -> str:
    st, nm = a.x["style"], a.x["nm"]
    lead = {
        "one": f"【文/观察者网 {a.authors[0] if a.authors else ''}】",
        "edit": f"【文/观察者网 {a.authors[0] if a.authors else ''} 编辑/{a.editors[0]}】",
        "zonghe": "【观察者网 综合报道】",
        "column": f"【文/观察者网专栏作者 {a.authors[0] if a.authors else nm[0]}】",
    }[st]
    out = [f"<p>{esc(lead)}</p>"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p align="center"><img src="{b.src}" /></p>')
            out.append(f'<p align="center">{esc(b.text)} {esc(b.credit)}</p>')
    if st == "column":
        out.append(
            "<p>本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。关注观察者网微信guanchacn，每日阅读趣味文章。</p>"
        )
    elif st != "zonghe":
        out.append("<p>本文系观察者网独家稿件，未经授权，不得转载。</p>")
    return "\n".join(out)


def guancha(site: Site18, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nav = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in GC_NAV)
    author = f"<span>作者：{esc(a.authors[0])}</span>" if a.authors else ""
    rel = _rel(site, a)
    rel_html = ""
    if rel:
        items = "".join(
            f'<li><a href="{b.path}" target="_blank"><img src="/upload/thumb/{_h(b.path) % 9999}.jpg"></a><h4 class="module-title"><a href="{b.path}" target="_blank">{esc(b.title)}</a></h4></li>'
            for b in rel
        )
        rel_html = f'<div class="module-news-xgtj"><div class="module-title-bar"><h3>相关推荐：</h3></div><ul class="fix">{items}</ul></div>'
    hot_tabs = []
    for k, lab in enumerate(["24小时", "3天", "7天"]):
        rows = "".join(
            f'<li><span class="num">{j}</span><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
            for j, b in enumerate(_hot(site, a, f"hot{k}", 8), 1)
        )
        hot_tabs.append(
            f'<ul class="tab-con{" cur" if k == 0 else ""}" data-tab="{lab}">{rows}</ul>'
        )
    fw = "".join(
        f'<li><a href="/fengwen" target="_blank">{esc(t)}</a><span>{rng.randint(1, 90)}万阅读</span></li>'
        for t in [
            f"{x['ctx']['topic']}，我想多说几句",
            "从一组数据看真实的经济温度",
            f"{x['ctx']['place']}回来，聊聊我的观察",
            "这一次，市场的反应耐人寻味",
            "被误读的“产能过剩”",
        ]
    )
    comments = "".join(
        f'<li class="comment-item"><div class="user"><img src="/upload/avatar/{rng.randint(1000, 9999)}.jpg"><a href="/fengwen" class="user-name">{esc(u)}</a><span class="time">{a.when.month}月{a.when.day}日 {rng.randint(10, 23)}:{rng.randint(10, 59)}</span></div><p class="comment-txt">{esc(t)}</p><div class="comment-btn"><a href="javascript:;" class="zan">赞 {rng.randint(0, 900)}</a><a href="javascript:;" class="reply">回复</a></div></li>'
        for u, t in zip(
            ["一只小刺猬", "东方既白2049", "观网老读者", "理性吃瓜群众", "铁锅炖大鹅"],
            [
                "说到底还是实力问题，自己强大了别人才会好好说话。",
                "这篇分析很到位，数据也很扎实，收藏了。",
                "建议观察者网多做一些这样的深度报道。",
                "市场永远比政客诚实。",
                "看完只想说一句：早干嘛去了？",
            ],
            strict=True,
        )
    )
    kw = "".join(
        f'<a href="/topics/xinnengyuan/" target="_blank">{esc(t)}</a>'
        for t in (x["ctx"]["topic"], x["ctx"]["org"])
    )
    column_box = ""
    if x["style"] == "column":
        column_box = f'<div class="author-intro fix"><a href="/authors/"><img src="/upload/author/{_h(a.authors[0]) % 999}.jpg"></a><div class="author-info"><p class="name"><a href="/authors/">{esc(a.authors[0])}</a></p><p>观察者网专栏作者，某高校经济学院副教授</p></div></div>'
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}</title>
<meta name="Keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["org"])}" />
<meta name="Description" content="{esc(_desc(a))}" />
<link rel="stylesheet" type="text/css" href="/css/main.css?v=2024.5" />
<style>
{_filler_css(site, a, "module")}
</style>
<script type="text/javascript">var ID = {730000 + x["id"] % 9999}; var ITEM_TYPE = 1; var IS_ORIGIN = {0 if x["style"] == "zonghe" else 1};</script>
</head>
<body>
<div class="header">
<div class="header-top"><div class="w1200 fix"><div class="left"><a href="/">观察者网</a><a href="/fengwen">风闻社区</a><a href="/video/">观视频</a><a href="/xinzhi">心智观察所</a></div><div class="right"><a href="/about/#app">下载观察者APP</a><a href="javascript:;">登录</a><a href="javascript:;">注册</a></div></div></div>
<div class="header-bottom w1200 fix"><a href="/" class="logo">观察者网</a><ul class="nav fix">{nav}</ul><div class="search"><form action="/search" method="get"><input name="q" type="text" placeholder="请输入关键字"><input type="submit" value=""></form></div></div>
</div>
<div class="content w1200">
<div class="main fix">
<div class="left-main">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/{x["sec"]}">{ {"internation": "国际", "economy": "财经", "ChanJing": "产经"}[x["sec"]] }</a> &gt; 正文</div>
<h1>{esc(a.title)}</h1>
<div class="time fix"><span>{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：观察者网</span>{author}<a href="#comment" class="comment-num">评论：<i>{rng.randint(10, 3000)}</i></a><div class="share-box"><span>分享到：</span><a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ空间</a></div></div>
{column_box}
<div class="content all-txt">
{_gc_body(a)}
</div>
<div class="editor-intro">责任编辑：{esc(a.editors[0])}</div>
<div class="key-word fix"><span>标签</span>{kw}</div>
<div class="share-bottom fix"><a href="javascript:;" class="zan">点赞 {rng.randint(10, 999)}</a><a href="javascript:;" class="fav">收藏</a><a href="javascript:;" class="share">分享</a></div>
<div class="ad-banner"><img src="/upload/ad/gc_760x90.jpg" alt=""><span>广告</span></div>
{rel_html}
<div class="comment" id="comment"><div class="module-title-bar"><h3>评论</h3></div><div class="comment-input"><textarea placeholder="登录后才能发表评论"></textarea><button>发表评论</button></div><ul class="comment-list">{comments}</ul><a href="javascript:;" class="more-comment">查看更多评论</a></div>
</div>
<div class="right-side">
<div class="ad-side"><img src="/upload/ad/gc_300x250.jpg" alt=""><span>广告</span></div>
<div class="module-hot"><div class="module-title-bar"><h3>热门文章</h3><ul class="tab"><li class="cur">24小时</li><li>3天</li><li>7天</li></ul></div>{"".join(hot_tabs)}</div>
<div class="module-fengwen"><div class="module-title-bar"><h3>风闻社区热帖</h3></div><ul>{fw}</ul></div>
<div class="module-app"><img src="/upload/qrcode/gc_app.png"><p>下载观察者网APP<br>看国际新闻，上观察者网</p></div>
</div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/about/#jobs">招聘信息</a> | <a href="/about/#ad">广告服务</a> | <a href="/about/#law">法律声明</a></p>
<p>Copyright © 2024 观察者 All rights reserved.　沪ICP备10213822号-2　互联网新闻信息服务许可证：31120170006　沪公网安备31010402003309号</p><p>违法和不良信息举报电话：021-62376022　举报邮箱：jubao@guancha.cn</p></div></div>
<script>{stats_js("8ab5f0c2d4e6a8b0c2d4e6f8a0b2c4d6")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


# ======================================================================================
# 21世纪经济报道 21jingji.com
# ======================================================================================
SFC_NAV = [
    ("首页", "/"),
    ("金融", "/channel/finance/"),
    ("证券", "/channel/finance/?c=zq"),
    ("宏观", "/channel/finance/?c=hg"),
    ("区域", "/channel/finance/?c=qy"),
    ("汽车", "/channel/finance/?c=qc"),
    ("地产", "/channel/finance/?c=dc"),
    ("科技", "/channel/finance/?c=kj"),
    ("健康", "/channel/finance/?c=jk"),
    ("21评论", "/channel/finance/?c=pl"),
    ("专题", "/zt/2024qgjj/"),
    ("报告", "/channel/finance/?c=bg"),
    ("视频", "/video/"),
    ("21财经APP", "/about/#app"),
]


def _sfc_lead(a: Art) -> str:
    st, au, city = a.x["style"], a.authors, a.x["city"]
    if st == "one":
        return f"21世纪经济报道记者 {au[0]} {city}报道"
    if st == "two":
        return f"21世纪经济报道记者 {au[0]}、{au[1]} {city}报道"
    if st == "nfcj":
        return f"南方财经全媒体记者 {au[0]} {city}报道"
    return f"南方财经全媒体记者 {au[0]} 21世纪经济报道记者 {au[1]} {city}、{'深圳' if city == '广州' else '广州'}报道"


def _sfc_body(a: Art) -> str:
    out = [f"<p>{esc(_sfc_lead(a))}</p>"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align:center"><img src="{b.src}" /></p><p style="text-align:center;color:#888">{esc(b.text)}</p>'
            )
    return "\n".join(out)


def sfc(site: Site18, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    nav = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in SFC_NAV)
    rel = _rel(site, a)
    rel_html = ""
    if rel:
        items = "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        rel_html = f'<div class="related-news"><div class="tit"><h3>相关新闻</h3></div><ul>{items}</ul></div>'
    latest = "".join(
        f'<div class="li"><a href="{b.path}" target="_blank" class="img"><img src="/upload/thumb/{_h(b.path) % 9999}.png"></a><div class="txt"><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(_desc(b), 50))}</p><span class="time">{b.when:%m-%d %H:%M}</span></div></div>'
        for b in _hot(site, a, "latest", 6)
    )
    rank = "".join(
        f'<li><i>{k}</i><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(_hot(site, a, "rank", 10), 1)
    )
    zt = "".join(
        f'<li><a href="/zt/2024qgjj/" target="_blank"><img src="/upload/zt/{k}.jpg"><p>{t}</p></a></li>'
        for k, t in enumerate(
            [
                "2024全国经济一季报",
                "新质生产力调研行",
                "大湾区金融观察",
                "21世纪亚洲金融年会",
                "中国企业出海指南",
            ]
        )
    )
    state = {
        "article": {
            "id": x["id"],
            "title": a.title,
            "author": ",".join(a.authors),
            "editor": a.editors[0],
            "source": "21世纪经济报道",
            "inputtime": a.when.strftime("%Y-%m-%d %H:%M:%S"),
            "channel": x["ch"],
            "description": _desc(a),
            "content": _sfc_body(a),
        },
        "user": {"isLogin": False},
        "config": {"appDownload": "/about/#app"},
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}-21经济网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["org"])},21世纪经济报道">
<meta name="description" content="{esc(_desc(a))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(_desc(a))}">
<meta property="og:url" content="{site.base}{a.path}">
<link rel="canonical" href="{site.base}{a.path}">
<link rel="stylesheet" href="/static/pc/css/article.css?v=20240428">
<style>
{_filler_css(site, a, "news")}
</style>
</head>
<body>
<div id="app">
<div class="topBar"><div class="wrap"><a href="/">21经济网</a><a href="/about/#app">21财经APP</a><a href="/channel/finance/?c=epaper">21世纪经济报道电子报</a><a href="/about/">南方财经全媒体集团</a><span class="r"><a href="javascript:;">登录</a>|<a href="javascript:;">注册</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo">21世纪经济报道</a><ul class="nav">{nav}</ul><form class="search" action="/search"><input name="q"><button>搜索</button></form></div></div>
<div class="adTop"><img src="/upload/ad/21_1200x100_{rng.randint(1, 9)}.jpg"><em>广告</em></div>
<div class="main wrap">
<div class="mainL">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/channel/finance/">金融</a> &gt; 正文</div>
<div class="titleHead"><h1>{esc(a.title)}</h1>
<div class="newsInfo"><span class="time">{a.when:%Y-%m-%d %H:%M}</span><span class="source">来源：21世纪经济报道</span><span class="editor">责编：{esc(a.editors[0])}</span><span class="hits">阅读量：{rng.randint(1, 99)}.{rng.randint(1, 9)}w</span></div>
</div>
<div class="news_share"><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="fav">收藏</a><a href="javascript:;" class="font">字号</a></div>
<div class="txtContent">
{_sfc_body(a)}
</div>
<div class="appTip"><img src="/static/pc/img/app_qr.png"><p>更多内容请下载21财经APP</p></div>
<div class="copyright">本文为21世纪经济报道原创稿件，转载请注明出处。</div>
{rel_html}
<div class="channelNews"><div class="tit"><h3>金融频道最新</h3><a href="/channel/finance/" class="more">更多&gt;&gt;</a></div>{latest}</div>
</div>
<div class="mainR">
<div class="adSide"><img src="/upload/ad/21_300x250.jpg"><em>广告</em></div>
<div class="ztBox"><div class="tit"><h3>专题</h3><a href="/zt/2024qgjj/" class="more">更多</a></div><ul>{zt}</ul></div>
<div class="rankBox"><div class="tit"><h3>热门排行</h3></div><ol>{rank}</ol></div>
<div class="appBox"><img src="/static/pc/img/app_qr.png"><p>21财经APP<br>扫码下载，随时随地看财经</p></div>
</div>
</div>
<div class="footer"><div class="wrap"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/about/#ad">广告刊例</a> | <a href="/about/#jobs">人才招聘</a> | <a href="/about/#law">法律声明</a></p>
<p>21世纪经济报道 版权所有　粤ICP备13083130号-3　互联网新闻信息服务许可证：44120180007　粤公网安备44010402000234号</p><p>违法和不良信息举报电话：020-87372988　举报邮箱：jubao@21jingji.com</p></div></div>
</div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)}</script>
<script>{stats_js("21e0f2a4c6e8a0c2e4f6a8b0c2d4e6f8")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


# ======================================================================================
# 每日经济新闻 nbd.com.cn
# ======================================================================================
NBD_NAV = [
    ("首页", "/"),
    ("要闻", "/columns/3/"),
    ("公司", "/columns/3/?c=gs"),
    ("金融", "/columns/3/?c=jr"),
    ("证券", "/columns/3/?c=zq"),
    ("基金", "/columns/3/?c=jj"),
    ("宏观", "/columns/3/?c=hg"),
    ("科技", "/columns/3/?c=kj"),
    ("汽车", "/columns/3/?c=qc"),
    ("地产", "/columns/3/?c=dc"),
    ("未来商业", "/columns/3/?c=wl"),
    ("视频", "/video/"),
    ("直播", "/video/?live=1"),
    ("每经热评", "/columns/3/?c=rp"),
]


def _nbd_lead(a: Art) -> str:
    st, au, ed = a.x["style"], a.authors, a.editors[0]
    if st == "one":
        return f"每经记者 {au[0]}　每经编辑 {ed}"
    if st == "two":
        return f"每经记者 {au[0]}　{au[1]}　每经编辑 {ed}"
    if st == "intern":
        return f"每经实习记者 {au[0]}　每经记者 {au[1]}　每经编辑 {ed}"
    return f"每经编辑 {ed}"


def _nbd_body(a: Art) -> str:
    out = [f"<p>{esc(_nbd_lead(a))}</p>"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align:center"><img src="{b.src}" alt="" /></p>')
            if b.text:
                out.append(f'<p style="text-align:center">{esc(b.text)}</p>')
            out.append(f'<p style="text-align:center">{esc(b.credit)}</p>')
    return "\n".join(out)


def nbd(site: Site18, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    url = site.base + a.path
    nav = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in NBD_NAV)
    imgs = [b.src for b in a.blocks if b.kind == "img"][:3]
    ld = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": url,
        "appid": "1549316432453817",
        "title": a.title,
        "images": [site.base + s for s in imgs],
        "description": _desc(a),
        "pubDate": a.when.strftime("%Y-%m-%dT%H:%M:%S"),
        "upDate": a.when.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    rel = _rel(site, a)
    rel_html = ""
    if rel:
        items = "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>' for b in rel
        )
        rel_html = f'<div class="g-article-related"><div class="m-title"><h3>相关新闻</h3></div><ul class="u-list">{items}</ul></div>'
    head = "".join(
        f'<li><a href="{b.path}" target="_blank"><img src="/upload/thumb/{_h(b.path) % 9999}.jpg"><p>{esc(b.title)}</p></a><span>{b.when:%m-%d %H:%M}</span></li>'
        for b in _hot(site, a, "toutiao", 6)
    )
    hot = "".join(
        f'<li><span class="u-num n{k}">{k}</span><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(_hot(site, a, "hot", 10), 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)} | 每日经济新闻</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},每日经济新闻,每经网">
<meta name="description" content="{esc(_desc(a))}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/application-pc.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style>
{_filler_css(site, a, "g")}
</style>
</head>
<body>
<div class="g-top"><div class="g-wrap"><a href="/">每经网首页</a><a href="/about/#app">每经APP</a><a href="/columns/3/?c=epaper">每日经济新闻报</a><a href="/about/#ai">每经AI</a><a href="/video/">每经视频</a><span class="u-login"><a href="javascript:;">登录</a><a href="javascript:;">注册</a></span></div></div>
<div class="g-header"><div class="g-wrap"><a class="u-logo" href="/">每日经济新闻</a><ul class="u-nav">{nav}</ul><div class="u-search"><form action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div></div>
<div class="g-ad-top"><img src="/upload/ad/nbd_1200x90_{rng.randint(1, 5)}.jpg"><span>广告</span></div>
<div class="g-main g-wrap f-cb">
<div class="g-main-l">
<div class="g-article">
<div class="m-breadcrumb"><a href="/">首页</a> &gt; <a href="/columns/3/">要闻</a> &gt; 正文</div>
<div class="g-article-top"><h1>{esc(a.title)}</h1><p class="u-time"><span class="source">每日经济新闻</span><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="u-readnum">{rng.randint(1000, 90000)}阅读</span></p></div>
<div class="g-articl-text">
{_nbd_body(a)}
</div>
<div class="u-disclaimer"><p>免责声明：本文内容与数据仅供参考，不构成投资建议，使用前核实。据此操作，风险自担。</p></div>
<div class="u-copyright"><p>如需转载请与《每日经济新闻》报社联系。未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。</p><p>读者热线：4008890008</p><p>特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。</p></div>
<div class="u-share"><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="like">点赞 {rng.randint(1, 300)}</a><a href="javascript:;" class="fav">收藏</a><a href="javascript:;" class="report">举报</a></div>
<div class="u-app"><img src="/assets/qr_app.png"><p>每经APP　扫码下载</p><p>上市公司、财经热点第一时间掌握</p></div>
{rel_html}
</div>
<div class="m-headline"><div class="m-title"><h3>每经头条</h3><a href="/columns/3/" class="more">更多</a></div><ul>{head}</ul></div>
</div>
<div class="g-main-r">
<div class="g-ad-side"><img src="/upload/ad/nbd_300x250.jpg"><span>广告</span></div>
<div class="m-hot"><div class="m-title"><h3>热门</h3></div><ol>{hot}</ol></div>
<div class="m-zb"><div class="m-title"><h3>每经直播</h3></div><p><a href="/video/?live=1">每经直播间：{esc(x["ctx"]["topic"])}怎么看？</a></p></div>
<div class="m-app"><img src="/assets/qr_app.png"><p>下载每经APP，看更多深度报道</p></div>
</div>
</div>
<div class="g-footer"><div class="g-wrap"><p><a href="/about/">关于每经</a> | <a href="/contact/">联系我们</a> | <a href="/about/#ad">广告合作</a> | <a href="/about/#jobs">加入我们</a> | <a href="/about/#law">版权声明</a></p>
<p>每日经济新闻 版权所有　蜀ICP备12013542号　互联网新闻信息服务许可证：51120190010　川公网安备51019002000130号</p><p>未经许可，不得转载或镜像　违法和不良信息举报电话：028-86516777</p></div></div>
<script>{stats_js("6b0d2f4a6c8e0a2c4e6a8c0e2a4c6e8a")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


# ======================================================================================
# 南方+ / 南方网 (Founder 方正翔宇 CMS, GBK)
# ======================================================================================
NF_NAV = [
    ("首页", "/"),
    ("时政", "/node_1234.htm"),
    ("广东", "/node_1234.htm?c=gd"),
    ("经济", "/node_1234.htm?c=jj"),
    ("湾区", "/node_1234.htm?c=wq"),
    ("民生", "/node_1234.htm?c=ms"),
    ("文旅", "/node_1234.htm?c=wl"),
    ("教育", "/node_1234.htm?c=jy"),
    ("理论", "/node_1234.htm?c=ll"),
    ("视频", "/video/"),
    ("图片", "/photo/"),
    ("专题", "/zt/2024qgjj/"),
    ("南方+", "/about/#app"),
]


def _nf_lead(a: Art) -> str:
    st, au, co = a.x["style"], a.authors, a.correspondents
    corr = ("　通讯员 " + " ".join(co)) if co else ""
    if st == "corr":
        return f"南方+记者 {au[0]}{corr}"
    if st == "jz":
        return f"南方+记者 {au[0]}"
    if st == "paper":
        return f"南方日报记者 {au[0]}{corr}"
    if st == "wen":
        return f"文/南方+记者 {au[0]}"
    return f"南方+记者 {au[0]} {au[1]}"


def _nf_body(a: Art) -> str:
    out = [f"<p>{esc(_nf_lead(a))}</p>"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>　　{esc(b.text)}</strong></p>")
        else:
            cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
            out.append(
                f'<p style="text-align: center"><img src="{b.src}" border="0" /></p><p style="text-align: center">{cap}</p>'
            )
    return "\n".join(out)


def nfplus(site: Site18, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    url = site.base + a.path
    nav = "".join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in NF_NAV)
    source = "南方日报" if x["style"] == "paper" else "南方+"
    ld = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": url,
        "title": a.title,
        "images": [],
        "description": _desc(a),
        "pubDate": a.when.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    rel = _rel(site, a)
    rel_html = ""
    if rel:
        items = "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        rel_html = f'<div class="m-related"><div class="title"><h3>相关阅读</h3></div><ul>{items}</ul></div>'
    feed = sorted(site.arts, key=lambda b: b.when)[::-1][:16]
    feed = [b for b in feed if b is not a][:12]
    rec = "".join(f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>' for b in feed)
    hot = "".join(
        f'<li><i>{k}</i><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(_hot(site, a, "hot", 10), 1)
    )
    ed = f"编辑 {a.editors[0]}" if x["ed_style"] == "编辑" else f"责编：{a.editors[0]}"
    box_src = "南方日报" if x["style"] == "paper" else "南方报业传媒集团南方+客户端"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(a.title)}_南方网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},{esc(x["ctx"]["city"])},南方网,南方+" />
<meta name="description" content="{esc(_desc(a))}" />
<meta name="contentid" content="{a.path.split("/")[-1].split(".")[0]}" />
<meta name="nodeid" content="1234" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link href="/css/2024/content.css" rel="stylesheet" type="text/css" />
<style type="text/css">
{_filler_css(site, a, "m")}
</style>
</head>
<body>
<div class="top-bar"><div class="w1000"><a href="/">南方网首页</a> | <a href="/about/#app">南方+</a> | <a href="/node_1234.htm?c=nfrb">南方日报</a> | <a href="/node_1234.htm?c=nddaily">南方都市报</a> | <a href="/node_1234.htm?c=infzm">南方周末</a> | <a href="/channel/finance/">21世纪经济报道</a> | <a href="/node_1234.htm?c=nfrw">南方人物周刊</a></div></div>
<div class="header"><div class="w1000"><a class="logo" href="/">南方网</a><div class="nav">{nav}</div><div class="search"><form action="/search" method="get"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="w1000 m-main">
<div class="m-content">
<div class="crumbs"><a href="/">南方网</a> &gt;&gt; <a href="/node_1234.htm">广东经济</a> &gt;&gt; 正文</div>
<h2 id="article_title">{esc(a.title)}</h2>
<div class="m-article-info"><span class="source">来源：<span id="source_baidu">{source}</span></span>　<span id="pubtime_baidu">{a.when:%Y-%m-%d %H:%M}</span></div>
<div class="m-share"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ</a></div>
<div class="content" id="content">
<!--enpcontent-->
{_nf_body(a)}
<!--/enpcontent-->
</div>
<div class="m-editor">{esc(ed)}</div>
<div class="m-author-box"><p>【作者】 {esc(" ".join(a.authors))}</p><p>【来源】 {box_src}</p></div>
<div class="m-app"><img src="/images/nfplus_qr.png" /><p>下载南方+客户端，看更多权威资讯</p></div>
{rel_html}
<div class="m-recommend"><div class="title"><h3>推荐阅读</h3></div><ul>{rec}</ul></div>
</div>
<div class="m-side">
<div class="ad"><img src="/images/ad/nf_300x250_{rng.randint(1, 4)}.jpg" /><span>广告</span></div>
<div class="m-hot"><div class="title"><h3>热点</h3></div><ol>{hot}</ol></div>
<div class="m-app-side"><img src="/images/nfplus_qr.png" /><p>南方+客户端<br />扫码下载</p></div>
</div>
</div>
<div class="footer"><div class="w1000"><p><a href="/about/">关于南方网</a> | <a href="/contact/">联系我们</a> | <a href="/about/#ad">广告服务</a> | <a href="/about/#law">版权声明</a></p>
<p>本网站由南方网版权所有　未经授权禁止复制或建立镜像</p><p>粤ICP备05070829号　互联网新闻信息服务许可证：44120170001　粤公网安备44010402000012号　违法和不良信息举报电话：020-87373397</p></div></div>
<script type="text/javascript">{stats_js("9f8e7d6c5b4a39281706f5e4d3c2b1a0")}</script>
</body>
</html>"""
    return encode(page, "gbk"), "text/html"


# ======================================================================================
# Non-article pages
# ======================================================================================
def _frame(
    site: Site18, title: str, key: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    links = [(LABEL[t], LISTS[t][0]) for t in LABEL] + EXTRA
    nav = "".join(f'<li><a href="{u}">{esc(n)}</a></li>' for n, u in links)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{esc(title)}</title>
<meta name="keywords" content="财经,商业,新闻">
<style>
{css(rng, "list", 120)}
</style>
</head>
<body>
<div class="hd"><a href="/" class="logo">财经新闻联播</a><form action="/search" method="get"><input name="q"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">
{inner}
</div>
<div class="ft"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/rank/">排行</a> | <a href="/roll/">滚动</a></p><p>Copyright &copy; 2024 版权所有　沪ICP备00000000号</p></div>
<script>{stats_js("00aa11bb22cc33dd44ee55ff66778899")}</script>
</body>
</html>"""
    return encode(page, charset), ("text/html" if charset == "gbk" else CT)


def _listing(site: Site18, tpl: str, page: int) -> tuple[bytes, str]:
    arts = sorted(site.of(tpl), key=lambda b: b.when)[::-1]
    chunk = arts[(page - 1) * 7 : page * 7]
    rows = "".join(
        f'<li class="item"><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(_desc(b), 60))}</p><span class="time">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in chunk
    )
    first, second = LISTS[tpl]
    pager = (
        f'<div class="pager"><span class="cur">1</span><a href="{second}">2</a><a href="{second}">下一页</a></div>'
        if page == 1
        else f'<div class="pager"><a href="{first}">上一页</a><a href="{first}">1</a><span class="cur">2</span></div>'
    )
    charset = "gbk" if tpl == "nfplus" else "utf-8"
    return _frame(
        site,
        f"{LABEL[tpl]}_列表_第{page}页",
        f"list-{tpl}-{page}",
        f'<div class="list"><h1>{LABEL[tpl]}</h1><ul>{rows}</ul>{pager}</div>',
        charset,
    )


def home(site: Site18) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABEL, top=12, each=6)
    more = "".join(f'<a href="{u}">{esc(t)}</a> ' for t, u in EXTRA)
    boxes.append(f'<div class="box more"><h2>更多</h2><p>{more}</p></div>')
    return _frame(site, "财经新闻联播_首页", "home", "".join(boxes))


def roll(site: Site18) -> tuple[bytes, str]:
    latest = sorted(site.arts, key=lambda b: b.when)[::-1]
    rows = "".join(
        f'<li><span class="col">[{LABEL[b.tpl]}]</span><a href="{b.path}" target="_blank">{esc(b.title)}</a><span class="time">{b.when:%m-%d %H:%M}</span></li>'
        for b in latest
    )
    return _frame(
        site, "滚动新闻", "roll", f'<div class="roll"><h1>滚动新闻</h1><ul>{rows}</ul></div>'
    )


def video(site: Site18) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    cells = "".join(
        f'<div class="v"><a href="{b.path}"><img src="/video/cover{k}.jpg"><span class="dur">0{rng.randint(1, 9)}:{rng.randint(10, 59)}</span></a><p><a href="{b.path}">{esc(trunc(b.title, 20))}</a></p></div>'
        for k, b in enumerate(rng.sample(site.arts, 12))
    )
    return _frame(site, "视频", "video", f'<div class="video-list"><h1>视频</h1>{cells}</div>')


def photo(site: Site18) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "photo")
    with_img = [b for b in site.arts if any(x.kind == "img" for x in b.blocks)]
    cells = "".join(
        f'<div class="pic"><a href="{b.path}"><img src="{next(x.src for x in b.blocks if x.kind == "img")}"></a><p><a href="{b.path}">{esc(trunc(b.title, 20))}</a></p></div>'
        for b in rng.sample(with_img, min(12, len(with_img)))
    )
    return _frame(site, "图集", "photo", f'<div class="photo-list"><h1>图集</h1>{cells}</div>')


def rank(site: Site18) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "rank")
    rows = "".join(
        f'<tr><td>{k}</td><td><a href="{b.path}" target="_blank">{esc(b.title)}</a></td><td>{LABEL[b.tpl]}</td><td>{rng.randint(500, 90000)}</td></tr>'
        for k, b in enumerate(rng.sample(site.arts, 25), 1)
    )
    return _frame(
        site,
        "排行榜",
        "rank",
        f'<div class="rank"><h1>24小时排行</h1><table><tr><th>排名</th><th>标题</th><th>来源</th><th>阅读</th></tr>{rows}</table></div>',
    )


def topic(site: Site18) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    picks = rng.sample(site.arts, 14)
    return _frame(
        site,
        "新能源_话题",
        "topic",
        f'<div class="topic"><h1>#新能源#</h1><p class="desc">汇集新能源汽车、光伏、储能产业链最新动态。</p><ul>{"".join(news_li(b) for b in picks)}</ul></div>',
    )


def zhuanti(site: Site18) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt")
    picks = rng.sample(site.of("sfc") + site.of("yicai"), 12)
    inner = f"""<div class="zt"><div class="banner"><img src="/zt/2024qgjj/banner.jpg" alt="2024全国经济一季报"></div>
<div class="intro"><p>一季度各地经济数据陆续出炉，21世纪经济报道推出“2024全国经济一季报”专题，解读各省份经济运行态势。</p></div>
<div class="zt-box"><h3>最新报道</h3><ul>{"".join(news_li(b, "%m-%d") for b in picks[:6])}</ul></div>
<div class="zt-box"><h3>深度解读</h3><ul>{"".join(news_li(b, "%m-%d") for b in picks[6:])}</ul></div></div>"""
    return _frame(site, "2024全国经济一季报_专题", "zt", inner)


def authors(site: Site18) -> tuple[bytes, str]:
    cols = [b for b in site.of("guancha") if b.x["style"] == "column"]
    cells = "".join(
        f'<div class="author"><img src="/upload/author/{k}.jpg"><h3>{esc(b.authors[0])}</h3><p>观察者网专栏作者</p><p>最新文章：<a href="{b.path}">{esc(b.title)}</a></p></div>'
        for k, b in enumerate(cols)
    )
    return _frame(
        site, "专栏作者", "authors", f'<div class="authors"><h1>专栏作者</h1>{cells}</div>'
    )


def search(site: Site18, kw: str) -> tuple[bytes, str]:
    hits = [b for b in site.arts if kw in b.title or kw in b.body][:15] or site.arts[::5]
    items = "".join(
        f'<div class="result"><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(_desc(b), 70))}</p><span>{LABEL[b.tpl]} {b.when:%Y-%m-%d}</span></div>'
        for b in hits
    )
    return _frame(
        site,
        f"{kw}_搜索结果",
        f"s-{kw}",
        f'<div class="search"><p>共找到 {len(hits)} 条与“{esc(kw)}”相关的结果</p>{items}</div>',
    )


def about(site: Site18) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>关于我们</h1>
<p>本站汇集第一财经、观察者网、21世纪经济报道、每日经济新闻、南方+等媒体的财经商业报道。</p>
<p id="app">客户端下载：扫描页面二维码，下载APP。</p><p id="ad">广告合作：ad@news.example</p><p id="jobs">加入我们：hr@news.example</p>
<p id="law">法律声明：本站所载文章，版权归原作者及原出处所有。</p><p id="privacy">隐私政策：我们重视您的个人信息保护。</p></div>"""
    return _frame(site, "关于我们", "about", inner)


def contact(site: Site18) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>联系我们</h1>
<p>新闻热线：021-22002222　邮箱：news@news.example</p>
<p>地址：上海市静安区威海路298号　邮编：200041</p>
<p>违法和不良信息举报电话：021-22002972</p></div>"""
    return _frame(site, "联系我们", "contact", inner)


ARTICLE = {"yicai": yicai, "guancha": guancha, "sfc": sfc, "nbd": nbd, "nfplus": nfplus}


def register(site: Site18) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: ARTICLE[a.tpl](site, a))
    for tpl, (first, second) in LISTS.items():
        site.route(first, lambda t=tpl: _listing(site, t, 1))
        site.route(second, lambda t=tpl: _listing(site, t, 2))
    site.route("/", lambda: home(site))
    site.route("/roll/", lambda: roll(site))
    site.route("/video/", lambda: video(site))
    site.route("/photo/", lambda: photo(site))
    site.route("/rank/", lambda: rank(site))
    site.route("/topics/xinnengyuan/", lambda: topic(site))
    site.route("/zt/2024qgjj/", lambda: zhuanti(site))
    site.route("/authors/", lambda: authors(site))
    site.route("/search?q=新能源", lambda: search(site, "新能源"))
    site.route("/about/", lambda: about(site))
    site.route("/contact/", lambda: contact(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nDisallow: /api/\n", "text/plain"))
