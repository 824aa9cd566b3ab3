# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-second held-out news site, written without looking at the extractor: one city's
(滨海市) discipline-inspection, people's congress, CPPCC and party-building sites, five templates
of 12 articles each (two 2019 pages per template), all Beijing time (+08:00):

- 纪委监委网站 (中央纪委国家监委网站-style, TRS, ``/yw/202405/t20240508_123456.html``):
  "headline_滨海市纪委监委网站", 政府网站 meta, ``h2.tit``, "来源：滨海市纪委监委网站　发布时间：
  2024-05-08 10:32"; credits as a lead "滨海市纪委监委网站讯 记者 X 通讯员 Y Z …" (kept in the first
  paragraph), or a closing right-aligned "（通讯员 Y Z）" / "（本网记者 X 通讯员 Y）" line (not body);
  审查调查 通报 pages (``/scdc/zjsc/…``, 来源：滨海市纪委监委, one paragraph, nobody credited);
  "责任编辑：E" on the 2024 pages; 2019 pages in tables; 相关新闻 (related) vs 热点排行, 审查调查.
- 市人大常委会 人大网 (``/rdxw/2024-05/08/content_123456.htm``): "发布时间：2024-05-08 16:20:33
  来源：滨海人大　作者：X" (a person, two, the 市人大常委会研究室 or absent with a 本网讯（记者 X
  通讯员 Y） lead), "编辑：E　审核：S"; the 2019 pages print "日期：2019-05-08" (the day only);
  相关新闻 (related) vs 阅读排行, 代表风采, 法规库.
- 市政协 (``/zxyw/202405/<hex>.shtml``): "来源：滨海政协[　作者：市政协研究室 | 通讯员 Y]　发布时间：
  2024-05-08 10:32"; a centred "文/X　图/P" or "文/X Z" line above the text; "（编辑：E）" closing
  the text; 相关阅读 (related) vs 点击排行, 委员风采, 提案工作.
- 组织部 党建网 (共产党员网-style, ``/djw/2024/05/08/ARTI….shtml``): "来源：滨海党建网 | 作者：X |
  2024年05月08日 16:28" (作者 "本报记者 X Z" with 来源：滨海日报, or absent); "责任编辑：E";
  相关阅读 (related) vs 热门文章 and a 机关党建 feed.
- 市直机关工委 (动易-style ASP in GB2312, ``/Article/ShowArticle.asp?ArticleID=1234``):
  "headline" after "滨海市直机关党建网--" in ``<title>``; "作者：X　文章来源：本站原创　点击数：
  N　更新时间：2024-5-8" (作者 a person, "X Z", an office, 佚名 or "通讯员 Y"); "文章录入：jgdj1
  责任编辑：E" (the 录入 account names nobody); 相关文章 (related, "没有相关文章" when none) vs
  热门文章, 推荐文章; the 2019 pages name GB2312 in the meta only (no charset in the header).

Non-article pages: the 党建群团 hub (``/``); the lists (``/yw/index_1.html``, ``node_2_2.htm``,
``index_2.shtml``, ``List.asp?ClassID=3&page=2`` in GB2312); 审查调查; two 地方性法规 texts and their
list; two 提案 pages and their list; 代表风采 and 委员风采 lists; 组织机构; 监督举报; a 专题; a
search page; the 党员电教 video list; the 机关工委's 关于我们.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: writers and reporters (记者 X, 作者 X, 文/X, 本报记者 X Z); offices (市人大常委会研究室,
  市政协研究室, 市直机关工委办公室), 来源, 通讯员, photographers (图/P, 摄), the 动易 default 佚名
  (anonymous) and the 文章录入 account name nobody. A 审查调查 通报 has no author.
- Correspondents: the 通讯员 named, in a lead, a closing credit line or as 作者 "通讯员 Y".
- Editors: 责任编辑, 编辑, （编辑：E）; 审核 is a sign-off.
- Date: the printed wall time, +08:00: minutes on the 纪委, 政协 and 党建 pages, seconds on the
  2024 人大 pages, the day on the 2019 人大 pages and on every 机关工委 page.
- Body: paragraphs, subheads and descriptive captions (without "（P 摄）" credits); a lead stays in
  the first paragraph as printed. Not body: 文/图 lines, closing 通讯员 lines, info lines, editor
  lines, share/print bars and lists. 法规 texts and 提案 pages are no news: no articles.
- Related: the 相关新闻 / 相关阅读 / 相关文章 list only; 热点排行, 阅读排行, 点击排行, 热门文章,
  推荐文章 and the cross-site feeds are not.
"""
