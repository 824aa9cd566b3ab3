"""Site 37's article pages: 臺北市政府 (``News_Content.aspx``, old 2019 table pages), 新北市政府
(``home.jsp``, features with 文／攝影 credits, old 2021 pages), 高雄市政府 新聞稿 and English
mirror pages, 嘉義縣政府 (Big5 ASP, old 2021 pages) and 魚池鄉公所 (a tiny PHP CMS)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, encode, esc, filler_js, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site37

LISTS = {
    "taipei": [
        "/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6",
        "/News.aspx?n=F0DDAF49B89E9413&sms=72544237BBE4C5F6&page=2&PageSize=10",
    ],
    "ntpc": [
        "/ch/home.jsp?id=e8ca970cde5c00e1&parentpath=0,1",
        "/ch/home.jsp?id=e8ca970cde5c00e1&parentpath=0,1&page=2",
    ],
    "kcg": ["/News_Release/List.aspx", "/News_Release/List.aspx?Page=2&PageSize=5"],
    "county": ["/news/news.asp?type=1", "/news/news.asp?type=1&page=2"],
    "district": [
        "/index.php?option=module&lang=cht&task=showlist&id=12&index=1",
        "/index.php?option=module&lang=cht&task=showlist&id=12&index=1&page=2",
    ],
}
PER = {"taipei": 10, "ntpc": 6, "kcg": 5, "county": 6, "district": 6}
EN_LIST = "/en/News_List.aspx"
LABELS = {
    "taipei": "臺北市政府 市政新聞",
    "ntpc": "新北市政府 新聞稿",
    "kcg": "高雄市政府 新聞稿",
    "county": "嘉義縣政府 縣府新聞",
    "district": "魚池鄉公所 最新消息",
}
SITEMAP = "/SiteMap.aspx"
SEARCH = "/Search.aspx?q="
ABOUT = "/About.aspx"
CONTACT = "/Contact.aspx"
MAYOR = "/Mayor.aspx"
PRIVACY = "/Privacy.aspx"


def roc(year: int) -> int:
    return year - 1911


def roc_dash(d: datetime) -> str:
    return f"{roc(d.year)}-{d:%m-%d}"


def roc_slash(d: datetime) -> str:
    return f"{roc(d.year)}/{d:%m/%d}"


def roc_zh(d: datetime) -> str:
    return f"{roc(d.year)}年{d.month}月{d.day}日"


def roc_dot(d: datetime) -> str:
    return f"{roc(d.year)}.{d:%m.%d}"


def updated(a: Art) -> datetime:
    return a.when + timedelta(days=a.x.get("upd", 0), hours=1 + a.x.get("upd", 0))


def related(site: Site37, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site37, a: Art, k: int, salt: str, same: bool = True) -> list[Art]:
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a
        and b.path not in a.related
        and (b.tpl == a.tpl or not same)
        and not b.x.get("en")
    ]
    return rng.sample(pool, min(k, len(pool)))


def latest(site: Site37, a: Art, k: int) -> list[Art]:
    pool = [b for b in site.of(a.tpl) if b is not a and not b.x.get("en")]
    return sorted(pool, key=lambda b: b.when, reverse=True)[:k]


def body_html(
    blocks: list[Block],
    para: Callable[[str], str],
    head: Callable[[str], str],
    img: Callable[[Block], str],
) -> str:
    out = []
    for b in blocks:
        out.append(para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b))
    return "\n".join(out)


def text_only(a: Art) -> list[Block]:
    return [b for b in a.blocks if b.kind != "img"]


def gallery(a: Art) -> list[Block]:
    return [b for b in a.blocks if b.kind == "img"]


def lis(arts: list[Art], fmt: Callable[[datetime], str] | None = None, n: int = 30) -> str:
    return "".join(
        f'<li><a href="{esc(b.path)}" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a>'
        + (f'<span class="date">{fmt(b.when)}</span>' if fmt else "")
        + "</li>"
        for b in arts
    )


def desc(a: Art, n: int = 100) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def acc_top(skip: str = "#C") -> str:
    return (
        f'<a href="{skip}" class="acc-skip" title="跳到主要內容區塊" tabindex="1">跳到主要內容區塊</a>'
        "<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>"
    )


def acc_badge(code: str) -> str:
    return (
        f'<a href="https://accessibility.moda.gov.tw/Applications/Detail?category={code}" target="_blank" title="無障礙網站(另開新視窗)">'
        '<img src="/images/accessibility_AA.png" alt="通過AA無障礙網頁檢測" width="88" height="31"></a>'
    )


def fontsize() -> str:
    return (
        '<div class="font-size"><span>字級：</span><ul><li><a href="javascript:;" title="小" class="small">小</a></li>'
        '<li><a href="javascript:;" title="中" class="medium">中</a></li><li><a href="javascript:;" title="大" class="large">大</a></li></ul></div>'
    )


def tools() -> str:
    return (
        '<div class="tool-list"><ul><li><a href="javascript:window.print();" title="友善列印">友善列印</a></li>'
        '<li><a href="javascript:;" title="分享到Facebook(另開新視窗)">Facebook</a></li><li><a href="javascript:;" title="分享到LINE(另開新視窗)">LINE</a></li>'
        '<li><a href="javascript:history.back();" title="回上頁">回上頁</a></li></ul></div>'
    )


def service_links(items: list[tuple[str, str]]) -> str:
    return "".join(
        f'<li><a href="{u}" target="_blank" title="{n}(另開新視窗)">{n}</a></li>' for n, u in items
    )


def dc_meta(a: Art, creator: str, publisher: str, ident: str, theme: str) -> str:
    return (
        f'<meta name="DC.Title" content="{esc(a.title)}" />\n'
        f'<meta name="DC.Creator" content="{esc(creator)}" />\n'
        f'<meta name="DC.Subject" content="{esc(a.x["ctx"]["topic"])}" />\n'
        f'<meta name="DC.Description" content="{desc(a, 80)}" />\n'
        f'<meta name="DC.Contributor" content="{esc(creator)}" />\n'
        '<meta name="DC.Type" content="文字" />\n<meta name="DC.Format" content="text/html" />\n'
        f'<meta name="DC.Source" content="{esc(creator)}" />\n<meta name="DC.Language" content="中文" />\n'
        f'<meta name="DC.coverage.t.min" content="{a.when:%Y-%m-%d}" />\n'
        f'<meta name="DC.coverage.t.max" content="{a.when.year + 10}-{a.when:%m-%d}" />\n'
        f'<meta name="DC.Publisher" content="{esc(publisher)}" />\n'
        f'<meta name="DC.Date" content="{a.when:%Y-%m-%d}" />\n'
        f'<meta name="DC.Identifier" content="{ident}" />\n'
        f'<meta name="DC.Rights" content="{esc(publisher)}" />\n'
        f'<meta name="Category.Theme" content="{theme}" />\n'
        '<meta name="Category.Cake" content="DD0" />\n<meta name="Category.Service" content="I00" />\n'
    )


def _html(page: str, charset: str = "utf-8", header: bool = True) -> tuple[bytes, str]:
    return encode(page, charset), (f"text/html; charset={charset}" if header else "text/html")


def common_links() -> str:
    return (
        f'<a href="/">回首頁</a><a href="{SITEMAP}">網站導覽</a><a href="{SEARCH}">站內搜尋</a>'
        f'<a href="{MAYOR}">首長介紹</a><a href="{ABOUT}">關於本府</a><a href="{CONTACT}">聯絡我們</a>'
    )


# --- 1. 臺北市政府 gov.taipei -----------------------------------------------------------------

TP_MENU = [
    ("市府介紹", [("市長介紹", MAYOR), ("市府組織", ABOUT), ("聯絡我們", CONTACT)]),
    (
        "最新消息",
        [
            ("市政新聞", LISTS["taipei"][0]),
            ("活動訊息", LISTS["taipei"][0]),
            ("公告", LISTS["taipei"][0]),
        ],
    ),
    (
        "市政資訊",
        [("施政計畫", ABOUT), ("預算書", ABOUT), ("統計資訊", ABOUT), ("政府資訊公開", ABOUT)],
    ),
    ("便民服務", [("1999市民當家熱線", CONTACT), ("線上申辦", SEARCH), ("表單下載", SEARCH)]),
    ("網站導覽", [("網站導覽", SITEMAP), ("隱私權政策", PRIVACY), ("資訊安全政策", PRIVACY)]),
]
TP_SERVICE = [
    ("臺北通", "https://id.taipei/"),
    ("1999市民當家熱線", "https://1999.gov.taipei/"),
    ("臺北市政府開放資料", "https://data.taipei/"),
    ("臺北市政府線上申辦", "https://service.gov.taipei/"),
    ("臺北市民e點通", "https://www.e-services.taipei/"),
    ("臺北市政府人事處", "https://www.dop.gov.taipei/"),
    ("臺北市議會", "https://www.tcc.gov.tw/"),
    ("臺北旅遊網", "https://www.travel.taipei/"),
]


def tp_menu() -> str:
    return "".join(
        f'<li class="menu-item"><a href="{items[0][1]}">{n}</a><ul>'
        + "".join(f'<li><a href="{u}" title="{s}">{s}</a></li>' for s, u in items)
        + "</ul></li>"
        for n, items in TP_MENU
    )


def taipei(site: Site37, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return taipei_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    org = x["ctx"]["org"]

    def img(b: Block) -> str:
        cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
        return f'<figure class="figure"><img src="{b.src}" alt="{esc(b.text or a.title)}" />{cap}</figure>'

    if x["gallery"]:
        body = body_html(
            text_only(a),
            lambda t: f"<p>{esc(t)}</p>",
            lambda t: f"<p><strong>{esc(t)}</strong></p>",
            img,
        )
        pics = gallery(a)
        photos = (
            '<div class="area-figure gallery-list"><div class="figure-title"><h4>相關圖片</h4></div><ul>'
            + "".join(f"<li>{img(b)}</li>" for b in pics)
            + "</ul></div>"
            if pics
            else ""
        )
    else:
        body = body_html(
            a.blocks,
            lambda t: f"<p>{esc(t)}</p>",
            lambda t: f"<p><strong>{esc(t)}</strong></p>",
            img,
        )
        photos = ""
    rel = related(site, a)
    rel_html = (
        f'<div class="group-list related-news"><div class="head"><h3>相關新聞</h3></div><div class="list"><ul>{lis(rel, roc_dash)}</ul></div></div>'
        if rel
        else ""
    )
    tel = f"1999（外縣市請撥02-27208889）轉{rng.randint(1000, 8999)}"
    files = (
        f'<div class="group-list file-download-multiple"><div class="head"><h4>附件</h4></div><ul><li><a href="https://www-ws.gov.taipei/Download.ashx?u={x["s"][:12]}&n=news.pdf" title="{esc(trunc(a.title, 14))}.pdf(另開新視窗)">{esc(trunc(a.title, 14))}.pdf</a><span>（{rng.randint(80, 900)}KB）</span></li></ul></div>'
        if rng.random() < 0.4
        else ""
    )
    hot = lis(others(site, a, 8, "hot", same=False), n=20)
    new = lis(latest(site, a, 6), roc_dash, 20)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(a.title)}-臺北市政府全球資訊網</title>
<meta name="keywords" content="{esc(x["ctx"]["topic"])},臺北市政府,市政新聞" />
<meta name="description" content="{desc(a)}" />
{dc_meta(a, org, "臺北市政府", "379000000A", "310")}
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{esc(a.path)}" />
<meta property="og:image" content="/images/og_taipei.jpg" />
<meta property="og:description" content="{desc(a, 80)}" />
<link rel="stylesheet" href="/css/style.css?v=20240401" />
<style>{css(rng, "tp", 330)}</style>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script>{filler_js(rng, "taipei-cms", 80)}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TP{rng.randint(100000, 999999)}"></script>
</head>
<body class="page-news">
{acc_top()}
<div class="header"><div class="container"><a accesskey="U" href="#U" title="上方功能區塊" id="U">:::</a>
<h1 class="logo"><a href="/" title="回首頁"><img src="/images/logo_taipei.svg" alt="臺北市政府" /></a></h1>
<div class="top-link"><ul><li><a href="/" title="回首頁">回首頁</a></li><li><a href="{SITEMAP}" title="網站導覽">網站導覽</a></li><li><a href="{EN_LIST}" lang="en">English</a></li><li><a href="{CONTACT}" title="聯絡我們">聯絡我們</a></li></ul></div>
<div class="search"><form action="/Search.aspx" method="get"><label for="q">搜尋</label><input type="text" name="q" id="q" title="請輸入關鍵字" /><input type="submit" value="搜尋" /></form><p>熱門搜尋：<a href="{SEARCH}">社會住宅</a> <a href="{SEARCH}">育兒津貼</a> <a href="{SEARCH}">停車費</a></p></div>
<nav class="menu"><ul>{tp_menu()}</ul></nav></div></div>
<div class="main"><div class="container">
<div class="breadcrumb"><a accesskey="C" href="#C" title="中央內容區塊" id="C">:::</a><ul><li><a href="/" title="首頁">首頁</a></li><li><a href="{LISTS["taipei"][0]}" title="最新消息">最新消息</a></li><li><a href="{LISTS["taipei"][0]}" title="市政新聞">市政新聞</a></li></ul></div>
<div class="function-bar">{fontsize()}{tools()}</div>
<div class="group page-content">
<div class="simple-text title"><div class="in"><div class="ct"><div class="in"><h2 class="h3">{esc(a.title)}</h2></div></div></div></div>
<div class="area-essay page-caption-p"><div class="in"><div class="ct"><div class="in">
<div class="area-editor user-edit">
{body}
</div>
</div></div></div></div>
{photos}
{files}
<div class="group info-list"><ul>
<li><span class="label">發布機關：</span><span class="value">{esc(org)}</span></li>
<li><span class="label">聯絡人：</span><span class="value">{esc(x["contact"])}</span></li>
<li><span class="label">聯絡電話：</span><span class="value">{tel}</span></li>
<li><span class="label">資料來源：</span><span class="value">{esc(org)}</span></li>
<li><span class="label">發布日期：</span><span class="value">{roc_dash(a.when)}</span></li>
<li><span class="label">更新日期：</span><span class="value">{roc_dash(updated(a))}</span></li>
<li><span class="label">點閱次數：</span><span class="value">{x["views"]}</span></li>
</ul></div>
{rel_html}
<div class="btn-back"><a href="javascript:history.back();" title="回上頁">回上頁</a></div>
</div>
<aside class="side"><div class="group-list"><div class="head"><h3>最新消息</h3></div><ul>{new}</ul></div>
<div class="group-list"><div class="head"><h3>熱門新聞</h3></div><ul>{hot}</ul></div>
<div class="group-list"><div class="head"><h3>便民服務</h3></div><ul>{service_links(TP_SERVICE)}</ul></div></aside>
</div></div>
<div class="footer"><div class="container"><a accesskey="Z" href="#Z" title="下方功能區塊" id="Z">:::</a>
<div class="fat-footer"><h3>網站導覽</h3><ul>{tp_menu()}</ul></div>
<ul class="footer-link"><li><a href="{PRIVACY}">隱私權政策</a></li><li><a href="{PRIVACY}">資訊安全政策</a></li><li><a href="{PRIVACY}">政府網站資料開放宣告</a></li><li><a href="{SITEMAP}">網站導覽</a></li></ul>
<p>臺北市政府 110204 臺北市信義區市府路1號　市民當家熱線：1999（外縣市請撥02-27208889）</p>
<p>服務時間：週一至週五 8:30-17:30　本網站最佳瀏覽解析度為1280x768以上</p>
<p>{acc_badge("20230801" + str(rng.randint(100000, 999999)))}　Copyright &copy; {a.when.year} Taipei City Government. All Rights Reserved.</p></div></div>
<script>var newsId='{x["s"]}';$(function(){{$('.font-size a').on('click',function(){{$('.area-editor').css('font-size',$(this).attr('class')=='large'?'20px':'16px');}});}});</script>
</body>
</html>
"""
    return _html(page)


def taipei_old(site: Site37, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: the previous table layout (最後更新日期 beside the 發布日期, no related)."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    org = x["ctx"]["org"]
    unit = org.removeprefix("臺北市政府")

    def img(b: Block) -> str:
        cap = f'<br /><span class="pic-txt">{esc(b.text)}</span>' if b.text else ""
        return f'<div align="center"><img src="{b.src}" alt="{esc(b.text or "新聞照片")}" border="0" />{cap}</div>'

    body = body_html(
        a.blocks, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img
    )
    side = "".join(
        f'<tr><td class="side-item">‧<a href="{esc(b.path)}">{esc(trunc(b.title, 16))}</a></td></tr>'
        for b in others(site, a, 10, "old", same=False)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>臺北市政府全球資訊網-市政新聞</title>
<meta name="DC.Title" content="{esc(a.title)}" />
<meta name="DC.Creator" content="{esc(org)}" />
<meta name="DC.Publisher" content="臺北市政府" />
<meta name="DC.Date" content="{a.when:%Y/%m/%d}" />
<style type="text/css">{css(rng, "tpold", 300)}</style>
<script type="text/javascript">{filler_js(rng, "taipei-2015", 70)}</script>
</head>
<body>
<a href="#C" title="跳到主要內容區塊" class="skip">跳到主要內容區塊</a>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="header"><tr><td><a accesskey="U" href="#U" title="上方導覽連結區" id="U">:::</a><a href="/"><img src="/images/2015/logo.gif" alt="臺北市政府" border="0" /></a></td>
<td align="right">{common_links()} | <a href="{EN_LIST}">English</a></td></tr></table>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="content"><tr>
<td width="200" valign="top" class="left-menu"><table width="100%"><tr><td class="left-title">最新消息</td></tr><tr><td><a href="{LISTS["taipei"][0]}">市政新聞</a></td></tr><tr><td><a href="{LISTS["taipei"][0]}">活動訊息</a></td></tr><tr><td class="left-title">熱門點閱</td></tr>{side}</table></td>
<td width="800" valign="top"><a accesskey="C" href="#C" title="中央內容區" id="C">:::</a>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="{LISTS["taipei"][0]}">市政新聞</a></div>
<div class="fontsize">字級設定：<a href="javascript:;">小</a> <a href="javascript:;">中</a> <a href="javascript:;">大</a>　<a href="javascript:window.print();">友善列印</a></div>
<table width="100%" class="news-detail" cellpadding="6"><tr><td class="news-title">{esc(a.title)}</td></tr>
<tr><td class="news-date">發布日期：{roc_dash(a.when)}　最後更新日期：{roc_dash(updated(a))}　資料來源：{esc(unit)}</td></tr>
<tr><td class="news-content">
{body}
</td></tr>
<tr><td class="news-contact">新聞聯絡人：{esc(unit)} {esc(x["contact"])}　電話：1999轉{rng.randint(1000, 8999)}</td></tr>
<tr><td align="right"><a href="javascript:history.back();">回上一頁</a></td></tr></table></td></tr></table>
<table width="1000" align="center" id="footer"><tr><td><a accesskey="Z" href="#Z" title="下方導覽連結區" id="Z">:::</a><a href="{PRIVACY}">隱私權政策</a> | <a href="{PRIVACY}">資訊安全政策</a> | <a href="{SITEMAP}">網站導覽</a><br />臺北市政府 11008 臺北市信義區市府路1號　市民當家熱線：1999<br />{acc_badge("2015" + str(rng.randint(1000, 9999)))} 瀏覽人次：{x["views"] * 3}</td></tr></table>
</body>
</html>
"""
    return _html(page)


# --- 2. 新北市政府 ntpc.gov.tw ------------------------------------------------------------------

NT_NAV = [
    "認識新北",
    "市長專區",
    "新聞稿",
    "活動訊息",
    "市政公告",
    "便民服務",
    "主題服務",
    "政府資訊公開",
    "English",
]
NT_SERVICE = [
    ("新北市民e服務", "https://e-service.ntpc.gov.tw/"),
    ("1999話務中心", "https://1999.ntpc.gov.tw/"),
    ("新北市資料開放平臺", "https://data.ntpc.gov.tw/"),
    ("新北旅客", "https://newtaipei.travel/"),
    ("新北市議會", "https://www.ntp.gov.tw/"),
    ("新北市電子報", "https://epaper.ntpc.gov.tw/"),
]


def nt_nav() -> str:
    target = {
        "市長專區": MAYOR,
        "認識新北": ABOUT,
        "便民服務": SEARCH,
        "主題服務": SITEMAP,
        "政府資訊公開": ABOUT,
        "English": EN_LIST,
    }
    return "".join(
        f'<li><a href="{target.get(n, LISTS["ntpc"][0])}" title="{n}">{n}</a></li>' for n in NT_NAV
    )


def ntpc(site: Site37, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return ntpc_old(site, a)
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    org = x["ctx"]["org"]
    short = org.removeprefix("新北市政府")

    def img(b: Block) -> str:
        cap = f'<p class="img_txt">{esc(b.text)}</p>' if b.text else ""
        return f'<div class="img_box"><img src="{b.src}" alt="{esc(b.text or "新聞圖片")}" />{cap}</div>'

    body = body_html(a.blocks, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h3>{esc(t)}</h3>", img)
    byline = ""
    if x["style"] == "feature":
        byline = f'<p class="byline">文／{nm[0]}　攝影／{nm[2]}</p>\n'
    elif x["style"] == "feature2":
        byline = f'<p class="byline">文／{nm[0]}、{nm[1]}　攝影／{nm[2]}</p>\n'
    rel = related(site, a)
    rel_html = (
        f'<div class="related_box"><h3 class="title">延伸閱讀</h3><ul>{lis(rel, lambda d: f"{d:%Y/%m/%d}")}</ul></div>'
        if rel
        else ""
    )
    contact = (
        f'<div class="contact_box"><table class="contact"><caption>新聞聯絡人</caption><tr><th scope="col">聯絡人</th><th scope="col">聯絡電話</th></tr>'
        f"<tr><td>{esc(short)} {esc(x['contact'])}</td><td>(02)2960-3456 分機{rng.randint(1000, 8999)}</td></tr></table></div>"
        if x["style"] == "rel"
        else ""
    )
    hot = lis(others(site, a, 8, "hot"), n=22)
    new = lis(latest(site, a, 6), lambda d: f"{d:%Y/%m/%d}", 22)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>新北市政府-{esc(a.title)}</title>
<meta name="description" content="{desc(a)}">
{dc_meta(a, org, "新北市政府", "382000000A", "420")}
<meta property="og:site_name" content="新北市政府">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{desc(a, 80)}">
<link rel="stylesheet" href="/ch/css/common.css">
<style>{css(rng, "nt", 320)}</style>
<script src="/ch/js/jquery.min.js"></script>
<script>{filler_js(rng, "ntpc-jsp", 80)}</script>
</head>
<body>
<div id="accesskey">{acc_top("#AC")}</div>
<header class="header"><a href="#AU" accesskey="U" id="AU" title="上方功能區" class="acc">:::</a>
<div class="logo"><a href="/"><img src="/ch/images/logo.png" alt="新北市政府"></a></div>
<ul class="top_link"><li><a href="/">首頁</a></li><li><a href="{SITEMAP}">網站導覽</a></li><li><a href="{EN_LIST}">English</a></li><li><a href="{SEARCH}">搜尋</a></li></ul>
<nav class="nav"><ul>{nt_nav()}</ul></nav></header>
<main class="main"><div class="container">
<a href="#AC" accesskey="C" id="AC" title="中央內容區" class="acc">:::</a>
<div class="breadcrumbs"><a href="/">首頁</a> &gt; <a href="{LISTS["ntpc"][0]}">新聞稿</a> &gt; <span>內容</span></div>
<div class="function">{fontsize()}<a href="javascript:window.print();" class="print">友善列印</a><a href="javascript:history.back();" class="back">回上頁</a></div>
<div class="page_content">
<div class="news_head"><span class="tag">{"市政新聞" if x["style"].startswith("feature") else "新聞稿"}</span><h2 class="news_title">{esc(a.title)}</h2>
<ul class="news_info"><li>發布時間：{a.when:%Y/%m/%d %H:%M}</li><li>更新時間：{updated(a):%Y/%m/%d %H:%M}</li><li>發布機關：{esc(org)}</li><li>瀏覽人次：{x["views"]}</li></ul></div>
<div class="news_content edit">
{byline}{body}
</div>
{contact}
{rel_html}
</div>
<aside class="aside"><div class="box"><h3>最新消息</h3><ul>{new}</ul></div><div class="box"><h3>熱門新聞</h3><ul>{hot}</ul></div><div class="box"><h3>便民服務</h3><ul>{service_links(NT_SERVICE)}</ul></div></aside>
</div></main>
<footer class="footer"><a href="#AZ" accesskey="Z" id="AZ" title="下方功能區" class="acc">:::</a>
<ul class="footer_link"><li><a href="{PRIVACY}">隱私權及資訊安全政策</a></li><li><a href="{PRIVACY}">政府網站資料開放宣告</a></li><li><a href="{CONTACT}">聯絡我們</a></li><li><a href="{SITEMAP}">網站導覽</a></li></ul>
<p>新北市政府 22001 新北市板橋區中山路1段161號　總機：(02)2960-3456　1999話務中心</p>
<p>{acc_badge("20220315" + str(rng.randint(100000, 999999)))}　Copyright &copy; New Taipei City Government. All Rights Reserved.</p></footer>
</body>
</html>
"""
    return _html(page)


def ntpc_old(site: Site37, a: Art) -> tuple[bytes, str]:
    """The 2021 pages: the previous ``news_view.jsp`` layout (民國 date, no time, no related)."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    org = x["ctx"]["org"]

    def img(b: Block) -> str:
        cap = f"<br>{esc(b.text)}" if b.text else ""
        return f'<p align="center"><img src="{b.src}" alt="{esc(b.text or "圖片")}">{cap}</p>'

    body = body_html(
        a.blocks, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img
    )
    side = lis(others(site, a, 10, "old"), n=18)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>新北市政府全球資訊網</title>
<meta name="DC.Title" content="{esc(a.title)}">
<meta name="DC.Publisher" content="新北市政府">
<style type="text/css">{css(rng, "ntold", 300)}</style>
<script type="text/javascript">{filler_js(rng, "ntpc-2018", 70)}</script>
</head>
<body>
<a href="#content" class="skip">跳到主要內容區塊</a>
<div id="top"><a href="#U" accesskey="U" title="上方功能區">:::</a> <a href="/"><img src="/ch/images/2018/logo.gif" alt="新北市政府"></a> {common_links()}</div>
<div id="menu">{"".join(f'<a href="{LISTS["ntpc"][0]}">{n}</a> ' for n in NT_NAV[:7])}</div>
<table width="980" align="center"><tr><td valign="top" width="700" id="content"><a href="#C" accesskey="C" title="中央內容區">:::</a>
<div class="location">首頁 &gt; 新聞稿</div>
<table class="news_view" width="100%"><tr><th class="news_subject">{esc(a.title)}</th></tr>
<tr><td class="news_date">{roc_zh(a.when)}</td></tr>
<tr><td class="news_unit">發布單位：{esc(org)}</td></tr>
<tr><td class="news_body">
{body}
</td></tr></table>
<div class="news_fn"><a href="javascript:window.print();">列印</a> | <a href="javascript:history.back();">回上頁</a></div></td>
<td valign="top" width="260"><div class="side"><h3>熱門新聞</h3><ul>{side}</ul></div></td></tr></table>
<div id="footer"><a href="#Z" accesskey="Z" title="下方功能區">:::</a> 新北市政府 版權所有　地址：22001新北市板橋區中山路1段161號　{acc_badge("2018" + str(rng.randint(1000, 9999)))}</div>
</body>
</html>
"""
    return _html(page)


# --- 3. 高雄市政府 kcg.gov.tw 新聞稿 / English ----------------------------------------------------

KCG_NAV = [
    "市府資訊",
    "市長專區",
    "新聞稿",
    "市政新聞",
    "活動訊息",
    "便民服務",
    "高雄旅遊",
    "English",
]
KCG_SERVICE = [
    ("高雄市民服務平台", "https://vmc.kcg.gov.tw/"),
    ("1999服務專線", "https://1999.kcg.gov.tw/"),
    ("高雄市政府資料開放", "https://data.kcg.gov.tw/"),
    ("高雄旅遊網", "https://khh.travel/"),
    ("高雄市議會", "https://www.kcc.gov.tw/"),
]


def kcg(site: Site37, a: Art) -> tuple[bytes, str]:
    if a.x.get("en"):
        return kcg_en(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        cap = f'<p class="photo-caption">{esc(b.text)}</p>' if b.text else ""
        return f'<div class="photo"><img src="{b.src}" alt="{esc(b.text or a.title)}" data-zoom="{b.src}">{cap}</div>'

    body = body_html(
        a.blocks,
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f'<h4 class="sub-title">{esc(t)}</h4>',
        img,
    )
    units = "、".join(x["units"])
    rel = related(site, a)
    rel_html = (
        f'<div class="related"><h3>相關新聞</h3><ul>{lis(rel, roc_slash)}</ul></div>' if rel else ""
    )
    en = (
        f'<div class="lang-link"><a href="{esc(x["mirror"])}" lang="en" title="English Version">English Version</a></div>'
        if x["mirror"]
        else ""
    )
    nav = "".join(
        f'<li><a href="{EN_LIST if n == "English" else MAYOR if n == "市長專區" else LISTS["kcg"][0]}">{n}</a></li>'
        for n in KCG_NAV
    )
    hot = lis(others(site, a, 8, "hot", same=False), n=20)
    new = lis(latest(site, a, 6), roc_slash, 20)
    page = f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>高雄市政府全球資訊網-新聞稿-{esc(a.title)}</title>
{dc_meta(a, "高雄市政府" + x["units"][0], "高雄市政府", "397000000A", "520")}
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{desc(a, 80)}">
<link href="/Content/kcg.css" rel="stylesheet">
<style>{css(rng, "kcg", 320)}</style>
<script src="/Scripts/jquery-3.5.1.min.js"></script>
<script>{filler_js(rng, "kcg-portal", 80)}</script>
</head>
<body>
{acc_top("#Accesskey_C")}
<div id="header"><a href="#Accesskey_U" id="Accesskey_U" accesskey="U" title="上方選單連結區">:::</a>
<div class="logo"><a href="/" title="高雄市政府全球資訊網"><img src="/Content/images/logo.png" alt="高雄市政府"></a></div>
<div class="toplink"><a href="/">首頁</a>｜<a href="{SITEMAP}">網站導覽</a>｜<a href="{EN_LIST}">English</a>｜<a href="{CONTACT}">聯絡我們</a></div>
<ul class="main-nav">{nav}</ul></div>
<div id="container"><div class="content">
<a href="#Accesskey_C" id="Accesskey_C" accesskey="C" title="中央內容區塊">:::</a>
<ol class="breadcrumb"><li><a href="/">首頁</a></li><li><a href="{LISTS["kcg"][0]}">新聞稿</a></li></ol>
<div class="tools">{fontsize()}{tools()}</div>
<div class="release">
<h2 class="title">{esc(a.title)}</h2>
<table class="release-info"><tr><th scope="row">發稿日期</th><td>{roc_slash(a.when)}</td><th scope="row">發稿單位</th><td>{esc(units)}</td></tr>
<tr><th scope="row">更新日期</th><td>{roc_slash(updated(a))}</td><th scope="row">點閱次數</th><td>{x["views"]}</td></tr></table>
{en}
<div class="release-body">
{body}
</div>
<div class="release-contact">新聞聯絡人：{esc(x["units"][0])} {esc(x["contact"])}　電話：07-{rng.randint(3300000, 7999999)}</div>
{rel_html}
<div class="back"><a href="{LISTS["kcg"][0]}" title="回列表">回列表</a></div>
</div></div>
<div class="sidebar"><div class="block"><h3>最新消息</h3><ul>{new}</ul></div><div class="block"><h3>熱門新聞</h3><ul>{hot}</ul></div><div class="block"><h3>便民服務</h3><ul>{service_links(KCG_SERVICE)}</ul></div></div>
</div>
<div id="footer"><a href="#Accesskey_Z" id="Accesskey_Z" accesskey="Z" title="下方選單連結區">:::</a>
<p><a href="{PRIVACY}">隱私權政策</a>｜<a href="{PRIVACY}">資訊安全政策</a>｜<a href="{SITEMAP}">網站導覽</a></p>
<p>高雄市政府 四維行政中心：80203高雄市苓雅區四維三路2號　鳳山行政中心：83001高雄市鳳山區光復路二段132號　總機：07-3368333</p>
<p>{acc_badge("2023" + str(rng.randint(10000000, 99999999)))}</p></div>
</body>
</html>
"""
    return _html(page)


def kcg_en(site: Site37, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x

    def img(b: Block) -> str:
        return f'<p style="text-align:center"><img src="{b.src}" alt="photo"></p>'

    body = body_html(a.blocks, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h4>{esc(t)}</h4>", img)
    side = "".join(
        f'<li><a href="{esc(b.path)}">{esc(b.title)}</a></li>'
        for b in site.of("kcg")
        if b.x.get("en") and b is not a
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kaohsiung City Government-News</title>
<meta name="DC.Title" content="{esc(a.title)}">
<meta name="DC.Creator" content="{esc(x["org"])}">
<meta name="DC.Publisher" content="Kaohsiung City Government">
<meta name="DC.Date" content="{a.when:%Y-%m-%d}">
<meta name="DC.Language" content="English">
<style>{css(rng, "kcgen", 300)}</style>
<script>{filler_js(rng, "kcg-en", 75)}</script>
</head>
<body>
<a href="#C" class="acc-skip" title="Go to the main content">Go to the main content</a>
<div id="header"><a href="#U" id="U" accesskey="U" title="Header">:::</a><a href="/" class="logo"><img src="/en/images/logo_en.png" alt="Kaohsiung City Government"></a>
<ul class="nav"><li><a href="{EN_LIST}">News</a></li><li><a href="{MAYOR}">Mayor</a></li><li><a href="{SITEMAP}">Sitemap</a></li><li><a href="/">中文版</a></li></ul></div>
<div id="main"><a href="#C" id="C" accesskey="C" title="Main content">:::</a>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="{EN_LIST}">News</a></div>
<div class="news">
<h2>{esc(a.title)}</h2>
<ul class="info"><li>Date: {a.when:%Y-%m-%d}</li><li>Source: {esc(x["org"])}</li><li>Views: {x["views"]}</li></ul>
<div class="text">
{body}
</div>
<p class="zh-link"><a href="{esc(x["zh"])}" lang="zh-TW">中文新聞稿</a></p>
<p class="back"><a href="javascript:history.back();">Back</a></p>
</div>
<div class="side"><h3>More News</h3><ul>{side}</ul></div></div>
<div id="footer"><a href="#Z" id="Z" accesskey="Z" title="Footer">:::</a>
<p>Kaohsiung City Government | No.2, Sihwei 3rd Rd., Lingya Dist., Kaohsiung City 80203, Taiwan (R.O.C.) | TEL: +886-7-3368333</p>
<p><a href="{PRIVACY}">Privacy Policy</a> | <a href="{PRIVACY}">Security Policy</a> | {acc_badge("2023" + str(rng.randint(10000000, 99999999)))}</p></div>
</body>
</html>
"""
    return _html(page)


# --- 4. 嘉義縣政府 (Big5, classic ASP) ------------------------------------------------------------

CY_LEFT = ["縣府新聞", "公告訊息", "活動訊息", "徵才訊息", "招標公告", "縣長行程"]
CY_SERVICE = [
    ("線上申辦", SEARCH),
    ("表單下載", SEARCH),
    ("縣長信箱", CONTACT),
    ("常見問答", SEARCH),
    ("網站導覽", SITEMAP),
    ("首長介紹", MAYOR),
]


def county(site: Site37, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return county_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    org = x["ctx"]["org"]
    unit = org.removeprefix("嘉義縣政府")

    def img(b: Block) -> str:
        cap = f'<p align="center" class="pic_memo">▲{esc(b.text)}</p>' if b.text else ""
        return f'<p align="center"><img src="{b.src}" width="500" border="0" alt="{esc(b.text or "新聞照片")}"></p>{cap}'

    body = body_html(
        a.blocks, lambda t: f"<p>　　{esc(t)}</p>", lambda t: f"<p><b>{esc(t)}</b></p>", img
    )
    rel = related(site, a)
    rel_html = (
        '<table width="100%" class="rel_table"><tr><td class="rel_title">相關連結</td></tr>'
        + "".join(f'<tr><td>．<a href="{esc(b.path)}">{esc(b.title)}</a></td></tr>' for b in rel)
        + "</table>"
        if rel
        else ""
    )
    sib = sorted([b for b in site.of("county") if not b.x["old"]], key=lambda b: b.when)
    k = sib.index(a)
    prev_ = sib[k - 1] if k > 0 else None
    next_ = sib[k + 1] if k + 1 < len(sib) else None
    pn = (f'上一則：<a href="{esc(prev_.path)}">{esc(prev_.title)}</a><br>' if prev_ else "") + (
        f'下一則：<a href="{esc(next_.path)}">{esc(next_.title)}</a>' if next_ else ""
    )
    left = "".join(
        f'<tr><td class="left_item"><a href="{LISTS["county"][0]}">{n}</a></td></tr>'
        for n in CY_LEFT
    )
    hot = "".join(
        f'<tr><td>{i}.<a href="{esc(b.path)}">{esc(trunc(b.title, 15))}</a></td></tr>'
        for i, b in enumerate(others(site, a, 8, "hot"), 1)
    )
    svc = "".join(f'<a href="{u}">{n}</a>　' for n, u in CY_SERVICE)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>嘉義縣政府全球資訊網-縣府新聞</title>
<meta name="DC.Title" content="{esc(a.title)}">
<meta name="DC.Creator" content="{esc(org)}">
<meta name="DC.Publisher" content="嘉義縣政府">
<meta name="DC.Date" content="{a.when:%Y/%m/%d}">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<style type="text/css">{css(rng, "cy", 320)}</style>
<script language="JavaScript">{filler_js(rng, "cyhg-asp", 80)}</script>
</head>
<body leftmargin="0" topmargin="0">
<a href="#C" title="跳到主要內容區塊" class="skip">跳到主要內容區塊</a>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="#U" accesskey="U" title="上方導覽區">:::</a><a href="/"><img src="/images/logo.gif" border="0" alt="嘉義縣政府"></a></td>
<td align="right" class="toplink"><a href="/">回首頁</a> | <a href="{SITEMAP}">網站導覽</a> | <a href="{EN_LIST}">English</a> | <a href="{CONTACT}">聯絡我們</a> | <a href="{MAYOR}">縣長介紹</a></td></tr>
<tr><td colspan="2" class="service">便民服務：{svc}</td></tr></table>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="180" valign="top"><table width="100%" class="left_menu"><tr><td class="left_title">最新消息</td></tr>{left}</table>
<table width="100%" class="hot"><tr><td class="left_title">熱門點閱</td></tr>{hot}</table></td>
<td width="810" valign="top"><a href="#C" accesskey="C" title="中央內容區" name="C">:::</a>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="path">目前位置：<a href="/">首頁</a> &gt; <a href="{LISTS["county"][0]}">最新消息</a> &gt; 縣府新聞</td>
<td align="right">字級：<a href="javascript:fontsize(12);">小</a> <a href="javascript:fontsize(15);">中</a> <a href="javascript:fontsize(18);">大</a>　<a href="javascript:window.print();">列印本頁</a>　<a href="javascript:;">轉寄好友</a></td></tr></table>
<table width="100%" border="0" cellpadding="5" cellspacing="1" class="news_table">
<tr><td class="news_title" colspan="2">{esc(a.title)}</td></tr>
<tr><td class="news_date" width="50%">發布日期：中華民國{roc_zh(a.when)}</td><td class="news_unit">發佈單位：{esc(unit)}</td></tr>
<tr><td colspan="2" class="news_content" id="content">
{body}
</td></tr>
<tr><td colspan="2" class="news_contact">新聞聯絡人：{esc(x["contact"])}　電話：05-3620123 分機{x["tel"]}</td></tr>
<tr><td colspan="2" class="news_hit">點閱次數：{x["views"]}　更新時間：{updated(a):%Y/%m/%d %H:%M}</td></tr>
</table>
{rel_html}
<div class="prevnext">{pn}</div>
<div align="right"><a href="javascript:history.go(-1);">回上頁</a></div>
</td></tr></table>
<table width="990" align="center" class="footer"><tr><td><a href="#Z" accesskey="Z" title="下方導覽區">:::</a>
嘉義縣政府 地址：61249嘉義縣太保市祥和一路東段1號　總機：05-3620123　服務時間：週一至週五 上午8:00-12:00 下午13:30-17:30<br>
<a href="{PRIVACY}">隱私權保護政策</a> | <a href="{PRIVACY}">資訊安全政策</a> | <a href="{PRIVACY}">政府網站資料開放宣告</a>　{acc_badge("2019" + str(rng.randint(1000000, 9999999)))}<br>
建議使用IE 11.0以上版本瀏覽器，最佳解析度1024x768</td></tr></table>
<script language="JavaScript">function fontsize(s){{document.getElementById('content').style.fontSize=s+'pt';}}</script>
</body>
</html>
"""
    return _html(page, "big5", header=False)


def county_old(site: Site37, a: Art) -> tuple[bytes, str]:
    """The 2021 pages: the older news system (``news_detail.asp?id=`` without ``type``): paragraphs
    as ``<br><br>`` runs, the date as 110.11.08, no related block."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    unit = x["ctx"]["org"].removeprefix("嘉義縣政府")
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"　　{esc(b.text)}")
        elif b.kind == "h":
            parts.append(f"<b>{esc(b.text)}</b>")
        else:
            cap = f"<br>{esc(b.text)}" if b.text else ""
            parts.append(f'<div align="center"><img src="{b.src}" border="0">{cap}</div>')
    body = "<br><br>\n".join(parts)
    side = "".join(
        f'<tr><td>．<a href="{esc(b.path)}">{esc(trunc(b.title, 15))}</a></td></tr>'
        for b in others(site, a, 8, "old")
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>嘉義縣政府</title>
<style type="text/css">{css(rng, "cyold", 300)}</style>
<script language="JavaScript">{filler_js(rng, "cyhg-2012", 75)}</script>
</head>
<body bgcolor="#FFFFFF">
<a href="#C" title="跳到主要內容區塊">跳到主要內容區塊</a>
<table width="900" align="center" border="0"><tr><td><a href="#U" accesskey="U" title="上方導覽區">:::</a><a href="/"><img src="/images/2012/logo.jpg" border="0" alt="嘉義縣政府"></a></td><td align="right">{common_links()}</td></tr></table>
<table width="900" align="center" border="0"><tr><td valign="top" width="680"><a href="#C" accesskey="C" title="中央內容區" name="C">:::</a>
<table width="100%" border="1" bordercolor="#CCCCCC" cellpadding="6" style="border-collapse:collapse">
<tr bgcolor="#EFEFEF"><td width="80">標題</td><td><font size="3"><b>{esc(a.title)}</b></font></td></tr>
<tr><td>日期</td><td>{roc_dot(a.when)}</td></tr>
<tr><td>單位</td><td>{esc(unit)}</td></tr>
<tr><td valign="top">內容</td><td><font size="2">
{body}
</font></td></tr>
<tr><td>聯絡人</td><td>{esc(x["contact"])}　電話：05-3620123#{x["tel"]}</td></tr></table>
<p align="center"><a href="javascript:window.print();">[列印]</a>　<a href="javascript:history.go(-1);">[回上頁]</a></p></td>
<td valign="top" width="220"><table width="100%"><tr><td class="side_title">最新消息</td></tr>{side}</table></td></tr></table>
<table width="900" align="center"><tr><td align="center"><a href="#Z" accesskey="Z" title="下方導覽區">:::</a> 嘉義縣政府 版權所有　地址：61249嘉義縣太保市祥和一路東段1號　電話：05-3620123<br>{acc_badge("2012" + str(rng.randint(1000, 9999)))}</td></tr></table>
</body>
</html>
"""
    return _html(page, "big5", header=False)


# --- 5. 南投縣魚池鄉公所 (a tiny PHP CMS) -------------------------------------------------------

YC_MENU = [
    ("認識魚池", ABOUT),
    ("鄉長介紹", MAYOR),
    ("最新消息", LISTS["district"][0]),
    ("業務專區", SITEMAP),
    ("便民服務", SEARCH),
    ("觀光旅遊", ABOUT),
    ("網站導覽", SITEMAP),
]
YC_SERVICE = [
    ("線上申辦", "https://www.nantou.gov.tw/"),
    ("南投縣政府", "https://www.nantou.gov.tw/"),
    ("日月潭國家風景區", "https://www.sunmoonlake.gov.tw/"),
    ("全國法規資料庫", "https://law.moj.gov.tw/"),
    ("政府資料開放平臺", "https://data.gov.tw/"),
]


def district(site: Site37, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm, style = a.x, a.x["nm"], a.x["style"]
    org = x["ctx"]["org"]
    body = body_html(
        text_only(a),
        lambda t: f"<p>{esc(t)}</p>",
        lambda t: f"<p><strong>{esc(t)}</strong></p>",
        lambda b: "",
    )
    credit = {
        "zg": f"撰稿：{nm[0]}　攝影：{nm[2]}",
        "zg2": f"撰稿：{nm[0]}、{nm[1]}　攝影：{nm[2]}",
        "wen": f"文/{nm[0]}　圖/{nm[2]}",
        "unit": f"撰稿：{org}",
    }.get(style, "")
    credit_html = f'<p class="credit">{esc(credit)}</p>' if credit else ""
    pics = gallery(a)
    album = (
        '<div class="album"><h3>活動照片</h3><ul class="photo-list">'
        + "".join(
            f'<li><a href="javascript:;" data-fancybox="gallery" data-src="{b.src}" data-caption="{esc(b.text)}"><img src="{b.src.replace(".jpg", "_s.jpg")}" alt="{esc(b.text or "活動照片")}"></a>'
            + (f"<p>{esc(b.text)}</p>" if b.text else "")
            + "</li>"
            for b in pics
        )
        + "</ul></div>"
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="extend"><h3>延伸閱讀</h3><ul>{lis(rel, roc_dash)}</ul></div>' if rel else ""
    )
    contact = (
        f'<p class="contact">聯絡人：{esc(org)} {esc(x["contact"])}　電話：049-289{rng.randint(5000, 9999)}</p>'
        if rng.random() < 0.5
        else ""
    )
    menu = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in YC_MENU)
    new = lis(latest(site, a, 8), roc_dash, 18)
    hot = lis(others(site, a, 5, "hot"), n=18)
    page = f"""<!DOCTYPE html>
<html lang="zh-tw">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - 南投縣魚池鄉公所</title>
<meta name="keywords" content="魚池鄉公所,{esc(x["ctx"]["topic"])}">
<meta name="description" content="{desc(a)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{pics[0].src if pics else "/images/og.jpg"}">
<link rel="stylesheet" href="/templates/cht/css/style.css">
<link rel="stylesheet" href="/js/fancybox3/jquery.fancybox.min.css">
<style>{css(rng, "yc", 330)}</style>
<script src="/js/jquery-1.11.3.min.js"></script>
<script>{filler_js(rng, "yuchi-cms", 85)}</script>
</head>
<body>
<a href="#center" class="goCenter" title="跳到主要內容區塊">跳到主要內容區塊</a>
<div id="header"><a href="#top" accesskey="U" title="上方功能區塊" id="top">:::</a>
<div class="logo"><a href="/"><img src="/templates/cht/images/logo.png" alt="南投縣魚池鄉公所"></a></div>
<div class="toplinks"><a href="/">回首頁</a> | <a href="{SITEMAP}">網站導覽</a> | <a href="{SEARCH}">搜尋</a></div>
<ul id="menu">{menu}</ul></div>
<div id="main">
<div id="left"><div class="box"><h3>最新消息</h3><ul>{new}</ul></div><div class="box"><h3>熱門點閱</h3><ul>{hot}</ul></div><div class="box"><h3>便民服務</h3><ul>{service_links(YC_SERVICE)}</ul></div></div>
<div id="center"><a href="#center" accesskey="C" title="中央內容區塊">:::</a>
<div class="path"><a href="/">首頁</a> / <a href="{LISTS["district"][0]}">最新消息</a></div>
<div class="fontsize">字級：<a href="javascript:;" class="fs-s">小</a><a href="javascript:;" class="fs-m">中</a><a href="javascript:;" class="fs-l">大</a> <a href="javascript:window.print();">列印</a></div>
<div id="pageinfo">
<h2 class="title">{esc(a.title)}</h2>
<div class="info">上架日期：{roc_dash(a.when)}　｜　最後更新：{roc_dash(updated(a))}　｜　發布單位：{esc(org)}　｜　瀏覽人次：{x["views"]}</div>
<div class="content">
{body}
</div>
{credit_html}
{contact}
{album}
{rel_html}
<div class="backbtn"><a href="javascript:history.back();">回上頁</a></div>
</div></div></div>
<div id="footer"><a href="#bottom" accesskey="Z" title="下方功能區塊" id="bottom">:::</a>
<p>南投縣魚池鄉公所　55541南投縣魚池鄉魚池村魚池街535號　電話：049-2895121　傳真：049-2896441</p>
<p>上班時間：週一至週五 08:00-12:00、13:30-17:30　{acc_badge("2020" + str(rng.randint(1000000, 9999999)))}</p>
<p>網站設計維護：{rng.choice(["漢門科技", "中華電信", "數位資訊"])}</p></div>
<script>$(function(){{$('[data-fancybox]').fancybox({{loop:true}});}});</script>
</body>
</html>
"""
    return _html(page)


RENDER = {"taipei": taipei, "ntpc": ntpc, "kcg": kcg, "county": county, "district": district}


def register(site: Site37) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))


__all__ = ["EN_LIST", "LABELS", "LISTS", "PER"]
