"""A Chinese city portal on DedeCMS 5.7 (GBK, declared gb2312), default-template descendants.

Articles at ``/a/2024/0315/1234.html``; column lists at ``/a/guonei/`` and ``list_5_2.html``.
The info line's ``作者:admin`` is the CMS account, not a writer; ``佚名`` means anonymous.
"""

# ruff: noqa: E501  (markup is copied the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from .common import Art, ad_slot, esc
from .pools import comment_text_zh

if TYPE_CHECKING:
    from .generator import Site3

SITE = "江城在线"
COLUMNS = {"bendi": (3, "本地新闻"), "guonei": (5, "国内新闻")}
PAGE = 4
NAV = [
    ("/", "主页"),
    ("/a/bendi/", "本地新闻"),
    ("/a/guonei/", "国内新闻"),
    ("/roll/", "滚动新闻"),
    ("/zt/chunyun2024/", "专题"),
    ("http://bbs.jiangcheng.example/", "江城论坛"),
    ("http://house.jiangcheng.example/", "房产"),
    ("http://auto.jiangcheng.example/", "汽车"),
    ("http://edu.jiangcheng.example/", "教育"),
    ("http://job.jiangcheng.example/", "招聘"),
]


def _css() -> str:
    rules = []
    for i in range(180):
        rules.append(
            f".w960 .pleft .c{i}{{float:left;width:{200 + i % 40 * 5}px;margin:{i % 7}px 0 0 "
            f"{i % 11}px;font-size:12px;line-height:{18 + i % 6}px;color:#{(i * 4021) % 0xFFFFFF:06x}}}"
        )
    return "\n".join(rules)


def _head(title: str, desc: str, aid: int | None) -> str:
    mobile = f"/m/view.php?aid={aid}" if aid else "/m/"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title)}</title>
<meta name="keywords" content="江城,江城新闻,江城在线,本地新闻" />
<meta name="description" content="{esc(desc)}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<meta http-equiv="mobile-agent" content="format=xhtml;url={mobile}">
<script type="text/javascript">if(window.location.toString().indexOf('pref=padindex') != -1){{}}else{{if(/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/MIDP|SymbianOS|NOKIA|SAMSUNG|LG|NEC|TCL|Alcatel|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|SIE-|Amoi|ZTE/.test(navigator.userAgent))){{if(window.location.href.indexOf("?mobile")<0){{try{{if(/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)){{window.location.href="{mobile}";}}else if(/iPad/i.test(navigator.userAgent)){{}}else{{}}}}catch(e){{}}}}}}}}</script>
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){{
  var taget_obj = document.getElementById('_ajax_feedback');
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/member/ajax_feedback.php");
  DedeXHTTP = null;
}}
function postBadGood(ftype,aid)
{{
	var taget_obj = document.getElementById(ftype+aid);
	var saveid = GetCookie('badgoodid');
	if(saveid != null)
	{{
		var saveids = saveid.split(',');
		var hasid = false;
		saveid = '';
		j = 1;
		for(i=saveids.length-1;i>=0;i--)
		{{
			if(saveids[i]==aid && hasid) continue;
			else {{
				if(saveids[i]==aid && !hasid) hasid = true;
				saveid += (saveid=='' ? saveids[i] : ','+saveids[i]);
				j++;
				if(j==10 && hasid) break;
				if(j==9 && !hasid) break;
			}}
		}}
		if(hasid) {{ alert('您刚才已表决过了喔！'); return false;}}
		else saveid += ','+aid;
		SetCookie('badgoodid',saveid,1);
	}}
	else
	{{
		SetCookie('badgoodid',aid,1);
	}}
	myajax = new DedeAjax(taget_obj,false,false,'','','');
	myajax.SendGet2("/plus/feedback.php?aid="+aid+"&action="+ftype+"&fid=1");
}}
-->
</script>
<style type="text/css">
{_css()}
</style>
</head>"""


def _top() -> str:
    nav = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in NAV)
    hot = "".join(
        f"<a href='http://{k}.jiangcheng.example/'>{t}</a> | "
        for k, t in (("tv", "江城电视"), ("wx", "微信矩阵"), ("app", "客户端下载"), ("e", "数字报"))
    )
    return f"""<body class="articleview">
<div class="header_top">
 <div class="w960 center">
  <span id="time" class="time">欢迎访问江城在线！</span>
  <div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a><a href="/data/rssmap.html" class="rss">RSS订阅</a><span>[<a href="" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.jiangcheng.example');">设为首页</a>] [<a href="javascript:window.external.AddFavorite('http://www.jiangcheng.example','江城在线')">加入收藏</a>]</span></div>
 </div>
</div>
<div class="header">
 <div class="top w960 center">
  <div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="江城在线"/></a></h1></div>
  <div class="banner">{ad_slot("dede-top", "广告")}</div>
  <div class="quicklinks">{hot}</div>
 </div>
 <div class="module blue mT10 wrapper w963">
  <div id="navMenu"><ul>{nav}</ul></div>
  <div class="search"><form name="formsearch" action="/plus/search.php"><div class="form"><h4>搜索</h4><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){{this.value='';}}" onblur="if(this.value==''){{this.value='在这里搜索...';}}" /><select name="searchtype" class="search-option" id="search-option"><option value="title" selected='1'>检索标题</option><option value="titlekeyword">智能模糊</option></select><button type="submit" class="search-submit">搜索</button></div></form></div>
 </div>
</div>"""


def _footer() -> str:
    links = "".join(
        f"<a href='{h}'>{t}</a> | "
        for h, t in (
            ("/contact/", "联系我们"),
            ("/privacy/", "隐私政策"),
            ("http://www.jiangcheng.example/about/", "关于我们"),
            ("http://www.jiangcheng.example/ad/", "广告服务"),
            ("http://www.jiangcheng.example/law/", "法律声明"),
        )
    )
    return f"""<div class="footer w960 center mt1 clear">
 <div class="footer_left"></div>
 <div class="footer_body">
 <p class="powered">{links}<br />
Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)--国内最专业的PHP网站管理系统，轻松建站的首选利器。" target="_blank"><strong>DedeCMS_V57_GBK_SP2</strong></a> &copy; 2004-2024 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2002-2024 江城在线 版权所有 鄂ICP备13025871号-1 鄂公网安备42050202000371号<br />违法和不良信息举报电话：0717-6201234 举报邮箱：jubao@jiangcheng.example</div></p>
 </div>
 <div class="footer_right"></div>
</div>
<script type="text/javascript">var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?6c2f0b2f3e1a4d5c9b8a7e6f5d4c3b2a";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</body>
</html>"""


def _right(site: Site3, a: Art | None) -> str:
    hot = [site.by_path[p] for p in site.dede_hot if a is None or p != a.path][:10]
    hot_li = "".join(f'<li><a href="{h.path}">{esc(h.title)}</a></li>' for h in hot)
    commend = [site.by_path[p] for p in site.dede_commend if a is None or p != a.path][:4]
    com_li = "".join(
        f'<li><a href="{c.path}" class="title">{esc(c.title)}</a><span class="intro">'
        f"{esc(c.paras[0][:40])}...</span></li>"
        for c in commend
    )
    return f"""<div class="pright">
 <div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">{com_li}</ul></dd></dl></div>
 {ad_slot("dede-right", "广告")}
 <div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热门排行</strong></dt><dd class='light'><ul class="c1 ico2">{hot_li}</ul></dd></dl></div>
</div>"""


def _info(a: Art) -> str:
    date = f"{a.when:%Y-%m-%d}" if a.precision == "day" else f"{a.when:%Y-%m-%d %H:%M}"
    return (
        f'<div class="info"> <small>时间:</small>{date}<small>来源:</small>{esc(a.x["source"])} '
        f'<small>作者:</small>{esc(a.x["writer"])} <small>点击:</small><script src="/plus/count.'
        f'php?view=yes&aid={a.x["aid"]}&mid=1" type=\'text/javascript\' language="javascript">'
        "</script>次</div>"
    )


def article(site: Site3, a: Art) -> tuple[bytes, str]:
    rng = random.Random(f"dede:{a.path}")
    arts = sorted(site.of("dede"), key=lambda b: b.when)
    k = arts.index(a)
    col = a.x["col"]
    colname = COLUMNS[col][1]
    body = []
    for j, p in enumerate(a.paras):
        body.append(f"<p>\u3000\u3000{esc(p)}</p>")
        if j == 1 and a.x["image"]:
            body.append(
                f'<p style="text-align: center;"><img alt="" src="/uploads/allimg/{a.when:%y%m%d}/'
                f'1-{a.when:%y%m%d}0S{a.x["aid"] % 997}.jpg" style="width: 600px; height: 400px;" />'
                f'</p><p style="text-align: center;">{esc(a.x["caption"])}</p>'
            )
    if a.editors:
        body.append(f"<p>(责任编辑：{esc(a.editors[0])})</p>")
    prev_a = arts[k - 1] if k > 0 else None
    next_a = arts[k + 1] if k + 1 < len(arts) else None
    ctx = (
        f"<li>上一篇：<a href='{prev_a.path}'>{esc(prev_a.title)}</a> </li>"
        if prev_a
        else "<li>上一篇：没有了 </li>"
    ) + (
        f"<li>下一篇：<a href='{next_a.path}'>{esc(next_a.title)}</a> </li>"
        if next_a
        else "<li>下一篇：没有了 </li>"
    )
    rel = [site.by_path[p] for p in a.related]
    rel_li = "".join(
        f'<li><a href="{r.path}">{esc(r.title)}</a><span>{r.when:%m-%d}</span></li>' for r in rel
    )
    comments = ""
    if a.x["comments"]:
        items = []
        for j in range(rng.randint(2, 4)):
            ip = f"{rng.randint(58, 222)}.{rng.randint(1, 254)}.*.*"
            when = a.when + timedelta(hours=3 + j * 7, minutes=rng.randint(0, 59))
            items.append(
                f'<li><div class="title"><span class="username">江城网友 [{ip}]</span>'
                f'<span class="date">{when:%Y-%m-%d %H:%M} 发表</span></div><div class="content">'
                f"{esc(comment_text_zh(rng))}</div></li>"
            )
        comments = (
            '<div class="mt1"><dl class="tbox"><dt><strong>最新评论</strong><span class="more">'
            f'<a href="/plus/feedback.php?aid={a.x["aid"]}">进入详细评论页&gt;&gt;</a></span></dt>'
            f'<dd><div class="dcmp-content"><ul>{"".join(items)}</ul></div></dd></dl></div>'
        )
    title = a.title
    page = f"""{_head(f"{title}_{SITE}", a.paras[0][:80], a.x["aid"])}
{_top()}
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"> <strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/{col}/'>{colname}</a> > </div>
 <div class="viewbox">
  <div class="title"><h2>{esc(title)}</h2></div>
  {_info(a)}
  <div class="intro">{esc(a.paras[0][:60])}…</div>
  <div class="content">
   <table width='100%'><tr><td>
    <div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>
    {"".join(body)}
   </td></tr></table>
  </div>
  <div class="dede_pages"><ul class="pagelist"></ul></div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle">
   <div class="context"><ul>{ctx}</ul></div>
   <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={a.x["aid"]}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={a.x["aid"]}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={a.x["aid"]}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
  </div>
 </div>
 <div class="newdigg" id="newdigg"><div class="diggbox digg_good" onmousemove="this.style.backgroundPosition='left bottom';" onmouseout="this.style.backgroundPosition='left top';" onclick="javascript:postDigg('good',{a.x["aid"]})"><div class="digg_act">顶一下</div><div class="digg_num">({rng.randint(0, 40)})</div></div><div class="diggbox digg_bad" onclick="javascript:postDigg('bad',{a.x["aid"]})"><div class="digg_act">踩一下</div><div class="digg_num">({rng.randint(0, 9)})</div></div></div>
 <div class="xiangguan mt1"><dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="c2 ico1">{rel_li}</ul></dd></dl></div>
 {comments}
 <div class="mt1"><dl class="tbox"><dt><strong>发表评论</strong><span class="more"></span></dt><dd><div class="dcmp-title"><small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</small></div><div class="dcmp-stand"><strong>评价:</strong><input type="radio" name="feedbacktype" checked="1" value="feedback" id="dcmp-stand-neu" /><label for="dcmp-stand-neu"><img src="/templets/default/images/cmt-neu.gif" />中立</label><input type="radio" name="feedbacktype" value="good" id="dcmp-stand-good" /><label for="dcmp-stand-good"><img src="/templets/default/images/cmt-good.gif" />好评</label><input type="radio" name="feedbacktype" value="bad" id="dcmp-stand-bad" /><label for="dcmp-stand-bad"><img src="/templets/default/images/cmt-bad.gif" />差评</label></div><div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div><div class="dcmp-post"><div class="dcmp-userinfo" id="_ajax_feedback">验证码:<input type="text" name="validate" size="4" class="ipt-txt" style="text-transform:uppercase;"/><img src= "/include/vdimgck.php" id="validateimg" style="cursor:pointer" onclick="this.src=this.src+'?'" title="点击我更换图片" alt="点击我更换图片" /><input type="checkbox" name="notuser" id="dcmp-submit-guest" /><label for="dcmp-submit-guest" />匿名? </label></div><div class="dcmp-submit"><button type="button" onclick='PostComment()'>发表评论</button></div></div></dd></dl></div>
</div>
{_right(site, a)}
</div>
{_footer()}"""
    return page.encode("gbk", errors="xmlcharrefreplace"), "text/html"


def listing(
    site: Site3, col: str, page: int, items: list[Art], pages: int, total: int
) -> tuple[bytes, str]:
    typeid, colname = COLUMNS[col]
    rows = "".join(
        f"<li><a href='/a/{col}/' class='preview'><img src='/uploads/allimg/{a.when:%y%m%d}/"
        f'1-{a.when:%y%m%d}0S{a.x["aid"] % 997}-L.jpg\'/></a><a href="{a.path}" class="title">'
        f'{esc(a.title)}</a><span class="info"><small>日期：</small>{a.when:%Y-%m-%d %H:%M:%S}'
        f'<small>点击：</small>{a.x["aid"] % 500 + 30}<small>好评：</small>0</span><p class="intro">'
        f"{esc(a.paras[0][:70])}...</p></li>"
        for a in items
    )

    def href(p: int) -> str:
        return f"list_{typeid}_{p + 1}.html"

    lis = [f"<li><a href='list_{typeid}_1.html'>首页</a></li>" if page else "<li><a>首页</a></li>"]
    if page:
        lis.append(f"<li><a href='{href(page - 1)}'>上一页</a></li>")
    for p in range(pages):
        lis.append(
            f'<li class="thisclass">{p + 1}</li>'
            if p == page
            else f"<li><a href='{href(p)}'>{p + 1}</a></li>"
        )
    if page + 1 < pages:
        lis.append(f"<li><a href='{href(page + 1)}'>下一页</a></li>")
    lis.append(f"<li><a href='{href(pages - 1)}'>末页</a></li>")
    lis.append(
        f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span></li>'
    )
    page_html = f"""{_head(f"{colname}_{SITE}", f"{SITE}{colname}频道", None)}
{_top()}
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"> <strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/{col}/'>{colname}</a> > </div>
 <div class="listbox"><ul class="e2">{rows}</ul></div>
 <div class="dede_pages"><ul class="pagelist">{"".join(lis)}</ul></div>
</div>
{_right(site, None)}
</div>
{_footer()}"""
    return page_html.encode("gbk", errors="xmlcharrefreplace"), "text/html"


def register(site: Site3) -> None:
    arts = sorted(site.of("dede"), key=lambda a: a.when, reverse=True)
    for a in arts:
        site.route(a.path, partial(article, site, a))
    for col, (typeid, _) in COLUMNS.items():
        items = [a for a in arts if a.x["col"] == col]
        pages = -(-len(items) // PAGE)
        for p in range(pages):
            chunk = items[p * PAGE : (p + 1) * PAGE]
            fn = partial(listing, site, col, p, chunk, pages, len(items))
            site.route(f"/a/{col}/" if p == 0 else f"/a/{col}/list_{typeid}_{p + 1}.html", fn)
            if p == 0:
                site.route(f"/a/{col}/list_{typeid}_1.html", fn)
