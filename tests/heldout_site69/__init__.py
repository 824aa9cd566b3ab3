# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A sixty-ninth held-out news site, written without looking at the extractor: provincial media
groups' new-media apps served on the web, five templates of 12 articles each (two 2019 pages per
template), all Beijing time (+08:00):

- 封面新闻 (``/detail/N``, UTF-8): "headline-封面新闻", ``h1.article-title``, "封面新闻 2024-05-08
  10:32 阅读 N", a first paragraph "封面新闻记者 X" / "封面新闻记者 X Y" / "封面新闻记者 X 实习生 Y",
  captions with "（封面新闻记者 P 摄）", "编辑 E" under the text; the story again in a
  ``window.__INITIAL_STATE__`` JSON (title, author, editor, pubTime, content as HTML); 相关新闻
  (related, on half the pages) vs 为你推荐 and 24小时热榜. 2019 pages: older markup, no JSON state.
- 川观新闻 (``/cg/news/N``, UTF-8): "headline-川观新闻", "川观新闻 2024-05-08 10:32:15", a first
  paragraph "川观新闻记者 X" / "川观新闻记者 X Y", or a lead "川观新闻讯（记者 X 通讯员 Y）" in the
  first paragraph; "责任编辑：E" or "编辑：E2　责任编辑：E"; 相关新闻 (related) vs 热门排行, 川观号.
  2019 pages are 四川在线's (``/sczx/system/2019/05/05/0N.shtml``, GB2312 in the HTTP header and the
  meta, tables): "2019-05-05 12:33:03　来源：四川在线　作者：X" or a 四川在线讯（记者 X 通讯员 Y） lead.
- 极目新闻 (``/c1716_202405/N.html``, UTF-8): "headline - 极目新闻", "极目新闻 2024-05-08 10:32", a
  first paragraph "极目新闻记者 X 通讯员 Y" / "…通讯员 Y Z" / "极目新闻记者 X Y" / "极目新闻记者 X",
  "编辑 E　审核 S" at the foot, an 打开APP tip; 相关新闻 (related) vs 推荐阅读 and 热榜. 2019 pages
  are 楚天都市报's (GB2312 named in the meta only): "2019-05-08 10:32:15　来源：楚天都市报", a first
  paragraph "楚天都市报记者 X 通讯员 Y", "（编辑：E）".
- 潮新闻 share pages (``/share/news.html?id=N``, UTF-8): "打开潮新闻，阅读体验更佳 / 打开APP" chrome
  around the story, "潮新闻客户端 2024-05-08 10:32", a byline "潮新闻客户端 记者 X 通讯员 Y" /
  "…记者 X" / "…记者 X Y", or "作者：<an office>" and no byline; "编辑：E" on three pages of four;
  the story again in ``window.__INITIAL_STATE__`` (published_at in epoch milliseconds); no related
  list (为你推荐 and 热门 are feeds). 2019 pages are 浙江新闻客户端 share pages, "2019年05月08日
  10:32" (one prints only "2019-05-08"), no JSON state.
- 九派新闻 (``/jp/20240508/N.html``, UTF-8): "headline_九派新闻", "九派新闻 2024-05-08 10:32:15", a
  first paragraph "九派新闻记者 X" / "九派新闻见习记者 X" / "九派新闻记者 X Y", or 来源 "九派新闻综合"
  and no byline; the text closes with "【来源：九派新闻】", then "编辑 E" (absent on some) and a
  转载 declaration; 相关阅读 (related) vs 推荐, 热点 and 九派调查. 2019 pages: older markup.

Non-article pages: the home page; each app's channel list with its own pagination
(``/channel/tf/`` … ``/channel/tf/3/``, ``/cg/list/1.html`` …, ``/c1716/index.html`` …
``index_1.html``, ``/share/channel.html?page=2``, ``/jp/list/2/``); the 往期 archive and its day
pages; a 专题 page; a tag page; a search page; a video list; about and contact pages.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the app's name of ``<title>``.
- Authors: the reporters named (记者 X, 见习记者 X, two names after one 记者) and a 实习生 (an
  intern writes the story with the reporter); offices (作者：浙江省发展改革委), 来源, "九派新闻综合"
  and photographers (摄) name nobody.
- Correspondents: the 通讯员 named.
- Editors: 编辑, 责任编辑; 审核 is a sign-off and names no editor.
- Date: the printed wall time, +08:00: minutes on 封面, 极目 and 潮新闻 pages, seconds on 川观
  (and 四川在线), 九派 and the 2019 楚天都市报 pages; the one 2019 潮 page that prints a day is
  right on that day. The JSON state's copy is the same story and changes nothing.
- Body: paragraphs, subheads and descriptive captions (without the 摄 / 提供 / 视觉中国 credits);
  a 川观新闻讯 / 四川在线讯 lead stays in the first paragraph as printed. Not body: byline
  paragraphs ("封面新闻记者 X" and the like, even inside the text's container), the closing
  "【来源：九派新闻】", info lines, editor lines, 打开APP prompts, share bars and lists.
- Related: the 相关新闻 / 相关阅读 list only; 为你推荐, 推荐阅读, 热榜, 热门排行 and the like are not.
"""
