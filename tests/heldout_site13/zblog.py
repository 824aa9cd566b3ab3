"""Z-Blog PHP (1.7, the default theme lightly customised) pages of an association's news site
(临江市电子商务协会), UTF-8: posts at ``/post/123.html``; ``h1#BlogTitle`` is the site's name,
the post's title is ``h2.post-title``, its day (no time) in ``h4.post-date`` as 2024年05月08日;
``h6.post-footer`` 作者:X | 分类:Y | 浏览:N | 评论:N; 标签 links; the post's own closing lines
(（单位 通讯员：X）, 编辑：X　审核：Y); a « 上一篇 / 下一篇 » bar; 相关文章 (the theme's related
list); comments with their own times; the sidebar's 日历, 网站分类, 最近发表, 最新留言, 文章归档,
标签列表 and 友情链接. Lists ``/category-2.html`` and ``/category-2_2.html``, ``/tags-N.html``,
``/author-N.html``, ``/date-2024-5.html``."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, trunc
from .pools import names

if TYPE_CHECKING:
    from .generator import Site13

CT = "text/html; charset=utf-8"
NAME = "临江市电子商务协会"
CATS = {2: "协会动态", 3: "会员风采", 4: "政策法规"}
COMMENTS = [
    "协会的活动办得越来越好了，点赞！",
    "希望以后多组织这样的培训。",
    "我们公司也参加了，收获很大。",
    "请问下次活动什么时候报名？",
    "内容很实用，已转发给同事。",
]


def _tag_ids(site: Site13) -> dict[str, int]:
    tags = sorted({t for a in site.of("zblog") for t in a.x["tags"]})
    return {t: 5 + k for k, t in enumerate(tags)}


def _sidebar(site: Site13, rng: Any, me: Art | None) -> str:
    mine = sorted(site.of("zblog"), key=lambda a: a.when)[::-1]
    cal_rows = []
    days = {a.when.day for a in mine}
    first, ndays = calendar.monthrange(2024, 5)
    cells = ["<td></td>"] * first
    for d in range(1, ndays + 1):
        cells.append(
            f'<td><a href="/date-2024-5-{d}.html" title="{d}">{d}</a></td>'
            if d in days
            else f"<td>{d}</td>"
        )
    while len(cells) % 7:
        cells.append("<td></td>")
    for k in range(0, len(cells), 7):
        cal_rows.append("<tr>" + "".join(cells[k : k + 7]) + "</tr>")
    cats = "".join(
        f'<li><a title="{n}" href="/category-{c}.html">{n}</a></li>' for c, n in CATS.items()
    )
    recent = "".join(
        f'<li><a title="{esc(a.title)}" href="/post/{a.path.split("/")[-1]}">{esc(a.title)}</a></li>'
        for a in mine[:6]
        if a is not me
    )
    cm = "".join(
        f'<li><a href="{o.path}#cmt{rng.randint(20, 400)}" title="{esc(c)}">{esc(trunc(c, 12))}</a></li>'
        for o, c in zip(others(rng, mine, me, 5), rng.sample(COMMENTS, 5), strict=False)
    )
    tags = "".join(
        f'<li><a title="{esc(t)}" href="/tags-{i}.html">{esc(t)}<span class="tag-count"> ({sum(t in a.x["tags"] for a in mine)})</span></a></li>'
        for t, i in _tag_ids(site).items()
    )
    return f"""<div class="function" id="divCalendar"><div class="function_t">日历</div><div class="function_c">
<table id="tbCalendar"><caption><a href="/date-2024-4.html">«</a>&nbsp;&nbsp;&nbsp;<a href="/date-2024-5.html">2024年5月</a>&nbsp;&nbsp;&nbsp;<a href="/date-2024-6.html">»</a></caption>
<thead><tr><th title="星期一" scope="col"><small>一</small></th><th title="星期二" scope="col"><small>二</small></th><th title="星期三" scope="col"><small>三</small></th><th title="星期四" scope="col"><small>四</small></th><th title="星期五" scope="col"><small>五</small></th><th title="星期六" scope="col"><small>六</small></th><th title="星期日" scope="col"><small>日</small></th></tr></thead>
<tbody>{"".join(cal_rows)}</tbody></table></div></div>
<div class="function" id="divSearchPanel"><div class="function_t">搜索</div><div class="function_c"><form name="search" method="post" action="/zb_system/cmd.php?act=search"><input type="text" name="q" size="11" /> <input type="submit" value="搜索" /></form></div></div>
<div class="function" id="divCatalog"><div class="function_t">网站分类</div><div class="function_c"><ul>{cats}</ul></div></div>
<div class="function" id="divPrevious"><div class="function_t">最近发表</div><div class="function_c"><ul>{recent}</ul></div></div>
<div class="function" id="divComments"><div class="function_t">最新留言</div><div class="function_c"><ul>{cm}</ul></div></div>
<div class="function" id="divArchives"><div class="function_t">文章归档</div><div class="function_c"><ul><li><a title="2024年5月" href="/date-2024-5.html">2024年5月 (12)</a></li><li><a title="2024年4月" href="/date-2024-4.html">2024年4月 (9)</a></li></ul></div></div>
<div class="function" id="divTags"><div class="function_t">标签列表</div><div class="function_c"><ul>{tags}</ul></div></div>
<div class="function" id="divLinkage"><div class="function_t">友情链接</div><div class="function_c"><ul><li><a href="http://www.mofcom.example/" target="_blank" title="商务部">商务部</a></li><li><a href="/" title="临江新闻网">临江新闻网</a></li><li><a href="/about/contact.html">联系我们</a></li></ul></div></div>"""


def _frame(
    site: Site13, title: str, key: str, main: str, me: Art | None, cls: str
) -> tuple[bytes, str]:
    rng = page_rng(site.seed, key)
    nav = "".join(
        f'<li><a href="/category-{c}.html" title="{n}">{n}</a></li>' for c, n in CATS.items()
    )
    page = f"""<!DOCTYPE html>
<html xml:lang="zh-Hans" lang="zh-Hans">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta name="generator" content="Z-BlogPHP 1.7.3" />
	<meta name="renderer" content="webkit">
	<title>{esc(title)}</title>
	<link rel="stylesheet" href="/zb_users/theme/default/style/default.css?v=173" type="text/css" media="all"/>
	<style type="text/css">
{css(rng, "zb", 260)}
	</style>
	<script src="/zb_system/script/jquery-2.2.4.min.js" type="text/javascript"></script>
	<script src="/zb_system/script/zblogphp.js" type="text/javascript"></script>
	<script src="/zb_system/script/c_html_js_add.php" type="text/javascript"></script>
	<link rel="alternate" type="application/rss+xml" href="/feed.php" title="{NAME}" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/zb_system/xml-rpc/?rsd" />
	<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="/zb_system/xml-rpc/wlwmanifest.xml" />
</head>
<body class="{cls}">
<div id="divAll">
	<div id="divPage">
	<div id="divMiddle">
		<div id="divTop">
			<h1 id="BlogTitle"><a href="/">{NAME}</a></h1>
			<h3 id="BlogSubTitle">服务会员 规范行业 促进发展</h3>
		</div>
		<div id="divNavBar">
<hr/>
<ul>
<li><a href="/" title="">首页</a></li>{nav}<li><a href="/about/contact.html" title="">联系我们</a></li>
</ul>
<hr/>
		</div>
		<div id="divMain">
{main}
		</div>
		<div id="divSidebar">
{_sidebar(site, rng, me)}
		</div>
		<div id="divBottom">
			<h3 id="BlogCopyRight">Copyright &copy; 2016-2024 {NAME} 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">赣ICP备16008899号</a></h3>
			<h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" title="Z-BlogPHP 1.7.3 Build 173295" target="_blank">Z-BlogPHP 1.7.3</a></h4>
		</div><div class="clear"></div>
	</div><div class="clear"></div>
	</div><div class="clear"></div>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.stat.example/hm.js?3c2b1a0f9e8d7c6b5a4938271605f4e3"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</body>
</html>"""
    return encode(page, "utf-8"), CT


def _content(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{esc(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" title="{esc(b.text)}" alt="{esc(b.text or a.title)}"/></p>'
            )
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
    if a.correspondents:
        out.append(
            f'<p style="text-align: right;">（{esc(a.x["unit"])} 通讯员：{esc(a.correspondents[0])}）</p>'
        )
    if a.editors:
        out.append(
            f'<p style="text-align: right;">编辑：{esc(a.editors[0])}　审核：{esc(a.x["reviewer"])}</p>'
        )
    return "\n".join(out)


def article(site: Site13, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    mine = sorted(site.of("zblog"), key=lambda b: b.when)
    k = mine.index(a)
    tids = _tag_ids(site)
    tags = "".join(f'<a href="/tags-{tids[t]}.html">{esc(t)}</a>&nbsp;&nbsp;' for t in a.x["tags"])
    cat, cname = a.x["cat"]
    nav = ""
    if k:
        nav += (
            f'<a class="l" href="{mine[k - 1].path}" title="{esc(mine[k - 1].title)}">« 上一篇</a>'
        )
    if k + 1 < len(mine):
        nav += (
            f'<a class="r" href="{mine[k + 1].path}" title="{esc(mine[k + 1].title)}">下一篇 »</a>'
        )
    rel = "".join(
        f'<li><a href="{p}" title="{esc(site.by_path[p].title)}">{esc(site.by_path[p].title)}</a></li>'
        for p in a.related
    )
    related = f'<div class="relatedposts"><h3>相关文章：</h3><ul>{rel}</ul></div>' if rel else ""
    cmts = []
    who = names(rng, 3)
    for n in range(a.x["comments"]):
        t = a.when.replace(
            hour=rng.randint(8, 22), minute=rng.randint(0, 59), second=rng.randint(0, 59)
        )
        t = t.replace(day=min(31, t.day + 1 + n))
        cid = rng.randint(20, 400)
        cmts.append(
            f'<ul class="msg" id="cmt{cid}"><li class="msgname"><img class="avatar" src="/zb_users/avatar/0.png" alt="" width="32"/>&nbsp;<span class="commentname">{who[n]}</span><br/><small>&nbsp;发布于&nbsp;{t:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" onclick="zbp.comment.reply(\'{cid}\')">回复该评论</a></span></small></li><li class="msgarticle">{esc(rng.choice(COMMENTS))}<label id="AjaxComment{cid}"></label></li></ul>'
        )
    main = f"""<div class="post single">
	<h4 class="post-date">{a.when:%Y年%m月%d日}</h4>
	<h2 class="post-title">{esc(a.title)}</h2>
	<div class="post-body">{_content(a)}</div>
	<h5 class="post-tags">标签: <span class="tags">{tags}</span></h5>
	<h6 class="post-footer">
		作者:{esc(a.authors[0])} | 分类:<a href="/category-{cat}.html">{cname}</a> | 浏览:{a.x["views"]} | 评论:{a.x["comments"]}
	</h6>
</div>
<div class="post-nav">{nav}</div>
{related}
<label id="AjaxCommentBegin"></label>
{"".join(cmts)}
<label id="AjaxCommentEnd"></label>
<div class="post" id="divCommentPost">
	<p class="posttop"><a name="comment">发表评论:</a><a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p>
	<form id="frmSumbit" target="_self" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid={a.path.split("/")[-1].split(".")[0]}&amp;key={rng.getrandbits(64):016x}" >
	<input type="hidden" name="inpId" id="inpId" value="{a.path.split("/")[-1].split(".")[0]}" />
	<input type="hidden" name="inpRevID" id="inpRevID" value="0" />
	<p><input type="text" name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1" /> <label for="inpName">名称(*)</label></p>
	<p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28" tabindex="2" /> <label for="inpEmail">邮箱</label></p>
	<p><label for="txaArticle">正文(*)(留言最长字数:1000)</label></p>
	<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5" ></textarea></p>
	<p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" class="button" /></p>
	</form>
	<p class="postbottom">◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。</p>
</div>"""
    return _frame(site, f"{a.title}-{NAME}", a.path, main, a, "single article")


def _index(site: Site13, title: str, key: str, arts: list[Art], pager: str) -> tuple[bytes, str]:
    posts = "".join(
        f"""<div class="post multi">
	<h4 class="post-date">{a.when:%Y年%m月%d日}</h4>
	<h2 class="post-title"><a href="{a.path}">{esc(a.title)}</a></h2>
	<div class="post-body">{esc(trunc(a.paras[0], 120))}</div>
	<h6 class="post-footer">作者:{esc(a.authors[0])} | 分类:{a.x["cat"][1]} | 浏览:{a.x["views"]} | 评论:{a.x["comments"]}</h6>
</div>"""
        for a in arts
    )
    main = f'<div class="post istop"><h2 class="post-title">{esc(title)}</h2></div>{posts}<div class="pagebar">{pager}</div>'
    return _frame(site, f"{title}-{NAME}", key, main, None, "multi")


def register(site: Site13) -> None:
    mine = sorted(site.of("zblog"), key=lambda a: a.when)[::-1]
    for a in mine:
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    c2 = [a for a in mine if a.x["cat"][0] == 2]
    p1 = '<span class="now-page">1</span><a href="/category-2_2.html"><span class="page">2</span></a><a href="/category-2_2.html" title="下一页"><span class="page">›</span></a>'
    p2 = '<a href="/category-2.html" title="上一页"><span class="page">‹</span></a><a href="/category-2.html"><span class="page">1</span></a><span class="now-page">2</span>'
    site.route("/category-2.html", lambda: _index(site, "协会动态", "zb-c2", c2[:2], p1))
    site.route("/category-2_2.html", lambda: _index(site, "协会动态", "zb-c2b", c2[2:], p2))
    for c in (3, 4):
        arts = [a for a in mine if a.x["cat"][0] == c]
        site.route(
            f"/category-{c}.html",
            lambda c=c, arts=arts: _index(site, CATS[c], f"zb-c{c}", arts, ""),  # type: ignore[misc]
        )
    for t, i in _tag_ids(site).items():
        arts = [a for a in mine if t in a.x["tags"]]
        site.route(
            f"/tags-{i}.html",
            lambda t=t, arts=arts, i=i: _index(site, f"标签：{t}", f"zb-t{i}", arts, ""),  # type: ignore[misc]
        )
    for n, who in enumerate(site.zb_accounts, 1):
        arts = [a for a in mine if a.x["acct"] == n]
        site.route(
            f"/author-{n}.html",
            lambda who=who, arts=arts, n=n: _index(site, f"作者：{who}", f"zb-a{n}", arts, ""),  # type: ignore[misc]
        )
    site.route("/date-2024-5.html", lambda: _index(site, "2024年5月", "zb-d5", mine, ""))
    for m in (4, 6):
        site.route(
            f"/date-2024-{m}.html", lambda m=m: _index(site, f"2024年{m}月", f"zb-d{m}", [], "")
        )  # type: ignore[misc]
    for d in sorted({a.when.day for a in mine}):
        arts = [a for a in mine if a.when.day == d]
        site.route(
            f"/date-2024-5-{d}.html",
            lambda d=d, arts=arts: _index(site, f"2024年5月{d}日", f"zb-day{d}", arts, ""),  # type: ignore[misc]
        )
