"""The site's other pages: the home page (each site's latest, links to every list), the 滚动
page, a video list, a 排行 page, a 专题, search results, 联系我们 and robots.txt. (Each CMS's own
lists, tags, authors and 专题 are in its module.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from heldout_gen import home_boxes, news_li

from .common import css, encode, esc, page_rng, stats_js, trunc
from .phpcms import SEARCH

if TYPE_CHECKING:
    from .generator import Site13

CT = "text/html; charset=utf-8"
LABEL = {
    "phpcms": "临江新闻网",
    "empire": "物流农资",
    "zblog": "电商协会",
    "powereasy": "教育信息",
    "rmt": "云溪融媒",
}
LINKS = [
    ("本地新闻", "/list-12-1.html"),
    ("社会民生", "/list-13-1.html"),
    ("城建交通", "/index.php?m=content&c=index&a=lists&catid=14&page=1"),
    ("行业资讯", "/news/"),
    ("企业动态", "/qiye/"),
    ("冷链专题", "/zt/2024llwl/"),
    ("协会动态", "/category-2.html"),
    ("会员风采", "/category-3.html"),
    ("政策法规", "/category-4.html"),
    ("文章归档", "/date-2024-5.html"),
    ("文章中心", "/Article/Index.aspx"),
    ("教育动态", "/Article/ShowClass.aspx?ClassID=2"),
    ("校园风采", "/Article/ShowClass.aspx?ClassID=3"),
    ("通知公告", "/Article/ShowClass.aspx?ClassID=5"),
    ("平安校园", "/Article/ShowSpecial.aspx?SpecialID=3"),
    ("云溪要闻", "/node_1201.html"),
    ("乡镇动态", "/node_1202.html"),
    ("客户端", "/h5/list.html"),
    ("滚动", "/gdxw/"),
    ("视听", "/video/"),
    ("排行", "/rank/"),
    ("乡村振兴专题", "/zt/xczx/"),
    ("搜索", "/search?keywords=" + quote("乡村振兴")),
    ("站内搜索", SEARCH),
    ("联系我们", "/about/contact.html"),
]


def _frame(site: Site13, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in LINKS[:18])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="临江,云溪,新闻,融媒体">
<style>
{css(rng, "hub", 160)}
</style>
</head>
<body>
<div class="top"><a href="/" class="logo">临江·云溪新闻</a><form action="/search" method="get"><input name="keywords"><button>搜索</button></form></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">
{inner}
</div>
<div class="footer"><p><a href="/about/contact.html">联系我们</a> | <a href="/zt/xczx/">专题</a> | <a href="/rank/">排行</a> | <a href="/gdxw/">滚动</a></p><p>Copyright &copy; 2024 临江·云溪新闻 版权所有　湘ICP备19004321号-1</p></div>
<script>{stats_js("aa11bb22cc33dd44ee55ff6677889900")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def home(site: Site13) -> tuple[bytes, str]:
    boxes = home_boxes(site, LABEL, top=10, each=5, fmt="%m-%d")
    more = "".join(f'<a href="{u}">{t}</a> ' for t, u in LINKS)
    who = "".join(
        f'<a href="/author-{n}.html">{esc(x)}</a> ' for n, x in enumerate(site.zb_accounts, 1)
    )
    boxes.append(
        f'<div class="box more"><h2>栏目导航</h2><p>{more}</p><p>协会撰稿人：{who}</p></div>'
    )
    return _frame(site, "临江·云溪新闻_首页", "home", "".join(boxes))


def rolling(site: Site13) -> tuple[bytes, str]:
    latest = sorted(site.arts, key=lambda a: a.when)[::-1]
    rows = "".join(
        f'<li><span class="col">[{LABEL[a.tpl]}]</span><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">{a.when:%m-%d %H:%M}</span></li>'
        for a in latest[:40]
    )
    return _frame(
        site, "滚动新闻", "roll", f'<div class="roll"><h1>滚动新闻</h1><ul>{rows}</ul></div>'
    )


def video(site: Site13) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    picks = rng.sample(site.of("rmt") + site.of("phpcms"), 12)
    cells = "".join(
        f'<div class="v"><a href="{a.path}"><img src="/upload/video/cover{k}.jpg"><span class="dur">0{rng.randint(1, 9)}:{rng.randint(10, 59)}</span></a><p><a href="{a.path}">{esc(trunc(a.title, 18))}</a></p></div>'
        for k, a in enumerate(picks)
    )
    return _frame(
        site, "视听云溪", "video", f'<div class="video-list"><h1>视听云溪</h1>{cells}</div>'
    )


def rank(site: Site13) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "rank")
    arts = rng.sample(site.arts, 25)
    rows = "".join(
        f'<tr><td>{k}</td><td><a href="{a.path}" target="_blank">{esc(a.title)}</a></td><td>{LABEL[a.tpl]}</td><td>{rng.randint(500, 90000)}</td></tr>'
        for k, a in enumerate(arts, 1)
    )
    return _frame(
        site,
        "点击排行",
        "rank",
        f'<div class="rank"><h1>24小时点击排行</h1><table><tr><th>排名</th><th>标题</th><th>来源</th><th>点击</th></tr>{rows}</table></div>',
    )


def zhuanti(site: Site13) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt")
    picks = rng.sample(site.of("rmt") + site.of("powereasy"), 10)
    inner = f"""<div class="zt"><div class="banner"><img src="/zt/xczx/images/banner.jpg" alt="全面推进乡村振兴"></div>
<div class="intro"><p>云溪县融媒体中心推出“全面推进乡村振兴”专题，聚焦产业发展、人居环境、乡风文明等方面的新变化。</p></div>
<div class="zt-box"><h3>最新报道</h3><ul>{"".join(news_li(a, "%m-%d") for a in picks[:6])}</ul></div>
<div class="zt-box"><h3>基层声音</h3><ul>{"".join(news_li(a, "%m-%d") for a in picks[6:])}</ul></div></div>"""
    return _frame(site, "全面推进乡村振兴_专题", "zt", inner)


def search(site: Site13, kw: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw in a.title or kw in a.body][:15] or site.arts[::7]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.paras[0], 70))}</p><span>{LABEL[a.tpl]} {a.when:%Y-%m-%d}</span></div>'
        for a in hits
    )
    return _frame(
        site,
        f"{kw}_搜索结果",
        f"s-{kw}",
        f'<div class="search"><p>共找到 {len(hits)} 条与“{esc(kw)}”相关的结果</p>{items}</div>',
    )


def about(site: Site13) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>联系我们</h1>
<p>云溪县融媒体中心是县委直属正科级公益一类事业单位，负责全县新闻宣传和融媒体平台运营。</p>
<p>新闻热线：0745-8226688　邮箱：yxrmt@news.example</p>
<p>地址：云溪县城关镇人民路66号　邮编：419000</p>
<p>违法和不良信息举报电话：0745-8226666</p></div>"""
    return _frame(site, "联系我们", "about", inner)


def register(site: Site13) -> None:
    site.route("/", lambda: home(site))
    site.route("/gdxw/", lambda: rolling(site))
    site.route("/video/", lambda: video(site))
    site.route("/rank/", lambda: rank(site))
    site.route("/zt/xczx/", lambda: zhuanti(site))
    site.route("/search?keywords=乡村振兴", lambda: search(site, "乡村振兴"))
    site.route("/about/contact.html", lambda: about(site))
    site.route(
        "/robots.txt",
        lambda: (b"User-agent: *\nDisallow: /zb_system/\nDisallow: /e/member/\n", "text/plain"),
    )
