"""A twenty-seventh held-out news site, written without looking at the extractor: five templates
imitating Chinese central-level specialised and national news sites, all Beijing time (+08:00),
12 articles each:

- 中国经济网 ce.cn on TRS WCM: ``/xwzx/gnsz/gdxw/202405/08/t20240508_38998877.shtml``; the
  TRS metas (contentid, publishdate as a day, source), ``h1#articleTitle``, the info line of
  ``#articleTime`` "2024年05月08日 07:12", ``#articleSource`` 来源：经济日报 and
  ``#articleAuthor`` 作者：X (or "X Y", or empty, or no 作者 on 新华社 copy), a ``TRS_Editor``
  div, （责任编辑：Y） on most pages, the 版权及免责声明, 相关新闻 (related) vs 热点排行 and
  图片新闻 (not), the app prompt. One page opens with a line "经济日报记者 X 通讯员 Y"; 新华社
  copy opens its first paragraph with "新华社北京5月7日电（记者X、Y）". Three pages of November
  2019/2021 keep the old table layout and are served in GB2312 (declared only by the meta; the
  header names no charset) and carry no related block.
- 中青在线 cyol.com (``/gb/articles/2024-05/08/content_<code>.html``) and 中国青年网 youth.cn
  (``/xw/sz/202405/t20240508_N.htm``): "来源：中国青年报 | 作者：X | 2024-05-08 06:30:12"; the
  story opens with a byline line "中青报·中青网记者 X 通讯员 Y" (also 记者 X Y, 见习记者 X,
  实习生 Z 记者 X); some pages have none (中青在线 originals, a page with no 作者, 新华社 copy
  with the 电头 lead); the youth.cn pages open the first paragraph with
  "中国青年网北京5月8日电（记者 X）" and close with 责任编辑：Y; a share JSON script; 相关阅读
  (related) vs 推荐阅读, 热点排行, 青年调查, 图片新闻 (not); app prompt, comment box.
- 法治网 legaldaily.com.cn (法治日报, 方正翔宇: ``/index_article/content/2024-05/08/
  content_8990123.html``, ``<!--enpproperty-->`` with seconds, ``<!--enpcontent-->``):
  "发布时间：2024-05-08 08:55:01　来源：法治日报"; byline lines "法治日报全媒体记者 X 通讯员 Y",
  "□ 本报记者　X" + "□ 本报通讯员　Y Z", "法治网记者 X", "□ 本报评论员" (a commentary naming
  nobody); leads "本报北京5月7日讯 记者X" and 新华社…电（记者X Y） inside the first paragraph;
  编辑：Y on most pages; 上一篇/下一篇, 热点文章, 最新文章 (not related) vs 相关文章 (related).
- 中国日报中文网 cn.chinadaily.com.cn (``/a/202405/08/WS<ObjectId>.html``, the id starting
  with the publication's Unix time in hex): ``h1.dabiaoti``, "来源：中国日报网 2024-05-08 10:21"
  and a separate 作者：X / 作者：X、Y / 作者：中国日报记者 X / 编译：X line (none on one page),
  新华网 copy with the 电头 lead, captions followed inline by credits （图片来源：视觉中国）,
  【责任编辑：Y】 after the story; 相关新闻 (related) vs 精彩推荐, 热点排行, 图片新闻 (not); the
  long 版权说明 footer.
- 中国网 china.com.cn (``/txt/2024-05/08/content_117112233.htm``) and news.china.com.cn
  (``/2024-05/08/content_117112244.htm``, another layout): the ``_baidu`` info spans
  "来源：中国网 | 作者：X | 时间：2024-05-08 09:44:51 | 责任编辑：Y",
  ``<!--repaste.body.begin-->`` markers; 作者 is one person, two ("X Y"), a unit (中国网财经,
  国家文物局, 中国网) or absent; news pages may open with "中国网5月8日讯（记者 X）"; 相关新闻
  (related) vs 图片新闻, 热点新闻, 网上发布厅 (not).

Plus the home page, each CMS's list with its own pagination (TRS ``index_1.shtml`` with
createPageHTML, cyol ``index_2.html``, 方正 ``node_5955_2.htm``, China Daily ``page_2.html``,
中国网 ``node_7208764_2.htm``), six section/column pages, a 专题 page, two search pages, about
and contact pages.

Truth conventions. The title is the headline (not the ``_中国经济网——国家经济门户`` of
``<title>``). Authors are the people a byline names as writers: 作者：X (split on spaces and
、), 记者 X, 本报记者 X, 全媒体记者 X, 见习记者 X, 中国日报记者 X, the 记者 of a 电头
(新华社…电（记者X）, 中国青年网…电（记者 X）, 本报北京…讯 记者X). Interns (实习生) writing with
a reporter are authors. 编译 (the compiler/translator credited for a compiled story) is the
story's author. 通讯员 are correspondents. A unit under 作者 (中国网财经, 国家文物局) is no
author, nor is a source outlet (来源：经济日报/新华社), nor "本报评论员" (no person named).
Editors are 责任编辑/编辑. The date is the printed first-publication wall time: minutes on ce.cn
and China Daily, seconds on cyol/youth.cn, 法治网 and 中国网 (the meta publishdate's day and the
enpproperty's seconds agree with it). Body: the story's paragraphs, subheads and descriptive
picture captions; a 电头 or 本报讯 lead opening the first paragraph stays in it as printed;
byline lines on their own (中青报·中青网记者…, 法治日报全媒体记者…, □ 本报记者…, 经济日报记者 X
通讯员 Y), editor lines, picture credits (经济日报记者 X摄, （图片来源：视觉中国）, 受访者供图),
share bars, app prompts, statements and related lists are not body text. Related links are the
相关新闻/相关阅读/相关文章 lists only.
"""
