# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A forty-fourth held-out news site, written without looking at the extractor: five templates
imitating Chinese science, education and health news sites, all Beijing time (+08:00), 12
articles each:

- 科学网 (sciencenet.cn) news: ``/htmlnews/2024/5/523456.shtm``; a table layout with no ``<h1>``
  (the headline is a bold ``<span>`` in a centred cell; ``<title>`` is "科学网—headline"), then
  "作者：X 来源：中国科学报 发布时间：2024/5/8 10:32:15" (month and day unpadded), "选择字号：小 中
  大", the text in ``div#content1``; 作者 "X", "X Y" (two reporters, or 新华社 copy with a
  "新华社北京5月7日电（记者X、Y）" lead) or empty (a unit's release: 来源 names the institute).
  Leads "本报讯（记者X）", "本报讯（记者X 通讯员Y）"; byline paragraphs "■本报记者 X" / "■本报见习记者
  X" opening the story; the paper's edition line "《中国科学报》 （2024-05-08 第3版 综合）" closing
  it; captions with "X摄", "受访者供图", "图片来源：课题组" after a ``<br>``; 特别声明, 【打印】【关闭】,
  a comment box; 相关新闻 (related) beside 相关论文 (DOIs), vs 图片新闻, 一周新闻排行, 一周新闻评论排行,
  编辑部推荐博文 (not). Two 2019 pages (``/htmlnews/2019/5/``). Plus three 博文
  (``/blog-3385581-1432369.html``, one 2019), a Discuz! X page in GBK (named by the meta and the
  header): ``h1.ph``, "已有 3845 次阅读 2024-5-3 10:40 |个人分类:…|系统分类:…" (minutes), the text in
  ``div#blog_article``; the blogger named only in the header ("X的个人博客"), the ``<title>`` ("… -
  X的博文") and the 个人资料 box; "推荐到博客首页 当前推荐数：2 推荐人：A B", commenters' names,
  上一篇/下一篇, 全部作者的精选博文 / 其他最新博文; no related block.
- 中国科技网 / 科技日报 (stdaily.com): ``/index/kejixinwen/202405/<32 hex>.shtml``;
  ``h1.detail-title``, "来源：科技日报 2024-05-08 09:32:15 作者：X" (作者 on some pages only: "X" or
  "X Y"); leads "科技日报北京5月7日电 （记者X）", "科技日报讯 （记者X 通讯员Y Z）",
  "新华社北京5月7日电（记者X）"; byline paragraphs opening the story: "科技日报记者 X", "◎本报记者　X
  通讯员　Y", "◎科技日报记者　X　Y", "◎实习记者　Y　科技日报记者　X"; a unit's release (来源 the
  institute) names nobody; captions "text　科技日报记者 X摄" / "视觉中国供图" / "受访者供图" in one
  paragraph; 责任编辑：E on every page; 相关新闻 (related) vs 热点推荐, 科技日报头版, 图片 (not). Two 2019
  pages on the old site (``/index/guonei/2019-05/09/content_760465.shtml``): "2019-05-09 14:24　来源：
  科技日报" (minutes), the same byline shapes, 责任编辑.
- 中国教育新闻网 (jyb.cn, TRS): ``/zgjyxw/202405/t20240508_2111180608.html``; ``div.xl_title h1``,
  then "作者：…　来源：…　2024-05-08" (the day only; the TRS PubDate meta carries minutes); the 作者
  field with roles as the desk typed it: "记者 X 通讯员 Y", "记者 X", "记者 X Y", "通讯员 Y Z",
  "本报记者 X", "X", or empty (来源：教育部网站); leads "中国教育报-中国教育新闻网讯（记者 X 通讯员
  Y）", "中国教育新闻网讯（通讯员 Y Z）", "新华社北京5月7日电（记者X）"; a byline paragraph
  "本报记者　X" over 中国教育报 features; a 评论 closed by "（作者系…教授）"; images beside the page
  (``./W0….jpg``); 责任编辑：E; 相关新闻 (related) vs 热点推荐, 教育部新闻, 专题 (not). Two 2019 pages.
- 青澜省卫生健康委员会 (a provincial health commission on a government CMS, GBK in the meta and the
  header): 工作动态 / 市州动态 pages ``/html/gzdt/20240509/412557.html`` with the 政府网站 metas
  (Author empty), ``.art-title h1``, "发布时间：2024-05-09 16:17　信息来源：省卫生健康委医政处 (or a city
  commission)　浏览次数：<script>　【字体：大 中 小】" (minutes); mostly no byline; closing lines
  "（文/X　图/P）", "撰稿：X　审核：R", "（通讯员　Y　Z）"; 【责任编辑：E】 on some; 【打印本页】【关闭窗口】;
  相关文章 (related) vs 热点信息 (not). Three 政务公开 notices (``/zwgk/tzgg/202405/t20240505_412276.html``):
  the 索引号 table (索引号, 主题分类, 发布机构, 成文日期 = the day before, 名称, 文号 青卫…函〔2024〕N号,
  发布日期, 有效性), "发布时间：2024-05-05" (the day), the notice text "各市州卫生健康委，委直属各单位：…"
  with its signature ("青澜省卫生健康委员会", "2024年5月4日") right-aligned, then a 相关附件 list;
  no related block. Two 2019 pages on the old table layout in GB2312 named only by the HTTP
  header: "日期：2019-05-11　来源：…　点击：<script>" (the day), 点击排行 beside.
- 健康界 (cn-healthcare.com): ``/articlewm/20240508/content-1612345.html``; ``h1.article-title``,
  "健康界 (or the reposted outlet)　2024-05-08 10:32　1.2万阅读" (minutes; no author in the info
  line); the byline lines inside the content, WeChat-style: "文/X", "文/X Y", "作者 | X" + "来源 |
  健康界" + "编辑 | E", "作者 | X　Y" + … + "审核 | R", a repost's "来源：医学界" + "作者：X" and its
  closing disclaimer, "文/健康界研究院" (the desk: nobody); "编辑：E" closing the 文/ pages; image
  credits (图片来源：视觉中国, 图源：健康界) under captions; 标签 links to tag pages, the 声明, a share
  bar, 相关阅读 (related) vs 热门文章, 精彩推荐, 健康界研究院 (not). Two 2019 pages
  (``/article/20190512/content-521658.html``): "2019-05-12 07:59　来源：健康界　作者：X" or "作者：X、Y".

Plus the home page, each CMS's section fronts with their own pagination (科学网
``indexnews.aspx?classid=1&page=2``, the blog list ``blog.php?mod=recommend&type=list``,
中国科技网 ``kejixinwen_2.shtml``, TRS ``index_1.html``, the 卫健委's ``index_2.html`` in GBK,
健康界 ``/column/content-1001-2.html``), bloggers' space pages (GBK), 健康界 tag pages, a 专题, a
2019 archive, search pages, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (the bold cell, ``h1``), without a site name or "X的博文".
- Authors: the people a byline names as writers: 作者 X (split on spaces and 　; "记者", "本报记者"
  dropped, "通讯员 Y" not an author), 记者 X of a lead (本报讯, 科技日报讯, 科技日报…电, 中国教育报-
  中国教育新闻网讯, 新华社…电), "■本报（见习）记者 X", "科技日报记者 X", "◎本报记者 X", "◎实习记者 Y
  科技日报记者 X" (both), 文/X, "作者 | X", a repost's 作者：X, 撰稿：X, the blogger of a 博文. Not
  authors: photographers (X摄, 图/P), 推荐人 and commenters, units and desks (健康界研究院, 课题组),
  outlets and agencies (中国科学报, 科技日报, 新华社, 中国教育报, 医学界…), an empty 作者 field.
- Correspondents: the 通讯员 a page names (lead, byline paragraph, 作者 field, closing line); on a
  page with no reporter they are the only people named.
- Editors: 责任编辑 and 编辑 ("编辑 | E", "编辑：E", 【责任编辑：E】) only; 审核 is a sign-off.
- Date: the printed first-publication wall time: seconds on 科学网 news and 中国科技网's current
  pages; minutes on 博文, 中国科技网's 2019 pages, the 卫健委's 工作动态 pages and 健康界; the day on
  中国教育新闻网 (the date alone is printed), the 卫健委's notices (发布日期, not 成文日期) and its
  2019 pages.
- Body: paragraphs, subheads and descriptive picture captions; leads stay in the first paragraph
  as printed; a notice's salutation and signature lines are part of it. Not body: byline
  paragraphs and lines (■…, ◎…, 科技日报记者 X, 本报记者　X, 文/X, 作者 | X, 来源 | …, 编辑 | …, 审核
  | …), closing 文/图, 撰稿/审核, 通讯员 and 编辑 lines, "（作者系…）", the 《中国科学报》 edition line,
  picture credits, info lines, 索引号 tables, 相关附件, disclaimers and 声明, tags, share bars,
  print/close links, comments, 推荐人 and lists.
- Related: the 相关新闻 / 相关文章 / 相关阅读 lists only, each naming other stories of the same
  template (2019 pages name 2019 pages); 博文, notices and about a third of the other pages have
  none. 相关论文, 一周新闻排行, 编辑部推荐博文, 全部作者的精选博文, 上一篇/下一篇, 热点推荐, 科技日报头版,
  教育部新闻, 热点信息, 点击排行, 热门文章, 精彩推荐 and tag lists are not related.
"""
