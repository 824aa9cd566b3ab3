"""A fourth held-out local news site, written without looking at the extractor or at the other
held-out sites' templates: five templates imitating Chinese small-site CMS output (a county
融媒体中心 on a TRS-style government CMS, a university news site on WebPlus, a city forum's
Discuz! X portal in GBK, a Chinese WordPress blog with UTC metadata, a city paper's mobile site
with 135editor markup and no year in its printed dates), plus home, listings in each CMS's own
pagination style, tag/category/author archives, a 专题 page, 领导信息, 联系我们, search and
video pages.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
"""
