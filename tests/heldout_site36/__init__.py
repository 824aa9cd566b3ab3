# ruff: noqa: E501  (the docstring quotes credit lines with full-width spaces as printed)
"""A thirty-sixth held-out news site, written without looking at the extractor: five templates
imitating Chinese prefecture-city and county news portals, all Beijing time (+08:00), 12 articles
each:

- 宁川新闻网 (a city newspaper group's 新闻网 on 方正翔宇): ``/content/2024-05/08/
  content_4123456.htm``, ``<!--enpproperty-->`` (date with seconds, the 作者 field),
  ``<!--enpcontent-->``, ``h1.art_title``, the info line "2024-05-08 07:35:12 来源：宁川日报
  作者：X" (作者 "X　Y", "X Y", "记者 X 通讯员 Y Z", a department "市生态环境局", or none on
  新华社 copy); byline paragraphs opening the story ("宁川日报全媒体记者　X　见习记者　Y",
  "文/图　宁川日报全媒体记者　X", "□ 全媒体记者　X　通讯员　Y", "宁川日报全媒体记者　X　通讯员　Y　Z");
  leads "本报讯（记者 X 通讯员 Y）", "本报讯（全媒体记者 X）" and "新华社北京5月7日电（记者X、Y）"
  inside the first paragraph; the credit line "编辑：E　审核：R" / "责任编辑：E" / "责编：E　终审：R" /
  "编辑：E　终审：R" / "审核：R" alone; 上一篇/下一篇, 相关新闻 (related) vs 热点新闻, 图片新闻,
  本周排行 (not). Two long stories are split over 2 and 3 pages (``content_N_2.htm``, the 方正
  ``#displaypagenum`` pager 上一页 1 2 3 下一页 under the text; every page repeats the headline
  and info line, the byline paragraph is on page 1, the credit line on the last page). Two pages
  of November 2019/2020 keep the old table layout with ``<founder-title>``/``<founder-content>``,
  "2019-11-08 07:35" (minutes), served in GB2312 (declared by the meta only), no related block.
- 清河融媒 (a county 融媒体中心 on a 索贝/大洋 platform): ``/folder2/folder9/2024-05-08/
  <16 chars>.html``; the headline in ``.article_title h2``; "来源：清河融媒　发布时间：2024-05-08
  18:05" (minutes); a ``contentData`` script and PubDate/ContentSource metas; credits under the
  story one to a line: 记者：X / 融媒体记者：X　Y / 通讯员：Y / 文/图：X / 记者：X　摄影：P /
  融媒体记者：X　见习记者：Z / 记者：X　实习生：Z / 编辑：E / 责编：E / 审核：R / 终审：R / 二审：R /
  三审：S / 监制：S; one story opens with "清河融媒记者 X 通讯员 Y Z"; 来源 新华社 (电头 lead with the
  记者), a hospital (only a 通讯员), 清河县融媒体中心 (nobody); 相关阅读 (related) vs 推荐阅读 (a
  site-wide pick list), 热门排行, 视频清河 (not).
- 澄州新闻网 (a city portal on 帝国CMS, GB2312, the header names no charset): ``/news/bendi/
  2024-05-08/18123.html``; ``.newstitle h1``, "发布时间：2024-05-08 09:12:33　来源：澄州日报
  作者：X　浏览次数：<script>　【字体：大 中 小】"; 作者 X / "X Y" / "X、Y" / "记者 X 通讯员 Y" /
  "新华社记者 X" / "本网记者 X" / "文/X 图/P" / 佚名 / a unit (市公安局交警支队); （责任编辑：E） or
  （编辑：E）; 【打印】【关闭】, 上一篇/下一篇, a comment form; 相关新闻 (related) vs 热点新闻, 图片新闻,
  最新更新 (not). Two long stories split over 2 and 3 pages (``18123_2.html``, 帝国's pager
  "2/3 首页 上一页 1 2 3 下一页 尾页"). Two pages of November 2017 on the old 帝国 6 skin print
  "日期：2017-11-08" (a day only), no related block.
- 梅溪在线 (a local WordPress site, Begin-like theme): ``/archives/20431``; ``h1.entry-title``,
  the date "2024年5月8日" (a day only; ``article:published_time`` and the Yoast JSON-LD carry the
  full time), the post author account 梅溪小编 (also the JSON-LD author); bylines as a grey
  first paragraph: "文丨X　图丨P", "文/图丨X", "文丨X Y", "文、图/X", "记者 X 通讯员 Y",
  "梅溪融媒记者 X", "通讯员 Y Z", "来源：澄州日报　作者：X　Y", "来源：梅溪发布" (nobody); a
  right-aligned last paragraph "编辑丨E" / "责编：E" / "编辑：E　审核：R"; 相关文章 (related) vs
  推荐阅读 (site-wide picks), 热门文章, 最新文章, tags, 上一篇/下一篇 (not). Three 2023 posts on the
  old theme print "发布于 2023-11-08 09:12" (minutes).
- 掌上宁川 (the newspaper app's H5 share pages): ``/m/news/512345.html``; an app banner, the
  story in a folded div under a 打开APP阅读全文 mask (the whole story is in the HTML), a
  ``__NEWS_DATA__`` script (pubTime in ms); "宁川日报　2024-05-08 09:12" (minutes); a first
  ``p.author`` line: "宁川日报全媒体记者　X", "记者 X 通讯员 Y", "见习记者 X 记者 Y", "全媒体记者 X Y",
  "文/图 全媒体记者 X", "全媒体记者 X　摄影 P", "通讯员 Y", "作者：X" (人民日报客户端 copy); 新华社
  copy with the 电头 lead; 宁川发布 copy naming nobody; "责任编辑：E" / "编辑：E　审核：R" / "责编：E" /
  "责任编辑：E　终审：R"; 延伸阅读 (related) vs 热点新闻, 本周排行 (not).

Plus the home page, each CMS's list with its own pagination (方正 ``node_12_2.htm``, 索贝
``index_1.html``, 帝国 ``index_2.html`` in GB2312, WordPress ``/category/bendi/page/2``, the H5
list's 加载更多 ``?cid=3&page=2``), section fronts, WordPress tag and author archives, a 专题
page, three search pages, the H5 front, the app download page, about and contact pages.

Truth conventions. The title is the headline (not the ``_宁川新闻网`` / ``-清河融媒`` / ``(第2页)``
of ``<title>``). Authors are the people a byline names as writers: 作者 X (split on spaces, 　 and
、, the 记者/新华社记者/本网记者 prefixes dropped), 记者 X, 融媒体记者/全媒体记者/见习记者 X,
实习生 X writing with a reporter, 文/X, 文丨X, 文/图 X, 文、图/X, the 记者 of a 电头 or 本报讯
lead, 作者：X on copy from another outlet. Photographers credited only for pictures (摄影 P,
图丨P, 图/P, "P 摄") are no authors. 通讯员 are correspondents (and only they, on a page with no
reporter). Units, departments, desks, agencies and outlets (市生态环境局, 市公安局交警支队,
来源：宁川日报/新华社/梅溪发布), 佚名, and the WordPress account 梅溪小编 are no authors. Editors are
编辑, 责任编辑 and 责编 only; 审核, 终审, 二审, 三审 and 监制 are sign-off credits, not editors. The
date is the printed first-publication wall time: seconds on 宁川新闻网 and 澄州新闻网, minutes on
清河融媒, 掌上宁川, the old 宁川新闻网 pages and the old WordPress theme, the day on the
current WordPress theme and the old 帝国 pages. A multi-page story is one article at its first
page's URL whose body is all its pages' text in order; its continuation pages are no articles.
Body: paragraphs, subheads and descriptive picture captions; a 电头 or 本报讯 lead opening the
first paragraph stays in it as printed; byline lines on their own, credit/editor lines, picture
credits (全媒体记者 X 摄, （融媒体记者 X 摄）, 摄影丨P, 图片来源：网络, （资料图）), pagers, prompts,
statements and lists are not body text. Related links are the 相关新闻/相关阅读/相关文章/延伸阅读
lists only; about a third of the pages have none.
"""
