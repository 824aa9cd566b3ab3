"""Site 39's non-article pages: the home page, each CMS's section fronts with its own pagination
(中国法院网 ``/article/index/id/<id>/page/2.shtml``, TRS ``index_1.html`` at 正义网 and at the 2019
司法局 pages, the 公安厅's ``index_2.html`` in GBK, 中国长安网 ``list_2.shtml``, 大汉 JCMS
``?uid=…&pageNum=2`` with the list inside a ``<script type="text/xml">`` datastore), the 检察日报
e-edition's calendar and 版面 pages, 专题 pages, search pages, about, contact and site maps."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import (
    CA_COLS,
    EP_INDEX,
    FY_SECS,
    GA_COLS,
    JC_SECS,
    LABELS,
    POLITICAL_LEGAL,
    SF_COLS,
    SF_TRS_FRONT,
    SF_UID,
    WEEK,
    ca_front,
    ep_fillers,
    ep_page,
    farm,
    fy_front,
    ga_front,
    jc_front,
    latest,
    sf_front,
)

if TYPE_CHECKING:
    from .generator import Site39

PER = {"fy": 5, "jc": 3, "ga": 4, "ca": 4, "sf": 3}
Url = Callable[[int], str]


def _items(arts: list[Art], fmt: str = "%Y-%m-%d") -> str:
    return "".join(
        f'<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span class="date">{b.when:{fmt}}</span></li>'
        for b in arts
    )


def _pager(tpl: str, n: int, pages: int, url: Url) -> str:
    """Each CMS's pager: 首页 上一页 1 2 3 下一页 尾页 (static links)."""
    if pages == 1:
        return f'<div class="page">共{pages}页</div>'
    out = [f'<a href="{url(1)}">首页</a>']
    if n > 1:
        out.append(f'<a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a>')
    out.append(f'<a href="{url(pages)}">尾页</a>')
    label = {"sf": f"共{pages}页", "ga": f"第{n}页/共{pages}页"}.get(tpl, "")
    return f'<div class="page">{" ".join(out)} {label}</div>'


def _shell(
    site: Site39, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>'
        for b in rng.sample(site.of(tpl), 6)
    )
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'ls' + tpl, 300)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 50)}</script>\n<script>{stats_js('list' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热点</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><div class="links">{farm(POLITICAL_LEGAL, "ls")}</div><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _paged(
    site: Site39,
    tpl: str,
    heading: str,
    arts: list[Art],
    url: Url,
    suffix: str,
    charset: str = "utf-8",
    uid: int = 0,
) -> None:
    """A front listing ``arts`` newest first; with ``uid`` the 大汉 JCMS list: the items are
    records of a ``<script type="text/xml">`` datastore."""
    arts = latest(arts)
    per = PER[tpl]
    pages = max(1, -(-len(arts) // per))
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            if uid:
                recs = "".join(
                    f'<record><![CDATA[<li><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>]]></record>'
                    for b in chunk
                )
                lst = f'<div id="{uid}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=2231&path=/&columnid={uid}&unitid={uid}&webname=云州市司法局&permissiontype=0"></a>]]></nextgroup><recordset>{recs}</recordset></datastore></script></div>'
            else:
                lst = f'<ul class="list">{_items(chunk)}</ul>'
            inner = f'<div class="position">当前位置：<a href="/">首页</a> &gt; {esc(heading)}</div><h2 class="col-tit">{esc(heading)}</h2>{lst}{_pager(tpl, n, pages, url)}'
            title = f"{heading}{'' if n == 1 else f'_第{n}页'}{suffix}"
            return _shell(site, tpl, url(n), title, inner, charset)

        site.route(url(n), render)


def _home(site: Site39) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    fronts = {
        "fy": [(fy_front(k), v) for k, v in FY_SECS.items()] + [("/index.shtml", "中国法院网首页")],
        "jc": [(jc_front(k), v) for k, v in JC_SECS.items()] + [(EP_INDEX, "检察日报")],
        "ga": [(ga_front(k), v) for k, v in GA_COLS.items()]
        + [("/jwzx/jftx/index.html", "警方提示")],
        "ca": [(ca_front(k), v) for k, v in CA_COLS.items()]
        + [("/chinapeace/c100050/zt.shtml", "平安中国")],
        "sf": [(sf_front(k), v) for k, v in SF_COLS.items()] + [(SF_TRS_FRONT, "政府信息公开")],
    }
    boxes = []
    for tpl, label in LABELS.items():
        secs = "".join(f'<a href="{h}">{n}</a>' for h, n in fronts[tpl])
        boxes.append(
            f'<div class="box box-{tpl}"><div class="hd"><h2>{label}</h2><div class="secs">{secs}</div></div><ul>{_items(latest(site.of(tpl))[:5], "%m-%d")}</ul></div>'
        )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政法资讯导航 - 法院 检察 公安 司法行政新闻</title>
<meta name="keywords" content="政法新闻,法院,检察院,公安,司法局"><style>{css(rng, "hub", 420)}</style><script>{filler_js(rng, "hub", 60)}</script></head><body>
<div class="header"><h1 class="logo">政法资讯导航</h1><div class="date">{latest(site.arts)[0].when:%Y年%m月%d日}</div></div>
<div class="main">{"".join(boxes)}</div>
<div class="footer"><a href="/about/index.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/sitemap.shtml">网站地图</a><p>本站汇集政法新闻网站链接，内容版权归原网站所有。</p></div></body></html>"""
    return served(page)


def _calendar(site: Site39) -> tuple[bytes, str]:
    """往期回顾: the e-edition's dates, each linking its 版面 page."""
    eps = latest([a for a in site.of("jc") if a.x["ep"]])
    rows = "".join(
        f'<tr><td>{a.when:%Y年%m月%d日} 星期{WEEK[a.when.weekday()]}</td><td><a href="{ep_page(a)}">第{a.x["edition"][0]:02d}版：{a.x["edition"][1]}</a></td></tr>'
        for a in eps
    )
    inner = f'<h2>检察日报 往期回顾</h2><table class="calendar" width="100%"><tr><th>日期</th><th>版面</th></tr>{rows}</table>'
    return _shell(site, "jc", EP_INDEX, "检察日报数字报_往期回顾", inner)


def _banmian(site: Site39, a: Art) -> tuple[bytes, str]:
    d, (ed, ename) = a.when, a.x["edition"]
    items = f'<li><a href="{a.path}">{esc(a.title)}</a></li>' + "".join(
        f"<li><span>{esc(t)}</span></li>" for t in ep_fillers(a)
    )
    inner = (
        f'<div class="ep-date">{d:%Y年%m月%d日}　第{ed:02d}版：{ename}</div>'
        f'<div class="bmt"><img src="/{d:%Y}/{d:%Y%m%d}/{d:%Y%m%d}_{ed:03d}/Page{ed:02d}.jpg" usemap="#PagePicMap"><map name="PagePicMap"><area shape="rect" coords="12,40,330,300" href="{a.path}"></map></div>'
        f'<div class="bmwz"><h3>本版标题导航</h3><ul>{items}</ul></div><a href="{EP_INDEX}">往期回顾</a>'
    )
    return _shell(site, "jc", ep_page(a), f"检察日报数字报_{d:%Y年%m月%d日}_第{ed:02d}版", inner)


def _static(site: Site39, tpl: str, key: str, title: str, text: list[str]) -> tuple[bytes, str]:
    inner = f"<h2>{esc(title)}</h2>" + "".join(f"<p>{esc(t)}</p>" for t in text)
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner)


def _search(
    site: Site39, tpl: str, key: str, word: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    arts = site.of(tpl)
    hits = [a for a in arts if word in a.title + a.body] or latest(arts)[:5]
    inner = f'<div class="search-info">搜索“{esc(word)}”，共找到 {len(hits)} 条结果</div><ul class="search-list">{_items(hits)}</ul>'
    return _shell(site, tpl, key, f"搜索结果_{LABELS[tpl]}", inner, charset)


def _topic(
    site: Site39, tpl: str, key: str, title: str, intro: str, arts: list[Art]
) -> tuple[bytes, str]:
    inner = f'<div class="zt-banner"><h2>{esc(title)}</h2><p>{esc(intro)}</p></div><ul class="list">{_items(latest(arts))}</ul>'
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", inner)


def register(site: Site39) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    # 中国法院网: /article/index/id/<id>.shtml, then /article/index/id/<id>/page/2.shtml
    fy = site.of("fy")
    for sid, name in FY_SECS.items():
        arts = [a for a in fy if a.x["sec"][0] == sid]
        _paged(site, "fy", name, arts, lambda n, s=sid: fy_front(s, n), "_中国法院网")
    site.route(
        "/index.shtml",
        lambda: _topic(
            site,
            "fy",
            "/index.shtml",
            "中国法院网",
            "最高人民法院主管　人民法院新闻传媒总社主办",
            fy,
        ),
    )
    # 正义网: TRS index.html, index_1.html…; the e-edition calendar and 版面 pages
    jc = site.of("jc")
    for sec, name in JC_SECS.items():
        arts = [a for a in jc if not a.x["ep"] and a.x["sec"][0] == sec]
        _paged(site, "jc", name, arts, lambda n, s=sec: jc_front(s, n), "_正义网")
    site.route(EP_INDEX, lambda: _calendar(site))
    for a in jc:
        if a.x["ep"]:
            site.route(ep_page(a), lambda a=a: _banmian(site, a))
    gy = [a for a in jc if a.x["ctx"]["topic"] == "公益诉讼" or a.x["sec"][0].endswith("gyss")]
    site.route(
        "/special/gyss2024/index.html",
        lambda: _topic(
            site,
            "jc",
            "/special/gyss2024/index.html",
            "公益诉讼守护美好生活",
            "正义网专题：检察公益诉讼典型案例与一线报道。",
            gy or latest(jc)[:5],
        ),
    )
    # 澜江省公安厅 (GBK): index.html, index_2.html; 警方提示
    ga = site.of("ga")
    for col, name in GA_COLS.items():
        arts = [a for a in ga if a.x["col"][0] == col]
        _paged(site, "ga", name, arts, lambda n, c=col: ga_front(c, n), "-澜江省公安厅", "gbk")
    tips = [a for a in ga if "警方提示" in a.title or "防范" in a.body] or latest(ga)[:4]
    site.route(
        "/jwzx/jftx/index.html",
        lambda: _topic(
            site,
            "ga",
            "/jwzx/jftx/index.html",
            "警方提示",
            "澜江警方提醒您：提高防范意识，守护平安家园。",
            tips,
        ),
    )
    # 中国长安网: list.shtml, list_2.shtml; 专题
    ca = site.of("ca")
    for col, name in CA_COLS.items():
        arts = [a for a in ca if a.x["col"][0] == col]
        _paged(site, "ca", name, arts, lambda n, c=col: ca_front(c, n), "_中国长安网")
    site.route(
        "/chinapeace/c100050/zt.shtml",
        lambda: _topic(
            site,
            "ca",
            "/chinapeace/c100050/zt.shtml",
            "平安中国建设",
            "建设更高水平的平安中国。",
            [a for a in ca if not a.x["old"]],
        ),
    )
    # 云州市司法局: 大汉 JCMS columns (?uid=…&pageNum=2), the TRS 信息公开 column
    sf = site.of("sf")
    for col, name in SF_COLS.items():
        arts = [a for a in sf if not a.x["old"] and a.x["col"][0] == col]
        _paged(
            site,
            "sf",
            name,
            arts,
            lambda n, c=col: sf_front(c, n),
            "_云州市司法局",
            uid=SF_UID[col],
        )
    trs = [a for a in sf if a.x["old"]]
    _paged(
        site,
        "sf",
        "工作动态（2019）",
        trs,
        lambda n: SF_TRS_FRONT if n == 1 else f"/xxgk/gzdt/index_{n - 1}.html",
        "_云州市司法局",
    )
    # search, about, contact, site maps
    for tpl, key, word, cs in [
        ("fy", "/search.shtml?keyword=执行", "执行", "utf-8"),
        ("jc", "/search/?q=公益诉讼", "公益诉讼", "utf-8"),
        ("ga", "/search.jsp?keyword=诈骗", "诈骗", "gbk"),
        ("ca", "/search/?searchword=平安", "平安", "utf-8"),
        ("sf", "/jrobot/search.do?webid=2231&q=调解", "调解", "utf-8"),
    ]:
        site.route(key, lambda t=tpl, k=key, w=word, c=cs: _search(site, t, k, w, c))
    statics = [
        (
            "fy",
            "/about.shtml",
            "关于我们",
            ["中国法院网是最高人民法院主管、人民法院新闻传媒总社主办的中央重点新闻网站。"],
        ),
        ("fy", "/contact.shtml", "联系我们", ["地址：北京市东城区东交民巷27号　邮编：100745"]),
        (
            "fy",
            "/sitemap.shtml",
            "网站地图",
            ["新闻　法院　法治　评论　法官　案例　法律　视频　图片　直播　专题"],
        ),
        ("jc", "/about/index.html", "关于我们", ["正义网是检察日报社主办的法治新闻网站。"]),
        (
            "jc",
            "/about/contact.html",
            "联系我们",
            ["新闻热线：010-86423000　投稿邮箱：tougao@example.cn"],
        ),
        ("ca", "/about.html", "关于我们", ["中国长安网是中央政法委员会主办的政法新闻门户网站。"]),
        ("ca", "/contact.html", "联系我们", ["联系电话：010-00000000"]),
        (
            "sf",
            "/col/col1532000/index.html",
            "网站地图",
            ["首页　机构概况　工作动态　基层动态　普法宣传　政府信息公开　公共法律服务　互动交流"],
        ),
        (
            "sf",
            "/col/col1532001/index.html",
            "联系我们",
            ["地址：云州市江滨区府前路18号　电话：0579-82101234"],
        ),
    ]
    for tpl, key, title, text in statics:
        site.route(key, lambda t=tpl, k=key, ti=title, tx=text: _static(site, t, k, ti, tx))
