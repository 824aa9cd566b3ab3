"""A seventh held-out local news site, written without looking at the extractor: five
templates imitating Chinese news sites not imitated by sites 1-6 (网易新闻's post_main page,
中国新闻网's left_zw page with the dateline in the first paragraph, 央视网's cnt_bd page, a
大汉 Hanweb government portal in GBK with its jpage listings, a 澎湃-style Next.js page whose
article is also in ``__NEXT_DATA__``), plus home, listings in each CMS's own pagination, a 滚动
page, a 专题 page, a 图集 index, a 新闻联播 video list, two 24-hour 排行 pages, 联系我们 and
search.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: reporters, 实习生 and 特约撰稿 are authors; 通讯员 are correspondents;
责任编辑/编辑/责编 are editors (校对, 审核, 图片编辑 and photographers are none of these);
bylines on a line of their own, 来源 lines, 原标题 notes, editor lines, end marks such as (完)
and picture credits are not body text; a dateline inside the first paragraph
(中新网5月20日电 (记者 张三)) is.
"""
