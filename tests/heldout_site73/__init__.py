# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A seventy-third held-out news site, written without looking at the extractor: culture and
tourism (文旅) news of one city (云澜市, 云江省), five templates of 12 articles each (two 2019 pages
per template), all Beijing time (+08:00).

- 云澜市文化和旅游局 (TRS-style 政府网站; ``/wlj/gzdt/202405/t20240508_123456.html``, also
  ``/wlj/jqdt/`` 景区动态 and ``/wlj/tzgg/`` 通知公告): "headline_云澜市文化和旅游局", the 政府网站
  meta block (PubDate), "发布时间：2024-05-08 10:32 来源：U [作者：X | X Y] 浏览次数 【字体】" (minutes);
  来源 the bureau, a county bureau or a unit with no 作者; "撰稿：X　摄影：P" and "审核：S" lines under
  the text; a "本网讯（通讯员 X）" lead; "【责任编辑：E】"; notices signed "云澜市文化和旅游局 / 2024年5月8日"
  (body), one with a table of 景区, 附件 links, no editor. 上一篇/下一篇 and 热点信息 are not related.
  2019 pages: GBK (header and meta), tables and ``<font>``, "时间：2019-05-08 10:32:15" (seconds).
- 云江省博物馆 新闻动态 (PHPCMS; ``/index.php?m=content&c=index&a=show&catid=12&id=1234``):
  "headline - 新闻动态 - 云江省博物馆", "发布日期：2024-05-08 来源：本馆 | a department" (the day
  only); a centred "文/X　图/P" or "文/X Y　图/P" first line, a closing "（文/X　图/P）", or closing
  lines "撰稿：X / 摄影：P / 编辑：E / 初审：A　复审：B　终审：C"; "责任编辑：E" under some texts;
  最新动态, 推荐展览 and 上一篇/下一篇 (no related list). 2019 pages: GBK named in the meta only,
  tables and ``<font>``, "日期：2019年05月08日".
- 云澜山风景名胜区 (a 5A scenic area on WordPress; ``/archives/12345``): "headline – 云澜山风景名胜区",
  entry-meta "发布时间：2024-05-08 10:32 作者：W 分类：景区新闻" (minutes; JSON-LD and
  article:published_time with seconds), W a department, "admin" or a person; closings "（文/X　图/P）",
  "（通讯员 X）", "文/X Y", "编辑：E"; figure captions with "摄影：P" / "景区供图"; 相关文章 (YARPP,
  related) beside 最新文章, 热门文章, 标签, 上一篇/下一篇 and a comment form. 2019 pages: an older
  theme printing "2019年5月8日" (the day only), no JSON-LD.
- 文旅云江 app H5 share pages (``/h5/detail.html?newsId=123456``): "headline_文旅云江", sometimes
  a 引题 above and a 副题 ("——…") below the headline; "文旅云江 2024-05-08 10:32" (minutes; the JSON
  state's publishTime in ms); "记者：X" / "记者：X Y", a "文旅云江客户端5月8日讯（记者 X 通讯员 Y）"
  lead, a first line "文/X　图/P", or a bureau or a paper as 来源 and nobody; closing "编辑：E　责编：F　审核：S"
  or "责编：F"; "文旅云江记者 P 摄" credits; 相关阅读 (related) vs 热门推荐; a
  ``window.__INITIAL_STATE__`` copy of the story. 2019 pages: stories of the group's 云江旅游报
  e-paper (``/epaper/html/2019-05/08/content_123456.htm``, GB2312), 引题/副题, "本报记者 X Y" above
  the text or a "本报讯（记者 X 通讯员 Y）" lead, "2019年05月08日　第A3版" (the day), "责任编辑：E".
- 青溪县旅游网 (动易-style ASP, GB2312 in header and meta; ``/Article/ShowArticle.asp?ArticleID=1234``):
  "headline_青溪县旅游网", "作者：A　文章来源：S　点击数：…　更新时间：2024-5-8 10:32:15" (seconds), A
  one of "X", "X、Y", "佚名", "县文旅局", "通讯员 X", "X 通讯员 Y"; "【责任编辑：E】" ending some texts;
  相关文章 (related, else "没有相关文章") beside 最新热门, 最新推荐, 上一篇文章/下一篇文章 and 网友评论.
  2019 pages: GB2312 named in the meta only, "更新时间：2019-5-8" (the day).

Non-article pages: the home page; section lists with pagination (``/wlj/gzdt/index_1.html``,
``/index.php?m=content&c=index&a=lists&catid=12&page=2``, ``/category/jqxw/page/2``,
``/h5/list.html?channel=wlxw&page=2``, ``/Article/ShowClass.asp?ClassID=3&page=2``); the scenic
area's tag pages; the 云江旅游报 e-paper calendar and its 版面 pages; a 专题 (文化和自然遗产日); the
bureau's 机构概况; a search page; a video list; the app's download page; about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``, without 引题 or 副题.
- Authors: reporters and writers (作者 X, 撰稿：X, 文/X, 记者：X, 本报记者 X, 记者 X of a lead, a WordPress
  author who is a person). A bureau, a unit or a department as 来源 or 作者, "admin" and "佚名" name
  nobody; photographers (摄影：P, 图/P, P 摄, 供图) and reviewers (审核, 初审/复审/终审) name nobody.
- Correspondents: the 通讯员 named (a lead, a closing, the 作者 field).
- Editors: 编辑, 责编, 责任编辑 (with or without brackets); 审核 is a sign-off, not an editor.
- Date: the printed wall time at +08:00: minutes on the bureau's, the scenic area's and the app's
  pages, seconds on the county site and the bureau's 2019 pages, the day on the museum's pages, the
  scenic area's and the county site's 2019 pages and the e-paper stories.
- Body: paragraphs, subheads, table rows (cells in order) and descriptive captions (without
  credits); a lead stays in the first paragraph as printed; a notice's signature and date are body.
  Not body: byline and credit lines (文/X 图/P, 撰稿, 摄影, 记者：X, 本报记者 X, （通讯员 X）), editor
  and review lines, info lines, 附件 links, statements, share/print/font-size links, lists, comments.
- Related: 相关文章 (scenic area, county site) and 相关阅读 (app) only; 热点信息, 最新动态, 推荐展览,
  最新文章, 热门文章, 热门推荐, 最新热门, 最新推荐 and 上一篇/下一篇 are not.
"""
