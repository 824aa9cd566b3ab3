# ruff: noqa: E501  (the docstring quotes byline lines as printed)
"""A forty-first held-out news site, written without looking at the extractor: five templates
imitating the news portals of China's minority regions and their minority-language mirrors, all
Beijing time (+08:00), 12 articles each:

- 天山网 (ts.cn, TRS): ``/xwzx/szxw/202405/t20240508_21012345.shtml`` (sections szxw 时政新闻,
  jjxw 经济新闻, dzxw 地州新闻); the TRS metas (ArticleTitle, PubDate to the minute,
  ContentSource), a language bar linking the Uyghur mirror (ئۇيغۇرچە), Kazakh and English,
  ``.detail-title h1``, the info line "2024-05-08 10:32　来源：天山网-新疆日报" with "编辑：E"
  on some pages and a closing "（责任编辑：E）" on the others; byline paragraphs opening the story
  ("天山网-新疆日报记者 X 通讯员 Y 报道", "天山网-新疆日报记者 X Y 报道", "石榴云/新疆日报记者 X
  实习生 Z", "文/图 天山网-新疆日报记者 X", "通讯员 Y Z", "…记者 X 通讯员 Y Z 报道"), or a lead in
  the first paragraph ("天山网讯（记者X 通讯员Y报道）", "新华社乌鲁木齐5月7日电（记者X、Y）"); many
  names are Uyghur or Kazakh names in Chinese with a middle dot (阿依努尔·买买提); captions
  "text（天山网-新疆日报记者 P 摄）" / "text（资料图）"; 相关新闻 (related) vs 热点排行, 图片新闻,
  天山网评 (not); a ``shareInfo`` script. Two 2019 pages at ``/system/2019/05/08/0356NNNNN.shtml``
  keep the old table layout: no ``<h1>`` (``span#title``), "2019-05-08 10:32:15　来源：天山网
  作者：X　编辑：E" (作者 "X" or "记者 X 通讯员 Y"), 新闻排行 (not related). Two pages are the
  Uyghur mirror's (``/uy/xinjiang/…``, ``dir="rtl"``, Arabic-script Uyghur): "مەنبە: تەڭرىتاغ
  تورى" and "ۋاقتى: 2024-05-08 10:32" in the info line, the reporter either in a first paragraph
  "تەڭرىتاغ تورى مۇخبىرى X" or in the info line "مۇخبىر: X، Y", "مەسئۇل مۇھەررىر: E" (the
  responsible editor) closing the story, captions "text (سۈرەتنى P تارتقان)" (photo taken by P),
  "مۇناسىۋەتلىك خەۋەرلەر" (related) vs "ئەڭ كۆپ كۆرۈلگەنلەر" (most viewed, not).
- 中国西藏网 (tibet.cn, TRS): ``/cn/news/yc/202405/t20240508_7612345.html`` (原创, 资讯 and
  文化); a language bar (བོད་ཡིག / 藏文, English), ``h1.title``, the info line "来源：X　作者：Y
  2024-05-08 10:32:15　字号"; the 作者 field as typed: "X", "中国西藏网 记者/X", "中国西藏网
  记者/X Y", "X、Y" (来源：西藏日报), "文/X 图/P", "文/图 X", "中国西藏网通讯员 Y", "人民网" (来源：
  人民网-西藏频道), or empty; 新华网 copy with "新华社拉萨5月7日电（记者X）" opening the first
  paragraph; "[责任编辑：E]" under every story; Tibetan names (次仁罗布, 格桑卓嘎, 央金); captions
  "text　中国西藏网 记者 P 摄" / "text　P 摄"; 相关新闻 (related) vs 精彩推荐, 热点排行, 图片新闻
  (not). Two 2019 pages on the same layout.
- 哈日淖尔旗之窗 (a 内蒙古 旗 government portal on ASP): ``/news/show.asp?classid=3&id=15234``
  (3 旗县动态, 5 苏木镇动态, 7 部门动态), served in GBK: the 2024 pages declare gb2312 in a meta
  only (the header names no charset; one reporter's name, 王喆, is outside GB2312), the 2019
  pages name GBK in the header only; ``<title>标题--哈日淖尔旗之窗</title>``, tables, the
  headline in ``td.title`` (no ``<h1>``), "来源：哈日淖尔旗融媒体中心　作者：X　发布时间：2024-5-8
  9:05:03　浏览次数：N" (ASP's unpadded ``Now()``; the 2019 pages print ``Date()`` alone:
  "2019-5-8"); 作者 "X", "X　Y", "记者 X 通讯员 Y", "通讯员 Y Z", a unit (旗教育局, 旗林草局, also
  the 来源) or empty; 来源 a 苏木 on a township's own story; right-aligned closing lines inside
  the story ("责任编辑：E", "编辑：E　审核：R", "审核：R", "通讯员：Y", "文/图：X"); Mongolian
  and Han names (巴特尔, 乌云毕力格); captions "text（P 摄）" / "（资料图片）"; a 蒙古文版 link in
  traditional Mongolian script; 相关文章 (related) vs 最新信息, 热门信息, 上一篇/下一篇 (not);
  【打印本页】【关闭窗口】, the 党政机关 badge script.
- 广西新闻网 (gxnews.com.cn): ``/staticpages/20240508/newgx663ad6e5-21512345.shtml`` (the hex
  is the publication's Unix time); a ``Sawcuengh`` (Zhuang) link, ``.article-title h1``, the info
  line "2024-05-08 10:32:15　来源：X　[作者：Y]　编辑：E", an ``articleData`` script; a first
  paragraph "记者 X 通讯员 Y 报道", "记者 X Y 报道", "记者 X 实习生 Z 报道", "广西云-广西日报记者 X
  通讯员 Y Z", "文/广西云-广西日报记者 X　图/P", "通讯员 Y 报道", or a lead "广西新闻网柳州5月8日讯
  （记者 X）" / "新华社南宁5月7日电（记者X、Y）" in it; 作者 in the info line on some pages only
  (来源：南国早报 names its writer only there); Zhuang surnames (韦, 覃, 蒙, 农); captions "text
  记者 P 摄" / "（资料图）"; 相关新闻 (related) vs 热点推荐, 24小时热点排行, 图片新闻 (not). Two
  2019 pages in GB2312 keep the old table layout: ``td.atitle`` (no ``<h1>``), "2019-05-08
  10:32:15　来源：广西日报　作者：X", a first paragraph "本报记者 X" or "广西新闻网记者 X 通讯员 Y
  报道", "责任编辑：E" closing the story, 今日热点 (not related).
- 延边新闻网 and its Korean mirror 연변뉴스 (연변일보 조선문판): Chinese pages at
  ``/content/2024-05/08/content_512345.html`` with a 中文 | 조선문 bar, ``<h1>``, "来源：延边日报
  作者：X　发布时间：2024-05-08 10:32　浏览量：N" (作者 "X", "X　Y", "通讯员 Y" or empty; 来源
  吉林日报 or 延边州人民政府网 on copy), a first paragraph "延边日报全媒体记者 X" or "全媒体记者 X
  通讯员 Y" on some pages, Korean-Chinese names (朴明花, 全银实), "编辑：E" closing the story,
  captions "text（延边日报全媒体记者 P 摄）", 相关新闻 (related) vs 热门点击, 图片新闻 (not); one
  2019 page prints seconds ("2019-05-14 16:03:54") and "责任编辑：E". Four pages are the Korean
  mirror's (``/kr/content/…``, ``lang="ko"``, Korean as 延边's press spells it): "기자: X" / "기자:
  X Y" / "통신원: Y" (correspondent), "날짜: 2024-05-08 10:32", "출처: 연변일보" and 조회수 in the
  info line, "편집: E" (editor) closing the story, one story closing "글·사진 X 기자" (text and
  photos by X), captions "text /사진 P 기자", 관련기사 (related) vs 많이 본 기사 (most read, not).

Plus the home page (a directory of the five portals), each portal's section fronts with its own
pagination (TRS ``index_1.shtml`` as page 2 at 天山网, ``index_1.html`` at 中国西藏网, the ASP
``list.asp?classid=3&page=2`` in GBK, ``index_2.shtml`` at 广西新闻网, ``index_2.html`` at
延边新闻网 and 연변뉴스), the Uyghur mirror's front, the Korean mirror's front, the 旗 portal's
蒙古文版 front (vertical Mongolian script) and 政务公开 page, three 专题 pages, a search page, a
新闻日历 calendar of May 2024 and of May 2019, about and contact.

Truth conventions. The title is the headline as printed on the page (``<h1>``, the 旗 portal's
``td.title``, the old pages' ``span#title`` / ``td.atitle``), not the ``<title>`` with
"-天山网 - 新疆新闻门户", "_天山网新闻中心", " - تەڭرىتاغ تورى", "_中国西藏网", "--哈日淖尔旗之窗",
" - 广西新闻网", "-广西新闻网", "_延边新闻网" or " - 연변일보". Authors are the people a byline names
as writers: 记者 X (with 天山网-新疆日报, 石榴云/新疆日报, 广西云-广西日报, 中国西藏网, 延边日报全媒体,
全媒体, 本报, 广西新闻网 before it), 实习生 Z writing with a reporter, 文/X, 文/图 X, 文/图：X, the
记者 of a 天山网讯 / 广西新闻网…讯 / 新华社…电 lead, a person in the 作者 field ("X", "X　Y",
"X、Y", "X Y", the roles in it dropped), تەڭرىتاغ تورى مۇخبىرى X and مۇخبىر: X، Y (reporter),
기자: X and 글·사진 X 기자. A name with a middle dot (阿依努尔·买买提) is one name. Photographers
credited only for pictures (图/P, P 摄, سۈرەتنى P تارتقان, 사진 P 기자) are no authors. 通讯员 Y and
통신원: Y are correspondents (and, on a page with no reporter, the only people named). Units,
townships, outlets and agencies (旗教育局, 旗林草局, 人民网, 来源：新华社/新华网/南国早报/吉林日报,
출처: 연변일보) are no authors. Editors are 编辑, 责任编辑, مەسئۇل مۇھەررىر and 편집 only; 审核 is a
sign-off, not an editor. The date is the printed first-publication wall time in Beijing time: to
the minute on 天山网's current pages, the Uyghur and Korean mirrors and 延边新闻网 (its 2019 page
to the second), to the second on 天山网's 2019 pages, 中国西藏网, 广西新闻网 and the 旗 portal's 2024
pages ("2024-5-8 9:05:03"), the day on the 旗 portal's 2019 pages ("2019-5-8"). Body: the
story's paragraphs, subheads and descriptive picture captions; a 天山网讯 / 广西新闻网…讯 /
新华社…电 lead opening the first paragraph stays in it as printed; byline paragraphs, info lines,
closing credit and editor lines (责任编辑, 编辑, 审核, 通讯员：Y, 文/图：X, مەسئۇل مۇھەررىر,
편집, 글·사진 X 기자), picture credits ((天山网-新疆日报记者 P 摄), (资料图), 中国西藏网 记者 P 摄,
（P 摄）, （资料图片）, 记者 P 摄, （延边日报全媒体记者 P 摄）, (سۈرەتنى P تارتقان), /사진 P 기자),
statements, share bars and lists are not body text. Related links are each story's own list
only: 相关新闻 (天山网, 中国西藏网, 广西新闻网, 延边新闻网), مۇناسىۋەتلىك خەۋەرلەر, 相关文章 (the 旗
portal) and 관련기사; about a third of the pages have none.
"""
