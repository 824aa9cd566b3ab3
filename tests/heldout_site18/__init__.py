"""An eighteenth held-out local news site, written without looking at the extractor: five templates
imitating mainland Chinese business and financial news media not imitated before —

* 第一财经 (yicai.com, ``/news/102345678.html``): ``div.title`` with the ``h1``, a ``p.names``
  line "作者：X Y　　责编：Z" and "2024-05-08 18:42:31　来源：第一财经" (新华社 pick-ups: no 作者),
  a 摘要 box above ``div.m-txt``, pictures with "图片来源：视觉中国" lines (some with no caption),
  the 原创 copyright note, keywords, a share bar with 举报, the open-the-APP prompt, 相关阅读
  (cards with a summary), an empty 一财推荐 filled from ``window.__RECOMMEND__``, 24小时热榜, 热门
  and 热门视频 sidebars;
* 观察者网 (guancha.cn, ``/internation/2024_05_08_734567.shtml``): "2024-05-08 09:12:34　来源：
  观察者网　作者：X" info line with the comment count and share links; the story opens with a
  "【文/观察者网 X】" (or "【文/观察者网 X 编辑/Y】", "【观察者网 综合报道】",
  "【文/观察者网专栏作者 X】") paragraph and closes with
  "本文系观察者网独家稿件，未经授权，不得转载。" (a column's longer version); captions carry
  the credit after a space ("… 资料图"); 责任编辑：Y under the story, 标签,
  相关推荐 (the story's related news), 评论 (readers' comments), 热门文章 tabs and 风闻 hot posts;
* 21世纪经济报道 (21jingji.com, ``/article/20240508/herald/abc123.html``): ``div.newsInfo`` with
  "2024-05-08 07:30", 来源 and 责编; the story's first paragraph is the byline "21世纪经济报道记者
  X、Y 上海报道" (or 南方财经全媒体记者 …); "更多内容请下载21财经APP"; 相关新闻; a 金融频道最新
  list, a 专题 sidebar and 热门排行; the article again in ``window.__INITIAL_STATE__``;
* 每日经济新闻 (nbd.com.cn, ``/articles/2024-05-08/3345678.html``): ``div.g-article-top`` with the
  ``h1`` and "每日经济新闻 2024-05-08 14:02:11"; the story's first paragraph is "每经记者 X　Y
  每经编辑 Z" (每经实习记者 …; an AI 快讯 has only "每经编辑 Z" and its text opens "每经AI快讯，");
  picture credit lines (每经记者 X 摄); 免责声明 and 转载 notes, share bar, APP prompt, 相关新闻,
  每经头条 and 热门 lists; a Baidu cambrian JSON-LD (pubDate without offset);
* 南方网 / 南方+ (Founder CMS, GBK served as bare ``text/html``,
  ``/content/2024-05/08/content_12345678.htm``): ``h2#article_title``, "来源：南方+　2024-05-08
  10:25" (南方日报 for the paper's stories), the story opening with "南方+记者 X　通讯员 Y Z" (or
  "南方日报记者 …", "文/南方+记者 X", "南方+记者 X Y"), captions with the photographer's credit
  after a full-width space, "编辑 Y" or "责编：Y" under it, the "【作者】 X 【来源】
  南方报业传媒集团南方+客户端" box, 相关阅读 (related) and 推荐阅读 (the same
  latest-stories feed on every page).

Plus home, each template's listing with two pages, 滚动, video, photo, 排行, a topic page, a 专题,
专栏作者, search, about and contact.

The ground truth (title, authors, correspondents, editors, local date, related links, body text)
is what a reader of each page would say; it is never derived from newscrawl's own output.
Conventions: the title is the headline; authors are the people a byline names as writers (作者,
记者, 每经记者/每经实习记者, 南方+记者, 南方日报记者, 【文/…】); organisations (第一财经, 观察者网
综合报道, 新华社) are no authors; 通讯员 are correspondents; editors are 责编, 责任编辑, 每经编辑,
编辑 (and the 编辑/ inside a 【文/…】 line, the same person as 责任编辑). The date is the page's
printed first-publication wall time with +08:00, to the second (第一财经, 观察者网, 每经) or minute
(21世纪, 南方+). Body: the story's paragraphs, subheads and pictures' descriptive captions; not
the 摘要 box, byline paragraphs (【文/…】, 21世纪经济报道记者 …, 每经记者 …, 南方+记者 …),
picture credits (图片来源：…, 资料图, … 摄), copyright/独家稿件/免责声明 notes, APP prompts,
editor lines or related links. A text's own opening words ("每经AI快讯，") stay in it.
Related news: 相关阅读, 相关推荐 (观察者网), 相关新闻; never 热榜/热门/排行, 每经头条,
一财推荐, 推荐阅读 or 专题 lists.
"""
