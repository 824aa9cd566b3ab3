"""Site 40's non-article pages: the home page (a 网站导航 linking every site's columns), each CMS's
column lists with its own pagination (PbootCMS ``/news_2/``, MetInfo ``&page=2`` with a
``&page=1`` link back, EyouCMS ``list_2_2.html``, XunRuiCMS ``list-bendi-2.html``, 齐博
``list.php?fid-12-page-2.htm``), PbootCMS tag pages, search pages (PbootCMS, MetInfo, EyouCMS,
XunRuiCMS and 齐博, as their search boxes and keyword links submit them), single pages (about,
contact, 协会概况)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art

from .common import esc, page_rng, served, trunc
from .templates import (
    FRONTS,
    LABELS,
    MET_COLS,
    eyou_page,
    eyou_side,
    latest,
    met_bar,
    met_href,
    met_page,
    pb_page,
    pb_side,
    qb_href,
    qb_page,
    qb_side,
    xr_page,
    xr_side,
)

if TYPE_CHECKING:
    from .generator import Site40

Page = tuple[bytes, str]


def _chunks(arts: list[Art], per: int) -> list[list[Art]]:
    arts = latest(arts)
    return [arts[k : k + per] for k in range(0, len(arts), per)] or [[]]


# --- 云溪融媒 (PbootCMS) ------------------------------------------------------------------------


def _pb_pager(urls: list[str], n: int, total: int) -> str:
    pages = len(urls)
    nums = "".join(
        f'<a href="{u}" class="page-num{" page-num-current" if k == n else ""}">{k}</a>'
        for k, u in enumerate(urls, 1)
    )
    pre = f'<a href="{urls[n - 2]}">前一页</a>' if n > 1 else '<a href="javascript:;">前一页</a>'
    nxt = f'<a href="{urls[n]}">后一页</a>' if n < pages else '<a href="javascript:;">后一页</a>'
    return (
        f'<div class="page-bar text-center mt-4"><span class="page-status">共{total}条 当前{n}/{pages}页</span>'
        f'<span class="page-index"><a href="{urls[0]}">首页</a></span><span class="page-pre">{pre}</span>'
        f'<span class="page-numbar">{nums}</span><span class="page-next">{nxt}</span>'
        f'<span class="page-last"><a href="{urls[-1]}">尾页</a></span></div>'
    )


def _pb_items(arts: list[Art]) -> str:
    return "".join(
        f'<li class="media border-bottom py-3"><a href="{b.path}"><img class="mr-3" src="/static/upload/image/thumb/{b.x["id"]}.jpg" width="160"></a><div class="media-body"><h5><a href="{b.path}">{esc(b.title)}</a></h5><p class="text-secondary">{esc(trunc(b.paras[0], 70))}</p><span class="text-secondary small"><i class="fa fa-calendar"></i> {b.when:%Y-%m-%d}</span></div></li>'
        for b in arts
    )


def pb_list(site: Site40, key: str, name: str, arts: list[Art], pager: str) -> Page:
    rng = page_rng(site.seed, key)
    main = f'<div class="list-box bg-white p-3"><h4 class="border-bottom pb-2">{esc(name)}</h4><ul class="list-unstyled">{_pb_items(arts)}</ul>{pager}</div>'
    crumb = f'<a href="/">首页</a>&gt;<a href="{key}">{esc(name)}</a>&gt;'
    return pb_page(
        site, rng, f"{name}-云溪县融媒体中心", crumb, main, pb_side(site, None, key), key
    )


def _pb_register(site: Site40) -> None:
    arts = site.of("pb")
    for scode, name in (("news", "云溪要闻"), ("xzdt", "乡镇动态")):
        chunks = _chunks([a for a in arts if a.x["sec"][0] == scode], 6)
        urls = [f"/{scode}/"] + [f"/{scode}_{k}/" for k in range(2, len(chunks) + 1)]
        total = sum(len(c) for c in chunks)
        for n, (u, c) in enumerate(zip(urls, chunks, strict=True), 1):
            site.route(u, partial(pb_list, site, u, name, c, _pb_pager(urls, n, total)))
    tags: dict[str, list[Art]] = {}
    for a in arts:
        for t in a.x["tags"]:
            tags.setdefault(t, []).append(a)
    for t, tagged in tags.items():
        u = f"/tag/{t}/"
        site.route(u, partial(pb_list, site, u, f"标签：{t}", latest(tagged), ""))
    hits = [a for a in arts if "防汛" in a.title or "防汛" in a.body] or latest(arts)[:3]
    site.route(
        "/search/?keyword=防汛",
        partial(pb_list, site, "/search/?keyword=防汛", "搜索结果：防汛", latest(hits), ""),
    )
    for u, name, text in (
        (
            "/about/",
            "走进云溪",
            "云溪县地处湘西南，辖8镇4乡，总面积1826平方公里。云溪县融媒体中心于2019年挂牌成立，整合原县广播电视台、县委报道组和县政府网站，运营云溪融媒网站、云溪发布微信公众号和云溪融媒客户端。",
        ),
        (
            "/contact/",
            "联系我们",
            "地址：云溪县云溪镇人民路18号　新闻热线：0739-5123456　投稿邮箱：yxrm@example.cn",
        ),
    ):
        site.route(
            u,
            partial(
                pb_page,
                site,
                page_rng(site.seed, u),
                f"{name}-云溪县融媒体中心",
                f'<a href="/">首页</a>&gt;<a href="{u}">{name}</a>&gt;',
                f'<div class="bg-white p-3"><h4>{name}</h4><div class="content"><p style="text-indent:2em;">{text}</p></div></div>',
                pb_side(site, None, u),
                u,
            ),
        )


# --- 恒锐重工 (MetInfo 7) -----------------------------------------------------------------------


def met_list(site: Site40, key: str, name: str, arts: list[Art], pager: str, cls: int) -> Page:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li class="media media-lg border-bottom1"><div class="media-left"><a href="{met_href(b)}" title="{esc(b.title)}"><img class="media-object" src="../upload/thumb_src/400_300/{b.x["id"]}.jpg" alt="{esc(b.title)}" height="100"></a></div><div class="media-body"><h4 class="media-heading"><a href="{met_href(b)}" title="{esc(b.title)}">{esc(b.title)}</a></h4><p class="des font-weight-300">{esc(trunc(b.paras[0], 80))}</p><p class="info font-weight-300"><span>{b.when:%Y-%m-%d}</span><span class="m-l-10"><i class="icon wb-eye m-r-5"></i>{b.x["hits"]}</span></p></div></li>'
        for b in arts
    )
    main = f"""<section class="met-news animsition"><div class="container"><div class="row">
<div class="col-md-9 met-news-body"><div class="row"><div class="met-news-list met-news" m-id="noset"><ul class="ulstyle met-pager-ajax imagesize" data-scale="300x400">{items}</ul>{pager}</div></div></div>
{met_bar(site, None, key)}
</div></div></section>"""
    crumbs = [("../news/news.php?lang=cn&class1=2", "新闻动态")]
    if cls:
        crumbs.append(MET_COLS[cls - 5])
    return met_page(
        site,
        rng,
        f"{name}-恒锐重工机械股份有限公司",
        crumbs,
        main,
        key,
        f"../|cn|cn|mui267|2|{cls or 2}|0",
    )


def _met_pager(base: str, n: int, pages: int) -> str:
    if pages == 1:
        return ""
    rel = ".." + base
    links = [
        f"<a href='{rel}&page={n - 1}' class='PreA'>上一页</a>"
        if n > 1
        else "<span class='PreSpan'>上一页</span>"
    ]
    links += [
        f"<a href='{rel}&page={k}' class='Ahover'>{k}</a>"
        if k == n
        else f"<a href='{rel}&page={k}'>{k}</a>"
        for k in range(1, pages + 1)
    ]
    links.append(
        f"<a href='{rel}&page={n + 1}' class='NextA'>下一页</a>"
        if n < pages
        else "<span class='NextSpan'>下一页</span>"
    )
    return f"<div class='m-t-20 text-xs-center hidden-sm-down' m-type=\"nosysdata\"><div class='met_pager'>{''.join(links)}</div></div><div class='met_pager met-pager-ajax-link hidden-md-up' data-plugin='appear' data-animate='slide-bottom' data-repeat='false'><button type='button' class='btn btn-primary btn-block btn-squared ladda-button' id='met-pager-btn' data-plugin='ladda' data-style='slide-left' data-url='' data-page='{n}'><i class='icon wb-chevron-down m-r-5' aria-hidden='true'></i>加载更多</button></div>"


def _met_register(site: Site40) -> None:
    arts = site.of("met")
    for base, name, cls in (
        ("/news/news.php?lang=cn&class1=2", "新闻动态", 0),
        ("/news/news.php?lang=cn&class2=5", "公司新闻", 5),
        ("/news/news.php?lang=cn&class2=6", "行业动态", 6),
    ):
        chunks = _chunks([a for a in arts if not cls or a.x["cls"][0] == cls], 8)
        for n, c in enumerate(chunks, 1):
            pager = _met_pager(base, n, len(chunks))
            urls = [base, f"{base}&page=1"] if n == 1 else [f"{base}&page={n}"]
            if len(chunks) == 1:
                urls = [base]
            for u in urls:
                site.route(u, partial(met_list, site, u, name, c, pager, cls))
    for word in sorted({a.x["ctx"]["topic"] for a in arts if not a.x["old"]}):
        u = f"/search/search.php?lang=cn&searchword={word}"
        hits = [a for a in arts if word in a.title + a.body]
        site.route(u, partial(met_list, site, u, f"搜索：{word}", latest(hits), "", 0))
    for pid, name, text in (
        (
            1,
            "公司简介",
            "恒锐重工机械股份有限公司创建于1998年，是一家集工程机械研发、制造、销售和服务于一体的国家高新技术企业，主要产品包括汽车起重机、履带起重机、高空作业平台等。",
        ),
        (3, "联系我们", "销售热线：400-812-3456　地址：江淮省合城市经济技术开发区锦绣大道1288号"),
    ):
        u = f"/about/show.php?lang=cn&id={pid}"
        main = f'<main class="met-show animsition"><div class="container"><section class="met-editor clearfix"><h2>{name}</h2><p>　　{text}</p></section></div></main>'
        site.route(
            u,
            partial(
                met_page,
                site,
                page_rng(site.seed, u),
                f"{name}-恒锐重工机械股份有限公司",
                [("../about/show.php?lang=cn&id=1", "关于恒锐")],
                main,
                u,
                f"../|cn|cn|mui267|1|1|{pid}",
            ),
        )


# --- 江淮建材行业协会 (EyouCMS, GBK) ----------------------------------------------------------------


def eyou_list(site: Site40, key: str, name: str, arts: list[Art], pager: str) -> Page:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li><a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a><span class="date">{b.when:%Y-%m-%d}</span></li>'
        for b in arts
    )
    main = f'<div class="list-box"><div class="list-tit"><h2>{esc(name)}</h2></div><ul class="news-list">{items}</ul>{pager}</div>'
    crumb = f'<a href="/">首页</a> &gt; <a href="{key}">{esc(name)}</a>'
    return eyou_page(
        site, rng, f"{name}_江淮建材行业协会", crumb, main, eyou_side(site, None, key), key
    )


def _eyou_pager(urls: list[str], n: int, total: int) -> str:
    pages = len(urls)
    out = [f'<li><a href="{urls[0]}">首页</a></li>']
    if n > 1:
        out.append(f'<li><a href="{urls[n - 2]}">上一页</a></li>')
    out += [
        f'<li class="thisclass"><a>{k}</a></li>' if k == n else f'<li><a href="{u}">{k}</a></li>'
        for k, u in enumerate(urls, 1)
    ]
    if n < pages:
        out.append(f'<li><a href="{urls[n]}">下一页</a></li>')
    out.append(f'<li><a href="{urls[-1]}">末页</a></li>')
    return f'<div class="pagelist"><ul>{"".join(out)}<li><span class="pageinfo">共 <strong>{pages}</strong>页 <strong>{total}</strong>条</span></li></ul></div>'


def _eyou_register(site: Site40) -> None:
    arts = site.of("eyou")
    for d, name, tid in (("xhdt", "协会动态", 2), ("hyzx", "行业资讯", 3)):
        chunks = _chunks([a for a in arts if a.x["col"][0] == d], 6)
        urls = [f"/{d}/"] + [f"/{d}/list_{tid}_{k}.html" for k in range(2, len(chunks) + 1)]
        total = sum(len(c) for c in chunks)
        for n, (u, c) in enumerate(zip(urls, chunks, strict=True), 1):
            site.route(u, partial(eyou_list, site, u, name, c, _eyou_pager(urls, n, total)))
    word = "标准"
    u = f"/index.php?m=home&c=Search&a=lists&keywords={word}"
    hits = [a for a in arts if word in a.title + a.body] or latest(arts)[:4]
    site.route(u, partial(eyou_list, site, u, f"搜索结果：{word}", latest(hits), ""))
    for u, name, text in (
        (
            "/xhgk/",
            "协会概况",
            "江淮建材行业协会成立于1993年，是由全省建筑材料生产、流通、科研、设计、教育等企事业单位自愿组成的行业性、非营利性社会组织，现有会员单位四百余家，下设水泥、混凝土、墙体材料、石材等分会。",
        ),
        (
            "/lxwm/",
            "联系我们",
            "地址：合城市政务区天鹅湖路88号建设大厦12楼　电话：0551-62801234　邮箱：jhjcxh@example.cn",
        ),
    ):
        main = f'<div class="single"><div class="list-tit"><h2>{name}</h2></div><div class="article-content"><p style="text-indent:2em;">{text}</p></div></div>'
        site.route(
            u,
            partial(
                eyou_page,
                site,
                page_rng(site.seed, u),
                f"{name}_江淮建材行业协会",
                f'<a href="/">首页</a> &gt; <a href="{u}">{name}</a>',
                main,
                eyou_side(site, None, u),
                u,
            ),
        )


# --- 楚南新闻网 (XunRuiCMS) ---------------------------------------------------------------------


def xr_list(site: Site40, key: str, name: str, arts: list[Art], pager: str) -> Page:
    rng = page_rng(site.seed, key)
    items = "".join(
        f'<li class="clearfix"><a href="{b.path}" class="pic"><img src="/uploadfile/thumb/{b.x["id"]}.jpg" alt="{esc(b.title)}"></a><div class="txt"><h3><a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 70))}</p><span class="time">{b.when:%Y-%m-%d %H:%M}</span></div></li>'
        for b in arts
    )
    main = f'<div class="list-box"><div class="list-hd"><h2>{esc(name)}</h2></div><ul class="news-list">{items}</ul>{pager}</div>'
    crumb = f'<a href="/">首页</a> &gt; <a href="/news/list-bendi.html">新闻</a> &gt; {esc(name)}'
    return xr_page(site, rng, f"{name}_楚南新闻网", crumb, main, xr_side(site, None, key), key)


def _xr_pager(urls: list[str], n: int, total: int) -> str:
    pages = len(urls)
    out = [f'<li><a href="{urls[0]}">首页</a></li>']
    if n > 1:
        out.append(f'<li><a href="{urls[n - 2]}">上一页</a></li>')
    out += [
        f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="{u}">{k}</a></li>'
        for k, u in enumerate(urls, 1)
    ]
    if n < pages:
        out.append(f'<li><a href="{urls[n]}">下一页</a></li>')
    out.append(f'<li><a href="{urls[-1]}">最后一页</a></li>')
    return f'<div class="fc-list-page"><ul class="pagination">{"".join(out)}</ul><span class="total">共{total}条</span></div>'


def _xr_register(site: Site40) -> None:
    arts = site.of("xr")
    for d, name in (("bendi", "本地新闻"), ("shizheng", "时政要闻")):
        chunks = _chunks([a for a in arts if a.x["cat"][0] == d], 6)
        urls = [f"/news/list-{d}.html"] + [
            f"/news/list-{d}-{k}.html" for k in range(2, len(chunks) + 1)
        ]
        total = sum(len(c) for c in chunks)
        for n, (u, c) in enumerate(zip(urls, chunks, strict=True), 1):
            site.route(u, partial(xr_list, site, u, name, c, _xr_pager(urls, n, total)))
    for word in sorted({a.x["ctx"]["topic"] for a in arts}):
        u = f"/index.php?s=news&c=search&keyword={word}"
        hits = [a for a in arts if word in a.title + a.body]
        site.route(u, partial(xr_list, site, u, f"搜索“{word}”", latest(hits), ""))


# --- 桐江信息港 (齐博CMS, GB2312) -------------------------------------------------------------------


def qb_list(site: Site40, key: str, name: str, arts: list[Art], pager: str) -> Page:
    rng = page_rng(site.seed, key)
    root = "/" if key.startswith("/do/") else ""
    rows = "".join(
        f'<tr><td class="list_title">・<a href="{qb_href(b, root)}" target="_blank">{esc(b.title)}</a></td><td class="list_time" width="90">{b.when:%Y-%m-%d}</td></tr>'
        for b in arts
    )
    main = f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable list_table"><tr><td class="head" colspan="2"><span class="TAG">{esc(name)}</span></td></tr>{rows}<tr><td colspan="2" class="page">{pager}</td></tr></table>'
    guide = f'<a href="{root or "./"}">首页</a> -&gt; {esc(name)}'
    return qb_page(
        site,
        rng,
        f"{name} - 桐江信息港",
        guide,
        main,
        qb_side(site, None, key, root),
        key,
        root,
    )


def _qb_register(site: Site40) -> None:
    arts = site.of("qb")
    for fid, name in ((12, "桐江新闻"), (15, "社会民生")):
        chunks = _chunks([a for a in arts if a.x["fid"][0] == fid], 6)
        urls = [f"/list.php?fid-{fid}.htm"] + [
            f"/list.php?fid-{fid}-page-{k}.htm" for k in range(2, len(chunks) + 1)
        ]
        for n, (u, c) in enumerate(zip(urls, chunks, strict=True), 1):
            links = " ".join(
                f"<b>{k}</b>" if k == n else f'<a href="{v.lstrip("/")}">{k}</a>'
                for k, v in enumerate(urls, 1)
            )
            pager = (
                f'页次：{n}/{len(urls)}页　<a href="{urls[0].lstrip("/")}">首页</a> {links} '
                f'<a href="{urls[-1].lstrip("/")}">尾页</a>'
            )
            site.route(u, partial(qb_list, site, u, name, c, pager))
    hits = [a for a in arts if "停水" in a.title] or latest(arts)[:3]
    u = "/do/search.php?type=title&keyword=停水"
    site.route(u, partial(qb_list, site, u, "搜索结果：停水", latest(hits), ""))
    site.route("/do/search.php", partial(qb_list, site, "/do/search.php", "站内搜索", [], ""))


# --- the home page ------------------------------------------------------------------------------


def home(site: Site40) -> Page:
    boxes = []
    for tpl, label in LABELS.items():
        cols = " | ".join(f'<a href="{u}">{n}</a>' for u, n in FRONTS[tpl])
        top = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span>{a.when:%m-%d}</span></li>'
            for a in latest(site.of(tpl))[:5]
        )
        boxes.append(
            f'<div class="site-box"><h2>{esc(label)}</h2><p class="cols">{cols}</p><ul>{top}</ul></div>'
        )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>地方网站导航</title>
<style>body{{font:14px/1.8 "Microsoft YaHei",sans-serif;margin:0 auto;width:1000px}}.site-box{{float:left;width:480px;margin:10px}}</style></head>
<body><h1>地方网站导航</h1><p>县区融媒、企业、协会与地方门户网站一览。</p>
{"".join(boxes)}
<div style="clear:both"></div><p class="links"><a href="/about/">云溪融媒·走进云溪</a> | <a href="/xhgk/">建材协会概况</a> | <a href="/about/show.php?lang=cn&id=1">恒锐重工公司简介</a></p>
</body></html>
"""
    return served(page)


REGISTER: list[Callable[[Site40], None]] = [
    _pb_register,
    _met_register,
    _eyou_register,
    _xr_register,
    _qb_register,
]


def register(site: Site40) -> None:
    site.route("/", lambda: home(site))
    for fn in REGISTER:
        fn(site)
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
