"""百家号-style article pages (``/s?id=…``): ``<title>`` the headline alone, obfuscated class
names, the account box (name, 领域 label, ``发布时间：05-08 12:00`` without a year and the IP
属地; a post from a past year prints ``2023-12-13 09:30``), the account as the writer; Baidu's
cambrian JSON-LD (``pubDate`` with the year) and, on most pages, ``meta itemprop=dateUpdate``;
the body in ``div[data-testid=article]``; 举报/分享 bars, the account's latest posts, a 百度热搜
list and the ©2024 Baidu footer. Account pages ``/u?app_id=…`` list each account's posts."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site8

CT = "text/html; charset=utf-8"
HOT = [
    "多地发布高温预警",
    "五一假期出游人次创新高",
    "新能源车降价潮",
    "考研国家线公布",
    "多地公积金新政落地",
    "暴雨橙色预警",
    "这类药品纳入医保",
    "一地官宣发放消费券",
    "高校毕业生规模创新高",
    "明起这些新规施行",
]


def _head(title: str, metas: str, rng: Any) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="referrer" content="always">
<title>{esc(title)}</title>
{metas}
<link rel="shortcut icon" href="https://www.baidu.example/favicon.ico">
<link rel="stylesheet" href="https://mbdp01.bdstatic.example/static/landing-pc/css/page.c3f2a1.css">
<style>
{css(rng, "_2", 430)}
</style>
</head>
<body>
<div id="app"><div class="_3ygOc"><div class="_1cKMW"><a href="https://www.baidu.example/" class="_2wgBz"><img src="https://mbdp01.bdstatic.example/static/landing-pc/img/logo_top.png" alt="百度"></a>
<div class="_3nIOP"><a href="https://www.baidu.example/">百度首页</a><a href="https://news.baidu.example/">新闻</a><a href="https://baijiahao.baidu.example/">百家号</a><a href="javascript:;">登录</a></div></div></div>
"""


def _foot() -> str:
    return f"""<div class="_2OLbz"><p><a href="https://www.baidu.example/duty/">使用百度前必读</a><a href="https://help.baidu.example/">意见反馈</a><a href="/about/contact.html">联系我们</a></p>
<p>&copy;2024 Baidu 京ICP证030173号 京公网安备11000002000001号</p></div></div>
<script>{stats_js("bd7e3f1c2a4b5d6e7f8091a2b3c4d5e6")}</script>
<script src="https://mbdp01.bdstatic.example/static/landing-pc/js/page.c3f2a1.js"></script>
</body>
</html>"""


def _body(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<div class="_18p7x"><p>{esc(b.text)}</p></div>')
        elif b.kind == "h":
            out.append(
                f'<div class="_18p7x"><p><span class="bjh-strong">{esc(b.text)}</span></p></div>'
            )
        else:
            out.append(
                f'<div class="_1NCGf"><img src="https://pics{len(b.src) % 7}.baidu.example/feed{b.src}@f_auto?token=x" width="640" class="_1g4Ex _1i_Oe"></div>'
            )
            if b.text or b.credit:
                out.append(
                    f'<div class="_18p7x"><p><span class="bjh-image-caption">{esc(b.text)}{esc(b.credit)}</span></p></div>'
                )
    return "".join(out)


def _printed(a: Art) -> str:
    return f"{a.when:%Y-%m-%d %H:%M}" if a.when.year != 2024 else f"{a.when:%m-%d %H:%M}"


def article(site: Site8, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    w = a.when
    name, app_id, label = a.x["acct"]
    url = f"{site.base}{a.path}"
    imgs = [f"https://pics0.baidu.example/feed{b.src}" for b in a.blocks if b.kind == "img"][:3]
    ld = {
        "@context": "https://ziyuan.baidu.example/contexts/cambrian.jsonld",
        "@id": url,
        "appid": app_id,
        "title": a.title,
        "images": imgs,
        "description": trunc(a.paras[0], 100),
        "pubDate": f"{w:%Y-%m-%dT%H:%M:%S}",
        "upDate": f"{w:%Y-%m-%dT%H:%M:%S}",
        "lrDate": f"{w:%Y-%m-%dT%H:%M:%S}",
    }
    metas = (
        f'<meta name="description" content="{esc(trunc(a.paras[0], 90))}">\n'
        + (f'<meta itemprop="dateUpdate" content="{w:%Y-%m-%d %H:%M:%S}">\n' if a.x["meta"] else "")
        + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    head = _head(a.title, metas, rng)
    mine = [o for o in site.of("bjh") if o.x["acct"] == a.x["acct"] and o is not a]
    latest = "".join(
        f'<div class="_3c1bB"><a href="{o.path}" target="_blank"><p class="_2ynAl">{esc(o.title)}</p></a><span>{_printed(o)}</span></div>'
        for o in mine
    )
    hot = "".join(
        f'<li class="_1vl8f"><span class="_2Xlng">{k}</span><a href="https://www.baidu.example/s?wd={h}" target="_blank">{h}</a></li>'
        for k, h in enumerate(rng.sample(HOT, 8), 1)
    )
    feed = "".join(
        f'<div class="_2kiHX"><a href="{o.path}" target="_blank"><img src="/cms/img/bf{k}.jpg"><p>{esc(o.title)}</p></a><span>{esc(o.x.get("source", "百家号"))}</span></div>'
        for k, o in enumerate(others(rng, site.arts, a, 6))
    )
    data = {
        "bsData": {
            "header": {"dataUpdate": "", "articleType": "news"},
            "superlanding": [
                {
                    "itemType": "article",
                    "itemData": {"header": a.title, "author": {"name": name, "id": app_id}},
                }
            ],
        }
    }
    page = (
        head
        + f"""<div class="_2jN0Z"><div class="_1PJ2M">
<div class="_2P4QV"><div class="sKHSJ">{esc(a.title)}</div></div>
<div class="_2gGWi"><a href="/u?app_id={app_id}" target="_blank" class="_2Ea9M"><img src="https://gips0.baidu.example/it/u={app_id}" class="_1Uz9T"></a>
<div class="_3v13R"><a href="/u?app_id={app_id}" target="_blank"><p class="_7y5nA">{esc(name)}</p></a><p class="_2gdzF">{esc(label)}</p></div>
<div class="_2sjh9"><span class="_2OGNx">发布时间：{_printed(a)}</span><span class="_2OGNx">{a.x["ip"]}</span></div>
<div class="_1KHK9"><a href="javascript:;" class="_3Vhs_">关注</a></div></div>
<div data-testid="article" class="_3eEDD">{_body(a)}</div>
<div class="_3Fcvh"><span>举报/反馈</span></div>
<div class="_25VPc"><a class="_3k5kr">分享</a><a class="_3k5kr">点赞 {a.x["likes"]}</a><span>阅读量 {a.x["reads"]}</span></div>
<div class="_1KYiF"><div class="_2IMdz">作者最新文章</div>{latest}<a href="/u?app_id={app_id}" target="_blank">查看更多</a></div>
<div class="_3x9KL"><div class="_2IMdz">相关推荐</div>{feed}</div>
</div>
<div class="_1yBJ0"><div class="_2IMdz">百度热搜</div><ul>{hot}</ul></div>
</div>
<script>window.jsonData = {json.dumps(data, ensure_ascii=False)};</script>
"""
        + _foot()
    )
    return encode(page, "utf-8"), CT


def account(site: Site8, app_id: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"bjh-u-{app_id}")
    posts = [a for a in site.of("bjh") if a.x["acct"][1] == app_id]
    name, _, label = posts[0].x["acct"]
    items = "".join(
        f'<div class="text-list"><a href="{a.path}" target="_blank"><h3>{esc(a.title)}</h3><p>{esc(trunc(a.paras[0], 60))}</p></a><span class="time">{_printed(a)}</span><span>阅读 {a.x["reads"]}</span></div>'
        for a in sorted(posts, key=lambda a: a.when)[::-1]
    )
    page = (
        _head(
            f"{name}的百家号", f'<meta name="description" content="{esc(name)}，{esc(label)}">', rng
        )
        + f'<div class="author-page"><div class="author-info"><img src="https://gips0.baidu.example/it/u={app_id}"><h1>{esc(name)}</h1><p>{esc(label)}</p><p>粉丝 {rng.randint(1000, 900000)} 获赞 {rng.randint(1000, 900000)}</p></div><div class="tabs"><span class="on">文章</span><span>视频</span><span>动态</span></div><div class="list">{items}</div></div>'
        + _foot()
    )
    return encode(page, "utf-8"), CT


def register(site: Site8) -> None:
    for a in site.of("bjh"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for app_id in sorted({a.x["acct"][1] for a in site.of("bjh")}):
        site.route(f"/u?app_id={app_id}", lambda app_id=app_id: account(site, app_id))  # type: ignore[misc]
