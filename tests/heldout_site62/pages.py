"""Site 62's non-article pages: the city's 党建群团 hub (``/``); the five sites' lists with their
own pagination (TRS ``/yw/index_1.html``, the 人大 ``node_2_2.htm``, the 政协 ``index_2.shtml``,
the 党建网's list, 动易 ``List.asp?ClassID=3&page=2`` in GB2312); the 审查调查 list; two 地方性法规
texts (第一章 总则, 第一条… a reader's text, no news) and their list; two 提案 pages (提案人, 案由)
and the 提案 list; 委员风采 and 代表风采 lists; the 纪委 组织机构 and 监督举报 pages; a 专题; a
search page; the 党员电教 video list; the 机关工委's 关于我们."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import GW, cross_nav, latest, li

if TYPE_CHECKING:
    from .generator import Site62

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str, str]] = {
    "jw": (lambda n: "/yw/index.html" if n == 1 else f"/yw/index_{n - 1}.html", 5, "要闻", "utf-8"),
    "rd": (
        lambda n: "/rdxw/node_2.htm" if n == 1 else f"/rdxw/node_2_{n}.htm",
        5,
        "人大新闻",
        "utf-8",
    ),
    "zx": (
        lambda n: "/zxyw/index.shtml" if n == 1 else f"/zxyw/index_{n}.shtml",
        6,
        "政协要闻",
        "utf-8",
    ),
    "dj": (
        lambda n: "/djw/yw/index.shtml" if n == 1 else f"/djw/yw/index_{n}.shtml",
        6,
        "党建要闻",
        "utf-8",
    ),
    "gw": (
        lambda n: (
            "/Article/List.asp?ClassID=3" if n == 1 else f"/Article/List.asp?ClassID=3&page={n}"
        ),
        5,
        "机关党建",
        "gb2312",
    ),
}


def _shell(
    site: Site62, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l62')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/">滨海市党建群团网站群</a></div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点排行</h3><ul>{hot}</ul></div></div></div>\n'
        f'{cross_nav()}\n<div class="footer">滨海市 版权所有</div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f"<span>{k}</span>" if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">尾页</a>')
    return f'<div class="page">{"".join(out)}</div>'


def _paged(site: Site62, tpl: str) -> None:
    url, per, heading, charset = FRONTS[tpl]
    arts = [a for a in latest(site.of(tpl)) if a.x["style"] != "notice"]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><a href="{b.path}">{esc(b.title)}</a><p>{esc(trunc(b.paras[0], 70))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                for b in chunk
            )
            inner = f'<div class="crumb"><a href="/">首页</a> &gt; {heading}</div><h2>{heading}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(site, url(n), f"{heading}", inner, charset)

        site.route(url(n), render)


def _list(
    site: Site62, key: str, title: str, arts: list[Art], intro: str = ""
) -> tuple[bytes, str]:
    inner = f'<h2>{title}</h2>{f"<p>{intro}</p>" if intro else ""}<ul class="list">{"".join(li(a) for a in arts)}</ul>'
    return _shell(site, key, title, inner)


LAWS = {
    "/flfg/2024-05/content_1001.htm": ("滨海市物业管理条例", "物业管理活动"),
    "/flfg/2024-05/content_1002.htm": ("滨海市优化营商环境条例", "优化营商环境工作"),
}


def _law(site: Site62, path: str) -> tuple[bytes, str]:
    name, thing = LAWS[path]
    arts = [
        (
            "第一章　总则",
            [
                f"第一条　为了规范{thing}，维护各方合法权益，根据有关法律、行政法规，结合本市实际，制定本条例。",
                f"第二条　本市行政区域内的{thing}及其监督管理，适用本条例。",
                f"第三条　市、县（区）人民政府应当加强对{thing}的领导，将其纳入国民经济和社会发展规划。",
            ],
        ),
        (
            "第二章　职责分工",
            [
                f"第四条　市人民政府有关主管部门负责本市{thing}的指导和监督管理工作。",
                "第五条　街道办事处、乡镇人民政府应当配合有关部门做好相关工作。",
                "第六条　居民委员会、村民委员会应当协助做好相关工作，及时反映群众意见。",
            ],
        ),
        ("第三章　附则", ["第七条　本条例自2024年7月1日起施行。"]),
    ]
    text = "".join(f"<h4>{h}</h4>" + "".join(f"<p>{esc(p)}</p>" for p in ps) for h, ps in arts)
    inner = (
        f'<div class="law"><h1>{name}</h1><p class="note">（2024年4月26日滨海市第十七届人民代表大会常务委员会第十九次会议通过　2024年5月30日省人民代表大会常务委员会第十次会议批准）</p>'
        f'<div class="toc">目　　录<br>第一章　总则<br>第二章　职责分工<br>第三章　附则</div>{text}</div>'
    )
    return _shell(site, path, f"{name}-地方性法规-滨海人大网", inner)


PROPOSALS = {
    "/ta/2024/0012.shtml": (
        "关于加快发展普惠托育服务的提案",
        "0012",
        "民进滨海市委会",
        "社会和法制",
    ),
    "/ta/2024/0047.shtml": (
        "关于支持专精特新中小企业发展的提案",
        "0047",
        "王建华等5位委员",
        "经济",
    ),
}


def _proposal(site: Site62, path: str) -> tuple[bytes, str]:
    title, no, who, kind = PROPOSALS[path]
    inner = (
        f'<table class="ta"><tr><th>提案号</th><td>第{no}号</td><th>类别</th><td>{kind}</td></tr><tr><th>提案人</th><td colspan="3">{who}</td></tr>'
        f'<tr><th>案由</th><td colspan="3">{title}</td></tr><tr><th>承办单位</th><td colspan="3">市发展改革委（主办）、市财政局（会办）</td></tr></table>'
        "<h4>提案内容</h4><p>一、基本情况。近年来，我市相关工作取得积极进展，但仍存在供给不足、结构不优等问题。</p>"
        "<p>二、存在问题。一是政策支持力度有待加强；二是要素保障仍需完善；三是部门协同机制不够健全。</p>"
        "<p>三、具体建议。建议加大财政投入，完善配套政策，建立健全部门联动工作机制。</p>"
        "<h4>办理情况</h4><p>已办复，提案人对办理结果表示满意。</p>"
    )
    return _shell(site, path, f"{title}-{'政协提案'}", inner)


def _home(site: Site62) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in [
        ("jw", "纪委监委"),
        ("rd", "人大"),
        ("zx", "政协"),
        ("dj", "党建网"),
        ("gw", "机关党建"),
    ]:
        more = FRONTS[tpl][0](1)
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多</a></h2><ul>{lst}</ul></div>'
        )
    links = [
        ("/scdc/index.html", "审查调查"),
        ("/zzjg/index.html", "组织机构"),
        ("/jb/index.html", "监督举报"),
        ("/flfg/node_8.htm", "地方性法规"),
        ("/dbfc/node_5.htm", "代表风采"),
        ("/wyfc/index.shtml", "委员风采"),
        ("/ta/index.shtml", "提案工作"),
        ("/djw/zt/djxxjy/index.shtml", "专题：党纪学习教育"),
        ("/djw/sp/index.shtml", "党员电教"),
        ("/search/index.html?q=监督", "站内搜索"),
        ("/Article/About.asp", "关于我们"),
    ]
    more = " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>滨海市党建群团网站群</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header">滨海市党建群团网站群</div><div class="w1200">{"".join(boxes)}</div><div class="w1200 links">{more}</div>
<div class="footer">滨海市 版权所有</div></body></html>"""
    return served(page)


def register(site: Site62) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    notices = [a for a in latest(site.of("jw")) if a.x["style"] == "notice"]
    site.route(
        "/scdc/index.html",
        lambda: _list(site, "/scdc/index.html", "审查调查", notices, "执纪审查　党纪政务处分"),
    )
    rd = latest(site.of("rd"))
    site.route(
        "/dbfc/node_5.htm",
        lambda: _list(
            site, "/dbfc/node_5.htm", "代表风采", [a for a in rd if "代表" in a.title] or rd[:3]
        ),
    )
    zx = latest(site.of("zx"))
    site.route(
        "/wyfc/index.shtml",
        lambda: _list(
            site, "/wyfc/index.shtml", "委员风采", [a for a in zx if "委员" in a.title] or zx[:3]
        ),
    )
    laws = "".join(
        f'<li><a href="{u}">{n}</a><span>2024-05-30</span></li>' for u, (n, _) in LAWS.items()
    )
    site.route(
        "/flfg/node_8.htm",
        lambda: _shell(
            site,
            "/flfg/node_8.htm",
            "地方性法规",
            f'<h2>地方性法规</h2><ul class="list">{laws}</ul>',
        ),
    )
    for p in LAWS:
        site.route(p, lambda p=p: _law(site, p))
    tas = "".join(
        f'<li><a href="{u}">第{no}号　{t}</a><span>{w}</span></li>'
        for u, (t, no, w, _) in PROPOSALS.items()
    )
    site.route(
        "/ta/index.shtml",
        lambda: _shell(
            site, "/ta/index.shtml", "提案选登", f'<h2>提案选登</h2><ul class="list">{tas}</ul>'
        ),
    )
    for p in PROPOSALS:
        site.route(p, lambda p=p: _proposal(site, p))
    org = "".join(
        f"<li>{d}</li>"
        for d in [
            "办公厅",
            "组织部",
            "宣传部",
            "党风政风监督室",
            "信访室",
            "案件监督管理室",
            "第一监督检查室",
            "第一审查调查室",
            "案件审理室",
            "巡察工作办公室",
        ]
    )
    site.route(
        "/zzjg/index.html",
        lambda: _shell(
            site,
            "/zzjg/index.html",
            "组织机构",
            f'<h2>组织机构</h2><p>市纪委监委机关内设机构：</p><ul class="org">{org}</ul>',
        ),
    )
    site.route(
        "/jb/index.html",
        lambda: _shell(
            site,
            "/jb/index.html",
            "监督举报",
            "<h2>监督举报</h2><p>受理范围：党组织、党员违反政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律等党的纪律行为的检举控告。</p><p>举报电话：12388　来信地址：滨海市人民路1号市纪委监委信访室</p>",
        ),
    )
    zt = [a for a in latest(site.arts) if a.tpl in ("dj", "gw")][:10]
    site.route(
        "/djw/zt/djxxjy/index.shtml",
        lambda: _list(
            site,
            "/djw/zt/djxxjy/index.shtml",
            "党纪学习教育",
            zt,
            "以学促知、以知促行，教育引导党员干部学纪、知纪、明纪、守纪。",
        ),
    )
    vids = "".join(
        f'<li><a href="javascript:;"><img src="/djw/sp/{k}.jpg"></a><p>{t}</p><span>时长 0{k + 3}:2{k}</span></li>'
        for k, t in enumerate(["身边的好党员", "支部风采", "党课开讲啦", "红色印记"])
    )
    site.route(
        "/djw/sp/index.shtml",
        lambda: _shell(
            site,
            "/djw/sp/index.shtml",
            "党员电教",
            f'<h2>党员电教</h2><ul class="video">{vids}</ul>',
        ),
    )
    hits = [a for a in latest(site.arts) if "监督" in a.title + a.body][:20]
    site.route(
        "/search/index.html?q=监督",
        lambda: _list(
            site, "/search/index.html?q=监督", "检索结果：监督", hits, f"共 {len(hits)} 条"
        ),
    )
    site.route(
        "/Article/About.asp",
        lambda: _shell(
            site,
            "/Article/About.asp",
            f"关于我们--{GW}",
            "<h2>关于我们</h2><p>中共滨海市直属机关工作委员会是市委派出机构，负责领导市直机关党的工作。</p><p>地址：滨海市人民路3号　电话：0000-00000000</p>",
            "gb2312",
        ),
    )
