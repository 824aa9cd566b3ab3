# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A forty-ninth held-out news site, written without looking at the extractor: five templates
imitating China's industry and sector press, all Beijing time (+08:00), 12 articles each (two to
four 2019 pages per template):

- 农民日报·中国农网 (farmer.com.cn): ``/2024/05/08/99951234.html``; ``h1.article-title``, an info
  row "2024-05-08 09:31　来源：农民日报　作者：农民日报·中国农网记者 X" (minutes; also "…记者 X Y",
  "…记者 X 通讯员 Y"); some stories open with a byline paragraph "本报记者 X 通讯员 Y、Z" or a
  "本报讯（记者 X 通讯员 Y）" lead; "来源：中国农网" pages have no 作者 at all; "责任编辑：E" under
  the text on three pages of four; 2019 pages on the older ``con_title`` layout with
  "【责任编辑：E】"; picture captions with "X 摄" credits; 相关新闻 (related) vs 点击排行, 图片新闻,
  网友评论.
- 中国水利网 (chinawater.com.cn, TRS): ``/newscenter/slyw/202405/t20240508_812345.html``;
  "时间：2024-05-08 10:21:33　来源：中国水利报　作者：X" (seconds; "X Y"; an empty 作者 with
  来源：水利部网站); "本报记者 X　通讯员 Y" byline paragraphs; "责任编辑：E　审核：R　终审：Z" under
  the text; 2019 pages in GB2312 on a table layout ("发布时间：…", "【责任编辑：E】"); 相关新闻
  (related) vs 热点新闻, 头条推荐.
- 中国交通新闻网 (zgjtb.com, TRS): ``/2024-05/08/content_412345.html``; "来源：中国交通报　作者：X
  2024-05-08 08:54" (minutes; 作者 "记者 X 实习生 Y", "X　Y"; 来源：交通运输部网站 with no 作者);
  "本报讯 记者 X 通讯员 Y、Z 报道　" leads (2019: "本报讯（记者 X 通讯员 Y）"); ``TRS_Editor``
  inside ``<!--<$[信息内容]>begin-->`` comments; "责任编辑：E"; 延伸阅读 (related) vs 热点排行,
  编辑推荐.
- 中国电力新闻网·中国能源网 (cpnn.com.cn): ``/news/xwtt/202405/t20240508_1671234.html``; the day
  only ("2024-05-08　来源：中国电力报　作者：X"; 来源：国家能源局网站 with no 作者); "文/X　图/Y"
  opening the text or "（文/X　图/Y）" closing it, "■中国电力报 中电新闻网记者 X 通讯员 Y" byline
  paragraphs; "图为…" captions; 责任编辑/审核/终审 spans; 相关新闻 (related) vs 阅读排行.
- 中国化工报·化工网 (ccin.com.cn): ``/detail/<32 hex>`` (seconds, "来源：中国化工报　作者：X
  2024-05-08 09:12:30"); "本报记者 X 通讯员 Y、Z" byline paragraphs, "本报讯（记者 X 通讯员 Y）" and
  "本报讯（通讯员 Y Z）" leads (no reporter, empty 作者), 来源：中国石油和化学工业联合会 pages with no
  author; "责任编辑：E" on two pages of three; 2019 pages ``/html/2019/05/08/2861234.shtml`` in GBK
  (HTTP header and meta) on a table layout with minutes; 相关阅读 (related) vs 热点文章, 网友评论.

Plus the home page, each paper's section front with its own pagination (``/xw/sn/index_2.html``,
TRS ``/newscenter/slyw/index_1.html``, ``/node_145_2.htm``, ``/news/xwtt/index_1.html``,
``/list/hgyw?page=2``), a tag page, a 春耕 special topic, a TRS search page, a video index, a
photo gallery, a 2019 archive, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site name.
- Authors: reporters and writers: "农民日报·中国农网记者 X", 作者 X (split on spaces and 　),
  记者 X and 实习生 Y, 本报记者 X, 中电新闻网记者 X, 文/X. Not authors: 通讯员, photographers (图/Y,
  X 摄), 来源 outlets and bodies (农民日报, 中国农网, 水利部网站, 交通运输部网站, 国家能源局网站,
  中国化工报, 中国石油和化学工业联合会), an empty 作者.
- Correspondents: the 通讯员 a page names (info field, byline paragraph or lead).
- Editors: 责任编辑 only; 审核 and 终审 are sign-offs.
- Date: the printed wall time: minutes on 中国农网, 中国交通新闻网 and the 2019 化工网 pages, seconds
  on 中国水利网 and the current 化工网 pages, the day on 中国电力新闻网.
- Body: paragraphs, subheads and descriptive captions; leads (本报讯…) stay in the first paragraph
  as printed. Not body: byline paragraphs, 文/图 lines, picture credits, info rows, editor lines,
  share bars, comments and lists.
- Related: the 相关新闻 / 延伸阅读 / 相关阅读 lists only (2019 pages name 2019 pages; about a third
  of the pages have none).
"""
