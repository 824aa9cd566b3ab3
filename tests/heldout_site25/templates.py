"""Site 25's article pages: 开普云 (桐州市人民政府), the 中国搜索 county platform (云溪县融媒体中心),
TRS 海云 (东湖区人民政府), 方正翔宇 (桐州新闻网, with its Big5 mirror) and 大汉 JCMS (桐州文明网)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from functools import partial
from typing import TYPE_CHECKING, Any

from heldout import Art, Block
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

from .pools import trad

if TYPE_CHECKING:
    from .generator import Site25

LISTS = {
    "kpy": ["/zwgk/zwdt/index.html", "/zwgk/zwdt/index_1.html"],
    "xhy": ["/folder88/index.html", "/folder88/index_2.html"],
    "trs": ["/dhqzf/xwzx/index.html", "/dhqzf/xwzx/index_2.html"],
    "founder": ["/node_2.htm", "/node_2_2.htm"],
    "hanweb": ["/col/col1231/index.html", "/col/col1231/index.html?uid=5521&pageNum=2"],
}
LABELS = {
    "kpy": "桐州市人民政府",
    "xhy": "云溪县融媒体中心",
    "trs": "东湖区人民政府",
    "founder": "桐州新闻网",
    "hanweb": "桐州文明网",
}


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def related(site: Site25, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site25, a: Art, k: int, salt: str) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and b.tpl == a.tpl and not b.x.get("big5")
    ]
    return rng.sample(pool, min(k, len(pool)))


def body_html(a: Art, para: Any, head: Any, img: Any) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def lis(arts: list[Art], fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(
        f'<li{c}><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(trunc(b.title, 24))}</a><span>{b.when:{fmt}}</span></li>'
        for b in arts
    )


def menu(items: list[str], root: str) -> str:
    return "".join(
        f'<li><a href="{root}{crc(n) % 900 + 100}/index.html">{n}</a></li>' for n in items
    )


def gov_metas(site_name: str, col: str, a: Art, src: str, author: str, fmt: str) -> str:
    return (
        f'<meta name="SiteName" content="{site_name}">\n<meta name="SiteDomain" content="127.0.0.1">\n'
        f'<meta name="SiteIDCode" content="33040000{crc(site_name) % 100:02d}">\n<meta name="ColumnName" content="{col}">\n'
        '<meta name="ColumnType" content="工作动态">\n'
        f'<meta name="ArticleTitle" content="{esc(a.title)}">\n<meta name="PubDate" content="{a.when:{fmt}}">\n'
        f'<meta name="ContentSource" content="{esc(src)}">\n<meta name="Author" content="{esc(author)}">\n'
        f'<meta name="Keywords" content="{esc(a.x["ctx"]["topic"])}">\n<meta name="Description" content="{esc(trunc(a.body.replace(chr(10), ""), 80))}">\n'
    )


BIGFOOT = [
    "中国政府网",
    "浙江省人民政府",
    "国家部委网站",
    "省级政府网站",
    "市县政府网站",
    "国务院部门",
    "中央有关单位",
    "新闻媒体",
    "桐州日报",
    "桐州电视台",
    "桐州发布",
    "桐州市纪委监委",
]


def friend_links() -> str:
    return "".join(
        f'<option value="https://link{k}.example.gov.cn/">{n}</option>'
        for k, n in enumerate(BIGFOOT)
    )


# --- 1. 开普云: 桐州市人民政府 ----------------------------------------------------------------

KPY_MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进桐州", "专题专栏", "数据开放"]
KPY_SUB = [
    "政务动态",
    "部门动态",
    "县区动态",
    "通知公告",
    "政策文件",
    "政策解读",
    "人事信息",
    "财政资金",
    "规划计划",
    "统计信息",
    "应急管理",
    "建议提案办理",
]


def kpy(site: Site25, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return kpy_old(site, a)
    rng = page_rng(site.seed, a.path)
    nm, x = a.x["nm"], a.x
    style = x["style"]

    def img(b: Block) -> str:
        cap = f'<p style="text-align:center;">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p style="text-align:center;">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p style="text-align:center;"><img src="{b.src}" title="" alt="" oldsrc="{b.src.rsplit("/", 1)[-1]}" /></p>{cap}{cr}'

    body = body_html(
        a,
        lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    head = ""
    if style == "jz":
        head = (
            f'<p style="text-indent:2em;">桐州日报记者 {nm[0]}'
            + (f" 通讯员 {a.correspondents[0]}" if a.correspondents else "")
            + "</p>\n"
        )
    elif style == "jz2":
        head = f'<p style="text-indent:2em;">记者 {nm[0]} {nm[1]}</p>\n'
    tail = ""
    if style == "cg":
        tail = f'<p style="text-align:right;">（{x["source"]}供稿）</p>'
    elif style == "wt":
        tail = f'<p style="text-align:right;">（文/图 {nm[0]}）</p>'
    if style == "doc":
        doc = a.x["chengwen"]
        wh = f"桐政办发〔{a.when.year}〕{a.i + 11}号"
        table = (
            '<table class="zcwj-table" width="100%" border="0" cellspacing="0" cellpadding="0">'
            f"<tr><th>索引号：</th><td>113304000025{crc(a.path) % 10000:04d}/{a.when.year}-{a.x['id'] % 100000:05d}</td><th>主题分类：</th><td>综合政务/其他</td></tr>"
            f"<tr><th>发文机关：</th><td>桐州市人民政府办公室</td><th>成文日期：</th><td>{doc:%Y-%m-%d}</td></tr>"
            f'<tr><th>标　　题：</th><td colspan="3">{esc(a.title)}</td></tr>'
            f"<tr><th>发文字号：</th><td>{wh}</td><th>发布日期：</th><td>{a.when:%Y-%m-%d}</td></tr>"
            '<tr><th>有 效 性：</th><td colspan="3">有效</td></tr></table>'
        )
        info = f"<span>发布日期：{a.when:%Y-%m-%d}</span><span>信息来源：{x['source']}</span>"
        head = f'<p style="text-align:center;">{wh}</p>\n'
        body_parts = body.split("\n")
        body = (
            "\n".join(body_parts[:-2])
            + "\n"
            + "\n".join(p.replace("text-indent:2em", "text-align:right") for p in body_parts[-2:])
        )
        body += '\n<p style="text-indent:2em;">（此件公开发布）</p>'
    else:
        table = ""
        info = f"<span>信息来源：{esc(x['source'])}</span><span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>"
    rel = related(site, a)
    rel_html = (
        f'<div class="xglj"><div class="xglj-tit">相关链接</div><ul>{lis(rel)}</ul></div>'
        if rel
        else ""
    )
    author_meta = ", ".join(a.authors) or x["source"]
    editor = f'<div class="article-editor">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    sub = "".join(
        f'<li><a href="/zwgk/{k}/index.html">{n}</a></li>'
        for k, n in zip(["zwdt", "bmdt", "xqdt", "tzgg", "zcwj", "zcjd"], KPY_SUB, strict=False)
    )
    hot = lis(others(site, a, 8, "hot"), "%m-%d")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{gov_metas("桐州市人民政府", x["col"][1], a, x["source"], author_meta, "%Y-%m-%d %H:%M:%S")}<meta name="Url" content="{a.path}">
<title>{esc(a.title)}_{x["col"][1]}_桐州市人民政府</title>
<link rel="stylesheet" href="/images/kpy/css/common.css">
<style>{css(rng, "kpy", 420)}</style>
<script src="/images/kpy/js/jquery-1.12.4.min.js"></script>
<script>{stats_js("kpy" + str(x["id"]))}</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问桐州市人民政府门户网站！</span><div class="top-links"><a href="javascript:void(0)" id="jft">繁体</a> | <a href="javascript:void(0)" class="wza">无障碍</a> | <a href="javascript:void(0)" class="zhangbei">长者模式</a> | <a href="/">返回首页</a></div></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/zwgk/zwdt/index.html"><img src="/images/kpy/logo.png" alt="桐州市人民政府"></a>
<div class="search"><form action="//so.kaipuyun.cn/s" target="_blank"><input type="hidden" name="siteCode" value="3304000025"><input type="hidden" name="tab" value="all"><input type="text" name="qt" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="/zwgk/zwdt/index.html">{n}</a></li>' for n in KPY_MENU)}</ul></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/zwdt/index.html">政务公开</a> &gt; <a href="/zwgk/{x["col"][0]}/index.html">{x["col"][1]}</a></div>
<div class="w1200 main">
<div class="left-menu"><h3>政务公开</h3><ul>{sub}</ul></div>
<div class="article">
{table}
<div class="article-title"><h1>{esc(a.title)}</h1></div>
<div class="article-info">{info}<span>浏览次数：<em id="ReadCount"></em></span><span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-con" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{head}{body}
{tail}
</div>
</div>
{editor}
<div class="article-tools"><div class="qrcode"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>
{rel_html}
</div>
<div class="right-side"><div class="box"><h3>热点关注</h3><ul>{hot}</ul></div></div>
</div>
<div class="footer"><div class="w1200"><div class="yqlj"><select onchange="window.open(this.value)"><option>——友情链接——</option>{friend_links()}</select></div>
<p><a href="/gywm/index.html">关于我们</a> | <a href="/gywm/index.html">网站地图</a> | <a href="/lxwm/index.html">联系我们</a> | <a href="/gywm/index.html">网站声明</a></p>
<p>主办单位：桐州市人民政府办公室　承办单位：桐州市大数据发展管理局</p><p>网站标识码：3304000025　浙ICP备05012345号　浙公网安备 33040202000123号</p>
<p>技术支持：开普云信息科技股份有限公司</p><div class="dzjg"><script id="_jiucuo_" sitecode="3304000025" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></div></div>
<script>
$.ajax({{url:"/cms/api/visit/count",data:{{id:"{x["id"]}",siteId:"25"}},success:function(d){{$("#ReadCount").text(d.count);}}}});
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
$("#qrcode").qrcode({{width:100,height:100,text:location.href}});
</script>
</body>
</html>
"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


def kpy_old(site: Site25, a: Art) -> tuple[bytes, str]:
    """The 2019 pages, left in the portal's old table layout and served in GB2312."""
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f"<br>{esc(b.text)}" if b.text else ""
        return f'<p align="center"><img src="{b.src}" border="0">{cap}</p>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    editor = f'<tr><td align="right">【责任编辑：{a.editors[0]}】</td></tr>' if a.editors else ""
    hot = "".join(
        f'<tr><td>◆<a href="{b.path}">{esc(trunc(b.title, 20))}</a></td></tr>'
        for b in others(site, a, 10, "old")
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}</title>
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{esc(x["source"])}">
<style type="text/css">{css(rng, "old", 380)}</style>
<script language="javascript">{stats_js("kpyold")}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/2019/top_banner.jpg" width="1000" height="160"></td></tr>
<tr><td class="nav" height="36">{"".join(f'<a href="/zwgk/zwdt/index.html">{n}</a>　' for n in KPY_MENU)}</td></tr>
<tr><td height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/zwdt/index.html">政务动态</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="720" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center" height="60"><font size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="info">发布日期：{a.when:%Y-%m-%d %H:%M}　　信息来源：{esc(x["source"])}　　浏览次数：<script src="/cms/count.jsp?id={x["id"]}"></script>　　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="content" id="zoom">
{body}
</td></tr>
{editor}
<tr><td align="center" height="40">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td>
<td width="20"></td><td width="260" valign="top"><table width="100%" class="side"><tr><td class="side-t">热点信息</td></tr>{hot}</table></td></tr></table>
<table width="1000" border="0" align="center" class="footer"><tr><td align="center">版权所有：桐州市人民政府办公室　　浙ICP备05012345号<br>地址：桐州市东湖区人民路1号　　邮编：324000　　建议使用1024×768分辨率浏览</td></tr></table>
</body>
</html>
"""
    return encode(page, "gb2312"), "text/html; charset=gb2312"


# --- 2. 中国搜索 county platform: 云溪县融媒体中心 ----------------------------------------------

XHY_MENU = [
    "首页",
    "云溪要闻",
    "乡镇动态",
    "部门动态",
    "视频新闻",
    "图片新闻",
    "专题",
    "云溪发布",
    "文明实践",
    "网络问政",
]


def xhy(site: Site25, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    style = x["style"]

    def img(b: Block) -> str:
        cap = (
            f'<p class="img-desc" style="text-align:center;">{esc(b.text)}{esc(b.credit)}</p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" data-src="{b.src}" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    video = ""
    if style == "video":
        video = (
            f'<div class="video-box"><div id="J_prismPlayer" class="prism-player"></div></div>\n'
            f"<script>var player = new Aliplayer({{id:'J_prismPlayer',width:'100%',height:'450px',autoplay:false,"
            f"source:'https://vod.yunxi.example.cn/video/{a.when:%Y%m%d}/{crc(a.path):x}.mp4',cover:'/uploadfile/{a.when:%Y%m%d}/{crc(a.path) % 99999}.jpg'}});</script>"
        )
    byl = {
        "jz_tx": f"记者：{nm[0]}　通讯员：{'　'.join(a.correspondents)}",
        "video": f"记者：{nm[0]}　摄像：{nm[3]}",
        "jz": f"记者：{nm[0]}",
        "two": f"记者：{nm[0]}　{nm[1]}",
        "tx": f"通讯员：{'　'.join(a.correspondents)}",
        "repost": "",
    }[style]
    audit = f"审核：{nm[5]}" if style != "repost" else ""
    ed_line = ""
    zeren = ""
    if a.editors and x["zeren"]:
        zeren = f'<div class="zrbj">责任编辑：{a.editors[0]}</div>'
        ed_line = audit
    elif a.editors:
        ed_line = f"编辑：{a.editors[0]}　{audit}".strip()
    tail = "".join(f"<p>{t}</p>" for t in (byl, ed_line) if t)
    rel = related(site, a)
    rel_html = (
        f'<div class="relate-news"><div class="hd"><span>相关新闻</span></div><ul>{lis(rel, "%Y-%m-%d %H:%M")}</ul></div>'
        if rel
        else ""
    )
    rec = lis(others(site, a, 6, "rec"), "%Y-%m-%d")
    hot = "".join(
        f'<li><i class="num{k + 1}">{k + 1}</i><a href="{b.path}">{esc(trunc(b.title, 22))}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    detail = {
        "id": crc(a.path),
        "title": a.title,
        "source": x["source"],
        "publishTime": int(a.when.timestamp() * 1000),
        "channel": x["folder"][2],
        "cover": next((b.src for b in a.blocks if b.kind == "img"), ""),
        "shareUrl": a.path,
        "videoFlag": style == "video",
    }
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="keywords" content="云溪,云溪县融媒体中心,云溪新闻,{esc(x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 90))}">
<title>{esc(a.title)} - 云溪新闻网</title>
<link rel="stylesheet" href="/static/pc/css/detail.css?v=20231102">
<link rel="stylesheet" href="https://g.alicdn.com/de/prismplayer/2.9.3/skins/default/aliplayer-min.css">
<style>{css(rng, "xq", 440)}</style>
<script src="https://g.alicdn.com/de/prismplayer/2.9.3/aliplayer-min.js"></script>
<script>window.__DETAIL__ = {json.dumps(detail, ensure_ascii=False)};</script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>云溪县融媒体中心主办</span><a href="/folder88/index.html">云溪新闻网</a><a class="app" href="/about/app.html">下载“云溪发布”客户端</a></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/static/pc/images/logo.png" alt="云溪新闻网"></a><div class="weather" id="weather"></div></div></div>
<div class="nav"><div class="wrap"><ul>{"".join(f'<li><a href="/folder88/index.html">{n}</a></li>' for n in XHY_MENU)}</ul></div></div>
<div class="wrap crumbs"><a href="/">首页</a> &gt; <a href="/folder88/index.html">{x["folder"][2]}</a> &gt; 正文</div>
<div class="wrap detail">
<div class="detail-left">
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info"><span class="source">来源：{esc(x["source"])}</span><span class="time">{a.when:%Y-%m-%d %H:%M:%S}</span><span class="font-size">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span></div>
{video}
<div class="detail-content" id="detailContent">
{body}
{tail}
</div>
{zeren}
<div class="share-bar"><span>分享到：</span><a class="wechat" href="javascript:;">微信</a><a class="weibo" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="app-tip"><img src="/static/pc/images/app-qr.png" alt=""><p>扫码下载“云溪发布”APP<br>看更多云溪新闻</p></div>
{rel_html}
<div class="recommend"><div class="hd"><span>推荐阅读</span></div><ul>{rec}</ul></div>
<div class="comment-box"><h3>网友评论</h3><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button><p class="empty">暂无评论</p></div>
</div>
<div class="detail-right"><div class="hot-rank"><div class="hd">热点排行</div><ul>{hot}</ul></div>
<div class="ad"><a href="/folder88/index.html"><img src="/static/pc/images/wmcj.jpg" alt="创建全国文明城市"></a></div></div>
</div>
<div class="footer"><div class="wrap"><p><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/index.html">违法和不良信息举报</a></p><p>云溪县融媒体中心 版权所有 未经授权禁止转载</p><p>浙ICP备19012345号-1　互联网新闻信息服务许可证：33120200011</p><p>技术支持：中国搜索信息科技股份有限公司</p></div></div>
<script>{stats_js("xhy")}</script>
</body>
</html>
"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 3. TRS 海云: 东湖区人民政府 ---------------------------------------------------------------

TRS_MENU = ["首页", "新闻中心", "政务公开", "政务服务", "政民互动", "走进东湖", "专题专栏"]


def trs(site: Site25, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f'<p style="text-align:center;text-indent:0;">{esc(b.text)}</p>' if b.text else ""
        cr = f'<p style="text-align:center;text-indent:0;">{esc(b.credit)}</p>' if b.credit else ""
        return f'<p style="text-align:center;"><img src="{b.src}" style="max-width:100%;" /></p>{cap}{cr}'

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f'<p style="font-weight:bold;">{esc(t)}</p>', img
    )
    zz = {"zz": x["nm"][0], "zz2": f"{x['nm'][0]}、{x['nm'][1]}", "org": "区委宣传部"}.get(
        x["style"], ""
    )
    author = f'<span class="author">作者：{zz}</span>' if zz else ""
    editor = (
        f'<p class="editor" style="text-align:right;">（责任编辑：{a.editors[0]}）</p>'
        if a.editors
        else ""
    )
    rel = related(site, a)
    rel_html = f'<div class="xgxx"><h4>相关信息</h4><ul>{lis(rel)}</ul></div>' if rel else ""
    hot = lis(others(site, a, 8, "hot"), "%Y-%m-%d")
    new = lis(sorted(others(site, a, 8, "new"), key=lambda b: b.when, reverse=True), "%m-%d")
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
{gov_metas("桐州市东湖区人民政府", x["col"][1], a, x["source"], zz, "%Y-%m-%d %H:%M:%S")}<title>{esc(a.title)}-{x["col"][1]}-桐州市东湖区人民政府门户网站</title>
<link href="/dhqzf/images/common.css" rel="stylesheet" type="text/css" />
<style>{css(rng, "gl", 430)}</style>
<script src="/dhqzf/images/jquery.min.js"></script>
</head>
<body>
<!-- 页面生成时间 {a.when:%Y-%m-%d %H:%M:%S} -->
<div class="topBar"><div class="wrap"><span>今天是 <em id="today"></em></span><div class="fr"><a href="javascript:;" id="StranLink">繁體</a><a href="javascript:;" class="wza">无障碍浏览</a><a href="javascript:;" class="ydb">移动版</a></div></div></div>
<div class="header"><div class="wrap"><a href="/dhqzf/xwzx/index.html" class="logo"><img src="/dhqzf/images/logo.png" alt="桐州市东湖区人民政府"></a><form class="search" action="/dhqzf/search/index.html"><input name="keywords" placeholder="请输入搜索内容" /><input type="submit" value="搜索" /></form></div></div>
<div class="navBar"><ul class="wrap">{"".join(f'<li><a href="/dhqzf/xwzx/index.html">{n}</a></li>' for n in TRS_MENU)}</ul></div>
<div class="wrap">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/dhqzf/xwzx/index.html">新闻中心</a> &gt; <a href="/dhqzf/xwzx/index.html">{x["col"][1]}</a></div>
<div class="content-main">
<div class="zw-title"><h1>{esc(a.title)}</h1></div>
<div class="zw-info"><span class="time">发布日期：{a.when:%Y-%m-%d %H:%M:%S}</span><span class="source">文章来源：{esc(x["source"])}</span>{author}<span class="hits">点击数：<em id="hits">--</em></span><span class="font">【字号：<a href="javascript:;" onclick="setFont(20)">大</a> <a href="javascript:;" onclick="setFont(16)">中</a> <a href="javascript:;" onclick="setFont(14)">小</a>】</span></div>
<div class="zw">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{body}
</div></div>
{editor}
</div>
<div class="zw-tools"><div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<div class="print">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭</a>】</div></div>
<div class="qr"><div id="qrcodeImg"></div><p>扫一扫在手机上查看当前页面</p></div>
{rel_html}
</div>
<div class="side"><div class="box"><h3>热点信息</h3><ul>{hot}</ul></div><div class="box"><h3>最新信息</h3><ul>{new}</ul></div></div>
</div>
<div class="footer"><div class="wrap"><p><a href="/dhqzf/gywm/index.html">关于本网</a> | <a href="/dhqzf/gywm/index.html">网站地图</a> | <a href="/dhqzf/lxwm/index.html">联系我们</a></p><p>主办：桐州市东湖区人民政府办公室　网站标识码：3304020001</p><p>浙ICP备05098765号　浙公网安备 33040202000456号</p><p>建议使用IE9以上版本或谷歌、火狐浏览器</p></div></div>
<script>
$.get("/dhqzf/trs/hits?docid={x["id"]}",function(n){{$("#hits").html(n);}});
window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdStyle":"0","bdSize":"24"}},"share":{{}}}};
{stats_js("trs")}
</script>
</body>
</html>
"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 4. 方正翔宇: 桐州新闻网 (and its Big5 mirror) ---------------------------------------------

FD_MENU = [
    "首页",
    "桐州新闻",
    "县区",
    "国内",
    "国际",
    "财经",
    "文体",
    "评论",
    "视听",
    "数字报",
    "专题",
]


def founder(site: Site25, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    b5 = x["big5"]
    pre = "/big5" if b5 else ""

    def img(b: Block) -> str:
        cap = (
            f'<tr><td class="pictext" align="center">{esc(b.text)}　{esc(b.credit)}</td></tr>'
            if b.text
            else ""
        )
        return f'<table width="100%" align="center"><tr><td align="center"><img src="{b.src}" border="0"></td></tr>{cap}</table>'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<strong>{esc(t)}</strong></p>", img
    )
    if x["style"] == "line":
        body = f'<p style="text-align:center;">本报记者 {a.authors[0]}</p>\n' + body
    if a.editors:
        ed = f"责任编辑：{a.editors[0]}" if x["zeren"] else f"编辑：{a.editors[0]}"
        editor = f'<div class="editor">{ed}</div>'
    else:
        editor = ""
    rel = related(site, a)
    rel_html = (
        f'<div class="xggj"><div class="tit">相关稿件</div><ul>{lis(rel, "%Y-%m-%d %H:%M")}</ul></div>'
        if rel
        else ""
    )
    pool = [
        b
        for b in site.of("founder")
        if b is not a and b.x["big5"] == b5 and b.path not in a.related
    ]
    prng = page_rng(site.seed, a.path + "rank")
    rank = "".join(
        f'<li><span>{k + 1}</span><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>'
        for k, b in enumerate(prng.sample(pool, min(8, len(pool))))
    )
    prop = (
        f"<!--enpproperty <articleid>{x['id']}</articleid><date>{a.when:%Y-%m-%d %H:%M:%S}.0</date>"
        f"<author></author><title>{esc(a.title)}</title><keyword>{esc(x['ctx']['topic'])}</keyword><subtitle></subtitle>"
        f"<introtitle></introtitle><siteid>2</siteid><nodeid>{'3' if b5 else '2'}</nodeid><nodename>桐州新闻</nodename><nodesearchname>桐州新闻</nodesearchname>/enpproperty-->"
    )
    charset = "big5" if b5 else "utf-8"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(a.title)}_桐州新闻网</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="description" content="{esc(trunc(a.body.replace(chr(10), ""), 80))}" />
{prop}
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "fz", 400)}</style>
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="w"><span>桐州日报社主办</span><span class="fr"><a href="/node_2.htm">简体</a> | <a href="/big5/node_2.htm">繁體</a> | <a href="/epaper/index.html">数字报</a></span></div></div>
<div class="head w"><a href="{pre}/node_2.htm"><img src="/images/logo.gif" alt="桐州新闻网" /></a><div class="hd-ad"><img src="/images/ad_banner.gif" /></div></div>
<div class="menu w"><ul>{"".join(f'<li><a href="{pre}/node_2.htm">{n}</a></li>' for n in FD_MENU)}</ul></div>
<div class="w main">
<div class="left">
<div class="position">您当前的位置 ：<a href="/">桐州新闻网</a> &gt;&gt; <a href="{pre}/node_2.htm">桐州新闻</a></div>
<div class="article">
<h1><founder-title>{esc(a.title)}</founder-title></h1>
<div class="info"><span class="time"><founder-date>{a.when:%Y-%m-%d %H:%M}</founder-date></span><span class="source">来源：<founder-source>{x["source"]}</founder-source></span><span class="size">【字号 <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="content" id="ozoom">
<!--enpcontent--><founder-content>
{body}
</founder-content><!--/enpcontent-->
</div>
{editor}
<div class="share"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
{rel_html}
</div>
</div>
<div class="right"><div class="rank"><h3>点击排行</h3><ul>{rank}</ul></div><div class="epaper"><a href="/epaper/index.html"><img src="/images/epaper.jpg" alt="桐州日报数字报"></a></div></div>
</div>
<div class="foot w"><p><a href="/about/index.htm">关于我们</a> | <a href="/about/contact.htm">联系我们</a> | <a href="/about/index.htm">广告服务</a> | <a href="/about/index.htm">版权声明</a></p><p>桐州日报社主办　桐州新闻网版权所有　Copyright &copy; 2003-2024 All Rights Reserved</p><p>互联网新闻信息服务许可证编号：33120170005　浙ICP备06012345号</p></div>
<script type="text/javascript">{stats_js("founder")}</script>
</body>
</html>
"""
    if b5:
        page = trad(page)
    return encode(page, charset), f"text/html; charset={charset}"


# --- 5. 大汉 JCMS: 桐州文明网 --------------------------------------------------------------------

HW_MENU = [
    "首页",
    "文明动态",
    "县区传真",
    "文明创建",
    "志愿服务",
    "道德建设",
    "文明实践",
    "网络文明",
    "图说文明",
    "专题活动",
]


def hanweb(site: Site25, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    style = x["style"]

    def img(b: Block) -> str:
        cap = (
            f'<p style="text-align:center;"><span style="font-size:14px;">{esc(b.text)}{esc(b.credit)}</span></p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" border="0" /></p>{cap}'

    body = body_html(
        a,
        lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    if style == "wt":
        body += f'\n<p style="text-align:right;">（文/图：{nm[0]}）</p>'
    zz = {
        "zz": nm[0],
        "zz2": f"{nm[0]} {nm[1]}",
        "tx": f"通讯员 {nm[2]}",
        "org": "云溪县文明办",
        "tuwen": nm[0] if a.authors else "",
    }.get(style, "")
    editor = f'<p style="text-align:right;">【编辑：{a.editors[0]}】</p>' if a.editors else ""
    mine = sorted(site.of("hanweb"), key=lambda b: b.when)
    k = mine.index(a)
    prev_ = f'<a href="{mine[k - 1].path}">{esc(mine[k - 1].title)}</a>' if k else "没有了"
    next_ = (
        f'<a href="{mine[k + 1].path}">{esc(mine[k + 1].title)}</a>'
        if k + 1 < len(mine)
        else "没有了"
    )
    rel = related(site, a)
    rel_html = (
        f'<table width="100%" class="xgyd"><tr><td class="xgyd-t">相关阅读</td></tr><tr><td><ul>{lis(rel)}</ul></td></tr></table>'
        if rel
        else ""
    )
    pics = "".join(
        f'<li><a href="{b.path}"><img src="/picture/0/{crc(b.path):x}.jpg"><p>{esc(trunc(b.title, 14))}</p></a></li>'
        for b in others(site, a, 4, "pic")
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>桐州文明网 {esc(a.title)}</title>
{gov_metas("桐州文明网", "文明动态", a, x["source"], zz, "%Y-%m-%d")}<meta name="ColumnKeywords" content="文明动态">
<link href="/images/2311/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "hw", 420)}</style>
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="topbg"><a href="/col/col1231/index.html"><img src="/images/2311/logo.png" alt="桐州文明网" /></a></td></tr>
<tr><td class="menu">{"".join(f'<a href="/col/col1231/index.html">{n}</a>' for n in HW_MENU)}</td></tr></table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1231/index.html">文明动态</a></td></tr>
<tr><td valign="top" class="article-box">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center"><!--<$[标题名称]>begin-->{esc(a.title)}<!--<$[标题名称]>end--></td></tr>
<tr><td align="center"><table class="info" border="0" cellspacing="0" cellpadding="0"><tr>
<td>来源：<!--<$[信息来源]>begin-->{esc(x["source"])}<!--<$[信息来源]>end--></td>
<td>作者：<!--<$[作者]>begin-->{zz}<!--<$[作者]>end--></td>
<td>日期：<!--<$[发布日期]>begin-->{a.when:%Y-%m-%d}<!--<$[发布日期]>end--></td>
<td>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={x["col"]}&artid={x["id"]}"></script></td>
<td>字号：〖<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>〗</td></tr></table></td></tr>
<tr><td class="bt_content" id="zoom">
<!--<$[信息内容]>begin--><div id="zoom">
{body}
</div><!--<$[信息内容]>end-->
</td></tr>
<tr><td>{editor}</td></tr>
<tr><td class="sxp"><p>上一篇：{prev_}</p><p>下一篇：{next_}</p></td></tr>
<tr><td>{rel_html}</td></tr>
<tr><td align="center" class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr>
<tr><td><div class="tsxw"><h3>图说文明</h3><ul>{pics}</ul></div></td></tr></table>
<table width="1100" border="0" align="center" class="foot"><tr><td align="center">主办：中共桐州市委宣传部　桐州市文明办　承办：桐州市文明城市建设指导中心<br>浙ICP备12012345号　技术支持：大汉网络<br>Copyright © 2024 www.tzwm.example.gov.cn All Rights Reserved</td></tr></table>
<script>{stats_js("hanweb")}</script>
</body>
</html>
"""
    return page.encode("utf-8"), "text/html; charset=utf-8"


RENDER = {"kpy": kpy, "xhy": xhy, "trs": trs, "founder": founder, "hanweb": hanweb}


def register(site: Site25) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
