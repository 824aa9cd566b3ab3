"""A city forum's Discuz! X3.4 portal (GBK, the charset only in a meta tag): ``portal.php?mod=view
&aid=N`` articles with the ``p.xg1`` line (date | 发布者 | 查看 | 评论 | 原作者 | 来自), a 摘要 block,
相关阅读, 最新评论; listings ``portal.php?mod=list&catid=N`` and ``&page=2``."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc
from .pools import COMMENTS

if TYPE_CHECKING:
    from .generator import Site4

SITE = "临江论坛"
CATS = {2: "本地新闻", 3: "民生热点"}
PER_PAGE = 4
CTYPE = "text/html"  # no charset: Discuz sites behind old proxies send none; the meta says gbk
USERS = ["江城老王", "风吹麦浪", "临江土著", "小鱼儿2008", "城南旧事", "阿亮", "吃货一枚", "老街坊"]


def _fmt(d: datetime) -> str:
    return f"{d.year}-{d.month}-{d.day} {d:%H:%M}"


def _head(title: str, rng: random.Random, kw: str = "", desc: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(kw)}" />
<meta name="description" content="{esc(desc)}" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?x9K" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?x9K" />
<style type="text/css">
{css(rng, "dz", 160)}
</style>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'x9K', charset = 'gbk', discuz_uid = '0', cookiepre = 'Ab3c_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL3d3dy5saW5qaWFuZy5leGFtcGxlL3BvcnRhbC5waHA=', SITEURL = '/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?x9K" type="text/javascript"></script>
<meta name="application-name" content="{SITE}" />
<meta name="msapplication-tooltip" content="{SITE}" />
<script src="data/cache/portal.js?x9K" type="text/javascript"></script>
</head>
<body id="nv_portal" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;" onclick="setHomepage('/');">设为首页</a><a href="/" onclick="addFavorite(this.href, '{SITE}');return false;">收藏本站</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="切换到宽版" class="switchwidth">切换到宽版</a></div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="portal.php" title="{SITE}"><img src="static/image/common/logo.png" alt="{SITE}" border="0" /></a></h2>
<script src="static/js/logging.js?x9K" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl"><span id="return_ls" style="display:none"></span>
<div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" value="用户名/Email" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=getpasswd')">找回密码</a></td></tr>
<tr><td><label for="ls_password" class="z psw_w">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div>
</div></form>
</div>
<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu(0);}})">快捷导航</a>
<ul><li class="a" id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal">门户<span>Portal</span></a></li>
<li id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li>
<li id="mn_N1"><a href="portal.php?mod=list&amp;catid=2" hidefocus="true">本地新闻</a></li>
<li id="mn_N2"><a href="portal.php?mod=list&amp;catid=3" hidefocus="true">民生热点</a></li>
<li id="mn_home" ><a href="home.php" hidefocus="true" title="Space">家园<span>Space</span></a></li>
<li id="mn_N3"><a href="search.php?mod=portal" hidefocus="true">搜索</a></li></ul>
</div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="search" /><input type="hidden" name="formhash" value="8d7a3c1f" />
<table cellspacing="0" cellpadding="0"><tr><td class="scbar_icon_td"></td><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">热搜: </strong><a href="search.php?mod=portal&amp;srchtxt=%B5%D8%CC%FA" target="_blank" class="xi2" sc="1">地铁</a>
<a href="search.php?mod=portal&amp;srchtxt=%B7%BF%BC%DB" target="_blank" class="xi2" sc="1">房价</a></div></td></tr></table></form></div>
</div>
</div>
"""


def _foot() -> str:
    return f"""<div id="ft" class="wp cl">
<div id="flk" class="y">
<p><a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="/" target="_blank">{SITE}</a></strong>
( <a href="https://beian.miit.example/" target="_blank">鄂ICP备13004567号-2</a> )</p>
<p class="xs0">GMT+8, 2024-4-2 09:15<span id="debuginfo">, Processed in 0.052231 second(s), 18 queries .</span></p>
</div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.example" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="https://www.comsenz.example" target="_blank">Comsenz Inc.</a></p></div>
</div>
<div id="g_upmine_menu" class="tip tip_3" style="display:none;"><div class="tip_c">积分 0, 距离下一级还需  积分</div><div class="tip_horn"></div></div>
<script src="home.php?mod=misc&ac=sendmail&rand=1712020500" type="text/javascript"></script>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span>
<span hidefocus="true"><a href="portal.php" hidefocus="true" class="returnboard" title="返回列表"><b>返回列表</b></a></span></div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () {{ showTopLink(); }});checkBlind();</script>
</body>
</html>"""


def _side(site: Site4, a: Art | None) -> str:
    arts = [b for b in site.of("discuz") if b is not a]
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="{b.path.lstrip("/")}" title="{esc(b.title)}" target="_blank">'
        f"{esc(b.title)}</a></li>"
        for k, b in enumerate(sorted(arts, key=lambda b: -b.x["views"])[:6])
    )
    return f"""<div class="sd pph">
<div class="drag"><div id="diy2" class="area"></div></div>
<div class="bm"><div class="bm_h cl"><h2>热门排行</h2></div><div class="bm_c"><ul class="xl xl1 cl">{hot}</ul></div></div>
<div class="bm"><div class="bm_h cl"><h2>论坛热帖</h2></div><div class="bm_c"><ul class="xl xl1 cl">
<li><a href="forum.php">临江这几年变化真大，晒晒我拍的老照片</a></li><li><a href="forum.php">求推荐城南靠谱的装修公司</a></li>
<li><a href="forum.php">周末带娃去哪儿？滨江公园攻略</a></li></ul></div></div>
<div class="bm"><div class="bm_c"><a href="forum.php"><img src="data/attachment/common/ad_300x250.jpg" alt="广告" /></a></div></div>
</div>"""


def _block_html(b: Block, brs: bool) -> str:
    if b.kind == "img":
        out = (
            f'<div align="center"><img src="data/attachment/portal{b.src}" border="0" '
            'onclick="zoom(this, this.src, 0, 0, 0)" style="cursor:pointer" /></div>'
        )
        if b.text:
            out += f'<div align="center"><font color="#666666">{esc(b.text)}</font></div>'
        return out
    if b.kind == "h":
        return f"<div><strong>{esc(b.text)}</strong></div>"
    if brs:
        return f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(b.text)}<br />\r\n<br />\r\n"
    return f'<p style="text-indent: 2em;">{esc(b.text)}</p>'


def article(site: Site4, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"dz{a.i}")
    x = a.x
    cat = CATS[x["catid"]]
    body = "".join(_block_html(b, x["brs"]) for b in a.blocks)
    if x["brs"]:
        body = f'<div><font size="3">{body}</font></div>'
    meta = [
        _fmt(a.when),
        f' 发布者: <a href="home.php?mod=space&amp;uid=1">{esc(x["poster"])}</a>',
        f' 查看: <em id="_viewnum">{x["views"]}</em>',
        f' 评论: <a href="portal.php?mod=comment&amp;id={x["aid"]}&amp;idtype=aid" '
        f'title="查看全部评论">{x["comments"]}</a>',
    ]
    if a.authors:
        meta.append(f"原作者: {a.authors[0]}")
    if x["source"]:
        meta.append(f"来自: {x['source']}")
    xg1 = '<span class="pipe">|</span>'.join(meta)
    summary = ""
    if x["summary"]:
        summary = (
            f'<div class="s"><div><strong>摘要</strong>: {esc(a.paras[0][:70])}... </div></div>'
        )
    arts = site.of("discuz")
    k = arts.index(a)
    pren = ""
    if k > 0:
        pren += f'<em>上一篇：<a href="{arts[k - 1].path.lstrip("/")}">{esc(arts[k - 1].title)}</a></em>'
    if k + 1 < len(arts):
        pren += (
            f'<em class="y">下一篇：<a href="{arts[k + 1].path.lstrip("/")}">'
            f"{esc(arts[k + 1].title)}</a></em>"
        )
    related = ""
    if a.related:
        lis = "".join(
            f'<li>&bull; <a href="{r.lstrip("/")}" class="xi2">{esc(site.by_path[r].title)}</a></li>'
            for r in a.related
        )
        related = (
            '<div id="related_article" class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div>'
            f'<div class="bm_c"><ul class="xl xl2 cl" id="raid_div">{lis}</ul></div></div>'
        )
    comments = ""
    if x["comments"]:
        dls = []
        for c in range(x["comments"]):
            t = a.when + timedelta(hours=rng.randint(1, 60), minutes=rng.randint(0, 59))
            user = rng.choice(USERS)
            dls.append(
                f'<dl id="comment_{9000 + x["aid"] * 10 + c}_li" class="ptm pbm bbda cl">'
                f'<dt class="mbm"><span class="y xw0 xi2"><a href="javascript:;" '
                f"onclick=\"portal_comment_requote({c}, '{x['aid']}');\">回复</a></span>"
                f'<a href="home.php?mod=space&amp;uid={100 + c}" class="xi2 xw1">{user}</a>'
                f'<span class="xg1 xw0">{_fmt(t)}</span></dt><dd>{esc(rng.choice(COMMENTS))}</dd></dl>'
            )
        comments = (
            '<div id="comment" class="bm"><div class="bm_h cl">'
            f'<a href="portal.php?mod=comment&amp;id={x["aid"]}&amp;idtype=aid" class="y xi2">'
            f'查看全部评论({x["comments"]})</a><h3 class="ph">最新评论</h3></div>'
            f'<div id="comment_ul" class="bm_c">{"".join(dls)}</div></div>'
        )
    page = (
        _head(f"{a.title} - {cat} - {SITE} - Powered by Discuz!", rng, cat, a.paras[0][:100])
        + f"""<div id="wp" class="wp">
<script src="static/js/forum_viewthread.js?x9K" type="text/javascript"></script>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{SITE}</a> <em>&rsaquo;</em>
<a href="portal.php">门户</a> <em>&rsaquo;</em><a href="portal.php?mod=list&amp;catid={x["catid"]}">{cat}</a> <em>&rsaquo;</em>
查看内容</div></div>
<style id="diy_style" type="text/css"></style>
<div class="wp"><div id="diy1" class="area"></div></div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">{esc(a.title)} </h1>
<p class="xg1">{xg1}</p>
</div>
{summary}
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{body}</td></tr></table>
<div class="ptw pbw cl"></div>
</div>
<div class="o cl ptm pbm">
<a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={x["aid"]}&amp;handlekey=favoritearticlehk_{x["aid"]}" id="a_favorite" onclick="showWindow(this.id, this.href, 'get', 0);" class="oshr ofav">收藏</a>
<a href="misc.php?mod=invite&amp;action=article&amp;id={x["aid"]}" id="a_invite" onclick="showWindow('invite', this.href, 'get', 0);" class="oshr oivt">邀请</a>
<a href="javascript:;" onclick="showWindow('share', 'home.php?mod=spacecp&ac=share&type=article&id={x["aid"]}')" class="oshr">分享</a>
<span class="y">分享到：<a href="javascript:;" class="bds_weixin">微信</a> <a href="javascript:;" class="bds_qzone">QQ空间</a></span>
</div>
<div id="click_div"><table cellpadding="0" cellspacing="0" class="atd"><tr>
<td><a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=1&amp;idtype=aid&amp;id={x["aid"]}"><img src="static/image/click/xianhua.gif" alt="" /><br />鲜花</a></td>
<td><a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=2&amp;idtype=aid&amp;id={x["aid"]}"><img src="static/image/click/jidan.gif" alt="" /><br />鸡蛋</a></td>
</tr></table></div>
<div class="pren pbm cl">{pren}</div>
</div>
{related}
{comments}
<div id="cform" class="bm"><div class="bm_c"><form id="cform" name="cform" action="portal.php?mod=portalcp&ac=comment" method="post" autocomplete="off">
<div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message" onkeydown="ctrlEnter(event, 'commentsubmit_btn');"></textarea></div></div>
<p class="ptn"><button type="submit" name="commentsubmit_btn" id="commentsubmit_btn" value="true" class="pn"><strong>评论</strong></button></p></form></div></div>
</div>
{_side(site, a)}
</div>
</div>
"""
        + _foot()
    )
    return page.encode("gbk"), CTYPE


def listing(
    site: Site4, catid: int, page: int, n_pages: int, items: list[Art]
) -> tuple[bytes, str]:
    rng = random.Random(f"dzl{catid}{page}")
    cat = CATS[catid]
    dls = "".join(
        f'<dl class="bbda cl"><dt class="xs2"><a href="{a.path.lstrip("/")}" target="_blank" '
        f'class="xi2">{esc(a.title)}</a></dt><dd class="xs2 cl">{esc(a.paras[0][:60])}...</dd>'
        f'<dd><span class="xg1">{_fmt(a.when)}</span><span class="pipe">|</span>'
        f'<span class="xg1">发布者: {esc(a.x["poster"])}</span></dd></dl>'
        for a in items
    )
    pg = ""
    for p in range(n_pages):
        if p == page:
            pg += f"<strong>{p + 1}</strong>"
        else:
            href = f"portal.php?mod=list&amp;catid={catid}" + (f"&amp;page={p + 1}" if p else "")
            pg += f'<a href="{href}">{p + 1}</a>'
    if page + 1 < n_pages:
        pg += f'<a href="portal.php?mod=list&amp;catid={catid}&amp;page={page + 2}" class="nxt">下一页</a>'
    body = (
        _head(f"{cat} - {SITE} - Powered by Discuz!", rng, cat)
        + f"""<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{SITE}</a> <em>&rsaquo;</em>
<a href="portal.php">门户</a> <em>&rsaquo;</em>{cat}</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm"><div class="bm_h cl"><h1 class="xs2">{cat}</h1></div>
<div class="bm_c xld">{dls}</div></div><div class="pgs cl"><div class="pg">{pg}</div></div></div>{_side(site, None)}</div></div>
"""
        + _foot()
    )
    return body.encode("gbk"), CTYPE


def portal_home(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("dzhome")
    arts = site.of("discuz")
    lis = "".join(
        f'<li><a href="{a.path.lstrip("/")}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
        for a in arts[:8]
    )
    body = (
        _head(f"门户 - {SITE} - Powered by Discuz!", rng)
        + f"""<div id="wp" class="wp"><div id="ct" class="ct2 wp cl"><div class="mn">
<div class="bm"><div class="bm_h cl"><span class="y"><a href="portal.php?mod=list&amp;catid=2">更多</a></span><h2>本地新闻</h2></div><div class="bm_c"><ul class="xl xl1 cl">{lis}</ul></div></div>
<div class="bm"><div class="bm_h cl"><span class="y"><a href="portal.php?mod=list&amp;catid=3">更多</a></span><h2>民生热点</h2></div></div>
</div>{_side(site, None)}</div></div>
"""
        + _foot()
    )
    return body.encode("gbk"), CTYPE


def comment_page(site: Site4, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"dzc{a.i}")
    dls = "".join(
        f'<dl class="ptm pbm bbda cl"><dt class="mbm"><a href="home.php?mod=space&amp;uid={100 + c}" '
        f'class="xi2 xw1">{rng.choice(USERS)}</a><span class="xg1 xw0">'
        f"{_fmt(a.when + timedelta(hours=rng.randint(1, 60)))}</span></dt>"
        f"<dd>{esc(rng.choice(COMMENTS))}</dd></dl>"
        for c in range(a.x["comments"])
    )
    body = (
        _head(f"评论: {a.title} - {SITE} - Powered by Discuz!", rng)
        + f"""<div id="wp" class="wp"><div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm">
<div class="bm_h cl"><h1 class="xs2">评论：<a href="{a.path.lstrip("/")}">{esc(a.title)}</a></h1></div>
<div class="bm_c">{dls}</div></div></div>{_side(site, None)}</div></div>
"""
        + _foot()
    )
    return body.encode("gbk"), CTYPE


def search_page(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("dzsearch")
    body = (
        _head(f"搜索 - {SITE} - Powered by Discuz!", rng)
        + """<div id="wp" class="wp"><div id="ct" class="cl w"><div class="mw">
<form class="searchform" method="post" autocomplete="off" action="search.php?mod=portal">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td><input type="text" id="scform_srchtxt" name="srchtxt" size="65" maxlength="40" value="" class="px" /></td>
<td><button type="submit" id="scform_submit" class="pn pnc"><strong>搜索</strong></button></td></tr></table></form>
<p class="xg1">请输入搜索关键字，可用空格分隔多个关键字。</p></div></div></div>
"""
        + _foot()
    )
    return body.encode("gbk"), CTYPE


def register(site: Site4) -> None:
    arts = site.of("discuz")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
        if a.x["comments"]:
            site.route(
                f"/portal.php?mod=comment&id={a.x['aid']}&idtype=aid",
                lambda a=a: comment_page(site, a),  # type: ignore[misc]
            )
    site.route("/portal.php", lambda: portal_home(site))
    site.route("/search.php?mod=portal", lambda: search_page(site))
    for catid in CATS:
        items = sorted(
            (a for a in arts if a.x["catid"] == catid), key=lambda a: a.when, reverse=True
        )
        pages = [items[k : k + PER_PAGE] for k in range(0, len(items), PER_PAGE)]
        n_pages = len(pages)
        for p, chunk in enumerate(pages):
            path = f"/portal.php?mod=list&catid={catid}" + (f"&page={p + 1}" if p else "")
            site.route(
                path,
                lambda c=catid, p=p, chunk=chunk, n=n_pages: listing(site, c, p, n, chunk),  # type: ignore[misc]
            )
