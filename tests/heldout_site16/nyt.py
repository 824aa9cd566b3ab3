"""纽约时报中文网 cn.nytimes-style article pages: ``/china/20240508/chip-export-controls/`` and
the 繁體 ``…/zh-hant/``; the headline, a byline row ``NAME, NAME 2024年5月8日`` (English-origin
names transliterated, ``艾米·秦``; staff with Chinese names), ``article:published_time`` with New
York's offset; the story in ``div.article-paragraph`` blocks opening with a dateline
(``北京——``), closing with ``NAME对本文有报道贡献。``, the writers' bio line, ``翻译：NAME`` (a
translator is no author) and ``点击查看本文英文版。``; ``相关报道`` (the related stories), a
``最受欢迎`` rail and newsletter/advertising furniture. Plus section lists with ``?page=2``, an
opinion list and the newsletter page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, others, page_rng, ymd
from .pools import trad

if TYPE_CHECKING:
    from .generator import Site16

CT = "text/html; charset=utf-8"
PER = 5
SECS = {
    "china": "中国",
    "world": "国际",
    "business": "商业与经济",
    "usa": "美国",
    "opinion": "观点与评论",
}


def _t(v: str, s: str) -> str:
    return trad(s) if v == "zh-hant" else s


def _shell(site: Site16, v: str, key: str, title: str, head: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="/{k}/">{esc(_t(v, n))}</a></li>' for k, n in SECS.items())
    page = f"""<!DOCTYPE html>
<html lang="{"zh-hans" if v == "zh-hans" else "zh-hant"}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{head}
<meta property="og:site_name" content="纽约时报中文网" />
<meta name="twitter:site" content="@nytchinese" />
<link rel="stylesheet" href="/css/nyt-cn.min.css?v=20240501" />
<style>{css(rng, "nyt", 280)}</style>
<script>var NYTD = NYTD || {{}}; NYTD.Abra = NYTD.Abra || {{}}; NYTD.Abra.init = function(){{}};</script>
</head>
<body class="article-page">
<div class="masthead"><div class="masthead-top"><a class="logo" href="/china/"><img src="/img/nytcn-logo.svg" alt="纽约时报中文网" /></a>
<ul class="lang-switch"><li><a href="/china/">简</a></li><li><a href="/china/">繁</a></li><li><a href="/china/">{_t(v, "中英双语")}</a></li></ul>
<a class="subscribe" href="/newsletter/">{_t(v, "订阅每日简报")}</a></div>
<nav class="main-nav"><ul>{nav}</ul></nav></div>
<div class="container">{main}</div>
<footer class="site-footer"><ul><li><a href="/newsletter/">{_t(v, "订阅")}</a></li><li><a href="/opinion/">{_t(v, "观点")}</a></li><li><a href="/china/">{_t(v, "关于我们")}</a></li><li><a href="/china/">{_t(v, "隐私政策")}</a></li></ul>
<p class="copyright">© 2024 The New York Times Company. {_t(v, "纽约时报中文网 版权所有")}</p></footer>
<script src="/js/nyt-cn.min.js?v=20240501"></script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _bio(v: str, a: Art) -> str:
    if a.x["style"] == "opinion":
        return _t(v, f"{a.authors[0]}是《纽约时报》观点版特约撰稿人。")
    if len(a.authors) == 2:
        return _t(v, f"{a.authors[0]}和{a.authors[1]}是《纽约时报》记者。")
    return _t(v, f"{a.authors[0]}是《纽约时报》{a.x['post']}。")


def article(site: Site16, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    v = a.x["variant"]
    when = a.when.replace(second=a.x["secs"])
    parts: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<div class="article-paragraph">{esc(b.text)}</div>')
        elif b.kind == "h":
            parts.append(
                f'<div class="article-paragraph"><h3 class="article-subheading">{esc(b.text)}</h3></div>'
            )
        else:
            parts.append(
                f'<figure class="article-span-photo"><img src="{b.src}" alt="" /><figcaption><span class="caption">{esc(b.text)}</span>'
                f'<span class="credit">{esc(b.credit)}</span></figcaption></figure>'
            )
        if len(parts) == 3:
            parts.append(
                f'<div class="ad-container"><div class="ad-label">{_t(v, "广告")}</div><div id="ad-middle-{a.x["id"] % 100}"></div></div>'
            )
    tail = []
    if a.correspondents:
        tail.append(_t(v, "、".join(a.correspondents) + "对本文有报道贡献。"))
    tail.append(_bio(v, a))
    tail.append(_t(v, "翻译：") + a.x["translator"])
    for t in tail:
        parts.append(f'<div class="article-paragraph"><em>{esc(t)}</em></div>')
    en = f"https://www.nytimes.example/{a.when:%Y/%m/%d}/{a.x['sec']}/{a.x['slug']}.html"
    parts.append(
        f'<div class="article-paragraph"><a href="{en}" target="_blank">{_t(v, "点击查看本文英文版。")}</a></div>'
    )
    rel = [site.by_path[p] for p in a.related]
    related = ""
    if rel:
        items = "".join(
            f'<li class="regularSummary"><h3 class="regularSummaryHeadline"><a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a></h3><span class="summaryDate">{ymd(b.when)}</span></li>'
            for b in rel
        )
        related = f'<div class="related-list"><h3 class="related-list__title">{_t(v, "相关报道")}</h3><ul class="autoList">{items}</ul></div>'
    most = "".join(
        f'<li><span class="rank">{k}</span><a href="{b.path}">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(rng, site.of("nyt"), a, 8), 1)
    )
    byline = ", ".join(a.authors)
    label = f'<div class="kicker">{_t(v, "观点")}</div>' if a.x["style"] == "opinion" else ""
    main = f"""<div class="article-content">
<div class="article-header">{label}<h1 class="article-header__headline">{esc(a.title)}</h1>
<div class="byline-row"><address class="byline author">{esc(byline)}</address><time class="byline-time" datetime="{a.when:%Y-%m-%d}">{ymd(a.when)}</time></div>
<div class="share-bar"><a class="share-weibo" href="#">{_t(v, "微博")}</a><a class="share-wechat" href="#">{_t(v, "微信")}</a><a class="share-email" href="#">Email</a></div></div>
<section class="article-body">{"".join(parts)}</section>
{related}
<div class="newsletter-promo"><p>{_t(v, "订阅《纽约时报》中文网每日简报，每个工作日早上送达您的邮箱。")}</p><a href="/newsletter/">{_t(v, "立即订阅")}</a></div>
</div>
<aside class="sidebar"><div class="mostPopular"><h3>{_t(v, "最受欢迎")}</h3><ol>{most}</ol></div><div class="ad-container"><div class="ad-label">{_t(v, "广告")}</div><div id="ad-right"></div></div></aside>"""
    url = site.base + a.path
    desc = a.paras[0][:100]
    head = (
        f'<link rel="canonical" href="{url}" />\n<meta name="description" content="{esc(desc)}" />\n'
        f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n<meta property="og:image" content="https://static01.nyt.example/images/{a.when:%Y/%m/%d}/{a.x["id"]:x}.jpg" />\n'
        f'<meta property="article:published_time" content="{when.isoformat()}" />\n'
        f'<meta property="article:section" content="{esc(SECS[a.x["sec"]])}" />\n'
        f'<link rel="alternate" hreflang="en" href="{en}" />\n'
    )
    return _shell(site, v, a.path, f"{a.title} - {_t(v, '纽约时报中文网')}", head, main)


def _list(
    site: Site16, key: str, title: str, arts: list[Art], extra: str = ""
) -> tuple[bytes, str]:
    items = "".join(
        f'<li class="sectionAutoList"><h3 class="regularSummaryHeadline"><a href="{b.path}">{esc(b.title)}</a></h3>'
        f'<p class="summary">{esc(b.paras[0][:60])}…</p><span class="byline">{esc(", ".join(b.authors))}</span><span class="summaryDate">{ymd(b.when)}</span></li>'
        for b in arts
    )
    main = f'<div class="section-page"><h1 class="section-title">{esc(title)}</h1><ul class="autoList">{items}</ul>{extra}</div>'
    return _shell(
        site,
        "zh-hans",
        key,
        f"{title} - 纽约时报中文网",
        f'<link rel="canonical" href="{site.base}{key}" />',
        main,
    )


def register(site: Site16) -> None:
    for a in site.of("nyt"):
        site.route(a.path, lambda a=a: article(site, a))
    every = sorted(site.of("nyt"), key=lambda b: b.when, reverse=True)
    for sec, name in SECS.items():
        arts = [b for b in every if b.x["sec"] == sec]
        if sec == "china":
            arts = every  # 中国 lists every story the edition ran on China, with the rest
        n = max(1, (len(arts) + PER - 1) // PER)
        for p in range(1, n + 1):
            key = f"/{sec}/" if p == 1 else f"/{sec}/?page={p}"
            pager = "".join(
                f'<a href="/{sec}/{"" if q == 1 else f"?page={q}"}">{q}</a>'
                for q in range(1, n + 1)
                if q != p
            )
            if p < n:
                pager += f'<a class="next" href="/{sec}/?page={p + 1}">下一页</a>'
            site.route(
                key,
                lambda key=key, name=name, chunk=arts[(p - 1) * PER : p * PER], pager=pager: _list(
                    site, key, name, chunk, f'<div class="pagination">{pager}</div>'
                ),
            )
    site.route(
        "/newsletter/",
        lambda: _list(
            site,
            "/newsletter/",
            "订阅每日简报",
            every[:4],
            '<form class="newsletter-form"><input type="email" /><button>订阅</button></form>',
        ),
    )
