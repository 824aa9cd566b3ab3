"""The portal's 繁體 mirror in Big5: ``<title>`` as ``headline--城市新聞網``, a 記者 X／報導 line
of its own above the body (記者 X 通訊員 Y／報導, 記者 X／攝影報導, 記者 X 實習生 Y／報導),
dates ``2024年05月08日 09:12`` (some day only), 責任編輯 (and 審核) at the end, 相關新聞 of
related stories and 熱門新聞 of others. Also the mirror's home and a listing with ``index_2``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_site7.common import css, encode, esc, others, page_rng, stats_js

if TYPE_CHECKING:
    from .generator import Site9

CT = "text/html; charset=big5"
SITE = "城市新聞網"


def _head(title: str, rng: Any) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(title)}</title>
<style>
{css(rng, "b5", 280)}
</style>
</head>
<body>
<div class="b5_top"><a href="/big5/index.html"><img src="/big5/images/logo.gif" alt="{SITE}"></a>
<span class="b5_lang"><a href="/">簡體</a> | <a href="/big5/index.html">繁體</a></span></div>
<div class="b5_nav"><a href="/big5/index.html">首頁</a> <a href="/big5/news/index.html">城市新聞</a> <a href="/big5/news/index_2.html">往期新聞</a> <a href="/about/lxwm.html">聯絡我們</a></div>
"""


FOOT = f"""<div class="b5_ft"><p>{SITE}　臨江市融媒體中心主辦　版權所有 未經授權不得轉載</p><p><a href="/about/lxwm.html">聯絡我們</a> | <a href="/">簡體版</a></p></div>
<script>{stats_js("0b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b")}</script>
</body>
</html>"""


def _date(a: Art) -> str:
    return f"{a.when:%Y年%m月%d日}" if a.precision == "day" else f"{a.when:%Y年%m月%d日 %H:%M}"


def _byline(a: Art) -> str:
    st = a.x["style"]
    if st == "one":
        return f"記者 {a.authors[0]}／報導"
    if st == "two":
        return f"記者 {a.authors[0]}、{a.authors[1]}／報導"
    if st == "corr":
        return f"記者 {a.authors[0]} 通訊員 {a.correspondents[0]}／報導"
    if st == "photo":
        return f"記者 {a.authors[0]}／攝影報導"
    if st == "intern":
        return f"記者 {a.authors[0]} 實習生 {a.authors[1]}／報導"
    return ""


def article(site: Site9, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            body.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            body.append(
                f'<div class="pic"><img src="/big5{b.src}" alt=""><p class="pic_txt">{esc(b.text)}</p></div>'
            )
    by = _byline(a)
    byline = f'<p class="byline">{by}</p>\n' if by else ""
    tail = f"責任編輯：{a.editors[0]}" if a.editors else ""
    if tail and a.i % 2:
        tail += f"　審核：{x['reviewer']}"
    source = "臨江日報" if by else "本網綜合"
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{p}">{esc(site.by_path[p].title)}</a> <span>{site.by_path[p].when:%m-%d}</span></li>'
            for p in a.related
        )
        related = f'<div class="xgxw"><h3>相關新聞</h3><ul>{items}</ul></div>'
    hot = "".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a></li>'
        for o in others(rng, site.of("big5"), a, 8)
    )
    page = (
        _head(f"{a.title}--{SITE}", rng)
        + f"""<div class="b5_main">
<div class="b5_path">當前位置：<a href="/big5/index.html">首頁</a> &gt; <a href="/big5/news/index.html">城市新聞</a></div>
<div class="b5_left">
<h1 class="b5_title">{esc(a.title)}</h1>
<div class="b5_info"><span>{_date(a)}</span>　<span>來源：{source}</span>　<span>瀏覽：{rng.randint(50, 5000)}</span></div>
<div class="b5_content">
{byline}{chr(10).join(body)}
</div>
<div class="b5_editor">{tail}</div>
<div class="b5_share">分享到：<a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a> <a href="javascript:;">微博</a></div>
{related}
</div>
<div class="b5_right"><div class="rmxw"><h3>熱門新聞</h3><ul>{hot}</ul></div></div>
</div>
"""
        + FOOT
    )
    return encode(page, "big5"), CT


def listing(site: Site9, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"big5-list-{n}")
    arts = sorted(site.of("big5"), key=lambda a: a.when)[::-1]
    part = arts[(n - 1) * 8 : n * 8]
    items = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in part
    )
    pager = '<a href="/big5/news/index.html">1</a> <a href="/big5/news/index_2.html">2</a> <a href="/big5/news/index_2.html">下一頁</a>'
    inner = f'<div class="b5_main"><h2>城市新聞</h2><ul class="list">{items}</ul><div class="page">{pager}</div></div>'
    return encode(_head(f"城市新聞--{SITE}", rng) + inner + FOOT, "big5"), CT


def home(site: Site9) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "big5-home")
    arts = sorted(site.of("big5"), key=lambda a: a.when)[::-1]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:10])
    inner = f'<div class="b5_main"><div class="focus"><h2>要聞</h2><ul>{items}</ul></div><p><a href="/big5/news/index.html">更多城市新聞</a></p></div>'
    return encode(_head(f"首頁--{SITE}", rng) + inner + FOOT, "big5"), CT


def register(site: Site9) -> None:
    for a in site.of("big5"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/big5/index.html", lambda: home(site))
    site.route("/big5/news/index.html", lambda: listing(site, 1))
    site.route("/big5/news/index_2.html", lambda: listing(site, 2))
