"""The site's own pages: a portal at ``/`` linking each newsroom's front pages (BBC's two
editions, 法广's two, DW's two lists, 早报's 即时 and sections, the New York paper's sections),
with the latest headlines of each, and robots.txt."""

# ruff: noqa: E501  (markup is written the way the CMS writes it: long lines, as served)

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from heldout_gen import home_boxes

from . import dw
from .common import css, encode, esc, page_rng

if TYPE_CHECKING:
    from .generator import Site16

LABEL = {
    "bbc": "BBC News 中文",
    "rfi": "法广 RFI 华语",
    "dw": "德国之声 DW 中文",
    "zaobao": "联合早报",
    "nyt": "纽约时报中文网",
}
LINKS = [
    ("BBC 中文（简）", "/zhongwen/simp"),
    ("BBC 中文（繁）", "/zhongwen/trad"),
    ("法广 简体", "/cn/"),
    ("法广 繁體", "/tw/"),
    ("德国之声 在线报导", quote(dw.LISTS["zh"])),
    ("德國之聲 線上報導", quote(dw.LISTS["zh-hant"])),
    ("早报 即时", "/realtime"),
    ("早报 新加坡", "/news/singapore"),
    ("纽约时报中文网 中国", "/china/"),
    ("纽约时报中文网 国际", "/world/"),
    ("纽约时报中文网 观点", "/opinion/"),
]


def home(site: Site16) -> tuple[bytes, str]:
    rng = page_rng(site.seed, "/")
    boxes = "".join(home_boxes(site, LABEL, focus="海外中文媒体 最新", top=10, each=6, fmt="%m-%d"))
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in LINKS)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>海外中文媒体导航</title><style>{css(rng, "idx", 60)}</style></head>
<body><div class="hd"><h1>海外中文媒体导航</h1></div><ul class="nav">{links}</ul><div class="main">{boxes}</div>
<div class="ft"><p>本页汇集海外中文媒体的最新报道。</p></div></body></html>"""
    return encode(page, "utf-8"), "text/html; charset=utf-8"


def register(site: Site16) -> None:
    site.route("/", lambda: home(site))
    site.route("/robots.txt", lambda: (b"User-agent: *\nAllow: /\n", "text/plain"))
