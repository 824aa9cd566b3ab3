"""A tenth held-out local news site, written without looking at the extractor: five templates
imitating Chinese commercial and provincial portals not imitated by sites 1-9 — 腾讯新闻's
``/rain/a/`` page (``window.DATA`` with the fields, the media account's byline area, 作者｜/编辑｜
lines on its own columns, reposts keeping their source's dateline and tail), 新浪新闻 in two
generations (today's UTF-8 ``div.article`` page with ``span.date`` and ``.source``, and a 2016
GB2312 ``#artibody`` page with ``.time-source``; 责任编辑 at the end of both), 界面新闻
(``div.article-info``, 界面新闻记者 | X and 界面新闻编辑 | Y lines opening the body), 财新
(文｜财新 X，实习记者 Y, the weekly's later 出版日期, a 导语, a paywall box with the rest of the
text hidden after it, 责任编辑 | 版面编辑) and 红网 in GBK (来源：红网 作者：… 编辑：… time line, a
byline line opening the body, 责编/二审/三审 at the end, relative links). Plus home, listings with
pagination, a 滚动 page, a 专题, a tag page, search, media-account and reporter pages, a 图片
index, a video list, a 排行 page and 关于我们.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline (no site or column name; a column prefix such as 潜望｜
or 封面报道｜ printed in the headline stays); reporters, 实习记者/实习生 and an opinion piece's
writer are authors; a 来源 media or agency (新京报, 中国新闻网, 财新周刊) is none, but a 腾讯新闻
page that names no person has its media account (央视新闻) as author, as site 8's 百家号 pages do;
通讯员 are correspondents (a 红网 page whose 作者 field names only 通讯员 has no author);
责任编辑/编辑/责编/版面编辑 are editors (校对, 二审/三审 and photographers are none); times are
Beijing wall time (+08:00) to the precision the page prints (minutes, 红网 seconds; data with
seconds does not raise it; a weekly's 出版日期 is not the publication time). Body: paragraphs,
subheadings and a picture's descriptive caption; byline lines on their own (作者｜X, 界面新闻记者 |
X, 红网时刻新闻记者 X 长沙报道), editor/校对/审 lines, 来源 lines, the 导语, the paywall box, the
author's note （作者为…）, copyright notices and picture credits are not body text; a dateline or
bracketed byline opening the first paragraph (中新网北京5月8日电 (记者 X), 新京报讯（记者X）,
【财新网】) stays in it.
"""
