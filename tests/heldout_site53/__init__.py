# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A fifty-third held-out news site, written without looking at the extractor: five templates
imitating Chinese reprint and aggregator news sites, where most stories are copied from other
outlets, all Beijing time (+08:00), 12 articles each:

- a 东方网/中华网-style portal channel (``/c/20240508/u1a01712345.html``): ``h1``, a
  ``div.time`` line "2024-05-08 10:21:33 来源：新京报 作者：X" (seconds); 作者 "X", "记者 X",
  "X　Y", the outlet again ("作者：新京报"), or no 作者 at all; some stories open
  "新京报讯（记者 X 通讯员 Y）" in their first paragraph. "原标题：…" as the first ``<p>`` of
  ``#zw`` on two pages of three (the same as the headline on some). "责任编辑：E" and
  【免责声明】 under the text; photo credits "新京报记者 P 摄" / "图片来源：视觉中国"; 相关新闻
  (related) vs 热点排行, 图片新闻, 猜你喜欢.
- a 搜狐城市-style local channel (``/a/781234567_121106842``, two 2019 pages): ``span#news-time``
  "2024-05-08 10:21" (minutes, ``data-val`` in ms), the account as 来源; ``article#mp-editor``
  opens with "原标题：…", then sometimes a byline paragraph ("大河报记者 X", "记者 X 通讯员 Y
  文/图") or a "大河报讯（记者 X Y）" lead; it closes with "本文来源：大河报[　作者：X]", an
  "编辑：E" line on half the pages, "返回搜狐，查看更多" and "责任编辑：E"; 平台声明; 为您推荐 and
  24小时热文 only (no related block).
- a small SEO news site on a PHP CMS (``/news/12345.html``, two 2019 pages): "时间：2024年05月08日
  10:21　来源：网络　作者：admin　阅读：N次" (minutes); 作者 admin, 小编, "记者 X", "X", "X、Y";
  keyword tag links inside the text, "转载请注明出处：民生资讯网" and "本文链接：URL" closing the
  content div, 标签, share bar, 上一篇/下一篇, 相关阅读 (related) vs 猜你喜欢, 热门文章, tag cloud.
- a 今日头条-style account's reprints (``/article/7366…/``): ``div.article-meta`` "2024-05-08
  10:21 · 豫闻天下 · 河南" (the account is the reprinter, no author), the text in
  ``article.syl-article-base`` with ``pgc-img`` pictures; credits at the end: "文章来源：X 记者：Y
  通讯员：Z", "文章来源：X 记者：Y 编辑：E", "来源：X" / "记者：Y" / "编辑：E" lines, "记者：Y、W",
  the 来源 alone, or nothing; a "声明：本文转自网络…" line on a third; ``_SSR_HYDRATED_DATA``;
  相关推荐 (an algorithmic feed) and 头条热榜: no related block.
- the portal's 2019 pages in GB2312/GBK (``/eastday/13news/auto/news/china/20190508/u7ai8512345.html``):
  table layout, uppercase tags, "2019-5-8 10:21:33　来源：新民晚报　作者：X　选稿：E" (seconds),
  paragraphs indented with full-width spaces, "原标题：…" first on a third, "新民晚报讯（记者 X）"
  leads, 【免责声明】, 【打印】【关闭】, 相关新闻 (related) vs 新闻排行.

Plus the home page, each template's section front with its pagination, the SEO site's tag pages,
tag index, search pages and special topic, a 东方网 专题 page, about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the reprint's headline as printed (never the 原标题), without a site name.
- Authors: the original story's reporters/writers (作者 X, 记者 X, 讯（记者 X）, byline paragraphs,
  头条 记者：X). The reprinting site or account, 来源 outlets (also when repeated under 作者),
  admin, 小编 and photographers are no authors; some reprints name none.
- Correspondents: 通讯员.
- Editors: 责任编辑, 编辑, 选稿.
- Date: the printed publication time, Beijing time: seconds on the portal pages (2024 and 2019),
  minutes on the local channel, the SEO site and 头条.
- Body: paragraphs, subheads and descriptive captions; a "X讯（记者 …）" lead stays in its first
  paragraph as printed. Not body: 原标题 lines, byline paragraphs, 本文来源 / 文章来源 / 记者 /
  编辑 credit lines, 本文链接, 转载请注明出处, 声明 / 免责声明, 返回搜狐, picture credits, share bars.
- Related: 相关新闻 (portal, 2019 portal) and 相关阅读 (SEO site) only; 猜你喜欢, 为您推荐,
  相关推荐 feeds, hot lists, 上一篇/下一篇 and navigation are not related.
"""
