"""Site 45's article pages: 美通社 (datelined releases, 消息来源, 媒体垂询, 免责声明), the GBK
企业频道 (作者：佚名, 免责声明), 中华网 企业 (声明：本文为企业发布 inside the text, 编辑 line), a listed
maker's 公司新闻 (``show.aspx?id=``, 作者：品牌部, 公告 PDFs) and 证券日报网 公司 (本报记者 X 见习记者
Y, (编辑 E), 责任编辑)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site45

LABELS = {
    "pr": "美通社",
    "fb": "中国新闻发布网·企业频道",
    "zh": "中华网科技·企业",
    "ir": "云岭精工 投资者关系",
    "zq": "证券日报网·公司",
}
IR_CO = ("云岭精工股份有限公司", "云岭精工", "688512")


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.when:{fmt}}</span></li>'


def others(site: Site45, a: Art, k: int, key: str) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def body_html(blocks: list[Block], cap_style: str = "center") -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align: {cap_style};"><img src="{b.src}" alt="{esc(b.text)}" border="0"></p>'
            )
            if b.text:
                out.append(f'<p style="text-align: {cap_style};">{esc(b.text)}</p>')
            if b.credit:
                out.append(
                    f'<p style="text-align: {cap_style};"><span style="font-size:12px;color:#999">{esc(b.credit)}</span></p>'
                )
    return "\n".join(out)


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'jquery-' + tpl, n_js)}</script>\n<script>{stats_js('s45' + tpl)}</script>"


# --- 1. 美通社 ---------------------------------------------------------------------------------
def pr_page(site: Site45, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ctx, nm = a.x["ctx"], a.x["nm"]
    rel = ""
    if a.related:
        items = "".join(li(site.by_path[p], "%Y-%m-%d %H:%M") for p in a.related)
        rel = f'<div class="related-news"><h3 class="section-title">相关新闻稿</h3><ul>{items}</ul></div>'
    newest = "".join(li(b, "%m-%d %H:%M") for b in others(site, a, 8, "new"))
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 6, "hot"))
    inds = "".join(
        f'<a href="/home/industry/{k}.shtml">{v}</a>'
        for k, v in [
            ("auto", "汽车与交通"),
            ("tech", "科技与电信"),
            ("health", "医疗与保健"),
            ("energy", "能源与环境"),
            ("finance", "金融服务"),
        ]
    )
    links = ""
    if a.i % 2 == 0:
        links = f'<p>相关链接 :<br/><a href="https://www.example-{a.x["id"]}.com" target="_blank" rel="nofollow">https://www.example-{a.x["id"]}.com</a></p>'
    contact = ""
    if a.x["contact"]:
        contact = f"<p><b>媒体垂询：</b><br/>{ctx['short']}品牌传播部<br/>{nm[2]}<br/>电话：+86-21-{rng.randint(5000_0000, 6999_9999)}<br/>邮箱：media@example.com</p>"
    jsonld = f'{{"@context":"https://schema.org","@type":"WebPage","name":"{esc(a.title)} -美通社PR-Newswire","publisher":{{"@type":"Organization","name":"美通社"}}}}'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)} -美通社PR-Newswire</title>
<meta name="keywords" content="{esc(ctx["short"])},{esc(ctx["topic"])},新闻稿">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
<meta property="og:site_name" content="美通社">
<meta property="og:title" content="{esc(a.title)}">
<script type="application/ld+json">{jsonld}</script>
{head_common(rng, "pr")}
</head>
<body class="story">
<div id="top-bar"><div class="container"><a href="/" class="logo"><img src="/img/logo-prn-cn.png" alt="美通社"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻稿</a></li><li><a href="/home/industry/tech.shtml">行业</a></li><li><a href="/multimedia/">多媒体</a></li><li><a href="/services/">发布新闻稿</a></li><li><a href="/search/?q=">搜索</a></li></ul>
<div class="lang"><a href="https://en.prnasia.com">English</a> | <a href="/">简体</a> | <a href="https://hk.prnasia.com">繁體</a></div></div></div>
<div class="container"><div class="row"><div class="col-main">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">最新新闻稿</a></div>
<div id="story-header">
<h1 id="contenttitle">{esc(a.title)}</h1>
<div class="story-meta"><span class="timestamp">{a.when:%Y-%m-%d %H:%M}</span><span class="source">来源：<a href="/news/company/{a.x["id"] % 997}.shtml">{esc(ctx["co"])}</a></span></div>
<div class="share-bar"><span>分享到：</span><a class="wechat" href="javascript:;">微信</a><a class="weibo" href="javascript:;">新浪微博</a><a class="linkedin" href="javascript:;">LinkedIn</a><a href="javascript:window.print();">打印</a></div>
</div>
<div id="dialogue-body" class="story-body">
{body_html(a.blocks)}
{links}
<p>消息来源：{esc(ctx["co"])}</p>
{contact}
</div>
<div class="disclaimer"><p>免责声明：本文内容由发布机构提供，美通社对其内容的准确性、完整性不作任何保证，亦不承担任何责任。</p></div>
<div class="tags">行业：<a href="/home/industry/tech.shtml">{esc(ctx["topic"])}</a></div>
{rel}
</div>
<div class="col-side"><div class="box"><h3>最新新闻稿</h3><ul>{newest}</ul></div><div class="box"><h3>热门新闻稿</h3><ul>{hot}</ul></div><div class="box"><h3>浏览行业新闻</h3>{inds}</div>
<div class="box subscribe"><h3>订阅美通社新闻</h3><form action="/subscribe/"><input name="email" placeholder="电子邮件"><button>订阅</button></form></div></div>
</div></div>
<div id="footer"><div class="container"><a href="/about/">关于美通社</a> | <a href="/contact/">联系我们</a> | <a href="/privacy/">隐私政策</a> | <a href="/terms/">使用条款</a><p>Copyright &copy; {a.when.year} PR Newswire Asia Ltd. All Rights Reserved. 美通社版权所有</p></div></div>
</body>
</html>
"""
    return served(page)


# --- 2. 企业频道 (GBK) -----------------------------------------------------------------------
def fb_page(site: Site45, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    source = "中国新闻发布网" if st == "outlet" else "企业供稿"
    author = {
        "yiming": "佚名",
        "blank": "",
        "person": nm[0],
        "two": f"{nm[0]} {nm[1]}",
        "outlet": nm[0],
    }[st]
    rel = ""
    if a.related:
        rel = f'<div class="xgwz"><div class="tit"><h3>相关文章</h3></div><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    new = "".join(li(b, "%m-%d") for b in others(site, a, 10, "new"))
    tui = "".join(
        f'<li><a href="{b.path}"><img src="/uploads/allimg/{b.when:%y%m%d}/1-{b.i}.jpg"><p>{esc(trunc(b.title, 14))}</p></a></li>'
        for b in others(site, a, 4, "tui")
    )
    editor = f'<div class="zrbj">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    meta = (
        "" if a.x["old"] else '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}<title>{esc(a.title)}_企业频道_中国新闻发布网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["short"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 70))}" />
{head_common(rng, "fb", 300, 50)}
</head>
<body>
<div class="top"><div class="w1000"><span>欢迎访问中国新闻发布网！</span><a href="/about/">关于我们</a> | <a href="/about/tougao.html">在线投稿</a></div></div>
<div class="header w1000"><a href="/" class="logo"><img src="/templets/default/images/logo.gif" alt="中国新闻发布网"></a><div class="search"><form action="/plus/search.php" method="get"><input name="keyword" type="text"><input type="submit" value="搜索"></form></div></div>
<div class="nav w1000"><ul><li><a href="/">首页</a></li><li><a href="/news/">资讯</a></li><li><a href="/qiye/">企业</a></li><li><a href="/chanjing/">产经</a></li><li><a href="/keji/">科技</a></li><li><a href="/jiankang/">健康</a></li><li><a href="/qiche/">汽车</a></li><li><a href="/fangchan/">房产</a></li></ul></div>
<div class="w1000 main">
<div class="left">
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/qiye/">企业</a> &gt; 正文</div>
<div class="viewbox">
<div class="title"><h1>{esc(a.title)}</h1></div>
<div class="info">时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{source}　作者：{author}　点击：<script src="/plus/count.php?view=yes&aid={a.x["id"]}&mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content" id="text">
{body_html(a.blocks)}
</div>
<div class="mzsm"><p>免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。</p></div>
{editor}
<div class="fenxiang">分享到：<a href="#">QQ空间</a> <a href="#">新浪微博</a> <a href="#">微信</a></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/qiye/">返回列表</a></li><li>下一篇：没有了</li></ul></div></div>
</div>
{rel}
<div class="qytj"><h3>企业推荐</h3><ul>{tui}</ul></div>
</div>
<div class="right"><div class="rbox"><h3>热门文章</h3><ul>{hot}</ul></div><div class="rbox"><h3>最新发布</h3><ul>{new}</ul></div></div>
</div>
<div class="footer w1000"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/mzsm.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p><p>Copyright &copy; 中国新闻发布网 版权所有　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page, "gbk", header=a.x["old"])


# --- 3. 中华网 企业 ------------------------------------------------------------------------
def zh_page(site: Site45, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm = a.x["nm"]
    src = "中华网" if a.x["qc"] else "企业供稿"
    auth = f'<span class="author">作者：{nm[0]}</span>' if a.x["author"] else ""
    rel = ""
    if a.related:
        rel = f'<div class="mod-related"><div class="mod-hd"><h2>相关新闻</h2></div><ul class="list">{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 8, "hot"))
    rec = "".join(
        f'<div class="item"><a href="{b.path}"><img src="/imgs/{b.x["id"]}.jpg"><h3>{esc(b.title)}</h3></a></div>'
        for b in others(site, a, 6, "rec")
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(a.title)}_中华网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["short"])},{esc(a.x["ctx"]["prod"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 90))}">
<meta name="author" content="中华网">
{head_common(rng, "zh", 280, 45)}
<script>var pageInfo={{"channel":"tech","column":"qiye","articleId":"{a.x["id"]}","publishTime":"{a.when:%Y-%m-%d %H:%M:%S}"}};</script>
</head>
<body>
<div class="top_header"><div class="wp"><a href="https://www.china.com/" class="logo">中华网</a><ul class="top_nav"><li><a href="https://news.china.com/">新闻</a></li><li><a href="https://military.china.com/">军事</a></li><li><a href="/">科技</a></li><li><a href="https://finance.china.com/">财经</a></li><li><a href="https://auto.china.com/">汽车</a></li><li><a href="https://ent.china.com/">娱乐</a></li></ul></div></div>
<div class="wp chan_nav"><a href="/">科技首页</a><a href="/qiye/">企业</a><a href="/ai/">人工智能</a><a href="/digi/">数码</a><a href="/tele/">通信</a></div>
<div class="wp"><div class="chan_newsPath"><a href="/">科技</a> &gt; <a href="/qiye/">企业</a> &gt; 正文</div>
<div class="chan_newsBlk">
<h1 id="chan_newsTitle">{esc(a.title)}</h1>
<div class="chan_newsInfo"><div class="chan_newsInfo_source"><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：<a href="#">{src}</a></span>{auth}</div><div class="chan_newsInfo_link"><a href="#comment" class="chan_newsInfo_comment">评论</a><a href="javascript:;" class="share">分享至</a></div></div>
<div id="chan_newsDetail">
{body_html(a.blocks)}
<p style="color:#999;font-size:12px">声明：本文为企业发布，内容仅供参考，不构成投资建议，不代表本网站立场。</p>
</div>
<div class="editor">编辑：{a.editors[0]}</div>
<div class="chan_newsPage"></div>
</div>
{rel}
<div class="mod-recommend"><div class="mod-hd"><h2>精彩推荐</h2></div>{rec}</div>
</div>
<div class="side"><div class="mod"><h2>24小时热文</h2><ul>{hot}</ul></div><div class="ad" id="ad_tech_right"><script>(window.adsbygoogle=window.adsbygoogle||[]).push({{}});</script></div></div>
<div class="footer"><p><a href="https://www.china.com/about/">关于中华网</a> | <a href="https://www.china.com/contact/">联系我们</a> | <a href="https://www.china.com/law/">法律声明</a></p><p>Copyright &copy; 中华网 版权所有</p></div>
</body>
</html>
"""
    return served(page)


# --- 4. 云岭精工 公司新闻 ----------------------------------------------------------------------
def ir_page(site: Site45, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    author = {
        "brand": "品牌部",
        "sec": "证券部",
        "board": "董事会办公室",
        "person": nm[0],
        "unit_person": f"品牌部　{nm[0]}",
    }[st]
    rel = ""
    if a.related:
        rel = f'<div class="related"><h4>相关新闻</h4><ul>{"".join(li(site.by_path[p]) for p in a.related)}</ul></div>'
    pdf = ""
    if a.x["pdf"]:
        pdf = f'<div class="attach">相关公告：<a href="/uploads/ir/{a.when:%Y%m}/{IR_CO[2]}_{a.when:%Y%m%d}_{a.x["id"]}.pdf" target="_blank">{IR_CO[1]}：关于{esc(trunc(a.title, 20))}的公告.pdf</a></div>'
    ann = "".join(
        f'<li><a href="/uploads/ir/2024{m:02d}/{IR_CO[2]}_2024{m:02d}{d:02d}_{k}.pdf" target="_blank">{t}</a><span>2024-{m:02d}-{d:02d}</span></li>'
        for k, (m, d, t) in enumerate(
            [
                (4, 26, "2023年年度报告"),
                (4, 26, "2024年第一季度报告"),
                (4, 26, "关于2023年度利润分配预案的公告"),
                (3, 30, "关于召开2023年度业绩说明会的公告"),
                (3, 12, "关于以集中竞价交易方式回购股份的进展公告"),
            ]
        )
    )
    arts = latest(site.of("ir"))
    idx = arts.index(a)
    prev = (
        f'<a href="{arts[idx + 1].path}">{esc(arts[idx + 1].title)}</a>'
        if idx + 1 < len(arts)
        else "没有了"
    )
    nxt = f'<a href="{arts[idx - 1].path}">{esc(arts[idx - 1].title)}</a>' if idx else "没有了"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}-公司新闻-{IR_CO[0]}</title>
<meta name="keywords" content="{IR_CO[1]},{IR_CO[2]},精密传动" />
{head_common(rng, "ir", 240, 40)}
</head>
<body>
<div class="header"><div class="inner"><a href="/" class="logo"><h1>{IR_CO[0]}</h1></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a></li><li><a href="/product/">产品中心</a></li><li><a href="/news/list.aspx?cid=1">新闻中心</a><ul><li><a href="/news/list.aspx?cid=1">公司新闻</a></li><li><a href="/news/list.aspx?cid=2">行业动态</a></li></ul></li><li><a href="/ir/">投资者关系</a><ul><li><a href="/ir/notice.aspx">公司公告</a></li><li><a href="/ir/report.aspx">定期报告</a></li><li><a href="/ir/governance.aspx">公司治理</a></li></ul></li><li><a href="/contact/">联系我们</a></li></ul>
<div class="stock">股票代码：{IR_CO[2]}</div></div></div>
<div class="banner"><img src="/images/banner_news.jpg" alt="新闻中心"></div>
<div class="inner clearfix">
<div class="leftnav"><h3>新闻中心</h3><ul><li class="on"><a href="/news/list.aspx?cid=1">公司新闻</a></li><li><a href="/news/list.aspx?cid=2">行业动态</a></li><li><a href="/ir/notice.aspx">公司公告</a></li></ul>
<div class="notice"><h3>公司公告</h3><ul>{ann}</ul></div></div>
<div class="rightcon">
<div class="location">您的位置：<a href="/">首页</a> &gt; <a href="/news/list.aspx?cid=1">新闻中心</a> &gt; 公司新闻</div>
<div class="news-detail">
<h2 class="title">{esc(a.title)}</h2>
<div class="info"><span>发布时间：{a.when:%Y-%m-%d}</span><span>作者：{author}</span><span>浏览次数：<em id="hits">{rng.randint(80, 3000)}</em></span></div>
<div class="content">
{body_html(a.blocks)}
</div>
{pdf}
<div class="prenext"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
{rel}
</div></div>
<div class="footer"><div class="inner"><p>{IR_CO[0]}　版权所有　地址：云州市高新区精工路88号　证券部电话：0871-6500{rng.randint(1000, 9999)}　投资者邮箱：ir@example.com</p><p>滇ICP备00000000号-1</p></div></div>
</body>
</html>
"""
    return served(page)


# --- 5. 证券日报网 公司 ------------------------------------------------------------------------
def zq_page(site: Site45, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st = a.x["nm"], a.x["style"]
    byline = {
        "bj_jx": f"本报记者 {nm[0]} 见习记者 {nm[1]}",
        "bj": f"本报记者 {nm[0]}",
        "bj_two": f"本报记者 {nm[0]} {nm[1]}",
        "jx": f"见习记者 {nm[1]}",
        "none": "",
    }[st]
    field = {
        "bj_jx": f"{nm[0]} {nm[1]}",
        "bj": nm[0],
        "bj_two": f"{nm[0]} {nm[1]}",
        "jx": nm[1],
        "none": "",
    }[st]
    source = "证券日报网" if st == "none" else "证券日报"
    bl = f"<p>{byline}</p>\n" if byline else ""
    tail = f"<p>（编辑 {a.editors[1]}）</p>" if len(a.editors) > 1 else ""
    rel = ""
    if a.related:
        rel = f'<div class="xgyd"><div class="tit">相关阅读</div><ul>{"".join(li(site.by_path[p], "%Y-%m-%d %H:%M") for p in a.related)}</ul></div>'
    hot = "".join(li(b, "%m-%d") for b in others(site, a, 10, "hot"))
    top = "".join(
        f"<li><em>{k}</em>{li(b)[4:-5]}</li>" for k, b in enumerate(others(site, a, 8, "top"), 1)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}-证券日报网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["short"])}" />
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
{head_common(rng, "zq", 260, 40)}
</head>
<body>
<div class="topbar"><div class="w1200"><a href="/">证券日报网</a> | <a href="http://epaper.zqrb.cn/">证券日报电子报</a> | <a href="/app/">客户端</a></div></div>
<div class="head w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="证券日报网"></a></div>
<div class="menu w1200"><a href="/">首页</a><a href="/finance/">金融</a><a href="/gscy/gongsi/">公司</a><a href="/stock/">市场</a><a href="/review/">评论</a><a href="/fund/">基金</a><a href="/jrjg/">机构</a></div>
<div class="w1200 clearfix"><div class="fl news_left">
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/gscy/gongsi/">公司</a></div>
<div class="news_content">
<h1>{esc(a.title)}</h1>
<div class="info_news"><span class="date">{a.when:%Y-%m-%d %H:%M}</span><span>来源：{source}</span><span>作者：{field}</span></div>
<div class="news_content_txt" id="zoom">
{bl}{body_html(a.blocks)}
{tail}
</div>
<div class="zebian"><span>责任编辑：{a.editors[0]}</span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="notice">本网站所刊载信息，不代表证券日报网观点。刊用本网站稿件，务经书面授权。</div>
</div>
{rel}
</div>
<div class="fr news_right"><div class="box"><div class="tit">24小时排行</div><ol>{top}</ol></div><div class="box"><div class="tit">热点推荐</div><ul>{hot}</ul></div></div></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/copyright.html">版权声明</a></p><p>证券日报社 版权所有　京ICP备00000000号</p></div>
</body>
</html>
"""
    return served(page)


RENDER: dict[str, Callable[[Site45, Art], tuple[bytes, str]]] = {
    "pr": pr_page,
    "fb": fb_page,
    "zh": zh_page,
    "ir": ir_page,
    "zq": zq_page,
}


def register(site: Site45) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
