"""澳門日報-style e-paper pages in Big5: the old Founder table layout, ``/html/2024-05/08/content_1745678.htm``,
``<title>澳門日報電子版</title>`` (no headline in it), the date only in the URL and the banner
(``2024年05月08日 星期三``), ``<founder-introtitle>`` / ``<founder-title>`` / ``<founder-subtitle>``
(引題 and 副題 around the headline), ``<founder-author>`` on a few, the body in
``<founder-content>`` with full-width indents, pictures in their own table with the caption
under them; the 本版標題導航 list and 上一篇/下一篇 (the same page's other stories: nothing related),
the 版面 list. Page lists ``/html/2024-05/08/node_2.htm``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, page_rng, week

if TYPE_CHECKING:
    from .generator import Site11

CT = "text/html; charset=big5"
PAGES = [
    ("A01", "澳聞"),
    ("A02", "澳聞"),
    ("A03", "澳聞"),
    ("A04", "澳聞"),
    ("A05", "經濟"),
    ("A06", "體育"),
    ("B01", "新園地"),
    ("B02", "要聞"),
    ("B03", "中國"),
    ("B04", "國際"),
]


def _node(when: Any, n: int) -> str:
    return f"/html/{when:%Y-%m}/{when:%d}/node_{n}.htm"


def _frame(
    site: Site11, key: str, when: Any, page_label: str, inner: str, side: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    pages = "".join(
        f'<tr><td class="px12" height="22">&nbsp;<a href="node_{k}.htm" class="atitle">第{code}版：{name}</a></td></tr>'
        for k, (code, name) in enumerate(PAGES, 2)
    )
    page = f"""<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=big5">
<TITLE>澳門日報電子版</TITLE>
<META name="keywords" content="澳門日報,澳門,新聞,Macao Daily">
<STYLE type="text/css">
<!--
{css(rng, "px", 300)}
.font01 {{font-size: 22px; font-weight: bold; color: #000000; line-height: 32px}}
.font02 {{font-size: 14px; color: #333333}}
.font03 {{font-size: 12px; color: #666666}}
-->
</STYLE>
<SCRIPT language="javascript" src="../../../script/prototype.js"></SCRIPT>
<SCRIPT language="javascript">
function changeFontSize(s) {{ document.getElementById('ozoom').style.fontSize = s + 'px'; }}
</SCRIPT>
</HEAD>
<BODY leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<TABLE width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<TR><TD height="90" background="../../../image/top_bg.jpg"><IMG src="../../../image/logo.gif" width="300" height="80" alt="澳門日報"></TD>
<TD align="right" class="px12">{when:%Y}年{when:%m}月{when:%d}日 {week(when)}&nbsp;&nbsp;<A href="/html/{when:%Y-%m}/{when:%d}/node_2.htm">返回目錄</A>&nbsp;|&nbsp;<A href="/about/contact.html">聯絡我們</A></TD></TR>
</TABLE>
<TABLE width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<TR>
<TD width="240" valign="top">
<TABLE width="100%" border="0" cellspacing="0" cellpadding="0"><TR><TD class="px12" height="28" background="../../../image/bt_bg.gif"><B>&nbsp;版面導航</B></TD></TR>{pages}</TABLE>
{side}
</TD>
<TD width="760" valign="top">
<TABLE width="100%" border="0" cellspacing="0" cellpadding="0"><TR><TD class="px12" height="28">&nbsp;{page_label}</TD></TR></TABLE>
{inner}
</TD>
</TR>
</TABLE>
<TABLE width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><TR><TD align="center" class="px12" height="60">澳門日報 版權所有 Copyright &copy; Macao Daily News. All Rights Reserved.<BR>地址：澳門新馬路37號 電話：(853) 2837 1688</TD></TR></TABLE>
</BODY>
</HTML>"""
    return encode(page, "big5"), CT


def _same_page(site: Site11, a: Art) -> list[Art]:
    return [
        o for o in site.of("macao") if o.when.date() == a.when.date() and o.x["node"] == a.x["node"]
    ]


def article(site: Site11, a: Art) -> tuple[bytes, str]:
    w = a.when
    code = a.x["page"]
    name = dict(PAGES)[code]
    rows = []
    if a.x["intro"]:
        rows.append(
            f'<TR><TD align="center" class="font02"><founder-introtitle>{esc(a.x["intro"])}</founder-introtitle></TD></TR>'
        )
    rows.append(
        f'<TR><TD align="center" class="font01"><founder-title>{esc(a.title)}</founder-title></TD></TR>'
    )
    if a.x["sub"]:
        rows.append(
            f'<TR><TD align="center" class="font02"><founder-subtitle>{esc(a.x["sub"])}</founder-subtitle></TD></TR>'
        )
    if a.authors:
        rows.append(
            f'<TR><TD align="center" class="font03"><founder-author>本報記者 {a.authors[0]}</founder-author></TD></TR>'
        )
    content = []
    for b in a.blocks:
        if b.kind == "img":
            content.append(
                f'<TABLE align="center"><TR><TD><IMG src="../../../res/1/{w:%Y%m%d}/{b.src.rsplit("/", 1)[1]}" border="0"></TD></TR><TR><TD class="font02" align="center">{esc(b.text)}{esc(b.credit)}</TD></TR></TABLE>'
            )
        elif b.kind == "h":
            content.append(f"<P><B>{esc(b.text)}</B></P>")
        else:
            content.append(f"<P>　　{esc(b.text)}</P>")
    siblings = _same_page(site, a)
    nav = "".join(
        f'<TR><TD class="px12" height="22">&nbsp;·<A href="{o.path.rsplit("/", 1)[1] if o.when.date() == a.when.date() else o.path}">{esc(o.title)}</A></TD></TR>'
        for o in siblings
        if o is not a
    )
    side = f'<TABLE width="100%" border="0" cellspacing="0" cellpadding="0"><TR><TD class="px12" height="28"><B>&nbsp;本版標題導航</B></TD></TR>{nav}</TABLE>'
    mine = site.of("macao")
    k = mine.index(a)
    prev_ = mine[k - 1].path if k else ""
    next_ = mine[k + 1].path if k + 1 < len(mine) else ""
    links = (f'<A href="{prev_}">上一篇</A>&nbsp;&nbsp;' if prev_ else "") + (
        f'<A href="{next_}">下一篇</A>' if next_ else ""
    )
    inner = f"""<TABLE width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
{"".join(rows)}
<TR><TD height="10"></TD></TR>
<TR><TD class="px12" align="right">字號：<A href="javascript:changeFontSize(16)">大</A> <A href="javascript:changeFontSize(14)">中</A> <A href="javascript:changeFontSize(12)">小</A></TD></TR>
<TR><TD><DIV id="ozoom" style="font-size:14px; line-height:26px"><!--enpcontent--><founder-content>{"".join(content)}</founder-content><!--/enpcontent--></DIV></TD></TR>
<TR><TD height="30" align="center" class="px12">{links}&nbsp;&nbsp;<A href="{_node(w, a.x["node"])}">返回目錄</A></TD></TR>
</TABLE>"""
    return _frame(site, a.path, w, f"第{code}版：{name}", inner, side)


def node(site: Site11, when: Any, n: int, arts: list[Art]) -> tuple[bytes, str]:
    lis = "".join(
        f'<TR><TD class="px12" height="24">&nbsp;·<A href="{a.path.rsplit("/", 1)[1]}">{esc(a.title)}</A></TD></TR>'
        for a in arts
    )
    code, name = PAGES[n - 2]
    inner = f'<TABLE width="96%" align="center"><TR><TD><IMG src="../../../res/1/{when:%Y%m%d}/page_{code}.jpg" width="420" border="0" usemap="#PagePicMap"></TD></TR>{lis}</TABLE>'
    return _frame(site, f"macao-node-{n}", when, f"第{code}版：{name}", inner, "")


def register(site: Site11) -> None:
    arts = site.of("macao")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    days = {a.when.date(): a.when for a in arts}
    for when in days.values():
        for n in range(2, 2 + len(PAGES)):
            group = [o for o in arts if o.when.date() == when.date() and o.x["node"] == n]
            site.route(_node(when, n), lambda w=when, n=n, g=group: node(site, w, n, g))  # type: ignore[misc]
