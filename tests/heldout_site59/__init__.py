# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-ninth held-out news site, written without looking at the extractor: one
prefecture-level city's newspaper group (澜州日报社) on the web, five templates, all Beijing time
(+08:00), 12 articles each:

- 澜州新闻网 on a 华栖云/新华智云-style media-cloud CMS (UTF-8, ``/a/202405/08/AP<24 hex>.html``):
  ``h1.article-title``, ``<title>`` "headline-澜州新闻网"; "2024-05-08 10:32" (minutes), 来源：澜州日报
  and 作者 "记者 X 通讯员 Y", "记者 X Y", "记者 X 实习生 Y", "记者 X", or no 作者 with a
  本报讯（记者 X 通讯员 Y） lead; captions followed by "记者 P 摄"; 责任编辑：E; 版权声明,
  上一篇/下一篇; 相关新闻 (related) vs 热点排行 and 澜州+推荐.
- 澜州日报 数字报 (Founder, ``/lzrb/html/2024-05/08/content_123456.htm``, UTF-8): ``<title>``
  "澜州日报数字报" only; founder-intitle / founder-title / founder-subtitle (引题 and 副题 are no
  title); the edition day only (in the banner); founder-author "本报记者 X", "本报记者 X 通讯员 Y",
  "本报记者 X Y" or empty with a 本报讯 lead; pictures in tables above the text; no related list;
  the 版面 pages (``node_N.htm``) are lists with an image map and 本版编辑.
- 澜州晚报 (GBK, ``/lzwb/2024/0508/123456.shtml``): "2024年05月08日 07:45　来源：澜州晚报"
  (minutes); every story opens 本报讯（记者 X 实习生 Y） / （记者 X 通讯员 Y） / （记者 X Y） /
  （记者 X）; "责任编辑：E　校对：P"; 延伸阅读 (related) vs 24小时热榜 and 晚报推荐.
- 澜州+ app share page (H5, ``/h5/news/detail?id=123456``): 客户端记者 X / X Y / X 通讯员 Y
  in the info line, "2024-05-08 10:32:15" (seconds), the article again in ``window.__DATA__``;
  打开APP阅读更多 / 打开APP参与评论 furniture (no body); 相关新闻 (related) vs 24小时热榜.
- 澜州新闻网 2019 (GB2312 table layout, ``/news/2019-05/08/content_123456.htm``): the headline in
  a ``<font>`` cell, "发布时间：2019-05-08 09:32:15　来源：澜州日报　作者：记者 X" (or "X", or
  "记者 X 通讯员 Y"), （编辑：E）; 相关新闻 (related) vs 热点排行.

Plus the home page, section lists with their own pagination (``/news/lzyw/index_2.html``, the
evening paper's ``/lzwb/index_2.shtml`` in GBK), a 社会民生 list, the e-paper's 版面 pages and
往期回顾 calendar, the app list, the 2019 archive, a 专题 page, a tag page, a search page, a
reporter's page and about pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name, 引题 or 副题.
- Authors: reporters and writers (记者 X, 本报记者 X, 客户端记者 X, 实习生 Y, a bare 作者：X);
  通讯员, photographers (摄) and 来源 are no authors.
- Correspondents: the 通讯员 named (作者 field, byline, lead).
- Editors: 责任编辑 / 编辑 (校对 and the e-paper's 本版编辑 are none).
- Date: the printed wall time, Beijing (+08:00), to the precision printed (the edition day on the
  e-paper).
- Body: paragraphs, subheads and descriptive captions (without their credits); a lead
  (本报讯（…）) stays in the first paragraph. Not body: bylines, info lines, credits, editor and
  校对 lines, 版权声明, share bars, app prompts, lists and comments.
- Related: the 相关新闻 / 延伸阅读 list of the page only.
"""
