"""微信公众号 article pages (``/s/…`` and the old ``/s?__biz=…&mid=…&idx=1&sn=…`` form):
``h1#activity-name``, the account in ``#js_name``, ``em#publish_time`` empty and filled by a
script from ``var ct = "…"`` (Unix seconds), ``#js_content`` hidden by an inline style until the
script runs, sections and spans everywhere, 点击蓝字关注 at the top, 来源/编辑/审核/校对 lines,
延伸阅读 (related) and 往期推荐 (the account's earlier posts) inside the content."""

# ruff: noqa: E501

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, others, page_rng

if TYPE_CHECKING:
    from .generator import Site14

CT = "text/html; charset=utf-8"
SP = 'style="margin:0px 8px;letter-spacing:1px;line-height:1.75em;"'


def _p(text: str, rng) -> str:
    if rng.random() < 0.5:
        return f'<section {SP}><span style="font-size:15px;color:rgb(62,62,62);font-family:mp-quote, -apple-system-font, BlinkMacSystemFont, Arial, sans-serif;">{esc(text)}</span></section><section><br></section>'
    return f'<p style="text-indent:0em;margin-bottom:16px;"><span leaf=""><span textstyle="" style="font-size:15px;">{esc(text)}</span></span></p>'


def _body(a: Art, rng) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(_p(b.text, rng))
        elif b.kind == "h":
            out.append(
                f'<section style="margin:24px 8px 8px;"><section style="display:inline-block;border-bottom:2px solid rgb(30,111,255);"><strong><span style="font-size:17px;color:rgb(30,111,255);">{esc(b.text)}</span></strong></section></section>'
            )
        else:
            out.append(
                f'<section style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.6666666666666666" data-s="300,640" data-src="https://mmbiz.qpic.example/mmbiz_jpg{b.src}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width:100%;" /></section>'
            )
            cap = b.text + (" " + b.credit if b.credit else "")
            if cap.strip():
                out.append(
                    f'<section style="text-align:center;"><span style="font-size:12px;color:rgb(136,136,136);">{esc(cap.strip())}</span></section>'
                )
    return "".join(out)


def _tail(a: Art) -> str:
    x, lines = a.x, []
    if a.x["style"] == "repost":
        lines.append(f"来源：{x['source']}")
    elif a.x["style"] == "reporter":
        lines.append("记者：" + " ".join(a.authors))
    elif a.x["style"] == "corr":
        lines.append(f"记者 {a.authors[0]} 通讯员 {a.correspondents[0]}")
    elif a.x["style"] == "wen":
        lines.append(f"文/{a.authors[0]}")
    lines += [f"编辑：{a.editors[0]}", f"审核：{x['check']}"]
    if a.i % 2:
        lines.append(f"校对：{x['proof']}")
    if a.i % 4 == 1:
        lines.append(f"终审：{x['chief']}")
    if a.i % 3 == 0:  # one line, separated by 丨
        return f'<section style="margin-top:24px;font-size:13px;color:rgb(160,160,160);text-align:right;"><span>{" 丨 ".join(esc(s) for s in lines)}</span></section>'
    return (
        '<section style="margin-top:24px;font-size:13px;color:rgb(160,160,160);">'
        + "".join(f'<p style="text-align:right;"><span>{esc(s)}</span></p>' for s in lines)
        + "</section>"
    )


def _links(items: list[Art]) -> str:
    return "".join(
        f'<section style="margin:6px 8px;"><span style="color:rgb(30,111,255);">▶ </span><a target="_blank" href="{o.path}" textvalue="{esc(o.title)}" data-itemshowtype="0" linktype="text" data-linktype="2"><span style="font-size:14px;">{esc(o.title)}</span></a></section>'
        for o in items
    )


def article(site: Site14, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    name, ghid = a.x["acct"]
    ct = int(a.when.timestamp())
    rel = [site.by_path[p] for p in a.related]
    wx = site.of("wx")
    past = others(rng, [o for o in wx if o.x["acct"] == a.x["acct"]], a, 3)
    desc = esc(a.paras[0][:54])
    cover = f"https://mmbiz.qpic.example/mmbiz_jpg/{rng.getrandbits(64):016x}/0?wx_fmt=jpeg"
    author = a.authors[0] if a.x["style"] == "orig" else ""
    top = '<section style="text-align:center;margin-bottom:16px;"><span style="font-size:13px;color:rgb(30,111,255);">点击蓝字 关注我们</span></section>'
    ext = (
        f'<section style="margin-top:20px;"><section style="background:rgb(30,111,255);color:#fff;display:inline-block;padding:2px 8px;"><strong><span>延伸阅读</span></strong></section>{_links(rel)}</section>'
        if rel
        else ""
    )
    wq = f'<section style="margin-top:24px;text-align:center;"><span style="font-size:16px;"><strong>往期推荐</strong></span></section>{_links(past)}'
    share = '<section style="text-align:center;margin-top:20px;"><span style="font-size:13px;color:rgb(136,136,136);">分享、点赞、在看，给我们一点鼓励吧！</span></section>'
    copyright_ = (
        '<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag weui-flex__item">原创</span>'
        if a.x["yuanchuang"]
        else ""
    )
    meta_author = (
        f'<span class="rich_media_meta rich_media_meta_text" id="js_author_name_text">{esc(author)}</span>'
        if author
        else ""
    )
    page = f"""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.example">
<link rel="dns-prefetch" href="//mmbiz.qpic.example">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.example/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="format-detection" content="telephone=no">
<script>var __wxgspeeddata = {{}}; var write_sceen_time = (+new Date());</script>
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="description" content="{desc}" />
<meta name="author" content="{esc(author)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="http://mp.weixin.qq.example{esc(a.path)}" />
<meta property="og:image" content="{cover}" />
<meta property="og:description" content="{desc}" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="{esc(author or name)}" />
<meta property="twitter:card" content="summary" />
<meta property="twitter:image" content="{cover}" />
<meta property="twitter:title" content="{esc(a.title)}" />
<meta property="twitter:creator" content="{esc(name)}" />
<meta property="twitter:site" content="微信公众平台" />
<title>{esc(a.title)}</title>
<style>
{css(rng, "rich_media", 420)}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
            {esc(a.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
{copyright_}
{meta_author}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
                        {esc(name)}                      </a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display:none;"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{top}{_body(a, rng)}{_tail(a)}{ext}{wq}{share}
</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display:none;">已无更多数据</div>
<div class="rich_media_tool_area"><div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3">{a.x["reads"]}</span></div>
<span class="media_tool_meta meta_extra" id="js_like_btn">赞</span><span class="media_tool_meta meta_extra">分享</span><span class="media_tool_meta meta_extra">推荐</span><span class="media_tool_meta meta_extra">在看</span></div>
</div>
</div>
</div>
<div class="rich_media_area_extra"><div id="js_cmt_area" class="discuss_container"><div class="discuss_container_title">留言</div><div id="js_cmt_list" class="discuss_list"></div><p class="tips_global">写留言</p></div></div>
<div class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&size=102&__biz={ghid}"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
</div>
<script type="text/javascript">
var biz = "{ghid}" || "";
var sn = "{rng.getrandbits(128):032x}" || "";
var mid = "{rng.randint(10**9, 10**10 - 1)}" || "";
var idx = "1" || "";
var nickname = htmlDecode("{esc(name)}");
var user_name = "{ghid}";
var msg_title = '{esc(a.title)}'.html(false);
var msg_desc = htmlDecode("{desc}");
var msg_cdn_url = "{cover}";
var ct = "{ct}";
var publish_time = "{a.when:%Y-%m-%d}" || "";
var create_time = "{ct - rng.randint(600, 7200)}" * 1;
var copyright_stat = "{1 if a.x["yuanchuang"] else 0}";
var ori_article_type = "";
</script>
<script type="text/javascript">
(function() {{
  var d = new Date(parseInt(ct, 10) * 1000);
  function p(n) {{ return n < 10 ? '0' + n : '' + n; }}
  document.getElementById('publish_time').innerHTML = d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
  document.getElementById('js_content').style.visibility = 'visible';
}})();
</script>
<script nonce="{rng.getrandbits(32)}" src="//res.wx.qq.example/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def register(site: Site14) -> None:
    for a in site.of("wx"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
