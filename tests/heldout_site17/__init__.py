"""A seventeenth held-out local news site, written without looking at the extractor: five templates
imitating the small Chinese institutional sites that real Chinese news collections are full of —
a university news site on 博达 VSB / WebPlus Pro (``/info/1012/34567.htm``, the article inside
``<form name="_newscontent_fromname">`` and ``div.v_news_content``, "发布时间：… 作者：… 来源：…
点击数：" with the count from ``_showDynClicks``, "（审核：X 编辑：Y）" closing the text, some pages
in GB2312, relative links, 上一篇/下一篇, 点击排行), an industry association's ASP.NET site in GBK
(``/News/Show.aspx?id=1234``, table layout, ``__VIEWSTATE``, "发布日期：2024/5/8 9:32:00" without
zero padding, 信息来源/作者 (sometimes 秘书处 or 本站), a Word-pasted body of ``MsoNormal`` runs
cut at arbitrary points, 相关文章 table, 通知公告 column), a listed company's 新闻中心
(``/news/2024/0508/1234.html``, "2024-05-08 | 浏览量 | 分享到", no author or "撰稿：X 摄影：Y
审核：Z" closing lines, 热门推荐 and 联系我们 sidebars, a big footer with ©2005-2024 and 备案号),
a district 教育局's pages on a 大汉 jcms-style government portal
(``/art/2024/5/8/art_1234_N.html``, ArticleTitle/PubDate/ContentSource metas,
``<!--<$[标题名称]>begin-->`` markers, "发布日期：… 来源：… 浏览次数：" with a counter script,
字号：大 中 小, 打印本页/关闭窗口, 分享到, 相关信息, an 索引号 table with an earlier 成文日期 on
some pages, "（通讯员 X）" opening some stories) and a 三甲 hospital's
news on a WordPress-like Chinese theme (``/yyxw/4567.html``, "文/X 图/Y" or "通讯员 X" opening the
text, "审核：Z"/"编辑：Y" closing it, "发布时间：2024年05月08日", a 科室导航 mega-menu, 预约挂号,
就医指南 and 专家介绍 widgets, 热门文章, 相关文章). Plus a home page, each site's home and
listings with its own pagination (VSB ``zhxw/1.htm``, ASP.NET ``&page=2``, ``index_2.html``, jcms
``?uid=…&pageNum=2``, WordPress ``/page/2/``), a tag page, a video index, about, contact,
就医指南, 专家介绍 and 投稿须知 pages.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline; authors are the people named as writers (作者：X, 作者：X
Y, 作者：X、Y, 文/X, 撰稿：X); a 作者 naming a unit (学院, 秘书处, 本站) gives no author;
photographers (图/X, 摄影：X) and reviewers (审核：X) are neither authors nor editors; 通讯员 are
correspondents; editors are 编辑/责任编辑. Times are Beijing wall time (+08:00) to the precision the
page prints: the second for the association's "2024/5/8 9:32:00", the minute where a page prints
HH:MM, else the day (metas with a time beside a date-only page do not make it more precise). Body:
the story's paragraphs, subheads and the descriptive captions under pictures; the 作者/文/图/通讯员
lines, "（通讯员 X）" openers, 审核/编辑/撰稿/摄影 lines, 附件, print/close/share prompts, 上一篇/
下一篇 and every list are not body text. Related links are the 相关新闻/相关文章/相关信息
blocks only (not 点击排行, 热门推荐, 热门文章, 通知公告, 上一篇/下一篇).
"""
