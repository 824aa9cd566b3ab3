"""财新-style article pages (``/2024-05-08/102165432.html``): ``<title>headline_财新网_财新网</title>``
style head, ``div#conTit`` with the ``h1`` and ``div.artInfo`` (文｜财新 X，实习记者 Y, then
``2024年05月08日 10:15 来源于 财新周刊 2024年第19期 出版日期2024年05月13日`` — the weekly's
print date is a later day), the editors' 导语 in ``div#subhead``, the body in
``div#Main_Content_Val.text``. A 财新周刊 story shows its first paragraphs, the ``div#chargeWall``
subscription box, and the rest of the text in a hidden ``div#Main_Content_Val_more`` that the
paywall script reveals to subscribers; its end carries 责任编辑：X | 版面编辑：Y. An opinion piece
ends with the author's note （作者为…）. 相关报道 under the body; 热门排行 and 编辑推荐 are not
related. The channel list ``/economy/`` and ``/economy/index_2.html``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art, Block

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site10

CT = "text/html; charset=utf-8"
NAV = [
    ("首页", "/"),
    ("经济", "/economy/"),
    ("金融", "/economy/index_2.html"),
    ("公司", "https://companies.caixin.example/"),
    ("政经", "https://china.caixin.example/"),
    ("世界", "https://international.caixin.example/"),
    ("观点", "https://opinion.caixin.example/"),
    ("周刊", "https://weekly.caixin.example/"),
    ("图片", "/photo/"),
    ("视频", "/video/"),
]


def _head(title: str, metas: str, rng: Any) -> str:
    nav = "".join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
{metas}
<link href="//file.caixin.example/webchannel/all/css/article.css?v=20240428" rel="stylesheet" type="text/css" />
<style type="text/css">
{css(rng, "cx", 380)}
</style>
<script type="text/javascript" src="//file.caixin.example/webchannel/all/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="head"><div class="logo"><a href="/"><img src="//file.caixin.example/webchannel/all/img/logo.png" alt="财新网" /></a></div><div class="menu">{nav}</div>
<div class="userlogin"><a href="javascript:;">登录</a> | <a href="javascript:;">注册</a> | <a class="subscribe" href="https://buy.caixin.example/">订阅</a></div></div>
"""


FOOT = (
    """<div class="bottom"><div class="bottomLink"><a href="/about/index.html">关于我们</a> | <a href="/about/index.html">加入我们</a> | <a href="/about/index.html">意见与反馈</a> | <a href="/about/index.html">财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。</a></div>
<p>京ICP证090880号 京ICP备10026701号-8 | 京公网安备 11010502034662号</p><p>Copyright 财新网 All Rights Reserved 版权所有 复制必究</p></div>
<script type="text/javascript">
"""
    + stats_js("caixin_ana_3a1d")
    + """
</script>
</body>
</html>"""
)


def _blocks(bs: list[Block]) -> str:
    out = []
    for b in bs:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<div class="media pip"><div class="mediaPic"><img src="https://img.caixin.example{b.src}" alt="" /></div><dl class="mediaInfo"><dd>{esc(b.text)}{" " + esc(b.credit) if b.credit else ""}</dd></dl></div>'
            )
    return "\n".join(out)


def _byline(a: Art) -> str:
    st = a.x["style"]
    if st == "one":
        return f"文｜财新 {a.authors[0]}"
    if st == "two":
        return f"文｜财新 {a.authors[0]}，{a.authors[1]}"
    if st == "intern":
        return f"文｜财新 {a.authors[0]}，实习记者 {a.authors[1]}"
    if st == "op":
        return f"文｜{a.authors[0]}"
    return ""


def article(site: Site10, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    url = f"{site.base}{a.path}"
    weekly = a.x["weekly"]
    metas = (
        f'<meta name="keywords" content="{esc(a.x["tag"])}" />\n'
        f'<meta name="description" content="{esc(a.x["lead"])}" />\n'
        f'<meta property="og:title" content="{esc(a.title)}" />\n'
        f'<meta property="og:description" content="{esc(a.x["lead"])}" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta name="author" content="{"财新周刊" if weekly else "财新网"}" />\n'
        f'<link rel="canonical" href="{url}" />'
    )
    head = _head(f"{a.title}_{'周刊频道' if weekly else '经济频道'}_财新网", metas, rng)
    src = (
        f'来源于 <a href="https://weekly.caixin.example/">财新周刊</a> 2024年第{a.x["issue"]}期 出版日期2024年05月{a.x["printed"]:02d}日'
        if weekly
        else '来源于 <a href="/economy/">财新网</a>'
    )
    by = _byline(a)
    info = (f"{esc(by)}<br />" if by else "") + f"{w:%Y年%m月%d日 %H:%M} {src}"
    eds = f"责任编辑：{esc(a.editors[0])}" + (
        f" | 版面编辑：{esc(a.editors[1])}" if len(a.editors) > 1 else ""
    )
    tail = f'<p class="intro">{eds}</p>'
    if a.x["style"] == "op":
        tail = f"<p>（作者为{esc(a.x['affil'])}）</p>\n" + tail
    if weekly:
        cut = 2
        body = f"""<div id="Main_Content_Val" class="text">
{_blocks(a.blocks[:cut])}
</div>
<div id="chargeWall" class="cons_paywall"><div class="paywall-title">本文为财新周刊付费内容</div><p>订阅财新通，畅读全文及财新周刊、财新网数字内容</p><p class="price">限时优惠 ¥ 498/年</p><a class="btn" href="https://buy.caixin.example/">立即订阅</a><p class="login">已是订阅用户？<a href="javascript:;">登录</a></p></div>
<div id="Main_Content_Val_more" class="text" style="display:none">
{_blocks(a.blocks[cut:])}
{tail}
</div>"""
    else:
        body = f"""<div id="Main_Content_Val" class="text">
{_blocks(a.blocks)}
{tail}
</div>"""
    related = ""
    if a.related:
        lis = "".join(
            f'<li><a href="{site.base}{p}" target="_blank">{esc(site.by_path[p].title)}</a><em>{site.by_path[p].when:%Y-%m-%d}</em></li>'
            for p in a.related
        )
        related = f'<div class="moreReport"><h4>相关报道</h4><ul>{lis}</ul></div>'
    hot = "".join(
        f'<li><em>{k}</em><a href="{site.base}{o.path}" target="_blank">{esc(trunc(o.title, 20))}</a></li>'
        for k, o in enumerate(others(rng, site.arts, a, 10), 1)
    )
    picks = "".join(
        f'<dl><dt><a href="{o.path}" target="_blank"><img src="https://img.caixin.example/e{k}.jpg" /></a></dt><dd><p><a href="{o.path}" target="_blank">{esc(o.title)}</a></p><span>{o.when:%Y年%m月%d日 %H:%M}</span></dd></dl>'
        for k, o in enumerate(others(rng, site.of("caixin"), a, 5))
    )
    page = (
        head
        + f"""<div class="comMain">
<div class="conlf">
<div class="crumb"><a href="/">财新网</a> &gt; <a href="/economy/">经济频道</a> &gt; 正文</div>
<div id="conTit"><h1>{esc(a.title)}</h1>
<div class="artInfo">{info}<span class="artComment"><a href="#comment">评论</a></span></div></div>
<div class="pip"><div id="subhead" class="subhead">导语：{esc(a.x["lead"])}</div></div>
<div class="content">
{body}
</div>
<div class="fenxiang"><span>分享到：</span><a class="weixin">微信</a><a class="weibo">微博</a><a class="email">邮件</a></div>
<div class="copyright">版权声明：财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。</div>
{related}
<div class="editorPick"><h4>编辑推荐</h4>{picks}</div>
<div id="comment" class="comment"><h4>评论</h4><textarea></textarea><a href="javascript:;">发表</a></div>
</div>
<div class="conri">
<div class="adv"><iframe src="https://ad.caixin.example/show?pos=article_r1" width="300" height="250" frameborder="0"></iframe></div>
<div class="hotRank"><h4>热门排行</h4><ul>{hot}</ul></div>
<div class="weeklyBox"><img src="https://img.caixin.example/weekly/cover.jpg" /><p>财新周刊 2024年第{a.x["issue"]}期</p><a href="https://weekly.caixin.example/">查看本期目录</a></div>
</div>
</div>
<script type="text/javascript">var entity = {{"id":{a.x["cid"]},"channel":125,"type":0,"isFree":{"false" if weekly else "true"}}};</script>
"""
        + FOOT
    )
    return encode(page, "utf-8"), CT


def _list(site: Site10, title: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<div class="stitXtuwen_list"><dl><dt><a href="{site.base}{a.path}"><img src="https://img.caixin.example/l{k}.jpg" /></a></dt><dd><h4><a href="{site.base}{a.path}" target="_blank">{esc(a.title)}</a></h4><p>{esc(trunc(a.x["lead"], 60))}</p><span>{a.when:%Y年%m月%d日 %H:%M}</span></dd></dl></div>'
        for k, a in enumerate(arts)
    )
    page = (
        _head(title, '<meta name="description" content="财新网经济频道" />', rng)
        + f'<div class="comMain"><div class="conlf"><div class="listBox">{items}</div>{pager}</div></div>'
        + FOOT
    )
    return encode(page, "utf-8"), CT


def register(site: Site10) -> None:
    mine = sorted(site.of("caixin"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    p1 = '<div class="page"><span>1</span><a href="index_2.html">2</a><a href="index_2.html">下一页</a></div>'
    p2 = '<div class="page"><a href="./">1</a><span>2</span></div>'
    site.route("/economy/", lambda: _list(site, "经济频道_财新网", "cx-l1", mine[:6], p1))
    site.route(
        "/economy/index_2.html", lambda: _list(site, "经济频道_财新网", "cx-l2", mine[6:], p2)
    )
