"""BBC News 中文-style article pages (a React server render, ``bbc-`` hashed classes), in
simplified (``/zhongwen/simp/…``) and traditional (``/zhongwen/trad/…``) editions: the new
``/articles/c…o`` and the older ``/world-68123456`` paths. The headline, a byline region whose
list reads ``作者，NAME`` and a role (``BBC中文记者``, ``BBC News 中文``, a correspondent's beat)
and sometimes ``报道地点，伦敦``; ``<time datetime>`` holding the UTC instant while the page prints
``2024年5月8日`` (and ``最近更新：`` on some); JSON-LD naming the service as author; pictures
with visually-hidden ``图像来源，`` / ``图像加注文字，`` labels; a ``热读`` recommendations box
between paragraphs; ``相关主题`` (topic pages) and ``相关新闻`` (related stories) after the story;
``热门内容`` (most read) and the whole page state in ``window.SIMORGH_DATA``. Plus each
edition's home, topic pages with ``?page=2`` and the most-read page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, utc_z, ymd
from .pools import trad

if TYPE_CHECKING:
    from .generator import Site16

CT = "text/html; charset=utf-8"
TOPICS = ["中国", "英国", "香港", "台湾", "国际", "经济", "科技", "中美关系"]
PER = 5


def _t(variant: str, s: str) -> str:
    return trad(s) if variant == "trad" else s


def topic_path(variant: str, name: str) -> str:
    """A topic's page: ``/zhongwen/simp/topics/c…t`` (the same id in both editions)."""
    k = TOPICS.index(name if variant == "simp" else next(t for t in TOPICS if trad(t) == name))
    return f"/zhongwen/{variant}/topics/c{7 + k}q{k * 7919 % 1000:03d}vz{k}x9t"


def _shell(
    site: Site16, variant: str, key: str, title: str, head: str, main: str, state: dict[str, Any]
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    lang = "zh-Hans" if variant == "simp" else "zh-Hant"
    other = "trad" if variant == "simp" else "simp"
    nav_items = (
        [("主页", f"/zhongwen/{variant}")]
        + [(_t(variant, n), topic_path(variant, _t(variant, n))) for n in TOPICS[:6]]
        + [(_t(variant, "热门内容"), f"/zhongwen/{variant}/popular/read")]
    )
    nav = "".join(
        f'<li class="bbc-1qr5ng7 e1gp961v0"><a href="{u}" class="bbc-1ojb4a3 e1gp961v3">{esc(n)}</a></li>'
        for n, u in nav_items
    )
    foot_links = [
        (_t(variant, "BBC值得信赖的原因"), f"/zhongwen/{variant}/institutional-51359584"),
        (_t(variant, "使用条款"), f"/zhongwen/{variant}/institutional-38652837"),
        (_t(variant, "隐私政策"), f"/zhongwen/{variant}/institutional-38652843"),
        ("Cookies", "https://www.bbc.example/usingthebbc/cookies/"),
        (_t(variant, "联络BBC"), f"/zhongwen/{variant}/institutional-38664417"),
    ]
    foot = "".join(
        f'<li class="bbc-1ffzb2z"><a href="{u}" class="bbc-1q6k7vh">{esc(n)}</a></li>'
        for n, u in foot_links
    )
    page = f"""<!DOCTYPE html>
<html lang="{lang}" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/><title>{esc(title)}</title>{head}<meta name="theme-color" content="#B80000"/><meta property="og:site_name" content="BBC News 中文"/><meta name="twitter:site" content="@bbcchinese"/><meta name="twitter:creator" content="@bbcchinese"/><link rel="manifest" href="/zhongwen/manifest.json"/><link rel="preconnect" href="https://static.files.bbci.example" crossorigin="anonymous"/><style data-emotion="bbc">{css(rng, "bbc", 300)}</style><script>window.dotcom=window.dotcom||{{"cmd":[]}};window.dotcomConfig={{"pageAds":false,"playerAds":false}};</script></head>
<body><div id="root"><header role="banner" class="bbc-1ff36h2 e1i0s4v10"><div class="bbc-1oxvgy2"><a href="#content" class="bbc-1i4ie53 e1d658bg0">{_t(variant, "跳过此内容")}</a><div class="bbc-1w4lhkj"><a href="/zhongwen/{variant}" class="bbc-1l4xhp6" aria-label="BBC News, 中文"><svg viewBox="0 0 1024 168" width="137" height="22" focusable="false" aria-hidden="true"><path d="M0 0h168v168H0z"></path></svg><span class="visually-hidden">BBC News, 中文</span></a><a href="/zhongwen/{other}" class="bbc-script-link" data-variant="{other}">{"繁" if variant == "simp" else "简"}</a></div></div><nav role="navigation" class="bbc-1nh0r1"><ul role="list" class="bbc-10j5zbo">{nav}</ul></nav></header>
<main role="main" class="bbc-fa0wmp">{main}</main>
<footer role="contentinfo" class="bbc-1b77z6n"><div class="bbc-1mtwimc"><a href="/zhongwen/{variant}" class="bbc-1pb3fln">BBC News, 中文</a><ul role="list" class="bbc-1ivjhbm">{foot}</ul><p class="bbc-1jrh5zl">© 2024 BBC. {_t(variant, "BBC对外部网站内容不负责任。")} <a href="https://www.bbc.example/editorialguidelines/guidance/links-and-feeds" class="bbc-ym6y7a">{_t(variant, "阅读了解我们对待外部链接的做法。")}</a></p></div></footer></div>
<script>window.SIMORGH_DATA={json.dumps(state, ensure_ascii=False)}</script>
<script src="https://static.files.bbci.example/ws/simorgh-assets/public/static/js/main-7c1a9e2f.js" defer=""></script>
</body></html>"""
    return encode(page, "utf-8"), CT


def _promo(b: Art, with_time: bool = True) -> str:
    tm = (
        f'<time datetime="{b.when:%Y-%m-%d}" class="promo-timestamp bbc-16jlylf">{ymd(b.when)}</time>'
        if with_time
        else ""
    )
    return f'<li class="bbc-1fxtbkn"><div class="promo-text bbc-1b5ki4g"><h3 class="bbc-1slyjq2 e47bds20"><a href="{b.path}" class="focusIndicatorDisplayBlock bbc-uk8dsi e1d658bg0">{esc(b.title)}</a></h3>{tm}</div></li>'


def article(site: Site16, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    v = a.x["variant"]
    style = a.x["style"]
    when = a.when.replace(second=a.x["secs"])
    stamp = f'<time datetime="{utc_z(when)}" class="bbc-1dafq0j e1mklfmt0">{ymd(a.when)}</time>'
    if a.x["upd"]:
        upd = a.when + timedelta(days=a.x["upd"], hours=a.x["upd_h"])
        stamp += f'<time datetime="{utc_z(upd)}" class="bbc-1dafq0j e1mklfmt0">{_t(v, "最近更新：")}{ymd(upd)}</time>'
    if a.authors:
        items = (
            f'<li class="bbc-1a3w4ok e1p5xbi40"><span class="visually-hidden bbc-1dl5ghm">{_t(v, "作者，")}</span><span class="bbc-1b9ijl4 e1p5xbi42">{esc(a.authors[0])}</span></li>'
            f'<li class="bbc-1a3w4ok e1p5xbi40"><span class="visually-hidden bbc-1dl5ghm">Role, </span><span class="bbc-l9wxl7 e1p5xbi43">{esc(a.x["role"])}</span></li>'
        )
        if style == "loc":
            items += f'<li class="bbc-1a3w4ok e1p5xbi40"><span class="bbc-1dl5ghm">{_t(v, "报道地点，")}</span><span class="bbc-l9wxl7">{esc(a.x["loc"])}</span></li>'
        byline = f'<section aria-labelledby="article-byline" role="region" class="bbc-68fucr e1p5xbi41"><h2 class="visually-hidden" id="article-byline">Article information</h2><ul role="list" class="bbc-1wzo5pz">{items}<li class="bbc-1a3w4ok">{stamp}</li></ul></section>'
    else:
        byline = f'<div class="bbc-19j92fr ebmt73l0">{stamp}</div>'
    rel = [site.by_path[p] for p in a.related]
    recs = others(rng, site.of("bbc"), a, 4)
    paras = 0
    parts: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            text = esc(b.text)
            if paras == 0:
                text = f"<b>{text}</b>"
            parts.append(
                f'<div dir="ltr" class="bbc-19j92fr ebmt73l0"><p dir="ltr" class="bbc-hhl7in e17g058b0">{text}</p></div>'
            )
            paras += 1
            if paras == 4 and len(a.paras) > 5:
                items = "".join(_promo(o, False) for o in recs)
                parts.append(
                    f'<section data-e2e="recommendations-heading" aria-labelledby="recommendations-heading" role="region" class="bbc-1ryhcb4"><a href="#end-of-recommendations" class="visually-hidden bbc-1yacfzn">Skip {_t(v, "热读")} and continue reading</a>'
                    f'<div class="bbc-1xl85ak"><strong id="recommendations-heading" class="bbc-11g36ds">{_t(v, "热读")}</strong></div><ul role="list" class="bbc-1dfdlw0">{items}</ul>'
                    f'<p id="end-of-recommendations" class="visually-hidden bbc-1yacfzn">End of {_t(v, "热读")}</p></section>'
                )
        elif b.kind == "h":
            parts.append(
                f'<h2 id="{esc(b.text)}" tabindex="-1" class="bbc-1dh6bqm e1fexwsm0">{esc(b.text)}</h2>'
            )
        else:
            parts.append(
                f'<figure class="bbc-1qn0xuy e6bmn90"><div class="bbc-172p16q ebmt73l0"><div class="bbc-997y1y e1cm3dfk0"><span class="visually-hidden bbc-1dl5ghm">{_t(v, "图像来源，")}</span><span class="bbc-1ow0ffb e1ru7wll0" role="text"><span lang="en-GB" class="bbc-13ecb47">{esc(b.credit)}</span></span></div>'
                f'<div class="bbc-1kbp0g0"><img alt="{esc(b.text)}" src="{b.src}" loading="lazy" width="976" height="549" class="bbc-139onq ebmt73l0"/></div></div>'
                f'<figcaption class="bbc-1bjdzhv e1i1agug0"><span class="visually-hidden bbc-1dl5ghm">{_t(v, "图像加注文字，")}</span><p class="bbc-1gjryo4 e17g058b0">{esc(b.text)}</p></figcaption></figure>'
            )
    if a.correspondents:
        parts.append(
            f'<div dir="ltr" class="bbc-19j92fr ebmt73l0"><p dir="ltr" class="bbc-hhl7in e17g058b0"><i>{esc(_t(v, "（BBC中文记者"))}{esc(a.correspondents[0])}{esc(_t(v, "对本文亦有贡献）"))}</i></p></div>'
        )
    topics = "".join(
        f'<li class="bbc-1l2do8o"><a href="{topic_path(v, t)}" class="bbc-17b8bqo">{esc(t)}</a></li>'
        for t in a.x["topics"]
    )
    related = ""
    if rel:
        related = (
            f'<section data-e2e="related-content-heading" aria-labelledby="related-content-heading" role="region" class="bbc-1kk8wa1"><div class="bbc-1j3x2o4"><h2 id="related-content-heading" class="bbc-kl1u1v">{_t(v, "相关新闻")}</h2></div>'
            f'<ul role="list" class="bbc-1m6z8bu">{"".join(_promo(o) for o in rel)}</ul></section>'
        )
    most = "".join(
        f'<li class="bbc-1fxtbkn"><span class="bbc-14ftngy" aria-hidden="true">{k}</span><div class="bbc-1mllkfm"><a href="{o.path}" class="bbc-1hwmc7b">{esc(o.title)}</a></div></li>'
        for k, o in enumerate(others(rng, site.of("bbc"), a, 8), 1)
    )
    main = (
        f'<div class="bbc-1151pbn ebmt73l0"><div class="bbc-1jl8kx2"><div class="bbc-1fdatix"><h1 id="content" class="bbc-14gqcmb e1p3vdyi0" tabindex="-1">{esc(a.title)}</h1></div>{byline}'
        + "".join(parts)
        + f'<aside aria-labelledby="related-topics" role="complementary" class="bbc-1jb8p40"><h2 id="related-topics" class="bbc-19oll4t">{_t(v, "相关主题")}</h2><ul role="list" class="bbc-1smfr2e">{topics}</ul></aside>'
        + related
        + "</div>"
        + f'<div class="bbc-1ap5bdq"><section aria-labelledby="Most-Read" role="region" class="bbc-1n3cba3"><h2 id="Most-Read" class="bbc-1fwqemr">{_t(v, "热门内容")}</h2><ol role="list" class="bbc-1d7wwq8">{most}</ol></section></div></div>'
    )
    url = site.base + a.path
    desc = a.paras[0][:90]
    mod = a.when + timedelta(days=a.x["upd"], hours=a.x["upd_h"]) if a.x["upd"] else when
    ld = {
        "@context": "http://schema.org",
        "@type": "ReportageNewsArticle",
        "url": url,
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "BBC News 中文",
            "publishingPrinciples": f"https://www.bbc.example/zhongwen/{v}/institutional-51359584",
            "logo": {
                "@type": "ImageObject",
                "width": 1024,
                "height": 576,
                "url": "https://static.files.bbci.example/ws/simorgh-assets/public/zhongwen/images/metadata/poster-1024x576.png",
            },
        },
        "image": {
            "@type": "ImageObject",
            "width": 1024,
            "height": 576,
            "url": "https://ichef.bbci.example/ace/ws/1024/cpsprodpb/share.jpg",
        },
        "thumbnailUrl": "https://ichef.bbci.example/ace/ws/1024/cpsprodpb/share.jpg",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "name": a.title},
        "headline": a.title,
        "description": desc,
        "datePublished": utc_z(when),
        "dateModified": utc_z(mod),
        "inLanguage": {
            "@type": "Language",
            "name": "Chinese",
            "alternateName": "zh-Hans" if v == "simp" else "zh-Hant",
        },
        "author": {
            "@type": "NewsMediaOrganization",
            "name": "BBC News 中文",
            "noBylinesPolicy": f"https://www.bbc.example/zhongwen/{v}/institutional-51359584#authorexpertise",
        },
    }
    head = (
        f'<meta name="description" content="{esc(desc)}"/><link rel="canonical" href="{url}"/>'
        f'<meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/>'
        f'<meta property="og:description" content="{esc(desc)}"/><meta property="og:locale" content="{"zh_CN" if v == "simp" else "zh_TW"}"/>'
        '<meta property="article:author" content="https://www.facebook.com/bbcworldservice/"/>'
        f'<meta property="article:published_time" content="{utc_z(when)}"/><meta property="article:modified_time" content="{utc_z(mod)}"/>'
        f'<meta name="article:section" content="{esc(a.x["topics"][0])}"/>'
        f'<script type="application/ld+json">{json.dumps({"@context": "http://schema.org", "@graph": [ld]}, ensure_ascii=False)}</script>'
    )
    state = {
        "pageData": {
            "metadata": {
                "id": f"urn:bbc:ares::article:{a.path.rsplit('/', 1)[-1]}",
                "locators": {"canonicalUrl": url},
                "type": "article",
                "language": "zh-hans" if v == "simp" else "zh-hant",
                "firstPublished": int(when.timestamp() * 1000),
                "lastPublished": int(mod.timestamp() * 1000),
                "topics": [
                    {"topicName": t, "topicId": topic_path(v, t).rsplit("/", 1)[-1]}
                    for t in a.x["topics"]
                ],
            },
            "content": {
                "model": {
                    "blocks": [{"type": "headline", "model": {"text": a.title}}]
                    + [
                        {
                            "type": "text"
                            if b.kind == "p"
                            else ("subheadline" if b.kind == "h" else "image"),
                            "model": {"text": b.text},
                        }
                        for b in a.blocks
                    ]
                }
            },
            "secondaryColumn": {"topStories": [{"headline": o.title, "url": o.path} for o in recs]},
        },
        "service": "zhongwen",
        "variant": v,
        "pathname": a.path,
        "status": 200,
    }
    return _shell(site, v, a.path, f"{a.title} - BBC News 中文", head, main, state)


def _listing(
    site: Site16, variant: str, key: str, title: str, arts: list[Art], extra: str = ""
) -> tuple[bytes, str]:
    items = "".join(
        f'<li class="bbc-t44f9r"><div class="promo bbc-1b5ki4g"><h3 class="bbc-qqcsu8"><a href="{b.path}" class="bbc-uk8dsi">{esc(b.title)}</a></h3>'
        f'<p class="promo-paragraph bbc-1wq8zs8">{esc(b.paras[0][:60])}…</p><time datetime="{b.when:%Y-%m-%d}" class="bbc-16jlylf">{ymd(b.when)}</time></div></li>'
        for b in arts
    )
    main = f'<div class="bbc-1151pbn"><h1 id="content" class="bbc-1g4ng2g">{esc(title)}</h1><ul role="list" class="bbc-k6wdzo">{items}</ul>{extra}</div>'
    state = {
        "pageData": {
            "title": title,
            "curations": [{"summaries": [{"title": b.title, "link": b.path} for b in arts]}],
        },
        "service": "zhongwen",
        "variant": variant,
    }
    return _shell(
        site,
        variant,
        key,
        f"{title} - BBC News 中文",
        f'<link rel="canonical" href="{site.base}{key}"/>',
        main,
        state,
    )


def register(site: Site16) -> None:
    for a in site.of("bbc"):
        site.route(a.path, lambda a=a: article(site, a))
    for v in ("simp", "trad"):
        mine = sorted(
            (b for b in site.of("bbc") if b.x["variant"] == v), key=lambda b: b.when, reverse=True
        )
        theirs = sorted(
            (b for b in site.of("bbc") if b.x["variant"] != v), key=lambda b: b.when, reverse=True
        )
        topics = "".join(
            f'<li><a href="{topic_path(v, _t(v, t))}">{esc(_t(v, t))}</a></li>' for t in TOPICS
        )
        site.route(
            f"/zhongwen/{v}",
            lambda v=v, mine=mine, theirs=theirs, topics=topics: _listing(
                site,
                v,
                f"/zhongwen/{v}",
                _t(v, "主页"),
                mine + theirs[:2],
                f"<section><h2>{_t(v, '话题')}</h2><ul>{topics}</ul></section>",
            ),
        )
        site.route(
            f"/zhongwen/{v}/popular/read",
            lambda v=v, mine=mine, theirs=theirs: _listing(
                site, v, f"/zhongwen/{v}/popular/read", _t(v, "热门内容"), (mine + theirs)[::2]
            ),
        )
        for t in TOPICS:
            name = _t(v, t)
            tagged = [b for b in site.of("bbc") if b.x["variant"] == v and name in b.x["topics"]]
            base = topic_path(v, name)
            pages = max(1, (len(tagged) + PER - 1) // PER)
            for p in range(1, pages + 1):
                key = base if p == 1 else f"{base}?page={p}"
                chunk = tagged[(p - 1) * PER : p * PER]
                pager = "".join(
                    f'<li><a href="{base if q == 1 else f"{base}?page={q}"}" aria-label="Page {q}">{q}</a></li>'
                    for q in range(1, pages + 1)
                    if q != p
                )
                if p < pages:
                    pager += f'<li><a href="{base}?page={p + 1}">{_t(v, "后页")}</a></li>'
                site.route(
                    key,
                    lambda key=key, name=name, chunk=chunk, pager=pager, v=v: _listing(
                        site,
                        v,
                        key,
                        name,
                        chunk,
                        f'<nav aria-label="Page" class="bbc-pagination"><ul>{pager}</ul></nav>',
                    ),
                )
    for v in ("simp", "trad"):
        for n in ("51359584", "38652837", "38652843", "38664417"):
            key = f"/zhongwen/{v}/institutional-{n}"
            site.route(
                key,
                lambda key=key, v=v: _shell(
                    site,
                    v,
                    key,
                    "BBC News 中文",
                    "",
                    f'<div class="bbc-1151pbn"><h1 id="content">BBC News 中文</h1><p>{_t(v, "BBC中文网是英国广播公司（BBC）国际新闻服务的一部分，总部设在伦敦。")}</p></div>',
                    {"service": "zhongwen", "variant": v},
                ),
            )
