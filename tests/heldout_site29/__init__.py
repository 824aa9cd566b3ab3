"""A twenty-ninth held-out news site, written without looking at the extractor: five Chinese
newspapers' e-paper (数字报/电子版) editions, all Beijing time (+08:00), 12 articles each, in
editions of 6-8 May 2024 (and 6-8 November 2019 for the old pages):

- 浙江日报 数字报 on 方正 Founder's newspaper system: ``/html/2024-05/08/content_3_3741234.htm``,
  版面 pages ``/html/2024-05/08/node_3.htm``; table layout, the ``<!--enpproperty …-->`` block
  (articleid, date, author as printed, title, subtitle, introtitle, nodename), the title group
  ``<founder-introtitle>`` (引题) / ``<founder-title>`` (主题) / ``<founder-subtitle>`` (副题),
  ``<founder-author>`` for the byline line, ``<founder-content>`` in ``#ozoom``; the header date
  "2024年05月08日 星期三", the 版面 bar "第02版：要闻　本版编辑：X　美编：Y" (on most pages),
  the page picture with its ``<map name="PagePicMap">`` hot areas, 版面导航, 本版标题,
  上一篇/下一篇, 上一版/下一版/返回版面, 往期回顾 and 当日头版; 相关新闻 on some stories. Bylines:
  "本报记者　X　通讯员　Y", "本报记者　X　Y", "本报记者　X　通讯员　Y　Z", "本报记者　X　实习生　Z",
  "本报评论员", a "■本报记者　X" line opening the content, leads "本报讯（记者　X　通讯员　Y）"
  and "新华社北京5月7日电（记者　X　Y）" inside the first paragraph, stories with no credit.
  Picture captions end with "本报记者　X　摄" / "通讯员　X　供图" in the same cell.
- 人民日报 图文数据库 e-paper: ``/rmrb/html/2024-05/08/nw.D110000renmrb_20240508_1-01.htm``
  (story 1 of 第01版), 版面 ``nbs.D110000renmrb_01.htm``; ``<h3>`` 引题, ``<h1>`` 主题, ``<h2>``
  副题 (often empty), ``<p class="sec">`` byline, the date box "《 人民日报 》（ 2024年05月08日
  第 01 版）", ``<!--enpcontent-->`` body, 本版新闻列表 (titles written by ``document.write``),
  版面 swiper, hot areas; 相关报道 on some stories. Bylines "本报记者　X", "本报记者　X　Y",
  "本报记者　X　通讯员　Y", "本报评论员", a bare name "X" on 理论 pages whose last paragraph
  is "（作者为…教授）", leads "本报北京5月7日电　（记者X）" and "新华社北京5月7日电　（记者X）".
  Captions carry "本报记者　X摄", "新华社记者　X摄", "X摄（人民视觉）" after a ``<br>``. Three
  pages of November 2019 keep the old ``text_c`` layout (``<h4>`` byline, "人民日报　2019年11月
  08日　01 版)", ``<founder-content>``, ``<title>人民日报</title>``), 本版其他文章 and 相关报道.
- 新民晚报 数字报: ``/xmwb/html/2024-05-08/5/221345.html``, 版面 ``/xmwb/html/2024-05-08/5.html``;
  GB2312 (declared by the meta only), table layout with font01/font02/font03 cells, header
  "2024年5月8日 星期三" (unpadded), "A5版：上海新闻"; some pages print "出版日期：2024-05-08",
  a third print "【发布时间：2024-05-08 15:30】" (minutes); bylines "■本报记者　X",
  "■首席记者　X" and "文/X　图/Y" as the content's first line, "本报记者　X　实习生　Z",
  "本报记者　X　Y", "本报记者　X　通讯员　Y", "特约通讯员　Y" (a correspondent alone), leads
  "本报讯（记者　X）" and "据新华社电　" (agency copy, nobody named); "本版编辑/X　视觉设计/Y"
  closing most stories; 相关报道 (related) vs 本版其他新闻, 图片新闻, the hot-area map (not).
- 慈溪日报 数字报 on an old ASP system: ``/epaper/ShowArticle.asp?ArticleID=168345``, 版面
  ``/epaper/ShowPage.asp?PageID=N``, 往期 ``/epaper/History.asp``; GBK (header and meta); the
  info line "作者：记者　X　通讯员　Y　　来源：慈溪日报　　点击数：<script>　　更新时间：2024-5-8
  9:35:12" (ASP's Now(): seconds), the 作者 field holding the whole credit ("记者　X",
  "记者　X　Y", "通讯员　Y　Z", "X", "佚名"), one lead "本报讯（记者　X　通讯员　Y）";
  "责任编辑：X　　文章录入：Y" under most stories; 上一篇文章/下一篇文章, 相关文章 (related;
  "没有相关文章" when empty) vs 热门文章, 推荐文章, 版面导航 (not); the comment box. Three pages of
  November 2019 on the older 动易 layout in GB2312: "【作者：X　来源：本站原创　更新时间：
  2019-11-8 10:12:33　责任编辑：Y　文章录入：admin】".
- 新华每日电讯 (mrdx): ``/content/20240508/Articel05003BB.htm`` (sic), 版面
  ``/content/20240508/Page05BB.htm``; ``div.title`` h3/h1/h2, ``div.author``, the info line
  "新华每日电讯　2024年05月08日　第05版", share bar, 上一篇/下一篇 with titles, 相关新闻 (related)
  vs 本版新闻, 往期精彩, 版面导航 (not). Bylines "新华社记者　X　Y", "新华社记者　X",
  "本报记者　X", "新华每日电讯记者　X　实习记者　Z", "作者：X" (草地周刊), "新华社评论员",
  the lead "新华社北京5月7日电（记者X）", none. Captions end "新华社记者　X　摄" /
  "新华社发（X摄）".

Plus the home page (a 数字报刊 portal over the five papers), every paper's 版面 pages (page
picture with hot areas, 本版标题, 版面导航, 上一版/下一版), its 往期回顾 calendar (May 2024, and
November 2019 for 人民日报 and 慈溪日报), a 专题 page, a 记者 page, four search pages, about and
contact pages. None of these is an article.

Truth conventions. The title is the 主题 (not the 引题 above it, not the 副题 below it, not the
``<title>``'s "新民晚报数字报-" prefix or "--人民日报" suffix). Authors are the people a credit
names as writers: 本报记者, 记者, 首席记者, 新华社记者, 新华每日电讯记者, 文/ (the writer of a
"文/X　图/Y" credit, the photographer Y is no author), 作者：X, a bare name on a 理论 page, the
记者 of a 本报讯/本报…电/新华社…电 lead; interns (实习生, 实习记者) writing with a reporter are
authors. 通讯员 and 特约通讯员 are correspondents (a story credited to 通讯员 only has no author).
"本报评论员", "新华社评论员", "佚名", "据新华社电" and stories with no credit name nobody; units,
desks and agencies (新华社, 慈溪日报, 本站原创) are no authors. Editors are the 责任编辑 (慈溪日报),
the "本版编辑/X" closing a 新民晚报 story and the "本版编辑：X" of the 浙江日报 版面 bar printed on
the story's page (the page editor edits every story on it); 美编, 视觉设计 and 文章录入 are not
editors; 人民日报 and 新华每日电讯 pages name no editor. The date is the edition's day
(precision "day") from the header, the date box or the URL, except the 新民晚报 pages that print
"发布时间" (minutes) and every 慈溪日报 page, whose 更新时间 is printed to the second. Body: the
story's paragraphs, subheads and picture captions (credits such as "本报记者　X　摄" apart); a
lead opening the first paragraph stays in it as printed, as does the "（作者为…）" closing a 理论
piece; byline lines (also the "■本报记者" / "文/X　图/Y" first line of the content), editor lines,
版面 lists, hot areas, 上一篇/下一篇 and related lists are not body text. Related links are the
相关新闻 / 相关报道 / 相关文章 lists only, each to stories of the same paper and era; 本版标题,
本版新闻列表, 本版其他文章/新闻, 本版新闻, 图片新闻, 热门文章, 推荐文章, 往期精彩, the hot areas,
版面导航 and 上一篇/下一篇 are not related.
"""
