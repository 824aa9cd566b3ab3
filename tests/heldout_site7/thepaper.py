"""A 澎湃-style Next.js article page: hashed CSS-module class names, a 栏目 kicker above the
headline, the credit line (澎湃新闻记者 王五 实习生 赵六) and ``2024-05-20 14:31 来源：澎湃新闻`` with
the IP 属地, a 原创 mark, the body server-rendered in ``div.index_cententWrap__…`` AND again as HTML
in ``<script id="__NEXT_DATA__">`` (with related and hot items), 责任编辑/图片编辑/校对 at the end,
相关推荐 tied to the story, and a 澎湃热榜 of others. The channel list ``/list_25462`` (Next.js too)
and a 24-hour 热榜 page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site7

CT = "text/html; charset=utf-8"
BUILD = "Kq0bW8eN3x7TfZcYp2JdA"
NAV = [
    ("首页", "/"),
    ("要闻", "/list_25462"),
    ("深度", "/list_25427"),
    ("时事", "/channel_25950"),
    ("国际", "/channel_122908"),
    ("财经", "/channel_25951"),
    ("科技", "/channel_119908"),
    ("想法", "/channel_25952"),
    ("生活", "/channel_25953"),
    ("澎湃号", "/channel_128409"),
    ("视频", "/channel_26916"),
    ("热榜", "/rank/24h.html"),
    ("专题", "/zt/2024/index.shtml"),
]


def _frame(
    site: Site7, title: str, key: str, extra: str, inner: str, data: dict[str, Any], page: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(f'<a class="index_navItem__tW3Fk" href="{u}">{t}</a>' for t, u in NAV)
    blob = {
        "props": {"pageProps": data, "__N_SSP": True},
        "page": page,
        "query": {},
        "buildId": BUILD,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    doc = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{esc(title)}</title>{extra}<meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/4b2f6a0c1d9e8f73.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b2f6a0c1d9e8f73.css" data-n-g=""/><style data-styled="">{css(rng, "index", 420)}</style><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-a9d7b0e6f1c2d3e4.js" defer=""></script><script src="/_next/static/{BUILD}/_buildManifest.js" defer=""></script></head><body><div id="__next"><div class="index_wrapper__9Qx2z"><header class="index_header__Uo3Xq"><div class="index_headerContent__sVc4P"><a href="/" class="index_logo__Zz1b0"><img alt="澎湃新闻" src="/_next/static/media/logo.3f2a1b.png"/></a><nav class="index_nav__8Hk2L">{nav}</nav><div class="index_search__x1Vq2"><a href="/searchResult?id=上海">搜索</a></div><div class="index_login__Qm0tP"><span>登录</span></div></div></header>{inner}<footer class="index_footer__H7wGk"><div class="index_footerLinks__pA2sD"><a href="/about/contact.html">关于澎湃</a><a href="/about/contact.html">加入澎湃</a><a href="/about/contact.html">联系我们</a><a href="/about/contact.html">广告合作</a><a href="/about/contact.html">法律声明</a><a href="/about/contact.html">隐私政策</a></div><p>沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006 增值电信业务经营许可证：沪B2-2017116</p><p>&copy; 2014-2024 上海东方报业有限公司</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(blob, ensure_ascii=False)}</script></body></html>"""
    return encode(doc, "utf-8"), CT


def _body_html(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p><img src="https://imagecloud.thepaper.example/thepaper/image{b.src}" alt="" class="" style=""/></p>'
            )
            if b.text or b.credit:
                parts = " ".join(x for x in (esc(b.text), esc(b.credit)) if x)
                out.append(f'<p class="image_desc">{parts}</p>')
    return "".join(out)


def _card(site: Site7, p: str) -> dict[str, Any]:
    o = site.by_path[p]
    return {
        "contId": str(o.x["cid"]),
        "name": o.title,
        "pubTime": f"{o.when:%Y-%m-%d %H:%M}",
        "pic": f"https://imagecloud.thepaper.example/thepaper/image/{o.x['cid']}.jpg",
        "nodeInfo": {"name": o.x["node"]},
        "link": p,
    }


def article(site: Site7, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    body = _body_html(a)
    hot = [b for b in others(rng, site.arts, a, 10) if b.tpl == "paper"] + others(
        rng, site.of("paper"), a, 4
    )
    hot = list({o.path: o for o in hot}.values())[:10]
    eds = [f"责任编辑：{a.editors[0]}"]
    if a.x["pic_editor"]:
        eds.append(f"图片编辑：{a.x['pic_editor']}")
    eds.append(f"校对：{a.x['proof']}")
    detail = {
        "contId": a.x["cid"],
        "name": a.title,
        "author": a.x["credit"],
        "pubTime": f"{w:%Y-%m-%d %H:%M}",
        "pubTimeLong": int(w.timestamp() * 1000),
        "summary": a.x["summary"],
        "content": body,
        "source": a.x["source"],
        "responEditor": a.editors[0],
        "textEditor": "",
        "praiseTimes": str(a.x["praise"]),
        "interactionNum": rng.randint(0, 300),
        "nodeInfo": {"nodeId": 25462, "name": a.x["node"]},
        "original": a.x["source"] == "澎湃新闻",
        "ipLocation": a.x["ip"],
        "tagList": [{"tag": a.title[:4]}],
    }
    data = {
        "detailData": {
            "contentDetail": detail,
            "relateConts": [_card(site, p) for p in a.related],
        },
        "hotNewsData": [_card(site, o.path) for o in hot],
    }
    extra = (
        f'<meta name="keywords" content="{esc(a.title[:6])}"/><meta name="description" content="{esc(a.x["summary"])}"/>'
        f'<meta property="og:title" content="{esc(a.title)}"/><meta property="og:description" content="{esc(a.x["summary"])}"/>'
        f'<meta property="og:image" content="https://imagecloud.thepaper.example/thepaper/image/{a.x["cid"]}.jpg"/><meta property="og:type" content="article"/>'
        f'<link rel="canonical" href="{site.base}{a.path}"/>'
    )
    credit = f'<div class="index_author__H2pVx">{esc(a.x["credit"])}</div>' if a.x["credit"] else ""
    orig = '<span class="index_original__kI9pY">原创</span>' if a.x["source"] == "澎湃新闻" else ""
    related = ""
    if a.related:
        items = "".join(
            f'<div class="index_relatedItem__f3Ks1"><a href="{p}" target="_blank"><img src="{_card(site, p)["pic"]}" alt=""/><h3>{esc(site.by_path[p].title)}</h3></a><span>{site.by_path[p].when:%Y-%m-%d %H:%M}</span></div>'
            for p in a.related
        )
        related = f'<div class="index_related__Pq8rT"><h2 class="index_relatedTitle__z0Yx4">相关推荐</h2>{items}</div>'
    hot_html = "".join(
        f'<li class="index_hotItem__Q1w2e"><span class="index_hotNum__a9S8d">{k}</span><a href="{o.path}" target="_blank">{esc(trunc(o.title, 22))}</a></li>'
        for k, o in enumerate(hot, 1)
    )
    inner = f"""<main class="index_main__8dF3q"><div class="index_container__k2LpM"><div class="index_left__LfzyH">
<div class="index_node__aB3cD"><a href="/list_25462" class="index_nodeName__Xm9Vb">{esc(a.x["node"])}</a>{orig}</div>
<h1 class="index_title__B8mhI">{esc(a.title)}</h1>
<div class="index_headerContent__sASF4">{credit}<div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><span>{w:%Y-%m-%d %H:%M}</span></div><div class="ant-space-item"><span>来源：{esc(a.x["source"])}</span></div><div class="ant-space-item"><span>{a.x["ip"]}</span></div></div></div>
<div class="index_cententWrapBox__bh0OY"><div class="index_cententWrap__Jv8jK">{body}</div></div>
<div class="index_editors__G5hJk"><p>{"　".join(esc(e) for e in eds)}</p></div>
<div class="index_statement__Wq2Lm">澎湃新闻报料：021-962866</div><div class="index_copyright__Nb7Vc">澎湃新闻，未经授权不得转载</div>
<div class="index_tools__T2gP0"><span class="index_praise__L3kQ9">{a.x["praise"]}</span><span>收藏</span><span>分享到：微信 微博 QQ</span></div>
{related}
<div class="index_comment__Zk1Pq"><h2>评论</h2><textarea placeholder="期待你的神评论"></textarea><button>发表</button><p class="index_noComment__u7Y6t">{detail["interactionNum"]}条评论</p></div>
</div><div class="index_right__Cv8Bn"><div class="index_hotRank__Wm4Ex"><h2>澎湃热榜</h2><ul>{hot_html}</ul><a href="/rank/24h.html">查看更多</a></div>
<div class="index_qrcode__Rt6Yk"><img src="/_next/static/media/qr.png" alt="澎湃新闻APP"/><p>扫码下载澎湃新闻客户端</p></div></div></div></main>"""
    return _frame(
        site,
        f"{a.title}_澎湃新闻-The Paper",
        a.path,
        extra,
        inner,
        data,
        "/newsDetail_forward/[contId]",
    )


def channel(site: Site7) -> tuple[bytes, str]:
    arts = sorted(site.of("paper"), key=lambda a: a.when)[::-1]
    cards = "".join(
        f'<div class="small_toplink__GmZhY"><a href="{a.path}" target="_blank"><h2>{esc(a.title)}</h2></a><div class="small_cardcontent__BTALp"><span>{esc(a.x["node"])}</span><span>{rng_n(a)}评</span><span>{a.when:%m-%d}</span></div></div>'
        for a in arts
    )
    data = {"data": {"list": [_card(site, a.path) for a in arts], "hasNext": False, "pageNum": 1}}
    return _frame(
        site,
        "要闻_澎湃新闻-The Paper",
        "paper-list",
        "",
        f'<main class="index_main__8dF3q"><div class="index_list__Xy3zA">{cards}</div></main>',
        data,
        "/list/[nodeId]",
    )


def rng_n(a: Art) -> int:
    return a.x["praise"] // 3


def rank(site: Site7) -> tuple[bytes, str]:
    arts = sorted(site.arts, key=lambda a: -len(a.body))[:20]
    rows = "".join(
        f'<li class="index_rankItem__p0Lk3"><span>{k}</span><a href="{a.path}" target="_blank">{esc(a.title)}</a></li>'
        for k, a in enumerate(arts, 1)
    )
    data = {"hotNews": [{"name": a.title, "link": a.path} for a in arts]}
    return _frame(
        site,
        "24小时热榜_澎湃新闻-The Paper",
        "paper-rank",
        "",
        f'<main class="index_main__8dF3q"><h1>24小时热榜</h1><ol>{rows}</ol></main>',
        data,
        "/rank",
    )


def register(site: Site7) -> None:
    for a in site.of("paper"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/list_25462", lambda: channel(site))
    site.route("/rank/24h.html", lambda: rank(site))
