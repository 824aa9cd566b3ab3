"""A university news site on WebPlus (UTF-8): ``/2024/0315/c1461a56789/page.htm`` articles with a
date-only ``arti_metas`` line, credits (文/图 审核 编辑) as the body's last paragraph; column
listings ``/1461/list.htm``, ``/1461/list2.htm``; a static 学校简介 column page."""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc

if TYPE_CHECKING:
    from .generator import Site4

SITE = "东湖科技大学新闻网"
COLS = {1461: "学校要闻", 1462: "学术动态"}
PER_PAGE = 4
MENU = [
    ("首页", "/main.htm"),
    ("学校要闻", "/1461/list.htm"),
    ("学术动态", "/1462/list.htm"),
    ("学校简介", "/1401/list.htm"),
    ("媒体东科", "/1461/list.htm"),
    ("校园人物", "/1462/list.htm"),
    ("视频新闻", "/m/video/20240318/v3301.html"),
]


def _head(title: str, rng: random.Random, desc: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=1200">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/1/1.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/00/04/4/style/5/5.css" rel="stylesheet"/>
<link type="text/css" href="/_js/_portletPlugs/sudyNavi/css/sudyNav.css" rel="stylesheet" />
<link type="text/css" href="/_js/_portletPlugs/simpleNews/css/simplenews.css" rel="stylesheet" />
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="4"></script>
<script language="javascript" src="/_js/jquery.sudy.wp.visitcount.js"></script>
<script type="text/javascript" src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
<style type="text/css">
{css(rng, "wp", 170)}
</style>
</head>
<body class="list">
<!--Start||head-->
<div class="wrapper header" id="header">
 <div class="inner">
  <div class="mod clearfix">
   <div class="head-left" frag="面板1">
    <div class="sitelogo" frag="窗口1" portletmode="simpleSiteAttri">
     <a href="/main.htm" title="返回{SITE}首页"><img border='0' src='/_upload/site/00/04/4/logo.png' /><span class="sitetitle">{SITE}</span></a>
    </div>
   </div>
   <div class="head-right" frag="面板2">
    <div class="site-lang clearfix" frag="窗口2"><ul class="clearfix"><li class="links i1"><a href="https://www.dhkj.edu.example/" target="_blank">学校主页</a></li><li class="links i2"><a href="https://xxgk.dhkj.edu.example/" target="_blank">信息公开</a></li></ul></div>
    <div class="searchbox" frag="窗口4" portletmode="search"><div class="wp-search clearfix"><form action="/_web/_search/api/searchCon/create.rst?_p=YXM9NCZ0PTUmZD0xNyZwPTEmbT1TTiY_" method="post" target="_blank"><div class="search-input"><input name="keyword" class="search-title" type="text" placeholder="请输入关键词..."/></div><div class="search-btn"><input name="submit" class="search-submit" type="submit" value=""/></div></form></div></div>
   </div>
  </div>
 </div>
</div>
<!--End||head-->
<!--Start||nav-->
<nav class="wrapper nav wp-navi" id="nav">
 <div class="inner clearfix">
  <div class="wp-panel">
   <div class="wp-window" frag="窗口3">
    <div class="navi-slide-head"><h3 class="navi-slide-title">导航</h3><a class="navi-slide-arrow"></a></div>
    <ul class="wp-menu" data-nav-aside='{{"title":"导航","index":0}}'>
{"".join(f'<li class="menu-item i{k + 1}"><a class="menu-link" href="{u}" target="_self">{t}</a><ul class="sub-menu"><li class="sub-item i{k + 1}-1"><a class="sub-link" href="{u}" target="_self">{t}</a></li></ul></li>' for k, (t, u) in enumerate(MENU))}
    </ul>
   </div>
  </div>
 </div>
</nav>
<!--End||nav-->
"""


def _colnav(cur: str) -> str:
    items = "".join(
        f'<li class="wp_column column-{k + 1}{" selected" if t == cur else ""}"><a title="{t}" '
        f'href="{u}" class="col_item_link"><span class="column-name">{t}</span></a></li>'
        for k, (t, u) in enumerate(MENU[1:6])
    )
    return f"""<div class="col_menu">
 <div class="l_tit"><h3 class="col_name">新闻栏目</h3></div>
 <div class="col_menu_con" frag="窗口31" portletmode="simpleColumnList">
  <ul class="wp_listcolumn list-paddingleft-2">{items}</ul>
 </div>
</div>"""


FOOT = f"""<!--Start||footer-->
<footer class="wrapper footer" id="footer">
 <div class="inner">
  <div class="mod clearfix">
   <div class="foot-left" frag="窗口5" portletmode="simpleSudyPage">
    <div class="news_box">
     <p>版权所有：东湖科技大学党委宣传部　地址：湖滨市东湖大道1号　邮编：430070</p>
     <p>电话：027-8765 4321　投稿邮箱：news@dhkj.edu.example</p>
     <p><a href="https://beian.miit.example/" target="_blank">鄂ICP备05003355号</a>　鄂公网安备 42010602000789号　Copyright © 2016-2024 {SITE}</p>
    </div>
   </div>
   <div class="foot-right"><img src="/_upload/site/00/04/4/wx.png" alt="" /><p>东湖科大官方微信</p></div>
  </div>
 </div>
</footer>
<!--End||footer-->
<script type="text/javascript" src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
<script type="text/javascript">$(function(){{ $(".wp-menu").sudyNav(); }});</script>
</body>
<script type="text/javascript" src="/_js/_portletPlugs/wp_photos/layer/layer.min.js"></script>
<script type="text/javascript" src="/_js/_portletPlugs/wp_photos/layer/plugins/photo.js"></script>
</html>
"""


def _block_html(b: Block) -> str:
    if b.kind == "h":
        return (
            '<p style="text-indent:2em;margin-bottom:15px;line-height:2em;">'
            f'<span style="font-size:16px;"><strong>{esc(b.text)}</strong></span></p>'
        )
    if b.kind == "img":
        out = (
            f'<p style="text-align:center;"><img data-layer="photo" src="{b.src}" '
            f"original-src=\"{b.src}\" sudyfile-attr=\"{{'title':'{b.src[-14:]}'}}\" "
            'style="float:none;width:600px;" /></p>'
        )
        if b.text:
            out += (
                '<p style="text-align:center;"><span style="font-size:14px;font-family:楷体,'
                f'楷体_GB2312;">{esc(b.text)}</span></p>'
            )
        return out
    return (
        '<p style="text-indent:2em;margin-bottom:15px;line-height:2em;">'
        f'<span style="font-size:16px;font-family:宋体,SimSun;">{esc(b.text)}</span></p>'
    )


def credits(a: Art) -> list[str]:
    x = a.x
    st, ed, rev, ph = x["style"], a.editors[0], x["reviewer"], x["photographer"]
    au = a.authors[0] if a.authors else ""
    if st == "wentu":
        lines = [f"文/图：{au}　审核：{rev}　编辑：{ed}"]
    elif st == "wen+tu":
        lines = [f"文：{au}　图：{ph}　审核：{rev}　编辑：{ed}"]
    elif st == "gonggao":
        lines = [f"供稿：{x['school']}　编辑：{ed}　审核：{rev}"]
    elif st == "zhuangao":
        lines = [f"撰稿：{au}　摄影：{ph}　审核：{rev}　责任编辑：{ed}"]
    else:
        lines = [f"文：{au}　通讯员：{a.correspondents[0]}　审核：{rev}　编辑：{ed}"]
    if a.i == 9:
        lines.insert(0, f"（供稿：{x['school']}）")
    return lines


def article(site: Site4, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"wp{a.i}")
    x = a.x
    col = COLS[x["col"]]
    body = "\n".join(_block_html(b) for b in a.blocks)
    cred = "".join(
        f'<p style="text-align:right;line-height:2em;"><span style="font-size:16px;">{c}</span></p>'
        for c in credits(a)
    )
    pub = '<span class="arti_publisher">发布者：党委宣传部</span>' if x["publisher"] else ""
    page = (
        _head(a.title, rng, a.paras[0][:100])
        + f"""<!--Start||content-->
<div class="wrapper" id="l-container">
 <div class="inner clearfix">
  <div class="col_menu_box">{_colnav(col)}</div>
  <div class="col_news">
   <div class="col_news_head">
    <h2 class="col_name">{col}</h2>
    <div class="col_path"><span class="path_name">当前位置：</span><a href="/main.htm" target="_self">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/{x["col"]}/list.htm" target="_self">{col}</a></div>
   </div>
   <div class="col_news_con">
    <div class="infobox">
     <div class="article" frag="窗口3" portletmode="simpleArticleAttri">
      <h1 class="arti_title">{esc(a.title)}</h1>
      <h2 class="arti_title"></h2>
      <p class="arti_metas">{pub}<span class="arti_update">发布时间：{a.when:%Y-%m-%d}</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=4&type=3&articleId={x["aid"]}">{x["views"]}</span></span></p>
      <div class="entry">
       <div class="read"><div class='wp_articlecontent'>{body}
{cred}</div></div>
      </div>
     </div>
    </div>
    <div class="share clearfix"><span>分享到：</span><div class="bdsharebuttonbox"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
    <div class="print-close"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
   </div>
  </div>
 </div>
</div>
<!--End||content-->
"""
        + FOOT
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def listing(site: Site4, col: int, page: int, n_pages: int, items: list[Art]) -> tuple[bytes, str]:
    rng = random.Random(f"wpl{col}{page}")
    name = COLS[col]
    lis = "".join(
        f'<li class="news n{k + 1} clearfix"><span class="news_title"><a href=\'{a.path}\' '
        f"target='_blank' title='{esc(a.title)}'>{esc(a.title)}</a></span>"
        f'<span class="news_meta">{a.when:%Y-%m-%d}</span></li>'
        for k, a in enumerate(items)
    )

    def href(p: int) -> str:
        return f"/{col}/list.htm" if p == 0 else f"/{col}/list{p + 1}.htm"

    nav = f'<a class="first" href="{href(0)}" target="_self"><span>第一页</span></a>'
    if page > 0:
        nav += f'<a class="prev" href="{href(page - 1)}" target="_self"><span>&lt;&lt;上一页</span></a>'
    if page + 1 < n_pages:
        nav += f'<a class="next" href="{href(page + 1)}" target="_self"><span>下一页&gt;&gt;</span></a>'
    nav += f'<a class="last" href="{href(n_pages - 1)}" target="_self"><span>尾页</span></a>'
    page_html = (
        _head(name, rng)
        + f"""<div class="wrapper" id="l-container"><div class="inner clearfix">
<div class="col_menu_box">{_colnav(name)}</div>
<div class="col_news"><div class="col_news_head"><h2 class="col_name">{name}</h2>
<div class="col_path"><span class="path_name">当前位置：</span><a href="/main.htm">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/{col}/list.htm">{name}</a></div></div>
<div class="col_news_con"><div id="wp_news_w6"><ul class="news_list list2">{lis}</ul></div>
<div id="wp_paging_w6"><ul class="wp_paging clearfix"><li class="pages_count"><span class="per_page">每页&nbsp;<em class="per_count">{PER_PAGE}</em>&nbsp;记录&nbsp;</span></li>
<li class="page_nav">{nav}</li><li class="page_jump"><span class="pages">页码&nbsp;<em class="curr_page">{page + 1}</em>/<em class="all_pages">{n_pages}</em></span></li></ul></div>
</div></div></div></div>
"""
        + FOOT
    )
    return page_html.encode("utf-8"), "text/html; charset=utf-8"


INTRO = [
    "东湖科技大学是一所以工为主，理、工、经、管、文、法、艺等多学科协调发展的省属重点大学，"
    "学校前身为1958年创办的东湖工学院，2003年经教育部批准更名为东湖科技大学。",
    "学校现有东湖、南湖两个校区，占地面积3200余亩，校舍建筑面积110余万平方米。"
    "设有18个学院，开设本科专业72个，拥有博士学位授权一级学科5个、硕士学位授权一级学科21个。",
    "学校现有教职工2600余人，其中专任教师1800余人，具有高级职称的教师900余人。"
    "全日制在校本科生2.8万余人，研究生6000余人，留学生300余人。",
    "学校坚持“厚德博学、求是创新”的校训，秉承“立足地方、服务行业”的办学定位，"
    "为国家和地方经济社会发展培养了30余万名各类专门人才。",
    "机构设置：党委办公室、校长办公室、党委组织部、党委宣传部、纪委办公室、教务处、"
    "科学技术研究院、研究生院、人事处、财务处、学生工作部、国际交流与合作处、后勤保障处等。",
]


def about(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("wpabout")
    paras = "".join(
        f'<p style="text-indent:2em;line-height:2em;"><span style="font-size:16px;">{t}</span></p>'
        for t in INTRO
    )
    page = (
        _head("学校简介", rng)
        + f"""<div class="wrapper" id="l-container"><div class="inner clearfix">
<div class="col_menu_box">{_colnav("学校简介")}</div>
<div class="col_news"><div class="col_news_head"><h2 class="col_name">学校简介</h2>
<div class="col_path"><span class="path_name">当前位置：</span><a href="/main.htm">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/1401/list.htm">学校简介</a></div></div>
<div class="col_news_con"><div class="wp_articlecontent">{paras}</div></div></div>
</div></div>
"""
        + FOOT
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def home(site: Site4) -> tuple[bytes, str]:
    rng = random.Random("wphome")
    boxes = []
    for col, name in COLS.items():
        arts = [a for a in site.of("webplus") if a.x["col"] == col][:5]
        lis = "".join(
            f'<li class="news clearfix"><span class="news_title"><a href="{a.path}" target="_blank">'
            f'{esc(a.title)}</a></span><span class="news_meta">{a.when:%m-%d}</span></li>'
            for a in arts
        )
        boxes.append(
            f'<div class="post post{col}"><div class="tt"><h3 class="tit"><span class="title">'
            f'{name}</span></h3><a class="more-btn" href="/{col}/list.htm">更多</a></div>'
            f'<div class="con"><ul class="news_list">{lis}</ul></div></div>'
        )
    page = (
        _head(SITE, rng)
        + f'<div class="wrapper" id="container-1"><div class="inner clearfix">{"".join(boxes)}'
        + '<div class="post"><a href="/1401/list.htm">学校简介</a></div></div></div>'
        + FOOT
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site4) -> None:
    arts = site.of("webplus")
    for a in arts:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    site.route("/main.htm", lambda: home(site))
    site.route("/1401/list.htm", lambda: about(site))
    for col in COLS:
        items = sorted((a for a in arts if a.x["col"] == col), key=lambda a: a.when, reverse=True)
        pages = [items[k : k + PER_PAGE] for k in range(0, len(items), PER_PAGE)]
        n_pages = len(pages)
        for p, chunk in enumerate(pages):
            path = f"/{col}/list.htm" if p == 0 else f"/{col}/list{p + 1}.htm"
            site.route(
                path,
                lambda col=col, p=p, chunk=chunk, n=n_pages: listing(site, col, p, n, chunk),  # type: ignore[misc]
            )
