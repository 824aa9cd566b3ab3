"""A fifth held-out local news site, written without looking at the extractor or at the other
held-out sites' templates: five templates imitating big Chinese-language portals' article pages
as they looked in 2023-2024 (人民网 in GB2312, 新华网 with its date split over spans, a 搜狐号
self-media page, 自由時報 in Traditional Chinese and half in Big5, a paid-news portal with a
paywall teaser), plus home, listings in each portal's own pagination style, a 滚动 page, a 专题
page, a 图片 index, 关于我们, an author's profile page and search.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
"""
