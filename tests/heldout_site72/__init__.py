# ruff: noqa: E501  (the docstring quotes info lines as printed)
"""A seventy-second held-out news site, written without looking at the extractor: the Chinese
science and technology press, five templates of 12 articles each (two or so 2019 pages per
template), all Beijing time (+08:00). The prose carries units, formulas and English terms (16μm,
-269℃, 10⁻⁶, CRISPR-Cas9, 《Nature》, “a significant step forward”): all of it is body.

- 科技日报 / 中国科技网 (``/index/kejixinwen/202405/08/content_123456.shtml``): "headline_中国科技网",
  an info line "2024-05-08 10:32　来源：科技日报" (minutes); the byline a centred line above the
  text ("◎本报记者 X", "◎本报记者 X Y", "◎本报记者 X 通讯员 Y") or a lead in the first paragraph
  ("科技日报北京5月8日电 （记者X）", "（记者X Y）", "科技日报讯 （记者X 通讯员Y）"); captions with
  "本报记者 P摄" / "受访者供图"; "责任编辑：E"; a 版权声明; 相关新闻 (related) vs 热点排行 and the
  day's 版面 links. 2019 pages: GBK (header and meta), tables, "发布时间：2019年05月08日 10:32",
  "本报记者 X" without ◎.
- 中国科学报 paper pages (``/htmlpaper/2024/5/20240508101234567.shtm``): "headline-中国科学报社",
  "作者：X 来源：中国科学报 发布时间：2024/5/8 13:42:12" (seconds; 作者 one person, "X Y", an
  institute, or with a 本报讯（记者X 通讯员Y） lead); 选择字号 links; "编辑：E" closing the text on
  two pages of three; "《中国科学报》 (2024-05-08 第1版 要闻)"; 相关新闻 (related) vs 一周新闻排行 and
  一周新闻评论排行. 2019 pages: GB2312 named in the meta only.
- 科学网 news (``/htmlnews/2024/5/523456.shtm``): "科学网—headline", "作者：X 来源：中国科学报
  发布时间：2024/5/8 10:32:15" (作者 a person, "X Y", an institute, or absent on a 来源：新华社 story),
  【字体：大 中 小】, 版权声明 and 特别声明 lines, "图片来源：受访者" credits, no editor line; 相关新闻
  (related) beside 一周新闻排行, 一周新闻评论排行 and 编辑部推荐博文. 2019 pages in GBK.
- 中国科普网 (``/kpzx/kpsb/202405/t20240508_123456.html``): "headline--中国科普网", "来源：科普时报
  作者：X 发布时间：2024-05-08 10:32" (作者 may read "X 通讯员 Y"), or no 作者 with a first line
  "科普时报记者 X" or "文/X"; "P/摄" credits; "责任编辑：E" (2019 pages: 【责任编辑：E】, tables, the
  day only); 相关阅读 (related) vs 热门文章, 科普视频, 推荐.
- 中科院-style 科学传播 (``/kxcb/kpwz/202405/t20240508_123456.html``): "headline----中国科学院",
  "来源：物理研究所　发布时间：2024-05-08" (the day only); a first line "文/X", "文/X Y" or
  "作者：X（中国科学院物理研究所）"; "图/P" credit lines under captions; "审核：S" and (mostly)
  "责任编辑：E" closing the text; no related list (最新文章, 热门推荐 are not related).

Non-article pages: the home page; section lists with pagination (``/index/kejixinwen/index_1.shtml``,
``/htmlpaper/list_2.shtm``, ``/htmlnews/list_3.shtm``, ``/kpzx/kpsb/index_1.html``,
``/kxcb/kpwz/index_1.html``); the 科学传播 channel page; the 科技日报电子版 calendar and its day
pages; a 专题 (科技活动周); a tag page; a search page; a video list; about and contact.

The ground truth is what a reader of each page would say; it is never derived from newscrawl's
output. Conventions:

- Title: the headline as printed, without the site name of ``<title>`` (科学网— prefix included).
- Authors: reporters and writers (本报记者 X, 记者X of a lead, 作者 X, 科普时报记者 X, 文/X). An
  institute as 作者 names nobody; an affiliation in parentheses is not part of the name; 来源,
  photographers (摄, 图/P, 供图) and 审核 name nobody.
- Correspondents: the 通讯员 named (in a byline line, a lead or the 作者 field).
- Editors: 编辑, 责任编辑 (with or without brackets); 审核 is a sign-off, not an editor.
- Date: the printed wall time at +08:00: minutes on 科技日报 and 中国科普网, seconds on 中国科学报 and
  科学网 (2024/5/8 10:32:15), the day on the 科学传播 pages and the 2019 科普网 pages.
- Body: paragraphs, subheads and descriptive captions (without credits); a lead or dateline stays
  in the first paragraph as printed. Not body: byline lines (◎本报记者…, 科普时报记者 X, 文/X,
  作者：X（…）), info lines, credit lines, editor and 审核 lines, 版权声明/特别声明, the 《中国科学报》
  版次 line, font-size and print links, lists.
- Related: the 相关新闻 / 相关阅读 list only; 热点排行, 一周新闻排行, 热门文章, 推荐, 最新文章 and the
  版面 links are not.
"""
