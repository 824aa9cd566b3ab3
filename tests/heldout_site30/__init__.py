"""A thirtieth held-out news site, written without looking at the extractor: five templates
imitating mainland Chinese finance and securities news sites, all Beijing time (+08:00), 12
articles each:

- 东方财富网 finance.eastmoney.com (``/a/202405083067891234.html``): the headline in
  ``div.title`` (no ``<h1>``; og:title agrees), the ``.infos`` items "2024年05月08日 10:21",
  来源：<outlet>, 作者：X / "X Y" / "X、Y" (a 研报 summary: the broker as 来源, its analysts as
  作者) / a unit (东方财富研究中心, 财联社) / none; a 摘要 box repeating the lead on half the
  pages; stock mentions printed as ``$贵州茅台(SH600519)$`` and linked to quotes; a first line
  原标题：…; a first line "上海证券报记者 X"; 新华社 copy with the 电头 lead; the body closes with
  （文章来源：X）, then 责任编辑：Y (none on one page), the 郑重声明, the app prompt; 相关阅读
  (related) vs 股吧热帖, 24小时点击排行, 热门推荐 (not); a comment box.
- 证券时报网 stcn.com (``/article/detail/1234567.html``): ``.detail-title``, the
  ``.detail-info`` spans "<outlet> | 作者：X | 2024-05-08 10:21" (作者 linked to the author page);
  a first line "证券时报记者 X" / "证券时报记者 X Y" / "证券时报·e公司记者 X"; e公司 pages whose
  first paragraph opens "证券时报e公司讯，" (a 快讯 brief with no 作者 and no editor); a
  人民财讯 brief ("人民财讯5月8日电，", 作者：人民财讯); 作者：证券时报·数据宝 (a desk);
  "责任编辑： Y  校对： Z"; 相关新闻 (related) vs 快讯, 24小时热榜 (not). Two pages of 2021 on the
  old TRS layout (``/gsxw/202105/t20210508_3212345.html``): "来源：证券时报网　作者：X
  2021-05-08 09:12:33", a first line "证券时报网讯，证券时报记者 X", 编辑：Y; no related block.
- 新浪财经 finance.sina.com.cn (``/stock/roll/2024-05-08/doc-inaxxxxx1234567.shtml``):
  ``h1.main-title``, ``.date-source`` "2024年05月08日 10:21" + the source outlet, the
  article:published_time / weibo create_at metas (seconds; the printed time is to the minute),
  a Baidu cambrian JSON-LD; reprints opening with "中国证券报记者 X" or "上海证券报记者 X 实习生
  Y"; "新浪财经讯 5月8日消息，" leads (no author); "文/新浪财经意见领袖专栏作家 X"; a
  ``.show_author`` 作者：X; a 研报 reprint opening "来源：华泰证券研究" + "作者：X Y" and closing
  with 风险提示：…; 新华社 copy; the in-body last line "海量资讯、精准解读，尽在新浪财经APP", the
  新浪财经APP QR box, 关键词 tags, 责任编辑：Y, the 新浪声明; 相关阅读 (related) vs 财经头条,
  7X24小时, 热门推荐 (not).
- 和讯网 stock.hexun.com (``/2024-05-08/212345678.html``), served in GB2312: ``.articleName h1``,
  the ``.tip`` line "2024-05-08 10:21:33 <outlet> 作者：X"; "和讯网消息 5月8日，" leads (no
  author), "上证报中国证券网讯（记者 X）" and 新华社 leads; a first line "本报记者　X　通讯员　Y";
  the editor as "（责任编辑：Y HN123）" (the HN code is the editor's staff code, not a name);
  【免责声明】; 上一篇/下一篇, 相关新闻 (related) vs 热门推荐, 24小时热门, 图片新闻 (not). Two
  2019 pages on the old table layout ("2019-05-08 09:12:33　来源：X　作者：Y"), no related.
- 中国证券报·中证网 cs.com.cn (TRS: ``/ssgs/gsxw/202405/t20240508_6412345.html``):
  ``.artical_t h1``, ``.artical_info`` "来源：中国证券报·中证网 | 作者：X | 2024-05-08 07:31"; a
  first line "中国证券报记者 X" / "中国证券报记者 X Y" / "□本报记者 X" / "□本报记者 X 实习记者
  Y"; "中证网讯（记者 X）" leads; a print-edition page dated only "2024-05-08" with
  "编辑：Y　校对：Z"; a brief with no byline and no editor; a page closing with 特别提示：…;
  责任编辑：Y; the 版权声明; 相关报道 (related) vs 今日焦点, 滚动, 行情 (index quotes), 专题 (not).
  Two 2019 pages in GBK dated only "2019年05月08日", 作者：X, no related block.

Plus the home page, each CMS's list with its own pagination (东方财富 ``czqyw_2.html``, 证券时报
``?page=2``, 新浪 roll ``&page=2``, 和讯 ``index-1877.html``, TRS ``index_1.html``), ten section
pages, 新浪 keyword tag pages, a 专题 page, 证券时报 author pages, four search pages, about and
contact pages. No market-data table stands in any story body.

Truth conventions. The title is the headline (not the ``_东方财富网``/``|…_新浪财经_新浪网``
suffix of ``<title>``). Authors are the people a byline names as writers: 作者：X (split on spaces
and 、), 记者 X, 证券时报记者 X, 证券时报·e公司记者 X, 中国证券报记者 X, 本报记者 X,
上海证券报记者 X, the 记者 of a lead (新华社…电（记者X）, 上证报中国证券网讯（记者 X）,
中证网讯（记者 X）), 文/…专栏作家 X, and a 研报's analysts (作者 of a research summary). Interns
and trainees writing with a reporter (实习生 Y, 实习记者 Y) are authors. 通讯员 are
correspondents. Units, desks and outlets are no authors: 东方财富研究中心, 财联社, 人民财讯,
证券时报·数据宝, e公司, a broker's 研究所 under 来源, and every 来源：X. Editors are 责任编辑/编辑
(the HN code dropped); 校对 (proofreader) is no editor. The date is the printed first-publication
wall time: minutes on 东方财富, 证券时报, 新浪 and 中证网, seconds on 和讯 and the 2021 证券时报
pages, the day only on the 中证网 print page and 2019 pages. Body: the story's paragraphs,
subheads and descriptive picture captions; a lead (电头, 证券时报e公司讯，, 人民财讯…电，,
新浪财经讯…消息，, 和讯网消息…，, 中证网讯（记者 X）) opening the first paragraph stays in it as
printed, and an inline ``$name(code)$`` quote stays as printed. Not body: byline lines on their
own, 原标题 lines, the 摘要 box, 来源/作者 lines of a 研报 reprint,
风险提示/特别提示/免责声明/郑重声明 lines, （文章来源：X）, editor and 校对 lines, picture credits
(（图片来源：视觉中国）, 证券时报记者 X/摄, 中国证券报记者 X 摄), the 新浪财经APP line and QR box,
share bars, quote charts, statements and every list. Related links are the
相关阅读/相关新闻/相关报道 lists only.
"""

from .generator import Site30

__all__ = ["Site30"]
