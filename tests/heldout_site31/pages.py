"""Site 31's non-article pages: the home page, each CMS's list with its own pagination (央视网
``index_2.shtml``, 央广网 TRS ``index_1.html`` with createPageHTML, 国际在线 ``?page=2``, 中国军网
``index_2.html``, 求是网 ``index_1.htm``), section and column pages, a 专题 page, a tag page, the
theory site's 专家库 (author pages), search, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .templates import LABELS, LISTS, MEDIA, link_farm

if TYPE_CHECKING:
    from .generator import Site31

PER = 6
SECTIONS = {
    "/society/index.shtml": ("cctv", "社会"),
    "/law/index.shtml": ("cctv", "法治"),
    "/gdgg/index.html": ("cnr", "滚动"),
    "/ygxw/index.html": ("cnr", "央广新闻"),
    "/jwywpd/jsjx_208733/index.html": ("mil", "练兵备战"),
    "/shouye/sixianglilun/lilunqiangdang/index.shtml": ("theory", "理论强党"),
}
PLAIN = {
    "/about/index.html": (
        "关于我们",
        "本站由中央主要新闻单位联合建设，提供权威新闻信息服务。",
    ),
    "/about/contact.html": (
        "联系我们",
        "新闻热线：010-68500000　电子邮箱：webmaster@example.cn　地址：北京市海淀区复兴路11号",
    ),
    "/search/?q=": ("站内搜索", "请输入关键词进行搜索。"),
}


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _fmt(a: Art) -> str:
    return f"{a.when:%Y-%m-%d}" if a.precision == "day" else f"{a.when:%Y-%m-%d %H:%M}"


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 70))}</p><span class="date">{_fmt(b)}</span></li>'
        for b in arts
    )


def _page(site: Site31, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [a for a in site.arts if not a.x.get("old")]
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>' for b in rng.sample(pool, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    secs = "".join(f'<a href="{p}">{n}</a>' for p, (_, n) in SECTIONS.items())
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'pg', 420)}</style>\n<script>{filler_js(rng, 'portal', 70)}</script>\n<script>{stats_js('pg' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">中央新闻网站</a><div class="nav"><a href="/">首页</a>{nav}{secs}'
        '<a href="/special/2024wuyi/index.shtml">专题</a><a href="/tags/zhongfa.html">话题</a><a href="/zjk/index.htm">专家库</a><a href="/search/?q=">搜索</a><a href="/about/index.html">关于我们</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>排行榜</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><div class="links">{link_farm(MEDIA)}</div><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a><p>版权所有　京ICP备06000000号</p></div>\n</body>\n</html>\n'
    )
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def home(site: Site31) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "要闻", 14, 8, "%m-%d"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 &gt;&gt;</a> ' for t, n in LABELS.items())
    extra = " ".join(f'<a href="{p}">{n}</a>' for p, (n, _) in PLAIN.items())
    return _page(
        site,
        "/",
        "中央新闻网站 首页",
        f"{boxes}<div class='more'>{more}</div><div class='links'>{extra}</div>",
    )


def _pager(tpl: str, p: int, pages: int, total: int) -> str:
    links = " ".join(f'<a href="{LISTS[tpl][k]}">{k + 1}</a>' for k in range(pages))
    nxt = f'<a href="{LISTS[tpl][min(p, pages - 1)]}">下一页</a>'
    prv = f'<a href="{LISTS[tpl][max(p - 2, 0)]}">上一页</a>'
    if tpl == "cnr":
        return f'<div class="page"><script>var currentPage = {p - 1};var countPage = {pages};createPageHTML(countPage, currentPage, "index", "html");</script>{prv} {links} {nxt}</div>'
    if tpl == "cctv":
        return (
            f'<div class="page" id="page_body"><span>共{total}条</span> {prv} {links} {nxt}</div>'
        )
    if tpl == "cri":
        return f'<div class="more-page">{links} <a href="{LISTS[tpl][min(p, pages - 1)]}" class="next">下一页</a></div>'
    if tpl == "mil":
        return f'<div class="pagination"><a href="{LISTS[tpl][0]}">首页</a> {prv} {links} {nxt} <a href="{LISTS[tpl][-1]}">尾页</a></div>'
    return f'<div class="pages">{prv} {links} {nxt}</div>'


def listing(site: Site31, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    inner = f"<h2>{LABELS[tpl]}</h2><ul class='list'>{_items(chunk)}</ul>{_pager(tpl, p, pages, len(arts))}"
    return _page(site, LISTS[tpl][p - 1], f"{LABELS[tpl]}_第{p}页", inner)


def section(site: Site31, key: str, tpl: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = site.of(tpl)
    if tpl == "theory":
        pool = [a for a in pool if a.x["dj"]] + rng.sample([a for a in pool if not a.x["dj"]], 3)
    arts = _latest(rng.sample(pool, min(7, len(pool))))
    return _page(
        site, key, f"{name}_{LABELS[tpl]}", f"<h2>{name}</h2><ul class='list'>{_items(arts)}</ul>"
    )


def topic(site: Site31) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "topic")
    arts = _latest(
        rng.sample([a for a in site.of("cctv") + site.of("cnr") if not a.x.get("old")], 10)
    )
    inner = (
        "<h2>专题：2024“五一”假期</h2><div class='intro'>假期出行、消费、文旅新看点，总台记者带你走进各地。</div><ul class='list'>"
        + _items(arts)
        + "</ul>"
    )
    return _page(site, "/special/2024wuyi/index.shtml", "2024“五一”假期_专题_央视网", inner)


def tag(site: Site31) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "tag")
    arts = _latest(rng.sample(site.of("cri"), 6))
    inner = "<h2>话题：中法建交60周年</h2><ul class='list'>" + _items(arts) + "</ul>"
    return _page(site, "/tags/zhongfa.html", "中法建交60周年_话题_国际在线", inner)


def experts(site: Site31) -> list[tuple[str, str, list[Art]]]:
    """The theory site's 专家库: (path, name, essays) for each named essay author."""
    out: dict[str, list[Art]] = {}
    for a in site.of("theory"):
        for n in a.authors:
            out.setdefault(n, []).append(a)
    return [(f"/zjk/{k + 1:03d}.htm", n, arts) for k, (n, arts) in enumerate(out.items())]


def expert_index(site: Site31) -> tuple[bytes, str]:
    rows = "".join(
        f'<li><a href="{p}">{esc(n)}</a>（{len(arts)}篇）</li>' for p, n, arts in experts(site)
    )
    return _page(
        site, "/zjk/index.htm", "专家库_求是网", f"<h2>专家库</h2><ul class='zjk'>{rows}</ul>"
    )


def expert(site: Site31, path: str, name: str, arts: list[Art]) -> tuple[bytes, str]:
    inner = (
        f"<h2>{esc(name)}</h2><p class='intro'>求是网作者</p><ul class='list'>{_items(arts)}</ul>"
    )
    return _page(site, path, f"{name}_专家库_求是网", inner)


def plain(site: Site31, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site31) -> None:
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    for path, (tpl, name) in SECTIONS.items():
        site.route(path, partial(section, site, path, tpl, name))
    site.route("/special/2024wuyi/index.shtml", lambda: topic(site))
    site.route("/tags/zhongfa.html", lambda: tag(site))
    site.route("/zjk/index.htm", lambda: expert_index(site))
    for path, name, arts in experts(site):
        site.route(path, partial(expert, site, path, name, arts))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
