"""Site 63's non-article pages: the 江州政法网 home page; section lists with pagination (法院新闻
``/fyxw/index_2.shtml``, 案例选编, 检察新闻, 警情通报, 警方提醒, 普法宣传); the 法治报's 版面 pages
and 往期回顾; the 微警务 home; 法律援助 pages (办事指南, 机构名录, 申请表); 院领导; search; about,
contact and a video list."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import PAGES, footer, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site63

SITE = "江州政法网"
LISTS = [
    ("/fyxw/index{}.shtml", "法院新闻", lambda a: a.tpl == "fy" and a.x["key"] == "fy"),
    ("/alxx/index{}.shtml", "案例选编", lambda a: a.x["key"] == "fy_case"),
    ("/jcxw/index{}.shtml", "检察新闻", lambda a: a.tpl == "jc"),
    ("/jqtb/index{}.html", "警情通报", lambda a: a.x["key"] == "ga_tb"),
    ("/jftx/index{}.html", "警方提醒", lambda a: a.x["key"] == "ga_tx"),
    ("/sfj/pfxc/index{}.html", "普法宣传", lambda a: a.tpl == "sf"),
]


def _shell(
    site: Site63, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(site.arts, 8))
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l63')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{SITE}</a></div>\n<div class="navbar">{nav()}</div>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>热点文章</h3><ul>{hot}</ul></div></div></div>\n'
        f"{footer('中共江州市委政法委员会', 2024)}\n</body>\n</html>\n"
    )
    return served(page, charset)


def _url(pattern: str, n: int) -> str:
    return pattern.format("" if n == 1 else f"_{n - 1}")


def _pager(n: int, pages: int, pattern: str) -> str:
    out = [f"<span>共{pages}页</span>"]
    if n > 1:
        out.append(
            f'<a href="{_url(pattern, 1)}">首页</a><a href="{_url(pattern, n - 1)}">上一页</a>'
        )
    for k in range(1, pages + 1):
        out.append(
            f'<span class="cur">{k}</span>' if k == n else f'<a href="{_url(pattern, k)}">{k}</a>'
        )
    if n < pages:
        out.append(
            f'<a href="{_url(pattern, n + 1)}">下一页</a><a href="{_url(pattern, pages)}">尾页</a>'
        )
    return f'<div class="page">{"".join(out)}</div>'


def _lists(site: Site63) -> None:
    for pattern, heading, pick in LISTS:
        arts = latest([a for a in site.arts if pick(a)])
        per = 3
        pages = -(-len(arts) // per)
        for n in range(1, pages + 1):
            chunk = arts[(n - 1) * per : n * per]

            def render(
                n: int = n,
                chunk: list[Art] = chunk,
                pattern: str = pattern,
                heading: str = heading,
                pages: int = pages,
            ) -> tuple[bytes, str]:
                items = "".join(li(b) for b in chunk)
                inner = f'<div class="crumb"><a href="/">首页</a> &gt; {heading}</div><h2>{heading}</h2><ul class="list">{items}</ul>{_pager(n, pages, pattern)}'
                return _shell(site, _url(pattern, n), f"{heading}-{SITE}", inner)

            site.route(_url(pattern, n), render)


def _fz_days(site: Site63) -> dict[str, list[Art]]:
    out: dict[str, list[Art]] = {}
    for a in latest(site.of("fz")):
        out.setdefault(f"{a.when:%Y-%m}/{a.when:%d}", []).append(a)
    return out


def _fz_node(site: Site63, day: str) -> tuple[bytes, str]:
    arts = _fz_days(site)[day]
    items = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in arts)
    bm = "".join(f'<a href="/fzb/html/{day}/node_2.htm">{p}</a><br>' for p in PAGES)
    inner = f'<table><tr><td><img src="/fzb/page/{day.replace("-", "").replace("/", "")}/1.jpg" usemap="#PagePicMap"></td><td><h3>版面导航</h3>{bm}<h3>本版标题</h3><table>{items}</table></td></tr></table><p><a href="/fzb/html/index.htm">往期回顾</a></p>'
    return _shell(site, f"/fzb/html/{day}/node_2.htm", f"江州法治报数字报-{day}", inner, "gbk")


def _fz_index(site: Site63) -> tuple[bytes, str]:
    days = "".join(
        f'<li><a href="/fzb/html/{d}/node_2.htm">{d.replace("/", "-")}</a></li>'
        for d in _fz_days(site)
    )
    inner = f'<h2>江州法治报 往期回顾</h2><p>请选择日期：</p><ul class="cal">{days}</ul>'
    return _shell(site, "/fzb/html/index.htm", "江州法治报数字报-往期回顾", inner, "gbk")


def _home(site: Site63) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for pattern, heading, pick in LISTS:
        arts = latest([a for a in site.arts if pick(a)])[:6]
        boxes.append(
            f'<div class="box"><h2><a href="{_url(pattern, 1)}">{heading}</a><a class="more" href="{_url(pattern, 1)}">更多&gt;&gt;</a></h2><ul>{"".join(li(b, "%m-%d") for b in arts)}</ul></div>'
        )
    links = [
        ("/wjw/index.html", "江州公安微警务"),
        ("/fzb/html/index.htm", "江州法治报"),
        ("/sfj/flyz/index.html", "法律援助"),
        ("/sfj/flyz/jgml.html", "法律援助机构名录"),
        ("/sfj/flyz/sqb.html", "法律援助申请表"),
        ("/fy/ld/index.shtml", "法院领导"),
        ("/search/index.html?q=江州", "站内搜索"),
        ("/video/index.html", "政法视频"),
        ("/about/index.html", "关于我们"),
        ("/about/contact.html", "联系我们"),
    ]
    more = " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{SITE}</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<div class="header"><a href="/" class="logo">{SITE}</a><form action="/search/index.html"><input name="q"><button>搜索</button></form></div>
<div class="navbar">{nav()}</div>
<div class="w1200">{"".join(boxes)}</div>
<div class="w1200 links">{more}</div>
{footer("中共江州市委政法委员会", 2024)}</body></html>"""
    return served(page)


def _wjw(site: Site63) -> tuple[bytes, str]:
    arts = [a for a in latest(site.of("ga")) if a.x["key"] == "ga_h5"]
    items = "".join(
        f'<li><a href="{a.path}"><p>{esc(a.title)}</p><span>{a.when:%m-%d}</span></a></li>'
        for a in arts
    )
    inner = f'<h2>江州公安微警务</h2><div class="grid"><a href="javascript:;">户政办理</a><a href="javascript:;">交管业务</a><a href="javascript:;">出入境</a><a href="javascript:;">网上报警</a></div><h3>警务资讯</h3><ul>{items}</ul>'
    return _shell(site, "/wjw/index.html", "江州公安微警务", inner)


def _flyz(site: Site63) -> tuple[bytes, str]:
    steps = [
        "申请人向法律援助机构提出申请，填写法律援助申请表",
        "提交身份证明、经济困难状况说明及与所申请事项相关的材料",
        "法律援助机构自收到申请之日起七日内进行审查，作出是否给予法律援助的决定",
        "决定给予法律援助的，指派律师或者法律援助机构工作人员提供法律援助",
    ]
    inner = (
        "<h2>法律援助办事指南</h2><h3>一、申请条件</h3><p>因经济困难没有委托代理人的公民，可以向法律援助机构申请法律援助。</p><h3>二、办理流程</h3><ol>"
        + "".join(f"<li>{s}</li>" for s in steps)
        + '</ol><h3>三、咨询电话</h3><p>12348</p><p><a href="/sfj/flyz/sqb.html">申请表下载</a>　<a href="/sfj/flyz/jgml.html">机构名录</a></p>'
    )
    return _shell(site, "/sfj/flyz/index.html", f"法律援助办事指南-{SITE}", inner)


def _jgml(site: Site63) -> tuple[bytes, str]:
    rows = "".join(
        f"<tr><td>{d}法律援助中心</td><td>{d}人民路{10 + k}号</td><td>0000-000000{k}</td></tr>"
        for k, d in enumerate(["江州市", "江城区", "东港区", "西山区", "南湖区", "临江县"])
    )
    inner = f"<h2>法律援助机构名录</h2><table><tr><th>机构名称</th><th>地址</th><th>电话</th></tr>{rows}</table>"
    return _shell(site, "/sfj/flyz/jgml.html", f"法律援助机构名录-{SITE}", inner)


def _sqb(site: Site63) -> tuple[bytes, str]:
    inner = '<h2>法律援助申请表下载</h2><ul><li><a href="/sfj/flyz/files/sqb.doc">法律援助申请表.doc</a></li><li><a href="/sfj/flyz/files/jjzk.doc">申请人经济困难状况说明表.doc</a></li></ul>'
    return _shell(site, "/sfj/flyz/sqb.html", f"申请表下载-{SITE}", inner)


def _leaders(site: Site63) -> tuple[bytes, str]:
    people = [
        ("院长", "周正平"),
        ("副院长", "刘明辉"),
        ("副院长", "陈晓燕"),
        ("纪检监察组组长", "赵立军"),
    ]
    inner = (
        "<h2>院领导</h2><ul>"
        + "".join(
            f'<li><img src="/fy/ld/{k}.jpg"><p>{n}</p><span>{t}</span></li>'
            for k, (t, n) in enumerate(people)
        )
        + "</ul>"
    )
    return _shell(site, "/fy/ld/index.shtml", f"院领导-{SITE}", inner)


def _search(site: Site63) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if "江州" in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p><span>{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f'<form action="/search/index.html"><input name="q" value="江州"><button>搜索</button></form><p>共找到 {len(hits)} 条结果</p><ul>{rows}</ul>'
    return _shell(site, "/search/index.html?q=江州", f"搜索结果-{SITE}", inner)


def _about(site: Site63) -> tuple[bytes, str]:
    inner = "<h2>关于我们</h2><p>江州政法网是中共江州市委政法委员会主办的政法综合门户网站，汇集全市法院、检察院、公安局、司法局的权威信息。</p>"
    return _shell(site, "/about/index.html", f"关于我们-{SITE}", inner)


def _contact(site: Site63) -> tuple[bytes, str]:
    inner = "<h2>联系我们</h2><p>地址：江州市江城区人民路88号</p><p>电话：0000-0000000</p><p>邮箱：jzzfw@example.cn</p>"
    return _shell(site, "/about/contact.html", f"联系我们-{SITE}", inner)


def _video(site: Site63) -> tuple[bytes, str]:
    shows = [
        "庭审直播：一起民间借贷纠纷案",
        "检察开放日",
        "反诈宣传片",
        "民法典微课堂",
        "法律援助在身边",
    ]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/video/{k}.mp4"><img src="/video/img/{k}.jpg"></a><p>{s}</p><span>2024-05-{k + 2:02d}</span></li>'
        for k, s in enumerate(shows)
    )
    return _shell(
        site,
        "/video/index.html",
        f"政法视频-{SITE}",
        f'<h2>政法视频</h2><ul class="video">{items}</ul>',
    )


def register(site: Site63) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    _lists(site)
    site.route("/fzb/html/index.htm", lambda: _fz_index(site))
    for day in _fz_days(site):
        site.route(f"/fzb/html/{day}/node_2.htm", lambda d=day: _fz_node(site, d))
    site.route("/wjw/index.html", lambda: _wjw(site))
    site.route("/sfj/flyz/index.html", lambda: _flyz(site))
    site.route("/sfj/flyz/jgml.html", lambda: _jgml(site))
    site.route("/sfj/flyz/sqb.html", lambda: _sqb(site))
    site.route("/fy/ld/index.shtml", lambda: _leaders(site))
    site.route("/search/index.html?q=江州", lambda: _search(site))
    site.route("/about/index.html", lambda: _about(site))
    site.route("/about/contact.html", lambda: _contact(site))
    site.route("/video/index.html", lambda: _video(site))
