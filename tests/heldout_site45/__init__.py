# ruff: noqa: E501  (the docstring quotes info lines with full-width spaces as printed)
"""A forty-fifth held-out news site, written without looking at the extractor: five templates
imitating Chinese corporate news and press-release sources, all Beijing time (+08:00), 12
articles each (two 2019 pages per template, same layout):

- 美通社 PR Newswire 中文 (prnasia.com): ``/story/445123-1.shtml``; ``h1#contenttitle``, a
  ``span.timestamp`` "2024-05-08 09:00" (minutes) and "来源：<the issuing company>"; the release
  opens with a dateline in its first paragraph, "上海2024年5月8日 /美通社/ -- " (2019 pages
  "…日电 /美通社/ -- "); the dateline's day may be the day before the timestamp (the issuer's
  day). Inside ``#dialogue-body`` after the text: "相关链接 :" with the issuer's own URL (some
  pages), "消息来源：<company>", "媒体垂询：" with a contact person, phone and mail (most pages);
  then 免责声明. A closing "关于<company>" subhead and paragraph on most releases. Pictures with a
  caption, some with "图片来源：<company>". 相关新闻稿 (related) vs 最新新闻稿, 热门新闻稿, 浏览行业新闻.
- 中国新闻发布网-style 企业频道 (DedeCMS, GBK): ``/qiye/2024/0508/12345.html``; ``h1``,
  "时间：2024-05-08 10:21:33　来源：企业供稿　作者：佚名" (作者 "佚名", empty, "X", "X Y"; 来源：中国新闻发布网
  with 作者 X on one page); the 2024 pages name GBK in a meta only (the HTTP header names no
  charset), the 2019 pages in the HTTP header only (no meta). Supplied pictures mostly without a
  caption. "免责声明：本文仅代表作者个人观点，与本网无关…"; "责任编辑：E" on two pages of three;
  相关文章 (related) vs 企业推荐, 热门文章, 最新发布.
- 中华网 科技·企业 (tech.china.com): ``/article/20240508/052024_1512345.html``;
  ``h1#chan_newsTitle``, ``span.time`` "2024-05-08 10:32:15", "来源：中华网" or "来源：企业供稿",
  "作者：X" on a quarter of the pages; the 声明 "声明：本文为企业发布，内容仅供参考…" as the last
  ``<p>`` inside ``#chan_newsDetail``; "编辑：E" under it; picture credits "（图片由企业提供）";
  相关新闻 (related) vs 精彩推荐, 24小时热文.
- 云岭精工 (a listed maker's site, 投资者关系 / 新闻中心 / 公司新闻): ``/news/show.aspx?id=1789``;
  the ``h1`` is the company name in the logo, the headline an ``h2.title``; "发布时间：2024-05-08
  作者：品牌部　浏览次数：123" (a day only); 作者 品牌部, 证券部, 董事会办公室 (units), "X", or "品牌部　X";
  "相关公告：" PDF links under the text on two pages of three, a 公司公告 list of PDFs in the left
  column; captions "图为…" and "（摄影：P）" credits; 上一篇/下一篇; 相关新闻 (related).
- 证券日报网 公司 (zqrb.cn): ``/gscy/gongsi/2024-05-08/A1715131234567.html``; ``h1``,
  "2024-05-08 07:05　来源：证券日报　作者：X Y" (minutes); the text opens with a byline paragraph
  "本报记者 X 见习记者 Y", "本报记者 X", "本报记者 X Y" or "见习记者 Y"; one 证券日报网 page has none
  (and an empty 作者); "（编辑 E2）" closes the text on two pages of three, "责任编辑：E" under it;
  "X/摄" credits; a copyright notice; 相关阅读 (related) vs 24小时排行, 热点推荐.

Plus the home page, each source's section front with its own pagination (``/news/?page=2``,
DedeCMS ``/qiye/list_12_2.html`` in GBK, ``/tech/qiye/index_2.html``, ``list.aspx?cid=1&page=2``,
``/gscy/gongsi/2.html``), the company's 公司公告 and 定期报告 PDF lists, an 行业 page, archives
by month, three search pages, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without a site name.
- Authors: the people a byline names as writers: 作者 X (split on spaces and 　), 本报记者 X and
  见习记者 Y, a person after a unit ("品牌部　X" → X). The issuing company of a release, 来源
  (企业供稿, 中华网, 证券日报), units (品牌部, 证券部, 董事会办公室), "佚名", an empty 作者, media contacts
  and photographers are no authors: every 美通社 release has none.
- Correspondents: none on this site.
- Editors: 责任编辑 and 编辑 (the closing "（编辑 E2）" of 证券日报 too).
- Date: the printed first-publication wall time: minutes on 美通社 and 证券日报网, seconds on the
  企业频道 and 中华网, the day on the company site. The dateline's day is not the date.
- Body: paragraphs, subheads ("关于<company>" included: it is part of the release) and
  descriptive captions; the 美通社 dateline stays in the first paragraph as printed. Not body:
  bylines (本报记者 …), info lines, 相关链接, 消息来源, 媒体垂询 blocks, 免责声明 / 声明 lines (even
  inside the text), "（编辑 E）", 责任编辑, picture credits, 相关公告 PDF links, share bars, 上一篇
  / 下一篇, notices and lists.
- Related: the 相关新闻稿 / 相关文章 / 相关新闻 / 相关阅读 lists only (about a third of the pages
  have none); 最新/热门/推荐/排行 lists, 公司公告 and navigation are not related.
"""
