"""An eighth held-out local news site, written without looking at the extractor: five templates
imitating Chinese news sites not imitated by sites 1-7 — 凤凰网's article page (CSS-module class
names, the document also in ``var allData = {...}``), 光明网's ``u-mainText`` page (ENP
metas, 来源：光明日报 with the print edition's 版次 at the end), 新京报's ``div.content`` page
(新京报讯 in the first paragraph, 新京报记者 X 编辑 Y 校对 Z at the end), 环球网's page whose
body is HTML escaped in ``<textarea class="article-content">`` (the time as milliseconds in
``textarea.article-time``), and
百家号 pages (the account as author, ``发布时间：05-08 12:00`` without a year, the year in Baidu's
cambrian JSON-LD and, on most pages, ``meta itemprop=dateUpdate``; a 2023 post prints its year).
Plus home, listings with pagination, a 滚动 page, a 专题, a tag page, search, a 图集 index, a video
list, a 排行 page, 联系我们 and one page per 百家号 account listing its posts.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline (no site or column name); reporters, 实习生, 特约记者 and
a 百家号 account (the writer the page names) are authors, a 评论's 作者 too; 通讯员 are
correspondents; 责任编辑/编辑/责编 are editors (校对, 审核, photographers and 出品 lines are none of
these); times are Beijing wall time (+08:00) to the precision the page prints (hidden data with
seconds does not raise it); two 光明网 pages print only a day. Body: paragraphs and subheadings,
and a picture's descriptive caption; a byline on a line of its own, 来源 and 版次 lines
(《光明日报》（2024年05月08日 01版）), editor/校对 lines, 原标题 notes, share prompts and picture
credits are not body text; a dateline or bracketed byline opening the first paragraph
(新华社北京5月9日电（记者 X）, 新京报讯（记者 X）, 【环球网报道 记者 X】,
凤凰网科技讯（作者/X）) stays in it.
"""
