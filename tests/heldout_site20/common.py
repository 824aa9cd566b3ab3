"""What site 20's pages share: escaping, a page's own RNG, filler stylesheets, Chinese comment
threads, list items and the picks of stories that are not related to a page's story."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from heldout import Art
from heldout_site6.common import css, esc, page_rng

if TYPE_CHECKING:
    from .generator import Site20

__all__ = ["Art", "comments_cn", "css", "esc", "li", "others", "page_rng", "ts"]

PROVS = [
    "广东深圳",
    "北京",
    "上海",
    "浙江杭州",
    "江苏南京",
    "四川成都",
    "湖北武汉",
    "陕西西安",
    "山东青岛",
    "福建厦门",
]
NICKS = [
    "小星星",
    "软媒用户1024",
    "老司机开车",
    "一只咸鱼",
    "Mr.Liu",
    "数码控",
    "喵喵喵",
    "路过的网友",
    "kingsoft",
    "云淡风轻",
    "木子李",
    "阿杰",
]
SAYS = [
    "又是挤牙膏，等下一代吧。",
    "价格再降一千我就买了。",
    "这个配置这个价格，真香。",
    "看看就好，钱包不允许。",
    "已经用上了，说说体验：续航确实不错，发热控制一般。",
    "标题党，内容和标题有啥关系？",
    "国产加油！",
    "前排围观，坐等评测。",
    "小编辛苦了，不过第三段好像有个错别字。",
    "这波操作我看不懂。",
    "去年买的，现在降价了，心态崩了。",
    "支持一下，希望能做好售后。",
]
DEVICES = [
    "iPhone 15 Pro Max",
    "小米14",
    "华为Mate 60 Pro",
    "Windows 11",
    "一加12",
    "iPad Air",
    "荣耀Magic6",
]


def ts(d: datetime) -> int:
    return int(d.timestamp())


def comments_cn(rng: random.Random, n: int, when: datetime, cls: str = "comment-item") -> str:
    """A comment thread: nicknames, places, times, floors, devices, replies (none of it story)."""
    out = []
    t = when
    for k in range(n):
        t = t + timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
        nick = rng.choice(NICKS) + (str(rng.randint(1, 999)) if rng.random() < 0.4 else "")
        reply = ""
        if rng.random() < 0.3:
            reply = (
                f'<div class="reply-list"><div class="reply-item"><span class="nick">{esc(rng.choice(NICKS))}</span>'
                f'<span class="r-time">{t:%Y-%m-%d %H:%M}</span><p>{esc(rng.choice(SAYS))}</p></div></div>'
            )
        out.append(
            f'<li class="{cls}" data-floor="{k + 1}"><div class="c-user"><img class="avatar" src="/static/avatar/{rng.getrandbits(24):06x}.png" alt="">'
            f'<span class="nick">{esc(nick)}</span><span class="c-loc">{rng.choice(PROVS)}网友</span>'
            f'<span class="c-time">{t.year}-{t.month}-{t.day} {t:%H:%M:%S}</span><span class="floor">{k + 1}楼</span></div>'
            f'<div class="c-text"><p>{esc(rng.choice(SAYS))}</p></div>'
            f'<div class="c-foot"><span class="device">{esc(rng.choice(DEVICES))}</span>'
            f'<a class="c-up" href="javascript:;">支持({rng.randint(0, 300)})</a><a class="c-down" href="javascript:;">反对({rng.randint(0, 40)})</a>'
            f'<a class="c-reply" href="javascript:;">回复</a></div>{reply}</li>'
        )
    return "".join(out)


def li(a: Art, fmt: str = "%m-%d %H:%M", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<li{c}><a href="{a.path}" target="_blank">{esc(a.title)}</a><span class="time">{a.when:{fmt}}</span></li>'


def others(site: Site20, a: Art, k: int, salt: str, tpl: str | None = None) -> list[Art]:
    """``k`` stories that are neither ``a`` nor related to it (recommendation feeds, hot lists)."""
    rng = page_rng(site.seed, a.path + salt)
    pool = [
        b
        for b in site.arts
        if b is not a and b.path not in a.related and (tpl is None or b.tpl == tpl)
    ]
    return rng.sample(pool, min(k, len(pool)))


def any_others(site: Site20, a: Any, k: int, salt: str) -> list[Art]:
    rng = page_rng(site.seed, str(a) + salt)
    return rng.sample(site.arts, k)
