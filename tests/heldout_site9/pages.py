"""The portal's other pages, in GBK: home, 新闻中心 and its two columns with ``index_2.html``
pagination, a 文明城市创建 专题, search results, 联系我们, 领导之窗, a May 2024 calendar (往期回顾)
with a page per day, a video list and robots.txt. (The Big5 mirror's home and listing are in
big5.py, the 客户端 list in wx.py.)"""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING

from heldout import Art
from heldout_site7.common import encode, esc, page_rng, trunc

from .gbk import CT, FOOT, SITE, head

if TYPE_CHECKING:
    from .generator import Site9


def _page(site: Site9, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    wrapped = f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" style="padding:10px">{inner}</td></tr></table>'
    return encode(head(title, rng) + wrapped + FOOT, "gbk"), CT


def _li(a: Art) -> str:
    return f'<tr><td height="28">·<a href="{a.path}" target="_blank">{esc(a.title)}</a></td><td width="100"><font color="#999999" style="font-size:12px">{a.when:%Y-%m-%d}</font></td></tr>'


def _latest(site: Site9) -> list[Art]:
    return sorted(site.arts, key=lambda a: a.when)[::-1]


def home(site: Site9) -> tuple[bytes, str]:
    latest = [a for a in _latest(site) if a.tpl != "big5"]
    boxes = [
        f'<table width="100%"><tr><td><font color="#B20000" size="4"><b>头条新闻</b></font></td></tr></table><table width="100%">{"".join(_li(a) for a in latest[:12])}</table>'
    ]
    for col, name in (("szyw", "时政要闻"), ("bdxw", "本地新闻")):
        arts = [a for a in latest if a.tpl == "gbk" and a.x["col"] == col][:6]
        boxes.append(
            f'<table width="100%"><tr><td><b>{name}</b>　<a href="/xwzx/{col}/index.html">更多&gt;&gt;</a></td></tr>{"".join(_li(a) for a in arts)}</table>'
        )
    wx = [a for a in latest if a.tpl == "wx"][:6]
    boxes.append(
        f'<table width="100%"><tr><td><b>临江发布</b>　<a href="/h5/index.html">更多&gt;&gt;</a></td></tr>{"".join(_li(a) for a in wx)}</table>'
    )
    b5 = [a for a in latest if a.tpl == "big5"][:4]
    boxes.append(
        f'<table width="100%"><tr><td><b>繁體版</b>　<a href="/big5/index.html">進入&gt;&gt;</a></td></tr>{"".join(_li(a) for a in b5)}</table>'
    )
    return _page(site, f"{SITE}_临江市融媒体中心主办", "home", "".join(boxes))


def column(site: Site9, col: str | None, n: int) -> tuple[bytes, str]:
    names = {"bdxw": "本地新闻", "szyw": "时政要闻", None: "新闻中心"}
    arts = [a for a in _latest(site) if a.tpl == "gbk" and (col is None or a.x["col"] == col)]
    if col is None:
        arts += [a for a in _latest(site) if a.tpl == "wx"][:5]
    per = 5 if col else 10
    part = arts[(n - 1) * per : n * per]
    base = f"/xwzx/{col}" if col else "/xwzx"
    pager = f'<a href="{base}/index.html">首页</a> <a href="{base}/index.html">1</a> <a href="{base}/index_2.html">2</a> <a href="{base}/index_2.html">下一页</a> <a href="{base}/index_2.html">尾页</a>'
    inner = f'<table width="100%"><tr><td height="36" style="border-bottom:2px solid #B20000"><font size="4"><b>{names[col]}</b></font></td></tr></table><table width="100%">{"".join(_li(a) for a in part)}</table><p align="center"><font style="font-size:12px">共{len(arts)}条记录 第{n}/2页 {pager}</font></p>'
    return _page(site, f"{names[col]}_{SITE}", f"col-{col}-{n}", inner)


def zhuanti(site: Site9) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "zt")
    picks = rng.sample(site.of("gbk") + site.of("wx"), 14)
    inner = f"""<p align="center"><img src="/zt/2024/wmcs/images/banner.jpg" width="980" height="200" alt="全力创建全国文明城市"></p>
<table width="100%"><tr><td><font size="5" color="#B20000"><b>全力创建全国文明城市</b></font></td></tr>
<tr><td><font style="font-size:14px">文明城市创建，人人都是主角。本专题集中展示我市文明城市创建工作中的新举措、新成效、新风貌，欢迎广大市民踊跃参与、积极建言。</font></td></tr></table>
<table width="100%"><tr><td><b>创建动态</b></td></tr>{"".join(_li(a) for a in picks[:8])}</table>
<table width="100%"><tr><td><b>文明实践</b></td></tr>{"".join(_li(a) for a in picks[8:])}</table>"""
    return _page(site, f"全力创建全国文明城市_专题_{SITE}", "zt", inner)


def search(site: Site9) -> tuple[bytes, str]:
    hits = [a for a in site.arts if a.tpl != "big5" and ("我市" in a.title or "临江" in a.body)][
        :12
    ]
    rows = "".join(
        f'<tr><td style="padding:8px 0"><a href="{a.path}" target="_blank"><font size="3">{esc(a.title)}</font></a><br><font style="font-size:13px" color="#666666">{esc(trunc(a.paras[0], 80))}</font><br><font color="#008000" style="font-size:12px">{a.when:%Y-%m-%d}</font></td></tr>'
        for a in hits
    )
    inner = f'<form action="/search/search.jsp" method="get"><input name="q" value="临江"><input type="submit" value="搜索"></form><p>共找到 {len(hits)} 条相关结果</p><table width="100%">{rows}</table>'
    return _page(site, f"站内搜索_{SITE}", "search", inner)


def about(site: Site9) -> tuple[bytes, str]:
    inner = """<table width="100%"><tr><td><font size="4"><b>联系我们</b></font></td></tr>
<tr><td style="line-height:30px"><p>临江新闻网由中共临江市委宣传部主管、临江市融媒体中心（临江日报社）主办，是经批准的市级重点新闻网站。</p>
<p>新闻热线：0799-1234567　　广告热线：0799-7654321</p><p>投稿邮箱：tougao@ljnews.example</p><p>地址：临江市人民路88号融媒体大厦　邮编：337000</p>
<p>违法和不良信息举报电话：0799-1230000　举报邮箱：jubao@ljnews.example</p></td></tr></table>"""
    return _page(site, f"联系我们_{SITE}", "about", inner)


def leaders(site: Site9) -> tuple[bytes, str]:
    rows = "".join(
        f'<tr><td width="120" align="center"><img src="/ldzc/images/{k}.jpg" width="100" height="130"></td><td style="line-height:26px"><b>{name}</b><br>{post}<br>{duty}</td></tr>'
        for k, (name, post, duty) in enumerate(
            [
                ("王建国", "市委书记", "主持市委全面工作。"),
                ("李国平", "市委副书记、市长", "主持市政府全面工作。"),
                ("陈红梅", "市委常委、宣传部部长", "负责宣传思想文化工作。"),
                ("赵志远", "副市长", "负责城乡建设、交通运输等方面工作。"),
            ]
        )
    )
    inner = f'<table width="100%"><tr><td colspan="2"><font size="4"><b>领导之窗</b></font></td></tr>{rows}</table>'
    return _page(site, f"领导之窗_{SITE}", "ldzc", inner)


def calendar(site: Site9) -> tuple[bytes, str]:
    days = {a.when.day for a in site.arts if a.tpl == "gbk"}
    cells = []
    for d in range(1, 32):
        cell = f'<a href="/archive/2024-05-{d:02d}.html">{d}</a>' if d in days else str(d)
        cells.append(f'<td align="center" width="40" height="30">{cell}</td>')
    rows = "".join("<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, 31, 7))
    inner = f'<table width="100%"><tr><td><font size="4"><b>往期回顾　2024年5月</b></font></td></tr></table><table border="1" cellspacing="0" bordercolor="#DDDDDD"><tr><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td><td>日</td></tr>{rows}</table>'
    return _page(site, f"往期回顾_{SITE}", "cal", inner)


def day(site: Site9, d: int) -> tuple[bytes, str]:
    arts = [a for a in site.of("gbk") if a.when.day == d]
    inner = f'<table width="100%"><tr><td><font size="4"><b>2024年5月{d}日</b></font>　<a href="/archive/2024-05.html">返回日历</a></td></tr>{"".join(_li(a) for a in arts)}</table>'
    return _page(site, f"2024年5月{d}日_往期回顾_{SITE}", f"day-{d}", inner)


def video(site: Site9) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "video")
    cells = "".join(
        f'<td align="center" width="240"><a href="{a.path}"><img src="/video/cover/{k}.jpg" width="220" height="124" border="0"></a><br><a href="{a.path}">{esc(trunc(a.title, 16))}</a><br><font color="#999999" style="font-size:12px">{rng.randint(1, 9)}:{rng.randint(10, 59)}</font></td>'
        + ("</tr><tr>" if k % 4 == 3 else "")
        for k, a in enumerate(rng.sample(site.of("gbk") + site.of("wx"), 12))
    )
    inner = f'<table width="100%"><tr><td><font size="4"><b>临江视频</b></font></td></tr></table><table width="100%"><tr>{cells}</tr></table>'
    return _page(site, f"视频_{SITE}", "video", inner)


def register(site: Site9) -> None:
    site.route("/", lambda: home(site))
    site.route("/xwzx/index.html", lambda: column(site, None, 1))
    site.route("/xwzx/index_2.html", lambda: column(site, None, 2))
    for col in ("bdxw", "szyw"):
        site.route(f"/xwzx/{col}/index.html", lambda col=col: column(site, col, 1))  # type: ignore[misc]
        site.route(f"/xwzx/{col}/index_2.html", lambda col=col: column(site, col, 2))  # type: ignore[misc]
    site.route("/zt/2024/wmcs/index.html", lambda: zhuanti(site))
    site.route("/search/search.jsp?q=临江", lambda: search(site))
    site.route("/about/lxwm.html", lambda: about(site))
    site.route("/ldzc/index.html", lambda: leaders(site))
    site.route("/archive/2024-05.html", lambda: calendar(site))
    for d in sorted({a.when.day for a in site.of("gbk")}):
        site.route(f"/archive/2024-05-{d:02d}.html", lambda d=d: day(site, d))  # type: ignore[misc]
    site.route("/video/index.html", lambda: video(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
