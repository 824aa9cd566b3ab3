"""A sixty-fourth held-out news site, written without looking at the extractor: Chinese financial
news, five templates of 12 articles each (two or so 2019 pages per template), all Beijing time
(+08:00):

- 证券时报·e公司 (``/article/detail/1234567.html``): "headline_证券时报网", "来源：证券时报·e公司
  作者：X 2024-05-08 10:32"; a byline paragraph "证券时报记者 X" / "证券时报·e公司记者 X Y" atop
  the text, or none and a 证券时报·e公司讯， lead; "责任编辑：E" and "校对：P" closing; 版权声明;
  相关阅读 (related) vs 热点排行 and 快讯. 2019 pages: one info line "… 来源：证券时报网 作者：X".
- 东方财富网 财经 (``/a/2024050812345678123.html``): "2024年05月08日 10:32:15", 作者：X (one, two
  or absent: a reprint with only 来源), a stock-quote widget and a 摘要 box above the text,
  "（文章来源：证券时报网）" closing the text, "（责任编辑：E）" on two pages of three, a 风险提示
  box, 相关资讯 (related) vs 24小时点击排行 / 财经导读 / 自选股, a 股吧热议 comment area.
- 中国证券报·中证网 (``/ssgs/gsxw/202405/t20240508_1234567.html``): "2024-05-08 10:32 来源：
  中国证券报·中证网 作者：X"; 中证网讯（记者 X）/（记者 X Y） leads; 作者 naming 中证网 (a desk);
  "责任编辑：E"; 2019 pages in tables, GBK named in the meta only; 相关新闻 vs 排行榜 / 中证快讯.
- 财联社 电报 (``/detail/1234567``): one or two paragraphs, "2024-05-08 10:32:15 星期三", the
  text opening "【headline】财联社5月8日电，" or "…电（记者 X），"; related stocks; no related news
  (最新电报 and 热门文章 are feeds).
- 新浪财经 (``/roll/2024-05-08/doc-ina….shtml``): "2024年05月08日 10:32" and the source paper,
  作者 on some, a "中国经营报记者 X 北京报道" line atop ``#artibody`` on others; "责任编辑：E"
  closing the text; the "海量资讯、精准解读，尽在新浪财经APP" footer; 相关阅读 vs 7X24小时 / 排行.

Non-article pages: the home page; each channel's list with pagination; a 股吧 list; the 数据中心
资金流向 table; a 年报季 专题; a search page; a 财经日历; about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>``; for a 电报, the words
  inside 【】 (the page's only headline).
- Authors: reporters and writers (作者 X, 记者 X of a lead or byline line); 来源 / 文章来源 (the
  paper reprinted), a desk as 作者 (中证网), 校对 and 通讯员 name nobody.
- Correspondents: the 通讯员 named in a lead.
- Editors: 责任编辑 only; 校对 (proofreading) is no editing credit.
- Date: the printed wall time, +08:00: seconds on 东方财富 and 财联社, minutes elsewhere.
- Body: paragraphs, subheads, captions without credits, and a table of numbers in the story (one
  row per line, cells in order); a lead (中证网讯（记者 X）, 本报讯…, e公司讯) stays in the first
  paragraph as printed, and so does a 电报's 【headline】财联社5月8日电 opening (it is the text as
  printed). Not body: byline lines, info lines, 摘要 boxes, quote widgets, 文章来源 lines, editor
  and 校对 lines, 风险提示 / 免责声明 / 版权声明 boxes, the APP footer, comments and lists.
- Related: the 相关阅读 / 相关资讯 / 相关新闻 list only; rankings, feeds and 电报 lists are not.
"""
