"""The network's own pages: home, the rolling latest-news page (滚动新闻), a special-topic page
(专题), video pages, contact, privacy and robots.txt. None of them is an article."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from datetime import UTC
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, ad_config, critical_css, esc

if TYPE_CHECKING:
    from .generator import Site3

NAME = "华讯传媒集团"


def _shell(site: Site3, path: str, title: str, body: str, lang: str = "zh-CN") -> tuple[bytes, str]:
    rng = random.Random(f"portal:{path}")
    nav = [
        ("/", "首页"),
        ("/roll/", "滚动新闻"),
        ("/zt/chunyun2024/", "春运专题"),
        ("/video/", "视频"),
        ("/a/bendi/", "江城在线·本地"),
        ("/a/guonei/", "江城在线·国内"),
        ("/news/gn/index.html", "华讯·国内"),
        ("/news/sh/index.html", "华讯·社会"),
        ("/section/local", "維港日報·港聞"),
        ("/section/economy", "維港日報·經濟"),
        ("/news", "Kennet Valley Chronicle"),
        ("/blog/", "Slow Signal"),
        ("/contact/", "联系我们"),
        ("/privacy/", "隐私政策"),
    ]
    lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in nav)
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="canonical" href="{site.base}{path}">
<style>{critical_css(rng, "hq", 200)}</style>
{ad_config(rng, "huaxun_portal", ["top", "right", "bottom"])}
</head>
<body>
<header class="portal-header"><a class="logo" href="/">{NAME}</a><nav><ul class="portal-nav">{lis}</ul></nav></header>
<div class="portal-main">
{body}
</div>
<footer class="portal-footer"><p><a href="/contact/">联系我们</a> | <a href="/privacy/">隐私政策</a> | <a href="http://corp.huaxun.example/">关于集团</a></p><p>&copy; 2024 {NAME} 京ICP备00000007号</p></footer>
</body>
</html>"""
    return html.encode("utf-8"), "text/html; charset=utf-8"


def _short(a: Art) -> str:
    return f"{a.when:%m-%d %H:%M}"


def home(site: Site3) -> tuple[bytes, str]:
    blocks = []
    for tpl, label, more in (
        ("dede", "江城在线", "/a/bendi/"),
        ("sina", "华讯新闻", "/news/gn/index.html"),
        ("hk", "維港日報", "/section/local"),
        ("drupal", "The Kennet Valley Chronicle", "/news"),
        ("ghost", "Slow Signal", "/blog/"),
    ):
        latest = sorted(site.of(tpl), key=lambda a: a.when, reverse=True)[:3]
        lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest)
        blocks.append(
            f'<section class="brand-block"><h2><a href="{more}">{esc(label)}</a></h2><ul>{lis}</ul>'
            f'<a class="more" href="{more}">更多</a></section>'
        )
    videos = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t, _ in site.videos)
    body = (
        f'<div class="home-top"><a href="/zt/chunyun2024/" class="topic-banner">2024春运专题</a>'
        f'<a href="/roll/" class="roll-link">滚动新闻</a></div>{"".join(blocks)}'
        f'<section class="video-block"><h2><a href="/video/">视频</a></h2><ul>{videos}</ul></section>'
    )
    return _shell(site, "/", f"{NAME}_首页", body)


def roll(site: Site3) -> tuple[bytes, str]:
    arts = sorted(site.arts, key=lambda a: a.when.astimezone(UTC), reverse=True)[:50]
    lis = "".join(
        f'<li><span class="c_chl">[{esc(a.x["roll_label"])}]</span><span class="c_tit"><a href="'
        f'{a.path}" target="_blank">{esc(a.title)}</a></span><span class="c_time">{_short(a)}</span>'
        "</li>"
        for a in arts
    )
    body = (
        '<div class="roll-wrap"><h1 class="roll-title">滚动新闻</h1><div class="roll-tools">'
        '<label><input type="checkbox" checked> 自动刷新</label> 刷新时间：60秒</div>'
        f'<ul class="roll-list" id="d_list">{lis}</ul></div>'
    )
    return _shell(site, "/roll/", f"滚动新闻_{NAME}", body)


def topic(site: Site3) -> tuple[bytes, str]:
    zh = [a for a in site.arts if a.tpl in ("sina", "dede")]
    picks = sorted(random.Random("zt").sample(zh, 20), key=lambda a: a.when, reverse=True)
    lis = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{a.when:%m月%d日}</span></li>'
        for a in picks
    )
    body = (
        '<div class="zt-banner"><h1>2024春运进行时</h1></div>'
        '<div class="zt-intro"><p>2024年春运自1月26日开始，至3月5日结束，为期40天。本专题汇集春运期间'
        "各地交通、民生、服务保障等方面的报道。欢迎网友通过客户端提供线索。</p></div>"
        f'<div class="zt-list"><h2>最新报道</h2><ul>{lis}</ul></div>'
    )
    return _shell(site, "/zt/chunyun2024/", f"2024春运专题_{NAME}", body)


def video_index(site: Site3) -> tuple[bytes, str]:
    lis = "".join(
        f'<li><a href="{p}"><img src="//v.huaxun.example/poster/{i}.jpg" alt=""><p>{esc(t)}</p></a></li>'
        for i, (p, t, _) in enumerate(site.videos)
    )
    return _shell(site, "/video/", f"视频_{NAME}", f'<ul class="video-list">{lis}</ul>')


def video(site: Site3, path: str, title: str, caption: str) -> tuple[bytes, str]:
    vid = path.rsplit("/", 1)[-1].split(".")[0]
    body = (
        f'<div class="video-page"><h1 class="video-title">{esc(title)}</h1>'
        f'<div class="player" id="player"><video controls preload="none" poster="//v.huaxun.example/'
        f'poster/{vid}.jpg" width="960" height="540"><source src="//v.huaxun.example/mp4/{vid}.mp4" '
        'type="video/mp4"></video></div>'
        f'<p class="video-caption">{esc(caption)}</p></div>'
    )
    return _shell(site, path, f"{title}_视频_{NAME}", body)


def contact(site: Site3) -> tuple[bytes, str]:
    body = (
        '<div class="page"><h1>联系我们</h1><ul class="contact-list">'
        "<li>地址：北京市朝阳区东三环中路39号华讯大厦18层</li><li>邮编：100022</li>"
        "<li>新闻热线：010-65871234</li><li>广告合作：010-65875678</li>"
        '<li>邮箱：<a href="mailto:news@huaxun.example">news@huaxun.example</a></li>'
        "<li>The Kennet Valley Chronicle: Market Street, Newbury RG14 5DP, 01635 555 0199</li>"
        "<li>維港日報：香港柴灣嘉業街18號 電話 2555 0188</li></ul></div>"
    )
    return _shell(site, "/contact/", f"联系我们_{NAME}", body)


def privacy(site: Site3) -> tuple[bytes, str]:
    paras = [
        "本隐私政策说明华讯传媒集团及旗下网站如何收集、使用和保护您的个人信息。"
        "我们仅在提供服务所必需的范围内收集信息，并采取合理的安全措施防止信息泄露。",
        "我们使用Cookie及类似技术记录您的浏览偏好，用于改进页面加载速度和内容推荐。"
        "您可以在浏览器设置中拒绝Cookie，但部分功能可能因此无法使用。",
        "除法律法规另有规定外，未经您的同意，我们不会向第三方提供您的个人信息。"
        "如对本政策有任何疑问，请通过联系我们页面与我们取得联系。",
        "This notice also covers our English-language titles. We process personal data under the "
        "UK GDPR and the Data Protection Act 2018; you may ask for a copy of the data we hold "
        "about you at any time.",
    ]
    body = (
        '<div class="page"><h1>隐私政策 / Privacy notice</h1><p class="updated">更新日期：2024年1月1日</p>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div>"
    )
    return _shell(site, "/privacy/", f"隐私政策_{NAME}", body)


def robots(site: Site3) -> tuple[bytes, str]:
    return b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8"


def register(site: Site3) -> None:
    site.route("/", partial(home, site))
    site.route("/roll/", partial(roll, site))
    site.route("/zt/chunyun2024/", partial(topic, site))
    site.route("/video/", partial(video_index, site))
    for p, t, c in site.videos:
        site.route(p, partial(video, site, p, t, c))
    site.route("/contact/", partial(contact, site))
    site.route("/privacy/", partial(privacy, site))
    site.route("/robots.txt", partial(robots, site))
