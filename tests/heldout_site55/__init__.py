# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-fifth held-out news site, written without looking at the extractor: one
prefecture-level city's news portal group (临江新闻网), five channels on different templates, all
Beijing time (+08:00), 12 articles each (two 2019 pages per channel):

- 新闻中心 (UTF-8): ``/news/system/2024/05/08/012345608.shtml``; ``h1.art-title``,
  ``<title>`` "headline_临江新闻网" (2019 pages: an older layout, ``h2`` in ``div.article_title``
  and "headline--临江新闻网"); "2024-05-08 10:32:15" (seconds), 来源, "作者：记者 X 通讯员 Y",
  "作者：记者 X Y", "作者：X", or no 作者 with a 本报讯（记者 X） / 本报讯（记者 X 通讯员 Y） lead, or a
  "文/X　图/Y" byline paragraph; captions followed by "记者 X 摄"; 责任编辑：E; tags, 上一篇/下一篇;
  相关新闻 (related) vs 点击排行, 热点新闻, 图片新闻, a comment form.
- 区县频道 (an older TRS-style CMS in GBK, ``/qxpd/202405/t20240508_123456.html``): table layout,
  the headline in a ``<font>`` cell, ``<title>`` "headline - 江北区新闻 - 临江新闻网";
  "发布时间：2024年05月08日 09:32　来源：…　作者：记者 X 通讯员 Y" (minutes; 2019 pages
  "2019-05-08 09:32" and the charset in the meta only), 作者 "通讯员 Y Z" (no author), an empty 作者
  with a 本报讯（记者 X 通讯员 Y） lead; captions with "（P 摄）"; 责任编辑 on two pages of three;
  相关文章 (related) vs 热点新闻, 一周排行, 上一篇/下一篇.
- 临江日报 e-paper (Founder, ``/epaper/html/2024-05/08/content_123456.htm``; 2019 pages in
  GB2312): ``<title>`` "临江日报数字报-headline", founder-intitle / founder-title /
  founder-subtitle (引题 and 副题 are no title), the edition day only; founder-author byline
  "□本报记者 X　通讯员 Y", "□本报记者 X Y", "文/X　图/Y" or none with a 本报讯 lead; pictures in a
  table above the text with "caption　本报记者 P 摄"; 相关文章 (related) vs 本报推荐 and the 版面导航.
- 繁體版 (Big5; 2019 pages name it in the meta only): "headline_臨江新聞網"; "發布時間：2024-05-08
  10:32" (2019: "2019/05/08 10:32"); a "記者X／報導" or "記者X、Y／報導" first line, or a
  "（記者X／臨江報導）" lead; captions with "（記者X攝）"; 責任編輯：E; 相關新聞 (related) vs 熱門新聞,
  點擊排行.
- English (UTF-8): "Headline - Linjiang News"; "By NAME", "By NAME and NAME", "By NAME | Linjiang
  Daily" or just "Linjiang News"; "Updated: 2024-05-08 10:32" (Beijing time, minutes);
  figcaptions "caption [Photo/Linjiang News]"; "Editor: E" on most; Related Stories (related) vs
  Most Popular, Most Viewed.

Plus the home page, section lists with their own pagination (``/news/yw/index_2.shtml``, TRS
``/qxpd/index_1.html`` in GBK, ``/big5/xw/?page=2`` in Big5, ``/en/news/page/4/``), the e-paper's
往期回顾 calendar and its 版面 pages (``/epaper/html/2024-05/08/node_1.htm``, image maps), a 专题
landing page, a tag page, a search page, a reporter's page, a photo gallery, a 2019 archive,
about pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name, 引题 or 副题.
- Authors: reporters and writers (记者 X, 本报记者 X, 文/X, 記者X, By X); 通讯员, photographers
  (图/Y, 摄), 来源 and "Linjiang News" are no authors.
- Correspondents: the 通讯员 named (作者 field, byline, lead).
- Editors: 责任编辑 / 責任編輯 / Editor.
- Date: the printed wall time, Beijing (+08:00): seconds on the 新闻中心, minutes on the 区县频道,
  繁體版 and English channel, the edition day on the e-paper.
- Body: paragraphs, subheads and descriptive captions (without their credits); a lead (本报讯（…）,
  （記者X／臨江報導）) stays in the first paragraph. Not body: byline lines, info lines, credits,
  editor lines, share bars, tags, 上一篇/下一篇, lists and comments.
- Related: the 相关新闻 / 相关文章 / 相關新聞 / Related Stories list of the page only.
"""
