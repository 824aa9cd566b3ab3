"""A nineteenth held-out local news site, written without looking at the extractor: five templates
imitating the news sites of Chinese regional newspaper groups, not imitated before —

- 浙江在线 / 浙江新闻 (``/system/2024/05/08/034567890.shtml``): a Founder 方正 CMS page with the
  ``<!--enpproperty …-->`` comment (date, author, title, introtitle, subtitle),
  ``<!--enpcontent-->`` markers, the "2024-05-08 07:12:33 来源：浙江日报 作者：记者 X 通讯员 Y"
  line, an 引题 above or a ——副题 below some headlines, "编辑：Y" under the story, 相关新闻; the
  older pages (2022) in a table layout, GBK, served as bare ``text/html`` with only the meta
  charset;
- 扬子晚报网 / 紫牛新闻 (``/news/2024-05-08/abc123.html``): the headline in a ``div``, a "2024-05-08
  10:23 来源：扬子晚报网 阅读：N" line, "扬子晚报网5月8日讯（记者 X 通讯员 Y）" opening the first
  paragraph (or a "紫牛新闻记者｜X" line of its own), "编辑 Y　校对 Z" or "校对 Z" closing the text,
  相关阅读 (related) and a 推荐阅读 feed (not related), in either order;
- 新民网 / 新民晚报 (``/content/2024-05-08/content_123456.htm``): an info line "作者：X 编辑：Y
  来源：新民晚报 2024-05-08 14:30:12" (作者：新华社 on a wire story), "新民晚报讯（记者 X）"/
  "新民网讯（新民网记者 X）"/"新华社上海5月8日电（记者X）" leads, captions sharing the picture's
  paragraph with "新民晚报记者 X 摄", Baidu's cambrian JSON-LD (``pubDate`` without a zone),
  相关新闻 and a 新民眼 sidebar and 24小时排行 (not related);
- 齐鲁壹点 / 齐鲁晚报 (``/article/20240508/abcdef.html``): a "齐鲁晚报·齐鲁壹点 记者 X" line
  (见习记者, 实习生, 通讯员, "…记者 X 济南报道" variants) opening the text,
  "想爆料？请登录《齐鲁壹点》APP…" closing it, "2024-05-08 21:05:33 来源：齐鲁晚报 阅读量：N万",
  责任编辑 on half the pages, 相关推荐 (the story's related links, on two pages in three), readers'
  comments, a 猜你喜欢 feed and 壹点热榜 (not related), cambrian JSON-LD;
- 红星新闻 / 成都商报 (``/news/2024/05/08/12345.html``): "2024年05月08日 18:02", a "红星新闻记者 X
  实习记者 Y" line opening the text (摄影报道, 受访者供图, 特约记者 variants), "编辑 Z" and
  "（下载红星新闻，报料有奖！）" closing it, "打开红星新闻APP" bars, ``window.__INITIAL_STATE__``
  (``publishTime`` in epoch milliseconds), 相关阅读 (related), a 为你推荐 feed and 24小时热榜 (not).

Plus the home page, each paper's lists with its CMS's own pagination (Founder relative
``index_1.shtml``, ``index_2.html`` "加载更多", ``node_5_2.htm``, ``?page=2``,
``/column/hongxing/2.html``), a 专题 page, a tag page, a 紫牛新闻 column, the 新民眼 column, a
24-hour hot list, reporters' pages, search, video and photo indexes, about and contact.

The ground truth (title, authors, correspondents, editors, local date, related links, body text) is
what a reader of each page would say; it is never derived from newscrawl's own output. Conventions:
the title is the headline (not the 引题 or ——副题); reporters (记者, 首席记者, 见习记者, 特约记者,
实习记者, 实习生, 新华社记者, a bare 作者：X) are authors; 通讯员 are correspondents (a story
credited to a 通讯员 alone has no author); 编辑/责任编辑 are editors (校对 is none of these); an
agency named as 作者 (作者：新华社) is no person — the reporter its dateline names is. Times are the
printed first-publication wall time at +08:00: to the second on 浙江在线, 新民网 and 齐鲁壹点, to
the minute on 扬子晚报网 and 红星新闻. Body: paragraphs, subheads and pictures' descriptive
captions; a dateline lead opening the first paragraph (扬子晚报网5月8日讯（记者 X）,
新民晚报讯（记者 X）, 新华社上海5月8日电（记者X）) stays in it, but byline lines of their own
(紫牛新闻记者｜X, 齐鲁晚报·齐鲁壹点 记者 X, 红星新闻记者 X 实习记者 Y), 编辑/校对 lines, 想爆料 and
下载红星新闻 prompts, picture credits (记者 X 摄, 受访者供图), copyright statements and related
links are not body text.
"""
