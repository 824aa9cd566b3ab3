"""Site 19's five article templates: 浙江在线 (Founder enpproperty pages, the older ones in GBK),
扬子晚报网 / 紫牛新闻, 新民网, 齐鲁壹点 and 红星新闻."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

from heldout import Art, Block
from heldout_site7.common import css, encode, esc, feed_js, feed_rows, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site19

UTF8 = "text/html; charset=utf-8"


def others(site: Site19, a: Art, k: int, salt: str, tpl: str | None = None) -> list[Art]:
    """Stories of a feed that has nothing to do with ``a`` (most read, recommended)."""
    rng = page_rng(site.seed, a.path + salt)
    pool = [b for b in site.arts if b is not a and (tpl is None or b.tpl == tpl)]
    return rng.sample(pool, min(k, len(pool)))


def crc(s: str) -> int:
    return zlib.crc32(s.encode())


def related(site: Site19, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def intro(a: Art, n: int = 80) -> str:
    return trunc(next(b.text for b in a.blocks if b.kind == "p"), n)


def cambrian(site: Site19, a: Art, pub: str, imgs: list[str]) -> str:
    """Baidu's 熊掌号 (cambrian) JSON-LD that Chinese news pages carry: pubDate without a zone."""
    data = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": site.base + a.path,
        "appid": "1576231498765432",
        "title": a.title,
        "images": [site.base + s for s in imgs[:3]],
        "description": intro(a, 100),
        "pubDate": pub,
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def imgs_of(a: Art) -> list[str]:
    return [b.src for b in a.blocks if b.kind == "img"]


def body(a: Art, img: Any, head: Any, para: Any = None) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(para(b.text) if para else f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(head(b.text))
        else:
            out.append(img(b))
    return "\n".join(out)


def share_bar(cls: str) -> str:
    return (
        f'<div class="{cls}"><span>分享到：</span><a href="javascript:void(0)" class="wx" title="微信">微信</a>'
        '<a href="javascript:void(0)" class="wb" title="新浪微博">微博</a><a href="javascript:void(0)" class="qz" title="QQ空间">QQ空间</a>'
        '<a href="javascript:void(0)" class="qq" title="QQ好友">QQ好友</a><a href="javascript:window.print()" class="print">打印</a></div>'
    )


def ad(slot: str, w: int, h: int) -> str:
    return (
        f'<div class="ad" id="ad_{slot}" style="width:{w}px;height:{h}px"><script>(window.slotbydup=window.slotbydup||[]).push({{id:"u{crc(slot) % 10**7:07d}",container:"ad_{slot}",async:true}});</script>'
        '<span class="ad-tag">广告</span></div>'
    )


def stamp(d: Any, fmt: str) -> str:
    return d.strftime(fmt)


# --------------------------------------------------------------------------------------------
# 浙江在线 (zjnews.zjol.com.cn): Founder 方正 CMS pages with the enpproperty comment
# --------------------------------------------------------------------------------------------
ZJ_NAV = [
    ("/", "首页"),
    ("/zjxw/index.shtml", "浙江新闻"),
    ("/szxw/index.shtml", "时政新闻"),
    ("/topic/gtfy/index.shtml", "共同富裕"),
    ("/zjxw/photo/index.shtml", "图片"),
    ("/video/index.html", "视频"),
    ("https://china.zjol.example/", "国内"),
    ("https://world.zjol.example/", "国际"),
    ("https://finance.zjol.example/", "财经"),
    ("https://edu.zjol.example/", "教育"),
    ("https://health.zjol.example/", "健康"),
    ("https://tour.zjol.example/", "旅游"),
    ("https://house.zjol.example/", "房产"),
    ("https://auto.zjol.example/", "汽车"),
    ("https://culture.zjol.example/", "文化"),
    ("https://sports.zjol.example/", "体育"),
    ("https://hangzhou.zjol.example/", "杭州"),
    ("https://ningbo.zjol.example/", "宁波"),
    ("https://wenzhou.zjol.example/", "温州"),
    ("https://tianmu.example/", "天目新闻"),
    ("https://zjrb.example/paper/", "浙江日报数字报"),
    ("https://qjwb.example/paper/", "钱江晚报"),
]


def zj_author_line(a: Art) -> str:
    nm, s = a.x["nm"], a.x["style"]
    return {
        "jz_corr": f"记者 {nm[0]} 通讯员 {nm[1]}",
        "jz": f"记者 {nm[0]}",
        "two": f"记者 {nm[0]} {nm[1]}",
        "wire": f"新华社记者 {nm[0]}",
        "zjol": f"浙江在线记者 {nm[0]}",
        "corr_only": f"通讯员 {nm[2]}",
    }[s]


def zjol(site: Site19, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    charset = "gbk" if old else "utf-8"
    node, nodename = a.x["node"]
    author = zj_author_line(a)
    ts = stamp(a.when, "%Y-%m-%d %H:%M:%S")
    ctx = a.x["ctx"]

    def img(b: Block) -> str:
        cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
        return (
            f'<p style="text-align: center;"><img src="{b.src}" border="0" style="max-width:600px" /></p>\n'
            f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">{cap}</span></p>'
        )

    text = body(
        a,
        img,
        lambda t: f"<p><strong>{esc(t)}</strong></p>",
        lambda t: f"<p>　　{esc(t)}</p>" if old else f"<p>{esc(t)}</p>",
    )
    enp = (
        f"<!--enpproperty <articleid>{a.x['id']}</articleid><date>{ts}.0</date><author>{esc(author)}</author>"
        f"<title>{esc(a.title)}</title><keyword>{esc(ctx['topic'].strip('“”'))},{ctx['place']}</keyword><subtitle>{esc(a.x['subtitle'])}</subtitle>"
        f"<introtitle>{esc(a.x['intro'])}</introtitle><siteid>1</siteid><nodeid>{10290 + len(node)}</nodeid><nodename>{nodename}</nodename>"
        f"<nodesearchname>{node}</nodesearchname>/enpproperty-->"
    )
    nav = "".join(f'<li><a href="{p}" target="_blank">{n}</a></li>' for p, n in ZJ_NAV)
    rel = related(site, a)
    rel_html = (
        '<div class="xgxw"><div class="xgxwTit"><span>相关新闻</span></div><ul>'
        + "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    pics = "".join(
        f'<dl><dt><a href="{b.path}" target="_blank"><img src="/pic/thumb/{b.x.get("id", 0) or crc(b.path) % 99999}.jpg" /></a></dt><dd><a href="{b.path}">{esc(trunc(b.title, 16))}</a></dd></dl>'
        for b in others(site, a, 4, "pic", "zjol")
    )
    titles = (
        (f'<p class="introtitle">{esc(a.x["intro"])}</p>' if a.x["intro"] else "")
        + f"<h1>{esc(a.title)}</h1>"
        + (f'<p class="subtitle">{esc(a.x["subtitle"])}</p>' if a.x["subtitle"] else "")
    )
    if old:
        head_block = (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="contTit" align="center">{titles}</td></tr>'
            f'<tr><td class="contFrom" align="center">{ts}&nbsp;&nbsp;来源：{a.x["source"]}&nbsp;&nbsp;作者：{esc(author)}</td></tr></table>'
        )
        main_cls = "contTxt"
    else:
        head_block = (
            f'<div class="artTitle">{titles}</div>'
            f'<div class="artSource"><span id="pubtime_baidu">{ts}</span>　<span id="source_baidu">来源：<a href="https://zjrb.example/" target="_blank">{a.x["source"]}</a></span>　<span id="author_baidu">作者：{esc(author)}</span>'
            '<span class="fontSize">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></span></div>'
        )
        main_cls = "artCon"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(a.title)}-{nodename}-浙江在线</title>
<meta name="keywords" content="{esc(ctx["topic"])},{ctx["place"]},{nodename}" />
<meta name="description" content="{esc(intro(a, 100))}" />
<meta name="filetype" content="1" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="{10290 + len(node)}" />
<meta name="contentid" content="{a.x["id"]}" />
<meta name="publishdate" content="{a.when:%Y-%m-%d}" />
<meta name="author" content="{esc(author)}" />
<meta name="source" content="{a.x["source"]}" />
<link href="https://img.zjol.example/css/zjol_2019.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "zj", 110)}</style>
<script type="text/javascript" src="https://img.zjol.example/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
{enp}
<body>
<div class="topBar"><div class="w1000"><span class="fl">浙江在线 &middot; 浙江新闻网站 {a.when:%Y年%m月%d日}</span><span class="fr"><a href="https://passport.zjol.example/login">登录</a> | <a href="https://passport.zjol.example/reg">注册</a> | <a href="/about.html">关于我们</a></span></div></div>
<div class="logoBar"><a href="/"><img src="https://img.zjol.example/images/logo_zjol.png" alt="浙江在线" /></a>{ad("zj_top", 728, 90)}</div>
<div class="mainNav"><ul>{nav}</ul></div>
<div class="subNav">{"".join(f'<a href="https://{c}.zjol.example/">{n}</a>' for c, n in [("hz", "杭州"), ("nb", "宁波"), ("wz", "温州"), ("jx", "嘉兴"), ("hu", "湖州"), ("sx", "绍兴"), ("jh", "金华"), ("qz", "衢州"), ("zs", "舟山"), ("tz", "台州"), ("ls", "丽水")])}</div>
<div class="w1000 clearfix">
<div class="position">您当前的位置 ：<a href="/">浙江在线</a> &gt;&gt; <a href="/{node}/index.shtml">{nodename}</a> &gt;&gt; 正文</div>
<div class="contLeft fl">
{head_block}
{share_bar("bdsharebuttonbox")}
<div class="{main_cls}" id="zoom">
<!--enpcontent-->{text}<!--/enpcontent-->
</div>
<div class="contEdit" align="right">编辑：{a.editors[0]}</div>
{share_bar("bdsharebuttonbox bottom")}
{rel_html}
<div class="copyright_zj">凡注明“来源：浙江在线”的所有作品，版权均属于浙江在线，未经授权不得转载、摘编或利用其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：浙江在线”。违反上述声明者，本网将追究其相关法律责任。</div>
<div class="pinglun"><h3>我要评论</h3><textarea id="cmt" placeholder="文明上网理性发言，请遵守新闻评论服务协议"></textarea><button>发表评论</button><p class="cmtNum">已有<em>{rng.randint(0, 80)}</em>条评论</p></div>
</div>
<div class="contRight fr">
{ad("zj_r1", 300, 250)}
<div class="rdph"><h3>热点排行</h3><ol>{hot}</ol></div>
<div class="tpxw"><h3>图片新闻</h3>{pics}</div>
{ad("zj_r2", 300, 600)}
<div class="ewm"><img src="https://img.zjol.example/images/ewm_zjxw.png" /><p>扫一扫下载浙江新闻客户端</p></div>
</div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="https://www.zjol.example/ad/">广告服务</a> | <a href="https://www.zjol.example/copyright/">版权声明</a> | <a href="https://www.zjol.example/jubao/">违法和不良信息举报</a></p>
<p>浙江在线新闻网站有限公司版权所有　互联网新闻信息服务许可证：33120170001　浙ICP备07502808号-1　<a href="https://beian.miit.gov.cn/" target="_blank">浙公网安备33010302000127号</a></p>
<p>本网站由浙江日报报业集团主办　举报电话：0571-85310000　举报邮箱：jubao@zjol.example</p></div>
<script type="text/javascript">{stats_js("zjol8b3e92")}</script>
<script type="text/javascript">{feed_js("zjol_hot_feed", feed_rows(others(site, a, 12, "feed"), "浙江在线"))}</script>
</body>
</html>
"""
    if old:
        return encode(page, "gbk"), "text/html"
    return encode(page, "utf-8"), UTF8


# --------------------------------------------------------------------------------------------
# 扬子晚报网 / 紫牛新闻 (www.yangtse.com)
# --------------------------------------------------------------------------------------------
YZ_NAV = [
    ("/", "首页"),
    ("/news/index.html", "新闻"),
    ("/news/index.html#nj", "南京"),
    ("/news/index.html#js", "江苏"),
    ("/zn/index.html", "紫牛新闻"),
    ("/tags/suchao.html", "苏超"),
    ("/video/index.html", "视频"),
    ("https://www.yangtse.example/finance/", "财经"),
    ("https://www.yangtse.example/edu/", "教育"),
    ("https://www.yangtse.example/health/", "健康"),
    ("https://www.yangtse.example/travel/", "文旅"),
    ("https://www.yangtse.example/house/", "房产"),
    ("https://www.yangtse.example/auto/", "汽车"),
    ("https://www.yangtse.example/food/", "美食"),
    ("https://www.yangtse.example/sports/", "体育"),
    ("https://www.yangtse.example/ent/", "娱乐"),
    ("https://www.yangtse.example/tech/", "科技"),
    ("https://epaper.yangtse.example/", "数字报"),
    ("https://www.yangtse.example/app/", "扬眼APP"),
]


def yz(site: Site19, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm = a.x["nm"]

    def img(b: Block) -> str:
        cap = esc(b.text)
        credit = f"　{esc(b.credit)}" if b.credit else ""
        return f'<p style="text-align:center"><img src="{b.src}" alt="" /></p>' + (
            f'<p class="pictext" style="text-align:center">{cap}{credit}</p>'
            if cap or credit
            else ""
        )

    text = body(a, img, lambda t: f'<p><strong style="color:#c00">{esc(t)}</strong></p>')
    if a.x["style"] == "zn":
        text = f"<p>紫牛新闻记者｜{nm[0]}</p>\n" + text
    tail = f"编辑 {a.editors[0]}　校对 {a.x['proof']}" if a.editors else f"校对 {a.x['proof']}"
    text += f'\n<p style="text-align:right">{tail}</p>'
    rel = related(site, a)
    rel_html = (
        '<div class="xg-read"><div class="tit"><span>相关阅读</span></div><ul>'
        + "".join(f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>' for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    feed = "".join(
        f'<div class="tj-item"><a href="{b.path}" target="_blank" class="tj-img"><img src="/uploads/thumb/{crc(b.path) % 10**6}.jpg" /></a>'
        f'<div class="tj-info"><a href="{b.path}" target="_blank" class="tj-title">{esc(b.title)}</a><p class="tj-desc">{esc(intro(b, 40))}</p><span class="tj-time">{b.when:%m-%d %H:%M}</span></div></div>'
        for b in others(site, a, 8, "tj")
    )
    tj_html = f'<div class="tj-read"><div class="tit"><span>推荐阅读</span></div>{feed}<a class="more" href="/news/index_2.html">加载更多</a></div>'
    blocks_after = rel_html + tj_html if a.i % 2 == 0 else tj_html + rel_html
    hot = "".join(
        f'<li><span class="num n{k + 1}">{k + 1}</span><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in YZ_NAV)
    ch, chname = a.x["channel"]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)}_扬子晚报网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},扬子晚报,紫牛新闻">
<meta name="description" content="{esc(intro(a, 90))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(intro(a, 60))}">
<meta property="og:image" content="{site.base}/static/images/yz_share.png">
<link rel="stylesheet" href="/static/css/yz_detail.css?v=20240301">
<style>{css(rng, "yz", 120)}</style>
<script>{stats_js("yangtse1f9a0c")}</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问扬子晚报网！</span><span class="fr"><a href="https://www.yangtse.example/app/">下载扬眼APP</a> <a href="https://epaper.yangtse.example/">扬子晚报电子版</a> <a href="https://passport.yangtse.example/login">登录</a></span></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/static/images/logo.png" alt="扬子晚报网"></a><form class="search" action="/search.html"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><div class="w1200">{nav}</div></div>
<div class="w1200 main clearfix">
<div class="main-left">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/index.html#{ch}">{chname}</a> &gt; 正文</div>
<div class="box-text">
<div class="box-text-title">{esc(a.title)}</div>
<div class="box-text-time"><span>{a.when:%Y-%m-%d %H:%M}</span><span>来源：扬子晚报网</span><span class="read">阅读：{a.x["views"]}</span></div>
<div class="box-text-text" id="article-text">
{text}
</div>
{share_bar("box-text-share")}
<div class="box-text-statement">声明：扬子晚报网原创内容，未经授权不得转载。</div>
</div>
{blocks_after}
<div class="comment-box"><div class="tit"><span>网友评论</span></div><div class="cmt-input"><textarea placeholder="我来说两句……"></textarea><button>发表</button></div><p class="no-cmt">暂无评论，快来抢沙发吧！</p></div>
</div>
<div class="main-right">
<div class="app-down"><img src="/static/images/yangyan_qr.png" alt=""><p>扫码下载扬眼APP</p><p>紫牛新闻 有态度的新闻</p></div>
{ad("yz_r1", 300, 250)}
<div class="hot-list"><div class="tit"><span>热门排行</span></div><ul>{hot}</ul></div>
{ad("yz_r2", 300, 250)}
<div class="zn-box"><div class="tit"><span>紫牛新闻</span></div><ul>{"".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in others(site, a, 5, "zn", "yz"))}</ul></div>
</div>
</div>
<div class="footer"><div class="w1200"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="https://www.yangtse.example/ad/">广告服务</a> | <a href="https://www.yangtse.example/law/">法律顾问</a></p>
<p>扬子晚报网 版权所有 未经授权禁止复制或建立镜像　新华报业传媒集团主管主办</p>
<p>苏ICP备10077980号-2　互联网新闻信息服务许可证32120170003　<a href="https://beian.miit.gov.cn/" target="_blank">苏公网安备32010602010123号</a>　违法和不良信息举报电话：025-96060</p></div></div>
<script>{feed_js("tjData", feed_rows(others(site, a, 10, "feed2"), "扬子晚报网"))}</script>
</body>
</html>
"""
    return encode(page, "utf-8"), UTF8


# --------------------------------------------------------------------------------------------
# 新民网 (www.xinmin.cn)
# --------------------------------------------------------------------------------------------
XM_NAV = [
    ("/", "首页"),
    ("/content/node_5.htm", "上海"),
    ("/xmy/index.htm", "新民眼"),
    ("https://news.xinmin.example/china/", "国内"),
    ("https://news.xinmin.example/world/", "国际"),
    ("https://news.xinmin.example/society/", "社会"),
    ("https://finance.xinmin.example/", "财经"),
    ("https://sports.xinmin.example/", "体育"),
    ("https://ent.xinmin.example/", "文娱"),
    ("https://ygb.xinmin.example/", "夜光杯"),
    ("https://edu.xinmin.example/", "教育"),
    ("https://health.xinmin.example/", "健康"),
    ("https://paper.xinmin.example/", "新民晚报数字报"),
    ("/photo/index.html", "图片"),
    ("/video/index.html", "视频"),
]


XM_YGB = "".join(
    f'<li><a href="https://ygb.xinmin.example/{k}.html">{t}</a></li>'
    for k, t in enumerate(
        [
            "弄堂里的栀子花",
            "外婆的腌笃鲜",
            "夜读：城市的温度",
            "老上海的有轨电车",
            "江南梅雨",
            "读书的滋味",
            "石库门的黄昏",
            "一碗阳春面",
        ],
        1,
    )
)
FRIENDS = "".join(
    f'<a href="https://{h}/" target="_blank">{n}</a>'
    for h, n in [
        ("www.people.example", "人民网"),
        ("www.xinhuanet.example", "新华网"),
        ("www.chinanews.example", "中国新闻网"),
        ("www.eastday.example", "东方网"),
        ("www.jfdaily.example", "上观新闻"),
        ("www.thepaper.example", "澎湃新闻"),
        ("www.whb.example", "文汇网"),
        ("www.zjol.example", "浙江在线"),
        ("www.yangtse.example", "扬子晚报网"),
        ("www.ql1d.example", "齐鲁壹点"),
        ("www.cdsb.example", "红星新闻"),
        ("www.dzwww.example", "大众网"),
        ("www.jschina.example", "中国江苏网"),
        ("www.scol.example", "四川在线"),
        ("www.hangzhou.example", "杭州网"),
    ]
)


def xm(site: Site19, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
        return f'<p style="text-align:center"><img src="{b.src}" /><br/>{cap}</p>'

    text = body(a, img, lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>')
    info = (
        f'<div class="info"><span>作者：{esc(a.x["info_author"])}</span>　<span>编辑：{a.editors[0]}</span>　'
        f'<span>来源：<a href="https://paper.xinmin.example/" target="_blank">{a.x["source"]}</a></span>　<span>{a.when:%Y-%m-%d %H:%M:%S}</span></div>'
    )
    rel = related(site, a)
    rel_html = (
        '<div class="xgxw"><h3>相关新闻</h3><ul>'
        + "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span class="date">{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    xmy = "".join(
        f'<div class="xmy_item"><a href="{b.path}" target="_blank"><img src="/images/xmy/{crc(b.path) % 10**5}.jpg"></a><h4><a href="{b.path}" target="_blank">{esc(b.title)}</a></h4><p>{esc(intro(b, 36))}</p></div>'
        for b in others(site, a, 4, "xmy", "xm")
    )
    rank = "".join(
        f'<li><i>{k + 1}</i><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "rank"))
    )
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in XM_NAV)
    ch, chname = a.x["channel"]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}-新民网</title>
<meta name="keywords" content="{esc(a.x["ctx"]["topic"])},{a.x["ctx"]["place"]}" />
<meta name="description" content="{esc(intro(a, 100))}" />
<meta name="mobile-agent" content="format=html5;url=https://m.xinmin.example{a.path}" />
<link rel="stylesheet" href="/static/css/xmw_article.css" />
<style>{css(rng, "xm", 200)}</style>
{cambrian(site, a, a.when.strftime("%Y-%m-%dT%H:%M:%S"), imgs_of(a))}
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><a href="/" class="logo"><img src="/static/images/xmw_logo.png" alt="新民网" /></a><span class="slogan">新民网·为民分忧 与民同乐</span><span class="date">{a.when:%Y年%m月%d日}</span>
<a class="app" href="https://app.xinmin.example/">新民APP</a></div></div>
<div class="nav"><div class="wrap"><ul>{nav}</ul></div></div>
<div class="wrap">{ad("xm_banner", 1200, 90)}</div>
<div class="wrap main clearfix">
<div class="left">
<div class="crumb"><a href="/">新民网</a> &gt; <a href="/content/node_5.htm">{chname}</a> &gt; 正文</div>
<div class="article">
<h1 class="a_title">{esc(a.title)}</h1>
{info}
{share_bar("share")}
<div class="a_content" id="MP_article">
{text}
</div>
<div class="copyright">新民网版权所有，未经授权不得转载。</div>
{rel_html}
<div class="comment"><h3>评论</h3><div class="cmt_tip">登录后才能发表评论 <a href="https://passport.xinmin.example/login">登录</a></div><ul class="cmt_list"></ul></div>
</div>
</div>
<div class="right">
<div class="xmy"><h3><a href="/xmy/index.htm">新民眼</a></h3>{xmy}</div>
{ad("xm_r1", 300, 250)}
<div class="rank"><h3>24小时排行</h3><ol>{rank}</ol></div>
<div class="ygb"><h3><a href="https://ygb.xinmin.example/">夜光杯</a></h3><ul>{XM_YGB}</ul></div>
<div class="ewm"><img src="/static/images/xmapp_qr.png" /><p>新民APP 扫码下载</p></div>
</div>
</div>
<div class="footer"><div class="wrap"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="https://www.xinmin.example/ad/">广告服务</a> | <a href="https://www.xinmin.example/jobs/">招聘信息</a></p>
<p>新民网版权所有 Copyright © 2024 xinmin.cn All Rights Reserved.　沪ICP备05050403号　<a href="https://beian.miit.gov.cn/">沪公网安备31010602000123号</a></p>
<p>上海报业集团 新民晚报社主办　违法和不良信息举报：021-52921234</p>
<div class="links"><span>友情链接：</span>{FRIENDS}</div></div></div>
<script>{stats_js("xinmin7c2d44")}</script>
<script>var xmw_article = {{"id":{a.x["id"]},"channel":"{ch}","pubtime":"{a.when:%Y-%m-%d %H:%M:%S}"}};</script>
</body>
</html>
"""
    return encode(page, "utf-8"), UTF8


# --------------------------------------------------------------------------------------------
# 齐鲁壹点 (www.ql1d.com)
# --------------------------------------------------------------------------------------------
QL_NAV = [
    ("/", "首页"),
    ("/news?page=1", "新闻"),
    ("/topic/quanshui.html", "泉水节"),
    ("/video/index.html", "视频"),
    ("/photo/index.html", "图片"),
    ("https://www.ql1d.example/qingbaozhan/", "情报站"),
    ("https://www.ql1d.example/yidianhao/", "壹点号"),
    ("https://www.ql1d.example/live/", "直播"),
    ("https://www.ql1d.example/wenzheng/", "壹点问政"),
    ("https://www.ql1d.example/health/", "健康"),
    ("https://www.ql1d.example/edu/", "教育"),
    ("https://www.ql1d.example/travel/", "文旅"),
    ("https://www.ql1d.example/house/", "房产"),
    ("https://www.ql1d.example/finance/", "财经"),
    ("https://www.ql1d.example/jinan/", "济南"),
    ("https://www.ql1d.example/qingdao/", "青岛"),
    ("https://epaper.qlwb.example/", "齐鲁晚报数字报"),
]
QL_TIP = (
    "想爆料？请登录《齐鲁壹点》APP或搜索微信公众号“齐鲁晚报-齐鲁壹点”，全省600位记者在线等你来报！"
)


def ql(site: Site19, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        return f'<div class="img_box"><img src="{b.src}" data-w="1080" /></div>' + (
            f'<p class="img_desc">{esc(b.text)}</p>' if b.text else ""
        )

    text = body(a, img, lambda t: f"<p><strong>{esc(t)}</strong></p>")
    text = f"<p>{esc(a.x['byline'])}</p>\n{text}\n<p>{QL_TIP}</p>"
    rel = related(site, a)
    rel_html = (
        '<div class="xgtj"><div class="mod-tit">相关推荐</div><ul>'
        + "".join(
            f'<li><a href="{b.path}" target="_blank"><span class="t">{esc(b.title)}</span><span class="s">齐鲁壹点　{b.when:%m-%d}</span></a></li>'
            for b in rel
        )
        + "</ul></div>"
        if a.x["has_related"] and rel
        else ""
    )
    likes = "".join(
        f'<li class="feed-item"><a href="{b.path}" target="_blank"><img src="/a/thumb/{crc(b.path) % 10**6}.jpg" /><p class="feed-title">{esc(b.title)}</p></a><p class="feed-meta">{esc("齐鲁壹点" if b.tpl == "ql" else "推荐")}　{rng.randint(1, 99)}评</p></li>'
        for b in others(site, a, 10, "like")
    )
    comments = "".join(
        f'<li class="cmt"><img class="avatar" src="/static/img/avatar.png" /><div class="cmt-body"><p class="cmt-name">{esc(n)}</p><p class="cmt-text">{esc(t)}</p><p class="cmt-time">{a.when:%m-%d} 山东</p></div></li>'
        for n, t in a.x["comments"]
    )
    hot = "".join(
        f'<li><span class="rank r{k + 1}">{k + 1}</span><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    editor = f'<div class="article-editor">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in QL_NAV)
    reads = a.x["reads"]
    page = f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{esc(a.title)}</title>
<meta name="keywords" content="齐鲁壹点,齐鲁晚报,{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(intro(a, 100))}">
<link rel="stylesheet" href="/static/pc/css/detail.6c1f.css">
<style>{css(rng, "ql", 120)}</style>
{cambrian(site, a, a.when.strftime("%Y-%m-%dT%H:%M:%S"), imgs_of(a))}
<script>{stats_js("ql1d5e8f12")}</script>
</head>
<body>
<div class="header"><div class="inner"><a class="logo" href="/"><img src="/static/pc/img/logo.png" alt="齐鲁壹点"></a><div class="nav">{nav}</div>
<div class="download"><a href="https://www.ql1d.example/app/">下载齐鲁壹点APP</a></div></div></div>
<div class="inner clearfix">
<div class="article-main">
<div class="crumb"><a href="/">首页</a> / <a href="/news?page=1">新闻</a> / 正文</div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">来源：齐鲁晚报</span><span class="read">阅读量：{reads / 10000:.1f}万</span></div>
<div class="article-content" id="contentText">
{text}
</div>
{editor}
<div class="statement">声明：本文为齐鲁晚报·齐鲁壹点原创，未经授权不得转载。</div>
{share_bar("share-box")}
<div class="open-app"><a href="https://www.ql1d.example/app/">打开齐鲁壹点APP，查看更多精彩内容</a></div>
{rel_html}
<div class="comment-area"><div class="mod-tit">评论 <em>{len(a.x["comments"])}</em></div><div class="cmt-write"><input placeholder="说点什么吧..."><button>发布</button></div><ul>{comments}</ul></div>
<div class="feed"><div class="mod-tit">猜你喜欢</div><ul>{likes}</ul></div>
</div>
<div class="sidebar">
<div class="qr"><img src="/static/pc/img/app_qr.png"><p>扫码下载齐鲁壹点</p><p>全省600位记者在线等你来报</p></div>
<div class="hot-list"><div class="mod-tit">壹点热榜</div><ul>{hot}</ul></div>
{ad("ql_side", 300, 250)}
</div>
</div>
<div class="footer"><div class="inner"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="https://www.ql1d.example/jubao/">举报中心</a></p>
<p>齐鲁晚报社主办　Copyright © 齐鲁晚报 All rights reserved　鲁ICP备14034567号-1　<a href="https://beian.miit.gov.cn/">鲁公网安备37010202001234号</a></p>
<p>互联网新闻信息服务许可证：37120180009　违法和不良信息举报电话：0531-85193123</p></div></div>
<script>{feed_js("hotNews", feed_rows(others(site, a, 10, "feed"), "齐鲁壹点"))}</script>
</body>
</html>
"""
    return encode(page, "utf-8"), UTF8


# --------------------------------------------------------------------------------------------
# 红星新闻 (成都商报, www.cdsb.com / static.cdsb.com)
# --------------------------------------------------------------------------------------------
HX_NAV = [
    ("/", "首页"),
    ("/column/hongxing/1.html", "要闻"),
    ("/hot24.html", "热榜"),
    ("/reporters.html", "记者"),
    ("/video/index.html", "视频"),
    ("/photo/index.html", "图片"),
    ("https://www.cdsb.example/depth/", "红星深度"),
    ("https://www.cdsb.example/comment/", "红星评论"),
    ("https://www.cdsb.example/finance/", "红星资本局"),
    ("https://www.cdsb.example/tech/", "科技"),
    ("https://www.cdsb.example/city/", "城事"),
    ("https://www.cdsb.example/culture/", "文化"),
    ("https://www.cdsb.example/sports/", "体育"),
    ("https://www.cdsb.example/wenzheng/", "红星问政"),
    ("https://epaper.cdsb.example/", "成都商报电子版"),
]


MATRIX = "".join(
    f'<a href="https://{h}.cdsb.example/">{n}</a>'
    for h, n in [
        ("epaper", "成都商报"),
        ("hxzb", "红星资本局"),
        ("hxsd", "红星深度"),
        ("hxpl", "红星评论"),
        ("wb", "红星新闻微博"),
        ("dy", "红星新闻抖音"),
        ("sph", "红星视频号"),
        ("mp", "成都商报微信"),
    ]
)


def hx_feed(site: Site19, a: Art) -> str:
    return "".join(
        f'<div class="feed-card"><a href="{b.path}" target="_blank"><div class="feed-pic"><img src="/uploads/thumb/{crc(b.path) % 10**6}.jpeg"></div><div class="feed-txt"><p class="feed-title">{esc(b.title)}</p>'
        f'<p class="feed-meta"><span>红星新闻</span><span>{b.when:%m-%d}</span></p></div></a></div>'
        for b in others(site, a, 8, "feed")
    )


def hx(site: Site19, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)

    def img(b: Block) -> str:
        cap = esc(b.text) + (f"　{esc(b.credit)}" if b.credit else "")
        return f'<p style="text-align: center;"><img src="{b.src}" class="rich-img" /></p>' + (
            f'<p style="text-align: center;"><span style="color: #7f7f7f;">{cap}</span></p>'
            if cap
            else ""
        )

    text = body(
        a, img, lambda t: f'<p><span style="color:#c00000"><strong>{esc(t)}</strong></span></p>'
    )
    text = (
        f"<p>{esc(a.x['byline'])}</p>\n{text}\n<p>编辑 {a.editors[0]}</p>\n"
        '<p style="text-align: center;"><span style="color:#7f7f7f">（下载红星新闻，报料有奖！）</span></p>'
    )
    rel = related(site, a)
    rel_html = (
        '<div class="related-read"><h3 class="mod-title">相关阅读</h3><ul>'
        + "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><i class="idx">{k + 1}</i><a href="{b.path}" target="_blank">{esc(b.title)}</a><span class="heat">{rng.randint(10, 300)}万热度</span></li>'
        for k, b in enumerate(others(site, a, 10, "hot24"))
    )
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in HX_NAV)
    ts_ms = int(a.when.replace(second=a.x["secs"]).timestamp() * 1000)
    state = {
        "route": {"path": a.path, "name": "article"},
        "user": {"isLogin": False},
        "article": {
            "id": a.x["id"],
            "title": a.title,
            "summary": intro(a, 60),
            "source": "红星新闻",
            "publishTime": ts_ms,
            "cover": imgs_of(a)[:1],
            "readCount": int(a.x["reads"] * 10000),
            "likeCount": a.x["likes"],
            "commentCount": 0,
            "shareUrl": f"https://static.cdsb.example/micropub/Articles/{a.when:%Y%m}/{a.x['id']}.html",
        },
        "hot24": [
            {"id": b.x.get("id", 0), "title": b.title, "url": b.path}
            for b in others(site, a, 6, "st")
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(a.title)}</title>
<meta name="keywords" content="红星新闻,成都商报,{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(intro(a, 100))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="红星新闻">
<meta property="og:image" content="{site.base}/static/img/hx_share.png">
<link href="/static/css/app.9c2e41.css" rel="stylesheet">
<style>{css(rng, "hx", 200)}</style>
</head>
<body>
<div id="app">
<div class="open-app-bar"><img src="/static/img/hx_icon.png"><span>打开红星新闻APP，阅读体验更佳</span><a href="https://www.cdsb.example/download/" class="btn-open">打开</a></div>
<header class="hx-header"><div class="w1200"><a href="/" class="logo"><img src="/static/img/hx_logo.png" alt="红星新闻"></a><nav>{nav}</nav><a class="dl" href="https://www.cdsb.example/download/">下载红星新闻APP</a></div></header>
<div class="w1200 clearfix">
<div class="article-wrap">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><span class="source">红星新闻</span><span class="time">{a.when:%Y年%m月%d日 %H:%M}</span><span class="reads">阅读 {a.x["reads"]}万</span></div>
<div class="article-content">
{text}
</div>
<div class="article-action"><span class="like">点赞 {a.x["likes"]}</span>{share_bar("share")}</div>
<div class="app-tip"><img src="/static/img/hx_qr.png"><p>下载红星新闻APP，看更多深度报道</p></div>
{rel_html}
<div class="comment"><h3 class="mod-title">评论</h3><div class="cmt-empty">打开红星新闻APP参与评论</div></div>
<div class="recommend"><h3 class="mod-title">为你推荐</h3>{hx_feed(site, a)}</div>
</div>
<aside class="side">
<div class="hot24"><h3 class="mod-title"><a href="/hot24.html">24小时热榜</a></h3><ol>{hot}</ol></div>
{ad("hx_side", 300, 250)}
<div class="download"><img src="/static/img/hx_qr.png"><p>扫码下载红星新闻APP</p></div>
</aside>
</div>
<footer class="hx-footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="https://www.cdsb.example/ad/">广告合作</a></p>
<p>成都商报社主办　红星新闻 版权所有　蜀ICP备15012345号　<a href="https://beian.miit.gov.cn/">川公网安备51010402000456号</a></p>
<p>互联网新闻信息服务许可证：51120170002　未经授权禁止转载</p>
<div class="matrix"><span>媒体矩阵：</span>{MATRIX}</div><div class="links"><span>友情链接：</span>{FRIENDS}</div></footer>
</div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/static/js/manifest.2b1c.js"></script><script src="/static/js/vendor.77ad.js"></script><script src="/static/js/app.9c2e.js"></script>
<script>{stats_js("cdsb3d7a11")}</script>
</body>
</html>
"""
    return encode(page, "utf-8"), UTF8


RENDER = {"zjol": zjol, "yz": yz, "xm": xm, "ql": ql, "hx": hx}


def register(site: Site19) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["RENDER", "crc", "others", "register"]
