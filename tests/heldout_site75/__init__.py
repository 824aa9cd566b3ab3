# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A seventy-fifth held-out news site, written without looking at the extractor: the news pages of
state-owned enterprises and utilities, five templates of 12 articles each (two 2019 pages per
template), all Beijing time (+08:00).

- 国网 provincial company 公司新闻 (``/html/main/col8/2024-05/08/20240508103215123456_1.html``):
  "headline-国网浙江省电力有限公司", ``<h2>`` headline, an info line "来源：国网湖州供电公司　作者：X Y
  发布时间：2024-05-08 10:32:15　浏览次数：1234" (seconds; ``meta publishdate`` too); 作者 one
  person, "X Y", a 供电公司 (nobody), or absent with a closing right-aligned "（国网湖州供电公司　X　Y）"
  or a "本网讯（通讯员 X Y）" lead; "X 摄" / "（X 摄）" credits; a 指标 table on one page;
  "责任编辑：E" (2019: "编辑：E"), "审核：S" on some; 上一篇/下一篇, 最新动态 and 热点排行 (no
  related list). 2019 pages: GBK (header and meta), tables and ``<font>``.
- 中国石化新闻网 企业新闻 (``/xwzx/qyxw/20240508/news_20240508_123456008871.shtml``):
  "headline_中国石化新闻网", ``article:published_time``, "时间：2024-05-08 10:32　来源：中国石化新闻网"
  (minutes) with "作者：X Y" on some; leads "中国石化新闻网讯（记者X 通讯员Y）" and
  "中国石化新闻网讯 通讯员X、Y报道："; 中国石化报 reprints (来源：中国石化报) under an 引题 with a
  centred "本报记者 X　通讯员 Y Z" line; "文/X　图/P" lines (one page with a ——副题); "编辑：E"
  (2019: "责任编辑：E"), absent on two pages; 相关新闻 (related) vs 热点排行, 精彩图片, 推荐阅读 and
  an empty comment box. 2019 pages: GB2312 named in the meta only, tables and ``<font>``.
- 滨海市水务集团 on an ASP 动易 site (``/Article/ShowArticle.asp?ArticleID=5237``), GBK (header and
  meta; 2019 pages GB2312 in the meta only): "headline - 滨海市水务集团有限公司", nested tables,
  "作者：X　　文章来源：本站原创　　点击数：…　　更新时间：2024-5-8 10:32:15　　文章录入：admin　　责任编辑：E"
  (seconds; 2019 pages print the day only and ``<br>`` paragraphs in ``<font>``); 作者 one person,
  "X、Y", a department (综合办公室…, nobody) or 佚名 (nobody; once with a "本站讯（通讯员 X）" lead);
  上一篇文章/下一篇文章, 相关文章 (related; "没有相关文章" when empty), 热门文章, 停水通知, 网友评论.
- 铁路局 新闻中心 on TRS (``/xwzx/lkyw/202405/t20240508_123456.html``):
  "headline_路局要闻_中国铁路南昌局集团有限公司", the 政府网站 meta block (PubDate to the minute), "时间：
  2024-05-08 10:32　来源：人民铁道网　作者：X" (作者 "X　Y" on some, absent on 站段 stories); leads
  "人民铁道网5月8日讯 （记者X 通讯员Y Z）" and "本报南昌5月8日讯　记者X　通讯员Y报道："; an 引题 on two
  pages; 增开列车 tables; "X 摄" / "本报记者 X 摄" credits; "（责任编辑：E）" with "校对：C" on some;
  延伸阅读 (related) vs 热点新闻, 精彩图片, 便民服务. 2019 pages: GB2312, tables, "发布时间：2019年05月08日
  10:32", "编辑：E".
- 国企 党建动态 (``/djgz/djdt/20240508/123456.html``): "headline--党建动态--中国华建集团有限公司",
  a ``div.title`` headline (——副题 on two pages), "发布日期：2024-05-08　来源：党委宣传部" (the day
  only); credits closing the text: "撰稿：X　摄影：P" + "编辑：E　审核：S"; a first line "文/X　图/P";
  "（供稿：第一工程公司党委）" + "编辑：E"; one line "文字：X　图片：P　编辑：E　初审：A　复审：B　终审：C";
  "（通讯员：X Y）"; captions without credits; no related list (党建要闻, 专题专栏, 图片新闻 are not).
  2019 pages: GBK named in the meta only, tables.

Non-article pages: the home page; section lists with pagination (``/html/main/col8/list_2.html``,
``/xwzx/qyxw/index_2.shtml``, ``/Article/ShowClass.asp?ClassID=2&page=2``, ``/xwzx/lkyw/index_1.html``,
``/djgz/djdt/index_2.html``); the 中国石化报 电子版 calendar and its day pages; two 专题 (迎峰度夏,
党纪学习教育); a tag page; a search page; a video list; about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (the 主题: not the 引题 above it nor the ——副题 below it), without
  the site name of ``<title>``.
- Authors: reporters and writers (作者 X, 记者X of a lead, 本报记者 X, 文/X, 撰稿：X, 文字：X, the
  names of a closing "（unit　X　Y）" line). A unit or department as 作者 or 来源 names nobody, nor
  does 佚名; 文章录入 (a CMS account), photographers (摄, 图/P, 摄影, 图片), 审核, 校对, 初审/复审/终审
  and 供稿 name nobody.
- Correspondents: the 通讯员 named (in a lead, a byline line or a closing line).
- Editors: 编辑, 责任编辑 (in brackets or parentheses too); 审核, 校对 and the 三审 are sign-offs,
  not editors.
- Date: the printed wall time at +08:00: seconds on the 国网 pages and the 2024 水务 pages, minutes
  on 中国石化新闻网 and the 铁路局, the day on the 党建 pages and the 2019 水务 pages.
- Body: paragraphs, subheads, tables (cells in order) and descriptive captions (without credits); a
  lead or dateline stays in the first paragraph as printed. Not body: byline and credit lines
  (本报记者…, 文/X　图/P, the closing "（unit X Y）", 撰稿/编辑/审核 lines, （通讯员：…）,
  （供稿：…）), info lines, editor lines, font-size, print and share links, comments, lists.
- Related: the 相关新闻 / 相关文章 / 延伸阅读 lists only; 热点排行, 最新动态, 热门文章, 推荐阅读,
  精彩图片, 停水通知, 上一篇/下一篇 are not.
"""
