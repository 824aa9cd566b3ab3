"""The portal's 客户端 share page in UTF-8, WeChat-style: ``h1.rich_media_title``, the account
name (临江发布) with a 关注 button, ``发布于 2024-05-08 09:12`` and IP 属地, every paragraph a
``<section><span>``, credits as sections at the end (记者｜…, 通讯员｜…, 编辑｜…, 责编｜…,
审核｜…, or 文字/摄影), 阅读原文 and 推荐阅读 of unrelated stories. Also the 客户端 list page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art
from heldout_site7.common import css, encode, esc, others, page_rng

if TYPE_CHECKING:
    from .generator import Site9

CT = "text/html; charset=utf-8"
ACCOUNT = "临江发布"
SP = 'style="margin:0 0 16px;line-height:1.75;letter-spacing:1px"'
SPAN = 'style="font-size:16px;color:#3f3f3f"'


def _sec(text: str, extra: str = "") -> str:
    return f"<section {SP}><span {SPAN}{extra}>{esc(text)}</span></section>"


def _credits(a: Art) -> list[str]:
    x = a.x
    st = x["style"]
    rows: list[str] = []
    if st == "credits":
        rows.append(f"记者｜{' '.join(a.authors)}")
        rows.append(f"通讯员｜{a.correspondents[0]}")
    elif st == "photo":
        rows.append(f"文字｜{a.authors[0]}")
        rows.append(f"摄影｜{x['photog']}")
    elif st == "repost":
        rows.append("来源｜新华社")
    if len(a.editors) == 2:
        rows.append(f"编辑｜{a.editors[1]}")
        rows.append(f"责编｜{a.editors[0]}")
    else:
        rows.append(f"编辑｜{a.editors[0]}")
    rows.append(f"审核｜{x['reviewer']}")
    return rows


def article(site: Site9, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(_sec(b.text))
        elif b.kind == "h":
            body.append(
                f'<section style="text-align:center;margin:24px 0 12px"><span style="font-size:17px;color:#c00000;font-weight:bold">{esc(b.text)}</span></section>'
            )
        else:
            body.append(
                f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="{b.src}" src="{b.src}" data-ratio="0.6667" data-w="1080" style="width:100%"></section>'
            )
            body.append(
                f'<section style="text-align:center;margin-bottom:16px"><span style="font-size:13px;color:#888">{esc(b.text)}</span></section>'
            )
    body.append('<section style="text-align:center;color:#ccc">—END—</section>')
    credits = "".join(
        f'<section style="text-align:right;margin:0"><span style="font-size:13px;color:#999">{esc(r)}</span></section>'
        for r in _credits(a)
    )
    meta_author = ""
    if x["style"] == "meta":
        meta_author = f'<span class="rich_media_meta rich_media_meta_text">记者 {a.authors[0]} 实习生 {a.authors[1]}</span>'
    rec = "".join(
        f'<li class="rec_item"><a href="{o.path}"><span class="rec_title">{esc(o.title)}</span><img src="/upload/thumb/{k}.jpg"></a></li>'
        for k, o in enumerate(others(rng, site.of("wx"), a, 5))
    )
    ct = int(a.when.timestamp())
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="/upload/cover/{x["aid"]}.jpg">
<title>{esc(a.title)} | {ACCOUNT}</title>
<style>
{css(rng, "rm", 300)}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list">
{meta_author}<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{ACCOUNT}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">发布于 {a.when:%Y-%m-%d %H:%M}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">IP属地：<span id="js_ip_wording">{x["ip"]}</span></em>
<a class="wx_follow_btn" href="javascript:;" id="js_follow">关注</a>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
{chr(10).join(body)}
{credits}
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="/" class="media_tool_meta">阅读原文</a><span class="media_tool_meta">阅读 <span id="readNum3">{x["reads"]}</span></span><a href="javascript:;" class="like_btn">赞</a><a href="javascript:;" class="like_btn">在看</a></div>
</div>
<div class="function_mod"><div class="account_card"><img src="/upload/logo/ljfb.png"><div><strong>{ACCOUNT}</strong><p>临江市委宣传部官方账号</p></div><a href="javascript:;" class="wx_follow_btn">关注</a></div></div>
<div class="rec_mod"><h3 class="rec_hd">推荐阅读</h3><ul class="rec_list">{rec}</ul></div>
</div></div>
<script>var ct = "{ct}"; var nickname = "{ACCOUNT}"; var msg_title = "{esc(a.title)}".html(false); var msg_source_url = "/";</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def index(site: Site9) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "wx-index")
    items = "".join(
        f'<li class="news_item"><a href="{a.path}"><h3>{esc(a.title)}</h3><p>{ACCOUNT}　{a.when:%m-%d %H:%M}</p></a></li>'
        for a in sorted(site.of("wx"), key=lambda a: a.when)[::-1]
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0"><title>临江日报客户端 | 首页</title><style>{css(rng, "app", 200)}</style></head>
<body><div class="app_hd"><a href="/">临江新闻网</a><a href="javascript:;" class="dl">下载客户端</a></div><ul class="news_list">{items}</ul></body></html>"""
    return encode(page, "utf-8"), CT


def register(site: Site9) -> None:
    for a in site.of("wx"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/h5/index.html", lambda: index(site))
