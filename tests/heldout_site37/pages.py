"""Site 37's non-article pages: the home page, each CMS's news list with its own pagination
(臺北 ``&page=2&PageSize=10``, 新北 ``&page=2``, 高雄 ``?Page=2&PageSize=5``, 嘉義縣 ``&page=2`` in
Big5, 魚池鄉 ``&page=2``), the English news list, a 網站導覽 sitemap, search, about, contact,
privacy and a 首長介紹 page."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from heldout import Art

from .common import css, encode, esc, filler_js, page_rng, trunc
from .templates import (
    ABOUT,
    CONTACT,
    EN_LIST,
    LABELS,
    LISTS,
    MAYOR,
    PER,
    PRIVACY,
    SEARCH,
    SITEMAP,
    acc_top,
    roc_dash,
    roc_slash,
)

if TYPE_CHECKING:
    from .generator import Site37

PLAIN = {
    ABOUT: (
        "關於本府",
        [
            "本網站彙整臺北市、新北市、高雄市、嘉義縣及南投縣魚池鄉等地方政府發布之新聞稿與市政消息。",
            "各則新聞以原發布機關所載內容為準，如有疑義請洽各機關新聞聯絡人。",
        ],
    ),
    CONTACT: (
        "聯絡我們",
        [
            "臺北市政府：110204臺北市信義區市府路1號，市民當家熱線1999。",
            "新北市政府：22001新北市板橋區中山路1段161號，總機(02)2960-3456。",
            "高雄市政府：80203高雄市苓雅區四維三路2號，總機07-3368333。",
            "嘉義縣政府：61249嘉義縣太保市祥和一路東段1號，總機05-3620123。",
            "魚池鄉公所：55541南投縣魚池鄉魚池村魚池街535號，電話049-2895121。",
        ],
    ),
    PRIVACY: (
        "隱私權及資訊安全政策",
        [
            "為保障您的隱私權，本網站僅於您主動提供時蒐集個人資料，並依個人資料保護法辦理。",
            "本網站設有防火牆及防毒系統，定期進行弱點掃描與安全檢測。",
        ],
    ),
    SEARCH: (
        "站內搜尋",
        ["請輸入關鍵字，例如：社會住宅、育兒津貼、登革熱。", "查無符合條件之資料。"],
    ),
    MAYOR: (
        "首長介紹",
        [
            "臺北市長蔣萬安，1978年生，美國賓州大學法學博士，曾任立法委員，2022年12月25日就任第16任臺北市長。",
            "新北市長侯友宜，曾任警政署署長、新北市副市長，2018年12月25日就任新北市長，2022年連任。",
            "高雄市長陳其邁，曾任行政院副院長，2020年8月24日就任高雄市長，2022年連任。",
            "嘉義縣長翁章梁，曾任立法委員，2018年12月25日就任嘉義縣長，2022年連任。",
            "施政理念：以民為本、公開透明、數位治理，打造宜居永續城市。",
        ],
    ),
}


def _latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def _nav() -> str:
    tabs = "".join(f'<li><a href="{LISTS[t][0]}">{n}</a></li>' for t, n in LABELS.items())
    return (
        f'<ul class="nav"><li><a href="/">首頁</a></li>{tabs}<li><a href="{EN_LIST}" lang="en">English</a></li>'
        f'<li><a href="{SITEMAP}">網站導覽</a></li><li><a href="{SEARCH}">搜尋</a></li><li><a href="{MAYOR}">首長介紹</a></li>'
        f'<li><a href="{ABOUT}">關於本府</a></li><li><a href="{CONTACT}">聯絡我們</a></li></ul>'
    )


def _page(
    site: Site37, key: str, title: str, inner: str, charset: str = "utf-8", lang: str = "zh-Hant-TW"
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>{esc(title)}</title>\n'
        f'<meta name="DC.Title" content="{esc(title)}">\n<meta name="DC.Publisher" content="地方政府新聞聯合入口">\n'
        f"<style>{css(rng, 'pg', 260)}</style>\n<script>{filler_js(rng, 'portal', 40)}</script>\n</head>\n<body>\n"
        f'{acc_top()}\n<div class="header"><a href="#U" accesskey="U" id="U" title="上方功能區塊">:::</a><a href="/" class="logo">地方政府新聞聯合入口</a>{_nav()}</div>\n'
        f'<div class="main"><a href="#C" accesskey="C" id="C" title="中央內容區塊">:::</a>{inner}</div>\n'
        f'<div class="footer"><a href="#Z" accesskey="Z" id="Z" title="下方功能區塊">:::</a><a href="{PRIVACY}">隱私權及資訊安全政策</a> | <a href="{SITEMAP}">網站導覽</a> | <a href="{CONTACT}">聯絡我們</a>'
        "<p>本網站內容由各地方政府提供　建議瀏覽解析度1280x768以上</p></div>\n</body>\n</html>\n"
    )
    return encode(page, charset), f"text/html; charset={charset}"


def home(site: Site37) -> tuple[bytes, str]:
    boxes = []
    for tpl, label in LABELS.items():
        arts = _latest([a for a in site.of(tpl) if not a.x.get("en")])[:8]
        items = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a><span class="date">{roc_dash(a.when)}</span></li>'
            for a in arts
        )
        boxes.append(
            f'<div class="box"><h2>{label}</h2><ul>{items}</ul><a class="more" href="{LISTS[tpl][0]}" title="{label}更多">more+</a></div>'
        )
    en = "".join(
        f'<li><a href="{esc(a.path)}" lang="en">{esc(a.title)}</a></li>'
        for a in site.of("kcg")
        if a.x.get("en")
    )
    boxes.append(
        f'<div class="box" lang="en"><h2>English News</h2><ul>{en}</ul><a class="more" href="{EN_LIST}">more+</a></div>'
    )
    return _page(site, "/", "地方政府新聞聯合入口", "".join(boxes))


def _pager(tpl: str, p: int, pages: int, total: int) -> str:
    lst = LISTS[tpl]
    nums = " ".join(
        f'<a href="{esc(lst[k])}" title="第{k + 1}頁">{k + 1}</a>'
        if k + 1 != p
        else f"<span>{k + 1}</span>"
        for k in range(pages)
    )
    nxt = f'<a href="{esc(lst[p])}" title="下一頁">下一頁</a>' if p < pages else ""
    prv = f'<a href="{esc(lst[p - 2])}" title="上一頁">上一頁</a>' if p > 1 else ""
    if tpl == "taipei":
        return f'<div class="page"><span>資料總筆數：{total}　每頁10筆　第{p}/{pages}頁</span> {prv} {nums} {nxt}</div>'
    if tpl == "kcg":
        return f'<div class="pagination"><a href="{LISTS["kcg"][0]}">第一頁</a> {prv} {nums} {nxt} <span>共{total}筆</span></div>'
    if tpl == "county":
        return f'<div align="center">第{p}頁/共{pages}頁　{prv} {nums} {nxt}</div>'
    return f'<div class="pager">{prv} {nums} {nxt}</div>'


def listing(site: Site37, tpl: str, p: int) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of(tpl) if not a.x.get("en")])
    per = PER[tpl]
    pages = (len(arts) + per - 1) // per
    chunk = arts[(p - 1) * per : p * per]
    if tpl == "kcg":
        rows = "".join(
            f'<tr><td>{roc_slash(a.when)}</td><td><a href="{esc(a.path)}">{esc(a.title)}</a></td><td>{esc("、".join(a.x["units"]))}</td></tr>'
            for a in chunk
        )
        inner = f'<h2>{LABELS[tpl]}</h2><table class="list"><tr><th>發稿日期</th><th>標題</th><th>發稿單位</th></tr>{rows}</table>'
    elif tpl == "taipei":
        rows = "".join(
            f'<tr><td>{k}</td><td><a href="{esc(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a></td><td>{roc_dash(a.when)}</td></tr>'
            for k, a in enumerate(chunk, (p - 1) * per + 1)
        )
        inner = f'<h2>{LABELS[tpl]}</h2><table class="table-list"><tr><th>序號</th><th>標題</th><th>發布日期</th></tr>{rows}</table>'
    else:
        fmt = {
            "ntpc": lambda d: f"{d:%Y/%m/%d}",
            "county": lambda d: f"{d.year - 1911}/{d:%m/%d}",
        }.get(tpl, roc_dash)
        rows = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a><span class="date">{fmt(a.when)}</span><p>{esc(trunc(a.body.replace(chr(10), ""), 60))}</p></li>'
            for a in chunk
        )
        inner = f'<h2>{LABELS[tpl]}</h2><ul class="list">{rows}</ul>'
    inner += _pager(tpl, p, pages, len(arts))
    charset = "big5" if tpl == "county" else "utf-8"
    return _page(site, LISTS[tpl][p - 1], f"{LABELS[tpl]}-第{p}頁", inner, charset)


def en_list(site: Site37) -> tuple[bytes, str]:
    arts = _latest([a for a in site.of("kcg") if a.x.get("en")])
    rows = "".join(
        f'<li><span class="date">{a.when:%Y-%m-%d}</span> <a href="{esc(a.path)}">{esc(a.title)}</a></li>'
        for a in arts
    )
    return _page(
        site,
        EN_LIST,
        "Kaohsiung City Government - News",
        f"<h2>News</h2><ul>{rows}</ul>",
        lang="en",
    )


def sitemap(site: Site37) -> tuple[bytes, str]:
    groups = "".join(
        f'<li><a href="{LISTS[t][0]}">{n}</a><ul><li><a href="{esc(LISTS[t][1])}">{n}（第2頁）</a></li></ul></li>'
        for t, n in LABELS.items()
    )
    extra = "".join(f'<li><a href="{p}">{t}</a></li>' for p, (t, _) in PLAIN.items())
    inner = (
        "<h2>網站導覽</h2><p>本網站依無障礙網頁設計原則建置，網站的主要內容分為三大區塊：上方功能區塊、中央內容區塊、下方功能區塊。</p>"
        "<p>快速鍵（Accesskey）設定如下：Alt+U：上方功能區塊；Alt+C：中央內容區塊；Alt+Z：下方功能區塊。</p>"
        f'<ul class="sitemap"><li><a href="/">首頁</a></li>{groups}<li><a href="{EN_LIST}">English News</a></li>{extra}</ul>'
    )
    return _page(site, SITEMAP, "網站導覽", inner)


def plain(site: Site37, path: str) -> tuple[bytes, str]:
    title, paras = PLAIN[path]
    return _page(site, path, title, f"<h2>{title}</h2>" + "".join(f"<p>{t}</p>" for t in paras))


def register(site: Site37) -> None:
    site.route("/", lambda: home(site))
    for tpl in LISTS:
        for p in (1, 2):
            site.route(LISTS[tpl][p - 1], partial(listing, site, tpl, p))
    site.route(EN_LIST, lambda: en_list(site))
    site.route(SITEMAP, lambda: sitemap(site))
    for path in PLAIN:
        site.route(path, partial(plain, site, path))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
