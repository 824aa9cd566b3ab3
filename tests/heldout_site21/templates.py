"""Site 21's article pages: 大河网, 荆楚网, 东北网, 四川在线 and 华声在线 templates."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_site7.common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site21

LISTS = {
    "dahe": "/news/henan/index.html",
    "hubei": "/hubei/node_117.htm",
    "dbw": "/hlj/index.shtml",
    "scol": "/list/szxw?page=1",
    "voc": "/column/hunan/index.html",
}
LABELS = {
    "dahe": "大河网",
    "hubei": "荆楚网",
    "dbw": "东北网",
    "scol": "四川在线",
    "voc": "华声在线",
}
COMMON_NAV = [
    ("/", "首页"),
    *[(LISTS[t], n) for t, n in LABELS.items()],
    ("/special/2024/index.html", "专题"),
    ("/video/index.html", "视频"),
    ("/photo/index.html", "图片"),
    ("/search/?keyword=", "搜索"),
]
CHANNELS = [
    "时政",
    "经济",
    "社会",
    "文化",
    "教育",
    "健康",
    "旅游",
    "房产",
    "汽车",
    "体育",
    "娱乐",
    "法治",
    "理论",
    "评论",
    "县域",
    "乡村振兴",
    "科技",
    "财经",
    "网络问政",
    "公益",
    "生活",
    "女性",
    "亲子",
    "美食",
    "书画",
    "非遗",
    "政务",
    "互动",
    "数读",
    "直播",
]


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def related(site: Site21, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site21, a: Art, k: int, salt: str, tpl: str | None = None) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and (tpl is None or b.tpl == tpl)
    ]
    return rng.sample(pool, min(k, len(pool)))


def channel_nav(site: Site21, key: str, root: str) -> str:
    """A provincial portal's two-row channel bar (most channels are never built here)."""
    rng = page_rng(site.seed, key + "nav")
    main = "".join(f'<a href="{p}">{n}</a>' for p, n in COMMON_NAV)
    extra = "".join(
        f'<a href="{root}{crc(c) % 900 + 100}/" target="_blank">{c}</a>'
        for c in rng.sample(CHANNELS, 24)
    )
    cities = "".join(
        f'<a href="{root}city{k}/">{c}</a>' for k, c in enumerate(rng.sample(CHANNELS, 12))
    )
    return f'<div class="nav1">{main}</div><div class="nav2">{extra}</div><div class="nav3"><span>地方频道：</span>{cities}</div>'


def li(b: Art, fmt: str = "%m-%d") -> str:
    return f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span>{b.when:{fmt}}</span></li>'


def share(cls: str) -> str:
    return (
        f'<div class="{cls}"><span>分享到：</span><a class="wx" href="javascript:;" title="分享到微信">微信</a>'
        '<a class="wb" href="javascript:;" title="分享到新浪微博">微博</a><a class="qq" href="javascript:;" title="分享到QQ空间">QQ空间</a>'
        '<a class="print" href="javascript:window.print();">打印</a><a class="close" href="javascript:window.close();">关闭</a></div>'
    )


def ad(slot: str, w: int, h: int) -> str:
    return (
        f'<div class="ad ad-{slot}" style="width:{w}px;height:{h}px"><script type="text/javascript">'
        f'(window.slotbydup=window.slotbydup||[]).push({{id:"u{crc(slot) % 9000000 + 1000000}",container:"ad_{slot}",async:true}});'
        f'</script><div id="ad_{slot}"></div></div>'
    )


def comments(rng: Any, n: int, a: Art, who: str) -> str:
    words = [
        "点赞家乡的变化！",
        "希望越来越好",
        "我们那里也在搞，效果不错",
        "政策好，落实更要好",
        "什么时候推广到我们县？",
        "支持！",
        "记者辛苦了",
        "去过一次，确实变化很大",
    ]
    out = []
    for k in range(n):
        out.append(
            f'<li class="cmt"><span class="user">{who}{rng.randint(1000, 99999)}</span>'
            f'<span class="ctime">{a.when.month:02d}-{min(28, a.when.day + 1):02d} {(8 + k * 3) % 24:02d}:{rng.randint(10, 59)}</span>'
            f'<p class="ctext">{rng.choice(words)}</p><a class="zan" href="javascript:;">赞({rng.randint(0, 99)})</a></li>'
        )
    return "".join(out)


def footer(name: str, icp: str, extra: str) -> str:
    links = "".join(
        f'<a href="{p}">{n}</a> | '
        for p, n in [
            ("/about/index.html", "关于我们"),
            ("/about/contact.html", "联系我们"),
            ("/about/index.html#ad", "广告服务"),
            ("/about/index.html#law", "法律声明"),
            ("/about/contact.html#jb", "违法和不良信息举报"),
        ]
    )
    return (
        f'<div class="footer"><div class="flinks">{links}</div>'
        f"<p>{name}版权所有 未经书面授权禁止使用</p><p>Copyright &copy; 2000-2024 {name} All Rights Reserved</p>"
        f"<p>{extra}</p><p>{icp}　互联网新闻信息服务许可证编号：{crc(name) % 90000 + 10000}　信息网络传播视听节目许可证</p>"
        "<p>违法和不良信息举报电话：12377　举报邮箱：jubao@example.cn</p>"
        '<div class="gongan"><img src="/images/gongan.png" alt="">公安机关备案号 00000000000000</div></div>'
    )


def body_html(a: Art, para: Any, head: Any, img: Any) -> str:
    out = []
    for b in a.blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def head_meta(site: Site21, a: Art, name: str, pub: str, extra: str = "") -> str:
    desc = trunc(a.body.replace("\n", ""), 90)
    kw = ",".join([a.x["ctx"]["topic"], a.x["ctx"]["place"], name])
    return (
        f'<meta name="keywords" content="{esc(kw)}" />\n<meta name="description" content="{esc(desc)}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)}" />\n'
        f'<meta property="og:url" content="{site.base}{a.path}" />\n<meta property="og:site_name" content="{name}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n<meta name="publishdate" content="{pub}" />\n{extra}'
    )


# --- 1. 大河网 ----------------------------------------------------------------------------


def dahe(site: Site21, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    old = a.x["old"]
    cs = "gbk" if old else "utf-8"
    pub = f"{a.when:%Y-%m-%d %H:%M}"

    def img(b: Any) -> str:
        cred = f"（{esc(b.credit)}）" if b.credit else ""
        cap = (
            f'<p style="text-align:center;text-indent:0">{esc(b.text)}{cred}</p>' if b.text else ""
        )
        return f'<p style="text-align:center;text-indent:0"><img src="{b.src}" border="0" style="max-width:640px" /></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    rel = related(site, a)
    rel_html = (
        '<div class="xgyd"><div class="tit"><h3>相关阅读</h3></div><ul>'
        + "".join(li(b, "%Y-%m-%d") for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    rec = "".join(
        f'<li><a href="{b.path}"><img src="/upload/rec/{crc(b.path) % 99999}.jpg" /><p>{esc(b.title)}</p></a></li>'
        for b in others(site, a, 6, "rec")
    )
    col_path, col_name = (
        ("/news/henan/index.html", "河南新闻")
        if a.x["col"][0] == "henan"
        else ("/news/yc/index.html", "原创")
    )
    if old:
        info = (
            f'<div class="wz_info"><span id="pubtime_baidu">{pub}</span>　<span id="source_baidu">来源：{esc(a.x["source"])}</span>'
            f'　<span id="author_baidu">作者：{esc(a.x["zz"])}</span></div>'
        )
        main = (
            f'<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="660" valign="top">'
            f'<div class="wz_position">您当前的位置 ：<a href="/">大河网</a> &gt;&gt; <a href="{col_path}">{col_name}</a> &gt;&gt; 正文</div>'
            f'<div class="wz_title"><h1>{esc(a.title)}</h1></div>{info}{share("wz_share")}'
            f'<div id="4g_content" class="wz_content">\n{body}\n</div>'
            f'<div class="wz_editor" style="text-align:right">{a.x["ed_label"]}：{esc(a.editors[0])}</div>'
            f'{rel_html}</td><td width="20"></td><td width="300" valign="top">{ad("dh_r1", 300, 250)}'
            f'<div class="dhph"><h3>大河排行</h3><ol>{hot}</ol></div></td></tr></table>'
        )
    else:
        info = (
            f'<div class="article-info"><span id="pubtime_baidu">{pub}</span><span id="source_baidu">来源：<a href="javascript:;">{esc(a.x["source"])}</a></span>'
            f'<span id="author_baidu">作者：{esc(a.x["zz"])}</span><span class="fontsize">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>'
        )
        main = (
            f'<div class="layout"><div class="crumbs">当前位置：<a href="/">大河网</a> &gt; <a href="{col_path}">{col_name}</a> &gt; 正文</div>'
            f'<div class="main-left"><div class="article-title"><h1 id="4g_title">{esc(a.title)}</h1></div>{info}'
            f'<div id="mainCon" class="article-content">\n{body}\n<div class="editor">{a.x["ed_label"]}：{esc(a.editors[0])}</div></div>'
            f'{share("bdsharebuttonbox")}<div class="dh-app">扫码下载<strong>大河客户端</strong>，看河南新闻</div>'
            f'{rel_html}<div class="rec-pic"><h3>热点推荐</h3><ul>{rec}</ul></div>'
            f'<div class="comment-box"><h3>网友评论</h3><p class="tips">文明上网，理性发言</p><textarea placeholder="我来说两句"></textarea><ul>{comments(rng, rng.randint(2, 6), a, "大河网友")}</ul></div></div>'
            f'<div class="main-right">{ad("dh_r1", 300, 250)}<div class="dhph"><h3>大河排行</h3><ol>{hot}</ol></div>{ad("dh_r2", 300, 600)}</div></div>'
        )
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}" />\n'
        f"<title>{esc(a.title)}-大河网</title>\n"
        + head_meta(
            site,
            a,
            "大河网",
            pub,
            f'<meta name="source" content="{esc(a.x["source"])}" />\n<meta name="author" content="{esc(a.x["zz"])}" />\n',
        )
        + f'<link rel="stylesheet" href="/css/dh_article.css" />\n<style>{css(rng, "dh", 190)}</style>\n'
        f"<script>{stats_js('dahe' + str(a.x['id']))}</script>\n</head>\n<body>\n"
        f'<div class="topbar"><a href="/">大河网首页</a> | <a href="http://dahe.example/app">大河客户端</a> | <a href="/about/index.html">登录</a></div>'
        f'<div class="header"><a class="logo" href="/"><img src="/images/dahe_logo.png" alt="大河网" /></a>{ad("dh_top", 728, 90)}</div>'
        f"{channel_nav(site, a.path, '/news/')}\n{main}\n"
        + footer("大河网", "豫ICP备11000032号-1", "主办：河南日报报业集团 大河网络传媒集团")
        + "\n</body></html>\n"
    )
    return encode(page, cs), f"text/html; charset={cs}" if not old else "text/html"


# --- 2. 荆楚网 ----------------------------------------------------------------------------


def hubei(site: Site21, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"

    def img(b: Any) -> str:
        cap = f'<p class="pictext" style="text-align:center">{esc(b.text)}</p>' if b.text else ""
        return f'<p style="text-align:center"><img src="{b.src}" alt="" /></p>{cap}'

    body = body_html(
        a,
        lambda t: f'<p style="text-indent:2em">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em"><strong>{esc(t)}</strong></p>',
        img,
    )
    rel = related(site, a)
    rel_html = (
        '<div class="xgxw"><div class="bt">相关新闻</div><ul>'
        + "".join(li(b, "%Y-%m-%d") for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    jx = "".join(li(b) for b in others(site, a, 8, "jx"))
    ph = "".join(
        f'<li><span class="num n{k + 1}">{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "ph"))
    )
    cambrian = {
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": site.base + a.path,
        "appid": "1578000000000000",
        "title": a.title,
        "images": [b.src for b in a.blocks if b.kind == "img"][:3],
        "pubDate": a.when.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    col = a.x["col"]
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="renderer" content="webkit">\n'
        f"<title>{esc(a.title)}_荆楚网_湖北日报网</title>\n"
        + head_meta(site, a, "荆楚网", pub, '<meta name="applicable-device" content="pc">\n')
        + f'<link rel="canonical" href="{site.base}{a.path}">\n'
        f'<script type="application/ld+json">{json.dumps(cambrian, ensure_ascii=False)}</script>\n'
        f"<style>{css(rng, 'cnhb', 200)}</style>\n<script>{stats_js('cnhubei' + str(a.x['id']))}</script>\n</head>\n<body>\n"
        '<div class="top"><div class="w1200"><a href="/">荆楚网首页</a><a href="http://app.cnhubei.example/">荆楚网客户端</a><a href="/about/index.html">湖北日报网</a></div></div>'
        f'<div class="head"><a href="/" class="logo">荆楚网 湖北日报网</a>{ad("hb_top", 1200, 90)}</div>'
        f"{channel_nav(site, a.path, '/hbxw/')}\n"
        f'<div class="w1200 content"><div class="location"><a href="/">首页</a> &gt; <a href="/hubei/node_117.htm">{col[1]}</a> &gt; 正文</div>'
        f'<div class="content_left"><div class="content_title"><h1>{esc(a.title)}</h1></div>'
        f'<div class="content_info"><span class="time">{pub}</span><span class="source">来源：{esc(a.x["source"])}</span>'
        '<span class="zihao">字号：<a href="javascript:;">A+</a><a href="javascript:;">A-</a></span></div>'
        f'<div class="content_box_text" id="detail">\n{body}\n</div>'
        f'<p class="editor" style="text-align:right">责编：{esc(a.editors[0])}</p>'
        f'{share("share-box")}<div class="app-tip"><img src="/images/app_qr.png" alt=""><p>下载荆楚网客户端，看更多湖北新闻</p><a href="http://app.cnhubei.example/">立即下载</a></div>'
        f'{rel_html}<div class="jxtj"><div class="bt">精彩推荐</div><ul>{jx}</ul></div></div>'
        f'<div class="content_right">{ad("hb_r1", 300, 250)}<div class="phb"><div class="bt">点击排行</div><ul>{ph}</ul></div>{ad("hb_r2", 300, 300)}</div></div>\n'
        + footer("荆楚网", "鄂ICP备13005432号", "主办单位：湖北日报传媒集团　荆楚网（湖北日报网）")
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 3. 东北网 ----------------------------------------------------------------------------


def dbw(site: Site21, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    ymd = f"{a.when:%Y年%m月%d日 %H:%M}"

    def img(b: Any) -> str:
        cap = (
            f'<p align="center"><font color="#000080">{esc(b.text)}　{esc(b.credit)}</font></p>'
            if b.text
            else ""
        )
        return f'<p align="center"><img src="{b.src}" border="0"></p>{cap}'

    body = body_html(
        a, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p>　　<b>{esc(t)}</b></p>", img
    )
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="xgxw"><tr><td class="bt">相关新闻</td></tr><tr><td><ul>'
        + "".join(li(b, "%Y-%m-%d") for b in rel)
        + "</ul></td></tr></table>"
        if rel
        else ""
    )
    pics = "".join(
        f'<td><a href="{b.path}" target="_blank"><img src="/pic/tj/{crc(b.path) % 99999}.jpg" width="140" height="100"><br>{esc(trunc(b.title, 12))}</a></td>'
        for b in others(site, a, 4, "pic")
    )
    hot = "".join(li(b) for b in others(site, a, 10, "hot"))
    enp = (
        f"<!--enpproperty <articleid>{a.x['id']}</articleid><date>{a.when:%Y-%m-%d %H:%M:%S}.0</date><author>{' '.join(a.authors)}</author>"
        f"<title>{esc(a.title)}</title><keyword>{esc(a.x['ctx']['topic'])}</keyword><subtitle></subtitle><introtitle></introtitle>"
        f"<siteid>1</siteid><nodeid>{crc(a.x['col'][0]) % 9000}</nodeid><nodename>{a.x['col'][1]}</nodename><nodesearchname>{a.x['col'][0]}</nodesearchname>/enpproperty-->"
    )
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f"<title>{esc(a.title)}--东北网</title>\n"
        + head_meta(site, a, "东北网", f"{a.when:%Y-%m-%d}")
        + f'<style type="text/css">{css(rng, "dbw", 180)}</style>\n<script language="javascript">{stats_js("dbw" + str(a.x["id"]))}</script>\n</head>\n'
        f'<body topmargin="0" leftmargin="0">\n{enp}\n'
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/dbw_logo.gif" alt="东北网" border="0"></a></td>'
        f"<td>{ad('dbw_top', 760, 90)}</td></tr></table>\n"
        f"{channel_nav(site, a.path, '/hljnews/')}\n"
        '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="680" valign="top">'
        f'<div class="position">当前位置：<a href="/">东北网</a> &gt; <a href="/hlj/index.shtml">{a.x["col"][1]}</a></div>'
        f'<div class="tit"><h1>{esc(a.title)}</h1></div>'
        f'<div id="info" class="info">{ymd}　来源：{esc(a.x["source"])}</div>'
        f'<div id="p-detail" class="content">\n<!--enpcontent-->{body}<!--/enpcontent-->\n'
        f'<p align="right">【编辑：{esc(a.editors[0])}】</p></div>'
        f"{share('bdshare')}{rel_html}"
        f'<table width="100%" class="tpxw"><tr><td class="bt" colspan="4">图片新闻</td></tr><tr>{pics}</tr></table>'
        f'</td><td width="20"></td><td width="300" valign="top">{ad("dbw_r1", 300, 250)}'
        f'<div class="rdph"><div class="bt">热点排行</div><ul>{hot}</ul></div></td></tr></table>\n'
        + footer("东北网", "黑ICP备05003014号", "主办：黑龙江日报报业集团　东北网络台")
        + "\n</body>\n</html>\n"
    )
    return page.encode("gb2312", errors="xmlcharrefreplace"), "text/html"


# --- 4. 四川在线 --------------------------------------------------------------------------


def scol(site: Site21, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"

    def img(b: Any) -> str:
        cap = (
            f'<p class="img_desc" style="text-align:center;color:#666">{esc(b.text)}</p>'
            if b.text
            else ""
        )
        return (
            f'<p style="text-align:center"><img src="{b.src}" data-original="{b.src}" /></p>{cap}'
        )

    body = body_html(
        a, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><strong>{esc(t)}</strong></p>", img
    )
    rel = related(site, a)
    rel_html = (
        '<div class="xgtj"><h3 class="bt">相关推荐</h3><ul>'
        + "".join(li(b, "%Y-%m-%d %H:%M") for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    hot = "".join(
        f'<li><i>{k + 1}</i><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    feed = [
        {
            "title": b.title,
            "url": b.path,
            "source": "川观新闻",
            "pubTime": f"{b.when:%Y-%m-%d %H:%M:%S}",
        }
        for b in others(site, a, 12, "feed")
    ]
    state = {
        "article": {
            "id": a.x["id"],
            "title": a.title,
            "source": a.x["source"],
            "author": " ".join(a.authors),
            "publishTime": pub,
            "editor": a.editors[0],
            "channel": a.x["col"][1],
        },
        "hotList": feed,
    }
    col = "/list/szxw?page=1"
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        f"<title>{esc(a.title)} - 四川在线</title>\n"
        + head_meta(site, a, "四川在线", pub)
        + f"<style>{css(rng, 'scol', 190)}</style>\n<script>{stats_js('scol' + str(a.x['id']))}</script>\n</head>\n<body>\n"
        '<div class="scol-top"><a href="/">四川在线首页</a><a href="https://cbgc.example/">川观新闻</a><a href="/about/index.html">四川日报网</a></div>'
        f'<div class="scol-head"><a class="logo" href="/">四川在线</a>{ad("scol_top", 1000, 80)}</div>'
        f"{channel_nav(site, a.path, '/c/')}\n"
        f'<div class="wrap"><div class="crumb"><a href="/">首页</a> &gt; <a href="{col}">{a.x["col"][1]}</a> &gt; 正文</div>'
        f'<div class="detail-l"><h1 class="detail-title">{esc(a.title)}</h1>'
        f'<div class="detail-info"><span class="site">四川在线</span> <span class="time">{pub}</span> <span class="src">来源：{esc(a.x["source"])}</span></div>'
        f'<div class="cg-tip"><a href="https://cbgc.example/download">打开川观新闻APP，阅读体验更佳</a></div>'
        f'<div class="detail-content" id="content">\n<p>{esc(a.x["byline"])}</p>\n{body}\n</div>'
        f'<div class="detail-editor">责任编辑：{esc(a.editors[0])}</div>'
        f'{share("share")}<div class="cg-download"><img src="/images/cgqr.png"><p>下载川观新闻，看四川更多精彩</p></div>'
        f'{rel_html}</div><div class="detail-r">{ad("scol_r1", 300, 250)}<div class="rank"><h3>热门推荐</h3><ul>{hot}</ul></div>'
        f'<div id="cg-feed"></div></div></div>\n'
        f"<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>\n"
        + footer("四川在线", "蜀ICP备09015401号", "主办：四川日报报业集团　四川在线")
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


# --- 5. 华声在线 --------------------------------------------------------------------------


def author_path(name: str) -> str:
    return f"/author/{crc(name) % 900000 + 100000}.html"


def voc(site: Site21, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    pub = f"{a.when:%Y-%m-%d %H:%M:%S}"

    def img(b: Any) -> str:
        cred = f'<span class="credit">{esc(b.credit)}</span>' if b.credit else ""
        cap = f'<p style="text-align:center" class="imgtitle">{esc(b.text)}</p>' if b.text else ""
        return f'<p style="text-align:center"><img src="{b.src}" />{cred}</p>{cap}'

    body = body_html(
        a,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>',
        img,
    )
    rel = related(site, a)
    rel_html = (
        '<div class="xgxw"><div class="xgxw-t">相关新闻</div><ul>'
        + "".join(li(b, "%Y-%m-%d") for b in rel)
        + "</ul></div>"
        if rel
        else ""
    )
    who = " ".join(f'<a href="{author_path(n)}" target="_blank">{esc(n)}</a>' for n in a.authors)
    hot = "".join(
        f'<li><span>{k + 1}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 10, "hot"))
    )
    more = "".join(li(b) for b in others(site, a, 8, "more"))
    data = {
        "title": a.title,
        "id": a.x["id"],
        "source": a.x["source"],
        "author": ",".join(a.authors),
        "time": pub,
        "url": site.base + a.path,
    }
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{esc(a.title)}_{a.x['col'][1]}_华声在线</title>\n"
        + head_meta(
            site,
            a,
            "华声在线",
            pub,
            f'<meta name="author" content="{esc(",".join(a.authors))}" />\n',
        )
        + f"<style>{css(rng, 'voc', 190)}</style>\n<script>var ARTICLE_DATA = {json.dumps(data, ensure_ascii=False)};</script>\n"
        f"<script>{stats_js('voc' + a.x['id'])}</script>\n</head>\n<body>\n"
        '<div class="top_bar"><a href="/">华声在线首页</a> <a href="https://xhn.example/">新湖南</a> <a href="/about/index.html">湖南日报</a></div>'
        f'<div class="header"><a class="logo" href="/">华声在线</a>{ad("voc_top", 1000, 90)}</div>'
        f"{channel_nav(site, a.path, '/column/')}\n"
        f'<div class="main"><div class="crumb"><a href="/">华声在线</a> &gt; <a href="/column/hunan/index.html">{a.x["col"][1]}</a></div>'
        f'<div class="main_l"><h1 class="title">{esc(a.title)}</h1>'
        f'<div class="source">来源：{esc(a.x["source"])} | {pub} | 作者：{who}</div>'
        f'<div class="xhn-open"><a href="https://xhn.example/open">打开新湖南客户端，参与互动</a></div>'
        f'<div class="content" id="content">\n<p>{esc(a.x["byline"])}</p>\n{body}\n</div>'
        f'<div class="zebian">责编：{esc(a.editors[0])}</div>'
        f'{share("share")}<div class="xhn-dl"><img src="/images/xhn_qr.png" /><p>下载新湖南客户端，湖南新闻早知道</p></div>'
        f'{rel_html}<div class="more"><div class="more-t">更多精彩</div><ul>{more}</ul></div>'
        f'<div class="pl"><div class="pl-t">我要评论</div><textarea></textarea><ul>{comments(rng, rng.randint(1, 5), a, "华声网友")}</ul></div></div>'
        f'<div class="main_r">{ad("voc_r1", 300, 250)}<div class="phb"><div class="phb-t">24小时排行</div><ul>{hot}</ul></div></div></div>\n'
        + footer("华声在线", "湘ICP备05005530号", "主办：湖南日报社　华声在线股份有限公司")
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


RENDER = {"dahe": dahe, "hubei": hubei, "dbw": dbw, "scol": scol, "voc": voc}


def register(site: Site21) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))
