"""A city evening paper's mobile site (m.-style, UTF-8): the printed date has no year
(``3月15日 10:23``; the URL carries ``/20240315/``, a script ``var publishTime``), 135editor/WeChat
markup (``<section>``/``<p>`` with inline styles), pictures credited 图片来源：网络, a 推荐阅读 list
with other stories' authors and times, a JSON state blob with more of them."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import esc
from .pools import COMMENTS

if TYPE_CHECKING:
    from .generator import Site4

SITE = "临江晚报"
CHANS = {"bendi": "本地", "shehui": "社会"}
PER_PAGE = 4
CSS = """*{margin:0;padding:0;box-sizing:border-box}body{font-family:-apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;background:#fff;color:#222;-webkit-text-size-adjust:100%}
a{color:inherit;text-decoration:none}img{max-width:100%;height:auto;display:block;margin:0 auto}
.m-top{height:44px;line-height:44px;padding:0 12px;border-bottom:1px solid #eee;display:flex;justify-content:space-between;align-items:center;position:sticky;top:0;background:#fff;z-index:99}
.m-top .logo img{height:26px}.m-top .open-app{background:#d0021b;color:#fff;border-radius:14px;padding:0 12px;height:28px;line-height:28px;font-size:13px}
.m-nav{display:flex;overflow-x:auto;white-space:nowrap;padding:0 6px;border-bottom:1px solid #f2f2f2}.m-nav a{padding:10px 10px;font-size:15px;color:#555}.m-nav a.on{color:#d0021b;font-weight:bold}
.article-wrap{padding:16px 16px 0}.article-wrap .title{font-size:22px;line-height:1.4;font-weight:bold;margin-bottom:12px;color:#111}
.info{font-size:13px;color:#999;margin-bottom:16px}.info span{margin-right:10px}
.content{font-size:17px;line-height:1.8;color:#333;word-wrap:break-word}.content p{margin-bottom:16px}
.editor{font-size:13px;color:#999;margin:10px 0 16px}.statement{font-size:12px;color:#aaa;background:#f7f7f7;padding:8px 10px;border-radius:4px;margin-bottom:16px}
.share-bar{display:flex;justify-content:center;gap:24px;padding:14px 0;border-top:1px solid #f2f2f2;border-bottom:8px solid #f5f5f5}.share-bar a{font-size:13px;color:#666}
.recommend{padding:12px 16px}.recommend h3{font-size:17px;border-left:4px solid #d0021b;padding-left:8px;margin-bottom:8px}
.recommend li{list-style:none;display:flex;justify-content:space-between;padding:12px 0;border-bottom:1px solid #f2f2f2}.recommend .r-title{font-size:16px;line-height:1.5;color:#222;max-height:48px;overflow:hidden}
.recommend .r-info{font-size:12px;color:#999;margin-top:6px}.recommend .r-info span{margin-right:8px}.recommend img{width:112px;height:74px;object-fit:cover;margin-left:10px;border-radius:4px}
.comments{padding:12px 16px}.comments h3{font-size:17px;margin-bottom:8px}.comments .c-item{padding:10px 0;border-bottom:1px solid #f2f2f2}.comments .c-user{font-size:13px;color:#5b7fb0}.comments .c-time{font-size:12px;color:#aaa;margin-left:8px}.comments .c-text{font-size:15px;color:#333;margin-top:4px}
.m-footer{padding:20px 16px 80px;text-align:center;font-size:12px;color:#aaa;background:#f7f7f7;line-height:1.8}
.app-bar{position:fixed;bottom:0;left:0;right:0;height:56px;background:rgba(255,255,255,.96);box-shadow:0 -1px 6px rgba(0,0,0,.08);display:flex;align-items:center;padding:0 16px}
.list-item{display:flex;padding:14px 16px;border-bottom:1px solid #f2f2f2}.list-item .l-title{font-size:17px;line-height:1.5}.list-item .l-info{font-size:12px;color:#999;margin-top:6px}
"""


def _md(d: datetime) -> str:
    return f"{d.month}月{d.day}日 {d:%H:%M}"


ON = ' class="on"'


def _top(title: str, extra: str = "", on: str = "") -> str:
    nav = "".join(
        f'<a href="{u}"{ON if n == on else ""}>{n}</a>'
        for n, u in [
            ("首页", "/m/"),
            ("本地", "/m/list/bendi.html"),
            ("社会", "/m/list/shehui.html"),
            ("视频", "/m/video/20240318/v3301.html"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>{esc(title)}</title>
{extra}
<link rel="stylesheet" href="/m/static/css/article.css?v=20240301">
<style>{CSS}{CSS.replace(".", ".v2-")}</style>
<script src="/m/static/js/flexible.js"></script>
</head>
<body>
<div class="m-top"><a href="/m/" class="logo"><img src="/m/static/img/logo.png" alt="{SITE}"></a><a class="open-app" href="javascript:;" data-scheme="ljwb://">打开APP</a></div>
<div class="m-nav">{nav}</div>
"""


def _sprite() -> str:
    """The inline SVG icon sprite mobile news pages carry (share, comment, like… icons)."""
    rng = random.Random("sprite")
    icons = ["share", "wechat", "moments", "weibo", "qq", "like", "comment", "star", "back", "more"]
    out = []
    for k in range(48):
        pts = " ".join(
            f"{rng.choice('MLQC')}{rng.randint(0, 1024)}.{rng.randint(0, 99)} {rng.randint(0, 1024)}"
            for _ in range(14)
        )
        out.append(
            f'<symbol id="icon-{icons[k % 10]}-{k}" viewBox="0 0 1024 1024"><path d="{pts}Z"></path></symbol>'
        )
    return (
        '<svg aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
        + "".join(out)
        + "</svg>"
    )


FOOT = (
    _sprite()
    + f"""<div class="m-footer"><p>{SITE}社 版权所有 未经授权不得转载</p>
<p>地址：临江市滨江路266号 新闻热线：0716-8888 1234</p>
<p><a href="https://beian.miit.example/">鄂ICP备09012345号-3</a> 鄂公网安备 42100202000456号</p>
<p><a href="/m/about.html">关于我们</a> | <a href="/m/about.html">联系我们</a></p></div>
<div class="app-bar"><img src="/m/static/img/app-icon.png" alt="" width="36"><span>{SITE}APP 阅读体验更佳</span><a class="open-app" href="javascript:;">打开</a></div>
<script src="/m/static/js/zepto.min.js"></script>
<script>
var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.example/hm.js?9a8b7c6d5e4f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();
</script>
</body>
</html>
"""
)


def _block_html(b: Block, sections: bool, k: int) -> str:
    if b.kind == "h":
        return (
            '<section class="_135editor" data-tools="135编辑器" data-id="94128" style="border:0px none;'
            'box-sizing:border-box;"><section style="margin:20px 0 10px;text-align:left;">'
            '<section style="display:inline-block;background-color:#d0021b;padding:4px 12px;'
            'border-radius:0 12px 12px 0;"><span style="font-size:16px;color:#ffffff;"><strong>'
            f"{esc(b.text)}</strong></span></section></section></section>"
        )
    if b.kind == "img":
        out = (
            f'<p style="text-align:center;margin-bottom:0;"><img class="rich_pages wxw-img" '
            f'data-src="/m/upload{b.src}" src="/m/upload{b.src}" data-ratio="0.6667" '
            'data-w="1080" style="width:100%;height:auto;"></p>'
        )
        if b.text:
            out += (
                '<p style="text-align:center;margin-bottom:0;"><span style="font-size:14px;'
                f'color:#888888;">{esc(b.text)}</span></p>'
            )
        out += (
            '<p style="text-align:center;"><span style="font-size:12px;color:#b2b2b2;">'
            f"{esc(b.credit)}</span></p>"
        )
        return out
    span = (
        '<span style="font-size:15px;color:rgb(62,62,62);letter-spacing:1px;'
        f'font-family:PingFangSC-Light;">{esc(b.text)}</span>'
    )
    if sections:
        return (
            f'<section data-role="paragraph" style="line-height:1.75em;margin-bottom:16px;'
            f'text-indent:0em;" data-pid="{k}">{span}</section>'
        )
    return f'<p style="line-height:1.75em;margin-bottom:15px;text-align:justify;">{span}</p>'


def _byline(a: Art) -> str:
    st = a.x["style"]
    if st == "one":
        return f"记者 {a.authors[0]}"
    if st == "two":
        return f"记者 {a.authors[0]} {a.authors[1]}"
    if st == "corr":
        return f"通讯员 {a.correspondents[0]}"
    if st == "one+corr":
        return f"记者 {a.authors[0]} 通讯员 {a.correspondents[0]}"
    return ""


def article(site: Site4, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"mb{a.i}")
    x = a.x
    arts = site.of("mobile")
    recs = rng.sample([b for b in arts if b is not a], 4)
    body = "\n".join(_block_html(b, x["sections"], k) for k, b in enumerate(a.blocks))
    if x["sections"]:
        body = (
            '<section style="margin:0 8px;box-sizing:border-box;" data-role="outer" '
            f'label="edit by 135editor">{body}</section>'
        )
    by = _byline(a)
    info = f'<span class="source">{x["source"]}</span>'
    if by:
        info += f'<span class="author">{by}</span>'
    info += f'<span class="time">{_md(a.when)}</span>'
    rec_html = "".join(
        f'<li><a href="{b.path}"><div class="r-text"><p class="r-title">{esc(b.title)}</p>'
        f'<p class="r-info"><span class="author">{_byline(b) or b.x["source"]}</span>'
        f'<span class="time">{_md(b.when)}</span></p></div>'
        f'<img src="/m/upload/thumb/{b.path[-12:-5]}.jpg" alt=""></a></li>'
        for b in recs
    )
    state = {
        "article": {"id": a.path[-13:-5], "channel": x["chan"], "commentCount": 3},
        "recList": [
            {
                "id": b.path[-13:-5],
                "title": b.title,
                "author": _byline(b),
                "source": b.x["source"],
                "publishTime": f"{b.when:%Y-%m-%d %H:%M:%S}",
                "url": b.path,
            }
            for b in rng.sample([b for b in arts if b is not a], 6)
        ],
    }
    comments = ""
    if a.i % 3 != 1:
        items = "".join(
            f'<div class="c-item"><span class="c-user">{u}</span><span class="c-time">'
            f"{_md(a.when + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(1, 59)))}</span>"
            f'<p class="c-text">{esc(rng.choice(COMMENTS))}</p></div>'
            for u in rng.sample(["临江网友", "用户8823", "南门老李", "小太阳", "一路向北"], 3)
        )
        comments = f'<div class="comments"><h3>热门评论</h3>{items}</div>'
    editor = f'<div class="editor">责任编辑：{a.editors[0]}</div>' if a.editors else ""
    statement = ""
    if x["source"] != SITE:
        statement = (
            '<div class="statement">来源：新华社。本文为转载内容，版权归原作者所有，'
            "如有侵权请联系删除。</div>"
        )
    extra = f"""<meta name="keywords" content="{CHANS[x["chan"]]},{SITE}">
<meta name="description" content="{esc(a.paras[0][:80])}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<script>
  var publishTime = "{a.when:%Y-%m-%d %H:%M:%S}";
  var articleId = "{a.path[-13:-5]}";
  var channel = "{x["chan"]}";
  var shareTitle = {json.dumps(a.title, ensure_ascii=False)};
  var shareImg = "/m/static/img/share.png";
</script>"""
    page = (
        _top(f"{a.title}_{SITE}手机版", extra, CHANS[x["chan"]])
        + f"""<div class="article-wrap">
<h1 class="title">{esc(a.title)}</h1>
<div class="info">{info}</div>
<div class="content" id="content">
{body}
</div>
{editor}
{statement}
</div>
<div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="pyq" href="javascript:;">朋友圈</a><a class="wb" href="javascript:;">微博</a></div>
<div class="recommend"><h3 class="rec-title">推荐阅读</h3><ul>{rec_html}</ul></div>
{comments}
<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
"""
        + FOOT
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing(site: Site4, chan: str, page: int, n_pages: int, items: list[Art]) -> tuple[bytes, str]:
    lis = "".join(
        f'<div class="list-item"><a href="{a.path}"><p class="l-title">{esc(a.title)}</p>'
        f'<p class="l-info"><span>{a.x["source"]}</span> <span>{_md(a.when)}</span></p></a></div>'
        for a in items
    )
    more = ""
    if page + 1 < n_pages:
        more = f'<a class="load-more" href="/m/list/{chan}_{page + 2}.html">加载更多</a>'
    html = (
        _top(f"{CHANS[chan]}_{SITE}手机版", on=CHANS[chan])
        + f'<div class="list">{lis}</div><div class="more">{more}</div>'
        + FOOT
    )
    return html.encode("utf-8"), "text/html; charset=utf-8"


def home(site: Site4) -> tuple[bytes, str]:
    arts = sorted(site.of("mobile"), key=lambda a: a.when, reverse=True)[:6]
    lis = "".join(
        f'<div class="list-item"><a href="{a.path}"><p class="l-title">{esc(a.title)}</p>'
        f'<p class="l-info"><span>{_md(a.when)}</span></p></a></div>'
        for a in arts
    )
    html = _top(f"{SITE}手机版", on="首页") + f'<div class="list">{lis}</div>' + FOOT
    return html.encode("utf-8"), "text/html; charset=utf-8"


def video(site: Site4) -> tuple[bytes, str]:
    extra = '<script>var publishTime = "2024-03-18 09:40:00";</script>'
    html = (
        _top(f"视频｜江边又见白鹭成群_{SITE}手机版", extra, "视频")
        + """<div class="article-wrap"><h1 class="title">视频｜江边又见白鹭成群</h1>
<div class="info"><span class="source">临江晚报</span><span class="time">3月18日 09:40</span></div>
<div class="video-box"><video src="/m/upload/video/v3301.mp4" poster="/m/upload/video/v3301.jpg" controls playsinline webkit-playsinline x5-video-player-type="h5" style="width:100%"></video></div>
<p class="video-desc">3月17日清晨，滨江湿地公园里数百只白鹭在江边觅食。（拍摄：临江晚报视频组）</p>
</div>"""
        + FOOT
    )
    return html.encode("utf-8"), "text/html; charset=utf-8"


def about(site: Site4) -> tuple[bytes, str]:
    html = (
        _top(f"关于我们_{SITE}手机版")
        + f"""<div class="article-wrap"><h1 class="title">关于我们</h1>
<div class="content"><p>{SITE}创刊于1985年，是中共临江市委机关报主办的都市类报纸。</p>
<p>新闻热线：0716-8888 1234　广告热线：0716-8888 5678　邮箱：ljwb@ljwb.example</p>
<p>地址：临江市滨江路266号临江报业大厦</p></div></div>"""
        + FOOT
    )
    return html.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site4) -> None:
    arts = site.of("mobile")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/m/", lambda: home(site))
    site.route("/m/video/20240318/v3301.html", lambda: video(site))
    site.route("/m/about.html", lambda: about(site))
    for chan in CHANS:
        items = sorted((a for a in arts if a.x["chan"] == chan), key=lambda a: a.when, reverse=True)
        pages = [items[k : k + PER_PAGE] for k in range(0, len(items), PER_PAGE)]
        n_pages = len(pages)
        for p, chunk in enumerate(pages):
            path = f"/m/list/{chan}.html" if p == 0 else f"/m/list/{chan}_{p + 1}.html"
            site.route(
                path,
                lambda c=chan, p=p, chunk=chunk, n=n_pages: listing(site, c, p, n, chunk),  # type: ignore[misc]
            )
