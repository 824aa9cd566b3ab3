# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A seventy-fourth held-out news site, written without looking at the extractor: one city's (江州市)
mass organisations and emergency services, five templates of 12 articles each (two 2019 pages per
template), all Beijing time (+08:00). Beside the stories stand pages that look like them and are
no news: the 应急管理局's 预警 notices and the 气象局's forecast bulletins.

- 共青团江州市委 (``/tswdt/202405/t20240508_123456.html``): "headline-共青团江州市委员会", the
  headline in an h2; "发布时间：2024-05-08 10:32:15　来源：青春江州　浏览次数：1234" (seconds; a
  ``publishdate`` meta); "作者：X" or "作者：X Z" in the info line on some pages; a centred first line
  "文/X" or "文/X　图/P"; a closing line "编辑：E　审核：S" or "文字：X　图片：P　编辑：E　审核：S",
  or "（供稿：团江北区委）" with "责任编辑：E" under the text; captions "P 摄" / "团市委供图"; no
  related list (通知公告, 热门排行, 精彩图片, 上一篇/下一篇 are not). 2019 pages: GBK (header and
  meta), tables and ``<font>`` runs, "时间：2019年05月08日 10:32" (minutes), "点击：N".
- 江州女性网 of the 市妇联 (``/fldt/2024-05/08/content_123456.html``): "headline_江州女性网", an
  h1 and on two pages a 副题 "——江北区妇联…工作侧记" under it; "日期：2024-05-08　来源：江州市妇联
  作者：…" (the day only); 作者 a person, "X、Z", a unit (江北区妇联), "通讯员 Y" or "江州女性网记者
  X", or none with a lead "本网讯（记者 X 通讯员 Y）"; "责任编辑：E" on most pages; captions
  "（P 摄）" / "市妇联供图"; 相关文章 (related) vs 最新文章, 图片新闻, the 12338 hotline box. 2019
  pages: GB2312 named in the meta only, tables and ``<font>``, "发布日期：2019年5月8日",
  "【责编：E】".
- 江州工会网 of the 市总工会, a 动易 (PowerEasy) ASP site in GBK tables
  (``/Article/ShowArticle.asp?ArticleID=12345``): "江州工会网--headline"; "作者：X　文章来源：Y
  点击数：(script)　更新时间：2024-5-8 10:32:15" (seconds); 作者 X, "X、Z", "通讯员 Y", or
  "佚名" (文章来源 本站原创, 江州工人报 with a "本报讯（记者 X 通讯员 Y）" lead, or 新华网 with a
  "新华社江州5月8日电（记者X、Z）" dateline); "文章录入：ghxcb　责任编辑：E" (the editor blank on
  three pages); 相关文章 (related; "没有相关文章" when none) vs 最新文章, 热门文章, 上一篇文章/下一篇文章
  and 网友评论 with their own times. 2019 pages: the charset in the meta only, ``<font>`` runs,
  "更新时间：2019-5-8" (the day only).
- 江州市应急管理局 工作动态 (``/xwzx/gzdt/202405/t20240508_123456.html``): the 政府网站 meta block
  (PubDate, ContentSource), "headline_江州市应急管理局", an h1 with a 引题 above it on the pages
  reprinted from 江州日报; "发布时间：2024-05-08 10:32　来源：…" (minutes); no author (来源 the
  bureau or a district bureau with a closing "（江北区应急管理局 供稿）"), "文/图 X" above the text,
  "撰稿：X　审核：S　校对：T" below it, "本报讯（记者 X 通讯员 Y）" (来源 江州日报) or
  "新华社江州5月8日电（记者 X）" (来源 新华网) leads; "【责任编辑：E】" on two pages of three; no
  related list (预警信息, 工作动态, 相关网站 are not). 2019 pages: GB2312 (header and meta), tables,
  "时间：2019-05-08 10:32:15" (seconds).
- 江州市气象局 气象新闻 (``/qxxw/202405/t20240508_123456.html``): "headline - 江州市气象局", the
  政府网站 meta block; "发布时间：2024年05月08日 10:32　来源：…　作者：…" (minutes); 作者 X, "X Z" or
  a unit (江州市气象台), a "中国气象报讯（记者 X）" / "（记者 X 通讯员 Y）" lead (来源 中国气象报), or
  a first line "文/X　图/P"; "责任编辑：E"; captions "P 摄" / "图/江州市气象局"; 相关新闻 (related)
  vs 江州天气, 天气预报, 预警信号, 最新新闻, 上一篇/下一篇. 2019 pages: GBK, tables, the day only,
  "编辑：E".

Non-article pages: the home page; section lists with pagination (``/tswdt/index_1.html``,
``/fldt/index_2.html``, ``/Article/ShowClass.asp?ClassID=2&page=2`` and the 动易 channel page
``/Article/Index.asp``, ``/xwzx/gzdt/index_2.html``, ``/qxxw/index_1.html``); eight 预警 notices
(``/xwzx/yjxx/…``: "江州市气象台发布暴雨黄色预警信号", a table of 预警类型/级别/发布单位/时间, the
warning in one sentence and a numbered 防御指南, in the 应急管理局's article template) and their list;
six forecast bulletins (``/tqyb/…``: 短期天气预报, 未来一周天气预报, 重要天气报告: a 天气概况 line, a
table of days, 预报员 and 签发, in the 气象局's template) and their list; a 专题 (5·12 防灾减灾日); a
tag page; a search page; a video list; about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>`` and without a 引题 or 副题.
- Authors: reporters and writers (文/X, 文/图 X, 文字：X, 撰稿：X, 作者 X, 江州女性网记者 X, 记者 X of
  a lead or dateline). A unit as 作者 or 来源 (江北区妇联, 江州市气象台, 本站原创), 供稿 units,
  "佚名", the 文章录入 account, photographers (图/P, 图片：P, P 摄, 供图) and 审核/校对/签发 name
  nobody.
- Correspondents: the 通讯员 named (in a lead or the 作者 field).
- Editors: 编辑, 责任编辑, 责编 (with or without brackets); 审核 and 校对 are sign-offs, not editors;
  an empty 责任编辑 names nobody.
- Date: the printed wall time at +08:00: seconds on the 团市委 and 总工会 pages (and the 2019
  应急管理局 pages), minutes on the 应急管理局 and 气象局 pages and the 2019 团市委 pages, the day on
  the 妇联 pages and the 2019 总工会 and 气象局 pages.
- Body: paragraphs, subheads and descriptive captions (without credits); a lead or dateline stays
  in the first paragraph as printed. Not body: 文/X and 文/图 lines, closing credit lines
  (文字/图片/编辑/审核, 撰稿/审核/校对, 供稿), editor lines, info lines, share/print/font links,
  comments, lists.
- Related: the 相关文章 / 相关新闻 list only; 最新, 热门, 排行, 精彩图片, 图片新闻, 预警信息, 天气预报,
  通知公告 and 上一篇/下一篇 are not.
- The 预警 notices and forecast bulletins are no articles (no row should be stored for them).
"""
