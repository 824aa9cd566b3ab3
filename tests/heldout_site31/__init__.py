# ruff: noqa: E501  (the docstring quotes CJK credit lines whole)
"""A thirty-first held-out news site, written without looking at the extractor: five templates
imitating Chinese national broadcasters and central sites, all Beijing time (+08:00), 12 articles
each:

- 央视网 news.cctv.com (``/2024/05/08/ARTI<18 letters and digits>240508.shtml``): the CMS metas
  (contentid ARTI…, publishdate as a day, source, and ``author`` naming the page's *editor*), an
  inline script with ``itemid1``/``commentTitle``/``pubDate`` (seconds; the page prints minutes),
  ``.title_area h1`` and ``.info1`` "来源：央视网 | 2024年05月08日 19:32"; the ``.zebian`` line
  "编辑：X　责任编辑：Y" (one page prints only 责任编辑). Credit forms: a lead inside the first
  paragraph ("央视网消息（新闻联播）：", "央视网消息（总台记者 X）：", 新华社…电（记者X、Y）), a byline
  paragraph above the story "总台央视记者 X Y", a closing paragraph "（央视记者 X Y）",
  "（记者 X Y）" (two names separated by a space) or "（总台记者 X）". Two video-player pages
  (createVodPlayer, 来源：央视新闻客户端) carry the story as a two-paragraph summary. Three November
  2019 pages keep the old ``cnt_bd`` layout with ``<!--repaste.body.begin-->`` and "来源：央视网
  2019年11月14日 19:11". Pictures: caption paragraph, then a credit paragraph （图片来源：视觉中国）,
  央视网记者 X 摄 or 图片来源：央视新闻客户端. 相关新闻 (related) vs 精彩推荐, 热点推荐, 最新资讯,
  更多视频 (not).
- 央广网 china.cnr.cn in GBK (``/news/20240508/t20240508_526698123.shtml``, also ``/gdgg/`` and
  ``/ygxw/``; header ``charset=GBK`` and a ``charset=gbk`` meta): ``.article-header h1``, ``.source``
  "2024-05-08 07:12:35 来源：央广网" (seconds); the 电头 lead inside the first paragraph
  "央广网北京5月8日消息（记者X）", "（记者X 通讯员Y）", "（记者X Y）" (two reporters), "（总台中国
  之声记者X）据中国之声《新闻纵横》报道，", "央广网北京5月8日消息 据中央广播电视总台中国之声《新闻和
  报纸摘要》报道，" (nobody), 新华网 copy "新华社北京5月7日电（记者X）"; ``.editor`` 编辑：X (absent on
  one page); picture captions with the credit after a ``<br />`` （央广网记者 X 摄）/（央广网发 X供图）.
  Three November 2019 pages are table pages in GB2312 named only by the meta (the header says
  ``text/html``), the headline in ``p.f24``, "2019-11-16 13:07" (minutes) and 责任编辑：X. 相关阅读
  (related) vs 最新资讯, 排行榜, 热点推荐 (not).
- 国际在线 news.cri.cn (``/20240508/<uuid>.html``): ``#atitle``, ``#asource`` 来源：国际在线 (or
  华语环球广播), ``#acreatedtime`` "2024-05-08 10:21:33", ``#abody``; leads "国际在线报道（记者 X）：",
  "（记者 X、Y）：", "国际在线消息（总台驻东京记者 X）：", "（记者 X 实习生 Y）：", agency copy
  "国际在线专稿：据法新社5月7日报道，" and "据中央广播电视总台华语环球广播报道，" (nobody); one page
  opens with a credit paragraph "文/X　图/Y"; ``#aeditor`` "编辑：X　责编：Y", on some pages followed by
  "审核：Z" and/or "监制：W". 相关链接 (related) vs 精彩推荐, 排行榜, 热门话题 (not).
- 中国军网 81.cn (``/yw_208727/16306123.html``, ``/jwywpd/jsjx_208733/N.html``): ``.info`` spans
  "来源：解放军报 作者：X　Y 责任编辑：Z 2024-05-08 06:45" (minutes); the story may open with a
  "■" line: "■本报记者 X 通讯员 Y", "■本报记者 X 通讯员 Y Z", "■X Y", "■解放军报记者 X 特约记者 Y";
  the 作者 span lists every name of that line (correspondents too), one name, a unit (火箭军某旅政治
  工作部), 本报评论员, or nothing; 新华社 copy with the lead "新华社北京5月9日电　记者X　". Picture
  captions end with the credit on the same line ("…（5月1日摄）。　X 摄", "X Y 摄", 图片来源：视觉中国).
  Three November 2019 pages (``/jwzl/2019-11/13/content_N.htm``) have ``h2#title``, "发布：2019-11-13
  09:38", 作者：X、Y or an empty 作者. 相关新闻 / (2019) 相关链接 (related) vs 热点推荐, 最新资讯, 图片
  新闻, 上一篇/下一篇 (not).
- 求是网 qstheory.cn (``/dukan/qs/2024-05/02/c_1130130834.htm`` and ``/20240504/<hex>/c.html``)
  and 党建网 dangjian.cn (``/shouye/sixianglilun/lilunqiangdang/202405/t20240509_N.shtml``): long
  theory essays with numbered subheads, dates printed as a day only ("2024-05-02"); 求是网's
  ``.headtitle`` "来源：《求是》2024/09　作者：X　2024-05-02", 作者 being one name, two ("X　Y"), a name
  with its title in brackets "X（中共中央党校（国家行政学院）教授）", a party body (中共浙江省委) or
  本刊评论员; essays close with a title line "（作者系…教授）" / "（作者分别系…、…）"; 责任编辑：X
  (absent on one). 党建网: "作者：X　　来源：光明日报　　2024-05-09", a closing "（作者单位：…）",
  【责任编辑：X】, one page by a 课题组. No related blocks: 最新文章, 热门文章, 理论强党, 图说党建,
  上一篇/下一篇 are site-wide.

Plus the home page, each CMS's list with its own pagination (央视网 ``index_2.shtml``, 央广网 TRS
``index_1.html`` with createPageHTML, 国际在线 ``?page=2``, 中国军网 ``index_2.html``, 求是网
``index_1.htm``), six section pages, a 专题 page, a tag page, the theory site's 专家库 with one
page per essay author, a search page, about and contact pages.

Truth conventions. The title is the headline (not the ``_新闻频道_央视网(cctv.com)`` of
``<title>``). Authors are the people the byline names as writers: 作者：X (split on spaces, fullwidth
spaces and 、), 总台记者 X, 央视记者 X Y, 总台央视记者 X Y, 记者 X Y (each name of several), 总台驻东京
记者 X, 总台中国之声记者X, 本报记者 X, 解放军报记者 X, 特约记者 Y, 本报特约记者 X, the 记者 of a 电头
(央广网…消息（记者X）, 新华社…电（记者X）, 国际在线报道（记者 X）), 文/X; interns (实习生) writing with a
reporter are authors. Where a line gives roles (■本报记者 X 通讯员 Y) the roles decide, though the
作者 span lists both: 通讯员 are correspondents. A name's title in brackets is no part of it. A
photographer (图/Y, X 摄, 供图) is no author; nor is a unit or body in the 作者 slot (火箭军某旅政治
工作部, 中共浙江省委, 中共北京市委党校课题组), 本刊评论员/本报评论员, a source outlet (来源：央视新闻客户端,
新华社, 解放军报, 《求是》2024/09) or a desk (中国之声《新闻和报纸摘要》, 华语环球广播). Editors are
编辑, 责任编辑 and 责编 (each named one); 审核 (the sign-off reviewer) and 监制 (the producer) are
approval credits, not editors, and are left out. ``<meta name="author">`` on 央视网 names the editor
and is no author. The date is the printed first-publication wall time: minutes on 央视网 (also on
video pages and 2019 pages; the script's pubDate has the same minute) and 中国军网, seconds on
央广网 (minutes on its 2019 pages) and 国际在线, a day on the theory pages. Body: the story's
paragraphs, subheads and descriptive picture captions; a 电头 or 消息 lead opening the first
paragraph stays in it as printed; byline paragraphs standing alone (总台央视记者 X Y, （央视记者
X Y）, （总台记者 X）, ■ lines, 文/X　图/Y), the 作者系/作者单位 title lines, editor lines, picture
credits, the video player, share bars, app prompts, copyright notes and lists are not body.
Related links are the 相关新闻/相关阅读/相关链接 lists only; 2019 pages link 2019 pages only.
"""
