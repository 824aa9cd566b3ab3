"""A thirty-fourth held-out news site, written without looking at the extractor: five templates
imitating Chinese sports and entertainment portals, all Beijing time (+08:00), 12 articles each:

- 新浪体育 sports.sina.com.cn: ``/china/j/2024-05-08/doc-inaxxxxx1234567.shtml`` (and
  ``/china/national/…``): ``h1.main-title``, ``.date-source`` with ``span.date`` "2024年05月08日
  19:35" and ``a.source`` (新浪体育, 新华社, 体坛+), og/article:published_time metas (minute) and a
  ``weibo: article:create_at`` meta with seconds, ``#artibody`` between ``原始正文start/end``
  comments, pictures in ``.img_wrapper`` with ``span.img_descr`` "caption（视觉中国）",
  ``p.show_author`` 责任编辑：X (one page has none). Credit forms: none (新浪体育讯 lead only), a
  line "新浪体育记者 X 发自上海", "文/体坛+记者 X", "文/X、Y", and 新华社 copy with the lead
  "新华社上海5月8日电（记者X、Y）" in the first paragraph. 相关阅读 (related) vs 新浪体育热门,
  排行榜, 精彩视频, 热门话题, 直播 (not). Two pages of November 2012 keep the old
  ``#artibodyTitle``/``#pub_date`` "2012年11月07日13:04" layout in GB2312 (declared only by the
  meta), with （编辑：X）, 上一篇/下一篇 and 新浪体育热门新闻排行, and no related block.
- 网易体育 163.com: ``/sports/article/<8 chars>00058780.html``: ``h1.post_title``, ``.post_info``
  "2024-05-08 21:55:34　来源: 网易体育", ``.post_body``, and ``.post_author`` "本文来源：网易体育
  作者：X" (or 作者：X、Y for 新京报 copy, 作者：网易体育综合 — a desk, no author — or no 作者) with
  "责任编辑：王涛_NS1234" (the editor is 王涛: the _NS code is the CMS's, not the name; the icon's
  alt repeats the editor). Match reports carry a score widget above the story (teams, "3 - 1",
  完场, 图文直播/积分榜 links: not body) and, inside ``.post_body``, a score-line paragraph and
  two lineup paragraphs "上海海港首发：1-张三、4-李四…": the lineups are printed as paragraphs
  of the report, so they ARE body. 相关新闻 (related) vs 热门跟贴, 热门推荐, 热点新闻,
  网易体育排行榜, 精彩视频 (not). Three pages of November 2014/2016 keep the old ``#epContentLeft``/
  ``.ep-time-soure``/``#endText`` layout (``/16/1107/19/<code>00051C89.html``) in GBK, with
  ``.ep-source`` 本文来源/作者 and ``.ep-editor``, 上一篇/下一篇, no related block.
- 懂球帝 dongqiudi.com: ``/articles/4123456.html`` Nuxt pages: ``h1.news-title``, ``p.tips-new``
  with the writer's user name (``a.name`` linking to ``/user/N``) or the outlet ``span.name``
  懂球帝 (no author), ``span.time`` "2024-05-08 21:55" (minute; the ``__NUXT__`` JSON has
  seconds), ``.con`` body, on some pages closed by a paragraph "（编辑：handle）" inside ``.con``,
  the 赞 count, an app prompt, 相关阅读 (related) vs 热门评论 (users' comments with 赞 counts:
  not body), 热门新闻, 24小时热榜, 数据 (not). Three 虎扑 voice pages of November 2019
  (``/soccer/2490271.html``): ``h1.headline``, ``#pubtime_baidu`` "2019-11-07 12:16:56"
  (seconds), 来源 a foreign outlet (no author), ``#editor_baidu`` "（编辑：handle）",
  点亮 count, 这些回复亮了, 相关新闻 (related) vs 热门新闻, 步行街热帖, 热门话题 (not).
- 搜狐娱乐 sohu.com: ``/a/777123456_114941``: ``.text-title h1``, ``#news-time`` "2024-05-08
  14:22" (og:release_date likewise), ``article#mp-editor``; the body may open with "文/X 图/Y"
  (X the author; 图/Y is the photographer's credit, no author) or "文/实习生 X 记者 Y" (both
  authors), and close with "来源：新浪娱乐" and "编辑：Z" paragraphs, then 返回搜狐，查看更多 and
  ``p[data-role=editor-name]`` 责任编辑：W (empty on one page: no editor). Photo-heavy:
  pictures with their own caption paragraphs; 组图 stories (title "组图：…") are 6–9 pictures
  with captions and a few paragraphs. The sidebar account card 搜狐娱乐 is the publishing
  account, no author. 相关新闻 (related) vs 大家都在看, 24小时热文, 搜狐娱乐热点 (not). Three
  pages of November 2013 (``/20131108/n389124642.shtml``) keep the old itemprop layout in GBK:
  ``#pubtime_baidu`` "2013年11月08日16:43", 来源 ``#media_span``, ``#author_baidu`` 作者：X (one
  page none), (责任编辑：W), 上一篇/下一篇, 娱乐排行榜, no related block.
- 央视体育 sports.cctv.com: ``/2024/05/08/ARTI<20 chars>240508.shtml``: ``.title_area h1``,
  ``.info1`` "来源：央视网 | 2024年05月08日 21:55" (an inline ``publishDate`` has seconds),
  ``#content_area``, ``.zebian`` "编辑：X　责任编辑：Y" (both editors). Leads: "央视网消息：" (no
  author), "央视网消息（记者 X 通讯员 Y）：", 新华社 "新华社北京5月8日电（记者X）"; 体坛周报 copy
  opens with a line "体坛周报记者 X 特约记者 Y" or "体坛周报特派记者 X 发自巴黎". 相关报道
  (related) vs 上一篇/下一篇, 热点推荐, 排行榜, 精彩视频, 赛事专题 (not). Three 体坛网 pages of
  November 2013 (``/europe/2013-11-08/2162512.html``) in GBK print only the day "2013-11-08",
  open with "体坛周报记者 X 特约记者 Y", close with （责编：Z）, no related block.

Plus the home page, each list with its own pagination (新浪 ``/china/index_2.shtml``, 网易
``sportsgd_02.html``, 懂球帝 ``/news/56?page=2``, 搜狐 ``/c/8/1460?page=2``, 央视
``index_2.shtml``), two 图文直播 rooms (timestamped live entries: no articles), three data pages
(积分榜 twice, 赛程), two 图集 slide shows, a 赛事专题 (2024欧洲杯), a tag page, 懂球帝 user pages,
search, about and contact pages.

Truth conventions. The title is the headline as printed (not the ``_新浪体育_新浪网``,
``|…_网易体育``, ``_懂球帝``, ``_<star>_造型_网友`` or ``_体育频道_央视网(cctv.com)`` of
``<title>``). Authors are the people a byline names as writers: 作者：X (split on 、), 文/X,
文/X、Y, 新浪体育记者 X 发自…, 文/体坛+记者 X, 记者 X in a 电头 or 央视网消息 lead, 体坛周报记者 X,
体坛周报特派记者 X, 实习生 X with a reporter, and a community writer's user name on 懂球帝 (a
handle is the writer's name there). 特约记者 Y (a contracted reporter who writes the story) is an
author, not a correspondent. 通讯员 are correspondents. Editors are 责任编辑, 编辑, 责编 (the
163 ``_NS1234`` suffix dropped; a 虎扑/懂球帝 编辑 handle is an editor). No author: outlets and
desks (新浪体育, 网易体育综合, 懂球帝, 搜狐娱乐, 央视网, 体坛周报, 新华社, 马卡报), photographers
(图/Y, picture credits), commenters, and the editor's icon. The date is the printed
first-publication wall time: minutes on 新浪 (both layouts), 懂球帝, 搜狐 (both) and 央视;
seconds on 网易 (both) and 虎扑; only the day on the old 体坛网 pages. Body: the story's
paragraphs, subheads and descriptive picture captions; a 新浪体育讯/电头/央视网消息 lead opening
the first paragraph stays in it as printed; the 163 score line and lineups are body; byline lines
on their own (文/…, 新浪体育记者…, 体坛周报记者…), 来源：/编辑：/（编辑：…） lines, picture credits
(（视觉中国）, 图/视觉中国, 图片来源：…, 新华社记者 X 摄), score widgets, 赞 counts, comments,
prompts and lists are not body. Standalone 图集 pages (one picture per slide with a caption, no
story) and 图文直播 rooms are not articles; a 组图 story inside an article page is an article.
Related links are the 相关阅读/相关新闻/相关报道 lists only.
"""
