"""What the templates share: the article record, body blocks, escaping, filler CSS/scripts."""

from __future__ import annotations

import html
import random
from datetime import datetime

#: the day the site was "captured": every masthead prints it
TODAY = "2024年4月2日 星期二"
WEEKDAYS = "一二三四五六日"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def weekday(d: datetime) -> str:
    return "星期" + WEEKDAYS[d.weekday()]


def css(rng: random.Random, prefix: str, n: int) -> str:
    """A theme stylesheet's worth of rules (real CMS pages inline kilobytes of them)."""
    props = [
        "margin:0 auto",
        "padding:0 12px",
        "font-size:14px",
        "line-height:28px",
        "color:#333",
        "color:#c00",
        "background:#f5f5f5",
        "border-bottom:1px solid #e5e5e5",
        "overflow:hidden",
        "float:left",
        "float:right",
        "display:block",
        "text-align:center",
        "height:40px",
        "width:1200px",
        "white-space:nowrap",
        "text-overflow:ellipsis",
        "position:relative",
        "font-family:'Microsoft YaHei',SimSun,sans-serif",
        "cursor:pointer",
    ]
    parts = ["nav", "top", "logo", "list", "item", "title", "info", "box", "tab", "foot", "side"]
    subs = ["li", "a", "span", "p", "img", "h3", "em", "a:hover", "ul", "dd", "dt"]
    rules = []
    for k in range(n):
        sel = f".{prefix}-{rng.choice(parts)}{k % 7 or ''} {rng.choice(subs)}"
        rules.append(sel + "{" + ";".join(rng.sample(props, rng.randint(2, 5))) + "}")
    return "\n".join(rules)


STATS_JS = """var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.example/hm.js?3f5a7c2b9e1d4f6a8b0c2d4e6f8a0b1c";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();"""

SHARE_JS = """window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2",
"bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};
with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script'))
.src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];"""

GOV_LINKS = [
    ("中国政府网", "https://www.gov.example/"),
    ("省人民政府", "https://www.province.gov.example/"),
    ("市人民政府", "https://www.city.gov.example/"),
    ("人民网", "https://www.people.example/"),
    ("新华网", "https://www.xinhua.example/"),
    ("央视网", "https://www.cctv.example/"),
    ("省政务服务网", "https://zwfw.province.example/"),
    ("学习强国", "https://www.xuexi.example/"),
    ("中国文明网", "https://www.wenming.example/"),
    ("12345政务服务热线", "https://12345.city.example/"),
    ("国家税务总局", "https://www.tax.example/"),
    ("中国气象局", "https://www.cma.example/"),
]


def link_lists(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{u}" target="_blank">{esc(t)}</a></li>' for t, u in links)
    return f'<div class="links-box"><h3>{esc(title)}</h3><ul class="clearfix">{items}</ul></div>'


def slug_pinyin(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(n))
