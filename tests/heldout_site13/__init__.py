"""A thirteenth held-out local news site, written without looking at the extractor: five
templates imitating the off-the-shelf CMSes small Chinese news sites run on, not imitated by
the other sites — PHPCMS v9 (a city daily's site in GBK: ``show-12-345-1.html`` and the dynamic
``index.php?m=content&c=index&a=show&catid=14&id=345``; v9's default ``show.html`` puts the title
and the 发布时间/来源/作者/点击 line in one ``<h1>``; the hit count filled by ``api.php?op=count``),
帝国CMS (an industry site, ``/news/2024-05-08/1234.html``, the ``.info`` line 时间/来源/作者
(佚名)/编辑, 核心提示, 上一篇/下一篇, 相关新闻 from the infotag list), Z-Blog PHP (an association's
news blog, ``/post/123.html``, the day only in ``h4.post-date``, 作者/分类 in ``h6.post-footer``,
tags, 相关文章, comments with their own times), 动易 PowerEasy (a county education site in GB2312,
``ShowArticle.aspx?ArticleID=N`` in nested tables, 作者/文章来源/点击数/更新时间 with .NET's
``2024/5/8 9:05:03``, 【字体：小 大】, 责任编辑, 相关文章 with tooltips repeating other articles'
dates) and a county 融媒体中心 (a PC page and the app's share page, both closing with the desk's
记者/通讯员/编辑/审核 lines). Plus home, each CMS's lists with its own pagination, tag, author
and date-archive pages, three 专题, a 滚动 page, a video list, a 排行 page, search and 联系我们.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline (no site or column name, no 副题, not the info line the
default PHPCMS template puts in the same ``<h1>``); 记者, 本网记者, 融媒体记者, 文/图, 撰稿 and a
Z-Blog post's 作者 (the account, a person) are authors, a school's name before a teacher's is not
part of the name; 佚名 (PowerEasy's and EmpireCMS's empty 作者) is no author; 通讯员 are
correspondents; 责任编辑/编辑 are editors (审核, 一审/二审/三审, 摄影 and photographers are none of
these); a dateline or bracketed byline opening the first paragraph (本报讯（记者 X 通讯员 Y）,
新华社北京5月8日电（记者X）) names its people and stays in the body. Times are Beijing wall time
(+08:00) to the precision the page prints: seconds on PHPCMS, PowerEasy (its 更新时间, the only
date the page prints, read as the publication time) and the 融媒体 PC page; minutes on 帝国CMS
and the share page (its JSON's ms timestamp does not raise that); Z-Blog prints only the day.
Body: paragraphs, subheadings and pictures' descriptive captions; bylines and credit lines on a
line of their own (记者：/通讯员：/编辑：/审核：, 文/图：, （撰稿：…）, （单位 通讯员：X）),
来源 lines, editor lines, 核心提示 summaries, picture credits (记者 X 摄) and share/print
furniture are not body text.
"""
