# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-eighth held-out news site, written without looking at the extractor: Chinese university
and research-institute news — a university 新闻网 on Drupal, a 职业技术学院 on 帝国CMS in GBK, a
中科院 research institute on the ARP portal, a 中学 on a school CMS and the university's English
news site — five templates of 12 articles each (two 2019 pages per template), all Beijing time
(+08:00):

- 大学新闻网 (Drupal 9, UTF-8, ``/node/12345``): "headline | 滨江大学新闻网", ``h1.page-title``,
  "发布时间：2024年05月08日 10:32", ``field--name-body``; the credit line closing the text
  "供稿：X学院　撰稿：X　摄影：P　编辑：E　审核：S" (撰稿 one or two names, or absent with only a
  供稿 unit; 摄影 only when there are pictures; 编辑 absent on some), or "文/X　图/P　编辑：E　审核：S",
  or a 本网讯（通讯员 Y 记者 X） lead; 2019 pages on Drupal 7 with "发布时间：2019-05-08 10:32" and
  the credit line in brackets; 相关新闻 (related) vs 点击排行, 最新发布, 媒体滨大.
- 职业技术学院 (帝国CMS, GBK in the header, ``/news/xyxw/2024-05-08/12345.html``): "headline-滨江职业
  技术学院", "作者：X　来源：本站原创　发布时间：2024-05-08 10:32:15　点击：<script>" (作者 a person,
  "X、Z", an office such as 宣传部, or empty with a 本网讯（通讯员 Y） lead); "责任编辑：E" right-aligned
  on two pages of three; 2019 pages in tables, in GB2312 named in the meta only; captions
  "caption （P 摄）"; 上一篇/下一篇; 相关文章 (related) vs 热门文章/点击排行, 通知公告.
- 中科院研究所 (ARP, ``/xwdt/kyjz/202405/t20240508_1234517.html``): 科研进展 pages,
  "headline----中国科学院滨江生态环境研究所", "发布时间：2024-05-08 | 来源：X研究组 | 作者：X |
  【大 中 小】【打印】【关闭】" (作者 on some, one or two names); 2019 pages in tables with only the date
  above and "文章来源：X研究组　作者：X" below the text; no related list (科研进展, 图片新闻 boxes are not).
- 中学 (a school CMS, ``/Article/ShowArticle.asp?ArticleID=12345``): "headline_滨江市第一中学",
  "作者：校办　来源：本站原创　发布时间：2024/5/8 9:32:15　阅读：N次" (作者 校办, a teacher, "政教处
  X", or "X Z"); "编辑：E　审核：S" or only "审核：S" under the text; 2019 pages in tables, GB2312 named
  in the meta only; 相关文章 (related) vs 热门文章, 校园公告.
- English news (``/en/info/1245/12345.htm``): "By X" / "By X and Z" under the headline beside
  "May 8, 2024", or "Written by X" / "Source: School of …" closing the text, with "Photos by P" and
  "Edited by E" lines; 2019 pages in tables "Date: 2019-05-08　By X"; captions "caption [Photo by
  P]"; Related News vs Most Popular.

Non-article pages: the home page; section lists (Drupal ``/xwzx/zhxw?page=1``, 帝国CMS
``/news/xyxw/index_2.html`` in GBK, ARP ``/xwdt/kyjz/index_1.html``, the school's
``ShowClass.asp?ClassID=12&page=2``, ``/en/news/2.htm``); a taxonomy term page; a 专题 page; a
search page; 学校概况, 现任领导, 一中概况, 领导班子, 联系我们, About; a video list.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: writers and reporters — 撰稿 X, 文/X, 记者 X of a lead, a person as 作者 (of "政教处 X"
  the person), By X, Written by X. Not authors: 供稿 units (a 学院 supplying the story), offices
  as 作者 (校办, 宣传部), 来源 / 文章来源 / Source (research groups, schools), 通讯员, 摄影 / 图/ /
  摄 / Photos by.
- Correspondents: the 通讯员 of a lead.
- Editors: 编辑, 责任编辑, Edited by; 审核 is a sign-off, no editor.
- Date: the printed wall time, +08:00: minutes on the Drupal pages, seconds on the 帝国CMS and
  school pages, the day only on the ARP and English pages.
- Body: paragraphs, subheads and descriptive captions (without their credits); a lead stays in
  the first paragraph as printed. Not body: the credit line (供稿/撰稿/…, 文/ 图/), info lines,
  编辑/审核 lines, Written by / Photos by / Edited by / Source lines, 上一篇/下一篇, tools and lists.
- Related: the 相关新闻 / 相关文章 / Related News list only; most-read and navigation boxes are not.
"""
