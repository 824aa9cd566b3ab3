"""Site 54's article pages: 凡科建站 (absolutely positioned modules, text in nested
``<span>``/``<font>``, the headline in a styled div, 发布时间 in a module), 阿里云·云速成美站 (grid
rows, a news-detail module, 来源/作者/浏览量), 易企秀 H5 rendered for SEO (``<section>`` blocks,
credits in a closing section), a Typecho town blog (作者, 发布于, 分类/标签, 评论区) and a 2019
WordPress site with a Chinese theme in GBK."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc
from .pools import ORG

if TYPE_CHECKING:
    from .generator import Site54

COMMENTERS = [
    *("路过的", "老街坊", "柳河人在深圳", "小陈", "王老师", "一只猫", "游客", "阿强"),
    *("山里人家", "晓梅", "老李头", "周周", "河边的风", "张师傅", "在外的游子", "匿名"),
]
REMARKS = [
    "看着好亲切，好多年没回去了。",
    "照片拍得不错，就是少了点。",
    "支持一下，希望越办越好！",
    "小时候天天在那儿玩，现在都认不出来了。",
    "请问下次是什么时候？想带孩子去看看。",
    "写得真好，转给家里人看了。",
    "博主辛苦了，每篇都看。",
    "那家店还开着吗？",
    "为家乡点赞。",
    "去年去过一次，人特别多。",
]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda a: a.when, reverse=True)


def li(a: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{esc(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a><span class="time">{a.when:{fmt}}</span></li>'


def others(site: Site54, a: Art, k: int, key: str) -> list[Art]:
    rng = page_rng(site.seed, key + a.path)
    pool = [b for b in site.of(a.tpl) if b is not a]
    return rng.sample(pool, min(k, len(pool)))


def head_common(rng: random.Random, tpl: str, n_css: int = 260, n_js: int = 40) -> str:
    return f"<style>{css(rng, tpl, n_css)}</style>\n<script>{filler_js(rng, 'lib-' + tpl, n_js)}</script>\n<script>{stats_js('s54' + tpl)}</script>"


def comments(rng: random.Random, a: Art, n: int) -> list[tuple[str, str, object]]:
    out = []
    when = a.when
    for who in rng.sample(COMMENTERS, n):
        when = when + timedelta(hours=rng.randint(2, 40), minutes=rng.randint(0, 59))
        out.append((who, rng.choice(REMARKS), when))
    return out


# --- 1. 凡科建站 ---------------------------------------------------------------------------
def fk_body(a: Art) -> str:
    out = []
    nm, st = a.x["nm"], a.x["style"]
    font = '<font face="微软雅黑">'
    if st == "wentu":
        out.append(
            f'<p style="text-align:center;"><span style="font-size:14px;"><font color="#7f7f7f">文/{nm[0]}　图/{nm[1]}</font></span></p>'
        )
    for b in a.blocks:
        if b.kind == "p":
            out.append(
                f'<p style="line-height:2em;text-indent:2em;"><span style="font-size:16px;">{font}<span style="color:#333333;">{esc(b.text)}</span></font></span></p>'
            )
        elif b.kind == "h":
            out.append(
                f'<p style="line-height:2em;text-indent:2em;"><span style="font-size:16px;"><strong><font color="#c00000">{esc(b.text)}</font></strong></span></p>'
            )
        else:
            out.append(
                f'<p style="text-align:center;"><img src="//{a.x["id"]}.s21i.faiusr.com/2/ABUIABACGAAg{b.src[-16:-4]}.jpg" style="width:600px;" alt=""></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align:center;"><span style="font-size:14px;"><font color="#666666">{esc(b.text)}</font></span></p>'
                )
            if b.credit:
                out.append(
                    f'<p style="text-align:right;"><span style="font-size:12px;"><font color="#999999">{esc(b.credit)}</font></span></p>'
                )
    if st == "office":
        out.append(
            f'<p style="text-align:right;"><span style="font-size:14px;"><font face="微软雅黑">通讯员：{a.correspondents[0]}</font></span></p>'
        )
    if a.editors:
        out.append(
            f'<p><span style="font-size:14px;"><font color="#7f7f7f">编辑：{a.editors[0]}　　审核：{a.editors[1]}</font></span></p>'
        )
    return "\n".join(out)


def fk_module(
    n: int, left: int, top: int, w: int, h: int, title: str, inner: str, cls: str = "formStyle1"
) -> str:
    banner = (
        f'<div class="formBanner"><div class="formBannerTitle"><div class="titleText"><span class="textModuleName">{title}</span></div></div></div>'
        if title
        else ""
    )
    return f'<div id="module{n}" _indexClass="form" class="form {cls}" style="position:absolute;left:{left}px;top:{top}px;width:{w}px;height:{h}px;" _modulestyle="{cls[-1]}" _moduleid="{n}">{banner}<div class="formMiddle formMiddle{n}"><div class="formMiddleContent formMiddleContent{n}">{inner}</div></div></div>'


def fk_page(site: Site54, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st, org = a.x["style"], ORG["fk"]
    author = {
        "person": a.x["nm"][0],
        "wentu": "管理员",
        "admin": "管理员",
        "office": "党政办",
        "blank": "",
    }[st]
    au = f'<span class="newsInfo newsInfo-author">作者：{author}</span>' if author else ""
    fmt = "%Y-%m-%d %H:%M"
    newest = "".join(
        f'<tr><td class="newsTitle"><a href="{esc(b.path)}" target="_self">{esc(trunc(b.title, 18))}</a></td><td class="newsCalendar">{b.when:%Y-%m-%d}</td></tr>'
        for b in others(site, a, 8, "new")
    )
    rel = ""
    if a.related:
        items = "".join(
            f'<div class="relatedLine"><a href="{esc(p)}" target="_self"><span class="relatedTitle">{esc(site.by_path[p].title)}</span></a><span class="relatedDate">{site.by_path[p].when:%Y-%m-%d}</span></div>'
            for p in a.related
        )
        rel = f'<div class="newsRelated"><div class="relatedTitleWrap"><span class="relatedHead">相关新闻</span></div><div class="relatedList">{items}</div></div>'
    arts = latest(site.of("fk"))
    k = arts.index(a)
    prev = (
        f'<a href="{esc(arts[k + 1].path)}">上一篇：{esc(arts[k + 1].title)}</a>'
        if k + 1 < len(arts)
        else "上一篇：没有了"
    )
    nxt = (
        f'<a href="{esc(arts[k - 1].path)}">下一篇：{esc(arts[k - 1].title)}</a>'
        if k
        else "下一篇：没有了"
    )
    detail = f"""<div class="newsDetail"><div class="title" style="font-size:24px;font-weight:bold;color:#1e5a9c;text-align:center;line-height:40px;">{esc(a.title)}</div>
<div class="newsInfoWrap" style="text-align:center;color:#999;font-size:12px;"><span class="newsInfo">发布时间：{a.when:{fmt}}</span>{au}<span class="newsInfo">阅读：<span id="viewCount">{rng.randint(50, 3000)}</span></span></div>
<div class="richContent richContent0" style="margin-top:20px;">
{fk_body(a)}
</div>
<div class="newsShare"><span>分享到：</span><a class="shareIcon weixin" href="javascript:;" title="微信"></a><a class="shareIcon qzone" href="javascript:;" title="QQ空间"></a><a class="shareIcon sina" href="javascript:;" title="新浪微博"></a></div>
<div class="pagenation"><div class="prev">{prev}</div><div class="next">{nxt}</div></div>
{rel}
</div>"""
    nav = "".join(
        f'<td class="item"><a href="{u}"><span class="itemName">{t}</span></a></td>'
        for u, t in [
            ("/", "首页"),
            ("/col.jsp?id=103", "镇情概况"),
            ("/nr.jsp", "新闻动态"),
            ("/col.jsp?id=105", "办事指南"),
            ("/col.jsp?id=106", "招商引资"),
            ("/col.jsp?id=107", "联系我们"),
        ]
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<title>{esc(a.title)}-{org}</title>
<meta name="keywords" content="{org},{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 80))}">
<link type="text/css" href="//jss.faisys.com/css/base.min.css?v=202404" rel="stylesheet">
{head_common(rng, "fk", 320, 60)}
<script>var _siteDemo=false;var _colId=104;var _lcid=2052;var _manageStatus=false;var _templateDefLayout={{"nav":1,"banner":1}};var _newsId={a.x["id"] // 10 + 20};</script>
</head>
<body id="g_body" class="g_locale2052 g_cusSiteWidth">
<div id="g_main" class="g_main g_col104">
<div id="web" class="g_web">
<div id="webTop" class="webTop" style="height:120px;position:relative;">
{fk_module(301, 20, 18, 420, 70, "", f'<div class="richContent"><p><span style="font-size:30px;"><font face="微软雅黑" color="#1e5a9c"><b>{org}</b></font></span></p><p><span style="font-size:12px;"><font color="#888888">QINGSHI TOWN PEOPLE&#39;S GOVERNMENT</font></span></p></div>', "formStyle3")}
{fk_module(302, 760, 40, 220, 30, "", '<div class="richContent"><p><span style="font-size:14px;">服务热线：0797-88888888</span></p></div>', "formStyle3")}
</div>
<div id="webNav" class="webNav"><table class="nav" cellpadding="0" cellspacing="0"><tr>{nav}</tr></table></div>
<div id="webBanner" class="webBanner" style="height:300px;"><div class="banner"><img src="//{a.x["id"]}.s21i.faiusr.com/2/banner_news.jpg" alt=""></div></div>
<div id="webContainer" class="webContainer"><div id="container" class="container"><div class="containerMiddle" style="position:relative;min-height:1200px;">
{fk_module(311, 0, 0, 240, 380, "新闻动态", f'<table class="newsList">{newest}</table>', "formStyle9")}
{fk_module(312, 0, 400, 240, 200, "联系我们", '<div class="richContent"><p><span style="font-size:14px;"><font face="微软雅黑">地址：青石镇青石街1号</font></span></p><p><span style="font-size:14px;"><font face="微软雅黑">电话：0797-88888888</font></span></p><p><span style="font-size:14px;"><font face="微软雅黑">邮编：341000</font></span></p></div>', "formStyle9")}
{fk_module(313, 260, 0, 740, 1150, "新闻详情", detail, "formStyle9 newsDetailModule")}
</div></div></div>
<div id="webFooter" class="webFooter"><div class="footer"><div class="footerNav"><a href="/">首页</a> | <a href="/col.jsp?id=103">镇情概况</a> | <a href="/nr.jsp">新闻动态</a> | <a href="/col.jsp?id=107">联系我们</a></div>
<div class="footerInfo"><p>©2024 {org} 版权所有　赣ICP备00000000号-1</p><p><a href="https://jz.fkw.com/" target="_blank">凡科建站</a>提供技术支持 | <a href="/sys/login.jsp">管理登录</a></p></div></div></div>
<div id="fixedRightSideBtns"><div class="s_backToTop"><a href="javascript:;">返回顶部</a></div></div>
</div></div>
<script>Fai.top=window;jm(function(){{Site.initPage();Site.initModuleNewsDetail(313,{{"hasRelated":{str(bool(a.related)).lower()}}});Site.logDog(100111,1);}});</script>
</body>
</html>
"""
    return served(page)


# --- 2. 阿里云·云速成美站 ------------------------------------------------------------------
def al_body(a: Art) -> str:
    nm, st = a.x["nm"], a.x["style"]
    out = []
    if st == "wentu":
        out.append(f"<p>文/{nm[0]}　图/{nm[1]}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(
                f'<p style="text-indent: 2em;"><span style="font-size: 16px; font-family: 宋体, SimSun;">{esc(b.text)}</span></p>'
            )
        elif b.kind == "h":
            out.append(
                f'<p><strong><span style="font-size: 16px; color: rgb(0, 112, 192);">{esc(b.text)}</span></strong></p>'
            )
        else:
            out.append(
                f'<p style="text-align: center;"><img src="https://img.alicdn.com/imgextra/i{1 + a.i % 4}/{b.src[-16:-4]}.jpg" alt="" width="640"></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align: center;"><span style="font-size: 14px; color: rgb(127, 127, 127);">{esc(b.text)}</span></p>'
                )
    if len(a.editors) == 2:
        out.append(
            f'<p style="text-align: right;"><span style="font-size: 14px;">编辑：{a.editors[0]}</span></p><p style="text-align: right;"><span style="font-size: 14px;">审核：{a.editors[1]}</span></p>'
        )
    else:
        out.append(
            f'<p style="text-align: right;"><span style="font-size: 14px;">审核：{a.editors[0]}</span></p>'
        )
    return "\n".join(out)


def al_page(site: Site54, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, org = a.x["nm"], a.x["style"], ORG["al"]
    author = {
        "person": nm[0],
        "admin": "admin",
        "corr": f"通讯员 {nm[2]}",
        "rep_corr": f"{nm[0]} 通讯员 {nm[2]}",
        "wentu": "小编",
        "office": "教务处",
    }[st]
    source = org if a.i % 3 else "本站"
    rel = ""
    if a.related:
        items = "".join(
            f'<div class="col-md-6 col-sm-12"><div class="related-item"><a href="{p}"><div class="related-title">{esc(site.by_path[p].title)}</div><div class="related-date">{site.by_path[p].when:%Y-%m-%d}</div></a></div></div>'
            for p in a.related
        )
        rel = f'<div class="row"><div class="col-md-12"><div class="module module-related-news" id="mod-{a.x["id"]}-rel"><div class="module-title"><h3>相关推荐</h3></div><div class="row">{items}</div></div></div></div>'
    hot = "".join(li(b, "%Y-%m-%d") for b in others(site, a, 6, "hot"))
    cats = "".join(
        f'<li><a href="/news/?cat={k}">{t}</a></li>'
        for k, t in [
            (1, "学校新闻"),
            (2, "通知公告"),
            (3, "德育天地"),
            (4, "教学科研"),
            (5, "校园风采"),
        ]
    )
    arts = latest(site.of("al"))
    k = arts.index(a)
    prev = (
        f'<a href="{arts[k + 1].path}">{esc(arts[k + 1].title)}</a>'
        if k + 1 < len(arts)
        else "没有了"
    )
    nxt = f'<a href="{arts[k - 1].path}">{esc(arts[k - 1].title)}</a>' if k else "没有了"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}-{org}</title>
<meta name="keywords" content="{org},{esc(a.x["ctx"]["topic"])}">
<meta name="description" content="{esc(trunc(a.paras[0], 100))}">
<link rel="stylesheet" href="https://g.alicdn.com/sd/sitebuilder/3.4.2/css/bootstrap.min.css">
{head_common(rng, "al", 300, 55)}
<script>window.__SITE_CONFIG__={{"siteId":"{40000 + a.i}","lang":"zh-CN","pageType":"newsDetail","newsId":"{a.x["id"]}"}};</script>
</head>
<body class="sb-page sb-news-detail">
<header class="sb-header"><div class="container"><div class="row">
<div class="col-md-4"><a class="logo" href="/"><img src="/uploads/logo.png" alt="{org}"><span class="logo-text">{org}</span></a></div>
<div class="col-md-8"><nav class="sb-nav"><ul class="nav-list"><li><a href="/">首页</a></li><li><a href="/about/">学校概况</a></li><li class="active"><a href="/news/">新闻中心</a></li><li><a href="/teachers/">师资队伍</a></li><li><a href="/enroll/">招生信息</a></li><li><a href="/contact/">联系我们</a></li></ul></nav></div>
</div></div></header>
<div class="sb-banner"><img src="/uploads/banner-news.jpg" alt="新闻中心"></div>
<div class="container sb-main">
<div class="row"><div class="col-md-12"><div class="module module-breadcrumb"><a href="/">首页</a> / <a href="/news/">新闻中心</a> / <span>正文</span></div></div></div>
<div class="row">
<div class="col-md-3 col-sm-12"><div class="module module-category"><div class="module-title"><h3>新闻分类</h3></div><ul>{cats}</ul></div>
<div class="module module-news-list"><div class="module-title"><h3>热门新闻</h3></div><ul>{hot}</ul></div></div>
<div class="col-md-9 col-sm-12">
<div class="module module-news-detail" data-module-type="news-detail">
<div class="news-detail-header"><h2 class="news-detail-title">{esc(a.title)}</h2>
<div class="news-detail-info"><span class="info-item">发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span class="info-item">来源：{source}</span><span class="info-item">作者：{author}</span><span class="info-item">浏览量：<em class="pv">{rng.randint(100, 5000)}</em></span></div></div>
<div class="news-detail-content sb-richtext">
{al_body(a)}
</div>
<div class="news-detail-share"><span>分享：</span><a href="javascript:;" class="share-wechat">微信</a><a href="javascript:;" class="share-weibo">微博</a><a href="javascript:;" class="share-qq">QQ</a></div>
<div class="news-detail-pager"><p>上一篇：{prev}</p><p>下一篇：{nxt}</p></div>
</div>
{rel}
</div></div></div>
<footer class="sb-footer"><div class="container"><div class="row"><div class="col-md-4"><h4>联系我们</h4><p>地址：云溪县学府路66号</p><p>电话：0571-6600{rng.randint(1000, 9999)}</p></div><div class="col-md-4"><h4>快速链接</h4><p><a href="/news/">新闻中心</a> <a href="/enroll/">招生信息</a> <a href="/contact/">联系我们</a></p></div><div class="col-md-4"><h4>关注我们</h4><img src="/uploads/qrcode.png" alt="微信公众号"></div></div>
<div class="copyright">Copyright © 2024 {org} 版权所有　浙ICP备00000000号 | 本网站由<a href="https://www.aliyun.com/product/sitebuilder">阿里云</a>提供云计算及安全服务</div></div></footer>
<script src="https://g.alicdn.com/sd/sitebuilder/3.4.2/js/runtime.js"></script>
</body>
</html>
"""
    return served(page)


# --- 3. 易企秀 H5 -----------------------------------------------------------------------------
def h5_credits(a: Art) -> str:
    nm, st = a.x["nm"], a.x["style"]
    rows = {
        "wenzi": [f"文字：{nm[0]}", f"摄影：{nm[1]}", f"编辑：{nm[4]}", f"审核：{nm[5]}"],
        "wenan": [f"文案｜{nm[0]}", f"图片｜{nm[1]}", f"编辑｜{nm[4]}"],
        "source": ["来源：协会秘书处", f"编辑：{nm[4]}"],
        "corr": [f"通讯员：{nm[2]}", f"编辑：{nm[4]}", f"审核：{nm[5]}"],
    }[st]
    ps = "".join(
        f'<p style="text-align:left;font-size:13px;color:#8c8c8c;line-height:1.8;"><span>{r}</span></p>'
        for r in rows
    )
    return f'<section class="eqc-credits" style="margin-top:30px;padding:12px 16px;border-top:1px dashed #d9d9d9;">{ps}</section>'


def h5_page(site: Site54, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    org = ORG["h5"]
    secs = []
    color = rng.choice(["#c0392b", "#1f4e79", "#0e7c61"])
    for b in a.blocks:
        if b.kind == "p":
            secs.append(
                f'<section class="eqc-text" style="margin:10px 0;padding:0 16px;"><p style="font-size:15px;line-height:1.9;letter-spacing:1px;color:#3f3f3f;text-align:justify;"><span>{esc(b.text)}</span></p></section>'
            )
        elif b.kind == "h":
            secs.append(
                f'<section class="eqc-title" style="margin:24px 0 10px;text-align:center;"><section style="display:inline-block;padding:4px 18px;background:{color};border-radius:14px;"><p style="font-size:16px;color:#fff;"><strong>{esc(b.text)}</strong></p></section></section>'
            )
        else:
            cap = (
                f'<p style="font-size:12px;color:#999;text-align:center;margin-top:6px;"><span>{esc(b.text)}</span></p>'
                if b.text
                else ""
            )
            secs.append(
                f'<section class="eqc-image" style="margin:14px 0;padding:0 16px;"><img data-src="https://res1.eqh5.com/store/{b.src[-16:-4]}.jpg" src="https://res1.eqh5.com/store/{b.src[-16:-4]}.jpg" style="width:100%;" alt="">{cap}</section>'
            )
    date = f"{a.when.year}年{a.when.month}月{a.when.day}日"
    more = "".join(
        f'<li class="work-item"><a href="{b.path}"><img src="https://res1.eqh5.com/cover/{b.x["id"]}.jpg"><p class="work-name">{esc(b.title)}</p><p class="work-pv">{rng.randint(300, 9000)}次浏览</p></a></li>'
        for b in others(site, a, 6, "more")
    )
    hot = "".join(
        f'<li><a href="https://www.eqxiu.com/mall/detail-h5/{rng.randint(1000000, 9999999)}">{t}</a></li>'
        for t in [
            "企业年会邀请函模板",
            "招聘H5 简约商务",
            "活动回顾相册",
            "公益活动宣传",
            "会议邀请函 蓝色科技风",
            "毕业纪念册",
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(a.title)}</title>
<meta name="keywords" content="易企秀,H5,{org}">
<meta name="description" content="{esc(trunc(a.paras[0], 60))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="https://res1.eqh5.com/cover/{a.x["id"]}.jpg">
<link rel="stylesheet" href="https://lib.eqh5.com/eqxiu-h5/scene.min.css?v=5.8.2">
{head_common(rng, "h5", 260, 70)}
<script>window.scene={{"id":{30000000 + a.x["id"]},"code":"{a.path[3:]}","name":"{esc(a.title)}","type":"h5","bgAudio":{{"url":"https://res1.eqh5.com/music/{rng.randint(100, 999)}.mp3"}},"property":{{"slideNumber":true,"autoFlip":false,"forbidHandFlip":false}}}};</script>
</head>
<body>
<div id="eqx-main" class="scene-wrapper">
<div class="audio-btn" id="audio_btn"><i class="icon-music"></i></div>
<div id="eqx-seo" class="eqx-seo-article">
<section class="eqc-cover" style="padding:30px 16px 10px;text-align:center;background:linear-gradient(#fff,#f6f6f6);"><section style="font-size:22px;font-weight:bold;color:{color};line-height:1.5;"><span>{esc(a.title)}</span></section><section style="margin-top:12px;font-size:13px;color:#888;"><span>{org}</span>　<span>{date}</span></section></section>
{"".join(secs)}
{h5_credits(a)}
<section class="eqc-end" style="text-align:center;padding:20px;"><img src="https://res1.eqh5.com/store/qrcode-{a.x["id"]}.png" width="120" alt=""><p style="font-size:12px;color:#aaa;">长按识别二维码 关注{org}</p></section>
</div>
<div class="eqx-page-tools"><a href="javascript:;" class="btn-like">点赞</a><a href="javascript:;" class="btn-share">分享</a><a href="https://www.eqxiu.com/report?code={a.path[3:]}" class="btn-report">举报</a></div>
<div class="eqx-more"><h3>{org}的更多作品</h3><ul class="work-list">{more}</ul><p><a href="/works/">查看全部作品</a></p></div>
<div class="eqx-hot"><h3>热门模板</h3><ul>{hot}</ul></div>
<div class="eqx-brand"><a href="https://www.eqxiu.com/">易企秀</a> 提供技术支持 | <a href="https://www.eqxiu.com/create">我也要制作</a></div>
</div>
<script src="https://lib.eqh5.com/eqxiu-h5/scene.min.js?v=5.8.2"></script>
</body>
</html>
"""
    return served(page)


# --- 4. Typecho town blog ---------------------------------------------------------------------
TC_TAGS = ["柳河镇", "老街", "家乡", "随手拍", "美食", "节日", "乡村"]


def tc_body(a: Art) -> str:
    out = []
    if a.x["style"] == "guest":
        out.append(f"<p>文/{a.x['nm'][0]}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        else:
            out.append(
                f'<p><img src="/usr/uploads/{a.when:%Y/%m}/{b.src[-14:-4]}.jpg" alt="{esc(b.text) or "IMG_" + b.src[-8:-4]}" title="{esc(b.text)}"></p>'
            )
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.x["style"] == "guest":
        out.append(
            f"<blockquote><p>本文由{a.x['nm'][0]}投稿，感谢分享。欢迎街坊们来稿，邮箱见“关于”页面。</p></blockquote>"
        )
    return "\n".join(out)


def tc_side(site: Site54, a: Art, rng: random.Random) -> str:
    recent = "".join(
        f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in latest(site.of("tc"))[:8]
    )
    rep = "".join(
        f'<li><a href="{b.path}#comments">{rng.choice(COMMENTERS)}</a>: {esc(trunc(rng.choice(REMARKS), 12))}</li>'
        for b in others(site, a, 6, "rep")
    )
    return f"""<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
<section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">{recent}</ul></section>
<section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">{rep}</ul></section>
<section class="widget"><h3 class="widget-title">分类</h3><ul class="widget-list"><li><a href="/category/town/">镇上新闻</a></li><li><a href="/category/life/">生活随笔</a></li></ul></section>
<section class="widget"><h3 class="widget-title">归档</h3><ul class="widget-list"><li><a href="/archives.html">文章归档</a></li><li><a href="/2024/05/">2024年5月</a></li><li><a href="/2019/05/">2019年5月</a></li></ul></section>
<section class="widget"><h3 class="widget-title">其它</h3><ul class="widget-list"><li><a href="/admin/login.php">登录</a></li><li><a href="/feed/">文章 RSS</a></li><li><a href="/feed/comments/">评论 RSS</a></li></ul></section>
</div>"""


def tc_page(site: Site54, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    st = a.x["style"]
    author, uid = ("柳河老周", 1) if st == "blogger" else ("admin", 2)
    cat = ("life", "生活随笔") if a.i % 2 else ("town", "镇上新闻")
    tags = rng.sample(TC_TAGS, 2)
    cm = comments(rng, a, rng.randint(2, 5))
    cid = int(a.path.split("/")[2])
    items = "".join(
        f'<li id="li-comment-{cid * 10 + k}" class="comment-body comment-{"odd" if k % 2 else "even"}"><div id="comment-{cid * 10 + k}"><div class="comment-author" itemprop="creator" itemscope itemtype="http://schema.org/Person"><span itemprop="image"><img class="avatar" src="https://cravatar.cn/avatar/{rng.getrandbits(64):016x}?s=32&r=G&d=" alt="{who}" width="32" height="32"></span><cite class="fn" itemprop="name">{who}</cite></div><div class="comment-meta"><a href="{a.path}#comment-{cid * 10 + k}"><time itemprop="commentTime" datetime="{w:%Y-%m-%dT%H:%M:%S}+08:00">{w.year}年{w.month}月{w.day}日 {w:%H:%M}</time></a></div><div class="comment-content" itemprop="commentText"><p>{text}</p></div><div class="comment-reply"><a href="{a.path}?replyTo={cid * 10 + k}#respond-post-{cid}" rel="nofollow">回复</a></div></div></li>'
        for k, (who, text, w) in enumerate(cm)
    )
    rel = ""
    if a.related:
        rel = f'<div class="related-posts"><h3>相关文章</h3><ul class="related_post">{"".join(f"<li><a href={chr(34)}{p}{chr(34)} title={chr(34)}{esc(site.by_path[p].title)}{chr(34)}>{esc(site.by_path[p].title)}</a></li>" for p in a.related)}</ul></div>'
    arts = latest(site.of("tc"))
    k = arts.index(a)
    prev = (
        f'<a href="{arts[k + 1].path}" title="{esc(arts[k + 1].title)}">{esc(arts[k + 1].title)}</a>'
        if k + 1 < len(arts)
        else "没有了"
    )
    nxt = (
        f'<a href="{arts[k - 1].path}" title="{esc(arts[k - 1].title)}">{esc(arts[k - 1].title)}</a>'
        if k
        else "没有了"
    )
    page = f"""<!DOCTYPE HTML>
<html class="no-js">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>{esc(a.title)} - 柳河镇那些事儿</title>
    <link rel="stylesheet" href="/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="/usr/themes/default/grid.css">
    <link rel="stylesheet" href="/usr/themes/default/style.css">
    <meta name="description" content="{esc(trunc(a.paras[0], 90))}" />
    <meta name="keywords" content="{",".join(tags)}" />
    <meta name="generator" content="Typecho 1.2.1" />
    <meta name="template" content="default" />
    <link rel="pingback" href="/action/xmlrpc" />
    <link rel="alternate" type="application/rss+xml" title="{esc(a.title)} &raquo; 柳河镇那些事儿 &raquo; RSS 2.0" href="/feed{a.path}" />
{head_common(rng, "tc", 220, 45)}
</head>
<body>
<header id="header" class="clearfix">
    <div class="container"><div class="row">
        <div class="site-name col-mb-12 col-9"><a id="logo" href="/">柳河镇那些事儿</a><p class="description">一个柳河人记下的家长里短</p></div>
        <div class="site-search col-3 kit-hidden-tb"><form id="search" method="post" action="/" role="search"><label for="s" class="sr-only">搜索关键字</label><input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索" /><button type="submit" class="submit">搜索</button></form></div>
        <div class="col-mb-12"><nav id="nav-menu" class="clearfix" role="navigation"><a href="/">首页</a><a href="/about.html" title="关于">关于</a><a href="/archives.html" title="归档">归档</a><a href="/links.html" title="友情链接">友情链接</a></nav></div>
    </div></div>
</header>
<div id="body"><div class="container"><div class="row">
<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="post-title" itemprop="name headline"><a itemprop="url" href="{a.path}">{esc(a.title)}</a></h1>
        <ul class="post-meta">
            <li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="/author/{uid}/" rel="author">{author}</a></li>
            <li>发布于 <time datetime="{a.when:%Y-%m-%dT%H:%M:%S}+08:00" itemprop="datePublished">{a.when.year}年{a.when.month}月{a.when.day}日</time></li>
            <li>分类: <a href="/category/{cat[0]}/">{cat[1]}</a></li>
        </ul>
        <div class="post-content" itemprop="articleBody">
{tc_body(a)}
        </div>
        <p itemprop="keywords" class="tags">标签: {", ".join(f'<a href="/tag/{t}/">{t}</a>' for t in tags)}</p>
    </article>
    {rel}
    <div id="comments">
        <h3>已有 {len(cm)} 条评论</h3>
        <ol class="comment-list">{items}</ol>
        <div id="respond-post-{cid}" class="respond"><div class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="{a.path}#respond-post-{cid}" rel="nofollow" style="display:none">取消回复</a></div>
        <h3 id="response">添加新评论</h3>
        <form method="post" action="{a.path}comment" id="comment-form" role="form"><p><label for="author" class="required">称呼</label><input type="text" name="author" id="author" class="text" value="" required /></p><p><label for="mail">Email</label><input type="email" name="mail" id="mail" class="text" value="" /></p><p><label for="url">网站</label><input type="url" name="url" id="url" class="text" placeholder="http://" value="" /></p><p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea></p><p><button type="submit" class="submit">提交评论</button></p></form></div>
    </div>
    <ul class="post-near"><li>上一篇: {prev}</li><li>下一篇: {nxt}</li></ul>
</div>
{tc_side(site, a, rng)}
</div></div></div>
<footer id="footer" role="contentinfo">&copy; {a.when.year} <a href="/">柳河镇那些事儿</a>. 由 <a href="http://www.typecho.org">Typecho</a> 强力驱动. <a href="https://beian.miit.gov.cn/">湘ICP备00000000号</a></footer>
</body>
</html>
"""
    return served(page)


# --- 5. WordPress 2019, GBK ---------------------------------------------------------------------
def wp_body(a: Art) -> str:
    nm, st = a.x["nm"], a.x["style"]
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.text:
            n = int(b.src[-9:-4], 16) % 900 + 100
            out.append(
                f'<div id="attachment_{n}" style="width: 610px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{n}" class="size-full wp-image-{n}" src="/wp-content/uploads/2019/05/{b.src[-14:-4]}.jpg" alt="" width="600" height="400" /><p id="caption-attachment-{n}" class="wp-caption-text">{esc(b.text)}</p></div>'
            )
        else:
            out.append(
                f'<p><img class="aligncenter size-full" src="/wp-content/uploads/2019/05/{b.src[-14:-4]}.jpg" alt="" width="600" height="400" /></p>'
            )
    if st == "wentu_end":
        out.append(f'<p style="text-align: right;">（文/{nm[0]} 图/{nm[1]}）</p>')
    if a.editors:
        out.append(f'<p style="text-align: right;">责任编辑：{a.editors[0]}</p>')
    return "\n".join(out)


def wp_page(site: Site54, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    nm, st, org = a.x["nm"], a.x["style"], ORG["wp"]
    author = {
        "xiaobian": "小编",
        "person": nm[0],
        "admin": "admin",
        "corr_lead": "小编",
        "wentu_end": "admin",
    }[st]
    pid = int(a.path[1:-5])
    rel = ""
    if a.related:
        rel = f'<div class="related-article"><div class="related-title"><h3>相关文章</h3></div><ul class="related-list">{"".join(li(site.by_path[p], "%Y-%m-%d") for p in a.related)}</ul><div class="clear"></div></div>'
    hot = "".join(
        f'<li><span class="li-icon li-icon-{k}">{k}</span><a href="{b.path}" rel="bookmark">{esc(b.title)}</a></li>'
        for k, b in enumerate(others(site, a, 8, "hot"), 1)
    )
    new = "".join(
        f'<li><a href="{b.path}" rel="bookmark">{esc(b.title)}</a></li>'
        for b in latest(site.of("wp"))[:8]
    )
    tagcloud = " ".join(
        f'<a href="/tag/{t}/" class="tag-cloud-link" style="font-size: {rng.randint(8, 22)}pt;">{t}</a>'
        for t in [
            "挖掘机",
            "装载机",
            "安全生产",
            "展会",
            "技能比武",
            "质量月",
            "售后服务",
            "企业文化",
        ]
    )
    cm = comments(rng, a, rng.randint(0, 3))
    clist = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{pid + k}"><article id="div-comment-{pid + k}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/wp-content/themes/begin/img/gravatar.png" class="avatar avatar-48" height="48" width="48"><b class="fn">{who}</b><span class="says">说道：</span></div><div class="comment-metadata"><a href="{a.path}#comment-{pid + k}"><time datetime="{w:%Y-%m-%dT%H:%M:%S}+08:00">{w.year}年{w.month}月{w.day}日 {w:%H:%M}</time></a></div></footer><div class="comment-content"><p>{text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{a.path}?replytocom={pid + k}#respond">回复</a></div></article></li>'
        for k, (who, text, w) in enumerate(cm)
    )
    ctitle = (
        f'<h2 class="comments-title">《{esc(a.title)}》有 {len(cm)} 条评论</h2><ol class="comment-list">{clist}</ol>'
        if cm
        else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="GBK">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(a.title)} | {org}</title>
<meta name="description" content="{esc(trunc(a.paras[0], 80))}" />
<meta name="keywords" content="{esc(a.x["ctx"]["item"])},{org}" />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{org} &raquo; Feed" href="/feed" />
<link rel='stylesheet' id='begin-style-css' href='/wp-content/themes/begin/style.css?ver=2019.04.16' type='text/css' media='all' />
<link rel='stylesheet' id='fonts-css' href='/wp-content/themes/begin/css/fonts/fonts.css?ver=2019.04.16' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<link rel='https://api.w.org/' href='/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 5.1.1" />
<link rel="canonical" href="{a.path}" />
<link rel='shortlink' href='/?p={pid}' />
{head_common(rng, "wp", 300, 50)}
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div id="header-main" class="header-main">
<div class="logo-site"><p class="site-title"><a href="/"><img src="/wp-content/uploads/2018/10/logo.png" alt="{org}"></a></p><p class="site-description">专业工程机械制造商</p></div>
<div id="site-nav-wrap"><nav id="site-nav" class="main-nav"><ul id="menu-nav" class="down-menu nav-menu"><li class="menu-item"><a href="/">网站首页</a></li><li class="menu-item"><a href="/about/">关于我们</a></li><li class="menu-item current-post-ancestor"><a href="/category/xwdt/">新闻动态</a></li><li class="menu-item"><a href="/product/">产品中心</a></li><li class="menu-item"><a href="/service/">售后服务</a></li><li class="menu-item"><a href="/contact/">联系我们</a></li></ul></nav></div>
</div></header>
<nav class="breadcrumb"><a class="crumbs" href="/">首页</a> <i class="be be-arrowright"></i> <a href="/category/xwdt/">新闻动态</a> <i class="be be-arrowright"></i> 正文</nav>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-xwdt ms">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1></header>
<div class="entry-content">
<div class="begin-single-meta"><span class="my-date"><i class="be be-schedule"></i> {a.when:%Y-%m-%d %H:%M}</span><span class="meta-author"><i class="be be-personoutline"></i> 作者：{author}</span><span class="meta-cat">分类：<a href="/category/xwdt/" rel="category tag">新闻动态</a></span><span class="views"><i class="be be-eye"></i> {rng.randint(100, 4000)} 次浏览</span></div>
<div class="single-content">
{wp_body(a)}
</div>
<div class="s-weixin"><ul class="weimg1"><li><strong>微信公众号</strong></li><li>扫码关注{org}</li><li><img src="/wp-content/uploads/2018/10/qrcode.jpg" alt="weixin"></li></ul></div>
<div class="content-empty"></div>
<footer class="single-footer"><div class="single-cat-tag"><div class="single-cat">所属分类：<a href="/category/xwdt/" rel="category tag">新闻动态</a></div></div></footer>
<div class="clear"></div>
</div>
</article>
<div class="single-tag"><ul class="wow fadeInUp"><li><a href="/tag/{esc(a.x["ctx"]["item"])}/" rel="tag">{esc(a.x["ctx"]["item"])}</a></li></ul></div>
<div class="authorbio"><ul class="spostinfo"><li>本文链接：<a href="/?p={pid}">{a.path}</a></li><li>转载请注明出处。</li></ul></div>
<nav class="nav-single"><a href="/category/xwdt/" rel="prev"><span class="meta-nav"><span class="post-nav">上一篇</span><br/>返回列表</span></a></nav>
{rel}
<div id="comments" class="comments-area">{ctitle}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" rows="4"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="提交" /><input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID" /></p></form></div></div>
</main></div>
<div id="sidebar" class="widget-area all-sidebar">
<aside class="widget hot_comment"><h3 class="widget-title"><span class="cat">热门文章</span></h3><div id="hot_post_widget"><ul>{hot}</ul></div></aside>
<aside class="widget widget_recent_entries"><h3 class="widget-title"><span class="cat">最新文章</span></h3><ul>{new}</ul></aside>
<aside class="widget widget_tag_cloud"><h3 class="widget-title"><span class="cat">热门标签</span></h3><div class="tagcloud">{tagcloud}</div></aside>
<aside class="widget"><h3 class="widget-title"><span class="cat">联系方式</span></h3><div class="textwidget"><p>销售热线：400-000-0000</p><p>地址：临江市经济开发区恒达路8号</p></div></aside>
</div>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright &copy; 2019 {org} 版权所有 <a href="http://www.beian.miit.gov.cn/">苏ICP备00000000号</a> | Theme by <a href="http://zmingcx.com/">知更鸟</a></div></footer>
</div>
<script type='text/javascript' src='/wp-content/themes/begin/js/script.js?ver=2019.04.16'></script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=5.1.1'></script>
</body>
</html>
"""
    return served(page, "gbk")


RENDER: dict[str, Callable[[Site54, Art], tuple[bytes, str]]] = {
    "fk": fk_page,
    "al": al_page,
    "h5": h5_page,
    "tc": tc_page,
    "wp": wp_page,
}


def register(site: Site54) -> None:
    for a in site.arts:
        site.route(a.path, lambda a=a: RENDER[a.tpl](site, a))


__all__ = ["Block", "latest", "li", "register"]
