# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-fifth held-out news site, written without looking at the extractor: a Chinese sports
and entertainment portal, five templates of 12 articles each (two or so 2019 pages per template),
all Beijing time (+08:00):

- 新浪体育-style (``/nba/2024-05-08/doc-inax….shtml``): ``<title>`` "headline|keyword_新浪体育_新浪网",
  ``h1.main-title``, "2024年05月08日 10:32" beside the source link 新浪体育, ``meta
  article:author`` = 新浪体育 (the outlet, nobody); ``#artibody`` paragraphs indented with 　　; a
  新浪体育讯　北京时间5月8日， lead (no author), a 新浪体育讯（记者 X） or （记者 X Z） lead, or a
  "文/X" line atop the text; captions "caption（图片来源：视觉中国）" / "（图/P）"; "责任编辑：E" on
  three pages of four; 相关新闻 (related) vs 热门推荐 feed, 体育排行榜, 热门视频. 2019 pages:
  XHTML, ``h1#artibodyTitle``, GB2312 (HTTP header and meta).
- 腾讯体育-style SPA share page (``/rain/a/20240508A0…00``; 2019: ``/omn/20190508/….html``): the
  story's metadata in ``window.DATA`` (media 腾讯体育, pubtime "2024-05-08 10:32:15") and its
  paragraphs again in ``window.__INITIAL_STATE__`` / ``window.__ARTICLE__``, plus the
  server-rendered copy: ``h1``, media name 腾讯体育 and the time; "文/X" or "文/X Z" line atop the
  text, none, or a 腾讯体育5月8日讯（特约记者 X） lead; no editor; 相关阅读 (related) vs 为你推荐,
  热点精选 / 24小时热文.
- 虎扑-style news page (``/voice/nba/1234567.html``): "来源：ESPN" (the outlet quoted, nobody),
  "作者：X" on some, the time "2024-05-08 10:32:15"; a 虎扑5月8日讯 lead; "(编辑：E)" at the foot
  on most; 这些回帖亮了 / 热门评论 (users' comments, not body); 相关新闻 (related) vs 更多新闻,
  24小时热门新闻, 步行街热帖. 2019 pages in a layout table.
- 直播吧-style news page (``/news/zuqiu/2024-05-08/1234567.htm``): "2024-05-08 10:32:15　来源：X"
  (or "作者：X" before the 来源), 直播吧5月8日讯 leads, 直播吧5月8日讯（记者 X） on two, a closing
  "来源：懂球帝" line inside the text box on source-credited pages, "（编辑：E）" on two pages of
  three; 相关新闻 (related) vs 直播推荐, 热门新闻, 热门视频.
- 娱乐 channel (``/ent/2024/0508/12345.html``): "2024-05-08 10:32 来源：北京青年报 作者：X" (作者 a
  person, the office 娱乐频道, or absent), a "文/X　图/Y" line atop the text, 本报讯（记者 X 通讯员
  Y） leads; every story has a picture, captions "caption（图/P）", "（图片来源：片方供图）" or
  "（P 摄）"; "（责任编辑：E）" or "（责任编辑：E_NB12345）" (a staff code); 相关阅读 (related) vs 猜你喜欢,
  娱乐排行, 精彩图集. 2019 pages print "2019年05月08日 10:32" and are GBK, named in the meta only.

Non-article pages: the home page; section lists (``/nba/``, ``/cba/``, ``/zuqiu/``, ``/ent/`` and
their ``?page=N``); a 文字直播 page (play-by-play table); the 比分/赛程 page; the 图集 index; two team
pages (roster, team news); a 季后赛 专题; a tag page; a search page; a video list; about, contact and
jobs pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed (h1), without the site or channel name of ``<title>``.
- Authors: writers and reporters (文/X, 作者：X, 记者 X / 特约记者 X of a lead). Not authors: the
  outlet (新浪体育, 腾讯体育, 直播吧 — also when named in ``article:author`` or ``media``), 来源
  (ESPN, 懂球帝, 北京青年报: the source of the story, not a person), an office as 作者 (娱乐频道),
  photographers (图/Y, 摄, 图片来源).
- Correspondents: the 通讯员 named.
- Editors: 编辑 / 责任编辑; a staff code glued to the name (E_NB12345) is not part of the name.
- Date: the printed wall time, +08:00: minutes on 新浪 and 娱乐 pages, seconds on 腾讯, 虎扑 and
  直播吧 pages (the 腾讯 copy and its ``window.DATA`` agree).
- Body: paragraphs, subheads and descriptive captions (without their credits); a lead
  (新浪体育讯…, 虎扑5月8日讯, 直播吧5月8日讯…, 本报讯（…）) stays in the first paragraph as printed.
  Not body: "文/X" and "文/X　图/Y" lines, info lines, 来源 lines (also the closing one in the text
  box), editor lines, share bars, comments, "打开腾讯新闻…" prompts and lists.
- Related: the 相关新闻 / 相关阅读 list only; feeds, rankings, hot and video boxes are not.
"""
