"""Site 65's pages that are no article: the home page, section lists with pagination, a 文字直播
page, the 比分/赛程 page, the 图集 index, team pages, a 专题, a tag page, search, video list and
about/contact pages — each of the kind a Chinese sports portal has."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from heldout import Art
from heldout_gen import home_boxes

from .common import esc, page_rng, served
from .templates import footer, head_common, latest, li, nav

if TYPE_CHECKING:
    from .generator import Site65

PER = 10
SECTIONS = {
    "nba": ("NBA", ("xl", "hp")),
    "cba": ("CBA", ("qq",)),
    "zuqiu": ("足球", ("zb",)),
    "ent": ("娱乐", ("yl",)),
}


def shell(site: Site65, key: str, title: str, main: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}_体坛资讯网</title>
{head_common(rng, "list", 260, 30)}
</head><body><div class="header">{nav()}</div>
<div class="main"><h1 class="page-title">{esc(title)}</h1>
{main}
</div>{footer(2024)}</body></html>"""
    return served(page)


def ul(arts: list[Art], fmt: str = "%Y-%m-%d %H:%M") -> str:
    return '<ul class="news-list">' + "".join(li(a, fmt) for a in arts) + "</ul>"


def home(site: Site65) -> tuple[bytes, str]:
    boxes = home_boxes(
        site, {"xl": "NBA", "qq": "CBA·综合", "hp": "篮球新闻", "zb": "足球", "yl": "娱乐"}
    )
    links = '<div class="quick"><a href="/zhibo/">文字直播</a> <a href="/score/">比分赛程</a> <a href="/photo/">图集</a> <a href="/video/">视频</a> <a href="/zt/2024playoffs/">季后赛专题</a> <a href="/tag/jihousai/">季后赛</a> <a href="/search/?q=nba">搜索</a> <a href="/about/">关于我们</a></div>'
    return shell(site, "/", "体坛资讯网 - 体育新闻 娱乐资讯", links + "\n".join(boxes))


def section(site: Site65, sec: str, page: int) -> tuple[bytes, str]:
    label, tpls = SECTIONS[sec]
    arts = latest([a for a in site.arts if a.tpl in tpls])
    pages = (len(arts) + PER - 1) // PER
    chunk = arts[(page - 1) * PER : page * PER]
    pager = " ".join(
        f'<a href="/{sec}/?page={k}">{k}</a>' if k != page else f"<span>{k}</span>"
        for k in range(1, pages + 1)
    )
    return shell(
        site, f"/{sec}/{page}", f"{label}新闻", ul(chunk) + f'<div class="pager">{pager}</div>'
    )


def zhibo(site: Site65) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zhibo")
    lines = []
    score_a = score_b = 0
    for k in range(80):
        score_a += rng.choice([0, 2, 3])
        score_b += rng.choice([0, 2, 2, 3])
        q = 1 + k // 20
        lines.append(
            f'<tr><td class="q">第{q}节</td><td class="time">{11 - (k % 20) // 2}:{rng.randint(10, 59)}</td><td class="team">{rng.choice(["雷霆", "独行侠"])}</td><td class="event">{rng.choice(["亚历山大 两分跳投命中", "东契奇 三分不中", "欧文 突破上篮得手", "霍姆格伦 防守篮板", "东契奇 助攻 华盛顿 扣篮", "杰伦威廉姆斯 罚球命中"])}</td><td class="score">{score_a}-{score_b}</td></tr>'
        )
    main = f'<div class="live-head"><span>雷霆 {score_a}</span> : <span>{score_b} 独行侠</span><span class="state">第四节 已结束</span></div><table class="live-table">{"".join(lines)}</table>'
    return shell(site, "/zhibo/", "NBA季后赛 雷霆vs独行侠 文字直播", main)


def score(site: Site65) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "score")
    teams = [
        "湖人",
        "勇士",
        "凯尔特人",
        "掘金",
        "尼克斯",
        "森林狼",
        "独行侠",
        "雷霆",
        "步行者",
        "骑士",
    ]
    rows = "".join(
        f'<tr><td>05-{d:02d} {rng.randint(7, 10)}:30</td><td>{a}</td><td>{rng.randint(90, 130)}-{rng.randint(90, 130)}</td><td>{b}</td><td><a href="/zhibo/">文字</a> <a href="/video/">集锦</a></td></tr>'
        for d in range(1, 21)
        for a, b in [rng.sample(teams, 2)]
    )
    return shell(
        site,
        "/score/",
        "NBA比分赛程",
        f'<table class="schedule"><tr><th>时间</th><th>主队</th><th>比分</th><th>客队</th><th>直播</th></tr>{rows}</table>',
    )


def photo(site: Site65) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "photo")
    items = "".join(
        f'<li><a href="/photo/"><img src="/img/gallery/{rng.getrandbits(40):010x}.jpg" alt=""><p>{esc(t)}</p><span>{rng.randint(6, 30)}张</span></a></li>'
        for t in [
            "高清：雷霆主场迎战独行侠",
            "组图：湖人球员训练备战",
            "中超第12轮精彩瞬间",
            "欧冠半决赛赛前发布会",
            "明星红毯造型合集",
            "CBA总决赛颁奖典礼",
            "高清：皇马夺冠庆祝",
            "组图：球迷观赛百态",
        ]
    )
    return shell(site, "/photo/", "图集", f'<ul class="gallery">{items}</ul>')


def team(site: Site65, slug: str, name: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, slug)
    roster = "".join(
        f"<tr><td>{rng.randint(0, 45)}</td><td>{p}</td><td>{rng.choice(['后卫', '前锋', '中锋'])}</td><td>{rng.randint(5, 30)}.{rng.randint(0, 9)}</td></tr>"
        for p in ["詹姆斯", "戴维斯", "里夫斯", "拉塞尔", "八村塁", "范德比尔特"]
    )
    news = ul(latest([a for a in site.arts if a.tpl in ("xl", "hp")])[:8], "%m-%d")
    main = f'<div class="team-info"><p>球队：{name}　主场：{rng.choice(["加密网体育馆", "大通中心"])}　战绩：{rng.randint(40, 60)}胜{rng.randint(22, 42)}负</p></div><table class="roster"><tr><th>号码</th><th>球员</th><th>位置</th><th>场均得分</th></tr>{roster}</table><h2>球队新闻</h2>{news}'
    return shell(site, f"/team/{slug}/", f"{name}球队资料", main)


def zt(site: Site65) -> tuple[bytes, str]:
    a = latest(site.of("xl"))[:6]
    b = latest(site.of("hp"))[:6]
    main = f'<div class="zt-banner"><img src="/img/zt/playoffs2024.jpg" alt="2024NBA季后赛"></div><div class="zt-box"><h2>焦点战报</h2>{ul(a)}</div><div class="zt-box"><h2>交易动态</h2>{ul(b)}</div><div class="zt-box"><h2>赛程</h2><a href="/score/">查看完整赛程</a></div>'
    return shell(site, "/zt/", "2024NBA季后赛专题", main)


def tag(site: Site65) -> tuple[bytes, str]:
    arts = latest(
        [
            a
            for a in site.arts
            if a.x["ctx"]["topic"] in ("季后赛", "抢七大战", "西部半决赛", "东部半决赛")
        ]
    )
    return shell(site, "/tag/", "标签：季后赛", ul(arts[:15]))


def search(site: Site65) -> tuple[bytes, str]:
    arts = latest(site.of("xl") + site.of("hp"))[:10]
    return shell(
        site,
        "/search/",
        "搜索结果：nba",
        f'<form action="/search/"><input name="q" value="nba"><button>搜索</button></form><p>找到相关结果约{len(arts)}条</p>{ul(arts)}',
    )


def video(site: Site65) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    items = "".join(
        f'<li><a href="/video/"><img src="/img/video/{rng.getrandbits(40):010x}.jpg" alt=""><p>{esc(t)}</p><span class="dur">0{rng.randint(1, 9)}:{rng.randint(10, 59)}</span></a></li>'
        for t in [
            "季后赛十佳球",
            "约基奇三双集锦",
            "欧冠进球集锦",
            "中超第12轮全部进球",
            "东契奇绝杀回放",
            "娱乐快讯：新剧定档",
        ]
    )
    return shell(site, "/video/", "视频", f'<ul class="video-list">{items}</ul>')


def about(site: Site65, key: str, title: str, text: str) -> tuple[bytes, str]:
    return shell(
        site,
        key,
        title,
        f'<div class="about">{text}</div><p><a href="/about/">关于我们</a> <a href="/about/contact.html">联系我们</a> <a href="/about/jobs.html">招聘信息</a></p>',
    )


def register(site: Site65) -> None:
    r: dict[str, Callable[[], tuple[bytes, str]]] = {
        "/": lambda: home(site),
        "/zhibo/": lambda: zhibo(site),
        "/score/": lambda: score(site),
        "/photo/": lambda: photo(site),
        "/video/": lambda: video(site),
        "/team/lakers/": lambda: team(site, "lakers", "洛杉矶湖人"),
        "/team/warriors/": lambda: team(site, "warriors", "金州勇士"),
        "/zt/2024playoffs/": lambda: zt(site),
        "/tag/jihousai/": lambda: tag(site),
        "/search/?q=nba": lambda: search(site),
        "/about/": lambda: about(
            site,
            "/about/",
            "关于我们",
            "<p>体坛资讯网是一家综合性体育娱乐资讯网站，提供NBA、CBA、足球、娱乐等新闻资讯。</p>",
        ),
        "/about/contact.html": lambda: about(
            site,
            "/about/contact.html",
            "联系我们",
            "<p>地址：北京市朝阳区某某大厦　电话：010-00000000　邮箱：service@example.com</p>",
        ),
        "/about/jobs.html": lambda: about(
            site,
            "/about/jobs.html",
            "招聘信息",
            "<p>体育编辑、视频剪辑、产品经理若干名，欢迎投递简历。</p>",
        ),
    }
    for sec, (_, tpls) in SECTIONS.items():
        n = len([a for a in site.arts if a.tpl in tpls])
        r[f"/{sec}/"] = lambda sec=sec: section(site, sec, 1)
        for k in range(1, (n + PER - 1) // PER + 1):
            r[f"/{sec}/?page={k}"] = lambda sec=sec, k=k: section(site, sec, k)
    for path, fn in r.items():
        site.route(path, fn)
