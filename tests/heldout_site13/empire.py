"""帝国CMS (EmpireCMS 7.5) pages of an industry news site (中国物流农资网), UTF-8: articles at
``/news/2024-05-08/1234.html`` (the class path, the day, the id), the title in ``h1.title``,
the ``div.info`` line 时间：Y-m-d H:i　来源：[!--befrom--]　作者：[!--writer--] (佚名 when
empty)　编辑：X　点击：<script src=/e/public/ViewClick/…></script>次, a 核心提示 summary box
(smalltext, not body), the body in ``div#text``, 关键词 links to ``/e/tags/?tagname=``,
上一篇/下一篇, 相关新闻 from the infotag list ([!--other.link--]; a heading with no items when
none), the 网友评论 box, 【打印本页】【关闭窗口】, and sidebars (热点排行, 最新资讯, 推荐阅读) with other
stories' dates. Lists ``/news/`` and ``/news/index_2.html``; a 专题; the search result page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site13

CT = "text/html; charset=utf-8"
CLASSES = {"news": ("行业资讯", 2), "qiye": ("企业动态", 5)}
NAV = [
    ("首页", "/"),
    ("行业资讯", "/news/"),
    ("企业动态", "/qiye/"),
    ("政策法规", "/zhengce/"),
    ("冷链专题", "/zt/2024llwl/"),
    ("数据统计", "/shuju/"),
    ("会展信息", "/huizhan/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
{metas}
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
{css(rng, "ec", 300)}
</style>
<script type="text/javascript" src="/skin/default/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/e/data/js/ajax.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">欢迎访问中国物流农资网！</span><span class="fr"><script src="/e/member/login/loginjs.php"></script> <a href="/about/contact.html">联系我们</a> | <a href="javascript:;" onclick="AddFavorite();">加入收藏</a></span></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/skin/default/images/logo.png" alt="中国物流农资网" /></a></div>
<div class="search"><form name="searchform" method="post" action="/e/search/index.php"><input type="hidden" name="show" value="title" /><input type="hidden" name="tempid" value="1" /><input name="keyboard" type="text" class="inp" value="请输入关键字" /><input type="submit" name="Submit" class="btn" value="搜索" /></form></div>
<div class="ad_top"><script src="/d/js/acmsd/thea1.js"></script></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
"""


FOOT = (
    """<div class="footer"><div class="w1200">
<p><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系方式</a> | <a href="/about/contact.html">广告服务</a> | <a href="/about/contact.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Copyright &copy; 2012-2024 中国物流农资网 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备14005678号-2</a></p>
<p>本网部分信息来源于网络，如有侵权请联系删除　Powered by EmpireCMS</p></div></div>
<script type="text/javascript">
"""
    + stats_js("9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d")
    + """
</script>
</body>
</html>"""
)


def _text(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(
                f'<p style="text-align: center;"><img alt="" border="0" src="{b.src}" /></p>'
            )
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
    if a.x["style"] == "anon":
        out.append(f'<p style="text-indent: 2em;">（来源：{esc(a.x["source"])}）</p>')
    return "\r\n".join(out)


def _writer(a: Art) -> str:
    st = a.x["style"]
    if st == "anon":
        return "佚名"
    if st == "two":
        return "、".join(a.authors)
    if st == "benwang":
        return f"本网记者 {a.authors[0]}"
    if st == "corr":
        return f"记者 {a.authors[0]} 通讯员 {a.correspondents[0]}"
    return a.authors[0]


def article(site: Site13, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    cname, classid = CLASSES[a.x["cls"]]
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(",".join(a.x["tags"]))}" />',
            f'<meta name="description" content="{esc(a.x["summary"] or a.title)}" />',
        ]
    )
    head = _head(f"{a.title}_{cname}_中国物流农资网", metas, rng)
    mine = sorted(
        (b for b in site.of("empire") if b.x["cls"] == a.x["cls"]), key=lambda b: b.x["id"]
    )
    k = mine.index(a)
    pre = f"<a href='{mine[k - 1].path}'>{esc(mine[k - 1].title)}</a>" if k else "没有了"
    nxt = (
        f"<a href='{mine[k + 1].path}'>{esc(mine[k + 1].title)}</a>"
        if k + 1 < len(mine)
        else "没有了"
    )
    rel = "".join(
        f'<li><span>{site.by_path[p].when:%m-%d}</span><a href="{p}" title="{esc(site.by_path[p].title)}">{esc(site.by_path[p].title)}</a></li>'
        for p in a.related
    )
    summary = (
        f'<div class="summary"><b>核心提示：</b>{esc(a.x["summary"])}…</div>'
        if a.x["summary"]
        else ""
    )
    tags = "".join(
        f'<a href="/e/tags/?tagname={esc(t)}" target="_blank">{esc(t)}</a> ' for t in a.x["tags"]
    )
    pool = site.of("empire")
    hot = "".join(
        f'<li><em class="n{n}">{n}</em><a href="{o.path}" target="_blank" title="{esc(o.title)}">{esc(trunc(o.title, 17))}</a></li>'
        for n, o in enumerate(others(rng, pool, a, 10), 1)
    )
    new = "".join(
        f'<li><a href="{o.path}" target="_blank">{esc(trunc(o.title, 16))}</a><span>{o.when:%m-%d}</span></li>'
        for o in sorted(others(rng, pool, a, 8), key=lambda o: o.when)[::-1]
    )
    rec = "".join(
        f'<dl><dt><a href="{o.path}"><img src="/d/file/p/2024/thumb{n}.jpg" /></a></dt><dd><a href="{o.path}">{esc(trunc(o.title, 20))}</a><p>{esc(trunc(o.paras[0], 36))}</p></dd></dl>'
        for n, o in enumerate(others(rng, site.arts, a, 4))
    )
    page = (
        head
        + f"""<div class="main w1200">
<div class="position">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/{a.x["cls"]}/">{cname}</a>&nbsp;>&nbsp;正文</div>
<div class="left">
<div class="news_con">
<h1 class="title">{esc(a.title)}</h1>
<div class="info">时间：{w:%Y-%m-%d %H:%M}　来源：{esc(a.x["source"])}　作者：{esc(_writer(a))}　编辑：{esc(a.editors[0])}　点击：<script src=/e/public/ViewClick/?classid={classid}&id={a.x["id"]}&addclick=1></script>次　<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>
{summary}
<div class="content" id="text">
{_text(a)}
</div>
<div class="fenye"></div>
<div class="digg"><script src="/e/public/digg/?classid={classid}&id={a.x["id"]}&type=js"></script></div>
<div class="tags">关键词：{tags}</div>
<div class="tool"><a href="/e/member/fava/add/?classid={classid}&id={a.x["id"]}" target="_blank">【收藏本文】</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="updown"><p>上一篇：{pre}</p><p>下一篇：{nxt}</p></div>
</div>
<div class="xgxw"><div class="tit"><h3>相关新闻</h3></div><ul>{rel}</ul></div>
<div class="pl"><div class="tit"><h3>网友评论</h3><span>已有<script src=/e/public/ViewClick/?classid={classid}&id={a.x["id"]}&down=2></script>条评论</span></div>
<script src="/e/pl/more/?classid={classid}&id={a.x["id"]}&num=10"></script>
<form action="/e/pl/doaction.php" method="post" name="saypl"><textarea name="saytext" cols="58" rows="6"></textarea><input name="enews" type="hidden" value="AddPl" /><input name="id" type="hidden" value="{a.x["id"]}" /><input name="classid" type="hidden" value="{classid}" /><input type="submit" value="发表评论" /></form>
<p class="note">网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。</p></div>
</div>
<div class="right">
<div class="box"><div class="tit"><h3>热点排行</h3></div><ul class="hot">{hot}</ul></div>
<div class="ad"><script src="/d/js/acmsd/thea3.js"></script></div>
<div class="box"><div class="tit"><h3>最新资讯</h3></div><ul class="new">{new}</ul></div>
<div class="box"><div class="tit"><h3>推荐阅读</h3></div><div class="rec">{rec}</div></div>
</div>
</div>
<script>function doZoom(size){{document.getElementById('text').style.fontSize=size+'px';}}</script>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def click_js(a: Art) -> tuple[bytes, str]:
    return f"document.write('{a.x['hits']}');".encode(), "text/javascript"


def _list(site: Site13, title: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span class="time">{a.when:%Y-%m-%d}</span></li>'
        for a in arts
    )
    page = (
        _head(f"{title}_中国物流农资网", '<meta name="keywords" content="物流,农资" />', rng)
        + f'<div class="main w1200"><div class="left"><div class="tit"><h3>{esc(title)}</h3></div><ul class="list">{items}</ul><div class="page">{pager}</div></div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site13) -> None:
    mine = site.of("empire")
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
        cid = CLASSES[a.x["cls"]][1]
        site.route(
            f"/e/public/ViewClick/?classid={cid}&id={a.x['id']}&addclick=1",
            lambda a=a: click_js(a),  # type: ignore[misc]
        )
    news = sorted((a for a in mine if a.x["cls"] == "news"), key=lambda a: a.when)[::-1]
    qiye = sorted((a for a in mine if a.x["cls"] == "qiye"), key=lambda a: a.when)[::-1]
    p1 = '<a title="Total record">&nbsp;<b>6</b> </a>&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/news/index_2.html">2</a>&nbsp;<a href="/news/index_2.html">下一页</a>&nbsp;<a href="/news/index_2.html">尾页</a>'
    p2 = '<a title="Total record">&nbsp;<b>6</b> </a>&nbsp;<a href="/news/index.html">首页</a>&nbsp;<a href="/news/index.html">上一页</a>&nbsp;<a href="/news/index.html">1</a>&nbsp;<b>2</b>'
    site.route("/news/", lambda: _list(site, "行业资讯", "ec-news1", news[:3], p1))
    site.route("/news/index.html", lambda: _list(site, "行业资讯", "ec-news1b", news[:3], p1))
    site.route("/news/index_2.html", lambda: _list(site, "行业资讯", "ec-news2", news[3:], p2))
    site.route("/qiye/", lambda: _list(site, "企业动态", "ec-qiye", qiye, ""))
    tags = sorted({t for a in mine for t in a.x["tags"]})
    for t in tags:
        hits = [a for a in mine if t in a.x["tags"]]
        site.route(
            f"/e/tags/?tagname={t}",
            lambda t=t, hits=hits: _list(site, f"{t}", f"ec-tag-{t}", hits, ""),  # type: ignore[misc]
        )
    for path, name in (
        ("/zhengce/", "政策法规"),
        ("/shuju/", "数据统计"),
        ("/huizhan/", "会展信息"),
    ):
        site.route(path, lambda n=name: _list(site, n, f"ec-{n}", [], "暂无信息"))  # type: ignore[misc]
    site.route("/sitemap.html", lambda: _list(site, "网站地图", "ec-map", mine, ""))
    for a in mine:
        cid = CLASSES[a.x["cls"]][1]
        site.route(
            f"/e/member/fava/add/?classid={cid}&id={a.x['id']}",
            lambda: _list(
                site,
                "会员登录",
                "ec-login",
                [],
                "您还未登录，请先<a href='/e/member/login/'>登录</a>",
            ),
        )
    zt = page_rng(site.seed, "ec-zt").sample(mine, 6)
    site.route(
        "/zt/2024llwl/",
        lambda: _list(site, "冷链物流高质量发展专题", "ec-zt", zt, ""),
    )
