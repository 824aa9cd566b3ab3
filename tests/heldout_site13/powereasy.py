"""动易 (PowerEasy SiteWeaver/SiteFactory, .aspx) pages of a county education site (云溪县教育信息网),
in GB2312: ``/Article/ShowArticle.aspx?ArticleID=N`` and, for articles the admin generated,
``/Article/HTML/N.html``. Nested tables throughout: ``td.main_ArticleTitle``, then one
``td.Article_tdbgall`` row 作者：X　文章来源：Y　点击数：<script src=GetHits.aspx…>　更新时间：
2024/5/8 10:23:45 (.NET's zh-CN DateTime, no zero padding; the only date the page prints), the
body in ``td#fontzoom``, 【字体：小 大】, 责任编辑：X, 上一篇文章/下一篇文章, 【发表评论】【打印此文】
【关闭窗口】, 相关文章 (links whose title tooltip repeats 作者/更新时间/点击数; 没有相关文章 when
none), the 网友评论 table, and the left column's 热门文章/推荐文章/最新文章. 作者 is free text:
佚名 when empty, a school's name before the teacher's on some; a school's own report may close
with （撰稿：X　摄影：Y　审核：Z）. Lists ``/Article/Index.aspx`` (``?page=2``) and
``ShowClass.aspx?ClassID=N``; a 专题 (``ShowSpecial.aspx``)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc

if TYPE_CHECKING:
    from .generator import Site13

CT = "text/html; charset=gb2312"
NAME = "云溪县教育信息网"
CLASSES = {2: "教育动态", 3: "校园风采", 5: "通知公告"}


def _net(w: datetime) -> str:
    """.NET's DateTime.ToString() under zh-CN: 2024/5/8 9:05:03."""
    return f"{w.year}/{w.month}/{w.day} {w.hour}:{w.minute:02d}:{w.second:02d}"


def _head(title: str, metas: str, rng: Any) -> str:
    menu = "|".join(
        f"<a class='Channel' href='/Article/ShowClass.aspx?ClassID={c}'>{n}</a>"
        for c, n in CLASSES.items()
    )
    return f"""<html>
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
{metas}
<meta name="Generator" content="PowerEasy SiteFactory">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<style type="text/css">
{css(rng, "pe", 280)}
</style>
<script language="JavaScript" type="text/JavaScript" src="/js/menu.js"></script>
<script language="JavaScript" type="text/JavaScript" src="/js/checklogin.js"></script>
</head>
<body leftmargin=0 topmargin=0 onmousemove='HideMenu()'>
<div id=menuDiv style='Z-INDEX: 1000; VISIBILITY: hidden; WIDTH: 1px; POSITION: absolute; HEIGHT: 1px; BACKGROUND-COLOR: #9cc5f8'></div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
  <tr>
    <td><table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr>
          <td width="300" class="top_top"><a href="/"><img src="/Images/logo.gif" width="300" height="80" border="0" alt="{NAME}"></a></td>
          <td class="top_top" align="right"><a href="#" onClick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a> | <a href="javascript:window.external.addFavorite('/','{NAME}');">加入收藏</a> | <a href="/about/contact.html">联系站长</a></td>
        </tr>
      </table></td>
  </tr>
  <tr>
    <td class="menu_s" height="30">|<a class='Channel' href='/'>网站首页</a>|<a class='Channel' href='/Article/Index.aspx'>文章中心</a>|{menu}|<a class='Channel' href='/Article/ShowSpecial.aspx?SpecialID=3'>平安校园</a>|</td>
  </tr>
</table>
"""


FOOT = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
  <tr><td class="Bottom_Adminlogo"><a href="/about/contact.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/about/contact.html">网站声明</a> | <a href="/User/Login.aspx" target="_blank">管理登录</a></td></tr>
  <tr><td class="Bottom_Copyright">主办：云溪县教育局　地址：云溪县城关镇教育路18号　电话：0745-8221234<br>
  Copyright &copy; 2009-2024 {NAME} All Rights Reserved　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备09012345号</a><br>
  技术支持：动易网络 PowerEasy SiteFactory&trade;</td></tr>
</table>
</body>
</html>"""


def _content(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}</P>")
        elif b.kind == "h":
            out.append(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<STRONG>{esc(b.text)}</STRONG></P>")
        else:
            out.append(f'<P align=center><IMG style="WIDTH: 500px" border=0 src="{b.src}"></P>')
            if b.text:
                out.append(f"<P align=center>{esc(b.text)}</P>")
    if a.x["style"] == "credit":
        out.append(
            f"<P align=right>（撰稿：{esc(a.authors[0])}　摄影：{esc(a.x['photo'])}　审核：{esc(a.x['review'])}）</P>"
        )
    return "\n".join(out)


def _author(a: Art) -> str:
    st = a.x["style"]
    if st == "anon":
        return "佚名"
    if st == "two":
        return " ".join(a.authors)
    if st == "unit":
        return f"{a.x['school']} {a.authors[0]}"
    return a.authors[0]


def _tip(a: Art) -> str:
    return f"文章标题：{a.title}\n作    者：{_author(a)}\n更新时间：{_net(a.when)}\n点击数：{a.x['hits']}"


def _li(o: Art, date: bool = True) -> str:
    d = f"&nbsp;[<font color=red>{o.when.month}-{o.when.day}</font>]" if date else ""
    return f"<li><img src='/Images/article_common.gif'>&nbsp;<a href='{o.path}' title='{esc(_tip(o))}' target='_blank'>{esc(trunc(o.title, 18))}</a>{d}</li>"


def article(site: Site13, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    cid, cname = a.x["cls"]
    metas = "\n".join(
        [
            f'<meta name="keywords" content="{esc(a.title)},{NAME}">',
            f'<meta name="description" content="{esc(trunc(a.paras[0], 70))}">',
        ]
    )
    mine = sorted(site.of("powereasy"), key=lambda b: b.x["id"])
    k = mine.index(a)
    prev = (
        f"<a class='LinkPrevArticle' href='{mine[k - 1].path}' title='{esc(_tip(mine[k - 1]))}'>{esc(mine[k - 1].title)}</a>"
        if k
        else "没有了"
    )
    nxt = (
        f"<a class='LinkNextArticle' href='{mine[k + 1].path}' title='{esc(_tip(mine[k + 1]))}'>{esc(mine[k + 1].title)}</a>"
        if k + 1 < len(mine)
        else "没有了"
    )
    rel = "".join(_li(site.by_path[p]) for p in a.related) or "没有相关文章"
    pool = site.of("powereasy")
    hot = "".join(_li(o, False) for o in others(rng, pool, a, 8))
    elite = "".join(_li(o, False) for o in others(rng, pool, a, 6))
    new = "".join(_li(o) for o in sorted(others(rng, pool, a, 8), key=lambda o: o.when)[::-1])
    page = (
        _head(f"{a.title}--{NAME}", metas, rng)
        + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr>
    <td width="200" valign="top" class="left_tdbgall">
      <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title" align="center">热门文章</td></tr><tr><td class="left_tdbg1"><ul>{hot}</ul></td></tr></table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title" align="center">推荐文章</td></tr><tr><td class="left_tdbg1"><ul>{elite}</ul></td></tr></table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="left_title" align="center">最新文章</td></tr><tr><td class="left_tdbg1"><ul>{new}</ul></td></tr></table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"><a href="/Article/ShowSpecial.aspx?SpecialID=3"><img src="/UploadFiles/ad/pingan.jpg" width="190" border="0"></a></td></tr></table>
    </td>
    <td width="5"></td>
    <td valign="top" class="main_tdbgall">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="main_title_760">&nbsp;您现在的位置：&nbsp;<a class='LinkPath' href='/'>{NAME}</a>&nbsp;&gt;&gt;&nbsp;<a class='LinkPath' href='/Article/Index.aspx'>文章中心</a>&nbsp;&gt;&gt;&nbsp;<a class='LinkPath' href='/Article/ShowClass.aspx?ClassID={cid}'>{cname}</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="5" class="border">
        <tr><td height="50" align="center" class="main_ArticleTitle"><font style="font-size:20px"><b>{esc(a.title)}</b></font></td></tr>
        <tr><td align="center" class="main_ArticleSubheading"></td></tr>
        <tr><td align="center" class="Article_tdbgall" style="border-bottom:1px dashed #ccc">作者：{esc(_author(a))}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{esc(a.x["source"])}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language='javascript' src='/Article/GetHits.aspx?ArticleID={a.x["id"]}'></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：{_net(a.when)}&nbsp;&nbsp;&nbsp;&nbsp;</td></tr>
        <tr><td height="10"></td></tr>
        <tr><td valign="top" id="fontzoom" class="main_ArticleContent" style="font-size:14px;line-height:180%;padding:0 10px;">{_content(a)}</td></tr>
        <tr><td align="right" class="Article_tdbgall">【字体：<a href="javascript:fontZoomA();" class="top_UserLogin">小</a> <a href="javascript:fontZoomB();" class="top_UserLogin">大</a>】</td></tr>
        <tr><td align="right" class="Article_tdbgall">责任编辑：{esc(a.editors[0])}&nbsp;&nbsp;</td></tr>
        <tr><td class="Article_tdbgall"><li>上一篇文章：{prev}</li><li>下一篇文章：{nxt}</li></td></tr>
        <tr><td align="right" class="Article_tdbgall">【<a href='/Article/Comment.aspx?ArticleID={a.x["id"]}' target='_blank'>发表评论</a>】【<a href='/User/Favorite.aspx?Action=Add&ChannelID=1&InfoID={a.x["id"]}' target='_blank'>加入收藏</a>】【<a href='/Article/SendArticle.aspx?ArticleID={a.x["id"]}' target='_blank'>告诉好友</a>】【<a href='javascript:window.print();'>打印此文</a>】【<a href='javascript:window.close();'>关闭窗口</a>】</td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="main_title_575">&nbsp;&nbsp;<b>相关文章</b></td></tr>
        <tr><td class="main_tdbg_575"><ul>{rel}</ul></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
        <tr><td class="main_title_575">&nbsp;&nbsp;<b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
        <tr><td class="main_tdbg_575">没有任何评论</td></tr>
      </table>
    </td>
  </tr>
</table>
<script language="JavaScript">
var currentFontSize = 14;
function fontZoomA(){{ if(currentFontSize > 12){{ currentFontSize = currentFontSize - 2; document.getElementById('fontzoom').style.fontSize = currentFontSize + 'px'; }} }}
function fontZoomB(){{ if(currentFontSize < 20){{ currentFontSize = currentFontSize + 2; document.getElementById('fontzoom').style.fontSize = currentFontSize + 'px'; }} }}
</script>
"""
        + FOOT
    )
    return encode(page, "gb2312"), CT


def hits_js(a: Art) -> tuple[bytes, str]:
    return f"document.write('{a.x['hits']}');".encode(), "text/javascript"


def _list(site: Site13, title: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    rows = "".join(
        f"<tr><td class='listbg'><img src='/Images/article_common.gif'>&nbsp;<a href='{a.path}' title='{esc(_tip(a))}' target='_blank'>{esc(a.title)}</a></td><td class='listbg' width='80' align='center'>{a.when.month}-{a.when.day}</td></tr>"
        for a in arts
    )
    page = (
        _head(f"{title}--{NAME}", "", rng)
        + f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall"><tr><td valign="top" class="main_tdbgall">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="main_title_760">&nbsp;您现在的位置：&nbsp;<a class='LinkPath' href='/'>{NAME}</a>&nbsp;&gt;&gt;&nbsp;{esc(title)}</td></tr></table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">{rows}</table>
<div class="showpage" align="center">{pager}</div></td></tr></table>
"""
        + FOOT
    )
    return encode(page, "gb2312"), CT


def _box(site: Site13, title: str, key: str, inner: str) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    page = (
        _head(f"{title}--{NAME}", "", rng)
        + f"""<table width="760" border="0" align="center" cellpadding="2" cellspacing="1" class="border"><tr class="title"><td align="center"><b>{esc(title)}</b></td></tr><tr class="tdbg"><td>{inner}</td></tr></table>
"""
        + FOOT
    )
    return encode(page, "gb2312"), CT


def comments(site: Site13, a: Art) -> tuple[bytes, str]:
    inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>以下是对 <a href='{a.path}'>{esc(a.title)}</a> 的评论，总共：0条评论</td></tr>
<tr><td>没有任何评论</td></tr></table>
<form name="form1" method="post" action="/Article/Comment.aspx?Action=Save&ArticleID={a.x["id"]}"><table width="100%"><tr><td>用户名：<input name="Name" type="text" size="20" maxlength="20"> 评分：<input type="radio" name="Score" value="1">1分 <input type="radio" name="Score" value="3" checked>3分 <input type="radio" name="Score" value="5">5分</td></tr>
<tr><td>评论内容：<textarea name="Content" cols="56" rows="8"></textarea></td></tr><tr><td align="center"><input type="submit" value=" 发 表 "></td></tr></table></form>"""
    return _box(site, "发表评论", f"pe-cm-{a.x['id']}", inner)


def send(site: Site13, a: Art) -> tuple[bytes, str]:
    inner = f"""<form method="post" action="/Article/SendArticle.aspx?Action=Send&ArticleID={a.x["id"]}"><table width="100%"><tr><td>文章标题：<a href='{a.path}'>{esc(a.title)}</a></td></tr>
<tr><td>您的姓名：<input name="MailtoName" type="text" size="20"></td></tr><tr><td>好友Email：<input name="MailtoAddress" type="text" size="30"></td></tr><tr><td align="center"><input type="submit" value=" 发 送 "></td></tr></table></form>"""
    return _box(site, "告诉好友", f"pe-send-{a.x['id']}", inner)


def login(site: Site13) -> tuple[bytes, str]:
    inner = """<form method="post" action="/User/Login.aspx"><table width="100%"><tr><td>用户名：<input name="UserName" type="text" size="20"></td></tr><tr><td>密　码：<input name="UserPassword" type="password" size="20"></td></tr><tr><td align="center"><input type="submit" value=" 登 录 "> <a href="/User/Register.aspx">新用户注册</a></td></tr></table></form>"""
    return _box(site, "会员登录", "pe-login", inner)


def register(site: Site13) -> None:
    mine = sorted(site.of("powereasy"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
        site.route(
            f"/Article/GetHits.aspx?ArticleID={a.x['id']}",
            lambda a=a: hits_js(a),  # type: ignore[misc]
        )
        site.route(
            f"/Article/Comment.aspx?ArticleID={a.x['id']}",
            lambda a=a: comments(site, a),  # type: ignore[misc]
        )
        site.route(
            f"/Article/SendArticle.aspx?ArticleID={a.x['id']}",
            lambda a=a: send(site, a),  # type: ignore[misc]
        )
        site.route(
            f"/User/Favorite.aspx?Action=Add&ChannelID=1&InfoID={a.x['id']}",
            lambda: login(site),
        )
    site.route("/User/Login.aspx", lambda: login(site))
    p1 = "共 <b>12</b> 篇文章&nbsp;&nbsp;首页 上一页&nbsp;<a href='/Article/Index.aspx?page=2'>下一页</a>&nbsp;<a href='/Article/Index.aspx?page=2'>尾页</a>&nbsp;页次：<strong><font color=red>1</font>/2</strong>页&nbsp;<b>8</b>篇文章/页"
    p2 = "共 <b>12</b> 篇文章&nbsp;&nbsp;<a href='/Article/Index.aspx'>首页</a>&nbsp;<a href='/Article/Index.aspx?page=1'>上一页</a>&nbsp;下一页 尾页&nbsp;页次：<strong><font color=red>2</font>/2</strong>页&nbsp;<b>8</b>篇文章/页"
    site.route("/Article/Index.aspx", lambda: _list(site, "文章中心", "pe-i1", mine[:8], p1))
    site.route(
        "/Article/Index.aspx?page=1", lambda: _list(site, "文章中心", "pe-i1b", mine[:8], p1)
    )
    site.route("/Article/Index.aspx?page=2", lambda: _list(site, "文章中心", "pe-i2", mine[8:], p2))
    for c, n in CLASSES.items():
        arts = [a for a in mine if a.x["cls"][0] == c]
        site.route(
            f"/Article/ShowClass.aspx?ClassID={c}",
            lambda n=n, arts=arts, c=c: _list(site, n, f"pe-c{c}", arts, ""),  # type: ignore[misc]
        )
    sp = page_rng(site.seed, "pe-sp").sample(mine, 5)
    site.route(
        "/Article/ShowSpecial.aspx?SpecialID=3",
        lambda: _list(site, "平安校园建设专题", "pe-sp", sp, ""),
    )
