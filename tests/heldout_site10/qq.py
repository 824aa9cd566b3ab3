"""腾讯新闻-style article pages (``/rain/a/20240508A01ABC00``): ``<title>headline_腾讯新闻</title>``,
the document's fields again in ``window.DATA`` (``pubtime`` with seconds), the byline area
``div.article-author`` (the media account's avatar and name, ``2024-05-08 10:15`` and 发布于 IP
province), the body in ``div.content-article`` as ``p.one-p``: 腾讯新闻's own columns open with
作者｜X and 编辑｜Y lines (or 文｜X、Z　编辑｜Y on one), reposts keep their source's dateline
(中新网北京5月8日电 (记者 X)), byline line (极目新闻记者 X 通讯员 Y) and tail (【编辑:Y】, 编辑 Y
校对 Z). 延伸阅读 under some stories; 热点精选, the 腾讯新闻热点榜 and 大家都在看 are feeds.
The channel list ``/ch/news/`` with ``?page=2`` and one page per media account."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, feed_js, feed_rows, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site10

CT = "text/html; charset=utf-8"
NAV = [
    ("要闻", "/ch/news/"),
    ("热点", "/top/"),
    ("视频", "/video/"),
    ("图片", "/photo/"),
    ("财经", "https://finance.qq.example/"),
    ("科技", "https://tech.qq.example/"),
    ("娱乐", "https://ent.qq.example/"),
    ("体育", "https://sports.qq.example/"),
    ("汽车", "https://auto.qq.example/"),
    ("房产", "https://house.qq.example/"),
    ("教育", "https://edu.qq.example/"),
    ("游戏", "https://games.qq.example/"),
]


def mid(media: str) -> int:
    return 5_000_000 + zlib.crc32(media.encode()) % 900_000


def _head(title: str, metas: str, data: str, rng: Any) -> str:
    nav = "".join(
        f'<li class="nav-item"><a href="{u}" target="_blank">{t}</a></li>' for t, u in NAV
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{metas}
<link rel="shortcut icon" href="https://mat1.gtimg.example/www/icon/favicon2.ico">
<link rel="stylesheet" href="https://mat1.gtimg.example/pingjs/ext2020/dc2017/publicjs/m/css/article.2024.css">
<style>
{css(rng, "qq", 380)}
</style>
<script>window.DATA = {data};</script>
</head>
<body>
<div id="TopNav" class="qq-top"><div class="qq-top-inner"><a href="/" class="logo"><img src="https://mat1.gtimg.example/www/images/qq2012/qqLogoFilter.png" alt="腾讯网"></a>
<ul class="nav-list">{nav}</ul>
<div class="top-right"><a href="javascript:;" class="login">登录</a><a href="https://news.qq.example/download">下载腾讯新闻</a></div></div></div>
"""


FOOT = (
    """<div id="Footer" class="qq-footer"><div class="qq-footer-inner"><p><a href="/about/index.html">关于腾讯</a> | <a href="/about/index.html">About Tencent</a> | <a href="/about/index.html">服务协议</a> | <a href="/about/index.html">隐私政策</a> | <a href="/about/index.html">开放平台</a> | <a href="/about/index.html">广告服务</a> | <a href="/about/index.html">腾讯招聘</a> | <a href="/about/index.html">腾讯公益</a> | <a href="/about/index.html">客服中心</a></p>
<p>Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved</p><p>深圳市腾讯计算机系统有限公司 版权所有 | 粤ICP备05063279号 | 互联网新闻信息服务许可证：44120170003 | 违法和不良信息举报电话：4001869000</p></div></div>
<script>
"""
    + stats_js("bc2f5b64a4a6d2b4c9d2e3f4a5b6c7d8")
    + """
</script>
<script src="https://mat1.gtimg.example/libs/jquery/1.12.4/jquery.min.js"></script>
<script src="https://mat1.gtimg.example/pingjs/ext2020/newom/build/static/js/article.2024.js"></script>
</body>
</html>"""
)


def _p(text: str, extra: str = "") -> str:
    return f'<p class="one-p"{extra}>{text}</p>'


def _content(a: Art) -> str:
    st = a.x["style"]
    out = []
    if st == "own":
        out += [_p(f"作者｜{esc(a.authors[0])}"), _p(f"编辑｜{esc(a.editors[0])}")]
    elif st == "own2":
        out.append(_p(f"文｜{esc('、'.join(a.authors))}　编辑｜{esc(a.editors[0])}"))
    elif st == "jimu":
        out.append(_p(f"极目新闻记者 {a.authors[0]} 通讯员 {a.correspondents[0]}"))
    for b in a.blocks:
        if b.kind == "p":
            out.append(_p(esc(b.text)))
        elif b.kind == "h":
            out.append(_p(f"<strong>{esc(b.text)}</strong>"))
        else:
            out.append(
                f'<p class="one-p"><img class="content-picture" src="https://inews.gtimg.example/om_bt{b.src}/641" alt=""></p>'
            )
            if b.text or b.credit:
                cap = esc(b.text) + (" " + esc(b.credit) if b.credit and b.text else esc(b.credit))
                out.append(_p(cap, ' style="text-align:center;"'))
    if st == "chinanews":
        out.append(_p(f"【编辑:{esc(a.editors[0])}】"))
    elif st == "bjnews":
        out.append(_p(f"编辑 {esc(a.editors[0])} 校对 {esc(a.x['proof'])}"))
    elif st == "jimu":
        out.append(_p("（来源：极目新闻）"))
    return "\n".join(out)


def article(site: Site10, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    media = a.x["media"]
    data = {
        "article_id": a.x["aid"],
        "title": a.title,
        "media": media,
        "media_id": str(mid(media)),
        "pubtime": f"{w:%Y-%m-%d %H:%M:%S}",
        "catalog1": "news",
        "catalog2": "news_society",
        "tags": a.x["tag"],
        "comment_id": str(8_000_000_000 + rng.randint(0, 10**8)),
        "ext_data": {"ip_location": a.x["ip"], "ext_title": a.title, "src": "pc"},
        "abstract": trunc(a.paras[0], 60),
    }
    metas = (
        f'<meta name="keywords" content="{esc(a.x["tag"])},{esc(media)}">\n'
        f'<meta name="description" content="{esc(trunc(a.paras[0], 80))}">\n'
        f'<meta property="og:title" content="{esc(a.title)}">\n'
        f'<meta property="og:description" content="{esc(trunc(a.paras[0], 60))}">\n'
        f'<meta property="og:url" content="{site.base}{a.path}">\n'
        f'<meta property="og:image" content="https://inews.gtimg.example/om_ls/{a.x["aid"]}_cover.jpg">\n'
        f'<meta name="apub:time" content="{w:%Y-%m-%d %H:%M:%S}">\n'
        f'<link rel="canonical" href="{site.base}{a.path}">'
    )
    head = _head(f"{a.title}_腾讯新闻", metas, json.dumps(data, ensure_ascii=False), rng)
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = (
            f'<div class="related-read"><div class="rr-title">延伸阅读</div><ul>{lis}</ul></div>'
        )
    feed = others(rng, site.arts, a, 18)
    select = "".join(
        f'<li class="hot-item"><a class="pic" href="{o.path if o.tpl == "qq" else site.base + o.path}" target="_blank"><img src="https://inews.gtimg.example/om_ls/f{k}.jpg"></a><div class="detail"><h3><a href="{o.path}" target="_blank">{esc(o.title)}</a></h3><div class="binfo"><span class="source">{esc(o.x.get("media", o.x.get("source", "腾讯新闻")))}</span><span class="cmt">{rng.randint(1, 999)}评</span></div></div></li>'
        for k, o in enumerate(feed[:10])
    )
    rank = "".join(
        f'<li><span class="rank-num rank-{k}">{k}</span><a href="{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a><span class="heat">{rng.randint(100, 999)}万热度</span></li>'
        for k, o in enumerate(feed[10:], 1)
    )
    watch = others(rng, site.of("qq"), a, 4)
    see = "".join(
        f'<li><a href="{o.path}" target="_blank"><img src="https://inews.gtimg.example/om_ls/w{k}.jpg"><p>{esc(o.title)}</p></a></li>'
        for k, o in enumerate(watch)
    )
    page = (
        head
        + f"""<div class="qq_conent clearfix">
<div class="LEFT">
<h1>{esc(a.title)}</h1>
<div class="article-author"><a class="media-avatar" href="/omn/author/{mid(media)}" target="_blank"><img src="https://inews.gtimg.example/newsapp_ls/0/{mid(media)}_100100/0" alt="{esc(media)}"></a>
<div class="media-info"><a class="media-name" href="/omn/author/{mid(media)}" target="_blank">{esc(media)}</a><div class="media-meta"><span class="time">{w:%Y-%m-%d %H:%M}</span><span class="ip">发布于{a.x["ip"]}</span></div></div>
<a class="media-focus" href="javascript:;">+关注</a></div>
<div class="content clearfix"><div class="content-article">
{_content(a)}
</div></div>
<div class="article-bottom"><div class="statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div><div class="share-box"><span>分享到</span><a class="wx" href="javascript:;">微信</a><a class="qzone" href="javascript:;">QQ空间</a><a class="wb" href="javascript:;">微博</a></div></div>
{related}
<div class="comment-box" id="Comment"><div class="cmt-hd">评论 <em>{a.x["comments"]}</em></div><div class="cmt-input"><textarea placeholder="说点什么吧…"></textarea><a class="cmt-btn">发表</a></div></div>
<div class="hot-select"><div class="hs-title">热点精选</div><ul>{select}</ul></div>
</div>
<div class="RIGHT">
<div class="adbox"><script>document.write('<iframe src="https://ad.qq.example/display?pos=article_right" width="300" height="250" frameborder="0"></iframe>');</script></div>
<div class="rank-list"><div class="rank-title">腾讯新闻热点榜</div><ul>{rank}</ul><a class="rank-more" href="/top/">查看完整榜单</a></div>
<div class="see-all"><div class="sa-title">大家都在看</div><ul>{see}</ul></div>
<div class="qrcode"><img src="https://mat1.gtimg.example/www/images/qr_news.png"><p>扫码下载腾讯新闻</p></div>
</div>
</div>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def _list(
    site: Site10, title: str, key: str, arts: list[Art], pager: str, banner: str = ""
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li class="item cf"><a class="picture" href="{a.path}" target="_blank"><img src="https://inews.gtimg.example/om_ls/l{k}.jpg"></a><div class="detail"><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><div class="binfo"><span class="source">{esc(a.x["media"])}</span><span class="time">{a.when:%m-%d %H:%M}</span></div></div></li>'
        for k, a in enumerate(arts)
    )
    page = (
        _head(title, '<meta name="description" content="腾讯新闻，事实派。">', "{}", rng)
        + f'<div class="qq_conent clearfix"><div class="LEFT">{banner}<ul class="list">{items}</ul>{pager}</div></div>'
        + f"<script>{feed_js('__LIST__', feed_rows(arts, '腾讯新闻'))}</script>"
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site10) -> None:
    mine = sorted(site.of("qq"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    more = '<div class="pager"><a class="next" href="/ch/news/?page=2">加载更多</a></div>'
    back = '<div class="pager"><a class="prev" href="/ch/news/">上一页</a></div>'
    site.route("/ch/news/", lambda: _list(site, "要闻_腾讯新闻", "qq-l1", mine[:7], more))
    site.route("/ch/news/?page=2", lambda: _list(site, "要闻_腾讯新闻", "qq-l2", mine[7:], back))
    medias = sorted({a.x["media"] for a in mine})
    for m in medias:
        arts = [a for a in mine if a.x["media"] == m]
        banner = f'<div class="author-card"><img src="https://inews.gtimg.example/newsapp_ls/0/{mid(m)}_100100/0"><h2>{esc(m)}</h2><p>腾讯新闻创作者 · {len(arts)}篇内容</p></div>'
        site.route(
            f"/omn/author/{mid(m)}",
            lambda m=m, arts=arts, banner=banner: _list(  # type: ignore[misc]
                site, f"{m}_腾讯新闻", f"qq-a-{m}", arts, "", banner
            ),
        )
