"""A city app's H5 share page (上游新闻 / 封面新闻 style, ``/h5/detail.html?id=…&from=share``):
``data-`` attributes on everything, a 下载APP banner, ``h1.news-title``, a source and time line
(``data-time`` in Unix seconds), a 上游新闻记者 X 通讯员 Y line, the body in ``div.news-content``,
责任编辑/审核 at the end, 相关阅读 (related), 热门新闻 and a 评论 list with users' times."""

# ruff: noqa: E501

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art
from heldout_site7.pools import zh_name

from .common import css, encode, esc, others, page_rng

if TYPE_CHECKING:
    from .generator import Site14

CT = "text/html; charset=utf-8"
SAY = [
    "支持！早该这样了",
    "希望说到做到",
    "我们小区也是这个情况",
    "点赞记者",
    "什么时候能轮到我们区",
    "关注后续",
]


def _byline(a: Art) -> str:
    brand, s = a.x["brand"], a.x["style"]
    if s == "sy_intern":
        return f"{brand}记者 {a.authors[0]} 实习生 {a.authors[1]}"
    line = f"{brand}记者 " + " ".join(a.authors)
    if a.correspondents:
        line += f" 通讯员 {a.correspondents[0]}"
    return line


def article(site: Site14, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nid = a.path.split("id=")[1].split("&")[0]
    rel = [site.by_path[p] for p in a.related]
    hot = others(rng, site.arts, a, 8)
    body = []
    for k, b in enumerate(a.blocks):
        if b.kind == "p":
            body.append(f'<p data-index="{k}">{esc(b.text)}</p>')
        elif b.kind == "h":
            body.append(f'<p data-index="{k}" class="sub-title"><b>{esc(b.text)}</b></p>')
        else:
            body.append(
                f'<div class="img-box" data-index="{k}"><img data-src="https://img.city.example{b.src}" src="https://img.city.example/static/placeholder.png" data-width="1080"></div>'
            )
            cap = (b.text + (" " + b.credit if b.credit else "")).strip()
            if cap:
                body.append(f'<p class="img-desc" data-role="caption">{esc(cap)}</p>')
    rel_html = "".join(
        f'<li class="rel-item" data-id="{o.path.split("id=")[1].split("&")[0]}"><a href="{o.path}"><span class="rel-title">{esc(o.title)}</span><span class="rel-time">{o.when:%m-%d %H:%M}</span></a></li>'
        for o in rel
    )
    hot_html = "".join(
        f'<li data-rank="{k}"><a href="{o.path}">{esc(o.title)}</a></li>'
        for k, o in enumerate(hot, 1)
    )
    cm = []
    for _ in range(rng.randint(2, 6)):
        h = a.when.hour + rng.randint(0, 1)
        t = (
            f"{a.when:%m-%d} {min(h, 23):02d}:{rng.randint(0, 59):02d}"
            if rng.random() < 0.7
            else f"{rng.randint(1, 9)}小时前"
        )
        cm.append(
            f'<div class="comment-item" data-uid="{rng.randint(10**6, 10**7)}"><img class="avatar" src="https://img.city.example/avatar/{rng.randint(1, 99)}.png"><div class="comment-main"><p class="nick">{zh_name(rng)[0]}**</p><p class="comment-text">{rng.choice(SAY)}</p><p class="comment-meta"><span class="comment-time">{t}</span><span class="comment-ip">{rng.choice(["重庆", "四川", "贵州"])}</span><span class="comment-like">{rng.randint(0, 99)}</span></p></div></div>'
        )
    brand = a.x["brand"]
    page = f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no,email=no">
<title>{esc(a.title)}-{brand}</title>
<meta name="keywords" content="{brand},{esc(a.title[:8])}">
<meta name="description" content="{esc(a.paras[0][:60])}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="https://img.city.example/static/share.png">
<meta property="og:site_name" content="{brand}">
<link rel="stylesheet" href="https://h5.city.example/static/css/detail.5c2b91.css">
<style>{css(rng, "h5", 380)}</style>
<script>window.__APP_CONFIG__ = {{ appid: "{"sy" if brand == "上游新闻" else "fm"}", newsId: "{nid}", env: "prod", shareFrom: "wechat" }};</script>
</head>
<body data-page="news-detail">
<div class="download-bar" data-role="download"><img src="https://h5.city.example/static/img/logo-{"sy" if brand == "上游新闻" else "fm"}.png" alt="{brand}"><div class="download-text"><p>{brand}APP</p><p>{"汇聚向上的力量" if brand == "上游新闻" else "亿万年轻人的生活方式"}</p></div><a class="download-btn" href="javascript:;" data-action="download">下载APP</a></div>
<div class="news-detail" data-id="{nid}" data-type="article">
<h1 class="news-title" data-title="{esc(a.title)}">{esc(a.title)}</h1>
<div class="news-info"><span class="news-source" data-source="{brand}">{brand}</span><span class="news-time" data-time="{int(a.when.timestamp())}">{a.when:%Y-%m-%d %H:%M}</span><span class="news-hits" data-hits="{a.x["hits"]}">{a.x["hits"]}阅读</span></div>
<div class="news-author" data-author="{esc(" ".join(a.authors))}">{esc(_byline(a))}</div>
<div class="news-content" data-role="content">{"".join(body)}</div>
<div class="news-editor" data-role="editor"><p>责任编辑：{esc(a.editors[0])}　审核：{esc(a.x["check"])}</p></div>
<div class="news-statement"><p>【版权声明】本文为{brand}原创作品，未经授权不得转载。</p></div>
<div class="news-action"><span data-action="like">点赞</span><span data-action="share">分享</span><a href="javascript:;" data-action="download">打开APP 查看更多</a></div>
</div>
{f'<div class="module related" data-module="relate"><div class="module-hd">相关阅读</div><ul>{rel_html}</ul></div>' if rel else ""}
<div class="module comments" data-module="comment"><div class="module-hd">评论 <em>{len(cm)}</em></div>{"".join(cm)}<a class="more-comment" href="javascript:;" data-action="download">下载APP查看全部评论</a></div>
<div class="module hot" data-module="hot"><div class="module-hd">热门新闻</div><ul>{hot_html}</ul></div>
<div class="foot" data-role="footer"><p><a href="/about/contact.html">关于我们</a></p><p>Copyright © 2016-2024 {brand} 渝ICP备15009580号-2</p></div>
<script src="https://h5.city.example/static/js/detail.5c2b91.js"></script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def register(site: Site14) -> None:
    for a in site.of("city"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
