# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A forty-seventh held-out news site, written without looking at the extractor: five templates
imitating the old Chinese ASP/PHP/.NET news systems of counties, towns and schools that are
still online, all Beijing time (+08:00), 12 articles each, dates printed without zero padding:

- 风讯 Foosun 青阳新闻网: ``/html/news/2024/0508/20240508093215123.html``; ``h1.content_title``,
  "发布时间：2024-5-8 9:32:15　来源：本站原创　作者：佚名　浏览次数：<script>次"; 作者 "佚名", "X",
  "X　Y", an empty 作者 or 佚名 beside a "本报讯（记者 X）" / "本报讯（记者 X 通讯员 Y）" lead, or
  佚名 over a "文/图　X" first line; "（责任编辑：E）" closing the text on two pages of three;
  "（P 摄）" credits; 【打印本页】【关闭窗口】, 上一篇/下一篇, 相关文章 (related) vs 热点排行, 图片新闻,
  网友评论. Three 2019 pages are the old Foosun ASP layout in GB2312 tables ("更新时间：").
- 科汛 KesionCMS 云州城市网: ``/Item/3107.aspx``; "作者：记者 X 通讯员 Y　来源：云州日报　发布时间：
  2024-5-8 9:32:15　点击数：<script>" (作者 "记者 X", "X Y", "通讯员 Y", "佚名", "admin"); 【责任编辑：E】;
  Tags links; 相关文章 (related) vs 本类阅读排行, 本类推荐, a 网友评论 list with readers' words;
  two 2019 pages in GB2312.
- 动力文章系统 / 新云 青阳县水利局: ``/ShowArticle.asp?ArticleID=409``, all GB2312, ``<title>``
  "青阳县水利局--TITLE", table layout with ``<font>``; "作者：佚名　文章来源：本站原创　点击数：<script>
  更新时间：2019-5-8 9:32:15" (作者 佚名, X, "X、Y", 县防汛办); "文章录入：admin　责任编辑：E" under
  the text; a third of the pages are pasted runs between ``&nbsp;`` and ``<br><br>``; 【字体：小 大】
  【发表评论】…【打印此文】【关闭窗口】; 上一篇文章/下一篇文章; 相关文章： (related, or 没有相关文章) vs
  最新文章, 热门文章; half the pages are from 2019.
- PageAdmin 石塘镇人民政府: ``/news/show-216.html``; "发布时间：2024/5/8 9:32:15" (the .NET default
  format), 来源 the town, 作者 X, "本站", "镇党政办" or empty; closing "撰稿：X　审核：R", "（文/X　图/P）"
  and "编辑：E" lines inside the content; share bar, [打印本页] [关闭窗口]; 相关新闻 (related) vs
  通知公告, 热点新闻. Two 2019 pages from the older 乔客 Joekoe system in GB2312 tables print
  "2019-5-8 9:32" (minutes).
- 城关镇中心小学, a hand-built FrontPage site in GB2312 tables: ``/xwzx/2024/0508_2.htm``; the
  ``<title>`` is the school's name only, the headline a ``<font size="4" color="#CC0000"><b>``;
  "发布日期：2024年5月8日" (2019 pages "2019-5-8"), 发布人：管理员 (no author), "作者：X" on a few;
  closing "（撰稿：X　审核：R）", "文/X　图/P", or "（教导处供稿）" with the school and date as a
  signature; a hand-typed 相关链接： on four pages; 校园公告 marquee, 最近更新, 友情链接.

Plus the home page (a county 网站导航), each system's lists with its own pagination
(``/html/news/index_2.html``, ``/list/2_2.aspx``, ``ShowClass.asp?ClassID=1&page=2``,
``/news/list-1-2.html``, ``/xwzx/index2.htm``), a photo gallery, a 专题 page, Tags pages, five
search pages, video indexes, about/contact and 镇情概况/学校概况 pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site name.
- Authors: the people named as writers: 作者 X (split on spaces, 　 and 、), 记者 X of the 作者
  field or of a 本报讯 lead, 文/图 X, 文/X, 撰稿 X. "佚名", "admin", "本站", units (镇党政办, 县防汛办,
  教导处), 发布人, 文章录入, 来源 and photographers are no authors.
- Correspondents: the 通讯员 of the 作者 field or of a 本报讯 lead.
- Editors: 责任编辑 and 编辑; 审核 is a sign-off, 文章录入 a user name.
- Date: the printed time: seconds on 风讯, 科汛, 动力 and PageAdmin, minutes on the 乔客 pages, the
  day on the school site.
- Body: paragraphs, subheads and descriptive captions; a 本报讯 lead stays in the first paragraph
  as printed. Not body: 文/图 lines, 撰稿/审核, 供稿, 编辑 lines, the school's signature, credits,
  相关链接, tools, comments, lists.
- Related: the 相关文章 / 相关新闻 / 相关链接 lists only; 热点/排行/推荐/最新/热门 lists, 上一篇/下一篇
  and Tags are not related.
"""
