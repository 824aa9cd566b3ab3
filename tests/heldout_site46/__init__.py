# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A forty-sixth held-out news site, written without looking at the extractor: five templates
imitating Chinese city/county news and government sites on Java and .NET CMSes, all Beijing time
(+08:00), 12 articles each (two 2019 pages per template):

- 云州新闻网 on SiteServer CMS (.NET): ``/contents/12/3456.html``; ``h1.article-title``, the info
  line "发布时间：2024-05-08 10:32:15　来源：云州日报　作者：记者 X 通讯员 Y　浏览次数：" with the
  ``/api/stl/actions/hits?…`` counter script; 作者 "记者 X 通讯员 Y", "记者 X Y 通讯员 Z", "X",
  "X　Y", "通讯员 Y Z", or empty with a "文/X　图/P" byline paragraph opening the content;
  captions and credits on one centred line ("caption　记者 X 摄"); 【责任编辑：E】 on most pages;
  相关新闻 (related) vs 热点排行, 图片新闻, 上一篇/下一篇 and a comment box. The 2019 pages keep an
  older table layout, "2019年05月08日 10:32" (minutes), 点击：<script>.
- 云州县新闻网 on JEECMS (Java): ``/xwzx/123.jhtml``; "发布时间： 2024-05-08 10:32 作者：… 来源：…
  浏览次数：<span id="views">" filled by ``Cms.viewCount``; credits in the first paragraph's lead
  (本报讯（记者 X 通讯员 Y）, 本报讯（记者 X Y）, 本报讯（通讯员 Y Z）, "本报讯 记者X报道：", a bare
  "本报讯 ") with the 作者 field mostly empty, or 作者：X alone; "（P 摄）" after captions;
  责任编辑：E; tags (``/tag/…jhtml``); 相关阅读 (related) vs 热点新闻, 推荐阅读; a JEECMS comment form.
- 云州学院新闻网 on Jspxcms: ``/info/123.html``; ``h2.info-title``; "作者：X　来源：党委宣传部
  发布时间：2024-05-08 10:32:15　点击：" (``/info_views/123.jspx``); byline paragraphs "文/X　图/P"
  and "文/X、Y" opening the text; 作者 "党委宣传部" (a unit) or "通讯员 Y"; a closing
  "（编辑：E）" line inside the text on half the pages; 相关文章 (related) vs 最新发布, 媒体云院.
  The 2019 pages print the day only.
- 云州县人民政府 on a 大汉 网站群 (the older pre-JCMS Hanweb portal): ``/art/2024/5/8/art_1229_456.html``
  in GBK (meta and header); the 政府网站 metas (PubDate with minutes), the title in
  ``<!--<ucaptitle>-->``, the text in ``<!--<ucapcontent>-->`` / ContentStart…ContentEnd; "发布日期：
  2024-05-08 10:32" or just the day, "信息来源：<unit>", 作者 absent, "X", "记者 X 通讯员 Y" or
  "县融媒体中心" (a unit); a closing "（通讯员：Y）" paragraph on some; 浏览次数 by
  ``articlehits.jsp``; 【责任编辑：E】 on a third; 相关信息 (related) vs 政务动态. The 2019 pages:
  tables and ``<font>``, GB2312 named by the meta only, the day only.
- 云州融媒 on a 新华网-built 县级融媒体 platform: ``/2024-05/08/c_1130123456.htm``; the 新华网 head
  (``span.title``, the year/day/time spans, "来源： 云州县融媒体中心"), 阅读量 by script; leads
  "云州融媒讯（记者 X 通讯员 Y）", "云州融媒讯（融媒体记者 X Y）", closing lines "记者：X　Y" and
  "融媒体记者：X　通讯员：Y", a "文/X　图/P" opening line, or no credit (来源 a bureau);
  "融媒体记者 P 摄" credits; 【责任编辑:E】; 延伸阅读 (related) vs 热点排行, 精彩视频. The 2019
  pages use the older ``h-title`` / ``h-time`` head.

Plus the home page, each CMS's section list with its own pagination (``/channels/12_2.html``,
``/xwzx/index_2.jhtml``, ``/node/5_2.html``, 大汉's ``index.html?uid=4821&pageNum=2`` in GBK with
the list in a ``text/xml`` datastore, ``/node_101_2.htm``), JEECMS tag pages, two search pages,
two special topics, the 政务动态 column, video and photo indexes, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site name.
- Authors: the reporters and writers: 记者 X (of the 作者 field, a lead or a closing line), 作者 X,
  文/X. Photographers (图/P, P 摄), units (党委宣传部, 县融媒体中心), 来源 and 信息来源 are no
  authors; a lead "本报讯 " with no name names nobody.
- Correspondents: the 通讯员 named (作者 field, lead, closing line).
- Editors: 责任编辑 and 编辑.
- Date: the printed wall time: seconds on SiteServer (minutes on its 2019 pages), Jspxcms (the
  day on its 2019 pages) and the 融媒体 platform; minutes on JEECMS; minutes or the day on the
  government portal, as printed.
- Body: paragraphs, subheads and descriptive captions; a lead opening the first paragraph
  (本报讯（…）, 云州融媒讯（…）) stays in it as printed. Not body: byline paragraphs (文/X　图/P),
  closing 记者 / 通讯员 / 编辑 lines, picture credits, info lines, editor lines, share bars,
  print/close links, tags and lists.
- Related: the 相关新闻 / 相关阅读 / 相关文章 / 相关信息 / 延伸阅读 lists only; 热点/推荐/最新 lists,
  picture and video boxes and navigation are not related.
"""
