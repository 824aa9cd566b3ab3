"""人民日报客户端 and 人民号 share pages (``/article/<id>/<id>`` and ``/rmh/article/<id>``): an
app H5 page whose article is in ``window.__INITIAL_STATE__`` (HTML in ``contents``) and in the
markup; title, a 来源 + time line, a 作者：人民日报客户端记者 X line, the body, 编辑/责编 at the end,
打开APP banners, 相关新闻 (related) and 热门推荐."""

# ruff: noqa: E501

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, others, page_rng

if TYPE_CHECKING:
    from .generator import Site14

CT = "text/html; charset=utf-8"


def _contents(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent:2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(
                f'<p style="text-align:center;"><img src="https://rmrbcmsonline.peopleapp.example/upload/ueditor/image{b.src}" /></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-indent:2em;text-align:center;"><span style="font-family:楷体, 楷体_GB2312, SimKai;">{esc(b.text)}</span></p>'
                )
            if b.credit:
                out.append(
                    f'<p style="text-align:center;"><span style="font-family:楷体, 楷体_GB2312, SimKai;">{esc(b.credit)}</span></p>'
                )
    return "".join(out)


def _author_line(a: Art) -> str:
    s = a.x["style"]
    if s.startswith("app") and a.authors:
        line = "作者：" + "、".join(
            f"人民日报客户端记者 {n}" if k == 0 else n for k, n in enumerate(a.authors)
        )
        if a.correspondents:
            line += f" 通讯员 {a.correspondents[0]}"
        return line
    if s == "rmh_author":
        return f"作者：{a.authors[0]}"
    return ""


def article(site: Site14, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    rel = [site.by_path[p] for p in a.related]
    hot = others(rng, site.arts, a, 6)
    src = a.x["acct"]
    editors = (
        f"编辑：{a.editors[0]}　责编：{a.editors[1]}"
        if len(a.editors) == 2
        else f"编辑：{a.editors[0]}"
    )
    paper = '<p class="paper-src">本文来源：人民日报</p>' if a.x["paper"] else ""
    state = {
        "article": {
            "id": a.path.rsplit("/", 1)[-1],
            "title": a.title,
            "source": src,
            "authors": _author_line(a).removeprefix("作者："),
            "editor": editors,
            "release_time": str(int(a.when.timestamp() * 1000)),
            "news_timestamp": int(a.when.timestamp()),
            "contents": _contents(a),
            "share_url": f"https://wap.peopleapp.example{a.path}",
            "like_count": a.x["likes"],
        },
        "relate": [{"title": o.title, "url": o.path} for o in rel],
    }
    rel_html = "".join(
        f'<li class="relate-item"><a href="{o.path}"><p class="relate-title">{esc(o.title)}</p><span class="relate-src">{esc(o.x["acct"])}</span></a></li>'
        for o in rel
    )
    hot_html = "".join(
        f'<li class="hot-item"><a href="{o.path}"><span class="hot-title">{esc(o.title)}</span><span class="hot-count">{rng.randint(1, 99)}万阅读</span></a></li>'
        for o in hot
    )
    author = _author_line(a)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="{esc(a.paras[0][:60])}">
<meta name="keywords" content="人民日报,人民日报客户端,人民号">
<meta itemprop="name" content="{esc(a.title)}">
<meta itemprop="image" content="https://cdnpeopleapp.example/static/share_logo.png">
<title>{esc(a.title)}</title>
<link rel="stylesheet" href="https://wap.peopleapp.example/static/css/app.8b1e2f.css">
<style>{css(rng, "pa", 380)}</style>
<script>var _hmt = _hmt || []; var shareConfig = {{ title: {json.dumps(a.title, ensure_ascii=False)}, desc: "来自人民日报客户端", link: location.href }};</script>
</head>
<body>
<div id="app">
<div class="download-banner top-banner"><img src="https://wap.peopleapp.example/static/img/logo.png" alt="人民日报"><div class="banner-text"><p class="banner-title">人民日报客户端</p><p class="banner-sub">参与、沟通、记录时代</p></div><a class="open-app" href="javascript:;">打开APP</a></div>
<div class="article-wrap">
<div class="article-header">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span class="article-source">{esc(src)}</span><span class="article-time">{a.when:%Y-%m-%d %H:%M:%S}</span></div>
{f'<div class="article-author">{esc(author)}</div>' if author else ""}
</div>
<div class="article-content" id="articleContent">{_contents(a)}</div>
{paper}
<div class="article-editor"><p>{esc(editors)}</p></div>
<div class="article-copyright"><p>版权声明：凡注明来源“人民日报客户端”的作品，版权均属于人民日报客户端，未经授权，不得转载。</p></div>
<div class="article-like"><span class="like-btn">点赞 {a.x["likes"]}</span><span class="share-btn">分享</span></div>
</div>
{f'<div class="relate-news"><div class="module-title">相关新闻</div><ul class="relate-list">{rel_html}</ul></div>' if rel else ""}
<div class="open-app-more"><a href="javascript:;">打开人民日报客户端，阅读更多精彩内容</a></div>
<div class="hot-news"><div class="module-title">热门推荐</div><ul class="hot-list">{hot_html}</ul></div>
<div class="footer"><p>人民日报社概况 | <a href="/about/contact.html">关于人民网</a> | 报社招聘 | 招聘英才</p><p>人民日报客户端 版权所有 ©2024 京ICP备11020874号-1</p></div>
</div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="https://wap.peopleapp.example/static/js/app.8b1e2f.js"></script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def register(site: Site14) -> None:
    for a in site.of("rmh"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
