# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A seventieth held-out news site, written without looking at the extractor: Chinese-language
newspapers of Southeast Asia, each on its own clock, five templates of 12 articles each (two or so
2019 pages per template):

- 星洲日报 / 星洲网 (Malaysia, +08:00, ``/news/20240508/nation/1234567``): "headline | 国内 | 星洲网
  Sin Chew Daily"; "2024年5月8日 下午2:32" (12-hour, 上午/下午), in a ``<time datetime>`` with
  +08:00 on even-numbered pages, plain text on the others; 2019 pages "2019年5月8日 14:32";
  every story opens with a （吉隆坡8日讯） dateline; a closing "报道：X" / "报道：X　摄影：Y" /
  "报道：X、Y" / "报道：综合报道" line; captions "… （摄影：P）" / "（图：星洲日报）" / "（档案照）";
  相关新闻 (related) vs 热门新闻, 推荐阅读, 最新新闻.
- 南洋商报 (Malaysia, +08:00, ``/latest/2024/05/08/1234567``): "报道／X", "报道／X、Y", "文：X" or
  "作者：南洋网" above the text, "08/05/2024 14:32" (day first); a （吉隆坡8日讯） dateline on half
  the stories; "编辑：Z" below on three of four; 2019 pages in a table; 相关文章 (related) vs 热门,
  财经焦点.
- 光华日报 (Penang, +08:00, WordPress, ``/20240508/123456/``): "发布: 2024-05-08 14:32" in a
  ``<time datetime>`` with +08:00; 2019 pages "2019年5月8日 14:32" with no zone; a （槟城8日讯）
  dateline; the bold "报道：X　摄影：Y" / "报道：X" / "报道：X、Y" / "报道：光华网" line closing the
  story; figcaptions "caption（图：P摄）"; Jetpack 相关新闻 (related) vs 热门新闻.
- 国际日报 (Indonesia, WIB +07:00, ``/shtml/gjrb/20240508/1234567.shtml``): "发布时间：2024-05-08
  14:32:15　来源：国际日报[　作者：国际日报]" (no zone anywhere: Jakarta time); 本报雅加达讯（记者
  X）, 本报泗水讯（记者 X 通讯员 Y）, 本报棉兰讯（记者 X、Z） or 【本报讯】 leads; "责任编辑：Z"; 2019
  pages in GB2312 tables, the charset named in the meta only; 相关新闻 (related) vs 点击排行, 印尼要闻.
- 星暹日报 (Thailand, +07:00, ``/archives/123456``): "2024年5月8日 14:32", in a ``<time datetime>``
  with +07:00 on even-numbered pages only; 2019 pages print the day alone ("2019-05-08"); a
  "记者：X" / "记者：X、Y" line under the headline, or none with a 【曼谷讯】 lead; （曼谷讯）
  datelines; "编辑：Z" closing; 相关阅读 (related) vs 热门文章, 编辑推荐.

Non-article pages: the home page; each paper's section list and its second page; a tag page, a
search page, a 专题 page, a video list, 关于我们 and 联络我们.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``.
- Authors: the reporters of 报道：/报道／/文：/记者： lines and of 记者 X in a lead, several split at
  、. 综合报道, offices (南洋网, 光华网, 作者：国际日报), 来源 and 摄影/图 credits name nobody.
- Correspondents: the 通讯员 of 国际日报's leads.
- Editors: 编辑 (南洋商报, 星暹日报) and 责任编辑 (国际日报).
- Date: the printed wall time in the paper's country's zone (+08:00 Malaysia, +07:00 Indonesia
  and Thailand), whether the page states the offset in a ``<time datetime>`` or not (a reader
  there assumes local time); 下午2:32 is 14:32. Minutes everywhere but 国际日报 (seconds); 星暹's
  2019 pages are right on the printed day.
- Body: paragraphs, subheads and descriptive captions without their credits; datelines such as
  （吉隆坡8日讯） and leads such as 本报雅加达讯（记者 X） stay in the first paragraph as printed. Not
  body: byline lines (above or closing the story), date lines, editor lines, share bars, tags,
  print/close links and every list.
- Related: the 相关新闻 / 相关文章 / 相关阅读 list only; 热门, 推荐, 最新 and 点击排行 boxes are not.
"""
