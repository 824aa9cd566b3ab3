"""Site 34's non-article pages: the home page, each portal's list with its own pagination (新浪
``index_2.shtml``, 网易 ``sportsgd_02.html``, 懂球帝 ``?page=2``, 搜狐 ``?page=2``, 央视
``index_2.shtml``), two 图文直播 pages, three data pages (积分榜, 赛程), two 图集 pages, a 赛事专题,
a tag page, 懂球帝 user pages, search, about and contact pages."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes

from .common import css, encode, esc, filler_js, page_rng, stats_js, trunc
from .pools import CSL, names
from .templates import DATA, GALLERY, LABELS, LISTS, LIVE, SEARCH, ZT, uid

if TYPE_CHECKING:
    from .generator import Site34

PER = 6
TAG = "/tag/1024.html"
PLAIN = {
    "/about.html": ("关于我们", "本站汇集体育与娱乐资讯，提供赛事新闻、比分直播、数据和明星动态。"),
    "/contact.html": (
        "联系我们",
        "新闻热线：010-62675000　广告合作：ad@example.cn　违法和不良信息举报：010-62675637",
    ),
    SEARCH: ("搜索", "请输入关键词，例如：中超、CBA、欧洲杯。"),
}


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<li><h3><a href="{b.path}" target="_blank">{esc(b.title)}</a></h3><p>{esc(trunc(b.body.replace(chr(10), ""), 60))}</p><span class="date">{b.when:%Y-%m-%d %H:%M}</span></li>'
        for b in arts
    )


def _page(site: Site34, key: str, title: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pool = [a for a in site.arts if not a.x.get("old")]
    side = "".join(
        f'<li><a href="{b.path}">{esc(trunc(b.title, 20))}</a></li>' for b in rng.sample(pool, 10)
    )
    nav = "".join(f'<a href="{LISTS[t][0]}">{n}</a>' for t, n in LABELS.items())
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)}</title>\n'
        f"<style>{css(rng, 'pg', 400)}</style>\n<script>{filler_js(rng, 'portal', 70)}</script>\n<script>{stats_js('pg' + key)}</script>\n</head>\n<body>\n"
        f'<div class="header"><a href="/" class="logo">体育娱乐门户</a><div class="nav"><a href="/">首页</a>{nav}'
        f'<a href="{LIVE["sina"]}">直播</a><a href="{DATA["table"]}">积分榜</a><a href="{DATA["schedule"]}">赛程</a><a href="{ZT}">赛事专题</a><a href="{SEARCH}">搜索</a></div></div>\n'
        f'<div class="wrap"><div class="main">{inner}</div><div class="side"><h3>热门推荐</h3><ul>{side}</ul></div></div>\n'
        f'<div class="footer"><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a><p>版权所有　京ICP备00000000号</p></div>\n</body>\n</html>\n'
    )
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def home(site: Site34) -> tuple[bytes, str]:
    boxes = "".join(home_boxes(site, dict(LABELS), "头条", 14, 8, "%m-%d"))
    more = "".join(f'<a href="{LISTS[t][0]}">{n}更多 &gt;&gt;</a> ' for t, n in LABELS.items())
    extra = " ".join(
        f'<a href="{p}">{n}</a>'
        for p, n in [
            (LIVE["sina"], "图文直播：中超第12轮"),
            (LIVE["wy"], "网易直播间"),
            (DATA["standings"], "中超积分榜（网易）"),
            (GALLERY["sina"], "高清图集"),
            (GALLERY["sohu"], "组图：明星街拍"),
            (TAG, "标签：中超"),
            ("/about.html", "关于我们"),
        ]
    )
    return _page(
        site,
        "/",
        "体育娱乐门户 首页",
        f"{boxes}<div class='more'>{more}</div><div class='links'>{extra}</div>",
    )


def _pager(tpl: str, p: int, pages: int, total: int) -> str:
    links = " ".join(f'<a href="{LISTS[tpl][k]}">{k + 1}</a>' for k in range(pages))
    nxt = f'<a href="{LISTS[tpl][min(p, pages - 1)]}">下一页</a>'
    prv = f'<a href="{LISTS[tpl][max(p - 2, 0)]}">上一页</a>'
    if tpl == "sina":
        return f'<div class="pagebox"><span class="pagebox_pre">{prv}</span>{links}<span class="pagebox_next">{nxt}</span></div>'
    if tpl == "wy":
        return f'<div class="list_page">{prv} {links} {nxt} <span>共{total}条</span></div>'
    if tpl == "dqd":
        return f'<div class="pagination"><a class="load-more" href="{LISTS[tpl][min(p, pages - 1)]}">加载更多</a></div>'
    if tpl == "sohu":
        return f'<div class="more-load">{links} <a href="{LISTS[tpl][min(p, pages - 1)]}">查看更多</a></div>'
    return f'<div class="page"><script>createPageHTML({pages},{p - 1},"index","shtml");</script>{prv} {links} {nxt}</div>'


def listing(site: Site34, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest(site.of(tpl))
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(p - 1) * PER : p * PER]
    inner = f"<h2>{LABELS[tpl]}</h2><ul class='list'>{_items(chunk)}</ul>{_pager(tpl, p, pages, len(arts))}"
    return _page(site, LISTS[tpl][p - 1], f"{LABELS[tpl]}_第{p}页", inner)


def live(site: Site34, key: str, tpl: str) -> tuple[bytes, str]:
    """A 图文直播 room: timestamped live entries, newest first; no article."""
    rng = page_rng(site.seed, key)
    home_t, away_t = rng.sample(CSL, 2)
    players = names(rng, 8)
    lines = [
        "比赛结束！",
        f"第{{m}}分钟，{home_t}获得前场任意球，{players[0]}主罚被人墙挡出。",
        f"第{{m}}分钟，换人：{away_t}{players[1]}下，{players[2]}上。",
        f"第{{m}}分钟，进球！{players[3]}禁区内推射破门！",
        f"第{{m}}分钟，{players[4]}吃到黄牌。",
        f"第{{m}}分钟，{away_t}角球，{players[5]}头球攻门偏出。",
        "中场休息。",
        f"第{{m}}分钟，{players[6]}远射被门将扑出。",
        "比赛开始！",
    ]
    entries = "".join(
        f'<li class="live-item"><span class="live-time">{21 - k // 4}:{59 - k * 6 % 60:02d}</span><span class="live-min">{90 - k * 10}\'</span><p class="live-text">{esc(t.format(m=90 - k * 10))}</p><span class="live-user">主持人</span></li>'
        for k, t in enumerate(lines)
    )
    inner = (
        f'<div class="live-head"><h1>{home_t} vs {away_t} 图文直播</h1><div class="score"><span>{home_t}</span><em>{rng.randint(0, 3)} - {rng.randint(0, 3)}</em><span>{away_t}</span></div><p>中超第12轮　2024-05-08 19:35　状态：已结束</p></div>'
        f'<ul class="live-list">{entries}</ul><div class="live-tabs"><a href="{DATA["table"]}">积分榜</a> <a href="{DATA["schedule"]}">赛程</a> <a href="{LISTS[tpl][0]}">新闻</a></div>'
    )
    return _page(site, key, f"{home_t}vs{away_t}_图文直播", inner)


def data(site: Site34, key: str, kind: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    teams = rng.sample(CSL, len(CSL))
    if kind in ("table", "standings"):
        rows = "".join(
            f"<tr><td>{k}</td><td>{t}</td><td>12</td><td>{9 - k // 2}</td><td>{k % 4}</td><td>{k // 3}</td><td>{30 - k * 2}</td></tr>"
            for k, t in enumerate(teams, 1)
        )
        inner = f'<h1>2024中超积分榜</h1><table class="data-table"><tr><th>排名</th><th>球队</th><th>场次</th><th>胜</th><th>平</th><th>负</th><th>积分</th></tr>{rows}</table><p><a href="{DATA["schedule"]}">赛程</a></p>'
        title = "2024中超积分榜"
    else:
        rows = "".join(
            f"<tr><td>第{13 + k // 6}轮</td><td>2024-05-{11 + k // 3:02d} {19 + k % 2}:35</td><td>{teams[k * 2 % 12]}</td><td>VS</td><td>{teams[(k * 2 + 1) % 12]}</td><td>未开赛</td></tr>"
            for k in range(12)
        )
        inner = f'<h1>2024中超赛程</h1><table class="data-table"><tr><th>轮次</th><th>时间</th><th>主队</th><th></th><th>客队</th><th>状态</th></tr>{rows}</table><p><a href="{DATA["table"]}">积分榜</a></p>'
        title = "2024中超赛程"
    return _page(site, key, title, inner)


def gallery(site: Site34, key: str, tpl: str) -> tuple[bytes, str]:
    """A 图集 slide show: one picture per slide with its caption; no article (see the docstring)."""
    rng = page_rng(site.seed, key)
    arts = [a for a in site.of(tpl) if not a.x.get("old")]
    shots = [b for a in arts for b in a.blocks if b.kind == "img"][:8]
    slides = "".join(
        f'<div class="swp-item" data-index="{k}"><img src="{b.src}"><div class="swp-desc"><span class="num">{k + 1}/{len(shots)}</span>{esc(b.text)}</div></div>'
        for k, b in enumerate(shots)
    )
    thumbs = "".join(
        f'<a href="#p={k + 1}"><img src="{b.src}" width="80"></a>' for k, b in enumerate(shots)
    )
    rel = "".join(
        f'<li><a href="{a.path}">{esc(trunc(a.title, 18))}</a></li>' for a in rng.sample(arts, 4)
    )
    title = "高清图集：中超第12轮精彩瞬间" if tpl == "sina" else "组图：明星街拍合集"
    inner = f'<div class="slide-wrap"><h1>{title}</h1><p class="swp-time">2024-05-08</p>{slides}<div class="swp-thumbs">{thumbs}</div><div class="swp-more"><h3>更多图集</h3><ul>{rel}</ul></div></div>'
    return _page(site, key, title, inner)


def special(site: Site34) -> tuple[bytes, str]:
    rng = page_rng(site.seed, ZT)
    arts = _latest(
        rng.sample([a for a in site.arts if a.tpl in ("cctv", "dqd") and not a.x.get("old")], 8)
    )
    inner = f"<h1>2024欧洲杯</h1><div class='intro'>2024年欧洲杯将于6月14日至7月14日在德国举行。</div><div class='zt-nav'><a href='{DATA['schedule']}'>赛程</a> <a href='{DATA['table']}'>积分</a></div><ul class='list'>{_items(arts)}</ul>"
    return _page(site, ZT, "2024欧洲杯_赛事专题", inner)


def tag(site: Site34) -> tuple[bytes, str]:
    arts = _latest([a for a in site.arts if a.tpl in ("sina", "wy") and not a.x.get("old")])
    return _page(site, TAG, "中超_标签", f"<h1>标签：中超</h1><ul class='list'>{_items(arts)}</ul>")


def user(site: Site34, handle: str) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("dqd") if handle in a.authors])
    inner = f"<div class='user-head'><img src='/avatar/{uid(handle)}.png'><h1>{esc(handle)}</h1><p>懂球号作者　发布文章 {len(arts)} 篇</p></div><ul class='list'>{_items(arts)}</ul>"
    return _page(site, f"/user/{uid(handle)}", f"{handle}的懂球号", inner)


def plain(site: Site34, path: str) -> tuple[bytes, str]:
    title, text = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2><p>{text}</p>")


def register(site: Site34) -> None:
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    for tpl, path in LIVE.items():
        site.route(path, partial(live, site, path, tpl))
    for kind, path in DATA.items():
        site.route(path, partial(data, site, path, kind))
    for tpl, path in GALLERY.items():
        site.route(path, partial(gallery, site, path, tpl))
    site.route(ZT, lambda: special(site))
    site.route(TAG, lambda: tag(site))
    for handle in sorted({h for a in site.of("dqd") for h in a.authors}):
        site.route(f"/user/{uid(handle)}", partial(user, site, handle))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
