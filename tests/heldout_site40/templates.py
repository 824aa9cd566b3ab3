"""Site 40's article pages: 云溪融媒 (a county 融媒体中心 on PbootCMS), 恒锐重工's 新闻动态 (MetInfo 7;
two 2019 pages on the MetInfo 5 skin), 江淮建材行业协会 (EyouCMS in GBK, the charset named only in
the HTTP header), 楚南新闻网 (a city portal on XunRuiCMS) and 桐江信息港 (齐博CMS V7 in GB2312,
table layout, the charset named only in a meta tag). Each site's chrome (header, menus, sidebars,
footer) is shared with its list pages (``pages.py``)."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from heldout import Art, Block

from .common import css, esc, filler_js, page_rng, served, stats_js, trunc

if TYPE_CHECKING:
    from .generator import Site40

LABELS = {
    "pb": "云溪融媒",
    "met": "恒锐重工",
    "eyou": "江淮建材行业协会",
    "xr": "楚南新闻网",
    "qb": "桐江信息港",
}
FRONTS = {
    "pb": [("/news/", "云溪要闻"), ("/xzdt/", "乡镇动态")],
    "met": [
        ("/news/news.php?lang=cn&class1=2", "新闻动态"),
        ("/news/news.php?lang=cn&class2=5", "公司新闻"),
        ("/news/news.php?lang=cn&class2=6", "行业动态"),
    ],
    "eyou": [("/xhdt/", "协会动态"), ("/hyzx/", "行业资讯")],
    "xr": [("/news/list-bendi.html", "本地新闻"), ("/news/list-shizheng.html", "时政要闻")],
    "qb": [("/list.php?fid-12.htm", "桐江新闻"), ("/list.php?fid-15.htm", "社会民生")],
}
WEEK = "一二三四五六日"


def related(site: Site40, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def latest(arts: list[Art]) -> list[Art]:
    return sorted(arts, key=lambda b: b.when, reverse=True)


def others(site: Site40, a: Art, k: int, salt: str) -> list[Art]:
    """Stories of the same site for a box that is no related list (hot, latest, picks)."""
    rng = page_rng(site.seed, a.path + salt)
    pool = [b for b in site.of(a.tpl) if b is not a and b.path not in a.related]
    return rng.sample(pool, min(k, len(pool)))


def picks(site: Site40, tpl: str, k: int, salt: str) -> list[Art]:
    """A site-wide box: the same stories on every page of the site."""
    rng = page_rng(site.seed, tpl + salt)
    return rng.sample(site.of(tpl), k)


def neighbours(site: Site40, a: Art, key: Callable[[Art], object]) -> tuple[Art | None, Art | None]:
    """The previous and next story of the same column, by id (上一篇/下一篇)."""
    col = sorted((b for b in site.of(a.tpl) if key(b) == key(a)), key=lambda b: b.x["id"])
    k = col.index(a)
    return (col[k - 1] if k > 0 else None, col[k + 1] if k + 1 < len(col) else None)


def body_html(
    blocks: list[Block],
    para: Callable[[str], str],
    head: Callable[[str], str],
    img: Callable[[Block], str],
) -> str:
    return "\n".join(
        para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b) for b in blocks
    )


def desc(a: Art, n: int = 90) -> str:
    return esc(trunc(a.body.replace("\n", ""), n))


def thumb(a: Art, root: str) -> str:
    return f"{root}/{zlib.crc32(a.path.encode()) % 10**8:08d}.jpg"


# --- 1. 云溪融媒 (云溪县融媒体中心, PbootCMS 3.x) ---------------------------------------------------

PB_NAV = [
    ("/", "首页"),
    ("/news/", "云溪要闻"),
    ("/xzdt/", "乡镇动态"),
    ("/news/", "部门动态"),
    ("/news/", "视听云溪"),
    ("/xzdt/", "文明实践"),
    ("/news/", "专题专栏"),
    ("/about/", "走进云溪"),
    ("/contact/", "联系我们"),
]
PB_LINKS = [
    "人民网",
    "新华网",
    "央视网",
    "学习强国",
    "云溪县人民政府",
    "云溪文明网",
    "市融媒体中心",
    "云溪发布",
]


def pb_author(a: Art) -> str:
    nm, s = a.x["nm"], a.x["style"]
    by_style: dict[str, str] = {
        "jz": f"融媒记者 {nm[0]}",
        "two": f"{nm[0]} {nm[1]}",
        "unit": a.x["unit"],
        "tx": f"通讯员 {nm[2]}",
        "jz_tx": f"融媒记者 {nm[0]}　通讯员 {nm[2]}",
        "wen": "云溪融媒",
        "zg": "云溪县融媒体中心",
        "cjgly": "超级管理员",
        "xiumi": "云溪融媒",
        "three": f"{nm[0]}、{nm[1]}、{nm[2]}",
        "town": a.x["unit"],
    }
    return by_style[s]


def pb_source(a: Art) -> str:
    s = a.x["style"]
    if s == "unit":
        return str(a.x["unit"])
    if s == "town":
        return f"{a.x['unit']}人民政府"
    return "云溪县人民政府网" if s == "cjgly" else "云溪融媒"


def pb_tail(a: Art) -> list[str]:
    """The lines the desk typed under the story, inside the content (right-aligned)."""
    nm, s = a.x["nm"], a.x["style"]
    out = {
        "wen": [f"文/{nm[0]}　图/{nm[4]}"],
        "zg": [f"撰稿：{nm[0]}　审核：{nm[6]}"],
        "town": [f"（供稿：{a.x['unit']}党政办）"],
    }.get(s, [])
    if s in ("cjgly", "zg", "xiumi"):
        return out
    ed = {
        "bj_sh": f"编辑：{nm[5]}　审核：{nm[6]}",
        "zrbj": f"责任编辑：{nm[5]}",
        "bj_sh_zs": f"编辑：{nm[5]}　审核：{nm[6]}　终审：{nm[7]}",
    }[a.x["edline"]]
    return [*out, ed]


def pb_lis(arts: list[Art], fmt: str = "%Y-%m-%d", n: int = 30) -> str:
    return "".join(
        f'<li><a href="{b.path}" title="{esc(b.title)}">{esc(trunc(b.title, n))}</a><span class="float-right text-secondary">{b.when:{fmt}}</span></li>'
        for b in arts
    )


def pb_page(
    site: Site40, rng: random.Random, title: str, crumb: str, main: str, side: str, key: str
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{h}">{n}</a></li>' for h, n in PB_NAV
    )
    links = "".join(
        f'<a href="https://www.link{k}.example.cn/" target="_blank">{n}</a>'
        for k, n in enumerate(PB_LINKS)
    )
    page = f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title>
<meta name="keywords" content="云溪县,云溪融媒,云溪新闻">
<meta name="description" content="云溪县融媒体中心官方网站，权威发布云溪县时政要闻、乡镇动态、部门信息。">
<link rel="stylesheet" href="/template/yunxi/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/yunxi/font-awesome-4.7.0/css/font-awesome.min.css">
<link rel="stylesheet" href="/template/yunxi/css/aoyun.css?v=v3.2.5">
<link rel="stylesheet" href="/template/yunxi/swiper-4.3.5/css/swiper.min.css">
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<style>{css(rng, "yx", 430)}</style>
<script src="/template/yunxi/js/jquery-1.12.4.min.js"></script>
<script>{filler_js(rng, "aoyun", 70)}</script>
<!--[if lt IE 9]><script src="/template/yunxi/js/html5shiv.min.js"></script><script src="/template/yunxi/js/respond.min.js"></script><![endif]-->
</head>
<body>
<!-- 头部导航 -->
<div class="top-bar d-none d-md-block"><div class="container"><span>{site.today:%Y年%m月%d日} 星期{WEEK[site.today.weekday()]}</span><span class="float-right"><a href="javascript:;" class="wx">官方微信</a> | <a href="javascript:;" class="dy">抖音号</a> | <a href="/contact/">新闻热线：0739-5123456</a></span></div></div>
<nav class="navbar navbar-light bg-white navbar-expand-lg shadow-sm">
<div class="container">
<a class="navbar-brand my-1" href="/news/"><img src="/static/upload/image/20220815/1660541200183715.png" class="logo-sm-height" height="50" alt="云溪融媒"></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse justify-content-end" id="navbarNav"><ul class="navbar-nav">{nav}</ul>
<form class="form-inline ml-3" action="/search/" method="get"><input class="form-control form-control-sm" type="text" name="keyword" placeholder="请输入关键字"><button class="btn btn-sm btn-info ml-1" type="submit">搜索</button></form><span class="hot-search small ml-2 d-none d-xl-inline">热搜：<a href="/search/?keyword=防汛">防汛</a></span></div>
</div>
</nav>
<div class="container pages">
<div class="position mb-3 text-secondary">当前位置：{crumb}</div>
<div class="row">
<div class="col-12 col-lg-8">{main}</div>
<div class="col-12 col-lg-4 d-none d-lg-block">{side}</div>
</div>
</div>
<div class="footer mt-4 py-3 bg-light text-center text-secondary">
<div class="container">
<div class="friend-links mb-2">友情链接：{links}</div>
<p>主办：云溪县融媒体中心　地址：云溪县云溪镇人民路18号　新闻热线：0739-5123456　投稿邮箱：yxrm@example.cn</p>
<p>Copyright &copy; 2020-2024 云溪县融媒体中心 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">湘ICP备20001234号-1</a>　<img src="/template/yunxi/images/ga.png" width="16">湘公网安备43052502000123号</p>
</div>
</div>
<div class="online d-none d-md-block"><dl><dt style="width:100px;"><h4>新闻热线</h4><p>0739-5123456</p></dt><dd><i class="fa fa-volume-control-phone"></i></dd></dl><dl class="scroll-top"><dd><i class="fa fa-chevron-up"></i></dd></dl></div>
<script src="/template/yunxi/bootstrap/js/bootstrap.min.js"></script>
<script src="/template/yunxi/js/wow.min.js"></script>
<script>{stats_js("yxrm" + key)}</script>
</body>
</html>
"""
    return served(page)


def pb_side(site: Site40, a: Art | None, key: str) -> str:
    hot = others(site, a, 8, "hot") if a else picks(site, "pb", 8, "hot" + key)
    new = latest([b for b in site.of("pb") if b is not a])[:8]
    pics = picks(site, "pb", 4, "pic")
    pic = "".join(
        f'<div class="col-6 mb-2"><a href="{b.path}"><img src="{thumb(b, "/static/upload/image/thumb")}" class="img-fluid"><p class="text-truncate small">{esc(b.title)}</p></a></div>'
        for b in pics
    )
    return (
        f'<div class="card mb-3"><div class="card-header">热门文章</div><ul class="list-unstyled card-body hot-list">{"".join(f"<li><span class=num>{k}</span><a href={chr(34)}{b.path}{chr(34)}>{esc(trunc(b.title, 22))}</a></li>" for k, b in enumerate(hot, 1))}</ul></div>'
        f'<div class="card mb-3"><div class="card-header">最新发布</div><ul class="list-unstyled card-body">{pb_lis(new, "%m-%d", 18)}</ul></div>'
        f'<div class="card mb-3"><div class="card-header">图说云溪</div><div class="row card-body">{pic}</div></div>'
        '<div class="card mb-3"><div class="card-header">云溪发布</div><div class="card-body text-center"><img src="/template/yunxi/images/qrcode.jpg" width="120"><p class="small">扫码关注“云溪发布”微信公众号</p></div></div>'
    )


def pb_body(a: Art) -> str:
    x, nm = a.x, a.x["nm"]
    rng = random.Random(a.path)
    title = esc(a.title)
    tail = pb_tail(a)
    if x["style"] == "xiumi":
        sec = f'<section data-tools="135编辑器" data-id="{rng.randint(90000, 99999)}">'

        def xp(t: str) -> str:
            return f'{sec}<section style="margin:0px;padding:0px 8px;box-sizing:border-box;"><p style="text-indent:2em;line-height:1.75em;margin-bottom:15px;"><span style="font-size:15px;letter-spacing:1px;color:#3f3f3f;">{esc(t)}</span></p></section></section>'

        def xh(t: str) -> str:
            return f'{sec}<section style="text-align:center;margin:20px 0 10px;"><section style="display:inline-block;background-color:#1e9be8;padding:4px 14px;border-radius:4px;"><p><strong><span style="color:#ffffff;font-size:16px;">{esc(t)}</span></strong></p></section></section></section>'

        def xi(b: Block) -> str:
            cap = (
                f'<p style="text-align:center;"><span style="font-size:13px;color:#888888;">{esc(b.text)}{esc(b.credit)}</span></p>'
                if b.text
                else ""
            )
            return f'{sec}<section style="text-align:center;"><img src="{b.src}" data-ratio="0.6666" data-w="1080" style="width:100%;vertical-align:middle;" alt="{title}"/></section>{cap}</section>'

        top = f'{sec}<section style="text-align:center;margin-bottom:20px;"><p><span style="font-size:14px;color:#888888;">记者｜{nm[0]}　通讯员｜{nm[2]}</span></p></section></section>'
        end = f'{sec}<section style="text-align:right;margin-top:20px;"><p><span style="font-size:12px;color:#a5a5a5;">编辑｜{nm[5]}　审核｜{nm[6]}</span></p></section></section>'
        return top + "\n" + body_html(a.blocks, xp, xh, xi) + "\n" + end

    ind = "<p>　　{}</p>" if x["old"] else '<p style="text-indent: 2em;">{}</p>'
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(ind.format(esc(b.text)))
            if rng.random() < 0.12:
                out.append("<p><br/></p>")
        elif b.kind == "h":
            out.append(ind.format(f"<strong>{esc(b.text)}</strong>"))
        else:
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" title="{title}" alt="{title}"/></p>'
            )
            if b.text:
                out.append(
                    f'<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312, SimKai; font-size: 14px;">{esc(b.text)}{esc(b.credit)}</span></p>'
                )
    out += [f'<p style="text-align: right;">{esc(t)}</p>' for t in tail]
    return "\n".join(out)


def pb(site: Site40, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    sec = x["sec"]
    prev_a, next_a = neighbours(site, a, lambda b: b.x["sec"])

    def pn(b: Art | None) -> str:
        return f'<a href="{b.path}">{esc(b.title)}</a>' if b else "没有了！"

    tags = "".join(
        f'<a href="/tag/{t}/" class="badge badge-light mr-1">{esc(t)}</a>' for t in x["tags"]
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="xgxw mt-4"><h5 class="border-bottom pb-2"><i class="fa fa-list-ul"></i> 相关新闻</h5><ul class="list-unstyled lh-2">{pb_lis(rel)}</ul></div>'
        if rel
        else ""
    )
    main = f"""<div class="article-box bg-white p-3">
<h2 class="text-center fs-sm-28 fs-20 mt-3 art-title">{esc(a.title)}</h2>
<div class="text-center border-bottom text-secondary pb-2 mb-3 art-info"><span>来源：{esc(pb_source(a))}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>作者：{esc(pb_author(a))}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>浏览量：{x["visits"]}</span></div>
<div class="content" id="maximg">
{pb_body(a)}
</div>
{f'<div class="mt-3 tags text-secondary">标签：{tags}</div>' if tags else ""}
<div class="share mt-3 text-right">分享到：<a href="javascript:;" class="fa fa-weixin"></a> <a href="javascript:;" class="fa fa-weibo"></a> <a href="javascript:;" class="fa fa-qq"></a></div>
<div class="text-secondary lh-2 mt-3 prenext"><p>上一篇：{pn(prev_a)}</p><p>下一篇：{pn(next_a)}</p></div>
{rel_html}
<div class="statement small text-secondary mt-3 border-top pt-2">声明：本网转载作品的目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如涉及作品内容、版权等问题，请与本网联系。</div>
</div>"""
    crumb = f'<a href="/">首页</a>&gt;<a href="/{sec[0]}/">{sec[1]}</a>&gt;'
    return pb_page(
        site,
        rng,
        f"{a.title}-云溪县融媒体中心",
        crumb,
        main,
        pb_side(site, a, a.path),
        a.path,
    )


# --- 2. 恒锐重工 新闻动态 (MetInfo 7; 2019 pages on the MetInfo 5 skin) ------------------------------

MET_NAV = [
    ("../", "网站首页"),
    ("../about/show.php?lang=cn&id=1", "关于恒锐"),
    ("../news/news.php?lang=cn&class1=2", "新闻动态"),
    ("../about/show.php?lang=cn&id=1", "产品中心"),
    ("../about/show.php?lang=cn&id=1", "解决方案"),
    ("../about/show.php?lang=cn&id=1", "服务支持"),
    ("../about/show.php?lang=cn&id=1", "人力资源"),
    ("../about/show.php?lang=cn&id=3", "联系我们"),
]
MET_COLS = [
    ("../news/news.php?lang=cn&class2=5", "公司新闻"),
    ("../news/news.php?lang=cn&class2=6", "行业动态"),
]


def met_href(b: Art) -> str:
    return f"..{b.path}"


def met_tail(a: Art) -> tuple[list[str], list[str]]:
    """Lines the editor typed above and below the story (not body)."""
    nm, s, x = a.x["nm"], a.x["style"], a.x
    top = {"wen_dept": [f"文/{x['dept']}　{nm[0]}"], "wire": [f"来源：{x['wire']}"]}.get(s, [])
    bottom = {
        "gb": [f"（供稿：{x['dept']}）"],
        "wire_end": [f"（来源：{x['wire']}）"],
        "zg_sh": [f"撰稿：{nm[0]}　审核：{nm[6]}"],
        "gb_zg": [
            f"供稿部门：{x['dept']}",
            f"撰稿：{nm[0]}　摄影：{nm[4]}",
            f"编辑：{nm[5]}　审核：{nm[6]}",
        ],
        "zz_unit": [f"作者：{nm[0]}（{x['shop']}）"],
        "old_zg": [f"（撰稿：{nm[0]}）"],
        "zg_sy": [f"撰稿：{nm[0]}　{nm[1]}　摄影：{nm[4]}"],
        "bj": [f"撰稿：{nm[0]}　编辑：{nm[5]}　审核：{nm[6]}"],
    }.get(s, [])
    return top, bottom


def met_body(a: Art) -> str:
    top, bottom = met_tail(a)
    title = esc(a.title)

    def img(b: Block) -> str:
        cap = f'<p style="text-align: center;">{esc(b.text)}</p>' if b.text else ""
        return f'<p style="text-align: center;"><img src="{b.src}" data-width="800" width="800" data-height="533" height="533" alt="{title}" title="{title}"/></p>{cap}'

    body = body_html(
        a.blocks,
        lambda t: f"<p>　　{esc(t)}</p>",
        lambda t: f'<p style="text-align: center;"><strong>{esc(t)}</strong></p>',
        img,
    )
    head = "".join(f'<p style="text-align: center;">{esc(t)}</p>' for t in top)
    foot = "".join(f'<p style="text-align: right;">{esc(t)}</p>' for t in bottom)
    return head + "\n" + body + "\n" + foot


MET_FOOT = """<footer class='met-foot-info border-top1' m-id='met_foot' m-type="foot">
<div class="met-footnav text-center container">
<div class="row"><div class="col-lg-2 col-md-3 col-xs-6 list">
<h4 class='m-t-0'><a href="../about/show.php?lang=cn&id=1" title="关于恒锐">关于恒锐</a></h4><ul class='ulstyle m-b-0'><li><a href="../about/show.php?lang=cn&id=1" title="公司简介">公司简介</a></li><li><a href="../about/show.php?lang=cn&id=1" title="企业文化">企业文化</a></li><li><a href="../about/show.php?lang=cn&id=1" title="荣誉资质">荣誉资质</a></li></ul></div>
<div class="col-lg-2 col-md-3 col-xs-6 list"><h4 class='m-t-0'><a href="../news/news.php?lang=cn&class1=2" title="新闻动态">新闻动态</a></h4><ul class='ulstyle m-b-0'><li><a href="../news/news.php?lang=cn&class2=5" title="公司新闻">公司新闻</a></li><li><a href="../news/news.php?lang=cn&class2=6" title="行业动态">行业动态</a></li></ul></div>
<div class="col-lg-2 col-md-3 col-xs-6 list"><h4 class='m-t-0'><a href="../about/show.php?lang=cn&id=3" title="联系我们">联系我们</a></h4><ul class='ulstyle m-b-0'><li>销售热线：400-812-3456</li><li>服务热线：400-812-6543</li></ul></div>
<div class="col-lg-3 col-md-12 col-xs-12 info masonry-item"><em class='m-r-10'><i class="icon wb-map"></i></em>地址：江淮省合城市经济技术开发区锦绣大道1288号</div></div></div>
<div class="met-footer-copy text-center"><div class="container">
<div class="met_footright"><p>恒锐重工机械股份有限公司 版权所有 2008-2024 <a href="https://beian.miit.gov.cn" target="_blank">皖ICP备08012345号-2</a></p>
<p>销售热线：400-812-3456　传真：0551-63456789　邮箱：market@hengrui-hi.example.cn</p></div>
<div class="powered_by_metinfo">Powered by <a href="https://www.metinfo.cn" target="_blank" title="企业网站管理系统">MetInfo 7.9</a> &copy;2008-2024 &nbsp;<a href="https://www.mituo.cn" target="_blank" title="米拓建站">mituo.cn</a></div>
</div></div></footer>"""


def met_page(
    site: Site40,
    rng: random.Random,
    title: str,
    crumbs: list[tuple[str, str]],
    main: str,
    key: str,
    variable: str,
) -> tuple[bytes, str]:
    nav = "".join(
        f'<li class="nav-item"><a href="{h}" title="{n}" class="nav-link">{n}</a></li>'
        for h, n in MET_NAV
    )
    crumb = "".join(
        f"<li class='breadcrumb-item'><a href=\"{h}\" title=\"{n}\" class=''>{n}</a></li>"
        for h, n in crumbs
    )
    page = f"""<!DOCTYPE HTML>
<html class="" >
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,minimal-ui">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<meta name="description" content="恒锐重工机械股份有限公司是一家专业从事工程机械研发、制造、销售和服务的高新技术企业。">
<meta name="keywords" content="恒锐重工,工程机械,起重机械,恒锐">
<meta name="generator" content="MetInfo V7.9" data-variable="{variable}" data-user_name="">
<link href="../favicon.ico?1681805402" rel="shortcut icon" type="image/x-icon">
<link rel="stylesheet" type="text/css" href="../public/web/css/basic.css?1681805402">
<link rel="stylesheet" type="text/css" href="../templates/mui267/cache/shownews_cn.css?1714012345">
<style>
body{{background-color:#ffffff !important;font-family:'Microsoft Yahei' !important;}}
{css(rng, "met", 420)}
</style>
<script>(function(){{var t=navigator.userAgent;(t.indexOf("rv:11")>=0||t.indexOf("MSIE 10")>=0)&&document.write("<script src=\\"../public/plugins/html5shiv/html5shiv.min.js\\"><\\/script>")}})();</script>
<!--[if lte IE 9]><script src="../public/plugins/lteie9.js"></script><![endif]-->
</head>
<body class="met-navfixed">
<!--[if lte IE 9]><div class="text-xs-center m-b-0 bg-blue-grey-100 alert"><button type="button" class="close" aria-label="Close" data-dismiss="alert"><span aria-hidden="true">×</span></button>你正在使用一个过时的浏览器。请升级你的浏览器，以提高您的体验。</div><![endif]-->
<header class='met-head' m-id='met_head' m-type="head_nav">
<nav class="navbar navbar-default box-shadow-none met-nav">
<div class="container"><div class="row">
<div class='met-nav-btn'><h1 hidden>恒锐重工机械股份有限公司</h1>
<a href="../" title="恒锐重工机械股份有限公司" class="met-logo vertical-align block pull-xs-left" style="height:80px;"><div class="vertical-align-middle"><img src="../upload/202201/1642489213.png" alt="恒锐重工机械股份有限公司" title="恒锐重工机械股份有限公司" /></div></a>
<button type="button" class="navbar-toggler hamburger hamburger-close collapsed p-x-5 p-y-0 met-nav-toggler" data-target="#met-nav-collapse" data-toggle="collapse"><span class="sr-only"></span><span class="hamburger-bar"></span></button></div>
<div class="collapse navbar-collapse navbar-collapse-toolbar p-0" id="met-nav-collapse"><ul class="nav navbar-nav navlist">{nav}</ul>
<div class="metlang m-l-15 pull-md-right"><a href="../index.php?lang=en" class="btn btn-outline btn-default btn-squared btn-lang">English</a></div></div>
</div></div>
</nav>
</header>
<div class="met-banner-ny vertical-align text-center" m-id="banner" style="background-image:url(../upload/202201/1642489555.jpg);"><div class="vertical-align-middle"><h3 class="m-t-0">新闻动态</h3><p>NEWS CENTER</p></div></div>
<section class="met-crumbs hidden-sm-down" m-id='met_position' m-type='nocontent'>
<div class="container"><div class="row"><div class="border-bottom clearfix">
<ol class="breadcrumb m-b-0 subcolumn-crumbs breadcrumb-arrow"><li class='breadcrumb-item'>当前位置:</li><li class='breadcrumb-item'><a href="../" title="网站首页" class='icon wb-home'>网站首页</a></li>{crumb}</ol>
</div></div></div>
</section>
{main}
{MET_FOOT}
<div class="met-online-service hidden-sm-down"><div class="onlinebox"><p class="title">在线客服</p><p><a href="tencent://message/?uin=800123456&Site=恒锐重工&Menu=yes"><img src="../public/images/qq.png" alt="QQ"> 售前咨询</a></p><p>400-812-3456</p></div></div>
<input type="hidden" name="met_lazyloadbg" value="">
<script src="../public/web/js/basic.js?1681805402" data-js_url="../templates/mui267/cache/shownews_cn.js?1714012345" id="met-page-js"></script>
<script>{filler_js(rng, "metinfo-ui", 80)}</script>
<script>{stats_js("hrzg" + key)}</script>
</body>
</html>
"""
    return served(page)


def met_bar(site: Site40, a: Art | None, key: str) -> str:
    cols = "".join(
        f'<li><a href="{h}" title="{n}" class="{"active" if a and a.x["cls"][1] == n else ""}">{n}</a></li>'
        for h, n in MET_COLS
    )
    rec = picks(site, "met", 6, "rec")
    rec_html = "".join(
        f'<li class=\'list-group-item\'><a href="{met_href(b)}" title="{esc(b.title)}">{esc(trunc(b.title, 20))}</a></li>'
        for b in rec
        if b is not a
    )
    return f"""<div class="col-md-3"><div class="row"><aside class="met-sidebar panel panel-body m-b-0" boxmh-h m-id='news_bar' m-type='nocontent'>
<form class='sidebar-search' method='get' action="../search/search.php"><input type='hidden' name='lang' value='cn'/><div class="form-group"><div class="input-search"><button type="submit" class="input-search-btn"><i class="icon wb-search" aria-hidden="true"></i></button><input type="text" class="form-control" name="searchword" placeholder="搜索"></div></div></form>
<div class="sidebar-column"><h3 class="m-t-0">新闻动态</h3><ul class="sidebar-column-list">{cols}</ul></div>
<div class="sidebar-news-list recommend"><h3 class='font-size-16 m-0'>为您推荐</h3><ul class="list-group list-group-bordered m-t-10 m-b-0">{rec_html}</ul></div>
</aside></div></div>"""


def met_old(site: Site40, a: Art) -> tuple[bytes, str]:
    """The 2019 pages: MetInfo 5.3's skin; the only date is printed as 更新时间."""
    rng = page_rng(site.seed, a.path)
    x = a.x
    prev_a, next_a = neighbours(site, a, lambda b: b.x["cls"])

    def pn(b: Art | None) -> str:
        return f"<a href='{met_href(b)}'>{esc(b.title)}</a>" if b else "没有了"

    side = "".join(
        f'<li><a href="{h}" title="{n}" class="{"on" if x["cls"][1] == n else ""}">{n}</a></li>'
        for h, n in MET_COLS
    )
    nav = "".join(
        f'<li class="line"></li><li><a href="{h}" title="{n}" class="hover-none nav">{n}</a></li>'
        for h, n in MET_NAV
    )
    page = f"""<!DOCTYPE HTML>
<html>
<head>
<meta name="renderer" content="webkit">
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(a.title)}-恒锐重工机械股份有限公司</title>
<meta name="description" content="{desc(a)}" />
<meta name="keywords" content="{esc(x["ctx"]["topic"])}" />
<meta name="generator" content="MetInfo 5.3.19" />
<link href="../favicon.ico" rel="shortcut icon" />
<link rel="stylesheet" type="text/css" href="../public/ui/v1/css/metinfo.css" />
<link rel="stylesheet" type="text/css" href="../templates/metv5/images/css/metinfo.css" />
<style type="text/css">{css(rng, "metv5", 440)}</style>
<script src="../public/js/jQuery1.7.2.js" type="text/javascript"></script>
<script src="../public/js/ch.js" type="text/javascript"></script>
<script type="text/javascript">{filler_js(rng, "metv5", 75)}</script>
</head>
<body>
<header>
<div class="inner">
<div class="top-logo"><a href="../" title="恒锐重工机械股份有限公司" id="web_logo"><img src="../upload/201604/1461206371.png" alt="恒锐重工机械股份有限公司" title="恒锐重工机械股份有限公司" style="margin:20px 0px 0px 0px;" /></a>
<ul class="top-nav list-none"><li class="t"><a href="#" onclick='SetHome(this,window.location,"非IE浏览器不支持此功能，请手动设置！");' style="cursor:pointer;" title="设为首页">设为首页</a><span>|</span><a href="#" onclick='addFavorite("非IE浏览器不支持此功能，请手动设置！");' style="cursor:pointer;" title="收藏本站">收藏本站</a><span>|</span><a href="../index.php?lang=en" title="English">English</a></li><li class="b"><p>全国服务热线：<strong>400-812-3456</strong></p></li></ul></div>
<nav><ul class="list-none"><li id="nav_10001" style="width:120px;" class="navdown"><a href="../" title="网站首页" class="nav"><span>网站首页</span></a></li>{nav}</ul></nav>
<div class="inner met_flash"><div class="flash"><img src="../upload/201604/1461206555.jpg" width="980" alt="" height="150"></div></div>
</div>
</header>
<div class="sidebar inner">
<div class="sb_nav">
<h3 class='title myCorner' data-corner='top 5px'><span>新闻资讯</span></h3>
<div class="active" id="sidebar" data-csnow="2" data-class3="0" data-jsok="2"><ul class="list-none">{side}</ul></div>
<div class="sb_box"><h3 class='title line myCorner' data-corner='top 5px'>联系我们</h3><div class="editor"><p>恒锐重工机械股份有限公司</p><p>电话：400-812-3456</p><p>地址：江淮省合城市经济技术开发区锦绣大道1288号</p></div></div>
</div>
<div class="sb_box">
<h3 class="title"><div class="position">当前位置：<a href="../" title="网站首页">网站首页</a> &gt; <a href="../news/news.php?lang=cn&class1=2" title="新闻资讯">新闻资讯</a> &gt; <a href="../news/news.php?lang=cn&class2={x["cls"][0]}" title="{x["cls"][1]}">{x["cls"][1]}</a></div><span>{x["cls"][1]}</span></h3>
<div class="clear"></div>
<div class="active" id="shownews">
<h1 class="title">{esc(a.title)}</h1>
<div class="editor"><div>{met_body(a)}</div><div class="clear"></div></div>
<div class="met_hits"><div class='metjiathis'><div class="jiathis_style"><span class="jiathis_txt">分享到：</span><a class="jiathis_button_icons_1"></a><a class="jiathis_button_icons_2"></a><a class="jiathis_button_icons_3"></a><a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jtico jtico_jiathis" target="_blank"></a></div></div>点击次数：<span><script language='javascript' src='../include/hits.php?type=news&id={x["id"]}'></script></span>&nbsp;&nbsp;更新时间：{a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;【<a href="javascript:window.print()">打印此页</a>】&nbsp;&nbsp;【<a href="javascript:self.close()">关闭</a>】</div>
<div class="met_page">上一条：{pn(prev_a)}&nbsp;&nbsp;下一条：{pn(next_a)}</div>
</div>
</div>
<div class="clear"></div>
</div>
<footer><div class="inner"><div class="foot-nav"><a href="../about/show.php?lang=cn&id=1" title="关于我们">关于我们</a><span>|</span><a href="../news/news.php?lang=cn&class1=2" title="新闻资讯">新闻资讯</a><span>|</span><a href="../about/show.php?lang=cn&id=3" title="联系我们">联系我们</a></div>
<div class="foot-text"><p>恒锐重工机械股份有限公司 版权所有 2008-2019 皖ICP备08012345号</p><p>电话：400-812-3456 传真：0551-63456789</p><div class="powered_by_metinfo">Powered by <b><a href=http://www.metinfo.cn target=_blank>MetInfo 5.3.19</a></b> &copy;2008-2019 &nbsp;<a href=http://www.metinfo.cn target=_blank>MetInfo Inc.</a></div></div></div></footer>
<script src="../public/js/fun.inc.js" type="text/javascript"></script>
<script type="text/javascript">{stats_js("hrzg-old")}</script>
</body>
</html>
"""
    return served(page)


def met(site: Site40, a: Art) -> tuple[bytes, str]:
    if a.x["old"]:
        return met_old(site, a)
    rng = page_rng(site.seed, a.path)
    x = a.x
    prev_a, next_a = neighbours(site, a, lambda b: b.x["cls"])

    def pn(b: Art | None, label: str) -> str:
        if b is None:
            return f"<li class='page-item m-b-0 disable'><a href='javascript:;' title=\"\" class='page-link pull-xs-left text-truncate'>{label}<span aria-hidden=\"true\" class='hidden-xs-down'>: 没有了</span></a></li>"
        return f"<li class='page-item m-b-0 '><a href='{met_href(b)}' title=\"{esc(b.title)}\" class='page-link pull-xs-left text-truncate'>{label}<span aria-hidden=\"true\" class='hidden-xs-down'>: {esc(b.title)}</span></a></li>"

    rel = related(site, a)
    rel_html = (
        '<div class="met-related p-t-20"><h3 class="font-size-18 related-title">相关新闻</h3><ul class="blocks-100 blocks-sm-2 met-related-list">'
        + "".join(
            f'<li><a href="{met_href(b)}" title="{esc(b.title)}" target="_self">{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>'
            for b in rel
        )
        + "</ul></div>"
        if rel
        else ""
    )
    main = f"""<main class="met-shownews animsition">
<div class="container"><div class="row">
<div class="col-md-9 met-shownews-body" boxmh-mh m-id='noset'><div class="row">
<section class="details-title border-bottom1">
<h1 class='m-0'>{esc(a.title)}</h1>
<div class="info font-weight-300"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>发布者：admin</span><span>点击次数：<script type='text/javascript' class='met_hits' data-hits='{x["hits"]}' src="../hits/?lang=cn&type=news&vid={x["id"]}&list=0"></script></span></div>
</section>
<section class="met-editor clearfix">
{met_body(a)}
</section>
<div class="tag-list"><span>标签：</span><a href="../search/search.php?lang=cn&searchword={esc(x["ctx"]["topic"])}" title="{esc(x["ctx"]["topic"])}">{esc(x["ctx"]["topic"])}</a></div>
<div class="met-page p-y-30 border-top1"><div class="container p-t-30"><ul class="pagination block blocks-2">{pn(prev_a, "上一篇")}{pn(next_a, "下一篇")}</ul></div></div>
{rel_html}
</div></div>
{met_bar(site, a, a.path)}
</div></div>
</main>"""
    crumbs = [("../news/news.php?lang=cn&class1=2", "新闻动态"), MET_COLS[x["cls"][0] - 5]]
    return met_page(
        site,
        rng,
        f"{a.title}-恒锐重工机械股份有限公司",
        crumbs,
        main,
        a.path,
        f"../|cn|cn|mui267|2|{x['cls'][0]}|{x['id']}",
    )


# --- 3. 江淮建材行业协会 (EyouCMS, GBK named only in the HTTP header) --------------------------------

EYOU_NAV = [
    ("/", "首页"),
    ("/xhgk/", "协会概况"),
    ("/xhdt/", "协会动态"),
    ("/hyzx/", "行业资讯"),
    ("/xhdt/", "通知公告"),
    ("/hyzx/", "政策法规"),
    ("/hyzx/", "标准规范"),
    ("/xhdt/", "会员风采"),
    ("/xhdt/", "党建工作"),
    ("/lxwm/", "联系我们"),
]


def eyou_author(a: Art) -> tuple[str, str]:
    """(来源, 作者) as the info line prints them."""
    nm, s, x = a.x["nm"], a.x["style"], a.x
    return {
        "msc": ("协会秘书处", "协会秘书处"),
        "zz": ("协会秘书处", nm[0]),
        "zz2": ("协会秘书处", f"{nm[0]}、{nm[1]}"),
        "reprint": (x["paper"], nm[0]),
        "member": ("会员单位", x["member"]),
        "wen": ("本站", "admin"),
        "jz_tx": (x["paper"], f"记者 {nm[0]} 通讯员 {nm[2]}"),
        "bz": ("本站", "本站"),
        "reprint2": (x["paper"], "佚名"),
        "zz_bj": ("协会秘书处", nm[0]),
    }[s]


def eyou_body(a: Art) -> str:
    nm, s, x = a.x["nm"], a.x["style"], a.x

    def img(b: Block) -> str:
        cap = (
            f'<p style="text-align:center;"><span style="font-size:14px;">{esc(b.text)}{esc(b.credit)}</span></p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" title="{esc(a.title)}" alt="{esc(a.title)}" style="max-width:100%;"/></p>{cap}'

    body = body_html(
        a.blocks,
        lambda t: (
            f'<p style="text-indent:2em;line-height:2em;"><span style="font-family:宋体;font-size:16px;">{esc(t)}</span></p>'
        ),
        lambda t: (
            f'<p style="text-indent:2em;line-height:2em;"><span style="font-family:黑体;font-size:16px;">{esc(t)}</span></p>'
        ),
        img,
    )
    top = f'<p style="text-align:center;">文/{nm[0]}</p>\n' if s == "wen" else ""
    foot = {
        "member": f"（供稿：{x['member']}）",
        "reprint": f"（责任编辑：{nm[5]}）",
        "jz_tx": f"责任编辑：{nm[5]}",
        "zz_bj": f"（责任编辑：{nm[5]}）",
    }.get(s, "")
    if foot:
        body += f'\n<p style="text-align:right;">{esc(foot)}</p>'
    return top + body


def eyou_page(
    site: Site40, rng: random.Random, title: str, crumb: str, main: str, side: str, key: str
) -> tuple[bytes, str]:
    nav = "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in EYOU_NAV)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{esc(title)}</title>
<meta name="description" content="江淮建材行业协会是由全省建筑材料生产、流通、科研、设计等单位自愿组成的非营利性社会团体。" />
<meta name="keywords" content="江淮建材行业协会,建材协会,建材行业" />
<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link href="/template/pc/skin/css/style.css" rel="stylesheet" media="screen" type="text/css" />
<style type="text/css">{css(rng, "jh", 430)}</style>
<script language="javascript" type="text/javascript" src="/public/static/common/js/jquery.min.js?v=v1.6.4"></script>
<script language="javascript" type="text/javascript" src="/public/static/common/js/tag_global.js?v=v1.6.4"></script>
<script type="text/javascript">var __eyou_basefile__ = '/index.php';var __root_dir__ = '';{filler_js(rng, "eyou-skin", 70)}</script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="fl">欢迎访问江淮建材行业协会官方网站！</span><span class="fr"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/lxwm/">联系我们</a></span></div></div>
<div class="header wrap"><a href="/xhdt/" class="logo"><img src="/uploads/allimg/20210312/1-210312100Z3A2.png" alt="江淮建材行业协会" /></a><div class="search fr"><form method="get" action="/index.php"><input type="hidden" name="m" value="home" /><input type="hidden" name="c" value="Search" /><input type="hidden" name="a" value="lists" /><input type="text" name="keywords" class="s-input" placeholder="请输入搜索关键词" /><input type="submit" class="s-btn" value="搜索" /></form><div class="hotkey">热门搜索：<a href="/index.php?m=home&c=Search&a=lists&keywords=标准">标准</a></div></div></div>
<div class="nav"><ul class="wrap">{nav}</ul></div>
<div class="banner-n" style="background-image:url(/uploads/allimg/20210312/1-210312101S9326.jpg);"></div>
<div class="wrap main clearfix">
<div class="position">您的位置：{crumb}</div>
<div class="main-l fl">{side}</div>
<div class="main-r fr">{main}</div>
</div>
<div class="footer"><div class="wrap">
<div class="flink">友情链接：<a href="https://www.link1.example.cn/" target="_blank">中国建筑材料联合会</a><a href="https://www.link2.example.cn/" target="_blank">省住房和城乡建设厅</a><a href="https://www.link3.example.cn/" target="_blank">省工业和信息化厅</a><a href="https://www.link4.example.cn/" target="_blank">中国建材网</a></div>
<p>主办：江淮建材行业协会　地址：合城市政务区天鹅湖路88号建设大厦12楼　电话：0551-62801234　邮编：230071</p>
<p>Copyright &copy; 2012-2024 江淮建材行业协会 版权所有　<a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">皖ICP备12034567号-1</a>　Powered by <a href="https://www.eyoucms.com/" target="_blank">EyouCms</a></p>
</div></div>
<script type="text/javascript">{stats_js("jhjc" + key)}</script>
</body>
</html>
"""
    return served(page, "gbk")


def eyou_side(site: Site40, a: Art | None, key: str) -> str:
    cols = "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in FRONTS["eyou"])
    notice = picks(site, "eyou", 6, "notice")
    hot = others(site, a, 6, "hot") if a else picks(site, "eyou", 6, "hot" + key)
    return (
        f'<div class="side-box"><div class="side-tit"><h3>栏目导航</h3></div><ul class="side-nav">{cols}</ul></div>'
        f'<div class="side-box"><div class="side-tit"><h3>通知公告</h3></div><ul class="side-list">{"".join(f"<li><a href={chr(34)}{b.path}{chr(34)}>{esc(trunc(b.title, 16))}</a></li>" for b in notice)}</ul></div>'
        f'<div class="side-box"><div class="side-tit"><h3>热门推荐</h3></div><ul class="side-list">{"".join(f"<li><a href={chr(34)}{b.path}{chr(34)}>{esc(trunc(b.title, 16))}</a></li>" for b in hot)}</ul></div>'
        '<div class="side-box contact"><div class="side-tit"><h3>联系我们</h3></div><p>电话：0551-62801234</p><p>邮箱：jhjcxh@example.cn</p><p>地址：合城市政务区天鹅湖路88号</p></div>'
    )


def eyou(site: Site40, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x = a.x
    col = x["col"]
    src, author = eyou_author(a)
    prev_a, next_a = neighbours(site, a, lambda b: b.x["col"])

    def pn(b: Art | None) -> str:
        return f'<a href="{b.path}">{esc(b.title)}</a>' if b else "没有了"

    rel = related(site, a)
    rel_html = (
        f'<div class="likearticle"><div class="tit">相关文章</div><ul>{"".join(f"<li><a href={chr(34)}{b.path}{chr(34)} title={chr(34)}{esc(b.title)}{chr(34)}>{esc(b.title)}</a><span>{b.when:%Y-%m-%d}</span></li>" for b in rel)}</ul></div>'
        if rel
        else ""
    )
    attach = (
        f'<div class="attach">附件下载：<a href="/uploads/soft/{a.when:%Y%m%d}/1-{x["id"]}.docx">{esc(x["ctx"]["topic"])}相关材料.docx</a></div>'
        if x["style"] == "msc"
        else ""
    )
    main = f"""<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span>发布时间：{a.when:%Y-%m-%d}</span><span>来源：{esc(src)}</span><span>作者：{esc(author)}</span><span>浏览：<script src="/index.php?m=api&c=Ajax&a=arcclick&type=view&aids={x["id"]}" type="text/javascript" language="javascript"></script>次</span></div>
<div class="article-content" id="article-content">
{eyou_body(a)}
</div>
{attach}
<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
<div class="prenext"><p>上一篇：{pn(prev_a)}</p><p>下一篇：{pn(next_a)}</p></div>
{rel_html}
</div>"""
    crumb = f'<a href="/">首页</a> &gt; <a href="/{col[0]}/">{col[1]}</a> &gt; 正文'
    return eyou_page(
        site,
        rng,
        f"{a.title}_{col[1]}_江淮建材行业协会",
        crumb,
        main,
        eyou_side(site, a, a.path),
        a.path,
    )


# --- 4. 楚南新闻网 (XunRuiCMS) --------------------------------------------------------------------

XR_NAV = [
    ("/", "首页"),
    ("/news/list-bendi.html", "本地"),
    ("/news/list-shizheng.html", "时政"),
    ("/news/list-bendi.html", "社会"),
    ("/news/list-bendi.html", "民生"),
    ("/news/list-shizheng.html", "经济"),
    ("/news/list-bendi.html", "教育"),
    ("/news/list-bendi.html", "文旅"),
    ("/news/list-bendi.html", "图片"),
    ("/news/list-bendi.html", "视频"),
    ("/news/list-shizheng.html", "专题"),
    ("/news/list-bendi.html", "问政"),
]


def xr_author(a: Art) -> str:
    nm, s = a.x["nm"], a.x["style"]
    by_style: dict[str, str] = {
        "jz": nm[0],
        "bbx": "",
        "two": f"{nm[0]} {nm[1]}",
        "admin": "admin",
        "dept": a.x["source"],
        "jz_sy": nm[0],
        "xhs": f"新华社记者 {nm[0]} {nm[1]}",
        "qmt": f"楚南日报全媒体记者 {nm[0]}",
        "bbx_tx": "",
        "admin_tail": "admin",
        "two_tx": f"{nm[0]} {nm[1]} 通讯员 {nm[2]}",
    }
    return by_style[s]


def xr_hits(sid: int) -> str:
    return f'<span class="dr_show_hits_{sid}">0</span><script type="text/javascript"> $.get("/index.php?s=api&c=module&siteid=1&app=news&m=hits&id={sid}", function(data){{ $(".dr_show_hits_{sid}").html(data.msg); }}, "jsonp"); </script>'


def xr_page(
    site: Site40,
    rng: random.Random,
    title: str,
    crumb: str,
    main: str,
    side: str,
    key: str,
    head: str = "",
) -> tuple[bytes, str]:
    nav = "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in XR_NAV)
    page = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<title>{esc(title)}</title>
<meta name="keywords" content="楚南新闻网,楚南新闻,楚南日报">
<meta name="description" content="楚南新闻网是楚南日报社主办的综合性新闻门户网站。">
{head}
<link href="/static/assets/global/css/components.min.css" rel="stylesheet" type="text/css" />
<link href="/static/default/web/css/style.css?v=20230418" rel="stylesheet" type="text/css" />
<style>{css(rng, "cn", 440)}</style>
<script type="text/javascript">var is_mobile_cms = '';var web_dir = '/';</script>
<script src="/static/assets/global/plugins/jquery.min.js" type="text/javascript"></script>
<script src="/api/language/zh-cn/lang.js" type="text/javascript"></script>
<script src="/static/assets/js/cms.js" type="text/javascript"></script>
<script type="text/javascript">{filler_js(rng, "xunrui-front", 75)}</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="date">{site.today:%Y年%m月%d日}</span><span class="weather">楚南 多云 18~27℃</span><div class="fr"><a href="/index.php?s=member&c=login">登录</a> | <a href="/index.php?s=member&c=register">注册</a> | <a href="javascript:;">手机版</a> | <a href="javascript:;">楚南日报数字报</a></div></div></div>
<div class="header w1200"><a href="/news/list-bendi.html" class="logo"><img src="/static/default/web/images/logo.png" alt="楚南新闻网"></a><div class="ad-top"><a href="javascript:;"><img src="/uploadfile/ad/2024/top_728x90.jpg" alt=""></a></div><div class="search"><form action="/index.php" method="get"><input type="hidden" name="s" value="news"><input type="hidden" name="c" value="search"><input type="text" name="keyword" placeholder="搜索新闻"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 crumb">当前位置：{crumb}</div>
<div class="w1200 main clearfix"><div class="main-left">{main}</div><div class="main-right">{side}</div></div>
<div class="footer"><div class="w1200">
<p><a href="/news/list-bendi.html">关于我们</a> | <a href="/news/list-bendi.html">广告服务</a> | <a href="/news/list-bendi.html">联系我们</a> | <a href="/news/list-bendi.html">版权声明</a> | <a href="/news/list-bendi.html">网站地图</a></p>
<p>楚南日报社主办　楚南新闻网版权所有　未经授权禁止复制或建立镜像</p>
<p>互联网新闻信息服务许可证编号：43120190008　<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备19012345号-1</a>　违法和不良信息举报电话：0739-8123456</p>
<p class="powered">Powered by <a href="https://www.xunruicms.com" target="_blank">XunRuiCMS</a></p>
</div></div>
<div class="fixed-tool"><a href="javascript:;" class="totop">返回顶部</a></div>
<script type="text/javascript">{stats_js("cnxw" + key)}</script>
</body>
</html>
"""
    return served(page)


def xr_side(site: Site40, a: Art | None, key: str) -> str:
    hot = others(site, a, 10, "hot") if a else picks(site, "xr", 10, "hot" + key)
    pics = picks(site, "xr", 4, "pic")
    rank = "".join(
        f'<li><i class="n{k}">{k}</i><a href="{b.path}" title="{esc(b.title)}">{esc(trunc(b.title, 20))}</a></li>'
        for k, b in enumerate(hot, 1)
    )
    pic = "".join(
        f'<li><a href="{b.path}"><img src="{thumb(b, "/uploadfile/thumb")}" alt="{esc(b.title)}"><p>{esc(trunc(b.title, 14))}</p></a></li>'
        for b in pics
    )
    return (
        f'<div class="box"><div class="box-hd"><h3>24小时热闻</h3></div><ul class="rank">{rank}</ul></div>'
        f'<div class="box"><div class="box-hd"><h3>图文推荐</h3></div><ul class="pic-list">{pic}</ul></div>'
        '<div class="box ad"><a href="javascript:;"><img src="/uploadfile/ad/2024/side_300x250.jpg" alt=""></a><span class="ad-tag">广告</span></div>'
        '<div class="box"><div class="box-hd"><h3>楚南发布</h3></div><div class="qr"><img src="/static/default/web/images/qr_cnfb.jpg" width="120"><p>扫一扫关注楚南发布</p></div></div>'
    )


def xr(site: Site40, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    s = x["style"]
    sid = x["id"]
    cat = x["cat"]
    prev_a, next_a = neighbours(site, a, lambda b: b.x["cat"])

    def pn(b: Art | None) -> str:
        return f'<a href="{b.path}" title="{esc(b.title)}">{esc(b.title)}</a>' if b else "没有了"

    def img(b: Block) -> str:
        cap = (
            f'<p style="text-align:center;"><span style="color:#7f7f7f;">{esc(b.text)}{("　" + esc(b.credit)) if b.credit else ""}</span></p>'
            if b.text
            else ""
        )
        return f'<p style="text-align:center;"><img src="{b.src}" alt="{esc(a.title)}"></p>{cap}'

    body = body_html(
        a.blocks,
        lambda t: f'<p style="text-indent:2em;">{esc(t)}</p>',
        lambda t: f'<p style="text-indent:2em;"><strong>{esc(t)}</strong></p>',
        img,
    )
    if s == "admin_tail":
        body += f'\n<p style="text-indent:2em;">（楚南日报记者 {nm[0]}）</p>'
    author = xr_author(a)
    info = (
        f'<span class="source">来源：{esc(x["source"])}</span>'
        + (f'<span class="author">作者：{esc(author)}</span>' if author else "")
        + f'<span class="time">发布时间：{a.when:%Y-%m-%d %H:%M}</span><span class="hits">浏览：{xr_hits(sid)}</span>'
        + '<span class="fontsize">字号：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a></span>'
    )
    editor = f'<div class="article-editor">【责任编辑：{a.editors[0]}】</div>' if a.editors else ""
    lead = (
        f'<div class="article-desc"><b>【导读】</b>{esc(trunc(a.paras[0], 60))}</div>'
        if not x["old"] and len(a.paras) > 2
        else ""
    )
    rel = related(site, a)
    rel_html = (
        f'<div class="related"><div class="hd"><h3>相关阅读</h3></div><ul>{"".join(f"<li><a href={chr(34)}{b.path}{chr(34)} title={chr(34)}{esc(b.title)}{chr(34)}>{esc(b.title)}</a><span>{b.when:%m-%d}</span></li>" for b in rel)}</ul></div>'
        if rel
        else ""
    )
    tag = x["ctx"]["topic"]
    main = f"""<div class="article-box">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta">{info}</div>
{lead}
<div class="article-content" id="article_content">
{body}
</div>
{editor}
<div class="article-tags">关键词：<a href="/index.php?s=news&c=search&keyword={esc(tag)}">{esc(tag)}</a></div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
<div class="prev-next"><p>上一篇：{pn(prev_a)}</p><p>下一篇：{pn(next_a)}</p></div>
{rel_html}
<div class="comment-box"><div class="hd"><h3>网友评论</h3></div><div class="comment-form"><textarea placeholder="文明上网，理性发言"></textarea><button type="button">发表评论</button></div><p class="tips">已有 {rng.randint(0, 40)} 条评论，<a href="/index.php?s=member&c=login">登录</a>后发表评论</p></div>
<div class="statement">免责声明：凡本网注明“来源：XXX（非楚南新闻网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</div>
</div>"""
    crumb = f'<a href="/">首页</a> &gt; <a href="/news/list-bendi.html">新闻</a> &gt; <a href="/news/list-{cat[0]}.html">{cat[1]}</a> &gt; 正文'
    pub = a.when.replace(second=rng.randint(0, 59))
    head = (
        f'<meta property="bytedance:published_time" content="{pub:%Y-%m-%dT%H:%M:%S}+08:00" />\n'
        f'<meta property="bytedance:lrDate_time" content="{pub:%Y-%m-%dT%H:%M:%S}+08:00" />\n'
        f'<meta property="bytedance:updated_time" content="{(pub.timestamp() + x["updated"] * 60):.0f}" />'
        if not x["old"]
        else ""
    )
    return xr_page(
        site,
        rng,
        f"{a.title}_{cat[1]}_楚南新闻网",
        crumb,
        main,
        xr_side(site, a, a.path),
        a.path,
        head,
    )


# --- 5. 桐江信息港 (齐博CMS V7, GB2312 named only in a meta tag, table layout) ---------------------

QB_NAV = [
    ("./", "首页"),
    ("list.php?fid-12.htm", "桐江新闻"),
    ("list.php?fid-15.htm", "社会民生"),
    ("list.php?fid-12.htm", "房产"),
    ("list.php?fid-15.htm", "招聘"),
    ("list.php?fid-15.htm", "分类信息"),
    ("list.php?fid-12.htm", "桐江论坛"),
    ("list.php?fid-15.htm", "便民服务"),
    ("list.php?fid-12.htm", "图片"),
]


def qb_href(b: Art, root: str = "") -> str:
    """A story's link as 齐博 prints it: relative to the site root (``root`` "/" on the pages
    under ``/do/``)."""
    return root + b.path.lstrip("/")


def qb_when(a: Art) -> str:
    w = a.when
    return f"{w.year}-{w.month}-{w.day} {w:%H:%M:%S}"


def qb_author(a: Art) -> str:
    nm, s = a.x["nm"], a.x["style"]
    by_style: dict[str, str] = {
        "zz": nm[0],
        "bz": "本站",
        "yiming": "佚名",
        "jz_tx": f"记者 {nm[0]} 通讯员 {nm[2]}",
        "unit": a.x["unit"],
        "two": f"{nm[0]}　{nm[1]}",
        "wen": "",
        "jz": f"本报记者 {nm[0]}",
        "zz_bj": nm[0],
    }
    return by_style[s]


def qb_page(
    site: Site40,
    rng: random.Random,
    title: str,
    guide: str,
    main: str,
    side: str,
    key: str,
    root: str = "",
) -> tuple[bytes, str]:
    nav = "".join(
        f'<td class="navtd"><a href="{(root or h) if h == "./" else root + h}">{n}</a></td>'
        for h, n in QB_NAV
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)}</title>
<meta name="keywords" content="桐江,桐江信息港,桐江新闻,桐江论坛">
<meta name="description" content="桐江信息港——桐江人自己的网上家园">
<link rel="stylesheet" type="text/css" href="/images/default/style.css">
<style type="text/css">{css(rng, "qb", 420)}</style>
<script language="JavaScript" src="/images/default/inc.js"></script>
<script language="JavaScript" src="/images/default/default.js"></script>
<script language="JavaScript">{filler_js(rng, "qibo-v7", 70)}</script>
</head>
<body>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="top"><tr><td class="l">{site.today:%Y年%m月%d日}　<a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);">设为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a></td><td class="r"><a href="/do/login.php">登录</a> | <a href="/do/reg.php">注册</a> | <a href="/do/search.php">搜索</a></td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="logo"><tr><td width="260"><a href="{root}list.php?fid-12.htm"><img src="/images/default/logo.gif" border="0" alt="桐江信息港"></a></td><td align="center"><a href="javascript:;"><img src="/upload_files/ad/468x60.gif" border="0" width="468" height="60"></a></td><td width="200"><form action="/do/search.php" method="get"><input type="hidden" name="type" value="title"><input type="text" name="keyword" size="14"><input type="submit" value="搜索"></form></td></tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="nav"><tr>{nav}</tr></table>
<div class="guide">当前位置：{guide}</div>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="MainTable"><tr>
<td width="700" valign="top" class="Main">{main}</td>
<td width="10"></td>
<td width="250" valign="top" class="Side">{side}</td>
</tr></table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" class="footer"><tr><td align="center">
<a href="{root}list.php?fid-12.htm">关于我们</a> | <a href="{root}list.php?fid-12.htm">广告服务</a> | <a href="{root}list.php?fid-12.htm">联系方式</a> | <a href="{root}list.php?fid-12.htm">免责声明</a> | 热门搜索：<a href="/do/search.php?type=title&keyword=停水">停水</a><br>
桐江信息港 版权所有 Copyright &copy; 2006-2024 QQ群：12345678 客服电话：0576-8888123<br>
<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备06012345号</a>　Powered by <a href="http://www.qibosoft.com" target="_blank">qibosoft V7.0</a> Code &copy; 2003-11 <a href="http://bbs.qibosoft.com/" target="_blank">qibosoft</a>
</td></tr></table>
<script language="JavaScript">{stats_js("tjxxg" + key)}</script>
</body>
</html>
"""
    return served(page, "gb2312", header=False)


def qb_side(site: Site40, a: Art | None, key: str, root: str = "") -> str:
    rec = picks(site, "qb", 8, "rec")
    hot = others(site, a, 8, "hot") if a else picks(site, "qb", 8, "hot" + key)

    def rows(arts: list[Art]) -> str:
        return "".join(
            f'<tr><td>・<a href="{qb_href(b, root)}" target="_blank">{esc(trunc(b.title, 16))}</a></td></tr>'
            for b in arts
            if b is not a
        )

    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable"><tr><td class="head"><span class="TAG">本类推荐</span></td></tr>{rows(rec)}</table>'
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable"><tr><td class="head"><span class="TAG">本类热门</span></td></tr>{rows(hot)}</table>'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable"><tr><td class="head"><span class="TAG">桐江论坛</span></td></tr><tr><td>・<a href="/do/login.php">登录后查看论坛热帖</a></td></tr></table>'
    )


def qb(site: Site40, a: Art) -> tuple[bytes, str]:
    rng = page_rng(site.seed, a.path)
    x, nm = a.x, a.x["nm"]
    s = x["style"]
    fid = x["fid"]
    prev_a, next_a = neighbours(site, a, lambda b: b.x["fid"])

    def pn(b: Art | None) -> str:
        return f'<a href="{qb_href(b)}">{esc(b.title)}</a>' if b else "没有了"

    lines: list[str] = []
    if s == "wen":
        lines.append(f"文/{nm[0]}")
    for b in a.blocks:
        if b.kind == "p" or b.kind == "h":
            t = esc(b.text)
            lines.append(f"<b>{t}</b>" if b.kind == "h" else t)
        else:
            img = f'<div align="center"><img src="{b.src}" border="0" onload="if(this.width>600)makesmallpic(this,600,800);" alt="{esc(a.title)}"></div>'
            cap = (
                f'<div align="center">{esc(b.text)}{(" " + esc(b.credit)) if b.credit else ""}</div>'
                if b.text
                else ""
            )
            lines.append(img + cap)
    if x["old"]:
        # the 2019 pages: runs of text split by <br>, the editor's full-width indent kept
        body = "<br />\n".join(ln if ln.startswith("<div") else f"　　{ln}<br />" for ln in lines)
    else:
        body = "\n".join(ln if ln.startswith("<div") else f"<p>　　{ln}</p>" for ln in lines)
    editor = (
        f'<div class="editor" align="right">[责任编辑：{a.editors[0]}]</div>' if a.editors else ""
    )
    rel = related(site, a)
    rel_html = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable about_article"><tr><td class="head"><span class="TAG">相关文章</span></td></tr><tr><td class="middle"><ul>'
        + "".join(
            f'<li>・<a href="{qb_href(b)}" target="_blank">{esc(b.title)}</a> <span class="time">({b.when:%m-%d})</span></li>'
            for b in rel
        )
        + "</ul></td></tr></table>"
        if rel
        else ""
    )
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable content_table">
<tr><td class="content_title" align="center"><h1>{esc(a.title)}</h1></td></tr>
<tr><td class="content_about" align="center">来源：{esc(x["source"] or x["unit"])}　作者：{esc(qb_author(a))}　发布时间：{qb_when(a)}　浏览：<span id="hits"><script language="JavaScript" src="/do/job.php?job=hits&aid={x["id"]}"></script></span>次　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="content_word" id="post1">
{body}
</td></tr>
<tr><td>{editor}</td></tr>
<tr><td class="content_tool" align="center">【<a href="/do/job.php?job=collect&aid={x["id"]}">收藏</a>】【<a href="javascript:window.print()">打印</a>】【<a href="/do/job.php?job=sendtofriend&aid={x["id"]}">推荐给朋友</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td class="page_nav">上一篇：{pn(prev_a)}<br>下一篇：{pn(next_a)}</td></tr>
</table>
{rel_html}
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="dragTable comment"><tr><td class="head"><span class="TAG">网友评论</span></td></tr>
<tr><td>共有 {rng.randint(0, 25)} 位网友发表了评论。<a href="/do/comment.php?aid={x["id"]}">查看全部评论</a></td></tr>
<tr><td><form action="/do/comment_post.php" method="post">用户名：<input type="text" name="username" size="10">　验证码：<input type="text" name="yzimg" size="6"><img src="/do/yzimg.php"><br><textarea name="content" cols="60" rows="4"></textarea><br><input type="submit" value="发表评论"> 请遵守《互联网电子公告服务管理规定》</form></td></tr></table>"""
    guide = (
        f'<a href="./">首页</a> -&gt; <a href="list.php?fid-{fid[0]}.htm">{fid[1]}</a> -&gt; 正文'
    )
    return qb_page(
        site,
        rng,
        f"{a.title} - {fid[1]} - 桐江信息港",
        guide,
        main,
        qb_side(site, a, a.path),
        a.path,
    )


RENDER: dict[str, Callable[[Site40, Art], tuple[bytes, str]]] = {
    "pb": pb,
    "met": met,
    "eyou": eyou,
    "xr": xr,
    "qb": qb,
}


def register(site: Site40) -> None:
    for a in site.arts:
        site.route(a.path, partial(RENDER[a.tpl], site, a))
