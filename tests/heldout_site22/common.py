"""What site 22's pages share: other stories for sidebars, list lines, share bars, a Nuxt 3
payload serialiser, channel bars and the copyright footers of the five sites."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_site7.common import esc, page_rng

if TYPE_CHECKING:
    from .generator import Site22

LISTS = {
    "gdtv": "/news/gd",
    "knews": "/channel/shanghai",
    "cjrb": "/news/wh/index.shtml",
    "xxcb": "/column/changsha/1.html",
    "bjd": "/bjd/index.html",
}
LABELS = {
    "gdtv": "荔枝网",
    "knews": "看看新闻",
    "cjrb": "长江网",
    "xxcb": "潇湘晨报",
    "bjd": "北京日报客户端",
}
CHANNELS = [
    "时政",
    "社会",
    "财经",
    "科技",
    "文旅",
    "教育",
    "健康",
    "体育",
    "娱乐",
    "法治",
    "评论",
    "直播",
    "视频",
    "图片",
    "专题",
    "民生",
    "房产",
    "汽车",
    "美食",
    "读书",
    "非遗",
    "天气",
    "交通",
    "公益",
    "政务",
    "问政",
    "区县",
    "国际",
    "军事",
    "数读",
]

FRIENDS = [
    ("xinhuanet", "新华网"),
    ("people", "人民网"),
    ("cctv", "央视网"),
    ("chinanews", "中国新闻网"),
    ("cnr", "央广网"),
    ("gmw", "光明网"),
    ("youth", "中国青年网"),
    ("ce", "中国经济网"),
    ("southcn", "南方网"),
    ("ycwb", "金羊网"),
    ("dayoo", "大洋网"),
    ("thepaper", "澎湃新闻"),
    ("jfdaily", "上观新闻"),
    ("eastday", "东方网"),
    ("cnhubei", "荆楚网"),
    ("hubeidaily", "湖北日报"),
    ("rednet", "红网"),
    ("voc", "华声在线"),
    ("ynet", "北青网"),
    ("qianlong", "千龙网"),
    ("bjnews", "新京报"),
    ("cqnews", "华龙网"),
    ("dahe", "大河网"),
    ("scol", "四川在线"),
    ("zjol", "浙江在线"),
    ("jschina", "中国江苏网"),
    ("dzwww", "大众网"),
    ("hebnews", "长城网"),
]


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def related(site: Site22, a: Art) -> list[Art]:
    return [site.by_path[p] for p in a.related]


def others(site: Site22, a: Art, k: int, salt: str) -> list[Art]:
    """Other stories of the same site (and, for 长江日报, the same era: the 2019 e-paper pages
    list only e-paper pages) for a page's feeds and ranks — never its own related stories."""
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.of(a.tpl)
        if b is not a and b.path not in a.related and b.x.get("old", False) == a.x.get("old", False)
    ]
    return rng.sample(pool, min(k, len(pool)))


def li(b: Art, fmt: str = "%Y-%m-%d", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{b.path}" target="_blank" title="{esc(b.title)}">{esc(b.title)}</a><span class="date">{b.when:{fmt}}</span></li>'


def rank(arts: list[Art], tag: str = "em") -> str:
    return "".join(
        f'<li><{tag} class="n{k + 1}">{k + 1}</{tag}><a href="{b.path}" target="_blank">{esc(b.title)}</a></li>'
        for k, b in enumerate(arts)
    )


def share(cls: str, label: str = "分享到：") -> str:
    return (
        f'<div class="{cls}"><span class="share-label">{label}</span><a class="s-wx" href="javascript:;" title="微信">微信</a>'
        '<a class="s-wb" href="javascript:;" title="微博">微博</a><a class="s-qq" href="javascript:;" title="QQ">QQ</a>'
        '<a class="s-qz" href="javascript:;" title="QQ空间">QQ空间</a><a class="s-link" href="javascript:;">复制链接</a></div>'
    )


def channel_bar(site: Site22, key: str, root: str, cls: str = "nav") -> str:
    """A site's channel bar: the shared sections, then channels never built here."""
    rng = page_rng(site.seed, key + "nav")
    main = '<a href="/">首页</a>' + "".join(
        f'<a href="{LISTS[t]}">{n}</a>' for t, n in LABELS.items()
    )
    main += '<a href="/topic/2024/dwj.html">专题</a><a href="/search?keyword=">搜索</a>'
    extra = "".join(
        f'<a href="{root}{crc(c) % 900 + 100}/" target="_blank">{c}</a>'
        for c in rng.sample(CHANNELS, 22)
    )
    return f'<nav class="{cls}"><div class="{cls}-main">{main}</div><div class="{cls}-sub">{extra}</div></nav>'


def footer(cls: str, name: str, org: str, icp: str, extra: str = "") -> str:
    links = " | ".join(
        f'<a href="{p}">{n}</a>'
        for p, n in [
            ("/about/index.html", "关于我们"),
            ("/about/contact.html", "联系我们"),
            ("/about/index.html#ad", "广告合作"),
            ("/about/index.html#law", "版权声明"),
            ("/about/contact.html#jb", "违法和不良信息举报"),
        ]
    )
    friends = "".join(
        f'<a href="https://www.{host}.example/" target="_blank">{n}</a>' for host, n in FRIENDS
    )
    return (
        f'<div class="{cls}-friends"><span>友情链接：</span>{friends}</div>'
        f'<footer class="{cls}"><div class="f-links">{links}</div>'
        f"<p>{org} 版权所有 Copyright &copy; 2024 {name} All Rights Reserved.</p>"
        f"<p>{icp}　互联网新闻信息服务许可证：{crc(name) % 90000 + 10000}　网络视听许可证：{crc(org) % 9000000 + 1000000}号</p>"
        f"<p>{extra}违法和不良信息举报电话：12377　未成年人保护专线：{crc(icp) % 9000 + 1000}</p>"
        '<p class="police"><img src="/static/img/ga.png" alt="">公网安备 00000000000000号</p></footer>'
    )


def body_html(a: Art, para: Any, head: Any, img: Any) -> str:
    return "\n".join(
        para(b.text) if b.kind == "p" else head(b.text) if b.kind == "h" else img(b)
        for b in a.blocks
    )


def content_html(a: Art, img_cap: Any) -> str:
    """The story as the CMS stores it (for the JSON the page ships): plain ``<p>``s."""
    return "".join(
        f"<p>{esc(b.text)}</p>"
        if b.kind == "p"
        else f"<p><strong>{esc(b.text)}</strong></p>"
        if b.kind == "h"
        else img_cap(b)
        for b in a.blocks
    )


def devalue(root: Any) -> str:
    """A Nuxt 3 payload (``__NUXT_DATA__``): every value once in a flat array, containers
    pointing at their members' indexes."""
    out: list[Any] = [["ShallowReactive", 1], None]

    def put(v: Any) -> int:
        at = len(out)
        out.append(None)
        if isinstance(v, dict):
            out[at] = {k: put(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[at] = [put(x) for x in v]
        else:
            out[at] = v
        return at

    data = put(root)
    out[1] = {"data": data, "state": put({}), "once": put([]), "_errors": put({})}
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def app_js(name: str, n: int) -> str:
    """A bundle's inlined runtime (chunk manifest and polyfills) — kilobytes real pages carry."""
    chunks = ",".join(f'"{name}-{k}":"{crc(name + str(k)):08x}"' for k in range(n))
    return (
        f"!function(e){{var t={{}},r={{{chunks}}};function n(o){{if(t[o])return t[o].exports;var i=t[o]={{i:o,l:!1,exports:{{}}}};"
        "return e[o].call(i.exports,i,i.exports,n),i.l=!0,i.exports}n.p='/static/js/';n.r=r}([]);"
    )
