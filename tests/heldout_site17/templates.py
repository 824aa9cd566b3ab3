"""Site 17's pages: the five article templates and the non-article pages around them."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import base64
import html
import random
from typing import TYPE_CHECKING, Any

from heldout import Art, Block

if TYPE_CHECKING:
    from .generator import Site17

UNI = "江淮理工大学"
ASSOC = "江州市建筑业协会"
CORP = "华锐智能装备股份有限公司"
DIST = "江州市滨江区"
HOSP = "江州市第一人民医院"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def prng(site: Site17, key: str) -> random.Random:
    return random.Random(f"{site.seed}:{key}")


def enc(text: str, charset: str) -> bytes:
    if charset == "utf-8":
        return text.encode("utf-8")
    return text.encode("gbk", errors="xmlcharrefreplace")


def others(site: Site17, a: Art, k: int, salt: str, tpl: str | None = None) -> list[Art]:
    rng = prng(site, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and (tpl is None or b.tpl == tpl)
    ]
    return rng.sample(pool, min(k, len(pool)))


def neighbours(site: Site17, a: Art) -> tuple[Art | None, Art | None]:
    arts = site.of(a.tpl)
    k = arts.index(a)
    return (arts[k - 1] if k > 0 else None, arts[k + 1] if k + 1 < len(arts) else None)


def latest(site: Site17, tpl: str) -> list[Art]:
    return sorted(site.of(tpl), key=lambda b: b.when, reverse=True)


def split_run(rng: random.Random, text: str, open_: str, close: str) -> str:
    """Word's way: one paragraph's text cut into runs at arbitrary points."""
    if len(text) < 12:
        return open_ + esc(text) + close
    cuts = sorted(rng.sample(range(3, len(text) - 3), rng.randint(1, 3)))
    runs, last = [], 0
    for c in [*cuts, len(text)]:
        runs.append(open_ + esc(text[last:c]) + close)
        last = c
    return "".join(runs)


def jq_plugin(rng: random.Random, name: str, n: int) -> str:
    """A minified-looking jQuery plugin pasted into the page (every such site has a few)."""
    out = [f"/* {name} v{rng.randint(1, 3)}.{rng.randint(0, 9)} */", "(function($){"]
    for k in range(n):
        out.append(
            f"$.fn.{name}{k}=function(o){{var s=$.extend({{speed:{rng.randint(200, 900)},auto:{rng.choice(['true', 'false'])},"
            f"effect:'{rng.choice(['fade', 'left', 'top', 'fold'])}',delay:{rng.randint(2000, 6000)}}},o);return this.each(function(){{"
            f"var t=$(this),li=t.find('li'),n=li.length,i=0;if(n<2)return;setInterval(function(){{i=(i+1)%n;li.eq(i).show().siblings().hide();}},s.delay);}});}};"
        )
    out.append("})(jQuery);")
    return "\n".join(out)


def baidu_tongji(rng: random.Random) -> str:
    return (
        '<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n'
        f'  hm.src = "https://hm.baidu.com/hm.js?{rng.getrandbits(128):032x}";\n'
        '  var s = document.getElementsByTagName("script")[0]; \n  s.parentNode.insertBefore(hm, s);\n})();\n</script>'
    )


CSS_PROPS = [
    "margin:0 auto",
    "padding:0 10px",
    "font-size:14px",
    "font-size:12px",
    "line-height:30px",
    "color:#333",
    "color:#999",
    "color:#b40000",
    "background:#f5f5f5",
    "border-bottom:1px dashed #ddd",
    "float:left",
    "float:right",
    "overflow:hidden",
    "display:block",
    "width:1200px",
    "height:40px",
    "text-align:center",
    "white-space:nowrap",
    "text-overflow:ellipsis",
    "position:relative",
    "font-family:'Microsoft YaHei',SimSun",
    "font-weight:bold",
    "cursor:pointer",
]


def css_block(rng: random.Random, classes: list[str], n: int) -> str:
    """The stylesheet such sites inline in every page (one template, many rules)."""
    subs = ["", " a", " li", " span", " img", " p", " h3", " a:hover", " ul li", " .more"]
    out = ["*{margin:0;padding:0;}ul,li{list-style:none;}img{border:0;}a{text-decoration:none;}"]
    for _ in range(n):
        sel = "." + rng.choice(classes) + rng.choice(subs)
        out.append(sel + "{" + ";".join(rng.sample(CSS_PROPS, rng.randint(3, 6))) + "}")
    return '<style type="text/css">\n' + "\n".join(out) + "\n</style>"


def _li_list(items: list[Art], href: Any, date_fmt: str | None = None, cls: str = "") -> str:
    out = []
    for b in items:
        d = f"<span>{b.when:{date_fmt}}</span>" if date_fmt else ""
        out.append(
            f'<li{cls}><a href="{href(b)}" title="{esc(b.title)}" target="_blank">{esc(b.title)}</a>{d}</li>'
        )
    return "".join(out)


# === 1. 博达 VSB / WebPlus Pro ===========================================================


def vsb_num(a: Art) -> str:
    return a.path.rsplit("/", 1)[1].removesuffix(".htm")


def vsb_href(a: Art, b: Art) -> str:
    if a.x.get("col") == b.x.get("col"):
        return b.path.rsplit("/", 1)[1]
    return "../.." + b.path


VSB_NAV = [
    ("../../index.htm", "首页"),
    ("../../xxyw.htm", "学校要闻"),
    ("../../zhxw.htm", "综合新闻"),
    ("../../xyfc.htm", "学院风采"),
    ("../../mtjd.htm", "媒体聚焦"),
    ("../../rwfc.htm", "人物风采"),
    ("../../tpxw.htm", "图片新闻"),
    ("../../spxw.htm", "视频新闻"),
    ("../../xyxs.htm", "校园新视"),
    ("../../llsy.htm", "理论视野"),
]


def vsb_head(title: str, charset: str, rng: random.Random, desc: str, depth: str) -> str:
    cust = f"{rng.getrandbits(160):040x}"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}" />
<title>{esc(title)}</title><META Name="keywords" Content="{UNI}新闻网,{esc(title)}" />
<META Name="description" Content="{esc(desc)}" />

<link href="{depth}dfiles/9412/css/common.css" rel="stylesheet" type="text/css" />
<link href="{depth}dfiles/9412/css/inner.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{depth}dfiles/9412/js/jquery.min.js"></script>
<script type="text/javascript" src="{depth}dfiles/9412/js/jquery.SuperSlide.2.1.1.js"></script>
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="{depth}_sitegray/_sitegray_d.css" />
<script language="javascript" src="{depth}_sitegray/_sitegray.js"></script>
<!-- CustomerNO:{cust} -->
<link rel="stylesheet" type="text/css" href="{depth}content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/vsbscreen.min.js" id="_vsbscreen" devices="pc|pad"></script>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1012,'/content.jsp',-1,{rng.randint(1000000000, 1999999999)})</script>
<script type="text/javascript">{jq_plugin(rng, "vsbSlide", 9)}</script>
{css_block(rng, ["topbar", "header", "nav", "main", "location", "content-title", "content-info", "v_news_content", "prevnext", "xgxw", "side", "rank", "picnews", "footer", "flinks", "focusBox", "box"], 110)}
</head>
"""


def vsb_top(rng: random.Random) -> str:
    nav = "".join(
        f'<li class="{"on" if k == 0 else ""}"><a href="{h}">{n}</a>'
        + (
            '<ul class="sub">'
            + "".join(f'<li><a href="{h}">{n}·{s}</a></li>' for s in ("通知", "专题", "回顾"))
            + "</ul>"
            if k in (1, 2, 3)
            else ""
        )
        + "</li>"
        for k, (h, n) in enumerate(VSB_NAV)
    )
    return f"""<body>
<div class="topbar"><div class="wrap"><span class="fl">欢迎访问{UNI}新闻网！</span><span class="fr"><a href="http://www.jhlg.edu.cn" target="_blank">学校主页</a> | <a href="../../tgxz.htm">投稿须知</a> | <a href="../../lxwm.htm">联系我们</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo"><a href="../../index.htm"><img src="../../dfiles/9412/images/logo.png" alt="{UNI}新闻网" /></a></div>
<div class="search">
<script type="text/javascript">
    function _nl_ys_check(){{
        var keyword = document.getElementById('showkeycode{rng.randint(100000, 999999)}').value;
        if(keyword==null||keyword==""){{ alert("请输入你要检索的内容！"); return false; }}
        if(window.toFF==1){{ document.getElementById("lucenenewssearchkey").value = Simplized(keyword ); }}else{{ document.getElementById("lucenenewssearchkey").value = keyword; }}
        var  base64 = new Base64(); document.getElementById("lucenenewssearchkey").value = base64.encode(document.getElementById("lucenenewssearchkey").value);
        new VsbFormFunc().disableAutoEnable(document.getElementById("showkeycode"));
        return true;
    }}
</script>
<form action="../../ssjg.jsp?wbtreeid=1001" method="post" id="au2a" name="au2a" onsubmit="return _nl_ys_check()" style="display: inline">
 <input type="hidden" id="lucenenewssearchkey" name="lucenenewssearchkey" value=""><input type="hidden" id="_lucenesearchtype" name="_lucenesearchtype" value="1"><input type="hidden" id="searchScope" name="searchScope" value="0">
 <input name="showkeycode" id="showkeycode" type="text" class="text" placeholder="请输入关键字"><input type="image" src="../../dfiles/9412/images/search.png" class="btn">
</form>
<script language="javascript" src="/system/resource/js/base64.js"></script><script language="javascript" src="/system/resource/js/formfunc.js"></script>
</div></div></div>
<div class="nav"><div class="wrap"><ul>{nav}</ul></div></div>
"""


def vsb_foot(rng: random.Random) -> str:
    return f"""<div class="footer"><div class="wrap">
<div class="flinks"><select onchange="window.open(this.value)"><option>--校内链接--</option><option value="http://jwc.jhlg.edu.cn">教务处</option><option value="http://yjsy.jhlg.edu.cn">研究生院</option><option value="http://lib.jhlg.edu.cn">图书馆</option><option value="http://xsc.jhlg.edu.cn">学生工作处</option><option value="http://kjc.jhlg.edu.cn">科学技术处</option></select>
<select onchange="window.open(this.value)"><option>--校外链接--</option><option value="http://www.moe.gov.cn">教育部</option><option value="http://jyt.example.gov.cn">省教育厅</option></select></div>
<p>版权所有：{UNI}党委宣传部&nbsp;&nbsp;地址：江州市学府路{rng.randint(10, 300)}号&nbsp;&nbsp;邮编：{rng.randint(210000, 229999)}</p>
<p>新闻热线：0519-8{rng.randint(1000000, 9999999)}&nbsp;&nbsp;投稿邮箱：xcb@jhlg.edu.cn&nbsp;&nbsp;苏ICP备{rng.randint(10000000, 99999999)}号</p>
</div></div>
<script type="text/javascript">jQuery(".focusBox").slide({{ mainCell:".pic",effect:"fold", autoPlay:true, delayTime:600, trigger:"click"}});</script>
</body></html>
"""


def vsb_body(site: Site17, a: Art, rng: random.Random) -> str:
    out = []
    nm = a.x["nm"]
    for b in a.blocks:
        if b.kind == "p":
            style = rng.choice(
                [
                    'style="text-indent:2em;line-height:1.75em;"',
                    'style="text-indent: 2em; text-align: justify;"',
                    'style="line-height: 1.75em; text-indent: 2em; margin-top: 5px; margin-bottom: 5px;"',
                ]
            )
            inner = esc(b.text)
            if rng.random() < 0.4:
                inner = f'<span style="font-family: 宋体, SimSun; font-size: 16px;">{inner}</span>'
            out.append(f"<p {style}>{inner}</p>")
            if rng.random() < 0.15:
                out.append("<p><br /></p>")
        elif b.kind == "h":
            out.append(
                f'<p style="text-indent:2em;line-height:1.75em;"><strong><span style="font-family: 宋体, SimSun; font-size: 16px;">{esc(b.text)}</span></strong></p>'
            )
        else:
            num = rng.randint(100000, 999999)
            out.append(
                f'<p style="text-align: center;"><img src="/__local/{rng.getrandbits(16):04X}/{rng.getrandbits(16):04X}/{rng.getrandbits(64):016X}_{num:X}.jpg" width="600" vsbhref="vurl" vurl="/_vsl/{rng.getrandbits(128):032X}/{rng.getrandbits(32):08X}/{num:X}" vheight="" vwidth="600" orisrc="/__local/{num:X}.jpg" class="img_vsb_content" /></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 14px;">{esc(b.text)}</span></p>'
                )
    if rng.random() < 0.5:
        out.append("<p>&nbsp;</p>")
    out.append(f'<p style="text-align: right;">（审核：{nm[2]}&nbsp; 编辑：{nm[3]}）</p>')
    return "\n".join(out)


def vsb_article(site: Site17, a: Art) -> tuple[bytes, str]:
    rng = prng(site, a.path)
    nm, style, num = a.x["nm"], a.x["style"], vsb_num(a)
    wid = rng.randint(1000000000, 1999999999)
    src = {"unit": a.x["ctx"]["unit"], "corr": a.x["ctx"]["unit"]}.get(style, "党委宣传部")
    author = {
        "one": nm[0],
        "wentu": f"文/{nm[0]} 图/{nm[1]}",
        "two": f"{nm[0]} {nm[1]}",
        "unit": a.x["ctx"]["unit"],
        "corr": f"通讯员 {nm[0]} {nm[1]}",
    }[style]
    d = f"{a.when:%Y-%m-%d %H:%M}" if a.precision == "minute" else f"{a.when:%Y-%m-%d}"
    prev, nxt = neighbours(site, a)
    pn = (
        f'<div class="prevnext"><p>上一篇：<a href="{vsb_href(a, prev)}">{esc(prev.title)}</a></p>'
        if prev
        else '<div class="prevnext"><p>上一篇：没有了</p>'
    ) + (
        f'<p>下一篇：<a href="{vsb_href(a, nxt)}">{esc(nxt.title)}</a></p></div>'
        if nxt
        else "<p>下一篇：没有了</p></div>"
    )
    rel = ""
    if a.related:
        rel = (
            '<div class="xgxw"><div class="xgxw-t">相关新闻</div><ul>'
            + _li_list([site.by_path[p] for p in a.related], lambda b: vsb_href(a, b), "%Y-%m-%d")
            + "</ul></div>"
        )
    hot = others(site, a, 8, "hot")
    pics = others(site, a, 4, "pic", "vsb")
    side = (
        '<div class="side"><div class="side-t"><h3>点击排行</h3></div><ul class="rank">'
        + "".join(
            f'<li><em>{k}</em><a href="{vsb_href(a, b)}" title="{esc(b.title)}">{esc(b.title)}</a></li>'
            for k, b in enumerate(hot, 1)
        )
        + '</ul><div class="side-t"><h3>图片新闻</h3></div><ul class="picnews">'
        + "".join(
            f'<li><a href="{vsb_href(a, b)}"><img src="../../__local/{rng.getrandbits(32):08X}.jpg" /><p>{esc(b.title)}</p></a></li>'
            for b in pics
        )
        + "</ul></div>"
    )
    attach = ""
    if a.i % 5 == 2:
        attach = f'<ul style="list-style-type:none;"><li>附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={wid}&wbfileid={rng.randint(1000000, 9999999)}" target="_blank">{esc(a.x["ctx"]["topic"])}工作方案.pdf</a>】已下载<span id="nattach{rng.randint(1000000, 9999999)}"><script language="javascript">getClickTimes({rng.randint(1000000, 9999999)},{wid},"wbnewsfile","attach")</script></span>次</li></ul>'
    col_name = {"1012": "综合新闻", "1013": "学院风采", "1015": "媒体聚焦"}[a.x["col"]]
    page = (
        vsb_head(f"{a.title}-{UNI}新闻网", a.x["enc"], rng, a.paras[0][:60], "../../")
        + vsb_top(rng)
        + f"""<div class="main wrap"><div class="mainleft">
<div class="location">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../zhxw.htm">{col_name}</a> &gt;&gt; 正文</div>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
<form name="_newscontent_fromname">
<div class="content-title"><h3>{esc(a.title)}</h3></div>
<div class="content-info">发布时间：{d}&nbsp;&nbsp;&nbsp;&nbsp;作者：{esc(author)}&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(src)}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", {wid}, {num})</script></div>
<div id="vsb_content_2"><div class="v_news_content">
{vsb_body(site, a, rng)}
</div></div><div id="div_vote_id"></div>
{attach}
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</form>
{pn}
{rel}
</div>
{side}
</div>
"""
        + vsb_foot(rng)
    )
    return enc(page, a.x["enc"]), "text/html"


def vsb_list(site: Site17, page: int) -> tuple[bytes, str]:
    """综合新闻: VSB numbers the older pages downwards (zhxw.htm, zhxw/1.htm)."""
    rng = prng(site, f"vsblist{page}")
    arts = latest(site, "vsb")
    per = 6
    chunk = arts[page * per : (page + 1) * per]
    depth = "../" if page else ""
    items = "".join(
        f'<li id="line_u8_{k}"><a href="{depth}{b.path[1:]}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
        for k, b in enumerate(chunk)
    )
    if page == 0:
        pager = '<span class="p_pages"><span class="p_first">首页</span><span class="p_prev">上页</span><span class="p_no_d">1</span><span class="p_no"><a href="zhxw/1.htm">2</a></span><span class="p_next"><a href="zhxw/1.htm">下页</a></span><span class="p_last"><a href="zhxw/1.htm">尾页</a></span></span>'
    else:
        pager = '<span class="p_pages"><span class="p_first"><a href="../zhxw.htm">首页</a></span><span class="p_prev"><a href="../zhxw.htm">上页</a></span><span class="p_no"><a href="../zhxw.htm">1</a></span><span class="p_no_d">2</span><span class="p_next">下页</span><span class="p_last">尾页</span></span>'
    body = (
        vsb_head(f"综合新闻-{UNI}新闻网", "utf-8", rng, "综合新闻", depth)
        + vsb_top(rng).replace('"../../', f'"{depth}')
        + f'<div class="main wrap"><div class="location">当前位置: <a href="{depth}index.htm">首页</a> &gt;&gt; 综合新闻</div><ul class="newslist">{items}</ul>'
        + f'<div class="pb_sys_common pb_sys_normal pb_sys_style1">共12条&nbsp;&nbsp;{page + 1}/2&nbsp;{pager}</div></div>'
        + vsb_foot(rng)
    )
    return body.encode("utf-8"), "text/html"


def vsb_home(site: Site17) -> tuple[bytes, str]:
    rng = prng(site, "vsbhome")
    arts = latest(site, "vsb")
    items = _li_list(arts[:10], lambda b: b.path[1:], "%m-%d")
    focus = "".join(
        f'<li><a href="{b.path[1:]}"><img src="__local/{rng.getrandbits(32):08X}.jpg" /><p>{esc(b.title)}</p></a></li>'
        for b in arts[:4]
    )
    body = (
        vsb_head(f"{UNI}新闻网", "utf-8", rng, f"{UNI}新闻网", "")
        + vsb_top(rng).replace('"../../', '"')
        + f'<div class="main wrap"><div class="focusBox"><ul class="pic">{focus}</ul></div>'
        + f'<div class="box"><div class="box-t"><h3>综合新闻</h3><a href="zhxw.htm" class="more">更多&gt;&gt;</a></div><ul>{items}</ul></div>'
        + '<div class="box"><div class="box-t"><h3>专题网站</h3></div><ul><li><a href="lxwm.htm">联系我们</a></li><li><a href="tgxz.htm">投稿须知</a></li></ul></div></div>'
        + vsb_foot(rng)
    )
    return body.encode("utf-8"), "text/html"


def vsb_tgxz(site: Site17) -> tuple[bytes, str]:
    rng = prng(site, "tgxz")
    text = "".join(
        f'<p style="text-indent:2em;">{t}</p>'
        for t in [
            "为进一步做好学校新闻宣传工作，提高新闻稿件质量，现将新闻网投稿有关事项说明如下。",
            "一、稿件内容应真实准确，时效性强，重要活动稿件应在活动结束后24小时内报送。",
            "二、稿件须经所在单位负责人审核后，通过网站群系统报送，并注明作者、审核人及联系方式。",
            "三、图片稿件应为原始大图，每张图片须配有简要说明文字，注明拍摄者姓名。",
            "四、党委宣传部对来稿有删改权，不同意删改的请在来稿中注明。",
            "联系电话：0519-85191234，联系人：宣传部新闻中心。",
        ]
    )
    body = (
        vsb_head(f"投稿须知-{UNI}新闻网", "utf-8", rng, "投稿须知", "")
        + vsb_top(rng).replace('"../../', '"')
        + f'<div class="main wrap"><div class="location">当前位置: <a href="index.htm">首页</a> &gt;&gt; 投稿须知</div><div class="content-title"><h3>投稿须知</h3></div><div class="v_news_content">{text}</div></div>'
        + vsb_foot(rng)
    )
    return body.encode("utf-8"), "text/html"


# === 2. 行业协会 ASP.NET (GBK) ============================================================


def viewstate(rng: random.Random, n: int) -> str:
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


ASSOC_MENU = [
    ("../Default.aspx", "网站首页"),
    ("../About/Index.aspx", "协会概况"),
    ("List.aspx?cid=3", "协会动态"),
    ("List.aspx?cid=5", "通知公告"),
    ("List.aspx?cid=7", "行业资讯"),
    ("List.aspx?cid=9", "政策法规"),
    ("List.aspx?cid=11", "会员风采"),
    ("List.aspx?cid=13", "标准规范"),
    ("List.aspx?cid=15", "教育培训"),
    ("../About/Contact.aspx", "联系我们"),
]


def assoc_shell(site: Site17, rng: Any, title: str, action: str, main: str, left: str) -> bytes:
    menu = "".join(
        f'<td align="center" class="menu"><a href="{h}">{n}</a></td><td width="2"><img src="../images/menu_line.gif" width="2" height="35" /></td>'
        for h, n in ASSOC_MENU
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>
	{esc(title)}
</title><link href="../css/style.css" rel="stylesheet" type="text/css" />
<script src="../js/jquery-1.4.2.min.js" type="text/javascript"></script>
<script src="../js/MSClass.js" type="text/javascript"></script>
<style type="text/css">
<!--
body {{ margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; background-color:#E9EEF2; }}
.STYLE1 {{color: #FFFFFF; font-size: 12px;}}
.news_title {{ font-size:20px; font-weight:bold; color:#B40000; line-height:40px; padding-top:15px; }}
.news_info {{ font-size:12px; color:#666666; border-bottom:1px dashed #cccccc; line-height:30px; }}
.news_content {{ font-size:14px; line-height:26px; padding:15px 20px; }}
-->
</style>
{css_block(rng, ["menu", "STYLE1", "news_title", "news_info", "news_content", "left_t", "dot", "list_tb", "xgwz", "banner"], 90)}
<meta name="keywords" content="{ASSOC},建筑业,协会动态" /><meta name="description" content="{ASSOC}" /></head>
<body>
    <form name="form1" method="post" action="{esc(action)}" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{viewstate(rng, 2400)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{rng.getrandbits(32):08X}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQL{viewstate(rng, 120)}" />
</div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="../images/top_bg.jpg"><img src="../images/logo.jpg" width="520" height="120" alt="{ASSOC}" /></td></tr>
  <tr><td height="35" background="../images/menu_bg.jpg"><table border="0" cellspacing="0" cellpadding="0" align="center"><tr>{menu}</tr></table></td></tr>
  <tr><td height="30" bgcolor="#F3F3F3"><span style="float:left;padding-left:10px;">今天是：<script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span><span style="float:right;padding-right:10px;">站内搜索：<input name="txtKey" type="text" id="txtKey" style="width:120px;" /><input type="submit" name="btnSearch" value="搜索" id="btnSearch" /></span></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="240" valign="top" style="padding:10px;">{left}</td>
    <td width="760" valign="top" style="padding:10px;">{main}</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="100" align="center" bgcolor="#1F5C99" class="STYLE1">
  <a href="../About/Index.aspx" style="color:#fff">关于我们</a> | <a href="../About/Contact.aspx" style="color:#fff">联系我们</a> | <a href="../About/Join.aspx" style="color:#fff">入会申请</a><br />
  版权所有：{ASSOC} &nbsp; 地址：江州市建设路{rng.randint(10, 99)}号建设大厦{rng.randint(5, 18)}楼 &nbsp; 电话：0519-8{rng.randint(1000000, 9999999)} &nbsp; 传真：0519-8{rng.randint(1000000, 9999999)}<br />
  <a href="https://beian.miit.gov.cn/" target="_blank" style="color:#fff">苏ICP备{rng.randint(10000000, 99999999)}号-1</a> &nbsp; 技术支持：江州网络科技有限公司 &nbsp; 您是第<span style="color:#FF0">{rng.randint(1000000, 3000000)}</span>位访问者
  </td></tr>
</table>
    </form>
</body>
</html>
"""
    return enc(page, "gbk")


def assoc_left(site: Site17, a: Art | None, rng: Any) -> str:
    notes = others(site, a, 8, "notice", "assoc") if a else latest(site, "assoc")[:8]
    cols = "".join(
        f'<tr><td height="30" style="border-bottom:1px dotted #ccc;padding-left:20px;background:url(../images/dot.gif) no-repeat 8px center;"><a href="{h}">{n}</a></td></tr>'
        for h, n in ASSOC_MENU[2:9]
    )
    note_rows = "".join(
        f'<tr><td height="24" style="padding-left:8px;">・<a href="Show.aspx?id={b.path.split("=")[1]}" title="{esc(b.title)}">{esc(b.title[:14])}{"..." if len(b.title) > 14 else ""}</a></td></tr>'
        for b in notes
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="../images/left_t.jpg" class="STYLE1">&nbsp;&nbsp;栏目导航</td></tr>'
        + cols
        + '</table><br /><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="../images/left_t.jpg" class="STYLE1">&nbsp;&nbsp;通知公告</td></tr>'
        + note_rows
        + '</table><br /><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="../images/left_t.jpg" class="STYLE1">&nbsp;&nbsp;友情链接</td></tr>'
        + "".join(
            f'<tr><td height="24" style="padding-left:8px;"><a href="http://{d}" target="_blank">{n}</a></td></tr>'
            for d, n in [
                ("www.mohurd.gov.cn", "住房和城乡建设部"),
                ("www.zgjzy.org.cn", "中国建筑业协会"),
                ("jsszjt.example.gov.cn", "省住房和城乡建设厅"),
                ("zjj.example.gov.cn", "市住房和城乡建设局"),
            ]
        )
        + "</table>"
    )


def assoc_body(a: Art, rng: random.Random) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(
                '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly">'
                + split_run(
                    rng,
                    b.text,
                    '<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">',
                    "</span>",
                )
                + '<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>'
            )
        elif b.kind == "h":
            out.append(
                f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span style="font-size:16.0pt;font-family:黑体">{esc(b.text)}</span></b><span lang="EN-US"><o:p></o:p></span></p>'
            )
        else:
            out.append(
                f'<p align="center" style="text-align:center"><img src="/UploadFiles/{a.when.year}/{a.when.month}/{a.when:%Y%m%d}{rng.randint(100000000, 999999999)}.jpg" border="0" width="550" alt="" /></p>'
            )
            if b.text:
                out.append(
                    f'<p align="center" style="text-align:center"><font face="楷体_GB2312" size="3">{esc(b.text)}</font></p>'
                )
        if rng.random() < 0.12:
            out.append('<p class="MsoNormal"><span lang="EN-US">&nbsp;<o:p></o:p></span></p>')
    if a.x["style"] == "two":
        out.append(
            f'<p class="MsoNormal" align="right" style="text-align:right"><span style="font-size:14.0pt;font-family:仿宋_GB2312">（责任编辑：{a.editors[0]}）</span></p>'
        )
    return "\n".join(out)


def assoc_article(site: Site17, a: Art) -> tuple[bytes, str]:
    rng = prng(site, a.path)
    nm, style = a.x["nm"], a.x["style"]
    author = {
        "one": nm[0],
        "org": "秘书处",
        "two": f"{nm[0]}、{nm[1]}",
        "site": "本站",
        "edit": nm[0],
    }[style]
    source = a.x["ctx"]["unit"] if style != "site" else ASSOC
    w = a.when
    d = f"{w.year}/{w.month}/{w.day} {w.hour}:{w.minute:02d}:{w.second:02d}"
    rel = ""
    if a.related:
        rel = (
            '<tr><td style="padding:10px 20px;"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" style="border-bottom:2px solid #B40000;font-weight:bold;color:#B40000;">相关文章</td></tr>'
            + "".join(
                f'<tr><td height="26" style="border-bottom:1px dotted #ddd;">・<a href="{b.path.rsplit("/", 1)[1]}" target="_blank">{esc(b.title)}</a>&nbsp;<font color="#999999">({b.when.year}/{b.when.month}/{b.when.day})</font></td></tr>'
                for b in (site.by_path[p] for p in a.related)
            )
            + "</table></td></tr>"
        )
    ed = (
        f'<tr><td align="right" style="padding-right:30px;font-size:12px;color:#666;">责任编辑：<span id="lblEditor">{a.editors[0]}</span></td></tr>'
        if style == "edit"
        else ""
    )
    prev, nxt = neighbours(site, a)
    pn = (
        '<tr><td style="padding:5px 20px;font-size:12px;">'
        + (
            f'上一篇：<a id="hlPrev" href="{prev.path.rsplit("/", 1)[1]}">{esc(prev.title)}</a>'
            if prev
            else "上一篇：没有了"
        )
        + "<br />"
        + (
            f'下一篇：<a id="hlNext" href="{nxt.path.rsplit("/", 1)[1]}">{esc(nxt.title)}</a>'
            if nxt
            else "下一篇：没有了"
        )
        + "</td></tr>"
    )
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="32" style="border-bottom:1px solid #ccc;font-size:12px;">&nbsp;您现在的位置：<a href="../Default.aspx">首页</a> &gt;&gt; <a href="List.aspx?cid=3">协会动态</a> &gt;&gt; 正文</td></tr>
  <tr><td align="center" class="news_title"><span id="lblTitle">{esc(a.title)}</span></td></tr>
  <tr><td align="center" class="news_info">发布日期：<span id="lblDate">{d}</span>&nbsp;&nbsp;&nbsp;信息来源：<span id="lblSource">{esc(source)}</span>&nbsp;&nbsp;&nbsp;作者：<span id="lblAuthor">{esc(author)}</span>&nbsp;&nbsp;&nbsp;浏览次数：<span id="lblHits">{a.x["hits"]}</span></td></tr>
  <tr><td class="news_content"><span id="lblContent"><div class="WordSection1" style="layout-grid:15.6pt">
{assoc_body(a, rng)}
</div></span></td></tr>
  {ed}
  <tr><td align="right" style="padding:10px 30px;font-size:12px;">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#">返回顶部</a>】</td></tr>
  {pn}
  {rel}
</table>"""
    return assoc_shell(
        site, rng, f"{a.title}-{ASSOC}", a.path.rsplit("/", 1)[1], main, assoc_left(site, a, rng)
    ), "text/html; charset=gb2312"


def assoc_list(site: Site17, page: int) -> tuple[bytes, str]:
    rng = prng(site, f"assoclist{page}")
    arts = latest(site, "assoc")[page * 8 : page * 8 + 8]
    rows = "".join(
        f'<tr><td height="28" style="border-bottom:1px dotted #ccc;">・<a href="Show.aspx?id={b.path.split("=")[1]}" target="_blank">{esc(b.title)}</a></td><td width="90" align="center" style="border-bottom:1px dotted #ccc;color:#999">{b.when.year}/{b.when.month}/{b.when.day}</td></tr>'
        for b in arts
    )
    pager = (
        '共12条记录 页次：1/2 每页8条 &nbsp;<a disabled="disabled">首页</a> <a disabled="disabled">上一页</a> <a href="List.aspx?cid=3&amp;page=2">下一页</a> <a href="List.aspx?cid=3&amp;page=2">尾页</a>'
        if page == 0
        else '共12条记录 页次：2/2 每页8条 &nbsp;<a href="List.aspx?cid=3">首页</a> <a href="List.aspx?cid=3&amp;page=1">上一页</a> <a disabled="disabled">下一页</a> <a disabled="disabled">尾页</a>'
    )
    main = f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="2" height="32" style="border-bottom:2px solid #B40000;font-weight:bold;">协会动态</td></tr>{rows}<tr><td colspan="2" align="center" height="40" style="font-size:12px;">{pager}</td></tr></table>'
    action = "List.aspx?cid=3" + (f"&amp;page={page + 1}" if page else "")
    return assoc_shell(
        site, rng, f"协会动态-{ASSOC}", action, main, assoc_left(site, None, rng)
    ), "text/html; charset=gb2312"


def assoc_about(site: Site17, contact: bool) -> tuple[bytes, str]:
    rng = prng(site, f"assocabout{contact}")
    if contact:
        text = [
            f"地址：江州市建设路{rng.randint(10, 99)}号建设大厦12楼",
            "邮编：213000",
            "电话：0519-86661234（秘书处） 0519-86665678（会员部）",
            "传真：0519-86669876",
            "电子邮箱：jzjzyxh@163.com",
        ]
        title = "联系我们"
    else:
        text = [
            f"{ASSOC}成立于1988年，是由本市从事建筑施工、勘察设计、工程监理等活动的企业、事业单位和有关人员自愿组成的非营利性社会组织。",
            "协会现有会员单位六百余家，设有秘书处、会员部、行业发展部等工作机构，下设建筑设计、质量安全、标准化等多个专业分会。",
            "协会坚持“提供服务、反映诉求、规范行为”的宗旨，在政府和企业之间发挥桥梁纽带作用，积极开展行业调研、标准编制、技术交流和教育培训等工作。",
            "多年来，协会先后被评为全国先进社会组织、5A级社会组织等荣誉称号。",
        ]
        title = "协会概况"
    main = (
        f'<table width="100%"><tr><td height="32" style="border-bottom:2px solid #B40000;font-weight:bold;">{title}</td></tr><tr><td class="news_content">'
        + "".join(f'<p style="text-indent:2em">{esc(t)}</p>' for t in text)
        + "</td></tr></table>"
    )
    return assoc_shell(
        site,
        rng,
        f"{title}-{ASSOC}",
        "Contact.aspx" if contact else "Index.aspx",
        main.replace('href="List', 'href="../News/List'),
        assoc_left(site, None, rng)
        .replace('href="List', 'href="../News/List')
        .replace('href="Show', 'href="../News/Show'),
    ), "text/html; charset=gb2312"


def assoc_home(site: Site17) -> tuple[bytes, str]:
    rng = prng(site, "assochome")
    arts = latest(site, "assoc")
    rows = "".join(
        f'<tr><td height="26">・<a href="News/Show.aspx?id={b.path.split("=")[1]}">{esc(b.title)}</a></td><td align="right" style="color:#999">{b.when:%m-%d}</td></tr>'
        for b in arts[:10]
    )
    main = f'<table width="100%"><tr><td colspan="2" height="32" style="border-bottom:2px solid #B40000;font-weight:bold;">协会动态 <a href="News/List.aspx?cid=3" style="float:right;font-weight:normal">更多&gt;&gt;</a></td></tr>{rows}</table>'
    left = '<table width="100%"><tr><td><a href="About/Index.aspx">协会概况</a></td></tr><tr><td><a href="About/Contact.aspx">联系我们</a></td></tr></table>'
    body = assoc_shell(site, rng, ASSOC, "Default.aspx", main, left).replace(b'"../', b'"')
    return body, "text/html; charset=gb2312"


# === 3. 上市公司 新闻中心 ===================================================================


def corp_shell(site: Site17, rng: random.Random, title: str, desc: str, main: str) -> bytes:
    products = [
        "智能仓储系统",
        "AGV搬运机器人",
        "自动化装配线",
        "工业视觉检测",
        "数字化车间解决方案",
        "伺服压装机",
        "激光焊接工作站",
        "MES制造执行系统",
    ]
    prod_li = "".join(
        f'<li><a href="/product/{k + 1}.html">{p}</a></li>' for k, p in enumerate(products)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="renderer" content="webkit">
<title>{esc(title)}</title>
<meta name="keywords" content="华锐智能,智能装备,智能仓储,AGV,自动化生产线">
<meta name="description" content="{esc(desc)}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/css/animate.min.css">
<link rel="stylesheet" href="/static/css/swiper-4.5.0.min.css">
<link rel="stylesheet" href="/static/css/style.css?v=20231108">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script src="/static/js/swiper-4.5.0.min.js"></script>
<script src="/static/js/wow.min.js"></script>
<script>{jq_plugin(rng, "hrSlide", 10)}</script>
{css_block(rng, ["top-bar", "header", "nav", "subnav", "inner-banner", "n-subnav", "location", "news-detail", "info", "content", "prev-next", "n-related", "n-side", "side-box", "hot-list", "footer", "f-nav", "copyright", "fixed-tool", "news-list", "pages"], 120)}
</head>
<body>
<div class="top-bar"><div class="w1400"><span>股票代码：603917</span><span>服务热线：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}</span><a href="/en/">English</a><a href="/ir/">投资者关系</a></div></div>
<header class="header"><div class="w1400 clearfix"><a href="/" class="logo"><img src="/static/images/logo.png" alt="{CORP}"></a>
<ul class="nav">
<li><a href="/">首页</a></li>
<li><a href="/about/">关于我们</a><div class="subnav"><a href="/about/">公司简介</a><a href="/about/#history">发展历程</a><a href="/about/#honor">荣誉资质</a><a href="/about/#culture">企业文化</a></div></li>
<li><a href="/product/">产品中心</a><div class="subnav">{"".join(f'<a href="/product/{k + 1}.html">{p}</a>' for k, p in enumerate(products))}</div></li>
<li><a href="/solution/">解决方案</a></li>
<li class="on"><a href="/news/qyxw/">新闻中心</a><div class="subnav"><a href="/news/qyxw/">企业新闻</a><a href="/news/hydt/">行业动态</a></div></li>
<li><a href="/ir/">投资者关系</a></li>
<li><a href="/job/">人才招聘</a></li>
<li><a href="/contact/">联系我们</a></li>
</ul></div></header>
<div class="inner-banner" style="background:url(/uploads/banner/news.jpg) no-repeat center top;height:380px;"><div class="w1400"><h2 class="wow fadeInUp">新闻中心</h2><p>NEWS CENTER</p></div></div>
{main}
<footer class="footer"><div class="w1400 clearfix">
<div class="f-nav"><dl><dt>关于我们</dt><dd><a href="/about/">公司简介</a></dd><dd><a href="/about/#history">发展历程</a></dd><dd><a href="/about/#honor">荣誉资质</a></dd></dl>
<dl><dt>产品中心</dt>{"".join(f'<dd><a href="/product/{k + 1}.html">{p}</a></dd>' for k, p in enumerate(products[:6]))}</dl>
<dl><dt>新闻中心</dt><dd><a href="/news/qyxw/">企业新闻</a></dd><dd><a href="/news/hydt/">行业动态</a></dd></dl>
<dl><dt>联系我们</dt><dd>电话：0510-8{rng.randint(1000000, 9999999)}</dd><dd>传真：0510-8{rng.randint(1000000, 9999999)}</dd><dd>邮箱：market@hr-ie.com</dd><dd>地址：江苏省无锡市新吴区锡兴路{rng.randint(10, 199)}号</dd></dl></div>
<div class="f-code"><img src="/static/images/qrcode.jpg" alt=""><p>扫一扫关注官方微信</p></div>
</div>
<div class="f-links w1400">友情链接：<a href="http://www.sse.com.cn" target="_blank">上海证券交易所</a><a href="http://www.cninfo.com.cn" target="_blank">巨潮资讯网</a><a href="http://www.cmes.org" target="_blank">中国机械工程学会</a></div>
<div class="copyright"><div class="w1400">Copyright © 2005-2024 {CORP} 版权所有 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">苏ICP备05{rng.randint(100000, 999999)}号-1</a> &nbsp; <img src="/static/images/gongan.png"> 苏公网安备 32021402{rng.randint(100000, 999999)}号 &nbsp; <a href="/sitemap.html">网站地图</a> &nbsp; 技术支持：<a href="http://www.example-jz.com" rel="nofollow">锡网科技</a></div></div>
</footer>
<div class="fixed-tool"><a href="tel:400-888-6617" class="tel"><i></i>电话咨询</a><a href="/contact/" class="msg"><i></i>在线留言</a><a href="javascript:;" class="gotop"><i></i>返回顶部</a></div>
<ul style="display:none">{prod_li}</ul>
<script>new WOW().init();$('.gotop').click(function(){{$('html,body').animate({{scrollTop:0}},500)}});</script>
{baidu_tongji(rng)}
</body>
</html>
"""
    return page.encode("utf-8")


def corp_side(site: Site17, a: Art | None, rng: random.Random) -> str:
    hot = others(site, a, 6, "hot", "corp") if a else latest(site, "corp")[:6]
    return (
        '<div class="n-side"><div class="side-box"><h3>新闻中心</h3><ul class="side-nav"><li><a href="/news/qyxw/">企业新闻</a></li><li><a href="/news/hydt/">行业动态</a></li></ul></div>'
        '<div class="side-box"><h3>热门推荐</h3><ul class="hot-list">'
        + "".join(
            f'<li><a href="{b.path}"><img src="/uploads/allimg/{b.when:%y%m%d}/{rng.getrandbits(32):x}.jpg"><p>{esc(b.title)}</p><span>{b.when:%Y-%m-%d}</span></a></li>'
            for b in hot
        )
        + "</ul></div>"
        f'<div class="side-box side-contact"><h3>联系我们</h3><p>{CORP}</p><p>销售热线：0510-8{rng.randint(1000000, 9999999)}</p><p>服务热线：400-888-6617</p><p>地址：江苏省无锡市新吴区锡兴路{rng.randint(10, 199)}号</p><a href="/contact/" class="more">在线留言 &gt;</a></div></div>'
    )


def corp_body(a: Art, rng: random.Random) -> str:
    out = []
    nm = a.x["nm"]
    for b in a.blocks:
        if b.kind == "p":
            if rng.random() < 0.5:
                out.append(
                    f'<p style="text-indent: 2em; line-height: 2;"><span style="font-size: 16px; font-family: 微软雅黑, MicrosoftYaHei;">{esc(b.text)}</span></p>'
                )
            else:
                out.append(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(
                f'<p style="text-align: center;"><span style="font-size: 18px; color: rgb(0, 112, 192);"><strong>{esc(b.text)}</strong></span></p>'
            )
        else:
            out.append(
                f'<p style="text-align: center;"><img src="/uploads/allimg/{a.when:%y%m%d}/1-{a.when:%y%m%d}1{rng.randint(10000, 99999)}{rng.randint(10, 99)}.jpg" title="{esc(a.title)}" alt="{esc(a.title)}" style="width: 680px; height: 453px;" width="680" height="453" border="0" vspace="0"/></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align: center;"><span style="font-size: 14px; color: rgb(127, 127, 127);">{esc(b.text)}</span></p>'
                )
        if rng.random() < 0.1:
            out.append("<p><br/></p>")
    style = a.x["style"]
    if style == "credits":
        out.append(
            f'<p style="text-align: right;"><span style="font-size: 14px;">撰稿：{nm[0]}&nbsp; &nbsp;摄影：{nm[1]}&nbsp; &nbsp;审核：{nm[3]}</span></p>'
        )
    elif style == "credits2":
        out.append(
            f"<p><br/></p><p>撰稿：{nm[0]}</p><p>摄影：{nm[1]}</p><p>编辑：{nm[2]}</p><p>审核：{nm[3]}</p>"
        )
    elif style == "wen":
        out.append(f'<p style="text-align: right;">（文/{nm[0]}）</p>')
    return "\n".join(out)


def corp_article(site: Site17, a: Art) -> tuple[bytes, str]:
    rng = prng(site, a.path)
    sec, sec_name = (a.x["sec"], {"qyxw": "企业新闻", "hydt": "行业动态"}[a.x["sec"]])
    prev, nxt = neighbours(site, a)
    rel = ""
    if a.related:
        rel = (
            '<div class="n-related"><h3>相关新闻</h3><ul class="clearfix">'
            + _li_list([site.by_path[p] for p in a.related], lambda b: b.path, "%Y-%m-%d")
            + "</ul></div>"
        )
    main = f"""<div class="n-subnav"><div class="w1400"><a href="/news/qyxw/"{' class="on"' if sec == "qyxw" else ""}>企业新闻</a><a href="/news/hydt/"{' class="on"' if sec == "hydt" else ""}>行业动态</a></div></div>
<div class="location w1400">您的位置：<a href="/">首页</a> &gt; <a href="/news/qyxw/">新闻中心</a> &gt; <a href="/news/{sec}/">{sec_name}</a> &gt; </div>
<div class="n-main w1400 clearfix"><div class="n-left">
<div class="news-detail">
<h1>{esc(a.title)}</h1>
<div class="info"><span>{a.when:%Y-%m-%d}</span> | <span>浏览量：<em id="hits">{a.x["hits"]}</em></span> | <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
<div class="content">
{corp_body(a, rng)}
</div>
<div class="prev-next"><p>上一篇：{f'<a href="{prev.path}">{esc(prev.title)}</a>' if prev else "没有了"}</p><p>下一篇：{f'<a href="{nxt.path}">{esc(nxt.title)}</a>' if nxt else "没有了"}</p><a href="/news/{sec}/" class="back">返回列表</a></div>
</div>
{rel}
</div>
{corp_side(site, a, rng)}
</div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
<script>$.get('/plus/count.php?view=yes&aid={a.x["id"]}&mid=1',function(d){{$('#hits').html(d)}});</script>"""
    return corp_shell(
        site, rng, f"{a.title}_{sec_name}_新闻中心-{CORP}", a.paras[0][:80], main
    ), "text/html; charset=utf-8"


def corp_list(site: Site17, sec: str, page: int) -> tuple[bytes, str]:
    rng = prng(site, f"corplist{sec}{page}")
    name = {"qyxw": "企业新闻", "hydt": "行业动态"}[sec]
    arts = [b for b in latest(site, "corp") if b.x["sec"] == sec]
    chunk = arts[page * 5 : page * 5 + 5]
    pages = (len(arts) + 4) // 5
    items = "".join(
        f'<li><a href="{b.path}"><div class="img"><img src="/uploads/allimg/{b.when:%y%m%d}/{rng.getrandbits(32):x}.jpg"></div><div class="txt"><h3>{esc(b.title)}</h3><p>{esc(b.paras[0][:70])}…</p><span class="date"><em>{b.when:%d}</em>{b.when:%Y-%m}</span></div></a></li>'
        for b in chunk
    )
    pager = "".join(
        f'<a href="/news/{sec}/{"" if k == 0 else f"index_{k + 1}.html"}"{" class=thisclass" if k == page else ""}>{k + 1}</a>'
        for k in range(pages)
    )
    main = f'<div class="location w1400">您的位置：<a href="/">首页</a> &gt; <a href="/news/qyxw/">新闻中心</a> &gt; {name}</div><div class="n-main w1400"><ul class="news-list">{items}</ul><div class="pages"><a href="/news/{sec}/">首页</a>{pager}<span class="pageinfo">共 <strong>{pages}</strong>页<strong>{len(arts)}</strong>条</span></div></div>'
    return corp_shell(site, rng, f"{name}_新闻中心-{CORP}", name, main), "text/html; charset=utf-8"


def corp_static(site: Site17, which: str) -> tuple[bytes, str]:
    rng = prng(site, "corp" + which)
    if which == "about":
        title = "公司简介"
        text = [
            f"{CORP}（股票代码：603917）成立于2005年，总部位于江苏无锡，是一家专业从事智能制造装备研发、设计、制造和服务的国家高新技术企业。",
            "公司拥有省级企业技术中心和工程技术研究中心，现有员工一千二百余人，其中研发人员三百余人，累计获得授权专利四百余项。",
            "公司产品广泛应用于汽车零部件、新能源、3C电子、家电等行业，远销欧洲、东南亚等二十多个国家和地区。",
            "公司秉承“精益求精、客户至上”的经营理念，致力于成为国际一流的智能制造整体解决方案提供商。",
        ]
    else:
        title = "联系我们"
        text = [
            f"{CORP}",
            "地址：江苏省无锡市新吴区锡兴路88号",
            "销售热线：0510-85201234",
            "服务热线：400-888-6617",
            "邮箱：market@hr-ie.com",
        ]
    main = (
        f'<div class="location w1400">您的位置：<a href="/">首页</a> &gt; {title}</div><div class="n-main w1400"><div class="about-txt"><h2>{title}</h2>'
        + "".join(f"<p>{esc(t)}</p>" for t in text)
        + "</div></div>"
    )
    return corp_shell(site, rng, f"{title}-{CORP}", title, main), "text/html; charset=utf-8"


# === 4. 区教育局 on a 大汉 jcms variant ======================================================


GOV_COLS = {1234: "教育动态", 1235: "基层风采", 1236: "通知公告"}
GOV_DEPTS = [
    "区发展和改革局",
    "区教育局",
    "区科学技术局",
    "区工业和信息化局",
    "区公安分局",
    "区民政局",
    "区司法局",
    "区财政局",
    "区人力资源和社会保障局",
    "区自然资源和规划分局",
    "区生态环境局",
    "区住房和城乡建设局",
    "区交通运输局",
    "区水利局",
    "区农业农村局",
    "区商务局",
    "区文化广电和旅游局",
    "区卫生健康委员会",
    "区退役军人事务局",
    "区应急管理局",
    "区审计局",
    "区市场监督管理局",
    "区统计局",
    "区医疗保障局",
    "区城市管理局",
    "区数据局",
]
GOV_TOWNS = [
    "滨江街道",
    "新城街道",
    "江湾街道",
    "城南街道",
    "青石镇",
    "白沙镇",
    "龙泉镇",
    "桃源镇",
    "柳河镇",
]


def gov_shell(site: Site17, rng: random.Random, title: str, metas: str, main: str) -> bytes:
    cols = "".join(
        f'<li><a href="/col/col{c}/index.html">{n}</a></li>' for c, n in GOV_COLS.items()
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(title)}</title>
<meta name="SiteName" content="{DIST}人民政府">
<meta name="SiteDomain" content="www.jzbj.gov.cn">
<meta name="SiteIDCode" content="3204{rng.randint(100000, 999999)}">
{metas}
<link rel="stylesheet" href="/images/{rng.randint(1, 9)}/css/common.css">
<link rel="stylesheet" href="/images/{rng.randint(1, 9)}/css/article.css">
<script type="text/javascript" src="/script/jquery.min.js"></script>
<script type="text/javascript" src="/script/0/{rng.randint(1000000000000000, 9999999999999999)}.js"></script>
<script type="text/javascript">
function doZoom(size){{ var zoom=document.getElementById('zoom'); zoom.style.fontSize=size+'px'; var ps=zoom.getElementsByTagName('p'); for(var i=0;i<ps.length;i++){{ ps[i].style.fontSize=size+'px'; }} }}
function printit(){{ window.print(); }}
</script>
<script type="text/javascript">{jq_plugin(rng, "hwSlide", 8)}</script>
{css_block(rng, ["top", "header", "search", "nav", "bm-nav", "bm-main", "position", "article", "art-title", "art-info", "art-con", "art-tool", "share", "xgxx", "xxgk-table", "footer", "f-links", "f-info", "elder-mode", "list"], 150)}
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">欢迎访问{DIST}人民政府网站</span><span class="fr"><a href="javascript:;" id="assist-open">无障碍浏览</a> | <a href="javascript:;" id="elder">长者模式</a> | <a href="/col/col1/index.html">手机版</a> | <a href="https://weibo.com/" target="_blank">政务微博</a></span></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/1/logo.png" alt="{DIST}人民政府"></a>
<div class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="{rng.randint(10, 99)}"><input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><div class="w1200"><ul><li><a href="/">首页</a></li><li><a href="/col/col1234/index.html">政务动态</a></li><li><a href="/col/col1300/index.html">信息公开</a></li><li><a href="/col/col1400/index.html">政务服务</a></li><li><a href="/col/col1500/index.html">互动交流</a></li><li><a href="/col/col1600/index.html">走进滨江</a></li></ul></div></div>
<div class="w1200 clearfix"><div class="bm-nav"><h3>区教育局</h3><ul>{cols}</ul>
<div class="bm-list"><h4>部门导航</h4><ul>{"".join(f'<li><a href="/col/col{1700 + k}/index.html" target="_blank">{d}</a></li>' for k, d in enumerate(GOV_DEPTS))}</ul></div>
<div class="bm-list"><h4>镇街导航</h4><ul>{"".join(f'<li><a href="/col/col{1800 + k}/index.html" target="_blank">{d}</a></li>' for k, d in enumerate(GOV_TOWNS))}</ul></div></div>
{main}
</div>
<div class="footer"><div class="w1200">
<div class="f-links"><select onchange="window.open(this.value)"><option>国家部委网站</option><option value="http://www.moe.gov.cn">教育部</option><option value="http://www.gov.cn">中国政府网</option></select><select onchange="window.open(this.value)"><option>省市政府网站</option><option value="http://www.jiangsu.gov.cn">江苏省人民政府</option></select><select onchange="window.open(this.value)"><option>区级部门网站</option><option value="/col/col1234/index.html">区教育局</option></select></div>
<div class="f-info"><a href="https://bszs.conac.cn/sitename?method=show&amp;id={rng.getrandbits(64):016X}" target="_blank"><img src="/images/1/red.png" alt="党政机关"></a>
<p>主办单位：{DIST}人民政府办公室 &nbsp; 承办单位：{DIST}大数据管理中心</p>
<p>网站标识码：3204{rng.randint(100000, 999999)} &nbsp; <a href="https://beian.miit.gov.cn" target="_blank">苏ICP备{rng.randint(10000000, 99999999)}号-1</a> &nbsp; 苏公网安备 3204{rng.randint(10000000000, 99999999999)}号</p>
<p>地址：江州市滨江区滨江大道{rng.randint(1, 300)}号 &nbsp; 联系电话：0519-8{rng.randint(1000000, 9999999)} &nbsp; <a href="/col/col1500/index.html">网站纠错</a></p>
<script id="_jiucuo_" sitecode='3204{rng.randint(100000, 999999)}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</div></div>
<script type="text/javascript" src="/script/0/hanweb_assist.js"></script>
</body>
</html>
"""
    return page.encode("utf-8")


def gov_body(a: Art, rng: random.Random) -> str:
    out = []
    first = True
    for b in a.blocks:
        if b.kind == "p":
            text = esc(b.text)
            if first and a.x["style"] == "gaozi":
                text = f"（通讯员 {a.x['nm'][0]}）" + text
            first = False
            out.append(
                f'<p style="text-indent: 2em; font-family: 宋体; font-size: 16px; line-height: 2em; margin-bottom: 15px;">{text}</p>'
            )
        elif b.kind == "h":
            out.append(
                f'<p style="text-indent: 2em; font-family: 宋体; font-size: 16px; line-height: 2em;"><strong>{esc(b.text)}</strong></p>'
            )
        else:
            out.append(
                f'<p style="text-align: center;"><img src="/picture/0/{a.when:%y%m%d}{rng.randint(1000000000, 9999999999)}{rng.randint(100, 999)}.jpg" width="600" border="0" style="width:600px;" /></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align: center; font-family: 楷体; font-size: 15px;">{esc(b.text)}</p>'
                )
        if rng.random() < 0.1:
            out.append("<p><br/></p>")
    if a.x["style"] == "zb":
        out.append(f'<p style="text-align: right;">（责任编辑：{a.editors[0]}）</p>')
    return "\n".join(out)


def gov_article(site: Site17, a: Art) -> tuple[bytes, str]:
    rng = prng(site, a.path)
    col, colname = a.x["col"], GOV_COLS[a.x["col"]]
    artid = a.path.rsplit("_", 1)[1].removesuffix(".html")
    src = a.x["ctx"]["unit"] if a.x["style"] in ("gaozi",) or a.i % 4 == 1 else "区教育局"
    metas = (
        f'<meta name="ColumnName" content="{colname}">\n<meta name="ColumnDescription" content="{colname}">\n'
        f'<meta name="ColumnKeywords" content="{colname}">\n<meta name="ColumnType" content="{colname}">\n'
        f'<meta name="ArticleTitle" content="{esc(a.title)}">\n<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}">\n'
        f'<meta name="ContentSource" content="{esc(src)}">\n<meta name="Keywords" content="">\n'
        f'<meta name="Author" content="{esc(a.authors[0]) if a.authors else ""}">\n'
        f'<meta name="Description" content="{esc(a.paras[0][:60])}">\n<meta name="Image" content="">\n'
        '<meta name="Url" content="">\n'
    )
    d = f"{a.when:%Y-%m-%d %H:%M}" if a.precision == "minute" else f"{a.when:%Y-%m-%d}"
    table = ""
    if a.x["table"]:
        made = a.when.replace(day=max(1, a.when.day - rng.randint(1, 3)))
        table = f"""<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border-color:#ddd;font-size:14px;">
<tr><td width="15%" class="t">索引号：</td><td width="35%">11320405MB{rng.randint(1000000, 9999999)}X/{a.when.year}-{rng.randint(10000, 99999)}</td><td width="15%" class="t">分类：</td><td width="35%">教育 / 工作动态</td></tr>
<tr><td class="t">发布机构：</td><td>{DIST}教育局</td><td class="t">成文日期：</td><td>{made:%Y-%m-%d}</td></tr>
<tr><td class="t">发布日期：</td><td>{a.when:%Y-%m-%d}</td><td class="t">文号：</td><td></td></tr>
<tr><td class="t">主题词：</td><td colspan="3"></td></tr>
</table>"""
    author = f"<span>作者：{a.authors[0]}</span>" if a.x["style"] == "author" else ""
    rel = ""
    if a.related:
        rel = (
            '<div class="xgxx"><div class="xgxx-t">相关信息</div><ul>'
            + _li_list([site.by_path[p] for p in a.related], lambda b: b.path, "%Y-%m-%d")
            + "</ul></div>"
        )
    main = f"""<div class="bm-main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1234/index.html">区教育局</a> &gt; <a href="/col/col{col}/index.html">{colname}</a></div>
<div class="article">
{table}
<div class="art-title"><!--<$[标题名称]>begin-->{esc(a.title)}<!--<$[标题名称]>end--></div>
<div class="art-info"><span>发布日期：<!--<$[发布日期]>begin-->{d}<!--<$[发布日期]>end--></span>{author}<span>来源：<!--<$[信息来源]>begin-->{esc(src)}<!--<$[信息来源]>end--></span><span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={col}&amp;artid={artid}"></script></span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div id="zoom" class="art-con"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{gov_body(a, rng)}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>
<div class="art-tool clearfix"><div class="share fl">分享到：<a href="javascript:;" class="wx" title="微信"></a><a href="javascript:;" class="wb" title="微博"></a><a href="javascript:;" class="qzone" title="QQ空间"></a></div>
<div class="fr">【<a href="javascript:printit()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</div></div>
{rel}
</div></div>"""
    return gov_shell(
        site, rng, f"{a.title} {colname} {DIST}人民政府", metas, main
    ), "text/html; charset=utf-8"


def gov_list(site: Site17, col: int, page: int) -> tuple[bytes, str]:
    """A jcms column: the first page has the records in a ``<script type="text/xml">`` data
    store the page's JS pages through; later pages come as ``?uid=…&pageNum=N``."""
    rng = prng(site, f"govlist{col}{page}")
    arts = (
        latest(site, "gov")
        if col == 1234
        else [b for b in latest(site, "gov") if b.x["col"] == col]
    )
    chunk = arts[page * 8 : page * 8 + 8]
    recs = "".join(
        f'<record><![CDATA[\n<li><a href="{b.path}" title="{esc(b.title)}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>]]></record>\n'
        for b in chunk
    )
    pages = (len(arts) + 7) // 8
    nextp = (
        f'<a href="/col/col{col}/index.html?uid=5{col}&amp;pageNum={page + 2}">下一页</a>'
        if page + 1 < pages
        else ""
    )
    prevp = (
        f'<a href="/col/col{col}/index.html?uid=5{col}&amp;pageNum={page}">上一页</a>'
        if page
        else ""
    )
    main = f"""<div class="bm-main"><div class="position">当前位置：<a href="/">首页</a> &gt; {GOV_COLS[col]}</div>
<div id="{5000 + col}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&appid=1&webid=1&path=/&columnid={col}&unitid=5{col}&webname={DIST}&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}</recordset></datastore></script>
<ul class="list">{"".join(f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>' for b in chunk)}</ul>
<div class="default_pgContainer">共{len(arts)}条 {prevp} {nextp}</div></div></div>"""
    return gov_shell(
        site, rng, f"{GOV_COLS[col]} {DIST}人民政府", "", main
    ), "text/html; charset=utf-8"


# === 5. 三甲医院 hospital news ==============================================================


DEPTS = [
    "心血管内科",
    "呼吸与危重症医学科",
    "消化内科",
    "神经内科",
    "肾内科",
    "内分泌科",
    "血液科",
    "风湿免疫科",
    "肿瘤科",
    "普外科",
    "骨科",
    "神经外科",
    "心胸外科",
    "泌尿外科",
    "妇产科",
    "儿科",
    "眼科",
    "耳鼻咽喉科",
    "口腔科",
    "皮肤科",
    "中医科",
    "康复医学科",
    "急诊科",
    "重症医学科",
    "麻醉科",
    "放射科",
    "超声医学科",
    "检验科",
    "病理科",
    "药学部",
]


def hosp_shell(
    site: Site17, rng: random.Random, title: str, head: str, main: str, side: str
) -> bytes:
    mega = "".join(f'<li><a href="/ksdh/{k + 1}.html">{d}</a></li>' for k, d in enumerate(DEPTS))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='yidian-style-css' href='/wp-content/themes/yidian-hospital/style.css?ver=2.3.1' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>{jq_plugin(rng, "ydMenu", 8)}</script>
{css_block(rng, ["topbar", "site-header", "main-nav", "menu-item", "mega", "mega-wide", "breadcrumbs", "entry-header", "entry-title", "entry-meta", "entry-content", "post-navigation", "related-posts", "sidebar", "widget", "widget-title", "widget-yuyue", "widget-experts", "site-footer", "counter"], 110)}
</head>
<body class="post-template-default single single-post">
<div class="topbar"><div class="container"><span>急诊电话：0519-8{rng.randint(100000, 999999)}0</span><span>预约挂号：0519-96{rng.randint(100, 999)}</span><span>投诉电话：0519-8{rng.randint(1000000, 9999999)}</span><a href="/en/">English</a></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/wp-content/uploads/2023/01/logo.png" alt="{HOSP}"></a>
<form class="search-form" action="/" method="get"><input type="search" name="s" placeholder="搜索科室、专家、新闻"><button>搜索</button></form></div>
<nav class="main-nav"><ul class="menu">
<li class="menu-item"><a href="/">首页</a></li>
<li class="menu-item has-mega"><a href="/yygk/">医院概况</a><div class="mega"><ul><li><a href="/yygk/">医院简介</a></li><li><a href="/yygk/#ld">现任领导</a></li><li><a href="/yygk/#ls">历史沿革</a></li><li><a href="/yygk/#ry">医院荣誉</a></li></ul></div></li>
<li class="menu-item has-mega"><a href="/ksdh/">科室导航</a><div class="mega mega-wide"><ul>{mega}</ul></div></li>
<li class="menu-item"><a href="/zjjs/">专家介绍</a></li>
<li class="menu-item has-mega"><a href="/jyzn/">就医指南</a><div class="mega"><ul><li><a href="/jyzn/">门诊时间</a></li><li><a href="/jyzn/#zy">住院须知</a></li><li><a href="/jyzn/#yb">医保报销</a></li><li><a href="/jyzn/#jt">交通指南</a></li></ul></div></li>
<li class="menu-item current-menu-parent"><a href="/yyxw/">新闻中心</a><div class="mega"><ul><li><a href="/yyxw/">医院新闻</a></li><li><a href="/tag/yizhen/">义诊活动</a></li><li><a href="/video/">视频新闻</a></li></ul></div></li>
<li class="menu-item"><a href="/jkkp/">健康科普</a></li>
<li class="menu-item"><a href="/hlyd/">护理园地</a></li>
<li class="menu-item"><a href="/djwh/">党建文化</a></li>
<li class="menu-item"><a href="/zpxx/">招聘信息</a></li>
</ul></nav></header>
<div class="container page-wrap clearfix"><div class="content-area">{main}</div>
<aside class="sidebar">{side}</aside></div>
<footer class="site-footer"><div class="container">
<div class="footer-links"><a href="/yygk/">医院简介</a> | <a href="/jyzn/">就医指南</a> | <a href="/jyzn/#jt">交通指南</a> | <a href="/zpxx/">人才招聘</a> | <a href="/lxwm/">联系我们</a></div>
<p>{HOSP} 版权所有 &nbsp; 地址：江州市人民路{rng.randint(1, 300)}号 &nbsp; 邮编：213003</p>
<p>总机：0519-8{rng.randint(1000000, 9999999)} &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备{rng.randint(10000000, 99999999)}号</a> &nbsp; 本网站信息仅供参考，不能作为诊断及医疗的依据</p>
<p>您是本站第 <span class="counter">{rng.randint(3000000, 9000000)}</span> 位访客</p>
</div></footer>
<script type='text/javascript' src='/wp-content/themes/yidian-hospital/js/main.js?ver=2.3.1' id='yidian-main-js'></script>
{baidu_tongji(rng)}
</body>
</html>
"""
    return page.encode("utf-8")


def hosp_side(site: Site17, a: Art | None, rng: random.Random) -> str:
    hot = others(site, a, 6, "hot", "hosp") if a else latest(site, "hosp")[:6]
    experts = "".join(
        f'<li><a href="/zjjs/#e{k}"><img src="/wp-content/uploads/zj/{rng.getrandbits(24):06x}.jpg"><h4>{n}</h4><p>{d} 主任医师</p></a></li>'
        for k, (n, d) in enumerate(
            zip(
                ["陈国华", "刘建平", "周敏", "吴晓东"],
                rng.sample(DEPTS, 4),
                strict=True,
            )
        )
    )
    opts = "".join(f"<option>{d}</option>" for d in DEPTS)
    return (
        '<div class="widget widget-yuyue"><h3 class="widget-title">预约挂号</h3>'
        f'<form action="/yuyue/" method="post"><select name="ks"><option>请选择科室</option>{opts}</select><input type="date" name="rq"><button type="submit">立即预约</button></form>'
        '<p class="tips">微信搜索“江州一院”公众号，可预约7天内号源</p></div>'
        '<div class="widget widget-guide"><h3 class="widget-title">就医指南</h3><ul><li><a href="/jyzn/">门诊时间</a></li><li><a href="/jyzn/#zy">住院须知</a></li><li><a href="/jyzn/#yb">医保报销流程</a></li><li><a href="/jyzn/#jt">来院交通</a></li><li><a href="/jyzn/#fy">复印病历</a></li></ul></div>'
        f'<div class="widget widget-experts"><h3 class="widget-title">专家介绍</h3><ul>{experts}</ul></div>'
        '<div class="widget widget-hot"><h3 class="widget-title">热门文章</h3><ul>'
        + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in hot)
        + "</ul></div>"
    )


def hosp_body(a: Art, rng: random.Random) -> str:
    nm, style = a.x["nm"], a.x["style"]
    top = {
        "wentu": f'<p style="text-align: center;"><span style="color: #808080;">文/{nm[0]}&nbsp; 图/{nm[1]}</span></p>',
        "corr": f"<p>通讯员 {nm[2]} {nm[3]}</p>",
        "wen": f'<p style="text-align: center;">文/{nm[0]} {nm[1]}</p>',
        "corrwen": f'<p style="text-align: center;">文/{nm[0]}&nbsp; &nbsp;通讯员 {nm[2]}</p>',
        "none": "",
    }[style]
    out = [top] if top else []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>　　{esc(b.text)}</p>")
        elif b.kind == "h":
            out.append(
                f'<h3 class="wp-block-heading" style="text-align:center"><span style="color:#0066cc">{esc(b.text)}</span></h3>'
            )
        else:
            src = f"/wp-content/uploads/{a.when:%Y/%m}/{rng.getrandbits(48):012x}.jpg"
            if rng.random() < 0.5:
                out.append(
                    f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" src="{src}" alt="" class="wp-image-{rng.randint(10000, 99999)}"/>'
                    + (
                        f'<figcaption class="wp-element-caption">{esc(b.text)}</figcaption>'
                        if b.text
                        else ""
                    )
                    + "</figure>"
                )
            else:
                out.append(f'<p align="center"><img src="{src}" width="640" /></p>')
                if b.text:
                    out.append(
                        f'<p align="center"><font color="#666666" size="2">{esc(b.text)}</font></p>'
                    )
        if rng.random() < 0.1:
            out.append("<p>&nbsp;</p>")
    out.append(f'<p style="text-align: right;">审核：{nm[4]}</p>')
    if a.editors:
        out.append(f'<p style="text-align: right;">编辑：{a.editors[0]}</p>')
    return "\n".join(out)


def hosp_article(site: Site17, a: Art) -> tuple[bytes, str]:
    rng = prng(site, a.path)
    pid = a.path.rsplit("/", 1)[1].removesuffix(".html")
    d = a.when.strftime("%Y年%m月%d日") + (f" {a.when:%H:%M}" if a.precision == "minute" else "")
    head = (
        f'<meta name="keywords" content="{HOSP},医院新闻,{esc(a.x["ctx"]["topic"])}">\n'
        f'<meta name="description" content="{esc(a.paras[0][:80])}">\n'
        f'<link rel="canonical" href="{site.base}{a.path}" />\n'
        f"<link rel='shortlink' href='{site.base}/?p={pid}' />\n"
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)}" />\n'
        f'<meta property="article:published_time" content="{a.when.isoformat()}" />\n'
    )
    prev, nxt = neighbours(site, a)
    rel = ""
    if a.related:
        rel = (
            '<div class="related-posts"><h3>相关文章</h3><ul>'
            + _li_list([site.by_path[p] for p in a.related], lambda b: b.path, "%Y-%m-%d")
            + "</ul></div>"
        )
    main = f"""<div class="breadcrumbs">当前位置：<a href="/">首页</a> &raquo; <a href="/yyxw/">医院新闻</a> &raquo; 正文</div>
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-yyxw">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">发布时间：{d}</span>&nbsp;&nbsp;<span class="cat-links">分类：<a href="/yyxw/" rel="category tag">医院新闻</a></span>&nbsp;&nbsp;<span class="views">浏览：<span class="post-views-count">{a.x["hits"]:,}</span>次</span></div></header>
<div class="entry-content">
{hosp_body(a, rng)}
</div>
<footer class="entry-footer"><div class="share">分享到：<a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a></div></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links">{f'<div class="nav-previous"><a href="{prev.path}" rel="prev">上一篇：{esc(prev.title)}</a></div>' if prev else ""}{f'<div class="nav-next"><a href="{nxt.path}" rel="next">下一篇：{esc(nxt.title)}</a></div>' if nxt else ""}</div></nav>
{rel}"""
    return hosp_shell(
        site, rng, f"{a.title} - {HOSP}", head, main, hosp_side(site, a, rng)
    ), "text/html; charset=UTF-8"


def hosp_list(site: Site17, page: int, tag: bool = False) -> tuple[bytes, str]:
    rng = prng(site, f"hosplist{page}{tag}")
    arts = latest(site, "hosp")
    if tag:
        arts = [b for b in arts if "义诊" in b.title or b.i % 3 == 0]
        chunk, title = arts, "标签：义诊活动"
    else:
        chunk, title = arts[page * 6 : page * 6 + 6], "医院新闻"
    items = "".join(
        f'<article class="post-item"><a href="{b.path}" class="thumb"><img src="/wp-content/uploads/{b.when:%Y/%m}/{rng.getrandbits(40):x}-300x200.jpg"></a><h2><a href="{b.path}">{esc(b.title)}</a></h2><p class="excerpt">{esc(b.paras[0][:60])}&hellip;</p><span class="date">{b.when:%Y-%m-%d}</span></article>'
        for b in chunk
    )
    pager = ""
    if not tag:
        pager = (
            '<div class="pagination"><span class="current">1</span><a href="/yyxw/page/2/">2</a><a class="next" href="/yyxw/page/2/">下一页</a></div>'
            if page == 0
            else '<div class="pagination"><a class="prev" href="/yyxw/">上一页</a><a href="/yyxw/">1</a><span class="current">2</span></div>'
        )
    main = f'<div class="breadcrumbs">当前位置：<a href="/">首页</a> &raquo; {title}</div><h1 class="archive-title">{title}</h1>{items}{pager}'
    return hosp_shell(
        site, rng, f"{title} - {HOSP}", "", main, hosp_side(site, None, rng)
    ), "text/html; charset=UTF-8"


def hosp_static(site: Site17, which: str) -> tuple[bytes, str]:
    rng = prng(site, "hosp" + which)
    if which == "jyzn":
        title = "就医指南"
        text = [
            "门诊时间：周一至周五 上午8:00-12:00，下午14:00-17:30；周六、周日及法定节假日上午开设普通门诊和部分专家门诊。",
            "急诊24小时开放，急诊电话0519-86180120。",
            "住院须知：患者办理入院手续时请携带身份证、医保卡及门诊病历，住院期间请遵守病区管理制度，不得擅自离院。",
            "医保报销：本市职工医保、居民医保患者出院时可直接结算，异地医保患者请提前办理异地就医备案。",
            "交通指南：乘坐2路、15路、32路公交车至人民医院站下车；地铁1号线文化宫站3号出口步行约300米。",
        ]
        main = (
            f'<h1 class="page-title">{title}</h1><div class="page-content">'
            + "".join(f"<p>{esc(t)}</p>" for t in text)
            + "</div>"
        )
    elif which == "zjjs":
        title = "专家介绍"
        main = (
            f'<h1 class="page-title">{title}</h1><ul class="expert-list">'
            + "".join(
                f'<li><img src="/wp-content/uploads/zj/{rng.getrandbits(24):06x}.jpg"><h3>{n}</h3><p>{d} 主任医师 教授</p><p>擅长：{d}常见病、多发病及疑难危重症的诊治。出诊时间：周{rng.choice("一二三四五")}上午</p></li>'
                for n, d in zip(
                    ["陈国华", "刘建平", "周敏", "吴晓东", "孙立新", "马文静"],
                    DEPTS[:6],
                    strict=True,
                )
            )
            + "</ul>"
        )
    elif which == "video":
        title = "视频新闻"
        main = (
            f'<h1 class="page-title">{title}</h1><ul class="video-list">'
            + "".join(
                f'<li><a href="/video/#v{k}"><img src="/wp-content/uploads/video/{rng.getrandbits(32):08x}.jpg"><span class="play"></span><p>{esc(b.title)}（视频）</p></a></li>'
                for k, b in enumerate(latest(site, "hosp")[:6])
            )
            + "</ul>"
        )
    else:
        title = "医院简介"
        text = [
            f"{HOSP}始建于1918年，是一所集医疗、教学、科研、预防、康复为一体的三级甲等综合医院，为多所医学院校的教学医院。",
            "医院现有编制床位2000张，职工三千余人，其中高级职称人员六百余人，博士、硕士一千余人。",
            "医院设有临床、医技科室六十余个，拥有省级临床重点专科十二个，先后建成胸痛中心、卒中中心、创伤中心等急诊急救平台。",
        ]
        main = (
            f'<h1 class="page-title">{title}</h1><div class="page-content">'
            + "".join(f"<p>{esc(t)}</p>" for t in text)
            + "</div>"
        )
    return hosp_shell(
        site, rng, f"{title} - {HOSP}", "", main, hosp_side(site, None, rng)
    ), "text/html; charset=UTF-8"


# === the site's own home ==================================================================


def home(site: Site17) -> tuple[bytes, str]:
    rng = prng(site, "home")
    boxes = []
    for tpl, label, more in (
        ("vsb", f"{UNI}新闻网", "/index.htm"),
        ("assoc", ASSOC, "/Default.aspx"),
        ("corp", f"{CORP} 新闻中心", "/news/qyxw/"),
        ("gov", f"{DIST}教育局", "/col/col1234/index.html"),
        ("hosp", HOSP, "/yyxw/"),
    ):
        items = "".join(
            f'<li><a href="{b.path}" target="_blank">{esc(b.title)}</a><span>{b.when:%m-%d}</span></li>'
            for b in latest(site, tpl)[:5]
        )
        boxes.append(
            f'<div class="box"><h2><a href="{more}">{label}</a></h2><ul>{items}</ul></div>'
        )
    links = (
        '<div class="links"><a href="/zhxw.htm">综合新闻</a> <a href="/tgxz.htm">投稿须知</a> '
        '<a href="/News/List.aspx?cid=3">协会动态</a> <a href="/About/Index.aspx">协会概况</a> '
        '<a href="/news/hydt/">行业动态</a> <a href="/about/">公司简介</a> <a href="/contact/">联系我们</a> '
        '<a href="/col/col1235/index.html">基层风采</a> <a href="/jyzn/">就医指南</a> <a href="/zjjs/">专家介绍</a> '
        '<a href="/tag/yizhen/">义诊活动</a> <a href="/video/">视频新闻</a></div>'
    )
    filler = "\n".join(f"<!-- {rng.getrandbits(128):032x} -->" for _ in range(20))
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>江州网站群</title>'
        '<meta name="keywords" content="江州,网站群"></head><body><h1>江州网站群</h1>'
        + links
        + "".join(boxes)
        + filler
        + "</body></html>"
    )
    return page.encode("utf-8"), "text/html; charset=utf-8"


def register(site: Site17) -> None:
    builders = {
        "vsb": vsb_article,
        "assoc": assoc_article,
        "corp": corp_article,
        "gov": gov_article,
        "hosp": hosp_article,
    }
    for a in site.arts:
        site.route(a.path, lambda a=a: builders[a.tpl](site, a))
    site.route("/", lambda: home(site))
    site.route("/index.htm", lambda: vsb_home(site))
    site.route("/zhxw.htm", lambda: vsb_list(site, 0))
    site.route("/zhxw/1.htm", lambda: vsb_list(site, 1))
    site.route("/tgxz.htm", lambda: vsb_tgxz(site))
    site.route("/Default.aspx", lambda: assoc_home(site))
    site.route("/News/List.aspx?cid=3", lambda: assoc_list(site, 0))
    site.route("/News/List.aspx?cid=3&page=2", lambda: assoc_list(site, 1))
    site.route("/About/Index.aspx", lambda: assoc_about(site, False))
    site.route("/About/Contact.aspx", lambda: assoc_about(site, True))
    site.route("/news/qyxw/", lambda: corp_list(site, "qyxw", 0))
    site.route("/news/qyxw/index_2.html", lambda: corp_list(site, "qyxw", 1))
    site.route("/news/hydt/", lambda: corp_list(site, "hydt", 0))
    site.route("/about/", lambda: corp_static(site, "about"))
    site.route("/contact/", lambda: corp_static(site, "contact"))
    for col in GOV_COLS:
        site.route(f"/col/col{col}/index.html", lambda col=col: gov_list(site, col, 0))
    site.route("/col/col1234/index.html?uid=51234&pageNum=2", lambda: gov_list(site, 1234, 1))
    site.route("/yyxw/", lambda: hosp_list(site, 0))
    site.route("/yyxw/page/2/", lambda: hosp_list(site, 1))
    site.route("/tag/yizhen/", lambda: hosp_list(site, 0, tag=True))
    for which in ("jyzn", "zjjs", "video", "yygk"):
        site.route(f"/{which}/", lambda which=which: hosp_static(site, which))


__all__ = ["Block", "register"]
