"""人民网-style article pages (2023-2024 layout), GB2312 declared in a meta tag only: 引题 above
the <h1>, 副题 below, ``2024年03月15日08:23 | 来源：…`` with the time glued to the day, the body in
``div.rm_txt_con``, ``(责编：…)`` after it, 相关新闻, 推荐阅读 teasers and a 热门排行 sidebar. The
column listings page as ``index.html``, ``index2.html``."""

# ruff: noqa: E501, E101  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from heldout import Art

from .common import css, encode, esc, others, page_rng, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site5

CT = "text/html"  # the server names no charset: only the page's meta does
COLS = {1004: ("finance", "经济·科技"), 1008: ("society", "社会·法治")}

NAV = [
    ("党网 · 时政", "http://cpc.people.example/"),
    ("人事", "http://renshi.people.example/"),
    ("反腐", "http://fanfu.people.example/"),
    ("理论", "http://theory.people.example/"),
    ("党史", "http://dangshi.people.example/"),
    ("党建", "http://dangjian.people.example/"),
    ("经济 · 科技", "/GB/1004/index.html"),
    ("社会 · 法治", "/GB/1008/index.html"),
    ("文旅 · 体育", "http://ent.people.example/"),
    ("健康 · 生活", "http://health.people.example/"),
    ("国际", "http://world.people.example/"),
    ("军事", "http://military.people.example/"),
    ("港澳", "http://hm.people.example/"),
    ("台湾", "http://tw.people.example/"),
    ("教育", "http://edu.people.example/"),
    ("科普", "http://kpzg.people.example/"),
    ("人民网评", "http://opinion.people.example/GB/223228/index.html"),
    ("三评", "http://opinion.people.example/GB/8213/420650/index.html"),
    ("人民财评", "http://opinion.people.example/GB/427456/index.html"),
    ("人民来论", "http://opinion.people.example/GB/431649/index.html"),
    ("领导留言板", "http://liuyan.people.example/"),
    ("强国论坛", "http://bbs1.people.example/"),
    ("人民建议", "https://liuyan.people.example/rmjy"),
    ("视频", "http://v.people.example/"),
    ("图片", "/photo/index.html"),
    ("图解", "http://graphicnews.people.example/"),
]
PROVS = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"


def _head(title: str, desc: str, extra: str, rng: Any) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{esc(title)}</title>
<meta name="renderer" content="webkit" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0">
<meta name="keywords" content="" />
<meta name="description" content="{esc(desc)}" />
<meta name="copyright" content="人民网版权所有" />
{extra}
<link href="/img/2020fenxiang/css/share2020.css" type="text/css" rel="stylesheet" media="all" />
<link href="/img/2020wbc/css/page202102.css" type="text/css" rel="stylesheet" media="all" />
<style type="text/css">
{css(rng, "rm", 260)}
</style>
<script src="/img/2020wbc/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<a id="ariaTipText" role="li" aria-label="盲人用户进入智能盲道请按快捷键Ctrl+Alt+R；阅读详细操作说明请按快捷键Ctrl+Alt+问号键。" href="javascript:void(0)"></a>
<div class="main">
	<!--头部-->
    <div class="header cf">
        <div class="layout">
            <a href="/" target="_blank"><img src="/img/2020wbc/imgs/logo.png" alt="人民网" title="人民网" /></a>
        </div>
    </div>
    <div class="wb_line"></div>
	<!--导航-->
    <div class="rm_nav cf" id="rm_topnav">
        <div class="layout rm_nav_con cf">
			<div class="col col-1">
				<ul class="cf"><li class="shouye"><a href="/" target="_blank">首页</a></li>
{_nav()}
				</ul>
			</div>
			<div class="col col-2">
				<ul class="cf">{"".join(f'<li><a href="http://{p}.people.example/" target="_blank">{p}</a></li>' for p in PROVS)}</ul>
			</div>
		</div>
	</div>
"""


def _nav() -> str:
    groups = [NAV[i : i + 6] for i in range(0, len(NAV), 6)]
    out = []
    for g, label in zip(groups, ["党政", "要闻", "观点", "互动", "可视化"], strict=False):
        items = "".join(f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in g)
        out.append(
            f'<li class="menu_item"><span>{label}<img src="/img/2020peopleindex/img/arrow2.png" class="zhuan"/></span><div><ul>{items}</ul></div></li>'
        )
    return "\n".join(out)


FOOT = (
    """	<div class="rm_footer cf">
		<div class="layout information cf">
<p><a href="/about/index.html" target="_blank">关于人民网</a><span class="xian">|</span><a href="http://hr.people.example/" target="_blank">报社招聘</a><span class="xian">|</span><a href="http://job.people.example/" target="_blank">招聘英才</a><span class="xian">|</span><a href="http://www.people.example/GB/208743/403202/index.html" target="_blank">广告服务</a><span class="xian">|</span><a href="http://gonggao.people.example/" target="_blank">供稿服务</a><span class="xian">|</span><a href="http://data.people.example/" target="_blank">数据服务</a><span class="xian">|</span><a href="http://www.people.example/n/2013/1227/c373005-23961344.html" target="_blank">网站声明</a><span class="xian">|</span><a href="http://sso.people.example/userInforPro.html" target="_blank">信息保护</a></p>
<p>人民日报违法和不良信息举报电话：010-65363263&nbsp;&nbsp;&nbsp;&nbsp;举报邮箱：<a href="mailto:jubao@people.example">jubao@people.example</a></p>
<p><a href="http://www.people.example/img/2014xuke/2018hlwxw.html" target="_blank">互联网新闻信息服务许可证10120170001</a>&nbsp;&nbsp;|&nbsp;&nbsp;<a href="http://www.people.example/img/2014xuke/2018zzdxxkz.html" target="_blank">增值电信业务经营许可证B1-20060139</a></p>
<p class="copyright">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p>
<p class="copyright">Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</p>
		</div>
	</div>
</div>
<div class="txt_float_r"><ul><li class="btn_comment"><span><em></em>评论</span></li><li class="btn_share section-common-share-wrap"><span class="btn_share_common"><em></em>分享</span></li><li class="btn_follow"><span><em></em>关注</span><div class="share_con"><i><strong class="active">微信</strong><strong>微博</strong><strong>快手</strong></i></div></li></ul></div>
<div class="topb">返回顶部</div>
<script type="text/javascript">
$(function(){
	var $bza=$(".rm_txt_con div.bza");
	if($bza.find("p").text().length>10){ $bza.show(); }
	$(".rm_type i").click(function(){ $(".rm_txt_con").toggleClass("big"); });
	$(".topb").click(function(){ $("html,body").animate({scrollTop:0},300); });
});
</script>
<script type="text/javascript">
"""
    + stats_js("9d5b1e5c0f2a8b7d6e4c3a2b1f0e9d8c")
    + """
</script>
<script src="/img/2020fenxiang/js/share_qr2020.js" type="text/javascript" charset="utf-8"></script>
</body>
</html>"""
)


def _p(text: str) -> str:
    return f"<p>　　{esc(text)}</p>"


def body_html(a: Art) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(_p(b.text))
        elif b.kind == "h":
            out.append(f"<p>　　<strong>{esc(b.text)}</strong></p>")
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" alt="" /></p>'
                f'<p style="text-align: center;"><span desc="desc">{esc(b.text)}</span></p>'
            )
    return "\n".join(out)


def article(site: Site5, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    chan, chan_name = COLS[a.x["col"]]
    mine = site.of("people")
    w = a.when
    paras = [b.text for b in a.blocks if b.kind == "p"]
    extra = (
        f'<meta name="filetype" content="0" />\n<meta name="publishedtype" content="1" />\n'
        f'<meta name="pagetype" content="1" />\n<meta name="catalogs" content="{a.x["col"]}" />\n'
        f'<meta name="contentid" content="{a.path.rsplit("-", 1)[1][:-5]}" />\n'
        f'<meta name="publishdate" content="{w:%Y-%m-%d}" />\n'
        f'<meta name="author" content="{rng.randint(100000, 109999)}" />\n'
        f'<meta name="editor" content="" />\n<meta name="source" content="来源：{a.x["source"].split("－")[-1]}" />'
    )
    head = _head(f"{a.title}--{chan_name}--人民网 ", "　　" + paras[0][:120], extra, rng)
    pre = a.x["pre"]
    sub = a.x["sub"]
    style = a.x["style"]
    authordiv = ""
    if style.startswith("authordiv"):
        shown = [n if len(n) == 3 else f"{n[0]}  {n[1]}" for n in a.authors]
        authordiv = f'<div class="author cf">本报记者  {"  ".join(shown)}</div>'
    paper = ""
    if a.x["paper"]:
        paper = f'<p></p><p><span id="paper_num">　　《 人民日报 》（ {w:%Y年%m月%d日}   {a.x["page"]:02d} 版）</span></p>'
    eds = "、".join(a.editors)
    edit = f"(责编：{eds})" if a.i % 4 == 3 else f"（责编：{eds}）"
    related = ""
    if a.related:
        items = "".join(
            f'<li><a href="{p}" target="_blank">{esc(site.by_path[p].title)}</a></li>'
            for p in a.related
        )
        related = f'<div class="rm_relevant cf"><h5><span></span>相关新闻</h5><ul class="cf">{items}</ul></div>'
    recs = []
    for o in others(rng, [b for b in mine if b.path not in a.related], a, 2):
        first = next(b.text for b in o.blocks if b.kind == "p")
        recs.append(
            f'<dl class="cf">\n    <dt><a href="{o.path}" target="_blank">{esc(o.title)}</a></dt>\n'
            f'    <dd>　　<a href="{o.path}" target="_blank">{esc(trunc(first, 110))}</a></dd>\n    <dd></dd>\n</dl>'
        )
    ranking = "".join(
        f'<li class="ranking_key"><span>{k}</span><a href="{o.path}" title="{esc(o.title)}" target="_blank">{esc(trunc(o.title, 16))}</a></li>'
        for k, o in enumerate(others(rng, mine, a, 10), 1)
    )
    page = (
        head
        + f"""    <div class="layout tlgg cf">
 		<script type="text/javascript" src="http://pgg.people.example/s?z=people&amp;c=20&amp;_people={chan}" charset="gbk"></script>
	</div>
	<!--路径-->
	<div class="layout route cf" id="rwb_navpath">
		<a href="/" class="clink">人民网</a>&gt;&gt;<a href="/GB/{a.x["col"]}/index.html" class="clink">{chan_name}</a>
	</div>
	<!--内容-->
	<div class="layout rm_txt cf">
		<div class="col col-1 fl">
			<h3 class="pre">{esc(pre)}</h3>
			<h1>{esc(a.title)}</h1>
			<h4 class="sub"{"" if sub else ' style="display: none;"'}>{esc(sub)}</h4>
			{authordiv}
			<div class="channel cf">
				<div class="col-1-1 fl">
					{w:%Y年%m月%d日%H:%M} | 来源：<a href="http://paper.people.example/rmrb/html/{w:%Y-%m/%d}/nw.D110000renmrb_{w:%Y%m%d}_1-{a.x["page"]:02d}.htm" target="_blank">{a.x["source"]}</a>
				</div>
				<div class="col-1-2 fr">
					<span class="rm_type"><img src="/img/2020wbc/imgs/icon_type.png" alt="" /><i>小字号</i></span>
				</div>
			</div>
			<div class="rm_txt_con cf">
				<div class="bza"><span></span><p></p></div>
            	<div class="box_pic"></div>
{body_html(a)}
{paper}
                <div class="box_pic"></div>
                <div class="edit cf">{edit}</div>
<div class="tjewm cf"><span><img src="/NMediaFile/2022/0801/MAIN202208010936066173860781061.jpg" width="248" height="248" border="0" alt="关注公众号：人民网{chan_name[:2]}" />关注公众号：人民网{chan_name[:2]}</span></div>
				<p class="paper_num"><em class="section-common-share-wrap">分享让更多人看到 <i class="btn_share_common"><img src="/img/2020wbc/imgs/share.png" alt="" /></i> </em></p>
			</div>
			{related}
			<div class="rm_relevant rm_recommend cf">
				<h5><span></span>推荐阅读</h5>{"".join(recs)}
			</div>
			<div class="rm_relevant rm_download cf">
				<h5><span></span>客户端下载</h5>
				<ul>
					<li><a href="http://www.people.example/GB/123231/365206/index.html" target="_blank"><img src="/img/2020wbc/imgs/icon_download_rmrb.png" width="70" height="70" alt="" />人民日报</a></li>
                    <li><a href="http://www.people.example/app/download.html" target="_blank"><img src="/img/2020wbc/imgs/icon_download_rmwj1.png" width="70" height="70" alt="" />人民网+</a></li>
					<li><a href="http://app.people.example/" target="_blank"><img src="/img/2020wbc/imgs/icon_download_rmw.png" width="70" height="70" alt="" />手机人民网</a></li>
					<li><a href="http://leaders.people.example/" target="_blank"><img src="/img/2020wbc/imgs/icon_download_ly.png" width="70" height="70" alt="" />领导留言板</a></li>
				</ul>
			</div>
		</div>
		<div class="col col-2 fr">
			<div id="jiansuo"></div>
            <script type="text/javascript" src="http://pgg.people.example/s?z=people&amp;c=21&amp;_people={chan}" charset="gbk"></script>
			<div class="rm_ranking cf">
				<h3>热门排行</h3>
				<ul class="rm_ranking_list gray cf">{ranking}</ul>
			</div>
			<div class="tjewm1 cf"><span><img src="/NMediaFile/2022/0801/MAIN202208010935511458538308755.jpg" width="248" height="248" alt="微信扫一扫提供新闻线索" />微信扫一扫<br />提供新闻线索</span></div>
		</div>
	</div>
"""
        + FOOT
    )
    return encode(page, "gbk"), CT


def listing(site: Site5, col: int, n: int) -> tuple[bytes, str]:
    rng = page_rng(site.seed, f"people-list-{col}-{n}")
    _chan, chan_name = COLS[col]
    arts = sorted((a for a in site.of("people") if a.x["col"] == col), key=lambda a: a.when)[::-1]
    half = (len(arts) + 1) // 2
    part = arts[:half] if n == 1 else arts[half:]
    items = "\n".join(
        f'<li><a href="{a.path}" target="_blank">{esc(a.title)}</a><em>{a.when:%Y年%m月%d日%H:%M}</em></li>'
        for a in part
    )
    pager = (
        '<div class="page_n clearfix"><a href="index.html" class="common_current">1</a><a href="index2.html">2</a><a href="index2.html">下一页</a></div>'
        if n == 1
        else '<div class="page_n clearfix"><a href="index.html">上一页</a><a href="index.html">1</a><a href="index2.html" class="common_current">2</a></div>'
    )
    head = _head(f"{chan_name}--人民网", f"人民网{chan_name}频道", "", rng)
    page = (
        head
        + f"""	<div class="layout route cf"><a href="/" class="clink">人民网</a>&gt;&gt;<a href="/GB/{col}/index.html" class="clink">{chan_name}</a></div>
	<div class="layout columns cf">
		<div class="col col-1 fl">
			<div class="ej_list_box clear"><ul class="list_ej2 cf">
{items}
			</ul></div>
			{pager}
		</div>
	</div>
"""
        + FOOT
    )
    return encode(page, "gbk"), CT


def register(site: Site5) -> None:
    for a in site.of("people"):
        site.route(a.path, lambda a=a: article(site, a))  # type: ignore[misc]
    for col in COLS:
        site.route(f"/GB/{col}/index.html", lambda col=col: listing(site, col, 1))  # type: ignore[misc]
        site.route(f"/GB/{col}/index2.html", lambda col=col: listing(site, col, 2))  # type: ignore[misc]
