"""The portal's other pages: home, the 滚动 page (60 dated headlines), a 专题 page (an intro and
20 links), the 图片 index, 关于我们, search results and robots.txt. (The reporter's profile page
is the paid portal's, in caixin.py.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site5

CT = "text/html; charset=utf-8"
CHANNELS = [
    ("人民网·经济", "/GB/1004/index.html"),
    ("人民网·社会", "/GB/1008/index.html"),
    ("新华网·时政", "/politics/index.htm"),
    ("新华网·财经", "/fortune/index.htm"),
    ("搜狐号·财经", "/c/8/1463"),
    ("自由時報·即時", "/list/breakingnews/politics"),
    ("财新·经济", "/node_1234.htm"),
    ("滚动", "/roll/index.html"),
    ("专题", "/zt/2024lianghui/index.html"),
    ("图片", "/photo/index.html"),
]
LABEL = {
    "people": "人民网",
    "xinhua": "新华网",
    "sohu": "搜狐号",
    "ltn": "自由時報",
    "caixin": "财新",
}


def _frame(site: Site5, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng: Any = page_rng(site.seed, key)
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in CHANNELS)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<style>
{css(rng, "pt", 120)}
</style>
</head>
<body>
<div class="top"><div class="logo"><a href="/"><img src="/static/logo.png" alt="新闻门户" /></a></div>
<div class="search"><form action="/search" method="get"><input name="keyword" type="text" /><button type="submit">搜索</button></form>
<span class="hotwords">热搜：<a href="/search?keyword=两会">两会</a> <a href="/search?keyword=消费">消费</a></span></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li>{nav}</ul></div>
<div class="main">
{inner}
</div>
<div class="footer"><p><a href="/about/index.html">关于我们</a> | <a href="/search">站内搜索</a> | <a href="/roll/index.html">滚动新闻</a></p><p>Copyright © 2024 新闻门户 版权所有</p></div>
<script>{stats_js("0a1b2c3d4e5f60718293a4b5c6d7e8f9")}</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _li(a: Art, fmt: str = "%m-%d %H:%M") -> str:
    return f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">{a.when.strftime(fmt)}</span></li>'


def home(site: Site5) -> tuple[bytes, str]:
    boxes = []
    for tpl, label in LABEL.items():
        arts = sorted(site.of(tpl), key=lambda a: a.when)[::-1][:6]
        items = "".join(
            f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a></li>' for a in arts
        )
        boxes.append(f'<div class="box"><h2>{label}</h2><ul>{items}</ul></div>')
    latest = sorted(site.arts, key=lambda a: a.when)[::-1][:10]
    focus = "".join(_li(a) for a in latest)
    inner = (
        f'<div class="focus"><h2>要闻</h2><ul>{focus}</ul><p class="more"><a href="/roll/index.html">更多滚动新闻&gt;&gt;</a></p></div>'
        + "".join(boxes)
        + '<div class="box"><h2>专栏</h2><ul><li><a href="/author/reporter/">财新记者专栏</a></li><li><a href="/zt/2024lianghui/index.html">2024全国两会</a></li><li><a href="/photo/index.html">图片频道</a></li></ul></div>'
    )
    return _frame(site, "新闻门户_首页", "home", inner)


def roll(site: Site5) -> tuple[bytes, str]:
    arts = sorted(site.arts, key=lambda a: a.when)[::-1]
    items = "\n".join(
        f'<li><span class="lm">[{LABEL[a.tpl]}]</span><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">{a.when:%Y-%m-%d %H:%M}</span></li>'
        for a in arts
    )
    inner = f'<div class="roll"><h1>滚动新闻</h1><ul class="rolllist">\n{items}\n</ul></div>'
    return _frame(site, "滚动新闻_新闻门户", "roll", inner)


def zhuanti(site: Site5) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt")
    picks = rng.sample(site.arts, 20)
    items = "".join(_li(a, "%Y-%m-%d") for a in picks)
    inner = f"""<div class="zt-banner"><img src="/zt/2024lianghui/images/banner.jpg" alt="2024全国两会" /></div>
<div class="zt-intro"><h1>2024全国两会</h1><p>2024年全国两会于3月4日、5日在北京开幕。本专题汇集各地代表委员的声音、政府工作报告解读和两会期间的经济、民生报道，持续更新。</p></div>
<div class="zt-list"><h2>最新报道</h2><ul>{items}</ul></div>"""
    return _frame(site, "2024全国两会_专题_新闻门户", "zt", inner)


def photo(site: Site5) -> tuple[bytes, str]:
    cells = []
    for a in site.arts:
        img = next((b for b in a.blocks if b.kind == "img"), None)
        if img is None:
            continue
        cells.append(
            f'<div class="pic-item"><a href="{a.path}" target="_blank"><img src="{img.src}" alt="{esc(a.title)}" /></a>'
            f'<p><a href="{a.path}" target="_blank">{esc(trunc(a.title, 18))}</a></p></div>'
        )
    inner = (
        f'<div class="photo-index"><h1>图片</h1><div class="pic-grid">{"".join(cells)}</div></div>'
    )
    return _frame(site, "图片频道_新闻门户", "photo", inner)


def about(site: Site5) -> tuple[bytes, str]:
    inner = """<div class="about"><h1>关于我们</h1>
<p>新闻门户是一家综合性新闻信息服务平台，汇聚时政、财经、社会、科技等领域的新闻资讯。</p>
<p>联系电话：010-12345678　　电子邮箱：service@portal.example</p>
<p>地址：北京市朝阳区某某路1号</p></div>"""
    return _frame(site, "关于我们_新闻门户", "about", inner)


def search(site: Site5, kw: str) -> tuple[bytes, str]:
    hits = [a for a in site.arts if kw and (kw in a.title or kw in a.body)][:15]
    if not hits and kw:
        hits = site.arts[::7][:8]
    items = "".join(
        f'<div class="result"><h3><a href="{a.path}" target="_blank">{esc(a.title)}</a></h3><p>{esc(trunc(a.body.split(chr(10))[0], 70))}</p><span class="src">{LABEL[a.tpl]} {a.when:%Y-%m-%d %H:%M}</span></div>'
        for a in hits
    )
    head = f"<p>找到约 {len(hits)} 条与“{esc(kw)}”相关的结果</p>" if kw else "<p>请输入关键词</p>"
    inner = f'<div class="search-page"><form action="/search" method="get"><input name="keyword" value="{esc(kw)}" /><button>搜索</button></form>{head}{items}</div>'
    return _frame(site, f"{kw}_搜索_新闻门户" if kw else "搜索_新闻门户", f"search-{kw}", inner)


def register(site: Site5) -> None:
    site.route("/", lambda: home(site))
    site.route("/roll/index.html", lambda: roll(site))
    site.route("/zt/2024lianghui/index.html", lambda: zhuanti(site))
    site.route("/photo/index.html", lambda: photo(site))
    site.route("/about/index.html", lambda: about(site))
    site.route("/search", lambda: search(site, ""))
    for kw in ("两会", "消费"):
        site.route(f"/search?keyword={kw}", lambda kw=kw: search(site, kw))  # type: ignore[misc]
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
