"""Site 68's non-article pages: the university home page; section lists with their own pagination
(Drupal ``/xwzx/zhxw?page=1``, 帝国CMS ``/news/xyxw/index_2.html`` in GBK, ARP
``/xwdt/kyjz/index_1.html``, the school CMS's ``ShowClass.asp?ClassID=12&page=2``, the English
``/en/news/2.htm``); a Drupal taxonomy term page; a 专题 page; a search page; 学校概况, 领导班子,
联系我们 and a video list."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .templates import DX, EN, KY, ZX, ZY, dx_nav, latest, li

if TYPE_CHECKING:
    from .generator import Site68

Url = Callable[[int], str]
FRONTS: dict[str, tuple[Url, int, str, str, str]] = {
    "dx": (
        lambda n: "/xwzx/zhxw" if n == 1 else f"/xwzx/zhxw?page={n - 1}",
        4,
        "综合新闻",
        DX,
        "utf-8",
    ),
    "zy": (
        lambda n: "/news/xyxw/index.html" if n == 1 else f"/news/xyxw/index_{n}.html",
        5,
        "学院新闻",
        ZY,
        "gbk",
    ),
    "ky": (
        lambda n: "/xwdt/kyjz/" if n == 1 else f"/xwdt/kyjz/index_{n - 1}.html",
        5,
        "科研进展",
        KY,
        "utf-8",
    ),
    "zx": (
        lambda n: (
            "/Article/ShowClass.asp?ClassID=12"
            if n == 1
            else f"/Article/ShowClass.asp?ClassID=12&page={n}"
        ),
        4,
        "校园新闻",
        ZX,
        "utf-8",
    ),
    "en": (
        lambda n: "/en/news/index.htm" if n == 1 else f"/en/news/{n}.htm",
        6,
        "News",
        EN,
        "utf-8",
    ),
}


def _shell(
    site: Site68, key: str, title: str, inner: str, charset: str = "utf-8", tpl: str = "dx"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = site.of(tpl)
    hot = "".join(li(b, "%m-%d") for b in rng.sample(pool, 6))
    label = "Most Popular" if tpl == "en" else "点击排行"
    lang = "en" if tpl == "en" else "zh-CN"
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{esc(title)}</title>\n<style>{css(rng, 'ls', 160)}</style>\n<script>{filler_js(rng, 'list', 20)}</script>\n<script>{stats_js('l68')}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">{DX}</a></div>\n<nav><ul class="menu">{dx_nav()}</ul></nav>\n'
        f'<div class="w1200"><div class="left">{inner}</div><div class="right"><div class="box"><h3>{label}</h3><ul>{hot}</ul></div></div></div>\n'
        "<footer><p>版权所有 &copy; 2024 滨江大学党委宣传部</p></footer>\n</body>\n</html>\n"
    )
    return served(page, charset)


def _pager(n: int, pages: int, url: Url, zh: bool = True) -> str:
    words = ("首页", "上一页", "下一页", "尾页") if zh else ("First", "Prev", "Next", "Last")
    out = []
    if n > 1:
        out.append(f'<a href="{url(1)}">{words[0]}</a><a href="{url(n - 1)}">{words[1]}</a>')
    for k in range(1, pages + 1):
        out.append(f'<span class="cur">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>')
    if n < pages:
        out.append(f'<a href="{url(n + 1)}">{words[2]}</a><a href="{url(pages)}">{words[3]}</a>')
    return f'<div class="pager">{"".join(out)}</div>'


def _paged(site: Site68, tpl: str) -> None:
    url, per, heading, name, charset = FRONTS[tpl]
    arts = latest(site.of(tpl))
    pages = -(-len(arts) // per)
    for n in range(1, pages + 1):
        chunk = arts[(n - 1) * per : n * per]

        def render(n: int = n, chunk: list[Art] = chunk) -> tuple[bytes, str]:
            items = "".join(
                f'<li><h3><a href="{b.path}">{esc(b.title)}</a></h3><p>{esc(trunc(b.paras[0], 80))}</p><span>{b.when:%Y-%m-%d}</span></li>'
                for b in chunk
            )
            inner = f'<h2>{esc(heading)}</h2><ul class="list">{items}</ul>{_pager(n, pages, url, tpl != "en")}'
            return _shell(site, url(n), f"{heading}-{name}", inner, charset, tpl)

        site.route(url(n), render)


def _home(site: Site68) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = []
    for tpl, label in [
        ("dx", "综合新闻"),
        ("zy", "职业技术学院"),
        ("ky", "生态环境研究所"),
        ("zx", "附属第一中学"),
        ("en", "English News"),
    ]:
        lst = "".join(li(b, "%m-%d") for b in latest(site.of(tpl))[:6])
        more = FRONTS[tpl][0](1)
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a><a class="more" href="{more}">更多</a></h2><ul>{lst}</ul></div>'
        )
    links = [
        ("/taxonomy/term/27", "科研动态"),
        ("/zt/esd", "专题：学习贯彻党的二十大精神"),
        ("/search/node?keys=学院", "站内搜索"),
        ("/xxgk", "学校概况"),
        ("/xxgk/xrld", "现任领导"),
        ("/video", "视频滨大"),
        ("/about.html", "一中概况"),
        ("/contact.html", "联系我们"),
        ("/en/about.htm", "About BJU"),
    ]
    more = " | ".join(f'<a href="{u}">{t}</a>' for u, t in links)
    page = f"""<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8"><title>{DX}</title>
<style>{css(rng, "home", 300)}</style><script>{filler_js(rng, "home", 40)}</script></head><body>
<header><a href="/" class="logo">{DX}</a></header><nav><ul class="menu">{dx_nav()}</ul></nav>
<div class="w1200">{"".join(boxes)}</div><div class="w1200 links">{more}</div>
<footer><p>版权所有 &copy; 2024 滨江大学党委宣传部</p></footer></body></html>"""
    return served(page)


def _static(
    site: Site68, key: str, title: str, paras: list[str], tpl: str = "dx"
) -> tuple[bytes, str]:
    inner = f"<h2>{esc(title)}</h2>" + "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _shell(site, key, f"{title}-{EN if tpl == 'en' else DX}", inner, tpl=tpl)


def _term(site: Site68) -> tuple[bytes, str]:
    arts = [a for a in latest(site.arts) if a.tpl in ("dx", "ky")][:12]
    inner = f'<h1 class="page-title">科研动态</h1><div class="view-content"><ul>{"".join(li(a) for a in arts)}</ul></div>'
    return _shell(site, "/taxonomy/term/27", f"科研动态 | {DX}", inner)


def _zt(site: Site68) -> tuple[bytes, str]:
    arts = [a for a in latest(site.of("dx")) if a.when.year == 2024][:8]
    cards = "".join(
        f'<div class="card"><a href="{a.path}"><img src="/zt/esd/img/{k}.jpg"></a><h3><a href="{a.path}">{esc(a.title)}</a></h3></div>'
        for k, a in enumerate(arts)
    )
    inner = f'<div class="zt-banner"><h1>学习贯彻党的二十大精神</h1></div><div class="zt-intro"><p>本专题集中展示学校各单位学习宣传贯彻党的二十大精神的工作动态。</p></div>{cards}'
    return _shell(site, "/zt/esd", f"专题报道 | {DX}", inner)


def _search(site: Site68, key: str, word: str) -> tuple[bytes, str]:
    hits = [a for a in latest(site.arts) if word in a.title + a.body][:20]
    rows = "".join(
        f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 80))}</p></li>'
        for a in hits
    )
    inner = f'<form action="/search/node"><input name="keys" value="{esc(word)}"><button>搜索</button></form><h2>搜索结果</h2><ol class="search-results">{rows}</ol>'
    return _shell(site, key, f"搜索 | {DX}", inner)


def _video(site: Site68) -> tuple[bytes, str]:
    shows = ["2024年毕业典礼", "校园四季", "开学第一课", "实验室开放日", "校园歌手大赛"]
    items = "".join(
        f'<li><a href="javascript:;" data-src="/video/{k}.mp4"><img src="/video/img/{k}.jpg"></a><p>{s}</p></li>'
        for k, s in enumerate(shows)
    )
    return _shell(
        site, "/video", f"视频滨大 | {DX}", f'<h2>视频滨大</h2><ul class="video-list">{items}</ul>'
    )


def register(site: Site68) -> None:
    site.route("/", lambda: _home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
    for tpl in FRONTS:
        _paged(site, tpl)
    site.route("/taxonomy/term/27", lambda: _term(site))
    site.route("/zt/esd", lambda: _zt(site))
    site.route("/search/node?keys=学院", lambda: _search(site, "/search/node?keys=学院", "学院"))
    site.route("/video", lambda: _video(site))
    statics = [
        (
            "/xxgk",
            "学校概况",
            [
                "滨江大学是一所以理工为主、多学科协调发展的省属重点大学，学校现有全日制本科生两万余人。",
                "学校设有二十个学院，拥有博士学位授权一级学科八个。",
            ],
            "dx",
        ),
        (
            "/xxgk/xrld",
            "现任领导",
            ["党委书记：周建国", "校长：林海", "党委副书记：陈敏", "副校长：王立军、赵春梅"],
            "dx",
        ),
        (
            "/about.html",
            "一中概况",
            [
                "滨江市第一中学创建于1925年，是省级示范性高中。",
                "学校现有教学班四十八个，在校学生两千余人。",
            ],
            "dx",
        ),
        (
            "/leader.html",
            "领导班子",
            ["校长：刘志强", "党总支书记：孙丽萍", "副校长：杨海涛"],
            "dx",
        ),
        (
            "/contact.html",
            "联系我们",
            ["地址：滨江市学府路8号", "电话：0000-0000000", "邮箱：office@example.edu.cn"],
            "dx",
        ),
        (
            "/en/about.htm",
            "About BJU",
            [
                "Binjiang University is a comprehensive public university founded in 1952.",
                "It has 20 schools and more than 30,000 students.",
            ],
            "en",
        ),
    ]
    for key, title, paras, tpl in statics:
        site.route(key, lambda k=key, t=title, p=paras, tp=tpl: _static(site, k, t, p, tp))
