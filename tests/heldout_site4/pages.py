"""The site's other pages, in the county site's furniture: home, a 专题 page (intro + 20 links), 领导信息
(static prose, names, no date), 联系我们, search results, a video page, a site map, robots.txt."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from .common import esc
from .rongmei import frame

if TYPE_CHECKING:
    from .generator import Site4

LEADERS = [
    ("主任", "负责中心全面工作。分管办公室、总编室。"),
    ("副主任", "负责新闻采编、融媒体产品策划工作。分管新闻部、专题部。"),
    ("副主任", "负责广播电视技术、安全播出和网络安全工作。分管技术部、播出部。"),
    ("副主任", "负责经营管理、新媒体运营工作。分管新媒体部、经营部。"),
]
LEADER_NAMES = ["蒋卫东", "林晓燕", "钱国强", "孔德明"]


def home(site: Site4) -> tuple[bytes, str]:
    boxes = []
    for tpl, name, more in (
        ("rongmei", "本地新闻", "/xwzx/bdxw/index.html"),
        ("webplus", "东湖科大", "/main.htm"),
        ("discuz", "临江论坛", "/portal.php"),
        ("wpzh", "南山观察", "/blog/"),
        ("mobile", "临江晚报", "/m/"),
    ):
        arts = sorted(site.of(tpl), key=lambda a: a.when, reverse=True)[:4]
        lis = "".join(
            f'<li><a href="{a.path}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
            f"<span>{a.when:%m-%d}</span></li>"
            for a in arts
        )
        boxes.append(
            f'<div class="index-box"><div class="box-tit"><h3>{name}</h3>'
            f'<a href="{more}" class="more">更多&gt;&gt;</a></div><ul class="news-list">{lis}</ul></div>'
        )
    top = site.of("rongmei")[0]
    inner = f"""<div class="focus"><div class="focus-pic"><a href="{top.path}"><img src="/images/focus1.jpg" alt="" /></a></div>
<div class="headline"><h2><a href="{top.path}">{esc(top.title)}</a></h2><p>{esc(top.paras[0][:60])}……<a href="{top.path}">[详细]</a></p></div></div>
{"".join(boxes)}
<div class="index-box"><div class="box-tit"><h3>其他</h3></div><ul class="news-list">
<li><a href="/xwzx/xzdt/index.html">乡镇动态</a></li><li><a href="/1462/list.htm">学术动态</a></li>
<li><a href="/portal.php?mod=list&amp;catid=3">民生热点</a></li><li><a href="/m/list/shehui.html">社会</a></li>
<li><a href="/search.php?mod=portal">论坛搜索</a></li></ul></div>"""
    return frame(site, "首页", "首页", inner, "home")


def zhuanti(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("zt")
    picks = rng.sample(site.arts, 20)
    lis = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><span>{a.when:%Y-%m-%d}</span></li>'
        for a in picks
    )
    inner = f"""<div class="zt-banner"><img src="/zt/xczx2024/images/banner.jpg" alt="乡村振兴在桐岭" /></div>
<div class="zt-intro"><h2>乡村振兴在桐岭</h2>
<p>2024年，桐岭县深入学习运用“千万工程”经验，以产业兴旺为重点、以生态宜居为关键、以乡风文明为保障，扎实推进乡村全面振兴。本专题集中展示各乡镇、各部门的经验做法和一线故事。</p></div>
<div class="zt-list"><div class="box-tit"><h3>专题报道</h3></div><ul class="news-list">{lis}</ul></div>"""
    return frame(
        site, "乡村振兴在桐岭", '<a href="/zt/xczx2024/index.html">专题专栏</a>', inner, "zt"
    )


def leaders(site: Site4) -> tuple[bytes, str]:
    items = "".join(
        f'<div class="leader"><img src="/zwgk/ldxx/images/ld{k}.jpg" alt="" /><div class="ld-info">'
        f"<h3>{n}</h3><p>职务：{t}</p><p>工作分工：{d}</p></div></div>"
        for k, (n, (t, d)) in enumerate(zip(LEADER_NAMES, LEADERS, strict=True))
    )
    inner = f"""<div class="ld-page"><h2 class="ld-tit">领导信息</h2>
<div class="jggk"><h3>机构概况</h3><p>桐岭县融媒体中心为县委直属公益一类事业单位，机构规格为正科级，加挂桐岭县广播电视台牌子。中心内设办公室、总编室、新闻部、专题部、新媒体部、技术部、播出部、经营部8个部门，核定事业编制85名。</p>
<p>主要职责：贯彻落实党的宣传方针政策，负责全县重大主题宣传和新闻报道；负责“桐岭发布”微信公众号、“今日桐岭”客户端等新媒体平台的运营管理；负责县域广播电视节目的制作和安全播出；承担县委、县政府交办的其他任务。</p></div>
{items}</div>"""
    return frame(
        site, "领导信息", '<a href="/zwgk/ldxx/index.html">政务公开</a> &gt; 领导信息', inner, "ld"
    )


def contact(site: Site4) -> tuple[bytes, str]:
    inner = """<div class="contact"><h2>联系我们</h2>
<p>单位名称：桐岭县融媒体中心</p><p>地址：桐岭县龙泉街道人民路88号</p><p>邮编：311300</p>
<p>办公室电话：0571-6512 3456　新闻热线：0571-6512 3411</p><p>投稿邮箱：tlrmtzx@tongling-rm.example</p>
<p>工作时间：周一至周五 上午8:30-12:00，下午14:30-17:30（法定节假日除外）</p>
<div class="map"><img src="/lxwm/images/map.jpg" alt="地图" /></div></div>"""
    return frame(site, "联系我们", "联系我们", inner, "lx")


def search(site: Site4, kw: str) -> tuple[bytes, str]:
    hits = [a for a in site.of("rongmei") if any(c in a.title for c in kw)][:10]
    lis = "".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><p>{esc(a.paras[0][:80])}…</p>'
        f'<span class="url">{a.path}</span><span class="date">{a.when:%Y-%m-%d}</span></li>'
        for a in hits
    )
    inner = f"""<div class="search-result"><div class="s-form"><form action="/search.html"><input name="keyword" value="{esc(kw)}" /><input type="submit" value="搜索" /></form></div>
<p class="s-count">共找到 <em>{len(hits)}</em> 条与“{esc(kw)}”相关的结果</p><ul>{lis}</ul></div>"""
    return frame(site, "搜索结果", "搜索", inner, f"s{kw}")


def video(site: Site4) -> tuple[bytes, str]:
    inner = """<div class="video-page"><h1 class="v-title">航拍桐岭：春到茶山</h1>
<div class="player"><div id="player1"></div>
<script type="text/javascript" src="/images/ckplayer/ckplayer.js"></script>
<script type="text/javascript">var videoObject = {container: '#player1', variable: 'player', autoplay: false, video: '/xwzx/sp/202403/W020240320512345678901.mp4'}; var player = new ckplayer(videoObject);</script></div>
<p class="v-desc">春分时节，桐岭县青石镇万亩茶园吐露新芽。</p></div>"""
    return frame(
        site, "航拍桐岭：春到茶山", '<a href="/xwzx/">新闻中心</a> &gt; 视频桐岭', inner, "v"
    )


def sitemap(site: Site4) -> tuple[bytes, str]:
    links = [
        ("首页", "/"),
        ("新闻中心", "/xwzx/"),
        ("本地新闻", "/xwzx/bdxw/index.html"),
        ("乡镇动态", "/xwzx/xzdt/index.html"),
        ("专题专栏", "/zt/xczx2024/index.html"),
        ("领导信息", "/zwgk/ldxx/index.html"),
        ("联系我们", "/lxwm/index.html"),
        ("东湖科大新闻网", "/main.htm"),
        ("临江论坛", "/portal.php"),
        ("南山观察", "/blog/"),
        ("临江晚报手机版", "/m/"),
    ]
    inner = (
        '<div class="sitemap"><h2>网站地图</h2><ul>'
        + "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in links)
        + "</ul></div>"
    )
    return frame(site, "网站地图", "网站地图", inner, "sm")


def register(site: Site4) -> None:
    site.route("/", lambda: home(site))
    site.route("/zt/xczx2024/index.html", lambda: zhuanti(site))
    site.route("/zwgk/ldxx/index.html", lambda: leaders(site))
    site.route("/lxwm/index.html", lambda: contact(site))
    site.route("/sitemap.html", lambda: sitemap(site))
    site.route("/xwzx/sp/202403/t20240320_3125561.html", lambda: video(site))
    for kw in ("春耕", "乡村振兴"):
        site.route(f"/search.html?keyword={kw}", lambda kw=kw: search(site, kw))  # type: ignore[misc]
    site.route("/search.html", lambda: search(site, ""))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
