"""Site 45's non-article pages: the home page; each source's section fronts with its own
pagination (美通社 ``/news/?page=2``, the 企业频道's DedeCMS ``list_12_2.html`` in GBK, 中华网
``/qiye/index_2.html``, the company's ``list.aspx?cid=1&page=2``, 证券日报网 ``/gscy/gongsi/2.html``);
the company's 公告 and 定期报告 pages (PDF links), 行业 pages, search pages, about, contact and an
archive by date."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js
from .templates import IR_CO, LABELS, latest, li

if TYPE_CHECKING:
    from .generator import Site45

PER = {"pr": 5, "fb": 4, "zh": 5, "ir": 4, "zq": 5}
Url = Callable[[int], str]
FRONTS: dict[str, Url] = {
    "pr": lambda n: "/news/" if n == 1 else f"/news/?page={n}",
    "fb": lambda n: "/qiye/" if n == 1 else f"/qiye/list_12_{n}.html",
    "zh": lambda n: "/qiye/" if n == 1 else f"/qiye/index_{n}.html",
    "ir": lambda n: "/news/list.aspx?cid=1" if n == 1 else f"/news/list.aspx?cid=1&page={n}",
    "zq": lambda n: "/gscy/gongsi/" if n == 1 else f"/gscy/gongsi/{n}.html",
}
# the 企业频道 and 中华网 both use /qiye/: the channel's front lives under its own prefix here
FRONTS["zh"] = lambda n: "/tech/qiye/" if n == 1 else f"/tech/qiye/index_{n}.html"


def _shell(
    site: Site45, tpl: str, key: str, title: str, inner: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    side = "".join(li(b, "%m-%d") for b in rng.sample(site.of(tpl), 6))
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{esc(title)}</title>\n"
        f"<style>{css(rng, 'ls' + tpl, 200)}</style>\n<script>{filler_js(rng, 'list-' + tpl, 30)}</script>\n<script>{stats_js('l45' + tpl)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{LABELS[tpl]}</a></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热门</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a><p>{LABELS[tpl]}　版权所有</p></div>\n</body>\n</html>\n'
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url) -> str:
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">首页</a><a href="{url(n - 1)}">上一页</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="current">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">下一页</a><a href="{url(pages)}">末页</a>')
    return f'<div class="pages">{"".join(out)}<span>共{pages}页</span></div>'


def _paged(site: Site45, tpl: str, heading: str, url: Url, charset: str = "utf-8") -> None:
    arts = latest(site.of(tpl))
    per = PER[tpl]
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                li(b, "%Y-%m-%d %H:%M" if tpl in ("pr", "zq") else "%Y-%m-%d") for b in chunk
            )
            inner = f'<div class="place">当前位置：<a href="/">首页</a> &gt; {esc(heading)}</div><h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url)}'
            return _shell(
                site,
                tpl,
                url(n),
                f"{heading}{'' if n == 1 else f'_第{n}页'}_{LABELS[tpl]}",
                inner,
                charset,
            )

        site.route(url(n), render)


def _home(site: Site45) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(
        f'<div class="box"><h2><a href="{FRONTS[t](1)}">{label}</a></h2><ul>{"".join(li(b, "%m-%d") for b in latest(site.of(t))[:5])}</ul></div>'
        for t, label in LABELS.items()
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>企业资讯导航 - 新闻稿 公司新闻 上市公司动态</title><style>{css(rng, "hub", 300)}</style><script>{filler_js(rng, "hub", 40)}</script></head><body>
<div class="header"><h1>企业资讯导航</h1></div><div class="main">{boxes}</div>
<div class="links"><a href="/archive/2024-05.html">2024年5月归档</a> | <a href="/archive/2019-05.html">2019年5月归档</a> | <a href="/ir/notice.aspx">公司公告</a> | <a href="/ir/report.aspx">定期报告</a> | <a href="/home/industry/tech.shtml">科技与电信</a></div>
<div class="footer"><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a></div></body></html>"""
    return served(page)


def _archive(site: Site45, ym: str) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if f"{a.when:%Y-%m}" == ym]
    rows = "".join(
        f'<tr><td>{a.when:%Y-%m-%d}</td><td>{LABELS[a.tpl]}</td><td><a href="{a.path}">{esc(a.title)}</a></td></tr>'
        for a in arts
    )
    inner = f'<h2>{ym} 文章归档</h2><table class="archive"><tr><th>日期</th><th>来源</th><th>标题</th></tr>{rows}</table>'
    return _shell(site, "pr", f"/archive/{ym}.html", f"{ym} 文章归档", inner)


def _pdfs(site: Site45, key: str, title: str, rows: list[tuple[str, str]]) -> tuple[bytes, str]:
    items = "".join(
        f'<li><a href="/uploads/ir/{d[:7].replace("-", "")}/{IR_CO[2]}_{d.replace("-", "")}_{k}.pdf" target="_blank">{IR_CO[1]}：{t}</a><span>{d}</span></li>'
        for k, (d, t) in enumerate(rows)
    )
    inner = f'<div class="location">您的位置：<a href="/">首页</a> &gt; 投资者关系 &gt; {title}</div><h2>{title}</h2><ul class="pdf-list">{items}</ul>{_pager(1, 1, lambda n: key)}'
    return _shell(site, "ir", key, f"{title}-{IR_CO[0]}", inner)


def _search(
    site: Site45, tpl: str, key: str, word: str, charset: str = "utf-8"
) -> tuple[bytes, str]:
    hits = [a for a in site.of(tpl) if word in a.title + a.body] or latest(site.of(tpl))[:5]
    inner = f'<div class="search-info">搜索“{esc(word)}”，共找到 {len(hits)} 条结果</div><ul class="list">{"".join(li(a) for a in hits)}</ul>'
    return _shell(site, tpl, key, f"搜索结果_{LABELS[tpl]}", inner, charset)


def _static(site: Site45, tpl: str, key: str, title: str, text: str) -> tuple[bytes, str]:
    return _shell(site, tpl, key, f"{title}_{LABELS[tpl]}", f"<h2>{title}</h2><p>{esc(text)}</p>")


def register(site: Site45) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl, heading in [
        ("pr", "最新新闻稿"),
        ("fb", "企业"),
        ("zh", "企业"),
        ("ir", "公司新闻"),
        ("zq", "公司"),
    ]:
        _paged(site, tpl, heading, FRONTS[tpl], "gbk" if tpl == "fb" else "utf-8")
    for ym in ("2024-05", "2019-05"):
        site.route(f"/archive/{ym}.html", lambda ym=ym: _archive(site, ym))
    site.route(
        "/ir/notice.aspx",
        lambda: _pdfs(
            site,
            "/ir/notice.aspx",
            "公司公告",
            [
                ("2024-04-26", "2023年年度报告摘要"),
                ("2024-04-26", "关于2023年度利润分配预案的公告"),
                ("2024-03-30", "关于召开2023年度业绩说明会的公告"),
                ("2024-03-12", "关于以集中竞价交易方式回购股份的进展公告"),
                ("2019-05-08", "关于签订日常经营重大合同的公告"),
            ],
        ),
    )
    site.route(
        "/ir/report.aspx",
        lambda: _pdfs(
            site,
            "/ir/report.aspx",
            "定期报告",
            [
                ("2024-04-26", "2024年第一季度报告"),
                ("2024-04-26", "2023年年度报告"),
                ("2023-08-28", "2023年半年度报告"),
                ("2019-04-27", "2018年年度报告"),
            ],
        ),
    )
    tech = [a for a in site.of("pr") if a.i % 2 == 0]
    site.route(
        "/home/industry/tech.shtml",
        lambda: _shell(
            site,
            "pr",
            "/home/industry/tech.shtml",
            "科技与电信 - 行业新闻稿 - 美通社",
            f'<h2>科技与电信</h2><ul class="list">{"".join(li(a) for a in latest(tech))}</ul>',
        ),
    )
    for tpl, key, word, cs in [
        ("pr", "/search/?q=合作", "合作", "utf-8"),
        ("fb", "/plus/search.php?keyword=品牌", "品牌", "gbk"),
        ("zq", "/search.html?keyword=回购", "回购", "utf-8"),
    ]:
        site.route(key, lambda t=tpl, k=key, w=word, c=cs: _search(site, t, k, w, c))
    for tpl, key, title, text in [
        (
            "pr",
            "/about/",
            "关于美通社",
            "美通社是全球领先的新闻稿发布与传播服务机构，为企业和机构提供新闻稿发布、多媒体传播和媒体监测服务。",
        ),
        ("pr", "/contact/", "联系我们", "客户服务热线：400-000-0000　邮箱：service@example.com"),
        (
            "ir",
            "/ir/",
            "投资者关系",
            f"{IR_CO[0]}（股票代码：{IR_CO[2]}）致力于与投资者保持坦诚、及时的沟通。投资者热线：0871-65000000。",
        ),
        ("zq", "/about/index.html", "关于我们", "证券日报网是证券日报社主办的财经新闻网站。"),
    ]:
        site.route(key, lambda t=tpl, k=key, ti=title, tx=text: _static(site, t, k, ti, tx))
